/**
 * Start-up on Node versions without `module.enableCompileCache` (before 22.1): the CLI and the lint worker are also
 * built as one CommonJS file each (dist/cli.cjs, dist/lint-worker.cjs), which this module compiles with
 * `vm.Script` and V8's code cache, as the v8-compile-cache package does. The first run compiles the source and, as
 * it ends, saves the code V8 made (the functions that run used included); later runs hand that to V8 and skip
 * parsing and compiling about 2.5 MB of JavaScript.
 *
 * The cache lives in `node_modules/.cache/privacylint` above an installed package, else in a folder of the OS
 * temporary directory that belongs to the user (mode 0700, checked before use). A cache file is named by the
 * bundle's hash (made by the build), the Node version and the architecture, written to a temporary name and
 * renamed, and V8 itself rejects one that does not match the source. Every failure (a read-only folder, a
 * foreign-owned folder, a rejected cache) falls back to compiling the source, as without a cache: the cache can only
 * make a run faster, never change what it does. PRIVACYLINT_CODE_CACHE=0 turns it off.
 *
 * Only node: built-ins here, so that loading this module costs nothing.
 */
import { isAscii } from 'node:buffer';
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

/** The hash of each CommonJS bundle, by file name: filled in by the build (scripts/build.mjs). */
declare const PRIVACYLINT_BUNDLE_HASHES: Record<string, string>;

export interface CachedBundle {
  /** What the bundle exports. */
  exports: Record<string, unknown>;
  /** Writes the code cache now, when there was none or V8 rejected it (at most once; errors are ignored). */
  save(): void;
}

/**
 * The folders the cache may live in, in order of preference, or none when it is turned off. `root` is the package
 * folder: above an installed package, its node_modules/.cache; always, a folder of the user's in the OS temporary
 * directory (an installation the user cannot write to, or a source checkout).
 */
export function cacheDirs(root: string, env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.PRIVACYLINT_CODE_CACHE === '0') return [];
  const dirs: string[] = [];
  const at = root.lastIndexOf(`${sep}node_modules${sep}`);
  if (at >= 0) dirs.push(join(root.slice(0, at), 'node_modules', '.cache', 'privacylint'));
  const uid = typeof process.getuid === 'function' ? process.getuid() : null;
  dirs.push(join(tmpdir(), `privacylint-code-cache-${uid ?? 'user'}`));
  return dirs;
}

/** True for a real folder (not a link) of this user's that no one else can write to. */
function ownDir(dir: string): boolean {
  try {
    const info = lstatSync(dir);
    if (!info.isDirectory()) return false;
    return typeof process.getuid !== 'function' || (info.uid === process.getuid() && (info.mode & 0o022) === 0);
  } catch {
    return false;
  }
}

/** Makes the folder (0700) if need be; true when it is then ours (ownDir). */
function makeOwnDir(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch {
    return false;
  }
  return ownDir(dir);
}

/**
 * Loads `dist/<name>` (a CommonJS bundle) through the code cache, or returns null when it is not there (a build
 * without it): the caller then imports the ES module build instead.
 */
export function loadCached(name: string): CachedBundle | null {
  const distDir = dirname(fileURLToPath(import.meta.url));
  const file = join(distDir, name);
  let source: string;
  try {
    const bytes = readFileSync(file);
    // The build writes it as ASCII, which reads as Latin-1 in a fraction of the time UTF-8 decoding takes.
    source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  } catch {
    return null;
  }
  const hash = typeof PRIVACYLINT_BUNDLE_HASHES === 'object' ? PRIVACYLINT_BUNDLE_HASHES[name] : undefined;
  const dirs = hash ? cacheDirs(dirname(distDir)) : [];
  const fileName = `${name}-${hash}-${process.version}-${process.arch}.bin`;
  let cachedData: Buffer | undefined;
  for (const dir of dirs) {
    if (!ownDir(dir)) continue;
    try {
      cachedData = readFileSync(join(dir, fileName));
      break;
    } catch {
      // none yet
    }
  }
  // The CommonJS wrapper, with import.meta.url (which the build turns into __privacylint_url) as one more parameter.
  const wrapped = `(function (exports, require, module, __filename, __dirname, __privacylint_url) {${source}\n})`;
  const script = new Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} as Record<string, unknown> };
  const fn = script.runInThisContext() as (...args: unknown[]) => void;
  fn.call(module.exports, module.exports, createRequire(file), module, file, distDir, pathToFileURL(file).href);
  let pending = dirs.length > 0 && (cachedData === undefined || script.cachedDataRejected === true);
  return {
    exports: module.exports,
    save() {
      if (!pending) return;
      pending = false;
      const dir = dirs.find(makeOwnDir);
      if (!dir) return;
      const cacheFile = join(dir, fileName);
      const temp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      try {
        const data = script.createCachedData();
        const fd = openSync(temp, 'wx', 0o600);
        try {
          writeSync(fd, data);
        } finally {
          closeSync(fd);
        }
        renameSync(temp, cacheFile);
      } catch {
        try {
          unlinkSync(temp);
        } catch {
          // never written
        }
      }
    },
  };
}

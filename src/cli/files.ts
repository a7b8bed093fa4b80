/**
 * Which files a `lint` run reads: paths, directories (searched for policy files) and glob patterns, minus
 * what `.privacylintignore` files (gitignore syntax, nearest first from each file's folder up to the repository
 * root: ignore-files.ts) and the config's `ignore` (relative to the working directory) exclude.
 *
 * An existing path is always taken literally (a folder named `my (draft)` is not a pattern). Folder and
 * pattern searches do not follow symbolic links to folders (`docs/root -> /`), and keep only regular files:
 * anything else they meet (a FIFO, a device, a dangling link) is skipped with a warning. A file named
 * explicitly is read whatever it is, so `<(curl …)` still works.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import ignore from 'ignore';
import { InputError } from '../io/read.js';
import { undecodableName, undecodableNameReason } from '../io/file-name.js';
import { isUrl } from '../io/fetch.js';
import { IgnoreFiles } from './ignore-files.js';
import { repositoryRoot } from './repo-root.js';

export const POLICY_EXTENSIONS = ['md', 'markdown', 'txt', 'html', 'htm'];
const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**', '**/dist/**'];
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist']);
const POLICY_NAME = new RegExp(`\\.(?:${POLICY_EXTENSIONS.join('|')})$`, 'u');
/**
 * A repository's own documents, which a folder search leaves out although they are Markdown or text: they are
 * never the policy (name one explicitly to lint it anyway). Matched on the base name without extension, any case.
 */
const REPOSITORY_DOCUMENTS = new Set([
  'readme',
  'changelog',
  'changes',
  'history',
  'news',
  'license',
  'licence',
  'copying',
  'contributing',
  'code_of_conduct',
  'code-of-conduct',
  'security',
  'authors',
  'contributors',
  'maintainers',
  'notice',
  'support',
  'governance',
]);

/** True for README.md, CHANGELOG.md, LICENSE.txt and the like. */
export function isRepositoryDocument(name: string): boolean {
  return REPOSITORY_DOCUMENTS.has(name.replace(/\.[^.]*$/u, '').toLowerCase());
}

/**
 * The policy files under a folder, as paths joined to `base`: an iterative walk that skips dot entries,
 * node_modules/.git/dist and the repository's own documents (README, CHANGELOG, LICENSE, …), follows a symbolic link to a file but never one to a folder, and reports (in
 * `odd`) policy-named entries that are not regular files.
 */
export function walkFolder(root: string, base: string, odd: string[]): string[] {
  const found: string[] = [];
  const stack: [string, string][] = [[root, base]];
  while (stack.length > 0) {
    const [dir, shown] = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const onDisk = undecodableName(dir);
      odd.push(`${shown}: ${onDisk ? `the folder name is not valid UTF-8 (on disk: ${onDisk})` : `cannot read the folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`}; skipped`);
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      const label = shown === '.' ? entry.name : toPosix(join(shown, entry.name));
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) stack.push([path, label]);
        continue;
      }
      if (!POLICY_NAME.test(entry.name) || isRepositoryDocument(entry.name)) continue;
      if (entry.isFile()) found.push(label);
      else if (entry.isSymbolicLink() && kindOf(path) === 'a folder') continue;
      else {
        const kind = kindOf(path);
        if (kind) odd.push(`${label}: ${kind}, not a regular file; skipped`);
        else found.push(label);
      }
    }
  }
  return found;
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** What a non-regular file is, for the skip warning. */
function kindOf(path: string): string | null {
  let info;
  try {
    info = statSync(path);
  } catch {
    // A name that is not valid UTF-8 (Node gave it with U+FFFD) is a file all the same: reading it reports why it cannot be linted.
    return undecodableName(path) ? null : 'a broken symbolic link';
  }
  if (info.isFile()) return null;
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/**
 * Expands command-line arguments to a sorted, de-duplicated list of files ('-' stays as is). Files skipped
 * because they are not regular files are described in `warnings` (one line each, naming the path).
 */
/**
 * The config's `ignore` (relative to `cwd`) and the `.privacylintignore` files from each file's folder up to the
 * repository root (ignore-files.ts): a test for a path relative to `cwd`.
 */
export function ignoreMatcher(cwd: string, extraIgnores: string[]): (file: string) => boolean {
  const ig = ignore().add(extraIgnores);
  const ignoreFiles = new IgnoreFiles(repositoryRoot(cwd));
  return (file: string): boolean => {
    const absolute = resolve(cwd, file);
    const rel = toPosix(relative(cwd, absolute));
    if (rel !== '' && !rel.startsWith('..') && ig.ignores(rel)) return true;
    return ignoreFiles.ignores(absolute);
  };
}

export async function expandPaths(args: string[], cwd = process.cwd(), extraIgnores: string[] = [], warnings: string[] = []): Promise<string[]> {
  const isIgnored = ignoreMatcher(cwd, extraIgnores);
  const out = new Set<string>();
  const addFound = (file: string): void => {
    if (isIgnored(file)) return;
    const kind = kindOf(resolve(cwd, file));
    if (kind) warnings.push(`${file}: ${kind}, not a regular file; skipped`);
    else out.add(file);
  };
  // Patterns do not follow symbolic links (a link to / would walk the whole disk).
  const search = { ignore: DEFAULT_IGNORES, onlyFiles: true, followSymbolicLinks: false } as const;

  for (const arg of args) {
    // Standard input and http(s) URLs (fetched later, never globbed: '?' is a query there) are kept as given.
    if (arg === '-' || isUrl(arg)) {
      out.add(arg);
      continue;
    }
    let info;
    try {
      info = statSync(resolve(cwd, arg));
    } catch {
      info = null;
    }
    if (!info && isDynamicPattern(arg)) {
      const found = await glob(arg, { ...search, cwd, dot: false });
      if (found.length === 0) throw new InputError(arg, `${arg}: no files match this pattern`);
      for (const f of found) addFound(f);
      continue;
    }
    if (!info) {
      const onDisk = undecodableName(resolve(cwd, arg));
      throw new InputError(arg, `${arg}: ${onDisk ? undecodableNameReason(onDisk) : 'no such file or folder'}`);
    }
    if (info.isDirectory()) {
      const base = toPosix(arg).replace(/(.)\/+$/u, '$1');
      for (const f of walkFolder(resolve(cwd, arg), base, warnings)) if (!isIgnored(f)) out.add(f);
    } else if (!isIgnored(arg)) {
      // A file named explicitly is linted even with an unusual extension; it is read as text.
      out.add(arg);
    }
  }
  return [...out].sort((a, b) => (a === '-' ? -1 : b === '-' ? 1 : a.localeCompare(b)));
}

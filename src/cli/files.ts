/**
 * Which files a `lint` run reads: paths, directories (searched for policy files) and glob patterns, minus
 * what `.privacylintignore` (gitignore syntax, in the working directory) and the config's `ignore` exclude.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import ignore from 'ignore';
import { InputError } from '../io/read.js';

export const POLICY_EXTENSIONS = ['md', 'markdown', 'txt', 'html', 'htm'];
const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**', '**/dist/**'];

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** Expands command-line arguments to a sorted, de-duplicated list of files ('-' stays as is). */
export async function expandPaths(args: string[], cwd = process.cwd(), extraIgnores: string[] = []): Promise<string[]> {
  const ig = ignore();
  const ignoreFile = resolve(cwd, '.privacylintignore');
  if (existsSync(ignoreFile)) ig.add(readFileSync(ignoreFile, 'utf8'));
  ig.add(extraIgnores);
  const isIgnored = (file: string): boolean => {
    const rel = toPosix(relative(cwd, resolve(cwd, file)));
    return rel !== '' && !rel.startsWith('..') && ig.ignores(rel);
  };

  const out = new Set<string>();
  for (const arg of args) {
    if (arg === '-') {
      out.add('-');
      continue;
    }
    if (isDynamicPattern(arg)) {
      const found = await glob(arg, { cwd, ignore: DEFAULT_IGNORES, onlyFiles: true, dot: false });
      if (found.length === 0) throw new InputError(arg, `${arg}: no files match this pattern`);
      for (const f of found) if (!isIgnored(f)) out.add(f);
      continue;
    }
    let info;
    try {
      info = statSync(resolve(cwd, arg));
    } catch {
      throw new InputError(arg, `${arg}: no such file or folder`);
    }
    if (info.isDirectory()) {
      const base = toPosix(arg).replace(/\/+$/u, '');
      const found = await glob(`${base}/**/*.{${POLICY_EXTENSIONS.join(',')}}`, { cwd, ignore: DEFAULT_IGNORES, onlyFiles: true });
      for (const f of found) if (!isIgnored(f)) out.add(f);
    } else if (!isIgnored(arg)) {
      // A file named explicitly is linted even with an unusual extension; it is read as text.
      out.add(arg);
    }
  }
  return [...out].sort((a, b) => (a === '-' ? -1 : b === '-' ? 1 : a.localeCompare(b)));
}

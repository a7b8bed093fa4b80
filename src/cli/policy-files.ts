/**
 * The files a bare `privacylint` (no paths) lints: the config's `files` globs when it sets them (relative to the
 * config file's folder), else every file under the current folder whose name looks like a privacy policy in
 * one of the languages privacylint knows (src/lang/file-names.ts): privacy.md, privacyverklaring.html,
 * datenschutzerklaerung.md, politique-de-confidentialite.txt, … README.md and CHANGELOG.md are never among them.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { isPolicyFileName } from '../lang/file-names.js';
import { ignoreMatcher, walkFolder } from './files.js';

export interface PolicySearch {
  /** The config's `files` globs, or null. */
  globs: string[] | null;
  /** The config file they are relative to (null: the working folder). */
  configPath: string | null;
  /** The config's `ignore` patterns. */
  ignore: string[];
}

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Sorted paths relative to `cwd`; folder-walk problems are added to `warnings`. */
export async function findPolicyFiles(cwd: string, search: PolicySearch, warnings: string[] = []): Promise<string[]> {
  const isIgnored = ignoreMatcher(cwd, search.ignore);
  let found: string[];
  if (search.globs && search.globs.length > 0) {
    const base = search.configPath ? dirname(search.configPath) : cwd;
    const matched = await glob(search.globs, { cwd: base, absolute: true, onlyFiles: true, followSymbolicLinks: false, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] });
    found = matched.map((file) => relative(cwd, resolve(file)).split(sep).join('/'));
  } else {
    found = walkFolder(cwd, '.', warnings).filter((file) => isPolicyFileName(baseName(file)));
  }
  return [...new Set(found.filter((file) => !isIgnored(file)))].sort((a, b) => a.localeCompare(b));
}

/** The one line a bare run prints when it finds nothing. */
export function noPolicyFilesMessage(search: PolicySearch): string {
  if (search.globs && search.globs.length > 0) return `no policy files match the config's files: ${search.globs.join(', ')}${search.configPath ? ` (${search.configPath})` : ''}`;
  return 'no policy files found in this folder (looked for names such as privacy*, privacyverklaring*, datenschutz*, confidentialite*; give paths, or set files: in .privacylintrc.yaml)';
}

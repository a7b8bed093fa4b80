/**
 * `.privacylintignore` files (gitignore syntax), searched nearest-first: from a file's folder up to the
 * repository root, each pattern relative to the folder of the file it is in. The nearest ignore file with a
 * rule for the path decides, so a `!keep.md` in a subfolder re-includes what a file higher up ignores, as a
 * nested .gitignore does. A file outside the repository root is matched against the ignore files up to its
 * own git root (or only its own folder's).
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { readSmallFile } from '../io/small-file.js';
import { gitRoot, isInside } from './repo-root.js';

export const IGNORE_FILE = '.privacylintignore';

export class IgnoreFiles {
  private readonly byFolder = new Map<string, Ignore | null>();

  /** `root`: absolute repository root, where the search upwards stops. */
  constructor(private readonly root: string) {}

  /** Whether an absolute file path is ignored. */
  ignores(file: string): boolean {
    for (const folder of this.foldersUp(dirname(file))) {
      const rules = this.load(folder);
      if (!rules) continue;
      const verdict = rules.test(relative(folder, file).split(sep).join('/'));
      if (verdict.ignored) return true;
      if (verdict.unignored) return false;
    }
    return false;
  }

  /** The folders to search, nearest first: `start` and its parents up to the root that applies. */
  private foldersUp(start: string): string[] {
    const stop = isInside(start, this.root) ? this.root : (gitRoot(start) ?? start);
    const folders = [start];
    for (let folder = start; folder !== stop; ) {
      const parent = dirname(folder);
      if (parent === folder) break;
      folders.push((folder = parent));
    }
    return folders;
  }

  private load(folder: string): Ignore | null {
    let rules = this.byFolder.get(folder);
    if (rules === undefined) {
      const path = join(folder, IGNORE_FILE);
      rules = existsSync(path) ? ignore().add(readSmallFile(path, 'ignore file')) : null;
      this.byFolder.set(folder, rules);
    }
    return rules;
  }
}

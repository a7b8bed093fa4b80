/**
 * The repository root that report paths are made relative to (GitHub annotations, SARIF URIs) and that the
 * `.privacylintignore` search stops at: GITHUB_WORKSPACE when set (the checkout in GitHub Actions), else the
 * nearest folder above with a `.git` entry (a folder, or a file in a worktree or submodule), else the working
 * folder. No git subprocess: only the file system is looked at.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The nearest folder at or above `dir` that holds a `.git` entry, or null. */
export function gitRoot(dir: string): string | null {
  let current = resolve(dir);
  for (;;) {
    if (existsSync(join(current, '.git'))) return current;
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/** Where report paths are relative to, for a run in `cwd`. */
export function repositoryRoot(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  const workspace = env.GITHUB_WORKSPACE;
  if (workspace) return resolve(cwd, workspace);
  return gitRoot(cwd) ?? resolve(cwd);
}

/** Whether `path` is `root` or inside it. */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

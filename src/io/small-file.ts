/**
 * Reading the small files a repository controls (configs, ignore files, rule packs): only a regular file,
 * and only up to a size cap, checked on the open handle so that a link to /dev/zero or a FIFO cannot make a
 * run read forever. Every problem is an InputError naming the file.
 */
import { closeSync, fstatSync, openSync, readSync, constants } from 'node:fs';
import { InputError, formatSize } from './read.js';

/** Largest config, ignore file or rule pack read; real ones are a few KB. */
export const SMALL_FILE_LIMIT = 1024 * 1024;

/**
 * Reads a small regular file as UTF-8. `what` names it in messages ("config file", "rule file").
 * Opened non-blocking, so that opening a FIFO does not wait for a writer.
 */
export function readSmallFile(path: string, what: string, limit = SMALL_FILE_LIMIT): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT' ? ': no such file' : code === 'EISDIR' ? ': is a directory' : code === 'EACCES' || code === 'EPERM' ? ': permission denied' : ` (${code})`;
    throw new InputError(path, `${path}: cannot read ${what}${problem}`, { cause: error });
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError(path, `${path}: cannot read ${what}: is a directory`);
    if (!info.isFile()) throw new InputError(path, `${path}: cannot read ${what}: not a regular file`);
    if (info.size > limit) throw new InputError(path, `${path}: ${what} is ${formatSize(info.size)}, over the ${formatSize(limit)} limit`);
    // Sized to the file (one byte more, to see it grow while being read), not to the limit: a package.json is read
    // for every file a folder run lints, and zero-filling 8 MB each time cost more than linting a small policy.
    let buffer = Buffer.allocUnsafe(info.size + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(Math.min(buffer.length, limit + 1 - buffer.length))]);
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
      // It grew while being read.
      if (total > limit) throw new InputError(path, `${path}: ${what} is over the ${formatSize(limit)} limit`);
    }
    return buffer.subarray(0, total).toString('utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, `${path}: cannot read ${what} (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error });
  } finally {
    closeSync(fd);
  }
}

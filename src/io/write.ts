/**
 * Writing files: a fixed policy (--fix) back in the encoding it was read in, and reports (-o, init).
 *
 * A regular file is replaced atomically (a temporary file beside it, then a rename), keeping its mode and
 * owner. Anything a rename would break is written through instead: a symbolic link is followed to its
 * target, a hard-linked file is rewritten in place, and a device or FIFO (`-o /dev/stdout`) is simply
 * opened and written. A read-only file is refused rather than overwritten.
 */
import { lstat, open, realpath, rename, stat, unlink, readFile } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, CP1252_80_9F, sha256, type Encoding, type PolicyInput, type SourceStamp } from './read.js';

let cp1252Reverse: Map<string, number> | null = null;

/**
 * Encodes text back to the bytes of an encoding; a character Windows-1252 cannot hold is an error.
 * `bom` says whether UTF-16 gets a byte order mark (UTF-8 has one exactly when the encoding is 'utf-8-bom').
 */
export function encodeText(text: string, encoding: Encoding, path: string, bom = true): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);
    case 'utf-16be': {
      const le = Buffer.from(text, 'utf16le');
      for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
      return Buffer.concat([Buffer.from(bom ? [0xfe, 0xff] : []), le]);
    }
    case 'windows-1252': {
      cp1252Reverse ??= new Map([...CP1252_80_9F].map((c, i) => [c, 0x80 + i] as [string, number]));
      const bytes = Buffer.alloc(text.length);
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const mapped = cp1252Reverse.get(text[i]);
        if (mapped !== undefined) bytes[i] = mapped;
        else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
        else throw new InputError(path, `${path}: the fix needs '${text[i]}', which Windows-1252 cannot hold; the file was not changed`);
      }
      return bytes;
    }
  }
}

const ENCODING_NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1252': 'Windows-1252',
};

/**
 * The bytes of a fixed policy, in the encoding (and BOM) it was read with. Refuses (InputError) when the text
 * as read does not encode back to exactly the original bytes (an invalid byte, a lone surrogate, an odd
 * trailing byte): rewriting would then change bytes outside the fixed spans.
 */
export function encodeFixed(input: PolicyInput, fixedText: string): Buffer {
  const { path, encoding } = input;
  const bom = input.bom ?? true;
  const original = input.source?.bytes;
  if (original) {
    let again: Buffer | null;
    try {
      again = encodeText(input.text, encoding, path, bom);
    } catch {
      again = null;
    }
    const differs = again === null ? 0 : firstDifference(original, again);
    if (differs >= 0) {
      throw new InputError(
        path,
        `${path}: not fixed: byte ${differs} is not valid ${ENCODING_NAMES[encoding]}, and rewriting the file would change it; correct that byte (or save the file as UTF-8) and run again`,
      );
    }
  }
  return encodeText(fixedText, encoding, path, bom);
}

/** The first offset where two byte strings differ, or -1 when they are equal. */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

export interface WriteOptions {
  /** For --fix: the file as it was read; the write is refused when the file is no longer exactly that. */
  expect?: SourceStamp;
}

/** Readable names for the errors a write meets. */
function writeProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return ': permission denied';
    case 'ENOSPC':
      return ': no space left on the device';
    case 'EROFS':
      return ': the file system is read-only';
    case 'EDQUOT':
      return ': disk quota exceeded';
    case 'ENOENT':
      return ': no such folder';
    case 'EISDIR':
      return ': is a directory';
    default:
      return code ? ` (${code})` : '';
  }
}

/**
 * Replaces a file's content: atomically for a regular file (keeping mode and owner), by writing through for
 * links, hard links and devices. Refuses a read-only file and, with `expect`, a file changed since it was read.
 */
export async function writeFileAtomic(path: string, data: Buffer | string, options: WriteOptions = {}): Promise<void> {
  let target = path;
  let info: Stats | null = null;
  try {
    const link = await lstat(path);
    if (link.isSymbolicLink()) {
      info = await stat(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null; // a dangling link: writing through creates its target
        throw error;
      });
      if (info?.isFile()) target = await realpath(path);
    } else info = link;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new InputError(path, `${path}: cannot write${writeProblem(error)}`);
  }
  if (info?.isDirectory()) throw new InputError(path, `${path}: is a directory; give a file to write`);

  if (options.expect) await checkUnchanged(path, options.expect);

  if (info && info.isFile()) {
    const mode = info.mode & 0o7777;
    // Root may write anything; a file marked read-only is still not ours to change.
    if ((mode & 0o222) === 0) throw new InputError(path, `${path}: the file is read-only; it was not changed`);
    // Through /dev/stdout or /proc/…/fd, or a file with other names: a rename would cut the other names off.
    const viaProc = /^\/(?:dev|proc)\//u.test(resolve(path));
    if (info.nlink > 1 || viaProc) return writeInPlace(path, data, true);
    return replaceAtomically(path, target, data, info);
  }
  if (info || target !== path || (await isSymlink(path))) return writeInPlace(path, data, false);
  return replaceAtomically(path, path, data, null);
}

async function isSymlink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Refuses when the file's size, mtime or content differ from what was read. */
async function checkUnchanged(path: string, expect: SourceStamp): Promise<void> {
  const refuse = (): never => {
    throw new InputError(path, `${path}: the file changed while privacylint was running; the fixes were not written (run again)`);
  };
  let now: Stats;
  let bytes: Buffer;
  try {
    now = await stat(path);
    if (now.size !== expect.size || (expect.mtimeMs !== null && now.mtimeMs !== expect.mtimeMs)) refuse();
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    return refuse();
  }
  if (bytes.length !== expect.size || sha256(bytes) !== expect.sha256) refuse();
}

/** Writes through the path itself: a device or FIFO as it is, a regular file rewritten and truncated in place. */
async function writeInPlace(path: string, data: Buffer | string, regular: boolean): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let handle;
  try {
    handle = await open(path, regular ? 'r+' : 'w');
    let written = 0;
    while (written < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, regular ? written : null);
      written += bytesWritten;
    }
    if (regular) {
      await handle.truncate(bytes.length);
      await handle.sync();
    }
  } catch (error) {
    throw new InputError(path, `${path}: cannot write${writeProblem(error)}${regular ? '; the file may be incomplete' : ''}`);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** A temporary file beside the target, with its mode and owner, renamed over it. */
async function replaceAtomically(path: string, target: string, data: Buffer | string, info: Stats | null): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.privacylint-${process.pid}.tmp`);
  const mode = info ? info.mode & 0o7777 : 0o644;
  let handle;
  let ownerKept = true;
  try {
    handle = await open(temp, 'wx', mode);
    if (info && (info.uid !== process.getuid?.() || info.gid !== process.getgid?.())) {
      ownerKept = await handle.chown(info.uid, info.gid).then(
        () => true,
        () => false,
      );
    }
    if (ownerKept) {
      await handle.writeFile(data);
      // chown clears set-user-ID bits; set the mode again after it.
      await handle.chmod(mode);
      await handle.sync();
    }
    await handle.close();
    handle = undefined;
    if (ownerKept) await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw new InputError(path, `${path}: cannot write${writeProblem(error)}; the file was not changed`);
  }
  if (!ownerKept) {
    // Only the owner (or root) can hand a file to its owner: write through so that the owner stays.
    await unlink(temp).catch(() => undefined);
    await writeInPlace(target, data, true);
  }
}

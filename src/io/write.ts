/**
 * Writing a policy back (for --fix): in the encoding it was read in, atomically (a temporary file beside it,
 * then a rename), keeping its permissions; a read-only file is refused rather than overwritten.
 */
import { open, rename, stat, unlink, chmod } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError, CP1252_80_9F, type Encoding } from './read.js';

let cp1252Reverse: Map<string, number> | null = null;

/** Encodes text back to the bytes of an encoding; a character Windows-1252 cannot hold is an error. */
export function encodeText(text: string, encoding: Encoding, path: string): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be': {
      const le = Buffer.from(text, 'utf16le');
      for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
      return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
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

/** Replaces a file's content atomically, keeping its mode; refuses a file that has no write permission. */
export async function writeFileAtomic(path: string, data: Buffer | string): Promise<void> {
  let mode: number | undefined;
  try {
    const info = await stat(path);
    mode = info.mode & 0o7777;
    // Root may write anything; a file marked read-only is still not ours to change.
    if ((mode & 0o222) === 0) throw new InputError(path, `${path}: the file is read-only; it was not changed`);
  } catch (error) {
    if (error instanceof InputError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new InputError(path, `${path}: cannot write (${(error as NodeJS.ErrnoException).code})`);
  }
  const temp = join(dirname(path), `.${basename(path)}.privacylint-${process.pid}.tmp`);
  let handle;
  try {
    handle = await open(temp, 'wx', mode ?? 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, `${path}: cannot write${code === 'EACCES' || code === 'EPERM' ? ': permission denied' : code ? ` (${code})` : ''}; the file was not changed`);
  }
}

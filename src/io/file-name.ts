/**
 * File names that are not valid UTF-8. Node decodes such a name (from a folder listing, a glob or the command
 * line) with U+FFFD in place of each bad byte, and the decoded name then opens nothing: without this, the file
 * would be reported as "no such file". These helpers find the name as it is on disk and show its bytes.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { displayPath } from '../report/sanitize.js';

const strict = new TextDecoder('utf-8', { fatal: true });

/** Bytes a UTF-8 sequence starting with `lead` takes (1 for a byte that cannot start one). */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 1;
}

/** A name's bytes as text: valid UTF-8 as is, every other byte as `\xNN`, control characters escaped too. */
export function escapeNameBytes(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const length = bytes[i] < 0x80 ? 1 : sequenceLength(bytes[i]);
    if (bytes[i] < 0x80) {
      out += displayPath(String.fromCharCode(bytes[i]));
      i++;
      continue;
    }
    if (length > 1 && i + length <= bytes.length) {
      try {
        out += displayPath(strict.decode(bytes.subarray(i, i + length)));
        i += length;
        continue;
      } catch {
        // not a valid sequence: fall through to the byte escape
      }
    }
    out += `\\x${bytes[i].toString(16).padStart(2, '0')}`;
    i++;
  }
  return out;
}

/** True when the bytes are not valid UTF-8. */
export function isInvalidUtf8(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return false;
  } catch {
    return true;
  }
}

/**
 * For a path that names nothing because its last part was decoded from a name that is not valid UTF-8: that
 * name's bytes, escaped (`caf\xe9.txt`). Null when the path holds no U+FFFD or no such name is in its folder.
 */
export function undecodableName(path: string): string | null {
  const name = basename(path);
  if (!name.includes('\ufffd')) return null;
  let entries: Buffer[];
  try {
    entries = readdirSync(dirname(path), { encoding: 'buffer' });
  } catch {
    return null;
  }
  const match = entries.find((entry) => isInvalidUtf8(entry) && entry.toString('utf8') === name);
  return match ? escapeNameBytes(match) : null;
}

/** The one-line reason for such a path, after `path: `. */
export function undecodableNameReason(escaped: string): string {
  return `the file name is not valid UTF-8 (on disk: ${escaped}), so it cannot be opened by name; rename the file`;
}

/**
 * The input layer: from a path (or `-` for standard input) to decoded text.
 *
 * Every problem the user has to fix becomes one `InputError` with a one-line message that names
 * the path; the CLI prints `privacylint: ${message}` and exits 2. Nothing here changes line ends:
 * offsets into `text` must match the file as an editor shows it (only a BOM is dropped, because
 * micromark drops it too and offsets would otherwise shift by one).
 */
import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { extname } from 'node:path';
import { undecodableName, undecodableNameReason } from './file-name.js';

export type InputFormat = 'markdown' | 'text' | 'html';
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface PolicyInput {
  /** The path as the user gave it; '<stdin>' for '-'. */
  path: string;
  /** Decoded text with any BOM removed. Line ends are NOT changed (CRLF and lone CR stay), so offsets match the file as an editor shows it. */
  text: string;
  format: InputFormat;
  encoding: Encoding;
  /** Whether the bytes started with a byte order mark (BOM-less UTF-16 is written back without one). */
  bom?: boolean;
  /** What was read, so that --fix can check the file did not change and that it encodes back byte for byte. */
  source?: SourceStamp;
  /** Problems worth telling the user that did not stop the read (e.g. a stray byte in a UTF-8 file). */
  warnings?: string[];
}

/** The bytes read and, for a regular file, its size, mtime and content hash at the time of reading. */
export interface SourceStamp {
  bytes: Uint8Array;
  size: number;
  /** null for standard input, a FIFO or a device. */
  mtimeMs: number | null;
  sha256: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Every input problem the user must fix; the CLI prints `privacylint: ${message}` and exits 2.
 * `message` is the whole line and starts with the path (`x.md: the file is empty`); the
 * constructor does not add the path itself, so callers can add a line number (`x.md:4: …`).
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly path: string;
  constructor(path: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.path = path;
  }
}

/** Thrown by `decodeBytes` when the bytes are not text; `readPolicy` turns it into an InputError. */
export class BinaryDataError extends Error {
  override readonly name = 'BinaryDataError';
  constructor() {
    super('binary');
  }
}

export const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;

export interface ReadOptions {
  /** Largest input in bytes; default DEFAULT_MAX_SIZE. */
  maxSize?: number;
  /** Overrides detection by extension or sniffing (`--input-format`). */
  inputFormat?: InputFormat;
  /** For tests; default process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** The file name standard input stands for (`--stdin-filename`): its path in reports, and its format by extension. */
  stdinName?: string;
  /** For an http(s) URL (src/io/fetch.ts): time limit of the whole fetch in milliseconds; default 20 s. */
  timeoutMs?: number;
  /** For an http(s) URL: a folder to keep the fetched body and a record of the fetch in (`--save`). */
  saveDir?: string;
}

const STDIN_PATH = '-';
const STDIN_NAME = '<stdin>';
const FORMATS_HINT = 'privacylint reads Markdown, HTML and plain text';

export async function readPolicy(path: string, options: ReadOptions = {}): Promise<PolicyInput> {
  // An http(s) URL is fetched (the module is loaded only then).
  if (/^https?:\/\//iu.test(path)) return (await import('./fetch.js')).fetchPolicy(path, options);
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  const fromStdin = path === STDIN_PATH;
  const { bytes, mtimeMs } = fromStdin
    ? { bytes: await readStdin(options.stdin ?? process.stdin, maxSize), mtimeMs: null }
    : await readFileBytes(path, maxSize);

  let decoded: DecodedText;
  try {
    decoded = decodeBytes(bytes);
  } catch (error) {
    if (error instanceof BinaryDataError) {
      throw new InputError(
        path,
        fromStdin
          ? `${path}: standard input looks like binary data, not text (${FORMATS_HINT})`
          : `${path}: looks like a binary file, not text (${FORMATS_HINT})`,
      );
    }
    throw error;
  }
  // trim() also drops U+00A0 and U+FEFF, so a BOM-only or NBSP-only file counts as empty.
  if (decoded.text.trim() === '') {
    throw new InputError(path, fromStdin ? `${path}: standard input is empty` : `${path}: the file is empty`);
  }
  const shownPath = fromStdin ? (options.stdinName ?? STDIN_NAME) : path;
  // A name standing for standard input gives the format when it has a policy extension; otherwise the text is sniffed.
  const formatName = fromStdin && options.stdinName !== undefined && /\.(?:md|markdown|html?|txt)$/iu.test(options.stdinName) ? options.stdinName : path;
  const warnings: string[] = [];
  if (decoded.invalid) {
    const { offset, count } = decoded.invalid;
    warnings.push(
      `${shownPath}: byte ${offset} is not valid UTF-8${count > 1 ? ` (nor are ${count - 1} more)` : ''}; the file is read as UTF-8 with U+FFFD in ${count > 1 ? 'their' : 'its'} place, and --fix will not rewrite it`,
    );
  }
  return {
    path: shownPath,
    text: decoded.text,
    format: options.inputFormat ?? detectFormat(formatName, decoded.text),
    encoding: decoded.encoding,
    bom: decoded.encoding === 'utf-8-bom' || (decoded.encoding.startsWith('utf-16') && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))),
    source: { bytes, size: bytes.length, mtimeMs, sha256: sha256(bytes) },
    ...(warnings.length ? { warnings } : {}),
  };
}

/** Opens once, checks the size from fstat before reading anything, then reads through the same handle. */
async function readFileBytes(path: string, maxSize: number): Promise<{ bytes: Uint8Array; mtimeMs: number | null }> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fileError(path, error);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw directoryError(path);
    if (stats.isFile()) {
      if (stats.size > maxSize) throw tooBigError(path, stats.size, maxSize);
      const bytes = await handle.readFile();
      // The file may have grown between fstat and read.
      if (bytes.length > maxSize) throw tooBigError(path, bytes.length, maxSize);
      return { bytes, mtimeMs: stats.mtimeMs };
    }
    // A FIFO or device (`<(curl …)`, /dev/stdin) reports size 0: count while reading instead.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxSize) throw new InputError(path, `${path}: over the ${formatLimit(maxSize)} limit (raise it with --max-size)`);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return { bytes: Buffer.concat(chunks, total), mtimeMs: null };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(path, error);
  } finally {
    await handle.close();
  }
}

async function readStdin(stream: NodeJS.ReadableStream, maxSize: number): Promise<Uint8Array> {
  // An interactive terminal with nothing piped would wait for typing; say what is wrong instead.
  if ((stream as { isTTY?: boolean }).isTTY === true) {
    throw new InputError(STDIN_PATH, `${STDIN_PATH}: nothing on standard input`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  // Breaking out of for-await destroys the stream, so an over-long pipe is not drained.
  for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += bytes.length;
    if (total > maxSize) {
      throw new InputError(STDIN_PATH, `${STDIN_PATH}: standard input is over the ${formatLimit(maxSize)} limit (raise it with --max-size)`);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

function directoryError(path: string): InputError {
  return new InputError(path, `${path}: is a directory, not a file (give the path of a policy file)`);
}

function tooBigError(path: string, size: number, maxSize: number): InputError {
  let shown = formatSize(size);
  let limit = formatLimit(maxSize);
  // "10 MB is over the 10 MB limit" would read as a bug: show bytes when rounding hides the gap.
  if (shown === limit) {
    shown = `${size} bytes`;
    limit = `${maxSize}-byte`;
  }
  return new InputError(path, `${path}: ${shown} is over the ${limit} limit (raise it with --max-size)`);
}

/** "the 10 MB limit", "the 1000-byte limit". */
function formatLimit(bytes: number): string {
  return bytes < 1024 ? `${bytes}-byte` : formatSize(bytes);
}

/** Maps an fs error to a one-line InputError; anything without an errno code is a bug and is rethrown. */
function fileError(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') return error instanceof Error ? error : new Error(String(error));
  const options = { cause: error };
  switch (code) {
    case 'ENOENT': {
      const onDisk = undecodableName(path);
      return new InputError(path, `${path}: ${onDisk ? undecodableNameReason(onDisk) : 'no such file'}`, options);
    }
    case 'ENOTDIR':
      // `a.md/b.md` where a.md is a file: no such file either.
      return new InputError(path, `${path}: no such file (a part of the path is not a folder)`, options);
    case 'EISDIR': // open() on a directory fails like this on Windows
      return directoryError(path);
    case 'EACCES':
    case 'EPERM':
      return new InputError(path, `${path}: permission denied`, options);
    case 'ELOOP':
      return new InputError(path, `${path}: too many levels of symbolic links`, options);
    case 'ENAMETOOLONG':
      return new InputError(path, `${path}: the file name is too long`, options);
    default:
      return new InputError(path, `${path}: cannot read the file (${code})`, options);
  }
}

// ---------------------------------------------------------------------------------------------
// Decoding

/** Bytes looked at to guess BOM-less UTF-16; a few KB is plenty and keeps big files cheap. */
const UTF16_SNIFF_BYTES = 4096;

/**
 * Decodes bytes to text: BOM first, then BOM-less UTF-16 (before UTF-8, because UTF-16 ASCII is
 * also valid UTF-8), then strict UTF-8, then windows-1252 (which accepts any byte).
 * Throws BinaryDataError when the result does not look like text.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const result = decodeText(bytes);
  if (looksBinary(result.text)) throw new BinaryDataError();
  return result;
}

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** For UTF-8 with some invalid bytes: the byte offset of the first (in the file) and how many there are. */
  invalid?: { offset: number; count: number };
}

function decodeText(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = bytes;
  // ignoreBOM: true everywhere, because we slice the BOM off ourselves and a second U+FEFF is content.
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    // Trust the BOM: invalid bytes after it become U+FFFD rather than a cp1252 guess.
    const body = bytes.subarray(3);
    const scan = scanUtf8(body);
    return {
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body),
      encoding: 'utf-8-bom',
      ...(scan.invalid > 0 ? { invalid: { offset: scan.firstInvalid + 3, count: scan.invalid } } : {}),
    };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== null) {
    return { text: new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes), encoding: utf16 };
  }
  const scan = scanUtf8(bytes);
  if (scan.invalid === 0) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  }
  // A Windows-1252 file almost never holds a valid multi-byte UTF-8 sequence; a UTF-8 file with a stray byte
  // holds many. So when the valid sequences outnumber the bad bytes, it is UTF-8 with a few bad bytes.
  if (scan.multibyte > scan.invalid) {
    return {
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
      invalid: { offset: scan.firstInvalid, count: scan.invalid },
    };
  }
  // Not UTF-8: old Western European exports are nearly always windows-1252 (a superset of Latin-1).
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/**
 * One pass over bytes as UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF): how many
 * valid multi-byte sequences, how many invalid sequences (counted as the decoder replaces them), and where
 * the first invalid one starts.
 */
export function scanUtf8(bytes: Uint8Array): { multibyte: number; invalid: number; firstInvalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    }
    let ok = need > 0;
    let j = i + 1;
    // Like the WHATWG decoder: a bad sequence is the lead byte plus the continuation bytes that fitted.
    for (let k = 0; ok && k < need; k++, j++) {
      const c = bytes[j];
      if (j >= n || c < (k === 0 ? lo : 0x80) || c > (k === 0 ? hi : 0xbf)) ok = false;
      if (!ok) break;
    }
    if (ok) {
      multibyte++;
      i = j;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i = Math.max(j, i + 1);
    }
  }
  return { multibyte, invalid, firstInvalid };
}

/**
 * WHATWG index-windows-1252 for bytes 0x80–0x9F; every other byte is its own code point. The five
 * unassigned bytes (0x81 0x8D 0x8F 0x90 0x9D) stay C1 controls, as in browsers.
 */
export const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Not `new TextDecoder('windows-1252')`: since Node 20.18.3 / 22.13.0 it decodes as Latin-1, so
 * ’ • € come out as C1 controls (nodejs/node#56542, #60888; still so in 20.20.2).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]);
}

/**
 * UTF-16 without a BOM: Latin-script text has a NUL high byte in nearly every code unit, and
 * real text has almost no NUL low bytes. Requiring both keeps binary files with many zero bytes
 * out (those have zeros on both sides).
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
  const units = length / 2;
  if (units < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (oddNul / units >= 0.6 && evenNul / units <= 0.05) return 'utf-16le';
  if (evenNul / units >= 0.6 && oddNul / units <= 0.05) return 'utf-16be';
  return null;
}

/** Share of control characters above which decoded text is taken to be binary. */
const CONTROL_SHARE_LIMIT = 0.1;

/** Text never contains NUL; otherwise count C0/C1 controls other than \t \n \f \r. */
function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  return text.length > 0 && controls / text.length > CONTROL_SHARE_LIMIT;
}

// ---------------------------------------------------------------------------------------------
// Format detection

/**
 * By extension: .md/.markdown → markdown, .html/.htm → html, anything else → text.
 * Only standard input ('-') is sniffed, because it has no name to go by.
 */
export function detectFormat(path: string, text: string): InputFormat {
  if (path === STDIN_PATH) return sniffFormat(text);
  switch (extname(path).toLowerCase()) {
    case '.md':
    case '.markdown':
      return 'markdown';
    case '.html':
    case '.htm':
      return 'html';
    default:
      return 'text';
  }
}

function sniffFormat(text: string): InputFormat {
  const start = text.replace(/^\uFEFF/, '');
  if (/^\s*<(?:!doctype\s+html|html)(?=[\s>]|$)/i.test(start)) return 'html';
  // Front matter counts only on line 1, as for remark-frontmatter.
  if (/^(?:---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/.test(start)) return 'markdown';
  // An ATX heading at the start of a line early on; plain-text policies rarely have "# " lines.
  if (/(?:^|\r\n|\r|\n)[ ]{0,3}#{1,6}[ \t]+\S/.test(start.slice(0, 4096))) return 'markdown';
  return 'text';
}

// ---------------------------------------------------------------------------------------------
// Sizes

const SIZE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  byte: 1,
  bytes: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/**
 * Parses a `--max-size` value: "10MB", "512k", "1048576", "2 MiB", "1.5m". Case-insensitive;
 * k/kb/kib, m/mb/mib and g/gb/gib are all binary (1024-based), matching how the limit is printed.
 * Throws an InputError (path '--max-size') so the CLI reports it like any other input problem.
 */
export function parseSize(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*$/i.exec(value);
  const unit = match?.[2]?.toLowerCase() ?? '';
  const multiplier = match ? SIZE_UNITS[unit] : undefined;
  if (!match || multiplier === undefined) {
    throw new InputError('--max-size', `--max-size: '${value}' is not a size (give bytes or a number with k, MB or GB, e.g. 512k, 10MB, 2 MiB)`);
  }
  const bytes = Math.floor(Number(match[1]) * multiplier);
  if (bytes < 1) throw new InputError('--max-size', `--max-size: '${value}' is less than one byte`);
  if (!Number.isSafeInteger(bytes)) throw new InputError('--max-size', `--max-size: '${value}' is too large`);
  return bytes;
}

/** "12.3 MB", "512 KB", "900 bytes": 1024-based, one decimal, ".0" dropped. */
export function formatSize(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, name] of units) {
    if (bytes >= size) return `${trimZero((bytes / size).toFixed(1))} ${name}`;
  }
  return bytes === 1 ? '1 byte' : `${bytes} bytes`;
}

function trimZero(value: string): string {
  return value.endsWith('.0') ? value.slice(0, -2) : value;
}

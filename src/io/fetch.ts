/**
 * Reading a published policy by URL: an `http(s)://` argument to `lint`, `parse` or `diff` is fetched with Node's
 * built-in fetch and becomes a PolicyInput like a file's.
 *
 * - Redirects are followed here, one hop at a time (at most MAX_REDIRECTS), so each hop is checked and the final
 *   URL is known; the input's `path` is that final URL, and a redirect is reported in `warnings`.
 * - One time limit (`timeoutMs`) covers the whole exchange, redirects and body included; the body is read as a
 *   stream and stopped at `maxSize` bytes (after a Content-Length check that refuses before reading anything).
 * - The charset comes from the Content-Type header, then `<meta charset>` (or `http-equiv`) in the first 1024
 *   bytes of HTML, then the same sniffing as files (`decodeBytes`). A byte order mark wins over both, as in browsers.
 * - HTML, plain text and Markdown are accepted by their content type; anything else is refused with a hint.
 * - `HTTPS_PROXY` / `HTTP_PROXY` / `NO_PROXY` are honoured through undici's EnvHttpProxyAgent (Node 20's fetch does
 *   not read them), loaded only when one of them is set.
 *
 * Every failure is an InputError whose one-line message starts with the URL as given.
 * Offsets in the returned `text` are offsets in the body as served (decoded, BOM dropped), so positions in reports
 * refer to the fetched page.
 */
import { open, mkdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import {
  InputError,
  BinaryDataError,
  decodeBytes,
  decodeWindows1252,
  detectFormat,
  formatSize,
  scanUtf8,
  sha256,
  DEFAULT_MAX_SIZE,
  type DecodedText,
  type InputFormat,
  type PolicyInput,
} from './read.js';

declare const PRIVACYLINT_VERSION: string;
const VERSION = typeof PRIVACYLINT_VERSION === 'string' ? PRIVACYLINT_VERSION : '0.0.0-dev';

export const USER_AGENT = `privacylint/${VERSION} (+https://github.com/privacylint/privacylint)`;
export const DEFAULT_TIMEOUT_MS = 20_000;
export const MAX_REDIRECTS = 5;

export interface FetchOptions {
  /** Largest body in bytes (after content decoding); default DEFAULT_MAX_SIZE. */
  maxSize?: number;
  /** Time limit for the whole fetch, redirects and body included; default 20 s. */
  timeoutMs?: number;
  /** A folder to keep the body and a small JSON record of the fetch in (`--save`). */
  saveDir?: string;
  /** Overrides the format given by the content type (`--input-format`). */
  inputFormat?: InputFormat;
}

/** What was fetched, as kept beside the body by `--save`. */
export interface FetchRecord {
  url: string;
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  /** When the response arrived (ISO 8601, UTC). */
  time: string;
  /** The charset the body was decoded with and where it came from. */
  charset: string;
  charsetFrom: 'bom' | 'header' | 'meta' | 'sniffed';
}

export interface FetchedPolicy extends PolicyInput {
  fetched: FetchRecord;
  /** Where `--save` wrote the body and the record. */
  saved?: { body: string; record: string };
}

/** True for an `http://` or `https://` argument (which is then fetched, never looked up as a file). */
export function isUrl(arg: string): boolean {
  return /^https?:\/\//iu.test(arg);
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Content types read as policies, and the format each is read as. */
const ACCEPTED: Record<string, InputFormat> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
};

/** Fetches a policy page and decodes it; every failure is one InputError naming `url`. */
export async function fetchPolicy(url: string, options: FetchOptions = {}): Promise<FetchedPolicy> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new InputError(url, `${url}: not a valid URL`);
  }
  const signal = AbortSignal.timeout(timeoutMs);
  const dispatcher = await proxyDispatcher();
  const fail = (message: string, cause?: unknown): InputError => new InputError(url, `${url}: ${message}`, cause === undefined ? undefined : { cause });

  let response: Response | undefined;
  try {
    for (let hop = 0; ; hop++) {
      const init: RequestInit = {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': USER_AGENT, accept: 'text/html, application/xhtml+xml, text/plain;q=0.9, text/markdown;q=0.9, */*;q=0.1' },
      };
      if (dispatcher) (init as { dispatcher?: unknown }).dispatcher = dispatcher.agent;
      response = await fetch(current, init);
      if (!REDIRECT_STATUSES.has(response.status)) break;
      const location = response.headers.get('location');
      await response.body?.cancel().catch(() => undefined);
      if (location === null) throw fail(`HTTP ${response.status} redirect without a Location header`);
      if (hop + 1 > MAX_REDIRECTS) throw fail(`more than ${MAX_REDIRECTS} redirects (the last one to ${new URL(location, current).href})`);
      const next = new URL(location, current);
      if (next.protocol !== 'http:' && next.protocol !== 'https:') throw fail(`redirected to ${next.href}, which is not an http(s) URL`);
      current = next;
    }

    const finalUrl = current.href;
    const at = finalUrl === new URL(url).href ? '' : ` (at ${finalUrl})`;
    if (response.status >= 400 || response.status < 200) {
      await response.body?.cancel().catch(() => undefined);
      throw fail(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${at}`);
    }
    const contentType = response.headers.get('content-type') ?? '';
    const mime = contentType.split(';')[0].trim().toLowerCase();
    const byType = mime === '' ? undefined : ACCEPTED[mime];
    if (mime !== '' && byType === undefined) {
      await response.body?.cancel().catch(() => undefined);
      throw fail(`is ${mime}${at}; save the policy's text and lint that file`);
    }
    const length = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(length) && length > maxSize) {
      await response.body?.cancel().catch(() => undefined);
      throw fail(`${formatSize(length)} is over the ${formatLimit(maxSize)} limit (raise it with --max-size)`);
    }
    const bytes = await readBody(response, maxSize, () => fail(`the page is over the ${formatLimit(maxSize)} limit (raise it with --max-size)`));
    const time = new Date().toISOString();

    // Markdown is often served as text/plain (raw files on code hosts): the URL's extension decides then.
    const extFormat = detectFormat(current.pathname, '');
    let format: InputFormat = options.inputFormat ?? (byType === 'text' && extFormat === 'markdown' ? 'markdown' : byType ?? 'text');
    const charsetHeader = /;\s*charset\s*=\s*"?([^";\s]+)/iu.exec(contentType)?.[1] ?? null;
    let decoded: DecodedText & { charset: string; charsetFrom: FetchRecord['charsetFrom'] };
    try {
      decoded = decodeBody(bytes, charsetHeader, format === 'html' || mime === '');
    } catch (error) {
      if (error instanceof BinaryDataError) throw fail(`looks like binary data, not text${at}`);
      throw error;
    }
    if (mime === '' && options.inputFormat === undefined) format = detectFormat('-', decoded.text);
    if (decoded.text.trim() === '') throw fail(`the page is empty${at}`);

    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const fetched: FetchRecord = { url, finalUrl, status: response.status, headers, time, charset: decoded.charset, charsetFrom: decoded.charsetFrom };
    const warnings: string[] = [];
    if (finalUrl !== new URL(url).href) warnings.push(`${url}: redirected to ${finalUrl}; the report names that URL`);
    if (decoded.invalid) {
      warnings.push(`${finalUrl}: byte ${decoded.invalid.offset} is not valid ${decoded.charset}${decoded.invalid.count > 1 ? ` (nor are ${decoded.invalid.count - 1} more)` : ''}; U+FFFD is read in its place`);
    }
    const input: FetchedPolicy = {
      path: finalUrl,
      text: decoded.text,
      format,
      encoding: decoded.encoding,
      bom: decoded.charsetFrom === 'bom',
      source: { bytes, size: bytes.length, mtimeMs: null, sha256: sha256(bytes) },
      fetched,
      ...(warnings.length ? { warnings } : {}),
    };
    if (options.saveDir !== undefined) input.saved = await saveFetched(options.saveDir, fetched, bytes, format);
    return input;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const proxied = dispatcher && !signal.aborted ? ` (through the proxy ${dispatcher.proxy} unless NO_PROXY names the host)` : '';
    throw fail(`${describeFetchError(error, signal, timeoutMs)}${proxied}`, error);
  }
}

/** Reads the body as a stream, stopping (and cancelling the download) once it passes `maxSize`. */
async function readBody(response: Response, maxSize: number, tooLarge: () => Error): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxSize) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** The one-line reason for a failed fetch: DNS, refused, reset, TLS, timeout; unknown causes keep their code. */
function describeFetchError(error: unknown, signal: AbortSignal, timeoutMs: number): string {
  if (signal.aborted || (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))) {
    return `no complete answer within ${formatSeconds(timeoutMs)} (raise it with --timeout)`;
  }
  // fetch throws TypeError('fetch failed') with the socket's error as its cause (sometimes one level deeper).
  let cause: unknown = error;
  for (let i = 0; i < 3 && cause instanceof Error && (cause as NodeJS.ErrnoException).code === undefined && cause.cause !== undefined; i++) cause = cause.cause;
  const err = cause as NodeJS.ErrnoException & { hostname?: string };
  const code = typeof err?.code === 'string' ? err.code : '';
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NODATA':
    case 'EAI_NONAME':
      return `the host name could not be resolved (${code}${code === 'EAI_AGAIN' ? ': no DNS answer, check the network' : ''})`;
    case 'ECONNREFUSED':
      return 'the connection was refused (is the address and port right?)';
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
      return `the connection was closed by the server (${code})`;
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return `the server did not answer in time (${code})`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `the host cannot be reached (${code})`;
    case 'UND_ERR_INVALID_ARG':
      return 'not a URL that can be fetched';
    default:
      break;
  }
  if (/CERT|SSL|TLS|SELF_SIGNED|ALTNAME|UNABLE_TO_(?:GET|VERIFY)/u.test(code)) return `TLS error: ${err.message.split('\n')[0]} (${code})`;
  const message = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
  // The Fetch standard's blocked ports (25, 6000, …): fetch refuses them before connecting.
  if (message === 'bad port') return 'fetch refuses to connect to this port (a blocked port, as in browsers)';
  return `cannot fetch: ${message}${code ? ` (${code})` : ''}`;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(ms < 1000 ? 3 : 1).replace(/0+$/u, '')} s`;
}

/** "the 10 MB limit", "the 1000-byte limit" (as for files). */
function formatLimit(bytes: number): string {
  return bytes < 1024 ? `${bytes}-byte` : formatSize(bytes);
}

// ---------------------------------------------------------------------------------------------
// Proxy

/**
 * undici's EnvHttpProxyAgent when HTTP(S)_PROXY is set (it reads NO_PROXY too), else nothing: the bundled
 * fetch's own agent then connects directly. Passed as fetch's `dispatcher`.
 */
async function proxyDispatcher(): Promise<{ agent: unknown; proxy: string } | undefined> {
  const env = process.env;
  const proxy = env.HTTPS_PROXY ?? env.https_proxy ?? env.HTTP_PROXY ?? env.http_proxy;
  if (proxy === undefined || proxy === '') return undefined;
  // undici is CommonJS: bundled, its exports may sit on `default`.
  const mod = (await import('undici')) as typeof import('undici') & { default?: typeof import('undici') };
  const EnvHttpProxyAgent = mod.EnvHttpProxyAgent ?? mod.default?.EnvHttpProxyAgent;
  // undici 6 warns on stderr that this agent is experimental; that would break the one-line contract of the CLI.
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const code = (rest[0] as { code?: string } | undefined)?.code ?? rest[1];
    if (code === 'UNDICI-EHPA') return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return { agent: new EnvHttpProxyAgent(), proxy };
  } catch (error) {
    throw new InputError('HTTPS_PROXY', `HTTPS_PROXY/HTTP_PROXY '${proxy}': not a proxy URL (${(error as Error).message})`);
  } finally {
    process.emitWarning = emitWarning;
  }
}

// ---------------------------------------------------------------------------------------------
// Decoding

/** WHATWG labels for windows-1252 (ISO-8859-1 and ASCII are decoded as windows-1252 by browsers too). */
const CP1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'ansi_x3.4-1968', 'cp819', 'ibm819', 'iso-ir-100', 'csisolatin1']);
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'x-unicode20utf8']);

/** `<meta charset="…">` or `<meta http-equiv="content-type" content="…; charset=…">` in the first 1024 bytes. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/iu.exec(head)?.[1] ?? null;
}

type Decoded = DecodedText & { charset: string; charsetFrom: FetchRecord['charsetFrom'] };

/** Decodes a body: BOM, then the header's charset, then <meta charset> (HTML), then sniffing as for files. */
export function decodeBody(bytes: Uint8Array, headerCharset: string | null, html: boolean): Decoded {
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bom) {
    const d = decodeBytes(bytes);
    return { ...d, charset: d.encoding.replace('-bom', ''), charsetFrom: 'bom' };
  }
  const declared: [string | null, FetchRecord['charsetFrom']][] = [
    [headerCharset, 'header'],
    [html ? metaCharset(bytes) : null, 'meta'],
  ];
  for (const [label, from] of declared) {
    const d = label === null ? null : decodeAs(bytes, label.toLowerCase());
    if (d) return { ...d, charsetFrom: from };
  }
  const d = decodeBytes(bytes);
  return { ...d, charset: d.encoding, charsetFrom: 'sniffed' };
}

/** Decodes with a declared charset; null when the label is unknown (then the next source decides). */
function decodeAs(bytes: Uint8Array, label: string): (DecodedText & { charset: string }) | null {
  if (UTF8_LABELS.has(label)) {
    const scan = scanUtf8(bytes);
    return {
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
      charset: 'utf-8',
      ...(scan.invalid > 0 ? { invalid: { offset: scan.firstInvalid, count: scan.invalid } } : {}),
    };
  }
  if (CP1252_LABELS.has(label)) return { text: decodeWindows1252(bytes), encoding: 'windows-1252', charset: 'windows-1252' };
  if (label === 'utf-16le' || label === 'utf-16be' || label === 'utf-16') {
    const encoding = label === 'utf-16be' ? 'utf-16be' : 'utf-16le';
    return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes), encoding, charset: encoding };
  }
  // Any other charset the platform knows (ISO-8859-2, Shift_JIS, …). `encoding` only matters for --fix, which
  // never writes to a URL.
  try {
    const decoder = new TextDecoder(label, { ignoreBOM: true });
    return { text: decoder.decode(bytes), encoding: 'utf-8', charset: decoder.encoding };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// --save

const EXTENSIONS: Record<InputFormat, string> = { html: 'html', text: 'txt', markdown: 'md' };

/**
 * A file name from a URL's host and path (and query), safe on every file system: letters, digits, `.`, `-` and `_`
 * only, runs of anything else as one `_`, at most 150 characters. `https://www.example.com/legal/privacy?lang=en`
 * → `www.example.com_legal_privacy_lang_en`.
 */
export function saveName(url: string): string {
  const u = new URL(url);
  const raw = `${u.host}${u.pathname}${u.search}`.replace(/:/gu, '_');
  let name = raw
    .replace(/[^A-Za-z0-9._-]+/gu, '_')
    .replace(/\.{2,}/gu, '.')
    .replace(/^[._-]+|[._-]+$/gu, '');
  if (name.length > 150) name = `${name.slice(0, 150 - 9)}-${sha256(Buffer.from(raw)).slice(0, 8)}`;
  return name || 'page';
}

/**
 * Writes the body as served and `<name>.json` (url, finalUrl, status, headers, time) into `dir`, named from the
 * URL as given. Never overwrites: an existing file of either name is an error and nothing is written.
 */
async function saveFetched(dir: string, record: FetchRecord, bytes: Uint8Array, format: InputFormat): Promise<{ body: string; record: string }> {
  const name = saveName(record.url);
  const bodyPath = join(dir, `${name}.${EXTENSIONS[format]}`);
  const recordPath = join(dir, `${name}.json`);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new InputError(dir, `--save ${dir}: cannot create the folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
  const written: string[] = [];
  const exclusive = async (path: string, data: Uint8Array | string): Promise<void> => {
    let handle;
    try {
      handle = await open(path, 'wx');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Remove what this call wrote, so a refused save leaves nothing half done.
      for (const p of written) await unlink(p).catch(() => undefined);
      if (code === 'EEXIST') throw new InputError(path, `--save: ${path} already exists; it was not overwritten (remove it or save to another folder)`);
      throw new InputError(path, `--save: cannot write ${path} (${code ?? 'error'})`, { cause: error });
    }
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    written.push(path);
  };
  await exclusive(bodyPath, bytes);
  await exclusive(recordPath, `${JSON.stringify(record, null, 2)}\n`);
  return { body: bodyPath, record: recordPath };
}

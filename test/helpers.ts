/**
 * Shared test helpers: fixture paths, an independent decoder and line splitter for the original bytes,
 * and the evidence checks. Deliberately does not use SourceText or readPolicy for the "truth" side, so a
 * bug there cannot hide itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { decodeWindows1252, type InputFormat } from '../src/io/read.js';
import { buildDocument, type PolicyDocument } from '../src/document/index.js';
import type { Evidence, Language } from '../src/model/types.js';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const FIXTURES = join(ROOT, 'fixtures');
export const FORMATS = join(FIXTURES, 'formats');

export const SEED_MD = join(FIXTURES, 'cloudaware-privacybeleid.md');
export const SEED_TXT = join(FIXTURES, 'cloudbilling-privacy-policy.txt');
export const formatFixture = (name: string): string => join(FORMATS, name);

/** Fixtures in fixtures/formats/ that are deliberately not policies (input errors). */
export const NOT_POLICIES = new Set([
  'binary.pdf',
  'broken-toml.md',
  'broken-yaml.md',
  'empty.md',
  'unclosed-front-matter.md',
  'whitespace.txt',
]);

/** Every fixture that is a policy: both seeds and every policy in fixtures/formats/ (new ones are picked up). */
export function policyFixtures(): string[] {
  const formats = readdirSync(FORMATS)
    .filter((name) => !NOT_POLICIES.has(name))
    .sort()
    .map(formatFixture);
  return [SEED_MD, SEED_TXT, ...formats];
}

/** A short name for test titles: the path from fixtures/. */
export function fixtureName(path: string): string {
  return path.slice(FIXTURES.length + 1);
}

/**
 * Decodes a file's bytes on its own terms: BOM → UTF-8 / UTF-16 (TextDecoder drops the BOM), else strict
 * UTF-8, else windows-1252 (Node's TextDecoder('windows-1252') decodes as Latin-1, see src/io/read.ts).
 * BOM-less UTF-16 is not guessed: a NUL in the result makes the caller fail loudly instead.
 */
export function decodeOriginal(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

export function readOriginal(path: string): string {
  const text = decodeOriginal(readFileSync(path));
  if (text.includes('\0')) throw new Error(`${path}: decodes with NUL characters; teach decodeOriginal its encoding`);
  return text;
}

/** Lines as an editor shows them: CRLF, LF and a lone CR each end a line. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function fold(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The original text from (line, column) to (endLine, endColumn), endColumn exclusive, lines joined by '\n'. */
export function originalSpan(lines: string[], e: Evidence): string {
  if (e.line === e.endLine) return lines[e.line - 1].slice(e.column - 1, e.endColumn - 1);
  const parts = [lines[e.line - 1].slice(e.column - 1)];
  for (let l = e.line + 1; l < e.endLine; l++) parts.push(lines[l - 1]);
  parts.push(lines[e.endLine - 1].slice(0, e.endColumn - 1));
  return parts.join('\n');
}

/**
 * What is wrong with one evidence entry against the original lines; null when it is right. Its text must be the
 * span's text as a reader sees it (markup such as `**`, `<br>` or a link target left out).
 */
export function evidenceProblem(lines: string[], e: Evidence): string | null {
  const where = `${e.line}:${e.column}-${e.endLine}:${e.endColumn}`;
  for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
    if (!Number.isInteger(e[key])) return `${where}: ${key} is not an integer (${String(e[key])})`;
  }
  if (typeof e.text !== 'string' || e.text === '') return `${where}: empty text`;
  if (e.line < 1 || e.line > e.endLine) return `${where}: not 1 <= line <= endLine`;
  if (e.endLine > lines.length) return `${where}: endLine past the last line (${lines.length})`;
  const startLength = lines[e.line - 1].length;
  const endLength = lines[e.endLine - 1].length;
  if (e.column < 1 || e.column > startLength + 1) return `${where}: column outside line ${e.line} (length ${startLength})`;
  if (e.endColumn < 1 || e.endColumn > endLength + 1) return `${where}: endColumn outside line ${e.endLine} (length ${endLength})`;
  if (e.line === e.endLine && e.endColumn <= e.column) return `${where}: empty or reversed span`;
  // The text is what a reader sees of the span: the file's own text, or its letters once markup is left out.
  const original = fold(originalSpan(lines, e));
  if (original !== e.text && lettersOf(withoutMarkup(original)) !== lettersOf(e.text)) {
    return `${where}: file has ${JSON.stringify(original)}, evidence says ${JSON.stringify(e.text)}`;
  }
  return null;
}

export interface FoundEvidence {
  /** Where in the model, e.g. "retention[2].evidence[0]". */
  path: string;
  evidence: Evidence;
}

/** Every entry of every `evidence` array anywhere in a value, with where it was found. */
export function collectEvidence(value: unknown, path = '', out: FoundEvidence[] = []): FoundEvidence[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectEvidence(item, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (key === 'evidence' && Array.isArray(item)) {
        item.forEach((e, i) => out.push({ path: `${at}[${i}]`, evidence: e as Evidence }));
      } else {
        collectEvidence(item, at, out);
      }
    }
  }
  return out;
}

/** A document from text in memory, as the library builds it from a file. */
export function docOf(text: string, format: InputFormat = 'text', language?: Language, path = 'policy'): Promise<PolicyDocument> {
  return buildDocument({ path, text, format, encoding: 'utf-8' }, { language });
}

/** Letters and digits only: compares what a reader sees with a quoted span that still has markup in it. */
export function lettersOf(text: string): string {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).join('');
}

const NAMED_REFERENCES: Record<string, string> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  euml: 'ë',
  eacute: 'é',
  euro: '€',
  ndash: '–',
  mdash: '—',
  copy: '©',
};

/**
 * The reader's text of a quoted span of Markdown or HTML, enough to compare letters: tags and comments
 * removed, Markdown link targets removed, character references decoded (an unknown one stays as written,
 * so the comparison fails loudly rather than silently).
 */
export function withoutMarkup(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/gu, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/gu, ' ')
    .replace(/\]\([^)]*\)/gu, ']')
    .replace(/&#(\d+);/gu, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/giu, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([a-z]+);/giu, (all, name: string) => NAMED_REFERENCES[name] ?? all);
}

/** A writable stream that keeps what is written, for running the CLI in-process. */
export class TextSink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: (error?: Error | null) => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

/** The CLI run in-process: its exit code and what it printed. */
export async function runInProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { run } = await import('../src/cli/main.js');
  const stdout = new TextSink();
  const stderr = new TextSink();
  const code = await run(args, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

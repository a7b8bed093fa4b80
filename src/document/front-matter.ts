import { parseDocument, YAMLParseError } from 'yaml';
import { parse as parseToml, TomlError } from 'smol-toml';
import { InputError } from '../io/read.js';
import { SourceText } from './source.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  title: string | null;
  description: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) from `lastmod`, `updated`, `date` or similar keys. */
  date: string | null;
  /** Problems that did not stop the parse (an unknown YAML tag), one line each, naming the file and line. */
  warnings?: string[];
}

const DATE_KEYS = ['lastmod', 'last_modified', 'updated', 'modified', 'reviewed', 'last_reviewed', 'date', 'published'];

/**
 * Parses YAML (`---`) or TOML (`+++`) front matter. A syntax error names the file line it is on:
 * the parsers count from the first line inside the fences, so the opening fence is added back.
 */
export function parseFrontMatter(path: string, kind: 'yaml' | 'toml', value: string, nodeOffset: number, text: string): FrontMatter {
  const firstLine = new SourceText(text).pointAt(nodeOffset).line + 1;
  let data: unknown;
  const warnings: string[] = [];
  try {
    // The parsers count lines on LF only; a file with lone CR line ends would get every line wrong.
    const normalised = value.replace(/\r\n?/gu, '\n');
    if (kind === 'yaml') {
      // logLevel 'silent': yaml would print its warnings through process.emitWarning, without the file name.
      const doc = parseDocument(normalised, { logLevel: 'silent' });
      if (doc.errors.length > 0) throw doc.errors[0];
      data = doc.toJS();
      for (const warning of doc.warnings) {
        const line = warning.linePos ? `:${firstLine + warning.linePos[0].line - 1}` : '';
        const message = `${path}${line}: YAML front matter: ${warning.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/u, '')}`;
        if (!warnings.includes(message)) warnings.push(message);
      }
    } else data = parseToml(normalised);
  } catch (error) {
    let line: number | undefined;
    let reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (error instanceof YAMLParseError && error.linePos) {
      line = error.linePos[0].line;
      reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/u, '');
    } else if (error instanceof TomlError) {
      line = error.line;
      reason = error.message.split('\n')[0].replace(/^Invalid TOML document: /u, '');
    }
    const where = line === undefined ? '' : `:${firstLine + line - 1}`;
    throw new InputError(path, `${path}${where}: broken ${kind === 'yaml' ? 'YAML' : 'TOML'} front matter: ${reason}`);
  }
  const record = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const str = (key: string): string | null => {
    const v = record[key];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
  };
  let date: string | null = null;
  for (const key of DATE_KEYS) {
    const iso = toIsoDate(record[key]);
    if (iso) {
      date = iso;
      break;
    }
  }
  const author = str('author') ?? (Array.isArray(record.authors) && typeof record.authors[0] === 'string' ? record.authors[0] : null);
  return { data: { ...record }, title: str('title'), description: str('description'), author, date, ...(warnings.length ? { warnings } : {}) };
}

/** A front-matter date value (string, Date, TOML date) as YYYY-MM-DD, or null. */
export function toIsoDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (value !== null && typeof value === 'object' && 'toISOString' in value) {
    const s = String((value as { toISOString(): string }).toISOString());
    const m = /^\d{4}-\d{2}-\d{2}/u.exec(s);
    return m ? m[0] : null;
  }
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value.trim());
    return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
  }
  return null;
}

/** Front matter that opens on line 1 but never closes: remark would read it as text, so say so instead. */
export function checkUnclosedFrontMatter(path: string, text: string): void {
  const m = /^(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/u.exec(text);
  if (!m) return;
  const fence = m[1];
  const rest = text.slice(m[0].length);
  // remark-frontmatter closes YAML with '---' only (not YAML's '...'), so only that counts as closed here.
  const closing = new RegExp(`(?:^|\\r\\n|\\r|\\n)${fence === '+++' ? '\\+\\+\\+' : '---'}[ \\t]*(?:\\r\\n|\\r|\\n|$)`, 'u');
  if (!closing.test(rest)) {
    throw new InputError(path, `${path}:1: broken ${fence === '---' ? 'YAML' : 'TOML'} front matter: the '${fence}' fence on line 1 is never closed`);
  }
}

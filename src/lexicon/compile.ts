/**
 * Lexicon phrases are regex sources; this turns a list of them into one word-anchored, case-insensitive
 * pattern. JavaScript's \b only knows ASCII, so the anchors are written with Unicode classes.
 */
import { caselessSource } from './caseless.js';

const cache = new Map<string, RegExp>();
/** The same patterns by list identity (a list built on the fly is found through `cache` and dropped with the list). */
const byList = new WeakMap<readonly string[], Map<string, RegExp>>();

/**
 * A letter or digit of the scripts policies are written in (Latin with its accents, Greek, Cyrillic). V8 takes
 * about 25 times longer to compile [\p{L}\p{N}] under the i and u flags, and every pattern has two of them.
 */
export const WORD_CHAR = '[0-9A-Za-z\\u00AA\\u00B2\\u00B3\\u00B5\\u00B9\\u00BA\\u00BC-\\u00BE\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF]';

/** A regex source wrapped in the word anchors every lexicon pattern uses. */
export function anchored(body: string): string {
  // An elided word ends in its apostrophe and runs into the next ("d'envoi", "l'association"): no end anchor there.
  return `(?<!${WORD_CHAR})(?:${body})(?:(?<=['’])|(?!${WORD_CHAR}))`;
}

/** Builds a value on first use and keeps it: a pattern compiled once per process, only when a run needs it. */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** The word anchors and each phrase, rewritten for `u` without `i` (see caseless.ts); null: not rewritable. */
const caselessAnchors = once(() => {
  const [head, tail] = anchored('\u0000').split('\u0000');
  const h = caselessSource(head);
  const t = caselessSource(tail);
  return h === null || t === null ? null : { head: h, tail: t };
});
const caselessPhrases = new Map<string, string | null>();
/**
 * Whether a phrase holds \p{…} or \P{…}: those are what V8 is slowest to compile under `iu` (it closes the whole
 * property over case, \p{L} being every letter). A pattern without them compiles under `iu` about as fast as
 * rewriting it would cost, so it stays as written.
 */
const hasProperty = (source: string): boolean => source.includes('\\p{') || source.includes('\\P{');

/**
 * A case-insensitive word pattern for `u` alone: V8 compiles a pattern under `iu` several times slower (see
 * caseless.ts). Each phrase is rewritten once however many lists hold it, and the anchors once. Null when a phrase
 * cannot be rewritten.
 */
function caselessWordPattern(sources: readonly string[], flags: string): RegExp | null {
  const parts = caselessWordParts(sources);
  if (!parts) return null;
  try {
    return new RegExp(parts.wrap(parts.branches.join('|')), flags.replace('i', ''));
  } catch {
    return null; // a phrase the rewriting misread (it should not happen): the pattern as written
  }
}

/** The rewritten phrases (each as its alternation writes it) and the anchors around them; null: not rewritable. */
function caselessWordParts(sources: readonly string[]): { branches: string[]; wrap: (body: string) => string } | null {
  const anchors = caselessAnchors();
  if (!anchors || sources.length === 0) return null;
  const branches: string[] = [];
  for (const source of sources) {
    let part = caselessPhrases.get(source);
    if (part === undefined) caselessPhrases.set(source, (part = caselessSource(source)));
    if (part === null) return null;
    branches.push(`(?:${part})`);
  }
  return { branches, wrap: (body) => `${anchors.head}${body}${anchors.tail}` };
}

/**
 * What `wordPattern(sources, flags)` compiled, in parts: its phrases as its alternation writes them, its flags and
 * the anchors around them, checked against the pattern itself (so a scanner built from them, src/lexicon/dispatch.ts,
 * is the same pattern). Null when they cannot be told apart.
 */
export function wordPatternParts(sources: readonly string[], flags = 'giu'): { branches: string[]; flags: string; wrap: (body: string) => string } | null {
  const re = wordPattern(sources, flags);
  const caseless = caselessWordParts(sources);
  if (caseless && re.flags === new RegExp('', flags.replace('i', '')).flags && re.source === new RegExp(caseless.wrap(caseless.branches.join('|')), 'u').source) {
    return { ...caseless, flags: flags.replace('i', '') };
  }
  const branches = sources.map((s) => `(?:${s})`);
  if (sources.length > 0 && re.flags === new RegExp('', flags).flags && re.source === new RegExp(anchored(branches.join('|')), 'u').source) return { branches, flags, wrap: anchored };
  return null;
}

export function wordPattern(sources: readonly string[], flags = 'giu'): RegExp {
  // Most lists are module constants asked for again and again: their identity finds the pattern without
  // joining the sources into a key on every call (which cost more than the look-up).
  let byFlags = byList.get(sources);
  let re = byFlags?.get(flags);
  if (!re) {
    const key = `${flags}\u0000${sources.join('\u0001')}`;
    re = cache.get(key);
    if (!re) {
      const body = sources.length === 0 ? '(?!)' : sources.map((s) => `(?:${s})`).join('|');
      re = (flags.includes('i') && flags.includes('u') && !flags.includes('v') && sources.some(hasProperty) ? caselessWordPattern(sources, flags) : null) ?? new RegExp(anchored(body), flags);
      cache.set(key, re);
    }
    if (!byFlags) byList.set(sources, (byFlags = new Map()));
    byFlags.set(flags, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Sticky variant: matches only where the text opens with a phrase (`test` tries the start and nothing after it). */
export function openingPattern(sources: readonly string[]): RegExp {
  return wordPattern(sources, 'iuy');
}

/** `text` as a literal inside a regular expression's source (a name or place read from the policy). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Case-sensitive variant, for abbreviations such as "FG" or "US" that are ordinary words in lower case. */
export function exactWordPattern(sources: readonly string[]): RegExp {
  return wordPattern(sources, 'gu');
}

export interface Hit {
  start: number;
  end: number;
  text: string;
  groups: (string | undefined)[];
}

/** Every match of a global pattern in `text`. */
export function hits(re: RegExp, text: string): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], groups: m.slice(1) });
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

export function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

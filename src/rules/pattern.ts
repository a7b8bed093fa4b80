/**
 * Pattern rules run on RE2 (re2js): matching time is linear in the text, so no pattern in a user's rule
 * file can hang a run, whatever it contains.
 */
import { RE2JS } from 're2js';

const WORD_BEFORE = '(?:^|[^\\p{L}\\p{N}])';
const WORD_AFTER = '(?:[^\\p{L}\\p{N}]|$)';
const cache = new Map<string, RE2JS>();

/** Compiles a rule phrase, word-anchored and case-insensitive; the phrase itself is capture group 1. */
export function compileUserPattern(source: string): { pattern: RE2JS | null; error: string | null } {
  const cached = cache.get(source);
  if (cached) return { pattern: cached, error: null };
  try {
    const pattern = RE2JS.compile(`${WORD_BEFORE}(${source})${WORD_AFTER}`, RE2JS.CASE_INSENSITIVE);
    cache.set(source, pattern);
    return { pattern, error: null };
  } catch (error) {
    return { pattern: null, error: (error instanceof Error ? error.message : String(error)).split('\n')[0] };
  }
}

export interface PatternMatch {
  start: number;
  end: number;
  text: string;
}

/** Every word-anchored match of a phrase in `text` (overlapping anchors allowed). */
export function matchAll(source: string, text: string): PatternMatch[] {
  const { pattern } = compileUserPattern(source);
  if (!pattern) return [];
  const out: PatternMatch[] = [];
  const matcher = pattern.matcher(text);
  let from = 0;
  while (from <= text.length && matcher.find(from)) {
    const start = matcher.start(1);
    const end = matcher.end(1);
    out.push({ start, end, text: text.slice(start, end) });
    // Continue right after the phrase, so the anchor character may serve the next match.
    from = end > from ? end : from + 1;
  }
  return out;
}

export function matchesAny(sources: readonly string[], text: string): boolean {
  return sources.some((s) => matchAll(s, text).length > 0);
}

/**
 * RE2 in JavaScript reads about 10 MB a second, and a rule file may hold thousands of phrases, each matched
 * against every sentence. Most phrases are plain words, though, and a plain word can be ruled out at once: a
 * sentence that does not contain it (case folded) cannot match it. The pre-test only rules out; every match is
 * still found by RE2, so results do not change.
 */
// eslint-disable-next-line no-control-regex
const PLAIN = /^[\u0000-\u007f]+$/u;
const SYNTAX = /[\\.+*?()|[\]{}^$]/u;

/** The phrase, lower-cased, when it is plain ASCII without RE2 syntax; else null (no pre-test). */
export function plainPhrase(source: string): string | null {
  return PLAIN.test(source) && !SYNTAX.test(source) ? source.toLowerCase() : null;
}

/**
 * Text folded for the pre-test of plain ASCII phrases. RE2's case-insensitive match of an ASCII letter also takes
 * `ſ` (for s) and the Kelvin sign (for k); lower-casing maps the Kelvin sign to k, and `ſ` is mapped here. Anything
 * else lower-casing does only adds text or changes non-ASCII letters, so a sentence RE2 matches always passes.
 */
export function foldForPretest(text: string): string {
  return text.toLowerCase().replace(/\u017f/gu, 's');
}

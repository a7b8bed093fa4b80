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

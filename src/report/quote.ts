/**
 * Bounded quotes (issue 9, item 8). A fact's evidence quotes its sentence; a sentence of many facts (sixty retention
 * periods in one run-on sentence) would be printed once per fact. Reports print at most QUOTE_LIMIT characters of a
 * quote and end a cut one with an ellipsis; line and column still give the whole span, so an editor or a script
 * can read the full text from the file.
 */
import type { Evidence } from '../model/types.js';

/** Characters of a quote printed before it is cut. */
export const QUOTE_LIMIT = 300;
const ELLIPSIS = '…';

/** `text` cut to QUOTE_LIMIT characters with an ellipsis, never in the middle of a surrogate pair. */
export function capQuote(text: string): string {
  if (text.length <= QUOTE_LIMIT) return text;
  let end = QUOTE_LIMIT;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/** One evidence with its quote capped (positions untouched). */
export function capEvidence(e: Evidence): Evidence {
  return e.text.length <= QUOTE_LIMIT ? e : { ...e, text: capQuote(e.text) };
}

/**
 * A copy of a model (or any plain data holding `evidence` lists) with every evidence quote capped; the rest is
 * shared, not copied. The model's nesting is fixed by its type, so the walk is shallow.
 */
export function capEvidenceQuotes<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => capEvidenceQuotes(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = key === 'evidence' && Array.isArray(item) ? item.map((e: Evidence) => capEvidence(e)) : capEvidenceQuotes(item);
  }
  return out as T;
}

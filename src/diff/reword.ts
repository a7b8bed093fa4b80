/**
 * Reworded or changed in meaning: two versions of a sentence say the same thing when they differ only in
 * typography, spelling (a word and its variant: "wil" → "wilt", "verantwortliche" → "verantwortlichen"), function
 * words ("the", "zijn/haar" → "zijn") or one word for another ("at the end" → "at the beginning"). They say
 * something else when B gains or loses content words of its own: a new list item ("create an account, verify your
 * identity, update your profile"), a new qualifier clause, a dropped object. That is two or more content words
 * gained (or lost) that no word on the other side is a variant of, at least twice as many as went the other way:
 * words that replace about as many others ("neemt … serieus" → "vindt … belangrijk") are a reword.
 *
 * The function words are data (src/lexicon/comparison.ts); numbers are left to the period and fact checks.
 */
import { COMPARISON } from '../lexicon/comparison.js';
import type { Language } from '../model/types.js';
import { plain } from './normalize.js';

/** Content words gained or lost (with a variant on the other side set aside) before a change counts as material. */
export const CONTENT_WORDS_FOR_MATERIAL = 2;

export interface ContentShift {
  /** Content words only B has, in B's order. */
  added: string[];
  /** Content words only A has, in A's order. */
  removed: string[];
}

/** The sentence's content words, lower case, in order: no link targets, no numbers, no function words. */
export function contentWords(text: string, language: Language): string[] {
  const functionWords = new Set(COMPARISON[language]?.functionWords ?? []);
  const bare = plain(text)
    .replace(/\]\([^)\s]*\)/gu, ']')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gu, ' ')
    // A hyphen that breaks a word across lines ("Gut-achter", "Verjährungsvorschrif-ten") is no word boundary.
    .replace(/(\p{Ll})-(?=\p{Ll})/gu, '$1')
    .toLowerCase();
  return (bare.match(/\p{L}[\p{L}\p{M}]*/gu) ?? []).filter((w) => w.length > 1 && !functionWords.has(w));
}

/** A spelling variant: one word starts the other and covers three quarters of it ("wil"/"wilt"). */
function variants(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  return common >= 3 && common >= 0.75 * long.length;
}

/** What B's sentence gains and loses in content words against A's (as multisets, variants paired off). */
export function contentShift(a: string, b: string, language: Language): ContentShift {
  const wordsA = contentWords(a, language);
  const wordsB = contentWords(b, language);
  const left = new Map<string, number>();
  for (const w of wordsA) left.set(w, (left.get(w) ?? 0) + 1);
  const addedAll: string[] = [];
  for (const w of wordsB) {
    const n = left.get(w) ?? 0;
    if (n > 0) left.set(w, n - 1);
    else addedAll.push(w);
  }
  let removed = wordsA.filter((w) => {
    const n = left.get(w) ?? 0;
    if (n === 0) return false;
    left.set(w, n - 1);
    return true;
  });
  const added: string[] = [];
  for (const w of addedAll) {
    const k = removed.findIndex((r) => variants(r, w));
    if (k >= 0) removed = [...removed.slice(0, k), ...removed.slice(k + 1)];
    else added.push(w);
  }
  return { added, removed };
}

/** Why B's sentence says something else than A's ("words added: verify, identity"), or nothing when reworded. */
export function meaningChanges(a: string, b: string, language: Language): string[] {
  if (!COMPARISON[language]) return [];
  const { added, removed } = contentShift(a, b, language);
  const reasons: string[] = [];
  // Gained words that replace about as many lost ones ("neemt … serieus" → "vindt … belangrijk") are a reword.
  if (added.length >= CONTENT_WORDS_FOR_MATERIAL && added.length >= 2 * removed.length) reasons.push(`words added: ${added.join(', ')}`);
  if (removed.length >= CONTENT_WORDS_FOR_MATERIAL && removed.length >= 2 * added.length) reasons.push(`words removed: ${removed.join(', ')}`);
  return reasons;
}

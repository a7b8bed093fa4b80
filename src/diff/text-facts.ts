/**
 * What two versions of a sentence say, read from the text itself (the words come from the lexicons): the periods
 * it gives (an "immediately" is a period of zero), how strongly it commits the organisation, and which kind of
 * data a retention period is about.
 */
import { durationInDays, findDurations } from '../extract/duration.js';
import { COMPARISON, RETENTION_TOPICS, type RetentionTopic } from '../lexicon/comparison.js';
import { hits, test, wordPattern } from '../lexicon/compile.js';
import { DURATION_LEXICON } from '../lexicon/durations.js';
import type { Language } from '../model/types.js';

export interface Period {
  /** ISO 8601; "P0D" for "immediately". */
  iso: string;
  days: number;
}

/** True when the text says something happens at once ("instantly deleted", "onmiddellijk verwijderd"). */
export function saysImmediately(text: string, language: Language): boolean {
  return test(wordPattern(DURATION_LEXICON[language].immediate), text);
}

/** The periods a text gives, in text order; "immediately" and its kin are zero. */
export function periodsIn(text: string, language: Language): Period[] {
  const out: Period[] = [];
  for (const d of findDurations(text, language)) {
    try {
      out.push({ iso: d.iso, days: durationInDays(d.iso) });
    } catch {
      // A duration the converter cannot read is no period to compare.
    }
  }
  if (saysImmediately(text, language)) out.push({ iso: 'P0D', days: 0 });
  return out;
}

/** The longest period a text gives, or null. */
export function longestPeriod(text: string, language: Language): Period | null {
  let best: Period | null = null;
  for (const p of periodsIn(text, language)) if (!best || p.days > best.days) best = p;
  return best;
}

const count = (sources: string[], text: string): number => hits(wordPattern(sources), text).length;

/**
 * How B's sentence weakens or reverses A's: "undertakes to inform" → "may inform", "always" → "where possible", a
 * negation removed or added. Reasons in English; empty when the commitment reads the same.
 */
export function commitmentChanges(a: string, b: string, language: Language): string[] {
  const lex = COMPARISON[language];
  if (!lex) return [];
  const reasons: string[] = [];
  const [optA, optB] = [count(lex.optional, a), count(lex.optional, b)];
  const [bindA, bindB] = [count(lex.binding, a), count(lex.binding, b)];
  if (optB > optA || (bindB < bindA && optB >= optA && optB > 0)) reasons.push('commitment weakened: an obligation became an option');
  if (count(lex.unconditional, a) > count(lex.unconditional, b)) reasons.push('commitment weakened: an unconditional word dropped');
  if (count(lex.qualifiers, b) > count(lex.qualifiers, a)) reasons.push('commitment weakened: a condition added ("where possible")');
  const [negA, negB] = [count(lex.negations, a), count(lex.negations, b)];
  if (negA > negB) reasons.push('negation removed');
  else if (negB > negA) reasons.push('negation added');
  return reasons;
}

/** The kind of data a retention period is about, from its subject first and else its sentence; null if none. */
export function retentionTopic(subject: string | null, sentence: string, language: Language): RetentionTopic | null {
  const topics = COMPARISON[language]?.topics;
  if (!topics) return null;
  for (const text of [subject ?? '', sentence]) {
    if (!text) continue;
    let best: { topic: RetentionTopic; at: number } | null = null;
    for (const topic of RETENTION_TOPICS) {
      const first = hits(wordPattern(topics[topic]), text)[0];
      if (first && (!best || first.start < best.at)) best = { topic, at: first.start };
    }
    if (best) return best.topic;
  }
  return null;
}

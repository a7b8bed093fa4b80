import type { Evidence, LawReference } from '../model/types.js';
import type { Sentence } from '../document/index.js';
import type { ExtractContext } from './context.js';
import { LAWS, type LawEntry } from '../lexicon/laws.js';
import { test, wordPattern } from '../lexicon/compile.js';
import { caselessRegExp } from '../lexicon/caseless.js';

interface Found {
  entry: LawEntry;
  /** Document position of the first mention, for ordering. */
  first: [number, number];
  evidence: Evidence[];
}

/**
 * Every law, authority, framework or term of LAWS the text names, one entry per id with every sentence that names it,
 * in document order. A mention in a sentence that marks it as history (repealed, invalidated, renamed: the entry's
 * `notInForceContexts`) is not a reference. Patterns are language-independent, so this runs for de/fr as well.
 */
export function extractLawReferences(ctx: ExtractContext): LawReference[] {
  const found = new Map<string, Found>();
  const { any, entries } = lawPatterns();
  for (const sentence of ctx.doc.sentences) {
    if (!test(any, sentence.text)) continue;
    for (const { entry, re } of entries) {
      const at = firstMention(entry, re, sentence);
      if (at < 0) continue;
      recordMention(ctx, found, entry, sentence, at);
    }
  }
  addBareMentions(ctx, found);
  return [...found.values()]
    .sort((a, b) => a.first[0] - b.first[0] || a.first[1] - b.first[1] || a.entry.id.localeCompare(b.entry.id))
    .map((f) => ({ id: f.entry.id, outdated: f.entry.outdated, replacement: f.entry.replacement, evidence: f.evidence }));
}

/** The entry is cited in the sentence at `at`: its first place is kept, every sentence is evidence. */
function recordMention(ctx: ExtractContext, found: Map<string, Found>, entry: LawEntry, sentence: Sentence, at: number): void {
  let f = found.get(entry.id);
  if (!f) {
    f = { entry, first: [sentence.index, at], evidence: [] };
    found.set(entry.id, f);
  }
  f.evidence.push(ctx.sentence(sentence));
}

const BARE_PATTERNS = new Map<LawEntry, RegExp>();

/** An entry cited only by a bare name ("the Data Protection Act") in a text citing none of its `unlessCited` ids. */
function addBareMentions(ctx: ExtractContext, found: Map<string, Found>): void {
  for (const entry of LAWS) {
    const bare = entry.bareMentions;
    if (!bare || found.has(entry.id) || bare.unlessCited.some((id) => found.has(id))) continue;
    let re = BARE_PATTERNS.get(entry);
    if (!re) BARE_PATTERNS.set(entry, (re = wordPattern(bare.patterns)));
    for (const sentence of ctx.doc.sentences) {
      const at = firstMention(entry, re, sentence);
      if (at >= 0) recordMention(ctx, found, entry, sentence, at);
    }
  }
}

/** Every LAWS pattern in one, to skip the sentences that cite nothing; then one pattern per entry. Built once. */
let compiled: { any: RegExp; entries: { entry: LawEntry; re: RegExp }[] } | null = null;

function lawPatterns(): NonNullable<typeof compiled> {
  compiled ??= { any: wordPattern(LAWS.flatMap((l) => l.patterns)), entries: LAWS.map((entry) => ({ entry, re: wordPattern(entry.patterns) })) };
  return compiled;
}

/** Offset of the entry's first mention in the sentence, or -1 when it is not named there as a reference in force. */
function firstMention(entry: LawEntry, re: RegExp, sentence: Sentence): number {
  re.lastIndex = 0;
  const first = re.exec(sentence.text);
  re.lastIndex = 0;
  if (!first) return -1;
  if (notInForce(entry, sentence.text)) return -1;
  return first.index;
}

const contextCache = new Map<string, RegExp>();

/** True when the sentence presents the entry as history (its `notInForceContexts`, unanchored, case-insensitive). */
export function notInForce(entry: LawEntry, text: string): boolean {
  const sources = entry.notInForceContexts;
  if (!sources || sources.length === 0) return false;
  let re = contextCache.get(entry.id);
  if (!re) {
    re = caselessRegExp(sources.map((s) => `(?:${s})`).join('|'), 'iu');
    contextCache.set(entry.id, re);
  }
  return re.test(text);
}

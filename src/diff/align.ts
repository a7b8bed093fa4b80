/**
 * What changed in the text of two versions of a policy, aligned by section and then by sentence.
 *
 * Sections are matched by heading (a renamed section still matches when its heading or its sentences are
 * mostly the same); inside a matched pair the sentence lists are diffed with jsdiff, and a removed sentence is
 * paired with an added one when most of their words agree: that is one reworded sentence, not two changes.
 */
import { diffArrays } from 'diff';
import { blockEvidence, sentenceEvidence, type PolicyDocument } from '../document/index.js';
import type { Evidence } from '../model/types.js';
import { fold, similarity, wordSimilarity, words } from './match.js';
import { plain, squeeze } from './normalize.js';
import type { TextChangeKind } from './types.js';

/** Two sentences are one edited sentence when at least this share of their words agree. */
const SENTENCE_PAIRING = 0.5;
/** Two sections are one (renamed or rewritten) when their headings or their sentences agree this much. */
const SECTION_PAIRING = 0.5;
/**
 * A removed item looks for its partner among this many added items after the last one paired: two versions that
 * differ in every one of 2 000 sentences are then paired in linear time, not 2 000 × 2 000 comparisons.
 */
const PAIR_WINDOW = 200;

interface Unit {
  /** What the file says there, typography folded (for word similarity). */
  text: string;
  /** Its letters and digits only: two units are the same text when their keys are equal. */
  key: string;
  evidence: Evidence;
}

interface Section {
  key: string;
  title: string | null;
  heading: Unit | null;
  units: Unit[];
}

export interface RawTextChange {
  section: string | null;
  kind: TextChangeKind;
  a: Evidence | null;
  b: Evidence | null;
}

function unit(evidence: Evidence): Unit {
  return { text: plain(evidence.text), key: squeeze(evidence.text), evidence };
}

/** The document as sections: the text before the first heading, then one per heading with its sentences. */
function sectionsOf(doc: PolicyDocument): Section[] {
  const sections: Section[] = [{ key: '', title: null, heading: null, units: [] }];
  for (const block of doc.blocks) {
    if (block.kind === 'heading') {
      const title = fold(block.text);
      sections.push({ key: squeeze(title), title, heading: unit(blockEvidence(doc, block)), units: [] });
      continue;
    }
    const current = sections[sections.length - 1];
    for (const sentence of block.sentences) current.units.push(unit(sentenceEvidence(doc, sentence)));
  }
  return sections.filter((s) => s.heading || s.units.length > 0);
}

function sectionSimilarity(x: Section, y: Section): number {
  const heading = x.title && y.title ? similarity(x.title, y.title) : 0;
  const content = similarity(x.units.map((u) => u.text).join(' '), y.units.map((u) => u.text).join(' '));
  return Math.max(heading, content);
}

/**
 * Pairs the removed and the added items of one hunk, in order: each removed item takes the most similar added
 * item after the last one taken (at least `threshold`), so pairs never cross.
 */
function pairHunk<T>(removed: T[], added: T[], score: Score<T>, threshold: number): { a: T | null; b: T | null }[] {
  const out: { a: T | null; b: T | null }[] = [];
  let next = 0;
  for (const x of removed) {
    let best = -1;
    let bestScore = threshold;
    for (let k = next; k < added.length && k < next + PAIR_WINDOW; k++) {
      // A cheap bound first: a pair that cannot beat the best so far is not scored.
      if (score.bound && score.bound(x, added[k]) < bestScore) continue;
      const s = score(x, added[k]);
      if (s >= bestScore && (best < 0 || s > bestScore)) {
        best = k;
        bestScore = s;
      }
    }
    if (best < 0) {
      out.push({ a: x, b: null });
      continue;
    }
    for (; next < best; next++) out.push({ a: null, b: added[next] });
    out.push({ a: x, b: added[best] });
    next = best + 1;
  }
  for (; next < added.length; next++) out.push({ a: null, b: added[next] });
  return out;
}

/** A pairing score (0..1), with an optional cheap upper bound of it. */
type Score<T> = ((x: T, y: T) => number) & { bound?: (x: T, y: T) => number };

/** Aligns two sequences with jsdiff: equal items pair up, and each hunk of removed/added items goes to `pairHunk`. */
function align<T>(a: T[], b: T[], key: (item: T) => string, score: Score<T>, threshold: number): { a: T | null; b: T | null }[] {
  const out: { a: T | null; b: T | null }[] = [];
  let ia = 0;
  let ib = 0;
  let removed: T[] = [];
  let added: T[] = [];
  const flush = (): void => {
    out.push(...pairHunk(removed, added, score, threshold));
    removed = [];
    added = [];
  };
  for (const part of diffArrays(a.map(key), b.map(key))) {
    const count = part.count ?? part.value.length;
    if (part.removed) {
      removed.push(...a.slice(ia, ia + count));
      ia += count;
    } else if (part.added) {
      added.push(...b.slice(ib, ib + count));
      ib += count;
    } else {
      flush();
      for (let k = 0; k < count; k++) out.push({ a: a[ia + k], b: b[ib + k] });
      ia += count;
      ib += count;
    }
  }
  flush();
  return out;
}

/**
 * Word similarity of two sentences, their words split once each, with the share of words they have in common (in
 * any order) as its bound: the common subsequence is never longer than the common bag of words.
 */
function sentenceScore(): Score<Unit> {
  const split = new Map<Unit, { words: string[]; counts: Map<string, number> }>();
  const of = (u: Unit) => {
    let entry = split.get(u);
    if (!entry) {
      const list = words(u.text);
      const counts = new Map<string, number>();
      for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
      split.set(u, (entry = { words: list, counts }));
    }
    return entry;
  };
  const score: Score<Unit> = (p, q) => wordSimilarity(of(p).words, of(q).words);
  score.bound = (p, q) => {
    const [x, y] = [of(p), of(q)];
    if (x.words.length === 0 && y.words.length === 0) return 1;
    let common = 0;
    for (const [w, n] of x.counts) common += Math.min(n, y.counts.get(w) ?? 0);
    return (2 * common) / (x.words.length + y.words.length);
  };
  return score;
}

function change(section: string | null, a: Unit | null, b: Unit | null): RawTextChange {
  const kind: TextChangeKind = a && b ? 'changed' : a ? 'removed' : 'added';
  return { section, kind, a: a?.evidence ?? null, b: b?.evidence ?? null };
}

function sectionChanges(x: Section | null, y: Section | null): RawTextChange[] {
  const title = y?.title ?? x?.title ?? null;
  const out: RawTextChange[] = [];
  if (x?.heading && y?.heading) {
    if (x.heading.key !== y.heading.key) out.push(change(title, x.heading, y.heading));
  } else if (x?.heading || y?.heading) out.push(change(title, x?.heading ?? null, y?.heading ?? null));
  const pairs = align(x?.units ?? [], y?.units ?? [], (u) => u.key, sentenceScore(), SENTENCE_PAIRING);
  // Runs of changed pairs between unchanged ones; a run whose letters are the same on both sides is text that was
  // only split or joined differently (a reflowed table, a <br> fixed): no change.
  let run: { a: Unit | null; b: Unit | null }[] = [];
  const flush = (): void => {
    const joined = (side: 'a' | 'b'): string => run.map((p) => p[side]?.key ?? '').join('');
    if (run.length > 0 && joined('a') !== joined('b')) for (const pair of run) out.push(change(title, pair.a, pair.b));
    run = [];
  };
  for (const pair of pairs) {
    if (pair.a && pair.b && pair.a.key === pair.b.key) flush();
    else run.push(pair);
  }
  flush();
  return out;
}

/** Every sentence (and heading) added, removed or changed from `a` to `b`, in reading order. */
export function alignText(a: PolicyDocument, b: PolicyDocument): RawTextChange[] {
  const pairs = align(sectionsOf(a), sectionsOf(b), (s) => s.key, sectionSimilarity, SECTION_PAIRING);
  return pairs.flatMap((pair) => sectionChanges(pair.a, pair.b));
}

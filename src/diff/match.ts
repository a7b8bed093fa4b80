/**
 * Matching the facts of two policies: normalised keys, word similarity, and pairing lists whose items may repeat
 * or be reworded. Everything here is order-stable, so the same input pairs the same way every time.
 */
import { diffArrays } from 'diff';
import { exactWordPattern } from '../lexicon/compile.js';
import { LEGAL_FORM_PREFIXES, LEGAL_FORM_SUFFIXES } from '../lexicon/controller.js';
import type { Evidence } from '../model/types.js';

/** Code-unit order: output must not depend on the machine's locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** White space folded to one space, trimmed, Unicode NFC (an "é" typed two ways is one letter). */
export function fold(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** A matching key: folded, lower case, without the punctuation around it ("Klant data:" -> "klant data"). */
export function normalizeKey(text: string | null | undefined): string {
  if (!text) return '';
  return fold(text)
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The words of a text in lower case, for similarity. */
export function words(text: string): string[] {
  return fold(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** 0..1: twice the words the two texts share in order (their longest common subsequence) over all their words. */
export function similarity(a: string, b: string): number {
  return wordSimilarity(words(a), words(b));
}

/** `similarity` of two texts already split into words. */
export function wordSimilarity(wa: readonly string[], wb: readonly string[]): number {
  if (wa.length === 0 && wb.length === 0) return 1;
  let common = 0;
  for (const part of diffArrays(wa as string[], wb as string[])) if (!part.added && !part.removed) common += part.count ?? part.value.length;
  return (2 * common) / (wa.length + wb.length);
}

/**
 * A controller's name without its legal form ("Epsys B.V." -> "epsys", "Stichting X" -> "x"), for deciding whether
 * two policies are versions of one.
 */
export function controllerKey(name: string | null): string {
  if (!name) return '';
  const bare = name.replace(exactWordPattern(LEGAL_FORM_SUFFIXES), ' ').replace(exactWordPattern(LEGAL_FORM_PREFIXES), ' ');
  return words(bare).join(' ');
}

/** Phone numbers compare by their digits, an international prefix written either way (+31 / 0031). */
export function phoneKey(phone: string | null): string {
  return (phone ?? '').replace(/^\s*\+/u, '00').replace(/\D/gu, '');
}

/** Websites compare without scheme, "www." and trailing slash. */
export function websiteKey(url: string | null): string {
  return normalizeKey((url ?? '').replace(/^[a-z]+:\/\//iu, '').replace(/^www\./iu, '').replace(/\/+$/u, ''));
}

/** A copy of evidence with its keys in the documented order. */
export function copyEvidence(evidence: readonly Evidence[]): Evidence[] {
  return evidence.map((e) => ({ line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, text: e.text }));
}

/** True when two quoted spans share at least one character of the file. */
export function overlaps(x: Evidence, y: Evidence): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number): boolean => l1 < l2 || (l1 === l2 && c1 < c2);
  return before(x.line, x.column, y.endLine, y.endColumn) && before(y.line, y.column, x.endLine, x.endColumn);
}

export interface Paired<T> {
  a: T | null;
  b: T | null;
}

/**
 * Pairs two ordered lists of items by key: equal keys pair in order (the second "Klant data" row with the second);
 * then the leftovers pair by `score` (best first, at least `threshold`), then the rest stay single.
 */
export function pairLists<T>(
  a: readonly T[],
  b: readonly T[],
  key: (item: T) => string,
  score?: (x: T, y: T) => number,
  threshold = 0.5,
): Paired<T>[] {
  const out: Paired<T>[] = [];
  const usedB = new Set<number>();
  const leftA: number[] = [];
  const byKeyB = new Map<string, number[]>();
  b.forEach((item, i) => {
    const k = key(item);
    byKeyB.set(k, [...(byKeyB.get(k) ?? []), i]);
  });
  a.forEach((item, i) => {
    const queue = byKeyB.get(key(item));
    const j = queue?.shift();
    if (j === undefined) leftA.push(i);
    else {
      usedB.add(j);
      out.push({ a: item, b: b[j] });
    }
  });
  const leftB = b.map((_, j) => j).filter((j) => !usedB.has(j));
  if (score) {
    const candidates: { i: number; j: number; s: number }[] = [];
    for (const i of leftA) for (const j of leftB) {
      const s = score(a[i], b[j]);
      if (s >= threshold) candidates.push({ i, j, s });
    }
    candidates.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
    const takenA = new Set<number>();
    for (const c of candidates) {
      if (takenA.has(c.i) || usedB.has(c.j)) continue;
      takenA.add(c.i);
      usedB.add(c.j);
      out.push({ a: a[c.i], b: b[c.j] });
    }
    for (const i of leftA) if (!takenA.has(i)) out.push({ a: a[i], b: null });
  } else {
    for (const i of leftA) out.push({ a: a[i], b: null });
  }
  for (const j of leftB) if (!usedB.has(j)) out.push({ a: null, b: b[j] });
  return out;
}

/**
 * Groups items by key, keeping the order in which keys first appear; `merge` turns each group into one value
 * (a category named three times is one row).
 */
export function groupBy<T, V>(items: readonly T[], key: (item: T) => string, merge: (group: T[], key: string) => V): Map<string, V> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return new Map([...groups].map(([k, group]) => [k, merge(group, k)]));
}

/** Sorted unique strings. */
export function uniqueSorted<T extends string>(values: Iterable<T | null | undefined>): T[] {
  return [...new Set([...values].filter((v): v is T => typeof v === 'string'))].sort(byCodeUnit);
}

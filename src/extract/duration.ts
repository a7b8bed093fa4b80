import type { Language } from '../model/types.js';
import { DURATION_LEXICON, type DurationLexicon, type DurationUnit, type IsoUnit } from '../lexicon/durations.js';
import { caselessRegExp } from '../lexicon/caseless.js';
import { escapeRegExp } from '../lexicon/compile.js';

/**
 * Finds stated durations ("maximaal 2 jaar", "seven (7) years", "30 tot 60 dagen", "13 mois") in text.
 *
 * How: one regex per language finds unit words ("jaar", "days", "mois"); from each unit the finder reads
 * backwards over a short window of tokens: an optional adjective or "-" ("7-year"), an optional "(7)",
 * the number (digits or number words), up to two hedges ("tot maximaal"), and the lower end of a range
 * ("30 tot", "between 2 and"). A unit without an exact number before it ("a few days", "per jaar",
 * "maandag") is no match. Each unit costs a bounded amount of work, so the whole is linear in the text.
 *
 * Syntax only: whether "16 jaar" is an age or "binnen 4 weken" a reply deadline is for the caller.
 */

export interface DurationMatch {
  /** Offsets into the input string: [start, end). Cover the number and the unit (and a leading hedge word if present). */
  start: number;
  end: number;
  /** ISO 8601 duration as written: "P7Y", "P14M", "P30D", "P4W", "PT24H", "PT30M", "P18M" (anderhalf jaar). Keep the unit as written: 24 uur -> PT24H, not P1D; 12 maanden -> P12M. */
  iso: string;
  /** 'max' for "maximaal 2 jaar" / "up to 2 years" and for the upper end of a range; 'min' for "at least"; null otherwise. */
  bound: 'max' | 'min' | null;
  /** The matched text. */
  text: string;
  /** Present (true) when hedged as approximate: "ongeveer 2 jaar", "about 30 days". */
  approx?: true;
}

type Bound = 'max' | 'min' | null;
type HedgeKind = 'max' | 'min' | 'approx';
type ConnectorKind = 'range' | 'between' | 'alternative';

interface Tok {
  text: string;
  /** Case- and accent-folded text, for lexicon look-ups. */
  key: string;
  start: number;
  end: number;
  kind: 'num' | 'word' | 'dash' | 'punct';
}

interface UnitInfo {
  def: DurationUnit;
  form: 'word' | 'afterDigits' | 'glued';
  /** The form as listed (for the lower-case check on glued symbols). */
  listed: string;
  clock: boolean;
}

interface Phrase<K> {
  keys: string[];
  kind: K;
}

interface Compiled {
  lex: DurationLexicon;
  unitRe: RegExp;
  units: Map<string, UnitInfo>;
  /** Single-token unit forms: an article after one is a frequency ("24 hours a day"). */
  unitKeys: Set<string>;
  numbers: Map<string, number>;
  /** Last words of number phrases ("jaar" never is): a cheap test before reading a window. */
  numberEnds: Set<string>;
  /** Most tokens a number phrase can take, counting hyphens ("quatre-vingt-dix-sept"). */
  maxNumberTokens: number;
  articles: Set<string>;
  hedges: Phrase<HedgeKind>[];
  connectors: Phrase<ConnectorKind>[];
  halfSuffixes: string[][];
  unitAdjectives: Set<string>;
  betweenOpeners: Set<string>;
  frequencyWords: Set<string>;
  clockWords: Set<string>;
  referenceWords: Set<string>;
}

interface NumParse {
  value: number;
  /** Index of the first token of the number. */
  startIdx: number;
  endIdx: number;
  article: boolean;
  digits: boolean;
  raw: string;
}

interface HedgeParse {
  kind: HedgeKind;
  keys: string[];
  startIdx: number;
  endIdx: number;
}

interface Found {
  start: number;
  end: number;
  iso: string;
  bound: Bound;
  approx: boolean;
  /** Preceded by "between"/"tussen": a following "and 5 years" closes the range. */
  afterBetween: boolean;
}

/** How far back from a unit the finder reads; enough for "tot een maximum van", a number and a range. */
const WINDOW = 200;
/** Largest gap between tokens of one expression: spaces and at most one line break (HTML indentation). */
const MAX_GAP = 60;

const TOKEN_RE = /[0-9]+(?:[.,][0-9]+)*(?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}\p{N}]+|\S/gu;
const NUMERIC_RE = /^[0-9]+(?:[.,][0-9]+)*$/;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}]/u;
const LETTER_RE = /[\p{L}\p{M}]/u;
const SPACE_RE = /\s/;

// Module-level: a literal with \p{…} is compiled anew on every call once esbuild has rewritten it as `new RegExp`.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2019\u2018\u02bc`]/g;
const SHARP_S = /ß/g;

function fold(s: string): string {
  if (PRINTABLE_ASCII.test(s)) return s.toLowerCase(); // most tokens: skip the costly normalisation
  return s.normalize('NFD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, "'").replace(SHARP_S, 'ss');
}

function tokenize(text: string, from: number, to: number): Tok[] {
  const part = text.slice(from, to);
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(part))) {
    const t = m[0];
    const kind: Tok['kind'] = NUMERIC_RE.test(t) ? 'num' : HYPHENS.has(t) ? 'dash' : WORD_CHAR_RE.test(t) ? 'word' : 'punct';
    out.push({ text: t, key: fold(t), start: from + m.index, end: from + m.index + t.length, kind });
  }
  return out;
}

function phraseKeys(phrase: string): string[] {
  return tokenize(phrase, 0, phrase.length).map((t) => t.key);
}

/** Spaces only, not too many, at most one line break: tokens that belong to one expression. */
function gapOk(text: string, a: number, b: number): boolean {
  if (b < a || b - a > MAX_GAP) return false;
  let breaks = 0;
  for (let i = a; i < b; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      if (++breaks > 1) return false;
    } else if (!SPACE_RE.test(ch)) return false;
  }
  return true;
}

// ---------------------------------------------------------------- compiling the lexicon (once per language)

const compiledCache = new Map<Language, Compiled>();

function compiled(language: Language): Compiled {
  let c = compiledCache.get(language);
  if (!c) {
    c = compile(DURATION_LEXICON[language]);
    compiledCache.set(language, c);
  }
  return c;
}

function compile(lex: DurationLexicon): Compiled {
  const units = new Map<string, UnitInfo>();
  const unitKeys = new Set<string>();
  const sources = new Set<string>();
  for (const def of lex.units) {
    const clockForms = new Set((def.clockForms ?? []).map(fold));
    const forms: [string, UnitInfo['form']][] = [
      ...def.words.map((w): [string, UnitInfo['form']] => [w, 'word']),
      ...(def.afterDigits ?? []).map((w): [string, UnitInfo['form']] => [w, 'afterDigits']),
      ...(def.glued ?? []).map((w): [string, UnitInfo['form']] => [w, 'glued']),
    ];
    for (const [listed, form] of forms) {
      const key = phraseKeys(listed).join(' ');
      if (!units.has(key)) units.set(key, { def, form, listed, clock: clockForms.has(key) });
      if (!key.includes(' ')) unitKeys.add(key);
      // Accented and accent-less spellings ("années"/"annees"); words inside a form may be split by any spacing.
      for (const variant of [listed, fold(listed)]) sources.add(variant.split(/\s+/).map(escapeRegExp).join('\\s{1,3}'));
    }
  }
  // Longest first, so "business days" wins over "days" and "maanden" over "maand".
  const alternation = [...sources].sort((a, b) => b.length - a.length).join('|');
  const unitRe = caselessRegExp(`(?<![\\p{L}\\p{M}])(?:${alternation})(?![\\p{L}\\p{M}\\p{N}])`, 'giu');

  const numbers = new Map<string, number>();
  const numberEnds = new Set<string>();
  let maxWords = 1;
  for (const [phrase, value] of Object.entries(lex.numbers)) {
    const words = tokenize(phrase, 0, phrase.length).filter((t) => t.kind === 'word').map((t) => t.key);
    const key = words.join(' ');
    if (!numbers.has(key)) numbers.set(key, value);
    numberEnds.add(words[words.length - 1]!);
    maxWords = Math.max(maxWords, words.length);
  }

  const byLength = <K>(a: Phrase<K>, b: Phrase<K>) => b.keys.length - a.keys.length;
  const hedges: Phrase<HedgeKind>[] = (['max', 'min', 'approx'] as const)
    .flatMap((kind) => lex.hedges[kind].map((p) => ({ keys: phraseKeys(p), kind })))
    .sort(byLength);
  const connectors: Phrase<ConnectorKind>[] = (['range', 'between', 'alternative'] as const)
    .flatMap((kind) => lex.connectors[kind].map((p) => ({ keys: phraseKeys(p), kind })))
    .sort(byLength);

  const keySet = (list: readonly string[]) => new Set(list.map(fold));
  return {
    lex,
    unitRe,
    units,
    unitKeys,
    numbers,
    numberEnds,
    maxNumberTokens: maxWords * 2 - 1,
    articles: keySet(lex.articles),
    hedges,
    connectors,
    halfSuffixes: lex.halfSuffixes.map(phraseKeys),
    unitAdjectives: keySet(lex.unitAdjectives),
    betweenOpeners: keySet(lex.betweenOpeners),
    frequencyWords: keySet(lex.frequencyWords),
    clockWords: keySet(lex.clockWords),
    referenceWords: keySet(lex.referenceWords),
  };
}

// ---------------------------------------------------------------- reading backwards from a unit

/** Token index where `keys` starts if it ends at `end`, its tokens only spaced, or -1. */
function matchBack(text: string, toks: Tok[], end: number, keys: string[]): number {
  const s = end - keys.length + 1;
  if (s < 0) return -1;
  for (let k = 0; k < keys.length; k++) {
    if (toks[s + k]!.key !== keys[k]) return -1;
    if (k > 0 && !gapOk(text, toks[s + k - 1]!.end, toks[s + k]!.start)) return -1;
  }
  return s;
}

/** "1", "1,5", "2.5", "1.000" (a group of three digits is a thousands separator); null for "1.2.3". */
function parseDigits(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^\d+[.,]\d{1,2}$/.test(s)) return Number(s.replace(',', '.'));
  if (/^\d{1,3}([.,])\d{3}(?:\1\d{3})*$/.test(s)) return Number(s.replace(/[.,]/g, ''));
  return null;
}

/** Digits that continue something else are no number: "v1.2", "12:30", "24/7", "COVID-19". */
function cleanNumberStart(text: string, pos: number): boolean {
  const p = text[pos - 1];
  if (p === undefined) return true;
  const pp = text[pos - 2] ?? '';
  if (WORD_CHAR_RE.test(p)) return false;
  if ('.,:/'.includes(p) && WORD_CHAR_RE.test(pp)) return false;
  if (HYPHENS.has(p) && LETTER_RE.test(pp)) return false;
  return true;
}

function numberBack(c: Compiled, text: string, toks: Tok[], i: number): NumParse | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === 'num') {
    const value = parseDigits(t.text);
    if (value === null || !cleanNumberStart(text, t.start)) return null;
    return { value, startIdx: i, endIdx: i, article: false, digits: true, raw: t.text };
  }
  if (t.kind !== 'word') return null;
  // Longest phrase first: "twee en een half" before "een half" before "half".
  for (let k = Math.min(c.maxNumberTokens, i + 1); k >= 1; k--) {
    const s = i - k + 1;
    if (toks[s]!.kind !== 'word') continue;
    const words: string[] = [];
    let ok = true;
    for (let x = s; x <= i && ok; x++) {
      const tk = toks[x]!;
      if (x > s && !gapOk(text, toks[x - 1]!.end, tk.start)) ok = false;
      else if (tk.kind === 'word') words.push(tk.key);
      else if (tk.kind !== 'dash') ok = false;
    }
    if (!ok) continue;
    const key = words.join(' ');
    const value = c.numbers.get(key);
    if (value !== undefined) {
      return { value, startIdx: s, endIdx: i, article: k === 1 && c.articles.has(key), digits: false, raw: text.slice(toks[s]!.start, t.end) };
    }
  }
  return null;
}

function hedgeBack(c: Compiled, text: string, toks: Tok[], end: number): HedgeParse | null {
  for (const h of c.hedges) {
    const s = matchBack(text, toks, end, h.keys);
    if (s >= 0) return { kind: h.kind, keys: h.keys, startIdx: s, endIdx: end };
  }
  return null;
}

interface RangeParse {
  kind: ConnectorKind;
  lower: NumParse;
  lowerHedge: HedgeParse | null;
  /** Index of the first token of the lower end, its hedge included. */
  startIdx: number;
}

/** A connector ending at `connEnd` with a bare number before it: "30 tot", "2-", "between 2 and". */
function rangeBack(c: Compiled, text: string, toks: Tok[], connEnd: number, rightStart: number): RangeParse | null {
  const ct = toks[connEnd];
  if (!ct || !gapOk(text, ct.end, rightStart)) return null;
  for (const conn of c.connectors) {
    const s = matchBack(text, toks, connEnd, conn.keys);
    if (s < 1 || !gapOk(text, toks[s - 1]!.end, toks[s]!.start)) continue;
    const lower = numberBack(c, text, toks, s - 1);
    if (!lower || (lower.article && !c.lex.articleIsNumeral)) continue;
    let startIdx = lower.startIdx;
    const before = toks[startIdx - 1];
    const lowerHedge = before && gapOk(text, before.end, toks[startIdx]!.start) ? hedgeBack(c, text, toks, startIdx - 1) : null;
    if (lowerHedge) startIdx = lowerHedge.startIdx;
    if (conn.kind === 'between' && !openedByBetween(c, text, toks, startIdx)) continue;
    return { kind: conn.kind, lower, lowerHedge, startIdx };
  }
  return null;
}

function openedByBetween(c: Compiled, text: string, toks: Tok[], idx: number): boolean {
  const o = toks[idx - 1];
  return !!o && c.betweenOpeners.has(o.key) && gapOk(text, o.end, toks[idx]!.start);
}

function boundOf(hedges: (HedgeParse | null)[]): { bound: Bound; approx: boolean } {
  let bound: Bound = null;
  let approx = false;
  // Nearest hedge first: in "tot maximaal" both say max; in "up to approximately" the approx is extra.
  for (const h of hedges) {
    if (!h) continue;
    if (h.kind === 'approx') approx = true;
    else bound ??= h.kind;
  }
  return { bound, approx };
}

/**
 * Whether what stands just before a unit could end a number: a digit, ")", a hyphen, a number word or
 * an adjective ("volle"). Most unit words in running text ("per jaar", "de dag") fail here cheaply.
 */
function plausible(c: Compiled, text: string, uStart: number): boolean {
  let p = uStart - 1;
  while (p >= 0 && uStart - p <= MAX_GAP && SPACE_RE.test(text[p]!)) p--;
  if (p < 0 || SPACE_RE.test(text[p]!)) return false;
  if (/[0-9)\-\u2010\u2011]/.test(text[p]!)) return true;
  let s = p;
  while (s > 0 && p - s < 40 && WORD_CHAR_RE.test(text[s - 1]!)) s--;
  const word = fold(text.slice(s, p + 1));
  return c.numberEnds.has(word) || c.unitAdjectives.has(word);
}

/** Everything found for one unit occurrence: one duration, or two for a range sharing the unit. */
function readAt(c: Compiled, text: string, uStart: number, uEnd: number, floor: number, prev: Found | undefined): Found[] | null {
  if (!plausible(c, text, uStart)) return null;
  const info = c.units.get(phraseKeys(text.slice(uStart, uEnd)).join(' '));
  if (!info) return null;

  const from = Math.max(floor, uStart - WINDOW);
  let toks = tokenize(text, from, uStart);
  // A window cut in the middle of a word would make a false token of its tail.
  if (from > floor && toks[0]?.start === from && WORD_CHAR_RE.test(text[from - 1] ?? '')) toks = toks.slice(1);

  let i = toks.length - 1;
  let edge = uStart; // left edge of what has been read so far
  const last = toks[i];
  if (!last) return null;
  if (info.form === 'glued') {
    // "30d", "24h": glued to digits and lower case, so "3D Secure" and "Section 2 d)" stay out.
    if (last.kind !== 'num' || last.end !== uStart || !(info.def.glued ?? []).includes(text.slice(uStart, uEnd))) return null;
    let ref = tokenBefore(text, last.start);
    if (ref?.text === '.') ref = tokenBefore(text, ref.start);
    if (ref && c.referenceWords.has(ref.key)) return null;
  } else if (last.kind === 'dash' && last.end === uStart) {
    // Adjectival "7-year", "90-day": the hyphen is glued on both sides.
    const before = toks[i - 1];
    if (!before || before.end !== last.start) return null;
    edge = last.start;
    i--;
  } else if (last.kind === 'word' && c.unitAdjectives.has(last.key) && !c.numbers.has(last.key)) {
    if (!gapOk(text, last.end, uStart)) return null;
    edge = last.start;
    i--;
  }

  // "seven (7) years", "7 (zeven) jaar", or only "(7) years".
  let paren: NumParse | null = null;
  let parenIdx = -1;
  const close = toks[i];
  if (close?.text === ')' && gapOk(text, close.end, edge)) {
    const inner = numberBack(c, text, toks, i - 1);
    if (!inner || toks[inner.startIdx - 1]?.text !== '(') return null;
    paren = inner;
    parenIdx = inner.startIdx - 1;
    edge = toks[parenIdx]!.start;
    i = parenIdx - 1;
  }

  const outerTok = toks[i];
  let num = outerTok && gapOk(text, outerTok.end, edge) ? numberBack(c, text, toks, i) : null;
  let numStartIdx: number;
  if (num) numStartIdx = num.startIdx;
  else if (paren) {
    num = paren;
    numStartIdx = parenIdx;
  } else return null;
  if (info.form !== 'word' && !num.digits) return null;
  if (info.form === 'glued' && info.def.gluedFrom !== undefined && num.value < info.def.gluedFrom) return null;
  if (num.article) {
    if (info.def.noArticle) return null;
    // "once a year", "24 hours a day": a frequency, not a duration.
    const before = tokenBefore(text, toks[numStartIdx]!.start);
    if (before && (c.frequencyWords.has(before.key) || c.unitKeys.has(before.key))) return null;
  }
  if (info.clock && num.digits && /^\d{1,2}[.,]\d{2}$/.test(num.raw)) return null; // "12.30 uur" is a time

  // After the unit: "a year and a half", and words that make it no unit ("three quarters of").
  let value = num.value;
  let end = uEnd;
  const ahead = tokenize(text, uEnd, Math.min(text.length, uEnd + 40));
  if (ahead[0] && info.def.notBefore?.some((w) => fold(w) === ahead[0]!.key) && gapOk(text, uEnd, ahead[0].start)) return null;
  for (const suffix of c.halfSuffixes) {
    if (!Number.isInteger(value) || ahead.length < suffix.length) continue;
    let ok = true;
    for (let k = 0; k < suffix.length && ok; k++) {
      ok = ahead[k]!.key === suffix[k] && gapOk(text, k === 0 ? uEnd : ahead[k - 1]!.end, ahead[k]!.start);
    }
    if (ok) {
      value += 0.5;
      end = ahead[suffix.length - 1]!.end;
      break;
    }
  }

  // Hedges before the number: "maximaal", "tot maximaal", "up to", "tot een maximum van".
  const hedges: HedgeParse[] = [];
  let leftIdx = numStartIdx;
  while (hedges.length < 2) {
    const j = leftIdx - 1;
    const t = toks[j];
    if (!t || !gapOk(text, t.end, toks[leftIdx]!.start)) break;
    const h = hedgeBack(c, text, toks, j);
    if (!h) break;
    hedges.push(h);
    leftIdx = h.startIdx;
  }

  // A range sharing the unit: "30 tot 60 dagen", "2-5 years", "between 2 and 5 years".
  let range = rangeBack(c, text, toks, leftIdx - 1, toks[leftIdx]!.start);
  if (!range && hedges.length > 0) {
    // "10 tot 20 minuten": the "tot" read as a hedge is the range's connector.
    const outer = hedges[hedges.length - 1]!;
    const rightIdx = hedges.length > 1 ? hedges[hedges.length - 2]!.startIdx : numStartIdx;
    if (c.connectors.some((cn) => cn.kind !== 'alternative' && sameKeys(cn.keys, outer.keys))) {
      range = rangeBack(c, text, toks, outer.endIdx, toks[rightIdx]!.start);
      if (range) {
        hedges.pop();
        leftIdx = rightIdx;
      }
    }
  }
  if (range) leftIdx = range.startIdx;

  if (!range && hedges.length === 0 && info.clock) {
    // "om 9 uur", "à 9 heures": a time of day.
    const before = tokenBefore(text, toks[numStartIdx]!.start);
    if (before && c.clockWords.has(before.key)) return null;
  }

  const { bound: hedged, approx } = boundOf(hedges);
  let bound = hedged;
  if (range && range.kind !== 'alternative') bound ??= 'max';
  const upperStart = toks[range ? (hedges.length ? hedges[hedges.length - 1]!.startIdx : numStartIdx) : leftIdx]!.start;

  // Two full durations joined by a connector: "30 days to 1 year", "tussen 1 jaar en 2 jaar".
  if (!range && prev && prev.end === floor && leftIdx > 0) {
    const conn = c.connectors.find((cn) => cn.kind !== 'alternative' && matchBack(text, toks, leftIdx - 1, cn.keys) === 0);
    if (
      conn &&
      gapOk(text, floor, toks[0]!.start) &&
      gapOk(text, toks[leftIdx - 1]!.end, toks[leftIdx]!.start) &&
      (conn.kind === 'range' || prev.afterBetween)
    ) {
      bound ??= 'max';
    }
  }

  const out: Found[] = [];
  if (range) {
    const lb = boundOf([range.lowerHedge]);
    out.push({
      start: toks[range.startIdx]!.start,
      end: toks[range.lower.endIdx]!.end,
      iso: toIso(range.lower.value, info.def),
      bound: lb.bound,
      approx: lb.approx,
      afterBetween: openedByBetween(c, text, toks, range.startIdx),
    });
  }
  out.push({
    start: upperStart,
    end,
    iso: toIso(value, info.def),
    bound,
    approx,
    afterBetween: !range && openedByBetween(c, text, toks, leftIdx),
  });
  return out;
}

/** The token just before `pos` when only spacing separates them; may lie inside an earlier match. */
function tokenBefore(text: string, pos: number): Tok | undefined {
  const toks = tokenize(text, Math.max(0, pos - 30), pos);
  const t = toks[toks.length - 1];
  return t && gapOk(text, t.end, pos) ? t : undefined;
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

// ---------------------------------------------------------------- ISO 8601

/** The next smaller unit with an exact ratio, for writing fractions: 1.5 years = 18 months. Months have none. */
const SMALLER: Partial<Record<IsoUnit, [IsoUnit, number]>> = { Y: ['M', 12], W: ['D', 7], D: ['H', 24], H: ['MIN', 60], MIN: ['S', 60] };

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

function toIso(value: number, def: DurationUnit): string {
  let v = round6(value * (def.times ?? 1));
  let unit = def.unit;
  for (let step = 0; step < 4 && !Number.isInteger(v); step++) {
    const next = SMALLER[unit];
    if (!next) break; // "anderhalve maand" stays P1.5M (ISO allows a decimal in the last component)
    v = round6(v * next[1]);
    unit = next[0];
  }
  const n = String(v);
  switch (unit) {
    case 'H':
      return `PT${n}H`;
    case 'MIN':
      return `PT${n}M`;
    case 'S':
      return `PT${n}S`;
    default:
      return `P${n}${unit}`;
  }
}

const NUM = '(\\d+(?:[.,]\\d+)?)';
const ISO_RE = new RegExp(`^P(?:${NUM}Y)?(?:${NUM}M)?(?:${NUM}W)?(?:${NUM}D)?(?:T(?:${NUM}H)?(?:${NUM}M)?(?:${NUM}S)?)?$`);
/** Days per component, in the order of ISO_RE's groups: Y, M, W, D, H, minute, S. */
const DAYS = [365, 30.44, 7, 1, 1 / 24, 1 / 1440, 1 / 86400];

// ---------------------------------------------------------------- public API

export function findDurations(text: string, language: Language): DurationMatch[] {
  const c = compiled(language);
  const found: Found[] = [];
  let floor = 0;
  const re = c.unitRe;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const got = readAt(c, text, m.index, m.index + m[0].length, floor, found[found.length - 1]);
    if (got) {
      found.push(...got);
      floor = got[got.length - 1]!.end;
      if (re.lastIndex < floor) re.lastIndex = floor;
    }
  }
  re.lastIndex = 0;
  return found.map((f) => {
    const match: DurationMatch = { start: f.start, end: f.end, iso: f.iso, bound: f.bound, text: text.slice(f.start, f.end) };
    if (f.approx) match.approx = true;
    return match;
  });
}

/** Approximate length in days (Y=365, M=30.44, W=7, D=1, H=1/24 …) so P12M equals P1Y when compared by length. */
export function durationInDays(iso: string): number {
  const s = iso.trim().toUpperCase();
  const m = ISO_RE.exec(s);
  const parts = m ? m.slice(1) : [];
  if (!m || parts.every((p) => p === undefined) || (s.includes('T') && parts.slice(4).every((p) => p === undefined))) {
    throw new RangeError(`Not an ISO 8601 duration: ${JSON.stringify(iso)}`);
  }
  let days = 0;
  parts.forEach((p, i) => {
    if (p !== undefined) days += Number(p.replace(',', '.')) * DAYS[i]!;
  });
  return days;
}

/** True when two ISO durations have the same length (P12M ~ P1Y, P24M ~ P2Y, P52W ~ P1Y within 2%). */
export function sameDuration(a: string, b: string): boolean {
  const da = durationInDays(a);
  const db = durationInDays(b);
  return da === db || Math.abs(da - db) <= 0.02 * Math.max(da, db);
}

/** For sorting: negative when a is shorter. Equal lengths are ordered by their text, so the order is total. */
export function compareDurations(a: string, b: string): number {
  const d = durationInDays(a) - durationInDays(b);
  if (d !== 0) return d;
  return a < b ? -1 : a > b ? 1 : 0;
}

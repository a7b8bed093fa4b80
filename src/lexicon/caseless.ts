/**
 * Case-insensitive lexicon patterns that V8 compiles fast. Under the `iu` flags V8 looks up the case variants of
 * every letter and every class of a pattern in ICU's tables as it compiles it (for \p{L}, over every letter of
 * Unicode), for each pattern and again for a two-byte text; a run compiles hundreds of lexicon patterns, and this
 * was most of a cold lint's time. `caseless` writes an `iu` pattern for `u` alone so that it matches exactly what
 * it matched: each letter as the set of its case variants (`k` as `[kK\u{212a}]`), each class and \p{…} with the
 * variants of its members added. A pattern with a construct whose meaning under `i` is not a set of variants
 * (back-references, \W, \b, \B) keeps its flags.
 *
 * The variant sets (src/lexicon/case-classes.ts) are generated from Node's own `iu` matching
 * (scripts/case-classes.mjs); under another Unicode version than theirs every pattern keeps its `iu` flags.
 */
import { CASE_CLASSES, CASE_CLASSES_UNICODE, SET_VARIANTS } from './case-classes.js';

interface Table {
  /** Each code point that has case variants -> every code point of its set (itself included). */
  variants: Map<number, readonly number[]>;
  /** Those code points, ascending. */
  sorted: number[];
}

let table: Table | null = null;

function caseTable(): Table {
  if (table) return table;
  const variants = new Map<number, readonly number[]>();
  for (const set of CASE_CLASSES.split(',')) {
    const members = set.split(' ').map((hex) => parseInt(hex, 16));
    for (const m of members) variants.set(m, members);
  }
  return (table = { variants, sorted: [...variants.keys()].sort((a, b) => a - b) });
}

/** The code points that `iu` matching treats as `cp` (itself included), or undefined when it has no case variants. */
export function caseVariants(cp: number): readonly number[] | undefined {
  return caseTable().variants.get(cp);
}

/** The first index of `sorted` holding a value ≥ `value`. */
function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** A code point as class text: a letter or digit as itself, anything else escaped. */
function classChar(cp: number): string {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? String.fromCharCode(cp) : `\\u{${cp.toString(16)}}`;
  const ch = String.fromCodePoint(cp);
  return LETTER_OR_DIGIT.test(ch) ? ch : `\\u{${cp.toString(16)}}`;
}

/** Sorted code points as class text, runs of three or more as ranges. */
function runs(cps: readonly number[]): string {
  let out = '';
  for (let k = 0; k < cps.length; ) {
    let end = k;
    while (end + 1 < cps.length && cps[end + 1] === cps[end] + 1) end++;
    out += end >= k + 2 ? `${classChar(cps[k])}-${classChar(cps[end])}` : cps.slice(k, end + 1).map(classChar).join('');
    k = end + 1;
  }
  return out;
}

/** Thrown (without a stack) when a pattern holds a construct that cannot be rewritten. */
const UNSUPPORTED = { unsupported: true } as const;
function unsupported(): never {
  throw UNSUPPORTED;
}

/** For a set escape such as \p{L}: the case variants of its members that it does not hold itself. */
const setExtras = new Map<string, number[]>();
function setVariants(escape: string): number[] {
  let extra = setExtras.get(escape);
  if (!extra && Object.prototype.hasOwnProperty.call(SET_VARIANTS, escape)) {
    const listed = SET_VARIANTS[escape];
    setExtras.set(escape, (extra = listed ? listed.split(' ').map((hex) => parseInt(hex, 16)) : []));
  }
  if (!extra) {
    const re = new RegExp(`^${escape}$`, 'u');
    const { variants, sorted } = caseTable();
    const members = new Set(sorted.filter((cp) => re.test(String.fromCodePoint(cp))));
    const found = new Set<number>();
    for (const cp of members) for (const v of variants.get(cp)!) if (!members.has(v)) found.add(v);
    setExtras.set(escape, (extra = [...found]));
  }
  return extra;
}

/** A literal code point as the set of its case variants, or null when it has none. */
const literals = new Map<number, string | null>();
function literal(cp: number): string | null {
  let text = literals.get(cp);
  if (text === undefined) {
    const variants = caseTable().variants.get(cp);
    literals.set(cp, (text = variants ? `[${variants.map(classChar).join('')}]` : null));
  }
  return text;
}

const CONTROL_ESCAPES: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };
const SYNTAX = '^$\\.*+?()[]{}|/';

/**
 * An escape (the whole token) as a code point or a set escape; `text` is how it stands in a class. Back-references,
 * \W, \b and \B are unsupported (\b is a backspace in a class, `inClass`).
 */
function readEscape(token: string, inClass: boolean): { cp: number } | { set: string } {
  const c = token[1];
  if (c === 'd' || c === 'D' || c === 's' || c === 'S' || c === 'w' || c === 'p' || c === 'P') return { set: token };
  if (c === 'u' || c === 'x') {
    const cp = parseInt(token.slice(token[2] === '{' ? 3 : 2), 16);
    if (cp >= 0xd800 && cp <= 0xdfff) unsupported();
    return { cp };
  }
  if (c === 'c') return { cp: token.charCodeAt(2) % 32 };
  if (c in CONTROL_ESCAPES) return { cp: CONTROL_ESCAPES[c] };
  if (c === '0' && token.length === 2) return { cp: 0 };
  if (SYNTAX.includes(c) || (inClass && c === '-')) return { cp: c.charCodeAt(0) };
  if (inClass && c === 'b') return { cp: 8 };
  return unsupported();
}

/** One escape, class member or range of a class's text. */
const CLASS_ATOM = /\\(?:[pP]\{[^}]*\}|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|0(?![0-9])|[^])|[^]/gu;

/**
 * A class (its text between the brackets) with the case variants of its members added in front (a negated class
 * leaves out every variant of its members, which is what `i` does).
 */
function rewriteClass(body: string): string {
  const negated = body.startsWith('^');
  const own = negated ? body.slice(1) : body;
  const atoms: ({ cp: number; raw: string } | { set: string })[] = [];
  for (const m of own.matchAll(CLASS_ATOM)) {
    const t = m[0];
    atoms.push(t.length > 1 && t[0] === '\\' ? { ...readEscape(t, true), raw: t } : { cp: t.codePointAt(0)!, raw: t });
  }
  const singles = new Set<number>();
  const ranges: [number, number][] = [];
  const sets: string[] = [];
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k];
    if ('set' in a) {
      sets.push(a.set);
      continue;
    }
    const dash = atoms[k + 1];
    const b = atoms[k + 2];
    // a-b: an unescaped '-' between two characters (one at either end of the class stands for itself).
    if (dash && 'raw' in dash && dash.raw === '-' && b) {
      if ('set' in b || b.cp < a.cp) unsupported();
      ranges.push([a.cp, b.cp]);
      k += 2;
    } else {
      singles.add(a.cp);
    }
  }
  const { variants, sorted } = caseTable();
  const has = (cp: number): boolean => {
    if (singles.has(cp)) return true;
    for (const [lo, hi] of ranges) if (cp >= lo && cp <= hi) return true;
    return false;
  };
  const extra = new Set<number>();
  const add = (cp: number): void => {
    for (const v of variants.get(cp) ?? []) if (!has(v)) extra.add(v);
  };
  for (const cp of singles) add(cp);
  for (const [lo, hi] of ranges) for (let k = lowerBound(sorted, lo); k < sorted.length && sorted[k] <= hi; k++) add(sorted[k]);
  for (const set of sets) for (const v of setVariants(set)) if (!has(v)) extra.add(v);
  if (extra.size === 0) return `[${body}]`;
  // The variants go first; a leading '-' of the class's own text is escaped so that it makes no range with them.
  const text = own.startsWith('-') ? `\\${own}` : own;
  return `[${negated ? '^' : ''}${runs([...extra].sort((a, b) => a - b))}${text}]`;
}

/** A run of characters that are not syntax, each letter written as the set of its variants. */
function rewriteRun(run: string): string {
  let out = '';
  for (const ch of run) out += literal(ch.codePointAt(0)!) ?? ch;
  return out;
}

/**
 * The tokens of a `u` pattern: a class, an escape, a named group's opening (its name is not text), a run of
 * characters that are not syntax, or one syntax character.
 */
const TOKEN = /\[(?:\\[^]|[^\]\\])*\]|\\(?:[pP]\{[^}]*\}|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|0(?![0-9])|[^])|\(\?<[A-Za-z_$][\w$]*>|[^\\[\](){}|^$.*+?]+|[^]/gu;

/** Each token's rewriting: the same words, classes and escapes recur in every pattern. */
const rewrittenTokens = new Map<string, string>();

function rewriteToken(token: string): string {
  let out = rewrittenTokens.get(token);
  if (out !== undefined) return out;
  const first = token[0];
  if (first === '[') out = rewriteClass(token.slice(1, -1));
  else if (first === '\\') {
    const e = readEscape(token, false);
    out = 'set' in e ? (setVariants(e.set).length === 0 ? token : rewriteClass(token)) : (literal(e.cp) ?? token);
  } else if (token.length === 1 && '(){}|^$.*+?'.includes(first)) out = token;
  else if (first === '(') out = token;
  else if (first === ']') out = unsupported();
  else out = rewriteRun(token);
  rewrittenTokens.set(token, out);
  return out;
}

/** Whether the sets were made by this runtime's Unicode version (else patterns keep their `i` flag). */
const usable = (): boolean => typeof process !== 'undefined' && process.versions?.unicode === CASE_CLASSES_UNICODE;

/**
 * A source for the `u` flag alone that matches what `source` matches under `iu`, or null (a construct it cannot
 * rewrite, or sets made under another Unicode version). Works token by token, so a part of a pattern (a phrase of
 * a lexicon, the anchors around it) can be rewritten on its own and joined.
 */
export function caselessSource(source: string): string | null {
  if (!usable()) return null;
  try {
    return source.replace(TOKEN, rewriteToken);
  } catch (error) {
    if (error !== UNSUPPORTED) throw error;
    return null;
  }
}

/**
 * A regex source and flags that match what `source` matches under `flags`, without the `i` flag, where `flags`
 * has `i` and `u`. Anything else comes back as it was.
 */
export function caseless(source: string, flags: string): { source: string; flags: string } {
  if (!flags.includes('i') || !flags.includes('u') || flags.includes('v')) return { source, flags };
  const rewritten = caselessSource(source);
  return rewritten === null ? { source, flags } : { source: rewritten, flags: flags.replace('i', '') };
}

/** `new RegExp(source, flags)`, written so that V8 compiles it faster where that is possible (see `caseless`). */
export function caselessRegExp(source: string, flags: string): RegExp {
  // Only a pattern with \p{…} or \P{…} gains more at compiling than its rewriting costs (see compile.ts).
  if (!source.includes('\\p{') && !source.includes('\\P{')) return new RegExp(source, flags);
  const c = caseless(source, flags);
  if (c.flags === flags) return new RegExp(source, flags);
  try {
    return new RegExp(c.source, c.flags);
  } catch {
    // A construct the rewriting misread (it should not happen): the pattern as written.
    return new RegExp(source, flags);
  }
}

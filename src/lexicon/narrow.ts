/**
 * For the build (src/cli/build-tools.ts): which regex sources mean the same without the `u` flag, and on which
 * texts. V8 compiles a case-insensitive pattern several times faster under `i` than under `iu`, but the two fold
 * case differently: `iu` by Unicode's simple case folding (`ſ` matches `s`, the Kelvin sign `k`, `ẞ` matches `ß`),
 * `i` alone by upper-casing one code unit (never into ASCII from outside it). A source made only of syntax that
 * means the same in both modes (`narrowSafe`) matches the same under both on a text that holds no surrogate and no
 * character that one of its pieces matches under one flag set and not the other (`riskyClass`, asked of V8 itself).
 */
import { caseVariants } from './caseless.js';

/** Escapes that mean the same with and without `u` (on a text without surrogates). */
const SAME_ESCAPES = new Set([...'sSdDtnrfv.()+*?[]{}|\\/-^$']);

/**
 * Whether a source (valid under `u`) is written only with syntax that means the same without it: no \p{…}, \u{…},
 * \w, \b, back-references or named groups (characters are `riskyClass`'s question).
 */
export function narrowSafe(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '(' && source.startsWith('(?<', i) && !source.startsWith('(?<=', i) && !source.startsWith('(?<!', i)) return false;
    if (source[i] !== '\\') continue;
    const next = source[i + 1];
    if (next === 'u' && /^[0-9a-fA-F]{4}$/u.test(source.slice(i + 2, i + 6))) {
      const unit = parseInt(source.slice(i + 2, i + 6), 16);
      if (unit >= 0xd800 && unit <= 0xdfff) return false;
      i += 5;
    } else if (next === 'x' && /^[0-9a-fA-F]{2}$/u.test(source.slice(i + 2, i + 4))) {
      i += 3;
    } else if (next !== undefined && SAME_ESCAPES.has(next)) {
      i += 1;
    } else {
      return false;
    }
  }
  return true;
}

/** The single-character pieces of a source (classes, escapes, characters, `.`); a few more than there are does no harm. */
function pieces(source: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    if (c === '\\') {
      const len = source[i + 1] === 'u' ? 6 : source[i + 1] === 'x' ? 4 : 2;
      out.push(source.slice(i, i + len));
      i += len;
    } else if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out.push(source.slice(i, j + 1));
      i = j + 1;
    } else {
      const cp = source.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (!'()|?*+{}^$'.includes(ch)) out.push(ch);
      i += ch.length;
    }
  }
  return out;
}

/** How `i` without `u` folds a code unit (ECMAScript's Canonicalize for non-Unicode patterns). */
function upper(cp: number): number {
  const u = String.fromCharCode(cp).toUpperCase();
  if (u.length !== 1) return cp;
  const cu = u.charCodeAt(0);
  return cp >= 128 && cu < 128 ? cp : cu;
}

/**
 * The code units on which some piece of `sources` matches differently under `flags` and `flags` + `u`, and every
 * surrogate, as the text of a regex class. Only a character whose case variants differ between the two foldings can
 * be matched differently; for each, every piece is asked of V8 under both.
 */
export function riskyClass(sources: readonly string[], flags = 'i'): string {
  const byUpper = new Map<number, number[]>();
  for (let cp = 0; cp < 0x10000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const key = upper(cp);
    let group = byUpper.get(key);
    if (!group) byUpper.set(key, (group = []));
    group.push(cp);
  }
  const candidates: string[] = [];
  for (let cp = 0; cp < 0x10000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const folded = caseVariants(cp) ?? [cp];
    const uppered = byUpper.get(upper(cp))!;
    if (folded.length !== uppered.length || !folded.every((v) => uppered.includes(v))) candidates.push(String.fromCharCode(cp));
  }
  const units = new Set<number>();
  for (let cp = 0xd800; cp <= 0xdfff; cp++) units.add(cp);
  const seen = new Set<string>();
  for (const source of sources) {
    for (const piece of pieces(source)) {
      if (seen.has(piece)) continue;
      seen.add(piece);
      let narrow: RegExp;
      let wide: RegExp;
      try {
        narrow = new RegExp(`^(?:${piece})$`, flags);
        wide = new RegExp(`^(?:${piece})$`, `${flags}u`);
      } catch {
        continue; // not a piece on its own (a part of a quantifier): nothing to ask
      }
      for (const ch of candidates) if (narrow.test(ch) !== wide.test(ch)) units.add(ch.charCodeAt(0));
    }
  }
  const sorted = [...units].sort((a, b) => a - b);
  const hex = (cp: number): string => `\\u${cp.toString(16).padStart(4, '0')}`;
  let out = '';
  for (let k = 0; k < sorted.length; ) {
    let end = k;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end++;
    out += end > k ? `${hex(sorted[k])}-${hex(sorted[end])}` : hex(sorted[k]);
    k = end + 1;
  }
  return out;
}

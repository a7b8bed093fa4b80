/**
 * A large word-anchored alternation (`anchored(A|B|C…)`, see compile.ts) scanned by first character. V8 tries every
 * branch of an alternation at every position of the text, so a pattern of hundreds of phrases costs hundreds of
 * attempts per character: the processor registry (735 services) took half of a 300-policy run. This scanner tries,
 * at each position where a word can begin, only the branches whose match can begin with the character there
 * (first-chars.ts), in their order, as one sticky pattern per set of branches; at a character outside ASCII it
 * tries them all. A branch left out cannot match at that position, so each match is the one the whole alternation
 * finds there: the same matches, at the same places, with the same branch.
 */
import { anchored } from './compile.js';
import { firstChars } from './first-chars.js';

export interface BranchMatch {
  start: number;
  end: number;
  text: string;
  /** Which branch matched (its index in the list given). */
  branch: number;
  /** The branch's own capturing groups (those of the source it was given), in order. */
  groups: (string | undefined)[];
}

interface Compiled {
  re: RegExp;
  /** For each branch of `re`: its index in the scanner's list and the number of its group (each has one). */
  branches: number[];
  groups: number[];
}

/** Code units after which no word begins: ASCII letters and digits (the anchor's class holds them all). */
function asciiWordUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export class BranchScanner {
  /** For each ASCII code: the branches whose match may begin with it, or null before the first use. */
  private readonly byChar: (number[] | null)[];
  private readonly compiled = new Map<string, Compiled | null>();
  private readonly forChar: (Compiled | null | undefined)[] = new Array(128).fill(undefined);
  private all: Compiled | null = null;
  /** The branches that may begin with anything or match the empty string: the only ones tried at the text's end. */
  private readonly anyFirst: number[];
  private atEnd: Compiled | null | undefined;
  /** The number of capturing groups each branch source opens. */
  private readonly groupCounts: number[];

  /**
   * @param branches regex sources, one per branch (each becomes one capturing group, so they may not use named groups)
   * @param flags the flags of the whole pattern, `u` among them (`g` and `y` are the scanner's)
   */
  constructor(
    private readonly branches: readonly string[],
    private readonly flags: string,
    groupCount: (source: string) => number,
  ) {
    const clean = flags.replace(/[gy]/gu, '');
    this.flags = clean;
    this.groupCounts = branches.map(groupCount);
    const firsts = branches.map((source) => firstChars(source, clean));
    this.anyFirst = firsts.flatMap((first, k) => (first === null ? [k] : []));
    this.byChar = [];
    for (let c = 0; c < 128; c++) {
      const list: number[] = [];
      firsts.forEach((first, k) => {
        if (first === null || first.has(c)) list.push(k);
      });
      this.byChar.push(list);
    }
  }

  private build(list: readonly number[]): Compiled | null {
    const key = list.join(',');
    let out = this.compiled.get(key);
    if (out !== undefined) return out;
    if (list.length === 0) out = null;
    else {
      const groups: number[] = [];
      let group = 1;
      const body = list.map((k) => {
        groups.push(group);
        group += 1 + this.groupCounts[k];
        return `(${this.branches[k]})`;
      });
      out = { re: new RegExp(anchored(body.join('|')), `${this.flags}y`), branches: [...list], groups };
    }
    this.compiled.set(key, out);
    return out;
  }

  private patternAt(c: number): Compiled | null {
    if (c < 0) return this.atEnd === undefined ? (this.atEnd = this.build(this.anyFirst)) : this.atEnd;
    if (c >= 128) return (this.all ??= this.build(this.branches.map((_, k) => k)));
    let p = this.forChar[c];
    if (p === undefined) p = this.forChar[c] = this.build(this.byChar[c]!);
    return p;
  }

  /**
   * Every match in `text`, left to right, none overlapping: what a global exec loop over the whole pattern gives
   * (the first `limit` of them).
   */
  scan(text: string, limit = Infinity): BranchMatch[] {
    const out: BranchMatch[] = [];
    const n = text.length;
    let p = 0;
    // The end of the text is a position too (where only a branch that can match nothing may match).
    while (p <= n) {
      const c = p < n ? text.charCodeAt(p) : -1;
      if (p > 0) {
        const before = text.charCodeAt(p - 1);
        // No word begins after an ASCII letter or digit, nor inside a surrogate pair (`u` steps over it).
        if (asciiWordUnit(before) || (c >= 0xdc00 && c <= 0xdfff && before >= 0xd800 && before <= 0xdbff)) {
          p++;
          continue;
        }
      }
      const compiled = this.patternAt(c);
      if (compiled === null) {
        p++;
        continue;
      }
      const re = compiled.re;
      re.lastIndex = p;
      const m = re.exec(text);
      if (m === null) {
        p++;
        continue;
      }
      const k = compiled.groups.findIndex((g) => m[g] !== undefined);
      const g = compiled.groups[k];
      out.push({ start: p, end: p + m[0].length, text: m[0], branch: compiled.branches[k], groups: m.slice(g + 1, g + 1 + this.groupCounts[compiled.branches[k]]) });
      if (out.length >= limit) break;
      // After an empty match the scan steps one character on (a surrogate pair is one character under `u`).
      p = m[0].length > 0 ? p + m[0].length : c >= 0xd800 && c <= 0xdbff && p + 1 < n && (text.charCodeAt(p + 1) & 0xfc00) === 0xdc00 ? p + 2 : p + 1;
    }
    return out;
  }
}

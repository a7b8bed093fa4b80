/**
 * A large word-anchored alternation (`anchored(A|B|C…)`, see compile.ts) scanned by first character. V8 tries every
 * branch of an alternation at every position of the text, so a pattern of hundreds of phrases costs hundreds of
 * attempts per character: the processor registry (735 services) took half of a 300-policy run. This scanner tries,
 * at each position where a word can begin, only the branches whose match can begin with the character there
 * (first-chars.ts), in their order, as one sticky pattern per set of branches. A branch left out cannot match at
 * that position, so each match is the one the whole alternation finds there: the same matches, at the same places,
 * with the same branch.
 */
import { anchored } from './compile.js';
import { atom, firstAtoms, type Atom } from './first-chars.js';

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
  /** For each branch of `re`: its index in the scanner's list. */
  branches: number[];
  /** For each branch of `re`: the number of its group (each branch is wrapped in one). */
  groups: number[];
}

/** Code units after which no word begins: ASCII letters and digits (the word anchor's class holds them all). */
function asciiWordUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * What a scanner works out from its branches before its first scan, saved by the build (scripts/build.mjs, through
 * `BranchScanner.plan`) so that a run reads it instead of reading every branch's source and asking V8 what each first
 * piece matches. A plan is used only for the branches, flags and Unicode version it was made for (`key`).
 */
export interface ScannerPlan {
  key: string;
  /** The source of each first piece of each branch (what `firstAtoms` reads); null: the branch may begin with anything. */
  pieces: (string[] | null)[];
  /** The number of capturing groups each branch opens. */
  groups: number[];
  /** For each ASCII code unit: the branches to try there, as an index into `lists`. */
  ascii: number[];
  lists: number[][];
  /**
   * Branches that mean the same under `flags` without `u` (`narrowFlags`), where V8 compiles them several times
   * faster, on a text without a `risky` character: a surrogate, or one whose case variants differ between `iu`
   * matching (simple case folding) and `i` without `u` (upper-casing). `branches`: '1' for each such branch, else '0'.
   */
  narrow?: { flags: string; branches: string; risky: string };
}

/** What a plan is made for: a hash (FNV-1a, 32 bits) of the flags, the Unicode version and the branches. */
export function planKey(branches: readonly string[], flags: string): string {
  let h = 0x811c9dc5;
  const mix = (s: string): void => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 1, 0x01000193);
  };
  mix(flags.replace(/[gy]/gu, ''));
  mix(typeof process !== 'undefined' ? (process.versions?.unicode ?? '') : '');
  for (const b of branches) mix(b);
  return `${branches.length}:${(h >>> 0).toString(16)}`;
}

export class BranchScanner {
  private readonly flags: string;
  /** The pieces each branch's match can begin with; null: anything (read on first need). */
  private firstsMade: (Atom[] | null)[] | null = null;
  /** The number of capturing groups each branch source opens. */
  private readonly groupCounts: number[];
  /** The plan this scanner was given and may use, if any. */
  private readonly given: ScannerPlan | null;
  private readonly compiled = new Map<string, Compiled[] | null>();
  /** The patterns to try at each ASCII character (undefined: not built yet), for a wide and a narrow scan. */
  private readonly ascii: (Compiled[] | null | undefined)[][] = [new Array(128).fill(undefined), new Array(128).fill(undefined)];
  /** The patterns to try at other characters, by code point, built as each is first met. */
  private readonly other = [new Map<number, Compiled[] | null>(), new Map<number, Compiled[] | null>()];
  /** Which characters keep a text from a narrow scan (see ScannerPlan.narrow); null: no narrow scans. */
  private riskyMade: RegExp | null = null;

  /**
   * @param branches regex sources, one per branch (each becomes one capturing group, so they may not use named groups)
   * @param flags the flags of the whole pattern, `u` among them (`g` and `y` are the scanner's)
   * @param groupCount how many capturing groups a source opens
   * @param wrap the whole pattern around the alternation: a word anchor first, one that no ASCII letter or digit
   *   may stand before (what `anchored` writes)
   * @param plan what the build worked out for these branches (used only if made for them, see `planKey`)
   */
  constructor(
    private readonly branches: readonly string[],
    flags: string,
    groupCount: (source: string) => number,
    private readonly wrap: (body: string) => string = anchored,
    plan: ScannerPlan | null = null,
  ) {
    this.flags = flags.replace(/[gy]/gu, '');
    this.given = plan && plan.key === planKey(branches, this.flags) ? plan : null;
    this.groupCounts = this.given ? this.given.groups : branches.map(groupCount);
  }

  /** Whether the scanner runs on a plan the build made. */
  get planned(): boolean {
    return this.given !== null;
  }

  private get firsts(): (Atom[] | null)[] {
    this.firstsMade ??= this.given
      ? this.given.pieces.map((pieces) => pieces && pieces.map((piece) => atom(piece, this.flags)))
      : this.branches.map((source) => firstAtoms(source, this.flags));
    return this.firstsMade;
  }

  /**
   * What a build saves for these branches (see `ScannerPlan`); with `narrow`, which branches (and whether the
   * wrapping around them) mean the same under `narrow.flags` on a text without a `narrow.risky` character.
   */
  plan(narrow?: { flags: string; risky: (sources: readonly string[]) => string; safe: (source: string) => boolean }): ScannerPlan {
    const lists: number[][] = [];
    const seen = new Map<string, number>();
    const ascii: number[] = [];
    for (let c = 0; c < 128; c++) {
      const list = this.branchesFor(String.fromCharCode(c));
      const key = list.join(',');
      let k = seen.get(key);
      if (k === undefined) {
        seen.set(key, (k = lists.length));
        lists.push(list);
      }
      ascii.push(k);
    }
    const plan: ScannerPlan = { key: planKey(this.branches, this.flags), pieces: this.firsts.map((first) => first && first.map((a) => a.source)), groups: [...this.groupCounts], ascii, lists };
    if (narrow && this.flags.replace('u', '') === narrow.flags && narrow.safe(this.wrap('|'))) {
      const safe = this.branches.map((b) => narrow.safe(b));
      const risky = narrow.risky([this.wrap('|'), ...this.branches.filter((_, k) => safe[k])]);
      plan.narrow = { flags: narrow.flags, branches: safe.map((ok) => (ok ? '1' : '0')).join(''), risky };
    }
    return plan;
  }

  /** One sticky pattern of the branches in `list`, under `flags`. */
  private part(list: readonly number[], flags: string): Compiled {
    const groups: number[] = [];
    let group = 1;
    const body = list.map((k) => {
      groups.push(group);
      group += 1 + this.groupCounts[k];
      return `(${this.branches[k]})`;
    });
    return { re: new RegExp(this.wrap(body.join('|')), `${flags}y`), branches: [...list], groups };
  }

  /**
   * The patterns to try for the branches in `list`: one; or for a narrow scan, the branches that mean the same
   * without `u` in one pattern under the narrow flags and the others in one under the scanner's own.
   */
  private build(list: readonly number[], narrow: boolean): Compiled[] | null {
    if (list.length === 0) return null;
    const key = `${narrow ? 'n' : 'w'}${list.join(',')}`;
    let out = this.compiled.get(key);
    if (out !== undefined) return out;
    const plan = this.given?.narrow;
    if (narrow && plan) {
      const narrowList = list.filter((k) => plan.branches[k] === '1');
      const wideList = list.filter((k) => plan.branches[k] !== '1');
      out = [];
      if (narrowList.length > 0) out.push(this.part(narrowList, plan.flags));
      if (wideList.length > 0) out.push(this.part(wideList, this.flags));
    } else {
      out = [this.part(list, this.flags)];
    }
    this.compiled.set(key, out);
    return out;
  }

  /** Whether `text` may be scanned narrow (see ScannerPlan.narrow). */
  private narrowFor(text: string): boolean {
    const plan = this.given?.narrow;
    if (!plan) return false;
    this.riskyMade ??= new RegExp(`[${plan.risky}]`);
    return !this.riskyMade.test(text);
  }

  /** The branches whose match may begin with `char` (one code point; '' at the end of the text: those that may match nothing). */
  private branchesFor(char: string): number[] {
    const list: number[] = [];
    this.firsts.forEach((first, k) => {
      if (first === null || (char !== '' && first.some((a) => a.matches(char)))) list.push(k);
    });
    return list;
  }

  private patternAt(text: string, p: number, c: number, narrow: boolean): Compiled[] | null {
    const mode = narrow ? 1 : 0;
    if (c >= 0 && c < 128) {
      const ascii = this.ascii[mode];
      let out = ascii[c];
      if (out === undefined) out = ascii[c] = this.build(this.given ? this.given.lists[this.given.ascii[c]] : this.branchesFor(String.fromCharCode(c)), narrow);
      return out;
    }
    const cp = c < 0 ? -1 : text.codePointAt(p)!;
    const other = this.other[mode];
    let out = other.get(cp);
    if (out === undefined) other.set(cp, (out = this.build(this.branchesFor(cp < 0 ? '' : String.fromCodePoint(cp)), narrow)));
    return out;
  }

  /**
   * Every match in `text`, left to right, none overlapping: what a global exec loop over the whole pattern gives
   * (the first `limit` of them).
   */
  scan(text: string, limit = Infinity): BranchMatch[] {
    const out: BranchMatch[] = [];
    const n = text.length;
    const narrow = this.narrowFor(text);
    let p = 0;
    // The end of the text is a position too (where only a branch that can match nothing may match).
    while (p <= n) {
      const c = p < n ? text.charCodeAt(p) : -1;
      if (p > 0) {
        const before = text.charCodeAt(p - 1);
        // No word begins after an ASCII letter or digit, nor inside a surrogate pair (`u` steps over it).
        if (asciiWordUnit(before) || ((c & 0xfc00) === 0xdc00 && (before & 0xfc00) === 0xd800)) {
          p++;
          continue;
        }
      }
      const parts = this.patternAt(text, p, c, narrow);
      if (parts === null) {
        p++;
        continue;
      }
      // Of the parts' matches here, the one of the earliest branch: what the whole alternation takes.
      let m: RegExpExecArray | null = null;
      let g = 0;
      let branch = Infinity;
      for (const compiled of parts) {
        const re = compiled.re;
        re.lastIndex = p;
        const found = re.exec(text);
        if (found === null) continue;
        const k = compiled.groups.findIndex((group) => found[group] !== undefined);
        if (compiled.branches[k] < branch) {
          m = found;
          g = compiled.groups[k];
          branch = compiled.branches[k];
        }
      }
      if (m === null) {
        p++;
        continue;
      }
      out.push({ start: p, end: p + m[0].length, text: m[0], branch, groups: m.slice(g + 1, g + 1 + this.groupCounts[branch]) });
      if (out.length >= limit) break;
      // After an empty match the scan steps one character on (a surrogate pair is one character under `u`).
      p = m[0].length > 0 ? p + m[0].length : (c & 0xfc00) === 0xd800 && p + 1 < n && (text.charCodeAt(p + 1) & 0xfc00) === 0xdc00 ? p + 2 : p + 1;
    }
    return out;
  }
}

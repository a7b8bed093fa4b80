/**
 * Which characters a match of a regex source can begin with, among the ASCII ones: what a scanner needs to try only
 * the phrases of a large alternation that can start at a given position (src/lexicon/dispatch.ts). The answer errs
 * on the safe side: a character is left out only when no match can begin with it, so a scanner that skips the
 * phrases without it finds exactly what the whole alternation finds.
 *
 * The source is read as the `u` flag reads it: groups, lookarounds (which match nothing), classes, escapes and
 * quantifiers. What each single-character piece (a letter, a class, an escape, `.`) matches is not worked out here
 * but asked of V8 itself, under the pattern's own flags, for each of the 128 ASCII characters, so case folding and
 * classes mean exactly what they mean in the pattern; the same for any other character a scan meets.
 */

/** ASCII code points a match can begin with, or null: it may begin with any (or match the empty string). */
export type FirstChars = Set<number> | null;

interface Part {
  /** The single-character pieces (a letter, a class, an escape) the part's match can begin with; null: any. */
  first: Set<string> | null;
  /** Whether the part can match the empty string. */
  empty: boolean;
}

/** One single-character piece of a pattern, as V8 reads it under the pattern's flags. */
export class Atom {
  private readonly re: RegExp;
  private ascii: Set<number> | null = null;
  constructor(
    readonly source: string,
    flags: string,
  ) {
    this.re = new RegExp(`^(?:${source})$`, flags);
  }

  /** Whether the piece matches this character (a code point, as one string). */
  matches(char: string): boolean {
    return this.re.test(char);
  }

  /** The ASCII characters it matches. */
  asciiSet(): Set<number> {
    if (!this.ascii) {
      this.ascii = new Set();
      for (let c = 0; c < 128; c++) if (this.re.test(String.fromCharCode(c))) this.ascii.add(c);
    }
    return this.ascii;
  }
}

const atoms = new Map<string, Atom>();

/** The piece `source` under `flags`, one object however many patterns begin with it. */
export function atom(source: string, flags: string): Atom {
  const key = `${flags}\u0000${source}`;
  let a = atoms.get(key);
  if (!a) atoms.set(key, (a = new Atom(source, flags)));
  return a;
}

class Reader {
  i = 0;
  constructor(readonly s: string) {}

  /** An alternation, up to the `)` that closes it or the end. */
  alternation(): Part {
    let result = this.sequence();
    while (this.s[this.i] === '|') {
      this.i++;
      const next = this.sequence();
      result = { first: union(result.first, next.first), empty: result.empty || next.empty };
    }
    return result;
  }

  private sequence(): Part {
    let first: Set<string> | null = new Set();
    let empty = true;
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.quantified();
      if (empty) first = union(first, atom.first);
      empty &&= atom.empty;
    }
    return { first, empty };
  }

  private quantified(): Part {
    const atom = this.atom();
    const c = this.s[this.i];
    let optional = false;
    if (c === '?' || c === '*') {
      optional = true;
      this.i++;
    } else if (c === '+') this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/u.exec(this.s.slice(this.i));
      if (!m) throw new Error(`unreadable quantifier at ${this.i}`);
      optional = Number(m[1]) === 0;
      this.i += m[0].length;
    } else return atom;
    if (this.s[this.i] === '?') this.i++; // lazy
    return { first: atom.first, empty: atom.empty || optional };
  }

  private atom(): Part {
    const s = this.s;
    const c = s[this.i];
    if (c === '(') {
      this.i++;
      let look = false;
      if (s.startsWith('?:', this.i)) this.i += 2;
      else if (s.startsWith('?=', this.i) || s.startsWith('?!', this.i)) {
        this.i += 2;
        look = true;
      } else if (s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i)) {
        this.i += 3;
        look = true;
      } else if (s.startsWith('?<', this.i)) this.i = s.indexOf('>', this.i) + 1;
      else if (s[this.i] === '?') throw new Error(`unknown group at ${this.i}`);
      const inner = this.alternation();
      if (s[this.i] !== ')') throw new Error(`unclosed group at ${this.i}`);
      this.i++;
      // A lookaround matches no character: what follows it begins the match.
      return look ? { first: new Set(), empty: true } : inner;
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { first: new Set(), empty: true };
    }
    if (c === '[') return this.single(this.classEnd());
    if (c === '\\') {
      const next = s[this.i + 1];
      if (next === 'b' || next === 'B') {
        this.i += 2;
        return { first: new Set(), empty: true };
      }
      // A back-reference may begin with anything, or be empty.
      if ((next >= '1' && next <= '9') || next === 'k') throw new Error('back-reference');
      return this.single(this.escapeEnd());
    }
    if (c === ')' || c === '|' || c === undefined) throw new Error(`unexpected end at ${this.i}`);
    const cp = s.codePointAt(this.i)!;
    return this.single(this.i + (cp > 0xffff ? 2 : 1));
  }

  /** The piece from here to `end`, which matches exactly one character. */
  private single(end: number): Part {
    const piece = this.s.slice(this.i, end);
    this.i = end;
    return { first: new Set([piece]), empty: false };
  }

  private classEnd(): number {
    let j = this.i + 1;
    if (this.s[j] === '^') j++;
    for (; j < this.s.length; j++) {
      if (this.s[j] === '\\') j++;
      else if (this.s[j] === ']') return j + 1;
    }
    throw new Error('unclosed class');
  }

  private escapeEnd(): number {
    const s = this.s;
    const j = this.i + 1;
    const c = s[j];
    if ((c === 'p' || c === 'P') && s[j + 1] === '{') return s.indexOf('}', j) + 1;
    if (c === 'u' && s[j + 1] === '{') return s.indexOf('}', j) + 1;
    if (c === 'u') {
      const end = j + 5;
      // A surrogate pair written as two escapes is one character.
      return /^\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}/u.test(s.slice(this.i)) ? end + 6 : end;
    }
    if (c === 'x') return j + 3;
    if (c === 'c') return j + 2;
    return j + (s.codePointAt(j)! > 0xffff ? 2 : 1);
  }
}

function union<T>(a: Set<T> | null, b: Set<T> | null): Set<T> | null {
  if (a === null || b === null) return null;
  if (b.size === 0) return a;
  const out = new Set(a);
  for (const c of b) out.add(c);
  return out;
}

/**
 * The single-character pieces a match of `source` (under `flags`, which must include `u`) can begin with; null
 * when it may begin with any character, may match the empty string, or the source holds what this reader does not
 * follow.
 */
export function firstAtoms(source: string, flags: string): Atom[] | null {
  const clean = flags.replace(/[gy]/gu, '');
  try {
    const reader = new Reader(source);
    const part = reader.alternation();
    if (reader.i !== source.length || part.empty || part.first === null) return null;
    return [...part.first].map((piece) => atom(piece, clean));
  } catch {
    return null;
  }
}

/** The ASCII characters a match of `source` can begin with (see firstAtoms); null: any. */
export function firstChars(source: string, flags: string): FirstChars {
  const pieces = firstAtoms(source, flags);
  if (pieces === null) return null;
  const out = new Set<number>();
  for (const piece of pieces) for (const c of piece.asciiSet()) out.add(c);
  return out;
}

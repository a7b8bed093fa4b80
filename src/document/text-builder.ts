/**
 * Builds the plain text of a block from pieces of the original file while keeping, for every character,
 * the offset it came from. White space runs fold to one character ('\n' when the run holds a line end,
 * so hard-wrapped lines such as an address stay apart).
 */
const CHARACTER_REFERENCE = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/u;

/**
 * Bold markers left as text: any run of asterisks, and underscores only where they open or close a word ("__Title__"),
 * never inside a name or identifier ("window.__init", "snake__case") or a blank to fill in ("Naam: ____").
 */
const EMPHASIS_RUN = /\*{2,}|(?<![\p{L}\p{N}._])_{2,}(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])_{2,}(?![\p{L}\p{N}_])/gu;

export class TextBuilder {
  private chars: string[] = [];
  private offsets: number[] = [];
  /** Indices of line ends the markup made (a Markdown hard break, `<br>`): never joined as a wrap. */
  private hard = new Set<number>();

  get length(): number {
    return this.chars.length;
  }

  isEmpty(): boolean {
    return this.chars.every((c) => c === ' ' || c === '\n');
  }

  /** Adds one character that stands at `offset` in the original. */
  push(char: string, offset: number): void {
    if (/\s/u.test(char)) {
      const folded = char === '\n' || char === '\r' ? '\n' : ' ';
      const last = this.chars.length - 1;
      if (last < 0) return;
      if (this.chars[last] === ' ' || this.chars[last] === '\n') {
        if (folded === '\n') this.chars[last] = '\n';
        return;
      }
      this.chars.push(folded);
      this.offsets.push(offset);
      return;
    }
    // A letter and its accent written apart (decomposed, NFD, as some editors save text: "fu\u0308r") are one letter to a
    // reader and to every pattern ("für"): composed, the letter keeping its offset.
    const code = char.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f && this.chars.length > 0) {
      const last = this.chars.length - 1;
      const composed = (this.chars[last] + char).normalize('NFC');
      if (composed.length === 1) {
        this.chars[last] = composed;
        return;
      }
    }
    // Soft hyphens and zero-width characters are invisible to a reader and break word matching.
    if (/[\u00AD\u200B-\u200D\u2060\uFEFF]/u.test(char)) return;
    this.chars.push(char);
    this.offsets.push(offset);
  }

  /**
   * Adds `value`, which a parser produced from `source.slice(start, end)` (escapes and entities resolved),
   * aligning each character to its place in the source so positions stay exact where the text is verbatim.
   */
  append(value: string, source: string, start: number, end: number): void {
    // Emphasis markers the parser left as text ("**5. Content**" broken over lines, "**Title**" in a .txt file) are
    // markup, not words: a reader never sees them, and evidence should not quote them.
    if (value.includes('**') || value.includes('__')) value = value.replace(EMPHASIS_RUN, '');
    let j = start;
    for (const char of value) {
      // A character reference (&nbsp; &amp; &#39;) stands for one character: map it there and step past it,
      // so a decoded no-break space is not matched to some later space of the source.
      if (source[j] === '&' && char !== '&') {
        const ref = CHARACTER_REFERENCE.exec(source.slice(j, Math.min(end, j + 12)));
        if (ref) {
          for (let u = 0; u < char.length; u++) this.push(char[u], j);
          j += ref[0].length;
          continue;
        }
      }
      let found = -1;
      const limit = Math.min(end, j + 12);
      for (let k = j; k < limit; k++) {
        const s = source[k];
        if (s === char || (/\s/u.test(char) && /\s/u.test(s))) {
          found = k;
          break;
        }
      }
      const at = found >= 0 ? found : Math.min(j, Math.max(start, end - 1));
      for (let u = 0; u < char.length; u++) this.push(char[u], at + u);
      if (found >= 0) j = found + char.length;
    }
  }

  /** The text built so far and the offset of its first character (to look at, before finishing). */
  peek(): { text: string; firstOffset: number } {
    return { text: this.chars.join(''), firstOffset: this.offsets[0] ?? -1 };
  }

  /** The last character built so far ('' when none). */
  peekLast(): string {
    return this.chars[this.chars.length - 1] ?? '';
  }

  /** The source offset of the character at `index` built so far. */
  peekOffset(index: number): number {
    return this.offsets[index] ?? -1;
  }

  /** Moves the characters from `index` on into a new builder, which it returns. */
  splitOff(index: number): TextBuilder {
    const rest = new TextBuilder();
    for (let i = index; i < this.chars.length; i++) rest.push(this.chars[i], this.offsets[i]);
    for (const h of this.hard) if (h >= index) rest.hard.add(h - index);
    this.chars = this.chars.slice(0, index);
    this.offsets = this.offsets.slice(0, index);
    this.hard = new Set([...this.hard].filter((h) => h < index));
    return rest;
  }

  /** Adds a line end the markup asks for (a hard break, `<br>`), which no unwrapping joins. */
  hardBreak(offset: number): void {
    this.push('\n', offset);
    const last = this.chars.length - 1;
    if (last >= 0 && this.chars[last] === '\n') this.hard.add(last);
  }

  /** Adds a separator that has no place of its own in the source (between table cells, for example). */
  separator(text: string, offset: number): void {
    for (const char of text) {
      this.chars.push(char);
      this.offsets.push(offset);
    }
  }

  /** The text with trailing white space removed, and the offset of each character. */
  finish(): { text: string; map: number[]; hard: Set<number> } {
    let n = this.chars.length;
    while (n > 0 && (this.chars[n - 1] === ' ' || this.chars[n - 1] === '\n')) n--;
    const hard = new Set([...this.hard].filter((i) => i < n && this.chars[i] === '\n'));
    const result = { text: this.chars.slice(0, n).join(''), map: this.offsets.slice(0, n), hard };
    this.chars = [];
    this.offsets = [];
    this.hard = new Set();
    return result;
  }
}

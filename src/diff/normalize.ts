/**
 * Typography is no change: two versions that differ only in curly or straight quotes, dash styles, spacing, a
 * `<br>` or how a table's cells were flowed into lines say the same thing. `plain` folds typography; `squeeze`
 * keeps only the letters and digits (lower case), which is what two texts are compared on.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/gu;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A]/gu;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/gu;
/** `<br>`, `<br/>`, `<br />` and their escaped forms, as written in Markdown tables. */
const LINE_BREAK_TAGS = /(?:<|&lt;)\s*br\s*\/?\s*(?:>|&gt;)/giu;
/** Markup in quotes from HTML sources, and character references. */
const TAGS = /<\/?[A-Za-z][^<>]{0,300}>/gu;
const ENTITIES = /&(?:[A-Za-z]{2,8}|#\d{1,6}|#x[0-9A-Fa-f]{1,6});/gu;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/** Typography folded: one kind of quote and dash, no line-break tags or invisible characters, spaces folded. */
export function plain(text: string): string {
  return text
    .normalize('NFKC')
    .replace(LINE_BREAK_TAGS, ' ')
    .replace(INVISIBLE, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Only letters and digits, lower case: "Entitled Scaleway Services<br>Entitled" and a reflowed cell compare equal. */
export function squeeze(text: string): string {
  return plain(text.replace(TAGS, ' ').replace(ENTITIES, ' '))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A text as one squeezed string, to ask whether a quote is still in it (wherever lines and cells now break).
 * Built once per document.
 */
export class TextIndex {
  readonly squeezed: string;
  constructor(text: string) {
    this.squeezed = squeeze(text);
  }
  /** True when the quote (at least a few letters) appears in this text, typography and reflow aside. */
  has(quote: string): boolean {
    const q = squeeze(quote);
    return q.length >= 4 && this.squeezed.includes(q);
  }
}

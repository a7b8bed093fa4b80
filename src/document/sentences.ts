import type { Language } from '../model/types.js';
import { abbreviationsOf } from '../lexicon/language.js';

/** A host name with a common top-level domain ("ico.org", "ap.nl"): segments of two letters or more, unlike "z.B." or "u.a.". */
const DOMAIN = /^(?:[\p{L}\p{N}-]{2,}\.)+(?:com|org|net|edu|gov|eu|nl|be|de|at|ch|fr|lu|uk|ie|io|info|app|dev)$/u;

/**
 * True when the block's line ends mark its units, as in an address or a contact block, rather than wrap running
 * text. Short lines (an address) are units; longer ones count as units only when the next line's first word would
 * have fitted on the line, i.e. the break was made on purpose and not by wrapping at a fixed width.
 */
function isLineBlock(text: string): boolean {
  const lines = text.split('\n');
  if (lines.length < 2) return false;
  const open = lines.filter((l) => !/[.!?:;,]$/u.test(l.trim())).length;
  if (open * 2 < lines.length) return false;
  // The last line of wrapped text is often short, so it does not count towards the average.
  const measured = lines.length > 2 ? lines.slice(0, -1) : lines.slice(0, 1);
  const avg = measured.reduce((n, l) => n + l.length, 0) / measured.length;
  if (avg < 45) return true;
  if (avg >= 70) return false;
  const width = Math.max(...lines.map((l) => l.length));
  let deliberate = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const nextWord = /^\s*(\S+)/u.exec(lines[i + 1])?.[1] ?? '';
    if (lines[i].length + 1 + nextWord.length <= width) deliberate++;
  }
  return deliberate * 2 >= lines.length - 1;
}

/** Sentence ranges [start, end) in a block's text. */
export function splitSentences(text: string, language: Language): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/u.test(text[start])) start++;
    while (end > start && /\s/u.test(text[end - 1])) end--;
    if (end > start) ranges.push({ start, end });
  };

  if (isLineBlock(text)) {
    let start = 0;
    for (const line of text.split('\n')) {
      push(start, start + line.length);
      start += line.length + 1;
    }
    return ranges;
  }

  const abbr = abbreviationsOf(language);
  let start = 0;
  const boundary = /([.!?…]+)(["'”’»)\]]*)(\s+)(?=["'“‘«(]?[\p{Lu}\p{N}•·–-])|:\s*\n|\n(?=\s*[•·–*-]\s)/gu;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text))) {
    if (m[1] && m[1].startsWith('.') && m[1].length === 1) {
      const before = /([\p{L}\p{N}.'’]+)$/u.exec(text.slice(Math.max(0, m.index - 20), m.index));
      const word = before ? before[1].toLowerCase() : '';
      // A domain or an e-mail address ends a sentence like any word ("… gdpr-info@nyu.edu. If you …").
      const domain = before !== null && (text[m.index - before[1].length - 1] === '@' || DOMAIN.test(word));
      // An abbreviation, an initial ("J. Jansen") or a dotted form ("B.V.", "h.o.d.n.") does not end a sentence.
      if (!domain && (abbr.has(word) || /^\p{L}$/u.test(word) || /^(?:\p{L}{1,4}\.)+\p{L}{1,4}$/u.test(word))) continue;
      // Numbering at the start of a block ("7. Retention", "2.1. Cookies") is not a sentence.
      if (/^\s*\d{1,3}(?:\.\d{1,3})*$/u.test(text.slice(start, m.index))) continue;
    }
    const end = m.index + (m[1] ? m[1].length + (m[2]?.length ?? 0) : m[0].length);
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return ranges;
}

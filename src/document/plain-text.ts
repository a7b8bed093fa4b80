import { TextBuilder } from './text-builder.js';
import { BlockCollector } from './collector.js';

interface Line {
  start: number;
  end: number;
  text: string;
}

const BULLET = /^[ \t]*(?:[•·▪◦‣∙●○■□–—*-]|\d{1,2}[.)]|[a-z][.)])[ \t]+/u;
const HEADING_LIKE = /^[\p{Lu}\d][^.!?;]*[^.!?;:,\s]$/u;
const ADDRESS_LIKE = /@|https?:|www\.|\b\d{4}\s?[A-Z]{2}\b|\+?\d[\d\s().-]{6,}|^\s*\d|\d\s*$/u;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** A line that reads as a heading: short, capitalised, no closing punctuation, not an address or contact line. */
function isHeadingLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 80) return false;
  if (ADDRESS_LIKE.test(t)) return /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u.test(t) && !/@/u.test(t);
  if (/\?$/u.test(t) && t.length <= 70 && /^\p{Lu}/u.test(t)) return true;
  return HEADING_LIKE.test(t) || /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}[^.!?]*$/u.test(t);
}

/**
 * Plain text to blocks. Blank lines separate paragraphs; bulleted lines are list items; a short capitalised
 * line without closing punctuation that stands alone or above a paragraph is a heading. A group of short
 * lines (an address, a contact block) stays one block, its line ends kept.
 */
export function readPlainText(text: string): BlockCollector {
  const collector = new BlockCollector();
  const lines = splitLines(text);

  const emit = (kind: 'heading' | 'paragraph' | 'listItem', group: Line[], depth: number): void => {
    const b = new TextBuilder();
    group.forEach((line, i) => {
      if (i > 0) b.push('\n', line.start - 1);
      let from = line.start;
      if (kind === 'listItem' && i === 0) {
        const m = BULLET.exec(line.text);
        if (m) from += m[0].length;
      }
      b.append(text.slice(from, line.end), text, from, line.end);
    });
    collector.add(kind, depth, b);
  };

  let i = 0;
  while (i < lines.length) {
    if (lines[i].text.trim() === '') {
      i++;
      continue;
    }
    const group: Line[] = [];
    while (i < lines.length && lines[i].text.trim() !== '') group.push(lines[i++]);

    let k = 0;
    while (k < group.length) {
      const line = group[k];
      if (BULLET.test(line.text)) {
        // A list item runs on over following indented or plain lines that are not bullets themselves.
        const item = [line];
        k++;
        while (k < group.length && !BULLET.test(group[k].text) && /^[ \t]/u.test(group[k].text)) item.push(group[k++]);
        emit('listItem', item, 1);
        continue;
      }
      const rest = group.slice(k);
      const allShort = rest.every((l) => l.text.trim().length <= 60 && !/[.!?]$/u.test(l.text.trim()));
      if (rest.length > 1 && allShort && rest.some((l) => ADDRESS_LIKE.test(l.text))) {
        emit('paragraph', rest, 0);
        break;
      }
      const next = group[k + 1];
      if (isHeadingLine(line.text) && (!next || next.text.trim().length > line.text.trim().length || BULLET.test(next.text))) {
        emit('heading', [line], 7);
        k++;
        continue;
      }
      // A paragraph: this line and the following ones up to the next bullet.
      const para = [line];
      k++;
      while (k < group.length && !BULLET.test(group[k].text)) para.push(group[k++]);
      emit('paragraph', para, 0);
    }
  }
  return collector;
}

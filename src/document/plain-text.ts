import { TextBuilder } from './text-builder.js';
import { BlockCollector, buildRow } from './collector.js';
import { CONTINUATION_WORDS } from '../lexicon/language.js';

interface Line {
  start: number;
  end: number;
  text: string;
}

/** A bullet, a number or a letter opening an item; "\\-" is a Markdown list marker escaped by an HTML converter. */
const BULLET = /^[ \t]*(?:[•·▪◦‣∙●○■□–—*-]|\\[-*+]|\d{1,2}[.)]|[a-z][.)])[ \t]+/u;
const HEADING_LIKE = /^[\p{Lu}\d][^.!?;]*[^.!?;:,\s]$/u;
const ADDRESS_LIKE = /@|https?:|www\.|\b\d{4}\s?[A-Z]{2}\b|\+?\d[\d\s().-]{6,}|^\s*\d|\d\s*$/u;
/** A setext-style underline (===== or -----) under a heading line. */
const UNDERLINE = /^[ \t]*(?:={3,}|-{3,})[ \t]*$/u;
/** ASCII table lines: +----+----+ borders and | cell | cell | rows. */
const TABLE_BORDER = /^[ \t]*\+(?:[-=:]+\+)+[ \t]*$/u;
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/u;
let continuation: Set<string> | null = null;

/** The line breaks off in mid-sentence: the next line starts in lower case, or this one ends on "or", "de", "to". */
function runsOn(line: string, next: string | undefined): boolean {
  if (next !== undefined && /^\s*\p{Ll}/u.test(next)) return true;
  continuation ??= new Set(CONTINUATION_WORDS);
  const last = /([\p{L}']+)\s*$/u.exec(line)?.[1]?.toLowerCase();
  return last !== undefined && continuation.has(last);
}

function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/gu;
  re.lastIndex = from;
  let start = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: to, text: text.slice(start, to) });
  return lines;
}

/** A line that reads as a heading: short, capitalised, no closing punctuation, not an address or contact line. */
function isHeadingLine(line: string): boolean {
  // "**Log Data**": Markdown bold in a text file marks a heading the same way.
  const t = line.trim().replace(/^(\*\*|__)(.+)\1$/u, '$2').trim();
  if (t.length < 3 || t.length > 80) return false;
  if (ADDRESS_LIKE.test(t)) return /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u.test(t) && !/@/u.test(t);
  if (/\?$/u.test(t) && t.length <= 70 && /^\p{Lu}/u.test(t)) return true;
  return HEADING_LIKE.test(t) || /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}[^.!?]*$/u.test(t);
}

/**
 * Plain text to blocks. Blank lines separate paragraphs; bulleted lines are list items; a short capitalised
 * line without closing punctuation that stands alone or above a paragraph is a heading. A group of short
 * lines (an address, a contact block) stays one block, its line ends kept. `range` limits the reading to a part of
 * the text (a Markdown code block that holds prose), adding to `collector`.
 */
export function readPlainText(text: string, range: { start: number; end: number } = { start: 0, end: text.length }, collector = new BlockCollector()): BlockCollector {
  const lines = splitLines(text, range.start, range.end);

  // After a line that ends in a colon ("Je hebt het recht om:"), short lines set apart by blank lines are the items of
  // that list, not headings; the list ends at the first block that is not such a line.
  let listOpen = false;
  const emit = (kind: 'heading' | 'paragraph' | 'listItem', group: Line[], depth: number): void => {
    listOpen = kind !== 'heading' && /:\s*$/u.test(group[group.length - 1].text) || (listOpen && kind === 'listItem');
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

  /**
   * An ASCII table: rows between +---+ borders. When borders also separate the body rows, the lines between two
   * borders are one row whose cells wrap over several lines; otherwise every | line is a row. The first row is the
   * header when a border follows it.
   */
  const emitTable = (tableLines: Line[]): void => {
    const rows: Line[][] = [];
    let current: Line[] = [];
    const borders = tableLines.filter((l) => TABLE_BORDER.test(l.text)).length;
    // Top, under the header and bottom make three; more means borders also separate the body rows.
    const bordersBetweenRows = borders > 3;
    let headerRows = 0;
    let seenRow = false;
    for (const l of tableLines) {
      if (TABLE_BORDER.test(l.text)) {
        if (current.length) rows.push(current);
        current = [];
        if (seenRow && headerRows === 0) headerRows = rows.length;
        continue;
      }
      seenRow = true;
      if (bordersBetweenRows) current.push(l);
      else rows.push([l]);
    }
    if (current.length) rows.push(current);
    let header: string[] | undefined;
    rows.forEach((rowLines, r) => {
      // Cells by column: the text between the pipes of each line, joined over the row's lines.
      const columns: TextBuilder[] = [];
      for (const l of rowLines) {
        const pipes: number[] = [];
        for (let c = 0; c < l.text.length; c++) if (l.text[c] === '|') pipes.push(c);
        for (let c = 0; c + 1 < pipes.length; c++) {
          const from = l.start + pipes[c] + 1;
          const to = l.start + pipes[c + 1];
          columns[c] ??= new TextBuilder();
          if (!columns[c].isEmpty()) columns[c].push(' ', from);
          columns[c].append(text.slice(from, to), text, from, to);
        }
      }
      const built = buildRow(columns.map((c) => c ?? new TextBuilder()), rowLines[0].start);
      const isHeaderRow = r === 0 && headerRows === 1;
      const block = collector.add('tableRow', 0, built.builder, [], { cells: built.cells, header: isHeaderRow ? undefined : header, isHeaderRow });
      if (block && isHeaderRow) {
        header = built.cells.map((c) => block.text.slice(c.start, c.end));
        block.header = header;
      }
    });
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
      const next = group[k + 1];
      // "1. About this statement" over a line of dashes or equals signs: a heading, never a list item.
      if (next && UNDERLINE.test(next.text) && line.text.trim().length <= 100) {
        emit('heading', [line], line.text.trim().match(/^\d/u) ? 2 : 1);
        k += 2;
        continue;
      }
      if (TABLE_BORDER.test(line.text) || TABLE_ROW.test(line.text)) {
        let end = k;
        while (end < group.length && (TABLE_BORDER.test(group[end].text) || TABLE_ROW.test(group[end].text))) end++;
        emitTable(group.slice(k, end));
        k = end;
        continue;
      }
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
      if (listOpen && group.length === 1 && isHeadingLine(line.text) && !/^\d/u.test(line.text.trim())) {
        emit('listItem', [line], 1);
        k++;
        continue;
      }
      if (
        isHeadingLine(line.text) &&
        !runsOn(line.text, next?.text) &&
        (!next || next.text.trim().length > line.text.trim().length || BULLET.test(next.text))
      ) {
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

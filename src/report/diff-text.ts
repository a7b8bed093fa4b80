/**
 * The diff for a terminal: a side-by-side table (label, A, mark, B) that fits the width it is given, the text
 * changes of two versions, and the regressions. The mark column follows sdiff: `|` differs, `<` only in A,
 * `>` only in B, `+`/`-` B's requirement status is better/worse. Colour only when told (a Chalk instance of our own).
 */
import type { Locale } from '../model/types.js';
import { Chalk, type ChalkInstance } from 'chalk';
import type { PolicyDiff, TextChange } from '../diff/types.js';
import type { RequirementStatus } from '../rules/types.js';
import {
  changeCounts,
  diffSections,
  lineText,
  modeText,
  oneLineText,
  regressionsTitle,
  summaryBlocks,
  changeCountText,
  scoreText,
  wordDiff,
  type DiffCell,
  type DiffRow,
  type RowMark,
} from './diff-common.js';
import { displayPath } from './sanitize.js';

export interface DiffTextOptions {
  /** Columns to fit (at least 40); default 100. */
  width?: number;
  /** Colour with ANSI codes; the CLI decides (TTY, NO_COLOR, --color). */
  color?: boolean;
  /** Language of the requirement names and statuses; default English. */
  locale?: Locale;
}

export const MIN_TEXT_WIDTH = 40;
const GAP = '  ';

const MARKS: Record<RowMark, string> = { same: ' ', different: '|', changed: '|', only_a: '<', only_b: '>', better: '+', worse: '-' };

/** Wide (East Asian, emoji) characters take two columns; combining marks none. */
function charWidth(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (/\p{M}/u.test(ch) || code === 0x200b) return 0;
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Splits a word that is wider than the column into pieces that fit. */
function splitWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (displayWidth(piece + ch) > width && piece) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Greedy word wrap to `width` columns; never returns an empty list. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean).flatMap((w) => splitWord(w, width))) {
    if (!line) line = word;
    else if (displayWidth(line) + 1 + displayWidth(word) <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}

interface Fragment {
  text: string;
  highlight: boolean;
}

/** Wraps text made of highlighted and plain fragments, measuring the plain text, then paints the highlighted ones. */
function wrapHighlighted(fragments: Fragment[], width: number, paint: (text: string) => string): string[] {
  // Words are runs without spaces; a word may hold fragments of both kinds ("data:" with a changed ":").
  const words: Fragment[][] = [[]];
  for (const f of fragments) {
    f.text.split(/( +)/u).forEach((piece, i) => {
      if (i % 2 === 1) words.push([]);
      else if (piece) words[words.length - 1].push({ text: piece, highlight: f.highlight });
    });
  }
  const plain = (w: Fragment[]): string => w.map((f) => f.text).join('');
  const painted = (w: Fragment[]): string => w.map((f) => (f.highlight ? paint(f.text) : f.text)).join('');
  // A word wider than the column cannot be highlighted in place: print the text plainly wrapped instead.
  if (words.some((w) => displayWidth(plain(w)) > width)) return wrap(fragments.map((f) => f.text).join(''), width);
  const lines: string[] = [];
  let line: Fragment[][] = [];
  let used = 0;
  for (const word of words.filter((w) => w.length > 0)) {
    const w = displayWidth(plain(word));
    if (line.length > 0 && used + 1 + w > width) {
      lines.push(line.map(painted).join(' '));
      line = [];
      used = 0;
    }
    used += (line.length ? 1 : 0) + w;
    line.push(word);
  }
  lines.push(line.map(painted).join(' '));
  return lines;
}

interface Layout {
  label: number;
  side: number;
  /** B's column takes the column left over by an odd split, so a table is exactly `width` wide. */
  sideB: number;
}

/** Label column up to 30% of the width; the rest split evenly between A and B around the mark. */
function layout(width: number, rows: DiffRow[]): Layout {
  const longest = Math.max(10, ...rows.map((r) => displayWidth(r.label)));
  const label = Math.min(longest, Math.max(12, Math.floor(width * 0.3)));
  const side = Math.floor((width - label - GAP.length - 3) / 2);
  return { label, side, sideB: width - label - GAP.length - 3 - side };
}

interface Paint {
  chalk: ChalkInstance;
  status: (status: RequirementStatus | undefined, text: string) => string;
  mark: (mark: RowMark, text: string) => string;
}

function painter(color: boolean, diff: PolicyDiff): Paint {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const statusColor: Record<RequirementStatus, ChalkInstance> = { met: chalk.green, partial: chalk.yellow, missing: chalk.red, not_applicable: chalk.dim, not_assessed: chalk.dim };
  const markColor: Record<RowMark, ChalkInstance> = {
    same: chalk.dim,
    different: chalk.yellow,
    changed: chalk.yellow,
    // Two companies: what only one names is neither good nor bad, so it is not red or green.
    only_a: diff.mode === 'versions' ? chalk.red : chalk.blue,
    only_b: diff.mode === 'versions' ? chalk.green : chalk.magenta,
    better: chalk.green,
    worse: chalk.red,
  };
  return {
    chalk,
    status: (status, text) => (status ? statusColor[status](text) : text),
    mark: (mark, text) => markColor[mark](text),
  };
}

function cellLines(c: DiffCell | null, width: number): string[] {
  if (!c) return ['—'];
  const lines = wrap(c.text, width);
  if (c.detail) lines.push(...wrap(`(${c.detail})`, width));
  return lines;
}

function rowLines(row: DiffRow, l: Layout, paint: Paint): string[] {
  const label = wrap(row.label, l.label);
  const a = cellLines(row.a, l.side);
  const b = cellLines(row.b, l.sideB);
  const height = Math.max(label.length, a.length, b.length);
  const out: string[] = [];
  for (let i = 0; i < height; i++) {
    const mark = i === 0 && MARKS[row.mark] !== ' ' ? paint.mark(row.mark, MARKS[row.mark]) : ' ';
    // The first line of a status cell is the status word: colour it, after padding (ANSI codes have no width).
    const paintA = i === 0 && row.a?.status ? (t: string) => paint.status(row.a!.status, t) : (t: string) => t;
    const paintB = i === 0 && row.b?.status ? (t: string) => paint.status(row.b!.status, t) : (t: string) => t;
    const line = `${padEnd(label[i] ?? '', l.label)}${GAP}${paintA(padEnd(a[i] ?? '', l.side))} ${mark} ${paintB(b[i] ?? '')}`;
    out.push(line.trimEnd());
  }
  return out;
}

function header(diff: PolicyDiff, width: number, paint: Paint): string[] {
  const { chalk } = paint;
  const side = (name: 'A' | 'B', s: PolicyDiff['a']): string[] => {
    const facts = [s.controller, s.language, s.updated ? `updated ${s.updated}` : null].filter(Boolean).join(' · ');
    const indent = (lines: string[]): string[] => lines.map((t) => `   ${t}`);
    return [
      ...wrap(oneLineText(displayPath(s.path)), width - 3).map((t, i) => (i ? `   ${t}` : `${chalk.bold(name)}  ${t}`)),
      ...indent(wrap(oneLineText(facts), width - 3)),
      ...indent(wrap(scoreText(s.score), width - 3)),
    ];
  };
  return [...wrap(`privacylint diff: ${modeText(diff)}`, width).map((t) => chalk.bold(t)), ...side('A', diff.a), ...side('B', diff.b)];
}

function changeLines(change: TextChange, width: number, paint: Paint): string[] {
  const { chalk } = paint;
  const word = change.label === 'material' ? 'material' : change.label === 'not_assessed' ? 'not assessed' : 'cosmetic';
  const label = change.label === 'material' ? chalk.bold.yellow(word) : change.label === 'not_assessed' ? chalk.yellow(word) : chalk.dim(word);
  const where = [change.section ? oneLineText(change.section) : '(before the first heading)', lineText(change.b ?? change.a)].join(' · ');
  // The section name wraps under itself, after the label.
  const indent = 2 + word.length + 2;
  const out = wrap(where, width - indent).map((t, i) => (i ? `${' '.repeat(indent)}${chalk.bold(t)}` : `  ${label}  ${chalk.bold(t)}`));
  const body = width - 6;
  // With colour, the words that changed stand out; without, the two sentences are printed whole.
  const parts = change.a && change.b && chalk.level > 0 ? wordDiff(oneLineText(change.a.text), oneLineText(change.b.text)) : null;
  const render = (side: 'a' | 'b'): string[] => {
    const text = oneLineText((side === 'a' ? change.a : change.b)!.text);
    if (!parts) return wrap(text, body);
    const mine = parts.filter((p) => p.kind === 'same' || p.kind === (side === 'a' ? 'removed' : 'added'));
    return wrapHighlighted(mine.map((p) => ({ text: p.text, highlight: p.kind !== 'same' })), body, chalk.inverse);
  };
  const sign = (symbol: string, color: ChalkInstance) => (t: string, i: number) => `    ${color(`${i ? ' ' : symbol} ${t}`)}`;
  if (change.a) out.push(...render('a').map(sign('-', chalk.red)));
  if (change.b) out.push(...render('b').map(sign('+', chalk.green)));
  // "why: " then the reason, continued under its first word.
  for (const reason of change.reasons) out.push(...wrap(oneLineText(reason), width - 11).map((t, i) => `      ${chalk.dim(`${i ? '     ' : 'why: '}${t}`)}`));
  return out;
}

/** The diff as plain (or coloured) text; every line fits `width` columns, ends without spaces, and the output ends with a newline. */
export function formatDiffText(diff: PolicyDiff, options: DiffTextOptions = {}): string {
  const width = Math.max(MIN_TEXT_WIDTH, Math.floor(options.width ?? 100));
  const paint = painter(options.color === true, diff);
  const { chalk } = paint;
  const sections = diffSections(diff, options.locale);
  const l = layout(width, sections.flatMap((s) => s.rows));
  const lines: string[] = [...header(diff, width, paint), ''];
  for (const block of summaryBlocks(diff)) {
    lines.push(chalk.bold.underline(block.title));
    if (block.items.length === 0) lines.push(chalk.green('  none'));
    for (const item of block.items) {
      if (item.label) lines.push(...wrap(item.label, width - 2).map((t) => `  ${chalk.bold(t)}`));
      lines.push(...wrap(item.text, width - 4).map((t) => `    ${t}`));
    }
    lines.push('');
  }

  lines.push(`${padEnd('', l.label)}${GAP}${chalk.bold(padEnd('A', l.side))}   ${chalk.bold('B')}`);
  for (const section of sections) {
    lines.push('', chalk.bold.underline(section.title));
    if (section.rows.length === 0) lines.push(chalk.dim('  (in neither policy)'));
    for (const row of section.rows) lines.push(...rowLines(row, l, paint));
  }

  if (diff.textChanges) {
    lines.push('', chalk.bold.underline(changeCountText(diff.textChanges)));
    if (diff.textChanges.length === 0) lines.push(chalk.dim('  (the texts are the same)'));
    for (const change of diff.textChanges) lines.push(...changeLines(change, width, paint));
  }

  // Two companies: the shortfalls both ways are in the summary above.
  if (diff.mode === 'versions') {
    lines.push('', chalk.bold.underline(regressionsTitle(diff)));
    if (diff.regressions.length === 0) lines.push(diff.assessment.assessed ? chalk.green('  none') : chalk.yellow('  cannot be judged'));
    for (const r of diff.regressions) {
      const where = [r.a[0] ? `A ${lineText(r.a[0])}` : '', r.b[0] ? `B ${lineText(r.b[0])}` : ''].filter(Boolean).join(', ');
      lines.push(...wrap(oneLineText(`[${r.gate}] ${r.message}${where ? ` (${where})` : ''}`), width - 4).map((t, i) => (i ? `    ${t}` : `  ${chalk.red('✖')} ${t}`)));
    }
  }
  lines.push('', ...wrap('Marks: | differs · < only in A · > only in B · + B better · - B worse', width).map((t) => chalk.dim(t)));
  return `${lines.map((line) => line.trimEnd()).join('\n')}\n`;
}

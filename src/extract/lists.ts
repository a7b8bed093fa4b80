/**
 * Enumerations in a policy, whatever their markup: list items (nested), bullet lines inside a paragraph ("- name;"
 * lines that Markdown did not turn into a list), short lines after an intro, table rows, and inline enumerations after
 * a colon. Shared by the data-category and purpose extractors, which decide what a list enumerates from its intro;
 * with the small reading helpers both need (compiled lexicon patterns, section topics, a negated verb).
 */
import { fromEveryPack } from '../lang/index.js';
import type { Block, Sentence } from '../document/index.js';
import type { Topic } from '../lexicon/common.js';
import { once, wordPattern, type Hit } from '../lexicon/compile.js';
import type { ExtractContext } from './context.js';
import { caselessRegExp } from '../lexicon/caseless.js';

const compiled = new WeakMap<readonly string[], RegExp>();
const framedCache = new WeakMap<readonly string[], Map<string, RegExp>>();

/** `wordPattern` of a lexicon list, compiled once per list (lexicon lists are constant objects). */
export function phrases(sources: readonly string[]): RegExp {
  let re = compiled.get(sources);
  if (!re) {
    re = wordPattern(sources);
    compiled.set(sources, re);
  }
  re.lastIndex = 0;
  return re;
}

/** A case-insensitive, non-global pattern `before(?:list)after`, compiled once per list and frame. */
export function framed(sources: readonly string[], before: string, after: string): RegExp {
  let byFrame = framedCache.get(sources);
  if (!byFrame) {
    byFrame = new Map();
    framedCache.set(sources, byFrame);
  }
  const key = `${before}\u0000${after}`;
  let re = byFrame.get(key);
  if (!re) {
    re = caselessRegExp(`${before}(?:${sources.join('|')})${after}`, 'iu');
    byFrame.set(key, re);
  }
  return re;
}

/** A range of a block's text. */
export interface Segment {
  block: Block;
  start: number;
  end: number;
  text: string;
}

export interface ListNode extends Segment {
  children: ListNode[];
}

export interface ItemList {
  /** What introduces the items: the paragraph or line before them, the parent item, or a sibling ending in ':'. */
  intro: Segment | null;
  /** The first block of the list, for its section. */
  anchor: Block;
  items: ListNode[];
}

export interface TableRow {
  block: Block;
  cells: Segment[];
}

export interface Table {
  header: string[];
  rows: TableRow[];
}

/** A bullet at the start of a line that Markdown left as text. */
const BULLET = /^[ \t]*(?:[-–•·▪◦●][ \t]*|\*[ \t]+)(?=\S)/u;
/** Separators between an item's head and its explanation ("Naam: …", "Communicatie - …"). */
const HEAD_SEPARATOR = /\s*(?::\s|\s[-–—]\s)\s*/u;
/** Lines of a plain line-broken list are short. */
const PLAIN_LINE_WORDS = 15;

export function segment(block: Block, start: number, end: number): Segment {
  while (start < end && /\s/u.test(block.text[start])) start++;
  while (end > start && /\s/u.test(block.text[end - 1])) end--;
  return { block, start, end, text: block.text.slice(start, end) };
}

/** True when the text announces what follows: it ends in a colon. */
export function endsWithColon(text: string): boolean {
  return /:[\s*_]*$/u.test(text);
}

/** Every list of the document, in document order, with nested lists as children of their items. */
export function readLists(ctx: ExtractContext): ItemList[] {
  const out: ItemList[] = [];
  const blocks = ctx.doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'listItem') {
      let j = i;
      while (j < blocks.length && blocks[j].kind === 'listItem') j++;
      out.push(...listsFromItems(blocks.slice(i, j), introBefore(ctx, i)));
      i = j - 1;
    }
    if (block.kind === 'paragraph' || block.kind === 'listItem') out.push(...bulletLines(block));
    if (block.kind === 'paragraph') out.push(...plainLines(block, introBefore(ctx, i)));
  }
  return out;
}

/** A line-broken paragraph of short lines after an intro that ends in a colon ("… ten behoeve van:\nA\nB"). */
function plainLines(block: Block, intro: Segment | null): ItemList[] {
  if (!intro || !endsWithColon(intro.text)) return [];
  const lines = lineSegments(block).filter((l) => l.text.length > 0);
  if (lines.length < 2 || lines.some((l) => BULLET.test(l.text) || wordCount(l.text) > PLAIN_LINE_WORDS)) return [];
  return [{ intro, anchor: block, items: lines.map((l) => ({ ...l, children: [] })) }];
}

function lineSegments(block: Block): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  for (const part of block.text.split('\n')) {
    out.push(segment(block, from, from + part.length));
    from += part.length + 1;
  }
  return out;
}

/** The paragraph directly before a list (its last two sentences), or null after a heading or table. */
function introBefore(ctx: ExtractContext, index: number): Segment | null {
  const prev = ctx.doc.blocks[index - 1];
  if (!prev || prev.kind !== 'paragraph' || prev.sentences.length === 0) return null;
  const last = prev.sentences.slice(-2);
  return segment(prev, last[0].start, last[last.length - 1].end);
}

/** Builds the item tree of a run of list-item blocks and splits it into lists. */
function listsFromItems(run: Block[], intro: Segment | null): ItemList[] {
  const roots: ListNode[] = [];
  const stack: { depth: number; node: ListNode }[] = [];
  for (const block of run) {
    const node: ListNode = { ...segment(block, 0, block.text.length), children: [] };
    while (stack.length > 0 && stack[stack.length - 1].depth >= block.depth) stack.pop();
    if (stack.length === 0) roots.push(node);
    else stack[stack.length - 1].node.children.push(node);
    stack.push({ depth: block.depth, node });
  }
  return splitAtIntros(roots, intro);
}

/**
 * Siblings become separate lists where an item without children ends in a colon: it introduces the items after it
 * ("We may use your information for the following purposes:" as the first item of the list).
 */
function splitAtIntros(nodes: ListNode[], intro: Segment | null): ItemList[] {
  const out: ItemList[] = [];
  let current: ItemList = { intro, anchor: nodes[0].block, items: [] };
  for (const node of nodes) {
    if (node.children.length === 0 && endsWithColon(node.text) && nodes.length > 1) {
      if (current.items.length > 0) out.push(current);
      current = { intro: node, anchor: node.block, items: [] };
      continue;
    }
    current.items.push(node);
  }
  if (current.items.length > 0) out.push(current);
  return out;
}

/** The lists a node's children make, each introduced by the node itself. */
export function childLists(node: ListNode): ItemList[] {
  return node.children.length > 0 ? splitAtIntros(node.children, node) : [];
}

/** Bullet lines inside one block ("\n- your name;\n- phone number"), each run with the line before it as intro. */
function bulletLines(block: Block): ItemList[] {
  const lines: Segment[] = [];
  let from = 0;
  for (const part of block.text.split('\n')) {
    lines.push({ block, start: from, end: from + part.length, text: part });
    from += part.length + 1;
  }
  const out: ItemList[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!BULLET.test(lines[i].text)) continue;
    let j = i;
    while (j < lines.length && BULLET.test(lines[j].text)) j++;
    const before = i > 0 ? segment(block, lines[i - 1].start, lines[i - 1].end) : null;
    if (j - i >= 2 || (before && endsWithColon(before.text))) {
      const items = lines.slice(i, j).map((line) => {
        const bullet = BULLET.exec(line.text)![0].length;
        return { ...segment(block, line.start + bullet, line.end), children: [] };
      });
      out.push({ intro: before, anchor: block, items });
    }
    i = j - 1;
  }
  return out;
}

/** Tables: runs of table rows sharing a header, without the header row. */
export function readTables(ctx: ExtractContext): Table[] {
  const out: Table[] = [];
  let current: Table | null = null;
  for (const block of ctx.doc.blocks) {
    if (block.kind !== 'tableRow' || !block.header) {
      current = null;
      continue;
    }
    if (!current || current.header.join('\u0000') !== block.header.join('\u0000')) {
      current = { header: block.header, rows: [] };
      out.push(current);
    }
    if (block.isHeaderRow) continue;
    current.rows.push({ block, cells: (block.cells ?? []).map((c) => segment(block, c.start, c.end)) });
  }
  return out;
}

/** The lines of a table cell ("Voornaam\nAchternaam"), each a segment. */
export function cellLines(cell: Segment): Segment[] {
  const out: Segment[] = [];
  let from = cell.start;
  for (const part of cell.text.split('\n')) {
    const seg = segment(cell.block, from, from + part.length);
    if (seg.text.length > 0) out.push(seg);
    from += part.length + 1;
  }
  return out;
}

/**
 * An item's head and explanation ("Administratie - facturatie en boekhouding", "Toestemming: In sommige gevallen …"),
 * when the head is short. Returns null for items without such a head.
 */
export function splitHead(item: Segment, maxWords = 8): { head: Segment; rest: Segment | null } | null {
  const m = HEAD_SEPARATOR.exec(item.text);
  if (!m || m.index === 0) return null;
  const headText = item.text.slice(0, m.index);
  if (wordCount(headText) > maxWords || /[.!?]\s/u.test(headText)) return null;
  const head = segment(item.block, item.start, item.start + m.index);
  const restStart = item.start + m.index + m[0].length;
  const rest = restStart < item.end ? segment(item.block, restStart, item.end) : null;
  return { head, rest };
}

/** A list item or line without a trailing separator (";", ",", "; and", "."), for use as a label. */
export function itemLabel(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/^[*_\s]+|[*_\s]+$/gu, '')
    .replace(grammar().trailing, '')
    .trim();
}

export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}

/** The segment of a sentence's text. */
export function sentenceSegment(sentence: Sentence): Segment {
  return segment(sentence.block, sentence.start, sentence.end);
}

/** The parts of a cell line separated by commas or semicolons outside parentheses ("Naam, adres, e-mailadres"). */
export function splitCommas(part: Segment): Segment[] {
  return between(part.text, topLevelRanges(part.text, /[,;]/gu))
    .map(([s, e]) => segment(part.block, part.start + s, part.start + e))
    .filter((seg) => wordCount(seg.text) > 0);
}

/** A part of an inline enumeration, with its enumerator ("A" for "(A) …") when it had one. */
interface Grammar {
  joins: RegExp;
  lead: RegExp;
  limit: RegExp;
  /** A conjunction or separator left dangling at the end of an item. */
  trailing: RegExp;
  /** A conjunction opening an item. */
  opening: RegExp;
}
/** Enumeration and negation words of every pack, compiled on first use (lists are read before the language matters). */
export const grammar = once((): Grammar => {
  const any = (words: string[]): string => (words.length ? words.join('|') : '(?!)');
  return {
    joins: new RegExp(`\\s(?:${any(fromEveryPack((p) => p.common.enumerationJoins))})\\s`, 'gu'),
    lead: new RegExp(`^(?:(?:${any(fromEveryPack((p) => p.common.leadingConjunctions))})\\s+|\\(?([A-Ha-h1-9])\\)\\s*)+`, 'u'),
    limit: caselessRegExp(any(fromEveryPack((p) => p.common.limitNegations)), 'iu'),
    trailing: new RegExp(`(?:\\s*[;,]\\s*(?:${any(fromEveryPack((p) => p.common.conjunctions))})?|\\s+(?:${any(fromEveryPack((p) => p.common.conjunctions))})|\\s*\\.)$`, 'u'),
    opening: caselessRegExp(`^(?:${any(fromEveryPack((p) => p.common.conjunctions))})\\s+`, 'iu'),
  };
});

export interface EnumerationPart extends Segment {
  mark: string | null;
}

/**
 * The parts of an inline enumeration ("to customize the advertising, fulfill your requests, and contact you";
 * "(A) to provide this page and (B) to ensure its security"). Commas and semicolons outside parentheses split it;
 * without them, enumerators ("(A)", "b)") or "and"/"en" do. Leading conjunctions are dropped.
 */
export function splitEnumeration(part: Segment): EnumerationPart[] {
  const text = part.text;
  const cuts = topLevelRanges(text, /[,;]/gu);
  let bounds: [number, number][];
  if (cuts.length > 0) bounds = between(text, cuts);
  else {
    const enumerators = topLevelRanges(text, /(?:^|\s)\(?[A-Ha-h1-9]\)\s*/gu);
    if (enumerators.length > 1) bounds = between(text, enumerators.map(([s]) => [s, s]));
    else bounds = between(text, topLevelRanges(text, grammar().joins));
  }
  const out: EnumerationPart[] = [];
  for (const [s, e] of bounds) {
    let seg = segment(part.block, part.start + s, part.start + e);
    let mark: string | null = null;
    const lead = grammar().lead.exec(seg.text);
    if (lead) {
      mark = lead[1]?.toUpperCase() ?? null;
      seg = segment(part.block, seg.start + lead[0].length, seg.end);
    }
    if (wordCount(seg.text) > 0) out.push({ ...seg, mark });
  }
  return out;
}

/** Matches outside parentheses and quotes. */
function topLevelRanges(text: string, re: RegExp): [number, number][] {
  const depthAt = parenDepths(text);
  const out: [number, number][] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    // An enumerator "(A)" opens a parenthesis itself: judge it by the depth before it.
    if (depthAt[m.index] === 0) out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function parenDepths(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (const ch of text) {
    out.push(depth);
    if (ch === '(' || ch === '[' || ch === '“') depth++;
    else if ((ch === ')' || ch === ']' || ch === '”') && depth > 0) depth--;
    if (ch.length === 2) out.push(depth);
  }
  return out;
}

/** The ranges between cut ranges. */
function between(text: string, cuts: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const [s, e] of cuts) {
    out.push([from, s]);
    from = e;
  }
  out.push([from, text.length]);
  return out;
}

/**
 * The topics of the section a block is in: those of its nearest heading, or, when that heading names none
 * ("Uitzonderingen:"), those of the heading above it (not the document's title).
 */
export function sectionTopics(ctx: ExtractContext, block: Block): Set<Topic> {
  const [nearest, parent] = ctx.headings(block);
  if (!nearest) return new Set();
  const own = ctx.headingTopics(nearest);
  if (own.size > 0 || !parent || parent.depth <= 1 || parent === ctx.doc.blocks.find((b) => b.kind === 'heading')) return own;
  return ctx.headingTopics(parent);
}

/**
 * A verb is negated by a negation word before it in its clause ("we do not collect") or right after it, before the
 * next comma ("wij verwerken geen bijzondere persoonsgegevens", "wij verwerken uw gegevens niet"), but not by "niet
 * langer dan" / "no longer than", which limits a period.
 */
export function negatedVerb(ctx: ExtractContext, text: string, verb: Hit, reach = 3): boolean {
  if (ctx.negated(text, verb.start)) return true;
  const after = text.slice(verb.end).split(/[,;:.()]/u)[0];
  const words = (after.match(/[\p{L}'’]+/gu) ?? []).slice(0, reach).join(' ');
  if (words.length === 0 || grammar().limit.test(after)) return false;
  return ctx.negated(`${words} .`, words.length + 1, reach + 1);
}

import type { DataCategory, Evidence } from '../model/types.js';
import { fromEveryPack } from '../lang/index.js';
import type { Block, Sentence } from '../document/index.js';
import { DATA_CATEGORIES, DATA_LEXICON, type DataCategoryLexicon } from '../lexicon/data-categories.js';
import type { Topic } from '../lexicon/common.js';
import { hits, once, test, type Hit } from '../lexicon/compile.js';
import type { ExtractContext } from './context.js';
import { childLists, cellLines, endsWithColon, itemLabel, negatedVerb, phrases, readLists, readTables, sectionTopics, splitCommas, wordCount, type ItemList, type ListNode, type Segment } from './lists.js';
import { isPurposeList } from './purposes.js';

/** Sections about these topics mention data without saying which data are processed (unless also about data). */
const OFF_TOPICS: readonly Topic[] = ['retention', 'recipients', 'transfers', 'rights', 'complaint', 'security', 'controller', 'dpo', 'changes', 'legal_basis', 'adm'];
const ON_TOPICS: readonly Topic[] = ['data', 'special_data'];
/** A list without an intro counts as a list of data only when its items are this short. */
const SHORT_ITEM_WORDS = 6;

interface CategoryHit extends Hit {
  id: string;
  /** Position of the id in the taxonomy, to break ties. */
  order: number;
}

/**
 * The categories of personal data the policy says it processes. Where the policy lists them (a list after "de
 * volgende persoonsgegevens:", a list under a "which data" heading, a table column of data), every item is one
 * category, labelled as written; elsewhere taxonomy phrases in sentences that say data are collected add the
 * categories the lists do not already give. Mentions that are not processing (negated, a BSN to black out, a
 * retention or sharing section) give nothing.
 */
export function extractDataCategories(ctx: ExtractContext): DataCategory[] {
  if (!ctx.lang) return [];
  const lex = DATA_LEXICON[ctx.lang];
  const found = new Categories();
  const consumed: Segment[] = [];
  for (const list of readLists(ctx)) readList(ctx, lex, list, found, consumed);
  readDataColumns(ctx, lex, found, consumed);
  for (const sentence of ctx.doc.sentences) {
    if (consumed.some((c) => overlaps(c, sentence)) || !statesProcessing(ctx, lex, sentence)) continue;
    // In a section about data every phrase names a category; elsewhere only a category not yet found counts.
    const dataSection = ctx.inTopic(sentence.block, 'data', true);
    let previous: CategoryHit | null = null;
    for (const hit of categoryHits(sentence.text, lex, false)) {
      if (hit.id === 'other' || ctx.negated(sentence.text, hit.start)) continue;
      // "burgerservicenummer (BSN)": an abbreviation in brackets names the same category again.
      const abbreviation = previous?.id === hit.id && /^\s*\(\s*$/u.test(sentence.text.slice(previous.end, hit.start));
      previous = hit;
      if (abbreviation || (dataSection ? found.covers(hit.id, hit.text) : found.has(hit.id))) continue;
      found.add(hit.id, itemLabel(hit.text), ctx.sentence(sentence));
    }
  }
  return found.sorted();
}

/** Collects categories: one per distinct label, in document order of first evidence (then order of finding). */
class Categories {
  private byLabel = new Map<string, DataCategory>();

  has(id: string): boolean {
    for (const c of this.byLabel.values()) if (c.id === id) return true;
    return false;
  }

  /** A category of this id whose label contains the phrase or is contained in it ("email" and "email address"). */
  covers(id: string, phrase: string): boolean {
    const key = normalise(phrase).replace(/\s+/gu, '');
    for (const c of this.byLabel.values()) {
      const label = normalise(c.label).replace(/\s+/gu, '');
      if (c.id === id && (label.includes(key) || key.includes(label))) return true;
    }
    return false;
  }

  add(id: string, label: string, evidence: Evidence): void {
    const key = `${id}\u0000${normalise(label)}`;
    const existing = this.byLabel.get(key);
    if (existing) {
      if (!existing.evidence.some((e) => e.line === evidence.line && e.column === evidence.column)) existing.evidence.push(evidence);
      return;
    }
    const special = DATA_CATEGORIES.find((c) => c.id === id)?.special ?? false;
    this.byLabel.set(key, { id, label, special, evidence: [evidence] });
  }

  sorted(): DataCategory[] {
    // Map iteration follows insertion, which is the deterministic order of finding.
    return [...this.byLabel.values()]
      .map((c, i) => ({ c, i }))
      .sort((a, b) => a.c.evidence[0].line - b.c.evidence[0].line || a.c.evidence[0].column - b.c.evidence[0].column || a.i - b.i)
      .map(({ c }) => c);
  }
}

/** Reads a list (and its nested lists): its items are categories when the list enumerates data. */
function readList(ctx: ExtractContext, lex: DataCategoryLexicon, list: ItemList, found: Categories, consumed: Segment[]): void {
  if (enumeratesData(ctx, lex, list)) {
    for (const node of list.items) readDataItem(ctx, lex, node, null, found, consumed);
    return;
  }
  for (const node of list.items) for (const child of childLists(node)) readList(ctx, lex, child, found, consumed);
}

/** One item of a data list; an item that ends in a colon and has children is a group ("Contactgegevens:"). */
function readDataItem(ctx: ExtractContext, lex: DataCategoryLexicon, node: ListNode, groupId: string | null, found: Categories, consumed: Segment[]): void {
  if (node.children.length > 0 && endsWithColon(node.text)) {
    const group = bestCategory(node.text, lex, true)?.id ?? groupId;
    consumed.push(node);
    for (const child of node.children) readDataItem(ctx, lex, child, group, found, consumed);
    return;
  }
  const label = itemLabel(node.text);
  if (label.length === 0) return;
  const hit = bestCategory(node.text, lex, true);
  if (hit && ctx.negated(node.text, hit.start)) return;
  consumed.push(node);
  found.add(hit?.id ?? groupId ?? 'other', label, ctx.span(node.block, node.start, node.end));
}

/**
 * A list enumerates data when its intro ends in a colon and announces data that are processed ("Hieronder vindt u
 * een overzicht van de persoonsgegevens die wij verwerken:"), or, without such an intro, when it stands under a
 * "which data" heading and its items are short names of categories.
 */
function enumeratesData(ctx: ExtractContext, lex: DataCategoryLexicon, list: ItemList): boolean {
  if (offTopic(ctx, list.anchor)) return false;
  const intro = list.intro;
  if (intro && endsWithColon(intro.text)) {
    if (isPurposeList(ctx, list)) return false;
    if (test(phrases(lex.notDataIntro), intro.text)) return false;
    const cues = phrases(lex.enumerationCues);
    // The line that ends in the colon must itself be about data or announce items ("This includes:").
    const last = lastSentence(intro.text);
    if (!test(phrases(lex.dataWords), intro.text) || !(test(phrases(lex.dataWords), last) || test(cues, last))) return false;
    return affirmed(ctx, intro.text, phrases(lex.processingVerbs)) || test(cues, intro.text);
  }
  if (!ctx.inTopic(list.anchor, 'data', true) && !ctx.inTopic(list.anchor, 'special_data', true)) return false;
  if (list.items.some((n) => wordCount(n.text.replace(/\([^)]*\)/gu, '')) > SHORT_ITEM_WORDS)) return false;
  const named = list.items.filter((n) => bestCategory(n.text, lex, true) !== null).length;
  return named > 0 && named * 2 >= list.items.length;
}

/** Table columns headed as data ("Welke persoonsgegevens"): every line (or comma-separated part) of a cell is one category. */
function readDataColumns(ctx: ExtractContext, lex: DataCategoryLexicon, found: Categories, consumed: Segment[]): void {
  const header = phrases(lex.columnHeader);
  for (const table of readTables(ctx)) {
    const column = table.header.findIndex((h) => test(header, h));
    if (column < 0 || table.rows.length === 0 || offTopic(ctx, table.rows[0].block)) continue;
    for (const row of table.rows) {
      const cell = row.cells[column];
      if (!cell) continue;
      consumed.push(cell);
      for (const line of cellLines(cell).flatMap(splitCommas)) {
        const hit = bestCategory(line.text, lex, true);
        if (hit && ctx.negated(line.text, hit.start)) continue;
        found.add(hit?.id ?? 'other', itemLabel(line.text), ctx.span(line.block, line.start, line.end));
      }
    }
  }
}

/**
 * A sentence says data are processed when a processing verb stands in it without a negation, or, without such a
 * verb, when it stands in a section about data and denies nothing. Headings count only when they are really a
 * sentence that lost its paragraph.
 */
function statesProcessing(ctx: ExtractContext, lex: DataCategoryLexicon, sentence: Sentence): boolean {
  const { block, text } = sentence;
  const verbs = phrases(lex.processingVerbs);
  if (block.kind === 'heading' && (wordCount(text) < 8 || !test(verbs, text))) return false;
  if (offTopic(ctx, block) || test(phrases(lex.notProcessing), text)) return false;
  if (test(verbs, text)) return affirmed(ctx, text, verbs);
  if (!ctx.inTopic(block, 'data', true)) return false;
  return !hits(phrases(lex.dataWords), text).some((h) => ctx.negated(text, h.start)) && !negatedAnywhere(ctx, text);
}

/** True when the first match of `re` (the main verb, as a rule) is not negated. */
function affirmed(ctx: ExtractContext, text: string, re: RegExp): boolean {
  const first = hits(re, text)[0];
  return first !== undefined && !negatedVerb(ctx, text, first);
}

/** A negation word anywhere before the end of the text (for sentences without a verb to anchor on). */
function negatedAnywhere(ctx: ExtractContext, text: string): boolean {
  return ctx.negated(text, text.length, 60);
}

/** The block's nearest heading is about something other than data (retention, sharing, rights …). */
function offTopic(ctx: ExtractContext, block: Block): boolean {
  const topics = sectionTopics(ctx, block);
  return !ON_TOPICS.some((t) => topics.has(t)) && OFF_TOPICS.some((t) => topics.has(t));
}

/** Every category phrase in the text, without overlaps (the earlier, then the longer match wins). */
export function categoryHits(text: string, lex: DataCategoryLexicon, item: boolean): CategoryHit[] {
  const all: CategoryHit[] = [];
  DATA_CATEGORIES.forEach(({ id }, order) => {
    const sources = categorySources(lex, id, item);
    if (sources.length === 0) return;
    for (const h of hits(phrases(sources), text)) all.push({ ...h, id, order });
  });
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.order - b.order);
  const out: CategoryHit[] = [];
  for (const h of all) if (!out.some((o) => h.start < o.end && o.start < h.end)) out.push(h);
  return out;
}

const sourceCache = new WeakMap<DataCategoryLexicon, Map<string, string[]>>();

/** A category's phrases, with its item-only phrases for list items (one array per lexicon, id and mode). */
function categorySources(lex: DataCategoryLexicon, id: string, item: boolean): string[] {
  let byKey = sourceCache.get(lex);
  if (!byKey) {
    byKey = new Map();
    sourceCache.set(lex, byKey);
  }
  const key = `${id}\u0000${item}`;
  let sources = byKey.get(key);
  if (!sources) {
    sources = [...(lex.phrases[id] ?? []), ...(item ? lex.itemPhrases[id] ?? [] : [])];
    byKey.set(key, sources);
  }
  return sources;
}

/** The category a list item names: its earliest phrase. */
function bestCategory(text: string, lex: DataCategoryLexicon, item: boolean): CategoryHit | null {
  return categoryHits(text, lex, item)[0] ?? null;
}

/** A possessive or article at the start of a label, in any pack's language (built on first use). */
const leadingDeterminer = once(() => new RegExp(`^(?:${fromEveryPack((p) => p.common.determiners).join('|') || '(?!)'})\\s+`, 'u'));

/** A label for comparison: lower case, without a leading possessive or article and without punctuation. */
function normalise(label: string): string {
  return label
    .toLowerCase()
    .replace(leadingDeterminer(), '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function lastSentence(text: string): string {
  const breaks = [...text.matchAll(/[.!?]\s+/gu)];
  return breaks.length > 0 ? text.slice(breaks[breaks.length - 1].index! + breaks[breaks.length - 1][0].length) : text;
}

function overlaps(seg: Segment, sentence: Sentence): boolean {
  return seg.block === sentence.block && seg.start < sentence.end && sentence.start < seg.end;
}

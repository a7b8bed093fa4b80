import { caselessRegExp } from '../lexicon/caseless.js';
import type { Evidence, LegalBasis, LegalBasisId, LegitimateInterest, Purpose, SupportedLanguage } from '../model/types.js';
import { LEGAL_BASIS_IDS } from '../model/types.js';
import type { Block, Sentence } from '../document/index.js';
import type { Topic } from '../lexicon/common.js';
import { hits, test, wordPattern, type Hit } from '../lexicon/compile.js';
import { itemAt } from './window.js';
import {
  ARTICLE_6_CITATIONS,
  INTEREST_LEXICON,
  LEGAL_BASIS_LEXICON,
  PURPOSE_IDS,
  PURPOSE_LEXICON,
  type LegalBasisLexicon,
  type PurposeId,
  type PurposeLexicon,
} from '../lexicon/purposes.js';
import type { ExtractContext } from './context.js';
import {
  childLists,
  endsWithColon,
  framed,
  itemLabel,
  negatedVerb,
  phrases,
  readLists,
  readTables,
  sectionTopics,
  segment,
  sentenceSegment,
  splitEnumeration,
  grammar,
  splitHead,
  wordCount,
  type ItemList,
  type ListNode,
  type Segment,
} from './lists.js';

/**
 * Sections about these topics give no purposes of the processing itself (unless also about purposes or data): what
 * cookies are for belongs to the cookie model, what a disclosure is for to the recipients.
 */
const OFF_TOPICS: readonly Topic[] = ['retention', 'recipients', 'transfers', 'rights', 'complaint', 'security', 'controller', 'dpo', 'changes', 'children', 'cookies', 'adm'];
/** Sections about these topics state no legal basis (a right to withdraw consent is not consent relied on). */
const NO_BASIS_TOPICS: readonly Topic[] = ['rights', 'complaint'];
/** A list under a purposes heading without an intro counts when its items are this short. */
const SHORT_PURPOSE_WORDS = 12;
/** An item without a purpose phrase is kept (as `other`) when it is this short or opens with a purpose marker. */
const OTHER_ITEM_WORDS = 8;
/** A sentence-mode label longer than this falls back to the phrase itself. */
const MAX_LABEL_WORDS = 20;

interface PurposeHit extends Hit {
  id: Exclude<PurposeId, 'other'>;
}

interface BasisHit {
  id: LegalBasisId;
  start: number;
  end: number;
}

type Result = { purposes: Purpose[]; legalBases: LegalBasis[]; legitimateInterests: LegitimateInterest[] };

/**
 * Purposes, the Art. 6 legal bases and the legitimate interests a policy states.
 * - purposes: every item of a list of purposes (an intro such as "voor de volgende doelen:", an inline enumeration
 *   after "for the following purposes:", a "Purpose:" field, a table column of purposes) is one purpose; sentences
 *   elsewhere that state a purpose add the purposes the lists do not already give.
 * - legalBases: each basis in any wording or as an article citation, with every sentence that states it; never from a
 *   heading, a right to withdraw consent, parental consent or a third party's legal duty.
 * - A purpose's legalBasis is set only where the same sentence, list item, table row or record links them.
 */
export function extractPurposesAndBases(ctx: ExtractContext): Result {
  const labels = basisLabels(ctx);
  const legalBases = findLegalBases(ctx, labels);
  if (!ctx.lang) return { purposes: [], legalBases, legitimateInterests: [] };
  const lang = ctx.lang;
  const purposes = new Purposes();
  const consumed: Segment[] = [];
  for (const list of readLists(ctx)) readPurposeList(ctx, lang, list, purposes, consumed);
  readPurposeTables(ctx, lang, purposes, consumed);
  readInlineEnumerations(ctx, lang, purposes, consumed);
  readPurposeStatements(ctx, lang, purposes, consumed);
  readPurposeSentences(ctx, lang, purposes, consumed);
  linkFromBasisEntries(ctx, lang, purposes);
  const relied = legalBases.some((b) => b.id === 'legitimate_interests');
  const found = purposes.sorted();
  return { purposes: found, legalBases, legitimateInterests: relied ? findInterests(ctx, lang, found, labels) : [] };
}

/* ------------------------------------------------------------------ purposes */

/** The purposes found so far, in document order of their first evidence. */
class Purposes {
  readonly list: Purpose[] = [];

  has(id: string): boolean {
    return this.list.some((p) => p.id === id);
  }

  add(id: string, label: string, legalBasis: LegalBasisId | null, evidence: Evidence): void {
    const same = this.list.find((p) => p.id === id && p.label.toLowerCase() === label.toLowerCase());
    if (same) {
      if (!same.legalBasis && legalBasis) same.legalBasis = legalBasis;
      return;
    }
    this.list.push({ id, label, legalBasis, evidence: [evidence] });
  }

  /**
   * A purpose already found is stated again: the new statement may link its basis, when it can only mean that one
   * purpose (several purposes of the same id make the link ambiguous).
   */
  restate(id: string, legalBasis: LegalBasisId | null, evidence: Evidence): void {
    const same = this.list.filter((p) => p.id === id);
    if (!legalBasis || same.length !== 1 || same[0].legalBasis) return;
    same[0].legalBasis = legalBasis;
    if (!same[0].evidence.some((e) => e.line === evidence.line && e.column === evidence.column)) same[0].evidence.push(evidence);
  }

  sorted(): Purpose[] {
    return this.list
      .map((p, i) => ({ p, i }))
      .sort((a, b) => a.p.evidence[0].line - b.p.evidence[0].line || a.p.evidence[0].column - b.p.evidence[0].column || a.i - b.i)
      .map(({ p }) => p);
  }
}

/**
 * A list enumerates purposes when its intro ends in a colon and announces them ("voor de volgende doelen:", "we use
 * your information to:", or a use verb followed by items that open with "to"/"om"), or, without such an intro, when it
 * stands under a purposes heading and its items are short and name purposes.
 */
export function isPurposeList(ctx: ExtractContext, list: ItemList): boolean {
  if (!ctx.lang || offTopic(ctx, list.anchor)) return false;
  const lex = PURPOSE_LEXICON[ctx.lang];
  const intro = list.intro;
  if (intro && endsWithColon(intro.text)) {
    if (test(phrases(lex.listIntro), intro.text)) return true;
    const marker = framed(lex.markers, '^', '(?![\\p{L}\\p{N}])');
    const opening = list.items.filter((n) => marker.test(n.text.replace(/^[^\p{L}]+/u, ''))).length;
    return test(phrases(lex.statementVerbs), intro.text) && opening * 2 >= list.items.length;
  }
  if (!ctx.inTopic(list.anchor, 'purposes')) return false;
  if (list.items.some((n) => wordCount(n.text) > SHORT_PURPOSE_WORDS)) return false;
  // Activities named by their grammar ("het bijhouden van de ledenlijst") count where the section is about purposes
  // only: under "which data and why", short items may be data categories.
  const activity = lex.activityItems?.length && !sectionTopics(ctx, list.anchor).has('data') ? framed(lex.activityItems, '^[^\\p{L}]*', '') : null;
  const named = list.items.filter((n) => purposeHits(n.text, lex)[0] || (activity && activity.test(n.text))).length;
  return named * 2 >= list.items.length && named > 0;
}

function readPurposeList(ctx: ExtractContext, lang: SupportedLanguage, list: ItemList, purposes: Purposes, consumed: Segment[]): void {
  if (isPurposeList(ctx, list)) {
    for (const node of list.items) readPurposeItem(ctx, lang, node, purposes, consumed);
    return;
  }
  for (const node of list.items) for (const child of childLists(node)) readPurposeList(ctx, lang, child, purposes, consumed);
}

/** One listed purpose: its head ("Administratie - …") or whole text is the label; nested items are its examples. */
function readPurposeItem(ctx: ExtractContext, lang: SupportedLanguage, item: ListNode, purposes: Purposes, consumed: Segment[]): void {
  const consume = (node: ListNode): void => {
    consumed.push(node);
    node.children.forEach(consume);
  };
  consume(item);
  const lex = PURPOSE_LEXICON[lang];
  const split = splitHead(item);
  const label = itemLabel(split ? split.head.text : firstSentence(item));
  const hit = purposeHits(split?.head.text ?? '', lex)[0] ?? purposeHits(item.text, lex)[0];
  if (label.length === 0) return;
  if (hit && (ctx.negated(item.text, hit.start) || thirdPartyDuty(item.text, hit, LEGAL_BASIS_LEXICON[lang]))) return;
  // A head with its explanation or basis after it ("Traitement des commandes — Base légale : exécution du contrat") is read
  // by its head.
  if (!hit && !keepAsOther(split ? split.head.text : item.text, lex)) return;
  const basis = basisHits(ctx, item.text)[0]?.id ?? null;
  purposes.add(hit?.id ?? 'other', label, basis, ctx.span(item.block, item.start, item.end));
}

/** An item naming no known purpose is still one when it reads as a purpose: short, or opening with "to"/"om". */
function keepAsOther(text: string, lex: PurposeLexicon): boolean {
  if (test(phrases(lex.metaItems), text)) return false;
  return wordCount(text) <= OTHER_ITEM_WORDS || framed(lex.strongMarkers, '^(?:te(?![\\p{L}\\p{N}])|', ')(?![\\p{L}\\p{N}])').test(text);
}

/** Table columns headed as purposes ("Doel"): each row is one purpose, linked to the row's basis column. */
function readPurposeTables(ctx: ExtractContext, lang: SupportedLanguage, purposes: Purposes, consumed: Segment[]): void {
  const lex = PURPOSE_LEXICON[lang];
  const basisLex = LEGAL_BASIS_LEXICON[lang];
  for (const table of readTables(ctx)) {
    const basisColumn = table.header.findIndex((h) => test(phrases(basisLex.columnHeader), h));
    const column = table.header.findIndex((h, i) => i !== basisColumn && test(phrases(lex.columnHeader), h));
    if (column < 0) continue;
    for (const row of table.rows) {
      const cell = row.cells[column];
      if (!cell || cell.text.length === 0) continue;
      consumed.push(cell);
      const hit = purposeHits(cell.text, lex)[0];
      const basisCell = basisColumn >= 0 ? row.cells[basisColumn] : undefined;
      const basis = (basisCell ? cellBasis(ctx, basisCell.text, lang) : null) ?? basisHits(ctx, cell.text)[0]?.id ?? null;
      purposes.add(hit?.id ?? 'other', itemLabel(cell.text), basis, ctx.span(cell.block, cell.start, cell.end));
    }
  }
}

/**
 * Inline enumerations of purposes ("Yahoo uses information for the following general purposes: to customize …,
 * contact you, …") and "Purpose:" fields of a policy written as records; a "Legal basis:" field of the same record
 * links its basis (pairing enumerators "(A)", "(B)" where both fields use them).
 */
function readInlineEnumerations(ctx: ExtractContext, lang: SupportedLanguage, purposes: Purposes, consumed: Segment[]): void {
  const lex = PURPOSE_LEXICON[lang];
  for (const sentence of ctx.doc.sentences) {
    if (sentence.block.kind === 'heading' || offTopic(ctx, sentence.block) || consumed.some((c) => overlaps(c, sentence))) continue;
    const body = enumerationBody(sentence, lex);
    if (!body) continue;
    const record = recordBases(ctx, sentence, lang);
    for (const part of splitEnumeration(body)) {
      const hit = purposeHits(part.text, lex)[0];
      if (hit && ctx.negated(part.text, hit.start)) continue;
      if (!hit && !keepAsOther(part.text, lex)) continue;
      const basis = basisHits(ctx, part.text)[0]?.id ?? (part.mark ? record.byMark.get(part.mark) : undefined) ?? record.only;
      purposes.add(hit?.id ?? 'other', itemLabel(part.text), basis, ctx.inSentence(sentence, part.start - sentence.start, part.end - sentence.start));
    }
    consumed.push(sentenceSegment(sentence));
  }
}

/** The enumeration after a purpose intro or "Purpose:" label inside a sentence, or null. */
function enumerationBody(sentence: Sentence, lex: PurposeLexicon): Segment | null {
  const text = sentence.text;
  let end = -1;
  const field = framed(lex.fieldLabel, '^[^\\p{L}]*', '\\s*:').exec(text);
  if (field) end = field[0].length;
  for (const h of hits(phrases(lex.listIntro), text)) if (h.end > end) end = h.end;
  if (end < 0) return null;
  // A field may hold an intro of its own ("Purpose: We process your data for two purposes: (A) …").
  const colon = text.indexOf(':', end);
  if (colon >= 0 && colon < text.length - 1) end = colon + 1;
  const body = segment(sentence.block, sentence.start + end, sentence.end);
  return wordCount(body.text) > 0 ? body : null;
}

/** The bases of the "Legal basis:" field in the same block as a "Purpose:" field. */
function recordBases(ctx: ExtractContext, sentence: Sentence, lang: SupportedLanguage): { byMark: Map<string, LegalBasisId>; only: LegalBasisId | null } {
  const byMark = new Map<string, LegalBasisId>();
  const label = framed(LEGAL_BASIS_LEXICON[lang].fieldLabel, '^[^\\p{L}]*', '\\s*:');
  const field = sentence.block.sentences.find((s) => label.test(s.text));
  if (!field) return { byMark, only: null };
  const m = label.exec(field.text)!;
  const body = segment(field.block, field.start + m[0].length, field.end);
  const ids = new Set<LegalBasisId>();
  for (const part of splitEnumeration(body)) {
    const first = basisHits(ctx, part.text)[0];
    if (first && part.mark && !byMark.has(part.mark)) byMark.set(part.mark, first.id);
    for (const h of basisHits(ctx, part.text)) ids.add(h.id);
  }
  return { byMark, only: ids.size === 1 ? [...ids][0] : null };
}

/**
 * Explicit purpose statements ("Het doel ervan is om gebruikers … te informeren", "The purpose of this data
 * collection is to inform you of any unknown activity"): the rest of the clause is one purpose.
 */
function readPurposeStatements(ctx: ExtractContext, lang: SupportedLanguage, purposes: Purposes, consumed: Segment[]): void {
  const lex = PURPOSE_LEXICON[lang];
  const opener = framed(lex.statementOpeners, '(?<![\\p{L}\\p{N}])', '(?![\\p{L}\\p{N}])\\s*');
  for (const sentence of ctx.doc.sentences) {
    if (sentence.block.kind === 'heading' || offTopic(ctx, sentence.block) || consumed.some((c) => overlaps(c, sentence))) continue;
    const m = opener.exec(sentence.text);
    if (!m || ctx.negated(sentence.text, m.index)) continue;
    const from = m.index + m[0].length;
    const stop = /[,;]\s|[.!?]\s*$/u.exec(sentence.text.slice(from));
    const body = segment(sentence.block, sentence.start + from, sentence.start + from + (stop ? stop.index : sentence.text.length - from));
    if (wordCount(body.text) === 0) continue;
    const hit = purposeHits(body.text, lex)[0];
    const basis = basisHits(ctx, sentence.text)[0]?.id ?? null;
    purposes.add(hit?.id ?? 'other', itemLabel(body.text), basis, ctx.sentence(sentence));
    consumed.push(sentenceSegment(sentence));
  }
}

/**
 * Sentences elsewhere add each purpose they name that no list gave, where the phrase stands in a purpose clause ("om
 * …", "voor … doeleinden", "in order to …") or is the object of an activity ("versturen wij nieuwsbrieven").
 * Restating a listed purpose in a purpose clause or in the same list item may link its basis
 * ("Uw e-mailadres wordt alleen met uw toestemming toegevoegd" in the item about the newsletter).
 */
function readPurposeSentences(ctx: ExtractContext, lang: SupportedLanguage, purposes: Purposes, consumed: Segment[]): void {
  const lex = PURPOSE_LEXICON[lang];
  for (const sentence of ctx.doc.sentences) {
    if (consumed.some((c) => overlaps(c, sentence)) || !statesPurpose(ctx, lex, sentence)) continue;
    const text = sentence.text;
    const inItem = sentence.block.kind === 'listItem';
    const found = purposeHits(text, lex);
    const itemBasis = inItem ? linkedBasis(ctx, sentence.block.text, null, lex) : null;
    const seen = new Set<string>();
    for (const hit of found) {
      if (seen.has(hit.id) || ctx.negated(text, hit.start) || thirdPartyDuty(text, hit, LEGAL_BASIS_LEXICON[lang])) continue;
      const basis = linkedBasis(ctx, text, hit, lex) ?? itemBasis;
      const clause = purposeClause(text, hit, lex);
      if (!clause.marked && !activityObject(text, hit, lex) && !listedUnderHeading(ctx, sentence)) continue;
      seen.add(hit.id);
      if (purposes.has(hit.id)) {
        if (clause.marked || inItem) purposes.restate(hit.id, basis, ctx.sentence(sentence));
      } else purposes.add(hit.id, clause.label, basis, ctx.sentence(sentence));
    }
  }
}

/**
 * A short paragraph of its own under a purposes heading names them as a list would ("## Doeleinden ⏎ Ledenadministratie,
 * contributie-inning en het versturen van de clubkrant.").
 */
function listedUnderHeading(ctx: ExtractContext, sentence: Sentence): boolean {
  const { block } = sentence;
  return block.kind === 'paragraph' && block.sentences.length === 1 && wordCount(block.text) <= SHORT_PARAGRAPH_WORDS && sectionTopics(ctx, block).has('purposes');
}

/** At most this many words make a paragraph under a purposes heading a list of purposes. */
const SHORT_PARAGRAPH_WORDS = 25;

function statesPurpose(ctx: ExtractContext, lex: PurposeLexicon, sentence: Sentence): boolean {
  const { block, text } = sentence;
  if (block.kind === 'heading' && (wordCount(text) < 8 || !test(phrases(lex.statementVerbs), text))) return false;
  if (offTopic(ctx, block) || basisOnlySection(ctx, block)) return false;
  if (test(phrases(lex.sharingCues), text) || test(phrases(lex.notPurpose), text)) return false;
  const verb = hits(phrases(lex.statementVerbs), text)[0];
  if (verb) return !negatedVerb(ctx, text, verb);
  // A sentence that opens with "to …"/"om …" continues a statement of use (often cut off by a line-broken heading).
  return sectionTopics(ctx, block).has('purposes') || framed(lex.strongMarkers, '^[^\\p{L}]*', '(?![\\p{L}\\p{N}])').test(text);
}

/**
 * The basis a sentence links to one of its purposes: its first basis, passing over a basis phrase that is itself
 * another purpose ("to comply with legal obligations, and to maintain the security" does not make security a legal
 * obligation). Without `hit`, the first basis that is no purpose phrase.
 */
function linkedBasis(ctx: ExtractContext, text: string, hit: PurposeHit | null, lex: PurposeLexicon): LegalBasisId | null {
  const others = purposeHits(text, lex).filter((p) => !hit || (p.start !== hit.start && p.id !== hit.id));
  const free = basisHits(ctx, text).find((b) => (hit && b.start < hit.end && hit.start < b.end) || !others.some((p) => b.start < p.end && p.start < b.end));
  return free?.id ?? null;
}

/** The phrase is the object of an activity verb a few words before it ("versturen wij nieuwsbrieven en uitnodigingen"). */
function activityObject(text: string, hit: PurposeHit, lex: PurposeLexicon): boolean {
  return hits(phrases(lex.activityVerbs), text).some((v) => v.end <= hit.start && wordCount(text.slice(v.end, hit.start)) <= 4 && !/[,;:.]/u.test(text.slice(v.end, hit.start)));
}

/**
 * The purpose clause around a phrase and whether a marker opens it: a strong marker ("om", "to", "in order to") before
 * the phrase in its clause or right after it ("We gebruiken Google Analytics om te begrijpen …"), or a weak one
 * ("voor", "for") a few words before it ("voor marketing- en sales doeleinden"). The label runs from the marker to the
 * end of the clause (a weak marker's to the phrase and a following "doeleinden"); without a marker it is the phrase.
 */
function purposeClause(text: string, hit: PurposeHit, lex: PurposeLexicon): { label: string; marked: boolean } {
  const ends = hits(phrases(lex.clauseEnds), text);
  let left = 0;
  for (const m of text.slice(0, hit.start).matchAll(/[,;:(]/gu)) left = m.index! + 1;
  for (const e of ends) if (e.end <= hit.start && e.start >= left) left = e.start;
  let right = text.length;
  const punct = /[,;:.!?()]/u.exec(text.slice(hit.end));
  if (punct) right = hit.end + punct.index;
  for (const e of ends) if (e.start >= hit.end && e.start < right) right = e.start;
  const purposeWord = hits(phrases(lex.purposeWords), text).find((w) => w.start >= hit.end && w.start <= right && wordCount(text.slice(hit.end, w.start)) <= 4);
  const strong = hits(phrases(lex.strongMarkers), text);
  const weak = hits(phrases(lex.markers), text);
  const strongBefore = strong.find((m) => m.start >= left && m.end <= hit.start);
  const weakBefore = weak.filter((m) => m.start >= left && m.end <= hit.start && wordCount(text.slice(m.end, hit.start)) <= 4).pop();
  const strongAfter = strong.find((m) => m.start >= hit.end && m.end <= right);
  let start: number | undefined;
  let end = right;
  if (strongBefore) start = strongBefore.start;
  else if (weakBefore) {
    start = weakBefore.start;
    end = purposeWord ? purposeWord.end : hit.end;
  } else if (strongAfter) start = strongAfter.start;
  if (start === undefined) return { label: itemLabel(hit.text), marked: false };
  const label = itemLabel(text.slice(start, end).replace(grammar().opening, ''));
  return { label: wordCount(label) > MAX_LABEL_WORDS || wordCount(label) === 0 ? itemLabel(hit.text) : label, marked: true };
}

/**
 * Basis entries ("Uitvoering van een overeenkomst - wanneer je een bestelling plaatst", "Consent:" with its items) and
 * sentences of a legal-basis section that name one basis link it to the listed purposes they mention.
 */
function linkFromBasisEntries(ctx: ExtractContext, lang: SupportedLanguage, purposes: Purposes): void {
  const lex = PURPOSE_LEXICON[lang];
  const link = (text: string, id: LegalBasisId, evidence: Evidence): void => {
    for (const hit of purposeHits(text, lex)) purposes.restate(hit.id, id, evidence);
  };
  for (const list of readLists(ctx)) {
    for (const node of list.items) {
      const id = entryBasis(ctx, node, lang);
      if (!id) continue;
      link(node.text, id, ctx.span(node.block, node.start, node.end));
      for (const child of node.children) link(child.text, id, ctx.span(child.block, child.start, child.end));
    }
  }
  for (const block of ctx.doc.blocks) {
    if (block.kind !== 'paragraph') continue;
    const entry: ListNode = { ...segment(block, 0, block.text.length), children: [] };
    const id = entryBasis(ctx, entry, lang);
    if (id) link(entry.text, id, ctx.block(block));
  }
  for (const sentence of ctx.doc.sentences) {
    if (sentence.block.kind === 'heading' || !ctx.inTopic(sentence.block, 'legal_basis')) continue;
    const ids = new Set(basisHits(ctx, sentence.text).map((h) => h.id));
    if (ids.size === 1) link(sentence.text, [...ids][0], ctx.sentence(sentence));
  }
}

/** The basis an entry's head names ("Toestemming:", "Gerechtvaardigd belang - …"), or null. */
function entryBasis(ctx: ExtractContext, node: ListNode, lang: SupportedLanguage): LegalBasisId | null {
  const split = splitHead(node, 5);
  const head = split?.head.text ?? (endsWithColon(node.text) && wordCount(node.text) <= 5 ? node.text : null);
  return head ? cellBasis(ctx, head, lang) : null;
}

/* ------------------------------------------------------------------ legal bases */

/** Every basis the policy states, in document order of its first statement, each with all its sentences. */
function findLegalBases(ctx: ExtractContext, labels: readonly BasisLabel[]): LegalBasis[] {
  const found = new Map<LegalBasisId, Evidence[]>();
  const add = (id: LegalBasisId, evidence: Evidence): void => {
    const list = found.get(id) ?? [];
    if (!list.some((e) => e.line === evidence.line && e.column === evidence.column)) list.push(evidence);
    found.set(id, list);
  };
  const { cells, rows } = basisCells(ctx);
  for (const sentence of ctx.doc.sentences) {
    if (sentence.block.kind === 'heading' || (noBasisSection(ctx, sentence.block) && !ownProcessing(ctx, sentence.text))) continue;
    for (const c of cells.filter((x) => overlaps(x.cell, sentence))) add(c.id, ctx.span(c.cell.block, c.cell.start, c.cell.end));
    // A row of a table with a basis column states its basis in that column only.
    if (rows.has(sentence.block)) continue;
    for (const h of basisHits(ctx, sentence.text)) add(h.id, ctx.sentence(sentence));
  }
  for (const { label, id } of labels) add(id, ctx.block(label));
  const out = LEGAL_BASIS_IDS.filter((id) => found.has(id)).map((id) => ({ id, evidence: found.get(id)! }));
  return out.sort((a, b) => a.evidence[0].line - b.evidence[0].line || a.evidence[0].column - b.evidence[0].column || LEGAL_BASIS_IDS.indexOf(a.id) - LEGAL_BASIS_IDS.indexOf(b.id));
}

interface BasisLabel {
  label: Block;
  body: Block;
  id: LegalBasisId;
}

/**
 * A basis given as the label of what follows: a heading or a short line on its own ("### Legitimate interests",
 * "<dt>Legitimate interests</dt>", "**Toestemming**") with text under it. The heading alone states nothing
 * (ANNOTATION.md); with the processing described under it, that processing rests on it.
 */
function basisLabels(ctx: ExtractContext): BasisLabel[] {
  if (!ctx.lang) return [];
  const out: BasisLabel[] = [];
  const blocks = ctx.doc.blocks;
  for (const [i, block] of blocks.entries()) {
    const body = blocks[i + 1];
    if (!body || body.kind === 'heading' || body.sentences.length === 0) continue;
    const text = block.text.replace(/[*_#:\s]+$/u, '').replace(/^[*_#\s]+/u, '');
    // The label is the basis's name and nothing else ("Legitimate interests", not "Your consent choices").
    const short = wordCount(text) <= 4 && !/[.!?;,]/u.test(text);
    if (!short || (block.kind !== 'heading' && block.kind !== 'paragraph') || noBasisSection(ctx, body)) continue;
    const id = cellBasis(ctx, text, ctx.lang);
    if (id) out.push({ label: block, body, id });
  }
  return out;
}

/** Cells of a table column headed as legal basis ("Grondslag"), with the basis each names, and the rows of such tables. */
function basisCells(ctx: ExtractContext): { cells: { cell: Segment; id: LegalBasisId }[]; rows: Set<Block> } {
  const cells: { cell: Segment; id: LegalBasisId }[] = [];
  const rows = new Set<Block>();
  if (!ctx.lang) return { cells, rows };
  const lex = LEGAL_BASIS_LEXICON[ctx.lang];
  for (const table of readTables(ctx)) {
    const column = table.header.findIndex((h) => test(phrases(lex.columnHeader), h));
    if (column < 0) continue;
    for (const row of table.rows) {
      rows.add(row.block);
      const cell = row.cells[column];
      const id = cell ? cellBasis(ctx, cell.text, ctx.lang) : null;
      if (cell && id) cells.push({ cell, id });
    }
  }
  return { cells, rows };
}

/** The basis a bare term names ("Toestemming", "Uitvoering van de Overeenkomst", "Legitimate interests"). */
function cellBasis(ctx: ExtractContext, text: string, lang: SupportedLanguage): LegalBasisId | null {
  const full = basisHits(ctx, text)[0];
  if (full) return full.id;
  const lex = LEGAL_BASIS_LEXICON[lang];
  let best: BasisHit | null = null;
  for (const id of LEGAL_BASIS_IDS) {
    const h = hits(phrases(lex.cellPhrases[id]), text)[0];
    if (h && !ctx.negated(text, h.start) && (!best || h.start < best.start)) best = { id, start: h.start, end: h.end };
  }
  return best?.id ?? null;
}

/**
 * The bases a text states, in order: phrases of the language (not where they speak of parental consent, consent
 * withdrawn or absent, a negated basis or a third party's legal duty) and Art. 6(1) citations in any language.
 */
function basisHits(ctx: ExtractContext, text: string): BasisHit[] {
  let memo = basisMemo.get(ctx);
  if (!memo) {
    memo = new Map();
    basisMemo.set(ctx, memo);
  }
  let found = memo.get(text);
  if (!found) {
    found = findBasisHits(ctx, text);
    memo.set(text, found);
  }
  return found;
}

/** The same texts are read by several passes: their bases are found once per document. */
const basisMemo = new WeakMap<ExtractContext, Map<string, BasisHit[]>>();

function findBasisHits(ctx: ExtractContext, text: string): BasisHit[] {
  const out: BasisHit[] = citationHits(text);
  if (ctx.lang) {
    const lex = LEGAL_BASIS_LEXICON[ctx.lang];
    for (const id of LEGAL_BASIS_IDS) {
      const exclusions = lex.notBasis[id];
      const excluded = exclusions ? hits(phrases(exclusions), text) : [];
      for (const h of hits(phrases(lex.phrases[id]), text)) {
        if (excluded.some((x) => h.start < x.end && x.start < h.end)) continue;
        if (ctx.negated(text, h.start) || thirdPartyDuty(text, h, lex)) continue;
        out.push({ id, start: h.start, end: h.end });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || LEGAL_BASIS_IDS.indexOf(a.id) - LEGAL_BASIS_IDS.indexOf(b.id));
}

/** Art. 6(1) citations: "art. 6 lid 1 sub b", "Article 6(1)(f)", "Art. 6 Abs. 1 lit. a DSGVO", "article 6-e du RGPD". */
function citationHits(text: string): BasisHit[] {
  const out: BasisHit[] = [];
  const gdpr = phrases(ARTICLE_6_CITATIONS.gdprNames);
  const push = (h: Hit): void => {
    const id = ARTICLE_6_CITATIONS.letters[(h.groups.find((g) => g) ?? '').toLowerCase()];
    if (id && !out.some((o) => o.start < h.end && h.start < o.end)) out.push({ id, start: h.start, end: h.end });
  };
  for (const h of hits(phrases(ARTICLE_6_CITATIONS.full), text)) push(h);
  for (const h of hits(phrases(ARTICLE_6_CITATIONS.short), text)) {
    if (test(gdpr, text.slice(h.end, h.end + ARTICLE_6_CITATIONS.reach))) push(h);
  }
  return out;
}

/**
 * True when a legal duty is someone else's: "indien Google hiertoe wettelijk wordt verplicht". The words between the
 * clause opener and the phrase are its subject; the organisation ("wij", "we") or no subject keeps the basis.
 */
function thirdPartyDuty(text: string, hit: Hit, lex: LegalBasisLexicon): boolean {
  if (!test(phrases(lex.subjectBound), hit.text)) return false;
  const before = text.slice(0, hit.start);
  let from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  for (const o of hits(phrases(lex.clauseOpeners), before)) if (o.end > from) from = o.end;
  const subject = before.slice(from);
  if (test(phrases(lex.firstPerson), subject)) return false;
  if (test(phrases(lex.thirdParties), subject)) return true;
  const filler = new Set(lex.fillerWords);
  const words = subject.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.some((w, i) => !filler.has(w.toLowerCase()) && /^\p{Lu}/u.test(w) && !(i === 0 && from === 0));
}

/* ------------------------------------------------------------------ legitimate interests */

/**
 * The interests named where legitimate interest is relied on: the phrase after the basis ("ons gerechtvaardigd belang
 * om onze dienstverlening te verbeteren", "legitimate interests, for example, to respond to your enquiries"), the text
 * after an entry head ("Gerechtvaardigd belang - voor klantenservice …"), a "Legitimate interests:" field, or an
 * example in the next sentence ("Dit kan bijvoorbeeld het geval zijn bij …").
 */
function findInterests(ctx: ExtractContext, lang: SupportedLanguage, purposes: readonly Purpose[], labels: readonly BasisLabel[]): LegitimateInterest[] {
  const out: LegitimateInterest[] = [];
  const emptyList = INTEREST_LEXICON[lang].emptyInterests;
  const empty = emptyList?.length ? wordPattern(emptyList) : null;
  const add = (label: string, evidence: Evidence): void => {
    const clean = itemLabel(label);
    if (wordCount(clean) === 0 || out.some((i) => i.label.toLowerCase() === clean.toLowerCase())) return;
    if (empty && hits(empty, clean).some((h) => h.start === 0 && h.end === clean.length)) return;
    out.push({ label: clean, evidence: [evidence] });
  };
  // Under a label "Legitimate interests", the purpose the text under it gives is the interest pursued.
  for (const { body, id } of labels) {
    const first = body.sentences[0];
    if (id === 'legitimate_interests' && (holdsPurpose(ctx, first, purposes) || givesPurpose(lang, first.text) || opensWithPurpose(lang, first.text))) add(first.text, ctx.sentence(first));
  }
  for (const sentence of ctx.doc.sentences) {
    if (sentence.block.kind === 'heading' || noBasisSection(ctx, sentence.block)) continue;
    const lis = basisHits(ctx, sentence.text).filter((h) => h.id === 'legitimate_interests');
    if (lis.length === 0) continue;
    let label: string | null = null;
    for (const h of lis) {
      label = interestAfter(sentence.text, h, lang);
      if (label) break;
    }
    if (label) {
      add(label, ctx.sentence(sentence));
      continue;
    }
    // A purpose as the head of the sentence, before a colon and the basis ("Prospection commerciale : ce traitement est fondé
    // sur notre intérêt légitime", "Gestion de la sécurité du site : intérêt légitime de l'éditeur"): that purpose is the
    // interest. Not a head that names a basis itself ("Base légale : …" is a field label, read above).
    const head = purposeHead(ctx, lang, sentence.text, lis[0].start);
    if (head) {
      add(head, ctx.sentence(sentence));
      continue;
    }
    const at = sentence.block.sentences.indexOf(sentence);
    const next = sentence.block.sentences[at + 1];
    const example = next ? exampleInterest(next.text, lang) : null;
    if (next && example) {
      add(example, ctx.sentence(next));
      continue;
    }
    // The basis leads into a list ("Sur la base d'un intérêt légitime, les traitements suivants sont mis en œuvre :",
    // "für folgende Zwecke, an denen wir ein berechtigtes Interesse haben:"): the listed items are the interests.
    if (at === sentence.block.sentences.length - 1 && /:\s*$/u.test(sentence.text)) {
      const items = listAfter(ctx, sentence.block);
      for (const item of items.slice(0, MAX_LISTED_INTERESTS)) add(item.text, ctx.sentence(item.sentences[0]));
      if (items.length > 0) continue;
    }
    // A purpose stated right before or after the basis in the same paragraph ("… is stored under the basis of
    // GDPR 6(1)(f) Legitimate interests. We collect this in order to analyse usage of the site"; "… um Stabilität zu
    // sichern. Dies entspricht unserem berechtigten Interesse."): that purpose is the interest pursued.
    // Not for a sentence that lists the bases, naming two others besides ("provision of Data is necessary for the
    // performance of an agreement …; compliance with a legal obligation …; the legitimate interests …"): its
    // neighbours' purposes belong to no basis in particular.
    const listsBases = new Set(basisHits(ctx, sentence.text).map((h) => h.id).filter((id) => id !== 'legitimate_interests')).size >= 2;
    let found = false;
    for (const near of listsBases ? [] : [sentence.block.sentences[at - 1], next]) {
      if (near && (holdsPurpose(ctx, near, purposes) || givesPurpose(lang, near.text) || statesInterest(lang, near.text) || (near !== next && pointsBack(lang, sentence.text, near.text)))) {
        add(near.text, ctx.sentence(near));
        found = true;
        break;
      }
    }
    // A short basis line of its own under the purpose it covers, in the same section ("Wir nutzen Matomo, um … ⏎
    // Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO", "- Doel: nieuwsbrief ⏎ - Grondslag: gerechtvaardigd belang"): that
    // purpose is the interest pursued.
    if (!found && !listsBases && at === 0 && sentence.block.sentences.length === 1) {
      const prev = ctx.doc.blocks[sentence.block.index - 1];
      const last = prev && prev.kind !== 'heading' && prev.kind === sentence.block.kind && prev.section === sentence.block.section ? prev.sentences[prev.sentences.length - 1] : undefined;
      // Not an item of a list of bases ("- die Verarbeitung zur Abwicklung eines Vertrags erforderlich ist, ⏎ - … zur Wahrung
      // berechtigter Interessen …"): the item before names a basis of its own.
      if (last && basisHits(ctx, last.text).length === 0 && (holdsPurpose(ctx, last, purposes) || givesPurpose(lang, last.text))) add(last.text, ctx.sentence(last));
    }
  }
  return out;
}

/** At most this many words in a purpose head before a colon. */
const MAX_HEAD_WORDS = 8;

/** The purpose a sentence opens with before a colon that precedes the basis at `before`, or null. */
function purposeHead(ctx: ExtractContext, lang: SupportedLanguage, text: string, before: number): string | null {
  const m = /^[^\p{L}]*([^:;.()]+?)\s*:\s/u.exec(text);
  if (!m || m[0].length > before) return null;
  const head = m[1];
  if (wordCount(head) > MAX_HEAD_WORDS || basisHits(ctx, head).length > 0) return null;
  if (test(phrases(INTEREST_LEXICON[lang].fieldLabel), head)) return null;
  return purposeHits(head, PURPOSE_LEXICON[lang]).length > 0 ? head : null;
}

/** A text that opens with a purpose clause ("To meet the aims of the club …", "Om de website te verbeteren"). */
function opensWithPurpose(lang: SupportedLanguage, text: string): boolean {
  return framed(PURPOSE_LEXICON[lang].strongMarkers, '^[^\\p{L}]*', '(?![\\p{L}\\p{N}])').test(text);
}

/** A statement of use with a purpose clause: "We collect this in order to analyse usage", "… nutzen wir, um …". */
function givesPurpose(lang: SupportedLanguage, text: string): boolean {
  const lex = PURPOSE_LEXICON[lang];
  return test(phrases(lex.strongMarkers), text) && test(phrases(lex.statementVerbs), text);
}

/** A sentence stating the interest itself: "Unser Interesse besteht darin, unsere Website sicher zu betreiben". */
function statesInterest(lang: SupportedLanguage, text: string): boolean {
  const list = INTEREST_LEXICON[lang].statements;
  return !!list?.length && test(phrases(list), text);
}

/** "… um unsere Website anzuzeigen. Dies entspricht unserem berechtigten Interesse": the basis points back to a purpose clause. */
function pointsBack(lang: SupportedLanguage, text: string, before: string): boolean {
  const back = INTEREST_LEXICON[lang].backReferences;
  if (!back?.length || !framed(back, '^[^\\p{L}]*', '(?![\\p{L}\\p{N}])').test(text)) return false;
  return test(phrases(PURPOSE_LEXICON[lang].strongMarkers), before);
}

/** True when the purposes found hold evidence inside this sentence. */
function holdsPurpose(ctx: ExtractContext, sentence: Sentence, purposes: readonly Purpose[]): boolean {
  const at = ctx.sentence(sentence);
  const key = (line: number, column: number): number => line * 1e6 + column;
  const from = key(at.line, at.column);
  const to = key(at.endLine, at.endColumn);
  return purposes.some((p) => p.evidence.some((e) => key(e.line, e.column) >= from && key(e.endLine, e.endColumn) <= to));
}

/** At most this many list items are taken as the interests a basis leads into. */
const MAX_LISTED_INTERESTS = 8;

/** The list items right after a block (nested items included), or none when a list does not follow. */
function listAfter(ctx: ExtractContext, block: Block): Block[] {
  const items: Block[] = [];
  for (let i = block.index + 1; i < ctx.doc.blocks.length; i++) {
    const b = ctx.doc.blocks[i];
    if (b.kind !== 'listItem') break;
    items.push(b);
  }
  return items.filter((b) => b.sentences.length > 0);
}


/** The interest a basis phrase leads into, or null. */
function interestAfter(text: string, hit: BasisHit, lang: SupportedLanguage): string | null {
  const lex = INTEREST_LEXICON[lang];
  let from = hit.end;
  let paren: string | null = null;
  const p = /^\s*\(([^)]*)\)/u.exec(text.slice(from));
  if (p) {
    paren = p[1];
    from += p[0].length;
  }
  const skip = framed(lex.skips, '^\\s+', `(?=\\s+(?:${lex.leads.join('|')})(?![\\p{L}\\p{N}]))`).exec(text.slice(from));
  if (skip) from += skip[0].length;
  const lead = framed(lex.leads, '^\\s*', '(?![\\p{L}\\p{N}])\\s*').exec(text.slice(from));
  if (lead) {
    const keep = lex.purposeLeads?.length && framed(lex.purposeLeads, '^\\s*', '\\s').test(lead[0]) ? lead[0].trimStart() : '';
    const rest = keep + text.slice(from + lead[0].length);
    const statement = framed(lex.statementStarts, '^', '(?![\\p{L}\\p{N}])');
    if (/^\s*[:\-–—]/u.test(lead[0]) && statement.test(rest.trim())) return null;
    if (wordCount(rest) > 0) return rest;
  }
  if (paren) {
    const cue = framed(lex.exampleCues, '^\\s*', '\\s*,?\\s*').exec(paren);
    if (cue && wordCount(paren.slice(cue[0].length)) > 0) return paren.slice(cue[0].length);
  }
  return null;
}

/** The interest a following sentence gives by example ("Dit kan bijvoorbeeld het geval zijn bij X"), or null. */
function exampleInterest(text: string, lang: SupportedLanguage): string | null {
  const lex = INTEREST_LEXICON[lang];
  const m = framed(lex.exampleOpeners, '^[^\\p{L}]*', '(?![\\p{L}\\p{N}])\\s*').exec(text);
  return m && wordCount(text.slice(m[0].length)) > 0 ? text.slice(m[0].length) : null;
}

/* ------------------------------------------------------------------ shared */

/** Every purpose phrase in the text, without overlaps (earlier, then longer, then taxonomy order wins). */
function purposeHits(text: string, lex: PurposeLexicon): PurposeHit[] {
  const all: PurposeHit[] = [];
  for (const id of PURPOSE_IDS) {
    if (id === 'other') continue;
    for (const h of hits(phrases(lex.phrases[id]), text)) all.push({ ...h, id });
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || PURPOSE_IDS.indexOf(a.id) - PURPOSE_IDS.indexOf(b.id));
  const out: PurposeHit[] = [];
  for (const h of all) if (!out.some((o) => h.start < o.end && o.start < h.end)) out.push(h);
  return out;
}

function offTopic(ctx: ExtractContext, block: Block): boolean {
  const topics = sectionTopics(ctx, block);
  if (topics.has('purposes') || topics.has('data') || topics.has('legal_basis')) return false;
  return OFF_TOPICS.some((t) => topics.has(t));
}

/** A section about legal bases only: its sentences restate purposes to link bases, they do not add purposes. */
function basisOnlySection(ctx: ExtractContext, block: Block): boolean {
  return ctx.inTopic(block, 'legal_basis') && !ctx.inTopic(block, 'purposes');
}

/**
 * The organisation states what it does ("we note that we are processing your information in order to fulfil
 * contracts … or to pursue our legitimate business interests"), not on a condition ("where we rely on legitimate
 * interests, you may object"): a statement of its bases even under a rights heading.
 */
function ownProcessing(ctx: ExtractContext, text: string): boolean {
  if (!ctx.lang) return false;
  let re = OWN_PROCESSING.get(ctx.lang);
  if (!re) {
    const basis = LEGAL_BASIS_LEXICON[ctx.lang];
    const verbs = PURPOSE_LEXICON[ctx.lang].statementVerbs;
    const openers = (basis.conditions ?? basis.clauseOpeners).join('|');
    re = caselessRegExp(`(?<![\\p{L}\\p{N}])(?<!(?:${openers})\\s+)(?:${basis.firstPerson.join('|')})\\s+(?:\\p{L}+\\s+)?(?:${verbs.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    OWN_PROCESSING.set(ctx.lang, re);
  }
  return re.test(text);
}

const OWN_PROCESSING = new Map<SupportedLanguage, RegExp>();

function noBasisSection(ctx: ExtractContext, block: Block): boolean {
  if (ctx.inTopic(block, 'legal_basis') || ctx.inTopic(block, 'purposes')) return false;
  return NO_BASIS_TOPICS.some((t) => ctx.inTopic(block, t));
}

/** The first sentence of a list item (the whole item when it is one sentence or a line of a paragraph). */
function firstSentence(item: Segment): string {
  const first = itemAt(item.block.sentences, item.start);
  return first && first.end < item.end ? item.block.text.slice(item.start, first.end) : item.text;
}

function overlaps(seg: Segment, sentence: Sentence): boolean {
  return seg.block === sentence.block && seg.start < sentence.end && sentence.start < seg.end;
}

import type { Evidence, Recipient, RecipientKind, SupportedLanguage } from '../model/types.js';
import type { Block, Sentence } from '../document/index.js';
import type { ExtractContext } from './context.js';
import { PROCESSORS, type ProcessorEntry } from '../lexicon/processors.js';
import {
  LEGAL_FORMS,
  NAME_CONNECTORS,
  NAME_DESCRIPTORS,
  NOT_ORGANISATIONS,
  RECIPIENTS,
  type RecipientsLexicon,
} from '../lexicon/recipients.js';
import { LAWS } from '../lexicon/laws.js';
import { AUTHORITIES } from '../lexicon/authorities.js';
import { COUNTRIES } from '../lexicon/countries.js';
import { exactWordPattern, hits, test, wordPattern, type Hit } from '../lexicon/compile.js';

/** One mention of a recipient in one sentence (or table cell line). */
interface Mention {
  name: string;
  kind: RecipientKind;
  service: string | null;
  country: string | null;
  outsideEea: boolean | null;
  /** Registry parent ("Google" for "Google Analytics"): a bare parent is dropped when a child is named. */
  parent: string | null;
  /** How it was found; an abbreviation that starts a longer name found elsewhere folds into it. */
  source: 'registry' | 'entity' | 'acronym' | 'name' | 'category';
  evidence: Evidence;
  /** Document order: sentence index, then offset in the sentence. */
  order: [number, number];
  /** Offset just after the mention in its sentence (after a legal form the short name leaves out). */
  end: number;
}

/**
 * Who receives personal data: services from the processor registry and named organisations (a legal-entity name,
 * an abbreviation or a proper name) where the text says they are used, shared with or host data, or where they stand
 * in a recipients section, label, table column or list; plus categories ("derden", "payment providers"). Not the
 * controller itself, not a source of data, not a name in a denial ("wij delen geen gegevens met ..."): a policy that
 * says nobody receives data gives no recipients at all.
 */
export function extractRecipients(ctx: ExtractContext): Recipient[] {
  const reading = new Reading(ctx);
  const mentions: Mention[] = [];
  for (const sentence of ctx.doc.sentences) {
    if (sentence.block.kind === 'heading') continue;
    const named = registryMentions(reading, sentence);
    if (reading.lex) {
      named.push(...entityMentions(reading, sentence, named));
      named.push(...acronymMentions(reading, sentence, named));
      named.push(...cuedNameMentions(reading, sentence, named));
      named.push(...itemLabelMentions(reading, sentence, named));
      mentions.push(...categoryMentions(reading, sentence));
    }
    mentions.push(...named);
  }
  if (reading.lex) mentions.push(...columnLines(reading, mentions));
  return merge(mentions);
}

// ---------------------------------------------------------------------------------------------------- reading aids

/** Per-document reading state: the language lexicon, the controller's own names, and section/column/list scopes. */
class Reading {
  readonly ctx: ExtractContext;
  readonly lex: RecipientsLexicon | null;
  readonly lang: SupportedLanguage | null;
  private readonly controllerKeys: string[];
  private readonly sectionCache = new Map<number, 'recipients' | 'source' | null>();

  constructor(ctx: ExtractContext) {
    this.ctx = ctx;
    this.lang = ctx.lang;
    this.lex = ctx.lang ? RECIPIENTS[ctx.lang] : null;
    this.controllerKeys = controllerKeys(ctx, this.lex);
  }

  isController(name: string): boolean {
    const k = normName(name);
    if (k.length === 0) return false;
    return this.controllerKeys.some((c) => k === c || (Math.min(k.length, c.length) >= 4 && (k.startsWith(c) || c.startsWith(k))));
  }

  /** The recipients/source status of the section a block stands in: its nearest heading decides a source section,
   * any enclosing heading a recipients section. */
  section(block: Block): 'recipients' | 'source' | null {
    if (!this.lex) return null;
    const headings = this.ctx.headings(block);
    if (headings.length === 0) return null;
    const nearest = this.headingStatus(headings[0]);
    if (nearest) return nearest;
    return headings.some((h) => this.headingStatus(h) === 'recipients') ? 'recipients' : null;
  }

  private headingStatus(heading: Block): 'recipients' | 'source' | null {
    let status = this.sectionCache.get(heading.index);
    if (status === undefined) {
      const lex = this.lex!;
      status = test(wordPattern(lex.sourceSections), heading.text) ? 'source' : test(wordPattern(lex.sectionLabels), heading.text) ? 'recipients' : null;
      this.sectionCache.set(heading.index, status);
    }
    return status;
  }

  /** True when the sentence falls under an inline label about recipients ("Processors: ...", "Other Recipients:"):
   * a label holds until the next label in the same block. */
  labelled(sentence: Sentence): boolean {
    const label = this.label(sentence);
    return !!this.lex && label !== null && test(wordPattern(this.lex.sectionLabels), label) && !test(wordPattern(this.lex.sourceSections), label);
  }

  /** The inline label the sentence falls under in its block, if any. */
  label(sentence: Sentence): string | null {
    for (let i = sentence.block.sentences.indexOf(sentence); i >= 0; i--) {
      const label = labelOf(sentence.block.sentences[i].text);
      if (label !== null) return label;
    }
    return null;
  }

  /** For a table row: 'recipients' when `offset` lies in a recipients column, 'other' when the table has one but
   * `offset` lies elsewhere, 'service' for a table of services or cookies, null otherwise. */
  column(block: Block, offset: number): 'recipients' | 'other' | 'service' | null {
    if (block.kind !== 'tableRow' || !block.header || !block.cells) return null;
    const headers = block.header;
    const recipientColumns = this.lex ? headers.map((h, i) => (test(wordPattern(this.lex!.columnHeaders), h) ? i : -1)).filter((i) => i >= 0) : [];
    if (recipientColumns.length > 0) {
      if (block.isHeaderRow) return 'other';
      const cell = block.cells.findIndex((c) => offset >= c.start && offset < c.end);
      return recipientColumns.includes(cell) ? 'recipients' : 'other';
    }
    if (block.isHeaderRow) return null;
    if (!this.lex || headers.some((h) => test(wordPattern(this.lex!.serviceHeaders), h))) return 'service';
    return null;
  }

  /** True when `offset` of a table row lies in a column whose lines each name an organisation ("Subverwerker"). */
  nameColumn(block: Block, offset: number): boolean {
    if (!this.lex || block.kind !== 'tableRow' || !block.header || !block.cells || block.isHeaderRow) return false;
    const cell = block.cells.findIndex((c) => offset >= c.start && offset < c.end);
    return cell >= 0 && cell < block.header.length && test(wordPattern(this.lex.nameColumnHeaders), block.header[cell]);
  }

  /** True for a list item after a lead sentence that introduces services ("gebruikt de volgende systemen:"). */
  listed(block: Block): boolean {
    if (!this.lex || block.kind !== 'listItem') return false;
    const blocks = this.ctx.doc.blocks;
    let i = block.index - 1;
    while (i >= 0 && blocks[i].kind === 'listItem') i--;
    if (i < 0 || blocks[i].kind === 'heading') return false;
    const last = blocks[i].sentences.at(-1);
    return !!last && last.text.trimEnd().endsWith(':') && test(wordPattern(this.lex.listLeads), last.text);
  }

  /** Whether a position of a sentence stands where recipients are listed, and how. */
  scope(sentence: Sentence, start: number): { listed: boolean; column: ReturnType<Reading['column']>; source: boolean } {
    const block = sentence.block;
    const column = this.column(block, sentence.start + start);
    const section = this.section(block);
    const listed = column === 'recipients' || column === 'service' || (column !== 'other' && (section === 'recipients' || this.labelled(sentence) || this.listed(block)));
    return { listed, column, source: section === 'source' };
  }
}

/** "Processors: We may use ..." -> "Processors"; null when the sentence does not open with a short label. */
function labelOf(text: string): string | null {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 50) return null;
  const label = text.slice(0, colon).trim();
  if (/[.!?]/u.test(label) || label.split(/\s+/u).length > 5) return null;
  return label;
}

/** Keys of the controller's own names: e-mail domains (not free mail) and subjects of "X is de verantwoordelijke". */
function controllerKeys(ctx: ExtractContext, lex: RecipientsLexicon | null): string[] {
  const keys = new Set<string>();
  const mail = /[\p{L}\p{N}._%+~-]+\s*(?:@|\[at\]|\(at\))\s*((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})/giu;
  for (const block of ctx.doc.blocks) {
    for (const m of block.text.matchAll(mail)) {
      const labels = m[1].toLowerCase().split('.');
      const label = labels[labels.length - 2];
      if (label && !FREE_MAIL.includes(label)) keys.add(normName(label));
    }
  }
  const title = ctx.doc.title ?? ctx.doc.blocks.find((b) => b.kind === 'heading')?.text ?? '';
  const titleName = titleOwner(title);
  if (titleName) keys.add(normName(titleName));
  if (lex) {
    // "your SourceHut account" is the controller's, but "uw Google-account" is Google's: registry names stay out.
    for (const sentence of ctx.doc.sentences) {
      for (const m of sentence.text.matchAll(ownAccountPattern(lex))) {
        if (/^\p{Lu}/u.test(m[1]) && !test(wordPattern(ALL_REGISTRY), m[1])) keys.add(normName(m[1]));
      }
    }
    const statement = wordPattern(lex.controllerStatements);
    for (const sentence of ctx.doc.sentences) {
      const found = hits(statement, sentence.text)[0];
      if (!found) continue;
      const subject = /^(?:(?:de|het|the)\s+)?(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})/u.exec(sentence.text);
      if (subject && found.start - subject[0].length <= 60) keys.add(normName(subject[1]));
    }
  }
  return [...keys].filter((k) => k.length >= 2).sort();
}

/** "Privacyverklaring CoronaMelder" -> "CoronaMelder": the capitalised words of a title that are not privacy words. */
function titleOwner(title: string): string | null {
  const words = title.split(/[\s|:–—-]+/u).filter((w) => w !== '' && !TITLE_WORDS.test(w));
  const name = words.filter((w) => /^\p{Lu}|\p{Lu}/u.test(w) && /\p{L}/u.test(w));
  return name.length > 0 && name.length === words.length ? name.join(' ') : null;
}

/** Privacy words of a title in any language: a German or French title names its owner the same way. */
const TITLE_WORDS = new RegExp(`^(?:${Object.values(RECIPIENTS).flatMap((l) => l.titleWords).join('|')})$`, 'iu');

const accountCache = new Map<string, RegExp>();

/** "your SourceHut account": NAME in the lexicon stands for a run of up to three words. */
function ownAccountPattern(lex: RecipientsLexicon): RegExp {
  const key = lex.ownAccount.join('\u0001');
  let re = accountCache.get(key);
  if (!re) {
    const name = "[\\p{L}\\p{N}][\\p{L}\\p{N}.&'’-]*(?:\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}.&'’-]*){0,2}?";
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${lex.ownAccount.map((s) => s.replace('NAME', name)).join('|')})`, 'giu');
    accountCache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

const FREE_MAIL = ['gmail', 'googlemail', 'hotmail', 'outlook', 'live', 'icloud', 'me', 'yahoo', 'protonmail', 'proton', 'msn', 'ziggo', 'kpnmail', 'planet', 'home', 'xs4all', 'gmx', 'web', 'aol'];

/** Lower-case letters and digits only: the key two spellings of one name share ("Hubspot" = "HubSpot"). */
function normName(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const anchoredCache = new Map<string, RegExp>();

/** `sources` (then optional filler words) ending exactly at the end of the text before a name. */
function endsWith(sources: readonly string[], filler: readonly string[], before: string): RegExpExecArray | null {
  const key = `e\u0000${sources.join('\u0001')}\u0000${filler.join('\u0001')}`;
  let re = anchoredCache.get(key);
  if (!re) {
    const fill = filler.length > 0 ? `(?:\\s+(?:${filler.join('|')}))*` : '';
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})${fill}\\s*[("“‘'*]*\\s*$`, 'iu');
    anchoredCache.set(key, re);
  }
  return re.exec(before);
}

/** `sources` starting exactly at the start of the text after a name. */
function startsWith(sources: readonly string[], after: string): boolean {
  const key = `s\u0000${sources.join('\u0001')}`;
  let re = anchoredCache.get(key);
  if (!re) {
    re = new RegExp(`^[)"”’'*]*(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    anchoredCache.set(key, re);
  }
  return re.test(after);
}

/** The text before a name, cut at the start of its clause, so a cue in an earlier clause does not reach it. */
function clauseBefore(text: string, start: number): string {
  // Sentences are already split, so a ". " inside one is an abbreviation ("e.g. Twitter"), not a boundary.
  const before = text.slice(0, start);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('\n'));
  return before.slice(cut + 1);
}

/** The clause a phrase stands in: from the previous to the next ';', ':' or sentence end. */
function clauseAround(text: string, start: number, end: number): string {
  const after = text.slice(end);
  const stop = after.search(/[;:\n]/u);
  return clauseBefore(text, start) + text.slice(start, end) + (stop >= 0 ? after.slice(0, stop) : after);
}

/** The name is used, shared with or hosts data, by the words right before or after it. `strict` takes only the
 * cues that are safe for a proper name outside the registry. */
function cued(r: Reading, text: string, start: number, end: number, strict = false): boolean {
  const lex = r.lex;
  if (!lex) return false;
  const before = clauseBefore(text, start);
  const cue = endsWith(strict ? lex.nameCues : lex.useBefore, lex.filler, before);
  if (cue) {
    // "if you use Chrome": the reader's own tools receive nothing from the controller.
    const subject = (before.slice(0, cue.index).match(/[\p{L}\p{N}]+/gu) ?? []).at(-1) ?? '';
    if (!wholeWord(lex.readerSubjects).test(subject)) return true;
  }
  return startsWith(lex.roleAfter, text.slice(end));
}

const wholeWordCache = new Map<string, RegExp>();

/** One word that is exactly one of the phrases. */
function wholeWord(sources: readonly string[]): RegExp {
  const key = sources.join('\u0001');
  let re = wholeWordCache.get(key);
  if (!re) {
    re = new RegExp(`^(?:${sources.join('|')})$`, 'iu');
    wholeWordCache.set(key, re);
  }
  return re;
}

/** The name follows an accepted one in the same sentence with only "," / "en" / "and" / "or" between them, so the
 * cue of the first covers it ("wij werken samen met PostNL en DHL"). */
function continuesList(text: string, accepted: Mention[], start: number): boolean {
  return accepted.some((m) => {
    if (m.order[1] >= start) return false;
    const gap = text.slice(m.end, start);
    // A legal form may stand between ("Acme B.V. en Foo GmbH").
    return /^(?:\s*\p{Lu}[^\s,;]*){0,2}[\s)]*(?:,|\s)\s*(?:(?:en|and|or|of|&|und|et|als\s+ook|as\s+well\s+as)\s+)?(?:(?:de|het|the|onze?|our)\s+)?$/u.test(gap) && gap.length < 40;
  });
}

/** A name that is not a recipient here: denied, a source, switched off, or a share button or link. */
function excluded(r: Reading, sentence: Sentence, start: number, end: number): boolean {
  const lex = r.lex;
  if (!lex) return false;
  const text = sentence.text;
  if (r.ctx.negated(text, start) || nearReceivingDenial(lex, text, start)) return true;
  const before = clauseBefore(text, start);
  const after = text.slice(end);
  if (endsWith(lex.sourceBefore, lex.filler, before) || startsWith(lex.sourceAfter, after)) return true;
  if (startsWith(lex.disabledAfter, after) || startsWith(lex.internalAfter, after)) return true;
  return false;
}

/** A share button or a link to another site just before the name in its clause ("share our page (e.g. Twitter"). */
function nearReceivingDenial(lex: RecipientsLexicon, text: string, start: number): boolean {
  return test(wordPattern(lex.notReceiving), clauseBefore(text, start).slice(-60));
}

/** True when the hit lies inside a web or e-mail address ("policies.google.com/privacy", "info@x.nl"). */
function insideAddress(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !/\s/u.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !/\s/u.test(text[to])) to++;
  const token = text.slice(from, to);
  if (/@|\/\/|^www\.|\[at\]/iu.test(token)) return true;
  if (/\//u.test(token) && /\.[a-z]{2,}/iu.test(token)) return true;
  // A host part before the hit ("policies.google.com", "legal.hubspot.com").
  return start > 0 && text[start - 1] === '.' && /[\p{L}\p{N}]/u.test(text[start - 2] ?? '');
}

/** Processor when the sentence (or its inline label) says the recipient acts on the controller's behalf. */
function kindOf(r: Reading, sentence: Sentence, fallback: RecipientKind): RecipientKind {
  if (!r.lex) return fallback;
  const block = sentence.block;
  // The sentence, its inline label, its table's header or its heading ("Sub-processors") may say so.
  const context = [r.label(sentence) ?? '', sentence.text, ...(block.header ?? []), r.ctx.heading(block)?.text ?? ''].join(' \n ');
  return test(wordPattern(r.lex.processorWords), context) ? 'processor' : fallback;
}

// ---------------------------------------------------------------------------------------------------- registry

/** Every registry pattern in one, to skip the many sentences that name no service. */
const ALL_REGISTRY = PROCESSORS.flatMap((p) => p.patterns);

interface RegistryHit extends Hit {
  entry: ProcessorEntry;
}

/** Registry services named in the sentence (longest match wins where two overlap). */
function registryHits(text: string): RegistryHit[] {
  if (!test(wordPattern(ALL_REGISTRY), text)) return [];
  const all: RegistryHit[] = [];
  for (const entry of PROCESSORS) for (const h of hits(wordPattern(entry.patterns), text)) all.push({ ...h, entry });
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: RegistryHit[] = [];
  for (const h of all) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept;
}

function registryMentions(r: Reading, sentence: Sentence): Mention[] {
  const text = sentence.text;
  const out: Mention[] = [];
  for (const h of registryHits(text)) {
    if (insideAddress(text, h.start, h.end) || r.isController(h.entry.name)) continue;
    if (excluded(r, sentence, h.start, h.end)) continue;
    const scope = r.scope(sentence, h.start);
    const cue = cued(r, text, h.start, h.end) || continuesList(text, out, h.start);
    if (!cue && (!scope.listed || scope.source)) continue;
    if (scope.column === 'other' && !cue) continue;
    // Payment providers and social networks mostly act as controllers of their own (gdpr.md §1, recipients).
    const typical = ['payments', 'social'].includes(h.entry.category) ? 'controller' : 'processor';
    out.push({
      name: registryName(h.entry, h.text),
      kind: kindOf(r, sentence, typical),
      service: h.entry.name,
      country: h.entry.country,
      outsideEea: h.entry.outsideEea,
      parent: h.entry.parent ?? null,
      source: 'registry',
      evidence: r.ctx.sentence(sentence),
      order: [sentence.index, h.start],
      end: h.end,
    });
  }
  return out;
}

/** The registry's spelling, unless the text writes another brand of the same service ("Sendinblue" for Brevo). */
function registryName(entry: ProcessorEntry, written: string): string {
  const brand = normName(entry.name.split(/\s+/u)[0]);
  const plain = /^[\p{L}][\p{L}\p{N} &'’-]*$/u.test(written);
  if (!plain || normName(written).includes(brand) || brand.includes(normName(written))) return entry.name;
  return written.replace(/\s+/gu, ' ');
}

// ---------------------------------------------------------------------------------------------------- other names

/** Organisations written with their legal form ("nycro UG", "SIX Payment Services Austria GmbH"). */
function entityMentions(r: Reading, sentence: Sentence, known: Mention[]): Mention[] {
  const text = sentence.text;
  const out: Mention[] = [];
  for (const form of hits(exactWordPattern(LEGAL_FORMS), text)) {
    const name = nameBefore(text, form.start);
    if (!name || overlaps(known, sentence, name.start)) continue;
    const full = `${name.text} ${form.text}`;
    if (PROCESSORS.some((p) => test(wordPattern(p.patterns), full)) || r.isController(full) || r.isController(name.text)) continue;
    if (excluded(r, sentence, name.start, form.end)) continue;
    const scope = r.scope(sentence, name.start);
    const cue = cued(r, text, name.start, form.end) || continuesList(text, [...known, ...out], name.start);
    if (!cue && (!scope.listed || scope.source)) continue;
    const short = shortName(name.text);
    out.push(namedMention(r, sentence, short.name, 'entity', name.start, form.end, short.country ?? countryAfter(r, text, form.end)));
  }
  return out;
}

/** Abbreviations such as "KNHS", "GGD" or "EFGS" where recipients are listed. */
function acronymMentions(r: Reading, sentence: Sentence, known: Mention[]): Mention[] {
  const text = sentence.text;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.5) return []; // shouting
  const out: Mention[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}-])\p{Lu}{2,6}\p{N}?(?![\p{L}\p{N}])/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    const compound = /^-(\p{L}+)/u.exec(text.slice(end));
    if (compound && !['en', 's'].includes(compound[1])) continue; // "GGD-portaal" is a portal; "GGD-en" the GGDs
    if (test(exactWordPattern(LEGAL_FORMS), m[0]) || !isOrganisationWord(r, m[0]) || overlaps(known, sentence, start)) continue;
    if (excluded(r, sentence, start, end) || operated(r, sentence, start, [...known, ...out])) continue;
    const scope = r.scope(sentence, start);
    if (!scope.listed || scope.source) continue;
    out.push(namedMention(r, sentence, m[0], 'acronym', start, end, null));
  }
  return out;
}

/** Proper names right after a usage or sharing cue ("we use Fathom"), or before a role ("Acme (verwerker)"). */
function cuedNameMentions(r: Reading, sentence: Sentence, known: Mention[]): Mention[] {
  const text = sentence.text;
  const lex = r.lex!;
  const out: Mention[] = [];
  const run = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*(?:[-.&’'][\p{L}\p{N}]+)*(?:\s+(?:\p{Lu}[\p{L}\p{N}]*(?:[-.&][\p{L}\p{N}]+)*|&))*/gu;
  for (const m of text.matchAll(run)) {
    const start = m.index;
    const name = m[0].replace(/[\s&]+$/u, '');
    const end = start + name.length;
    if (/^\s*$/u.test(text.slice(0, start).replace(/^[^:]{0,50}:/u, ''))) continue; // sentence-initial capital
    if (overlaps(known, sentence, start) || overlaps(out, sentence, start)) continue;
    if (!cued(r, text, start, end, true) && !continuesList(text, [...known, ...out], start)) continue;
    const words = name.split(/\s+/u);
    if (words.length > 4 || test(wordPattern(lex.dataWords), words[words.length - 1])) continue;
    if (isLegalForm(name) || /^\s*\d+\p{L}?(?![\p{L}\p{N}])/u.test(text.slice(end))) continue; // "UG", a street: "Hütten 118"
    if (!isOrganisationWord(r, name) || r.isController(name) || words.some((w) => w.split(/[-.]/u).some((p) => NOT_ORGANISATIONS.includes(p)))) continue;
    if (hits(wordPattern(ALL_LAWS), text).some((h) => h.start < end && start < h.end)) continue; // "EU-U.S. Data Privacy Framework"
    if (excluded(r, sentence, start, end) || operated(r, sentence, start, [...known, ...out])) continue;
    if (r.scope(sentence, start).column === 'other') continue;
    out.push(namedMention(r, sentence, name, 'name', start, end, null));
  }
  return out;
}

/**
 * A list item in a recipients section that opens with a brand-like name ("Fathom Analytics: statistieken",
 * "Bol.com (verzending)"): two or more capitalised words, or one with an inner capital, a digit or a domain. A single
 * capitalised word ("Websitebeheerder", "Accountants") is as likely a category, so it is left alone.
 */
function itemLabelMentions(r: Reading, sentence: Sentence, known: Mention[]): Mention[] {
  const block = sentence.block;
  if (block.kind !== 'listItem' || block.sentences[0] !== sentence) return [];
  const label = /^[\s*_]*([^:(–—]+?)\s*(?::|\(|\s[-–—]\s)/u.exec(sentence.text);
  const name = label?.[1].trim() ?? '';
  if (!label || name === '' || overlaps(known, sentence, sentence.text.indexOf(name))) return [];
  if (!looksLikeBrand(r, name)) return [];
  const start = sentence.text.indexOf(name);
  const scope = r.scope(sentence, start);
  if (!scope.listed || scope.source || excluded(r, sentence, start, start + name.length)) return [];
  return [namedMention(r, sentence, name, 'name', start, start + name.length, null)];
}

/** Capitalised words that read as a name, not a category or a defined term. */
function looksLikeBrand(r: Reading, name: string): boolean {
  const lex = r.lex!;
  const words = name.split(/\s+/u);
  if (words.length > 3 || !words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return false;
  const signal = words.length >= 2 || /.\p{Lu}|\p{N}|\.[a-z]{2,}$/u.test(name);
  if (!signal || test(wordPattern(lex.categories), name) || test(wordPattern(lex.dataWords), words[words.length - 1])) return false;
  return isOrganisationWord(r, name) && !r.isController(name);
}

function namedMention(r: Reading, sentence: Sentence, name: string, source: Mention['source'], start: number, end: number, country: string | null): Mention {
  const entry = country ? COUNTRIES.find((c) => c.code === country) : undefined;
  return {
    name,
    kind: kindOf(r, sentence, 'controller'),
    service: null,
    country,
    outsideEea: entry ? !entry.eea : null,
    parent: null,
    source,
    evidence: r.ctx.sentence(sentence),
    order: [sentence.index, start],
    end,
  };
}

/** Not a law, an authority, a country, a generic abbreviation or the controller. */
function isOrganisationWord(r: Reading, word: string): boolean {
  if (NOT_ORGANISATIONS.includes(word) || r.isController(word) || MONTHS_AND_DAYS.test(word)) return false;
  if (test(wordPattern(ALL_LAWS), word) || test(wordPattern(ALL_AUTHORITIES), word)) return false;
  return !test(wordPattern(ALL_COUNTRY_NAMES), word) && !test(exactWordPattern(ALL_COUNTRY_CODES), word);
}

const ALL_LAWS = LAWS.flatMap((l) => l.patterns);
const ALL_AUTHORITIES = AUTHORITIES.flatMap((a) => a.patterns);
const ALL_COUNTRY_NAMES = COUNTRIES.flatMap((c) => Object.values(c.names).flat());
const ALL_COUNTRY_CODES = COUNTRIES.flatMap((c) => c.caseSensitive ?? []);

const MONTHS_AND_DAYS = /^(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;

/** The operator of a service already named in the clause ("De EFGS wordt beheerd door de Europese Commissie"). */
function operated(r: Reading, sentence: Sentence, start: number, known: Mention[]): boolean {
  const lex = r.lex!;
  const before = clauseBefore(sentence.text, start);
  const cue = endsWith(lex.operatorBefore, lex.filler, before);
  if (!cue) return false;
  const offset = start - before.length;
  return known.some((k) => k.order[0] === sentence.index && k.order[1] >= offset && k.order[1] < start);
}

function overlaps(known: Mention[], sentence: Sentence, start: number): boolean {
  return known.some((k) => k.order[0] === sentence.index && k.order[1] <= start && start < k.end);
}

/** The company name before a legal form, scanning back over capitalised words, brand words with an inner capital,
 * and lower-case words joined by a connector ("Erste Bank der oesterreichischen Sparkassen"). */
function nameBefore(text: string, end: number): { text: string; start: number } | null {
  const tokens = [...text.slice(0, end).matchAll(/\S+/gu)].map((m) => ({ text: m[0], start: m.index }));
  const taken: { text: string; start: number }[] = [];
  for (let i = tokens.length - 1; i >= 0 && taken.length < 7; i--) {
    let { text: tok, start } = tokens[i];
    if (/[,;:)]$/u.test(tok) || isLegalForm(tok)) break; // the end of the previous name: "Acme B.V. en Foo GmbH"
    const opens = /^[("“‘'*]+/u.exec(tok);
    if (opens) {
      tok = tok.slice(opens[0].length);
      start += opens[0].length;
    }
    const connector = NAME_CONNECTORS.includes(tok);
    const nameLike = /[\p{Lu}\p{N}]/u.test(tok);
    const afterConnector = i > 0 && NAME_CONNECTORS.includes(tokens[i - 1].text);
    if (nameLike || connector || taken.length === 0 || afterConnector) taken.unshift({ text: tok, start });
    else break;
    if (opens) break;
    if (!nameLike && !connector && taken.length === 1) break; // a lower-case brand right before the form: "nycro UG"
  }
  while (taken.length > 0 && (NAME_CONNECTORS.includes(taken[0].text) || !/[\p{Lu}\p{N}]/u.test(taken[0].text)) && taken.length > 1) taken.shift();
  if (taken.length === 0 || !/[\p{L}]/u.test(taken.map((t) => t.text).join(''))) return null;
  return { text: taken.map((t) => t.text).join(' '), start: taken[0].start };
}

function isLegalForm(token: string): boolean {
  const m = exactWordPattern(LEGAL_FORMS).exec(token);
  return !!m && m.index === 0 && m[0].length === token.length;
}

/** The name as commonly spelled: without a trailing "der/of ..." phrase, country or descriptive words. */
function shortName(legal: string): { name: string; country: string | null } {
  let words = legal.split(/\s+/u);
  const cut = words.findIndex((w, i) => i >= 2 && CUT_CONNECTORS.includes(w));
  if (cut > 0) words = words.slice(0, cut);
  let country: string | null = null;
  while (words.length > 1) {
    const last = words[words.length - 1];
    const code = countryCode(last);
    if (code) country ??= code;
    if (code || REGION_WORDS.includes(last.toLowerCase()) || test(wordPattern(NAME_DESCRIPTORS), last)) words = words.slice(0, -1);
    else break;
  }
  return { name: words.join(' '), country };
}

const CUT_CONNECTORS = ['der', 'des', 'van', 'of', 'de', 'du', 'für', 'voor'];
const REGION_WORDS = ['europe', 'europa', 'emea', 'international', 'global', 'worldwide', 'benelux'];

function countryCode(word: string): string | null {
  for (const c of COUNTRIES) {
    const names = Object.values(c.names).flat();
    const re = wordPattern(names);
    const m = re.exec(word);
    if (m && m[0].length === word.length) return c.code;
  }
  return null;
}

/** A country in the address that follows a name ("nycro UG, Hütten 118, 20355 Hamburg, Germany"). */
function countryAfter(r: Reading, text: string, end: number): string | null {
  const tail = text.slice(end, end + 80).split(/[)(;]|\.\s/u)[0];
  if (!/^\s*,/u.test(tail)) return null;
  for (const c of COUNTRIES) {
    if (test(wordPattern(r.lang ? c.names[r.lang] : Object.values(c.names).flat()), tail)) return c.code;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------- categories

/** Categories of recipients where the text gives data to them or lists them ("verstrekt uitsluitend aan derden"). */
function categoryMentions(r: Reading, sentence: Sentence): Mention[] {
  const lex = r.lex!;
  const text = sentence.text;
  const out: Mention[] = [];
  for (const h of hits(wordPattern(lex.categories), text)) {
    if (r.ctx.negated(text, h.start) || nearReceivingDenial(lex, text, h.start)) continue;
    const before = clauseBefore(text, h.start);
    if (endsWith(lex.categoryNotBefore, lex.filler, before)) continue;
    const scope = r.scope(sentence, h.start);
    if (scope.column === 'recipients' || scope.column === 'other' || scope.source) continue; // columns: see columnLines
    const receives =
      (endsWith(lex.categoryBefore, lex.filler, before) && test(wordPattern(lex.shareVerbs), clauseAround(text, h.start, h.end))) ||
      endsWith(lex.categoryCue, lex.filler, before) ||
      startsWith(lex.categoryAfter, text.slice(h.end));
    // Listed: the label of a list item or inline label ("Overheidsinstanties: ..."), or a table cell.
    const label = labelOf(text);
    const listed = scope.listed && ((label !== null && h.end <= label.length + 2) || scope.column === 'service' || r.labelled(sentence));
    if (!receives && !listed) continue;
    out.push(categoryMention(h.text, r.ctx.sentence(sentence), [sentence.index, h.start]));
  }
  return out;
}

/**
 * The lines of a recipients column: a line that names no organisation found elsewhere is a category as written
 * ("Websitebeheerder"), except in a column of organisations ("Subverwerker", "Provider"), where it is a name.
 */
function columnLines(r: Reading, named: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const block of r.ctx.doc.blocks) {
    if (block.kind !== 'tableRow' || !block.cells) continue;
    for (const cell of block.cells) {
      const names = r.nameColumn(block, cell.start);
      if (!names && r.column(block, cell.start) !== 'recipients') continue;
      let offset = cell.start;
      for (const line of block.text.slice(cell.start, cell.end).split('\n')) {
        const start = offset + (line.length - line.trimStart().length);
        offset += line.length + 1;
        const value = line.trim();
        if (!/\p{L}/u.test(value) || (value.length <= 6 && test(wordPattern(r.lex!.noneWords), value))) continue;
        const sentence = block.sentences.find((s) => start >= s.start && start < s.end);
        if (!sentence) continue;
        const at = start - sentence.start;
        if (named.some((m) => m.source !== 'category' && m.order[0] === sentence.index && m.order[1] >= at && m.order[1] < at + value.length)) continue;
        const evidence = r.ctx.span(block, start, start + value.length);
        const name = names ? lineName(value) : null;
        if (name && !r.isController(name) && isOrganisationWord(r, name)) {
          out.push({ ...namedMention(r, sentence, name, 'name', at, at + value.length, null), evidence });
        } else if (!names) {
          out.push(categoryMention(value, evidence, [sentence.index, at]));
        }
      }
    }
  }
  return out;
}

/** "Acme Hosting B.V. (Amsterdam)" -> "Acme Hosting": the name part of a line in a column of organisations. */
function lineName(line: string): string | null {
  const head = line.split(/\s*(?:[(:,;]|\s[-–—]\s)/u)[0].trim();
  if (!/^[\p{Lu}\p{N}]/u.test(head)) return null;
  const form = hits(exactWordPattern(LEGAL_FORMS), head).at(-1);
  const base = form && form.end === head.length ? head.slice(0, form.start).trim() : head;
  return base === '' ? null : shortName(base).name;
}

function categoryMention(name: string, evidence: Evidence, order: [number, number]): Mention {
  return { name: name.replace(/\s+/gu, ' '), kind: 'category', service: null, country: null, outsideEea: null, parent: null, source: 'category', evidence, order, end: order[1] + name.length };
}

// ---------------------------------------------------------------------------------------------------- merging

/**
 * One recipient per name (case and punctuation aside), evidence from every mention, in document order. A bare
 * parent ("Google") goes when a child ("Google Analytics") is named; an abbreviation that starts a longer name found
 * in the same text ("SIX" for "SIX Payment Services") folds into it.
 */
function merge(mentions: Mention[]): Recipient[] {
  const sorted = [...mentions].sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
  const named = sorted.filter((m) => m.source !== 'category');
  const keyOf = (m: Mention): string => {
    // "payment provider" and "Payment Providers", "accountant" and "accountants" are one category.
    if (m.source === 'category') return 'c:' + normName(m.name).replace(/(?<=.{4})(?:en|s)$/u, '');
    if (m.source === 'acronym') {
      const longer = named.find((n) => n.source !== 'acronym' && n.name !== m.name && n.name.split(/\s+/u)[0] === m.name);
      if (longer) return 'n:' + normName(longer.name);
    }
    return 'n:' + normName(m.name);
  };
  const slots = new Map<string, { first: Mention | null; evidence: Evidence[] }>();
  for (const m of sorted) {
    const key = keyOf(m);
    const slot = slots.get(key) ?? { first: null, evidence: [] };
    slots.set(key, slot);
    // A folded abbreviation lends its evidence, never its spelling.
    if (!slot.first && (m.source === 'category' || normName(m.name) === key.slice(2))) slot.first = m;
    if (!slot.evidence.some((e) => sameSpan(e, m.evidence))) slot.evidence.push(m.evidence);
  }
  // A bare parent named beside its product ("Google" beside "Google Analytics") lends its evidence to the first child.
  for (const m of named) {
    if (!m.parent) continue;
    const parent = slots.get('n:' + normName(m.parent));
    const child = slots.get(keyOf(m));
    if (!parent || !child || parent === child) continue;
    for (const e of parent.evidence) if (!child.evidence.some((x) => sameSpan(x, e))) child.evidence.push(e);
    parent.first = null;
  }
  const out: Recipient[] = [];
  for (const { first, evidence } of slots.values()) {
    if (!first) continue;
    evidence.sort((a, b) => a.line - b.line || a.column - b.column);
    out.push({ name: first.name, kind: first.kind, service: first.service, country: first.country, outsideEea: first.outsideEea, evidence });
  }
  return out;
}

function sameSpan(a: Evidence, b: Evidence): boolean {
  return a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;
}

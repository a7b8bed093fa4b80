import type { Evidence, Recipient, RecipientKind, SupportedLanguage } from '../model/types.js';
import type { Block, Sentence } from '../document/index.js';
import type { ExtractContext } from './context.js';
import { PROCESSORS, type ProcessorEntry } from '../lexicon/processors.js';
import {
  LEGAL_FORMS,
  NAME_CONNECTORS,
  NAME_DESCRIPTORS,
  NOT_ORGANISATIONS,
  ADDRESS_PART_ENDINGS,
  STREET_SUFFIXES,
  US_ADDRESS_COUNTRY,
  RECIPIENTS,
  type RecipientsLexicon,
  NAME_CUT_CONNECTORS,
  NAME_REGION_WORDS,
} from '../lexicon/recipients.js';
import { COMPANY_ABBREVIATIONS, CONTROLLER_LEXICON, FREE_MAIL_DOMAINS } from '../lexicon/controller.js';
import { fromEveryPack } from '../lang/index.js';
import { LAWS } from '../lexicon/laws.js';
import { abbreviationsOf } from '../lexicon/language.js';
import { AUTHORITIES } from '../lexicon/authorities.js';
import { COUNTRIES, COUNTRY_ARTICLES } from '../lexicon/countries.js';
import { escapeRegExp, exactWordPattern, hits, once, test, wordPattern, type Hit } from '../lexicon/compile.js';
import { itemAt, lastRuns, textBefore, windowStart } from './window.js';
import { controllerNames, withoutLegalForms } from './controller.js';
import { registryHits, brandHits, namesService, captureGroups, type RegistryHit } from './registry.js';
import { caselessRegExp } from '../lexicon/caseless.js';
import { COMPARISON } from '../lexicon/comparison.js';
import { domainLabel } from './email.js';

export { registryHits, captureGroups };

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
  /** Known only by a lead before a colon ("gebruikt de volgende systemen: …"): a proper name after it in the list is
   * not taken on its strength, as the list may go on with a product or a phrase ("en Digitaal examineren"). */
  leadOnly?: boolean;
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
    if (sentence.block.kind === 'heading') {
      mentions.push(...headingMentions(reading, sentence));
      continue;
    }
    const named = registryMentions(reading, sentence);
    if (reading.lex) {
      named.push(...entityMentions(reading, sentence, named));
      named.push(...acronymMentions(reading, sentence, named));
      named.push(...itemLabelMentions(reading, sentence, named));
      named.push(...labelValueMentions(reading, sentence, named));
      named.push(...cuedNameMentions(reading, sentence, named));
      mentions.push(...categoryMentions(reading, sentence));
    }
    mentions.push(...named);
  }
  if (reading.lex) mentions.push(...columnLines(reading, mentions));
  return merge(spelledOut(ctx, withoutOpeners(reading, mentions)));
}

/** A name read with a preposition or verb before it ("For Google Sign-In", "Via Stripe", "Par Google") is the name
 * after it; the registry reads known services by themselves. */
function withoutOpeners(r: Reading, mentions: Mention[]): Mention[] {
  const opener = r.p?.nameOpener;
  if (!opener) return mentions;
  return mentions.flatMap((m) => {
    if (m.source === 'registry' || m.source === 'category') return [m];
    const lead = opener.exec(m.name)?.[0];
    const name = lead ? m.name.slice(lead.length) : '';
    if (!lead || !/^[\p{Lu}\p{N}]/u.test(name)) return [m];
    return r.isController(name) ? [] : [{ ...m, name, order: [m.order[0], m.order[1] + lead.length] }];
  });
}

/**
 * An abbreviation the policy spells out ("the Commission for Regulation of Utilities (CRU)", "Gas Networks Ireland
 * (GNI)") names the organisation by its full name, so "CRU" and the full name are one recipient, written in full.
 */
function spelledOut(ctx: ExtractContext, mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => m.source !== 'registry' && m.source !== 'category' && /^\p{Lu}{2,6}$/u.test(m.name))) return mentions;
  const full = new Map<string, string>();
  const definition = new RegExp(`(${NAME_RUN_SOURCE}(?:\\s+\\p{Ll}{1,3}\\s+${NAME_RUN_SOURCE})*)\\s*\\(\\s*(\\p{Lu}{2,6})\\s*\\)`, 'gu');
  for (const block of ctx.doc.blocks) {
    if (!block.text.includes('(')) continue;
    for (const m of block.text.matchAll(definition)) {
      const words = m[1].split(/\s+/u);
      // The shortest tail of the name whose initials are the abbreviation ("Commission for Regulation of Utilities").
      for (let i = words.length - 1; i >= 0; i--) {
        const tail = words.slice(i);
        const initials = tail.map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : /^\p{Lu}/u.test(w) ? w[0] : '')).join('');
        if (initials === m[2] && tail.length > 1 && /^\p{Lu}/u.test(tail[0])) {
          if (!full.has(m[2])) full.set(m[2], tail.join(' '));
          break;
        }
      }
    }
  }
  if (full.size === 0) return mentions;
  // The full name where it is itself found as a recipient; else the spelling the policy mostly uses: the
  // abbreviation where it is written more often ("EFGS" throughout after one "Europese Federatieve Gateway Service (EFGS)").
  const count = (word: string): number => ctx.doc.blocks.reduce((n, b) => n + (b.text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0), 0);
  const spelling = new Map<string, string>();
  for (const [abbreviation, name] of full) {
    const found = mentions.some((m) => m.source !== 'category' && m.name === name);
    const written = !found && count(abbreviation) > count(name) ? abbreviation : name;
    spelling.set(abbreviation, written);
    spelling.set(name, written);
  }
  return mentions.map((m) => (m.source !== 'registry' && m.source !== 'category' && spelling.has(m.name) ? { ...m, name: spelling.get(m.name)! } : m));
}

// ---------------------------------------------------------------------------------------------------- patterns

/**
 * The lexicon of one language compiled once: word patterns to test and scan, and anchored ones for the text right
 * before a name (a cue must END there, optionally followed by filler words) or right after it (it must START there).
 */
class Patterns {
  readonly sectionLabels: RegExp;
  readonly sourceSections: RegExp;
  readonly columnHeaders: RegExp;
  readonly serviceHeaders: RegExp;
  readonly nameColumnHeaders: RegExp;
  readonly listLeads: RegExp;
  readonly categories: RegExp;
  readonly dataWords: RegExp;
  readonly shareVerbs: RegExp;
  readonly processorWords: RegExp;
  readonly notReceiving: RegExp;
  readonly noneWords: RegExp;
  readonly controllerStatements: RegExp;
  readonly ownAccount: RegExp;
  readonly readerSubject: RegExp;
  readonly useBefore: RegExp;
  readonly nameCues: RegExp;
  readonly sourceBefore: RegExp;
  readonly operatorBefore: RegExp;
  readonly categoryBefore: RegExp;
  readonly categoryCue: RegExp;
  readonly categoryNotBefore: RegExp;
  readonly roleAfter: RegExp;
  readonly handlesAfter: RegExp | null;
  /** "onze Unified Database (" right before a known service: it provides that tool. */
  ownToolBefore: RegExp | null;
  /** "our online chat, " right before a known service followed by a comma: it provides that tool. */
  ownToolComma: RegExp | null;
  readonly selfHosting: RegExp | null;
  readonly sourceAfter: RegExp;
  readonly disabledAfter: RegExp;
  readonly internalAfter: RegExp;
  readonly categoryAfter: RegExp;
  readonly itemOpening: RegExp;
  readonly itemPrepositions: RegExp;
  /** A link word and a further run of capitalised words right after a name ("… for Regulation of Utilities"). */
  readonly nameLink: RegExp | null;
  readonly itemVerbAfter: RegExp;
  readonly nounEnding: RegExp;
  readonly commonNounBefore: RegExp | null;
  readonly documentAfter: RegExp | null;
  readonly verbFinalAfter: RegExp | null;
  readonly verbFinalBefore: RegExp | null;
  readonly categoryHead: RegExp;
  readonly apposition: RegExp;
  readonly lawfulDemand: RegExp;
  readonly categoryExample: RegExp;
  readonly useAnywhere: RegExp;
  /** A source verb anywhere: "we receive data from the following parties:". */
  readonly sourceAnywhere: RegExp;
  /** A word of a Title Case label of a kind of cookie or purpose ("Necessary", "Performance"); null when the pack has none. */
  readonly labelWord: RegExp | null;
  /** A label naming the role of whoever follows it ("Hosting provider:", "Newsletter-Anbieter:"); null when the pack has none. */
  readonly roleLabel: RegExp | null;
  /** A preposition or verb read at the start of a name ("For Google Sign-In"), with the space after it. */
  readonly nameOpener: RegExp | null;
  /** A generic supervisory authority starting the text ("data protection authority", "autorité de contrôle"). */
  readonly genericAuthorityAfter: RegExp | null;

  constructor(lex: RecipientsLexicon, genericAuthority: readonly string[]) {
    this.sectionLabels = wordPattern(lex.sectionLabels);
    this.sourceSections = wordPattern(lex.sourceSections);
    this.columnHeaders = wordPattern(lex.columnHeaders);
    this.serviceHeaders = wordPattern(lex.serviceHeaders);
    this.nameColumnHeaders = wordPattern(lex.nameColumnHeaders);
    this.listLeads = wordPattern(lex.listLeads);
    this.categories = wordPattern(lex.categories);
    this.dataWords = wordPattern(lex.dataWords);
    this.shareVerbs = wordPattern(lex.shareVerbs);
    this.processorWords = wordPattern(lex.processorWords);
    this.notReceiving = wordPattern(lex.notReceiving);
    this.noneWords = wordPattern(lex.noneWords);
    this.controllerStatements = wordPattern(lex.controllerStatements);
    // "your SourceHut account": NAME in the lexicon stands for a run of up to three words.
    const name = "[\\p{L}\\p{N}][\\p{L}\\p{N}.&'’-]*(?:\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}.&'’-]*){0,2}?";
    this.ownAccount = caselessRegExp(`(?<![\\p{L}\\p{N}])(?:${lex.ownAccount.map((s) => s.replace('NAME', name)).join('|')})`, 'giu');
    this.readerSubject = caselessRegExp(`^(?:${lex.readerSubjects.join('|')})$`, 'iu');
    this.nameLink = lex.nameLinks?.length ? new RegExp(`^\\s+(?:${lex.nameLinks.join('|')})(?:\\s+|(?<=['’]))(?=\\p{Lu})${NAME_RUN_SOURCE}`, 'u') : null;
    const ending = (sources: readonly string[]): RegExp => endingPattern(sources, lex.filler);
    this.useBefore = ending(lex.useBefore);
    this.nameCues = ending(lex.nameCues);
    this.sourceBefore = ending(lex.sourceBefore);
    this.operatorBefore = ending(lex.operatorBefore);
    this.categoryBefore = ending(lex.categoryBefore);
    this.categoryCue = ending(lex.categoryCue);
    this.categoryNotBefore = ending(lex.categoryNotBefore);
    this.roleAfter = startingPattern(lex.roleAfter);
    this.handlesAfter = lex.handlesAfter?.length ? startingPattern(lex.handlesAfter) : null;
    // "onze Unified Database (" and "our online chat, Slack, …": the tool named in brackets or in apposition.
    const ownTool = (moreWords: number, opener: string): RegExp | null =>
      lex.ownWords?.length ? caselessRegExp(`(?<![\\p{L}])(?:${lex.ownWords.join('|')})\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,${moreWords}}?[\\p{L}\\p{N}-]+\\s*${opener}\\s*$`, 'iu') : null;
    this.ownToolBefore = ownTool(3, '\\(');
    this.ownToolComma = ownTool(2, ',');
    this.selfHosting = lex.selfHosting?.length ? wordPattern(lex.selfHosting) : null;
    this.sourceAfter = startingPattern(lex.sourceAfter);
    this.disabledAfter = startingPattern(lex.disabledAfter);
    this.internalAfter = startingPattern(lex.internalAfter);
    this.categoryAfter = startingPattern(lex.categoryAfter);
    this.itemPrepositions = caselessRegExp(`^(?:${lex.itemPrepositions.join('|')})$`, 'iu');
    this.itemOpening = caselessRegExp(`^[\\s*_"“‘'(]*(?:(?:${lex.itemPrepositions.join('|')})\\s+)?`, 'iu');
    // The verb may follow a second name: "Royal Mail and DPD deliver your parcels".
    const more = `(?:\\s*(?:,|&|${fromEveryPack((pack) => pack.common.enumerationJoins).join('|')})\\s+${NAME_RUN_SOURCE})*`;
    this.itemVerbAfter = caselessRegExp(`^[)"”’'*]*${more}\\s+(?:${lex.itemVerbs.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    this.nounEnding = caselessRegExp(`(?:${lex.nounEndings.join('|')})$`, 'iu');
    this.commonNounBefore = lex.commonNounBefore?.length ? caselessRegExp(`(?<![\\p{L}\\p{N}])(?:${lex.commonNounBefore.join('|')})\\s+$`, 'iu') : null;
    this.documentAfter = lex.documentAfter?.length ? startingPattern(lex.documentAfter) : null;
    this.verbFinalAfter = lex.verbFinalAfter?.length ? startingPattern(lex.verbFinalAfter) : null;
    this.verbFinalBefore = lex.verbFinalBefore?.length ? caselessRegExp(`(?<![\\p{L}\\p{N}])(?:${lex.verbFinalBefore.join('|')})\\s+(?:[\\p{L}\\p{N}.-]+\\s+){0,2}$`, 'iu') : null;
    this.categoryHead = caselessRegExp(`^(?:${lex.categoryHeads.join('|')})$`, 'iu');
    this.apposition = caselessRegExp(`^[)"”’'*]*\\s*,\\s*(?:${lex.apposition.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    this.lawfulDemand = wordPattern(lex.lawfulDemand);
    this.useAnywhere = wordPattern(lex.useBefore);
    this.sourceAnywhere = wordPattern(lex.sourceBefore);
    this.roleLabel = lex.roleLabels?.length ? caselessRegExp(`^(?:${lex.roleLabels.join('|')})$`, 'iu') : null;
    this.nameOpener = lex.nameOpeners?.length ? caselessRegExp(`^(?:${lex.nameOpeners.join('|')})\\s+`, 'iu') : null;
    this.genericAuthorityAfter = genericAuthority.length > 0 ? caselessRegExp(`^\\s+(?:${genericAuthority.join('|')})(?![\\p{L}])`, 'iu') : null;
    this.labelWord = lex.labelWords?.length ? caselessRegExp(`^(?:${lex.labelWords.join('|')})$`, 'iu') : null;
    // "Betaalproviders (zoals Mollie", "payment providers such as Stripe": an example of a category that receives.
    const examples = lex.exampleCues ?? [];
    this.categoryExample = examples.length
      ? caselessRegExp(`(?<![\\p{L}\\p{N}])(?:${lex.categories.join('|')})\\s*[(,:–—-]?\\s*(?:${examples.join('|')})\\s*:?\\s*[("“‘'*]*\\s*$`, 'iu')
      : /(?!)/u;
  }
}

/** A run of capitalised words (and '&'), the shape of a proper name: "Royal Mail", "Social Schools", "H&M". */
const NAME_RUN_SOURCE = "\\p{Lu}[\\p{L}\\p{N}]*(?:[-.&’'][\\p{L}\\p{N}]+)*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}]*(?:[-.&][\\p{L}\\p{N}]+)*|&))*";

// The first word of a run the cued-name reader scans may open with a few small letters before its capital, as
// camel-case brands do ("softWORKZ", "eBay"); only here, as the other patterns nest the run in further repeats.
const NAME_RUN = new RegExp(`(?<![\\p{L}\\p{N}])(?:\\p{Ll}{1,6}(?=\\p{Lu}))?${NAME_RUN_SOURCE}`, 'gu');
const NAME_RUN_AT = new RegExp(NAME_RUN_SOURCE, 'uy');

/** `sources` (then optional filler words) ending exactly at the end of the text before a name. */
function endingPattern(sources: readonly string[], filler: readonly string[]): RegExp {
  const fill = filler.length > 0 ? `(?:\\s+(?:${filler.join('|')}))*` : '';
  return caselessRegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})${fill}\\s*[("“‘'*]*\\s*$`, 'iu');
}

/** `sources` starting exactly at the start of the text after a name. */
function startingPattern(sources: readonly string[]): RegExp {
  return caselessRegExp(`^[)"”’'*]*(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

const compiled = new Map<SupportedLanguage, Patterns>();

function patternsFor(lang: SupportedLanguage): Patterns {
  let p = compiled.get(lang);
  if (!p) {
    p = new Patterns(RECIPIENTS[lang], CONTROLLER_LEXICON[lang]?.genericAuthority ?? []);
    compiled.set(lang, p);
  }
  return p;
}

const lawAny = once(() => wordPattern(LAWS.flatMap((l) => l.patterns)));
const authorityAny = once(() => wordPattern(AUTHORITIES.flatMap((a) => a.patterns)));
const countryNameAny = once(() => wordPattern(COUNTRIES.flatMap((c) => Object.values(c.names).flat())));
/** A name that is a country and nothing more ("Ireland", "the Netherlands"); "Golf Ireland" is an organisation. */
const countryNameWhole = once(() => caselessRegExp(`^(?:(?:${COUNTRY_ARTICLES.join('|')})\\s+)?(?:${COUNTRIES.flatMap((c) => Object.values(c.names).flat()).join('|')})$`, 'iu'));
const countryCodeAny = once(() => exactWordPattern(COUNTRIES.flatMap((c) => c.caseSensitive ?? [])));
const legalForms = once(() => exactWordPattern(LEGAL_FORMS));
/** Each country's names in any language, and in each lexicon language, for a country word or an address. */
const countryNames = once(() => COUNTRIES.map((c) => ({ code: c.code, re: wordPattern(Object.values(c.names).flat()) })));
const countryNamesIn = new Map<SupportedLanguage, { code: string; re: RegExp }[]>();

function countryNamesFor(lang: SupportedLanguage | null): { code: string; re: RegExp }[] {
  if (!lang) return countryNames();
  let list = countryNamesIn.get(lang);
  if (!list) {
    list = COUNTRIES.map((c) => ({ code: c.code, re: wordPattern(c.names[lang]) }));
    countryNamesIn.set(lang, list);
  }
  return list;
}

// ---------------------------------------------------------------------------------------------------- reading aids

/** Per-document reading state: the language lexicon, the controller's own names, and section/column/list scopes. */
class Reading {
  readonly ctx: ExtractContext;
  readonly lex: RecipientsLexicon | null;
  /** The lexicon's compiled patterns; null where `lex` is. */
  readonly p: Patterns | null;
  readonly lang: SupportedLanguage | null;
  private readonly controllerKeys: string[];
  private readonly headingCache = new Map<number, 'recipients' | 'source' | null>();
  private readonly sectionCache = new Map<number, 'recipients' | 'source' | null>();
  private readonly drawnTables = new Map<number, TableRow[]>();
  private lowerWords: Set<string> | null = null;
  /** Abbreviations the text spells out with a registry service's name in them ("OSMF"), by abbreviation. */
  readonly spelledServices = new Map<string, boolean>();
  /** Per list (its first item's index): the items that hold names only, a social network among them. */
  private readonly socialItemsOf = new Map<number, number[]>();

  /** The items of the list starting at block `first` that hold names only, a social network among them ("- Facebook"). */
  socialItems(first: number): number[] {
    let items = this.socialItemsOf.get(first);
    if (!items) {
      items = [];
      const blocks = this.ctx.doc.blocks;
      for (let j = first; j < blocks.length && blocks[j].kind === 'listItem'; j++) {
        if (namesOnly().test(blocks[j].text) && registryHits(blocks[j].text).some((h) => h.entry.category === 'social')) items.push(j);
      }
      this.socialItemsOf.set(first, items);
    }
    return items;
  }

  constructor(ctx: ExtractContext) {
    this.ctx = ctx;
    this.lang = ctx.lang;
    this.lex = ctx.lang ? RECIPIENTS[ctx.lang] : null;
    this.p = ctx.lang ? patternsFor(ctx.lang) : null;
    this.ownDomains = ownMailDomains(ctx);
    this.controllerKeys = controllerKeys(ctx, this.p, this.ownDomains);
    this.controllerWords = new Set(controllerNames(ctx).flatMap((n) => n.split(/[\s,()]+/u)).filter((w) => w.length >= 3 && !test(legalForms(), w)).map(normName));
  }

  /** The controller's own e-mail domains' labels ("madebykind", "sheffield"); every one is also a controller key. */
  private readonly ownDomains: ReadonlySet<string>;
  /** The words of the controller's names, without legal forms ("krok" of "Centre de la Culture Polonaise KROK ASBL"). */
  private readonly controllerWords: Set<string>;

  /** Services the policy says, in some section that names them, the site runs itself: then every mention of the
   * service (a table of contents, a cookie list, an overview) is of that installation ("We operate the Matomo
   * installation ourselves" under "Analytics", "Matomo" again in a list of tools). */
  private readonly selfHostedServices = new Map<string, boolean>();

  /** True when the policy gives the service an address at the controller's own domain ("[Jitsi](https://jitsi.example.nl)"
   * in a policy of example.nl): every mention of it is of the site's own installation. */
  ownInstallation(name: string): boolean {
    const key = name.toLowerCase().split(/\s+/u)[0];
    if (key.length < 4) return false;
    this.hosts ??= [...this.ctx.doc.source.text.matchAll(/https?:\/\/([^\s/)"'<>\]]+)/giu)].map((m) => m[1].toLowerCase()).filter((h) => this.ownDomain(domainLabel(h)));
    return this.hosts.some((h) => h.split('.').slice(0, -2).some((part) => part.includes(key)));
  }

  private hosts: string[] | undefined;

  /** A domain label of the controller's: of its e-mail addresses or its name ("nluug" of NLUUG). */
  private ownDomain(label: string): boolean {
    const k = normName(label);
    return k.length >= 3 && this.controllerKeys.includes(k);
  }

  selfHostedAnywhere(entry: ProcessorEntry, hosts: (block: Block) => boolean): boolean {
    let found = this.selfHostedServices.get(entry.name);
    if (found === undefined) {
      const hosted = caselessRegExp(entry.hostedForm ?? '(?!)', 'iu');
      found = this.ctx.doc.blocks.some((b) => registryHits(b.text).some((h) => h.entry.name === entry.name && !hosted.test(h.text)) && hosts(b));
      this.selfHostedServices.set(entry.name, found);
    }
    return found;
  }

  isController(name: string): boolean {
    const k = normName(name);
    if (k.length === 0) return false;
    // An abbreviation that opens the controller's name ("CLC" of "CLC Striders") is the controller too.
    const opening = /^\p{Lu}{2,6}$/u.test(name.trim());
    if (this.controllerKeys.some((c) => k === c || (Math.min(k.length, c.length) >= 4 && (k.startsWith(c) || c.startsWith(k))) || (opening && c.startsWith(k)))) return true;
    // The controller's abbreviation joined to a second one ("SLC-CSF" of the controller "SLC"): the controller itself.
    const joined = /^(\p{Lu}{2,6})[-/]\p{Lu}{2,6}$/u.exec(name.trim());
    if (joined && this.controllerKeys.includes(normName(joined[1]))) return true;
    // A name the site's own domain ends with ("Kind" of "madebykind.com", "The University of Sheffield" of
    // "sheffield.ac.uk"), and one word of the controller's name written alone ("KROK" of "… Polonaise KROK ASBL"), but
    // not a known service ("Meetup" of "Dundee Data Meetup" is read where it is written).
    if (k.length >= 4 && [...this.ownDomains].some((d) => d.length >= 4 && (d.endsWith(k) || k.endsWith(d)))) return true;
    return !/\s/u.test(name.trim()) && k.length >= 3 && this.controllerWords.has(k) && !namesService(name);
  }

  /** The recipients/source status of the section a block stands in: its nearest heading decides a source section,
   * any enclosing heading a recipients section. */
  section(block: Block): 'recipients' | 'source' | null {
    if (!this.p) return null;
    // Blocks under one heading share its status.
    const key = this.ctx.heading(block)?.index ?? -1;
    let status = this.sectionCache.get(key);
    if (status === undefined) {
      const headings = this.ctx.headings(block);
      const nearest = headings.length > 0 ? this.headingStatus(headings[0]) : null;
      status = nearest ?? (headings.some((h) => this.headingStatus(h) === 'recipients') ? 'recipients' : null);
      this.sectionCache.set(key, status);
    }
    return status;
  }

  private headingStatus(heading: Block): 'recipients' | 'source' | null {
    let status = this.headingCache.get(heading.index);
    if (status === undefined) {
      const p = this.p!;
      status = test(p.sourceSections, heading.text) ? 'source' : test(p.sectionLabels, heading.text) ? 'recipients' : null;
      this.headingCache.set(heading.index, status);
    }
    return status;
  }

  /** True when the sentence falls under an inline label about recipients ("Processors: ...", "Other Recipients:"):
   * a label holds until the next label in the same block. */
  labelled(sentence: Sentence): boolean {
    const label = this.label(sentence);
    if (!this.p || label === null || test(this.p.sourceSections, label)) return false;
    return test(this.p.sectionLabels, label) || !!this.p.roleLabel?.test(label.replace(/[*_"“”]/gu, '').trim());
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
    const row = this.rowAt(block, offset);
    if (!row) return null;
    const headers = row.header;
    const p = this.p;
    const recipientColumns = p ? headers.map((h, i) => (test(p.columnHeaders, h) ? i : -1)).filter((i) => i >= 0) : [];
    if (recipientColumns.length > 0) {
      if (row.isHeaderRow) return 'other';
      const cell = row.cells.findIndex((c) => offset >= c.start && offset < c.end);
      return recipientColumns.includes(cell) ? 'recipients' : 'other';
    }
    if (row.isHeaderRow) return null;
    if (!p || headers.some((h) => test(p.serviceHeaders, h))) return 'service';
    return null;
  }

  /** True when `offset` of a table row lies in a column whose lines each name an organisation ("Subverwerker"). */
  nameColumn(block: Block, offset: number): boolean {
    const row = this.rowAt(block, offset);
    if (!this.p || !row || row.isHeaderRow) return false;
    const cell = row.cells.findIndex((c) => offset >= c.start && offset < c.end);
    return cell >= 0 && cell < row.header.length && test(this.p.nameColumnHeaders, row.header[cell]);
  }

  /** The table rows of a block: a table row, or the rows of a table drawn with '|' in a plain-text paragraph. */
  rows(block: Block): TableRow[] {
    if (block.kind === 'tableRow') {
      return block.cells && block.header ? [{ cells: block.cells, header: block.header, isHeaderRow: !!block.isHeaderRow, start: 0, end: block.text.length }] : [];
    }
    if (block.kind !== 'paragraph' || !block.text.includes('|')) return [];
    let rows = this.drawnTables.get(block.index);
    if (!rows) {
      rows = drawnTable(block.text);
      this.drawnTables.set(block.index, rows);
    }
    return rows;
  }

  /** The table row `offset` of the block lies in. */
  rowAt(block: Block, offset: number): TableRow | null {
    return this.rows(block).find((row) => offset >= row.start && offset <= row.end) ?? null;
  }

  /** True when the word occurs somewhere in the text in lower case, as a common word does ("Verzekering", "verzekering"). */
  writtenLowerCase(word: string): boolean {
    if (!this.lowerWords) {
      this.lowerWords = new Set();
      // The name of a domain is no word: "ogone" of "www.ogone.nl" or "senfcall.de/datenschutz" leaves the brand a
      // name; nor is a part of a path ("github.com/giscus").
      for (const block of this.ctx.doc.blocks) for (const m of block.text.matchAll(/(?<![\p{L}\p{N}.\/])\p{Ll}[\p{L}\p{N}'’-]*(?!\.\p{Ll}{2,6}(?![\p{L}\p{N}])|[\p{L}\p{N}'’-])/gu)) this.lowerWords.add(m[0]);
    }
    return this.lowerWords.has(word.toLowerCase());
  }

  /** True for a list item after a lead sentence that introduces services ("gebruikt de volgende systemen:"). */
  listed(block: Block): boolean {
    if (!this.p || block.kind !== 'listItem') return false;
    const last = this.listAround(block).lead;
    // The lead ends in ':', or in no stop at all, as a lead line before a list often does ("… door volgende externe
    // organisaties" then the items).
    if (!last || !/(?::|[\p{L}\p{N}])[*_]*$/u.test(last.text.trimEnd()) || !test(this.p.listLeads, last.text)) return false;
    return !this.deniesOrSources(leadClause(last.text));
  }

  /** Where the list a list item stands in begins, and the last sentence of the block before it unless that is a heading. */
  listAround(block: Block): { first: number; lead: Sentence | undefined } {
    const blocks = this.ctx.doc.blocks;
    let i = block.index - 1;
    while (i >= 0 && blocks[i].kind === 'listItem') i--;
    return { first: i + 1, lead: i >= 0 && blocks[i].kind !== 'heading' ? blocks[i].sentences.at(-1) : undefined };
  }

  /** A list's lead that denies or names sources: "We do not use any of the following tools", "Wir erhalten Daten von". */
  deniesOrSources(clause: string): boolean {
    return this.ctx.negated(clause, clause.length, 12) || (!!this.p && test(this.p.sourceAnywhere, clause));
  }

  /** A list written as paragraphs, one "Name: what it does" line each ("Mollie B.V.: voor betalingen ..."), after a
   * lead paragraph that introduces recipients and ends with ':'. Only the label names the recipient. */
  linesListed(block: Block): boolean {
    if (!this.p || block.kind !== 'paragraph' || !itemLine(block.text)) return false;
    const blocks = this.ctx.doc.blocks;
    let i = block.index - 1;
    while (i >= 0 && blocks[i].kind === 'paragraph' && itemLine(blocks[i].text) && block.index - i < 30) i--;
    if (i < 0 || blocks[i].kind !== 'paragraph') return false;
    const last = blocks[i].sentences.at(-1);
    return !!last && last.text.trimEnd().endsWith(':') && test(this.p!.listLeads, last.text);
  }

  /** Whether a position of a sentence stands where recipients are listed, and how. */
  scope(sentence: Sentence, start: number): { listed: boolean; column: ReturnType<Reading['column']>; source: boolean } {
    const block = sentence.block;
    const column = this.column(block, sentence.start + start);
    const section = this.section(block);
    const listed = column === 'recipients' || column === 'service' || (column !== 'other' && (section === 'recipients' || this.labelled(sentence) || this.listed(block))) ||
      (sentence.start + start < block.text.indexOf(':') && this.linesListed(block));
    return { listed, column, source: section === 'source' };
  }
}

/** A table row as the readers of columns see it: cell ranges in the block text and the header of its table. */
interface TableRow {
  cells: { start: number; end: number }[];
  header: string[];
  isHeaderRow: boolean;
  /** The row's range in the block text. */
  start: number;
  end: number;
}

/**
 * The rows of a table drawn in plain text: lines that open and close with '|', between rules such as "+-----+" or
 * "|---|". The first row is the header. Fewer than two rows is no table.
 */
function drawnTable(text: string): TableRow[] {
  const rows: TableRow[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const body = /^\s*\|(.*)\|\s*$/u.exec(line);
    if (!body || /^[\s|+:=-]*$/u.test(line)) continue;
    const cells: { start: number; end: number }[] = [];
    let from = start + line.indexOf('|') + 1;
    for (const part of body[1].split('|')) {
      const lead = part.length - part.trimStart().length;
      cells.push({ start: from + lead, end: from + part.trimEnd().length });
      from += part.length + 1;
    }
    rows.push({ cells, header: [], isHeaderRow: rows.length === 0, start, end: start + line.length });
  }
  if (rows.length < 2) return [];
  const header = rows[0].cells.map((c) => text.slice(c.start, c.end));
  for (const row of rows) row.header = header;
  return rows;
}

/** "Processors: We may use ..." -> "Processors"; null when the sentence does not open with a short label. */
function labelOf(text: string): string | null {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 50) return null;
  const label = text.slice(0, colon).trim();
  if (/[.!?]/u.test(label) || label.split(/\s+/u).length > 5) return null;
  return label;
}

/** A line that opens with a short label and a colon, then says more: "Mollie B.V. : voor betalingen middels iDEAL." */
function itemLine(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 50 || !/\S/u.test(text.slice(colon + 1))) return false;
  const label = text.slice(0, colon).trim();
  return !/[.!?]\s+\S/u.test(label) && label.split(/\s+/u).length <= 6;
}

/** The labels of the controller's own e-mail domains: not free mail, not another organisation's or a known service's. */
function ownMailDomains(ctx: ExtractContext): Set<string> {
  const domains = new Set<string>();
  const othersMail = othersDomain(ctx, controllerNames(ctx).map(normName));
  const mail = /(?<![\p{L}\p{N}._%+~-])[\p{L}\p{N}._%+~-]+\s*(?:@|\[at\]|\(at\))\s*((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})/giu;
  for (const block of ctx.doc.blocks) {
    if (!/@|\[at\]|\(at\)/iu.test(block.text)) continue; // the address pattern is slow on text without one
    for (const m of block.text.matchAll(mail)) {
      // The registrable label: "xcuts" of "xcuts.co.uk", not "co".
      const label = domainLabel(m[1]);
      // An address at a known service's domain ("privacy@vercel.com" beside "Fournisseur : Vercel") is the service's.
      if (label && !FREE_MAIL_DOMAINS.includes(label) && !othersMail(normName(label)) && !namesService(m[1])) domains.add(normName(label));
    }
  }
  return domains;
}

/** Keys of the controller's own names: e-mail domains (not free mail) and subjects of "X is de verantwoordelijke". */
function controllerKeys(ctx: ExtractContext, p: Patterns | null, ownDomains: ReadonlySet<string>): string[] {
  const keys = new Set<string>(ownDomains);
  const title = ctx.doc.title ?? ctx.doc.blocks.find((b) => b.kind === 'heading')?.text ?? '';
  const titleName = titleOwner(title);
  if (titleName) keys.add(normName(titleName));
  if (p) {
    for (const sentence of ctx.doc.sentences) {
      // "your SourceHut account" is the controller's, but "uw Google-account" is Google's: registry names stay out.
      p.ownAccount.lastIndex = 0;
      for (const m of sentence.text.matchAll(p.ownAccount)) {
        if (/^\p{Lu}/u.test(m[1]) && !namesService(m[1])) keys.add(normName(m[1]));
      }
      const found = hits(p.controllerStatements, sentence.text)[0];
      if (!found) continue;
      const subject = subjectPattern().exec(sentence.text);
      if (subject && found.start - subject[0].length <= 60) keys.add(normName(subject[1]));
    }
  }
  // The controller's own name and aliases as the controller extractor chose them ("Invicto", "LinkedIn Ireland").
  for (const name of controllerNames(ctx)) {
    keys.add(normName(name));
    // Its brand without the legal form ("Invicto" of "Invicto BV").
    const brand = name.replace(/[,\s]+(?:\S+\.?)$/u, '');
    if (brand !== name && /\p{L}{3,}/u.test(brand) && test(legalForms(), name.slice(brand.length))) keys.add(normName(brand));
    // Its initials ("TCS" of "Thermo Clim Sanitaire"), from three capitalised words on.
    const initials = name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w) && !test(legalForms(), w)).map((w) => w[0]).join('');
    if (initials.length >= 3) keys.add(normName(initials));
  }
  return [...keys].filter((k) => k.length >= 2).sort();
}

/**
 * An e-mail domain that spells another organisation the text names in full, not the controller it found
 * ("dataprotection@englandathletics.org" beside "England Athletics" in a policy of CLC Striders): that organisation's
 * address, so the domain is no key of the controller's.
 */
function othersDomain(ctx: ExtractContext, own: string[]): (label: string) => boolean {
  if (own.length === 0) return () => false;
  let names: Set<string> | null = null;
  return (label) => {
    if (label.length < 5 || own.some((k) => k.length >= 4 && (k.startsWith(label) || label.startsWith(k)))) return false;
    if (!names) {
      names = new Set();
      for (const block of ctx.doc.blocks) for (const m of block.text.matchAll(/\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){1,4}/gu)) names.add(normName(m[0]));
    }
    return names.has(label);
  };
}

/** "Privacyverklaring CoronaMelder" -> "CoronaMelder": the capitalised words of a title that are not privacy words. */
function titleOwner(title: string): string | null {
  const words = title.split(/[\s|:–—-]+/u).filter((w) => w !== '' && !TITLE_WORDS().test(w));
  const name = words.filter((w) => /^\p{Lu}|\p{Lu}/u.test(w) && /\p{L}/u.test(w));
  return name.length > 0 && name.length === words.length ? name.join(' ') : null;
}

/** Privacy words of a title in any language: a German or French title names its owner the same way. */
const TITLE_WORDS = once(() => caselessRegExp(`^(?:${Object.values(RECIPIENTS).flatMap((l) => l.titleWords).join('|')})$`, 'iu'));


/** What may stand between two names of one list: a legal form, a comma or conjunction, an article ("PostNL en de DHL"). */
const listGapPattern = once(() => {
  const conjunctions = fromEveryPack((pack) => [...(pack.common.conjunctions ?? []), ...(pack.common.leadingConjunctions ?? [])]);
  const determiners = fromEveryPack((pack) => pack.common.determiners);
  // A short aside in brackets may follow the first name: "OGONE (www.ogone.nl), Rabobank".
  return new RegExp(`^(?:\\s*\\p{Lu}[^\\s,;]*){0,2}(?:\\s*\\([^()]{1,30}\\))?[\\s)]*(?:,|\\s)\\s*(?:(?:${[...conjunctions, '&'].join('|')})\\s+)?(?:(?:${determiners.join('|') || '(?!)'})\\s+)?$`, 'u');
});

/** A comma and an article, no conjunction: the start of an apposition ("Mollie, de ..."), not of a list's next name. */
const appositionGap = once(() => new RegExp(`,\\s*(?:${fromEveryPack((pack) => pack.common.determiners).join('|') || '(?!)'})\\s+$`, 'iu'));

/** A capitalised name opening a sentence, after an article of any pack ("De Stichting …", "The Company …"). */
const subjectPattern = once(
  () => new RegExp(`^(?:(?:${fromEveryPack((pack) => pack.common.determiners).join('|') || '(?!)'})\\s+)?(\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&'’-]*){0,3})`, 'u'),
);

/** Lower-case letters and digits only: the key two spellings of one name share ("Hubspot" = "HubSpot"). */
function normName(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The text before a name, cut at the start of its clause, so a cue in an earlier clause does not reach it. */
function clauseBefore(text: string, start: number): string {
  // Sentences are already split, so a ". " inside one is an abbreviation ("e.g. Twitter"), not a boundary. A clause
  // longer than the look-behind window is read from the window's start: every cue sits right before the name.
  const before = textBefore(text, start);
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
  const p = r.p;
  if (!p) return false;
  const before = clauseBefore(text, start);
  const cue = (strict ? p.nameCues : p.useBefore).exec(before);
  if (cue) {
    // "if you use Chrome", "you can pass your data to": the reader's own doing, not the controller's.
    // A hyphenated word is one word: the "vous" of "les rendez-vous sont effectués via …" is nobody.
    const subject = (before.slice(0, cue.index).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []).slice(-2);
    if (!subject.some((w) => p.readerSubject.test(w))) return true;
  }
  // "ob Profiling durchgeführt wird": a verb at the end cues a proper name only after its preposition ("über X versendet").
  if (strict && p.verbFinalAfter?.test(text.slice(end)) && !p.verbFinalBefore?.test(text.slice(Math.max(0, start - 50), start))) return false;
  return p.roleAfter.test(text.slice(end));
}

/** The name follows an accepted one in the same sentence with only "," / "en" / "and" / "or" between them, so the
 * cue of the first covers it ("wij werken samen met PostNL en DHL"). */
function continuesList(text: string, accepted: Mention[] | Mention[][], start: number): boolean {
  // Only a name ending fewer than 40 characters before this one can continue it: the cheap test goes first.
  const lists = (accepted.length > 0 && Array.isArray(accepted[0]) ? accepted : [accepted]) as Mention[][];
  return lists.some((list) => list.some((m) => {
    if (m.leadOnly || m.order[1] >= start || start - m.end >= 40) return false;
    const gap = text.slice(m.end, start);
    // A legal form may stand between ("Acme B.V. en Foo GmbH"); a comma and an article open an apposition that says
    // what the name is ("Mollie B.V., de Nederlandse betaaldienstverlener"), not the next name.
    return listGapPattern().test(gap) && gap.length < 40 && !appositionGap().test(gap);
  }));
}

/** A name that is not a recipient here: denied, a source, switched off, or a share button or link. */
function excluded(r: Reading, sentence: Sentence, start: number, end: number): boolean {
  const p = r.p;
  if (!p) return false;
  const text = sentence.text;
  if (r.ctx.negated(text, start, 12) || nearReceivingDenial(p, text, start)) return true;
  // A later name of an enumeration takes the negation of its first: "we do not use SDKs such as Mixpanel, Segment, Amplitude".
  const enumeration = enumerationBefore().exec(textBefore(text, start));
  if (enumeration && r.ctx.negated(text, windowStart(start) + enumeration.index, 12)) return true;
  // An example in brackets takes the negation of what it explains: "we do not use tracking services (ex: Google Analytics".
  const paren = textBefore(text, start).lastIndexOf('(');
  const open = paren < 0 ? -1 : windowStart(start) + paren;
  if (open >= 0 && !text.slice(open, start).includes(')') && r.ctx.negated(text, open, 12)) return true;
  const before = clauseBefore(text, start);
  const after = text.slice(end);
  if (p.sourceBefore.test(before) || p.sourceAfter.test(after)) return true;
  if (p.disabledAfter.test(after) || p.internalAfter.test(after)) return true;
  return false;
}

/** Names joined by commas and "and"/"or" right before a name: the earlier items of an enumeration it ends. */
const enumerationBefore = once(() => {
  const joins = fromEveryPack((pack) => pack.common.conjunctions).join('|') || '(?!)';
  const item = '\\p{Lu}[\\p{L}\\p{N}.+&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.+&-]*){0,3}';
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${item}\\s*(?:,\\s*(?:(?:${joins})\\s+)?|\\s+(?:${joins})\\s+))+$`, 'u');
});

/** A share button or a link to another site just before the name in its clause ("share our page (e.g. Twitter"). */
function nearReceivingDenial(p: Patterns, text: string, start: number): boolean {
  if (test(p.notReceiving, clauseBefore(text, start).slice(-60))) return true;
  // An example in brackets of what was linked: "links to other services (for example YouTube, HOT Tasking Manager".
  const before = textBefore(text, start);
  const open = before.lastIndexOf('(');
  return open >= 0 && !before.slice(open).includes(')') && test(p.notReceiving, clauseBefore(before, open).slice(-60));
}

/** The United States closing an address after a comma: ", USA)", ", United States.". */
const US_AFTER = new RegExp(`^\\s*,\\s*(?:${US_ADDRESS_COUNTRY.join('|')})\\s*(?:[),;:]|\\.?\\s*$|\\.\\s)`, 'u');

/**
 * A town in a postal address: before a state and ZIP code ("Cupertino, CA 95014", "Redmond, WA 98052-6399") or after a
 * street and a comma ("1 Infinite Loop, Cupertino").
 */
function townOfAddress(text: string, start: number, end: number): boolean {
  const after = text.slice(end);
  if (/^\s*,\s*\p{Lu}{2}\s+\d{5}(?:-\d{4})?(?![\p{L}\p{N}])/u.test(after)) return true;
  // "Springfield, IL, USA", and the state itself: "IL, USA".
  if (/^\p{Lu}{2}$/u.test(text.slice(start, end)) && US_AFTER.test(after)) return true;
  if (/^\s*,\s*\p{Lu}{2}(?=\s*,)/u.test(after) && US_AFTER.test(after.replace(/^\s*,\s*\p{Lu}{2}/u, ''))) return true;
  // The street with its house number: "1600 Amphitheatre Parkway, Mountain View" ("Google Drive, Indico" is a list).
  const street = /(?<![\p{L}\p{N}])\d+[\p{L}-]*\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(\p{L}+\.?)\s*,\s*$/u.exec(text.slice(Math.max(0, start - 60), start));
  return !!street && ADDRESS_PART_ENDINGS.includes(street[1].toLowerCase());
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
const NAMES_PROCESSORS = new WeakMap<Sentence, boolean>();

function kindOf(r: Reading, sentence: Sentence, fallback: RecipientKind): RecipientKind {
  if (!r.p) return fallback;
  // Asked once per sentence, however many names it holds.
  let processors = NAMES_PROCESSORS.get(sentence);
  if (processors === undefined) {
    const block = sentence.block;
    // The sentence, its inline label, its table's header or its heading ("Sub-processors") may say so.
    const header = r.rowAt(block, sentence.start)?.header ?? [];
    const context = [r.label(sentence) ?? '', sentence.text, ...header, r.ctx.heading(block)?.text ?? '', leadText(r, block)].join(' \n ');
    NAMES_PROCESSORS.set(sentence, (processors = test(r.p.processorWords, context)));
  }
  return processors ? 'processor' : fallback;
}

/** The paragraph that introduces the list or table a block belongs to ("Met alle leveranciers die gegevens namens ons
 * verwerken, hebben wij een verwerkersovereenkomst."), or ''. */
function leadText(r: Reading, block: Block): string {
  if (block.kind !== 'listItem' && block.kind !== 'tableRow') return '';
  const blocks = r.ctx.doc.blocks;
  let i = block.index - 1;
  while (i >= 0 && blocks[i].kind === block.kind) i--;
  return i >= 0 && blocks[i].kind === 'paragraph' ? blocks[i].text : '';
}

// ---------------------------------------------------------------------------------------------------- registry


/**
 * Table cells that hold exactly a registry service's name ("Crisp" in a column of sub-processors): a name the
 * registry's patterns fence in because it is also a word ("crisp", "zoom") is the service there.
 */
function cellNameHits(r: Reading, sentence: Sentence, found: RegistryHit[]): RegistryHit[] {
  const out: RegistryHit[] = [];
  for (const row of r.rows(sentence.block)) {
    for (const cell of row.cells) {
      const start = cell.start - sentence.start;
      if (row.isHeaderRow || start < 0 || cell.end > sentence.end) continue;
      const entry = registryNames().get(sentence.block.text.slice(cell.start, cell.end));
      if (entry && !found.some((h) => h.start < start + entry.name.length && start < h.end)) {
        out.push({ start, end: start + entry.name.length, text: entry.name, groups: [], entry });
      }
    }
  }
  return out;
}

/** Software the site runs itself: a service with a hosted form ("Matomo Cloud"), written in its plain form ("Matomo"),
 * in a section (or block) that says the site hosts it ("auf unserem Server", "open source", "self-managed"). */
function selfHosted(r: Reading, sentence: Sentence, h: RegistryHit): boolean {
  if (h.entry.hostedForm === undefined || caselessRegExp(h.entry.hostedForm, 'iu').test(h.text) || !r.p?.selfHosting) return false;
  return hostsItself(r, sentence.block) || r.selfHostedAnywhere(h.entry, (block) => hostsItself(r, block));
}

/** The block, or the section it stands in, says the site runs the software itself. */
function hostsItself(r: Reading, block: Block): boolean {
  const section = block.kind === 'heading' ? block.index : block.section;
  return r.ctx.doc.blocks.some((b) => (b === block || (section >= 0 && (b.section === section || b.index === section))) && test(r.p!.selfHosting!, b.text));
}

/** Parents of the services in `found` that the site serves itself ("Google" of self-hosted "Google Fonts"). */
function selfServedParents(r: Reading, sentence: Sentence, found: readonly RegistryHit[]): Set<string> {
  return new Set(found.filter((h) => h.entry.parent !== undefined && selfHosted(r, sentence, h)).map((h) => h.entry.parent!));
}

function selfServedParent(r: Reading, sentence: Sentence, name: string): boolean {
  return selfServedParents(r, sentence, registryHits(sentence.text)).has(name);
}

const registryNames = once(() => new Map(PROCESSORS.map((entry) => [entry.name, entry])));

function registryMentions(r: Reading, sentence: Sentence): Mention[] {
  const text = sentence.text;
  const out: Mention[] = [];
  const found = registryHits(text);
  found.push(...brandHits(text, found));
  found.push(...cellNameHits(r, sentence, found));
  found.sort((a, b) => a.start - b.start);
  // "Google Fonts, die von Google bereitgestellt werden … lokal installiert": the maker of software the site serves
  // itself receives nothing either.
  const selfServed = selfServedParents(r, sentence, found);
  for (const h of found) {
    if (insideAddress(text, h.start, h.end) || r.isController(h.entry.name) || selfServed.has(h.entry.name)) continue;
    if (excluded(r, sentence, h.start, h.end) || selfHosted(r, sentence, h) || insideControllerName(r, text, h) || ownPage(r, text, h)) continue;
    if (r.ownInstallation(h.text)) continue;
    // The title of one of its documents: "Google Ads Data Processing Terms".
    if (r.p?.documentAfter?.test(text.slice(h.end))) continue;
    if (operatorInBrackets(text, h, found)) continue;
    const scope = r.scope(sentence, h.start);
    const cue =
      cued(r, text, h.start, h.end) || continuesList(text, out, h.start) || opensItem(r, sentence, h.start, h.end) || (!['social', 'payments'].includes(h.entry.category) && (namesOnlyItem(r, sentence, h.start, h.end) || namesOnlyCell(r, sentence, h.start, h.end))) || categoryExample(r, text, h.start) || usedInClause(r, text, h.start) ||
      (h.entry.category !== 'social' && serviceSection(r, sentence, h.entry)) || afterLead(r, sentence, h.start) ||
      !!r.p?.handlesAfter?.test(text.slice(h.end)) || (h.entry.category !== 'social' && !!r.p?.ownToolBefore?.test(text.slice(Math.max(0, h.start - 80), h.start)) && /^\s*\)/u.test(text.slice(h.end))) ||
      (h.entry.category !== 'social' && !!r.p?.ownToolComma?.test(clauseBefore(text, h.start).slice(-60)) && /^\s*,/u.test(text.slice(h.end)));
    const lead = !cue && colonLead(r, text, h.start);
    if (!cue && !lead && (!scope.listed || scope.source)) continue;
    if (scope.column === 'other' && !cue && !lead) continue;
    const mention = registryMention(r, sentence, h);
    if (lead && !scope.listed) mention.leadOnly = true;
    out.push(mention);
  }
  return out;
}

/**
 * The operator of a service in brackets right after it: "GitHub (Microsoft)", "GitHub Pages (Microsoft/GitHub Inc.)",
 * "Cookiebot (Usercentrics)". The bracket holds only names; the service before it is the recipient, unless the bracket
 * holds a product of it.
 */
function operatorInBrackets(text: string, h: RegistryHit, found: readonly RegistryHit[]): boolean {
  const open = text.lastIndexOf('(', h.start);
  if (open < 0 || text.slice(open, h.start).includes(')')) return false;
  const close = text.indexOf(')', h.end);
  if (close < 0) return false;
  // Only names, legal forms and slashes or commas inside: not "(for example Google)", "(we use Google)".
  if (!/^\(\s*(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?:\s*[/,]\s*|\s+|\s*(?=\))))+\)$/u.test(text.slice(open, close + 1))) return false;
  const before = text.slice(0, open).replace(/[\s*_]+$/u, '').length;
  // A product of the name before it ("GitHub, Inc. (GitHub Pages)", "Google Ireland Ltd (Google Workspace)") is the service itself.
  return found.some((o) => o !== h && o.end === before && o.entry.name !== h.entry.name && h.entry.parent !== o.entry.name);
}

/** A label of a network and the controller's own page or handle on it: "Facebook: CLC Striders", "Twitter: @clcstriders". */
function ownPage(r: Reading, text: string, h: RegistryHit): boolean {
  const page = /^[*_"”]*\s*:\s*[*_]*@?([\p{L}\p{N}][\p{L}\p{N}&'’ .-]{1,60}?)[*_]*\s*(?:[-–—(|/]|$)/u.exec(text.slice(h.end));
  return !!page && r.isController(page[1].trim());
}

/** The service's name is a word of the controller's own name: "Meetup" in "Dundee Data Meetup". */
function insideControllerName(r: Reading, text: string, h: RegistryHit): boolean {
  const before = /(?:\p{Lu}[\p{L}\p{N}&'’-]*\s+){1,4}$/u.exec(text.slice(Math.max(0, h.start - 60), h.start))?.[0] ?? '';
  const after = /^(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){1,4}/u.exec(text.slice(h.end, h.end + 60))?.[0] ?? '';
  if (before === '' && after === '') return false;
  // The longest run around the hit, then shorter ones: "Dundee Data Meetup", "Data Meetup".
  const words = before.trim().split(/\s+/u).filter(Boolean);
  for (let i = 0; i < words.length || (i === 0 && after !== ''); i++) {
    const run = `${words.slice(i).join(' ')} ${h.text}${after}`.trim();
    if (run !== h.text && r.isController(run)) return true;
  }
  return after !== '' && r.isController(`${h.text}${after}`);
}

/** A registry service named in a sentence, as a recipient. */
function registryMention(r: Reading, sentence: Sentence, h: RegistryHit): Mention {
  // Payment providers and social networks mostly act as controllers of their own (gdpr.md §1, recipients).
  const typical = ['payments', 'social'].includes(h.entry.category) ? 'controller' : 'processor';
  return {
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
  };
}

/**
 * A known service that opens a paragraph right after a lead ending in ':' that introduces services or recipients
 * ("Wir setzen folgenden Hoster ein:" then "GitHub Inc.\n88 Colin P Kelly Jr St ..."): an address card of the service.
 */
function afterLead(r: Reading, sentence: Sentence, start: number): boolean {
  const block = sentence.block;
  if (!r.p || block.kind !== 'paragraph' || block.sentences[0] !== sentence || !/^[\s*_"“]*$/u.test(sentence.text.slice(0, start))) return false;
  const previous = r.ctx.doc.blocks[block.index - 1];
  const last = previous?.kind === 'paragraph' ? previous.sentences.at(-1)?.text.trimEnd() : undefined;
  return !!last && last.endsWith(':') && (test(r.p.listLeads, last) || test(r.p.useAnywhere, last));
}

/** The registry service a heading opens with ("### Supabase (database)", "## 3. MailChimp Newsletter"), if any. */
function serviceOpening(text: string): RegistryHit | undefined {
  // A compound opens with the service but names a thing of it: "Google-Play-Formular", "YouTube-Videos".
  return registryHits(text).find((hit) => /^[\s*_"“\d.)]*$/u.test(text.slice(0, hit.start)) && !/^-\p{L}/u.test(text.slice(hit.end)));
}

/**
 * A known service that opens a sub-heading of a section about recipients ("## Met wie we gegevens delen" then
 * "### Supabase (database + authenticatie)", "### Apple"): the heading introduces what that service receives.
 */
function headingMentions(r: Reading, sentence: Sentence): Mention[] {
  const block = sentence.block;
  if (!r.p || block.sentences[0] !== sentence || r.section(block) !== 'recipients' || test(r.p.sectionLabels, block.text)) return [];
  const h = serviceOpening(sentence.text);
  if (!h || r.isController(h.entry.name) || excluded(r, sentence, h.start, h.end) || selfHosted(r, sentence, h)) return [];
  return [registryMention(r, sentence, h)];
}

/**
 * The service is named again in the body of a section whose heading opens with it ("## MailChimp Newsletter" then
 * "Ihre Daten werden an MailChimp übertragen", "## Mailchimp" then "gérées par Mailchimp"): a section about one
 * service describes what it receives. The heading alone names nothing (headingMentions reads those in recipients
 * sections only); a name in the heading's own text is not the body.
 */
function serviceSection(r: Reading, sentence: Sentence, entry: ProcessorEntry): boolean {
  const heading = r.ctx.heading(sentence.block);
  if (!heading || heading === sentence.block || !heading.sentences[0]) return false;
  const title = heading.sentences[0].text;
  return serviceOpening(title)?.entry === entry || serviceClosing(title)?.entry === entry;
}

/** The registry service a heading ends with, after a few words ("8. Cookies en Google Analytics", "Einsatz von Google
 * Maps", "Use of YouTube"): the section is about that service. */
function serviceClosing(text: string): RegistryHit | undefined {
  const hit = registryHits(text).at(-1);
  if (!hit || !/^[\s*_"”:?.]*$/u.test(text.slice(hit.end))) return undefined;
  const words = text.slice(0, hit.start).replace(/^[\s*_\d.)]+/u, '').split(/\s+/u).filter(Boolean);
  return words.length >= 1 && words.length <= 4 ? hit : undefined;
}

/**
 * A list item that opens with the service and says what it does or gets ("PayPal: transaction ID, sender name",
 * "**Stripe** — used for payment processing", "Mollie (betalingen)"): the service is listed as one that receives data.
 */
function opensItem(r: Reading, sentence: Sentence, start: number, end: number): boolean {
  const text = sentence.text;
  // A label paragraph that is the service's name alone ("**_Sentry_**:"), above what it receives.
  if (sentence.block.kind === 'paragraph' && /^[\s*_"“]*$/u.test(text.slice(0, start)) && /^[*_"”]*\s*:[*_\s]*$/u.test(text.slice(end))) return true;
  if (sentence.block.kind !== 'listItem' || sentence.block.sentences[0] !== sentence) return false;
  if (!/^[\s*_"“]*$/u.test(text.slice(0, start))) return false;
  if (/^[*_"”]*\s*(?::|\(|[–—]|\s-\s)\s*\S/u.test(text.slice(end))) return true;
  // A product word after the brand inside the label's markup: "**HubSpot Tracker** — helps us track visitors".
  const product = /^(?:\s+\p{Lu}[\p{L}\p{N}-]*){1,2}/u.exec(text.slice(end));
  const after = product ? end + product[0].length : -1;
  return after > 0 && markupAfter(r, sentence.block, sentence.start + after) && /^[*_"”]*\s*(?::|\(|[–—]|\s-\s)\s*\S/u.test(text.slice(after));
}

/** A list item of names only, after at most a short label and a colon or bracket ("Mailing-list: Mailchimp"). */
const namesOnly = once(() => {
  const joins = fromEveryPack((pack) => pack.common.conjunctions).join('|') || '(?!)';
  const item = "[*_\"“‘'\\[]*\\p{Lu}[\\p{L}\\p{N}.+&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.+&'’-]*){0,3}[*_\"”’'\\]]*";
  const join = `(?:\\s*,\\s*(?:(?:${joins})\\s+)?|\\s+(?:${joins})\\s+|\\s*[/&]\\s*)`;
  const label = "[\\p{L}\\p{N}][\\p{L}\\p{N}&/'’.-]*(?:\\s+[\\p{L}\\p{N}&/'’.-]+){0,3}[*_]*\\s*(?::|\\()";
  return new RegExp(`^[\\s*_"“]*(?:${label}[\\s*_]*)?${item}(?:${join}${item})*[\\s*_]*\\)?[\\s*_]*[.;,]?[\\s*_]*$`, 'u');
});

/**
 * A list item that holds known names and nothing else but a short label: "- Google Analytics;", "- Mailing-list:
 * Mailchimp", "* Platforms: Google Analytics, Segment", "- Statistiques (Google Analytics, Hotjar)". A list of the
 * services in use needs no cue word; not under a lead that denies or names sources ("We do not use:").
 */
function namesOnlyItem(r: Reading, sentence: Sentence, start: number, end: number): boolean {
  const block = sentence.block;
  const text = sentence.text;
  if (!r.p || block.kind !== 'listItem' || block.sentences.length !== 1 || !namesOnly().test(text)) return false;
  // The service is a name of its own, not the brand of another product or a compound ("Apple Safari", "GitHub Issues",
  // "Join Discord", "Github-account").
  if (/^(?:\s+\p{Lu}|-\p{L})/u.test(text.slice(end)) || /\p{L}\s+$/u.test(text.slice(Math.max(0, start - 30), start))) return false;
  const list = r.listAround(block);
  // A list with a social network in it lists the controller's profiles ("- Facebook", "- YouTube"), not services used.
  if (r.socialItems(list.first).some((j) => j !== block.index)) return false;
  const lead = list.lead ? leadClause(list.lead.text) : '';
  if (!lead) return true;
  return !r.deniesOrSources(lead) && !test(r.p.notReceiving, lead);
}

/** A list's lead without its closing colon, so the negation reader sees its clause ("We do not use these tools:"). */
function leadClause(text: string): string {
  return text.replace(/[\s*_:]+$/u, '');
}

/**
 * A table cell that holds the service's name and nothing else ("| Stripe | payments |", "| Newsletter | Mailchimp |"):
 * a table of the services in use, whatever its headers say; not in a table whose recipients column is another one.
 */
function namesOnlyCell(r: Reading, sentence: Sentence, start: number, end: number): boolean {
  const block = sentence.block;
  const row = r.rowAt(block, sentence.start + start);
  if (!row || row.isHeaderRow || r.column(block, sentence.start + start) === 'other') return false;
  const cell = row.cells.find((c) => sentence.start + start >= c.start && sentence.start + start < c.end);
  if (!cell) return false;
  const text = block.text.slice(cell.start, cell.end);
  const at = sentence.start + start - cell.start;
  const after = text.slice(at + end - start);
  return /^[\s*_"“]*$/u.test(text.slice(0, at)) && /^[\s*_"”.]*$/u.test(after);
}

/**
 * A known service after a usage or sharing verb anywhere earlier in its clause, with other words between: "we pass
 * your e-mail address on to our newsletter platform MailChimp", "Na toestemming gebruikt de website Google Analytics".
 * Only for registry services: a known name is a strong signal, where an unknown capitalised word is not.
 */
function usedInClause(r: Reading, text: string, start: number): boolean {
  const p = r.p;
  if (!p) return false;
  const before = clauseBefore(text, start);
  return notReadersAct(p, before, hits(p.useAnywhere, before));
}

/** The last cue of a clause is not the reader's own act: neither of the two words before it is the reader ("you use"). */
function notReadersAct(p: Patterns, clause: string, cues: Hit[]): boolean {
  const cue = cues[cues.length - 1];
  if (!cue) return false;
  const subject = (clause.slice(0, cue.start).match(/[\p{L}\p{N}]+/gu) ?? []).slice(-2);
  return !subject.some((w) => p.readerSubject.test(w));
}

/** Names joined by commas and conjunctions, or nothing: what may stand between a lead's colon and a later name of its list. */
const enumerationOnly = once(() => {
  const joins = fromEveryPack((pack) => pack.common.conjunctions).join('|') || '(?!)';
  const item = '[*_"“]*\\p{Lu}[\\p{L}\\p{N}.+&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.+&-]*){0,3}[*_"”]*';
  return new RegExp(`^\\s*(?:${item}\\s*(?:,\\s*(?:(?:${joins})\\s+)?|\\s+(?:${joins})\\s+))*[\\s*_"“]*$`, 'u');
});

/**
 * A known service listed right after a colon whose lead, in the same sentence, uses or hands on data or introduces a
 * list ("gebruikt de volgende systemen: Ascend, Salesforce, Google Analytics", "Personal data is transferred to the
 * following service provider: Hotjar"). The lead is read as usedInClause reads a clause.
 */
function colonLead(r: Reading, text: string, start: number): boolean {
  const p = r.p;
  if (!p) return false;
  const before = textBefore(text, start);
  const colon = before.lastIndexOf(':');
  if (colon < 0 || !enumerationOnly().test(before.slice(colon + 1))) return false;
  const lead = clauseBefore(before, colon);
  // "Wij ontvangen gegevens van de volgende partijen:" lists sources; "We do not use the following tools:" nothing used.
  if (test(p.sourceAnywhere, lead) || r.ctx.negated(text, windowStart(start) + colon, 12)) return false;
  // The role of whoever follows: "Alles staat bij één verwerker: Supabase", "our hosting provider: Netlify".
  const tail = lead.replace(/[*_"“”]/gu, ' ').trim().split(/\s+/u);
  // Not the reader's own provider: "Als u klant bent bij een provider: Google".
  const own = !(lead.match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => p.readerSubject.test(w));
  // A label alone ("; Dienstanbieter: Google Cloud EMEA Limited") names the entity behind a service described before it.
  if (own && tail.length > 2 && p.roleLabel && (p.roleLabel.test(tail.slice(-2).join(' ')) || p.roleLabel.test(tail.at(-1) ?? ''))) return true;
  return notReadersAct(p, lead, [...hits(p.listLeads, lead), ...hits(p.useAnywhere, lead)].sort((a, b) => a.start - b.start));
}

/** The service is an example of a category of recipients: "Verzenddiensten (zoals PostNL", "processors such as Stripe". */
function categoryExample(r: Reading, text: string, start: number): boolean {
  return !!r.p && r.p.categoryExample.test(clauseBefore(text, start));
}

/**
 * The registry's spelling, unless the text writes another brand of the same service ("Sendinblue" for Brevo) or names
 * it more fully as a capitalised product or entity of the brand ("Hetzner Online GmbH", "Cloudflare Web Analytics",
 * "Microsoft Teams", "Amazon S3"): policies name the product they use, and the fuller name is the one they give.
 */
function registryName(entry: ProcessorEntry, written: string): string {
  const brand = normName(entry.name.split(/\s+/u)[0]);
  const folded = written.replace(/\s+/gu, ' ').trim();
  const plain = /^[\p{L}][\p{L}\p{N} &'’.,-]*$/u.test(folded) && !/[.,]\p{L}/u.test(folded);
  if (!plain) return entry.name;
  // The product word first, as French writes it ("Pixel Facebook", "pixel Meta"): the brand first, as commonly spelled.
  const words = folded.split(' ');
  if (words.length === 2 && entry.name.includes(' ') && normName(words[0]) === normName(entry.name.split(/\s+/u).at(-1)!)) {
    return registryName(entry, `${words[1]} ${words[0].replace(/^\p{Ll}/u, (c) => c.toUpperCase())}`);
  }
  const key = normName(folded);
  // The registry's name written another way ("Google-Maps"): the registry's spelling.
  if (key === normName(entry.name)) return entry.name;
  // The product without its brand ("MLKit" for Google ML Kit) is the product.
  if (key === normName(entry.name.split(/\s+/u).slice(1).join(''))) return entry.name;
  if (!key.includes(brand) && !brand.includes(key)) return /^[\p{L}][\p{L}\p{N} &'’-]*$/u.test(folded) ? folded : entry.name;
  // The brand written shorter, capitalised, as the policy names it ("OVH" for OVHcloud).
  if (key.length < brand.length && brand.startsWith(key) && key.length >= 3 && /^\p{Lu}{2}/u.test(folded) && !folded.includes(' ')) return folded;
  // The fuller name without its legal form ("Hetzner Online GmbH" -> "Hetzner Online", "La Poste Suisse"); a legal
  // form or a region after the brand ("Anthropic, PBC", "Amazon Web Services EMEA SARL") adds no product.
  const name = withoutLegalForms(folded.split(',')[0]).replace(/[\s.]+/gu, ' ').trim();
  // A legal entity ("Hetzner Online GmbH") is named by its brand, as commonly spelled; a product by its product name.
  if (normName(name) !== normName(folded.split(',')[0])) return entry.name;
  const known = new Set(entry.name.split(/\s+/u).map(normName));
  // A word that compounds one of the registry's ("Webfonts" of "Google Webfonts") or is its singular ("Google Font")
  // adds no product.
  const extra = name.split(' ').filter((w) => !known.has(normName(w)) && ![...known].some((k) => k.length >= 4 && (normName(w).endsWith(k) || (normName(w).length >= 4 && k.startsWith(normName(w))))));
  // A word inside the registry's name, its first and last words around it, names the same product ("Google Web Fonts").
  const nameWords = name.split(' ').map(normName);
  const entryWords = entry.name.split(/\s+/u).map(normName);
  if (entryWords.length > 1 && nameWords[0] === entryWords[0] && nameWords.at(-1) === entryWords.at(-1)) return entry.name;
  // The parent brand before the product counts as part of it ("Google Firebase").
  const opening = normName(name).startsWith(brand) || (entry.parent !== undefined && normName(name).startsWith(normName(entry.parent)));
  const fuller = opening && extra.length > 0 && name.split(' ').every((w) => /^[\p{Lu}\p{N}&]/u.test(w)) &&
    extra.every((w) => !NAME_REGION_WORDS.includes(w.toLowerCase()));
  return fuller ? name : entry.name;
}

// ---------------------------------------------------------------------------------------------------- other names

/** Organisations written with their legal form ("nycro UG", "SIX Payment Services Austria GmbH"). */
function entityMentions(r: Reading, sentence: Sentence, known: Mention[]): Mention[] {
  const text = sentence.text;
  const out: Mention[] = [];
  for (const form of hits(legalForms(), text)) {
    const name = nameBefore(text, form.start);
    if (!name || overlaps(known, sentence, name.start)) continue;
    const full = `${name.text} ${form.text}`;
    if (namesService(full) || r.isController(full) || r.isController(name.text) || operatorOfNamed(r, full)) continue;
    // "if Oy Frank Students Ab is involved in a merger": a short lower-case word before a legal form is no name.
    if (/^\p{Ll}{1,3}$/u.test(name.text)) continue;
    if (excluded(r, sentence, name.start, form.end) || demandedOnly(r, text, name.start, form.end)) continue;
    const scope = r.scope(sentence, name.start);
    const cue = cued(r, text, name.start, form.end) || continuesList(text, [known, out], name.start);
    if (!cue && (!scope.listed || scope.source)) continue;
    // The product in brackets after the company is the service it names ("AgileBits Inc. (1Password)", "Celonis Inc.
    // (Make.com)"): a known one is read by the registry, another written like a brand stands for the company.
    const product = /^\.?\s*\(\s*([\p{L}\p{N}][\p{L}\p{N}.&-]*?)\.?\s*\)/u.exec(text.slice(form.end));
    // The company's own site in brackets ("Krisp Technologies, Inc. (Krisp.ai)") names the company.
    const ownSite = !!product && isOwnSite(name.text, product[1]);
    if (product && !ownSite && namesService(product[1])) continue;
    if (product && !ownSite && BRAND_SPELLING.test(product[1]) && !r.isController(product[1])) {
      const at = form.end + product[0].indexOf(product[1]);
      out.push(namedMention(r, sentence, product[1], 'entity', at, at + product[1].length, null));
      continue;
    }
    const short = shortName(name.text);
    out.push(namedMention(r, sentence, short.name, 'entity', name.start, form.end, short.country ?? countryAfter(r, text, form.end)));
  }
  return out;
}

// Not inside a domain ("NIC.AT") or a path; see acronymMentions for the postcode after a state ("CA 94107").
// One of a run of codes joined by slashes ("KV/R2/D1") is a product feature, not an organisation.
const ACRONYM = /(?<![\p{L}\p{N}./_-])\p{Lu}{2,6}\p{N}?(?![\p{L}\p{N}_]|\.\p{L}|\/[\p{L}\p{N}])/gu;

const streetSuffix = once(() => new RegExp(`\\p{L}(?:${STREET_SUFFIXES.join('|')})$`, 'iu'));

/** True when the text before a name ends a sentence the splitter left whole ("… of that data. Therefore, we …"): a
 * word of small letters and a full stop, not an abbreviation ("e.g.", "bijv.", "z.B."). The name then opens a sentence. */
function stopBefore(r: Reading, before: string): boolean {
  const word = /(?<![\p{L}\p{N}.])(\p{Ll}{2,})[.!?]\s+$/u.exec(before)?.[1];
  if (!word || !r.lang) return false;
  return !abbreviationsOf(r.lang).has(word.toLowerCase());
}

/** True when the text spells the abbreviation out as a run of capitalised words that holds a registry service:
 * "OpenStreetMap Foundation (OSMF)". */
function spelledService(r: Reading, acronym: string): boolean {
  let known = r.spelledServices.get(acronym);
  if (known === undefined) {
    // The acronym (capitals and a digit, no regex syntax) and a '(' stand literally in every match, so only the
    // blocks that hold both are scanned, and the pattern is built only when one does: the run of capitalised words
    // used to be tried at every capital of every block, once per acronym the policy names.
    const blocks = r.ctx.doc.blocks.filter((b) => b.text.includes(acronym) && b.text.includes('('));
    const spelled = blocks.length > 0 ? new RegExp(`(${NAME_RUN_SOURCE})\\s*\\(\\s*${acronym}\\s*\\)`, 'gu') : null;
    known = spelled !== null && blocks.some((b) => [...b.text.matchAll(spelled)].some((s) => s[1].replace(/[^\p{Lu}]/gu, '').endsWith(acronym) && namesService(s[1])));
    r.spelledServices.set(acronym, known);
  }
  return known;
}

/** Abbreviations such as "KNHS", "GGD" or "EFGS" where recipients are listed. */
function acronymMentions(r: Reading, sentence: Sentence, known: Mention[]): Mention[] {
  const text = sentence.text;
  const found = [...text.matchAll(ACRONYM)];
  if (found.length === 0) return [];
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.5) return []; // shouting
  const out: Mention[] = [];
  for (const m of found) {
    const start = m.index;
    const end = start + m[0].length;
    const compound = /^-(\p{L}+)/u.exec(text.slice(end));
    if (compound && !['en', 's'].includes(compound[1])) continue; // "GGD-portaal" is a portal; "GGD-en" the GGDs
    if (/^,?\s*\d{4,5}(?![\p{L}\p{N}])/u.test(text.slice(end))) continue; // a state or county before its postcode: "San Francisco, CA 94107"
    // A state before its country: "Mountain View, CA, USA".
    if (m[0].length === 2 && US_AFTER.test(text.slice(end))) continue;
    // A register and its number ("HRB 242623"), a section counted in Roman numerals ("see III above as well as VI").
    if (/^\s*(?:Nr\.?\s*|No\.?\s*)?\d{3,}/u.test(text.slice(end)) || /^X{0,3}(?:IX|IV|V?I{0,3})$/u.test(m[0])) continue;
    // A cookie among the names of cookies listed with it ("firstTouchGA, LPVID, _A_source", "Secure-3PSIDCC, SIDCC").
    if (cookieNames(text, start, end)) continue;
    // The outward half of a British postcode: "Cambridge, CB4 0WS", "London EC1A 1BB".
    if (/\p{N}$/u.test(m[0]) && /^\s+\p{N}\p{Lu}{2}(?![\p{L}\p{N}])/u.test(text.slice(end))) continue;
    // A canton or province in brackets after a postcode and town: "1227 Les Acacias (GE)", "20121 Milano (MI)".
    if (/(?<![\p{L}\p{N}])\d{4,5}\s+\p{Lu}[\p{L}'’ -]{1,40}\(\s*$/u.test(text.slice(Math.max(0, start - 50), start))) continue;
    // A small word inside a name written in capitals: the "DU" of "RE/MAX DU CARTIER INC.", the "DE" of "BANQUE DE FRANCE".
    if (functionWord(r, m[0]) && (/\p{Lu}{2,}[\s/-]*$/u.test(text.slice(Math.max(0, start - 12), start).trimEnd()) || /^\s+\p{Lu}{2,}/u.test(text.slice(end)))) continue;
    if (test(legalForms(), m[0]) || !isOrganisationWord(r, m[0]) || overlaps(known, sentence, start)) continue;
    if (excluded(r, sentence, start, end) || operated(r, sentence, start, [known, out]) || demandedOnly(r, text, start, end)) continue;
    // The abbreviation a name found just before gives itself: "De Vlaamse Judofederatie (VJF)", "Stripe (US)".
    if (bracketedAfterName(text, start, [known, out])) continue;
    // The initials of the capitalised words right before the bracket, where a service was found in them:
    // "OpenStreetMap Foundation (OSMF)" beside OpenStreetMap is that service's organisation.
    // "OpenStreetMap Foundation (OSMF)" beside OpenStreetMap is that service's organisation, here and wherever the
    // text uses the initials alone ("services by OSMF").
    if (spelledService(r, m[0])) continue;
    const scope = r.scope(sentence, start);
    if (!scope.listed || scope.source) continue;
    out.push(namedMention(r, sentence, m[0], 'acronym', start, end, null));
  }
  return out;
}

/** The comma-separated run around a word holds at least two cookie-like identifiers ("_ga", "trwsa.sid", "bcookie"). */
function cookieNames(text: string, start: number, end: number): boolean {
  const from = Math.max(text.lastIndexOf('|', start), text.lastIndexOf(':', start), text.lastIndexOf('(', start)) + 1;
  const stops = ['|', ')', ';'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  const items = text.slice(from, stops.length > 0 ? Math.min(...stops) : text.length).split(',').map((t) => t.trim());
  return items.length >= 3 && items.filter((t) => /^[\p{L}\p{N}.-]*_[\p{L}\p{N}_.-]*$/u.test(t) || /^[a-z]+[._][a-z_.]+$/u.test(t)).length >= 2;
}

/**
 * The legal entity behind a registry service the policy names ("Meta Platforms Ireland Limited" beside Facebook and
 * Instagram): the services already stand for it, so the entity is no further recipient.
 */
function operatorOfNamed(r: Reading, name: string): boolean {
  const key = normName(withoutLegalForms(name));
  if (key.length < 4) return false;
  // A service whose entity bears its own name ("ClubDesk" of ClubDesk GmbH) is that service, not an operator behind it.
  const entries = PROCESSORS.filter((e) => normName(withoutLegalForms(e.entity)) === key && !key.startsWith(normName(e.name)));
  if (entries.length === 0) return false;
  return r.ctx.doc.blocks.some((b) => registryHits(b.text).some((h) => entries.includes(h.entry)));
}

/** True when `start` opens a bracket right after a name already found in the sentence ("Acme Hosting (AH"). */
function bracketedAfterName(text: string, start: number, known: Mention[][]): boolean {
  const open = /\(\s*$/u.exec(text.slice(Math.max(0, start - 4), start));
  if (!open) return false;
  const bracket = start - (text.slice(0, start).length - text.slice(0, start).trimEnd().length) - 1;
  return known.some((list) => list.some((m) => m.end <= bracket && /^[\s*_"”’)]*$/u.test(text.slice(m.end, bracket))));
}

/** Proper names right after a usage or sharing cue ("we use Fathom"), or before a role ("Acme (verwerker)"). */
function cuedNameMentions(r: Reading, sentence: Sentence, known: Mention[]): Mention[] {
  const text = sentence.text;
  const p = r.p!;
  const out: Mention[] = [];
  let laws: Hit[] | null = null;
  for (const m of text.matchAll(NAME_RUN)) {
    let start = m.index;
    // A possessive is no part of the name: "the Company's operating offices", "Google's servers".
    let name = m[0].replace(/[\s&]+$/u, '').replace(/['’]s$/u, '');
    // A run that opens with a service already found goes on with its operator's name: "Mailgun Technologies, Inc.".
    if (overlaps(known, sentence, start)) continue;
    // A number or letter that counts the sentence off ("2. Hierbei verarbeiten wir") leaves it sentence-initial.
    if (/^\s*$/u.test(text.slice(0, start).replace(/^[^:]{0,50}:/u, '').replace(/^\s*(?:\d{1,2}|\p{Ll})[.)]\s+/u, '')) || stopBefore(r, text.slice(0, start))) {
      // A sentence-initial capital; the name may follow a small first word ("Met Conscribo is een ... gesloten").
      const first = /^(\S+)\s+/u.exec(name);
      // An elided pronoun or article opening the sentence ("J’utilise Fathom", "L’hébergeur OVH") is no part of a name;
      // "O’Brien" keeps its capital after the apostrophe.
      if (!first || !(p.itemPrepositions.test(first[1]) || r.writtenLowerCase(first[1]) || /^\p{Lu}['’]\p{Ll}/u.test(first[1]))) continue;
      start += first[0].length;
      name = name.slice(first[0].length);
    }
    // A common noun before the name is no part of it ("der Nachrichtendienst Twitter", "the Messenger X"): the cue stays.
    const head = /^(\S+)\s+(?=\S)/u.exec(name);
    const cueEnd = start;
    // A Title Case label of ordinary words ("Partner Integrations") stays whole, so it is rejected whole below.
    if (head && p.nounEnding.test(head[1]) && /^\p{Lu}/u.test(name.slice(head[0].length)) && !ordinaryTitleCase(r, name)) {
      start += head[0].length;
      name = name.slice(head[0].length);
    }
    // A name with small link words: "the Commission for Regulation of Utilities", "Money Advice and Budgeting Service".
    const bare = name;
    for (let link = p.nameLink?.exec(text.slice(start + name.length)); link; link = p.nameLink?.exec(text.slice(start + name.length))) {
      name += link[0].replace(/[\s&]+$/u, '');
    }
    // One common noun and a link word before a name ("einen Webanalysedienst von Google Inc."): the name is what follows.
    const linked = name !== bare && !/\s/u.test(bare) && p.nounEnding.test(bare) ? /^\s+\S+(?:\s+\p{Ll}\S*)*\s+(?=\p{Lu})/u.exec(name.slice(bare.length)) : null;
    if (linked) {
      start += bare.length + linked[0].length;
      name = name.slice(bare.length + linked[0].length);
    }
    const end = start + name.length;
    // Where every noun is capitalised, one word after an article is a common noun ("das Verhalten", "den Zusatz").
    if (p.commonNounBefore && !/\s/u.test(bare) && start === cueEnd && !BRAND_SPELLING.test(bare) && p.commonNounBefore.test(text.slice(Math.max(0, start - 20), start))) {
      const legal = hits(legalForms(), text.slice(start + bare.length).replace(/^,?\s*/u, ''))[0];
      if (!legal || legal.start !== 0) continue;
    }
    if (overlaps(known, sentence, start) || overlaps(out, sentence, start)) continue;
    // The first part of a longer proper name in the possessive: "St John’s Innovation Centre".
    if (/^['’]s\s+\p{Lu}/u.test(text.slice(end))) continue;
    // A known service inside the run is the name there: "Kartenmaterial von Google-Maps" names Google Maps.
    if (known.some((k) => k.order[0] === sentence.index && k.order[1] > start && k.order[1] < end)) continue;
    // The maker of a font or tool the site serves itself, which the registry reading left out.
    if (registryHits(name).some((h) => h.start === 0 && h.end === name.length && selfServedParent(r, sentence, h.entry.name))) continue;
    // A known service the registry reader left out (run on the site's own server, denied): no name either.
    if (registryHits(name).some((h) => h.start === 0 && h.end === name.length && (selfHosted(r, sentence, h) || excluded(r, sentence, start, end)))) continue;
    if (!cued(r, text, cueEnd, end, true) && !continuesList(text, [known, out], start)) continue;
    const words = name.split(/\s+/u).filter((w) => /^\p{Lu}|\p{N}/u.test(w));
    if (words.length > 4 || test(p.dataWords, words[words.length - 1]) || ordinaryTitleCase(r, name)) continue;
    // "share … with Research Organisations": a plural kind of organisation in Title Case is a category.
    if (!/\s\p{Ll}/u.test(name) && /(?:s|e|en|n)$/u.test(words[words.length - 1]) && categoryTitle(r, words)) continue;
    // One word that ends like a common noun or is a pronoun of address ("Wir nutzen Ihre Daten", "nutze ich die Verteilungen").
    if (words.length === 1 && p.nounEnding.test(name)) continue;
    // One word the text also writes in lower case is an ordinary word capitalised for emphasis or position ("share
    // your information with Energy or Financial support organisations"); a brand keeps its capital.
    if (words.length === 1 && r.writtenLowerCase(name) && !BRAND_SPELLING.test(name)) continue;
    // "UG"; a street: "Hütten 118", "Elgendorfer Str. 57"; a street before its postcode: "Chemin des Pardiaux, 63000 Clermont-Ferrand".
    // One word before a generic supervisory authority is its country, not a recipient: "the French data protection authority".
    if (words.length === 1 && p.genericAuthorityAfter?.test(text.slice(end))) continue;
    if (isLegalForm(name) || /^\.?\s*\d+\p{L}?(?![\p{L}\p{N}])/u.test(text.slice(end)) || /^\s*,\s*(?:\p{Lu}{1,2}-)?\d{4,5}\s+\p{Lu}/u.test(text.slice(end))) continue;
    // A town after its postcode: "Hauptstraße 68, 02742 Friedersdorf", "Dorpsstraat 1, 1234 AB Ergens".
    if (/(?<![\p{L}\p{N}])(?:(?:\p{Lu}{1,2}-)?\d{4,5}|\d{4}\s?\p{Lu}{2})\s+$/u.test(text.slice(0, start))) continue;
    if (townOfAddress(text, start, end)) continue;
    // The seat after a company's legal form and a comma: "beim Hoster Strato AG, Berlin gehostet", "Google Cloud EMEA
    // Ltd., Dublin, Ireland".
    if (words.length === 1 && !BRAND_SPELLING.test(name) && seatAfterLegalForm(text, start, end)) continue;
    // A street written as one word, cut from its number by the end of the sentence: "Hetzner Online GmbH, Industriestr."
    if (streetSuffix().test(words[words.length - 1]) && /^\.?\s*(?:\d|$)/u.test(text.slice(end))) continue;
    // Part of a postal address: "Google Ireland Limited, Gordon House, Barrow Street, Dublin 4".
    if (words.length > 1 && ADDRESS_PART_ENDINGS.includes(words[words.length - 1].toLowerCase()) && /^\s*,/u.test(text.slice(end))) continue;
    if (!isOrganisationWord(r, name) || r.isController(name) || words.some((w) => w.split(/[-.]/u).some((p) => NOT_ORGANISATIONS.includes(p)))) continue;
    if (NOT_ORGANISATIONS.includes(name.replace(/\./gu, ''))) continue; // "U.S", "U.K.
    if (operatorOfNamed(r, name)) continue;
    laws ??= hits(lawAny(), text);
    if (laws.some((h) => h.start < end && start < h.end)) continue; // "EU-U.S. Data Privacy Framework"
    if (excluded(r, sentence, start, end) || operated(r, sentence, start, [known, out]) || demandedOnly(r, text, start, end)) continue;
    if (r.scope(sentence, start).column === 'other') continue;
    out.push(namedMention(r, sentence, name, 'name', start, end, null));
  }
  return out;
}

/**
 * The value of a line labelled with a role ("Hosting provider: Krystal", "Newsletter-Anbieter: CleverReach GmbH, …",
 * "Prestataire de paiement : Payplug"): the name that opens the value, up to an address, a bracket or the end.
 */
function labelValueMentions(r: Reading, sentence: Sentence, known: Mention[]): Mention[] {
  const p = r.p!;
  const text = sentence.text;
  const label = labelOf(text);
  if (!p.roleLabel || label === null || !p.roleLabel.test(label.replace(/[*_"“”]/gu, '').trim())) return [];
  const colon = text.indexOf(':');
  const start = colon + 1 + /^[\s*_"“„]*/u.exec(text.slice(colon + 1))![0].length;
  NAME_RUN_AT.lastIndex = start;
  const run = NAME_RUN_AT.exec(text);
  NAME_RUN_AT.lastIndex = 0;
  if (!run || overlaps(known, sentence, start)) return [];
  const written = run[0].replace(/[\s&]+$/u, '');
  let end = start + written.length;
  // A legal form after a comma belongs to the name: "Square, Inc.".
  const form = /^,?\s*/u.exec(text.slice(end))![0];
  const legal = hits(legalForms(), text.slice(end + form.length))[0];
  if (legal && legal.start === 0) end += form.length + legal.end;
  if (!/^[*_"”]*\s*(?:$|[,;(.]|\s[-–—]\s)/u.test(text.slice(end))) return [];
  const name = shortName(withoutLegalForms(written).trim()).name;
  const words = name.split(/\s+/u);
  if (words.length > 4 || test(p.dataWords, words[words.length - 1]) || ordinaryTitleCase(r, name) || categoryTitle(r, words) || test(p.categories, name)) return [];
  if (words.length === 1 && (p.nounEnding.test(name) || (r.writtenLowerCase(name) && !BRAND_SPELLING.test(name)))) return [];
  if (!isOrganisationWord(r, name) || r.isController(name) || NOT_ORGANISATIONS.includes(name)) return [];
  if (excluded(r, sentence, start, end) || r.scope(sentence, start).source) return [];
  return [namedMention(r, sentence, name, 'name', start, end, null)];
}

/**
 * A list item in a recipients section or list that opens with a name: a brand-like label ("Fathom Analytics:
 * statistieken", "Bol.com (verzending)"), or a name set off by a comma, by markup or by what it does for the controller
 * ("Ethias, onze verzekeraar", "**Antagonist** host mijn website", "Xero holds our accounts", "aan Conscribo, het
 * online pakket ..."). A single plain capitalised word before a colon ("Websitebeheerder:", "Accountants:") is as
 * likely a category, so it is left alone.
 */
function itemLabelMentions(r: Reading, sentence: Sentence, known: Mention[]): Mention[] {
  const block = sentence.block;
  if (block.kind !== 'listItem' || block.sentences[0] !== sentence) return [];
  const found = labelName(r, sentence) ?? openingName(r, sentence);
  if (!found || overlaps(known, sentence, found.start)) return [];
  const { name, start } = found;
  const end = start + name.length;
  const scope = r.scope(sentence, start);
  if (!scope.listed || scope.source || excluded(r, sentence, start, end) || demandedOnly(r, sentence.text, start, end)) return [];
  return [namedMention(r, sentence, name, 'name', start, end, null)];
}

/** "Fathom Analytics: statistieken": the text before a colon, a bracket or a dash, when it looks like a brand. */
function labelName(r: Reading, sentence: Sentence): { name: string; start: number } | null {
  const label = /^[\s*_]*([^:(–—]+?)\s*(?::|\(|\s[-–—]\s)/u.exec(sentence.text);
  const name = label?.[1].trim() ?? '';
  if (!label || name === '' || !looksLikeBrand(r, name)) return null;
  return { name, start: sentence.text.indexOf(name) };
}

/** The capitalised name an item opens with (after a preposition: "aan Conscribo"), where the item sets it off. */
function openingName(r: Reading, sentence: Sentence): { name: string; start: number } | null {
  const p = r.p!;
  const text = sentence.text;
  NAME_RUN_AT.lastIndex = p.itemOpening.exec(text)![0].length;
  const run = NAME_RUN_AT.exec(text);
  NAME_RUN_AT.lastIndex = 0;
  if (!run) return null;
  const name = run[0].replace(/[\s&]+$/u, '');
  // A function word opening the item ("2. Hierbei verarbeiten wir …") is no name.
  if (functionWord(r, name)) return null;
  const start = run.index;
  const end = start + name.length;
  const after = text.slice(end);
  // Said what it is or does: "Ethias, onze verzekeraar", "Xero holds our accounts".
  const described = p.apposition.test(after) || p.itemVerbAfter.test(after);
  if (described && properNoun(r, name)) return { name, start };
  // One plain word the item links to its own site ("[Honeybadger](https://www.honeybadger.io/…). Error monitoring.",
  // "Giscus ([privacy policy](https://github.com/giscus/…))"), a word the text never writes in lower case: the
  // caller takes it only where the list is one of recipients.
  if (!/\s/u.test(name) && properNoun(r, name) && linksToOwnSite(r, sentence.block, name)) return { name, start };
  if (!looksLikeBrand(r, name)) return null;
  // A brand-like name may also be set off by markup ("**Royal Mail** and ..."); one written like a brand
  // ("MailerLite", "Bol.com") by a comma or the end of the item, where Title Case words ("Web Hosting") are not enough.
  if (described || markupAfter(r, sentence.block, sentence.start + end)) return { name, start };
  // The whole item is the name, in a list whose lead introduces recipients ("de volgende organisaties als verwerker:").
  if (/^[)"”’'*]*\s*[.;,]?\s*$/u.test(after) && r.listed(sentence.block)) return { name, start };
  return BRAND_SPELLING.test(name) && /^[)"”’'*]*\s*(?:[,;]|\.?\s*$)/u.test(after) ? { name, start } : null;
}

/** One word of the language's closed classes (articles, pronouns, adverbs such as "Hierbei", "Daarbij"). */
function functionWord(r: Reading, name: string): boolean {
  return !!r.lang && !/\s/u.test(name) && (COMPARISON[r.lang]?.functionWords.includes(name.toLowerCase()) ?? false);
}

/** True when the block's source links to an address that holds the name ("Clearbit" → "https://clearbit.com/privacy"). */
function linksToOwnSite(r: Reading, block: Block, name: string): boolean {
  if (name.length < 4 || block.map.length === 0) return false;
  const source = r.ctx.doc.source.text.slice(block.map[0], block.map[block.map.length - 1] + 1);
  const key = name.toLowerCase();
  return [...source.matchAll(/(?:https?:\/\/|www\.)[^\s)"'<>\]]+/giu)].some((m) => m[0].toLowerCase().includes(key));
}

/** An inner capital, a digit or a domain: "WeTransfer", "Microsoft 365", "Bol.com". */
const BRAND_SPELLING = /\p{Ll}\p{Lu}|\p{N}|\.[a-z]{2,}$/u;

/** True when markup (bold, a link) ends right at `offset` of the block text: "**Xero** holds", "<b>Ethias</b>,". */
function markupAfter(r: Reading, block: Block, offset: number): boolean {
  if (offset <= 0 || offset >= block.map.length) return false;
  const from = block.map[offset - 1] + 1;
  const to = block.map[offset];
  return to > from && /[*_<\]`]/u.test(r.ctx.doc.source.text.slice(from, to));
}

/** One capitalised word that is a name, not a common noun: never written in lower case in the text, and not ending
 * like a category or a kind of data ("Drukkerijen", "Sollicitatiegegevens"). */
function properNoun(r: Reading, word: string): boolean {
  const p = r.p!;
  if (!/^\p{Lu}[\p{L}\p{N}]+$/u.test(word) || p.nounEnding.test(word) || r.writtenLowerCase(word)) return false;
  if (test(p.categories, word) || test(p.dataWords, word) || p.labelWord?.test(word)) return false;
  return isOrganisationWord(r, word);
}

/** True when the name stands in a clause about a disclosure the law may compel ("with HMRC or the police if the law
 * requires us to"): an example of an authority, not a recipient the policy names. */
function demandedOnly(r: Reading, text: string, start: number, end: number): boolean {
  return !!r.p && test(r.p.lawfulDemand, clauseAround(text, start, end));
}

/** Capitalised words that read as a name, not a category or a defined term. */
/**
 * Title Case of ordinary words ("Partner Integrations", "Legal Compliance", "Some Members"): a heading or a label, no
 * name, when the text writes every word of it in lower case elsewhere.
 */
function ordinaryTitleCase(r: Reading, name: string): boolean {
  if (BRAND_SPELLING.test(name)) return false;
  const words = name.split(/\s+/u);
  if (words.length >= 2 && words.every((w) => r.writtenLowerCase(w))) return true;
  // A label of a kind of cookie or purpose, hyphenated or not: "Operationally Necessary", "Performance-Related".
  const label = r.p?.labelWord;
  const parts = name.split(/[\s-]+/u).filter((w) => w !== '');
  return !!label && parts.length >= 2 && parts.some((w) => label.test(w)) && parts.every((w) => label.test(w) || r.writtenLowerCase(w));
}

/**
 * Title Case words that end in a kind of organisation or person (the pack's `categoryHeads`) and hold no brand spelling or abbreviation
 * ("Regulatory Authorities", "Health Insurance Company", "General Practitioner", "Externe Dienste"): a label of a
 * category, not the name of one organisation. "ESB Networks" keeps its abbreviation, "Gas Networks Ireland" ends in
 * its country.
 */
function categoryTitle(r: Reading, words: string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const last = words[words.length - 1];
  return r.p!.categoryHead.test(last) && words.every((w) => /^\p{Lu}[\p{Ll}'’-]*$/u.test(w));
}

function looksLikeBrand(r: Reading, name: string): boolean {
  const p = r.p!;
  const words = name.split(/\s+/u);
  if (words.length > 3 || !words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return false;
  const signal = words.length >= 2 || /.\p{Lu}|\p{N}|\.[a-z]{2,}$/u.test(name);
  // A compound whose last part is a common noun ("E-Mail-Adresse", "Referrer-URL") is no brand ("Open-Meteo" is).
  const part = /-([\p{L}\p{N}]+)$/u.exec(name)?.[1];
  if (part && (p.nounEnding.test(part) || test(p.dataWords, part))) return false;
  if (!signal || test(p.categories, name) || test(p.dataWords, words[words.length - 1])) return false;
  if (ordinaryTitleCase(r, name) || categoryTitle(r, words)) return false;
  if (name.split(/[\s.-]+/u).some((w) => NOT_ORGANISATIONS.includes(w))) return false;
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
  return !r.isController(word) && notReferenceWord(word);
}

/** Words already judged, as the same abbreviations and names recur in every policy; bounded. */
const referenceWords = new Map<string, boolean>();

/** Not a generic abbreviation, a month or day, a law, an authority or a country. */
function notReferenceWord(word: string): boolean {
  let ok = referenceWords.get(word);
  if (ok === undefined) {
    ok = !NOT_ORGANISATIONS.includes(word) && !monthOrDay().test(word) && !test(lawAny(), word) && !test(authorityAny(), word) && !countryNameWhole().test(word.trim()) && !test(countryCodeAny(), word);
    if (referenceWords.size > 5000) referenceWords.clear();
    referenceWords.set(word, ok);
  }
  return ok;
}

/** Month and day names of every pack: "Maandag" or "March" opening a line is no organisation. */
const monthOrDay = once(
  () => caselessRegExp(`^(?:${fromEveryPack((pack) => [...pack.controller.months.flat(), ...(pack.controller.weekdays ?? [])]).join('|') || '(?!)'})$`, 'iu'),
);

/** The operator of a service already named in the clause ("De EFGS wordt beheerd door de Europese Commissie"). */
function operated(r: Reading, sentence: Sentence, start: number, known: Mention[][]): boolean {
  const before = clauseBefore(sentence.text, start);
  const cue = r.p!.operatorBefore.exec(before);
  if (!cue) return false;
  const offset = start - before.length;
  return known.some((list) => list.some((k) => k.order[0] === sentence.index && k.order[1] >= offset && k.order[1] < start));
}

function overlaps(known: Mention[], sentence: Sentence, start: number): boolean {
  return known.some((k) => k.order[0] === sentence.index && k.order[1] <= start && start < k.end);
}

/** The company name before a legal form, scanning back over capitalised words, brand words with an inner capital,
 * and lower-case words joined by a connector ("Erste Bank der oesterreichischen Sparkassen"). */
function nameBefore(text: string, end: number): { text: string; start: number } | null {
  // At most 7 words are taken, each after a look at the one before it: the last 8 words are all it reads.
  const tokens = lastRuns(text, end, 8);
  const taken: { text: string; start: number }[] = [];
  for (let i = tokens.length - 1; i >= 0 && taken.length < 7; i--) {
    let { text: tok, start } = tokens[i];
    // An abbreviation in brackets between the name and its legal form: "De Vlaamse Judofederatie (VJF) vzw".
    if (taken.length === 0 && i === tokens.length - 1 && /^\(\p{Lu}[\p{Lu}\p{N}&-]{1,7}\)$/u.test(tok)) continue;
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

/** One word right after a legal form and a comma, followed by no further name: the company's seat ("Strato AG, Berlin"). */
function seatAfterLegalForm(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const comma = /\.?\s*,\s*$/u.exec(before);
  if (!comma || !/^\s*(?:[,;:()/.\p{Ll}]|$)/u.test(text.slice(end))) return false;
  const form = hits(legalForms(), before.slice(0, comma.index)).at(-1);
  return !!form && form.end === comma.index;
}

function isLegalForm(token: string): boolean {
  const re = legalForms();
  re.lastIndex = 0;
  const m = re.exec(token);
  re.lastIndex = 0;
  return !!m && m.index === 0 && m[0].length === token.length;
}

/** The name as commonly spelled: without a trailing "der/of ..." phrase, country or descriptive words. */
function shortName(legal: string): { name: string; country: string | null } {
  let words = legal.split(/\s+/u);
  const cut = words.findIndex((w, i) => i >= 2 && NAME_CUT_CONNECTORS.includes(w));
  if (cut > 0) words = words.slice(0, cut);
  let country: string | null = null;
  while (words.length > 1) {
    const last = words[words.length - 1];
    const code = countryCode(last);
    if (code) country ??= code;
    if (code || NAME_REGION_WORDS.includes(last.toLowerCase()) || test(nameDescriptors(), last)) words = words.slice(0, -1);
    else break;
  }
  return { name: words.join(' '), country };
}


const nameDescriptors = once(() => wordPattern(NAME_DESCRIPTORS));

function countryCode(word: string): string | null {
  if (!test(countryNameAny(), word)) return null;
  for (const { code, re } of countryNames()) {
    re.lastIndex = 0;
    const m = re.exec(word);
    re.lastIndex = 0;
    if (m && m[0].length === word.length) return code;
  }
  return null;
}

/** A country in the address that follows a name ("nycro UG, Hütten 118, 20355 Hamburg, Germany"). */
function countryAfter(r: Reading, text: string, end: number): string | null {
  const tail = text.slice(end, end + 80).split(/[)(;]|\.\s/u)[0];
  if (!/^\s*,/u.test(tail)) return null;
  if (!test(countryNameAny(), tail)) return null;
  for (const { code, re } of countryNamesFor(r.lang)) if (test(re, tail)) return code;
  return null;
}

// ---------------------------------------------------------------------------------------------------- categories

/** Categories of recipients where the text gives data to them or lists them ("verstrekt uitsluitend aan derden"). */
function categoryMentions(r: Reading, sentence: Sentence): Mention[] {
  const p = r.p!;
  const text = sentence.text;
  const out: Mention[] = [];
  for (const h of hits(p.categories, text)) {
    if (r.ctx.negated(text, h.start) || nearReceivingDenial(p, text, h.start)) continue;
    const before = clauseBefore(text, h.start);
    if (p.categoryNotBefore.test(before)) continue;
    const scope = r.scope(sentence, h.start);
    if (scope.column === 'recipients' || scope.column === 'other' || scope.source) continue; // columns: see columnLines
    const receives =
      (p.categoryBefore.test(before) && test(p.shareVerbs, clauseAround(text, h.start, h.end))) ||
      p.categoryCue.test(before) ||
      p.categoryAfter.test(text.slice(h.end));
    // Listed: the label of a list item or inline label ("Overheidsinstanties: ..."), or a table cell.
    const label = labelOf(text);
    // An item of a list a lead sentence introduces ("Les destinataires de vos données sont :") that opens with the category.
    const leadItem = sentence.start === 0 && r.listed(sentence.block) && (text.slice(0, h.start).match(/[\p{L}\p{N}]+/gu) ?? []).length <= 3;
    const listed = scope.listed && ((label !== null && h.end <= label.length + 2) || scope.column === 'service' || r.labelled(sentence) || leadItem);
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
    for (const cell of r.rows(block).flatMap((row) => row.cells)) {
      const names = r.nameColumn(block, cell.start);
      if (!names && r.column(block, cell.start) !== 'recipients') continue;
      // A row of a column of organisations with every other cell empty groups the rows below it ("**Webseiten-Analyse
      // (für vrly.de)**", "Zahlungsabwicklungsdienste"): a kind of service, unless it is a company written with its
      // legal form or a known service.
      if (names && groupRow(block.text, r.rowAt(block, cell.start), cell)) continue;
      let offset = cell.start;
      for (const line of block.text.slice(cell.start, cell.end).split('\n')) {
        const start = offset + (line.length - line.trimStart().length);
        offset += line.length + 1;
        const value = line.trim();
        if (!/\p{L}/u.test(value) || (value.length <= 6 && test(r.p!.noneWords, value))) continue;
        const sentence = itemAt(block.sentences, start);
        if (!sentence) continue;
        const at = start - sentence.start;
        if (named.some((m) => m.source !== 'category' && m.order[0] === sentence.index && m.order[1] >= at && m.order[1] < at + value.length)) continue;
        const evidence = r.ctx.span(block, start, start + value.length);
        const name = names ? lineName(value) : null;
        // "Eigentümer dieser Website", "Owner of this website": the controller, in a cookie table's provider column.
        if (name && !r.isController(name) && isOrganisationWord(r, name) && !test(r.p!.dataWords, name.split(/\s+/u).at(-1)!)) {
          out.push({ ...namedMention(r, sentence, name, 'name', at, at + value.length, null), evidence });
        } else if (!names) {
          out.push(categoryMention(value, evidence, [sentence.index, at]));
        }
      }
    }
  }
  return out;
}

/** The text in brackets after a company is its own site, its name with a top-level domain ("Krisp Technologies, Inc.
 * (Krisp.ai)"), not a product of its. */
function isOwnSite(company: string, bracketed: string): boolean {
  return normName(company).startsWith(normName(bracketed.replace(/\.\p{Ll}{2,}$/u, '')));
}

/** A table row with text only in `cell`, where that text names no company by its legal form. */
function groupRow(text: string, row: TableRow | null, cell: { start: number; end: number }): boolean {
  if (!row || row.cells.length < 2 || row.cells.some((c) => c !== cell && /\S/u.test(text.slice(c.start, c.end)))) return false;
  const value = text.slice(cell.start, cell.end);
  return hits(legalForms(), value).length === 0;
}

/** "Acme Hosting B.V. (Amsterdam)" -> "Acme Hosting": the name part of a line in a column of organisations; the
 * product in brackets after a company is the service it names ("AgileBits Inc. (1Password)" -> "1Password"). */
function lineName(line: string): string | null {
  const product = /^[^()]*?\(\s*([\p{L}\p{N}][\p{L}\p{N}.&-]*)\s*\)/u.exec(line)?.[1];
  const company = line.slice(0, line.indexOf('('));
  const ownSite = !!product && isOwnSite(company, product);
  if (product && !ownSite && hits(legalForms(), company).length > 0 && (BRAND_SPELLING.test(product) || namesService(product))) return product;
  const head = line.split(/\s*(?:[(:,;]|\s[-–—]\s)/u)[0].trim();
  if (!/^[\p{Lu}\p{N}]/u.test(head)) return null;
  const form = hits(legalForms(), head).at(-1);
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
/**
 * A name made only of legal forms and dotted abbreviations ("S.à.r.l & Cie", "S.C.A") is the tail of an entity's
 * name ("PayPal (Europe) S.à r.l. et Cie, S.C.A."), not an organisation.
 */
const onlyLegalForm = once(() => {
  const company = exactWordPattern(COMPANY_ABBREVIATIONS);
  return (name: string): boolean =>
    !/\p{L}{2}/u.test(withoutLegalForms(name).replace(/(?<![\p{L}])(?:\p{L}{1,2}\.)+\p{L}{0,2}(?![\p{L}])\.?/gu, ' ').replace(company, ' '));
});

/**
 * Two products of one registry service named under its brand ("Firebase Analytics" and "Firebase Crashlytics", "Amazon
 * Cognito" and "Amazon S3"): each is a recipient of its own, as the policy lists them. A shorter name that opens a fuller
 * one ("Firebase", "Firebase Analytics") is that product; another brand of the service ("Sendinblue" beside "Brevo")
 * stays one recipient. Returns the suffix of the merge key for the mentions of such products.
 */
function productKeys(named: readonly Mention[]): Map<Mention, string> {
  const out = new Map<Mention, string>();
  const byService = new Map<string, Mention[]>();
  for (const m of named) if (m.source === 'registry' && m.service) byService.set(m.service, [...(byService.get(m.service) ?? []), m]);
  for (const [service, mentions] of byService) {
    // Only a brand of its own ("Firebase", not the "Google" of Google Ads, whose "Google AdWords" is its old name).
    const brand = normName(service.split(/\s+/u)[0]);
    if (brand === normName(mentions[0].parent ?? '')) continue;
    const words = (m: Mention): string[] => m.name.split(/\s+/u).map(normName);
    const products = [...new Set(mentions.filter((m) => words(m).length > 1 && words(m)[0] === brand).map((m) => words(m).join(' ')))];
    const fullest = products.filter((n) => !products.some((o) => o !== n && o.startsWith(n + ' ')));
    if (fullest.length < 2) continue;
    for (const m of mentions) {
      const key = words(m).join(' ');
      out.set(m, '|' + (fullest.find((f) => f === key || f.startsWith(key + ' ')) ?? fullest[0]));
    }
  }
  return out;
}

function merge(allMentions: Mention[]): Recipient[] {
  const mentions = allMentions.filter((m) => m.source === 'category' || !onlyLegalForm()(m.name));
  const sorted = [...mentions].sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
  const named = sorted.filter((m) => m.source !== 'category');
  const products = productKeys(named);
  // The fuller name each name is written in elsewhere, worked out once per name: a plain substring test picks the
  // candidates, and one pattern per name checks they hold it as whole words (not one pattern per mention and pair).
  const others = named.filter((n) => n.source !== 'registry');
  const fullerNames = new Map<string, string | null>();
  const fullerName = (name: string): string | null => {
    let found = fullerNames.get(name);
    if (found === undefined) {
      const candidates = others.filter((n) => n.name.length > name.length && n.name.includes(name));
      const whole = candidates.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u') : null;
      found = whole ? (candidates.filter((n) => whole.test(n.name)).sort((a, b) => b.name.length - a.name.length)[0]?.name ?? null) : null;
      fullerNames.set(name, found);
    }
    return found;
  };
  const keys = new Map<Mention, string>();
  const keyOf = (m: Mention): string => {
    let key = keys.get(m);
    if (key === undefined) {
      key = computeKey(m);
      keys.set(m, key);
    }
    return key;
  };
  const computeKey = (m: Mention): string => {
    // "payment provider" and "Payment Providers", "accountant" and "accountants" are one category.
    if (m.source === 'category') return 'c:' + normName(m.name).replace(/(?<=.{4})(?:en|s)$/u, '');
    if (m.source === 'acronym') {
      const longer = named.find((n) => n.source !== 'acronym' && n.name !== m.name && n.name.split(/\s+/u)[0] === m.name);
      if (longer) return 'n:' + normName(longer.name);
    }
    // One service under its old and new name ("Brevo (formerly Sendinblue)") is one recipient.
    if (m.source === 'registry' && m.service) return 'n:' + normName(m.service) + (products.get(m) ?? '');
    // A name written in full elsewhere ("Number X" of "Number X Europe OÜ", "Money Advice" of "Money Advice and
    // Budgeting Service") is that organisation: known services keep their own reading (products, parents).
    if (m.source !== 'registry') {
      const fuller = fullerName(m.name);
      if (fuller !== null) return 'n:' + normName(fuller);
    }
    return 'n:' + normName(m.name);
  };
  const slots = new Map<string, { first: Mention | null; evidence: Evidence[] }>();
  for (const m of sorted) {
    const key = keyOf(m);
    const slot = slots.get(key) ?? { first: null, evidence: [] };
    slots.set(key, slot);
    // A folded abbreviation lends its evidence, never its spelling.
    if (!slot.first && (m.source === 'category' || m.source === 'registry' || normName(m.name) === key.slice(2))) slot.first = m;
    // A service named more fully somewhere ("Hetzner", later "Hetzner Online GmbH") is given by its fuller name.
    else if (slot.first?.source === 'registry' && m.source === 'registry' && m.name.split(' ').length > slot.first.name.split(' ').length && normName(m.name).startsWith(normName(slot.first.name))) {
      slot.first = { ...slot.first, name: m.name };
    }
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

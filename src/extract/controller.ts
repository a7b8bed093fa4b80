import type { Block, Sentence } from '../document/index.js';
import type { Controller, Evidence, Representative, SupportedLanguage } from '../model/types.js';
import type { ExtractContext } from './context.js';
import { once, wordPattern, wordPatternParts, exactWordPattern, hits, test, escapeRegExp } from '../lexicon/compile.js';
import { BranchScanner } from '../lexicon/dispatch.js';
import { scannerPlan, SCANNERS } from '../lexicon/plans.js';
import { itemAt, outermost, runBefore, textBefore, windowStart } from './window.js';
import { AUTHORITIES } from '../lexicon/authorities.js';
import { fromEveryPack, PACKS } from '../lang/index.js';
import { LAWS } from '../lexicon/laws.js';
import { captureGroups, namesService, registryHits } from './registry.js';
import { domainLabel, findEmails, hiddenEmails, textEmails, type EmailSpot, type HiddenEmailSpot } from './email.js';
import { COUNTRIES } from '../lexicon/countries.js';
import { ABBREVIATIONS } from '../lexicon/language.js';
import {
  CONTROLLER_LEXICON,
  DEFINED_TERMS,
  LAW_NAME_ENDINGS,
  TERM_NAME_ENDINGS,
  DPO_ABBREVIATIONS,
  DPO_TITLES,
  FREE_MAIL_DOMAINS,
  ROLE_MAILBOXES,
  GENERIC_NAME_WORDS,
  LEGAL_FORM_PREFIXES,
  LEGAL_FORM_SUFFIXES,
  NAME_PARTICLES,
  PERSON_PARTICLES,
  PERSON_TITLES,
  ACADEMIC_TITLE_PARTS,
  HEADING_NUMBERS,
  SPELLED_OUT_LETTERS,
  NOT_PHONE_CUES,
  PHONE_FORMAT,
  POSTCODE_PLACE,
  REGISTRATIONS,
  SECOND_LEVEL_DOMAINS,
  STREET,
  NAMED_STREET,
  FILE_NAME_EXTENSIONS,
  type ControllerLexicon,
} from '../lexicon/controller.js';
import { caselessRegExp } from '../lexicon/caseless.js';
import { spanKey } from '../model/evidence.js';
import { implausibleName, madeByLine, roleLead } from './name-plausibility.js';

// =============================================================================================== small text helpers

interface Range {
  start: number;
  end: number;
}

/** A phrase found in a block: its range in `block.text` and its text. */
export interface Spot extends Range {
  block: Block;
  text: string;
}

export type { EmailSpot } from './email.js';

interface Token extends Range {
  text: string;
}

function tokens(text: string, offset = 0): Token[] {
  return [...text.matchAll(/\S+/gu)].map((m) => ({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

const TOKEN = /\S+/uy;

/** The tokens of `text` from `pos` on, read one at a time: a name run looks at a few words, not the whole rest. */
function* tokensFrom(text: string, pos: number): Generator<Token> {
  let at = pos;
  for (;;) {
    while (at < text.length && /\s/u.test(text[at])) at++;
    if (at >= text.length) return;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text)!;
    yield { text: m[0], start: at, end: at + m[0].length };
    at += m[0].length;
  }
}

/** The last `count` tokens of `text.slice(0, end)` (all of them when there are fewer), in text order. */
function lastTokens(text: string, end: number, count: number): Token[] {
  for (let width = 256; ; width *= 4) {
    const from = Math.max(0, end - width);
    const toks = tokens(text.slice(from, end), from);
    // A token cut by the window's start is not whole: drop it unless the window reaches the text's start.
    if (from > 0 && toks.length && toks[0].start === from && /\S/u.test(text[from - 1])) toks.shift();
    if (toks.length >= count || from === 0) return toks.slice(-count);
  }
}

const LINES = new WeakMap<Block, readonly Token[]>();

/** Lines of a block with their ranges, markup residue (`_`, `*`, zero-width joiners) trimmed off. */
function lines(block: Block): readonly Token[] {
  return perBlock(LINES, block, () => linesOf(block));
}

function linesOf(block: Block): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const raw of block.text.split('\n')) {
    const lead = /^[\s_*\p{Cf}]*/u.exec(raw)![0].length;
    const trail = /[\s_*\p{Cf}]*$/u.exec(raw.slice(lead))![0].length;
    out.push({ text: raw.slice(lead, raw.length - trail), start: at + lead, end: at + raw.length - trail });
    at += raw.length + 1;
  }
  return out;
}

const fold = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** Lower case, accents and punctuation removed: "West-Friesland" and "Westfriesland" become one key. */
const squash = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

// Patterns with a bare \p{…} escape, kept as module constants: a bundler targeting Node 20 rewrites such a literal to
// `new RegExp(…)`, which would build it again on every call.
const HAS_CAPITAL = /\p{Lu}/u;
const STARTS_CAPITAL = /^\p{Lu}/u;
const HAS_DIGIT = /\p{N}/u;
const HAS_LETTER = /\p{L}/u;
const ONE_LETTER = /^\p{L}$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}{2,}$/u;
const CAMEL_CASE = /\p{Ll}\p{Lu}|\p{Lu}{2,}\p{Ll}/u;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const DOT_LETTER = /\.\p{L}/u;
const DOTTED_END = /\.\p{L}{1,4}$/u;
const ONLY_NUMBER = /^\s*\p{N}+\s*$/u;
/** A comma part that is a place name only (a town, a county): one to three words, no digits. */
const PLACE_PART = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}?[\p{L}'’.-]+){0,2}\s*$/u;
const LOWER_WORD = /(?<![\p{L}\p{N}.@\/-])\p{Ll}[\p{Ll}-]{1,}(?:['’]\p{Ll}+)?(?![\p{L}\p{N}@])/gu;

const DOMAIN_LIKE = /^(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}$/u;
/** "index.html", "policy.pdf": a file name, not a host. */
const FILE_EXTENSION = new RegExp(`\\.(?:${FILE_NAME_EXTENSIONS.join('|')})$`, 'iu');
const URL_OR_DOMAIN = /(?<![\p{L}\p{N}@/.:-])(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+(?:[a-z]{2,})(?![\p{L}\p{N}@-])(?::\d+)?(?:\/[^\s<>()"'“”]*)?/gu;


const USED_SERVICE_BEFORE = new Map<SupportedLanguage, RegExp>();

/** The recipients' words for using a service, at the end of a text ("We use ", "hosted by our provider "). */
function usedServiceBefore(lang: SupportedLanguage | null): RegExp | null {
  if (!lang) return null;
  let re = USED_SERVICE_BEFORE.get(lang);
  if (!re) {
    const { useBefore, filler } = PACKS[lang].recipients;
    USED_SERVICE_BEFORE.set(lang, (re = caselessRegExp(`(?<![\\p{L}\\p{N}])(?:${useBefore.join('|')})\\s+(?:(?:${filler.join('|')})\\s+)*[\\[(“"‘']?$`, 'iu')));
  }
  return re;
}

/** "activist.org", "acme.co.uk": a registered domain without subdomain. */
function isBareDomain(word: string): boolean {
  const parts = word.toLowerCase().split('.');
  const suffix = parts.length >= 3 && SECOND_LEVEL_DOMAINS.includes(parts[parts.length - 2]) ? 2 : 1;
  return parts.length === suffix + 1;
}

/** True when `pos` lies inside a URL written in the text (an address in a link is no e-mail address). */
function insideUrl(text: string, pos: number): boolean {
  const chunk = runBefore(text, pos);
  return chunk.includes('://') || /^www\./iu.test(chunk);
}

function sentenceAt(block: Block, pos: number): Sentence | null {
  return itemAt(block.sentences, pos) ?? null;
}

/** Evidence for a phrase: quoted through its sentence when it lies in one, else as a span of the block. */
export function phraseEvidence(ctx: ExtractContext, block: Block, start: number, end: number): Evidence {
  const s = sentenceAt(block, start);
  if (s && end <= s.end) return ctx.inSentence(s, start - s.start, end - s.start);
  return ctx.span(block, start, end);
}

const PUSHED = new WeakMap<Evidence[], Set<string>>();

/** Adds `ev` unless the list already holds evidence of the same span (a set of spans per list keeps it linear). */
function pushEvidence(list: Evidence[], ev: Evidence): void {
  let spans = PUSHED.get(list);
  if (!spans) PUSHED.set(list, (spans = new Set(list.map(spanKey))));
  const key = spanKey(ev);
  if (spans.has(key)) return;
  spans.add(key);
  list.push(ev);
}

// =============================================================================================== compiled patterns

const SHARED = once(() => {
  return {
    phone: wordPattern([PHONE_FORMAT], 'gu'),
    notPhoneCue: wordPattern([`(?:${NOT_PHONE_CUES.join('|')})[\\s:.#-]*(?:\\S+\\s*){0,2}$`]),
    postcodePlace: exactWordPattern(POSTCODE_PLACE),
    streetAtEnd: new RegExp(`(?:${STREET.join('|')})$`, 'u'),
    namedStreetAtEnd: new RegExp(`(?:${NAMED_STREET.join('|')})$`, 'u'),
    wholeStreet: new RegExp(`^(?:${STREET.join('|')})$`, 'u'),
    registration: wordPattern(REGISTRATIONS),
    legalSuffix: exactWordPattern([...LEGAL_FORM_SUFFIXES].sort((a, b) => b.length - a.length)),
    legalPrefix: exactWordPattern(LEGAL_FORM_PREFIXES),
    dpoTitle: wordPattern(DPO_TITLES),
    dpoAbbreviation: exactWordPattern(DPO_ABBREVIATIONS),
  };
});

/** The per-language patterns of the controller lexicon, built once per lexicon. */
interface LangPatterns {
  /** A self-noun alone ("the Foundation", "de vereniging"): no name. */
  selfNounOnly: RegExp;
  labelledPhone: RegExp;
  cuedStreet: RegExp;
  publicBody: RegExp;
  publicBodyHead: RegExp;
  detailClause: RegExp;
  genericName: RegExp;
  /** A lower-case article opening a text ("de Stichting …"); `articleAnyCase` also "De …". */
  article: RegExp;
  articleAnyCase: RegExp;
  firstPerson: RegExp;
  firstPersonWord: RegExp;
  hereafter: RegExp;
  namedBefore: RegExp;
  controllerRole: RegExp;
  namedAfter: RegExp;
  /** `contactPerson`: a courtesy title after a contact cue, the person's name after it. */
  contactPerson: RegExp | null;
  tradingAs: RegExp;
  tradeNameOf: RegExp;
  operatedBy: RegExp;
  weAre: RegExp;
  /** Any of the six cues above, for a first look. */
  anyStatement: RegExp;
  controllerLabel: RegExp;
  nameLabel: RegExp;
  /** A name field's label alone on its line ("Name", "Firma"): its value is on the next line. */
  bareNameLabel: RegExp;
  headingLabel: RegExp;
  /** A label that ends in its verb, the name in the next block ("Verantwortlicher … im Sinne von Art. 4 Nr. 7 DSGVO ist⏎⏎Alexander Foremny"). */
  copulaLabel: RegExp;
  policyTitle: RegExp;
  policyTitleWords: RegExp;
  copyright: RegExp;
  representative: RegExp;
  articles: Set<string>;
  /** A lower-case kind noun opening a text, before a capital ("société Dupont"). */
  kindNoun: RegExp | null;
  /** Common nouns and a particle opening a name run ("Website der "). */
  notNameHead: RegExp | null;
  /** "Our website address is:" (`siteAddressCues`). */
  siteAddress: RegExp | null;
  blankMaker: RegExp | null;
  /** One or two adjectives in lower case after a name (`nameAdjectives`): at the start, and at the end of a text. */
  adjectivesAfter: RegExp | null;
  adjectivesAtEnd: RegExp | null;
  /** The link after them to the rest of the name (`publicBodyLink`: "de la"). */
  adjectivesLink: RegExp | null;
}

const LANG_PATTERNS = new WeakMap<ControllerLexicon, LangPatterns>();

function langPatterns(lex: ControllerLexicon): LangPatterns {
  let p = LANG_PATTERNS.get(lex);
  if (p) return p;
  const street = `[\\p{L}][\\p{L}.'’-]*(?:\\s[\\p{L}.'’-]+){0,3}\\s\\d{1,5}(?![\\p{N}])(?:\\s?[-–]\\s?\\d{1,5})?[A-Za-z]?`;
  const cap = "\\p{Lu}[\\p{L}\\p{N}'’-]*";
  const caps = `${cap}(?:\\s+${cap})*`;
  // A part after a comma that a number follows is the street of an address ("Gemeinde Oberndorf, Rathausplatz 1").
  // Where only names are capitalised, the name goes on after a link to more capitals ("Secrétariat Général du Ministère de
  // l’Agriculture", "Direction Régionale des Affaires Culturelles"); German capitalises every noun ("Gemeinde Talheim
  // für die Verarbeitung").
  const linked = lex.nounsCapitalised ? '' : `(?:\\s+(?:${lex.publicBodyLink.join('|')})(?:\\s+|(?<=['’]))(?:(?:${lex.articles.join('|')})(?:\\s+|(?<=['’])))?${caps})*`;
  const body = `(?:${lex.publicBodies.join('|')})(?:\\s+(?:${lex.publicBodyLink.join('|')}))?\\s+(?:(?:${lex.articles.join('|')})\\s+)?(${caps}${linked}(?:(?:,\\s+|\\s+(?:${lex.conjunctions.join('|')})\\s+)${caps}(?![\\p{L}\\p{N}'’-]|\\s+\\p{Lu}|\\s*,?\\s*\\d))*)`;
  p = {
    labelledPhone: wordPattern([`(?:${lex.phoneLabels.join('|')})\\s*:?\\s*(\\d[\\d\\s.-]{7,}\\d)`]),
    cuedStreet: wordPattern([`(?:${lex.addressCues.join('|')})\\s*(${street})`]),
    publicBody: exactWordPattern([body]),
    publicBodyHead: exactWordPattern(lex.publicBodies),
    detailClause: wordPattern(lex.detailClauses),
    selfNounOnly: caselessRegExp(`^(?:(?:${lex.articles.join('|')})\\s+)?(?:${(lex.selfNouns ?? []).join('|') || '(?!)'})$`, 'iu'),
    genericName: caselessRegExp(`^(?:${lex.genericNames.join('|')})$`, 'iu'),
    // An elided article runs into its noun ("l'association").
    article: new RegExp(`^(?:${lex.articles.join('|')})(?:\\s+|(?<=['’]))`, 'u'),
    articleAnyCase: caselessRegExp(`^(?:${lex.articles.join('|')})(?:\\s+|(?<=['’]))`, 'iu'),
    firstPerson: wordPattern(lex.firstPerson),
    firstPersonWord: caselessRegExp(`^(?:${lex.firstPerson.join('|')})$`, 'iu'),
    hereafter: wordPattern(lex.hereafter),
    namedBefore: wordPattern(lex.namedBefore),
    controllerRole: wordPattern(lex.controllerLabels),
    namedAfter: wordPattern(lex.namedAfter),
    contactPerson: lex.contactPerson?.length ? wordPattern(lex.contactPerson) : null,
    tradingAs: wordPattern(lex.tradingAs),
    tradeNameOf: wordPattern(lex.tradeNameOf),
    operatedBy: wordPattern(lex.operatedBy),
    weAre: wordPattern(lex.weAre),
    anyStatement: wordPattern([...lex.namedBefore, ...lex.namedAfter, ...lex.tradingAs, ...lex.tradeNameOf, ...lex.operatedBy, ...lex.weAre]),
    controllerLabel: caselessRegExp(`^\\s*(?:${lex.controllerLabels.join('|')})\\s*:\\s*(.*)$`, 'isu'),
    nameLabel: caselessRegExp(`^\\s*(?:${lex.nameLabels.join('|')})\\s*:\\s*(.+)$`, 'isu'),
    bareNameLabel: caselessRegExp(`^\\s*(?:${lex.nameLabels.join('|')})\\s*:?\\s*$`, 'iu'),
    // A numbered heading is a label too ("1 Verantwortlicher", "2.1 Data controller", "I. Name und Anschrift des Verantwortlichen").
    headingLabel: caselessRegExp(`^\\s*(?:(?:${HEADING_NUMBERS.join('|')})\\s+)?(?:${lex.controllerLabels.join('|')})\\s*:?\\s*$`, 'iu'),
    copulaLabel: caselessRegExp(`^\\s*(?:${lex.controllerLabels.join('|')})\\s+(?:${lex.subjectVerbs.join('|')})\\s*:?\\s*$`, 'iu'),
    policyTitle: wordPattern(lex.policyTitles),
    // The title words with the links beside them ("Privacy Policy of X", "X - Politique de confidentialité"), not a
    // link inside the name ("Le Rucher de BEE BEE").
    policyTitleWords: wordPattern([`(?:(?:${lex.titleLinks.join('|')})\\s+)?(?:${lex.policyTitles.join('|')})(?:\\s+(?:${lex.titleLinks.join('|')})(?![\\p{L}]))?`]),
    copyright: wordPattern([`(?:${lex.copyright.join('|')})\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?`]),
    representative: wordPattern(lex.representative),
    articles: new Set(lex.articles),
    notNameHead: lex.notNameHeads?.length ? new RegExp(`^(?:(?:${lex.notNameHeads.join('|')})(?:\\s+(?:https?:\\/\\/)?(?:[\\p{L}\\p{N}-]+\\.)+\\p{L}{2,}\\/?)?\\s+(?:${NAME_PARTICLES.join('|')})\\s+)+`, 'u') : null,
    siteAddress: lex.siteAddressCues?.length ? wordPattern(lex.siteAddressCues) : null,
    blankMaker: lex.blankMaker?.length ? wordPattern(lex.blankMaker) : null,
    adjectivesAfter: lex.nameAdjectives?.length ? new RegExp(`^(?:\\s+(?:${lex.nameAdjectives.join('|')})){1,2}(?![\\p{L}\\p{N}'’-])`, 'u') : null,
    adjectivesLink: lex.nameAdjectives?.length ? new RegExp(`^\\s+(?:${[...lex.publicBodyLink].sort((a, b) => b.length - a.length).join('|')})(?:\\s+|(?<=['’]))`, 'u') : null,
    adjectivesAtEnd: lex.nameAdjectives?.length ? new RegExp(`(?:\\s+(?:${lex.nameAdjectives.join('|')})){1,2}$`, 'u') : null,
    kindNoun: lex.kindNouns?.length ? new RegExp(`^(?:${lex.kindNouns.join('|')})\\s+(?:[«“"‘'„]\\s*)?(?=[\\p{Lu}\\p{N}])`, 'u') : null,
  };
  LANG_PATTERNS.set(lex, p);
  return p;
}

/** A per-block result kept as long as the block lives: the same block is read for names, details and the DPO. */
function perBlock<T>(cache: WeakMap<Block, T>, block: Block, make: () => T): T {
  let value = cache.get(block);
  if (value === undefined) {
    value = make();
    cache.set(block, value);
  }
  return value;
}

// =============================================================================================== contact details

const PHONES = new Map<ControllerLexicon | null, WeakMap<Block, readonly Spot[]>>();

/** Phone numbers as written, with 9 to 15 digits, that are not dates, bank accounts or register numbers. */
export function findPhones(block: Block, lex: ControllerLexicon | null): readonly Spot[] {
  let cache = PHONES.get(lex);
  if (!cache) PHONES.set(lex, (cache = new WeakMap()));
  // A phone number has at least nine digits: most blocks need no look at all.
  return perBlock(cache, block, () => (/^(?:\D*\d){9}/u.test(block.text) ? phonesOf(block, lex) : []));
}

function phonesOf(block: Block, lex: ControllerLexicon | null): Spot[] {
  const out: Spot[] = [];
  const found: Range[] = hits(SHARED().phone, block.text).map((h) => ({ start: h.start, end: h.end }));
  if (lex) {
    for (const h of hits(langPatterns(lex).labelledPhone, block.text)) {
      const num = h.groups[0]!;
      const start = h.start + h.text.lastIndexOf(num);
      found.push({ start, end: start + num.length });
    }
  }
  for (const r of found.sort((a, b) => a.start - b.start)) {
    const text = block.text.slice(r.start, r.end).replace(/[\s.-]+$/u, '');
    const digits = text.replace(/\D/gu, '').length;
    if (digits < 9 || digits > 15 || text.includes('\n')) continue;
    if (/^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$/u.test(text) || /^0\d{3}\.\d{3}\.\d{3}$/u.test(text)) continue;
    const lineStart = block.text.lastIndexOf('\n', r.start - 1) + 1;
    if (test(SHARED().notPhoneCue, block.text.slice(lineStart, r.start))) continue;
    if (out.some((o) => o.start < r.start + text.length && r.start < o.end)) continue;
    out.push({ block, start: r.start, end: r.start + text.length, text });
  }
  return out;
}

const ADDRESSES = new WeakMap<Block, readonly Spot[]>();

/** Street + number followed by postcode + place, on one line ("Jol 11-41, 8243EE Lelystad") or two. */
export function findAddresses(block: Block): readonly Spot[] {
  // Every postcode style has a digit: most blocks need no look at all.
  return perBlock(ADDRESSES, block, () => (/\d/u.test(block.text) ? addressesOf(block) : []));
}

function addressesOf(block: Block): Spot[] {
  const out: Spot[] = [];
  const { streetAtEnd, namedStreetAtEnd, wholeStreet, postcodePlace } = SHARED();
  const ls = lines(block);
  for (const h of hits(postcodePlace, block.text)) {
    const lineIndex = ls.findIndex((l) => l.start <= h.start && h.start <= l.end);
    if (lineIndex < 0) continue;
    const line = ls[lineIndex];
    const before = block.text.slice(line.start, h.start).replace(/[\s,|·•–-]+$/u, '');
    let street: Range | null = null;
    if (before.trim()) {
      // The street is the last comma part, or comes before a town and a county ("88 Eastfield Lane, Ringwood, Hampshire
      // BH24 1UR", "Mill Road, Cambridge, CB1 2AD"): up to two place-name parts are passed over.
      let end = before.length;
      for (let skipped = 0; skipped <= 2 && !street; skipped++) {
        const segStart = before.lastIndexOf(',', end - 1) + 1;
        const seg = before.slice(segStart, end);
        const m = streetAtEnd.exec(seg) ?? namedStreetAtEnd.exec(seg);
        if (m) street = { start: line.start + segStart + m.index, end: line.start + segStart + m.index + m[0].length };
        else if (segStart === 0 || !PLACE_PART.test(seg)) break;
        end = segStart - 1;
      }
    } else if (lineIndex > 0) {
      // The line before is the street, or has it as one of its comma parts ("AIRPORT BLD 26, GENERAL AVIATION – RINGBAAN").
      const prev = ls[lineIndex - 1];
      let from = 0;
      for (const part of prev.text.split(',')) {
        const lead = part.length - part.trimStart().length;
        const seg = part.trim();
        if (seg && wholeStreet.test(seg)) {
          street = { start: prev.start + from + lead, end: prev.start + from + lead + seg.length };
          break;
        }
        from += part.length + 1;
      }
    }
    if (!street || ONLY_NUMBER.test(block.text.slice(street.start, street.end))) continue;
    // "1.0 March, 2017 Edited": a day or version number and a month is a date, not a house number and street.
    if (DATE_AS_STREET().test(block.text.slice(street.start, street.end))) continue;
    const place = fold(h.text).replace(/[.,]+$/u, '');
    const text = `${fold(block.text.slice(street.start, street.end))}, ${place}`;
    out.push({ block, start: street.start, end: h.start + h.text.replace(/[.,\s]+$/u, '').length, text });
  }
  return out;
}

/** A month name of any pack, as a whole word ("Mai 2024" is a date, not a club founded in 2024). */
const MONTH_WORD = once(() => caselessRegExp(`^(?:${fromEveryPack((pack) => pack.controller.months.flat()).join('|') || '(?!)'})$`, 'iu'));

/** A number and a month name of any pack ("0 March", "12. Mai"): the start of a date. */
const DATE_AS_STREET = once(() => caselessRegExp(`^\\d{1,2}\\.?\\s+(?:${fromEveryPack((pack) => pack.controller.months.flat()).join('|') || '(?!)'})(?![\\p{L}])`, 'iu'));

/** A street without postcode after a cue such as "gevestigd aan": the last resort for an address. */
function findCuedStreet(block: Block, lex: ControllerLexicon): Spot | null {
  if (!/\d/u.test(block.text)) return null;
  const h = hits(langPatterns(lex).cuedStreet, block.text)[0];
  if (!h) return null;
  const start = h.start + h.text.lastIndexOf(h.groups[0]!);
  return { block, start, end: start + h.groups[0]!.length, text: fold(h.groups[0]!) };
}

/**
 * An address card the page split into paragraphs, one line each ("Stresemannstraße 375", then "22761 Hamburg"): a
 * block that is a street and nothing else, and a short postcode-and-place block among the next two. The spot is the
 * street; its text joins both lines as `findAddresses` does.
 */
function splitCardAddresses(blocks: readonly Block[]): Spot[] {
  const { wholeStreet, postcodePlace } = SHARED();
  const out: Spot[] = [];
  for (const block of blocks) {
    const street = block.text.trim();
    if (block.kind === 'heading' || !/\d/u.test(street) || !wholeStreet.test(street) || ONLY_NUMBER.test(street) || DATE_AS_STREET().test(street)) continue;
    for (const next of blocks.slice(block.index + 1, block.index + 3)) {
      const line = next.text.trim();
      const place = line.length < 60 && /\d/u.test(line) ? hits(postcodePlace, line).find((h) => h.start === 0) : undefined;
      if (!place) continue;
      const start = block.text.indexOf(street);
      out.push({ block, start, end: start + street.length, text: `${fold(street)}, ${fold(place.text).replace(/[.,]+$/u, '')}` });
      break;
    }
  }
  return out;
}

const WEBSITES = new WeakMap<Block, readonly Spot[]>();

/** URLs and bare domains as written in the text ("https://cloudaware.eu", "www.cloudbilling.nl"). */
function findWebsites(block: Block): readonly Spot[] {
  // A domain has a dot followed by a letter: most blocks need no look at all.
  return perBlock(WEBSITES, block, () => (DOT_LETTER.test(block.text) ? websitesOf(block) : []));
}

function websitesOf(block: Block): Spot[] {
  const out: Spot[] = [];
  for (const m of block.text.matchAll(URL_OR_DOMAIN)) {
    const text = m[0].replace(/[.,;:!?)\]]+$/u, '');
    if (block.text[m.index + m[0].length] === '@') continue;
    out.push({ block, start: m.index, end: m.index + text.length, text });
  }
  return out;
}

// =============================================================================================== names

type EntityKind = 'legal' | 'prefix' | 'public';

interface Entity extends Range {
  name: string;
  /** The name without its legal form ("GitHub" of "GitHub, Inc."); the portfolio of a public body. */
  brand: string;
  kind: EntityKind;
  /** Initials of a public body's portfolio ("VWS"), when it has two or more words. */
  acronym: string | null;
}

const PARTICLES = new Set(NAME_PARTICLES);
/** The elided Dutch article inside a name ("Dakbedrijf 'T Noorden"): a particle, not a quotation mark. */
const isElidedArticle = (word: string): boolean => /^['‘’]/u.test(word) && PARTICLES.has(word.toLowerCase());
/** A year (1800–2099), which a club's name may hold between its words. */
const YEAR = /^(?:1[89]|20)\d\d$/u;

/** A word that can be part of a name: it has a capital or a digit ("SourceHut", "eMarketing", "3M"), or it is a domain. */
function isNameWord(word: string): boolean {
  if (DOMAIN_LIKE.test(word)) return true;
  return /^[\p{L}\p{N}][\p{L}\p{N}&'’!.+-]*$/u.test(word) && HAS_CAPITAL.test(word);
}

const OPENERS = /^[(“"‘'«[`_*\p{Cf}]+/u;
const ELIDED_PLACE_ARTICLE = /^['‘’]s-\p{Lu}/u;
/** A capital letter, an apostrophe and a word in lower case ("L’utilisateur", "D’abord"). */
const ELIDED_LOWER = /^\p{Lu}['’]\p{Ll}+$/u;
const CLOSERS = /[)”"’'»\]`_*\p{Cf}]+$/u;
/** Quotation marks opening or closing a quoted part of a name (not brackets). */
const QUOTE_OPENER = /^[“"„«‘‚]/u;
const QUOTE_CLOSER = /[”"“»’]$/u;

/** Abbreviations of every language ("mr", "inc", "b.v"): a full stop after them does not end a sentence. */
const ABBREVIATION_WORDS = new Set(Object.values(ABBREVIATIONS).flat());

/**
 * A word whose full stop ends the sentence ("… Lingestreek. De stichting …"), so a name cannot run on past it; the
 * same test as the sentence splitter: no abbreviation, initial or dotted form ("B.V.", "Inc.", "J.").
 */
function endsSentence(raw: string): boolean {
  const m = /([\p{L}\p{N}.'’]+)\.[)”"’'»\]`_*]*$/u.exec(raw);
  if (!m || /\.\.$/u.test(raw)) return false;
  const word = m[1].toLowerCase();
  return !ABBREVIATION_WORDS.has(word) && !ONE_LETTER.test(word) && !DOTTED_END.test(word) && !DOMAIN_LIKE.test(m[1]);
}

const NUMBER_WORD = /^\p{N}{1,3}(?:\p{Ll}{1,3}\.?|\+)?$/u;

/**
 * The number or ordinal `toks[i]` opens a name ("100 Shapes", "2nd Opinion", "41 North"): a short number, not a year,
 * standing at the start of its line or after a word in lower case, not after a label's colon, an abbreviation ("Art.
 * 6 DSGVO", "Nr. 12"), a section sign or another number.
 */
function leadingNumber(toks: readonly Token[], i: number, text: string): boolean {
  const word = toks[i].text.replace(OPENERS, '');
  if (!NUMBER_WORD.test(word) || OPENERS.test(toks[i].text) !== (word !== toks[i].text)) return false;
  if (i === 0) return toks[i].start === 0 || /\n\s*$/u.test(text.slice(Math.max(0, toks[i].start - 40), toks[i].start));
  if (text.slice(toks[i - 1].end, toks[i].start).includes('\n')) return true;
  return /^\p{Ll}+$/u.test(toks[i - 1].text);
}

/** The particle `toks[i]` and at most two more before it follow a name word on the same line. */
function particleRunBefore(toks: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k < 3 && PARTICLES.has(toks[k].text)) k--;
  return k >= 0 && isNameWord(toks[k].text.replace(OPENERS, ''));
}

/** The run of name words that ends at `end` ("… explains how Chayn" -> "Chayn"). */
function nameRunBefore(text: string, end: number, articles: ReadonlySet<string>): Range | null {
  // The run is at most eight words; the ninth from the end shows whether a particle has a name word before it.
  const toks = lastTokens(text, end, 9);
  let first = -1;
  for (let i = toks.length - 1; i >= 0 && toks.length - i <= 8; i--) {
    let word = toks[i].text;
    const isLast = i === toks.length - 1;
    if (!isLast && text.slice(toks[i].end, toks[i + 1].start).includes('\n')) break;
    if (isLast) word = word.replace(/[,;:]+$/u, '');
    else if (/[,;:)]$/u.test(word) || endsSentence(word)) break;
    // "Scouting P&P ‘s-Hertogenbosch", "Stichting Ozanam 's-Gravenhage": the elided article of a Dutch place name opens no quotation.
    const placeArticle = ELIDED_PLACE_ARTICLE.test(word);
    const elided = isElidedArticle(word);
    const opened = !placeArticle && !elided && OPENERS.test(word);
    word = placeArticle ? word.slice(1).replace(CLOSERS, '') : elided ? word.toLowerCase() : word.replace(OPENERS, '').replace(CLOSERS, '');
    // A club's founding year inside its name ("SV Blau-Weiß Musterstadt 1920 e.V.", "TSV 1860 München e.V.").
    const year = YEAR.test(word) && i > 0 && isNameWord(toks[i - 1].text.replace(OPENERS, '')) && !MONTH_WORD().test(toks[i - 1].text);
    if (isNameWord(word) || year) {
      first = i;
      if (opened) break;
      continue;
    }
    // Up to three particles in a row between name words ("Agence de l’Environnement et de la Maîtrise de l’Énergie").
    if (first >= 0 && PARTICLES.has(word) && particleRunBefore(toks, i)) continue;
    // A number or ordinal that opens the name ("100 Shapes Ltd", "1st Chertsey Scout Group", "41 North").
    if (first === i + 1 && leadingNumber(toks, i, text)) first = i;
    break;
  }
  if (first < 0) return null;
  let start = toks[first].start + (OPENERS.exec(toks[first].text)?.[0].length ?? 0);
  const lastTok = toks[toks.length - 1];
  const stop = lastTok.start + lastTok.text.replace(/[,;:]+$/u, '').replace(CLOSERS, '').length;
  // "De Minister …", "The Company": a capitalised article that opens the sentence is no part of the name; mid-sentence
  // ("… is De Groene Tuin B.V.") it is.
  const firstWord = text.slice(start, stop).split(/\s+/u)[0];
  // "L’utilisateur s’engage à …": an elided article with its noun in lower case, alone, is no name.
  if (firstWord === text.slice(start, stop) && ELIDED_LOWER.test(firstWord)) return null;
  if (articles.has(firstWord.toLowerCase())) {
    if (!text.slice(start, stop).includes(' ')) return null;
    if (/^[\s"“'‘(*_]*$/u.test(text.slice(0, start)) || /\n\s*$/u.test(textBefore(text, start))) start += firstWord.length + 1;
  }
  return stop > start ? { start, end: stop } : null;
}

/** The run of name words that starts at `pos` ("Paardensportvereniging West-Friesland gevestigd …"). */
function nameRunAfter(text: string, pos: number, articles: ReadonlySet<string>): Range | null {
  // Tokens are read as far as the run goes.
  const next = tokensFrom(text, pos);
  const toks: Token[] = [];
  const has = (k: number): boolean => {
    while (toks.length <= k) {
      const t = next.next();
      if (t.done) return false;
      toks.push(t.value);
    }
    return true;
  };
  let i = 0;
  while (has(i) && articles.has(toks[i].text.toLowerCase().replace(OPENERS, ''))) i++;
  // A number or ordinal that opens the name ("is 1st Chertsey Scout Group", "is 100 Shapes Ltd"), not a date ("12 March").
  const first = i;
  if (has(i + 1) && NUMBER_WORD.test(toks[i].text.replace(OPENERS, '')) && !YEAR.test(toks[i].text) && !/\n/u.test(text.slice(toks[i].end, toks[i + 1].start))) {
    const next = toks[i + 1].text.replace(OPENERS, '').replace(/[,;:.!?)”"’'»\]`]+$/u, '');
    if (isNameWord(next) && !MONTH_WORD().test(next) && !DOMAIN_LIKE.test(next)) i++;
  }
  let last = -1;
  // A quoted part of the name ('vzw K.F. "De Moedige Vrienden" Borgt', 'Vereniging “Het Anker”', 'Comité « Les Amis du
  // Lac »'): the token that closes the quote within a few name words, or -1.
  const quoteClose = (j: number): number => {
    for (let k = j; k < j + 7 && has(k); k++) {
      if (k > j && text.slice(toks[k - 1].end, toks[k].start).includes('\n')) return -1;
      const t = toks[k].text.replace(/[,;:.!?]+$/u, '');
      const inner = t.replace(QUOTE_OPENER, '').replace(QUOTE_CLOSER, '');
      if (inner && !isNameWord(inner) && !PARTICLES.has(inner) && !articles.has(inner.toLowerCase())) return -1;
      const body = k > j ? t : t.replace(QUOTE_OPENER, '');
      if (QUOTE_CLOSER.test(body) && (k > j || body.replace(QUOTE_CLOSER, '').length > 0)) return k;
    }
    return -1;
  };
  for (let j = i; has(j) && j - i < 8; j++) {
    const raw = toks[j].text;
    if (j > i && text.slice(toks[j - 1].end, toks[j].start).includes('\n')) break;
    if (j > i && last === j - 1 && QUOTE_OPENER.test(raw)) {
      const close = quoteClose(j);
      if (close >= j) {
        last = close;
        // A comma or full stop after the closing quote ends the name ('Vereniging “Het Anker”, Kerkstraat 4').
        if (/[,;:.!?]$/u.test(toks[close].text)) break;
        j = close;
        continue;
      }
    }
    // "is Dakbedrijf 'T Noorden".
    if (j > i && last === j - 1 && isElidedArticle(raw) && has(j + 1) && isNameWord(toks[j + 1].text.replace(/[,;:!?)”"’'»\]`]+$/u, ''))) continue;
    const word = raw.replace(OPENERS, '').replace(/[,;:.!?)”"’'»\]`]+$/u, '');
    const ends = (word !== raw.replace(OPENERS, '') && !/\.$/u.test(raw)) || endsSentence(raw);
    const year = j > i && last === j - 1 && YEAR.test(word) && !MONTH_WORD().test(toks[j - 1].text) && has(j + 1) && isNameWord(toks[j + 1].text.replace(OPENERS, '').replace(/[,;:!?)”"’'»\]`]+$/u, ''));
    // A domain in the possessive names the site too ("It is example.com's policy to …").
    if (isNameWord(word) || DOMAIN_LIKE.test(word.replace(/['’]s$/u, '')) || year) {
      last = j;
      if (ends || (j > i && OPENERS.test(raw))) break;
      continue;
    }
    // The word after the particle may end a clause ("ASBL Jeunesse et Sport, dont …").
    // A particle that opens a bracket starts a description ("Silverline Books (the “Site”, …)"), not more of the name.
    // Up to three particles in a row ("Agence de l’Environnement et de la Maîtrise …").
    if (last >= 0 && PARTICLES.has(word) && !OPENERS.test(raw)) {
      let k = j + 1;
      while (k - j < 3 && has(k) && PARTICLES.has(toks[k].text) && !text.slice(toks[k - 1].end, toks[k].start).includes('\n')) k++;
      if (has(k) && !text.slice(toks[k - 1].end, toks[k].start).includes('\n') && isNameWord(toks[k].text.replace(OPENERS, '').replace(/[,;:!?)”"’'»\]`]+$/u, ''))) {
        j = k - 1;
        continue;
      }
    }
    break;
  }
  if (last < 0) return null;
  const start = toks[first].start + (OPENERS.exec(toks[first].text)?.[0].length ?? 0);
  const lastRaw = toks[last].text;
  let end = toks[last].start + lastRaw.replace(/[,;:!?)”"’'»\]`]+$/u, '').length;
  if (text[end - 1] === '.' && !DOT_LETTER.test(lastRaw) && !INITIALS.test(lastRaw.replace(/[,;:]+$/u, ''))) end--;
  // A bracket the run opened is closed with it: "Anna Schneider (Fotografie)", not "Anna Schneider (Fotografie".
  const opened = text.slice(start, end).split('(').length - text.slice(start, end).split(')').length;
  if (opened === 1 && text[end] === ')') end++;
  // … and a quote: 'vzw K.F. "De Moedige Vrienden"', not 'vzw K.F. "De Moedige Vrienden'.
  const quotes = text.slice(start, end);
  if (QUOTE_CLOSER.test(text[end] ?? '') && ((quotes.match(/"/gu)?.length ?? 0) % 2 === 1 || (quotes.match(/[“„«‘‚]/gu)?.length ?? 0) > (quotes.match(/[”»’]/gu)?.length ?? 0))) end++;
  return end > start ? { start, end } : null;
}

/** A line in capitals ("INFORMATION SUCH AS …"): "AS", "SA" or "AG" there are words, not legal forms. */
function shoutingLine(line: string): boolean {
  // A label is no part of the shouting: "Company: WOJTEK SAS" gives a name in capitals, not a line in capitals.
  const letters = line.slice(line.lastIndexOf(':') + 1).replace(/[^\p{L}]/gu, '');
  return letters.length >= 12 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6;
}

/** `shoutingLine` of the line around a position, for positions asked in text order: each line is judged once. */
function shoutingLines(text: string): (pos: number) => boolean {
  let start = 0;
  let end = -1;
  let shouts = false;
  return (pos) => {
    if (pos < start || pos >= end) {
      start = text.lastIndexOf('\n', pos) + 1;
      end = (text.indexOf('\n', pos) + 1 || text.length + 1) - 1;
      shouts = shoutingLine(text.slice(start, end));
    }
    return shouts;
  };
}

const legalSuffixPattern = (): RegExp => SHARED().legalSuffix;

/** A text with its legal forms ("GmbH", "B.V.", "SAS", "Stichting") blanked out. */
export function withoutLegalForms(text: string): string {
  return text.replace(legalSuffixPattern(), ' ').replace(SHARED().legalPrefix, ' ');
}

const NO_WORDS: ReadonlySet<string> = new Set();
const LOWER_BRAND_STOPS = new Map<ControllerLexicon | null, Set<string>>();

/** Words that are never a lower-case brand before a legal form ("de GmbH", "we BV"). */
function lowerBrandStops(lex: ControllerLexicon | null): Set<string> {
  let stops = LOWER_BRAND_STOPS.get(lex);
  if (!stops) LOWER_BRAND_STOPS.set(lex, (stops = new Set([...NAME_PARTICLES, ...(lex ? [...lex.articles, ...lex.firstPerson, ...lex.subjectVerbs] : [])])));
  return stops;
}

/** Legal entities ("Epsys B.V.", "Stichting HackNature", "fortrabbit GmbH") and public bodies in a text. */
function findEntities(text: string, lex: ControllerLexicon | null, lowerBrands: Set<string> | 'any'): Entity[] {
  const found: Entity[] = [];
  const articles = lex ? langPatterns(lex).articles : NO_WORDS;
  const shouting = shoutingLines(text);
  for (const h of hits(legalSuffixPattern(), text)) {
    const gap = /,?\s+$/u.exec(textBefore(text, h.start));
    if (!gap || shouting(h.start)) continue;
    const nameEnd = h.start - gap[0].length;
    let run = nameRunBefore(text, nameEnd, articles);
    if (!run) {
      // A brand written in lower case ("fortrabbit GmbH") counts when the site's own domain confirms it.
      const prev = /(?<![\p{L}\p{N}])([\p{Ll}\p{N}][\p{L}\p{N}-]*)$/u.exec(textBefore(text, nameEnd));
      const stop = lowerBrandStops(lex);
      const confirmed = lowerBrands === 'any' ? !!prev && prev[1].length >= 3 && !stop.has(prev[1].toLowerCase()) : !!prev && lowerBrands.has(prev[1].toLowerCase());
      if (prev && confirmed) run = { start: nameEnd - prev[1].length, end: nameEnd };
      // Two lower-case words the domain spells together ("about source GmbH", kontakt@aboutsource.net).
      const pair = !run && lowerBrands !== 'any' ? /(?<![\p{L}\p{N}])([\p{Ll}\p{N}][\p{L}\p{N}-]*)\s([\p{Ll}\p{N}][\p{L}\p{N}-]*)$/u.exec(textBefore(text, nameEnd)) : null;
      if (pair && lowerBrands !== 'any' && lowerBrands.has(`${pair[1]}${pair[2]}`.toLowerCase())) run = { start: nameEnd - pair[0].length, end: nameEnd };
    }
    if (!run || run.end !== nameEnd) continue;
    // "Website der Beispiel AG": a common noun and a particle before the name are no part of it.
    const head = lex ? langPatterns(lex).notNameHead?.exec(text.slice(run.start, nameEnd)) : null;
    if (head && run.start + head[0].length < nameEnd) run = { start: run.start + head[0].length, end: run.end };
    const brand = text.slice(run.start, nameEnd).replace(/[!,]+$/u, '');
    found.push({ name: fold(text.slice(run.start, h.end)), brand: fold(brand), kind: 'legal', start: run.start, end: h.end, acronym: null });
  }
  for (const h of hits(SHARED().legalPrefix, text)) {
    if (!/^\s\S/u.test(text.slice(h.end, h.end + 2))) continue;
    const run = nameRunAfter(text, h.end + 1, NO_WORDS);
    if (!run || run.start !== h.end + 1) continue;
    found.push({ name: fold(text.slice(h.start, run.end)), brand: fold(text.slice(run.start, run.end)), kind: 'prefix', start: h.start, end: run.end, acronym: null });
  }
  if (lex) {
    for (const h of hits(langPatterns(lex).publicBody, text)) {
      const core = h.groups[0]!;
      const words = core.split(/[\s,]+/u).filter((w) => STARTS_CAPITAL.test(w));
      const acronym = words.length >= 2 ? words.map((w) => w[0]).join('') : null;
      found.push({ name: fold(h.text), brand: fold(core), kind: 'public', start: h.start, end: h.end, acronym });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return outermost(found);
}

// =============================================================================================== name keys and relations

interface NameEnv {
  lang: SupportedLanguage | null;
  /** `ctx.negated`: a negation earlier in the clause ("X is niet verantwoordelijk voor de verwerking door derden"). */
  negated: (text: string, pos: number) => boolean;
  /** Entities found per text, for this document; `anyBrandCache` with any lower-case word taken as a brand. */
  cache: Map<string, Entity[]>;
  anyBrandCache: Map<string, Entity[]>;
  lex: ControllerLexicon | null;
  /** Second-level labels of the contact e-mail domains ("cloudbilling"). */
  domainLabels: Set<string>;
  /** Mailboxes at free mail services, squashed (`contactDomains`). */
  mailboxes: Set<string>;
  /** The one name a free-mail mailbox spells beside role words ("elyan" of elyan.info@gmail.com; `mailboxName`). */
  mailboxNames: Set<string>;
}

/** `findEntities` with the document's settings, cached: the same blocks are read for names, aliases and details. */
function entitiesOf(text: string, env: NameEnv, anyLowerBrand = false): Entity[] {
  const cache = anyLowerBrand ? env.anyBrandCache : env.cache;
  let found = cache.get(text);
  if (!found) {
    found = findEntities(text, env.lex, anyLowerBrand ? 'any' : env.domainLabels);
    cache.set(text, found);
  }
  return found;
}


const NAME_KEY_STOPS = new Map<ControllerLexicon | null, Set<string>>();

function nameKeyStops(lex: ControllerLexicon | null): Set<string> {
  let stops = NAME_KEY_STOPS.get(lex);
  if (!stops) NAME_KEY_STOPS.set(lex, (stops = new Set([...NAME_PARTICLES, ...GENERIC_NAME_WORDS, ...(lex ? [...lex.articles, ...lex.publicBodyLink] : [])])));
  return stops;
}

/** The distinctive words of a name: without legal form, particles, public-body heads and generic words. */
function nameKeys(name: string, env: NameEnv): Set<string> {
  let s = name;
  s = withoutLegalForms(s);
  if (env.lex) s = s.replace(langPatterns(env.lex).publicBodyHead, ' ');
  const keys = new Set<string>();
  const stop = nameKeyStops(env.lex);
  const capitals: string[] = [];
  for (const raw of s.split(/[\s,()]+/u)) {
    let word = raw;
    if (DOMAIN_LIKE.test(word)) word = word.slice(0, word.lastIndexOf('.'));
    const key = squash(word);
    if (key.length < 2 || stop.has(raw.toLowerCase()) || stop.has(key)) continue;
    keys.add(key);
    if (STARTS_CAPITAL.test(raw)) capitals.push(raw);
  }
  // A public body's portfolio also goes by its initials ("Volksgezondheid, Welzijn en Sport" = VWS).
  if (env.lex && test(langPatterns(env.lex).publicBodyHead, name) && capitals.length >= 2) keys.add(capitals.map((w) => w[0].toLowerCase()).join(''));
  return keys;
}

/** "Dienst Uitvoering Onderwijs", "Ministry of Health": a name that opens with a public body's head word. */
function isPublicBody(name: string, env: NameEnv): boolean {
  return !!env.lex && entitiesOf(name, env).some((e) => e.kind === 'public' && e.start === 0);
}

/**
 * Two names of one organisation: they share a distinctive word. A public body and a private one never are, whatever
 * words they share ("Dienst Uitvoering Onderwijs" and "Stichting Openbaar Onderwijs Lingestreek").
 */
function related(a: string, b: string, env: NameEnv): boolean {
  if (isPublicBody(a, env) !== isPublicBody(b, env)) return false;
  const ka = nameKeys(a, env);
  for (const k of nameKeys(b, env)) if (ka.has(k)) return true;
  return false;
}

const sameName = (a: string, b: string): boolean => squash(a) === squash(b);

function hasLegalForm(name: string, env: NameEnv): boolean {
  return entitiesOf(name, env).some((e) => e.start === 0 && e.end >= name.length - 1);
}

/** A short name a definition or trade-name clause gives: not a pronoun, article or generic noun. */
function validAlias(alias: string, env: NameEnv, longest = 60): boolean {
  const a = alias.trim();
  if (a.length < 2 || a.length > longest || !HAS_LETTER.test(a)) return false;
  if (!env.lex) return true;
  // "de Vereniging", "the Company" are descriptions; "De Groene Tuin B.V." is a name.
  const first = a.split(/\s+/u)[0];
  if (env.lex.articles.includes(first) || env.lex.firstPerson.includes(first.toLowerCase())) return false;
  return !langPatterns(env.lex).genericName.test(a);
}

// =============================================================================================== candidate names

interface Candidate {
  name: string;
  /** 1: the text says so (controller statement, trade-name clause, "(“X”, “we”)"); 2: a contact block or an
   *  entity the site's domain confirms; 3: the site's name only. */
  rank: number;
  order: number;
  block: Block;
  sentence: Sentence | null;
  aliases: string[];
  coControllers: string[];
  /** A statement naming the controller by its role ("Karl Holmes is the data controller"), not by a weaker cue. */
  role?: boolean;
}

const docOrder = (block: Block, pos: number): number => block.index * 1e6 + pos;

/** Drops an appositive ("OperationAIR, gevestigd aan …, is …"): the name is the part before its first comma. */
function beforeAppositive(pre: string, lex: ControllerLexicon): string {
  const comma = pre.indexOf(',');
  if (comma < 0) return pre;
  const rest = pre.slice(comma + 1);
  return test(langPatterns(lex).detailClause, rest) || /\d/u.test(rest) ? pre.slice(0, comma) : pre;
}

/** Names in the subject before a cue: entities when there are any (co-controllers too), else the name run. */
function subjectNames(pre: string, env: NameEnv): string[] {
  const lex = env.lex!;
  const entities = entitiesOf(pre, env);
  if (entities.length) return entities.map((e) => e.name);
  // A registration number in brackets after the name ("Storycatchers bv (BTW BE0870726240)") is a detail, not a short form.
  let subject = beforeAppositive(pre, lex).replace(/[\s,]+$/u, '');
  const detail = /\s*\(([^()]*)\)$/u.exec(subject);
  if (detail && REGISTRATION_NUMBER.test(detail[1])) subject = subject.slice(0, detail.index);
  // A short form in brackets after the name ("La Fédération … Pédestre (FFRP), …") is the alias, not the name; after
  // words in lower case ("La direction interministérielle du numérique (DINUM)") it is the name.
  const bare = subject.replace(/\s*\([^()]{1,20}\)$/u, '');
  const runBare = bare !== subject ? nameRunBefore(bare, bare.length, langPatterns(lex).articles) : null;
  if (runBare) return [fold(bare.slice(runBare.start, runBare.end))];
  const run = nameRunBefore(subject, subject.length, langPatterns(lex).articles);
  // "The PCC of St Michael and All Angels, Maidstone is the data controller": the subject is a name and its place after
  // a comma; the name is the organisation's, not the place's.
  const comma = run ? /,\s*$/u.exec(subject.slice(0, run.start)) : null;
  if (run && comma && !/\s/u.test(subject.slice(run.start, run.end))) {
    const named = nameRunBefore(subject, comma.index, langPatterns(lex).articles);
    const lead = named ? subject.slice(0, named.start).replace(langPatterns(lex).articleAnyCase, '') : '';
    // Not a phrase opened by a preposition ("In the United Kingdom, Larkspur is …"): no article in lower case inside.
    const words = named ? subject.slice(named.start, named.end).split(/\s+/u) : [];
    if (named && words.length > 1 && !words.slice(1).some((w) => langPatterns(lex).articles.has(w)) && /^[\s"“'‘(*_]*$/u.test(lead)) return [fold(subject.slice(named.start, named.end))];
  }
  if (run) return [fold(subject.slice(run.start, run.end))];
  // "La Cour constitutionnelle traite …": the name's adjectives in lower case end the subject.
  const adjectives = langPatterns(lex).adjectivesAtEnd?.exec(subject);
  const core = adjectives ? subject.slice(0, adjectives.index) : '';
  const head = adjectives ? nameRunBefore(core, core.length, langPatterns(lex).articles) : null;
  return head && head.end === core.length ? [fold(subject.slice(head.start))] : [];
}

/** The name right after a cue: an entity starting there, else the name run. */
function nameAfter(text: string, pos: number, env: NameEnv): Range | null {
  const lex = env.lex;
  const lead = /^[\s:“"‘'`(«„]*/u.exec(text.slice(pos))![0].length;
  let at = pos + lead;
  // A lower-case article is no part of the name ("is de Stichting …"); a capital one after a cue or label is ("De Groene Tuin B.V.").
  const re = lex ? langPatterns(lex) : null;
  const article = re ? re.article.exec(text.slice(at)) : null;
  if (article) at += article[0].length;
  // "la société Dupont SARL", "l'association Vélo Pour Tous": the kind of organisation, in lower case, is no part of the name.
  const kind = re?.kindNoun?.exec(text.slice(at));
  if (kind) at += kind[0].length;
  // "the Privacy Policy of Acme Ltd", "die Website der Muster GmbH": a common noun and its particle open no name.
  const head = re?.notNameHead?.exec(text.slice(at));
  if (head && head[0].length < text.length - at) at += head[0].length;
  const rest = text.slice(at);
  const capitalArticle = re ? re.articleAnyCase.exec(rest)?.[0].length ?? 0 : 0;
  const entity = entitiesOf(rest, env).find((e) => e.start === 0 || (capitalArticle > 0 && e.start === capitalArticle));
  if (entity) return { start: at, end: at + entity.end };
  const run = nameRunAfter(text, at, re ? re.articles : NO_WORDS);
  // "… est la Cour constitutionnelle, …": the name's adjectives in lower case follow it.
  const adjectives = run && re?.adjectivesAfter ? re.adjectivesAfter.exec(text.slice(run.end)) : null;
  if (!run || !adjectives || !re?.adjectivesLink) return run;
  // … and the name goes on after its link ("la Direction générale de la Santé").
  const end = run.end + adjectives[0].length;
  const link = re.adjectivesLink.exec(text.slice(end));
  const more = link ? nameRunAfter(text, end + link[0].length, re.articles) : null;
  if (more && more.start === end + link![0].length) return { start: run.start, end: more.end };
  // A name that goes on in lower case ("la Direction générale de la santé") is not read further than before.
  return link ? run : { start: run.start, end };
}

/** True when the text between an entity and a definition only describes the entity (seat, register, address). */
function onlyDetails(gap: string, lex: ControllerLexicon): boolean {
  const pieces = gap.replace(/\([^()]*\)/gu, ' ').split(/[,\n]/u).map((p) => p.trim()).filter(Boolean);
  const detail = langPatterns(lex).detailClause;
  return pieces.every((p) => test(detail, p) || /\d/u.test(p));
}

interface Definition {
  /** The entity being defined; null for "when we say “Foo” or “we”", which defines the controller's short name. */
  defined: string | null;
  order: number;
  /** Short names it is given ("Chayn", "GitHub"). */
  names: string[];
  /** The definition adds "we"/"us": the entity is the author of the policy. */
  firstPerson: boolean;
}

/** What may stand between an address and a definition's bracket: commas, spaces and the country's name. */
const AFTER_ADDRESS = once(() => new RegExp(`^[\\s,]*(?:(?:${COUNTRIES.flatMap((c) => [...c.names.nl, ...c.names.en, ...c.names.de, ...c.names.fr]).join('|')})[\\s,]*)?$`, 'iu'));

/** Five digits in a row: a registration or VAT number ("BTW BE0870726240", "company number 08123456"), no name. */
const REGISTRATION_NUMBER = /\d{5}/u;

/** Definitions in a sentence: "X (“Y”, “we”)", "X (hierna: Y)", "X (Y B.V.)", "X (brand)". */
/** A short quoted term, in English, Dutch, German (low-high „…“, ‚…‘, »…«) or French («…») quotation marks. */
const QUOTED = /[“"‘'`«„‚»]([^“”"‘’'`«»„‚]{1,60})[”"’'`»“‘«]/gu;

function definitionsIn(sentence: Sentence, env: NameEnv): Definition[] {
  const lex = env.lex!;
  const text = sentence.text;
  const out: Definition[] = [];
  const { articles, firstPerson, hereafter, firstPersonWord } = langPatterns(lex);
  // "(“the Company”)", "hierna: de vereniging": the organisation's own name for itself.
  const { selfNounOnly: selfNoun } = langPatterns(lex);
  // Every definition has brackets, quotes or a "hereafter" cue: most sentences have none.
  if (!/[(“"‘'`«„‚»]/u.test(text) && !test(hereafter, text)) return out;
  const pieces: { open: number; content: string }[] = [];
  for (const m of text.matchAll(/\(([^()]{1,200})\)/gu)) pieces.push({ open: m.index, content: m[1] });
  for (const h of hits(hereafter, text)) if (!pieces.some((p) => p.open < h.start && h.start < p.open + p.content.length + 2)) pieces.push({ open: h.start, content: text.slice(h.start, h.start + 120).split(/[.;]\s/u)[0] });
  // 'when we mention "Foo", "we", "us" or "our"': short names of the controller, whoever it is.
  const quotedAll = [...text.matchAll(QUOTED)].map((m) => m[1].trim().replace(/[,;:]+$/u, ''));
  const isFirstPerson = (q: string): boolean => firstPersonWord.test(q);
  if (quotedAll.some(isFirstPerson) && !pieces.some((p) => test(firstPerson, p.content))) {
    out.push({ defined: null, order: docOrder(sentence.block, sentence.start), names: quotedAll.filter((q) => !isFirstPerson(q)), firstPerson: true });
  }
  for (const { open, content } of pieces) {
    // '("we," "us," or "our")': the comma inside the quotes is no part of the term.
    const quoted = [...content.matchAll(QUOTED)].map((m) => m[1].trim().replace(/[,;:]+$/u, ''));
    const cue = hits(hereafter, content)[0];
    let names = quoted;
    if (!names.length && cue) {
      const value = content.slice(cue.end).replace(/^[\s:]+/u, '').split(/[,;)]/u)[0];
      names = [value.trim()];
    }
    let pre = text.slice(0, open);
    // "von Nils Baumgartner, Kreuzstraße 44, 49393 Lohne (nachfolgend „wir“)": the definition follows the address; the
    // name is what stands before it, not the town.
    // The country may close the address: "…, 6020 Innsbruck, Österreich (im Folgenden „wir“)".
    const address = findAddresses(sentence.block).find((a) => a.start >= sentence.start && a.end <= sentence.start + open && AFTER_ADDRESS().test(text.slice(a.end - sentence.start, open)));
    if (address) pre = text.slice(0, address.start - sentence.start).replace(/[\s,]+$/u, '');
    const entities = entitiesOf(pre, env).filter((e) => onlyDetails(pre.slice(e.end), lex));
    const entity = entities[entities.length - 1];
    const block = sentence.block;
    if (names.length) {
      let defined = entity?.name ?? null;
      if (!defined) {
        const run = nameRunBefore(pre.replace(/\s+$/u, ''), pre.replace(/\s+$/u, '').length, articles);
        if (run) defined = fold(pre.slice(run.start, run.end));
      }
      if (!defined) continue;
      out.push({
        defined,
        order: docOrder(block, sentence.start + open),
        names: names.filter((n) => !isFirstPerson(n)),
        firstPerson: test(firstPerson, content) || names.some((n) => selfNoun.test(n.trim())),
      });
      continue;
    }
    // "CloudBilling (CloudBilling B.V.)": a brand with its entity in brackets; "Epsys B.V. (CloudAware)": the reverse.
    const inner = content.trim();
    const innerEntity = entitiesOf(inner, env).find((e) => e.start === 0 && e.end === inner.length);
    const outer = nameRunBefore(pre.replace(/\s+$/u, ''), pre.replace(/\s+$/u, '').length, articles);
    if (innerEntity && outer && !entitiesOf(pre.slice(outer.start), env).length) {
      out.push({ defined: innerEntity.name, order: docOrder(block, sentence.start + open), names: [fold(pre.slice(outer.start, outer.end))], firstPerson: false });
    } else if (entity && /^\s*$/u.test(pre.slice(entity.end)) && tokens(inner).every((t) => isNameWord(t.text)) && !REGISTRATION_NUMBER.test(inner)) {
      out.push({ defined: entity.name, order: docOrder(block, sentence.start + open), names: [inner], firstPerson: false });
    }
  }
  return out;
}

/**
 * The run's text without a possessive ending when a lower-case word other than a verb follows ("It is Copperleaf
 * Studio's policy to …" gives "Copperleaf Studio"); "McDonald's is …" keeps it.
 */
function withoutPossessive(text: string, run: Range, lex: ControllerLexicon): string {
  let name = fold(text.slice(run.start, run.end));
  // "My name is Jane Holloway and I run this blog": a particle and a pronoun after it are the next clause, not the name.
  const tail = /\s+(\S+)\s+(\S+)$/u.exec(name);
  if (tail && PARTICLES.has(tail[1]) && isPronoun(tail[2], lex)) name = name.slice(0, tail.index);
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(run.end));
  if (!next || lex.subjectVerbs.includes(next[1])) return name;
  return name.replace(/(?<=\p{L})['’]s$/u, '');
}

/** Rank-1 candidates of one sentence: controller statements, trade-name clauses and first-person definitions. */
function statementCandidates(sentence: Sentence, env: NameEnv, siteName: string | null, definitions: Definition[], sectionTitle: string | null = null, controllerSection = false): Candidate[] {
  const lex = env.lex!;
  const text = sentence.text;
  const block = sentence.block;
  const out: Candidate[] = [];
  const make = (name: string, pos: number, aliases: string[] = [], co: string[] = []): Candidate => ({
    name,
    rank: 1,
    order: docOrder(block, sentence.start + pos),
    block,
    sentence,
    aliases,
    coControllers: co,
  });

  const re = langPatterns(lex);
  // One look for any of the cues first: most sentences name no controller.
  if (!test(re.anyStatement, text) && !definitions.some((d) => d.firstPerson && d.defined)) return out;
  const before = hits(re.namedBefore, text)[0];
  if (before && !env.negated(text, before.end)) {
    const pre = text.slice(0, before.start);
    const names = subjectNames(pre, env);
    // The role in apposition at the end, the subject no name: "Vos données sont traitées par la Mairie de Villeneuve,
    // responsable du traitement." names who stands before the comma.
    const inner = text.slice(before.start, before.end);
    const comma = inner.lastIndexOf(',');
    if (!names.length && comma > 0 && test(re.controllerRole, inner.slice(comma + 1))) {
      const run = nameRunBefore(text, before.start + comma, re.articles);
      if (run) names.push(fold(text.slice(run.start, run.end)).replace(re.article, ''));
    }
    // "La Fédération … (FFRP), …": the short form in brackets right after the name is its alias.
    const short = /\(([^()\s]{2,20})\)[\s,]*$/u.exec(beforeAppositive(pre, lex).replace(/[\s,]+$/u, ''))?.[1];
    const aliases = short && names.length && HAS_CAPITAL.test(short) && !sameName(short, names[0]) ? [short] : [];
    if (names.length) out.push({ ...make(names[0], before.start, aliases, names.slice(1)), role: test(re.controllerRole, text.slice(before.start, before.end)) });
  }
  const after = hits(re.namedAfter, text)[0];
  if (after && !out.length) {
    let run = nameAfter(text, after.end, env);
    // A pronoun with the name in apposition: "This Privacy Policy describes how I, Evgeniy Ivon (hereinafter “I”), collect …",
    // "… sets out how we, Telegram Messenger Inc. (“Telegram”), use …" (a pronoun in lower case opens no name run).
    const pronoun = run ? null : /^\s*(\p{L}+)\s*,\s*/u.exec(text.slice(after.end));
    if (pronoun && isPronoun(pronoun[1], lex)) run = nameAfter(text, after.end + pronoun[0].length, env);
    const apposition = run && isPronoun(text.slice(run.start, run.end), lex) ? /^\s*,\s*/u.exec(text.slice(run.end)) : null;
    if (run && apposition) run = nameAfter(text, run.end + apposition[0].length, env);
    // "Verantwortlich … ist die Rechtsanwaltskanzlei:" introduces the name on the next line; the label reading takes it.
    if (run && !/^\s*:\s*$/u.test(text.slice(run.end))) out.push({ ...make(withoutPossessive(text, run, lex), after.end), role: test(re.controllerRole, text.slice(after.start, after.end)) });
  }
  for (const h of hits(re.tradingAs, text)) {
    const entity = entitiesOf(text.slice(0, h.start), env).filter((e) => /^[\s,]*$/u.test(text.slice(e.end, h.start))).pop();
    const run = nameRunAfter(text, h.end + (/^\s/u.test(text.slice(h.end)) ? 1 : 0), re.articles);
    if (entity && run) out.push(make(entity.name, entity.start, [fold(text.slice(run.start, run.end))]));
  }
  for (const [cue, siteOnly] of [[re.tradeNameOf, false], [re.operatedBy, true]] as const) {
    for (const h of hits(cue, text)) {
      // Only a site operated by an entity names the controller; "Google Analytics, operated by Google" does not.
      const brand = nameRunBefore(text, h.start, re.articles);
      const brandText = brand ? fold(text.slice(brand.start, brand.end)) : '';
      // The policy's opening sentence, under no heading but the policy's title or one such as "Who is responsible", may
      // introduce the site by its subject ("Sunrise Yoga is run by Laura Kim.").
      const opening = !!brand && block.index <= 4 && sentence.start === 0 && (sectionTitle === null || controllerSection || test(re.policyTitle, sectionTitle)) && /^[\s*_"“‘']*$/u.test(text.slice(0, brand.start).replace(re.articleAnyCase, '')) && !isKnownService(brandText);
      if (!brand || (siteOnly && !isSiteName(brandText, siteName, env) && !opening)) continue;
      // Under a heading that is the brand itself, one of a list of services the site uses is described ("## BrainBox
      // Generatoren⏎BrainBox Generatoren ist ein Dienst der BrainBox Solutions GmbH"), not the site.
      if (!siteOnly && sectionTitle !== null && sameName(brandText, sectionTitle.trim()) && !isSiteName(brandText, siteName, env)) continue;
      const run = nameAfter(text, h.end, env);
      if (run) out.push(make(fold(text.slice(run.start, run.end)), run.start, [brandText]));
    }
  }
  const weAre = hits(re.weAre, text)[0];
  if (weAre) {
    const entity = entitiesOf(text.slice(weAre.end), env)[0];
    // "Wir, die Meier Consulting GmbH, …": an article may stand between.
    const gap = entity ? text.slice(weAre.end, weAre.end + entity.start).replace(/^[\s,]+/u, '').replace(re.articleAnyCase, '') : '';
    if (entity && gap === '') out.push(make(entity.name, weAre.end + entity.start));
    else if (!entity) {
      // "… ist uns, der Stadtbibliothek Musterstadt, ein Anliegen": a name closed by a comma after the article.
      const lead = /^\s*,?\s*/u.exec(text.slice(weAre.end))![0].length;
      const article = re.article.exec(text.slice(weAre.end + lead));
      const run = article ? nameRunAfter(text, weAre.end + lead + article[0].length, re.articles) : null;
      if (run && /^\s*,/u.test(text.slice(run.end))) out.push(make(fold(text.slice(run.start, run.end)), run.start));
    }
  }
  for (const d of definitions) if (d.firstPerson && d.defined) out.push({ ...make(d.defined, 0, d.names), order: d.order });
  return out;
}

/** The site's own name: a domain, the name in the title, or a name the contact e-mail domain spells ("OBS De Vlinderboom", info@obsdevlinderboom.nl). */
function isSiteName(name: string, siteName: string | null, env: NameEnv): boolean {
  return DOMAIN_LIKE.test(name) || (siteName !== null && sameName(name, siteName)) || env.domainLabels.has(squash(name));
}

/** "Verantwoordelijke voor gegevensverwerking:" (a label line) followed by the name, on the same line or the next block. */
function labelCandidates(ctx: ExtractContext, env: NameEnv): Candidate[] {
  const out: Candidate[] = [];
  const { controllerLabel: label, nameLabel, headingLabel, bareNameLabel, copulaLabel } = langPatterns(env.lex!);
  for (const block of ctx.doc.blocks) {
    // A table row whose first cell is the label: "| Verantwortlicher | Nordlicht Medien GmbH |".
    const cells = block.kind === 'tableRow' && block.cells && block.cells.length >= 2 ? block.cells : null;
    if (cells && headingLabel.test(block.text.slice(cells[0].start, cells[0].end).trim())) {
      const value = block.text.slice(cells[1].start, cells[1].end);
      const run = nameAfter(value, 0, env);
      if (run) out.push({ name: fold(value.slice(run.start, run.end)), rank: 1, order: docOrder(block, cells[1].start + run.start), block, sentence: sentenceAt(block, cells[1].start), aliases: [], coControllers: [] });
      continue;
    }
    // A paragraph that is a label ending in its verb or a cue ending the paragraph ("Le site est géré par :"): the name
    // opens the next block.
    if (block.kind === 'paragraph' && block.text.length <= 300) {
      const flat = fold(block.text);
      const cue = hits(langPatterns(env.lex!).namedAfter, flat).find((h) => /^\s*:?\s*$/u.test(flat.slice(h.end)));
      const next = ctx.doc.blocks[block.index + 1];
      // A label with its colon ("Verantwortlicher … ist:") is read line by line below.
      if ((copulaLabel.test(flat) || cue) && !label.test(flat) && next && (next.kind !== 'heading' || next.depth === 7)) {
        const first = lines(next)[0]?.text ?? '';
        // A field ("Naam: …", "Name" over its value) or a sentence ("Hieronder staan …") is read otherwise.
        const run = first.includes(':') || bareNameLabel.test(first) ? null : nameAfter(first, 0, env);
        if (run && !opensSentence(first.slice(run.end))) {
          out.push({ name: fold(first.slice(run.start, run.end)), rank: 1, order: docOrder(block, 0), block: next, sentence: block.sentences[0] ?? null, aliases: [], coControllers: [] });
          continue;
        }
      }
    }
    const blockLines = lines(block);
    // Every label is followed by a colon, except a heading that is a label on its own, or a short line that is a label
    // on its own over the name in the same block ("Betreiber der App⏎Frederik Muster, …").
    const labelLine = (i: number): boolean =>
      block.kind === 'heading' ||
      // (A table of contents, "Owner and Data Controller⏎Types of Data collected", has no contact details.)
      (i + 1 < blockLines.length && blockLines[i].text.length <= 60 && !/[.!?;,]\s*$/u.test(blockLines[i].text) && headingLabel.test(blockLines[i].text) && hasContactDetails(block, env)) ||
      labelParagraph(ctx, block, env);
    if (block.kind !== 'heading' && !block.text.includes(':') && !blockLines.some((_, i) => labelLine(i))) continue;
    for (const [i, line] of blockLines.entries()) {
      if (block.kind !== 'heading' && !line.text.includes(':') && !labelLine(i)) continue;
      const isHeadingLabel = labelLine(i) && headingLabel.test(line.text);
      // A cue closing the line's sentence with its colon ("…, finden Sie nachfolgend die Kontaktdaten der verantwortlichen
      // Person bzw. Stelle:"): a label too, the name on the next line.
      const m = label.exec(line.text) ?? (isHeadingLabel || cueClosesLine(line.text, env) ? ['', ''] : null);
      const n = nameLabel.exec(line.text);
      const sentence = sentenceAt(block, line.start);
      if (n) {
        const value = n[1].trim();
        // A name field holds the whole name, lower-case words and all ("Nom de l’association : Amélie la vie").
        const whole = value.replace(/^[*_]+|[*_]+$/gu, '').trim();
        const wholeName = /^\p{Lu}/u.test(whole) && !/[.;:!?()]|\s{2}/u.test(whole) && whole.split(/\s+/u).length <= 6 ? whole : null;
        const run = wholeName ? { start: 0, end: wholeName.length } : nameAfter(value, 0, env);
        // A name field belongs to a contact card only with contact details at hand; "Name: CONSENT Wert: …" is a cookie's.
        if (run && nearContactDetails(ctx, block, env)) out.push({ name: fold((wholeName ?? value).slice(run.start, run.end)), rank: 2, order: docOrder(block, line.start), block, sentence, aliases: [], coControllers: [] });
        continue;
      }
      if (!m) continue;
      let value = (m[1] ?? '').trim();
      let where = block;
      let fromNext = false;
      // An owner's line under the name of a business ("Inhaber: Peter Holzmann" under "Schreinerei Holzmann"): the
      // business is the controller, its owner an alias.
      const owner = block.kind !== 'heading' && value && hits(langPatterns(env.lex!).detailClause, line.text).some((h) => h.start === 0);
      const above = owner ? nameLineAbove(ctx, block, i, env) : null;
      if (above) {
        const ownerRun = nameAfter(value, 0, env);
        out.push({ name: fold(above.text), rank: 1, order: docOrder(block, line.start), block, sentence, aliases: ownerRun ? [fold(value.slice(ownerRun.start, ownerRun.end))] : [], coControllers: [] });
        continue;
      }
      // The name on the next line of the same block ("… ist:<br>Physiotherapiepraxis Frankenhausen<br>Römerweg 4").
      const at = blockLines.findIndex((l) => l.start === line.start) + 1;
      const following = blockLines[at];
      let joined = false;
      if (!value && following && following.text.trim()) ({ text: value, joined } = withContinuation(blockLines, at, env));
      if (!value) {
        const next = ctx.doc.blocks[block.index + 1];
        // After a label line in running text, a short line set apart as a heading ("**Acme GmbH**") is still its value.
        // Under a heading label, a following heading is its value only when it carries contact details (a plain-text
        // "Betreiber der App⏎Frederik Muster, frederik at …" reads both short lines as headings).
        // A name line set apart over the rest of its card ("Max Mertens" over "Lindenweg 4⏎…⏎E-Mail: …") is one too.
        const cardAfter = (h: Block): boolean => h.depth === 7 && !!ctx.doc.blocks[h.index + 1] && ctx.doc.blocks[h.index + 1].kind !== 'heading' && hasContactDetails(ctx.doc.blocks[h.index + 1], env);
        if (!next || (next.kind === 'heading' && block.kind === 'heading' && !hasContactDetails(next, env) && !cardAfter(next))) continue;
        ({ text: value, joined } = withContinuation(lines(next), 0, env));
        where = next;
        fromNext = true;
        // The next block is a label line of its own ("## Verantwortliche Stelle" over "Verantwortlich … ist:"): it is read in its turn.
        if (label.test(value) || /:\s*$/u.test(value) || copulaLabel.test(fold(next.text))) continue;
      }
      // "Verantwortlicher … ist:⏎Name⏎Ulrich Frey": a field label on its own line; its value is the line after it.
      if (bareNameLabel.test(value)) {
        const whereLines = lines(where);
        const at = whereLines.findIndex((l) => l.text.trim() === value);
        const after = at >= 0 ? whereLines[at + 1] : undefined;
        const nextBlock = ctx.doc.blocks[where.index + 1];
        value = (after?.text ?? (nextBlock && nextBlock.kind !== 'heading' ? lines(nextBlock)[0]?.text : '') ?? '').trim();
        if (!after && nextBlock) where = nextBlock;
      }
      // "[Name, Postadresse, E-Mail-Adresse des Verantwortlichen]": a template's placeholder in brackets names no one.
      if (/^\[[^\]]*\]$/u.test(value.trim())) continue;
      // "Responsable du traitement :⏎Raison sociale : Couturier Arthur": the value is itself a name field.
      const field = nameLabel.exec(value);
      if (field && field[1]?.trim()) value = field[1].trim();
      // A name broken over two lines is read whole ("Praxis für Kunsttherapie und psychologische Beratung").
      const broken = joined && STARTS_CAPITAL.test(value) && !/[.;:!?()]/u.test(value) && value.split(/\s+/u).length <= 10;
      // A line that is a name whole, its particles and articles included ("Curt Engelhorn-Stiftung für die
      // Reiss-Engelhorn-Museen"), not cut at the first legal form.
      const words = value.trim().split(/\s+/u);
      const articles = langPatterns(env.lex!).articles;
      const wholeLine = !broken && value === value.trim() && STARTS_CAPITAL.test(value) && !/[.;:!?(),\d]/u.test(value) && words.length >= 3 && words.length <= 10 &&
        words.every((w) => isNameWord(w) || PARTICLES.has(w) || articles.has(w)) && isNameWord(words[words.length - 1]);
      const run = broken || wholeLine ? { start: 0, end: value.length } : nameAfter(value, 0, env);
      if (!run) continue;
      // The next block opens with a sentence, not a name ("## 1. Verwerkingsverantwoordelijke⏎Hieronder staan de gegevens …").
      // (Only under a numbered heading, read as a label since numbers are allowed before it; an unnumbered one keeps its reading.)
      if (fromNext && !field && headingNumber().test(block.text) && opensSentence(value.slice(run.end))) continue;
      // A person, then the organisation they act for: "Verantwortliche/r: Bernd Koch (Vorsitzender), Förderverein
      // Grundschule Am See e.V., Seestraße 1, …": the organisation is the controller, the person an alias.
      const rest = value.slice(run.end);
      const lead = /^\s*(?:\([^()]{1,40}\))?\s*,\s*/u.exec(rest);
      const entity = lead && !entitiesOf(value.slice(run.start, run.end), env).length ? entitiesOf(rest, env).find((e) => e.start === lead[0].length) : undefined;
      if (entity) {
        out.push({ name: entity.name, rank: 1, order: docOrder(block, line.start), block: where, sentence, aliases: [fold(value.slice(run.start, run.end)).replace(/\s*\([^()]*\)$/u, '')], coControllers: [] });
        continue;
      }
      // "Marc Leroy, président de l'association Vélo Pour Tous", "Jane Fowler, Secretary, Riverside Rowing Club": the
      // person's role in an organisation named after it; the organisation is the controller, the person an alias.
      const roleAt = lead && PERSON_NAME().test(fold(value.slice(run.start, run.end))) ? roleLead(rest.slice(lead[0].length), env.lex) : 0;
      const orgRun = roleAt ? nameAfter(rest, lead![0].length + roleAt, env) : null;
      if (orgRun && STARTS_CAPITAL.test(rest.slice(orgRun.start)) && !implausibleName(rest.slice(orgRun.start, orgRun.end), env.lex)) {
        out.push({ name: fold(rest.slice(orgRun.start, orgRun.end)), rank: 1, order: docOrder(block, line.start), block: where, sentence, aliases: [fold(value.slice(run.start, run.end))], coControllers: [] });
        continue;
      }
      // A person's name, then the organisation on the card's next line ("Hans Meier⏎Tennisclub Musterstadt e.V.⏎Musterweg
      // 1"): the person is the contact or representative, the organisation the controller and the person an alias.
      const person = fold(value.slice(run.start, run.end));
      if (!field && !bareNameLabel.test(m[1] ?? '') && PERSON_NAME().test(person) && /^\s*$/u.test(value.slice(run.end))) {
        const valueLines = fromNext ? lines(where) : blockLines;
        const valueAt = fromNext ? 0 : (m[1] ?? '').trim() ? at - 1 : at;
        const nextLine = valueLines[valueAt + (joined ? 2 : 1)]?.text.trim() ?? '';
        const org = entitiesOf(nextLine, env).find((e) => e.start === 0 && /^[\s.,]*$/u.test(nextLine.slice(e.end)));
        if (org && !PERSON_NAME().test(org.name)) {
          out.push({ name: org.name, rank: 1, order: docOrder(block, line.start), block: where, sentence, aliases: [person], coControllers: [] });
          continue;
        }
      }
      // A line that runs on past the name words to a legal form is the name whole ("Institut für ganzheitliches
      // Erleben (IFGE) - Silvia Podlisca e.U."), when it is short and holds no clause ("Max Muster, Muster GmbH").
      const tail = entitiesOf(value, env).pop();
      const whole = !!tail && tail.start > run.end && /^[\s.]*$/u.test(value.slice(tail.end)) && /^\s*$/u.test(value.slice(0, run.start)) && !/[,;:!?]/u.test(value.slice(0, tail.end)) && value.trim().split(/\s+/u).length <= 12;
      out.push({ name: fold(value.slice(run.start, whole ? tail.end : run.end)), rank: 1, order: docOrder(block, line.start), block: where, sentence, aliases: [], coControllers: [] });
    }
  }
  return out;
}

/** A line that ends in a cue for the name and its colon, the line's last sentence ("… die Kontaktdaten der verantwortlichen Stelle:"). */
function cueClosesLine(line: string, env: NameEnv): boolean {
  if (!/:\s*$/u.test(line)) return false;
  const flat = fold(line);
  return hits(langPatterns(env.lex!).namedAfter, flat).some((h) => h.start > 0 && /^\s*:?\s*$/u.test(flat.slice(h.end)));
}

/**
 * A paragraph of one short line that is a label on its own, no colon, set apart over the name's card
 * ("verantwortliche Stelle im Sinne des Datenschutzrechts⏎⏎Gewerkschaft Musterberuf⏎⏎Musterweg 21"): the next block
 * is a name line with contact details in it or right after it.
 */
function labelParagraph(ctx: ExtractContext, block: Block, env: NameEnv): boolean {
  if (block.kind !== 'paragraph' || block.text.includes('\n') || block.text.length > 80 || /[.!?;,:]\s*$/u.test(block.text)) return false;
  if (!langPatterns(env.lex!).headingLabel.test(block.text)) return false;
  const next = ctx.doc.blocks[block.index + 1];
  if (!next || next.kind !== 'paragraph' || !nameLine(lines(next)[0])) return false;
  // Each line of the card may be a paragraph of its own: a street or a postcode and place counts as a detail then.
  const { wholeStreet, postcodePlace } = SHARED();
  const card = ctx.doc.blocks.slice(next.index, next.index + 4);
  return nearContactDetails(ctx, next, env) || card.some((b) => b.kind === 'paragraph' && (wholeStreet.test(b.text) || (/\d/u.test(b.text) && test(postcodePlace, b.text))));
}

/**
 * The text of line `k`, with the next line when that one goes on with a conjunction in lower case ("Praxis für
 * Kunsttherapie⏎und psychologische Beratung⏎Elfie Ahrens"): a name broken over two lines of a card.
 */
function withContinuation(ls: readonly Token[], k: number, env: NameEnv): { text: string; joined: boolean } {
  const text = ls[k]?.text.trim() ?? '';
  const next = ls[k + 1]?.text.trim();
  const conjunctions = env.lex?.conjunctions ?? [];
  const word = next ? /^(\p{Ll}+|&)\s+\S/u.exec(next)?.[1] : undefined;
  if (!next || !word || !(word === '&' || conjunctions.includes(word)) || /[.,;:]$/u.test(text)) return { text, joined: false };
  return { text: `${text} ${next}`, joined: true };
}

const headingNumber = once(() => new RegExp(`^\\s*(?:${HEADING_NUMBERS.join('|')})\\s`, 'u'));

/** The text after a name goes on as a sentence: a lower-case word other than a particle ("Hieronder staan …"). */
function opensSentence(rest: string): boolean {
  const word = /^\s+(\p{Ll}+)/u.exec(rest)?.[1];
  return !!word && !PARTICLES.has(word);
}

/** An e-mail address, a street address or a phone number in the block. */
function hasContactDetails(block: Block, env: NameEnv): boolean {
  return findEmails(block).length > 0 || findAddresses(block).length > 0 || findPhones(block, env.lex).length > 0;
}

/** An e-mail address, a street address or a phone number in this block or the three after it. */
function nearContactDetails(ctx: ExtractContext, block: Block, env: NameEnv): boolean {
  for (const b of ctx.doc.blocks.slice(block.index, block.index + 4)) {
    if (findEmails(b).length > 0 || findAddresses(b).length > 0 || findPhones(b, env.lex).length > 0) return true;
  }
  return false;
}

/** A card's name line: at most six words, each a name word or a particle, no label's colon. */
function nameLine(l: Token | undefined): l is Token {
  // A number may open the name ("50+ AdviesCentrum", "100 Shapes Ltd"), not a year nor a date ("12 March").
  const opener = (t: Token, i: number, all: Token[]): boolean => i === 0 && all.length > 1 && NUMBER_WORD.test(t.text) && !YEAR.test(t.text) && !MONTH_WORD().test(all[1].text);
  // A dash between the name and what the person or business does ("Jan Oberhuber – Webentwicklung"), and the lower-case
  // part of an academic title after its head ("Dr. med. Susanne Brandt").
  const inner = (t: Token, i: number, all: Token[]): boolean => i > 0 && i < all.length - 1 && (LINE_DASH.test(t.text) || (ACADEMIC_PART().test(t.text) && /\.$/u.test(all[i - 1].text)));
  // A quoted part of the name ('D.S.V. "Nieuwe Delft"') is read without its quotation marks.
  const word = (t: Token): string => t.text.replace(/[,]$/u, '').replace(QUOTE_OPENER, '').replace(QUOTE_CLOSER, '');
  return !!l && !/:$/u.test(l.text) && tokens(l.text).length <= 6 && tokens(l.text).every((t, i, all) => isNameWord(word(t)) || PARTICLES.has(t.text) || opener(t, i, all) || inner(t, i, all));
}
const LINE_DASH = /^[–—|·-]$/u;
const ACADEMIC_PART = once(() => new RegExp(`^(?:${ACADEMIC_TITLE_PARTS.join('|')})\\.$`, 'u'));

/**
 * The name line above an owner's line of a card ("Schreinerei Holzmann⏎Inhaber: Peter Holzmann⏎Werkstr. 3"): the line
 * before it in the block or, when the page set the name apart ("**Schreinerei Holzmann**"), the short block before.
 */
function nameLineAbove(ctx: ExtractContext, block: Block, i: number, env: NameEnv): Token | null {
  const { headingLabel, policyTitle } = langPatterns(env.lex!);
  let above: Token | undefined;
  if (i > 0) above = lines(block)[i - 1];
  else {
    const prev = ctx.doc.blocks[block.index - 1];
    if (prev && ((prev.kind === 'heading' && prev.depth === 7) || (prev.kind === 'paragraph' && !prev.text.includes('\n')))) above = lines(prev).at(-1);
  }
  if (!above || !nameLine(above) || headingLabel.test(above.text) || test(policyTitle, above.text) || !namesSomething(above.text)) return null;
  return above;
}

/**
 * The block right before a card introduces someone other than the controller: a heading or a label ending in a colon
 * that names the data protection officer or an authority ("Wir haben einen Datenschutzbeauftragten benannt:",
 * "Kontaktdaten unseres Datenschutzbeauftragten:"), and no controller label.
 */
function introducesOther(ctx: ExtractContext, block: Block, lex: ControllerLexicon | null): boolean {
  let prev = ctx.doc.blocks[block.index - 1];
  // The card's name line set apart ("Kranich Datenschutz GmbH" over its street and e-mail) stands between.
  if (prev && prev.kind === 'heading' && prev.depth === 7 && block.kind !== 'heading') prev = ctx.doc.blocks[prev.index - 1];
  if (!prev || prev.text.length > 200 || (prev.kind !== 'heading' && !/:\s*$/u.test(prev.text))) return false;
  if (!test(SHARED().dpoTitle, prev.text) && !authorityIn(prev.text)) return false;
  const re = lex ? langPatterns(lex) : null;
  return !re || !(re.controllerLabel.test(prev.text) || re.headingLabel.test(prev.text) || re.copulaLabel.test(fold(prev.text)));
}

/** Blocks that read as an address card: a name line, then street, postcode, phone, e-mail or website lines. */
function contactBlockCandidates(ctx: ExtractContext, env: NameEnv): Candidate[] {
  const out: Candidate[] = [];
  const { dpoTitle, wholeStreet, postcodePlace } = SHARED();
  for (const block of ctx.doc.blocks) {
    if (!block.text.includes('\n')) continue;
    const ls = lines(block).filter((l) => l.text);
    if (ls.length < 2 || test(dpoTitle, block.text) || authorityIn(block.text) || introducesOther(ctx, block, env.lex)) continue;
    const emails = textEmails(block);
    const detail = (l: Token): boolean =>
      wholeStreet.test(l.text) ||
      (/\d/u.test(l.text) && test(postcodePlace, l.text)) ||
      // An e-mail address on a card's line, not one inside a paragraph of prose under a numbered heading
      // ("6. **Widerspruchsrecht**⏎Sofern Ihre … genügt eine E-Mail an info@…").
      (emails.some((e) => l.start <= e.start && e.end <= l.end) && tokens(l.text).length <= 16) ||
      /^(?:https?:\/\/|www\.)/iu.test(l.text);
    const firstDetail = ls.findIndex(detail);
    if (firstDetail < 1) continue;
    let pick: Token | null = null;
    for (const l of ls.slice(0, firstDetail)) {
      const e = entitiesOf(l.text, env)[0];
      if (e && tokens(l.text).length <= 8) {
        pick = { text: e.name, start: l.start + e.start, end: l.start + e.end };
        break;
      }
    }
    // A line of the owner or representative ("Inh. Sabine Roth", "vertreten durch …") stands between name and street.
    let at = firstDetail - 1;
    const ownerLine = env.lex ? langPatterns(env.lex).detailClause : null;
    while (at > 0 && ownerLine && hits(ownerLine, ls[at].text).some((h) => h.start === 0)) at--;
    const prev = ls[at];
    const aliases: string[] = [];
    if (!pick && nameLine(prev)) {
      pick = prev;
      // A sole trader's card: the person's name over the trade name ("Stefanie Wagner⏎Fotografie Wagner⏎Am Markt 2"):
      // the person is the controller, the trade name an alias.
      const above = ls[at - 1];
      if (nameLine(above) && PERSON_NAME().test(above.text.trim())) {
        aliases.push(fold(prev.text));
        pick = above;
      }
    }
    if (pick) out.push({ name: fold(pick.text), rank: 2, order: docOrder(block, pick.start), block, sentence: sentenceAt(block, pick.start), aliases, coControllers: [] });
  }
  // A card written as a list, one item a line ("<li>50+ AdviesCentrum</li><li>Postbus 14</li><li>9750 AA Haren</li>"):
  // the name item first, a street, postcode or e-mail item among the next three.
  const blocks = ctx.doc.blocks;
  for (const [i, block] of blocks.entries()) {
    if (block.kind !== 'listItem' || blocks[i - 1]?.kind === 'listItem' || introducesOther(ctx, block, env.lex)) continue;
    const items: Block[] = [];
    for (let k = i; k < blocks.length && items.length < 8 && blocks[k].kind === 'listItem' && !blocks[k].text.includes('\n') && blocks[k].text.length <= 80; k++) items.push(blocks[k]);
    // Not the officer's or an authority's card, nor one under a heading or sentence that introduces them ("##
    // Datenschutzbeauftragter⏎Der betriebliche Datenschutzbeauftragte ist⏎- Herr …").
    const intro = blocks.slice(Math.max(0, i - 2), i);
    if (items.length < 3 || [...items, ...intro].some((b) => test(dpoTitle, b.text) || authorityIn(b.text))) continue;
    const detail = (b: Block): boolean => wholeStreet.test(b.text.trim()) || (/\d/u.test(b.text) && test(postcodePlace, b.text)) || textEmails(b).length > 0;
    if (!items.slice(1, 4).some(detail) || detail(items[0])) continue;
    const first = items[0];
    const trimmed = first.text.trim();
    const at = first.text.indexOf(trimmed);
    const line: Token = { text: trimmed, start: at, end: at + trimmed.length };
    const e = entitiesOf(first.text, env)[0];
    const pick = e && tokens(first.text).length <= 8 ? { text: e.name, start: e.start } : nameLine(line) ? line : null;
    if (pick) out.push({ name: fold(pick.text), rank: 2, order: docOrder(first, pick.start), block: first, sentence: sentenceAt(first, pick.start), aliases: [], coControllers: [] });
  }
  return out;
}

/** A person's name as a card line: two or three capitalised words, an academic title or a particle allowed ("Dr. med. Julia Sommer"). */
const PERSON_NAME = once(() => new RegExp(
  `^(?:(?:${PERSON_TITLES.join('|')})\\.?\\s+(?:(?:${ACADEMIC_TITLE_PARTS.join('|')})\\.\\s+)?)*\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s+(?:${PERSON_PARTICLES.join('|')})(?=\\s))?(?:\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){1,2}$`,
  'u',
));

const HEADING_NAME_PATTERNS = new WeakMap<ControllerLexicon, RegExp[]>();

/**
 * The name a template writes into its section headings ("Persoonsgegevens die Bakkerij Vos verwerkt", "Hoe lang
 * Bakkerij Vos persoonsgegevens bewaart"): the same name in two such headings is the controller's, as the template's
 * opening sentence would have said.
 */
function templateHeadingCandidates(ctx: ExtractContext, env: NameEnv): Candidate[] {
  const lex = env.lex;
  if (!lex?.nameInHeadings?.length) return [];
  let patterns = HEADING_NAME_PATTERNS.get(lex);
  if (!patterns) {
    // A numbered heading ("3. Waarom …") and closing punctuation are allowed; the name is at most eight words.
    const name = "(\\p{Lu}[\\p{L}\\p{N}.&'’+-]*(?:\\s+[\\p{L}\\p{N}.&'’+–-]+){0,7}?)";
    patterns = lex.nameInHeadings.map((p) => caselessRegExp(`^\\s*(?:\\d+(?:\\.\\d+)*\\.?\\s+)?${p.replace('NAME', name)}\\s*[?:.!]?\\s*$`, 'iu'));
    HEADING_NAME_PATTERNS.set(lex, patterns);
  }
  const seen: { name: string; block: Block }[] = [];
  for (const block of ctx.doc.blocks) {
    if (block.kind !== 'heading') continue;
    for (const re of patterns) {
      const m = re.exec(block.text);
      if (m?.[1]) seen.push({ name: fold(m[1]), block });
    }
  }
  const out: Candidate[] = [];
  for (const [i, first] of seen.entries()) {
    if (out.some((c) => sameName(c.name, first.name))) continue;
    if (!seen.some((other, j) => j !== i && other.block !== first.block && sameName(other.name, first.name))) continue;
    out.push({ name: first.name, rank: 2, order: docOrder(first.block, 0), block: first.block, sentence: null, aliases: [], coControllers: [] });
  }
  return out;
}

/**
 * A bold line, heading or short paragraph that is a legal entity and nothing else ("**Schulförderverein des
 * KreativCampus Evershagen e.V.**", "<span>**Jimdo GmbH**</span>") with contact details or address lines in the
 * blocks after it: the name line of an address card that the page split into paragraphs.
 */
function headingCardCandidates(ctx: ExtractContext, env: NameEnv): Candidate[] {
  const out: Candidate[] = [];
  for (const block of ctx.doc.blocks) {
    if ((block.kind !== 'heading' && block.kind !== 'paragraph') || block.text.length > 120 || authorityIn(block.text) || introducesOther(ctx, block, env.lex)) continue;
    const e = entitiesOf(block.text, env).find((x) => x.kind !== 'public');
    if (!e || fold(block.text.slice(e.start, e.end)).length < fold(block.text).replace(/[*_:]+/gu, '').trim().length - 2) continue;
    const next = ctx.doc.blocks.slice(block.index + 1, block.index + 4);
    if (!next.length || !(nearContactDetails(ctx, next[0], env) || next.some((b) => cardLine(b.text)))) continue;
    out.push({ name: e.name, rank: 2, order: docOrder(block, e.start), block, sentence: null, aliases: [], coControllers: [] });
  }
  return out;
}

/** A line of an address card split into paragraphs: a street with its number, or a postcode and place. */
function cardLine(text: string): boolean {
  const { wholeStreet, postcodePlace } = SHARED();
  return wholeStreet.test(text.trim()) || (/\d/u.test(text) && text.length < 60 && test(postcodePlace, text));
}

/**
 * The first legal entity under a heading such as "Wie zijn wij?", "Who we are", "Verwerkingsverantwoordelijke"; else
 * the subject of the section's opening sentence when it is a name ("## Wie zijn wij?⏎Fysiotherapie De Linde is een
 * praktijk …").
 */
function controllerSectionCandidates(ctx: ExtractContext, env: NameEnv): Candidate[] {
  let opening: Sentence | null = null;
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'heading' || !ctx.inTopic(block, 'controller') || authorityIn(block.text)) continue;
    const e = entitiesOf(block.text, env).find((x) => x.kind !== 'public' || x.start === 0);
    if (e) return [{ name: e.name, rank: 2, order: docOrder(block, e.start), block, sentence: sentenceAt(block, e.start), aliases: [], coControllers: [] }];
    opening ??= block.sentences[0] ?? null;
  }
  const subject = opening && env.lex ? sectionSubject(opening, env) : null;
  return subject && opening ? [{ name: subject, rank: 2, order: docOrder(opening.block, opening.start), block: opening.block, sentence: opening, aliases: [], coControllers: [] }] : [];
}

/** The name a sentence opens with as its subject, the whole text before its verb ("Fysiotherapie De Linde is …"). */
function sectionSubject(sentence: Sentence, env: NameEnv): string | null {
  const lex = env.lex!;
  const verb = new RegExp(`\\s(?:${lex.subjectVerbs.join('|')})\\s`, 'u').exec(sentence.text);
  if (!verb || verb.index > 80) return null;
  const pre = sentence.text.slice(0, verb.index);
  const run = nameRunBefore(pre, pre.length, langPatterns(lex).articles);
  if (!run || !/^[\s*_"“‘']*$/u.test(pre.slice(0, run.start).replace(langPatterns(lex).articleAnyCase, ''))) return null;
  const name = fold(pre.slice(run.start, run.end));
  return validName(name, env) && !isCommonWord(name) ? name : null;
}

/**
 * The person a contact sentence sends the reader to by courtesy title ("wenden Sie sich bitte an Herrn Rechtsanwalt
 * Norman Noczinski"), not a data protection officer: the first such person, or null.
 */
function contactPersonCandidate(ctx: ExtractContext, env: NameEnv): Candidate | null {
  const cue = env.lex ? langPatterns(env.lex).contactPerson : null;
  if (!cue) return null;
  const { dpoTitle, dpoAbbreviation } = SHARED();
  for (const sentence of ctx.doc.sentences) {
    if (sentence.block.kind === 'heading' || test(dpoTitle, sentence.text) || test(dpoAbbreviation, sentence.text)) continue;
    const h = hits(cue, sentence.text)[0];
    const run = h && /^\s/u.test(sentence.text.slice(h.end)) ? nameRunAfter(sentence.text, h.end + 1, langPatterns(env.lex!).articles) : null;
    if (!run || run.start !== h.end + 1) continue;
    const name = fold(sentence.text.slice(run.start, run.end));
    // A person's name is two words at least, one of them the family name ("Herrn Noczinski" alone is too little).
    if (name.split(' ').length < 2 || !validName(name, env) || entitiesOf(name, env).length) continue;
    return { name, rank: 3, order: docOrder(sentence.block, sentence.start + run.start), block: sentence.block, sentence, aliases: [], coControllers: [] };
  }
  return null;
}

/** "write to Zebra Labs Ltd, 12 Queen Street, Edinburgh, EH2 1JE" in a contact or controller section. */
function entityWithAddressCandidates(ctx: ExtractContext, env: NameEnv): Candidate[] {
  const out: Candidate[] = [];
  for (const block of ctx.doc.blocks) {
    const addresses = findAddresses(block);
    if (!addresses.length || !(ctx.inTopic(block, 'contact') || ctx.inTopic(block, 'controller') || block.section < 0) || introducesOther(ctx, block, env.lex)) continue;
    for (const e of entitiesOf(block.text, env)) {
      if (e.kind === 'public' || block.text[e.start - 1] === '(') continue;
      if (!addresses.some((a) => a.start > e.end && /^[\s,]*$/u.test(block.text.slice(e.end, a.start)))) continue;
      out.push({ name: e.name, rank: 2, order: docOrder(block, e.start), block, sentence: sentenceAt(block, e.start), aliases: [], coControllers: [] });
    }
  }
  return out;
}

// The registries' patterns, one alternation each (the same sources, so the same compiled RegExp, as other extractors use).
const authorityPattern = once(() => wordPattern(AUTHORITIES.flatMap((a) => a.patterns)));
/**
 * The same pattern scanned by first character (src/lexicon/dispatch.ts): its 233 phrases, written for `u` without
 * `i`, made V8 try each at every character of every sentence and name asked about, about 8× slower than this.
 */
const authorityScanner = once(() => makeAuthorityScanner());
/** The authorities' scanner, with the plan the build saved for it (src/lexicon/plans.ts) when there is one; null: not scannable. */
export function makeAuthorityScanner(plan = scannerPlan(SCANNERS.authorities)): BranchScanner | null {
  const parts = wordPatternParts(AUTHORITIES.flatMap((a) => a.patterns));
  return parts && new BranchScanner(parts.branches, parts.flags, captureGroups, parts.wrap, plan);
}
/** Laws, frameworks and terms of the law registry ("EU-U.S. Privacy Shield Framework"): no organisation's name. */
const lawNames = once(() => wordPattern(LAWS.flatMap((l) => l.patterns)));

/**
 * Texts already tested for an authority: the same sentences and domains are asked about again and again. Bounded
 * to a few policies' worth: the keys are mostly block texts, and at 20 000 it held nearly every block of a
 * 300-policy run alive (about 10 MB that the collector then sized the heap by).
 */
const AUTHORITY_SEEN = new Map<string, boolean>();
const AUTHORITY_SEEN_LIMIT = 2000;

/** True when a supervisory authority is named (or linked by its domain) in the text. */
export function authorityIn(text: string): boolean {
  let found = AUTHORITY_SEEN.get(text);
  if (found === undefined) {
    const scanner = authorityScanner();
    found = scanner ? scanner.scan(text, 1).length > 0 : test(authorityPattern(), text);
    if (AUTHORITY_SEEN.size >= AUTHORITY_SEEN_LIMIT) AUTHORITY_SEEN.clear();
    AUTHORITY_SEEN.set(text, found);
  }
  return found;
}

/** The site's name in the policy title: "Privacyverklaring | PSV Westfriesland" -> "PSV Westfriesland". */
function siteNameFromTitle(title: string | null, lex: ControllerLexicon | null): string | null {
  if (!title || !lex || !test(langPatterns(lex).policyTitle, title)) return null;
  // A part of the title where a conjunction joins the policy's title to another ("Algemene voorwaarden & Privacybeleid",
  // "Datenschutz & Privatsphäre", "Privacybeleid & Cookiebeleid – Dakbedrijf 'T Noorden") names documents, not the
  // site; "Privacy Policy – Smith & Jones" keeps its name.
  const conjunction = `(?:${lex.conjunctions.map(escapeRegExp).join('|')})`;
  const joined = new RegExp(`\u0000\\s*${conjunction}(?=\\s)|(?<=\\s)${conjunction}\\s*\u0000`, 'iu');
  const parts = title.replace(langPatterns(lex).policyTitleWords, '\u0000').split(/\s+[|–—:•·-]\s+|[|–—•·]/u);
  const rest = parts.filter((p) => !joined.test(p)).join(' ').replace(/\u0000/gu, ' ').replace(/[|–—:•·]/gu, ' ').replace(/(?:^|\s)-(?:\s|$)/gu, ' ');
  // Words in lower case before the name are the heading's phrase, no part of it ("Privacyverklaring opleiding HAN
  // Bedrijfskunde", "Datenschutzhinweise fuer deine Website.").
  const name = fold(rest).replace(/^(?:\p{Ll}+\s+)+(?=\S*[\p{Lu}\p{N}])/u, '').replace(/(?<=\p{L})\.$/u, '');
  // Particles are not counted: "Festival des films de plein air" is four words and two particles.
  const words = tokens(name);
  if (langPatterns(lex).genericName.test(name)) return null;
  // A sentence, not a name: "Je respecte ta vie privée", "Wij respecteren uw privacy".
  if (words.length && isPronoun(words[0].text, lex)) return null;
  return name && words.length <= 8 && words.filter((t) => !PARTICLES.has(t.text.toLowerCase())).length <= 5 && words.some((t) => isNameWord(t.text)) ? name : null;
}

/** The policy's own top heading ("# Privacyverklaring OBS De Vlinderboom", "## Privacyverklaring NLUUG"), near the top, where the document title (from front matter) names no site. */
function firstTitleHeading(ctx: ExtractContext): string | null {
  const first = ctx.doc.blocks.find((b) => b.kind === 'heading');
  return first && first.depth <= 2 && first.index <= 3 ? first.text : null;
}

/** An HTML page's <title> and og:title, whole: the document title keeps only the part before " | Site". */
function htmlTitles(ctx: ExtractContext): string[] {
  if (ctx.doc.format !== 'html') return [];
  const head = ctx.doc.source.text.slice(0, 20000);
  const out: string[] = [];
  const title = /<title[^>]*>([^<]{1,200})<\/title>/iu.exec(head);
  if (title) out.push(title[1]);
  const og = /<meta\s[^>]*property=["']og:(?:title|site_name)["'][^>]*content=["']([^"'<>]{1,200})["']/giu;
  for (const m of head.matchAll(og)) out.push(m[1]);
  return out.map((t) => fold(t.replace(/&amp;/gu, '&').replace(/&#0?39;|&apos;/gu, "'").replace(/&[a-z]+;|&#\d+;/gu, ' ')));
}

/**
 * The last resort of an HTML page: its <title> when that is a name of two to four capitalised words and nothing else
 * ("<title>Villa Prenc</title>"), not common words ("Data Protection") or a policy's title.
 */
function pageTitleCandidate(ctx: ExtractContext, env: NameEnv): Candidate | null {
  const title = htmlTitles(ctx)[0];
  const block = ctx.doc.blocks[0];
  if (!title || !block || !env.lex || test(langPatterns(env.lex).policyTitle, title)) return null;
  const words = title.split(' ');
  if (words.length < 2 || words.length > 4 || !words.every((w) => STARTS_CAPITAL.test(w) && isNameWord(w)) || words.every((w) => isCommonWord(w))) return null;
  if (!validName(title, env) || isCommonWord(title) || authorityIn(title)) return null;
  return { name: title, rank: 3, order: 0, block, sentence: null, aliases: [], coControllers: [] };
}

/** True when the body text writes the word in lower case: an ordinary word ("algemene"), not a name. */
function writtenInLowerCase(ctx: ExtractContext, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  // "Foto's" over a text that writes "foto’s": either apostrophe is the same word.
  const plain = (w: string): string => w.replace(/’/gu, "'");
  return ctx.doc.blocks.some((b) => b.kind !== 'heading' && [...b.text.matchAll(LOWER_WORD)].some((m) => plain(m[0]) === plain(lower)));
}

/** True when a non-heading block writes the name as whole words. */
function usedInText(ctx: ExtractContext, name: string): boolean {
  const re = caselessRegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu');
  return ctx.doc.blocks.some((b) => b.kind !== 'heading' && re.test(b.text));
}

/** The site's name from the title, the first heading or the HTML page title ("Zwolle Bitcoin Stad - Privacybeleid"). */
function siteNameOf(ctx: ExtractContext, lex: ControllerLexicon | null): string | null {
  for (const title of [ctx.doc.title, firstTitleHeading(ctx), ...htmlTitles(ctx)]) {
    const name = siteNameFromTitle(title, lex);
    // One word the text writes in lower case is an ordinary word capitalised by the title ("Algemene Privacyverklaring").
    if (!name) continue;
    // One word straight before the policy word ("Algemene Privacyverklaring") may be an adjective: the text must use it.
    const adjectiveLike = !!title && title.trimStart().startsWith(name) && /^\s+\S/u.test(title.trimStart().slice(name.length));
    if (!name.includes(' ') && (writtenInLowerCase(ctx, name) || (adjectiveLike && !usedInText(ctx, name)))) continue;
    return name;
  }
  return null;
}

/** Copyright holders ("© PSV Westfriesland", "© 2020 GitHub, Inc."), with where each is written. */
function copyrightHolders(ctx: ExtractContext, env: NameEnv): { name: string; block: Block; start: number }[] {
  if (!env.lex) return [];
  const out: { name: string; block: Block; start: number }[] = [];
  for (const block of ctx.doc.blocks) {
    for (const h of hits(langPatterns(env.lex).copyright, block.text)) {
      const run = nameAfter(block.text, h.end, env);
      if (run) out.push({ name: fold(block.text.slice(run.start, run.end)), block, start: run.start });
    }
  }
  return out;
}

/**
 * A capitalised token that reads as no name: an abbreviation before a number ("Art. 4", "Nr. 12"), or a plural of
 * initials ("IDs", "MPs", "URLs").
 */
function notAName(t: Token, after: string): boolean {
  const word = t.text.replace(OPENERS, '');
  if (/^\p{Lu}\p{L}{0,4}\.$/u.test(word) && /^\s*\d/u.test(after)) return true;
  return /^\p{Lu}{2,}s[,;:.!?)]*$/u.test(word);
}

/**
 * When no text says who the controller is: the name the site goes by. Words tied to the contact domain
 * ("noyb" for info@noyb.eu, "activist.org"), the title, and brand-like words used often ("SourceHut") compete.
 */
/**
 * "Does a range hold this position?", for positions asked in increasing order: the ranges sorted by start once, then
 * one pass with the furthest end so far.
 */
function coveredBy(ranges: { start: number; end: number }[]): (pos: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1;
  return (pos) => {
    while (next < sorted.length && sorted[next].start <= pos) reach = Math.max(reach, sorted[next++].end);
    return pos < reach;
  };
}

/** "Commune de Jette" where the text writes "la commune de Jette" about the place `word`, mid-sentence. */
function publicBodyOf(ctx: ExtractContext, lex: ControllerLexicon, word: string, anyCase = false): string | null {
  const place = escapeRegExp(word);
  const re = caselessRegExp(`(?<![\\p{L}\\p{N}])(?:${lex.publicBodies.join('|')})\\s+(?:(?:${lex.publicBodyLink.join('|')})(?:\\s+|(?<=['’])))?${place}(?![\\p{L}\\p{N}'’-])`, 'iu');
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'heading') continue;
    const m = re.exec(block.text);
    if (m && (anyCase || /\p{Ll}/u.test(m[0][0]))) return fold(m[0][0].toUpperCase() + m[0].slice(1));
  }
  return null;
}

function siteCandidate(ctx: ExtractContext, env: NameEnv, siteName: string | null): Candidate | null {
  const score = new Map<string, { name: string; score: number; order: number; block: Block; pos: number }>();
  const selfNoun = env.lex ? langPatterns(env.lex).selfNounOnly : null;
  const add = (name: string, weight: number, block: Block, pos: number): void => {
    if (selfNoun?.test(name.trim())) return;
    const key = squash(name);
    const entry = score.get(key) ?? { name, score: 0, order: docOrder(block, pos), block, pos };
    entry.score += weight;
    score.set(key, entry);
  };
  const { dpoTitle, dpoAbbreviation } = SHARED();
  const seen = new Map<string, boolean>();
  const excluded = (word: string): boolean => {
    let out = seen.get(word);
    if (out === undefined) seen.set(word, (out = authorityIn(word) || test(dpoTitle, word) || test(dpoAbbreviation, word) || isCommonWord(word)));
    return out;
  };
  const articles = env.lex ? langPatterns(env.lex).articles : NO_WORDS;
  const hostsWritten = new Map<string, { count: number; block: Block; pos: number }>();
  // Words the text also writes in lower case ("algemene", "publishing") are ordinary words, capitalised by position.
  const lowerWords = new Set<string>();
  // Words written in lower case more than once: ordinary words, not a name that only an e-mail address spells in lower case.
  const lowerTwice = new Set<string>();
  for (const block of ctx.doc.blocks) {
    if (block.kind !== 'heading') {
      for (const m of block.text.matchAll(LOWER_WORD)) {
        const inMailbox = /^[\p{L}\p{N}._+-]*@/u.test(block.text.slice(m.index + m[0].length, m.index + m[0].length + 64));
        if (lowerWords.has(m[0]) && !inMailbox) lowerTwice.add(m[0]);
        lowerWords.add(m[0]);
      }
    }
  }
  // A run of two to five capitalised words ("Savetz Publishing", "Rosslare Golf Club"): a name unless its words are
  // common ones ("Privacy Policy", "European Economic Area") or it names a service, an authority or a DPO.
  const runExcluded = (run: string): boolean => {
    const words = run.split(' ');
    if (words.length < 2 || words.length > 5 || !STARTS_CAPITAL.test(words[0])) return true;
    if (excluded(words[0]) || isCommonWord(run) || authorityIn(run) || test(dpoTitle, run) || isKnownService(run) || test(lawNames(), run)) return true;
    if (words.some((w) => env.lex && isPronoun(w, env.lex))) return true;
    const last = words[words.length - 1].toLowerCase();
    if (LAW_NAME_ENDINGS.includes(last) || TERM_NAME_ENDINGS.includes(last)) return true;
    return words.every((w) => PARTICLES.has(w) || excluded(w) || lowerWords.has(w.toLowerCase()));
  };
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'heading') continue;
    const skipped = coveredBy([...findWebsites(block).filter((w) => /[/:]/u.test(w.text)), ...findEmails(block)]);
    for (const sentence of block.sentences) {
      let prevName = false;
      let runEnd = -1;
      for (const t of tokens(sentence.text, sentence.start)) {
        const wasName = prevName;
        prevName = isNameWord(t.text.replace(OPENERS, '').replace(/[,;:.!?)”"’'»\]`_*]*$/u, ''));
        if (env.lex && t.start >= runEnd && !wasName && STARTS_CAPITAL.test(t.text.replace(OPENERS, ''))) {
          const found = nameRunAfter(sentence.text, t.start - sentence.start, articles);
          // "At Vivid Auto Photography, we …": a word capitalised only by opening the sentence, which the text also
          // writes in lower case, is no part of the name after it.
          const opener = found && /^[^\p{L}\p{N}]*$/u.test(sentence.text.slice(0, found.start)) ? /^(\p{Lu}\p{Ll}+)\s+(?=\S+\s+\S)/u.exec(sentence.text.slice(found.start, found.end)) : null;
          const run = found && opener && lowerTwice.has(opener[1].toLowerCase()) ? { start: found.start + opener[0].length, end: found.end } : found;
          if (run) {
            runEnd = sentence.start + run.end;
            // "500 Colin P Kelly Jr St", "12 Queen Street": a street after its number.
            const street = /\d[\p{L}]{0,2},?\s+$/u.test(textBefore(sentence.text, run.start));
            const runText = fold(sentence.text.slice(run.start, run.end)).replace(/(?:['’]s)$/u, '');
            // "Gemäß Art. 15 DSGVO": a run ending in an abbreviation before a number is a citation, not a name.
            const cites = /(?:^|\s)\p{Lu}\p{L}{0,4}$/u.test(runText) && /^\.?\s*\d/u.test(sentence.text.slice(run.end));
            // Where every noun is capitalised (German), capitalised words ("Im Folgenden", "Ende der Sitzung") are
            // no sign of a name unless the domain spells them or a word has an inner capital ("Hauptschützen-Gesellschaft").
            const weak = env.lex.nounsCapitalised && !tiedToDomain(runText, env) && !/\p{Ll}-?\p{Lu}/u.test(runText);
            // "We use Okay Analytics to collect …": a tool the site uses, not the site.
            const used = usedServiceBefore(env.lang)?.test(textBefore(sentence.text, run.start)) ?? false;
            if (!street && !cites && !weak && !used && !runExcluded(runText)) add(runText, 1, block, sentence.start + run.start);
          }
        }
        if (skipped(t.start)) {
          // The site's address written out ("http://enigmabridge.com" beside contact@enigmabridge.com) is its name
          // when nothing better is found.
          const host = /^(?:https?:\/\/)(?:www\.)?((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})\/?[,;.)]*$/u.exec(t.text.replace(OPENERS, ''))?.[1];
          if (host && env.domainLabels.has(domainLabel(host))) add(host.toLowerCase(), 1, block, t.start);
          continue;
        }
        const word = t.text.replace(OPENERS, '').replace(/(?:['’]s)?[,;:.!?)”"’'»\]`_*]*$/u, '').replace(/^[_*]+/u, '');
        if (word.length < 3) continue;
        const label = DOMAIN_LIKE.test(word) ? domainLabel(word) : word.toLowerCase();
        const tied = DOMAIN_LIKE.test(word) ? env.domainLabels.has(label) && isBareDomain(word) : tiedToDomain(word, env);
        if (!tied && DOMAIN_LIKE.test(word) && !FILE_EXTENSION.test(word)) {
          const host = word.toLowerCase().replace(/^www\./u, '');
          const seenHost = hostsWritten.get(host) ?? { count: 0, block, pos: t.start };
          seenHost.count++;
          hostsWritten.set(host, seenHost);
        }
        if (!tied && (excluded(word) || notAName(t, sentence.text.slice(t.end - sentence.start)))) continue;
        const camel = CAMEL_CASE.test(word) && !DOMAIN_LIKE.test(word);
        // A table cell opens with a capital as a sentence does ("| Legitimate interests |").
        const initial = t.start === sentence.start || !!block.cells?.some((c) => c.start === t.start);
        if (tied) {
          add(word, DOMAIN_LIKE.test(word) ? 1 : 1.5, block, t.start);
          continue;
        }
        // "Fietsenmaker Henk" for henk@fietsenmakerhenk.nl: a run of capitalised words spelling the domain.
        const run = env.domainLabels.size > 0 && STARTS_CAPITAL.test(word) ? nameRunAfter(sentence.text, t.start - sentence.start, articles) : null;
        const runText = run ? fold(sentence.text.slice(run.start, run.end)) : '';
        // Or the mailbox at a free mail service, up to a bracket ("Thermo Clim Sanitaire (TCS Plomberie)").
        const core = runText.replace(/\s*[([].*$/u, '');
        if (run && run.start === t.start - sentence.start && runText.includes(' ') && spelledByDomain(runText, env)) add(runText, 1.5, block, t.start);
        else if (run && run.start === t.start - sentence.start && core.includes(' ') && env.mailboxes.has(squash(core))) add(core, 1.5, block, t.start);
        else if (camel) add(word, 1, block, t.start);
        // A word in quotes is a term the text defines or mentions ('Cookies can be "Persistent" or "Session" Cookies').
        else if (env.lex && !env.lex.nounsCapitalised && !initial && CAPITALISED_WORD.test(word) && !lowerWords.has(word.toLowerCase()) && !/^["“‘'«]/u.test(t.text)) add(word, 0.5, block, t.start);
      }
    }
  }
  // The site's own address as the template states it ("Our website address is: https://hofladen-sonnenfeld.de").
  const siteAddress = env.lex ? langPatterns(env.lex).siteAddress : null;
  for (const block of siteAddress ? ctx.doc.blocks : []) {
    const cue = hits(siteAddress!, block.text)[0];
    const site = cue ? findWebsites(block).find((w) => w.start >= cue.end && /^\s*$/u.test(block.text.slice(cue.end, w.start))) : undefined;
    const host = site ? /^(?:https?:\/\/)?(?:www\.)?((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})/iu.exec(site.text)?.[1] : undefined;
    if (host && site && !excluded(host) && !isKnownService(host)) add(host.toLowerCase(), 2, block, site.start);
  }
  // The copyright holder of the page ("© 2025 Vivid Auto Photography. All rights reserved."), unless a service's.
  for (const { name, block, start } of copyrightHolders(ctx, env)) {
    const holder = name.replace(/[.,]+$/u, '');
    if (holder && !isKnownService(holder) && !excluded(holder) && validName(holder, env)) add(holder, 2, block, start);
  }
  // A site named only by its address, written again and again ("dvlaregistrations.direct.gov.uk" seven times), with
  // no contact e-mail to tie it: the address is its name, unless it is a service's or an authority's.
  for (const [host, seenHost] of hostsWritten) {
    if (seenHost.count >= 3 && !excluded(host) && !isKnownService(host)) add(host, 0.7 * seenHost.count, seenHost.block, seenHost.pos);
  }
  for (const entry of score.values()) {
    if (env.domainLabels.has(domainLabel(entry.name)) || tiedToDomain(entry.name, env) || env.mailboxes.has(squash(entry.name))) entry.score += 3;
    // The domain spells the whole run ("The Greenway Trust", greenwaytrust.org.uk), not just its first word ("Greenway").
    if (entry.name.includes(' ') && spelledByDomain(entry.name, env)) entry.score += 1.5;
    if (siteName && sameName(siteName, entry.name)) entry.score += 2;
  }
  const ranked = [...score.values()].sort((a, b) => b.score - a.score || a.order - b.order);
  let best = ranked[0];
  // One word the domain ties or the text repeats, written out more fully as well ("Piekara" and "Rafał Piekara",
  // "Markdown" and "the Markdown Guide"): the fuller name, when it too is counted more than once or tied.
  // Not a legal form alone ("Inc" and "Telegraph Inc") nor a place after its postcode ("DE-17475 Greifswald").
  if (best && best.score >= 3 && !best.name.includes(' ') && withoutLegalForms(best.name).trim()) {
    const word = best.name;
    const fuller = (e: { name: string; score: number }): boolean => {
      const words = e.name.split(' ');
      return e.score >= 2 && words.length > 1 && words.length <= 5 && words.includes(word) && !HAS_DIGIT.test(e.name);
    };
    best = ranked.find(fuller) ?? best;
    // A place the text writes after a public body in lower case ("… de la commune de Jette", "de gemeente Ede"): the
    // body is the name ("Jette" is the place, tied by jette.irisnet.be).
    const body = best.name === word && env.lex ? publicBodyOf(ctx, env.lex, word) : null;
    if (body) best = { ...best, name: body };
  }
  // A portfolio the domain spells, written out as its public body ("Business and Trade", businessandtrade.gov.uk, and
  // "the Department for Business and Trade"): the body is the name.
  if (best && best.score >= 3 && best.name.includes(' ') && env.lex) {
    const body = publicBodyOf(ctx, env.lex, best.name, true);
    if (body) best = { ...best, name: body };
  }
  // The name in the title wins over a word counted in the text, unless that word is the site's domain and the title's
  // name is neither tied to the domain nor used in the text.
  if (siteName && best && !sameName(best.name, siteName) && validName(siteName, env)) {
    const bestTied = env.domainLabels.has(domainLabel(best.name)) || tiedToDomain(best.name, env);
    const titleUsed = tiedToDomain(siteName, env) || ctx.doc.blocks.some((b) => b.kind !== 'heading' && b.text.includes(siteName));
    const contains = [...nameKeys(siteName, env)].includes(squash(best.name));
    if (!bestTied || titleUsed || contains) {
      const block = ctx.doc.blocks[0];
      if (block) return { name: siteName, rank: 3, order: 0, block, sentence: null, aliases: [], coControllers: [] };
    }
  }
  if (best && best.score >= 2) return { name: best.name, rank: 3, order: best.order, block: best.block, sentence: sentenceAt(best.block, best.pos), aliases: [], coControllers: [] };
  if (siteName) {
    const block = ctx.doc.blocks[0];
    return block ? { name: siteName, rank: 3, order: 0, block, sentence: null, aliases: [], coControllers: [] } : null;
  }
  return null;
}

// =============================================================================================== the controller

interface ControllerName {
  name: string;
  aliases: string[];
  evidence: Evidence[];
  /** The block the name was read from: its contact details are the controller's first of all. */
  home: Block | null;
}

const FREE_MAIL_LABELS: ReadonlySet<string> = new Set(FREE_MAIL_DOMAINS);

/**
 * A name the contact domain spells, whole or as its larger part: "Mullvad" for mullvadvpn.net, "Ketelmeester" for
 * deketelmeester.nl, "Rosslare Golf Club" for rosslaregolf.com. The shorter must be at least 4 letters and 60% of the longer,
 * and the rest at least two letters.
 */
function tiedToDomain(name: string, env: NameEnv): boolean {
  const labels = env.domainLabels;
  const key = squash(name);
  // A name a free-mail mailbox spells ties only whole ("broomhillcc" is no "Broomhill").
  if (spelledByDomain(name, env) || env.mailboxNames.has(key)) return true;
  if (key.length < 4) return false;
  for (const label of labels) {
    if (FREE_MAIL_LABELS.has(label)) continue;
    const [short, long] = key.length <= label.length ? [key, label] : [label, key];
    // The rest is a word ("de", "vpn", "club"), not an initial: drew@ddevault.org does not spell "DeVault".
    if (short.length >= 4 && long.length - short.length >= 2 && short.length / long.length >= 0.6 && (long.startsWith(short) || long.endsWith(short))) return true;
  }
  return false;
}

/** The domain spells the name whole, a hyphen in the label being no letter ("Bäckerei Korn", baeckerei-korn.de). */
function spelledByDomain(name: string, env: NameEnv): boolean {
  const key = squash(name);
  if (env.domainLabels.has(key)) return true;
  for (const label of env.domainLabels) if (label.includes('-') && squash(label) === key) return true;
  // The domain may leave out the particles ("Ville de Saint-Louis", ville-saint-louis.fr).
  const words = name.split(/\s+/u);
  const core = squash(words.filter((w) => !PARTICLES.has(w)).join(''));
  return core !== key && core.length >= 6 && words.length > 2 && [...env.domainLabels].some((label) => squash(label) === core);
}

/**
 * The one name a mailbox spells beside role words ("elyan" of "elyan.info"), or null: "johan.oirschot" (a person's
 * two names) and "jf.bordin" spell none that a name must match whole.
 */
function mailboxName(local: string): string | null {
  const roles = new Set(ROLE_MAILBOXES);
  const parts = local.toLowerCase().split(/[._+-]+/u).map((p) => p.replace(/\d+$/u, '')).filter((p) => p && !roles.has(p));
  return parts.length === 1 && parts[0].length >= 4 && /^\p{L}+$/u.test(parts[0]) ? parts[0] : null;
}

/**
 * What the contact e-mail addresses spell, in one pass over them:
 * - `domainLabels`: the second-level labels of their domains ("cloudbilling"), not an authority's or a service's
 *   named beside it;
 * - `mailboxes`: at a free mail service the mailbox carries the name instead, squashed (thermoclimsanitaire@gmail.com
 *   spells "Thermo Clim Sanitaire"); only a name spelled in full counts, never a part of it;
 * - `mailboxNames`: the one name such a mailbox spells beside role words ("elyan.info@gmail.com"); it ties a name
 *   only whole and makes no name the site's own.
 */
function contactDomains(ctx: ExtractContext): Pick<NameEnv, 'domainLabels' | 'mailboxes' | 'mailboxNames'> {
  const domainLabels = new Set<string>();
  const mailboxes = new Set<string>();
  const mailboxNames = new Set<string>();
  const lex = ctx.lang ? CONTROLLER_LEXICON[ctx.lang] : null;
  for (const block of ctx.doc.blocks) {
    // The address of a card introduced as the data protection officer's is not the site's.
    if (introducesOther(ctx, block, lex)) continue;
    for (const e of findEmails(block)) {
      const [local, domain] = e.address.split('@');
      if (authorityIn(domain)) continue;
      const label = domainLabel(domain);
      const free = FREE_MAIL_LABELS.has(label);
      const key = squash(local);
      if (free && key.length >= 6 && /\p{L}/u.test(key)) mailboxes.add(key);
      if (serviceNamedWith(block, e)) continue;
      domainLabels.add(label);
      // A domain spells umlauts out ("gruenfink.de" for "Grünfink GmbH"): the name's key has the bare vowel.
      const umlauts = SPELLED_OUT_LETTERS.reduce((l, [written, letter]) => l.replace(new RegExp(`(?<=\\p{L})${written}`, 'gu'), letter), label);
      if (umlauts !== label) domainLabels.add(umlauts);
      const name = free ? mailboxName(local) : null;
      if (name) mailboxNames.add(name);
    }
  }
  return { domainLabels, mailboxes, mailboxNames };
}

/**
 * Stronger candidates first: by rank, then a statement of the controller's role ("For the purposes of the GDPR, Karl
 * Holmes is the data controller") before a weaker cue earlier on ("This policy explains how Consu collects …"), unless
 * the role is a known service's ("Google is the controller of …"), then in document order.
 */
function byStrength(ctx: ExtractContext, env: NameEnv): (a: Candidate, b: Candidate) => number {
  const articles = env.lex ? langPatterns(env.lex).articleAnyCase : null;
  // A name of two words or more, not opened by an article ("Die Verarbeitung ist … erforderlich, der der Verantwortliche
  // unterliegt") nor made only of words the text writes in lower case.
  const named = (name: string): boolean => /\s/u.test(name) && !articles?.test(name) && !name.split(/\s+/u).every((w) => writtenInLowerCase(ctx, w));
  const role = (c: Candidate): number => (c.role && !isKnownService(c.name) && named(c.name) ? 0 : 1);
  return (a, b) => a.rank - b.rank || role(a) - role(b) || a.order - b.order;
}

/**
 * The name without a note in brackets after it that is no part of it: the page it was read from ("Hans Polster
 * (Impressum)", a policy title) or a register number ("Ferncliff Trust (Registered Charity No 12345)"), or a bracket
 * left open; a short form ("(INBO)") or a legal form ("(haftungsbeschränkt)") stays.
 */
function withoutTrailingNote(name: string, env: NameEnv): string {
  // A bracket the reading stopped inside ("Ferncliff Trust (Registered", "Atelier Luz (Yolanda") is left out whole.
  const open = /\s*\([^()]*$/u.exec(name);
  if (open && open.index > 0) return name.slice(0, open.index);
  const note = /\s*\(([^()]+)\)$/u.exec(name);
  if (!note || note.index === 0) return name;
  // A number in brackets is a register's ("Registered Charity No 19169"); outside them it may be a name's ("TSV 1860 München").
  return isNote(note[1], env) || /\p{N}{4,}/u.test(note[1]) ? name.slice(0, note.index) : name;
}

/** A page's title whole ("Impressum", "Privacy Policy"): a note, not a name. */
function isNote(text: string, env: NameEnv): boolean {
  const inner = text.trim();
  return !!env.lex && hits(langPatterns(env.lex).policyTitle, inner).some((h) => h.start === 0 && h.end === inner.length);
}

function chooseName(ctx: ExtractContext, env: NameEnv): ControllerName | null {
  const siteName = siteNameOf(ctx, env.lex);
  const candidates: Candidate[] = [];
  const definitions: Definition[] = [];
  if (env.lex) {
    for (const sentence of ctx.doc.sentences) definitions.push(...definitionsIn(sentence, env));
    for (const sentence of ctx.doc.sentences) {
      if (sentence.block.kind === 'heading') continue;
      const section = sentence.block.section >= 0 ? ctx.doc.blocks[sentence.block.section].text : null;
      const own = definitions.filter((d) => d.order >= docOrder(sentence.block, sentence.start) && d.order < docOrder(sentence.block, sentence.end));
      candidates.push(...statementCandidates(sentence, env, siteName, own, section, ctx.inTopic(sentence.block, 'controller')));
    }
    // A label ("Verantwortlicher: …", "Data controller:") states the role as much as a sentence does.
    candidates.push(...labelCandidates(ctx, env).map((c) => ({ ...c, role: true })));
  }
  candidates.push(...contactBlockCandidates(ctx, env));
  candidates.push(...entityWithAddressCandidates(ctx, env));
  candidates.push(...controllerSectionCandidates(ctx, env));
  candidates.push(...headingCardCandidates(ctx, env));
  candidates.push(...templateHeadingCandidates(ctx, env));
  // An entity the site's own domain confirms ("Stichting HackNature" with info@hacknature.org).
  for (const block of ctx.doc.blocks) {
    for (const e of entitiesOf(block.text, env)) {
      // A brand of several words is spelled whole by the domain ("Bakery Fox Ltd", info@bakeryfox.co.uk).
      if (e.kind !== 'public' && ([...nameKeys(e.brand, env)].some((k) => env.domainLabels.has(k)) || env.domainLabels.has(squash(e.brand)))) {
        candidates.push({ name: e.name, rank: 2, order: docOrder(block, e.start), block, sentence: sentenceAt(block, e.start), aliases: [], coControllers: [] });
      }
    }
  }
  // One word the text also writes in lower case is an ordinary word opening the sentence ("Gemeinsam verantwortlich
  // sind …"), not the name of whoever the sentence is about.
  const ordinaryWord = (name: string): boolean => !/\s/u.test(name.trim()) && !CAMEL_CASE.test(name) && writtenInLowerCase(ctx, name.trim());
  // A generator's sentence with its maker left blank ("This privacy policy applies to the Tiny Timer app … created by
  // (hereby referred to as “Service Provider”)") names the app, not who runs it.
  const blank = env.lex ? langPatterns(env.lex).blankMaker : null;
  const blankSentence = (s: Sentence | null): boolean => !!blank && !!s && test(blank, s.text);
  // A name on a line that credits the site's maker, host or policy generator ("Webdesign: Pixelwerk GmbH", "Réalisation
  // du site : …") is the agency's.
  const credited = (c: Candidate): boolean => {
    const at = c.block.text.indexOf(c.name);
    if (at < 0) return false;
    const before = c.block.text.slice(c.block.text.lastIndexOf('\n', at - 1) + 1, at);
    // The cue may have been read into the name ("Realisiert von Pixelwerk GmbH").
    if (madeByLine(before, env.lex) || madeByLine(before + c.name, env.lex)) return true;
    // A card under a label line of its own ("Webdesign:⏎Pixelwerk GmbH⏎Musterweg 1"), in the block or just before it.
    if (before.trim()) return false;
    const lineStart = at - before.length;
    const prevBlock = ctx.doc.blocks[c.block.index - 1];
    const above = lineStart > 0 ? c.block.text.slice(c.block.text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1) : prevBlock && prevBlock.kind !== 'heading' ? prevBlock.text.slice(prevBlock.text.lastIndexOf('\n') + 1) : '';
    return /:\s*$/u.test(above) && madeByLine(above.replace(/:\s*$/u, ''), env.lex);
  };
  const ranked = candidates.filter((c) => validName(c.name, env) && !ordinaryWord(c.name) && !blankSentence(c.sentence) && !credited(c)).sort(byStrength(ctx, env));
  let pick = ranked[0];
  // "Le site www.matou-technologies.fr est édité par la société Matou Technologies, … « responsable du traitement »": the
  // site's domain read as the subject gives way to the name read as strongly that spells it or takes it as an alias.
  if (pick && DOMAIN_LIKE.test(pick.name)) {
    const domain = pick;
    pick = ranked.find((c) => c.rank === domain.rank && !DOMAIN_LIKE.test(c.name) && (c.aliases.some((a) => sameName(a, domain.name)) || domainSpells(domain.name, c.name, env))) ?? domain;
  }
  // A service's own policy ("LinkedIn Ireland Unlimited Company (“LinkedIn Ireland”) will be the controller"): a
  // registry service stated to be the controller, as a legal entity, and named throughout, when nothing else is.
  pick ??= candidates.filter((c) => c.rank <= 2 && ownServicePolicy(ctx, c.name, env)).sort((a, b) => a.order - b.order)[0];
  if (!pick) {
    // A generator's text with its maker left blank names no one; the app or site it is about is no controller.
    if (ctx.doc.sentences.some((s) => blankSentence(s))) return null;
    // The site's own name, guessed from the title, a heading or the domain, is checked as any other name is.
    const plausible = (c: Candidate | null): Candidate | null => (c && !implausibleName(c.name, env.lex) ? c : null);
    const site = plausible(siteCandidate(ctx, env, siteName)) ?? plausible(pageTitleCandidate(ctx, env));
    // The person a contact sentence names ("wenden Sie sich an Herrn Rechtsanwalt Norman Noczinski"), when the site's
    // name is none or a part of that person's ("Noczinski" of kanzlei-noczinski.de).
    const person = contactPersonCandidate(ctx, env);
    const personWords = person ? new Set(person.name.split(' ').map(squash)) : null;
    if (person && (!site || site.name.split(/\s+/u).every((w) => personWords!.has(squash(w))) || [...nameKeys(site.name, env)].every((k) => personWords!.has(k)))) pick = person;
    else if (!site) return null;
    else pick = site;
    // An app's name guessed from the title ("NeuroPsyResearch App"), with nothing in the text to reach anyone by, names
    // the product, not who runs it.
    if (pick === site && productName(site.name, env) && !ctx.doc.blocks.some((b) => hasContactDetails(b, env))) return null;
  }
  let name = withoutTrailingNote(pick.name, env);
  const aliases: string[] = [...pick.aliases];
  // A brand named as controller, with its legal entity elsewhere ("Chayn" and "Chayn CIO"): the entity is the name.
  if (!hasLegalForm(name, env)) {
    const entity = ctx.doc.blocks.flatMap((b) => entitiesOf(b.text, env)).find((e) => e.kind !== 'public' && related(e.name, name, env) && sameName(e.brand, name));
    if (entity) {
      aliases.unshift(name);
      name = entity.name;
    }
  }
  // The same name read from the same card another way keeps that reading's aliases ("Stefanie Wagner⏎Fotografie Wagner").
  for (const c of candidates) if ((c.rank === 1 || c.block === pick.block) && sameName(c.name, name)) aliases.push(...c.aliases);
  for (const d of definitions) if (d.defined === null || sameName(d.defined, name)) aliases.push(...d.names);
  for (const c of candidates) if (c.rank === 1) for (const co of [c.name, ...c.coControllers]) if (related(co, name, env)) aliases.push(co);
  aliases.push(...relatedMentions(ctx, name, env));
  aliases.push(...bracketedShortForms(ctx, name));
  if (siteName && related(siteName, name, env)) aliases.push(siteName);
  for (const { name: holder } of copyrightHolders(ctx, env)) if (related(holder, name, env)) aliases.push(holder);

  const unique: string[] = [];
  for (const a of aliases.map((a) => withoutTrailingNote(fold(a), env))) if (!sameName(a, name) && !isNote(a, env) && validAlias(a, env) && !unique.some((u) => sameName(u, a))) unique.push(a);
  const evidence: Evidence[] = [];
  if (pick.sentence) pushEvidence(evidence, ctx.sentence(pick.sentence));
  else if (pick.block) pushEvidence(evidence, ctx.block(pick.block));
  return { name, aliases: unique, evidence, home: pick.block };
}

/** The domain's name, without "www." and its top-level domain, is the name's ("matou-technologies.fr", "Matou Technologies SAS"). */
function domainSpells(domain: string, name: string, env: NameEnv): boolean {
  const label = squash(domain.replace(/^www\./iu, '').replace(/\.[^.]+$/u, ''));
  return label.length >= 3 && (label === squash(name) || label === squash(withoutLegalForms(name)) || [...nameKeys(name, env)].join('') === label);
}

/** A name opened or closed by the product noun of an app ("NeuroPsyResearch App", "App „Pilzkompass“"). */
function productName(name: string, env: NameEnv): boolean {
  const nouns = env.lex?.productNouns;
  const words = name.trim().split(/\s+/u);
  return !!nouns && words.length >= 2 && (nouns.includes(words[words.length - 1]) || nouns.includes(words[0]));
}

/**
 * A legal form alone ("GmbH") or a label with an empty placeholder ("Erklärung ( )") names no organisation; a number
 * before a legal form does ("2060 OÜ").
 */
function namesSomething(name: string): boolean {
  return !/\(\s*\)/u.test(name) && /\p{L}{2}|\p{N}{3}/u.test(withoutLegalForms(name));
}

/** A pronoun as written in running text ("Sie", "ihrem", "Your"); an all-capitals word ("IT", "US") is an abbreviation. */
function isPronoun(word: string, lex: ControllerLexicon): boolean {
  const lower = word.toLowerCase();
  return lex.pronouns.includes(lower) && (word === lower || word === lower[0].toUpperCase() + lower.slice(1));
}

function validName(name: string, env: NameEnv): boolean {
  // An official name may be long ("Leibniz-Rechenzentrum der Bayerischen Akademie der Wissenschaften").
  if (!validAlias(name, env, 80)) return false;
  // A field's label ("Name", "Firmenname") names no one.
  if (env.lex && langPatterns(env.lex).bareNameLabel.test(name)) return false;
  // The label itself ("Verantwortliche Stelle ist die natürliche oder juristische Person, die …") names no one.
  if (env.lex && langPatterns(env.lex).headingLabel.test(name)) return false;
  // A template's unfilled placeholder ("{{ productName }}", "{% site.name %}", "${company}") names no one yet.
  if (/\{\{|\}\}|\{%|%\}|\$\{/u.test(name)) return false;
  // A question ("Quelles données collectons-nous ?") is a heading, not a name.
  if (/[?¿]/u.test(name)) return false;
  if (env.lex && isPronoun(name.trim().split(/\s+/u)[0], env.lex)) return false;
  // A question, a contact phrase, a law's reference, a heading, a role or markup standing where a name was expected.
  if (implausibleName(name, env.lex)) return false;
  if (authorityIn(name) || test(SHARED().dpoTitle, name)) return false;
  // A law's name, whole ("Algemene Verordening Gegevensbescherming" of "… conform de Algemene Verordening …"), is no one.
  const trimmed = name.trim();
  if (hits(lawNames(), trimmed).some((h) => h.start === 0 && h.end === trimmed.length)) return false;
  if (!namesSomething(name)) return false;
  // "Privacy Policy", "Personal Data": a template's defined terms, every word of them, name no organisation.
  if (name.split(/\s+/u).every((w) => PARTICLES.has(w.toLowerCase()) || definedTermPattern().test(w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')))) return false;
  // A country alone ("Austria", read before "(hereafter “We”)" at the end of an address) names no organisation.
  if (commonPattern().test(name.trim())) return false;
  // "Paris, France": a place closed by its country names no organisation.
  if (/,/u.test(name) && commonPattern().test(name.slice(name.lastIndexOf(',') + 1).trim())) return false;
  // "The Foundation strongly supports …": a noun the organisation calls itself by names no one in particular.
  if (env.lex && langPatterns(env.lex).selfNounOnly.test(name.trim())) return false;
  // "Google is verantwoordelijk voor …" speaks of a service the site uses, unless the site's own domain is that service's.
  return !(isKnownService(name) && ![...nameKeys(name, env)].some((k) => env.domainLabels.has(k)));
}

/** A registry service named as a legal entity and mentioned throughout the text (ten times or more): its own policy. */
function ownServicePolicy(ctx: ExtractContext, name: string, env: NameEnv): boolean {
  if (!isKnownService(name) || authorityIn(name)) return false;
  const brand = registryHits(name, 1)[0].text.split(/\s+/u)[0];
  if (!(hasLegalForm(name, env) || fold(name).split(' ').length > 1)) return false;
  if (env.domainLabels.size && !tiedToDomain(brand, env)) return false;
  let count = 0;
  for (const block of ctx.doc.blocks) {
    for (let at = block.text.indexOf(brand); at >= 0 && count < 10; at = block.text.indexOf(brand, at + brand.length)) count++;
    if (count >= 10) return true;
  }
  return false;
}

const definedTermPattern = once(() => caselessRegExp(`^(?:${DEFINED_TERMS.join('|')})$`, 'iu'));

const commonPattern = once(
  () => caselessRegExp(`^(?:${[...DEFINED_TERMS, ...GENERIC_NAME_WORDS, ...COUNTRIES.flatMap((c) => [...c.names.nl, ...c.names.en, ...c.names.de, ...c.names.fr])].join('|')})$`, 'iu'),
);

/** A defined term, a country or a registry service: a capitalised word that is not the site's own name. */
function isCommonWord(word: string): boolean {
  return commonPattern().test(word) || namesService(word);
}

/** A domain of a service from the processor registry ("mailchimp.com"); free mail such as gmail.com is not one. */
function serviceDomain(domain: string): boolean {
  return namesService(domain);
}

/**
 * An address of a service the site uses: its domain is a registry service's and the sentence names that service
 * ("Mailchimp (support@mailchimp.com)"). GitHub's own policy giving privacy@github.com is no such case.
 */
function serviceNamedWith(block: Block, e: EmailSpot): boolean {
  const domain = e.address.split('@')[1];
  if (!serviceDomain(domain)) return false;
  const s = sentenceAt(block, e.start);
  const text = s ? s.text : block.text;
  const offset = s ? s.start : 0;
  return registryHits(text).some((h) => (h.end <= e.start - offset || h.start >= e.end - offset) && squash(h.text).includes(domainLabel(domain)));
}

/** A service from the processor registry ("Google", "Mailchimp"): the name starts with one. */
function isKnownService(name: string): boolean {
  const h = registryHits(name, 1)[0];
  return !!h && h.start === 0;
}

/** A short form in brackets right after the name ("Thermo Clim Sanitaire (TCS Plomberie)", "… Pédestre (FFRP)"). */
function bracketedShortForms(ctx: ExtractContext, name: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}[*_]*\\s*\\(([^()\\n]{2,40})\\)`, 'gu');
  for (const block of ctx.doc.blocks) {
    if (!block.text.includes(name)) continue;
    for (const m of block.text.matchAll(re)) {
      const inner = m[1].trim();
      // A name, not a description: capitalised words only ("TCS Plomberie"), no quotes or "hereafter" wording, and no
      // registration number ("BTW BE0870726240").
      if (/^\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3}$/u.test(inner) && !REGISTRATION_NUMBER.test(inner)) out.push(inner);
    }
  }
  return out;
}

/** Other spellings of the controller's own name in the text: related entities, the bare brand, a body's initials. */
function relatedMentions(ctx: ExtractContext, name: string, env: NameEnv): string[] {
  const out: string[] = [];
  const own = entitiesOf(name, env).find((e) => e.start === 0);
  for (const block of ctx.doc.blocks) {
    for (const e of entitiesOf(block.text, env)) if (related(e.name, name, env)) out.push(e.name);
  }
  if (!own) return out;
  const words = [own.kind === 'legal' ? own.brand : null, own.acronym].filter((w): w is string => !!w && w.length >= 2);
  for (const word of words) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}@./])${escapeRegExp(word)}(?![\\p{L}\\p{N}]|\\.\\p{L}|@)`, 'gu');
    for (const block of ctx.doc.blocks) {
      if (!block.text.includes(word)) continue;
      const inEntity = entitiesOf(block.text, env);
      for (const m of block.text.matchAll(re)) {
        if (inEntity.some((e) => e.start <= m.index && m.index < e.end)) continue;
        if (insideUrl(block.text, m.index)) continue;
        out.push(word);
        break;
      }
    }
  }
  return out;
}

// =============================================================================================== whose details

/** True when a detail at `pos` belongs to someone else: an authority, or another organisation named just before it. */
function belongsToOther(block: Block, pos: number, controller: ControllerName | null, env: NameEnv): boolean {
  const s = sentenceAt(block, pos);
  // What stands before the detail in its sentence or line, read back at most LOOK_BEHIND characters.
  const before = textBefore(block.text, pos);
  const lineStart = windowStart(pos) + before.lastIndexOf('\n') + 1;
  const context = block.text.slice(Math.max(windowStart(pos), Math.min(s?.start ?? lineStart, lineStart)), pos);
  if (authorityIn(context) || authorityIn(s?.text ?? '')) return true;
  const entities = entitiesOf(context, env, true);
  const nearest = entities[entities.length - 1];
  if (!nearest || !controller) return false;
  // "We use Mailchimp Inc.; to unsubscribe, e-mail us at …": the address after "us" is the controller's own.
  if (env.lex && test(langPatterns(env.lex).firstPerson, context.slice(nearest.end))) return false;
  return !related(nearest.name, controller.name, env) && !controller.aliases.some((a) => related(nearest.name, a, env));
}

/**
 * A block in a section headed by an authority's name, or an address card right after an introduction that names an
 * authority and ends in a colon ("… een klacht in te dienen bij de Gegevensbeschermingsautoriteit: ⏎ Drukpersstraat
 * 35, 1000 Brussel"): its details are the authority's.
 */
function sectionNamesAuthority(ctx: ExtractContext, block: Block): boolean {
  if (ctx.headings(block).slice(0, 1).some((h) => authorityIn(h.text))) return true;
  const intro = ctx.introduction(block);
  return intro !== null && authorityIn(lastSentence(intro));
}

/** The last sentence of a block (its whole text when it has none). */
function lastSentence(block: Block): string {
  return block.sentences[block.sentences.length - 1]?.text ?? block.text;
}

interface Details {
  emails: EmailSpot[];
  /** A placeholder of an address hidden from the text ("[email protected]"), outside an authority's section. */
  hiddenEmail: HiddenEmailSpot | null;
  phone: Spot | null;
  address: Spot | null;
  website: Spot | null;
  registration: Spot | null;
}

function controllerDetails(ctx: ExtractContext, controller: ControllerName | null, env: NameEnv): Details {
  const lex = env.lex;
  const emails: EmailSpot[] = [];
  const seen = new Set<string>();
  const ownKeys = new Set<string>();
  if (controller) for (const n of [controller.name, ...controller.aliases]) for (const k of nameKeys(n, env)) ownKeys.add(k);
  for (const block of ctx.doc.blocks) {
    const foreignSection = sectionNamesAuthority(ctx, block);
    for (const e of findEmails(block)) {
      const domain = e.address.split('@')[1];
      const ownDomain = ownKeys.has(domainLabel(domain)) || env.domainLabels.has(domainLabel(domain));
      if (authorityIn(domain) || (serviceNamedWith(block, e) && !ownKeys.has(domainLabel(domain))) || (foreignSection && !ownDomain)) continue;
      if (!ownKeys.has(domainLabel(domain)) && belongsToOther(block, e.start, controller, env)) continue;
      const key = e.address.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        emails.push(e);
      }
    }
  }
  const phones: Spot[] = [];
  const addresses: Spot[] = [];
  const registrations: Spot[] = [];
  for (const block of ctx.doc.blocks) {
    if (sectionNamesAuthority(ctx, block)) continue;
    const mine = (spot: Spot): boolean => !belongsToOther(block, spot.start, controller, env);
    phones.push(...findPhones(block, lex).filter(mine));
    addresses.push(...findAddresses(block).filter(mine));
    for (const h of /\d/u.test(block.text) ? hits(SHARED().registration, block.text) : []) {
      const number = h.groups.find((g) => g !== undefined)!;
      const start = h.start + h.text.lastIndexOf(number);
      const spot = { block, start, end: start + number.length, text: fold(number) };
      if (mine(spot)) registrations.push(spot);
    }
  }
  // Details next to the controller's name or its e-mail beat those in a contact section, which beat the rest.
  const emailBlocks = new Set(emails.map((e) => e.block));
  const closeness = (spot: Spot): number => {
    const b = spot.block;
    if (controller && (b === controller.home || [controller.name, ...controller.aliases].some((n) => b.text.includes(n)) || emailBlocks.has(b))) return 0;
    if (b.section < 0 || ctx.inTopic(b, 'contact') || ctx.inTopic(b, 'controller')) return 1;
    return 2;
  };
  const nearest = (spots: Spot[]): Spot | null => spots.map((x, i) => ({ x, i, c: closeness(x) })).sort((a, b) => a.c - b.c || a.i - b.i)[0]?.x ?? null;
  let address = nearest(addresses);
  if (!address) {
    const cards = splitCardAddresses(ctx.doc.blocks).filter((x) => !sectionNamesAuthority(ctx, x.block) && !belongsToOther(x.block, x.start, controller, env));
    address = nearest(cards);
  }
  if (!address && lex) {
    const streets = ctx.doc.blocks
      .filter((b) => !sectionNamesAuthority(ctx, b))
      .map((b) => findCuedStreet(b, lex))
      .filter((x): x is Spot => x !== null && !belongsToOther(x.block, x.start, controller, env));
    address = nearest(streets);
  }
  // The site: a URL or domain as written whose name is the controller's, or its e-mail domain.
  const ownLabels = new Set([...ownKeys, ...emails.map((e) => domainLabel(e.address.split('@')[1]))].filter((l) => l.length >= 3));
  if (controller) for (const n of [controller.name, ...controller.aliases]) ownLabels.add(squash(n.replace(legalSuffixPattern(), '')));
  const website = ctx.doc.blocks.flatMap((b) => findWebsites(b)).find((w) => ownLabels.has(domainLabel(w.text))) ?? null;
  const hidden = ctx.doc.blocks.filter((b) => !sectionNamesAuthority(ctx, b)).flatMap((b) => hiddenEmails(b).filter((h) => !belongsToOther(b, h.start, controller, env)));
  const hiddenEmail = (nearest(hidden) as HiddenEmailSpot | null) ?? null;
  return { emails, hiddenEmail, phone: nearest(phones), address, website, registration: nearest(registrations) };
}

// =============================================================================================== representative

function extractRepresentative(ctx: ExtractContext, env: NameEnv): Representative | null {
  const lex = env.lex;
  if (!lex) return null;
  for (const sentence of ctx.doc.sentences) {
    const h = hits(langPatterns(lex).representative, sentence.text)[0];
    if (!h || ctx.negated(sentence.text, h.start)) continue;
    const block = sentence.block;
    const next = ctx.doc.blocks[block.index + 1];
    const after = sentence.text.slice(h.end);
    let name: string | null = null;
    const entity = entitiesOf(after, env)[0];
    if (entity) name = entity.name;
    else if (next && next.kind !== 'heading' && /:\s*$/u.test(sentence.text)) {
      const first = lines(next)[0]?.text ?? '';
      const run = nameAfter(first, 0, env);
      if (run) name = fold(first.slice(run.start, run.end));
    }
    if (!name) continue;
    const places = [block, ...(next && next.kind !== 'heading' ? [next] : [])];
    const address = places.flatMap((b) => findAddresses(b)).find((a) => a.block !== block || a.start >= sentence.start) ?? null;
    const email = places.flatMap((b) => findEmails(b)).find((e) => e.block !== block || e.start >= sentence.start) ?? null;
    const evidence = [ctx.sentence(sentence)];
    if (address) pushEvidence(evidence, phraseEvidence(ctx, address.block, address.start, address.end));
    if (email) pushEvidence(evidence, phraseEvidence(ctx, email.block, email.start, email.end));
    return { name, address: address?.text ?? null, email: email?.address ?? null, evidence };
  }
  return null;
}

// =============================================================================================== entry point

/** The controller's name and aliases per document, as chosen: recipients leave the controller's own names out. */
const NAMES = new WeakMap<object, readonly string[]>();

function nameEnv(ctx: ExtractContext): NameEnv {
  return { lang: ctx.lang, negated: (text, pos) => ctx.negated(text, pos), cache: new Map(), anyBrandCache: new Map(), lex: ctx.lang ? CONTROLLER_LEXICON[ctx.lang] : null, ...contactDomains(ctx) };
}

/** The controller's name and its aliases, as `extractController` gives them for this document. */
export function controllerNames(ctx: ExtractContext): readonly string[] {
  let names = NAMES.get(ctx.doc);
  if (!names) {
    const named = chooseName(ctx, nameEnv(ctx));
    names = named ? [named.name, ...named.aliases] : [];
    NAMES.set(ctx.doc, names);
  }
  return names;
}

/** The first sentence naming a contact form the reader can use (not a heading, not denied). */
function contactFormSentence(ctx: ExtractContext, env: NameEnv): Sentence | null {
  if (!env.lex?.contactForms?.length) return null;
  const re = wordPattern(env.lex.contactForms);
  for (const s of ctx.doc.sentences) {
    if (s.block.kind === 'heading') continue;
    const hit = hits(re, s.text)[0];
    if (hit && !ctx.negated(s.text, hit.start)) return s;
  }
  return null;
}

export function extractController(ctx: ExtractContext): { controller: Controller; representative: Representative | null } {
  const env = nameEnv(ctx);
  const chosen = chooseName(ctx, env);
  const named = chosen && namesSomething(chosen.name) ? chosen : null;
  NAMES.set(ctx.doc, named ? [named.name, ...named.aliases] : []);
  const details = controllerDetails(ctx, named, env);
  const evidence: Evidence[] = [...(named?.evidence ?? [])];
  // An address hidden from the text still shows the policy gives one: its placeholder is evidence of a contact.
  const hidden = details.emails.length === 0 ? details.hiddenEmail : null;
  for (const spot of [details.address, ...details.emails, hidden, details.phone, details.website, details.registration]) {
    if (spot) pushEvidence(evidence, phraseEvidence(ctx, spot.block, spot.start, spot.end));
  }
  const emails = details.emails.map((e) => e.address);
  const form = emails.length === 0 && !hidden && !details.address && !details.phone ? contactFormSentence(ctx, env) : null;
  if (form) pushEvidence(evidence, ctx.sentence(form));
  return {
    controller: {
      name: named?.name ?? null,
      aliases: named?.aliases ?? [],
      address: details.address?.text ?? null,
      email: emails[0] ?? null,
      emails,
      phone: details.phone?.text ?? null,
      website: details.website?.text ?? null,
      registration: details.registration?.text ?? null,
      ...(hidden ? { emailHidden: true as const } : {}),
      ...(form ? { contactForm: true as const } : {}),
      evidence,
    },
    representative: extractRepresentative(ctx, env),
  };
}

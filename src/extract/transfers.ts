import type { Evidence, LawReference, Recipient, SupervisoryAuthority, SupportedLanguage, Transfer, TransferMechanism } from '../model/types.js';
import type { Sentence } from '../document/index.js';
import type { ExtractContext } from './context.js';
import { TRANSFERS, TRANSFER_INSTRUMENTS, US_ONLY_INSTRUMENTS } from '../lexicon/transfers.js';
import { LAWS, lawById, type LawEntry } from '../lexicon/laws.js';
import { AUTHORITIES } from '../lexicon/authorities.js';
import { COUNTRIES, POSTAL_FORMS } from '../lexicon/countries.js';
import { exactWordPattern, hits, test, wordPattern, type Hit } from '../lexicon/compile.js';
import { notInForce } from './laws.js';
import { caselessRegExp } from '../lexicon/caseless.js';
import { startKey } from '../model/evidence.js';
import { describesAccessRight } from './access-list.js';

const OUTSIDE = 'outside_eea';

/** A non-EEA country's names in one language (and its case-sensitive short forms). */
interface CountryPattern {
  code: string;
  names: RegExp;
  exact: RegExp | null;
}

/** The transfers lexicon of one language, compiled once. */
interface Patterns {
  noneLabels: RegExp;
  outside: RegExp;
  inside: RegExp;
  destinationCues: RegExp;
  absent: RegExp;
  safeguards: RegExp;
  mechanisms: [TransferMechanism, RegExp][];
  origin: RegExp;
  destination: RegExp;
  person: RegExp;
  /** Every non-EEA country name in one pattern, to skip the sentences that name none; then one per country. */
  anyCountry: RegExp;
  anyCode: RegExp;
  countries: CountryPattern[];
  /** Address endings that place an address in a country without naming it (a US state and ZIP code). */
  postal: { code: string; re: RegExp }[];
  seat: RegExp | null;
  companies: { code: string; re: RegExp }[];
}

const compiled = new Map<SupportedLanguage, Patterns>();

function patternsFor(lang: SupportedLanguage): Patterns {
  let p = compiled.get(lang);
  if (!p) {
    const lex = TRANSFERS[lang];
    const third = COUNTRIES.filter((c) => !c.eea);
    p = {
      noneLabels: wordPattern(lex.noneLabels),
      outside: wordPattern(lex.outside),
      inside: wordPattern(lex.inside),
      destinationCues: wordPattern(lex.destinationCues),
      absent: wordPattern(lex.absent),
      safeguards: wordPattern(lex.safeguards),
      mechanisms: (Object.entries(lex.mechanisms) as [TransferMechanism, string[]][]).map(([m, phrases]) => [m, wordPattern(phrases)]),
      origin: wholeWord(lex.originPrepositions),
      destination: wholeWord(lex.destinationPrepositions),
      person: wholeWord(lex.personNouns),
      anyCountry: wordPattern(third.flatMap((c) => c.names[lang])),
      anyCode: exactWordPattern(third.flatMap((c) => c.caseSensitive ?? [])),
      countries: third.map((c) => ({ code: c.code, names: wordPattern(c.names[lang]), exact: c.caseSensitive ? exactWordPattern(c.caseSensitive) : null })),
      postal: POSTAL_FORMS.map((f) => ({ code: f.code, re: exactWordPattern(f.patterns) })),
      seat: lex.seatCues?.length ? wordPattern(lex.seatCues) : null,
      companies: Object.entries(lex.companiesOf ?? {}).flatMap(([code, phrases]) => (phrases?.length ? [{ code, re: wordPattern(phrases) }] : [])),
    };
    compiled.set(lang, p);
  }
  return p;
}

/** One word that is exactly one of the phrases. */
function wholeWord(sources: readonly string[]): RegExp {
  return caselessRegExp(`^(?:${sources.join('|')})$`, 'iu');
}

/** The named transfer instruments (LAWS entries) with their mechanism, all in one pattern to skip most sentences. */
let instrumentCache: { any: RegExp; list: { id: string; mechanism: TransferMechanism; law: LawEntry; re: RegExp }[] } | null = null;

function instruments(): NonNullable<typeof instrumentCache> {
  if (!instrumentCache) {
    const list = Object.entries(TRANSFER_INSTRUMENTS).flatMap(([id, mechanism]) => {
      const law = LAWS.find((l) => l.id === id);
      return law ? [{ id, mechanism, law, re: wordPattern(law.patterns) }] : [];
    });
    instrumentCache = { any: wordPattern(list.flatMap((i) => i.law.patterns)), list };
  }
  return instrumentCache;
}

/** What one sentence says about transfers. */
interface Statement {
  sentence: Sentence;
  /** Country codes or "outside_eea" the data go to. */
  destinations: string[];
  mechanisms: TransferMechanism[];
  /** Instruments named (LAWS ids), for a destination they imply. */
  instruments: string[];
  /** "none": the text denies transfers; "inside": it says data stay in the EU/EEA. */
  denial: 'none' | 'inside' | null;
}

/**
 * Statements on whether personal data go outside the EU/EEA: where to and under which mechanism, or that they do
 * not ({destination: null, mechanism: 'none'}). A registry fact about a recipient ("Google is a US company") is not
 * a statement in the text, so `recipients` never creates a transfer on its own.
 */
/**
 * The countries outside the EEA whose own data-protection law or authority the policy names (the UK GDPR, the ICO,
 * the Swiss FADP): a UK or Swiss organisation keeping data "within the UK" transfers nothing to a third country.
 */
export function homeCountries(laws: readonly LawReference[], authority: SupervisoryAuthority | null): Set<string> {
  const home = new Set<string>();
  for (const ref of laws) {
    const country = JURISDICTION_COUNTRY[lawById(ref.id)?.jurisdiction ?? ''];
    if (country) home.add(country);
  }
  // The name is as written ("ICO"): the registry entry whose patterns match it.
  const entry = authority ? AUTHORITIES.find((a) => test(wordPattern(a.patterns), authority.name)) : undefined;
  if (entry && Object.values(JURISDICTION_COUNTRY).includes(entry.country)) home.add(entry.country);
  return home;
}

/** Jurisdictions of the law registry outside the EEA with a data-protection regime of their own. */
const JURISDICTION_COUNTRY: Readonly<Record<string, string>> = { uk: 'GB', ch: 'CH' };

export function extractTransfers(ctx: ExtractContext, recipients: Recipient[], home: ReadonlySet<string> = new Set()): Transfer[] {
  // Sentences that name a recipient: one giving the recipient's address abroad places the data there.
  // A recipient's evidence quotes its first mention; a later sentence naming it again ("der Kartendienst Google Maps der
  // Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA") counts as well.
  const recipientSentences = new Set(recipients.flatMap((r) => r.evidence.map(startKey)));
  const names = [...new Set(recipients.filter((r) => r.kind !== 'category').map((r) => r.name))];
  const named = (s: Sentence): boolean => recipientSentences.has(startKey(ctx.sentence(s))) || names.some((n) => s.text.includes(n));
  // An address card breaks its lines ("Hébergeur : GitHub, Inc. ⏎ 88 Colin P Kelly Jr St, San Francisco, CA 94107,
  // États-Unis"): a line of the block after the one naming the recipient is its address.
  const namesRecipient = (s: Sentence, own = false): boolean => named(s) || (!own && s.block.sentences.some((o) => o.start < s.start && named(o)));
  // What the right of access tells ("die Empfänger, insbesondere in Drittländern") is asked only of the few sentences
  // that state something, not of every sentence.
  const statements = ctx.doc.sentences
    .filter((s) => s.block.kind !== 'heading')
    .map((s) => readSentence(ctx, s, namesRecipient))
    .filter((st): st is Statement => st !== null && !describesAccessRight(ctx, st.sentence));
  const positive = statements.filter((st) => st.denial === null);
  const out = pairUp(ctx, positive).filter((t) => !home.has(t.destination ?? ''));
  // "We process your data within the EEA" only says no transfers when nothing else says there are some.
  const denials = statements.filter((st) => st.denial === 'none' || (st.denial === 'inside' && positive.length === 0));
  if (denials.length > 0) out.push({ destination: null, mechanism: 'none', evidence: denials.map((st) => ctx.sentence(st.sentence)) });
  return out;
}

function readSentence(ctx: ExtractContext, sentence: Sentence, namesRecipient: (s: Sentence, own?: boolean) => boolean): Statement | null {
  const text = sentence.text;
  const st: Statement = { sentence, destinations: [], mechanisms: [], instruments: [], denial: null };
  const named = instruments();
  if (test(named.any, text)) {
    for (const { id, mechanism, law, re } of named.list) {
      if (!hits(re, text).some((h) => !denied(ctx, text, h)) || notInForce(law, text)) continue;
      add(st.mechanisms, mechanism);
      add(st.instruments, id);
    }
  }
  if (ctx.lang) readWords(ctx, st, patternsFor(ctx.lang));
  if (ctx.lang && st.destinations.length === 0 && st.denial === null) {
    const p = patternsFor(ctx.lang);
    // "Mailchimp, société américaine", "ein US-amerikanisches Unternehmen".
    for (const company of p.companies) if (hits(company.re, text).some((h) => !ctx.negated(text, h.start))) add(st.destinations, company.code);
    if (st.destinations.length === 0 && namesRecipient(sentence)) {
      for (const code of addressCountries(ctx, text, p)) add(st.destinations, code);
      // "Formspree.io Inc. ist ein Dienstleister mit Sitz in den USA", "Stripe is headquartered in the US".
      if (p.seat && test(p.seat, text) && namesRecipient(sentence, true)) for (const code of destinationCountries(ctx, text, p)) add(st.destinations, code);
    }
  }
  if (st.destinations.length === 0 && st.mechanisms.length === 0 && st.denial === null) return null;
  return st;
}

/** The language-dependent part: outside/inside phrases, countries as destinations, mechanisms in words. */
function readWords(ctx: ExtractContext, st: Statement, p: Patterns): void {
  const text = st.sentence.text;
  if (test(p.noneLabels, text)) st.denial = 'none';
  for (const h of hits(p.outside, text)) {
    if (ctx.negated(text, h.start)) st.denial = 'none';
    else add(st.destinations, OUTSIDE);
  }
  const hasCue = test(p.destinationCues, text);
  if (hasCue) for (const code of destinationCountries(ctx, text, p)) add(st.destinations, code);
  // "Ihre Daten werden nicht in die USA übermittelt" denies a transfer, but like "within the EEA" only where nothing
  // else says there are some ("encrypted such that it cannot be processed in the United States" beside a US store).
  if (hasCue && st.denial === null && st.destinations.length === 0 && destinationCountries(ctx, text, p, true).length > 0) st.denial = 'inside';
  if (st.denial === null && st.destinations.length === 0 && hasCue) {
    if (hits(p.inside, text).some((h) => !ctx.negated(text, h.start))) st.denial = 'inside';
  }
  const named = st.destinations.length > 0 || st.mechanisms.length > 0;
  let topic: boolean | undefined;
  const context = (): boolean => named || (topic ??= ctx.inTopic(st.sentence.block, 'transfers', true));
  for (const [mechanism, re] of p.mechanisms) {
    if (mechanism === 'derogation' && !context()) continue;
    if (hits(re, text).some((h) => !denied(ctx, text, h))) add(st.mechanisms, mechanism);
  }
  // "Shopify is based in Canada, which has been recognised as adequate": with a mechanism, a country the sentence
  // places something in is where the data go, even without a word for sending or storing them.
  if (!hasCue && st.mechanisms.length > 0) for (const code of destinationCountries(ctx, text, p)) add(st.destinations, code);
  // "Passende waarborgen: modelcontractbepalingen" names its mechanism; the generic word only counts on its own.
  if (st.mechanisms.length > 0) return;
  const safeguard = hits(p.safeguards, text).some((h) => !denied(ctx, text, h));
  if (safeguard && context()) add(st.mechanisms, 'unspecified');
}

/** Non-EEA countries the sentence sends or keeps data in (the caller checked for a storage/transfer word): a
 * destination preposition just before the name ("stored in the United States", "to the US"), not "from", not denied
 * (`negatedOnly`: only the denied ones, "nicht in die USA übermittelt"). */
function destinationCountries(ctx: ExtractContext, text: string, p: Patterns, negatedOnly = false): string[] {
  const names = test(p.anyCountry, text);
  const codes = test(p.anyCode, text);
  if (!names && !codes) return [];
  const out: string[] = [];
  for (const country of p.countries) {
    const found = names ? hits(country.names, text) : [];
    if (codes && country.exact) found.push(...hits(country.exact, text));
    for (const h of found) {
      if (ctx.negated(text, h.start) !== negatedOnly) continue;
      if (prepositionBefore(text, h.start, p) !== 'destination') continue;
      add(out, country.code);
    }
  }
  return out;
}

/**
 * Non-EEA countries that end a postal address in the sentence, or stand in brackets after a name, ("Anbieter ist die GitHub Inc., 88 Colin P Kelly Jr St,
 * San Francisco, CA 94107, USA"): the recipient named there, and the data it gets, are in that country.
 */
function addressCountries(ctx: ExtractContext, text: string, p: Patterns): string[] {
  const out: string[] = [];
  // A US state and ZIP code end an address that names no country: "San Francisco, California 94107".
  for (const form of p.postal) if (test(form.re, text)) add(out, form.code);
  if (!test(p.anyCountry, text)) return out;
  for (const country of p.countries) {
    for (const h of hits(country.names, text)) {
      // A postcode or house number within the few words before, and a comma, dash or line end just before the country
      // ("San Francisco, CA 94107 — États-Unis").
      const before = text.slice(Math.max(0, h.start - 60), h.start);
      // Or the country in brackets right after an organisation's name: "operated by Open Collective Inc. (USA)", "(San
      // Francisco, USA)", "(The Rocket Science Group LLC, États-Unis)".
      const bracketed = /(?:[\p{L}.]\s*\(|\([^()]{2,60},)\s*$/u.test(before) && /^\s*\)/u.test(text.slice(h.end));
      if ((bracketed || /\d{3,}[^\d.;:!?]{0,40}(?:[,\n]|\s[–—-])\s*$/u.test(before)) && !ctx.negated(text, h.start)) add(out, country.code);
    }
  }
  return out;
}

/** The nearest preposition within three words before `start` ("in an encrypted form in the"): origin or destination. */
function prepositionBefore(text: string, start: number, p: Patterns): 'origin' | 'destination' | null {
  const all = text.slice(0, start).match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let i = all.length - 1; i >= Math.max(0, all.length - 3); i--) {
    if (p.origin.test(all[i])) return 'origin';
    // "users in the EEA, UK and Switzerland" places people, whose data come from there.
    if (p.destination.test(all[i])) return i > 0 && p.person.test(all[i - 1]) ? 'origin' : 'destination';
  }
  return null;
}

/** A mechanism named as absent or denied: "zonder adequaatheidsbesluit", "not covered by an adequacy decision". */
function denied(ctx: ExtractContext, text: string, h: Hit): boolean {
  if (ctx.negated(text, h.start, 5)) return true;
  if (!ctx.lang) return false;
  const before = (text.slice(0, h.start).match(/[\p{L}\p{N}]+/gu) ?? []).slice(-4).join(' ');
  return test(patternsFor(ctx.lang).absent, before);
}

/**
 * From sentence statements to transfers. A sentence that names a mechanism but no destination takes the destinations
 * of its section (else the one its instrument implies, else "outside_eea"); one that names a destination but no
 * mechanism takes the section's mechanisms (else "unspecified"). A destination with a named mechanism drops its
 * "unspecified" entry, whose evidence moves to the first named one.
 */
function pairUp(ctx: ExtractContext, statements: Statement[]): Transfer[] {
  const sections = new Map<number, Statement[]>();
  for (const st of statements) {
    const key = st.sentence.block.section;
    sections.set(key, [...(sections.get(key) ?? []), st]);
  }
  const pairs = new Map<string, { destination: string; mechanism: TransferMechanism; evidence: Evidence[] }>();
  for (const st of statements) {
    const group = sections.get(st.sentence.block.section) ?? [st];
    const groupDestinations = unique(group.flatMap((g) => g.destinations));
    const groupMechanisms = unique(group.flatMap((g) => g.mechanisms)).filter((m) => m !== 'unspecified');
    const destinations = st.destinations.length > 0 ? st.destinations : groupDestinations.length > 0 ? groupDestinations : [impliedDestination(group)];
    for (const destination of destinations) {
      // A mechanism taken from the section must fit the destination: the DPF does not cover a transfer to Canada.
      const inherited = groupMechanisms.filter((m) => destination === 'US' || destination === OUTSIDE || !US_ONLY_MECHANISMS.includes(m));
      const mechanisms = st.mechanisms.length > 0 ? st.mechanisms : inherited.length > 0 ? inherited : ['unspecified' as const];
      for (const mechanism of mechanisms) {
        const key = `${destination}\u0000${mechanism}`;
        const pair = pairs.get(key) ?? { destination, mechanism, evidence: [] };
        pairs.set(key, pair);
        const ev = ctx.sentence(st.sentence);
        if (!pair.evidence.some((e) => e.line === ev.line && e.column === ev.column)) pair.evidence.push(ev);
      }
    }
  }
  const all = [...pairs.values()];
  const out: Transfer[] = [];
  for (const pair of all) {
    if (pair.mechanism === 'unspecified') {
      const named = all.find((p) => p.destination === pair.destination && p.mechanism !== 'unspecified');
      if (named) {
        for (const e of pair.evidence) if (!named.evidence.some((x) => x.line === e.line && x.column === e.column)) named.evidence.push(e);
        continue;
      }
    }
    out.push(pair);
  }
  for (const t of out) t.evidence.sort((a, b) => a.line - b.line || a.column - b.column);
  return out;
}

/** Mechanisms that only ever covered transfers to the United States (the DPF, Privacy Shield), not adequacy, which
 * Safe Harbor shares with every other adequacy decision. */
const US_ONLY_MECHANISMS: readonly TransferMechanism[] = Object.values(TRANSFER_INSTRUMENTS).filter(
  (m) => Object.entries(TRANSFER_INSTRUMENTS).every(([id, other]) => other !== m || US_ONLY_INSTRUMENTS.includes(id)) && !Object.values(TRANSFERS).some((lex) => m in lex.mechanisms),
);

function impliedDestination(group: Statement[]): string {
  const instruments = group.flatMap((g) => g.instruments);
  return instruments.length > 0 && instruments.every((i) => US_ONLY_INSTRUMENTS.includes(i)) ? 'US' : OUTSIDE;
}

function add<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

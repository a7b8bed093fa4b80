import type { Evidence, Recipient, SupportedLanguage, Transfer, TransferMechanism } from '../model/types.js';
import type { Sentence } from '../document/index.js';
import type { ExtractContext } from './context.js';
import { TRANSFERS, TRANSFER_INSTRUMENTS, US_ONLY_INSTRUMENTS, type TransfersLexicon } from '../lexicon/transfers.js';
import { LAWS } from '../lexicon/laws.js';
import { COUNTRIES, type CountryEntry } from '../lexicon/countries.js';
import { exactWordPattern, hits, test, wordPattern, type Hit } from '../lexicon/compile.js';
import { notInForce } from './laws.js';

const OUTSIDE = 'outside_eea';

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
export function extractTransfers(ctx: ExtractContext, recipients: Recipient[]): Transfer[] {
  void recipients;
  const statements = ctx.doc.sentences
    .filter((s) => s.block.kind !== 'heading')
    .map((s) => readSentence(ctx, s))
    .filter((st): st is Statement => st !== null);
  const positive = statements.filter((st) => st.denial === null);
  const out = pairUp(ctx, positive);
  // "We process your data within the EEA" only says no transfers when nothing else says there are some.
  const denials = statements.filter((st) => st.denial === 'none' || (st.denial === 'inside' && positive.length === 0));
  if (denials.length > 0) out.push({ destination: null, mechanism: 'none', evidence: denials.map((st) => ctx.sentence(st.sentence)) });
  return out;
}

function readSentence(ctx: ExtractContext, sentence: Sentence): Statement | null {
  const text = sentence.text;
  const st: Statement = { sentence, destinations: [], mechanisms: [], instruments: [], denial: null };
  for (const [id, mechanism] of Object.entries(TRANSFER_INSTRUMENTS)) {
    const law = LAWS.find((l) => l.id === id);
    if (!law || notInForce(law, text)) continue;
    if (hits(wordPattern(law.patterns), text).some((h) => !denied(ctx, text, h))) {
      add(st.mechanisms, mechanism);
      add(st.instruments, id);
    }
  }
  const lang = ctx.lang;
  if (lang) readWords(ctx, st, TRANSFERS[lang], lang);
  if (st.destinations.length === 0 && st.mechanisms.length === 0 && st.denial === null) return null;
  return st;
}

/** The language-dependent part: outside/inside phrases, countries as destinations, mechanisms in words. */
function readWords(ctx: ExtractContext, st: Statement, lex: TransfersLexicon, lang: SupportedLanguage): void {
  const text = st.sentence.text;
  if (test(wordPattern(lex.noneLabels), text)) st.denial = 'none';
  for (const h of hits(wordPattern(lex.outside), text)) {
    if (ctx.negated(text, h.start)) st.denial = 'none';
    else add(st.destinations, OUTSIDE);
  }
  for (const code of destinationCountries(ctx, text, lex, lang)) add(st.destinations, code);
  const hasCue = test(wordPattern(lex.destinationCues), text);
  if (st.denial === null && st.destinations.length === 0 && hasCue) {
    if (hits(wordPattern(lex.inside), text).some((h) => !ctx.negated(text, h.start))) st.denial = 'inside';
  }
  const context = st.destinations.length > 0 || st.mechanisms.length > 0 || ctx.inTopic(st.sentence.block, 'transfers', true);
  for (const [mechanism, phrases] of Object.entries(lex.mechanisms) as [TransferMechanism, string[]][]) {
    if (mechanism === 'derogation' && !context) continue;
    if (hits(wordPattern(phrases), text).some((h) => !denied(ctx, text, h))) add(st.mechanisms, mechanism);
  }
  // "Passende waarborgen: modelcontractbepalingen" names its mechanism; the generic word only counts on its own.
  const safeguard = hits(wordPattern(lex.safeguards), text).some((h) => !denied(ctx, text, h));
  if (context && safeguard && st.mechanisms.length === 0) add(st.mechanisms, 'unspecified');
}

/** Non-EEA countries the sentence sends or keeps data in: a storage/transfer word in the sentence and a destination
 * preposition just before the name ("stored in the United States", "to the US"), not "from" and not denied. */
function destinationCountries(ctx: ExtractContext, text: string, lex: TransfersLexicon, lang: SupportedLanguage): string[] {
  if (!test(wordPattern(lex.destinationCues), text)) return [];
  const out: string[] = [];
  for (const country of COUNTRIES) {
    if (country.eea) continue;
    for (const h of countryHits(country, text, lang)) {
      if (ctx.negated(text, h.start)) continue;
      if (prepositionBefore(text, h.start, lex) !== 'destination') continue;
      add(out, country.code);
    }
  }
  return out;
}

function countryHits(country: CountryEntry, text: string, lang: SupportedLanguage): Hit[] {
  const found = hits(wordPattern(country.names[lang]), text);
  if (country.caseSensitive) found.push(...hits(exactWordPattern(country.caseSensitive), text));
  return found;
}

/** The nearest preposition within three words before `start` ("in an encrypted form in the"): origin or destination. */
function prepositionBefore(text: string, start: number, lex: TransfersLexicon): 'origin' | 'destination' | null {
  const words = (text.slice(0, start).match(/[\p{L}\p{N}]+/gu) ?? []).slice(-3).reverse();
  const origin = wholeWord(lex.originPrepositions);
  const destination = wholeWord(lex.destinationPrepositions);
  for (const w of words) {
    if (origin.test(w)) return 'origin';
    if (destination.test(w)) return 'destination';
  }
  return null;
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

/** A mechanism named as absent or denied: "zonder adequaatheidsbesluit", "not covered by an adequacy decision". */
function denied(ctx: ExtractContext, text: string, h: Hit): boolean {
  if (ctx.negated(text, h.start, 5)) return true;
  if (!ctx.lang) return false;
  const before = (text.slice(0, h.start).match(/[\p{L}\p{N}]+/gu) ?? []).slice(-4).join(' ');
  return test(wordPattern(TRANSFERS[ctx.lang].absent), before);
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
    const mechanisms = st.mechanisms.length > 0 ? st.mechanisms : groupMechanisms.length > 0 ? groupMechanisms : ['unspecified' as const];
    for (const destination of destinations) {
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

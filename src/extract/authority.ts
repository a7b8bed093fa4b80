import type { Block } from '../document/index.js';
import type { SupervisoryAuthority } from '../model/types.js';
import type { ExtractContext } from './context.js';
import { hits, test, wordPattern } from '../lexicon/compile.js';
import { itemAt, outermost, runBefore } from './window.js';
import { AUTHORITIES, type AuthorityEntry } from '../lexicon/authorities.js';
import { AUTHORITY_CONTEXT, COMPLAINT_CUES, CONTROLLER_LEXICON } from '../lexicon/controller.js';
import { authorityIn, phraseEvidence } from './controller.js';

interface Mention {
  authority: AuthorityEntry;
  block: Block;
  start: number;
  end: number;
  text: string;
}

/**
 * The supervisory authority the policy names, as written ("Autoriteit Persoonsgegevens", "Information Commissioners
 * Office"), also a former one ("College Bescherming Persoonsgegevens", even as a heading). A generic reference
 * ("your local supervisory authority", "de toezichthouder") names none and gives null. Where several are named, the
 * one named for complaints wins, then a national body over an EU board, then a current name over a former one
 * ("Gegevensbeschermingsautoriteit" for complaints over "Privacycommissie" for cookie advice), then the first.
 */
export function extractSupervisoryAuthority(ctx: ExtractContext): SupervisoryAuthority | null {
  const infoOnly = informationOnlyPattern(ctx);
  const all = ctx.doc.blocks.flatMap((block) => mentionsIn(block)).filter((m) => !infoOnly || !citedForInformation(m, infoOnly));
  const mentions = all.filter((m) => !isAbbreviation(m.text) || all.some((o) => o.authority === m.authority && !isAbbreviation(o.text)) || inAuthorityContext(m));
  // A name written out beats a bare domain ("autoriteitpersoonsgegevens.nl" in a link text).
  const named = mentions.filter((m) => !isDomain(m.text));
  const pool = named.length ? named : mentions;
  if (!pool.length) return null;
  const first = pool.map((m, order) => ({ m, order, rank: rank(ctx, m) })).sort((a, b) => a.rank - b.rank || a.order - b.order)[0].m;
  // "the Austrian data protection authority (“Datenschutzbehörde”)": the body's own name, where the sentence gives both.
  const sentence = sentenceOf(first);
  const same = named.filter((m) => m.block === first.block && m.authority === first.authority && (!sentence || (sentence.start <= m.start && m.start < sentence.end)));
  const best = same.sort((a, b) => properness(b.text) - properness(a.text) || a.start - b.start)[0] ?? first;
  return { name: best.text, evidence: [phraseEvidence(ctx, best.block, best.start, best.end)] };
}

/** Lower is better: named for complaints, a national body, a current name. */
function rank(ctx: ExtractContext, m: Mention): number {
  return (namedForComplaints(ctx, m) || namedCompetent(ctx, m) ? 0 : 4) + (m.authority.country === 'EU' ? 2 : 0) + (m.authority.outdated ? 1 : 0);
}

/** A complaint word in the mention's sentence, the sentence before it, or the heading of its section ("Klachten"). */
function namedForComplaints(ctx: ExtractContext, m: Mention): boolean {
  const re = complaintPattern();
  if (test(re, withSentenceBefore(m))) return true;
  const heading = ctx.heading(m.block);
  return heading !== null && heading !== m.block && test(re, heading.text);
}

/** The mention's sentence or the one before says it is the authority competent for the controller. */
function namedCompetent(ctx: ExtractContext, m: Mention): boolean {
  const re = languagePattern(ctx, COMPETENT_PATTERNS, (cues) => cues.authorityCompetent);
  return re !== null && test(re, withSentenceBefore(m));
}

/** The mention's sentence and the one before it (the whole block when the mention is in no sentence). */
function withSentenceBefore(m: Mention): string {
  const i = m.block.sentences.findIndex((x) => x.start <= m.start && m.start < x.end);
  return i < 0 ? m.block.text : m.block.text.slice(m.block.sentences[Math.max(0, i - 1)].start, m.block.sentences[i].end);
}

let patterns: { authority: AuthorityEntry; re: RegExp }[] | null = null;
let complaint: RegExp | null = null;
let context: RegExp | null = null;

const complaintPattern = (): RegExp => (complaint ??= wordPattern(COMPLAINT_CUES));
/** One pattern per authority, compiled on first use. */
const authorityPatterns = (): { authority: AuthorityEntry; re: RegExp }[] =>
  (patterns ??= AUTHORITIES.map((authority) => ({ authority, re: wordPattern(authority.patterns) })));

function mentionsIn(block: Block): Mention[] {
  const out: Mention[] = [];
  if (!authorityIn(block.text)) return out;
  for (const { authority, re } of authorityPatterns()) {
    for (const h of hits(re, block.text)) {
      if (insideLinkTarget(block.text, h.start)) continue;
      out.push({ authority, block, start: h.start, end: h.end, text: h.text.replace(/\s+/gu, ' ') });
    }
  }
  // Where two patterns overlap, keep the longer match.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return outermost(out);
}

const isAbbreviation = (text: string): boolean => /^[\p{Lu}\p{N}]{2,6}$/u.test(text);

function sentenceOf(m: Mention): { start: number; end: number; text: string } | undefined {
  return itemAt(m.block.sentences, m.start);
}

type ControllerCues = (typeof CONTROLLER_LEXICON)[keyof typeof CONTROLLER_LEXICON];
const COMPETENT_PATTERNS = new Map<string, RegExp | null>();
const INFORMATION_ONLY_PATTERNS = new Map<string, RegExp | null>();

/** One of the language's authority wordings, compiled once per language (null when the pack has none). */
function languagePattern(ctx: ExtractContext, cache: Map<string, RegExp | null>, pick: (cues: ControllerCues) => readonly string[] | undefined): RegExp | null {
  if (!ctx.lang) return null;
  if (!cache.has(ctx.lang)) {
    const cues = pick(CONTROLLER_LEXICON[ctx.lang]);
    cache.set(ctx.lang, cues?.length ? wordPattern(cues) : null);
  }
  return cache.get(ctx.lang) ?? null;
}

/** The language's wording of an authority cited as a source of information (null when the pack has none). */
function informationOnlyPattern(ctx: ExtractContext): RegExp | null {
  return languagePattern(ctx, INFORMATION_ONLY_PATTERNS, (cues) => cues.authorityInformationOnly);
}

/** A mention whose sentence only points to the authority for information ("more information … visit the ICO's website"), no complaint. */
function citedForInformation(m: Mention, infoOnly: RegExp): boolean {
  const text = sentenceOf(m)?.text ?? m.block.text;
  return test(infoOnly, text) && !test(complaintPattern(), text);
}

function inAuthorityContext(m: Mention): boolean {
  context ??= wordPattern(AUTHORITY_CONTEXT);
  return test(context, sentenceOf(m)?.text ?? m.block.text);
}

// Module constants: a bundler targeting Node 20 rewrites a literal with a bare \p{…} to `new RegExp(…)` on every call.
const ENDS_IN_TLD = /\.\p{L}{2,}$/u;
const STARTS_CAPITAL = /^\p{Lu}/u;

const isDomain = (text: string): boolean => ENDS_IN_TLD.test(text) && !/\s/u.test(text);

/**
 * True when a web address in the text has a supervisory authority's host ("https://autoriteitpersoonsgegevens.nl/…/klacht",
 * "https://www.cnil.fr/plaintes"). Such a link tells where to complain, but names no authority for the model: a
 * careful reader records the authority only where the text names it.
 */
export function authorityHostIn(text: string): boolean {
  if (!text.includes('//') || !authorityIn(text)) return false;
  return authorityPatterns().some(({ re }) => hits(re, text).some((h) => AT_HOST.test(runBefore(text, h.start))));
}
const AT_HOST = /^(?:https?:)?\/\/(?:www\.)?$/u;

/** A mention inside a written URL ("https://autoriteitpersoonsgegevens.nl/nl/…") is a link, not a name. */
function insideLinkTarget(text: string, pos: number): boolean {
  const chunk = runBefore(text, pos);
  return /[/:]/u.test(chunk);
}

/** Share of capitalised words: a proper name ("Datenschutzbehörde") over a description ("Austrian data protection authority"). */
function properness(text: string): number {
  const words = text.split(/\s+/u);
  return words.filter((w) => STARTS_CAPITAL.test(w)).length / words.length;
}

import type { Block, Sentence } from '../document/index.js';
import type { Dpo, Evidence, SupportedLanguage } from '../model/types.js';
import type { ExtractContext } from './context.js';
import { exactWordPattern, hits, test, wordPattern, type Hit } from '../lexicon/compile.js';
import { itemAt } from './window.js';
import { CONSISTENCY_LEXICON } from '../lexicon/consistency.js';
import { CONTROLLER_LEXICON, DPO_ABBREVIATIONS, DPO_TITLES, PERSON_PARTICLES, type ControllerLexicon } from '../lexicon/controller.js';
import { authorityIn, findAddresses, findPhones, phraseEvidence, type Spot } from './controller.js';
import { findEmails, hiddenEmails, type EmailSpot, type HiddenEmailSpot } from './email.js';
import { caselessRegExp } from '../lexicon/caseless.js';

/**
 * The data protection officer: a DPO title (Functionaris Gegevensbescherming, FG, Data Protection Officer, DPO, …)
 * AND a way to reach that person next to it — in the same sentence, later in the same block, or in the block (or
 * table, or list) right after it in the same section. A title offered as a service, a negated one ("we have not
 * appointed a DPO"), a title with only a link ("see the DPO page") and an address given "for all other questions"
 * give no DPO.
 */
export function extractDpo(ctx: ExtractContext): Dpo | null {
  const lex = ctx.lang ? CONTROLLER_LEXICON[ctx.lang] : null;
  const re = ctx.lang ? dpoPatterns(ctx.lang) : null;
  const { fullTitle, abbreviation } = TITLES();
  // "FG" and "DPD" are other things too (a parcel service); they count where the policy also spells the title out.
  const withFull = ctx.doc.blocks.filter((b) => test(fullTitle, b.text));
  const spelledOut = withFull.length > 0;
  // Only blocks with a title need a look at their sentences (in document order, as `doc.sentences`).
  const titled = new Set([...withFull, ...ctx.doc.blocks.filter((b) => test(abbreviation, b.text))]);
  // "Wij hebben geen FG aangesteld. Voor vragen: privacy@…": neither that block nor a heading over it names a DPO.
  const noDpo = ctx.lang ? wordPattern(CONSISTENCY_LEXICON[ctx.lang].noDpo ?? []) : null;
  const denied = new Set(noDpo ? [...titled].filter((b) => test(noDpo, b.text)) : []);
  for (const sentence of ctx.doc.sentences) {
    if (!titled.has(sentence.block) || denied.has(sentence.block)) continue;
    if (sentence.block.kind === 'heading' && ctx.sectionBlocks(sentence.block).some((b) => denied.has(b))) continue;
    // Nor a title on its own line over a denial ("Data Protection Officer ⏎ We have not appointed a DPO.").
    if (titleAlone(sentence.block.text) && followingUnit(ctx, sentence.block, true).some((b) => denied.has(b))) continue;
    for (const title of titlesIn(sentence.text, spelledOut)) {
      if ((re && offeredAsService(sentence.text, title, re)) || ctx.negated(sentence.text, title.start)) continue;
      let reach = contactNear(ctx, sentence, lex, re);
      if (!reaches(reach) && re?.namesHolder.test(sentence.text.slice(0, title.start))) reach = contactBefore(ctx, sentence, lex);
      if (!reaches(reach) && re?.detailsElsewhere && test(re.detailsElsewhere, sentence.text)) reach = contactElsewhere(ctx, lex);
      if (!reaches(reach)) continue;
      const evidence: Evidence[] = [ctx.sentence(sentence)];
      const hidden = reach.email ? null : reach.hidden;
      // A postal address reaches the DPO too, but only where nothing else does (ANNOTATION.md counts it).
      const address = reach.email || reach.phone || hidden ? null : reach.address;
      for (const spot of [reach.email, hidden, reach.phone, address]) if (spot) evidence.push(phraseEvidence(ctx, spot.block, spot.start, spot.end));
      const dpo: Dpo = { name: personNamed(sentence.text, title), email: reach.email?.address ?? null, phone: reach.phone?.text ?? null, evidence };
      if (hidden) dpo.emailHidden = true;
      if (address) dpo.address = address.text;
      return dpo;
    }
  }
  return null;
}

/** The DPO titles, written out (any case) and abbreviated (case-sensitive). */
const TITLES = (() => {
  let value: { fullTitle: RegExp; abbreviation: RegExp } | undefined;
  return () => (value ??= { fullTitle: wordPattern(DPO_TITLES), abbreviation: exactWordPattern(DPO_ABBREVIATIONS) });
})();

/** The per-language patterns, built once per language. */
interface DpoPatterns {
  serviceBefore: RegExp;
  serviceAfter: RegExp;
  otherMatters: RegExp;
  /** "X is (namens Y) de Functionaris Gegevensbescherming", "… who is the DPO": the title names who holds it. */
  namesHolder: RegExp;
  /** "… at the address above": the controller's contact details reach the DPO (`ControllerLexicon.detailsElsewhere`). */
  detailsElsewhere: RegExp | null;
}

const PATTERNS = new Map<SupportedLanguage, DpoPatterns>();

function dpoPatterns(lang: SupportedLanguage): DpoPatterns {
  let p = PATTERNS.get(lang);
  if (!p) {
    const lex = CONTROLLER_LEXICON[lang];
    p = {
      serviceBefore: caselessRegExp(`(?:${lex.dpoServiceBefore.join('|')})\\s*$`, 'iu'),
      serviceAfter: caselessRegExp(`^\\s*(?:${lex.dpoServiceAfter.join('|')})(?![\\p{L}])`, 'iu'),
      otherMatters: wordPattern(lex.otherMatters),
      detailsElsewhere: lex.detailsElsewhere?.length ? wordPattern(lex.detailsElsewhere) : null,
      namesHolder: caselessRegExp(`(?:^|\\s)(?:${lex.subjectVerbs.join('|')})\\s+(?:\\S+\\s+){0,6}?[\\p{Pi}\\p{Ps}"']?$`, 'iu'),
    };
    PATTERNS.set(lang, p);
  }
  return p;
}

/** DPO titles in a sentence; an abbreviation right after the full title ("Functionaris Gegevensbescherming (FG)") is the same mention. */
function titlesIn(text: string, spelledOut: boolean): Hit[] {
  const full = hits(TITLES().fullTitle, text);
  const short = hits(TITLES().abbreviation, text).filter((h) => (spelledOut || h.text === 'DPO') && !full.some((f) => f.start <= h.start && h.start < f.end + 6));
  return [...full, ...short].sort((a, b) => a.start - b.start);
}

/** "diensten als Functionaris Gegevensbescherming (FG)", "FG-diensten", "DPO as a service": a product, not our DPO. */
function offeredAsService(text: string, title: Hit, re: DpoPatterns): boolean {
  const before = text.slice(Math.max(0, title.start - 40), title.start);
  const after = text.slice(title.end).replace(/^\s*\([^)]*\)/u, '');
  return re.serviceBefore.test(before) || re.serviceAfter.test(after);
}

interface Reach {
  email: EmailSpot | null;
  phone: Spot | null;
  /** An address hidden from the text ("[email protected]"). */
  hidden: HiddenEmailSpot | null;
  /** A postal address ("Responsable de la protection des données, Allée 1a, CH-6210 Sursee"). */
  address: Spot | null;
}

/** Some way to reach the DPO was found. */
const reaches = (r: Reach): boolean => !!(r.email || r.phone || r.hidden || r.address);

/** An e-mail address or phone number in the title's sentence, the rest of its block, or the next block of its section. */
function contactNear(ctx: ExtractContext, sentence: Sentence, lex: ControllerLexicon | null, re: DpoPatterns | null): Reach {
  const block = sentence.block;
  // "For all other privacy questions, email privacy@…": that address is not the DPO's, unless the title is in that sentence.
  const forOthers = (b: Block, pos: number): boolean => {
    if (!re) return false;
    const s = itemAt(b.sentences, pos);
    return !!s && s !== sentence && test(re.otherMatters, s.text);
  };
  const usable = (b: Block, spot: Spot, from: number): boolean => spot.end > from && !authorityNear(b, spot.start) && !forOthers(b, spot.start);
  const own = (b: Block, from: number): Reach => ({
    email: findEmails(b).find((e) => usable(b, e, from)) ?? null,
    phone: findPhones(b, lex).find((p) => usable(b, p, from)) ?? null,
    hidden: hiddenEmails(b).find((h) => usable(b, { ...h, text: h.text }, from)) ?? null,
    address: findAddresses(b).find((a) => usable(b, a, from)) ?? null,
  });
  const inBlock = own(block, sentence.start);
  if (inBlock.email || inBlock.phone || inBlock.hidden) return inBlock;
  const authorityDpo = authorityIn(sentence.text) || authorityIn(block.text);
  if (authorityDpo) inBlock.address = null;
  // A table or list after the title ("Name or title of DPO: …", "Email address: …") is read as a whole.
  // The title's own sentence must be the lead-in: "… en Functionaris Gegevensbescherming⏎De verwerkingsverantwoordelijke
  // is:" introduces the controller.
  // A title standing alone on its line ("Data Protection Officer", "Our DPO:") heads a card as a heading does.
  const leadIn = (/:\s*$/u.test(sentence.text) && block.sentences[block.sentences.length - 1] === sentence) || titleAlone(block.text);
  const unit = followingUnit(ctx, block, leadIn).map((b) => own(b, 0));
  const found = { email: unit.find((r) => r.email)?.email ?? null, phone: unit.find((r) => r.phone)?.phone ?? null, hidden: unit.find((r) => r.hidden)?.hidden ?? null };
  // A postal address only from the title's own block or after a lead-in ("… notre délégué : ⏎ Allée 1a, CH-6210 Sursee");
  // under a heading naming both roles it is the controller's. Never for an authority's own DPO ("son délégué (DPO)").
  const ownAddress = authorityDpo ? null : (inBlock.address ?? (leadIn && block.kind !== 'heading' ? (unit.find((r) => r.address)?.address ?? null) : null));
  return { ...found, address: ownAddress };
}

/** The first contact details the text gives that are not an authority's: what "the address above" points to. */
function contactElsewhere(ctx: ExtractContext, lex: ControllerLexicon | null): Reach {
  const none: Reach = { email: null, phone: null, hidden: null, address: null };
  for (const b of ctx.doc.blocks) {
    const email = findEmails(b).find((e) => !authorityNear(b, e.start));
    if (email) return { ...none, email };
  }
  for (const b of ctx.doc.blocks) {
    const phone = findPhones(b, lex).find((p) => !authorityNear(b, p.start));
    if (phone) return { ...none, phone };
    const address = findAddresses(b).find((a) => !authorityNear(b, a.start));
    if (address) return { ...none, address };
  }
  return none;
}

/**
 * The contact card the title closes: "E-mail: info@… ⏎ Telefoon: … ⏎ Eline is de Functionaris Gegevensbescherming", or
 * "please email honsec@… ⏎ who is the Data Protection Officer". Only for a title that names its holder, where nothing
 * after it reaches anyone: the last e-mail or phone earlier in the title's block, or in the block right before it.
 */
function contactBefore(ctx: ExtractContext, sentence: Sentence, lex: ControllerLexicon | null): Reach {
  const block = sentence.block;
  const earlier = (b: Block, until: number): Reach => ({
    email: findEmails(b).filter((e) => e.end <= until && !authorityNear(b, e.start)).pop() ?? null,
    phone: findPhones(b, lex).filter((p) => p.end <= until && !authorityNear(b, p.start)).pop() ?? null,
    hidden: null,
    address: null,
  });
  const own = earlier(block, sentence.start);
  if (own.email || own.phone) return own;
  const previous = ctx.doc.blocks[block.index - 1];
  if (block.sentences[0] !== sentence || !previous || previous.kind === 'heading' || block.kind === 'heading') return own;
  return earlier(previous, previous.text.length);
}

/** The block after `block` in its section; a whole table or list when that is what follows; a heading's or a lead-in's first blocks. */
function followingUnit(ctx: ExtractContext, block: Block, leadIn = false): Block[] {
  const blocks = ctx.doc.blocks;
  const out: Block[] = [];
  // A line ending in a colon ("Our DPO can be contacted at:") introduces what follows, as a heading does: an address
  // card and "or via dpo@…" may take a block each.
  const limit = block.kind === 'heading' || leadIn ? 3 : 1;
  for (let i = block.index + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'heading') break;
    const sameRun = out.length > 0 && (b.kind === 'tableRow' || b.kind === 'listItem') && b.kind === out[out.length - 1].kind;
    // An address card split into one-line paragraphs (a name, the organisation, street, town, then the e-mail) is
    // read to its end, up to six lines.
    const card = out.length > 0 && out.length < 6 && cardLine(b) && out.every(cardLine);
    if (out.length >= limit && !sameRun && !card) break;
    out.push(b);
  }
  return out;
}

/** A short line of an address card: a paragraph of one line, no sentence in it. */
function cardLine(b: Block): boolean {
  const text = b.text.trim();
  return b.kind === 'paragraph' && text.length > 0 && text.length <= 60 && !/\n/u.test(text) && !/\p{Ll}[.!?](?:\s|$)/u.test(text);
}

/** The block is a DPO title and little else ("Data Protection Officer", "**Our DPO:**", "Group DPO"). */
function titleAlone(text: string): boolean {
  const { fullTitle, abbreviation } = TITLES();
  if (text.trim().length > 60 || /\p{N}/u.test(text)) return false;
  const rest = text
    .replace(fullTitle, ' ')
    .replace(abbreviation, ' ')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .trim();
  return rest.length < text.trim().length && (rest === '' || rest.split(/\s+/u).length <= 2);
}

function authorityNear(block: Block, pos: number): boolean {
  const s = itemAt(block.sentences, pos);
  return authorityIn(s ? s.text : block.text);
}

const PERSON_WORD = "\\p{Lu}\\p{Ll}+(?:[-'’]?\\p{Lu}\\p{Ll}+)?";
const PERSON = `${PERSON_WORD}(?:\\s+(?:(?:${PERSON_PARTICLES.map((p) => p.replace(/'/gu, "['’]")).join('|')})\\s+){0,3}${PERSON_WORD}){1,3}`;
/** A person's name just before the title, one or two small words apart ("Jeroen Hermans is de Functionaris …"). */
const PERSON_BEFORE = new RegExp(`(${PERSON})\\s+(?:\\p{Ll}+\\s+){1,2}$`, 'u');
/** A person's name just after the title ("our data protection officer directly: Drew DeVault"). */
const PERSON_AFTER = new RegExp(`^\\s*(?:\\([^)]*\\))?(?:\\s+\\p{Ll}+){0,2}\\s*[:,–-]?\\s*(${PERSON})(?![\\p{L}])`, 'u');

/** "Jeroen Hermans is de Functionaris …", "our data protection officer directly: Drew DeVault". */
function personNamed(text: string, title: Hit): string | null {
  const before = PERSON_BEFORE.exec(text.slice(0, title.start));
  if (before) return before[1];
  const after = PERSON_AFTER.exec(text.slice(title.end));
  if (after && !test(TITLES().fullTitle, after[1])) return after[1];
  return null;
}

import type { Block, Sentence } from '../document/index.js';
import type { Dpo, Evidence } from '../model/types.js';
import type { ExtractContext } from './context.js';
import { exactWordPattern, hits, test, wordPattern, type Hit } from '../lexicon/compile.js';
import { CONTROLLER_LEXICON, DPO_ABBREVIATIONS, DPO_TITLES, PERSON_PARTICLES, type ControllerLexicon } from '../lexicon/controller.js';
import { authorityIn, findEmails, findPhones, phraseEvidence, type EmailSpot, type Spot } from './controller.js';

/**
 * The data protection officer: a DPO title (Functionaris Gegevensbescherming, FG, Data Protection Officer, DPO, …)
 * AND a way to reach that person next to it — in the same sentence, later in the same block, or in the block (or
 * table, or list) right after it in the same section. A title offered as a service, a negated one ("we have not
 * appointed a DPO") and a title with only a link ("see the DPO page") give no DPO.
 */
export function extractDpo(ctx: ExtractContext): Dpo | null {
  const lex = ctx.lang ? CONTROLLER_LEXICON[ctx.lang] : null;
  const fullTitle = wordPattern(DPO_TITLES);
  // "FG" and "DPD" are other things too (a parcel service); they count where the policy also spells the title out.
  const spelledOut = ctx.doc.blocks.some((b) => test(fullTitle, b.text));
  for (const sentence of ctx.doc.sentences) {
    for (const title of titlesIn(sentence.text, spelledOut)) {
      if (offeredAsService(sentence.text, title, lex) || ctx.negated(sentence.text, title.start)) continue;
      const reach = contactNear(ctx, sentence, lex);
      if (!reach.email && !reach.phone) continue;
      const evidence: Evidence[] = [ctx.sentence(sentence)];
      for (const spot of [reach.email, reach.phone]) if (spot) evidence.push(phraseEvidence(ctx, spot.block, spot.start, spot.end));
      return { name: personNamed(sentence.text, title), email: reach.email?.address ?? null, phone: reach.phone?.text ?? null, evidence };
    }
  }
  return null;
}

/** DPO titles in a sentence; an abbreviation right after the full title ("Functionaris Gegevensbescherming (FG)") is the same mention. */
function titlesIn(text: string, spelledOut: boolean): Hit[] {
  const full = hits(wordPattern(DPO_TITLES), text);
  const short = hits(exactWordPattern(DPO_ABBREVIATIONS), text).filter((h) => (spelledOut || h.text === 'DPO') && !full.some((f) => f.start <= h.start && h.start < f.end + 6));
  return [...full, ...short].sort((a, b) => a.start - b.start);
}

/** "diensten als Functionaris Gegevensbescherming (FG)", "FG-diensten", "DPO as a service": a product, not our DPO. */
function offeredAsService(text: string, title: Hit, lex: ControllerLexicon | null): boolean {
  if (!lex) return false;
  const before = text.slice(Math.max(0, title.start - 40), title.start);
  const after = text.slice(title.end).replace(/^\s*\([^)]*\)/u, '');
  return (
    new RegExp(`(?:${lex.dpoServiceBefore.join('|')})\\s*$`, 'iu').test(before) ||
    new RegExp(`^\\s*(?:${lex.dpoServiceAfter.join('|')})(?![\\p{L}])`, 'iu').test(after)
  );
}

interface Reach {
  email: EmailSpot | null;
  phone: Spot | null;
}

/** An e-mail address or phone number in the title's sentence, the rest of its block, or the next block of its section. */
function contactNear(ctx: ExtractContext, sentence: Sentence, lex: ControllerLexicon | null): Reach {
  const block = sentence.block;
  const own = (b: Block, from: number): Reach => ({
    email: findEmails(b).find((e) => e.end > from && !authorityNear(b, e.start)) ?? null,
    phone: findPhones(b, lex).find((p) => p.end > from && !authorityNear(b, p.start)) ?? null,
  });
  const inBlock = own(block, sentence.start);
  if (inBlock.email || inBlock.phone) return inBlock;
  // A table or list after the title ("Name or title of DPO: …", "Email address: …") is read as a whole.
  const unit = followingUnit(ctx, block).map((b) => own(b, 0));
  return { email: unit.find((r) => r.email)?.email ?? null, phone: unit.find((r) => r.phone)?.phone ?? null };
}

/** The block after `block` in its section; a whole table or list when that is what follows; a heading's first blocks. */
function followingUnit(ctx: ExtractContext, block: Block): Block[] {
  const blocks = ctx.doc.blocks;
  const out: Block[] = [];
  const limit = block.kind === 'heading' ? 3 : 1;
  for (let i = block.index + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'heading') break;
    const sameRun = out.length > 0 && (b.kind === 'tableRow' || b.kind === 'listItem') && b.kind === out[out.length - 1].kind;
    if (out.length >= limit && !sameRun) break;
    out.push(b);
  }
  return out;
}

function authorityNear(block: Block, pos: number): boolean {
  const s = block.sentences.find((x) => x.start <= pos && pos < x.end);
  return authorityIn(s ? s.text : block.text);
}

/** "Jeroen Hermans is de Functionaris …", "our data protection officer directly: Drew DeVault". */
function personNamed(text: string, title: Hit): string | null {
  const particles = PERSON_PARTICLES.map((p) => p.replace(/'/gu, "['’]"));
  const word = "\\p{Lu}\\p{Ll}+(?:[-'’]?\\p{Lu}\\p{Ll}+)?";
  const person = `${word}(?:\\s+(?:(?:${particles.join('|')})\\s+){0,3}${word}){1,3}`;
  const before = new RegExp(`(${person})\\s+(?:\\p{Ll}+\\s+){1,2}$`, 'u').exec(text.slice(0, title.start));
  if (before) return before[1];
  const after = new RegExp(`^\\s*(?:\\([^)]*\\))?(?:\\s+\\p{Ll}+){0,2}\\s*[:,–-]?\\s*(${person})(?![\\p{L}])`, 'u').exec(text.slice(title.end));
  if (after && !test(wordPattern(DPO_TITLES), after[1])) return after[1];
  return null;
}

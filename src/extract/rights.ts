import type { Evidence, Right, RightId } from '../model/types.js';
import { RIGHT_IDS } from '../model/types.js';
import type { Block, Sentence } from '../document/index.js';
import { RIGHTS, type RightsLexicon } from '../lexicon/rights.js';
import { COMMON } from '../lexicon/common.js';
import { hits, test, wordPattern, type Hit } from '../lexicon/compile.js';
import type { ExtractContext } from './context.js';

/** A cue may follow its grant by this many words, and the next cue of a list the previous one by this many. */
const GRANT_REACH = 20;
const LIST_REACH = 12;
/** A nominal grant ("recht op", "verzoek tot") binds a cue this close without further checks. */
const NOMINAL_REACH = 3;

interface Grant {
  start: number;
  end: number;
  nominal: boolean;
}

/** The last accepted cue of a list, and whether the list hangs on a nominal grant ("verzoek tot inzage, correctie"). */
interface Anchor {
  end: number;
  nominal: boolean;
}

interface Cue extends Hit {
  right: RightId;
  standalone: boolean;
}

/**
 * The data subject's rights the policy gives (Art. 13(2)(b)-(d)): one entry per right, with every sentence that
 * states it. A right counts when it is given to the person, not when the organisation deletes data on its own, when
 * cookies are deleted in a browser, or when rights are declared not applicable.
 */
export function extractRights(ctx: ExtractContext): Right[] {
  if (!ctx.lang) return [];
  const lex = RIGHTS[ctx.lang];
  const found = new Map<RightId, Evidence[]>();
  const inherited = inheritedGrants(ctx, lex);
  for (const sentence of ctx.doc.sentences) {
    if (!readable(ctx, sentence, lex)) continue;
    const rights = rightsInSentence(ctx, sentence, lex, inherited.has(sentence));
    for (const id of rights) {
      const list = found.get(id) ?? [];
      list.push(ctx.sentence(sentence));
      found.set(id, list);
    }
  }
  const out = RIGHT_IDS.filter((id) => found.has(id)).map((id) => ({ id, evidence: found.get(id)! }));
  // Document order of the first statement, then the canonical order of the ids.
  return out.sort((a, b) => {
    const [ea, eb] = [a.evidence[0], b.evidence[0]];
    return ea.line - eb.line || ea.column - eb.column || RIGHT_IDS.indexOf(a.id) - RIGHT_IDS.indexOf(b.id);
  });
}

/** Headings count only when text follows them; sentences that declare rights not applicable never count. */
function readable(ctx: ExtractContext, sentence: Sentence, lex: RightsLexicon): boolean {
  if (sentence.block.kind === 'heading' && !ctx.sectionBlocks(sentence.block).some((b) => b.kind !== 'heading')) return false;
  return !test(wordPattern(lex.notApplicable), sentence.text);
}

/** The rights a sentence gives, in the order their cues appear. */
function rightsInSentence(ctx: ExtractContext, sentence: Sentence, lex: RightsLexicon, inherited: boolean): RightId[] {
  const text = sentence.text;
  const grants = findGrants(ctx, text, lex);
  if (inherited) grants.unshift({ start: 0, end: 0, nominal: false });
  const out: RightId[] = [];
  // The last accepted cue (or grant) and whether it came from a nominal grant: a list continues from it.
  let anchor: Anchor | null = null;
  for (const cue of findCues(sentence, lex)) {
    const grant = nearestGrant(grants, cue.start, text);
    const fromList = continuesList(anchor, cue, text);
    const nominal = (grant !== null && grant.nominal && wordsBetween(text, grant.end, cue.start) <= NOMINAL_REACH) || fromList?.nominal === true;
    let accepted: boolean;
    if (cue.standalone) accepted = !ctx.negated(text, cue.start);
    else if (nominal) accepted = true;
    else if (grant || fromList) accepted = givenToPerson(ctx, text, cue, lex);
    else accepted = false;
    if (!accepted) continue;
    anchor = { end: cue.end, nominal };
    if (!out.includes(cue.right)) out.push(cue.right);
  }
  return out;
}

/** The list anchor a cue continues ("inzage, correctie of verwijdering"), if it is close enough. */
function continuesList(anchor: Anchor | null, cue: Cue, text: string): Anchor | null {
  if (!anchor || anchor.end > cue.start) return null;
  return wordsBetween(text, anchor.end, cue.start) <= LIST_REACH ? anchor : null;
}

/** Grants in a sentence, without the organisation's own reservations and without negated nominal grants. */
function findGrants(ctx: ExtractContext, text: string, lex: RightsLexicon): Grant[] {
  const reservation = wordPattern(lex.reservations);
  const negation = wordPattern(COMMON[ctx.lang!].negation);
  const grants: Grant[] = [];
  const add = (sources: string[], nominal: boolean) => {
    for (const h of hits(wordPattern(sources), text)) {
      const before = lastWords(text, h.start, 4);
      if (test(reservation, before)) continue;
      if (nominal && test(negation, lastWords(text, h.start, 2))) continue;
      grants.push({ start: h.start, end: h.end, nominal });
    }
  };
  add(lex.nominalGrants, true);
  add(lex.grants, false);
  return grants.sort((a, b) => a.start - b.start || Number(b.nominal) - Number(a.nominal));
}

/** The grant closest before a cue, within reach. */
function nearestGrant(grants: Grant[], at: number, text: string): Grant | null {
  let best: Grant | null = null;
  for (const g of grants) {
    if (g.end > at) break;
    if (wordsBetween(text, g.end, at) > GRANT_REACH) continue;
    if (!best || g.end > best.end || (g.end === best.end && g.nominal)) best = g;
  }
  return best;
}

/**
 * Every cue of every right in a sentence, in text order. A sentence that is only a link to another page (a menu
 * entry, "see our rights page") names a page, not a right; a link to a place on the same page is a heading anchor.
 */
function findCues(sentence: Sentence, lex: RightsLexicon): Cue[] {
  const cues: Cue[] = [];
  if (onlyLinks(sentence)) return cues;
  for (const id of RIGHT_IDS) {
    const right = lex.rights[id];
    for (const h of hits(wordPattern(right.standalone), sentence.text)) cues.push({ ...h, right: id, standalone: true });
    for (const h of hits(wordPattern(right.cues), sentence.text)) {
      if (cues.some((c) => c.right === id && c.start <= h.start && h.end <= c.end)) continue;
      cues.push({ ...h, right: id, standalone: false });
    }
  }
  return cues.sort((a, b) => a.start - b.start || RIGHT_IDS.indexOf(a.right) - RIGHT_IDS.indexOf(b.right));
}

function onlyLinks(sentence: Sentence): boolean {
  const links = sentence.block.links.filter((l) => !l.url.startsWith('#') && l.start < sentence.end && l.end > sentence.start);
  if (links.length === 0) return false;
  let rest = sentence.text;
  for (const l of links) {
    const from = Math.max(0, l.start - sentence.start);
    const to = Math.min(rest.length, l.end - sentence.start);
    rest = rest.slice(0, from) + ' '.repeat(to - from) + rest.slice(to);
  }
  return !/[\p{L}\p{N}]/u.test(rest);
}

/**
 * A cue after a clause grant ("u kunt ... verwijderen") is the person's right when it acts on personal data, is not
 * about cookies in a browser, is not done by someone else and is not negated.
 */
function givenToPerson(ctx: ExtractContext, text: string, cue: Cue, lex: RightsLexicon): boolean {
  const right = lex.rights[cue.right];
  if (!right.objectFree && !test(wordPattern(lex.dataObjects), text)) return false;
  if (test(wordPattern(lex.notAboutData), text)) return false;
  if (test(wordPattern(right.unless), text)) return false;
  const before = lastWords(text, cue.start, 1).trim().toLowerCase();
  if (lex.otherActors.includes(before)) return false;
  const after = (text.slice(cue.end).match(/^\s*([\p{L}]+)/u)?.[1] ?? '').toLowerCase();
  if (lex.otherActorsAfter.includes(after)) return false;
  return !ctx.negated(text, cue.start);
}

/**
 * Sentences that take their grant from an introduction ending in a colon ("You can ask us:", "U heeft de volgende
 * rechten:"): the rest of its block and the list that follows; and the list items of a section about rights
 * ("Your rights" followed by "- Access to your data").
 */
function inheritedGrants(ctx: ExtractContext, lex: RightsLexicon): Set<Sentence> {
  const out = new Set<Sentence>();
  const blocks = ctx.doc.blocks;
  for (const block of blocks) {
    if (block.kind === 'listItem' && ctx.inTopic(block, 'rights')) for (const s of block.sentences) out.add(s);
    for (const sentence of block.sentences) {
      if (!/:\s*$/u.test(sentence.text) || findGrants(ctx, sentence.text, lex).length === 0) continue;
      for (const s of block.sentences) if (s.start > sentence.start) out.add(s);
      for (const b of following(blocks, block)) for (const s of b.sentences) out.add(s);
    }
  }
  return out;
}

/** The list after an introduction: consecutive list items, or else the one paragraph that follows. */
function following(blocks: Block[], intro: Block): Block[] {
  const out: Block[] = [];
  for (let i = intro.index + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'listItem' || b.kind === 'tableRow') out.push(b);
    else {
      if (out.length === 0 && b.kind === 'paragraph') out.push(b);
      break;
    }
  }
  return out;
}

/** The last `n` words before `at`. */
function lastWords(text: string, at: number, n: number): string {
  const words = text.slice(0, at).match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  return words.slice(-n).join(' ');
}

/** Words between two offsets, not counting asides in parentheses ("(tenzij … niet gehouden is …)"). */
function wordsBetween(text: string, from: number, to: number): number {
  let plain = '';
  let depth = 0;
  for (const ch of text.slice(from, to)) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) plain += ch;
  }
  return (plain.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

import type { Evidence, Right, RightId, SupportedLanguage } from '../model/types.js';
import { RIGHT_IDS } from '../model/types.js';
import type { Block, Sentence } from '../document/index.js';
import { AUTHORITY_MARK, COMPLAINT, RIGHTS, type RightsLexicon } from '../lexicon/rights.js';
import { AUTHORITIES } from '../lexicon/authorities.js';
import { COMMON } from '../lexicon/common.js';
import { hits, openingPattern, test, wordPattern, type Hit } from '../lexicon/compile.js';
import type { ExtractContext } from './context.js';
import { firstStartingAt, lastRuns } from './window.js';

/** A cue may follow its grant by this many words, and the next cue of a list the previous one by this many. */
const GRANT_REACH = 20;
/** Characters between a grant and a cue beyond which no count of words brings them within reach (asides included). */
const MAX_SPAN = 4000;
const LIST_REACH = 12;
/** A nominal grant ("recht op", "verzoek tot") binds a cue this close without further checks. */
const NOMINAL_REACH = 3;
/** The label an entry of a list of rights opens with ("Inzage", "to erasure", "Access |") has at most this many words. */
const LABEL_WORDS = 5;

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

/** One right's phrases, compiled. */
interface RightPatterns {
  id: RightId;
  cues: RegExp;
  standalone: RegExp;
  unless: RegExp;
  objectFree: boolean;
}

/** A language's lexicon compiled once: every phrase family is one alternation, built on first use. */
interface Patterns {
  lex: RightsLexicon;
  nominalGrants: RegExp;
  grants: RegExp;
  reservations: RegExp;
  negation: RegExp;
  dataObjects: RegExp;
  notAboutData: RegExp;
  notApplicable: RegExp;
  describingNegations: RegExp;
  listIntros: RegExp;
  continuations: RegExp;
  /** Every cue and standalone phrase of every right: a sentence without a hit names no right. */
  anyRight: RegExp;
  rights: RightPatterns[];
  /** Words without which no complaint phrase matches, and the generic words for a supervisory authority. */
  complaintTriggers: RegExp;
  genericAuthorities: RegExp;
}

const compiled = new Map<SupportedLanguage, Patterns>();

/** The named authorities, compiled exactly as the authority extractor compiles them, so both share one RegExp each. */
let namedAuthorities: RegExp[] | null = null;

function patterns(lang: SupportedLanguage): Patterns {
  let p = compiled.get(lang);
  if (!p) {
    const lex = RIGHTS[lang];
    const rights = RIGHT_IDS.map((id) => {
      const r = lex.rights[id];
      return { id, cues: wordPattern(r.cues), standalone: wordPattern(r.standalone), unless: wordPattern(r.unless), objectFree: r.objectFree };
    });
    p = {
      lex,
      nominalGrants: wordPattern(lex.nominalGrants),
      grants: wordPattern(lex.grants),
      reservations: wordPattern(lex.reservations),
      negation: wordPattern(COMMON[lang].negation),
      dataObjects: wordPattern(lex.dataObjects),
      notAboutData: wordPattern(lex.notAboutData),
      notApplicable: wordPattern(lex.notApplicable),
      describingNegations: wordPattern(lex.describingNegations),
      listIntros: wordPattern(lex.listIntros),
      // A continuation counts only where a sentence opens with it: nothing after the start is scanned.
      continuations: openingPattern(lex.continuations),
      anyRight: wordPattern(RIGHT_IDS.flatMap((id) => (id === 'complaint' ? COMPLAINT[lang].triggers : [...lex.rights[id].standalone, ...lex.rights[id].cues]))),
      rights,
      complaintTriggers: wordPattern(COMPLAINT[lang].triggers),
      genericAuthorities: wordPattern(COMPLAINT[lang].authorities),
    };
    compiled.set(lang, p);
  }
  return p;
}

/**
 * The data subject's rights the policy gives (Art. 13(2)(b)-(d)): one entry per right, with every sentence that
 * states it. A right counts when it is given to the person, not when the organisation deletes data on its own, when
 * cookies are deleted in a browser, or when rights are declared not applicable.
 */
export function extractRights(ctx: ExtractContext): Right[] {
  if (!ctx.lang) return [];
  const p = patterns(ctx.lang);
  const found = new Map<RightId, Evidence[]>();
  const inherited = inheritedGrants(ctx, p);
  for (const sentence of ctx.doc.sentences) {
    // Most sentences name no right at all: one alternation rules them out before any closer reading.
    if (!test(p.anyRight, sentence.text) || !readable(ctx, sentence, p)) continue;
    const rights = rightsInSentence(ctx, sentence, p, inherited.get(sentence));
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

/** The sentence declares rights not applicable ("… Lösch- oder Übertragungsrechte derzeit nicht relevant"). */
export function declaresRightsNotApplicable(lang: SupportedLanguage, text: string): boolean {
  return test(patterns(lang).notApplicable, text);
}

/** The sentence's right words are about cookies or a browser, not personal data ("delete cookies in your browser"). */
export function rightWordsNotAboutData(lang: SupportedLanguage, text: string): boolean {
  return test(patterns(lang).notAboutData, text);
}

/** Headings count only when text follows them; sentences that declare rights not applicable never count. */
function readable(ctx: ExtractContext, sentence: Sentence, p: Patterns): boolean {
  if (sentence.block.kind === 'heading' && !ctx.sectionBlocks(sentence.block).some((b) => b.kind !== 'heading')) return false;
  return !test(p.notApplicable, sentence.text);
}

/**
 * The rights a sentence gives, in the order their cues appear. `inherited` is set when the sentence takes a grant from
 * its context; its `labelEnd` when the sentence opens an entry of a list of rights whose label may name one.
 */
function rightsInSentence(ctx: ExtractContext, sentence: Sentence, p: Patterns, inherited: Inherited | undefined): RightId[] {
  const text = sentence.text;
  // Negations that describe the data ("gegevens die niet kloppen") are blanked out before asking whether a cue is negated.
  const plain = blankDescribingNegations(text, p);
  const grants = findGrants(text, p);
  if (inherited) grants.unshift({ start: 0, end: 0, nominal: false });
  const longest = grants.reduce((max, g) => Math.max(max, g.end - g.start), 0);
  const labelEnd = inherited?.labelEnd ?? -1;
  // An entry that opens with the right's verb after "You can ask us to:" ("- Restrict what we do with it") under a
  // rights heading is that right, though it names no data: the list's subject is the person's data.
  const entryStart = inherited !== undefined && ctx.inTopic(sentence.block, 'rights') ? text.search(/\p{L}/u) : -1;
  const out: RightId[] = [];
  // The last accepted cue (or grant) and whether it came from a nominal grant: a list continues from it.
  let anchor: Anchor | null = null;
  const cues = findCues(sentence, p);
  // An enumeration names rights where rights are the subject: under a heading about them, after a grant. A heading
  // itself ("Gegevens inzien, aanpassen of verwijderen") names a topic, not rights (ANNOTATION.md).
  const enumerated = sentence.block.kind !== 'heading' && (grants.length > 0 || ctx.inTopic(sentence.block, 'rights')) ? enumeration(plain, cues) : new Set<Cue>();
  for (const cue of cues) {
    const grant = nearestGrant(grants, cue.start, text, longest);
    const fromList = continuesList(anchor, cue, text);
    const labelled = cue.end <= labelEnd;
    const imperative = entryStart >= 0 && cue.start === entryStart;
    const nominal = labelled || (grant !== null && grant.nominal && wordsBetween(text, grant.end, cue.start) <= NOMINAL_REACH) || fromList?.nominal === true;
    let accepted: boolean;
    if (cue.standalone || enumerated.has(cue)) accepted = !ctx.negated(plain, cue.start);
    else if (labelled || imperative) accepted = namesRight(ctx, plain, cue, p);
    else if (nominal) accepted = true;
    else if (grant || fromList) accepted = givenToPerson(ctx, plain, cue, p);
    else accepted = false;
    if (!accepted) continue;
    anchor = { end: cue.end, nominal };
    if (!out.includes(cue.right)) out.push(cue.right);
  }
  return out;
}

/** Between two entries of an enumeration: punctuation, or one short word ("and", "et", "und", "of"). */
const ENUMERATION_GAP = /^[\s,;/&+·•–-]*(?:\p{L}{1,4}[\s,;]*)?$/u;
/** Rights named in a run of at least this many different ones are named as rights, whatever their wording. */
const ENUMERATION_RIGHTS = 3;

/**
 * Cues that stand in an enumeration of rights ("accès, rectification, effacement, limitation, portabilité,
 * opposition"): three or more different rights, one after another with only punctuation or a conjunction between
 * them. Such a list names rights even without a grant or a data object beside each word.
 */
function enumeration(text: string, cues: Cue[]): Set<Cue> {
  const out = new Set<Cue>();
  let run: Cue[] = [];
  const close = () => {
    if (new Set(run.map((c) => c.right)).size >= ENUMERATION_RIGHTS) for (const c of run) out.add(c);
    run = [];
  };
  for (const cue of cues) {
    const last = run[run.length - 1];
    // A cue inside the previous one (two phrasings of one word) neither extends nor breaks the run.
    if (last && cue.start < last.end) continue;
    if (last && !ENUMERATION_GAP.test(text.slice(last.end, cue.start))) close();
    run.push(cue);
  }
  close();
  return out;
}

/** The text with negations that describe the data replaced by spaces (offsets unchanged). */
function blankDescribingNegations(text: string, p: Patterns): string {
  let out = text;
  for (const h of hits(p.describingNegations, text)) out = out.slice(0, h.start) + ' '.repeat(h.end - h.start) + out.slice(h.end);
  return out;
}

/** The list anchor a cue continues ("inzage, correctie of verwijdering"), if it is close enough. */
function continuesList(anchor: Anchor | null, cue: Cue, text: string): Anchor | null {
  if (!anchor || anchor.end > cue.start) return null;
  return wordsBetween(text, anchor.end, cue.start) <= LIST_REACH ? anchor : null;
}

/** Grants in a sentence, without the organisation's own reservations and without negated nominal grants. */
function findGrants(text: string, p: Patterns): Grant[] {
  const grants: Grant[] = [];
  const add = (re: RegExp, nominal: boolean) => {
    for (const h of hits(re, text)) {
      const before = lastWords(text, h.start, 4);
      if (test(p.reservations, before)) continue;
      if (nominal && test(p.negation, lastWords(text, h.start, 2))) continue;
      grants.push({ start: h.start, end: h.end, nominal });
    }
  };
  add(p.nominalGrants, true);
  add(p.grants, false);
  return grants.sort((a, b) => a.start - b.start || Number(b.nominal) - Number(a.nominal));
}

/** The grant closest before a cue, within reach. */
function nearestGrant(grants: Grant[], at: number, text: string, longest: number): Grant | null {
  let best: Grant | null = null;
  // Grants that end more than MAX_SPAN characters before the cue are out of reach; with grants sorted by start and
  // none longer than `longest`, those that start before `from` are among them.
  const from = firstStartingAt(grants, at - MAX_SPAN - longest);
  for (let i = from; i < grants.length; i++) {
    const g = grants[i];
    if (g.end > at) break;
    if (at - g.end > MAX_SPAN || wordsBetween(text, g.end, at, GRANT_REACH) > GRANT_REACH) continue;
    if (!best || g.end > best.end || (g.end === best.end && g.nominal)) best = g;
  }
  return best;
}

/**
 * Every cue of every right in a sentence, in text order. A sentence that is only a link to another page (a menu
 * entry, "see our rights page") names a page, not a right; a link to a place on the same page is a heading anchor.
 */
function findCues(sentence: Sentence, p: Patterns): Cue[] {
  const cues: Cue[] = [];
  if (onlyLinks(sentence)) return cues;
  for (const right of p.rights) {
    const id = right.id;
    if (id === 'complaint') {
      if (!test(p.complaintTriggers, sentence.text)) continue;
      for (const h of hits(right.standalone, markAuthorities(sentence.text, p))) cues.push({ ...h, right: id, standalone: true });
      continue;
    }
    for (const h of hits(right.standalone, sentence.text)) cues.push({ ...h, right: id, standalone: true });
    // A cue inside a standalone hit of the same right is that hit. Hits come in text order, so one pass over the
    // right's earlier cues (sorted by start, with the furthest end so far) answers "is it inside one" for each.
    const same = cues.filter((c) => c.right === id).sort((a, b) => a.start - b.start);
    let next = 0;
    let reach = -1;
    for (const h of hits(right.cues, sentence.text)) {
      while (next < same.length && same[next].start <= h.start) reach = Math.max(reach, same[next++].end);
      if (h.end <= reach) continue;
      cues.push({ ...h, right: id, standalone: false });
    }
  }
  return cues.sort((a, b) => a.start - b.start || RIGHT_IDS.indexOf(a.right) - RIGHT_IDS.indexOf(b.right));
}

/** The text with every supervisory authority it mentions replaced by AUTHORITY_MARK, offsets unchanged. */
function markAuthorities(text: string, p: Patterns): string {
  namedAuthorities ??= AUTHORITIES.map((a) => wordPattern(a.patterns));
  const marks = new Array<boolean>(text.length).fill(false);
  for (const re of [...namedAuthorities, p.genericAuthorities]) {
    for (const h of hits(re, text)) marks.fill(true, h.start, h.end);
  }
  let out = '';
  for (let i = 0; i < text.length; i++) out += marks[i] ? AUTHORITY_MARK : text[i];
  return out;
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
/** A right named by the label of an entry in a list of rights ("- Inzage", "| Erasure |"), unless about cookies or negated. */
function namesRight(ctx: ExtractContext, text: string, cue: Cue, p: Patterns): boolean {
  const right = p.rights[RIGHT_IDS.indexOf(cue.right)];
  return !test(p.notAboutData, text) && !test(right.unless, text) && !ctx.negated(text, cue.start);
}

function givenToPerson(ctx: ExtractContext, text: string, cue: Cue, p: Patterns): boolean {
  const right = p.rights[RIGHT_IDS.indexOf(cue.right)];
  if (!right.objectFree && !test(p.dataObjects, text)) return false;
  if (test(p.notAboutData, text)) return false;
  if (test(right.unless, text)) return false;
  const before = lastWords(text, cue.start, 1).trim().toLowerCase();
  if (p.lex.otherActors.includes(before)) return false;
  const after = (text.slice(cue.end).match(/^\s*([\p{L}]+)/u)?.[1] ?? '').toLowerCase();
  if (p.lex.otherActorsAfter.includes(after)) return false;
  return !ctx.negated(text, cue.start);
}

/** How a sentence takes its grant from the context; `labelEnd` is the end of the label it opens with, or -1. */
interface Inherited {
  labelEnd: number;
}

/**
 * Sentences that take their grant from the context: the rest of the block and the list after an introduction that
 * ends in a colon after a grant ("You can ask us:", "U heeft de volgende rechten:") or, before a list, in the grant
 * itself ("You have the right", "U heeft het recht op"); and the entries of a section about rights ("Your rights"
 * followed by "- Access to your data", a table row "| Inzage | …", a term "Erasure" above its description). The
 * first sentence of such an entry may name its right in its label.
 */
function inheritedGrants(ctx: ExtractContext, p: Patterns): Map<Sentence, Inherited> {
  const out = new Map<Sentence, Inherited>();
  const inherit = (s: Sentence, labelEnd = -1) => {
    const prev = out.get(s);
    if (!prev || prev.labelEnd < labelEnd) out.set(s, { labelEnd });
  };
  const inheritEntry = (b: Block) => b.sentences.forEach((s, i) => inherit(s, i === 0 ? entryLabelEnd(b, s) : -1));
  const blocks = ctx.doc.blocks;
  for (const block of blocks) {
    if (isEntry(block) && ctx.inTopic(block, 'rights')) inheritEntry(block);
    block.sentences.forEach((sentence, i) => {
      // "Sie haben das Recht auf Auskunft. Dies gilt auch für die Einschränkung …": the second sentence extends the
      // first one's grant.
      if (i > 0 && test(p.continuations, sentence.text) && findGrants(block.sentences[i - 1].text, p).length > 0) inherit(sentence);
      const last = i === block.sentences.length - 1;
      const colonIntro = /:\s*$/u.test(sentence.text) && findGrants(sentence.text, p).length > 0;
      const listIntro = last && following(blocks, block).some((b) => b.kind !== 'paragraph') && endsWithListIntro(sentence.text, p);
      if (!colonIntro && !listIntro) return;
      for (const s of block.sentences) if (s.start > sentence.start) inherit(s);
      for (const b of following(blocks, block)) {
        if (isEntry(b)) inheritEntry(b);
        else for (const s of b.sentences) inherit(s);
      }
    });
  }
  return out;
}

/** A list item, a table row other than the header, or a term on its own line ("Inzage", a <dt>). */
function isEntry(block: Block): boolean {
  if (block.kind === 'listItem') return true;
  if (block.kind === 'tableRow') return !block.isHeaderRow;
  return block.kind === 'paragraph' && !/[.!?]\s*$/u.test(block.text) && wordCount(block.text) <= LABEL_WORDS;
}

/** Where the label of an entry ends: at its first cell, colon, bracket, dash or comma; -1 when it is too long for a label. */
function entryLabelEnd(block: Block, sentence: Sentence): number {
  let end = sentence.text.length;
  const cell = block.kind === 'tableRow' ? block.cells?.[0] : undefined;
  if (cell) end = Math.min(end, Math.max(0, cell.end - sentence.start));
  const stop = /[:|(–—,;]|\s-\s/u.exec(sentence.text);
  if (stop) end = Math.min(end, stop.index);
  return wordCount(sentence.text.slice(0, end)) <= LABEL_WORDS ? end : -1;
}

/** True when the sentence ends in a grant that the list below it completes ("You have the right", "vragen om:"). */
function endsWithListIntro(text: string, p: Patterns): boolean {
  const end = text.replace(/[\s:]+$/u, '').length;
  return hits(p.listIntros, text).some((h) => h.end === end);
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

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** The last `n` words before `at`. */
function lastWords(text: string, at: number, n: number): string {
  return lastRuns(text, at, n, isWordChar).map((w) => w.text).join(' ');
}

const WORD_CHAR = /^[\p{L}\p{N}'’-]$/u;
const isWordChar = (char: string): boolean => WORD_CHAR.test(char);

/** Words between two offsets, not counting asides in parentheses ("(tenzij … niet gehouden is …)"). */
function wordsBetween(text: string, from: number, to: number, limit = Infinity): number {
  // One pass: a word is a run of letters and digits outside parentheses (an aside inside a word does not split it).
  let count = 0;
  let inWord = false;
  let depth = 0;
  for (const ch of text.slice(from, to)) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const letter = LETTER_OR_DIGIT.test(ch);
      if (letter && !inWord && ++count > limit) return count;
      inWord = letter;
    }
  }
  return count;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

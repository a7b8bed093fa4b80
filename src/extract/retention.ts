import type { Evidence, Retention, SupportedLanguage } from '../model/types.js';
import type { Block, PolicyDocument } from '../document/index.js';
import type { ExtractContext } from './context.js';
import type { Topic } from '../lexicon/common.js';
import { RETENTION, type RetentionLexicon } from '../lexicon/retention.js';
import { COOKIES, COOKIE_NAMES } from '../lexicon/cookies.js';
import { wordPattern, exactWordPattern, hits, once, test, type Hit } from '../lexicon/compile.js';
import { findDurations, type DurationMatch } from './duration.js';
import { caselessRegExp } from '../lexicon/caseless.js';
import { COMMON } from '../lexicon/common.js';

/**
 * Retention periods and criteria. One row per stated period ("maximaal 1 jaar"), per end point without a number
 * ("zolang u lid bent") and per passage of vague wording ("niet langer dan strikt nodig"), in document order.
 *
 * Periods about cookies are left to the cookie extractor (`Passage.cookies`), so that every stated period lands in
 * exactly one of the two; both read the same passages, built once per document.
 */

/** A stretch of text read as one statement: a sentence, or the retention cell of a table row. */
export interface Passage {
  block: Block;
  /** Range in `block.text`. */
  start: number;
  end: number;
  text: string;
  evidence: () => Evidence;
  /** The layout makes it about retention: a retention heading above, a "Storage:" line label, a retention column. */
  retentionLayout: boolean;
  /** What the layout says it is about: a line's label ("Klant data: …", "Personalia > …"), a table row's first cell. */
  subject: string | null;
  /** Where the text after a line label ("Storage: …") begins; 0 without one. */
  bodyStart: number;
  /** About cookies: its periods are cookie lifetimes, read by the cookie extractor, not retention periods. */
  cookies: boolean;
}

export function extractRetention(ctx: ExtractContext): Retention[] {
  const lang = ctx.lang;
  if (!lang) return [];
  const rows: Retention[] = [];
  let previous: { block: Block; kept: boolean } | null = null;
  for (const passage of passages(ctx)) {
    if (passage.cookies) {
      previous = null;
      continue;
    }
    // A sentence continuing a retention statement in the same paragraph ("For Bloom, it is until …").
    const continued = previous !== null && previous.block === passage.block && previous.kept;
    const found = rowsOf(lang, passage, continued);
    rows.push(...found);
    previous = { block: passage.block, kept: found.length > 0 };
  }
  return rows;
}

// ---------------------------------------------------------------- patterns, compiled once per language

/**
 * Every pattern the retention reader uses, built on a language's first policy and kept: building a pattern (and the
 * key `wordPattern` caches it under) on every call was most of this extractor's time.
 */
interface Patterns {
  cues: RegExp;
  deletionCues: RegExp;
  labels: RegExp;
  criteria: RegExp;
  deletionTriggers: RegExp;
  rightsWords: RegExp;
  vague: RegExp;
  necessity: RegExp;
  notRetention: RegExp;
  ageContext: RegExp;
  activeVerbs: RegExp;
  passiveAux: RegExp;
  objectEnds: RegExp;
  phraseEnds: RegExp;
  /** `phraseEnds` and the retention cues: an anchor after a period stops before the verb. */
  anchorEnds: RegExp;
  /** A phrase of `anchorWords` / `anchorsAfter` at the start of a text. */
  leadingAnchorWord: RegExp;
  leadingAnchorEvent: RegExp;
  /** An `anchorsBefore` event and up to six words, ending the text. */
  anchorBefore: RegExp;
  /** Phrases ending a text (`endsWith`) or starting it (`startsWith`). */
  ageUnitsEnd: RegExp;
  ageBeforeEnd: RegExp;
  ageAfterStart: RegExp;
  /** A period already stated ("na deze 14 dagen") or a look-back window ("de afgelopen 14 dagen") ends the text. */
  notNewPeriodEnd: RegExp;
  subordinatorStart: RegExp;
  /** Whole-word tests. */
  pointerSubject: RegExp;
  pronoun: RegExp;
  invertedSubject: RegExp | null;
  clauseOpener: RegExp;
  /** Fillers and leading verbs at the start or end of a subject. */
  junkStart: RegExp;
  junkEnd: RegExp;
  /** The passage is about cookies. */
  cookieNoun: RegExp;
  /** An example word opening the text in a square bracket ("e.g.,"), or null when the pack lists none. */
  exampleOpening: RegExp | null;
  /** Words joining clauses or list parts ("und", "and"): a retention verb after one belongs to another clause. */
  conjunction: RegExp;
}

const patternCache = new Map<SupportedLanguage, Patterns>();

function patterns(lang: SupportedLanguage): Patterns {
  let p = patternCache.get(lang);
  if (!p) {
    const common = COMMON[lang];
    p = compilePatterns(RETENTION[lang], COOKIES[lang].nouns, [...(common.conjunctions ?? []), ...(common.leadingConjunctions ?? [])]);
    patternCache.set(lang, p);
  }
  return p;
}

const alternation = (sources: readonly string[]) => `(?:${sources.join('|')})`;
const AFTER_WORD = '(?![\\p{L}\\p{N}])';
const BEFORE_WORD = '(?<![\\p{L}\\p{N}])';

function compilePatterns(lex: RetentionLexicon, cookieNouns: readonly string[], conjunctions: readonly string[]): Patterns {
  const endsWith = (sources: readonly string[]) => caselessRegExp(`${BEFORE_WORD}${alternation(sources)}\\s*$`, 'iu');
  const startsWith = (sources: readonly string[]) => caselessRegExp(`^\\s*${alternation(sources)}${AFTER_WORD}`, 'iu');
  const leading = (sources: readonly string[]) => caselessRegExp(`^[\\s,]*(${alternation(sources)})${AFTER_WORD}`, 'iu');
  const whole = (sources: readonly string[]) => caselessRegExp(`^${alternation(sources)}$`, 'iu');
  const junk = alternation([...lex.fillers, ...lex.leadingVerbs]);
  return {
    cues: wordPattern(lex.cues),
    deletionCues: wordPattern(lex.deletionCues),
    labels: wordPattern(lex.labels),
    criteria: wordPattern(lex.criteria),
    deletionTriggers: wordPattern(lex.deletionTriggers),
    rightsWords: wordPattern(lex.rightsWords),
    vague: wordPattern(lex.vague),
    necessity: wordPattern(lex.necessity),
    notRetention: wordPattern(lex.notRetention),
    ageContext: wordPattern(lex.ageContext),
    activeVerbs: wordPattern(lex.activeVerbs),
    passiveAux: wordPattern(lex.passiveAux),
    objectEnds: wordPattern(lex.objectEnds),
    phraseEnds: wordPattern(lex.phraseEnds),
    anchorEnds: wordPattern([...lex.phraseEnds, ...lex.cues]),
    leadingAnchorWord: leading(lex.anchorWords),
    leadingAnchorEvent: leading(lex.anchorsAfter),
    anchorBefore: caselessRegExp(`${BEFORE_WORD}${alternation(lex.anchorsBefore)}\\s+(?:[\\p{L}\\p{N}'’/-]+\\s+){1,6}$`, 'iu'),
    ageUnitsEnd: endsWith(lex.ageUnits.length > 0 ? lex.ageUnits : ['(?!)']),
    ageBeforeEnd: endsWith(lex.ageBefore),
    ageAfterStart: startsWith(lex.ageAfter),
    notNewPeriodEnd: endsWith([...lex.backReferences, ...lex.lookbacks]),
    subordinatorStart: startsWith(lex.subordinators),
    pointerSubject: whole(lex.pointerSubjects),
    pronoun: whole(lex.pronouns),
    invertedSubject: lex.invertedSubjects.length > 0 ? whole(lex.invertedSubjects) : null,
    clauseOpener: caselessRegExp(`${alternation(lex.clauseOpeners)}${AFTER_WORD}`, 'giu'),
    junkStart: caselessRegExp(`^${junk}${AFTER_WORD}\\s*`, 'iu'),
    junkEnd: caselessRegExp(`${BEFORE_WORD}${junk}$`, 'iu'),
    cookieNoun: wordPattern(cookieNouns),
    exampleOpening: lex.examplesInBrackets?.length ? caselessRegExp(`^\\s*${alternation(lex.examplesInBrackets)}(?![\\p{L}])`, 'iu') : null,
    conjunction: wordPattern(conjunctions.length > 0 ? conjunctions : ['(?!)']),
  };
}

/** Cookie names that say which kind they are ("_ga"): one pattern for all of them. */
const KNOWN_COOKIE_NAME = once(() => exactWordPattern([COOKIE_NAMES.filter((n) => n.kind !== null).map((n) => n.pattern).join('|')]));

// ---------------------------------------------------------------- passages

const passageCache = new WeakMap<PolicyDocument, Passage[]>();

/** Every sentence and retention table cell of the document, in order (headings excluded); built once per document. */
export function passages(ctx: ExtractContext): Passage[] {
  const lang = ctx.lang;
  if (!lang) return [];
  let out = passageCache.get(ctx.doc);
  if (!out) {
    out = buildPassages(ctx, lang);
    passageCache.set(ctx.doc, out);
  }
  return out;
}

function buildPassages(ctx: ExtractContext, lang: SupportedLanguage): Passage[] {
  const p = patterns(lang);
  const topics = topicReader(ctx);
  const out: Passage[] = [];
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'heading') continue;
    const layout = layoutOf(ctx, p, topics, block);
    const cell = block.kind === 'tableRow' ? retentionCell(p, block) : null;
    if (cell) out.push(cellPassage(ctx, p, layout, block, cell));
    else out.push(...sentencePassages(ctx, p, layout, block));
  }
  return out;
}

/** What a block's place in the document says about it. */
interface Layout {
  /** Under a retention heading, or a list item under a retention lead-in ("Wij hanteren de volgende bewaartermijnen:"). */
  retention: boolean;
  /** In a cookie section (not also a retention one), in a cookie table, or under a lead-in naming cookies. */
  cookies: boolean;
}

function layoutOf(ctx: ExtractContext, p: Patterns, topics: ReturnType<typeof topicReader>, block: Block): Layout {
  const retentionSection = topics(block, 'retention', true);
  const lead = leadIn(ctx, block);
  const cookieTable = block.kind === 'tableRow' && !!block.header?.some((h) => test(p.cookieNoun, h));
  return {
    retention: retentionSection || (block.kind === 'listItem' && lead !== null && test(p.cues, lead)),
    cookies: (topics(block, 'cookies', false) && !retentionSection) || cookieTable || (lead !== null && test(p.cookieNoun, lead)),
  };
}

/** The retention cell of a table row, its subject the row's first cell. */
function cellPassage(ctx: ExtractContext, p: Patterns, layout: Layout, block: Block, cell: { start: number; end: number; index: number }): Passage {
  const text = block.text.slice(cell.start, cell.end);
  return {
    block,
    start: cell.start,
    end: cell.end,
    text,
    evidence: () => ctx.span(block, cell.start, cell.end),
    retentionLayout: true,
    subject: cell.index > 0 ? cleanSubject(p, cellText(block, 0)) : null,
    bodyStart: 0,
    cookies: layout.cookies || namesCookie(p, text),
  };
}

/** The sentences of a block, each with the label it stands under and whether it is about cookies. */
function sentencePassages(ctx: ExtractContext, p: Patterns, layout: Layout, block: Block): Passage[] {
  const firstCell = block.kind === 'tableRow' && block.cells && block.cells.length > 1 ? cleanSubject(p, cellText(block, 0)) : null;
  const out: Passage[] = [];
  let previousNamedCookie = false;
  for (const sentence of block.sentences) {
    const label = labelAt(block.text, sentence.start, block.kind === 'listItem');
    const retentionLabel = label !== null && test(p.labels, label.text);
    const named = namesCookie(p, sentence.text);
    out.push({
      block,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      evidence: () => ctx.sentence(sentence),
      retentionLayout: layout.retention || retentionLabel,
      subject: (label !== null && !retentionLabel ? cleanSubject(p, label.text) : null) ?? firstCell,
      bodyStart: label ? Math.max(0, label.end - sentence.start) : 0,
      cookies: named || layout.cookies || (previousNamedCookie && startsWithPointer(p, sentence.text)),
    });
    previousNamedCookie = named;
  }
  return out;
}

/**
 * Whether a block's section is about a topic, asked once per section: `ctx.inTopic` walks the headings above a block,
 * and every block of a section gets the same answer.
 */
function topicReader(ctx: ExtractContext): (block: Block, topic: Topic, deep: boolean) => boolean {
  const memo = new Map<string, boolean>();
  return (block, topic, deep) => {
    const key = `${block.section}\u0000${topic}\u0000${deep}`;
    let value = memo.get(key);
    if (value === undefined) {
      value = ctx.inTopic(block, topic, deep);
      memo.set(key, value);
    }
    return value;
  };
}

/** True when the block's section is about `topic`; for the cookie extractor, which reads the same sections. */
export function sectionAbout(ctx: ExtractContext): (block: Block, topic: Topic, deep?: boolean) => boolean {
  const read = topicReader(ctx);
  return (block, topic, deep = false) => read(block, topic, deep);
}

function cellText(block: Block, index: number): string {
  const c = block.cells?.[index];
  return c ? block.text.slice(c.start, c.end) : '';
}

/** The cell of a table row under a retention column ("Bewaartermijn", "Retention period"). */
function retentionCell(p: Patterns, block: Block): { start: number; end: number; index: number } | null {
  if (block.isHeaderRow || !block.cells || !block.header) return null;
  const index = block.header.findIndex((h) => test(p.labels, h));
  const cell = index >= 0 ? block.cells[index] : undefined;
  return cell ? { ...cell, index } : null;
}

/** "Label: …" (or "Label > …"), and in a list item also "Label – …". */
const LABEL = /^\s*([^:>\n.!?]{1,80}?)(?:\s*:(?!\/\/)|\s+>)\s*/u;
const LABEL_OR_DASH = /^\s*([^:>\n.!?]{1,80}?)(?:\s*:(?!\/\/)|\s+>|\s+[–—-](?=\s))\s*/u;
const WHITE_SPACE = /\s+/u;

/**
 * The label a sentence stands under: one at its own start ("Security logs: from 90 days …" after "Application logs:
 * 14 days." on the same line), else one at the start of its line ("Klant data: …", "Storage:" in a field list).
 * `end` is where the text after the label begins.
 */
function labelAt(text: string, at: number, dashes: boolean): { text: string; end: number } | null {
  const lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
  const own = lineStart < at && /[.!?]\s*$/u.test(text.slice(lineStart, at)) ? labelFrom(text, at, dashes) : null;
  return own ?? labelFrom(text, lineStart, dashes);
}

function labelFrom(text: string, from: number, dashes: boolean): { text: string; end: number } | null {
  const m = (dashes ? LABEL_OR_DASH : LABEL).exec(text.slice(from, from + 200));
  if (!m) return null;
  const label = m[1]!.trim();
  return label.split(WHITE_SPACE).length <= 8 ? { text: label, end: from + m[0].length } : null;
}

/**
 * The paragraph introducing a block, ending in a colon: for a list item the one above its list ("Wij hanteren de
 * volgende bewaartermijnen:"), for another block the one right above it ("Cookies on example.com:" over lines of a
 * cookie list). Null when there is none in the same section.
 */
function leadIn(ctx: ExtractContext, block: Block): string | null {
  for (let i = block.index - 1; i >= 0; i--) {
    const b = ctx.doc.blocks[i]!;
    if (b.kind === 'listItem' && block.kind === 'listItem') continue;
    return b.kind === 'paragraph' && b.section === block.section && /:\s*$/u.test(b.text) ? b.text : null;
  }
  return null;
}

// ---------------------------------------------------------------- cookies versus retention

/*
 * A passage is about cookies (its periods are cookie lifetimes, read by the cookie extractor) when it names a cookie,
 * stands in a cookie section (not also a retention section), in a cookie table or under a lead-in naming cookies
 * ("Cookies on example.com:"), or continues the previous sentence's cookie with a pronoun ("It is deleted when you
 * close your browser").
 */

function namesCookie(p: Patterns, text: string): boolean {
  return test(p.cookieNoun, text) || test(KNOWN_COOKIE_NAME(), text);
}

const FIRST_WORD = /^\s*([\p{L}]+)/u;

function startsWithPointer(p: Patterns, text: string): boolean {
  const first = FIRST_WORD.exec(text)?.[1];
  return !!first && test(p.pointerSubject, first);
}

// ---------------------------------------------------------------- periods

/**
 * The durations in a text that can be periods of keeping something: not ages ("jonger dan 16 jaar"), not a
 * reference back to a period already stated ("na deze 14 dagen"), not a look-back window ("de afgelopen 14 dagen").
 */
export function statedPeriods(text: string, lang: SupportedLanguage): DurationMatch[] {
  const found = findDurations(text, lang);
  if (found.length === 0) return found;
  const p = patterns(lang);
  return found.filter((d) => !isAge(p, text, d) && !test(p.notNewPeriodEnd, text.slice(0, d.start)));
}

const YEARS = /^P\d+(?:[.,]\d+)?Y$/u;

function isAge(p: Patterns, text: string, d: DurationMatch): boolean {
  if (!YEARS.test(d.iso)) return false;
  if (test(p.ageUnitsEnd, d.text)) return true;
  if (test(p.ageBeforeEnd, text.slice(0, d.start)) || test(p.ageAfterStart, text.slice(d.end))) return true;
  const clause = clauseAround(text, d.start, d.end);
  return test(p.ageContext, clause) && !test(p.cues, clause);
}

const CLAUSE_PUNCTUATION = /[,;:]/u;

/**
 * A reply deadline, notice period or validity: the nearest telling word is no retention word, or one governs the
 * period from earlier in its clause ("We will respond to deletion requests within one month"). Such a word inside the
 * subject of a retention verb does not govern it: "Trial accounts … are deleted 30 days after the trial ends".
 */
function isOtherDeadline(p: Patterns, text: string, d: DurationMatch, others: Hit[], cues: Hit[]): boolean {
  const governing = retentionVerbFollows(p, text, d, others, cues)
    ? []
    : others.filter((h) => h.end <= d.start && !CLAUSE_PUNCTUATION.test(text.slice(h.end, d.start)));
  if (governing.some((h) => !subjectOfRetentionVerb(p, text, h.end, d.start, cues))) return true;
  const other = nearest(others, d);
  if (other === null) return false;
  const cue = nearest(cues, d);
  return cue === null || other < cue;
}

const MAX_WORDS_TO_VERB = 3;

/**
 * The period is the retention verb's own: a cue follows it within a few words of the same clause ("zwecks Bearbeitung
 * der Anfrage sechs Monate bei uns gespeichert", the German verb last). A word before it ("Bearbeitung") then names a
 * purpose, not a deadline. Not across a conjunction: "We answer within 30 days and delete …" is a reply deadline.
 */
function retentionVerbFollows(p: Patterns, text: string, d: DurationMatch, others: Hit[], cues: Hit[]): boolean {
  const cue = cues.find((c) => c.start >= d.end);
  if (!cue) return false;
  const between = text.slice(d.end, cue.start);
  if (CLAUSE_PUNCTUATION.test(between) || test(p.conjunction, between)) return false;
  if (others.some((h) => h.start >= d.end && h.end <= cue.start)) return false;
  return between.split(WHITE_SPACE).filter((w) => w.length > 0).length <= MAX_WORDS_TO_VERB;
}

/** Between `from` and `to`: an auxiliary and then a retention verb ("… are deleted"), so what came before is their subject. */
function subjectOfRetentionVerb(p: Patterns, text: string, from: number, to: number, cues: Hit[]): boolean {
  const aux = hits(p.passiveAux, text.slice(from, to))[0];
  return !!aux && cues.some((c) => c.start >= from + aux.end && c.end <= to);
}

function nearest(found: Hit[], d: DurationMatch): number | null {
  let best: number | null = null;
  for (const h of found) {
    const distance = h.end <= d.start ? d.start - h.end : h.start >= d.end ? h.start - d.end : 0;
    if (best === null || distance < best) best = distance;
  }
  return best;
}

function clauseAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf(',', start), text.lastIndexOf(';', start), text.lastIndexOf('.', start - 1)) + 1;
  const stops = [',', ';', '.'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) : text.length);
}

// ---------------------------------------------------------------- rows of one passage

interface Found {
  /** Where the row's period or wording starts: rows are in this order. */
  at: number;
  /** The span the row takes, with its anchor: nothing else is read inside it. */
  start: number;
  end: number;
  row: Omit<Retention, 'evidence' | 'subject'>;
}

function rowsOf(lang: SupportedLanguage, passage: Passage, continued: boolean): Retention[] {
  const p = patterns(lang);
  const cues = hits(p.cues, passage.text);
  const context = passage.retentionLayout || continued;
  if (!context && cues.length === 0) return [];
  const found = findingsIn(lang, p, passage.text, cues, context);
  return found.length ? withSubjects(p, passage, found) : [];
}

/** Periods, then criteria and vague wording outside them, then (only if nothing else) a deletion end point. */
function findingsIn(lang: SupportedLanguage, p: Patterns, text: string, cues: Hit[], context: boolean): Found[] {
  const found = periodsIn(lang, p, text, cues);
  found.push(...criteriaIn(p, text, cues, context, found));
  if (!found.some((f) => f.row.vague)) found.push(...vagueIn(p, text, found));
  if (found.length === 0) found.push(...deletionEndPoints(p, text));
  return found.sort((a, b) => a.at - b.at);
}

function periodsIn(lang: SupportedLanguage, p: Patterns, text: string, cues: Hit[]): Found[] {
  const periods = statedPeriods(text, lang);
  if (periods.length === 0) return [];
  const others = hits(p.notRetention, text);
  const out: Found[] = [];
  for (const d of periods) {
    if (insideExample(p, text, d)) continue;
    const anchor = anchorOf(p, text, d, periods);
    // A telling word inside the event the period counts from is part of that event, not a deadline of its own:
    // "spätestens 6 Monate nach Bearbeitung der Anfrage gelöscht", "deleted 6 months after we answer your request".
    const event = anchor && anchor.start >= d.end ? anchor : null;
    const telling = event ? others.filter((h) => h.start < event.start || h.end > event.end) : others;
    if (isOtherDeadline(p, text, d, telling, cues)) continue;
    const start = Math.min(d.start, anchor?.start ?? d.start);
    const end = Math.max(d.end, anchor?.end ?? d.end);
    out.push({ at: d.start, start, end, row: { duration: d.iso, anchor: anchor?.text ?? null, vague: false, bound: d.bound } });
  }
  return out;
}

/** The period stands in square brackets that open with an example word: "[e.g., 30–90 days]", a template's placeholder. */
function insideExample(p: Patterns, text: string, d: DurationMatch): boolean {
  if (!p.exampleOpening) return false;
  const open = text.lastIndexOf('[', d.start);
  if (open < 0 || text.slice(open, d.start).includes(']')) return false;
  const close = text.indexOf(']', d.end);
  return close >= 0 && p.exampleOpening.test(text.slice(open + 1, d.start));
}

/** "zolang u lid bent" is a criterion; "zolang als nodig is" is vague wording (at most one vague row). */
function criteriaIn(p: Patterns, text: string, cues: Hit[], context: boolean, taken: Found[]): Found[] {
  const out: Found[] = [];
  for (const h of hits(p.criteria, text)) {
    const phrase = phraseFrom(p.phraseEnds, text, h.start, h.end);
    // "until the end of the statutory period of 10 years" is that period's row, not a second one.
    if (overlaps([...taken, ...out], phrase.start, phrase.end)) continue;
    // "While you are not able to delete …, you can": the only retention word is inside the clause itself.
    if (!context && !cues.some((c) => c.end <= phrase.start || c.start >= phrase.end)) continue;
    const vague = test(p.necessity, phrase.text);
    if (vague && out.some((f) => f.row.vague)) continue;
    out.push({ at: h.start, start: phrase.start, end: phrase.end, row: { duration: null, anchor: vague ? null : phrase.text, vague } });
  }
  return out;
}

function vagueIn(p: Patterns, text: string, taken: Found[]): Found[] {
  const h = hits(p.vague, text).find((v) => !overlaps(taken, v.start, v.end));
  return h ? [{ at: h.start, start: h.start, end: h.end, row: { duration: null, anchor: null, vague: true } }] : [];
}

function overlaps(found: Found[], start: number, end: number): boolean {
  return found.some((f) => start < f.end && f.start < end);
}

/** The layout's subject, or the sentence's; rows later in a sentence share it unless a new one is said between them. */
function withSubjects(p: Patterns, passage: Passage, found: Found[]): Retention[] {
  const evidence = passage.evidence();
  const rows: Retention[] = [];
  let from = passage.bodyStart;
  let subject: string | null = null;
  for (const f of found) {
    subject = passage.subject ?? sentenceSubject(p, passage.text, from, f.at) ?? subject;
    rows.push({ subject, ...f.row, evidence: [evidence] });
    from = Math.max(from, f.end);
  }
  return rows;
}

/** "Your data is removed from the mailing list when you cancel your subscription": the event ends the keeping. */
function deletionEndPoints(p: Patterns, text: string): Found[] {
  const deletion = hits(p.deletionCues, text)[0];
  // "U heeft het recht … te wissen, bijvoorbeeld wanneer u uw toestemming heeft ingetrokken" is the right to erasure.
  if (!deletion || test(p.rightsWords, text)) return [];
  const trigger = hits(p.deletionTriggers, text).find((h) => h.start >= deletion.end);
  if (!trigger) return [];
  const phrase = phraseFrom(p.phraseEnds, text, trigger.start, trigger.end);
  return [{ at: trigger.start, start: trigger.start, end: phrase.end, row: { duration: null, anchor: phrase.text, vague: false } }];
}

// ---------------------------------------------------------------- anchors and phrases

interface Phrase {
  start: number;
  end: number;
  text: string;
}

/**
 * The start or end event of a period: after it ("7 jaar na het beëindigen van het contract") or just before it
 * ("vanaf het moment van uploaden 14 dagen"). The lower end of a range is no event: "from 90 days up to 1 year".
 */
function anchorOf(p: Patterns, text: string, d: DurationMatch, periods: DurationMatch[]): Phrase | null {
  const after = text.slice(d.end);
  const word = leading(p.leadingAnchorWord, after);
  if (word) return { start: d.end + word.start, end: d.end + word.end, text: word.text };
  const event = leading(p.leadingAnchorEvent, after);
  if (event) {
    // "tot 2 jaar na uw laatste bestelling bewaard": the verb is no part of the event.
    const phrase = phraseFrom(p.anchorEnds, text, d.end + event.start, d.end + event.end);
    if (phrase.end > d.end + event.end) return phrase;
  }
  const before = p.anchorBefore.exec(text.slice(0, d.start));
  if (!before) return null;
  const start = before.index;
  const end = start + before[0].trimEnd().length;
  if (periods.some((o) => o !== d && o.start < end && start < o.end)) return null;
  return { start, end, text: before[0].trim() };
}

/** Punctuation ends a clause; a line break only before a capital, a digit or a bullet (else it is a wrapped line). */
const CLAUSE_END = /[,.;:()]|\s[-–—]\s|\n(?=\s*[\p{Lu}\p{N}•*–-])/u;

/** A phrase from `start` to the end of its clause: punctuation or a word of `ends` ("tenzij", "unless"). */
function phraseFrom(ends: RegExp, text: string, start: number, openerEnd: number): Phrase {
  const rest = text.slice(openerEnd);
  let end = rest.search(CLAUSE_END);
  if (end < 0) end = rest.length;
  const stop = hits(ends, rest).find((h) => h.start > 0);
  if (stop && stop.start < end) end = stop.start;
  const raw = text.slice(start, openerEnd + end);
  const trimmed = raw.trimEnd();
  return { start, end: start + trimmed.length, text: trimmed.replace(/\s+/gu, ' ') };
}

/** A phrase of `re` at the very start of `text` (after spaces and a comma). */
function leading(re: RegExp, text: string): Hit | null {
  const m = re.exec(text);
  if (!m) return null;
  const start = m[0].length - m[1]!.length;
  return { start, end: m[0].length, text: m[1]!, groups: [] };
}

// ---------------------------------------------------------------- subjects

/**
 * What a period applies to, from the sentence between `from` and the row: the object of an active verb ("wij
 * bewaren [uw persoonsgegevens] niet langer dan …") or the subject before the last passive auxiliary ("[Gegevens
 * van leads] worden … bewaard").
 */
function sentenceSubject(p: Patterns, text: string, from: number, at: number): string | null {
  const before = text.slice(from, at);
  const verb = hits(p.activeVerbs, before).at(-1);
  const aux = hits(p.passiveAux, before).at(-1);
  if (verb && (!aux || verb.start > aux.start)) {
    const object = objectAfter(p, before.slice(verb.end));
    // "Sollicitatiegegevens bewaren wij (nog) tot 4 weken": the object stands before the verb.
    if (p.invertedSubject && test(p.invertedSubject, trimJunk(p, object))) return cleanSubject(p, afterLastClauseOpener(p, before.slice(0, verb.start)));
    return cleanSubject(p, object);
  }
  if (!aux) {
    // "…, and analytics data for 26 months": a new subject without a verb of its own.
    const rest = afterLastClauseOpener(p, before);
    if (rest.length === before.length || test(p.subordinatorStart, rest)) return null;
    return cleanSubject(p, objectAfter(p, rest));
  }
  let candidate = afterLastClauseOpener(p, before.slice(0, aux.start));
  if (test(p.subordinatorStart, candidate)) {
    // "Voor zover …, worden de gegevens …": the subject follows the comma, or the auxiliary.
    const comma = candidate.lastIndexOf(',');
    if (comma < 0) return null;
    candidate = candidate.slice(comma + 1);
    if (!candidate.trim()) candidate = objectAfter(p, before.slice(aux.end));
  }
  return cleanSubject(p, candidate);
}

function afterLastClauseOpener(p: Patterns, text: string): string {
  const last = hits(p.clauseOpener, text).at(-1);
  return last ? text.slice(last.end) : text;
}

function objectAfter(p: Patterns, text: string): string {
  const stop = hits(p.objectEnds, text).find((h) => h.start > 0 && /\S/u.test(text.slice(0, h.start)));
  return stop ? text.slice(0, stop.start) : text;
}

const LIST_MARK = /^(?:\(?[A-Za-z0-9]{1,3}\)|[•*–-])\s+/u;
const EDGE_PUNCTUATION = /^[\s,;:(–—-]+|[\s,;:(–—-]+$/gu;
const SPACES = /\s+/gu;

/** Trims a subject as written; null for pointers ("deze gegevens", "it"), lone pronouns and run-on text. */
function cleanSubject(p: Patterns, raw: string): string | null {
  const s = trimJunk(p, raw.replace(SPACES, ' ').trim().replace(LIST_MARK, ''));
  if (!s || s.split(' ').length > 20) return null;
  if (test(p.pronoun, s) || test(p.pointerSubject, s.split(' ')[0]!)) return null;
  return s;
}

/** Strips punctuation, fillers ("doorgaans", "nog", "will") and leading verbs from both ends, until nothing changes. */
function trimJunk(p: Patterns, text: string): string {
  let s = text;
  for (let previous = ''; previous !== s; ) {
    previous = s;
    s = s.replace(EDGE_PUNCTUATION, '');
    s = s.replace(p.junkStart, '').replace(p.junkEnd, '');
  }
  return s;
}

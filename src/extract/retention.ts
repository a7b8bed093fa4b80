import type { Evidence, Retention, SupportedLanguage } from '../model/types.js';
import type { Block } from '../document/index.js';
import type { ExtractContext } from './context.js';
import { RETENTION, type RetentionLexicon } from '../lexicon/retention.js';
import { COOKIES, COOKIE_NAMES } from '../lexicon/cookies.js';
import { wordPattern, exactWordPattern, hits, test, type Hit } from '../lexicon/compile.js';
import { findDurations, type DurationMatch } from './duration.js';

/**
 * Retention periods and criteria. One row per stated period ("maximaal 1 jaar"), per end point without a number
 * ("zolang u lid bent") and per passage of vague wording ("niet langer dan strikt nodig"), in document order.
 *
 * Periods about cookies are left to the cookie extractor (`leftToCookies`), so that every stated period lands in
 * exactly one of the two; both read the same passages.
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
}

export function extractRetention(ctx: ExtractContext): Retention[] {
  const lang = ctx.lang;
  if (!lang) return [];
  const rows: Retention[] = [];
  let previous: { block: Block; kept: boolean } | null = null;
  for (const passage of passages(ctx)) {
    if (leftToCookies(ctx, passage)) {
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

// ---------------------------------------------------------------- passages

/** Every sentence and retention table cell of the document, in order (headings excluded). */
export function passages(ctx: ExtractContext): Passage[] {
  const lang = ctx.lang;
  if (!lang) return [];
  const lex = RETENTION[lang];
  const out: Passage[] = [];
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'heading') continue;
    const cell = block.kind === 'tableRow' ? retentionCell(lex, block) : null;
    if (cell) {
      out.push({
        block,
        start: cell.start,
        end: cell.end,
        text: block.text.slice(cell.start, cell.end),
        evidence: () => ctx.span(block, cell.start, cell.end),
        retentionLayout: true,
        subject: cell.index > 0 ? cleanSubject(lex, cellText(block, 0)) : null,
        bodyStart: 0,
      });
      continue;
    }
    const layout = ctx.inTopic(block, 'retention', true) || introducedAsRetention(ctx, lex, block);
    for (const sentence of block.sentences) {
      const label = lineLabel(block.text, sentence.start, block.kind === 'listItem');
      const retentionLabel = label !== null && isRetentionLabel(lex, label.text);
      const labelSubject = label !== null && !retentionLabel ? cleanSubject(lex, label.text) : null;
      const firstCell = block.kind === 'tableRow' && block.cells && block.cells.length > 1 ? cleanSubject(lex, cellText(block, 0)) : null;
      out.push({
        block,
        start: sentence.start,
        end: sentence.end,
        text: sentence.text,
        evidence: () => ctx.sentence(sentence),
        retentionLayout: layout || retentionLabel,
        subject: labelSubject ?? firstCell,
        bodyStart: label ? Math.max(0, label.end - sentence.start) : 0,
      });
    }
  }
  return out;
}

function cellText(block: Block, index: number): string {
  const c = block.cells?.[index];
  return c ? block.text.slice(c.start, c.end) : '';
}

/** The cell of a table row under a retention column ("Bewaartermijn", "Retention period"). */
function retentionCell(lex: RetentionLexicon, block: Block): { start: number; end: number; index: number } | null {
  if (block.isHeaderRow || !block.cells || !block.header) return null;
  const index = block.header.findIndex((h) => isRetentionLabel(lex, h));
  const cell = index >= 0 ? block.cells[index] : undefined;
  return cell ? { ...cell, index } : null;
}

/**
 * "Label: …" (or "Label > …", and in a list item "Label – …") at the start of the line holding `at`: a subject
 * ("Klant data: …"), or "Storage:" in a field list; `end` is where the text after it begins.
 */
function lineLabel(text: string, at: number, dashes: boolean): { text: string; end: number } | null {
  const lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
  const separator = dashes ? /^\s*([^:>\n.!?]{1,80}?)(?:\s*:(?!\/\/)|\s+>|\s+[–—-](?=\s))\s*/u : /^\s*([^:>\n.!?]{1,80}?)(?:\s*:(?!\/\/)|\s+>)\s*/u;
  const m = separator.exec(text.slice(lineStart));
  if (!m) return null;
  const label = m[1]!.trim();
  return label.split(/\s+/u).length <= 8 ? { text: label, end: lineStart + m[0].length } : null;
}

function isRetentionLabel(lex: RetentionLexicon, label: string): boolean {
  return test(wordPattern(lex.labels), label);
}

/** A list item under an introduction such as "Wij hanteren de volgende bewaartermijnen:". */
function introducedAsRetention(ctx: ExtractContext, lex: RetentionLexicon, block: Block): boolean {
  if (block.kind !== 'listItem') return false;
  for (let i = block.index - 1; i >= 0; i--) {
    const b = ctx.doc.blocks[i]!;
    if (b.kind === 'listItem') continue;
    return b.kind === 'paragraph' && b.section === block.section && /:\s*$/u.test(b.text) && test(wordPattern(lex.cues), b.text);
  }
  return false;
}

// ---------------------------------------------------------------- cookies versus retention

/**
 * True when a passage is about cookies: its periods are cookie lifetimes, read by the cookie extractor. A passage
 * naming a cookie, in a cookie section (not also a retention section), in a cookie table, or continuing the previous
 * sentence's cookie with a pronoun ("It is deleted when you close your browser").
 */
export function leftToCookies(ctx: ExtractContext, passage: Passage): boolean {
  const lang = ctx.lang;
  if (!lang) return false;
  const { block } = passage;
  if (namesCookie(lang, passage.text)) return true;
  if (block.kind === 'tableRow' && block.header?.some((h) => test(wordPattern(COOKIES[lang].nouns), h))) return true;
  if (ctx.inTopic(block, 'cookies') && !ctx.inTopic(block, 'retention', true)) return true;
  return continuesCookie(lang, passage);
}

function namesCookie(lang: SupportedLanguage, text: string): boolean {
  if (test(wordPattern(COOKIES[lang].nouns), text)) return true;
  if (COOKIE_NAMES.some((n) => n.kind !== null && test(exactWordPattern([n.pattern]), text))) return true;
  return false;
}

function continuesCookie(lang: SupportedLanguage, passage: Passage): boolean {
  const first = /^\s*([\p{L}]+)/u.exec(passage.text)?.[1];
  if (!first || !isWord(RETENTION[lang].pointerSubjects, first)) return false;
  const previous = passage.block.sentences.filter((s) => s.end <= passage.start).at(-1);
  return !!previous && namesCookie(lang, previous.text);
}

// ---------------------------------------------------------------- periods

/**
 * The durations in a text that can be periods of keeping something: not ages ("jonger dan 16 jaar"), not a
 * reference back to a period already stated ("na deze 14 dagen"), not a look-back window ("de afgelopen 14 dagen").
 */
export function statedPeriods(text: string, lang: SupportedLanguage): DurationMatch[] {
  const lex = RETENTION[lang];
  return findDurations(text, lang).filter((d) => !isAge(lex, text, d) && !wordBefore(lex.backReferences, text, d.start) && !wordBefore(lex.lookbacks, text, d.start));
}

function isAge(lex: RetentionLexicon, text: string, d: DurationMatch): boolean {
  if (!/^P\d+(?:[.,]\d+)?Y$/u.test(d.iso)) return false;
  if (lex.ageUnits.length > 0 && endsWith(lex.ageUnits, d.text)) return true;
  if (endsWith(lex.ageBefore, text.slice(0, d.start)) || startsWith(lex.ageAfter, text.slice(d.end))) return true;
  const clause = clauseAround(text, d.start, d.end);
  return test(wordPattern(lex.ageContext), clause) && !test(wordPattern(lex.cues), clause);
}

function wordBefore(sources: string[], text: string, at: number): boolean {
  return endsWith(sources, text.slice(0, at));
}

/**
 * A reply deadline, notice period or validity: the nearest telling word is no retention word, or one governs the
 * period from earlier in its clause ("We will respond to deletion requests within one month").
 */
function isOtherDeadline(lex: RetentionLexicon, text: string, d: DurationMatch): boolean {
  const others = hits(wordPattern(lex.notRetention), text);
  if (others.some((h) => h.end <= d.start && !/[,;:]/u.test(text.slice(h.end, d.start)))) return true;
  const other = nearest(others, d);
  if (other === null) return false;
  const cue = nearest(hits(wordPattern(lex.cues), text), d);
  return cue === null || other < cue;
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
  const lex = RETENTION[lang];
  const cues = hits(wordPattern(lex.cues), passage.text);
  const context = passage.retentionLayout || continued;
  if (!context && cues.length === 0) return [];
  const found = findingsIn(lang, passage.text, cues, context);
  return found.length ? withSubjects(lex, passage, found) : [];
}

/** Periods, then criteria and vague wording outside them, then (only if nothing else) a deletion end point. */
function findingsIn(lang: SupportedLanguage, text: string, cues: Hit[], context: boolean): Found[] {
  const lex = RETENTION[lang];
  const found = periodsIn(lang, text);
  found.push(...criteriaIn(lex, text, cues, context, found));
  if (!found.some((f) => f.row.vague)) found.push(...vagueIn(lex, text, found));
  if (found.length === 0) found.push(...deletionEndPoints(lex, text));
  return found.sort((a, b) => a.at - b.at);
}

function periodsIn(lang: SupportedLanguage, text: string): Found[] {
  const lex = RETENTION[lang];
  const out: Found[] = [];
  for (const d of statedPeriods(text, lang)) {
    if (isOtherDeadline(lex, text, d)) continue;
    const anchor = anchorOf(lex, text, d);
    const start = Math.min(d.start, anchor?.start ?? d.start);
    const end = Math.max(d.end, anchor?.end ?? d.end);
    out.push({ at: d.start, start, end, row: { duration: d.iso, anchor: anchor?.text ?? null, vague: false } });
  }
  return out;
}

/** "zolang u lid bent" is a criterion; "zolang als nodig is" is vague wording (at most one vague row). */
function criteriaIn(lex: RetentionLexicon, text: string, cues: Hit[], context: boolean, taken: Found[]): Found[] {
  const out: Found[] = [];
  for (const h of hits(wordPattern(lex.criteria), text)) {
    const phrase = phraseFrom(lex, text, h.start, h.end);
    // "until the end of the statutory period of 10 years" is that period's row, not a second one.
    if (overlaps([...taken, ...out], phrase.start, phrase.end)) continue;
    // "While you are not able to delete …, you can": the only retention word is inside the clause itself.
    if (!context && !cues.some((c) => c.end <= phrase.start || c.start >= phrase.end)) continue;
    const vague = test(wordPattern(lex.necessity), phrase.text);
    if (vague && out.some((f) => f.row.vague)) continue;
    out.push({ at: h.start, start: phrase.start, end: phrase.end, row: { duration: null, anchor: vague ? null : phrase.text, vague } });
  }
  return out;
}

function vagueIn(lex: RetentionLexicon, text: string, taken: Found[]): Found[] {
  const h = hits(wordPattern(lex.vague), text).find((v) => !overlaps(taken, v.start, v.end));
  return h ? [{ at: h.start, start: h.start, end: h.end, row: { duration: null, anchor: null, vague: true } }] : [];
}

function overlaps(found: Found[], start: number, end: number): boolean {
  return found.some((f) => start < f.end && f.start < end);
}

/** The layout's subject, or the sentence's; rows later in a sentence share it unless a new one is said between them. */
function withSubjects(lex: RetentionLexicon, passage: Passage, found: Found[]): Retention[] {
  const evidence = passage.evidence();
  const rows: Retention[] = [];
  let from = passage.bodyStart;
  let subject: string | null = null;
  for (const f of found) {
    subject = passage.subject ?? sentenceSubject(lex, passage.text, from, f.at) ?? subject;
    rows.push({ subject, ...f.row, evidence: [evidence] });
    from = Math.max(from, f.end);
  }
  return rows;
}

/** "Your data is removed from the mailing list when you cancel your subscription": the event ends the keeping. */
function deletionEndPoints(lex: RetentionLexicon, text: string): Found[] {
  const deletion = hits(wordPattern(lex.deletionCues), text)[0];
  // "U heeft het recht … te wissen, bijvoorbeeld wanneer u uw toestemming heeft ingetrokken" is the right to erasure.
  if (!deletion || test(wordPattern(lex.rightsWords), text)) return [];
  const trigger = hits(wordPattern(lex.deletionTriggers), text).find((h) => h.start >= deletion.end);
  if (!trigger) return [];
  const phrase = phraseFrom(lex, text, trigger.start, trigger.end);
  return [{ at: trigger.start, start: trigger.start, end: phrase.end, row: { duration: null, anchor: phrase.text, vague: false } }];
}

// ---------------------------------------------------------------- anchors and phrases

interface Phrase {
  start: number;
  end: number;
  text: string;
}

/** The start or end event of a period: after it ("7 jaar na het beëindigen van het contract") or just before it. */
function anchorOf(lex: RetentionLexicon, text: string, d: DurationMatch): Phrase | null {
  const after = text.slice(d.end);
  const word = leading(lex.anchorWords, after);
  if (word) return { start: d.end + word.start, end: d.end + word.end, text: word.text };
  const event = leading(lex.anchorsAfter, after);
  if (event) {
    // "tot 2 jaar na uw laatste bestelling bewaard": the verb is no part of the event.
    const phrase = phraseFrom(lex, text, d.end + event.start, d.end + event.end, lex.cues);
    if (phrase.end > d.end + event.end) return phrase;
  }
  const before = anchoredRe(`(?<![\\p{L}\\p{N}])(?:${lex.anchorsBefore.join('|')})\\s+(?:[\\p{L}\\p{N}'’/-]+\\s+){1,6}$`).exec(text.slice(0, d.start));
  if (before) return { start: before.index, end: before.index + before[0].trimEnd().length, text: before[0].trim() };
  return null;
}

/** A phrase from `start` to the end of its clause: punctuation or a word such as "tenzij"/"unless" (or `alsoEnds`). */
function phraseFrom(lex: RetentionLexicon, text: string, start: number, openerEnd: number, alsoEnds: string[] = []): Phrase {
  const rest = text.slice(openerEnd);
  let end = rest.search(/[,.;:()\n]|\s[-–—]\s/u);
  if (end < 0) end = rest.length;
  const stop = hits(wordPattern([...lex.phraseEnds, ...alsoEnds]), rest).find((h) => h.start > 0);
  if (stop && stop.start < end) end = stop.start;
  const raw = text.slice(start, openerEnd + end);
  const trimmed = raw.trimEnd();
  return { start, end: start + trimmed.length, text: trimmed.replace(/\s+/gu, ' ') };
}

/** A lexicon phrase at the very start of `text` (after spaces and a comma). */
function leading(sources: string[], text: string): Hit | null {
  const m = anchoredRe(`^[\\s,]*((?:${sources.join('|')}))(?![\\p{L}\\p{N}])`).exec(text);
  if (!m) return null;
  const start = m[0].length - m[1]!.length;
  return { start, end: m[0].length, text: m[1]!, groups: [] };
}

function endsWith(sources: string[], text: string): boolean {
  return anchoredRe(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})\\s*$`).test(text);
}

function startsWith(sources: string[], text: string): boolean {
  return anchoredRe(`^\\s*(?:${sources.join('|')})(?![\\p{L}\\p{N}])`).test(text);
}

const anchoredCache = new Map<string, RegExp>();

/** A case-insensitive pattern anchored by the caller (^ or $), cached like wordPattern's. */
function anchoredRe(source: string, flags = 'iu'): RegExp {
  const key = `${flags}\u0000${source}`;
  let re = anchoredCache.get(key);
  if (!re) {
    re = new RegExp(source, flags);
    anchoredCache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

// ---------------------------------------------------------------- subjects

/**
 * What a period applies to, from the sentence between `from` and the row: the object of an active verb ("wij
 * bewaren [uw persoonsgegevens] niet langer dan …") or the subject before the last passive auxiliary ("[Gegevens
 * van leads] worden … bewaard").
 */
function sentenceSubject(lex: RetentionLexicon, text: string, from: number, at: number): string | null {
  const before = text.slice(from, at);
  const verb = hits(wordPattern(lex.activeVerbs), before).at(-1);
  const aux = hits(wordPattern(lex.passiveAux), before).at(-1);
  if (verb && (!aux || verb.start > aux.start)) {
    const object = objectAfter(lex, before.slice(verb.end));
    // "Sollicitatiegegevens bewaren wij tot 4 weken": the object stands before the verb.
    if (lex.invertedSubjects.length > 0 && isWord(lex.invertedSubjects, object.trim())) return cleanSubject(lex, afterLastClauseOpener(lex, before.slice(0, verb.start)));
    return cleanSubject(lex, object);
  }
  if (!aux) {
    // "…, and analytics data for 26 months": a new subject without a verb of its own.
    const rest = afterLastClauseOpener(lex, before);
    if (rest.length === before.length || startsWith(lex.subordinators, rest)) return null;
    return cleanSubject(lex, objectAfter(lex, rest));
  }
  let candidate = afterLastClauseOpener(lex, before.slice(0, aux.start));
  if (startsWith(lex.subordinators, candidate)) {
    // "Voor zover …, worden de gegevens …": the subject follows the comma, or the auxiliary.
    const comma = candidate.lastIndexOf(',');
    if (comma < 0) return null;
    candidate = candidate.slice(comma + 1);
    if (!candidate.trim()) candidate = objectAfter(lex, before.slice(aux.end));
  }
  return cleanSubject(lex, candidate);
}

function afterLastClauseOpener(lex: RetentionLexicon, text: string): string {
  const re = anchoredRe(`(?:${lex.clauseOpeners.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  let cut = 0;
  for (const m of text.matchAll(re)) cut = m.index + m[0].length;
  return text.slice(cut);
}

function objectAfter(lex: RetentionLexicon, text: string): string {
  const stop = hits(wordPattern(lex.objectEnds), text).find((h) => h.start > 0 && /\S/u.test(text.slice(0, h.start)));
  return stop ? text.slice(0, stop.start) : text;
}

/** Trims a subject as written; null for pointers ("deze gegevens", "it"), lone pronouns and run-on text. */
function cleanSubject(lex: RetentionLexicon, raw: string): string | null {
  let s = raw.replace(/\s+/gu, ' ').trim();
  s = s.replace(/^(?:\(?[A-Za-z0-9]{1,3}\)|[•*–-])\s+/u, '');
  const junk = `(?:${[...lex.fillers, ...lex.leadingVerbs].join('|')})`;
  for (let previous = ''; previous !== s; ) {
    previous = s;
    s = s.replace(/^[\s,;:(–—-]+|[\s,;:(–—-]+$/gu, '');
    s = s.replace(anchoredRe(`^${junk}(?![\\p{L}\\p{N}])\\s*`), '').replace(anchoredRe(`(?<![\\p{L}\\p{N}])${junk}$`), '');
  }
  if (!s || s.split(' ').length > 20) return null;
  if (isWord(lex.pronouns, s) || isWord(lex.pointerSubjects, s.split(' ')[0]!)) return null;
  return s;
}

function isWord(sources: string[], word: string): boolean {
  return anchoredRe(`^(?:${sources.join('|')})$`).test(word);
}

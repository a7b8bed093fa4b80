import type { Cookie, Evidence, SupportedLanguage } from '../model/types.js';
import type { Block } from '../document/index.js';
import type { ExtractContext } from './context.js';
import type { Topic } from '../lexicon/common.js';
import { COOKIES, COOKIE_KINDS, COOKIE_NAMES, COOKIE_TOOLS, type CookieKind, type CookieLexicon, type CookieName, type CookieTool } from '../lexicon/cookies.js';
import { wordPattern, exactWordPattern, hits, once, test } from '../lexicon/compile.js';
import { passages, sectionAbout, statedPeriods, type Passage } from './retention.js';
import { caselessRegExp } from '../lexicon/caseless.js';

/**
 * Cookies: one row per kind, tool or cookie name the policy says it uses, with a lifetime when one is stated.
 * Mentions are read from cookie statements (the passages the retention extractor leaves to cookies, so every period
 * it skips lands here), cookie headings and cookie tables, then merged: "Het Analytics cookie blijft veertien
 * maanden geldig" under "Statistische cookies: Google Analytics" is the Google Analytics row's lifetime.
 * A bare "we use cookies" gives one row of unspecified kind, only when nothing more specific is said.
 */

interface Mention {
  kind: CookieKind | null;
  name: string | null;
  lifetime: string | null;
  /** The heading the mention falls under: lifetimes and kinds merge within one section. */
  section: number;
  evidence: Evidence;
}

interface Row {
  kind: CookieKind | null;
  name: string | null;
  lifetime: string | null;
  section: number;
  evidence: Evidence[];
}

interface At<T> {
  value: T;
  start: number;
  end: number;
}

/** What one reading of a policy shares: the patterns of its language and what is known of its sections. */
interface Reader {
  ctx: ExtractContext;
  lang: SupportedLanguage;
  p: Patterns;
  about: (block: Block, topic: Topic, deep?: boolean) => boolean;
  /** The one cookie kind a section's heading names, by heading index. */
  headingKinds: Map<number, CookieKind | null>;
}

export function extractCookies(ctx: ExtractContext): Cookie[] {
  const lang = ctx.lang;
  if (!lang) return [];
  const r: Reader = { ctx, lang, p: patterns(lang), about: sectionAbout(ctx), headingKinds: new Map() };
  const byBlock = new Map<number, Passage[]>();
  for (const passage of passages(ctx)) {
    if (!passage.cookies) continue;
    const list = byBlock.get(passage.block.index);
    if (list) list.push(passage);
    else byBlock.set(passage.block.index, [passage]);
  }

  const mentions: Mention[] = [];
  // The first "we use cookies", preferring one inside a cookie section over a passing mention elsewhere.
  let use: { evidence: Evidence; inSection: boolean } | null = null;
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'heading') {
      mentions.push(...headingMentions(r, block));
    } else if (isCookieTableRow(r, block)) {
      mentions.push(...tableRowMentions(r, block));
    } else {
      for (const passage of byBlock.get(block.index) ?? []) {
        const found = passageMentions(r, passage);
        mentions.push(...found);
        if (found.length > 0) continue;
        const inSection = r.about(block, 'cookies', true);
        if ((!use || (inSection && !use.inSection)) && saysCookiesAreUsed(r, passage.text)) use = { evidence: passage.evidence(), inSection };
      }
    }
  }
  const rows = merge(mentions);
  if (rows.length === 0 && use) return [{ kind: 'unspecified', name: null, lifetime: null, evidence: [use.evidence] }];
  return rows.map((row) => ({ kind: row.kind ?? 'unspecified', name: row.name, lifetime: row.lifetime, evidence: row.evidence }));
}

// ---------------------------------------------------------------- patterns, compiled once

interface Patterns {
  lex: CookieLexicon;
  nouns: RegExp;
  /** Kind words, joined by commas and "en"/"and", before the noun ("functionele, analytische en tracking cookies"). */
  kindList: RegExp;
  /** Per kind: its words anchored on the left only, so they are found as the head of a compound ("marketingcookies"). */
  kindHeads: Record<CookieKind, RegExp>;
  /** Every kind's words on their own, a capturing group per kind (in COOKIE_KINDS order), as in a table's "Type" cell. */
  kindWords: RegExp;
  /** A quoted name after "named", "genaamd": named “session”. */
  quoted: RegExp;
  absence: RegExp;
  useVerbs: RegExp;
  session: RegExp;
  sessionCell: RegExp;
  columns: { name: RegExp; lifetime: RegExp; kind: RegExp };
}

const patternCache = new Map<SupportedLanguage, Patterns>();

function patterns(lang: SupportedLanguage): Patterns {
  let p = patternCache.get(lang);
  if (!p) {
    p = compilePatterns(COOKIES[lang]);
    patternCache.set(lang, p);
  }
  return p;
}

function compilePatterns(lex: CookieLexicon): Patterns {
  const perKind = (make: (sources: string[]) => RegExp) =>
    Object.fromEntries(COOKIE_KINDS.map((k) => [k, make(lex.kinds[k])])) as Record<CookieKind, RegExp>;
  const kind = `(?:${COOKIE_KINDS.flatMap((k) => lex.kinds[k]).join('|')})`;
  const joiner = `(?:\\s*(?:${lex.joiners.map((j) => (/^\p{L}/u.test(j) ? `\\s${j}\\s` : escape(j))).join('|')})\\s*)`;
  return {
    lex,
    nouns: wordPattern(lex.nouns),
    kindList: wordPattern([
      `${kind}(?:${joiner}${kind})*(?:\\s+|-)?(?:${lex.nouns.join('|')})`,
      ...(lex.kindAfterNoun ? [`(?:${lex.nouns.join('|')})(?:\\s+|-)${kind}(?:${joiner}${kind})*`] : []),
    ]),
    kindHeads: perKind((sources) => caselessRegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})`, 'giu')),
    kindWords: wordPattern([COOKIE_KINDS.map((k) => `(${lex.kinds[k].join('|')})`).join('|')]),
    quoted: caselessRegExp(`(?<![\\p{L}\\p{N}])(?:${lex.namedBy.join('|')})\\s*[“"'‘\`]([^”"'’\`\\n]{1,40})[”"'’\`]`, 'giu'),
    absence: wordPattern(lex.absence),
    useVerbs: wordPattern(lex.useVerbs),
    session: wordPattern(lex.session),
    sessionCell: wordPattern(lex.sessionCell),
    columns: { name: wordPattern(lex.columns.name), lifetime: wordPattern(lex.columns.lifetime), kind: wordPattern(lex.columns.kind) },
  };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** All tools in one pattern, a capturing group each (in registry order, so the first listed wins a tie). */
const TOOL_PATTERN = once(() => wordPattern([COOKIE_TOOLS.map((t) => `(${t.patterns.join('|')})`).join('|')]));
/** All cookie names in one pattern, a capturing group each: the specific ones first, the generic shapes last. */
const NAME_PATTERN = once(() => exactWordPattern([COOKIE_NAMES.map((n) => `(${n.pattern})`).join('|')]));
/** Each cookie name that says its kind, matched against a whole name ("_ga" in a table cell). */
const KNOWN_NAMES = COOKIE_NAMES.filter((n) => n.kind !== null).map((n) => ({ name: n, whole: new RegExp(`^(?:${n.pattern})$`, 'u') }));

/** Which alternative of a pattern with one group per entry matched. */
function matchedEntry<T>(entries: readonly T[], groups: (string | undefined)[]): T {
  return entries[groups.findIndex((g) => g !== undefined)]!;
}

// ---------------------------------------------------------------- reading a passage

function passageMentions(r: Reader, passage: Passage): Mention[] {
  const names = nameHits(r, passage.text);
  const kinds = kindHits(r, passage.text);
  const lifetimes = lifetimeHits(r, passage.text).filter((l) => !names.some((n) => l.start < n.end && n.start < l.end));
  const section = passage.block.section;
  const evidence = passage.evidence();
  const mention = (kind: CookieKind | null, name: string | null, lifetime: string | null): Mention => ({ kind, name, lifetime, section, evidence });
  const inherited = sectionKind(r, passage.block);
  const out: Mention[] = [];

  if (names.length > 0) {
    // "_hjSession_* Hotjar 30 minutes": Hotjar sets the cookie named first; the lifetime is the cookie's.
    const owners = names.filter((n) => !isProviderOf(n, names));
    names.forEach((n, i) => {
      const kind = n.value.kind ?? (kinds.length === 1 ? kinds[0]!.value : (nearestBefore(kinds, n.start)?.value ?? ownKindWord(r, passage.text, n, names[i + 1]) ?? inherited));
      const own = owners.includes(n) ? lifetimes.filter((l) => (nearestBefore(owners, l.start) ?? owners[0]) === n) : [];
      if (own.length === 0) out.push(mention(kind, n.value.name, null));
      for (const l of own) out.push(mention(kind, n.value.name, l.value));
    });
    for (const k of kinds) if (!names.some((n) => n.value.kind === k.value)) out.push(mention(k.value, null, null));
  } else if (kinds.length > 0) {
    for (const k of kinds) {
      const own = lifetimes.filter((l) => (nearestBefore(kinds, l.start) ?? kinds[0]) === k);
      if (own.length === 0) out.push(mention(k.value, null, null));
      for (const l of own) out.push(mention(k.value, null, l.value));
    }
  } else {
    for (const l of lifetimes) out.push(mention(inherited, null, l.value));
  }
  return dedupe(out);
}

/** A kind word between a cookie's name and the next name, as in a line of a cookie list: "rw_consent strictly necessary 6 months". */
function ownKindWord(r: Reader, text: string, n: At<Named>, next: At<Named> | undefined): CookieKind | null {
  return kindWord(r, text.slice(n.end, next?.start ?? text.length));
}

/** A tool named after one of its own cookies in the same statement: the cookie's provider, not a cookie of its own. */
function isProviderOf(n: At<Named>, names: At<Named>[]): boolean {
  return n.value.isTool && names.some((c) => c.start < n.start && c.value.tool === n.value.name);
}

function nearestBefore<T extends { start: number }>(list: T[], at: number): T | undefined {
  let best: T | undefined;
  for (const x of list) if (x.start <= at) best = x;
  return best;
}

function dedupe(mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = `${m.kind}\u0000${m.name}\u0000${m.lifetime}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Kinds said of cookies: "functionele, analytische en tracking cookies", "marketingcookies"; not denied. */
function kindHits(r: Reader, text: string): At<CookieKind>[] {
  const out: At<CookieKind>[] = [];
  for (const h of hits(r.p.kindList, text)) {
    if (denied(r, text, h.start)) continue;
    const phrase = text.slice(h.start, h.end);
    for (const kind of COOKIE_KINDS) {
      for (const k of hits(r.p.kindHeads[kind], phrase)) {
        if (!out.some((o) => o.value === kind)) out.push({ value: kind, start: h.start + k.start, end: h.start + k.end });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

interface Named {
  name: string;
  kind: CookieKind | null;
  /** For a cookie name: the tool that sets it ("Hotjar" for "_hjSession_*"); null for a tool or an unknown name. */
  tool: string | null;
  isTool: boolean;
}

/** Tools ("Google Analytics"), cookie names ("_ga", "_gid") and quoted names ("named “session”"), not denied. */
function nameHits(r: Reader, text: string): At<Named>[] {
  const out: At<Named>[] = [];
  const free = (s: number, e: number) => !out.some((o) => s < o.end && o.start < e);
  for (const h of hits(TOOL_PATTERN(), text)) {
    const tool: CookieTool = matchedEntry(COOKIE_TOOLS, h.groups);
    if (free(h.start, h.end) && !denied(r, text, h.start)) out.push({ value: { name: tool.name, kind: tool.kind, tool: null, isTool: true }, start: h.start, end: h.end });
  }
  for (const h of hits(NAME_PATTERN(), text)) {
    const known: CookieName = matchedEntry(COOKIE_NAMES, h.groups);
    if (free(h.start, h.end) && !denied(r, text, h.start)) out.push({ value: { name: h.text, kind: known.kind, tool: known.tool, isTool: false }, start: h.start, end: h.end });
  }
  for (const m of text.matchAll(r.p.quoted)) {
    const start = m.index + m[0].length - m[1]!.length - 1;
    if (free(start, start + m[1]!.length)) out.push({ value: { name: m[1]!.trim(), kind: knownKind(m[1]!), tool: null, isTool: false }, start, end: start + m[1]!.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

function knownKind(name: string): CookieKind | null {
  return KNOWN_NAMES.find((k) => k.whole.test(name))?.name.kind ?? null;
}

/** Periods ("verloopt na 2 jaar", "blijft veertien maanden geldig") and session lifetimes. */
function lifetimeHits(r: Reader, text: string): At<string>[] {
  const out: At<string>[] = statedPeriods(text, r.lang).map((d) => ({ value: d.iso, start: d.start, end: d.end }));
  for (const h of hits(r.p.session, text)) out.push({ value: 'session', start: h.start, end: h.end });
  return out.sort((a, b) => a.start - b.start);
}

const LETTER_RUNS = /[\p{L}]+/gu;

/** "we do not use tracking cookies", "zonder cookies". */
function denied(r: Reader, text: string, at: number): boolean {
  if (r.ctx.negated(text, at)) return true;
  const words = text.slice(Math.max(0, at - 40), at).match(LETTER_RUNS) ?? [];
  return words.slice(-3).some((w) => test(r.p.absence, w));
}

/** "Wij maken gebruik van cookies", "We use cookies": a use verb near the noun, not denied. */
function saysCookiesAreUsed(r: Reader, text: string): boolean {
  const verbs = hits(r.p.useVerbs, text).filter((v) => !r.ctx.negated(text, v.start));
  if (verbs.length === 0) return false;
  return hits(r.p.nouns, text).some(
    (n) => !denied(r, text, n.start) && verbs.some((v) => wordsBetween(text, Math.min(v.end, n.end), Math.max(v.start, n.start)) <= USE_DISTANCE),
  );
}

/** Most words between a use verb and "cookies" in one statement: "gebruikt [op deze website] cookies". */
const USE_DISTANCE = 5;
const WORDS = /[\p{L}\p{N}]+/gu;

function wordsBetween(text: string, from: number, to: number): number {
  return from >= to ? 0 : (text.slice(from, to).match(WORDS) ?? []).length;
}

// ---------------------------------------------------------------- headings and tables

/** "Statistische cookies: Google Analytics" names a kind and a tool for the section under it (if there is one). */
function headingMentions(r: Reader, heading: Block): Mention[] {
  if (!r.ctx.headingTopics(heading).has('cookies') && !test(r.p.nouns, heading.text)) return [];
  if (r.ctx.sectionBlocks(heading).length === 0) return [];
  const kinds = kindHits(r, heading.text);
  const names = nameHits(r, heading.text);
  const evidence = r.ctx.block(heading);
  const single = kinds.length === 1 ? kinds[0]!.value : null;
  const out: Mention[] = names.map((n) => ({ kind: n.value.kind ?? single, name: n.value.name, lifetime: null, section: heading.index, evidence }));
  for (const k of kinds) if (!names.some((n) => n.value.kind === k.value)) out.push({ kind: k.value, name: null, lifetime: null, section: heading.index, evidence });
  return out;
}

/** The one kind the nearest cookie heading names ("Analytische cookies (Google Analytics):"), for the items under it. */
function sectionKind(r: Reader, block: Block): CookieKind | null {
  const heading = r.ctx.heading(block);
  if (!heading) return null;
  let kind = r.headingKinds.get(heading.index);
  if (kind === undefined) {
    const kinds = kindHits(r, heading.text);
    kind = kinds.length === 1 ? kinds[0]!.value : null;
    r.headingKinds.set(heading.index, kind);
  }
  return kind;
}

/** A row of a cookie table: the header names cookies, or the table stands in a cookie section. */
function isCookieTableRow(r: Reader, block: Block): boolean {
  if (block.kind !== 'tableRow' || !block.cells || !block.header) return false;
  if (block.header.some((h) => test(r.p.nouns, h))) return true;
  return r.about(block, 'cookies') && !r.about(block, 'retention', true);
}

/** naam | doel | bewaartermijn: one cookie per row. */
function tableRowMentions(r: Reader, block: Block): Mention[] {
  if (block.isHeaderRow) return [];
  const header = block.header ?? [];
  const column = (re: RegExp) => header.findIndex((h) => test(re, h));
  const cell = (i: number) => (i >= 0 && block.cells?.[i] ? block.text.slice(block.cells[i].start, block.cells[i].end) : '');
  const nameCol = column(r.p.columns.name);
  const lifetimeCol = column(r.p.columns.lifetime);
  const kindCol = column(r.p.columns.kind);
  const name = cell(nameCol >= 0 ? nameCol : 0).replace(/[`"“”]/gu, '').trim() || null;
  const lifetimeText = lifetimeCol >= 0 ? cell(lifetimeCol) : block.text;
  const lifetimes = lifetimeHits(r, lifetimeText).map((l) => l.value);
  if (lifetimes.length === 0 && lifetimeCol >= 0 && test(r.p.sessionCell, lifetimeText)) lifetimes.push('session');
  const tool = hits(TOOL_PATTERN(), block.text)[0];
  const kind =
    kindWord(r, kindCol >= 0 ? cell(kindCol) : block.text) ??
    (name ? knownKind(name) : null) ??
    (tool ? matchedEntry(COOKIE_TOOLS, tool.groups).kind : null) ??
    sectionKind(r, block);
  const evidence = r.ctx.block(block);
  const base = { kind, name, section: block.section, evidence };
  return lifetimes.length ? [...new Set(lifetimes)].map((lifetime) => ({ ...base, lifetime })) : [{ ...base, lifetime: null }];
}

/** The first kind word on its own, as in a table's "Type" cell ("Analytisch", "Marketing"). */
function kindWord(r: Reader, text: string): CookieKind | null {
  const h = r.p.kindWords.exec(text);
  r.p.kindWords.lastIndex = 0;
  return h ? matchedEntry(COOKIE_KINDS, h.slice(1)) : null;
}

// ---------------------------------------------------------------- merging mentions into rows

function merge(mentions: Mention[]): Row[] {
  const rows: Row[] = [];
  const fits = (a: string | null, b: string | null) => a === null || b === null || a === b;
  for (const m of mentions) {
    let row: Row | undefined;
    if (m.name) {
      row = rows.find((r) => r.name !== null && sameName(r.name, m.name!) && fits(r.kind, m.kind) && fits(r.lifetime, m.lifetime));
    } else if (m.kind) {
      row =
        rows.findLast((r) => r.kind === m.kind && r.section === m.section && fits(r.lifetime, m.lifetime)) ??
        rows.findLast((r) => r.kind === m.kind && r.name === null && fits(r.lifetime, m.lifetime));
    } else if (m.lifetime) {
      // "Deze cookies verlopen na 1 jaar": the lifetime of the cookie just named in this section.
      row = rows.findLast((r) => r.section === m.section && fits(r.lifetime, m.lifetime));
    }
    if (!row) {
      rows.push({ kind: m.kind, name: m.name, lifetime: m.lifetime, section: m.section, evidence: [m.evidence] });
      continue;
    }
    // Evidence for what a mention adds: "blijft veertien maanden geldig" is quoted, a repeated name is not.
    const adds = (row.kind === null && m.kind !== null) || (row.lifetime === null && m.lifetime !== null);
    row.kind ??= m.kind;
    row.lifetime ??= m.lifetime;
    if (adds && !row.evidence.some((e) => e.line === m.evidence.line && e.column === m.evidence.column)) row.evidence.push(m.evidence);
  }
  return rows;
}

const NOT_NAME_CHARS = /[^\p{L}\p{N}_*]+/gu;

function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(NOT_NAME_CHARS, '');
  return norm(a) === norm(b);
}

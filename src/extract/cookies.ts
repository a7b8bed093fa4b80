import type { Cookie, Evidence, SupportedLanguage } from '../model/types.js';
import type { Block } from '../document/index.js';
import type { ExtractContext } from './context.js';
import { COOKIES, COOKIE_KINDS, COOKIE_NAMES, COOKIE_TOOLS, type CookieKind, type CookieLexicon, type CookieTool } from '../lexicon/cookies.js';
import { wordPattern, exactWordPattern, hits, test, type Hit } from '../lexicon/compile.js';
import { passages, leftToCookies, statedPeriods, type Passage } from './retention.js';

/**
 * Cookies: one row per kind, tool or cookie name the policy says it uses, with a lifetime when one is stated.
 * Mentions are read from cookie statements (the passages `leftToCookies` hands over, so every period the retention
 * extractor skips lands here), cookie headings and cookie tables, then merged: "Het Analytics cookie blijft
 * veertien maanden geldig" under "Statistische cookies: Google Analytics" is the Google Analytics row's lifetime.
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

export function extractCookies(ctx: ExtractContext): Cookie[] {
  const lang = ctx.lang;
  if (!lang) return [];
  const byBlock = new Map<number, Passage[]>();
  for (const p of passages(ctx)) byBlock.set(p.block.index, [...(byBlock.get(p.block.index) ?? []), p]);

  const mentions: Mention[] = [];
  // The first "we use cookies", preferring one inside a cookie section over a passing mention elsewhere.
  let use: { evidence: Evidence; inSection: boolean } | null = null;
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'heading') {
      mentions.push(...headingMentions(ctx, lang, block));
    } else if (isCookieTableRow(ctx, lang, block)) {
      mentions.push(...tableRowMentions(ctx, lang, block));
    } else {
      for (const p of byBlock.get(block.index) ?? []) {
        if (!leftToCookies(ctx, p)) continue;
        const found = passageMentions(ctx, lang, p);
        mentions.push(...found);
        const inSection = ctx.inTopic(block, 'cookies', true);
        if (found.length === 0 && (!use || (inSection && !use.inSection)) && saysCookiesAreUsed(ctx, lang, p.text)) use = { evidence: p.evidence(), inSection };
      }
    }
  }
  const rows = merge(mentions);
  if (rows.length === 0 && use) return [{ kind: 'unspecified', name: null, lifetime: null, evidence: [use.evidence] }];
  return rows.map((r) => ({ kind: r.kind ?? 'unspecified', name: r.name, lifetime: r.lifetime, evidence: r.evidence }));
}

// ---------------------------------------------------------------- reading a passage

function passageMentions(ctx: ExtractContext, lang: SupportedLanguage, p: Passage): Mention[] {
  const names = nameHits(ctx, lang, p.text);
  const kinds = kindHits(ctx, lang, p.text);
  const lifetimes = lifetimeHits(lang, p.text).filter((l) => !names.some((n) => l.start < n.end && n.start < l.end));
  const section = p.block.section;
  const evidence = p.evidence();
  const mention = (kind: CookieKind | null, name: string | null, lifetime: string | null): Mention => ({ kind, name, lifetime, section, evidence });
  const inherited = sectionKind(ctx, lang, p.block);
  const out: Mention[] = [];

  if (names.length > 0) {
    for (const n of names) {
      const kind = n.value.kind ?? (kinds.length === 1 ? kinds[0]!.value : (nearestBefore(kinds, n.start)?.value ?? inherited));
      const own = lifetimes.filter((l) => (nearestBefore(names, l.start) ?? names[0]) === n);
      if (own.length === 0) out.push(mention(kind, n.value.name, null));
      for (const l of own) out.push(mention(kind, n.value.name, l.value));
    }
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

function nearestBefore<T extends { start: number }>(list: T[], at: number): T | undefined {
  return list.filter((x) => x.start <= at).at(-1);
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
function kindHits(ctx: ExtractContext, lang: SupportedLanguage, text: string): At<CookieKind>[] {
  const lex = COOKIES[lang];
  const out: At<CookieKind>[] = [];
  for (const h of hits(kindListPattern(lex), text)) {
    if (denied(ctx, lex, text, h.start)) continue;
    const phrase = text.slice(h.start, h.end);
    for (const kind of COOKIE_KINDS) {
      for (const k of hits(compoundHead(lex.kinds[kind]), phrase)) {
        if (!out.some((o) => o.value === kind)) out.push({ value: kind, start: h.start + k.start, end: h.start + k.end });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const headCache = new Map<string, RegExp>();

/** Kind words anchored on their left only, so they are found as the head of a compound ("marketingcookies"). */
function compoundHead(sources: string[]): RegExp {
  const key = sources.join('\u0001');
  let re = headCache.get(key);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})`, 'giu');
    headCache.set(key, re);
  }
  return re;
}

/** Kind words, joined by commas and "en"/"and", before the noun, with or without a space ("trackingcookies"). */
function kindListPattern(lex: CookieLexicon): RegExp {
  const kind = `(?:${COOKIE_KINDS.flatMap((k) => lex.kinds[k]).join('|')})`;
  const joiner = `(?:\\s*(?:${lex.joiners.map((j) => (/^\p{L}/u.test(j) ? `\\s${j}\\s` : escape(j))).join('|')})\\s*)`;
  return wordPattern([`${kind}(?:${joiner}${kind})*(?:\\s+|-)?(?:${lex.nouns.join('|')})`]);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

interface Named {
  name: string;
  kind: CookieKind | null;
}

/** Tools ("Google Analytics"), cookie names ("_ga", "_gid") and quoted names ("named “session”"), not denied. */
function nameHits(ctx: ExtractContext, lang: SupportedLanguage, text: string): At<Named>[] {
  const lex = COOKIES[lang];
  const out: At<Named>[] = [];
  const free = (s: number, e: number) => !out.some((o) => s < o.end && o.start < e);
  for (const { tool, hit } of toolHits(text)) {
    if (free(hit.start, hit.end) && !denied(ctx, lex, text, hit.start)) out.push({ value: { name: tool.name, kind: tool.kind }, start: hit.start, end: hit.end });
  }
  for (const n of COOKIE_NAMES) {
    for (const h of hits(exactWordPattern([n.pattern]), text)) {
      if (free(h.start, h.end) && !denied(ctx, lex, text, h.start)) out.push({ value: { name: h.text, kind: n.kind }, start: h.start, end: h.end });
    }
  }
  const quoted = new RegExp(`(?<![\\p{L}\\p{N}])(?:${lex.namedBy.join('|')})\\s*[“"'‘\`]([^”"'’\`\\n]{1,40})[”"'’\`]`, 'giu');
  for (const m of text.matchAll(quoted)) {
    const start = m.index + m[0].length - m[1]!.length - 1;
    if (free(start, start + m[1]!.length)) out.push({ value: { name: m[1]!.trim(), kind: knownKind(m[1]!) }, start, end: start + m[1]!.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Tools such as Google Analytics named in a text, in order. */
function toolHits(text: string): { tool: CookieTool; hit: Hit }[] {
  const out: { tool: CookieTool; hit: Hit }[] = [];
  for (const tool of COOKIE_TOOLS) for (const hit of hits(wordPattern(tool.patterns), text)) out.push({ tool, hit });
  return out.sort((a, b) => a.hit.start - b.hit.start);
}

function knownKind(name: string): CookieKind | null {
  return COOKIE_NAMES.find((n) => n.kind && anchoredFull(n.pattern).test(name))?.kind ?? null;
}

function anchoredFull(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, 'u');
}

/** Periods ("verloopt na 2 jaar", "blijft veertien maanden geldig") and session lifetimes. */
function lifetimeHits(lang: SupportedLanguage, text: string): At<string>[] {
  const out: At<string>[] = statedPeriods(text, lang).map((d) => ({ value: d.iso, start: d.start, end: d.end }));
  for (const h of hits(wordPattern(COOKIES[lang].session), text)) out.push({ value: 'session', start: h.start, end: h.end });
  return out.sort((a, b) => a.start - b.start);
}

/** "we do not use tracking cookies", "zonder cookies". */
function denied(ctx: ExtractContext, lex: CookieLexicon, text: string, at: number): boolean {
  if (ctx.negated(text, at)) return true;
  const words = text.slice(Math.max(0, at - 40), at).match(/[\p{L}]+/gu) ?? [];
  return words.slice(-3).some((w) => test(wordPattern(lex.absence), w));
}

/** "Wij maken gebruik van cookies", "We use cookies": a use verb near the noun, not denied. */
function saysCookiesAreUsed(ctx: ExtractContext, lang: SupportedLanguage, text: string): boolean {
  const lex = COOKIES[lang];
  const verbs = hits(wordPattern(lex.useVerbs), text).filter((v) => !ctx.negated(text, v.start));
  return hits(wordPattern(lex.nouns), text).some(
    (n) => !denied(ctx, lex, text, n.start) && verbs.some((v) => wordsBetween(text, Math.min(v.end, n.end), Math.max(v.start, n.start)) <= USE_DISTANCE),
  );
}

/** Most words between a use verb and "cookies" in one statement: "gebruikt [op deze website] cookies". */
const USE_DISTANCE = 5;

function wordsBetween(text: string, from: number, to: number): number {
  return from >= to ? 0 : (text.slice(from, to).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

// ---------------------------------------------------------------- headings and tables

/** "Statistische cookies: Google Analytics" names a kind and a tool for the section under it (if there is one). */
function headingMentions(ctx: ExtractContext, lang: SupportedLanguage, heading: Block): Mention[] {
  if (ctx.sectionBlocks(heading).length === 0) return [];
  if (!ctx.headingTopics(heading).has('cookies') && !test(wordPattern(COOKIES[lang].nouns), heading.text)) return [];
  const kinds = kindHits(ctx, lang, heading.text);
  const names = nameHits(ctx, lang, heading.text);
  const evidence = ctx.block(heading);
  const single = kinds.length === 1 ? kinds[0]!.value : null;
  const out: Mention[] = names.map((n) => ({ kind: n.value.kind ?? single, name: n.value.name, lifetime: null, section: heading.index, evidence }));
  for (const k of kinds) if (!names.some((n) => n.value.kind === k.value)) out.push({ kind: k.value, name: null, lifetime: null, section: heading.index, evidence });
  return out;
}

/** The one kind the nearest cookie heading names ("Analytische cookies (Google Analytics):"), for the items under it. */
function sectionKind(ctx: ExtractContext, lang: SupportedLanguage, block: Block): CookieKind | null {
  const heading = ctx.heading(block);
  if (!heading) return null;
  const kinds = kindHits(ctx, lang, heading.text);
  return kinds.length === 1 ? kinds[0]!.value : null;
}

/** A row of a cookie table: the header names cookies, or the table stands in a cookie section. */
function isCookieTableRow(ctx: ExtractContext, lang: SupportedLanguage, block: Block): boolean {
  if (block.kind !== 'tableRow' || !block.cells || !block.header) return false;
  if (block.header.some((h) => test(wordPattern(COOKIES[lang].nouns), h))) return true;
  return ctx.inTopic(block, 'cookies') && !ctx.inTopic(block, 'retention', true);
}

/** naam | doel | bewaartermijn: one cookie per row. */
function tableRowMentions(ctx: ExtractContext, lang: SupportedLanguage, block: Block): Mention[] {
  if (block.isHeaderRow) return [];
  const lex = COOKIES[lang];
  const header = block.header ?? [];
  const column = (sources: string[]) => header.findIndex((h) => test(wordPattern(sources), h));
  const cell = (i: number) => (i >= 0 && block.cells?.[i] ? block.text.slice(block.cells[i].start, block.cells[i].end) : '');
  const nameCol = column(lex.columns.name);
  const lifetimeCol = column(lex.columns.lifetime);
  const kindCol = column(lex.columns.kind);
  const name = cell(nameCol >= 0 ? nameCol : 0).replace(/[`"“”]/gu, '').trim() || null;
  const lifetimeText = lifetimeCol >= 0 ? cell(lifetimeCol) : block.text;
  const lifetimes = lifetimeHits(lang, lifetimeText).map((l) => l.value);
  if (lifetimes.length === 0 && lifetimeCol >= 0 && test(wordPattern(lex.sessionCell), lifetimeText)) lifetimes.push('session');
  const kind = kindWord(lex, kindCol >= 0 ? cell(kindCol) : block.text) ?? (name ? knownKind(name) : null) ?? toolHits(block.text)[0]?.tool.kind ?? sectionKind(ctx, lang, block);
  const evidence = ctx.block(block);
  const base = { kind, name, section: block.section, evidence };
  return lifetimes.length ? [...new Set(lifetimes)].map((lifetime) => ({ ...base, lifetime })) : [{ ...base, lifetime: null }];
}

/** A kind word on its own, as in a table's "Type" cell ("Analytisch", "Marketing"). */
function kindWord(lex: CookieLexicon, text: string): CookieKind | null {
  let best: { kind: CookieKind; start: number } | null = null;
  for (const kind of COOKIE_KINDS) {
    const h = hits(wordPattern(lex.kinds[kind]), text)[0];
    if (h && (!best || h.start < best.start)) best = { kind, start: h.start };
  }
  return best?.kind ?? null;
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

function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}_*]+/gu, '');
  return norm(a) === norm(b);
}

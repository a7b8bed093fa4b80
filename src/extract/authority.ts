import type { Block } from '../document/index.js';
import type { SupervisoryAuthority } from '../model/types.js';
import type { ExtractContext } from './context.js';
import { hits, test, wordPattern } from '../lexicon/compile.js';
import { AUTHORITIES, type AuthorityEntry } from '../lexicon/authorities.js';
import { AUTHORITY_CONTEXT } from '../lexicon/controller.js';
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
 * ("your local supervisory authority", "de toezichthouder") names none and gives null.
 */
export function extractSupervisoryAuthority(ctx: ExtractContext): SupervisoryAuthority | null {
  const all = ctx.doc.blocks.flatMap((block) => mentionsIn(block));
  const mentions = all.filter((m) => !isAbbreviation(m.text) || all.some((o) => o.authority === m.authority && !isAbbreviation(o.text)) || inAuthorityContext(m));
  // A name written out beats a bare domain ("autoriteitpersoonsgegevens.nl" in a link text).
  const named = mentions.filter((m) => !isDomain(m.text));
  const first = (named.length ? named : mentions)[0];
  if (!first) return null;
  // "the Austrian data protection authority (“Datenschutzbehörde”)": the body's own name, where the sentence gives both.
  const sentence = first.block.sentences.find((s) => s.start <= first.start && first.start < s.end);
  const same = named.filter((m) => m.block === first.block && m.authority === first.authority && (!sentence || (sentence.start <= m.start && m.start < sentence.end)));
  const best = same.sort((a, b) => properness(b.text) - properness(a.text) || a.start - b.start)[0] ?? first;
  return { name: best.text, evidence: [phraseEvidence(ctx, best.block, best.start, best.end)] };
}

let patterns: { authority: AuthorityEntry; re: RegExp }[] | null = null;

function mentionsIn(block: Block): Mention[] {
  const out: Mention[] = [];
  if (!authorityIn(block.text)) return out;
  patterns ??= AUTHORITIES.map((authority) => ({ authority, re: wordPattern(authority.patterns) }));
  for (const { authority, re } of patterns) {
    for (const h of hits(re, block.text)) {
      if (insideLinkTarget(block.text, h.start)) continue;
      out.push({ authority, block, start: h.start, end: h.end, text: h.text.replace(/\s+/gu, ' ') });
    }
  }
  // Where two patterns overlap, keep the longer match.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((m, i) => !out.slice(0, i).some((o) => o.start <= m.start && m.end <= o.end));
}

const isAbbreviation = (text: string): boolean => /^[\p{Lu}\p{N}]{2,6}$/u.test(text);

function inAuthorityContext(m: Mention): boolean {
  const s = m.block.sentences.find((x) => x.start <= m.start && m.start < x.end);
  return test(wordPattern(AUTHORITY_CONTEXT), s ? s.text : m.block.text);
}

const isDomain = (text: string): boolean => /\.\p{L}{2,}$/u.test(text) && !/\s/u.test(text);

/** A mention inside a written URL ("https://autoriteitpersoonsgegevens.nl/nl/…") is a link, not a name. */
function insideLinkTarget(text: string, pos: number): boolean {
  const chunk = text.slice(text.slice(0, pos).search(/\S*$/u), pos);
  return /[/:]/u.test(chunk);
}

/** Share of capitalised words: a proper name ("Datenschutzbehörde") over a description ("Austrian data protection authority"). */
function properness(text: string): number {
  const words = text.split(/\s+/u);
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length;
}

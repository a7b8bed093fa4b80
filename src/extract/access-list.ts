import type { Block, Sentence } from '../document/index.js';
import type { SupportedLanguage } from '../model/types.js';
import type { ExtractContext } from './context.js';
import { RIGHTS } from '../lexicon/rights.js';
import { test, wordPattern } from '../lexicon/compile.js';

/**
 * Blocks that say what the right of access tells, not what this organisation does: the entries of a list introduced
 * by access ("Sie haben das Recht auf Auskunft über folgende Informationen: ⏎ - die Empfänger, insbesondere in
 * Drittländern"). "Third countries" there is no statement about transfers, for the transfers reader and for the
 * question whether transfers are addressed alike. A list's introduction is the nearest block before its entries that
 * ends in a colon.
 */
export function accessListEntries(ctx: ExtractContext): ReadonlySet<Block> {
  let entries = CACHE.get(ctx);
  if (!entries) CACHE.set(ctx, (entries = findAccessListEntries(ctx)));
  return entries;
}
const CACHE = new WeakMap<ExtractContext, ReadonlySet<Block>>();

function findAccessListEntries(ctx: ExtractContext): Set<Block> {
  const out = new Set<Block>();
  if (!ctx.lang) return out;
  const accessWords = accessPattern(ctx.lang);
  const endsInColon = (b: Block): boolean => /:\s*$/u.test(b.text);
  // Whether the current introduction (the last block that ends in a colon, kept across list entries) is about access.
  let aboutAccess = false;
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'listItem' && aboutAccess) out.add(block);
    if (endsInColon(block)) aboutAccess = test(accessWords, block.text);
    else if (block.kind !== 'listItem') aboutAccess = false;
  }
  return out;
}

const ACCESS_PATTERNS = new Map<SupportedLanguage, RegExp>();
function accessPattern(lang: SupportedLanguage): RegExp {
  let re = ACCESS_PATTERNS.get(lang);
  if (!re) {
    const access = RIGHTS[lang].rights.access;
    re = wordPattern([...access.cues, ...access.standalone]);
    ACCESS_PATTERNS.set(lang, re);
  }
  return re;
}

/**
 * A sentence that says what the right of access tells, not what this organisation does: an entry of a list introduced
 * by access, or the same list written as one sentence. The third countries and automated decisions it names are no
 * statement about this organisation's transfers or decisions.
 */
export function describesAccessRight(ctx: ExtractContext, sentence: Sentence): boolean {
  return accessListEntries(ctx).has(sentence.block) || listsAccessContent(ctx, sentence.text) || safeguardsRight(ctx, sentence.text);
}

/** The Art. 15(2) clause: the right to be told of the safeguards for a transfer, or whether one happens (`RightsLexicon`). */
function safeguardsRight(ctx: ExtractContext, text: string): boolean {
  if (!ctx.lang) return false;
  let re = SAFEGUARDS.get(ctx.lang);
  if (re === undefined) SAFEGUARDS.set(ctx.lang, (re = RIGHTS[ctx.lang].transferSafeguardsRight?.length ? wordPattern(RIGHTS[ctx.lang].transferSafeguardsRight!) : null));
  return re !== null && test(re, text);
}
const SAFEGUARDS = new Map<SupportedLanguage, RegExp | null>();

/** How many of the access items a sentence must name to list what access tells. */
const ACCESS_ITEMS_NAMED = 3;

/**
 * A sentence that lists what the right of access tells, in one sentence rather than a list ("Insbesondere können Sie
 * Auskunft über die Verarbeitungszwecke, die Kategorie der personenbezogenen Daten, die Kategorien von Empfängern, …
 * das Bestehen einer automatisierten Entscheidungsfindung … verlangen"): it asks for information or access and names
 * at least three items of Art. 15(1).
 */
function listsAccessContent(ctx: ExtractContext, text: string): boolean {
  if (!ctx.lang) return false;
  const p = accessContentPatterns(ctx.lang);
  if (!test(p.information, text) && !test(accessPattern(ctx.lang), text)) return false;
  let named = 0;
  for (const item of p.items) if (test(item, text) && ++named >= ACCESS_ITEMS_NAMED) return true;
  return false;
}

const ACCESS_CONTENT = new Map<SupportedLanguage, { information: RegExp; items: RegExp[] }>();
function accessContentPatterns(lang: SupportedLanguage): { information: RegExp; items: RegExp[] } {
  let p = ACCESS_CONTENT.get(lang);
  if (!p) {
    const lex = RIGHTS[lang];
    p = { information: wordPattern(lex.accessInformation), items: lex.accessItems.map((item) => wordPattern([item])) };
    ACCESS_CONTENT.set(lang, p);
  }
  return p;
}

import type { AutomatedDecisionMaking, Evidence } from '../model/types.js';
import type { Sentence } from '../document/index.js';
import { ADM, type AdmLexicon } from '../lexicon/adm.js';
import { hits, test, wordPattern } from '../lexicon/compile.js';
import type { ExtractContext } from './context.js';

/** How far before a cue a right or a condition makes the sentence neutral, and how far after it a denial reaches. */
const NEUTRAL_REACH = 10;
const DENIAL_REACH = 10;

type Statement = 'used' | 'not_used' | 'neutral';

/**
 * Whether the policy says automated individual decisions (incl. profiling with legal or similar effects) are made
 * (Art. 13(2)(f)): used when one statement says they are, not used when statements only deny it, null when nothing
 * is said. Headings, definitions, the Art. 22 right itself, conditions ("if we ever …") and profiling for marketing
 * are no statement.
 */
export function extractAutomatedDecisionMaking(ctx: ExtractContext): AutomatedDecisionMaking | null {
  if (!ctx.lang) return null;
  const lex = ADM[ctx.lang];
  const used: Evidence[] = [];
  const notUsed: Evidence[] = [];
  for (const sentence of ctx.doc.sentences) {
    if (sentence.block.kind === 'heading') continue;
    const kinds = statementsIn(ctx, sentence, lex);
    if (kinds.includes('used')) used.push(ctx.sentence(sentence));
    else if (kinds.includes('not_used')) notUsed.push(ctx.sentence(sentence));
  }
  if (used.length > 0) return { used: true, evidence: used };
  if (notUsed.length > 0) return { used: false, evidence: notUsed };
  return null;
}

/** What each mention of automated decisions or profiling in a sentence says. */
function statementsIn(ctx: ExtractContext, sentence: Sentence, lex: AdmLexicon): Statement[] {
  const text = sentence.text;
  if (test(wordPattern(lex.definitions), text)) return [];
  const out: Statement[] = [];
  for (const h of hits(wordPattern(lex.decisions), text)) out.push(statement(ctx, text, h.start, h.end, lex));
  if (out.length === 0) {
    for (const h of hits(wordPattern(lex.profiling), text)) {
      const kind = statement(ctx, text, h.start, h.end, lex);
      // Profiling is Art. 22 matter only with legal or similar effects; a plain denial counts unless about marketing.
      const withEffects = test(wordPattern(lex.effects), text);
      const plainDenial = kind === 'not_used' && !test(wordPattern(lex.marketing), text);
      if (withEffects || plainDenial) out.push(kind);
    }
  }
  return out;
}

function statement(ctx: ExtractContext, text: string, start: number, end: number, lex: AdmLexicon): Statement {
  if (test(wordPattern(lex.neutralBefore), wordsBefore(text, start, NEUTRAL_REACH))) return 'neutral';
  if (ctx.negated(text, start) || test(wordPattern(lex.negatedAfter), clauseAfter(text, end, DENIAL_REACH))) return 'not_used';
  return 'used';
}

function wordsBefore(text: string, at: number, n: number): string {
  return (text.slice(0, at).match(/[\p{L}\p{N}'’-]+/gu) ?? []).slice(-n).join(' ');
}

/** Up to `n` words after `at`, within the same clause (up to a semicolon or the sentence end). */
function clauseAfter(text: string, at: number, n: number): string {
  const rest = text.slice(at).split(/[;:]/u)[0];
  return (rest.match(/[\p{L}\p{N}'’-]+/gu) ?? []).slice(0, n).join(' ');
}

/**
 * The sentences the consistency rules decide on (a DPO title named, no DPO appointed, only functional cookies
 * claimed, acceptance by use, a legal ground for the BSN), so those rules read the model and `parse` shows why.
 */
import type { Statement, StatementId } from '../model/types.js';
import type { ExtractContext } from './context.js';
import { CONSISTENCY_LEXICON, type ConsistencyLexicon } from '../lexicon/consistency.js';
import { test, wordPattern } from '../lexicon/compile.js';

/** Each statement's phrases, and whether every sentence is kept or only the first. */
const STATEMENTS: readonly [StatementId, (l: ConsistencyLexicon) => string[] | undefined, 'first' | 'all'][] = [
  ['dpo_title', (l) => l.dpoTitles, 'first'],
  ['no_dpo', (l) => l.noDpo, 'first'],
  ['only_functional_cookies', (l) => l.onlyFunctionalCookies, 'first'],
  ['acceptance_by_use', (l) => l.acceptanceByUse, 'all'],
  ['bsn_legal_ground', (l) => l.bsnLegalGround, 'first'],
];

export function extractStatements(ctx: ExtractContext): Statement[] {
  if (!ctx.lang) return [];
  const lex = CONSISTENCY_LEXICON[ctx.lang];
  const out: Statement[] = [];
  for (const [id, phrases, keep] of STATEMENTS) {
    const list = phrases(lex);
    if (!list?.length) continue;
    const re = wordPattern(list);
    for (const sentence of ctx.doc.sentences) {
      if (!test(re, sentence.text)) continue;
      out.push({ id, evidence: [ctx.sentence(sentence)] });
      if (keep === 'first') break;
    }
  }
  return out;
}

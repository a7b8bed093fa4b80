/**
 * The sentences the consistency rules decide on (a DPO title named, no DPO appointed, only functional cookies
 * claimed, acceptance by use, a legal ground for the BSN), so those rules read the model and `parse` shows why.
 */
import { STATEMENT_IDS, type Statement } from '../model/types.js';
import type { ExtractContext } from './context.js';
import { CONSISTENCY_LEXICON, STATEMENT_PHRASES } from '../lexicon/consistency.js';
import { test, wordPattern } from '../lexicon/compile.js';

export function extractStatements(ctx: ExtractContext): Statement[] {
  if (!ctx.lang) return [];
  const lex = CONSISTENCY_LEXICON[ctx.lang];
  const out: Statement[] = [];
  for (const id of STATEMENT_IDS) {
    const { phrases, every } = STATEMENT_PHRASES[id];
    const list = phrases(lex);
    if (!list?.length) continue;
    const re = wordPattern(list);
    for (const sentence of ctx.doc.sentences) {
      if (!test(re, sentence.text)) continue;
      out.push({ id, evidence: [ctx.sentence(sentence)] });
      if (!every) break;
    }
  }
  return out;
}

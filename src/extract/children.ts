import type { Children, Evidence, SupportedLanguage } from '../model/types.js';
import type { Sentence } from '../document/index.js';
import type { ExtractContext } from './context.js';
import { CHILDREN, type ChildrenLexicon } from '../lexicon/cookies.js';
import { DURATION_LEXICON } from '../lexicon/durations.js';
import { wordPattern, hits, test } from '../lexicon/compile.js';

/**
 * Children: whether the policy addresses them and from what age it lets people use the service or give consent
 * ("jonger dan 16 jaar", "under the age of 13"). "Minderjarigen … toestemming van ouders" without an age gives
 * minimumAge null; no mention of children gives null.
 */

/** Ages a children's clause can plausibly name; anything else is a period or a count. */
const YOUNGEST = 6;
const OLDEST = 21;

export function extractChildren(ctx: ExtractContext): Children | null {
  const lang = ctx.lang;
  if (!lang) return null;
  const lex = CHILDREN[lang];
  let minimumAge: number | null = null;
  const evidence: Evidence[] = [];
  for (const block of ctx.doc.blocks) {
    const inSection = block.kind !== 'heading' && ctx.inTopic(block, 'children');
    for (const sentence of block.sentences) {
      const aboutChildren = test(wordPattern(lex.words), sentence.text);
      const age = ageIn(lang, lex, sentence, aboutChildren || inSection);
      if (age !== null) minimumAge ??= age;
      if (age !== null || (block.kind !== 'heading' && (inSection || (aboutChildren && test(wordPattern(lex.dataWords), sentence.text))))) {
        evidence.push(ctx.sentence(sentence));
      }
    }
  }
  return evidence.length ? { minimumAge, evidence } : null;
}

/** The first age the sentence names: with children named nearby, or with a unit that makes it an age ("16 jaar"). */
function ageIn(lang: SupportedLanguage, lex: ChildrenLexicon, sentence: Sentence, aboutChildren: boolean): number | null {
  for (const h of hits(wordPattern(lex.ages), sentence.text)) {
    const value = numberValue(lang, h.groups.find((g) => g !== undefined) ?? '');
    if (value === null || value < YOUNGEST || value > OLDEST) continue;
    const unit = test(wordPattern(lex.ageUnits), sentence.text.slice(h.start, h.end + 12));
    if (aboutChildren || unit) return value;
  }
  return null;
}

function numberValue(lang: SupportedLanguage, word: string): number | null {
  if (/^\d+$/u.test(word)) return Number(word);
  const value = DURATION_LEXICON[lang].numbers[word.toLowerCase()];
  return value !== undefined && Number.isInteger(value) ? value : null;
}

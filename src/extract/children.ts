import type { Children, Evidence, SupportedLanguage } from '../model/types.js';
import type { Sentence } from '../document/index.js';
import type { ExtractContext } from './context.js';
import { CHILDREN } from '../lexicon/cookies.js';
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
  const p = patterns(lang);
  let minimumAge: number | null = null;
  const evidence: Evidence[] = [];
  const sections = new Map<number, boolean>();
  for (const block of ctx.doc.blocks) {
    let inSection = false;
    if (block.kind !== 'heading') {
      // Every block of a section has the same answer: ask once per section.
      inSection = sections.get(block.section) ?? ctx.inTopic(block, 'children');
      sections.set(block.section, inSection);
    }
    for (const sentence of block.sentences) {
      const aboutChildren = test(p.words, sentence.text);
      const age = ageIn(lang, p, sentence, aboutChildren || inSection);
      if (age !== null) minimumAge ??= age;
      if (age !== null || (block.kind !== 'heading' && (inSection || (aboutChildren && test(p.dataWords, sentence.text))))) {
        evidence.push(ctx.sentence(sentence));
      }
    }
  }
  return evidence.length ? { minimumAge, evidence } : null;
}

interface Patterns {
  words: RegExp;
  ages: RegExp;
  ageUnits: RegExp;
  dataWords: RegExp;
}

const patternCache = new Map<SupportedLanguage, Patterns>();

/** The children patterns of a language, built on its first policy and kept. */
function patterns(lang: SupportedLanguage): Patterns {
  let p = patternCache.get(lang);
  if (!p) {
    const lex = CHILDREN[lang];
    p = { words: wordPattern(lex.words), ages: wordPattern(lex.ages), ageUnits: wordPattern(lex.ageUnits), dataWords: wordPattern(lex.dataWords) };
    patternCache.set(lang, p);
  }
  return p;
}

/** How far after an age phrase its unit may stand ("16 jaar"). */
const UNIT_REACH = 12;

/** The first age the sentence names: with children named nearby, or with a unit that makes it an age ("16 jaar"). */
function ageIn(lang: SupportedLanguage, p: Patterns, sentence: Sentence, aboutChildren: boolean): number | null {
  for (const h of hits(p.ages, sentence.text)) {
    const value = numberValue(lang, h.groups.find((g) => g !== undefined) ?? '');
    if (value === null || value < YOUNGEST || value > OLDEST) continue;
    const unit = test(p.ageUnits, sentence.text.slice(h.start, h.end + UNIT_REACH));
    if (aboutChildren || unit) return value;
  }
  return null;
}

const DIGITS = /^\d+$/u;

function numberValue(lang: SupportedLanguage, word: string): number | null {
  if (DIGITS.test(word)) return Number(word);
  const value = DURATION_LEXICON[lang].numbers[word.toLowerCase()];
  return value !== undefined && Number.isInteger(value) ? value : null;
}

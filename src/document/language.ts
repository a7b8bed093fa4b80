import type { Language } from '../model/types.js';
import { STOPWORDS } from '../lexicon/language.js';

const LANGUAGES: Language[] = ['nl', 'en', 'de', 'fr'];
let tables: Map<string, Language[]> | null = null;

/** Counts function words of each language; the language with most votes wins (English when nothing counts). */
export function detectLanguage(text: string): { language: Language; scores: Record<Language, number> } {
  if (!tables) {
    tables = new Map();
    for (const lang of LANGUAGES) {
      for (const word of STOPWORDS[lang]) {
        const list = tables.get(word) ?? [];
        list.push(lang);
        tables.set(word, list);
      }
    }
  }
  const scores: Record<Language, number> = { nl: 0, en: 0, de: 0, fr: 0 };
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const word of words) {
    const langs = tables.get(word);
    if (langs) for (const lang of langs) scores[lang] += 1 / langs.length;
  }
  let best: Language = 'en';
  for (const lang of LANGUAGES) if (scores[lang] > scores[best]) best = lang;
  return { language: best, scores };
}

export const LANGUAGE_NAMES: Record<Language, string> = { nl: 'Dutch', en: 'English', de: 'German', fr: 'French' };

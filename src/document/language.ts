import { LANGUAGE_CODES, type Language } from '../model/types.js';
import { STOPWORDS } from '../lexicon/language.js';

const LANGUAGES: readonly Language[] = LANGUAGE_CODES;
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
  const scores = Object.fromEntries(LANGUAGES.map((lang) => [lang, 0])) as Record<Language, number>;
  // Addresses vote for nobody: the "com" of "vercel.com" is no Portuguese word, the "de" of "info@x.de" no Dutch one.
  const prose = text.toLowerCase().replace(/(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+|(?<![\p{L}\p{N}])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:\/\S*)?/gu, ' ');
  const words = prose.match(/\p{L}+/gu) ?? [];
  for (const word of words) {
    const langs = tables.get(word);
    if (langs) for (const lang of langs) scores[lang] += 1 / langs.length;
  }
  let best: Language = 'en';
  for (const lang of LANGUAGES) if (scores[lang] > scores[best]) best = lang;
  return { language: best, scores };
}

/** True for a language code the detector knows ("it", "pl"), e.g. from `<html lang="it-IT">`. */
export function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

import type { LanguagePack } from './pack.js';
import { pack as nl } from './nl/index.js';
import { pack as en } from './en/index.js';
import { pack as de } from './de/index.js';
import { pack as fr } from './fr/index.js';

/** Every language privacylint reads fully. Adding a language is adding its pack here. */
export const PACKS = { nl, en, de, fr } as const satisfies Record<string, LanguagePack>;

/** A language that has a pack. */
export type SupportedLanguage = keyof typeof PACKS;

/** The languages that have a pack, in a stable order (CLI choices, schemas, tests). */
export const LANGUAGES = Object.keys(PACKS).sort() as SupportedLanguage[];

export function isSupportedLanguage(language: string): language is SupportedLanguage {
  return Object.prototype.hasOwnProperty.call(PACKS, language);
}

/** One part of every pack, keyed by language: the shape extractors index with `ctx.lang`. */
export function byLanguage<T>(part: (pack: LanguagePack) => T): Record<SupportedLanguage, T> {
  const out = {} as Record<SupportedLanguage, T>;
  for (const language of LANGUAGES) out[language] = part(PACKS[language]);
  return out;
}

/**
 * One word list gathered from every pack, for the few readers that run before (or without) knowing the language:
 * enumerations and labels are split the same way whatever the policy's language.
 */
export function fromEveryPack(part: (pack: LanguagePack) => readonly string[] | undefined): string[] {
  return [...new Set(LANGUAGES.flatMap((language) => part(PACKS[language]) ?? []))];
}

export type { LanguagePack } from './pack.js';

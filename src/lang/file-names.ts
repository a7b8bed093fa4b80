/**
 * What a privacy policy's file is called, per language: the stems a bare `privacylint` (and a pre-commit hook)
 * looks for in file names. Data, one list per language; a name matches when, folded to lower case without
 * accents, one of these stems starts it or follows a `-`, `_`, `.` or space ("privacy.md",
 * "cloudbilling-privacy-policy.txt", "Datenschutzerklärung.html", "politique-de-confidentialité.md").
 *
 * Left out on purpose: legal notices (mentions légales, Impressum, colofon), terms and conditions, and cookie
 * policies on their own: they are not the Art. 13 notice.
 */
import type { Language } from '../model/types.js';

export const POLICY_FILE_STEMS: Record<Language, readonly string[]> = {
  en: ['privacy', 'data-protection', 'dataprotection', 'data_protection', 'gdpr-notice'],
  nl: ['privacy', 'privacyverklaring', 'privacybeleid', 'privacystatement', 'gegevensbescherming', 'avg-verklaring'],
  de: ['datenschutz', 'datenschutzerklaerung', 'datenschutzerklarung', 'datenschutzhinweise', 'dsgvo'],
  fr: ['confidentialite', 'politique-de-confidentialite', 'vie-privee', 'donnees-personnelles', 'rgpd'],
  it: ['informativa-privacy', 'privacy'],
  es: ['privacidad', 'politica-de-privacidad', 'proteccion-de-datos'],
  pt: ['privacidade', 'politica-de-privacidade'],
  da: ['privatlivspolitik', 'persondatapolitik'],
  sv: ['integritetspolicy', 'dataskydd'],
  pl: ['polityka-prywatnosci', 'prywatnosc'],
};

/** Folds a file name for matching: lower case, accents off (é -> e, ä -> a). */
export function foldFileName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

const STEMS = [...new Set(Object.values(POLICY_FILE_STEMS).flat())];

/** True when a file's base name looks like a privacy policy in any language above. */
export function isPolicyFileName(baseName: string): boolean {
  const name = foldFileName(baseName);
  return STEMS.some((stem) => {
    for (let at = name.indexOf(stem); at >= 0; at = name.indexOf(stem, at + 1)) {
      if (at === 0 || /[-_. ]/u.test(name[at - 1])) return true;
    }
    return false;
  });
}

/**
 * The file-level notice for a policy in a language privacylint has no pack for (Italian, Spanish, …): its GDPR
 * Art. 13 requirements are not assessed (status `not_assessed`, never `missing`), only language-independent rules
 * run, and every report says so once per file. The text is data, in each message locale.
 */
import type { Language, Locale } from '../model/types.js';
import { isSupportedLanguage, LANGUAGES } from '../lang/index.js';

/** The id of the notice (JSON `notice.id`, SARIF notification descriptor, GitHub annotation title). */
export const NOT_ASSESSED_ID = 'language-not-assessed';

export interface FileNotice {
  id: typeof NOT_ASSESSED_ID;
  /** The language that has no pack. */
  language: Language;
  message: string;
}

/** Language names as each locale writes them inside a sentence. */
export const LANGUAGE_NAMES: Record<Locale, Record<Language, string>> = {
  en: { nl: 'Dutch', en: 'English', de: 'German', fr: 'French', it: 'Italian', es: 'Spanish', pt: 'Portuguese', da: 'Danish', sv: 'Swedish', pl: 'Polish' },
  nl: { nl: 'Nederlands', en: 'Engels', de: 'Duits', fr: 'Frans', it: 'Italiaans', es: 'Spaans', pt: 'Portugees', da: 'Deens', sv: 'Zweeds', pl: 'Pools' },
  de: {
    nl: 'Niederländisch',
    en: 'Englisch',
    de: 'Deutsch',
    fr: 'Französisch',
    it: 'Italienisch',
    es: 'Spanisch',
    pt: 'Portugiesisch',
    da: 'Dänisch',
    sv: 'Schwedisch',
    pl: 'Polnisch',
  },
  fr: { nl: 'néerlandais', en: 'anglais', de: 'allemand', fr: 'français', it: 'italien', es: 'espagnol', pt: 'portugais', da: 'danois', sv: 'suédois', pl: 'polonais' },
};

const AND: Record<Locale, string> = { en: 'and', nl: 'en', de: 'und', fr: 'et' };

/** "Dutch and English", "Dutch, English and German". */
function list(names: string[], locale: Locale): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${AND[locale]} ${names[names.length - 1]}`;
}

const TEMPLATES: Record<Locale, string> = {
  en: 'Not assessed: this policy is in {language}, which privacylint does not read yet (it reads {supported}). The GDPR Art. 13 requirements were not checked; only language-independent rules (outdated law) ran.',
  nl: 'Niet beoordeeld: dit beleid is in het {language}, dat privacylint nog niet leest (het leest {supported}). De vereisten van art. 13 AVG zijn niet gecontroleerd; alleen taalonafhankelijke regels (verouderde wetgeving) zijn toegepast.',
  de: 'Nicht geprüft: Diese Datenschutzerklärung ist auf {language} verfasst, das privacylint noch nicht liest (es liest {supported}). Die Anforderungen aus Art. 13 DSGVO wurden nicht geprüft; nur sprachunabhängige Regeln (veraltetes Recht) wurden angewandt.',
  fr: "Non évaluée : cette politique est rédigée en {language}, que privacylint ne lit pas encore (il lit {supported}). Les exigences de l'article 13 du RGPD n'ont pas été vérifiées ; seules les règles indépendantes de la langue (droit obsolète) ont été appliquées.",
};

/** The notice text for a policy in `language`, in `locale`. */
export function notAssessedMessage(language: Language, locale: Locale): string {
  const names = LANGUAGE_NAMES[locale];
  // French names the languages with their article: « l'anglais et le néerlandais ».
  const withArticle = (name: string): string => (locale === 'fr' ? (/^[aeiouhé]/u.test(name) ? `l'${name}` : `le ${name}`) : name);
  const supported = list(
    LANGUAGES.map((l) => withArticle(names[l])),
    locale,
  );
  return TEMPLATES[locale].replace('{language}', names[language]).replace('{supported}', supported);
}

/** The notice for a policy whose language has no pack; null when the language is read fully. */
export function languageNotice(language: Language, locale: Locale): FileNotice | null {
  if (isSupportedLanguage(language)) return null;
  return { id: NOT_ASSESSED_ID, language, message: notAssessedMessage(language, locale) };
}

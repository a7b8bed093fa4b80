import type { Language } from '../model/types.js';

/**
 * Frequent function words per language, for telling the policy's language by counting. Words shared by
 * two languages ("in", "is", "die", "de") are left out so each hit is a vote for one language.
 */
export const STOPWORDS: Record<Language, readonly string[]> = {
  nl: ['het', 'een', 'van', 'en', 'wij', 'uw', 'u', 'onze', 'niet', 'zijn', 'worden', 'wordt', 'deze', 'voor', 'met', 'op', 'aan', 'bij', 'ook', 'dat', 'wat', 'hoe', 'gegevens', 'persoonsgegevens', 'als', 'kunt', 'heeft', 'naar', 'welke', 'om', 'te', 'over', 'jouw', 'je', 'we', 'ons', 'zoals'],
  en: ['the', 'and', 'of', 'to', 'we', 'your', 'you', 'our', 'not', 'are', 'be', 'this', 'for', 'with', 'on', 'that', 'what', 'how', 'data', 'personal', 'information', 'if', 'can', 'has', 'which', 'or', 'by', 'us', 'may', 'will', 'any'],
  de: ['der', 'das', 'und', 'wir', 'ihre', 'ihr', 'sie', 'nicht', 'sind', 'werden', 'wird', 'diese', 'für', 'mit', 'auf', 'bei', 'auch', 'dass', 'daten', 'personenbezogenen', 'wenn', 'können', 'hat', 'nach', 'welche', 'zu', 'über', 'uns', 'ein', 'eine', 'einer', 'den', 'dem', 'des', 'im', 'zur', 'zum', 'ist', 'oder'],
  fr: ['le', 'la', 'les', 'des', 'et', 'nous', 'vos', 'votre', 'vous', 'ne', 'pas', 'sont', 'être', 'cette', 'pour', 'avec', 'sur', 'aux', 'aussi', 'que', 'qui', 'données', 'personnelles', 'si', 'peut', 'dans', 'du', 'une', 'un', 'est', 'ou', 'par', 'au', 'ces', 'leur'],
  // Languages without a pack: recognised so that a policy in one is reported as not assessed rather than read as
  // English. Words that are frequent in nl/en/de/fr ("er", "af", "kan", "du", "das", "um", "do", "to", "na", "z") are
  // left out so these lists take no votes from the four languages above.
  it: ['il', 'di', 'che', 'della', 'dei', 'delle', 'degli', 'nella', 'nel', 'alla', 'ai', 'gli', 'al', 'del', 'da', 'con', 'su', 'lo', 'una', 'e', 'questo', 'questa', 'nostro', 'nostri', 'vostri', 'tuoi', 'tuo', 'dati', 'personali', 'trattamento', 'essere', 'anche', 'come', 'può', 'possono', 'titolare', 'ed', 'sulla', 'sono', 'viene', 'vengono', 'quando', 'è'],
  es: ['el', 'los', 'las', 'del', 'al', 'y', 'para', 'por', 'con', 'su', 'sus', 'lo', 'una', 'datos', 'personales', 'tratamiento', 'nuestro', 'nuestros', 'usted', 'puede', 'pueden', 'cuando', 'como', 'sobre', 'este', 'esta', 'estos', 'más', 'también', 'según', 'derechos', 'derecho', 'información', 'cual'],
  pt: ['os', 'dos', 'da', 'ao', 'aos', 'e', 'para', 'por', 'sobre', 'como', 'quando', 'esta', 'com', 'uma', 'em', 'não', 'são', 'seus', 'suas', 'pela', 'pelo', 'nossa', 'nosso', 'dados', 'pessoais', 'tratamento', 'você', 'pode', 'podem', 'também', 'informações', 'direito', 'direitos'],
  da: ['og', 'ikke', 'vores', 'hvis', 'hvordan', 'oplysninger', 'personoplysninger', 'behandling', 'dine', 'din', 'jeres', 'bliver', 'være', 'på', 'til', 'fra', 'disse', 'sådan', 'skal', 'vil', 'med', 'som', 'det', 'vi', 'har', 'eller', 'også', 'ved'],
  sv: ['och', 'att', 'av', 'till', 'är', 'inte', 'vår', 'våra', 'dina', 'din', 'personuppgifter', 'uppgifter', 'behandling', 'från', 'eller', 'som', 'det', 'med', 'vi', 'har', 'för', 'på', 'ska', 'skall', 'hur', 'dig', 'oss', 'detta', 'dessa', 'när', 'vara', 'sina'],
  pl: ['w', 'się', 'nie', 'jest', 'oraz', 'dane', 'danych', 'osobowych', 'przez', 'lub', 'które', 'który', 'która', 'twoje', 'twoich', 'może', 'są', 'być', 'od', 'dla', 'jak', 'jeśli', 'tym', 'tych', 'naszej', 'prawo', 'przetwarzania', 'pani', 'państwa'],
};

/** Abbreviations after which a full stop does not end a sentence, lower case, without the final dot. */
export const ABBREVIATIONS: Record<Language, readonly string[]> = {
  nl: ['b.v', 'bv', 'n.v', 'nv', 'bijv', 'bv', 'o.a', 'm.b.t', 'd.w.z', 'i.v.m', 't.a.v', 'h.o.d.n', 'art', 'artt', 'nr', 'nrs', 'max', 'min', 'incl', 'excl', 'e.d', 'etc', 'ca', 'resp', 'jl', 'mr', 'dhr', 'mevr', 'z.s.m', 'blz', 'tel', 'o.b.v', 'i.p.v', 'evt', 'm.u.v', 'v.a', 'e.a', 'vs', 'jr', 'mnd', 'lid', 'sub', 'vzw', 'bvba', 'st', 'nl', 'z.o.z', 'a.u.b', 'm.i.v', 'kvk', 'c.q', 'o.g.v', 'ivm', 'zgn', 'd.d', 'p', 'no'],
  en: ['e.g', 'i.e', 'etc', 'inc', 'ltd', 'co', 'corp', 'no', 'nos', 'art', 'arts', 'mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'u.s', 'u.k', 'approx', 'p.o', 'cf', 'sec', 'para', 'incl', 'max', 'min', 'dept', 'est', 'fig', 'jr', 'sr', 'llc', 'plc', 'n.v', 'b.v', 'viz', 'al', 'u.s.a', 'e.u'],
  de: ['z.b', 'bzw', 'usw', 'ggf', 'inkl', 'vgl', 'abs', 'art', 'nr', 'gem', 'd.h', 'u.a', 'ca', 'evtl', 'i.d.r', 'str', 'dr', 'gmbh', 'z.t', 'u.u', 's', 'lit', 'max', 'min', 'mind', 'bspw', 'sog', 'med', 'mag', 'dipl', 'ing', 'prof', 'inh', 'rer', 'nat', 'phil', 'jur', 'dent', 'vet', 'hr', 'fr', 'tel', 'v', 'gem', 'ggf', 'o.ä', 'o', 'ä', 'i.s.d', 'i.v.m', 'uabs', 'unterabs'],
  fr: ['p.ex', 'ex', 'etc', 'art', 'n°', 'no', 'cf', 'm', 'mme', 'mlle', 'dr', 'av', 'bd', 'sté', 'max', 'min', 'env', 'al'],
  it: ['art', 'artt', 'ecc', 'es', 'p.es', 'n', 'sig', 'dott', 'tel', 'ca', 'cfr', 's.r.l', 's.p.a', 'lett', 'co', 'd.lgs'],
  es: ['art', 'arts', 'etc', 'p.ej', 'ej', 'núm', 'n', 'sr', 'sra', 'dr', 'tel', 'c.p', 's.l', 's.a', 'aprox', 'pág', 'apdo'],
  pt: ['art', 'arts', 'etc', 'ex', 'n', 'nº', 'sr', 'sra', 'dr', 'tel', 'lda', 's.a', 'pág', 'p.ex'],
  da: ['bl.a', 'f.eks', 'jf', 'nr', 'stk', 'art', 'ca', 'evt', 'dvs', 'osv', 'tlf', 'mv', 'pkt'],
  sv: ['bl.a', 't.ex', 'jfr', 'nr', 'art', 'ca', 'dvs', 'osv', 'tel', 'st', 'p', 'kap', 'resp'],
  pl: ['art', 'ust', 'pkt', 'lit', 'np', 'tj', 'itp', 'itd', 'nr', 'tel', 'ul', 'dz', 'poz', 'sp', 'z.o.o', 'r', 'godz', 'm.in'],
};

const abbreviationSets = new Map<Language, ReadonlySet<string>>();
/** A language's abbreviations and the English ones (policies quote "e.g." and "Inc." in every language), as a set. */
export function abbreviationsOf(language: Language): ReadonlySet<string> {
  let set = abbreviationSets.get(language);
  if (!set) abbreviationSets.set(language, (set = new Set([...ABBREVIATIONS[language], ...ABBREVIATIONS.en])));
  return set;
}

/**
 * Words a line cannot end on when it is a heading or the end of a sentence: a line ending on one runs on into the
 * next ("You have the right to access your data, to have it rectified or"). Dutch and English; lower case.
 */
export const CONTINUATION_WORDS: readonly string[] = [
  'and', 'or', 'of', 'the', 'to', 'a', 'an', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'as', 'that', 'which', 'your', 'our', 'we', 'is', 'are', 'be',
  'en', 'of', 'de', 'het', 'een', 'van', 'te', 'om', 'met', 'voor', 'op', 'aan', 'bij', 'die', 'dat', 'uw', 'onze', 'ons', 'wij', 'is', 'zijn', 'worden', 'wordt', 'kan', 'in',
];

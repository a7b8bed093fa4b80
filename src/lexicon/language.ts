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
};

/** Abbreviations after which a full stop does not end a sentence, lower case, without the final dot. */
export const ABBREVIATIONS: Record<Language, readonly string[]> = {
  nl: ['b.v', 'bv', 'n.v', 'nv', 'bijv', 'bv', 'o.a', 'm.b.t', 'd.w.z', 'i.v.m', 't.a.v', 'h.o.d.n', 'art', 'artt', 'nr', 'nrs', 'max', 'min', 'incl', 'excl', 'e.d', 'etc', 'ca', 'resp', 'jl', 'mr', 'dhr', 'mevr', 'z.s.m', 'blz', 'tel', 'o.b.v', 'i.p.v', 'evt', 'm.u.v', 'v.a', 'e.a', 'vs', 'jr', 'mnd', 'lid', 'sub', 'vzw', 'bvba', 'st', 'nl', 'z.o.z', 'a.u.b', 'm.i.v', 'kvk', 'c.q', 'o.g.v', 'ivm', 'zgn', 'd.d', 'p', 'no'],
  en: ['e.g', 'i.e', 'etc', 'inc', 'ltd', 'co', 'corp', 'no', 'nos', 'art', 'arts', 'mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'u.s', 'u.k', 'approx', 'p.o', 'cf', 'sec', 'para', 'incl', 'max', 'min', 'dept', 'est', 'fig', 'jr', 'sr', 'llc', 'plc', 'n.v', 'b.v', 'viz', 'al', 'u.s.a', 'e.u'],
  de: ['z.b', 'bzw', 'usw', 'ggf', 'inkl', 'vgl', 'abs', 'art', 'nr', 'gem', 'd.h', 'u.a', 'ca', 'evtl', 'i.d.r', 'str', 'dr', 'gmbh', 'z.t', 'u.u', 's', 'lit', 'max', 'min', 'mind', 'bspw', 'sog', 'med', 'mag', 'dipl', 'ing', 'prof', 'inh', 'rer', 'nat', 'phil', 'jur', 'dent', 'vet', 'hr', 'fr', 'tel', 'v', 'gem', 'ggf', 'o.ä', 'o', 'ä', 'i.s.d', 'i.v.m', 'uabs', 'unterabs'],
  fr: ['p.ex', 'ex', 'etc', 'art', 'n°', 'no', 'cf', 'm', 'mme', 'mlle', 'dr', 'av', 'bd', 'sté', 'max', 'min', 'env', 'al'],
};

/**
 * Words a line cannot end on when it is a heading or the end of a sentence: a line ending on one runs on into the
 * next ("You have the right to access your data, to have it rectified or"). Dutch and English; lower case.
 */
export const CONTINUATION_WORDS: readonly string[] = [
  'and', 'or', 'of', 'the', 'to', 'a', 'an', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'as', 'that', 'which', 'your', 'our', 'we', 'is', 'are', 'be',
  'en', 'of', 'de', 'het', 'een', 'van', 'te', 'om', 'met', 'voor', 'op', 'aan', 'bij', 'die', 'dat', 'uw', 'onze', 'ons', 'wij', 'is', 'zijn', 'worden', 'wordt', 'kan', 'in',
];

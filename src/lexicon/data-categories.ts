/**
 * Categories of personal data: a taxonomy with normalised ids, and per language the phrases that name each category
 * plus the cues that tell a list or sentence about the data processed apart from other text.
 *
 * Phrases are regex sources (word-anchored and case-insensitive through `wordPattern`). When several categories match
 * one text, the earliest match wins (then the longest), so "IP-adres" is ip_address and "Inhoud van e-mails" is
 * correspondence, not email.
 */
import type { SupportedLanguage } from '../model/types.js';
import { byLanguage } from '../lang/index.js';


export interface DataCategoryDef {
  id: string;
  /** Art. 9 special category, Art. 10 criminal data, or a national identification number (BSN). */
  special: boolean;
}

/** The taxonomy, in a fixed order (used to break ties). `other` is the id of a listed item no phrase names. */
export const DATA_CATEGORIES: readonly DataCategoryDef[] = [
  { id: 'name', special: false },
  { id: 'address', special: false },
  { id: 'phone', special: false },
  { id: 'email', special: false },
  { id: 'contact_details', special: false },
  { id: 'ip_address', special: false },
  { id: 'location', special: false },
  { id: 'online_behaviour', special: false },
  { id: 'device_browser', special: false },
  { id: 'cookies_identifiers', special: false },
  { id: 'account_credentials', special: false },
  { id: 'bank_account', special: false },
  { id: 'payment', special: false },
  { id: 'financial', special: false },
  { id: 'date_of_birth', special: false },
  { id: 'gender', special: false },
  { id: 'identity_document', special: false },
  { id: 'national_id', special: true },
  { id: 'photo_video', special: false },
  { id: 'correspondence', special: false },
  { id: 'employment', special: false },
  { id: 'health', special: true },
  { id: 'religion', special: true },
  { id: 'ethnicity', special: true },
  { id: 'political', special: true },
  { id: 'trade_union', special: true },
  { id: 'genetic', special: true },
  { id: 'biometric', special: true },
  { id: 'sexual', special: true },
  { id: 'criminal', special: true },
  { id: 'other_provided', special: false },
  { id: 'other', special: false },
];

export interface DataCategoryLexicon {
  /** Phrases per category id, matched in list items and in sentences. */
  phrases: Record<string, string[]>;
  /**
   * Extra phrases per category id that are too ambiguous for running text ("Naam", "Functie", "Cookies") but name a
   * category when they make up a list item or table cell.
   */
  itemPhrases: Record<string, string[]>;
  /** Verbs that say data are collected, received, kept or used. */
  processingVerbs: string[];
  /** Words for data in general ("gegevens", "information"): an intro that introduces data items names one. */
  dataWords: string[];
  /** Intro words that announce an enumeration ("de volgende", "includes", "zoals"). */
  enumerationCues: string[];
  /**
   * Intros that announce something other than data items although they name data: the ways or moments data are
   * collected ("op de volgende manieren:", "when you:"), their sources, or retention periods.
   */
  notDataIntro: string[];
  /** Sentences that mention data without processing them: the person is asked to black out a BSN; cookie definitions. */
  notProcessing: string[];
  /** The header of a table column that lists data ("Welke persoonsgegevens", "Categories of data"). */
  columnHeader: string[];
}

export const DATA_LEXICON: Record<SupportedLanguage, DataCategoryLexicon> = byLanguage((pack) => pack.dataCategories);

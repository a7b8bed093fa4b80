import type { SupportedLanguage } from '../model/types.js';
import { byLanguage } from '../lang/index.js';


/**
 * Phrases for automated individual decision-making (Art. 13(2)(f), Art. 22). Regex SOURCE strings, compiled
 * case-insensitively and word-anchored by `wordPattern`; no capture groups.
 */
export interface AdmLexicon {
  /** Automated decisions ("geautomatiseerde besluitvorming", "decisions based solely on automated processing"). */
  decisions: string[];
  /** Plain decision words ("beslissingen", "decide"): under a heading about automated decisions, a sentence with one
   * says whether they are made ("### Geautomatiseerde besluitvorming ⏎ Het systeem neemt geen beslissingen"). */
  decisionWords?: string[];
  /** Profiling: counts only with an effect (below) in the same sentence, or when denied outright. */
  profiling: string[];
  /** Legal or similarly significant effects ("rechtsgevolgen", "legal effects"). */
  effects: string[];
  /** Marketing and advertising: profiling for these alone is no statement on automated decisions. */
  marketing: string[];
  /** Shortly before a cue: the Art. 22 right is named or a condition set ("indien", "if"); nothing said about use. */
  neutralBefore: string[];
  /** Anywhere in the sentence: a definition ("Onder … verstaan we", "means") or what a law contains ("Das BDSG enthält
   * Spezialregelungen … zur automatisierten Entscheidungsfindung"); neither says whether decisions are made. */
  definitions: string[];
  /** A denial of profiling that follows an objection ("we may then no longer use your data for profiling") says what
   * stops, not that no profiling is done. */
  noLonger: string[];
  /** After a cue, in its clause: a denial ("… vindt niet plaats", "… is not used"). */
  negatedAfter: string[];
  /** Headings of a section about automated decisions ("Geautomatiseerde besluitvorming", "Automated decisions"). */
  sectionHeadings: string[];
  /**
   * Under such a heading: processing described as automatic or done without a person ("scores each transaction
   * automatically", "declined without anyone looking at it"). The section gives the decision its context.
   */
  automation: string[];
}

export const ADM: Record<SupportedLanguage, AdmLexicon> = byLanguage((pack) => pack.adm);

import type { SupportedLanguage } from '../model/types.js';
import { byLanguage } from '../lang/index.js';


/** Phrases the consistency checks look for in the text. */
export interface ConsistencyLexicon {
  /** "By using this site you agree": acceptance by use presented as consent. */
  acceptanceByUse: string[];
  /** A claim that only functional (or analytics) cookies are used. */
  onlyFunctionalCookies: string[];
  /** Data-protection-officer titles, for a DPO named without contact details. */
  dpoTitles: string[];
  /** A law that requires the national identification number (BSN) to be processed. */
  bsnLegalGround: string[];
  /**
   * A statement that no data protection officer is appointed or required ("we have not appointed a DPO", "wij
   * hebben geen functionaris gegevensbescherming aangesteld"): no DPO, and no DPO left without contact details.
   * Optional: a pack without it only misses this exception.
   */
  noDpo?: string[];
}

export const CONSISTENCY_LEXICON: Record<SupportedLanguage, ConsistencyLexicon> = byLanguage((pack) => pack.consistency);

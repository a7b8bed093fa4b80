import type { StatementId, SupportedLanguage } from '../model/types.js';
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

/** Each statement of the model (`Statement`): the pack's phrases for it, and whether every sentence is kept or the first. */
export const STATEMENT_PHRASES: Record<StatementId, { phrases: (l: ConsistencyLexicon) => string[] | undefined; every: boolean }> = {
  dpo_title: { phrases: (l) => l.dpoTitles, every: false },
  no_dpo: { phrases: (l) => l.noDpo, every: false },
  only_functional_cookies: { phrases: (l) => l.onlyFunctionalCookies, every: false },
  acceptance_by_use: { phrases: (l) => l.acceptanceByUse, every: true },
  bsn_legal_ground: { phrases: (l) => l.bsnLegalGround, every: false },
};

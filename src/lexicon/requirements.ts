import type { SupportedLanguage } from '../model/types.js';
import { byLanguage } from '../lang/index.js';


/** Phrases the requirement checks read straight from the text, where no model part holds the answer. */
export interface RequirementLexicon {
  /**
   * Art. 13(2)(e): a statement to the person about providing data — required by law or contract, voluntary,
   * or what follows if not provided. The organisation's own duties ("we are legally required") do not count.
   */
  statutoryContractual: string[];
  /** An explicit statement that nobody receives the data ("we do not share your data with third parties"). */
  noRecipients: string[];
  /** Recipient categories too vague to tell a reader who receives the data. */
  vagueRecipientCategories: string[];
  /** Retention subjects that mean "all personal data" (a general preamble, not one category left vague). */
  genericDataSubjects: string[];
}

export const REQUIREMENT_LEXICON: Record<SupportedLanguage, RequirementLexicon> = byLanguage((pack) => pack.requirements);

import type { SupportedLanguage } from '../model/types.js';
import type { RequirementId } from '../model/types.js';
import { byLanguage } from '../lang/index.js';


/** Phrases the requirement checks read straight from the text, where no model part holds the answer. */
export interface RequirementLexicon {
  /**
   * Art. 13(2)(e): a statement to the person about providing data — required by law or contract, voluntary,
   * or what follows if not provided. The organisation's own duties ("we are legally required") do not count.
   */
  statutoryContractual: string[];
  /**
   * Sentences that demand data for something else than the processing: proof of identity for a rights request, or
   * cookies a site needs (ANNOTATION.md: a consequence of refusing cookies does not count). They address no
   * Art. 13(2)(e) statement however their words read ("You must provide proof of identity").
   */
  notStatutoryContractual?: string[];
  /**
   * Labels that mark data as required, or say what follows a refusal, where a form lays them out: a table column
   * ("Obligatoire ?", "Bei Ablehnung") or a heading right over a list ("Pflichtangaben", "Mandatory data"). Matched
   * against the whole cell or heading; the rows or items under it are the statement.
   */
  statutoryLabels?: string[];
  /** An explicit statement that nobody receives the data ("we do not share your data with third parties"). */
  noRecipients: string[];
  /** Recipient categories too vague to tell a reader who receives the data. */
  vagueRecipientCategories: string[];
  /** Retention subjects that mean "all personal data" (a general preamble, not one category left vague). */
  genericDataSubjects: string[];
  /**
   * The second question of a requirement check. When the model holds no value for an element, a sentence that
   * matches one of these phrases still shows the element is ADDRESSED (a negated statement counts too: "er vindt
   * geen geautomatiseerde besluitvorming plaats"), so it is not reported missing. Recall first: a false "missing"
   * is the worst error a CI linter makes. Optional per requirement: a pack without them only loses recall.
   */
  addressed?: Partial<Record<RequirementId, string[]>>;
  /**
   * For the rights: a right's word alone ("inzage", "deletion") addresses it only in a sentence that also asks or
   * grants ("verzoek", "recht", "request", "you can") or under a heading about rights.
   */
  rightRequests?: string[];
  /**
   * Whether a right to withdraw consent, with no basis named, counts as a (weak) consent basis: the English corpus
   * reads "you can withdraw consent and have data removed any time" as consent relied on; the Dutch and German ones
   * read the same item of a rights list as no basis.
   */
  withdrawalImpliesConsent?: boolean;
  /** Words that make a named supervisory authority a place to complain ("terecht bij", "contact", "unhappy"). */
  complaintCues?: string[];
  /** A clause that states what something is for ("om … te", "in order to"): a legitimate interest given in a sentence. */
  purposeClauses?: string[];
  /**
   * Short answers to a question heading ("Will the data be used for any automated decision making?" then "No"): the
   * question with its answer addresses the heading's topic (transfers, automated decisions).
   */
  answers?: string[];
  /** A data breach reported by the organisation ("wij melden de inbreuk bij de AP"): no complaint by the person. */
  breachCues?: string[];
}

export const REQUIREMENT_LEXICON: Record<SupportedLanguage, RequirementLexicon> = byLanguage((pack) => pack.requirements);

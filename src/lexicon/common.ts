import type { SupportedLanguage } from '../model/types.js';
import { byLanguage } from '../lang/index.js';


/** What a section of a policy is about, read from its heading. */
export type Topic =
  | 'controller'
  | 'contact'
  | 'dpo'
  | 'data'
  | 'special_data'
  | 'purposes'
  | 'legal_basis'
  | 'retention'
  | 'recipients'
  | 'transfers'
  | 'rights'
  | 'complaint'
  | 'adm'
  | 'cookies'
  | 'children'
  | 'security'
  | 'changes';

export interface CommonLexicon {
  /** Words that deny the statement they stand in ("geen", "not"). */
  negation: string[];
  /** Words that end the reach of a negation within a sentence ("maar", "but"). */
  clauseBreaks: string[];
  /** Articles and possessives that open a noun phrase ("uw", "the"): left out when labels are compared. */
  determiners?: string[];
  /** Conjunctions that may dangle at the end or open the start of a list item ("en", "of", "and", "or"). */
  conjunctions?: string[];
  /** The word that joins the last item of an enumeration ("en", "and"): it splits an enumeration without commas. */
  enumerationJoins?: string[];
  /** Conjunctions that may open an enumeration's part ("and", "or", "as well as"): dropped from the part. */
  leadingConjunctions?: string[];
  /** A negation that limits a period rather than denying the act ("niet langer dan", "no longer than"). */
  limitNegations?: string[];
  /** Heading phrases per topic (regex sources, matched case-insensitively on word boundaries). */
  topics: Record<Topic, string[]>;
}

export const COMMON: Record<SupportedLanguage, CommonLexicon> = byLanguage((pack) => pack.common);

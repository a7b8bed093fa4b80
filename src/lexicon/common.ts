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
  /** Heading phrases per topic (regex sources, matched case-insensitively on word boundaries). */
  topics: Record<Topic, string[]>;
}

export const COMMON: Record<SupportedLanguage, CommonLexicon> = byLanguage((pack) => pack.common);

/**
 * The policy model: the contract of `privacylint parse --format json` (see DESIGN.md).
 * Field names here are relied on by users' scripts; add fields, never rename them.
 */

/**
 * Languages the detector recognises. Only those with a language pack (`SupportedLanguage`, src/lang) are read fully;
 * a policy in another one is reported as not assessed, never as missing elements.
 */
export const LANGUAGE_CODES = ['nl', 'en', 'de', 'fr', 'it', 'es', 'pt', 'da', 'sv', 'pl'] as const;
export type Language = (typeof LANGUAGE_CODES)[number];
export type { SupportedLanguage } from '../lang/index.js';
/** The languages that rule messages and report labels are written in (`--locale`). */
export const LOCALES = ['nl', 'en', 'de', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** A quoted span of the original file. Lines and columns are 1-based; columns count UTF-16 code units. */
export interface Evidence {
  line: number;
  column: number;
  endLine: number;
  /** Exclusive: the column just after the last character. */
  endColumn: number;
  /** The original text of the span, with runs of white space folded to one space. */
  text: string;
}

export interface Controller {
  name: string | null;
  aliases: string[];
  address: string | null;
  /** The first contact e-mail address; all of them are in `emails`. */
  email: string | null;
  emails: string[];
  phone: string | null;
  website: string | null;
  registration: string | null;
  /**
   * Set (true) only when the policy gives an e-mail address whose value is hidden from the text, as a CDN's
   * "[email protected]" placeholder: `email` stays null and the placeholder is in `evidence`.
   */
  emailHidden?: true;
  /**
   * Set (true) only when the policy gives no address, e-mail or phone but names a contact form as the way to reach
   * the controller ("via het contactformulier"); the sentence is in `evidence`.
   */
  contactForm?: true;
  evidence: Evidence[];
}

export interface Representative {
  name: string | null;
  address: string | null;
  email: string | null;
  evidence: Evidence[];
}

export interface Dpo {
  name: string | null;
  email: string | null;
  phone: string | null;
  /** Set (true) only when the DPO's e-mail address is hidden from the text ("[email protected]"); see Controller. */
  emailHidden?: true;
  /** The DPO's postal address, set only when no e-mail address or phone number is given. */
  address?: string;
  evidence: Evidence[];
}

export interface DataCategory {
  id: string;
  label: string;
  /** Art. 9 special category, or a national identification number (BSN). */
  special: boolean;
  evidence: Evidence[];
}

export type LegalBasisId =
  | 'consent'
  | 'contract'
  | 'legal_obligation'
  | 'vital_interests'
  | 'public_task'
  | 'legitimate_interests';

export const LEGAL_BASIS_IDS: readonly LegalBasisId[] = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
];

export interface Purpose {
  id: string;
  label: string;
  /** The basis linked to this purpose by the same sentence, list item or table row; null when not linked. */
  legalBasis: LegalBasisId | null;
  evidence: Evidence[];
}

export interface LegalBasis {
  id: LegalBasisId;
  evidence: Evidence[];
}

export interface LegitimateInterest {
  label: string;
  evidence: Evidence[];
}

export type RecipientKind = 'processor' | 'controller' | 'category';

export interface Recipient {
  name: string;
  kind: RecipientKind;
  /** The service or product named ("Google Analytics"), null for a category. */
  service: string | null;
  /** ISO 3166-1 alpha-2 of the recipient's seat, when known from the registry or the text. */
  country: string | null;
  /** True when the seat is outside the EU/EEA; null when unknown. */
  outsideEea: boolean | null;
  evidence: Evidence[];
}

export type TransferMechanism = 'adequacy' | 'dpf' | 'scc' | 'bcr' | 'derogation' | 'privacy_shield' | 'none' | 'unspecified';

export interface Transfer {
  /** Country code, region ("outside_eea"), or null when the text only says data stay inside. */
  destination: string | null;
  mechanism: TransferMechanism;
  evidence: Evidence[];
}

export interface Retention {
  /** What the period applies to, as written ("Klant data"), null when not said. */
  subject: string | null;
  /** ISO 8601 duration, e.g. P7Y; null when the text gives criteria or vague wording only. */
  duration: string | null;
  /** The event the period runs from or until ("na het beëindigen van het contract"). */
  anchor: string | null;
  /** True for wording such as "as long as necessary" that gives no concrete period or criterion. */
  vague: boolean;
  /**
   * How the text bounds `duration`: 'max' for "maximaal 1 jaar", "up to 2 years", "within 60 days" and the upper end of
   * a range ("30 tot 60 dagen"); 'min' for "minimaal 14 dagen", "at least 7 years"; null when the period is stated
   * plainly. Absent on rows without a duration.
   */
  bound?: 'max' | 'min' | null;
  evidence: Evidence[];
}

export type RightId =
  | 'access'
  | 'rectification'
  | 'erasure'
  | 'restriction'
  | 'objection'
  | 'portability'
  | 'withdraw_consent'
  | 'complaint';

export const RIGHT_IDS: readonly RightId[] = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'withdraw_consent',
  'complaint',
];

export interface Right {
  id: RightId;
  evidence: Evidence[];
}

export interface SupervisoryAuthority {
  name: string;
  evidence: Evidence[];
}

export interface AutomatedDecisionMaking {
  used: boolean;
  evidence: Evidence[];
}

export interface Cookie {
  /** functional | analytics | marketing | unspecified */
  kind: string;
  /** The tool or cookie name ("Google Analytics", "_ga"), null when not named. */
  name: string | null;
  /** ISO 8601 duration, "session", or null. */
  lifetime: string | null;
  evidence: Evidence[];
}

export interface Children {
  minimumAge: number | null;
  evidence: Evidence[];
}

export interface LawReference {
  /** Id as in corpus/ANNOTATION.md for outdated references (wbp, bewerker, …), or a current law (gdpr, uavg, …). */
  id: string;
  outdated: boolean;
  /** The id of the law or body that replaced it, for outdated references. */
  replacement: string | null;
  evidence: Evidence[];
}

/** The 18 GDPR Art. 13 requirement ids (contract: `lint --format json`, corpus/ANNOTATION.md). */
export const REQUIREMENT_IDS = [
  'controller_identity',
  'dpo_contact',
  'purposes',
  'legal_basis',
  'legitimate_interests',
  'recipients',
  'third_country_transfers',
  'retention',
  'right_access',
  'right_rectification',
  'right_erasure',
  'right_restriction',
  'right_objection',
  'right_portability',
  'right_withdraw_consent',
  'right_complaint',
  'statutory_contractual_requirement',
  'automated_decision_making',
] as const;
export type RequirementId = (typeof REQUIREMENT_IDS)[number];

/**
 * A sentence that addresses an Art. 13 element the other model parts may hold no value for: the second question a
 * requirement check asks before it reports the element missing. `statement`: a statement the element is made of
 * (whether data must be provided; that nobody receives the data); `cue`: wording that addresses the element, a negated
 * one too ("no automated decision-making takes place"); `article`: a GDPR article that stands for it ("Art. 18
 * GDPR"); `authority`: the named supervisory authority as the place to complain.
 */
export interface Addressed {
  requirement: RequirementId;
  kind: 'statement' | 'cue' | 'article' | 'authority';
  evidence: Evidence[];
}

/**
 * Sentences the consistency rules decide on, kept in the model so `parse` shows them (rules do not rescan the text):
 * `dpo_title` the first naming a data protection officer; `no_dpo` one saying none is appointed or required;
 * `only_functional_cookies` the first claiming only functional cookies; `acceptance_by_use` every one presenting use
 * of the site as consent; `bsn_legal_ground` the first citing a law that requires the BSN.
 */
export const STATEMENT_IDS = ['dpo_title', 'no_dpo', 'only_functional_cookies', 'acceptance_by_use', 'bsn_legal_ground'] as const;
export type StatementId = (typeof STATEMENT_IDS)[number];

export interface Statement {
  id: StatementId;
  evidence: Evidence[];
}

export interface PolicyModel {
  language: Language;
  title: string | null;
  /** ISO date (YYYY-MM-DD) from front matter or a "last updated" line. */
  updated: string | null;
  controller: Controller;
  representative: Representative | null;
  dpo: Dpo | null;
  dataCategories: DataCategory[];
  purposes: Purpose[];
  legalBases: LegalBasis[];
  legitimateInterests: LegitimateInterest[];
  recipients: Recipient[];
  transfers: Transfer[];
  retention: Retention[];
  rights: Right[];
  supervisoryAuthority: SupervisoryAuthority | null;
  automatedDecisionMaking: AutomatedDecisionMaking | null;
  cookies: Cookie[];
  children: Children | null;
  lawReferences: LawReference[];
  addressed: Addressed[];
  statements: Statement[];
}

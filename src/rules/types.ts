import type { Evidence, PolicyModel, Locale, RequirementId } from '../model/types.js';
import type { FileNotice } from './notice.js';

export type Severity = 'error' | 'warning' | 'info';

/** The national rules that apply: the Netherlands, Belgium, Germany, France, or none. */
export const JURISDICTIONS = ['nl', 'be', 'de', 'fr'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number] | 'none';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export { REQUIREMENT_IDS } from '../model/types.js';
export type { RequirementId } from '../model/types.js';

export const REQUIREMENT_ARTICLES: Record<RequirementId, string> = {
  controller_identity: 'Art. 13(1)(a)',
  dpo_contact: 'Art. 13(1)(b)',
  purposes: 'Art. 13(1)(c)',
  legal_basis: 'Art. 13(1)(c)',
  legitimate_interests: 'Art. 13(1)(d)',
  recipients: 'Art. 13(1)(e)',
  third_country_transfers: 'Art. 13(1)(f)',
  retention: 'Art. 13(2)(a)',
  right_access: 'Art. 13(2)(b)',
  right_rectification: 'Art. 13(2)(b)',
  right_erasure: 'Art. 13(2)(b)',
  right_restriction: 'Art. 13(2)(b)',
  right_objection: 'Art. 13(2)(b)',
  right_portability: 'Art. 13(2)(b)',
  right_withdraw_consent: 'Art. 13(2)(c)',
  right_complaint: 'Art. 13(2)(d)',
  statutory_contractual_requirement: 'Art. 13(2)(e)',
  automated_decision_making: 'Art. 13(2)(f)',
};

/**
 * `not_assessed`: the policy is in a language privacylint has no pack for, so the element was not looked for
 * (never reported as missing).
 */
export type RequirementStatus = 'met' | 'partial' | 'missing' | 'not_applicable' | 'not_assessed';
export const REQUIREMENT_STATUSES: readonly RequirementStatus[] = ['met', 'partial', 'missing', 'not_applicable', 'not_assessed'];

export interface RequirementResult {
  id: RequirementId;
  article: string;
  status: RequirementStatus;
  /** The text that decided the status (empty for `missing`). */
  evidence: Evidence[];
  /** Why the status is partial or not applicable, in English, for reports. */
  reason?: string;
}

/** A text edit: replace the original file's [start, end) offsets with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
}

export interface FileResult {
  path: string;
  language: PolicyModel['language'];
  model: PolicyModel;
  requirements: RequirementResult[];
  findings: Finding[];
  /** Set when the file was not assessed (a language without a pack); reports show it once per file. */
  notice?: FileNotice;
}

export interface LintReport {
  version: 1;
  files: FileResult[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

/** A text in each message locale: Dutch and English always, German and French optional (English stands in). */
export type Localized = { nl: string; en: string } & Partial<Record<Exclude<Locale, 'nl' | 'en'>, string>>;

/** The text in `locale`, or the English one when a user's rule pack has no translation. */
export function localize(text: Localized, locale: Locale): string {
  return text[locale] ?? text.en;
}

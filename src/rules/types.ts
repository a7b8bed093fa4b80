import type { Evidence, PolicyModel, Locale, RequirementId } from '../model/types.js';

export type Severity = 'error' | 'warning' | 'info';
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

export type RequirementStatus = 'met' | 'partial' | 'missing' | 'not_applicable';

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
}

export interface LintReport {
  version: 1;
  files: FileResult[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

export type Localized = Record<Locale, string>;

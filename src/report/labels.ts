/**
 * Words the human-readable reports print, per locale. Data, like the lexicons: add a locale by adding an entry.
 */
import type { Locale } from '../model/types.js';
import type { RequirementId, RequirementStatus, Severity } from '../rules/types.js';

export interface ReportLabels {
  requirement: Record<RequirementId, string>;
  status: Record<RequirementStatus, string>;
  severity: Record<Severity, string>;
  /** [singular, plural] */
  problems: [string, string];
  errors: [string, string];
  warnings: [string, string];
  infos: [string, string];
  files: [string, string];
  noProblems: string;
  noFindings: string;
  requirementsHeader: { requirement: string; article: string; status: string };
  findingsHeader: { line: string; severity: string; message: string; rule: string };
  /** Before the per-file status counts. */
  requirements: string;
  language: string;
  /** "in 2 files" */
  inFiles: string;
}

export const REPORT_LABELS: Record<Locale, ReportLabels> = {
  en: {
    requirement: {
      controller_identity: 'Identity and contact details of the controller',
      dpo_contact: 'Contact details of the data protection officer',
      purposes: 'Purposes of the processing',
      legal_basis: 'Legal basis of the processing',
      legitimate_interests: 'Legitimate interests pursued',
      recipients: 'Recipients or categories of recipients',
      third_country_transfers: 'Transfers outside the EEA and their safeguards',
      retention: 'Retention period or criteria',
      right_access: 'Right of access',
      right_rectification: 'Right to rectification',
      right_erasure: 'Right to erasure',
      right_restriction: 'Right to restriction of processing',
      right_objection: 'Right to object',
      right_portability: 'Right to data portability',
      right_withdraw_consent: 'Right to withdraw consent',
      right_complaint: 'Right to lodge a complaint with a supervisory authority',
      statutory_contractual_requirement: 'Whether providing the data is required, and the consequences of not doing so',
      automated_decision_making: 'Automated decision-making, including profiling',
    },
    status: { met: 'met', partial: 'partial', missing: 'missing', not_applicable: 'n/a' },
    severity: { error: 'error', warning: 'warning', info: 'info' },
    problems: ['problem', 'problems'],
    errors: ['error', 'errors'],
    warnings: ['warning', 'warnings'],
    infos: ['info', 'infos'],
    files: ['file', 'files'],
    noProblems: 'No problems',
    noFindings: 'No findings.',
    requirementsHeader: { requirement: 'Requirement', article: 'Article', status: 'Status' },
    findingsHeader: { line: 'Line', severity: 'Severity', message: 'Message', rule: 'Rule' },
    requirements: 'Requirements',
    language: 'Language',
    inFiles: 'in',
  },
  nl: {
    requirement: {
      controller_identity: 'Identiteit en contactgegevens van de verwerkingsverantwoordelijke',
      dpo_contact: 'Contactgegevens van de functionaris gegevensbescherming',
      purposes: 'Doeleinden van de verwerking',
      legal_basis: 'Rechtsgrond van de verwerking',
      legitimate_interests: 'Nagestreefde gerechtvaardigde belangen',
      recipients: 'Ontvangers of categorieën van ontvangers',
      third_country_transfers: 'Doorgifte buiten de EER en de waarborgen daarvoor',
      retention: 'Bewaartermijn of de criteria daarvoor',
      right_access: 'Recht op inzage',
      right_rectification: 'Recht op rectificatie',
      right_erasure: 'Recht op gegevenswissing',
      right_restriction: 'Recht op beperking van de verwerking',
      right_objection: 'Recht van bezwaar',
      right_portability: 'Recht op overdraagbaarheid van gegevens',
      right_withdraw_consent: 'Recht om toestemming in te trekken',
      right_complaint: 'Recht om een klacht in te dienen bij een toezichthoudende autoriteit',
      statutory_contractual_requirement: 'Of het verstrekken van de gegevens verplicht is, en de gevolgen als dat niet gebeurt',
      automated_decision_making: 'Geautomatiseerde besluitvorming, waaronder profilering',
    },
    status: { met: 'voldaan', partial: 'gedeeltelijk', missing: 'ontbreekt', not_applicable: 'n.v.t.' },
    severity: { error: 'fout', warning: 'waarschuwing', info: 'info' },
    problems: ['probleem', 'problemen'],
    errors: ['fout', 'fouten'],
    warnings: ['waarschuwing', 'waarschuwingen'],
    infos: ['info', 'info'],
    files: ['bestand', 'bestanden'],
    noProblems: 'Geen problemen',
    noFindings: 'Geen bevindingen.',
    requirementsHeader: { requirement: 'Vereiste', article: 'Artikel', status: 'Status' },
    findingsHeader: { line: 'Plaats', severity: 'Ernst', message: 'Melding', rule: 'Regel' },
    requirements: 'Vereisten',
    language: 'Taal',
    inFiles: 'in',
  },
};

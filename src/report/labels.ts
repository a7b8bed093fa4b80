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
    status: { met: 'met', partial: 'partial', missing: 'missing', not_applicable: 'n/a', not_assessed: 'not assessed' },
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
    status: { met: 'voldaan', partial: 'gedeeltelijk', missing: 'ontbreekt', not_applicable: 'n.v.t.', not_assessed: 'niet beoordeeld' },
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
  },  de: {
    requirement: {
      controller_identity: 'Name und Kontaktdaten des Verantwortlichen',
      dpo_contact: 'Kontaktdaten des Datenschutzbeauftragten',
      purposes: 'Zwecke der Verarbeitung',
      legal_basis: 'Rechtsgrundlage der Verarbeitung',
      legitimate_interests: 'Verfolgte berechtigte Interessen',
      recipients: 'Empfänger oder Kategorien von Empfängern',
      third_country_transfers: 'Übermittlung in Drittländer außerhalb des EWR und die Garantien dafür',
      retention: 'Speicherdauer oder die Kriterien für ihre Festlegung',
      right_access: 'Auskunftsrecht',
      right_rectification: 'Recht auf Berichtigung',
      right_erasure: 'Recht auf Löschung',
      right_restriction: 'Recht auf Einschränkung der Verarbeitung',
      right_objection: 'Widerspruchsrecht',
      right_portability: 'Recht auf Datenübertragbarkeit',
      right_withdraw_consent: 'Recht auf Widerruf der Einwilligung',
      right_complaint: 'Beschwerderecht bei einer Aufsichtsbehörde',
      statutory_contractual_requirement: 'Ob die Bereitstellung der Daten vorgeschrieben ist, und die Folgen der Nichtbereitstellung',
      automated_decision_making: 'Automatisierte Entscheidungsfindung einschließlich Profiling',
    },
    status: { met: 'erfüllt', partial: 'teilweise', missing: 'fehlt', not_applicable: 'entfällt', not_assessed: 'nicht geprüft' },
    severity: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' },
    problems: ['Problem', 'Probleme'],
    errors: ['Fehler', 'Fehler'],
    warnings: ['Warnung', 'Warnungen'],
    infos: ['Hinweis', 'Hinweise'],
    files: ['Datei', 'Dateien'],
    noProblems: 'Keine Probleme',
    noFindings: 'Keine Befunde.',
    requirementsHeader: { requirement: 'Anforderung', article: 'Artikel', status: 'Status' },
    findingsHeader: { line: 'Stelle', severity: 'Schwere', message: 'Meldung', rule: 'Regel' },
    requirements: 'Anforderungen',
    language: 'Sprache',
    inFiles: 'in',
  },
  fr: {
    requirement: {
      controller_identity: 'Identité et coordonnées du responsable du traitement',
      dpo_contact: 'Coordonnées du délégué à la protection des données',
      purposes: 'Finalités du traitement',
      legal_basis: 'Base juridique du traitement',
      legitimate_interests: 'Intérêts légitimes poursuivis',
      recipients: 'Destinataires ou catégories de destinataires',
      third_country_transfers: "Transferts hors de l'EEE et garanties appropriées",
      retention: 'Durée de conservation ou critères utilisés pour la déterminer',
      right_access: "Droit d'accès",
      right_rectification: 'Droit de rectification',
      right_erasure: "Droit à l'effacement",
      right_restriction: 'Droit à la limitation du traitement',
      right_objection: "Droit d'opposition",
      right_portability: 'Droit à la portabilité des données',
      right_withdraw_consent: 'Droit de retirer son consentement',
      right_complaint: "Droit d'introduire une réclamation auprès d'une autorité de contrôle",
      statutory_contractual_requirement: 'Caractère obligatoire ou non de la fourniture des données et conséquences de la non-fourniture',
      automated_decision_making: 'Prise de décision automatisée, y compris le profilage',
    },
    status: { met: 'satisfait', partial: 'partiel', missing: 'manquant', not_applicable: 'sans objet', not_assessed: 'non évalué' },
    severity: { error: 'erreur', warning: 'avertissement', info: 'info' },
    problems: ['problème', 'problèmes'],
    errors: ['erreur', 'erreurs'],
    warnings: ['avertissement', 'avertissements'],
    infos: ['info', 'infos'],
    files: ['fichier', 'fichiers'],
    noProblems: 'Aucun problème',
    noFindings: 'Aucune constatation.',
    requirementsHeader: { requirement: 'Exigence', article: 'Article', status: 'Statut' },
    findingsHeader: { line: 'Position', severity: 'Gravité', message: 'Message', rule: 'Règle' },
    requirements: 'Exigences',
    language: 'Langue',
    inFiles: 'dans',
  },
};

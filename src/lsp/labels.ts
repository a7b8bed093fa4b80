/**
 * Words the language server shows in an editor (quick-fix titles, hover headings, outline groups), per message
 * locale. Data, like the report labels: add a locale by adding an entry.
 */
import type { Locale } from '../model/types.js';

export interface LspLabels {
  /** Quick fix applying a finding's suggested replacement: {from}, {to}. */
  replace: string;
  /** {rule} */
  disableLine: string;
  /** {rule} */
  disableFile: string;
  fixAll: string;
  /** Hover: before the rule's description. */
  checks: string;
  /** Hover: before the suggested replacement or the advice. */
  toPass: string;
  /** Hover: before a text the rule passes. */
  passes: string;
  /** Outline groups. */
  controller: string;
  purposes: string;
  retention: string;
  recipients: string;
  rights: string;
}

export const LSP_LABELS: Record<Locale, LspLabels> = {
  en: {
    replace: "Replace '{from}' with '{to}'",
    disableLine: 'Disable {rule} for this line',
    disableFile: 'Disable {rule} in this file',
    fixAll: 'Fix all privacylint problems in this file',
    checks: 'Checks',
    toPass: 'To pass',
    passes: 'Passes, for example',
    controller: 'Controller',
    purposes: 'Purposes',
    retention: 'Retention',
    recipients: 'Recipients',
    rights: 'Rights',
  },
  nl: {
    replace: "Vervang '{from}' door '{to}'",
    disableLine: '{rule} uitzetten voor deze regel',
    disableFile: '{rule} uitzetten in dit bestand',
    fixAll: 'Alle privacylint-problemen in dit bestand herstellen',
    checks: 'Controleert',
    toPass: 'Zo voldoet het',
    passes: 'Voldoet bijvoorbeeld',
    controller: 'Verwerkingsverantwoordelijke',
    purposes: 'Doeleinden',
    retention: 'Bewaartermijnen',
    recipients: 'Ontvangers',
    rights: 'Rechten',
  },
  de: {
    replace: "'{from}' durch '{to}' ersetzen",
    disableLine: '{rule} für diese Zeile abschalten',
    disableFile: '{rule} in dieser Datei abschalten',
    fixAll: 'Alle privacylint-Probleme in dieser Datei beheben',
    checks: 'Prüft',
    toPass: 'So wird es erfüllt',
    passes: 'Erfüllt zum Beispiel',
    controller: 'Verantwortlicher',
    purposes: 'Zwecke',
    retention: 'Speicherdauer',
    recipients: 'Empfänger',
    rights: 'Rechte',
  },
  fr: {
    replace: "Remplacer '{from}' par '{to}'",
    disableLine: 'Désactiver {rule} pour cette ligne',
    disableFile: 'Désactiver {rule} dans ce fichier',
    fixAll: 'Corriger tous les problèmes privacylint de ce fichier',
    checks: 'Vérifie',
    toPass: 'Pour être conforme',
    passes: 'Conforme, par exemple',
    controller: 'Responsable du traitement',
    purposes: 'Finalités',
    retention: 'Durées de conservation',
    recipients: 'Destinataires',
    rights: 'Droits',
  },
};

/** Fills {name} placeholders. */
export function fillLabel(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) => (Object.hasOwn(params, key) ? params[key] : whole));
}

/**
 * What the formatters share: counting, ordering and plural wording. Formatters are pure functions from a
 * LintReport to a string (as ESLint's are): no I/O, no exit codes, colour only when told.
 */
import type { FileResult, Finding, LintReport, RequirementStatus, Severity } from '../rules/types.js';

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countSeverities(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

export type StatusCounts = Record<RequirementStatus, number>;

export function countStatuses(file: FileResult): StatusCounts {
  const counts: StatusCounts = { met: 0, partial: 0, missing: 0, not_applicable: 0, not_assessed: 0 };
  for (const r of file.requirements) counts[r.status]++;
  return counts;
}

/** Document order, then the most severe first, then rule id and message: the same input gives the same output. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message) ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn
  );
}

/** Code-unit order, not the locale's: output must not depend on the machine's ICU data or locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** "1 error", "2 errors", "1 info", "2 infos". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Every finding of a report, with its file. */
export function allFindings(report: LintReport): Array<{ file: FileResult; finding: Finding }> {
  return report.files.flatMap((file) => file.findings.map((finding) => ({ file, finding })));
}

/** Messages are one line in every report format; a line break inside one would break tables and rows. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

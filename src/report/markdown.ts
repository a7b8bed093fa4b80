/**
 * A pull-request comment in GitHub-flavoured Markdown: per file a heading, the 18 requirements with their
 * status, the findings; then one summary line. Text from policies and rules is escaped for table cells.
 */
import type { Locale } from '../model/types.js';
import { isFatal } from '../rules/fatal.js';
import type { FileResult, Finding, LintReport, RequirementResult, RequirementStatus } from '../rules/types.js';
import { countSeverities, countStatuses, sortedFindings } from './common.js';
import { REPORT_LABELS, type ReportLabels } from './labels.js';
import { escapeMarkdownText } from './diff-markdown.js';

export interface MarkdownOptions {
  /** Language of the labels (not of the messages, which the engine wrote); default English. */
  locale?: Locale;
}

const STATUS_EMOJI: Record<RequirementStatus, string> = { met: '✅', partial: '⚠️', missing: '❌', not_applicable: '➖', not_assessed: '❔' };

/**
 * Makes text safe inside a table cell, as `diff --format markdown` does: no HTML, links, images, emphasis,
 * code spans, @-mentions or pipes from policy text; line breaks folded; control characters dropped.
 */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownText(text);
}

/** An identifier as a code span, or escaped text when it holds a backtick (a code span cannot escape one). */
function code(text: string): string {
  return text.includes('`') || /[\u0000-\u001f\u007f-\u009f|]/u.test(text) ? escapeMarkdown(text) : `\`${text}\``;
}

const count = (n: number, [one, many]: [string, string]): string => `${n} ${n === 1 ? one : many}`;

function table(header: string[], rows: string[][]): string[] {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

function statusCell(r: RequirementResult, labels: ReportLabels, locale: Locale): string {
  const status = `${STATUS_EMOJI[r.status]} ${labels.status[r.status]}`;
  // Reasons are written in English only; a Dutch table leaves them out rather than mix languages.
  return r.reason && locale === 'en' ? `${status}: ${escapeMarkdown(r.reason)}` : status;
}

function requirementTable(file: FileResult, labels: ReportLabels, locale: Locale): string[] {
  const h = labels.requirementsHeader;
  const rows = file.requirements.map((r) => [escapeMarkdown(labels.requirement[r.id] ?? r.id), escapeMarkdown(r.article), statusCell(r, labels, locale)]);
  return table([h.requirement, h.article, h.status], rows);
}

function findingsTable(findings: Finding[], labels: ReportLabels): string[] {
  if (findings.length === 0) return [labels.noFindings];
  const h = labels.findingsHeader;
  const rows = findings.map((f) => [`${f.line}:${f.column}`, labels.severity[f.severity], escapeMarkdown(f.message), code(f.ruleId)]);
  return table([h.line, h.severity, h.message, h.rule], rows);
}

function statusLine(file: FileResult, labels: ReportLabels): string {
  const c = countStatuses(file);
  const s = labels.status;
  const statuses = `${c.met} ${s.met}, ${c.partial} ${s.partial}, ${c.missing} ${s.missing}, ${c.not_applicable} ${s.not_applicable}`;
  return `${labels.language}: ${code(file.language)} · ${labels.requirements}: ${statuses}`;
}

function fileSection(file: FileResult, labels: ReportLabels, locale: Locale): string[] {
  // A file that could not be read (a privacylint/fatal finding) has no requirements to show.
  if (isFatal(file)) return [`### ${code(file.path)}`, '', ...findingsTable(sortedFindings(file.findings), labels)];
  if (file.notice) {
    // Not assessed: the notice instead of 18 rows that would all say so.
    return [
      `### ${code(file.path)}`,
      '',
      `${labels.language}: ${code(file.language)}`,
      '',
      `> ℹ️ ${escapeMarkdown(file.notice.message)}`,
      '',
      ...findingsTable(sortedFindings(file.findings), labels),
    ];
  }
  return [
    `### ${code(file.path)}`,
    '',
    statusLine(file, labels),
    '',
    ...requirementTable(file, labels, locale),
    '',
    ...findingsTable(sortedFindings(file.findings), labels),
  ];
}

function summaryLine(report: LintReport, labels: ReportLabels): string {
  const findings = report.files.flatMap((f) => f.findings);
  const files = count(report.files.length, labels.files);
  if (findings.length === 0) return `**✔ ${labels.noProblems}** ${labels.inFiles} ${files}`;
  const c = countSeverities(findings);
  const parts = [count(c.errors, labels.errors), count(c.warnings, labels.warnings), count(c.infos, labels.infos)];
  return `**✖ ${count(findings.length, labels.problems)}** (${parts.join(', ')}) ${labels.inFiles} ${files}`;
}

export function formatMarkdown(report: LintReport, options: MarkdownOptions = {}): string {
  const locale = options.locale ?? 'en';
  const labels = REPORT_LABELS[locale];
  const lines = ['## privacylint', ''];
  for (const file of report.files) lines.push(...fileSection(file, labels, locale), '');
  lines.push(summaryLine(report, labels));
  return `${lines.join('\n')}\n`;
}

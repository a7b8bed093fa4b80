/**
 * The terminal report, after ESLint's "stylish": per file a header with the path, one aligned row per
 * finding (`line:col  severity  message  rule-id`), the requirement statuses in one line; then a summary.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { FileResult, Finding, LintReport, Severity } from '../rules/types.js';
import { countSeverities, countStatuses, plural, sortedFindings } from './common.js';
import { displayPath, terminalText } from './sanitize.js';

export interface StylishOptions {
  /** Colour with ANSI codes; the CLI decides (TTY, NO_COLOR, --color). */
  color: boolean;
  /** Only errors: warnings and infos are left out, and so are files without errors. */
  quiet?: boolean;
}

/** Column widths for one file's rows. */
interface Widths {
  position: number;
  severity: number;
  message: number;
}

/** Rows are aligned up to this message width; a longer message is not padded, so output stays linear. */
const MAX_MESSAGE_WIDTH = 300;

const position = (f: Finding): string => `${f.line}:${f.column}`;

function severityColor(chalk: ChalkInstance, severity: Severity): (text: string) => string {
  return severity === 'error' ? chalk.red : severity === 'warning' ? chalk.yellow : chalk.blue;
}

function row(chalk: ChalkInstance, f: Finding, w: Widths): string {
  const pos = position(f).padEnd(w.position);
  const severity = f.severity.padEnd(w.severity);
  const message = terminalText(f.message).padEnd(w.message);
  // Pad before colouring: ANSI codes have no width.
  return `  ${chalk.dim(pos)}  ${severityColor(chalk, f.severity)(severity)}  ${message}  ${chalk.dim(f.ruleId)}`;
}

function requirementLine(chalk: ChalkInstance, file: FileResult): string {
  const c = countStatuses(file);
  const paint = (count: number, text: string, color: (t: string) => string): string => (count > 0 ? color(text) : text);
  const parts = [
    paint(c.met, `${c.met} met`, chalk.green),
    paint(c.partial, `${c.partial} partial`, chalk.yellow),
    paint(c.missing, `${c.missing} missing`, chalk.red),
    `${c.not_applicable} n/a`,
  ];
  return `  ${chalk.dim('requirements:')} ${parts.join(', ')}`;
}

function fileBlock(chalk: ChalkInstance, file: FileResult, findings: Finding[]): string[] {
  const widths: Widths = { position: 0, severity: 0, message: 0 };
  for (const f of findings) {
    widths.position = Math.max(widths.position, position(f).length);
    widths.severity = Math.max(widths.severity, f.severity.length);
    widths.message = Math.min(MAX_MESSAGE_WIDTH, Math.max(widths.message, terminalText(f.message).length));
  }
  const lines = [chalk.underline(displayPath(file.path)), ...findings.map((f) => row(chalk, f, widths))];
  if (file.notice) lines.push(`  ${chalk.blue('ℹ')} ${terminalText(file.notice.message)}`);
  else if (file.requirements.length > 0) lines.push(requirementLine(chalk, file));
  return lines;
}

function summaryLine(chalk: ChalkInstance, findings: Finding[]): string {
  if (findings.length === 0) return chalk.green.bold('✔ no problems');
  const c = countSeverities(findings);
  const text =
    `✖ ${plural(findings.length, 'problem')} ` +
    `(${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'info')})`;
  const color = c.errors > 0 ? chalk.red : c.warnings > 0 ? chalk.yellow : chalk.blue;
  return color.bold(text);
}

/** The report for a terminal (colour when told) or a log (plain). Ends with a newline; no trailing spaces. */
export function formatStylish(report: LintReport, options: StylishOptions): string {
  // Our own instance: the global chalk decides colour from the environment, which is the CLI's job.
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const blocks: string[][] = [];
  const shown: Finding[] = [];
  for (const file of report.files) {
    const findings = sortedFindings(options.quiet ? file.findings.filter((f) => f.severity === 'error') : file.findings);
    if (options.quiet && findings.length === 0 && !file.notice) continue;
    shown.push(...findings);
    blocks.push(fileBlock(chalk, file, findings));
  }
  const lines = blocks.flatMap((block) => [...block, '']);
  lines.push(summaryLine(chalk, shown));
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
}

/**
 * The terminal report, after ESLint's "stylish": per file a header with the path, one row per finding
 * (`line:col  severity  message`, the message wrapped to the line width under itself, the rule id under it), the
 * requirement statuses in one line; then a summary.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { FileResult, Finding, LintReport, Severity } from '../rules/types.js';
import { countSeverities, countStatuses, plural, sortedFindings } from './common.js';
import { displayPath, terminalText } from './sanitize.js';
import { isFatal } from '../rules/fatal.js';

export interface StylishOptions {
  /** Colour with ANSI codes; the CLI decides (TTY, NO_COLOR, --color). */
  color: boolean;
  /** Only errors: warnings and infos are left out, and so are files without errors. */
  quiet?: boolean;
  /** Line width to wrap messages to (the terminal's columns); default 80. */
  width?: number;
}

/** Column widths for one file's rows. */
interface Widths {
  position: number;
  severity: number;
  /** The width the whole line may take (the terminal's). */
  total: number;
}

/** The default line width: a terminal's own width is passed by the CLI; a pipe or file gets 80. */
export const DEFAULT_WIDTH = 80;
/** Messages are never wrapped narrower than this, however narrow the terminal. */
const MIN_MESSAGE_WIDTH = 30;

const position = (f: Finding): string => `${f.line}:${f.column}`;

function severityColor(chalk: ChalkInstance, severity: Severity): (text: string) => string {
  return severity === 'error' ? chalk.red : severity === 'warning' ? chalk.yellow : chalk.blue;
}

/**
 * Greedy word wrap to `width` columns; a word longer than the width (a URL) stays whole on its own line.
 * Columns are UTF-16 code units, as everywhere in privacylint's positions.
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * One finding: position and severity in their columns, the message wrapped under itself to the line width,
 * and the rule id on a line of its own under the message (always there, so it is easy to find and copy).
 * Nothing is padded to the longest message.
 */
function row(chalk: ChalkInstance, f: Finding, w: Widths): string[] {
  const indent = 2 + w.position + 2 + w.severity + 2;
  const room = Math.max(MIN_MESSAGE_WIDTH, w.total - indent);
  const message = wrapWords(terminalText(f.message), room);
  const pad = ' '.repeat(indent);
  // Pad before colouring: ANSI codes have no width.
  const lines = message.map((text, i) => (i === 0 ? `  ${chalk.dim(position(f).padEnd(w.position))}  ${severityColor(chalk, f.severity)(f.severity.padEnd(w.severity))}  ${text}` : `${pad}${text}`));
  lines.push(`${pad}${chalk.dim(f.ruleId)}`);
  return lines;
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

function fileBlock(chalk: ChalkInstance, file: FileResult, findings: Finding[], width: number): string[] {
  const widths: Widths = { position: 0, severity: 0, total: width };
  for (const f of findings) {
    widths.position = Math.max(widths.position, position(f).length);
    widths.severity = Math.max(widths.severity, f.severity.length);
  }
  const lines = [chalk.underline(displayPath(file.path)), ...findings.flatMap((f) => row(chalk, f, widths))];
  if (file.notice) lines.push(`  ${chalk.blue('ℹ')} ${terminalText(file.notice.message)}`);
  else if (file.requirements.length > 0 && !isFatal(file)) lines.push(requirementLine(chalk, file));
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
    blocks.push(fileBlock(chalk, file, findings, options.width ?? DEFAULT_WIDTH));
  }
  const lines = blocks.flatMap((block) => [...block, '']);
  lines.push(summaryLine(chalk, shown));
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
}

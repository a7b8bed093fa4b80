/**
 * GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…::message` line per finding,
 * which GitHub shows as annotations on the pull request's diff. Sorted by file, then place.
 */
import type { Finding, LintReport, Severity } from '../rules/types.js';
import { allFindings, compareFindings, compareText } from './common.js';
import type { FileResult } from '../rules/types.js';
import { stripEscapes } from './sanitize.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a command's message, as @actions/core does. */
export function escapeData(text: string): string {
  return text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

/** Escapes a property value: the data escapes plus ':' and ',', which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}

/** A path as GitHub matches it against the repository: forward slashes, no leading './'. */
function annotationPath(path: string): string {
  return stripEscapes(path).replace(/\\/gu, '/').replace(/^(?:\.\/)+/u, '');
}

function command(path: string, f: Finding): string {
  const properties = [
    `file=${escapeProperty(path)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    `endColumn=${f.endColumn}`,
    `title=${escapeProperty(f.ruleId)}`,
  ];
  return `::${COMMAND[f.severity]} ${properties.join(',')}::${escapeData(stripEscapes(f.message))}`;
}

/** One `::notice` for a file that was not assessed (a language without a pack), at the file, before its findings. */
function noticeCommand(file: FileResult): string {
  return `::notice file=${escapeProperty(annotationPath(file.path))},title=${escapeProperty(`privacylint/${file.notice!.id}`)}::${escapeData(file.notice!.message)}`;
}

export function formatGithub(report: LintReport): string {
  // Per file (in path order) its notice first, then its findings in document order.
  const entries = [
    ...report.files.filter((f) => f.notice).map((file) => ({ path: annotationPath(file.path), finding: null, line: noticeCommand(file) })),
    ...allFindings(report).map(({ file, finding }) => ({ path: annotationPath(file.path), finding, line: command(annotationPath(file.path), finding) })),
  ];
  const lines = entries
    .sort((a, b) => compareText(a.path, b.path) || (a.finding === null ? -1 : b.finding === null ? 1 : compareFindings(a.finding, b.finding)))
    .map((e) => e.line);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

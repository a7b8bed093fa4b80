/**
 * GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…::message` line per finding,
 * which GitHub shows as annotations on the pull request's diff. Sorted by file, then place.
 */
import type { Finding, LintReport, Severity } from '../rules/types.js';
import { allFindings, compareFindings, compareText } from './common.js';
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

export function formatGithub(report: LintReport): string {
  const lines = allFindings(report)
    .map(({ file, finding }) => ({ path: annotationPath(file.path), finding }))
    .sort((a, b) => compareText(a.path, b.path) || compareFindings(a.finding, b.finding))
    .map(({ path, finding }) => command(path, finding));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…::message` line per finding,
 * which GitHub shows as annotations on the pull request's diff. Sorted by file, then place. Paths are made
 * relative to the repository root when it is given (GitHub matches them against the repository), and an
 * annotation spanning several lines has no `col`/`endColumn`, which GitHub says must then not be sent.
 *
 * GitHub shows at most 10 annotations of each kind per step and drops the rest without a word: with `limit`,
 * the commands past it are left out and one plain line says how many of each were.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
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

export interface GithubOptions {
  /** Absolute repository root: paths are written relative to it (a path outside it is left as it is). */
  repoRoot?: string;
  /** The folder relative report paths are relative to; default the repository root. */
  cwd?: string;
  /** The most annotations of each kind to print (GitHub shows 10 per step); default all. */
  limit?: number;
}

/** GitHub's own limit: annotations of each kind (error, warning, notice) shown per step. */
export const GITHUB_ANNOTATION_LIMIT = 10;

/** A path as GitHub matches it against the repository: relative to its root, forward slashes, no leading './'. */
function annotationPath(path: string, options: GithubOptions): string {
  let shown = path;
  // '<stdin>' names no file (`--stdin-filename` gives it one), and a policy fetched by URL is named by its URL.
  if (options.repoRoot !== undefined && path !== '<stdin>' && !/^https?:\/\//iu.test(path)) {
    const rel = relative(options.repoRoot, isAbsolute(path) ? path : resolve(options.cwd ?? options.repoRoot, path));
    if (rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)) shown = rel;
  }
  return stripEscapes(shown).replace(/\\/gu, '/').replace(/^(?:\.\/)+/u, '');
}

function command(path: string, f: Finding): string {
  const oneLine = f.line === f.endLine;
  const properties = [
    `file=${escapeProperty(path)}`,
    `line=${f.line}`,
    ...(oneLine ? [`col=${f.column}`] : []),
    `endLine=${f.endLine}`,
    ...(oneLine ? [`endColumn=${f.endColumn}`] : []),
    `title=${escapeProperty(f.ruleId)}`,
  ];
  return `::${COMMAND[f.severity]} ${properties.join(',')}::${escapeData(stripEscapes(f.message))}`;
}

/** One `::notice` for a file that was not assessed (a language without a pack), at the file, before its findings. */
function noticeCommand(file: FileResult, path: string): string {
  return `::notice file=${escapeProperty(path)},title=${escapeProperty(`privacylint/${file.notice!.id}`)}::${escapeData(file.notice!.message)}`;
}

export function formatGithub(report: LintReport, options: GithubOptions = {}): string {
  // Per file (in path order) its notice first, then its findings in document order.
  const pathOf = (file: FileResult): string => annotationPath(file.path, options);
  const entries = [
    ...report.files.filter((f) => f.notice).map((file) => ({ path: pathOf(file), finding: null, kind: 'notice', line: noticeCommand(file, pathOf(file)) })),
    ...allFindings(report).map(({ file, finding }) => ({ path: pathOf(file), finding, kind: COMMAND[finding.severity], line: command(pathOf(file), finding) })),
  ];
  entries.sort((a, b) => compareText(a.path, b.path) || (a.finding === null ? -1 : b.finding === null ? 1 : compareFindings(a.finding, b.finding)));
  const shown = new Map<string, number>();
  const left = new Map<string, number>();
  const lines: string[] = [];
  for (const entry of entries) {
    const count = shown.get(entry.kind) ?? 0;
    if (options.limit !== undefined && count >= options.limit) {
      left.set(entry.kind, (left.get(entry.kind) ?? 0) + 1);
      continue;
    }
    shown.set(entry.kind, count + 1);
    lines.push(entry.line);
  }
  if (left.size > 0) lines.push(leftOutLine(left, options.limit!));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** The plain log line that says what was not annotated: "privacylint: 62 errors and 3 warnings not annotated …". */
function leftOutLine(left: Map<string, number>, limit: number): string {
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((kind) => left.has(kind))
    .map((kind) => `${left.get(kind)} ${kind}${left.get(kind) === 1 ? '' : 's'}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `privacylint: ${list} not annotated (GitHub shows ${limit} annotations of each kind per step); the full list is in the other reports`;
}

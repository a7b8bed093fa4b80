/**
 * The reports of a `lint` run: the one on standard output (`--format`, or `--output FILE`) and any number
 * written to files besides it (`--report FORMAT=FILE`, repeatable), all made from the same one run.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeFileAtomic } from '../io/write.js';
import { InputError } from '../io/read.js';
import type { Locale } from '../model/types.js';
import type { LintReport } from '../rules/types.js';
import type { LoadedRule } from '../rules/loader.js';
import { formatStylish } from '../report/stylish.js';
import { formatJson } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { formatGithub, GITHUB_ANNOTATION_LIMIT } from '../report/github.js';
import { formatMarkdown } from '../report/markdown.js';
import { formatJsonlLine } from '../report/json-stream.js';

export const LINT_FORMATS = ['stylish', 'json', 'jsonl', 'sarif', 'github', 'markdown'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

/** The formats that print the model. */
export const MODEL_FORMATS: readonly LintFormat[] = ['json', 'jsonl'];

export interface ReportTarget {
  format: LintFormat;
  file: string;
}

/** `--report FORMAT=FILE` values, checked: a known format, a file, no file named twice. Throws a one-line message. */
export function parseReportTargets(values: readonly string[]): ReportTarget[] {
  const targets: ReportTarget[] = [];
  for (const value of values) {
    const m = /^([a-z]+)=(.+)$/u.exec(value);
    if (!m || !(LINT_FORMATS as readonly string[]).includes(m[1])) {
      throw new Error(`--report '${value}': write it as FORMAT=FILE, FORMAT one of ${LINT_FORMATS.join(', ')}`);
    }
    const twice = targets.find((t) => resolve(t.file) === resolve(m[2]));
    if (twice) throw new Error(`--report ${value}: ${m[2]} is named twice; give each report its own file`);
    targets.push({ format: m[1] as LintFormat, file: m[2] });
  }
  return targets;
}

export interface RenderContext {
  /** The rules SARIF describes: those of the config of the first file linted. */
  rules: readonly LoadedRule[];
  color: boolean;
  quiet?: boolean;
  /** Stylish: the width to wrap to (the terminal's); default its own. */
  width?: number;
  locale?: Locale;
  toolVersion: string;
  /** Absolute repository root: github paths and SARIF URIs are relative to it. */
  repoRoot: string;
  /** The working folder the report's relative paths are relative to. */
  cwd: string;
}

export function renderReport(format: LintFormat, report: LintReport, context: RenderContext): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'jsonl':
      return report.files.map(formatJsonlLine).join('');
    case 'sarif':
      return formatSarif(report, { rules: context.rules, toolVersion: context.toolVersion, repoRoot: context.repoRoot, cwd: context.cwd });
    case 'github':
      return formatGithub(report, { repoRoot: context.repoRoot, cwd: context.cwd, limit: GITHUB_ANNOTATION_LIMIT });
    case 'markdown':
      return formatMarkdown(report, { locale: context.locale });
    default:
      return formatStylish(report, { color: context.color, quiet: context.quiet, width: context.width });
  }
}

/** Writes one `--report` file (atomically), creating its folder: `--report sarif=results/privacylint.sarif`. */
export async function writeReport(target: ReportTarget, text: string): Promise<void> {
  try {
    mkdirSync(dirname(resolve(target.file)), { recursive: true });
  } catch (error) {
    throw new InputError(target.file, `--report ${target.file}: cannot create its folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  await writeFileAtomic(target.file, text);
}

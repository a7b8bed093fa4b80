/**
 * Linting as a library: a file (or text) through parse, config and rules to a FileResult, a report over
 * many files, and the text edits of --fix.
 */
import { dirname, resolve } from 'node:path';
import { parsePolicyFile, parsePolicyText, type ParseOptions, type ParsedPolicy } from './index.js';
import { findConfigFile, resolveConfig, type ResolvedConfig } from './rules/config.js';
import { lintPolicy } from './rules/engine.js';
import type { FileResult, Finding, LintReport, Severity } from './rules/types.js';
import type { Locale } from './model/types.js';

export interface LintOptions extends ParseOptions {
  /** An explicit config file; otherwise the nearest one above each file is used. */
  config?: string;
  /** Severity overrides from the command line (`--rule id=off`). */
  rules?: Record<string, Severity | 'off'>;
  /** Language of the messages. */
  locale?: Locale;
  /** Report inline disable directives that silenced nothing. */
  reportUnusedDisableDirectives?: boolean;
}

/** Resolves configs once per config file, however many files share it. */
export class ConfigCache {
  private readonly byPath = new Map<string, ResolvedConfig>();
  constructor(private readonly overrides: Record<string, Severity | 'off'> = {}) {}

  forFile(file: string, explicit?: string): ResolvedConfig {
    if (explicit) return this.forConfigFile(resolve(explicit), true);
    return this.forFolder(file === '-' || /^https?:\/\//iu.test(file) ? process.cwd() : dirname(resolve(file)));
  }

  /** The config found from a folder: the nearest one at or above it (what a run there uses for standard input). */
  forFolder(dir: string): ResolvedConfig {
    return this.forConfigFile(findConfigFile(dir));
  }

  /** A config file found by searching (or named on the command line: `explicit`), or none (null: the defaults). */
  forConfigFile(configPath: string | null, explicit = false): ResolvedConfig {
    const key = `${explicit ? 'cli:' : ''}${configPath ?? ''}`;
    let config = this.byPath.get(key);
    if (!config) {
      // A config named on the command line may point its ruleFolders anywhere; one found in a repository may not.
      config = resolveConfig(configPath, this.overrides, !explicit);
      this.byPath.set(key, config);
    }
    return config;
  }
}

export interface LintedFile {
  result: FileResult;
  parsed: ParsedPolicy;
  config: ResolvedConfig;
}

/** Lints one file with the config that applies to it. */
export async function lintFile(path: string, options: LintOptions = {}, cache = new ConfigCache(options.rules)): Promise<LintedFile> {
  // Standard input named with --stdin-filename takes the config that file would have.
  const config = cache.forFile(path === '-' && options.stdinName !== undefined ? options.stdinName : path, options.config);
  const parsed = await parsePolicyFile(path, { ...options, language: options.language ?? config.language ?? undefined });
  const result = lintPolicy(parsed, config, { locale: options.locale, reportUnusedDisableDirectives: options.reportUnusedDisableDirectives });
  return { result, parsed, config };
}

/** The report over all files, with its summary counts (the JSON contract). */
export function buildReport(files: FileResult[]): LintReport {
  const count = (s: Severity): number => files.reduce((n, f) => n + f.findings.filter((x) => x.severity === s).length, 0);
  return { version: 1, files, summary: { files: files.length, errors: count('error'), warnings: count('warning'), infos: count('info') } };
}

/** The fixes of `findings` that are applied together: in text order, none overlapping another. */
export function chooseFixes(findings: Finding[]): NonNullable<Finding['fix']>[] {
  const fixes = findings
    .map((f) => f.fix)
    .filter((f): f is NonNullable<Finding['fix']> => !!f)
    // At the same start the longer edit wins ("bewerkersovereenkomst" over "bewerker").
    .sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  const chosen: NonNullable<Finding['fix']>[] = [];
  let end = -1;
  for (const fix of fixes) {
    if (fix.range[0] >= end) {
      chosen.push(fix);
      end = fix.range[1];
    }
  }
  return chosen;
}

/** Applies the non-overlapping fixes of `findings` to `text` (offsets are into the original text). */
export function applyFixes(text: string, findings: Finding[]): { text: string; applied: number } {
  const chosen = chooseFixes(findings);
  // One pass over the text in order (not a new string per fix, which is quadratic with many fixes).
  const pieces: string[] = [];
  let at = 0;
  for (const fix of chosen) {
    pieces.push(text.slice(at, fix.range[0]), fix.text);
    at = fix.range[1];
  }
  pieces.push(text.slice(at));
  return { text: pieces.join(''), applied: chosen.length };
}

/**
 * Lints `text` as the new content of an already linted file (what `--fix-dry-run` would leave), with the same
 * path, format and config, without touching the file.
 */
export async function relintText(one: LintedFile, text: string, options: LintOptions = {}): Promise<LintedFile> {
  const { input } = one.parsed;
  const parsed = await parsePolicyText(text, { path: input.path, format: input.format, language: options.language ?? one.config.language ?? undefined });
  const result = lintPolicy(parsed, one.config, { locale: options.locale, reportUnusedDisableDirectives: options.reportUnusedDisableDirectives });
  return { result, parsed, config: one.config };
}

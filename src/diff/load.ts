/**
 * Comparing files as a library: lint each policy (with the config that applies to it) and turn the result into a
 * DiffSide; `diffFiles` does both sides and the comparison.
 */
import { ConfigCache, lintFile, type LintOptions } from '../lint.js';
import { comparePolicies, type CompareOptions } from './compare.js';
import type { DiffSide, PolicyDiff } from './types.js';

export interface LoadedSide extends DiffSide {
  /** Problems worth telling the user that did not stop parsing (an unsupported language, for example). */
  warnings: string[];
}

/** Parses and lints one policy file ('-' for standard input) for comparing. */
export async function loadDiffSide(path: string, options: LintOptions = {}, cache = new ConfigCache(options.rules)): Promise<LoadedSide> {
  const { result, parsed } = await lintFile(path, options, cache);
  return {
    path: result.path,
    model: result.model,
    requirements: result.requirements,
    findings: result.findings,
    document: parsed.document,
    warnings: [...parsed.document.warnings, ...(result.notice ? [`${result.path}: ${result.notice.message}`] : [])],
  };
}

/** Compares two policy files. */
export async function diffFiles(a: string, b: string, options: LintOptions & CompareOptions = {}): Promise<PolicyDiff> {
  const cache = new ConfigCache(options.rules);
  const sideA = await loadDiffSide(a, options, cache);
  const sideB = await loadDiffSide(b, options, cache);
  return comparePolicies(sideA, sideB, { versions: options.versions });
}

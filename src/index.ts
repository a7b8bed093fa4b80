/**
 * privacylint's library API: what the CLI is a thin shell over, for other programs to import.
 */
import { readPolicy, type PolicyInput, type ReadOptions, type InputFormat } from './io/read.js';
import { buildDocument, type PolicyDocument } from './document/index.js';
import { extractModel } from './extract/index.js';
import type { Language, PolicyModel } from './model/types.js';

export type * from './model/types.js';
export { InputError, readPolicy, decodeBytes, detectFormat, parseSize, DEFAULT_MAX_SIZE } from './io/read.js';
export type { PolicyInput, ReadOptions, InputFormat, Encoding } from './io/read.js';
export { fetchPolicy, isUrl, USER_AGENT } from './io/fetch.js';
export type { FetchOptions, FetchRecord, FetchedPolicy } from './io/fetch.js';
export { buildDocument } from './document/index.js';
export type { PolicyDocument, Block, Sentence } from './document/index.js';
export { extractModel } from './extract/index.js';

export interface ParseOptions extends ReadOptions {
  language?: Language;
}

export interface ParsedPolicy {
  input: PolicyInput;
  document: PolicyDocument;
  model: PolicyModel;
}

/** Reads a policy file ('-' for standard input, or an http(s) URL, which is fetched) and builds its model. */
export async function parsePolicyFile(path: string, options: ParseOptions = {}): Promise<ParsedPolicy> {
  const input = await readPolicy(path, options);
  return parsePolicyInput(input, options);
}

/** Builds the model of text already in memory. */
export async function parsePolicyText(
  text: string,
  options: { path?: string; format?: InputFormat; language?: Language } = {},
): Promise<ParsedPolicy> {
  const input: PolicyInput = { path: options.path ?? '<text>', text, format: options.format ?? 'text', encoding: 'utf-8' };
  return parsePolicyInput(input, options);
}

async function parsePolicyInput(input: PolicyInput, options: { language?: Language }): Promise<ParsedPolicy> {
  const document = await buildDocument(input, { language: options.language });
  return { input, document, model: extractModel(document) };
}
export { comparePolicies, diffFiles, regressions } from './diff/index.js';
export type { PolicyDiff } from './diff/types.js';
export { lintFile, buildReport, applyFixes, ConfigCache } from './lint.js';
export type { FileResult, Finding, LintReport, RequirementResult } from './rules/types.js';

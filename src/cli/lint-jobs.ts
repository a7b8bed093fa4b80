/**
 * What one lint job needs and returns, shared by the CLI (which runs the jobs in order, here or in worker
 * threads) and the worker. Errors cross the thread boundary as plain data and are rebuilt as the same classes,
 * so a file that cannot be read is reported the same way with --jobs 1 and --jobs 8.
 */
import { InputError } from '../io/read.js';
import { ConfigCache, lintFile, type LintedFile, type LintOptions } from '../lint.js';
import type { Severity } from '../rules/types.js';
import type { FileResult } from '../rules/types.js';
import type { PolicyModel } from '../model/types.js';

/** Everything but the file: the same for every job of a run. */
export interface LintSetup {
  options: Omit<LintOptions, 'stdin' | 'rules'>;
  overrides: Record<string, Severity | 'off'>;
  /** Only the JSON formats print the model; the others drop it as soon as a file is linted (less to hold and copy). */
  keepModel: boolean;
}

/** One file's outcome, in the order of the files. `linted` (with the text and document, for --fix) only in-process. */
export type LintOutcome =
  | { file: string; result: FileResult; warnings: string[]; linted?: LintedFile }
  | { file: string; error: unknown };

/** An error as data: what is needed to rebuild it on the other side of a worker boundary. */
export interface ErrorData {
  name: string;
  message: string;
  path?: string;
  stack?: string;
}

export function errorToData(error: unknown): ErrorData {
  if (error instanceof InputError) return { name: 'InputError', message: error.message, path: error.path };
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: String(error) };
}

export function errorFromData(data: ErrorData): Error {
  if (data.name === 'InputError') return new InputError(data.path ?? '', data.message);
  const error = data.name === 'RangeError' ? new RangeError(data.message) : new Error(data.message);
  if (data.stack) error.stack = data.stack;
  return error;
}

/** The model is part of the JSON formats only; the other reports read requirements and findings. */
export function forReport(result: FileResult, keepModel: boolean): FileResult {
  return keepModel ? result : { ...result, model: null as unknown as PolicyModel };
}

/** Lints one file in this thread. */
export async function lintOne(file: string, setup: LintSetup, cache: ConfigCache, stdin?: NodeJS.ReadableStream): Promise<LintOutcome> {
  try {
    const linted = await lintFile(file, { ...setup.options, stdin }, cache);
    return { file, result: forReport(linted.result, setup.keepModel), warnings: linted.parsed.document.warnings, linted };
  } catch (error) {
    return { file, error };
  }
}

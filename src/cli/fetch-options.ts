/**
 * The options for reading a policy by URL, shared by `lint`, `parse` and `diff`: `--timeout` and `--save`.
 * (`--max-size` caps a fetched body as it caps a file.)
 */
import type { Command } from 'commander';
import { InputError } from '../io/read.js';
import { DEFAULT_TIMEOUT_MS } from '../io/fetch.js';

export interface FetchCommandOptions {
  timeout?: string;
  save?: string;
}

/** Adds `--timeout` and `--save` to a command. */
export function addFetchOptions(command: Command): Command {
  return command
    .option('--timeout <seconds>', `for an http(s) URL: give up after this many seconds, redirects and body included (default ${DEFAULT_TIMEOUT_MS / 1000}; also 500ms, 2s)`)
    .option('--save <dir>', 'for an http(s) URL: keep the page as served and a JSON record of the fetch in this folder (never overwrites)');
}

/** `--timeout 20`, `2.5`, `2.5s`, `500ms` → milliseconds; undefined when not given. */
export function parseTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(ms|s)?\s*$/iu.exec(value);
  const ms = m ? Number(m[1]) * (m[2]?.toLowerCase() === 'ms' ? 1 : 1000) : NaN;
  if (!m || !(ms >= 1) || ms > 2_147_483_647) {
    throw new InputError('--timeout', `--timeout '${value}': give a number of seconds (e.g. 20, 2.5) or milliseconds (500ms)`);
  }
  return Math.round(ms);
}

/** The read options these give. */
export function fetchReadOptions(options: FetchCommandOptions): { timeoutMs?: number; saveDir?: string } {
  const timeoutMs = parseTimeout(options.timeout);
  return { ...(timeoutMs !== undefined ? { timeoutMs } : {}), ...(options.save !== undefined ? { saveDir: options.save } : {}) };
}

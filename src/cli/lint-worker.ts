/**
 * A worker thread of `privacylint lint --jobs N`: lints the files the pool sends, one message per file, and
 * answers with the file's result (or its error as data). Built as its own entry, dist/lint-worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigCache } from '../lint.js';
import { errorToData, lintOne, type LintSetup } from './lint-jobs.js';

export interface WorkerTask {
  index: number;
  file: string;
}

export type WorkerReply =
  | { index: number; result: import('../rules/types.js').FileResult; warnings: string[] }
  | { index: number; error: import('./lint-jobs.js').ErrorData };

const setup = workerData as LintSetup;
// One config cache per worker, as one per run in-process: each config file is read once per thread.
const cache = new ConfigCache(setup.overrides);
const port = parentPort!;
let afterFirst: (() => void) | null = null;

/** Calls `fn` once, after the first reply is posted: dist/lint-worker-boot.js saves the code cache then. */
export function afterFirstReply(fn: () => void): void {
  afterFirst = fn;
}

/** The files sent and not yet linted: the pool sends the next before this one is done, and they are linted in turn. */
let queue: Promise<void> = Promise.resolve();

port.on('message', (task: WorkerTask) => {
  queue = queue.then(async () => {
    const outcome = await lintOne(task.file, setup, cache);
    const reply: WorkerReply =
      'error' in outcome ? { index: task.index, error: errorToData(outcome.error) } : { index: task.index, result: outcome.result, warnings: outcome.warnings };
    port.postMessage(reply);
    const first = afterFirst;
    afterFirst = null;
    first?.();
  });
});

/**
 * `privacylint lint --jobs N`: lints files on N threads (this one and N - 1 workers) and hands the outcomes back in
 * the order of the files, so the report is byte for byte the one `--jobs 1` writes. Memory stays bounded: a thread gets its next
 * file only while the finished-but-not-yet-reported outcomes fit a small window, and every outcome is handed on
 * (and dropped) as soon as the ones before it are in.
 */
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import type { ConfigCache } from '../lint.js';
import { packageRoot } from '../rules/loader.js';
import { isUrl } from '../io/fetch.js';
import { errorFromData, lintOne, type LintOutcome, type LintSetup } from './lint-jobs.js';
import type { WorkerReply, WorkerTask } from './lint-worker.js';

/**
 * Files a worker thread must have to pay for its start: loading the engine and compiling its patterns costs a
 * thread about as much as linting five to ten policies, so a small folder is linted faster on fewer threads.
 */
export const FILES_PER_WORKER = 8;

/** Files a worker is sent ahead: the one it lints and the next, so it never waits for this thread to send one. */
const WORKER_QUEUE = 2;

/**
 * The default of --jobs for `files` files: as many workers as the machine runs threads at once, but no more than
 * one per FILES_PER_WORKER files (so up to 8 files are linted in this thread, without workers).
 */
export function defaultJobs(files: number, threads = availableParallelism()): number {
  return Math.max(1, Math.min(threads, Math.ceil(files / FILES_PER_WORKER)));
}

/**
 * The built worker (dist/lint-worker-boot.js, which loads dist/lint-worker through the compile cache), or null
 * when this code runs from the TypeScript sources (tests, tsx): a worker cannot load .ts files without a loader,
 * so those runs lint in-process.
 */
function workerScript(): string | null {
  if (import.meta.url.endsWith('.ts')) return null;
  for (const name of ['lint-worker-boot.js', 'lint-worker.js']) {
    const script = join(packageRoot(), 'dist', name);
    if (existsSync(script)) return script;
  }
  return null;
}

/**
 * Many files, each small: V8 lets the old generation grow by up to 4× before it collects, and what one policy leaves
 * behind (its document, model, quotes) is garbage once the next begins, so a 300-policy run peaked at 480 MB
 * with --jobs 1 for about 110 MB that was live. Growing by 30% at most keeps the peak near 350 MB, at a few
 * per cent more time in the collector. V8's flags are the process's, so the worker threads grow the same way;
 * one large file (a single-file run) keeps V8's default.
 */
const HEAP_GROWING_PERCENT = 30;
function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/** Standard input and URLs are read in this thread (one stream; a fetch waits on the network, not the CPU). */
function readHere(file: string): boolean {
  return file === '-' || isUrl(file);
}

/**
 * The outcome of every file, in file order. With `jobs` <= 1, one file, or no built worker, the files are linted
 * one after another in this thread (and each outcome carries `linted`); otherwise on `jobs` threads, this one and
 * `jobs - 1` workers, standard input and URLs always in this one, when their turn comes.
 */
export async function* lintInOrder(files: readonly string[], setup: LintSetup, jobs: number, cache: ConfigCache, stdin?: NodeJS.ReadableStream): AsyncGenerator<LintOutcome> {
  if (files.length > 1) boundHeapGrowth();
  const workers = Math.min(jobs, files.filter((file) => !readHere(file)).length);
  const script = workers > 1 ? workerScript() : null;
  if (!script) {
    for (const file of files) yield await lintOne(file, setup, cache, stdin);
    return;
  }
  yield* lintOnWorkers(files, setup, workers, script, cache, stdin);
}

async function* lintOnWorkers(files: readonly string[], setup: LintSetup, count: number, script: string, cache: ConfigCache, stdin?: NodeJS.ReadableStream): AsyncGenerator<LintOutcome> {
  // `count` threads lint: this one and count - 1 workers. A thread of its own for this one's share of the files
  // would be one more isolate to hold (its heap, its compiled patterns) while this one only waited for replies.
  // Outcomes that arrived before an earlier file's: at most `window` of them wait here.
  const window = Math.max(16, count * 4);
  const done = new Map<number, LintOutcome>();
  let next = 0; // the next file to hand to a thread
  let emitted = 0; // the next file to hand back
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const signal = (): void => {
    wake?.();
    wake = null;
  };

  const pool: Worker[] = [];
  // Files each worker has been sent and not answered. A worker is sent its next file before it answers the one
  // it is on (it lints them in turn), so it does not wait while this thread is busy linting a file of its own.
  const pending = new Map<Worker, number>();
  const ahead = (): boolean => next < files.length && next < emitted + window;
  // Standard input and URLs are not handed out: this thread reads them when their turn comes.
  const skipReadHere = (): void => {
    while (ahead() && readHere(files[next])) next++;
  };
  const dispatch = (): void => {
    for (let depth = 1; depth <= WORKER_QUEUE; depth++) {
      for (const worker of pool) {
        if (!ahead()) return;
        if (pending.get(worker)! >= depth) continue;
        skipReadHere();
        if (!ahead()) return;
        const task: WorkerTask = { index: next, file: files[next] };
        next++;
        pending.set(worker, pending.get(worker)! + 1);
        worker.postMessage(task);
      }
    }
  };
  for (let i = 0; i < count - 1; i++) {
    // A smaller young generation than V8's default keeps each worker's resident memory about 20 MB lower
    // (a policy's garbage is short-lived); the old generation is left unbounded, so a large file still fits.
    // The stack is the main thread's (V8's 984 KB plus the 192 KB Node keeps in reserve), not a worker's 4 MB: a
    // document nested too deeply to read is then the same input error on any number of threads.
    const worker = new Worker(script, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 8, stackSizeMb: (984 + 192) / 1024 } });
    worker.on('message', (reply: WorkerReply) => {
      const file = files[reply.index];
      done.set(reply.index, 'error' in reply ? { file, error: errorFromData(reply.error) } : { file, result: reply.result, warnings: reply.warnings });
      pending.set(worker, pending.get(worker)! - 1);
      dispatch();
      signal();
    });
    worker.on('error', (error) => {
      failure ??= error;
      signal();
    });
    worker.on('exit', (code) => {
      if (emitted < files.length) failure ??= new Error(`a lint worker stopped (exit code ${code})`);
      signal();
    });
    pool.push(worker);
    pending.set(worker, 0);
  }

  try {
    dispatch();
    while (emitted < files.length) {
      if (readHere(files[emitted])) {
        const outcome = await lintOne(files[emitted], setup, cache, stdin);
        if (emitted === next) next++;
        emitted++;
        dispatch();
        yield outcome;
        continue;
      }
      const outcome = done.get(emitted);
      if (outcome) {
        done.delete(emitted);
        emitted++;
        dispatch();
        yield outcome;
        continue;
      }
      if (failure) throw failure;
      skipReadHere();
      if (ahead()) {
        // This thread lints the next file no worker has taken, as a worker would (no document kept for --fix,
        // which runs on one thread).
        const index = next++;
        const outcome = await lintOne(files[index], setup, cache);
        done.set(index, 'error' in outcome ? outcome : { file: outcome.file, result: outcome.result, warnings: outcome.warnings });
        dispatch();
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    emitted = files.length; // an exit from here on is ours
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}

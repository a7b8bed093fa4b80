/**
 * A progress bar for long lint runs, on standard error. Shown only when standard error is a terminal, the run
 * is long (more than 50 files, or still going after 2 seconds) and neither --quiet nor the CI variable is set;
 * otherwise nothing at all is written. Other output clears the bar first (`clear()`), and it is redrawn on the
 * next file.
 */

export interface ProgressOptions {
  total: number;
  stream: NodeJS.WritableStream;
  quiet?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds, for tests; default the monotonic clock. */
  now?: () => number;
}

/** Runs with more files than this show the bar from the first file on. */
export const MANY_FILES = 50;
/** Shorter runs show it once they have taken this long (milliseconds). */
export const LONG_RUN_MS = 2000;
const REDRAW_MS = 100;
const BAR_WIDTH = 24;

/** True when CI is set to something other than '', '0' or 'false'. */
function inCi(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

export class Progress {
  private readonly enabled: boolean;
  private readonly total: number;
  private readonly stream: NodeJS.WritableStream;
  private readonly now: () => number;
  private readonly started: number;
  private done = 0;
  private drawn = false;
  private lastDraw = -Infinity;

  constructor(options: ProgressOptions) {
    const env = options.env ?? process.env;
    this.stream = options.stream;
    this.total = options.total;
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    this.enabled = (options.stream as NodeJS.WriteStream).isTTY === true && !options.quiet && !inCi(env) && env.TERM !== 'dumb' && options.total > 1;
  }

  /** One more file is done. */
  tick(): void {
    this.done++;
    if (!this.enabled) return;
    const now = this.now();
    if (this.total <= MANY_FILES && now - this.started < LONG_RUN_MS) return;
    if (now - this.lastDraw < REDRAW_MS && this.done < this.total) return;
    this.lastDraw = now;
    this.drawn = true;
    this.stream.write(`\r${this.line(now)}\u001b[K`);
  }

  /** Removes the bar (before other output, and at the end). */
  clear(): void {
    if (!this.drawn) return;
    this.drawn = false;
    this.lastDraw = -Infinity;
    this.stream.write('\r\u001b[K');
  }

  private line(now: number): string {
    const filled = Math.round((this.done / this.total) * BAR_WIDTH);
    const seconds = Math.floor((now - this.started) / 1000);
    const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    return `privacylint [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${this.done}/${this.total} files ${clock}`;
  }
}

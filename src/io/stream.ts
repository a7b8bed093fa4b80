/**
 * Writing to standard output and standard error without losing the exit code: a closed pipe
 * (`privacylint … | head`) silently ends the output and the run keeps its own exit code; any other write
 * error (ENOSPC on `> /dev/full`, EIO) becomes one OutputError, which the CLI reports in one line with exit 2.
 */

export class OutputError extends Error {
  override readonly name = 'OutputError';
  readonly code: string;
  constructor(code: string, options?: { cause?: unknown }) {
    super(`cannot write the output: ${OUTPUT_PROBLEMS[code] ?? code}`, options);
    this.code = code;
  }
}

const OUTPUT_PROBLEMS: Record<string, string> = {
  ENOSPC: 'no space left on the device (ENOSPC)',
  EIO: 'input/output error (EIO)',
  EDQUOT: 'disk quota exceeded (EDQUOT)',
  EFBIG: 'the file is too large (EFBIG)',
  EBADF: 'the stream is not open (EBADF)',
};

/** Streams whose reader has gone away: nothing more is written to them. */
const closed = new WeakSet<object>();
/** Streams that already have our 'error' listener, so an error event is never uncaught. */
const guarded = new WeakSet<object>();

function isClosedPipe(code: string | undefined): boolean {
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ECONNRESET';
}

/** Keeps a stream's 'error' events from crashing the process; the write callbacks report them instead. */
export function guardStream(stream: NodeJS.WritableStream): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (isClosedPipe(error.code)) closed.add(stream);
  });
}

/** Writes text (or bytes) and waits until the stream took it (or drained); see the module comment for errors. */
export function writeTo(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> {
  guardStream(stream);
  if (closed.has(stream) || (stream as { destroyed?: boolean }).destroyed === true) return Promise.resolve();
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (error?: Error | null): void => {
      if (settled) return;
      settled = true;
      if (!error) return resolve();
      const code = (error as NodeJS.ErrnoException).code;
      if (isClosedPipe(code)) {
        closed.add(stream);
        return resolve();
      }
      reject(new OutputError(code ?? 'EIO', { cause: error }));
    };
    try {
      // The callback runs once the chunk is handled (after a drain too), with the error if there was one.
      stream.write(text, (error?: Error | null) => settle(error));
    } catch (error) {
      settle(error as Error);
    }
  });
}

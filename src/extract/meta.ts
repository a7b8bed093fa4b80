import type { ExtractContext } from './context.js';

// TODO: being written.
export function extractUpdated(ctx: ExtractContext): string | null {
  void ctx;
  return null;
}

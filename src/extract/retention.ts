import type { Retention } from '../model/types.js';
import type { ExtractContext } from './context.js';

// TODO: being written.
export function extractRetention(ctx: ExtractContext): Retention[] {
  void ctx;
  return [];
}

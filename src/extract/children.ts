import type { Children } from '../model/types.js';
import type { ExtractContext } from './context.js';

// TODO: being written.
export function extractChildren(ctx: ExtractContext): Children | null {
  void ctx;
  return null;
}

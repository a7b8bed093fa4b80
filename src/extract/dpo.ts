import type { Dpo } from '../model/types.js';
import type { ExtractContext } from './context.js';

// TODO: being written.
export function extractDpo(ctx: ExtractContext): Dpo | null {
  void ctx;
  return null;
}

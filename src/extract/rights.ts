import type { Right } from '../model/types.js';
import type { ExtractContext } from './context.js';

// TODO: being written.
export function extractRights(ctx: ExtractContext): Right[] {
  void ctx;
  return [];
}

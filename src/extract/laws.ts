import type { LawReference } from '../model/types.js';
import type { ExtractContext } from './context.js';

// TODO: being written.
export function extractLawReferences(ctx: ExtractContext): LawReference[] {
  void ctx;
  return [];
}

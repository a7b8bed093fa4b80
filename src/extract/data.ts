import type { DataCategory } from '../model/types.js';
import type { ExtractContext } from './context.js';

// TODO: being written.
export function extractDataCategories(ctx: ExtractContext): DataCategory[] {
  void ctx;
  return [];
}

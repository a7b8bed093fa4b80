import type { Cookie } from '../model/types.js';
import type { ExtractContext } from './context.js';

// TODO: being written.
export function extractCookies(ctx: ExtractContext): Cookie[] {
  void ctx;
  return [];
}

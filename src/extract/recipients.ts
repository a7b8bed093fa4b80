import type { Recipient } from '../model/types.js';
import type { ExtractContext } from './context.js';

// TODO: being written.
export function extractRecipients(ctx: ExtractContext): Recipient[] {
  void ctx;
  return [];
}

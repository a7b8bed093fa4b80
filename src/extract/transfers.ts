import type { Recipient, Transfer } from '../model/types.js';
import type { ExtractContext } from './context.js';

// TODO: being written.
export function extractTransfers(ctx: ExtractContext, recipients: Recipient[]): Transfer[] {
  void ctx;
  void recipients;
  return [];
}

import type { Controller, Representative } from '../model/types.js';
import type { ExtractContext } from './context.js';

// TODO: being written.
export function extractController(ctx: ExtractContext): { controller: Controller; representative: Representative | null } {
  void ctx;
  return { controller: { name: null, aliases: [], address: null, email: null, emails: [], phone: null, website: null, registration: null, evidence: [] }, representative: null };
}

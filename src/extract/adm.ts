import type { AutomatedDecisionMaking } from '../model/types.js';
import type { ExtractContext } from './context.js';

// TODO: being written.
export function extractAutomatedDecisionMaking(ctx: ExtractContext): AutomatedDecisionMaking | null {
  void ctx;
  return null;
}

import type { SupervisoryAuthority } from '../model/types.js';
import type { ExtractContext } from './context.js';

// TODO: being written.
export function extractSupervisoryAuthority(ctx: ExtractContext): SupervisoryAuthority | null {
  void ctx;
  return null;
}

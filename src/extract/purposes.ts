import type { LegalBasis, LegitimateInterest, Purpose } from '../model/types.js';
import type { ExtractContext } from './context.js';

// TODO: being written.
export function extractPurposesAndBases(ctx: ExtractContext): { purposes: Purpose[]; legalBases: LegalBasis[]; legitimateInterests: LegitimateInterest[] } {
  void ctx;
  return { purposes: [], legalBases: [], legitimateInterests: [] };
}

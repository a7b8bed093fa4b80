/**
 * The diff as JSON: exactly the PolicyDiff shape documented in src/diff/types.ts (contract), two-space indented,
 * keys in the documented order, lists in the documented order, so the same input gives the same bytes.
 */
import type { PolicyDiff } from '../diff/types.js';

/** The documented top-level fields, in order; anything else a caller attached to the object is not output. */
export function toDiffJson(diff: PolicyDiff): PolicyDiff {
  return {
    version: diff.version,
    mode: diff.mode,
    a: diff.a,
    b: diff.b,
    parts: diff.parts,
    requirements: diff.requirements,
    textChanges: diff.textChanges,
    regressions: diff.regressions,
    assessment: diff.assessment,
    summary: diff.summary,
  };
}

export function formatDiffJson(diff: PolicyDiff): string {
  return `${JSON.stringify(toDiffJson(diff), null, 2)}\n`;
}

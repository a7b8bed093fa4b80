/**
 * What the build works out from static data and saves in the bundle, so that a run loads it ready instead of
 * working it out at every start (scripts/build.mjs computes it with src/cli/build-tools.ts and builds it in as
 * PRIVACYLINT_PRECOMPUTED). Run from source (tests, `npm run eval`) there is none and everything is worked out as
 * before; each piece is checked against what it was made for before it is used.
 */
import type { ScannerPlan } from './dispatch.js';

export interface Precomputed {
  /** BranchScanner plans by scanner name ('registry', 'authorities'). */
  scanners: Record<string, ScannerPlan>;
}

declare const PRIVACYLINT_PRECOMPUTED: string | undefined;

let precomputed: Precomputed | null | undefined;

function loaded(): Precomputed | null {
  if (precomputed === undefined) precomputed = typeof PRIVACYLINT_PRECOMPUTED === 'string' ? (JSON.parse(PRIVACYLINT_PRECOMPUTED) as Precomputed) : null;
  return precomputed;
}

/** The scanners the build makes plans for (src/cli/build-tools.ts). */
export const SCANNERS = { registry: 'registry', authorities: 'authorities' } as const;

/** The plan the build saved for the scanner of this name, if any. */
export function scannerPlan(name: (typeof SCANNERS)[keyof typeof SCANNERS]): ScannerPlan | null {
  return loaded()?.scanners[name] ?? null;
}

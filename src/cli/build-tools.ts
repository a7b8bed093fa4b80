/** What scripts/build.mjs computes with the engine itself before bundling the CLI (this entry is removed afterwards). */
export { builtinRulesCache, BUILTIN_CACHE } from '../rules/loader.js';
import { registryScanner } from '../extract/registry.js';
import { makeAuthorityScanner } from '../extract/controller.js';
import { SCANNERS, type Precomputed } from '../lexicon/plans.js';

/** What a run would otherwise work out from static data at every start (src/lexicon/plans.ts), as JSON. */
export function precomputed(): string {
  const scanners: Precomputed['scanners'] = { [SCANNERS.registry]: registryScanner(null).plan() };
  const authorities = makeAuthorityScanner(null);
  if (authorities) scanners[SCANNERS.authorities] = authorities.plan();
  const out: Precomputed = { scanners };
  return JSON.stringify(out);
}

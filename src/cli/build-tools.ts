/** What scripts/build.mjs computes with the engine itself before bundling the CLI (this entry is removed afterwards). */
export { builtinRulesCache, BUILTIN_CACHE } from '../rules/loader.js';
import { registryScanner } from '../extract/registry.js';
import { makeAuthorityScanner } from '../extract/controller.js';
import { SCANNERS, type Precomputed } from '../lexicon/plans.js';
import { narrowSafe, riskyClass } from '../lexicon/narrow.js';

/** What a run would otherwise work out from static data at every start (src/lexicon/plans.ts), as JSON. */
export function precomputed(): string {
  // The registry's patterns are plain words: most of them mean the same under `i` alone, which V8 compiles faster.
  const narrow = { flags: 'i', risky: (sources: readonly string[]) => riskyClass(sources), safe: narrowSafe };
  const scanners: Precomputed['scanners'] = { [SCANNERS.registry]: registryScanner(null).plan(narrow) };
  const authorities = makeAuthorityScanner(null);
  if (authorities) scanners[SCANNERS.authorities] = authorities.plan();
  const out: Precomputed = { scanners };
  return JSON.stringify(out);
}

/**
 * What a `lint --jobs` worker thread runs first (dist/lint-worker-boot.js): the worker bundle through V8's compile
 * cache, as bin/privacylint.js loads the CLI. With `module.enableCompileCache` (Node 22.1 and later) that is the ES
 * module build; before it, the CommonJS build through src/cli/code-cache.ts, whose cache is written once the
 * worker has answered its first file (so it holds the code that linting compiled, not only the top level).
 */
import module from 'node:module';
import { loadCached } from './code-cache.js';

const withCache = module as { enableCompileCache?: () => unknown };
const bundle = withCache.enableCompileCache ? null : loadCached('lint-worker.cjs');
if (bundle) (bundle.exports.afterFirstReply as (fn: () => void) => void)(() => bundle.save());
else {
  withCache.enableCompileCache?.();
  await import(new URL('./lint-worker.js', import.meta.url).href);
}

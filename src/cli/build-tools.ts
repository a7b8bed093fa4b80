/** What scripts/build.mjs computes with the bundle itself after bundling (this entry is removed afterwards). */
export { builtinRulesCache, BUILTIN_CACHE } from '../rules/loader.js';

/** Comparing two policies (two companies, or two versions of one): see types.ts for the PolicyDiff contract. */
export { comparePolicies, sameController, score, type CompareOptions } from './compare.js';
export { regressions } from './regressions.js';
export { PART_ORDER, PART_TITLES, durationText, itemLabel, valueText, type PartName } from './describe.js';
export * from './types.js';
export { loadDiffSide, diffFiles, type LoadedSide } from './load.js';

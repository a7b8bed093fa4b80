/** Comparing two policies (two companies, or two versions of one): see types.ts for the PolicyDiff contract. */
export { comparePolicies, sameController, score, type CompareOptions } from './compare.js';
export { regressions, selectRegressions } from './regressions.js';
export { summarize, type ComparisonSummary, type SideSummary, type RetentionComparisonRow, type SummaryTransfer } from './summary.js';
export { plain, squeeze } from './normalize.js';
export { PART_ORDER, PART_TITLES, durationText, itemLabel, valueText, type PartName } from './describe.js';
export * from './types.js';
export { loadDiffSide, diffFiles, type LoadedSide } from './load.js';

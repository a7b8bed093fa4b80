import type { Evidence } from './types.js';

/**
 * Keys that identify a piece of evidence by its place in the file, so that facts found by different extractors can
 * be compared: two facts share a sentence when their evidence has the same start.
 */
export const startKey = (e: Evidence): string => `${e.line}:${e.column}`;
/** The whole span: start and end. */
export const spanKey = (e: Evidence): string => `${e.line}:${e.column}:${e.endLine}:${e.endColumn}`;

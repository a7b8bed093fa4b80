/** Builds a parsed policy from an in-memory input, as parsePolicyFile does after reading. */
import { buildDocument } from '../src/document/index.js';
import { extractModel } from '../src/extract/index.js';
import type { PolicyInput } from '../src/io/read.js';
import type { ParsedPolicy } from '../src/index.js';

export async function parsePolicyInput(input: PolicyInput): Promise<ParsedPolicy> {
  const document = await buildDocument(input, {});
  return { input, document, model: extractModel(document) };
}

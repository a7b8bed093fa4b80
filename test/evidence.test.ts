/**
 * The promise behind every fact: its evidence points at the original file. Checked against the file's own
 * bytes, decoded and split into lines here in the test (not with SourceText), for every policy fixture.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';

import { parsePolicyFile, type ParsedPolicy } from '../src/index.js';
import { blockEvidence, sentenceEvidence } from '../src/document/index.js';
import type { Evidence, PolicyModel } from '../src/model/types.js';
import {
  SEED_MD,
  SEED_TXT,
  collectEvidence,
  evidenceProblem,
  fixtureName,
  formatFixture,
  lettersOf,
  policyFixtures,
  readOriginal,
  splitLines,
  withoutMarkup,
} from './helpers.js';

/** A whole policy yields many facts; fewer than this means the model is (partly) empty. */
const MIN_EVIDENCE = 10;

/** Top-level model parts that can carry evidence, for saying which ones came back empty. */
const EVIDENCE_PARTS: (keyof PolicyModel)[] = [
  'controller', 'representative', 'dpo', 'dataCategories', 'purposes', 'legalBases', 'legitimateInterests', 'recipients',
  'transfers', 'retention', 'rights', 'supervisoryAuthority', 'automatedDecisionMaking', 'cookies', 'children', 'lawReferences',
];

function problems(lines: string[], found: { path: string; evidence: Evidence }[]): string[] {
  const out: string[] = [];
  for (const { path, evidence } of found) {
    const problem = evidenceProblem(lines, evidence);
    if (problem) out.push(`${path} ${problem}`);
  }
  return out;
}

describe('model evidence points at the original file', () => {
  for (const path of policyFixtures()) {
    describe(fixtureName(path), () => {
      let parsed: ParsedPolicy;
      let lines: string[];
      before(async () => {
        parsed = await parsePolicyFile(path);
        lines = splitLines(readOriginal(path));
      });

      it('every evidence entry lies inside the file and quotes the text at its position', () => {
        const found = collectEvidence(parsed.model);
        assert.deepEqual(problems(lines, found), []);
      });

      it(`the model has at least ${MIN_EVIDENCE} evidence entries`, () => {
        const found = collectEvidence(parsed.model);
        const empty = EVIDENCE_PARTS.filter((part) => collectEvidence(parsed.model[part], part).length === 0);
        assert.ok(
          found.length >= MIN_EVIDENCE,
          `only ${found.length} evidence entries in the model of ${fixtureName(path)} (need ${MIN_EVIDENCE}); ` +
            `parts with no evidence at all: ${empty.join(', ')} (are their extractors in src/extract/ still stubs?)`,
        );
      });
    });
  }
});

describe('document evidence (every block and sentence) points at the original file', () => {
  for (const path of policyFixtures()) {
    it(fixtureName(path), async () => {
      const { document: doc } = await parsePolicyFile(path);
      const lines = splitLines(readOriginal(path));
      const found = [
        ...doc.blocks.map((b) => ({ path: `block ${b.index}`, evidence: blockEvidence(doc, b) })),
        ...doc.sentences.map((s) => ({ path: `sentence ${s.index}`, evidence: sentenceEvidence(doc, s) })),
      ];
      assert.ok(found.length > 40, 'a whole policy');
      assert.deepEqual(problems(lines, found), []);
      // The quoted span is the sentence itself: the same letters once markup is taken away.
      const wrong = doc.sentences
        .filter((s) => lettersOf(withoutMarkup(sentenceEvidence(doc, s).text)) !== lettersOf(s.text))
        .map((s) => `sentence ${s.index} ${JSON.stringify(s.text)} is quoted as ${JSON.stringify(sentenceEvidence(doc, s).text)}`);
      assert.deepEqual(wrong.slice(0, 5), [], `${wrong.length} sentences quote other text`);
    });
  }
});

describe('the same policy in another encoding or line-end style gives the same model', () => {
  const variants: [string, string, number][] = [
    ['cloudaware-crlf.md', SEED_MD, 0],
    ['cloudaware-yaml.md', SEED_MD, -1], // one front-matter line fewer
    ['cloudbilling-cr.txt', SEED_TXT, 0],
    ['cloudbilling-utf16le.txt', SEED_TXT, 0],
    ['cloudbilling-utf16be.txt', SEED_TXT, 0],
    ['cloudbilling-utf8-bom.txt', SEED_TXT, 0],
    ['cloudbilling-windows1252.txt', SEED_TXT, 0],
  ];
  const shifted = (model: PolicyModel, by: number): unknown =>
    JSON.parse(JSON.stringify(model), (key, value: unknown) => {
      if (key === 'evidence' && Array.isArray(value)) return (value as Evidence[]).map((e) => ({ ...e, line: e.line + by, endLine: e.endLine + by }));
      return value;
    });

  for (const [name, seed, lineShift] of variants) {
    it(name, async () => {
      const [variant, original] = await Promise.all([parsePolicyFile(formatFixture(name)), parsePolicyFile(seed)]);
      assert.deepEqual(variant.model, shifted(original.model, lineShift));
    });
  }
});

/** Issue 9, items 8 and 10 (the parts in lint and stylish): applyFixes is linear, stylish never pads without bound. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes } from '../src/lint.js';
import { formatStylish } from '../src/report/stylish.js';
import type { Finding, LintReport } from '../src/rules/types.js';

const finding = (start: number, end: number, text: string): Finding => ({
  ruleId: 'outdated/bewerker',
  severity: 'warning',
  message: 'm',
  line: 1,
  column: start + 1,
  endLine: 1,
  endColumn: end + 1,
  fix: { range: [start, end], text },
});

describe('applyFixes (item 10)', () => {
  it('applies non-overlapping fixes in order, longer edit first at the same start', () => {
    const text = 'een bewerkersovereenkomst met de bewerker';
    const out = applyFixes(text, [finding(33, 41, 'verwerker'), finding(4, 12, 'verwerker'), finding(4, 25, 'verwerkersovereenkomst'), finding(10, 14, 'x')]);
    assert.deepEqual(out, { text: 'een verwerkersovereenkomst met de verwerker', applied: 2 });
  });

  it('20 000 fixes take well under a second', () => {
    const unit = 'de bewerker, ';
    const text = unit.repeat(20_000);
    const findings = Array.from({ length: 20_000 }, (_, i) => finding(i * unit.length + 3, i * unit.length + 11, 'verwerker'));
    const started = performance.now();
    const out = applyFixes(text, findings);
    assert.ok(performance.now() - started < 1000);
    assert.equal(out.applied, 20_000);
    assert.equal(out.text, 'de verwerker, '.repeat(20_000));
  });
});

describe('stylish width (item 8)', () => {
  it('3 000 findings, one with a huge message: output stays proportional to the input', () => {
    const findings: Finding[] = Array.from({ length: 3000 }, (_, i) => ({ ...finding(i, i + 1, 'x'), message: i === 0 ? 'x'.repeat(100_000) : 'short' }));
    const file = { path: 'p.md', language: 'nl', model: {}, requirements: [], findings } as unknown as LintReport['files'][number];
    const out = formatStylish({ version: 1, files: [file], summary: { files: 1, errors: 0, warnings: 3000, infos: 0 } }, { color: false });
    assert.ok(out.length < 100_000 + 3000 * 400, `${out.length}`);
    // Never padded to the longest message: a short message is followed by its rule id on the next line.
    assert.ok(/^ {2}1:3 +warning {2}short\n +outdated\/bewerker$/mu.test(out), out.slice(100_000, 100_400));
  });
});

/** Issue 9, items 8 and 10: applyFixes and sentence pairing give the right result on large inputs (their speed is in `npm run bench`), stylish never pads without bound. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes } from '../src/lint.js';
import { formatStylish } from '../src/report/stylish.js';
import type { Finding, LintReport } from '../src/rules/types.js';
import { alignText } from '../src/diff/align.js';
import { buildDocument } from '../src/document/index.js';

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

  // How fast: `npm run bench` times 20 000 fixes (tests assert no timings).
  it('20 000 fixes: every one applied, in one pass over the text', () => {
    const unit = 'de bewerker, ';
    const text = unit.repeat(20_000);
    const findings = Array.from({ length: 20_000 }, (_, i) => finding(i * unit.length + 3, i * unit.length + 11, 'verwerker'));
    const out = applyFixes(text, findings);
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

describe('diff --versions sentence pairing (item 10)', () => {
  // Two versions whose 2 000 sentences are all reworded (a number each): one hunk of 2 000 removed and 2 000 added.
  const words = ['gegevens', 'bewaren', 'delen', 'partners', 'nieuwsbrief', 'klanten', 'facturen', 'cookies', 'analyse', 'beveiliging'];
  const sentence = (i: number, v: number) => `Wij ${words[i % 10]} de ${words[(i * 7) % 10]} van klant ${i} gedurende ${1 + ((i + v) % 9)} jaar voor doel ${i * 3 + v}.`;
  const version = (v: number) => `# Privacy\n\n${Array.from({ length: 200 }, (_, p) => Array.from({ length: 10 }, (_, j) => sentence(p * 10 + j, v)).join(' ')).join('\n\n')}\n`;
  const doc = (text: string) => buildDocument({ path: 'v.md', text, format: 'markdown', encoding: 'utf-8' }, {});

  it('2 000 reworded sentences pair one to one, in order, each with its own new wording', async () => {
    const changes = alignText(await doc(version(0)), await doc(version(1)));
    assert.equal(changes.length, 2000);
    assert.ok(changes.every((c) => c.kind === 'changed'));
    assert.deepEqual(
      changes.slice(0, 2).map((c) => [c.a!.text, c.b!.text, c.a!.line, c.a!.column, c.b!.line, c.b!.column]),
      [
        [sentence(0, 0), sentence(0, 1), 3, 1, 3, 1],
        [sentence(1, 0), sentence(1, 1), 3, sentence(0, 0).length + 2, 3, sentence(0, 1).length + 2],
      ],
    );
    assert.equal(changes[1999].b!.text, sentence(1999, 1));
  });
});

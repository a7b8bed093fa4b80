/**
 * Issue 11, the diff's words and widths: honest transfer wording (one source for the EEA: the country
 * registry, and the processor registry for where an EEA entity's data may go), human labels instead of ids,
 * `--locale` for the requirement names and statuses, and text tables exactly as wide as asked.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { diffFiles } from '../src/index.js';
import { run } from '../src/cli/main.js';
import { placeText } from '../src/diff/describe.js';
import { displayWidth, formatDiffText } from '../src/report/diff-text.js';
import { formatDiffMarkdown } from '../src/report/diff-markdown.js';
import { formatDiffHtml } from '../src/report/diff-html.js';

const SEED_A = 'fixtures/cloudaware-privacybeleid.md';
const SEED_B = 'fixtures/cloudbilling-privacy-policy.txt';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: (error?: Error | null) => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

describe('transfer wording', () => {
  it('an EEA entity whose data may leave says where, and never "outside the EEA" beside an EEA country', async () => {
    const md = formatDiffMarkdown(await diffFiles(SEED_A, SEED_B));
    assert.match(md, /^\| Google Analytics \| — \| processor · Google Ireland Limited \(IE\); data may reach the US \| only in B \|$/mu);
    assert.match(md, /^\| Eventbrite \| — \| processor · Eventbrite, Inc\. \(US\), outside the EEA \| only in B \|$/mu);
    assert.doesNotMatch(md, /\((?:IE|NL|DE|FR|BE|LU)\)[^|\n]*outside the EEA/u);
  });

  it('placeText follows the country registry, then the processor registry', () => {
    assert.equal(placeText('IE', false, 'Google Analytics'), 'Google Ireland Limited (IE); data may reach the US');
    assert.equal(placeText('US', true, 'Eventbrite'), 'Eventbrite, Inc. (US), outside the EEA');
    assert.equal(placeText('DE', null, null), 'DE, in the EEA');
    assert.equal(placeText(null, true, null), 'outside the EEA');
    assert.equal(placeText(null, null, null), '');
  });
});

describe('human labels', () => {
  it('a material change names the requirement and status as a reader would, not dpo_contact or not_applicable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacylint-words-'));
    const base = readFileSync('fixtures/versions/cloudaware-base.md', 'utf8').split('\n');
    writeFileSync(join(dir, 'new.md'), base.filter((_, i) => i !== 14).join('\n'));
    const diff = await diffFiles('fixtures/versions/cloudaware-base.md', join(dir, 'new.md'));
    const reasons = (diff.textChanges ?? []).flatMap((c) => c.reasons);
    assert.ok(reasons.includes('requirement contact details of the data protection officer: met → missing'), reasons.join('; '));
    const words = [...reasons, ...diff.regressions.map((r) => r.message), ...diff.summary.a.shortfalls, ...diff.summary.b.shortfalls, ...Object.values(diff.summary.answers)];
    const seeds = await diffFiles(SEED_A, SEED_B);
    words.push(...seeds.summary.a.shortfalls, ...seeds.summary.b.shortfalls, ...Object.values(seeds.summary.answers));
    for (const text of words) assert.doesNotMatch(text, /\b[a-z]+_[a-z_]+\b/u, text);
    assert.ok(seeds.summary.b.shortfalls.some((s) => s.includes('contact details of the data protection officer: missing')));
  });
});

describe('--locale', () => {
  it('puts the requirement names and statuses of every format in that language', async () => {
    const diff = await diffFiles(SEED_A, SEED_B);
    assert.match(formatDiffMarkdown(diff, { locale: 'nl' }), /^\| Contactgegevens van de functionaris gegevensbescherming \| Art\. 13\(1\)\(b\) \| ✅ voldaan \| ❌ ontbreekt \|/mu);
    assert.match(formatDiffHtml(diff, { locale: 'de' }), /<span class="st missing">fehlt<\/span>/u);
    assert.match(formatDiffText(diff, { locale: 'fr', width: 100 }), /^Coordonnées du délégué à la/mu);
    const stdout = new Sink();
    assert.equal(await run(['diff', SEED_A, SEED_B, '--locale', 'nl', '-f', 'markdown'], { stdout, stderr: new Sink() }), 0);
    assert.match(stdout.text, /❌ ontbreekt/u);
  });
});

describe('text tables fit their width', () => {
  const pairs: [string, string][] = [
    [SEED_A, SEED_B],
    ['fixtures/versions/companies/alpha.md', 'fixtures/versions/companies/beta.md'],
    ['fixtures/diff-pairs/en-couchsurfing-biometric/old.md', 'fixtures/diff-pairs/en-couchsurfing-biometric/new.md'],
  ];
  it('no line is wider than asked (long titles and section names wrap), at odd and even widths', async () => {
    for (const [a, b] of pairs) {
      const diff = await diffFiles(a, b);
      for (const width of [40, 47, 60, 79, 80, 81, 100, 133]) {
        const over = formatDiffText(diff, { width }).split('\n').filter((line) => displayWidth(line) > width);
        assert.deepEqual(over, [], `${b} at ${width}`);
      }
    }
  });

  it('the table takes the whole width: B gets the column an odd split leaves over', async () => {
    const diff = await diffFiles(SEED_A, SEED_B);
    for (const width of [60, 79, 80, 81]) {
      const lines = formatDiffText(diff, { width }).split('\n');
      assert.ok(lines.some((line) => displayWidth(line) === width), `no line fills ${width} columns`);
    }
  });
});

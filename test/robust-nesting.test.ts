/**
 * Issue 9, item 9: 4 000 levels of nesting (`>`, list levels, `<div>`) and 20 000 headings give a normal report,
 * with the facts inside at their exact positions; deep HTML is flattened without moving any offset.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { run } from '../src/cli/main.js';
import { flattenDeepHtml, MAX_WRAPPER_DEPTH } from '../src/document/flatten-html.js';
import { STRUCTURE_INPUTS } from '../scripts/pathological.js';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: (error?: Error | null) => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

interface Report {
  files: { path: string; model: { retention: { duration: string; evidence: { line: number; column: number; text: string }[] }[] } }[];
}

async function lintJson(name: string, text: string): Promise<{ code: number; report: Report; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-deep-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await run(['lint', path, '-f', 'json'], { stdout, stderr });
  return { code, report: JSON.parse(stdout.text) as Report, stderr: stderr.text };
}

const input = (name: string) => STRUCTURE_INPUTS.find((p) => p.name === name)!;

describe('deep nesting gives a normal report (item 9)', () => {
  const cases: [string, number, number][] = [
    // name, line and column of "Wij bewaren uw gegevens twee jaar."
    ['nested-quotes', 3, 4002],
    ['nested-lists', 3, 8001],
    ['nested-divs', 1, 20016],
  ];
  for (const [name, line, column] of cases) {
    it(`${input(name).what}: the retention period inside is read, at its place`, async () => {
      const p = input(name);
      const { code, report, stderr } = await lintJson(`${name}.${p.ext}`, p.build(4000));
      assert.notEqual(code, 2, stderr);
      assert.doesNotMatch(stderr, /internal error|nested too deeply/u);
      const retention = report.files[0].model.retention;
      assert.deepEqual(
        retention.map((r) => [r.duration, r.evidence[0].line, r.evidence[0].column, r.evidence[0].text]),
        [['P2Y', line, column, 'Wij bewaren uw gegevens twee jaar.']],
      );
    });
  }

  it('20 000 headings, each with a sentence: every section read', async () => {
    const p = input('headings');
    const { code, report } = await lintJson('headings.md', p.build(20_000));
    assert.notEqual(code, 2);
    const retention = report.files[0].model.retention;
    assert.equal(retention.length, 20_000);
    assert.deepEqual(retention[0].evidence[0], { line: 3, column: 1, endLine: 3, endColumn: 34, text: 'Wij bewaren gegevens 0 twee jaar.' });
    assert.deepEqual(retention[19_999].evidence[0], { line: 79_999, column: 1, endLine: 79_999, endColumn: 38, text: 'Wij bewaren gegevens 19999 twee jaar.' });
  });
});

describe('flattenDeepHtml', () => {
  it('leaves a page nested less deeply than the limit as it is', () => {
    const page = `<html><body>${'<div>'.repeat(50)}<p>Tekst &amp; meer</p>${'</div>'.repeat(50)}<script>var s = "<div>";</script></body></html>`;
    assert.equal(flattenDeepHtml(page.repeat(30)), page.repeat(30));
  });

  it('blanks the tags of wrappers past the limit, same length, text in place', () => {
    const depth = MAX_WRAPPER_DEPTH + 3;
    const page = `${'<div class="x">'.repeat(depth)}<p>Tekst</p>${'</div>'.repeat(depth)}`;
    const flat = flattenDeepHtml(page);
    assert.equal(flat.length, page.length);
    assert.equal(flat.indexOf('<p>Tekst</p>'), page.indexOf('<p>Tekst</p>'));
    assert.equal(flat.match(/<div class="x">/gu)!.length, MAX_WRAPPER_DEPTH);
    assert.equal(flat.match(/<\/div>/gu)!.length, MAX_WRAPPER_DEPTH);
    assert.match(flat, new RegExp(`^(?:<div class="x">){${MAX_WRAPPER_DEPTH}} {45}<p>Tekst</p> {18}(?:</div>){${MAX_WRAPPER_DEPTH}}$`, 'u'));
  });
});

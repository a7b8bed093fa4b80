/**
 * Issue 9, items 7 and 8: bounded output and the bounded look-behind helpers the extractors use.
 * (Times and memory are measured by `npm run bench`; tests check sizes, counts and correctness only.)
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { run } from '../src/cli/main.js';
import { capQuote, QUOTE_LIMIT } from '../src/report/quote.js';
import { firstStartingAt, itemAt, lastRuns, LOOK_BEHIND, outermost, runStart } from '../src/extract/window.js';
import { generatedPolicy, QUADRATIC_INPUTS } from '../scripts/pathological.js';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: (error?: Error | null) => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

interface Ev {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'privacylint-bounded-')), name);
  writeFileSync(path, text);
  return path;
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await run(args, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('bounded output (item 8)', () => {
  const text = generatedPolicy(100_000);
  const path = tempFile('policy.md', text);

  it('parse of a generated 100 KB policy (60 retention periods per sentence) writes at most 20 times its size', async () => {
    const { code, stdout } = await cli(['parse', path]);
    assert.equal(code, 0);
    assert.ok(text.length >= 100_000 && text.length < 105_000);
    assert.ok(stdout.length <= 20 * text.length, `${stdout.length} bytes for ${text.length}`);
    const model = JSON.parse(stdout) as { retention: { duration: string; evidence: Ev[] }[] };
    assert.ok(model.retention.length >= 2000, `${model.retention.length} retention facts`);
  });

  it('quotes are cut at 300 characters with an ellipsis; the positions still span the whole sentence', async () => {
    const { stdout } = await cli(['parse', path]);
    const model = JSON.parse(stdout) as { retention: { evidence: Ev[] }[] };
    const evidence = model.retention[0].evidence[0];
    // The first section's sentence: "Wij bewaren … Mailchimp." on line 7, from column 1 to its end.
    const lines = text.split('\n');
    assert.equal(lines[evidence.line - 1].slice(evidence.column - 1, evidence.column + 10), 'Wij bewaren');
    assert.equal(evidence.endLine, evidence.line);
    assert.equal(evidence.endColumn, lines[evidence.line - 1].length + 1);
    assert.ok(evidence.text.length <= QUOTE_LIMIT + 1);
    assert.ok(evidence.text.endsWith('…'));
    assert.equal(evidence.text.slice(0, -1), lines[evidence.line - 1].slice(0, evidence.text.length - 1).trimEnd());
    const longest = Math.max(...Object.values(model).flatMap((v) => (Array.isArray(v) ? v : [])).flatMap((f: { evidence?: Ev[] }) => f.evidence ?? []).map((e) => e.text.length));
    assert.ok(longest <= QUOTE_LIMIT + 1, `a quote of ${longest} characters`);
  });

  it('lint -f json caps quotes in the model and in the requirements too', async () => {
    const { stdout } = await cli(['lint', path, '-f', 'json']);
    const report = JSON.parse(stdout) as { files: { model: { retention: { evidence: Ev[] }[] }; requirements: { evidence: Ev[] }[] }[] };
    const quotes = [...report.files[0].model.retention.flatMap((r) => r.evidence), ...report.files[0].requirements.flatMap((r) => r.evidence)].map((e) => e.text);
    assert.ok(quotes.length > 0);
    for (const q of quotes) assert.ok(q.length <= QUOTE_LIMIT + 1, q);
  });

  it('capQuote keeps short text, cuts long text without splitting a surrogate pair', () => {
    assert.equal(capQuote('kort'), 'kort');
    assert.equal(capQuote('x'.repeat(QUOTE_LIMIT)), 'x'.repeat(QUOTE_LIMIT));
    assert.equal(capQuote('x'.repeat(QUOTE_LIMIT + 1)), `${'x'.repeat(QUOTE_LIMIT)}…`);
    assert.equal(capQuote(`${'x'.repeat(QUOTE_LIMIT - 1)}😀😀`), `${'x'.repeat(QUOTE_LIMIT - 1)}…`);
  });
});

describe('hostile inputs of item 7 read right', () => {
  it('a run of 30 000 letters before 60 e-mail addresses: the addresses are still read', async () => {
    const p = QUADRATIC_INPUTS.find((i) => i.name === 'a-run-emails')!;
    const { stdout } = await cli(['parse', tempFile('a.txt', p.build(30_000))]);
    const model = JSON.parse(stdout) as { controller: { email: string | null } };
    assert.match(model.controller.email ?? '', /^info\d+@voorbeeld\d+\.nl$/u);
  });

  for (const p of QUADRATIC_INPUTS) {
    it(`${p.what}, 20 KB: a normal report`, async () => {
      const { code, stdout, stderr } = await cli(['lint', tempFile(`${p.name}.${p.ext}`, p.build(20_000)), '-f', 'json']);
      assert.notEqual(code, 2, stderr);
      assert.equal((JSON.parse(stdout) as { files: unknown[] }).files.length, 1);
    });
  }
});

describe('bounded look-behind helpers (item 7)', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\n', '.', '😀', '-'), maxLength: 80 });

  it('runStart is the start of the non-space run before a position, read back at most the window', () => {
    fc.assert(
      fc.property(text, fc.nat(), (t, p) => {
        const pos = p % (t.length + 1);
        assert.equal(runStart(t, pos), t.slice(0, pos).search(/\S*$/u));
        assert.equal(runStart(t, pos, 3), Math.max(t.slice(0, pos).search(/\S*$/u), pos - 3));
      }),
    );
    assert.equal(runStart('a'.repeat(5000), 5000), 5000 - LOOK_BEHIND);
  });

  it('lastRuns gives the last runs as matchAll would', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.integer({ min: 1, max: 5 }), (t, p, n) => {
        const pos = p % (t.length + 1);
        const all = [...t.slice(0, pos).matchAll(/\S+/gu)].map((m) => ({ text: m[0], start: m.index }));
        assert.deepEqual(lastRuns(t, pos, n), all.slice(-n));
        const words = [...t.slice(0, pos).matchAll(/[\p{L}-]+/gu)].map((m) => ({ text: m[0], start: m.index }));
        assert.deepEqual(lastRuns(t, pos, n, (c) => /^[\p{L}-]$/u.test(c)), words.slice(-n));
      }),
    );
  });

  const ranges = fc.array(fc.tuple(fc.nat({ max: 50 }), fc.nat({ max: 10 })), { maxLength: 20 }).map((xs) =>
    xs.map(([start, length]) => ({ start, end: start + length })).sort((a, b) => a.start - b.start || b.end - a.end),
  );

  it('outermost keeps what the pairwise filter keeps', () => {
    fc.assert(
      fc.property(ranges, (list) => {
        assert.deepEqual(outermost(list), list.filter((e, i) => !list.slice(0, i).some((o) => o.start <= e.start && e.end <= o.end)));
      }),
    );
  });

  it('itemAt and firstStartingAt find what a walk over the list finds', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 15 }), fc.nat({ max: 80 }), (lengths, pos) => {
        // Sentences: sorted, not overlapping, with gaps.
        let at = 0;
        const items = lengths.map((n) => {
          const item = { start: at + 1, end: at + 1 + n };
          at = item.end;
          return item;
        });
        assert.equal(itemAt(items, pos), items.find((s) => s.start <= pos && pos < s.end));
        const first = items.findIndex((s) => s.start >= pos);
        assert.equal(firstStartingAt(items, pos), first < 0 ? items.length : first);
      }),
    );
  });
});

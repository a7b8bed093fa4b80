/**
 * `lint --format json` alone keeps each file's JSON text as the file comes instead of its result (ReportSink):
 * the report on standard output must be byte for byte the one `formatJson` renders over the whole report,
 * which is what a `--report json=FILE` beside it still writes (that run keeps the results).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';

import { formatFixture, ROOT, SEED_MD, SEED_TXT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'privacylint.js');

before(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--no-types'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, `build failed: ${build.stderr}`);
  }
});

describe('lint --format json kept as text', () => {
  it('prints what formatJson renders: the same bytes as a --report json file, summary and a fatal file included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacylint-sink-'));
    try {
      copyFileSync(SEED_MD, join(dir, 'a.md'));
      copyFileSync(formatFixture('empty.md'), join(dir, 'b-empty.md'));
      copyFileSync(SEED_TXT, join(dir, 'c.txt'));
      const env: NodeJS.ProcessEnv = { ...process.env, PRIVACYLINT_CODE_CACHE: '0' };
      delete env.NODE_OPTIONS;
      const alone = spawnSync(process.execPath, [BIN, 'lint', dir, '--format', 'json', '--jobs', '1'], { cwd: ROOT, env, encoding: 'utf8' });
      const report = join(dir, 'report.json');
      const beside = spawnSync(process.execPath, [BIN, 'lint', dir, '--format', 'json', '--jobs', '1', '--report', `json=${report}`], { cwd: ROOT, env, encoding: 'utf8' });
      // The empty file cannot be read: exit 2, one line on stderr, and a fatal finding in its place.
      assert.equal(alone.status, 2);
      assert.equal(beside.status, 2);
      assert.equal(alone.stdout, beside.stdout);
      assert.equal(alone.stdout, readFileSync(report, 'utf8'));
      const parsed = JSON.parse(alone.stdout) as { files: { path: string; findings: { severity: string }[] }[]; summary: Record<string, number> };
      assert.deepEqual(parsed.files.map((f) => f.path.slice(dir.length + 1)), ['a.md', 'b-empty.md', 'c.txt']);
      const count = (s: string) => parsed.files.reduce((n, f) => n + f.findings.filter((x) => x.severity === s).length, 0);
      assert.deepEqual(parsed.summary, { files: 3, errors: count('error'), warnings: count('warning'), infos: count('info') });
      assert.ok(parsed.summary.errors >= 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ReportSink with --format json alone', () => {
  it('keeps each file as UTF-8 bytes and writes them one by one at the end, never as one joined string', async () => {
    const { Writable } = await import('node:stream');
    const { ReportSink } = await import('../src/cli/report-sink.js');
    const { buildReport, lintFile } = await import('../src/lint.js');
    const { formatJson } = await import('../src/report/json.js');
    const chunks: unknown[] = [];
    const stdout = new Writable({
      write(chunk: unknown, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
      decodeStrings: false,
    });
    const sink = new ReportSink({
      format: 'json',
      reports: [],
      stdout,
      context: { toolVersion: '0.0.0', repoRoot: ROOT, cwd: ROOT },
      color: false,
      rulesFor: () => [],
    });
    const one = (await lintFile(SEED_MD)).result;
    const two = (await lintFile(SEED_TXT)).result;
    await sink.add(one, SEED_MD);
    await sink.add(two, SEED_TXT);
    assert.equal(chunks.length, 0, 'nothing is written before the end');
    await sink.finish();
    // Two files and the closing text, each its own chunk of bytes.
    assert.equal(chunks.length, 3);
    assert.ok(chunks.every((chunk) => Buffer.isBuffer(chunk)));
    assert.equal(Buffer.concat(chunks as Buffer[]).toString('utf8'), formatJson(buildReport([one, two])));
  });
});

describe('ReportSink with --format jsonl on standard output alone', () => {
  it('writes each line as it comes and keeps no result, only the counts', async () => {
    const { Writable } = await import('node:stream');
    const { ReportSink } = await import('../src/cli/report-sink.js');
    const { buildReport, lintFile } = await import('../src/lint.js');
    const { formatJsonlLine } = await import('../src/report/json-stream.js');
    const chunks: string[] = [];
    const stdout = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk.toString('utf8'));
        callback();
      },
    });
    const sink = new ReportSink({ format: 'jsonl', reports: [], stdout, context: { toolVersion: '0.0.0', repoRoot: ROOT, cwd: ROOT }, color: false, rulesFor: () => [] });
    const one = (await lintFile(SEED_MD)).result;
    const two = (await lintFile(SEED_TXT)).result;
    await sink.add(one, SEED_MD);
    assert.deepEqual(chunks, [formatJsonlLine(one)]);
    await sink.add(two, SEED_TXT);
    assert.equal((Reflect.get(sink, 'kept') as unknown[]).length, 0, 'no result (and no model) is held to the end');
    assert.deepEqual(await sink.finish(), buildReport([one, two]).summary);
    assert.equal(chunks.join(''), formatJsonlLine(one) + formatJsonlLine(two));
  });
});

/**
 * A file that cannot be read, in a run over several files, is a privacylint/fatal finding for that file
 * (ESLint style): the other files are still reported, every format carries it, and the run exits 2.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.js';
import { run } from '../src/cli/main.js';
import { fatalResult } from '../src/rules/fatal.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { LINT_OUTPUT_SCHEMA } from '../src/report/json.js';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: (error?: Error | null) => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

/** A folder with one good policy, an empty file and a file with broken YAML front matter (line 2). */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-fatal-'));
  copyFileSync(join(ROOT, 'fixtures', 'cloudaware-privacybeleid.md'), join(dir, 'privacy.md'));
  writeFileSync(join(dir, 'privacy-empty.md'), '');
  writeFileSync(join(dir, 'privacy-broken.md'), '---\ntitle: [x\n---\n# Privacy\nText.\n');
  return dir;
}

async function lintIn(dir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Sink();
  const stderr = new Sink();
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const code = await run(['lint', '.', ...args], { stdout, stderr });
    return { code, stdout: stdout.text, stderr: stderr.text };
  } finally {
    process.chdir(cwd);
  }
}

const BROKEN = 'Broken YAML front matter: Flow sequence in block collection must be sufficiently indented and end with a ]';

describe('a broken file is a fatal finding', () => {
  it('json: one privacylint/fatal error per broken file, at the line the error names; exit 2; stderr names each file once', async () => {
    const r = await lintIn(folder(), ['-f', 'json']);
    assert.equal(r.code, 2);
    const report = JSON.parse(r.stdout) as { files: { path: string; requirements: unknown[]; findings: { ruleId: string; severity: string; message: string; line: number; column: number }[] }[]; summary: { files: number } };
    assert.deepEqual(report.files.map((f) => f.path), ['privacy-broken.md', 'privacy-empty.md', 'privacy.md']);
    assert.deepEqual(report.files[0].findings, [{ ruleId: 'privacylint/fatal', severity: 'error', message: BROKEN, line: 2, column: 1, endLine: 2, endColumn: 1 }]);
    assert.deepEqual(report.files[1].findings, [{ ruleId: 'privacylint/fatal', severity: 'error', message: 'The file is empty', line: 1, column: 1, endLine: 1, endColumn: 1 }]);
    assert.deepEqual(new Set(report.files[0].requirements.map((x) => (x as { status: string }).status)), new Set(['not_assessed']));
    assert.equal(report.files[0].requirements.length, 18);
    assert.equal(report.files[2].requirements.length, 18);
    assert.equal(report.summary.files, 3);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajvFormats.default(ajv);
    const validate = ajv.compile(LINT_OUTPUT_SCHEMA);
    assert.ok(validate(report), JSON.stringify(validate.errors));
    assert.equal(r.stderr, `privacylint: privacy-broken.md:2: ${BROKEN.charAt(0).toLowerCase()}${BROKEN.slice(1)}\nprivacylint: privacy-empty.md: the file is empty\n`);
  });

  it('stylish, github, markdown and sarif (to a file) all carry it', async () => {
    const dir = folder();
    const stylish = await lintIn(dir, []);
    assert.equal(stylish.code, 2);
    assert.match(stylish.stdout, /^privacy-empty\.md\n {2}1:1 {2}error {2}The file is empty\n {14}privacylint\/fatal$/mu);
    const github = await lintIn(dir, ['-f', 'github']);
    assert.match(github.stdout, /^::error file=privacy-empty\.md,line=1,.*title=privacylint\/fatal::The file is empty$/mu);
    const markdown = await lintIn(dir, ['-f', 'markdown']);
    assert.match(markdown.stdout, /### `privacy-empty\.md`\n\n\| Line \| Severity \| Message \| Rule \|\n\| --- \| --- \| --- \| --- \|\n\| 1:1 \| error \| The file is empty \| `privacylint\/fatal` \|/u);
    const sarif = await lintIn(dir, ['-f', 'sarif', '-o', 'out.sarif']);
    assert.equal(sarif.code, 2);
    const log = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as { runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    const fatal = log.runs[0].results.filter((x) => x.ruleId === 'privacylint/fatal').map((x) => [x.level, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region.startLine]);
    assert.deepEqual(fatal, [['error', 'privacy-broken.md', 2], ['error', 'privacy-empty.md', 1]]);
  });

  it('fatalResult takes the path and line off the input error', () => {
    assert.deepEqual(fatalResult('a.md', 'a.md:7: broken TOML front matter: x').findings[0], { ruleId: 'privacylint/fatal', severity: 'error', message: 'Broken TOML front matter: x', line: 7, column: 1, endLine: 7, endColumn: 1 });
    assert.equal(fatalResult('<stdin>', '-: standard input is empty').findings[0].message, '-: standard input is empty');
  });
});

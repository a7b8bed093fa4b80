/**
 * `privacylint lint` (and `rules`, `init`) as a user runs them: exit codes, formats, config, --fix.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'privacylint.js');
const SEED_MD = join(ROOT, 'fixtures', 'cloudaware-privacybeleid.md');
const SEED_TXT = join(ROOT, 'fixtures', 'cloudbilling-privacy-policy.txt');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const base = { ...process.env };
    for (const key of ['FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS']) delete base[key];
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** A scratch folder with copies of the seeds. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-lint-'));
  copyFileSync(SEED_MD, join(dir, 'aware.md'));
  copyFileSync(SEED_TXT, join(dir, 'billing.txt'));
  return dir;
}

before(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, `build failed: ${build.stderr}`);
  }
});

describe('lint exit codes and output', () => {
  it('errors fail the run (exit 1); lint is the default command', async () => {
    const dir = workspace();
    const r = await run(['billing.txt'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^billing\.txt$/mu);
    assert.match(r.stdout, /^ {2}3:299 +error +'Wet Bescherming Persoonsgegevens' verwijst.*(?:\n {19}.+)+\n {19}outdated\/wbp$/mu);
    assert.match(r.stdout, /✖ \d+ problems \(\d+ errors?, \d+ warnings?, \d+ infos?\)/u);
    assert.doesNotMatch(r.stdout, /\x1b/u, 'no colour in a pipe');
  });

  it('warnings only pass, unless --max-warnings is exceeded', async () => {
    const dir = workspace();
    const offErrors = ['--rule', 'gdpr/right-complaint=off', '--rule', 'gdpr/right-restriction=off'];
    const ok = await run(['lint', 'aware.md', ...offErrors], dir);
    assert.equal(ok.code, 0, ok.stdout);
    const strict = await run(['lint', 'aware.md', ...offErrors, '--max-warnings', '0'], dir);
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /warnings, more than --max-warnings 0/u);
  });

  it('--quiet shows errors only', async () => {
    const r = await run(['lint', 'billing.txt', '--quiet'], workspace());
    assert.doesNotMatch(r.stdout, /\bwarning\b/u);
    assert.match(r.stdout, /\berror\b/u);
  });

  it('--format json follows the contract and --output writes it', async () => {
    const dir = workspace();
    const r = await run(['lint', 'aware.md', 'billing.txt', '--format', 'json', '--output', 'report.json'], dir);
    assert.equal(r.stdout, '');
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    assert.equal(report.version, 1);
    assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['aware.md', 'billing.txt']);
    assert.equal(report.files[0].requirements.length, 18);
    assert.deepEqual(Object.keys(report.summary), ['files', 'errors', 'warnings', 'infos']);
    assert.ok(!readdirSync(dir).some((f) => f.includes('.tmp')), 'no temporary file left behind');
  });

  it('--output may not name a policy being linted', async () => {
    const r = await run(['lint', 'aware.md', '--output', 'aware.md'], workspace());
    assert.deepEqual([r.code, r.stderr], [2, 'privacylint: --output aware.md: that is one of the policies being linted; choose another file\n']);
  });

  it('folders, globs and .privacylintignore', async () => {
    const dir = workspace();
    mkdirSync(join(dir, 'drafts'));
    copyFileSync(SEED_MD, join(dir, 'drafts', 'draft.md'));
    writeFileSync(join(dir, '.privacylintignore'), 'drafts/\n');
    const r = await run(['lint', '.', '--format', 'json'], dir);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), ['aware.md', 'billing.txt']);
    const g = await run(['lint', '*.md', '--format', 'json'], dir);
    assert.deepEqual(JSON.parse(g.stdout).files.map((f: { path: string }) => f.path), ['aware.md']);
    const none = await run(['lint', 'nothing-*.md'], dir);
    assert.deepEqual([none.code, none.stderr], [2, 'privacylint: nothing-*.md: no files match this pattern\n']);
  });

  it('--rule with a bad value or an unknown id is a usage error', async () => {
    const dir = workspace();
    const bad = await run(['lint', 'aware.md', '--rule', 'gdpr/retention'], dir);
    assert.deepEqual([bad.code, bad.stderr], [2, "privacylint: --rule 'gdpr/retention': write it as rule-id=off|info|warning|error\n"]);
    const unknown = await run(['lint', 'aware.md', '--rule', 'gdpr/nope=off'], dir);
    assert.deepEqual([unknown.code, unknown.stderr], [2, "privacylint: --rule: unknown rule id 'gdpr/nope' (list them with `privacylint rules`)\n"]);
  });

  it('a config with an unknown rule id stops the run with its line', async () => {
    const dir = workspace();
    writeFileSync(join(dir, '.privacylintrc.yaml'), 'extends: privacylint:recommended\nrules:\n  gdpr/nope: off\n');
    const r = await run(['lint', 'aware.md'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `privacylint: ${join(dir, '.privacylintrc.yaml')}:3: rules: unknown rule id 'gdpr/nope' (list them with \`privacylint rules\`)\n`);
  });

  it('a config turns rules off and sets the locale', async () => {
    const dir = workspace();
    writeFileSync(join(dir, '.privacylintrc.yaml'), 'locale: en\nrules:\n  outdated/wbp: off\n');
    const r = await run(['lint', 'billing.txt'], dir);
    assert.doesNotMatch(r.stdout, /outdated\/wbp/u);
    assert.match(r.stdout, /refers to the Dutch|is the wording of the old Dutch law/u);
  });
});

describe('--fix', () => {
  it('--fix-dry-run prints a unified diff, then the findings the fixes would leave, exits as lint would, and changes nothing', async () => {
    const dir = workspace();
    const before = readFileSync(join(dir, 'billing.txt'));
    const r = await run(['lint', 'billing.txt', '--fix-dry-run'], dir);
    assert.equal(r.code, 1, 'errors remain after the fixes');
    assert.match(r.stdout, /^--- a\/billing\.txt/mu);
    assert.match(r.stdout, /^-.*bewerkersovereenkomst/mu);
    assert.match(r.stdout, /^\+.*verwerkersovereenkomst/mu);
    const report = r.stdout.slice(r.stdout.indexOf('\nbilling.txt\n') + 1);
    assert.ok(report.startsWith('billing.txt\n'), r.stdout);
    assert.match(report, /^ +outdated\/wbp$/mu, 'not fixable: still reported');
    assert.doesNotMatch(report, /outdated\/bewerker/u, 'fixed: no longer reported');
    assert.match(report, /✖ \d+ problems/u);
    assert.deepEqual(readFileSync(join(dir, 'billing.txt')), before);
    // A machine-readable report keeps standard output to itself: the diff goes to standard error.
    const json = await run(['lint', 'billing.txt', '--fix-dry-run', '-f', 'json'], dir);
    assert.equal(json.code, 1);
    const parsed = JSON.parse(json.stdout) as { files: { findings: { ruleId: string }[] }[] };
    assert.ok(!parsed.files[0].findings.some((f) => f.ruleId === 'outdated/bewerker'));
    assert.match(json.stderr, /^\+.*verwerkersovereenkomst/mu);
  });

  it('--fix rewrites only the fixed words, keeps the mode, and reports what is left', async () => {
    const dir = workspace();
    const file = join(dir, 'billing.txt');
    chmodSync(file, 0o640);
    const before = readFileSync(file, 'utf8');
    const r = await run(['lint', 'billing.txt', '--fix'], dir);
    assert.match(r.stderr, /billing\.txt: applied 1 fix/u);
    const after = readFileSync(file, 'utf8');
    assert.equal(after, before.replace('bewerkersovereenkomst', 'verwerkersovereenkomst'));
    assert.equal(statSync(file).mode & 0o777, 0o640);
    assert.doesNotMatch(r.stdout, /outdated\/bewerker/u);
  });

  it('--fix keeps a Windows-1252 file in Windows-1252', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacylint-lint-'));
    const file = join(dir, 'p.txt');
    copyFileSync(join(ROOT, 'fixtures', 'formats', 'cloudbilling-windows1252.txt'), file);
    const before = readFileSync(file);
    await run(['lint', 'p.txt', '--fix'], dir);
    const after = readFileSync(file);
    assert.equal(after.length, before.length + 1, 'bewerkers -> verwerkers adds one byte, nothing else changes');
    assert.ok(after.includes(Buffer.from('verwerkersovereenkomst', 'latin1')));
    assert.equal(after.indexOf(0x92) >= 0 || after.indexOf(0x95) >= 0, true, 'cp1252 bytes stay single bytes');
  });

  it('--fix on a read-only file: exit 2, a clear message, the file untouched', async () => {
    const dir = workspace();
    const file = join(dir, 'billing.txt');
    chmodSync(file, 0o444);
    const before = readFileSync(file);
    const r = await run(['lint', 'billing.txt', '--fix'], dir);
    assert.deepEqual([r.code, r.stderr], [2, 'privacylint: billing.txt: the file is read-only; it was not changed\n']);
    assert.deepEqual(readFileSync(file), before);
  });

  it('--fix together with --fix-dry-run is a usage error', async () => {
    const r = await run(['lint', 'billing.txt', '--fix', '--fix-dry-run'], workspace());
    assert.deepEqual([r.code, r.stderr], [2, 'privacylint: --fix and --fix-dry-run: choose one\n']);
  });
});

describe('rules and init', () => {
  it('rules --format json lists every rule with id, severity, kind and article', async () => {
    const r = await run(['rules', '--format', 'json'], workspace());
    const rules = JSON.parse(r.stdout) as { id: string; severity: string; kind: string; article: string }[];
    assert.ok(rules.length >= 40);
    assert.ok(rules.some((x) => x.id === 'outdated/wbp' && x.kind === 'law' && x.severity === 'error'));
    assert.equal(rules.filter((x) => x.kind === 'requirement').length, 18);
  });

  it('init writes a commented config and never overwrites one', async () => {
    const dir = workspace();
    const first = await run(['init'], dir);
    assert.equal(first.code, 0);
    const written = readFileSync(join(dir, '.privacylintrc.yaml'), 'utf8');
    assert.match(written, /^# privacylint configuration/u);
    const again = await run(['init'], dir);
    assert.deepEqual([again.code, again.stderr], [2, 'privacylint: .privacylintrc.yaml already exists; it was not overwritten\n']);
    assert.equal(readFileSync(join(dir, '.privacylintrc.yaml'), 'utf8'), written);
    // The written config is valid.
    const lint = await run(['lint', 'aware.md'], dir);
    assert.notEqual(lint.code, 2, lint.stderr);
  });
});

/**
 * What CI needs from `lint`: several reports from one run (`--report FORMAT=FILE`), paths relative to the
 * repository root in github and SARIF output, GitHub's annotation limits, `--stdin-filename`, and the
 * nearest-first `.privacylintignore` search.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.js';
import { formatGithub } from '../src/report/github.js';
import type { FileResult, Finding, LintReport } from '../src/rules/types.js';

const BIN = join(ROOT, 'bin', 'privacylint.js');
const SEED_TXT = join(ROOT, 'fixtures', 'cloudbilling-privacy-policy.txt');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const base = { ...process.env };
    for (const key of ['FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS', 'GITHUB_WORKSPACE']) delete base[key];
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...base, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(stdin ?? '');
  });
}

/** A scratch repository (a `.git` folder is all the root search looks for) with the seed at docs/legal/privacy.txt. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-ci-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'docs', 'legal'), { recursive: true });
  copyFileSync(SEED_TXT, join(dir, 'docs', 'legal', 'privacy.txt'));
  return dir;
}

const files = (stdout: string): string[] => (JSON.parse(stdout) as { files: { path: string }[] }).files.map((f) => f.path);

describe('paths relative to the repository root', () => {
  it('github and SARIF name docs/legal/privacy.txt when run from docs/ with a relative path', async () => {
    const repo = repository();
    const r = await run(['lint', 'legal/privacy.txt', '--format', 'github', '--report', `sarif=${join(repo, 'out.sarif')}`], join(repo, 'docs'));
    assert.equal(r.code, 1, r.stderr);
    const annotations = r.stdout.trimEnd().split('\n').filter((l) => l.startsWith('::'));
    assert.ok(annotations.length > 0);
    for (const line of annotations) assert.match(line, /^::(?:error|warning|notice) file=docs\/legal\/privacy\.txt,/u);
    const sarif = JSON.parse(readFileSync(join(repo, 'out.sarif'), 'utf8')) as { runs: { artifacts: { location: { uri: string; uriBaseId: string } }[] }[] };
    assert.deepEqual(sarif.runs[0].artifacts[0].location, { uri: 'docs/legal/privacy.txt', uriBaseId: '%SRCROOT%' });
  });

  it('an absolute path inside the repository becomes relative too; GITHUB_WORKSPACE decides over .git', async () => {
    const repo = repository();
    const abs = await run(['lint', join(repo, 'docs', 'legal', 'privacy.txt'), '--format', 'github'], repo);
    assert.match(abs.stdout, /^::error file=docs\/legal\/privacy\.txt,line=1,col=1,endLine=1,endColumn=15,title=gdpr\/right-complaint::/u);
    const ws = await run(['lint', 'privacy.txt', '--format', 'github'], join(repo, 'docs', 'legal'), { GITHUB_WORKSPACE: join(repo, 'docs') });
    assert.match(ws.stdout, /^::error file=legal\/privacy\.txt,/u);
  });

  it('without .git or GITHUB_WORKSPACE, paths stay relative to the working folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacylint-nogit-'));
    copyFileSync(SEED_TXT, join(dir, 'privacy.txt'));
    const r = await run(['lint', './privacy.txt', '--format', 'github'], dir);
    assert.match(r.stdout, /^::error file=privacy\.txt,line=1,/u);
  });
});

describe('github annotations', () => {
  const finding = (line: number, endLine: number, severity: Finding['severity'] = 'error'): Finding => ({
    ruleId: 'outdated/wbp',
    severity,
    message: 'm',
    line,
    column: 5,
    endLine,
    endColumn: 9,
  } as Finding);
  const report = (findings: Finding[]): LintReport => ({
    version: 1,
    files: [{ path: 'p.md', findings } as unknown as FileResult],
    summary: { files: 1, errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length, infos: 0 },
  });

  it('keeps a URL and <stdin> as they are when making paths repository-relative', () => {
    for (const path of ['https://example.com/privacy', '<stdin>']) {
      const r = { ...report([finding(3, 3)]), files: [{ path, findings: [finding(3, 3)] } as unknown as FileResult] };
      assert.match(formatGithub(r, { repoRoot: '/repo', cwd: '/repo/docs' }), new RegExp(`^::error file=${path.replace(/[:/.]/gu, (c) => (c === ':' ? '%3A' : `\\${c}`))},`, 'u'));
    }
  });

  it('sends no col/endColumn for an annotation spanning several lines', () => {
    assert.equal(formatGithub(report([finding(3, 4)])), '::error file=p.md,line=3,endLine=4,title=outdated/wbp::m\n');
    assert.equal(formatGithub(report([finding(3, 3)])), '::error file=p.md,line=3,col=5,endLine=3,endColumn=9,title=outdated/wbp::m\n');
  });

  it('caps each kind at the limit and says in one plain line what was left out', () => {
    const many = [...Array.from({ length: 13 }, (_, i) => finding(i + 1, i + 1)), ...Array.from({ length: 11 }, (_, i) => finding(i + 20, i + 20, 'warning')), finding(40, 40, 'warning')];
    const lines = formatGithub(report(many), { limit: 10 }).trimEnd().split('\n');
    assert.equal(lines.filter((l) => l.startsWith('::error ')).length, 10);
    assert.equal(lines.filter((l) => l.startsWith('::warning ')).length, 10);
    // The first ten of each in document order are kept.
    assert.match(lines[9], /^::error file=p\.md,line=10,/u);
    assert.equal(lines.at(-1), 'privacylint: 3 errors and 2 warnings not annotated (GitHub shows 10 annotations of each kind per step); the full list is in the other reports');
    assert.equal(lines.length, 21);
    // At or under the limit nothing is said.
    assert.ok(!formatGithub(report(many.slice(0, 10)), { limit: 10 }).includes('not annotated'));
  });
});

describe('--report FORMAT=FILE', () => {
  it('writes json, markdown and sarif from the run that prints stylish, each as that format alone would', async () => {
    const repo = repository();
    const cwd = join(repo, 'docs');
    const r = await run(['lint', 'legal', '--report', 'json=out/r.json', '--report', 'markdown=out/r.md', '--report', 'sarif=r.sarif'], cwd);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^legal\/privacy\.txt\n/u);
    const alone = await run(['lint', 'legal', '--format', 'json'], cwd);
    assert.equal(readFileSync(join(cwd, 'out', 'r.json'), 'utf8'), alone.stdout);
    assert.equal(readFileSync(join(cwd, 'out', 'r.md'), 'utf8'), (await run(['lint', 'legal', '--format', 'markdown'], cwd)).stdout);
    assert.equal(JSON.parse(readFileSync(join(cwd, 'r.sarif'), 'utf8')).version, '2.1.0');
  });

  it('refuses an unknown format, a file named twice, and a policy as the target, with exit 2 and one line', async () => {
    const repo = repository();
    const cases: [string[], string][] = [
      [['--report', 'xml=a.xml'], "privacylint: --report 'xml=a.xml': write it as FORMAT=FILE, FORMAT one of stylish, json, jsonl, sarif, github, markdown\n"],
      [['--report', 'json=a', '--report', 'sarif=./a'], 'privacylint: --report sarif=./a: ./a is named twice; give each report its own file\n'],
      [['--report', 'json=docs/legal/privacy.txt'], 'privacylint: --report docs/legal/privacy.txt: that is one of the policies being linted; choose another file\n'],
    ];
    for (const [args, stderr] of cases) {
      const r = await run(['lint', 'docs', ...args], repo);
      assert.deepEqual([r.code, r.stderr, r.stdout], [2, stderr, '']);
    }
    assert.equal(readFileSync(join(repo, 'docs', 'legal', 'privacy.txt'), 'utf8'), readFileSync(SEED_TXT, 'utf8'));
  });
});

describe('--stdin-filename', () => {
  it("names standard input in reports and takes that file's config", async () => {
    const repo = repository();
    writeFileSync(join(repo, 'docs', 'legal', '.privacylintrc.yaml'), 'rules:\n  outdated/wbp: off\n');
    const text = readFileSync(SEED_TXT, 'utf8');
    const named = await run(['lint', '-', '--stdin-filename', 'docs/legal/draft.txt', '--format', 'json'], repo, {}, text);
    assert.equal(named.code, 1, named.stderr);
    const report = JSON.parse(named.stdout) as { files: { path: string; findings: { ruleId: string }[] }[] };
    assert.equal(report.files[0].path, 'docs/legal/draft.txt');
    assert.ok(!report.files[0].findings.some((f) => f.ruleId === 'outdated/wbp'), 'the config next to the named file turns outdated/wbp off');
    const unnamed = JSON.parse((await run(['lint', '-', '--format', 'json'], repo, {}, text)).stdout) as typeof report;
    assert.equal(unnamed.files[0].path, '<stdin>');
    assert.ok(unnamed.files[0].findings.some((f) => f.ruleId === 'outdated/wbp'));
    // The name is relative to the working folder, as a path argument is; github output makes it repository-relative.
    const github = await run(['lint', '-', '--stdin-filename', 'docs/legal/draft.txt', '--format', 'github'], join(repo, 'docs'), {}, text);
    assert.match(github.stdout, /^::error file=docs\/docs\/legal\/draft\.txt,/u);
    const unnamedGithub = await run(['lint', '-', '--format', 'github'], join(repo, 'docs'), {}, text);
    assert.match(unnamedGithub.stdout, /^::error file=<stdin>,/u);
  });

  it('is refused without - and with --fix', async () => {
    const repo = repository();
    const without = await run(['lint', 'docs', '--stdin-filename', 'x.md'], repo);
    assert.deepEqual([without.code, without.stderr], [2, "privacylint: --stdin-filename names standard input: use it with 'lint -'\n"]);
    const fix = await run(['lint', '-', '--stdin-filename', 'x.md', '--fix'], repo, {}, 'x');
    assert.deepEqual([fix.code, fix.stderr], [2, 'privacylint: --fix cannot write to standard input; use --fix-dry-run\n']);
  });
});

describe('.privacylintignore, nearest first up to the repository root', () => {
  it('applies the files from the policy folder up to the root, the nearest deciding, none above the root', async () => {
    const outer = mkdtempSync(join(tmpdir(), 'privacylint-ignore-'));
    // Above the repository: never read.
    writeFileSync(join(outer, '.privacylintignore'), '*.txt\n');
    const repo = join(outer, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    for (const path of ['a.txt', 'drafts/b.txt', 'drafts/keep.txt', 'docs/c.txt', 'docs/old/d.txt', 'docs/old/e.txt']) {
      mkdirSync(join(repo, path, '..'), { recursive: true });
      copyFileSync(SEED_TXT, join(repo, path));
    }
    writeFileSync(join(repo, '.privacylintignore'), 'drafts/\nold/\n');
    writeFileSync(join(repo, 'drafts', '.privacylintignore'), '!keep.txt\n');
    writeFileSync(join(repo, 'docs', 'old', '.privacylintignore'), '!e.txt\n');
    // From a subfolder, the root's file still applies to what is below it.
    const fromDocs = await run(['lint', '.', '--format', 'json'], join(repo, 'docs'));
    assert.deepEqual(files(fromDocs.stdout), ['c.txt', 'old/e.txt']);
    const fromRoot = await run(['lint', '.', '--format', 'json'], repo);
    // drafts/ is ignored as a folder by the root file; keep.txt is re-included by the nearer drafts/.privacylintignore.
    assert.deepEqual(files(fromRoot.stdout), ['a.txt', 'docs/c.txt', 'docs/old/e.txt', 'drafts/keep.txt']);
  });
});

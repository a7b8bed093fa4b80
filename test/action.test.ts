/**
 * The GitHub Action (action.yml) run as GitHub runs a composite action: each step's `run:` script with
 * `bash --noprofile --norc -eo pipefail`, its `env:` with `${{ inputs.* }}` filled in, in the workspace, with
 * GITHUB_* and RUNNER_TEMP set, stopping at the first failing step. The inputs are those of the workflow in the
 * README, so the README shows what is tested. The workspace is a scratch git repository whose `origin` is
 * itself, so the base branch can be fetched as on GitHub.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { ROOT } from './helpers.js';
import { readmeBlock } from './readme-blocks.js';

interface ActionStep {
  name: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
  if?: string;
}
interface Action {
  inputs: Record<string, { default: string; required: boolean }>;
  runs: { using: string; steps: ActionStep[] };
}
interface WorkflowStep {
  uses?: string;
  with?: Record<string, string | number>;
  if?: string;
}

const ACTION = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;

const WORKFLOW = parse(readmeBlock('privacylint-workflow')) as { permissions: Record<string, string>; jobs: Record<string, { steps: WorkflowStep[] }> };
const STEPS = Object.values(WORKFLOW.jobs)[0].steps;
const OURS = STEPS.find((s) => s.uses?.startsWith('privacylint/privacylint@'))!;
const INPUTS = Object.fromEntries(Object.entries(OURS.with ?? {}).map(([k, v]) => [k, String(v)]));

interface StepRun {
  name: string;
  code: number | null;
  stdout: string;
  stderr: string;
}

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** `${{ inputs.name }}` from the given inputs or the action's defaults; any other expression is a test failure. */
function expand(value: string, inputs: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/gu, (_, expression: string) => {
    const m = /^inputs\.([\w-]+)$/u.exec(expression);
    assert.ok(m && ACTION.inputs[m[1]], `action.yml uses an expression this harness does not know: ${expression}`);
    return inputs[m[1]] ?? ACTION.inputs[m[1]].default;
  });
}

function runAction(workspace: string, inputs: Record<string, string>, github: Record<string, string>): { steps: StepRun[]; summary: string } {
  const temp = mkdtempSync(join(tmpdir(), 'privacylint-runner-'));
  const summaryFile = join(temp, 'step-summary.md');
  writeFileSync(summaryFile, '');
  const base = { ...process.env };
  for (const key of Object.keys(base)) if (/^(?:GITHUB_|RUNNER_|npm_|INPUT_)|^(?:NODE_OPTIONS|FORCE_COLOR|NO_COLOR)$/u.test(key)) delete base[key];
  const steps: StepRun[] = [];
  for (const step of ACTION.runs.steps) {
    const env: NodeJS.ProcessEnv = {
      ...base,
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION_PATH: ROOT,
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: temp,
      ...github,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, inputs)])),
    };
    const script = join(temp, `step-${steps.length}.sh`);
    writeFileSync(script, step.run);
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env, encoding: 'utf8', timeout: 120_000 });
    steps.push({ name: step.name, code: r.status, stdout: r.stdout, stderr: r.stderr });
    if (r.status !== 0) break;
  }
  return { steps, summary: readFileSync(summaryFile, 'utf8') };
}

/**
 * The workspace of a pull request: on main, content/privacy.md (a policy) and content/privacyverklaring.txt
 * (a stub citing the Wbp: 13 errors, more than GitHub annotates); on the branch, privacy.md keeps data longer.
 */
function pullRequestWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-action-'));
  mkdirSync(join(dir, 'content'));
  copyFileSync(join(ROOT, 'fixtures', 'versions', 'cloudaware-base.md'), join(dir, 'content', 'privacy.md'));
  writeFileSync(join(dir, 'content', 'privacyverklaring.txt'), 'Privacyverklaring\n\nWij houden ons aan de Wet bescherming persoonsgegevens.\n');
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  git(dir, 'remote', 'add', 'origin', dir);
  git(dir, 'checkout', '-qb', 'longer-retention');
  copyFileSync(join(ROOT, 'fixtures', 'versions', 'cloudaware-retention-longer.md'), join(dir, 'content', 'privacy.md'));
  git(dir, 'commit', '-qam', 'keep data longer');
  return dir;
}

describe('action.yml', () => {
  it('is a composite action with the documented inputs, bash steps and no expressions beyond inputs', () => {
    assert.equal(ACTION.runs.using, 'composite');
    assert.deepEqual(Object.keys(ACTION.inputs), ['paths', 'config', 'sarif-file', 'max-warnings', 'fail-on']);
    for (const step of ACTION.runs.steps) {
      assert.equal(step.shell, 'bash');
      assert.equal(step.if, undefined, 'conditions live in the scripts, where this test runs them');
      // Inputs reach the scripts through env only (an input in a script's text could inject commands).
      assert.ok(!step.run.includes('${{'), `${step.name}: an expression in the script`);
    }
  });

  it("the README's workflow uses only its inputs, uploads the same SARIF file with if: always()", () => {
    assert.equal(WORKFLOW.permissions['security-events'], 'write');
    assert.ok(STEPS[0].uses?.startsWith('actions/checkout@'));
    for (const key of Object.keys(INPUTS)) assert.ok(ACTION.inputs[key], `the README passes ${key}, which action.yml does not declare`);
    const upload = STEPS.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload, 'no upload-sarif step');
    assert.equal(upload.if, 'always()');
    assert.equal(upload.with?.sarif_file, INPUTS['sarif-file']);
  });
});

describe("the action, run with the README's inputs", () => {
  let pr: { steps: StepRun[]; summary: string };
  let workspace = '';

  before(() => {
    assert.ok(existsSync(join(ROOT, 'dist', 'cli.js')), 'dist/ is not built: run `npm run build` first');
    workspace = pullRequestWorkspace();
    pr = runAction(workspace, INPUTS, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'longer-retention' });
  });

  it('annotates at most 10 errors and 10 warnings from one lint run, and says what was left out', () => {
    const lint = pr.steps[1];
    assert.equal(lint.name, 'Lint privacy policies');
    assert.equal(lint.code, 0, lint.stderr);
    const lines = lint.stdout.trimEnd().split('\n');
    const errors = lines.filter((l) => l.startsWith('::error '));
    assert.equal(errors.length, 10);
    assert.ok(lines.filter((l) => l.startsWith('::warning ')).length <= 10);
    // Paths relative to the repository, as GitHub matches them.
    for (const line of lines.filter((l) => l.startsWith('::'))) assert.match(line, /^::\w+ file=content\/(?:privacy\.md|privacyverklaring\.txt),line=\d+/u);
    const report = JSON.parse(readFileSync(join(workspace, INPUTS['sarif-file']), 'utf8')) as { runs: { results: { level: string }[] }[] };
    const sarifErrors = report.runs[0].results.filter((r) => r.level === 'error').length;
    assert.ok(sarifErrors > 10);
    assert.match(lines.at(-1)!, new RegExp(`^privacylint: ${sarifErrors - 10} errors? (?:and \\d+ warnings? )?not annotated \\(GitHub shows 10 annotations of each kind per step\\)`, 'u'));
  });

  it('writes the SARIF file where sarif-file says, with repository-relative URIs', () => {
    const sarif = JSON.parse(readFileSync(join(workspace, INPUTS['sarif-file']), 'utf8')) as { runs: { artifacts: { location: { uri: string } }[] }[] };
    assert.deepEqual(sarif.runs[0].artifacts.map((a) => a.location.uri), ['content/privacy.md', 'content/privacyverklaring.txt']);
  });

  it('appends the Markdown report and the comparison with the base branch to the job summary', () => {
    assert.match(pr.summary, /^## privacylint\n/u);
    assert.match(pr.summary, /### `content\/privacyverklaring\.txt`/u);
    assert.match(pr.summary, /## privacylint diff: two versions of one policy/u);
    // Only privacy.md changed; the unchanged stub is not compared.
    assert.equal((pr.summary.match(/## privacylint diff/gu) ?? []).length, 1);
    assert.match(pr.steps[2].stdout, /^privacylint: content\/privacyverklaring\.txt is the same as on main$/mu);
  });

  it('fails the pull request for the lint errors and for the retention regression, saying both', () => {
    const gate = pr.steps[2];
    assert.equal(pr.steps.length, 3);
    assert.equal(gate.code, 1);
    assert.match(gate.stdout, /^privacylint: lint exited 1$/mu);
    assert.match(gate.stdout, /^privacylint: the comparison with main exited 1 \(fail-on: regression\)$/mu);
    assert.match(gate.stderr, /1 regression \(retention\)/u);
  });

  it('on a push, lints and summarises without comparing', () => {
    const push = runAction(workspace, INPUTS, { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/longer-retention' });
    assert.deepEqual(push.steps.map((s) => s.code), [0, 0, 1]);
    assert.match(push.summary, /^## privacylint\n/u);
    assert.doesNotMatch(push.summary, /privacylint diff/u);
    assert.doesNotMatch(push.steps[2].stdout, /comparison/u);
  });

  it('passes a pull request whose policy lints clean and keeps what the base had', () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacylint-action-clean-'));
    writeFileSync(join(dir, 'privacy-rules.yaml'), 'rules:\n' + ['gdpr/right-complaint', 'gdpr/right-restriction', 'gdpr/right-portability', 'gdpr/right-withdraw-consent', 'outdated/wbp', 'consistency/consent-without-withdrawal'].map((r) => `  ${r}: off\n`).join(''));
    mkdirSync(join(dir, 'content'));
    copyFileSync(join(ROOT, 'fixtures', 'cloudbilling-privacy-policy.txt'), join(dir, 'content', 'privacy.txt'));
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    git(dir, 'remote', 'add', 'origin', dir);
    git(dir, 'checkout', '-qb', 'typo');
    writeFileSync(join(dir, 'content', 'privacy.txt'), `${readFileSync(join(dir, 'content', 'privacy.txt'), 'utf8')}\n`);
    git(dir, 'commit', '-qam', 'newline');
    const run = runAction(dir, { ...INPUTS, config: 'privacy-rules.yaml', 'max-warnings': '' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main' });
    assert.deepEqual(run.steps.map((s) => [s.name, s.code]), ACTION.runs.steps.map((s) => [s.name, 0]));
    assert.match(run.summary, /## privacylint diff/u);
    assert.ok(existsSync(join(dir, dirname(INPUTS['sarif-file']))));
  });
});

/**
 * The package as a user gets it: `npm pack`, installed from the tarball into a fresh project (offline: the bundle
 * needs no dependency), imported from TypeScript under node16 and bundler resolution, and its bin run. Slow (npm
 * and two tsc runs); needs dist/ built (`npm test` builds it first).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ROOT } from './helpers.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

function sh(command: string, args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  // Inside `npm test`, npm's own settings for this project (npm_config_*) must not leak into the user's install.
  for (const key of Object.keys(env)) if (key.startsWith('npm_')) delete env[key];
  delete env.NODE_OPTIONS;
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** A TypeScript user's file: every import must be typed (the @ts-expect-error lines fail if a type is `any`). */
const CONSUMER = `import { parsePolicyText, buildReport, lintFile, type PolicyModel, type LintReport, type Finding } from 'privacylint';

const { model } = await parsePolicyText('# Privacy\\n\\nAcme B.V. is verantwoordelijk voor de verwerking van uw gegevens.\\n', { format: 'markdown' });
const typed: PolicyModel = model;
const name: string | null = typed.controller.name;
// @ts-expect-error: the model has no such field (fails if the declarations made it any)
typed.noSuchField;
const linted = await lintFile(process.argv[2]!);
const report: LintReport = buildReport([linted.result]);
const first: Finding | undefined = report.files[0]?.findings[0];
// @ts-expect-error: a finding's line is a number
const line: string = first!.line;
console.log(JSON.stringify({ language: typed.language, name, files: report.summary.files, ruleId: first?.ruleId, line }));
`;

const POLICY = `# Privacyverklaring

Acme B.V. (Stationsplein 1, 1012 AB Amsterdam) verwerkt uw gegevens volgens de Wet bescherming persoonsgegevens.
`;

function tsconfig(module: string, moduleResolution: string, outDir: string): string {
  return JSON.stringify({
    compilerOptions: { target: 'ES2022', module, moduleResolution, strict: true, skipLibCheck: false, types: ['node'], outDir, noEmit: outDir === '' },
    files: ['index.ts'],
  });
}

describe('the packed package, installed in a fresh project', () => {
  let project = '';
  let packed: { files: { path: string }[]; filename: string };
  let install: ReturnType<typeof sh>;

  before(() => {
    assert.ok(existsSync(join(ROOT, 'dist', 'types', 'index.d.ts')), 'dist/ is not built: run `npm run build` first');
    const work = mkdtempSync(join(tmpdir(), 'privacylint-pack-'));
    // --ignore-scripts: prepack would rebuild dist/ while other test files run from it; the built dist/ is packed.
    const pack = sh(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT);
    assert.equal(pack.code, 0, pack.stderr);
    packed = (JSON.parse(pack.stdout) as (typeof packed)[])[0];
    project = join(work, 'consumer');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    install = sh(NPM, ['install', '--offline', '--no-audit', '--no-fund', join(work, packed.filename)], project);
  });

  it('packs the built library, its declarations and the licences, and no sources or tests', () => {
    const files = packed.files.map((f) => f.path);
    for (const expected of ['LICENSE', 'README.md', 'bin/privacylint.js', 'dist/index.js', 'dist/cli.js', 'dist/types/index.d.ts', 'dist/THIRD-PARTY-LICENSES.md', 'schema/privacylintrc.schema.json', 'package.json']) {
      assert.ok(files.includes(expected), `${expected} is not in the package`);
    }
    assert.deepEqual(files.filter((f) => /^(?:src|test|scripts|fixtures)\//u.test(f)), []);
  });

  it('installs offline with no warning and no dependency beside itself', () => {
    assert.equal(install.code, 0, install.stderr);
    assert.deepEqual(install.stderr.split('\n').filter((l) => /warn|ERR/iu.test(l)), []);
    assert.deepEqual(readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.')), ['privacylint']);
    const meta = JSON.parse(readFileSync(join(project, 'node_modules', 'privacylint', 'package.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(meta.dependencies, undefined);
    assert.equal((meta.repository as { url: string }).url, 'git+https://github.com/privacylint/privacylint.git');
  });

  it('type-checks and runs a TypeScript import under node16 and bundler resolution', () => {
    // The user's project has @types/node, as any TypeScript project for Node does.
    mkdirSync(join(project, 'node_modules', '@types'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', '@types', 'node'), join(project, 'node_modules', '@types', 'node'), 'dir');
    writeFileSync(join(project, 'index.ts'), CONSUMER);
    writeFileSync(join(project, 'policy.md'), POLICY);
    writeFileSync(join(project, 'tsconfig.node16.json'), tsconfig('node16', 'node16', 'out'));
    writeFileSync(join(project, 'tsconfig.bundler.json'), tsconfig('esnext', 'bundler', ''));
    for (const config of ['tsconfig.node16.json', 'tsconfig.bundler.json']) {
      const tsc = sh(process.execPath, [TSC, '-p', config], project);
      assert.equal(tsc.code, 0, `${config}:\n${tsc.stdout}${tsc.stderr}`);
    }
    const ran = sh(process.execPath, [join('out', 'index.js'), 'policy.md'], project);
    assert.equal(ran.code, 0, ran.stderr);
    const out = JSON.parse(ran.stdout) as { language: string; name: string; files: number; ruleId: string; line: number };
    assert.equal(out.language, 'nl');
    assert.equal(out.name, 'Acme B.V.');
    assert.equal(out.files, 1);
    assert.equal(typeof out.line, 'number');
  });

  it('exports package.json and the schemas', () => {
    const script = "console.log(import.meta.resolve('privacylint/package.json')); console.log(import.meta.resolve('privacylint/schema/privacylintrc.schema.json'))";
    const r = sh(process.execPath, ['--input-type=module', '-e', script], project);
    assert.equal(r.code, 0, r.stderr);
    const [pkgUrl, schemaUrl] = r.stdout.trim().split('\n');
    assert.match(pkgUrl, /\/node_modules\/privacylint\/package\.json$/u);
    assert.match(schemaUrl, /\/node_modules\/privacylint\/schema\/privacylintrc\.schema\.json$/u);
  });

  it('runs the installed bin: the policy citing the Wbp fails with a finding on line 3', () => {
    const r = sh(join(project, 'node_modules', '.bin', 'privacylint'), ['lint', 'policy.md', '--format', 'json'], project);
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as { files: { path: string; findings: { ruleId: string; line: number }[] }[] };
    assert.equal(report.files[0].path, 'policy.md');
    const wbp = report.files[0].findings.find((f) => f.ruleId === 'outdated/wbp');
    assert.ok(wbp, `no outdated/wbp finding in ${JSON.stringify(report.files[0].findings.map((f) => f.ruleId))}`);
    assert.equal(wbp.line, 3);
  });
});

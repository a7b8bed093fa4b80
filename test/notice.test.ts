/**
 * A policy in a language privacylint has no pack for (here Italian, fixtures/lang/it/): its requirements are
 * `not_assessed`, never `missing`; only language-independent findings (outdated law) are reported; every report
 * format says once per file that the file was not assessed; the exit code reflects only real findings; and
 * --language overrides the detection for lint, parse and diff.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import type * as Sarif from 'sarif';

import { run } from '../src/cli/main.js';
import { lintFile, buildReport } from '../src/lint.js';
import { resolveConfig } from '../src/rules/config.js';
import type { LintReport } from '../src/rules/types.js';
import { formatJson, LINT_OUTPUT_SCHEMA } from '../src/report/json.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatGithub } from '../src/report/github.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { formatStylish } from '../src/report/stylish.js';
import { notAssessedMessage } from '../src/rules/notice.js';
import { ROOT } from './helpers.js';

const IT = join(ROOT, 'fixtures', 'lang', 'it');
const CLEAN = join(IT, 'informativa-privacy.md');
const OLD = join(IT, 'informativa-privacy-2019.md');
const rel = (p: string): string => relative(ROOT, p);
const require = createRequire(import.meta.url);

function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajvFormats.default(ajv);
  return ajv;
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const code = await run(args, { stdout, stderr });
    return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
  } finally {
    process.chdir(cwd);
  }
}

const EN_NOTICE = notAssessedMessage('it', 'en');

let report: LintReport;
before(async () => {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    report = buildReport([(await lintFile(rel(CLEAN))).result, (await lintFile(rel(OLD))).result]);
  } finally {
    process.chdir(cwd);
  }
});

describe('a policy in a language without a pack (Italian)', () => {
  it('is detected as Italian; no requirement is missing: what neutral facts show stays, the rest is not_assessed', () => {
    // The clean policy gives an e-mail address, and its controller without a language's words: a legal entity
    // ("Bottega Verdi S.r.l.") that the contact domain (bottegaverdi.it) spells whole.
    assert.deepEqual(
      report.files[0].requirements.filter((r) => r.status !== 'not_assessed').map((r) => `${r.id} ${r.status} ${r.evidence.map((e) => e.line).join(',')}`),
      ['controller_identity met 8,13,14,13,9'],
    );
    for (const file of report.files) {
      assert.equal(file.language, 'it');
      assert.equal(file.requirements.length, 18);
      for (const r of file.requirements) assert.ok(['met', 'partial', 'not_assessed'].includes(r.status), `${r.id} ${r.status}`);
      assert.ok(file.requirements.filter((r) => r.status === 'not_assessed').length >= 15);
      assert.ok(file.notice);
      assert.equal(file.notice.id, 'language-not-assessed');
      assert.equal(file.notice.message, EN_NOTICE);
    }
  });

  it('gets only the language-independent findings, at their places', () => {
    assert.deepEqual(report.files[0].findings, []);
    const old = report.files[1].findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`);
    assert.deepEqual(old, ['15:105 outdated/privacy-shield', '16:41 outdated/directive-95-46']);
  });

  it('the notice names the language and what privacylint reads, in each locale', () => {
    assert.match(EN_NOTICE, /^Not assessed: this policy is in Italian, which privacylint does not read yet \(it reads German, English, French and Dutch/u);
    assert.match(notAssessedMessage('it', 'nl'), /^Niet beoordeeld: dit beleid is in het Italiaans/u);
    assert.match(notAssessedMessage('es', 'de'), /^Nicht geprüft: Diese Datenschutzerklärung ist auf Spanisch verfasst/u);
    assert.match(notAssessedMessage('pl', 'fr'), /^Non évaluée : cette politique est rédigée en polonais, .*il lit l'allemand, l'anglais, le français et le néerlandais\)/u);
  });

  it('json: a language field and a notice, valid against the schema; others have no notice key', () => {
    const parsed = JSON.parse(formatJson(report)) as { files: Array<Record<string, any>> };
    const validate = newAjv().compile(LINT_OUTPUT_SCHEMA);
    assert.ok(validate(parsed), JSON.stringify(validate.errors, null, 1));
    const f = parsed.files[0];
    assert.deepEqual(Object.keys(f), ['path', 'language', 'notice', 'model', 'requirements', 'findings']);
    assert.equal(f.language, 'it');
    assert.deepEqual(f.notice, { id: 'language-not-assessed', message: EN_NOTICE });
    assert.equal(f.requirements.filter((r: { status: string }) => r.status === 'missing').length, 0);
    // The schema has teeth: an unknown notice id or status is rejected.
    const bad = structuredClone(parsed);
    bad.files[0].notice.id = 'other';
    assert.equal(validate(bad), false);
    const badStatus = structuredClone(parsed);
    badStatus.files[0].requirements[0].status = 'unknown';
    assert.equal(validate(badStatus), false);
  });

  it('github: one ::notice per file, before its findings', () => {
    const lines = formatGithub(report).trimEnd().split('\n');
    const notices = lines.filter((l) => l.startsWith('::notice '));
    assert.equal(lines[0], notices[0]);
    assert.equal(lines[3], notices[1]);
    assert.deepEqual(
      notices.map((l) => l.slice(0, l.indexOf('::', 2))),
      ['::notice file=fixtures/lang/it/informativa-privacy-2019.md,title=privacylint/language-not-assessed', '::notice file=fixtures/lang/it/informativa-privacy.md,title=privacylint/language-not-assessed'],
    );
    assert.ok(notices[0].endsWith(`::${EN_NOTICE}`));
    assert.equal(lines.length, 4);
    assert.match(lines[1], /^::error file=fixtures\/lang\/it\/informativa-privacy-2019\.md,line=15,col=105,.*title=outdated\/privacy-shield::/u);
  });

  it('markdown: the notice instead of the requirement table, once per file', () => {
    const md = formatMarkdown(report);
    assert.equal(md.split('> ℹ️ Not assessed:').length - 1, 2);
    assert.doesNotMatch(md, /Requirement \| Article/u);
    assert.match(md, /Language: `it`/u);
    assert.match(formatMarkdown(report, { locale: 'fr' }), /Langue : |Langue: `it`/u);
  });

  it('stylish: the notice under the file name, no requirement counts', () => {
    const out = formatStylish(report, { color: false });
    assert.equal(out.split(`ℹ ${EN_NOTICE}`).length - 1, 2);
    assert.doesNotMatch(out, /requirements:/u);
    // --quiet keeps a not-assessed file visible even without errors.
    assert.match(formatStylish(buildReport([report.files[0]]), { color: false, quiet: true }), /informativa-privacy\.md\n {2}ℹ Not assessed/u);
  });

  describe('sarif', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'privacylint-notice-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));
    const sarif = (): string => formatSarif(report, { rules: resolveConfig(null).rules, toolVersion: '0.1.0', repoRoot: ROOT });

    it('one notification per file, valid against the SARIF 2.1.0 schema', () => {
      const binary = require('@microsoft/sarif-multitool') as string;
      const schema = JSON.parse(readFileSync(join(dirname(binary), 'sarif-2.1.0.json'), 'utf8')) as object;
      const log = JSON.parse(sarif()) as Sarif.Log;
      const validate = newAjv().compile(schema);
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
      const notes = log.runs[0].invocations?.[0]?.toolExecutionNotifications ?? [];
      assert.deepEqual(
        notes.map((n) => n.locations?.[0]?.physicalLocation?.artifactLocation?.uri),
        ['fixtures/lang/it/informativa-privacy-2019.md', 'fixtures/lang/it/informativa-privacy.md'],
      );
      for (const n of notes) {
        assert.equal(n.level, 'note');
        assert.equal(n.message.text, EN_NOTICE);
        assert.equal(log.runs[0].tool.driver.notifications?.[n.descriptor?.index ?? -1]?.id, 'language-not-assessed');
      }
      assert.equal(log.runs[0].invocations?.[0]?.executionSuccessful, true);
      assert.deepEqual(log.runs[0].results?.map((r) => r.ruleId), ['outdated/privacy-shield', 'outdated/directive-95-46']);
    });

    it('passes the SARIF multitool with no error and no warning', () => {
      const binary = require('@microsoft/sarif-multitool') as string;
      chmodSync(binary, 0o755);
      writeFileSync(join(dir, 'it.sarif'), sarif());
      const output = join(dir, 'validation.sarif');
      const policy = join(dir, 'policy.xml');
      writeFileSync(
        policy,
        `<?xml version="1.0" encoding="utf-8"?>\n<Properties>\n  <Properties Key='SARIF2006.UrisShouldBeReachable.Options'>\n    <Property Key='RuleEnabled' Value='Disabled' />\n  </Properties>\n</Properties>\n`,
      );
      const r = spawnSync(binary, ['validate', '--config', policy, '--rule-kind', 'Sarif;Gh', '--output', output, 'it.sarif'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
        timeout: 120_000,
      });
      assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
      const validation = JSON.parse(readFileSync(output, 'utf8')) as Sarif.Log;
      const problems = (validation.runs[0].results ?? []).filter((x) => x.level === 'error' || x.level === 'warning' || x.level === undefined);
      assert.deepEqual(problems.map((p) => `${p.ruleId}: ${p.message.text ?? p.message.id}`), []);
    });
  });
});

describe('the command line', () => {
  it('exit 0 for an Italian policy without outdated law, exit 1 with it', async () => {
    const clean = await cli(['lint', rel(CLEAN)]);
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);
    assert.match(clean.stdout, /ℹ Not assessed: this policy is in Italian/u);
    assert.equal(clean.stderr, '');
    const old = await cli(['lint', rel(OLD), '--format', 'github']);
    assert.equal(old.code, 1);
    assert.equal(old.stdout.split('\n').filter((l) => l.startsWith('::notice ')).length, 1);
  });

  it('--locale de|fr writes the notice and the messages in German or French', async () => {
    const de = await cli(['lint', rel(OLD), '--locale', 'de']);
    assert.match(de.stdout, /ℹ Nicht geprüft: Diese Datenschutzerklärung ist auf Italienisch verfasst/u);
    const fr = await cli(['lint', rel(OLD), '--locale', 'fr', '--format', 'json']);
    const parsed = JSON.parse(fr.stdout) as { files: Array<{ notice: { message: string } }> };
    assert.match(parsed.files[0].notice.message, /^Non évaluée : cette politique est rédigée en italien/u);
  });

  it('--language overrides the detection: lint reads the Italian text as English and assesses it', async () => {
    const r = await cli(['lint', rel(CLEAN), '--language', 'en', '--format', 'json']);
    const parsed = JSON.parse(r.stdout) as { files: Array<{ language: string; notice?: unknown; requirements: Array<{ status: string }> }> };
    assert.equal(parsed.files[0].language, 'en');
    assert.equal(parsed.files[0].notice, undefined);
    assert.ok(parsed.files[0].requirements.every((x) => x.status !== 'not_assessed'));
    // And the other way: an English policy declared Italian is not assessed; its outdated law still fails the run.
    const seed = await cli(['lint', 'fixtures/generalisation/en-choir-amsterdam.md', '--language', 'it', '--format', 'json']);
    assert.equal(seed.code, 1);
    const file = (JSON.parse(seed.stdout) as { files: Array<{ language: string; notice?: unknown; findings: Array<{ ruleId: string }> }> }).files[0];
    assert.equal(file.language, 'it');
    assert.ok(file.notice);
    assert.deepEqual([...new Set(file.findings.map((f) => f.ruleId))], ['outdated/wbp', 'outdated/directive-95-46', 'outdated/safe-harbor']);
  });

  it('parse: the model says it, and stderr tells why little was extracted; --language changes it', async () => {
    const r = await cli(['parse', rel(CLEAN)]);
    assert.equal(r.code, 0);
    assert.equal((JSON.parse(r.stdout) as { language: string }).language, 'it');
    assert.equal(r.stderr, `privacylint: warning: ${rel(CLEAN)}: ${EN_NOTICE}\n`);
    const en = await cli(['parse', rel(CLEAN), '--language', 'en']);
    assert.equal((JSON.parse(en.stdout) as { language: string }).language, 'en');
    assert.equal(en.stderr, '');
    const bad = await cli(['parse', rel(CLEAN), '--language', 'xx']);
    assert.equal(bad.code, 2);
  });

  it('diff: both sides not assessed, the notice on stderr; --language applies to both', async () => {
    const r = await cli(['diff', rel(CLEAN), rel(OLD), '--format', 'json']);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.equal(r.stderr.split('Not assessed').length - 1, 2);
    const parsed = JSON.parse(r.stdout) as { a: { language: string }; b: { language: string } };
    assert.equal(parsed.a.language, 'it');
    const en = await cli(['diff', rel(CLEAN), rel(OLD), '--format', 'json', '--language', 'en']);
    assert.equal((JSON.parse(en.stdout) as { a: { language: string } }).a.language, 'en');
    assert.doesNotMatch(en.stderr, /Not assessed/u);
  });
});

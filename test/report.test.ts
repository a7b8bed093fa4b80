/**
 * The report formatters on the real pipeline (both seeds, default config) and on small policies written here.
 *
 * Golden files: the github and markdown output of the seeds is compared with test/golden/*. The extractors
 * are still improving, so these change; after checking the new output by eye, rewrite them with
 *   UPDATE_GOLDEN=1 node --import tsx --test test/report.test.ts
 *
 * SARIF is checked twice: against the SARIF 2.1.0 JSON schema that @microsoft/sarif-multitool's platform
 * package ships (sarif-2.1.0.json, the OASIS schema in draft 2020-12 form), and with Microsoft's own
 * validator (`Sarif.Multitool validate`, with its SARIF and GitHub rule sets), which must report no error
 * and no warning. The validator is a .NET single-file binary: it needs libstdc++6 and zlib1g, and ICU (Debian's
 * libicu72) unless .NET runs in invariant-globalization mode, which this test sets so ICU is not needed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import type * as Sarif from 'sarif';

import { parsePolicyFile, parsePolicyText } from '../src/index.js';
import { resolveConfig, type ResolvedConfig } from '../src/rules/config.js';
import { lintPolicy } from '../src/rules/engine.js';
import type { FileResult, LintReport } from '../src/rules/types.js';
import { formatStylish } from '../src/report/stylish.js';
import { formatJson, LINT_OUTPUT_SCHEMA } from '../src/report/json.js';
import { formatSarif, FINGERPRINT_KEY } from '../src/report/sarif.js';
import { escapeData, escapeProperty, formatGithub } from '../src/report/github.js';
import { escapeMarkdown, formatMarkdown } from '../src/report/markdown.js';
import { ROOT, SEED_MD, SEED_TXT } from './helpers.js';

const GOLDEN = join(ROOT, 'test', 'golden');
const ANSI = /\u001b\[/u;
const require = createRequire(import.meta.url);

/**
 * The multitool's rule settings: SARIF2006 GETs every URI in the log (help pages, the schema), which needs the
 * network, so it is off; paths relative to the repository root are an error, as in Microsoft's GitHub policy.
 */
const MULTITOOL_POLICY = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key='SARIF2006.UrisShouldBeReachable.Options'>
    <Property Key='RuleEnabled' Value='Disabled' />
  </Properties>
  <Properties Key='SARIF2007.ExpressPathsRelativeToRepoRoot.Options'>
    <Property Key='RuleEnabled' Value='Error' />
  </Properties>
</Properties>
`;

function reportOf(files: FileResult[]): LintReport {
  const findings = files.flatMap((f) => f.findings);
  const count = (s: string): number => findings.filter((f) => f.severity === s).length;
  return { version: 1, files, summary: { files: files.length, errors: count('error'), warnings: count('warning'), infos: count('info') } };
}

/** Compares with a golden file, or rewrites it when UPDATE_GOLDEN=1. */
function assertGolden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(path, actual);
    return;
  }
  assert.ok(existsSync(path), `${relative(ROOT, path)} is missing; write it with UPDATE_GOLDEN=1`);
  assert.equal(actual, readFileSync(path, 'utf8'), `${name} differs from the golden file; if the change is right: UPDATE_GOLDEN=1 node --import tsx --test test/report.test.ts`);
}

function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajvFormats.default(ajv);
  return ajv;
}

/** A small Dutch policy with a fixable outdated term (bewerker -> verwerker), behind `lead` extra lines. */
const SMALL = (lead = ''): string =>
  `${lead}# Privacyverklaring\n\nVoorbeeld B.V. sluit met elke partij een bewerkersovereenkomst.\n\nU hebt recht op inzage.\n`;

async function lintText(text: string, config: ResolvedConfig, path = 'docs/privacy policy.md'): Promise<{ file: FileResult; text: string }> {
  const parsed = await parsePolicyText(text, { path, format: 'markdown', language: 'nl' });
  return { file: lintPolicy(parsed, config), text: parsed.input.text };
}

describe('report formatters', () => {
  let config: ResolvedConfig;
  let report: LintReport;
  const sources: Record<string, string> = {};

  before(async () => {
    config = resolveConfig(null);
    const files: FileResult[] = [];
    for (const seed of [SEED_MD, SEED_TXT]) {
      const parsed = await parsePolicyFile(seed);
      // Report paths as a user in the repository root types them, so goldens hold no machine's folders.
      const path = relative(ROOT, seed).split('\\').join('/');
      sources[path] = parsed.input.text;
      files.push({ ...lintPolicy(parsed, config), path });
    }
    report = reportOf(files);
    assert.ok(report.summary.errors > 0, 'the seeds have findings to report');
  });

  describe('stylish', () => {
    it('is plain without colour and coloured with it', () => {
      const plain = formatStylish(report, { color: false });
      assert.doesNotMatch(plain, ANSI);
      assert.match(formatStylish(report, { color: true }), ANSI);
    });

    it('shows every finding, the requirement statuses per file and the summary, with no trailing spaces', () => {
      const out = formatStylish(report, { color: false });
      assert.ok(out.endsWith('\n'));
      for (const line of out.split('\n')) assert.equal(line, line.trimEnd(), `trailing space in ${JSON.stringify(line)}`);
      for (const file of report.files) {
        assert.ok(out.includes(`${file.path}\n`), file.path);
        // The row, its message wrapped under itself, then the rule id on a line of its own.
        for (const f of file.findings) assert.match(out, new RegExp(`^  ${f.line}:${f.column} +${f.severity} +\\S.*\\n(?: {9,}\\S.*\\n)*? +${f.ruleId.replace('/', '\\/')}$`, 'mu'));
      }
      assert.equal((out.match(/^ {2}requirements: \d+ met, \d+ partial, \d+ missing, \d+ n\/a$/gmu) ?? []).length, report.files.length);
      const { errors, warnings, infos } = report.summary;
      const total = errors + warnings + infos;
      assert.ok(out.endsWith(`✖ ${total} problems (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info${infos === 1 ? '' : 's'})\n`), out.slice(-80));
    });

    it('aligns the columns within a file: message lines and rule ids start in the message column', () => {
      const out = formatStylish(report, { color: false });
      for (const block of out.split('\n\n').slice(0, -1)) {
        const lines = block.split('\n').slice(1).filter((l) => !/^ {2}requirements:/u.test(l));
        const rows = lines.filter((l) => /^ {2}\d+:\d+ /u.test(l));
        const severityAt = new Set(rows.map((r) => r.search(/(error|warning|info) /u)));
        const messageAt = new Set(rows.map((r) => r.search(/(?<=(?:error|warning|info) +)\S/u)));
        const continuationAt = new Set(lines.filter((l) => !rows.includes(l)).map((l) => l.search(/\S/u)));
        assert.equal(severityAt.size, 1, block);
        assert.equal(messageAt.size, 1, block);
        assert.deepEqual(continuationAt, messageAt, block);
      }
    });

    it('wraps to 80 columns by default and to the given width, never padding to the longest message', () => {
      for (const width of [80, 60, 120]) {
        const out = formatStylish(report, { color: false, ...(width === 80 ? {} : { width }) });
        for (const line of out.split('\n')) assert.ok(line.length <= width || !line.trim().includes(' '), `${line.length} > ${width}: ${line}`);
      }
      const narrow = formatStylish(report, { color: false, width: 60 }).split('\n').length;
      const wide = formatStylish(report, { color: false, width: 120 }).split('\n').length;
      assert.ok(narrow > wide, `${narrow} lines at 60 columns, ${wide} at 120`);
    });

    it('quiet leaves out warnings and infos', () => {
      const out = formatStylish(report, { color: false, quiet: true });
      assert.doesNotMatch(out, /^ {2}\d+:\d+ +(warning|info) /mu);
      assert.match(out, /^ {2}\d+:\d+ +error /mu);
      assert.ok(out.endsWith(`✖ ${report.summary.errors} problems (${report.summary.errors} errors, 0 warnings, 0 infos)\n`));
    });

    it('says so when there is nothing to report', async () => {
      const clean = reportOf([{ ...report.files[0], findings: [] }]);
      assert.ok(formatStylish(clean, { color: false }).endsWith('\n✔ no problems\n'));
    });
  });

  describe('json', () => {
    it('parses back, matches the report and validates against the JSON Schema', () => {
      const out = formatJson(report);
      assert.ok(out.endsWith('}\n'));
      assert.ok(out.startsWith('{\n  "version": 1,\n  "files": [\n'));
      const parsed = JSON.parse(out) as LintReport;
      const validate = newAjv().compile(LINT_OUTPUT_SCHEMA);
      assert.ok(validate(parsed), JSON.stringify(validate.errors, null, 1));
      assert.deepEqual(parsed.summary, report.summary);
      assert.deepEqual(parsed.files.map((f) => f.findings), report.files.map((f) => f.findings));
    });

    it('writes keys in the contract order and only the contract keys', async () => {
      const { file } = await lintText(SMALL(), config);
      const withReason: FileResult = { ...file, requirements: file.requirements.map((r) => ({ ...r, reason: 'x' })) };
      const parsed = JSON.parse(formatJson(reportOf([withReason]))) as Record<string, unknown> & { files: Array<Record<string, any>> };
      assert.deepEqual(Object.keys(parsed), ['version', 'files', 'summary']);
      assert.deepEqual(Object.keys(parsed.summary as object), ['files', 'errors', 'warnings', 'infos']);
      const f = parsed.files[0];
      assert.deepEqual(Object.keys(f), ['path', 'language', 'model', 'requirements', 'findings']);
      assert.deepEqual(Object.keys(f.requirements[0]), ['id', 'article', 'status', 'evidence']);
      const fixed = f.findings.find((x: { fix?: unknown }) => x.fix);
      assert.ok(fixed, 'the outdated term has a fix');
      assert.deepEqual(Object.keys(fixed), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fix']);
      assert.equal(fixed.fix.text, 'verwerkersovereenkomst');
      const validate = newAjv().compile(LINT_OUTPUT_SCHEMA);
      assert.ok(validate(parsed), JSON.stringify(validate.errors, null, 1));
    });

    it('the schema rejects what the contract does not allow', () => {
      const validate = newAjv().compile(LINT_OUTPUT_SCHEMA);
      const good = JSON.parse(formatJson(report)) as { files: Array<{ findings: Array<Record<string, unknown>> }>; summary: Record<string, unknown> };
      const bad = structuredClone(good);
      bad.files[0].findings[0].severity = 'fatal';
      assert.equal(validate(bad), false);
      const extra = structuredClone(good);
      extra.summary.fatal = 0;
      assert.equal(validate(extra), false);
    });
  });

  describe('sarif', () => {
    const binary = require('@microsoft/sarif-multitool') as string;
    const schemaPath = join(dirname(binary), 'sarif-2.1.0.json');
    let dir: string;

    before(() => {
      // npm may skip the platform package's postinstall (allowScripts), which sets the run bit.
      chmodSync(binary, 0o755);
      dir = mkdtempSync(join(tmpdir(), 'privacylint-sarif-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    const sarifOf = (r: LintReport, extra: Partial<Parameters<typeof formatSarif>[1]> = {}): string =>
      formatSarif(r, { rules: config.rules, toolVersion: '0.1.0', repoRoot: ROOT, sources, ...extra });

    it('validates against the SARIF 2.1.0 schema', () => {
      const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
      const validate = newAjv().compile(schema);
      const log = JSON.parse(sarifOf(report)) as Sarif.Log;
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
      // The schema check has teeth: a level SARIF does not know, or an unknown key, is rejected.
      const wrongLevel = structuredClone(log);
      (wrongLevel.runs[0].results ?? [])[0].level = 'info' as Sarif.Result.level;
      assert.equal(validate(wrongLevel), false);
      const unknownKey = structuredClone(log) as Sarif.Log & { runs: Array<Record<string, unknown>> };
      unknownKey.runs[0].timestamp = 'now';
      assert.equal(validate(unknownKey), false);
    });

    it('passes the SARIF multitool with no error and no warning', async () => {
      const { file, text } = await lintText(SMALL(), config);
      const small = formatSarif(reportOf([file]), { rules: config.rules, toolVersion: '0.1.0', repoRoot: ROOT, sources: { [file.path]: text } });
      // A broken log goes along as a control: the validator must complain about it, and only about it.
      const files = { 'seeds.sarif': sarifOf(report), 'fix.sarif': small, 'control.sarif': '{"version":"2.1.0","runs":[{"tool":{}}]}\n' };
      for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
      const policy = join(dir, 'policy.xml');
      writeFileSync(policy, MULTITOOL_POLICY);
      const output = join(dir, 'validation.sarif');
      const run = spawnSync(binary, ['validate', '--config', policy, '--rule-kind', 'Sarif;Gh', '--output', output, ...Object.keys(files)], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
        timeout: 120_000,
      });
      const said = `${run.stdout}\n${run.stderr}`;
      assert.equal(run.error, undefined, `the multitool did not start: ${run.error?.message}`);
      // Its exit code is 0 even when it finds errors, so the findings are read from its own SARIF log.
      assert.equal(run.status, 0, said);
      const validation = JSON.parse(readFileSync(output, 'utf8')) as Sarif.Log;
      const problems = (validation.runs[0].results ?? [])
        .filter((r) => r.level === 'error' || r.level === 'warning' || r.level === undefined)
        .map((r) => `${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri?.split('/').pop()}: ${r.ruleId}: ${r.message.text ?? r.message.id}`);
      assert.ok(problems.some((p) => p.startsWith('control.sarif: JSON')), `the control log was not rejected:\n${said}`);
      assert.deepEqual(problems.filter((p) => !p.startsWith('control.sarif: ')), []);
      // On the console, the only other warning allowed is the note that SARIF2006 (fetch every URI) is off.
      const complaints = said.split('\n').filter((l) => /\b(?:error|warning)\b/u.test(l) && !l.includes('control.sarif') && !/WRN999\.RuleExplicitlyDisabled.*SARIF2006/u.test(l));
      assert.deepEqual(complaints, []);
    });

    it('has repository-relative URIs under %SRCROOT%, one run and GitHub’s fields', () => {
      const log = JSON.parse(sarifOf(report)) as Sarif.Log;
      assert.equal(log.runs.length, 1);
      const run = log.runs[0];
      assert.equal(run.tool.driver.name, 'privacylint');
      assert.equal(run.tool.driver.informationUri, 'https://github.com/privacylint/privacylint');
      assert.deepEqual(run.automationDetails, { id: 'privacylint/' });
      const base = run.originalUriBaseIds?.['%SRCROOT%']?.uri ?? '';
      assert.equal(base, pathToFileURL(ROOT).href.replace(/\/?$/u, '/'));
      assert.deepEqual(run.artifacts?.map((a) => a.location?.uri), Object.keys(sources).sort());
      const rules = run.tool.driver.rules ?? [];
      assert.deepEqual(rules.map((r) => r.id), config.rules.map((r) => r.def.id).sort());
      for (const r of rules) {
        assert.match(r.name ?? '', /^[A-Z][A-Za-z0-9]*$/u);
        assert.ok(r.shortDescription?.text && r.fullDescription?.text && r.helpUri && r.help?.text);
        assert.ok((r.properties?.tags as string[]).length <= 20);
      }
      const results = run.results ?? [];
      assert.equal(results.length, report.summary.errors + report.summary.warnings + report.summary.infos);
      for (const result of results) {
        const location = result.locations?.[0]?.physicalLocation;
        assert.equal(location?.artifactLocation?.uriBaseId, '%SRCROOT%');
        assert.doesNotMatch(location?.artifactLocation?.uri ?? '', /^(?:\.\/|\/|[a-z]+:)/u);
        assert.equal(rules[result.ruleIndex ?? -1]?.id, result.ruleId);
        assert.match(result.partialFingerprints?.[FINGERPRINT_KEY] ?? '', /^[0-9a-f]{32}$/u);
        assert.ok(location?.region?.startLine && location.region.startColumn && location.region.endLine && location.region.endColumn);
      }
      const fingerprints = results.map((r) => r.partialFingerprints?.[FINGERPRINT_KEY]);
      assert.equal(new Set(fingerprints).size, fingerprints.length, 'fingerprints are unique');
    });

    it('is deterministic and holds no timestamps', () => {
      const a = sarifOf(report);
      assert.equal(a, sarifOf(report));
      const reversed = reportOf([...report.files].reverse().map((f) => ({ ...f, findings: [...f.findings].reverse() })));
      assert.equal(sarifOf(reversed), a);
      assert.doesNotMatch(a, /"(?:startTimeUtc|endTimeUtc|timeUtc|guid)"/u);
    });

    it('keeps a fingerprint when lines above the finding move, and changes it when the text changes', async () => {
      const fingerprintsOf = async (text: string): Promise<Map<string, string>> => {
        const { file, text: source } = await lintText(text, config);
        const log = JSON.parse(formatSarif(reportOf([file]), { rules: config.rules, toolVersion: '0.1.0', repoRoot: ROOT, sources: { [file.path]: source } })) as Sarif.Log;
        return new Map((log.runs[0].results ?? []).map((r) => [`${r.ruleId}`, r.partialFingerprints?.[FINGERPRINT_KEY] ?? '']));
      };
      const before = await fingerprintsOf(SMALL());
      const moved = await fingerprintsOf(SMALL('<!-- a comment -->\n\n\n'));
      assert.ok(before.has('outdated/bewerker'), [...before.keys()].join(' '));
      assert.deepEqual(moved, before);
      const edited = await fingerprintsOf(SMALL().replace('bewerkersovereenkomst', 'Bewerkersovereenkomst'));
      assert.notEqual(edited.get('outdated/bewerker'), before.get('outdated/bewerker'));
    });

    it('turns a fix into a SARIF fix over the finding’s region', async () => {
      const { file, text } = await lintText(SMALL(), config);
      const log = JSON.parse(formatSarif(reportOf([file]), { rules: config.rules, toolVersion: '1.2.3', repoRoot: ROOT, sources: { [file.path]: text } })) as Sarif.Log;
      const result = log.runs[0].results?.find((r) => r.ruleId === 'outdated/bewerker');
      assert.ok(result?.fixes?.length === 1);
      const change = result.fixes[0].artifactChanges[0];
      assert.deepEqual(change.artifactLocation, result.locations?.[0]?.physicalLocation?.artifactLocation);
      assert.equal(change.artifactLocation.uri, 'docs/privacy%20policy.md');
      assert.deepEqual(change.replacements[0].deletedRegion, result.locations?.[0]?.physicalLocation?.region);
      assert.equal(change.replacements[0].insertedContent?.text, 'verwerkersovereenkomst');
      const region = change.replacements[0].deletedRegion;
      const line = text.split('\n')[(region.startLine ?? 1) - 1];
      assert.equal(line.slice((region.startColumn ?? 1) - 1, (region.endColumn ?? 1) - 1), 'bewerkersovereenkomst');
    });

    it('makes paths relative to the repository root from another working directory, and leaves outside files absolute', () => {
      const inside = reportOf([{ ...report.files[0], path: 'cloudaware-privacybeleid.md' }]);
      const log = JSON.parse(formatSarif(inside, { rules: [], toolVersion: '0', repoRoot: ROOT, cwd: join(ROOT, 'fixtures') })) as Sarif.Log;
      assert.deepEqual(log.runs[0].artifacts?.[0].location, { uri: 'fixtures/cloudaware-privacybeleid.md', uriBaseId: '%SRCROOT%' });
      // Rules not passed in still get a descriptor, so every ruleIndex points somewhere.
      assert.equal(log.runs[0].tool.driver.rules?.length, new Set(inside.files[0].findings.map((f) => f.ruleId)).size);
      const outside = reportOf([{ ...report.files[0], path: '/elsewhere/privacy.md' }]);
      const out = JSON.parse(formatSarif(outside, { rules: [], toolVersion: '0', repoRoot: ROOT })) as Sarif.Log;
      assert.deepEqual(out.runs[0].artifacts?.[0].location, { uri: pathToFileURL('/elsewhere/privacy.md').href });
    });
  });

  describe('github', () => {
    it('matches the golden file', () => {
      assertGolden('seeds.github.txt', formatGithub(report));
    });

    it('writes one sorted workflow command per finding', () => {
      const lines = formatGithub(report).trimEnd().split('\n');
      assert.equal(lines.length, report.summary.errors + report.summary.warnings + report.summary.infos);
      for (const line of lines) assert.match(line, /^::(?:error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]+::[^\r\n]+$/u);
      assert.equal(lines.filter((l) => l.startsWith('::notice ')).length, report.summary.infos);
      assert.equal(formatGithub(reportOf([])), '');
    });

    it('escapes properties and data as GitHub Actions does', () => {
      assert.equal(escapeData('50% done\r\nnext: a, b'), '50%25 done%0D%0Anext: a, b');
      assert.equal(escapeProperty('a:b,c%d\ne'), 'a%3Ab%2Cc%25d%0Ae');
      const odd: FileResult = { ...report.files[0], path: './docs/a,b:c.md', findings: [{ ...report.files[0].findings[0], message: 'line 1\nline 2 100%' }] };
      assert.equal(formatGithub(reportOf([odd])).split('\n')[0].replace(/,line=.*title=/u, ',…,title='), `::${odd.findings[0].severity === 'info' ? 'notice' : odd.findings[0].severity} file=docs/a%2Cb%3Ac.md,…,title=${odd.findings[0].ruleId}::line 1%0Aline 2 100%25`);
    });
  });

  describe('markdown', () => {
    it('matches the golden files (English and Dutch labels)', () => {
      assertGolden('seeds.markdown.en.md', formatMarkdown(report));
      assertGolden('seeds.markdown.nl.md', formatMarkdown(report, { locale: 'nl' }));
    });

    it('has a requirements table of 18 rows and a findings row per finding for each file', () => {
      const out = formatMarkdown(report);
      const sections = out.split(/^### /mu).slice(1);
      assert.equal(sections.length, report.files.length);
      for (const [i, section] of sections.entries()) {
        const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
        assert.equal(rows.length, 2 + 18 + report.files[i].findings.length, section);
        assert.match(section, /^\| Requirement \| Article \| Status \|$/mu);
        assert.match(section, /^\| Line \| Severity \| Message \| Rule \|$/mu);
        for (const row of rows) assert.equal(row.replace(/\\\|/gu, '').split('|').length, row.startsWith('| Line') || /^\| \d+:\d+ /u.test(row) ? 6 : 5, row);
      }
      assert.match(out, /\n\*\*✖ \d+ problems\*\* \(\d+ errors?, \d+ warnings?, \d+ infos?\) in 2 files\n$/u);
    });

    it('escapes what would break a table or let HTML through', () => {
      assert.equal(escapeMarkdown('a | b `c` <script> &amp; x\\y\nz'), 'a \\| b \\`c\\` &lt;script&gt; &amp;amp; x\\\\y z');
      const odd: FileResult = { ...report.files[0], findings: [{ ...report.files[0].findings[0], message: 'pipes | and `ticks` and <b>' }] };
      const out = formatMarkdown(reportOf([odd]));
      assert.ok(out.includes('pipes \\| and \\`ticks\\` and &lt;b&gt;'), out);
    });
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePolicyText, InputError } from '../src/index.js';
import { loadRulePack } from '../src/rules/loader.js';
import { resolveConfig, findConfigFile } from '../src/rules/config.js';
import { lintPolicy } from '../src/rules/engine.js';
import { matchAll } from '../src/rules/pattern.js';
import { applyFixes } from '../src/lint.js';

const fx = (name: string): string => join(import.meta.dirname, 'rules-fixtures', name, 'pack.yaml');

function throwsInput(fn: () => unknown, message: string | RegExp): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof InputError, `expected an InputError, got ${String(error)}`);
    if (typeof message === 'string') assert.equal(error.message, message);
    else assert.match(error.message, message);
    return true;
  });
}

test('a bad severity names file, line and field', () => {
  throwsInput(() => loadRulePack(fx('bad-severity'), false), new RegExp(`^${fx('bad-severity').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:6: rules\\[0\\]\\.severity: `));
});

test('an unknown rule kind is named', () => {
  throwsInput(() => loadRulePack(fx('bad-kind'), false), `${fx('bad-kind')}:4: rules[0].kind: kind must be one of requirement, pattern, law, consistency`);
});

test('a misspelt field is named with its line', () => {
  throwsInput(() => loadRulePack(fx('unknown-field'), false), `${fx('unknown-field')}:11: rules[0].mesage: unknown field 'mesage'`);
});

test('an invalid pattern is rejected at load time', () => {
  throwsInput(() => loadRulePack(fx('bad-regex'), false), new RegExp(`:10: rules\\[0\\]\\.patterns: '\\(unclosed' is not a valid pattern: `));
});

test('broken YAML names its line', () => {
  throwsInput(() => loadRulePack(fx('bad-yaml'), false), new RegExp(`^${fx('bad-yaml').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+: rule file is not valid YAML: `));
});

test('a rule id must start with its pack name', () => {
  throwsInput(() => loadRulePack(fx('wrong-prefix'), false), `${fx('wrong-prefix')}:3: rules[0].id: must start with the pack name 'mine/'`);
});

function configIn(dir: string, yaml: string): string {
  const path = join(dir, '.privacylintrc.yaml');
  writeFileSync(path, yaml);
  return path;
}

test('a rule id defined twice names both places', () => {
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-'));
  const config = configIn(dir, `ruleFolders:\n  - ${join(import.meta.dirname, 'rules-fixtures', 'dup-id')}\n`);
  throwsInput(() => resolveConfig(config), /pack\.yaml:3: rule id 'gdpr\/retention' is already defined at rules\/gdpr\.yaml:\d+$/);
});

test('config: unknown rule id, bad severity, unknown field, missing folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-'));
  throwsInput(() => resolveConfig(configIn(dir, 'rules:\n  gdpr/nope: off\n')), `${join(dir, '.privacylintrc.yaml')}:2: rules: unknown rule id 'gdpr/nope' (list them with \`privacylint rules\`)`);
  throwsInput(() => resolveConfig(configIn(dir, 'rules:\n  gdpr/retention: loud\n')), new RegExp(`\\.privacylintrc\\.yaml:2: rules\\.gdpr/retention: `));
  throwsInput(() => resolveConfig(configIn(dir, 'extends: privacylint:recommended\nrulez: {}\n')), `${join(dir, '.privacylintrc.yaml')}:2: rulez: unknown field 'rulez'`);
  throwsInput(() => resolveConfig(configIn(dir, 'ruleFolders: [nowhere]\n')), new RegExp(`:1: ruleFolders: '.*nowhere' does not exist$`));
  throwsInput(() => resolveConfig(null, { 'gdpr/nope': 'off' }), "--rule: unknown rule id 'gdpr/nope' (list them with `privacylint rules`)");
});

test('config is found walking up, also in package.json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-'));
  mkdirSync(join(dir, 'a', 'b'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'site', privacylint: { rules: { 'gdpr/dpo-contact': 'off' } } }));
  assert.equal(findConfigFile(join(dir, 'a', 'b')), join(dir, 'package.json'));
  assert.equal(resolveConfig(join(dir, 'package.json')).severity.get('gdpr/dpo-contact'), 'off');
  configIn(join(dir, 'a'), 'rules:\n  gdpr/retention: warning\n');
  assert.equal(findConfigFile(join(dir, 'a', 'b')), join(dir, 'a', '.privacylintrc.yaml'));
});

test('strict preset raises severities by one step', () => {
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-'));
  const config = resolveConfig(configIn(dir, 'extends: privacylint:strict\n'));
  assert.equal(config.severity.get('gdpr/dpo-contact'), 'warning');
  assert.equal(config.severity.get('gdpr/third-country-transfers'), 'error');
});

test("a user's pack: substitution with fix, exceptions, and RE2 keeps a catastrophic pattern linear", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-'));
  const config = resolveConfig(configIn(dir, `ruleFolders: [${join(import.meta.dirname, 'rules-fixtures', 'good-pack')}]\n`));
  const text = 'Wij verwerken uw persoonlijke gegevens.\n\nDit citaat noemt persoonlijke gegevens.\n\n' + 'a'.repeat(30000) + 'c\n';
  const parsed = await parsePolicyText(text, { format: 'markdown', language: 'nl', path: 'p.md' });
  const started = process.hrtime.bigint();
  const findings = lintPolicy(parsed, config).findings.filter((f) => f.ruleId.startsWith('house/'));
  assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 5000, 'RE2 matching must not blow up');
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.line, f.column, f.endColumn, f.message, f.fix?.text]),
    [['house/persoonlijke-gegevens', 1, 18, 39, "Schrijf 'persoonsgegevens' in plaats van 'persoonlijke gegevens'.", 'persoonsgegevens']],
  );
  assert.equal(applyFixes(text, findings).text.split('\n')[0], 'Wij verwerken uw persoonsgegevens.');
});

test('matchAll is word-anchored', () => {
  assert.deepEqual(matchAll('bewerker', 'verwerker bewerker bewerkers').map((m) => m.start), [10]);
});

test('inline comments silence findings', async () => {
  const config = resolveConfig(null);
  const text = [
    '# Privacy',
    '',
    '<!-- privacylint-disable-next-line outdated/wbp -->',
    'Wij volgen de Wet bescherming persoonsgegevens.',
    '',
    'De Wbp geldt niet meer, maar hier staat hij toch.',
    '',
    '<!-- privacylint-disable outdated/bewerker -->',
    'Er is een bewerkersovereenkomst.',
    '<!-- privacylint-enable outdated/bewerker -->',
    '',
    'Er is nog een bewerkersovereenkomst.',
    '',
  ].join('\n');
  const parsed = await parsePolicyText(text, { format: 'markdown', language: 'nl', path: 'p.md' });
  const found = lintPolicy(parsed, config).findings.filter((f) => f.ruleId.startsWith('outdated/')).map((f) => `${f.ruleId}@${f.line}`);
  assert.deepEqual(found, ['outdated/wbp@6', 'outdated/bewerker@12']);
});

test('applyFixes applies non-overlapping fixes from the end', () => {
  const text = 'a bewerker b bewerker c';
  const fixes = [
    { ruleId: 'x', severity: 'error' as const, message: '', line: 1, column: 3, endLine: 1, endColumn: 11, fix: { range: [2, 10] as [number, number], text: 'verwerker' } },
    { ruleId: 'x', severity: 'error' as const, message: '', line: 1, column: 14, endLine: 1, endColumn: 22, fix: { range: [13, 21] as [number, number], text: 'verwerker' } },
    { ruleId: 'y', severity: 'error' as const, message: '', line: 1, column: 3, endLine: 1, endColumn: 5, fix: { range: [2, 4] as [number, number], text: 'XX' } },
  ];
  assert.deepEqual(applyFixes(text, fixes), { text: 'a verwerker b verwerker c', applied: 2 });
});

test('the published JSON Schemas are up to date with the zod schemas', async () => {
  const { schemaFiles } = await import('../scripts/json-schema.js');
  const { readFileSync } = await import('node:fs');
  for (const [file, content] of Object.entries(schemaFiles())) {
    assert.equal(readFileSync(join(import.meta.dirname, '..', file), 'utf8'), content, `${file} is stale: run node --import tsx scripts/json-schema.ts`);
  }
});

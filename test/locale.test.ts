/**
 * Messages in four locales: every built-in rule speaks nl, en, de and fr; a user's pack needs only nl and en
 * (English stands in for German and French); --locale picks, else the policy's language when it is a locale.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePolicyText } from '../src/index.js';
import { loadRulePack, loadRules } from '../src/rules/loader.js';
import { resolveConfig } from '../src/rules/config.js';
import { lintPolicy } from '../src/rules/engine.js';
import { REPORT_LABELS } from '../src/report/labels.js';
import { LOCALES } from '../src/model/types.js';

const placeholders = (s: string): string[] => (s.match(/\{\w+\}/gu) ?? []).sort();

test('every built-in rule has its description and messages in nl, en, de and fr, with the same placeholders', () => {
  const rules = loadRules();
  assert.equal(rules.length, rules.filter((r) => r.builtin).length);
  for (const { def } of rules) {
    const texts = [def.description, ...(def.kind === 'requirement' ? [def.message.missing, def.message.partial] : [def.message])];
    for (const text of texts) {
      for (const locale of LOCALES) assert.ok(text[locale], `${def.id}: no ${locale} text`);
      assert.deepEqual(placeholders(text.de!), placeholders(text.en), `${def.id} de`);
      assert.deepEqual(placeholders(text.fr!), placeholders(text.en), `${def.id} fr`);
    }
  }
});

const PACK = (message: string): string => `pack: house
rules:
  - id: house/word
    kind: pattern
    mode: existence
    severity: warning
    article: none
    url: https://example.org/
    description: { nl: Een woord., en: A word. }
    patterns: ['klantenkaart']
    message: ${message}
`;

test('a built-in pack without German or French is refused, naming the field; a user pack is not', () => {
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-locale-'));
  const file = join(dir, 'pack.yaml');
  writeFileSync(file, PACK('{ nl: "Gevonden: {match}.", en: "Found: {match}." }'));
  assert.throws(() => loadRulePack(file, true), /pack\.yaml:9: rules\[0\]\.description: a built-in rule needs its text in de, fr as well/u);
  assert.equal(loadRulePack(file, false).length, 1);
});

test('a user rule without German falls back to English; with German it is used', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-locale-'));
  writeFileSync(join(dir, '.privacylintrc.yaml'), 'ruleFolders: [rules]\n');
  const rules = join(dir, 'rules');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(rules);
  writeFileSync(join(rules, 'house.yaml'), PACK('{ nl: "Gevonden: {match}.", en: "Found: {match}.", de: "Gefunden: {match}." }'));
  const config = resolveConfig(join(dir, '.privacylintrc.yaml'));
  const parsed = await parsePolicyText('Met uw klantenkaart verwerken wij uw aankopen.', { language: 'nl' });
  const message = (locale: 'de' | 'fr'): string | undefined => lintPolicy(parsed, config, { locale }).findings.find((f) => f.ruleId === 'house/word')?.message;
  assert.equal(message('de'), 'Gefunden: klantenkaart.');
  assert.equal(message('fr'), 'Found: klantenkaart.');
});

test('--locale de|fr gives German or French requirement and law messages for a Dutch policy', async () => {
  const config = resolveConfig(null);
  const parsed = await parsePolicyText('# Privacy\n\nWij verwerken uw gegevens volgens de Wet bescherming persoonsgegevens.\n', { format: 'markdown', language: 'nl' });
  const de = lintPolicy(parsed, config, { locale: 'de' }).findings;
  assert.equal(de.find((f) => f.ruleId === 'gdpr/right-access')?.message, 'Nennen Sie das Recht auf Auskunft über die personenbezogenen Daten.');
  const wbp = de.find((f) => f.ruleId === 'outdated/wbp');
  assert.equal(wbp?.message, "'Wet bescherming persoonsgegevens' verweist auf das niederländische Wet bescherming persoonsgegevens, das seit dem 2018-05-25 nicht mehr gilt; verweisen Sie auf die DSGVO (AVG) und die UAVG.");
  assert.equal(`${wbp?.line}:${wbp?.column}`, '3:38');
  const fr = lintPolicy(parsed, config, { locale: 'fr' }).findings;
  assert.equal(fr.find((f) => f.ruleId === 'gdpr/right-access')?.message, "Mentionnez le droit d'accès aux données personnelles.");
});

test('messages default to the policy language when it is a locale, else English', async () => {
  const config = resolveConfig(null);
  const german = await parsePolicyText('Wir verarbeiten Ihre personenbezogenen Daten nur, wenn Sie uns dazu Ihre Einwilligung gegeben haben. Wir stützen uns auf den Privacy Shield.');
  const result = lintPolicy(german, config);
  assert.equal(result.language, 'de');
  assert.match(result.findings.find((f) => f.ruleId === 'outdated/privacy-shield')?.message ?? '', /^'Privacy Shield' ist seit dem 2020-07-16 ungültig/u);
  const italian = await parsePolicyText('I dati personali sono trattati dal titolare del trattamento nel rispetto del Privacy Shield e della normativa vigente.');
  const it = lintPolicy(italian, config);
  assert.equal(it.language, 'it');
  assert.match(it.findings[0]?.message ?? '', /^'Privacy Shield' has been invalid since 2020-07-16/u);
});

test('report labels exist in every locale, with the same keys', () => {
  const keys = (o: object): string[] => Object.keys(o).sort();
  for (const locale of LOCALES) {
    const labels = REPORT_LABELS[locale];
    assert.deepEqual(keys(labels), keys(REPORT_LABELS.en), locale);
    assert.deepEqual(keys(labels.requirement), keys(REPORT_LABELS.en.requirement), locale);
    assert.deepEqual(keys(labels.status), keys(REPORT_LABELS.en.status), locale);
  }
  assert.equal(REPORT_LABELS.de.status.missing, 'fehlt');
  assert.equal(REPORT_LABELS.fr.status.not_assessed, 'non évalué');
});

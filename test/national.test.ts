/**
 * National rules for Germany, France and Belgium (rules/de.yaml, rules/fr.yaml, rules/nl.yaml) and how the
 * jurisdiction is told from a policy's language and signals.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicyText } from '../src/index.js';
import { resolveConfig, type ResolvedConfig } from '../src/rules/config.js';
import { jurisdictionOf, lintPolicy } from '../src/rules/engine.js';
import type { Jurisdiction } from '../src/rules/types.js';

const base = resolveConfig(null);
const withJurisdiction = (jurisdiction: Jurisdiction): ResolvedConfig => ({ ...base, jurisdiction });

test('the jurisdiction of German and French policies comes from their signals', async () => {
  const cases: [string, 'de' | 'fr', Jurisdiction][] = [
    ['Verantwortlich: Muster GmbH, www.muster.de. Angaben gemäß § 5 DDG.', 'de', 'de'],
    ['Wir verarbeiten Ihre Daten nach der DSGVO und dem BDSG.', 'de', 'de'],
    ['Wir verarbeiten Ihre Daten nach der DSGVO und dem österreichischen DSG 2000.', 'de', 'none'],
    ['Wir verarbeiten Ihre Daten nach der DSGVO.', 'de', 'none'],
    ['Vous pouvez introduire une réclamation auprès de la CNIL.', 'fr', 'fr'],
    ['Vos données sont traitées conformément à la loi Informatique et Libertés et au RGPD.', 'fr', 'fr'],
    ["Vous pouvez introduire une réclamation auprès de l'Autorité de protection des données, rue de la Presse 35, 1000 Bruxelles.", 'fr', 'be'],
    ['Vos données sont traitées conformément au RGPD.', 'fr', 'none'],
  ];
  for (const [text, language, expected] of cases) {
    const parsed = await parsePolicyText(text, { language });
    assert.equal(jurisdictionOf(parsed, base), expected, text);
  }
  const english = await parsePolicyText('You can complain to the CNIL.', { language: 'en' });
  assert.equal(jurisdictionOf(english, base), 'none');
  assert.equal(jurisdictionOf(english, withJurisdiction('fr')), 'fr');
});

test('Germany: a complaint right without the Land authority is a finding at the authority it names', async () => {
  const text = '# Privacy\n\nWe are Muster GmbH.\n\nYou have the right to lodge a complaint with the Bundesbeauftragte für den Datenschutz und die Informationsfreiheit.\n';
  const parsed = await parsePolicyText(text, { format: 'markdown', language: 'en' });
  const findings = lintPolicy(parsed, withJurisdiction('de'), { locale: 'de' }).findings.filter((f) => f.ruleId.startsWith('de/'));
  assert.deepEqual(
    findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`),
    ['5:50 de/complaint-authority'],
  );
  assert.match(findings[0].message, /^Nennen Sie als Beschwerdestelle die Datenschutzaufsichtsbehörde des Bundeslandes/u);
  assert.match(findings[0].message, /\(genannt: Bundesbeauftragte für den Datenschutz und die Informationsfreiheit\)\.$/u);
  const ok = await parsePolicyText(text.replace('Bundesbeauftragte für den Datenschutz und die Informationsfreiheit', 'Hamburgische Beauftragte für Datenschutz und Informationsfreiheit'), { format: 'markdown', language: 'en' });
  assert.deepEqual(lintPolicy(ok, withJurisdiction('de')).findings.filter((f) => f.ruleId.startsWith('de/')), []);
});

test('France: the age of digital consent is 15 and complaints go to the CNIL', async () => {
  const text = 'Our app is not meant for children under 16.\n\nYou may lodge a complaint with a supervisory authority.\n';
  const parsed = await parsePolicyText(text, { language: 'en' });
  const findings = lintPolicy(parsed, withJurisdiction('fr'), { locale: 'fr' }).findings.filter((f) => f.ruleId.startsWith('fr/'));
  assert.deepEqual(
    findings.map((f) => `${f.line}:${f.column} ${f.ruleId}: ${f.message}`),
    [
      "1:1 fr/children-age: En France, l'âge du consentement numérique est de 15 ans (la politique indique 16).",
      "3:1 fr/complaint-authority: Citez la Commission nationale de l'informatique et des libertés (CNIL) comme autorité de contrôle pour les réclamations (citée : —).",
    ],
  );
  // The same text in the Netherlands: 16 is right there, and the Dutch rules speak instead.
  assert.deepEqual(lintPolicy(parsed, withJurisdiction('nl')).findings.filter((f) => f.ruleId.startsWith('fr/')), []);
});

test('Belgium: APD/GBA and 13, messages in French', async () => {
  const text = 'Our site is not meant for children under 16.\n\nYou may lodge a complaint with the Autorité de protection des données.\n';
  const parsed = await parsePolicyText(text, { language: 'en' });
  const findings = lintPolicy(parsed, withJurisdiction('be'), { locale: 'fr' }).findings.filter((f) => f.ruleId.startsWith('nl/'));
  assert.deepEqual(
    findings.map((f) => `${f.line}:${f.column} ${f.ruleId}: ${f.message}`),
    ["1:1 nl/children-age-be: En Belgique, l'âge du consentement numérique est de 13 ans (la politique indique 16)."],
  );
});

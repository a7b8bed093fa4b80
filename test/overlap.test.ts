/** One finding per gap (src/rules/overlap.ts), on the seed and on a policy naming the old Dutch authority. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePolicyFile, parsePolicyText } from '../src/index.js';
import { resolveConfig } from '../src/rules/config.js';
import { lintPolicy } from '../src/rules/engine.js';
import { oneFindingPerGap } from '../src/rules/overlap.js';
import type { Finding } from '../src/rules/types.js';

const ids = (findings: Finding[]): string[] => findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`);

test('consent without withdrawal: the located consistency finding stays, the requirement finding at the title goes', async () => {
  const result = lintPolicy(await parsePolicyFile('fixtures/cloudbilling-privacy-policy.txt'), resolveConfig(null));
  const withdraw = ids(result.findings).filter((f) => /withdraw/u.test(f));
  assert.deepEqual(withdraw, ['21:184 consistency/consent-without-withdrawal']);
  assert.equal(result.requirements.find((r) => r.id === 'right_withdraw_consent')?.status, 'missing', 'the status still says so');
});

test('with the consistency rule off, the requirement finding is reported', async () => {
  const config = resolveConfig(null, { 'consistency/consent-without-withdrawal': 'off' });
  const result = lintPolicy(await parsePolicyFile('fixtures/cloudbilling-privacy-policy.txt'), config);
  assert.deepEqual(ids(result.findings).filter((f) => /withdraw/u.test(f)), ['1:1 gdpr/right-withdraw-consent']);
});

const CBP = ['# Privacyverklaring', '', 'Wij zijn Voorbeeld B.V., Straat 1, Amsterdam, info@voorbeeld.nl.', '', 'U heeft het recht een klacht in te dienen bij het College bescherming persoonsgegevens.', ''].join('\n');

test('the old Dutch authority named for complaints: outdated/cbp stays, nl/complaint-authority on the same span goes', async () => {
  const parsed = await parsePolicyText(CBP, { format: 'markdown', language: 'nl', path: 'p.md' });
  const found = ids(lintPolicy(parsed, resolveConfig(null)).findings).filter((f) => /cbp|complaint-authority/u.test(f));
  assert.deepEqual(found, ['5:51 outdated/cbp']);
  const without = ids(lintPolicy(parsed, resolveConfig(null, { 'outdated/cbp': 'off' })).findings).filter((f) => /cbp|complaint-authority/u.test(f));
  assert.deepEqual(without, ['5:51 nl/complaint-authority']);
});

test('a less severe finding does not replace a more severe one; findings elsewhere stay', () => {
  const f = (ruleId: string, severity: Finding['severity'], line: number): Finding => ({ ruleId, severity, message: '', line, column: 1, endLine: line, endColumn: 10 });
  assert.deepEqual(ids(oneFindingPerGap([f('outdated/cbp', 'info', 3), f('nl/complaint-authority', 'warning', 3)])), ['3:1 outdated/cbp', '3:1 nl/complaint-authority']);
  assert.deepEqual(ids(oneFindingPerGap([f('outdated/cbp', 'error', 3), f('nl/complaint-authority', 'warning', 4)])), ['3:1 outdated/cbp', '4:1 nl/complaint-authority']);
});

/**
 * Inline directives (src/rules/disable.ts): the five ESLint spellings, comma-separated rule ids, unknown
 * directives and rule ids reported, unused disables reported on request.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePolicyText } from '../src/index.js';
import { resolveConfig } from '../src/rules/config.js';
import { lintPolicy } from '../src/rules/engine.js';

const config = resolveConfig(null);

async function lint(lines: string[], format: 'markdown' | 'text' | 'html' = 'markdown', reportUnused = false): Promise<string[]> {
  const parsed = await parsePolicyText(lines.join('\n'), { format, language: 'nl', path: `p.${format === 'markdown' ? 'md' : format === 'text' ? 'txt' : 'html'}` });
  return lintPolicy(parsed, config, { reportUnusedDisableDirectives: reportUnused })
    .findings.filter((f) => f.ruleId.startsWith('outdated/') || f.ruleId === 'privacylint/directive')
    .map((f) => `${f.ruleId}@${f.line}:${f.column}${f.ruleId === 'privacylint/directive' ? ` ${f.message}` : ''}`);
}

const WBP = 'Wij volgen de Wet bescherming persoonsgegevens.';
const BEWERKER = 'Er is een bewerkersovereenkomst.';

test('disable-line with a rule id silences that line only (it used to silence the rest of the file)', async () => {
  const found = await lint(['# Privacy', '', `${WBP} <!-- privacylint-disable-line outdated/wbp -->`, '', WBP, '']);
  assert.deepEqual(found, ['outdated/wbp@5:15']);
});

test('disable-line without ids silences every rule on that line only', async () => {
  const found = await lint(['# Privacy', '', `${WBP} ${BEWERKER} <!-- privacylint-disable-line -->`, '', BEWERKER, '']);
  assert.deepEqual(found, ['outdated/bewerker@5:11']);
});

test('disable-next-line takes comma-separated ids and a -- reason', async () => {
  const found = await lint([
    '# Privacy',
    '',
    '<!-- privacylint-disable-next-line outdated/wbp, outdated/bewerker -- quoted from the 2017 version -->',
    `${WBP} ${BEWERKER}`,
    '',
    `${WBP} ${BEWERKER}`,
    '',
  ]);
  assert.deepEqual(found, ['outdated/wbp@6:15', 'outdated/bewerker@6:59']);
});

test('disable all, then enable one rule: that rule is reported again', async () => {
  const found = await lint(['# Privacy', '', '<!-- privacylint-disable -->', `${WBP} ${BEWERKER}`, '<!-- privacylint-enable outdated/wbp -->', `${WBP} ${BEWERKER}`, '']);
  assert.deepEqual(found, ['outdated/wbp@6:15']);
});

test('disable-file silences the named rule everywhere, wherever the comment is', async () => {
  const found = await lint(['# Privacy', '', WBP, BEWERKER, '', '<!-- privacylint-disable-file outdated/wbp -->', '']);
  assert.deepEqual(found, ['outdated/bewerker@4:11']);
});

test('the same HTML comment works in a plain-text policy', async () => {
  const found = await lint(['Privacy', '', `${WBP} <!-- privacylint-disable-line outdated/wbp -->`, '', BEWERKER, '<!-- privacylint-disable-file outdated/bewerker -->', ''], 'text');
  assert.deepEqual(found, []);
});

test('an unknown directive and an unknown rule id are findings; a directive naming only unknown rules silences nothing', async () => {
  const found = await lint(['# Privacy', '', '<!-- privacylint-disabel outdated/wbp -->', '<!-- privacylint-disable-next-line outdated/wpb -->', WBP, '']);
  assert.deepEqual(found, [
    "privacylint/directive@3:1 Unknown directive 'privacylint-disabel'; use one of privacylint-disable, privacylint-enable, privacylint-disable-line, privacylint-disable-next-line, privacylint-disable-file.",
    "privacylint/directive@4:1 Unknown rule 'outdated/wpb' in privacylint-disable-next-line; see `privacylint rules` for the rule ids.",
    'outdated/wbp@5:15',
  ]);
});

test('unused disables are reported only when asked', async () => {
  const lines = ['# Privacy', '', '<!-- privacylint-disable-next-line outdated/wbp, outdated/bewerker -->', WBP, '', '<!-- privacylint-enable outdated/wbp -->', ''];
  assert.deepEqual(await lint(lines), []);
  assert.deepEqual(await lint(lines, 'markdown', true), [
    "privacylint/directive@3:1 Unused privacylint-disable-next-line directive for 'outdated/bewerker': no problems were reported there.",
    "privacylint/directive@6:1 Unused privacylint-enable directive for 'outdated/wbp': nothing was disabled.",
  ]);
});

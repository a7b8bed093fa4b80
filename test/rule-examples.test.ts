/**
 * Every built-in rule carries its own passing and failing examples (remark-lint's habit); this runs them all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicyText } from '../src/index.js';
import { resolveConfig, type ResolvedConfig } from '../src/rules/config.js';
import { lintPolicy } from '../src/rules/engine.js';

const all = resolveConfig(null);

/** A config that runs only one rule, at its default severity. */
function only(ruleId: string): ResolvedConfig {
  const severity = new Map(all.rules.map((r) => [r.def.id, r.def.id === ruleId ? r.def.severity : ('off' as const)]));
  return { ...all, severity };
}

test('every built-in rule has a passing and a failing example', () => {
  const without = all.rules.filter((r) => r.builtin && (!r.def.examples?.ok.length || !r.def.examples['not-ok'].length)).map((r) => r.def.id);
  assert.deepEqual(without, []);
});

for (const rule of all.rules) {
  const examples = rule.def.examples;
  if (!examples) continue;
  for (const [kind, list] of [['ok', examples.ok], ['not-ok', examples['not-ok']]] as const) {
    list.forEach((example, i) => {
      test(`${rule.def.id} ${kind} example ${i + 1}`, async () => {
        const parsed = await parsePolicyText(example.text, { format: example.format, language: example.language, path: `${rule.def.id}.${kind}.md` });
        const config = only(rule.def.id);
        if (rule.def.jurisdiction) config.jurisdiction = rule.def.jurisdiction;
        const findings = lintPolicy(parsed, config).findings.filter((f) => f.ruleId === rule.def.id);
        if (kind === 'ok') assert.deepEqual(findings.map((f) => f.message), [], `expected no finding for: ${example.text}`);
        else assert.ok(findings.length > 0, `expected a finding for: ${example.text}`);
      });
    });
  }
}

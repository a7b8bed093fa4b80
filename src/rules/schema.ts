/**
 * The schema of rule files (`rules/*.yaml`, users' own folders) and of `.privacylintrc.yaml`.
 * zod validates them with error paths we can map back to a file line; `z.toJSONSchema` publishes the same
 * schema for editors (schema/*.json).
 */
import { z } from 'zod';
import { JURISDICTIONS, REQUIREMENT_IDS } from './types.js';
import { LANGUAGE_CODES, LOCALES } from '../model/types.js';

export const CONSISTENCY_CHECKS = [
  'consent-without-withdrawal',
  'outside-eea-without-transfer',
  'legal-basis-heading-empty',
  'dpo-without-contact',
  'cookies-only-functional-but-tracking',
  'acceptance-by-use',
  'complaint-authority-jurisdiction',
  'children-age-jurisdiction',
  'bsn-without-legal-ground',
] as const;

/**
 * The schemas, built on first use: a run that reads no config file and the built-in rules from the build's cache
 * (dist/builtin-rules.json) needs none, and building them all cost a cold start about as much as linting a short section.
 */
function build() {
  const SeveritySchema = z.enum(['error', 'warning', 'info']);
  const SeverityOrOffSchema = z.enum(['off', 'error', 'warning', 'info']);

  const Text = z.string().min(1);
  const LocalizedSchema = z
    .strictObject({ nl: Text, en: Text, de: Text.optional(), fr: Text.optional() })
    .describe('The same text in Dutch and English, and optionally German and French (English is used where they are missing)');

  const ExampleSchema = z.strictObject({
    text: Text.describe('A short policy text'),
    language: z.enum(LANGUAGE_CODES).default('nl'),
    format: z.enum(['markdown', 'text', 'html']).default('markdown'),
  });

  const RuleBase = {
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]*\/[a-z0-9][a-z0-9-_]*$/u, 'must look like pack/rule-name (lower case, digits, - and _)')
      .describe('Unique rule id, pack/name'),
    severity: SeveritySchema.describe('Default severity'),
    article: Text.describe('The article or law the rule enforces, e.g. "GDPR Art. 13(2)(a)"'),
    url: z.url().describe('Link to the source text'),
    description: LocalizedSchema.describe('What the rule checks'),
    languages: z.array(z.enum(LANGUAGE_CODES)).min(1).optional().describe('Only for policies in these languages'),
    jurisdiction: z.enum(JURISDICTIONS).optional().describe('Only for policies of this jurisdiction'),
    examples: z
      .strictObject({
        ok: z.array(ExampleSchema).default([]),
        'not-ok': z.array(ExampleSchema).default([]),
      })
      .optional()
      .describe('Texts the rule must pass and fail; the test suite runs them'),
  };

  const RequirementRuleSchema = z.strictObject({
    ...RuleBase,
    kind: z.literal('requirement'),
    requirement: z.enum(REQUIREMENT_IDS),
    partialSeverity: SeveritySchema.optional().describe('Severity when the element is there but falls short (default: one step lower)'),
    message: z.strictObject({ missing: LocalizedSchema, partial: LocalizedSchema }),
  });

  const PatternRuleSchema = z.strictObject({
    ...RuleBase,
    kind: z.literal('pattern'),
    mode: z.enum(['existence', 'substitution']),
    patterns: z.array(Text).optional().describe('existence: phrases (RE2 syntax, matched on word boundaries, case-insensitive)'),
    swap: z.record(Text, Text).optional().describe('substitution: phrase -> replacement'),
    exceptions: z.array(Text).optional().describe('Sentences matching one of these are left alone'),
    message: LocalizedSchema.describe('May use {match} and {replacement}'),
  });

  const LawRuleSchema = z.strictObject({
    ...RuleBase,
    kind: z.literal('law'),
    law: Text.describe('Id of an outdated law, body or term in the law registry (wbp, bewerker, …)'),
    unlessCited: z
      .array(Text)
      .min(1)
      .optional()
      .describe('Fire on the law (current or not) only when none of these law ids is cited, e.g. a national act cited without the GDPR'),
    message: LocalizedSchema.describe('May use {match}, {replacement} and {until}'),
  });

  const ConsistencyRuleSchema = z.strictObject({
    ...RuleBase,
    kind: z.literal('consistency'),
    check: z.enum(CONSISTENCY_CHECKS),
    message: LocalizedSchema,
  });

  const RuleSchema = z.discriminatedUnion('kind', [RequirementRuleSchema, PatternRuleSchema, LawRuleSchema, ConsistencyRuleSchema]);

  const RulePackSchema = z.strictObject({
    pack: z.string().regex(/^[a-z][a-z0-9-]*$/u).describe('Pack name; every rule id starts with it'),
    description: Text.optional(),
    rules: z.array(RuleSchema),
  });

  const ConfigSchema = z.strictObject({
    $schema: z.string().optional(),
    extends: z
      .union([z.enum(['privacylint:recommended', 'privacylint:strict']), z.array(z.enum(['privacylint:recommended', 'privacylint:strict']))])
      .optional()
      .describe('Start from a built-in preset'),
    rules: z.record(z.string(), SeverityOrOffSchema).optional().describe('Severity per rule id, or off'),
    ruleFolders: z.array(Text).optional().describe('Folders with your own rule packs (YAML), relative to this file'),
    jurisdiction: z.enum([...JURISDICTIONS, 'none']).optional().describe('Turns on the national pack (default: from the language and the policy\'s signals)'),
    language: z.enum(LANGUAGE_CODES).optional().describe('Policy language instead of detecting it'),
    locale: z.enum(LOCALES).optional().describe('Language of the messages (default: the policy language, else English)'),
    ignore: z.array(Text).optional().describe('Glob patterns of files not to lint'),
    files: z.array(Text).optional().describe('Glob patterns (relative to this file) of the policies a bare `privacylint` lints, instead of looking for policy-like file names'),
  });
  return { SeveritySchema, SeverityOrOffSchema, LocalizedSchema, RequirementRuleSchema, PatternRuleSchema, LawRuleSchema, ConsistencyRuleSchema, RuleSchema, RulePackSchema, ConfigSchema };
}

let built: ReturnType<typeof build> | undefined;
/** The schemas (built once). */
export function schemas(): ReturnType<typeof build> {
  return (built ??= build());
}
type Schemas = ReturnType<typeof build>;

export type RuleDef = z.infer<Schemas['RuleSchema']>;
export type RequirementRuleDef = z.infer<Schemas['RequirementRuleSchema']>;
export type PatternRuleDef = z.infer<Schemas['PatternRuleSchema']>;
export type LawRuleDef = z.infer<Schemas['LawRuleSchema']>;
export type ConsistencyRuleDef = z.infer<Schemas['ConsistencyRuleSchema']>;
export type RulePack = z.infer<Schemas['RulePackSchema']>;
export type ConfigFile = z.infer<Schemas['ConfigSchema']>;
export type ConsistencyCheck = (typeof CONSISTENCY_CHECKS)[number];

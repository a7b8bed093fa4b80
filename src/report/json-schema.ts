/**
 * The output of `privacylint lint --format json` (contract, DESIGN.md): its TypeScript type and a
 * hand-written JSON Schema (draft 2020-12) of the same shape, for users' scripts and for the tests.
 *
 * Version 1. The envelope, requirements and findings are closed (no other keys); the model is the
 * `privacylint parse` contract, which may gain fields, so its objects are open.
 */
import { LANGUAGE_CODES, type Language, type PolicyModel } from '../model/types.js';
import type { RequirementId, RequirementStatus, Severity } from '../rules/types.js';
import { REQUIREMENT_IDS, REQUIREMENT_STATUSES } from '../rules/types.js';
import { STATEMENT_IDS } from '../model/types.js';
import { NOT_ASSESSED_ID } from '../rules/notice.js';

/** A quoted span of the original file: 1-based lines and columns (UTF-16 code units), end exclusive. */
export interface JsonEvidence {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The original text, white space folded. */
  text: string;
}

/** One of the 18 GDPR Art. 13 requirements and the text that decided its status (empty when missing). */
export interface JsonRequirement {
  id: RequirementId;
  article: string;
  status: RequirementStatus;
  evidence: JsonEvidence[];
}

/** A text edit `--fix` applies: replace the original file's UTF-16 offsets [start, end) with `text`. */
export interface JsonFix {
  range: [number, number];
  text: string;
}

/** A rule's finding at a place in the original file; whole-document findings are anchored at the title. */
export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: JsonFix;
}

/**
 * Present only when the file was not assessed: its language has no pack (Italian, Spanish, …). Then every
 * requirement has status `not_assessed` and only language-independent findings (outdated law) are reported.
 */
export interface JsonNotice {
  id: typeof NOT_ASSESSED_ID;
  message: string;
}

export interface JsonFileResult {
  /** The path as given on the command line ('<stdin>' for standard input, unless --stdin-filename names it). */
  path: string;
  /** The policy's language as detected (or given with --language): nl, en, de, fr, it, es, pt, da, sv, pl. */
  language: Language;
  notice?: JsonNotice;
  model: PolicyModel;
  requirements: JsonRequirement[];
  findings: JsonFinding[];
}

/** The whole document `formatJson` writes. */
export interface JsonLintOutput {
  version: 1;
  files: JsonFileResult[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

const positive = { type: 'integer', minimum: 1 } as const;
const count = { type: 'integer', minimum: 0 } as const;
const nullableString = { type: ['string', 'null'] } as const;
const evidenceList = { type: 'array', items: { $ref: '#/$defs/evidence' } } as const;

/** An open object of the model with the contract's required fields and `evidence`. */
function fact(properties: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'object',
    required: [...Object.keys(properties), 'evidence'],
    properties: { ...properties, evidence: evidenceList },
  };
}

const factList = (properties: Record<string, unknown>): Record<string, unknown> => ({ type: 'array', items: fact(properties) });
const nullable = (schema: Record<string, unknown>): Record<string, unknown> => ({ anyOf: [{ type: 'null' }, schema] });

/** Optional flags of a fact, present only when true ("emailHidden", "contactForm"). */
function withFlags(schema: Record<string, unknown>, flags: string[]): Record<string, unknown> {
  const properties = { ...(schema.properties as Record<string, unknown>) };
  for (const flag of flags) properties[flag] = { const: true };
  return { ...schema, properties };
}

const modelSchema = {
  type: 'object',
  required: [
    'language',
    'title',
    'updated',
    'controller',
    'representative',
    'dpo',
    'dataCategories',
    'purposes',
    'legalBases',
    'legitimateInterests',
    'recipients',
    'transfers',
    'retention',
    'rights',
    'supervisoryAuthority',
    'automatedDecisionMaking',
    'cookies',
    'children',
    'lawReferences',
    'addressed',
    'statements',
  ],
  properties: {
    language: { $ref: '#/$defs/language' },
    title: nullableString,
    updated: { anyOf: [{ type: 'null' }, { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }] },
    controller: withFlags(fact({
      name: nullableString,
      aliases: { type: 'array', items: { type: 'string' } },
      address: nullableString,
      email: nullableString,
      phone: nullableString,
      website: nullableString,
      registration: nullableString,
    }), ['emailHidden', 'contactForm']),
    representative: nullable(fact({ name: nullableString, address: nullableString, email: nullableString })),
    dpo: nullable({
      ...fact({ name: nullableString, email: nullableString, phone: nullableString }),
      properties: { ...(fact({ name: nullableString, email: nullableString, phone: nullableString }).properties as object), emailHidden: { const: true }, address: { type: 'string' } },
    }),
    dataCategories: factList({ id: { type: 'string' }, label: { type: 'string' }, special: { type: 'boolean' } }),
    purposes: factList({ id: { type: 'string' }, label: { type: 'string' }, legalBasis: { anyOf: [{ type: 'null' }, { $ref: '#/$defs/legalBasis' }] } }),
    legalBases: factList({ id: { $ref: '#/$defs/legalBasis' } }),
    legitimateInterests: factList({ label: { type: 'string' } }),
    recipients: factList({
      name: { type: 'string' },
      kind: { enum: ['processor', 'controller', 'category'] },
      service: nullableString,
      country: nullableString,
    }),
    transfers: factList({ destination: nullableString, mechanism: { type: 'string' } }),
    retention: factList({ subject: nullableString, duration: nullableString, anchor: nullableString, vague: { type: 'boolean' } }),
    rights: factList({ id: { type: 'string' } }),
    supervisoryAuthority: nullable(fact({ name: { type: 'string' } })),
    automatedDecisionMaking: nullable(fact({ used: { type: 'boolean' } })),
    cookies: factList({ kind: { type: 'string' }, name: nullableString, lifetime: nullableString }),
    children: nullable(fact({ minimumAge: { type: ['integer', 'null'] } })),
    lawReferences: factList({ id: { type: 'string' }, outdated: { type: 'boolean' }, replacement: nullableString }),
    addressed: factList({ requirement: { enum: [...REQUIREMENT_IDS] }, kind: { enum: ['statement', 'cue', 'article', 'authority'] } }),
    statements: factList({ id: { enum: [...STATEMENT_IDS] } }),
  },
} as const;

/** JSON Schema (draft 2020-12) of `privacylint lint --format json`, version 1. */
export const LINT_OUTPUT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:privacylint:lint-output:1',
  title: 'privacylint lint --format json, version 1',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'files', 'summary'],
  properties: {
    version: { const: 1 },
    files: { type: 'array', items: { $ref: '#/$defs/file' } },
    summary: {
      type: 'object',
      additionalProperties: false,
      required: ['files', 'errors', 'warnings', 'infos'],
      properties: { files: count, errors: count, warnings: count, infos: count },
    },
  },
  $defs: {
    language: { enum: [...LANGUAGE_CODES] },
    legalBasis: { enum: ['consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests'] },
    evidence: {
      type: 'object',
      additionalProperties: false,
      required: ['line', 'column', 'endLine', 'endColumn', 'text'],
      properties: { line: positive, column: positive, endLine: positive, endColumn: positive, text: { type: 'string' } },
    },
    requirement: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'article', 'status', 'evidence'],
      properties: {
        id: { enum: [...REQUIREMENT_IDS] },
        article: { type: 'string', minLength: 1 },
        status: { enum: [...REQUIREMENT_STATUSES] },
        evidence: evidenceList,
      },
    },
    finding: {
      type: 'object',
      additionalProperties: false,
      required: ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn'],
      properties: {
        ruleId: { type: 'string', minLength: 1 },
        severity: { enum: ['error', 'warning', 'info'] },
        message: { type: 'string', minLength: 1 },
        line: positive,
        column: positive,
        endLine: positive,
        endColumn: positive,
        fix: {
          type: 'object',
          additionalProperties: false,
          required: ['range', 'text'],
          properties: {
            range: { type: 'array', prefixItems: [count, count], minItems: 2, maxItems: 2 },
            text: { type: 'string' },
          },
        },
      },
    },
    file: {
      type: 'object',
      additionalProperties: false,
      required: ['path', 'language', 'model', 'requirements', 'findings'],
      properties: {
        path: { type: 'string', minLength: 1 },
        language: { $ref: '#/$defs/language' },
        notice: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'message'],
          properties: { id: { const: NOT_ASSESSED_ID }, message: { type: 'string', minLength: 1 } },
        },
        model: modelSchema,
        requirements: { type: 'array', minItems: REQUIREMENT_IDS.length, maxItems: REQUIREMENT_IDS.length, items: { $ref: '#/$defs/requirement' } },
        findings: { type: 'array', items: { $ref: '#/$defs/finding' } },
      },
    },
  },
} as const;

/**
 * JSON Schema of one line of `privacylint lint --format jsonl`: the same file object as one entry of `files` in
 * `--format json` (version 1), written on a line of its own, one line per file in file order.
 */
export const LINT_JSONL_LINE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:privacylint:lint-jsonl-line:1',
  title: 'one line of privacylint lint --format jsonl, version 1',
  $ref: '#/$defs/file',
  $defs: LINT_OUTPUT_SCHEMA.$defs,
} as const;

/**
 * `privacylint lint --format json` (contract, DESIGN.md): the report as one JSON document, 2-space indent,
 * a newline at the end. Objects are rebuilt key by key so the key order is fixed whatever the engine's
 * objects carry (extra keys such as a requirement's `reason` are not part of version 1).
 */
import type { Evidence } from '../model/types.js';
import { capEvidenceQuotes, capQuote } from './quote.js';
import type { FileResult, Finding, LintReport, RequirementResult } from '../rules/types.js';
import type { JsonEvidence, JsonFileResult, JsonFinding, JsonLintOutput, JsonRequirement } from './json-schema.js';

export type { JsonEvidence, JsonFileResult, JsonFinding, JsonFix, JsonLintOutput, JsonRequirement } from './json-schema.js';
export { LINT_OUTPUT_SCHEMA, LINT_JSONL_LINE_SCHEMA } from './json-schema.js';

function evidence(e: Evidence): JsonEvidence {
  return { line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, text: capQuote(e.text) };
}

function requirement(r: RequirementResult): JsonRequirement {
  return { id: r.id, article: r.article, status: r.status, evidence: r.evidence.map(evidence) };
}

function finding(f: Finding): JsonFinding {
  const out: JsonFinding = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
  };
  if (f.fix) out.fix = { range: [f.fix.range[0], f.fix.range[1]], text: f.fix.text };
  return out;
}

/** One file of the report as the contract writes it (also one line of `--format jsonl`). */
export function toJsonFile(f: FileResult): JsonFileResult {
  // Key order is the contract's: path, language, notice (only when the file was not assessed), model, requirements, findings.
  return {
    path: f.path,
    language: f.language,
    ...(f.notice ? { notice: { id: f.notice.id, message: f.notice.message } } : {}),
    // The model is the `parse` contract as the extractors build it (their key order is fixed by construction), quotes capped.
    model: capEvidenceQuotes(f.model),
    requirements: f.requirements.map(requirement),
    findings: f.findings.map(finding),
  };
}

/** The report as the JSON contract's plain object (for callers that embed it rather than print it). */
export function toJsonOutput(report: LintReport): JsonLintOutput {
  const { files, errors, warnings, infos } = report.summary;
  return { version: 1, files: report.files.map(toJsonFile), summary: { files, errors, warnings, infos } };
}

export function formatJson(report: LintReport): string {
  return `${JSON.stringify(toJsonOutput(report), null, 2)}\n`;
}

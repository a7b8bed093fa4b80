/** The report formatters: pure functions from a LintReport to a string (the CLI chooses, prints and exits). */
export { formatStylish, type StylishOptions } from './stylish.js';
export { formatJson, toJsonOutput, toJsonFile, LINT_OUTPUT_SCHEMA, LINT_JSONL_LINE_SCHEMA } from './json.js';
export { formatJsonlLine, JsonReportWriter } from './json-stream.js';
export type { JsonEvidence, JsonFileResult, JsonFinding, JsonFix, JsonLintOutput, JsonRequirement } from './json.js';
export { formatSarif, artifactLocation, FINGERPRINT_KEY, type SarifOptions } from './sarif.js';
export { formatGithub } from './github.js';
export { formatMarkdown, escapeMarkdown, type MarkdownOptions } from './markdown.js';

/**
 * Findings as LSP diagnostics. The library's positions are 1-based lines and UTF-16 columns in the text it read,
 * with the same line ends as LSP (CRLF, LF, lone CR), so a position is the finding's minus one; only a leading
 * byte order mark, which the library does not see, moves the first line by one.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { Evidence } from '../model/types.js';
import type { Finding, Severity } from '../rules/types.js';
import type { LintedText } from './lint-document.js';
import { titleAnchor } from '../rules/engine.js';
import { ExtractContext } from '../extract/context.js';

export const SOURCE = 'privacylint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

type Span = Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'> | Evidence;

/** The editor range of a finding or of evidence. */
export function rangeOf(span: Span, bom: 0 | 1): Range {
  return {
    start: { line: span.line - 1, character: span.column - 1 + (span.line === 1 ? bom : 0) },
    end: { line: span.endLine - 1, character: span.endColumn - 1 + (span.endLine === 1 ? bom : 0) },
  };
}

/** An editor position inside a range (ends included, so that a zero-width range can still be hovered). */
export function contains(range: Range, line: number, character: number): boolean {
  const after = line > range.start.line || (line === range.start.line && character >= range.start.character);
  const before = line < range.end.line || (line === range.end.line && character <= range.end.character);
  return after && before;
}

/** Whether two ranges share at least one position. */
export function overlaps(a: Range, b: Range): boolean {
  const le = (x: Range['start'], y: Range['start']): boolean => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return le(a.start, b.end) && le(b.start, a.end);
}

export function toDiagnostic(finding: Finding, linted: LintedText): Diagnostic {
  const rule = linted.config.rules.find((r) => r.def.id === finding.ruleId);
  const diagnostic: Diagnostic = {
    range: rangeOf(finding, linted.bom),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: SOURCE,
    message: finding.message,
  };
  if (rule) diagnostic.codeDescription = { href: rule.def.url };
  return diagnostic;
}

/** Every diagnostic of a linted document; a policy in a language without a pack gets its notice on the title line. */
export function diagnosticsOf(linted: LintedText): Diagnostic[] {
  const out = linted.result.findings.map((f) => toDiagnostic(f, linted));
  const { notice } = linted.result;
  if (notice) {
    const anchor = titleAnchor(linted.parsed, new ExtractContext(linted.parsed.document));
    out.unshift({ range: rangeOf(anchor, linted.bom), severity: DiagnosticSeverity.Information, code: notice.id, source: SOURCE, message: notice.message });
  }
  return out;
}

/**
 * Code actions for the findings under the cursor: the finding's own fix (the edit `--fix` applies), a directive
 * comment that silences the rule on that line or in the whole file, and one action applying every fix at once.
 */
import { CodeActionKind, type CodeAction, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { chooseFixes } from '../lint.js';
import type { Finding } from '../rules/types.js';
import { overlaps, rangeOf, toDiagnostic } from './diagnostics.js';
import { fillLabel, LSP_LABELS } from './labels.js';
import type { LintedText } from './lint-document.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.privacylint`;

/** A directive comment and the rule ids it names, at the start of `text` or anywhere in a line. */
const LINE_DIRECTIVE = /<!--\s*privacylint-disable-line\b([^]*?)-->/u;
const FILE_DIRECTIVE = /^<!--\s*privacylint-disable-file\b([^]*?)-->/u;
const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\r?\n[^]*?\r?\n\1[ \t]*(?:\r\n|\n|\r|$)/u;
const DOCTYPE = /^\s*<!doctype[^>]*>[ \t]*(?:\r\n|\n|\r)?/iu;

function wanted(kind: string, only: string[] | undefined): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function edit(uri: string, edits: TextEdit[]): WorkspaceEdit {
  return { changes: { [uri]: edits } };
}

function lineEnding(text: string): string {
  const m = /\r\n|\n|\r/u.exec(text);
  return m ? m[0] : '\n';
}

/** Where a file-wide directive goes: after front matter (which must stay first) or an HTML doctype (else quirks mode), else at the top. */
function fileDirectiveOffset(text: string): number {
  const front = FRONT_MATTER.exec(text);
  if (front) return front[0].length;
  const doctype = DOCTYPE.exec(text);
  return doctype ? doctype[0].length : 0;
}

/** The edit adding `ruleId` to a directive comment naming `ids` and closing (`-->`) at offset `closeAt`; null when it already covers the rule. */
function addToDirective(doc: TextDocument, ids: string, closeAt: number, ruleId: string): TextEdit | null {
  const names = ids.split(/[\s,]+/u).filter(Boolean);
  if (names.length === 0 || names.includes(ruleId)) return null; // already silences it (or every rule)
  const before = doc.getText().charAt(closeAt - 1);
  const insert = /\s/u.test(before) ? `${ruleId} ` : ` ${ruleId} `;
  const at = doc.positionAt(closeAt);
  return { range: { start: at, end: at }, newText: insert };
}

function disableLineEdit(doc: TextDocument, linted: LintedText, finding: Finding): TextEdit | null {
  const line = finding.line - 1;
  const front = FRONT_MATTER.exec(linted.text);
  // A comment appended inside front matter would become part of a YAML or TOML value.
  if (front && linted.bom + front[0].length > doc.offsetAt({ line, character: 0 })) return null;
  const start = doc.offsetAt({ line, character: 0 });
  const next = line + 1 < doc.lineCount ? doc.offsetAt({ line: line + 1, character: 0 }) : doc.getText().length;
  const lineText = doc.getText().slice(start, next).replace(/(?:\r\n|\n|\r)$/u, '');
  const existing = LINE_DIRECTIVE.exec(lineText);
  if (existing) return addToDirective(doc, existing[1], start + existing.index + existing[0].length - 3, finding.ruleId);
  const end = doc.positionAt(start + lineText.length);
  const gap = lineText === '' || /\s$/u.test(lineText) ? '' : ' ';
  return { range: { start: end, end }, newText: `${gap}<!-- privacylint-disable-line ${finding.ruleId} -->` };
}

function disableFileEdit(doc: TextDocument, linted: LintedText, ruleId: string): TextEdit | null {
  const offset = fileDirectiveOffset(linted.text);
  const existing = FILE_DIRECTIVE.exec(linted.text.slice(offset));
  if (existing) return addToDirective(doc, existing[1], linted.bom + offset + existing[0].length - 3, ruleId);
  const at = doc.positionAt(linted.bom + offset);
  return { range: { start: at, end: at }, newText: `<!-- privacylint-disable-file ${ruleId} -->${lineEnding(linted.text)}` };
}

/** The code actions for `range` of a document linted at its current version. */
export function codeActions(doc: TextDocument, linted: LintedText, range: Range, only?: string[]): CodeAction[] {
  const labels = LSP_LABELS[linted.locale];
  const actions: CodeAction[] = [];
  const here = linted.result.findings.filter((f) => overlaps(rangeOf(f, linted.bom), range));
  const disables: CodeAction[] = [];
  const seen = new Set<string>();
  for (const finding of here) {
    const diagnostic = toDiagnostic(finding, linted);
    if (finding.fix && wanted(CodeActionKind.QuickFix, only)) {
      const { range: [from, to], text } = finding.fix;
      actions.push({
        title: fillLabel(labels.replace, { from: linted.text.slice(from, to), to: text }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: edit(doc.uri, [{ range: { start: doc.positionAt(linted.bom + from), end: doc.positionAt(linted.bom + to) }, newText: text }]),
      });
    }
    if (!wanted(CodeActionKind.QuickFix, only)) continue;
    const lineKey = `line:${finding.line}:${finding.ruleId}`;
    const lineEdit = seen.has(lineKey) ? null : disableLineEdit(doc, linted, finding);
    seen.add(lineKey);
    if (lineEdit) {
      disables.push({ title: fillLabel(labels.disableLine, { rule: finding.ruleId }), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(doc.uri, [lineEdit]) });
    }
    const fileKey = `file:${finding.ruleId}`;
    const fileEdit = seen.has(fileKey) ? null : disableFileEdit(doc, linted, finding.ruleId);
    seen.add(fileKey);
    if (fileEdit) {
      disables.push({ title: fillLabel(labels.disableFile, { rule: finding.ruleId }), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(doc.uri, [fileEdit]) });
    }
  }
  actions.push(...disables);
  const fixable = linted.result.findings.filter((f) => f.fix);
  if (fixable.length > 0 && wanted(FIX_ALL_KIND, only)) {
    // The same fixes `--fix` applies, one edit each.
    const edits = chooseFixes(fixable).map((fix) => ({
      range: { start: doc.positionAt(linted.bom + fix.range[0]), end: doc.positionAt(linted.bom + fix.range[1]) },
      newText: fix.text,
    }));
    actions.push({ title: labels.fixAll, kind: FIX_ALL_KIND, edit: edit(doc.uri, edits) });
  }
  return actions;
}

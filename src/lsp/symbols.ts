/**
 * The policy's model as a document outline: controller, purposes, retention, recipients and rights, each fact at
 * its first piece of evidence, so an editor's outline view shows the policy's structure.
 */
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { Evidence } from '../model/types.js';
import { REPORT_LABELS } from '../report/labels.js';
import type { RequirementId } from '../rules/types.js';
import { rangeOf } from './diagnostics.js';
import { LSP_LABELS } from './labels.js';
import type { LintedText } from './lint-document.js';

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function leaf(name: string, detail: string | undefined, kind: SymbolKind, evidence: Evidence[], bom: 0 | 1): DocumentSymbol | null {
  const first = evidence[0];
  if (!first || !name.trim()) return null;
  const range = rangeOf(first, bom);
  return { name: name.trim(), ...(detail ? { detail } : {}), kind, range, selectionRange: range };
}

/** A group spanning its children (an outline parent must contain them). */
function group(name: string, kind: SymbolKind, children: Array<DocumentSymbol | null>): DocumentSymbol | null {
  const kids = children.filter((c): c is DocumentSymbol => c !== null);
  if (kids.length === 0) return null;
  let { start, end } = kids[0].range;
  for (const k of kids) {
    if (before(k.range.start, start)) start = k.range.start;
    if (before(end, k.range.end)) end = k.range.end;
  }
  const range = { start, end };
  return { name, kind, range, selectionRange: kids[0].selectionRange, children: kids };
}

export function documentSymbols(linted: LintedText): DocumentSymbol[] {
  const { model } = linted.parsed;
  const { bom, locale } = linted;
  const labels = LSP_LABELS[locale];
  const requirement = REPORT_LABELS[locale].requirement;
  const controller = model.controller;
  const contact = [controller.email, controller.phone, controller.website].filter(Boolean).join(', ');
  const out = [
    group(labels.controller, SymbolKind.Class, [leaf(controller.name ?? labels.controller, contact || undefined, SymbolKind.Object, controller.evidence, bom)]),
    group(
      labels.purposes,
      SymbolKind.Namespace,
      model.purposes.map((p) => leaf(p.label, p.legalBasis ?? undefined, SymbolKind.Field, p.evidence, bom)),
    ),
    group(
      labels.retention,
      SymbolKind.Namespace,
      model.retention.map((r) => leaf(r.subject ?? r.evidence[0]?.text.slice(0, 60) ?? '', r.duration ?? undefined, SymbolKind.Field, r.evidence, bom)),
    ),
    group(
      labels.recipients,
      SymbolKind.Namespace,
      model.recipients.map((r) => leaf(r.name, [r.kind, r.country].filter(Boolean).join(', '), SymbolKind.Field, r.evidence, bom)),
    ),
    group(
      labels.rights,
      SymbolKind.Namespace,
      model.rights.map((r) => leaf(requirement[`right_${r.id}` as RequirementId] ?? r.id, undefined, SymbolKind.Field, r.evidence, bom)),
    ),
  ];
  return out.filter((s): s is DocumentSymbol => s !== null);
}

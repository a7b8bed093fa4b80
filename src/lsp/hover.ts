/**
 * Hover over a finding: what the rule checks, the article or law it enforces (linked), and what would make the
 * text pass: the suggested replacement when there is one, else the rule's advice, and a text the rule passes.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { Position } from 'vscode-languageserver-textdocument';
import { localize } from '../rules/types.js';
import { contains, rangeOf } from './diagnostics.js';
import { fillLabel, LSP_LABELS } from './labels.js';
import type { LintedText } from './lint-document.js';

/** Text shown as written in Markdown: characters that would start emphasis, code, links or HTML are escaped. */
function plain(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/gu, (c) => `\\${c}`).replace(/^([#+\->=])/u, '\\$1');
}

export function hoverAt(linted: LintedText, position: Position): Hover | null {
  const labels = LSP_LABELS[linted.locale];
  const here = linted.result.findings.filter((f) => contains(rangeOf(f, linted.bom), position.line, position.character));
  if (here.length === 0) return null;
  const language = linted.parsed.model.language;
  const parts = here.map((finding) => {
    const rule = linted.config.rules.find((r) => r.def.id === finding.ruleId)?.def;
    const lines = [`**${plain(finding.ruleId)}** (${finding.severity})${rule ? ` · [${plain(rule.article)}](${rule.url})` : ''}`, '', plain(finding.message)];
    if (rule) lines.push('', `${labels.checks}: ${plain(localize(rule.description, linted.locale))}`);
    if (finding.fix) {
      const { range: [from, to], text } = finding.fix;
      lines.push('', `${labels.toPass}: ${plain(fillLabel(labels.replace, { from: linted.text.slice(from, to), to: text }))}`);
    }
    const examples = rule?.examples?.ok ?? [];
    const example = examples.find((e) => e.language === language) ?? examples[0];
    if (example) lines.push('', `${labels.passes}:`, '', ...example.text.trim().split(/\r?\n/u).map((l) => `> ${plain(l)}`));
    return lines.join('\n');
  });
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: rangeOf(here[0], linted.bom),
  };
}

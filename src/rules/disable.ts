/**
 * Inline control in Markdown and HTML comments, as remark-lint does it:
 *   <!-- privacylint-disable [rule-id …] -->       from here on (all rules when none is named)
 *   <!-- privacylint-enable [rule-id …] -->        back on
 *   <!-- privacylint-disable-next-line [rule-id …] -->
 */
import type { SourceText } from '../document/index.js';

interface Region {
  rules: Set<string> | null;
  fromLine: number;
  toLine: number;
}

const DIRECTIVE = /<!--\s*privacylint-(disable-next-line|disable|enable)\b([^]*?)-->/gu;

export class InlineControl {
  private readonly regions: Region[] = [];

  constructor(source: SourceText) {
    const open = new Map<string, number>();
    let openAll: number | null = null;
    const text = source.text;
    let m: RegExpExecArray | null;
    DIRECTIVE.lastIndex = 0;
    while ((m = DIRECTIVE.exec(text))) {
      const kind = m[1];
      const ids = m[2].split(/[\s,]+/u).filter(Boolean);
      const line = source.pointAt(m.index).line;
      const endLine = source.pointAt(m.index + m[0].length).line;
      if (kind === 'disable-next-line') {
        this.regions.push({ rules: ids.length ? new Set(ids) : null, fromLine: endLine + 1, toLine: endLine + 1 });
      } else if (kind === 'disable') {
        if (ids.length === 0) openAll ??= line;
        for (const id of ids) if (!open.has(id)) open.set(id, line);
      } else {
        if (ids.length === 0) {
          if (openAll !== null) this.regions.push({ rules: null, fromLine: openAll, toLine: line });
          openAll = null;
          for (const [id, from] of open) this.regions.push({ rules: new Set([id]), fromLine: from, toLine: line });
          open.clear();
        }
        for (const id of ids) {
          const from = open.get(id);
          if (from !== undefined) this.regions.push({ rules: new Set([id]), fromLine: from, toLine: line });
          open.delete(id);
        }
      }
    }
    const last = source.lineCount + 1;
    if (openAll !== null) this.regions.push({ rules: null, fromLine: openAll, toLine: last });
    for (const [id, from] of open) this.regions.push({ rules: new Set([id]), fromLine: from, toLine: last });
  }

  /** True when a finding of `ruleId` on `line` is silenced. */
  disabled(ruleId: string, line: number): boolean {
    return this.regions.some((r) => line >= r.fromLine && line <= r.toLine && (r.rules === null || r.rules.has(ruleId)));
  }
}

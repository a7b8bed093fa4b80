/**
 * Inline control, spelled as ESLint and markdownlint spell it, in an HTML comment (`<!-- … -->`). The same
 * comment works in every input format: Markdown and HTML keep it out of the rendered text, and a plain-text
 * policy has no comment syntax of its own, so the HTML comment is read there too.
 *
 *   <!-- privacylint-disable [rule-id, …] -->            from this line on (every rule when none is named)
 *   <!-- privacylint-enable [rule-id, …] -->             back on after this line (every rule when none is named)
 *   <!-- privacylint-disable-line [rule-id, …] -->       this line only
 *   <!-- privacylint-disable-next-line [rule-id, …] -->  the line after the comment only
 *   <!-- privacylint-disable-file [rule-id, …] -->       the whole file
 *
 * Rule ids are separated by commas (or spaces); text after ` -- ` is a reason and is ignored. A directive
 * that is not one of these, or names a rule that does not exist, is reported as a `privacylint/directive`
 * finding; with `reportUnused`, so is a disable that silenced nothing (and an enable with nothing to enable).
 */
import type { SourceText } from '../document/index.js';
import type { Finding, Severity } from './types.js';

/** The rule id of findings about the directives themselves (never silenced by a directive). */
export const DIRECTIVE_RULE_ID = 'privacylint/directive';

export const DIRECTIVE_KINDS = ['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file'] as const;
type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

interface Directive {
  kind: DirectiveKind;
  /** Named rules, or null for every rule. */
  rules: string[] | null;
  line: number;
  endLine: number;
  where: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>;
  /** Rules (or '*') this directive silenced something for, or (for enable) re-enabled. */
  used: Set<string>;
}

const COMMENT = /<!--\s*privacylint-([A-Za-z0-9-]*)([^]*?)-->/gu;
const KNOWN = new Set<string>(DIRECTIVE_KINDS);

export interface InlineControlOptions {
  /** Every rule id that exists (whether it runs or not); other names are reported. */
  knownRules?: Iterable<string>;
}

export class InlineControl {
  private readonly directives: Directive[] = [];
  private readonly problems: Finding[] = [];

  constructor(source: SourceText, options: InlineControlOptions = {}) {
    const known = options.knownRules ? new Set(options.knownRules) : null;
    const text = source.text;
    let m: RegExpExecArray | null;
    COMMENT.lastIndex = 0;
    while ((m = COMMENT.exec(text))) {
      const start = source.pointAt(m.index);
      const end = source.pointAt(m.index + m[0].length);
      const where = { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
      const name = m[1];
      if (!KNOWN.has(name)) {
        const suggestion = DIRECTIVE_KINDS.map((k) => `privacylint-${k}`).join(', ');
        this.problems.push(problem(where, 'warning', `Unknown directive 'privacylint-${name}'; use one of ${suggestion}.`));
        continue;
      }
      // `-- reason` ends the list of rules, as in ESLint.
      const list = m[2].split(/\s--\s|^--\s|\s--$/u)[0];
      const ids = list.split(/[\s,]+/u).filter(Boolean);
      const rules: string[] = [];
      for (const id of ids) {
        if (known && !known.has(id)) this.problems.push(problem(where, 'warning', `Unknown rule '${id}' in privacylint-${name}; see \`privacylint rules\` for the rule ids.`));
        else if (!rules.includes(id)) rules.push(id);
      }
      // A directive whose every named rule is unknown silences nothing (not everything).
      if (ids.length > 0 && rules.length === 0) continue;
      this.directives.push({ kind: name as DirectiveKind, rules: ids.length ? rules : null, line: start.line, endLine: end.line, where, used: new Set() });
    }
    this.markEnables();
  }

  /** An enable is used when something it names was disabled just before it. */
  private markEnables(): void {
    let all: Directive | null = null;
    const open = new Set<string>();
    for (const d of this.directives) {
      if (d.kind === 'disable') {
        if (d.rules === null) all = d;
        else for (const r of d.rules) open.add(r);
      } else if (d.kind === 'enable') {
        if (d.rules === null) {
          if (all || open.size > 0) d.used.add('*');
          all = null;
          open.clear();
        } else {
          for (const r of d.rules) if (open.delete(r) || all) d.used.add(r);
        }
      }
    }
  }

  /** True when a finding of `ruleId` on `line` is silenced; records which directive silenced it. */
  disabled(ruleId: string, line: number): boolean {
    if (ruleId === DIRECTIVE_RULE_ID) return false;
    const covers = (d: Directive): boolean => d.rules === null || d.rules.includes(ruleId);
    const use = (d: Directive): true => {
      d.used.add(d.rules === null ? '*' : ruleId);
      return true;
    };
    let silenced = false;
    // Block state at `line`: a disable counts from its own line, an enable from the line after it.
    let all: Directive | null = null;
    const byRule = new Map<string, Directive>();
    const exceptions = new Set<string>();
    for (const d of this.directives) {
      if (d.kind === 'disable' && d.line <= line) {
        if (d.rules === null) {
          all = d;
          exceptions.clear();
        } else
          for (const r of d.rules) {
            byRule.set(r, d);
            exceptions.delete(r);
          }
      } else if (d.kind === 'enable' && d.line < line) {
        if (d.rules === null) {
          all = null;
          byRule.clear();
          exceptions.clear();
        } else
          for (const r of d.rules) {
            byRule.delete(r);
            if (all) exceptions.add(r);
          }
      }
    }
    const block = byRule.get(ruleId) ?? (all && !exceptions.has(ruleId) ? all : null);
    if (block) silenced = use(block);
    for (const d of this.directives) {
      if (!covers(d)) continue;
      if (d.kind === 'disable-file') silenced = use(d);
      else if (d.kind === 'disable-line' && line >= d.line && line <= d.endLine) silenced = use(d);
      else if (d.kind === 'disable-next-line' && line === d.endLine + 1) silenced = use(d);
    }
    return silenced;
  }

  /**
   * Findings about the directives: unknown directives and rule ids, and (with `reportUnused`) directives
   * that silenced nothing. Call after every finding has gone through `disabled`.
   */
  findings(reportUnused = false): Finding[] {
    const out = [...this.problems];
    if (!reportUnused) return out;
    for (const d of this.directives) {
      const names = d.rules ?? ['*'];
      const unused = names.filter((r) => !d.used.has(r));
      if (unused.length === 0) continue;
      const what = d.rules === null ? '' : ` for ${unused.map((r) => `'${r}'`).join(', ')}`;
      const message =
        d.kind === 'enable'
          ? `Unused privacylint-enable directive${what}: nothing was disabled.`
          : `Unused privacylint-${d.kind} directive${what}: no problems were reported there.`;
      out.push(problem(d.where, 'error', message));
    }
    return out;
  }
}

function problem(where: Directive['where'], severity: Severity, message: string): Finding {
  return { ruleId: DIRECTIVE_RULE_ID, severity, message, ...where };
}

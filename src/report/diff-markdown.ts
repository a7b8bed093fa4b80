/**
 * The diff as a pull-request comment (GitHub-flavoured Markdown): both scores, the regressions, the text changes
 * of two versions as `diff` code blocks, the 18 requirements side by side, and a table per part of the model.
 * For two versions, parts list only the rows that changed. Policy text is escaped: it cannot add links, HTML,
 * formatting or @-mentions to the comment.
 */
import type { Locale } from '../model/types.js';
import type { PolicyDiff, TextChange } from '../diff/types.js';
import type { RequirementStatus } from '../rules/types.js';
import { changeCountText, diffSections, summaryBlocks, lineText, markText, modeText, oneLineText, regressionsTitle, type DiffCell, type DiffRow, type DiffSection } from './diff-common.js';
import { displayPath } from './sanitize.js';

const STATUS_EMOJI: Record<RequirementStatus, string> = { met: '✅', partial: '⚠️', missing: '❌', not_applicable: '➖', not_assessed: '❔' };
const CHANGE_EMOJI: Record<string, string> = { better: '⬆️ B better', worse: '⬇️ B worse', changed: 'differs' };

/**
 * Text safe in a table cell or a list item: the characters of inline syntax (emphasis, code, links, tables,
 * strike-through) are backslash-escaped, and so is a first character that could start a block (heading, list,
 * quote); `<`, `>` and `&` become entities (no HTML); an `@` that could mention someone is kept from doing so.
 */
export function escapeMarkdownText(text: string): string {
  return oneLineText(text)
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/[\\`*_[\]|~]/gu, '\\$&')
    .replace(/^(\d+)([.)])/u, '$1\\$2')
    .replace(/^[#+\-=]/u, '\\$&')
    .replace(/(?<![\p{L}\p{N}._%+-])@/gu, '@\u200b');
}

/** A fenced code block that its content cannot close: the fence is longer than any run of backticks inside. */
function fenced(info: string, lines: string[]): string[] {
  const longest = Math.max(0, ...lines.map((l) => Math.max(0, ...(l.match(/`+/gu) ?? []).map((run) => run.length))));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${info}`, ...lines, fence];
}

function table(header: string[], rows: string[][]): string[] {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

const scoreCell = (s: PolicyDiff['a']['score']): string =>
  `${STATUS_EMOJI.met} ${s.met} met · ${STATUS_EMOJI.partial} ${s.partial} partial · ${STATUS_EMOJI.missing} ${s.missing} missing · ${STATUS_EMOJI.not_applicable} ${s.notApplicable} n/a`;

function overview(diff: PolicyDiff): string[] {
  // A path's control characters are shown as escapes (`\n`, `\x1b`), as in every other report, not folded away.
  const code = (path: string): string => escapeMarkdownText(displayPath(path));
  return table(
    ['', 'A', 'B'],
    [
      ['Policy', code(diff.a.path), code(diff.b.path)],
      ['Controller', escapeMarkdownText(diff.a.controller ?? '—'), escapeMarkdownText(diff.b.controller ?? '—')],
      ['Score', scoreCell(diff.a.score), scoreCell(diff.b.score)],
    ],
  );
}

function regressionLines(diff: PolicyDiff): string[] {
  if (!diff.assessment.assessed) return [`### ⚠️ ${regressionsTitle(diff)}`, ''];
  if (diff.regressions.length === 0) return [`### ✅ ${regressionsTitle(diff)}`, ''];
  const where = (r: PolicyDiff['regressions'][number]): string =>
    [r.a[0] ? `A ${lineText(r.a[0])}` : '', r.b[0] ? `B ${lineText(r.b[0])}` : ''].filter(Boolean).join(', ');
  return [
    `### ❌ ${regressionsTitle(diff)}`,
    '',
    ...diff.regressions.map((r) => `- **${r.gate}**: ${escapeMarkdownText(r.message)}${where(r) ? ` (${where(r)})` : ''}`),
    '',
  ];
}

function summaryLines(diff: PolicyDiff): string[] {
  const lines: string[] = [];
  for (const block of summaryBlocks(diff)) {
    lines.push(`### ${escapeMarkdownText(block.title)}`, '');
    if (block.items.length === 0) lines.push('None.');
    for (const item of block.items) lines.push(`- ${item.label ? `**${escapeMarkdownText(item.label)}** ` : ''}${escapeMarkdownText(item.text)}`);
    lines.push('');
  }
  return lines;
}

function changeLines(change: TextChange): string[] {
  const where = [change.section ? `_${escapeMarkdownText(change.section)}_` : '_(before the first heading)_', lineText(change.b ?? change.a)].join(' · ');
  const head = `**${change.label.replace('_', ' ')}** · ${where}${change.reasons.length ? ` — ${change.reasons.map(escapeMarkdownText).join('; ')}` : ''}`;
  const body = [...(change.a ? [`- ${oneLineText(change.a.text)}`] : []), ...(change.b ? [`+ ${oneLineText(change.b.text)}`] : [])];
  return [head, '', ...fenced('diff', body), ''];
}

function textChangeLines(changes: TextChange[]): string[] {
  const lines = [`### ${changeCountText(changes)}`, ''];
  if (changes.length === 0) lines.push('The texts are the same.', '');
  for (const change of changes) lines.push(...changeLines(change));
  return lines;
}

const statusCell = (c: DiffCell | null): string => (c?.status ? `${STATUS_EMOJI[c.status]} ${c.text}` : '—');

function requirementTable(rows: DiffRow[]): string[] {
  const cells = rows.map((r) => [escapeMarkdownText(r.label), escapeMarkdownText(r.sublabel ?? ''), statusCell(r.a), statusCell(r.b), CHANGE_EMOJI[r.mark] ?? '']);
  return table(['Requirement', 'Article', 'A', 'B', ''], cells);
}

/** Two policies: all 18 side by side. Two versions: the ones whose status changed, and all 18 folded away. */
function requirementLines(section: DiffSection, diff: PolicyDiff): string[] {
  if (diff.mode === 'policies') return [`### ${section.title}`, '', ...requirementTable(section.rows), ''];
  const changed = section.rows.filter((r) => r.mark !== 'same');
  return [
    `### ${section.title}: ${changed.length} changed`,
    '',
    ...(changed.length ? [...requirementTable(changed), ''] : []),
    `<details><summary>All ${section.rows.length} requirements</summary>`,
    '',
    ...requirementTable(section.rows),
    '',
    '</details>',
    '',
  ];
}

const valueCell = (c: DiffCell | null): string => (c ? escapeMarkdownText(c.detail ? `${c.text} (${c.detail})` : c.text) : '—');

function partLines(section: DiffSection, diff: PolicyDiff): string[] {
  const lines = [`#### ${section.title}`, ''];
  if (section.rows.length === 0) return [...lines, 'In neither policy.', ''];
  const mark = (row: DiffRow): string => (row.mark === 'same' ? '' : markText(row.mark, diff));
  return [...lines, ...table(['', 'A', 'B', ''], section.rows.map((r) => [escapeMarkdownText(r.label), valueCell(r.a), valueCell(r.b), mark(r)])), ''];
}

/** Two policies: every part in full. Two versions: only the rows that changed, and which parts did not change. */
function contentLines(parts: DiffSection[], diff: PolicyDiff): string[] {
  if (diff.mode === 'policies') return ['### Policy contents', '', ...parts.flatMap((section) => partLines(section, diff))];
  const changed = parts.map((s) => ({ ...s, rows: s.rows.filter((r) => r.mark !== 'same') })).filter((s) => s.rows.length > 0);
  const unchanged = parts.filter((s) => !changed.some((c) => c.id === s.id)).map((s) => s.title);
  const lines = [`### Policy contents: ${changed.length ? `${changed.length} part${changed.length === 1 ? '' : 's'} changed` : 'no changes'}`, ''];
  for (const section of changed) lines.push(...partLines(section, diff));
  if (unchanged.length) lines.push(`Unchanged: ${unchanged.join(', ')}.`, '');
  return lines;
}

/** The Markdown comment; ends with a newline. */
export function formatDiffMarkdown(diff: PolicyDiff, options: { locale?: Locale } = {}): string {
  const [requirements, ...parts] = diffSections(diff, options.locale);
  const lines = [`## privacylint diff: ${modeText(diff)}`, '', ...overview(diff), '', ...summaryLines(diff)];
  // Two versions: regressions first (the CI gate's reason); two companies: shortfalls both ways in the summary.
  if (diff.mode === 'versions') lines.push(...regressionLines(diff));
  if (diff.textChanges) lines.push(...textChangeLines(diff.textChanges));
  lines.push(...requirementLines(requirements, diff));
  lines.push(...contentLines(parts, diff));
  return `${lines.join('\n').replace(/\n+$/u, '')}\n`;
}

/**
 * The diff as one self-contained HTML file: inline CSS, no scripts, no external resources (a Content Security
 * Policy forbids them too), side-by-side tables with coloured statuses and the evidence quotes, the text
 * changes of two versions with the edited words marked, and a print style. Every piece of policy text (and
 * every path) goes through `escapeHtml`: a policy cannot add markup to its own report.
 */
import type { Locale } from '../model/types.js';
import type { PolicyDiff, TextChange } from '../diff/types.js';
import type { Evidence } from '../model/types.js';
import {
  changeCountText,
  summaryBlocks,
  diffSections,
  lineText,
  markText,
  modeText,
  oneLineText,
  printable,
  regressionsTitle,
  uniqueEvidence,
  wordDiff,
  type DiffCell,
  type DiffRow,
  type DiffSection,
} from './diff-common.js';
import { displayPath } from './sanitize.js';

/** Quotes shown per cell; the rest are listed by line. */
const MAX_QUOTES = 3;

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return printable(text).replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const h = (text: string): string => escapeHtml(oneLineText(text));

const CSS = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg-soft: #f6f8fa;
  --met: #1a7f37; --met-bg: #dafbe1; --partial: #7d4e00; --partial-bg: #fff1c2; --missing: #b42318; --missing-bg: #ffebe9;
  --na: #59636e; --na-bg: #eaeef2; --add: #1a7f37; --add-bg: #e6ffec; --del: #b42318; --del-bg: #ffebe9; --chg: #9a6700;
  --side-a: #0969da; --side-b: #8250df; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 1280px; padding: 24px; color: var(--fg); background: #fff;
  font: 14px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
.mode { color: var(--muted); font-weight: normal; font-size: 15px; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; margin: 12px 0; }
.side { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; background: var(--bg-soft); }
.side .tag { display: inline-block; min-width: 22px; text-align: center; font-weight: 700; border-radius: 4px; color: #fff; background: var(--side-a); margin-right: 6px; }
.side.b .tag { background: var(--side-b); }
.side .path { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; overflow-wrap: anywhere; }
.side .facts { color: var(--muted); margin: 4px 0; }
.score { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.st { display: inline-block; padding: 0 8px; border-radius: 10px; font-weight: 600; font-size: 12.5px; white-space: nowrap; }
.st.met { color: var(--met); background: var(--met-bg); }
.st.partial { color: var(--partial); background: var(--partial-bg); }
.st.missing { color: var(--missing); background: var(--missing-bg); }
.st.not_applicable { color: var(--na); background: var(--na-bg); }
nav { font-size: 13px; color: var(--muted); }
nav a { color: #0969da; margin-right: 10px; text-decoration: none; }
table.diff { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 6px; }
table.diff col.label { width: 24%; }
table.diff th, table.diff td { border-top: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
table.diff thead th { background: var(--bg-soft); font-size: 12.5px; color: var(--muted); border-top: 0; }
table.diff tbody th { font-weight: 600; border-left: 4px solid transparent; }
tr.same th { border-left-color: transparent; }
tr.different th, tr.changed th { border-left-color: var(--chg) !important; }
tr.only_a th, tr.worse th { border-left-color: var(--del) !important; }
tr.only_b th, tr.better th { border-left-color: var(--add) !important; }
.sub { color: var(--muted); font-weight: normal; font-size: 12px; }
.mark { display: inline-block; margin-top: 3px; font-size: 11.5px; font-weight: 600; padding: 0 6px; border-radius: 8px; }
.mark.different, .mark.changed { color: var(--chg); background: var(--partial-bg); }
.mark.only_a, .mark.worse { color: var(--del); background: var(--del-bg); }
.mark.only_b, .mark.better { color: var(--add); background: var(--add-bg); }
/* Two companies: what only one names is neither good nor bad, so it takes that side's colour, not red or green. */
.policies tr.only_a th { border-left-color: var(--side-a) !important; }
.policies tr.only_b th { border-left-color: var(--side-b) !important; }
.policies .mark.only_a { color: var(--side-a); background: #ddf4ff; }
.policies .mark.only_b { color: var(--side-b); background: #fbefff; }
td.absent { color: var(--muted); background: repeating-linear-gradient(135deg, #fff, #fff 6px, var(--bg-soft) 6px, var(--bg-soft) 12px); }
.detail { color: var(--muted); font-size: 12.5px; margin-top: 2px; }
blockquote.q { margin: 6px 0 0; padding: 3px 8px; border-left: 3px solid var(--line); color: #3d444d; font-size: 12.5px; background: #fbfcfd; }
.ln { color: var(--muted); font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 11px; margin-right: 6px; white-space: nowrap; }
.more { color: var(--muted); font-size: 12px; margin-top: 4px; }
.empty { color: var(--muted); font-style: italic; }
ul.regressions { padding-left: 0; list-style: none; }
ul.regressions li { border-left: 4px solid var(--del); background: var(--del-bg); padding: 6px 10px; margin: 4px 0; border-radius: 0 4px 4px 0; }
p.ok { border-left: 4px solid var(--add); background: var(--add-bg); padding: 6px 10px; border-radius: 0 4px 4px 0; }
article.change { border: 1px solid var(--line); border-radius: 6px; margin: 10px 0; padding: 8px 10px; break-inside: avoid; }
article.change.material { border-left: 4px solid var(--chg); }
article.change .meta { font-size: 13px; color: var(--muted); margin-bottom: 6px; }
.pill { display: inline-block; padding: 0 8px; border-radius: 10px; font-weight: 700; font-size: 12px; margin-right: 6px; }
.pill.material { color: var(--chg); background: var(--partial-bg); }
.pill.cosmetic { color: var(--na); background: var(--na-bg); }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.pair > div { padding: 6px 8px; border-radius: 4px; overflow-wrap: anywhere; }
.pair .old { background: #fff8f7; }
.pair .new { background: #f4fff6; }
.pair .lbl { font-size: 11.5px; color: var(--muted); font-weight: 600; }
.pair .none { color: var(--muted); font-style: italic; }
del { color: var(--del); background: var(--del-bg); text-decoration: line-through; }
ins { color: var(--add); background: var(--add-bg); text-decoration: none; font-weight: 600; }
ul.why { margin: 6px 0 0; padding-left: 18px; font-size: 12.5px; }
footer { margin-top: 32px; padding-top: 8px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
@media (max-width: 760px) { .sides, .pair { grid-template-columns: 1fr; } table.diff col.label { width: 32%; } }
@media print {
  @page { margin: 12mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  nav { display: none; }
  h2 { break-after: avoid; }
  tr, blockquote.q, ul.regressions li { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`;

function quotes(evidence: Evidence[]): string {
  const unique = uniqueEvidence(evidence);
  const shown = unique.slice(0, MAX_QUOTES).map((e) => `<blockquote class="q"><span class="ln">${escapeHtml(lineText(e))}</span>${h(e.text)}</blockquote>`);
  const rest = unique.slice(MAX_QUOTES);
  if (rest.length) shown.push(`<div class="more">${rest.length} more: ${escapeHtml(rest.map((e) => lineText(e)).join(', '))}</div>`);
  return shown.join('');
}

function cellHtml(c: DiffCell | null, side: 'a' | 'b'): string {
  if (!c) return `<td class="${side} absent">—</td>`;
  const value = c.status ? `<span class="st ${c.status}">${escapeHtml(c.text)}</span>` : `<div class="v">${h(c.text)}</div>`;
  const detail = c.detail ? `<div class="detail">${h(c.detail)}</div>` : '';
  return `<td class="${side}">${value}${detail}${quotes(c.evidence)}</td>`;
}

function rowHtml(row: DiffRow, diff: PolicyDiff): string {
  const sub = row.sublabel ? `<div class="sub">${h(row.sublabel)}</div>` : '';
  const mark = row.mark === 'same' ? '' : `<div class="mark ${row.mark}">${escapeHtml(markText(row.mark, diff))}</div>`;
  return `<tr class="${row.mark}"><th scope="row">${h(row.label)} ${sub}${mark}</th>${cellHtml(row.a, 'a')}${cellHtml(row.b, 'b')}</tr>`;
}

function sectionHtml(section: DiffSection, diff: PolicyDiff): string {
  const head = `<h2>${h(section.title)}</h2>`;
  if (section.rows.length === 0) return `<section id="${section.id}">${head}<p class="empty">In neither policy.</p></section>`;
  return [
    `<section id="${section.id}">${head}`,
    '<table class="diff"><colgroup><col class="label"><col><col></colgroup>',
    '<thead><tr><th scope="col"></th><th scope="col">A</th><th scope="col">B</th></tr></thead><tbody>',
    ...section.rows.map((row) => rowHtml(row, diff)),
    '</tbody></table></section>',
  ].join('\n');
}

function sideHtml(name: 'a' | 'b', diff: PolicyDiff): string {
  const s = diff[name];
  const facts = [s.controller, s.language, s.updated ? `updated ${s.updated}` : null, s.title].filter((x): x is string => !!x).map(h).join(' · ');
  const score = [
    `<span class="st met">${s.score.met} met</span>`,
    `<span class="st partial">${s.score.partial} partial</span>`,
    `<span class="st missing">${s.score.missing} missing</span>`,
    `<span class="st not_applicable">${s.score.notApplicable} n/a</span>`,
  ].join('');
  return `<div class="side ${name}"><div><span class="tag">${name.toUpperCase()}</span><span class="path">${h(displayPath(s.path))}</span></div><div class="facts">${facts}</div><div class="score">${score}</div></div>`;
}

function regressionsHtml(diff: PolicyDiff): string {
  const head = `<h2>${escapeHtml(regressionsTitle(diff))}</h2>`;
  if (!diff.assessment.assessed) return `<section id="regressions">${head}<p class="empty">Cannot be judged.</p></section>`;
  if (diff.regressions.length === 0) return `<section id="regressions">${head}<p class="ok">None.</p></section>`;
  const items = diff.regressions.map(
    (r) => `<li><span class="pill">${escapeHtml(r.gate)}</span> ${h(r.message)}${r.a.length ? `<div class="lbl">A</div>${quotes(r.a)}` : ''}${r.b.length ? `<div class="lbl">B</div>${quotes(r.b)}` : ''}</li>`,
  );
  return `<section id="regressions">${head}<ul class="regressions">${items.join('')}</ul></section>`;
}

/** One side of a changed sentence with the words only that side has marked (<del> in A, <ins> in B). */
function sentenceHtml(change: TextChange, side: 'a' | 'b'): string {
  const e = change[side];
  const label = `<div class="lbl">${side.toUpperCase()}${e ? ` · ${escapeHtml(lineText(e))}` : ''}</div>`;
  if (!e) return `<div class="${side === 'a' ? 'old' : 'new'}">${label}<div class="none">${side === 'a' ? 'not in A' : 'not in B'}</div></div>`;
  let body: string;
  if (change.a && change.b) {
    const tag = side === 'a' ? 'del' : 'ins';
    body = wordDiff(oneLineText(change.a.text), oneLineText(change.b.text))
      .filter((p) => p.kind === 'same' || p.kind === (side === 'a' ? 'removed' : 'added'))
      .map((p) => (p.kind === 'same' ? escapeHtml(p.text) : `<${tag}>${escapeHtml(p.text)}</${tag}>`))
      .join('');
  } else body = side === 'a' ? `<del>${h(e.text)}</del>` : `<ins>${h(e.text)}</ins>`;
  return `<div class="${side === 'a' ? 'old' : 'new'}">${label}<div>${body}</div></div>`;
}

function changeHtml(change: TextChange): string {
  const where = change.section ? h(change.section) : '(before the first heading)';
  const why = change.reasons.length ? `<ul class="why">${change.reasons.map((r) => `<li>${h(r)}</li>`).join('')}</ul>` : '';
  return [
    `<article class="change ${change.label}">`,
    `<div class="meta"><span class="pill ${change.label}">${change.label.replace('_', ' ')}</span>${escapeHtml(change.kind)} · ${where}</div>`,
    `<div class="pair">${sentenceHtml(change, 'a')}${sentenceHtml(change, 'b')}</div>${why}</article>`,
  ].join('');
}

function summaryHtml(diff: PolicyDiff): string {
  return summaryBlocks(diff)
    .map((block) => {
      const items = block.items.map((i) => `<li>${i.label ? `<strong>${h(i.label)}</strong> ` : ''}${h(i.text)}</li>`);
      const body = items.length ? `<ul class="summary">${items.join('')}</ul>` : '<p class="ok">None.</p>';
      return `<section id="${block.id}"><h2>${h(block.title)}</h2>${body}</section>`;
    })
    .join('\n');
}

function textChangesHtml(changes: TextChange[]): string {
  const head = `<h2>${escapeHtml(changeCountText(changes))}</h2>`;
  const body = changes.length ? changes.map(changeHtml).join('\n') : '<p class="empty">The texts are the same.</p>';
  return `<section id="text-changes">${head}\n${body}</section>`;
}

/** The whole report; ends with a newline. */
export function formatDiffHtml(diff: PolicyDiff, options: { locale?: Locale } = {}): string {
  const sections = diffSections(diff, options.locale);
  const [requirements, ...parts] = sections;
  const regressionsFirst = diff.mode === 'versions';
  const nav = [
    ...(regressionsFirst ? [['regressions', 'Regressions']] : []),
    ...(diff.textChanges ? [['text-changes', 'Text changes']] : []),
    [requirements.id, requirements.title],
    ...(regressionsFirst ? [] : [['summary', 'Summary']]),
    ...parts.map((s) => [s.id, s.title]),
  ]
    .map(([id, title]) => `<a href="#${id}">${escapeHtml(title)}</a>`)
    .join('');
  const title = `privacylint diff: ${oneLineText(displayPath(diff.a.path))} vs ${oneLineText(displayPath(diff.b.path))}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="privacylint">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body class="${diff.mode}">
<header>
<h1>Policy comparison <span class="mode">${escapeHtml(modeText(diff))}</span></h1>
<div class="sides">${sideHtml('a', diff)}${sideHtml('b', diff)}</div>
<nav>${nav}</nav>
</header>
<main>
${summaryHtml(diff)}
${regressionsFirst ? regressionsHtml(diff) : ''}
${diff.textChanges ? textChangesHtml(diff.textChanges) : ''}
${sectionHtml(requirements, diff)}
${parts.map((s) => sectionHtml(s, diff)).join('\n')}
</main>
<footer>Marks: differs / ${diff.mode === 'versions' ? 'changed, removed, added' : 'only in A, only in B'}; for requirements, B better or B worse. Quotes are the policies' own words, with their line numbers. Made by privacylint.</footer>
</body>
</html>
`;
}

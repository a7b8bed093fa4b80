/**
 * What the diff formatters share: the diff as sections of side-by-side rows (label, A, B, how they relate), the
 * word-level changes of an edited sentence, and the words for scores and marks. Pure functions, no I/O.
 */
import { diffWords } from 'diff';
import { comparisonText, itemLabel, PART_TITLES, valueText, type PartName } from '../diff/describe.js';
import type { ControllerValue, ItemDiff, PolicyDiff, RetentionDiff, Score, TextChange } from '../diff/types.js';
import type { Evidence, Locale } from '../model/types.js';
import type { RequirementStatus } from '../rules/types.js';
import { REPORT_LABELS } from './labels.js';
import { spanKey } from '../model/evidence.js';

/** How a row's two sides relate; requirement rows say whether B is better or worse. */
export type RowMark = 'same' | 'different' | 'only_a' | 'only_b' | 'better' | 'worse' | 'changed';

export interface DiffCell {
  text: string;
  evidence: Evidence[];
  /** Requirement rows: the status, for colour. */
  status?: RequirementStatus;
  /** A second line: why a requirement is partial, or how a period compares. */
  detail?: string;
}

export interface DiffRow {
  label: string;
  /** A secondary label (the article of a requirement). */
  sublabel?: string;
  mark: RowMark;
  a: DiffCell | null;
  b: DiffCell | null;
}

export interface DiffSection {
  id: string;
  title: string;
  rows: DiffRow[];
}

export const STATUS_TEXT: Record<RequirementStatus, string> = REPORT_LABELS.en.status;

/** Short words for marks, for formats without colour or symbols of their own. */
export const MARK_TEXT: Record<RowMark, string> = {
  same: 'same',
  different: 'differs',
  only_a: 'only in A',
  only_b: 'only in B',
  better: 'B better',
  worse: 'B worse',
  changed: 'differs',
};

/** The same marks in the words of a change from one version to the next. */
export const VERSION_MARK_TEXT: Record<RowMark, string> = { ...MARK_TEXT, different: 'changed', changed: 'changed', only_a: 'removed', only_b: 'added' };

export function markText(mark: RowMark, diff: PolicyDiff): string {
  return (diff.mode === 'versions' ? VERSION_MARK_TEXT : MARK_TEXT)[mark];
}

/** Regressions: for two versions, what got worse; for two companies, where B falls short of A. */
export function regressionsTitle(diff: PolicyDiff): string {
  if (!diff.assessment.assessed) return 'Regressions from A to B: not assessed';
  return diff.mode === 'versions' ? `Regressions from A to B: ${diff.regressions.length}` : `Where B falls short of A: ${diff.regressions.length}`;
}

export function scoreText(score: Score): string {
  return `${score.met} met, ${score.partial} partial, ${score.missing} missing, ${score.notApplicable} n/a`;
}

export function modeText(diff: PolicyDiff): string {
  return diff.mode === 'versions' ? 'two versions of one policy' : 'two policies';
}

/** Control characters (a terminal escape, a NUL) never reach a report: a policy must not be able to drive the terminal. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu, '\ufffd');
}

/** One line: white space folded, control characters replaced. */
export function oneLineText(text: string): string {
  return printable(text.replace(/\s+/gu, ' ').trim());
}

const cell = (text: string, evidence: Evidence[] = [], extra: Partial<DiffCell> = {}): DiffCell => ({ text: oneLineText(text), evidence, ...extra });

function itemRow(part: PartName, item: ItemDiff<unknown>): DiffRow {
  const value = (item.b ?? item.a) as { evidence: Evidence[] } | null;
  const side = (v: unknown): DiffCell | null => (v ? cell(valueText(part, v), (v as { evidence: Evidence[] }).evidence) : null);
  const row: DiffRow = { label: oneLineText(itemLabel(part, value, item.key)), mark: item.relation, a: side(item.a), b: side(item.b) };
  if (part === 'retention' && row.b && item.a) {
    const compared = comparisonText(item as RetentionDiff);
    if (compared) row.b.detail = compared;
  }
  return row;
}

const CONTROLLER_FIELDS: [keyof ControllerValue, string][] = [
  ['name', 'Name'],
  ['aliases', 'Also called'],
  ['address', 'Address'],
  ['email', 'E-mail'],
  ['phone', 'Phone'],
  ['website', 'Website'],
  ['registration', 'Registration'],
];

/** The controller one field a row (rows neither side fills are left out), then the DPO. */
function controllerRows(diff: PolicyDiff): DiffRow[] {
  const { a, b, changed } = diff.parts.controller;
  const rows: DiffRow[] = [];
  for (const [field, label] of CONTROLLER_FIELDS) {
    const text = (v: ControllerValue | null): string | null => {
      const value = v?.[field];
      return Array.isArray(value) ? (value.length ? value.join(', ') : null) : ((value as string | null | undefined) ?? null);
    };
    const x = text(a);
    const y = text(b);
    if (x === null && y === null) continue;
    const mark: RowMark = x === null ? 'only_b' : y === null ? 'only_a' : changed.includes(field) ? 'different' : 'same';
    rows.push({ label, mark, a: x === null ? null : cell(x, field === 'name' ? (a?.evidence ?? []) : []), b: y === null ? null : cell(y, field === 'name' ? (b?.evidence ?? []) : []) });
  }
  rows.push(itemRow('dpo', diff.parts.dpo));
  return rows;
}

function listSection(diff: PolicyDiff, part: PartName): DiffSection {
  const items = diff.parts[part] as ItemDiff<unknown>[];
  return { id: part, title: PART_TITLES[part].title, rows: items.map((item) => itemRow(part, item)) };
}

function requirementRows(diff: PolicyDiff, locale: Locale): DiffRow[] {
  const labels = REPORT_LABELS[locale];
  return diff.requirements.map((r) => {
    // Reasons are written in English only; another locale leaves them out rather than mix languages (as lint's markdown does).
    const side = (s: PolicyDiff['requirements'][number]['a']): DiffCell =>
      cell(labels.status[s.status], s.evidence, { status: s.status, ...(s.reason && locale === 'en' ? { detail: oneLineText(s.reason) } : {}) });
    return { label: labels.requirement[r.id], sublabel: r.article, mark: r.change, a: side(r.a), b: side(r.b) };
  });
}

/** The whole diff as sections of rows, in report order: requirements, then each part of the model. */
/** `locale`: the language of the requirement names and statuses (the rest of the diff is in English). */
export function diffSections(diff: PolicyDiff, locale: Locale = 'en'): DiffSection[] {
  const other: DiffRow[] = (['children', 'supervisoryAuthority', 'automatedDecisionMaking'] as const)
    .map((part) => itemRow(part, diff.parts[part]))
    .filter((row) => row.a || row.b);
  return [
    { id: 'requirements', title: 'Requirements (GDPR Art. 13)', rows: requirementRows(diff, locale) },
    { id: 'controller', title: 'Controller and DPO', rows: controllerRows(diff) },
    ...(['dataCategories', 'purposes', 'legalBases', 'retention', 'recipients', 'transfers', 'rights', 'cookies', 'lawReferences'] as const).map(
      (part) => listSection(diff, part),
    ),
    { id: 'other', title: 'Children, authority, automated decisions', rows: other },
  ];
}

export interface WordPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** The word-level edit of a changed sentence (jsdiff's diffWords), for highlighting. */
export function wordDiff(a: string, b: string): WordPart[] {
  return diffWords(printable(a), printable(b)).map((p) => ({ kind: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value }));
}

export function changeCounts(changes: readonly TextChange[]): { material: number; cosmetic: number; notAssessed: number } {
  const material = changes.filter((c) => c.label === 'material').length;
  const notAssessed = changes.filter((c) => c.label === 'not_assessed').length;
  return { material, cosmetic: changes.length - material - notAssessed, notAssessed };
}

/** "Text changes: 2 material, 5 cosmetic", or "Text changes: 7, not assessed". */
export function changeCountText(changes: readonly TextChange[]): string {
  const c = changeCounts(changes);
  if (c.notAssessed > 0) return `Text changes: ${changes.length}, not assessed`;
  return `Text changes: ${c.material} material, ${c.cosmetic} cosmetic`;
}

export interface SummaryBlock {
  id: string;
  title: string;
  /** Each item: a short label (a question, a name) and its answer. */
  items: { label: string; text: string }[];
}

/**
 * What a report states before the tables: that the diff could not be judged (a language without a pack); for two
 * policies, the buyer's four questions answered and where each falls short of the other.
 */
export function summaryBlocks(diff: PolicyDiff): SummaryBlock[] {
  const blocks: SummaryBlock[] = [];
  if (!diff.assessment.assessed) blocks.push({ id: 'not-assessed', title: 'Not assessed', items: [{ label: '', text: oneLineText(diff.assessment.reason ?? 'not assessed') }] });
  if (diff.mode === 'versions') return blocks;
  const s = diff.summary;
  blocks.push({
    id: 'summary',
    title: 'Summary',
    items: [
      { label: 'Who keeps data longer?', text: oneLineText(s.answers.retention) },
      { label: 'Who sends data outside the EEA, and how?', text: oneLineText(s.answers.transfers) },
      { label: 'Who names a DPO?', text: oneLineText(s.answers.dpo) },
      { label: 'Which rights does each omit?', text: oneLineText(s.answers.rights) },
    ],
  });
  for (const side of [s.a, s.b]) {
    blocks.push({
      id: side === s.a ? 'shortfalls-a' : 'shortfalls-b',
      title: `Where ${oneLineText(side.name)} falls short: ${side.shortfalls.length}`,
      items: side.shortfalls.map((text) => ({ label: '', text: oneLineText(text) })),
    });
  }
  return blocks;
}

/** "line 49" or "lines 49–50" of one side. */
export function lineText(e: Evidence | null): string {
  if (!e) return '';
  return e.endLine > e.line ? `lines ${e.line}–${e.endLine}` : `line ${e.line}`;
}

/** Evidence without repeats (the same sentence can back several facts). */
export function uniqueEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = spanKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

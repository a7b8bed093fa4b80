/**
 * Material or cosmetic: a text change is material when it alters the model or a requirement status, that is
 * when the changed sentence is evidence (on its side) of a fact or status that differs between the two versions.
 * Two checks on the text itself catch what an extractor may have missed: a service from the processor registry
 * that only one version names, and a changed period in a sentence about retention.
 */
import type { PolicyDocument } from '../document/index.js';
import { test, wordPattern } from '../lexicon/compile.js';
import { PROCESSORS } from '../lexicon/processors.js';
import type { Evidence, Language } from '../model/types.js';
import { comparisonText, durationText, itemLabel, PART_ORDER, PART_TITLES, requirementText, statusText, valueText, type PartName } from './describe.js';
import { byCodeUnit, overlaps } from './match.js';
import type { RawTextChange } from './align.js';
import { commitmentChanges, periodsIn, saysImmediately } from './text-facts.js';
import { TextIndex } from './normalize.js';
import type { DiffParts, ItemDiff, RequirementDiff, RetentionDiff, SideName, TextChange } from './types.js';

/** A fact or status that differs, with its evidence on one side and the words that explain it. */
interface Mark {
  side: SideName;
  evidence: Evidence[];
  reason: string;
}

export function partItems(parts: DiffParts, part: PartName): ItemDiff<unknown>[] {
  const value = parts[part] as ItemDiff<unknown> | ItemDiff<unknown>[];
  return Array.isArray(value) ? value : [value];
}

/** "retention period changed: Klant data: 7 years → 10 years (longer)", "recipient added: Mailchimp (…)". */
export function itemReason(part: PartName, item: ItemDiff<unknown>): string {
  const { singular } = PART_TITLES[part];
  const value = (item.b ?? item.a)!;
  const label = itemLabel(part, value, item.key);
  if (item.relation === 'only_a') return `${singular} removed: ${label}`;
  if (item.relation === 'only_b') return `${singular} added: ${label} (${valueText(part, item.b)})`;
  const compared = part === 'retention' ? comparisonText(item as RetentionDiff) : '';
  return `${singular} changed: ${label}: ${valueText(part, item.a)} → ${valueText(part, item.b)}${compared ? ` (${compared})` : ''}`;
}

function factMarks(parts: DiffParts, requirements: RequirementDiff[]): Mark[] {
  const marks: Mark[] = [];
  const add = (item: { a: { evidence: Evidence[] } | null; b: { evidence: Evidence[] } | null }, reason: string): void => {
    if (item.a) marks.push({ side: 'a', evidence: item.a.evidence, reason });
    if (item.b) marks.push({ side: 'b', evidence: item.b.evidence, reason });
  };
  for (const part of PART_ORDER) {
    for (const item of partItems(parts, part)) if (item.relation !== 'same') add(item as ItemDiff<{ evidence: Evidence[] }>, itemReason(part, item));
  }
  for (const r of requirements) {
    if (r.a.status !== r.b.status) add(r, `requirement ${requirementText(r.id)}: ${statusText(r.a.status)} → ${statusText(r.b.status)}`);
  }
  return marks;
}

/** Registry services a text names. */
function servicesIn(text: string): string[] {
  return PROCESSORS.filter((p) => test(wordPattern(p.patterns), text)).map((p) => p.name);
}

function documentText(doc: PolicyDocument): string {
  return doc.blocks.map((b) => b.text).join('\n');
}

/** The periods a sentence gives ("immediately" for a zero), shortest first, as words. */
function periods(text: string, language: Language): string[] {
  return [...new Set(periodsIn(text, language).map((p) => (p.days === 0 ? 'immediately' : durationText(p.iso))))].sort(byCodeUnit);
}

/** A sentence that says something: at least four words once links and markup are set aside. */
function substantive(text: string): boolean {
  const bare = text.replace(/\]\([^)]*\)/gu, ' ').replace(/\b(?:https?:\/\/|www\.)\S+/gu, ' ');
  return (bare.match(/\p{L}{2,}/gu) ?? []).length >= 4;
}

export interface LabelInput {
  parts: DiffParts;
  requirements: RequirementDiff[];
  a: PolicyDocument;
  b: PolicyDocument;
}

/** Labels each aligned change material (with its reasons) or cosmetic. */
export function labelChanges(changes: RawTextChange[], input: LabelInput): TextChange[] {
  const marks = factMarks(input.parts, input.requirements);
  const servicesA = new Set(servicesIn(documentText(input.a)));
  const servicesB = new Set(servicesIn(documentText(input.b)));
  const retentionEvidence: Record<SideName, Evidence[]> = {
    a: input.parts.retention.flatMap((r) => r.a?.evidence ?? []),
    b: input.parts.retention.flatMap((r) => r.b?.evidence ?? []),
  };

  const textA = new TextIndex(input.a.source.text);
  const textB = new TextIndex(input.b.source.text);
  return changes.map((change) => {
    const at: Record<SideName, Evidence | null> = { a: change.a, b: change.b };
    const touches = (side: SideName, evidence: Evidence[]): boolean => {
      const here = at[side];
      return here !== null && evidence.some((e) => overlaps(e, here));
    };
    const reasons: string[] = marks.filter((m) => touches(m.side, m.evidence)).map((m) => m.reason);

    // Services only one version names, named in this sentence (an extractor may not have caught them).
    for (const name of change.b ? servicesIn(change.b.text) : []) if (!servicesA.has(name)) reasons.push(`service named: ${name}`);
    for (const name of change.a ? servicesIn(change.a.text) : []) if (!servicesB.has(name)) reasons.push(`service no longer named: ${name}`);

    // A different period in a sentence about retention, when the retention rows did not already say so.
    const explained = reasons.some((r) => r.startsWith(`${PART_TITLES.retention.singular} `));
    const aboutRetention =
      touches('a', retentionEvidence.a) || touches('b', retentionEvidence.b) || (change.a !== null && saysImmediately(change.a.text, input.a.language));
    if (!explained && change.a && change.b && aboutRetention) {
      const before = periods(change.a.text, input.a.language);
      const after = periods(change.b.text, input.b.language);
      if (before.join('|') !== after.join('|')) reasons.push(`period changed: ${before.join(', ') || 'none'} → ${after.join(', ') || 'none'}`);
    }

    // A sentence of substance added or removed outright (not reworded, not moved): what the policy says grew or
    // shrank, even where no extractor has a field for it (a new row in a table of processors).
    if (change.kind !== 'changed' && reasons.length === 0) {
      const side = change.a ? 'a' : 'b';
      const text = (change.a ?? change.b)!.text;
      if (substantive(text) && !(side === 'a' ? textB : textA).has(text)) reasons.push(side === 'a' ? 'statement removed' : 'statement added');
    }

    // A commitment weakened or reversed in the same sentence ("undertakes to" → "may", a "not" removed).
    if (change.a && change.b && input.a.language === input.b.language) reasons.push(...commitmentChanges(change.a.text, change.b.text, input.b.language));

    const unique = [...new Set(reasons)];
    return {
      section: change.section,
      kind: change.kind,
      label: unique.length > 0 ? 'material' : 'cosmetic',
      reasons: unique,
      a: change.a,
      b: change.b,
    };
  });
}

/**
 * What makes the second policy worse than the first, for `--fail-on` (a CI gate for a policy change): a period
 * lengthened ("instantly deleted" → "within 24 hours" counts), a new destination outside the EEA, a right, legal
 * basis or transfer safeguard whose mention is gone from the text, newly processed special-category data, a new
 * outdated law reference, a recipient outside the EEA without a safeguard, a requirement no longer met.
 *
 * A regression needs the TEXT to have changed, not only the extraction: with both documents given, a fact B lost
 * counts only when A's quotes for it are no longer in B's text, and a fact B gained only when B's quotes for it
 * were not in A's (typography and table reflow aside). Without documents (a synthetic diff) the model is trusted.
 */
import type { PolicyDocument } from '../document/index.js';
import type { Evidence, RightId } from '../model/types.js';
import { isSupportedLanguage } from '../lang/index.js';
import { test, wordPattern } from '../lexicon/compile.js';
import { RIGHTS } from '../lexicon/rights.js';
import { basisText, itemLabel, lawText, requirementText, rightText, retentionText, statusText } from './describe.js';
import { copyEvidence, overlaps } from './match.js';
import { TextIndex } from './normalize.js';
import { outsideEeaOf } from './parts.js';
import { longestPeriod, saysImmediately } from './text-facts.js';
import { durationText } from './describe.js';
import type { PolicyDiff, RecipientValue, Regression, RegressionGate, RegressionKind, TransferValue } from './types.js';

type DiffSoFar = Omit<PolicyDiff, 'regressions' | 'assessment' | 'summary'>;

/** Mechanisms that say nothing about a safeguard: they are not transfer information. */
const NO_SAFEGUARD = new Set(['none', 'unspecified']);

const GATE: Record<RegressionKind, RegressionGate> = {
  retention_longer: 'retention',
  transfer_destination_added: 'transfers',
  safeguard_removed: 'transfers',
  right_removed: 'rights',
  legal_basis_removed: 'requirements',
  fewer_requirements_met: 'requirements',
  outdated_reference_added: 'outdated',
  special_category_added: 'special-categories',
  recipient_outside_eea_without_transfer: 'recipients',
};

function regression(kind: RegressionKind, message: string, a: Evidence[], b: Evidence[]): Regression {
  return { kind, gate: GATE[kind], message, evidence: copyEvidence(b), a: copyEvidence(a), b: copyEvidence(b) };
}

/** The text of both versions, for asking whether a quote is still (or already) there. */
class Texts {
  private readonly index: { a: TextIndex; b: TextIndex } | null;
  constructor(docs?: { a: PolicyDocument; b: PolicyDocument }) {
    this.index = docs ? { a: new TextIndex(docs.a.source.text), b: new TextIndex(docs.b.source.text) } : null;
  }
  /** A's mention is gone from B's text: none of its quotes is in B. */
  goneFromB(evidence: Evidence[]): boolean {
    if (!this.index) return true;
    return !evidence.some((e) => this.index!.b.has(e.text));
  }
  /** B's mention is new: none of its quotes was in A. */
  newInB(evidence: Evidence[]): boolean {
    if (!this.index) return true;
    return !evidence.some((e) => this.index!.a.has(e.text));
  }
}

/** A destination outside the EEA: a non-EEA country, or "outside the EEA" in general. Null (data stay inside) is not. */
function outsideEea(destination: string | null): boolean {
  if (destination === null) return false;
  if (/^[A-Z]{2}$/u.test(destination)) return outsideEeaOf(destination) !== false;
  return true;
}

/**
 * A recipient's transfer is covered when B names a safeguard for its country, or for transfers outside the EEA
 * in general. A statement that data stay inside the EEA (destination null) does not cover a recipient outside it.
 */
function transferCovers(recipient: RecipientValue, transfers: TransferValue[]): boolean {
  return transfers.some(
    (t) =>
      t.destination !== null &&
      (t.destination === recipient.country || !/^[A-Z]{2}$/u.test(t.destination)) &&
      t.mechanisms.some((m) => !NO_SAFEGUARD.has(m)),
  );
}

function requirementsLost(diff: DiffSoFar, texts: Texts): Regression[] {
  const lost = diff.requirements.filter(
    (r) => r.a.status === 'met' && r.b.status !== 'met' && texts.goneFromB(r.a.evidence),
  );
  if (lost.length === 0) return [];
  return [
    regression(
      'fewer_requirements_met',
      `B meets ${diff.b.score.met} requirements, A ${diff.a.score.met}; no longer met: ${lost.map((r) => `${requirementText(r.id)} (${statusText(r.b.status)})`).join(', ')}`,
      lost.flatMap((r) => r.a.evidence),
      lost.flatMap((r) => r.b.evidence),
    ),
  ];
}

function outdatedAdded(diff: DiffSoFar, texts: Texts): Regression[] {
  return diff.parts.lawReferences
    .filter((l) => l.b?.outdated && !l.a?.outdated && texts.newInB(l.b.evidence))
    .map((l) =>
      regression(
        'outdated_reference_added',
        `B cites outdated law: ${lawText(l.b!.id)}${l.b!.replacement ? ` (now ${lawText(l.b!.replacement)})` : ''}`,
        l.a?.evidence ?? [],
        l.b!.evidence,
      ),
    );
}

function recipientsWithoutTransfer(diff: DiffSoFar, texts: Texts): Regression[] {
  const transfers = diff.parts.transfers.flatMap((t) => (t.b ? [t.b] : []));
  return diff.parts.recipients
    .filter((r) => r.b?.outsideEea === true && r.a?.outsideEea !== true && !transferCovers(r.b, transfers) && texts.newInB(r.b.evidence))
    .map((r) =>
      regression(
        'recipient_outside_eea_without_transfer',
        `B names a recipient outside the EEA without transfer safeguards: ${itemLabel('recipients', r.b, r.key)}${r.b!.country ? ` (${r.b!.country})` : ''}`,
        r.a?.evidence ?? [],
        r.b!.evidence,
      ),
    );
}

function retentionLonger(diff: DiffSoFar, texts: Texts, docs?: { a: PolicyDocument; b: PolicyDocument }): Regression[] {
  const out = diff.parts.retention
    .filter((r) => r.comparison === 'longer' && texts.newInB(r.b!.evidence))
    .map((r) =>
      regression('retention_longer', `B keeps data longer: ${itemLabel('retention', r.b, r.key)}: ${retentionText(r.a!)} → ${retentionText(r.b!)}`, r.a!.evidence, r.b!.evidence),
    );
  // The same sentence giving a longer period, also where the extractor made no row of it ("instantly deleted").
  if (!docs || !diff.textChanges) return out;
  const retentionEvidence = {
    a: diff.parts.retention.flatMap((r) => r.a?.evidence ?? []),
    b: diff.parts.retention.flatMap((r) => r.b?.evidence ?? []),
  };
  for (const change of diff.textChanges) {
    if (!change.a || !change.b) continue;
    const about =
      retentionEvidence.a.some((e) => overlaps(e, change.a!)) ||
      retentionEvidence.b.some((e) => overlaps(e, change.b!)) ||
      saysImmediately(change.a.text, docs.a.language);
    if (!about) continue;
    const before = longestPeriod(change.a.text, docs.a.language);
    const after = longestPeriod(change.b.text, docs.b.language);
    if (!before || !after || after.days <= before.days) continue;
    if (out.some((r) => r.b.some((e) => overlaps(e, change.b!)))) continue;
    const words = (p: { iso: string; days: number }): string => (p.days === 0 ? 'immediately' : durationText(p.iso));
    out.push(regression('retention_longer', `B keeps data longer: ${words(before)} → ${words(after)}`, [change.a], [change.b]));
  }
  return out;
}

function transfersAdded(diff: DiffSoFar, texts: Texts): Regression[] {
  const inA = diff.parts.transfers.flatMap((t) => (t.a ? [t.a] : []));
  const generalInA = inA.some((t) => t.destination !== null && !/^[A-Z]{2}$/u.test(t.destination));
  return diff.parts.transfers
    .filter((t) => t.relation === 'only_b' && outsideEea(t.b!.destination) && !(generalInA && /^[A-Z]{2}$/u.test(t.b!.destination ?? '')))
    .filter((t) => texts.newInB(t.b!.evidence))
    .map((t) => {
      const keptInside = inA.some((x) => x.destination === null);
      return regression(
        'transfer_destination_added',
        `B sends data to a new destination outside the EEA: ${itemLabel('transfers', t.b, t.key)}${keptInside ? ' (A kept data in the EEA)' : ''}`,
        diff.parts.transfers.find((x) => x.a?.destination === null)?.a?.evidence ?? [],
        t.b!.evidence,
      );
    });
}

function safeguardsRemoved(diff: DiffSoFar, texts: Texts): Regression[] {
  const out: Regression[] = [];
  for (const t of diff.parts.transfers) {
    if (!t.a || !t.b) continue;
    const lost = t.a.mechanisms.filter((m) => !NO_SAFEGUARD.has(m) && m !== 'privacy_shield' && !t.b!.mechanisms.includes(m));
    if (lost.length === 0 || t.b.mechanisms.some((m) => !NO_SAFEGUARD.has(m) && m !== 'privacy_shield')) continue;
    if (!texts.goneFromB(t.a.evidence)) continue;
    out.push(regression('safeguard_removed', `B no longer names a safeguard for ${itemLabel('transfers', t.a, t.key)}: ${lost.join(', ')}`, t.a.evidence, t.b.evidence));
  }
  return out;
}

/** B's text still names the right in so many words ("right to object", "data portability"): not gone. */
function rightStillNamed(id: RightId, docs?: { a: PolicyDocument; b: PolicyDocument }): boolean {
  if (!docs || !isSupportedLanguage(docs.b.language)) return false;
  const phrases = RIGHTS[docs.b.language].rights[id]?.standalone ?? [];
  return phrases.length > 0 && test(wordPattern(phrases), docs.b.blocks.map((b) => b.text).join('\n'));
}

function rightsRemoved(diff: DiffSoFar, texts: Texts, docs?: { a: PolicyDocument; b: PolicyDocument }): Regression[] {
  return diff.parts.rights
    .filter((r) => r.relation === 'only_a' && texts.goneFromB(r.a!.evidence) && !rightStillNamed(r.a!.id, docs))
    .map((r) => regression('right_removed', `B no longer mentions the right: ${rightText(r.a!.id)}`, r.a!.evidence, []));
}

function basesRemoved(diff: DiffSoFar, texts: Texts): Regression[] {
  return diff.parts.legalBases
    .filter((l) => l.relation === 'only_a' && texts.goneFromB(l.a!.evidence))
    .map((l) => regression('legal_basis_removed', `B no longer mentions the legal basis: ${basisText(l.a!.id)}`, l.a!.evidence, []));
}

function specialAdded(diff: DiffSoFar, texts: Texts): Regression[] {
  return diff.parts.dataCategories
    .filter((c) => c.b?.special && !c.a?.special && texts.newInB(c.b.evidence))
    .map((c) => regression('special_category_added', `B processes special-category data (Art. 9): ${itemLabel('dataCategories', c.b, c.key)}`, c.a?.evidence ?? [], c.b!.evidence));
}

/**
 * Every regression from A to B, in a fixed order: requirements, law references, recipients, retention, transfers,
 * safeguards, rights, legal bases, special categories. `docs` (both versions' documents) enables the text checks.
 */
export function regressions(diff: DiffSoFar, docs?: { a: PolicyDocument; b: PolicyDocument }): Regression[] {
  const texts = new Texts(docs);
  return [
    ...requirementsLost(diff, texts),
    ...outdatedAdded(diff, texts),
    ...recipientsWithoutTransfer(diff, texts),
    ...retentionLonger(diff, texts, docs),
    ...transfersAdded(diff, texts),
    ...safeguardsRemoved(diff, texts),
    ...rightsRemoved(diff, texts, docs),
    ...basesRemoved(diff, texts),
    ...specialAdded(diff, texts),
  ];
}

/** The regressions `--fail-on` fails on: all for `regression`, else those of the listed kinds. */
export function selectRegressions(all: Regression[], gates: 'regression' | readonly RegressionGate[]): Regression[] {
  return gates === 'regression' ? all : all.filter((r) => gates.includes(r.gate));
}

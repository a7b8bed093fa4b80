/**
 * What makes the second policy worse than the first, for `--fail-on regression` (a CI gate for a policy change):
 * it meets fewer requirements, gains an outdated law reference, adds a recipient outside the EEA without saying
 * how the transfer is safeguarded, or keeps something longer.
 */
import { itemLabel, lawText, retentionText } from './describe.js';
import type { PolicyDiff, RecipientValue, Regression, TransferValue } from './types.js';

/** Mechanisms that say nothing about a safeguard: they are not transfer information. */
const NO_SAFEGUARD = new Set(['none', 'unspecified']);

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

function fewerMet(diff: Omit<PolicyDiff, 'regressions'>): Regression[] {
  const { a, b } = diff;
  if (b.score.met >= a.score.met) return [];
  const lost = diff.requirements.filter((r) => r.a.status === 'met' && r.b.status !== 'met');
  return [
    {
      kind: 'fewer_requirements_met',
      message: `B meets ${b.score.met} requirements, A ${a.score.met}${lost.length ? `; no longer met: ${lost.map((r) => `${r.id} (${r.b.status})`).join(', ')}` : ''}`,
      evidence: lost.flatMap((r) => r.b.evidence),
    },
  ];
}

function outdatedAdded(diff: Omit<PolicyDiff, 'regressions'>): Regression[] {
  return diff.parts.lawReferences
    .filter((l) => l.b?.outdated && !l.a?.outdated)
    .map((l) => ({
      kind: 'outdated_reference_added' as const,
      message: `B cites outdated law: ${lawText(l.b!.id)}${l.b!.replacement ? ` (now ${lawText(l.b!.replacement)})` : ''}`,
      evidence: l.b!.evidence,
    }));
}

function recipientsWithoutTransfer(diff: Omit<PolicyDiff, 'regressions'>): Regression[] {
  const transfers = diff.parts.transfers.flatMap((t) => (t.b ? [t.b] : []));
  return diff.parts.recipients
    .filter((r) => r.b?.outsideEea === true && r.a?.outsideEea !== true && !transferCovers(r.b, transfers))
    .map((r) => ({
      kind: 'recipient_outside_eea_without_transfer' as const,
      message: `B names a recipient outside the EEA without transfer safeguards: ${itemLabel('recipients', r.b, r.key)}${r.b!.country ? ` (${r.b!.country})` : ''}`,
      evidence: r.b!.evidence,
    }));
}

function longerRetention(diff: Omit<PolicyDiff, 'regressions'>): Regression[] {
  return diff.parts.retention
    .filter((r) => r.comparison === 'longer')
    .map((r) => ({
      kind: 'retention_longer' as const,
      message: `B keeps data longer: ${itemLabel('retention', r.b, r.key)}: ${retentionText(r.a!)} → ${retentionText(r.b!)}`,
      evidence: r.b!.evidence,
    }));
}

/** Every regression from A to B, in a fixed order: requirements, law references, recipients, retention. */
export function regressions(diff: Omit<PolicyDiff, 'regressions'>): Regression[] {
  return [...fewerMet(diff), ...outdatedAdded(diff), ...recipientsWithoutTransfer(diff), ...longerRetention(diff)];
}

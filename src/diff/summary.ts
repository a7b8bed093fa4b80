/**
 * The buyer's four questions, answered for both policies: who keeps data longer (retention matched by topic:
 * invoices with invoices, applicants with applicants), who sends data outside the EEA and how (per recipient:
 * destination and mechanism), who names a DPO, and which rights each omits; and where each falls short of the
 * other, worded with both names. Facts come from the diff's parts, so every format says the same thing.
 */
import { RETENTION_TOPICS } from '../lexicon/comparison.js';
import { countryByCode } from '../lexicon/countries.js';
import { RIGHT_IDS, type Evidence, type RightId, type TransferMechanism } from '../model/types.js';
import { durationText, itemLabel, lawText, requirementText, rightText } from './describe.js';
import { REPORT_LABELS } from '../report/labels.js';

const STATUS_TEXT = REPORT_LABELS.en.status;
import { words } from './match.js';
import type { DiffParts, PolicyDiff, RequirementDiff, RetentionValue, SideName, TransferValue } from './types.js';

type DiffSoFar = Omit<PolicyDiff, 'regressions' | 'assessment' | 'summary'>;

export interface SummaryTransfer {
  /** The recipient (service or name); null for a destination the policy names without a recipient. */
  recipient: string | null;
  /** Country code, or "outside the EEA" when the policy names no country. */
  destination: string;
  /** Safeguards the policy names for it (an adequacy decision only where one exists); empty: none named. */
  mechanisms: TransferMechanism[];
  /** The destination has an EU adequacy decision (from the country registry), whatever the policy names. */
  adequateCountry: boolean;
  evidence: Evidence[];
}

export interface SideSummary {
  /** The controller's name, else the file name. */
  name: string;
  dpo: { named: boolean; contact: string | null; evidence: Evidence[] };
  /** Recipients and destinations outside the EEA. */
  transfers: SummaryTransfer[];
  /** Rights of Art. 13(2)(b)-(d) this policy does not mention. */
  rightsOmitted: RightId[];
  /** Where this policy falls short of the other, in English with both names. */
  shortfalls: string[];
}

export interface RetentionComparisonRow {
  topic: string;
  /** The longest period each side gives for the topic, as words; null when it gives none. */
  a: string | null;
  b: string | null;
  /** Which side keeps the data longer; `same`; or null when only one side (or neither) gives a period. */
  longer: SideName | 'same' | null;
}

export interface ComparisonSummary {
  a: SideSummary;
  b: SideSummary;
  retention: RetentionComparisonRow[];
  /** One sentence per question, in English. */
  answers: { retention: string; transfers: string; dpo: string; rights: string };
}

const NO_SAFEGUARD = new Set<TransferMechanism>(['none', 'unspecified', 'privacy_shield']);

const MECHANISM_WORDS: Record<string, string> = {
  adequacy: 'adequacy decision',
  dpf: 'Data Privacy Framework',
  scc: 'standard contractual clauses',
  bcr: 'binding corporate rules',
  derogation: 'a derogation (Art. 49)',
};

function sideName(diff: DiffSoFar, side: SideName): string {
  const s = diff[side];
  if (s.controller) return s.controller;
  const file = s.path.split(/[\\/]/u).pop() ?? s.path;
  return file || (side === 'a' ? 'A' : 'B');
}

function periodWords(v: RetentionValue): string {
  return v.days === 0 ? 'immediately' : durationText(v.duration);
}

function retentionRows(parts: DiffParts): RetentionComparisonRow[] {
  const longest = (side: SideName, topic: string): RetentionValue | null => {
    let best: RetentionValue | null = null;
    for (const row of parts.retention) {
      const v = row[side];
      if (v && v.topic === topic && v.days !== null && (!best || v.days > best.days!)) best = v;
    }
    return best;
  };
  const rows: RetentionComparisonRow[] = [];
  for (const topic of RETENTION_TOPICS) {
    const a = longest('a', topic);
    const b = longest('b', topic);
    if (!a && !b) continue;
    const longer = a && b ? (a.days! > b.days! ? 'a' : b.days! > a.days! ? 'b' : 'same') : null;
    rows.push({ topic, a: a ? periodWords(a) : null, b: b ? periodWords(b) : null, longer });
  }
  return rows;
}

const adequate = (code: string | null): boolean => (code ? countryByCode(code)?.adequacy === true : false);

function transfersOf(parts: DiffParts, side: SideName): SummaryTransfer[] {
  const transfers = parts.transfers.flatMap((t) => (t[side] ? [t[side]!] : []));
  const safeguards = (t: TransferValue | undefined): TransferMechanism[] => (t ? t.mechanisms.filter((m) => !NO_SAFEGUARD.has(m)) : []);
  const general = transfers.find((t) => t.destination !== null && !/^[A-Z]{2}$/u.test(t.destination));
  const out: SummaryTransfer[] = [];
  const covered = new Set<string>();
  for (const r of parts.recipients) {
    const v = r[side];
    if (!v || v.outsideEea !== true || v.kind === 'category') continue;
    const forCountry = v.country ? transfers.find((t) => t.destination === v.country) : undefined;
    if (v.country) covered.add(v.country);
    const mechanisms = safeguards(forCountry).length > 0 ? safeguards(forCountry) : safeguards(general);
    out.push({ recipient: itemLabel('recipients', v, r.key), destination: v.country ?? 'outside the EEA', mechanisms, adequateCountry: adequate(v.country), evidence: v.evidence });
  }
  for (const t of transfers) {
    if (t.destination === null || covered.has(t.destination)) continue;
    const country = /^[A-Z]{2}$/u.test(t.destination);
    // Transfers "outside the EEA" in general are already the safeguard of the recipients listed.
    if (!country && out.length > 0) continue;
    out.push({ recipient: null, destination: country ? t.destination : 'outside the EEA', mechanisms: safeguards(t), adequateCountry: adequate(t.destination), evidence: t.evidence });
  }
  return out;
}

const STATUS_RANK: Record<string, number> = { met: 2, not_applicable: 2, partial: 1, missing: 0 };

function shortfalls(diff: DiffSoFar, side: SideName, other: SideName, names: Record<SideName, string>, summary: Record<SideName, Omit<SideSummary, 'shortfalls'>>): string[] {
  const me = names[side];
  const them = names[other];
  const out: string[] = [];
  // Rights are listed by name below; the other requirements by their label.
  for (const r of diff.requirements as RequirementDiff[]) {
    if (r.id.startsWith('right_') || STATUS_RANK[r[side].status] >= STATUS_RANK[r[other].status]) continue;
    out.push(`${me}: ${requirementText(r.id)}: ${STATUS_TEXT[r[side].status]} (${them}: ${STATUS_TEXT[r[other].status]})`);
  }
  const omitted = summary[side].rightsOmitted.filter((id) => !summary[other].rightsOmitted.includes(id));
  if (omitted.length > 0) out.push(`${me} does not mention the right${omitted.length > 1 ? 's' : ''} to ${omitted.map(rightText).join(', ')} (${them} does)`);
  if (!summary[side].dpo.named && summary[other].dpo.named) out.push(`${me} names no data protection officer (${them} does)`);
  for (const t of summary[side].transfers) {
    if (t.mechanisms.length > 0 || t.adequateCountry) continue;
    out.push(`${me} sends data ${t.recipient ? `to ${t.recipient} (${t.destination})` : t.destination === 'outside the EEA' ? 'outside the EEA' : `to ${t.destination}`} without naming a safeguard`);
  }
  for (const l of diff.parts.lawReferences) {
    const mine = l[side];
    if (mine?.outdated && !l[other]?.outdated) out.push(`${me} cites an outdated law: ${lawText(mine.id)}${mine.replacement ? ` (now ${lawText(mine.replacement)})` : ''}`);
  }
  return out;
}

const list = (items: string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

function answers(names: Record<SideName, string>, rows: RetentionComparisonRow[], sides: Record<SideName, SideSummary>): ComparisonSummary['answers'] {
  const longerAt = (side: SideName): string[] =>
    rows.filter((r) => r.longer === side).map((r) => `${r.topic} (${r[side]} vs ${r[side === 'a' ? 'b' : 'a']})`);
  const retentionParts: string[] = [];
  for (const side of ['a', 'b'] as const) {
    const l = longerAt(side);
    if (l.length) retentionParts.push(`${names[side]} keeps ${list(l)} longer`);
  }
  const same = rows.filter((r) => r.longer === 'same').map((r) => r.topic);
  if (same.length) retentionParts.push(`both keep ${list(same)} equally long`);
  const oneSided = rows.filter((r) => r.longer === null).map((r) => `${r.topic} (${r.a ? names.a : names.b} only)`);
  if (oneSided.length) retentionParts.push(`only one gives a period for ${list(oneSided)}`);
  const retention = retentionParts.length ? `${retentionParts.join('; ')}.` : 'Neither gives periods that can be compared by kind of data.';

  const transferText = (side: SideName): string => {
    const t = sides[side].transfers;
    if (t.length === 0) return `${names[side]} names no transfer outside the EEA`;
    const items = t.map((x) => `${x.recipient ? `${x.recipient} → ` : ''}${x.destination} (${x.mechanisms.length ? x.mechanisms.map((m) => MECHANISM_WORDS[m] ?? m).join(', ') : x.adequateCountry ? 'none named; the country has an adequacy decision' : 'no safeguard named'})`);
    return `${names[side]} sends data outside the EEA: ${items.join('; ')}`;
  };
  const dpoText = (side: SideName): string => {
    const d = sides[side].dpo;
    return d.named ? `${names[side]} names a DPO${d.contact ? ` (${d.contact})` : ''}` : `${names[side]} names none`;
  };
  const rightsText = (side: SideName): string => {
    const o = sides[side].rightsOmitted;
    return `${names[side]} omits ${o.length ? list(o.map(rightText)) : 'none'}`;
  };
  return {
    retention,
    transfers: `${transferText('a')}. ${transferText('b')}.`,
    dpo: `${dpoText('a')}; ${dpoText('b')}.`,
    rights: `${rightsText('a')}; ${rightsText('b')}.`,
  };
}

export function summarize(diff: DiffSoFar): ComparisonSummary {
  let names: Record<SideName, string> = { a: sideName(diff, 'a'), b: sideName(diff, 'b') };
  if (words(names.a).join(' ') === words(names.b).join(' ')) names = { a: `${names.a} (A)`, b: `${names.b} (B)` };
  const base = {} as Record<SideName, Omit<SideSummary, 'shortfalls'>>;
  for (const side of ['a', 'b'] as const) {
    const dpo = diff.parts.dpo[side];
    base[side] = {
      name: names[side],
      dpo: { named: dpo !== null, contact: dpo ? dpo.email ?? dpo.name ?? dpo.phone : null, evidence: dpo?.evidence ?? [] },
      transfers: transfersOf(diff.parts, side),
      rightsOmitted: RIGHT_IDS.filter((id) => !diff.parts.rights.some((r) => r.key === id && r[side] !== null)),
    };
  }
  const sides: Record<SideName, SideSummary> = {
    a: { ...base.a, shortfalls: shortfalls(diff, 'a', 'b', names, base) },
    b: { ...base.b, shortfalls: shortfalls(diff, 'b', 'a', names, base) },
  };
  const retention = retentionRows(diff.parts);
  return { a: sides.a, b: sides.b, retention, answers: answers(names, retention, sides) };
}

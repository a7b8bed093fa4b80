/**
 * Comparing two models part by part. Each part says what its items are matched on (the key) and which fields
 * make two matched items differ; wording (labels, quotes) never does, so a reworded sentence is not a difference.
 */
import { durationInDays, sameDuration } from '../extract/duration.js';
import {
  LEGAL_BASIS_IDS,
  RIGHT_IDS,
  type Cookie,
  type DataCategory,
  type Evidence,
  type LawReference,
  type PolicyModel,
  type Purpose,
  type Recipient,
  type Retention,
  type Transfer,
  type LegalBasisId,
  type TransferMechanism,
} from '../model/types.js';
import { countryByCode } from '../lexicon/countries.js';
import type { Language } from '../model/types.js';
import { retentionTopic, saysImmediately } from './text-facts.js';
import {
  byCodeUnit,
  copyEvidence,
  groupBy,
  normalizeKey,
  pairLists,
  phoneKey,
  similarity,
  uniqueSorted,
  websiteKey,
} from './match.js';
import type {
  CookieValue,
  DataCategoryValue,
  DiffParts,
  ItemDiff,
  LawReferenceValue,
  LegalBasisValue,
  PurposeValue,
  RecipientValue,
  Relation,
  RetentionComparison,
  RetentionDiff,
  RetentionValue,
  RightValue,
  TransferValue,
} from './types.js';

/** For each compared field, whether two values are equal; `by` builds one from a normalised projection. */
type Fields<T> = Record<string, (a: T, b: T) => boolean>;

function by<T>(project: (value: T) => unknown): (a: T, b: T) => boolean {
  return (a, b) => JSON.stringify(project(a)) === JSON.stringify(project(b));
}

function changedFields<T>(a: T, b: T, fields: Fields<T>): string[] {
  return Object.entries(fields)
    .filter(([, equal]) => !equal(a, b))
    .map(([name]) => name);
}

function itemDiff<T>(key: string, a: T | null, b: T | null, fields: Fields<T>): ItemDiff<T> {
  let relation: Relation;
  let changed: string[] = [];
  if (a && b) {
    changed = changedFields(a, b, fields);
    relation = changed.length > 0 ? 'different' : 'same';
  } else relation = a ? 'only_a' : b ? 'only_b' : 'same';
  return { key, relation, changed, a, b };
}

/** Lists whose items are unique by key on each side: the union of keys, in `order` or else code-unit order. */
function compareKeyed<T>(a: Map<string, T>, b: Map<string, T>, fields: Fields<T>, order?: readonly string[]): ItemDiff<T>[] {
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const rank = (k: string): number => {
    const i = order ? order.indexOf(k) : -1;
    return i < 0 ? (order?.length ?? 0) : i;
  };
  keys.sort((x, y) => rank(x) - rank(y) || byCodeUnit(x, y));
  return keys.map((k) => itemDiff(k, a.get(k) ?? null, b.get(k) ?? null, fields));
}

const allEvidence = (items: { evidence: Evidence[] }[]): Evidence[] => copyEvidence(items.flatMap((i) => i.evidence));

/** Two lifetimes or durations are the same when their lengths are ("P12M" and "P1Y"); other text ("session") as text. */
function sameLength(x: string | null, y: string | null): boolean {
  if (x === null || y === null) return x === y;
  try {
    return sameDuration(x, y);
  } catch {
    return normalizeKey(x) === normalizeKey(y);
  }
}

// ------------------------------------------------------------------ single facts

function compareController(a: PolicyModel, b: PolicyModel): DiffParts['controller'] {
  const value = (m: PolicyModel) => ({
    name: m.controller.name,
    aliases: [...m.controller.aliases],
    address: m.controller.address,
    email: m.controller.email,
    phone: m.controller.phone,
    website: m.controller.website,
    registration: m.controller.registration,
    evidence: copyEvidence(m.controller.evidence),
  });
  type V = ReturnType<typeof value>;
  const fields: Fields<V> = {
    name: by((v) => normalizeKey(v.name)),
    aliases: by((v) => uniqueSorted(v.aliases.map(normalizeKey))),
    address: by((v) => normalizeKey(v.address).replace(/[^\p{L}\p{N}]+/gu, '')),
    email: by((v) => normalizeKey(v.email)),
    phone: by((v) => phoneKey(v.phone)),
    website: by((v) => websiteKey(v.website)),
    registration: by((v) => normalizeKey(v.registration).replace(/\D/gu, '')),
  };
  return itemDiff('controller', value(a), value(b), fields);
}

function compareDpo(a: PolicyModel, b: PolicyModel): DiffParts['dpo'] {
  const value = (m: PolicyModel) =>
    m.dpo ? { name: m.dpo.name, email: m.dpo.email, phone: m.dpo.phone, evidence: copyEvidence(m.dpo.evidence) } : null;
  type V = NonNullable<ReturnType<typeof value>>;
  const fields: Fields<V> = { name: by((v) => normalizeKey(v.name)), email: by((v) => normalizeKey(v.email)), phone: by((v) => phoneKey(v.phone)) };
  return itemDiff('dpo', value(a), value(b), fields);
}

function compareSingles(a: PolicyModel, b: PolicyModel): Pick<DiffParts, 'supervisoryAuthority' | 'automatedDecisionMaking' | 'children'> {
  const authority = (m: PolicyModel) =>
    m.supervisoryAuthority ? { name: m.supervisoryAuthority.name, evidence: copyEvidence(m.supervisoryAuthority.evidence) } : null;
  const adm = (m: PolicyModel) =>
    m.automatedDecisionMaking ? { used: m.automatedDecisionMaking.used, evidence: copyEvidence(m.automatedDecisionMaking.evidence) } : null;
  const children = (m: PolicyModel) => (m.children ? { minimumAge: m.children.minimumAge, evidence: copyEvidence(m.children.evidence) } : null);
  return {
    supervisoryAuthority: itemDiff('supervisory_authority', authority(a), authority(b), { name: by((v) => normalizeKey(v.name)) }),
    automatedDecisionMaking: itemDiff('automated_decision_making', adm(a), adm(b), { used: by((v) => v.used) }),
    children: itemDiff('children', children(a), children(b), { minimumAge: by((v) => v.minimumAge) }),
  };
}

// ------------------------------------------------------------------ lists keyed by id or name

function dataCategories(m: PolicyModel): Map<string, DataCategoryValue> {
  return groupBy(m.dataCategories, (c) => c.id, (group: DataCategory[], id) => ({
    id,
    labels: group.map((c) => c.label),
    special: group.some((c) => c.special),
    evidence: allEvidence(group),
  }));
}

function purposes(m: PolicyModel): Map<string, PurposeValue> {
  return groupBy(m.purposes, (p) => p.id, (group: Purpose[], id) => ({
    id,
    labels: group.map((p) => p.label),
    legalBases: uniqueSorted(group.map((p) => p.legalBasis)),
    evidence: allEvidence(group),
  }));
}

function legalBases(m: PolicyModel): Map<string, LegalBasisValue> {
  return groupBy(m.legalBases, (l) => l.id, (group, id) => ({
    id: id as LegalBasisId,
    purposes: uniqueSorted(m.purposes.filter((p) => p.legalBasis === id).map((p) => p.id)),
    evidence: allEvidence(group),
  }));
}

const recipientKey = (r: Recipient): string => normalizeKey(r.service ?? r.name);

/**
 * Whether a country is outside the EEA, from the country registry: the one source of truth, so a recipient's
 * country and its EEA flag never contradict each other. Undefined for a country the registry does not know.
 */
export function outsideEeaOf(country: string | null): boolean | undefined {
  if (!country) return undefined;
  const entry = countryByCode(country);
  return entry ? !entry.eea : undefined;
}

function recipients(m: PolicyModel): Map<string, RecipientValue> {
  return groupBy(m.recipients, recipientKey, (group: Recipient[]) => {
    const country = group.find((r) => r.country)?.country ?? null;
    return {
      name: group[0].name,
      kind: group[0].kind,
      service: group.find((r) => r.service)?.service ?? null,
      country,
      outsideEea: outsideEeaOf(country) ?? group.find((r) => r.outsideEea !== null)?.outsideEea ?? null,
      evidence: allEvidence(group),
    };
  });
}

/**
 * The mechanisms that can hold for a destination: an adequacy decision only for a country that has one (the
 * registry follows the Commission's list); claimed for another country it is a safeguard not named.
 */
export function possibleMechanisms(destination: string | null, mechanisms: TransferMechanism[]): TransferMechanism[] {
  const entry = destination && /^[A-Z]{2}$/u.test(destination) ? countryByCode(destination) : undefined;
  if (!entry || entry.adequacy || entry.eea) return mechanisms;
  return uniqueSorted(mechanisms.map((m) => (m === 'adequacy' ? 'unspecified' : m)));
}

/** Transfers group by destination; "none" is the text saying data stay inside the EEA (destination null). */
function transfers(m: PolicyModel): Map<string, TransferValue> {
  return groupBy(m.transfers, (t) => (t.destination === null ? 'none' : normalizeKey(t.destination)), (group: Transfer[]) => ({
    destination: group[0].destination,
    mechanisms: possibleMechanisms(group[0].destination, uniqueSorted<TransferMechanism>(group.map((t) => t.mechanism))),
    evidence: allEvidence(group),
  }));
}

function rights(m: PolicyModel): Map<string, RightValue> {
  return groupBy(m.rights, (r) => r.id, (group) => ({ id: group[0].id, evidence: allEvidence(group) }));
}

const cookieKey = (c: Cookie): string => (c.name ? normalizeKey(c.name) : `(${c.kind})`);

function cookies(m: PolicyModel): Map<string, CookieValue> {
  return groupBy(m.cookies, cookieKey, (group: Cookie[]) => ({
    kind: group[0].kind,
    name: group[0].name,
    lifetime: group.find((c) => c.lifetime)?.lifetime ?? null,
    evidence: allEvidence(group),
  }));
}

function lawReferences(m: PolicyModel): Map<string, LawReferenceValue> {
  return groupBy(m.lawReferences, (l) => l.id, (group: LawReference[]) => ({
    id: group[0].id,
    outdated: group[0].outdated,
    replacement: group[0].replacement,
    evidence: allEvidence(group),
  }));
}

// ------------------------------------------------------------------ retention

/** A row without a period whose sentence says the data go at once ("instantly deleted") keeps them for zero days. */
function retentionValue(r: Retention, language: Language): RetentionValue {
  const sentence = r.evidence.map((e) => e.text).join(' ');
  let duration = r.duration;
  if (!duration && saysImmediately(sentence, language)) duration = 'P0D';
  let days: number | null = null;
  if (duration) {
    try {
      days = Math.round(durationInDays(duration) * 100) / 100;
    } catch {
      days = null;
    }
  }
  const topic = retentionTopic(r.subject, sentence, language);
  return { subject: r.subject, topic, duration, days, anchor: r.anchor, vague: r.vague, evidence: copyEvidence(r.evidence) };
}

function retentionComparison(a: RetentionValue | null, b: RetentionValue | null): RetentionComparison {
  if (!a) return 'only_b';
  if (!b) return 'only_a';
  if (a.duration && b.duration && a.days !== null && b.days !== null) {
    if (a.days === b.days || sameLength(a.duration, b.duration)) return 'same';
    return b.days > a.days ? 'longer' : 'shorter';
  }
  if (!a.duration && !b.duration && a.vague === b.vague) return 'same';
  return 'not_comparable';
}

/**
 * Retention rows match on their subject: the same subject first (in order, when a subject repeats), then the same
 * topic (invoices with invoices, applicants with applicants, however each policy words them), then similar
 * wording ("Gegevens van klanten" / "Gegevens van onze klanten"); rows about different topics never match.
 */
function compareRetention(a: PolicyModel, b: PolicyModel): RetentionDiff[] {
  const key = (r: RetentionValue): string => normalizeKey(r.subject);
  const score = (x: RetentionValue, y: RetentionValue): number => {
    if (x.topic && y.topic) return x.topic === y.topic ? 0.9 + 0.1 * (x.subject && y.subject ? similarity(x.subject, y.subject) : 0) : 0;
    return x.subject && y.subject ? similarity(x.subject, y.subject) : 0;
  };
  const values = (m: PolicyModel): RetentionValue[] => m.retention.map((r) => retentionValue(r, m.language));
  const pairs = pairLists(values(a), values(b), key, score);
  const seen = new Map<string, number>();
  const rows = pairs.map(({ a: x, b: y }) => {
    const base = key((x ?? y)!);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const fields: Fields<RetentionValue> = {
      duration: (x, y) => sameLength(x.duration, y.duration),
      anchor: by((v) => normalizeKey(v.anchor)),
      vague: by((v) => v.vague),
    };
    const diff = itemDiff(n > 1 ? `${base} #${n}` : base, x, y, fields);
    return { ...diff, comparison: retentionComparison(x, y) };
  });
  return rows.sort((x, y) => byCodeUnit(x.key, y.key));
}

// ------------------------------------------------------------------ all parts

export function compareParts(a: PolicyModel, b: PolicyModel): DiffParts {
  return {
    controller: compareController(a, b),
    dpo: compareDpo(a, b),
    ...compareSingles(a, b),
    dataCategories: compareKeyed(dataCategories(a), dataCategories(b), { special: by((v) => v.special) }),
    purposes: compareKeyed(purposes(a), purposes(b), { legalBases: by((v) => v.legalBases) }),
    legalBases: compareKeyed(legalBases(a), legalBases(b), { purposes: by((v) => v.purposes) }, LEGAL_BASIS_IDS),
    retention: compareRetention(a, b),
    recipients: compareKeyed(recipients(a), recipients(b), {
      kind: by((v) => v.kind),
      country: by((v) => v.country),
      outsideEea: by((v) => v.outsideEea),
    }),
    transfers: compareKeyed(transfers(a), transfers(b), { mechanisms: by((v) => v.mechanisms) }),
    rights: compareKeyed(rights(a), rights(b), {}, RIGHT_IDS),
    cookies: compareKeyed(cookies(a), cookies(b), { kind: by((v) => v.kind), lifetime: (x, y) => sameLength(x.lifetime, y.lifetime) }),
    lawReferences: compareKeyed(lawReferences(a), lawReferences(b), { outdated: by((v) => v.outdated) }),
  };
}

/**
 * Words for the facts of a diff, in English: the label of an item and the short text of its value on one side.
 * Shared by the reasons of text changes and by every diff formatter, so they all say the same thing.
 */
import { REPORT_LABELS } from '../report/labels.js';
import type { RequirementId, RequirementStatus } from '../rules/types.js';
import { lawById } from '../lexicon/laws.js';
import { processorByName } from '../lexicon/processors.js';
import { countryByCode } from '../lexicon/countries.js';
import type {
  AdmValue,
  AuthorityValue,
  ChildrenValue,
  ControllerValue,
  CookieValue,
  DataCategoryValue,
  DiffParts,
  DpoValue,
  LawReferenceValue,
  LegalBasisValue,
  PurposeValue,
  RecipientValue,
  RetentionDiff,
  RetentionValue,
  RightValue,
  TransferValue,
} from './types.js';

export type PartName = keyof DiffParts;

/** Parts in the order reports show them. */
export const PART_ORDER: readonly PartName[] = [
  'controller',
  'dpo',
  'dataCategories',
  'purposes',
  'legalBases',
  'retention',
  'recipients',
  'transfers',
  'rights',
  'cookies',
  'children',
  'supervisoryAuthority',
  'automatedDecisionMaking',
  'lawReferences',
];

export const PART_TITLES: Record<PartName, { title: string; singular: string }> = {
  controller: { title: 'Controller', singular: 'controller' },
  dpo: { title: 'Data protection officer', singular: 'DPO' },
  dataCategories: { title: 'Data categories', singular: 'data category' },
  purposes: { title: 'Purposes', singular: 'purpose' },
  legalBases: { title: 'Legal bases', singular: 'legal basis' },
  retention: { title: 'Retention', singular: 'retention period' },
  recipients: { title: 'Recipients', singular: 'recipient' },
  transfers: { title: 'Transfers outside the EEA', singular: 'transfer' },
  rights: { title: 'Rights', singular: 'right' },
  cookies: { title: 'Cookies', singular: 'cookie' },
  children: { title: 'Children', singular: 'children' },
  supervisoryAuthority: { title: 'Supervisory authority', singular: 'supervisory authority' },
  automatedDecisionMaking: { title: 'Automated decision-making', singular: 'automated decision-making' },
  lawReferences: { title: 'Law references', singular: 'law reference' },
};

const UNITS: [string, string, string][] = [
  ['Y', 'year', 'years'],
  ['M', 'month', 'months'],
  ['W', 'week', 'weeks'],
  ['D', 'day', 'days'],
];
const TIME_UNITS: [string, string, string][] = [
  ['H', 'hour', 'hours'],
  ['M', 'minute', 'minutes'],
  ['S', 'second', 'seconds'],
];

/** "P7Y" -> "7 years", "P1Y6M" -> "1 year 6 months", "PT24H" -> "24 hours"; anything else as given. */
export function durationText(iso: string | null): string {
  if (!iso) return '';
  const m = /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/u.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) return iso;
  const parts: string[] = [];
  [...UNITS, ...TIME_UNITS].forEach(([, one, many], i) => {
    const value = m[i + 1];
    if (value !== undefined) parts.push(`${value} ${value === '1' ? one : many}`);
  });
  return parts.join(' ');
}

const RIGHT_NAMES: Record<string, string> = {
  access: 'access',
  rectification: 'rectification',
  erasure: 'erasure',
  restriction: 'restriction',
  objection: 'objection',
  portability: 'portability',
  withdraw_consent: 'withdraw consent',
  complaint: 'complaint to an authority',
};

const BASIS_NAMES: Record<string, string> = {
  consent: 'consent',
  contract: 'contract',
  legal_obligation: 'legal obligation',
  vital_interests: 'vital interests',
  public_task: 'public task',
  legitimate_interests: 'legitimate interests',
};

const MECHANISM_NAMES: Record<string, string> = {
  adequacy: 'adequacy decision',
  dpf: 'Data Privacy Framework',
  scc: 'standard contractual clauses',
  bcr: 'binding corporate rules',
  derogation: 'derogation (Art. 49)',
  privacy_shield: 'Privacy Shield (invalid)',
  none: 'no safeguard',
  unspecified: 'safeguard not named',
};

/** A requirement as a reader names it, inside a sentence: "contact details of the data protection officer" (not dpo_contact). */
export function requirementText(id: RequirementId): string {
  const label = REPORT_LABELS.en.requirement[id] ?? idText(id);
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** A requirement status as a reader says it: "n/a", not "not_applicable". */
export const statusText = (status: RequirementStatus): string => REPORT_LABELS.en.status[status] ?? idText(status);

/** "legal_obligation" -> "legal obligation". */
export const idText = (id: string): string => id.replace(/_/gu, ' ');
export const basisText = (id: string): string => BASIS_NAMES[id] ?? idText(id);
export const rightText = (id: string): string => RIGHT_NAMES[id] ?? idText(id);

export function lawText(id: string): string {
  return lawById(id)?.name ?? id;
}

export function destinationText(destination: string | null): string {
  if (destination === null) return 'none (data stay in the EEA)';
  return destination === 'outside_eea' ? 'outside the EEA' : destination;
}

/**
 * Where a recipient's data are, in words that cannot contradict themselves: the contracting entity and its
 * country, then whether that country is in the EEA (the country registry decides, src/lexicon/countries.ts),
 * and for an EEA entity whose group may send the data on (the processor registry's `outsideEea`), where they
 * may go: "Google Ireland Limited (IE); data may reach the US". The US is named only for an entity certified
 * under the EU-US Data Privacy Framework; otherwise "countries outside the EEA".
 */
export function placeText(country: string | null, outsideEea: boolean | null, service: string | null): string {
  const entry = service ? processorByName(service) : undefined;
  const where = country ?? entry?.country ?? null;
  const holder = entry ? `${entry.entity}${where ? ` (${where})` : ''}` : (where ?? '');
  const eea = where ? countryByCode(where)?.eea : outsideEea === null ? undefined : !outsideEea;
  if (eea === false) return holder ? `${holder}, outside the EEA` : 'outside the EEA';
  if (eea === true && entry?.outsideEea) return `${holder}; data may reach ${entry.dpf === true ? 'the US' : 'countries outside the EEA'}`;
  if (eea === true) return holder ? `${holder}, in the EEA` : 'in the EEA';
  return holder;
}

function recipientText(v: RecipientValue): string {
  const place = placeText(v.country, v.outsideEea, v.kind === 'category' ? null : v.service);
  return place ? `${v.kind} · ${place}` : v.kind;
}

export function retentionText(v: RetentionValue): string {
  if (v.duration && v.days === 0) return ['immediately', v.anchor].filter(Boolean).join(' ');
  if (v.duration) return [durationText(v.duration), v.anchor].filter(Boolean).join(' ');
  if (v.vague) return 'vague ("as long as necessary")';
  return v.anchor ? `criteria: ${v.anchor}` : 'criteria only';
}

const joinOr = (items: string[], none: string): string => (items.length ? items.join(', ') : none);

/** The label of an item (the left column of a table): what both sides are compared on. */
export function itemLabel(part: PartName, value: unknown, key: string): string {
  switch (part) {
    case 'controller':
      return 'Controller';
    case 'dpo':
      return 'DPO';
    case 'dataCategories':
      return idText((value as DataCategoryValue).id);
    case 'purposes':
      return idText((value as PurposeValue).id);
    case 'legalBases':
      return basisText((value as LegalBasisValue).id);
    case 'retention':
      return (value as RetentionValue).subject ?? '(no subject named)';
    case 'recipients':
      return (value as RecipientValue).service ?? (value as RecipientValue).name;
    case 'transfers':
      return destinationText((value as TransferValue).destination);
    case 'rights':
      return rightText((value as RightValue).id);
    case 'cookies':
      return (value as CookieValue).name ?? `${(value as CookieValue).kind} cookies`;
    case 'children':
      return 'Children';
    case 'supervisoryAuthority':
      return 'Supervisory authority';
    case 'automatedDecisionMaking':
      return 'Automated decision-making';
    case 'lawReferences':
      return lawText((value as LawReferenceValue).id);
    default:
      return key;
  }
}

/** The value on one side in a few words (a table cell); `null` values are absent and shown by the formatter. */
export function valueText(part: PartName, value: unknown): string {
  switch (part) {
    case 'controller': {
      const v = value as ControllerValue;
      return [v.name, ...v.aliases].filter(Boolean).join(' / ') || 'not named';
    }
    case 'dpo': {
      const v = value as DpoValue;
      return [v.name, v.email, v.phone].filter(Boolean).join(', ') || 'named, no contact details';
    }
    case 'dataCategories': {
      const v = value as DataCategoryValue;
      return `${v.special ? 'special category: ' : ''}${v.labels.join('; ')}`;
    }
    case 'purposes': {
      const v = value as PurposeValue;
      return `${v.labels.join('; ')} — basis: ${joinOr(v.legalBases.map(basisText), 'not linked')}`;
    }
    case 'legalBases':
      return `covers: ${joinOr((value as LegalBasisValue).purposes.map(idText), 'no linked purpose')}`;
    case 'retention':
      return retentionText(value as RetentionValue);
    case 'recipients':
      return recipientText(value as RecipientValue);
    case 'transfers':
      return joinOr((value as TransferValue).mechanisms.map((m) => MECHANISM_NAMES[m] ?? m), 'no mechanism');
    case 'rights':
      return 'named';
    case 'cookies': {
      const v = value as CookieValue;
      return [v.kind, v.lifetime ? (v.lifetime === 'session' ? 'session' : durationText(v.lifetime)) : null].filter(Boolean).join(' · ');
    }
    case 'children': {
      const v = value as ChildrenValue;
      return v.minimumAge === null ? 'mentioned, no age' : `minimum age ${v.minimumAge}`;
    }
    case 'supervisoryAuthority':
      return (value as AuthorityValue).name;
    case 'automatedDecisionMaking':
      return (value as AdmValue).used ? 'used' : 'not used';
    case 'lawReferences': {
      const v = value as LawReferenceValue;
      return v.outdated ? `outdated${v.replacement ? `; now ${lawText(v.replacement)}` : ''}` : 'current';
    }
    default:
      return '';
  }
}

/** B's retention relative to A's, for a cell or a reason. */
export function comparisonText(row: RetentionDiff): string {
  switch (row.comparison) {
    case 'longer':
      return 'longer';
    case 'shorter':
      return 'shorter';
    case 'not_comparable':
      return 'not comparable';
    default:
      return '';
  }
}

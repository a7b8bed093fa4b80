/**
 * The shape of a policy diff: what `comparePolicies` returns and, exactly, what `privacylint diff --format json`
 * prints (contract: users' CI scripts read it; add fields, never rename them; a breaking change bumps `version`).
 *
 * ```
 * {
 *   "version": 1,
 *   "mode": "policies" | "versions",          // versions: same controller, or --versions
 *   "a": Side, "b": Side,                      // { path, language, title, updated, controller, score, findings }
 *                                              // score: { met, partial, missing, notApplicable }
 *                                              // findings: { errors, warnings, infos }
 *   "parts": {
 *     "controller":  ItemDiff<ControllerValue>,          // changed: the fields that differ
 *     "dpo":         ItemDiff<DpoValue>,
 *     "supervisoryAuthority": ItemDiff<AuthorityValue>,
 *     "automatedDecisionMaking": ItemDiff<AdmValue>,
 *     "children":    ItemDiff<ChildrenValue>,
 *     "dataCategories": ItemDiff<DataCategoryValue>[],   // key: category id
 *     "purposes":    ItemDiff<PurposeValue>[],           // key: purpose id; changed: ["legalBases"]
 *     "legalBases":  ItemDiff<LegalBasisValue>[],        // key: basis id; changed: ["purposes"] (what it covers)
 *     "retention":   RetentionDiff[],                    // key: subject; comparison: longer | shorter | same | …
 *     "recipients":  ItemDiff<RecipientValue>[],         // key: service (else name), lower case
 *     "transfers":   ItemDiff<TransferValue>[],          // key: destination
 *     "rights":      ItemDiff<RightValue>[],             // key: right id
 *     "cookies":     ItemDiff<CookieValue>[],            // key: cookie or tool name, else "(kind)"
 *     "lawReferences": ItemDiff<LawReferenceValue>[]     // key: law id
 *   },
 *   "requirements": RequirementDiff[],          // the 18 ids in contract order: { id, article, change, a, b }
 *                                              // change: same | better | worse | changed; a/b: { status, reason, evidence }
 *   "textChanges": TextChange[] | null,         // versions mode only, aligned by section and sentence:
 *                                              // { section, kind: added | removed | changed,
 *                                              //   label: material | cosmetic, reasons, a, b }
 *   "regressions": Regression[]                 // what --fail-on regression fails on: { kind, message, evidence }
 * }
 * ```
 *
 * An `ItemDiff` is `{ key, relation, changed, a, b }`: `relation` is `same` (on both sides and equal),
 * `different` (on both sides; `changed` names the fields that differ), `only_a` or `only_b`; `a` and `b` are the
 * values on each side (null where absent), each with its `evidence` (quotes with 1-based line and column).
 * A single fact that neither side states (no DPO in either) is `same` with `a` and `b` null.
 *
 * Order (deterministic, the same input gives the same bytes): lists with a fixed vocabulary (rights, legal
 * bases, requirements) follow that vocabulary's order; every other list is sorted by `key` in code-unit order;
 * text changes and evidence follow the documents; object keys appear in the order written here.
 */
import type { PolicyDocument } from '../document/index.js';
import type { RetentionTopic } from '../lexicon/comparison.js';
import type { ComparisonSummary } from './summary.js';
import type {
  Evidence,
  Language,
  LegalBasisId,
  PolicyModel,
  RecipientKind,
  RightId,
  TransferMechanism,
} from '../model/types.js';
import type { Finding, RequirementId, RequirementResult, RequirementStatus } from '../rules/types.js';

/** One policy to compare: its model and lint result (`lintFile(...).result`) and its document (for the text). */
export interface DiffSide {
  path: string;
  model: PolicyModel;
  requirements: RequirementResult[];
  findings: Finding[];
  document: PolicyDocument;
}

export const DIFF_FORMAT_VERSION = 1;

export type DiffMode = 'policies' | 'versions';
export type Relation = 'same' | 'different' | 'only_a' | 'only_b';
export type SideName = 'a' | 'b';

export interface Score {
  met: number;
  partial: number;
  missing: number;
  notApplicable: number;
}

export interface Side {
  path: string;
  language: Language;
  title: string | null;
  updated: string | null;
  /** The controller's name as the policy gives it. */
  controller: string | null;
  score: Score;
  /** Lint findings of this side by severity. */
  findings: { errors: number; warnings: number; infos: number };
}

export interface ItemDiff<T> {
  /** What the two sides were matched on (normalised: lower case, white space folded). */
  key: string;
  relation: Relation;
  /** The fields that differ; empty unless `relation` is `different`. */
  changed: string[];
  a: T | null;
  b: T | null;
}

export interface ControllerValue {
  name: string | null;
  aliases: string[];
  address: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  registration: string | null;
  evidence: Evidence[];
}

export interface DpoValue {
  name: string | null;
  email: string | null;
  phone: string | null;
  evidence: Evidence[];
}

export interface AuthorityValue {
  name: string;
  evidence: Evidence[];
}

export interface AdmValue {
  used: boolean;
  evidence: Evidence[];
}

export interface ChildrenValue {
  minimumAge: number | null;
  evidence: Evidence[];
}

export interface DataCategoryValue {
  id: string;
  /** The wording of every mention, in document order (not compared: wording is not a difference). */
  labels: string[];
  special: boolean;
  evidence: Evidence[];
}

export interface PurposeValue {
  id: string;
  labels: string[];
  /** The bases linked to this purpose, sorted. */
  legalBases: LegalBasisId[];
  evidence: Evidence[];
}

export interface LegalBasisValue {
  id: LegalBasisId;
  /** Ids of the purposes this basis is linked to, sorted. */
  purposes: string[];
  evidence: Evidence[];
}

export interface RetentionValue {
  subject: string | null;
  /** The kind of data (invoices, accounts, logs, marketing, applicants, support, cameras) rows are matched on, or null. */
  topic: RetentionTopic | null;
  /** ISO 8601 duration as the policy gives it (P7Y); P0D for "immediately"; null for criteria or vague wording. */
  duration: string | null;
  /** The duration normalised to days (Y = 365, M = 30.44), for comparing; null without a duration. */
  days: number | null;
  anchor: string | null;
  vague: boolean;
  evidence: Evidence[];
}

/** How B's period relates to A's: `longer` means B keeps the data longer. */
export type RetentionComparison = 'longer' | 'shorter' | 'same' | 'only_a' | 'only_b' | 'not_comparable';

export interface RetentionDiff extends ItemDiff<RetentionValue> {
  comparison: RetentionComparison;
}

export interface RecipientValue {
  name: string;
  kind: RecipientKind;
  service: string | null;
  country: string | null;
  outsideEea: boolean | null;
  evidence: Evidence[];
}

export interface TransferValue {
  destination: string | null;
  /** Every mechanism named for this destination, sorted. */
  mechanisms: TransferMechanism[];
  evidence: Evidence[];
}

export interface RightValue {
  id: RightId;
  evidence: Evidence[];
}

export interface CookieValue {
  kind: string;
  name: string | null;
  lifetime: string | null;
  evidence: Evidence[];
}

export interface LawReferenceValue {
  id: string;
  outdated: boolean;
  replacement: string | null;
  evidence: Evidence[];
}

export interface DiffParts {
  controller: ItemDiff<ControllerValue>;
  dpo: ItemDiff<DpoValue>;
  supervisoryAuthority: ItemDiff<AuthorityValue>;
  automatedDecisionMaking: ItemDiff<AdmValue>;
  children: ItemDiff<ChildrenValue>;
  dataCategories: ItemDiff<DataCategoryValue>[];
  purposes: ItemDiff<PurposeValue>[];
  legalBases: ItemDiff<LegalBasisValue>[];
  retention: RetentionDiff[];
  recipients: ItemDiff<RecipientValue>[];
  transfers: ItemDiff<TransferValue>[];
  rights: ItemDiff<RightValue>[];
  cookies: ItemDiff<CookieValue>[];
  lawReferences: ItemDiff<LawReferenceValue>[];
}

export interface RequirementSide {
  status: RequirementStatus;
  reason: string | null;
  evidence: Evidence[];
}

/**
 * `better` / `worse`: B's status ranks higher / lower than A's (met and n/a > partial > missing); `changed`: another
 * status of the same rank (met <-> n/a).
 */
export type RequirementChange = 'same' | 'better' | 'worse' | 'changed';

export interface RequirementDiff {
  id: RequirementId;
  article: string;
  change: RequirementChange;
  a: RequirementSide;
  b: RequirementSide;
}

export type TextChangeKind = 'added' | 'removed' | 'changed';
/** `material`: the change alters the model or a requirement status; `cosmetic`: wording only. */
export type TextChangeLabel = 'material' | 'cosmetic' | 'not_assessed';

export interface TextChange {
  /** The heading of the section the sentence is in (B's wording where both have it); null before any heading. */
  section: string | null;
  kind: TextChangeKind;
  label: TextChangeLabel;
  /** Why the change is material: the facts or statuses it alters, in English. Empty for cosmetic changes. */
  reasons: string[];
  /** The sentence in A (null when added) and in B (null when removed), as evidence with positions. */
  a: Evidence | null;
  b: Evidence | null;
}

export type RegressionKind =
  | 'fewer_requirements_met'
  | 'outdated_reference_added'
  | 'recipient_outside_eea_without_transfer'
  | 'retention_longer'
  | 'transfer_destination_added'
  | 'safeguard_removed'
  | 'right_removed'
  | 'legal_basis_removed'
  | 'special_category_added';

/** What `--fail-on` selects: `regression` is all of them. */
export const REGRESSION_GATES = ['retention', 'transfers', 'rights', 'requirements', 'outdated', 'special-categories', 'recipients'] as const;
export type RegressionGate = (typeof REGRESSION_GATES)[number];

export interface Regression {
  kind: RegressionKind;
  /** The `--fail-on` kind this regression belongs to. */
  gate: RegressionGate;
  /** One line in English for reports. */
  message: string;
  /** Where B shows it (empty when it is about something B lost); the same as `b`. */
  evidence: Evidence[];
  /** What A said (empty when B adds something new). */
  a: Evidence[];
  /** What B says (empty when the mention is gone). */
  b: Evidence[];
}

/**
 * Whether the diff could be judged: `assessed` false when a side is in a language without a language pack, so its
 * facts, labels and regressions cannot be read (`--fail-on` then exits 2, never passes).
 */
export interface Assessment {
  assessed: boolean;
  /** Why not, in English; null when assessed. */
  reason: string | null;
}

export interface PolicyDiff {
  version: typeof DIFF_FORMAT_VERSION;
  mode: DiffMode;
  a: Side;
  b: Side;
  parts: DiffParts;
  requirements: RequirementDiff[];
  textChanges: TextChange[] | null;
  regressions: Regression[];
  assessment: Assessment;
  /** The buyer's four questions answered side by side (both modes); see summary.ts. */
  summary: ComparisonSummary;
}

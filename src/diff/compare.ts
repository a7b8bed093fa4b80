/**
 * `comparePolicies`: two policies (models, lint results, documents) to one PolicyDiff, part by part, with the
 * requirement statuses and scores side by side; for two versions of one policy also the text changes, labelled
 * material or cosmetic; and the regressions from the first to the second.
 */
import { REQUIREMENT_ARTICLES, REQUIREMENT_IDS, type RequirementResult, type RequirementStatus } from '../rules/types.js';
import type { PolicyModel } from '../model/types.js';
import { alignText } from './align.js';
import { labelChanges } from './label.js';
import { controllerKey, copyEvidence } from './match.js';
import { compareParts } from './parts.js';
import { regressions } from './regressions.js';
import {
  DIFF_FORMAT_VERSION,
  type DiffMode,
  type DiffSide,
  type PolicyDiff,
  type RequirementChange,
  type RequirementDiff,
  type RequirementSide,
  type Score,
  type Side,
} from './types.js';

export interface CompareOptions {
  /** Treat the two as versions of one policy (true), as two policies (false), or decide by the controller (unset). */
  versions?: boolean;
}

/** Met and not applicable both satisfy Art. 13; partial falls short; missing fails. */
const STATUS_RANK: Record<RequirementStatus, number> = { met: 2, not_applicable: 2, not_assessed: 2, partial: 1, missing: 0 };

export function score(requirements: readonly RequirementResult[]): Score {
  const count = (status: RequirementStatus): number => requirements.filter((r) => r.status === status).length;
  return { met: count('met'), partial: count('partial'), missing: count('missing'), notApplicable: count('not_applicable') };
}

/** Versions of one policy name the same controller (its name or an alias, without the legal form). */
export function sameController(a: PolicyModel, b: PolicyModel): boolean {
  const names = (m: PolicyModel): Set<string> =>
    new Set([m.controller.name, ...m.controller.aliases].map((n) => controllerKey(n)).filter((n) => n.length > 0));
  const inB = names(b);
  return [...names(a)].some((n) => inB.has(n));
}

function side(s: DiffSide): Side {
  const count = (severity: string): number => s.findings.filter((f) => f.severity === severity).length;
  return {
    path: s.path,
    language: s.model.language,
    title: s.model.title,
    updated: s.model.updated,
    controller: s.model.controller.name,
    score: score(s.requirements),
    findings: { errors: count('error'), warnings: count('warning'), infos: count('info') },
  };
}

function requirementSide(r: RequirementResult | undefined): RequirementSide {
  // A requirement the lint result lacks counts as missing.
  return r ? { status: r.status, reason: r.reason ?? null, evidence: copyEvidence(r.evidence) } : { status: 'missing', reason: null, evidence: [] };
}

function compareRequirements(a: readonly RequirementResult[], b: readonly RequirementResult[]): RequirementDiff[] {
  return REQUIREMENT_IDS.map((id) => {
    const x = requirementSide(a.find((r) => r.id === id));
    const y = requirementSide(b.find((r) => r.id === id));
    const rank = STATUS_RANK[y.status] - STATUS_RANK[x.status];
    const change: RequirementChange = x.status === y.status ? 'same' : rank > 0 ? 'better' : rank < 0 ? 'worse' : 'changed';
    return { id, article: REQUIREMENT_ARTICLES[id], change, a: x, b: y };
  });
}

export function comparePolicies(a: DiffSide, b: DiffSide, options: CompareOptions = {}): PolicyDiff {
  const mode: DiffMode = (options.versions ?? sameController(a.model, b.model)) ? 'versions' : 'policies';
  const parts = compareParts(a.model, b.model);
  const requirements = compareRequirements(a.requirements, b.requirements);
  const textChanges =
    mode === 'versions' ? labelChanges(alignText(a.document, b.document), { parts, requirements, a: a.document, b: b.document }) : null;
  const diff: Omit<PolicyDiff, 'regressions'> = { version: DIFF_FORMAT_VERSION, mode, a: side(a), b: side(b), parts, requirements, textChanges };
  return { ...diff, regressions: regressions(diff) };
}

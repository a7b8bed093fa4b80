/**
 * Consistency checks: facts in one part of the model that another part contradicts or
 * leaves unanswered. Each returns the places to report; the rule file gives severity and message.
 */
import type { Evidence, PolicyModel, StatementId } from '../model/types.js';
import type { PolicyDocument } from '../document/index.js';
import { ExtractContext } from '../extract/context.js';
import { wordPattern } from '../lexicon/compile.js';
import { AUTHORITIES } from '../lexicon/authorities.js';
import { processorByName } from '../lexicon/processors.js';
import type { ConsistencyCheck } from './schema.js';
import type { Jurisdiction } from './types.js';

export interface Inconsistency {
  evidence: Evidence | null;
  /** Values for the message placeholders, e.g. {name} of a recipient. */
  params: Record<string, string>;
}

export interface CheckInput {
  model: PolicyModel;
  doc: PolicyDocument;
  ctx: ExtractContext;
  jurisdiction: Jurisdiction;
}

/** The model's statements of one kind (see `Statement`): what the text says, as `parse` shows it. */
function statements(model: PolicyModel, id: StatementId): Evidence[] {
  return model.statements.filter((s) => s.id === id).flatMap((s) => s.evidence);
}

const first = (evidence: Evidence[]): Evidence | null => evidence[0] ?? null;

/**
 * The authorities a complaint may name per jurisdiction, by registry id; the first gives the message's {authority}.
 * Germany: the data protection authority of a Land (the one where the controller is established is competent for
 * companies); the federal BfDI and a Land authority without its Land ("die zuständige Landesdatenschutzbehörde") are
 * not enough.
 */
const JURISDICTION_AUTHORITIES: Record<Exclude<Jurisdiction, 'none'>, string[]> = {
  nl: ['nl_ap'],
  be: ['be_gba'],
  fr: ['fr_cnil'],
  de: AUTHORITIES.filter((a) => a.country === 'DE' && !a.outdated && a.id !== 'de_bfdi' && a.id !== 'de_land').map((a) => a.id),
};
/** Age of digital consent (Art. 8 GDPR as set by national law: UAVG art. 5, Belgian Act of 30 July 2018 art. 7, LIL art. 45). */
const JURISDICTION_AGE: Partial<Record<Jurisdiction, number>> = { nl: 16, be: 13, fr: 15, de: 16 };

export const CHECKS: Record<ConsistencyCheck, (input: CheckInput) => Inconsistency[]> = {
  'consent-without-withdrawal': ({ model }) => {
    const consent = model.legalBases.find((b) => b.id === 'consent');
    if (!consent || model.rights.some((r) => r.id === 'withdraw_consent')) return [];
    return [{ evidence: first(consent.evidence), params: {} }];
  },
  'outside-eea-without-transfer': ({ model }) => {
    if (model.transfers.length > 0) return [];
    return model.recipients
      .filter((r) => r.outsideEea === true)
      .map((r) => ({ evidence: first(r.evidence), params: { name: r.name, country: r.country ?? '?' } }));
  },
  'legal-basis-heading-empty': ({ model, doc, ctx }) => {
    const basisLines = new Set(model.legalBases.flatMap((b) => b.evidence.map((e) => e.line)));
    const out: Inconsistency[] = [];
    for (const heading of doc.blocks.filter((b) => b.kind === 'heading')) {
      if (!ctx.headingTopics(heading).has('legal_basis')) continue;
      const blocks = ctx.sectionBlocks(heading);
      const lines = blocks.flatMap((b) => b.sentences.map((s) => ctx.sentence(s).line));
      if (!lines.some((l) => basisLines.has(l))) out.push({ evidence: ctx.block(heading), params: { heading: heading.text } });
    }
    return out;
  },
  'dpo-without-contact': (input) => {
    if (input.model.dpo && (input.model.dpo.email || input.model.dpo.phone || input.model.dpo.emailHidden || input.model.dpo.address)) return [];
    // "We have not appointed a DPO": the title is named only to say there is none.
    if (!input.model.dpo && statements(input.model, 'no_dpo').length > 0) return [];
    const mentions = statements(input.model, 'dpo_title');
    return mentions.length ? [{ evidence: mentions[0], params: {} }] : [];
  },
  'cookies-only-functional-but-tracking': (input) => {
    const claims = statements(input.model, 'only_functional_cookies');
    if (claims.length === 0) return [];
    const tracking = [
      ...input.model.cookies.filter((c) => c.kind === 'marketing').map((c) => c.name ?? 'marketing cookies'),
      ...input.model.recipients.filter((r) => r.kind !== 'category' && /advertising|social|marketing/u.test(recipientCategory(r.service ?? r.name))).map((r) => r.name),
    ];
    if (tracking.length === 0) return [];
    return [{ evidence: claims[0], params: { tools: [...new Set(tracking)].join(', ') } }];
  },
  'acceptance-by-use': ({ model }) => statements(model, 'acceptance_by_use').map((evidence) => ({ evidence, params: {} })),
  'complaint-authority-jurisdiction': ({ model, jurisdiction }) => {
    if (jurisdiction === 'none') return [];
    const complaint = model.rights.find((r) => r.id === 'complaint');
    if (!complaint) return [];
    const expected = JURISDICTION_AUTHORITIES[jurisdiction].map((id) => AUTHORITIES.find((a) => a.id === id)).filter((a) => a !== undefined);
    if (expected.length === 0) return [];
    const named = model.supervisoryAuthority?.name ?? '';
    const matchesExpected = expected.some((a) => a.patterns.some((p) => wordPattern([p]).test(named)));
    if (matchesExpected) return [];
    return [{ evidence: first(model.supervisoryAuthority?.evidence ?? complaint.evidence), params: { authority: expected[0].name, named: named || '—' } }];
  },
  'children-age-jurisdiction': ({ model, jurisdiction }) => {
    if (jurisdiction === 'none' || !model.children?.minimumAge) return [];
    const age = JURISDICTION_AGE[jurisdiction];
    if (age === undefined || model.children.minimumAge === age) return [];
    return [{ evidence: first(model.children.evidence), params: { age: String(age), stated: String(model.children.minimumAge) } }];
  },
  'bsn-without-legal-ground': (input) => {
    const bsn = input.model.dataCategories.filter((c) => c.id === 'national_id');
    if (bsn.length === 0) return [];
    if (statements(input.model, 'bsn_legal_ground').length > 0 && input.model.legalBases.some((b) => b.id === 'legal_obligation')) return [];
    return bsn.map((c) => ({ evidence: first(c.evidence), params: { label: c.label } }));
  },
};

/** The registry category of a named recipient ('' when it is not in the registry). */
function recipientCategory(name: string): string {
  return processorByName(name)?.category ?? '';
}

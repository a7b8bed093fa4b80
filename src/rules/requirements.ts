/**
 * The 18 GDPR Art. 13 requirement checks: each reads the model only (its values, then its `addressed` sentences)
 * and decides met | partial | missing | not_applicable | not_assessed, with the evidence that decided it.
 */
import type { Addressed, Evidence, PolicyModel, RightId } from '../model/types.js';
import type { PolicyDocument } from '../document/index.js';
import { overlapsAny } from '../document/index.js';
import { ExtractContext } from '../extract/context.js';
import { REQUIREMENT_LEXICON, type RequirementLexicon } from '../lexicon/requirements.js';
import { wordPattern, hits, test } from '../lexicon/compile.js';
import { REQUIREMENT_ARTICLES, REQUIREMENT_IDS, type RequirementId, type RequirementResult, type RequirementStatus } from './types.js';
import { startKey } from '../model/evidence.js';

interface Decision {
  status: RequirementStatus;
  evidence?: Evidence[];
  reason?: string;
}

type Check = (model: PolicyModel, text: TextScan) => Decision;

type Phrases = (lex: RequirementLexicon) => string[] | undefined;

/** Model values (recipient names, retention subjects, evidence sentences) read against the pack's word lists. */
class TextScan {
  constructor(private readonly ctx: ExtractContext) {}

  /** The pack's list compiled, or null for a language without a pack or a list the pack leaves empty. */
  private compiled(phrases: Phrases): RegExp | null {
    const list = this.ctx.lang ? phrases(REQUIREMENT_LEXICON[this.ctx.lang]) : undefined;
    return list?.length ? wordPattern(list) : null;
  }

  matches(phrases: Phrases, text: string): boolean {
    const re = this.compiled(phrases);
    return !!re && test(re, text);
  }

  /** True when a sentence of `evidence` also holds one of the phrases (e.g. a purpose clause beside a basis). */
  evidenceHas(phrases: Phrases, evidence: Evidence[]): boolean {
    const re = this.compiled(phrases);
    return !!re && evidence.some((e) => test(re, e.text));
  }

  /** A yes/no setting of the policy's language pack (false without a pack). */
  flag(setting: (lex: RequirementLexicon) => boolean | undefined): boolean {
    return !!this.ctx.lang && !!setting(REQUIREMENT_LEXICON[this.ctx.lang]);
  }

  /** True when one of the phrases is the whole text (trimmed), not just a part of it. */
  matchesWhole(phrases: Phrases, text: string): boolean {
    const re = this.compiled(phrases);
    const trimmed = text.trim();
    return !!re && hits(re, trimmed).some((h) => h.start === 0 && h.end === trimmed.length);
  }
}

const present = (evidence: Evidence[]): Decision => (evidence.length ? { status: 'met', evidence } : { status: 'missing' });

function right(id: RightId): Check {
  return (model) => present(model.rights.find((r) => r.id === id)?.evidence ?? []);
}

const CHECKS: Record<RequirementId, Check> = {
  controller_identity: (m) => {
    const c = m.controller;
    const contact = c.emails.length > 0 || !!c.emailHidden || !!c.address || !!c.phone || !!c.contactForm;
    if (c.name && contact) return { status: 'met', evidence: c.evidence };
    // A name alone does not let anyone reach the controller: the element is not given (Art. 13(1)(a) asks for both).
    if (c.name) return { status: 'missing', evidence: c.evidence, reason: 'the controller is named, but no address, e-mail or phone is given' };
    // Without a name, an address or e-mail read only from a sentence that names a recipient ("Anbieter ist die Google LLC,
    // 1600 Amphitheatre Parkway, …"), or from the lines right under a recipient's name (a hoster's address block: "GitHub Inc.
    // / 88 Colin P Kelly Jr St / …"), is that provider's, not a way to reach the controller.
    const providers = m.recipients.flatMap((r) => r.evidence);
    const providerOwns = (e: Evidence): boolean => overlapsAny(e, providers) || providers.some((v) => (v.endLine ?? v.line) === e.line - 1);
    if (contact && c.evidence.length > 0 && c.evidence.every(providerOwns)) {
      return { status: 'missing', evidence: c.evidence, reason: 'no controller is named; the only contact details are a recipient\'s' };
    }
    if (contact) return { status: 'partial', evidence: c.evidence, reason: 'contact details but no name of the controller' };
    return { status: 'missing' };
  },
  dpo_contact: (m) => {
    if (!m.dpo) return { status: 'missing' };
    if (m.dpo.email || m.dpo.phone || m.dpo.emailHidden || m.dpo.address) return { status: 'met', evidence: m.dpo.evidence };
    return { status: 'partial', evidence: m.dpo.evidence, reason: 'a data protection officer is named without a way to reach them' };
  },
  // An interest pursued ("a legitimate interest in ensuring that our website is presented reliably") is a purpose too.
  purposes: (m) => present([...m.purposes, ...m.legitimateInterests].flatMap((p) => p.evidence)),
  legal_basis: (m, scan) => {
    if (m.legalBases.length === 0) {
      // Consent that can be withdrawn is consent relied on (ANNOTATION.md: a weak consent basis counts): "you can withdraw
      // consent and have data removed any time" (where the pack reads it so).
      const withdraw = scan.flag((l) => l.withdrawalImpliesConsent) ? m.rights.find((r) => r.id === 'withdraw_consent') : undefined;
      if (withdraw) return { status: 'partial', evidence: withdraw.evidence, reason: 'consent is implied by the right to withdraw it, but no legal basis is named' };
      return { status: 'missing' };
    }
    const evidence = m.legalBases.flatMap((b) => b.evidence);
    const linked = m.purposes.filter((p) => p.legalBasis !== null).length;
    if (m.purposes.length > 0 && linked * 2 >= m.purposes.length) return { status: 'met', evidence };
    return { status: 'partial', evidence, reason: 'legal bases are named but not linked to the purposes they cover' };
  },
  legitimate_interests: (m, scan) => {
    const relied = m.legalBases.find((b) => b.id === 'legitimate_interests');
    if (!relied) return { status: 'not_applicable', reason: 'legitimate interest is not relied on' };
    if (m.legitimateInterests.length > 0) return { status: 'met', evidence: m.legitimateInterests.flatMap((i) => i.evidence) };
    // The purposes that rest on legitimate interest are the interests pursued ("statistieken om de site te verbeteren,
    // op basis van ons gerechtvaardigd belang").
    // A sentence that lists several bases ("The bases are respectively consent, legitimate interest and to fulfil a
    // contract", "under legitimate interest, contractual obligation, or legal obligation to provide services") ties its
    // purpose clause to none of them in particular: it gives no interest.
    const otherBases = (e: Evidence): number => m.legalBases.filter((b) => b.id !== 'legitimate_interests' && b.evidence.some((o) => startKey(o) === startKey(e))).length;
    const linked = m.purposes.filter((p) => p.legalBasis === 'legitimate_interests' && p.evidence.some((e) => otherBases(e) < 2));
    if (linked.length > 0) return { status: 'met', evidence: linked.flatMap((p) => p.evidence) };
    const own = relied.evidence.filter((e) => otherBases(e) < 2);
    if (scan.evidenceHas((l) => l.purposeClauses, own)) return { status: 'met', evidence: own, reason: 'the interest is given beside the basis' };
    return { status: 'missing', evidence: relied.evidence, reason: 'legitimate interest is relied on but the interests are not described' };
  },
  recipients: (m, scan) => {
    const named = m.recipients.filter((r) => r.kind !== 'category');
    const categories = m.recipients.filter((r) => r.kind === 'category');
    const specific = categories.filter((r) => !scan.matches((l) => l.vagueRecipientCategories, r.name));
    if (named.length > 0 || specific.length > 0) return { status: 'met', evidence: [...named, ...specific].flatMap((r) => r.evidence) };
    const nobody = addressedBy(m, 'recipients', 'statement');
    if (nobody.length > 0) return { status: 'met', evidence: nobody };
    if (categories.length > 0) {
      return { status: 'partial', evidence: categories.flatMap((r) => r.evidence), reason: 'recipients only as "third parties": name them or their categories' };
    }
    return { status: 'missing' };
  },
  third_country_transfers: (m) => present(m.transfers.flatMap((t) => t.evidence)),
  retention: (m, scan) => {
    const concrete = m.retention.filter((r) => !r.vague && (r.duration || r.anchor));
    const vague = m.retention.filter((r) => r.vague);
    if (concrete.length === 0) {
      return vague.length ? { status: 'missing', evidence: vague.flatMap((r) => r.evidence), reason: 'only vague wording such as "as long as necessary"' } : { status: 'missing' };
    }
    // "Uw persoonsgegevens … niet langer dan nodig" beside concrete periods is a general preamble, not a category left vague.
    const vagueSubjects = vague.filter((r) => r.subject && !scan.matchesWhole((l) => l.genericDataSubjects, r.subject));
    if (vagueSubjects.length > 0) {
      return { status: 'partial', evidence: [...concrete, ...vagueSubjects].flatMap((r) => r.evidence), reason: 'some categories have only vague retention wording' };
    }
    return { status: 'met', evidence: concrete.flatMap((r) => r.evidence) };
  },
  right_access: right('access'),
  right_rectification: right('rectification'),
  right_erasure: right('erasure'),
  right_restriction: right('restriction'),
  right_objection: right('objection'),
  right_portability: right('portability'),
  right_withdraw_consent: (m) => {
    const found = m.rights.find((r) => r.id === 'withdraw_consent');
    if (found) return { status: 'met', evidence: found.evidence };
    if (!m.legalBases.some((b) => b.id === 'consent')) return { status: 'not_applicable', reason: 'consent is not relied on' };
    return { status: 'missing' };
  },
  right_complaint: right('complaint'),
  statutory_contractual_requirement: (m) => present(addressedBy(m, 'statutory_contractual_requirement', 'statement')),
  automated_decision_making: (m) => (m.automatedDecisionMaking ? { status: 'met', evidence: m.automatedDecisionMaking.evidence } : { status: 'missing' }),
};

/** Evidence of the sentences that address a requirement (of one kind, or any), as the model records them. */
function addressedBy(model: PolicyModel, id: RequirementId, kind?: Addressed['kind']): Evidence[] {
  return model.addressed.filter((a) => a.requirement === id && (!kind || a.kind === kind)).flatMap((a) => a.evidence);
}

/** Decides all 18 requirements for a policy, in the contract's order. */
export function evaluateRequirements(model: PolicyModel, doc: PolicyDocument): RequirementResult[] {
  const ctx = new ExtractContext(doc);
  const scan = new TextScan(ctx);
  return REQUIREMENT_IDS.map((id) => {
    let decision = CHECKS[id](model, scan);
    // A withdrawal right stated without consent being read as a basis is still stated.
    const open = decision.status === 'missing' || (id === 'right_withdraw_consent' && decision.status === 'not_applicable');
    if (open) {
      // A sentence the retention reading already judged vague ("gelöscht, sobald der Zweck entfällt") stays vague.
      const vague = id === 'retention' ? model.retention.filter((r) => r.vague).flatMap((r) => r.evidence) : [];
      const evidence = addressedBy(model, id).filter((e) => !overlapsAny(e, vague));
      if (evidence.length) decision = { status: 'met', evidence: evidence.slice(0, 1), reason: 'addressed in the text; its details were not read' };
    }
    // No pack for the policy's language: what language-independent facts show (an e-mail address, a named processor,
    // a transfer) stays met or partial, but an absence proves nothing, so missing and not applicable become
    // not_assessed. The reason is said once per file (the lint result's notice), not 18 times.
    if (!ctx.lang && (decision.status === 'missing' || decision.status === 'not_applicable')) decision = { status: 'not_assessed' };
    const result: RequirementResult = { id, article: REQUIREMENT_ARTICLES[id], status: decision.status, evidence: decision.evidence ?? [] };
    if (decision.reason) result.reason = decision.reason;
    return result;
  });
}

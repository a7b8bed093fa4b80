import type { PolicyModel } from '../model/types.js';
import type { PolicyDocument } from '../document/index.js';
import { ExtractContext } from './context.js';
import { extractController } from './controller.js';
import { extractDpo } from './dpo.js';
import { extractSupervisoryAuthority } from './authority.js';
import { extractUpdated } from './meta.js';
import { extractDataCategories } from './data.js';
import { extractPurposesAndBases } from './purposes.js';
import { extractRecipients } from './recipients.js';
import { extractTransfers, homeCountries } from './transfers.js';
import { extractRetention } from './retention.js';
import { extractCookies } from './cookies.js';
import { extractChildren } from './children.js';
import { extractRights } from './rights.js';
import { extractAutomatedDecisionMaking } from './adm.js';
import { extractLawReferences } from './laws.js';
import { extractAddressed } from './addressed.js';
import { extractStatements } from './statements.js';

export { ExtractContext } from './context.js';

/** From a document to the policy model: one extractor per part, each fact with its evidence. */
export function extractModel(doc: PolicyDocument): PolicyModel {
  const ctx = new ExtractContext(doc);
  const { controller, representative } = extractController(ctx);
  const { purposes, legalBases, legitimateInterests } = extractPurposesAndBases(ctx);
  const recipients = extractRecipients(ctx);
  const supervisoryAuthority = extractSupervisoryAuthority(ctx);
  const lawReferences = extractLawReferences(ctx);
  const retention = extractRetention(ctx);
  return {
    language: doc.language,
    title: doc.title,
    updated: doc.date ?? extractUpdated(ctx),
    controller,
    representative,
    dpo: extractDpo(ctx),
    dataCategories: extractDataCategories(ctx),
    purposes,
    legalBases,
    legitimateInterests,
    recipients,
    transfers: extractTransfers(ctx, recipients, homeCountries(lawReferences, supervisoryAuthority)),
    retention,
    rights: extractRights(ctx),
    supervisoryAuthority,
    automatedDecisionMaking: extractAutomatedDecisionMaking(ctx),
    cookies: extractCookies(ctx),
    children: extractChildren(ctx),
    lawReferences,
    addressed: extractAddressed(ctx, supervisoryAuthority, retention.filter((r) => r.vague).flatMap((r) => r.evidence)),
    statements: extractStatements(ctx),
  };
}

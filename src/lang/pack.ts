/**
 * A language pack: everything privacylint knows about reading policies in one language. Extractors get the words
 * they look for from here; they hold none themselves. A new language is a new folder beside nl/ and en/ with an
 * index.ts that fills this interface, and one line in ./index.ts.
 */
import type { AdmLexicon } from '../lexicon/adm.js';
import type { CommonLexicon } from '../lexicon/common.js';
import type { ConsistencyLexicon } from '../lexicon/consistency.js';
import type { ControllerLexicon } from '../lexicon/controller.js';
import type { ChildrenLexicon, CookieLexicon } from '../lexicon/cookies.js';
import type { DataCategoryLexicon } from '../lexicon/data-categories.js';
import type { InterestLexicon, LegalBasisLexicon, PurposeLexicon } from '../lexicon/purposes.js';
import type { RecipientsLexicon } from '../lexicon/recipients.js';
import type { RequirementLexicon } from '../lexicon/requirements.js';
import type { RetentionLexicon } from '../lexicon/retention.js';
import type { ComplaintLexicon, RightsLexicon } from '../lexicon/rights.js';
import type { TransfersLexicon } from '../lexicon/transfers.js';

export interface LanguagePack {
  adm: AdmLexicon;
  common: CommonLexicon;
  consistency: ConsistencyLexicon;
  controller: ControllerLexicon;
  children: ChildrenLexicon;
  cookies: CookieLexicon;
  dataCategories: DataCategoryLexicon;
  interests: InterestLexicon;
  legalBases: LegalBasisLexicon;
  purposes: PurposeLexicon;
  recipients: RecipientsLexicon;
  requirements: RequirementLexicon;
  retention: RetentionLexicon;
  complaint: ComplaintLexicon;
  rights: RightsLexicon;
  transfers: TransfersLexicon;
}

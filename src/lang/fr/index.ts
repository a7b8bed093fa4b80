import type { LanguagePack } from '../pack.js';
import { adm } from './adm.js';
import { common } from './common.js';
import { consistency } from './consistency.js';
import { controller } from './controller.js';
import { children, cookies } from './cookies.js';
import { dataCategories } from './data-categories.js';
import { interests, legalBases, purposes } from './purposes.js';
import { recipients } from './recipients.js';
import { requirements } from './requirements.js';
import { retention } from './retention.js';
import { complaint, rights } from './rights.js';
import { transfers } from './transfers.js';

/** French (France, Belgium, Luxembourg, Switzerland, Canada). */
export const pack: LanguagePack = {
  adm,
  common,
  consistency,
  controller,
  children,
  cookies,
  dataCategories,
  interests,
  legalBases,
  purposes,
  recipients,
  requirements,
  retention,
  complaint,
  rights,
  transfers,
};

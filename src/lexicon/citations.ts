import type { RequirementId } from '../model/types.js';
import { lawById } from './laws.js';

/**
 * GDPR articles that stand for an Art. 13 element: a policy that says "per Art. 18 GDPR" or "cf. Art. 20 DSGVO"
 * addresses that element, in any language. Art. 7(3) is the withdrawal of consent, Art. 77 the complaint.
 * Art. 22 is left out: citing the right not to be subject to automated decisions says nothing of whether such
 * decisions are made, which is what Art. 13(2)(f) asks (ANNOTATION.md).
 */
export const ARTICLE_REQUIREMENTS: Readonly<Record<string, RequirementId>> = {
  '15': 'right_access',
  '16': 'right_rectification',
  '17': 'right_erasure',
  '18': 'right_restriction',
  '20': 'right_portability',
  '21': 'right_objection',
  '77': 'right_complaint',
};

/** "Art. 15", "Artikel 17", "article 20", "art 21 lid 1": the article number is the first group. */
export const ARTICLE_CITATION = '(?:art(?:ikel|icle|\\.)?|artt\\.)\\s*(\\d{1,2})(?![\\d/])';

/**
 * What follows the first article of a range ("Art. 15 bis 22", "articles 15 to 22", "art. 15-21", "artikel 15 t/m 22"):
 * a range names no right of its own.
 */
export const ARTICLE_RANGE_AFTER = '^\\s*(?:-|–|—|bis|to|through|à|au|tot(?:\\s+en\\s+met)?|t/m)\\s*(?:(?:art(?:ikel|icle|\\.)?|des?|der)\\s*)?\\d';

/** Names of the GDPR itself (the law registry's own patterns), to tell its articles from another law's. */
export const GDPR_NAMES: readonly string[] = lawById('gdpr')?.patterns ?? [];

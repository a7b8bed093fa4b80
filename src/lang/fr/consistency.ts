import type { ConsistencyLexicon } from '../../lexicon/consistency.js';

export const consistency: ConsistencyLexicon = {
  acceptanceByUse: [
    '(?:en\\s+(?:utilisant|naviguant\\s+sur|visitant|acc[ée]dant\\s+[àa]|poursuivant\\s+(?:votre\\s+)?navigation\\s+sur)|l[\'’]utilisation\\s+d[eu])\\s+(?:ce|cet|notre|le|la)\\s+(?:site|application|service|plateforme)[^.]{0,80}?(?:vous\\s+(?:acceptez|consentez|reconnaissez|donnez\\s+votre\\s+accord)|vaut\\s+acceptation|implique\\s+(?:l[\'’]acceptation|votre\\s+(?:accord|consentement)))',
  ],
  onlyFunctionalCookies: [
    '(?:uniquement|seulement|exclusivement)\\s+(?:des\\s+)?cookies\\s+(?:strictement\\s+)?(?:n[ée]cessaires|techniques|fonctionnels|essentiels)',
    'que\\s+des\\s+cookies\\s+(?:strictement\\s+)?(?:n[ée]cessaires|techniques|fonctionnels|essentiels)',
  ],
  dpoTitles: ['d[ée]l[ée]gu[ée]e?\\s+(?:[àa]\\s+la\\s+)?protection\\s+des\\s+donn[ée]es', 'DPO', 'DPD', 'data\\s+protection\\s+officer'],
  noDpo: [
    // "Nous n'avons pas désigné de délégué à la protection des données", "aucun DPO n'a été désigné".
    "(?:pas|jamais)\\s+(?:encore\\s+)?(?:d[ée]sign[ée]|nomm[ée]|d[ée]sign[ée]e|de)\\s+(?:de\\s+|d['’])?(?:d[ée]l[ée]gu[ée]e?\\s+(?:[àa]\\s+la\\s+)?protection\\s+des\\s+donn[ée]es|DPO|DPD)",
    "(?:aucun|pas\\s+de)\\s+(?:d[ée]l[ée]gu[ée]e?\\s+(?:[àa]\\s+la\\s+)?protection\\s+des\\s+donn[ée]es|DPO|DPD)",
    // "nous ne sommes pas tenus de désigner un DPO".
    "(?:pas|nullement)\\s+(?:tenue?s?|oblig[ée]e?s?)\\s+de\\s+(?:d[ée]signer|nommer)\\s+(?:un\\s+)?(?:d[ée]l[ée]gu[ée]e?\\s+(?:[àa]\\s+la\\s+)?protection\\s+des\\s+donn[ée]es|DPO|DPD)",
  ],
  bsnLegalGround: ['obligation\\s+l[ée]gale', 'obligations?\\s+l[ée]gales', 'la\\s+loi\\s+(?:nous\\s+)?(?:impose|oblige|exige)', 'l[ée]galement\\s+(?:tenus?|oblig[ée]s?)'],
};

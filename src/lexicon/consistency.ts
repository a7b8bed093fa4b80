import type { SupportedLanguage } from '../model/types.js';

/** Phrases the consistency checks look for in the text. */
export interface ConsistencyLexicon {
  /** "By using this site you agree": acceptance by use presented as consent. */
  acceptanceByUse: string[];
  /** A claim that only functional (or analytics) cookies are used. */
  onlyFunctionalCookies: string[];
  /** Data-protection-officer titles, for a DPO named without contact details. */
  dpoTitles: string[];
  /** A law that requires the national identification number (BSN) to be processed. */
  bsnLegalGround: string[];
}

export const CONSISTENCY_LEXICON: Record<SupportedLanguage, ConsistencyLexicon> = {
  nl: {
    acceptanceByUse: [
      'door\\s+(?:het\\s+)?(?:gebruik\\s+(?:te\\s+maken\\s+)?van|(?:deze\\s+)?(?:website|site|app)\\s+te\\s+(?:gebruiken|bezoeken))[^.]{0,80}?(?:gaat|ga|stemt|stem)\\s+(?:u|je)\\s+(?:akkoord|in)',
      'door\\s+(?:het\\s+)?gebruik\\s+van\\s+(?:deze|onze)\\s+(?:website|site|app|dienst(?:en)?)[^.]{0,60}?(?:geeft|geef)\\s+(?:u|je)\\s+toestemming',
    ],
    onlyFunctionalCookies: [
      '(?:alleen|uitsluitend|enkel)\\s+(?:technische\\s+(?:en\\s+|of\\s+)?)?(?:functionele|noodzakelijke|technische)(?:\\s+(?:en|of)\\s+(?:functionele|noodzakelijke|analytische))?\\s+cookies',
    ],
    dpoTitles: ['functionaris\\s+(?:voor\\s+de\\s+)?gegevensbescherming', 'data\\s+protection\\s+officer', 'privacy\\s*officer'],
    bsnLegalGround: ['wettelijk\\s+verplicht', 'wettelijke\\s+verplichting', 'wet\\s+(?:verplicht|schrijft)', 'op\\s+grond\\s+van\\s+de\\s+wet'],
  },
  en: {
    acceptanceByUse: [
      'by\\s+(?:using|accessing|visiting|browsing)\\s+(?:this|our|the)\\s+(?:web\\s*site|site|app|service|platform|[\\p{L}.-]+\\.[a-z]{2,})[^.]{0,80}?(?:you\\s+(?:agree|consent|accept)|you\\s+are\\s+(?:agreeing|consenting|accepting))',
    ],
    onlyFunctionalCookies: ['only\\s+(?:uses?\\s+)?(?:strictly\\s+)?(?:necessary|functional|essential|technical)(?:\\s+(?:and|or)\\s+(?:functional|analytics?|analytical))?\\s+cookies'],
    dpoTitles: ['data\\s+protection\\s+officer', 'DPO'],
    bsnLegalGround: ['required\\s+by\\s+law', 'legal\\s+obligation', 'legally\\s+required'],
  },
};

import type { ConsistencyLexicon } from '../../lexicon/consistency.js';

export const consistency: ConsistencyLexicon = {
  acceptanceByUse: [
    'door\\s+(?:het\\s+)?(?:gebruik\\s+(?:te\\s+maken\\s+)?van|(?:deze\\s+)?(?:website|site|app)\\s+te\\s+(?:gebruiken|bezoeken))[^.]{0,80}?(?:gaat|ga|stemt|stem)\\s+(?:u|je)\\s+(?:akkoord|in)',
    'door\\s+(?:het\\s+)?gebruik\\s+van\\s+(?:deze|onze)\\s+(?:website|site|app|dienst(?:en)?)[^.]{0,60}?(?:geeft|geef)\\s+(?:u|je)\\s+toestemming',
  ],
  onlyFunctionalCookies: [
    '(?:alleen|uitsluitend|enkel)\\s+(?:technische\\s+(?:en\\s+|of\\s+)?)?(?:functionele|noodzakelijke|technische)(?:\\s+(?:en|of)\\s+(?:functionele|noodzakelijke|analytische))?\\s+cookies',
  ],
  dpoTitles: ['functionaris\\s+(?:voor\\s+de\\s+)?gegevensbescherming', 'data\\s+protection\\s+officer', 'privacy\\s*officer'],
  bsnLegalGround: ['wettelijk\\s+verplicht', 'wettelijke\\s+verplichting', 'wet\\s+(?:verplicht|schrijft)', 'op\\s+grond\\s+van\\s+de\\s+wet'],
};

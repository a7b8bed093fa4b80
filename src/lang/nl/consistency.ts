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
  noDpo: [
    // "Wij hebben geen (eigen) functionaris gegevensbescherming (FG) aangesteld", "Er is geen FG", "zonder FG".
    '(?:geen|zonder)\\s+(?:eigen\\s+|aparte\\s+|interne\\s+)?(?:functionaris\\s+(?:voor\\s+(?:de\\s+)?)?gegevensbescherming|FG|DPO|data\\s+protection\\s+officer|privacy\\s*officer)',
    // "Wij zijn niet verplicht (om) een FG aan te stellen", "hoeven geen FG te benoemen" (the second form is covered above).
    'niet\\s+(?:verplicht|nodig|vereist)\\s+(?:om\\s+)?(?:een\\s+)?(?:functionaris\\s+(?:voor\\s+(?:de\\s+)?)?gegevensbescherming|FG|DPO|privacy\\s*officer)',
    // "Een functionaris gegevensbescherming (FG) is niet aangesteld / niet verplicht".
    '(?:functionaris\\s+(?:voor\\s+(?:de\\s+)?)?gegevensbescherming|FG|DPO|privacy\\s*officer)(?:\\s*\\([^)]{1,40}\\))?\\s+(?:is|wordt|werd)\\s+(?:bij\\s+ons\\s+)?niet\\s+(?:aangesteld|benoemd|aangewezen|verplicht|vereist|nodig)',
  ],
  bsnLegalGround: ['wettelijk\\s+verplicht', 'wettelijke\\s+verplichting', 'wet\\s+(?:verplicht|schrijft)', 'op\\s+grond\\s+van\\s+de\\s+wet'],
};

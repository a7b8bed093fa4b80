import type { TransfersLexicon } from '../../lexicon/transfers.js';

export const transfers: TransfersLexicon = {
  outside: [
    'buiten\\s+(?:de\\s+|het\\s+)?(?:eu|eer|europese\\s+(?:unie|economische\\s+ruimte)|europa)',
    'derde(?:\\s+|-)land(?:en)?',
    'niet[\\s-]+(?:eu|eer)[\\s-]+land(?:en)?',
  ],
  inside: [
    'binnen\\s+(?:de\\s+|het\\s+)?(?:eu|eer|europese\\s+(?:unie|economische\\s+ruimte)|europa)',
    'uitsluitend\\s+in\\s+(?:de\\s+)?(?:eu|eer|europa)',
  ],
  noneLabels: [
    '(?:doorgifte|overdracht)[^:.]{0,60}:\\s*(?:geen|nee|niet\\s+van\\s+toepassing|n\\.?v\\.?t\\.?)',
  ],
  destinationCues: [
    'opgeslagen', 'opslag', 'opslaan', 'bewaard', 'bewaren', 'verwerk(?:t|en|ing)', 'gehost', 'hosting', 'servers?',
    'datacent(?:er|ra|ers)', 'doorgegeven', 'doorgeven', 'doorgifte', 'overgedragen', 'overdragen', 'overgebracht',
    'doorgestuurd', 'verstuurd', 'verzonden', 'toegang',
  ],
  originPrepositions: ['van', 'vanuit', 'uit'],
  destinationPrepositions: ['naar', 'in', 'binnen'],
  personNouns: ['gebruikers?', 'bezoekers?', 'klanten', 'personen', 'inwoners', 'burgers', 'leden', 'betrokkenen', 'medewerkers'],
  absent: ['zonder', 'geen', 'niet'],
  mechanisms: {
    adequacy: [
      'adequaatheids(?:besluit|beslissing)(?:en)?',
      'besluit\\s+(?:over|inzake)\\s+(?:de\\s+)?(?:passendheid|adequaatheid)',
    ],
    derogation: [
      'art(?:ikel|\\.)?\\s*49(?:\\s+(?:van\\s+de\\s+)?(?:avg|gdpr))?',
      'uitzondering(?:en|s(?:situaties|bepalingen))?\\s+(?:voor\\s+specifieke\\s+situaties|van\\s+artikel\\s+49)',
    ],
  },
  safeguards: ['passende\\s+waarborgen', 'passende\\s+garanties'],
  seatCues: ['gevestigd', 'hoofdkantoor', 'zetel', 'statutair'],
  companiesOf: {
    US: ['amerikaans(?:e)?\\s+(?:bedrijf|bedrijven|onderneming(?:en)?|partij(?:en)?|dienstverleners?|aanbieders?|leveranciers?|organisaties?)'],
  },
};

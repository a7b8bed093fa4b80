import type { TransfersLexicon } from '../../lexicon/transfers.js';

export const transfers: TransfersLexicon = {
  outside: [
    'outside\\s+(?:of\\s+)?(?:the\\s+)?(?:eu|eea|european\\s+(?:union|economic\\s+area)|europe)',
    'third\\s+countr(?:y|ies)',
    'non[\\s-](?:eu|eea)\\s+countr(?:y|ies)',
    'international(?:ly)?\\s+transfer(?:s|red)?',
    // Generator wording addressed to any reader: "transferred to and processed in countries other than your own",
    // "computers located outside of Your state, province, country or other governmental jurisdiction".
    'countr(?:y|ies)\\s+other\\s+than\\s+(?:your|their|the\\s+user[\'’]?s?)\\s+own',
    'outside\\s+(?:of\\s+)?(?:your|their|the\\s+user[\'’]?s?)\\s+(?:own\\s+)?(?:state|province|country|jurisdiction)',
    // UK and charity wording: "Where we transfer data overseas …", "data may be stored abroad", "we transfer data
    // internationally" (not "when you travel abroad", "We send parcels overseas").
    '(?:transfer(?:s|red|ring)?|(?:data|information|details)\\s+(?:\\S+\\s+){0,3}?(?:sent|stored|processed|hosted|moved|shared|transmitted))\\s+(?:\\S+\\s+){0,4}?(?:overseas|abroad|internationally)(?![\\p{L}])',
  ],
  inside: [
    'within\\s+(?:the\\s+)?(?:eu|eea|european\\s+(?:union|economic\\s+area)|europe)',
    'inside\\s+(?:the\\s+)?(?:eu|eea|european\\s+(?:union|economic\\s+area))',
    '(?:only|exclusively|solely)\\s+in\\s+(?:the\\s+)?(?:eu|eea|european\\s+(?:union|economic\\s+area)|europe)',
  ],
  noneLabels: ['(?:third[\\s-]+country|international|cross[\\s-]+border)\\s+(?:data\\s+)?transfers?\\s*:\\s*(?:none|no|n/?a)'],
  destinationCues: [
    'stor(?:ed|e|es|ing|age)', 'process(?:ed|es|ing)?', 'hosted', 'hosting', 'servers?', 'data\\s+cent(?:er|re)s?',
    'transfer(?:s|red|ring)?', 'transmit(?:s|ted|ting)?', 'sent', 'moved?', 'kept', 'keep', 'access(?:ed|es|ing)?',
  ],
  originPrepositions: ['from'],
  destinationPrepositions: ['to', 'in', 'into', 'within'],
  personNouns: ['users?', 'visitors?', 'customers?', 'individuals', 'people', 'persons', 'residents', 'citizens', 'subjects', 'members', 'clients', 'employees'],
  absent: ['without', 'yet\\s+to\\s+be', 'not', 'no'],
  mechanisms: {
    adequacy: [
      'adequacy\\s+(?:decisions?|regulations?|findings?)',
      // "recognised as providing an adequate level of protection", "deemed adequate by the European Commission".
      '(?:deemed|recogni[sz]ed|found|considered)\\s+(?:by\\s+the\\s+european\\s+commission\\s+)?(?:as\\s+(?:providing\\s+|having\\s+|offering\\s+|ensuring\\s+)?|to\\s+(?:be|have|provide|offer|ensure)\\s+)?(?:an\\s+)?adequate',
    ],
    derogation: [
      'art(?:icle|\\.)?\\s*49(?:\\s+(?:of\\s+the\\s+)?gdpr)?',
      'derogations?\\s+(?:for\\s+specific\\s+situations|under\\s+art(?:icle|\\.)?\\s*49)',
    ],
  },
  safeguards: ['appropriate\\s+(?:safeguards|guarantees)', 'suitable\\s+safeguards'],
  seatCues: ['based', 'headquartered', 'headquarters', 'incorporated', 'registered\\s+office', 'seated', 'domiciled', 'established'],
  companiesOf: {
    US: ['(?:american|u\\.s\\.|us-based|u\\.s\\.-based)\\s+(?:(?:payment|hosting|cloud|analytics|software|technology|tech)\\s+)?(?:compan(?:y|ies)|corporations?|firms?|(?:service\\s+)?providers?|processors?|businesses|entit(?:y|ies))'],
  },
};

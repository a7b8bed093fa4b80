import type { TransfersLexicon } from '../../lexicon/transfers.js';

const EU = '(?:der\\s+|des\\s+|dem\\s+)?(?:eu|ewr|europ[äa]ischen\\s+(?:union|wirtschaftsraum(?:e?s)?)|europ[äa]ischen\\s+wirtschaftsraum(?:e?s)?|europas?)';

export const transfers: TransfersLexicon = {
  outside: [
    `au(?:ß|ss)erhalb\\s+${EU}`,
    'drittl(?:and|[äa]nder|[äa]ndern|andes)',
    'dritte[nm]?\\s+l[äa]nder[n]?',
    'dritt(?:staat|staaten)',
    'nicht-?(?:eu|ewr)-?(?:l[äa]nder[n]?|staat(?:en)?)',
  ],
  inside: [
    `innerhalb\\s+${EU}`,
    `(?:ausschlie(?:ß|ss)lich|nur)\\s+in\\s+${EU}`,
    '(?:ausschlie(?:ß|ss)lich|nur)\\s+in\\s+deutschland',
  ],
  noneLabels: [
    // German denies at the end: "Eine Übermittlung in Drittländer findet nicht statt".
    '(?:[üu]bermittlung|weitergabe|[üu]bertragung|transfer)\\s+(?:\\S+\\s+){0,6}?(?:in|an|nach)\\s+(?:ein\\s+|eines\\s+)?(?:drittl\\p{L}*|dritte[n]?\\s+l[äa]nder\\p{L}*|l[äa]nder\\s+au(?:ß|ss)erhalb)(?:\\s+\\S+){0,8}?\\s+(?:findet|erfolgt|erfolgen|finden)\\s+(?:\\S+\\s+){0,2}?nicht',
    '(?:drittlandtransfer|drittland\\p{L}*|[üu]bermittlung\\s+in\\s+drittl\\p{L}*)[^:.]{0,60}:\\s*(?:keine?|nein|nicht\\s+(?:vorgesehen|geplant))',
  ],
  destinationCues: [
    'gespeichert', 'speicherung', 'speichern', 'verarbeitet', 'verarbeitung', 'gehostet', 'hosting', 'server(?:n|standort)?', 'rechenzentr(?:um|en)',
    '[üu]bermittelt', '[üu]bermittlung',
    // Compounds: "Dabei kann es zu einer Datenübermittlung in die USA kommen", "Datenübertragung in die USA".
    '(?:daten|informations)(?:[üu]bermittlung|[üu]bertragung|weitergabe|speicherung|verarbeitung)(?:en)?', '[üu]bermitteln', 'weitergeben', '[üu]bertragen', '[üu]bertragung', 'weitergegeben', 'weitergeleitet', 'weitergabe', 'gesendet', 'zugriff',
  ],
  originPrepositions: ['von', 'aus'],
  destinationPrepositions: ['in', 'nach', 'innerhalb'],
  personNouns: ['nutzer(?:innen)?', 'besucher(?:innen)?', 'kunden', 'personen', 'einwohner', 'b[üu]rger(?:innen)?', 'mitglieder', 'betroffene(?:n)?', 'mitarbeiter(?:innen)?'],
  absent: ['ohne', 'kein(?:e|en)?', 'nicht'],
  mechanisms: {
    adequacy: [
      'angemessenheitsbeschl(?:uss|[üu]sse?|usses)',
      'angemessenheitsentscheidung(?:en)?',
      'beschluss\\s+(?:\\S+\\s+){0,3}?[üu]ber\\s+(?:die\\s+)?angemessenheit',
      'angemessene[sn]?\\s+datenschutzniveau',
    ],
    derogation: [
      'art(?:ikel|\\.)?\\s*49(?:\\s+(?:abs\\.?\\s*1\\s+)?(?:\\S+\\s+){0,3}?(?:dsgvo|ds-gvo))?',
      'ausnahme(?:n)?\\s+f[üu]r\\s+bestimmte\\s+f[äa]lle',
    ],
  },
  safeguards: ['geeignete(?:n)?\\s+garantien', 'angemessene(?:n)?\\s+garantien', 'geeignete(?:n)?\\s+(?:schutzma(?:ß|ss)nahmen|sicherheitsvorkehrungen)'],
  seatCues: ['sitz', 'sitzt', 'firmensitz', 'hauptsitz', 'ans[äa]ssig', 'niedergelassen', 'beheimatet'],
  companiesOf: {
    US: ['(?:us-)?amerikanische[nmrs]?\\s+(?:unternehmens?|firma|anbieters?|dienstleisters?|konzerns?|gesellschaft|dienstes?|anbieterin)', 'us-(?:unternehmens?|firma|anbieters?|dienstleisters?|konzerns?|gesellschaft|dienstes?)'],
  },
};

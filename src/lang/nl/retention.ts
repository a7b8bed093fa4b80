import type { RetentionLexicon } from '../../lexicon/retention.js';

export const retention: RetentionLexicon = {
  cues: [
    'bewaar\\p{L}*', 'bewaren', 'bewaring', 'opgeslagen', 'opslaan', 'opslag\\p{L}*', 'slaan\\s+(?:\\p{L}+\\s+){0,4}op',
    'verwijder\\p{L}*', 'gewist', 'wissen', 'vernietig\\p{L}*', 'geanonimiseerd', 'anonimiseren', 'gearchiveerd', 'archiveren',
    'vastgehouden', 'gehouden', 'houden\\s+(?:\\p{L}+\\s+){0,4}bij', 'bijgehouden', 'overschreven', 'overschrijven', 'gelogd', '(?:we|wij)\\s+loggen',
    // Kept on file: "in portefeuille houden", "blijven 2 jaar in onze administratie", "houden je cv in ons bestand".
    'in\\s+portefeuille',
    '(?:houden|blijven|blijft)\\s+(?:\\S+\\s+){0,4}?in\\s+(?:ons|onze|het|de)\\s+(?:bestand|archief|administratie|database|systemen|systeem)',
  ],
  deletionCues: ['verwijder\\p{L}*', 'gewist', 'wissen', 'vernietig\\p{L}*', 'geanonimiseerd', 'anonimiseren'],
  labels: ['bewaar\\p{L}*', 'bewaren', 'opslag(?:termijn|periode|duur)?', 'hoe\\s+lang', 'bewaring'],
  criteria: [
    'zo\\s*lang(?:\\s+als|\\s+dat)?', 'gedurende\\s+(?:de|het|uw|je)\\s+(?:looptijd|duur|bestaan|lidmaatschap|periode\\s+dat)',
    'voor\\s+de\\s+duur\\s+van', 'tijdens\\s+de\\s+(?:looptijd|duur)\\s+van',
    'tot(?:dat)?\\s+(?:u|je|jij|men|wij|we|uw|de\\s+betrokkene)(?=\\s)', 'totdat', 'tot\\s+het\\s+(?:moment|einde|eind|tijdstip)\\s+(?:dat|waarop|van)',
    'tot\\s+(?:uw|je|de)\\s+(?:afmelding|uitschrijving|opzegging|intrekking|beëindiging|verwijdering)',
  ],
  deletionTriggers: ['(?:zodra|wanneer|nadat)\\s+(?:u|je|jij)'],
  rightsWords: ['recht(?:en)?', 'verzoek\\p{L}*', 'verzoeken', '(?:u|je|jij)\\s+(?:kunt|kan|mag)'],
  vague: [
    '(?:niet\\s+)?langer\\s+dan\\s+(?:strikt\\s+|echt\\s+|absoluut\\s+)?(?:nodig|noodzakelijk|vereist)',
    'gedurende\\s+een\\s+redelijke\\s+(?:termijn|periode|tijd)', 'voor\\s+(?:een\\s+)?beperkte\\s+(?:tijd|periode)',
  ],
  // Until the purpose is served or lapses is as vague as "as long as necessary".
  necessity: ['nodig', 'noodzakelijk', 'vereist', 'mogelijk', 'nuttig', 'wenselijk', 'gewenst', 'relevant', 'toegestaan', 'verplicht', 'doel\\p{L}*\\s+(?:\\S+\\s+){0,3}?(?:bereikt|vervuld|vervalt|vervallen)'],
  anchorsAfter: ['na(?:dat)?', 'vanaf', 'sinds', '(?:te\\s+)?(?:rekenen|gerekend)\\s+vanaf', 'volgend\\s+op'],
  anchorWords: ['daarna', 'nadien'],
  anchorsBefore: ['vanaf', '(?:te\\s+)?(?:rekenen|gerekend)\\s+vanaf', 'na(?:dat)?'],
  phraseEnds: [
    'tenzij', 'indien', 'behalve', 'waarna', 'daarna', 'en\\s+tot', 'en\\s+daarna', 'of\\s+(?:zo\\s*lang|langer)', 'maar', 'echter',
    'met\\s+een\\s+maximum', 'en\\s+(?:u|je|wij|we)', 'of\\s+zolang', 'of\\s+zo\\s+lang',
    // "zolang het contract loopt en worden daarna binnen 60 dagen verwijderd": a new clause, a row of its own.
    'en\\s+(?:worden|wordt|verwijderd|gewist|vernietigd|geanonimiseerd)',
  ],
  examplesInBrackets: ['bijv\\.?', 'bv\\.', 'b\\.v\\.', 'bijvoorbeeld', 'voorbeeld'],
  notRetention: [
    'reageren', 'reageert', 'reactie', 'antwoord\\p{L}*', 'beantwoorden', 'behandel(?:en|t|d)',
    // A handling deadline: "dat uw verzoek binnen 4 weken is afgehandeld" (not "bewaard tot uw vraag is afgehandeld, met een maximum van 2 jaar").
    'binnen\\s+\\S+\\s+\\S+\\s+(?:is\\s+|wordt\\s+|worden\\s+)?afgehandeld', 'in\\s+behandeling', 'verleng\\p{L}*',
    'opzeg(?:termijn|gen)', 'informeren', 'op\\s+de\\s+hoogte', 'proefperiode', 'geldig\\p{L}*', 'vooraf', 'van\\s+tevoren',
    'aankondig\\p{L}*', 'bedenktijd', 'herroep\\p{L}*', 'uitvoeren\\s+van\\s+uw\\s+verzoek',
    // A contract's own term: "de overeenkomst heeft een looptijd van 12 maanden".
    'heeft\\s+een\\s+looptijd', 'looptijd\\s+van\\s+(?:\\d|een|twee|drie|vier|vijf|zes|twaalf)', 'stilzwijgend', 'abonnementsduur',
    // A review cycle: "wij herzien de bewaartermijnen elke twee jaar".
    'herzien', 'herziet', 'evalu(?:eren|eert)',
  ],
  ageBefore: ['jonger\\s+(?:zijn\\s+|is\\s+)?dan', 'ouder\\s+(?:zijn\\s+|is\\s+)?dan', 'onder\\s+de', 'boven\\s+de', 'leeftijd\\s+van'],
  ageAfter: ['oud', 'of\\s+ouder', 'en\\s+ouder', 'of\\s+jonger', 'en\\s+jonger'],
  ageUnits: ['jarige', 'jarig', 'jarigen'],
  ageContext: ['kinderen', 'kind', 'minderjarig\\p{L}*', 'jongeren', 'leeftijd', 'jonger', 'ouder\\s+dan', 'ouders', 'voogd'],
  backReferences: ['deze', 'die', 'dezelfde', 'genoemde', 'bovengenoemde', 'voornoemde'],
  lookbacks: ['afgelopen', 'voorgaande', 'vorige'],
  passiveAux: ['worden', 'wordt', 'werden', 'werd', 'zijn', 'is', 'blijven', 'blijft'],
  activeVerbs: ['bewaren', 'bewaart', 'bewaar', 'verwijderen', 'verwijdert', 'houden', 'slaan', 'slaat', 'archiveren', 'archiveert'],
  objectEnds: [
    'gedurende', 'voor', 'tot', 'totdat', 'zolang', 'zo\\s+lang', 'niet\\s+langer', 'maximaal', 'hooguit', 'binnen', 'na', 'vanaf',
    'in\\s+overeenstemming', 'conform', 'overeenkomstig', 'wanneer', 'zodra', 'als', 'op', 'nooit', 'niet', 'doorgaans', 'langer',
  ],
  subordinators: ['voor\\s+zover', 'indien', 'als', 'wanneer', 'zodra', 'nadat', 'omdat', 'bij', 'voor', 'in', 'na', 'met', 'zonder', 'op', 'door', 'tot'],
  pointerSubjects: ['deze', 'die', 'dit', 'dat', 'ze', 'zij', 'het', 'hij', 'dergelijke', 'welke', 'wat'],
  pronouns: ['wij', 'we', 'u', 'je', 'jij', 'ik', 'men', 'ons', 'jou', 'hen', 'hun'],
  invertedSubjects: ['wij', 'we', 'ik', 'men'],
  clauseOpeners: [',\\s*(?:maar|en|of|echter)', ';'],
  leadingVerbs: ['en\\s+(?:gebruiken|verwerken|delen)'],
  fillers: ['doorgaans', 'gewoonlijk', 'normaal\\s+gesproken', 'meestal', 'ook', 'nog', 'automatisch', 'vervolgens', 'dan', 'slechts', 'alleen', 'zal', 'zullen', 'kan', 'kunnen', 'moet', 'moeten', 'mag', 'mogen'],
};

import type { CommonLexicon } from '../../lexicon/common.js';

export const common: CommonLexicon = {
  negation: ['geen', 'niet', 'nooit', 'noch', 'niets', 'nergens', 'geenszins'],
  // A verb before its subject opens the main clause after a subordinate one ("Als wij … niet correct verwerken, heb je het
  // recht"): a negation in the subordinate clause does not reach past it, with or without the comma.
  clauseBreaks: ['maar', 'echter', 'behalve', 'tenzij', 'wel', 'alleen', 'uitsluitend', 'enkel', '(?:heb|hebt|heeft|kun|kunt|kan|mag|moogt|kunnen|mogen|hebben)\\s+(?:je|u|jij|jullie)'],
  determiners: ['uw', 'je', 'jouw', 'de', 'het', 'een', 'onze?'],
  conjunctions: ['en', 'of'],
  enumerationJoins: ['en'],
  leadingConjunctions: ['en', 'als\\s+ook'],
  limitNegations: ['niet\\s+(?:langer|later|meer\\s+dan)'],
  topics: {
    controller: ['wie\\s+(?:zijn|is)\\s+(?:wij|we)', 'over\\s+ons', 'verwerkingsverantwoordelijke', 'verantwoordelijke', 'wie\\s+is\\s+(?:er\\s+)?verantwoordelijk', 'identiteit'],
    contact: ['contact(?:gegevens|informatie)?', 'vragen', 'bereikbaarheid'],
    dpo: ['functionaris\\s+(?:voor\\s+de\\s+)?gegevensbescherming', 'privacy\\s*officer', 'data\\s+protection\\s+officer'],
    data: ['(?:welke\\s+)?(?:persoons)?gegevens(?:\\s+die)?\\s+(?:wij|we)\\s+(?:verwerken|verzamelen|gebruiken|vastleggen)', 'welke\\s+(?:persoons)?gegevens', 'categorie(?:ën|en)\\s+(?:van\\s+)?(?:persoons)?gegevens', 'verzamelde\\s+gegevens', 'soorten\\s+gegevens'],
    special_data: ['bijzondere(?:\\s+en/of\\s+gevoelige)?\\s+(?:categorie(?:ën|en)\\s+)?(?:van\\s+)?persoonsgegevens', 'gevoelige\\s+(?:persoons)?gegevens'],
    purposes: ['doel(?:en|einden)?', 'waarvoor', 'waarom', 'gebruik\\s+van\\s+(?:uw\\s+)?(?:persoons)?gegevens', 'wat\\s+(?:doe[nt]|gebeurt)\\s+(?:\\p{L}+\\s+)?met\\s+(?:uw|je|jouw)\\s+(?:persoons)?gegevens'],
    legal_basis: ['grondslag(?:en)?', 'rechtsgrond(?:en)?', 'wettelijke\\s+basis'],
    retention: ['bewaar(?:termijn(?:en)?|periode|tijd)', 'hoe\\s+lang', 'bewaren', 'bewaring'],
    recipients: ['derden', 'delen', 'ontvangers?', 'verstrekking', 'verstrekken', 'verwerkers', 'doorgifte\\s+aan', 'wie\\s+(?:heeft|krijgt)\\s+toegang'],
    transfers: ['buiten\\s+de\\s+(?:eu|eer|europese)', 'doorgifte', 'internationale', 'derde\\s+land(?:en)?'],
    rights: ['rechten', 'inzien', 'inzage', 'aanpassen', 'verwijderen', 'uw\\s+recht'],
    complaint: ['klacht(?:en)?', 'autoriteit\\s+persoonsgegevens', 'toezichthouder'],
    adm: ['geautomatiseerde\\s+(?:besluitvorming|besluiten)', 'profilering'],
    cookies: ['cookies?', 'vergelijkbare\\s+technieken', 'tracking'],
    children: ['kinderen', 'minderjarigen', 'jongeren'],
    security: ['beveilig(?:ing|en)', 'veiligheid'],
    changes: ['wijzigingen', 'aanpassen\\s+(?:van\\s+)?(?:het|deze|dit)', 'wijzigen'],
  },
};

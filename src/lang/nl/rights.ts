import type { ComplaintLexicon, RightsLexicon } from '../../lexicon/rights.js';
import { AUTHORITY } from '../marks.js';

/** A complaint (or the wish to complain) lodged with a supervisory authority, in either order. */
const COMPLAINT_TO_AUTHORITY: string[] = [
  `(?:klacht(?:en)?|klagen|beklag)\\S*(?:\\s+\\S+){0,16}?\\s+(?:bij|aan|tot|naar)\\s+(?:\\S+\\s+){0,4}?${AUTHORITY}`,
  `(?:bij|aan)\\s+(?:de\\s+|het\\s+)?(?:\\S+\\s+){0,3}?${AUTHORITY}\\S*(?:\\s+\\S+){0,6}?\\s+(?:een\\s+)?(?:klacht|klagen|beklag)`,
  `wenden\\s+tot\\s+(?:de\\s+|het\\s+)?(?:\\S+\\s+){0,3}?${AUTHORITY}`,
  `tot\\s+(?:de\\s+|het\\s+)?(?:\\S+\\s+){0,3}?${AUTHORITY}\\S*(?:\\s+\\S+){0,3}?\\s+(?:te\\s+)?wenden`,
];

/** People whose data a policy is about, named in the third person: they can hold rights (staff are left out). */
const NL_PERSONS = '(?:leden|ouders|verzorgers|klanten|deelnemers|bezoekers|gebruikers|sollicitanten|kandidaten|patiënten|cliënten|leerlingen|studenten|donateurs|abonnees|huurders|(?:het|een|elk|ieder)\\s+(?:lid|ouder|klant|deelnemer|bezoeker|gebruiker|sollicitant|patiënt|cliënt|leerling|donateur|abonnee|huurder))';

/** What data may be, when a negation describes them rather than the act ("niet (meer) kloppen", "not accurate"). */
const NL_DATA_STATES = '(?:kloppen|klopt|kloppend|juist|correct|actueel|volledig|nodig|noodzakelijk|relevant|van\\s+toepassing)';

const NL_CONSENT = 'toestemming(?:en)?';

export const complaint: ComplaintLexicon = {
  triggers: ['klacht\\p{L}*', 'klagen', 'beklag', 'wenden'],
  authorities: ['\\p{L}*autoriteit', 'toezichthouder', 'toezichthoudende\\s+(?:autoriteit|instantie)', 'privacytoezichthouder', 'ap'],
};

export const rights: RightsLexicon = {
  nominalGrants: [
    'recht(?:en)?\\s+(?:op|van|tot)',
    // An inline list after the rights are announced: "de volgende rechten: inzage, correctie, …", "uw rechten zijn: …".
    'volgende\\s+rechten\\s*:?', 'rechten\\s+(?:zijn|omvatten|betreffen)\\s*:?',
    '\\p{L}*verzoek(?:en)?\\s+(?:tot|om)',
    'vragen\\s+om',
  ],
  grants: [
    'recht(?:en)?',
    '(?:u|je|jij|betrokkenen?)\\s+(?:\\S+\\s+){0,2}?(?:kunt|kan|mag|moogt|wenst|wilt|wil)',
    // The person named in the third person: "Ieder lid kan …", "Ouders mogen …" (people whose data these are, not staff).
    '(?:ieder(?:e)?|elk(?:e)?)\\s+\\p{L}+\\s+(?:kan|mag)',
    `${NL_PERSONS}\\s+(?:\\S+\\s+){0,2}?(?:kunnen|kan|mogen|mag)`,
    '(?:kunt|kan|mag|moogt|wenst|wilt|wil)\\s+(?:u|je|jij)',
    'mogelijkheid',
    'verzoeken',
  ],
  reservations: ['behoud(?:t|en)?', 'behouden', 'voorbehouden'],
  dataObjects: [
    '\\p{L}*gegevens',
    'informatie',
    'e-?mailadres(?:sen)?',
    'account',
    'profiel',
    'dossier',
    'verwerking(?:en)?',
    'toestemming',
  ],
  notAboutData: [
    '\\p{L}*browser\\p{L}*', 'cookies?', 'cookie-?instellingen',
    // Wijzigingen van de verklaring zelf, toegang van medewerkers als beveiliging, afmelden voor een mailinglijst.
    'behoud(?:t|en)\\s+(?:\\S+\\s+){0,2}?het\\s+recht', '(?:deze|onze|de)\\s+privacy(?:verklaring|beleid|statement)\\s+(?:\\S+\\s+){0,4}?(?:te\\s+)?(?:wijzigen|aanpassen|aan\\s+te\\s+passen)',
    '(?:alleen|uitsluitend)\\s+toegankelijk\\s+voor', 'geautoriseerde\\s+(?:medewerkers|personen)',
  ],
  notApplicable: ['niet\\s+van\\s+toepassing', 'niet\\s+toepasselijk'],
  otherActors: ['wij', 'we', 'die', 'dat', 'welke'],
  otherActorsAfter: ['wij', 'we'],
  describingNegations: [
    `(?<=(?<![\\p{L}])(?:die|welke|dat)\\s+(?:\\S+\\s+){0,2})(?:niet|geen|nooit)(?=\\s+(?:meer\\s+|langer\\s+)?(?:\\S+\\s+)?${NL_DATA_STATES})`,
  ],
  continuations: ['(?:dit|dat|dit\\s+recht)\\s+(?:geldt|omvat|betreft)\\s+ook(?:\\s+voor)?', 'hetzelfde\\s+geldt\\s+voor'],
  accessItems: [
    '(?:verwerkings)?doel(?:en|einden)?',
    'categorie[ëe]n?',
    'ontvangers?',
    '(?:bewaar|opslag)(?:termijn(?:en)?|periode|duur)',
    'bron|herkomst',
  ],
  accessInformation: ['informatie\\s+(?:over|omtrent|betreffende)', 'inzage'],
  listIntros: ['recht(?:en)?(?:\\s+(?:op|om|tot))?', '(?:verzoeken|vragen)(?:\\s+(?:om|tot))?'],
  rights: {
    access: {
      cues: [
        // Het WordPress-sjabloon: "verzoeken om een exportbestand van je persoonlijke gegevens".
        'exportbestand',
        'in\\s+te\\s+(?:laten\\s+)?zien',
        'inzien',
        'inzage(?:verzoek)?',
        'raadplegen',
        'op\\s+te\\s+vragen',
        'opvragen',
  // A copy of the person's own ID sent with a request, or of contract clauses, is not a copy of the data.
        'kopie(?!\\s+van\\s+(?:uw|je|jouw)\\s+(?:identiteitsbewijs|paspoort|legitimatie|id)|\\s+van\\s+(?:de|deze|die|onze)\\s+(?:\\S+\\s+)?(?:clausules|bepalingen|waarborgen|overeenkomsten?|contracten?|voorwaarden|certificaten?))',
  // "toegang tot uw gegevens", not "toegang tot onze website"
        'toegang\\s+(?:te\\s+(?:krijgen|verkrijgen)\\s+)?tot\\s+(?:uw|je|jouw|de|alle|die|deze)\\s+(?:\\S+\\s+)?(?:\\p{L}*gegevens|informatie|dossier)',
        'in\\s+te\\s+(?:laten\\s+)?kijken',
        'inkijken',
      ],
      // The right named by its GDPR word: "het recht op toegang", "het recht om toegang, rectificatie, … te vragen".
      standalone: ['inzagerecht', 'recht\\s+(?:op|om|van)\\s+toegang(?!\\s+tot\\s+(?:onze|de|deze|het|ons)\\s+(?:\\S+\\s+)?(?:website|site|dienst|platform|app|account|gebouw|pand))'],
      unless: [],
      objectFree: false,
    },
    rectification: {
      cues: [
        'correctie',
        '(?:te\\s+(?:laten\\s+)?)?corrigeren',
        'rectificatie',
        'rectificeren',
        'verbetering',
        '(?:te\\s+(?:laten\\s+)?)?verbeteren',
        'aanvulling',
        'aanvullen',
        'aan\\s+te\\s+(?:laten\\s+)?vullen',
        'aanpassen',
        'aanpassing',
        'aan\\s+te\\s+(?:laten\\s+)?passen',
        '(?:te\\s+(?:laten\\s+)?)?wijzigen',
        'wijziging',
        'bijwerken',
        'bij\\s+te\\s+(?:laten\\s+)?werken',
        'actualiseren',
      ],
      standalone: ['recht\\s+op\\s+rectificatie'],
      unless: [],
      objectFree: false,
    },
    erasure: {
      cues: [
        'verwijdering',
        '(?:te\\s+(?:laten\\s+)?)?verwijderen',
        'verwijderd\\s+(?:te\\s+)?(?:worden|wordt|laten\\s+worden)',
        '(?:gegevens)?wissing',
        '(?:te\\s+(?:laten\\s+)?)?wissen',
        'vergetelheid',
        '(?:te\\s+(?:laten\\s+)?)?vernietigen',
      ],
      standalone: ['recht\\s+op\\s+vergetelheid', 'recht\\s+op\\s+(?:gegevens)?wissing'],
      unless: [],
      objectFree: false,
    },
    restriction: {
      cues: [
        'beperking',
        '(?:te\\s+(?:laten\\s+)?)?beperken',
        'af\\s+te\\s+(?:laten\\s+)?schermen',
        'afschermen',
        'afscherming',
      ],
      standalone: ['recht\\s+op\\s+beperking\\s+van\\s+(?:de\\s+)?verwerking'],
      unless: [],
      objectFree: false,
    },
    objection: {
      cues: ['bezwaar', 'verzet', '(?:te\\s+)?verzetten'],
      standalone: ['recht\\s+(?:van|op)\\s+(?:bezwaar|verzet)', 'recht\\s+(?:om\\s+)?(?:\\S+\\s+){0,8}?(?:bezwaar|verzet)\\s+(?:te\\s+)?(?:maken|aan\\s+te\\s+tekenen)'],
      // Unsubscribing is not the right to object to processing; an objection to the newsletter, named so, is (Art. 21(2)).
      unless: ['afmeld\\p{L}*', 'af\\s+te\\s+melden', 'uitschrijv\\p{L}*', 'uit\\s+te\\s+schrijven'],
      objectFree: true,
    },
    portability: {
      cues: [
        'exportbestand',
        '\\p{L}*overdraagbaarheid',
        '\\p{L}*portabiliteit',
        '(?:gegevens)?overdracht',
        '(?:gegevens)?overdraging',
        'over\\s+te\\s+(?:laten\\s+)?dragen',
        'overdragen',
        'machineleesba(?:ar|re)',
      ],
      standalone: [
        '\\p{L}*overdraagbaarheid',
        '\\p{L}*portabiliteit',
        'machineleesba(?:ar|re)',
        'gestructureerde?,?\\s+(?:en\\s+)?(?:gangba(?:ar|re)|gebruikelijke?|veelgebruikte?)(?:\\s+\\S+){0,3}?\\s+(?:formaat|vorm|bestandsformaat)',
      ],
      unless: [],
      objectFree: true,
    },
    withdraw_consent: {
      cues: [],
      standalone: [
  `${NL_CONSENT}\\S*(?:\\s+\\S+){0,8}?\\s+(?:weer\\s+)?(?:in\\s+te\\s+trekken|intrekken|intrekt|ingetrokken|terug\\s+te\\s+trekken|terugtrekken|terugtrekt|teruggetrokken|te\\s+herroepen|herroepen|herroept)`,
  `(?:intrekk(?:en|ing)|terugtrekking|terugtrekken|herroeping|herroepen)\\s+van\\s+(?:\\S+\\s+){0,2}?${NL_CONSENT}`,
  `trek(?:t|ken)?\\s+(?:uw|je|jouw|de|deze)\\s+${NL_CONSENT}(?:\\s+\\S+){0,4}?\\s+in`,
      ],
      unless: [],
      objectFree: true,
    },
    complaint: {
      cues: [],
      // Matched on the sentence with authority mentions replaced by AUTHORITY_MARK.
      standalone: COMPLAINT_TO_AUTHORITY,
      unless: [],
      objectFree: true,
    },
  },
};

import type { RightId, SupportedLanguage } from '../model/types.js';

/**
 * Phrases for the data subject's rights (Art. 13(2)(b)-(d)). All entries are regex SOURCE strings, compiled
 * case-insensitively and word-anchored by `wordPattern`; no capture groups.
 *
 * A right counts when the text gives it to the person: a GRANT ("u heeft het recht", "you can", "verzoek tot",
 * "right to") followed by the right's CUE ("in te zien", "delete"). Some phrases state a right on their own
 * (`standalone`: "toestemming intrekken", "data portability", a complaint to a supervisory authority).
 */
export interface RightCues {
  /** Words that name the right after a grant ("inzage", "verwijderen", "delete"). */
  cues: string[];
  /** Phrases that state the right without a grant ("gegevensoverdraagbaarheid", "withdraw your consent"). */
  standalone: string[];
  /** Sentence words that make a cue of this right something else (an unsubscribe link is no objection). */
  unless: string[];
  /** True when the cues name the right without saying what they act on ("verzet aantekenen", "object"). */
  objectFree: boolean;
}

export interface RightsLexicon {
  /**
   * Nominal grants ("recht op inzage", "verzoek tot correctie", "request deletion"): a cue within a few words needs no
   * further check. Farther away they act as ordinary grants.
   */
  nominalGrants: string[];
  /** Grants that open a clause in which the person acts ("u kunt", "you have the right to", "ask us to"). */
  grants: string[];
  /** Words before a grant that make it the organisation's ("wij behouden ons het recht voor", "we reserve"). */
  reservations: string[];
  /** What a cue acts on: a cue after a (non-nominal) grant needs one of these in its sentence. */
  dataObjects: string[];
  /** Sentences about browsers and cookies: deleting cookies in the browser is not the right to erasure. */
  notAboutData: string[];
  /** Sentences that declare rights not applicable. */
  notApplicable: string[];
  /** A word right before a cue that gives the act to someone else ("providers that access your data"). */
  otherActors: string[];
  /** A word right after a cue that gives the act to the organisation (Dutch inversion: "dan verwijderen wij"). */
  otherActorsAfter: string[];
  /**
   * A negation that describes the data, not the act: "gegevens die niet kloppen laten aanpassen", "data that is no
   * longer needed". Only the negation word is matched (the rest is look-around), so it can be blanked out.
   */
  describingNegations: string[];
  /**
   * How an introduction ends when the list below it names the rights ("You have the right", "U heeft het recht op",
   * "You can ask us to"): each entry then continues the grant, also without a colon.
   */
  listIntros: string[];
  rights: Record<RightId, RightCues>;
}

/**
 * Stands for one mention of a supervisory authority in the complaint phrases below. Before those phrases are matched,
 * the extractor replaces every authority mention (a named one from AUTHORITIES, or a generic word from
 * `complaint.authorities`) by a run of this private-use character of the same length, so a phrase needs no copy of
 * the long list of authority names (which took most of a second to compile) and offsets stay as they were.
 */
export const AUTHORITY_MARK = '\uE000';
const AUTHORITY = `${AUTHORITY_MARK}+`;

/** What a complaint to a supervisory authority is made of. */
export interface ComplaintLexicon {
  /** Words without which no complaint phrase can match: a sentence without them is not read further. */
  triggers: string[];
  /** Generic words for a supervisory authority ("toezichthouder", "supervisory authority"). */
  authorities: string[];
}

export const COMPLAINT: Record<SupportedLanguage, ComplaintLexicon> = {
  nl: {
    triggers: ['klacht\\p{L}*', 'klagen', 'beklag', 'wenden'],
    authorities: ['\\p{L}*autoriteit', 'toezichthouder', 'toezichthoudende\\s+(?:autoriteit|instantie)', 'privacytoezichthouder', 'ap'],
  },
  en: {
    triggers: ['complain\\p{L}*'],
    authorities: ['authorit(?:y|ies)', 'regulators?', 'commissioners?(?:[\'’]?s)?(?:\\s+office)?', 'supervisor', 'ico', 'dpa'],
  },
};

/** A complaint (or the wish to complain) lodged with a supervisory authority, in either order. */
const complaintToAuthority = (lang: SupportedLanguage): string[] =>
  lang === 'nl'
    ? [
        `(?:klacht(?:en)?|klagen|beklag)\\S*(?:\\s+\\S+){0,16}?\\s+(?:bij|aan|tot|naar)\\s+(?:\\S+\\s+){0,4}?${AUTHORITY}`,
        `(?:bij|aan)\\s+(?:de\\s+|het\\s+)?(?:\\S+\\s+){0,3}?${AUTHORITY}\\S*(?:\\s+\\S+){0,6}?\\s+(?:een\\s+)?(?:klacht|klagen|beklag)`,
        `wenden\\s+tot\\s+(?:de\\s+|het\\s+)?(?:\\S+\\s+){0,3}?${AUTHORITY}`,
        `tot\\s+(?:de\\s+|het\\s+)?(?:\\S+\\s+){0,3}?${AUTHORITY}\\S*(?:\\s+\\S+){0,3}?\\s+(?:te\\s+)?wenden`,
      ]
    : [
        // Up to seven words between the preposition and the authority's noun ("with the Dutch Data Protection Authority").
        `complain\\S*(?:\\s+\\S+){0,16}?\\s+(?:to|with|at|before)\\s+(?:\\S+\\s+){0,7}?${AUTHORITY}`,
      ];

/** People whose data a policy is about, named in the third person: they can hold rights (staff are left out). */
const NL_PERSONS = '(?:leden|ouders|verzorgers|klanten|deelnemers|bezoekers|gebruikers|sollicitanten|kandidaten|patiënten|cliënten|leerlingen|studenten|donateurs|abonnees|huurders|(?:het|een|elk|ieder)\\s+(?:lid|ouder|klant|deelnemer|bezoeker|gebruiker|sollicitant|patiënt|cliënt|leerling|donateur|abonnee|huurder))';
const EN_PERSONS = '(?:members|parents|guardians|customers|clients|participants|visitors|applicants|candidates|patients|pupils|students|donors|subscribers|tenants|(?:a|the)\\s+(?:member|parent|customer|client|participant|visitor|applicant|patient|student|donor|subscriber|tenant))';
/** What data may be, when a negation describes them rather than the act ("niet (meer) kloppen", "not accurate"). */
const NL_DATA_STATES = '(?:kloppen|klopt|kloppend|juist|correct|actueel|volledig|nodig|noodzakelijk|relevant|van\\s+toepassing)';
const EN_DATA_STATES = '(?:correct|accurate|up[-\\s]to[-\\s]date|complete|needed|necessary|required|relevant)';

const NL_CONSENT = 'toestemming(?:en)?';
const EN_CONSENT = 'consent';

export const RIGHTS: Record<SupportedLanguage, RightsLexicon> = {
  nl: {
    nominalGrants: [
      'recht(?:en)?\\s+(?:op|van|tot)',
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
    notAboutData: ['\\p{L}*browser\\p{L}*', 'cookies?', 'cookie-?instellingen'],
    notApplicable: ['niet\\s+van\\s+toepassing', 'niet\\s+toepasselijk'],
    otherActors: ['wij', 'we', 'die', 'dat', 'welke'],
    otherActorsAfter: ['wij', 'we'],
    describingNegations: [
      `(?<=(?<![\\p{L}])(?:die|welke|dat)\\s+(?:\\S+\\s+){0,2})(?:niet|geen|nooit)(?=\\s+(?:meer\\s+|langer\\s+)?(?:\\S+\\s+)?${NL_DATA_STATES})`,
    ],
    listIntros: ['recht(?:en)?(?:\\s+(?:op|om|tot))?', '(?:verzoeken|vragen)(?:\\s+(?:om|tot))?'],
    rights: {
      access: {
        cues: [
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
        standalone: ['inzagerecht'],
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
        standalone: complaintToAuthority('nl'),
        unless: [],
        objectFree: true,
      },
    },
  },
  en: {
    nominalGrants: [
      'rights?\\s+(?:to|of)',
      'request(?:s|ing)?(?:\\s+(?:for|to))?',
      'ask(?:ing)?\\s+(?:us\\s+)?(?:to|for)',
    ],
    grants: [
      // "users may need to update their settings" is a duty, not a right.
      '(?:you|individuals|users|data\\s+subjects)\\s+(?:\\S+\\s+){0,2}?(?:(?:can|may|might|could)(?!\\s+(?:need|have\\s+to|be\\s+required))|are\\s+(?:able|entitled|free)|will\\s+be\\s+able|would\\s+like|wish|want)',
      // The person named in the third person: "Every member may …", "Parents can …" (people whose data these are, not staff).
      '(?:every|each|any)\\s+\\p{L}+\\s+(?:can|may|is\\s+entitled)',
      `${EN_PERSONS}\\s+(?:\\S+\\s+){0,2}?(?:(?:can|may)(?!\\s+(?:need|have\\s+to|be\\s+required))|are\\s+(?:able|entitled))`,
      '(?:can|may|could)\\s+you',
      '(?:for|allows?|enables?|permits?|lets?|encourages?|invites?|entitles?|offer|offers)\\s+you',
      '(?:ability|options?|ways?|methods?|means|choice)\\s+(?:to|of|for)',
      'ask(?:ing)?\\s+us',
    ],
    reservations: ['reserves?', 'reserving'],
    dataObjects: [
      '(?:personal\\s+)?data',
      'information',
      'details',
      'account',
      'profile',
      'records?',
      'e-?mail\\s+address(?:es)?',
      'processing',
      'consent',
    ],
    notAboutData: ['browsers?', 'cookies?', 'cookie\\s+settings'],
    notApplicable: ['not\\s+applicable', 'do(?:es)?\\s+not\\s+apply', "don['’]t\\s+apply"],
    otherActors: ['that', 'which', 'who', 'we', 'they'],
    otherActorsAfter: [],
    describingNegations: [
      `(?<=(?<![\\p{L}])(?:that|which)\\s+(?:is|are|was|were|has\\s+been|have\\s+been)\\s+)(?:not|no\\s+longer)(?=\\s+(?:\\S+\\s+)?${EN_DATA_STATES})`,
      `(?<=(?<![\\p{L}])(?:that|which)\\s+)(?:isn['’]t|aren['’]t)(?=\\s+(?:\\S+\\s+)?${EN_DATA_STATES})`,
    ],
    listIntros: ['rights?(?:\\s+(?:to|of))?', 'entitled\\s+to', 'ask\\s+(?:us\\s+)?(?:to|for)', 'request(?:\\s+(?:to|that))?'],
    rights: {
      access: {
        cues: [
          // "access your data", "access, update or delete", a label "Access", not "access our website"
          'access(?:ing)?(?=\\s*[,;/:|()]|\\s*$|\\s+(?:and|or|to|your|the|all|any|this|that|such|certain|personal|information|data|it|them|a\\s+copy)(?![\\p{L}]))',
          // Not a copy of the person's ID sent with a request, nor a copy of contract clauses or safeguards.
          'cop(?:y|ies)(?!\\s+of\\s+(?:your|an?)\\s+(?:id|identity|passport|driving)|\\s+of\\s+(?:the|these|our|such)\\s+(?:\\S+\\s+)?(?:clauses|safeguards|contracts?|agreements?|terms|certificates?|certifications?))',
          'archive',
          'obtain\\s+confirmation',
          // "see what information we have", not "see what information is provided when you sign in"
          '(?:see|know|find\\s+out|learn)\\s+(?:what|which|whether)\\s+(?:personal\\s+)?(?:data|information)\\s+(?:\\S+\\s+){0,2}?(?:have|has|hold|holds|keep|keeps|store|stores|process|processes|collected)',
          // "see the personal information we hold about you", "inspect their own data"
          '(?:see|view|inspect|review)\\s+(?:the|all|any)\\s+(?:personal\\s+)?(?:data|information|details)\\s+(?:(?:that|which)\\s+)?we\\s+(?:hold|have|keep|store|process)',
          '(?:see|view|inspect|review)\\s+(?:your|their|his|her)\\s+(?:own\\s+)?(?:personal\\s+)?(?:data|information|details|records?)',
        ],
        standalone: ['(?:data\\s+)?subject\\s+access\\s+requests?'],
        unless: [],
        objectFree: false,
      },
      rectification: {
        cues: [
          'rectif(?:y|ied|ying|ication)',
          'correct(?:ed|ing|ion)?',
          'updat(?:e|ed|ing)',
          'amend(?:ed|ing|ment)?',
          'modif(?:y|ied|ying|ication)',
          'edit(?:ed|ing)?',
          'alter(?:ed|ing)?',
          'chang(?:e|ed|ing)',
        ],
        standalone: [],
        unless: [],
        objectFree: false,
      },
      erasure: {
        cues: [
          'delet(?:e|ed|ing|ion)',
          'eras(?:e|ed|ing|ure)',
          'remov(?:e|ed|ing|al)',
          'forgotten',
        ],
        standalone: ['right\\s+to\\s+be\\s+forgotten'],
        unless: [],
        objectFree: false,
      },
      restriction: {
        cues: [
          'restrict(?:ed|ing|ion)?',
          'limit(?:ation)?\\s+(?:of\\s+)?(?:the\\s+|our\\s+)?(?:processing|use)',
        ],
        standalone: ['restriction\\s+of\\s+(?:the\\s+)?processing'],
        unless: [],
        objectFree: false,
      },
      objection: {
        cues: ['object(?:s|ed|ing)?\\s+to', 'object', 'objection'],
        standalone: ['right\\s+to\\s+object'],
        // Opting out of marketing mail is not the right to object to processing; an objection to it, named so, is (Art. 21(2)).
        unless: ['unsubscrib\\p{L}*', 'opt(?:ing)?[-\\s]?out'],
        objectFree: true,
      },
      portability: {
        cues: [
          '(?:data\\s+)?portability',
          'machine[-\\s]readable',
          'structured,?\\s+commonly\\s+used',
          '(?:transmit|transfer|port)(?:\\s+\\S+){0,6}?\\s+to\\s+(?:another|a\\s+(?:third|different|new))',
        ],
        standalone: ['(?:data\\s+)?portability', 'machine[-\\s]readable', 'structured,?\\s+commonly[-\\s]used'],
        unless: [],
        objectFree: true,
      },
      withdraw_consent: {
        cues: [],
        standalone: [
          `withdraw(?:al|n|ing)?(?:\\s+of)?\\s+(?:\\S+\\s+){0,3}?${EN_CONSENT}`,
          `${EN_CONSENT}\\S*(?:\\s+\\S+){0,6}?\\s+(?:be\\s+|been\\s+|is\\s+)?(?:withdrawn|revoked)`,
          `revo(?:ke|king|cation\\s+of)\\s+(?:your\\s+|the\\s+|such\\s+|this\\s+|that\\s+|any\\s+)?${EN_CONSENT}`,
          `${EN_CONSENT}\\S*(?:\\s+\\S+){0,12}?\\s+(?:withdraw|revoke)\\s+(?:it|this|that)`,
        ],
        unless: [],
        objectFree: true,
      },
      complaint: {
        cues: [],
        // Matched on the sentence with authority mentions replaced by AUTHORITY_MARK.
        standalone: complaintToAuthority('en'),
        unless: [],
        objectFree: true,
      },
    },
  },
};

/**
 * Purposes of processing and their legal bases (Art. 13(1)(c)-(d)): a purpose taxonomy with normalised ids, the
 * phrases of the six Art. 6(1) bases, and the cues that find the interest where legitimate interest is relied on.
 *
 * Phrases are regex sources (word-anchored and case-insensitive through `wordPattern`). When several purposes match a
 * list item, the earliest match wins (then the longest); ties fall back to the order of PURPOSE_IDS.
 */
import type { LegalBasisId, SupportedLanguage } from '../model/types.js';

export const PURPOSE_IDS = [
  'payment',
  'contact',
  'service_delivery',
  'account',
  'newsletter',
  'marketing',
  'analytics',
  'website_improvement',
  'legal_obligation',
  'security',
  'recruitment',
  'events',
  'support',
  'personalisation',
  'advertising',
  'administration',
  'research',
  'other',
] as const;
export type PurposeId = (typeof PURPOSE_IDS)[number];

export interface PurposeLexicon {
  /** Phrases per purpose id (every id but `other`). */
  phrases: Record<Exclude<PurposeId, 'other'>, string[]>;
  /** Words that open a purpose clause ("om", "voor", "to", "for"). */
  markers: string[];
  /** Markers strong enough to open a purpose clause that follows the phrase it describes ("om", "in order to"). */
  strongMarkers: string[];
  /** Words for purpose itself: a "voor … doeleinden" clause ends after them. */
  purposeWords: string[];
  /** Words that end a purpose clause besides punctuation ("en om", "and to", "if"). */
  clauseEnds: string[];
  /** Verbs that make a sentence a statement about processing (using, sending, collecting). */
  statementVerbs: string[];
  /** Words for data ("gegevens", "information"). */
  dataWords: string[];
  /** Sharing with others: such sentences give the purposes of a disclosure, not of the processing itself. */
  sharingCues: string[];
  /** Sentences about something other than a purpose of processing: security measures, processing no personal data. */
  notPurpose: string[];
  /** Verbs whose object is the purpose itself ("versturen wij nieuwsbrieven", "displays targeted advertisements"). */
  activityVerbs: string[];
  /** The opening of an explicit purpose statement ("Het doel ervan is", "The purpose of this step is"). */
  statementOpeners: string[];
  /** The end of an intro that announces a list of purposes ("voor de volgende doelen:", "we use your data to:"). */
  listIntro: string[];
  /** Items that speak about the purposes rather than state one ("the purposes listed in this statement"). */
  metaItems: string[];
  /** The label of a "Purpose:" field in a policy written as labelled fields. */
  fieldLabel: string[];
  /** The header of a table column that gives purposes ("Doel", "Purpose"). */
  columnHeader: string[];
}

export interface LegalBasisLexicon {
  /** Phrases that name a basis in running text. */
  phrases: Record<LegalBasisId, string[]>;
  /** Bare terms that name a basis in a table cell of a basis column or as the head of a basis entry. */
  cellPhrases: Record<LegalBasisId, string[]>;
  /** Spans where a basis phrase does not state that basis (parental consent, "without your consent", withdrawal). */
  notBasis: Partial<Record<LegalBasisId, string[]>>;
  /**
   * Legal-obligation phrases whose subject must be the organisation itself ("als wij wettelijk verplicht zijn"):
   * "indien Google hiertoe wettelijk wordt verplicht" is Google's duty, not a basis of this policy.
   */
  subjectBound: string[];
  /** Words that may stand between the clause opener and a subject-bound phrase without being a subject. */
  fillerWords: string[];
  /** Words for the organisation itself as a subject. */
  firstPerson: string[];
  /** Third parties as a subject ("derden", "partners"). */
  thirdParties: string[];
  /** Words that open a subordinate clause ("indien", "als", "if", "unless"). */
  clauseOpeners: string[];
  /** The label of a "Legal basis:" field. */
  fieldLabel: string[];
  /** The header of a table column that gives bases ("Grondslag", "Legal basis"). */
  columnHeader: string[];
}

export interface InterestLexicon {
  /** The label of a "Legitimate interests:" field or entry head. */
  fieldLabel: string[];
  /** What may directly follow the basis phrase and lead into the interest ("om", "in", ", for example,"). */
  leads: string[];
  /** What may stand between the basis phrase and the lead ("of wettelijke plicht", "or legal duty"). */
  skips: string[];
  /** A following sentence that gives the interest by example ("Dit kan bijvoorbeeld het geval zijn bij"). */
  exampleOpeners: string[];
  /** Example cues inside a parenthesis ("e.g.", "bijvoorbeeld"). */
  exampleCues: string[];
  /** Words that start a statement rather than an interest ("Wij", "We"): an entry head followed by them gives none. */
  statementStarts: string[];
}

export const PURPOSE_LEXICON: Record<SupportedLanguage, PurposeLexicon> = {
  nl: {
    phrases: {
      payment: ['(?:afhandelen|verwerken|verwerking|afhandeling)\\s+van\\s+(?:uw\\s+|je\\s+|jouw\\s+|de\\s+)?betaling(?:en)?', 'betaling(?:en)?', 'betalen', 'factur(?:atie|eren)', 'facturen', 'incasso', 'betalingsverkeer'],
      contact: [
        'contact\\s+(?:met\\s+(?:u|je|jou)\\s+)?op\\s+te\\s+nemen', 'contact\\s+met\\s+(?:u|je|jou|klanten|relaties|prospects|leden)', 'contact\\s+(?:op)?nemen\\s+over',
        '(?:u|je|jou)\\s+te\\s+(?:kunnen\\s+)?(?:bellen|e-?mailen|benaderen|contacteren)', 'bellen\\s+of\\s+e-?mailen',
        'beantwoorden\\s+van\\s+(?:uw\\s+|je\\s+|jouw\\s+)?(?:vra(?:ag|gen)|verzoek(?:en)?|e-?mails?|berichten)', '(?:uw|je|jouw)\\s+vra(?:ag|gen)\\s+te\\s+beantwoorden',
        'reageren\\s+op\\s+(?:uw\\s+|je\\s+|jouw\\s+)?(?:vra(?:ag|gen)|verzoek(?:en)?|berichten)', 'contactverzoek(?:en)?', 'communicatie', 'benader(?:en|ing)',
      ],
      service_delivery: [
        '(?:goederen|producten|diensten|bestellingen?)\\s+(?:\\p{L}+\\s+){0,3}(?:af\\s+te\\s+leveren|te\\s+leveren|afleveren|te\\s+bezorgen|bezorgen)',
        '(?:het\\s+)?leveren\\s+van\\s+(?:onze\\s+|de\\s+)?(?:\\p{L}+\\s+)?(?:diensten|producten|dienstverlening|goederen)', 'levering\\s+van',
        'dienstverlening\\s+(?:\\p{L}+\\s+){0,2}(?:uit\\s+te\\s+(?:kunnen\\s+)?voeren|te\\s+(?:kunnen\\s+)?(?:leveren|verlenen))',
        'uitvoer(?:en|ing)\\s+van\\s+(?:onze|de)\\s+(?:diensten|dienstverlening|opdracht(?:en)?)',
        '(?:verwerk(?:en|ing)|afhandel(?:en|ing)|uitvoer(?:en|ing))\\s+van\\s+(?:uw\\s+|je\\s+|de\\s+)?bestelling(?:en)?', 'bestelling(?:en)?',
        'informeren\\s+over\\s+wijzigingen', 'diensten\\s+(?:aan\\s+(?:u|je)\\s+)?te\\s+(?:kunnen\\s+)?(?:leveren|verlenen|aanbieden)',
      ],
      account: ['account(?:s)?\\s+(?:aan\\s+te\\s+maken|aanmaken|te\\s+beheren|beheren)', '(?:uw|je|jouw)\\s+account', 'registratie', 'lidmaatschap\\p{L}*', 'ledenadministratie', 'lid\\s+(?:kan\\s+|te\\s+|wilt\\s+)?worden'],
      newsletter: ['nieuwsbrie(?:f|ven)\\p{L}*', 'mailing(?:s|lijst)?', 'e-?mail\\s*-?updates?', 'op\\s+de\\s+hoogte\\s+(?:te\\s+)?houden'],
      marketing: [
        'marketing\\p{L}*', 'direct\\s+marketing', 'commerciële\\s+doel(?:en|einden)', 'werving\\s+(?:voor|van)\\s+(?:commerciële|nieuwe)', 'sales', 'reclame\\p{L}*', 'promoti(?:e|es|onele)\\p{L}*',
        'aanbiedingen', 'acquisitie', 'informatie\\s+over\\s+(?:onze\\s+)?(?:nieuwe\\s+)?(?:producten|diensten)', 'informeren\\s+over\\s+(?:onze\\s+)?(?:nieuwe\\s+)?(?:producten|diensten|aanbiedingen)',
      ],
      analytics: ['analy(?:se|seren|seert|ses|tics|tische)\\p{L}*', 'statisti\\p{L}+', '(?:te\\s+(?:kunnen\\s+)?)?meten', 'metingen', 'bezoekersaantallen', 'webstatistieken', 'begrijpen\\s+hoe\\s+(?:bezoekers|gebruikers)'],
      website_improvement: [
        '(?:website|site|dienstverlening|diensten|app|producten|functionaliteit|gebruikerservaring)\\s+(?:\\p{L}+\\s+){0,3}(?:te\\s+)?(?:verbeteren|optimaliseren)',
        'verbeter(?:en|ing)\\p{L}*', 'optimalis(?:eren|atie)', 'gebruikerservaring', 'gebruiksgemak',
      ],
      legal_obligation: [
        'wettelijke\\s+(?:\\p{L}+\\s+)?(?:verplichting(?:en)?|plicht(?:en)?|bewaarplicht)', 'wettelijk\\s+(?:\\p{L}+\\s+){0,2}verplicht', 'belastingaangifte', 'belastingdienst',
        'fiscale\\s+(?:doeleinden|verplichtingen|wetgeving)', 'voldoen\\s+aan\\s+(?:de\\s+)?(?:wet|wetgeving|wet-\\s+en\\s+regelgeving)',
      ],
      security: ['beveilig(?:ing|en)\\p{L}*', 'beveiligingsdoeleinden', 'veiligheid', 'fraude\\p{L}*', 'misbruik'],
      recruitment: ['sollicit\\p{L}+', 'vacature\\p{L}*', 'werving\\s+en\\s+selectie', 'recruitment'],
      events: ['evenement(?:en)?', 'events?', 'bijeenkomst(?:en)?', 'uitnodiging(?:en)?', 'uitgenodigd', 'excursie(?:s)?', 'reünie(?:s)?'],
      support: ['klantenservice', 'klantendienst', '(?:technische\\s+)?support', 'ondersteuning', 'helpdesk', 'klachten(?:afhandeling)?', 'afhandelen\\s+van\\s+klachten'],
      personalisation: ['personali\\p{L}+', 'gepersonaliseerd\\p{L}*', '(?:af\\s+te\\s+)?stemmen\\s+op\\s+(?:uw|je|jouw)\\s+(?:voorkeuren|interesses)', 'aanbevelingen'],
      advertising: ['advertentie\\p{L}*', 'adverteren', 'remarketing', 'retargeting', 'gerichte\\s+(?:reclame|advertenties)'],
      administration: ['administrati(?:e|ef|eve)\\p{L}*', 'boekhoud(?:ing|kundige)\\p{L}*', 'archivering'],
      research: ['(?:wetenschappelijk|markt|klanttevredenheids|gebruikers)onderzoek(?:en)?', 'wetenschappelijk\\s+onderzoek', 'onderzoek\\s+(?:te\\s+)?(?:doen|uitvoeren|verrichten)', 'enquêtes?'],
    },
    markers: ['om', 'voor', 'ten\\s+behoeve\\s+van', 't\\.b\\.v\\.', 'teneinde', 'zodat', 'met\\s+het\\s+oog\\s+op', 'ter'],
    strongMarkers: ['om', 'teneinde', 'ten\\s+behoeve\\s+van', 'zodat'],
    purposeWords: ['doel(?:en|einden)', '\\p{L}+doel(?:en|einden)'],
    clauseEnds: ['en\\s+om', 'of\\s+om', 'en\\s+voor', 'dan\\s+wel', 'maar', 'indien', 'tenzij', 'wanneer', 'zodat', 'als\\s+(?:u|je|wij|we)'],
    statementVerbs: [
      'verwerk(?:en|t|te|ten)', 'verwerkt', 'gebruik(?:en|t|te|ten)', 'gebruikt', 'verzamel(?:en|t|de|den)', 'verzameld', 'verstuur(?:t|de|den)?', 'versturen', 'verzend(?:t|en)?',
      'sturen', 'stuurt', 'inzetten', 'benaderen', 'bewaren', 'analyse(?:ren|ert)', 'nodig\\s+(?:hebben|heeft|is|zijn)', 'maakt\\s+gebruik', 'maken\\s+gebruik', 'gebruik\\s+(?:te\\s+)?maken',
    ],
    dataWords: ['\\p{L}*gegevens', 'data', '(?:persoonlijke\\s+)?informatie', 'e-?mailadres(?:sen)?'],
    notPurpose: [
      '(?:technische|organisatorische|passende|beveiligings)\\s*maatregelen', '(?:verwerk(?:t|en)|verzamel(?:t|en))\\s+(?:\\p{L}+\\s+){0,2}geen\\s+persoonsgegevens',
    ],
    activityVerbs: ['versturen', 'verstuurt', 'verzenden', 'verzendt', 'sturen', 'stuurt', 'tonen', 'toont', 'organiseren', 'organiseert'],
    statementOpeners: ['(?:het|ons|de)\\s+doel\\s+(?!van\\s+(?:dit|deze|onze?)\\s+(?:privacy\\p{L}*|verklaring|beleid|cookie\\p{L}*))(?:\\p{L}+\\s+){0,4}?(?:is|zijn)'],
    sharingCues: ['derden', 'derde\\s+partij(?:en)?', '(?:gegevens|informatie)\\s+(?:\\p{L}+\\s+)?(?:delen|verstrekken|doorgeven)', 'verstrek\\p{L}*\\s+(?:\\p{L}+\\s+){0,4}aan', 'delen\\s+(?:\\p{L}+\\s+){0,4}met', 'doorgeven\\s+aan'],
    listIntro: [
      '(?:volgende|onderstaande|deze)\\s+(?:\\p{L}+\\s+)?doel(?:en|einden|stellingen)\\s*:', 'ten\\s+behoeve\\s+van\\s*:', 't\\.b\\.v\\.\\s*:',
      '(?:gebruik(?:en|t)|verwerk(?:en|t)|inzetten|nodig|maakt\\s+gebruik|maken\\s+gebruik)\\s+(?:\\S+\\s+){0,8}?(?:voor|om)\\s*:', 'om\\s*:',
      'waarvoor\\s+(?:\\S+\\s+){0,6}?\\S*\\s*:', '(?:de|het|onze)\\s+doel(?:en|einden)?\\s+(?:is|zijn)\\s*:', 'doel(?:en|einden)\\s*:',
    ],
    metaItems: ['(?:de|deze)\\s+(?:hierboven\\s+)?(?:genoemde|beschreven|vermelde)\\s+doel(?:en|einden)', 'andere\\s+doel(?:en|einden)\\s+dan'],
    fieldLabel: ['(?:verwerkings)?doel(?:en|einden)?'],
    columnHeader: ['(?:verwerkings)?doel(?:en|einden|stelling)?', 'waarvoor', 'waarom'],
  },
  en: {
    phrases: {
      payment: ['(?:process|handle|processing|handling|administer|administering)\\s+(?:your\\s+)?payments?', 'payments?', 'billing', 'bill\\s+(?:you|your)', 'invoic(?:e|es|ing)'],
      contact: [
        '(?:contact|communicate\\s+with|correspond\\s+with|reach)\\s+you', 'respond(?:ing)?\\s+to\\s+(?:your\\s+)?(?:enquir(?:y|ies)|inquir(?:y|ies)|questions?|messages?|e-?mails?)',
        'respond(?:ing)?\\s+to\\s+your\\s+requests?', '(?:answer(?:ing)?|reply(?:ing)?\\s+to)\\s+(?:your\\s+)?(?:enquir(?:y|ies)|inquir(?:y|ies)|questions?|requests?)', 'enquir(?:y|ies)', 'inquir(?:y|ies)',
      ],
      service_delivery: [
        'provid(?:e|ing)\\s+(?:you\\s+)?(?:with\\s+)?(?:the|our|this|these|such)\\s+(?:\\p{L}+\\s+){0,2}(?:services?|products?|page|website|site|content)', 'provide\\s+(?:products|services)',
        'deliver(?:y|ing)?\\s+(?:of\\s+)?(?:your\\s+|the\\s+)?(?:orders?|products?|goods|services?)', 'fulfil(?:l)?(?:ing|ment)?\\s+(?:of\\s+)?(?:your\\s+)?(?:orders?|requests?)',
        '(?:process|processing)\\s+(?:your\\s+)?orders?', 'operate\\s+(?:the|our)\\s+(?:services?|website|site)', 'content\\s+you\\s+(?:have\\s+)?requested', '(?:perform|performance\\s+of)\\s+(?:the|our)\\s+services?',
      ],
      account: ['(?:create|set\\s+up|manage|administer|maintain)\\s+(?:your\\s+|an\\s+|the\\s+)?accounts?', 'accounts?\\s+(?:creation|management|registration)', 'registration', 'members?hips?', 'identify\\s+you', 'your\\s+account', 'account\\s+profile'],
      newsletter: ['newsletters?', 'mailing\\s*lists?', 'mailings', '(?:regular\\s+)?updates?\\s+(?:via|by)\\s+e-?mail', 'e-?mail\\s+updates'],
      marketing: [
        '(?:direct\\s+)?marketing', 'promotional\\s+(?:\\p{L}+\\s+)?(?:e-?mails|messages|communications|materials?|purposes|offers)', 'offers',
        '(?:details|information)\\s+(?:of|about)\\s+(?:our\\s+)?(?:new\\s+)?(?:products|services)', 'sales', 'commercial\\s+purposes',
      ],
      analytics: [
        'analy(?:tics|se|ze|sing|zing|sis|tical)\\p{L}*', 'statistic(?:s|al)', 'measur(?:e|ing|ement)\\s+(?:\\p{L}+\\s+){0,3}(?:use|usage|traffic|audience|effectiveness|performance)',
        '(?:anonymous\\s+)?reporting', 'understand\\s+how\\s+(?:our\\s+)?(?:users|visitors|people|you)\\s+use', 'better\\s+(?:idea|understanding)\\s+of',
      ],
      website_improvement: ['improv(?:e|es|ing|ement)\\s+(?:\\p{L}+\\s+){0,3}(?:website|site|services?|products?|platform|experience|app)', 'optimi[sz](?:e|ing|ation)', 'user\\s+experience'],
      legal_obligation: [
        'comply\\s+with\\s+(?:\\p{L}+\\s+){0,3}(?:legal|regulatory|statutory)\\s+obligations?', 'legal\\s+obligations?', '(?:comply|compliance)\\s+with\\s+(?:applicable\\s+)?(?:laws?|regulations?)',
        'legal\\s+compliance', 'compliance\\s+purposes', 'tax\\s+(?:purposes|obligations|returns?)', 'required\\s+by\\s+law',
      ],
      security: ['secur(?:ity|e|ing)', 'fraud(?:ulent)?', 'abuse', '(?:unknown|unauthori[sz]ed|suspicious)\\s+activity', 'integrity'],
      recruitment: ['recruit(?:ment|ing)', 'job\\s+applications?', '(?:applying|apply)\\s+for\\s+(?:a\\s+)?(?:job|position|role)', 'hiring', 'vacanc(?:y|ies)'],
      events: ['(?<!in\\s+the\\s+)events?', 'conferences?', 'invitations?', 'webinars?', 'meetups?'],
      support: ['(?:customer\\s+)?support(?:\\s+(?:requests?|tickets?|matters?))?', 'customer\\s+(?:service|care)', 'help\\s*desk', 'tickets?', 'troubleshoot\\p{L}*'],
      personalisation: ['personali[sz](?:e|ed|ing|ation)\\p{L}*', 'customi[sz](?:e|ed|ing|ation)', 'recommendations?', 'recommend', 'tailor(?:ed)?', 'remember\\s+your\\s+preferences'],
      advertising: ['advertis(?:ing|ements?)', 'ads', 'remarketing', 'retargeting', 'interest-?based'],
      administration: ['administrat(?:ion|ive)\\p{L}*', 'record-?keeping', 'bookkeeping', 'accounting'],
      research: ['research', 'surveys?', 'beta\\s+programs?', 'studies'],
    },
    markers: ['to', 'for', 'in\\s+order\\s+to', 'so\\s+that', 'for\\s+the\\s+purposes?\\s+of'],
    strongMarkers: ['in\\s+order\\s+to', 'to', 'so\\s+that'],
    purposeWords: ['purposes?'],
    clauseEnds: ['and\\s+to', 'or\\s+to', 'and\\s+for', 'but', 'if', 'unless', 'so\\s+that'],
    statementVerbs: [
      'us(?:e|es|ed|ing)', 'process(?:es|ed|ing)?', 'collect(?:s|ed|ing)?', 'send(?:s|ing)?', 'sent', 'stor(?:e|es|ed|ing)', 'rely\\s+on', 'need',
      'share(?:s|d)?', 'analy[sz](?:e|es|ed|ing)', 'display(?:s|ed)?',
    ],
    dataWords: ['data', 'information', 'details', 'e-?mail\\s+address(?:es)?'],
    notPurpose: [
      '(?:technical|organi[sz]ational|appropriate|security)\\s+(?:and\\s+organi[sz]ational\\s+)?(?:measures|safeguards)',
      '(?:does|do)\\s+not\\s+(?:\\p{L}+\\s+)?(?:process|collect)\\s+any', 'no\\s+personal\\s+(?:data|information)\\s+(?:is|are)',
    ],
    activityVerbs: ['send(?:s|ing)?', 'display(?:s|ed|ing)?', 'show(?:s|ing)?', 'serve(?:s|d)?', 'conduct(?:s|ing)?', 'run(?:s|ning)?', 'organi[sz]e(?:s|d)?', 'deliver(?:s|ing)?'],
    statementOpeners: ['(?:the|our)\\s+(?:main\\s+|primary\\s+|sole\\s+)?purposes?\\s+(?!of\\s+(?:this|our)\\s+(?:privacy\\s+)?(?:policy|statement|notice))(?:of\\s+(?:\\p{L}+\\s+){1,4})?(?:is|are)'],
    sharingCues: ['third[-\\s]part(?:y|ies)', 'shar(?:e|es|ed|ing)\\s+(?:\\p{L}+\\s+){0,5}with', 'disclos(?:e|es|ed|ing|ure)', 'service\\s+providers'],
    listIntro: [
      '(?:following|these|below)\\s+(?:\\p{L}+\\s+)?purposes\\s*:', 'purposes?\\s+(?:are|include|is)\\s*:',
      '(?:use|uses|process|processes|collect|collects)\\s+(?:\\S+\\s+){0,8}?(?:to|for)\\s*:', 'in\\s+order\\s+to\\s*:', 'purposes?\\s*:',
    ],
    metaItems: ['(?:the|these|those)\\s+purposes\\s+(?:listed|described|set\\s+out|mentioned)', 'other\\s+purposes'],
    fieldLabel: ['purposes?'],
    columnHeader: ['purposes?(?:\\s+of\\s+(?:the\\s+)?processing)?', 'why\\s+we', 'what\\s+we\\s+use'],
  },
};

export const LEGAL_BASIS_LEXICON: Record<SupportedLanguage, LegalBasisLexicon> = {
  nl: {
    phrases: {
      consent: [
        'toestemming', 'opt-?in',
        'door\\s+(?:het\\s+)?(?:gebruik(?:\\s+te\\s+maken)?|te\\s+gebruiken|gebruiken|bezoeken|bezoek)\\s+.{0,80}?(?:gaat|ga|stemt|stem|accepteert|accepteer|verklaart|verklaar)\\s+(?:u|je|jij)',
        '(?:gaat|ga)\\s+(?:u|je|jij)\\s+(?:\\p{L}+\\s+){0,2}akkoord',
      ],
      contract: [
        '(?:uitvoer(?:ing|en)|nakom(?:ing|en)|totstandkoming|aangaan|sluiten|afsluiten)\\s+van\\s+(?:de|een|het|onze|uw|je|jouw|deze)?\\s*(?!verwerk|bewerk)\\p{L}*overeenkomst(?:en)?',
        '(?!verwerk|bewerk)\\p{L}*overeenkomst\\s+(?:met\\s+(?:u|je|jou)\\s+)?(?:uit\\s+te\\s+voeren|na\\s+te\\s+komen|te\\s+(?:kunnen\\s+)?sluiten)',
        'uitvoering\\s+van\\s+(?:de|het|een|ons|onze)\\s+contract', 'precontractuele\\s+maatregelen', 'contractuele\\s+(?:verplichting(?:en)?|noodzaak)',
      ],
      legal_obligation: [
        'wettelijke\\s+(?:\\p{L}+\\s+)?(?:verplichting(?:en)?|plicht(?:en)?|bewaarplicht)', 'wettelijke\\s+bewaartermijn(?:en)?', 'fiscale\\s+bewaarplicht',
        'wettelijk\\s+(?:\\p{L}+\\s+){0,2}verplicht', 'wettelijk\\s+vereist',
        '(?:om\\s+)?te\\s+voldoen\\s+aan\\s+(?:de\\s+|onze\\s+)?(?:wet|wetgeving|wet-\\s+en\\s+regelgeving)', 'gerechtelijk\\s+bevel', 'rechterlijk\\s+bevel',
      ],
      vital_interests: ['vita(?:le|al)\\s+belang(?:en)?', 'levensbelang(?:en)?'],
      public_task: ['publieke\\s+ta(?:ak|ken)', 'publiekrechtelijke\\s+ta(?:ak|ken)', 'taak\\s+van\\s+algemeen\\s+belang', 'algemeen\\s+belang', 'openbaar\\s+gezag'],
      legitimate_interests: ['gerechtvaardigd(?:e)?\\s+(?:\\p{L}+\\s+)?belang(?:en)?', 'gerechtvaardigd\\s+bedrijfsbelang', 'legitiem(?:e)?\\s+belang(?:en)?', 'belangenafweging'],
    },
    cellPhrases: {
      consent: ['toestemming', 'opt-?in'],
      contract: ['\\p{L}*overeenkomst', 'contract'],
      legal_obligation: ['wettelijke?\\s+\\p{L}+', 'wet'],
      vital_interests: ['vita\\p{L}+\\s+belang\\p{L}*'],
      public_task: ['publie\\p{L}+\\s+taak', 'algemeen\\s+belang'],
      legitimate_interests: ['gerechtvaardigd\\p{L}*(?:\\s+belang\\p{L}*)?', 'legitiem\\p{L}*\\s+belang\\p{L}*'],
    },
    notBasis: {
      consent: [
        '(?:ouderlijke)\\s+toestemming', 'toestemming\\s+(?:\\p{L}+\\s+){0,2}(?:van|door)\\s+(?:(?:je|uw|jouw|hun|een|de)\\s+)?(?:ouders?|voogd|wettelijke\\s+vertegenwoordiger)',
        'zonder\\s+(?:\\p{L}+\\s+){0,2}toestemming',
        'toestemming\\s+(?:\\p{L}+\\s+){0,6}(?:in\\s+te\\s+trekken|intrekken|intrekt|ingetrokken|trekt\\s+in)', '(?:intrekk(?:en|ing)|in\\s+te\\s+trekken)\\s+(?:\\p{L}+\\s+){0,4}toestemming',
        'leeftijd\\s+(?:\\p{L}+\\s+){0,4}toestemming',
      ],
    },
    subjectBound: ['wettelijk\\s+(?:\\p{L}+\\s+){0,2}verplicht', 'wettelijk\\s+vereist'],
    fillerWords: ['hier', 'hiertoe', 'toe', 'daartoe', 'daar', 'dit', 'dat', 'het', 'wordt', 'worden', 'is', 'zijn', 'zou', 'zouden', 'kan', 'kunnen', 'daarbij', 'daarvoor', 'eventueel', 'ook', 'nu', 'soms', 'in', 'sommige', 'gevallen', 'bepaalde'],
    firstPerson: ['wij', 'we', 'ons', 'onze'],
    thirdParties: ['derden', 'derde\\s+partij(?:en)?', 'partners?', 'zij', 'ze', 'hij'],
    clauseOpeners: ['indien', 'als', 'wanneer', 'tenzij', 'voor\\s+zover', 'omdat', 'dat', 'waarbij'],
    fieldLabel: ['(?:wettelijke\\s+)?(?:grondslag(?:en)?|rechtsgrond(?:en|slag|slagen)?)'],
    columnHeader: ['(?:wettelijke\\s+|verwerkings)?(?:grondslag(?:en)?|rechtsgrond(?:en|slag|slagen)?)'],
  },
  en: {
    phrases: {
      consent: [
        'consent(?:s|ed|ing)?', '(?:your|with|have|ask(?:\\s+for)?|obtain)\\s+(?:\\p{L}+\\s+)?permission', 'opt-?in',
        'you\\s+agree\\s+to\\s+(?:the\\s+(?:terms|provisions)\\s+of\\s+)?(?:this|our)\\s+(?:privacy\\s+)?(?:policy|statement|notice)',
        'by\\s+(?:using|accessing|visiting|browsing|continuing\\s+to\\s+use)\\s+.{0,80}?you\\s+(?:agree|consent|accept)',
      ],
      contract: [
        '(?:perform(?:ance|ing)?|fulfil(?:l)?(?:ment|ing|ling)?|execut(?:e|ion|ing)|enter(?:ing)?\\s+into(?:\\s+and\\s+(?:continue\\s+)?perform(?:ing)?)?|conclu(?:de|sion))\\s+(?:of\\s+)?(?:a|the|that|our|your|this|any)?\\s*contracts?',
        'contract(?:ual)?\\s+(?:performance|necessity)', 'pre-?contractual\\s+(?:steps|measures)', 'necessary\\s+(?:for|to)\\s+(?:\\p{L}+\\s+){0,3}contract',
      ],
      legal_obligation: [
        'legal\\s+(?:or\\s+regulatory\\s+)?(?:obligations?|duty|duties|requirements?)', 'statutory\\s+(?:obligations?|duty|duties|requirements?)', 'regulatory\\s+obligations?',
        '(?:comply|compliance)\\s+with\\s+(?:(?:applicable|european|the|our|any|relevant)\\s+)*(?:laws?|legal|regulations?)', 'lawful\\s+(?:order|request)s?', 'court\\s+orders?', 'subpoenas?',
        '(?:legally|lawfully)\\s+(?:required|obliged|obligated|compelled)', 'required\\s+(?:to\\s+do\\s+so\\s+)?by\\s+(?:applicable\\s+)?law',
      ],
      vital_interests: ['vital\\s+interests?'],
      public_task: ['public\\s+tasks?', '(?:task\\s+carried\\s+out\\s+in\\s+the\\s+)?public\\s+interest', 'official\\s+authority'],
      legitimate_interests: ['legitimate\\s+(?:business\\s+)?interests?', 'balancing\\s+test'],
    },
    cellPhrases: {
      consent: ['consent'],
      contract: ['contract(?:ual)?'],
      legal_obligation: ['legal\\s+\\p{L}+', 'law'],
      vital_interests: ['vital\\s+interests?'],
      public_task: ['public\\s+(?:task|interest)'],
      legitimate_interests: ['legitimate\\s+interests?'],
    },
    notBasis: {
      consent: [
        'parental\\s+(?:consent|permission)', '(?:consent|permission)\\s+(?:\\p{L}+\\s+){0,2}(?:of|from)\\s+(?:(?:a|the|your|their)\\s+)?(?:parents?|guardians?)', "parent(?:'s|s'|s)?\\s+(?:consent|permission)",
        'without\\s+(?:\\p{L}+\\s+){0,2}(?:consent|permission)', '(?:withdraw(?:al|n|ing)?|revok(?:e|ing)|revocation\\s+of)\\s+(?:\\p{L}+\\s+){0,3}(?:consent|permission)',
        '(?:consent|permission)\\s+(?:\\p{L}+\\s+){0,4}(?:withdrawn|revoked)', 'age\\s+for\\s+(?:providing\\s+|giving\\s+)?consent',
      ],
    },
    subjectBound: ['(?:legally|lawfully)\\s+(?:required|obliged|obligated|compelled)', 'required\\s+(?:to\\s+do\\s+so\\s+)?by\\s+(?:applicable\\s+)?law'],
    fillerWords: ['to', 'do', 'so', 'is', 'are', 'be', 'been', 'being', 'may', 'might', 'can', 'could', 'would', 'it', 'this', 'that', 'as', 'otherwise', 'also', 'in', 'some', 'certain', 'cases'],
    firstPerson: ['we', 'us', 'our'],
    thirdParties: ['third\\s+part(?:y|ies)', 'partners?', 'they', 'he', 'she'],
    clauseOpeners: ['if', 'where', 'when', 'unless', 'insofar\\s+as', 'because', 'that', 'or'],
    fieldLabel: ['(?:legal|lawful)\\s+(?:basis|bases|grounds?)'],
    columnHeader: ['(?:legal|lawful)\\s+(?:basis|bases|grounds?)', 'basis(?:\\s+for\\s+processing)?'],
  },
};

export const INTEREST_LEXICON: Record<SupportedLanguage, InterestLexicon> = {
  nl: {
    fieldLabel: ['gerechtvaardigd(?:e)?\\s+belang(?:en)?', 'legitiem(?:e)?\\s+belang(?:en)?'],
    leads: ['om', 'bij', 'in', 'voor', 'namelijk', 'te\\s+weten', ',\\s*(?:namelijk|te\\s+weten|zoals|bijvoorbeeld)\\s*,?', '(?:is|bestaat\\s+uit|ligt\\s+in)', ':', '-', '–', '—'],
    skips: ['(?:of|en)\\s+(?:\\p{L}+\\s+){0,2}\\p{L}+'],
    exampleOpeners: [
      '(?:dit|dat)\\s+(?:kan|kunnen|is|zijn)\\s+(?:\\p{L}+\\s+){0,2}(?:het\\s+geval\\s+(?:zijn\\s+)?)?(?:bij|wanneer|als|voor)', '(?:bijvoorbeeld|zoals)\\s*:?',
    ],
    exampleCues: ['bijvoorbeeld', 'bijv\\.', 'b\\.v\\.', 'zoals', 'o\\.a\\.'],
    statementStarts: ['wij', 'we', 'ons', 'onze', 'u', 'je', 'jij', 'de', 'het', 'dit', 'deze', 'indien', 'als', 'in'],
  },
  en: {
    fieldLabel: ['legitimate\\s+interests?'],
    leads: [
      'in', 'to', 'of', 'for(?!\\s+(?:example|instance))', 'namely', ',\\s*(?:for\\s+example|for\\s+instance|such\\s+as|e\\.g\\.|namely|including|i\\.e\\.)\\s*,?',
      '(?:is|are|lies|consists?)\\s+(?:in|to|of)', ':', '-', '–', '—',
    ],
    skips: ['(?:or|and)\\s+(?:\\p{L}+\\s+){0,2}\\p{L}+'],
    exampleOpeners: ['(?:for\\s+example|for\\s+instance|e\\.g\\.|such\\s+as)\\s*,?', 'this\\s+(?:may|can|could)\\s+(?:\\p{L}+\\s+){0,2}(?:the\\s+case\\s+)?(?:when|if|for|in)'],
    exampleCues: ['e\\.g\\.', 'for\\s+example', 'for\\s+instance', 'such\\s+as', 'including'],
    statementStarts: ['we', 'our', 'us', 'you', 'the', 'this', 'these', 'when', 'if', 'where'],
  },
};

/**
 * Article 6(1) citations, language-independent (also read in German and French policies). Group 1 is the letter a-f.
 * `full` forms name paragraph 1 and are GDPR citations by themselves; `short` forms ("art. 6-e", "artikel 6 sub f")
 * count only when a GDPR name follows closely (`GDPR_NAMES`), so "artikel 6d van de Wet publieke gezondheid" does not.
 */
export const ARTICLE_6_CITATIONS = {
  full: [
    'art(?:icle|ikel|\\.)?\\s*6\\s*\\(\\s*1\\s*\\)\\s*\\(?\\s*([a-f])(?![\\p{L}\\p{N}])\\s*\\)?',
    'art(?:ikel|\\.)?\\s*6[\\s,]*(?:lid|\\()\\s*1\\)?[\\s,]*(?:sub|onder|onderdeel|letter|\\()?\\s*([a-f])(?![\\p{L}\\p{N}])\\)?',
    'art\\.?\\s*6\\s*(?:abs\\.?|absatz|\\()\\s*1\\)?\\s*(?:(?:s\\.|satz|uabs\\.|unterabs\\.?)\\s*1\\s*)?(?:lit\\.?|buchst(?:abe|\\.)?|\\()?\\s*([a-f])(?![\\p{L}\\p{N}])\\)?',
    'art(?:icle|\\.)?\\s*6\\s*(?:\\.|,\\s*(?:paragraphe|§)\\s*|\\()\\s*1\\)?\\s*(?:\\.|,\\s*(?:point|sous)\\s*|\\()?\\s*([a-f])(?![\\p{L}\\p{N}])\\)?',
    'art\\.?\\s*6\\s*i\\s*(?:lit\\.?\\s*)?([a-f])(?![\\p{L}\\p{N}])',
  ],
  short: ['art(?:icle|ikel|\\.)?\\s*6\\s*(?:-|\\s|sub\\s+|onder\\s+|lit\\.?\\s*)?\\(?([a-f])(?![\\p{L}\\p{N}])\\)?'],
  gdprNames: ['avg', 'gdpr', 'dsgvo', 'rgpd', 'ds-?gvo', 'uavg', '2016/679', 'règlement\\s+(?:général|\\(ue\\)|européen)', 'verordening\\s+(?:\\(eu\\)|gegevensbescherming)', 'general\\s+data\\s+protection\\s+regulation', 'datenschutz-?grundverordnung'],
  /** How many characters after a short citation a GDPR name may stand. */
  reach: 80,
  letters: { a: 'consent', b: 'contract', c: 'legal_obligation', d: 'vital_interests', e: 'public_task', f: 'legitimate_interests' } as Record<string, LegalBasisId>,
};

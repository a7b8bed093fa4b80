import type { PurposeLexicon, LegalBasisLexicon, InterestLexicon } from '../../lexicon/purposes.js';

export const purposes: PurposeLexicon = {
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
      // Care: "in het kader van de zorgverlening", "ter uitvoering van de behandelovereenkomst", "om u zorg te verlenen".
      'zorgverlening', '(?:goede\\s+)?zorg\\s+(?:aan\\s+(?:u|je)\\s+)?te\\s+(?:kunnen\\s+)?(?:verlenen|bieden|leveren)', 'verlenen\\s+van\\s+(?:goede\\s+)?zorg', 'behandelovereenkomst',
      '(?:pakket|pakketje|zending)\\s+(?:\\p{L}+\\s+){0,3}(?:te\\s+)?(?:bezorgen|versturen|verzenden)',
      // "teneinde u van dienst te kunnen zijn", "in het kader van de hulpverlening", "voor de begeleiding van uw kind".
      '(?:u|je|jou)\\s+(?:goed\\s+|beter\\s+)?van\\s+dienst\\s+te\\s+(?:kunnen\\s+)?zijn', 'hulpverlening', 'begeleiding',
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
    events: ['(?:organiseren|organisatie)\\s+van\\s+(?:\\p{L}+\\s+)?(?:activiteiten|wedstrijden|trainingen|cursussen|reizen|kampen)', 'evenement(?:en)?', 'events?', 'bijeenkomst(?:en)?', 'uitnodiging(?:en)?', 'uitgenodigd', 'excursie(?:s)?', 'reünie(?:s)?'],
    support: ['klantenservice', 'klantendienst', '(?:technische\\s+)?support', 'ondersteuning', 'helpdesk', 'klachten(?:afhandeling)?', 'afhandelen\\s+van\\s+klachten'],
    personalisation: ['personali\\p{L}+', 'gepersonaliseerd\\p{L}*', '(?:af\\s+te\\s+)?stemmen\\s+op\\s+(?:uw|je|jouw)\\s+(?:voorkeuren|interesses)', 'aanbevelingen'],
    advertising: ['advertentie\\p{L}*', 'adverteren', 'remarketing', 'retargeting', 'gerichte\\s+(?:reclame|advertenties)'],
    administration: ['administrati(?:e|ef|eve)\\p{L}*', 'boekhoud(?:ing|kundige)\\p{L}*', 'archivering'],
    research: ['(?:wetenschappelijk|markt|klanttevredenheids|gebruikers)onderzoek(?:en)?', 'wetenschappelijk\\s+onderzoek', 'onderzoek\\s+(?:te\\s+)?(?:doen|uitvoeren|verrichten)', 'enquêtes?'],
  },
  markers: ['om', 'voor', 'ten\\s+behoeve\\s+van', 't\\.b\\.v\\.', 'teneinde', 'zodat', 'met\\s+het\\s+oog\\s+op', 'ter', 'met\\s+als\\s+doel', 'met\\s+het\\s+doel', 'in\\s+het\\s+kader\\s+van'],
  strongMarkers: ['om', 'teneinde', 'ten\\s+behoeve\\s+van', 'zodat', 'met\\s+als\\s+doel', 'met\\s+het\\s+doel'],
  purposeWords: ['doel(?:en|einden)', '\\p{L}+doel(?:en|einden)'],
  clauseEnds: ['en\\s+om', 'of\\s+om', 'en\\s+voor', 'dan\\s+wel', 'maar', 'indien', 'tenzij', 'wanneer', 'zodat', 'als\\s+(?:u|je|wij|we)'],
  statementVerbs: [
    'verwerk(?:en|t|te|ten)', 'verwerkt', 'gebruik(?:en|t|te|ten)', 'gebruikt', 'verzamel(?:en|t|de|den)', 'verzameld', 'verstuur(?:t|de|den)?', 'versturen', 'verzend(?:t|en)?',
    'sturen', 'stuurt', 'inzetten', 'benaderen', 'bewaren', 'analyse(?:ren|ert)', 'nodig\\s+(?:hebben|heeft|is|zijn)', 'maakt\\s+gebruik', 'maken\\s+gebruik', 'gebruik\\s+(?:te\\s+)?maken', 'dien(?:en|t)',
  ],
  dataWords: ['\\p{L}*gegevens', 'data', '(?:persoonlijke\\s+)?informatie', 'e-?mailadres(?:sen)?', '(?:uw|je|jouw)\\s+(?:naam|adres|telefoonnummer|geboortedatum)'],
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
  // "het bijhouden van de ledenlijst", "het innen van de contributie", "verzenden van de nieuwsbrief", "om u te bellen".
  activityItems: ['(?:het\\s+)?\\p{L}{3,}en\\s+van(?![\\p{L}])', 'het\\s+(?:\\S+\\s+){0,4}?\\p{L}{3,}en(?:\\s|$)', 'om\\s+\\p{L}+'],
  metaItems: ['(?:de|deze)\\s+(?:hierboven\\s+)?(?:genoemde|beschreven|vermelde)\\s+doel(?:en|einden)', 'andere\\s+doel(?:en|einden)\\s+dan'],
  fieldLabel: ['(?:verwerkings)?doel(?:en|einden)?'],
  columnHeader: ['(?:verwerkings)?doel(?:en|einden|stelling)?', 'waarvoor', 'waarom'],
};

export const legalBases: LegalBasisLexicon = {
  phrases: {
    consent: [
      'toestemming', 'opt-?in',
      'door\\s+(?:het\\s+)?(?:gebruik(?:\\s+te\\s+maken)?|te\\s+gebruiken|gebruiken|bezoeken|bezoek)\\s+.{0,80}?(?:gaat|ga|stemt|stem|accepteert|accepteer|verklaart|verklaar)\\s+(?:u|je|jij)',
      '(?:gaat|ga)\\s+(?:u|je|jij)\\s+(?:\\p{L}+\\s+){0,2}akkoord',
      // "alleen als u daarvoor akkoord heeft gegeven", "nadat je je akkoord hebt gegeven".
      // The subordinate order: "Bij een inschrijving gaan we ervan uit dat je akkoord gaat met het reglement en deze
      // privacyverklaring" (not "als je niet akkoord gaat").
      '(?:u|je|jij)\\s+(?:(?!niet)\\p{L}+\\s+){0,2}?akkoord\\s+(?:gaat|ga)\\s+met(?![\\p{L}])',
      '(?:u|je|jij)\\s+(?:\\p{L}+\\s+){0,2}akkoord\\s+(?:heeft|hebt|heb)\\s+gegeven', '(?:uw|je|jouw)\\s+akkoord\\s+(?:heeft|hebt|geeft|geven|gegeven)',
    ],
    contract: [
      '(?:uitvoer(?:ing|en)|nakom(?:ing|en)|totstandkoming|aangaan|sluiten|afsluiten)\\s+van\\s+(?:de|een|het|onze|uw|je|jouw|deze)?\\s*(?!verwerk|bewerk)\\p{L}*overeenkomst(?:en)?',
      '(?!verwerk|bewerk)\\p{L}*overeenkomst\\s+(?:met\\s+(?:u|je|jou)\\s+)?(?:uit\\s+te\\s+voeren|na\\s+te\\s+komen|te\\s+(?:kunnen\\s+)?sluiten)',
      'uitvoering\\s+van\\s+(?:de|het|een|ons|onze)\\s+contract', 'precontractuele\\s+maatregelen', 'contractuele\\s+(?:verplichting(?:en)?|noodzaak)',
      // "op basis van de lidmaatschapsovereenkomst", "krachtens de behandelovereenkomst".
      '(?:op\\s+(?:basis|grond)\\s+van|krachtens|ingevolge)\\s+(?:de|een|het|onze|uw|je|jouw|deze)\\s+(?!verwerk|bewerk)\\p{L}*overeenkomst(?:en)?',
      // Telegram style in a field: "Grondslag: Uitvoering overeenkomst".
      '(?:uitvoering|nakoming)\\s+(?!verwerk|bewerk)\\p{L}*overeenkomst(?:en)?',
      // "in het kader van de behandelovereenkomst", "ter uitvoering van de opdracht die u ons hebt gegeven".
      'in\\s+het\\s+kader\\s+van\\s+(?:de|een|het|onze|uw|je|jouw|deze)\\s+(?!verwerk|bewerk)\\p{L}*overeenkomst(?:en)?',
      '(?:ter\\s+)?uitvoering\\s+van\\s+(?:de|een|uw|je|jouw|onze)\\s+(?:\\p{L}+\\s+)?opdracht(?:en)?(?![\\p{L}])',
      // The customer relation as the reason: "Wij verwerken uw gegevens omdat u klant bij ons bent", "aangezien je lid bent
      // van de vereniging" (not "als je lid wordt", a moment, nor "omdat u geen klant bent").
      '(?:omdat|aangezien|doordat)\\s+(?:u|je|jij)\\s+(?:(?!geen|niet)\\p{L}+\\s+){0,2}?(?:klant|lid|abonnee|cli[eë]nt|opdrachtgever)\\s+(?:\\S+\\s+){0,4}?(?:bent|is|was|bent\\s+geworden)(?![\\p{L}])',
      // The basis named as the agreement itself: "De grondslag is de overeenkomst die u met ons sluit".
      'grondslag\\s+(?:\\S+\\s+){0,4}?(?:is|zijn|vormt|vormen)\\s+(?:de|het|een|onze|uw|je)\\s+(?!verwerk|bewerk)\\p{L}*(?:overeenkomst|contract)(?:en)?(?![\\p{L}])',
    ],
    legal_obligation: [
      'wettelijke\\s+(?:\\p{L}+\\s+)?(?:verplichting(?:en)?|plicht(?:en)?|bewaarplicht)', 'wettelijke\\s+bewaartermijn(?:en)?', 'fiscale\\s+bewaarplicht',
      'wettelijk\\s+(?:\\p{L}+\\s+){0,2}verplicht', 'wettelijk\\s+vereist',
      '(?:om\\s+)?te\\s+voldoen\\s+aan\\s+(?:de\\s+|onze\\s+)?(?:wet|wetgeving|wet-\\s+en\\s+regelgeving)', 'gerechtelijk\\s+bevel', 'rechterlijk\\s+bevel',
      // A named statute that obliges: "Op grond van de Wet op de geneeskundige behandelingsovereenkomst (WGBO) zijn wij verplicht".
      '(?:op\\s+grond\\s+van|volgens|krachtens|ingevolge)\\s+(?:de\\s+)?(?:wet\\p{L}*|wgbo|\\p{L}+wet)(?![\\p{L}])(?:\\s+\\S+){0,12}?\\s+(?:zijn|is)\\s+(?:wij|we|de\\s+\\p{L}+)\\s+(?:\\p{L}+\\s+)?verplicht',
      'wgbo',
      // The subject first: "Wij zijn op grond van de Wet op de beroepen in de individuele gezondheidszorg verplicht …".
      '(?:wij|we)\\s+zijn\\s+(?:\\p{L}+\\s+){0,2}?(?:op\\s+grond\\s+van|volgens|krachtens|ingevolge)\\s+(?:de\\s+)?(?:wet\\p{L}*|wgbo|\\p{L}+wet)(?![\\p{L}])(?:\\s+(?!niet(?![\\p{L}]))\\S+){0,12}?\\s+verplicht',
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
  conditions: ['als', 'indien', 'wanneer', 'waar', 'voor\\s+zover', 'tenzij'],
  clauseOpeners: ['indien', 'als', 'wanneer', 'tenzij', 'voor\\s+zover', 'omdat', 'dat', 'waarbij'],
  fieldLabel: ['(?:wettelijke\\s+)?(?:grondslag(?:en)?|rechtsgrond(?:en|slag|slagen)?)'],
  columnHeader: ['(?:wettelijke\\s+|verwerkings)?(?:grondslag(?:en)?|rechtsgrond(?:en|slag|slagen)?)'],
};

export const interests: InterestLexicon = {
  fieldLabel: ['gerechtvaardigd(?:e)?\\s+belang(?:en)?', 'legitiem(?:e)?\\s+belang(?:en)?'],
  leads: ['om', 'bij', 'in', 'voor', 'namelijk', 'te\\s+weten', ',\\s*(?:namelijk|te\\s+weten|zoals|bijvoorbeeld)\\s*,?', '(?:is|bestaat\\s+uit|ligt\\s+in)', ':', '-', '–', '—'],
  purposeLeads: ['om', 'voor'],
  // Whose interest it is, between the basis and the interest: "Het gerechtvaardigde belang van de vereniging is het …".
  skips: ['(?:of|en)\\s+(?:\\p{L}+\\s+){0,2}\\p{L}+', 'van\\s+(?:de|het|onze|ons|deze)\\s+(?:\\p{L}+\\s+)?\\p{L}+'],
  exampleOpeners: [
    '(?:dit|dat)\\s+(?:kan|kunnen|is|zijn)\\s+(?:\\p{L}+\\s+){0,2}(?:het\\s+geval\\s+(?:zijn\\s+)?)?(?:bij|wanneer|als|voor)', '(?:bijvoorbeeld|zoals)\\s*:?',
  ],
  exampleCues: ['bijvoorbeeld', 'bijv\\.', 'b\\.v\\.', 'zoals', 'o\\.a\\.'],
  statementStarts: ['wij', 'we', 'ons', 'onze', 'u', 'je', 'jij', 'de', 'het', 'dit', 'deze', 'indien', 'als', 'in'],
  backReferences: ['dit', 'dat', 'deze\\s+verwerking', 'hierbij', 'daarbij'],
};

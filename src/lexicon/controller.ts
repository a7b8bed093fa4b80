import type { SupportedLanguage } from '../model/types.js';

/**
 * Who is responsible (controller, representative, DPO), how to reach them, and when the policy was last changed.
 *
 * Phrase lists are regex SOURCE strings, compiled case-insensitively and word-anchored by `wordPattern` unless the
 * field says otherwise. Legal forms, DPO titles and contact-detail formats are the same in every language and live
 * in the shared constants below; the cue phrases around them are per language.
 */

// ------------------------------------------------------------------------------------------------ shared, any language

/**
 * Legal forms written after the name ("Epsys B.V.", "GitHub, Inc.", "fortrabbit GmbH"). Matched CASE-SENSITIVELY:
 * "bv" or "ag" in lower case are ordinary words; the lower-case Belgian forms are listed as such.
 */
export const LEGAL_FORM_SUFFIXES: readonly string[] = [
  // Netherlands, Belgium
  'B\\.\\s?V\\.', 'BV', 'N\\.\\s?V\\.', 'NV', 'V\\.O\\.F\\.', 'VOF', 'C\\.V\\.', 'B\\.V\\.B\\.A\\.', 'BVBA', 'bvba', 'VZW', 'vzw', 'v\\.z\\.w\\.',
  'BV/SRL', 'NV/SA', 'CommV', 'CVBA', 'cvba', 'U\\.A\\.', 'u\\.a\\.', 'Eenmanszaak',
  // United Kingdom, Ireland, United States
  'Ltd\\.?', 'Limited', 'LLP', 'LLC', 'L\\.L\\.C\\.', 'Inc\\.?', 'Incorporated', 'Corp\\.?', 'Corporation', 'plc', 'PLC', 'CIO', 'CIC', 'DAC', 'Co\\.', 'LP',
  // Germany, Austria, Switzerland
  'GmbH\\s?&\\s?Co\\.\\s?KG', 'GmbH', 'gGmbH', 'AG', 'UG(?:\\s?\\(haftungsbeschränkt\\))?', 'KG', 'OHG', 'e\\.\\s?K\\.', 'e\\.\\s?V\\.', 'KGaA',
  // France, Luxembourg, Southern and Northern Europe
  'SAS', 'SASU', 'SARL', 'S\\.A\\.R\\.L\\.', 'EURL', 'S\\.A\\.', 'SA', 'SE', 'S\\.p\\.A\\.', 'S\\.r\\.l\\.', 'S\\.L\\.', 'ApS', 'A/S', 'AB', 'AS', 'ASA', 'Oy', 'Oyj', 'sp\\. z o\\.o\\.',
];

/** Legal forms written before the name ("Stichting HackNature", Belgian "de vzw Het Anker"). Case-sensitive. */
export const LEGAL_FORM_PREFIXES: readonly string[] = [
  'Stichting', 'Vereniging', 'vzw', 'VZW', 'v\\.z\\.w\\.', 'bvba', 'BVBA', 'asbl', 'ASBL', 'NV', 'CommV', 'Coöperatie', 'Coöperatieve\\s+Vereniging', 'Maatschap', 'Vennootschap\\s+onder\\s+firma',
  'Verein', 'Stiftung', 'Fondation', 'Association', 'Fondazione',
];

/** Lower-case words that may stand inside a name ("Bank der Sparkassen", "Alphen aan den Rijn", "Friends of the Earth"). */
export const NAME_PARTICLES: readonly string[] = [
  'van', 'der', 'den', 'de', 'het', 'ter', 'ten', 'te', 'aan', 'op', 'voor', 'en', 'von', 'und', 'zu', 'für', 'du', 'des', 'la', 'le', 'les', 'et', 'of', 'the', 'and', 'for', '&',
];

/** Lower-case words inside a person's name ("Shawn van der Veer", "Ursula von der Leyen"). */
export const PERSON_PARTICLES: readonly string[] = ['van', 'der', 'den', 'de', 'ter', 'ten', 'te', "van't", 'von', 'zu', 'du', 'des', 'la', 'le', 'da', 'di', 'dos', 'del'];

/** Title words of a data protection officer, in any of the four languages (case-insensitive). */
export const DPO_TITLES: readonly string[] = [
  'functionaris\\s+(?:voor\\s+(?:de\\s+)?)?gegevensbescherming',
  'data\\s+protection\\s+officer',
  '(?:betriebliche[rn]?\\s+|behördliche[rn]?\\s+|externe[rn]?\\s+)?datenschutzbeauftragte[rn]?',
  'd[ée]l[ée]gu[ée]e?\\s+(?:[àa]\\s+la\\s+)?protection\\s+des\\s+donn[ée]es',
];

/** Abbreviated DPO titles, matched case-sensitively ("FG" and "DPO"; "fg" is no title). */
export const DPO_ABBREVIATIONS: readonly string[] = ['FG', 'DPO', 'DPD', 'bDSB'];

/**
 * Contact-detail formats. E-mail addresses may be written obfuscated ("security[at]activist.org",
 * "info (at) x (dot) nl"); `at` and `dot` are the words allowed between brackets.
 */
export const EMAIL_FORMAT = {
  local: "[\\p{L}\\p{N}._%+~'-]+(?:/[\\p{L}\\p{N}._%+~-]+)*",
  domain: '(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}',
  at: ['at', '@', 'apenstaartje', 'arobase', 'ät'],
  dot: ['dot', 'punt', 'point', 'punkt', '\\.'],
};

/** Words in a name too common to tie two names together ("Data Protection Commission" and "Data B.V."). */
export const GENERIC_NAME_WORDS: readonly string[] = [
  'data', 'privacy', 'protection', 'services', 'service', 'group', 'groep', 'holding', 'holdings', 'international', 'nederland', 'netherlands',
  'europe', 'europa', 'solutions', 'systems', 'software', 'media', 'digital', 'online', 'company', 'bank', 'the', 'and', 'en', 'van', 'of',
  'global', 'technologies', 'consulting', 'management', 'partners', 'ireland', 'limited', 'deutschland', 'france', 'belgium', 'belgië',
];

/**
 * Capitalised words that policies use as defined terms ("the Services", "this Privacy Policy") and that are never the
 * site's name, whatever their count.
 */
export const DEFINED_TERMS: readonly string[] = [
  'privacy', 'policy', 'policies', 'statement', 'notice', 'data', 'personal', 'information', 'services?', 'websites?', 'sites?', 'terms',
  'cookies?', 'users?', 'account', 'accounts', 'internet', 'european', 'union', 'regulation', 'act', 'law', 'section', 'article', 'company',
  'controller', 'processor', 'customers?', 'clients?', 'platform', 'content', 'app', 'application', 'agreement', 'conditions', 'gdpr',
  'avg', 'general', 'protection', 'member', 'members', 'visitors?', 'subscribers?', 'partners?', 'affiliates?', 'products?',
];

/** Words just before a number that make it something other than a phone number (a bank account, a register). */
export const NOT_PHONE_CUES: readonly string[] = [
  'iban', 'rekening(?:nummer)?', 'account', 'kvk(?:-?nummer)?', 'btw(?:-?nummer)?', 'vat', 'kbo', 'ondernemingsnummer', 'rsin', 'charity', 'company\\s+(?:number|no)',
  'registration', 'handelsregister', 'bsn', 'bic', 'swift', 'ust-?id(?:nr)?', 'siren', 'siret', 'hrb', 'postbus', 'p\\.?o\\.?\\s+box',
];

/**
 * Words that show a bare abbreviation ("GBA", "CBP", "DPC") means a supervisory authority: elsewhere "GBA" is the
 * old Dutch population register and "CBP" US customs. Any language.
 */
export const AUTHORITY_CONTEXT: readonly string[] = [
  'klacht(?:en)?', 'toezicht\\p{L}*', 'autoriteit', 'complain\\p{L}*', 'supervis\\p{L}*', 'authorit\\p{L}*', 'regulator',
  'beschwerde\\p{L}*', 'aufsicht\\p{L}*', 'plainte', 'r[ée]clamation', 'contr[ôo]le', 'autorit[ée]',
];

/**
 * Words of a complaint, any language: the authority named where the policy says where to complain ("een klacht
 * indienen bij de Gegevensbeschermingsautoriteit") is the one it names, over one cited for something else (cookie
 * advice on "de website van de Privacycommissie").
 */
export const COMPLAINT_CUES: readonly string[] = [
  'klacht(?:en)?', 'klaagt', 'klagen', 'beklag', 'complain\\p{L}*', 'lodge', 'beschwerde\\p{L}*', 'plaintes?', 'r[ée]clamations?',
];

/** Second-level labels under which companies register ("acme.co.uk", "x.com.au"): the name is the label before them. */
export const SECOND_LEVEL_DOMAINS: readonly string[] = ['co', 'com', 'org', 'net', 'ac', 'gov', 'gouv', 'ltd', 'plc', 'me', 'edu', 'or', 'ne', 'asso'];

/** Domains used only as examples in policies ("naam@voorbeeld.nl"): never a contact address. */
export const EXAMPLE_DOMAINS: readonly string[] = ['example', 'voorbeeld', 'domain', 'domein', 'beispiel', 'exemple', 'email', 'test'];

/**
 * Postcode + place lines, one source per country style. Named groups are not used because the caller joins them.
 * Dutch "2594AZ Den Haag" / "1411 DC Naarden"; Belgian, German, French "1745 Opwijk", "10999 Berlin";
 * UK "London, EC2A 4NE"; US "Sunnyvale, CA 94089".
 */
const PLACE_WORD = "\\p{Lu}[\\p{L}'’-]*(?:\\.\\p{L}[\\p{L}'’-]*)*";
const PLACE = `(?:'s-)?${PLACE_WORD}(?: (?:(?:aan|den|de|am|an|der|sur|sous|le|la|les|upon|on|bei|im) ){0,2}${PLACE_WORD}){0,3}`;
export const POSTCODE_PLACE: readonly string[] = [
  `[1-9]\\d{3} ?[A-Z]{2}(?![\\p{L}\\p{N}]) +${PLACE}`,
  `(?:[A-Z]{1,2}- ?)?[1-9]\\d{3,4} +${PLACE}`,
  `${PLACE},? +[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}`,
  `${PLACE}, +[A-Z]{2} +\\d{5}(?:-\\d{4})?`,
];

/** A street and number ("Bezuidenhoutseweg 98", "Jol 11-41", "701 First Avenue", "Glogauer Str. 24"), or a PO box. */
export const STREET: readonly string[] = [
  "\\p{Lu}[\\p{L}.'’-]*(?: (?:\\p{Lu}[\\p{L}.'’-]*|van|de|der|den|het|la|le|du|des|am|an|of|the|aan|op|str\\.|st\\.))* \\d{1,5}(?: ?[-–] ?\\d{1,5})?(?: ?[A-Za-z](?![\\p{L}]))?",
  "(?:\\d{1,3}(?:st|nd|rd|th) Floor,? )?\\d{1,5}(?:[-–]\\d{1,5})?[A-Za-z]? \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}?[\\p{L}.'’-]+){0,5}",
];

/** Phone numbers as written: an international or trunk prefix, or a bracketed area code. */
export const PHONE_FORMAT = '(?:\\+|00)\\d{1,3}[\\s.-]?(?:\\(0\\)\\s?)?\\d[\\d\\s.-]{5,}\\d|\\(\\d{2,5}\\)\\s?\\d[\\d\\s.-]{4,}\\d|0\\d[\\d\\s.-]{6,}\\d';

/** Company register numbers, each with the register's name; group 1 is the number. */
export const REGISTRATIONS: readonly string[] = [
  '(?:kvk|k\\.v\\.k\\.|kamer\\s+van\\s+koophandel|handelsregister)(?:[\\s-]*(?:nummer|nr\\.?|no\\.?|number))?[^\\d\\n]{0,40}?(\\d{8})',
  '(?:kbo|ondernemingsnummer|bce|num[ée]ro\\s+d[\'’]entreprise|enterprise\\s+number|btw|tva|vat)(?:[\\s-]*(?:nummer|nr\\.?|no\\.?|number))?[\\s:.-]*((?:BE)?\\s?[01]\\d{3}[.\\s]?\\d{3}[.\\s]?\\d{3})',
  '(?:company|companies\\s+house|registered)\\s+(?:registration\\s+)?(?:number|no\\.?)[\\s:.]*([A-Z]{2}\\d{6}|\\d{6,8})',
  '(?:charity|registered\\s+charity)\\s+(?:number|no\\.?)[\\s:.]*(\\d{6,8})',
  '(HR[AB]\\s?\\d{3,6}(?:\\s?[A-Z]{1,2})?)',
  '(?:RCS|R\\.C\\.S\\.)\\s+\\p{L}+(?:[\\s-]\\p{L}+)?\\s+([A-Z]?\\s?\\d{3}\\s?\\d{3}\\s?\\d{3})',
  '(?:SIREN|SIRET)[\\s:.n°]*(\\d{3}\\s?\\d{3}\\s?\\d{3}(?:\\s?\\d{5})?)',
];

// ------------------------------------------------------------------------------------------------ per language

export interface ControllerLexicon {
  /**
   * Cues after which the controller is named: "de verwerkingsverantwoordelijke is X", "this website is operated by X",
   * "dit is de privacyverklaring van X".
   */
  namedAfter: string[];
  /** Cues before which the controller is named: "X (…) is verantwoordelijk voor de verwerking", "X, as data controller". */
  namedBefore: string[];
  /** Verbs that end the subject of a sentence ("X, gevestigd te Y, is …"): the controller name is in the subject. */
  subjectVerbs: string[];
  /** A label whose value (after a colon, or on the next line) is the controller: "Verantwoordelijke:", "Data controller:". */
  controllerLabels: string[];
  /** Labels of a name field in a contact list ("Naam van de organisatie:", "Company name:"). */
  nameLabels: string[];
  /** Clauses that describe an entity between its name and what it does (", gevestigd aan …,", ", registered in …"). */
  detailClauses: string[];
  /** "X h.o.d.n. Y": Y is a trade name of the entity X. */
  tradingAs: string[];
  /** "Y is een handelsnaam van X", "Y is a trading name of X": Y is a trade name of the entity X. */
  tradeNameOf: string[];
  /** "Y, geëxploiteerd door X": the site Y (a domain, or the name in the title) is run by the entity X. */
  operatedBy: string[];
  /** "Wij zijn X B.V.", "We are X Ltd": names the controller only when a legal entity follows. */
  weAre: string[];
  /** "(hierna: Y)", "(hereinafter referred to as “Y”)": Y is the short name used for the entity before it. */
  hereafter: string[];
  /** First-person words a definition may add ("“Chayn”, “we”, “us”"): they show the entity is the controller. */
  firstPerson: string[];
  /** Words that make up the title of a privacy policy, stripped to find the site name in it. */
  policyTitles: string[];
  /** Words joining the policy title and the site's name ("Privacyverklaring van X", "Privacy Policy for X"). */
  titleLinks: string[];
  /** Leading words stripped from a name ("De Minister van …", "The Company"). */
  articles: string[];
  /** Generic nouns a definition may use instead of a name ("de Vereniging", "the Company"): never an alias. */
  genericNames: string[];
  /** Public bodies: a head word, then "van"/"of" and the capitalised name of the portfolio or place. */
  publicBodies: string[];
  /** The word joining a public body's head and its portfolio ("Minister van …", "Ministry of …"). */
  publicBodyLink: string[];
  /** Words joining the parts of a portfolio ("Volksgezondheid, Welzijn en Sport"). */
  conjunctions: string[];
  /** Cues before a street address without a postcode ("gevestigd aan soeteliefskamp 96", "located at …"). */
  addressCues: string[];
  /** "© 2020 GitHub, Inc.": the owner of the site. */
  copyright: string[];
  /** Labels of a phone number ("Telefoon:", "Tel.", "Phone:"). */
  phoneLabels: string[];
  /** Art. 27 representative in the EU. */
  representative: string[];
  /** A DPO title used for a service the organisation sells ("diensten als FG", "FG-diensten", "DPO as a service"). */
  dpoServiceBefore: string[];
  dpoServiceAfter: string[];
  /**
   * An address given for other matters than the one just named ("For all other privacy questions, email …", "Voor
   * alle andere vragen kunt u mailen naar …"): after a DPO title, it is not the DPO's.
   */
  otherMatters: string[];
  /** Month names, January first; each entry lists the accepted spellings. */
  months: string[][];
  /** Cues of the date the policy was last changed. */
  updatedCues: string[];
  /** Generic references to a supervisory authority, which name none ("de toezichthouder", "your local supervisory authority"). */
  genericAuthority: string[];
}

export const CONTROLLER_LEXICON: Record<SupportedLanguage, ControllerLexicon> = {
  nl: {
    namedAfter: [
      '(?:de\\s+)?(?:verwerkings)?verantwoordelijke\\s+(?:voor\\s+(?:de\\s+)?(?:verwerking|gegevensverwerking)(?:\\s+van\\s+(?:uw\\s+|je\\s+|jouw\\s+)?persoonsgegevens)?\\s+)?(?:is|zijn)',
      '(?:deze\\s+)?(?:website|site|webwinkel|app|applicatie|dienst)\\s+(?:wordt|is)\\s+(?:beheerd|geëxploiteerd|aangeboden|uitgegeven)\\s+door',
      '(?:dit|hier)\\s+is\\s+(?:de|het)\\s+(?:privacyverklaring|privacybeleid|privacy\\s*statement|privacyreglement)\\s+van',
      '(?:deze|dit)\\s+(?:privacyverklaring|privacybeleid|privacy\\s*statement|privacyreglement)\\s+(?:is\\s+)?van',
    ],
    namedBefore: [
      '(?:is|zijn)\\s+(?:\\S+\\s+){0,12}?(?:gezamenlijk\\s+)?verantwoordelijk(?:e)?\\s+voor\\s+(?:de\\s+)?(?:verwerking|gegevensverwerking)',
      '(?:is|zijn)\\s+(?:\\S+\\s+){0,12}?(?:de\\s+)?(?:gezamenlijke?\\s+)?verwerkingsverantwoordelijken?',
      '(?:is|zijn)\\s+(?:\\S+\\s+){0,12}?(?:gezamenlijk\\s+)?verwerkingsverantwoordelijk',
      '(?:treedt|treden|fungeert|fungeren)\\s+op\\s+als\\s+(?:de\\s+)?(?:gezamenlijke?\\s+)?verwerkingsverantwoordelijken?',
      ',\\s+als\\s+(?:de\\s+)?verwerkingsverantwoordelijke\\s*,',
    ],
    subjectVerbs: ['is', 'zijn', 'treedt', 'treden', 'fungeert', 'fungeren'],
    controllerLabels: [
      '(?:verwerkings)?verantwoordelijke(?:\\s+voor\\s+(?:de\\s+)?(?:gegevens)?verwerking)?',
      'identiteit\\s+(?:van\\s+de\\s+)?(?:verwerkings)?verantwoordelijke',
    ],
    nameLabels: ['naam(?:\\s+(?:van\\s+de\\s+)?(?:organisatie|onderneming|bedrijf|vereniging|stichting))?', 'bedrijfsnaam', 'statutaire\\s+naam', 'handelsnaam'],
    detailClauses: ['gevestigd', 'kantoorhoudende', 'kantoor\\s+houdende', 'statutair', 'ingeschreven', 'geregistreerd', 'met\\s+(?:maatschappelijke\\s+)?zetel', 'met\\s+kvk', 'kvk'],
    tradingAs: ['h\\.?\\s?o\\.?\\s?d\\.?\\s?n\\.?', 'handelend\\s+onder\\s+de\\s+naam'],
    tradeNameOf: ['(?:is\\s+)?een\\s+handelsnaam\\s+van', '(?:is\\s+)?een\\s+(?:merk|label)\\s+van'],
    operatedBy: [
      '(?:wordt\\s+)?geëxploiteerd\\s+door', '(?:wordt\\s+)?beheerd\\s+door', '(?:is\\s+)?(?:een\\s+)?(?:website|initiatief|dienst)\\s+van',
      // "OBS De Vlinderboom valt onder het bestuur van Stichting …": a school, a club or a shop run by a legal entity.
      '(?:valt|vallen)\\s+onder\\s+(?:het\\s+bestuur|de\\s+verantwoordelijkheid|het\\s+bevoegd\\s+gezag)\\s+van',
      '(?:is|zijn)\\s+(?:een\\s+)?onderdeel\\s+van', '(?:maakt|maken)\\s+(?:onder)?deel\\s+uit\\s+van',
    ],
    weAre: ['(?:^|:\\s*)(?:wij|we)\\s+zijn', '(?:^|:\\s*)(?:wij|we),'],
    hereafter: ['hierna(?:\\s+te\\s+noemen)?\\s*:?', 'verder(?:\\s+te\\s+noemen)?\\s*:', 'hierna\\s+genoemd\\s*:?'],
    firstPerson: ['wij', 'we', 'ons', 'onze'],
    policyTitles: ['privacyverklaring', 'privacybeleid', 'privacy\\s*statement', 'privacyreglement', 'privacy\\s*policy', 'cookieverklaring', 'privacy-\\s*en\\s+cookieverklaring'],
    titleLinks: ['van', 'voor', 'en'],
    articles: ['de', 'het', 'een', 'deze', 'dit'],
    genericNames: ['vereniging', 'stichting', 'organisatie', 'onderneming', 'bedrijf', 'verwerkingsverantwoordelijke', 'verantwoordelijke', 'website', 'wij', 'we'],
    publicBodies: ['Minister', 'Ministerie', 'Staatssecretaris', 'Gemeente', 'Provincie', 'Waterschap', 'Hoogheemraadschap', 'Dienst', 'Rijksdienst', 'Inspectie'],
    publicBodyLink: ['van', 'voor'],
    conjunctions: ['en', '&'],
    addressCues: ['gevestigd\\s+(?:aan|op|te)', 'kantoorhoudende\\s+(?:aan|op|te)', '(?:bezoek|post|vestigings)?adres\\s*:'],
    copyright: ['©', '\\(c\\)', 'copyright(?:\\s+©)?'],
    phoneLabels: ['telefoon(?:nummer)?', 'tel\\.?', 't\\.', 'mobiel', 'bel(?:\\s+ons)?(?:\\s+op)?'],
    representative: ['vertegenwoordiger\\s+in\\s+de\\s+(?:eu|europese\\s+unie)', 'eu-?vertegenwoordiger', 'vertegenwoordiger\\s+\\(?artikel\\s+27'],
    dpoServiceBefore: ['diensten\\s+als', 'dienst\\s+als', '(?:leveren|aanbieden|bieden)\\s+(?:van\\s+)?(?:een\\s+)?(?:externe?\\s+)?'],
    dpoServiceAfter: ['-?diensten', '-?dienst', '-?dienstverlening', 'as\\s+a\\s+service', 'inhuren', 'ondersteuning'],
    otherMatters: [
      'voor\\s+(?:alle\\s+)?(?:andere|overige)\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}*(?:vragen|zaken|verzoeken|kwesties|onderwerpen)',
      'voor\\s+(?:al\\s+)?het\\s+overige', '(?:andere|overige)\\s+(?:\\p{L}+\\s+)?\\p{L}*vragen\\s+(?:kunt|kan|kun)',
    ],
    months: [
      ['januari', 'jan\\.?'], ['februari', 'feb\\.?'], ['maart', 'mrt\\.?', 'mar\\.?'], ['april', 'apr\\.?'], ['mei'], ['juni', 'jun\\.?'],
      ['juli', 'jul\\.?'], ['augustus', 'aug\\.?'], ['september', 'sep\\.?', 'sept\\.?'], ['oktober', 'okt\\.?'], ['november', 'nov\\.?'], ['december', 'dec\\.?'],
    ],
    updatedCues: [
      'laatst(?:e)?\\s+(?:bijgewerkt|gewijzigd|aangepast|herzien|geüpdatet|geupdate|update|wijziging|aanpassing|herziening|versie)',
      'datum\\s+(?:van\\s+(?:de\\s+)?)?(?:laatste\\s+)?(?:wijziging|update|aanpassing|herziening|publicatie)',
      '(?:bijgewerkt|gewijzigd|aangepast|herzien|vastgesteld|gepubliceerd)\\s+op',
      'versie(?:datum)?', 'ingangsdatum', 'datum\\s*:', 'geldig\\s+(?:vanaf|per|sinds)', 'van\\s+kracht\\s+(?:vanaf|per|sinds)', 'in\\s+werking\\s+(?:vanaf|per|sinds)',
    ],
    genericAuthority: ['(?:nationale\\s+)?toezichthouder', 'toezichthoudende\\s+autoriteit', 'privacytoezichthouder'],
  },
  en: {
    namedAfter: [
      '(?:the\\s+)?(?:data\\s+)?controller\\s+(?:responsible\\s+)?(?:for\\s+(?:the\\s+processing\\s+of\\s+)?(?:your\\s+)?(?:personal\\s+)?(?:data|information)\\s+)?(?:is|are)',
      '(?:this\\s+|our\\s+|the\\s+)?(?:website|site|app|application|service)\\s+(?:is\\s+)?(?:owned\\s+and\\s+)?(?:operated|run|provided|published)\\s+by',
      'this\\s+is\\s+the\\s+privacy\\s+(?:policy|statement|notice)\\s+of',
    ],
    namedBefore: [
      '(?:is|are|acts?\\s+as|will\\s+be|remains?)\\s+(?:the\\s+|a\\s+|joint\\s+)*(?:data\\s+)?controllers?',
      '(?:is|are)\\s+responsible\\s+for\\s+(?:the\\s+)?processing',
      ',\\s+(?:as|acting\\s+as|in\\s+its\\s+capacity\\s+as)\\s+(?:the\\s+|a\\s+)?(?:data\\s+)?controller\\s*,',
    ],
    subjectVerbs: ['is', 'are', 'acts', 'act', 'will', 'remains', 'remain'],
    controllerLabels: ['(?:data\\s+)?controller', 'identity\\s+of\\s+the\\s+controller'],
    nameLabels: ['(?:company\\s+|organi[sz]ation\\s+|legal\\s+|registered\\s+)?name', '(?:full\\s+)?name\\s+of\\s+(?:the\\s+)?(?:legal\\s+entity|company|organi[sz]ation)'],
    detailClauses: ['registered', 'incorporated', 'located', 'established', 'based', 'with\\s+(?:its\\s+)?(?:registered\\s+)?(?:office|address)', 'having\\s+its', 'company\\s+(?:number|no)', 'a\\s+(?:company|charity|non-?profit|corporation)'],
    tradingAs: ['trading\\s+as', 't/a', 'doing\\s+business\\s+as', 'd/b/a', 'dba'],
    tradeNameOf: ['(?:is\\s+)?a\\s+trading\\s+(?:name|style)\\s+of', '(?:is\\s+)?a\\s+(?:brand|division|trademark)\\s+of'],
    operatedBy: [
      '(?:is\\s+)?(?:owned\\s+and\\s+)?operated\\s+by', '(?:is\\s+)?(?:run|published|provided)\\s+by', '(?:is\\s+)?(?:a\\s+)?(?:website|service|project)\\s+of',
      '(?:is|are)\\s+(?:governed|managed)\\s+by', '(?:is|are)\\s+(?:a\\s+)?part\\s+of', '(?:falls?|comes?)\\s+under\\s+(?:the\\s+)?(?:responsibility|governance|management)\\s+of',
    ],
    weAre: ['(?:^|:\\s*)we\\s+are', '(?:^|:\\s*)we,'],
    hereafter: ['hereinafter(?:\\s+referred\\s+to\\s+as)?', 'hereafter(?:\\s+referred\\s+to\\s+as)?', 'referred\\s+to\\s+(?:herein\\s+)?as'],
    firstPerson: ['we', 'us', 'our', 'ours'],
    policyTitles: ['privacy\\s+(?:policy|statement|notice)', 'data\\s+protection\\s+(?:policy|notice|statement)', 'cookie\\s+policy', 'privacy\\s+and\\s+cookie\\s+policy'],
    titleLinks: ['of', 'for', 'and'],
    articles: ['the', 'a', 'an', 'this'],
    genericNames: ['company', 'controller', 'organi[sz]ation', 'charity', 'website', 'site', 'service', 'we', 'us'],
    publicBodies: ['Ministry', 'Department', 'Secretary\\s+of\\s+State'],
    publicBodyLink: ['of', 'for'],
    conjunctions: ['and', '&'],
    addressCues: ['located\\s+at', 'based\\s+at', '(?:postal\\s+|registered\\s+|office\\s+)?address\\s*:'],
    copyright: ['©', '\\(c\\)', 'copyright(?:\\s+©)?'],
    phoneLabels: ['phone', 'telephone', 'tel\\.?', 't\\.', 'call(?:\\s+us)?(?:\\s+(?:on|at))?', 'mobile'],
    representative: ['representative\\s+in\\s+the\\s+(?:eu|european\\s+union|eea)', 'eu\\s+representative', '(?:article|art\\.)\\s+27\\s+representative', 'representative\\s+\\(?(?:article|art\\.)\\s+27'],
    dpoServiceBefore: ['services\\s+as', 'service\\s+as', '(?:offer|provide|supply)(?:s|ing)?\\s+(?:an?\\s+)?(?:external\\s+|outsourced\\s+|virtual\\s+)?'],
    dpoServiceAfter: ['-?services?', '-as-a-service', 'as\\s+a\\s+service', 'support'],
    otherMatters: [
      'for\\s+(?:all\\s+|any\\s+)?other\\s+(?:\\p{L}+\\s+){0,2}?(?:questions|queries|matters|requests|enquiries|inquiries|issues|concerns)',
      'for\\s+(?:anything|everything)\\s+else', '(?:all\\s+|any\\s+)?other\\s+(?:\\p{L}+\\s+)?(?:questions|queries|enquiries|inquiries)\\s+(?:can|should|may)',
    ],
    months: [
      ['january', 'jan\\.?'], ['february', 'feb\\.?'], ['march', 'mar\\.?'], ['april', 'apr\\.?'], ['may'], ['june', 'jun\\.?'],
      ['july', 'jul\\.?'], ['august', 'aug\\.?'], ['september', 'sep\\.?', 'sept\\.?'], ['october', 'oct\\.?'], ['november', 'nov\\.?'], ['december', 'dec\\.?'],
    ],
    updatedCues: [
      'last\\s+(?:updated|modified|revised|changed|amended|reviewed|update)',
      '(?:updated|revised|modified|amended)(?:\\s+on)?',
      'effective(?:\\s+date|\\s+as\\s+of|\\s+from|\\s+on)?', 'date\\s+of\\s+(?:last\\s+)?(?:revision|update|change)', 'version(?:\\s+date)?', 'in\\s+force\\s+(?:from|since|as\\s+of)',
    ],
    genericAuthority: ['(?:local\\s+|competent\\s+|relevant\\s+|national\\s+)?(?:data\\s+protection\\s+|supervisory\\s+)(?:authority|regulator)'],
  },
};

import type { SupportedLanguage } from '../model/types.js';
import { byLanguage } from '../lang/index.js';


/**
 * Phrases for recipients of personal data (gdpr.md §2.6): where a policy names who receives data, the words that
 * make a name a receiving service, and the categories it may give instead. Regex SOURCE strings, compiled
 * case-insensitively by wordPattern() unless said otherwise.
 *
 * `before` lists are matched against the text just before a name and must END there (the extractor anchors them
 * with `$` after an optional filler such as "de", "onze", "the services of"); `after` lists must START right after
 * the name. So "[we share ...] with [Name]" finds the name after "with", never a word further on.
 */
export interface RecipientsLexicon {
  /** Headings and inline labels ("Processors:", "Ontvangers") of a section about who receives data. */
  sectionLabels: string[];
  /** Headings of a section about where data come from: a name there is a source, not a recipient. */
  sourceSections: string[];
  /** Header of a table column that lists recipients. */
  columnHeaders: string[];
  /** Header of a table column that names services or providers (a cookie or processor table). */
  serviceHeaders: string[];
  /** Header of a column whose every line names an organisation ("Subverwerker", "Provider"), not a category. */
  nameColumnHeaders: string[];
  /** Ends the text before a name that is used, shared with, hosted by ...: "wij gebruiken", "delen ... met", "hosted by". */
  useBefore: string[];
  /** The stricter cues for a proper name that is not in the registry ("wij gebruiken Acme", "hosted by Acme"): a
   * capitalised word after a looser cue ("provide you with the Paid Account") is too often a defined term. */
  nameCues: string[];
  /** Small words allowed between a cue and the name: articles, possessives, "the services of". */
  filler: string[];
  /** Subjects that make a usage verb the reader's, not the controller's ("if you use Chrome"). */
  readerSubjects: string[];
  /** Starts the text after a name that marks it a recipient: "(verwerker)", "als onderaannemer", ", our processor". */
  roleAfter: string[];
  /** After a KNOWN service only: it does something with the reader's data ("Supabase stores your account data"). A
   * capitalised unknown word before such a verb is too often the reader's own software ("Your Browser stores …"). */
  handlesAfter?: string[];
  /** First-person possessives ("onze", "our"): a known service in brackets after "our <tool>" is the tool's provider
   * ("onze Unified Database (Supabase)", "our mailing tool (Mailchimp)"). */
  ownWords?: string[];
  /** The site runs the software itself ("auf unserem Server", "open source", "self-hosted"): in the same section, a
   * registry service with a `hostedForm` (Matomo) named in its plain form receives nothing. */
  selfHosting?: string[];
  /** A lead sentence (ending in ':') before a list of services or recipients: "gebruikt de volgende systemen:",
   * "wel gebruik ik een paar diensten ...:", "we pass your data to:". */
  listLeads: string[];
  /** Small words inside an organisation's name between capitalised words: "Commission for Regulation of Utilities". */
  nameLinks?: string[];
  /** Words that may open a list item before the name it lists: "aan Conscribo, ...", "to Royal Mail". */
  itemPrepositions: string[];
  /** Starts the text after the name a list item opens with, when it says what that party does for the controller:
   * "Mollie verwerkt de betalingen", "Xero holds our accounts", "Moneybird gebruik ik voor". */
  itemVerbs: string[];
  /** Words that open an apposition or relative clause after "Name," and say what the name is: "Ethias, onze
   * verzekeraar", "Twizzit, het platform waarmee ...", "Mollie, dat de betalingen verwerkt". */
  apposition: string[];
  /** Endings of a single capitalised word that make it a common noun, not a name ("Sollicitatiegegevens",
   * "Drukkerijen", "Providers"): matched against the end of the word, case-insensitively. */
  nounEndings: string[];
  /** Words right before one capitalised word that make it a common noun where every noun is capitalised (German
   * "das Verhalten", "im Double-Opt-In-Verfahren", "den Zusatz"): that word is no name, unless spelled like a brand or
   * followed by a legal form. */
  commonNounBefore?: string[];
  /** Starts the text after a service's name when the name only titles one of its documents ("Google Ads Data Processing
   * Terms", "Google Cloud / Firebase Data Processing Terms"): the service is not named as used there. */
  documentAfter?: string[];
  /** A verb after a name that says what is done with it ("… über CleverReach versendet", "bei Hetzner gehostet") cues a
   * name outside the registry only after one of these prepositions: "ob Profiling durchgeführt wird" names nothing. */
  verbFinalAfter?: string[];
  verbFinalBefore?: string[];
  /** Last words of a Title Case label that names a kind of organisation or professional, not one organisation
   * ("Regulatory Authorities", "General Practitioner", "Externe Dienstleister"): whole words, case-insensitive. Trade
   * words ("Couriers", "Printers") are left out, as firms are named after them ("Zebra Couriers"). */
  categoryHeads: string[];
  /** A condition of legal compulsion ("if the law requires us to", "indien wij daartoe wettelijk verplicht zijn"):
   * a body named in that clause is an example of who may demand data, not a recipient the policy names. */
  lawfulDemand: string[];
  /** Ends the text before a name that is a source of data: "ontvangen ... van", "collected from". */
  sourceBefore: string[];
  /** Starts the text after a name that is a source: "is een bron". */
  sourceAfter: string[];
  /** Starts the text after a name that is part of the organisation itself: "(onderdeel van ...)". */
  internalAfter: string[];
  /** Ends the text before the operator of a service already named: "De EFGS wordt beheerd door". */
  operatorBefore: string[];
  /** A sentence about share buttons or links to other sites: names there receive nothing from the controller. */
  notReceiving: string[];
  /** Starts the text after a name whose sharing is switched off: "is uitgezet". */
  disabledAfter: string[];
  /**
   * Words that give examples after a category ("betaalproviders (zoals Mollie", "payment providers such as Stripe"):
   * a registry service given as such an example receives data. Optional: without it, no such examples are read.
   */
  exampleCues?: string[];
  /** Categories of recipients as written ("derden", "payment providers", "belastingdienst"). */
  categories: string[];
  /** Ends the text before a category that receives, with a sharing verb elsewhere in the sentence: "aan", "with". */
  categoryBefore: string[];
  /** Sharing verbs that make "aan derden" / "with third parties" a recipient ("cooperate with regulators" is not). */
  shareVerbs: string[];
  /** Ends the text before a category that receives by itself: "ingeschakelde", "we use". */
  categoryCue: string[];
  /** Starts the text after a category that receives: "inschakelen", "die namens ons". */
  categoryAfter: string[];
  /** Ends the text before a category that is a source or no recipient: "van derden", "from third parties". */
  categoryNotBefore: string[];
  /** A table cell or list item that means "nobody": "nvt", "n/a". */
  noneWords: string[];
  /** Words in the sentence that make a named recipient a processor (acting on the controller's behalf). */
  processorWords: string[];
  /** Self-descriptions of the controller ("X is verantwoordelijk voor", "X is the controller"): X is not a recipient. */
  controllerStatements: string[];
  /** The reader's account with the controller's service ("your SourceHut account"): the name is the controller's. */
  ownAccount: string[];
  /** Words of a title that are not the controller's name ("Privacyverklaring", "Privacy Policy"). */
  titleWords: string[];
  /** Last words of a capitalised defined term, not an organisation ("User Personal Information", "Paid Account"). */
  dataWords: string[];
  /**
   * Words of a Title Case label of a kind of cookie or purpose ("Strictly Necessary", "Performance-Related",
   * "Statistiques"): a name made of these and of words the text writes in lower case is a label, no organisation.
   */
  labelWords?: string[];
  /** A whole label naming the role of whoever its line names ("Hosting provider", "Newsletter-Anbieter", "Hébergeur"). */
  roleLabels?: string[];
  /** Prepositions and verbs that may stand right before a name in a label or item but are never part of it ("For
   * Google Sign-In:", "Via Stripe", "Par Google"): a name read with one at its start is the name after it. */
  nameOpeners?: string[];
}

export const RECIPIENTS: Record<SupportedLanguage, RecipientsLexicon> = byLanguage((pack) => pack.recipients);

/** Legal forms after a company name, matched case-sensitively (so "AG", "SA" and "AS" are not ordinary words). */
export const LEGAL_FORMS: readonly string[] = [
  'GmbH\\s*&\\s*Co\\.\\s*KG',
  'GmbH',
  'gGmbH',
  'AG',
  'UG(?:\\s*\\(haftungsbeschränkt\\))?',
  'KG',
  'OHG',
  'e\\.\\s?V\\.',
  'eG',
  'SE',
  'B\\.\\s?V\\.?',
  'BV',
  'N\\.\\s?V\\.?',
  'NV',
  'VOF',
  'vzw',
  'VZW',
  'BVBA',
  'bvba',
  'Ltd\\.?',
  'Limited',
  'LLC',
  'L\\.L\\.C\\.',
  'LLP',
  'Inc\\.?',
  'Corp\\.?',
  'Corporation',
  'plc',
  'PLC',
  'CIO',
  'CIC',
  'S\\.\\s?A\\.',
  'SA',
  'SAS',
  'SASU',
  'SARL',
  'S[àa]rl',
  'EURL',
  'SNC',
  'SRL',
  'SPRL',
  'SCRL',
  'SCOP',
  'GIE',
  'ASBL',
  'asbl',
  'S\\.à\\s?r\\.l\\.',
  'S\\.r\\.l\\.',
  'Srl',
  'S\\.p\\.A\\.',
  'SpA',
  'S\\.L\\.',
  'Oy',
  'AB',
  'A/S',
  'ApS',
  'AS',
  'OÜ',
  'UAB',
  'Sp\\.\\s?z\\s?o\\.o\\.',
  'd\\.o\\.o\\.',
  'Pty\\s+Ltd',
];

/** Small words that may stand inside a company name ("Erste Bank der oesterreichischen Sparkassen AG"). */
/** Connectors after which a long name is cut back to its head ("Stichting X van de gemeente Y" keeps "Stichting X"). */
export const NAME_CUT_CONNECTORS: readonly string[] = ['der', 'des', 'van', 'of', 'de', 'du', 'für', 'voor'];

/** Region words that end an entity's name ("Google Europe", "Stripe International"): dropped to find the service. */
export const NAME_REGION_WORDS: readonly string[] = ['europe', 'europa', 'emea', 'international', 'global', 'worldwide', 'benelux'];

export const NAME_CONNECTORS: readonly string[] = ['der', 'des', 'die', 'van', 'voor', 'of', 'for', 'de', 'du', 'la', 'le', 'für', 'and', 'und', 'en', 'et', '&'];

/**
 * Trailing words of a legal name that describe the business rather than name it: dropped for the name as commonly
 * spelled ("dialog-Mail eMarketing Systems GmbH" -> "dialog-Mail"). "Services" stays: it is usually part of the
 * trade name ("SIX Payment Services").
 */
export const NAME_DESCRIPTORS: readonly string[] = [
  'systems?',
  'solutions?',
  'technolog(?:y|ies)',
  'software',
  'holdings?',
  'group',
  'e-?marketing',
  'consulting',
  'networks?',
  'internet',
  'online',
  'digital',
  'media',
];

/**
 * Last words of a street or building in a postal address, in the languages addresses are written in whatever the
 * policy's language ("Gordon House, Barrow Street, Dublin 4"; "Wilton Plaza, Wilton Place"): such a name followed by
 * a comma is part of an address, not an organisation. Lower case.
 */
export const ADDRESS_PART_ENDINGS: readonly string[] = [
  'street', 'road', 'place', 'plaza', 'square', 'house', 'avenue', 'lane', 'quay', 'court', 'building', 'tower', 'terrace',
  'parkway', 'way', 'loop', 'drive', 'boulevard', 'row', 'centre', 'center', 'wharf', 'dock', 'docks', 'gardens', 'crescent',
  'straße', 'strasse', 'str.', 'weg', 'platz', 'allee', 'gasse', 'ring', 'damm', 'ufer',
  'straat', 'laan', 'plein', 'gracht', 'kade', 'singel', 'dijk',
];

/** Spellings of the United States closing a postal address after its state ("Springfield, IL, USA"). */
export const US_ADDRESS_COUNTRY: readonly string[] = ['USA', 'US', 'U\\.S\\.(?:A\\.)?', 'United\\s+States'];

/** Endings of a street name written as one word ("Industriestr.", "Daimlerstraße", "Keizersgracht"): a name ending so
 * and followed by a house number or the end of its sentence is part of an address. */
export const STREET_SUFFIXES: readonly string[] = [
  'straße', 'strasse', 'str', 'weg', 'gasse', 'allee', 'platz', 'damm', 'ufer', 'straat', 'laan', 'plein', 'gracht', 'kade', 'singel', 'dijk', 'steeg',
];

/** Capitalised abbreviations that are not organisations (data, formats, laws, generic terms). */
export const NOT_ORGANISATIONS: readonly string[] = [
  'AVG', 'GDPR', 'DSGVO', 'RGPD', 'RGDP', 'AGB', 'GPG', 'CLOUD', 'UAVG', 'EU', 'EER', 'EEA', 'EEE', 'EG', 'EC', 'EWR', 'VS', 'US', 'USA', 'UK', 'NL', 'BE',
  'IP', 'ID', 'URL', 'API', 'HTML', 'HTTP', 'HTTPS', 'SSL', 'TLS', 'SSH', 'PGP', 'DNS', 'DNT', 'CDN', 'SDK', 'OS',
  'IT', 'ICT', 'CV', 'BSN', 'KvK', 'KVK', 'BTW', 'VAT', 'IBAN', 'BIC', 'SEPA', 'SMS', 'PDF', 'FAQ', 'CRM', 'ERP', 'PIN',
  'ISO', 'FG', 'DPO', 'DPA', 'DPIA', 'AP', 'NVT', 'MAC', 'GPS', 'QR', 'CEO', 'CTO', 'HR',
  'B2B', 'B2C', 'SaaS', 'CCPA', 'COVID', 'OK', 'NB', 'PS', 'TV', 'AI', 'ML', 'APP', 'WWW', 'EN', 'FR', 'DE',
  // French, Belgian, Luxembourg and Swiss abbreviations.
  'UE', 'DPD', 'TVA', 'RCS', 'SIRET', 'SIREN', 'CGU', 'CGV', 'LCEN', 'RIB', 'NIR', 'LPD', 'nLPD', 'CH', 'LU', 'CCT', 'BCE', 'ASBL', 'SRL', 'SARL', 'SAS',
  // Kinds of data, networks and legal instruments ("PII", "NAW-gegevens", "your ISP", "RIR", "FISA", "SCCs").
  'PII', 'NAW', 'ISP', 'ISPs', 'RIR', 'FISA', 'SCC', 'SCCs', 'DPF', 'CSV', 'JSON', 'XML', 'UUID', 'OTP', '2FA', 'MFA', 'SSO', 'VPN', 'LAN',
  'IMEI', 'IDFA', 'GAID', 'KYC', 'AML', 'PSD2', 'ToS', 'EULA', 'NDA', 'IDs', 'URLs', 'APIs', 'UID', 'GUID', 'CAPTCHA', 'CAPTCHAs',
  'SEO', 'CMS', 'RSS', 'UTM', 'UI', 'UX', 'JWT', 'CSRF', 'IA', 'KI', 'DOB', 'NI', 'NINO', 'PPS', 'DBS',
  // Contracts and records of processing, and a doctor by role ("Vertrag über Auftragsverarbeitung (AVV)", "your GP").
  'AVV', 'ADV', 'TOM', 'TOMs', 'VVT', 'DSFA', 'AIPD', 'GP', 'GPs',
  // Abbreviations of laws the law registry does not hold ("nach dem DSG", "§ 203 StGB", "the Virginia CDPA", "COPPA").
  'DSG', 'LDSG', 'KDG', 'TKG', 'UWG', 'HGB', 'BGB', 'StGB', 'SGB', 'CDPA', 'VCDPA', 'CPRA', 'COPPA', 'HIPAA', 'PIPEDA', 'LGPD', 'PIPL',
  'POPIA', 'FERPA', 'CASL', 'LOPD', 'LOPDGDD', 'CPCE', 'Awb', 'WGBO', 'Wgbo', 'Wwft', 'Wkkgz',
  // Technologies, not organisations.
  'JavaScript', 'jQuery', 'iOS', 'Android', 'iPhone', 'iPad', 'Bluetooth', 'WiFi', 'Wi-Fi', 'HTML5', 'CSS', 'Internet', 'Intranet', 'Extranet', 'WLAN',
  // Passenger and travel data ("APIS", "PNR").
  'APIS', 'PNR',
  // Technical terms in capitals or camel case: security and mail protocols, browser storage, book numbers, language
  // models ("SOC monitoring", "CloudFront/WAF logs", "a film title or ISBN", "SPAM protection", "via localStorage").
  'SOC', 'SIEM', 'WAF', 'LLM', 'LLMs', 'ISBN', 'ISSN', 'SPAM', 'JS', 'SMTP', 'IMAP', 'POP3', 'DKIM', 'SPF', 'DMARC', 'CORS', 'OAuth', 'OAuth2',
  'localStorage', 'sessionStorage', 'IndexedDB', 'WebRTC', 'WebSocket', 'WebSockets',
  // Streaming and citation formats, payment rails, monitoring and surveillance terms, records requests ("via RTMP", "a
  // DOI or BibTeX entry", "real-user monitoring (RUM)", "UPI payments", "CCTV footage", "an FOI request").
  'RTMP', 'RTMPS', 'HLS', 'DOI', 'DOIs', 'BibTeX', 'RUM', 'UPI', 'CCTV', 'FOI', 'FOIA',
  // Negations and small words in capitals for emphasis ("NICHT über Google Fonts", "we do NOT sell", "NIET gedeeld").
  'NICHT', 'KEINE', 'KEIN', 'NIE', 'NOT', 'NEVER', 'NO', 'NIET', 'NOOIT', 'GEEN', 'PAS', 'JAMAIS', 'AUCUN', 'AUCUNE', 'ONLY', 'ALL', 'NUR', 'ALLE',
  // German pronouns of address, capitalised in the middle of a sentence ("Empfänger Ihrer Daten").
  'Ihre', 'Ihrer', 'Ihren', 'Ihrem', 'Ihres', 'Ihnen', 'Deine', 'Deiner', 'Deinen', 'Deinem', 'Euer', 'Eure',
  // Pronouns a template capitalises as defined terms ("the Company (referred to as \"We\", \"Us\" or \"Our\")").
  'We', 'Us', 'Our', 'Ours', 'You', 'Your', 'Yours', 'Vous', 'Votre', 'Vos', 'Nous', 'Notre', 'Nos', 'U', 'Uw', 'Jij', 'Jou', 'Jouw', 'Wij', 'Ons', 'Onze',
];

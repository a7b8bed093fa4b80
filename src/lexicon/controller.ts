import type { SupportedLanguage } from '../model/types.js';
import { byLanguage } from '../lang/index.js';


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
  'Unlimited\\s+Company', 'Designated\\s+Activity\\s+Company', 'Ltd\\.?', 'LTD\\.?', 'Limited', 'LLP', 'LLC', 'L\\.L\\.C\\.', 'Inc\\.?', 'INC\\.?', 'Incorporated', 'Corp\\.?', 'Corporation', 'plc', 'PLC', 'CIO', 'CIC', 'DAC', 'Co\\.', 'LP',
  // Germany, Austria, Switzerland
  'GmbH\\s?&\\s?Co\\.\\s?KG', 'GmbH', 'gGmbH', 'AG', 'UG(?:\\s?\\(haftungsbeschränkt\\))?', 'KG', 'OHG', 'e\\.\\s?K\\.', 'e\\.\\s?V\\.', 'KGaA',
  // Austrian sole traders and partnerships, cooperatives, professional partnerships: "Tischlerei Holzer e.U.", "Volksbank eG".
  'e\\.\\s?U\\.', 'KEG', 'GesmbH', 'Ges\\.m\\.b\\.H\\.', 'GesbR', 'eG', 'PartG(?:\\s?mbB)?', 'mbB',
  // France, Luxembourg, Southern and Northern Europe
  'SAS', 'SASU', 'S\\.A\\.S\\.', 'SARL', 'S\\.A\\.R\\.L\\.', 'S[àa]rl', 'S\\.[àa]\\s?r\\.l\\.', 'EURL', 'SNC', 'SCI', 'SCOP', 'SCS', 'SCA', 'SELARL', 'SELAS', 'GIE',
  'SRL', 'SPRL', 'S\\.P\\.R\\.L\\.', 'SCRL', 'SC', 'ASBL', 'asbl', 'A\\.S\\.B\\.L\\.', 'a\\.s\\.b\\.l\\.', 'S\\.A\\.', 'SA', 'SE', 'S\\.p\\.A\\.', 'S\\.r\\.l\\.', 'S\\.L\\.', 'ApS', 'A/S', 'AB', 'AS', 'ASA', 'Oy', 'Oyj', 'sp\\. z o\\.o\\.',
  // Central and Eastern Europe, elsewhere
  'OÜ', 'SIA', 'UAB', 'Kft\\.?', 'Zrt\\.?', 's\\.\\s?r\\.\\s?o\\.', 'a\\.\\s?s\\.', 'd\\.o\\.o\\.', 'ehf\\.?', 'Pty\\.?\\s+Ltd\\.?', 'Pte\\.?\\s+Ltd\\.?', 'K\\.K\\.',
];

/** Legal forms written before the name ("Stichting HackNature", Belgian "de vzw Het Anker"). Case-sensitive. */
export const LEGAL_FORM_PREFIXES: readonly string[] = [
  'Stichting', 'Vereniging', 'vzw', 'VZW', 'v\\.z\\.w\\.', 'bvba', 'BVBA', 'asbl', 'ASBL', 'NV', 'CommV', 'Coöperatie', 'Coöperatieve\\s+Vereniging', 'Maatschap', 'Vennootschap\\s+onder\\s+firma',
  'Verein', 'Stiftung', 'Fondation', 'Association', 'Fondazione', 'a\\.s\\.b\\.l\\.',
  // Belgian and French forms written first ("SPRL GEO-6", "SARL Dupont", "SCI Les Tilleuls").
  'SPRL', 'S\\.P\\.R\\.L\\.', 'SRL', 'SARL', 'SAS', 'SASU', 'EURL', 'SCI', 'Soci[ée]t[ée]\\s+coop[ée]rative', 'Mutuelle',
];

/** Numbers before a heading's words ("1", "2.1.", "IV.", "§ 3"): "1 Verantwortlicher" is a label as "Verantwortlicher" is. */
export const HEADING_NUMBERS: readonly string[] = ['\\d{1,2}(?:\\.\\d{1,2})*\\.?', '[IVX]{1,4}\\.', '§\\s*\\d{1,2}'];

/** Letters a domain name spells out, with the letter as a name writes it after folding accents ("gruenfink.de" for "Grünfink"). */
export const SPELLED_OUT_LETTERS: readonly (readonly [string, string])[] = [['ae', 'a'], ['oe', 'o'], ['ue', 'u'], ['ss', 'ß']];

/** Lower-case words that may stand inside a name ("Bank der Sparkassen", "Alphen aan den Rijn", "Friends of the Earth"). */
export const NAME_PARTICLES: readonly string[] = [
  'van', 'der', 'den', 'de', 'het', 'ter', 'ten', 'te', 'aan', 'op', 'voor', 'en', 'von', 'und', 'zu', 'für', 'du', 'des', 'la', 'le', 'les', 'et', 'of', 'the', 'and', 'for', '&',
  // "Förderverein der Grundschule am See e.V.", "Frankfurt am Main", "Gasthof zur Post", "Apotheke zum Löwen".
  'am', 'zur', 'zum',
  // The elided Dutch article inside a name ("Dakbedrijf 't Noorden", "Café ’t Hoekje"), no quotation mark.
  "'t", '’t', '‘t',
  // Lower-case parts of German academic titles ("Dr. med. Helene Torabi-Tillig", "Dr. rer. nat.").
  'med', 'rer', 'nat', 'phil', 'jur', 'dent', 'vet', 'oec', 'pol',
];

/** Lower-case words inside a person's name ("Shawn van der Veer", "Ursula von der Leyen"). */
export const PERSON_PARTICLES: readonly string[] = ['van', 'der', 'den', 'de', 'ter', 'ten', 'te', "van't", 'von', 'zu', 'du', 'des', 'la', 'le', 'da', 'di', 'dos', 'del'];

/** Titles before a person's name on an address card ("Dr. med. Julia Sommer", "Mag. Stefan Gruber", "Mme Durand"). Case-sensitive. */
export const PERSON_TITLES: readonly string[] = ['Dr', 'Prof', 'Mag', 'Dipl\\.-\\p{Lu}\\p{Ll}+', 'Ing', 'DI', 'Me', 'Mme', 'M'];

/** Lower-case parts of academic titles ("Dr. med.", "Dr. rer. nat."). */
export const ACADEMIC_TITLE_PARTS: readonly string[] = ['med', 'rer\\.\\s?nat', 'phil', 'jur', 'vet', 'dent', 'oec', 'pol'];

/** Title words of a data protection officer, in any of the four languages (case-insensitive). */
export const DPO_TITLES: readonly string[] = [
  'functionaris\\s+(?:voor\\s+(?:de\\s+)?)?gegevensbescherming',
  'data\\s+(?:protection|privacy)\\s+officer',
  '(?:betriebliche[rn]?\\s+|behördliche[rn]?\\s+|externe[rn]?\\s+)?datenschutzbeauftragte[rn]?',
  'd[ée]l[ée]gu[ée]e?(?:\\s?\\(e\\))?\\s+(?:[àa]\\s+la\\s+)?protection\\s+des\\s+donn[ée]es',
  // Swiss and Belgian French: "le ou la conseiller(ère) à la protection des données", "responsable de la protection des données".
  'conseill(?:[eè]re?|er\\s?\\([eè]re\\))\\s+[àa]\\s+la\\s+protection\\s+des\\s+donn[ée]es',
  'responsable\\s+(?:de\\s+la\\s+)?protection\\s+des\\s+donn[ée]es',
  // Québec's statutory officer (Law 25), the local counterpart of a DPO: "notre responsable de la protection des
  // renseignements personnels".
  'responsable\\s+(?:de\\s+la\\s+)?protection\\s+des\\s+renseignements\\s+personnels',
  // The French public sector's and small organisations' name for the role: "notre référent RGPD", "référente protection des données".
  'r[ée]f[ée]rente?\\s+(?:rgpd|(?:[àa]\\s+la\\s+|de\\s+la\\s+)?protection\\s+des\\s+donn[ée]es)',
];

/** Abbreviated DPO titles, matched case-sensitively ("FG" and "DPO"; "fg" is no title). */
export const DPO_ABBREVIATIONS: readonly string[] = ['FG', 'DPO', 'DPD', 'bDSB'];

/**
 * Contact-detail formats. E-mail addresses may be written obfuscated ("security[at]activist.org",
 * "info (at) x (dot) nl"); `at` and `dot` are the words allowed between brackets.
 */
export const EMAIL_FORMAT = {
  local: "[\\p{L}\\p{N}._%+~'-]+(?:/[\\p{L}\\p{N}._%+~-]+)*",
  // A hyphen may be typeset as U+2010 or the non-breaking U+2011 ("uni‑hamburg.de"); it is read as "-".
  domain: '(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\u2010\u2011-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}',
  /** Words (or signs) for "@" inside brackets: "naam [at] bedrijf.nl", "naam(at)bedrijf(dot)nl". */
  at: ['at', '@', 'apenstaartje', 'arobase', 'ät'],
  /** Words (or signs) for "." inside brackets: "bedrijf[.]nl", "bedrijf (dot) nl". */
  dot: ['dot', 'punt', 'point', 'punkt', '\\.'],
  /** Character references for "@" and "." left in the text ("naam&#64;bedrijf.nl"). */
  atEntities: ['&#0*64;', '&#[xX]0*40;', '&commat;'],
  dotEntities: ['&#0*46;', '&#[xX]0*2[eE];', '&period;'],
  /**
   * "@" and "." spelled out without brackets ("naam at bedrijf dot nl"), or the signs set apart by spaces
   * ("office @ geo6 . be"): read only when both are spelled.
   */
  spelledAt: ['at', '@'],
  spelledDot: ['dot', 'punt', 'punkt', '\\.'],
  /** Words before a spelled-out "at" that are no address's name ("mail us at bedrijf dot nl"). */
  notLocal: ['us', 'me', 'you', 'them', 'him', 'her', 'it', 'we', 'or', 'and', 'mail', 'email', 'e-mail', 'contact', 'write', 'reach'],
  /**
   * Markers put into an address against harvesting robots, to be taken out by the reader
   * ("team.nospam@verein.de", "info-NOSPAM@…", "naam_removethis@…"): separated from the name, before the "@".
   */
  antiSpamMarkers: ['nospam', 'no-spam', 'removethis', 'remove-this', 'antispam', 'anti-spam'],
  /** Mail labels a page's markup may run into the address ("<span>E-mail</span>hello@…" reads "E-mailhello@…"). */
  gluedLabels: ['E-?[Mm]ail', 'Mail', 'Courriel'],
  /** What a CDN writes where it hid an address from the page's text (Cloudflare's "[email protected]"). */
  hidden: ['\\[\\s*email(?:\\s+|&#160;|&nbsp;)protected\\s*\\]'],
  /** A link target holding a CDN's encoded address ("/cdn-cgi/l/email-protection#a1c8…"): group 1 is the code. */
  encodedLink: '/cdn-cgi/l/email-protection#([0-9a-fA-F]{4,})',
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
  'personally', 'identifiable', 'identifying', 'sensitive', 'taxe?s', 'payments?', 'orders?', 'newsletters?',
  // The generators' defined roles ("Service Providers", "Third-party Providers").
  'providers?',
  // French defined terms ("les Données", "l'Utilisateur", "la Loi", "le Règlement").
  'donn[ée]es', 'personnelles?', 'informations', 'utilisat(?:eur|eurs|rice|rices)', 'politique', 'confidentialit[ée]', 'r[èe]glement', 'loi', 'conditions', 'g[ée]n[ée]rales',
  'contrat', 'responsable', 'traitements?', 'soci[ée]t[ée]', '[ée]diteur', 'vie', 'priv[ée]e', 'mentions', 'l[ée]gales', 'compte', 'europ[ée]enne', 'rgpd', 'traceurs?',
  'sous-?traitants?', 'destinataires?', 'prestataires?', 'abonn[ée]s?', 'adh[ée]rents?', 'charte', 'droits?', 'acc[èe]s', 'finalit[ée]s?', 'dur[ée]es?', 'conservation', 'cat[ée]gories?', 'destinataires?', 'transferts?', 'contact', 'coordonn[ée]es', 'article',
  // Dutch defined terms ("de Gebruiker", "Persoonsgegevens") and technical words ("JavaScript", "iOS").
  'gebruikers?', 'bezoekers?', 'klant(?:en)?', 'persoonsgegevens', 'gegevens', 'diensten?', 'applicatie', 'eigenaar', 'verwerker', 'betrokkenen?',
  'javascript', 'html5?', 'css', 'ios', 'android', 'iphone', 'ipad', 'wi-?fi', 'bluetooth', 'pdf', 'urls?', 'api', 'ip', 'http', 'https', 'ssl', 'tls',
];

/** Last words of the name of a law ("CAN-SPAM Act", "Data Protection Regulation", "Telemediengesetz"): no organisation. */
/** Last words of a capitalised term a template defines, never of an organisation's name ("Flash Cookies", "Usage Data"). */
export const TERM_NAME_ENDINGS: readonly string[] = ['data', 'cookie', 'cookies', 'policy', 'policies', 'notice', 'statement', 'information', 'terms', 'conditions', 'preferences', 'settings', 'beacons', 'tags', 'pixels'];

export const LAW_NAME_ENDINGS: readonly string[] = ['act', 'acts', 'law', 'laws', 'regulation', 'regulations', 'directive', 'ordinance', 'code', 'statute', 'gesetz', 'verordnung', 'richtlinie', 'wet', 'besluit', 'loi', 'directive', 'décret'];

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
  // "If you have concerns, you can raise them with the ICO", "report a concern to the ICO".
  'concerns?', 'raise\\p{L}*', 'unhappy', 'dissatisfied', 'bezwaren', 'ontevreden',
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

/** "& Cie", "& Co": the company words that end a partnership's name ("PayPal (Europe) S.à r.l. et Cie, S.C.A."). */
export const COMPANY_ABBREVIATIONS: readonly string[] = ['Cie', 'Co', 'Cia'];

/** Second-level labels of free mail and internet providers ("gmail.com", "telenet.be"): they spell no site's name. */
export const FREE_MAIL_DOMAINS: readonly string[] = [
  'gmail', 'googlemail', 'hotmail', 'outlook', 'live', 'msn', 'yahoo', 'icloud', 'me', 'mac', 'aol', 'gmx', 'web', 'proton', 'protonmail', 'pm',
  'mail', 'zoho', 'yandex', 'telenet', 'skynet', 'ziggo', 'kpnmail', 'kpnplanet', 'planet', 'home', 'xs4all', 'hetnet', 'chello', 'upcmail',
  'btinternet', 'sky', 'virginmedia', 'orange', 'wanadoo', 'free', 'laposte', 't-online', 'freenet', 'posteo', 'tutanota', 'fastmail',
];

/**
 * Mailbox names that say what a mailbox is for, not whose it is: at a free-mail provider "elyan.info@gmail.com"
 * spells the site's name ("elyan"), "info.privacy@gmail.com" does not.
 */
export const ROLE_MAILBOXES: readonly string[] = [
  'info', 'contact', 'kontakt', 'privacy', 'admin', 'hello', 'hallo', 'mail', 'email', 'office', 'support', 'service', 'team',
  'secretariaat', 'secretaris', 'secretary', 'secretariat', 'bestuur', 'board', 'datenschutz', 'noreply', 'webmaster', 'post',
  'sales', 'vragen', 'questions', 'club', 'asso', 'association', 'vereniging', 'verein',
];

/** Domains used only as examples in policies ("naam@voorbeeld.nl"): never a contact address. */
export const EXAMPLE_DOMAINS: readonly string[] = ['example', 'voorbeeld', 'domain', 'domein', 'beispiel', 'exemple', 'email', 'test'];

/**
 * Postcode + place lines, one source per country style. Named groups are not used because the caller joins them.
 * Dutch "2594AZ Den Haag" / "1411 DC Naarden"; Belgian, German, French "1745 Opwijk", "10999 Berlin", "04277 Leipzig";
 * UK "London, EC2A 4NE"; US "Sunnyvale, CA 94089".
 */
const PLACE_WORD = "\\p{Lu}[\\p{L}'’-]*(?:\\.\\p{L}[\\p{L}'’-]*)*";
const PLACE = `(?:'s-)?${PLACE_WORD}(?: (?:(?:aan|den|de|am|an|der|sur|sous|le|la|les|upon|on|bei|im) ){0,2}${PLACE_WORD}){0,3}`;
export const POSTCODE_PLACE: readonly string[] = [
  `[1-9]\\d{3} ?[A-Z]{2}(?![\\p{L}\\p{N}]) +${PLACE}`,
  // German and French five-digit postcodes may start with 0 ("04277 Leipzig", "06000 Nice"); four-digit ones never do.
  `(?:[A-Z]{1,2}- ?)?(?:[1-9]\\d{3,4}|0[1-9]\\d{3}) +${PLACE}`,
  `${PLACE},? +[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}`,
  `${PLACE}, +[A-Z]{2} +\\d{5}(?:-\\d{4})?`,
];

/**
 * A street and number ("Bezuidenhoutseweg 98", "Jol 11-41", "701 First Avenue", "Glogauer Str. 24", Austrian staircase
 * and door "Schuhmeierplatz 9/25", "Krakauer Straße 25/6.03"), or a PO box.
 */
/** Endings of file names, which look like host names ("index.html", "policy.pdf"); regex sources. */
export const FILE_NAME_EXTENSIONS: readonly string[] = ['html?', 'php', 'aspx?', 'jsp', 'pdf', 'docx?', 'xlsx?', 'txt', 'md', 'js', 'css', 'json', 'xml', 'png', 'jpe?g', 'gif', 'svg', 'zip'];

// Each starts at a word's start: "FOSS4G Europe 2024 Conference" holds no house number "4G" on a street "Europe".
export const STREET: readonly string[] = [
  "(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}.'’-]*(?: (?:\\p{Lu}[\\p{L}.'’-]*|van|de|der|den|het|la|le|du|des|am|an|dem|im|zum|zur|vom|beim|of|the|aan|op|str\\.|st\\.))* \\d{1,5}(?: ?[-–] ?\\d{1,5})?(?:/\\d{1,4}(?:[./]\\d{1,4}){0,2})?(?: ?[A-Za-z](?![\\p{L}]))?",
  "(?<![\\p{L}\\p{N}])(?:\\d{1,3}(?:st|nd|rd|th) Floor,? )?\\d{1,5}(?:[-–]\\d{1,5})?[A-Za-z]? \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}?[\\p{L}.'’-]+){0,5}",
  // A post office box, its number maybe grouped ("Postfach 111 462", "Postbus 14", "PO Box 123", "BP 45", "Case postale 12").
  "(?<![\\p{L}\\p{N}])(?:Postfach|Postbus|Postbox|P\\.? ?O\\.? Box|B\\.P\\.|BP|Case postale|Bo[îi]te postale) \\d{1,6}(?: \\d{3})?",
  // French: the number, then a lower-case street type ("12 rue des Lilas", "3 bis, avenue de l'Opéra").
  "(?<![\\p{L}\\p{N}])\\d{1,5}(?: ?(?:bis|ter))?,? (?:rue|avenue|av\\.|boulevard|bd|place|chemin|all[ée]e|impasse|quai|route|cours|square|faubourg|chauss[ée]e|esplanade|passage|promenade|voie)(?: (?:\\p{Lu}[\\p{L}.'’-]*|de|du|des|la|le|les|aux|au|sur|en|et|[ld]['’]\\p{L}+)){1,6}",
];

/**
 * A street named without a house number by its type word ("Church Lane", "Mill Road"), as British addresses often are;
 * read only where a postcode follows in the same line ("The Old Barn, Church Lane, Little Snoring, Norfolk, NR21 0AB").
 */
export const NAMED_STREET: readonly string[] = [
  "(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,2} (?:Road|Street|Lane|Avenue|Close|Drive|Way|Place|Square|Crescent|Terrace|Gardens|Court|Row|Walk|Grove|Parade|Mews|Hill|Green)",
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

/**
 * Shapes of a phrase that stands where a name is expected but names no one (regex sources, matched without regard to
 * case): a candidate opening with one of them is dropped and the next candidate is taken. Each list is optional.
 */
export interface NotNameLexicon {
  /** Question words opening a heading or a question ("Wer ist verantwortlich?", "Who we are"). */
  questionWords?: string[];
  /** Imperative verbs of a contact phrase; with a pronoun after them no name ("Kontaktieren Sie uns", "Contact us"). */
  imperatives?: string[];
  /** Words opening a reference to a law ("gem. EU-Datenschutzgrundverordnung", "under the GDPR", "Art. 4 Nr. 7"). */
  legalReferences?: string[];
  /** Heading nouns with their preposition ("Informationen zu …", "Information about …", "Informations sur …"). */
  headingOpeners?: string[];
  /** Roles of a person or board within an organisation ("Vorstand", "the Board", "le président"): followed only by
   * a generic noun ("Vorstand des Vereins", "the board of the association") they name no one. */
  roleNouns?: string[];
  /** Endings of a generic noun's inflected forms ("Vereins", "Vereines"), for the rest after a role noun. */
  inflections?: string[];
  /**
   * Labels and phrases opening a line that names who made or hosts the site, or wrote its policy, not who runs it
   * ("Webdesign: …", "Réalisation du site : …", "Website by …", "Erstellt mit dem Generator von …"): a name after one
   * on its line is not the controller.
   */
  makers?: string[];
  /**
   * A page of the site or a link to one and the words pointing to it ("Impressum", "Startseite", "Kontaktseite", "Link",
   * "siehe", "hier", "zum"): single words, as patterns. A phrase made only of them and particles ("siehe Impressum",
   * "Link zum Impressum", "Impressum & Kontakt", "Hier") describes a page or a link, not who runs the site.
   */
  pageWords?: string[];
  /**
   * Words standing before a noun as its determiner or quantifier ("Tous les traitements …", "Alle Daten …", "Chaque
   * utilisateur …"): single words, as patterns. Alone, written as in running text, such a word opens a sentence and
   * names no one ("Tous" read from "Tous les traitements sont effectués sous la responsabilité de …").
   */
  determiners?: string[];
}

export interface ControllerLexicon {
  /** Phrases that name no one though they stand where a name is expected (see NotNameLexicon). */
  notNames?: NotNameLexicon;
  /** A contact form as the way to reach the controller ("via our contact form", "via het contactformulier"); a form
   * that only collects data ("data you enter in a contact form") is none. */
  contactForms?: string[];
  /** Sentences giving the site's own address ("Our website address is: https://…", WordPress's default): that host is the site's name when no other is given. */
  siteAddressCues?: string[];
  /**
   * A generator's sentence whose maker was left blank ("… was created by (hereby referred to as “Service Provider”)",
   * " built the Tiny Timer app as a Free app"): the text names no controller, and no name is guessed from the site.
   */
  blankMaker?: string[];
  /** What may follow a day number in a written date ("1ste", "1st"). */
  ordinalSuffixes?: string[];
  /** Lower-case nouns for the kind of organisation between an article and the name: no part of the name ("la société
   * Dupont SARL", "l'association Vélo Pour Tous"). */
  kindNouns?: string[];
  /** Capitalised common nouns that open no name: before a particle the entity starts after it ("Website der Beispiel
   * AG", "ein Service der Jimdo GmbH", "Server der Hetzner Online GmbH"). */
  notNameHeads?: string[];
  /** Adjectives in lower case that continue a capitalised name in a language that writes them after the noun ("la Cour
   * constitutionnelle", "la Banque centrale"): single words, as patterns. */
  nameAdjectives?: string[];
  /** The product noun closing an app's name ("NeuroPsyResearch App"): a site name guessed from the title that ends in one,
   * with no contact detail anywhere in the text, names the product, not who runs it. */
  productNouns?: string[];
  /** Names of the days of the week (a day opening a line is no organisation). */
  weekdays?: string[];
  /**
   * Cues after which the controller is named: "de verwerkingsverantwoordelijke is X", "this website is operated by X",
   * "dit is de privacyverklaring van X".
   */
  namedAfter: string[];
  /**
   * A contact sentence that sends the reader to a person by courtesy title ("wenden Sie sich bitte an Herrn Rechtsanwalt
   * Norman Noczinski", "kontaktieren Sie Frau Dr. Eva Roth"), the title ending the cue: when nothing else names the
   * controller, that person is the one who runs the site.
   */
  contactPerson?: string[];
  /** Cues before which the controller is named: "X (…) is verantwoordelijk voor de verwerking", "X, as data controller". */
  namedBefore: string[];
  /**
   * Section headings of a common template that repeat the controller's name in place of NAME ("Persoonsgegevens die
   * NAME verwerkt", "Hoe lang NAME persoonsgegevens bewaart"): a name found in two of them is the controller's.
   */
  nameInHeadings?: string[];
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
  /** Nouns an organisation calls itself by in a definition ("(“the Company”)", "hierna: de vereniging"): the entity so
   * defined is the policy's author, as with "we". */
  selfNouns?: string[];
  /**
   * Personal and possessive pronouns (single words): a capitalised run that holds one ("Wenn Sie", "Als U") is no name,
   * nor is a phrase opening with one ("Ihrem Browser", "Your Account").
   */
  pronouns: string[];
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
  /**
   * A pointer to contact details given elsewhere in the text ("contact our DPO at the address above", "via de
   * hierboven vermelde gegevens"): beside a DPO title, the controller's own contact details reach the DPO.
   */
  detailsElsewhere?: string[];
  /** Month names, January first; each entry lists the accepted spellings. */
  months: string[][];
  /** Cues of the date the policy was last changed. */
  updatedCues: string[];
  /** Generic references to a supervisory authority, which name none ("de toezichthouder", "your local supervisory authority"). */
  genericAuthority: string[];
  /**
   * An authority cited only as a source of information, not as the body to complain to ("further information … by
   * visiting the Information Commissioner's website", "Consultez le site cnil.fr pour plus d'informations",
   * "Inspiratie: Autoriteit Persoonsgegevens"): matched on the mention's sentence, which then names no supervisory
   * authority unless it speaks of a complaint.
   */
  authorityInformationOnly?: string[];
  /**
   * The authority the policy says is competent for it ("Die für uns zuständige Aufsichtsbehörde ist: …", "our lead
   * supervisory authority is …"): where several are named, that one wins as a complaint context does.
   */
  authorityCompetent?: string[];
  /**
   * True when every noun starts with a capital (German): a capitalised word inside a sentence is then no hint of a
   * name, so the site's name is not guessed from how often such a word is used.
   */
  nounsCapitalised: boolean;
}

export const CONTROLLER_LEXICON: Record<SupportedLanguage, ControllerLexicon> = byLanguage((pack) => pack.controller);

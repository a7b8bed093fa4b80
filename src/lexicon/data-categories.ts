/**
 * Categories of personal data: a taxonomy with normalised ids, and per language the phrases that name each category
 * plus the cues that tell a list or sentence about the data processed apart from other text.
 *
 * Phrases are regex sources (word-anchored and case-insensitive through `wordPattern`). When several categories match
 * one text, the earliest match wins (then the longest), so "IP-adres" is ip_address and "Inhoud van e-mails" is
 * correspondence, not email.
 */
import type { SupportedLanguage } from '../model/types.js';

export interface DataCategoryDef {
  id: string;
  /** Art. 9 special category, Art. 10 criminal data, or a national identification number (BSN). */
  special: boolean;
}

/** The taxonomy, in a fixed order (used to break ties). `other` is the id of a listed item no phrase names. */
export const DATA_CATEGORIES: readonly DataCategoryDef[] = [
  { id: 'name', special: false },
  { id: 'address', special: false },
  { id: 'phone', special: false },
  { id: 'email', special: false },
  { id: 'contact_details', special: false },
  { id: 'ip_address', special: false },
  { id: 'location', special: false },
  { id: 'online_behaviour', special: false },
  { id: 'device_browser', special: false },
  { id: 'cookies_identifiers', special: false },
  { id: 'account_credentials', special: false },
  { id: 'bank_account', special: false },
  { id: 'payment', special: false },
  { id: 'financial', special: false },
  { id: 'date_of_birth', special: false },
  { id: 'gender', special: false },
  { id: 'identity_document', special: false },
  { id: 'national_id', special: true },
  { id: 'photo_video', special: false },
  { id: 'correspondence', special: false },
  { id: 'employment', special: false },
  { id: 'health', special: true },
  { id: 'religion', special: true },
  { id: 'ethnicity', special: true },
  { id: 'political', special: true },
  { id: 'trade_union', special: true },
  { id: 'genetic', special: true },
  { id: 'biometric', special: true },
  { id: 'sexual', special: true },
  { id: 'criminal', special: true },
  { id: 'other_provided', special: false },
  { id: 'other', special: false },
];

export interface DataCategoryLexicon {
  /** Phrases per category id, matched in list items and in sentences. */
  phrases: Record<string, string[]>;
  /**
   * Extra phrases per category id that are too ambiguous for running text ("Naam", "Functie", "Cookies") but name a
   * category when they make up a list item or table cell.
   */
  itemPhrases: Record<string, string[]>;
  /** Verbs that say data are collected, received, kept or used. */
  processingVerbs: string[];
  /** Words for data in general ("gegevens", "information"): an intro that introduces data items names one. */
  dataWords: string[];
  /** Intro words that announce an enumeration ("de volgende", "includes", "zoals"). */
  enumerationCues: string[];
  /**
   * Intros that announce something other than data items although they name data: the ways or moments data are
   * collected ("op de volgende manieren:", "when you:"), their sources, or retention periods.
   */
  notDataIntro: string[];
  /** Sentences that mention data without processing them: the person is asked to black out a BSN; cookie definitions. */
  notProcessing: string[];
  /** The header of a table column that lists data ("Welke persoonsgegevens", "Categories of data"). */
  columnHeader: string[];
}

export const DATA_LEXICON: Record<SupportedLanguage, DataCategoryLexicon> = {
  nl: {
    phrases: {
      name: ['(?:voor-?\\s*(?:en\\s+)?)?achternaam', 'voornaam', 'voorletters?', 'naw(?:-?gegevens)?', 'naamgegevens', '(?:volledige|uw|je|jouw)\\s+naam', 'naam\\s+en\\s+(?:e-?mail)?adres'],
      address: ['(?:woon|post|factuur|afleverings?|bezorg|huis|vestigings)adres(?:sen)?', 'adresgegevens', 'postcode', 'woonplaats', 'straatnaam', 'huisnummer'],
      phone: ['(?:mobiele\\s+)?telefoonnummers?', 'mobiel(?:e)?\\s+nummers?', 'gsm-?nummers?', 'telefoongegevens'],
      email: ['e-?mail\\s*-?\\s*adres(?:sen)?', 'mailadres(?:sen)?'],
      contact_details: ['contact(?:gegevens|informatie)'],
      ip_address: ['ip-?\\s*adres(?:sen)?'],
      location: ['locatie(?:gegevens)?', 'geolocatie', 'gps-?(?:gegevens|locatie|co(?:ö|o)rdinaten)?', 'plaatsbepaling'],
      online_behaviour: [
        'surf-?gedrag', 'klikgedrag', 'zoekgedrag', 'internetgedrag',
        '(?:uw|je|jouw)\\s+gedrag\\s+op\\s+(?:de|onze|deze)\\s+website',
        '(?:gegevens\\s+over\\s+)?(?:uw|je|jouw)\\s+activiteiten\\s+op\\s+(?:de|onze|deze)\\s+(?:website|site|app)',
        'bezochte\\s+(?:pagina(?:\'|’)?s|webpagina(?:\'|’)?s|websites|internetsites)',
        '(?:de\\s+)?pagina(?:\'|’)?s\\s+die\\s+(?:u|je|jij)\\s+(?:\\p{L}+\\s+){0,4}bezoekt',
        'bezoekfrequentie', 'bezoekduur', 'duur\\s+van\\s+(?:het\\s+|uw\\s+|je\\s+)?bezoek', 'duur\\s+van\\s+de\\s+gebruikerssessie',
        '(?:datum\\s+en\\s+)?tijd(?:stip)?\\s+van\\s+(?:toegang|bezoek)', 'verwijzende\\s+(?:websites?|pagina(?:\'|’)?s)',
        'websitegebruik', 'gebruiksgegevens', 'klikpatronen', 'surfgegevens',
      ],
      device_browser: [
        '(?:internet)?browser(?:type|versie|gegevens)?', 'type\\s+(?:internet)?browser', 'apparaat\\s*-?type', '(?:type\\s+)?apparaat(?:gegevens|informatie)?',
        'besturingssysteem', 'schermresolutie', 'technische\\s+gegevens', 'user\\s*-?agent',
      ],
      cookies_identifiers: ['cookie-?(?:id|gegevens|informatie)', '(?:pseudo\\s+)?mac-?\\s*adres(?:sen)?', '(?:apparaat|device)-?(?:id|identificatie\\p{L}*)', 'advertentie-?id', 'unieke\\s+identificat\\p{L}+'],
      account_credentials: ['gebruikersnaam', 'wachtwoord(?:en)?', 'inloggegevens', 'accountgegevens', '(?:ssh|pgp|gpg)-?\\s*sleutels?'],
      bank_account: ['bank(?:rekening)?(?:nummer|gegevens)s?', 'rekeningnummers?', 'iban(?:-?nummer)?'],
      payment: ['betaal(?:gegevens|informatie|methode|wijze)', 'betalingsgegevens', 'betalingen', 'creditcard(?:gegevens|nummer)?s?', 'transactiegegevens'],
      financial: ['financiële\\s+gegevens', 'inkomens?(?:gegevens)?', 'kredietwaardigheid', 'openstaande\\s+saldi', 'vermogen'],
      date_of_birth: ['geboorte\\s*-?datum', 'geboortejaar'],
      gender: ['geslacht', 'gender'],
      identity_document: ['identiteitsbewijs', 'paspoort(?:nummer|gegevens)?', 'rijbewijs(?:nummer)?', 'id-?kaart', 'identiteitskaart', '(?:kopie|scan)\\s+(?:van\\s+)?(?:uw|je|jouw)\\s+(?:id|legitimatie)'],
      national_id: ['burgerservicenummer', 'bsn(?:-?nummer)?', 'sofi-?nummer', 'rijksregisternummer'],
      photo_video: ['foto(?:\'|’)?s?', 'pasfoto', 'profielfoto', 'beeldmateriaal', 'camerabeelden', 'video(?:opnamen?|beelden|\'s)?', 'beeld-?\\s*(?:en|of)\\s+geluidsopnamen'],
      correspondence: ['(?:e-?mail)?correspondentie', 'communicatiegegevens', 'inhoud\\s+van\\s+(?:e-?mails|berichten|correspondentie|gesprekken)', 'chatgesprekken', 'telefoongesprekken'],
      employment: ['functietitel', 'werkgever', 'bedrijfsnaam', 'beroep', 'sollicitatie(?:gegevens|brief)?', 'curriculum\\s+vitae', 'cv', 'motivatiebrief', 'arbeidsverleden', 'werkervaring'],
      health: ['gezondheid(?:sgegevens)?', 'medische\\s+gegevens', 'medisch\\s+dossier', 'ziekte\\p{L}*', 'allergie(?:ën|en)?'],
      religion: ['religie', 'godsdienst(?:ige\\s+overtuiging)?', '(?:levens|geloofs)overtuiging'],
      ethnicity: ['ras', 'etnische\\s+(?:afkomst|achtergrond)', 'afkomst'],
      political: ['politieke\\s+(?:voorkeur|opvattingen?|overtuiging|gezindheid)'],
      trade_union: ['(?:lidmaatschap\\s+van\\s+een\\s+)?vakbond(?:slidmaatschap)?'],
      genetic: ['genetische\\s+gegevens'],
      biometric: ['biometrische\\s+gegevens', 'vingerafdruk(?:ken)?', 'gezichtsherkenning'],
      sexual: ['seksuele\\s+(?:geaardheid|gerichtheid|leven|voorkeur)', 'seksueel\\s+gedrag'],
      criminal: ['strafrechtelijke\\s+gegevens', 'strafblad', 'strafrechtelijke\\s+veroordelingen', 'verklaring\\s+omtrent\\s+het\\s+gedrag'],
      other_provided: [
        'overige\\s+(?:persoons)?gegevens', '(?:alle\\s+)?andere\\s+(?:persoons)?gegevens\\s+die\\s+(?:u|je|jij)',
        '(?:persoons)?gegevens\\s+die\\s+(?:u|je|jij)\\s+(?:\\p{L}+\\s+){0,4}(?:verstrekt|opgeeft|invult|geeft|deelt)',
      ],
    },
    itemPhrases: {
      name: ['naam', 'namen'],
      address: ['adres(?:sen)?'],
      phone: ['telefoon', 'mobiel'],
      email: ['e-?mail'],
      cookies_identifiers: ['cookies?'],
      correspondence: ['berichten', 'notities', 'e-?mails'],
      employment: ['functie', 'werkgever', 'organisatie(?:naam)?', 'referenties', 'opleiding(?:en)?', 'diploma(?:\'|’)?s'],
      photo_video: ['afbeeldingen'],
      date_of_birth: ['leeftijd'],
    },
    processingVerbs: [
      'verwerk(?:en|t|te|ten)', 'verwerkt', 'verzamel(?:en|t|de|den)', 'verzameld', 'gebruik(?:en|t|te|ten)', 'gebruikt',
      'bewa(?:ren|art|arde|arden)', 'bewaard', 'opslaan', 'slaan\\s+(?:\\p{L}+\\s+){0,4}op', 'opgeslagen', 'vastleggen', 'vastgelegd', 'leggen\\s+(?:\\p{L}+\\s+){0,4}vast',
      'ontvang(?:en|t)', 'toegevoegd\\s+aan', 'toevoegen\\s+aan', 'registreren', 'geregistreerd', 'registreert', 'vragen\\s+(?:\\p{L}+\\s+){0,3}om', 'verkrijgen', 'verkregen',
      'analyse(?:ren|ert)', 'geanalyseerd', 'bijhouden', 'houden\\s+(?:\\p{L}+\\s+){0,4}bij', 'verstrekt', 'verstrekken', 'opgeeft', 'opgegeven', 'achterlaten', 'laat\\s+(?:\\p{L}+\\s+){0,4}achter',
    ],
    dataWords: ['\\p{L}*gegevens', 'data', 'informatie', 'persoonlijke\\s+informatie'],
    enumerationCues: ['(?:de\\s+)?volgende', 'onderstaande', 'overzicht', 'zoals', 'namelijk', 'waaronder', 'bestaan\\s+uit', 'omvatten', 'o\\.a\\.', 'onder\\s+andere', 'bijvoorbeeld', 'hieronder'],
    notDataIntro: [
      '(?:de\\s+)?volgende\\s+(?:manieren|wijzen|bronnen|situaties|gevallen|momenten)', 'op\\s+de\\s+volgende\\s+wijze',
      '(?:wanneer|als|indien|doordat|zodra)\\s+(?:u|je|jij)\\s*:', 'bewaartermijnen?', 'bewaren\\s+wij', 'ontvangers',
      'op\\s+(?:basis|grond)\\s+van\\s*:', '(?:rechts)?grondslag(?:en)?', 'rechtsgrond(?:en)?', 'doel(?:en|einden)',
    ],
    notProcessing: [
      'zwart\\s*(?:maken|gemaakt)?', 'onleesbaar', 'afschermen', 'afgeschermd', 'doorstrepen',
      '(?:een|het)\\s+cookie\\s+is', 'cookies\\s+zijn\\s+(?:kleine|eenvoudige)', 'browserinstellingen', 'instellingen\\s+van\\s+(?:uw|je|jouw)\\s+(?:internet)?browser', '(?:internet)?browser\\s+zo\\s+in\\s+te\\s+stellen',
    ],
    columnHeader: ['(?:welke\\s+)?(?:persoons)?gegevens', 'categorie(?:ën|en)?(?:\\s+(?:van\\s+)?(?:persoons)?gegevens)?', 'soort(?:en)?\\s+gegevens'],
  },
  en: {
    phrases: {
      name: ['(?:first|last|full|real|given|family|sur)\\s*-?\\s*names?', 'surnames?', '(?:your|their)\\s+names?', 'names?\\s+and\\s+(?:e-?mail\\s+)?address(?:es)?', 'names?\\s+and\\s+title'],
      address: ['(?:postal|home|billing|shipping|mailing|street|physical|delivery|residential)\\s+address(?:es)?', 'zip\\s+codes?', 'post\\s*codes?', 'postal\\s+codes?', '(?:country\\s+and\\s+)?city\\s+of\\s+residence', 'country\\s+of\\s+residence', '(?:your|their)\\s+address(?:es)?'],
      phone: ['(?:tele)?phone\\s+numbers?', 'mobile\\s+(?:phone\\s+)?numbers?', 'cell\\s*phone\\s+numbers?'],
      email: ['e-?mail\\s+address(?:es)?', '(?:your|their)\\s+e-?mail(?!\\s+(?:address|communications?|messages?|correspondence))'],
      contact_details: ['contact\\s+(?:details|information|data)'],
      ip_address: ['(?:internet\\s+protocol\\s+)?\\(?ip\\)?\\s+address(?:es)?'],
      location: ['(?:precise\\s+|approximate\\s+|geo-?)?location(?:\\s+data|\\s+information)?', 'geolocation', 'gps\\s+(?:data|coordinates|location)'],
      online_behaviour: [
        'browsing\\s+(?:history|behaviou?r|activity)', 'click(?:stream)?\\s+(?:data|behaviou?r)', 'usage\\s+(?:data|information)',
        'pages?\\s+(?:you\\s+(?:view|visit(?:ed)?|request)|viewed|visited)', 'the\\s+page\\s+you\\s+request', 'referr(?:ing|er)\\s+(?:site|url|page|website)s?',
        'what\\s+you\\s+did\\s+on', 'when\\s+you\\s+accessed', '(?:date\\s+and\\s+)?time\\s+(?:and\\s+(?:date|day)\\s+)?(?:of\\s+(?:each\\s+)?(?:request|access|visit)|you\\s+(?:used|accessed|visited))',
        'session\\s+(?:information|data)', 'how\\s+you\\s+use\\s+(?:the|our)\\s+(?:service|site|website|app)s?', 'interactions?\\s+with\\s+(?:our|the)\\s+(?:site|website|service)s?', 'website\\s+activity',
      ],
      device_browser: [
        'browser(?:\\s+(?:type|version|information|data))?', 'user\\s*-?agent(?:\\s+information)?', 'operating\\s+system(?:\\s+and\\s+application\\s+version)?',
        'device\\s+(?:type|model|information|data)', 'hardware\\s+attributes', 'software\\s+and\\s+hardware\\s+attributes', 'screen\\s+resolution', 'client\\s+application\\s+information',
        'information\\s+about\\s+your\\s+(?:client|device|computer)',
      ],
      cookies_identifiers: ['cookie\\s+(?:id|ids|information|data|identifiers?)', 'device\\s+(?:id|ids|identifiers?)', '(?:online|unique|advertising)\\s+identifiers?', 'mac\\s+address(?:es)?', 'device\\s+provided\\s+identifiers'],
      account_credentials: ['user\\s*-?names?', 'passwords?', 'login\\s+(?:details|credentials|information)', 'credentials', '(?:ssh|pgp|gpg)\\s+keys?', 'two-?factor\\s+(?:authentication|authorization)\\s+keys?'],
      bank_account: ['bank(?:ing)?\\s+(?:account\\s+)?(?:details|information|numbers?|data)', 'bank\\s+accounts?', 'iban'],
      payment: ['payment\\s+(?:information|details|data|method)s?', 'credit\\s+card(?:\\s+(?:information|details|numbers?|data))?', 'paypal\\s+information', 'transactions?(?:\\s+(?:information|data|history))?', 'amount\\s+charged', 'billing\\s+(?:information|details|records)'],
      financial: ['financial\\s+(?:information|data|details)', 'information\\s+about\\s+your\\s+assets', 'income', 'credit\\s*worthiness', 'assets'],
      date_of_birth: ['dates?\\s+of\\s+birth', 'birth\\s*dates?', 'birthdays?'],
      gender: ['gender', 'sex(?!ual)'],
      identity_document: ['(?:copy\\s+of\\s+(?:your|an)\\s+)?(?:id|identity|identification)\\s+(?:document|card)s?', 'passports?(?:\\s+numbers?)?', 'driv(?:er\'?s|ing)\\s+licen[cs]es?'],
      national_id: ['social\\s+security\\s+numbers?', 'national\\s+(?:id|identification|insurance)\\s+numbers?', 'citizen\\s+service\\s+numbers?', 'bsn', 'tax\\s+(?:id|identification)\\s+numbers?'],
      photo_video: ['photo(?:graph)?s?', 'pictures?', 'avatars?', 'images\\s+of\\s+you', 'video\\s+recordings?', 'cctv\\s+footage'],
      correspondence: ['correspondence', 'contents?\\s+of\\s+(?:your\\s+)?(?:e-?mails|messages|communications)', 'messages\\s+you\\s+send', 'e-?mail\\s+headers', 'chat\\s+(?:logs|history|transcripts)', 'call\\s+recordings'],
      employment: ['job\\s+titles?', 'occupations?', 'employers?', 'company\\s+names?', 'business\\s+names?', 'professions?', '(?:job\\s+)?application\\s+(?:data|information|details)', 'cvs?', 'curriculum\\s+vitae', 'r(?:e|é)sum(?:e|é)s?'],
      health: ['health(?:\\s+(?:data|information|conditions?))?', 'medical\\s+(?:data|information|records?|history)', 'data\\s+concerning\\s+health'],
      religion: ['religio(?:n|us)(?:\\s+(?:or\\s+philosophical\\s+)?beliefs)?', 'philosophical\\s+beliefs'],
      ethnicity: ['racial\\s+or\\s+ethnic\\s+origin', 'ethnic(?:ity|\\s+origin)', 'race'],
      political: ['political\\s+(?:opinions?|views|affiliations?|beliefs)'],
      trade_union: ['trade\\s+union\\s+membership', 'union\\s+membership'],
      genetic: ['genetic\\s+data'],
      biometric: ['biometric\\s+(?:data|information|identifiers)', 'fingerprints?', 'face\\s*prints?', 'facial\\s+recognition'],
      sexual: ['sex\\s+life', 'sexual\\s+orientation'],
      criminal: ['criminal\\s+(?:records?|convictions?|offen[cs]es|history|background)'],
      other_provided: [
        'other\\s+(?:personal\\s+)?(?:information|data|details)\\s+(?:that\\s+)?you\\s+(?:\\p{L}+\\s+){0,3}(?:provide|give|submit|share|choose)',
        '(?:information|data|details)\\s+(?:that\\s+)?you\\s+(?:\\p{L}+\\s+){0,3}(?:provide|give|submit|share)\\s+(?:to\\s+us|us|through|via|when|in)',
        'any\\s+other\\s+(?:personal\\s+)?(?:information|data)',
      ],
    },
    itemPhrases: {
      name: ['names?'],
      address: ['address(?:es)?'],
      phone: ['(?:tele)?phone'],
      email: ['e-?mail'],
      cookies_identifiers: ['cookies?'],
      correspondence: ['messages', 'notes', 'e-?mails', 'tickets'],
      location: ['country', 'city'],
      photo_video: ['images'],
      date_of_birth: ['age'],
      employment: ['company', 'organi[sz]ation', 'job', 'employer', 'references', 'industry'],
    },
    processingVerbs: [
      'collect(?:s|ed|ing)?', 'process(?:es|ed|ing)?', 'us(?:e|es|ed|ing)', 'stor(?:e|es|ed|ing)', 'keep(?:s|ing)?', 'kept', 'retain(?:s|ed|ing)?',
      'record(?:s|ed|ing)?', 'receiv(?:e|es|ed|ing)', 'obtain(?:s|ed|ing)?', 'gather(?:s|ed|ing)?', 'log(?:s|ged|ging)?', 'save(?:s|d)?', 'ask\\s+(?:you\\s+)?for',
      'require(?:s|d)?', 'request(?:s|ed)?', 'access(?:es|ed)?', 'hold(?:s|ing)?', 'provide(?:s|d)?\\s+(?:to\\s+)?us', 'give\\s+us', 'analy[sz](?:e|es|ed|ing)',
    ],
    dataWords: ['data', 'information', 'details', 'personal\\s+(?:data|information)'],
    enumerationCues: ['(?:the\\s+)?following', 'below', 'includes?', 'including', 'such\\s+as', 'namely', 'consists?\\s+of', 'e\\.g\\.', 'for\\s+example', 'comprises?'],
    notDataIntro: [
      '(?:the\\s+)?following\\s+(?:ways|manners|sources|situations|circumstances|cases|moments)', '(?:when|if|where|as)\\s+you\\s*:',
      'retention\\s+periods?', 'recipients', 'third\\s+parties\\s*:', '(?:legal|lawful)\\s+bas(?:is|es)', 'on\\s+the\\s+basis\\s+of\\s*:', 'purposes?',
    ],
    notProcessing: [
      'black\\s+out', 'redact(?:ed)?', 'cover\\s+up', '(?:a|the)\\s+cookie\\s+is', 'cookies\\s+are\\s+small', 'browser\\s+settings', 'settings\\s+of\\s+your\\s+browser', 'close\\s+your\\s+browser',
    ],
    columnHeader: ['(?:personal\\s+)?(?:data|information)(?:\\s+categor(?:y|ies))?', 'categor(?:y|ies)\\s+of\\s+(?:personal\\s+)?(?:data|information)', '(?:what|which)\\s+(?:personal\\s+)?(?:data|information)'],
  },
};

import type { SupportedLanguage } from '../model/types.js';

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
  /** A lead sentence (ending in ':') before a list of services or recipients: "gebruikt de volgende systemen:",
   * "wel gebruik ik een paar diensten ...:", "we pass your data to:". */
  listLeads: string[];
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
}

export const RECIPIENTS: Record<SupportedLanguage, RecipientsLexicon> = {
  nl: {
    sectionLabels: [
      'ontvangers?',
      '(?:sub)?verwerkers',
      'derden',
      'derde\\s+partijen',
      'delen\\s+(?:van\\s+)?(?:uw\\s+|je\\s+|jouw\\s+)?(?:persoons)?gegevens',
      'delen\\s+(?:wij|we)',
      'verstrek(?:ken|king|t|t\\s+aan)',
      'doorgeven\\s+(?:van\\s+)?(?:persoons)?gegevens',
      'aan\\s+wie',
      'wie\\s+(?:heeft|hebben|krijgt|krijgen)\\s+toegang',
      'wie\\s+(?:krijgt|krijgen|ontvangt|ontvangen)\\s+(?:uw|je|jouw|de|onze)?\\s*(?:persoons)?gegevens',
      'met\\s+wie\\s+(?:delen|deel|deelt)',
      'deel\\s+(?:ik|wij|we)',
      'dienstverleners',
      'betaal(?:providers?|dienstverleners?)',
      'hostingpartij(?:en)?',
    ],
    sourceSections: [
      '(?:wijze|manier)\\s+van\\s+verzamel(?:en|ing)',
      'herkomst',
      'bron(?:nen)?\\s+van',
      '(?:verkregen|ontvangen)\\s+(?:van|via)',
      'van\\s+derden',
    ],
    columnHeaders: ['ontvangers?', 'verstrekt\\s+aan', 'gedeeld\\s+met', '(?:sub)?verwerkers?', 'derden'],
    serviceHeaders: ['aanbieder', 'leverancier', 'dienst(?:verlener)?', 'partij', 'tool', 'software', 'verwerker', 'cookie'],
    nameColumnHeaders: ['(?:sub)?verwerkers?', 'aanbieder', 'leverancier', 'partij', 'bedrijf', 'organisatie'],
    useBefore: [
      '(?:wij|we)\\s+(?:ook\\s+|daarnaast\\s+|momenteel\\s+)?(?:gebruiken|gebruikten|hanteren|benutten)',
      'ik\\s+(?:ook\\s+|daarnaast\\s+|momenteel\\s+)?(?:gebruik|gebruikte|hanteer)',
      'gebruik(?:en|t)\\s+(?:wij|we)(?:\\s+(?:ook|daarnaast|momenteel))?',
      'gebruik(?:t|en)?',
      'maak(?:t|en)\\s+(?:wij\\s+|we\\s+)?(?:ook\\s+)?gebruik\\s+van',
      'gebruik\\s+(?:te\\s+)?(?:maken\\s+)?van',
      'met\\s+behulp\\s+van',
      'werk(?:t|en)\\s+(?:wij\\s+|we\\s+)?samen\\s+met',
      'samenwerking\\s+met',
      '(?:delen|deelt|gedeeld|verstrek(?:ken|t)|verstrekt|doorgeven|doorgegeven|door\\s+te\\s+geven|geven\\s+[^.;:]{0,60}?\\s+door|doorsturen|doorgestuurd|sturen|gestuurd|overdragen|overgedragen)\\s+[^.;:]{0,80}?\\s*(?:met|aan|naar)',
      '(?:gehost|gehuisvest|opgeslagen|ondergebracht|verwerkt|verzonden|verstuurd|uitgevoerd|geleverd|afgehandeld)\\s+(?:bij|door|via)',
      // "het platform van Twizzit", "het netwerk van Cloudflare", "kaarten van Google Maps".
      '(?:cookies?|diensten|dienst|producten?|tools?|software|platform|netwerk|systeem|oplossing|plug-?ins?|widgets?|kaarten|kaart|lettertypen|servers?)\\s+(?:van|via)',
      '(?:uitbesteed|uitbesteden)\\s+aan',
      'ingeschakeld(?:e)?',
      '(?:verwerkers|bewerkers)overeenkomst(?:en)?\\s+(?:(?:is\\s+|zijn\\s+)?(?:afgesloten|gesloten)\\s+)?met',
      '(?:onze|de)\\s+(?:sub)?(?:verwerker|hostingpartij|hostingprovider|betaalprovider|dienstverlener|leverancier|partner)s?\\s*,?',
      'diensten\\s+van',
      // A category and its examples: "derden, zoals Facebook".
      '(?:derden|partijen|dienstverleners|diensten|leveranciers|verwerkers|partners|tools|platforms?|netwerken)\\s*,?\\s*(?:zoals|bijvoorbeeld|waaronder|onder\\s+andere|o\\.a\\.)',
    ],
    nameCues: [
      '(?:wij|we)\\s+(?:ook\\s+|daarnaast\\s+|momenteel\\s+)?(?:gebruiken|hanteren)',
      'gebruiken\\s+(?:wij|we)(?:\\s+(?:ook|daarnaast|momenteel))?',
      'ik\\s+(?:ook\\s+|daarnaast\\s+|momenteel\\s+)?(?:gebruik|hanteer)',
      'gebruik\\s+ik(?:\\s+(?:ook|daarnaast|momenteel))?',
      'maak(?:t|en)\\s+(?:wij\\s+|we\\s+)?(?:ook\\s+)?gebruik\\s+van',
      '(?:gehost|gehuisvest|opgeslagen|ondergebracht)\\s+(?:bij|door)',
      'verwerkt\\s+door',
      'uitbesteed\\s+aan',
      '(?:verwerkers|bewerkers)overeenkomst(?:en)?\\s+(?:(?:is\\s+|zijn\\s+)?(?:afgesloten|gesloten)\\s+)?met',
      '(?:onze|de)\\s+(?:sub)?(?:verwerker|hostingpartij|hostingprovider|betaalprovider|dienstverlener|leverancier)\\s*,?',
      '(?:delen|deelt|gedeeld|verstrek(?:ken|t)|doorgeven|doorgegeven)\\s+[^.;:]{0,60}?gegevens\\s+(?:met|aan)',
      // The reader's data handed on: "geven je e-mailadres door aan", "sturen wij uw adres naar".
      '(?:delen|deel|deelt|geven|geef|geeft|sturen|stuur|stuurt|verstrek(?:ken|t)?)\\s+(?:(?:wij|we|ik)\\s+)?(?:uw|je|jouw)\\s+[^.;:]{0,60}?\\s*(?:met|aan|naar)',
    ],
    filler: ['de', 'het', 'een', 'onze?', 'ook', 'daarvoor', 'hiervoor', 'onder\\s+andere', 'o\\.a\\.', 'bijvoorbeeld', 'diensten\\s+van', 'dienst\\s+van', 'programma', 'software\\s+van', 'tool'],
    readerSubjects: ['u', 'je', 'jij', 'gebruikers?', 'bezoekers?'],
    roleAfter: [
      '\\s*\\(\\s*(?:sub)?verwerker\\s*\\)',
      '\\s*,?\\s*(?:als|onze|de)\\s+(?:sub)?(?:verwerker|onderaannemer|hostingpartij|hostingprovider|dienstverlener|leverancier|betaalprovider)',
      '\\s+(?:verwerkt|ontvangt|krijgt|bewaart)\\s+[^.;:]{0,60}?(?:als\\s+(?:sub)?verwerker|namens\\s+ons|in\\s+opdracht\\s+van)',
      // "Met Conscribo is een bewerkersovereenkomst gesloten".
      '\\s+(?:is|zijn|hebben\\s+(?:wij|we|ik)|heb\\s+ik)\\s+(?:een\\s+)?(?:verwerkers|bewerkers)overeenkomst(?:en)?',
    ],
    listLeads: [
      '(?:gebruik(?:t|en)|hanteren|inzet(?:ten)?|maken\\s+gebruik\\s+van)\\s+[^.;]{0,40}?(?:de\\s+)?volgende',
      'de\\s+volgende\\s+(?:sub)?verwerkers',
      'de\\s+volgende\\s+(?:partijen|ontvangers|dienstverleners|leveranciers)',
      // "Wel gebruik ik een paar diensten die mij helpen:", "werken samen met deze partijen:".
      '(?:gebruik(?:t|en)?|maken\\s+gebruik\\s+van|werken\\s+samen\\s+met|schakel(?:t|en)?)\\s+[^.;:]{0,60}?(?:diensten|dienstverleners|partijen|leveranciers|systemen|tools|software|programma\'s|platforms|partners|bedrijven|(?:sub)?verwerkers)',
      // "We geven je gegevens enkel door aan:", "verstrekt persoonsgegevens niet aan derden, behalve:".
      '(?:delen|deel|deelt|geven|geef|geeft|verstrek(?:ken|t)?|sturen|stuur|stuurt)\\s+[^.;:]{0,80}?(?:met|aan|naar)',
    ],
    itemPrepositions: ['aan', 'met', 'naar', 'via', 'door'],
    apposition: ['het', 'de', 'een', 'onze?', 'ons', 'mijn', 'dat', 'die', 'welke', 'waarmee', 'waarin', 'waar'],
    itemVerbs: [
      'hosten|host|verwerk(?:t|en)|verstuur(?:t)?|versturen|verzend(?:t|en)|bezorg(?:t|en)|lever(?:t|en)|beheer(?:t|en)|bewaar(?:t)?|bewaren',
      'verzorg(?:t|en)|regel(?:t|en)|ontvang(?:t|en)|krijg(?:t|en)|houd(?:t|en)|toont|tonen|laat|laten|meet|meten|analyseert|voert|doet',
      '(?:gebruik|gebruiken|hanteren)\\s+(?:ik|wij|we)',
    ],
    nounEndings: [
      'gegevens', 'data', 'informatie', 'dienst(?:en)?', 'verlener(?:s)?', 'bureau(?:s)?', 'kantoor', 'kantoren', 'partij(?:en)?',
      'instelling(?:en)?', 'instantie(?:s)?', 'leverancier(?:s)?', 'beheerder(?:s)?', 'bedrijf', 'bedrijven', 'organisatie(?:s)?',
      'overheid', 'gemeente(?:n)?', 'verzekeraar(?:s)?', 'houder(?:s)?', 'accountant(?:s)?', 'advocat(?:en)?', 'medewerker(?:s)?',
      'provider(?:s)?', 'drukkerij(?:en)?', 'school', 'scholen', 'ouders', 'leden', 'klanten', 'bezoekers', 'partners?', 'termijn(?:en)?',
      'doel(?:en)?', 'grondslag(?:en)?', 'rechten', 'cookies?',
      // The controller's own people and bodies.
      'bestuur', 'meester(?:s)?', 'secretaris(?:sen)?', 'voorzitter(?:s)?', 'directie', 'directeur(?:en)?', 'leiding', 'team(?:s)?',
      'afdeling(?:en)?', 'commissie(?:s)?', 'raad', 'staf',
    ],
    lawfulDemand: [
      '(?:als|indien|wanneer|voor\\s+zover|waar)\\s+(?:[\\p{L}]+\\s+){0,4}?(?:wettelijk\\s+(?:verplicht|vereist|voorgeschreven)|(?:de\\s+)?wet(?:geving)?\\s+(?:[\\p{L}]+\\s+){0,2}?(?:vereist|verplicht|voorschrijft))',
      '(?:op\\s+grond\\s+van|krachtens)\\s+een\\s+(?:wettelijke\\s+(?:verplichting|plicht)|rechterlijke\\s+uitspraak|bevel)',
    ],
    sourceBefore: [
      '(?:ontvangen|ontvangt|verkrijgen|verkregen|verzamelen|verzameld|krijgen|raadplegen|halen)\\s+[^.;:]{0,80}?\\s*(?:van|via|uit)',
      'afkomstig\\s+(?:van|uit)',
    ],
    sourceAfter: ['\\s+is\\s+(?:een|onze?)\\s+bron'],
    internalAfter: ['\\s*[,(]?\\s*(?:een\\s+)?(?:onderdeel|afdeling|dochter(?:onderneming|maatschappij)?)\\s+van'],
    operatorBefore: ['(?:wordt|worden)\\s+beheerd\\s+door', 'in\\s+beheer\\s+(?:bij|van)'],
    notReceiving: ['deel(?:knop|button)s?', 'social\\s*media[\\s-]*(?:knoppen|buttons)', 'links?\\s+naar', 'doorverwezen', 'doorgestuurd\\s+naar\\s+(?:de\\s+)?(?:website|pagina)'],
    disabledAfter: ['\\s+(?:is|zijn|wordt|worden)\\s+(?:uitgezet|uitgeschakeld|gedeactiveerd)'],
    categories: [
      'derde\\s+partij(?:en)?',
      'derden',
      'externe\\s+(?:partijen|dienstverleners|leveranciers)',
      '(?:it|ict)[\\s-]*(?:dienstverleners?|leveranciers?|partners?)',
      'hosting(?:partij|provider|bedrijf)(?:en|s)?',
      'webhosters?',
      'betaal(?:provider|dienstverlener)s?',
      'pakket(?:dienst|bezorger)s?',
      'bezorgdienst(?:en)?',
      'vervoerders?',
      'boekhouders?',
      'accountants?',
      'administratiekanto(?:or|ren)',
      'advocaten',
      'marketingbureaus?',
      'nieuwsbriefdienst(?:en)?',
      'certificatie-instelling(?:en)?',
      'overheidsinstanties',
      'overheidsinstellingen',
      'toezichthoudende\\s+instanties',
      'belastingdienst',
      'politie',
      'justitie',
      'verwerkers',
      'sub-?verwerkers',
      'partners',
      'groepsmaatschappijen',
      'leveranciers',
      'dienstverleners',
    ],
    categoryBefore: ['(?:aan|met|naar)'],
    shareVerbs: [
      'verstrek\\p{L}*', 'deel(?:t|den)?', 'delen', 'gedeeld', 'door(?:geven|gegeven|gestuurd|sturen)', 'geven\\s+[^.;:]{0,40}?door',
      'verschaf\\p{L}*', 'verkopen', 'verkoopt', 'verhuren', 'overdragen', 'overgedragen', 'ter\\s+beschikking', 'toegang',
      'sturen', 'gestuurd', 'verzenden', 'doorgifte', 'uitbesteed', 'inzage',
    ],
    categoryCue: [
      'ingeschakelde',
      '(?:maken|maakt)\\s+(?:wij\\s+|we\\s+)?gebruik\\s+van',
      'gebruik(?:en|t)\\s+(?:wij|we)',
    ],
    categoryAfter: ['\\s+(?:inschakelen|inschakelt|in\\s+te\\s+schakelen)', '\\s+(?:die|welke)\\s+namens\\s+ons', '\\s+toegang\\s+(?:geven|krijgen|hebben)'],
    categoryNotBefore: ['van', 'tracking\\s+van'],
    noneWords: ['n\\.?v\\.?t\\.?', 'geen', 'niemand', '-'],
    processorWords: ['(?:sub)?verwerkers?', 'namens\\s+ons', 'in\\s+opdracht\\s+van', 'onderaannemer', 'dienstverlener', 'gehost', 'hosting'],
    controllerStatements: [
      'is\\s+(?:de\\s+)?(?:verwerkings)?verantwoordelijke',
      'is\\s+verantwoordelijk\\s+voor\\s+de\\s+verwerking',
      'is\\s+(?:gezamenlijk\\s+)?verwerkingsverantwoordelijk',
      'respecteert\\s+de\\s+privacy',
      'hecht\\s+(?:veel\\s+)?waarde\\s+aan',
    ],
    ownAccount: ['(?:uw|je|jouw)\\s+(NAME)[\\s-]*(?:account|profiel|abonnement)'],
    titleWords: ['privacy(?:verklaring|beleid|statement|policy|reglement)?', 'verklaring', 'beleid', 'cookie(?:verklaring|beleid)?', 'van', 'de', 'het', 'en', 'voor'],
    dataWords: ['gegevens', 'persoonsgegevens', 'informatie', 'data', 'account', 'website', 'site', 'formulier', 'pagina', 'team', 'verklaring', 'beleid', 'voorwaarden'],
  },
  en: {
    sectionLabels: [
      '(?:other\\s+)?recipients?',
      '(?:sub-?)?processors',
      'third[\\s-]part(?:y|ies)(?!\\s+(?:websites?|sites?|links?|applications?|content))',
      'shar(?:e|ing)\\s+(?:of\\s+)?(?:your\\s+)?(?:personal\\s+)?(?:data|information)',
      'data\\s+sharing',
      'how\\s+(?:we|do\\s+we)\\s+(?:may\\s+)?(?:share|disclose)',
      'who\\s+we\\s+share',
      'disclos(?:e|ure)s?\\s+(?:of\\s+)?(?:your\\s+)?(?:personal\\s+)?(?:data|information)',
      'who\\s+(?:has|have|gets|get)\\s+access',
      'who\\s+(?:receives?|gets?)\\s+(?:your\\s+)?(?:personal\\s+)?(?:data|information)',
      'with\\s+whom',
      'service\\s+providers',
      'payment\\s+(?:providers?|processors?)',
      'postal\\s+services?',
    ],
    sourceSections: [
      '(?:collect(?:ed)?|obtain(?:ed)?|receive[sd]?|get)\\s+from',
      'sources?\\s+of',
      'other\\s+sources',
      'from\\s+third[\\s-]part(?:y|ies)',
    ],
    columnHeaders: ['recipients?', 'shared\\s+with', 'disclosed\\s+to', '(?:sub-?)?processors?', 'third\\s+parties'],
    serviceHeaders: ['provider', 'vendor', 'service', 'tool', 'processor', 'company', 'cookie'],
    nameColumnHeaders: ['(?:sub-?)?processors?', 'provider', 'vendor', 'company', 'entity', 'organi[sz]ation'],
    useBefore: [
      '(?:use[sd]?|using|utili[sz](?:e|es|ed|ing)|employ(?:s|ed|ing)?|rel(?:y|ies|ied|ying)\\s+on)',
      'make[s]?\\s+use\\s+of',
      'with\\s+the\\s+help\\s+of',
      '(?:work|works|working|partner|partners|partnered)\\s+with',
      '(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|transmit(?:s|ted|ting)?|transfer(?:s|red|ring)?|provid(?:e|es|ed|ing)|pass(?:es|ed|ing)?(?:\\s+on)?|sen[dt]s?|sending|forward(?:s|ed|ing)?|giv(?:e|es|en|ing))\\s+[^.;:]{0,80}?\\s*(?:with|to)',
      '(?:hosted|stored|processed|provided|powered|operated|handled|delivered|sent|managed)\\s+(?:by|with|at|on|via)',
      'outsourced\\s+to',
      'forwarded\\s+to\\s+(?:a\\s+)?(?:secure\\s+)?(?:page|site|website)\\s+of',
      'data\\s+processing\\s+(?:agreement|addendum)s?\\s+with',
      '(?:our|a|the)\\s+(?:third[\\s-]party\\s+)?(?:sub-?)?(?:processor|hosting\\s+provider|payment\\s+(?:processor|provider)|service\\s+provider|provider|vendor|partner|bank)s?\\s*,?',
      'services\\s+of',
      // "the consent management platform of Usercentrics", "the content delivery network of Cloudflare", "maps from Google Maps".
      '(?:cookies?|services?|products?|tools?|software|platforms?|networks?|systems?|solutions?|plug-?ins?|widgets?|maps|fonts|servers?|infrastructure)\\s+(?:of|from|by)',
      // A category and its examples: "third-party services such as Google Analytics".
      '(?:third[\\s-]part(?:y|ies)|parties|providers|services|vendors|processors|partners|tools|platforms?|networks)\\s*,?\\s*(?:\\(\\s*)?(?:such\\s+as|like|including|e\\.g\\.,?|for\\s+example)',
    ],
    nameCues: [
      '(?:we|i)\\s+(?:also\\s+|currently\\s+|may\\s+|only\\s+)?(?:use|utili[sz]e|employ|rely\\s+on)',
      '(?:hosted|stored|processed)\\s+(?:by|with|at)',
      'outsourced\\s+to',
      'data\\s+processing\\s+(?:agreement|addendum)s?\\s+with',
      '(?:our|a|the)\\s+(?:third[\\s-]party\\s+)?(?:sub-?)?(?:processor|hosting\\s+provider|payment\\s+(?:processor|provider)|service\\s+provider)\\s*,?',
      '(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|transmit(?:s|ted|ting)?|transfer(?:s|red|ring)?)\\s+[^.;:]{0,60}?(?:data|information)\\s+(?:with|to)',
      // The reader's data handed on: "we pass your email address and booking number to".
      '(?:shar(?:e|es|ed)|disclos(?:e|es|ed)|pass(?:es|ed)?(?:\\s+on)?|sen[dt]s?|forward(?:s|ed)?|giv(?:e|es|en)|provid(?:e|es|ed)|transmit(?:s|ted)?|transfer(?:s|red)?)\\s+your\\s+[^.;:]{0,60}?\\s+(?:with|to)',
    ],
    filler: ['the', 'a', 'an', 'our', 'services\\s+of', 'service\\s+of', 'tools?\\s+(?:like|such\\s+as)', 'e\\.g\\.', 'such\\s+as', 'like', 'including', 'for\\s+example', 'also'],
    readerSubjects: ['you', 'users?', 'visitors?'],
    roleAfter: [
      '\\s*\\(\\s*(?:sub-?)?processor\\s*\\)',
      '\\s*,?\\s*(?:as|our|a)\\s+(?:(?:third[\\s-]party|data)\\s+)?(?:sub-?)?(?:processor|service\\s+provider|hosting\\s+provider|payment\\s+(?:processor|provider))',
      '\\s+(?:processes|receives|hosts|stores)\\s+[^.;:]{0,60}?on\\s+our\\s+behalf',
      // "With Acme we have a data processing agreement".
      '\\s*,?\\s+(?:we|i)\\s+have\\s+(?:signed\\s+|concluded\\s+|entered\\s+into\\s+)?(?:a\\s+)?data\\s+processing\\s+(?:agreement|addendum)',
    ],
    listLeads: [
      '(?:use|uses|employ|rely\\s+on|work\\s+with)\\s+[^.;]{0,40}?(?:the\\s+)?following',
      'the\\s+following\\s+(?:sub-?)?processors',
      'the\\s+following\\s+(?:third\\s+parties|recipients|service\\s+providers|vendors)',
      // "We use a few services that help us:", "we work with these companies:".
      '(?:use|uses|rely\\s+on|work\\s+with|engage)\\s+[^.;:]{0,60}?(?:services|providers|vendors|tools|partners|companies|(?:sub-?)?processors|suppliers|platforms)',
      // "We pass your data only to:", "we share your information with:".
      '(?:share|shares|disclose|discloses|pass|passes|send|sends|give|gives|provide|provides)\\s+[^.;:]{0,80}?(?:with|to)',
    ],
    itemPrepositions: ['to', 'with', 'via', 'by'],
    apposition: ['the', 'a', 'an', 'our', 'my', 'that', 'which', 'who', 'whose'],
    itemVerbs: [
      'hosts|runs|processes|sends|holds|provides|delivers?|stores|manages|handles|receives|powers|keeps|shows|measures|analy[sz]es',
      '(?:we|i)\\s+use',
    ],
    nounEndings: [
      'data', 'information', 'details', 'records', 'providers?', 'services?', 'agenc(?:y|ies)', 'authorit(?:y|ies)', 'compan(?:y|ies)',
      'partners?', 'vendors?', 'suppliers?', 'advis[eo]rs?', 'insurers?', 'staff', 'employees', 'members', 'customers', 'visitors',
      'parents', 'schools?', 'printers?', 'couriers?', 'banks', 'processors?', 'purposes?', 'rights', 'cookies?', 'periods?',
      // The controller's own people and bodies.
      'board', 'team', 'department', 'committee', 'treasurer', 'secretary', 'management', 'officers?', 'trustees',
    ],
    lawfulDemand: [
      '(?:if|when|where|as|insofar\\s+as)\\s+(?:[\\p{L}]+\\s+){0,3}?(?:law\\s+requires|required\\s+(?:to\\s+)?by\\s+law|legally\\s+(?:required|obliged|bound|compelled)|(?:required|obliged|compelled)\\s+to\\s+by\\s+law)',
      '(?:if|when|where)\\s+(?:the\\s+)?law\\s+(?:requires|obliges|demands)',
      '(?:under|pursuant\\s+to)\\s+a\\s+(?:legal\\s+obligation|court\\s+order|subpoena)',
    ],
    sourceBefore: [
      '(?:receive[sd]?|receiving|obtain(?:s|ed|ing)?|collect(?:s|ed|ing)?|get|gets|got|gather(?:s|ed|ing)?|import(?:s|ed)?)\\s+[^.;:]{0,80}?\\s*(?:from|via|through)',
      'provided\\s+to\\s+us\\s+by',
    ],
    sourceAfter: ['\\s+is\\s+(?:a|our|one)\\s+(?:of\\s+our\\s+)?sources?'],
    internalAfter: ['\\s*[,(]?\\s*(?:a\\s+)?(?:part|division|department|subsidiary|affiliate)\\s+of'],
    operatorBefore: ['(?:is|are)\\s+(?:run|operated|managed|administered)\\s+by'],
    notReceiving: ['(?:share|like|social(?:\\s+media)?)\\s+buttons?', 'button\\s+that\\s+allows\\s+you', 'share\\s+our\\s+(?:page|content|site)', 'links?\\s+to', 'redirected'],
    disabledAfter: ['\\s+(?:is|are|has\\s+been|have\\s+been)\\s+(?:disabled|turned\\s+off|switched\\s+off|deactivated)'],
    categories: [
      'third[\\s-]part(?:ies|y\\s+(?:service\\s+providers|providers|vendors|companies|processors?))',
      '(?:our\\s+)?(?:trusted\\s+|selected\\s+)?(?:service\\s+providers|business\\s+partners|partners|vendors|suppliers)',
      '(?:sub-?)?processors',
      'hosting\\s+providers?',
      'it\\s+service\\s+providers?',
      'payment\\s+(?:service\\s+)?(?:providers?|processors?)',
      'postal\\s+services?',
      'delivery\\s+companies',
      'couriers?',
      'carriers',
      'accountants?',
      'auditors?',
      'legal\\s+advisers',
      'lawyers',
      'insurers',
      'marketing\\s+agencies',
      'analytics\\s+providers?',
      'affiliates',
      'group\\s+companies',
      'advertisers',
      'law\\s+enforcement(?:\\s+(?:agencies|authorities))?',
      'government\\s+authorit(?:y|ies)',
      'regulators?',
      'courts?',
      'tax\\s+authorit(?:y|ies)',
      'external\\s+(?:backend\\s+|technical\\s+)?support',
    ],
    categoryBefore: ['(?:with|to)'],
    shareVerbs: [
      'shar(?:e|es|ed|ing)', 'disclos(?:e|es|ed|ing|ure)', 'transfer(?:s|red|ring)?', 'transmit(?:s|ted|ting)?', 'provid(?:e|es|ed|ing)',
      'pass(?:es|ed|ing)?\\s+on', 'sen[dt]s?', 'sending', 'forward(?:s|ed|ing)?', 'giv(?:e|es|en|ing)', 'sell(?:s|ing)?', 'sold', 'rent(?:s|ed)?',
      'access', 'make\\s+available', 'made\\s+available', 'outsourc(?:e|es|ed|ing)',
    ],
    categoryCue: ['(?:we|i)\\s+(?:may\\s+)?(?:use|engage|employ|rely\\s+on)'],
    categoryAfter: ['\\s+(?:who|that|which)\\s+(?:process|perform|work|act|provide|help)'],
    categoryNotBefore: ['from'],
    noneWords: ['n/?a', 'none', 'nobody', 'no\\s+one', '-'],
    processorWords: ['(?:sub-?)?processors?', 'on\\s+our\\s+behalf', 'service\\s+providers?', 'hosted', 'hosting'],
    controllerStatements: [
      'is\\s+(?:the\\s+)?(?:data\\s+)?controller',
      'are\\s+the\\s+(?:data\\s+)?controllers',
      'as\\s+(?:the\\s+)?(?:data\\s+)?controller',
      'is\\s+responsible\\s+for\\s+(?:the\\s+)?processing',
      'respects\\s+(?:your|the)\\s+privacy',
      'takes\\s+your\\s+privacy\\s+seriously',
    ],
    ownAccount: ['your\\s+(NAME)[\\s-]*(?:account|profile|subscription)'],
    titleWords: ['privacy', 'policy', 'statement', 'notice', 'center', 'centre', 'cookie', 'data', 'protection', 'of', 'the', 'and', 'for'],
    dataWords: ['information', 'data', 'content', 'details', 'keys?', 'accounts?', 'website', 'site', 'service', 'statement', 'policy', 'terms', 'form', 'page', 'team', 'officer', 'users?', 'program(?:me)?', 'settings'],
  },
};

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
  'SARL',
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

/** Capitalised abbreviations that are not organisations (data, formats, laws, generic terms). */
export const NOT_ORGANISATIONS: readonly string[] = [
  'AVG', 'GDPR', 'DSGVO', 'RGPD', 'UAVG', 'EU', 'EER', 'EEA', 'EEE', 'EG', 'EC', 'EWR', 'VS', 'US', 'USA', 'UK', 'NL', 'BE',
  'IP', 'ID', 'URL', 'API', 'HTML', 'HTTP', 'HTTPS', 'SSL', 'TLS', 'SSH', 'PGP', 'DNS', 'DNT', 'CDN', 'SDK', 'OS',
  'IT', 'ICT', 'CV', 'BSN', 'KvK', 'KVK', 'BTW', 'VAT', 'IBAN', 'BIC', 'SEPA', 'SMS', 'PDF', 'FAQ', 'CRM', 'ERP', 'PIN',
  'ISO', 'FG', 'DPO', 'DPA', 'DPIA', 'AP', 'NVT', 'MAC', 'GPS', 'QR', 'CEO', 'CTO', 'HR',
  'B2B', 'B2C', 'SaaS', 'CCPA', 'COVID', 'OK', 'NB', 'PS', 'TV', 'AI', 'ML', 'APP', 'WWW', 'EN', 'FR', 'DE',
];

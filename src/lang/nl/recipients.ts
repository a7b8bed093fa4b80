import type { RecipientsLexicon } from '../../lexicon/recipients.js';

export const recipients: RecipientsLexicon = {
  sectionLabels: [
    'ontvangers?',
    '(?:sub)?verwerkers',
    'derden',
    'derde\\s+partijen',
    // "Diensten die we gebruiken", "Externe diensten".
    '(?:diensten|tools|software|systemen)\\s+(?:die\\s+)?(?:wij|we|ik)\\s+gebruik(?:en)?',
    '(?:externe|gebruikte)\\s+(?:diensten|tools|partijen)',
    'delen\\s+(?:van\\s+)?(?:uw\\s+|je\\s+|jouw\\s+)?(?:persoons)?gegevens',
    'delen\\s+(?:wij|we)',
    // "Met wie we gegevens delen", "Met wie delen wij uw gegevens?"
    'met\\s+wie\\s+(?:\\S+\\s+){0,4}?(?:delen|gedeeld)',
    '(?:persoons)?gegevens\\s+delen',
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
    // The service in brackets after the participle: "hiervoor wordt een externe dienst gebruikt (Disqus)".
    '(?:gebruikt|ingezet|ingebouwd|ge[ïi]ntegreerd)\\s*\\(',
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
    '(?:gehost|gehuisvest|opgeslagen|ondergebracht|verwerkt|verzonden|verstuurd|uitgevoerd|geleverd|verzorgd|afgehandeld|bezorgd|afgeleverd)\\s+(?:bij|door|via|met)',
    // Measured, loaded or shown by means of a service: "statistieken bijgehouden via Google Analytics", "laden we lettertypes via Google Fonts".
    '(?:bijgehouden|gemeten|verzameld|geladen|ingeladen|getoond|geanalyseerd|gevolgd|geregistreerd|betaald|ingelogd|geplaatst|ontvangen)\\s+(?:\\S+\\s+){0,2}?(?:via|met|door)',
    '(?:laden|laadt|meten|meet|verzamelen|volgen|analyseren|tonen|toont)\\s+(?:\\S+\\s+){0,4}?via',
    // The means, after the act: "Dit gebeurt met Google Analytics", "De verkoop verloopt via Eventbrite", "De site staat bij GitHub Pages".
    '(?:gebeurt|gebeuren|geschiedt)\\s+(?:met|via|door)',
    'verlo(?:opt|pen)\\s+via',
    '(?:site|website|webshop|webwinkel|app)\\s+(?:staat|draait)\\s+bij',
    // "het platform van Twizzit", "het netwerk van Cloudflare", "kaarten van Google Maps".
    '(?:cookies?|diensten|dienst|producten?|tools?|software|platform|netwerk|systeem|oplossing|plug-?ins?|widgets?|kaarten|kaart|lettertypen|servers?)\\s+(?:van|via)',
    '(?:uitbesteed|uitbesteden)\\s+aan',
    // A request or connection to a known service: "wordt een verzoek gedaan aan Google Fonts", "maakt verbinding met Cloudflare".
    '(?:verzoek(?:en)?|verbinding|aanvra(?:ag|gen))\\s+(?:\\S+\\s+){0,3}?(?:aan|met|naar)',
    'ingeschakeld(?:e)?',
    '(?:verwerkers|bewerkers)overeenkomst(?:en)?\\s+(?:(?:is\\s+|zijn\\s+)?(?:afgesloten|gesloten)\\s+)?met',
    '(?:onze|de)\\s+(?:sub)?(?:verwerker|hostingpartij|hostingprovider|betaalprovider|dienstverlener|leverancier|partner)s?\\s*,?',
    'diensten\\s+van',
    // A category and its examples: "derden, zoals Facebook".
    '(?:derden|partijen|dienstverleners|diensten|leveranciers|verwerkers|partners|tools|platforms?|netwerken)\\s*,?\\s*(?:zoals|bijvoorbeeld|waaronder|onder\\s+andere|o\\.a\\.)',
  ],
  nameCues: [
    // Een andere verantwoordelijke bij naam: "De co-verwerkingsverantwoordelijke ... is ook: X".
    '(?:co-?verwerkingsverantwoordelijken?|gezamenlijke\\s+verwerkingsverantwoordelijken?|mede-?verwerkingsverantwoordelijken?)\\s+(?:[^.;:]{0,80}?\\s+)?(?:is|zijn)(?:\\s+ook)?\\s*:?',
    // Als voorbeeld van een soort organisatie: "instanties zoals de Belastingdienst".
    '(?:instanties|organisaties|overheidsinstanties|federaties|bonden|verenigingen)\\s*,?\\s*(?:zoals|bijvoorbeeld|waaronder)',
    // Een systeem of dienst met naam: "opgeslagen in een ledenadministratiesysteem genaamd Sportlink".
    '[a-zà-ÿ]*(?:systeem|platform|programma|pakket|software|dienst|applicatie|app|tool|database)\\s+(?:genaamd|met\\s+de\\s+naam|dat\\s+heet)',
    '(?:wij|we)\\s+(?:ook\\s+|daarnaast\\s+|momenteel\\s+)?(?:gebruiken|hanteren)',
    'gebruiken\\s+(?:wij|we)(?:\\s+(?:ook|daarnaast|momenteel))?',
    'ik\\s+(?:ook\\s+|daarnaast\\s+|momenteel\\s+)?(?:gebruik|hanteer)',
    'gebruik\\s+ik(?:\\s+(?:ook|daarnaast|momenteel))?',
    'maak(?:t|en)\\s+(?:wij\\s+|we\\s+)?(?:ook\\s+)?gebruik\\s+van',
    '(?:gehost|gehuisvest|opgeslagen|ondergebracht)\\s+(?:bij|door)',
    // "worden verwerkt en beveiligd door het betalingssysteem OGONE".
    'verwerkt(?:\\s+en\\s+\\p{L}+)?\\s+door',
    // Een dienst die een genoemde partij levert: "geleverd door X", "mogelijk gemaakt door X" (niet "aangeboden door": een
    // website wordt aangeboden door de verantwoordelijke).
    '(?:geleverd|verzorgd|mogelijk\\s+gemaakt)\\s+door',
    'uitbesteed\\s+aan',
    '(?:verwerkers|bewerkers)overeenkomst(?:en)?\\s+(?:(?:is\\s+|zijn\\s+)?(?:afgesloten|gesloten)\\s+)?met',
    '(?:onze|de)\\s+(?:sub)?(?:verwerker|hostingpartij|hostingprovider|betaalprovider|dienstverlener|leverancier)\\s*,?',
    '(?:delen|deelt|gedeeld|verstrek(?:ken|t)|doorgeven|doorgegeven)\\s+[^.;:]{0,60}?gegevens\\s+(?:met|aan)',
    // In de lijdende vorm: "uw gegevens worden gedeeld met", "worden doorgegeven aan".
    '(?:gegevens|informatie|adres|e-?mailadres|naam)\\s+(?:\\S+\\s+){0,3}?(?:wordt|worden|kan\\s+worden|kunnen\\s+worden)\\s+(?:ook\\s+|alleen\\s+)?(?:gedeeld|verstrekt|doorgegeven|doorgestuurd|verzonden|overgedragen)\\s+(?:met|aan|naar)',
    // The reader's data handed on: "geven je e-mailadres door aan", "sturen wij uw adres naar".
    '(?:delen|deel|deelt|geven|geef|geeft|sturen|stuur|stuurt|verstrek(?:ken|t)?)\\s+(?:(?:wij|we|ik)\\s+)?(?:uw|je|jouw)\\s+[^.;:]{0,60}?\\s*(?:met|aan|naar)',
  ],
  filler: ['de', 'het', 'een', 'onze?', '[\\p{L}-]*(?:systeem|platform|portaal|pakket)', 'ook', 'daarvoor', 'hiervoor', 'onder\\s+andere', 'o\\.a\\.', 'bijvoorbeeld', 'diensten\\s+van', 'dienst\\s+van', 'programma', 'software\\s+van', 'tool', 'andere', 'bepaalde', 'enkele', 'geselecteerde', 'zorgvuldig\\s+geselecteerde',
    // The kind of company before its name: "gehost bij internetbureau Praes".
    '(?:internet|web|hosting|ict)(?:bureau|bedrijf|partij|provider)'],
  readerSubjects: ['u', 'je', 'jij', 'gebruikers?', 'bezoekers?'],
  // The service does something with the reader's data: "Supabase bewaart je accountgegevens".
  ownWords: ['onze', 'ons'],
  handlesAfter: [
    // In een bijzin staat het werkwoord achteraan: "de gegevens die Google Analytics op de website verzamelt".
    '\\s+(?:[\\p{L}\\p{N}-]+\\s+){1,5}?(?:verzamelt|verzameld|verwerkt|plaatst|ontvangt|bewaart|opslaat|gebruikt)(?=\\s*[,.;)]|\\s*$)',
    '\\s+(?:bewaart|verwerkt|ontvangt|host|beheert|slaat)\\s+(?:al\\s+)?(?:je|jouw|uw)(?![\\p{L}])',
    // De dienst als onderwerp van wat er met gegevens gebeurt: "Google Analytics plaatst cookies", "Mollie verwerkt de betaling".
    '\\s+(?:(?:ook|dan|kan|zal)\\s+)?(?:verzamelt|verwerkt|plaatst|ontvangt|gebruikt|analyseert|registreert|bewaart|slaat|krijgt|meet|handelt|verzameld|ontvangen)\\s+(?:\\S+\\s+){0,4}?(?:gegevens|persoonsgegevens|informatie|cookies?|ip-?adres(?:sen)?|e-?mailadres(?:sen)?|betaling(?:en)?|je|jouw|uw|bezoek(?:ers)?)(?![\\p{L}])',
  ],
  roleAfter: [
    // "Booqable (ons boekingssysteem)"; "Mollie B.V., de Nederlandse betaaldienstverlener die ...".
    '\\s*\\(\\s*(?:ons|onze|mijn)\\s+[^()]{1,40}\\)',
    '\\s*,\\s*(?:de|het|een|onze?)\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]*(?:dienstverlener|provider|leverancier|verwerker|aanbieder)(?![\\p{L}])',
    '\\s*\\(\\s*(?:sub)?verwerker\\s*\\)',
    // "Acme, onze verwerker", "Acme is (onze) verwerker", "Acme treedt op als verwerker".
    // An adjective may stand before the role: "Supabase is onze enige verwerker".
    '\\s*,?\\s*(?:(?:is|treedt\\s+op|fungeert|functioneert)\\s+(?:als\\s+)?)?(?:als|onze|de|een)\\s+(?:(?:enige|vaste|belangrijkste|huidige|externe)\\s+)?(?:sub)?(?:verwerker|onderaannemer|hostingpartij|hostingprovider|dienstverlener|leverancier|betaalprovider)',
    '\\s+(?:is|treedt\\s+op\\s+als|fungeert\\s+als)\\s+(?:sub)?verwerker',
    '\\s+(?:verwerkt|ontvangt|krijgt|bewaart)\\s+[^.;:]{0,60}?(?:als\\s+(?:sub)?verwerker|namens\\s+ons|in\\s+opdracht\\s+van)',
    // "Met Conscribo is een bewerkersovereenkomst gesloten".
    '\\s+(?:is|zijn|hebben\\s+(?:wij|we|ik)|heb\\s+ik)\\s+(?:een\\s+)?(?:verwerkers|bewerkers)overeenkomst(?:en)?',
  ],
  listLeads: [
    '(?:gebruik(?:t|en)|hanteren|inzet(?:ten)?|maken\\s+gebruik\\s+van)\\s+[^.;]{0,40}?(?:de\\s+)?volgende',
    'de\\s+volgende\\s+(?:sub)?verwerkers',
    '(?:de\\s+)?volgende\\s+(?:(?:externe|andere|derde|soorten)\\s+)?(?:partijen|ontvangers|dienstverleners|leveranciers|organisaties|bedrijven|instanties|derden|diensten)',
    // "Wel gebruik ik een paar diensten die mij helpen:", "werken samen met deze partijen:".
    '(?:gebruik(?:t|en)?|maken\\s+gebruik\\s+van|werken\\s+samen\\s+met|schakel(?:t|en)?)\\s+[^.;:]{0,60}?(?:diensten|dienstverleners|partijen|leveranciers|systemen|tools|software|programma\'s|platforms|partners|bedrijven|(?:sub)?verwerkers)',
    // "We geven je gegevens enkel door aan:", "verstrekt persoonsgegevens niet aan derden, behalve:".
    '(?:delen|deel|deelt|geven|geef|geeft|verstrek(?:ken|t)?|sturen|stuur|stuurt)\\s+[^.;:]{0,80}?(?:met|aan|naar)',
  ],
  nameLinks: ['van', 'voor', 'van\\s+de', 'voor\\s+de', 'der'],
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
  categoryHeads: [
    'instanties', 'instellingen', 'organisaties', 'bedrijven', 'partijen', 'dienstverleners', 'leveranciers', 'partners', 'overheden',
    'verzekeraars', 'zorgverleners', 'hulpverleners', 'ontvangers',
  ],
  lawfulDemand: [
    '(?:als|indien|wanneer|voor\\s+zover|waar)\\s+(?:[\\p{L}]+\\s+){0,4}?(?:wettelijk\\s+(?:verplicht|vereist|voorgeschreven)|(?:de\\s+)?wet(?:geving)?\\s+(?:[\\p{L}]+\\s+){0,2}?(?:vereist|verplicht|voorschrijft))',
    '(?:op\\s+grond\\s+van|krachtens)\\s+een\\s+(?:wettelijke\\s+(?:verplichting|plicht)|rechterlijke\\s+uitspraak|bevel)',
  ],
  sourceBefore: [
    '(?:ontvangen|ontvangt|verkrijgen|verkregen|krijgen|raadplegen|halen)\\s+[^.;:]{0,80}?\\s*(?:van|via|uit)',
    // Verzameld van of uit een bron; verzameld "via" een dienst is door die dienst verzameld ("statistieken verzameld via Google Analytics").
    '(?:verzamelen|verzamelt|verzameld)\\s+[^.;:]{0,80}?\\s*(?:van|uit)',
    'afkomstig\\s+(?:van|uit)',
  ],
  sourceAfter: ['\\s+is\\s+(?:een|onze?)\\s+bron'],
  internalAfter: ['\\s*[,(]?\\s*(?:een\\s+)?(?:onderdeel|afdeling|dochter(?:onderneming|maatschappij)?)\\s+van'],
  operatorBefore: ['(?:wordt|worden)\\s+beheerd\\s+door', 'in\\s+beheer\\s+(?:bij|van)'],
  // The service's name as the title of its data processing terms (written in English in every language).
  documentAfter: ['(?:\\s*/\\s*[\\p{L}\\p{N}]+)?\\s+data\\s+processing\\s+(?:terms|agreement|addendum)(?![\\p{L}])'],
  notReceiving: [
    // De eigen opslag of het eigen account van de lezer: "in je eigen cloudopslag (zoals iCloud)".
    '(?:je|jouw|uw)\\s+eigen\\s+(?:cloud\\S*|opslag|account|\\S+-?account)',
    'deel(?:knop|button)s?', 'social\\s*media[\\s-]*(?:knoppen|buttons)', 'links?\\s+naar', 'doorverwezen', 'doorgestuurd\\s+naar\\s+(?:de\\s+)?(?:website|pagina)'],
  disabledAfter: ['\\s+(?:is|zijn|wordt|worden)\\s+(?:uitgezet|uitgeschakeld|gedeactiveerd)'],
  exampleCues: ['zoals', 'bijvoorbeeld', 'bijv\\.?', 'bv\\.?', 'b\\.v\\.', 'o\\.a\\.', 'onder\\s+andere', 'waaronder', 'namelijk', 'te\\s+weten'],
  categories: [
    'derde\\s+partij(?:en)?',
    'derden',
    'externe\\s+(?:partijen|dienstverleners|leveranciers)',
    '(?:it|ict)[\\s-]*(?:dienstverleners?|leveranciers?|partners?)',
    'hosting(?:partij|provider|bedrijf)(?:en|s)?',
    'webhosters?',
    'betaal(?:provider|dienstverlener)s?',
    'verzend(?:dienst|partner|bedrijf)(?:en|s)?',
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
  roleLabels: ['(?:[\\p{L}-]+\\s+)?[\\p{L}-]*(?:leverancier|verwerker|provider|hoster|hostingpartij|aanbieder|dienstverlener|ontvanger)s?'],
  nameOpeners: ['voor', 'via', 'met', 'bij', 'door', 'van', 'aan', 'naar', 'zie'],
  labelWords: [
    'noodzakelijke?', 'strikt', 'functionele?', 'analytische?', 'statistische?', 'statistieken', 'marketing', 'tracking', 'voorkeuren', 'essenti[ëe]le?',
    'prestatie', 'cookies?', 'advertentie',
  ],
  dataWords: ['e-?mail(?:adres)?', 'telefoon(?:nummer)?', 'gegevens', 'persoonsgegevens', 'informatie', 'data', 'account', 'website', 'site', 'formulier', 'pagina', 'team', 'verklaring', 'beleid', 'voorwaarden'],
  selfHosting: [
    // "Wij draaien Matomo zelf", "zonder tussenkomst van derden".
    '(?:draaien|beheren|hosten|installeren)\\s+(?:\\S+\\s+){0,3}?zelf', 'zonder\\s+tussenkomst\\s+van\\s+derden',
    'open[\\s-]?source', 'op\\s+(?:onze|een)\\s+eigen\\s+server', 'op\\s+onze\\s+servers?', 'zelf\\s+(?:gehost|gehuisvest)', 'lokaal\\s+(?:gehost|ge[iï]nstalleerd|opgeslagen|geladen)', '(?:geen|niet)\\s+(?:\\S+\\s+)?verbinding\\s+(?:\\S+\\s+){0,2}?met\\s+(?:de\\s+)?servers'],
};

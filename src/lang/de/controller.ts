import type { ControllerLexicon } from '../../lexicon/controller.js';
import { notNames } from './not-names.js';

/** "Verantwortlicher", "Verantwortliche", "verantwortliche Stelle", with an optional "im Sinne der DSGVO …" qualifier. */
// Not a genitive ("… ein Kunde des Verantwortlichen ist (Erwägungsgrund 47 …)"): its "ist" belongs to another clause.
const RESPONSIBLE = '(?<!(?:^|\\s)(?:des|eines|dem|einem|den)\\s+)(?:der\\s+|die\\s+)?(?:verantwortliche[rn]?(?:\\s+(?:stelle|person))?|(?:daten)?verarbeitende\\s+stelle)(?:\\s+(?:dieses|dieser|unseres|unserer)\\s+[\\p{L}-]+)?';
/** The noun after "der verantwortlichen": "Stelle", "Person", both ("Kontaktdaten der verantwortlichen Person bzw. Stelle"). */
const RESPONSIBLE_NOUN = '(?:\\s+(?:stelle|person)(?:\\s*(?:bzw\\.?|oder|und|/)\\s*(?:stelle|person))?)?';
/** What is done with the data, one verb or several: "Verarbeitung", "Erhebung, Verarbeitung und Nutzung" (the BDSG's
 * triad, still in many templates). */
const PROCESSING = '(?:(?:daten)?(?:ver|be)arbeitung|(?:daten)?erhebung(?:(?:\\s*,\\s*|\\s+(?:und|sowie)\\s+)(?:daten)?(?:verarbeitung|bearbeitung|nutzung|speicherung)){1,3})';
/** What a provider runs: "Betreiber dieser Website", "Anbieter der App", "Inhaber des Onlineshops". */
const SITE = '(?:website|webseite|internetseite|internetpr[äa]senz|homepage|seiten?|app|anwendung|plattform|software|dienst(?:es)?|online-?shops?|shops?|blogs?)';
/** The copula, in the first person too ("… bin ich Felix Muster"), and a role noun before the name ("ist die
 * Webseitenbetreiberin, Carmen Muster", "ist der Betreiber dieser Website, Herr Lukas Frey"): the name follows. */
/** A research project or survey, whose controller is often the person who leads it: "Studie", "Forschungsprojekt", "Umfrage". */
const STUDY = '(?:studie|umfrage|befragung|erhebung|(?:forschungs)?projekt(?:es|s)?|forschungsvorhaben)';
/** Who provides an app or a site, by role: "Anbieter", "Entwicklerin", "Herausgeber". */
const PROVIDER = '(?:anbieter|betreiber|herausgeber|entwickler|inhaber)(?:in)?';
const IS = '(?:ist|sind|bin\\s+ich)(?:\\s+(?:der|die)\\s+(?:webseiten|website|internetseiten|seiten)?(?:betreiber|inhaber)(?:in)?(?:\\s+(?:dieser|der|des)\\s+(?:website|webseite|internetseite|homepage|seiten?))?\\s*,)?';
const IM_SINNE = '(?:\\s*,?\\s+(?:im\\s+sinne|im\\s+folgenden|nachfolgend|gem(?:[äa]ß|\\.)|nach)\\s+[^:;\\n]{0,200}?)?';

export const controller: ControllerLexicon = {
  notNames,
  namedAfter: [
    // A personal site's author: "Mein Name ist Jana Vogel", "Ich heiße Jana Vogel".
    'mein\\s+name\\s+ist', 'ich\\s+hei(?:ß|ss)e',
    `${RESPONSIBLE}(?:\\s+f[üu]r\\s+(?:die\\s+)?${PROCESSING}(?:\\s+(?:(?:ihrer\\s+|deiner\\s+)?personenbezogenen\\s+daten|(?:von\\s+|ihrer\\s+|deiner\\s+)personendaten))?(?:\\s+(?:auf|bei|beim|w[äa]hrend)\\s+(?:[\\p{L}-]+\\s+)?(?:dieser|der|unserer|unseren?)\\s+(?:website|webseite|internetseite|homepage|seiten?|app))?)?${IM_SINNE}\\s+${IS}`,
    `verantwortlich(?:\\s+f[üu]r\\s+(?:die\\s+)?${PROCESSING}(?:\\s+(?:ihrer\\s+|deiner\\s+)?personenbezogenen\\s+daten)?(?:\\s+auf\\s+dieser\\s+website)?)?${IM_SINNE}\\s+${IS}`,
    '(?:diese\\s+)?(?:website|webseite|internetseite|homepage|seite|app|anwendung|plattform|dienst)\\s+(?:wird|ist)\\s+(?:\\S+\\s+){0,2}?(?:betrieben|angeboten|herausgegeben|bereitgestellt)\\s+(?:von|durch)',
    '(?:dies\\s+ist|hier\\s+(?:ist|finden\\s+sie))\\s+die\\s+datenschutzerkl[äa]rung\\s+(?:von|der|des)',
    'betreiber(?:in)?\\s+(?:dieser|der)\\s+(?:website|webseite|internetseite|homepage|seiten?)(?:\\s+und\\s+[^.;:]{0,80}?)?\\s+(?:ist|sind)',
    // The provider of this app or site by its role: "Anbieter dieser App ist Jonas Weber, …", "Entwickler und Anbieter
    // unserer App „Wetterfrosch“ ist …", "Herausgeberin dieses Blogs im Sinne der DSGVO ist …" (not a service's provider:
    // "Anbieterin der Plattform ist Meta Platforms Ireland Ltd.").
    `${PROVIDER}(?:\\s+und\\s+${PROVIDER})?\\s+(?:(?:dieser|dieses|unserer|unseres)\\s+${SITE}|(?:der|des)\\s+(?:app|anwendung))(?:\\s+[„“"»‚][^„“”"«»‚‘]{1,40}[“”"«‘])?(?:\\s+(?:im|i\\.\\s*s\\.)\\s+[^.;:]{0,60}?(?:sinne|datenschutzrechts?)(?:\\s+(?:der|des)\\s+\\S+)?)?\\s+(?:ist|sind)`,
    // The generators' opening: "… über die Art, den Umfang und den Zweck der Erhebung … durch den Websitebetreiber Muster GmbH
    // informieren".
    'durch\\s+den\\s+(?:website|webseiten|internetseiten|seiten)betreiber',
    // "Verantwortlich für diese Website ist …", Swiss "… für die Datenbearbeitung ist …", a research project's "Verantwortlich
    // für die Studie ist Max Berger, …".
    `verantwortlich\\s+f[üu]r\\s+(?:diese|dieses|die|den|das)\\s+(?:website|webseite|internetseite|homepage|seite|app|daten(?:be|ver)arbeitung|bearbeitung|verarbeitung|${STUDY})(?:\\s+\\S+){0,4}?\\s+${IS}`,
    // "Diese Datenschutzhinweise gelten für die Datenverarbeitung durch: Muster GmbH, …".
    '(?:gelten|gilt)\\s+f[üu]r\\s+die\\s+(?:daten)?verarbeitung\\s+(?:\\S+\\s+){0,4}?durch\\s*:?',
    // Verb last: "Die App wird von der Muster GmbH, Kreuzstraße 44, 49393 Lohne, als Verantwortlicher … bereitgestellt".
    '(?:wird|werden)\\s+(?:\\S+\\s+){0,2}?von(?=\\s+[^.;]{2,200}?\\s+als\\s+(?:der\\s+|die\\s+)?verantwortliche)',
    // "Diese Datenschutzerklärung gilt für die App Pilzfinder (nachfolgend „App“) von Markus Bauer".
    '(?:gilt|gelten)\\s+f[üu]r\\s+(?:die|diese|unsere)\\s+(?:app|anwendung)\\s+[^.;:]{1,80}?\\s+von(?=\\s+\\p{Lu})',
    // The site's verb last: "Die App „Wanderfreund“ wird von Tobias Berg, Talweg 2, 87561 Oberstdorf, angeboten", "Die
    // App „Einkaufszettel“ wurde von Lena Hoffmann entwickelt".
    '(?:website|webseite|internetseite|homepage|app|anwendung|plattform|dienst|service|angebot|blog|shop|onlineshop)\\S*\\s+(?:\\S+\\s+){0,2}?(?:wird|werden|wurde|wurden)\\s+(?:\\S+\\s+){0,2}?von(?=\\s+[^.;]{2,200}?\\s+(?:angeboten|betrieben|bereitgestellt|herausgegeben|entwickelt|programmiert|erstellt|verantwortet|zur\\s+verf[üu]gung\\s+gestellt)(?![\\p{L}]))',
    // The label closing a sentence, the name on the next line: "… finden Sie nachfolgend die Kontaktdaten der
    // verantwortlichen Person bzw. Stelle:⏎Muster KG⏎Kirchenplatz 6" (not "Die Kontaktdaten des Verantwortlichen finden
    // Sie im Impressum").
    `(?:kontakt\\p{L}*|anschrift|adresse|angaben)\\s+(?:des|der)\\s+verantwortlichen${RESPONSIBLE_NOUN}\\s*:`,
  ],
  // "Sollten Sie Fragen haben, so wenden Sie sich bitte an Herrn Rechtsanwalt Norman Noczinski, …", "Ansprechpartnerin ist
  // Frau Eva Roth", "kontaktieren Sie Herrn Dr. Paul Kern".
  contactPerson: [
    '(?:wenden|wende)\\s+(?:sie\\s+sich|dich)\\s+(?:\\S+\\s+){0,3}?an\\s+(?:herrn|frau)',
    '(?:kontaktieren|kontaktiere|erreichen|erreichst)\\s+(?:sie|du)\\s+(?:\\S+\\s+){0,2}?(?:herrn|frau)',
    'ansprechpartner(?:in)?\\s+(?:\\S+\\s+){0,4}?(?:ist|sind)\\s+(?:herr|frau)',
  ],
  namedBefore: [
    // What the organisation is, as its own subject: "Der Sportverein Talheim ist ein eingetragener Verein", "Die Muster
    // GmbH ist ein Unternehmen …" (not an app or a site: "Wochenspruch ist eine App").
    '(?:ist|sind)\\s+(?:ein|eine)\\s+(?:(?:eingetragener|gemeinn[üu]tzige[rs]?|kleine[rs]?|unabh[äa]ngige[rs]?)\\s+)?(?:verein|stiftung|gesellschaft|unternehmen|genossenschaft|organisation|firma)(?![\\p{L}])',
    '(?:ist|sind)\\s+(?:\\S+\\s+){0,12}?(?:gemeinsam\\s+)?verantwortlich(?:e[rn]?)?\\s+(?:f[üu]r\\s+(?:die\\s+)?(?:daten)?verarbeitung|im\\s+sinne)',
    '(?:ist|sind)\\s+(?:\\S+\\s+){0,12}?(?:der|die)\\s+(?:gemeinsam(?:e[rn]?)?\\s+)?verantwortliche[rn]?(?:\\s+stelle)?(?![\\p{L}])',
    // Verb last: "Der Kulturverein Spielraum ist für die Verarbeitung Ihrer Daten verantwortlich".
    '(?:ist|sind)\\s+f[üu]r\\s+die\\s+(?:daten)?(?:ver|be)arbeitung\\s+(?:\\S+\\s+){0,4}?verantwortlich(?![\\p{L}])',
    // "Der Kulturverein Spielraum e.V. gilt als Verantwortlicher im Sinne der DSGVO".
    '(?:gilt|gelten)\\s+als\\s+(?:der\\s+|die\\s+)?(?:gemeinsam(?:e[rn]?)?\\s+)?verantwortliche[rn]?(?![\\p{L}])',
    '(?:tritt|treten|fungiert|fungieren)\\s+als\\s+(?:gemeinsam(?:e[rn]?)?\\s+)?verantwortliche[rn]?',
    // The app generators' maker: "Kai Brenner hat die App Wasserwächter als kostenlose App entwickelt", "Ich, Kai Brenner,
    // habe die App … entwickelt", "… für mobile Geräte, die von Kai Brenner (im Folgenden als „Dienstanbieter“ bezeichnet)
    // als kostenloser Dienst erstellt wurde".
    '(?:hat|haben|habe)\\s+(?:die|diese|unsere|meine)\\s+(?:\\S+\\s+){0,4}?(?:app|anwendung)\\s+(?:\\S+\\s+){0,5}?(?:entwickelt|erstellt|programmiert|gebaut)(?![\\p{L}])',
    '\\(\\s*(?:im\\s+folgenden|nachfolgend|hiernach)\\s+(?:als\\s+)?[„"“‚»]*dienstanbieter[“"”‘«]*(?:\\s+bezeichnet)?\\s*\\)',
    // The comma in a look-behind: the word anchors allow no pattern to start right after a letter.
    '(?<=,\\s*)als\\s+verantwortliche[rn]?(?:\\s+stelle)?\\s*,',
    // The templates' opening, the organisation as its subject: "Die Stadtwerke Musterstadt GmbH nimmt den Schutz Ihrer
    // persönlichen Daten sehr ernst", "… freut sich über Ihren Besuch", "… informiert Sie hiermit über die Verarbeitung".
    '(?:nimmt|nehmen)\\s+den\\s+schutz\\s+(?:ihrer|deiner|der|ihrer\\s+pers[öo]nlichen)\\s+(?:\\S+\\s+){0,2}?(?:daten|privatsph[äa]re)\\s+(?:sehr\\s+|besonders\\s+)?ernst',
    // "Die Muster GmbH legt großen Wert auf den Schutz Ihrer Daten".
    '(?:legt|legen)\\s+(?:sehr\\s+|besonders\\s+)?(?:gro[ßs]en|h[öo]chsten)\\s+wert\\s+auf\\s+(?:den\\s+)?(?:schutz|datenschutz|sicherheit|vertraulichkeit)',
    '(?:freut|freuen)\\s+sich\\s+[üu]ber\\s+(?:ihren|deinen|ihr|dein)\\s+(?:besuch|interesse)',
    '(?:informiert|informieren)\\s+(?:sie|dich)\\s+(?:\\S+\\s+){0,3}?[üu]ber\\s+(?:die|den)\\s+(?:\\S+\\s+){0,2}?(?:verarbeitung|erhebung|umgang|datenschutz)',
  ],
  subjectVerbs: ['ist', 'sind', 'tritt', 'treten', 'fungiert', 'fungieren'],
  controllerLabels: [
    // Any line that opens with the controller's title and ends in a colon: "Die verantwortliche Stelle für die
    // Datenverarbeitung auf dieser Website ist:", "Gemeinsam verantwortlich … sind im Sinne der DSGVO die:".
    '(?:der\\s+|die\\s+)?(?:gemeinsam\\s+)?verantwortlich(?:e[rn]?)?(?:\\s+stelle)?(?![\\p{L}])[^:\\n]{0,250}?',
    '(?:die\\s+)?datenverarbeitung\\s+auf\\s+dieser\\s+(?:website|webseite|internetseite)\\s+erfolgt\\s+durch\\s+(?:den|die)\\s+(?:website|webseiten|seiten)?betreiber(?:in)?',
    `${RESPONSIBLE}${IM_SINNE}(?:\\s+(?:ist|sind))?(?:\\s+(?:die|der|das))?`,
    `verantwortlich${IM_SINNE}(?:\\s+(?:ist|sind))?(?:\\s+(?:die|der|das))?`,
    `verantwortlich\\s+f[üu]r\\s+(?:die\\s+)?(?:daten)?verarbeitung(?:\\s+auf\\s+dieser\\s+website)?${IM_SINNE}(?:\\s+(?:ist|sind))?`,
    `(?:name\\s+und\\s+(?:an|kontakt)\\p{L}*\\s+)?(?:des|der)\\s+verantwortlichen${RESPONSIBLE_NOUN}`,
    'hinweis\\s+zur\\s+verantwortlichen\\s+stelle',
    // "Kontaktdaten des Verantwortlichen", "Angaben zum Verantwortlichen", "Informationen zur verantwortlichen Stelle".
    `(?:kontakt\\p{L}*|anschrift|adresse|angaben|informationen|hinweise?)\\s+(?:des|der|zu[mr]|über\\s+(?:den|die))\\s+verantwortlichen${RESPONSIBLE_NOUN}`,
    // "Betreiber der App", "Anbieter dieser Website und verantwortlich im Sinne der DSGVO:", "Inhaber der Website:".
    `(?:(?:dienste|website|webseiten|seiten)?anbieter|(?:website|webseiten|seiten)?betreiber|inhaber)(?:in)?(?:\\s+(?:dieser|dieses|der|des)\\s+${SITE})?(?:\\s+und\\s+[^:\\n]{0,120}?)?`,
    'angaben\\s+gem(?:[äa]ß|\\.)\\s+§\\s*5\\s+(?:tmg|ddg)',
    'medieninhaber(?:in)?(?:\\s+und\\s+herausgeber(?:in)?)?',
  ],
  nameLabels: ['name(?:\\s+(?:der|des)\\s+(?:organisation|unternehmens|firma|vereins|verantwortlichen))?', 'firma', 'firmenname', 'unternehmen'],
  detailClauses: ['mit\\s+sitz', 'sitz', 'vertreten\\s+durch', 'inh\\.', 'inhaber(?:in)?', 'gesch[äa]ftsf[üu]hr(?:er|erin|ung)', 'eingetragen', 'registergericht', 'handelsregister', 'ansässig', 'gelegen'],
  tradingAs: ['handelnd\\s+unter', 'firmierend\\s+(?:als|unter)'],
  tradeNameOf: ['(?:ist\\s+)?eine\\s+marke\\s+(?:der|von|des)', '(?:ist\\s+)?ein\\s+(?:angebot|projekt|dienst|service|produkt)\\s+(?:der|von|des)'],
  operatedBy: [
    '(?:wird\\s+)?betrieben\\s+(?:von|durch)', '(?:wird\\s+)?(?:angeboten|herausgegeben|bereitgestellt)\\s+(?:von|durch)',
    '(?:ist\\s+)?(?:ein|eine)\\s+(?:website|webseite|initiative|angebot|projekt|dienst)\\s+(?:der|des|von)',
    '(?:ist|sind)\\s+(?:ein\\s+)?(?:teil|bestandteil)\\s+(?:der|des|von)', 'in\\s+(?:der\\s+)?trägerschaft\\s+(?:der|des|von)',
  ],
  weAre: [
    '(?:^|:\\s*)wir\\s+sind', '(?:^|:\\s*)wir,', '(?<=(?:ist|sind)\\s+)uns,',
    // Mid-sentence: "Im Folgenden informieren wir, die Stadtwerke Musterstadt GmbH, über …".
    '(?<=\\p{L}\\s+)wir,(?=\\s+(?:die|der|das)\\s)',
    // "Der Schutz Ihrer Daten ist dem Tennisclub Musterstadt e.V. ein wichtiges Anliegen".
    '(?<=(?:ist|sind)\\s+)(?:dem|der)(?=\\s+[^;]{3,80}?\\s+ein\\s+(?:\\S+\\s+)?anliegen)',
  ],
  hereafter: ['(?:im\\s+)?folgenden(?:\\s+(?:auch|kurz))?(?:\\s+(?:genannt|bezeichnet\\s+als))?\\s*:?', 'nachfolgend(?:\\s+(?:auch|kurz))?(?:\\s+(?:genannt|bezeichnet\\s+als))?\\s*:?', 'kurz\\s*:'],
  firstPerson: ['wir', 'uns', 'unser', 'unsere', 'unserer', 'unseren', 'unserem'],
  pronouns: ['ich', 'du', 'sie', 'wir', 'ihr', 'er', 'es', 'uns', 'ihnen', 'dir', 'dich', 'mich', 'mir', 'euch', 'ihre', 'ihrem', 'ihren', 'ihrer', 'ihres', 'dein', 'deine', 'deinem', 'deinen', 'deiner', 'deines', 'unsere', 'unserem', 'unseren', 'unserer', 'unseres'],
  policyTitles: [
    'datenschutzerkl[äa]rung', 'datenschutzhinweise', 'datenschutzinformation(?:en)?', 'informationen\\s+zum\\s+datenschutz', 'hinweise\\s+zum\\s+datenschutz',
    'datenschutzrichtlinie', 'datenschutzbestimmungen', 'datenschutz', 'privacy\\s*policy', 'impressum(?:\\s+und\\s+datenschutz(?:erkl[äa]rung)?)?',
  ],
  titleLinks: ['von', 'der', 'des', 'f[üu]r', 'bei', 'und', 'zu', 'zum', 'zur'],
  articles: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'diese', 'dieser', 'dieses'],
  genericNames: ['verein', 'unternehmen', 'firma', 'gesellschaft', 'organisation', 'verantwortlich(?:e[rn]?)?', 'anbieter', 'dienstanbieter', 'betreiber', 'website', 'webseite', 'seiten', 'internetseiten', 'webseiten', 'datenschutz\\p{L}*', 'hinweise', 'informationen', 'wir', 'uns', 'praxis', 'kanzlei',
    // "Verantwortlich … sind die Projektbeteiligten, die …": the people taking part, no one in particular.
    '(?:projekt)?beteiligte',
    // A template's unfilled placeholders ("[Unternehmensname / Vor- und Nachname]", "Max Mustermann").
    'unternehmensname', 'firmenname', 'name\\s+(?:des|der)\\s+(?:unternehmens|firma)', 'vor-?\\s*und\\s+nachname', '(?:max|erika)\\s+mustermann'],
  productNouns: ['App', 'Anwendung'],
  notNameHeads: [
    'Website', 'Webseite', 'Internetseite', 'Homepage', 'Seite', 'Service', 'Dienst', 'Angebot', 'Produkt', 'Marke', 'App', 'Plattform', 'Shop', 'Onlineshop',
    'Blog', 'Datenschutzerklärung', 'Datenschutzhinweise', 'Datenschutzinformationen?', 'Datenschutzbestimmungen', 'Datenschutzrichtlinie', 'Impressum', 'Server', 'Daten', 'Tochtergesellschaft', 'Tochter', 'Teil', 'Bestandteil', 'Kunden', 'Mitglied', 'Mitglieder',
  ],
  publicBodies: ['Bundesministerium', 'Ministerium', 'Landesamt', 'Bundesamt', 'Stadt', 'Landeshauptstadt', 'Gemeinde', 'Marktgemeinde', 'Landkreis', 'Kreis', 'Bezirk', 'Amt', 'Magistrat'],
  publicBodyLink: ['f[üu]r', 'der', 'des', 'von'],
  conjunctions: ['und', '&'],
  addressCues: ['mit\\s+sitz\\s+(?:in|an)', 'ans[äa]ssig\\s+(?:in|an)', '(?:post|haus|liefer|besucher)?(?:anschrift|adresse)\\s*:'],
  copyright: ['©', '\\(c\\)', 'copyright(?:\\s+©)?'],
  phoneLabels: ['telefon(?:nummer)?', 'tel\\.?', 't\\.', 'fon', 'mobil(?:telefon)?', 'handy', 'rufen\\s+sie\\s+(?:uns\\s+)?an'],
  representative: ['vertreter\\s+in\\s+der\\s+(?:eu|europ[äa]ischen\\s+union)', 'eu-?vertreter', 'vertreter\\s+(?:gem(?:[äa]ß|\\.)\\s+|nach\\s+)?\\(?art(?:ikel|\\.)?\\s*27'],
  dpoServiceBefore: ['dienstleistungen\\s+als', 't[äa]tigkeit\\s+als', 'bestellung\\s+(?:als|zum|zur)', '(?:bieten|anbieten|übernehmen)\\s+(?:die\\s+)?(?:rolle\\s+)?(?:als\\s+)?(?:externe[rn]?\\s+)?'],
  dpoServiceAfter: ['-?dienstleistungen?', '-?leistungen', '-?beratung', 'as\\s+a\\s+service', 'stellen', 'bestellen'],
  otherMatters: [
    'f[üu]r\\s+(?:alle\\s+)?(?:anderen|sonstigen|übrigen|weiteren)\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}*(?:fragen|anliegen|angelegenheiten|anfragen|themen)',
    'im\\s+[üu]brigen', '(?:andere|sonstige|übrige)\\s+(?:\\p{L}+\\s+)?\\p{L}*(?:fragen|anliegen|anfragen)\\s+(?:k[öo]nnen|richten)',
  ],
  ordinalSuffixes: ['\\.'],
  months: [
    ['januar', 'jänner', 'jaenner', 'jan\\.?'], ['februar', 'feber', 'feb\\.?'], ['märz', 'maerz', 'mrz\\.?', 'mär\\.?'], ['april', 'apr\\.?'], ['mai'], ['juni', 'jun\\.?'],
    ['juli', 'jul\\.?'], ['august', 'aug\\.?'], ['september', 'sep\\.?', 'sept\\.?'], ['oktober', 'okt\\.?'], ['november', 'nov\\.?'], ['dezember', 'dez\\.?'],
  ],
  updatedCues: [
    '(?:zuletzt|letztmal(?:ig|s)?)\\s+(?:aktualisiert|geändert|überarbeitet|angepasst)(?:\\s+am)?',
    'letzte\\s+(?:aktualisierung|änderung|überarbeitung|anpassung)', 'stand(?:\\s+(?:vom|der\\s+datenschutzerkl[äa]rung))?\\s*:?',
    '(?:aktualisiert|geändert|überarbeitet|erstellt|veröffentlicht)\\s+am', 'gültig\\s+(?:ab|seit)', 'in\\s+kraft\\s+(?:seit|ab)', 'version(?:sdatum)?', 'datum\\s*:',
  ],
  authorityInformationOnly: ['(?:weitere|mehr)\\s+informationen\\s+(?:\\S+\\s+){0,6}?(?:finden\\s+sie\\s+)?auf\\s+(?:den\\s+seiten|der\\s+(?:web)?seite|der\\s+website)'],
  authorityCompetent: ['zust[äa]ndige\\s+(?:datenschutz-?)?aufsichtsbeh[öo]rde\\s+(?:\\S+\\s+){0,3}?(?:ist|sind)', '(?:f[üu]r\\s+(?:uns|\\S+)\\s+)zust[äa]ndige\\s+(?:datenschutz-?)?aufsichtsbeh[öo]rde'],
  genericAuthority: [
    '(?:zust[äa]ndige[nr]?\\s+)?(?:datenschutz-?)?aufsichtsbeh[öo]rde(?:n)?', 'datenschutzbeh[öo]rde', 'landesdatenschutzbeh[öo]rde', 'aufsichtsbeh[öo]rde\\s+f[üu]r\\s+(?:den\\s+)?datenschutz',
  ],
  // A form on the site as the way to reach the controller (ANNOTATION.md counts it as a contact detail).
  // WordPress's default opening of 'Who we are': "Our website address is: https://…".
  siteAddressCues: ['die\\s+adresse\\s+unserer\\s+(?:website|webseite|internetseite)\\s+(?:ist|lautet)\\s*:?'],
  contactForms: [
    'kontakt\\s*:\\s*(?:(?:unser|das)\\s+)?(?:kontakt|anfrage|web|online)?[\\s-]?formular',
    '(?:über|per|mit|via)\\s+(?:das|unser(?:em)?|dem|ein)\\s+(?:kontakt|anfrage|web|online)[\\s-]?formular',
    '(?:kontaktieren|erreichen|schreiben)\\s+(?:\\S+\\s+){0,5}?(?:kontakt|anfrage|web|online)?[\\s-]?formular',
    // No article, with a verb of reaching: "kannst du uns jederzeit per Kontaktformular anschreiben" (not "Wenn Sie uns per
    // Kontaktformular Anfragen zukommen lassen, werden Ihre Angaben … gespeichert": a form that collects data).
    '(?:über|per|via)\\s+(?:kontakt|anfrage|web|online)[\\s-]?formular\\s+(?:\\S+\\s+){0,2}?(?:anschreiben|kontaktieren|erreichen|schreiben|wenden|melden)',
  ],
  nounsCapitalised: true,
};

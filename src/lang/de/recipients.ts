import type { RecipientsLexicon } from '../../lexicon/recipients.js';

// Swiss law's word too: "Bekanntgabe von Personendaten an Dritte", "bekannt geben".
const SHARE = '(?:bekannt\\s*(?:ge)?geben|bekanntgabe|weitergeben|weitergegeben|weiterzugeben|weitergabe|[üu]bermitteln|[üu]bermittelt|[üu]bermittlung|offenlegen|offengelegt|[üu]berlassen|weitergeleitet|weiterleiten|zur\\s+verf[üu]gung\\s+(?:gestellt|stellen)|zug[äa]nglich\\s+gemacht|[üu]bertragen|[üu]bergeben)';

export const recipients: RecipientsLexicon = {
  sectionLabels: [
    'empf[äa]nger(?:innen)?(?:\\s+oder\\s+kategorien\\s+von\\s+empf[äa]ngern)?',
    'kategorien\\s+von\\s+empf[äa]ngern',
    '(?:unter)?auftragsverarbeit(?:er|ung)\\p{L}*',
    'dritte(?:n)?',
    'drittanbieter(?:n)?',
    // "Welche Dienste wir nutzen", "Externe Dienste".
    '(?:dienste|tools|software)\\s*,?\\s+(?:die\\s+)?wir\\s+(?:nutzen|verwenden|einsetzen)',
    '(?:externe|genutzte|verwendete)\\s+(?:dienste|tools|dienstleister)',
    'dienstleister(?:n)?',
    'weitergabe\\s+(?:\\p{L}+\\s+){0,3}?(?:daten|informationen)',
    'datenweitergabe',
    '[üu]bermittlung\\s+(?:\\p{L}+\\s+){0,3}?(?:daten|an\\s+dritte)',
    'an\\s+wen',
    'wer\\s+(?:hat|erh[äa]lt|bekommt)\\s+(?:zugriff|zugang|ihre|deine)',
    'hosting',
    'genutzte\\s+drittanbieter',
    'eingesetzte\\s+(?:dienste|tools|dienstleister)',
    'zahlungsdienst(?:leister|e)',
  ],
  sourceSections: ['herkunft\\s+der\\s+daten', 'quelle(?:n)?\\s+der\\s+daten', 'woher', '(?:erhalten|erhoben)\\s+(?:von|durch|[üu]ber)', 'von\\s+dritten'],
  columnHeaders: ['empf[äa]nger(?:kategorien)?', '[üu]bermittelt\\s+an', 'weitergegeben\\s+an', '(?:unter)?auftragsverarbeiter', 'dritte'],
  serviceHeaders: ['anbieter', 'dienst(?:leister)?', 'dienstleistung', 'tool', 'software', 'auftragsverarbeiter', 'cookie', 'plugin'],
  nameColumnHeaders: ['(?:unter)?auftragsverarbeiter', 'anbieter', 'dienstleister', 'firma', 'unternehmen', 'organisation'],
  useBefore: [
    'wir\\s+(?:\\S+\\s+){0,2}?(?:nutzen|verwenden|benutzen|setzen)',
    '(?:nutzen|verwenden|benutzen|setzen)\\s+wir(?:\\s+(?:auch|zudem|au(?:ß|ss)erdem|hierf[üu]r|dazu|daf[üu]r))?',
    'ich\\s+(?:\\S+\\s+){0,2}?(?:nutze|verwende|benutze|setze)',
    '(?:nutze|verwende|benutze|setze)\\s+ich(?:\\s+(?:auch|zudem))?',
    '(?:einsatz|verwendung|nutzung|einbindung)\\s+(?:von|des|der)',
    'mit\\s+hilfe\\s+(?:von|des|der)', 'mithilfe\\s+(?:von|des|der)',
    'arbeite[nt]?\\s+(?:wir\\s+)?(?:\\S+\\s+){0,2}?mit',
    'zusammenarbeit\\s+mit',
    `${SHARE}\\s+[^.;:]{0,80}?\\s*(?:an|zu)`,
    `(?:geben|gibt|leiten|reichen)\\s+[^.;:]{0,60}?\\s+(?:an|zu)`,
    '(?:gehostet|gespeichert|betrieben|verarbeitet|versendet|versandt|abgewickelt|durchgef[üu]hrt|bereitgestellt|ausgeliefert|zugestellt|geliefert)\\s+(?:bei|durch|von|[üu]ber|mit)',
    // "Anbieter ist die Google Ireland Limited", "Anbieter dieses Dienstes ist X", "Betreiber der Server ist X".
    '(?:anbieter|betreiber|dienstleister|hoster|provider)(?:\\s+(?:dieses|des|der|dieser|unserer?)\\s+(?:\\S+\\s+){0,2}?)?\\s*(?:ist|sind)',
    '(?:dienste|dienst|produkte?|tools?|software|plattform|netzwerk|system|l[öo]sung|plug-?ins?|widgets?|karten|schriftarten|server)\\s+(?:von|des|der)',
    'ausgelagert\\s+an',
    // A request or connection to a known service: "eine Verbindung zu den Servern von Google", "eine Anfrage an Google Fonts".
    '(?:verbindung(?:en)?|anfragen?|anbindung)\\s+(?:\\S+\\s+){0,3}?(?:zu|an|mit)',
    // "Die Bereitstellung des Webspace erfolgt durch die Firma GitHub", "Videos via YouTube".
    '(?:bereitstellung|hosting|auslieferung|versand|zahlungsabwicklung)\\s+(?:\\S+\\s+){0,4}?(?:erfolgt|erfolgen)\\s+(?:\\S+\\s+)?(?:durch|bei|[üu]ber)',
    '(?:videos?|karten|inhalte|elemente|funktionen|komponenten|schriftarten|fonts|(?:be)?zahlung(?:en)?)\\s+(?:via|von|[üu]ber|mit)',
    'beauftragt(?:en|e)?',
    // The service in brackets after the participle: "wird ein externer Dienstleister genutzt (Disqus)".
    '(?:genutzt|eingesetzt|verwendet|eingebunden|benutzt)\\s*\\(',
    // Embedded, with the separable verb: "Ich binde eine Schriftart (\"Google Font\") … ein", "Wir binden Videos von YouTube ein".
    '(?:ich|wir)\\s+binden?\\s+(?:\\S+\\s+){0,3}?',
    '(?:auftragsverarbeitungs|avv|adv)\\p{L}*\\s+(?:\\S+\\s+){0,4}?mit',
    'vertrag\\s+[üu]ber\\s+(?:die\\s+)?auftragsverarbeitung\\s+(?:\\S+\\s+){0,4}?mit',
    '(?:unser(?:e|en|em)?|der|die|dem|den|beim|vom)\\s+(?:unter)?(?:auftragsverarbeiter|hoster|webhoster|hosting-?anbieter|hostinganbieter|zahlungsdienstleister|dienstleister|partner|anbieter|provider|e-?mail-?anbieter|newsletter-?(?:anbieter|dienst))\\s*,?',
    // The site as the subject: "Diese Website nutzt Funktionen des Webanalysedienstes Google Analytics", "Diese Seite verwendet Google Maps".
    '(?:website|webseite|internetseite|homepage|seite|app|anwendung|plattform|onlineshop|shop)\\s+(?:\\S+\\s+){0,2}?(?:nutzt|verwendet|benutzt|setzt|bindet|integriert)',
    // The service named after its kind, in the genitive: "des Webanalysedienstes Google Analytics", "des Dienstes pretix".
    '(?:des|eines)\\s+\\p{L}*(?:dienstes|anbieters|dienstleisters|tools|plugins|widgets|portals|netzwerks|netzwerkes)',
    // The service named after its kind: "der Kartendienst OpenStreetMap", "den Newsletterdienst Brevo", "das Analysetool etracker".
    '(?:der|den|dem|das)\\s+\\p{L}{3,}(?:dienst|tool|plugin|widget|netzwerk|anbieter|dienstleister)',
    // "Die Terminbuchung erfolgt über Doctolib", "Die Zahlung läuft über Stripe" (registry names only: a cue, not a name).
    '(?:erfolgt|erfolgen|l[äa]uft|laufen|geschieht|geschehen)\\s+(?:ausschlie(?:ß|ss)lich\\s+|technisch\\s+|dabei\\s+)?(?:durch|bei|[üu]ber|via|mithilfe\\s+von|mit\\s+hilfe\\s+von)',
    // Payment methods offered: "Wir akzeptieren PayPal", "Zahlung per PayPal".
    '(?:(?:wir|ich)\\s+akzeptieren|akzeptieren\\s+(?:wir|ich))(?:\\s+(?:auch|au(?:ß|ss)erdem|zudem))?', '(?:zahlung|bezahlung)\\s+(?:per|via|mit|[üu]ber)',
    // A product named in quotes after its kind: "die Software „ClubDesk“", "das Tool »Calendly«".
    '(?:die|das|den|der|dem)\\s+(?:software|plattform|app|anwendung|tool|dienst|plugin|programm|l[öo]sung|newsletter-?(?:dienst|software|tool))\\s*[„"»‚]',
    // A label line: "Hoster: all-inkl.com", "Newsletter-Anbieter: CleverReach", "Zahlungsdienstleister: Mollie".
    '(?:(?:web)?hoster|hosting(?:-?(?:anbieter|provider|dienstleister))?|provider|zahlungs(?:dienst)?(?:anbieter|leister)|newsletter(?:-?(?:dienst|anbieter|versand|tool|software))?|(?:web)?analyse(?:-?(?:tool|dienst))?|tracking-?tool|anbieter|dienstleister|(?:unter)?auftragsverarbeiter)\\s*:',
    // What is done with it: "Webanalyse mit etracker", "Newsletterversand über CleverReach", "Videokonferenzen mit Zoom".
    '(?:(?:web)?analyse|tracking|newsletter(?:versand)?|versand|zahlungsabwicklung|hosting|videokonferenz(?:en)?|videotelefonie|terminbuchung|terminvereinbarung|online-?terminbuchung)\\s+(?:mit|[üu]ber|via|durch|bei)',
    // A category and its examples: "Dritte, wie z. B. Google".
    '(?:dritte(?:n)?|drittanbieter(?:n)?|dienstleister(?:n)?|anbieter(?:n)?|partner(?:n)?|dienste(?:n)?|tools)\\s*,?\\s*(?:wie|z\\.\\s?b\\.|beispielsweise|etwa|darunter|insbesondere|u\\.\\s?a\\.)',
  ],
  nameCues: [
    // A product named in quotes after its kind: "die Software „ClubDesk“ zur Mitgliederverwaltung".
    '(?:die|das|den|der|dem)\\s+(?:software|plattform|app|anwendung|tool|dienst|programm|l[öo]sung|newsletter-?(?:dienst|software|tool))\\s*[„"»‚]',
    // Ein anderer Verantwortlicher mit Namen: "gemeinsam Verantwortlicher ist X".
    '(?:gemeinsam(?:e|en)?\\s+verantwortliche(?:r|n)?|gemeinsame\\s+verantwortlichkeit\\s+mit)\\s*(?:[^.;:]{0,60}?\\s+)?(?:ist|sind)?(?:\\s+auch)?\\s*:?',
    // Als Beispiel einer Art von Organisation: "Behörden wie das Finanzamt".
    '(?:beh[öo]rden|stellen|organisationen|verb[äa]nde|vereine)\\s*,?\\s*(?:wie|z\\.\\s?b\\.|beispielsweise|insbesondere)',
    // Ein System oder Dienst mit Namen: "in einem Verwaltungsprogramm namens ClubDesk gespeichert".
    '[a-zà-ÿ]*(?:system|plattform|programm|software|dienst|anwendung|app|tool|datenbank)\\s+(?:namens|mit\\s+dem\\s+namen)',
    'wir\\s+(?:\\S+\\s+){0,2}?(?:nutzen|verwenden|benutzen)',
    '(?:nutzen|verwenden|benutzen)\\s+wir(?:\\s+(?:auch|zudem|au(?:ß|ss)erdem|hierf[üu]r|dazu|daf[üu]r))?',
    'ich\\s+(?:\\S+\\s+){0,2}?(?:nutze|verwende|benutze)',
    '(?:nutze|verwende|benutze)\\s+ich(?:\\s+(?:auch|zudem))?',
    '(?:gehostet|betrieben)\\s+(?:bei|durch|von)',
    // Ein Dienst, den ein Genannter erbringt: "bereitgestellt von X", "zur Verfügung gestellt durch X" (nicht "angeboten
    // von": eine Website wird von ihrem Verantwortlichen angeboten).
    '(?:bereitgestellt|erbracht|zur\\s+verf[üu]gung\\s+gestellt)\\s+(?:von|durch)',
    'verarbeitet\\s+durch',
    '(?:anbieter|betreiber|hoster|provider)(?:\\s+(?:dieses|des|der|dieser|unserer?)\\s+(?:\\S+\\s+){0,2}?)?\\s*(?:ist|sind)',
    '(?:auftragsverarbeitungs|avv|adv)\\p{L}*\\s+(?:\\S+\\s+){0,4}?mit',
    'vertrag\\s+[üu]ber\\s+(?:die\\s+)?auftragsverarbeitung\\s+(?:\\S+\\s+){0,4}?mit',
    '(?:unser(?:e|en)?)\\s+(?:unter)?(?:auftragsverarbeiter|hoster|hosting-?anbieter|hostinganbieter|zahlungsdienstleister|dienstleister)\\s*,?',
    'hosten\\s+(?:\\S+\\s+){0,4}?bei',
    // The reader's data handed on: "geben Ihre E-Mail-Adresse an X weiter", "übermitteln wir Ihre Daten an".
    `${SHARE}\\s+(?:(?:wir|ich)\\s+)?(?:ihre|deine)\\s+[^.;:]{0,60}?\\s*an`,
  ],
  filler: ['firma', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein(?:e|en|em|er)?', 'unser(?:e|en|em|er)?', 'auch', 'hierf[üu]r', 'daf[üu]r', 'dazu', 'u\\.\\s?a\\.', 'unter\\s+anderem', 'z\\.\\s?b\\.', 'beispielsweise', 'dienste?\\s+(?:von|des|der)', 'software\\s+(?:von|des|der)', 'tool', 'firma', 'unternehmen', 'andere(?:n|r)?', 'bestimmte(?:n|r)?', 'ausgew[äa]hlte(?:n|r)?', 'sonstige(?:n|r)?'],
  // Der Dienst als Subjekt dessen, was mit Daten geschieht: "Google Analytics verwendet Cookies", "Matomo speichert Ihre IP-Adresse".
  handlesAfter: [
    // Im Passiv steht der Dienst vor dem Partizip: "die von Google Analytics gesetzten Cookies", "werden an Google übermittelt".
    '\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?(?:gesetzt|gespeichert|erhoben|verarbeitet|erfasst|ausgewertet|[üu]bermittelt|[üu]bertragen|weitergegeben|gesetzten|erhobenen|gespeicherten)(?![\\p{L}])',
    // Im Nebensatz steht das Verb am Ende: "die Daten, die Google Analytics über Ihre Nutzung erhebt".
    '\\s+(?:[\\p{L}\\p{N}-]+\\s+){1,5}?(?:erhebt|verarbeitet|speichert|erfasst|sammelt|setzt|erh[äa]lt)(?=\\s*[,.;)]|\\s*$)',
    '\\s+(?:(?:auch|dann|kann|wird|werden)\\s+)?(?:verarbeitet|speichert|erhebt|erfasst|setzt|verwendet|nutzt|erh[äa]lt|sammelt|analysiert|wertet|empf[äa]ngt|speichern|erheben|erfassen|setzen|verarbeiten)\\s+(?:\\S+\\s+){0,4}?(?:daten|personenbezogene|informationen|cookies?|ip-?adressen?|e-?mail-?adressen?|ihre|deine|nutzer(?:innen)?|besucher(?:innen)?)(?![\\p{L}])',
  ],
  readerSubjects: ['sie', 'du', 'nutzer(?:innen)?', 'besucher(?:innen)?', 'benutzer(?:innen)?'],
  roleAfter: [
    // "Booqable (unser Buchungssystem)".
    '\\s*\\(\\s*(?:unser(?:e|en)?|mein(?:e)?)\\s+[^()]{1,40}\\)',
    // The verb comes after the name: "Die Website wird bei Hetzner gehostet".
    '\\s+(?:gehostet|betrieben|bereitgestellt)(?![\\p{L}])',
    // "Unser Newsletter wird über CleverReach versendet", "Die Zahlung wird über PayPal abgewickelt".
    // Not a former service: "… wurde früher mit MailChimp versandt, heute nicht mehr".
    '\\s+(?:versendet|versandt|verschickt|abgewickelt|ausgeliefert|zugestellt|durchgef[üu]hrt)(?![\\p{L}])(?![^.;]{0,40}?nicht\\s+mehr)',
    '\\s*\\(\\s*(?:unter)?auftragsverarbeiter\\s*\\)',
    '\\s*,?\\s*(?:als|unser(?:e|en)?|der|die)\\s+(?:unter)?(?:auftragsverarbeiter|subunternehmer|hoster|hosting-?anbieter|dienstleister|zahlungsdienstleister)',
    '\\s+(?:verarbeitet|erh[äa]lt|speichert)\\s+[^.;:]{0,60}?(?:als\\s+(?:unter)?auftragsverarbeiter|in\\s+unserem\\s+auftrag|nach\\s+unseren\\s+weisungen)',
    // "Mit Hetzner haben wir einen Vertrag über Auftragsverarbeitung geschlossen".
    '\\s+(?:haben|hat)\\s+(?:wir|ich)\\s+(?:\\S+\\s+){0,2}?(?:einen\\s+)?(?:auftragsverarbeitungsvertrag|vertrag\\s+(?:zur|[üu]ber\\s+(?:die\\s+)?)auftragsverarbeitung|avv)',
    '\\s+(?:ist|sind|wurde|wurden)\\s+(?:\\S+\\s+){0,3}?(?:ein\\s+)?(?:auftragsverarbeitungsvertrag|vertrag\\s+[üu]ber\\s+(?:die\\s+)?auftragsverarbeitung|avv)',
  ],
  listLeads: [
    '(?:nutze[nt]?|verwende[nt]?|setze[nt]?\\s+(?:\\S+\\s+){0,3}?ein|benutze[nt]?)\\s+[^.;]{0,40}?(?:die\\s+)?folgende(?:n)?',
    '(?:die\\s+)?folgende(?:n)?\\s+(?:unter)?auftragsverarbeiter',
    '(?:die\\s+)?folgende(?:n)?\\s+(?:empf[äa]nger|dienstleister|anbieter|drittanbieter|dritte(?:n)?|partner|dienste|unternehmen|organisationen|tools|hoster|stellen)',
    '(?:nutze[nt]?|verwende[nt]?|arbeite[nt]?\\s+(?:\\S+\\s+){0,2}?mit|beauftrage[nt]?)\\s+[^.;:]{0,60}?(?:dienste|dienstleister|anbieter|drittanbieter|unternehmen|tools|software|plattformen|partner|(?:unter)?auftragsverarbeiter)',
    `(?:${SHARE}|geben|gibt|leiten)\\s+[^.;:]{0,80}?(?:an|zu)`,
  ],
  nameLinks: ['f[üu]r', 'der', 'des', 'von'],
  itemPrepositions: ['an', 'mit', 'bei', '[üu]ber', 'durch', 'von'],
  apposition: ['der', 'die', 'das', 'ein(?:e)?', 'unser(?:e|en)?', 'mein(?:e)?', 'welche[rs]?', 'mit\\s+de[mr]', '[üu]ber\\s+de[nr]'],
  itemVerbs: [
    'hostet|hosten|verarbeitet|verarbeiten|versendet|versenden|liefert|liefern|verwaltet|verwalten|speichert|speichern|stellt|stellen',
    'erm[öo]glicht|abwickelt|wickelt|erh[äa]lt|erhalten|zeigt|misst|analysiert|f[üu]hrt|dient|bietet',
    '(?:nutze[nt]?|verwende[nt]?)\\s+(?:ich|wir)',
  ],
  nounEndings: [
    'daten', 'informationen', 'angaben', 'dienst(?:e|es|en)?', 'leister(?:n)?', 'anbieter(?:n)?', 'b[üu]ro(?:s)?', 'kanzlei(?:en)?', 'stelle(?:n)?', 'beh[öo]rde(?:n)?',
    'einrichtung(?:en)?', 'institution(?:en)?', 'information', 'hoster(?:n)?', 'gruppe(?:n)?', 'lieferant(?:en)?', 'betreiber(?:n)?', 'unternehmen', 'firma', 'firmen', 'organisation(?:en)?', 'gesellschaft(?:en)?',
    'verwaltung', 'gemeinde(?:n)?', 'versicherung(?:en)?', 'inhaber(?:n)?', 'berater(?:n)?', 'anw[äa]lte', 'anwalt', 'mitarbeiter(?:innen|n)?', 'partner(?:n)?', 'provider(?:n)?',
    'druckerei(?:en)?', 'schule(?:n)?', 'eltern', 'mitglieder(?:n)?', 'kunden', 'besucher(?:n)?', 'nutzer(?:n)?', 'frist(?:en)?', 'zweck(?:e|en)?', 'grundlage(?:n)?', 'rechte', 'recht',
    'cookies?', 'dritte(?:n)?', 'verarbeitung', 'verarbeiter(?:n)?', 'ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'erkl[äa]rung', 'vertrag', 'vertr[äa]ge', 'server(?:n)?',
    'seite(?:n)?', 'website(?:s)?', 'webseite(?:n)?', 'plattform(?:en)?', 'system(?:e)?', 'technik(?:en)?', 'tools?', 'software', 'programm(?:e)?', 'formular(?:e)?', 'adresse(?:n)?',
    // What a service delivers, not who: "Wir nutzen Plugins des sozialen Netzwerks Facebook".
    'plug-?ins?', 'widgets?', 'buttons?', 'schriftarten', 'videos?', 'karten', 'funktionen', 'skripte?',
    // Kinds of things and the controller in the dative ("Nutzerprofile", "Rechenkapazität", "Double-Opt-In-Verfahren", "dem Verantwortlichen").
    'profile', 't[äa]t(?:en)?', 'verfahren', 'platz', 'verantwortliche[nr]?',
    'kampagne(?:n)?', 'konten', 'elemente?', 'komponenten', 'blogs?',
    'person(?:en)?', 'zugriff', 'zugang', 'konto', 'profil', 'inhalte?', 'interesse(?:n)?', 'einwilligung', 'zahlung(?:en)?', 'anfrage(?:n)?', 'nachricht(?:en)?',
    // Pronouns of address and possessives, capitalised in German ("an Sie", "Ihre Daten"), and the terms of business.
    '^(?:sie|ihnen|ihre[nmrs]?|ihr|uns|unsere[nmrs]?|wir|dich|dir|du|deine[nmrs]?|agb)',
    // The controller's own people and bodies.
    'vorstand', 'vorsitzende(?:r)?', 'gesch[äa]ftsf[üu]hrer(?:in)?', 'gesch[äa]ftsf[üu]hrung', 'leitung', 'team(?:s)?', 'abteilung(?:en)?', 'ausschuss', 'rat', 'personal',
  ],
  // "das Verhalten", "im Double-Opt-In-Verfahren", "den Zusatz", "die Schriftart": a noun, not a name.
  commonNounBefore: ['der', 'die', 'das', 'den', 'dem', 'des', 'im', 'ins', 'zum', 'zur', 'vom', 'beim', 'am', 'eine?[mnrs]?', 'keine?[mnrs]?', 'diese[mnrs]?', 'jede[mnrs]?'],
  // "ob Profiling durchgeführt wird", "Misserfolges von Online-Marketing-Kampagnen durchgeführt": not "über X versendet".
  verbFinalAfter: ['\\s+(?:gehostet|betrieben|bereitgestellt|versendet|versandt|verschickt|abgewickelt|ausgeliefert|zugestellt|durchgef[üu]hrt)(?![\\p{L}])'],
  verbFinalBefore: ['[üu]ber', 'mit', 'durch', 'bei', 'von', 'via', 'mittels'],
  categoryHeads: [
    'dienste', 'dienstleister(?:n)?', 'anbieter(?:n)?', 'beh[öo]rden', 'stellen', 'einrichtungen', 'institutionen', 'unternehmen', 'organisationen',
    'partner(?:n)?', 'empf[äa]nger(?:n)?', 'versicherungen', '[äa]rzte',
  ],
  lawfulDemand: [
    '(?:wenn|falls|sofern|soweit)\\s+(?:[\\p{L}]+\\s+){0,4}?(?:gesetzlich\\s+(?:verpflichtet|vorgeschrieben|erforderlich)|(?:das\\s+)?gesetz\\s+(?:[\\p{L}]+\\s+){0,2}?(?:vorschreibt|verlangt|verpflichtet))',
    '(?:aufgrund|auf\\s+grund(?:lage)?)\\s+(?:einer|eines)\\s+(?:gesetzlichen\\s+(?:verpflichtung|pflicht)|gerichtlichen\\s+(?:anordnung|entscheidung)|beh[öo]rdlichen\\s+anordnung)',
  ],
  sourceBefore: [
    '(?:erhalten|erh[äa]lt|bekommen|beziehen|bezogen)\\s+[^.;:]{0,80}?\\s*(?:von|durch|[üu]ber|aus)',
    // Erhoben von oder aus einer Quelle; erhoben "durch" oder "über" einen Dienst ist von ihm erhoben ("Daten, die wir über Google Analytics erheben").
    '(?:erheben|erhoben|sammeln|gesammelt)\\s+[^.;:]{0,80}?\\s*(?:von|aus)',
    'stammen\\s+(?:\\S+\\s+){0,3}?(?:von|aus)',
  ],
  sourceAfter: ['\\s+ist\\s+(?:eine|unsere)\\s+quelle'],
  internalAfter: ['\\s*[,(]?\\s*(?:ein(?:e)?\\s+)?(?:teil|abteilung|tochter(?:gesellschaft|unternehmen)?)\\s+(?:von|der|des)'],
  operatorBefore: ['(?:wird|werden)\\s+betrieben\\s+(?:von|durch)', 'betreiber\\s+(?:ist|sind)'],
  // The service's name as the title of its data processing terms (written in English in every language).
  documentAfter: ['(?:\\s*/\\s*[\\p{L}\\p{N}]+)?\\s+data\\s+processing\\s+(?:terms|agreement|addendum)(?![\\p{L}])'],
  notReceiving: [
    // Der eigene Speicher oder das eigene Konto des Lesers: "in Ihrem eigenen Cloud-Speicher (z. B. iCloud)".
    '(?:ihr(?:em|en|e)?|dein(?:em|en|e)?)\\s+eigene(?:n|m|s)?\\s+(?:cloud\\S*|speicher|konto|account)',
    'teilen-?(?:button|schaltfl[äa]che)s?', 'social-?media-?(?:buttons|schaltfl[äa]chen|links)', 'links?\\s+(?:zu|auf)', 'weitergeleitet\\s+(?:zu|auf)\\s+(?:der|die)\\s+(?:website|seite)', 'verlinkt'],
  // "Eine Verbindung zu Servern von Google findet dabei nicht statt": the denial after the name.
  disabledAfter: ['\\s+(?:ist|sind|wird|werden|wurde|wurden)\\s+(?:\\S+\\s+)?(?:deaktiviert|abgeschaltet|ausgeschaltet)', '\\s+(?:findet|erfolgt)\\s+(?:dabei\\s+|hierbei\\s+|jedoch\\s+|somit\\s+)?(?:nicht|keine)(?![\\p{L}])'],
  categories: [
    'dritte(?:n)?',
    'dritte\\s+parteien',
    'drittanbieter(?:n)?',
    'externe(?:n)?\\s+(?:dienstleister(?:n)?|stellen|partner(?:n)?|anbieter(?:n)?)',
    '(?:it|edv)-?(?:dienstleister(?:n)?|partner(?:n)?)',
    'hosting-?(?:anbieter|dienstleister|provider)(?:n)?',
    'hoster(?:n)?',
    'zahlungs(?:dienst)?(?:leister|anbieter)(?:n)?',
    'paket(?:dienst(?:e|en)?|dienstleister(?:n)?|zusteller(?:n)?)',
    'versand(?:dienstleister|unternehmen)(?:n)?',
    'logistik(?:dienstleister|partner)(?:n)?',
    'steuerberater(?:n)?',
    'wirtschaftspr[üu]fer(?:n)?',
    'rechtsanw[äa]lte(?:n)?',
    'beh[öo]rden',
    '[öo]ffentliche(?:n)?\\s+stellen',
    'finanzbeh[öo]rden',
    'finanzamt',
    'strafverfolgungsbeh[öo]rden',
    'polizei',
    'gerichte(?:n)?',
    'banken',
    'kreditinstitute(?:n)?',
    'versicherungen',
    '(?:unter)?auftragsverarbeiter(?:n)?',
    'dienstleister(?:n)?',
    'partner(?:n)?',
    'konzern(?:gesellschaften|unternehmen)',
    'verbundene(?:n)?\\s+unternehmen',
    'lieferanten',
  ],
  categoryBefore: ['(?:an|mit|gegen[üu]ber)'],
  shareVerbs: [
    'weiter(?:geben|gegeben|zugeben|gabe|geleitet|leiten)', 'bekannt\\s*(?:ge)?geben', 'bekanntgabe', 'gibt\\s+[^.;:]{0,100}?weiter', 'geben\\s+[^.;:]{0,100}?weiter', '[üu]bermitt\\p{L}*', 'offen(?:legen|gelegt|legung)',
    'verkauf\\p{L}*', 'vermiet\\p{L}*', '[üu]bertrag\\p{L}*', 'zur\\s+verf[üu]gung', 'zugriff', 'zug[äa]nglich', 'senden', 'gesendet', 'beauftrag\\p{L}*', 'einsicht',
  ],
  categoryCue: ['beauftragte(?:n)?', 'eingesetzte(?:n)?', '(?:nutzen|verwenden)\\s+wir', 'wir\\s+(?:nutzen|verwenden)'],
  categoryAfter: ['\\s+(?:beauftragen|beauftragt|einsetzen|einschalten)', '\\s*,?\\s+(?:die|welche)\\s+(?:\\S+\\s+){0,3}?in\\s+unserem\\s+auftrag', '\\s+zugriff\\s+(?:haben|erhalten|bekommen)'],
  categoryNotBefore: ['von', 'durch'],
  noneWords: ['keine?', 'niemand', 'entf[äa]llt', 'n/?a', '-'],
  processorWords: ['(?:unter)?auftragsverarbeit\\p{L}*', 'in\\s+unserem\\s+auftrag', 'nach\\s+unseren\\s+weisungen', 'weisungsgebunden', 'subunternehmer', 'dienstleister', 'gehostet', 'hosting'],
  controllerStatements: [
    'ist\\s+(?:der|die)\\s+verantwortliche',
    'ist\\s+verantwortlich\\s+f[üu]r\\s+die\\s+(?:daten)?verarbeitung',
    'ist\\s+(?:gemeinsam\\s+)?verantwortlich',
    'nimmt\\s+den\\s+schutz',
    'legt\\s+(?:gro(?:ß|ss)en\\s+)?wert\\s+auf',
  ],
  ownAccount: ['(?:ihr(?:em|en)?|dein(?:em|en)?)\\s+(NAME)[\\s-]*(?:konto|account|profil|abo(?:nnement)?)'],
  titleWords: ['datenschutz(?:erkl[äa]rung|hinweise|richtlinie|bestimmungen|information(?:en)?)?', 'erkl[äa]rung', 'richtlinie', 'cookie(?:richtlinie|hinweise)?', 'impressum', 'von', 'der', 'die', 'das', 'und', 'f[üu]r', 'bei', 'zum'],
  roleLabels: ['(?:[\\p{L}-]+\\s+)?[\\p{L}-]*(?:anbieter|dienstleister|hoster|provider|auftragsverarbeiter|empf[äa]nger)'],
  nameOpeners: ['f[üu]r', '[üu]ber', 'via', 'mit', 'bei', 'durch', 'von', 'an', 'siehe'],
  labelWords: [
    'notwendige?n?', 'erforderliche?n?', 'unbedingt', 'essenzielle?n?', 'funktionale?n?', 'technisch(?:e|en)?', 'statistik', 'statistische?n?', 'marketing',
    'pr[äa]ferenzen', 'komfort', 'analyse', 'performance', 'cookies?', 'externe?n?', 'medien',
  ],
  dataWords: ['e-?mail', 'telefon', 'daten', 'personenbezogene', 'informationen', 'angaben', 'konto', 'website', 'webseite', 'seite', 'formular', 'team', 'erkl[äa]rung', 'richtlinie', 'bedingungen'],
  selfHosting: [
    // "Wir betreiben Matomo selbst", "selbst gehostet", "ohne Beteiligung Dritter".
    '(?:betreibe[nt]?|betrieben|hoste[nt]?|gehostet|installiert)\\s+(?:\\S+\\s+){0,3}?selbst', 'selbst\\s+(?:betrieben|installiert)', 'ohne\\s+(?:die\\s+)?(?:hilfe|einbindung|beteiligung)\\s+(?:von\\s+)?dritte[rn]?',
    'open[\\s-]?source', 'auf\\s+(?:unserem|unseren)\\s+(?:eigenen\\s+)?Servern?', 'selbst\\s+gehostet', 'eigenen\\s+Servern?', 'lokal\\s+(?:installiert|eingebunden|gehostet|gespeichert|hinterlegt|ausgeliefert|bereitgestellt|geladen)', 'keine\\s+verbindung\\s+zu\\s+(?:den\\s+)?servern', 'verbindung\\s+zu\\s+(?:den\\s+)?servern\\s+von\\s+\\S+\\s+findet\\s+(?:dabei\\s+)?nicht\\s+statt'],
};

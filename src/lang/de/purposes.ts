import type { PurposeLexicon, LegalBasisLexicon, InterestLexicon } from '../../lexicon/purposes.js';

export const purposes: PurposeLexicon = {
  phrases: {
    payment: ['abrechnungszweck(?:e|en)?', 'zahlungsabwicklung', 'abwicklung\\s+(?:von|der)\\s+zahlung(?:en)?', 'zahlung(?:en)?', 'bezahlung', 'abrechnung(?:en)?', 'rechnungs(?:stellung|legung)', 'inkasso', 'zahlungsverkehr'],
    contact: [
      'kontaktaufnahme', 'kontakt\\s+(?:mit\\s+(?:ihnen|dir)\\s+)?aufzunehmen', 'kontaktanfrage(?:n)?', '(?:bearbeitung|beantwortung)\\s+(?:ihrer|deiner|der|von)\\s+(?:\\S+\\s+)?(?:anfrage(?:n)?|anliegen|nachricht(?:en)?|e-?mails?)',
      '(?:ihre|deine)\\s+(?:anfrage|anliegen|nachricht)\\s+(?:zu\\s+)?(?:bearbeiten|beantworten)', 'kommunikation', 'korrespondenz', 'r[üu]ckfragen',
    ],
    service_delivery: [
      'bereitstellung\\s+(?:der|unserer|einer)\\s+(?:\\S+\\s+)?(?:website|webseite|internetseite|dienste?|leistungen?|inhalte|plattform|app)', 'erbringung\\s+(?:der|unserer)\\s+(?:dienst)?leistungen?',
      'vertragserf[üu]llung', '(?:erf[üu]llung|durchf[üu]hrung|abwicklung|bearbeitung)\\s+(?:des|eines|der|unseres|unserer|ihres|ihrer|deines|deiner)\\s+(?:\\S+\\s+)?(?:vertrag(?:es|s)?|auftrag(?:es|s)?|bestellung(?:en)?|vertragsverh[äa]ltnisses)', 'bestellung(?:en)?',
       '(?:bestell|auftrags)abwicklung', 'lieferung', 'versand\\s+(?:der|von|ihrer|deiner)\\s+(?:ware|waren|bestellung|produkte|artikel)', 'funktionsf[äa]hig\\p{L}*', 'auslieferung\\s+der\\s+(?:website|inhalte)', 'darstellung\\s+der\\s+(?:website|webseite)', '(?:website|webseite|internetseite)\\s+(?:\\S+\\s+)?anzuzeigen', '(?:stabilit[äa]t|verf[üu]gbarkeit)\\s+(?:der|unserer)\\s+(?:website|webseite|dienste?|systeme)',
      // Appointments and care in practices: "zur Terminvereinbarung", "für die Patientenversorgung", "zur ärztlichen Behandlung".
      'termin(?:vereinbarung|vergabe|planung|verwaltung|buchung|erinnerung)(?:en)?', '(?:vereinbarung|vergabe|buchung)\\s+von\\s+terminen', 'patientenversorgung', 'behandlungsvertrag\\p{L}*',
      '(?:medizinische[nr]?|[äa]rztliche[nr]?|zahn[äa]rztliche[nr]?|therapeutische[nr]?|tier[äa]rztliche[nr]?)\\s+(?:behandlung|versorgung|betreuung)',
      // Bookings, offers, courses: "zur Bearbeitung Ihrer Buchung", "zur Erstellung von Angeboten", "für die Durchführung des Kurses".
      '(?:bearbeitung|abwicklung|best[äa]tigung)\\s+(?:ihrer|deiner|der|von|einer)\\s+(?:\\S+\\s+)?(?:buchung(?:en)?|reservierung(?:en)?|auftr[äa]ge?|bestellung(?:en)?|anmeldung(?:en)?)',
      '(?:erstellung|zusendung|ausarbeitung)\\s+(?:von|eines|einer|ihres|ihrer)\\s+(?:\\S+\\s+)?(?:angebot(?:en|s)?|kostenvoranschl[äa]ge[n]?|kostenvoranschlags|offerten?)', 'angebotserstellung',
      '(?:leistungen|dienste|dienstleistungen|produkte)\\s+(?:\\S+\\s+){0,2}?(?:anbieten|erbringen|anzubieten|zu\\s+erbringen)(?![\\p{L}])',
      'durchf[üu]hrung\\s+(?:des|der|unserer|unseres|von|eines|einer)\\s+(?:\\S+\\s+)?(?:kurs(?:es|e|en)?|trainings?|behandlung|therapie|beratung(?:en)?|reise|ausbildung|schulung(?:en)?|unterrichts?)',
    ],
    account: ['durchf[üu]hrung\\s+(?:der|unserer|des)\\s+(?:vereinsarbeit|vereinszweck(?:e|s)?|mitgliedschaft)', 'vereinsarbeit', '(?:benutzer|nutzer|kunden)konto', 'registrierung', 'konto\\s+(?:zu\\s+)?(?:erstellen|anlegen|verwalten)', 'mitgliedschaft', 'mitglieder(?:verwaltung|betreuung)', 'login'],
    newsletter: ['newsletter\\p{L}*', 'mailing(?:s|liste)?', 'rundschreiben', 'auf\\s+dem\\s+laufenden\\s+(?:zu\\s+)?halten'],
    marketing: ['werbe-?\\s*(?:und\\s+\\p{L}+)?zweck(?:e|en)?', 'marketing\\p{L}*', 'direktwerbung', 'werbung', 'werbezwecke(?:n)?', 'werbliche\\p{L}*', 'angebote', 'produktinformationen', 'informationen\\s+[üu]ber\\s+(?:unsere\\s+)?(?:neue(?:n)?\\s+)?(?:produkte|angebote|leistungen)', 'informationsmaterial(?:ien)?'],
    analytics: ['auszuwerten', 'analysezweck(?:e|en)?', 'statistikzweck(?:e|en)?', 'analyse\\p{L}*', 'statistik\\p{L}*', 'statistische(?:n)?\\s+(?:zwecke(?:n)?|auswertung(?:en)?)', 'reichweitenmessung', 'webanalyse', 'auswertung\\p{L}*', 'messung', 'nutzungsanalyse'],
    website_improvement: [
      '(?:website|webseite|internetseite|angebot|dienste?|leistungen|nutzererlebnis|benutzerfreundlichkeit)\\s+(?:\\p{L}+\\s+){0,3}(?:zu\\s+)?(?:verbessern|optimieren)',
      'verbesserung\\p{L}*', 'optimierung\\p{L}*', 'weiterentwicklung', 'nutzerfreundlichkeit', 'benutzerfreundlichkeit',
    ],
    legal_obligation: [
      '(?:gesetzliche(?:n)?|rechtliche(?:n)?)\\s+(?:\\p{L}+\\s+)?(?:verpflichtung(?:en)?|pflicht(?:en)?|aufbewahrungspflicht(?:en)?|aufbewahrungsfristen)', 'gesetzlich\\s+(?:\\p{L}+\\s+){0,2}(?:verpflichtet|vorgeschrieben)',
      'steuerrechtliche(?:n)?\\s+(?:pflichten|vorgaben|gr[üu]nde)', 'handels-?\\s+und\\s+steuerrechtliche(?:n)?', 'finanzamt', 'erf[üu]llung\\s+(?:gesetzlicher|rechtlicher)\\s+(?:pflichten|vorgaben|anforderungen)',
    ],
    security: ['sicherheit\\p{L}*', 'missbrauch\\p{L}*', 'betrug\\p{L}*', 'angriff\\p{L}*', 'schutz\\s+(?:vor|gegen)', 'st[öo]rungen', 'fehlerbehebung', 'systemsicherheit'],
    recruitment: ['bewerbung\\p{L}*', 'bewerbungsverfahren', 'stellenausschreibung(?:en)?', 'personalauswahl', 'recruiting'],
    events: ['organisation\\s+(?:des|der|von|unserer|unseres)\\s+(?:\\S+\\s+)?(?:\\p{L}*betrieb(?:s|es)?|\\p{L}*veranstaltung(?:en)?|\\p{L}*training(?:s)?|\\p{L}*reise(?:n)?|\\p{L}*turnier(?:e|s)?|\\p{L}*fahrt(?:en)?|\\p{L}*lager(?:s)?)', 'teilnahme\\s+(?:am|an\\s+(?:der|dem|einem|einer|unserem|unserer))\\s+\\p{L}+', 'gewinnspiel\\p{L}*', 'veranstaltung(?:en)?', 'events?', 'seminar(?:e|en)?', 'workshops?', 'tagung(?:en)?', 'einladung(?:en)?', 'webinar(?:e)?'],
    support: ['kundenservice', 'kundendienst', 'support', 'hilfe', 'helpdesk', 'beschwerde(?:management|bearbeitung)', 'kundenbetreuung'],
    personalisation: ['personalisier\\p{L}+', 'individualisier\\p{L}+', 'auf\\s+(?:ihre|deine)\\s+interessen\\s+(?:zuzuschneiden|abzustimmen)', 'empfehlungen'],
    advertising: ['anzeige(?:n)?', 'werbeanzeige(?:n)?', 'remarketing', 'retargeting', 'interessenbasierte(?:n)?\\s+werbung', 'personalisierte(?:n)?\\s+werbung', 'zielgerichtete(?:n)?\\s+werbung'],
    administration: ['verwaltung\\p{L}*', 'administrat\\p{L}+', 'buchhaltung', 'archivierung', 'dokumentation'],
    research: ['forschung\\p{L}*', 'wissenschaftliche(?:n)?\\s+(?:zwecke(?:n)?|untersuchung(?:en)?)', 'umfrage(?:n)?', 'marktforschung', 'studie(?:n)?'],
  },
  // "Die erhobenen Daten dienen der Durchführung des Vertrages".
  markers: ['um', 'zur', 'zum', 'f[üu]r', 'zwecks', 'damit', 'zu\\s+zwecken\\s+der', 'im\\s+rahmen\\s+(?:der|des)', 'dien(?:t|en|te|ten)\\s+(?:ausschlie(?:ß|ss)lich\\s+|nur\\s+|lediglich\\s+|allein\\s+)?(?:der|dem)'],
  strongMarkers: ['um', 'zwecks', 'damit', 'zu\\s+zwecken\\s+der', 'im\\s+interesse\\s+(?:einer|eines|der|des)'],
  purposeWords: ['zweck(?:e|en|s)?', '\\p{L}+zweck(?:e|en|s)?'],
  clauseEnds: ['und\\s+um', 'oder\\s+um', 'und\\s+f[üu]r', 'sowie\\s+(?:um|zur|zum|f[üu]r)', 'aber', 'sofern', 'soweit', 'wenn', 'falls', 'es\\s+sei\\s+denn', 'damit'],
  statementVerbs: [
    // The Swiss "bearbeiten" (to process): "Wir bearbeiten Ihre Personendaten zur Abwicklung von Bestellungen".
    'verarbeit\\p{L}*', 'bearbeite[nt]?', 'bearbeitet', 'nutze[nt]?', 'genutzt', 'benutz\\p{L}*', 'verwende[nt]?', 'verwendet', 'erhebe[nt]?', 'erhoben', 'sammel[nt]', 'gesammelt', 'erstell\\p{L}*', 'erfass\\p{L}*',
    'protokollier\\p{L}*', 'speicher[nt]', '\\p{L}*gespeichert', 'sende[nt]?', 'versende[nt]?', 'versandt', 'ben[öo]tigen', 'ben[öo]tigt', 'auswerte[nt]?', 'ausgewertet', 'werte[nt]?\\s+(?:\\p{L}+\\s+){0,4}aus',
    'dient', 'dienen', 'erfolgt', 'erfolgen', 'eingesetzt', 'einsetzen', 'setze[nt]\\s+(?:\\p{L}+\\s+){0,4}ein', 'eingebunden', 'einbinden',
  ],
  dataWords: ['\\p{L}*daten', 'angaben', 'informationen', 'e-?mail-?adresse(?:n)?'],
  notPurpose: [
    '(?:technische(?:n)?|organisatorische(?:n)?|geeignete(?:n)?|sicherheits)\\s*ma(?:ß|ss)nahmen', '(?:verarbeite[nt]?|erhebe[nt]?|sammel[nt])\\s+(?:\\p{L}+\\s+){0,2}keine\\s+personenbezogenen\\s+daten',
  ],
  activityVerbs: ['versende[nt]?', 'sende[nt]?', 'zeige[nt]?', 'organisiere[nt]?', 'f[üu]hren\\s+(?:\\p{L}+\\s+){0,3}durch'],
  statementOpeners: ['(?:(?:der|unser)\\s+)?zweck(?:e)?\\s+(?:der|unserer|dieser)\\s+(?:\\p{L}+\\s+){0,4}?(?:ist|sind|besteht\\s+darin)\\s*,?', '(?:der|unser)\\s+zweck\\s+(?!(?:dieser|unserer)\\s+(?:datenschutz\\p{L}*|erkl[äa]rung|richtlinie))(?:\\p{L}+\\s+){0,4}?(?:ist|sind|besteht)', 'dient\\s+(?:\\p{L}+\\s+){0,3}(?:dazu|dem\\s+zweck)'],
  sharingCues: ['dritte(?:n)?', 'drittanbieter(?:n)?', '(?:daten|informationen)\\s+(?:\\p{L}+\\s+)?(?:weitergeben|[üu]bermitteln|offenlegen)', 'weitergabe', 'weitergegeben', '[üu]bermittlung\\s+an', 'geben\\s+(?:\\p{L}+\\s+){0,4}weiter'],
  listIntro: [
    '(?:folgende(?:n)?|nachfolgende(?:n)?|nachstehende(?:n)?)\\s+(?:\\p{L}+\\s+)?zweck(?:e|en)\\s*:', 'zu\\s+folgenden\\s+zwecken\\s*:', 'f[üu]r\\s+folgende\\s+zwecke\\s*:',
    '(?:verarbeite[nt]|nutze[nt]|verwende[nt]|ben[öo]tige[nt])\\s+(?:\\S+\\s+){0,8}?(?:f[üu]r|um|zur|zum)\\s*:', 'um\\s*:', 'dient\\s+(?:\\S+\\s+){0,4}?(?:dazu|der|dem)\\s*:',
    '(?:der|unser)\\s+zweck(?:e)?\\s+(?:ist|sind)\\s*:', 'zweck(?:e)?\\s+(?:der\\s+(?:daten)?verarbeitung)?\\s*:', 'verarbeitungszwecke\\s*:',
  ],
  // "Pflege der Mitgliederliste", "Einzug der Beiträge", "Organisation von Trainings", "Versand des Newsletters".
  activityItems: ['\\p{L}+(?:ung|ion|ierung|versand|einzug|pflege|abwicklung|bearbeitung|verwaltung|durchf[üu]hrung)\\s+(?:der|des|von|unserer|unseres|ihrer|ihres|eines|einer)(?![\\p{L}])', '(?:pflege|einzug|versand|erstellung)\\s+(?:der|des|von)(?![\\p{L}])'],
  metaItems: ['(?:die|den)\\s+(?:oben\\s+)?(?:genannten|beschriebenen|aufgef[üu]hrten)\\s+zweck(?:e|en)', 'andere(?:n)?\\s+zweck(?:e|en)\\s+als'],
  fieldLabel: ['(?:verarbeitungs)?zweck(?:e)?', 'zweck\\s+der\\s+(?:daten)?verarbeitung'],
  columnHeader: ['(?:verarbeitungs)?zweck(?:e)?', 'wof[üu]r', 'warum', 'wozu'],
};

export const legalBases: LegalBasisLexicon = {
  phrases: {
    consent: [
      'einwilligung(?:en)?', 'einwilligungserkl[äa]rung', 'zustimmung', 'einverst[äa]ndnis(?:ses|se)?', 'einverst[äa]ndniserkl[äa]rung(?:en)?', 'opt-?in', 'double-?opt-?in',
      '(?:durch|mit)\\s+(?:die\\s+)?(?:nutzung|benutzung|besuch)\\s+.{0,80}?(?:erkl[äa]ren|stimmen|willigen)\\s+(?:sie|du)',
      // The person agrees in other words: "erklären Sie sich mit der Verarbeitung einverstanden", "Ich bin damit einverstanden,
      // dass …", "Mit dem Absenden willigen Sie in die Verarbeitung ein".
      '(?:erkl[äa]ren|erkl[äa]rst|erkl[äa]rt|erkl[äa]re)\\s+(?:\\S+\\s+){0,3}?(?:sich|dich|mich)\\s+(?:\\S+\\s+){0,8}?einverstanden',
      '(?:bin|sind|bist)\\s+(?:sie\\s+|du\\s+|ich\\s+)?(?:ausdr[üu]cklich\\s+)?damit\\s+einverstanden',
      '(?:willigen|willigst|willige)\\s+(?:sie\\s+|du\\s+|ich\\s+)?(?:\\S+\\s+){0,6}?(?:in|der|die|den)\\s+(?:\\S+\\s+){0,4}?ein(?![\\p{L}])',
      '(?:sie|du)\\s+sich\\s+(?:\\S+\\s+){0,10}?einverstanden\\s+erkl[äa]r(?:en|st|t)',
    ],
    contract: [
      '(?:erf[üu]llung|durchf[üu]hrung|abwicklung|anbahnung|abschluss|begr[üu]ndung)\\s+(?:eines|des|unseres|ihres|deines|einem|dem)\\s+(?:\\S+\\s+)?(?!auftragsverarbeitungs)\\p{L}*vertrag(?:es|s)?',
      'vertragserf[üu]llung', 'vertragsdurchf[üu]hrung', 'vertragsanbahnung', 'vertragsabwicklung', 'vorvertragliche[nr]?\\s+ma(?:ß|ss)nahmen', 'vertragliche(?:n)?\\s+(?:pflichten|verpflichtung(?:en)?|leistungen)',
      'vertragsverh[äa]ltnis(?:ses)?', 'vertragspartei',
      // The basis named as the relation itself: "Rechtsgrundlage ist die Vereinsmitgliedschaft", "Rechtsgrundlage ist das
      // Mitgliedschaftsverhältnis" (not a processor's Auftragsverarbeitungsvertrag).
      'rechtsgrundlage\\s+(?:\\S+\\s+){0,4}?(?:ist|sind|bildet|bilden)\\s+(?:das|die|der|unser(?:e)?|ihr(?:e)?|dein(?:e)?)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?!auftragsverarbeitungs)\\p{L}*(?:vertrag|mitgliedschaft|mitgliedschaftsverh[äa]ltnis|nutzungsverh[äa]ltnis)(?:es|s)?(?![\\p{L}])',
    ],
    legal_obligation: [
      '(?:gesetzliche(?:n)?|rechtliche(?:n)?)\\s+(?:\\p{L}+\\s+)?(?:verpflichtung(?:en)?|pflicht(?:en)?|aufbewahrungspflicht(?:en)?|aufbewahrungsfristen|vorgaben|vorschriften)',
      'gesetzlich\\s+(?:\\p{L}+\\s+){0,2}(?:verpflichtet|vorgeschrieben|erforderlich)', 'gesetzlich\\s+geregelt', 'rechtspflicht',
      // Book-keeping and tax law as a duty, the genitive too: "aufgrund handels- und steuerrechtlicher Vorschriften" (not "auf Basis
      // gesetzlicher Vorgaben, insbesondere gemäß dem DSG", the data-protection law complied with).
      '(?:handels|steuer|abgaben)(?:-\\s+(?:und|bzw\\.|oder)\\s+(?:handels|steuer|abgaben))?rechtliche[nr]?\\s+(?:aufbewahrungs)?(?:pflichten|fristen|vorgaben|vorschriften|bestimmungen)', 'gerichtliche(?:n)?\\s+(?:anordnung|beschluss)',
    ],
    vital_interests: ['lebenswichtige(?:n)?\\s+interessen?', 'lebenswichtige(?:n)?\\s+belange'],
    public_task: ['[öo]ffentliche(?:n)?\\s+interesse(?:s)?', '[öo]ffentliche(?:n)?\\s+aufgabe(?:n)?', 'aus[üu]bung\\s+[öo]ffentlicher\\s+gewalt', 'im\\s+[öo]ffentlichen\\s+interesse'],
    // "berechtigte Interessen", the genitive "zur Wahrung berechtigter Interessen", the Swiss "überwiegende private Interessen".
    legitimate_interests: ['berechtigte[nrs]?\\s+(?:\\p{L}+\\s+)?interesse(?:s|n)?', 'legitime[nrs]?\\s+interesse(?:s|n)?', 'interessenabw[äa]gung', '[üu]berwiegende[nrs]?\\s+private[nrs]?\\s+(?:oder\\s+[öo]ffentliche[nrs]?\\s+)?interesse(?:s|n)?',
      // Swiss, our own (not the person's "überwiegende schutzwürdige Interessen"): "gestützt auf unser überwiegendes Interesse an …".
      'unser(?:e[mnrs]?)?\\s+[üu]berwiegende[nrs]?\\s+interesse(?:s|n)?'],
  },
  cellPhrases: {
    consent: ['einwilligung', 'zustimmung', 'opt-?in'],
    contract: ['\\p{L}*vertrag\\p{L}*', 'vertragserf[üu]llung'],
    legal_obligation: ['(?:gesetzliche|rechtliche)\\s+\\p{L}+', 'gesetz'],
    vital_interests: ['lebenswichtige\\p{L}*\\s+interesse\\p{L}*'],
    public_task: ['[öo]ffentliche\\p{L}*\\s+(?:aufgabe|interesse)\\p{L}*'],
    legitimate_interests: ['berechtigte\\p{L}*(?:\\s+interesse\\p{L}*)?', 'legitime\\p{L}*\\s+interesse\\p{L}*'],
  },
  notBasis: {
    consent: [
      'einwilligung\\s+(?:\\p{L}+\\s+){0,2}(?:der|ihrer|deiner|eines)\\s+(?:eltern|erziehungsberechtigten|sorgeberechtigten|gesetzlichen\\s+vertreter)',
      'ohne\\s+(?:\\p{L}+\\s+){0,2}(?:einwilligung|zustimmung)',
      '(?:einwilligung|zustimmung)\\s+(?:\\p{L}+\\s+){0,10}(?:zu\\s+)?(?:widerrufen|widerruft|zur[üu]ckziehen|widerruflich)', 'widerruf\\p{L}*\\s+(?:\\p{L}+\\s+){0,4}(?:einwilligung|zustimmung)',
    ],
  },
  subjectBound: ['gesetzlich\\s+(?:\\p{L}+\\s+){0,2}verpflichtet', 'gesetzlich\\s+vorgeschrieben'],
  fillerWords: ['hierzu', 'dazu', 'dies', 'das', 'es', 'wird', 'werden', 'ist', 'sind', 'w[äa]re', 'w[äa]ren', 'kann', 'k[öo]nnen', 'dabei', 'daf[üu]r', 'gegebenenfalls', 'ggf\\.', 'auch', 'in', 'bestimmten', 'einigen', 'f[äa]llen'],
  firstPerson: ['wir', 'uns', 'unser', 'unsere'],
  thirdParties: ['dritte(?:n)?', 'drittanbieter', 'partner', 'sie', 'er', 'diese'],
  clauseOpeners: ['sofern', 'soweit', 'wenn', 'falls', 'es\\s+sei\\s+denn', 'weil', 'da', 'dass', 'wobei'],
  fieldLabel: ['rechtsgrundlage(?:n)?', 'rechtliche\\s+grundlage(?:n)?', 'grundlage\\s+der\\s+verarbeitung'],
  columnHeader: ['rechtsgrundlage(?:n)?', 'rechtliche\\s+grundlage(?:n)?'],
};

export const interests: InterestLexicon = {
  fieldLabel: ['berechtigte(?:s)?\\s+interesse(?:n)?', 'legitime(?:s)?\\s+interesse(?:n)?'],
  leads: ['(?:ist|sind|liegen|liegt|bestehen|besteht)\\s+(?:insbesondere|beispielsweise|etwa|z\\.\\s?b\\.|unter\\s+anderem|u\\.\\s?a\\.)\\s*:?', 'an', 'am', 'in', 'daran', 'darin', 'ist', 'sind', 'liegt\\s+in', 'besteht\\s+(?:in|darin)', ',\\s*(?:n[äa]mlich|z\\.\\s?b\\.|beispielsweise|etwa)\\s*,?', ':', '-', '–', '—', 'zur', 'zum', 'um',
    // The reason given for it: "Wir haben hieran ein berechtigtes Interesse, da wir so die Qualität verbessern können".
    ',?\\s*(?:da|weil)'],
  skips: ['(?:und|oder)\\s+(?:\\p{L}+\\s+){0,2}\\p{L}+', 'unseres\\s+unternehmens', '(?:von\\s+uns|unsererseits)', 'i\\.\\s?s\\.\\s?d\\.\\s+art\\.\\s*6\\s+abs\\.\\s*1\\s+(?:s\\.\\s*1\\s+)?lit\\.\\s*f\\s+dsgvo',
    // The article cited between the basis and its interest: "berechtigten Interessen gem. Art. 6 Abs. 1 lit. f DSGVO an einer …".
    '(?:gem(?:[äa](?:ß|ss)|\\.)|nach|im\\s+sinne\\s+(?:von|des))\\s+art(?:ikel|\\.)?\\s*6\\s+abs(?:atz|\\.)?\\s*1\\s+(?:s(?:atz|\\.)\\s*1\\s+)?(?:lit(?:era|\\.)?|buchst(?:abe|\\.)?)\\s*f\\)?\\s+(?:eu-?)?ds-?gvo'],
  exampleOpeners: ['(?:dies|das)\\s+(?:kann|k[öo]nnen|ist|sind)\\s+(?:\\p{L}+\\s+){0,2}(?:der\\s+fall\\s+(?:sein\\s+)?)?(?:bei|wenn|f[üu]r)', '(?:beispielsweise|zum\\s+beispiel|etwa)\\s*:?'],
  exampleCues: ['beispielsweise', 'z\\.\\s?b\\.', 'zum\\s+beispiel', 'etwa', 'insbesondere', 'u\\.\\s?a\\.'],
  statementStarts: ['wir', 'uns', 'sie', 'du', 'der', 'die', 'das', 'dies', 'diese', 'sofern', 'wenn', 'falls', 'in'],
  backReferences: ['dies', 'das', 'hierin', 'darin', 'hierbei', 'dabei'],
  // A sentence of its own beside the basis: "Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO. Unser Interesse besteht darin, …".
  statements: ['(?:unser|das)\\s+(?:berechtigtes\\s+)?interesse\\s+(?:\\S+\\s+){0,2}?(?:liegt|besteht|ergibt\\s+sich)'],
};

import type { ComplaintLexicon, RightsLexicon } from '../../lexicon/rights.js';
import { AUTHORITY } from '../marks.js';

/** A complaint (or the wish to complain) lodged with a supervisory authority, in either order. */
const COMPLAINT_TO_AUTHORITY: string[] = [
  // "Beschwerderecht bei der zuständigen Aufsichtsbehörde", "eine Beschwerde bei einer Aufsichtsbehörde einzureichen"
  `beschwer\\S*(?:\\s+\\S+){0,16}?\\s+(?:bei|beim|an|gegenüber|vor)\\s+(?:\\S+\\s+){0,6}?${AUTHORITY}`,
  // German puts the verb last: "sich bei einer Aufsichtsbehörde zu beschweren", "bei der Datenschutzbehörde Beschwerde erheben"
  `(?:bei|beim|an)\\s+(?:\\S+\\s+){0,8}?${AUTHORITY}\\S*(?:\\s+\\S+){0,8}?\\s+(?:zu\\s+)?beschwer\\p{L}*`,
  // "sich an die zuständige Aufsichtsbehörde zu wenden", "können Sie sich an die Datenschutzbehörde wenden"
  `an\\s+(?:\\S+\\s+){0,4}?${AUTHORITY}\\S*(?:\\s+\\S+){0,4}?\\s+(?:zu\\s+)?wenden`,
  `wenden\\s+(?:sie\\s+sich\\s+|dich\\s+)?an\\s+(?:\\S+\\s+){0,4}?${AUTHORITY}`,
  // Swiss: "bei der zuständigen Aufsichtsbehörde eine Meldung einzureichen", "beim EDÖB Anzeige erstatten".
  `(?:bei|beim)\\s+(?:\\S+\\s+){0,8}?${AUTHORITY}\\S*(?:\\s+\\S+){0,4}?\\s+(?:eine\\s+)?(?:meldung|anzeige)\\s+(?:zu\\s+)?(?:einzureichen|einreichen|erstatten)`,
];

/** People whose data a policy is about, named in the third person: they can hold rights (staff are left out). */
const DE_PERSONS = '(?:betroffene(?:n)?|mitglieder|eltern|erziehungsberechtigte|kunden|kundinnen|teilnehmer(?:innen)?|besucher(?:innen)?|nutzer(?:innen)?|benutzer(?:innen)?|bewerber(?:innen)?|patient(?:en|innen)|mandant(?:en|innen)|sch[üu]ler(?:innen)?|studierende|spender(?:innen)?|abonnent(?:en|innen)|mieter(?:innen)?|(?:die|eine|jede)\\s+betroffene\\s+person|(?:der|ein|jeder)\\s+(?:betroffene|nutzer|kunde|besucher|teilnehmer|patient|mandant))';

/** What data may be, when a negation describes them rather than the act ("nicht mehr erforderlich", "nicht richtig"). */
const DE_DATA_STATES = '(?:richtig|korrekt|zutreffend|aktuell|vollst[äa]ndig|erforderlich|notwendig|n[öo]tig|ben[öo]tigt|relevant)';

const DE_CONSENT = '(?:einwilligung(?:en|serkl[äa]rung(?:en)?)?|zustimmung(?:en)?|einverst[äa]ndnis(?:erkl[äa]rung)?)';

export const complaint: ComplaintLexicon = {
  triggers: ['beschwer\\p{L}*', 'wenden', 'meldung', 'anzeige'],
  authorities: [
    '(?:datenschutz-?)?aufsichtsbeh[öo]rden?', '\\p{L}*aufsichtsbeh[öo]rden?', 'datenschutzbeh[öo]rden?', 'landesdatenschutzbeh[öo]rden?',
    'datenschutzaufsicht', 'aufsicht', 'landes(?:datenschutz)?beauftragte[nr]?(?:\\s+f[üu]r\\s+(?:den\\s+)?datenschutz)?', 'beh[öo]rde',
  ],
};

export const rights: RightsLexicon = {
  nominalGrants: [
    'recht(?:e|s)?\\s+auf',
    // An inline list after the rights are announced: "folgende Rechte: Auskunft, Berichtigung, …", "Ihre Rechte sind: …".
    'folgenden?\\s+rechte\\s*:?', 'rechte\\s+(?:sind|umfassen)\\s*:?',
    'anspruch\\s+auf',
    '\\p{L}*antr[äa]ge?\\s+auf',
    'verlangen\\s+(?:sie\\s+|du\\s+)?(?:die|eine)',
  ],
  grants: [
    'recht(?:e|s)?',
    '(?:sie|du|betroffene(?:n)?|die\\s+betroffene\\s+person)\\s+(?:\\S+\\s+){0,3}?(?:k[öo]nnen|kannst|kann|d[üu]rfen|darfst|darf|m[öo]chten|m[öo]chtest|wollen|willst|w[üu]nschen)',
    '(?:k[öo]nnen|kannst|d[üu]rfen|darfst|m[öo]chten|m[öo]chtest|wollen|willst)\\s+(?:sie|du)',
    `${DE_PERSONS}\\s+(?:\\S+\\s+){0,2}?(?:k[öo]nnen|kann|d[üu]rfen|darf|haben\\s+das\\s+recht|hat\\s+das\\s+recht)`,
    '(?:jede[rs]?)\\s+\\p{L}+\\s+(?:kann|darf|hat)',
    '(?:steht|stehen)\\s+(?:ihnen|dir|der\\s+betroffenen\\s+person|betroffenen)',
    // "Sie sind (dazu) berechtigt, …", "Zudem sind Sie berechtigt, …"; not the organisation ("Wir sind berechtigt, …").
    '(?<!wir\\s+|ich\\s+)(?:sie|du)\\s+(?:sind|bist)\\s+(?:\\S+\\s+){0,2}?berechtigt', '(?:sind|bist)\\s+(?:sie|du)\\s+(?:\\S+\\s+){0,2}?berechtigt',
    '(?:haben|hast)\\s+(?:sie|du)',
    '(?:sie|du)\\s+(?:haben|hast)',
    '(?:erhalten|erh[äa]ltst)\\s+(?:sie|du)',
    'm[öo]glichkeit',
    'anspruch',
    'verlangen',
    'beantragen',
  ],
  reservations: ['behalten', 'beh[äa]lt', 'vorbehalten'],
  dataObjects: [
    '\\p{L}*daten',
    'informationen',
    'angaben',
    'e-?mail-?adressen?',
    '\\p{L}*konto',
    'account',
    'profil',
    '\\p{L}*verarbeitung(?:en)?',
    // Swiss German "bearbeiten" for processing: "Datenbearbeitung", "Bearbeitung Ihrer Personendaten".
    '\\p{L}*bearbeitung(?:en)?',
    'einwilligung(?:en)?',
  ],
  notAboutData: [
    // The operator's own objection to spam: "… Werbung … wird hiermit widersprochen".
    'hiermit\\s+(?:ausdr[üu]cklich\\s+)?widersprochen', 'widersprechen\\s+(?:wir|ich)\\s+hiermit',
    // Not cookies as the source of the data objected to: "der Erfassung … der durch Cookies erzeugten Daten … widersprechen".
    '\\p{L}*browser\\p{L}*', '(?<!(?:durch|mittels)\\s+(?:(?:das|die|den|der|diese)\\s+)?)cookies?(?!\\s+(?:erzeugt|erhoben|erfasst|gesammelt|gewonnen)\\p{L}*)', 'cookie-?einstellungen',
    // Änderungen der Erklärung selbst, Zugriff von Mitarbeitern als Sicherheit.
    'behalten\\s+uns\\s+(?:\\S+\\s+){0,2}?vor', 'diese\\s+datenschutzerkl[äa]rung\\s+(?:\\S+\\s+){0,4}?(?:anzupassen|zu\\s+[äa]ndern|zu\\s+aktualisieren)',
    'nur\\s+(?:berechtigte|autorisierte|befugte)\\s+(?:mitarbeiter|personen)',
    // The organisation limiting a request, not a right: "Wir können die Auskunft einschränken oder verweigern, wenn …".
    '(?:wir|ich)\\s+(?:k[öo]nnen|kann|d[üu]rfen|darf)\\s+(?:\\S+\\s+){0,6}?(?:einschr[äa]nken|verweigern|ablehnen)(?![\\p{L}])',
  ],
  // Rights named only to deny they apply: "sind klassische Auskunfts-, Lösch- oder Übertragungsrechte derzeit nicht relevant".
  notApplicable: ['nicht\\s+anwendbar', 'keine\\s+anwendung', 'nicht\\s+zutreffend', 'nicht\\s+relevant'],
  // Not "uns": "von uns Auskunft verlangen" is the person's request.
  otherActors: ['wir', 'welche'],
  otherActorsAfter: ['wir'],
  describingNegations: [
    `(?<=(?<![\\p{L}])(?:die|welche|das|der)\\s+(?:\\S+\\s+){0,2})(?:nicht|nie)(?=\\s+(?:mehr\\s+|l[äa]nger\\s+)?(?:\\S+\\s+)?${DE_DATA_STATES})`,
  ],
  continuations: ['dies(?:es|er|e)?\\s+(?:gilt|bezieht\\s+sich|umfasst|erstreckt\\s+sich)(?:\\s+(?:ebenso|auch|ferner))?(?:\\s+auf|\\s+f[üu]r)?', '(?:das\\s+)?gleiche\\s+gilt\\s+f[üu]r', 'ebenso\\s+(?:gilt|besteht)'],
  accessItems: [
    '(?:verarbeitungs)?zwecke?n?',
    'kategorien?',
    'empf[äa]nger(?:n|kategorien)?',
    '(?:geplanten?\\s+)?(?:speicher|aufbewahrungs)dauer|dauer\\s+der\\s+speicherung',
    'herkunft',
  ],
  accessInformation: ['auskunft\\p{L}*', 'informationen?\\s+(?:über|zu|darüber)'],
  transferSafeguardsRight: [
    'recht\\s*,?\\s+(?:\\S+\\s+){0,2}?(?:über|auf\\s+auskunft\\s+über|auskunft\\s+über)\\s+(?:die\\s+)?(?:geeigneten|angemessenen)\\s+garantien',
    '(?:über|auskunft\\s+über)\\s+(?:die\\s+)?(?:geeigneten|angemessenen)\\s+garantien\\s+(?:\\S+\\s+){0,8}?(?:unterrichtet\\s+zu\\s+werden|zu\\s+erhalten)',
  ],
  listIntros: ['recht(?:e|s)?(?:\\s+auf)?', 'anspruch(?:\\s+auf)?', '(?:folgende|nachstehende|nachfolgende)n?\\s+(?:betroffenen)?rechte', 'verlangen'],
  rights: {
    access: {
      cues: [
        // Die WordPress-Vorlage: „einen Export deiner personenbezogenen Daten bei uns anfordern“.
        'export\\s+(?:deiner|ihrer|eurer|der|aller)\\s+(?:personenbezogenen\\s+)?daten',
        // Not "laut eigener Auskunft" (according to what a provider says).
        // The plural too: "Für Auskünfte zu Ihren Daten wenden Sie sich an uns".
        '(?<!laut\\s+(?:(?:eigener|ihrer|seiner|deren|dessen)\\s+)?)auskunft\\p{L}*', 'ausk[üu]nfte\\p{L}*(?=[^.;]{0,60}?(?:daten|angaben|gespeichert)(?![\\p{L}]))',
        'best[äa]tigung\\s+dar[üu]ber',
        'einsicht(?:nahme)?',
        'einzusehen',
        'einsehen',
        // A copy of the person's own ID sent with a request, or of contract clauses, is not a copy of the data.
        'kopien?(?!\\s+(?:ihres|deines|eines)\\s+(?:ausweis\\p{L}*|personalausweis\\p{L}*|passes)|\\s+(?:der|dieser|unserer)\\s+(?:\\S+\\s+)?(?:klauseln|garantien|vertr[äa]ge|vertrags|bedingungen|zertifikate))',
        'zugang\\s+zu\\s+(?:ihren|deinen|den)\\s+(?:\\S+\\s+)?(?:\\p{L}*daten|informationen)',
      ],
      // "Datenauskünfte unter info@…" (a request for one's data); Art. 15 as "das Recht auf (transparente) Information über Ihre Daten".
      standalone: ['auskunftsrecht\\p{L}*', 'recht\\s+auf\\s+auskunft', 'auskunftsanspruch', 'datenausk(?:unft|[üu]nfte)\\p{L}*',
        'recht\\s+auf\\s+(?:\\p{L}+\\s+)?information(?:en)?\\s+(?:über|zu)\\s+(?:ihre|deine|die\\s+(?:\\S+\\s+){0,4}?gespeicherten)\\s+(?:\\S+\\s+)?(?:\\p{L}*daten|angaben)'],
      unless: [],
      objectFree: false,
    },
    rectification: {
      cues: [
        'berichtigung\\p{L}*',
        'berichtigen',
        'zu\\s+berichtigen',
        'korrektur\\p{L}*',
        'korrigieren',
        'vervollst[äa]ndigung',
        'vervollst[äa]ndigen',
        '(?:ab)?[äa]ndern',
        '(?:ab)?[äa]nderung',
        'aktualisier(?:en|ung)',
        'richtigstellung',
        // "unrichtige Daten richtigstellen zu lassen".
        'richtig(?:zu)?stellen',
        'richtiggestellt\\s+(?:zu\\s+)?(?:wird|werden)',
      ],
      standalone: ['berichtigungsrecht', 'recht\\s+auf\\s+berichtigung'],
      unless: [],
      objectFree: false,
    },
    erasure: {
      cues: [
        'l[öo]schung\\p{L}*',
        '(?:zu\\s+)?l[öo]schen',
        'gel[öo]scht\\s+(?:zu\\s+)?werden',
        // A short list before the verb (the Italian Datenschutzkodex, Art. 7): "zu verlangen, dass widerrechtlich verarbeitete Daten
        // gelöscht, anonymisiert oder gesperrt werden".
        'gel[öo]scht(?:\\s*,\\s*\\p{L}+){1,3}(?:\\s+(?:oder|und|bzw\\.?)\\s+\\p{L}+)?\\s+(?:zu\\s+)?werden',
        'vergessenwerden',
        'vergessen\\s+(?:zu\\s+)?werden',
        'entfernen',
        'entfernung',
      ],
      standalone: ['l[öo]schungsrecht', 'recht\\s+auf\\s+(?:l[öo]schung|vergessenwerden)', 'recht\\s+auf\\s+[„"“»]?vergessen\\s*werden'],
      unless: [],
      objectFree: false,
    },
    restriction: {
      cues: [
        'einschr[äa]nkung\\p{L}*',
        'einschr[äa]nken',
        'einzuschr[äa]nken',
        'sperrung',
        'sperren',
        'zu\\s+sperren',
        'gesperrt\\s+(?:zu\\s+)?werden',
        // The passive: "Sie können verlangen, dass die Verarbeitung Ihrer Daten eingeschränkt wird".
        'eingeschr[äa]nkt\\s+(?:zu\\s+)?(?:wird|werden)',
      ],
      standalone: ['recht\\s+auf\\s+einschr[äa]nkung(?:\\s+der\\s+verarbeitung)?', 'einschr[äa]nkungsrecht'],
      unless: [],
      objectFree: false,
    },
    objection: {
      // "sich … der Verarbeitung personenbezogener Daten, die sie betreffen, aus legitimen Gründen zu widersetzen" (Italian Art. 7).
      cues: ['widerspruch\\p{L}*', 'widersprechen', 'widersprichst', 'zu\\s+widersprechen', '(?:zu\\s+)?widersetzen'],
      standalone: ['widerspruchsrecht', 'recht\\s+auf\\s+widerspruch', 'recht\\s+(?:\\S+\\s+){0,10}?(?:zu\\s+)?widersprechen'],
      // Unsubscribing is not the right to object to processing; an objection to advertising, named so, is (Art. 21(2)).
      unless: ['abmeld\\p{L}*', 'abzumelden', 'abbestell\\p{L}*', 'abzubestellen', 'austragen', 'auszutragen'],
      objectFree: true,
    },
    portability: {
      cues: [
        'export\\s+(?:deiner|ihrer|eurer|der|aller)\\s+(?:personenbezogenen\\s+)?daten',
        '\\p{L}*[üu]bertragbarkeit',
        '\\p{L}*portabilit[äa]t',
        'maschinenlesbar\\p{L}*',
        'strukturierten,?\\s+g[äa]ngigen',
        '[üu]bertragung\\s+(?:\\S+\\s+){0,3}?an\\s+(?:einen\\s+)?(?:anderen|dritten)',
        '(?:zu\\s+)?[üu]bermitteln\\s+(?:zu\\s+)?lassen',
        // The generators' "… zu erhalten und deren Übermittlung an andere Verantwortliche zu fordern"; a transfer to
        // third parties ("Übermittlung an Dritte") is about recipients, so another controller must be named.
        '[üu]bermittlung\\s+(?:\\S+\\s+){0,3}?an\\s+(?:einen\\s+|eine\\s+)?andere[nr]?\\s+verantwortlich\\p{L}*',
        'herausgabe',
        // The right by its plain noun: "das Recht auf Übertragung Ihrer Daten", "Recht auf Datenübertragung", or "Übertragung" among other
        // rights in a list ("Korrektur, Übertragung, Widerspruch, Einschränkung sowie Löschung"); not a transfer of data
        // ("Die Datenübertragung erfolgt verschlüsselt", "Übertragung in die USA").
        'recht\\s+auf\\s+(?:\\p{L}+\\s*(?:,|und|sowie|oder)\\s*){0,6}?(?:daten)?[üu]bertragung(?![\\p{L}])(?!\\s+(?:\\S+\\s+){0,3}?(?:in|nach|an)\\s+(?:die|den|das|ein|eine|einen|drittl\\p{L}*)(?![\\p{L}]))',
        '(?<=(?:berichtigung|korrektur|l[öo]schung|auskunft|einschr[äa]nkung|widerspruch|widerruf)\\s*(?:,|und|sowie|oder)\\s*)(?:daten)?[üu]bertragung(?![\\p{L}])',
        '(?:daten)?[üu]bertragung(?=\\s*(?:,|und|sowie|oder)\\s*(?:berichtigung|korrektur|l[öo]schung|auskunft|einschr[äa]nkung|widerspruch|widerruf)(?![\\p{L}]))',
        // Swiss revFADP: "das Recht, Ihre Daten in einem gängigen (elektronischen) Format zu erhalten".
        '(?:\\p{L}*daten|informationen)\\s+in\\s+einem\\s+g[äa]ngigen\\s+(?:elektronischen\\s+)?(?:datei)?format',
      ],
      standalone: ['\\p{L}*[üu]bertragbarkeit', '\\p{L}*portabilit[äa]t', 'maschinenlesbar\\p{L}*', 'strukturierten,?\\s+g[äa]ngigen(?:\\s+und\\s+maschinenlesbaren)?'],
      unless: [],
      objectFree: true,
    },
    withdraw_consent: {
      cues: [],
      standalone: [
        `${DE_CONSENT}\\S*(?:\\s+\\S+){0,20}?\\s+(?:zu\\s+)?(?:widerrufen|widerruft|widerrufst|widerruflich|widerrufbar|zur[üu]ck(?:zu)?ziehen|zur[üu]ck(?:zu)?nehmen|zur[üu]ckgezogen)`,
        `widerruf(?:s|en)?\\s+(?:\\S+\\s+){0,4}?${DE_CONSENT}`,
        `widerruf(?:e|st|t|en)?\\s+(?:sie\\s+|du\\s+)?(?:\\S+\\s+){0,2}?${DE_CONSENT}`,
        `${DE_CONSENT}\\S*(?:\\s+\\S+){0,12}?\\s+jederzeit\\s+(?:\\S+\\s+){0,6}?widerruf\\p{L}*`,
        `(?:widerrufsrecht|recht\\s+auf\\s+widerruf)\\s+(?:\\S+\\s+){0,6}?${DE_CONSENT}`,
        `${DE_CONSENT}\\S*(?:\\s+\\S+){0,16}?\\s+(?:widerrufsrecht|recht\\s+(?:auf|zum)\\s+widerruf)`,
        // "die Rechte auf Auskunft, Berichtigung, …, Widerruf und Widerspruch": Widerruf in a list of the person's rights.
        'rechte?\\s+auf\\s+(?:[\\p{L}-]+,?\\s+(?:und\\s+|sowie\\s+)?){0,10}?widerruf(?![\\p{L}])',
      ],
      unless: [],
      objectFree: true,
    },
    complaint: {
      cues: [],
      // Matched on the sentence with authority mentions replaced by AUTHORITY_MARK.
      standalone: COMPLAINT_TO_AUTHORITY,
      unless: [],
      objectFree: true,
    },
  },
};

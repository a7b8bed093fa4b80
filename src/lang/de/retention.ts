import type { RetentionLexicon } from '../../lexicon/retention.js';

/**
 * What follows "so lange"/"solange" when it only says "as long as needed": "…, wie es/dies für den Zweck erforderlich ist",
 * "…, wie sie für Bearbeitung und Nachweise erforderlich sind" (the data themselves as the subject).
 */
const AS_NEEDED = '(?:\\s+\\S+){0,3}?\\s*,?\\s+(?:wie\\s+)?(?:wir\\s+)?(?:es|dies|das|sie|diese|er)\\s+(?:\\S+\\s+){0,8}?(?:n[öo]tig|notwendig|erforderlich)(?![\\p{L}])';

export const retention: RetentionLexicon = {
  cues: [
    'speicher\\p{L}*', 'gespeichert', 'aufbewahr\\p{L}*', 'aufbewahrt', 'bewahren\\s+(?:\\S+\\s+){0,6}?auf', 'bewahrt\\s+(?:\\S+\\s+){0,6}?auf', 'aufzubewahren',
    // The separable verb with the criterion inside it: "Wir bewahren die Daten während der Dauer der Mitgliedschaft auf".
    'bewahr(?:en|t|e)(?=\\s+(?:\\S+\\s+){0,12}?auf(?![\\p{L}]))',
    'l[öo]sch\\p{L}*', 'gel[öo]scht', 'vernicht\\p{L}*', 'anonymisier\\p{L}*', 'archivier\\p{L}*', 'vorgehalten', 'vorhalten', 'verbleiben', 'verbleibt',
    'entfernt', 'überschrieben', 'gesperrt', 'sperrung', 'speicherdauer', 'speicherfrist(?:en)?', 'aufbewahrungsfrist(?:en)?',
    // Server logs: "Wir protokollieren/loggen Ihre Zugriffe für eine Woche" keeps them that long.
    'protokollier(?:en|t|te)', 'wir\\s+loggen', 'geloggt',
  ],
  deletionCues: ['l[öo]sch\\p{L}*', 'gel[öo]scht', 'vernicht\\p{L}*', 'anonymisier\\p{L}*', 'entfernt', 'gesperrt'],
  labels: ['speicherdauer', 'dauer\\s+der\\s+speicherung', 'speicherfrist', 'aufbewahrungs(?:dauer|frist)', 'l[öo]schfrist', 'l[öo]schung', 'wie\\s+lange', 'ablauf', 'laufzeit', 'speicherung'],
  criteria: [
    // The comma before "wie" belongs to the phrase: "so lange, wie es für den Zweck erforderlich ist" is vague wording.
    `so\\s*lange(?!${AS_NEEDED})(?:\\s*,?\\s+wie)?`, `solange(?!${AS_NEEDED})`, 'f[üu]r\\s+die\\s+dauer\\s+(?:der|des|ihrer|deiner|ihres|deines|eines|einer|unseres|unserer)', 'w[äa]hrend\\s+der\\s+(?:dauer|laufzeit)\\s+(?:der|des)',
    // "bis zur vollständigen Bearbeitung Ihrer Anfrage"; not the withdrawal clause: "die Rechtmäßigkeit der bis zum Widerruf
    // erfolgten Verarbeitung bleibt unberührt" (what was done before a withdrawal, not how long data are kept).
    '(?<!rechtm[äa](?:ß|ss)igkeit[^.;]{0,120})bis\\s+(?:zum|zur)\\s+(?:vollst[äa]ndigen\\s+|endg[üu]ltigen\\s+|abschlie(?:ß|ss)enden\\s+)?(?:widerruf|ende|ablauf|k[üu]ndigung|beendigung|l[öo]schung|abmeldung|austritt|ausscheiden|bearbeitung|beantwortung|erledigung|kl[äa]rung)(?![^.;]{0,120}(?:unber[üu]hrt|nicht\\s+ber[üu]hrt))', 'bis\\s+(?:sie|du)(?=\\s)', 'bis\\s+(?:ihr|dein)e?(?=\\s)',
    'bis\\s+der\\s+zweck', 'bis\\s+zur\\s+zweckerreichung',
    // "nach Ablauf der gesetzlichen Aufbewahrungsfristen", "nach Beendigung des Vertragsverhältnisses", "mit Ende der Mitgliedschaft".
    '(?:nach|bis\\s+zum|mit(?:\\s+dem)?)\\s+(?:ablauf|beendigung|ende|abschluss|k[üu]ndigung|erledigung|abwicklung|austritt|aufl[öo]sung|beantwortung|bearbeitung)\\s+(?:der|des|ihres|deines|ihrer|deiner|unseres|unserer|eines|einer)',
    'bis\\s+zum\\s+(?:ende|ablauf)\\s+(?:der|des)', 'bis\\s+auf\\s+widerruf',
    // "mit dem Austritt aus dem Verein".
    '(?:nach|mit(?:\\s+dem)?)\\s+(?:austritt|ausscheiden)\\s+aus\\s+(?:dem|der)',
    // "bis zu Ihrer Abmeldung vom Newsletter", "bis zu deinem Widerruf".
    'bis\\s+zu\\s+(?:ihrem|ihrer|deinem|deiner)\\s+(?:\\p{L}+\\s+)?(?:widerruf|abmeldung|austritt|k[üu]ndigung|l[öo]schung|austragung|abbestellung)',
    // Deletion when consent is withdrawn: "Die Löschung der gespeicherten Daten erfolgt, wenn Sie Ihre Einwilligung zur
    // Speicherung widerrufen, …", "… werden gelöscht, sobald du deine Einwilligung widerrufst". Not the right to erasure
    // ("Sie haben das Recht, die Löschung zu verlangen, wenn Sie Ihre Einwilligung widerrufen").
    '(?<=(?:l[öo]sch|gel[öo]scht)[^.;]{0,120})(?<!(?:recht|verlang)[^.;]{0,160})(?:wenn|sobald|nachdem)\\s+(?:sie|du)\\s+(?:ihre|deine)\\s+(?:einwilligung|zustimmung)\\s+(?:\\S+\\s+){0,4}?widerruf(?:en|st)(?![\\p{L}])',
  ],
  deletionTriggers: ['(?:sobald|wenn|nachdem)\\s+(?:sie|du)'],
  rightsWords: ['recht(?:e|s)?', 'antrag\\p{L}*', 'verlangen', '(?:sie|du)\\s+(?:k[öo]nnen|kannst|d[üu]rfen)'],
  vague: [
    '(?:nicht\\s+)?l[äa]nger\\s+als\\s+(?:unbedingt\\s+|zwingend\\s+|f[üu]r\\s+(?:die\\s+)?(?:\\S+\\s+){0,4})?(?:n[öo]tig|notwendig|erforderlich)',
    'nur\\s+so\\s+lange\\s+(?:\\S+\\s+){0,4}?(?:n[öo]tig|notwendig|erforderlich)',
    // "so lange gespeichert, wie dies zur Erfüllung des Zwecks erforderlich ist", "solange es erforderlich ist".
    `(?:so\\s*lange|solange)(?=${AS_NEEDED})`,
    'f[üu]r\\s+einen\\s+angemessenen\\s+zeitraum', 'f[üu]r\\s+(?:eine\\s+)?begrenzte\\s+zeit',
    'nach\\s+(?:wegfall|erreichen|erreichung|erf[üu]llung)\\s+(?:des|der)\\s+(?:\\S+\\s+)?zweck\\p{L}*', 'zweckfortfall', 'zweckerreichung',
    'sobald\\s+(?:der|die)\\s+(?:\\S+\\s+){0,2}?zweck\\p{L}*\\s+(?:\\S+\\s+){0,3}?(?:entf[äa]llt|erreicht|erf[üu]llt)',
    'nicht\\s+mehr\\s+(?:f[üu]r\\s+(?:\\S+\\s+){0,6}?)?(?:erforderlich|notwendig|n[öo]tig|ben[öo]tigt)',
  ],
  // Until the purpose is served or lapses is as vague as "as long as necessary".
  necessity: ['n[öo]tig', 'notwendig', 'erforderlich', 'ben[öo]tigt', 'zweckm[äa]ßig', 'sinnvoll', 'zul[äa]ssig', 'vorgeschrieben', 'verpflichtet', 'relevant', 'entf[äa]llt', 'entfallen', 'zweck\\p{L}*\\s+(?:\\S+\\s+){0,3}?(?:erreicht|erf[üu]llt)'],
  anchorsAfter: ['nach(?:dem)?', 'ab', 'seit', 'gerechnet\\s+ab', 'beginnend\\s+(?:mit|ab)', 'im\\s+anschluss\\s+an', 'zum\\s+ende\\s+(?:des|der)', 'nach\\s+ablauf\\s+(?:des|der)'],
  anchorWords: ['danach', 'anschlie(?:ß|ss)end', 'nachher'],
  anchorsBefore: ['ab', 'gerechnet\\s+ab', 'nach(?:dem)?', 'seit'],
  phraseEnds: [
    'es\\s+sei\\s+denn', 'sofern', 'soweit', 'au(?:ß|ss)er', 'wonach', 'danach', 'und\\s+bis', 'und\\s+danach', 'oder\\s+(?:so\\s*lange|l[äa]nger)', 'aber', 'jedoch',
    'mit\\s+einem\\s+maximum', 'und\\s+(?:sie|du|wir)', 'oder\\s+solange', 'falls', 'wenn',
    // "solange der Vertrag läuft und werden danach binnen 60 Tagen gelöscht": a new clause, a row of its own.
    'und\\s+(?:werden|wird|gel[öo]scht|vernichtet|anonymisiert)',
    // The verb comes last in a German clause: "nach Ablauf der Aufbewahrungsfristen [gelöscht]", "Nach Ende des Vertrags [werden] …".
    'werden', 'wird', 'gel[öo]scht', 'gespeichert', 'aufbewahrt', 'vernichtet', 'anonymisiert', 'gesperrt', 'l[öo]schen', 'speichern', 'aufbewahren', 'l[öo]scht', 'speichert',
  ],
  examplesInBrackets: ['z\\.\\s?b\\.?', 'zum\\s+beispiel', 'bspw\\.?', 'beispiel(?:sweise)?'],
  notRetention: [
    'antwort\\p{L}*', 'beantwort\\p{L}*', 'reagier\\p{L}*', 'bearbeit\\p{L}*', 'verl[äa]nger\\p{L}*', 'k[üu]ndigungsfrist', 'k[üu]ndig(?:en|ung)', 'informieren',
    'benachrichtig\\p{L}*', 'probezeit', 'testzeitraum', 'testphase', 'g[üu]ltig\\p{L}*', 'vorab', 'im\\s+voraus', 'ank[üu]ndig\\p{L}*', 'widerrufsfrist', 'r[üu]ckgabe\\p{L}*',
    'gew[äa]hrleistung(?!\\s+(?:der|des|einer|eines|von|unserer|ihrer))', 'innerhalb\\s+eines\\s+monats\\s+nach\\s+eingang',
    // A contract's own term: "der Vertrag hat eine Laufzeit von 12 Monaten".
    'hat\\s+eine\\s+laufzeit', 'vertragslaufzeit', 'mindestlaufzeit', 'stillschweigend',
    // A review cycle: "Wir überprüfen die Erforderlichkeit alle zwei Jahre".
    '[üu]berpr[üu]f(?:en|t|e)', 'evaluier(?:en|t)',
  ],
  ageBefore: ['j[üu]nger\\s+als', '[äa]lter\\s+als', 'unter', 'alter\\s+von', 'vollendete[nm]?'],
  ageAfter: ['alt', 'oder\\s+[äa]lter', 'und\\s+[äa]lter', 'oder\\s+j[üu]nger', 'und\\s+j[üu]nger'],
  ageUnits: ['j[äa]hrige', 'j[äa]hrigen', 'j[äa]hriger', 'j[äa]hrig'],
  ageContext: ['kinder', 'kind', 'minderj[äa]hrig\\p{L}*', 'jugendliche\\p{L}*', 'lebensjahr\\p{L}*', 'alter', 'j[üu]nger', '[äa]lter\\s+als', 'eltern', 'erziehungsberechtigt\\p{L}*'],
  backReferences: ['diese[nrm]?', 'dieselbe[nr]?', 'genannte[nr]?', 'oben\\s+genannte[nr]?', 'vorgenannte[nr]?'],
  lookbacks: ['letzten', 'vergangenen', 'vorangegangenen', 'vorherigen'],
  passiveAux: ['werden', 'wird', 'wurden', 'wurde', 'sind', 'ist', 'bleiben', 'bleibt'],
  activeVerbs: ['speichern', 'speichert', 'bewahren', 'bewahrt', 'l[öo]schen', 'l[öo]scht', 'archivieren', 'archiviert', 'vernichten', 'anonymisieren'],
  objectEnds: [
    'f[üu]r', 'bis', 'solange', 'so\\s+lange', 'nicht\\s+l[äa]nger', 'maximal', 'h[öo]chstens', 'l[äa]ngstens', 'sp[äa]testens', 'innerhalb', 'binnen', 'nach', 'ab',
    'gem[äa](?:ß|ss)', 'entsprechend', 'wenn', 'sobald', 'falls', 'nie', 'nicht', 'in\\s+der\\s+regel', 'grunds[äa]tzlich', 'l[äa]nger', 'w[äa]hrend', 'zeitraum', 'dauer',
  ],
  subordinators: ['soweit', 'sofern', 'falls', 'wenn', 'sobald', 'nachdem', 'weil', 'da', 'bei', 'f[üu]r', 'in', 'nach', 'mit', 'ohne', 'auf', 'durch', 'bis', 'im', 'zur', 'zum'],
  // Not "die", "der", "das": in German they are the articles of ordinary subjects ("Die Logfiles werden …").
  pointerSubjects: ['diese', 'dieser', 'dieses', 'diesen', 'sie', 'es', 'er', 'solche', 'welche', 'was', 'dies'],
  pronouns: ['wir', 'sie', 'du', 'ich', 'man', 'uns', 'ihnen', 'dir', 'ihr'],
  invertedSubjects: ['wir', 'ich', 'man'],
  clauseOpeners: [',\\s*(?:aber|und|oder|jedoch)', ';'],
  leadingVerbs: ['und\\s+(?:nutzen|verarbeiten|verwenden)'],
  fillers: ['grunds[äa]tzlich', 'in\\s+der\\s+regel', 'normalerweise', '[üu]blicherweise', 'meist', 'auch', 'noch', 'automatisch', 'anschlie(?:ß|ss)end', 'dann', 'nur', 'lediglich', 'wird', 'werden', 'kann', 'k[öo]nnen', 'muss', 'm[üu]ssen', 'darf', 'd[üu]rfen', 'sp[äa]testens'],
};

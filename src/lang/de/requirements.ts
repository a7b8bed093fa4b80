import type { RequirementLexicon } from '../../lexicon/requirements.js';

const DATA = '(?:\\S+\\s+){0,3}?(?:personenbezogene[rn]?\\s+)?(?:\\p{L}*daten|angaben|informationen)';

export const requirements: RequirementLexicon = {
  statutoryContractual: [
    // "Die Bereitstellung der Daten ist (weder) gesetzlich (noch) vertraglich vorgeschrieben", "… ist freiwillig".
    `(?:bereitstellung|angabe|mitteilung|[üu]bermittlung|eingabe)\\s+(?:${DATA}\\s+)?(?:\\S+\\s+){0,6}?(?:ist|sind|erfolgt)\\s+(?:\\S+\\s+){0,3}?(?:nicht\\s+|weder\\s+)?(?:gesetzlich|vertraglich|freiwillig|verpflichtend|erforderlich|vorgeschrieben|obligatorisch)`,
    '(?:gesetzlich|vertraglich)\\s+(?:oder|noch)\\s+(?:gesetzlich|vertraglich)\\s+(?:vorgeschrieben|verpflichtet|erforderlich)',
    'f[üu]r\\s+(?:einen|den)\\s+vertragsabschluss\\s+erforderlich',
    // The person is (not) obliged: "Sie sind nicht verpflichtet, uns Ihre Daten bereitzustellen", "bist du nicht verpflichtet".
    '(?:(?:sie|du)\\s+(?:sind|bist)|(?:sind|bist)\\s+(?:sie|du))\\s+(?:\\S+\\s+){0,2}?(?:nicht\\s+)?(?:gesetzlich\\s+|vertraglich\\s+)?verpflichtet',
    '(?:ist|sind|erfolgt|erfolgen)\\s+(?:\\S+\\s+){0,2}?(?:selbstverst[äa]ndlich\\s+|grunds[äa]tzlich\\s+|stets\\s+|v[öo]llig\\s+|ausschlie(?:ß|ss)lich\\s+)?freiwillig',
    'auf\\s+freiwilliger\\s+basis',
    // What follows without the data: "ohne diese Daten können wir Ihre Anfrage nicht bearbeiten" (not consent or cookies).
    'ohne\\s+(?!(?:\\S+\\s+){0,2}?(?:einwilligung|zustimmung|cookies?)(?![\\p{L}]))(?:[\\p{L}\\p{N}-]+\\s+){1,5}?(?:k[öo]nnen|kann|kannst)\\s+(?:wir|ich|sie|du)(?:\\s+\\S+){0,8}?\\s+(?:nicht|kein\\p{L}*)',
    '(?:wenn|falls|sofern)\\s+(?:sie|du)\\s+(?:\\S+\\s+){0,4}?(?:\\p{L}*daten|angaben|informationen)\\s+nicht\\s+(?:\\S+\\s+)?(?:bereitstell\\p{L}*|angeben|angibst|mitteil\\p{L}*|zur\\s+verf[üu]gung\\s+stell\\p{L}*)',
    'nichtbereitstellung', 'nicht\\s*-?\\s*bereitstellung', 'folgen\\s+(?:der|einer)\\s+nicht(?:\\s*-?\\s*)?bereitstellung',
    '(?:pflicht|muss|m[üu]ss)\\p{L}*felder', 'pflichtangaben', 'pflichtfeld\\p{L}*', '(?:mit\\s+(?:einem\\s+)?(?:sternchen|\\*)\\s+)?(?:gekennzeichnet|markiert)\\p{L}*\\s+(?:felder|angaben)', 'mit\\s+(?:einem\\s+)?sternchen',
    'gesetzlich(?:e)?\\s+oder\\s+vertraglich(?:e)?\\s+(?:vorgeschrieben|erforderlich|pflicht|verpflichtung)',
    // "Ohne diese Daten ist die Funktion technisch nicht erbringbar", "ohne sie kann die App keine Vorhersage anzeigen".
    'ohne\\s+(?!(?:\\S+\\s+){0,2}?(?:einwilligung|zustimmung|einverst[äa]ndnis|cookies?)(?![\\p{L}]))(?:diese|ihre|deine|die|solche|sie)(?:\\s+(?:personenbezogenen\\s+)?(?:\\p{L}*daten|angaben|informationen))?(?:\\s+\\S+){1,12}?\\s+(?:nicht|kein\\p{L}*)(?![\\p{L}])',
    'pflicht\\s+zur\\s+bereitstellung', 'nicht\\s+in\\s+der\\s+lage\\s+(?:sein\\s*)?,?\\s*(?:\\S+\\s+){0,6}?(?:vertrag|anfrage|bestellung|leistung|dienst)\\p{L}*',
    // "ist es notwendig, einen Benutzernamen und eine E-Mail-Adresse anzugeben"
    '(?:ist\\s+es|es\\s+ist)\\s+(?:\\S+\\s+)?(?:notwendig|erforderlich|n[öo]tig|zwingend)\\s*,?\\s+(?:\\S+\\s+){0,8}?(?:anzugeben|einzugeben|mitzuteilen|bereitzustellen|zu\\s+(?:nennen|hinterlegen))',
    'ben[öo]tigen\\s+wir\\s+(?:\\S+\\s+)?von\\s+(?:ihnen|dir)', 'notwendigerweise',
    '(?:kann|k[öo]nnen)\\s+(?:\\S+\\s+){0,6}?nicht\\s+(?:fortgef[üu]hrt|durchgef[üu]hrt|bearbeitet|erbracht|geschlossen|abgeschlossen)\\s+werden',
  ],
  noRecipients: [
    // "Wir geben keine Daten weiter", "Wir übermitteln grundsätzlich keine Daten an Dritte", "Es erfolgt keine Weitergabe".
    '(?:geben|gibt|leiten|reichen)\\s+(?:wir\\s+|ich\\s+)?(?:\\S+\\s+){0,2}?keine\\s+(?:\\S+\\s+){0,2}?(?:\\p{L}*daten|informationen|angaben)\\s+(?:\\S+\\s+){0,4}?weiter',
    '(?:[üu]bermitteln|verkaufen|[üu]bergeben|vermieten|[üu]bertragen)\\s+(?:wir\\s+|ich\\s+)?(?:\\S+\\s+){0,2}?keine\\s+(?:\\S+\\s+){0,2}?(?:\\p{L}*daten|informationen|angaben)(?:\\s+\\S+){0,4}?\\s+an\\s+dritte',
    '(?:es\\s+)?(?:erfolgt|findet)\\s+(?:grunds[äa]tzlich\\s+)?keine\\s+(?:weitergabe|[üu]bermittlung)(?!\\s+(?:\\S+\\s+){0,3}?(?:in|nach)\\s+(?:ein\\s+|eines\\s+)?(?:drittl|dritte|l[äa]nder|staaten|die\\s+usa))',
    '(?:geben|gibt|leiten|reichen)\\s+(?:wir\\s+)?(?:ihre\\s+|deine\\s+)?(?:personenbezogenen\\s+)?(?:\\p{L}*daten)\\s+(?:\\S+\\s+){0,3}?nicht\\s+(?:\\S+\\s+){0,2}?an\\s+dritte\\s+weiter',
    '(?:ihre\\s+|deine\\s+)?(?:personenbezogenen\\s+)?\\p{L}*daten\\s+(?:werden|wird)\\s+(?:\\S+\\s+){0,3}?(?:nicht|nie(?:mals)?)\\s+(?:\\S+\\s+){0,2}?an\\s+dritte\\s+(?:weitergegeben|[üu]bermittelt|verkauft|weitergeleitet)',
    '(?:keine|nicht)\\s+(?:\\S+\\s+){0,2}?weitergabe\\s+(?:\\S+\\s+){0,3}?an\\s+dritte',
    '(?:eine\\s+)?(?:weitergabe|[üu]bermittlung)\\s+(?:\\S+\\s+){0,4}?an\\s+dritte\\s+(?:findet|erfolgt)\\s+(?:\\S+\\s+)?nicht',
  ],
  genericDataSubjects: ['(?:ihre|deine|die|alle|diese)?\\s*(?:personenbezogenen\\s+)?(?:daten|angaben|informationen)'],
  vagueRecipientCategories: ['dritte(?:n)?', 'dritte\\s+parteien', 'drittanbieter(?:n)?', 'partner(?:n)?', 'externe\\s+(?:stellen|dienstleister)', 'andere\\s+stellen'],
};

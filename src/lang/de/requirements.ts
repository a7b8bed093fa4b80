import type { RequirementLexicon } from '../../lexicon/requirements.js';

const DATA = '(?:\\S+\\s+){0,3}?(?:personenbezogene[rn]?\\s+)?(?:\\p{L}*daten|angaben|informationen)';

/** Words about data being processed, stored or sent: "innerhalb der EU" counts near one of them. */
const ABOUT_DATA = '(?:daten|verarbeit|speicher|gespeichert|[üu]bermittel|[üu]bertrag|[üu]bermittlung|server|gehostet|hosting|dienstleister|auftragsverarbeiter)';

/** "nach" in time, not "nach Maßgabe der gesetzlichen Vorgaben" (in accordance with, as in the right to erasure) or "nach Art. 17". */
const TEMPORAL_NACH = 'nach(?!\\s+(?:ma(?:ß|ss)gabe|art(?:ikel|\\.)?|§|den\\s+(?:gesetzlichen\\s+)?(?:vorgaben|vorschriften|bestimmungen))(?![\\p{L}]))';

/** Not a purpose or permission that lapses ("sobald der Zweck entfällt", "sonstige Erlaubnisse entfallen"): the vague formula. */
const NOT_LAPSED = '(?![^.;]{0,200}?(?:erlaubnis\\p{L}*|zweck\\p{L}*|grund|gr[üu]nde)\\s+(?:\\S+\\s+){0,5}?(?:entf[äa]ll\\p{L}*|wegf[äa]ll\\p{L}*|weggefallen))';

/** Not the reasons for an objection: "Eine Angabe von Gründen ist nicht erforderlich", "müssen uns Ihre Gründe nicht nennen". */
const NOT_REASONS = '(?!\\s+(?:\\S+\\s+){0,2}?gr[üu]nd)';

/**
 * Not a service provided by the organisation: "so lange, wie es für die Bereitstellung unserer Dienstleistungen notwendig
 * ist", "Dies ist für die Bereitstellung der Google-Dienste notwendig" (the noun after "für die"/"zur", or a service after it).
 */
const NOT_SERVICE = '(?<!(?:f[üu]r\\s+(?:die|eine)|zur|bei\\s+der)\\s+)(?=\\p{L}+(?![\\p{L}])(?!\\s+(?:unserer|unseres|der|des|eines|einer|bestimmter|von|ihrer|deiner)\\s+(?:\\S+\\s+){0,2}?(?:website|webseite|internetseite|homepage|seite|\\p{L}*dienst\\p{L}*|\\p{L}*leistung\\p{L}*|funktion\\p{L}*|produkt\\p{L}*|angebot\\p{L}*|app|inhalte?|services?|plattform)(?![\\p{L}])))';

export const requirements: RequirementLexicon = {
  statutoryContractual: [
    // The generators' sentence for members and contract partners: "… Vertragsverhältnis, aus dem sich auch die
    // Erforderlichkeit etwaiger Datenangaben ergeben (im Übrigen weisen wir auf erforderliche Daten hin)".
    'erforderlichkeit\\s+(?:etwaiger|der|ihrer|deren|dieser)\\s+(?:daten)?angabe(?:n)?(?![\\p{L}])', 'weisen\\s+wir\\s+(?:sie\\s+|dich\\s+)?auf\\s+(?:die\\s+)?erforderliche(?:n)?\\s+(?:daten|angaben)\\s+hin',
    // Das Angebot ohne Daten: "ist in der Regel ohne Angabe personenbezogener Daten möglich", "ohne Angabe … besuchen".
    'ohne\\s+(?:eine\\s+|jede\\s+)?(?:angabe|eingabe|preisgabe|bereitstellung|mitteilung|nennung)\\s+(?:von\\s+)?(?:ihrer\\s+|deiner\\s+|ihres\\s+|deines\\s+)?(?:personenbezogene[nr]?\\s+)?(?:daten|angaben|e-?mail-?adresse|namens|telefonnummer|anschrift)\\s+(?:\\S+\\s+){0,3}?(?:m[öo]glich|besuchen|nutzen|genutzt|besucht)',
    '(?:vollst[äa]ndig|v[öo]llig|komplett)\\s+anonym\\s+(?:nutzen|genutzt|verwenden|besuchen)',
    // The infinitive: "Sie können unsere Website nutzen, ohne personenbezogene Daten anzugeben".
    'ohne\\s+(?:\\S+\\s+){0,2}?(?:personenbezogene\\s+)?(?:daten|angaben)\\s+(?:\\S+\\s+){0,2}?(?:anzugeben|preiszugeben|mitzuteilen|bereitzustellen|einzugeben|zu\\s+hinterlassen)(?![\\p{L}])',
    // The person is not obliged, in any order: "dass Sie nicht verpflichtet sind, uns Daten bereitzustellen", "Sie sind zur
    // Angabe Ihrer Daten nicht verpflichtet", "Sie sind nicht gezwungen, …" (not the organisation: "Wir sind nicht verpflichtet").
    '(?:sie|du)\\s+(?:\\S+\\s+){0,5}?(?:nicht|keineswegs)\\s+(?:dazu\\s+)?(?:gesetzlich\\s+|vertraglich\\s+)?(?:verpflichtet|gezwungen)(?![\\p{L}])',
    // Free to give: "Es steht Ihnen frei, uns Ihre Daten mitzuteilen" (not "…, der Verarbeitung zu widersprechen").
    'steht\\s+(?:ihnen|dir)\\s+(?:\\S+\\s+)?frei\\s*,?\\s+(?:\\S+\\s+){0,8}?(?:anzugeben|mitzuteilen|bereitzustellen|preiszugeben|einzugeben|zu\\s+(?:nennen|machen|hinterlassen|[üu]bermitteln)|zur\\s+verf[üu]gung\\s+zu\\s+stellen|angeben|mitteilen|bereitstellen|preisgeben|[üu]bermitteln)(?![\\p{L}])',
    // Given freely, main clause: "Sie stellen uns diese Daten freiwillig zur Verfügung", "Ihre Daten geben Sie uns freiwillig"
    // (not consent: "Sie geben uns Ihre Einwilligung freiwillig").
    '(?:(?:sie|du)\\s+(?:stellen|stellst|geben|gibst|[üu]bermitteln|[üu]bermittelst|teilen|teilst|nennen|nennst|[üu]berlassen|[üu]berl[äa]sst)|(?:stellen|stellst|geben|gibst|[üu]bermitteln|[üu]bermittelst|teilen|teilst|nennen|nennst|[üu]berlassen|[üu]berl[äa]sst)\\s+(?:sie|du))\\s+(?:uns|mir)\\s+(?:(?!einwilligung|zustimmung|einverst)\\S+\\s+){0,4}?freiwillig(?![\\p{L}])',
    // The condition first, verb first, with what follows: "Geben Sie diese Daten nicht an, können wir den Vertrag nicht schließen",
    // "Können Sie uns diese Daten nicht geben, ist eine Mitgliedschaft nicht möglich".
    '(?:geben|gibst|stellen|stellst|teilen|teilst|nennen|nennst|[üu]bermitteln|machen|machst|k[öo]nnen|kannst|m[öo]chten|m[öo]chtest|wollen|willst)\\s+(?:sie|du)\\s+(?:uns\\s+|mir\\s+)?(?:\\S+\\s+){0,3}?(?:\\p{L}*daten|angaben|informationen)\\s+nicht(?:\\s+\\S+){0,3}?\\s*,\\s*(?:\\S+\\s+){0,3}?(?:k[öo]nnen|kann|kannst|ist|sind|w[äa]re|wird)\\s+(?:\\S+\\s+){0,6}?(?:nicht|kein\\p{L}*)(?![\\p{L}])',
    // The choice left to the person: "Welche Informationen Sie eingeben, bleibt Ihnen überlassen", "Es ist Ihnen überlassen, ob …"
    // (not data handed over: "die uns überlassenen Daten").
    '(?:bleibt|ist|sei)\\s+(?:ganz\\s+|allein\\s+|v[öo]llig\\s+)?(?:ihnen|dir)\\s+(?:selbst\\s+)?(?:ganz\\s+|allein\\s+|v[öo]llig\\s+)?[üu]berlassen(?![\\p{L}])',
    // A data item labelled as a form does: "Anzeigename (Pflicht)", "Telefonnummer (freiwillig)" (ANNOTATION.md: "(optional)"
    // alone does not count; nor cookies).
    '(?<!(?:cookies?|e-?mails?|benachrichtigungen|newsletter)\\s*)\\(\\s*(?:pflicht(?:angabe|feld)?|freiwillig(?:e\\s+angabe)?)\\s*[,;)]',
    // Given on a voluntary basis, or labelled so: "erfolgt die Eingabe personenbezogener Daten auf ausdrücklich freiwilliger
    // Basis", "freiwillige Angaben über die Altersgruppe" (not consent: "Die Einwilligung erfolgt auf freiwilliger Basis").
    '(?<!(?:einwilligung|zustimmung)[^.;]{0,60})(?:auf\\s+(?:\\S+\\s+)?freiwilliger\\s+basis|freiwillige[n]?\\s+angaben)(?![\\p{L}])',
    // The form marks what is required: "Die erforderlichen Angaben sind im Rahmen der Bestellung als solche gekennzeichnet",
    // "Pflichtfelder sind mit * markiert" (not cookies: "Technisch erforderliche Cookies sind gekennzeichnet").
    '(?:erforderliche[n]?|notwendige[n]?|pflicht\\p{L}*)\\s+(?:(?!cookies)\\S+\\s+){0,8}?(?:gekennzeichnet|markiert)(?![\\p{L}])',
    // Never obliged: "Selbstverständlich sind Sie zu keiner Zeit verpflichtet, …".
    '(?:sie\\s+sind|sind\\s+sie|du\\s+bist|bist\\s+du)\\s+(?:\\S+\\s+){0,2}?(?:zu\\s+keiner\\s+zeit|in\\s+keiner\\s+weise|keinesfalls)\\s+(?:dazu\\s+)?(?:gesetzlich\\s+|vertraglich\\s+)?verpflichtet',
    // Only if the data are given: "Wir können Ihre Anfrage jedoch nur bearbeiten, sofern Sie uns Ihren Namen … mitteilen" (not
    // consent).
    '(?:k[öo]nnen|kann)\\s+(?:\\S+\\s+){0,5}?nur\\s+(?:\\S+\\s+){0,4}?(?:sofern|wenn|falls)\\s+(?:sie|du)\\s+(?:uns\\s+|mir\\s+)?(?:ihren|ihre|deinen|deine|die|eine|einen)(?![\\p{L}])(?!\\s+(?:\\S+\\s+)?(?:einwilligung|zustimmung))',
    // The verb first: "Für die Verwendung des Kontaktformulars ist die Angabe eines Namens … notwendig", "Zur Einrichtung Ihres
    // Benutzerkontos sind Ihr Name und Ihre E-Mail-Adresse notwendig".
    '(?:ist|sind)\\s+die\\s+angabe\\s+(?:\\S+\\s+){0,10}?(?:notwendig|erforderlich|n[öo]tig|verpflichtend|freiwillig)(?![\\p{L}])',
    '(?:sind|ist)\\s+(?:ihr|ihre|dein|deine)\\s+(?:name|vorname|nachname|e-mail-adresse|e-?mail|adresse|telefonnummer|geburtsdatum)(?:\\s+und\\s+(?:ihr|ihre|dein|deine)\\s+\\S+)?\\s+(?:zwingend\\s+)?(?:notwendig|erforderlich|n[öo]tig|verpflichtend)(?![\\p{L}])',
    // Without an account or registration: "Diese Website kann grundsätzlich ohne Registrierung besucht werden", "Ohne
    // Registrierung ist die Nutzung der App nicht möglich".
    'ohne\\s+(?:vorherige\\s+)?(?:registrierung|anmeldung|benutzerkonto|nutzerkonto|kundenkonto|konto|login|account)(?:\\s+\\S+){0,6}?\\s+(?:besucht|genutzt|verwendet|m[öo]glich|nutzbar|nutzen|besuchen|verwenden)(?![\\p{L}])',
    // The verb first: "Zur Vertragserfüllung sind folgende Angaben notwendig: Name, Anschrift".
    '(?:sind|ist)\\s+(?:die\\s+)?(?:folgende[n]?|diese|nachfolgende[n]?)\\s+(?:angaben|daten)\\s+(?:zwingend\\s+)?(?:notwendig|erforderlich|n[öo]tig|verpflichtend)(?![\\p{L}])',
    // "Ob Sie uns Daten mitteilen, entscheiden Sie selbst".
    'ob\\s+(?:sie|du)\\s+(?:\\S+\\s+){0,5}?(?:mitteilen|mitteilst|angeben|angibst|preisgeben|bereitstellen|[üu]bermitteln|geben|gibst)\\s*,?\\s+(?:entscheiden|entscheidest|bestimmen|bestimmst|liegt)(?![\\p{L}])',
    // No duty of the person's own: "Sie haben keine Pflicht, uns Daten zu geben"; anonymous contact: "Sie können uns auch anonym
    // kontaktieren"; what must be given, verb first: "Zwingend anzugeben sind Name und E-Mail-Adresse".
    '(?:(?:sie|du)\\s+(?:haben|hast)|(?:haben|hast)\\s+(?:sie|du))\\s+keine\\s+(?:\\S+\\s+)?(?:pflicht|verpflichtung)(?![\\p{L}])',
    '(?:auch\\s+)?anonym\\s+(?:kontaktieren|nutzen|besuchen|teilnehmen|bestellen)(?![\\p{L}])',
    'zwingend\\s+(?:anzugeben|einzugeben|mitzuteilen|auszuf[üu]llen)',
    // Given if the person wishes: "Weitere Angaben können Sie freiwillig machen", "Ihre Telefonnummer können Sie optional angeben".
    '(?:(?:k[öo]nnen|kannst)\\s+(?:sie|du)|(?:sie|du)\\s+(?:k[öo]nnen|kannst))\\s+(?:\\S+\\s+){0,4}?(?:freiwillig|optional)\\s+(?:\\S+\\s+){0,3}?(?:angeben|machen|mitteilen|eingeben|hinterlegen|nennen|bereitstellen|erg[äa]nzen)(?![\\p{L}])',
    // An account required: "Um die App nutzen zu können, musst du ein Konto anlegen", "müssen Sie sich registrieren".
    '(?:(?:m[üu]ssen|musst)\\s+(?:sie|du)|(?:sie|du)\\s+(?:m[üu]ssen|musst))\\s+(?:(?:sich|dich)\\s+(?:\\S+\\s+){0,3}?(?:registrieren|anmelden)|(?:\\S+\\s+){0,3}?(?:konto|benutzerkonto|nutzerkonto|account|profil)\\s+(?:anlegen|erstellen|einrichten|er[öo]ffnen))(?![\\p{L}])',
    // The passive: "Diese Daten werden benötigt, um Ihre Bestellung abzuwickeln", "Zur Abwicklung werden diese Daten benötigt" (not
    // "nicht mehr benötigt", nor to deliver the website).
    '(?:(?:\\p{L}*daten|angaben|informationen)\\s+(?:werden|wird)\\s+(?:(?!nicht|l[äa]nger|mehr)\\S+\\s+){0,2}?|(?:werden|wird)\\s+(?:diese|ihre|deine|die|folgende)\\s+(?:\\S+\\s+)?(?:\\p{L}*daten|angaben|informationen)\\s+)ben[öo]tigt(?![\\p{L}])(?![^.;]{0,60}?(?:website|webseite|internetseite|homepage|funktionsf[äa]higkeit|sicherheit|stabilit[äa]t|missbrauch|auszuliefern|darzustellen|anzuzeigen)(?![\\p{L}]))',
    // The data needed, the verb after them: "Diese Daten benötigen wir zur Erfüllung des Vertrages" (not to run the website, nor
    // "Wenn Sie die Richtigkeit Ihrer … Daten bestreiten, benötigen wir in der Regel Zeit, um dies zu überprüfen");
    // "Um unsere Leistungen erbringen zu können, sind wir auf Ihre Daten angewiesen".
    '(?:\\p{L}*daten|angaben|informationen|e-?mail-?adresse)\\s+(?:ben[öo]tigen|brauchen)\\s+(?:wir|ich)\\s*,?\\s+(?:\\S+\\s+){0,4}?(?:um|f[üu]r|zur|zum|damit)(?![\\p{L}])(?!\\s+(?:\\S+\\s+){0,4}?(?:website|webseite|internetseite|homepage|funktionsf[äa]higkeit|sicherheit|stabilit[äa]t|missbrauch|betrieb)(?![\\p{L}]))',
    'auf\\s+(?:ihre|deine|diese|die|eure)\\s+(?:\\S+\\s+)?(?:\\p{L}*daten|angaben|informationen)\\s+angewiesen',
    // Verb first: "Zwingend erforderlich ist lediglich die Angabe einer gültigen E-Mail-Adresse"; the compound "Die
    // Datenangabe ist zur Nutzung des Kontaktformulars notwendig".
    '(?:zwingend|unbedingt)\\s+(?:erforderlich|notwendig|n[öo]tig)\\s+(?:ist|sind)\\s+(?:\\S+\\s+){0,2}?(?:die\\s+)?(?:angabe|eingabe|nennung|bereitstellung)',
    'daten(?:angabe|bereitstellung|eingabe)\\s+(?:\\S+\\s+){0,6}?(?:ist|sind|erfolgt)\\s+(?:\\S+\\s+){0,6}?(?:freiwillig|erforderlich|notwendig|n[öo]tig|verpflichtend|vorgeschrieben)(?![\\p{L}])',
    '(?:sind|bist)\\s+(?:sie|du)\\s+(?:\\S+\\s+){0,2}?weder\\s+gesetzlich\\s+noch\\s+vertraglich', 'weder\\s+gesetzlich\\s+noch\\s+vertraglich\\s+verpflichtet',
    // "Die Bereitstellung der Daten ist (weder) gesetzlich (noch) vertraglich vorgeschrieben", "… ist freiwillig".
    `${NOT_SERVICE}(?:bereitstellung|angabe|abgabe|mitteilung|[üu]bermittlung|eingabe)${NOT_REASONS}\\s+(?:${DATA}\\s+)?(?:\\S+\\s+){0,6}?(?:ist|sind|erfolgt)\\s+(?:\\S+\\s+){0,6}?(?:nicht\\s+|weder\\s+)?(?:gesetzlich|vertraglich|freiwillig|verpflichtend|erforderlich|vorgeschrieben|obligatorisch|notwendig|n[öo]tig|zwingend|unerl[äa]sslich|optional)`,
    '(?:gesetzlich|vertraglich)\\s+(?:oder|noch)\\s+(?:gesetzlich|vertraglich)\\s+(?:vorgeschrieben|verpflichtet|erforderlich)',
    // Verb last: "…, dass die Abgabe eines Feedbacks freiwillig ist".
    `(?:bereitstellung|angabe|abgabe|mitteilung|eingabe)\\s+(?:\\S+\\s+){0,4}?(?:freiwillig|verpflichtend|obligatorisch)\\s+(?:ist|sind|erfolgt)`,
    'f[üu]r\\s+(?:einen|den)\\s+vertrags(?:ab)?schluss\\s+erforderlich',
    // No duty to provide, as a noun: "Es besteht keine Verpflichtung, uns Ihre Daten zur Verfügung zu stellen", "Eine
    // Pflicht zur Angabe Ihrer Daten besteht nicht" (not the organisation's duty: "Wir sind verpflichtet, …").
    'besteht\\s+keine\\s+(?:gesetzliche\\s+|vertragliche\\s+)?(?:(?:oder|noch)\\s+(?:gesetzliche|vertragliche)\\s+)?(?:verpflichtung|pflicht)(?=\\s*,?\\s+(?:\\S+\\s+){0,5}?(?:(?:\\p{L}*daten|angaben|informationen)(?![\\p{L}])|anzugeben|bereitzustellen|mitzuteilen|zur\\s+(?:angabe|bereitstellung|mitteilung)))',
    '(?:verpflichtung|pflicht)\\s+zur\\s+(?:angabe|bereitstellung|mitteilung|preisgabe)\\s+(?:\\S+\\s+){0,4}?besteht\\s+nicht',
    // Marked as required: "Erforderliche Angaben sind als solche gekennzeichnet", "Notwendige Felder werden markiert".
    '(?:erforderliche|notwendige|obligatorische|verpflichtende)n?\\s+(?:angaben|felder|daten(?:felder)?|eingaben)\\s+(?:sind|werden)\\s+(?:\\S+\\s+){0,4}?(?:gekennzeichnet|markiert|hervorgehoben)',
    // The person is (not) obliged: "Sie sind nicht verpflichtet, uns Ihre Daten bereitzustellen", "bist du nicht verpflichtet".
    '(?:(?:sie|du)\\s+(?:sind|bist)|(?:sind|bist)\\s+(?:sie|du))\\s+(?:\\S+\\s+){0,2}?(?:nicht\\s+)?(?:gesetzlich\\s+|vertraglich\\s+)?(?:(?:oder|noch)\\s+(?:gesetzlich|vertraglich)\\s+)?(?:nicht\\s+)?verpflichtet',
    '(?:ist|sind|erfolgt|erfolgen)\\s+(?:\\S+\\s+){0,2}?(?:selbstverst[äa]ndlich\\s+|grunds[äa]tzlich\\s+|stets\\s+|v[öo]llig\\s+|ausschlie(?:ß|ss)lich\\s+)?freiwillig',
    'auf\\s+freiwilliger\\s+basis',
    // What the person gives of their own accord: "Daten, die Sie uns freiwillig zur Verfügung gestellt haben".
    '(?:sie|du)\\s+(?:uns|mir)\\s+(?:\\S+\\s+){0,3}?freiwillig\\s+(?:\\S+\\s+){0,3}?(?:zur\\s+verf[üu]gung|mitteil|mitgeteilt|angeb|angegeben|[üu]bermittel|bereitstell|bereitgestellt|[üu]berlass|eingeb|eingegeben|nenn|genannt)\\p{L}*',
    // What follows without the data: "ohne diese Daten können wir Ihre Anfrage nicht bearbeiten" (not consent or cookies).
    'ohne\\s+(?!(?:\\S+\\s+){0,2}?(?:einwilligung|zustimmung|cookies?)(?![\\p{L}]))(?:[\\p{L}\\p{N}-]+\\s+){1,5}?(?:k[öo]nnen|kann|kannst)\\s+(?:wir|ich|sie|du)(?:\\s+\\S+){0,8}?\\s+(?:nicht|kein\\p{L}*)',
    '(?:wenn|falls|sofern|sollten|solltest)\\s+(?:sie|du)\\s+(?:\\S+\\s+){0,4}?(?:\\p{L}*daten|angaben|informationen)\\s+nicht\\s+(?:\\S+\\s+)?(?:bereitstell\\p{L}*|angeben|angibst|machen|machst|geben|gibst|nennen|nennst|[üu]bermitteln|[üu]bermittelst|mitteil\\p{L}*|zur\\s+verf[üu]gung\\s+stell\\p{L}*)',
    'nichtbereitstellung', 'nicht\\s*-?\\s*bereitstellung', 'folgen\\s+(?:der|einer)\\s+nicht(?:\\s*-?\\s*)?bereitstellung',
    '(?:pflicht|muss|m[üu]ss)\\p{L}*felder', 'pflichtangabe(?:n)?',
    // One item named as required or voluntary: "Lediglich die E-Mail-Adresse ist verpflichtend", "Ihr Name ist freiwillig".
    '(?:e-?mail-?adresse|name|namen|telefonnummer|anschrift|adresse|geburtsdatum)\\s+(?:ist|sind)\\s+(?:\\S+\\s+)?(?:verpflichtend|pflicht|obligatorisch|freiwillig|optional)(?![\\p{L}])', 'pflichtfeld\\p{L}*', '(?:mit\\s+(?:einem\\s+)?(?:sternchen|\\*)\\s+)?(?:gekennzeichnet|markiert)\\p{L}*\\s+(?:felder|angaben)', 'mit\\s+(?:einem\\s+)?sternchen',
    'gesetzlich(?:e)?\\s+oder\\s+vertraglich(?:e)?\\s+(?:vorgeschrieben|erforderlich|pflicht|verpflichtung)',
    // "Ohne diese Daten ist die Funktion technisch nicht erbringbar", "ohne sie kann die App keine Vorhersage anzeigen".
    'ohne\\s+(?!(?:\\S+\\s+){0,3}?(?:einwilligung|zustimmung|einverst[äa]ndnis|cookies?)(?![\\p{L}]))(?:diese|ihre|deine|die|solche|sie)(?:\\s+(?:personenbezogenen\\s+)?(?:\\p{L}*daten|angaben|informationen))?(?:\\s+\\S+){1,12}?\\s+(?:nicht|kein\\p{L}*)(?![\\p{L}])',
    // The noun before, the verb between: "Für den Vertragsabschluss ist die Angabe Ihres Namens erforderlich".
    `${NOT_SERVICE}(?:angabe|eingabe|bereitstellung|mitteilung|nennung)${NOT_REASONS}\\s+(?:\\S+\\s+){1,6}?(?:erforderlich|notwendig|n[öo]tig|zwingend|verpflichtend|obligatorisch|unerl[äa]sslich|voraussetzung)(?![\\p{L}])`,
    // The data needed for a contract or request (not the processing: "Die Verarbeitung Ihrer Daten ist zur Erfüllung … erforderlich"
    // is its legal basis): "Die Angaben sind zur Bearbeitung Ihrer Anfrage zwingend notwendig".
    // Nor what is done with them: "Die Löschung Ihrer Daten ist zur Erfüllung einer rechtlichen Verpflichtung erforderlich".
    '(?<!(?:verarbeitung|l[öo]schung|speicherung|nutzung|weitergabe|[üu]bermittlung|aufbewahrung|einschr[äa]nkung|berichtigung)\\s+(?:\\S+\\s+){0,3})(?:\\p{L}*daten|datenerhebung|angaben|informationen|e-?mail-?adresse|pflichtfelder)\\s+(?:\\S+\\s+){0,2}?(?:ist|sind)\\s+(?:\\S+\\s+){0,2}?(?:f[üu]r\\s+(?:den|die|das|eine[nr]?|ihre[nr]?|deine[nr]?)\\s+|zur\\s+|zum\\s+)(?:vertrag|bestellung|registrierung|anmeldung|bearbeitung|durchf[üu]hrung|teilnahme|abwicklung|versand|zusendung|beantwortung|erbringung|kontaktaufnahme|bewerbung|er[öo]ffnung|abschluss|erf[üu]llung|buchung|lieferung|mitgliedschaft|nutzung)\\p{L}*\\s+(?:\\S+\\s+){0,4}?(?:zwingend\\s+|unbedingt\\s+)?(?:erforderlich|notwendig|n[öo]tig|unerl[äa]sslich)(?![\\p{L}])',
    // What the person must give: "Zur Registrierung müssen Sie einen Benutzernamen und ein Passwort angeben".
    `(?:(?:m[üu]ssen|musst)\\s+(?:sie|du)|(?:sie|du)\\s+(?:m[üu]ssen|musst))${NOT_REASONS}\\s+(?:\\S+\\s+){0,8}?(?:angeben|eingeben|mitteilen|bereitstellen|hinterlegen|nennen)(?![\\p{L}])`,
    '(?:angaben|felder|daten|informationen)\\s+(?:sind|ist)\\s+(?:\\S+\\s+)?(?:optional|freiwillig|pflicht|verpflichtend)(?![\\p{L}])',
    'ohne\\s+(?:\\S+\\s+){0,2}?angaben\\s+(?:zu|über|zur)\\s+(?:ihrer|deiner|der\\s+eigenen)\\s+person',
    'nicht\\s*-?\\s*angabe', 'nichtangabe',
    // "Ohne Angabe dieser Daten ist eine Bewerbung nicht möglich".
    'ohne\\s+(?:die\\s+)?(?:angabe|eingabe|bereitstellung|mitteilung|nennung)\\s+(?:\\S+\\s+){0,4}?(?:ist|sind|k[öo]nnen|kann|kannst|w[äa]re|wird)\\s+(?:\\S+\\s+){0,6}?(?:nicht|kein\\p{L}*)(?![\\p{L}])',
    'pflicht\\s+zur\\s+bereitstellung', 'nicht\\s+in\\s+der\\s+lage\\s+(?:sein\\s*)?,?\\s*(?:\\S+\\s+){0,6}?(?:vertrag|anfrage|bestellung|leistung|dienst)\\p{L}*',
    // "ist es notwendig, einen Benutzernamen und eine E-Mail-Adresse anzugeben"
    '(?:ist\\s+es|es\\s+ist)\\s+(?:\\S+\\s+)?(?:notwendig|erforderlich|n[öo]tig|zwingend)\\s*,?\\s+(?:\\S+\\s+){0,8}?(?:anzugeben|einzugeben|mitzuteilen|bereitzustellen|zu\\s+(?:nennen|hinterlegen))',
    'ben[öo]tigen\\s+wir\\s+(?:\\S+\\s+)?von\\s+(?:ihnen|dir)', 'notwendigerweise',
    // Die Person entscheidet, was sie angibt: "Du entscheidest jeweils, was du von dir preisgeben möchtest", "Die
    // Entscheidung zur Erhebung weiterer Daten trifft das Mitglied freiwillig".
    '(?:entscheide[nt]?|entscheidest|bestimme[nt]?|bestimmst)\\s*,?\\s+(?:\\S+\\s+){0,2}?(?:selbst\\s+|jeweils\\s+|frei\\s+)?,?\\s*(?:was|welche\\p{L}*|ob)\\s+(?:\\S+\\s+){0,5}?(?:preisgeben|preisgibst|angeben|angibst|mitteilen|mitteilst|bereitstellen|bereitstellst|teilen|teilst|[üu]bermitteln|[üu]bermittelst|hinterlassen|eingeben|gibst|geben)(?![\\p{L}])',
    // The passive: "Wenn die erforderlichen Angaben nicht bereitgestellt werden, …".
    '(?:wenn|falls|sofern)\\s+(?:die|diese|ihre|deine|bestimmte|solche)\\s+(?:\\S+\\s+)?(?:\\p{L}*daten|angaben|informationen)\\s+nicht\\s+(?:\\S+\\s+)?(?:bereitgestellt|angegeben|mitgeteilt|[üu]bermittelt|zur\\s+verf[üu]gung\\s+gestellt)',
    // Given of the person's own accord: "Angaben, die eine betroffene Person … freiwillig an mich übermittelt", "unter
    // freiwilliger Angabe personenbezogener Daten".
    'freiwillig\\s+(?:an\\s+(?:uns|mich)\\s+)?(?:[üu]bermittel\\p{L}*|mitgeteilt|mitteil\\p{L}*|angegeben|angibt|angeben|bereitgestellt|bereitstell\\p{L}*|zur\\s+verf[üu]gung\\s+gestellt|preisg(?:ibst|ibt|eben|egeben)(?![\\p{L}]))', 'freiwilliger\\s+angabe',
    // Details given freely, an aside between: "wenn Sie diese Angaben freiwillig, etwa im Rahmen einer Anfrage, machen".
    '(?:angaben|daten)\\s+freiwillig(?:\\s*,\\s*(?:[^\\s,;:]+\\s+){1,10}?[^\\s,;:]+\\s*,)?\\s+(?:machen|macht|mitteilen|mitteilt|angeben|angibt|eingeben|eingibt|[üu]bermitteln|[üu]bermittelt|nennen|nennt)(?![\\p{L}])',
    'entscheidung\\s+(?:\\S+\\s+){0,8}?(?:trifft|treffen|triffst)\\s+(?:\\S+\\s+){0,3}?freiwillig',
    // Ein Konto oder eine Registrierung ist (nicht) nötig: "Eine Registrierung ist nicht erforderlich", "ohne Registrierung nutzbar".
    '(?:registrierung|anmeldung|(?:benutzer|nutzer|kunden)?konto|account)\\s+(?:\\S+\\s+){0,4}?(?:ist|sind)\\s+(?:\\S+\\s+){0,3}?(?:nicht\\s+)?(?:erforderlich|notwendig|n[öo]tig|verpflichtend|freiwillig|optional)(?![\\p{L}])',
    '(?:braucht|ben[öo]tigt)\\s+(?:es|man|die\\s+app)\\s+(?:weder|keine?n?)\\s+(?:\\S+\\s+){0,4}?(?:namen|e-?mail\\p{L}*|mailadresse|telefonnummer|daten|angaben|konto|registrierung)',
    // Es geht auch ohne: "Die App funktioniert auch ohne Standortfreigabe" (nicht ohne Cookies).
    'funktionier\\p{L}*\\s+(?:\\S+\\s+){0,2}?(?:auch|ebenfalls|trotzdem|einwandfrei)\\s+ohne(?!\\s+(?:\\S+\\s+){0,2}?cookies?(?![\\p{L}]))',
    '(?:kann|k[öo]nnen)\\s+(?:\\S+\\s+){0,6}?nicht\\s+(?:fortgef[üu]hrt|durchgef[üu]hrt|bearbeitet|erbracht|geschlossen|abgeschlossen)\\s+werden',
    // What a contract or registration needs: "Zur Durchführung des Vertrages benötigen wir Ihren Namen und Ihre Anschrift".
    '(?:zur|zum|f[üu]r\\s+(?:die|den|das|eine[nr]?))\\s+(?:\\S+\\s+){0,3}?(?:vertrag\\p{L}*|vertragsabschluss|bestellung|registrierung|anmeldung|mitgliedschaft|teilnahme)\\s+(?:\\S+\\s+){0,3}?ben[öo]tigen\\s+wir\\s+(?:\\S+\\s+){0,4}?(?:namen|name|anschrift|adresse|e-?mail\\p{L}*|telefonnummer|geburtsdatum|daten|angaben|informationen)(?![\\p{L}])',
    // No account needed, verb first: "Für die Nutzung der App ist kein Benutzerkonto notwendig".
    '(?:ist|sind)\\s+(?:kein\\p{L}*|eine?|die)\\s+(?:registrierung|anmeldung|(?:benutzer|nutzer|kunden)?konto|account)\\s+(?:\\S+\\s+){0,6}?(?:erforderlich|notwendig|n[öo]tig|verpflichtend)(?![\\p{L}])',
    // Anonymous use: "Die Nutzung ist auch anonym möglich"; a contact without a name: "auch ohne Angabe Ihres Namens".
    '(?:nutzung|besuch|kontaktaufnahme|teilnahme)\\s+(?:\\S+\\s+){0,4}?(?:auch\\s+)?anonym\\s+m[öo]glich',
    // The passive duty: "Die abgefragten Angaben müssen vollständig angegeben werden"; the consequence after it: "Anderenfalls
    // ist ein Vertragsschluss nicht möglich"; the order verb last: "Eine Teilnahme ist ohne Angabe der Daten nicht möglich".
    '(?:angaben|\\p{L}*daten|felder|informationen|pflichtangaben)\\s+(?:\\S+\\s+){0,4}?(?:m[üu]ssen|muss)\\s+(?:\\S+\\s+){0,3}?(?:angegeben|ausgef[üu]llt|eingegeben|mitgeteilt|bereitgestellt)\\s+werden',
    '(?:andernfalls|anderenfalls|ansonsten)\\s*,?\\s+(?:\\S+\\s+){0,6}?(?:vertrag\\p{L}*|bestellung|registrierung|anmeldung|anfrage|teilnahme|bewerbung|mitgliedschaft|auftrag|buchung)\\s+(?:\\S+\\s+){0,4}?(?:nicht|ablehnen|keine?)(?![\\p{L}])',
    'ohne\\s+(?:die\\s+)?(?:angabe|eingabe|bereitstellung|mitteilung|nennung)\\s+(?:\\S+\\s+){0,4}?nicht\\s+(?:m[öo]glich|durchf[üu]hrbar)',
    // No account needed: "Sie können die Webseite auch ohne Registrierung nutzen".
    'ohne\\s+(?:eine\\s+)?(?:registrierung|anmeldung|(?:benutzer|nutzer|kunden)?konto|account)\\s+(?:\\S+\\s+){0,3}?(?:nutzen|genutzt|nutzbar|besuchen|verwenden|m[öo]glich)(?![\\p{L}])',
    'auch\\s+ohne\\s+(?:die\\s+)?(?:angabe|nennung)\\s+(?:ihres|deines|ihrer|deiner|eines|einer)\\s+(?:\\S+\\s+)?(?:namens|klarnamens|e-?mail-?adresse|telefonnummer|anschrift|adresse)',
  ],
  // Proof of identity for a request, the cookies a site needs and data no longer needed (grounds for erasure) are no
  // statement about providing data.
  // Die Spalte oder Überschrift eines Formulars: "| Daten | Zweck | Pflicht |", "Pflichtangaben" über einer Liste, "Bei Ablehnung".
  statutoryLabels: [
    'pflicht(?:angaben?|felder?|daten)?', '(?:erforderliche|notwendige|verpflichtende)\\s+(?:angaben|daten|felder)', 'erforderlich',
    'bei\\s+(?:ablehnung|verweigerung|nichtangabe)', 'folgen?\\s+(?:der|bei)\\s+(?:ablehnung|nichtangabe|nichtbereitstellung)',
  ],
  notStatutoryContractual: [
    '(?:personal)?ausweis\\p{L}*', 'identit[äa]t\\s+(?:\\S+\\s+){0,3}?(?:nachzuweisen|zu\\s+(?:[üu]berpr[üu]fen|best[äa]tigen|pr[üu]fen))',
    '(?:technisch\\s+)?notwendigen?\\s+cookies', 'cookies?\\s+(?:sind|ist)\\s+(?:technisch\\s+)?(?:notwendig|erforderlich)',
    'nicht\\s+mehr\\s+(?:ben[öo]tig\\p{L}*|erforderlich|notwendig|n[öo]tig)', '(?:ben[öo]tigen|brauchen)\\s+(?:\\S+\\s+){0,4}?nicht\\s+mehr',
    // Cookies abgelehnt (ANNOTATION.md: die Folge zählt nicht): "Wenn Sie Cookies deaktivieren, …".
    'cookies?\\s+(?:\\S+\\s+){0,3}?(?:deaktivier|ablehn|abgelehnt|blockier|l[öo]sch|gel[öo]scht|unterbind|verhinder|nicht\\s+akzeptier|nicht\\s+zulass|nicht\\s+zul[äa]ss)\\p{L}*',
    '(?:deaktivierung|ablehnung|blockierung|l[öo]schung)\\s+(?:\\S+\\s+){0,2}?cookies',
    // Die Einwilligung ist keine Angabe: "Die Abgabe der Einwilligung ist freiwillig".
    '(?:abgabe|erteilung)\\s+(?:der|ihrer|deiner|einer|dieser|von)\\s+(?:\\S+\\s+)?einwilligung', 'einwilligung\\s+(?:\\S+\\s+){0,3}?(?:ist|erfolgt)\\s+(?:\\S+\\s+){0,2}?freiwillig',
    // Was ein Dienst vom Browser braucht: "da sie ohne die IP-Adresse die Inhalte nicht an deren Browser senden könnten".
    'ohne\\s+(?:die\\s+|diese\\s+|ihre\\s+|deine\\s+|eine\\s+)?ip-?adresse',
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
    // Passed to nobody, no one named: "keine dieser Daten werden weitergegeben", "Ihre Daten werden an niemanden weitergegeben".
    'keine\\s+(?:dieser|ihrer|deiner|der)\\s+(?:personenbezogenen\\s+)?(?:daten|angaben|informationen)\\s+(?:werden|wird)\\s+(?:\\S+\\s+){0,2}?(?:weitergegeben|[üu]bermittelt|geteilt|weitergeleitet)',
    '(?:daten|angaben|informationen)\\s+(?:werden|wird)\\s+(?:\\S+\\s+){0,2}?an\\s+niemanden\\s+(?:\\S+\\s+){0,2}?(?:weitergegeben|[üu]bermittelt|weitergeleitet)',
  ],
  genericDataSubjects: ['(?:ihre|deine|die|alle|diese)?\\s*(?:personenbezogenen\\s+)?(?:daten|angaben|informationen)'],
  vagueRecipientCategories: ['dritte(?:n)?', 'dritte\\s+parteien', 'drittanbieter(?:n)?', 'partner(?:n)?', 'externe\\s+(?:stellen|dienstleister)', 'andere\\s+stellen'],
  addressed: {
    purposes: [
      '(?:zwecke?|zweck\\p{L}*)\\s+(?:der|des|f[üu]r|zur|zum)',
      'zum\\s+zweck',
      // A purpose named just before: "Falls wir dir Waren per Post senden, erheben wir zu diesem Zweck eine Lieferanschrift".
      'zu\\s+(?:diesem|diesen|welchem|welchen|den\\s+(?:folgenden|genannten|oben\\s+genannten))\\s+zweck(?:en)?',
      'um\\s+(?:\\S+\\s+){1,10}?zu\\s+\\p{L}+',
      // The separable verb with its "zu" inside: "um die App bereitzustellen", "um Ihnen den Newsletter zuzusenden"; the
      // result clause: "damit wir Sie kontaktieren können".
      'um\\s+(?:\\S+\\s+){0,10}?(?:an|auf|aus|bereit|ein|fest|her|zu|zur[üu]ck|vor|dar|durch|mit|nach|weiter|sicher|frei|wieder|ab)zu\\p{L}*en(?![\\p{L}])',
      'damit\\s+(?:wir|ich)\\s+(?:\\S+\\s+){1,8}?(?:k[öo]nnen|kann|k[öo]nnten)(?![\\p{L}])',
      '(?:verwenden|nutzen|verarbeiten|erheben|speichern)\\s+(?:\\S+\\s+){0,6}?(?:\\p{L}*daten|angaben|informationen|e-?mail-?adresse)\\s+(?:\\S+\\s+){0,4}?(?:um|zur|zum|f[üu]r)',
      '(?:\\p{L}*daten|angaben|informationen)\\s+(?:\\S+\\s+){0,4}?(?:verwendet|genutzt|verarbeitet|erhoben|gespeichert)\\s*,?\\s+(?:um|zur|zum|f[üu]r)',
      // What a tool or the data let the organisation do: "Die Cookies dienen dazu, …", "Mit Hilfe dieser Cookies können wir
      // die Nutzung analysieren", "Dadurch können wir unser Angebot verbessern", "Dies hilft uns, … zu verbessern".
      'dien(?:t|en)\\s+(?:\\S+\\s+)?dazu',
      '(?:mit\\s+hilfe|mithilfe|anhand)\\s+(?:dieser|der|dieses|des|von)\\s+(?:\\S+\\s+)?(?:cookies?|daten|informationen|angaben|statistiken|tools?|dienste?s?|auswertung(?:en)?)\\s+(?:k[öo]nnen|kann)\\s+(?:wir|ich)',
      '(?:dadurch|hierdurch|damit|hiermit|so)\\s+(?:k[öo]nnen|kann)\\s+(?:wir|ich)\\s+(?:\\S+\\s+){0,6}?(?:verbessern|analysieren|auswerten|optimieren|erkennen|messen|nachvollziehen|feststellen|bereitstellen|anbieten|beantworten|bearbeiten|abwickeln|gestalten|anpassen|zuordnen|versenden|kontaktieren)(?![\\p{L}])',
      '(?:hilft|helfen)\\s+(?:uns|mir)\\s*,?\\s+(?:\\S+\\s+){0,8}?zu\\s+\\p{L}+',
      // The processing named with what it is for: "Die Speicherung erfolgt zur Sicherstellung des Betriebs", "Die Verarbeitung
      // dient der Durchführung des Vertrags", "zwecks Bearbeitung der Anfrage", "Wir nutzen Cookies dazu, …".
      '(?:speicherung|verarbeitung|erhebung|nutzung|erfassung|protokollierung|[üu]bermittlung|weitergabe|auswertung)\\s+(?:\\S+\\s+){0,5}?(?:erfolgt|erfolgen|geschieht|findet)\\s+(?:\\S+\\s+){0,3}?(?:zur|zum|zu\\s+zwecken|zu\\s+\\p{L}+zwecken|f[üu]r\\s+(?:die|den|das)|um)(?![\\p{L}])',
      '(?:dient|dienen|diente|dienten)\\s+(?:\\S+\\s+)?(?:ausschlie(?:ß|ss)lich\\s+|lediglich\\s+|nur\\s+|allein\\s+|insbesondere\\s+)?(?:der|dem|zur|zum)\\s+\\p{L}+', 'zwecks',
      '(?:nutzen|verwenden|verarbeiten|setzen|erheben|speichern)\\s+(?:\\S+\\s+){0,4}?dazu\\s*,',
      // Processed within a relationship or procedure: "Die Daten werden im Rahmen der Mitgliedschaft verarbeitet".
      'im\\s+rahmen\\s+(?:der|des|ihrer|deiner|unserer|einer|eines)\\s+(?:\\S+\\s+){0,3}?(?:verarbeitet|erhoben|genutzt|verwendet|gespeichert)(?![\\p{L}])',
    ],
    recipients: [
      '(?:keine|nicht|nie(?:mals)?)\\s+(?:\\S+\\s+){0,5}?(?:an\\s+)?(?:dritte|externe\\s+(?:stellen|server)|andere\\s+(?:stellen|unternehmen))',
      '(?:auftragsverarbeiter\\p{L}*|dienstleister\\p{L}*|hoster|hosting-?anbieter\\p{L}*|zahlungsdienstleister\\p{L}*|unterauftragsverarbeiter\\p{L}*|empf[äa]nger\\p{L}*)',
    ],
    third_country_transfers: [
      // Where the data stay: "Ihre Daten verbleiben in Deutschland", "bleiben innerhalb der EU".
      '(?:(?<=(?:daten|angaben|informationen)[^.;]{0,60}?)(?:verbleiben|verbleibt|bleiben|bleibt)|(?:verbleiben|verbleibt|bleiben|bleibt)\\s+(?:ihre\\s+|deine\\s+|die\\s+|alle\\s+)?(?:\\p{L}*daten|angaben|informationen))\\s+(?:\\S+\\s+){0,2}?(?:in|innerhalb)\\s+(?:der\\s+|des\\s+)?(?:deutschland|[öo]sterreich|der\\s+schweiz|schweiz|eu|europ[äa]ischen\\s+(?:union|wirtschaftsraum\\p{L}*)|europa|ewr)(?![\\p{L}])',
      '(?:server\\p{L}*|gespeichert|gehostet|verarbeitet|befinden|stehen)\\s+(?:\\S+\\s+){0,6}?(?:in|innerhalb)\\s+(?:der\\s+|des\\s+)?(?:deutschland|[öo]sterreich|der\\s+schweiz|schweiz|eu|europ[äa]ischen\\s+(?:union|wirtschaftsraum\\p{L}*)|europa|ewr)',
      // Only about data: not "Innerhalb der EU-Länder gibt es unterschiedliche Reaktionen auf diese Richtlinien".
      `(?:(?<=${ABOUT_DATA}\\p{L}*[^.;]{0,150}?)(?:au(?:ß|ss)erhalb|innerhalb)|(?:au(?:ß|ss)erhalb|innerhalb)(?=[^.;]{0,150}?${ABOUT_DATA}))\\s+(?:der\\s+|des\\s+)?(?:eu|ewr|europ[äa]ischen|europas|schweiz)`,
      // Swiss: "Personendaten in Staaten ausserhalb der Schweiz bekannt geben", "ins Ausland übermitteln".
      '(?:ins|in\\s+das)\\s+ausland', 'auslandsbekanntgabe',
      // Verb last: "Die Daten werden ausschließlich in Österreich gespeichert", "nur innerhalb der EU verarbeitet".
      '(?:ausschlie(?:ß|ss)lich|nur)\\s+(?:\\S+\\s+){0,3}?(?:in|innerhalb)\\s+(?:der\\s+|des\\s+)?(?:deutschland|[öo]sterreich|schweiz|liechtenstein|eu|ewr|europ[äa]ischen\\s+(?:union|wirtschaftsraum\\p{L}*)|europa)\\s+(?:\\S+\\s+){0,3}?(?:gespeichert|gehostet|verarbeitet|bearbeitet|betrieben|aufbewahrt)(?![\\p{L}])',
      // Where the servers stand: "Die Server befinden sich in Frankfurt am Main" (not "in einem Rechenzentrum").
      'server\\p{L}*\\s+(?:\\S+\\s+){0,4}?(?:befinden|befindet|stehen|steht|liegen|liegt)\\s+(?:sich\\s+)?(?:\\S+\\s+)?in\\s+(?!(?:eine[mnrs]?|unsere[mnrs]?|keine[mnrs]?|diese[mnrs]?|der\\s+lage)(?![\\p{L}]))\\p{L}{3,}',
      // "Ihre Daten verlassen die EU nicht", "verlassen niemals den Europäischen Wirtschaftsraum".
      '(?:verlassen|verl[äa]sst)\\s+(?:\\S+\\s+){0,2}?(?:(?:nie|niemals|nicht)\\s+)?(?:die\\s+eu|den\\s+ewr|europa|deutschland|[öo]sterreich|die\\s+schweiz|die\\s+europ[äa]ische\\s+union|den\\s+europ[äa]ischen\\s+wirtschaftsraum)(?![\\p{L}])',
      'drittl[äa]nd\\p{L}*',
      // Where the servers are, verb last (any country: "auf Servern in Irland gespeichert"); verb first: "Wir verarbeiten Ihre Daten
      // ausschließlich in Deutschland"; the providers' seat: "Dienste von Unternehmen mit Sitz in den USA".
      'server(?:n)?\\s+in\\s+(?!(?:eine[mnrs]?|unsere[mnrs]?|keine[mnrs]?|diese[mnrs]?|echtzeit|form)(?![\\p{L}]))(?:der\\s+|den\\s+)?\\p{L}{3,}\\s+(?:\\S+\\s+){0,2}?(?:gespeichert|gehostet|verarbeitet|betrieben|aufbewahrt)(?![\\p{L}])',
      '(?:verarbeiten|speichern|hosten|bearbeiten)\\s+(?:\\S+\\s+){0,4}?(?:ausschlie(?:ß|ss)lich|nur)\\s+(?:in|innerhalb)\\s+(?:der\\s+|des\\s+)?(?:deutschland|[öo]sterreich|schweiz|liechtenstein|eu|ewr|europ[äa]ischen\\s+(?:union|wirtschaftsraum\\p{L}*)|europa)(?![\\p{L}])',
      'sitz\\s+in\\s+den\\s+(?:usa|vereinigten\\s+staaten)',
      // Verb last, a place before the country: "Die erhobenen Daten werden in Frankfurt, Deutschland gespeichert"; data that may
      // reach the USA: "Es ist nicht auszuschließen, dass Daten in die USA gelangen".
      '(?:\\p{L}*daten|angaben|informationen)\\s+(?:werden|wird)\\s+(?:\\S+\\s+){0,3}?in\\s+(?:\\S+\\s+)?(?:deutschland|[öo]sterreich|der\\s+schweiz|der\\s+eu|der\\s+europ[äa]ischen\\s+union|europa|den\\s+usa|den\\s+vereinigten\\s+staaten)\\s+(?:\\S+\\s+){0,2}?(?:gespeichert|gehostet|verarbeitet|aufbewahrt)(?![\\p{L}])',
      '(?:in\\s+die\\s+(?:usa|vereinigten\\s+staaten)|in\\s+(?:ein|andere)\\s+(?:drittl[äa]nder?|l[äa]nder)|ins\\s+ausland)\\s+(?:\\S+\\s+){0,2}?(?:gelangen|gelangt|gelangten)(?![\\p{L}])',
      // The servers' country as an adjective: "auf deutschen Servern gespeichert", "europäische Server", "US-Servern".
      '(?:deutsche[nmr]?|europ[äa]ische[nmr]?|[öo]sterreichische[nmr]?|schweizer(?:ische[nmr]?)?|(?:us-)?amerikanische[nmr]?|us-)\\s*server(?:n|standort\\p{L}*)?(?![\\p{L}])',
      // Hosting or storage said to happen in a country, verb last or first, without "ausschließlich": "Die Website wird in Deutschland
      // gehostet", "Der Dienst wird von der X Inc. in den USA betrieben", "Das Hosting erfolgt in Deutschland", "Wir speichern alle Daten
      // in der EU"; not "Wir verarbeiten Ihre Daten in Übereinstimmung mit …", "EU-Recht".
      '(?:wird|werden)\\s+(?:\\S+\\s+){0,5}?in\\s+(?:der\\s+|des\\s+|den\\s+)?(?:deutschland|[öo]sterreich|schweiz|liechtenstein|eu|ewr|europ[äa]ischen\\s+(?:union|wirtschaftsraum\\p{L}*)|europa|usa|vereinigten\\s+staaten)(?![\\p{L}-])\\s+(?:\\S+\\s+){0,2}?(?:gespeichert|gehostet|verarbeitet|aufbewahrt|betrieben)(?![\\p{L}])',
      '(?:hosting|speicherung|datenspeicherung|datenverarbeitung|datenhaltung)\\s+(?:\\S+\\s+){0,3}?(?:erfolgt|erfolgen|findet|finden)\\s+(?:\\S+\\s+){0,2}?(?:in|innerhalb)\\s+(?:der\\s+|des\\s+|den\\s+)?(?:deutschland|[öo]sterreich|schweiz|liechtenstein|eu|ewr|europ[äa]ischen\\s+(?:union|wirtschaftsraum\\p{L}*)|europa|usa|vereinigten\\s+staaten)(?![\\p{L}-])',
      '(?:speichern|hosten|speichert|hostet)\\s+(?:\\S+\\s+){0,4}?(?:in|innerhalb)\\s+(?:der\\s+|des\\s+|den\\s+)?(?:deutschland|[öo]sterreich|schweiz|liechtenstein|eu|ewr|europ[äa]ischen\\s+(?:union|wirtschaftsraum\\p{L}*)|europa|usa|vereinigten\\s+staaten)(?![\\p{L}-])',
      // "innerhalb Deutschlands", "innerhalb Europas" (the genitive).
      '(?:gespeichert|gehostet|verarbeitet|speicherung|verarbeitung|server\\p{L}*)\\s+(?:\\S+\\s+){0,4}?innerhalb\\s+(?:deutschlands|[öo]sterreichs|europas|liechtensteins)(?![\\p{L}])',
      'innerhalb\\s+(?:deutschlands|[öo]sterreichs|europas|liechtensteins)\\s+(?:\\S+\\s+){0,2}?(?:gespeichert|gehostet|verarbeitet|aufbewahrt|betrieben)(?![\\p{L}])',
      // Countries without adequate protection: "in Länder ohne angemessenes Datenschutzniveau übermittelt"; providers from the USA:
      // "Wir setzen Dienstleister aus den USA ein"; a transfer to third states as a compound: "Ein Drittstaatentransfer findet nicht statt".
      'l[äa]nder[n]?\\s+ohne\\s+(?:ein\\s+)?(?:angemessene[sn]?|ausreichende[sn]?|vergleichbare[sn]?)\\s+(?:\\S+\\s+)?(?:datenschutz|schutzniveau)\\p{L}*',
      '(?:dienstleister|anbieter|unternehmen|firmen)\\p{L}*\\s+aus\\s+den\\s+(?:usa|vereinigten\\s+staaten)(?![\\p{L}])',
      'drittstaate?n?(?:transfer|[üu]bermittlung|[üu]bertragung|weitergabe)\\p{L}*',
      // "Die Daten liegen auf einem Server in Nürnberg".
      '(?:liegen|liegt)\\s+(?:\\S+\\s+){0,3}?server(?:n)?\\s+in\\s+(?!(?:eine[mnrs]?|unsere[mnrs]?|keine[mnrs]?|diese[mnrs]?|echtzeit|form|der\\s+regel)(?![\\p{L}]))\\p{L}{3,}',
      // "Serverstandort: Deutschland", "Der Serverstandort ist Deutschland".
      '(?:serverstandort|standort\\s+(?:der|des|unserer|unseres|ihrer|seiner)\\s+server\\p{L}*)\\s*(?:ist|:|-|–)\\s*(?:in\\s+)?(?:der\\s+|den\\s+)?(?:deutschland|[öo]sterreich|schweiz|liechtenstein|eu|ewr|europa|usa|irland|frankreich|niederlande|finnland|gro(?:ß|ss)britannien)(?![\\p{L}])',
      // "Der Serverstandort unseres Providers befindet sich in Bayern", "haben ihren Standort in Großbritannien".
      // Not "den Standort Ihres Geräts und in weiterer Folge Sie feststellen".
      '(?:server)?standort\\p{L}*\\s+(?:\\S+\\s+){0,6}?(?:in|innerhalb)\\s+(?!(?:weiterer|der\\s+lage|diese[mnrs]?|welche[mnrs]?|jede[mnrs]?|ihre[mnrs]?|unsere[mnrs]?)(?![\\p{L}]))(?:der\\s+|den\\s+)?\\p{L}{3,}',
    ],
    retention: [
      // Kept for ever is an answer too, however poor: "auf unbestimmte Zeit gespeichert".
      'auf\\s+unbestimmte\\s+zeit', '(?:unbegrenzt|unbefristet|dauerhaft)\\s+(?:\\S+\\s+){0,2}?(?:gespeichert|aufbewahrt)', '(?:speichern|bewahren)\\s+(?:\\S+\\s+){0,3}?(?:unbegrenzt|unbefristet|dauerhaft)',
      // Not the generators' "gelöscht, sobald … Einwilligungen widerrufen werden oder sonstige Erlaubnisse entfallen" or "wenn der
      // Zweck entfällt" (ANNOTATION.md: no period or criterion beyond "as long as necessary").
      `(?:gel[öo]scht|vernichtet|anonymisiert|entfernt)\\s*,?\\s+(?:\\S+\\s+){0,5}?(?:${TEMPORAL_NACH}|sobald|wenn|mit|bei)(?!\\s+(?:\\S+\\s+){0,6}?(?:erforderlich|notwendig|n[öo]tig)(?![\\p{L}]))${NOT_LAPSED}`,
      // Not "nach Maßgabe der gesetzlichen Vorgaben" (in accordance with, as in the right to erasure), nor "nach Art. 17 DSGVO".
      `(?:${TEMPORAL_NACH}|sobald|wenn)${NOT_LAPSED}\\s+(?:\\S+\\s+){1,10}?(?:gel[öo]scht|vernichtet|anonymisiert)`,
      // Not the withdrawal clause: "Die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt vom Widerruf unberührt".
      '(?<!rechtm[äa](?:ß|ss)igkeit[^.;]{0,120})(?:bis\\s+(?:zum|zur)\\s+(?:vollst[äa]ndigen\\s+)?(?:ende|beendigung|k[üu]ndigung|abschluss|widerruf|abwicklung|erf[üu]llung)|bis\\s+auf\\s+widerruf)(?![^.;]{0,120}(?:unber[üu]hrt|nicht\\s+ber[üu]hrt))',
      // The storing ends with an event: "Die Speicherung endet mit der Kündigung Ihres Kontos".
      '(?:speicherung|aufbewahrung)\\s+(?:\\S+\\s+){0,3}?endet\\s+(?:mit|bei|nach)(?![\\p{L}])',
      // The word with a value after it ("Die Speicherdauer beträgt …"), not "keine speziellere Speicherdauer genannt" or
      // "die Kriterien der Speicherdauer" alone.
      'speicherdauer(?:\\s+(?:betr[äa]gt|liegt|ist|von|f[üu]r)|\\s*:)',
      // Deleted with the account or contract: "Ihre Kontodaten werden bei Löschung des Kontos entfernt".
      '(?:bei|mit)\\s+(?:der\\s+)?(?:l[öo]schung|k[üu]ndigung|beendigung|schlie(?:ß|ss)ung|aufl[öo]sung|deaktivierung)\\s+(?:des|der|ihres|deines|ihrer|deiner)\\s+(?:\\S+\\s+){0,3}?(?:gel[öo]scht|entfernt|vernichtet|anonymisiert)',
      // Until an exchange is over: "… ist dies dann der Fall, wenn die jeweilige Konversation mit dem Nutzer beendet ist".
      '(?:wenn|sobald|nachdem)\\s+(?:die|der|das|ihre|deine|eine)\\s+(?:jeweilige\\s+)?(?:konversation|kommunikation|korrespondenz|anfrage|unterhaltung|vorgang|sachverhalt|bearbeitung|sitzung|session|browsersitzung|verbindung|nutzung)\\s+(?:\\S+\\s+){0,4}?(?:beendet|abgeschlossen|erledigt|abschlie(?:ß|ss)end\\s+gekl[äa]rt)',
      // A rough period is a period: "bleiben nur für einige Tage bis Wochen gespeichert und werden anschließend gelöscht".
      '(?:einige|wenige|ein\\s+paar|mehrere)\\s+(?:tage|wochen|monate)(?:\\s+(?:bis|oder)\\s+(?:wochen|monate|jahre))?\\s+(?:\\S+\\s+){0,2}?(?:gespeichert|aufbewahrt|gel[öo]scht|vorgehalten)',
      '(?:gespeichert|aufbewahrt|gel[öo]scht|vorgehalten)\\s+(?:\\S+\\s+){0,3}?(?:f[üu]r|nach|binnen|innerhalb)\\s+(?:einige[rn]?|wenige[rn]?|ein\\s+paar|mehrere[rn]?)\\s+(?:tage[rn]?|wochen|monate[rn]?)',
      // Not stored at all; not "nicht für andere Zwecke gespeichert" (a purpose limit, not a retention answer).
      '(?<!noch\\s+)(?:nicht|nie)\\s+(?!(?:\\S+\\s+){0,2}?(?:f[üu]r|zu)\\s+(?:andere|weitere|sonstige)\\s+zweck)(?:\\S+\\s+){0,3}?gespeichert(?!\\s+(?:\\S+\\s+){0,4}?als)',
    ],
    legal_basis: [
      // Not onward disclosure only (the WKO template's "Diese Daten geben wir nicht ohne Ihre Einwilligung weiter").
      '(?:mit|ohne)\\s+(?:ihre[rm]?\\s+|deine[rm]?\\s+)?(?:ausdr[üu]ckliche[rn]?\\s+|vorherige[rn]?\\s+)?(?:einwilligung|zustimmung|einverst[äa]ndnis)(?![^.;]{0,40}?(?:weiter(?:gegeben|geleitet)?|an\\s+dritte)(?![\\p{L}]))',
      'gesetzlich\\s+(?:\\S+\\s+){0,3}?verpflichtet',
      // Consent as the condition: "Wenn Du zustimmst, dann springt die Karte zu Deinem Standort", "sofern Sie eingewilligt haben".
      '(?:wenn|falls|sofern|soweit|nachdem)\\s+(?:sie|du|ihr)\\s+(?:\\S+\\s+){0,4}?(?:zustimm(?:st|en|t)|zugestimmt|einwillig(?:st|en|t)|eingewilligt)(?![\\p{L}])',
    ],
    right_access: ['(?<!laut\\s+(?:(?:eigener|ihrer|seiner|deren|dessen)\\s+)?)auskunft\\p{L}*', 'ausk[üu]nfte\\p{L}*(?=[^.;]{0,60}?(?:daten|angaben|gespeichert)(?![\\p{L}]))', 'einsicht\\p{L}*', 'kopie\\s+(?:\\S+\\s+){0,3}?daten', '(?:welche|ob)\\s+(?:\\S+\\s+){0,3}?daten\\s+(?:\\S+\\s+){0,3}?(?:gespeichert|verarbeitet)',
      // "… teilen wir Ihnen mit, ob und welche Daten wir über Sie speichern", "fragen, welche Informationen wir über Sie haben";
      // "ein Recht auf Information über die zu Ihrer Person gespeicherten Daten", "eine Übersicht über Ihre gespeicherten Daten".
      '(?:welche|ob)\\s+(?:\\S+\\s+){0,3}?(?:\\p{L}*daten|informationen|angaben)\\s+(?:wir|ich)\\s+(?:\\S+\\s+){0,4}?(?:speichern|verarbeiten|haben|besitzen|gespeichert\\s+haben)(?![\\p{L}])',
      '(?:information(?:en)?|[üu]bersicht|aufstellung)\\s+[üu]ber\\s+(?:\\S+\\s+){0,5}?(?:gespeicherten|verarbeiteten)\\s+(?:personenbezogenen\\s+)?(?:\\p{L}*daten|angaben|informationen)',
      // "was wir über Sie gespeichert haben", "Einblick in Ihre gespeicherten Daten", "eine Übersicht Ihrer Daten anfordern".
      '(?:was|welche\\p{L}*)\\s+(?:\\S+\\s+){0,3}?(?:wir|ich)\\s+(?:\\S+\\s+){0,2}?(?:[üu]ber|von|zu)\\s+(?:sie|dich|ihnen|dir|euch|ihrer\\s+person|deiner\\s+person)\\s+(?:\\S+\\s+){0,2}?(?:gespeichert|verarbeitet|gesammelt|erhoben|gespeichert\\s+haben)(?![\\p{L}])',
      'einblick\\s+in\\s+(?:ihre|deine|die)\\s+(?:\\S+\\s+)?(?:\\p{L}*daten|angaben|informationen)', '[üu]bersicht\\s+(?:[üu]ber\\s+)?(?:ihrer|deiner|der|alle[rn]?)\\s+(?:\\S+\\s+)?(?:\\p{L}*daten|angaben)(?![\\p{L}])'],
    right_rectification: ['berichtig\\p{L}*', 'richtig(?:zu)?stell\\p{L}*', 'richtiggestellt',
      // Correcting data, not typing errors or a website's content: "unrichtige Daten korrigieren lassen", "Korrektur Ihrer Angaben".
      '(?:korrig|korrektur)\\p{L}*(?=[^.;]{0,80}?(?:daten|angaben|informationen)(?![\\p{L}]))', '(?<=(?:daten|angaben|informationen)[^.;]{0,80}?)(?:korrig|korrektur)\\p{L}*', 'vervollst[äa]ndig\\p{L}*', '(?:daten|angaben)\\s+(?:\\S+\\s+){0,3}?(?:[äa]ndern|aktualisieren|abändern)'],
    right_erasure: ['l[öo]sch\\p{L}*', 'vergessenwerden', 'vergessen\\s+zu\\s+werden', 'entfern\\p{L}*\\s+(?:\\S+\\s+){0,3}?daten'],
    right_restriction: ['einschr[äa]nk\\p{L}*', '(?:verarbeitung|nutzung)\\s+(?:\\S+\\s+){0,3}?eingeschr[äa]nkt', '(?<!(?:konto|account|zugang|nutzerkonto|benutzerkonto)\\s+)sperr\\p{L}*'],
    right_objection: ['widerspr\\p{L}*', 'widerspruch\\p{L}*', 'widersetz\\p{L}*'],
    right_portability: ['daten[üu]bertragbarkeit', 'datenportabilit[äa]t', '[üu]bertragbarkeit', 'maschinenlesbar\\p{L}*', '(?:[üu]bermitt|[üu]bertrag)\\p{L}*\\s+(?:\\S+\\s+){0,4}?(?:anderen|dritten)\\s+verantwortlichen'],
    right_withdraw_consent: ['(?:widerruf|widerrufen|zur[üu]ckziehen|zur[üu]ckgezogen)\\p{L}*\\s+(?:\\S+\\s+){0,4}?(?:einwilligung|zustimmung)', '(?:einwilligung|zustimmung)\\p{L}*\\s+(?:\\S+\\s+){0,10}?(?:widerruf\\p{L}*|zur[üu]ck(?:ziehen|nehmen))', '(?:auswahl|(?:cookie|datenschutz|einwilligungs?)[\\s-]?(?:einstellungen|auswahl|pr[äa]ferenzen))\\s+(?:\\S+\\s+){0,6}?(?:[äa]ndern|anpassen|widerrufen)', '(?:[äa]ndern|anpassen|widerrufen)\\s+(?:\\S+\\s+){0,5}?(?:cookie|datenschutz)[\\s-]?(?:einstellungen|auswahl|pr[äa]ferenzen)'],
    statutory_contractual_requirement: [
      // Up to six words between: "Für unsere Mitglieder benötigen wir die bei der Anmeldung abgefragten persönlichen Daten".
    '(?:ben[öo]tigen|brauchen)\\s+(?:wir\\s+)?(?:\\S+\\s+){0,6}?(?:\\p{L}*daten|angaben|informationen|e-?mail-?adresse|namen|telefonnummer|anschrift|geburtsdatum)(?![\\p{L}])',
    // The generators' promise to say which data are needed: "Welche Daten für die vorgenannten Zwecke erforderlich sind, teilen
    // wir … mit", "Wir informieren die Vertragspartner …, welche Daten erforderlich sind" (not "welche Daten nicht mehr erforderlich sind").
    '(?:welche|was\\s+f[üu]r)\\s+(?:\\S+\\s+){0,2}?(?:\\p{L}*daten|angaben|informationen)\\s+(?!(?:\\S+\\s+){0,6}?nicht\\s+mehr)(?:\\S+\\s+){0,6}?(?:erforderlich|notwendig|n[öo]tig|verpflichtend)\\s+(?:sind|ist)(?![\\p{L}])',
    // Only the address is needed: "Um sich zu unserem Newsletter anzumelden, reicht es aus, wenn Sie Ihre E-Mail-Adresse angeben".
    'reicht\\s+es\\s+(?:\\S+\\s+){0,2}?aus\\s*,?\\s+wenn\\s+(?:sie|du)\\s+(?:\\S+\\s+){0,4}?(?:angeben|angibst|eingeben|eingibst|mitteilen|mitteilst|nennen|nennst)(?![\\p{L}])',
      // Not what the organisation does with data it collects itself: "Die Erhebung dieser Daten ist erforderlich, um …", "Diese
      // Daten sind erforderlich, um die Funktionsfähigkeit, Sicherheit und Stabilität der Website zu gewährleisten" (server logs).
      '(?<!(?:erhebung|erfassung|verarbeitung|speicherung|nutzung|protokollierung)\\s+(?:\\S+\\s+){0,2})(?:\\p{L}*daten|angaben|informationen)\\s+(?:\\S+\\s+){0,3}?(?:sind|ist)\\s+(?:\\S+\\s+){0,2}?(?:erforderlich|notwendig|n[öo]tig)\\s*,?\\s+(?:um|f[üu]r|zur|zum|damit)(?!\\s+(?:\\S+\\s+){0,4}?(?:website|webseite|internetseite|homepage|funktionsf[äa]higkeit|sicherheit|stabilit[äa]t|missbrauch|betrieb)(?![\\p{L}]))',
      'optional(?:e|en)?\\s+angaben',
      // It works without the data, so giving them is up to the person: "Sie funktioniert auch ohne Standort" (not cookies).
      '(?:funktioniert|funktionieren|nutzbar|benutzbar|verwendbar)\\s+(?:\\S+\\s+){0,3}?(?:auch|ebenso)\\s+ohne(?!\\s+(?:\\S+\\s+){0,2}?(?:cookies?|cookie-\\p{L}*)(?![\\p{L}]))',
    ],
    automated_decision_making: [
      // Not the Art. 22 right itself ("das Recht, nicht einer … automatisierten Entscheidung unterworfen zu werden").
      '(?:keine|nicht|kein)(?!\\s+(?:mehr|l[äa]nger)(?![\\p{L}]))\\s+(?:\\S+\\s+){0,6}?(?:profiling|profilbildung|automatisiert\\p{L}*|automatische[rn]?\\s+entscheidung\\p{L}*)(?![^.;]{0,160}unterworfen)',
      '(?:profiling|profilbildung|automatisierte\\s+entscheidung\\p{L}*)\\s+(?:\\S+\\s+){0,4}?(?:findet|erfolgt)\\s+(?:\\S+\\s+)?nicht',
      // Decided by people: "Entscheidungen werden bei uns immer von Menschen getroffen".
      'entscheidungen\\s+(?:\\S+\\s+){0,4}?(?:von|durch)\\s+(?:einem\\s+|unseren\\s+)?(?:menschen|mitarbeiter\\p{L}*|personen|menschliche[nr]?\\s+\\p{L}+)\\s+(?:\\S+\\s+)?getroffen',
    ],
  },
  // The answer under a question heading ("… third country?" ⏎ "No").
  answers: ['nein', 'ja', 'keine?', 'entfällt', 'nicht\\s+zutreffend'],
  // A list under a compound label: "Betroffenenrechte: Auskunft, Berichtigung, Löschung …", "Ihre Datenschutzrechte".
  rightRequests: ['recht\\p{L}*', '\\p{L}+rechte(?![\\p{L}])', 'anspruch\\p{L}*', 'verlangen', 'wunsch', 'auf\\s+anfrage', 'beantragen', 'antrag', 'anfrage',
    // A request by its name ("Auskunftsersuchen richten Sie bitte an …"); the organisation offering it ("Gerne geben wir Ihnen
    // Auskunft über die gespeicherten Daten", "erteilen wir Ihnen Auskunft").
    '\\p{L}*ersuchen', '(?:(?:geben|erteilen|gebe|erteile)\\s+(?:wir|ich)|(?:wir|ich)\\s+(?:geben|erteilen|gebe|erteile))\\s+(?:ihnen|dir|euch)\\s+(?:\\S+\\s+){0,2}?ausk[üu]nft\\p{L}*(?=[^.;]{0,80}?(?:daten|angaben|gespeichert)(?![\\p{L}]))',
    // The person can, not the organisation: "Wir können die Auskunft einschränken oder verweigern" grants nothing.
    '(?<!(?:wir|ich)\\s+)k[öo]nnen(?!\\s+(?:wir|ich)(?![\\p{L}]))', 'kannst', '(?<!(?:wir|ich)\\s+)d[üu]rfen(?!\\s+(?:wir|ich)(?![\\p{L}]))', 'wenden', 'kontakt\\p{L}*', 'bitten'],
  breachCues: ['datenpanne(?:n)?', 'datenschutzverletzung(?:en)?', 'datenleck(?:s)?', 'verletzung\\s+des\\s+schutzes\\s+personenbezogener\\s+daten'],
  complaintCues: ['beschwer\\p{L}*', 'wenden', 'kontakt\\p{L}*', 'melden'],
  // "zur Wahrung berechtigter Interessen" is the basis itself, not what it serves; "kein Grund zur Annahme" serves nothing.
  purposeClauses: ['um\\s+(?:\\S+\\s+){1,10}?zu', 'zur\\s+(?!(?:wahrung|annahme)(?![\\p{L}]))\\p{L}+',
    // The verb first (a common generator template): "Basiert die Verarbeitung … auf Artikel 6 I lit. f DS-GVO ist unser
    // berechtigtes Interesse die Durchführung unserer Geschäftstätigkeit"; "Unser Anliegen (berechtigtes Interesse) ist die …".
    '(?:ist|sind)\\s+unser(?:e|en)?\\s+berechtigte[ns]?\\s+interesse[ns]?\\s+(?:die|der|das)\\s+\\p{L}+', '\\(\\s*berechtigte[ns]?\\s+interesse[ns]?\\s*\\)\\s+(?:ist|sind)\\s+(?:die|der|das)\\s+\\p{L}+',
    // Verb last: "…, die in der Verbesserung unserer Dienste liegen".
    'in\\s+(?:der|dem|einer|einem)\\s+\\p{L}+\\s+(?:\\S+\\s+){0,3}?lieg(?:t|en)(?![\\p{L}])', 'zum\\s+\\p{L}+', 'f[üu]r\\s+(?:die|den|das)\\s+\\p{L}+', 'n[äa]mlich', 'wie\\s+z\\.\\s*b\\.', 'insbesondere', 'interesse(?=\\s*[:(]\\s*\\p{L})', 'liegt\\s+(?:\\S+\\s+){0,3}?in',
    // "Unser berechtigtes Interesse besteht darin, …", "ergibt sich aus …"; the use it serves: "Die Speicherung dient der Systemsicherheit".
    'besteht\\s+(?:\\S+\\s+){0,3}?(?:in|darin)', 'ergibt\\s+sich\\s+aus', 'im\\s+interesse\\s+(?:einer|eines|der|des)\\s+\\p{L}+', 'dien(?:t|en)\\s+(?:\\S+\\s+){0,2}?(?:der|dem|zur|zum)(?![\\p{L}])',
    // Our interest, not the person's ("dass Sie ein überwiegendes schutzwürdiges Interesse an der Nichtweitergabe haben"):
    // "…, da wir ein Interesse an der Beantwortung Ihrer Anfrage haben", "aus Gründen der Sicherheit".
    '(?:wir|unser\\p{L}*)\\s+(?:ein\\s+)?(?:\\p{L}+\\s+)?interesse\\s+(?:an\\s+(?:der|dem|den|des|einer|einem)|daran)\\s+\\p{L}+', 'aus\\s+gr[üu]nden\\s+(?:der|des)\\s+\\p{L}+',
    // The interest as an infinitive clause right after it: "aufgrund unseres berechtigten Interesses (Art. 6 Abs. 1 lit. f DSGVO),
    // Ihnen ein gutes Nutzererlebnis zu bieten", "dient unserem berechtigten Interesse, die Website sicher zu betreiben"; the
    // purpose as a compound: "zu Marketingzwecken; dies ist unser berechtigtes Interesse".
    'interesse[ns]?\\s*(?:\\([^()]{0,60}\\)\\s*)?,\\s+(?!(?:\\S+\\s+){0,8}?(?:widersprechen|widerrufen)(?![\\p{L}]))(?:[^\\s,.;]+\\s+){1,8}?zu\\s+\\p{L}+', '(?:zu|f[üu]r)\\s+\\p{L}+zwecke(?:n)?(?![\\p{L}])',
    // The use right after the basis, no article: "Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse) für anonymisierte
    // Nutzungsanalysen" (not whose interest: "ein berechtigtes Interesse für uns").
    'interesse[ns]?\\s*\\)?\\s+f[üu]r\\s+(?!(?:uns|sie|dich|euch|mich|ihn|sich|dritte)(?![\\p{L}]))\\p{L}+',
    // The purposes just given are the interest: "…, da die Zwecke der Verarbeitung unsere berechtigten Interessen abbilden",
    // "Diese Zwecke stellen unser berechtigtes Interesse dar".
    'zweck(?:e|en)?\\s+(?:\\S+\\s+){0,4}?unser(?:e|en)?\\s+(?:\\p{L}+\\s+)?berechtigte[ns]?\\s+interesse[ns]?\\s+(?:abbilden|abbildet|darstellen|darstellt|dar|begr[üu]nden|begr[üu]ndet)(?![\\p{L}])',
    'zweck(?:e|en)?\\s+(?:stellen|stellt)\\s+(?!sicher(?![\\p{L}]))(?:\\S+\\s+){0,2}?unser(?:e|en)?\\s+(?:\\p{L}+\\s+)?berechtigte[ns]?\\s+interesse[ns]?\\s+(?:\\S+\\s+){0,8}?dar(?![\\p{L}])'],
};

import type { RequirementLexicon } from '../../lexicon/requirements.js';

export const requirements: RequirementLexicon = {
  statutoryContractual: [
    // "U bent niet wettelijk of contractueel verplicht", "geen wettelijke of contractuele verplichting".
    '(?:niet|geen)\\s+(?:wettelijke?|contractue(?:el|le))\\s+(?:of|en|noch)\\s+(?:wettelijke?|contractue(?:el|le))\\s+(?:verplicht|verplichting)',
    // Door eigen keuze: "enkel wanneer je zelf beslist om …", "als u ervoor kiest om …".
    '(?:als|wanneer|indien)\\s+(?:je|u|jij)\\s+(?:daar\\s+)?(?:ervoor|zelf|zelf\\s+voor)\\s+(?:kiest|beslist)',
    // Geen gegevens gevraagd of nodig: "NogGoed vraagt geen account, e-mailadres of persoonlijke gegevens van je", "Coureur vraagt
    // geen account", "Er is
    // geen e-mailadres, naam of wachtwoord nodig" (niet "geen gegevens langer dan nodig", "die niet nodig zijn").
    '(?:vraagt|vragen|vraag|verlangt|verlangen)\\s+(?:(?:je|u|jou)\\s+)?(?:om\\s+)?geen\\s+(?:[\\p{L},-]+\\s+){0,5}?(?:persoonsgegevens|gegevens|e-?mailadres|naam|account|registratie)(?![\\p{L}])',
    'geen\\s+(?:[\\p{L}-]+,?\\s+){0,5}?(?:persoonsgegevens|gegevens|e-?mailadres|naam|wachtwoord)\\s+(?:(?!niet|dan|langer|meer)\\S+\\s+){0,3}?nodig(?![\\p{L}])',
    // De dienst zonder gegevens: "volledig anoniem gebruiken", "zonder het opgeven van persoonsgegevens".
    '(?:volledig|geheel|helemaal)\\s+anoniem\\s+(?:gebruiken|bezoeken|gebruikt|bezocht)',
    'zonder\\s+(?:het\\s+)?(?:opgeven|opgave|verstrekken|achterlaten|invullen)\\s+van\\s+(?:je\\s+|uw\\s+|enige\\s+)?(?:persoons)?gegevens',
    '(?:bent|is|zijn)\\s+(?:u\\s+|je\\s+)?(?:niet\\s+)?(?:wettelijk\\s+|contractueel\\s+)?verplicht\\s+(?:om\\s+)?(?:deze\\s+|uw\\s+|je\\s+|de\\s+|die\\s+)?(?:persoons)?gegevens\\s+(?:aan\\s+ons\\s+)?(?:te\\s+)?(?:verstrekken|geven|op\\s+te\\s+geven|delen)',
    // The person is (not) obliged, in either word order: "u bent niet verplicht", "bent u wettelijk verplicht".
    '(?:(?:u|je|jij)\\s+(?:bent|is)|(?:bent|ben)\\s+(?:u|je|jij))\\s+(?:\\S+\\s+){0,2}?(?:niet\\s+)?(?:wettelijk\\s+|contractueel\\s+)?verplicht',
    '(?:is|blijft|zijn)\\s+(?:en\\s+blijft\\s+|geheel\\s+|altijd\\s+|volledig\\s+|helemaal\\s+|steeds\\s+|uiteraard\\s+)?vrijwillig',
    'op\\s+vrijwillige\\s+basis',
    // Verplichte velden: "Velden met een sterretje zijn verplicht", "verplichte velden".
    // Also the fields left optional: "De overige velden zijn optioneel" (the others are then required).
    '(?:velden|gegevens)\\s+(?:\\S+\\s+){0,4}?(?:zijn|is)\\s+(?:verplicht|noodzakelijk)', 'velden\\s+(?:\\S+\\s+){0,4}?(?:zijn|is)\\s+(?:optioneel|vrijwillig|facultatief)(?![\\p{L}])', 'verplichte\\s+(?:velden|gegevens)',
    // Verb first: "Voor het lidmaatschap zijn de volgende gegevens verplicht"; what follows without them: "Indien u de gevraagde
    // gegevens niet verstrekt, …".
    '(?:zijn|is)\\s+(?:de\\s+)?(?:volgende\\s+)?(?:\\S+\\s+)?(?:velden|gegevens)\\s+(?:verplicht|noodzakelijk|vereist)(?![\\p{L}])',
    // Also to whom: "Indien u deze gegevens niet aan ons verstrekt, kunnen wij u niet van dienst zijn".
    '(?:als|indien|wanneer)\\s+(?:u|je|jij)\\s+(?:\\S+\\s+){0,3}?(?:gegevens|informatie)\\s+niet\\s+(?:aan\\s+(?:ons|mij)\\s+)?(?:verstrekt|verstrekken|geeft|opgeeft|invult|aanlevert|doorgeeft|bezorgt)(?![\\p{L}])',
    // "Het verstrekken van persoonsgegevens is geen wettelijke of contractuele verplichting".
    '(?:geen|een)\\s+wettelijke\\s+(?:of|en|noch)\\s+(?:een\\s+)?contractuele\\s+(?:verplichting|vereiste)',
    // "Wanneer u ervoor kiest deze gegevens niet te verstrekken, …".
    '(?:kiest|besluit)\\s+(?:ervoor\\s+|om\\s+)?(?:deze\\s+|de\\s+|uw\\s+|je\\s+|die\\s+)?(?:persoons)?gegevens\\s+niet\\s+te\\s+(?:verstrekken|geven|delen)',
    'niemand\\s+(?:mag|kan)\\s+u\\s+(?:dwingen|verplichten)',
    '(?:als|indien|wanneer)\\s+(?:u|je)\\s+(?:deze\\s+|de\\s+|die\\s+|uw\\s+|je\\s+)?(?:persoons)?(?:gegevens|informatie)\\s+niet\\s+(?:verstrekt|geeft|invult|aanlevert)',
    // The person named, or unwilling: "Als de deelnemer die gegevens niet wil geven, kan de club weigeren …".
    '(?:gegevens|informatie)\\s+niet\\s+(?:wil|wilt|wenst|kan|kunt)\\s+(?:te\\s+)?(?:geven|verstrekken|delen|invullen|opgeven)',
    // A label: "Noodzaak gegevensverstrekking: …".
    'noodzaak\\s+(?:van\\s+(?:de\\s+)?)?(?:gegevensverstrekking|verstrekking\\s+van\\s+(?:de\\s+)?(?:persoons)?gegevens)',
    // The person must hand data over: "Het lid dient bijkomende gegevens aan de verzekeraar te bezorgen".
    '(?:het|de|elk|ieder)\\s+(?:lid|deelnemer|klant|ouder|cliënt|client|patiënt|student|leerling|sollicitant|kandidaat)\\s+(?:dient|moet)\\s+(?:\\S+\\s+){0,6}?(?:gegevens|informatie)\\s+(?:\\S+\\s+){0,8}?te\\s+(?:bezorgen|verstrekken|geven|leveren|overhandigen|melden)',
    'zonder\\s+(?:deze|uw|die|je|jouw|de)\\s+(?:persoons)?(?:gegevens|informatie|e-?mailadres)\\s*,?\\s+(?:kunnen|kan)',
    // In the conditional: "Zonder deze verwerking zou Koyden de gevraagde diensten niet kunnen aanbieden".
    'zonder\\s+(?:deze|die|de|uw|je|jouw)\\s+(?:(?:persoons)?gegevens|gegevensverwerking|verwerking|informatie)\\s*,?\\s+(?:zou|zouden)\\s+(?:\\S+\\s+){0,10}?niet\\s+(?:\\S+\\s+){0,3}?kunnen',
    // Data needed from the person: "Daarvoor zijn een paar gegevens van u nodig", "Om een account aan te maken heb je een
    // e-mailadres nodig", "Voor lidmaatschap is het noodzakelijk dat je je naam opgeeft".
    '(?:gegevens|informatie)\\s+van\\s+(?:u|je|jou)\\s+nodig',
    // Also a list: "daarvoor heb je minimaal een naam en e-mailadres nodig".
    '(?:heb|hebt|heeft)\\s+(?:je|u|jij)\\s+(?:\\S+\\s+){0,5}?(?:e-?mailadres|naam|adres|telefoonnummer|(?:persoons)?gegevens)\\s+nodig',
    '(?:noodzakelijk|nodig|vereist|verplicht)\\s+dat\\s+(?:je|u|jij)\\s+(?:\\S+\\s+){0,6}?(?:opgeeft|verstrekt|invult|doorgeeft|aanlevert)',
    // The choice is the person's: "Je bent vrij om te kiezen of je …", "Het is uw keuze of u …", "Als je geen gegevens
    // wilt delen, …", "zonder persoonsgegevens achter te laten".
    '(?:je|u|jij)\\s+bent\\s+(?:geheel\\s+|volledig\\s+|helemaal\\s+)?vrij\\s+om\\s+(?:zelf\\s+)?(?:te\\s+)?(?:kiezen|beslissen|bepalen)\\s+of',
    '(?:jouw|uw|je)\\s+(?:eigen\\s+)?keuze\\s+of\\s+(?:u|je|jij)',
    '(?:als|indien|wanneer)\\s+(?:je|u)\\s+(?:geen\\s+(?:persoons)?(?:gegevens|informatie)|(?:deze|de|die|uw|je)\\s+(?:persoons)?(?:gegevens|informatie)\\s+niet)\\s+(?:wilt|wil)\\s+(?:verstrekken|geven|delen|opgeven|doorgeven)',
    'zonder\\s+(?:\\S+\\s+){0,2}?(?:persoons)?gegevens\\s+(?:achter\\s+te\\s+laten|op\\s+te\\s+geven|te\\s+verstrekken)',
    // The law requires the data of the person: "Wij zijn wettelijk verplicht om uw BSN te vragen".
    // The data may be a list: "wettelijk verplicht het bedrag van de gift, de identificatie- en contactgegevens … op te vragen".
    'wettelijk\\s+verplicht\\s+(?:om\\s+)?(?:\\S+\\s+){1,16}?(?:te\\s+vragen|op\\s+te\\s+vragen|te\\s+verzamelen|vast\\s+te\\s+leggen)',
    // The person need not give them: "Je hoeft je naam niet op te geven", "U hoeft geen gegevens te verstrekken".
    '(?:(?:je|u|jij)\\s+hoef(?:t)?|hoef(?:t)?\\s+(?:je|u|jij))\\s+(?:\\S+\\s+){0,4}?(?:niet|geen)\\s+(?:\\S+\\s+){0,4}?(?:te\\s+(?:verstrekken|geven|delen|vermelden|melden|registreren)|te\\s+voorzien\\s+van|op\\s+te\\s+geven|in\\s+te\\s+vullen|door\\s+te\\s+geven|achter\\s+te\\s+laten|aan\\s+te\\s+maken)(?![\\p{L}])',
    // What follows without a piece of data: "Zonder BSN kunnen wij de inschrijving niet afronden" (not consent or cookies).
    'zonder\\s+(?!(?:\\S+\\s+){0,2}?(?:toestemming|cookies?)(?![\\p{L}]))(?:[\\p{L}\\p{N}-]+\\s+){1,5}?(?:kunnen|kan|kunt|kun)\\s+(?:wij|we|ik|u|je|jij)(?:\\s+\\S+){0,8}?\\s+(?:niet|geen)',
    // Providing or filling in is mandatory or voluntary: "Het invullen van de medische fiche is verplicht".
    '(?:invullen|verstrekken|opgeven|aanleveren|doorgeven|achterlaten|delen|geven)\\s+van\\s+(?:\\S+\\s+){1,5}?(?:is|zijn)\\s+(?:\\S+\\s+)?(?:niet\\s+)?(?:verplicht|vrijwillig|optioneel)',
    // A piece of data needed: "Het e-mailadres is noodzakelijk om …", "Uw e-mailadres is nodig om de orderbevestiging te verzenden".
    '(?:e-?mailadres|naam|telefoonnummer|geboortedatum)\\s+(?:is|zijn)\\s+(?:\\S+\\s+)?(?:noodzakelijk|verplicht|vereist|nodig)(?![\\p{L}])',
    'verplichte\\s+(?:velden|gegevens)',
    // A data item labelled as a form does: "Profielfoto (vrijwillig)", "Email: als je de nieuwsbrief ontvangt (vrijwillig)"
    // (ANNOTATION.md: "(optioneel)" alone does not count; nor cookies).
    '(?<!(?:cookies?|e-?mails?|notificaties|meldingen|nieuwsbrieven)\\s*)\\(\\s*(?:verplicht|vrijwillig)\\s*[,;)]',
    // Zonder account of met een gegeven als voorwaarde: "Je kunt de app gebruiken zonder account", "Voor het aanmaken van een
    // account is een e-mailadres vereist", "We kunnen je bestelling niet verwerken zonder je adres" (niet zonder toestemming of
    // cookies), "Het is niet verplicht om een account aan te maken".
    '(?:gebruiken|bezoeken|spelen|bekijken|raadplegen)\\s+zonder\\s+(?:een\\s+)?(?:account|registratie|in\\s+te\\s+loggen|aan\\s+te\\s+melden|te\\s+registreren|je\\s+te\\s+registreren)(?![\\p{L}])',
    '(?:is|zijn)\\s+(?:een|je|uw|jouw)\\s+(?:geldig\\s+|geldige\\s+)?(?:e-?mailadres|naam|telefoonnummer|geboortedatum)\\s+(?:vereist|verplicht|noodzakelijk|nodig)(?![\\p{L}])',
    '(?:kunnen|kan|kunt|kun)\\s+(?:wij|we|ik|u|je|jij)\\s+(?:\\S+\\s+){0,4}?niet\\s+(?:\\S+\\s+){0,3}?zonder\\s+(?:je|uw|jouw|deze|die|de)\\s+(?:\\S+\\s+)?(?:gegevens|persoonsgegevens|informatie|adres|naam|e-?mailadres|telefoonnummer|geboortedatum)(?![\\p{L}])',
    'het\\s+is\\s+(?:niet\\s+)?(?:verplicht|noodzakelijk|nodig|vereist)\\s+om\\s+(?:je\\s+|u\\s+|zich\\s+)?(?:een\\s+(?:\\S+\\s+)?account\\s+aan\\s+te\\s+maken|te\\s+registreren|in\\s+te\\s+loggen)(?![\\p{L}])',
    '(?:gemarkeerd|aangeduid)\\s+met\\s+een\\s+(?:sterretje|\\*)',
    'noodzakelijke\\s+voorwaarde\\s+(?:om|voor)',
    'wettelijke\\s+of\\s+contractuele\\s+(?:verplichting|vereiste)',
    'gevolgen\\s+van\\s+het\\s+niet\\s+verstrekken',
    // De lijdende vorm en de keuze: "Indien deze gegevens niet verstrekt worden, …", "U kunt ervoor kiezen geen gegevens te verstrekken".
    '(?:als|indien|wanneer)\\s+(?:deze|de|die|uw|je|bepaalde|sommige)\\s+(?:\\S+\\s+)?(?:persoons)?(?:gegevens|informatie)\\s+niet\\s+(?:worden\\s+)?(?:verstrekt|gegeven|ingevuld|aangeleverd|opgegeven|meegedeeld|doorgegeven)',
    '(?:kiezen|kiest|besluiten|besluit)\\s+(?:ervoor\\s+)?(?:om\\s+)?geen\\s+(?:persoons)?(?:gegevens|informatie)\\s+(?:\\S+\\s+)?te\\s+(?:verstrekken|geven|delen|geven)',
    // De persoon kiest wat hij geeft: "welke gegevens u zelf aan ons wenst te verstrekken", "je bepaalt zelf wat je deelt".
    '(?:welke|wat\\s+voor)\\s+(?:\\S+\\s+){0,3}?(?:gegevens|informatie)\\s+(?:je|u|jij)\\s+(?:\\S+\\s+){0,3}?(?:wenst|wilt|wil|kiest)\\s+(?:te\\s+)?(?:verstrekken|geven|delen|opgeven|invullen)',
    '(?:je|u|jij)\\s+(?:bepaalt|beslist|kiest)\\s+(?:zelf\\s+)?(?:welke|wat|of)\\s+(?:\\S+\\s+){0,5}?(?:deelt|geeft|verstrekt|opgeeft|invult|doorgeeft)(?![\\p{L}])',
    // Het werkt zonder: "de app werkt zonder" (niet zonder cookies).
    '(?:app|site|website|dienst|applicatie)\\s+(?:\\S+\\s+)?werkt\\s+(?:ook\\s+|gewoon\\s+|prima\\s+|volledig\\s+)?zonder(?!\\s+(?:\\S+\\s+){0,2}?cookies?(?![\\p{L}]))',
    // "Voor deelname is het noodzakelijk dat een student zich aanmeldt".
    '(?:noodzakelijk|nodig|vereist|verplicht)\\s+dat\\s+(?:\\S+\\s+){1,3}?zich\\s+(?:aanmeldt|registreert|inschrijft)',
    // "Het formulier dient te worden ingevuld en ingeleverd door de ouders".
    '(?:dient|dienen|moet|moeten)\\s+(?:\\S+\\s+){0,4}?te\\s+worden\\s+(?:ingevuld|ingeleverd|opgegeven|aangeleverd)',
    // Data the person gives that are needed for something: "Wij hebben je naam en adres nodig om je bestelling te
    // bezorgen" (not consent: "we hebben je toestemming nodig").
    '(?:(?:wij|we|ik)\\s+(?:hebben|heb)|(?:hebben|heb)\\s+(?:wij|we|ik))\\s+(?:(?!toestemming|instemming|akkoord)\\S+\\s+){0,2}?(?:je|jouw|uw)\\s+(?:(?!toestemming|instemming|akkoord)\\S+\\s+){0,4}?nodig(?=\\s+(?:om|voor)|\\s*[.,;!]|\\s*$)',
    // Giving a piece of data is (not) required: "Het is niet verplicht om je telefoonnummer op te geven" (not what is done
    // with the data: "Het is verplicht om gegevens door te geven aan de Belastingdienst").
    'het\\s+is\\s+(?:niet\\s+)?(?:verplicht|optioneel|vrijwillig)\\s+(?:om\\s+)?(?:\\S+\\s+){0,4}?(?:(?<!(?:door|terug)\\s+)te\\s+(?:verstrekken|geven|vermelden)|op\\s+te\\s+geven|in\\s+te\\s+vullen)(?![\\p{L}])',
    // An account or registration the person must make: "Om gebruik te maken van onze diensten moet u een account aanmaken",
    // "Daarvoor dien je je eerst te registreren".
    '(?:moet|moeten|dien|dient|dienen)\\s+(?:u|je|jij)\\s+(?:eerst\\s+)?(?:(?:zich|je|jezelf|uzelf)\\s+(?:eerst\\s+)?(?:te\\s+)?(?:registreren|aanmelden|aan\\s+te\\s+melden|inschrijven|in\\s+te\\s+schrijven)|een\\s+(?:\\S+\\s+)?account\\s+(?:aan\\s+te\\s+maken|aanmaken|aan\\s+maken|te\\s+registreren|registreren))(?![\\p{L}])',
    // Registration (not) required: "Voor deelname is registratie vereist", "Een account aanmaken is niet verplicht" (not a
    // registration of the organisation: "inschrijving bij de Kamer van Koophandel is verplicht").
    '(?:registratie|inschrijving|aanmelding|een\\s+account(?:\\s+aanmaken)?|het\\s+aanmaken\\s+van\\s+een\\s+(?:persoonlijk\\s+|eigen\\s+)?(?:gebruikers)?account)(?!\\s+(?:bij|in)\\s)\\s+(?:\\S+\\s+){0,4}?(?:is|zijn)\\s+(?:niet\\s+)?(?:strikt\\s+)?(?:verplicht|vereist|noodzakelijk|optioneel|vrijwillig)(?![\\p{L}])',
    // Also "is het aanmaken van een persoonlijk gebruikersaccount vereist".
    '(?:is|zijn)\\s+(?:een\\s+|het\\s+aanmaken\\s+van\\s+een\\s+(?:persoonlijk\\s+|eigen\\s+)?(?:gebruikers)?)?(?:registratie|inschrijving|aanmelding|account)\\s+(?:\\S+\\s+)?(?:verplicht|vereist|noodzakelijk)(?![\\p{L}])',
    // The person must give named data: "Om lid te worden dien je de volgende gegevens te verstrekken" (not a request to
    // exercise a right or a complaint).
    '(?![^.;]{0,160}(?:verzoek|klacht|inzage|rechten))(?:moet|moeten|dien|dient|dienen)\\s+(?:u|je|jij)\\s+(?:\\S+\\s+){0,6}?(?:gegevens|informatie|e-?mailadres|naam|adres|telefoonnummer|geboortedatum)\\s+(?:\\S+\\s+){0,3}?(?:te\\s+verstrekken|te\\s+geven|op\\s+te\\s+geven|in\\s+te\\s+vullen|opgeven|verstrekken|invullen)(?![\\p{L}])',
    // The choice with a modal: "Je kunt zelf kiezen welke gegevens je met ons deelt".
    '(?:je|u|jij)\\s+(?:kunt|kan|mag)\\s+(?:zelf\\s+)?(?:kiezen|bepalen|beslissen)\\s+(?:welke|wat|of)\\s+(?:\\S+\\s+){0,5}?(?:deelt|geeft|verstrekt|opgeeft|invult|doorgeeft|(?:wilt|wil)\\s+(?:delen|geven|verstrekken|opgeven))(?![\\p{L}])',
  ],
  // De kolom of kop van een formulier: "| Gegeven | Doel | Verplicht |", "Verplichte gegevens" boven een lijst, "Bij weigering".
  statutoryLabels: [
    'verplicht', 'verplichte\\s+(?:gegevens|velden|informatie)', 'bij\\s+weigering', 'gevolgen?\\s+(?:van|bij)\\s+weigering',
  ],
  notStatutoryContractual: [
    'legitimatiebewijs', 'identiteitsbewijs', '(?:je|uw|jouw)\\s+identiteit\\s+(?:\\S+\\s+){0,2}?(?:vast\\s+te\\s+stellen|te\\s+(?:controleren|verifiëren|bevestigen))',
    'kopie\\s+(?:van\\s+)?(?:je|uw|jouw|een)\\s+(?:paspoort|id|identiteitskaart|rijbewijs)',
    'niet\\s+(?:meer|langer)\\s+(?:nodig|noodzakelijk|vereist)',
    '(?:strikt\\s+)?(?:noodzakelijke|functionele)\\s+cookies', 'cookies?\\s+(?:zijn|is)\\s+(?:strikt\\s+)?(?:noodzakelijk|nodig|vereist)',
    // Cookies geweigerd (ANNOTATION.md: het gevolg telt niet): "Als je ervoor kiest om cookies niet te accepteren, …".
    'cookies?\\s+(?:\\S+\\s+){0,2}?(?:niet\\s+)?(?:te\\s+)?(?:weiger\\p{L}*|accepte\\p{L}*|uitschakel\\p{L}*|uit\\s+te\\s+schakelen|uitzet\\p{L}*|uit\\s+te\\s+zetten|blokkeer\\p{L}*|blokkeren|uitgeschakeld|geblokkeerd|geweigerd)',
    '(?:weiger\\p{L}*|uitschakel\\p{L}*|blokkeer\\p{L}*|blokkeren)\\s+(?:\\S+\\s+){0,3}?cookies',
    // Toestemming is geen gegeven: "Het geven van toestemming is vrijwillig".
    'toestemming\\s+(?:\\S+\\s+){0,3}?(?:is|blijft)\\s+(?:altijd\\s+|geheel\\s+|volledig\\s+)?(?:vrijwillig|optioneel)',
    // Wat een dienst van de browser nodig heeft: "zonder het IP-adres kunnen zij de inhoud niet tonen".
    'zonder\\s+(?:het\\s+|uw\\s+|je\\s+|jouw\\s+)?ip-?adres',
  ],
  noRecipients: [
    '(?:verstrekken|verstrekt|delen|deelt|geven|geeft|verkopen\\s+of\\s+verstrekken)\\s+(?:wij\\s+|we\\s+)?(?:uw\\s+|je\\s+|jouw\\s+)?geen\\s+(?:persoons)?gegevens\\s+(?:aan|met)\\s+derden',
    '(?:uw\\s+|je\\s+)?(?:persoons)?gegevens\\s+(?:worden|zullen)\\s+(?:nooit|niet)\\s+(?:worden\\s+)?(?:gedeeld|verstrekt|doorgegeven)\\s+(?:met|aan)\\s+derden',
    '(?:delen|verstrekken|geven)\\s+(?:wij\\s+|we\\s+)?(?:uw\\s+|je\\s+)?(?:persoons)?gegevens\\s+niet\\s+(?:door\\s+)?(?:aan|met)\\s+derden',
    // Shared with nobody, no one named: "geen van deze gegevens wordt gedeeld", "uw gegevens worden met niemand gedeeld".
    'geen\\s+van\\s+(?:deze|uw|je|jouw|die)\\s+(?:persoons)?gegevens\\s+(?:wordt|worden|zal|zullen)\\s+(?:ooit\\s+)?(?:worden\\s+)?(?:gedeeld|verstrekt|doorgegeven)',
    '(?:persoons)?gegevens\\s+(?:worden|zullen)\\s+(?:\\S+\\s+){0,2}?(?:met|aan)\\s+niemand\\s+(?:anders\\s+)?(?:worden\\s+)?(?:gedeeld|verstrekt|doorgegeven)',
  ],
  genericDataSubjects: ['(?:uw|je|jouw|de|alle|deze)?\\s*(?:persoons)?gegevens', '(?:uw|je|jouw|de|alle)?\\s*persoonlijke\\s+(?:gegevens|informatie)'],
  vagueRecipientCategories: ['derden', 'derde\\s+partijen', 'partners', 'andere\\s+partijen', 'externe\\s+partijen'],
  addressed: {
    purposes: [
      'doel(?:en|einden)?\\s+(?:van|voor|waarvoor|waarmee)',
      // "met als doel", "met het doel", "ten doel" (each with its space before "doel").
      '(?:met\\s+als|met\\s+het|ten)\\s+doel',
      'ten\\s+behoeve\\s+van',
      // "voor beveiligings- en onderhoudsdoeleinden", "voor statistische doeleinden" (not "niet voor andere doeleinden").
      '(?:voor|ten\\s+behoeve\\s+van)\\s+(?!(?:\\S+\\s+){0,2}?(?:andere|overige)(?![\\p{L}]))(?:\\S+\\s+){0,3}?(?:\\p{L}*doeleinden|\\p{L}+doelen)(?![\\p{L}])',
      '(?:gebruik(?:en|t)?|verwerk(?:en|t)?|verzamel(?:en|t)?|vragen|vraagt|ontvang(?:en|t)?|registre(?:ren|ert))\\s+(?:\\S+\\s+){0,6}?(?:gegevens|informatie|e-?mailadres|adres|naam|telefoonnummer|cookies?)\\s+(?:\\S+\\s+){0,3}?(?:om|voor|zodat)',
      // What the data are needed for: "Uw naam en adres zijn nodig voor het leveren van het product", "Deze gegevens zijn
      // noodzakelijk om de overeenkomst uit te voeren" (not "niet langer nodig voor").
      '(?:gegevens|informatie|e-?mailadres|adres|naam|telefoonnummer)\\s+(?:\\S+\\s+){0,4}?(?:zijn|is)\\s+(?:\\S+\\s+)?(?<!(?:niet|langer|meer)\\s+)(?:nodig|noodzakelijk|vereist)\\s+(?:om|voor)(?![\\p{L}])',
      // "Uw gegevens worden uitsluitend verwerkt in het kader van de behandeling".
      '(?:gebruikt|verwerkt|verzameld|gebruiken|verwerken|verzamelen)\\s+(?:\\S+\\s+){0,2}?in\\s+het\\s+kader\\s+van(?![\\p{L}])',
      '(?:gegevens|informatie|e-?mailadres|cookies?)\\s+(?:\\S+\\s+){0,4}?(?:gebruikt|verwerkt|nodig|ingezet|bewaard)\\s+(?:\\S+\\s+){0,2}?(?:om|voor|zodat)',
      // What a tool or the data let the organisation do: "Hiermee krijgen we inzicht in het aantal bezoekers", "Met deze
      // informatie verbeteren we onze website", "Dit helpt ons om …"; "ter uitvoering van de overeenkomst".
      '(?:hiermee|daarmee|hierdoor|daardoor|met\\s+(?:deze|die|dit|de|uw|je|jouw|behulp\\s+van\\s+(?:deze|die|dit|de))\\s+(?:\\S+\\s+)?(?:gegevens|informatie|cookies?|data|statistieken|tools?|dienst(?:en)?|inzichten))\\s+(?:kunnen|kan|krijgen|krijg|verbeteren|verbeter|zien|meten|weten|houden|analyseren|begrijpen|optimaliseren)\\s+(?:wij|we|ik)(?![\\p{L}])',
      '(?:helpt|helpen)\\s+(?:ons|mij)\\s+(?:om|te|bij|inzicht)',
      // A tool used for something: "We gebruiken Google Analytics (geanonimiseerd) om bezoekersstatistieken te bekijken".
      '(?:(?:wij|we|ik)\\s+(?:\\S+\\s+)?(?:gebruiken|gebruik|zetten|zet)|(?:gebruiken|gebruik|zetten|zet)\\s+(?:wij|we|ik))\\s+(?:\\S+\\s+){0,6}?om\\s+(?:\\S+\\s+){0,8}?te\\s+\\p{L}+',
      // A nominalised verb of what is done: "voor het tonen van relevante advertenties", "voor het synchroniseren van je
      // voorraad" (not who answers for it: "verantwoordelijk voor het verwerken van", nor consent to cookies).
      '(?<!(?:verantwoordelijk\\p{L}*|aansprakelijk\\p{L}*|toestemming|kosten)\\s+)voor\\s+het\\s+\\p{L}{3,}en\\s+van(?![\\p{L}])',
      // A clause of aim opening the sentence or after a colon or comma: "Om je toegang te geven tot de tool", "…, om misbruik te
      // beperken" (not how to exercise a right: "Om uw rechten uit te oefenen, kunt u …").
      '(?:(?<=^[\\s*_]*)|(?<=[:,]\\s+))om\\s+(?!(?:\\S+\\s+){0,4}?(?:rechten|recht|verzoek)(?![\\p{L}]))(?:\\S+\\s+){0,10}?te\\s+\\p{L}{3,}',
      'ter\\s+(?:uitvoering|verbetering|ondersteuning|afhandeling|voorbereiding|beoordeling|verzending|levering|facturering|promotie|verantwoording|optimalisatie|analyse)(?![\\p{L}])',
    ],
    recipients: [
      'geen\\s+sprake\\s+van\\s+(?:\\S+\\s+){0,2}?ontvangers',
      '(?:geen|niet|nooit)\\s+(?:\\S+\\s+){0,5}?(?:aan|met|naar)\\s+(?:andere\\s+|externe\\s+)?(?:derden|derde\\s+partijen|externe\\s+(?:partijen|servers|bedrijven)|andere\\s+(?:partijen|organisaties))',
      '(?:service\\s*providers?|serviceproviders?|dienstverleners?|(?:sub)?verwerkers|hostingpartij|hostingproviders?|leveranciers|betaalprovider\\w*|verwerkersovereenkomst\\w*)',
      // Data given to someone, in either order: "gedeeld worden met uw apotheek", "wisselen … uit met de huisartsenpost",
      // "met de bond delen", "We delen persoonsgegevens alleen wanneer …".
      '(?:\\p{L}*gegevens|informatie|dossier|adres|e-?mailadres)\\s+(?:\\S+\\s+){0,4}?(?:delen|deelt|gedeeld|uitgewisseld|uit\\s+te\\s+wisselen|verstrekt|verstrekken|doorgegeven|doorgeven|door\\s+te\\s+geven|overgedragen)\\s+(?:\\S+\\s+){0,3}?(?:met|aan)\\s+(?:uw|je|jouw|de|het|onze|ons|andere|externe|derden|een|partijen)(?![\\p{L}])',
      '(?:delen|deelt|gedeeld|uitgewisseld|wisselen|verstrekt|verstrekken|verstrekking|doorgegeven|geven|overgedragen)\\s+(?:\\S+\\s+){0,4}?(?:\\p{L}*gegevens|informatie|dossier|adres|e-?mailadres)\\s+(?:\\S+\\s+){0,4}?(?:met|aan)\\s+(?:uw|je|jouw|de|het|onze|ons|andere|externe|derden|een|partijen)(?![\\p{L}])',
      '(?:met|aan)\\s+(?:uw|je|jouw|de|het|onze|andere|externe|derden|een|partijen)\\s+(?:\\S+\\s+){0,6}?(?:\\p{L}*gegevens|informatie|dossier)\\s+(?:\\S+\\s+){0,3}?(?:gedeeld|delen|uitgewisseld|uitwisselen|verstrekt|verstrekken|doorgegeven|doorgeven)',
      '(?:wij|we)\\s+delen\\s+(?:uw\\s+|je\\s+|jouw\\s+)?(?:persoons)?gegevens\\s+(?:alleen|enkel|uitsluitend|slechts)',
    ],
    third_country_transfers: [
      '(?:servers?|gegevens|data|opgeslagen|bewaard|verwerkt|gehost|staan|bevinden)\\s+(?:\\S+\\s+){0,6}?(?:in|binnen)\\s+(?:nederland|belgi[eë]|de\\s+eu|de\\s+europese\\s+(?:unie|economische\\s+ruimte)|europa|de\\s+eer)',
      '(?:europese|nederlandse|belgische)\\s+(?:servers|datacentra|datacenters)',
      '(?:buiten|binnen)\\s+(?:de\\s+)?(?:eu|eer|europa|europese\\s+(?:unie|economische\\s+ruimte))',
      // Where those who receive the data sit: "Sommige van onze leveranciers zitten in de Verenigde Staten".
      '(?:zitten|zit|gevestigd|staan|bevinden\\s+zich|gehost|opgeslagen|verwerkt)\\s+(?:\\S+\\s+){0,3}?in\\s+(?:de\\s+)?(?:verenigde\\s+staten|vs|amerika|canada|india|china|australi[eë]|zwitserland|japan|het\\s+verenigd\\s+koninkrijk|engeland)',
      '(?:doorgegeven|doorgifte|overgedragen|overdracht)\\s+(?:\\S+\\s+){0,4}?(?:naar|aan)\\s+(?:andere\\s+)?landen',
      // "Uw gegevens verlaten de EU niet"; where the data centre or host is: "in een datacenter in Amsterdam", "Onze
      // hostingpartij bevindt zich in Nederland" (not "in een beveiligde omgeving").
      'verla(?:ten|at)\\s+(?:\\S+\\s+){0,2}?(?:nooit\\s+|niet\\s+)?(?:de\\s+)?(?:eu|eer|europa|europese\\s+(?:unie|economische\\s+ruimte)|nederland|belgi[eë])(?![\\p{L}])',
      '(?:datacent(?:er|ers|ra|rum)|rekencentr(?:um|a)|serverpark|hostingpartij|hostingprovider|hostingbedrijf|hoster)\\s+(?:\\S+\\s+){0,3}?in\\s+(?!(?:een|ons|onze|het|hun|zijn|de\\s+lage)(?![\\p{L}]))\\p{L}{3,}',
    ],
    retention: [
      // Kept for ever is an answer too, however poor: "voor onbepaalde tijd bewaard".
      'voor\\s+onbepaalde\\s+tijd', 'onbeperkt\\s+(?:lang\\s+)?(?:bewaard|opgeslagen)', '(?:bewaard|opgeslagen)\\s+(?:\\S+\\s+){0,2}?onbeperkt',
      // Not a request handed in: "een verzoek tot … verwijderen bij ons indient". Not what a browser can be set to do:
      // "U kunt uw browser zo instellen dat … alle cookies verwijderd worden bij het afsluiten van uw browser".
      // Nor the vague end of a need or purpose, or an unnamed period: "verwijderd wanneer het doel is bereikt", "vernietigd
      // wanneer ze niet langer relevant zijn", "na afloop van de bewaartermijn"; nor what the person can do ("Je kunt je
      // account verwijderen wanneer je wilt").
      '(?<!instel(?:len|t)\\s+(?:\\S+\\s+){0,3}?dat[^.;]{0,200})(?<!(?:je|u|jij)\\s+(?:kunt|kan|mag)\\s+(?:\\S+\\s+){0,4}?)(?:verwijder(?:d|en)|vernietigd|gewist|geanonimiseerd)\\s+(?:\\S+\\s+){0,5}?(?:na|zodra|nadat|bij(?!\\s+(?:ons|mij)(?![\\p{L}]))|wanneer)(?!\\s+(?:\\S+\\s+){0,8}?(?:nodig|noodzakelijk|relevant|bereikt|behaald|vervuld|bewaartermijn\\p{L}*|bewaarperiode|bewaringstermijn|bewaarplicht)(?![\\p{L}]))',
      'nadat\\s+(?:\\S+\\s+){1,20}?(?:verwijderen|vernietigen|wissen|anonimiseren)\\s+(?:wij|we)',
      // The end point first: "Na afloop van het project worden de gegevens vernietigd".
      // Not the bare retention period itself: "Na afloop van de bewaartermijn worden uw gegevens gewist" names no period.
      '(?:na\\s+(?:afloop|afronding|beëindiging|beeindiging|het\\s+einde)\\s+van|aan\\s+het\\s+einde\\s+van|bij\\s+(?:beëindiging|beeindiging|opzegging)\\s+van)\\s+(?!(?:de|het|deze|die)\\s+(?:bewaartermijn|bewaarperiode|bewaringstermijn|termijn|periode)(?![\\p{L}]))(?:\\S+\\s+){1,12}?(?:verwijderd|vernietigd|gewist|geanonimiseerd|verwijderen|vernietigen|wissen)',
      'tot\\s+(?:de\\s+)?(?:afronding|beëindiging|beeindiging|opzegging|afhandeling|het\\s+einde)',
      // Not kept at all; not "niet voor andere doeleinden opgeslagen" (a purpose limit, not a retention answer).
      // Nor payment details not stored (a detail of payment, not a retention answer): "Uiteraard worden bankgegevens niet
      // opgeslagen", "Betalingsinformatie | Wordt niet door ons opgeslagen".
      '(?<!(?<![\\p{L}])(?:betal|betaal|bank|creditcard|kaart|iban|rekening)\\p{L}*[^.;]{0,60})(?:niet|nooit)(?!\\s+langer)(?!\\s+(?:\\S+\\s+){0,1}?voor\\s+(?:andere|overige)\\s+doel)(?![^.;]{0,60}(?:betal|betaal|bank|creditcard|kaart|iban|rekening)\\p{L}*)\\s+(?:\\S+\\s+){0,3}?(?:bewaard|opgeslagen|vastgelegd)(?!\\s+(?:\\S+\\s+){0,4}?dan)',
    ],
    legal_basis: [
      // Not a duty denied: "Wij zijn volgens de wet niet verplicht een functionaris gegevensbescherming aan te stellen".
      '(?:wet(?:geving)?|regelgeving|de\\s+wet)\\s+(?:(?!(?:niet|geen)(?![\\p{L}]))\\S+\\s+){0,4}?(?:ons\\s+)?(?:hiertoe\\s+|daartoe\\s+)?verplicht',
      '(?:met|zonder)\\s+(?:uw\\s+|je\\s+|jouw\\s+)?(?:uitdrukkelijke\\s+|expliciete\\s+|voorafgaande\\s+)?(?:toestemming|instemming)',
      // The law as the ground: "Op grond van de wet moeten wij uw gegevens bewaren", "op grond van de Wet op de
      // inkomstenbelasting", "De Belastingdienst verplicht ons om facturen te bewaren".
      // Not a right: "Op grond van de wet heeft u recht op inzage".
      'op\\s+grond\\s+van\\s+(?:de\\s+|een\\s+)?(?:wet|wetgeving|regelgeving|wettelijke\\s+(?:plicht|verplichting|bepaling)\\p{L}*)(?![\\p{L}])(?:\\s+\\S+){0,6}?\\s+(?:moeten|moet|dienen|dient|verplicht|bewaren|bewaard)(?![\\p{L}])',
      'verplicht\\s+(?:\\S+\\s+){0,2}?op\\s+grond\\s+van\\s+(?:de\\s+|een\\s+)?(?:wet|wetgeving|regelgeving|wettelijke)(?![\\p{L}])',
      '(?:belastingdienst|fiscus|wetgever|wetgeving|overheid)\\s+verplicht\\s+ons(?![\\p{L}])',
      // "omdat de wet ons dat voorschrijft", "De Belastingdienst eist dat wij facturen zeven jaar bewaren".
      '(?:de\\s+wet|wetgeving|regelgeving|wetgever)\\s+(?:\\S+\\s+){0,3}?(?:voorschrijft|voorschrijven|schrijft\\s+(?:\\S+\\s+){0,4}?voor)(?![\\p{L}])',
      '(?:belastingdienst|fiscus|de\\s+wet|wetgever|wetgeving|overheid)\\s+(?:eist|vereist|verlangt)\\s+(?:dat\\s+(?:wij|we)|van\\s+ons)(?![\\p{L}])',
      // Consent needed: "Voor het verwerken is uw instemming nodig".
      '(?:uw|je|jouw)\\s+(?:uitdrukkelijke\\s+|expliciete\\s+|voorafgaande\\s+)?instemming\\s+(?:\\S+\\s+){0,2}?(?:nodig|vereist|gevraagd)',
      // Consent given by an act, a weak consent basis (ANNOTATION.md): "Door het formulier te verzenden stemt u in met de
      // verwerking", "gaat u akkoord met het gebruik van uw gegevens".
      '(?:stem(?:t|men)\\s+(?:u|je|jij|jullie)\\s+in|in\\s+te\\s+stemmen|instemt|ingestemd)\\s+met\\s+(?:de|het)\\s+(?:\\S+\\s+)?(?:verwerking|gebruik|opslag|opslaan|verzamelen|bewaren)',
      '(?:ga(?:at|an)\\s+(?:u|je|jij)\\s+akkoord|akkoord\\s+(?:te\\s+)?ga(?:at|an))\\s+met\\s+(?:de|het)\\s+(?:\\S+\\s+)?(?:verwerking|gebruik|opslag|opslaan|verzamelen|bewaren)',
    ],
    right_access: ['inzage', 'inzien', 'toegang\\s+tot\\s+(?:\\S+\\s+){0,3}?gegevens', 'kennis\\s+(?:te\\s+)?nemen\\s+van', 'bekendmaking', 'kopie\\s+van\\s+(?:\\S+\\s+){0,3}?gegevens', '(?:mede\\s+te\\s+delen|mee\\s+te\\s+delen|laten\\s+weten)\\s+(?:of|welke)', 'welke\\s+(?:persoons)?(?:gegevens|data|informatie)\\s+(?:wij|we|ik)\\s+(?:\\S+\\s+){0,3}?(?:hebben|heb|verwerken|verwerk|bewaren|bewaar|vastleggen)(?![\\p{L}])',
      // "Je kunt je gegevens bekijken in je account" (the person's own, not "wij kunnen gegevens opvragen bij uw huisarts").
      '(?:je|u|jij)\\s+(?:\\S+\\s+){0,3}?(?:je|uw|jouw)\\s+(?:\\S+\\s+)?(?:gegevens|data)\\s+(?:\\S+\\s+){0,3}?(?:bekijken|inkijken|opvragen)(?![\\p{L}])'],
    right_rectification: ['corrig\\p{L}*', 'correctie\\p{L}*', 'rectific\\p{L}*', 'verbeter\\p{L}*', 'bij\\s*(?:te\\s+)?werken', 'bijgewerkt', 'aangevuld', 'aanvull\\p{L}*', 'wijziging(?:en)?\\s+(?:\\S+\\s+){0,6}?(?:persoons)?gegevens', '(?:gegevens|informatie)\\s+(?:\\S+\\s+){0,3}?(?:te\\s+)?(?:wijzigen|aanpassen|aan\\s+te\\s+passen)', '(?:gegevens|informatie)\\s+(?:\\S+\\s+){0,2}?(?:kloppen\\s+niet|niet\\s+(?:kloppen|juist|correct)|onjuist|verkeerd)', 'kloppen\\s+(?:je|jouw|uw|de)\\s+(?:\\S+\\s+)?gegevens\\s+niet', '(?:gegevens|adres|e-?mailadres|telefoonnummer)\\s+(?:\\S+\\s+){0,2}?(?:veranderen|verandert|veranderd|wijzigen|wijzigt|gewijzigd)(?!\\s+(?:\\S+\\s+){0,3}?(?:wij|we)\\s)'],
    right_erasure: ['verwijder\\p{L}*', 'wissen', 'gewist', 'vergeten\\s+te\\s+worden', 'vergetelheid'],
    right_restriction: ['beperking\\s+van\\s+(?:de\\s+|uw\\s+|je\\s+)?(?:\\S+\\s+)?(?:verwerking\\p{L}*|gegevens)', '(?:verwerking|gebruik)\\s+(?:\\S+\\s+){0,4}?(?:te\\s+)?(?:beperken|op\\s+te\\s+schorten|opschorten|stop\\s+te\\s+zetten)', 'opschort\\p{L}*\\s+(?:van\\s+)?(?:de\\s+)?(?:\\S+\\s+)?(?:verwerking|gegevens)', 'blokker\\p{L}*\\s+(?:van\\s+)?(?:\\S+\\s+){0,2}?gegevens', 'afscherm\\p{L}*'],
    right_objection: ['bezwaar', 'verzet'],
    right_portability: ['overdraagbaarheid', 'overdracht\\s+van\\s+(?:\\S+\\s+){0,2}?gegevens', 'gegevensoverdracht', '(?:over\\s+te\\s+dragen|overdragen|door\\s+te\\s+sturen|doorsturen)\\s+(?:\\S+\\s+){0,4}?(?:andere|een\\s+derde)', '(?:persoons)?gegevens\\s+te\\s+laten\\s+(?:\\S+\\s+){0,8}?(?:door\\s+te\\s+sturen|over\\s+te\\s+dragen)', 'machineleesbaar\\p{L}*', '(?:gangbaar|gestructureerd|elektronisch|digitaal|leesbaar)\\s+(?:\\S+\\s+){0,2}?(?:formaat|bestand|vorm)', '(?:sturen|stuur|versturen|overdragen)\\s+(?:wij\\s+|we\\s+)?(?:je|jouw|uw)\\s+(?:persoons)?gegevens\\s+(?:\\S+\\s+){0,2}?naar\\s+(?:een\\s+)?andere\\s+(?:organisatie|partij|aanbieder|dienstverlener|verwerkingsverantwoordelijke)'],
    right_withdraw_consent: ['(?:intrekken|intrekking|in\\s+te\\s+trekken|herroep\\p{L}*)\\s+(?:\\S+\\s+){0,4}?toestemming', 'toestemming\\S*\\s+(?:\\S+\\s+){0,8}?(?:intrekken|in\\s+te\\s+trekken|herroepen|ingetrokken|intrekt)', 'wijziging\\p{L}*\\s+in\\s+(?:\\S+\\s+){0,2}?toestemming', '(?:keuze|(?:cookie|privacy|toestemmings?)[\\s-]?(?:keuze|voorkeuren|instellingen)|toestemming)\\s+(?:\\S+\\s+){0,6}?(?:wijzigen|aanpassen|aan\\s+te\\s+passen|te\\s+wijzigen)', '(?:wijzigen|aanpassen|intrekken)\\s+(?:\\S+\\s+){0,5}?["\'“‘„]?(?:cookie|privacy)[\\s-]?(?:instellingen|voorkeuren|keuze)'],
    statutory_contractual_requirement: [
      '(?:hebben|heeft|hebt)\\s+(?:wij|we|\\p{Lu}\\S*)\\s+(?:\\S+\\s+){0,4}?gegevens\\s+(?:\\S+\\s+){0,3}?nodig',
      '(?:gegevens|informatie|e-?mailadres|naam|adres)\\s+(?:\\S+\\s+){0,3}?(?:is|zijn)\\s+(?:\\S+\\s+){0,2}?(?:nodig|vereist|noodzakelijk)\\s+(?:om|voor)',
      // Not a category in a list of data: "Alle andere persoonsgegevens die u vrijwillig aan ons verstrekt" (the source of data).
      '(?<!(?:die|dat|welke)\\s+(?:u|je|jij)\\s+(?:\\S+\\s+)?)vrijwillig\\s+(?:\\S+\\s+){0,3}?(?:verstrekt|verstrekken|geeft|geven|invult|invullen|opgeeft|aan\\s+ons)',
      '(?:verstrekken|opgeven|invullen)\\s+(?:\\S+\\s+){0,4}?(?:is|zijn)\\s+(?:\\S+\\s+)?(?:vrijwillig|facultatief|optioneel|verplicht|nodig|noodzakelijk|vereist)',
      '(?:zijn|is)\\s+(?:(?:uw|je|jouw|de|deze|bepaalde|enkele|sommige)\\s+)?\\p{L}*gegevens\\s+(?:\\S+\\s+)?(?:nodig|vereist)',
      '(?:zijn|is)\\s+(?:\\S+\\s+)?(?:verplicht|facultatief)\\s*,?\\s+en\\s+het\\s+niet',
      'het\\s+niet\\s+verstrekken',
      '(?:wij|we|\\S+)\\s+(?:hebben|heeft)\\s+(?:\\S+\\s+){0,3}?(?:persoons)?gegevens\\s+(?:\\S+\\s+){0,3}?nodig\\s+(?:om|voor)',
      '(?:moeten|moet|dienen|dient)\\s+(?:\\S+\\s+){0,3}?(?:verstrekt|bezorgd|opgegeven|ingevuld|meegedeeld)\\s+(?:te\\s+)?worden',
      'niet\\s+(?:langer\\s+)?mogelijk\\s+(?:\\S+\\s+){0,8}?(?:gebruik|diensten|deel\\s+te\\s+nemen|lid)',
      '(?:moet|dient|moeten)\\s+(?:u|je|jij)\\s+(?:\\S+\\s+){0,3}?registreren',
    ],
    automated_decision_making: [
      // Decided by people: "Beslissingen worden altijd door een mens genomen".
      '(?:beslissingen|besluiten)\\s+(?:\\S+\\s+){0,4}?(?:worden|wordt)\\s+(?:altijd\\s+|steeds\\s+|uitsluitend\\s+|alleen\\s+)?door\\s+(?:een\\s+)?(?:mens|mensen|medewerker|medewerkers)\\s+(?:\\S+\\s+)?genomen',
      '(?:geen|niet|nooit|zonder)(?!\\s+(?:te\\s+)?onderworpen|\\s+(?:meer|langer)(?![\\p{L}]))\\s+(?:\\S+\\s+){0,6}?(?:profilering|profiling|(?:bezoekers)?profielen|geautomatiseerd\\p{L}*|automatisch\\p{L}*\\s+(?:\\S+\\s+){0,2}?(?:besluit\\p{L}*|beslissing\\p{L}*))',
    ],
  },
  // The answer under a question heading ("… third country?" ⏎ "No").
  answers: ['nee', 'neen', 'ja', 'geen', 'niet\\s+van\\s+toepassing', 'n\\.v\\.t\\.?', 'nvt'],
  rightRequests: ['recht\\p{L}*', '\\p{L}*verzoek\\p{L}*', 'vragen', 'vraag', 'kunt', 'kun', '(?<!(?:wij|we)\\s)kunnen', 'kan', 'mag', 'mogen', 'moogt', 'wenst', 'wilt', 'wil', 'contact', 'mailen', 'mail', 'laten'],
  breachCues: ['datalek(?:ken)?', 'inbreuk(?:en)?\\s+(?:\\S+\\s+){0,3}?(?:melden|gemeld)', '(?:melden|gemeld)\\s+(?:\\S+\\s+){0,3}?inbreuk'],
  complaintCues: ['klacht\\p{L}*', 'klagen', 'beklag', 'terecht', 'wenden', 'melden', 'melding', 'indienen', 'contact', 'ontevreden'],
  purposeClauses: [
    // The purpose tagged with the basis: "Klantenservice en het beantwoorden van je vragen (gerechtvaardigd belang)".
    '(?!grondslag|rechtsgrond|wettelijke\\s+grondslag)(?:\\p{L}{3,}\\s+){2}[^.;:()]{0,80}?\\(\\s*(?:op\\s+basis\\s+van\\s+)?(?:ons\\s+|een\\s+|het\\s+)?gerechtvaardigde?\\s+belang',
    // The interest right after the basis: "gerechtvaardigd belang (fraudepreventie)", "gerechtvaardigd belang: de …".
    'belang(?=\\s*[:(]\\s*\\p{L})','om\\s+(?:\\S+\\s+){0,10}?te', 'zodat', 'ten\\s+behoeve\\s+van', 'bestaa?t\\s+uit', 'namelijk', 'zoals', 'voor\\s+(?:het|de)\\s+\\p{L}+', 'ter\\s+\\p{L}+', 'te\\s+(?:bewaren|beschermen|voorkomen|verbeteren|analyseren|beveiligen|meten)'],
};

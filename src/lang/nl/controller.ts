import type { ControllerLexicon } from '../../lexicon/controller.js';
import { notNames } from './not-names.js';

export const controller: ControllerLexicon = {
  notNames,
  namedAfter: [
    // A personal site's author: "Mijn naam is Sanne de Vries".
    'mijn\\s+naam\\s+is',
    '(?:de\\s+)?(?:verwerkings)?verantwoordelijke\\s+(?:voor\\s+(?:de\\s+)?(?:verwerking|gegevensverwerking)(?:\\s+van\\s+(?:uw\\s+|je\\s+|jouw\\s+)?persoonsgegevens)?\\s+)?(?:is|zijn)',
    '(?:deze\\s+)?(?:website|site|webwinkel|app|applicatie|dienst)\\s+(?:wordt|is)\\s+(?:beheerd|geëxploiteerd|aangeboden|uitgegeven)\\s+door',
    '(?:dit|hier)\\s+is\\s+(?:de|het)\\s+(?:privacyverklaring|privacybeleid|privacy\\s*statement|privacyreglement)\\s+van',
    '(?:deze|dit)\\s+(?:privacyverklaring|privacybeleid|privacy\\s*statement|privacyreglement)\\s+(?:is\\s+)?van',
    // "Deze privacyverklaring beschrijft hoe Bakkerij Vos omgaat met …".
    'deze\\s+(?:privacyverklaring|privacy\\s*statement|privacybeleid|verklaring)\\s+(?:beschrijft|legt\\s+uit|vertelt)\\s+hoe',
    // "In deze privacyverklaring leest u hoe Tandartspraktijk Janssen omgaat met uw persoonsgegevens".
    'in\\s+(?:deze|dit|onze)\\s+(?:privacyverklaring|privacy\\s*statement|privacybeleid|privacyreglement|verklaring)\\s+(?:leest|lees|vindt|vind)\\s+(?:u|je|jij)\\s+(?:\\S+\\s+){0,2}?hoe',
    // "Deze verklaring gaat over deze website (www.gergememmeloord.nl) van de Gereformeerde Gemeente Emmeloord".
    '(?:deze|onze)\\s+(?:website|site|webwinkel|app)\\s+(?:\\([^()]{1,80}\\)\\s+)?van',
    // The opening "Bij Bakkerij Vos nemen wij de bescherming van uw persoonsgegevens serieus".
    '^bij(?=\\s+(?:\\S+\\s+){1,6}?(?:nemen|hechten|vinden|respecteren|waarborgen|beschermen)\\s+(?:wij|we)\\s+(?:\\S+\\s+){0,6}?(?:privacy|persoonsgegevens|gegevens))',
  ],
  namedBefore: [
    // What the organisation is, as its own subject: "B&B Mind Coaching is een eenmanszaak", "Stichting Ons Huis is een
    // erkende stichting" (not an app or a site: "Bolletje is een app").
    '(?:is|zijn)\\s+een\\s+(?:(?:erkende|kleine|zelfstandige|onafhankelijke|landelijke|lokale|nederlandse|belgische|non-profit)\\s+)?(?:stichting|vereniging|eenmanszaak|vennootschap|co[öo]peratie|organisatie|onderneming|vzw|maatschap)(?![\\p{L}])',
    '(?:is|zijn)\\s+(?:\\S+\\s+){0,12}?(?:gezamenlijk\\s+)?verantwoordelijk(?:e)?\\s+voor\\s+(?:de\\s+)?(?:verwerking|gegevensverwerking)',
    '(?:is|zijn)\\s+(?:\\S+\\s+){0,12}?(?:de\\s+)?(?:gezamenlijke?\\s+)?verwerkingsverantwoordelijken?',
    '(?:is|zijn)\\s+(?:\\S+\\s+){0,12}?(?:gezamenlijk\\s+)?verwerkingsverantwoordelijk',
    // "Stichting Zonnebloem Oost wordt beschouwd als verwerkingsverantwoordelijke".
    '(?:wordt|worden)\\s+(?:\\S+\\s+){0,3}?(?:beschouwd|aangemerkt)\\s+als\\s+(?:de\\s+)?(?:gezamenlijke?\\s+)?verwerkingsverantwoordelijken?',
    '(?:treedt|treden|fungeert|fungeren)\\s+op\\s+als\\s+(?:de\\s+)?(?:gezamenlijke?\\s+)?verwerkingsverantwoordelijken?',
    ',\\s+als\\s+(?:de\\s+)?verwerkingsverantwoordelijke\\s*,',
    // The template's opening: "Bakkerij Vos hecht veel waarde aan (de bescherming van) uw privacy", "… respecteert de privacy van".
    'hecht(?:en)?\\s+(?:\\S+\\s+){0,2}?(?:waarde|belang)\\s+aan\\s+(?:de\\s+)?(?:bescherming\\s+van\\s+)?(?:uw|je|jouw|de)\\s+(?:\\S+\\s+)?privacy',
    '(?:respecteert|respecteren)\\s+(?:(?:de\\s+)?privacy\\s+van|(?:uw|je|jouw)\\s+privacy)',
  ],
  // The Autoriteit Persoonsgegevens-style template most Dutch small-business policies follow.
  nameInHeadings: [
    '(?:(?:bijzondere|gevoelige|en/of|en|of)\\s+){0,3}persoonsgegevens\\s+die\\s+NAME\\s+verwerkt',
    'waarom\\s+NAME\\s+(?:uw\\s+|je\\s+)?(?:persoons)?gegevens\\s+nodig\\s+heeft',
    'hoe\\s+lang\\s+NAME\\s+(?:uw\\s+|je\\s+)?(?:persoons)?gegevens\\s+bewaart',
    'hoe\\s+NAME\\s+(?:uw\\s+|je\\s+)?(?:persoons)?gegevens\\s+beveiligt',
    'deelt\\s+NAME\\s+(?:uw\\s+|je\\s+)?(?:persoons)?gegevens\\s+met\\s+(?:anderen|derden)',
    'geautomatiseerde\\s+besluitvorming\\s+(?:door\\s+)?NAME',
    'cookies,?\\s+of\\s+vergelijkbare\\s+technieken,?\\s+die\\s+NAME\\s+gebruikt',
  ],
  subjectVerbs: ['is', 'zijn', 'treedt', 'treden', 'fungeert', 'fungeren'],
  controllerLabels: [
    '(?:verwerkings)?verantwoordelijke?(?:\\s+voor\\s+(?:de\\s+)?(?:gegevens)?verwerking)?',
    'identiteit\\s+(?:van\\s+de\\s+)?(?:verwerkings)?verantwoordelijke',
  ],
  nameLabels: ['naam(?:\\s+(?:van\\s+de\\s+)?(?:organisatie|onderneming|bedrijf|vereniging|stichting))?', 'bedrijfsnaam', 'statutaire\\s+naam', 'handelsnaam'],
  detailClauses: ['gevestigd', 'kantoorhoudende', 'kantoor\\s+houdende', 'statutair', 'ingeschreven', 'geregistreerd', 'met\\s+(?:maatschappelijke\\s+)?zetel', 'met\\s+kvk', 'kvk'],
  tradingAs: ['h\\.?\\s?o\\.?\\s?d\\.?\\s?n\\.?', 'handelend\\s+onder\\s+de\\s+naam'],
  tradeNameOf: ['(?:is\\s+)?een\\s+handelsnaam\\s+van', '(?:is\\s+)?een\\s+(?:merk|label)\\s+van'],
  operatedBy: [
    '(?:wordt\\s+)?geëxploiteerd\\s+door', '(?:wordt\\s+)?beheerd\\s+door', '(?:is\\s+)?(?:een\\s+)?(?:website|initiatief|dienst)\\s+van',
    // "OBS De Vlinderboom valt onder het bestuur van Stichting …": a school, a club or a shop run by a legal entity.
    '(?:valt|vallen)\\s+onder\\s+(?:het\\s+bestuur|de\\s+verantwoordelijkheid|het\\s+bevoegd\\s+gezag)\\s+van',
    '(?:is|zijn)\\s+(?:een\\s+)?onderdeel\\s+van', '(?:maakt|maken)\\s+(?:onder)?deel\\s+uit\\s+van',
  ],
  weAre: ['(?:^|:\\s*)(?:wij|we)\\s+zijn', '(?:^|:\\s*)(?:wij|we),'],
  hereafter: ['hierna(?:\\s+te\\s+noemen)?\\s*:?', 'verder(?:\\s+te\\s+noemen)?\\s*:', 'hierna\\s+genoemd\\s*:?'],
  selfNouns: ['vereniging', 'stichting', 'organisatie', 'onderneming', 'bedrijf', 'praktijk', 'school', 'club', 'maatschap', 'vennootschap'],
  firstPerson: ['wij', 'we', 'ons', 'onze'],
  pronouns: ['ik', 'jij', 'je', 'u', 'wij', 'we', 'zij', 'ze', 'hij', 'jullie', 'ons', 'hen', 'hun', 'mij', 'me', 'uw', 'jouw', 'onze', 'mijn', 'zijn', 'haar'],
  policyTitles: ['privacyverklaring', 'privacybeleid', 'privacy\\s*statement', 'privacyreglement', 'privacy\\s*policy', 'cookieverklaring', 'privacy-\\s*en\\s+cookieverklaring'],
  titleLinks: ['van', 'voor', 'en'],
  articles: ['de', 'het', 'een', 'deze', 'dit'],
  genericNames: [
    'vereniging', 'stichting', 'organisatie', 'onderneming', 'bedrijf', 'verwerkingsverantwoordelijke', 'verantwoordelijke', 'website', 'wij', 'we',
    // Roles and pronouns a policy capitalises as defined terms ("de Gebruiker", "de Eigenaar", "Indien …", "U"): never a name.
    'gebruikers?', 'bezoekers?', 'klant(?:en)?', 'deelnemers?', 'eigenaar', 'applicatie', 'dienst(?:en)?', 'u', 'uw', 'jij', 'je', 'jouw', 'indien', 'wanneer',
  ],
  publicBodies: ['Minister', 'Ministerie', 'Staatssecretaris', 'Gemeente', 'Provincie', 'Waterschap', 'Hoogheemraadschap', 'Dienst', 'Rijksdienst', 'Inspectie'],
  publicBodyLink: ['van', 'voor'],
  conjunctions: ['en', '&'],
  addressCues: ['gevestigd\\s+(?:aan|op|te)', 'kantoorhoudende\\s+(?:aan|op|te)', '(?:bezoek|post|vestigings)?adres\\s*:'],
  copyright: ['©', '\\(c\\)', 'copyright(?:\\s+©)?'],
  phoneLabels: ['telefoon(?:nummer)?', 'tel\\.?', 't\\.', 'mobiel', 'bel(?:\\s+ons)?(?:\\s+op)?'],
  representative: ['vertegenwoordiger\\s+in\\s+de\\s+(?:eu|europese\\s+unie)', 'eu-?vertegenwoordiger', 'vertegenwoordiger\\s+\\(?artikel\\s+27'],
  dpoServiceBefore: ['diensten\\s+als', 'dienst\\s+als', '(?:leveren|aanbieden|bieden)\\s+(?:van\\s+)?(?:een\\s+)?(?:externe?\\s+)?'],
  dpoServiceAfter: ['-?diensten', '-?dienst', '-?dienstverlening', 'as\\s+a\\s+service', 'inhuren', 'ondersteuning'],
  otherMatters: [
    'voor\\s+(?:alle\\s+)?(?:andere|overige)\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}*(?:vragen|zaken|verzoeken|kwesties|onderwerpen)',
    'voor\\s+(?:al\\s+)?het\\s+overige', '(?:andere|overige)\\s+(?:\\p{L}+\\s+)?\\p{L}*vragen\\s+(?:kunt|kan|kun)',
  ],
  detailsElsewhere: [
    '(?:via|op|met|aan)\\s+(?:de|het)\\s+(?:hierboven|hieronder|bovenstaande?|onderstaande?|bovengenoemde?|eerder\\s+genoemde?)\\s*(?:vermelde\\s+|genoemde\\s+)?(?:contact)?(?:gegevens|adres|e-?mailadres)',
  ],
  ordinalSuffixes: ['e', 'ste', 'de'],
  weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  productNouns: ['App', 'Applicatie'],
  months: [
    ['januari', 'jan\\.?'], ['februari', 'feb\\.?'], ['maart', 'mrt\\.?', 'mar\\.?'], ['april', 'apr\\.?'], ['mei'], ['juni', 'jun\\.?'],
    ['juli', 'jul\\.?'], ['augustus', 'aug\\.?'], ['september', 'sep\\.?', 'sept\\.?'], ['oktober', 'okt\\.?'], ['november', 'nov\\.?'], ['december', 'dec\\.?'],
  ],
  updatedCues: [
    'laatst(?:e)?\\s+(?:bijgewerkt|gewijzigd|aangepast|herzien|geüpdatet|geupdate|update|wijziging|aanpassing|herziening|versie)',
    'datum\\s+(?:van\\s+(?:de\\s+)?)?(?:laatste\\s+)?(?:wijziging|update|aanpassing|herziening|publicatie)',
    '(?:bijgewerkt|gewijzigd|aangepast|herzien|vastgesteld|gepubliceerd)\\s+op',
    'versie(?:datum)?', 'ingangsdatum', 'datum\\s*:', 'geldig\\s+(?:vanaf|per|sinds)', 'van\\s+kracht\\s+(?:vanaf|per|sinds)', 'in\\s+werking\\s+(?:vanaf|per|sinds)',
  ],
  authorityInformationOnly: ['(?:inspiratie|bron)\\s*:'],
  authorityCompetent: ['(?:bevoegde|verantwoordelijke)\\s+(?:toezichthouder|toezichthoudende\\s+autoriteit)\\s+(?:voor\\s+(?:ons|\\S+)\\s+)?is', 'onze\\s+(?:bevoegde\\s+)?toezichthouder\\s+is'],
  genericAuthority: ['(?:nationale\\s+)?toezichthouder', 'toezichthoudende\\s+autoriteit', 'privacytoezichthouder'],
  // A form on the site as the way to reach the controller (ANNOTATION.md counts it as a contact detail).
  // WordPress's default opening of 'Who we are': "Our website address is: https://…".
  siteAddressCues: ['(?:het\\s+)?adres\\s+van\\s+onze\\s+(?:website|site)\\s+is\\s*:?'],
  contactForms: [
    'contact\\s*:\\s*(?:(?:ons|het|onze)\\s+)?(?:contact|web)?[\\s-]?formulier',
    '(?:via|met|door\\s+middel\\s+van|gebruik\\s+van)\\s+(?:het|ons|onze|de|een)\\s+(?:contact|web|aanvraag|vragen)?[\\s-]?formulier',
    '(?:neem|neemt|nemen|opnemen|contacteer|contacteren|bereik|bereiken)\\s+(?:\\S+\\s+){0,5}?(?:contact|web)?[\\s-]?formulier',
  ],
  nounsCapitalised: false,
};

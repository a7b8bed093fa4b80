import type { ControllerLexicon } from '../../lexicon/controller.js';
import { notNames } from './not-names.js';

const CONTROLLER = 'responsables?\\s+(?:conjoints?\\s+)?(?:du|de|des)\\s+traitements?';

export const controller: ControllerLexicon = {
  notNames,
  namedAfter: [
    // A personal site's author: "Mon nom est Rémi Dupuis.", "Je m'appelle Claire Martin".
    'mon\\s+nom\\s+est', 'je\\s+m[\'’]appelle',
    // "Bienvenue sur le site web de Secret Of Beauty.", "Bienvenue chez Atelier Lune !" (not "Bienvenue sur notre site").
    '^bienvenue\\s+(?:sur|chez)(?:\\s+le\\s+site(?:\\s+(?:web|internet))?\\s+(?:de|d[\'’]|du))?',
    `(?:le\\s+)?${CONTROLLER}(?:\\s+(?:de\\s+)?(?:vos\\s+|des\\s+)?donn[ée]es(?:\\s+(?:personnelles|[àa]\\s+caract[èe]re\\s+personnel))?)?(?:\\s+(?:collect[ée]es|trait[ée]es))?(?:\\s+sur\\s+(?:ce|le)\\s+site)?\\s+(?:est|sont)`,
    '(?:ce|le|la)\\s+(?:pr[ée]sente?\\s+)?(?:site(?:\\s+(?:internet|web))?|service|application|plateforme)\\s+(?:\\S+\\s+)?(?:est|sont)\\s+(?:[ée]dit[ée]e?|exploit[ée]e?|g[ée]r[ée]e?|publi[ée]e?|d[ée]velopp[ée]e?|propos[ée]e?)\\s+par',
    // The app generators' "Ce SERVICE est fourni gratuitement par X": this service is the policy's own. "Le service est
    // fourni par X" may be a service bought in (a recipient).
    'ce\\s+(?:service|site|application)\\s+(?:\\S+\\s+)?(?:est|sont)\\s+fournie?(?:\\s+gratuitement)?\\s+par',
    // "Le responsable de la collecte des données est Arnaud Simonnet, domicilié …".
    '(?:le\\s+|la\\s+)?responsable\\s+de\\s+la\\s+collecte(?:\\s+(?:de\\s+vos|des)\\s+donn[ée]es(?:\\s+personnelles)?)?\\s+(?:est|sont)',
    '(?:l[\'’])?[ée]diteur\\s+(?:du\\s+site|de\\s+(?:ce|la)\\s+(?:site|plateforme|application|service))?\\s*(?:est|:)',
    // The CNIL's model notice: "Les informations recueillies sur ce formulaire sont enregistrées dans un fichier informatisé par X".
    'enregistr[ée]e?s?\\s+dans\\s+un\\s+fichier\\s+(?:informatis[ée]\\s+)?par',
    // "Ce site est la propriété de Marie Durand, photographe".
    '(?:ce|le)\\s+(?:site(?:\\s+(?:internet|web))?|service|application|plateforme)\\s+(?:\\S+\\s+)?(?:est|sont)\\s+(?:la\\s+)?propri[ée]t[ée]\\s+(?:de|d[\'’]|du)',
    '(?:la\\s+)?pr[ée]sente\\s+politique\\s+de\\s+(?:confidentialit[ée]|protection\\s+des\\s+donn[ée]es)\\s+(?:est\\s+celle\\s+)?de',
  ],
  namedBefore: [
    // The organisation as the subject of the processing: "Le Sporting Club d'Epinay (SCE) recueille certaines
    // informations personnelles …", "La Cour constitutionnelle traite vos données personnelles …".
    '(?:recueill|collect|trait)(?:e|ent)\\s+(?:certaines\\s+|des\\s+|vos\\s+|les\\s+|uniquement\\s+|seulement\\s+)?(?:informations|donn[ée]es)\\s+(?:personnelles|[àa]\\s+caract[èe]re\\s+personnel)',
    // The processing verbs listed: "… les modalités dans lesquelles l’association Data For Good collecte, utilise,
    // transfère et protège les données de ses utilisateurs".
    '(?:recueill|collect|trait)(?:e|ent)(?:\\s*,\\s*\\p{L}+){1,4}\\s+et\\s+\\p{L}+\\s+(?:certaines\\s+|des\\s+|vos\\s+|les\\s+)?(?:informations|donn[ée]es)\\s+(?:personnelles|[àa]\\s+caract[èe]re\\s+personnel|de\\s+(?:ses|leurs)\\s+(?:utilisateurs|membres|adh[ée]rents|clients|visiteurs|usagers))',
    // What the organisation is, as its own subject: "Roues Libres est une association loi 1901 …", "Le Comité des Elèves
    // Francophones est une organisation de jeunesse …" (not an app or a site: "Chiche ! est une application …").
    '(?:est|sont)\\s+une?\\s+(?:association|organisation|soci[ée]t[ée]|entreprise|fondation|asbl|coop[ée]rative|mutuelle)(?![\\p{L}])',
    `(?:est|sont|agit|agissent)\\s+(?:\\S+\\s+){0,10}?(?:en\\s+(?:sa|leur)\\s+qualit[ée]\\s+de\\s+|en\\s+tant\\s+que\\s+|comme\\s+)?(?:le\\s+|les\\s+)?${CONTROLLER}`,
    '(?:est|sont)\\s+(?:\\S+\\s+){0,6}?responsables?\\s+(?:du|de\\s+ce|des)\\s+traitements?',
    // The comma in a look-behind: the word anchors allow no pattern to start right after a letter.
    `(?<=,\\s*)(?:en\\s+(?:sa\\s+)?qualit[ée]\\s+de|en\\s+tant\\s+que)\\s+${CONTROLLER}\\s*,`,
    // Without commas, before the verb: "le SLC-CSF en sa qualité de responsable de traitement est amené à collecter …".
    `(?:en\\s+(?:sa|leur)\\s+qualit[ée]\\s+de|en\\s+tant\\s+que)\\s+${CONTROLLER}(?=\\s+(?:est|sont)\\s+amen[ée]e?s?\\s+[àa])`,
    // In apposition: "La Mairie de Villeneuve, responsable de traitement, collecte …".
    `(?<=,\\s*)(?:le\\s+|la\\s+)?${CONTROLLER}\\s*,`,
    // The templates' opening: "Atelier Lune s'engage à protéger vos données personnelles".
    // "L'association X s'engage pour la protection de la vie privée de ses adhérents", "X s'engage à traiter vos
    // données …", "X s'engage à ce que vos données soient traitées …" (CNIL's model).
    's[\'’]engagen?t?\\s+(?:[àa]\\s+(?:prot[ée]ger|respecter|garantir|assurer|traiter|pr[ée]server)|pour)\\s+(?:la\\s+|le\\s+|vos\\s+|votre\\s+)?(?:protection|confidentialit[ée]|donn[ée]es|vie\\s+priv[ée]e|s[ée]curit[ée]|informations\\s+personnelles)',
    's[\'’]engagen?t?\\s+[àa]\\s+ce\\s+que\\s+(?:la\\s+collecte\\s+et\\s+le\\s+traitement\\s+de\\s+)?vos\\s+donn[ée]es',
    // The role at the end of the sentence: "… traitées par l'ASBL Jeunesse et Sport, dont le siège …, en qualité de responsable du traitement."
    `(?<=,\\s*)(?:en\\s+(?:sa\\s+|leur\\s+)?qualit[ée]\\s+de|en\\s+tant\\s+que)\\s+${CONTROLLER}(?=\\s*[.;]?\\s*$)`,
    // The templates' opening, the organisation as its subject: "Geo-6 attache une grande importance à la protection de
    // vos données", "La société Dupont accorde une importance particulière au respect de votre vie privée".
    '(?:attache|attachent|accorde|accordent)\\s+(?:une\\s+)?(?:(?:tr[èe]s\\s+)?grande|toute\\s+(?:son|leur)|la\\s+plus\\s+grande|une\\s+importance\\s+particuli[èe]re|beaucoup\\s+d[\'’])?\\s*importance(?![\\p{L}])',
  ],
  subjectVerbs: ['est', 'sont', 'agit', 'agissent', 'intervient', 'interviennent'],
  controllerLabels: [
    `${CONTROLLER}`,
    // "Le responsable du traitement des données est :" on its own line, the name on the next.
    `(?:le\\s+|la\\s+)?${CONTROLLER}(?:\\s+(?:de\\s+)?(?:vos\\s+|des\\s+)?donn[ée]es(?:\\s+(?:personnelles|[àa]\\s+caract[èe]re\\s+personnel))?)?(?:\\s+(?:est|sont))?`,
    'identit[ée]\\s+(?:et\\s+coordonn[ée]es\\s+)?du\\s+responsable(?:\\s+(?:du|de)\\s+traitement)?',
    '[ée]diteur(?:\\s+du\\s+site)?',
    // "Propriétaire du site :", "Exploitant du site :" (mentions légales); the generators' "Le Propriétaire est : X".
    "(?:(?:le|l['’])\\s*)?(?:propri[ée]taire|exploitant)(?:\\s+(?:du\\s+site|de\\s+(?:ce|la|l['’])\\s*(?:site|plateforme|application|service)))?(?:\\s+est)?",
  ],
  nameLabels: ['(?:nom|d[ée]nomination|raison\\s+sociale)(?:\\s+(?:de\\s+la\\s+|de\\s+l[\'’])?(?:soci[ée]t[ée]|entreprise|organisation|association|organisme))?', 'raison\\s+sociale', 'd[ée]nomination(?:\\s+sociale)?'],
  detailClauses: [
    'dont\\s+le\\s+si[èe]ge', 'ayant\\s+son\\s+si[èe]ge', 'si[èe]ge\\s+social', 'sise?', 'situ[ée]e?', '[ée]tablie?', 'immatricul[ée]e?', 'inscrite?', 'enregistr[ée]e?',
    'au\\s+capital', 'soci[ée]t[ée]\\s+(?:par\\s+actions|anonyme|[àa]\\s+responsabilit[ée])', 'repr[ée]sent[ée]e?\\s+par', 'domicili[ée]e?', 'rcs', 'siren', 'siret', 'association\\s+(?:d[ée]clar[ée]e\\s+)?(?:r[ée]gie\\s+par\\s+la\\s+)?loi\\s+(?:du\\s+1(?:er)?\\s+juillet\\s+)?1901', 'num[ée]ro\\s+d[\'’]entreprise', 'bce', 'ide', 'che-?\\d',
  ],
  tradingAs: ['exer[çc]ant\\s+sous\\s+(?:le\\s+nom|la\\s+d[ée]nomination)(?:\\s+commerciale)?', 'sous\\s+l[\'’]enseigne'],
  tradeNameOf: ['(?:est\\s+)?(?:un\\s+)?nom\\s+commercial\\s+de', '(?:est\\s+)?une\\s+marque\\s+de'],
  operatedBy: [
    '(?:est\\s+)?(?:[ée]dit[ée]e?|exploit[ée]e?|g[ée]r[ée]e?|publi[ée]e?)\\s+par', '(?:est\\s+)?(?:un|une)\\s+(?:site|service|projet|initiative|produit)\\s+(?:de|d[\'’])',
    '(?:est|sont)\\s+(?:plac[ée]e?s?\\s+)?sous\\s+la\\s+responsabilit[ée]\\s+de', '(?:fait|font)\\s+partie\\s+d[eu]', '(?:est|sont)\\s+(?:une\\s+)?(?:filiale|entit[ée])\\s+d[eu]',
  ],
  weAre: ['(?:^|:\\s*)nous\\s+sommes', '(?:^|:\\s*)nous,'],
  hereafter: ['ci-?apr[èe]s(?:\\s+(?:d[ée]nomm[ée]e?|d[ée]sign[ée]e?|appel[ée]e?|nomm[ée]e?))?\\s*:?', 'ci-?dessous(?:\\s+(?:d[ée]nomm[ée]e?|d[ée]sign[ée]e?))?', '(?:d[ée]nomm[ée]e?|d[ée]sign[ée]e?)\\s+ci-?apr[èe]s'],
  firstPerson: ['nous', 'notre', 'nos'],
  pronouns: ['je', 'tu', 'il', 'elle', 'nous', 'vous', 'ils', 'elles', 'on', 'me', 'te', 'lui', 'leur', 'votre', 'vos', 'notre', 'nos', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'leurs'],
  policyTitles: [
    'politique\\s+de\\s+(?:confidentialit[ée]|protection\\s+des\\s+(?:donn[ée]es(?:\\s+personnelles|\\s+[àa]\\s+caract[èe]re\\s+personnel)?|vies?\\s+priv[ée]es?))',
    'charte\\s+(?:de\\s+(?:confidentialit[ée]|protection\\s+des\\s+donn[ée]es)|(?:des\\s+)?donn[ée]es\\s+personnelles|vie\\s+priv[ée]e)',
    'politique\\s+(?:de\\s+)?(?:gestion\\s+des\\s+)?cookies', 'mentions\\s+l[ée]gales', 'protection\\s+des\\s+(?:donn[ée]es(?:\\s+personnelles|\\s+[àa]\\s+caract[èe]re\\s+personnel)?|vies?\\s+priv[ée]es?)',
    'informations?\\s+sur\\s+(?:le\\s+traitement\\s+de\\s+)?(?:vos\\s+)?donn[ée]es(?:\\s+personnelles)?', 'donn[ée]es\\s+personnelles', 'vie\\s+priv[ée]e', 'confidentialit[ée]',
  ],
  titleLinks: ['de', 'du', 'des', "d['’]", 'et', 'pour'],
  articles: ['le', 'la', 'les', "l['’]", 'un', 'une', 'ce', 'cet', 'cette'],
  genericNames: [
    'soci[ée]t[ée]', 'entreprise', 'association', 'organisme', 'organisation', 'responsable', '[ée]diteur', 'site', 'service', 'plateforme', 'application',
    'utilisateurs?', 'nous',
    // A template's unfilled placeholders ("[Nom de la société]", "Votre entreprise").
    'nom\\s+de\\s+(?:la\\s+soci[ée]t[ée]|l[’\']entreprise|l[’\']association)', 'votre\\s+(?:soci[ée]t[ée]|entreprise|nom)', 'pr[ée]nom\\s+(?:et\\s+)?nom', 'jean\\s+dupont',
  ],
  // "l'association loi 1901 « Les Petits Pas »": the kind with its law.
  kindNouns: ['soci[ée]t[ée]', 'entreprise', 'association\\s+(?:de\\s+type\\s+)?(?:d[ée]clar[ée]e\\s+)?(?:r[ée]gie\\s+par\\s+la\\s+)?loi\\s+(?:du\\s+1(?:er)?\\s+juillet\\s+)?1901', 'association', 'structure', 'agence', 'cabinet', 'f[ée]d[ée]ration', 'fondation', 'coop[ée]rative', 'mutuelle', 'maison'],
  publicBodies: ['Minist[èe]re', 'Ministre', 'Secr[ée]tariat', 'Service\\s+public', 'Direction', 'Commune', 'Ville', 'Mairie', 'R[ée]gion', 'D[ée]partement', 'Pr[ée]fecture', 'Agence'],
  publicBodyLink: ['de', 'du', 'des', "de\\s+l['’]", 'de\\s+la'],
  conjunctions: ['et', '&'],
  addressCues: ['(?:dont\\s+le\\s+)?si[èe]ge(?:\\s+social)?\\s+(?:est\\s+)?(?:situ[ée]\\s+)?(?:au|[àa])', 'sise?\\s+(?:au|[àa])', 'situ[ée]e?\\s+(?:au|[àa])', 'domicili[ée]e?\\s+(?:au|[àa])', '(?:adresse(?:\\s+postale)?|si[èe]ge(?:\\s+social)?)\\s*:'],
  copyright: ['©', '\\(c\\)', 'copyright(?:\\s+©)?'],
  phoneLabels: ['t[ée]l[ée]phone', 't[ée]l\\.?', 't\\.', 'appel(?:ez|er)(?:[\\s-]nous)?(?:\\s+au)?', 'num[ée]ro\\s+de\\s+t[ée]l[ée]phone', 'portable'],
  representative: [
    'repr[ée]sentant\\s+(?:l[ée]gal\\s+)?(?:dans|au\\s+sein\\s+de|aupr[èe]s\\s+de)\\s+l[\'’](?:union\\s+europ[ée]enne|ue|union|eee)',
    'repr[ée]sentant\\s+(?:au\\s+sens\\s+de\\s+l[\'’]|en\\s+vertu\\s+de\\s+l[\'’]|\\(?)article\\s+27', 'repr[ée]sentant\\s+(?:dans\\s+l[\'’])?ue',
  ],
  dpoServiceBefore: ['services\\s+de', 'service\\s+de', 'mission\\s+de', '(?:propos(?:e|ons|er)|offr(?:e|ons|ir)|fourni(?:t|ssons|r))\\s+(?:un\\s+)?(?:service\\s+de\\s+)?(?:DPO\\s+)?(?:externe|externalis[ée]|mutualis[ée])?\\s*'],
  dpoServiceAfter: ['-?services?', '\\s+externalis[ée]', '\\s+mutualis[ée]', 'as\\s+a\\s+service', '\\s+en\\s+(?:temps\\s+partag[ée]|externe)', 'accompagnement'],
  otherMatters: [
    'pour\\s+(?:toute|toutes\\s+les|les)\\s+autres?\\s+(?:\\p{L}+\\s+){0,2}?(?:questions?|demandes?|sujets?|r[ée]clamations?)',
    'pour\\s+tout\\s+autre\\s+(?:\\p{L}+\\s+){0,2}?(?:sujet|question|demande|probl[èe]me)',
  ],
  productNouns: ['App', 'Appli', 'Application'],
  months: [
    ['janvier', 'janv\\.?'], ['f[ée]vrier', 'f[ée]vr\\.?'], ['mars'], ['avril', 'avr\\.?'], ['mai'], ['juin'],
    ['juillet', 'juil\\.?'], ['ao[ûu]t'], ['septembre', 'sept\\.?'], ['octobre', 'oct\\.?'], ['novembre', 'nov\\.?'], ['d[ée]cembre', 'd[ée]c\\.?'],
  ],
  // "1er mars 2025", "1ᵉʳ".
  // A form on the site as the way to reach the controller (ANNOTATION.md counts it as a contact detail).
  // WordPress's default opening of 'Who we are': "Our website address is: https://…".
  siteAddressCues: ['l[\'’]adresse\\s+de\\s+notre\\s+site(?:\\s+(?:web|internet))?\\s+est\\s*:?'],
  contactForms: [
    // A channel named for contact as a form is: "en nous contactant via MakeInBelgium.slack.com", "me joindre … via
    // l'espace discussions GitHub".
    "(?:contacter|contactant|contactez|joindre)\\s+(?:\\S+\\s+){0,3}?(?:via|sur)\\s+(?:l['’]espace\\s+(?:\\S+\\s+)?)?(?:[\\p{L}\\p{N}-]+\\.)?(?:github|gitlab|codeberg|slack|discord|matrix|mastodon|forum)(?![\\p{L}])",
    'contact\\s*:\\s*(?:(?:le|notre)\\s+)?formulaire',
    "(?:via|par|gr[âa]ce\\s+[àa]|en\\s+utilisant|au\\s+moyen\\s+(?:du|d[’']un))\\s+(?:le|notre|un|du|ce)?\\s*formulaire\\s+(?:de\\s+contact|en\\s+ligne)",
    '(?:contacter|joindre|[ée]crire)\\s+(?:\\S+\\s+){0,5}?formulaire',
  ],
  // The adjective after the noun of an institution's name: "la Cour constitutionnelle", "l'Assemblée nationale", "le
  // Conseil départemental", "la Liste citoyenne", "l'Institut français" (not an adverb: "la Cour désormais").
  nameAdjectives: [
    '\\p{Ll}{3,}(?:elles?|els?|ales?|aux|iques?|aires?|iennes?|iens?|[ée]ennes?|[ée]ens?|aises?|oises?|ives?|ifs?|istes?|oyennes?)', 'fran[çc]ais',
  ],
  nounsCapitalised: false,
  ordinalSuffixes: ['er', 'ᵉʳ', 'e'],
  updatedCues: [
    '(?:derni[èe]re\\s+)?mise\\s+[àa]\\s+jour(?:\\s+le)?', 'mis(?:e)?\\s+[àa]\\s+jour\\s+le', 'derni[èe]re\\s+(?:modification|r[ée]vision|version)(?:\\s+le)?',
    '(?:modifi[ée]e?|r[ée]vis[ée]e?|actualis[ée]e?)\\s+le', 'version\\s+(?:du|en\\s+vigueur\\s+(?:au|du))', 'en\\s+vigueur\\s+(?:depuis\\s+le|[àa]\\s+compter\\s+du|au|le)', 'date\\s+(?:de\\s+)?(?:derni[èe]re\\s+)?(?:mise\\s+[àa]\\s+jour|modification|entr[ée]e\\s+en\\s+vigueur)',
    'applicable\\s+(?:[àa]\\s+compter\\s+du|depuis\\s+le|au)',
  ],
  authorityInformationOnly: [
    'consult(?:ez|er)\\s+le\\s+site\\s+(?:\\S+\\s+){0,4}?pour\\s+(?:plus|davantage)\\s+d[’\']informations?',
    '(?:plus|davantage)\\s+d[’\']informations?\\s+(?:\\S+\\s+){0,6}?(?:sur\\s+le\\s+site|consult(?:ez|er))',
  ],
  authorityCompetent: ['autorit[ée]\\s+de\\s+contr[ôo]le\\s+comp[ée]tente\\s+(?:pour\\s+(?:nous|\\S+)\\s+)?est', 'notre\\s+autorit[ée]\\s+de\\s+contr[ôo]le\\s+(?:\\S+\\s+)?est'],
  genericAuthority: ['autorit[ée]\\s+(?:de\\s+contr[ôo]le|de\\s+protection\\s+des\\s+donn[ée]es)(?:\\s+comp[ée]tente)?', 'autorit[ée]\\s+comp[ée]tente'],
};

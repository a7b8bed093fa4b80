import type { RecipientsLexicon } from '../../lexicon/recipients.js';

const D = 'donn[ée]es';
const SHARE = "(?:partag(?:e|eons|ent|er|[ée]e?s?)|communiqu(?:e|ons|ent|er|[ée]e?s?)|transmett(?:ons|ent|re)|transmet|transmis(?:es)?|transf[ée]r(?:e|ons|ent|er|[ée]e?s?)|c[ée]d(?:e|ons|ent|er|[ée]e?s?)|vend(?:ons|re)|vendu(?:e|es|s)?|fourni(?:ssons|r|e?s?)|envoy(?:ons|er|[ée]e?s?)|divulgu(?:e|ons|er|[ée]e?s?)|(?:mis|mises)\\s+[àa]\\s+(?:la\\s+)?disposition|donn(?:ons|er)\\s+acc[èe]s)";

export const recipients: RecipientsLexicon = {
  sectionLabels: [
    '(?:autres\\s+)?destinataires?', 'sous[\\s-]traitants?', '(?:ulterieurs?\\s+)?sous[\\s-]traitants?\\s+ult[ée]rieurs?', 'tiers(?!\\s+(?:sites?|liens?|applications?|contenus?))',
    `partage\\s+(?:de\\s+vos\\s+|des\\s+)?(?:${D}|informations)`, `(?:communication|transmission)\\s+(?:de\\s+vos\\s+|des\\s+)?(?:${D}|informations)`,
    'avec\\s+qui', '[àa]\\s+qui', "(?:susceptibles?\\s+d['’]|pouvant\\s+)acc[ée]der\\s+[àa]\\s+(?:vos|ces|les)\\s+donn[ée]es", 'qui\\s+(?:y\\s+)?(?:a|peut\\s+avoir|ont)\\s+acc[èe]s', 'prestataires?(?:\\s+de\\s+services?)?', 'partenaires?',
    'h[ée]bergeurs?', 'h[ée]bergement(?:\\s+(?:du\\s+site|des\\s+donn[ée]es))?',
    // "Services tiers", "Services utilisés", "Partenaires techniques".
    "(?:services|outils)\\s+(?:tiers|utilis[ée]s|externes)", 'partenaires\\s+techniques',
    // "Services que nous utilisons", "Outils auxquels nous faisons appel".
    "(?:services|outils|logiciels|prestataires)\\s*,?\\s+(?:que|auxquels|dont)\\s+(?:nous|j['’]|je)\\s*(?:utilisons|utilise|faisons\\s+appel|fais\\s+appel|avons\\s+recours|ai\\s+recours|nous\\s+servons|me\\s+sers)",
  ],
  sourceSections: ['(?:collect[ée]es?|obtenues?|re[çc]ues?)\\s+(?:aupr[èe]s\\s+)?(?:de|des|d[\'’])', 'sources?\\s+(?:des|de\\s+vos)\\s+donn[ée]es', 'origine\\s+des\\s+donn[ée]es', 'autres\\s+sources'],
  columnHeaders: ['destinataires?', 'partag[ée]e?s?\\s+avec', 'transmises?\\s+[àa]', 'sous[\\s-]traitants?', 'tiers'],
  serviceHeaders: ['prestataire', 'fournisseur', 'service', 'outil', 'sous[\\s-]traitant', 'soci[ée]t[ée]', '[ée]metteur', 'cookie', 'partenaire'],
  nameColumnHeaders: ['sous[\\s-]traitants?', 'prestataires?', 'fournisseurs?', 'soci[ée]t[ée]', 'entit[ée]', 'organisme', 'partenaires?', '[ée]metteur'],
  useBefore: [
    "(?:utilis(?:e|ons|ent|er|ant)|utilis[ée]e?s?|recour(?:s|ons|ir)\\s+(?:[àa]|aux)|a\\s+recours\\s+(?:[àa]|aux)|fai(?:sons|t)\\s+appel\\s+(?:[àa]|aux))",
    "(?:travaill(?:e|ons|er)|collabor(?:e|ons|er))\\s+avec",
    // A request or connection to a known service: "une requête est envoyée à Google Fonts", "une connexion aux serveurs de Google".
    "(?:connexions?|requ[êe]tes?)\\s+(?:\\S+\\s+){0,3}?(?:[àa]|aux?|vers|avec)",
    // Embedded in a page: "La page Contact intègre une carte Google Maps", "intégrée via YouTube".
    "int[èée]gr(?:e|ons|ent|er|ant|[ée]e?s?)",
    `${SHARE}\\s+[^.;:]{0,80}?\\s*(?:avec|[àa]|aux|au)`,
    "(?:h[ée]berg[ée]e?s?|stock[ée]e?s?|trait[ée]e?s?|fourni(?:e|es|s)?|g[ée]r[ée]e?s?|op[ée]r[ée]e?s?|envoy[ée]e?s?|propos[ée]e?s?|d[ée]velopp[ée]e?s?|assur[ée]e?s?|r[ée]alis[ée]e?s?|effectu[ée]e?s?|livr[ée]e?s?|exp[ée]di[ée]e?s?|sauvegard[ée]e?s?|collect[ée]e?s?|d[ée]pos[ée]e?s?|analys[ée]e?s?|enregistr[ée]e?s?|recueilli(?:e|es|s)?|mesur[ée]e?s?|plac[ée]e?s?|install[ée]e?s?|servi(?:e|es|s)?|diffus[ée]e?s?)\\s+(?:\\S+\\s+){0,3}?(?:par|chez|via|sur|aupr[èe]s\\s+de)",
    // "le plug-in du réseau social LinkedIn", "des vidéos YouTube", "les cartes Google Maps".
    "(?:plug-?ins?|modules?|widgets?|boutons?|contenus?|vid[ée]os|cartes|polices(?:\\s+d['’][ée]criture)?)\\s+(?:de\\s+|du\\s+|des\\s+|d['’])?(?:(?:r[ée]seau|service|plateforme)\\s+(?:social\\s+|de\\s+\\S+\\s+)?)?",
    "(?:via|par\\s+l['’]interm[ée]diaire\\s+de|au\\s+moyen\\s+de|gr[âa]ce\\s+[àa]|[àa]\\s+travers)",
    // The service in brackets after the tool it is: "un outil de mesure d'audience est utilisé (Matomo)".
    "(?:utilis[ée]e?s?|int[ée]gr[ée]e?s?)\\s*\\(",
    // Payment methods offered: "Nous acceptons PayPal", "le paiement par carte via Stripe", "paiement par PayPal".
    "(?:nous\\s+acceptons|j['’]accepte)(?:\\s+(?:aussi|[ée]galement|les\\s+paiements\\s+(?:par|via)))?", "(?:paiements?|r[èe]glements?)\\s+(?:en\\s+ligne\\s+)?(?:par|via|avec)",
    // "Le paiement s'effectue via Stripe", "La prise de rendez-vous se fait sur Doctolib".
    "(?:s['’]effectue(?:nt)?|se\\s+fai(?:t|tes|sont)|passe(?:nt)?)\\s+(?:\\S+\\s+)?(?:via|par|sur|avec|chez)",
    "(?:l['’])?h[ée]bergeur\\s+(?:du\\s+site\\s+|de\\s+ce\\s+site\\s+)?(?:est|:)", "h[ée]bergement(?:\\s+du\\s+site)?\\s*:",
    "(?:notre|un|le|nos|les|des)\\s+(?:sous[\\s-]traitants?|h[ée]bergeurs?|prestataires?(?:\\s+de\\s+(?:services?|paiement))?|fournisseurs?|partenaires?|banques?)\\s*,?",
    "services\\s+(?:de|d['’])", "ceux\\s+(?:de|du|d['’])", "(?:cookies?|services?|outils?|solutions?|plateformes?|logiciels?|serveurs?|plug-?ins?|modules?|polices)\\s+(?:de|d['’]|fourni(?:e|es|s)?\\s+par)",
    "(?:tiers|prestataires|services|fournisseurs|sous[\\s-]traitants|partenaires|outils|plateformes?|r[ée]seaux\\s+sociaux)\\s*,?\\s*(?:\\(\\s*)?(?:tels?\\s+que|telles?\\s+que|comme|notamment|par\\s+exemple|ex\\.)",
  ],
  nameCues: [
    // Un autre responsable nommé : "le responsable conjoint est X".
    '(?:co-?)?responsables?\\s+(?:conjoints?|du\\s+traitement\\s+conjoints?)\\s+(?:[^.;:]{0,60}?\\s+)?(?:est|sont)\\s*:?',
    // En exemple d’un type d’organisme : "des organismes tels que la CNAM".
    '(?:organismes|autorit[ée]s|administrations|f[ée]d[ée]rations|associations)\\s*,?\\s*(?:tels?\\s+que|telles?\\s+que|comme|notamment|par\\s+exemple)',
    // Un système ou service nommé : "hébergées sur une plateforme appelée HelloAsso".
    '(?:syst[èe]me|plateforme|logiciel|service|application|outil|base\\s+de\\s+donn[ée]es)\\s+(?:appel[ée]e?|nomm[ée]e?|d[ée]nomm[ée]e?)',
    "nous\\s+(?:utilisons|avons\\s+recours\\s+[àa]|faisons\\s+appel\\s+[àa]|recourons\\s+[àa])",
    // The same in the first person singular of a freelancer's or a blogger's site: "J'utilise Fathom", "je fais appel à Malt".
    "(?:j['’](?:utilise|ai\\s+recours\\s+[àa])|je\\s+(?:fais\\s+appel|recours)\\s+[àa])(?:\\s+(?:aussi|[ée]galement|notamment))?",
    // "La prise de rendez-vous se fait via Agendize", "Le paiement s'effectue sur Payplug".
    "(?:s['’]effectue(?:nt)?|se\\s+fai(?:t|sont))\\s+(?:\\S+\\s+)?(?:via|par|sur|chez|avec)",
    // A tool the controller names as its own: "notre logiciel de gestion Kalizea", "l'outil Plausible".
    "(?:notre|nos)\\s+(?:logiciel|outil|plateforme|application|solution)s?\\s+(?:de\\s+[\\p{L}-]+\\s+|d['’][\\p{L}-]+\\s+)?", "l['’]outil",
    "(?:h[ée]berg[ée]e?s?|stock[ée]e?s?|trait[ée]e?s?|sauvegard[ée]e?s?)\\s+(?:par|chez|sur)",
    // Un service fourni par un tiers nommé : "service fourni par X" (pas "proposé", "édité" ou "exploité par" : un site
    // l'est par son responsable).
    "fourni(?:e|es|s)?\\s+par",
    "(?:r[ée]alis[ée]e?s?|effectu[ée]e?s?|envoy[ée]e?s?|g[ée]r[ée]e?s?|assur[ée]e?s?)\\s+(?:via|par|gr[âa]ce\\s+[àa])",
    "(?:plug-?ins?|modules?|widgets?)\\s+(?:du\\s+r[ée]seau\\s+social|de)",
    "(?:notre|un|le|au|du)\\s+(?:sous[\\s-]traitant|h[ée]bergeur|prestataire(?:\\s+de\\s+(?:services?|paiement))?)\\s*,?",
    // The tool after a preposition of means: "transitent par le service Getform", "via la plateforme Zenchef".
    "(?:par|via|avec)\\s+(?:le\\s+service|la\\s+plateforme|la\\s+solution)",
    `${SHARE}\\s+[^.;:]{0,60}?(?:${D}|informations)\\s+(?:avec|[àa]|aux|au)`,
    "(?:l['’])?h[ée]bergeur\\s+(?:du\\s+site\\s+|de\\s+ce\\s+site\\s+)?(?:est|:)",
    "h[ée]bergement\\s*:",
    // The data as the subject, the verb before the name: "Les données de réservation sont partagées avec Doctolib".
    '(?:sont|seront|est|sera)\\s+(?:uniquement\\s+|notamment\\s+|[ée]galement\\s+)?(?:partag[ée]e?s?|transmise?s?|communiqu[ée]e?s?|transf[ée]r[ée]e?s?|confi[ée]e?s?)\\s+(?:uniquement\\s+|notamment\\s+|[ée]galement\\s+)?(?:avec|[àa]|aux|au)',
  ],
  filler: ['le', 'la', 'les', "l['’]", 'un', 'une', 'des', 'du', 'de', "d['’]", 'notre', 'nos', 'services?\\s+(?:de|d[\'’])', 'soci[ée]t[ée]', 'outils?\\s+(?:comme|tels?\\s+que)', 'tels?\\s+que', 'telles?\\s+que', 'comme', 'notamment', 'par\\s+exemple', 'aussi', 'également', 'autres?', 'certain(?:e|s|es)?', 'quelques'],
  // Le service sujet de ce qui arrive aux données : "Google Analytics dépose des cookies", "Stripe collecte vos données".
  handlesAfter: [
    '\\s+(?:(?:peut|va|pourra|pourront)\\s+)?(?:collecte|traite|stocke|re[çc]oit|d[ée]pose|utilise|analyse|enregistre|recueille|conserve|h[ée]berge|place|collectent|traitent|d[ée]posent|utilisent)\\s+(?:\\S+\\s+){0,4}?(?:donn[ée]es|informations|cookies?|traceurs|adresses?|vos|votre|utilisateurs?|visiteurs?)(?![\\p{L}])',
  ],
  readerSubjects: ['vous', 'utilisateurs?', 'visiteurs?', 'internautes?'],
  roleAfter: [
    // "Booqable (notre système de réservation)".
    '\\s*\\(\\s*(?:notre|nos|mon|ma)\\s+[^()]{1,40}\\)',
    '\\s*\\(\\s*sous[\\s-]traitant\\s*\\)',
    // Its role in brackets: "Mailjet (fournisseur d'e-mails)", "Stripe (prestataire de paiement)".
    "\\s*\\(\\s*(?:fournisseur|prestataire|h[ée]bergeur|plateforme|outil|solution|service)\\s+(?:de\\s+|d['’]|du\\s+|des\\s+)[^()]{1,40}\\)",
    '\\s*,?\\s*(?:en\\s+(?:sa\\s+)?(?:qualit[ée]|tant\\s+que)\\s+(?:de\\s+)?|notre|un|agissant\\s+en\\s+tant\\s+que)\\s*(?:sous[\\s-]traitant|prestataire|h[ée]bergeur)',
    '\\s+(?:traite|re[çc]oit|h[ée]berge|stocke)\\s+[^.;:]{0,60}?pour\\s+(?:notre\\s+compte|le\\s+compte\\s+de)',
  ],
  listLeads: [
    "(?:utilis(?:e|ons)|recour(?:s|ons)\\s+[àa]|fai(?:sons|t)\\s+appel\\s+[àa]|travaill(?:e|ons)\\s+avec)\\s+[^.;]{0,40}?suivant(?:e|s|es)",
    "(?:les|nos)\\s+(?:sous[\\s-]traitants|destinataires|prestataires|partenaires|tiers|organismes|soci[ée]t[ée]s|services|outils|fournisseurs)\\s+suivant(?:e)?s",
    "(?:utilis(?:e|ons)|recour(?:s|ons)\\s+[àa]|fai(?:sons|t)\\s+appel\\s+[àa]|travaill(?:e|ons)\\s+avec)\\s+[^.;:]{0,60}?(?:services|prestataires|fournisseurs|outils|partenaires|soci[ée]t[ée]s|sous[\\s-]traitants|plateformes)",
    `${SHARE}\\s+[^.;:]{0,80}?(?:avec|[àa]|aux)`,
    "destinataires?\\s+[^.;:]{0,60}?(?:sont|est)",
    "(?:susceptibles?\\s+d['’]|pouvant\\s+)?acc[ée]der\\s+[àa]\\s+(?:vos|ces|les)\\s+donn[ée]es",
  ],
  nameLinks: ['de', 'du', 'des', 'de\\s+la', "de\\s+l['’]", 'pour'],
  itemPrepositions: ['[àa]', 'au', 'aux', 'avec', 'via', 'par', 'chez'],
  apposition: ['le', 'la', 'les', "l['’]", 'un', 'une', 'notre', 'nos', 'qui', 'dont', 'lequel', 'laquelle'],
  itemVerbs: ['h[ée]berge|traite|envoie|fournit|g[èe]re|stocke|re[çc]oit|assure|mesure|analyse|permet', 'nous\\s+utilisons'],
  nounEndings: [
    'donn[ée]es', 'informations', 'prestataires?', 'services?', 'agences?', 'autorit[ée]s?', 'soci[ée]t[ée]s?', 'partenaires?', 'fournisseurs?', 'conseils?',
    'assureurs?', 'personnels?', 'salari[ée]s', 'membres', 'clients', 'visiteurs', 'parents', '[ée]coles?', 'imprimeurs?', 'transporteurs?', 'banques', 'sous-?traitants?',
    'finalit[ée]s?', 'droits', 'cookies?', 'dur[ée]es?', '[ée]quipes?', 'services', 'direction', 'bureau', 'conseil', 'administrateurs?', 'tiers',
  ],
  categoryHeads: [
    'organismes', 'autorit[ée]s', 'prestataires', 'partenaires', 'soci[ée]t[ée]s', 'fournisseurs', 'administrations', 'institutions',
    'destinataires', 'assureurs', 'professionnels',
  ],
  lawfulDemand: [
    '(?:si|lorsque|dans\\s+la\\s+mesure\\s+o[ùu]|quand)\\s+(?:[\\p{L}\'’]+\\s+){0,3}?(?:la\\s+loi\\s+(?:l[\'’])?(?:exige|impose|oblige)|(?:l[ée]galement|r[ée]glementairement)\\s+(?:tenus?|oblig[ée]s?|contraints?)|exig[ée]\\s+par\\s+la\\s+loi)',
    '(?:sur|en\\s+vertu\\s+d[\'’]une)\\s+(?:r[ée]quisition|d[ée]cision\\s+de\\s+justice|demande\\s+(?:des\\s+autorit[ée]s|judiciaire))',
    '(?:en\\s+cas\\s+de|sur)\\s+r[ée]quisitions?',
  ],
  sourceBefore: [
    "(?:re[çc](?:evons|oit|ues?|us)|obten(?:ons|ir)|obtenues?|import(?:ons|[ée]e?s?))\\s+[^.;:]{0,80}?\\s*(?:aupr[èe]s\\s+d[eu]|aupr[èe]s\\s+des|de\\s+la\\s+part\\s+d[eu]|via|[àa]\\s+travers|par\\s+l['’]interm[ée]diaire\\s+d[eu])",
    // Collectées auprès d'une source ; collectées "via" un outil le sont par cet outil ("statistiques collectées via Google Analytics").
    "(?:collect(?:ons|e|[ée]e?s?)|recueill(?:ons|ies?|is))\\s+[^.;:]{0,80}?\\s*(?:aupr[èe]s\\s+d[eu]|aupr[èe]s\\s+des|de\\s+la\\s+part\\s+d[eu])",
    'nous\\s+(?:sont|a\\s+[ée]t[ée]|ont\\s+[ée]t[ée])\\s+(?:transmises?|communiqu[ée]es?|fournies?)\\s+par',
  ],
  sourceAfter: ['\\s+(?:est|constitue)\\s+(?:une|notre)\\s+sources?'],
  internalAfter: ['\\s*[,(]?\\s*(?:une\\s+)?(?:filiale|division|d[ée]partement|entit[ée])\\s+d[eu]'],
  operatorBefore: ['(?:est|sont)\\s+(?:exploit[ée]e?s?|g[ée]r[ée]e?s?|administr[ée]e?s?|[ée]dit[ée]e?s?)\\s+par'],
  // The service's name as the title of its data processing terms (written in English in every language).
  documentAfter: ['(?:\\s*/\\s*[\\p{L}\\p{N}]+)?\\s+data\\s+processing\\s+(?:terms|agreement|addendum)(?![\\p{L}])'],
  notReceiving: [
    // Le stockage ou le compte propre du lecteur : "votre propre espace de stockage (comme iCloud)".
    'votre\\s+propre\\s+(?:cloud|espace|stockage|compte)',
    // Who made the site: "Le site a été réalisé par l'agence X", "site conçu par".
    "(?:site|application)\\s+(?:\\S+\\s+){0,3}?(?:r[ée]alis[ée]e?|con[çc]ue?|d[ée]velopp[ée]e?|cr[ée]{2}e?)\\s+par",
    'boutons?\\s+(?:de\\s+partage|j[\'’]aime|sociaux)', 'boutons?\\s+(?:des\\s+)?r[ée]seaux\\s+sociaux', 'liens?\\s+(?:hypertextes?\\s+)?vers', 'redirig[ée]e?s?'],
  disabledAfter: ['\\s+(?:est|sont|a\\s+[ée]t[ée]|ont\\s+[ée]t[ée])\\s+(?:d[ée]sactiv[ée]e?s?|supprim[ée]e?s?)'],
  categories: [
    'tiers(?!\\s+(?:sites?|liens?))', 'partenaires?(?:\\s+(?:commerciaux|techniques))?', 'prestataires?(?:\\s+(?:de\\s+services?|techniques?|informatiques?|de\\s+paiement|d[\'’]h[ée]bergement|externes?))?',
    'sous[\\s-]traitants?', 'h[ée]bergeurs?', 'fournisseurs?(?:\\s+de\\s+services?)?', 'transporteurs?', 'services?\\s+postaux', 'la\\s+poste',
    'expert(?:s)?[\\s-]comptables?', 'commissaires?\\s+aux\\s+comptes', 'avocats?', 'auditeurs?', 'conseils?', 'assureurs?', 'banques?', '[ée]tablissements?\\s+bancaires?',
    'autorit[ée]s?(?:\\s+(?:judiciaires?|administratives?|publiques?|fiscales?|comp[ée]tentes?))?', 'administrations?(?:\\s+fiscales?)?', 'juridictions?', 'tribunaux', 'forces?\\s+de\\s+l[\'’]ordre', 'services?\\s+de\\s+police',
    'organismes?(?:\\s+(?:publics?|sociaux|de\\s+s[ée]curit[ée]\\s+sociale))?', 'soci[ée]t[ée]s?\\s+du\\s+groupe', 'filiales', 'annonceurs', 'r[ée]gies?\\s+publicitaires?',
    'services?\\s+internes?', 'personnels?\\s+habilit[ée]s?',
  ],
  categoryBefore: ['(?:avec|[àa]|aux|au)'],
  shareVerbs: [
    "partag(?:e|eons|ent|er|[ée]e?s?)", "communiqu(?:e|ons|ent|er|[ée]e?s?)", "transmett(?:ons|ent|re)", 'transmet', 'transmis(?:es)?', "transf[ée]r(?:e|ons|ent|er|[ée]e?s?)",
    "c[ée]d(?:e|ons|ent|er|[ée]e?s?)", 'vend(?:ons|re|ent)', 'vendu(?:e|es|s)?', 'lou(?:ons|er)', "fourni(?:ssons|r|e?s?)", "envoy(?:ons|er|[ée]e?s?)", 'divulgu\\p{L}*',
    'acc[èe]s', 'acc[ée]d(?:er|ent)', '(?:mis|mises|mettre|mettons)\\s+[àa]\\s+(?:la\\s+)?disposition', 'destinataires?', 'sous-?trait\\p{L}*',
  ],
  categoryCue: ['nous\\s+(?:pouvons\\s+)?(?:utilisons|faisons\\s+appel\\s+[àa]|recourons\\s+[àa]|avons\\s+recours\\s+[àa])'],
  categoryAfter: ['\\s+(?:qui|agissant)\\s+(?:traitent|traite|interviennent|intervient|agissent|agit|fournissent|nous\\s+aident|pour\\s+notre\\s+compte)'],
  categoryNotBefore: ['de', 'des', 'aupr[èe]s\\s+des?', 'par'],
  noneWords: ['n/?a', 'aucun(?:e)?', 'n[ée]ant', 'personne', '-'],
  processorWords: ['sous[\\s-]traitants?', 'pour\\s+(?:notre\\s+compte|le\\s+compte\\s+d[eu])', 'prestataires?(?:\\s+de\\s+services?)?', 'h[ée]berg[ée]e?s?', 'h[ée]bergement', 'h[ée]bergeurs?'],
  controllerStatements: [
    'est\\s+(?:le\\s+)?responsable\\s+(?:du|de|des)\\s+traitements?', 'sont\\s+(?:les\\s+)?responsables\\s+(?:du|des)\\s+traitements?', 'en\\s+(?:sa\\s+)?qualit[ée]\\s+de\\s+responsable',
    'en\\s+tant\\s+que\\s+responsable', 'respecte\\s+votre\\s+vie\\s+priv[ée]e', '(?:attache|accorde)\\s+une\\s+(?:grande\\s+)?importance',
  ],
  ownAccount: ['(?:votre|ton)\\s+(?:compte|profil|abonnement|espace)\\s+(NAME)'],
  titleWords: ['politique', 'de', 'confidentialit[ée]', 'protection', 'des', 'donn[ée]es', 'personnelles', 'charte', 'cookies?', 'vie', 'priv[ée]e', 'mentions', 'l[ée]gales', 'et', 'du', 'la', 'le'],
  roleLabels: ["(?:nom\\s+(?:de\\s+l['’]|du\\s+))?(?:h[ée]bergeur|fournisseur|prestataire|sous[\\s-]traitant|destinataire)s?(?:\\s+(?:de|du|d['’])\\s*[\\p{L}'’ -]{1,30})?"],
  nameOpeners: ['pour', 'par', 'via', 'avec', 'chez', '[àa]', 'au', 'aux', 'sur', 'voir'],
  labelWords: [
    'n[ée]cessaires?', 'essentiels?', 'fonctionnels?', 'techniques?', 'statistiques?', 'analytiques?', 'publicitaires?', 'marketing', 'performance',
    'pr[ée]f[ée]rences?', 'strictement', 'mesure', 'audience', 'personnalisation', 'cookies?', 'traceurs?',
  ],
  dataWords: ['e-?mails?', 'courriels?', 't[ée]l[ée]phone', 'donn[ée]es', 'informations', 'contenus?', 'comptes?', 'site', 'service', 'politique', 'conditions', 'formulaire', 'page', '[ée]quipe', 'd[ée]l[ée]gu[ée]', 'utilisateurs?', 'programmes?', 'param[èe]tres'],
  selfHosting: [
    // "hébergé par nous-mêmes", "sans l'intervention de tiers".
    '(?:h[ée]berg|op[ée]r|g[ée]r|install)\\S*\\s+(?:\\S+\\s+){0,3}?(?:par\\s+)?nous-m[êe]mes', 'sans\\s+(?:l[\'’](?:intervention|aide)|recours)\\s+(?:de|à|a)\\s+(?:des\\s+)?tiers',
    'open[\\s-]?source', 'logiciel\\s+libre', 'sur\\s+nos\\s+(?:propres\\s+)?serveurs', 'auto-?h[ée]berg[ée]e?s?', 'h[ée]berg[ée]e?s?\\s+(?:en\\s+)?local(?:ement)?', '(?:install[ée]e?s?|charg[ée]e?s?|int[ée]gr[ée]e?s?)\\s+localement', 'aucune\\s+connexion\\s+(?:n[\'’]est\\s+[ée]tablie\\s+)?(?:avec|aux?)\\s+(?:les\\s+)?serveurs'],
};

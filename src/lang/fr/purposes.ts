import type { PurposeLexicon, LegalBasisLexicon, InterestLexicon } from '../../lexicon/purposes.js';

const D = 'donn[ée]es';
const CONSENT = 'consentement';

export const purposes: PurposeLexicon = {
  phrases: {
    payment: ['(?:traitement|gestion|traiter|g[ée]rer)\\s+(?:de\\s+vos\\s+|des\\s+|vos\\s+|les\\s+)?paiements?', 'paiements?', 'facturation', 'factur(?:er|es?)', 'encaissements?', 'recouvrement'],
    contact: [
      '(?:vous\\s+)?(?:contacter|recontacter|r[ée]pondre)', '(?:r[ée]ponses?|r[ée]pondre)\\s+[àa]\\s+(?:vos|votre|toute)\\s+(?:demandes?|questions?|messages?|sollicitations?)',
      '(?:traitement|gestion|suivi)\\s+(?:de\\s+vos|des)\\s+(?:demandes?|questions?|messages?|sollicitations?)(?:\\s+de\\s+contact)?', 'demandes?\\s+de\\s+(?:contact|renseignements?|devis|information)',
      "prise\\s+de\\s+contact", '(?:rester|se\\s+mettre|entrer|(?:vous\\s+)?mettre)\\s+en\\s+(?:contact|relation)', '(?:vous\\s+)?tenir\\s+inform[ée]e?s?', 'formulaire\\s+de\\s+contact', 'correspondre\\s+avec\\s+vous', '[ée]changer\\s+avec\\s+vous',
    ],
    service_delivery: [
      '(?:fournir|fourniture|assurer|proposer|d[ée]livrer)\\s+(?:de\\s+|du\\s+|le\\s+|les\\s+|nos\\s+|des\\s+|l[\'’])?(?:\\p{L}+\\s+){0,2}(?:services?|prestations?|produits?|contenus?)',
      '(?:gestion|traitement|ex[ée]cution|suivi|livraison)\\s+(?:de\\s+vos\\s+|des\\s+|de\\s+la\\s+|de\\s+votre\\s+)?(?:commandes?|livraisons?|r[ée]servations?|abonnements?|contrats?)',
      '(?:ex[ée]cution|gestion)\\s+(?:du|de\\s+nos|des)\\s+(?:services?|prestations?)', 'fonctionnement\\s+(?:du|des|de\\s+(?:notre|nos|la|l[\'’]|cette|ce))\\s*(?:site|service|plateforme|application)s?',
      '(?:acc[ée]der|acc[èe]s)\\s+(?:au|aux|[àa]\\s+la|[àa]\\s+l[\'’])\\s*(?:services?|plateforme|application|espace)', 'mise\\s+[àa]\\s+disposition\\s+(?:\\S+\\s+){0,4}?(?:d[\'’]un|du|des|de\\s+la|de\\s+l[\'’])\\s*(?:services?|plateforme|application|outils?)', 'relation\\s+client(?:[èe]le)?', 'gestion\\s+(?:de\\s+la\\s+)?client[èe]le',
    ],
    account: ['(?:cr[ée]ation|cr[ée]er|gestion|g[ée]rer|ouverture|ouvrir)\\s+(?:de\\s+|d[\'’]|du\\s+|des\\s+|votre\\s+|un\\s+)?(?:votre\\s+|un\\s+|vos\\s+)?(?:comptes?|espaces?)(?:\\s+(?:client|personnel|utilisateur|membre))?', 'inscriptions?', 'adh[ée]sions?', 'vous\\s+identifier', 'authentification', 'votre\\s+compte', 'espace\\s+personnel'],
    newsletter: ['newsletters?', 'lettres?\\s+d[\'’]information', 'infolettres?', 'lettres?\\s+d[\'’]actualit[ée]s?', 'listes?\\s+de\\s+diffusion', 'bulletins?(?:\\s+d[\'’]information)?'],
    marketing: ['prospection(?:\\s+commerciale)?', 'marketing(?:\\s+direct)?', 'communications?\\s+(?:commerciales?|promotionnelles?|marketing)', 'offres?\\s+(?:commerciales?|promotionnelles?|personnalis[ée]es)', 'sollicitations?\\s+commerciales?', 'fins?\\s+commerciales?', 'promotion'],
    analytics: [
      'statistiques?', 'mesures?\\s+d[\'’]audience', 'mesurer\\s+(?:l[\'’]audience|la\\s+fr[ée]quentation|le\\s+trafic)', 'analys(?:e|es|er)\\s+(?:\\p{L}+\\s+){0,3}(?:fr[ée]quentation|trafic|audience|navigation|utilisation|usages?)',
      'analytiques?', 'fr[ée]quentation', 'comprendre\\s+(?:comment|la\\s+mani[èe]re\\s+dont)\\s+(?:les\\s+)?(?:utilisateurs|visiteurs|vous)',
    ],
    website_improvement: ['am[ée]lior(?:er|ation)\\s+(?:de\\s+|d[\'’]|du\\s+|des\\s+)?(?:(?:la|le|les|nos|notre|l[\'’]|ce|cette|ces)\\s*)?(?:\\p{L}+\\s+){0,2}(?:site|services?|produits?|plateforme|exp[ée]rience|application|offres?)', 'optimis(?:er|ation)', 'exp[ée]rience\\s+utilisateur', 'ergonomie'],
    legal_obligation: [
      '(?:respect(?:er)?|satisfaire|r[ée]pondre)\\s+(?:[àa]\\s+)?(?:de\\s+|des\\s+|nos\\s+|aux\\s+|[àa]\\s+nos\\s+)?obligations?\\s+(?:l[ée]gales?|r[ée]glementaires?|comptables?|fiscales?)',
      'obligations?\\s+l[ée]gales?(?:\\s+et\\s+r[ée]glementaires?)?', 'obligations?\\s+(?:comptables?|fiscales?)', 'comptabilit[ée]', 'exigences?\\s+l[ée]gales?', 'conform[ée]ment\\s+[àa]\\s+la\\s+(?:loi|l[ée]gislation|r[ée]glementation)',
    ],
    security: ['s[ée]curit[ée]', 's[ée]curiser', 'lutte\\s+contre\\s+la\\s+fraude', 'pr[ée]vention\\s+(?:de\\s+la\\s+fraude|des\\s+fraudes|des\\s+abus)', 'fraudes?', 'abus', 'pr[ée]venir\\s+(?:la\\s+fraude|les\\s+abus)', 'int[ée]grit[ée]'],
    recruitment: ['recrutements?', 'candidatures?', 'offres?\\s+d[\'’]emploi', 'postuler', 'embauche'],
    events: ['[ée]v[ée]nements?', 'manifestations?', 'conf[ée]rences?', 'invitations?', 'webinaires?', 's[ée]minaires?', 'ateliers?', 'formations?'],
    support: ['support(?:\\s+technique)?', 'service\\s+client(?:[èe]le)?', 'assistance(?:\\s+technique)?', 'service\\s+apr[èe]s[\\s-]vente', 'sav', 'r[ée]clamations?', 'd[ée]pannage'],
    personalisation: ['personnalis(?:er|ation|[ée]e?s?)', 'adapter\\s+(?:nos|le|les)\\s+(?:contenus?|services?|offres?)', 'recommandations?', 'vos\\s+pr[ée]f[ée]rences'],
    advertising: ['publicit(?:[ée]s?|aires?)', 'publicit[ée]\\s+cibl[ée]e', 'annonces?', 'ciblage', 'reciblage', 'retargeting'],
    administration: ['administrati(?:on|f|ve|ves|fs)', 'gestion\\s+(?:administrative|interne|des\\s+membres|des\\s+adh[ée]rents)', 'tenue\\s+(?:des\\s+)?(?:registres?|comptes)', 'archivage'],
    research: ['recherche(?:\\s+scientifique)?', 'enqu[êe]tes?', '[ée]tudes?', 'sondages?'],
  },
  markers: ['pour', 'afin\\s+(?:de|d[\'’])', 'dans\\s+le\\s+but\\s+(?:de|d[\'’])', 'en\\s+vue\\s+(?:de|d[\'’])', 'aux\\s+fins\\s+(?:de|d[\'’])', '[àa]\\s+des\\s+fins\\s+(?:de|d[\'’])', 'dans\\s+le\\s+cadre\\s+(?:de|d[eu]|des)', 'pour\\s+les\\s+besoins\\s+(?:de|d[eu]|des)',
    // "Les données collectées servent à répondre à vos demandes", "exploitées à des fins statistiques".
    'ser(?:t|vent|vira|viront)\\s+(?:uniquement\\s+|exclusivement\\s+|notamment\\s+)?(?:[àa]|au|aux)', '[àa]\\s+des\\s+fins'],
  strongMarkers: ['afin\\s+(?:de|d[\'’])', 'dans\\s+le\\s+but\\s+(?:de|d[\'’])', 'en\\s+vue\\s+(?:de|d[\'’])', 'aux\\s+fins\\s+(?:de|d[\'’])', '[àa]\\s+des\\s+fins\\s+(?:de|d[\'’])', 'pour(?=\\s+(?:vous|nous|le|la|les|l[\'’])?\\s*\\p{L}+(?:er|ir|re)(?![\\p{L}]))'],
  purposeWords: ['fins?', 'finalit[ée]s?', 'objectifs?', 'buts?'],
  clauseEnds: ['et\\s+(?:pour|afin)', 'ou\\s+(?:pour|afin)', 'mais', 'si', 'sauf', 'lorsque'],
  statementVerbs: [
    'utilis(?:e|ons|ent|er|[ée]e?s?)', 'trait(?:e|ons|ent|er|[ée]e?s?)', 'collect(?:e|ons|ent|er|[ée]e?s?)', 'recueill(?:e|ons|ent|ir|ies?|is)', 'envoy(?:er|ons|[ée]e?s?)', 'envoi',
    'conserv(?:e|ons|ent|er|[ée]e?s?)', 'servent', 'sert', 'permett(?:ent|re)', 'permet', 'n[ée]cessaires?', 'exploit(?:e|ons|ent|er|[ée]e?s?)',
  ],
  dataWords: [`${D}(?:\\s+(?:personnelles|[àa]\\s+caract[èe]re\\s+personnel))?`, 'informations', 'adresses?\\s+(?:e-?mail|[ée]lectroniques?)'],
  sharingCues: ['tiers', 'partag(?:e|ons|ent|er|[ée]e?s?)\\s+(?:\\p{L}+\\s+){0,5}avec', 'communiqu(?:e|ons|ent|er|[ée]e?s?)\\s+(?:\\p{L}+\\s+){0,5}[àa]', 'transmi(?:s|ses|ses)\\s+[àa]', 'transmett(?:ons|re)\\s+(?:\\p{L}+\\s+){0,5}[àa]', 'destinataires?', 'sous-?traitants?'],
  notPurpose: [
    'mesures?\\s+(?:techniques|organisationnelles|de\\s+s[ée]curit[ée]|appropri[ée]es)(?:\\s+et\\s+organisationnelles)?',
    `(?:ne\\s+(?:collecte|collectons|traite|traitons)|n['’](?:utilise|utilisons))\\s+(?:\\p{L}+\\s+)?(?:aucune|pas\\s+de)\\s+${D}`, `aucune\\s+${D}\\s+(?:personnelle\\s+)?n['’]est`,
  ],
  activityVerbs: ['envoy(?:er|ons)', 'envoie', 'affich(?:er|ons|e)', 'organis(?:er|ons|e)', 'r[ée]alis(?:er|ons|e)', 'men(?:er|ons)', 'adress(?:er|ons)', 'proposer', 'proposons'],
  statementOpeners: [
    '(?:a|ont|avoir|auront|aura)\\s+(?:pour|comme)\\s+(?:seule?s?\\s+|principale?s?\\s+|unique\\s+)?(?:finalit[ée]s?|objets?|objectifs?|buts?)(?:\\s+(?:de|d[\'’]))?',
    '(?:ne\\s+(?:sont|seront|sera|est)\\s+)?(?:utilis[ée]e?s?|trait[ée]e?s?|collect[ée]e?s?)\\s+(?:uniquement\\s+|exclusivement\\s+)?(?:que\\s+)?(?:pour|dans\\s+le\\s+but\\s+de|afin\\s+de|aux\\s+fins\\s+de)',
    '(?:sont|est)\\s+(?:uniquement\\s+|exclusivement\\s+)?destin[ée]e?s?\\s+[àa]','(?:la|les)\\s+(?:principale?s?\\s+|seule?s?\\s+)?finalit[ée]s?\\s+(?!de\\s+(?:la\\s+)?(?:pr[ée]sente|cette)\\s+politique)(?:(?:de|du|des)\\s+(?:\\p{L}+\\s+){1,4})?(?:est|sont)', "l['’]objectif\\s+(?:\\p{L}+\\s+){0,4}est"],
  listIntro: [
    '(?:finalit[ée]s|fins)\\s+suivantes\\s*:', 'finalit[ée]s?\\s+(?:sont|est|suivantes?)\\s*:', '(?:utilis(?:e|ons|[ée]e?s?)|trait(?:e|ons|[ée]e?s?)|collect(?:e|ons|[ée]e?s?))\\s+(?:\\S+\\s+){0,8}?(?:pour|afin\\s+de)\\s*:',
    'afin\\s+de\\s*:', 'pour\\s*:', 'finalit[ée]s?\\s*:',
  ],
  // "la tenue de la liste des membres", "l'encaissement des cotisations", "envoyer la newsletter", "organiser les entraînements".
  // Two activities joined ("Traitement et expédition des commandes") and an activity about something ("Communication liée à votre
  // commande", "Information relative aux activités").
  activityItems: ["(?:la\\s+|le\\s+|l['’]\\s*)?\\p{L}+(?:tion|ment|ance|ence|ue|oi)\\s+(?:de|des|du|d['’])(?![\\p{L}])",
    "(?:la\\s+|le\\s+|l['’]\\s*)?\\p{L}+(?:tion|ment|ance|ence|age)\\s+(?:et|ou)\\s+(?:la\\s+|le\\s+|l['’]\\s*)?\\p{L}+(?:tion|ment|ance|ence|age|ure|ue|oi)\\s+(?:de|des|du|d['’])(?![\\p{L}])",
    "(?:la\\s+|le\\s+|l['’]\\s*)?\\p{L}+(?:tion|ment|ance|ence|age)s?\\s+(?:li[ée]e?s?|relati(?:f|ve|fs|ves))\\s+(?:[àa]|aux?)(?![\\p{L}])", '\\p{L}{3,}(?:er|ir)\\s+(?:la|le|les|l[\'’]|des|du|de|vos|votre|nos|notre|aux?|vous)(?![\\p{L}])'],
  metaItems: ['(?:les|des|ces)\\s+finalit[ée]s\\s+(?:d[ée]crites|mentionn[ée]es|indiqu[ée]es|pr[ée]cit[ée]es|ci-dessus)', 'autres\\s+finalit[ée]s'],
  fieldLabel: ['finalit[ée]s?(?:\\s+du\\s+traitement)?', 'objectifs?'],
  // Also "Utilisation", "But", "Raison de la collecte", "Motif" and a register's "Traitement" column ("Gestion des commandes").
  columnHeader: ['finalit[ée]s?(?:\\s+(?:du|des)\\s+traitements?)?', 'objectifs?', 'pourquoi', 'usages?', 'utilisations?', 'buts?', 'raisons?', 'motifs?', 'traitements?'],
};

export const legalBases: LegalBasisLexicon = {
  phrases: {
    consent: [
      `(?:votre|le|du|au|son|leur|un|sur|avec|apr[èe]s)\\s+(?:\\p{L}+\\s+)?${CONSENT}`, `${CONSENT}(?:\\s+(?:pr[ée]alable|explicite|expr[èe]s|libre))?`, 'avec\\s+votre\\s+(?:accord|autorisation)',
      'votre\\s+accord\\s+(?:pr[ée]alable|expr[èe]s)', 'consent(?:ez|i)', 'opt-?in', "(?:votre|l['’])\\s*autorisation(?:\\s+(?:pr[ée]alable|expresse))?",
      '(?:vaut|vaudra|emporte|implique|constitue)\\s+(?:votre\\s+|l[\'’])?acceptation',
      '(?:en\\s+(?:utilisant|naviguant\\s+sur|poursuivant\\s+(?:votre\\s+)?navigation\\s+sur|t[ée]l[ée]chargeant|installant|acc[ée]dant\\s+[àa]|visitant))\\s+.{0,80}?vous\\s+(?:acceptez|consentez|reconnaissez)',
    ],
    contract: [
      "(?:ex[ée]cution|ex[ée]cuter|conclusion|conclure|gestion|respect)\\s+(?:d['’]un|du|de\\s+(?:notre|votre|la|ce)|des|de\\s+nos|d['’]une)\\s+(?:\\p{L}+\\s+){0,2}?(?:contrats?|conventions?|conditions\\s+g[ée]n[ée]rales|relation\\s+contractuelle|commandes?)",
      'mesures?\\s+pr[ée]contractuelles?', 'pr[ée]-?contractuel(?:le)?s?', // "nécessaire à l'exécution d'une mission d'intérêt public" is a public task: the contract must be named.
      "n[ée]cessaires?\\s+(?:[àa]\\s+|pour\\s+)(?:l['’]ex[ée]cution|la\\s+conclusion|ex[ée]cuter|conclure)\\s+(?:d['’]un|du|de\\s+(?:notre|votre|ce|la|l['’])|des|d['’]une)\\s*(?:\\p{L}+\\s+){0,2}?(?:contrats?|conventions?|commandes?|relation\\s+contractuelle|mesures\\s+pr[ée]contractuelles)", 'base\\s+contractuelle', 'relation\\s+contractuelle',
      'obligations?\\s+contractuelles?', 'int[ée]r[êe]t\\s+contractuel',
      // "Le traitement est fondé sur le contrat d'adhésion"; "nécessaire aux fins de l'exécution des prestations commandées".
      "(?:fond[ée]e?s?|bas[ée]e?s?|repose|reposent|s['’]appuie|s['’]appuient)\\s+sur\\s+(?:le|un|votre|notre|les|vos|nos)\\s+contrats?",
      "n[ée]cessaires?\\s+(?:[àa]\\s+|aux\\s+fins\\s+de\\s+|pour\\s+)l['’]ex[ée]cution\\s+(?:des|de\\s+la|de\\s+nos|de\\s+vos|du|de\\s+votre|de\\s+notre)\\s+(?:\\p{L}+\\s+)?(?:prestations?|services?|commandes?|adh[ée]sion|abonnement)",
    ],
    legal_obligation: [
      'obligations?\\s+(?:l[ée]gales?|r[ée]glementaires?)(?:\\s+et\\s+r[ée]glementaires?)?', 'respect\\s+(?:d[\'’]une|de\\s+nos|des)\\s+obligations?\\s+(?:l[ée]gales?|r[ée]glementaires?)',
      '(?:l[ée]galement|r[ée]glementairement)\\s+(?:tenus?|oblig[ée]e?s?|contraints?)', '(?:la\\s+loi|les\\s+textes|la\\s+r[ée]glementation)\\s+(?:nous\\s+)?(?:impose|imposent|oblige|exige)',
      'exig[ée]e?s?\\s+par\\s+la\\s+(?:loi|r[ée]glementation)', 'd[ée]cisions?\\s+de\\s+justice', 'r[ée]quisitions?\\s+judiciaires?', 'dispositions?\\s+l[ée]gales', 'obligation\\s+de\\s+conservation\\s+l[ée]gale',
      // Book-keeping and tax duties are legal ones: "pour répondre à nos obligations comptables et fiscales".
      '(?:nos|les|des|une|aux|nos)\\s+obligations?\\s+(?:comptables?|fiscales?)(?:\\s+et\\s+(?:comptables?|fiscales?|sociales?))?',
    ],
    vital_interests: ['int[ée]r[êe]ts?\\s+vitaux', 'int[ée]r[êe]t\\s+vital'],
    public_task: ['missions?\\s+(?:d[\'’]int[ée]r[êe]t\\s+public|de\\s+service\\s+public)', 'int[ée]r[êe]t\\s+public', 'exercice\\s+de\\s+l[\'’]autorit[ée]\\s+publique', 'autorit[ée]\\s+publique\\s+dont\\s+est\\s+investi'],
    legitimate_interests: ['int[ée]r[êe]ts?\\s+l[ée]gitimes?', 'mise\\s+en\\s+balance\\s+des\\s+int[ée]r[êe]ts'],
  },
  cellPhrases: {
    consent: [CONSENT, 'accord'],
    contract: ['contrat(?:uel(?:le)?)?', 'ex[ée]cution\\s+(?:du|d[\'’]un)\\s+contrat', 'pr[ée]contractuel(?:le)?'],
    legal_obligation: ['obligations?\\s+l[ée]gales?', 'loi'],
    vital_interests: ['int[ée]r[êe]ts?\\s+vitaux'],
    public_task: ['mission\\s+(?:d[\'’]int[ée]r[êe]t\\s+public|de\\s+service\\s+public)', 'int[ée]r[êe]t\\s+public'],
    legitimate_interests: ['int[ée]r[êe]ts?\\s+l[ée]gitimes?'],
  },
  notBasis: {
    consent: [
      `${CONSENT}\\s+(?:\\p{L}+\\s+){0,2}(?:des?|du)\\s+(?:(?:vos|leurs?|ses)\\s+)?(?:parents?|repr[ée]sentants?\\s+l[ée]ga(?:l|ux)|titulaires?\\s+de\\s+l[\'’]autorit[ée]\\s+parentale|tuteurs?)`,
      `(?:sans|sauf)\\s+(?:\\p{L}+\\s+){0,2}(?:${CONSENT}|accord)`,
      `(?:retir(?:er|ez)|retrait|r[ée]voquer|r[ée]vocation)\\s+(?:\\p{L}+\\s+){0,3}(?:${CONSENT}|accord)`, `${CONSENT}\\s+(?:\\p{L}+\\s+){0,4}(?:retir[ée]|r[ée]voqu[ée])`,
      `[âa]ge\\s+(?:du|de|pour\\s+le)\\s+${CONSENT}`, `majorit[ée]\\s+num[ée]rique`,
      // Someone else's permission (copyright, links, reuse): "utilisées avec l'autorisation de leurs auteurs", "moyennant
      // l'autorisation écrite de la mairie", not "l'autorisation de la personne concernée".
      "(?:l['’]|leur\\s+|son\\s+|sa\\s+)?autorisation\\s+(?:(?:[ée]crite|pr[ée]alable|expresse)\\s+){0,2}(?:de|du|des|d['’])(?!\\s*(?:vous|votre|vos|toi|l['’]utilisat|la\\s+personne|l['’]int[ée]ress|l['’]internaute|l['’]abonn|parents?|leurs?\\s+parents))",
      // Terms of use accepted, not the processing: "L'utilisation du site implique l'acceptation des conditions générales d'utilisation".
      "(?:vaut|vaudra|emporte|implique|constitue)\\s+(?:votre\\s+|l['’])?acceptation\\s+(?:pleine\\s+et\\s+enti[èe]re\\s+|sans\\s+r[ée]serve\\s+)?(?:des|de\\s+(?:ces|nos|les))\\s+(?:conditions|cgu|cgv|mentions\\s+l[ée]gales|termes)",
    ],
    // Named only as the condition of the right to object: "Vous opposer au traitement de vos données : lorsque ce traitement est basé sur
  // des intérêts légitimes", "si le traitement est fondé sur notre intérêt légitime, vous pouvez vous y opposer".
  // "Conformément aux dispositions légales et réglementaires applicables, vous disposez des droits suivants": the law
    // the policy complies with, not an obligation the processing rests on.
    // Nor an exception to a promise ("jamais partagées à des tiers, sauf obligation légale", "puis nous les supprimons, sauf
    // obligation légale de conservation"), nor the data-protection law respected ("les dispositions légales du RGPD").
    // A purpose, not the contract it rests on: "la gestion des commandes", "le suivi et la gestion de votre commande"; a retention
    // criterion: "pendant la durée de la relation contractuelle".
    contract: ["(?:gestion|suivi|traitement)\\s+(?:de\\s+vos|des|de\\s+votre|de\\s+la|de\\s+nos|de\\s+leurs?)\\s+(?:\\p{L}+\\s+){0,2}?commandes?",
      "(?:dur[ée]e|pendant|durant|terme|fin|issue)\\s+(?:de\\s+|d['’])?(?:toute\\s+)?(?:la|notre|votre|cette)\\s+(?:dur[ée]e\\s+de\\s+(?:la|notre|votre)\\s+)?relation\\s+contractuelle"],
    // Nor the interests as what is protected, a purpose like a legal claim: "conserver vos données … pour protéger nos intérêts légitimes",
    // "afin de défendre nos droits et intérêts légitimes".
    legitimate_interests: ["(?:prot[ée]ger|d[ée]fendre|pr[ée]server|sauvegarder|faire\\s+valoir)\\s+(?:nos|ses|leurs?|les|notre|son)\\s+(?:droits\\s+et\\s+)?int[ée]r[êe]ts?\\s+l[ée]gitimes?", "(?:lorsque|lorsqu['’]|si|quand|dans\\s+la\\s+mesure\\s+o[ùu]|pour\\s+autant\\s+que)\\s*(?:(?:ce|le|un|cet|ces|les|leur|notre|nos)\\s+traitements?|celui-ci|ceux-ci|il|ils)\\s+(?:\\S+\\s+){0,3}?(?:bas[ée]e?s?|fond[ée]e?s?|repose|reposent|s['’]appuie)\\s+sur\\s+(?:des|nos|notre|un|l['’]|les|leur|leurs|votre)?\\s*int[ée]r[êe]ts?\\s+l[ée]gitimes?(?=[^.;]{0,160}?(?:opposer|opposition))|(?<=(?:opposer|opposition)[^.;]{0,120}?)(?:lorsque|lorsqu['’]|si|quand|dans\\s+la\\s+mesure\\s+o[ùu]|pour\\s+autant\\s+que)\\s*(?:(?:ce|le|un|cet|ces|les|leur|notre|nos)\\s+traitements?|celui-ci|ceux-ci|il|ils)\\s+(?:\\S+\\s+){0,3}?(?:bas[ée]e?s?|fond[ée]e?s?|repose|reposent|s['’]appuie)\\s+sur\\s+(?:des|nos|notre|un|l['’]|les|leur|leurs|votre)?\\s*int[ée]r[êe]ts?\\s+l[ée]gitimes?"],
    legal_obligation: ['conform[ée]ment\\s+aux\\s+dispositions?\\s+l[ée]gales(?:\\s+et\\s+r[ée]glementaires)?',
      // The reason for a retention period, not the basis of the processing: "Vos données sont conservées pendant le temps
      // nécessaire à la gestion de votre demande, ainsi que pour répondre à nos obligations légales" (but "Nous conservons vos factures
      // dix ans pour respecter nos obligations légales" is one).
      "(?:conserv|archiv)\\p{L}*[^.;]{0,200}?(?:pendant|durant|dur[ée]e|d[ée]lai|temps|longtemps)[^.;]{0,200}?(?:obligations?|exigences?)\\s+(?:l[ée]gales?|comptables?|fiscales?|r[ée]glementaires?)",
      "dur[ée]es?\\s+de\\s+conservation[^.;]{0,160}?(?:obligations?|exigences?)\\s+(?:l[ée]gales?|comptables?|fiscales?|r[ée]glementaires?)",
      // Content that breaks the law (the legal notices' moderation clause): "tout contenu … non conforme aux dispositions
      // légales et réglementaires en vigueur", "contraire aux dispositions légales".
      '(?:conformes?|contraires?)\\s+aux\\s+dispositions?\\s+l[ée]gales', "sauf\\s+(?:en\\s+cas\\s+d['’]\\s*|si\\s+une\\s+)?obligations?\\s+l[ée]gales?",
      // The data-protection law itself: "les dispositions légales du RGPD", "… de la loi du 8 décembre 1992 relative à la
      // protection de la vie privée" (a law's date between).
      "dispositions?\\s+l[ée]gales\\s+(?:\\S+\\s+){0,12}?(?:protection\\s+de\\s+la\\s+vie\\s+priv[ée]e|protection\\s+des\\s+donn[ée]es|rgpd|r[èe]glement\\s+g[ée]n[ée]ral|informatique\\s+et\\s+libert[ée]s)"],
  },
  subjectBound: ['(?:l[ée]galement|r[ée]glementairement)\\s+(?:tenus?|oblig[ée]e?s?|contraints?)', 'exig[ée]e?s?\\s+par\\s+la\\s+(?:loi|r[ée]glementation)'],
  fillerWords: ['y', 'en', 'est', 'sont', 'serait', 'seraient', 'soit', 'soient', 'être', 'peut', 'peuvent', 'pourrait', 'cela', 'ce', 'le', 'la', 'les', 'ainsi', 'aussi', 'dans', 'certains', 'cas', 'y\\s+sommes'],
  firstPerson: ['nous', 'notre', 'nos'],
  thirdParties: ['tiers', 'partenaires?', 'ils', 'elles?', 'il'],
  clauseOpeners: ['si', "s['’]", 'lorsque', "lorsqu['’]", 'quand', 'sauf', 'dans\\s+la\\s+mesure\\s+o[ùu]', 'parce\\s+que', 'car', 'que', "qu['’]", 'ou'],
  fieldLabel: ['bases?\\s+(?:l[ée]gales?|juridiques?)', 'fondements?\\s+(?:juridiques?|l[ée]gaux|l[ée]gal)'],
  columnHeader: ['bases?\\s+(?:l[ée]gales?|juridiques?)', 'fondements?(?:\\s+(?:juridiques?|l[ée]gaux|l[ée]gal))?', 'lic[ée]it[ée]'],
};

/** Whose interest it is ("l'intérêt légitime de l'éditeur", "… du responsable du traitement"): the holder, not the interest. */
const HOLDER_NOUN = "(?:[ée]diteur|responsable|soci[ée]t[ée]|entreprise|association|organisme|exploitant|cabinet|[ée]tablissement|structure)s?(?:\\s+(?:du|de\\s+(?:la|ce))\\s+(?:traitement|site|service))?(?![\\p{L}])";
const HOLDER = `(?:de\\s+(?:la\\s+|l['’]\\s*|notre\\s+|nos\\s+|leur\\s+)|du\\s+|des\\s+)${HOLDER_NOUN}`;

export const interests: InterestLexicon = {
  fieldLabel: ['int[ée]r[êe]ts?\\s+l[ée]gitimes?(?:\\s+poursuivis)?'],
  // A pronoun and a verb name nothing: "lorsque nous avons un intérêt légitime à le faire", "… de les traiter".
  emptyInterests: ["(?:[àa]|de|d['’])?\\s*(?:le|la|les|l['’]|y|en)\\s*\\p{L}+(?:er|ir|re)"],
  leads: [
    '[àa]', `de(?!\\s+(?:la\\s+|l['’]\\s*|notre\\s+|nos\\s+|leur\\s+)${HOLDER_NOUN})`, "d['’]", 'pour', 'consistant\\s+[àa]', ',?\\s*qui\\s+(?:consiste(?:nt)?|est|sont)\\s+(?:[àa]|de|d[\'’])', '(?:est|sont|r[ée]side)\\s+(?:de|[àa]|dans)', 'dans',
    // Not a manner ("Nous avons évalué ces intérêts légitimes en équilibrant les besoins de notre entreprise contre vos droits").
    "en(?!\\s+(?:\\p{L}+ant|tant\\s+que)(?![\\p{L}]))",
    ',\\s*(?:par\\s+exemple|notamment|tels?\\s+que|telles?\\s+que|[àa]\\s+savoir|comme)\\s*,?', '[àa]\\s+savoir', 'notamment', ':', '-', '–', '—',
  ],
  purposeLeads: ['pour', 'afin\\s+(?:de|d[\'’])', '[àa]'],
  skips: ['(?:ou|et)\\s+(?:\\p{L}+\\s+){0,2}\\p{L}+', HOLDER],
  exampleOpeners: ['(?:par\\s+exemple|notamment|tels?\\s+que|telles?\\s+que)\\s*,?', "(?:ce|cela)\\s+(?:peut|pourrait)\\s+(?:\\p{L}+\\s+){0,2}(?:le\\s+cas\\s+)?(?:lorsque|si|pour|dans)"],
  exampleCues: ['par\\s+ex(?:emple|\\.)', 'notamment', 'tels?\\s+que', 'telles?\\s+que', 'ex\\.', 'comme'],
  statementStarts: ['nous', 'notre', 'nos', 'vous', 'le', 'la', 'les', 'ce', 'cette', 'ces', 'lorsque', 'si', 'quand'],
  backReferences: ['cela', 'ceci', 'ce\\s+traitement', 'ces\\s+traitements'],
};

import type { DataCategoryLexicon } from '../../lexicon/data-categories.js';

const D = 'donn[ée]es';

export const dataCategories: DataCategoryLexicon = {
  phrases: {
    name: ['noms?\\s+(?:et|,)\\s+pr[ée]noms?', 'pr[ée]noms?(?:\\s+et\\s+noms?)?', 'noms?\\s+de\\s+famille', 'nom\\s+d[\'’]usage', '(?:votre|vos|leurs?)\\s+noms?', 'identit[ée]\\s+(?:civile|compl[èe]te)', 'civilit[ée]'],
    address: ['adresses?\\s+(?:postales?|de\\s+(?:livraison|facturation|domicile|r[ée]sidence))', 'codes?\\s+postaux?', 'code\\s+postal', 'villes?\\s+de\\s+r[ée]sidence', 'lieu\\s+de\\s+r[ée]sidence', '(?:votre|vos)\\s+adresses?(?!\\s+(?:e-?mail|[ée]lectronique|ip|de\\s+courriel))', 'domicile'],
    phone: ['(?:num[ée]ros?\\s+de\\s+)?t[ée]l[ée]phones?(?:\\s+(?:fixe|mobile|portable))?', 'num[ée]ros?\\s+de\\s+(?:mobile|portable)'],
    email: ['adresses?\\s+(?:e-?mail|[ée]lectroniques?|de\\s+(?:courrier\\s+[ée]lectronique|messagerie|courriel)|mail|m[ée]l)', 'e-?mails?(?=\\s*[,;.)]|\\s+et\\s)', 'courriels?(?=\\s*[,;.)]|\\s+et\\s)'],
    contact_details: ['coordonn[ée]es(?:\\s+de\\s+contact)?', `${D}\\s+de\\s+contact`, 'informations\\s+de\\s+contact'],
    ip_address: ['adresses?\\s+ip', 'adresses?\\s+(?:de\\s+)?protocole\\s+internet'],
    location: ['(?:g[ée]o)?localisation', `${D}\\s+de\\s+(?:g[ée]o)?localisation`, 'position\\s+g[ée]ographique', 'coordonn[ée]es\\s+gps'],
    online_behaviour: [
      `${D}\\s+de\\s+(?:navigation|connexion|trafic|consultation|usage|utilisation)`, 'historique\\s+de\\s+navigation', 'pages?\\s+(?:visit[ée]es|consult[ée]es|vues)',
      'dates?\\s+et\\s+heures?\\s+(?:de\\s+(?:connexion|(?:la\\s+)?visite|consultation|(?:l[\'’])?acc[èe]s))?', 'heures?\\s+de\\s+connexion', 'dur[ée]e\\s+de\\s+(?:la\\s+)?(?:visite|consultation|connexion)',
      'site\\s+r[ée]f[ée]rent', 'url\\s+de\\s+provenance', 'journaux\\s+(?:de\\s+connexion|d[\'’]acc[èe]s)', 'logs?(?:\\s+de\\s+connexion)?', 'parcours\\s+(?:de\\s+navigation|sur\\s+le\\s+site)', 'clics?',
    ],
    device_browser: [
      'navigateurs?(?:\\s+(?:utilis[ée]|web))?', 'types?\\s+de\\s+navigateurs?', 'version\\s+du\\s+navigateur', 'syst[èe]mes?\\s+d[\'’]exploitation', 'types?\\s+(?:d[\'’]appareil|de\\s+terminal|d[\'’]ordinateur)',
      'terminal', 'appareil\\s+utilis[ée]', 'r[ée]solution\\s+(?:de\\s+l[\'’][ée]cran|d[\'’][ée]cran)', 'user\\s*-?agent', 'langue\\s+du\\s+navigateur', `${D}\\s+techniques`,
    ],
    cookies_identifiers: ['identifiants?\\s+(?:de\\s+(?:cookies?|l[\'’]appareil|terminal|connexion)|uniques?|publicitaires?)', 'adresses?\\s+mac', 'identifiants?\\s+du\\s+terminal'],
    account_credentials: ['identifiants?(?:\\s+de\\s+connexion)?', 'mots?\\s+de\\s+passe', 'login', 'pseudo(?:nyme)?s?', 'nom\\s+d[\'’]utilisateur'],
    bank_account: ['(?:coordonn[ée]es|informations|donn[ée]es)\\s+bancaires', 'rib', 'iban', 'relev[ée]\\s+d[\'’]identit[ée]\\s+bancaire', 'num[ée]ros?\\s+de\\s+compte(?:\\s+bancaire)?'],
    payment: [
      `${D}\\s+de\\s+paiement`, 'informations\\s+de\\s+paiement', 'moyens?\\s+de\\s+paiement', 'cartes?\\s+(?:bancaires?|de\\s+cr[ée]dit)', 'num[ée]ros?\\s+de\\s+carte',
      'transactions?', 'historique\\s+(?:d[\'’]achats?|des\\s+commandes|de\\s+commandes)', `${D}\\s+de\\s+facturation`, 'factures?',
    ],
    financial: [`${D}\\s+financi[èe]res`, 'situation\\s+financi[èe]re', 'revenus', 'patrimoine', 'solvabilit[ée]'],
    date_of_birth: ['dates?\\s+(?:et\\s+lieu\\s+)?de\\s+naissance', 'ann[ée]e\\s+de\\s+naissance', '[âa]ge'],
    gender: ['sexe', 'genre'],
    identity_document: ['pi[èe]ces?\\s+d[\'’]identit[ée]', 'cartes?\\s+(?:nationales?\\s+)?d[\'’]identit[ée]', 'passeports?', 'permis\\s+de\\s+conduire', 'justificatifs?\\s+d[\'’]identit[ée]'],
    national_id: ['num[ée]ros?\\s+de\\s+s[ée]curit[ée]\\s+sociale', 'nir', 'num[ée]ros?\\s+(?:d[\'’]inscription\\s+au\\s+)?registre\\s+national', 'num[ée]ros?\\s+avs', 'num[ée]ros?\\s+fiscal', 'num[ée]ros?\\s+national'],
    photo_video: ['photos?(?:graphies?)?', 'images?', 'vid[ée]os?', 'enregistrements?\\s+vid[ée]o', 'vid[ée]osurveillance', 'avatars?'],
    correspondence: ['correspondances?', 'contenu\\s+(?:de\\s+vos\\s+|des\\s+)?(?:messages|[ée]changes|e-?mails|courriels)', 'messages?\\s+(?:que\\s+vous|envoy[ée]s)', '[ée]changes\\s+(?:avec|[ée]crits)', 'historique\\s+des\\s+[ée]changes'],
    employment: ['profession', 'fonctions?', 'postes?\\s+occup[ée]s?', 'employeurs?', 'cv', 'curriculum\\s+vit(?:ae|æ)', 'lettres?\\s+de\\s+motivation', 'vie\\s+professionnelle', 'situation\\s+professionnelle', 'nom\\s+de\\s+(?:l[\'’]entreprise|la\\s+soci[ée]t[ée])'],
    health: [`${D}\\s+(?:de|relatives\\s+[àa]\\s+la|concernant\\s+la)\\s+sant[ée]`, 'sant[ée]', `${D}\\s+m[ée]dicales`, 'dossier\\s+m[ée]dical', 'informations\\s+m[ée]dicales', 'handicap'],
    religion: ['convictions?\\s+religieuses(?:\\s+ou\\s+philosophiques)?', 'religion', 'convictions?\\s+philosophiques'],
    ethnicity: ['origine\\s+(?:raciale\\s+ou\\s+)?ethnique', 'origine\\s+raciale'],
    political: ['opinions?\\s+politiques'],
    trade_union: ['appartenance\\s+syndicale'],
    genetic: [`${D}\\s+g[ée]n[ée]tiques`],
    biometric: [`${D}\\s+biom[ée]triques`, 'empreintes?\\s+digitales?', 'reconnaissance\\s+faciale'],
    sexual: ['vie\\s+sexuelle', 'orientation\\s+sexuelle'],
    criminal: ['condamnations?\\s+p[ée]nales', 'infractions?', 'casier\\s+judiciaire', `${D}\\s+(?:p[ée]nales|judiciaires)`],
    other_provided: [
      `(?:toutes?\\s+)?autres?\\s+(?:${D}|informations)\\s+que\\s+vous\\s+(?:\\p{L}+\\s+){0,3}(?:fournissez|communiquez|transmettez|renseignez|saisissez|choisissez)`,
      `(?:${D}|informations)\\s+que\\s+vous\\s+(?:\\p{L}+\\s+){0,3}(?:fournissez|communiquez|transmettez|renseignez|saisissez)`,
    ],
  },
  itemPhrases: {
    name: ['noms?', 'pr[ée]noms?'],
    address: ['adresses?'],
    phone: ['t[ée]l[ée]phone', 'mobile', 'portable'],
    email: ['e-?mails?', 'courriels?', 'm[ée]l'],
    cookies_identifiers: ['cookies?', 'traceurs?'],
    correspondence: ['messages?', 'commentaires?'],
    location: ['pays', 'ville'],
    photo_video: ['photos?'],
    date_of_birth: ['[âa]ge'],
    employment: ['entreprise', 'soci[ée]t[ée]', 'organisation', 'organisme', 'fonction', 'poste', 'm[ée]tier', '[ée]tablissement'],
  },
  processingVerbs: [
    'collect(?:e|ons|ent|er|[ée]e?s?)', 'trait(?:e|ons|ent|er|[ée]e?s?)', 'utilis(?:e|ons|ent|er|[ée]e?s?)', 'recueill(?:e|ons|ent|ir|ies?|is)', 'conserv(?:e|ons|ent|er|[ée]e?s?)',
    'enregistr(?:e|ons|ent|er|[ée]e?s?)', 'stock(?:e|ons|ent|er|[ée]e?s?)', 're[çc](?:oit|oivent|evons|evoir|ue?s?)', 'obten(?:ons|ir)', 'obtenues?', 'demand(?:e|ons|ent|er)',
    'saisi(?:e|es|ssez|r)', 'renseign(?:ez|er|[ée]e?s?)', 'fourni(?:ssez|r|e?s?)', 'communiqu(?:ez|er|[ée]e?s?)', 'transmett(?:ez|re)', 'analys(?:e|ons|ent|er|[ée]e?s?)', 'acc[ée]d(?:ons|er)',
  ],
  dataWords: [`${D}(?:\\s+(?:personnelles|[àa]\\s+caract[èe]re\\s+personnel))?`, 'informations(?:\\s+personnelles)?'],
  enumerationCues: ['suivantes?', 'ci-?dessous', 'notamment', 'comprennent', 'comprend', 'incluent', 'inclut', 'telles?\\s+que', 'tels?\\s+que', 'comme', 'par\\s+exemple', '[àa]\\s+savoir', 'ex\\.'],
  notDataIntro: [
    '(?:les\\s+)?(?:mani[èe]res|fa[çc]ons|sources|situations|cas|moments|occasions)\\s+suivant(?:e|s|es)', '(?:lorsque|quand|si)\\s+vous\\s*:',
    'dur[ée]es?\\s+de\\s+conservation', 'destinataires', 'bases?\\s+(?:l[ée]gales?|juridiques?)', 'sur\\s+la\\s+base\\s+(?:de|du|des)\\s*:', 'finalit[ée]s?',
  ],
  notProcessing: [
    'masqu(?:er|ez|[ée]e?s?)', 'barr(?:er|ez)', 'occult(?:er|ez)', '(?:un|le)\\s+cookie\\s+est', 'cookies\\s+sont\\s+de\\s+petits', 'param[èe]tres\\s+de\\s+(?:votre|son)\\s+navigateur', 'configur(?:er|ation\\s+de)\\s+(?:votre|son)\\s+navigateur',
  ],
  columnHeader: [`(?:cat[ée]gories?\\s+de\\s+)?${D}(?:\\s+(?:personnelles|collect[ée]es|trait[ée]es))?`, 'quelles\\s+donn[ée]es', 'types?\\s+de\\s+donn[ée]es'],
};

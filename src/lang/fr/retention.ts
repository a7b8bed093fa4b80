import type { RetentionLexicon } from '../../lexicon/retention.js';

export const retention: RetentionLexicon = {
  cues: [
    'conserv\\p{L}*', 'conservation', 'stock[ée]e?s?', 'stock(?:e|ons|ent|er|age)', 'archiv\\p{L}*', 'supprim\\p{L}*', 'suppression', 'effac\\p{L}*', 'efface(?:ment|r|ons)',
    'd[ée]truit(?:e|es|s)?', 'destruction', 'd[ée]trui(?:re|sons)', 'anonymis\\p{L}*', 'purg[ée]e?s?', 'gard[ée]e?s?', 'gard(?:ons|er|e)', 'enregistr[ée]e?s?', 'expir(?:e|ent|ation)',
    'dur[ée]e\\s+de\\s+(?:vie|validit[ée])',
  ],
  deletionCues: ['supprim\\p{L}*', 'suppression', 'effac\\p{L}*', 'd[ée]truit(?:e|es|s)?', 'destruction', 'anonymis\\p{L}*', 'purg[ée]e?s?'],
  labels: ['dur[ée]es?\\s+de\\s+conservation', 'conservation', 'dur[ée]e(?:\\s+de\\s+(?:vie|stockage|validit[ée]))?', 'combien\\s+de\\s+temps', 'conserv[ée]e?s?\\s+(?:pendant|durant)', 'expiration'],
  criteria: [
    'aussi\\s+longtemps\\s+que', 'tant\\s+que', 'au-?del[àa]\\s+de\\s+la\\s+dur[ée]e\\s+(?:de|du|d[\'’]|des)(?!\\s+(?:strictement\\s+)?n[ée]cessaire)', 'pendant\\s+(?:toute\\s+)?la\\s+dur[ée]e\\s+(?:de|du|d[\'’]|des)', 'durant\\s+(?:toute\\s+)?la\\s+dur[ée]e\\s+(?:de|du|d[\'’]|des)',
    'pour\\s+(?:toute\\s+)?la\\s+dur[ée]e\\s+(?:de|du|d[\'’]|des)', 'le\\s+temps\\s+(?:de|du|d[\'’]|n[ée]cessaire)', 'pendant\\s+le\\s+temps\\s+(?:de|du|n[ée]cessaire)',
    "jusqu['’](?:[àa]|au|aux)\\s+(?:votre|leur|son|sa|ta|la|le|ce\\s+que|l['’]|ce\\s+qu['’])", "jusqu['’][àa]\\s+(?:ce\\s+que\\s+vous|la\\s+(?:fin|cl[ôo]ture|suppression|r[ée]siliation|d[ée]sinscription))",
    "jusqu['’]au\\s+(?:terme|retrait|d[ée]sabonnement)",
  ],
  // "supprimées dès que vous …", "une fois la transaction réalisée", "une fois le contrat terminé".
  deletionTriggers: ['(?:d[èe]s\\s+que|lorsque|quand|apr[èe]s\\s+que)\\s+(?:vous|votre)', 'une\\s+fois\\s+(?:que\\s+)?(?:la|le|les|votre|vos|l[\'’])'],
  rightsWords: ['droits?', 'demand\\p{L}*', 'vous\\s+(?:pouvez|pourrez)', 'exercer'],
  vague: [
    "(?:pas|n['’]exc[èe]de\\s+pas|n['’]exc[ée]dant\\s+pas)\\s+(?:plus\\s+)?(?:longtemps\\s+)?(?:que\\s+)?(?:(?:la\\s+dur[ée]e|le\\s+temps)\\s+)?(?:strictement\\s+)?n[ée]cessaire",
    // Not kept for ever ("conservés indéfiniment", "sans limitation de durée"): an answer, however poor (ANNOTATION.md).
    'pour\\s+une\\s+dur[ée]e\\s+(?:raisonnable|limit[ée]e|n[ée]cessaire)',
    'dur[ée]e\\s+(?:strictement\\s+)?n[ée]cessaire\\s+(?:[àa]|aux|pour)', 'le\\s+temps\\s+(?:strictement\\s+)?n[ée]cessaire',
  ],
  // Until the purpose is served or lapses is as vague as "as long as necessary".
  necessity: ['n[ée]cessaires?', 'utiles?', 'requise?s?', 'pertinente?s?', 'justifi[ée]e?s?', 'besoin', 'autoris[ée]e?s?', 'permise?s?', 'finalit[ée]s?\\s+(?:\\S+\\s+){0,3}?(?:atteinte?s?|accomplie?s?|r[ée]alis[ée]e?s?)',
    // The noun first: "jusqu'à la réalisation de la finalité", "jusqu'à l'accomplissement des finalités".
    "(?:r[ée]alisation|accomplissement|atteinte|ach[èe]vement)\\s+(?:de\\s+(?:la|cette|leur)|des|de\\s+ces|de\\s+leurs)\\s+finalit[ée]s?"],
  anchorsAfter: [
    "[àa]\\s+(?:compter|partir)\\s+(?:de|du|des|d['’])", 'apr[èe]s', 'suivant', 'depuis', "(?:de|du|des|d['’])\\s+(?:votre|la|le|leur|l['’])\\s*(?:dernier|derni[èe]re|fin|cl[ôo]ture|collecte|r[ée]siliation|cessation|d[ée]part|recueil|d[ée]p[ôo]t)",
  ],
  anchorWords: ['ensuite', 'puis', 'au-?del[àa]'],
  anchorsBefore: ["[àa]\\s+(?:compter|partir)\\s+(?:de|du|des|d['’])", 'apr[èe]s', 'suivant'],
  phraseEnds: [
    'sauf', 'hormis', 'mais', 'ou\\s+(?:plus|jusqu)', 'et\\s+(?:ensuite|puis)', 'puis', 'm[êe]me\\s+si', 'au-?del[àa]\\s+de\\s+laquelle', 'selon\\s+(?:la|le)', 'si', 'sous\\s+r[ée]serve',
    'et\\s+(?:sont|est|seront|sera)?\\s*(?:ensuite\\s+)?(?:supprim[ée]e?s?|effac[ée]e?s?|d[ée]truite?s?|anonymis[ée]e?s?|archiv[ée]e?s?)',
  ],
  examplesInBrackets: ['p\\.\\s?ex\\.?', 'par\\s+exemple', 'ex\\.', 'exemple'],
  notRetention: [
    // A reply deadline ("nous répondrons à votre demande dans un délai d'un mois"), not "pour répondre à nos obligations".
    'r[ée]pond(?:re|rons|ons|ra)\\s+(?:\\S+\\s+){0,3}?(?:demandes?|questions?|requ[êe]tes?|sollicitations?|courriers?|messages?)', 'r[ée]ponses?', 'd[ée]lai\\s+de\\s+r[ée]ponse',
    'r[ée]ception\\s+de\\s+(?:votre|la|cette)\\s+(?:demande|requ[êe]te)', '(?:traiter|traitement\\s+de|trait[ée]e?s?)\\s+(?:(?:votre|vos|la|les|cette|ces)\\s+)?(?:demandes?|requ[êe]tes?)', 'pr[ée]avis', 'inform(?:er|erons|ons)', 'notifi\\p{L}*', 'avant\\s+(?:la|toute)\\s+modification', 'prolong\\p{L}*',
    'essai', 'valable', 'r[ée]tractation', 'rembours\\p{L}*', 'garantie', 'renouvel\\p{L}*', 'reconduction', 'dur[ée]e\\s+(?:du\\s+contrat|de\\s+l[\'’]abonnement)\\s+(?:est|de)\\s+(?:\\d|un|une|deux|trois|six|douze)',
    'prorog\\p{L}*',
    // A review cycle: "nous réexaminons la nécessité tous les deux ans".
    'r[ée]examin(?:er|ons|e|ée?s?)', 'r[ée][ée]valu(?:er|ons|e|ée?s?)', 'r[ée]vis(?:er|ons|ée?s?)',
  ],
  // A person's age after the noun: "des données de personnes de moins de 13 ans", "les utilisateurs de moins de 15 ans".
  ageBefore: ['moins\\s+de', 'plus\\s+de', '[âa]g[ée]e?s?\\s+de', '[âa]ge\\s+(?:minimum\\s+|minimal\\s+|l[ée]gal\\s+)?de', 'au\\s+moins',
    '(?:personnes|utilisat(?:eur|rice)s|individus|internautes|visiteurs|visiteuses|joueurs|joueuses|membres|participants|participantes)\\s+de'],
  ageAfter: ['r[ée]volus', 'ou\\s+plus', 'et\\s+plus', 'ou\\s+moins', 'minimum'],
  ageUnits: [],
  ageContext: ['enfants?', 'mineurs?', 'jeunes', '[âa]ge', '[âa]g[ée]e?s?', 'parents?', 'autorit[ée]\\s+parentale', 'tuteurs?'],
  backReferences: ['ces', 'cette', 'ce', 'ledit', 'ladite', 'lesdits', 'lesdites', 'dits'],
  lookbacks: ['derniers', 'derni[èe]res', 'pr[ée]c[ée]dents', 'pr[ée]c[ée]dentes', '[ée]coul[ée]e?s?'],
  passiveAux: ['est', 'sont', 'sera', 'seront', '[ée]tait', '[ée]taient', '[êe]tre', '[ée]t[ée]', 'reste', 'restent', 'demeure', 'demeurent'],
  activeVerbs: ['conserv(?:e|ons|ent|er)', 'gard(?:e|ons|ent|er)', 'stock(?:e|ons|ent|er)', 'archiv(?:e|ons|ent|er)', 'supprim(?:e|ons|ent|er)', 'effa[çc](?:e|ons|ent|er)'],
  objectEnds: [
    'pendant', 'durant', 'pour', "jusqu['’]", 'au\\s+maximum', 'maximum', 'au\\s+plus', 'dans\\s+un\\s+d[ée]lai', "[àa]\\s+compter", "[àa]\\s+partir", 'apr[èe]s', 'tant\\s+que',
    'aussi\\s+longtemps', 'conform[ée]ment', 'selon', 'lorsque', 'quand', 'd[èe]s', 'si', 'sauf', 'pas\\s+au-?del[àa]', 'au-?del[àa]', 'sur\\s+une\\s+dur[ée]e', 'une\\s+dur[ée]e',
  ],
  subordinators: ['si', "s['’]", 'lorsque', "lorsqu['’]", 'quand', 'd[èe]s', 'apr[èe]s', 'avant', 'comme', 'parce', 'pour', 'dans', 'en', 'pendant', 'avec', 'sans', 'sur', 'par', "jusqu['’]", 'afin'],
  pointerSubjects: ['elles?', 'ils?', 'ce', 'ces', 'cela', 'celles?-ci', 'ceux-ci', 'celle-ci', 'lesquelles', 'lesquels', 'qui', 'que', 'dont'],
  pronouns: ['nous', 'vous', 'on', 'je', 'il', 'elle', 'ils', 'elles', 'les', 'leur'],
  invertedSubjects: ['nous'],
  clauseOpeners: [',\\s*(?:mais|et|ou|cependant|toutefois)', ';'],
  leadingVerbs: ['et\\s+(?:utilis(?:ons|er)|trait(?:ons|er)|partag(?:eons|er))'],
  fillers: ['g[ée]n[ée]ralement', 'habituellement', 'normalement', 'en\\s+principe', 'aussi', '[ée]galement', 'ensuite', 'automatiquement', 'alors', 'seulement', 'uniquement', 'sera', 'seront', 'peut', 'peuvent', 'pourra', 'pourront', 'doit', 'doivent', 'ne', "n['’]"],
};

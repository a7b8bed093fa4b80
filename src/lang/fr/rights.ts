import type { ComplaintLexicon, RightsLexicon } from '../../lexicon/rights.js';
import { AUTHORITY } from '../marks.js';

/**
 * Not inside the French post-mortem directives ("définir des directives sur la conservation, l'effacement et la
 * communication de vos données après votre décès", loi Informatique et Libertés art. 85): no right to erasure.
 */
export const NOT_POST_MORTEM = "(?<!directives\\s+(?:\\S+\\s+){0,8}?(?:l['’])?)";

/** A complaint lodged with (or a referral to) a supervisory authority, in either order. */
const COMPLAINT_TO_AUTHORITY: string[] = [
  `(?:r[ée]clamations?|plaintes?|recours)\\S*(?:\\s+\\S+){0,16}?\\s+(?:aupr[èe]s\\s+d[eu'’]|aupr[èe]s\\s+des|[àa]|au|devant|chez)\\s*(?:\\S+\\s+){0,6}?(?:l['’]|d['’])?${AUTHORITY}`,
  `(?:saisir|saisine\\s+d[eu'’]|saisissez|saisie\\s+d[eu'’])\\s*(?:\\S+\\s+){0,6}?(?:l['’]|d['’])?${AUTHORITY}`,
  `${AUTHORITY}\\S*(?:\\s+\\S+){0,8}?\\s+(?:d['’]une\\s+|une\\s+)?(?:r[ée]clamation|plainte)`,
  `droit\\s+de\\s+(?:contacter|saisir|vous\\s+adresser\\s+[àa]|vous\\s+tourner\\s+vers)\\s+(?:\\S+\\s+){0,3}?(?:l['’])?${AUTHORITY}`,
  `(?:vous\\s+adresser|adressez-vous|vous\\s+tourner)\\s+(?:\\S+\\s+){0,3}?(?:[àa]|au|vers)\\s+(?:\\S+\\s+){0,4}?(?:l['’]|d['’])?${AUTHORITY}`,
  // The person told to contact it: "Si vous estimez que vos droits ne sont pas respectés, vous pouvez contacter la CNIL", "En cas
  // de litige, merci de contacter l'autorité de supervision compétente" (not "Pour contacter la CNIL : …" alone).
  `(?:vous\\s+pouvez|vous\\s+pourrez|tu\\s+peux|merci\\s+de|veuillez|n['’]h[ée]sitez\\s+pas\\s+[àa])\\s+(?:\\S+\\s+){0,2}?contacter\\s+(?:\\S+\\s+){0,4}?(?:l['’]|d['’])?${AUTHORITY}`,
];

/** People whose data a policy is about, named in the third person (staff are left out). */
const FR_PERSONS = '(?:membres|parents|clients|participants|visiteurs|utilisateurs|candidats|patients|[ée]l[èe]ves|[ée]tudiants|donateurs|abonn[ée]s|adh[ée]rents|internautes|(?:le|la|l[\'’]|chaque|tout|toute)\\s*(?:membre|client|cliente|participant|visiteur|utilisateur|utilisatrice|candidat|patient|[ée]l[èe]ve|abonn[ée]|adh[ée]rent|internaute|personne\\s+concern[ée]e))';

/** What data may be, when a negation describes them rather than the act ("inexactes", "ne sont plus nécessaires"). */
const FR_DATA_STATES = '(?:exactes?|[àa]\\s+jour|compl[èe]tes?|n[ée]cessaires?|pertinentes?|correctes?|utiles?)';

const FR_CONSENT = '(?:consentements?|accord)';

export const complaint: ComplaintLexicon = {
  triggers: ['droit', 'r[ée]clamations?', 'plaintes?', 'recours', 'saisi\\p{L}*', 'adress(?:er|ez)', 'tourner', 'contacter'],
  authorities: [
    'autorit[ée]s?\\s+(?:fran[çc]aise\\s+|nationale\\s+|europ[ée]enne\\s+)?(?:de\\s+contr[ôo]le|de\\s+protection\\s+des\\s+donn[ée]es|comp[ée]tentes?)(?:\\s+(?:comp[ée]tente|nationale|fran[çc]aise|de\\s+votre\\s+pays))?',
    'autorit[ée]s?', 'instances?\\s+de\\s+contr[ôo]le', 'commission\\s+nationale\\p{L}*', 'pr[ée]pos[ée](?:\\s+f[ée]d[ée]ral)?', 'commissaire\\s+[àa]\\s+la\\s+protection\\s+de\\s+la\\s+vie\\s+priv[ée]e', 'commissariat\\s+[àa]\\s+la\\s+protection\\s+de\\s+la\\s+vie\\s+priv[ée]e',
  ],
};

export const rights: RightsLexicon = {
  nominalGrants: [
    "droits?\\s+(?:d['’]|de|du|des|[àa]|au|aux)",
    // An inline list after the rights are announced: "les droits suivants : accès, rectification, …", "vos droits sont : …".
    'droits\\s+suivants\\s*:?', 'droits\\s+(?:sont|comprennent)\\s*:?',
    "demandes?\\s+(?:\\p{L}+\\s+){0,2}?(?:d['’]|de|concernant|relatives?\\s+[àa]|portant\\s+sur)",
    "demander\\s+(?:[àa]\\s+ce\\s+que|que|l['’]|la|le|les|leur|une|un)",
  ],
  grants: [
    'droits?',
    // "vous pouvez", "vous disposez", "vous avez la possibilité", "tu peux".
    "(?:vous|tu|toute\\s+personne|chaque\\s+personne|la\\s+personne\\s+concern[ée]e|les\\s+personnes\\s+concern[ée]es)\\s+(?:\\S+\\s+){0,2}?(?:pouvez|pourrez|peux|pourras|peut|peuvent|disposez|disposes|dispose|disposent|b[ée]n[ée]ficiez|b[ée]n[ée]ficie|avez|as|a|ont|[êe]tes\\s+en\\s+droit|souhaitez|souhaites|souhaite|voulez|veux|demandez|pouvez\\s+nous\\s+demander)",
    `${FR_PERSONS}\\s+(?:\\S+\\s+){0,2}?(?:peut|peuvent|dispose|disposent|b[ée]n[ée]ficie|b[ée]n[ée]ficient)`,
    '(?:pouvez|pourrez|peux)[\\s-](?:vous|tu)',
    'possibilit[ée]\\s+(?:de|d[\'’])', 'facult[ée]\\s+(?:de|d[\'’])',
    "(?:nous\\s+)?demander",
    "(?:vous|leur)\\s+permet(?:tre|tent)?",
  ],
  reservations: ['r[ée]serv(?:e|ons|ent)', 'nous\\s+r[ée]servons'],
  dataObjects: [
    'donn[ée]es',
    'informations',
    'coordonn[ée]es',
    'compte',
    'profil',
    'dossier',
    'traitements?',
    'consentement',
    'adresses?\\s+(?:e-?mail|[ée]lectroniques?)',
    // Object pronouns: "les faire rectifier", "les effacer", "y accéder".
    // "l'" only as a pronoun before an infinitive ("l'effacer"), not the article of "l'information".
    'les', 'y', 'en', "l['’](?=\\p{L}+(?:er|ir|re)(?![\\p{L}]))",
  ],
  notAboutData: [
    'navigateurs?', 'cookies?', 'param[èe]tres\\s+(?:de\\s+)?cookies',
    // Modifications de la politique elle-même, accès du personnel comme mesure de sécurité.
    'se\\s+r[ée]serve\\s+le\\s+droit', 'r[ée]servons\\s+le\\s+droit', 'personnes?\\s+habilit[ée]e?s', 'personnel\\s+(?:habilit|autoris)[ée]',
  ],
  notApplicable: ['(?:ne\\s+(?:sont|s[\'’]appliquent)|n[\'’]est)\\s+pas\\s+applicables?', 'sans\\s+objet', 'ne\\s+s[\'’]applique(?:nt)?\\s+pas'],
  otherActors: ['qui', 'que', 'nous', 'ils', 'elles'],
  otherActorsAfter: ['nous'],
  describingNegations: [
    `(?<=(?<![\\p{L}])qui\\s+(?:ne\\s+)?(?:sont|serait|seraient|est|seraient)\\s+)(?:pas|plus)(?=\\s+(?:\\S+\\s+)?${FR_DATA_STATES})`,
    `(?<=(?<![\\p{L}])qui\\s+)(?:ne|n['’]\\p{L}+)(?=\\s+(?:sont|est|serait|seraient|seront)?\\s*(?:pas|plus)\\s+(?:\\S+\\s+)?${FR_DATA_STATES})`,
  ],
  continuations: ["(?:cela|ceci|ce\\s+droit)\\s+(?:vaut|s['’]applique|s['’][ée]tend|comprend)\\s+(?:aussi|[ée]galement|de\\s+m[êe]me)(?:\\s+(?:pour|[àa]|au|aux))?", "il\\s+en\\s+(?:va|est)\\s+de\\s+m[êe]me\\s+(?:pour|de)"],
  accessItems: [
    'finalit[ée]s?',
    'cat[ée]gories?',
    'destinataires?',
    'dur[ée]e\\s+(?:de\\s+conservation|de\\s+stockage|pendant\\s+laquelle)',
    'source|origine',
  ],
  accessInformation: ["informations?\\s+(?:sur|concernant|relatives?\\s+[àa]|quant\\s+[àa])"],
  transferSafeguardsRight: [
    "droit\\s+d['’][êe]tre\\s+inform[ée]e?s?\\s+(?:des|sur\\s+les|de\\s+l['’]existence\\s+des)\\s+garanties",
    "droit\\s+d['’][êe]tre\\s+inform[ée]e?s?\\s+(?:si|lorsque)\\s+(?:\\S+\\s+){0,10}?(?:transf[ée]r[ée]e?s?|communiqu[ée]e?s?)\\s+(?:\\S+\\s+){0,2}?(?:pays\\s+tiers?|organisation\\s+internationale)",
  ],
  listIntros: [
    "droits?(?:\\s+(?:d['’]|de|[àa]|au|aux|suivants))?", "(?:disposez|b[ée]n[ée]ficiez)\\s+(?:des|d['’]un|du|de)\\s+droits?(?:\\s+suivants)?", 'pouvez(?:\\s+(?:nous\\s+)?demander)?', "demander(?:\\s+(?:[àa]\\s+ce\\s+que|que|l['’]|la|le))?",
  ],
  rights: {
    access: {
      cues: [
        // Le modèle WordPress : « demander à recevoir un fichier contenant toutes les données personnelles que nous possédons ».
        'recevoir\\s+un\\s+fichier\\s+contenant',
        // "droit d'accès", "accéder à vos données", not "accès au site".
        "acc[èe]s(?!\\s+(?:au\\s+(?:site|service|compte|serveur|r[ée]seau)|[àa]\\s+(?:notre|ce|la)\\s+(?:site|service|plateforme|application)|[àa]\\s+internet))",
        "acc[ée]d(?:er|ez)",
        // Not a copy of the ID sent with a request.
        "copies?(?!\\s+(?:de\\s+(?:votre|votre\\s+pi[èe]ce|la\\s+pi[èe]ce|d['’]une\\s+pi[èe]ce|un\\s+justificatif)|d['’]une?\\s+(?:pi[èe]ce|titre|justificatif))|\\s+(?:des|de\\s+ces)\\s+(?:clauses|garanties|contrats?))",
        'consult(?:er|ation)',
        "obtenir\\s+(?:la\\s+)?confirmation",
        "(?:obtenir\\s+)?(?:la\\s+)?communication\\s+(?:de\\s+(?:vos|ces|leurs)|des)\\s+(?:\\p{L}+\\s+)?(?:donn[ée]es|informations)",
        "(?:savoir|conna[îi]tre|demander)\\s+(?:quelles|si)\\s+(?:\\p{L}+\\s+){0,2}donn[ée]es",
        // Swiss wording of the right to information (art. 25 LPD): "le droit d'obtenir des informations sur vos données enregistrées".
        "(?:obtenir|recevoir)\\s+des\\s+informations\\s+(?:[ée]crites\\s+)?(?:sur|concernant|relatives\\s+[àa])\\s+(?:vos|les|ces|leurs)\\s+(?:\\p{L}+\\s+)?donn[ée]es",
      ],
      standalone: ["droit\\s+d['’]acc[èe]s"],
      unless: [],
      objectFree: false,
    },
    rectification: {
      cues: ['rectifi\\p{L}*', 'corrig\\p{L}*', 'correction', 'mettre\\s+[àa]\\s+jour', 'mise\\s+[àa]\\s+jour', 'modifi(?:er|cations?|ez)', 'compl[ée]t(?:er|ez)', 'actualis(?:er|ation)'],
      standalone: ['droit\\s+(?:de|[àa]\\s+la)\\s+rectification'],
      unless: [],
      objectFree: false,
    },
    erasure: {
      cues: [`${NOT_POST_MORTEM}effac\\p{L}*`, 'supprim(?:er|ez)', 'suppressions?', 'oubli', 'destruction', 'd[ée]truire'],
      standalone: ["droit\\s+[àa]\\s+l['’](?:effacement|oubli)", 'droit\\s+(?:de|[àa]\\s+la)\\s+suppression'],
      unless: [],
      objectFree: false,
    },
    restriction: {
      cues: ['limit(?:er|ation)', 'restreindre', 'restriction', 'geler', 'gel'],
      standalone: ['droit\\s+[àa]\\s+la\\s+limitation', 'limitation\\s+du\\s+traitement'],
      unless: [],
      objectFree: false,
    },
    objection: {
      cues: ["(?:vous\\s+|s['’]|t['’]|nous\\s+)?oppos(?:er|ez|ition)", 'opposition', "arr[êe]t(?:er)?\\s+(?:du|le|de\\s+ce|ce)\\s+traitement", "contest(?:er|ez)\\s+(?:l['’]utilisation|le\\s+traitement)"],
      standalone: ["droit\\s+d['’]opposition", "droit\\s+de\\s+(?:vous|s['’])\\s*opposer"],
      // Unsubscribing is no objection to processing; an objection to prospection named so is (Art. 21(2)).
      unless: ['d[ée]sinscri\\p{L}*', 'd[ée]sabonn\\p{L}*', 'lien\\s+de\\s+d[ée]sinscription'],
      objectFree: true,
    },
    portability: {
      cues: [
        'recevoir\\s+un\\s+fichier\\s+contenant',
        'portabilit[ée]',
        'lisible\\s+par\\s+(?:une\\s+)?machine',
        'format\\s+structur[ée],?\\s+(?:couramment|commun[ée]ment)\\s+utilis[ée]',
        // The noun and the passive too: "la transmission de vos données à un autre responsable", "que vos données soient transférées à un
        // autre responsable".
        "(?:transmettre|transf[ée]rer|transmises?|transmission|transf[ée]r[ée]e?s?|transfert)(?:\\s+\\S+){0,6}?\\s+[àa]\\s+(?:un\\s+)?(?:autre|tiers)\\s+responsable",
        // "demander le transfert de vos données à un autre prestataire", "exporter vos données", "récupérer vos données".
        "(?:transf[ée]rer|transfert|transmettre|transmission|transmises?|transf[ée]r[ée]es?)(?:\\s+\\S+){0,6}?\\s+(?:[àa]|vers)\\s+(?:un\\s+)?autre\\s+(?:prestataire|fournisseur|service|organisme|op[ée]rateur)",
        "(?:export|r[ée]cup[ée]r)(?:er|ez)\\s+(?:vos|tes|l['’]ensemble\\s+de\\s+vos|toutes\\s+vos)\\s+(?:\\S+\\s+)?donn[ée]es",
        'export(?:er|[ée]e?s?|ation)(?:\\s+\\S+){0,4}?\\s+(?:dans\\s+|sous\\s+)?(?:un\\s+)?format',
        'format\\s+(?:[ée]lectronique\\s+|num[ée]rique\\s+)?(?:courant|structur[ée]|ouvert|interop[ée]rable|couramment\\s+utilis[ée])',
      ],
      standalone: ['portabilit[ée]', 'lisible\\s+par\\s+(?:une\\s+)?machine', 'format\\s+structur[ée],?\\s+(?:couramment|commun[ée]ment)\\s+utilis[ée]'],
      unless: [],
      objectFree: true,
    },
    withdraw_consent: {
      cues: [],
      standalone: [
        // With the time between commas: "le droit de retirer, à tout moment, votre consentement".
        `(?:retir(?:er|ez|ant)|retrait|r[ée]voqu(?:er|ez)|r[ée]vocation|revenir\\s+sur),?\\s+(?:\\S+\\s+){0,4}?${FR_CONSENT}`,
        `${FR_CONSENT}\\S*(?:\\s+\\S+){0,8}?\\s+(?:[êe]tre\\s+|est\\s+)?(?:retir[ée]s?|r[ée]voqu[ée]s?|retir(?:er|ez)|r[ée]voqu(?:er|ez))`,
        `${FR_CONSENT}\\S*(?:\\s+\\S+){0,10}?\\s+(?:le|la|les)\\s+(?:retirer|r[ée]voquer)`,
        `(?:modifier|changer)\\s+(?:votre\\s+|vos\\s+|ce\\s+|le\\s+)?(?:choix\\s+(?:de|en\\s+mati[èe]re\\s+de)\\s+)?${FR_CONSENT}`,
      ],
      unless: [],
      objectFree: true,
    },
    complaint: {
      cues: [],
      // Matched on the sentence with authority mentions replaced by AUTHORITY_MARK.
      standalone: COMPLAINT_TO_AUTHORITY,
      unless: [],
      objectFree: true,
    },
  },
};

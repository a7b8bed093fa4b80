import type { AdmLexicon } from '../../lexicon/adm.js';

const DECISION = 'd[ée]cisions?';

export const adm: AdmLexicon = {
  decisionWords: ['décisions?', 'décide(?:r|nt)?'],
  decisions: [
    `(?:prise\\s+de\\s+)?${DECISION}\\s+(?:individuelles?\\s+)?(?:enti[èe]rement\\s+|exclusivement\\s+|purement\\s+)?automatis[ée]e?s?`,
    // The adjective after a coordination: "un processus de prise de décision et de profilage automatisé".
    `(?:prise\\s+de\\s+)?${DECISION}\\s+et\\s+(?:de\\s+)?profilage\\s+automatis[ée]e?s?`,
    `${DECISION}\\s+(?:\\S+\\s+){0,4}?(?:fond[ée]e?s?|bas[ée]e?s?)\\s+(?:exclusivement|uniquement|seulement|enti[èe]rement)\\s+sur\\s+(?:un|le|des)\\s+traitements?\\s+automatis[ée]s?`,
    `${DECISION}\\s+(?:\\S+\\s+){0,4}?(?:fond[ée]e?s?|bas[ée]e?s?)\\s+sur\\s+(?:un|le|des)\\s+traitements?\\s+automatis[ée]s?`,
    'traitements?\\s+automatis[ée]s?(?:\\s+\\S+){0,3}?\\s+(?:pour\\s+)?(?:prendre|aboutir\\s+[àa])\\s+(?:des\\s+|une\\s+)?d[ée]cisions?',
    // Decisions taken without a person: "aucune décision n'est prise sans intervention humaine".
    `${DECISION}\\s+(?:\\S+\\s+){0,6}?sans\\s+(?:aucune\\s+)?intervention\\s+humaine`,
  ],
  profiling: ['profilage'],
  effects: [
    'effets?\\s+juridiques?',
    'affect(?:e|ant|er)\\s+(?:de\\s+(?:mani[èe]re|fa[çc]on)\\s+)?significativ\\p{L}*',
    '(?:de\\s+)?(?:mani[èe]re|fa[çc]on)\\s+significative',
    'effets?\\s+(?:similaires?|significatifs?|importants?)',
    'cons[ée]quences?\\s+juridiques?',
  ],
  marketing: ['marketing', 'publicit\\p{L}*', 'prospection', 'commerciale?s?', 'personnalis[ée]e?s?', 'cibl[ée]e?s?'],
  // Le droit de l'art. 22 en ses mots, par exemple en liste sous « Vous avez le droit : ».
  neutralBefore: ["ne\\s+pas\\s+(?:faire\\s+l['’]objet|[êe]tre\\s+soumis\\p{L}*)", 'droits?', 'si', 'lorsque', 'dans\\s+le\\s+cas\\s+o[ùu]', '[àa]\\s+l[\'’]avenir'],
  definitions: ['d[ée]signe', 'signifie', 'on\\s+entend\\s+par', 'consiste\\s+[àa]', 's[\'’]entend', 'contient\\s+(?:\\S+\\s+){0,3}?(?:r[èe]gles|dispositions)\\s+(?:sur|relatives|concernant)'],
  noLonger: ['ne\\s+(?:\\S+\\s+){0,2}?plus\\s+(?:\\S+\\s+){0,2}?(?:utilis|trait|exploit)\\p{L}*'],
  negatedAfter: [
    '(?:n[\'’]est|ne\\s+sont)\\s+(?:\\S+\\s+)?(?:pas|jamais)\\s+(?:utilis[ée]e?s?|mis\\p{L}*\\s+en\\s+(?:[œo]euvre|place)|effectu[ée]e?s?|pratiqu[ée]e?s?|r[ée]alis[ée]e?s?|appliqu[ée]e?s?)',
    'ne\\s+(?:fait|font)\\s+(?:\\S+\\s+)?(?:pas|jamais)\\s+l[\'’]objet',
    'n[\'’](?:est|a)\\s+(?:pas|jamais)\\s+lieu',
    'n[\'’]est\\s+pas\\s+(?:applicable|concern[ée]e?)',
    // First person: "Nous n'utilisons pas ce type de traitement", "nous n'y recourons pas", "ne procédons à aucune".
    '(?:n[\'’](?:y\\s+)?(?:utilisons|effectuons|appliquons)|ne\\s+(?:y\\s+)?(?:recourons|pratiquons|proc[ée]dons|faisons|mettons))\\s+(?:pas|jamais|[àa]\\s+aucune?)',
  ],
  sectionHeadings: ['(?:prise\\s+de\\s+)?d[ée]cisions?\\s+(?:individuelles?\\s+)?automatis[ée]e?s?', 'profilage'],
  automation: [
    'automatiqu(?:e|es|ement)',
    'automatis[ée]e?s?',
    'sans\\s+(?:aucune\\s+)?intervention\\s+humaine',
    'sans\\s+(?:qu[\'’]une?\\s+)?(?:personne|humain|[êe]tre\\s+humain)',
  ],
};

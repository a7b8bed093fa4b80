import type { TransfersLexicon } from '../../lexicon/transfers.js';

const EU = "(?:l['’](?:ue|eee|union(?:\\s+europ[ée]enne)?|espace\\s+[ée]conomique\\s+europ[ée]en|europe)|ue|eee|union\\s+europ[ée]enne|europe)";

export const transfers: TransfersLexicon = {
  outside: [
    `(?:hors|en[\\s-]dehors|[àa]\\s+l['’]ext[ée]rieur)\\s+(?:de\\s+)?${EU}`,
    'pays\\s+tiers', '[ée]tats?\\s+tiers', 'pays\\s+(?:non\\s+membres?|situ[ée]s?\\s+hors)', 'transferts?\\s+internationa(?:l|ux)\\s+(?:de\\s+donn[ée]es)?',
  ],
  inside: [
    `(?:au\\s+sein|[àa]\\s+l['’]int[ée]rieur)\\s+de\\s+${EU}`, `(?:dans|sur\\s+le\\s+territoire\\s+de)\\s+${EU}`,
    `(?:uniquement|exclusivement|seulement)\\s+(?:en|dans)\\s+${EU}`, '(?:h[ée]berg[ée]e?s?|stock[ée]e?s?|conserv[ée]e?s?)\\s+en\\s+(?:france|europe|belgique|suisse)',
  ],
  noneLabels: ['(?:transferts?|transmission)[^:.]{0,60}:\\s*(?:aucun|non|n[ée]ant|sans\\s+objet)'],
  destinationCues: [
    'stock[ée]e?s?', 'stockage', 'conserv[ée]e?s?', 'trait[ée]e?s?', 'traitement', 'h[ée]berg[ée]e?s?', 'h[ée]bergement', 'serveurs?', 'centres?\\s+de\\s+donn[ée]es',
    'datacenters?', 'transf[ée]r[ée]e?s?', 'transferts?', 'transmises?', 'envoy[ée]e?s?', 'acc[èe]s', 'localis[ée]e?s?', 'situ[ée]e?s?',
    // The verb too: "Ces prestataires sont susceptibles de traiter des données aux États-Unis", "nous stockons vos données au Canada".
    'trait(?:er|ons|ent)', 'stock(?:er|ons|ent)', 'h[ée]berg(?:er|eons|ent)', 'transf[ée]r(?:er|ons|ent)', 'conserv(?:er|ons|ent)',
  ],
  originPrepositions: ['de', 'depuis', "d['’]"],
  destinationPrepositions: ['vers', 'en', 'aux', 'au', '[àa]', 'dans'],
  personNouns: ['utilisateurs?', 'visiteurs?', 'clients', 'personnes', 'r[ée]sidents', 'citoyens', 'membres', 'salari[ée]s', 'internautes', 'habitants'],
  absent: ['sans', 'aucune?', 'pas', 'ne', "n['’]\\p{L}+"],
  mechanisms: {
    adequacy: [
      "d[ée]cisions?\\s+d['’]ad[ée]quation", "d[ée]cisions?\\s+(?:de\\s+la\\s+commission\\s+europ[ée]enne\\s+)?(?:constatant|reconnaissant)\\s+(?:un\\s+niveau\\s+de\\s+protection\\s+)?ad[ée]quat",
      "(?:reconnus?|jug[ée]s?|consid[ée]r[ée]s?)\\s+(?:par\\s+la\\s+commission\\s+europ[ée]enne\\s+)?comme\\s+(?:offrant|assurant|garantissant|disposant\\s+d['’])\\s+un\\s+niveau\\s+(?:de\\s+protection\\s+)?(?:ad[ée]quat|suffisant|[ée]quivalent)",
      'niveau\\s+de\\s+protection\\s+(?:ad[ée]quat|suffisant|[ée]quivalent)', 'ad[ée]quation',
    ],
    derogation: ['art(?:icle|\\.)?\\s*49(?:\\s+du\\s+rgpd)?', "d[ée]rogations?\\s+(?:pour\\s+des\\s+situations\\s+particuli[èe]res|pr[ée]vues\\s+[àa]\\s+l['’]article\\s+49)"],
  },
  safeguards: ['garanties\\s+(?:appropri[ée]es|ad[ée]quates|suffisantes)', 'mesures\\s+de\\s+protection\\s+appropri[ée]es'],
  seatCues: ['si[èe]ge', 'bas[ée]e?s?', '[ée]tablie?s?', 'implant[ée]e?s?', 'domicili[ée]e?s?', 'immatricul[ée]e?s?'],
  companiesOf: {
    US: ['(?:soci[ée]t[ée]s?|entreprises?|prestataires?|fournisseurs?|h[ée]bergeurs?|firmes?|groupes?|services?)\\s+am[ée]ricain(?:e|s|es)?', 'am[ée]ricain(?:e|s|es)?\\s+(?:soci[ée]t[ée]|entreprise|firme)'],
  },
};

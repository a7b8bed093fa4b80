import type { CommonLexicon } from '../../lexicon/common.js';

export const common: CommonLexicon = {
  // Read word by word. Only the second half of "ne … pas" denies: "ne" (or the elided "n'utilisons") alone is also the
  // restrictive "ne … que" ("nous ne collectons que votre adresse e-mail"), so "pas", "jamais", "aucun" carry the denial
  // to what follows them ("nous ne partageons pas vos données").
  negation: ['pas', 'jamais', "(?:[dl]['’])?aucune?", 'aucunement', 'ni', 'rien', 'nullement', 'sans', 'guère'],
  // "ne … que" means "only": the clause after "que" is not denied ("nous ne conservons que les données nécessaires").
  clauseBreaks: ['mais', 'cependant', 'toutefois', 'néanmoins', 'sauf', 'hormis', 'excepté', 'seulement', 'uniquement', 'exclusivement', '(?<!(?:tel|telle|tels|telles|ainsi)\\s)que', "qu(?=['’])", 'sauf\\s+si', 'à\\s+moins\\s+que'],
  determiners: ['vos', 'votre', 'tes', 'ton', 'ta', 'leurs?', 'les?', 'la', "l['’]", 'des', 'du', 'de', "d['’]", 'un', 'une'],
  conjunctions: ['et', 'ou'],
  enumerationJoins: ['et'],
  leadingConjunctions: ['et', 'ou', 'ainsi\\s+que'],
  // "pas plus de 3 ans", "n'excédant pas 13 mois": a bound on the period, not a denial of keeping the data.
  limitNegations: ['(?:pas|jamais)\\s+(?:plus\\s+(?:de|longtemps|que)|au-?del[àa])', "n['’]exc[èe]d(?:e|ant)\\s+pas", 'ne\\s+d[ée]passant\\s+pas'],
  topics: {
    controller: [
      'qui\\s+sommes[\\s-]nous', 'responsable\\s+(?:du|de|des)\\s+traitements?', 'identit[ée]\\s+(?:et\\s+coordonn[ée]es\\s+)?(?:du\\s+)?responsable', '[ée]diteur(?:\\s+du\\s+site)?',
      'mentions\\s+l[ée]gales', 'pr[ée]sentation', '[àa]\\s+propos(?:\\s+de\\s+nous)?',
    ],
    contact: ['contact(?:s|ez[\\s-]nous)?', 'nous\\s+contacter', 'coordonn[ée]es', 'questions'],
    dpo: ['d[ée]l[ée]gu[ée]e?\\s+(?:[àa]\\s+la\\s+)?protection\\s+des\\s+donn[ée]es', 'dpo', 'dpd', 'data\\s+protection\\s+officer'],
    data: [
      '(?:quelles\\s+)?donn[ée]es\\s+(?:personnelles\\s+|[àa]\\s+caract[èe]re\\s+personnel\\s+)?(?:collect[ée]es|trait[ée]es|recueillies|que\\s+nous\\s+(?:collectons|traitons|recueillons))',
      'quelles\\s+(?:sont\\s+les\\s+)?donn[ée]es', 'cat[ée]gories\\s+de\\s+donn[ée]es', 'types?\\s+de\\s+donn[ée]es', 'collecte\\s+(?:des\\s+|de\\s+vos\\s+)?donn[ée]es', 'donn[ée]es\\s+collect[ée]es',
    ],
    special_data: ['cat[ée]gories\\s+particuli[èe]res', 'donn[ée]es\\s+sensibles'],
    purposes: [
      'finalit[ée]s?', 'pourquoi', '[àa]\\s+quoi\\s+serv\\p{L}+', 'objectifs?', 'utilisation\\s+(?:de\\s+vos\\s+|des\\s+)?donn[ée]es',
      'comment\\s+(?:utilisons[\\s-]nous|nous\\s+utilisons)', 'usage\\s+(?:de\\s+vos\\s+|des\\s+)?donn[ée]es',
    ],
    legal_basis: ['bases?\\s+l[ée]gales?', 'bases?\\s+juridiques?', 'fondements?\\s+(?:juridiques?|l[ée]gaux|l[ée]gal)', 'lic[ée]it[ée]'],
    retention: ['dur[ée]es?\\s+de\\s+conservation', 'conservation', 'combien\\s+de\\s+temps', 'conserv\\p{L}+', 'archivage'],
    recipients: [
      'destinataires?', 'tiers', 'partage', 'partageons', 'sous[\\s-]traitants?', 'prestataires?', 'communication\\s+(?:de\\s+vos\\s+|des\\s+)?donn[ée]es',
      'qui\\s+(?:a|peut\\s+avoir)\\s+acc[èe]s', 'transmission',
    ],
    transfers: ['transferts?', 'hors\\s+(?:de\\s+l[\'’])?(?:ue|eee|union\\s+europ[ée]enne)', 'en[\\s-]dehors\\s+de\\s+l[\'’](?:ue|eee|union|espace)', 'pays\\s+tiers', 'international(?:e|es|aux)?'],
    rights: ['droits', 'vos\\s+droits', 'exercer', 'acc[èe]s\\s+(?:[àa]\\s+vos\\s+|aux\\s+)donn[ée]es'],
    complaint: ['r[ée]clamations?', 'plaintes?', 'autorit[ée]\\s+de\\s+contr[ôo]le', 'cnil'],
    adm: ['d[ée]cisions?\\s+(?:individuelles?\\s+)?automatis[ée]es?', 'prise\\s+de\\s+d[ée]cision\\s+automatis[ée]e', 'profilage'],
    cookies: ['cookies?', 'traceurs?', 't[ée]moins\\s+de\\s+connexion'],
    children: ['enfants', 'mineurs?'],
    security: ['s[ée]curit[ée]', 's[ée]curis\\p{L}+', 'protection\\s+de\\s+vos\\s+donn[ée]es'],
    changes: ['modifications?', 'mises?\\s+[àa]\\s+jour', '[ée]volution'],
  },
};

import type { CookieLexicon, ChildrenLexicon } from '../../lexicon/cookies.js';

export const cookies: CookieLexicon = {
  nouns: ['cookies?', 'traceurs?', 't[ée]moins\\s+de\\s+connexion'],
  kinds: {
    functional: ['(?:strictement\\s+)?n[ée]cessaires?', 'essentiels?', 'fonctionnels?', 'techniques?', 'de\\s+session', 'de\\s+pr[ée]f[ée]rences?', 'indispensables?'],
    analytics: ['analytiques?', 'statistiques?', 'de\\s+statistiques?', "de\\s+mesure\\s+d['’]audience", "d['’]audience", 'de\\s+performance', "d['’]analyse"],
    marketing: ['publicitaires?', 'de\\s+ciblage', 'marketing', 'de\\s+suivi', 'de\\s+r[ée]seaux\\s+sociaux', 'de\\s+publicit[ée]', 'de\\s+personnalisation\\s+publicitaire'],
  },
  joiners: [',', 'et', 'ou', '/', '&'],
  kindAfterNoun: true,
  useVerbs: ['utilis(?:e|ons|ent|er)', 'utilis[ée]s?', 'd[ée]pos(?:e|ons|ent|er)', 'd[ée]pos[ée]s?', 'install(?:e|ons|ent|er)', 'install[ée]s?', 'recour(?:s|ons|ir)\\s+[àa]', 'a\\s+recours\\s+[àa]', 'place[rz]?', 'plac[ée]s?'],
  session: ['cookies?\\s+de\\s+session', '(?:jusqu[\'’][àa]\\s+la\\s+|[àa]\\s+la\\s+)?fermeture\\s+d[ue]\\s+(?:votre\\s+|du\\s+)?navigateur', '(?:jusqu[\'’][àa]\\s+la\\s+|[àa]\\s+la\\s+)?fin\\s+de\\s+(?:la|votre)\\s+(?:session|navigation|visite)', 'dur[ée]e\\s+de\\s+(?:la|votre)\\s+session'],
  sessionCell: ['session', 'fin\\s+de\\s+(?:la\\s+)?session', 'de\\s+session'],
  absence: ['sans', 'aucun'],
  namedBy: ['nomm[ée]s?', 'appel[ée]s?', 'intitul[ée]s?', 'd[ée]nomm[ée]s?'],
  columns: {
    name: ['nom(?:\\s+du\\s+cookie)?', 'cookies?', 'traceurs?'],
    lifetime: ['dur[ée]e(?:\\s+de\\s+(?:vie|conservation|validit[ée]))?', 'expiration', 'validit[ée]', 'conservation', 'dur[ée]e\\s+maximale'],
    kind: ['type', 'cat[ée]gorie', 'nature', 'finalit[ée]'],
  },
};

export const children: ChildrenLexicon = {
  words: ['enfants?', 'mineurs?', 'mineures?', 'jeunes', 'parents?', 'titulaires?\\s+de\\s+l[\'’]autorit[ée]\\s+parentale', 'autorit[ée]\\s+parentale', 'repr[ée]sentants?\\s+l[ée]ga(?:l|ux)', 'tuteurs?'],
  ages: [
    '(?:[âa]g[ée]e?s?\\s+de\\s+)?moins\\s+de\\s+(\\d+|\\p{L}+)\\s+ans', 'de\\s+moins\\s+de\\s+(\\d+|\\p{L}+)', '[âa]g[ée]e?s?\\s+de\\s+(\\d+|\\p{L}+)\\s+ans', '(\\d+|\\p{L}+)\\s+ans\\s+(?:ou\\s+plus|et\\s+plus|r[ée]volus|minimum)',
    '(?:plus|moins)\\s+de\\s+(\\d+|\\p{L}+)\\s+ans', '[âa]ge\\s+(?:minimum\\s+|minimal\\s+|l[ée]gal\\s+)?de\\s+(\\d+|\\p{L}+)\\s+ans', 'au\\s+moins\\s+(\\d+|\\p{L}+)\\s+ans', '(\\d+)\\s+ans\\s+(?:ou\\s+moins)',
  ],
  ageUnits: ['ans', '[âa]ge'],
  dataWords: ['consentement', 'autorisation', 'accord', 'donn[ée]es', 'informations?', 'collect\\p{L}*', 'recueill\\p{L}*', 'compte', 'inscri\\p{L}*', 'parents?', 'autorit[ée]\\s+parentale'],
};

import type { NotNameLexicon } from '../../lexicon/controller.js';

/** What stands where the controller's name is expected but names no one (French). */
export const notNames: NotNameLexicon = {
  // "Qui sommes-nous ?", "Quelles données …", "Comment nous contacter".
  questionWords: ['qui', 'que', 'quoi', 'quel(?:le)?s?', 'lesquel(?:le)?s?', 'comment', 'o[ùu]', 'pourquoi', 'quand', 'combien'],
  // "Contactez-nous", "Écrivez-nous", "Cliquez ici".
  imperatives: ['contactez', 'contacte', '[ée]crivez', '[ée]cris', 'appelez', 'appelle', 'envoyez', 'envoie', 'cliquez', 'clique', 'consultez', 'consulte', 'visitez', 'rendez', 'adressez', 'lisez', 'rejoignez', 'suivez', 'retrouvez', 'prenez', 'n[\'’]h[ée]sitez'],
  // "au sens du RGPD", "conformément à l'article 4", "en vertu du RGPD", "selon la loi".
  legalReferences: [
    'au\\s+sens', 'conform[ée]ment', 'en\\s+vertu', 'selon\\s+(?:le|la|les|l[\'’]|art(?:icle|\\.)?)', 'en\\s+application', 'en\\s+application', 'aux\\s+termes',
    'art(?:icle|\\.)?\\s*\\d', '§', 'loi\\s+(?:n°|du|informatique)', 'r[ée]glement\\s+(?:g[ée]n[ée]ral|\\(ue\\)|ue|europ[ée]en)',
  ],
  // "Informations sur l'association", "Coordonnées du responsable", "Récolte et stockage de vos données".
  headingOpeners: [
    '(?:informations?|renseignements|pr[ée]cisions|questions|d[ée]tails|coordonn[ée]es|mentions)\\s+(?:sur|concernant|relatives?|[àa]\\s+propos|du|de\\s+la|des|de\\s+l[\'’])',
    '(?:r[ée]colte|collecte|stockage|utilisation|conservation|traitement)\\s+(?:et|de|des|du|d[\'’])', 'pr[ée]ambule', 'introduction', 'sommaire',
  ],
  // "le Président de l'association", "le bureau", "le gérant", "la direction".
  roleNouns: [
    'pr[ée]sident(?:e)?', 'bureau', 'g[ée]rant(?:e)?', 'directeur', 'directrice', 'direction', 'webmaster', 'webmestre', 'administrat(?:eur|rice)', 'conseil\\s+d[\'’]administration',
    'secr[ée]taire', 'tr[ée]sori(?:er|[èe]re)', 'responsable\\s+(?:du\\s+site|de\\s+la\\s+publication|de\\s+publication|l[ée]gal)', 'directeur\\s+de\\s+(?:la\\s+)?publication', 'propri[ée]taire', '[ée]quipe', 'membres', 'fondat(?:eur|rice)',
  ],
  inflections: ['s', 'e', 'es'],
  // "Réalisation du site : Pixelweb SARL", "Conception et réalisation : …", "Site réalisé par …", "Hébergeur : …".
  makers: [
    '(?:conception|r[ée]alisation|cr[ée]ation|d[ée]veloppement|design|webdesign)(?:\\s+(?:et|&)\\s+\\p{L}+)?(?:\\s+(?:du|de\\s+ce)\\s+site(?:\\s+(?:web|internet))?)?',
    '(?:site|site\\s+(?:web|internet))\\s+(?:r[ée]alis[ée]|con[çc]u|cr[ée][ée]|d[ée]velopp[ée])\\s+par', '(?:r[ée]alis[ée]|con[çc]u|cr[ée][ée])\\s+par', 'h[ée]bergeur', 'h[ée]bergement', 'h[ée]berg[ée]\\s+par',
    'cr[ée]dits?(?:\\s+photos?)?', 'photos?', 'g[ée]n[ée]r[ée]e?\\s+(?:par|avec)', '(?:\\S+\\s+){0,3}?(?:g[ée]n[ée]rateur|mod[èe]le)\\s+(?:de|du|d[\'’])',
  ],
  // "voir Mentions légales", "Lien vers la page d'accueil", "Cliquez ici": a page of the site or a link to it.
  // "Tous les traitements …", "Chaque utilisateur …", "Certaines données …", "Ces informations …".
  determiners: ['tou(?:t|te|s|tes)', 'chaque', 'aucun(?:e)?', 'nul(?:le)?', 'certain(?:e)?s?', 'plusieurs', 'quelques', 'divers(?:es)?', 'diff[ée]rent(?:e)?s', 'ces', 'ladite', 'ledit', 'lesdit(?:e)?s', 'autres?'],
  pageWords: ['mentions', 'l[ée]gales', "(?:d['’])?accueil", 'pages?', 'liens?', 'voir', 'ici', 'cliquez', 'cliquer', 'contact', 'site', 'rubrique', 'vers', 'haut', 'bas'],
};

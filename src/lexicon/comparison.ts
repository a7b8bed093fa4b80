import type { Language } from '../model/types.js';

/**
 * Words for comparing two policies (src/diff), per language: how strongly a sentence commits the organisation, and
 * which kind of data a retention period is about. All entries are regex SOURCE strings, compiled case-insensitively
 * and word-anchored by `wordPattern`; no capture groups. Data only: the diff code holds no words.
 */

/** The topics retention periods are matched on across two policies (two companies word them differently). */
export const RETENTION_TOPICS = ['invoices', 'accounts', 'logs', 'marketing', 'applicants', 'support', 'cameras'] as const;
export type RetentionTopic = (typeof RETENTION_TOPICS)[number];

export interface ComparisonLexicon {
  /** Verbs that bind the organisation: "will", "undertakes to", "shall". */
  binding: string[];
  /** Verbs that leave it free: "may", "can", "might". */
  optional: string[];
  /** Unconditional adverbs: "always", "in all cases". */
  unconditional: string[];
  /** Qualifiers that make a promise conditional: "where possible", "if feasible", "in principle". */
  qualifiers: string[];
  /** Negations: a removed or added one reverses a statement. */
  negations: string[];
  /**
   * Function words (articles, pronouns, prepositions, conjunctions, auxiliaries, intensifiers), lower case, plain
   * words (not patterns): a reworded sentence that only gains or loses these says the same thing.
   */
  functionWords: string[];
  /**
   * Words that present a sentence as the legal basis of processing ("legal basis", "on the basis of", "Art. 6"): a
   * consent or interest named without them may be a remark (voluntary use of an app), not the basis.
   */
  basisCues: string[];
  /** For each topic, words of a retention subject (or its sentence) that name that kind of data. First match wins. */
  topics: Record<RetentionTopic, string[]>;
}

const NL: ComparisonLexicon = {
  binding: ['zullen', 'zal', 'verplicht(?:en)?\\s+(?:ons|zich)', 'verbind(?:t|en)\\s+(?:ons|zich)', 'moet(?:en)?', 'dien(?:t|en)'],
  optional: ['kunnen', 'kan', 'mogen', 'mag', 'eventueel'],
  unconditional: ['altijd', 'in\\s+alle\\s+gevallen', 'steeds', 'nooit'],
  qualifiers: ['waar\\s+mogelijk', 'indien\\s+mogelijk', 'zo\\s+veel\\s+mogelijk', 'zoveel\\s+mogelijk', 'in\\s+principe', 'in\\s+de\\s+regel', 'doorgaans', 'zo\\s+mogelijk'],
  negations: ['niet', 'geen', 'nooit', 'nimmer'],
  functionWords: ['de', 'het', 'een', 'en', 'of', 'van', 'in', 'op', 'aan', 'bij', 'met', 'voor', 'door', 'naar', 'om', 'te', 'tot', 'uit', 'over', 'onder', 'als', 'dan', 'dat', 'die', 'dit', 'deze', 'wat', 'wie', 'welke', 'waar', 'er', 'hier', 'daar', 'zo', 'ook', 'nog', 'al', 'wel', 'dus', 'maar', 'want', 'u', 'uw', 'je', 'jij', 'jouw', 'wij', 'we', 'ons', 'onze', 'hij', 'zij', 'ze', 'zijn', 'haar', 'hun', 'hen', 'is', 'was', 'wordt', 'worden', 'werd', 'heeft', 'hebben', 'had', 'zeer', 'erg', 'heel', 'dan', 'hierbij', 'daarbij', 'hiervoor', 'daarvoor'],
  basisCues: ['(?:rechts|wettelijke\\s+)?grondslag(?:en)?', 'rechtsgrond(?:en)?', 'wettelijke\\s+basis', 'op\\s+(?:basis|grond)\\s+van', 'art(?:ikel|\\.)?\\s*6\\b'],
  topics: {
    invoices: ['factu(?:ur|ren|ratie)\\p{L}*', 'boekhoud\\p{L}*', 'administratie\\p{L}*', 'fiscal\\p{L}*', 'belasting\\p{L}*', 'betaling\\p{L}*', 'bestelling\\p{L}*'],
    accounts: ['account\\p{L}*', 'klantgegevens', 'klantprofiel\\p{L}*', 'profiel\\p{L}*', 'gebruikersgegevens'],
    logs: ['log(?:s|bestand\\p{L}*|gegevens)?', 'ip[\\s-]?adres(?:sen)?', 'server\\p{L}*'],
    marketing: ['nieuwsbrie(?:f|ven)', 'marketing', 'direct\\s*marketing', 'mailing\\p{L}*'],
    applicants: ['sollicit\\p{L}*', 'kandida(?:at|ten)', 'werving\\p{L}*', 'cv', 'talentpool\\p{L}*'],
    support: ['klantenservice', 'supportverzoek\\p{L}*', 'vragen', 'contactformulier\\p{L}*', 'correspondentie'],
    cameras: ['camera\\p{L}*', 'beelden'],
  },
};

const EN: ComparisonLexicon = {
  binding: ['will', 'shall', 'must', 'undertakes?\\s+to', 'commits?\\s+to', 'are\\s+committed\\s+to', 'is\\s+committed\\s+to', 'agrees?\\s+to'],
  optional: ['may', 'might', 'can', 'could'],
  unconditional: ['always', 'in\\s+all\\s+cases', 'at\\s+all\\s+times', 'never'],
  qualifiers: ['where\\s+(?:possible|feasible|practicable|appropriate)', 'if\\s+(?:possible|feasible|practicable)', 'when(?:ever)?\\s+possible', 'as\\s+far\\s+as\\s+(?:possible|practicable)', 'in\\s+principle', 'generally', 'usually', 'to\\s+the\\s+extent\\s+possible'],
  negations: ['not', 'no', 'never', "n['’]t", 'neither', 'nor'],
  functionWords: ['the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'by', 'for', 'with', 'from', 'as', 'into', 'about', 'than', 'that', 'this', 'these', 'those', 'which', 'who', 'whom', 'what', 'where', 'there', 'here', 'it', 'its', 'also', 'such', 'so', 'then', 'you', 'your', 'yours', 'we', 'us', 'our', 'ours', 'he', 'she', 'they', 'them', 'their', 'his', 'her', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'very', 'any', 'some', 'all', 'each'],
  basisCues: ['legal\\s+bas(?:is|es)', 'lawful\\s+bas(?:is|es)', 'legal\\s+grounds?', '(?:on|under)\\s+the\\s+(?:basis|grounds?)\\s+of', '(?:is|are)\\s+based\\s+on', 'art(?:icle|\\.)?\\s*6\\b'],
  topics: {
    invoices: ['invoic\\p{L}*', 'billing', 'accounting', 'tax', 'financial\\s+records?', 'transaction\\p{L}*', 'payment\\p{L}*', 'orders?', 'bookkeeping'],
    accounts: ['accounts?', 'customer\\s+(?:data|information|records?)', 'profiles?', 'user\\s+data'],
    logs: ['logs?', 'log\\s+files?', 'ip\\s+address(?:es)?', 'server\\s+logs?', 'audit\\s+trails?'],
    marketing: ['newsletters?', 'marketing', 'mailing\\s+lists?', 'promotional'],
    applicants: ['applicants?', 'applications?', 'candidates?', 'recruit\\p{L}*', 'job\\s+applications?', 'talent\\s+pool', 'cvs?', 'resumes?'],
    support: ['support\\s+(?:requests?|tickets?)', 'customer\\s+service', 'enquir(?:y|ies)', 'inquir(?:y|ies)', 'correspondence', 'contact\\s+forms?'],
    cameras: ['cctv', 'camera\\p{L}*', 'video\\s+(?:footage|surveillance)'],
  },
};

const DE: ComparisonLexicon = {
  binding: ['werden', 'wird', 'verpflicht(?:et|en)\\s+(?:uns|sich)', 'müssen', 'muss'],
  optional: ['können', 'kann', 'dürfen', 'darf', 'gegebenenfalls', 'ggf\\.'],
  unconditional: ['immer', 'stets', 'in\\s+jedem\\s+fall', 'niemals', 'nie'],
  qualifiers: ['soweit\\s+möglich', 'wenn\\s+möglich', 'falls\\s+möglich', 'nach\\s+möglichkeit', 'grundsätzlich', 'in\\s+der\\s+regel', 'möglichst'],
  negations: ['nicht', 'kein\\p{L}*', 'nie', 'niemals'],
  functionWords: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'und', 'oder', 'von', 'vom', 'zu', 'zum', 'zur', 'in', 'im', 'ins', 'an', 'am', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'für', 'über', 'unter', 'durch', 'als', 'wie', 'dass', 'diese', 'dieser', 'dieses', 'diesem', 'diesen', 'welche', 'welcher', 'welches', 'es', 'sie', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres', 'wir', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres', 'er', 'sein', 'seine', 'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'auch', 'so', 'sehr', 'hier', 'dort', 'dabei', 'hierbei', 'hierfür', 'dafür', 'zudem', 'ferner'],
  basisCues: ['rechtsgrundlage(?:n)?', '(?:rechtliche|gesetzliche)\\s+grundlage(?:n)?', 'grundlage\\s+(?:der|für\\s+die|dieser)\\s+verarbeitung', 'auf\\s+(?:der\\s+)?grundlage', 'gestützt', 'art(?:ikel|\\.)?\\s*6\\b'],
  topics: {
    invoices: ['rechnung\\p{L}*', 'buchhaltung\\p{L}*', 'steuer\\p{L}*', 'handels\\p{L}*', 'buchungs\\p{L}*', 'zahlung\\p{L}*', 'bestell\\p{L}*'],
    accounts: ['konto\\p{L}*', 'kundenkonto\\p{L}*', 'benutzerkonto\\p{L}*', 'profil\\p{L}*', 'kundendaten'],
    logs: ['log\\p{L}*', 'protokoll\\p{L}*', 'ip[\\s-]?adress\\p{L}*', 'server[\\s-]?log\\p{L}*'],
    marketing: ['newsletter\\p{L}*', 'werbung', 'marketing\\p{L}*', 'direktwerbung'],
    applicants: ['bewerb\\p{L}*', 'kandidat\\p{L}*', 'talentpool\\p{L}*', 'lebenslauf'],
    support: ['anfrage\\p{L}*', 'kundenservice', 'kontaktformular\\p{L}*', 'korrespondenz'],
    cameras: ['video\\p{L}*', 'kamera\\p{L}*'],
  },
};

const FR: ComparisonLexicon = {
  binding: ["s['’]engage(?:nt)?\\s+à", 'nous\\s+engageons\\s+à', 'doi(?:t|vent)', 'devons'],
  optional: ['peu(?:t|vent)', 'pouvons', 'pourr(?:a|ont|ions)', 'le\\s+cas\\s+échéant', 'éventuellement'],
  unconditional: ['toujours', 'en\\s+toutes?\\s+circonstances?', 'dans\\s+tous\\s+les\\s+cas', 'jamais'],
  qualifiers: ['dans\\s+la\\s+mesure\\s+du\\s+possible', 'si\\s+possible', 'lorsque\\s+(?:c[\'’]est\\s+)?possible', 'en\\s+principe', 'généralement', 'en\\s+règle\\s+générale'],
  negations: ['ne', "n['’]", 'pas', 'jamais', 'aucun\\p{L}*'],
  functionWords: ['le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'du', 'd', 'et', 'ou', 'à', 'au', 'aux', 'en', 'dans', 'par', 'pour', 'sur', 'avec', 'sous', 'que', 'qui', 'qu', 'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'nous', 'notre', 'nos', 'vous', 'votre', 'vos', 'leur', 'leurs', 'son', 'sa', 'ses', 'se', 's', 'est', 'sont', 'été', 'être', 'a', 'ont', 'aussi', 'très', 'ainsi', 'y'],
  basisCues: ['bases?\\s+l[ée]gales?', 'bases?\\s+juridiques?', 'fondements?\\s+(?:juridiques?|l[ée]gaux|l[ée]gal)', 'sur\\s+(?:la\\s+base|le\\s+fondement)\\s+d', 'art(?:icle|\\.)?\\s*6\\b'],
  topics: {
    invoices: ['factur\\p{L}*', 'comptab\\p{L}*', 'fiscal\\p{L}*', 'commande\\p{L}*', 'paiement\\p{L}*', 'transaction\\p{L}*'],
    accounts: ['comptes?', 'profils?', 'données\\s+clients?', 'espace\\s+client'],
    logs: ['logs?', 'journaux', 'journal\\s+de\\s+connexion', 'adresses?\\s+ip', 'données\\s+de\\s+connexion'],
    marketing: ['newsletters?', 'lettres?\\s+d[\'’]information', 'prospection\\p{L}*', 'marketing', 'prospects?'],
    applicants: ['candida(?:t|ts|te|tes|ture|tures)', 'recrutement\\p{L}*', 'cv'],
    support: ['demandes?', 'service\\s+client', 'formulaire\\s+de\\s+contact', 'correspondance\\p{L}*', 'réclamation\\p{L}*'],
    cameras: ['vidéo\\p{L}*', 'caméra\\p{L}*'],
  },
};

/** Per language that has comparison words; a language without them gets no commitment or topic reading. */
export const COMPARISON: Partial<Record<Language, ComparisonLexicon>> = { nl: NL, en: EN, de: DE, fr: FR };

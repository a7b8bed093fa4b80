import type { SupportedLanguage } from '../model/types.js';

/**
 * Retention wording per language (regex sources, matched case-insensitively on word boundaries unless a field says
 * otherwise). Durations themselves are found by src/extract/duration.ts; this lexicon says when a duration is a
 * retention period, what it runs from, and what is a criterion, vague wording or something else entirely.
 */
export interface RetentionLexicon {
  /** Words that make a sentence about keeping or deleting data. */
  cues: string[];
  /** Deletion verbs: with these a "when you …" clause is the end point of keeping the data. */
  deletionCues: string[];
  /** Labels that make a line or table column about retention ("Storage:", column "Bewaartermijn"). */
  labels: string[];
  /** Openings of an end point without a number ("zolang u lid bent", "until you unsubscribe"); the row's anchor runs from here to the end of the clause. */
  criteria: string[];
  /** "when you cancel your subscription": an end point only after a deletion verb. */
  deletionTriggers: string[];
  /** A sentence with these states a right or a request ("u heeft het recht … te wissen wanneer …"), not an end point. */
  rightsWords: string[];
  /** Wording that names no period or criterion ("niet langer dan strikt nodig"). */
  vague: string[];
  /** Inside a "zolang …" / "as long as …" clause these make it vague ("zolang als nodig is"). */
  necessity: string[];
  /** The start or end event after a period: "7 jaar na het beëindigen van het contract", "within 90 days of your request". */
  anchorsAfter: string[];
  /** One-word events after a period: "tot 2 jaar daarna". */
  anchorWords: string[];
  /** An event stated just before the period: "vanaf het moment van uploaden 14 dagen bewaard". */
  anchorsBefore: string[];
  /** Words that end an anchor, criterion or subject phrase (punctuation ends them too). */
  phraseEnds: string[];
  /** Periods near these words, or after them in one clause, are no retention: reply deadlines, notice periods, validity, trials, a contract's term. */
  notRetention: string[];
  /** Directly before a number of years these make it an age: "jonger dan 16 jaar". */
  ageBefore: string[];
  /** Directly after a period these make it an age: "16 jaar oud", "13 years of age". */
  ageAfter: string[];
  /** Age unit forms ("16-jarige"), matched at the end of the duration text. */
  ageUnits: string[];
  /** In the same clause these make a number of years an age. */
  ageContext: string[];
  /** Directly before a period these point back at one already stated: "Na deze 14 dagen". */
  backReferences: string[];
  /** Directly before a period these make it a look-back window, not a retention period: "de afgelopen 14 dagen". */
  lookbacks: string[];
  /** Passive auxiliaries: the subject of "X worden 14 dagen bewaard" stands before the last one. */
  passiveAux: string[];
  /** Active retention verbs: the subject of "wij bewaren X gedurende …" is their object. */
  activeVerbs: string[];
  /** Words that end the object of an active verb ("gedurende", "for", "until"). */
  objectEnds: string[];
  /** Sentence openers and prepositions: a subject candidate starting with one is no subject ("Voor zover …, worden de gegevens", "met uw toestemming 1 jaar"). */
  subordinators: string[];
  /** First words of subjects that only point elsewhere ("deze gegevens", "it"): no subject as written. */
  pointerSubjects: string[];
  /** Pronouns that are no subject when they stand alone ("wij", "you"); "je persoonsgegevens" is one. */
  pronouns: string[];
  /** Subject pronouns that follow the verb in inverted order ("Sollicitaties bewaren wij …"): the object came first. */
  invertedSubjects: string[];
  /** A new clause inside a subject candidate: the subject is what follows (", maar deze codes worden …"). */
  clauseOpeners: string[];
  /** Words at the start of an object that belong to the verb ("We retain [and use] your information"). */
  leadingVerbs: string[];
  /** Adverbs and modal verbs trimmed from the edges of a subject ("doorgaans", "Your data [will] be deleted", "bewaren wij [nog]"). */
  fillers: string[];
}

export const RETENTION: Record<SupportedLanguage, RetentionLexicon> = {
  nl: {
    cues: [
      'bewaar\\p{L}*', 'bewaren', 'bewaring', 'opgeslagen', 'opslaan', 'opslag\\p{L}*', 'slaan\\s+(?:\\p{L}+\\s+){0,4}op',
      'verwijder\\p{L}*', 'gewist', 'wissen', 'vernietig\\p{L}*', 'geanonimiseerd', 'anonimiseren', 'gearchiveerd', 'archiveren',
      'vastgehouden', 'gehouden', 'houden\\s+(?:\\p{L}+\\s+){0,4}bij', 'bijgehouden', 'overschreven', 'overschrijven',
    ],
    deletionCues: ['verwijder\\p{L}*', 'gewist', 'wissen', 'vernietig\\p{L}*', 'geanonimiseerd', 'anonimiseren'],
    labels: ['bewaar\\p{L}*', 'bewaren', 'opslag(?:termijn|periode|duur)?', 'hoe\\s+lang', 'bewaring'],
    criteria: [
      'zo\\s*lang(?:\\s+als|\\s+dat)?', 'gedurende\\s+(?:de|het|uw|je)\\s+(?:looptijd|duur|bestaan|lidmaatschap|periode\\s+dat)',
      'voor\\s+de\\s+duur\\s+van', 'tijdens\\s+de\\s+(?:looptijd|duur)\\s+van',
      'tot(?:dat)?\\s+(?:u|je|jij|men|wij|we|uw|de\\s+betrokkene)(?=\\s)', 'totdat', 'tot\\s+het\\s+(?:moment|einde|eind|tijdstip)\\s+(?:dat|waarop|van)',
      'tot\\s+(?:uw|je|de)\\s+(?:afmelding|uitschrijving|opzegging|intrekking|beëindiging|verwijdering)',
    ],
    deletionTriggers: ['(?:zodra|wanneer|nadat)\\s+(?:u|je|jij)'],
    rightsWords: ['recht(?:en)?', 'verzoek\\p{L}*', 'verzoeken', '(?:u|je|jij)\\s+(?:kunt|kan|mag)'],
    vague: [
      '(?:niet\\s+)?langer\\s+dan\\s+(?:strikt\\s+|echt\\s+|absoluut\\s+)?(?:nodig|noodzakelijk|vereist)',
      'gedurende\\s+een\\s+redelijke\\s+(?:termijn|periode|tijd)', 'voor\\s+(?:een\\s+)?beperkte\\s+(?:tijd|periode)',
      'onbeperkt', 'voor\\s+onbepaalde\\s+tijd',
    ],
    necessity: ['nodig', 'noodzakelijk', 'vereist', 'mogelijk', 'nuttig', 'wenselijk', 'gewenst', 'relevant', 'toegestaan', 'verplicht'],
    anchorsAfter: ['na(?:dat)?', 'vanaf', 'sinds', '(?:te\\s+)?(?:rekenen|gerekend)\\s+vanaf', 'volgend\\s+op'],
    anchorWords: ['daarna', 'nadien'],
    anchorsBefore: ['vanaf', '(?:te\\s+)?(?:rekenen|gerekend)\\s+vanaf', 'na(?:dat)?'],
    phraseEnds: [
      'tenzij', 'indien', 'behalve', 'waarna', 'daarna', 'en\\s+tot', 'en\\s+daarna', 'of\\s+(?:zo\\s*lang|langer)', 'maar', 'echter',
      'met\\s+een\\s+maximum', 'en\\s+(?:u|je|wij|we)', 'of\\s+zolang', 'of\\s+zo\\s+lang',
      // "zolang het contract loopt en worden daarna binnen 60 dagen verwijderd": a new clause, a row of its own.
      'en\\s+(?:worden|wordt|verwijderd|gewist|vernietigd|geanonimiseerd)',
    ],
    notRetention: [
      'reageren', 'reageert', 'reactie', 'antwoord\\p{L}*', 'beantwoorden', 'behandel(?:en|t|d)', 'in\\s+behandeling', 'verleng\\p{L}*',
      'opzeg(?:termijn|gen)', 'informeren', 'op\\s+de\\s+hoogte', 'proefperiode', 'geldig\\p{L}*', 'vooraf', 'van\\s+tevoren',
      'aankondig\\p{L}*', 'bedenktijd', 'herroep\\p{L}*', 'uitvoeren\\s+van\\s+uw\\s+verzoek',
      // A contract's own term: "de overeenkomst heeft een looptijd van 12 maanden".
      'heeft\\s+een\\s+looptijd', 'looptijd\\s+van\\s+(?:\\d|een|twee|drie|vier|vijf|zes|twaalf)', 'stilzwijgend', 'abonnementsduur',
    ],
    ageBefore: ['jonger\\s+(?:zijn\\s+|is\\s+)?dan', 'ouder\\s+(?:zijn\\s+|is\\s+)?dan', 'onder\\s+de', 'boven\\s+de', 'leeftijd\\s+van'],
    ageAfter: ['oud', 'of\\s+ouder', 'en\\s+ouder', 'of\\s+jonger', 'en\\s+jonger'],
    ageUnits: ['jarige', 'jarig', 'jarigen'],
    ageContext: ['kinderen', 'kind', 'minderjarig\\p{L}*', 'jongeren', 'leeftijd', 'jonger', 'ouder\\s+dan', 'ouders', 'voogd'],
    backReferences: ['deze', 'die', 'dezelfde', 'genoemde', 'bovengenoemde', 'voornoemde'],
    lookbacks: ['afgelopen', 'voorgaande', 'vorige'],
    passiveAux: ['worden', 'wordt', 'werden', 'werd', 'zijn', 'is', 'blijven', 'blijft'],
    activeVerbs: ['bewaren', 'bewaart', 'bewaar', 'verwijderen', 'verwijdert', 'houden', 'slaan', 'slaat', 'archiveren', 'archiveert'],
    objectEnds: [
      'gedurende', 'voor', 'tot', 'totdat', 'zolang', 'zo\\s+lang', 'niet\\s+langer', 'maximaal', 'hooguit', 'binnen', 'na', 'vanaf',
      'in\\s+overeenstemming', 'conform', 'overeenkomstig', 'wanneer', 'zodra', 'als', 'op', 'nooit', 'niet', 'doorgaans', 'langer',
    ],
    subordinators: ['voor\\s+zover', 'indien', 'als', 'wanneer', 'zodra', 'nadat', 'omdat', 'bij', 'voor', 'in', 'na', 'met', 'zonder', 'op', 'door', 'tot'],
    pointerSubjects: ['deze', 'die', 'dit', 'dat', 'ze', 'zij', 'het', 'hij', 'dergelijke', 'welke', 'wat'],
    pronouns: ['wij', 'we', 'u', 'je', 'jij', 'ik', 'men', 'ons', 'jou', 'hen', 'hun'],
    invertedSubjects: ['wij', 'we', 'ik', 'men'],
    clauseOpeners: [',\\s*(?:maar|en|of|echter)', ';'],
    leadingVerbs: ['en\\s+(?:gebruiken|verwerken|delen)'],
    fillers: ['doorgaans', 'gewoonlijk', 'normaal\\s+gesproken', 'meestal', 'ook', 'nog', 'automatisch', 'vervolgens', 'dan', 'slechts', 'alleen', 'zal', 'zullen', 'kan', 'kunnen', 'moet', 'moeten', 'mag', 'mogen'],
  },
  en: {
    cues: [
      'retain\\p{L}*', 'retention', 'keep(?:s|ing)?', 'kept', 'stor(?:e|es|ed|ing|age)', 'delet(?:e|es|ed|ing|ion)', 'eras(?:e|es|ed|ing|ure)',
      'remov(?:e|es|ed|ing|al)', 'destroy(?:s|ed|ing)?', 'anonymi[sz](?:e|es|ed|ing|ation)', 'de-identif(?:y|ies|ied)', 'purg(?:e|es|ed|ing)',
      'archiv(?:e|es|ed|ing)', 'overwrit(?:e|es|ten|ing)', 'held', 'hold(?:s)?\\s+(?:\\p{L}+\\s+){0,4}for', 'log(?:s|ged)?\\s+(?:are|is)\\s+kept',
    ],
    deletionCues: ['delet(?:e|es|ed|ing|ion)', 'eras(?:e|es|ed|ing|ure)', 'remov(?:e|es|ed|ing|al)', 'destroy(?:s|ed|ing)?', 'anonymi[sz](?:e|es|ed|ing)', 'purg(?:e|es|ed)'],
    labels: ['storage(?:\\s+(?:period|duration|time))?', '(?:data\\s+)?retention(?:\\s+(?:period|time|policy))?', 'how\\s+long', 'kept\\s+for', 'retained\\s+for'],
    criteria: [
      '(?:for\\s+)?(?:as|so)\\s+long\\s+as', 'for\\s+the\\s+(?:duration|term|life(?:time)?|length|period)\\s+of', 'during\\s+the\\s+(?:term|duration|lifetime|life|course)\\s+of',
      'while\\s+your\\s+(?:account|membership|subscription|contract|profile)', 'until\\s+(?:you|your|we|the\\s+end|the\\s+(?:termination|expiry|expiration|closure|deletion|cancellation))(?=\\s)',
      'until\\s+such\\s+time\\s+as', 'till\\s+(?:you|your)(?=\\s)',
    ],
    deletionTriggers: ['(?:when|once|as\\s+soon\\s+as|after)\\s+(?:you|your)'],
    rightsWords: ['rights?', 'request\\p{L}*', 'you\\s+(?:can|may)', 'entitled'],
    vague: [
      'no\\s+longer\\s+than\\s+(?:is\\s+)?(?:strictly\\s+|reasonably\\s+|absolutely\\s+)?(?:necessary|needed|required)',
      'for\\s+a\\s+reasonable\\s+(?:period|time|amount\\s+of\\s+time)', 'for\\s+a\\s+limited\\s+(?:period|time)', 'indefinitely',
      '(?:as|where)\\s+(?:reasonably\\s+)?(?:necessary|needed|required)\\s+(?:to|for)', 'for\\s+an\\s+unlimited\\s+(?:period|time)',
    ],
    necessity: ['necessary', 'needed', 'required', 'useful', 'appropriate', 'reasonabl\\p{L}*', 'permitted', 'relevant', 'need'],
    anchorsAfter: ['after', 'from', 'following', 'since', 'of\\s+(?:your|the|our|their|its|receipt|collection|termination|closure|deletion|cancellation)', 'beginning', 'starting'],
    anchorWords: ['thereafter', 'afterwards', 'afterward'],
    anchorsBefore: ['from', 'after', 'following'],
    phraseEnds: [
      'unless', 'except', 'but', 'or\\s+as', 'or\\s+longer', 'and\\s+then', 'and\\s+(?:you|we)', 'even\\s+if', 'after\\s+which', 'whichever',
      'if', 'provided', 'subject\\s+to',
      // "kept for the term of the subscription and deleted within 60 days after it ends": the deletion is a row of its own.
      'and\\s+(?:are\\s+|is\\s+|will\\s+be\\s+)?(?:deleted|erased|removed|destroyed|anonymi[sz]ed)',
    ],
    notRetention: [
      'respond\\p{L}*', 'response', 'repl(?:y|ies|ied)', 'answer\\p{L}*', 'notice', 'notif(?:y|ies|ied|ication)', 'prior\\s+to', 'in\\s+advance',
      'before\\s+(?:the|any|such)\\s+change', 'extend\\p{L}*', 'trial', 'valid', 'cooling[- ]off', 'refund\\p{L}*', 'warranty',
      // A contract's own term: "the subscription has a term of 12 months".
      'has\\s+a\\s+term', '(?:initial|minimum|subscription|contract)\\s+term', 'term\\s+of\\s+(?:\\d|one|two|three|six|twelve)', 'renew\\p{L}*',
    ],
    ageBefore: [
      'under(?:\\s+the)?(?:\\s+age(?:\\s+of)?)?', 'over\\s+the\\s+age\\s+of', 'aged', 'age(?:\\s+of)?', 'younger\\s+than', 'older\\s+than'],
    ageAfter: ['-?\\s*old', 'of\\s+age', 'or\\s+older', 'and\\s+older', 'or\\s+younger', 'and\\s+(?:over|above|under)'],
    ageUnits: [],
    ageContext: ['child(?:ren)?', 'minors?', 'kids?', 'age', 'younger', 'older\\s+than', 'parents?', 'guardians?'],
    backReferences: ['these', 'those', 'this', 'that', 'said', 'such'],
    lookbacks: ['past', 'previous', 'preceding', 'prior'],
    passiveAux: ['is', 'are', 'was', 'were', 'be', 'been', 'gets?', 'remains?', 'stays?'],
    activeVerbs: ['retain', 'retains', 'keep', 'keeps', 'store', 'stores', 'hold', 'holds', 'delete', 'deletes', 'archive', 'archives', 'erase', 'erases'],
    objectEnds: [
      'for', 'until', 'till', 'during', 'while', 'within', 'up\\s+to', 'as\\s+long', 'no\\s+longer', 'after', 'from', 'when', 'once',
      'in\\s+(?:accordance|line)', 'according', 'on\\s+our', 'as\\s+(?:necessary|needed|required)', 'where', 'if', 'unless', 'at\\s+most',
    ],
    subordinators: ['if', 'when', 'where', 'once', 'after', 'as', 'because', 'for', 'in', 'while', 'should', 'with', 'without', 'on', 'by', 'until', 'up'],
    pointerSubjects: ['it', 'they', 'this', 'these', 'that', 'those', 'such', 'which', 'what', 'them'],
    pronouns: ['we', 'you', 'us', 'i', 'it', 'they', 'them'],
    invertedSubjects: [],
    clauseOpeners: [',\\s*(?:but|and|or|however)', ';'],
    leadingVerbs: ['and\\s+(?:use|process|share|disclose)'],
    fillers: ['generally', 'usually', 'typically', 'normally', 'also', 'still', 'consequently', 'automatically', 'then', 'only', 'will', 'shall', 'may', 'might', 'can', 'could', 'must', 'would', 'should'],
  },
};

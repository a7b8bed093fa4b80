import type { SupportedLanguage } from '../model/types.js';
import { byLanguage } from '../lang/index.js';


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
  /** Openings of an editor's example in square brackets ("[e.g., 30–90 days]", "[z. B. 6 Monate]"): a template's
   * placeholder, no period the policy states. */
  examplesInBrackets?: string[];
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

export const RETENTION: Record<SupportedLanguage, RetentionLexicon> = byLanguage((pack) => pack.retention);

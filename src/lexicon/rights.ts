import type { RightId, SupportedLanguage } from '../model/types.js';
import { byLanguage } from '../lang/index.js';


/**
 * Phrases for the data subject's rights (Art. 13(2)(b)-(d)). All entries are regex SOURCE strings, compiled
 * case-insensitively and word-anchored by `wordPattern`; no capture groups.
 *
 * A right counts when the text gives it to the person: a GRANT ("u heeft het recht", "you can", "verzoek tot",
 * "right to") followed by the right's CUE ("in te zien", "delete"). Some phrases state a right on their own
 * (`standalone`: "toestemming intrekken", "data portability", a complaint to a supervisory authority).
 */
export interface RightCues {
  /** Words that name the right after a grant ("inzage", "verwijderen", "delete"). */
  cues: string[];
  /** Phrases that state the right without a grant ("gegevensoverdraagbaarheid", "withdraw your consent"). */
  standalone: string[];
  /** Sentence words that make a cue of this right something else (an unsubscribe link is no objection). */
  unless: string[];
  /** True when the cues name the right without saying what they act on ("verzet aantekenen", "object"). */
  objectFree: boolean;
}

export interface RightsLexicon {
  /**
   * Nominal grants ("recht op inzage", "verzoek tot correctie", "request deletion"): a cue within a few words needs no
   * further check. Farther away they act as ordinary grants.
   */
  nominalGrants: string[];
  /** Grants that open a clause in which the person acts ("u kunt", "you have the right to", "ask us to"). */
  grants: string[];
  /** Words before a grant that make it the organisation's ("wij behouden ons het recht voor", "we reserve"). */
  reservations: string[];
  /** What a cue acts on: a cue after a (non-nominal) grant needs one of these in its sentence. */
  dataObjects: string[];
  /**
   * Sentences about something other than the person's data: browsers and cookies (deleting cookies is not the right to
   * erasure), the policy's own changes, staff access as a security measure, leaving a mailing list.
   */
  notAboutData: string[];
  /** Sentences that declare rights not applicable. */
  notApplicable: string[];
  /** A word right before a cue that gives the act to someone else ("providers that access your data"). */
  otherActors: string[];
  /** A word right after a cue that gives the act to the organisation (Dutch inversion: "dan verwijderen wij"). */
  otherActorsAfter: string[];
  /**
   * A negation that describes the data, not the act: "gegevens die niet kloppen laten aanpassen", "data that is no
   * longer needed". Only the negation word is matched (the rest is look-around), so it can be blanked out.
   */
  describingNegations: string[];
  /**
   * How an introduction ends when the list below it names the rights ("You have the right", "U heeft het recht op",
   * "You can ask us to"): each entry then continues the grant, also without a colon.
   */
  listIntros: string[];
  /**
   * How a sentence opens when it extends the right granted in the sentence before it ("Dies gilt auch für die
   * Einschränkung …", "This also applies to restriction"): its rights are granted too.
   */
  continuations: string[];
  /**
   * What the right of access tells (Art. 15(1)), one entry per item: the purposes, the categories of data, the
   * recipients, the storage period, the source. A sentence that asks for information or access
   * (`accessInformation`, or an access cue) and names three of them lists what access tells ("Insbesondere können Sie
   * Auskunft über die Verarbeitungszwecke, die Kategorie …, das Bestehen einer automatisierten Entscheidungsfindung
   * … verlangen"): the transfers and automated decisions it names are no statement of this organisation's.
   */
  accessItems: string[];
  /** Asking for information about the processing ("Auskunft über", "request information about"). */
  accessInformation: string[];
  /**
   * The Art. 15(2) clause, what access tells about a transfer ("Werden Daten an ein Drittland übermittelt, so haben Sie das
   * Recht, über die geeigneten Garantien unterrichtet zu werden"): no statement that this organisation transfers data.
   */
  transferSafeguardsRight?: string[];
  rights: Record<RightId, RightCues>;
}

export { AUTHORITY_MARK } from '../lang/marks.js';

/** What a complaint to a supervisory authority is made of. */
export interface ComplaintLexicon {
  /** Words without which no complaint phrase can match: a sentence without them is not read further. */
  triggers: string[];
  /** Generic words for a supervisory authority ("toezichthouder", "supervisory authority"). */
  authorities: string[];
}

export const COMPLAINT: Record<SupportedLanguage, ComplaintLexicon> = byLanguage((pack) => pack.complaint);


export const RIGHTS: Record<SupportedLanguage, RightsLexicon> = byLanguage((pack) => pack.rights);

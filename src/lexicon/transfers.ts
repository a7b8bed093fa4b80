import type { SupportedLanguage, TransferMechanism } from '../model/types.js';
import { byLanguage } from '../lang/index.js';


/**
 * Phrases for third-country transfer statements (gdpr.md §2.7). Regex SOURCE strings, compiled case-insensitively and
 * word-anchored by wordPattern(). Named instruments (SCCs, DPF, BCRs, Privacy Shield, Safe Harbor) are not repeated
 * here: their names are language-independent and come from LAWS (see TRANSFER_INSTRUMENTS).
 */
export interface TransfersLexicon {
  /** A place outside the EU/EEA as such: "buiten de EER", "outside the EEA", "derde landen", "third countries". */
  outside: string[];
  /** Data kept inside: "binnen de EER", "within the EEA/EU". */
  inside: string[];
  /** A transfers label followed by a denial: "Third Country Transfers: None". */
  noneLabels: string[];
  /** Verbs and nouns that make a country the place where data go or are kept ("stored", "servers", "doorgifte"). */
  destinationCues: string[];
  /** Prepositions that make the next country an origin, not a destination ("from the EEA ... to the US"). */
  originPrepositions: string[];
  /** Prepositions that make the next country a destination. */
  destinationPrepositions: string[];
  /** People a country locates rather than receives data: "users in the UK", "klanten in België" (an origin). */
  personNouns: string[];
  /** Words that deny a safeguard just before it: "zonder adequaatheidsbesluit", "yet to be subject to". */
  absent: string[];
  /** Mechanisms written in words rather than by an instrument's name. */
  mechanisms: Partial<Record<TransferMechanism, string[]>>;
  /** Generic safeguards that name no mechanism ("passende waarborgen"); they count only in a transfer context. */
  safeguards: string[];
  /**
   * Words that place an organisation rather than data ("mit Sitz in", "based in", "dont le siège est aux"): a country
   * after them is where the data go only in a sentence that names a recipient (the controller's own seat is none).
   */
  seatCues?: string[];
  /** An organisation of a country, by country code: "US-amerikanisches Unternehmen", "société américaine". */
  companiesOf?: Partial<Record<string, string[]>>;
}

export const TRANSFERS: Record<SupportedLanguage, TransfersLexicon> = byLanguage((pack) => pack.transfers);

/** LAWS entries that name a transfer instrument, and the mechanism each stands for. Safe Harbor (Decision
 * 2000/520/EC) was an adequacy decision, and TransferMechanism has no member of its own for it. */
export const TRANSFER_INSTRUMENTS: Readonly<Record<string, TransferMechanism>> = {
  scc: 'scc',
  old_scc: 'scc',
  dpf: 'dpf',
  bcr: 'bcr',
  privacy_shield: 'privacy_shield',
  safe_harbor: 'adequacy',
};

/** Instruments that only ever covered transfers to the United States: the destination when none is named. */
export const US_ONLY_INSTRUMENTS: readonly string[] = ['dpf', 'privacy_shield', 'safe_harbor'];

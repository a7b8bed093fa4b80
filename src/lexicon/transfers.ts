import type { SupportedLanguage, TransferMechanism } from '../model/types.js';

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
}

export const TRANSFERS: Record<SupportedLanguage, TransfersLexicon> = {
  nl: {
    outside: [
      'buiten\\s+(?:de\\s+|het\\s+)?(?:eu|eer|europese\\s+(?:unie|economische\\s+ruimte)|europa)',
      'derde(?:\\s+|-)land(?:en)?',
      'niet[\\s-]+(?:eu|eer)[\\s-]+land(?:en)?',
    ],
    inside: [
      'binnen\\s+(?:de\\s+|het\\s+)?(?:eu|eer|europese\\s+(?:unie|economische\\s+ruimte)|europa)',
      'uitsluitend\\s+in\\s+(?:de\\s+)?(?:eu|eer|europa)',
    ],
    noneLabels: [
      '(?:doorgifte|overdracht)[^:.]{0,60}:\\s*(?:geen|nee|niet\\s+van\\s+toepassing|n\\.?v\\.?t\\.?)',
    ],
    destinationCues: [
      'opgeslagen', 'opslag', 'opslaan', 'bewaard', 'bewaren', 'verwerk(?:t|en|ing)', 'gehost', 'hosting', 'servers?',
      'datacent(?:er|ra|ers)', 'doorgegeven', 'doorgeven', 'doorgifte', 'overgedragen', 'overdragen', 'overgebracht',
      'doorgestuurd', 'verstuurd', 'verzonden', 'toegang',
    ],
    originPrepositions: ['van', 'vanuit', 'uit'],
    destinationPrepositions: ['naar', 'in', 'binnen'],
    personNouns: ['gebruikers?', 'bezoekers?', 'klanten', 'personen', 'inwoners', 'burgers', 'leden', 'betrokkenen', 'medewerkers'],
    absent: ['zonder', 'geen', 'niet'],
    mechanisms: {
      adequacy: [
        'adequaatheids(?:besluit|beslissing)(?:en)?',
        'besluit\\s+(?:over|inzake)\\s+(?:de\\s+)?(?:passendheid|adequaatheid)',
      ],
      derogation: [
        'art(?:ikel|\\.)?\\s*49(?:\\s+(?:van\\s+de\\s+)?(?:avg|gdpr))?',
        'uitzondering(?:en|s(?:situaties|bepalingen))?\\s+(?:voor\\s+specifieke\\s+situaties|van\\s+artikel\\s+49)',
      ],
    },
    safeguards: ['passende\\s+waarborgen', 'passende\\s+garanties'],
  },
  en: {
    outside: [
      'outside\\s+(?:of\\s+)?(?:the\\s+)?(?:eu|eea|european\\s+(?:union|economic\\s+area)|europe)',
      'third\\s+countr(?:y|ies)',
      'non[\\s-](?:eu|eea)\\s+countr(?:y|ies)',
      'international(?:ly)?\\s+transfer(?:s|red)?',
    ],
    inside: [
      'within\\s+(?:the\\s+)?(?:eu|eea|european\\s+(?:union|economic\\s+area)|europe)',
      'inside\\s+(?:the\\s+)?(?:eu|eea|european\\s+(?:union|economic\\s+area))',
      '(?:only|exclusively|solely)\\s+in\\s+(?:the\\s+)?(?:eu|eea|european\\s+(?:union|economic\\s+area)|europe)',
    ],
    noneLabels: ['(?:third[\\s-]+country|international|cross[\\s-]+border)\\s+(?:data\\s+)?transfers?\\s*:\\s*(?:none|no|n/?a)'],
    destinationCues: [
      'stor(?:ed|e|es|ing|age)', 'process(?:ed|es|ing)?', 'hosted', 'hosting', 'servers?', 'data\\s+cent(?:er|re)s?',
      'transfer(?:s|red|ring)?', 'transmit(?:s|ted|ting)?', 'sent', 'moved?', 'kept', 'keep', 'access(?:ed|es|ing)?',
    ],
    originPrepositions: ['from'],
    destinationPrepositions: ['to', 'in', 'into', 'within'],
    personNouns: ['users?', 'visitors?', 'customers?', 'individuals', 'people', 'persons', 'residents', 'citizens', 'subjects', 'members', 'clients', 'employees'],
    absent: ['without', 'yet\\s+to\\s+be', 'not', 'no'],
    mechanisms: {
      adequacy: [
        'adequacy\\s+(?:decisions?|regulations?|findings?)',
        // "recognised as providing an adequate level of protection", "deemed adequate by the European Commission".
        '(?:deemed|recogni[sz]ed|found|considered)\\s+(?:by\\s+the\\s+european\\s+commission\\s+)?(?:as\\s+(?:providing\\s+|having\\s+|offering\\s+|ensuring\\s+)?|to\\s+(?:be|have|provide|offer|ensure)\\s+)?(?:an\\s+)?adequate',
      ],
      derogation: [
        'art(?:icle|\\.)?\\s*49(?:\\s+(?:of\\s+the\\s+)?gdpr)?',
        'derogations?\\s+(?:for\\s+specific\\s+situations|under\\s+art(?:icle|\\.)?\\s*49)',
      ],
    },
    safeguards: ['appropriate\\s+(?:safeguards|guarantees)', 'suitable\\s+safeguards'],
  },
};

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

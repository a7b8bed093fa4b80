/**
 * Purposes of processing and their legal bases (Art. 13(1)(c)-(d)): a purpose taxonomy with normalised ids, the
 * phrases of the six Art. 6(1) bases, and the cues that find the interest where legitimate interest is relied on.
 *
 * Phrases are regex sources (word-anchored and case-insensitive through `wordPattern`). When several purposes match a
 * list item, the earliest match wins (then the longest); ties fall back to the order of PURPOSE_IDS.
 */
import type { LegalBasisId, SupportedLanguage } from '../model/types.js';
import { byLanguage } from '../lang/index.js';


export const PURPOSE_IDS = [
  'payment',
  'contact',
  'service_delivery',
  'account',
  'newsletter',
  'marketing',
  'analytics',
  'website_improvement',
  'legal_obligation',
  'security',
  'recruitment',
  'events',
  'support',
  'personalisation',
  'advertising',
  'administration',
  'research',
  'other',
] as const;
export type PurposeId = (typeof PURPOSE_IDS)[number];

export interface PurposeLexicon {
  /** Phrases per purpose id (every id but `other`). */
  phrases: Record<Exclude<PurposeId, 'other'>, string[]>;
  /** Words that open a purpose clause ("om", "voor", "to", "for"). */
  markers: string[];
  /** Markers strong enough to open a purpose clause that follows the phrase it describes ("om", "in order to"). */
  strongMarkers: string[];
  /** Words for purpose itself: a "voor … doeleinden" clause ends after them. */
  purposeWords: string[];
  /** Words that end a purpose clause besides punctuation ("en om", "and to", "if"). */
  clauseEnds: string[];
  /** Verbs that make a sentence a statement about processing (using, sending, collecting). */
  statementVerbs: string[];
  /** Words for data ("gegevens", "information"). */
  dataWords: string[];
  /** Sharing with others: such sentences give the purposes of a disclosure, not of the processing itself. */
  sharingCues: string[];
  /** Sentences about something other than a purpose of processing: security measures, processing no personal data. */
  notPurpose: string[];
  /** Verbs whose object is the purpose itself ("versturen wij nieuwsbrieven", "displays targeted advertisements"). */
  activityVerbs: string[];
  /** The opening of an explicit purpose statement ("Het doel ervan is", "The purpose of this step is"). */
  statementOpeners: string[];
  /** The end of an intro that announces a list of purposes ("voor de volgende doelen:", "we use your data to:"). */
  listIntro: string[];
  /** Items that speak about the purposes rather than state one ("the purposes listed in this statement"). */
  metaItems: string[];
  /**
   * How an item names an activity, by grammar rather than by a known purpose ("het bijhouden van de ledenlijst",
   * "Keeping the member list", "Pflege der Mitgliederliste", "la tenue de la liste"): a list of such items under a
   * purposes heading lists purposes. Anchored at the item's start.
   */
  activityItems?: string[];
  /** The label of a "Purpose:" field in a policy written as labelled fields. */
  fieldLabel: string[];
  /** The header of a table column that gives purposes ("Doel", "Purpose"). */
  columnHeader: string[];
}

export interface LegalBasisLexicon {
  /** Phrases that name a basis in running text. */
  phrases: Record<LegalBasisId, string[]>;
  /** Bare terms that name a basis in a table cell of a basis column or as the head of a basis entry. */
  cellPhrases: Record<LegalBasisId, string[]>;
  /** Spans where a basis phrase does not state that basis (parental consent, "without your consent", withdrawal). */
  notBasis: Partial<Record<LegalBasisId, string[]>>;
  /**
   * Legal-obligation phrases whose subject must be the organisation itself ("als wij wettelijk verplicht zijn"):
   * "indien Google hiertoe wettelijk wordt verplicht" is Google's duty, not a basis of this policy.
   */
  subjectBound: string[];
  /** Words that may stand between the clause opener and a subject-bound phrase without being a subject. */
  fillerWords: string[];
  /** Words for the organisation itself as a subject. */
  firstPerson: string[];
  /** Third parties as a subject ("derden", "partners"). */
  thirdParties: string[];
  /** Words that open a subordinate clause ("indien", "als", "if", "unless"). */
  clauseOpeners: string[];
  /** Words that make a clause a condition ("if", "where", "voor zover"): "where we rely on …" states no basis. */
  conditions?: string[];
  /** The label of a "Legal basis:" field. */
  fieldLabel: string[];
  /** The header of a table column that gives bases ("Grondslag", "Legal basis"). */
  columnHeader: string[];
}

export interface InterestLexicon {
  /** A whole interest that names nothing ("to use it"): "it is in our legitimate business interests to use it". */
  emptyInterests?: string[];
  /** The label of a "Legitimate interests:" field or entry head. */
  fieldLabel: string[];
  /** What may directly follow the basis phrase and lead into the interest ("om", "in", ", for example,"). */
  leads: string[];
  /** Leads that are part of the interest itself ("om", "to"): kept at the start of its label. */
  purposeLeads?: string[];
  /** What may stand between the basis phrase and the lead ("of wettelijke plicht", "or legal duty"). */
  skips: string[];
  /** A following sentence that gives the interest by example ("Dit kan bijvoorbeeld het geval zijn bij"). */
  exampleOpeners: string[];
  /** Example cues inside a parenthesis ("e.g.", "bijvoorbeeld"). */
  exampleCues: string[];
  /** Words that start a statement rather than an interest ("Wij", "We"): an entry head followed by them gives none. */
  statementStarts: string[];
  /**
   * A basis sentence opening with one of these points back to the sentence before ("Dies entspricht unserem
   * berechtigten Interesse", "This is in our legitimate interest"): a purpose clause there is the interest.
   */
  backReferences?: string[];
  /**
   * A sentence of its own that states the interest ("Unser Interesse besteht darin, …"): beside a sentence relying on
   * legitimate interest it gives the interest pursued.
   */
  statements?: string[];
}

export const PURPOSE_LEXICON: Record<SupportedLanguage, PurposeLexicon> = byLanguage((pack) => pack.purposes);

export const LEGAL_BASIS_LEXICON: Record<SupportedLanguage, LegalBasisLexicon> = byLanguage((pack) => pack.legalBases);

export const INTEREST_LEXICON: Record<SupportedLanguage, InterestLexicon> = byLanguage((pack) => pack.interests);

/**
 * Article 6(1) citations, language-independent (also read in German and French policies). Group 1 is the letter a-f.
 * `full` forms name paragraph 1 and are GDPR citations by themselves; `short` forms ("art. 6-e", "artikel 6 sub f")
 * count only when a GDPR name follows closely (`GDPR_NAMES`), so "artikel 6d van de Wet publieke gezondheid" does not.
 */
export const ARTICLE_6_CITATIONS = {
  full: [
    'art(?:icle|ikel|\\.)?\\s*6\\s*\\(\\s*1\\s*\\)\\s*\\(?\\s*([a-f])(?![\\p{L}\\p{N}])\\s*\\)?',
    'art(?:ikel|\\.)?\\s*6[\\s,]*(?:lid|\\()\\s*1\\)?[\\s,]*(?:sub|onder|onderdeel|letter|\\()?\\s*([a-f])(?![\\p{L}\\p{N}])\\)?',
    'art(?:ikel|\\.)?\\s*6\\s*(?:abs\\.?|absatz|\\()\\s*1\\)?\\s*(?:(?:s\\.|satz|uabs\\.|unterabs\\.?)\\s*1\\s*)?(?:lit\\.?|buchst(?:abe|\\.)?|\\()?\\s*([a-f])(?![\\p{L}\\p{N}])\\)?',
    'art(?:icle|\\.)?\\s*6\\s*(?:\\.|,\\s*(?:paragraphe|§)\\s*|\\()\\s*1\\)?\\s*(?:\\.|,\\s*(?:point|sous)\\s*|\\()?\\s*([a-f])(?![\\p{L}\\p{N}])\\)?',
    'art\\.?\\s*6\\s*i\\s*(?:lit\\.?\\s*)?([a-f])(?![\\p{L}\\p{N}])',
    // The Dutch statutory form: "artikel 6, eerste lid, onder f AVG", "art. 6 lid 1, aanhef en onder b".
    'art(?:ikel|\\.)?\\s*6[\\s,]*(?:eerste\\s+lid|lid\\s+1)[\\s,]*(?:aanhef\\s+en\\s+)?(?:sub|onder|onderdeel|letter)\\s*\\(?([a-f])(?![\\p{L}\\p{N}])\\)?',
    // The German form translated into English: "Art. 6 para. 1 lit. f GDPR", "Article 6 paragraph 1 sentence 1 letter b",
    // "Art. 6 Sec. 1 lit. a".
    'art(?:icle|\\.)?\\s*6\\s*(?:para(?:graph)?\\.?|sec(?:tion)?\\.?|§)\\s*1\\s*,?\\s*(?:(?:sentence|s\\.|clause)\\s*1\\s*,?\\s*)?(?:lit(?:era|\\.)?|letter|point|\\()\\s*([a-f])(?![\\p{L}\\p{N}])\\)?',
  ],
  short: ['art(?:icle|ikel|\\.)?\\s*6\\s*(?:-|\\s|sub\\s+|onder\\s+|lit\\.?\\s*)?\\(?([a-f])(?![\\p{L}\\p{N}])\\)?'],
  gdprNames: ['avg', 'gdpr', 'dsgvo', 'rgpd', 'ds-?gvo', 'uavg', '2016/679', 'règlement\\s+(?:général|\\(ue\\)|européen)', 'verordening\\s+(?:\\(eu\\)|gegevensbescherming)', 'general\\s+data\\s+protection\\s+regulation', 'datenschutz-?grundverordnung'],
  /** How many characters after a short citation a GDPR name may stand. */
  reach: 80,
  letters: { a: 'consent', b: 'contract', c: 'legal_obligation', d: 'vital_interests', e: 'public_task', f: 'legitimate_interests' } as Record<string, LegalBasisId>,
};

/**
 * Law, framework, authority and term references that policies cite, current and outdated.
 *
 * Facts come from the project reference (gdpr.md §2.0, §3, §5, §8) and ANNOTATION.md. The annotation's outdated ids
 * (wbp, cbp, …, be_privacy_law_1992) keep their names so the extractor's output can be scored against the gold files.
 * A few more stale German, French and Austrian items have their own ids (tmg_privacy, tmg, ttdsg, cnil_declaration,
 * at_dsg_2000); the evaluation ignores ids it does not list. Other items of gdpr.md §3 (WP29, Registratiekamer, recht
 * van verzet, CIL, ...) are deliberately not in this table.
 *
 * Pattern conventions (all regex SOURCE strings):
 * - `patterns` are compiled case-insensitively with the `u` flag and wrapped by the caller in
 *   `(?<![\p{L}\p{N}])(?:…)(?![\p{L}\p{N}])` (see compile.ts). They are joined with `|`, so no named groups.
 *   Within an entry the most specific form comes first.
 * - `notInForceContexts` are compiled with `iu` as they are (NOT word-anchored by the caller) and tested against the
 *   whole sentence that holds the match; where a bare word could sit inside a longer one it anchors itself.
 */

import { authorityById } from './authorities.js';

/** The name patterns of an authority in the authority registry (a former body is both an authority and a law reference). */
function authorityPatterns(id: string): string[] {
  const entry = authorityById(id);
  if (!entry) throw new Error(`laws.ts: no authority '${id}' in the authority registry`);
  return [...entry.patterns];
}

export interface LawEntry {
  /** Outdated ids exactly as in ANNOTATION.md: wbp, cbp, bewerker, directive_95_46, safe_harbor, privacy_shield,
   * uk_dpa_1998, bdsg_old, old_scc, be_privacy_commission, be_privacy_law_1992. Current entries use their own ids. */
  id: string;
  /** Display name, e.g. "Wet bescherming persoonsgegevens (Wbp)". */
  name: string;
  kind: 'law' | 'authority' | 'term' | 'framework';
  outdated: boolean;
  /** Id of the replacing entry (always present in LAWS); null for current entries. */
  replacement: string | null;
  /** Human text for messages. */
  replacementName: string | null;
  /** ISO date the old one stopped applying; null for current entries. */
  until: string | null;
  /** eu | nl | be | de | at | fr | uk | us | ch */
  jurisdiction: string;
  /** Regex sources, case-insensitive + `u`, word-anchored by the caller. */
  patterns: string[];
  /** Regex sources (`iu`, unanchored) tested against the whole sentence: a hit means the match is not a reference in force. */
  notInForceContexts?: string[];
  /**
   * Mentions that cite this entry only in a text citing none of `unlessCited`: a bare "Data Protection Act" in a policy
   * that never names the GDPR (or a law that replaced this one) is the act in force when it was written, this one.
   */
  bareMentions?: { patterns: string[]; unlessCited: string[] };
  /** Whole-word swaps a --fix may apply, longest first; the caller keeps the case of the first letter. */
  substitutions?: { from: string; to: string }[];
  /** Link to the source text. */
  url: string;
}

/**
 * Words before "Data Protection Act" that make it some other act than the UK's: "Personal" (the Wbp's and other
 * countries' English names) and the adjectives of other countries.
 */
const FOREIGN_ACT_QUALIFIERS: readonly string[] = [
  'personal', 'dutch', 'irish', 'german', 'federal', 'belgian', 'french', 'austrian', 'swiss', 'danish', 'swedish', 'finnish',
  'norwegian', 'icelandic', 'polish', 'czech', 'slovak', 'slovenian', 'croatian', 'hungarian', 'romanian', 'bulgarian', 'greek',
  'cypriot', 'maltese', 'italian', 'spanish', 'portuguese', 'luxembourg', 'estonian', 'latvian', 'lithuanian', 'national',
];

// Sentence-level signals that an instrument is mentioned as history: it was repealed, replaced or invalidated.
// Kept to verbs of replacement and explicit dates; loose words such as "previously" alone are left out because
// they also occur in ordinary sentences that do rely on the old law ("data you previously gave us, under the Wbp").
const REPEALED: string[] = [
  // en
  'replac(?:ed|es|ing)\\s+(?:by|with)',
  // Active voice: "the GDPR replaces the Data Protection Act 1998".
  'replac(?:es|ed)\\s+(?:the\\s+)?(?:(?:old|previous|former|existing)\\s+)?(?:uk\\s+)?(?:data|dpa|directive|law|act)',
  'superseded',
  // The GDPR's own title ("… and repealing Directive 95/46/EC") repeals the directive, not whatever else the sentence
  // names; that title is a context of the directive's own entry. Likewise below in each language.
  'repeal(?:ed|ing|s)?(?!\\s+directive\\s+95)',
  'no\\s+longer\\s+(?:in\\s+force|appl(?:y|ies|icable)|valid|relevant|exists?)',
  'until\\s+25\\s+may\\s+2018',
  'before\\s+25\\s+may\\s+2018',
  // nl
  'vervangen\\s+door',
  '(?:is|zijn)\\s+vervallen',
  'ingetrokken',
  'vervangt\\s+(?:de|het)\\s+(?:oude\\s+|vroegere\\s+)?(?:wet|wbp|privacywet|richtlijn)',
  'tot\\s+intrekking(?!\\s+van\\s+richtlijn\\s+95)',
  'niet\\s+(?:meer|langer)\\s+(?:van\\s+kracht|geldig|van\\s+toepassing|geldt)',
  'in\\s+(?:de\\s+)?plaats\\s+(?:van|gekomen)',
  '(?:tot|vóór|voor)\\s+25\\s+mei\\s+2018',
  // de
  'ersetzt\\s+(?:durch|worden)',
  'abgelöst',
  'aufgehoben',
  'aufhebung(?!\\s+der\\s+richtlinie\\s+95)',
  'ersetzt\\s+(?:das|die|den)\\s+(?:alte[nsr]?\\s+|bisherige[nsr]?\\s+)?(?:bdsg|bundesdatenschutzgesetz|gesetz|richtlinie|dsg)',
  'außer\\s+kraft',
  'nicht\\s+mehr\\s+(?:gültig|anwendbar|in\\s+kraft)',
  '(?:bis|vor)\\s+(?:zum\\s+|dem\\s+)?25\\.?\\s+mai\\s+2018',
  // fr
  'remplac[ée]e?s?\\s+par',
  'abrog(?:[ée]e?s?|eant|ation)(?!\\s+la\\s+directive\\s+95)',
  'remplace\\s+(?:la|le|l[\'’])\\s*(?:ancienne\\s+|ancien\\s+)?(?:loi|directive|r[èe]glement)',
  'n[\'’]est\\s+plus\\s+(?:en\\s+vigueur|applicable|valable)',
  '(?:jusqu[\'’]au|avant\\s+le)\\s+25\\s+mai\\s+2018',
];

// A court or regulator struck a transfer framework down; a sentence saying so is not reliance on it.
const INVALIDATED: string[] = [
  'invalid(?:ated|ates|ation)?',
  'declared\\s+(?:invalid|void)',
  'struck\\s+down',
  'annul(?:led|ment)',
  'schrems',
  'c-362/14',
  'c-311/18',
  'ongeldig(?:verklaard|\\s+verklaard)?',
  'nietig\\s+verklaard',
  'ungültig',
  'für\\s+nichtig',
  'invalid[ée]e?',
  'annul[ée]e?',
  'no\\s+longer\\s+(?:rel(?:y|ies|ying)|use[sd]?|participat\\w*|certified)',
  'niet\\s+(?:meer|langer)\\s+(?:gebruik|baseren|beroep|gecertificeerd|deel)',
  'nicht\\s+mehr\\s+(?:gestützt|zertifiziert|teil)',
  'ne\\s+(?:nous\\s+)?(?:repose|reposons|fond(?:e|ons))\\s+plus',
  'successor|opvolger|nachfolger|successeur',
];

// A former name mentioned together with the current one ("Autoriteit Persoonsgegevens, voorheen het CBP").
const RENAMED: string[] = [
  'voorheen',
  'voormalige?',
  'vroeger(?:e)?',
  'hernoemd',
  'omgedoopt',
  'heet\\s+(?:nu|tegenwoordig|inmiddels|sinds)',
  'thans',
  'inmiddels',
  'formerly',
  'renamed',
  'now\\s+(?:called|known\\s+as)',
  'ehemals',
  'vormals',
  'umbenannt',
  'anciennement',
  'devenue?',
];

export const LAWS: readonly LawEntry[] = [
  // ---------------------------------------------------------------- EU, current
  {
    id: 'gdpr',
    name: 'General Data Protection Regulation (EU) 2016/679 (AVG / DSGVO / RGPD)',
    kind: 'law',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'eu',
    patterns: [
      'algemene\\s+verordening\\s+gegevensbescherming',
      'general\\s+data\\s+protection\\s+regulation',
      'datenschutz[\\s-]?grundverordnung',
      'r[èe]glement\\s+g[ée]n[ée]ral\\s+(?:sur\\s+la|de|relatif\\s+[àa]\\s+la)\\s+protection\\s+des\\s+donn[ée]es',
      // "Verordening (EU) 2016/679", "Regulation (EU) No 2016/679", "2016/679"
      '(?:(?:verordening|regulation|verordnung|r[èe]glement)\\s+)?(?:\\(\\s*(?:eu|ue)\\s*\\)\\s*|(?:eu|ue)\\s+)?(?:n[°or]\\.?\\s*)?2016\\s*/\\s*679',
      '(?:eu[\\s-]?)?ds[\\s-]?gvo',
      '(?:eu[\\s-]?)?gdpr',
      'rgpd',
      'avg',
    ],
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  {
    id: 'eprivacy_directive',
    name: 'ePrivacy Directive 2002/58/EC',
    kind: 'law',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'eu',
    patterns: [
      'e[\\s-]?privacy[\\s-]?(?:directive|richtlijn|richtlinie)',
      '(?:(?:directive|richtlijn|richtlinie)\\s+)?2002\\s*/\\s*58(?:\\s*/\\s*(?:ec|eg|ce))?',
      'directive\\s+vie\\s+priv[ée]e\\s+et\\s+communications\\s+[ée]lectroniques',
    ],
    url: 'https://eur-lex.europa.eu/eli/dir/2002/58/oj',
  },
  {
    id: 'dpf',
    name: 'EU-US Data Privacy Framework (Commission Implementing Decision (EU) 2023/1795)',
    kind: 'framework',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'eu',
    patterns: [
      '(?:(?:eu|eu-?u\\.?s\\.?|eu-?vs|swiss-?u\\.?s\\.?|uk)[\\s-]+)?data\\s+privacy\\s+framework',
      'eu[\\s-]+us[\\s-]+datenschutzrahmen',
      'cadre\\s+de\\s+protection\\s+des\\s+donn[ée]es\\s+(?:ue|eu)[\\s-]+[ée]tats[\\s-]+unis',
      '2023\\s*/\\s*1795',
      'dpf',
    ],
    url: 'https://eur-lex.europa.eu/eli/dec_impl/2023/1795/oj',
  },
  {
    // Undated SCCs are read as the current (2021) set; dated 2001/2004/2010 ones are old_scc.
    id: 'scc',
    name: 'Standard contractual clauses (Commission Implementing Decision (EU) 2021/914)',
    kind: 'framework',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'eu',
    patterns: [
      '(?:eu[\\s-]+)?standard\\s+(?:contractual|data\\s+protection)\\s+clauses',
      '(?:eu[\\s-]+)?model\\s+(?:contract(?:ual)?\\s+)?clauses',
      '(?:eu[\\s-]+)?standaard(?:contract)?bepalingen',
      '(?:eu[\\s-]+)?modelcontract(?:bepalingen|clausules|en)',
      '(?:eu[\\s-]+)?standard(?:vertrags|datenschutz)klauseln',
      'clauses\\s+(?:contractuelles\\s+)?types(?:\\s+de\\s+protection\\s+des\\s+donn[ée]es)?',
      '2021\\s*/\\s*914',
      'sccs?',
    ],
    url: 'https://eur-lex.europa.eu/eli/dec_impl/2021/914/oj',
  },
  {
    id: 'bcr',
    name: 'Binding corporate rules (GDPR Art. 47)',
    kind: 'framework',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'eu',
    patterns: [
      'binding\\s+corporate\\s+rules',
      'bindende\\s+bedrijfsvoorschriften',
      'verbindliche\\s+interne\\s+datenschutzvorschriften',
      'r[èe]gles\\s+d[\'’]entreprise\\s+contraignantes',
      'bcrs?',
    ],
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  {
    // Current AVG term; exists so that bewerker has a replacement to point at.
    id: 'verwerker',
    name: 'verwerker / verwerkersovereenkomst (Art. 28 AVG)',
    kind: 'term',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'nl',
    patterns: ['(?:sub-?)?verwerker(?:s|s?overeenkomst(?:en)?)?'],
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },

  // ---------------------------------------------------------------- EU, outdated
  {
    id: 'directive_95_46',
    name: 'Data Protection Directive 95/46/EC',
    kind: 'law',
    outdated: true,
    replacement: 'gdpr',
    replacementName: 'General Data Protection Regulation (EU) 2016/679 (AVG / GDPR)',
    until: '2018-05-25',
    jurisdiction: 'eu',
    patterns: [
      '(?:(?:eu[\\s-]+)?(?:richtlijn|directive|richtlinie|direttiva|directiva|diretiva)\\s+(?:(?:nr\\.?|no\\.?|n[°o])\\s*)?)?95\\s*/\\s*46(?:\\s*/\\s*(?:ec|eg|ce|eeg|cee|ewg))?',
      '(?:eu\\s+)?data\\s+protection\\s+directive',
      '(?:eg|eu)-datenschutzrichtlinie',
      'europese\\s+privacyrichtlijn',
      // By its date: "la Directive Européenne du 24 octobre 1995", "Directive of 24 October 1995", "Richtlinie vom 24. Oktober 1995".
      '(?:richtlijn|directive|richtlinie)(?:\\s+(?:europ[ée]enne|europese|europ[äa]ische|european|eu|ec|eg))?\\s+(?:du|of|van|vom)\\s+(?:the\\s+)?24(?:th)?\\.?\\s+(?:octobre|october|oktober)\\s+1995',
    ],
    notInForceContexts: [
      // The GDPR's own title: "... and repealing Directive 95/46/EC" in each language.
      'repealing\\s+directive\\s+95',
      'tot\\s+intrekking\\s+van\\s+richtlijn\\s+95',
      'zur\\s+aufhebung\\s+der\\s+richtlinie\\s+95',
      'abrogeant\\s+la\\s+directive\\s+95',
      ...REPEALED,
    ],
    url: 'https://eur-lex.europa.eu/eli/dir/1995/46/oj',
  },
  {
    id: 'safe_harbor',
    name: 'US-EU Safe Harbor (Decision 2000/520/EC)',
    kind: 'framework',
    outdated: true,
    replacement: 'dpf',
    replacementName: 'EU-US Data Privacy Framework (for certified US recipients), otherwise standard contractual clauses',
    until: '2015-10-06',
    jurisdiction: 'eu',
    patterns: [
      '(?:(?:us|u\\.s\\.|eu|eu-us|swiss)[\\s-]+)?safe[\\s-]?harbou?r',
      '2000\\s*/\\s*520(?:\\s*/\\s*(?:ec|eg|ce))?',
      'veilige[\\s-]+haven[\\s-]*(?:principes|beginselen|regeling|programma|raamwerk|overeenkomst|akkoord)',
      'sph[èe]re\\s+de\\s+s[ée]curit[ée]',
    ],
    notInForceContexts: [
      // "Safe harbor" also names unrelated legal shelters: security-research and copyright safe harbors, COPPA safe
      // harbor programmes, securities "forward-looking statements".
      'bug\\s+bounty',
      'security\\s+research',
      'legal\\s+safe\\s+harbou?r',
      'dmca',
      'copyright',
      'coppa',
      'forward[\\s-]looking',
      ...INVALIDATED,
      ...REPEALED,
    ],
    url: 'https://eur-lex.europa.eu/eli/dec/2000/520/oj',
  },
  {
    id: 'privacy_shield',
    name: 'EU-US Privacy Shield (Implementing Decision (EU) 2016/1250)',
    kind: 'framework',
    outdated: true,
    replacement: 'dpf',
    replacementName: 'EU-US Data Privacy Framework (Implementing Decision (EU) 2023/1795) for certified US recipients, otherwise SCCs',
    until: '2020-07-16',
    jurisdiction: 'eu',
    patterns: [
      // The privacyshield.gov address alone long hosted the DPF list, so it is not a reference (gdpr.md §3.1).
      '(?:(?:eu|eu-?u\\.?s\\.?|eu-?vs|swiss-?u\\.?s\\.?|eu\\s*-\\s*u\\.?s\\.?)[\\s-]+)?privacy[\\s-]?shield(?!\\.gov)',
      '(?:eu-us-)?datenschutz[\\s-]?schild',
      '(?:eu-vs[\\s-]+)?privacy[\\s-]?schild',
      'bouclier\\s+de\\s+protection\\s+des\\s+donn[ée]es(?:\\s+(?:ue|eu)[\\s-]+[ée]tats[\\s-]+unis)?',
      '2016\\s*/\\s*1250',
    ],
    notInForceContexts: [...INVALIDATED, ...REPEALED],
    url: 'https://eur-lex.europa.eu/eli/dec_impl/2016/1250/oj',
  },
  {
    id: 'old_scc',
    name: 'Standard contractual clauses of 2001/2004/2010 (Decisions 2001/497/EC, 2004/915/EC, 2002/16/EC, 2010/87/EU)',
    kind: 'framework',
    outdated: true,
    replacement: 'scc',
    replacementName: 'standard contractual clauses of 4 June 2021 (Implementing Decision (EU) 2021/914)',
    // Repealed for new contracts on 2021-09-27; contracts concluded earlier stayed valid until 2022-12-27.
    until: '2022-12-27',
    jurisdiction: 'eu',
    patterns: [
      '2001\\s*/\\s*497(?:\\s*/\\s*(?:ec|eg|ce))?',
      '2004\\s*/\\s*915(?:\\s*/\\s*(?:ec|eg|ce))?',
      '2002\\s*/\\s*16\\s*/\\s*(?:ec|eg|ce)',
      '2010\\s*/\\s*87(?:\\s*/\\s*(?:eu|ue|ec|eg))?',
      // Clauses explicitly dated with an old year: "standard contractual clauses (2010)", "modelcontracten van 2010".
      '(?:(?:eu[\\s-]+)?(?:standard\\s+(?:contractual|data\\s+protection)\\s+clauses|model\\s+(?:contract(?:ual)?\\s+)?clauses|standaard(?:contract)?bepalingen|modelcontract(?:bepalingen|clausules|en)|standard(?:vertrags|datenschutz)klauseln|clauses\\s+contractuelles\\s+types))[^.;:]{0,40}?(?<!\\p{N})(?:2001|2004|2010)',
      '(?:2001|2004|2010)\\s+(?:eu\\s+)?(?:standard\\s+contractual\\s+clauses|model\\s+clauses|sccs?)',
      // Clauses adopted under the Directive.
      'art(?:icle|ikel|\\.)?\\s*26\\s*\\(\\s*[24]\\s*\\)\\s*(?:of|van|der|de\\s+la)?\\s*(?:(?:the|de|der|la)\\s+)?(?:directive|richtlijn|richtlinie)?\\s*95\\s*/\\s*46',
    ],
    notInForceContexts: [
      // A sentence that also names the 2021 set is about the switch-over, not reliance on the old clauses.
      'replac\\w*|vervang\\w*|ersetz\\w*|remplac\\w*',
      '2021\\s*/\\s*914',
      '(?:4\\s+)?(?:june|juni|juin)\\s+2021',
      '(?<![\\p{L}])(?:new|updated|nieuwe|neuen?|nouvelles)\\s+(?:eu\\s+)?(?:standard|sccs?|standaard|modelcontract|clauses)',
      ...REPEALED,
    ],
    url: 'https://eur-lex.europa.eu/eli/dec/2010/87/oj',
  },

  // ---------------------------------------------------------------- Netherlands
  {
    id: 'uavg',
    name: 'Uitvoeringswet Algemene verordening gegevensbescherming (UAVG)',
    kind: 'law',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'nl',
    patterns: [
      'uitvoeringswet\\s+(?:de\\s+)?(?:algemene\\s+verordening\\s+gegevensbescherming|avg)',
      'uavg',
    ],
    url: 'https://wetten.overheid.nl/BWBR0040940/',
  },
  {
    id: 'telecommunicatiewet',
    name: 'Telecommunicatiewet (art. 11.7a, cookies)',
    kind: 'law',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'nl',
    patterns: [
      'telecommunicatiewet',
      'art(?:ikel|\\.)?\\s*11\\.7a?(?:\\s+(?:van\\s+de\\s+)?(?:tw|telecommunicatiewet))?',
      'cookiewet(?:geving)?',
    ],
    url: 'https://wetten.overheid.nl/BWBR0009950/',
  },
  {
    id: 'ap',
    name: 'Autoriteit Persoonsgegevens (AP)',
    kind: 'authority',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'nl',
    // "AP" alone is not safe (also "Associated Press", "AP-stijl", ...).
    patterns: [
      'autoriteit\\s+persoonsgegevens',
      'autoriteitpersoonsgegevens(?:\\.nl)?',
      'dutch\\s+data\\s+protection\\s+authority',
      'dutch\\s+dpa',
    ],
    url: 'https://www.autoriteitpersoonsgegevens.nl/',
  },
  {
    id: 'wbp',
    name: 'Wet bescherming persoonsgegevens (Wbp)',
    kind: 'law',
    outdated: true,
    replacement: 'uavg',
    replacementName: 'Algemene verordening gegevensbescherming (AVG) and Uitvoeringswet AVG (UAVG)',
    until: '2018-05-25',
    jurisdiction: 'nl',
    patterns: [
      // The BES version (Bonaire, Sint Eustatius, Saba) is still in force: never flag it.
      'wet\\s+bescherming\\s+persoonsgegevens(?![\\s-]+bes(?![\\p{L}]))',
      'wbp(?![\\s-]*bes(?![\\p{L}]))',
    ],
    notInForceContexts: [...REPEALED],
    url: 'https://wetten.overheid.nl/BWBR0011468/',
  },
  {
    id: 'cbp',
    name: 'College bescherming persoonsgegevens (CBP)',
    kind: 'authority',
    outdated: true,
    replacement: 'ap',
    replacementName: 'Autoriteit Persoonsgegevens (AP)',
    until: '2016-01-01',
    jurisdiction: 'nl',
    // The former body's names are kept once, in the authority registry.
    patterns: authorityPatterns('nl_cbp'),
    notInForceContexts: [
      // In English "CBP" is usually US Customs and Border Protection.
      'customs',
      'border\\s+protection',
      ...RENAMED,
      ...REPEALED,
    ],
    url: 'https://www.autoriteitpersoonsgegevens.nl/',
  },
  {
    id: 'bewerker',
    name: 'bewerker / bewerkersovereenkomst (Wbp term)',
    kind: 'term',
    outdated: true,
    replacement: 'verwerker',
    replacementName: 'verwerker / verwerkersovereenkomst (Art. 28 AVG)',
    until: '2018-05-25',
    jurisdiction: 'nl',
    // Word-anchored by the caller, so "verwerker" never matches; "bewerken"/"bewerking" end differently.
    patterns: ['(?:sub-?)?bewerker(?:s|s?overeenkomst(?:en)?|s?contract(?:en)?)?'],
    notInForceContexts: [
      // "bewerker" is also an editor or arranger of music and texts.
      'muziek',
      'arrang(?:ement|eur)',
      'partituur',
      'vertal(?:ing|er|ingen)',
      'redacteur',
    ],
    substitutions: [
      { from: 'subbewerkersovereenkomsten', to: 'subverwerkersovereenkomsten' },
      { from: 'subbewerkersovereenkomst', to: 'subverwerkersovereenkomst' },
      { from: 'bewerkersovereenkomsten', to: 'verwerkersovereenkomsten' },
      { from: 'bewerkersovereenkomst', to: 'verwerkersovereenkomst' },
      { from: 'bewerkerovereenkomst', to: 'verwerkersovereenkomst' },
      { from: 'subbewerkers', to: 'subverwerkers' },
      { from: 'subbewerker', to: 'subverwerker' },
      { from: 'bewerkers', to: 'verwerkers' },
      { from: 'bewerker', to: 'verwerker' },
    ],
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },

  // ---------------------------------------------------------------- Belgium
  {
    id: 'be_privacy_law_2018',
    name: 'Wet van 30 juli 2018 betreffende de bescherming van natuurlijke personen met betrekking tot de verwerking van persoonsgegevens',
    kind: 'law',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'be',
    // Only with "wet/loi/Gesetz": a bare date would also hit "last updated 30 juli 2018".
    patterns: [
      '(?:kader)?(?:wet|loi|gesetz(?:es)?)\\s+(?:van|du|vom)\\s+30\\s+(?:juli|juillet)\\s+2018',
      'kaderwet\\s+gegevensbescherming',
    ],
    // Link from memory (Belgisch Staatsblad numac 2018040581); not checked.
    url: 'https://www.ejustice.just.fgov.be/eli/wet/2018/07/30/2018040581/justel',
  },
  {
    id: 'gba',
    name: 'Gegevensbeschermingsautoriteit (GBA) / Autorité de protection des données (APD)',
    kind: 'authority',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'be',
    patterns: [
      'gegevensbeschermingsautoriteit(?:\\.be)?',
      'autorit[ée]\\s+de\\s+protection\\s+des\\s+donn[ée]es(?!\\s+(?:comp[ée]tente|de\\s+votre|du\\s+pays|nationale|locale))',
      'autoriteprotectiondonnees(?:\\.be)?',
      'belgian\\s+data\\s+protection\\s+authority',
      'gba',
      'apd',
    ],
    url: 'https://www.gegevensbeschermingsautoriteit.be/',
  },
  {
    id: 'be_privacy_commission',
    name: 'Commissie voor de bescherming van de persoonlijke levenssfeer (Privacycommissie, CBPL/CPVP)',
    kind: 'authority',
    outdated: true,
    replacement: 'gba',
    replacementName: 'Gegevensbeschermingsautoriteit (GBA) / Autorité de protection des données (APD)',
    until: '2018-05-25',
    jurisdiction: 'be',
    patterns: authorityPatterns('be_cbpl'),
    notInForceContexts: [...RENAMED, ...REPEALED],
    substitutions: [
      {
        from: 'Commissie voor de bescherming van de persoonlijke levenssfeer',
        to: 'Gegevensbeschermingsautoriteit',
      },
      { from: 'Privacycommissie', to: 'Gegevensbeschermingsautoriteit' },
      { from: 'Commission de la protection de la vie privée', to: 'Autorité de protection des données' },
      { from: 'Commission de la protection de la vie privee', to: 'Autorité de protection des données' },
      { from: 'Kommission für den Schutz des Privatlebens', to: 'Datenschutzbehörde' },
    ],
    url: 'https://www.gegevensbeschermingsautoriteit.be/',
  },
  {
    id: 'be_privacy_law_1992',
    name: 'Wet van 8 december 1992 tot bescherming van de persoonlijke levenssfeer (Privacywet)',
    kind: 'law',
    outdated: true,
    replacement: 'be_privacy_law_2018',
    replacementName: 'Wet van 30 juli 2018 / Loi du 30 juillet 2018, with the GDPR',
    until: '2018-05-25',
    jurisdiction: 'be',
    patterns: [
      '(?:(?:wet|loi|gesetz(?:es)?)\\s+(?:van|du|vom)\\s+)?8\\s+(?:december|d[ée]cembre|dezember)\\s+1992',
      'privacywet\\s+(?:van\\s+)?1992',
    ],
    notInForceContexts: [...REPEALED],
    // Link from memory (Justel cn 1992120832); not checked.
    url: 'https://www.ejustice.just.fgov.be/cgi_loi/change_lg.pl?language=nl&la=N&cn=1992120832&table_name=wet',
  },

  // ---------------------------------------------------------------- Germany
  {
    id: 'bdsg',
    name: 'Bundesdatenschutzgesetz (BDSG, 2018)',
    kind: 'law',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'de',
    patterns: [
      // Not when the same mention is marked old ("BDSG a.F.") or cites an old-only paragraph ("§ 4a BDSG"):
      // those belong to bdsg_old.
      'bundesdatenschutzgesetz(?![\\s-]*(?:a\\.\\s*f\\.|\\(?alt\\)?(?![\\p{L}])))',
      '(?<!§{1,2}\\s*(?:3a|4[a-g]|6[a-c]|42a)(?:\\s*(?:abs\\.?|satz|s\\.|nr\\.?)\\s*\\d+)*\\s*)bdsg(?:[\\s-]*neu|\\s*n\\.\\s*f\\.)?(?![\\s-]*(?:a\\.\\s*f\\.|\\(?alt\\)?(?![\\p{L}])))',
    ],
    url: 'https://www.gesetze-im-internet.de/bdsg_2018/',
  },
  {
    id: 'bdsg_old',
    name: 'Bundesdatenschutzgesetz, old version (BDSG a.F., until 24 May 2018)',
    kind: 'law',
    outdated: true,
    replacement: 'bdsg',
    replacementName: 'DSGVO with the BDSG of 2018',
    until: '2018-05-25',
    jurisdiction: 'de',
    // Only the reliable set of gdpr.md §3.3: explicit "a.F."/"alt" and letter-suffixed paragraphs that exist only in
    // the old act. Bare "§ 28 BDSG" etc. exist in both versions with different content; the one exception kept is
    // "§ 28 Abs. 1 (S. 1) Nr. x BDSG", the old legitimate-interest basis, whose numbering has no counterpart in the
    // new § 28 (archiving).
    patterns: [
      '(?:bdsg|bundesdatenschutzgesetz(?:es)?)[\\s-]*(?:a\\.\\s*f\\.|\\(\\s*alt\\s*\\)|alt(?![\\p{L}]))',
      '(?:alte[nsr]?|bisherige[nsr]?|fr[üu]here[nsr]?)\\s+(?:bdsg|bundesdatenschutzgesetz(?:es)?)',
      '§{1,2}\\s*(?:3a|4[a-g]|6[a-c]|42a)\\s*(?:abs\\.?\\s*\\d+\\s*)?(?:s(?:atz|\\.)?\\s*\\d+\\s*)?(?:nr\\.?\\s*\\d+\\s*)?bdsg',
      '§{1,2}\\s*28\\s*abs\\.?\\s*1\\s*(?:s(?:atz|\\.)?\\s*1\\s*)?nr\\.?\\s*[1-3]\\s*bdsg',
      // Paragraphs numbered alike in both acts, old only with the old subject beside them (gdpr.md §3.3): § 35
      // (Berichtigung, Löschung, Sperrung), § 5 (Datengeheimnis), § 11 (Auftragsdatenverarbeitung), § 32
      // (Beschäftigte), § 33 (Benachrichtigung). The subject is looked for within 80 characters either side.
      '(?<=(?:sperrung|datengeheimnis|auftragsdatenverarbeitung|im\\s+auftrag|beschäftigte|benachrichtigung)[^.;]{0,80})§{1,2}\\s*(?:35|5|11|32|33)\\s*(?:abs\\.?\\s*\\d+\\s*)?bdsg',
      '§{1,2}\\s*35\\s*(?:abs\\.?\\s*\\d+\\s*)?bdsg(?=[^.;]{0,80}sperrung)',
      '§{1,2}\\s*5\\s*bdsg(?=[^.;]{0,40}datengeheimnis)',
      '§{1,2}\\s*11\\s*(?:abs\\.?\\s*\\d+\\s*)?bdsg(?=[^.;]{0,80}auftragsdatenverarbeitung)',
    ],
    // "Die rechtlichen Grundlagen des Datenschutzes finden sich im Bundesdatenschutzgesetz (BDSG)" in a policy that
    // never names the DSGVO: the act before 25 May 2018. Not one marked new ("BDSG neu", "BDSG 2018", "n.F.").
    bareMentions: {
      patterns: ['(?:bundesdatenschutzgesetz(?:es)?|bdsg)(?![\\s-]*(?:neu|n\\.\\s*f\\.|2018|\\(\\s*neu\\s*\\)))'],
      unlessCited: ['gdpr'],
    },
    notInForceContexts: [...REPEALED],
    // Historic consolidated text (BDSG 1990 as last amended); may no longer be served.
    url: 'https://www.gesetze-im-internet.de/bdsg_1990/',
  },
  {
    id: 'tdddg',
    name: 'Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG, § 25 cookies)',
    kind: 'law',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'de',
    // The former name TTDSG (renamed 14 May 2024) is stale and therefore not listed here as current.
    patterns: ['telekommunikation[\\s-]+digitale[\\s-]+dienste[\\s-]+datenschutz[\\s-]*gesetz', 'tdddg'],
    url: 'https://www.gesetze-im-internet.de/ttdsg/',
  },
  {
    id: 'ddg',
    name: 'Digitale-Dienste-Gesetz (DDG, § 5 Impressum)',
    kind: 'law',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'de',
    // Bare "DDG" is too short to trust; take the full name or a cited paragraph.
    patterns: ['digitale[\\s-]+dienste[\\s-]+gesetz', '§{1,2}\\s*\\d+[a-z]?\\s*(?:abs\\.?\\s*\\d+\\s*)?ddg'],
    url: 'https://www.gesetze-im-internet.de/ddg/',
  },

  // German items of gdpr.md §3.3 beyond bdsg_old: the TMG's data protection part, the TMG itself (Impressum) and the
  // TTDSG's old name. Not annotation ids: the evaluation does not score them.
  {
    id: 'tmg_privacy',
    name: 'Telemediengesetz, data protection part (§§ 11–15a TMG)',
    kind: 'law',
    outdated: true,
    replacement: 'gdpr',
    replacementName: 'Art. 13 DSGVO (and § 25 TDDDG for cookies)',
    // Displaced by the GDPR on 2018-05-25 and repealed by the TTDSG on 2021-12-01.
    until: '2021-12-01',
    jurisdiction: 'de',
    patterns: [
      // "§ 13 TMG", "§ 15 Abs. 3 TMG", "§§ 11 ff. TMG", "§§ 12, 13 TMG", "§ 15a Telemediengesetz"
      '§{1,2}\\s*1[1-5]a?(?:\\s*(?:abs\\.?|absatz)\\s*\\d+)?(?:\\s*(?:s\\.|satz)\\s*\\d+)?(?:\\s*(?:ff?\\.|,\\s*1[1-5]a?|(?:bis|-|–)\\s*1[1-5]a?))*\\s*(?:des\\s+)?(?:tmg|telemediengesetz(?:es)?)',
    ],
    notInForceContexts: [...REPEALED],
    url: 'https://www.gesetze-im-internet.de/tmg/',
  },
  {
    id: 'tmg',
    name: 'Telemediengesetz (TMG)',
    kind: 'law',
    outdated: true,
    replacement: 'ddg',
    replacementName: 'Digitale-Dienste-Gesetz (DDG), for the Impressum § 5 DDG',
    until: '2024-05-14',
    jurisdiction: 'de',
    patterns: [
      // Not a mention of its data protection part (§§ 11–15a TMG): that is tmg_privacy.
      'telemediengesetz(?:es)?(?<!§{1,2}\\s*1[1-5]a?[^§]{0,30}telemediengesetz(?:es)?)',
      '(?<!§{1,2}\\s*1[1-5]a?[^§]{0,30})tmg',
    ],
    // A sentence that names the DDG too is about the change, not reliance on the TMG.
    notInForceContexts: ['(?<![\\p{L}])ddg(?![\\p{L}])', 'digitale[\\s-]+dienste[\\s-]+gesetz', 'hei(?:ß|ss)t\\s+(?:seit|jetzt|nun|inzwischen)', ...REPEALED, ...RENAMED],
    substitutions: [
      { from: 'Telemediengesetz', to: 'Digitale-Dienste-Gesetz' },
      { from: 'TMG', to: 'DDG' },
    ],
    url: 'https://www.gesetze-im-internet.de/ddg/__5.html',
  },
  {
    id: 'ttdsg',
    name: 'Telekommunikation-Telemedien-Datenschutz-Gesetz (TTDSG), since 14 May 2024 the TDDDG',
    kind: 'law',
    outdated: true,
    replacement: 'tdddg',
    replacementName: 'Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG)',
    until: '2024-05-14',
    jurisdiction: 'de',
    patterns: ['telekommunikation[\\s-]+telemedien[\\s-]+datenschutz[\\s-]*gesetz(?:es)?', 'ttdsg'],
    notInForceContexts: ['tdddg', 'telekommunikation[\\s-]+digitale[\\s-]+dienste', 'hei(?:ß|ss)t\\s+(?:seit|jetzt|nun|inzwischen)', ...RENAMED, ...REPEALED],
    substitutions: [
      { from: 'Telekommunikation-Telemedien-Datenschutz-Gesetz', to: 'Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz' },
      { from: 'TTDSG', to: 'TDDDG' },
    ],
    url: 'https://www.gesetze-im-internet.de/ttdsg/',
  },

  // ---------------------------------------------------------------- France
  {
    id: 'lil',
    name: 'Loi n° 78-17 du 6 janvier 1978 relative à l’informatique, aux fichiers et aux libertés (as amended)',
    kind: 'law',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'fr',
    patterns: [
      'loi\\s+(?:n[°o]\\s*)?78-17(?:\\s+du\\s+6\\s+janvier\\s+1978)?',
      'loi\\s+du\\s+6\\s+janvier\\s+1978',
      'loi\\s+[«"]?\\s*informatique\\s+et\\s+libert[ée]s',
    ],
    url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000886460',
  },

  {
    id: 'cnil_declaration',
    name: 'Déclaration préalable à la CNIL (prior notification, numéro de déclaration)',
    kind: 'term',
    outdated: true,
    replacement: 'gdpr',
    replacementName: 'registre des activités de traitement (art. 30 RGPD)',
    until: '2018-05-25',
    jurisdiction: 'fr',
    patterns: [
      // "déclaré à la CNIL", "a fait l'objet d'une déclaration (normale) auprès de la CNIL"
      'd[ée]clar(?:ation|[ée]e?s?)\\s+(?:(?:normale|simplifi[ée]e)\\s+)?(?:[àa]|aupr[èe]s\\s+de)\\s+la\\s+(?:cnil|commission\\s+nationale\\s+de\\s+l[\'’]\\s*informatique)',
      // "numéro de déclaration CNIL : 1234567", "n° de déclaration 1234567", "déclaration CNIL n° 1234567"
      '(?:num[ée]ro|n[°o])\\s*(?:de\\s+)?d[ée]claration(?:\\s+(?:[àa]\\s+la\\s+)?cnil)?(?:\\s*:?\\s*\\d{5,})?',
      'd[ée]claration\\s+cnil(?:\\s+(?:n[°o]|num[ée]ro)\\s*:?\\s*\\d{5,})?',
      'dispens[ée]e?s?\\s+de\\s+d[ée]claration',
      'norme\\s+simplifi[ée]e\\s+(?:n[°o]|num[ée]ro)\\s*\\d+',
      'r[ée]c[ée]piss[ée]\\s+(?:de\\s+(?:la\\s+)?d[ée]claration\\s+)?(?:de\\s+la\\s+|d[ée]livr[ée]\\s+par\\s+la\\s+)cnil',
    ],
    notInForceContexts: [
      // "ne sont plus soumis à déclaration", "les formalités préalables ont été supprimées"
      'plus\\s+(?:soumis|soumise|n[ée]cessaire|besoin|obligatoire)',
      'supprim[ée]',
      ...REPEALED,
    ],
    url: 'https://www.cnil.fr/fr/rgpd-quel-changement-pour-les-formalites-aupres-de-la-cnil',
  },

  // ---------------------------------------------------------------- Austria
  {
    id: 'at_dsg_2000',
    name: 'Datenschutzgesetz 2000 (DSG 2000, Austria)',
    kind: 'law',
    outdated: true,
    replacement: 'gdpr',
    replacementName: 'DSGVO with the Austrian Datenschutzgesetz (DSG) as amended by the Datenschutz-Anpassungsgesetz 2018',
    until: '2018-05-25',
    jurisdiction: 'at',
    patterns: ['dsg\\s*2000', 'datenschutzgesetz\\s+2000'],
    notInForceContexts: [...REPEALED, ...RENAMED],
    substitutions: [{ from: 'DSG 2000', to: 'DSG' }],
    url: 'https://www.ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen&Gesetzesnummer=10001597',
  },

  // ---------------------------------------------------------------- United Kingdom
  {
    id: 'uk_gdpr',
    name: 'UK GDPR',
    kind: 'law',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'uk',
    patterns: ['uk[\\s-]+gdpr', '(?:united\\s+kingdom|uk)\\s+general\\s+data\\s+protection\\s+regulation'],
    url: 'https://www.legislation.gov.uk/eur/2016/679/contents',
  },
  {
    // Ireland also has a "Data Protection Act 2018"; the jurisdiction is the usual reading, not a certainty.
    id: 'uk_dpa_2018',
    name: 'Data Protection Act 2018',
    kind: 'law',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'uk',
    patterns: ['data\\s+protection\\s+act\\s*(?:of\\s+)?\\(?\\s*2018\\s*\\)?', 'dpa\\s*2018'],
    url: 'https://www.legislation.gov.uk/ukpga/2018/12/contents',
  },
  {
    id: 'uk_duaa_2025',
    name: 'Data (Use and Access) Act 2025',
    kind: 'law',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'uk',
    patterns: ['data\\s*\\(\\s*use\\s+and\\s+access\\s*\\)\\s*act(?:\\s+2025)?', 'duaa(?:\\s*2025)?'],
    url: 'https://www.legislation.gov.uk/ukpga/2025/18/contents',
  },
  {
    id: 'pecr',
    name: 'Privacy and Electronic Communications (EC Directive) Regulations 2003 (PECR)',
    kind: 'law',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'uk',
    patterns: [
      'privacy\\s+and\\s+electronic\\s+communications\\s+(?:\\(ec\\s+directive\\)\\s+)?regulations(?:\\s+2003)?',
      'pecr',
    ],
    url: 'https://www.legislation.gov.uk/uksi/2003/2426/contents',
  },
  {
    id: 'uk_dpa_1998',
    name: 'Data Protection Act 1998',
    kind: 'law',
    outdated: true,
    replacement: 'uk_dpa_2018',
    replacementName: 'UK GDPR and Data Protection Act 2018',
    until: '2018-05-25',
    jurisdiction: 'uk',
    patterns: ['data\\s+protection\\s+act\\s*(?:of\\s+)?\\(?\\s*1998\\s*\\)?', 'dpa\\s*1998'],
    // "Under the Data Protection Act, we have a legal duty …" in a policy that never names the GDPR. Not the Irish
    // "Data Protection Acts" (plural), not a year-marked act of another year.
    // Not another country's act in English ("the Dutch Personal Data Protection Act", "the Irish Data Protection Act").
    bareMentions: {
      patterns: [`(?<!(?:${FOREIGN_ACT_QUALIFIERS.join('|')})[\\s-]+)data\\s+protection\\s+act(?![\\p{L}\\p{N}]|\\s*(?:of\\s+)?\\(?\\s*\\d)`],
      unlessCited: ['gdpr', 'uk_gdpr', 'uk_dpa_2018'],
    },
    notInForceContexts: [...REPEALED],
    url: 'https://www.legislation.gov.uk/ukpga/1998/29/contents',
  },

  // ---------------------------------------------------------------- Switzerland, US
  {
    id: 'ch_fadp',
    name: 'Swiss Federal Act on Data Protection (revised FADP / nDSG / nLPD)',
    kind: 'law',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'ch',
    patterns: [
      '(?:revised\\s+)?(?:swiss\\s+)?federal\\s+act\\s+on\\s+data\\s+protection',
      '(?:revidierte[sn]?\\s+|neue[sn]?\\s+)?(?:schweizer(?:isches)?\\s+)?bundesgesetz\\s+über\\s+den\\s+datenschutz',
      'loi\\s+f[ée]d[ée]rale\\s+sur\\s+la\\s+protection\\s+des\\s+donn[ée]es',
      'rev[\\s-]?dsg',
      'n[\\s-]?dsg',
      'n[\\s-]?lpd',
      'fadp',
    ],
    url: 'https://www.fedlex.admin.ch/eli/cc/2022/491/en',
  },
  {
    id: 'ccpa',
    name: 'California Consumer Privacy Act (CCPA, as amended by the CPRA)',
    kind: 'law',
    outdated: false,
    replacement: null,
    replacementName: null,
    until: null,
    jurisdiction: 'us',
    patterns: ['california\\s+(?:consumer\\s+)?privacy\\s+(?:rights\\s+)?act', 'ccpa', 'cpra'],
    url: 'https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?division=3.&part=4.&lawCode=CIV&title=1.81.5',
  },
];

const BY_ID = new Map(LAWS.map((l) => [l.id, l]));

export function lawById(id: string): LawEntry | undefined {
  return BY_ID.get(id);
}

/** Ids of the outdated entries (the ids ANNOTATION.md uses for outdated references), in table order. */
export const OUTDATED_LAW_IDS: readonly string[] = LAWS.filter((l) => l.outdated).map((l) => l.id);

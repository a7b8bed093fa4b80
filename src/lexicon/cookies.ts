import type { SupportedLanguage } from '../model/types.js';

/**
 * Cookie and children wording per language (regex sources, matched case-insensitively on word boundaries), plus
 * the language-independent registry of tools and cookie names.
 */

export type CookieKind = 'functional' | 'analytics' | 'marketing';

export const COOKIE_KINDS: readonly CookieKind[] = ['functional', 'analytics', 'marketing'];

export interface CookieLexicon {
  /** The noun itself, also as the tail of a compound ("trackingcookies", "Analytics-cookies"). */
  nouns: string[];
  /** Adjectives or compound heads that say which kind a cookie is; they stand right before the noun. No capturing groups. */
  kinds: Record<CookieKind, string[]>;
  /** Words joining a list of kinds before one noun: "functionele, analytische en tracking cookies". */
  joiners: string[];
  /** Verbs that say the site uses cookies ("wij gebruiken cookies"): a cookie of unspecified kind. */
  useVerbs: string[];
  /** Wording for a session lifetime. */
  session: string[];
  /** A table's lifetime cell saying only "Sessie" / "Session". */
  sessionCell: string[];
  /** Words that deny a cookie where the shared negation words do not ("zonder cookies"). */
  absence: string[];
  /** Words before a quoted cookie name: named “session”. */
  namedBy: string[];
  /** Table header cells. */
  columns: { name: string[]; lifetime: string[]; kind: string[] };
}

export interface ChildrenLexicon {
  /** Words for children, minors and parental consent. */
  words: string[];
  /** Age phrases; the first capture group is the age (digits or a number word). */
  ages: string[];
  /** Right after an age phrase these confirm it is an age ("16 jaar"); otherwise children must be named nearby. */
  ageUnits: string[];
  /** With a child word, these make a sentence about children's data ("toestemming", "collect"). */
  dataWords: string[];
}

export const COOKIES: Record<SupportedLanguage, CookieLexicon> = {
  nl: {
    nouns: ['cookies?'],
    kinds: {
      functional: ['technische', 'technisch', 'functionele', 'functioneel', '(?:strikt\\s+)?noodzakelijke', 'essentiële', 'essentiele', 'functional', 'necessary', 'essential'],
      analytics: ['analytische', 'analytisch', 'statistische', 'statistiek', 'analyse', 'analytics', 'prestatie'],
      marketing: ['tracking', 'marketing', 'advertentie', 'reclame', 'social\\s*media', 'volg', 'targeting', 'advertising', 'profilerings?'],
    },
    joiners: [',', 'en', 'of', '/', '&'],
    useVerbs: ['gebruik(?:en|t)?', 'plaats(?:en|t)?', 'geplaatst', 'maak(?:t|en)\\s+(?:\\p{L}+\\s+){0,4}gebruik', 'gebruik\\s+van', 'zet(?:ten)?', 'inzet(?:ten)?'],
    session: ['sessie-?cookies?', 'sessie\\s+cookies?', 'tot\\s+(?:het\\s+)?(?:af)?sluiten\\s+van\\s+(?:de|uw|je)\\s+browser', '(?:einde|eind)\\s+van\\s+(?:de|uw|je)\\s+(?:browser)?sessie', 'zodra\\s+(?:u|je)\\s+(?:de|uw|je)\\s+browser\\s+(?:af)?sluit'],
    sessionCell: ['(?:browser)?sessie', 'einde\\s+(?:van\\s+de\\s+)?sessie'],
    absence: ['zonder'],
    namedBy: ['genaamd', 'met\\s+de\\s+naam', 'getiteld'],
    columns: {
      name: ['naam', 'cookie(?:naam|s)?', 'name'],
      lifetime: ['bewaartermijn', 'looptijd', 'vervaltijd', 'verloopt', 'vervalt', 'verval(?:datum|termijn)', 'geldigheid', 'duur', 'levensduur', 'bewaarperiode', 'expir\\p{L}*'],
      kind: ['soort', 'type', 'categorie', 'category'],
    },
  },
  en: {
    nouns: ['cookies?'],
    kinds: {
      functional: ['(?:strictly\\s+)?necessary', 'essential', 'functional(?:ity)?', 'technical', 'preferences?', 'required'],
      analytics: ['analytics?', 'analytical', 'statistics?', 'statistical', 'performance', 'measurement'],
      marketing: ['tracking', 'marketing', 'advertising', 'advertisement', 'targeting', 'social\\s*media', 'retargeting'],
    },
    joiners: [',', 'and', 'or', '/', '&'],
    useVerbs: ['use[sd]?', 'using', 'set[s]?', 'place[sd]?', 'employ[s]?', 'rel(?:y|ies)\\s+on', 'make\\s+use\\s+of'],
    session: ['session(?:\\s+|-)cookies?', 'session-only', '(?:when|once|until)\\s+you\\s+close\\s+(?:your|the)\\s+browser', 'end\\s+of\\s+(?:the|your)\\s+(?:browser\\s+|browsing\\s+)?session'],
    sessionCell: ['(?:browser\\s+)?session', 'end\\s+of\\s+(?:the\\s+)?session'],
    absence: ['without', 'no'],
    namedBy: ['named', 'called', 'titled'],
    columns: {
      name: ['name', 'cookie(?:\\s+name)?'],
      lifetime: ['expir\\p{L}*', 'duration', 'lifetime', 'retention', 'max(?:imum)?[- ]age', 'lifespan', 'storage\\s+period', 'valid(?:ity)?'],
      kind: ['type', 'category', 'kind'],
    },
  },
};

/** A tool that sets cookies; named in a cookie statement it gives the cookie's name and kind. */
export interface CookieTool {
  name: string;
  kind: CookieKind;
  /** Regex sources without capturing groups, case-insensitive. */
  patterns: string[];
}

export const COOKIE_TOOLS: readonly CookieTool[] = [
  { name: 'Google Analytics', kind: 'analytics', patterns: ['google\\s+analytics', 'GA4', 'universal\\s+analytics'] },
  { name: 'Google Tag Manager', kind: 'analytics', patterns: ['google\\s+tag\\s+manager'] },
  { name: 'Hotjar', kind: 'analytics', patterns: ['hotjar'] },
  { name: 'Matomo', kind: 'analytics', patterns: ['matomo', 'piwik(?:\\s+pro)?'] },
  // Only the product names: "plausible" and "clarity" are ordinary words.
  { name: 'Plausible', kind: 'analytics', patterns: ['plausible\\s+analytics', 'plausible\\.io'] },
  { name: 'Microsoft Clarity', kind: 'analytics', patterns: ['microsoft\\s+clarity'] },
  { name: 'Adobe Analytics', kind: 'analytics', patterns: ['adobe\\s+analytics'] },
  { name: 'Cloudflare', kind: 'functional', patterns: ['cloudflare'] },
  { name: 'Facebook Pixel', kind: 'marketing', patterns: ['(?:facebook|meta)(?:\\s+|-)pixel'] },
  { name: 'Google Ads', kind: 'marketing', patterns: ['google\\s+ads', 'google\\s+adwords', 'doubleclick'] },
  { name: 'LinkedIn Insight Tag', kind: 'marketing', patterns: ['linkedin\\s+insight(?:\\s+tag)?'] },
  { name: 'TikTok Pixel', kind: 'marketing', patterns: ['tiktok\\s+pixel'] },
];

/** A cookie name ("_ga") with its tool and kind. */
export interface CookieName {
  /** Regex source without capturing groups, case-sensitive, matched on word boundaries (underscores count as part of the name). */
  pattern: string;
  kind: CookieKind | null;
  tool: string | null;
}

export const COOKIE_NAMES: readonly CookieName[] = [
  { pattern: '_ga(?:_[A-Za-z0-9*]+|_\\*)?', kind: 'analytics', tool: 'Google Analytics' },
  { pattern: '_gid', kind: 'analytics', tool: 'Google Analytics' },
  { pattern: '_gat(?:_[A-Za-z0-9*]+)?', kind: 'analytics', tool: 'Google Analytics' },
  { pattern: '__utm[a-z]', kind: 'analytics', tool: 'Google Analytics' },
  { pattern: '_gcl_[a-z]+', kind: 'marketing', tool: 'Google Ads' },
  { pattern: '_fb[pc]', kind: 'marketing', tool: 'Facebook Pixel' },
  { pattern: '_hj[A-Za-z0-9_*]+', kind: 'analytics', tool: 'Hotjar' },
  { pattern: '_pk_[a-z]+(?:\\.[A-Za-z0-9*.]+)?', kind: 'analytics', tool: 'Matomo' },
  { pattern: '_clck|_clsk', kind: 'analytics', tool: 'Microsoft Clarity' },
  { pattern: '__cf_bm|_cfuvid|cf_clearance', kind: 'functional', tool: 'Cloudflare' },
  { pattern: 'PHPSESSID|JSESSIONID|ASP\\.NET_SessionId', kind: 'functional', tool: null },
  // Any other identifier with a leading underscore, read only in a cookie statement: "_shopify_y".
  { pattern: '_[A-Za-z][A-Za-z0-9_]*\\*?', kind: null, tool: null },
  // Any other identifier joined by underscores, read only in a cookie statement: "rw_session", "cookieconsent_status".
  { pattern: '[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+_?\\*?', kind: null, tool: null },
];

export const CHILDREN: Record<SupportedLanguage, ChildrenLexicon> = {
  nl: {
    words: ['kinderen', 'kind', 'minderjarig\\p{L}*', 'jongeren', 'ouders?\\s+of\\s+voogd', 'ouderlijke\\s+toestemming', 'wettelijke\\s+vertegenwoordiger'],
    ages: [
      'jonger\\s+(?:zijn\\s+|is\\s+)?dan\\s+(\\p{L}+|\\d+)', 'onder\\s+de\\s+(\\p{L}+|\\d+)\\s+jaar', '(\\d+|\\p{L}+)\\s+jaar\\s+(?:of|en)\\s+ouder',
      'vanaf\\s+(\\d+|\\p{L}+)\\s+jaar', 'minimaal\\s+(\\d+|\\p{L}+)\\s+jaar\\s+oud', '(\\d+|\\p{L}+)\\s+jaar\\s+oud', 'leeftijd\\s+van\\s+(\\d+|\\p{L}+)',
      'ouder\\s+(?:zijn\\s+|is\\s+)?dan\\s+(\\d+|\\p{L}+)', '(\\d+)-jarige?n?',
    ],
    ageUnits: ['jaar', 'jarige?n?', 'leeftijd'],
    dataWords: ['toestemming', '(?:persoons)?gegevens', 'informatie', 'verzamel\\p{L}*', 'registr\\p{L}*', 'ouders?', 'voogd', 'account'],
  },
  en: {
    words: ['children', 'child(?!\\s+(?:exploitation|labou?r|abuse|sexual|pornograph))', "children's", 'minors', 'an?\\s+minor', 'kids', 'parental\\s+(?:consent|permission)', 'parents?\\s+or\\s+(?:legal\\s+)?guardians?'],
    ages: [
      'under\\s+(?:the\\s+)?(?:age\\s+(?:of\\s+)?)?(\\d+|\\p{L}+)', 'younger\\s+than\\s+(\\d+|\\p{L}+)', 'below\\s+(?:the\\s+)?age\\s+(?:of\\s+)?(\\d+|\\p{L}+)',
      '(\\d+|\\p{L}+)\\s+years?\\s+(?:of\\s+age|old)(?:\\s+or\\s+older)?', 'over\\s+(?:the\\s+)?age\\s+(?:of\\s+)?(\\d+|\\p{L}+)', 'aged\\s+(\\d+|\\p{L}+)',
      'at\\s+least\\s+(\\d+|\\p{L}+)\\s+years', '(\\d+)-year-olds?', 'age\\s+of\\s+(\\d+|\\p{L}+)',
    ],
    ageUnits: ['years?', 'year-olds?', 'age', 'aged'],
    dataWords: ['consent', 'permission', 'information', 'data', 'collect\\p{L}*', 'account', 'register\\p{L}*', 'parents?', 'guardians?', 'privacy'],
  },
};

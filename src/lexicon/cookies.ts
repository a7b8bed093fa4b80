import type { SupportedLanguage } from '../model/types.js';
import { byLanguage } from '../lang/index.js';


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
  /**
   * True where the kind follows the noun ("cookies analytiques", "cookies de mesure d'audience et publicitaires"), as
   * well as standing before it. Optional: a pack without it reads kinds before the noun only.
   */
  kindAfterNoun?: boolean;
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

export const COOKIES: Record<SupportedLanguage, CookieLexicon> = byLanguage((pack) => pack.cookies);

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

export const CHILDREN: Record<SupportedLanguage, ChildrenLexicon> = byLanguage((pack) => pack.children);

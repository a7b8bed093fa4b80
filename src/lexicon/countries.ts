/**
 * Countries that policies name when they talk about transfers: every EU/EEA state, every destination with an EU
 * adequacy decision (gdpr.md §5, status mid-2026) and the usual non-adequate destinations.
 *
 * `names` are regex SOURCE strings, compiled case-insensitively with `u` and word-anchored by the caller
 * (`(?<![\p{L}\p{N}])(?:…)(?![\p{L}\p{N}])`). Accented letters also accept the plain letter, because the caller may match
 * against an accent-stripped copy. Short forms that are ordinary words in lower case ("US" vs the pronoun "us", "VS"
 * vs "versus") live in `caseSensitive`, compiled with `u` only.
 */

export interface CountryEntry {
  /** ISO 3166-1 alpha-2, e.g. "US". */
  code: string;
  /** Names per language as regex sources (case-insensitive, word-anchored by the caller). */
  names: { nl: string[]; en: string[]; de: string[]; fr: string[] };
  /** Sources matched case-sensitively (flag `u` only), e.g. "US", "VS", "UK". */
  caseSensitive?: string[];
  /** EU member or EEA state (NO, IS, LI). */
  eea: boolean;
  /** An EU adequacy decision is in force. False for the US: only DPF-certified recipients are covered (gdpr.md §5). */
  adequacy: boolean;
}

type Names = CountryEntry['names'];

const NOT_NORTH_KOREA = '(?<!(?:north|noord|nord)[\\s-])korea';
const AFTER_DE = '(?<=(?:nach|in|aus|von|und|sowie|oder|über|bzw\\.)\\s+)';

const eu = (code: string, names: Names): CountryEntry => ({ code, names, eea: true, adequacy: false });
const adequate = (code: string, names: Names, caseSensitive?: string[]): CountryEntry => ({
  code,
  names,
  ...(caseSensitive ? { caseSensitive } : {}),
  eea: false,
  adequacy: true,
});
const third = (code: string, names: Names, caseSensitive?: string[]): CountryEntry => ({
  code,
  names,
  ...(caseSensitive ? { caseSensitive } : {}),
  eea: false,
  adequacy: false,
});

/** Articles a country's name may carry in a list of recipients ("the Netherlands", "die Schweiz", "les États-Unis"). */
export const COUNTRY_ARTICLES: readonly string[] = ['the', 'de', 'die', 'la', 'le', 'les'];

export const COUNTRIES: readonly CountryEntry[] = [
  // ---------------------------------------------------------------- EU member states (eea: true)
  eu('AT', { nl: ['oostenrijk'], en: ['austria'], de: ['[öo]sterreich'], fr: ['autriche'] }),
  eu('BE', { nl: ['belgi[ëe]'], en: ['belgium'], de: ['belgien'], fr: ['belgique'] }),
  eu('BG', { nl: ['bulgarije'], en: ['bulgaria'], de: ['bulgarien'], fr: ['bulgarie'] }),
  eu('HR', { nl: ['kroati[ëe]'], en: ['croatia'], de: ['kroatien'], fr: ['croatie'] }),
  eu('CY', { nl: ['cyprus'], en: ['cyprus'], de: ['zypern'], fr: ['chypre'] }),
  eu('CZ', {
    nl: ['tsjechische\\s+republiek', 'tsjechi[ëe]'],
    en: ['czech\\s+republic', 'czechia'],
    de: ['tschechische[n]?\\s+republik', 'tschechien'],
    fr: ['r[ée]publique\\s+tch[èe]que', 'tch[ée]quie'],
  }),
  eu('DK', { nl: ['denemarken'], en: ['denmark'], de: ['d[äa]nemark'], fr: ['danemark'] }),
  eu('EE', { nl: ['estland'], en: ['estonia'], de: ['estland'], fr: ['estonie'] }),
  eu('FI', { nl: ['finland'], en: ['finland'], de: ['finnland'], fr: ['finlande'] }),
  eu('FR', { nl: ['frankrijk'], en: ['france'], de: ['frankreich'], fr: ['france'] }),
  eu('DE', {
    nl: ['duitsland'],
    en: ['germany', 'federal\\s+republic\\s+of\\s+germany'],
    de: ['bundesrepublik\\s+deutschland', 'deutschland'],
    fr: ['allemagne'],
  }),
  eu('GR', { nl: ['griekenland'], en: ['greece'], de: ['griechenland'], fr: ['gr[èe]ce'] }),
  eu('HU', { nl: ['hongarije'], en: ['hungary'], de: ['ungarn'], fr: ['hongrie'] }),
  // Northern Ireland is part of the UK, so it is fenced out of the Irish names.
  eu('IE', {
    nl: ['(?<!noord[\\s-])ierland'],
    en: ['republic\\s+of\\s+ireland', '(?<!northern\\s)ireland'],
    de: ['irland'],
    fr: ['irlande(?!\\s+du\\s+nord)'],
  }),
  eu('IT', { nl: ['itali[ëe]'], en: ['italy'], de: ['italien'], fr: ['italie'] }),
  eu('LV', { nl: ['letland'], en: ['latvia'], de: ['lettland'], fr: ['lettonie'] }),
  eu('LT', { nl: ['litouwen'], en: ['lithuania'], de: ['litauen'], fr: ['lituanie'] }),
  eu('LU', { nl: ['luxemburg'], en: ['luxembourg'], de: ['luxemburg'], fr: ['luxembourg'] }),
  eu('MT', { nl: ['malta'], en: ['malta'], de: ['malta'], fr: ['malte'] }),
  eu('NL', {
    nl: ['nederland', 'holland'],
    en: ['(?:the\\s+)?netherlands', 'holland'],
    de: ['niederlanden?', 'holland'],
    fr: ['pays[\\s-]bas', 'hollande'],
  }),
  eu('PL', { nl: ['polen'], en: ['poland'], de: ['polen'], fr: ['pologne'] }),
  eu('PT', { nl: ['portugal'], en: ['portugal'], de: ['portugal'], fr: ['portugal'] }),
  eu('RO', { nl: ['roemeni[ëe]'], en: ['romania'], de: ['rum[äa]nien'], fr: ['roumanie'] }),
  eu('SK', { nl: ['slowakije'], en: ['slovakia'], de: ['slowakei'], fr: ['slovaquie'] }),
  eu('SI', { nl: ['sloveni[ëe]'], en: ['slovenia'], de: ['slowenien'], fr: ['slov[ée]nie'] }),
  eu('ES', { nl: ['spanje'], en: ['spain'], de: ['spanien'], fr: ['espagne'] }),
  eu('SE', { nl: ['zweden'], en: ['sweden'], de: ['schweden'], fr: ['su[èe]de'] }),

  // ---------------------------------------------------------------- EEA, not EU (not third countries)
  eu('IS', { nl: ['ijsland'], en: ['iceland'], de: [`${AFTER_DE}island`], fr: ['islande'] }),
  eu('LI', { nl: ['liechtenstein'], en: ['liechtenstein'], de: ['liechtenstein'], fr: ['liechtenstein'] }),
  eu('NO', { nl: ['noorwegen'], en: ['norway'], de: ['norwegen'], fr: ['norv[èe]ge'] }),

  // ---------------------------------------------------------------- Adequacy decisions in force (gdpr.md §5)
  adequate('CH', { nl: ['zwitserland'], en: ['switzerland'], de: ['schweiz'], fr: ['suisse'] }),
  // Canada: only commercial organisations subject to PIPEDA are covered.
  adequate('CA', { nl: ['canada'], en: ['canada'], de: ['kanada'], fr: ['canada'] }),
  adequate('AR', { nl: ['argentini[ëe]'], en: ['argentina'], de: ['argentinien'], fr: ['argentine'] }),
  adequate('GG', { nl: ['guernsey'], en: ['guernsey'], de: ['guernsey'], fr: ['guernesey'] }),
  adequate('IM', {
    nl: ['isle\\s+of\\s+man', 'eiland\\s+man'],
    en: ['isle\\s+of\\s+man'],
    de: ['isle\\s+of\\s+man', 'insel\\s+man'],
    fr: ['[îi]le\\s+de\\s+man'],
  }),
  // Bare "jersey" is a garment (sports clubs!) and "New Jersey" a US state: only the capitalised name counts.
  adequate(
    'JE',
    {
      nl: ['bailiwick\\s+of\\s+jersey'],
      en: ['bailiwick\\s+of\\s+jersey'],
      de: ['bailiwick\\s+of\\s+jersey'],
      fr: ['bailliage\\s+de\\s+jersey'],
    },
    ['(?<!New\\s)Jersey(?!\\s+City)'],
  ),
  adequate('FO', {
    nl: ['fa[ëe]r[öo]er(?:[\\s-]*eilanden)?'],
    en: ['faroe\\s+islands', 'faroes'],
    de: ['f[äa]r[öo]er(?:[\\s-]*inseln)?'],
    fr: ['[îi]les\\s+f[ée]ro[ée]', 'f[ée]ro[ée]'],
  }),
  adequate('AD', { nl: ['andorra'], en: ['andorra'], de: ['andorra'], fr: ['andorre'] }),
  adequate('IL', { nl: ['isra[ëe]l'], en: ['israel'], de: ['israel'], fr: ['isra[ëe]l'] }),
  adequate('UY', { nl: ['uruguay'], en: ['uruguay'], de: ['uruguay'], fr: ['uruguay'] }),
  adequate('NZ', {
    nl: ['nieuw[\\s-]zeeland'],
    en: ['new\\s+zealand'],
    de: ['neuseeland'],
    fr: ['nouvelle[\\s-]z[ée]lande'],
  }),
  adequate('JP', { nl: ['japan'], en: ['japan'], de: ['japan'], fr: ['japon'] }),
  // Adequacy renewed on 19 Dec 2025 until 27 Dec 2031.
  adequate(
    'GB',
    {
      nl: ['verenigd\\s+koninkrijk', 'groot[\\s-]brittanni[ëe]', 'noord[\\s-]ierland'],
      en: ['united\\s+kingdom', 'great\\s+britain', 'britain', 'northern\\s+ireland', 'u\\.\\s?k\\.'],
      de: ['vereinigte[ns]?\\s+k[öo]nigreich(?:s|es)?', 'gro[ßs]britannien', 'nordirland'],
      fr: ['royaume[\\s-]uni', 'grande[\\s-]bretagne', 'irlande\\s+du\\s+nord'],
    },
    ['UK', 'GB'],
  ),
  // Republic of Korea (PIPA). North Korea is fenced out in every language, since callers may try all name lists.
  adequate('KR', {
    nl: ['republiek\\s+korea', 'zuid[\\s-]korea', NOT_NORTH_KOREA],
    en: ['republic\\s+of\\s+korea', 'south\\s+korea', NOT_NORTH_KOREA],
    de: ['republik\\s+korea', 's[üu]dkorea', NOT_NORTH_KOREA],
    fr: ['r[ée]publique\\s+de\\s+cor[ée]e', 'cor[ée]e\\s+du\\s+sud', 'cor[ée]e(?!\\s+du\\s+nord)'],
  }),
  // Decision (EU) 2026/179 of 26 Jan 2026 [V in gdpr.md].
  adequate('BR', { nl: ['brazili[ëe]'], en: ['brazil'], de: ['brasilien'], fr: ['br[ée]sil'] }),

  // ---------------------------------------------------------------- Third countries without adequacy
  // US: the DPF is an adequacy decision for certified organisations only, so the country itself is not adequate.
  // "US" is case-sensitive; all-caps headings such as "CONTACT US" are fenced out by the look-behind.
  third(
    'US',
    {
      nl: [
        'verenigde\\s+staten(?:\\s+van\\s+amerika)?',
        'v\\.\\s?s\\.',
        'u\\.\\s?s\\.(?:\\s?a\\.?)?',
        'usa',
        '(?<!(?:zuid|latijns|noord|midden)[\\s-])amerika',
      ],
      en: [
        'united\\s+states(?:\\s+of\\s+america)?',
        'u\\.\\s?s\\.(?:\\s?a\\.?)?',
        'usa',
        '(?<!(?:south|latin|north|central)\\s)america',
      ],
      de: [
        'vereinigte[n]?\\s+staaten(?:\\s+von\\s+amerika)?',
        'u\\.\\s?s\\.(?:\\s?a\\.?)?',
        'usa',
        '(?<!(?:s[üu]d|nord|latein|mittel)[\\s-])amerika',
      ],
      fr: [
        '[ée]tats[\\s-]unis(?:\\s+d[\'’]am[ée]rique)?',
        'usa',
        'am[ée]rique(?!\\s+(?:du\\s+(?:sud|nord)|latine|centrale))',
      ],
    },
    [
      '(?<!(?:CONTACT|ABOUT|JOIN|FOLLOW|EMAIL|E-MAIL|CALL|WRITE|TELL|HELP|WITH|TO|FOR|OF|BY|LET|FIND|VISIT|SUPPORT)\\s)US',
      'VS',
    ],
  ),
  third('CN', {
    nl: ['volksrepubliek\\s+china', 'china'],
    en: ["people['’]s\\s+republic\\s+of\\s+china", 'mainland\\s+china', 'china'],
    de: ['volksrepublik\\s+china', 'china'],
    fr: ['r[ée]publique\\s+populaire\\s+de\\s+chine', 'chine'],
  }),
  // German "Indien" is the Dutch conjunction "indien" (if), and German "Island" (Iceland) is English "island": both are
  // accepted only after a German preposition or conjunction, since callers may try every language's list.
  third('IN', { nl: ['india'], en: ['india'], de: [`${AFTER_DE}indien`], fr: ['inde'] }),
  third('AU', { nl: ['australi[ëe]'], en: ['australia'], de: ['australien'], fr: ['australie'] }),
  third('SG', { nl: ['singapore'], en: ['singapore'], de: ['singapur'], fr: ['singapour'] }),
  third('HK', {
    nl: ['hong\\s*kong'],
    en: ['hong\\s*kong'],
    de: ['hong\\s*kong', 'hongkong'],
    fr: ['hong\\s*kong'],
  }),
  third('TW', { nl: ['taiwan'], en: ['taiwan'], de: ['taiwan'], fr: ['ta[ïi]wan'] }),
  third('RU', {
    nl: ['russische\\s+federatie', 'rusland'],
    en: ['russian\\s+federation', 'russia'],
    de: ['russische\\s+f[öo]deration', 'russland'],
    fr: ['f[ée]d[ée]ration\\s+de\\s+russie', 'russie'],
  }),
  // "turkey" is also the bird: only the capitalised English name counts.
  third(
    'TR',
    { nl: ['turkije'], en: ['t[üu]rkiye'], de: ['t[üu]rkei'], fr: ['turquie'] },
    ['Turkey'],
  ),
  third('UA', { nl: ['oekra[ïi]ne'], en: ['ukraine'], de: ['ukraine'], fr: ['ukraine'] }),
  third('RS', { nl: ['servi[ëe]'], en: ['serbia'], de: ['serbien'], fr: ['serbie'] }),
  third('ZA', {
    nl: ['zuid[\\s-]afrika'],
    en: ['south\\s+africa'],
    de: ['s[üu]dafrika'],
    fr: ['afrique\\s+du\\s+sud'],
  }),
  third('PH', { nl: ['filipijnen'], en: ['philippines'], de: ['philippinen'], fr: ['philippines'] }),
  third('AE', {
    nl: ['verenigde\\s+arabische\\s+emiraten'],
    en: ['united\\s+arab\\s+emirates', 'uae'],
    de: ['vereinigte[n]?\\s+arabische[n]?\\s+emirate[n]?'],
    fr: ['[ée]mirats\\s+arabes\\s+unis'],
  }),
  third('MX', { nl: ['(?<!new\\s)mexico'], en: ['(?<!new\\s)mexico'], de: ['mexiko'], fr: ['mexique'] }),
  // "chili" is also the pepper in nl/fr, so only the formal name is used there.
  third('CL', {
    nl: ['republiek\\s+chili'],
    en: ['chile'],
    de: ['chile'],
    fr: ['r[ée]publique\\s+du\\s+chili'],
  }),
  third('CO', { nl: ['colombia'], en: ['colombia'], de: ['kolumbien'], fr: ['colombie'] }),
  third('ID', { nl: ['indonesi[ëe]'], en: ['indonesia'], de: ['indonesien'], fr: ['indon[ée]sie'] }),
  third('MY', { nl: ['maleisi[ëe]'], en: ['malaysia'], de: ['malaysia'], fr: ['malaisie'] }),
  third('TH', { nl: ['thailand'], en: ['thailand'], de: ['thailand'], fr: ['tha[ïi]lande'] }),
  third('VN', { nl: ['vietnam'], en: ['vietnam', 'viet\\s+nam'], de: ['vietnam'], fr: ['vi[eê]t\\s*nam'] }),
];

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

export function countryByCode(code: string): CountryEntry | undefined {
  return BY_CODE.get(code.toUpperCase());
}

/** The US states' postal codes and DC; DE (Delaware) is left out, since "DE 10115 Berlin" is a German postcode. */
const US_STATE_CODES = 'AL|AK|AZ|AR|CA|CO|CT|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC';
/** The states whose names end the addresses of the service providers policies name. */
const US_STATE_NAMES = 'California|Delaware|Washington|New\\s+York|Massachusetts|Texas|Illinois|Colorado|Utah|Oregon|Georgia|Florida|Virginia|New\\s+Jersey|Pennsylvania|Arizona|Nevada|Michigan|Minnesota|Ohio|North\\s+Carolina|Missouri|Wisconsin|Maryland|Connecticut|Tennessee|Indiana';

/**
 * Address endings that place a postal address in a country without naming it, as regex sources matched
 * case-sensitively and word-anchored: a US state and ZIP code ("San Francisco, CA 94107", "San Francisco, California
 * 94107", "Suite 315 CA 94107 San Francisco"). The state stands after a comma or a house or suite number.
 */
export const POSTAL_FORMS: readonly { code: string; patterns: string[] }[] = [
  { code: 'US', patterns: [`(?<=(?:,|\\d)\\s{0,3})(?:${US_STATE_CODES}|${US_STATE_NAMES})\\s+\\d{5}(?:-\\d{4})?(?!\\d)`] },
];

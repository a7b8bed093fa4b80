import type { Language } from '../model/types.js';

/**
 * Words for durations ("zeven jaar", "up to 30 days", "13 mois"), per language. This file is data:
 * the finder in src/extract/duration.ts folds case and accents itself, so write words as a reader
 * would ("één", "jährige", "années"); hyphens and spaces inside multi-word numbers are equivalent.
 */

/** ISO 8601 designators; MIN is the minute (written M after the T). */
export type IsoUnit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S';

export interface DurationUnit {
  unit: IsoUnit;
  /** How many `unit`s one of these is: fortnight = 14 D, kwartaal = 3 M. Default 1. */
  times?: number;
  /** Words and their inflections; any number (digits or words) may stand before them. */
  words: string[];
  /** Abbreviations read only after digits ("13 mo"): after a word they are too often something else. */
  afterDigits?: string[];
  /** One-letter symbols, read only as listed (so in lower case unless a capital is listed too) and glued to digits
   * ("30d", "24h"), never "3D Secure". */
  glued?: string[];
  /** Glued symbols read only from this number up: French "14h" is a time of day, "24h" and "48h" are periods. */
  gluedFrom?: number;
  /** Not read after an article: "a second opinion", "a minute detail". */
  noArticle?: boolean;
  /** Not read when the next word is one of these: "three quarters of the users". */
  notBefore?: string[];
  /** Forms that also tell the time of day ("om 9 uur"); see `clockWords`. */
  clockForms?: string[];
}

export interface DurationLexicon {
  /** Number words and fractions to their value; multi-word keys use single spaces. */
  numbers: Record<string, number>;
  /** Entries of `numbers` that are also the indefinite article ("a", "een", "ein", "un"). */
  articles: string[];
  /** Whether the article is the numeral one as well (nl "een tot twee jaar"), unlike en "a". */
  articleIsNumeral: boolean;
  units: DurationUnit[];
  /** Words allowed between number and unit: "7 full years", "2 volle jaren". */
  unitAdjectives: string[];
  /** Written after the unit and adding a half: "a year and a half", "un an et demi". */
  halfSuffixes: string[];
  /** Words before a number that qualify it. A bare "tot"/"bis" is an upper bound too. */
  hedges: { max: string[]; min: string[]; approx: string[] };
  connectors: {
    /** "30 tot 60 dagen", "2-5 years": the second number is the upper end of a range. */
    range: string[];
    /** "between 2 and 5 years": a range only after one of `betweenOpeners`. */
    between: string[];
    /** "2 of 3 jaar": two alternatives, no bound implied. */
    alternative: string[];
  };
  betweenOpeners: string[];
  /** An article after these is a frequency, not a duration: "once a year", "twice a month". */
  frequencyWords: string[];
  /** Before a clock form these make it a time of day: "om 9 uur", "à 9 heures". */
  clockWords: string[];
  /** After these (a trailing full stop is skipped) a number is a reference, so a glued letter is no unit: "artikel 6d", "art. 2h". "°" stands for "n°". */
  referenceWords: string[];
  /**
   * Words that make a period zero: data "instantly deleted" are kept for no time at all, so a later "within 24
   * hours" is longer. Regex SOURCE strings, compiled case-insensitively and word-anchored (`wordPattern`); the finder
   * above does not read them (they are no stated period), comparisons of periods do (src/diff).
   */
  immediate: string[];
}

type NumberTable = Record<string, number>;

/**
 * The number words of each language, built on first use (about a thousand entries each): a run builds only
 * the tables of the languages it reads, and nothing is built when the module loads.
 */
const tables: { dutch?: NumberTable; english?: NumberTable; german?: NumberTable; french?: NumberTable } = {};

function add(table: NumberTable, words: readonly string[], value: number): void {
  for (const w of words) if (!(w in table)) table[w] = value;
}

/** Values 1–99 and, from them, the hundreds up to 999, built from the spelling rules below. */
function withHundreds(table: NumberTable, hundred: (h: number) => string[], join: (h: string, rest: string) => string[]): void {
  const below = Object.entries(table).filter(([, v]) => Number.isInteger(v) && v >= 1 && v <= 99);
  for (let h = 1; h <= 9; h++) {
    for (const hw of hundred(h)) {
      add(table, [hw], h * 100);
      for (const [w, v] of below) add(table, join(hw, w), h * 100 + v);
    }
  }
}

// ---------------------------------------------------------------- Dutch

function dutchNumbers(): NumberTable {
  const t: NumberTable = {};
  const base = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf',
    'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
  base.forEach((w, i) => add(t, [w], i));
  add(t, ['één', 'eén'], 1);
  const tens = ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];
  tens.forEach((tw, i) => {
    add(t, [tw], (i + 2) * 10);
    // eenentwintig, tweeëntwintig (the diaeresis is folded away when matching, so "tweeentwintig" is the same key)
    for (let o = 1; o <= 9; o++) add(t, [`${base[o]}en${tw}`, `${base[o]}ën${tw}`], (i + 2) * 10 + o);
  });
  withHundreds(t, (h) => (h === 1 ? ['honderd', 'eenhonderd'] : [`${base[h]}honderd`]), (hw, rest) => [`${hw}${rest}`, `${hw}en${rest}`]);
  add(t, ['duizend'], 1000);
  // Fractions. "half jaar" = 6 months; "anderhalf jaar" = 18 months; "tweeënhalf jaar" = 30 months.
  add(t, ['een half', 'een halve', 'half', 'halve'], 0.5);
  add(t, ['anderhalf', 'anderhalve', 'een en een half', 'één en een half'], 1.5);
  for (let o = 2; o <= 10; o++) add(t, [`${base[o]}ënhalf`, `${base[o]}enhalf`, `${base[o]} en een half`, `${base[o]} en een halve`], o + 0.5);
  return t;
}

const NL: DurationLexicon = {
  get numbers() {
    return (tables.dutch ??= dutchNumbers());
  },
  articles: ['een'],
  articleIsNumeral: true,
  units: [
    { unit: 'S', words: ['seconde', 'seconden', 'sec'] },
    { unit: 'MIN', words: ['minuut', 'minuten', 'min'] },
    { unit: 'MIN', times: 15, words: ['kwartier', 'kwartieren'] },
    // "u" is left out: Belgian Dutch writes clock times as "9u".
    { unit: 'H', words: ['uur', 'uren'], clockForms: ['uur'] },
    { unit: 'H', times: 24, words: ['etmaal', 'etmalen'] },
    { unit: 'D', words: ['dag', 'dagen', 'werkdag', 'werkdagen', 'kalenderdag', 'kalenderdagen', 'daagse'], glued: ['d'] },
    { unit: 'W', words: ['week', 'weken', 'wk'] },
    { unit: 'M', words: ['maand', 'maanden', 'mnd'] },
    { unit: 'M', times: 3, words: ['kwartaal', 'kwartalen'] },
    { unit: 'M', times: 6, words: ['halfjaar', 'halfjaren'] },
    { unit: 'Y', words: ['jaar', 'jaren', 'jr', 'jarige', 'jarig', 'kalenderjaar', 'kalenderjaren', 'boekjaar', 'boekjaren'] },
    { unit: 'Y', times: 10, words: ['decennium', 'decennia'] },
  ],
  unitAdjectives: ['volle', 'volledige', 'hele', 'extra', 'aaneengesloten', 'aanvullende', 'verdere', 'opeenvolgende'],
  halfSuffixes: ['en een half'],
  hedges: {
    max: ['maximaal', 'maximum', 'max', 'max.', 'een maximum van', 'tot een maximum van', 'met een maximum van', 'maximum van',
      'ten hoogste', 'hoogstens', 'hooguit', 'op zijn hoogst', 'op zijn langst', 'tot', 'tot en met', 't/m', 'uiterlijk',
      'binnen', 'niet langer dan', 'niet meer dan', 'nooit langer dan', 'minder dan', 'korter dan',
      'een maximale termijn van', 'een maximale periode van', 'een maximale bewaartermijn van', 'een maximale duur van'],
    min: ['minimaal', 'minimum', 'min.', 'een minimum van', 'ten minste', 'tenminste', 'minstens', 'op zijn minst',
      'niet minder dan', 'niet korter dan', 'meer dan', 'langer dan', 'een minimale termijn van'],
    approx: ['ongeveer', 'circa', 'ca', 'ca.', "zo'n", 'ruwweg', 'omstreeks', 'rond de', 'plusminus', 'bijna'],
  },
  connectors: { range: ['-', '–', '—', 'tot', 'tot en met', 't/m', 'à'], between: ['en'], alternative: ['of'] },
  betweenOpeners: ['tussen'],
  frequencyWords: ['keer', 'maal', 'per'],
  clockWords: ['om'],
  referenceWords: ['artikel', 'art', 'lid', 'sub', 'onder', 'nr', 'nummer', 'hoofdstuk', '§'],
  immediate: ['onmiddellijk', 'per\\s+direct', 'direct(?!\\s*(?:marketing|mail))', 'meteen', 'terstond'],
};

// ---------------------------------------------------------------- English

function englishNumbers(): NumberTable {
  const t: NumberTable = {};
  const base = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
  base.forEach((w, i) => add(t, [w], i));
  const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  tens.forEach((tw, i) => {
    add(t, [tw], (i + 2) * 10);
    for (let o = 1; o <= 9; o++) add(t, [`${tw}-${base[o]}`], (i + 2) * 10 + o); // "twenty-four" = "twenty four"
  });
  withHundreds(t, (h) => (h === 1 ? ['one hundred', 'a hundred', 'hundred'] : [`${base[h]} hundred`]), (hw, rest) => [`${hw} ${rest}`, `${hw} and ${rest}`]);
  add(t, ['a', 'an'], 1); // after the hundreds, so no "one hundred a"
  add(t, ['a thousand', 'one thousand'], 1000);
  add(t, ['half a', 'half an', 'a half', 'half'], 0.5);
  for (let o = 1; o <= 12; o++) add(t, [`${base[o]} and a half`], o + 0.5);
  return t;
}

const EN: DurationLexicon = {
  get numbers() {
    return (tables.english ??= englishNumbers());
  },
  articles: ['a', 'an'],
  articleIsNumeral: false,
  units: [
    // A lone "s" is left out: "30s" is as often "the 1930s".
    { unit: 'S', words: ['second', 'seconds', 'sec', 'secs'], noArticle: true },
    { unit: 'MIN', words: ['minute', 'minutes', 'min', 'mins'], noArticle: true },
    { unit: 'H', words: ['hour', 'hours', 'hr', 'hrs'], glued: ['h'] },
    { unit: 'D', words: ['day', 'days', 'business day', 'business days', 'working day', 'working days', 'calendar day', 'calendar days'], glued: ['d'] },
    { unit: 'D', times: 14, words: ['fortnight', 'fortnights'] },
    { unit: 'W', words: ['week', 'weeks', 'wk', 'wks'] },
    { unit: 'M', words: ['month', 'months'], afterDigits: ['mo', 'mos', 'mth', 'mths'] },
    { unit: 'M', times: 3, words: ['quarter', 'quarters'], notBefore: ['of'] },
    { unit: 'Y', words: ['year', 'years', 'yr', 'yrs', 'calendar year', 'calendar years', 'financial year', 'financial years', 'fiscal year', 'fiscal years', 'tax year', 'tax years'], glued: ['y'] },
    { unit: 'Y', times: 10, words: ['decade', 'decades'] },
  ],
  unitAdjectives: ['full', 'whole', 'complete', 'consecutive', 'rolling', 'additional', 'further', 'more', 'subsequent'],
  halfSuffixes: ['and a half'],
  hedges: {
    max: ['up to', 'up until', 'at most', 'at the most', 'a maximum of', 'maximum of', 'a maximum period of', 'maximum', 'max', 'max.',
      'no longer than', 'not longer than', 'no more than', 'not more than', 'not exceeding', 'not to exceed', 'within',
      'less than', 'fewer than', 'until'],
    min: ['at least', 'a minimum of', 'minimum of', 'minimum', 'min.', 'no less than', 'not less than', 'no fewer than',
      'not fewer than', 'more than', 'longer than', 'no shorter than', 'not shorter than'],
    approx: ['approximately', 'approx', 'approx.', 'about', 'around', 'roughly', 'circa', 'ca.', 'nearly', 'almost', 'some'],
  },
  connectors: { range: ['-', '–', '—', 'to', 'through'], between: ['and'], alternative: ['or'] },
  betweenOpeners: ['between'],
  frequencyWords: ['once', 'twice', 'thrice', 'times', 'per'],
  clockWords: [],
  referenceWords: ['article', 'art', 'section', 'sec', 'para', 'paragraph', 'clause', 'rule', 'no', 'number', 'chapter', '§'],
  immediate: ['immediately', 'instantly', 'instantaneously', 'right\\s+away', 'straight\\s+away', 'at\\s+once'],
};

// ---------------------------------------------------------------- German

function germanNumbers(): NumberTable {
  const t: NumberTable = {};
  const base = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf',
    'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
  base.forEach((w, i) => add(t, [w], i));
  const ones = ['', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
  const tens = ['zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
  tens.forEach((tw, i) => {
    add(t, [tw], (i + 2) * 10);
    for (let o = 1; o <= 9; o++) add(t, [`${ones[o]}und${tw}`], (i + 2) * 10 + o);
  });
  withHundreds(t, (h) => (h === 1 ? ['hundert', 'einhundert'] : [`${ones[h]}hundert`]), (hw, rest) => [`${hw}${rest}`, `${hw}und${rest}`]);
  add(t, ['ein', 'eine', 'einen', 'einem', 'einer', 'eines'], 1); // after the hundreds: articles are no compound parts
  add(t, ['zwo'], 2);
  add(t, ['tausend', 'eintausend'], 1000);
  add(t, ['halb', 'halbe', 'halben', 'halbes', 'ein halbes', 'eine halbe', 'einem halben', 'einen halben', 'eines halben'], 0.5);
  add(t, ['anderthalb', 'eineinhalb'], 1.5);
  for (let o = 2; o <= 9; o++) add(t, [`${ones[o]}einhalb`], o + 0.5);
  return t;
}

const DE: DurationLexicon = {
  get numbers() {
    return (tables.german ??= germanNumbers());
  },
  articles: ['ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
  articleIsNumeral: true,
  units: [
    { unit: 'S', words: ['Sekunde', 'Sekunden', 'Sek'] },
    { unit: 'MIN', words: ['Minute', 'Minuten', 'Min'] },
    { unit: 'H', words: ['Stunde', 'Stunden', 'Std', 'stündig', 'stündige', 'stündigen'], glued: ['h'] },
    { unit: 'D', words: ['Tag', 'Tage', 'Tagen', 'Tages', 'Werktag', 'Werktage', 'Werktagen', 'Kalendertag', 'Kalendertage', 'Kalendertagen',
      'tägig', 'tägige', 'tägigen', 'tägiger', 'tägiges'], glued: ['d'] },
    { unit: 'W', words: ['Woche', 'Wochen', 'wöchig', 'wöchige', 'wöchigen'] },
    // "Mon." is left out: "Mo." is Montag.
    { unit: 'M', words: ['Monat', 'Monate', 'Monaten', 'Monats', 'monatig', 'monatige', 'monatigen'] },
    { unit: 'M', times: 3, words: ['Quartal', 'Quartale', 'Quartalen', 'Quartals'] },
    { unit: 'M', times: 6, words: ['Halbjahr', 'Halbjahre', 'Halbjahren', 'Halbjahres'] },
    { unit: 'Y', words: ['Jahr', 'Jahre', 'Jahren', 'Jahres', 'Kalenderjahr', 'Kalenderjahre', 'Kalenderjahren', 'Geschäftsjahr',
      'Geschäftsjahre', 'Geschäftsjahren', 'jährig', 'jährige', 'jährigen', 'jähriger', 'jähriges'] },
    { unit: 'Y', times: 10, words: ['Jahrzehnt', 'Jahrzehnte', 'Jahrzehnten'] },
  ],
  unitAdjectives: ['volle', 'vollen', 'ganze', 'ganzen', 'weitere', 'weiteren', 'zusätzliche', 'zusätzlichen'],
  halfSuffixes: ['und einhalb'],
  hedges: {
    max: ['bis zu', 'bis', 'höchstens', 'maximal', 'maximum', 'max', 'max.', 'längstens', 'spätestens', 'nicht länger als',
      'nicht mehr als', 'innerhalb von', 'innerhalb', 'binnen', 'weniger als'],
    min: ['mindestens', 'wenigstens', 'zumindest', 'min.', 'nicht weniger als', 'mehr als', 'länger als', 'nicht kürzer als'],
    approx: ['etwa', 'ungefähr', 'ca', 'ca.', 'circa', 'zirka', 'rund', 'knapp', 'fast'],
  },
  connectors: { range: ['-', '–', '—', 'bis'], between: ['und'], alternative: ['oder', 'bzw.', 'bzw', 'beziehungsweise'] },
  betweenOpeners: ['zwischen'],
  frequencyWords: ['mal', 'pro', 'je'],
  clockWords: [],
  referenceWords: ['artikel', 'art', 'abs', 'absatz', 'satz', 'nr', 'nummer', 'lit', 'kapitel', '§'],
  immediate: ['sofort', 'sofortig\\p{L}*', 'unmittelbar'],
};

// ---------------------------------------------------------------- French

function frenchNumbers(): NumberTable {
  const t: NumberTable = {};
  const base = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze',
    'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
  base.forEach((w, i) => add(t, [w], i));
  // 21–69: "vingt et un", "vingt-et-un" (1990 spelling), "vingt-deux".
  const tens = ['vingt', 'trente', 'quarante', 'cinquante', 'soixante'];
  tens.forEach((tw, i) => {
    const v = (i + 2) * 10;
    add(t, [tw], v);
    add(t, [`${tw} et un`, `${tw} et une`], v + 1);
    for (let o = 2; o <= 9; o++) add(t, [`${tw}-${base[o]}`], v + o);
  });
  // 70–99, French and Belgian/Swiss forms.
  for (let o = 10; o <= 19; o++) add(t, o === 11 ? ['soixante et onze', 'soixante-onze'] : [`soixante-${base[o]}`], 60 + o);
  for (let o = 10; o <= 19; o++) add(t, [`quatre-vingt-${base[o]}`], 80 + o);
  add(t, ['quatre-vingts', 'quatre-vingt', 'huitante', 'octante'], 80);
  for (let o = 1; o <= 9; o++) add(t, [`quatre-vingt-${base[o]}`], 80 + o);
  ([['septante', 70], ['huitante', 80], ['octante', 80], ['nonante', 90]] as const).forEach(([tw, v]) => {
    add(t, [tw], v);
    add(t, [`${tw} et un`, `${tw} et une`], v + 1);
    for (let o = 2; o <= 9; o++) add(t, [`${tw}-${base[o]}`], v + o);
  });
  withHundreds(t, (h) => (h === 1 ? ['cent'] : [`${base[h]} cents`, `${base[h]} cent`]), (hw, rest) => [`${hw.replace(/s$/, '')} ${rest}`]);
  add(t, ['une'], 1);
  add(t, ['mille'], 1000);
  add(t, ['demi', 'demie', 'une demi', 'un demi'], 0.5);
  return t;
}

const FR: DurationLexicon = {
  get numbers() {
    return (tables.french ??= frenchNumbers());
  },
  articles: ['un', 'une'],
  articleIsNumeral: true,
  units: [
    { unit: 'S', words: ['seconde', 'secondes'], noArticle: true }, // "une seconde fois"
    { unit: 'MIN', words: ['minute', 'minutes', 'min', 'mn'] },
    // A glued "h" only from 24 up: "14h" is usually a time of day, "24h", "48h" and "72h" are periods.
    { unit: 'H', words: ['heure', 'heures'], clockForms: ['heure', 'heures'], glued: ['h'], gluedFrom: 24 },
    { unit: 'D', words: ['jour', 'jours', 'journée', 'journées', 'jour ouvré', 'jours ouvrés', 'jour ouvrable', 'jours ouvrables',
      'jour calendaire', 'jours calendaires'], glued: ['j', 'J'] }, // "2J", "30j"; never "3D"
    { unit: 'D', times: 15, words: ['quinzaine de jours'] },
    { unit: 'W', words: ['semaine', 'semaines'], afterDigits: ['sem'] },
    { unit: 'M', words: ['mois'] },
    { unit: 'M', times: 3, words: ['trimestre', 'trimestres'] },
    { unit: 'M', times: 6, words: ['semestre', 'semestres'] },
    { unit: 'Y', words: ['an', 'ans', 'année', 'années'] },
    { unit: 'Y', times: 10, words: ['décennie', 'décennies'] },
  ],
  unitAdjectives: [],
  halfSuffixes: ['et demi', 'et demie'],
  hedges: {
    max: ["jusqu'à", "jusqu'au", 'au maximum', 'au plus', 'au plus tard', 'maximum', 'max', 'max.', "n'excédant pas",
      'ne dépassant pas', "n'excèdant pas", 'dans la limite de', 'dans un délai de', 'dans un délai maximum de',
      'dans un délai maximal de', 'dans les', 'sous', 'moins de', 'pas plus de', "d'une durée maximale de",
      'une durée maximale de', 'durée maximale de', 'un maximum de', 'une période maximale de', 'une période maximum de', 'une durée maximum de'],
    min: ['au moins', 'au minimum', 'minimum', 'pas moins de', 'plus de', "d'au moins"],
    approx: ['environ', 'approximativement', 'près de', 'à peu près', 'quasiment', 'presque'],
  },
  connectors: { range: ['-', '–', '—', 'à'], between: ['et'], alternative: ['ou'] },
  betweenOpeners: ['entre'],
  frequencyWords: ['fois', 'par'],
  clockWords: ['à', 'vers', 'dès'],
  referenceWords: ['article', 'art', 'alinéa', 'al', '°', 'no', 'numéro', 'chapitre', '§'],
  immediate: ['imm[ée]diatement', 'instantan[ée]ment', 'aussit[ôo]t'],
};

/** Languages without their own duration words (it, es, …) fall back to the English ones (digits and English units). */
export const DURATION_LEXICON: Record<Language, DurationLexicon> = { nl: NL, en: EN, de: DE, fr: FR, it: EN, es: EN, pt: EN, da: EN, sv: EN, pl: EN };

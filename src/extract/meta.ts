import type { Block } from '../document/index.js';
import type { ExtractContext } from './context.js';
import { hits, once, wordPattern } from '../lexicon/compile.js';
import { CONTROLLER_LEXICON, type ControllerLexicon } from '../lexicon/controller.js';
import { caselessRegExp } from '../lexicon/caseless.js';

/** How far after a cue ("Laatst gewijzigd:", "Last updated") the date may start. */
const CUE_REACH = 30;

/**
 * The date the policy was last changed, from a "last updated" line ("Laatst gewijzigd: 12 maart 2024",
 * "Last updated: March 12, 2024", "Effective date: …"), as ISO YYYY-MM-DD. Only a full date counts:
 * "versie 1.2, januari 2023" gives null. A cue that is a heading ("Versie") reads the block under it.
 */
export function extractUpdated(ctx: ExtractContext): string | null {
  if (!ctx.lang) return null;
  const lex = CONTROLLER_LEXICON[ctx.lang];
  const { cue } = datePatterns(lex);
  const blocks = ctx.doc.blocks;
  for (const block of blocks) {
    const cues = hits(cue, block.text);
    for (const h of cues) {
      const date = dateNear(block.text.slice(h.end, h.end + CUE_REACH + 40), lex, ctx.lang === 'en');
      if (date) return date;
    }
    if (block.kind === 'heading' && cues.length) {
      const next = blocks[block.index + 1];
      const date = next && next.kind !== 'heading' ? anyDate(next, lex, ctx.lang === 'en') : null;
      if (date) return date;
    }
  }
  return null;
}

function anyDate(block: Block, lex: ControllerLexicon, monthFirst: boolean): string | null {
  const found = findDates(block.text, lex, monthFirst);
  return found.length ? found[0].iso : null;
}

function dateNear(text: string, lex: ControllerLexicon, monthFirst: boolean): string | null {
  const first = findDates(text, lex, monthFirst)[0];
  return first && first.start <= CUE_REACH ? first.iso : null;
}

interface FoundDate {
  start: number;
  iso: string;
}

/** The date patterns of one lexicon, built once. */
interface DatePatterns {
  cue: RegExp;
  dayMonthYear: RegExp;
  monthDayYear: RegExp;
  /** One pattern per month, January first, matching a whole month name. */
  monthNames: RegExp[];
}

const DATE_PATTERNS = new WeakMap<ControllerLexicon, DatePatterns>();
const ISO_DATE = once(() => wordPattern(['(\\d{4})-(\\d{2})-(\\d{2})']));
const NUMERIC_DATE = once(() => wordPattern(['(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})']));

function datePatterns(lex: ControllerLexicon): DatePatterns {
  let p = DATE_PATTERNS.get(lex);
  if (!p) {
    const months = lex.months.map((names) => `(?:${names.join('|')})`);
    const month = `(${months.join('|')})`;
    // "14th", "14de", German "14.": the pack's ordinal mark after the day.
    const day = `(\\d{1,2})(?:${lex.ordinalSuffixes?.join('|') || '(?!)'})?`;
    p = {
      cue: wordPattern(lex.updatedCues),
      dayMonthYear: wordPattern([`${day}\\s+${month}\\s+(\\d{4})`]),
      monthDayYear: wordPattern([`${month}\\s+${day},?\\s+(\\d{4})`]),
      monthNames: months.map((m) => caselessRegExp(`^${m}$`, 'iu')),
    };
    DATE_PATTERNS.set(lex, p);
  }
  return p;
}

/** Full dates in a text: "14 november 2025", "August 28th, 2023", "2024-03-12", "12-03-2024". */
export function findDates(text: string, lex: ControllerLexicon, monthFirst: boolean): FoundDate[] {
  const out: FoundDate[] = [];
  // Every full date has a four-digit year.
  if (!/\d{4}/u.test(text)) return out;
  const { dayMonthYear, monthDayYear, monthNames } = datePatterns(lex);
  const monthNumber = (name: string): number => monthNames.findIndex((re) => re.test(name)) + 1;
  for (const h of hits(dayMonthYear, text)) {
    push(out, h.start, +h.groups[2]!, monthNumber(h.groups[1]!), +h.groups[0]!);
  }
  for (const h of hits(monthDayYear, text)) {
    push(out, h.start, +h.groups[2]!, monthNumber(h.groups[0]!), +h.groups[1]!);
  }
  for (const h of hits(ISO_DATE(), text)) {
    push(out, h.start, +h.groups[0]!, +h.groups[1]!, +h.groups[2]!);
  }
  for (const h of hits(NUMERIC_DATE(), text)) {
    const a = +h.groups[0]!;
    const b = +h.groups[1]!;
    // Numeric dates are day-first, except in English where a day above 12 must show which is which.
    if (!monthFirst) push(out, h.start, +h.groups[2]!, b, a);
    else if (a > 12) push(out, h.start, +h.groups[2]!, b, a);
    else if (b > 12) push(out, h.start, +h.groups[2]!, a, b);
  }
  return out.sort((x, y) => x.start - y.start);
}

function push(out: FoundDate[], start: number, year: number, month: number, day: number): void {
  if (month < 1 || month > 12 || day < 1 || year < 1990 || year > 2100) return;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return;
  const pad = (n: number): string => String(n).padStart(2, '0');
  out.push({ start, iso: `${year}-${pad(month)}-${pad(day)}` });
}

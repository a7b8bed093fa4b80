/**
 * Rebuilds paragraphs from wrapped lines. A line end in running text is either a wrap (the writer's editor, a
 * fixed-width export or HTML source formatting broke the line) or a deliberate break (an address, a list of short
 * items after a colon). A wrap becomes a space, so "Wij bewaren uw gegevens⏎maximaal drie maanden." reads as one
 * sentence; a deliberate break stays a line end. Hard breaks (a Markdown hard break, `<br>`) are always deliberate.
 * The text keeps its length, so every character keeps its place in the original.
 */
import { CONTINUATION_WORDS } from '../lexicon/language.js';

let continuation: Set<string> | null = null;

/** How much of a line joined from wrapped lines is read to judge its end. */
const TAIL = 1000;

const LAST_WORD = /([\p{L}'’]+)[\s]*$/u;
const STARTS_LOWER = /^\s*\p{Ll}/u;
/** A line starting with a number and a lower-case word ("7 jaar", "30 days"): the rest of a sentence. */
const STARTS_AMOUNT = /^\s*\d+(?:[.,]\d+)?\s+\p{Ll}/u;
/** A line that starts a list item or a label of its own. */
const STARTS_ITEM = /^\s*(?:[•·▪◦‣∙●○■□–—*-]\s|\d{1,2}[.)]\s|\p{Ll}[.)]\s)/u;
const ENDS_OPEN = /[\p{L}\p{N},)’'"”]\s*$/u;
/** A contact-card line: a label ("tel.", "e-mail:") at its start, or a few words with an e-mail or web address. */
const LABEL_LINE = /^\s*(?:[\p{L}-]{1,15}:|\p{L}{1,4}\.)\s/u;
/** An e-mail or web address, written out or obfuscated ("naam [at] bedrijf.nl", "naam(at)bedrijf(dot)nl"). */
const ADDRESS_WORD = /@|[[(]\s*at\s*[\])]|https?:|www\./iu;
const SPELLED_ADDRESS = /^\s*\S+\s+at\s+\S+\s+dot\s+\S+\s*$/iu;

function isDetailLine(physical: string): boolean {
  return LABEL_LINE.test(physical) || (ADDRESS_WORD.test(physical) && words(physical) <= 3) || SPELLED_ADDRESS.test(physical);
}

function words(line: string): number {
  return line.trim().split(/\s+/u).filter(Boolean).length;
}

/** True when the break between `line` and `next` wraps running text rather than ending a unit. */
function isWrap(line: string, physical: string, next: string, inItems: boolean): boolean {
  if (inItems || STARTS_ITEM.test(next) || !ENDS_OPEN.test(line) || isDetailLine(next) || isDetailLine(physical)) return false;
  if (STARTS_LOWER.test(next)) return words(line) >= 3 || /,\s*$/u.test(line);
  continuation ??= new Set(CONTINUATION_WORDS);
  const last = LAST_WORD.exec(line)?.[1]?.toLowerCase();
  if (last && continuation.has(last) && words(line) >= 3) return /^\s*[\p{L}\p{N}]/u.test(next);
  return /\p{L}\s*$/u.test(line) && words(line) >= 4 && STARTS_AMOUNT.test(next);
}

/**
 * `text` with each soft line end that wraps running text turned into a space. `hard` holds the indices of line
 * ends that must stay.
 */
export function unwrapLines(text: string, hard: ReadonlySet<number> = new Set()): string {
  if (!text.includes('\n')) return text;
  const out = text.split('');
  let lineStart = 0;
  // After a line that ends in a colon, short lines are items of a list ("naam⏎adres⏎e-mailadres").
  let inItems = false;
  let physicalStart = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    // Joined lines grow: what is asked of them (how they end, whether they hold a few words) is read from their
    // last TAIL characters, so a paragraph of thousands of wrapped lines stays linear.
    const line = text.slice(Math.max(lineStart, i - TAIL), i);
    const long = i - lineStart > TAIL;
    const physical = text.slice(physicalStart, i);
    physicalStart = i + 1;
    const nextEnd = text.indexOf('\n', i + 1);
    const next = text.slice(i + 1, nextEnd < 0 ? text.length : nextEnd);
    if (/:\s*$/u.test(line)) inItems = true;
    // A long line or a whole sentence ends the list; "Bakkerij Vos B.V." does not.
    else if (inItems && (long || line.trim().length > 60 || (/[.!?]\s*$/u.test(line) && words(line) >= 5))) inItems = false;
    // A joined line goes on from the same start, so a sentence wrapped over three lines is read as a whole.
    if (!hard.has(i) && isWrap(line, physical, next, inItems)) out[i] = ' ';
    else lineStart = i + 1;
  }
  return out.join('');
}

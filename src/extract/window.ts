/**
 * Bounded look-behind for extractors (issue 9, item 7). A check "what stands right before this hit" written as a
 * pattern anchored at `$` over `text.slice(0, pos)` reads the whole text before every hit: on a long paragraph
 * with many hits that is quadratic. What such a check looks for (a cue, a name, the start of a word or clause) lies
 * within a few hundred characters of the hit in any real text, so the helpers here read at most a window of that
 * size, or scan back character by character and stop at the first boundary.
 */

/** How far back a look-behind reads: far more than any cue, name or clause start it looks for. */
export const LOOK_BEHIND = 1000;

/** The `window` characters before `pos` (fewer at the start of the text). */
export function textBefore(text: string, pos: number, window = LOOK_BEHIND): string {
  return text.slice(Math.max(0, pos - window), pos);
}

/** Offset in `text` of the start of `textBefore(text, pos, window)`. */
export function windowStart(pos: number, window = LOOK_BEHIND): number {
  return Math.max(0, pos - window);
}

const SPACE = /\s/u;

/**
 * Start of the run of non-white-space characters that ends at `pos` (what `text.slice(0, pos).search(/\S*$/u)`
 * finds, without reading more than `window` characters back).
 */
export function runStart(text: string, pos: number, window = LOOK_BEHIND): number {
  const limit = Math.max(0, pos - window);
  let i = pos;
  while (i > limit && !SPACE.test(text[i - 1])) i--;
  return i;
}

/** The run of non-white-space characters that ends at `pos` (a written URL or address the hit sits in). */
export function runBefore(text: string, pos: number, window = LOOK_BEHIND): string {
  return text.slice(runStart(text, pos, window), pos);
}

/**
 * The last `count` runs of non-white-space characters before `end` (what `text.slice(0, end).matchAll(/\S+/gu)`
 * ends with), in text order, found by scanning back only over them.
 */
export function lastRuns(text: string, end: number, count: number, inRun: (char: string) => boolean = notSpace): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let i = end;
  while (out.length < count) {
    while (i > 0 && !inRun(charBefore(text, i))) i -= charBefore(text, i).length;
    if (i === 0) break;
    const runEnd = i;
    while (i > 0 && inRun(charBefore(text, i))) i -= charBefore(text, i).length;
    out.push({ text: text.slice(i, runEnd), start: i });
  }
  return out.reverse();
}

const notSpace = (char: string): boolean => !SPACE.test(char);

/** The code point that ends at `i` (two code units for a character outside the BMP). */
function charBefore(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1];
}

/**
 * The item whose range `[start, end)` holds `pos`, in a list sorted by start without overlaps (a block's sentences),
 * found by halving rather than by walking the list: the first such item, as `items.find` would give it.
 */
export function itemAt<T extends { start: number; end: number }>(items: readonly T[], pos: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Equal starts (an empty item before a full one): step back to the first that holds the position.
  while (found > 0 && items[found - 1].start <= pos && pos < items[found - 1].end) found--;
  return found >= 0 && pos < items[found].end ? items[found] : undefined;
}

/** Index of the first item whose start is at or after `pos`, in a list sorted by start. */
export function firstStartingAt(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The ranges not inside an earlier one, from a list sorted by start (and by end, longest first, at equal starts):
 * `list.filter((e, i) => !list.slice(0, i).some((o) => o.start <= e.start && e.end <= o.end))` in one pass.
 */
export function outermost<T extends { start: number; end: number }>(sorted: readonly T[]): T[] {
  let reach = -Infinity;
  const out: T[] = [];
  for (const e of sorted) {
    if (e.end > reach) out.push(e);
    reach = Math.max(reach, e.end);
  }
  return out;
}

/**
 * The processor registry as one compiled pattern, shared by every extractor that asks "is a known service named
 * here?", so the (large) alternation is compiled once per process.
 */
import { PROCESSORS, type ProcessorEntry } from '../lexicon/processors.js';
import { anchored, escapeRegExp, type Hit } from '../lexicon/compile.js';
import { BranchScanner } from '../lexicon/dispatch.js';
import { scannerPlan, SCANNERS } from '../lexicon/plans.js';

/**
 * Every registry entry in one pattern, each entry's patterns in a group of their own, so one scan of a sentence finds
 * the services it names and the group that matched tells which entry it is. Entries are tried in registry order, and
 * the registry lists the more specific service first ("Google Analytics" before "Google").
 */
let registry: { re: RegExp; groups: number[] } | null = null;
function compiled(): { re: RegExp; groups: number[] } {
  if (!registry) {
    const groups: number[] = [];
    let group = 1;
    const body = PROCESSORS.map((entry) => {
      groups.push(group);
      group += 1 + entry.patterns.reduce((n, source) => n + captureGroups(source), 0);
      return `(${entry.patterns.map((source) => `(?:${source})`).join('|')})`;
    });
    // Kept under `iu` (not caselessRegExp): V8 scans a large alternation of literal words about four times faster
    // with `i` than written as character sets, and this pattern runs over every sentence.
    registry = { re: new RegExp(anchored(body.join('|')), 'giu'), groups };
  }
  return registry;
}

/** The pattern that matches any registry service, word-anchored and case-insensitive (global: reset lastIndex). */
export function registryPattern(): RegExp {
  return compiled().re;
}

export interface RegistryHit extends Hit {
  entry: ProcessorEntry;
}

/**
 * The same alternation, scanned by first character (src/lexicon/dispatch.ts): at each word start only the services
 * whose patterns can begin with the character there are tried, so a sentence costs a few dozen attempts per word
 * instead of 735 per character. It finds what `registryPattern()` finds, in the same places.
 */
let scanner: BranchScanner | null = null;

/** The registry's scanner, with the plan the build saved for it (src/lexicon/plans.ts) when there is one. */
export function registryScanner(plan = scannerPlan(SCANNERS.registry)): BranchScanner {
  return new BranchScanner(
    PROCESSORS.map((entry) => entry.patterns.map((source) => `(?:${source})`).join('|')),
    'iu',
    captureGroups,
    undefined,
    plan,
  );
}

/** Registry services named in the text, in order, none overlapping another. */
export function registryHits(text: string, limit = Infinity): RegistryHit[] {
  scanner ??= registryScanner();
  return scanner.scan(text, limit).map((m) => ({ start: m.start, end: m.end, text: m.text, groups: [], entry: PROCESSORS[m.branch] }));
}

/** Whether the text names a registry service anywhere (`registryPattern()` would find a match). */
export function namesService(text: string): boolean {
  return registryHits(text, 1).length > 0;
}

/**
 * Registry services written as their brand, capitalised, inside a sentence ("platforms (e.g. Zoom)", "we use Notion
 * for notes"): the registry fences names that are also ordinary words ("zoom in", "a crisp design"), but written
 * with the brand's capital after the sentence has begun they are the service. Hits the registry already found stand.
 */
let brands: RegExp | null = null;
/** The first registry entry of each name (what a search of the registry in order finds). */
let names: Map<string, ProcessorEntry> | null = null;
function byName(): Map<string, ProcessorEntry> {
  if (!names) {
    names = new Map();
    for (const e of PROCESSORS) if (!names.has(e.name)) names.set(e.name, e);
  }
  return names;
}
export function brandHits(text: string, known: readonly RegistryHit[]): RegistryHit[] {
  brands ??= new RegExp(
    `(?<=\\S[ \\t\u00a0]+|[(“"‘'])(?:${PROCESSORS.map((e) => escapeRegExp(e.name).replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}\\p{N}@]|\\.\\p{L})`,
    'gu',
  );
  const out: RegistryHit[] = [];
  for (const m of text.matchAll(brands)) {
    const start = m.index;
    const end = start + m[0].length;
    if (known.some((h) => h.start < end && start < h.end)) continue;
    // The first half of a compound whose ending a later word supplies: "Meta- und Kommunikationsdaten".
    if (/^-\s/u.test(text.slice(end))) continue;
    const entry = byName().get(m[0].replace(/\s+/gu, ' '));
    if (entry) out.push({ start, end, text: m[0], groups: [], entry });
  }
  return out;
}

/** How many capturing groups a regex source opens (registry patterns may use plain groups, never named ones). */
export function captureGroups(source: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && source[i + 1] !== '?') n++;
  }
  return n;
}

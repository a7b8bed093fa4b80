/**
 * npm run eval -- --diff: scores `privacylint diff` on real consecutive versions of published policies
 * (fixtures/diff-pairs/<id>/{old,new}.<ext>, sources in source.yaml), each judged by hand in judgement.yaml BEFORE the
 * tool was run on it:
 *
 *   language: en
 *   exit: 0                  # the right exit code of --fail-on regression (2: a language without a pack)
 *   kinds: []                # the regression kinds (--fail-on gates) B really has
 *   material: ["snippet"]    # words from each change that alters what the policy says (either version)
 *   cosmetic: ["snippet"]    # words from each change that does not (dates, typography, numbering, links)
 *
 * Scores: material-label recall (judged material changes the tool labels material) and precision (the tool's
 * material labels that the judgement calls material; a tool change matching no snippet counts as cosmetic); and
 * regression correctness (the exit code and the kinds). `--verbose` lists every disagreement.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { comparePolicies, loadDiffSide, squeeze, type PolicyDiff, type TextChange } from '../src/diff/index.js';
import { ConfigCache } from '../src/lint.js';

interface Judgement {
  language: string;
  exit: 0 | 1 | 2;
  kinds?: string[];
  /** A change as one snippet, or as [words of the old version, words of the new] when it was rewritten. */
  material?: (string | string[])[];
  cosmetic?: (string | string[])[];
}

interface PairScore {
  id: string;
  language: string;
  /** False when the tool said it cannot read the language (labels "not assessed", not scored as labels). */
  assessed: boolean;
  exit: { expected: number; actual: number };
  kinds: { expected: string[]; actual: string[] };
  /** Judged material changes, and how many of them the tool labels material. */
  material: number;
  found: number;
  /** Tool changes labelled material, and how many of them the judgement calls material. */
  labelled: number;
  right: number;
  notes: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
export const PAIRS_DIR = join(here, '..', 'fixtures', 'diff-pairs');

/** The exit code `privacylint diff --fail-on regression` gives for this diff. */
export function failOnExit(diff: PolicyDiff): 0 | 1 | 2 {
  if (!diff.assessment.assessed) return 2;
  return diff.regressions.length > 0 ? 1 : 0;
}

function pairFile(dir: string, stem: string): string {
  const file = readdirSync(dir).find((f) => f.startsWith(`${stem}.`));
  if (!file) throw new Error(`${dir}: no ${stem}.<ext>`);
  return join(dir, file);
}

async function scorePair(dir: string, id: string, cache: ConfigCache): Promise<PairScore> {
  const judgement = parseYaml(readFileSync(join(dir, 'judgement.yaml'), 'utf8')) as Judgement;
  const a = await loadDiffSide(pairFile(dir, 'old'), {}, cache);
  const b = await loadDiffSide(pairFile(dir, 'new'), {}, cache);
  const diff = comparePolicies(a, b, { versions: true });
  const changes = diff.textChanges ?? [];
  const notes: string[] = [];
  const actualKinds = [...new Set(diff.regressions.map((r) => r.gate))].sort();
  const expectedKinds = [...new Set(judgement.kinds ?? [])].sort();
  const actualExit = failOnExit(diff);
  if (!diff.assessment.assessed) {
    // The tool says it cannot read the language: its labels are "not assessed", scored apart from the others.
    if (actualExit !== judgement.exit) notes.push(`exit ${actualExit}, judged ${judgement.exit}`);
    return { id, language: judgement.language, assessed: false, exit: { expected: judgement.exit, actual: actualExit }, kinds: { expected: expectedKinds, actual: actualKinds }, material: 0, found: 0, labelled: 0, right: 0, notes };
  }
  // A snippet stands for the paragraph (or table row) it is in, in either version: the tool may split it into
  // several sentences, each of which belongs to that judged change.
  // Lines as Markdown reads them (a hard-wrapped paragraph is one), each also without its link targets: the tool
  // quotes a link by its text ("Prelude"), not its URL.
  const lines = [a.document.source.text, b.document.source.text]
    .flatMap(logicalLines)
    .flatMap((l) => [squeeze(l), squeeze(l.replace(/\]\([^)\s]*\)/gu, ']'))]);
  const regions = (entry: string | string[]): string[] =>
    (Array.isArray(entry) ? entry : [entry]).flatMap((snippet) => {
      const q = squeeze(snippet);
      return [q, ...lines.filter((l) => l.includes(q))];
    });
  const belongs = (c: TextChange, region: string[]): boolean =>
    [c.a?.text, c.b?.text].some((t) => {
      const q = t ? squeeze(t) : '';
      return q.length >= 8 && region.some((r) => r.includes(q) || q.includes(r));
    });
  const material = (judgement.material ?? []).map(regions);
  const cosmetic = (judgement.cosmetic ?? []).map(regions);
  // Each judged material change must be among the tool's changes, labelled material.
  let found = 0;
  for (const [k, region] of material.entries()) {
    const hits = changes.filter((c) => belongs(c, region));
    if (hits.some((c) => c.label === 'material')) found++;
    else notes.push(`missed material: "${String(judgement.material![k])}" (${hits.length ? hits.map((c) => c.label).join('/') : 'no change found'})`);
  }
  // Each change the tool labels material must be one the judgement calls material.
  let labelled = 0;
  let right = 0;
  for (const c of changes) {
    if (c.label !== 'material') continue;
    labelled++;
    if (material.some((region) => belongs(c, region))) right++;
    else notes.push(`material, judged ${cosmetic.some((region) => belongs(c, region)) ? 'cosmetic' : 'unlisted (cosmetic)'}: "${(c.b ?? c.a)!.text.slice(0, 100)}" — ${c.reasons.join('; ')}`);
  }
  if (actualExit !== judgement.exit) notes.push(`exit ${actualExit}, judged ${judgement.exit}: ${diff.regressions.map((r) => r.message).join('; ') || diff.assessment.reason || 'no regression'}`);
  return {
    id,
    language: judgement.language,
    assessed: true,
    exit: { expected: judgement.exit, actual: actualExit },
    kinds: { expected: expectedKinds, actual: actualKinds },
    material: material.length,
    found,
    labelled,
    right,
    notes,
  };
}

/** A Markdown text's lines with each hard-wrapped continuation line joined to the line it continues. */
function logicalLines(text: string): string[] {
  const out: string[] = [];
  let continues = false;
  for (const line of text.split(/\r?\n/u)) {
    const blank = line.trim() === '';
    const starts = /^\s*(?:[#>|*+-]|\d+[.)]\s|<)/u.test(line);
    if (continues && !blank && !starts) out[out.length - 1] += ` ${line.trim()}`;
    else out.push(line);
    continues = !blank && !/^\s*(?:#|\|)/u.test(out[out.length - 1]!);
  }
  return out;
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(0)}% (${n}/${d})`);

/** Scores every judged pair; prints a table (or JSON with --json); returns the scores. */
export async function evalDiffPairs(args: readonly string[]): Promise<PairScore[]> {
  const verbose = args.includes('--verbose');
  const only = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;
  const cache = new ConfigCache();
  const ids = existsSync(PAIRS_DIR)
    ? readdirSync(PAIRS_DIR)
        .filter((id) => existsSync(join(PAIRS_DIR, id, 'judgement.yaml')) && (!only || id === only))
        .sort()
    : [];
  const scores: PairScore[] = [];
  for (const id of ids) scores.push(await scorePair(join(PAIRS_DIR, id), id, cache));
  if (args.includes('--json')) {
    console.log(JSON.stringify(scores, null, 2));
    return scores;
  }
  const sum = (f: (s: PairScore) => number, list = scores): number => list.reduce((n, s) => n + f(s), 0);
  console.log(`\n== diff: ${scores.length} judged version pairs (${PAIRS_DIR})`);
  console.log(`${'pair'.padEnd(34)}${'exit'.padEnd(10)}${'kinds'.padEnd(34)}material found / labelled right`);
  for (const s of scores) {
    const exit = `${s.exit.actual}${s.exit.actual === s.exit.expected ? '' : ` (≠${s.exit.expected})`}`;
    const kinds = `${s.kinds.actual.join(',') || '-'}${s.kinds.actual.join() === s.kinds.expected.join() ? '' : ` (≠${s.kinds.expected.join(',') || '-'})`}`;
    console.log(`${s.id.padEnd(34)}${exit.padEnd(10)}${kinds.padEnd(34)}${s.assessed ? `${s.found}/${s.material} · ${s.right}/${s.labelled}` : 'not assessed'}`);
    if (verbose) for (const n of s.notes) console.log(`    ${n}`);
  }
  for (const lang of [...new Set(scores.map((s) => s.language))].sort()) {
    const l = scores.filter((s) => s.language === lang);
    console.log(
      `${lang}: exit right ${pct(l.filter((s) => s.exit.actual === s.exit.expected).length, l.length)} · material recall ${pct(sum((s) => s.found, l), sum((s) => s.material, l))} · precision ${pct(sum((s) => s.right, l), sum((s) => s.labelled, l))}`,
    );
  }
  console.log(
    `all: --fail-on regression exit right ${pct(scores.filter((s) => s.exit.actual === s.exit.expected).length, scores.length)} · kinds right ${pct(scores.filter((s) => s.kinds.actual.join() === s.kinds.expected.join()).length, scores.length)} · material recall ${pct(sum((s) => s.found), sum((s) => s.material))} · precision ${pct(sum((s) => s.right), sum((s) => s.labelled))}`,
  );
  return scores;
}

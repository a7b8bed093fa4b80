/**
 * npm run eval: lints every annotated policy of the corpus splits and scores it against its gold file the way the
 * held-out evaluation does (the end of ../shared/corpus/ANNOTATION.md):
 *
 * - requirements: the lint statuses, `met`/`partial` = given, `missing`/`not_applicable` = not given, gold `na`
 *   skipped; agreement per language and per requirement, precision and recall of "not given" (the missing flag);
 * - controller_name: `controller.name` or an alias against the gold name or aliases, folding case, accents,
 *   punctuation and legal forms: equal, the prediction contains the gold name as whole words, or the prediction is a
 *   whole-word part of the gold name covering at least 60% of it; no gold name: the model must give none;
 * - controller_email: `controller.email` one of the gold `controller_emails` (none when the gold has none);
 * - supervisory_authority: as names, an acronym counting for its authority;
 * - recipients: non-category recipients matched by name, precision and recall over the split;
 * - retention_periods: every distinct duration of `retention[]` and `cookies[].lifetime`, within 3% or one day,
 *   precision and recall;
 * - outdated_references: the set of scored outdated law ids, per file.
 *
 * Splits: dev (../shared/corpus/dev), train and check (fixtures/corpus/), synthetic (fixtures/generalisation).
 * Tune on dev and train only; check is for measuring.
 *
 *   npm run eval                             every split, a table each
 *   npm run eval -- --split check            one split
 *   npm run eval -- --corpus DIR             another folder with the same layout
 *   npm run eval -- --verbose [--field recipients] [--file nl-foo] [--lang de]
 *   npm run eval -- --json                   the numbers as JSON (for the README table)
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { lintFile } from '../src/lint.js';
import type { PolicyModel } from '../src/model/types.js';
import { durationInDays } from '../src/extract/duration.js';
import { AUTHORITIES } from '../src/lexicon/authorities.js';
import { wordPattern, test } from '../src/lexicon/compile.js';
import { REQUIREMENT_IDS } from '../src/rules/types.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const verbose = flag('--verbose');
const asJson = flag('--json');
const onlyField = option('--field');
const onlyFile = option('--file');
const onlyLang = option('--lang');

const SPLITS: Record<string, string> = {
  dev: join(here, '..', '..', 'shared', 'corpus', 'dev'),
  train: join(here, '..', 'fixtures', 'corpus', 'train'),
  check: join(here, '..', 'fixtures', 'corpus', 'check'),
  synthetic: join(here, '..', 'fixtures', 'generalisation'),
};
const corpusOption = option('--corpus');
const splitOption = option('--split');
const splits: [string, string][] = corpusOption
  ? [[basename(resolve(corpusOption)), resolve(corpusOption)]]
  : Object.entries(SPLITS).filter(([name, dir]) => (!splitOption || name === splitOption) && existsSync(dir));
if (splitOption && splits.length === 0) {
  console.error(`eval: no split '${splitOption}' (${Object.keys(SPLITS).join(', ')})`);
  process.exit(2);
}

// ---- name matching, as the held-out scoring does it ----
const LEGAL_FORM_WORDS = new Set(
  ('bv nv vof cv vzw asbl aisbl ivzw bvba sprl srl scrl sc scs snc sa sas sasu sarl eurl sci scop sca gie ' +
    'gmbh ggmbh ag ug kg ohg ev eg gbr kgaa se ltd limited inc llc llp plc corp co lp pty ab as oy spa')
    .split(' '),
);
function nameWords(name: string): string[] {
  const folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/&/gu, ' and ')
    .replace(/\.(?=\p{L})/gu, '') // "B.V." → "bv.", "e.V." → "ev."
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  return folded.split(' ').filter((w) => w && !LEGAL_FORM_WORDS.has(w));
}
/** True when the words of `needle` stand together, in order, in `hay`. */
function containsWords(hay: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((w, j) => hay[i + j] === w)) return true;
  return false;
}
function nameMatches(predicted: string, gold: string): boolean {
  const p = nameWords(predicted);
  const g = nameWords(gold);
  if (p.length === 0 || g.length === 0) return false;
  if (p.join(' ') === g.join(' ') || p.join('') === g.join('')) return true;
  if (containsWords(p, g)) return true;
  return containsWords(g, p) && p.join(' ').length >= 0.6 * g.join(' ').length;
}
const authorityId = (name: string): string | null => {
  for (const a of AUTHORITIES) if (test(wordPattern(a.patterns), name)) return a.id;
  return null;
};
function authorityMatches(predicted: string, gold: string): boolean {
  if (nameMatches(predicted, gold)) return true;
  const id = authorityId(predicted);
  return id !== null && id === authorityId(gold);
}
function sameLength(a: string, b: string): boolean {
  const da = durationInDays(a);
  const db = durationInDays(b);
  return Math.abs(da - db) <= Math.max(1, 0.03 * Math.max(da, db));
}
/** Greedy one-to-one matching: how many of `predicted` find a partner in `gold`, and how many of `gold` do. */
function matchSets(predicted: string[], gold: string[], eq: (p: string, g: string) => boolean): { tpP: number; tpG: number } {
  return {
    tpP: predicted.filter((p) => gold.some((g) => eq(p, g))).length,
    tpG: gold.filter((g) => predicted.some((p) => eq(p, g))).length,
  };
}

// ---- scoring one file ----
const SCORED_OUTDATED = new Set(['wbp', 'cbp', 'bewerker', 'directive_95_46', 'safe_harbor', 'privacy_shield', 'uk_dpa_1998', 'bdsg_old', 'old_scc', 'be_privacy_commission', 'be_privacy_law_1992']);
interface Gold {
  values: Record<string, unknown>;
  requirements: Record<string, boolean | 'na'>;
}
interface Counts { ok: number; n: number }
interface PR { tpP: number; p: number; tpG: number; g: number }
interface LangScore {
  files: number;
  fields: Record<string, Counts>;
  sets: Record<string, PR>;
  requirements: Record<string, Counts>;
  agree: Counts;
  missing: { predicted: number; gold: number; both: number };
}
const FIELD_NAMES = ['controller_name', 'controller_email', 'supervisory_authority', 'outdated_references'];
const SET_NAMES = ['recipients', 'retention_periods'];
const emptyScore = (): LangScore => ({
  files: 0,
  fields: Object.fromEntries(FIELD_NAMES.map((f) => [f, { ok: 0, n: 0 }])),
  sets: Object.fromEntries(SET_NAMES.map((f) => [f, { tpP: 0, p: 0, tpG: 0, g: 0 }])),
  requirements: Object.fromEntries(REQUIREMENT_IDS.map((r) => [r, { ok: 0, n: 0 }])),
  agree: { ok: 0, n: 0 },
  missing: { predicted: 0, gold: 0, both: 0 },
});
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === null || v === undefined ? [] : [String(v)]);
const durations = (m: PolicyModel): string[] => [
  ...new Set([
    ...m.retention.map((r) => r.duration).filter((d): d is string => !!d),
    ...m.cookies.map((c) => c.lifetime).filter((d): d is string => !!d && d.startsWith('P')),
  ]),
];
const mismatches: string[] = [];

function scoreFile(file: string, gold: Gold, model: PolicyModel, statuses: Map<string, string>, s: LangScore): void {
  const note = (field: string, g: unknown, p: unknown): void => {
    if (verbose && (!onlyField || onlyField === field)) mismatches.push(`  ${file}  ${field}\n      gold: ${JSON.stringify(g)}\n       got: ${JSON.stringify(p)}`);
  };
  s.files++;
  // requirements
  for (const id of REQUIREMENT_IDS) {
    const g = gold.requirements?.[id];
    if (g === undefined || g === 'na') continue;
    const status = statuses.get(id) ?? 'missing';
    const given = status === 'met' || status === 'partial';
    const ok = given === (g === true);
    s.requirements[id].n++;
    s.agree.n++;
    if (ok) {
      s.requirements[id].ok++;
      s.agree.ok++;
    } else note(id, g, status);
    if (!given) s.missing.predicted++;
    if (g !== true) s.missing.gold++;
    if (!given && g !== true) s.missing.both++;
  }
  const v = gold.values;
  // controller name
  const goldNames = [...list(v.controller_name), ...list(v.controller_aliases)];
  const predNames = [model.controller.name, ...model.controller.aliases].filter((n): n is string => !!n);
  const nameOk = v.controller_name ? predNames.some((p) => goldNames.some((g) => nameMatches(p, g))) : !model.controller.name;
  s.fields.controller_name.n++;
  if (nameOk) s.fields.controller_name.ok++;
  else note('controller_name', goldNames, predNames);
  // e-mail
  const goldEmails = list(v.controller_emails).map((e) => e.toLowerCase());
  const email = model.controller.email?.toLowerCase() ?? null;
  const emailOk = goldEmails.length === 0 ? email === null : email !== null && goldEmails.includes(email);
  s.fields.controller_email.n++;
  if (emailOk) s.fields.controller_email.ok++;
  else note('controller_email', goldEmails, email);
  // authority
  const goldAuthority = v.supervisory_authority ? String(v.supervisory_authority) : null;
  const authority = model.supervisoryAuthority?.name ?? null;
  const authorityOk = goldAuthority === null ? authority === null : authority !== null && authorityMatches(authority, goldAuthority);
  s.fields.supervisory_authority.n++;
  if (authorityOk) s.fields.supervisory_authority.ok++;
  else note('supervisory_authority', goldAuthority, authority);
  // outdated references
  const goldOutdated = [...new Set(list(v.outdated_references))].sort();
  const outdated = [...new Set(model.lawReferences.filter((r) => r.outdated && SCORED_OUTDATED.has(r.id)).map((r) => r.id))].sort();
  s.fields.outdated_references.n++;
  if (goldOutdated.join() === outdated.join()) s.fields.outdated_references.ok++;
  else note('outdated_references', goldOutdated, outdated);
  // recipients
  const goldRecipients = list(v.recipients);
  const recipients = [...new Set(model.recipients.filter((r) => r.kind !== 'category').map((r) => r.name))];
  const r = matchSets(recipients, goldRecipients, nameMatches);
  Object.assign(s.sets.recipients, {
    tpP: s.sets.recipients.tpP + r.tpP, p: s.sets.recipients.p + recipients.length,
    tpG: s.sets.recipients.tpG + r.tpG, g: s.sets.recipients.g + goldRecipients.length,
  });
  if (r.tpP < recipients.length || r.tpG < goldRecipients.length) note('recipients', goldRecipients, recipients);
  // retention
  const goldPeriods = list(v.retention_periods);
  const periods = durations(model);
  const d = matchSets(periods, goldPeriods, sameLength);
  Object.assign(s.sets.retention_periods, {
    tpP: s.sets.retention_periods.tpP + d.tpP, p: s.sets.retention_periods.p + periods.length,
    tpG: s.sets.retention_periods.tpG + d.tpG, g: s.sets.retention_periods.g + goldPeriods.length,
  });
  if (d.tpP < periods.length || d.tpG < goldPeriods.length) note('retention_periods', goldPeriods, periods);
}

async function scoreSplit(dir: string): Promise<Record<string, LangScore>> {
  const byLang: Record<string, LangScore> = {};
  const files = readdirSync(dir)
    .filter((f) => !f.endsWith('.gold.yaml') && !f.endsWith('.tsv') && existsSync(join(dir, f.replace(/\.[^.]+$/u, '.gold.yaml'))))
    .sort();
  for (const file of files) {
    if (onlyFile && !file.includes(onlyFile)) continue;
    const gold = parseYaml(readFileSync(join(dir, file.replace(/\.[^.]+$/u, '.gold.yaml')), 'utf8')) as Gold;
    const lang = String(gold.values?.language ?? file.slice(0, 2));
    if (onlyLang && lang !== onlyLang) continue;
    const score = (byLang[lang] ??= emptyScore());
    try {
      const { result, parsed } = await lintFile(join(dir, file));
      scoreFile(file, gold, parsed.model, new Map(result.requirements.map((q) => [q.id, q.status])), score);
    } catch (error) {
      // A run that fails is an error, never "missing": every judgment of the file counts as wrong.
      console.error(`eval: ${file}: ${(error as Error).message}`);
      score.files++;
      for (const id of REQUIREMENT_IDS) {
        const g = gold.requirements?.[id];
        if (g === undefined || g === 'na') continue;
        score.requirements[id].n++;
        score.agree.n++;
      }
      for (const f of FIELD_NAMES) score.fields[f].n++;
    }
  }
  return byLang;
}

// ---- printing ----
const LANGS = ['nl', 'en', 'de', 'fr'];
const pctOf = (ok: number, n: number): number | null => (n === 0 ? null : (100 * ok) / n);
const cell = (ok: number, n: number): string => (n === 0 ? '-' : `${ok}/${n} ${Math.round((100 * ok) / n)}%`).padEnd(14);
const ratio = (x: number | null): string => (x === null ? '-' : `${x.toFixed(1)}%`);

function summary(s: LangScore): Record<string, number | null> {
  const precision = pctOf(s.missing.both, s.missing.predicted);
  const recall = pctOf(s.missing.both, s.missing.gold);
  return {
    files: s.files,
    agreement: pctOf(s.agree.ok, s.agree.n),
    missing_precision: precision,
    missing_recall: recall,
    ...Object.fromEntries(FIELD_NAMES.map((f) => [f, pctOf(s.fields[f].ok, s.fields[f].n)])),
    ...Object.fromEntries(SET_NAMES.flatMap((f) => [[`${f}_precision`, pctOf(s.sets[f].tpP, s.sets[f].p)], [`${f}_recall`, pctOf(s.sets[f].tpG, s.sets[f].g)]])),
    ...Object.fromEntries(REQUIREMENT_IDS.map((r) => [r, pctOf(s.requirements[r].ok, s.requirements[r].n)])),
  };
}

function printSplit(name: string, dir: string, byLang: Record<string, LangScore>): void {
  const langs = LANGS.filter((l) => byLang[l]);
  const total = langs.reduce((n, l) => n + byLang[l].files, 0);
  console.log(`\n== ${name}: ${total} policies (${dir})`);
  if (!langs.length) return;
  const head = (label: string): void => console.log(`${label.padEnd(36)}${langs.map((l) => `${l} (${byLang[l].files})`.padEnd(14)).join('')}`);
  head('requirements');
  console.log(`${'agreement'.padEnd(36)}${langs.map((l) => cell(byLang[l].agree.ok, byLang[l].agree.n)).join('')}`);
  console.log(`${'missing: precision'.padEnd(36)}${langs.map((l) => ratio(pctOf(byLang[l].missing.both, byLang[l].missing.predicted)).padEnd(14)).join('')}`);
  console.log(`${'missing: recall'.padEnd(36)}${langs.map((l) => ratio(pctOf(byLang[l].missing.both, byLang[l].missing.gold)).padEnd(14)).join('')}`);
  for (const id of REQUIREMENT_IDS) console.log(`  ${id.padEnd(34)}${langs.map((l) => cell(byLang[l].requirements[id].ok, byLang[l].requirements[id].n)).join('')}`);
  head('values');
  for (const f of FIELD_NAMES) console.log(`  ${f.padEnd(34)}${langs.map((l) => cell(byLang[l].fields[f].ok, byLang[l].fields[f].n)).join('')}`);
  for (const f of SET_NAMES) {
    console.log(`  ${(f + ' precision').padEnd(34)}${langs.map((l) => cell(byLang[l].sets[f].tpP, byLang[l].sets[f].p)).join('')}`);
    console.log(`  ${(f + ' recall').padEnd(34)}${langs.map((l) => cell(byLang[l].sets[f].tpG, byLang[l].sets[f].g)).join('')}`);
  }
}

const results: Record<string, Record<string, Record<string, number | null>>> = {};
for (const [name, dir] of splits) {
  const byLang = await scoreSplit(dir);
  results[name] = Object.fromEntries(Object.entries(byLang).map(([l, s]) => [l, summary(s)]));
  if (!asJson) printSplit(name, dir, byLang);
}
if (asJson) console.log(JSON.stringify(results, null, 2));
else if (verbose && mismatches.length) console.log(`\nmismatches:\n${mismatches.join('\n')}`);

/**
 * npm run eval: compares the model of every policy in ../shared/corpus/dev with its gold file and prints,
 * per field and per language, how many files match. Durations are compared by length (P12M = P1Y), names
 * case- and punctuation-insensitively, e-mail addresses exactly (lower case).
 *
 *   npm run eval                      the table
 *   npm run eval -- --verbose         plus every mismatch
 *   npm run eval -- --field recipients --verbose
 *   npm run eval -- --corpus DIR      another corpus folder with the same layout
 *
 * It also reports, per requirement and per language, agreement of the lint statuses with the gold
 * `requirements` (met or partial = true, missing or not_applicable = false; gold na skipped) and the
 * precision and recall of `missing`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { parsePolicyFile } from '../src/index.js';
import type { PolicyModel } from '../src/model/types.js';
import { sameDuration } from '../src/extract/duration.js';
import { AUTHORITIES } from '../src/lexicon/authorities.js';
import { wordPattern, test } from '../src/lexicon/compile.js';
import { evaluateRequirements } from '../src/rules/requirements.js';
import { REQUIREMENT_IDS } from '../src/rules/types.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = resolve(option('--corpus') ?? join(here, '..', '..', 'shared', 'corpus', 'dev'));
const onlyField = option('--field');
const onlyFile = option('--file');
const verbose = flag('--verbose');

type Value = string | string[] | null;
interface FieldSpec {
  name: string;
  predicted(model: PolicyModel): Value;
  equal(gold: Value, predicted: Value): boolean;
}

const normName = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const authorityId = (name: string): string | null => {
  for (const a of AUTHORITIES) if (test(wordPattern(a.patterns), name)) return a.id;
  return null;
};
const sameName = (a: string, b: string): boolean => normName(a) === normName(b);
const sameAuthority = (a: string, b: string): boolean => {
  if (sameName(a, b)) return true;
  const ia = authorityId(a);
  return ia !== null && ia === authorityId(b);
};

function setEqual(gold: string[], predicted: string[], eq: (a: string, b: string) => boolean): boolean {
  return gold.every((g) => predicted.some((p) => eq(g, p))) && predicted.every((p) => gold.some((g) => eq(g, p)));
}
const asList = (v: Value): string[] => (Array.isArray(v) ? v : v === null ? [] : [v]);
const scalar = (eq: (a: string, b: string) => boolean) => (g: Value, p: Value): boolean =>
  g === null || g === undefined ? p === null || p === undefined : p !== null && p !== undefined && eq(String(g), String(p));
const list = (eq: (a: string, b: string) => boolean) => (g: Value, p: Value): boolean => setEqual(asList(g), asList(p), eq);

const FIELDS: FieldSpec[] = [
  { name: 'language', predicted: (m) => m.language, equal: scalar((a, b) => a === b) },
  { name: 'controller_name', predicted: (m) => m.controller.name, equal: scalar(sameName) },
  { name: 'controller_aliases', predicted: (m) => m.controller.aliases, equal: list(sameName) },
  { name: 'controller_emails', predicted: (m) => m.controller.emails, equal: list((a, b) => a.toLowerCase() === b.toLowerCase()) },
  { name: 'dpo_email', predicted: (m) => m.dpo?.email ?? null, equal: scalar((a, b) => a.toLowerCase() === b.toLowerCase()) },
  { name: 'supervisory_authority', predicted: (m) => m.supervisoryAuthority?.name ?? null, equal: scalar(sameAuthority) },
  { name: 'outdated_references', predicted: (m) => m.lawReferences.filter((r) => r.outdated).map((r) => r.id), equal: list((a, b) => a === b) },
  { name: 'recipients', predicted: (m) => m.recipients.filter((r) => r.kind !== 'category').map((r) => r.name), equal: list(sameName) },
  {
    name: 'retention_periods',
    predicted: (m) => [
      ...new Set([
        ...m.retention.map((r) => r.duration).filter((d): d is string => !!d),
        ...m.cookies.map((c) => c.lifetime).filter((d): d is string => !!d && d.startsWith('P')),
      ]),
    ],
    equal: list(sameDuration),
  },
];

interface Row { file: string; lang: string; field: string; ok: boolean; gold: Value; predicted: Value }
const rows: Row[] = [];
interface ReqRow { file: string; lang: string; id: string; gold: boolean; status: string }
const reqRows: ReqRow[] = [];
const files = readdirSync(corpus).filter((f) => !f.endsWith('.gold.yaml') && existsSync(join(corpus, f.replace(/\.[^.]+$/u, '.gold.yaml')))).sort();
for (const file of files) {
  if (onlyFile && !file.includes(onlyFile)) continue;
  const gold = parseYaml(readFileSync(join(corpus, file.replace(/\.[^.]+$/u, '.gold.yaml')), 'utf8')) as {
    values: Record<string, Value>;
    requirements: Record<string, boolean | 'na'>;
  };
  const { model, document } = await parsePolicyFile(join(corpus, file));
  const lang = String(gold.values.language);
  for (const req of evaluateRequirements(model, document)) {
    const g = gold.requirements?.[req.id];
    if (g === undefined || g === 'na') continue;
    reqRows.push({ file, lang, id: req.id, gold: g === true, status: req.status });
  }
  for (const spec of FIELDS) {
    if (onlyField && spec.name !== onlyField) continue;
    const g = gold.values[spec.name] ?? null;
    const p = spec.predicted(model);
    rows.push({ file, lang, field: spec.name, ok: spec.equal(g, p), gold: g, predicted: p });
  }
}

const langs = ['nl', 'en', 'de', 'fr'];
const pct = (ok: number, n: number): string => (n === 0 ? '   -   ' : `${String(ok).padStart(2)}/${String(n).padEnd(2)} ${String(Math.round((100 * ok) / n)).padStart(3)}%`);
console.log(`privacylint eval on ${corpus} (${files.length} policies)\n`);
console.log(`${'field'.padEnd(24)}${langs.map((l) => l.padEnd(13)).join('')}`);
for (const spec of FIELDS) {
  if (onlyField && spec.name !== onlyField) continue;
  const cells = langs.map((l) => {
    const rs = rows.filter((r) => r.field === spec.name && r.lang === l);
    return pct(rs.filter((r) => r.ok).length, rs.length).padEnd(13);
  });
  console.log(`${spec.name.padEnd(24)}${cells.join('')}`);
}
for (const l of langs) {
  const rs = rows.filter((r) => r.lang === l);
  console.log(`${('all fields, ' + l).padEnd(24)}${pct(rs.filter((r) => r.ok).length, rs.length)}`);
}
const said = (r: ReqRow): boolean => r.status === 'met' || r.status === 'partial';
console.log(`\n${'requirement'.padEnd(36)}${langs.map((l) => l.padEnd(13)).join('')}`);
for (const id of REQUIREMENT_IDS) {
  const cells = langs.map((l) => {
    const rs = reqRows.filter((r) => r.id === id && r.lang === l);
    return pct(rs.filter((r) => said(r) === r.gold).length, rs.length).padEnd(13);
  });
  console.log(`${id.padEnd(36)}${cells.join('')}`);
}
for (const l of langs) {
  const rs = reqRows.filter((r) => r.lang === l);
  const agree = rs.filter((r) => said(r) === r.gold).length;
  const predictedMissing = rs.filter((r) => !said(r));
  const goldMissing = rs.filter((r) => !r.gold);
  const tp = predictedMissing.filter((r) => !r.gold).length;
  const precision = predictedMissing.length ? tp / predictedMissing.length : 1;
  const recall = goldMissing.length ? tp / goldMissing.length : 1;
  console.log(
    `${('agreement, ' + l).padEnd(36)}${pct(agree, rs.length)}   missing: precision ${(100 * precision).toFixed(1)}%  recall ${(100 * recall).toFixed(1)}%`,
  );
}
if (verbose) {
  console.log('\nrequirement disagreements:');
  for (const r of reqRows.filter((x) => said(x) !== x.gold && (!onlyField || x.id === onlyField))) {
    console.log(`  ${r.file}  ${r.id}: gold ${r.gold}, got ${r.status}`);
  }
  console.log('\nmismatches:');
  for (const r of rows.filter((x) => !x.ok)) {
    console.log(`  ${r.file}  ${r.field}\n      gold: ${JSON.stringify(r.gold)}\n       got: ${JSON.stringify(r.predicted)}`);
  }
}

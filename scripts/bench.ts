/**
 * `npm run bench` (builds first): how fast privacylint is, next to what it cannot be faster than.
 *
 *   (a) parse throughput on every policy in the dev corpus: bare remark-parse against our whole pipeline
 *       (buildDocument + extractModel) over the same Markdown and text files, warm, in one process;
 *   (b) cold start: `node bin/privacylint.js parse <seed>` against `node -e 0`, spawned alternately;
 *   (c) hostile inputs (issue 9): each pathological input at 256 KB and 1 MB through `node bin/privacylint.js lint`
 *       (aim: under 10 s at 1 MB, 4× the input at most 6× the time), deep nesting, 20 000 headings, a 20 000-row
 *       table, `parse` of a 100 KB policy (output at most 20× the input, memory at most 600 MB), `diff --versions`
 *       of 2 000 changed sentences and applyFixes with 20 000 fixes.
 *
 * Usage: node --import tsx scripts/bench.ts [corpus-dir] [--iterations N] [--runs N] [--hostile]
 *   --hostile runs only (c).
 * Numbers are medians; nothing here asserts a time (machines differ), it only reports.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

import type { PolicyInput } from '../src/io/read.js';
import { QUADRATIC_INPUTS, STRUCTURE_INPUTS, generatedPolicy } from './pathological.js';

// The shipped bundle, not the TypeScript sources: tsx would rewrite regex literals with \p{…} into new RegExp()
// calls on every use, which is not what users run. `npm run bench` builds dist/ first.
const { readPolicy, buildDocument, extractModel, applyFixes } = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'privacylint.js');
const COLD_START_FILE = 'fixtures/cloudaware-privacybeleid.md';
const WARMUP_ITERATIONS = 3;

interface Options {
  corpus: string;
  iterations: number;
  runs: number;
  hostileOnly: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { corpus: join(ROOT, '..', 'shared', 'corpus', 'dev'), iterations: 10, runs: 15, hostileOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--hostile') options.hostileOnly = true;
    else if (arg === '--iterations' || arg === '--runs') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${arg} needs a whole number above 0`);
      options[arg === '--iterations' ? 'iterations' : 'runs'] = value;
    } else options.corpus = arg;
  }
  return options;
}

interface Policy {
  input: PolicyInput;
  bytes: number;
}

/** Every policy in the folder (gold files left out), read and decoded before any timing. */
async function readCorpus(dir: string): Promise<Policy[]> {
  const names = readdirSync(dir)
    .filter((name) => !name.endsWith('.gold.yaml') && !name.startsWith('.'))
    .sort();
  const policies: Policy[] = [];
  for (const name of names) {
    const path = join(dir, name);
    policies.push({ input: await readPolicy(path), bytes: statSync(path).size });
  }
  return policies;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const elapsedMs = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

async function timeOnce(work: () => Promise<void> | void): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return elapsedMs(start);
}

/** Keeps results alive so the engine cannot drop the work as dead code. */
let sink = 0;

const bareParser = unified().use(remarkParse);
function bareParse(policies: Policy[]): void {
  for (const { input } of policies) sink += bareParser.parse(input.text).children.length;
}

async function pipeline(policies: Policy[]): Promise<void> {
  for (const { input } of policies) {
    const model = extractModel(await buildDocument(input));
    sink += model.rights.length;
  }
}

interface Row {
  step: string;
  docs: number;
  bytes: number;
  ms: number;
}

function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('   ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function throughput(policies: Policy[], iterations: number): Promise<void> {
  const text = policies.filter((p) => p.input.format !== 'html');
  const html = policies.filter((p) => p.input.format === 'html');
  const bytesOf = (list: Policy[]) => list.reduce((sum, p) => sum + p.bytes, 0);

  for (let i = 0; i < WARMUP_ITERATIONS; i++) {
    bareParse(text);
    await pipeline(text);
    await pipeline(html);
  }
  // Interleaved, so a slow spell of the machine hits every step alike.
  const bare: number[] = [];
  const full: number[] = [];
  const fullHtml: number[] = [];
  for (let i = 0; i < iterations; i++) {
    bare.push(await timeOnce(() => bareParse(text)));
    full.push(await timeOnce(() => pipeline(text)));
    if (html.length > 0) fullHtml.push(await timeOnce(() => pipeline(html)));
  }

  const rows: Row[] = [
    { step: 'remark-parse alone (Markdown/text)', docs: text.length, bytes: bytesOf(text), ms: median(bare) },
    { step: 'buildDocument + extractModel (Markdown/text)', docs: text.length, bytes: bytesOf(text), ms: median(full) },
  ];
  if (html.length > 0) rows.push({ step: 'buildDocument + extractModel (HTML)', docs: html.length, bytes: bytesOf(html), ms: median(fullHtml) });

  console.log(`(a) parse throughput, warm, median of ${iterations} passes over the files`);
  console.log(
    formatTable(
      ['step', 'docs', 'KB', 'ms/doc', 'MB/s'],
      rows.map((r) => [r.step, String(r.docs), (r.bytes / 1024).toFixed(0), (r.ms / r.docs).toFixed(2), (r.bytes / 1e6 / (r.ms / 1000)).toFixed(2)]),
    ),
  );
  const added = ((median(full) - median(bare)) / median(bare)) * 100;
  console.log(`model building adds ${added.toFixed(0)}% over bare parsing (same ${text.length} Markdown/text files; includes front matter, GFM, sentences and every extractor)\n`);
}

function spawnMs(args: string[]): number {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = elapsedMs(start);
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited ${child.status}: ${child.stderr.toString()}`);
  return ms;
}

function coldStart(runs: number): void {
  const cli = [BIN, 'parse', COLD_START_FILE];
  const bare = ['-e', '0'];
  spawnMs(cli); // fill the file-system cache once
  const cliMs: number[] = [];
  const bareMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    cliMs.push(spawnMs(cli));
    bareMs.push(spawnMs(bare));
  }
  const [c, b] = [median(cliMs), median(bareMs)];
  console.log(`(b) cold start, median of ${runs} runs each, alternating`);
  console.log(
    formatTable(
      ['command', 'median ms', 'min ms'],
      [
        ['node -e 0', b.toFixed(0), Math.min(...bareMs).toFixed(0)],
        [`node bin/privacylint.js parse ${COLD_START_FILE}`, c.toFixed(0), Math.min(...cliMs).toFixed(0)],
      ],
    ),
  );
  console.log(`privacylint parse takes ${(c / b).toFixed(2)}× a bare node start (${(c - b).toFixed(0)} ms more)`);
}

// Prints the child's peak memory on stderr as it exits, so one spawn gives both the time and the memory.
const PEAK_PROBE = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\npeak-rss '+process.resourceUsage().maxRSS+'\\n'))`;

interface Spawned {
  ms: number;
  peakMb: number;
  status: number | null;
  stdoutBytes: number;
}

/** Runs the CLI once on its own, with the peak-memory probe; stdout is counted, not kept. */
function spawnCli(args: string[]): Spawned {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', PEAK_PROBE, BIN, ...args], { cwd: ROOT, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = elapsedMs(start);
  const peak = /peak-rss (\d+)/u.exec(child.stderr.toString());
  if (child.status === 2 || child.status === null) throw new Error(`privacylint ${args.join(' ')} exited ${child.status}: ${child.stderr.toString().slice(0, 300)}`);
  return { ms, peakMb: peak ? Number(peak[1]) / 1024 : NaN, status: child.status, stdoutBytes: child.stdout.length };
}

const ONE_MB = 1 << 20;

function hostile(): void {
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-bench-'));
  const file = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  try {
    console.log('\n(c) hostile inputs (issue 9), `node bin/privacylint.js lint FILE`, one run each');
    const rows: string[][] = [];
    for (const p of QUADRATIC_INPUTS) {
      const small = spawnCli(['lint', file(`${p.name}-256k.${p.ext}`, p.build(ONE_MB / 4))]);
      const big = spawnCli(['lint', file(`${p.name}-1m.${p.ext}`, p.build(ONE_MB))]);
      const ratio = big.ms / small.ms;
      const ok = big.ms < 10_000 && ratio <= 6;
      rows.push([p.what, (small.ms / 1000).toFixed(2), (big.ms / 1000).toFixed(2), `${ratio.toFixed(1)}×`, big.peakMb.toFixed(0), ok ? 'ok' : 'NOT MET']);
    }
    console.log(formatTable(['input (item 7)', 's @256 KB', 's @1 MB', '4× input', 'MB @1 MB', 'aim'], rows));

    const structure: string[][] = [];
    for (const p of STRUCTURE_INPUTS) {
      const count = p.name.startsWith('nested') ? 4000 : 20_000;
      const text = p.build(count);
      const quarter = spawnCli(['lint', '-f', 'json', file(`${p.name}-q.${p.ext}`, p.build(count / 4))]);
      const full = spawnCli(['lint', '-f', 'json', file(`${p.name}.${p.ext}`, text)]);
      structure.push([p.what, (text.length / 1024).toFixed(0), (full.ms / 1000).toFixed(2), `${(full.ms / quarter.ms).toFixed(1)}×`, quarter.peakMb.toFixed(0), full.peakMb.toFixed(0)]);
    }
    console.log(`\n${formatTable(['structure (item 9)', 'KB', 's', '4× input', 'MB @¼', 'MB'], structure)}`);

    const policy = generatedPolicy(100_000);
    const parsed = spawnCli(['parse', file('policy-100k.md', policy)]);
    console.log(
      `\nparse of a generated ${(policy.length / 1024).toFixed(0)} KB policy (60 retention periods a sentence): ${(parsed.stdoutBytes / 1024).toFixed(0)} KB out, ` +
        `${(parsed.stdoutBytes / policy.length).toFixed(1)}× the input (aim ≤ 20×), peak ${parsed.peakMb.toFixed(0)} MB (aim ≤ 600), ${(parsed.ms / 1000).toFixed(2)} s`,
    );

    const sentences = (n: number, v: number): string => {
      const words = ['gegevens', 'bewaren', 'delen', 'partners', 'nieuwsbrief', 'klanten', 'facturen', 'cookies', 'analyse', 'beveiliging'];
      const one = (i: number) => `Wij ${words[i % 10]} de ${words[(i * 7) % 10]} van klant ${i} gedurende ${1 + ((i + v) % 9)} jaar voor doel ${i * 3 + v}.`;
      return `# Privacy\n\n${Array.from({ length: n / 10 }, (_, p) => Array.from({ length: 10 }, (_, j) => one(p * 10 + j)).join(' ')).join('\n\n')}\n`;
    };
    const diffRow = (n: number) => spawnCli(['diff', '--versions', file(`a-${n}.md`, sentences(n, 0)), file(`b-${n}.md`, sentences(n, 1))]);
    const [d500, d2000] = [diffRow(500), diffRow(2000)];
    console.log(`diff --versions, every sentence reworded: 500 sentences ${(d500.ms / 1000).toFixed(2)} s, 2 000 sentences ${(d2000.ms / 1000).toFixed(2)} s (${(d2000.ms / d500.ms).toFixed(1)}× for 4× the text)`);

    const unit = 'de bewerker, ';
    const text = unit.repeat(20_000);
    const findings = Array.from({ length: 20_000 }, (_, i) => ({
      ruleId: 'outdated/bewerker', severity: 'warning' as const, message: 'm', line: 1, column: 1, endLine: 1, endColumn: 1,
      fix: { range: [i * unit.length + 3, i * unit.length + 11] as [number, number], text: 'verwerker' },
    }));
    const start = process.hrtime.bigint();
    sink += applyFixes(text, findings).applied;
    console.log(`applyFixes with 20 000 fixes: ${elapsedMs(start).toFixed(1)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run `npm run bench`, which builds first');
  if (options.hostileOnly) {
    hostile();
    return;
  }
  if (!existsSync(options.corpus)) throw new Error(`no corpus at ${options.corpus} (give the folder as the first argument)`);
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run `npm run bench`, which builds first');
  const policies = await readCorpus(options.corpus);
  const kb = policies.reduce((sum, p) => sum + p.bytes, 0) / 1024;
  console.log(`privacylint bench: Node ${process.version}, ${process.platform}/${process.arch}`);
  console.log(`${policies.length} policies, ${kb.toFixed(0)} KB, from ${relative(process.cwd(), options.corpus) || '.'}\n`);
  await throughput(policies, options.iterations);
  coldStart(options.runs);
  hostile();
  if (sink < 0) console.log(sink);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

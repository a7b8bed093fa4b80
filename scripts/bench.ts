/**
 * `npm run bench` (builds first): how fast privacylint is, next to what it cannot be faster than.
 *
 *   (a) parse throughput on every policy in the dev corpus: bare remark-parse against our whole pipeline
 *       (buildDocument + extractModel) over the same Markdown and text files, warm, in one process;
 *   (b) cold start: `node bin/privacylint.js parse <seed>` against `node -e 0`, spawned alternately.
 *
 * Usage: node --import tsx scripts/bench.ts [corpus-dir] [--iterations N] [--runs N]
 * Numbers are medians; nothing here asserts a time (machines differ), it only reports.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

import type { PolicyInput } from '../src/io/read.js';

// The shipped bundle, not the TypeScript sources: tsx would rewrite regex literals with \p{…} into new RegExp()
// calls on every use, which is not what users run. `npm run bench` builds dist/ first.
const { readPolicy, buildDocument, extractModel } = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'privacylint.js');
const COLD_START_FILE = 'fixtures/cloudaware-privacybeleid.md';
const WARMUP_ITERATIONS = 3;

interface Options {
  corpus: string;
  iterations: number;
  runs: number;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { corpus: join(ROOT, '..', 'shared', 'corpus', 'dev'), iterations: 10, runs: 15 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--iterations' || arg === '--runs') {
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

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(options.corpus)) throw new Error(`no corpus at ${options.corpus} (give the folder as the first argument)`);
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run `npm run bench`, which builds first');
  const policies = await readCorpus(options.corpus);
  const kb = policies.reduce((sum, p) => sum + p.bytes, 0) / 1024;
  console.log(`privacylint bench: Node ${process.version}, ${process.platform}/${process.arch}`);
  console.log(`${policies.length} policies, ${kb.toFixed(0)} KB, from ${relative(process.cwd(), options.corpus) || '.'}\n`);
  await throughput(policies, options.iterations);
  coldStart(options.runs);
  if (sink < 0) console.log(sink);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

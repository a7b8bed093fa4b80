/**
 * `npm run bench` (builds first): how fast privacylint is, next to what it cannot be faster than. Every number is
 * a whole process (`node bin/privacylint.js …`, the shipped bundle), and the processes compared are run in
 * alternation in one run, so a busy spell of a shared machine hits both sides alike:
 *
 *   (a) cold start: `lint <one policy>` and `--version` against `node -e 0`;
 *   (b) throughput: `lint <folder> --jobs 1` and `--jobs N` (the default: os.availableParallelism(), at most one per 8 files) against a
 *       bare remark-parse of the same files (scripts/bench-parse.mjs), 300 policies made by replicating the dev
 *       corpus and fixtures/corpus/* into a temporary folder; the two reports are compared byte for byte; the CPU time
 *       of each (every thread); and a machine check, pure computation on 1 and N threads (scripts/bench-spin.mjs):
 *       on a machine other work keeps busy, N threads get less than N cores, and that bounds what --jobs N can gain;
 *   (c) size: one 1 MB and one 10 MB policy (made from the same policies);
 *   (d) peak memory (maximum resident set size, worker threads included) of the 300-policy runs;
 *   (e) hostile inputs (issue 9): each pathological input at 256 KB and 1 MB through `node bin/privacylint.js lint`
 *       (aim: under 10 s at 1 MB, 4× the input at most 6× the time), deep nesting, 20 000 headings, a 20 000-row
 *       table, `parse` of a 100 KB policy (output at most 20× the input, memory at most 600 MB), `diff --versions`
 *       of 2 000 changed sentences and applyFixes with 20 000 fixes;
 *   (f) the language server (`privacylint lsp --stdio`, spoken to over its pipes as an editor does): the time from
 *       textDocument/didOpen of a document with a Wbp reference to the textDocument/publishDiagnostics that holds
 *       its outdated/wbp finding, for the first document a fresh server sees and for later ones, and from an
 *       incremental didChange to the new diagnostics (the default 200 ms debounce included).
 *
 * Usage: node --import tsx scripts/bench.ts [--runs N] [--rounds N] [--files N] [--hostile | --no-hostile | --lsp]
 *   --hostile runs only (e); --no-hostile leaves it out; --lsp runs only (f).
 * Medians are reported; nothing here asserts a time (machines differ), it only reports.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { QUADRATIC_INPUTS, STRUCTURE_INPUTS, generatedPolicy } from './pathological.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'privacylint.js');
const PARSE = join(ROOT, 'scripts', 'bench-parse.mjs');
const RSS = join(ROOT, 'scripts', 'bench-rss.mjs');
const SPIN = join(ROOT, 'scripts', 'bench-spin.mjs');
const COLD_START_FILE = 'fixtures/cloudaware-privacybeleid.md';
const CORPORA = [join(ROOT, '..', 'shared', 'corpus', 'dev'), ...['dev', 'train', 'check'].map((s) => join(ROOT, 'fixtures', 'corpus', s))];
const POLICY_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.html', '.htm']);

interface Options {
  runs: number;
  rounds: number;
  files: number;
  /** Which parts: all, everything but the hostile inputs (e), only (e), or only the language server (f). */
  parts: 'all' | 'speed' | 'hostile' | 'lsp';
}

function parseArgs(argv: string[]): Options {
  const options: Options = { runs: 11, rounds: 3, files: 300, parts: 'all' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--hostile' || argv[i] === '--no-hostile' || argv[i] === '--lsp') {
      options.parts = argv[i] === '--hostile' ? 'hostile' : argv[i] === '--lsp' ? 'lsp' : 'speed';
      continue;
    }
    const key = argv[i].replace(/^--/u, '') as 'runs' | 'rounds' | 'files';
    const value = Number(argv[++i]);
    if (!['runs', 'rounds', 'files'].includes(key) || !Number.isInteger(value) || value < 1) {
      throw new Error(`usage: bench.ts [--runs N] [--rounds N] [--files N] [--hostile | --no-hostile | --lsp] (got ${argv[i - 1]})`);
    }
    options[key] = value;
  }
  return options;
}

const elapsedMs = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface Timed {
  ms: number;
  stdout: Buffer;
  /** Maximum resident set size in MB, when the run was wrapped to report it. */
  rssMb?: number;
  /** CPU time (user + system, every thread) in ms, when the run was wrapped to report it. */
  cpuMs?: number;
}

/** Runs `node …args` to the end; exit codes 0 and 1 (findings) are fine. */
function spawnTimed(args: string[], measureMemory = false, extraEnv: Record<string, string> = {}): Timed {
  const rssFile = measureMemory ? join(tmpdir(), `privacylint-bench-rss-${process.pid}`) : null;
  const full = rssFile ? ['--import', RSS, ...args] : args;
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, full, {
    cwd: ROOT,
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1', CI: '1', ...extraEnv, ...(rssFile ? { PRIVACYLINT_BENCH_RSS: rssFile } : {}) },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0 && child.status !== 1) throw new Error(`node ${args.join(' ')} exited ${child.status}: ${child.stderr.toString().slice(0, 500)}`);
  const timed: Timed = { ms, stdout: child.stdout };
  if (rssFile) {
    const [rss, cpu] = readFileSync(rssFile, 'utf8').split(' ').map(Number);
    timed.rssMb = rss / 1024;
    timed.cpuMs = cpu;
    rmSync(rssFile, { force: true });
  }
  return timed;
}

/** Runs each command `rounds` times, one after the other in turn, and returns every command's runs. */
function alternate(commands: { args: string[]; memory?: boolean; env?: Record<string, string> }[], rounds: number): Timed[][] {
  const out: Timed[][] = commands.map(() => []);
  for (let r = 0; r < rounds; r++) commands.forEach((c, i) => out[i].push(spawnTimed(c.args, c.memory, c.env)));
  return out;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('   ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Every policy of the corpora (gold files left out), in a stable order. */
function corpusFiles(): string[] {
  const files: string[] = [];
  for (const dir of CORPORA) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) if (POLICY_EXTENSIONS.has(extname(name)) && !name.startsWith('.')) files.push(join(dir, name));
  }
  if (files.length === 0) throw new Error(`no policies found in ${CORPORA.join(', ')}`);
  return files;
}

/** `count` policies in a fresh folder, the corpus repeated as often as needed. */
function replicate(files: string[], count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-bench-'));
  for (let i = 0; i < count; i++) {
    const from = files[i % files.length];
    copyFileSync(from, join(dir, `${String(i).padStart(4, '0')}-${from.split('/').pop()}`));
  }
  return dir;
}

/** One Markdown policy of about `bytes` bytes: the Markdown and text policies one after another. */
function bigPolicy(files: string[], bytes: number, path: string): void {
  const texts = files.filter((f) => /\.(md|txt)$/u.test(f)).map((f) => readFileSync(f, 'utf8'));
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = texts[i % texts.length].replace(/^---\n[\s\S]*?\n---\n/u, '');
    parts.push(text, '\n\n');
    size += Buffer.byteLength(text) + 2;
  }
  writeFileSync(path, parts.join(''));
}

const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
const ms = (values: Timed[]): number => median(values.map((t) => t.ms));

function coldStart(runs: number): void {
  // The first round is left out: it writes V8's code cache (Node 20, src/cli/code-cache.ts), which later runs
  // read; the row without the cache (PRIVACYLINT_CODE_CACHE=0) shows what a first run costs.
  const [lint, version, bare, uncached] = alternate(
    [{ args: [BIN, 'lint', COLD_START_FILE] }, { args: [BIN, '--version'] }, { args: ['-e', '0'] }, { args: [BIN, 'lint', COLD_START_FILE], env: { PRIVACYLINT_CODE_CACHE: '0' } }],
    runs + 1,
  ).map((r) => r.slice(1));
  console.log(`(a) cold start, median of ${runs} runs each, alternating`);
  console.log(
    table(
      ['command', 'median ms', 'min ms', 'vs node -e 0'],
      [
        ['node -e 0', ms(bare).toFixed(0), Math.min(...bare.map((t) => t.ms)).toFixed(0), '1.00×'],
        [`privacylint lint ${COLD_START_FILE}`, ms(lint).toFixed(0), Math.min(...lint.map((t) => t.ms)).toFixed(0), ratio(ms(lint), ms(bare))],
        [`privacylint lint ${COLD_START_FILE}, no code cache`, ms(uncached).toFixed(0), Math.min(...uncached.map((t) => t.ms)).toFixed(0), ratio(ms(uncached), ms(bare))],
        ['privacylint --version', ms(version).toFixed(0), Math.min(...version.map((t) => t.ms)).toFixed(0), ratio(ms(version), ms(bare))],
      ],
    ),
  );
  console.log('');
}

function throughput(dir: string, count: number, rounds: number): void {
  // The CLI's default (src/cli/pool.ts defaultJobs): one worker per 8 files, at most one per thread.
  const jobs = Math.max(1, Math.min(availableParallelism(), Math.ceil(count / 8)));
  const [parse, one, many] = alternate(
    [
      { args: [PARSE, dir] },
      { args: [BIN, 'lint', dir, '--format', 'json', '--jobs', '1'], memory: true },
      { args: [BIN, 'lint', dir, '--format', 'json'], memory: true },
    ],
    rounds,
  );
  const identical = one.every((r) => r.stdout.equals(one[0].stdout)) && many.every((r) => r.stdout.equals(one[0].stdout));
  const peak = (runs: Timed[]): string => `${Math.max(...runs.map((t) => t.rssMb ?? 0)).toFixed(0)} MB`;
  const cpu = (runs: Timed[]): string => (median(runs.map((t) => t.cpuMs ?? NaN)) / 1000).toFixed(2);
  console.log(`(b) ${count} policies, median of ${rounds} rounds, alternating; (d) peak memory (max RSS, worker threads included)`);
  console.log(
    table(
      ['command', 'median s', 'vs remark-parse', 'CPU s (all threads)', 'peak memory'],
      [
        ['bare remark-parse of the same files (one process)', (ms(parse) / 1000).toFixed(2), '1.00×', '–', '–'],
        ['privacylint lint --format json --jobs 1', (ms(one) / 1000).toFixed(2), ratio(ms(one), ms(parse)), cpu(one), peak(one)],
        [`privacylint lint --format json (default --jobs ${jobs})`, (ms(many) / 1000).toFixed(2), ratio(ms(many), ms(parse)), cpu(many), peak(many)],
      ],
    ),
  );
  console.log(`--jobs ${jobs} is ${(ms(one) / ms(many)).toFixed(2)}× as fast as --jobs 1; reports byte-identical: ${identical ? 'yes' : 'NO'}`);
  if (jobs > 1) {
    // The ceiling: the same amount of pure computation on 1 and on `jobs` threads, in turn, as the lint runs were.
    const [single, split] = alternate([{ args: [SPIN, '1'] }, { args: [SPIN, String(jobs)] }], rounds);
    console.log(
      `machine check: pure computation on ${jobs} threads ran ${(ms(single) / ms(split)).toFixed(2)}× as fast as on 1 ` +
        `(the most --jobs ${jobs} can gain here now; load average ${loadavg()[0].toFixed(1)})`,
    );
  }
  console.log('');
  if (!identical) process.exitCode = 1;
}

function size(files: string[], rounds: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-bench-size-'));
  try {
    const small = join(dir, 'one-mb.md');
    const large = join(dir, 'ten-mb.md');
    bigPolicy(files, 1_000_000, small);
    bigPolicy(files, 10_000_000, large);
    const [a, b] = alternate(
      [{ args: [BIN, 'lint', small, '--format', 'json', '--max-size', '20MB'] }, { args: [BIN, 'lint', large, '--format', 'json', '--max-size', '20MB'] }],
      rounds,
    );
    console.log(`(c) one policy of 1 MB and one of 10 MB, median of ${rounds} rounds, alternating`);
    console.log(table(['file', 'median s'], [['1 MB', (ms(a) / 1000).toFixed(2)], ['10 MB', (ms(b) / 1000).toFixed(2)]]));
    console.log(`10 MB takes ${ratio(ms(b), ms(a))} the time of 1 MB\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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

async function hostile(): Promise<void> {
  const { applyFixes } = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-bench-'));
  const file = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  try {
    console.log('(e) hostile inputs (issue 9), `node bin/privacylint.js lint FILE`, one run each');
    const rows: string[][] = [];
    for (const p of QUADRATIC_INPUTS) {
      const small = spawnCli(['lint', file(`${p.name}-256k.${p.ext}`, p.build(ONE_MB / 4))]);
      const big = spawnCli(['lint', file(`${p.name}-1m.${p.ext}`, p.build(ONE_MB))]);
      const ratio = big.ms / small.ms;
      const ok = big.ms < 10_000 && ratio <= 6;
      rows.push([p.what, (small.ms / 1000).toFixed(2), (big.ms / 1000).toFixed(2), `${ratio.toFixed(1)}×`, big.peakMb.toFixed(0), ok ? 'ok' : 'NOT MET']);
    }
    console.log(table(['input (item 7)', 's @256 KB', 's @1 MB', '4× input', 'MB @1 MB', 'aim'], rows));

    const structure: string[][] = [];
    for (const p of STRUCTURE_INPUTS) {
      const count = p.name.startsWith('nested') ? 4000 : 20_000;
      const text = p.build(count);
      const quarter = spawnCli(['lint', '-f', 'json', file(`${p.name}-q.${p.ext}`, p.build(count / 4))]);
      const full = spawnCli(['lint', '-f', 'json', file(`${p.name}.${p.ext}`, text)]);
      structure.push([p.what, (text.length / 1024).toFixed(0), (full.ms / 1000).toFixed(2), `${(full.ms / quarter.ms).toFixed(1)}×`, quarter.peakMb.toFixed(0), full.peakMb.toFixed(0)]);
    }
    console.log(`\n${table(['structure (item 9)', 'KB', 's', '4× input', 'MB @¼', 'MB'], structure)}`);

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
    const applied = applyFixes(text, findings).applied;
    console.log(`applyFixes with 20 000 fixes (${applied} applied): ${elapsedMs(start).toFixed(1)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The Wbp sentence every (f) document holds, and where: line 2 (0-based) of the short document. */
const WBP = 'Wij verwerken uw gegevens volgens de Wet bescherming persoonsgegevens.';
const SHORT_POLICY = `# Privacyverklaring\n\n${WBP}\n\nWij hebben een bewerkersovereenkomst met onze hostingpartij.\n`;

interface Diagnostics {
  uri: string;
  version?: number;
  diagnostics: { code?: string | number }[];
}

/** One `privacylint lsp --stdio` process, initialized on `root`, with a wait for the diagnostics of a document version. */
async function startLsp(root: string) {
  const spawned = process.hrtime.bigint();
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map<string, (at: bigint, params: Diagnostics) => void>();
  connection.onNotification('textDocument/publishDiagnostics', (params: Diagnostics) => {
    const at = process.hrtime.bigint();
    const key = `${params.uri}#${params.version}`;
    waiting.get(key)?.(at, params);
    waiting.delete(key);
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const uri = pathToFileURL(root).href;
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'bench' }], capabilities: {} });
  const startMs = elapsedMs(spawned);
  await connection.sendNotification('initialized', {});
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    /** From spawning the process to the answer to initialize. */
    startMs,
    /** Sends `notify` and resolves with the ms until the diagnostics of `uri` at `version` arrive; they must hold the Wbp finding. */
    async timed(uri: string, version: number, notify: () => Promise<void>, expectWbp: boolean): Promise<number> {
      let start = 0n;
      const arrived = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within 60 s`)), 60_000);
        waiting.set(`${uri}#${version}`, (at, params) => {
          clearTimeout(timer);
          const wbp = params.diagnostics.some((d) => d.code === 'outdated/wbp');
          if (wbp !== expectWbp) reject(new Error(`${uri} v${version}: outdated/wbp ${wbp ? 'reported' : 'missing'}`));
          else resolve(Number(at - start) / 1e6);
        });
      });
      start = process.hrtime.bigint();
      await notify();
      return arrived;
    },
    open: (uri: string, text: string) => connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } }),
    change: (uri: string, version: number, line: number, from: number, to: number, text: string) =>
      connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: from }, end: { line, character: to } }, text }],
      }),
    async stop(): Promise<void> {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await exited;
      connection.dispose();
    },
  };
}

async function lspLatency(runs: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-bench-lsp-'));
  // A repository root of its own, so no config above the temporary folder applies.
  writeFileSync(join(dir, '.git'), '');
  const full = `${readFileSync(join(ROOT, COLD_START_FILE), 'utf8').trimEnd()}\n\n${WBP}\n`;
  const fullLine = full.split('\n').length - 2;
  const at = WBP.indexOf('Wet bescherming');
  const servers = Math.max(3, Math.ceil(runs / 3));
  const starts: number[] = [];
  const first: number[] = [];
  const shortOpen: number[] = [];
  const fullOpen: number[] = [];
  const removed: number[] = [];
  try {
    for (let s = 0; s < servers; s++) {
      const server = await startLsp(dir);
      starts.push(server.startMs);
      const uri = (name: string): string => pathToFileURL(join(dir, `privacy-${s}-${name}.md`)).href;
      first.push(await server.timed(uri('first'), 1, () => server.open(uri('first'), SHORT_POLICY), true));
      for (let r = 0; r < runs; r++) {
        shortOpen.push(await server.timed(uri(`short-${r}`), 1, () => server.open(uri(`short-${r}`), SHORT_POLICY), true));
        fullOpen.push(await server.timed(uri(`full-${r}`), 1, () => server.open(uri(`full-${r}`), full), true));
        // Removing the Wbp reference: the diagnostics without it, after the debounce.
        removed.push(await server.timed(uri(`full-${r}`), 2, () => server.change(uri(`full-${r}`), 2, fullLine, at, at + 32, 'AVG'), false));
      }
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const row = (what: string, values: number[]): string[] => [what, String(values.length), median(values).toFixed(0), Math.min(...values).toFixed(0), Math.max(...values).toFixed(0)];
  console.log(`(f) language server, \`privacylint lsp --stdio\` over its pipes (${servers} fresh servers, ${runs} documents each)`);
  console.log(
    table(
      ['didOpen / didChange -> publishDiagnostics', 'n', 'median ms', 'min ms', 'max ms'],
      [
        row('(server start: spawn to the initialize result)', starts),
        row('first document of a fresh server (5 lines, Wbp)', first),
        row('later document, 5 lines with a Wbp reference', shortOpen),
        row(`later document, ${COLD_START_FILE} + a Wbp sentence`, fullOpen),
        row('incremental change removing the Wbp reference (200 ms debounce included)', removed),
      ],
    ),
  );
  console.log('');
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run `npm run bench`, which builds first');
  if (options.parts === 'hostile') {
    await hostile();
    return;
  }
  if (options.parts === 'lsp') {
    await lspLatency(options.runs);
    return;
  }
  const files = corpusFiles();
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`privacylint bench: Node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} threads (${cpu})`);
  console.log('Whole processes, the compared commands run in turn within each round.\n');
  coldStart(options.runs);
  const dir = replicate(files, options.files);
  try {
    throughput(dir, options.files, options.rounds);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  size(files, options.rounds);
  await lspLatency(options.runs);
  if (options.parts === 'all') await hostile();
}

try {
  await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

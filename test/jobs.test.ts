/**
 * Folder runs on worker threads (`lint --jobs N`), the streamed formats and the fast paths of bin/: run as a user
 * runs them (`node bin/privacylint.js …`, piped streams). `npm test` builds first; run alone, this file builds
 * dist/ when it is missing. No timings here: those are `npm run bench`.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';

import { parsePolicyText } from '../src/index.js';
import { resolveConfig } from '../src/rules/config.js';
import { lintPolicy } from '../src/rules/engine.js';
import { buildReport } from '../src/lint.js';
import { formatJson, LINT_JSONL_LINE_SCHEMA } from '../src/report/json.js';
import { formatJsonlLine, JsonReportWriter } from '../src/report/json-stream.js';
import { MANY_FILES, Progress } from '../src/cli/progress.js';
import { ROOT, SEED_MD, SEED_TXT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'privacylint.js');
const FORMATS = ['stylish', 'json', 'jsonl', 'sarif', 'github', 'markdown'] as const;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS', 'PRIVACYLINT_DEBUG', 'CI']) if (!(key in extra)) delete env[key];
  return env;
}

function runCli(args: string[], cwd = ROOT, input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: cleanEnv(), stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    if (input !== undefined) child.stdin!.end(input);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** What the full CLI (dist/cli.js's run) prints for `args`, bypassing bin/'s fast path. */
function runFull(args: string[]): Run {
  const script = `const { run } = await import(${JSON.stringify(join(ROOT, 'dist', 'cli.js'))}); process.exitCode = await run(${JSON.stringify(args)});`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env: cleanEnv(), encoding: 'utf8' });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

let dir: string;
const corpusDir = (): string => join(ROOT, 'fixtures', 'corpus', 'check');

before(() => {
  if (!existsSync(join(ROOT, 'dist', 'lint-worker.js')) || !existsSync(join(ROOT, 'dist', 'help.txt'))) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, `build failed: ${build.stderr}`);
  }
  // A folder of Dutch, English, German and French policies in Markdown, text and HTML, with a file that cannot
  // be read (empty) and one that reads with a warning (unclosed front matter is an error; a UTF-16 file is not):
  // the report, the error line and the order must all come out the same on any number of threads.
  dir = mkdtempSync(join(tmpdir(), 'privacylint-jobs-'));
  const corpus = join(ROOT, 'fixtures', 'corpus', 'check');
  const picks = [
    [SEED_MD, 'a-seed.md'],
    [SEED_TXT, 'b-seed.txt'],
    [join(ROOT, 'fixtures', 'formats', 'cloudaware.html'), 'c-cloudaware.html'],
    [join(ROOT, 'fixtures', 'formats', 'empty.md'), 'd-empty.md'],
    [join(corpus, 'de-at-gusenbauer.md'), 'e-de.md'],
    [join(ROOT, 'fixtures', 'formats', 'cloudbilling-utf16le.txt'), 'f-utf16.txt'],
    [join(corpus, 'de-aldi-sued-2017.txt'), 'g-de.txt'],
  ];
  for (const [from, to] of picks) copyFileSync(from, join(dir, to));
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('lint --jobs', () => {
  for (const format of FORMATS) {
    it(`--jobs 2 writes the same ${format} report, errors and exit code as --jobs 1`, async () => {
      const [one, two] = await Promise.all([runCli(['lint', dir, '--format', format, '--jobs', '1']), runCli(['lint', dir, '--format', format, '--jobs', '2'])]);
      // The empty file is an input error: reported on one line, the run goes on and exits 2.
      assert.equal(one.code, 2);
      assert.equal(one.stderr, `privacylint: ${join(dir, 'd-empty.md')}: the file is empty\n`);
      assert.ok(one.stdout.length > 0);
      assert.deepEqual(two, one);
    });
  }

  it('--jobs N lints on this thread and N - 1 worker threads, the report the same as --jobs 1', async () => {
    // A preload counts the workers the CLI starts (it replaces worker_threads.Worker before the bundle loads).
    const preload = join(dir, '..', `privacylint-count-workers-${process.pid}.mjs`);
    writeFileSync(
      preload,
      [
        "import module, { createRequire } from 'node:module';",
        "import { writeSync } from 'node:fs';",
        "const threads = createRequire(import.meta.url)('node:worker_threads');",
        'let started = 0;',
        'const Base = threads.Worker;',
        'threads.Worker = class extends Base { constructor(...args) { super(...args); started++; } };',
        'module.syncBuiltinESMExports();',
        "process.on('exit', () => { if (threads.isMainThread) writeSync(2, `workers: ${started}\\n`); });",
      ].join('\n'),
    );
    try {
      const lint = (jobs: string): Run => {
        const child = spawnSync(process.execPath, ['--import', preload, BIN, 'lint', dir, '--format', 'json', '--jobs', jobs], { cwd: ROOT, env: cleanEnv(), encoding: 'utf8' });
        return { code: child.status, stdout: child.stdout, stderr: child.stderr };
      };
      const [one, two, three] = ['1', '2', '3'].map(lint);
      assert.match(one.stderr, /^workers: 0$/mu);
      assert.match(two.stderr, /^workers: 1$/mu);
      assert.match(three.stderr, /^workers: 2$/mu);
      assert.equal(two.stdout, one.stdout);
      assert.equal(three.stdout, one.stdout);
      assert.equal(two.code, one.code);
    } finally {
      rmSync(preload, { force: true });
    }
  });

  it('the report lists the files in path order whatever thread finished first, the unreadable one as a fatal finding', async () => {
    const run = await runCli(['lint', dir, '--format', 'json', '--jobs', '2']);
    const files = (JSON.parse(run.stdout) as { files: { path: string; findings: { ruleId: string }[] }[] }).files;
    assert.deepEqual(
      files.map((f) => f.path),
      ['a-seed.md', 'b-seed.txt', 'c-cloudaware.html', 'd-empty.md', 'e-de.md', 'f-utf16.txt', 'g-de.txt'].map((n) => join(dir, n)),
    );
    assert.deepEqual(files[3].findings.map((f) => f.ruleId), ['privacylint/fatal']);
    assert.equal(run.code, 2);
  });

  it('--report files: every one written, the same bytes with --jobs 2 as with --jobs 1', async () => {
    const out = mkdtempSync(join(tmpdir(), 'privacylint-jobs-reports-'));
    try {
      const reports = (n: number) => ['sarif', 'markdown', 'jsonl', 'github', 'stylish'].flatMap((f) => ['--report', `${f}=${join(out, String(n), `r.${f}`)}`]);
      const one = await runCli(['lint', dir, '--format', 'json', '--jobs', '1', ...reports(1)]);
      const two = await runCli(['lint', dir, '--format', 'json', '--jobs', '2', ...reports(2)]);
      assert.equal(one.code, 2);
      assert.deepEqual(two, one);
      const names = readdirSync(join(out, '1')).sort();
      assert.deepEqual(names, ['r.github', 'r.jsonl', 'r.markdown', 'r.sarif', 'r.stylish']);
      for (const name of names) assert.equal(readFileSync(join(out, '2', name), 'utf8'), readFileSync(join(out, '1', name), 'utf8'), name);
      // Each file's JSON and JSON Lines texts are made where it is linted: the two reports still hold the same objects.
      const lines = readFileSync(join(out, '1', 'r.jsonl'), 'utf8').trimEnd().split('\n');
      assert.deepEqual(lines.map((line) => JSON.parse(line) as unknown), (JSON.parse(one.stdout) as { files: unknown[] }).files);
      // The SARIF report describes the rules and lists the unreadable file's fatal finding.
      const sarif = JSON.parse(readFileSync(join(out, '1', 'r.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[]; tool: { driver: { rules: unknown[] } } }[] };
      assert.ok(sarif.runs[0].tool.driver.rules.length > 10);
      assert.ok(sarif.runs[0].results.some((r) => r.ruleId === 'privacylint/fatal'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('URLs and standard input among files: read on the main thread, the report the same as --jobs 1', async () => {
    const page = readFileSync(join(ROOT, 'fixtures', 'formats', 'cloudaware.html'));
    const server = createServer((req, res) => {
      if (req.url === '/privacy') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      const stdin = readFileSync(SEED_MD, 'utf8');
      const args = (n: number) => ['lint', join(dir, 'a-seed.md'), `${base}/privacy`, '-', join(dir, 'd-empty.md'), `${base}/gone`, join(dir, 'e-de.md'), '--stdin-filename', 'docs/privacy.md', '--format', 'json', '--jobs', String(n)];
      const one = await runCli(args(1), ROOT, stdin);
      const two = await runCli(args(2), ROOT, stdin);
      assert.deepEqual(two, one);
      assert.equal(one.code, 2);
      const files = (JSON.parse(one.stdout) as { files: { path: string; findings: { ruleId: string }[] }[] }).files;
      // Standard input first, then the files and the URLs, each in order (as expandPaths sorts them).
      assert.deepEqual(
        files.map((f) => f.path),
        ['docs/privacy.md', join(dir, 'a-seed.md'), join(dir, 'd-empty.md'), join(dir, 'e-de.md'), `${base}/gone`, `${base}/privacy`],
      );
      assert.deepEqual(
        files.map((f) => f.findings.some((x) => x.ruleId === 'privacylint/fatal')),
        [false, false, true, false, true, false],
      );
    } finally {
      server.close();
    }
  });

  it('bare privacylint: the policy-like files of the folder, .privacylintignore nearest first, the same on 2 threads', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'privacylint-jobs-bare-'));
    try {
      mkdirSync(join(repo, '.git'));
      mkdirSync(join(repo, 'legal'));
      copyFileSync(SEED_MD, join(repo, 'privacy.md'));
      copyFileSync(SEED_MD, join(repo, 'README.md'));
      copyFileSync(SEED_TXT, join(repo, 'legal', 'privacy-old.txt'));
      copyFileSync(join(corpusDir(), 'de-at-gusenbauer.md'), join(repo, 'legal', 'datenschutz.md'));
      writeFileSync(join(repo, '.privacylintignore'), 'legal/*\n');
      writeFileSync(join(repo, 'legal', '.privacylintignore'), '!datenschutz.md\n');
      const one = await runCli(['--format', 'json', '--jobs', '1'], repo);
      const two = await runCli(['--format', 'json', '--jobs', '2'], repo);
      assert.deepEqual(two, one);
      const paths = (JSON.parse(one.stdout) as { files: { path: string }[] }).files.map((f) => f.path).sort();
      assert.deepEqual(paths, ['legal/datenschutz.md', 'privacy.md']);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('--jobs must be a whole number of 1 or more', async () => {
    for (const bad of ['0', '-1', '1.5', 'many']) {
      const run = await runCli(['lint', SEED_MD, '--jobs', bad]);
      assert.deepEqual(run, { code: 2, stdout: '', stderr: `privacylint: --jobs '${bad}': give a whole number of 1 or more\n` });
    }
  });
});

describe('--format jsonl', () => {
  it('one line per linted file, each the file object of --format json, parsed back and valid against the schema', async () => {
    const [jsonl, json] = await Promise.all([runCli(['lint', dir, '--format', 'jsonl']), runCli(['lint', dir, '--format', 'json'])]);
    assert.equal(jsonl.code, 2);
    assert.ok(jsonl.stdout.endsWith('\n'));
    const lines = jsonl.stdout.slice(0, -1).split('\n');
    assert.equal(lines.length, 7); // d-empty.md too: its privacylint/fatal finding
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(parsed, (JSON.parse(json.stdout) as { files: unknown[] }).files);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajvFormats.default(ajv);
    const validate = ajv.compile(LINT_JSONL_LINE_SCHEMA);
    for (const line of parsed) assert.ok(validate(line), JSON.stringify(validate.errors, null, 1));
    assert.deepEqual(Object.keys(parsed[0]), ['path', 'language', 'model', 'requirements', 'findings']);
    assert.equal(parsed[5].language, 'nl'); // the UTF-16 file, decoded
    assert.equal(validate({ ...parsed[0], summary: {} }), false);
  });

  it('-o writes the same lines to a file', async () => {
    const out = join(dir, 'out.jsonl.log');
    const [toFile, toStdout] = await Promise.all([runCli(['lint', SEED_MD, SEED_TXT, '--format', 'jsonl', '-o', out]), runCli(['lint', SEED_MD, SEED_TXT, '--format', 'jsonl'])]);
    assert.equal(toFile.stdout, '');
    assert.equal(readFileSync(out, 'utf8'), toStdout.stdout);
    assert.equal(toStdout.stdout.split('\n').length, 3);
  });
});

describe('the JSON report in pieces', () => {
  it('JsonReportWriter writes formatJson byte for byte; formatJsonlLine one compact line', async () => {
    const config = resolveConfig(null);
    const texts = [
      '# Privacyverklaring\n\nVoorbeeld B.V. sluit met elke partij een bewerkersovereenkomst.\n\nU hebt recht op inzage.\n',
      '# Privacy policy\n\nWe keep your e-mail address for "two years" and you may ask us to erase it.\n',
    ];
    const files = [];
    for (const [i, text] of texts.entries()) files.push(lintPolicy(await parsePolicyText(text, { path: `p${i}.md`, format: 'markdown' }), config));
    for (const list of [files, files.slice(0, 1)]) {
      const report = buildReport(list);
      const writer = new JsonReportWriter();
      const pieces = list.map((f) => writer.file(f));
      assert.equal(pieces.join('') + writer.end(report.summary), formatJson(report));
    }
    assert.equal(new JsonReportWriter().end({ files: 0, errors: 0, warnings: 0, infos: 0 }), formatJson(buildReport([])));
    const line = formatJsonlLine(files[1]);
    assert.equal(line.indexOf('\n'), line.length - 1);
    assert.deepEqual(JSON.parse(line), (JSON.parse(formatJson(buildReport(files))) as { files: unknown[] }).files[1]);
  });
});

/** A stream that records what is written, posing as a terminal or not. */
function recorder(isTTY: boolean): Writable & { text: string; isTTY: boolean } {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      stream.text += chunk.toString('utf8');
      done();
    },
  }) as Writable & { text: string; isTTY: boolean };
  stream.text = '';
  stream.isTTY = isTTY;
  return stream;
}

async function flushed(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}

describe('progress bar', () => {
  const total = MANY_FILES + 10;
  const tickAll = (progress: Progress): void => {
    for (let i = 0; i < total; i++) progress.tick();
    progress.clear();
  };

  it('drawn on a terminal for a run of more than 50 files, and cleared at the end', async () => {
    const stream = recorder(true);
    let now = 0;
    const progress = new Progress({ total, stream, env: {}, now: () => (now += 150) });
    tickAll(progress);
    await flushed();
    assert.match(stream.text, /^\rprivacylint \[-{24}\] 1\/60 files 0:00\u001b\[K\rprivacylint \[#-{23}\] 2\/60 files 0:00\u001b\[K/u);
    assert.match(stream.text, /\rprivacylint \[#{24}\] 60\/60 files 0:09\u001b\[K\r\u001b\[K$/u);
  });

  it('nothing when standard error is not a terminal, with --quiet, or with CI set', async () => {
    const cases: [boolean, boolean, NodeJS.ProcessEnv][] = [
      [false, false, {}],
      [true, true, {}],
      [true, false, { CI: 'true' }],
      [true, false, { CI: '1' }],
      [true, false, { TERM: 'dumb' }],
    ];
    for (const [isTTY, quiet, env] of cases) {
      const stream = recorder(isTTY);
      let now = 0;
      tickAll(new Progress({ total, stream, quiet, env, now: () => (now += 150) }));
      await flushed();
      assert.equal(stream.text, '', JSON.stringify({ isTTY, quiet, env }));
    }
  });

  it('a short run shows it only once it has taken 2 seconds', async () => {
    const stream = recorder(true);
    let now = 0;
    const progress = new Progress({ total: 10, stream, env: {}, now: () => now });
    for (let i = 0; i < 5; i++) {
      now += 300;
      progress.tick();
    }
    await flushed();
    assert.equal(stream.text, '');
    now += 600;
    progress.tick();
    await flushed();
    assert.match(stream.text, /^\rprivacylint \[#{14}-{10}\] 6\/10 files 0:02\u001b\[K$/u);
  });

  it('the CLI prints none on a pipe, for a run of more than 50 files', async () => {
    const many = mkdtempSync(join(tmpdir(), 'privacylint-many-'));
    try {
      for (let i = 0; i < MANY_FILES + 1; i++) {
        writeFileSync(join(many, `p${String(i).padStart(2, '0')}.md`), `# Privacy policy ${i}\n\nWe process your e-mail address with your consent.\n`);
      }
      const run = await runCli(['lint', many, '--format', 'github', '--jobs', '2']);
      assert.equal(run.code, 1);
      assert.equal(run.stderr, '');
      assert.doesNotMatch(run.stdout, /\r|\u001b/u);
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  });
});

describe('bin/ answers --version and --help without the engine', () => {
  it('prints exactly what the full CLI prints', async () => {
    for (const args of [['--version'], ['-v'], ['--help'], ['-h']]) {
      const quick = await runCli(args);
      assert.deepEqual(quick, runFull(args), args.join(' '));
      assert.equal(quick.code, 0);
    }
  });

  it('the help saved by the build is the help of this build', () => {
    assert.equal(readFileSync(join(ROOT, 'dist', 'help.txt'), 'utf8'), runFull(['--help']).stdout);
    assert.match(runFull(['lint', '--help']).stdout, /-j, --jobs <n>/u);
  });
});

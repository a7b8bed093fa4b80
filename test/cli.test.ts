/**
 * The built CLI as a user runs it: `node bin/privacylint.js …` in a child process, with piped streams.
 * `npm test` builds first; run alone, this file builds dist/ when it is missing.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';

import { ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'privacylint.js');
const SEED_MD = 'fixtures/cloudaware-privacybeleid.md';
const SEED_TXT = 'fixtures/cloudbilling-privacy-policy.txt';
const HTML = 'fixtures/formats/cloudaware.html';
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const BINARY_HINT = 'privacylint reads Markdown, HTML and plain text';
const GERMAN =
  '# Datenschutzerklärung\n\nWir verarbeiten Ihre personenbezogenen Daten nur, wenn Sie uns dazu Ihre Einwilligung gegeben haben. ' +
  'Sie können der Verarbeitung jederzeit widersprechen. Schreiben Sie uns an datenschutz@example.de.\n';
const ITALIAN =
  '# Informativa sulla privacy\n\nTrattiamo i tuoi dati personali solo con il tuo consenso. Puoi opporti al trattamento dei dati ' +
  'in qualsiasi momento. Per qualsiasi domanda scrivi a privacy@esempio.it.\n';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a user's shell, minus anything that would force or forbid colour. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS', 'PRIVACYLINT_DEBUG']) delete env[key];
  return env;
}

/** Runs the CLI from the project folder with piped streams; `input` goes to standard input (else it is closed). */
function runCli(args: string[], input?: string | Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const run = { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
      // Piped output is plain: no colour or other escape sequences, ever.
      assert.doesNotMatch(run.stdout, /\x1b/u, `escape codes on stdout of ${args.join(' ')}`);
      assert.doesNotMatch(run.stderr, /\x1b/u, `escape codes on stderr of ${args.join(' ')}`);
      resolve(run);
    });
    child.stdin.on('error', () => {}); // the CLI may exit before reading everything
    child.stdin.end(input);
  });
}

/** A usage or input error: exit 2, nothing on stdout, exactly this one line on stderr. */
async function failsWith(args: string[], line: string, input?: string | Buffer): Promise<void> {
  const run = await runCli(args, input);
  assert.deepEqual(run, { code: 2, stdout: '', stderr: `privacylint: ${line}\n` });
}

before(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, `build failed: ${build.stderr}`);
  }
});

describe('bad input: exit 2, one line on stderr, nothing on stdout', { concurrency: true }, () => {
  it('missing file', () => failsWith(['parse', 'fixtures/nope.md'], 'fixtures/nope.md: no such file'));
  it('a directory', () =>
    failsWith(['parse', 'fixtures'], 'fixtures: is a directory, not a file (give the path of a policy file)'));
  it('empty file', () => failsWith(['parse', 'fixtures/formats/empty.md'], 'fixtures/formats/empty.md: the file is empty'));
  it('white space only', () =>
    failsWith(['parse', 'fixtures/formats/whitespace.txt'], 'fixtures/formats/whitespace.txt: the file is empty'));
  it('binary file', () =>
    failsWith(['parse', 'fixtures/formats/binary.pdf'], `fixtures/formats/binary.pdf: looks like a binary file, not text (${BINARY_HINT})`));
  it('over --max-size', async () => {
    await failsWith(['parse', SEED_MD, '--max-size', '1k'], `${SEED_MD}: 5.8 KB is over the 1 KB limit (raise it with --max-size)`);
    await failsWith(['parse', SEED_MD, '--max-size', '5977'], `${SEED_MD}: 5978 bytes is over the 5977-byte limit (raise it with --max-size)`);
  });
  it('bad --max-size values', async () => {
    const hint = 'is not a size (give bytes or a number with k, MB or GB, e.g. 512k, 10MB, 2 MiB)';
    await failsWith(['parse', SEED_MD, '--max-size', '10XB'], `--max-size: '10XB' ${hint}`);
    await failsWith(['parse', SEED_MD, '--max-size', '-1'], `--max-size: '-1' ${hint}`);
    await failsWith(['parse', SEED_MD, '--max-size', '0'], "--max-size: '0' is less than one byte");
    await failsWith(['parse', SEED_MD, '--max-size'], "option '--max-size <size>' argument missing");
  });
  it('broken YAML front matter names the line', () =>
    failsWith(['parse', 'fixtures/formats/broken-yaml.md'], 'fixtures/formats/broken-yaml.md:4: broken YAML front matter: Nested mappings are not allowed in compact mappings'));
  it('broken TOML front matter names the line', () =>
    failsWith(['parse', 'fixtures/formats/broken-toml.md'], 'fixtures/formats/broken-toml.md:4: broken TOML front matter: each key-value declaration must be followed by an end-of-line'));
  it('unclosed front matter', () =>
    failsWith(['parse', 'fixtures/formats/unclosed-front-matter.md'], "fixtures/formats/unclosed-front-matter.md:1: broken YAML front matter: the '---' fence on line 1 is never closed"));
  it('unknown --format', () =>
    failsWith(['parse', SEED_MD, '--format', 'xml'], "option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are json, yaml."));
  it('unknown --language', () =>
    failsWith(['parse', SEED_MD, '--language', 'xx'], "option '-l, --language <language>' argument 'xx' is invalid. Allowed choices are nl, en, de, fr, it, es, pt, da, sv, pl."));
  it('unknown --input-format', () =>
    failsWith(['parse', SEED_MD, '--input-format', 'pdf'], "option '--input-format <format>' argument 'pdf' is invalid. Allowed choices are markdown, text, html."));
  it('unknown option of the command', () => failsWith(['parse', SEED_MD, '--bogus'], "unknown option '--bogus'"));
  it('unknown option of the program', () => failsWith(['--bogus'], "unknown option '--bogus'"));
  // lint is the default command, so an unknown word is taken for a path to lint.
  it('a word that is neither a command nor a file', () => failsWith(['frobnicate'], 'frobnicate: no such file or folder'));
  it('parse without a file', () => failsWith(['parse'], "missing required argument 'file'"));
  it('parse with two files', () =>
    failsWith(['parse', SEED_MD, SEED_TXT], "too many arguments for 'parse'. Expected 1 argument but got 2."));
  it('empty standard input', () => failsWith(['parse', '-'], '-: standard input is empty', ''));
  it('binary standard input', () =>
    failsWith(['parse', '-'], `-: standard input looks like binary data, not text (${BINARY_HINT})`, readFileSync(join(ROOT, 'fixtures/formats/binary.pdf'))));
  it('standard input over --max-size', () =>
    failsWith(['parse', '-', '--max-size', '1k'], '-: standard input is over the 1 KB limit (raise it with --max-size)', readFileSync(join(ROOT, SEED_MD))));

  // No arguments lints the current folder's policy-like files: test/bare-run.test.ts.

  it(
    'help for an unknown command is a usage error',
    async () => {
      const run = await runCli(['help', 'nope']);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
    },
  );
});

describe('help and version', { concurrency: true }, () => {
  it('--help: exit 0, usage with examples on stdout', async () => {
    const run = await runCli(['--help']);
    assert.equal(run.code, 0);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /^Usage: privacylint \[options\] \[command\]\n/u);
    assert.match(run.stdout, /\nExamples:\n {2}\$ privacylint /u);
    assert.match(run.stdout, /\n {2}\$ privacylint parse /u);
    assert.match(run.stdout, /Exit codes: 0 success, 1 findings fail the run, 2 usage or input error\./u);
  });

  it('parse --help and help parse: the options and examples of parse', async () => {
    for (const args of [['parse', '--help'], ['help', 'parse']]) {
      const run = await runCli(args);
      assert.equal(run.code, 0, args.join(' '));
      assert.equal(run.stderr, '');
      assert.match(run.stdout, /^Usage: privacylint parse \[options\] <file>\n/u);
      for (const option of ['--format', '--language', '--input-format', '--max-size']) assert.ok(run.stdout.includes(option), option);
      assert.match(run.stdout, /\nExamples:\n/u);
    }
  });

  it('--version and -v print the package version', async () => {
    for (const flag of ['--version', '-v']) {
      assert.deepEqual(await runCli([flag]), { code: 0, stdout: `${VERSION}\n`, stderr: '' });
    }
  });
});

describe('parse', { concurrency: true }, () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'privacylint-cli-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('JSON output parses back and is byte-identical across runs', async () => {
    for (const file of [SEED_MD, SEED_TXT, HTML]) {
      const [first, second] = await Promise.all([runCli(['parse', file]), runCli(['parse', file])]);
      assert.equal(first.code, 0, first.stderr);
      assert.equal(first.stderr, '');
      assert.equal(first.stdout, second.stdout, `${file}: two runs differ`);
      assert.ok(first.stdout.endsWith('}\n'));
      const model = JSON.parse(first.stdout) as Record<string, unknown>;
      assert.equal(model.language, 'nl', file);
      for (const key of ['title', 'updated', 'controller', 'dataCategories', 'retention', 'rights', 'cookies', 'lawReferences']) {
        assert.ok(key in model, `${file}: no ${key}`);
      }
    }
    const aware = JSON.parse((await runCli(['parse', SEED_MD])).stdout) as Record<string, unknown>;
    assert.equal(aware.title, 'Privacybeleid');
    assert.equal(aware.updated, '2023-12-21');
  });

  it('--format yaml parses back (with the yaml package) to the same object as the JSON', async () => {
    for (const file of [SEED_MD, SEED_TXT, HTML]) {
      const [json, yaml] = await Promise.all([runCli(['parse', file]), runCli(['parse', file, '--format', 'yaml'])]);
      assert.equal(yaml.code, 0, yaml.stderr);
      assert.equal(yaml.stderr, '');
      assert.deepEqual(parseYaml(yaml.stdout), JSON.parse(json.stdout), file);
    }
  });

  it(
    'YAML output reads back the same under YAML 1.1 (PyYAML, Ruby Psych and other 1.1 readers)',
    async () => {
      const [json, yaml] = await Promise.all([runCli(['parse', SEED_MD]), runCli(['parse', SEED_MD, '-f', 'yaml'])]);
      assert.deepEqual(parseYaml(yaml.stdout, { version: '1.1' }), JSON.parse(json.stdout));
    },
  );

  it("reads standard input with '-' (format sniffed) like the file", async () => {
    for (const file of [SEED_MD, SEED_TXT, HTML]) {
      const [piped, direct] = await Promise.all([runCli(['parse', '-'], readFileSync(join(ROOT, file))), runCli(['parse', file])]);
      assert.equal(piped.code, 0, piped.stderr);
      assert.equal(piped.stderr, '');
      assert.equal(piped.stdout, direct.stdout, file);
    }
  });

  it('--language overrides detection', async () => {
    const run = await runCli(['parse', SEED_MD, '--language', 'en']);
    assert.equal(run.code, 0);
    assert.equal((JSON.parse(run.stdout) as { language: string }).language, 'en');
  });

  it('--input-format overrides the extension', async () => {
    // Read as plain text, the TOML front matter is not front matter: no title or date from it.
    const run = await runCli(['parse', SEED_MD, '--input-format', 'text']);
    assert.equal(run.code, 0, run.stderr);
    const model = JSON.parse(run.stdout) as { title: string | null; updated: string | null };
    assert.deepEqual([model.title, model.updated], [null, null]);
  });

  it('a German policy is read: no warning, the model on stdout, exit 0', async () => {
    const file = join(dir, 'datenschutz.md');
    await writeFile(file, GERMAN);
    const run = await runCli(['parse', file]);
    assert.equal(run.code, 0);
    assert.equal(run.stderr, '');
    const model = JSON.parse(run.stdout) as { language: string; rights: { id: string }[] };
    assert.equal(model.language, 'de');
    assert.ok(model.rights.some((r) => r.id === 'objection'), 'widersprechen is the right to object');
  });

  it('an Italian policy (no pack): a warning naming the language on stderr, the model on stdout, exit 0', async () => {
    const file = join(dir, 'informativa.md');
    await writeFile(file, ITALIAN);
    const run = await runCli(['parse', file]);
    assert.equal(run.code, 0);
    assert.equal(
      run.stderr,
      `privacylint: warning: ${file}: Not assessed: this policy is in Italian, which privacylint does not read yet (it reads German, English, French and Dutch). ` +
        'The GDPR Art. 13 requirements were not checked; only language-independent rules (outdated law) ran.\n',
    );
    assert.equal((JSON.parse(run.stdout) as { language: string }).language, 'it');
  });

  it('an Italian policy on standard input names <stdin> in the warning', async () => {
    const run = await runCli(['parse', '-'], ITALIAN);
    assert.equal(run.code, 0);
    assert.match(run.stderr, /^privacylint: warning: <stdin>: Not assessed: this policy is in Italian, /u);
    assert.equal(run.stderr.split('\n').length, 2, 'one line');
  });

  it('no colour codes even when the terminal type asks for colour', async () => {
    const child = spawnSync(process.execPath, [BIN, 'parse', 'fixtures/nope.md'], { cwd: ROOT, env: { ...cleanEnv(), TERM: 'xterm-256color', COLORTERM: 'truecolor' }, encoding: 'utf8' });
    assert.equal(child.status, 2);
    assert.equal(child.stderr, 'privacylint: fixtures/nope.md: no such file\n');
  });
});

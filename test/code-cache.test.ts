/**
 * Start-up through V8's code cache on Node 20 (src/cli/code-cache.ts: dist/cli.cjs and dist/lint-worker.cjs
 * compiled with vm.Script and cachedData), and the default number of --jobs. The cache may only make a run
 * faster: every run here must print what the ES module build prints, with a cache, without one, with a broken
 * one and with a folder the cache must not use. Each test gives the CLI a temporary directory of its own
 * (TMPDIR), where the cache goes in a source checkout. No timings here: those are `npm run bench`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';

import { cacheDirs } from '../src/cli/code-cache.js';
import { defaultJobs, FILES_PER_WORKER } from '../src/cli/pool.js';
import { ROOT, SEED_MD } from './helpers.js';

const BIN = join(ROOT, 'bin', 'privacylint.js');
const hasNodeCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';
const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function env(tmp: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp, ...extra };
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS', 'CI', 'PRIVACYLINT_CODE_CACHE']) if (!(key in extra)) delete out[key];
  return out;
}

function runBin(args: string[], tmp: string, extra: NodeJS.ProcessEnv = {}): Run {
  const child = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: env(tmp, extra), encoding: 'utf8' });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** The ES module build's answer (dist/cli.js's run, no cache involved). */
function runEsm(args: string[], tmp: string): Run {
  const script = `const { run } = await import(${JSON.stringify(join(ROOT, 'dist', 'cli.js'))}); process.exitCode = await run(${JSON.stringify(args)});`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env: env(tmp), encoding: 'utf8' });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** The cache files in the folder a source checkout uses, under `tmp`. */
function cacheFiles(tmp: string): string[] {
  const dir = join(tmp, `privacylint-code-cache-${uid}`);
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

before(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.cjs')) || !existsSync(join(ROOT, 'dist', 'lint-worker-boot.js'))) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--no-types'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, `build failed: ${build.stderr}`);
  }
});

describe('default --jobs', () => {
  it(`one worker per ${FILES_PER_WORKER} files, at most one per thread, at least one`, () => {
    assert.equal(FILES_PER_WORKER, 8);
    assert.deepEqual(
      [1, 8, 9, 16, 17, 300].map((files) => defaultJobs(files, 2)),
      [1, 1, 2, 2, 2, 2],
    );
    assert.deepEqual(
      [0, 8, 9, 25, 300].map((files) => defaultJobs(files, 16)),
      [1, 1, 2, 4, 16],
    );
  });
});

describe('cacheDirs', () => {
  it('node_modules/.cache/privacylint above an installed package, then a folder of the user in the temp dir', () => {
    const tmp = join(tmpdir(), `privacylint-code-cache-${uid}`);
    assert.deepEqual(cacheDirs('/srv/app/node_modules/privacylint', {}), ['/srv/app/node_modules/.cache/privacylint', tmp]);
    assert.deepEqual(cacheDirs('/srv/app/node_modules/@scope/x/node_modules/privacylint', {}), ['/srv/app/node_modules/@scope/x/node_modules/.cache/privacylint', tmp]);
    assert.deepEqual(cacheDirs('/home/me/privacylint', {}), [tmp]);
    assert.deepEqual(cacheDirs('/srv/app/node_modules/privacylint', { PRIVACYLINT_CODE_CACHE: '0' }), []);
  });
});

describe('the CLI through the code cache', { skip: hasNodeCache ? 'this Node has module.enableCompileCache; the ES module build is used' : false }, () => {
  const args = ['lint', SEED_MD, '--format', 'json'];

  it('the first run writes the cache, later runs use it; every run prints what the ES module build prints', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'privacylint-cc-'));
    try {
      const expected = runEsm(args, tmp);
      assert.equal(expected.code, 1);
      assert.deepEqual(cacheFiles(tmp), []);
      const first = runBin(args, tmp);
      assert.deepEqual(first, expected);
      const files = cacheFiles(tmp);
      assert.equal(files.length, 1);
      assert.match(files[0], new RegExp(`^cli\\.cjs-[0-9a-f]{16}-${process.version.replace(/\./gu, '\\.')}-${process.arch}\\.bin$`, 'u'));
      const path = join(tmp, `privacylint-code-cache-${uid}`, files[0]);
      assert.equal(statSync(join(tmp, `privacylint-code-cache-${uid}`)).mode & 0o777, 0o700);
      const written = readFileSync(path);
      assert.ok(written.length > 100_000, `a cache of ${written.length} bytes`);
      // A later run reads it and, V8 having accepted it, leaves it as it was.
      const second = runBin(args, tmp);
      assert.deepEqual(second, expected);
      assert.deepEqual(readFileSync(path), written);
      assert.deepEqual(cacheFiles(tmp), files);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('a broken cache file is rejected by V8, the run is the same, and the file is written anew', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'privacylint-cc-'));
    try {
      const expected = runEsm(args, tmp);
      runBin(args, tmp);
      const [name] = cacheFiles(tmp);
      const path = join(tmp, `privacylint-code-cache-${uid}`, name);
      const good = readFileSync(path);
      writeFileSync(path, Buffer.alloc(good.length, 7));
      assert.deepEqual(runBin(args, tmp), expected);
      const rewritten = readFileSync(path);
      assert.notDeepEqual(rewritten, Buffer.alloc(good.length, 7));
      // The new one is accepted: the next run leaves it alone.
      assert.deepEqual(runBin(args, tmp), expected);
      assert.deepEqual(readFileSync(path), rewritten);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('a cache folder that others can write to is neither read nor written; PRIVACYLINT_CODE_CACHE=0 writes none', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'privacylint-cc-'));
    try {
      const expected = runEsm(args, tmp);
      const dir = join(tmp, `privacylint-code-cache-${uid}`);
      mkdirSync(dir);
      chmodSync(dir, 0o777);
      assert.deepEqual(runBin(args, tmp), expected);
      assert.deepEqual(readdirSync(dir), []);
      rmSync(dir, { recursive: true });
      assert.deepEqual(runBin(args, tmp, { PRIVACYLINT_CODE_CACHE: '0' }), expected);
      assert.equal(existsSync(dir), false);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('lint --jobs 2: the workers write their own cache, and the report is the one --jobs 1 writes', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'privacylint-cc-'));
    const folder = mkdtempSync(join(tmpdir(), 'privacylint-cc-folder-'));
    try {
      const corpus = join(ROOT, 'fixtures', 'corpus', 'check');
      for (const name of readdirSync(corpus).filter((n) => /\.(md|txt|html)$/u.test(n)).slice(0, 4)) copyFileSync(join(corpus, name), join(folder, name));
      const one = runBin(['lint', folder, '--format', 'json', '--jobs', '1'], tmp);
      const two = runBin(['lint', folder, '--format', 'json', '--jobs', '2'], tmp);
      assert.deepEqual(two, one);
      assert.deepEqual(
        cacheFiles(tmp).map((f) => f.replace(/-[0-9a-f]{16}-.*$/u, '')),
        ['cli.cjs', 'lint-worker.cjs'],
      );
      assert.deepEqual(runBin(['lint', folder, '--format', 'json', '--jobs', '2'], tmp), one);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

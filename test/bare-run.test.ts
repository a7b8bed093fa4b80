/**
 * Bare `privacylint` lints the current folder's policy-like files (or the config's `files`); a folder search
 * leaves out the repository's own documents (README.md, CHANGELOG.md, LICENSE, …).
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.js';
import { run } from '../src/cli/main.js';
import { expandPaths } from '../src/cli/files.js';
import { isPolicyFileName, POLICY_FILE_STEMS } from '../src/lang/file-names.js';
import { LANGUAGE_CODES } from '../src/model/types.js';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: (error?: Error | null) => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

const SEED_MD = join(ROOT, 'fixtures', 'cloudaware-privacybeleid.md');
const SEED_TXT = join(ROOT, 'fixtures', 'cloudbilling-privacy-policy.txt');

async function runIn(dir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Sink();
  const stderr = new Sink();
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return { code: await run(args, { stdout, stderr }), stdout: stdout.text, stderr: stderr.text };
  } finally {
    process.chdir(cwd);
  }
}

/** A repository-like folder: policies under policy-like names, plus README, CHANGELOG, LICENSE and a page. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-bare-'));
  copyFileSync(SEED_MD, join(dir, 'README.md'));
  copyFileSync(SEED_MD, join(dir, 'CHANGELOG.md'));
  writeFileSync(join(dir, 'LICENSE.txt'), 'MIT License\n');
  mkdirSync(join(dir, 'content'));
  copyFileSync(SEED_MD, join(dir, 'content', 'Privacyverklaring.md'));
  copyFileSync(SEED_TXT, join(dir, 'content', 'about.txt'));
  mkdirSync(join(dir, 'de'));
  copyFileSync(SEED_MD, join(dir, 'de', 'Datenschutzerklärung.md'));
  return dir;
}

describe('policy-like file names', () => {
  it('match per language, at the start of the name or after a separator, accents folded', () => {
    for (const name of ['privacy.md', 'privacy-policy.html', 'cloudbilling-privacy-policy.txt', 'privacyverklaring.md', 'Privacybeleid.html', 'datenschutz.md', 'Datenschutzerklärung.html', 'datenschutzerklaerung.md', 'politique-de-confidentialité.md', 'confidentialite.txt', 'site_privacy.md']) {
      assert.ok(isPolicyFileName(name), name);
    }
    for (const name of ['README.md', 'CHANGELOG.md', 'mentions-legales.md', 'impressum.md', 'about.md', 'noprivacy.md', 'terms.md']) {
      assert.ok(!isPolicyFileName(name), name);
    }
  });

  it('are one list per language known to privacylint', () => {
    assert.deepEqual(Object.keys(POLICY_FILE_STEMS).sort(), [...LANGUAGE_CODES].sort());
  });
});

describe('bare privacylint', () => {
  it('lints the policy-like files under the current folder, never README.md or CHANGELOG.md', async () => {
    const r = await runIn(repository(), ['-f', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as { files: { path: string }[] };
    assert.deepEqual(report.files.map((f) => f.path), ['content/Privacyverklaring.md', 'de/Datenschutzerklärung.md']);
  });

  it("uses the config's files globs, relative to the config, when it sets them", async () => {
    const dir = repository();
    writeFileSync(join(dir, '.privacylintrc.yaml'), 'files: ["content/*.txt"]\n');
    const r = await runIn(dir, ['-f', 'json']);
    const report = JSON.parse(r.stdout) as { files: { path: string }[] };
    assert.deepEqual(report.files.map((f) => f.path), ['content/about.txt']);
    writeFileSync(join(dir, '.privacylintrc.yaml'), 'files: ["policies/**/*.md"]\n');
    const none = await runIn(dir, []);
    assert.deepEqual([none.code, none.stdout], [2, '']);
    assert.equal(none.stderr, `privacylint: no policy files match the config's files: policies/**/*.md (${join(dir, '.privacylintrc.yaml')})\n`);
  });

  it('finding nothing is one line on stderr and exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacylint-bare-'));
    copyFileSync(SEED_MD, join(dir, 'README.md'));
    const r = await runIn(dir, []);
    assert.deepEqual([r.code, r.stdout], [2, '']);
    assert.equal(r.stderr, 'privacylint: no policy files found in this folder (looked for names such as privacy*, privacyverklaring*, datenschutz*, confidentialite*; give paths, or set files: in .privacylintrc.yaml)\n');
  });
});

describe('lint on a folder', () => {
  it("takes every supported file but the repository's own documents; a named README.md is still linted", async () => {
    const dir = repository();
    assert.deepEqual(await expandPaths(['.'], dir), ['content/about.txt', 'content/Privacyverklaring.md', 'de/Datenschutzerklärung.md']);
    assert.deepEqual(await expandPaths(['README.md'], dir), ['README.md']);
  });
});

/**
 * Issue 9, item 11 (folder runs) and the file-reading part of item 12: one bad file does not stop a run,
 * folder searches neither follow links to folders nor read FIFOs, an existing path is never a pattern, and a
 * repository's ignore file is read only when it is a small regular file.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.js';
import { run } from '../src/cli/main.js';
import { expandPaths } from '../src/cli/files.js';
import { readSmallFile } from '../src/io/small-file.js';
import { escapeNameBytes } from '../src/io/file-name.js';

const SEED_TXT = join(ROOT, 'fixtures', 'cloudbilling-privacy-policy.txt');
const SEED_MD = join(ROOT, 'fixtures', 'cloudaware-privacybeleid.md');

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: (error?: Error | null) => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'privacylint-files-'));
}

describe('folder runs (item 11)', () => {
  it('an empty and a binary file are reported, the others are linted, and the run exits 2', async () => {
    const dir = scratch();
    copyFileSync(SEED_MD, join(dir, 'aware.md'));
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'blob.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 7, 8]));
    const stdout = new Sink();
    const stderr = new Sink();
    const code = await run(['lint', dir, '-f', 'json'], { stdout, stderr });
    assert.equal(code, 2);
    // Each unreadable file is a privacylint/fatal finding in the report (see test/fatal.test.ts).
    const report = JSON.parse(stdout.text) as { files: { path: string; findings: { ruleId: string }[] }[] };
    assert.deepEqual(report.files.map((f) => f.path), [join(dir, 'aware.md'), join(dir, 'blob.txt'), join(dir, 'empty.md')]);
    assert.deepEqual(report.files.slice(1).map((f) => f.findings.map((x) => x.ruleId)), [['privacylint/fatal'], ['privacylint/fatal']]);
    assert.equal(
      stderr.text,
      `privacylint: ${join(dir, 'blob.txt')}: looks like a binary file, not text (privacylint reads Markdown, HTML and plain text)\n` +
        `privacylint: ${join(dir, 'empty.md')}: the file is empty\n`,
    );
  });

  it(
    'an unreadable file and an unreadable folder are reported, the others are linted, and the report keeps its shape',
    {
      skip:
        process.platform === 'win32'
          ? 'chmod 000 does not block reading on Windows'
          : process.getuid?.() === 0
            ? 'running as root: root can read any file, so EACCES cannot be provoked'
            : false,
    },
    async () => {
      const dir = scratch();
      copyFileSync(SEED_MD, join(dir, 'aware.md'));
      copyFileSync(SEED_TXT, join(dir, 'secret.txt'));
      mkdirSync(join(dir, 'locked'));
      copyFileSync(SEED_TXT, join(dir, 'locked', 'p.txt'));
      chmodSync(join(dir, 'secret.txt'), 0o000);
      chmodSync(join(dir, 'locked'), 0o000);
      try {
        for (const jobs of ['1', '2']) {
          const stdout = new Sink();
          const stderr = new Sink();
          const code = await run(['lint', dir, '-f', 'json', '--jobs', jobs], { stdout, stderr });
          assert.equal(code, 2, jobs);
          const report = JSON.parse(stdout.text) as { version: number; files: { path: string; requirements: unknown[]; findings: { ruleId: string; message: string }[] }[] };
          assert.equal(report.version, 1);
          assert.deepEqual(report.files.map((f) => f.path), [join(dir, 'aware.md'), join(dir, 'secret.txt')]);
          assert.ok(report.files[0].findings.every((f) => f.ruleId !== 'privacylint/fatal'));
          assert.equal(report.files[0].requirements.length, 18);
          assert.deepEqual(report.files[1].findings.map((f) => [f.ruleId, f.message]), [['privacylint/fatal', 'Permission denied']]);
          assert.equal(report.files[1].requirements.length, 18);
          assert.equal(
            stderr.text,
            `privacylint: warning: ${join(dir, 'locked')}: cannot read the folder (EACCES); skipped\n` + `privacylint: ${join(dir, 'secret.txt')}: permission denied\n`,
          );
        }
      } finally {
        chmodSync(join(dir, 'secret.txt'), 0o644);
        chmodSync(join(dir, 'locked'), 0o755);
      }
    },
  );

  it('a file or folder whose name is not valid UTF-8 is reported by its bytes, and the others are linted', async (t) => {
    const dir = scratch();
    const bytes = (...parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
    try {
      writeFileSync(bytes(dir, '/caf', [0xe9], '.txt'), readFileSync(SEED_TXT));
    } catch (error) {
      // APFS and NTFS refuse such names; ext4 and most Linux file systems take any bytes.
      t.skip(`this file system refuses names that are not UTF-8 (${(error as NodeJS.ErrnoException).code})`);
      return;
    }
    mkdirSync(bytes(dir, '/drafts', [0xff]));
    writeFileSync(bytes(dir, '/drafts', [0xff], '/p.md'), readFileSync(SEED_MD));
    copyFileSync(SEED_MD, join(dir, 'aware.md'));
    const shown = join(dir, 'caf\ufffd.txt');
    const reason = 'the file name is not valid UTF-8 (on disk: caf\\xe9.txt), so it cannot be opened by name; rename the file';
    for (const [format, jobs] of [['json', '1'], ['json', '2'], ['stylish', '1']]) {
      const stdout = new Sink();
      const stderr = new Sink();
      assert.equal(await run(['lint', dir, '-f', format, '--jobs', jobs], { stdout, stderr }), 2, format);
      assert.equal(
        stderr.text,
        `privacylint: warning: ${join(dir, 'drafts\ufffd')}: the folder name is not valid UTF-8 (on disk: drafts\\xff); skipped\n` + `privacylint: ${shown}: ${reason}\n`,
        format,
      );
      if (format !== 'json') {
        assert.match(stdout.text, /caf\\xe9\.txt/u);
        continue;
      }
      const report = JSON.parse(stdout.text) as { files: { path: string; requirements: unknown[]; findings: { ruleId: string; message: string }[] }[] };
      assert.deepEqual(report.files.map((f) => f.path), [join(dir, 'aware.md'), shown]);
      assert.equal(report.files[0].requirements.length, 18);
      assert.deepEqual(report.files[1].findings.map((f) => [f.ruleId, f.message]), [['privacylint/fatal', `T${reason.slice(1)}`]]);
    }
    // Named alone (as the shell passes it, decoded with U+FFFD) or matched by a pattern: the same message.
    const stderr = new Sink();
    assert.equal(await run(['lint', shown], { stdout: new Sink(), stderr }), 2);
    assert.equal(stderr.text, `privacylint: ${shown}: ${reason}\n`);
    await assert.rejects(expandPaths(['caf\ufffd.txt'], dir), { name: 'InputError', message: `caf\ufffd.txt: ${reason}` });
    assert.deepEqual(await expandPaths(['caf*.txt'], dir), ['caf\ufffd.txt']);
  });

  it('a name\'s bytes are shown as valid UTF-8 where they are, \\xNN where not, with controls escaped', () => {
    assert.equal(escapeNameBytes(Buffer.from([0x61, 0xe9, 0xc3, 0xa9, 0x0a, 0x1b, 0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98, 0x80, 0xf0, 0x9f])), 'a\\xe9é\\n\\x1b\\xed\\xa0\\x80😀\\xf0\\x9f');
  });

  it('one bad file named alone is still a plain input error', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'empty.md'), '');
    const stderr = new Sink();
    assert.equal(await run(['lint', join(dir, 'empty.md')], { stdout: new Sink(), stderr }), 2);
    assert.equal(stderr.text, `privacylint: ${join(dir, 'empty.md')}: the file is empty\n`);
  });

  it('links to folders are not followed; FIFOs and links to them are skipped with a warning', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'docs'));
    copyFileSync(SEED_MD, join(dir, 'docs', 'aware.md'));
    symlinkSync('/', join(dir, 'docs', 'root'));
    symlinkSync(join(dir, 'docs'), join(dir, 'docs', 'loop.md'));
    execFileSync('mkfifo', [join(dir, 'docs', 'pipe.md')]);
    symlinkSync('pipe.md', join(dir, 'docs', 'to-pipe.md'));
    symlinkSync('aware.md', join(dir, 'docs', 'alias.md'));
    symlinkSync('missing.md', join(dir, 'docs', 'dangling.md'));
    const warnings: string[] = [];
    const files = await expandPaths(['docs'], dir, [], warnings);
    assert.deepEqual(files, ['docs/alias.md', 'docs/aware.md']);
    assert.deepEqual(warnings.sort(), [
      'docs/dangling.md: a broken symbolic link, not a regular file; skipped',
      'docs/pipe.md: a FIFO, not a regular file; skipped',
      'docs/to-pipe.md: a FIFO, not a regular file; skipped',
    ]);
  });

  it('existing folders named like patterns are taken literally', async () => {
    const dir = scratch();
    for (const name of ['my (draft)', 'v{a,b}', 'x[1]']) {
      mkdirSync(join(dir, name));
      copyFileSync(SEED_TXT, join(dir, name, 'p.txt'));
    }
    mkdirSync(join(dir, 'va'));
    copyFileSync(SEED_TXT, join(dir, 'va', 'other.txt'));
    assert.deepEqual(await expandPaths(['my (draft)', 'v{a,b}', 'x[1]/p.txt'], dir), ['my (draft)/p.txt', 'v{a,b}/p.txt', 'x[1]/p.txt']);
    // A pattern that names no existing path is still a pattern.
    assert.deepEqual(await expandPaths(['v{a,c}/*.txt'], dir), ['va/other.txt']);
  });
});

describe('repository files are read only when small and regular (item 12)', () => {
  it('.privacylintignore linked to /dev/zero is refused with its name', async () => {
    const dir = scratch();
    copyFileSync(SEED_TXT, join(dir, 'p.txt'));
    symlinkSync('/dev/zero', join(dir, '.privacylintignore'));
    await assert.rejects(expandPaths(['.'], dir), {
      name: 'InputError',
      message: `${join(dir, '.privacylintignore')}: cannot read ignore file: not a regular file`,
    });
  });

  it('a file over the cap is refused; one at the cap is read', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'big.yaml'), 'x'.repeat(101));
    assert.throws(() => readSmallFile(join(dir, 'big.yaml'), 'config file', 100), { message: `${join(dir, 'big.yaml')}: config file is 101 bytes, over the 100 bytes limit` });
    writeFileSync(join(dir, 'ok.yaml'), 'x'.repeat(100));
    assert.equal(readSmallFile(join(dir, 'ok.yaml'), 'config file', 100).length, 100);
  });

  it('a FIFO is refused at once instead of waiting for a writer', () => {
    const dir = scratch();
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
    assert.throws(() => readSmallFile(join(dir, 'fifo.yaml'), 'config file'), { message: `${join(dir, 'fifo.yaml')}: cannot read config file: not a regular file` });
  });
});

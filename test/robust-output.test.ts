/**
 * Issue 9, item 13: a write error is one line and exit 2; a closed pipe keeps the lint's own exit code.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.js';
import { run } from '../src/cli/main.js';

const SEED_TXT = join(ROOT, 'fixtures', 'cloudbilling-privacy-policy.txt');

/** A stream whose every write fails with an errno code, as stdout does on /dev/full or a closed pipe. */
class Failing extends Writable {
  constructor(private readonly code: string) {
    super();
  }
  override _write(_chunk: Buffer, _enc: string, done: (error?: Error | null) => void): void {
    done(Object.assign(new Error(`write ${this.code}`), { code: this.code }));
  }
}

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: (error?: Error | null) => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

describe('write errors (item 13)', () => {
  it('ENOSPC on standard output: exit 2 and one line', async () => {
    const stderr = new Sink();
    const code = await run(['lint', SEED_TXT], { stdout: new Failing('ENOSPC'), stderr });
    assert.equal(code, 2);
    assert.equal(stderr.text, 'privacylint: cannot write the output: no space left on the device (ENOSPC)\n');
  });

  it('a closed pipe keeps the exit code of the lint (1: errors found) and of parse (0)', async () => {
    const baseline = await run(['lint', SEED_TXT], { stdout: new Sink(), stderr: new Sink() });
    assert.equal(baseline, 1);
    const stderr = new Sink();
    assert.equal(await run(['lint', SEED_TXT], { stdout: new Failing('EPIPE'), stderr }), 1);
    assert.equal(stderr.text, '');
    assert.equal(await run(['parse', SEED_TXT], { stdout: new Failing('EPIPE'), stderr }), 0);
    assert.equal(stderr.text, '');
  });

  it('the real CLI on /dev/full: one line, exit 2, no stack trace', { skip: !existsSync(join(ROOT, 'dist', 'cli.js')) || !existsSync('/dev/full') }, () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'privacylint.js'), 'lint', SEED_TXT], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      assert.equal(r.status, 2);
      assert.equal(r.stderr, 'privacylint: cannot write the output: no space left on the device (ENOSPC)\n');
    } finally {
      closeSync(fd);
    }
  });

  it('the real CLI into a pipe closed at once: exit 1 as without the pipe', { skip: !existsSync(join(ROOT, 'dist', 'cli.js')) }, () => {
    const r2 = spawnSync('/bin/bash', ['-c', `"${process.execPath}" "${join(ROOT, 'bin', 'privacylint.js')}" parse "${SEED_TXT}" -f yaml | head -c 1 >/dev/null; "${process.execPath}" "${join(ROOT, 'bin', 'privacylint.js')}" lint "${SEED_TXT}" -f json | (exec 0<&-; true); echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    assert.equal(r2.stdout.trim().split('\n').pop(), '1');
    assert.doesNotMatch(r2.stderr, /at |Error/u);
  });
});

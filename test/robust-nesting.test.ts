/** Issue 9, item 9 (the CLI part): extreme nesting is a one-line input error that names the file, and the run goes on. */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.js';
import { run } from '../src/cli/main.js';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: (error?: Error | null) => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

describe('deep nesting names the file (item 9)', () => {
  it('4 000 nested quotes: a normal report, or one line naming the file; other files still linted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacylint-deep-'));
    const deep = join(dir, 'deep.md');
    writeFileSync(deep, `# Privacy\n\n${'>'.repeat(4000)} Wij bewaren uw gegevens.\n`);
    copyFileSync(join(ROOT, 'fixtures', 'cloudaware-privacybeleid.md'), join(dir, 'aware.md'));
    const stdout = new Sink();
    const stderr = new Sink();
    const code = await run(['lint', dir, '-f', 'json'], { stdout, stderr });
    const report = (JSON.parse(stdout.text) as { files: { path: string; findings: { ruleId: string }[] }[] }).files;
    const files = report.map((f) => f.path);
    assert.ok(files.includes(join(dir, 'aware.md')));
    // A file too deep to read is a privacylint/fatal finding in the report (test/fatal.test.ts).
    const fatal = report.find((f) => f.path === deep)?.findings.some((f) => f.ruleId === 'privacylint/fatal');
    if (!fatal) assert.notEqual(code, 2);
    else {
      assert.equal(code, 2);
      assert.equal(stderr.text, `privacylint: ${deep}: nested too deeply to read (blocks, lists or elements inside one another thousands of levels deep)\n`);
    }
    assert.doesNotMatch(stderr.text, /internal error/u);
  });
});

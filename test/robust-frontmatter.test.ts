/** Issue 9, item 14: a YAML front-matter warning is one line, once, naming the file and line. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.js';
import { parsePolicyFile } from '../src/index.js';

const POLICY = '---\ntitle: Privacy\nauthor: !custom Jan\n---\n# Privacyverklaring\n\nWij verwerken uw e-mailadres om u te antwoorden.\n';

describe('front-matter warnings (item 14)', () => {
  it('an unknown tag is one document warning with file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacylint-fm-'));
    const file = join(dir, 'p.md');
    writeFileSync(file, POLICY);
    const { document } = await parsePolicyFile(file);
    assert.deepEqual(document.warnings.filter((w) => /front matter/u.test(w)), [`${file}:3: YAML front matter: Unresolved tag: !custom`]);
    assert.equal(document.title, 'Privacy');
  });

  it('the CLI prints it once and Node prints no warning of its own', { skip: !existsSync(join(ROOT, 'dist', 'cli.js')) }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacylint-fm-'));
    const file = join(dir, 'p.md');
    writeFileSync(file, POLICY);
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'privacylint.js'), 'parse', file], { encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.equal(r.stderr, `privacylint: warning: ${file}:3: YAML front matter: Unresolved tag: !custom\n`);
  });
});

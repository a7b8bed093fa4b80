/**
 * Issue 9, items 12 and 14: configs and rule packs from a repository are read with limits and every error
 * names its file; `__proto__` is no rule id; `{constructor}` in a message prints as written.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runInProcess } from './helpers.js';
import { resolveConfig } from '../src/rules/config.js';

const cli = runInProcess;

const POLICY = 'Privacyverklaring\n\nDeze verwerking is in overeenstemming met de Wet bescherming persoonsgegevens.\n';

const PACK = `pack: mine
rules:
  - id: mine/wbp
    kind: law
    law: wbp
    severity: error
    article: "Wbp"
    url: https://example.org/
    description: { nl: "Wbp", en: "Wbp" }
    message:
      nl: "{constructor} {toString} '{match}' sinds {until}"
      en: "{constructor} {toString} '{match}' since {until}"
`;

function repo(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'privacylint-config-'));
  mkdirSync(join(dir, 'site'));
  writeFileSync(join(dir, 'site', 'privacy.md'), POLICY);
  writeFileSync(join(dir, 'site', '.privacylintrc.yaml'), config);
  return dir;
}

describe('rule folders stay inside the repository (item 12)', () => {
  it('a folder inside is loaded, and {constructor} in its message prints literally (item 14)', async () => {
    const dir = repo('ruleFolders: [house-rules]\nrules: { outdated/wbp: off }\n');
    mkdirSync(join(dir, 'site', 'house-rules'));
    writeFileSync(join(dir, 'site', 'house-rules', 'pack.yaml'), PACK);
    const r = await cli(['lint', join(dir, 'site', 'privacy.md'), '-f', 'json', '--locale', 'en']);
    const messages = (JSON.parse(r.stdout) as { files: { findings: { ruleId: string; message: string }[] }[] }).files[0].findings.filter((f) => f.ruleId === 'mine/wbp');
    assert.deepEqual(messages.map((f) => f.message), ["{constructor} {toString} 'Wet bescherming persoonsgegevens' since 2018-05-25"]);
  });

  it('a folder outside (../, /etc) is refused, naming the config file and line', async () => {
    for (const folder of ['../elsewhere', '/etc']) {
      const dir = repo(`language: nl\nruleFolders:\n  - ${folder}\n`);
      mkdirSync(join(dir, 'elsewhere'), { recursive: true });
      const config = join(dir, 'site', '.privacylintrc.yaml');
      const r = await cli(['lint', join(dir, 'site', 'privacy.md')]);
      assert.equal(r.code, 2);
      const shown = folder === '/etc' ? '/etc' : join(dir, 'elsewhere');
      assert.equal(r.stderr, `privacylint: ${config}:3: ruleFolders: '${shown}' is outside the repository (${join(dir, 'site')}); give this config with --config to allow it\n`);
    }
  });

  it('the repository is the folder holding .git, so a sibling folder inside it is allowed', () => {
    const dir = repo('ruleFolders: [../shared-rules]\n');
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'shared-rules'));
    writeFileSync(join(dir, 'shared-rules', 'pack.yaml'), PACK);
    const config = resolveConfig(join(dir, 'site', '.privacylintrc.yaml'), {}, true);
    assert.ok(config.rules.some((r) => r.def.id === 'mine/wbp'));
  });

  it('a symbolic link inside that points outside is refused', () => {
    const dir = repo('ruleFolders: [linked]\n');
    mkdirSync(join(dir, 'outside'));
    symlinkSync(join(dir, 'outside'), join(dir, 'site', 'linked'));
    assert.throws(() => resolveConfig(join(dir, 'site', '.privacylintrc.yaml'), {}, true), /ruleFolders: '.*linked' is outside the repository/u);
  });

  it('given with --config, a folder anywhere is allowed', async () => {
    const dir = repo('ruleFolders: [../elsewhere]\nrules: { outdated/wbp: off }\n');
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'elsewhere', 'pack.yaml'), PACK);
    const r = await cli(['lint', join(dir, 'site', 'privacy.md'), '-c', join(dir, 'site', '.privacylintrc.yaml'), '-f', 'json']);
    assert.match(r.stdout, /"ruleId": "mine\/wbp"/u);
  });
});

describe('config files are read safely and errors name them (item 12)', () => {
  it('a config linked to /dev/zero is refused at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacylint-config-'));
    writeFileSync(join(dir, 'privacy.md'), POLICY);
    symlinkSync('/dev/zero', join(dir, '.privacylintrc.yaml'));
    const r = await cli(['lint', join(dir, 'privacy.md')]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `privacylint: ${join(dir, '.privacylintrc.yaml')}: cannot read config file: not a regular file\n`);
  });

  it('an alias bomb is named as such, with the file', async () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const dir = repo(`${lines.join('\n')}\n`);
    const config = join(dir, 'site', '.privacylintrc.yaml');
    const r = await cli(['lint', join(dir, 'site', 'privacy.md')]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `privacylint: ${config}: config file is not valid YAML: too many aliases (over 100); this looks like an alias bomb\n`);
  });

  it('a rule pack over the size cap is refused with its name', async () => {
    const dir = repo('ruleFolders: [house-rules]\n');
    mkdirSync(join(dir, 'site', 'house-rules'));
    writeFileSync(join(dir, 'site', 'house-rules', 'big.yaml'), `# ${'x'.repeat(1024 * 1024)}\n`);
    const r = await cli(['lint', join(dir, 'site', 'privacy.md')]);
    assert.equal(r.stderr, `privacylint: ${join(dir, 'site', 'house-rules', 'big.yaml')}: rule file is 1 MB, over the 1 MB limit\n`);
  });
});

describe('__proto__ is not a rule id (item 14)', () => {
  it('--rule __proto__=off is an unknown rule id', async () => {
    const dir = repo('language: nl\n');
    const r = await cli(['lint', join(dir, 'site', 'privacy.md'), '--rule', '__proto__=off']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, "privacylint: --rule: unknown rule id '__proto__' (list them with `privacylint rules`)\n");
  });

  it('rules: { __proto__: off } in a config is an unknown rule id', async () => {
    const dir = repo('rules:\n  __proto__: off\n');
    const r = await cli(['lint', join(dir, 'site', 'privacy.md')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.privacylintrc\.yaml:2: rules\.__proto__: '__proto__' is not allowed as a key or rule id\n$/u);
  });
});

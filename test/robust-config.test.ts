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
import { loadRules, USER_RULE_LIMITS } from '../src/rules/loader.js';
import { foldForPretest, matchAll, plainPhrase } from '../src/rules/pattern.js';
import fc from 'fast-check';

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

describe('rule folders are held to limits (item 12)', () => {
  /** A one-line pattern rule with `n` phrases. */
  const rule = (id: number, phrases = 1): string =>
    `  - { id: many/r${id}, kind: pattern, mode: existence, severity: info, article: x, url: "https://example.org/", description: { nl: d, en: d }, patterns: [${Array.from({ length: phrases }, (_, j) => `"woord${id}x${j}"`).join(', ')}], message: { nl: m, en: m } }`;
  const pack = (rules: string[]): string => `pack: many\nrules:\n${rules.join('\n')}\n`;
  const folder = (): string => mkdtempSync(join(tmpdir(), 'privacylint-many-'));

  it('the limits are what the README says', () => {
    assert.deepEqual(USER_RULE_LIMITS, { files: 100, bytes: 4 * 1024 * 1024, rules: 1000, patterns: 2000 });
  });

  it('1000 rules load; one more is refused, naming the file, line and rule, before its patterns are compiled', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.yaml'), pack(Array.from({ length: 600 }, (_, i) => rule(i))));
    writeFileSync(join(dir, 'b.yaml'), pack(Array.from({ length: 400 }, (_, i) => rule(600 + i))));
    assert.equal(loadRules([dir]).filter((r) => !r.builtin).length, 1000);
    writeFileSync(join(dir, 'c.yaml'), pack([rule(1000)]));
    assert.throws(() => loadRules([dir]), {
      name: 'InputError',
      message: `${join(dir, 'c.yaml')}:3: rules[0]: more than 1000 rules in the rule folders (the limit); a rule may list many patterns`,
    });
  });

  it('the limits count over all rule folders of a config, not per folder', () => {
    const [one, two] = [folder(), folder()];
    writeFileSync(join(one, 'a.yaml'), pack(Array.from({ length: 1000 }, (_, i) => rule(i))));
    writeFileSync(join(two, 'b.yaml'), pack([rule(1000)]));
    assert.throws(() => loadRules([one, two]), { message: `${join(two, 'b.yaml')}:3: rules[0]: more than 1000 rules in the rule folders (the limit); a rule may list many patterns` });
  });

  it('more than 2000 patterns (patterns, swap keys, exceptions) are refused at the rule that crosses the limit', () => {
    const dir = folder();
    const swap = Object.fromEntries(Array.from({ length: 1500 }, (_, j) => [`fout${j}`, `goed${j}`]));
    const big = `  - { id: many/swap, kind: pattern, mode: substitution, severity: info, article: x, url: "https://example.org/", description: { nl: d, en: d }, swap: ${JSON.stringify(swap)}, exceptions: ["citaat"], message: { nl: m, en: m } }`;
    writeFileSync(join(dir, 'a.yaml'), pack([big, rule(1, 499), rule(2, 1)]));
    assert.throws(() => loadRules([dir]), {
      message: `${join(dir, 'a.yaml')}:5: rules[2]: more than 2000 patterns (patterns, swap keys and exceptions) in the rule folders (the limit)`,
    });
  });

  it('more than 100 rule files, or more than 4 MB of them, are refused with the file that crosses the limit', () => {
    const dir = folder();
    for (let i = 0; i < 101; i++) writeFileSync(join(dir, `p${String(i).padStart(3, '0')}.yaml`), pack([rule(i)]));
    assert.throws(() => loadRules([dir]), { message: `${join(dir, 'p100.yaml')}: more than 100 rule files in the rule folders (the limit); merge them into fewer packs` });
    const fat = folder();
    const comment = `# ${'x'.repeat(1000 * 1024)}\n`;
    for (let i = 0; i < 5; i++) writeFileSync(join(fat, `p${i}.yaml`), comment + pack([rule(i)]));
    assert.throws(() => loadRules([fat]), { message: `${join(fat, 'p4.yaml')}: the rule files come to more than 4 MB together (the limit), counting this one` });
  });

  it('the pre-test of plain phrases never rules out a sentence that RE2 matches', () => {
    assert.equal(plainPhrase('Persoonlijke Gegevens'), 'persoonlijke gegevens');
    for (const syntax of ['e-?mail', 'a.b', 'x|y', '(a)', 'ü', '^a']) assert.equal(plainPhrase(syntax), null, syntax);
    // Letters whose case-insensitive RE2 match is not their plain lower case: ſ (s), the Kelvin sign (k), İ, ß, Σ.
    const letters = fc.constantFrom(...'aAsSkKiIeE \u017f\u212a\u0130\u0131\u00df\u1e9e\u03a3\u03c3\u03c2-\'.,');
    const phrase = fc.array(fc.constantFrom(...'asSkKieE -\''), { minLength: 1, maxLength: 4 }).map((c) => c.join(''));
    fc.assert(
      fc.property(phrase, fc.array(letters, { maxLength: 24 }).map((c) => c.join('')), (p, sentence) => {
        const plain = plainPhrase(p);
        if (plain !== null && matchAll(p, sentence).length > 0) assert.ok(foldForPretest(sentence).includes(plain), `${p} in ${sentence}`);
      }),
      { numRuns: 3000 },
    );
    assert.equal(matchAll('kiss', 'the \u212aI\u017f\u017f.').length, 1);
    assert.ok(foldForPretest('the \u212aI\u017f\u017f.').includes('kiss'));
  });

  it('a pack of plain phrases still finds every match at its place (word-anchored, any case, exceptions honoured)', async () => {
    const dir = repo('ruleFolders: [house-rules]\nrules: { outdated/wbp: off }\n');
    mkdirSync(join(dir, 'site', 'house-rules'));
    writeFileSync(
      join(dir, 'site', 'house-rules', 'plain.yaml'),
      `pack: plain\nrules:\n  - { id: plain/words, kind: pattern, mode: existence, severity: info, article: x, url: "https://example.org/", description: { nl: d, en: d }, patterns: ["verwerking", "WET", "in overeenstemming", "nergens", "stemming"], exceptions: ["nooit"], message: { nl: "'{match}'", en: "'{match}'" } }\n`,
    );
    writeFileSync(join(dir, 'site', 'privacy.md'), `${POLICY}\nDe Wet is hier. Nooit de wet. Een \u212aWET-verwerking.\n`);
    const r = await cli(['lint', join(dir, 'site', 'privacy.md'), '-f', 'json', '--locale', 'en']);
    const found = (JSON.parse(r.stdout) as { files: { findings: { ruleId: string; message: string; line: number; column: number }[] }[] }).files[0].findings
      .filter((f) => f.ruleId === 'plain/words')
      .map((f) => `${f.line}:${f.column} ${f.message}`);
    assert.deepEqual(found, ["3:6 'verwerking'", "3:20 'in overeenstemming'", "3:46 'Wet'", "5:4 'Wet'", "5:40 'verwerking'"]);
  });

  it('through the CLI: exit 2 and one line naming the file', async () => {
    const dir = repo('ruleFolders: [house-rules]\n');
    mkdirSync(join(dir, 'site', 'house-rules'));
    writeFileSync(join(dir, 'site', 'house-rules', 'many.yaml'), pack(Array.from({ length: 1001 }, (_, i) => rule(i))));
    const r = await cli(['lint', join(dir, 'site', 'privacy.md')]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `privacylint: ${join(dir, 'site', 'house-rules', 'many.yaml')}:1003: rules[1000]: more than 1000 rules in the rule folders (the limit); a rule may list many patterns\n`);
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

/**
 * The pre-commit hook (.pre-commit-hooks.yaml) with the real pre-commit tool: `pre-commit try-repo` on a scratch
 * repository picks the policy-named files and fails on a policy citing the Wbp, and a commit made with the
 * README's .pre-commit-config.yaml (this repository in place of the GitHub URL) is refused. privacylint is on
 * the PATH as a user's `npm install -g` puts it there: the packed package, installed into a temporary prefix.
 * Skipped when pre-commit is not installed (.ci/run installs Debian's package).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parse, stringify } from 'yaml';
import { ROOT } from './helpers.js';
import { readmeBlock } from './readme-blocks.js';
import { compactFilesPattern, preCommitFilesPattern } from '../scripts/pre-commit-pattern.js';
import { isPolicyFileName } from '../src/lang/file-names.js';
import { POLICY_EXTENSIONS } from '../src/cli/files.js';

const PRE_COMMIT = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const SKIP = PRE_COMMIT.status === 0 ? false : 'pre-commit is not installed (Debian: apt-get install pre-commit; .ci/run installs it)';

const WBP_POLICY = 'Privacyverklaring\n\nWij houden ons aan de Wet bescherming persoonsgegevens.\n';

interface Run {
  code: number | null;
  out: string;
}

describe("the hook's file pattern", () => {
  const hook = (parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; files: string; language: string; entry: string }[])[0];

  it('is the one scripts/pre-commit-pattern.ts makes from the file-name stems', () => {
    assert.equal(hook.id, 'privacylint');
    assert.equal(hook.files, preCommitFilesPattern().trimEnd());
  });

  it('picks the names a bare privacylint picks, accents and case included', () => {
    const pattern = new RegExp(compactFilesPattern(), 'iu');
    const names = [
      'privacy.md', 'content/privacyverklaring.md', 'Privacybeleid.HTML', 'legal/cloudbilling-privacy-policy.txt', 'Datenschutzerklärung.html',
      'de/DATENSCHUTZ.md', 'politique-de-confidentialité.md', 'fr/Confidentialité.htm', 'vie-privée.txt', 'données-personnelles.md',
      'gegevensbescherming.md', 'my privacy notice.md', 'site.privacy.html', 'README.md', 'CHANGELOG.md', 'nonprivacy.md', 'privacy.pdf',
      'privacy/README.md', 'impressum.md', 'mentions-legales.html', 'cookies.md', 'terms.md', 'dsgvo-hinweise.md', 'informativa-privacy.md',
    ];
    for (const name of names) {
      const bare = isPolicyFileName(basename(name)) && POLICY_EXTENSIONS.includes(extname(name).slice(1).toLowerCase());
      assert.equal(pattern.test(name), bare, name);
    }
    // Not a policy's name: the repository's documents, a folder named privacy, notices, terms, cookies, a PDF.
    assert.deepEqual(names.filter((n) => !pattern.test(n)), ['README.md', 'CHANGELOG.md', 'nonprivacy.md', 'privacy.pdf', 'privacy/README.md', 'impressum.md', 'mentions-legales.html', 'cookies.md', 'terms.md']);
  });
});

describe('the pre-commit hook', { skip: SKIP }, () => {
  let env: NodeJS.ProcessEnv;
  let repo = '';

  function sh(command: string, args: string[], cwd: string): Run {
    const r = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 300_000 });
    return { code: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
  }
  function git(...args: string[]): Run {
    return sh('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], repo);
  }

  before(() => {
    assert.ok(existsSync(join(ROOT, 'dist', 'cli.js')), 'dist/ is not built: run `npm run build` first');
    const work = mkdtempSync(join(tmpdir(), 'privacylint-pre-commit-'));
    const base = { ...process.env };
    for (const key of Object.keys(base)) if (/^(?:npm_|GIT_|PRE_COMMIT)|^(?:NODE_OPTIONS|FORCE_COLOR)$/u.test(key)) delete base[key];
    env = { ...base, PRE_COMMIT_HOME: join(work, 'cache'), NO_COLOR: '1' };
    // `npm install -g privacylint`, from this checkout's package, offline, into a prefix of our own.
    const pack = sh('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], ROOT);
    assert.equal(pack.code, 0, pack.out);
    const install = sh('npm', ['install', '-g', '--offline', '--no-audit', '--no-fund', '--prefix', join(work, 'global'), join(work, pack.out.trim())], work);
    assert.equal(install.code, 0, install.out);
    env.PATH = `${join(work, 'global', 'bin')}${delimiter}${env.PATH}`;
    repo = join(work, 'site');
    mkdirSync(join(repo, 'content', 'de'), { recursive: true });
    assert.equal(git('init', '-q', '-b', 'main').code, 0);
  });

  it('try-repo lints the policy-named files only, and fails on the one citing the Wbp', () => {
    const files: Record<string, string> = {
      'content/privacyverklaring.md': WBP_POLICY,
      'content/de/datenschutzerklaerung.md': '# Datenschutzerklärung\n\nVerantwortlich ist die Muster GmbH.\n',
      'content/politique-de-confidentialite.html': '<h1>Politique de confidentialité</h1><p>Responsable : Exemple SAS.</p>',
      'README.md': WBP_POLICY,
      'content/about.md': WBP_POLICY,
    };
    for (const [path, text] of Object.entries(files)) writeFileSync(join(repo, path), text);
    git('add', '.');
    const r = sh('pre-commit', ['try-repo', ROOT, 'privacylint', '--all-files', '--verbose'], repo);
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /privacylint\.+Failed/u);
    // stylish names each file with findings: the three policies, not README.md or about.md.
    for (const path of ['content/privacyverklaring.md', 'content/de/datenschutzerklaerung.md', 'content/politique-de-confidentialite.html']) {
      assert.match(r.out, new RegExp(`^${path.replace(/\./gu, '\\.')}$`, 'mu'));
    }
    assert.match(r.out, /outdated\/wbp/u);
    assert.doesNotMatch(r.out, /^(?:README\.md|content\/about\.md)$/mu);
    git('reset', '-q');
  });

  it("refuses a commit of a policy citing the Wbp, with the README's .pre-commit-config.yaml", () => {
    const config = parse(readmeBlock('privacylint-pre-commit')) as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] };
    assert.equal(config.repos[0].repo, 'https://github.com/privacylint/privacylint');
    assert.deepEqual(config.repos[0].hooks, [{ id: 'privacylint' }]);
    // This checkout instead of GitHub, at its current commit.
    config.repos[0].repo = ROOT;
    config.repos[0].rev = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
    writeFileSync(join(repo, '.pre-commit-config.yaml'), stringify(config));
    assert.equal(sh('pre-commit', ['install'], repo).code, 0);
    git('add', '.pre-commit-config.yaml', 'README.md');
    const unrelated = git('commit', '-qm', 'readme');
    assert.equal(unrelated.code, 0, unrelated.out);
    assert.match(unrelated.out, /privacylint\.+\(no files to check\)Skipped/u);

    writeFileSync(join(repo, 'privacy.md'), WBP_POLICY);
    git('add', 'privacy.md');
    const refused = git('commit', '-qm', 'policy');
    assert.equal(refused.code, 1, refused.out);
    assert.match(refused.out, /privacylint\.+Failed/u);
    assert.match(refused.out, /^privacy\.md$/mu);
    // The finding on "Wet bescherming persoonsgegevens", line 3 column 23 (stylish may wrap the rule id).
    assert.match(refused.out, /^ +3:23 +error +'Wet bescherming persoonsgegevens'/mu);
    assert.match(refused.out, /outdated\/wbp/u);
    assert.equal(git('log', '--format=%s').out, 'readme\n');
  });
});

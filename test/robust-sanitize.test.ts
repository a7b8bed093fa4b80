/**
 * Issue 9, items 4–6: file names and policy text cannot inject workflow commands or terminal escapes, and
 * policy text cannot add images, links, mentions or emphasis to a Markdown report.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, runInProcess } from './helpers.js';
import { formatStylish } from '../src/report/stylish.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { displayPath, stripControls, terminalText } from '../src/report/sanitize.js';
import type { LintReport } from '../src/rules/types.js';

const SEED_TXT = join(ROOT, 'fixtures', 'cloudbilling-privacy-policy.txt');
const EVIL_NAME = 'x\n::add-mask::secret\n::error title=t::pwned\x1b[2J.txt';

const cli = runInProcess;

/** Lines a GitHub runner would take as workflow commands. */
const commands = (text: string): string[] => text.split(/\r?\n|\r/u).filter((l) => l.startsWith('::'));

function reportWith(path: string, message: string): LintReport {
  const finding = { ruleId: 'gdpr/test', severity: 'warning' as const, message, line: 1, column: 1, endLine: 1, endColumn: 2 };
  const file = { path, language: 'en', model: {}, requirements: [], findings: [finding] } as unknown as LintReport['files'][number];
  return { version: 1, files: [file], summary: { files: 1, errors: 0, warnings: 1, infos: 0 } };
}

describe('sanitize helpers', () => {
  it('displayPath shows controls as escapes; terminalText and stripControls drop them (tab kept by stripControls)', () => {
    assert.equal(displayPath('a\nb\x1b[2J\x07\u009bc.md'), 'a\\nb\\x1b[2J\\x07\\x9bc.md');
    assert.equal(terminalText('see \x1b]8;;http://evil\x07here\x1b]8;;\x07\b\n now'), 'see ]8;;http://evilhere]8;; now');
    assert.equal(stripControls('a\tb\x00c\u0085d\ne'), 'a\tbcde');
  });
});

describe('file names cannot inject workflow commands (item 4)', () => {
  it('stylish, github and stderr messages keep a hostile name on one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacylint-evil-'));
    copyFileSync(SEED_TXT, join(dir, EVIL_NAME));
    writeFileSync(join(dir, `empty\n::error::boom.md`), '');
    for (const format of ['stylish', 'github', 'markdown']) {
      const r = await cli(['lint', dir, '-f', format]);
      assert.equal(r.code, 2, format);
      const injected = commands(r.stdout).filter((l) => !/^::(?:error|warning|notice) file=/u.test(l));
      assert.deepEqual(injected, [], format);
      assert.deepEqual(commands(r.stderr), [], format);
      assert.doesNotMatch(r.stdout + r.stderr, /\x1b\[2J/u, format);
    }
    const r = await cli(['lint', dir]);
    assert.match(r.stdout, /x\\n::add-mask::secret\\n::error title=t::pwned\\x1b\[2J\.txt/u);
    assert.match(r.stderr, /^privacylint: .*empty\\n::error::boom\.md: the file is empty$/mu);
  });
});

describe('file names in diff reports (item 4)', () => {
  it('text, markdown and HTML diffs show a hostile name with escapes, on one line; a diff error names it escaped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacylint-evil-diff-'));
    const a = join(dir, EVIL_NAME);
    const b = join(dir, 'b\r::warning::z\u009b2J.txt');
    copyFileSync(SEED_TXT, a);
    copyFileSync(SEED_TXT, b);
    const shownA = `${dir}/x\\n::add-mask::secret\\n::error title=t::pwned\\x1b[2J.txt`;
    const shownB = `${dir}/b\\r::warning::z\\x9b2J.txt`;
    for (const format of ['text', 'markdown', 'html']) {
      for (const versions of [[], ['--versions']]) {
        const r = await cli(['diff', a, b, '-f', format, ...versions]);
        assert.equal(r.code, 0, format);
        assert.deepEqual(commands(r.stdout), [], format);
        assert.equal(r.stderr, '', format);
        // eslint-disable-next-line no-control-regex
        assert.doesNotMatch(r.stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u, format);
      }
    }
    const text = (await cli(['diff', a, b])).stdout.split('\n');
    assert.ok(text.includes(`A  ${shownA}`), text.slice(0, 4).join('\n'));
    assert.ok(text.includes(`B  ${shownB}`), text.slice(0, 6).join('\n'));
    const markdown = (await cli(['diff', a, b, '-f', 'markdown'])).stdout;
    assert.ok(markdown.includes('x\\\\n::add-mask::secret\\\\n::error title=t::pwned\\\\x1b\\[2J.txt'), markdown.slice(0, 400));
    const html = (await cli(['diff', a, b, '-f', 'html'])).stdout;
    assert.ok(html.includes(`<span class="path">${shownA}</span>`));
    const empty = join(dir, 'e\n::error::boom.md');
    writeFileSync(empty, '');
    const r = await cli(['diff', a, empty]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.deepEqual(commands(r.stderr), []);
    assert.equal(r.stderr, `privacylint: ${dir}/e\\n::error::boom.md: the file is empty\n`);
  });
});

describe('policy text cannot drive the terminal (item 5)', () => {
  it('stylish strips OSC 8 links, ESC[2J, BEL and backspace from messages', () => {
    const out = formatStylish(reportWith('p.md', "'\x1b]8;;https://evil.example/\x07click\x1b]8;;\x07' is \x1b[2Joutdated\b\x07"), { color: false });
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(out, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
    assert.match(out, /'\]8;;https:\/\/evil\.example\/click\]8;;' is \[2Joutdated/u);
  });
});

describe('lint --format markdown escapes policy text (item 6)', () => {
  it('no image, link, mention, emphasis or HTML comes through', () => {
    const out = formatMarkdown(reportWith('p.md', "'![pixel](https://t.example/p.png) [site](https://evil.example) @alice **big** <img src=x>' is outdated"));
    const row = out.split('\n').find((l) => l.includes('pixel'))!;
    assert.ok(row.includes('!\\[pixel\\](https://t.example/p.png) \\[site\\](https://evil.example) @\u200balice \\*\\*big\\*\\* &lt;img src=x&gt;'), row);
  });
});

/**
 * Property-based fuzzing (issue 9): arbitrary bytes, mutated real policies and random Markdown/HTML structure
 * go through decode, parse, lint, every lint formatter and diff (every diff formatter), in-process. Nothing
 * may throw except an InputError with a one-line message, and the JSON, SARIF and diff-JSON reports must parse
 * back. The normal test run tries a few thousand cases; `npm run fuzz` sets FUZZ_RUNS=100000. A failure is
 * reported by fast-check with its seed and path; rerun it with FUZZ_SEED=<seed> FUZZ_PATH=<path>.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ROOT } from './helpers.js';
import { decodeBytes, BinaryDataError, InputError } from '../src/io/read.js';
import { parsePolicyInput } from './fuzz-helpers.js';
import { resolveConfig } from '../src/rules/config.js';
import { lintPolicy } from '../src/rules/engine.js';
import { buildReport } from '../src/lint.js';
import { comparePolicies } from '../src/diff/index.js';
import { formatStylish } from '../src/report/stylish.js';
import { formatJson } from '../src/report/json.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatGithub } from '../src/report/github.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { formatDiffJson } from '../src/report/diff-json.js';
import { formatDiffText } from '../src/report/diff-text.js';
import { formatDiffMarkdown } from '../src/report/diff-markdown.js';
import { formatDiffHtml } from '../src/report/diff-html.js';
import type { InputFormat } from '../src/io/read.js';

/** Total cases per property; the properties below split it. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
/** One seed for the whole run, printed first so that a passing run can be recorded and any run replayed. */
const SEED = process.env.FUZZ_SEED === undefined ? (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0 : Number(process.env.FUZZ_SEED);
const PATH = process.env.FUZZ_PATH;
process.stderr.write(`fuzz: FUZZ_RUNS=${RUNS} FUZZ_SEED=${SEED}\n`);
const params = (share: number): fc.Parameters<unknown> => ({
  numRuns: Math.max(1, Math.round(RUNS * share)),
  seed: SEED,
  ...(PATH !== undefined ? { path: PATH } : {}),
  endOnFailure: true,
});

const CONFIG = resolveConfig(null);
const SEEDS = [
  readFileSync(join(ROOT, 'fixtures', 'cloudaware-privacybeleid.md'), 'utf8'),
  readFileSync(join(ROOT, 'fixtures', 'cloudbilling-privacy-policy.txt'), 'utf8'),
];
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

/** An error is acceptable only as an InputError with a one-line message. */
function allowInputError(error: unknown): void {
  if (error instanceof InputError && !error.message.includes('\n')) return;
  throw error;
}

/** Parse, lint and every lint formatter; JSON and SARIF must parse back; no terminal escape in stylish. */
async function lintEverything(text: string, format: InputFormat, path = 'fuzz.md'): Promise<void> {
  let parsed;
  try {
    parsed = await parsePolicyInput({ path, text, format, encoding: 'utf-8' });
  } catch (error) {
    return allowInputError(error);
  }
  const result = lintPolicy(parsed, CONFIG, {});
  const report = buildReport([result]);
  const json = JSON.parse(formatJson(report)) as { version: number; files: unknown[] };
  assert.equal(json.files.length, 1);
  const sarif = JSON.parse(formatSarif(report, { rules: CONFIG.rules, toolVersion: '0.0.0', repoRoot: ROOT })) as { version: string };
  assert.equal(sarif.version, '2.1.0');
  const stylish = formatStylish(report, { color: false });
  assert.doesNotMatch(stylish, CONTROL);
  for (const line of formatGithub(report).split('\n')) if (line) assert.match(line, /^::(?:error|warning|notice) file=/u);
  formatMarkdown(report);
  return undefined;
}

async function diffEverything(a: string, b: string, format: InputFormat): Promise<void> {
  const sides = [];
  for (const [path, text] of [['a.md', a], ['b.md', b]] as const) {
    let parsed;
    try {
      parsed = await parsePolicyInput({ path, text, format, encoding: 'utf-8' });
    } catch (error) {
      return allowInputError(error);
    }
    const result = lintPolicy(parsed, CONFIG, {});
    sides.push({ path, model: result.model, requirements: result.requirements, findings: result.findings, document: parsed.document });
  }
  for (const versions of [true, false]) {
    const diff = comparePolicies(sides[0], sides[1], { versions });
    assert.equal((JSON.parse(formatDiffJson(diff)) as { version: number }).version, 1);
    assert.doesNotMatch(formatDiffText(diff, { width: 80 }), CONTROL);
    formatDiffMarkdown(diff);
    formatDiffHtml(diff);
  }
  return undefined;
}

/** A mutation of a real policy: a slice of it with random text spliced in. */
const mutatedPolicy = fc
  .tuple(fc.constantFrom(...SEEDS), fc.nat(), fc.nat(), fc.string({ unit: 'binary', maxLength: 40 }), fc.integer({ min: 200, max: 2500 }))
  .map(([seed, at, cut, insert, length]) => {
    const start = at % seed.length;
    const body = seed.slice(start, start + length);
    const pos = cut % (body.length + 1);
    return body.slice(0, pos) + insert + body.slice(pos);
  });

const word = fc.constantFrom('privacy', 'gegevens', 'data', 'bewaren', 'e-mail', 'info@example.nl', 'AVG', 'GDPR', 'Google', 'B.V.', '2 jaar', 'cookies', 'x', '');
const inline = fc.array(fc.oneof(word, fc.constantFrom('*', '_', '`', '[', '](', ')', '<b>', '</b>', '&amp;', '&#0;', '\\', '|', '\t', '\u202e', '\x1b[2J')), { maxLength: 12 }).map((p) => p.join(' '));
/** Random Markdown: headings, quotes, lists, tables, code, HTML, nested to some depth. */
const markdownDoc = fc
  .array(
    fc.tuple(fc.constantFrom('', '# ', '## ', '> ', '> > ', '- ', '  - ', '1. ', '| ', '```\n', '<div>', '</div>', '---\n', '+++\n'), fc.nat({ max: 6 }), inline),
    { maxLength: 40 },
  )
  .map((lines) => lines.map(([prefix, depth, text]) => `${prefix.repeat(prefix.startsWith('>') || prefix.startsWith(' ') ? depth : 1)}${text}`).join('\n'));
/** Random HTML: tags nested and unclosed, entities, scripts, attributes. */
const htmlDoc = fc
  .array(fc.oneof(inline, fc.constantFrom('<p>', '</p>', '<h1>', '</h1>', '<ul><li>', '</li></ul>', '<table><tr><td>', '</td></tr></table>', '<script>', '</script>', '<br>', '<html lang="en">', '<!--', '-->', '<div>')), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('fuzz (fast-check)', { timeout: Infinity }, () => {
  it('arbitrary bytes: decode is total (text or BinaryDataError), and decoded text lints', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        let text: string;
        try {
          text = decodeBytes(bytes).text;
        } catch (error) {
          if (error instanceof BinaryDataError) return;
          throw error;
        }
        await lintEverything(text, 'text', 'bytes.txt');
      }),
      params(0.3),
    );
  });

  it('mutated real policies: parse, lint and every formatter, as Markdown, HTML and text', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedPolicy, fc.constantFrom<InputFormat>('markdown', 'html', 'text'), async (text, format) => lintEverything(text, format)),
      params(0.3),
    );
  });

  it('random Markdown and HTML structure', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(markdownDoc.map((t) => [t, 'markdown'] as const), htmlDoc.map((t) => [t, 'html'] as const)), async ([text, format]) => lintEverything(text, format)),
      params(0.3),
    );
  });

  it('diff of two mutated versions, with every diff formatter', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedPolicy, mutatedPolicy, async (a, b) => diffEverything(a, b, 'markdown')),
      params(0.1),
    );
  });
});

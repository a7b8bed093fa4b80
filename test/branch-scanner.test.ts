/**
 * The first-character scanner of large alternations (src/lexicon/dispatch.ts, first-chars.ts) finds exactly what
 * the whole alternation finds: the same matches at the same places, with the same branch. Checked against a plain
 * global exec loop over the whole pattern, on real policy text and on the edge cases of the scan (words that
 * begin outside ASCII, surrogate pairs, case variants outside ASCII, a word glued to the one before).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstChars } from '../src/lexicon/first-chars.js';
import { BranchScanner, planKey } from '../src/lexicon/dispatch.js';
import { anchored, wordPattern, wordPatternParts } from '../src/lexicon/compile.js';
import { AUTHORITIES } from '../src/lexicon/authorities.js';
import { captureGroups, namesService, registryHits, registryPattern, registryScanner } from '../src/extract/registry.js';
import { makeAuthorityScanner } from '../src/extract/controller.js';
import { precomputed } from '../src/cli/build-tools.js';
import { narrowSafe, riskyClass } from '../src/lexicon/narrow.js';
import { PROCESSORS } from '../src/lexicon/processors.js';

const codes = (chars: string): number[] => [...chars].map((c) => c.charCodeAt(0)).sort((a, b) => a - b);
const sorted = (set: Set<number> | null): number[] | null => (set === null ? null : [...set].sort((a, b) => a - b));

test('firstChars: the ASCII characters a match can begin with, under the pattern’s flags', () => {
  assert.deepEqual(sorted(firstChars('google\\s+analytics', 'iu')), codes('Gg'));
  assert.deepEqual(sorted(firstChars('google\\s+analytics', 'u')), codes('g'));
  // An optional first part: what follows it may begin the match too.
  assert.deepEqual(sorted(firstChars('(?:google\\s+)?ml\\s?kit', 'iu')), codes('GgMm'));
  assert.deepEqual(sorted(firstChars('g\\s?pay|apple\\s+pay', 'iu')), codes('AaGg'));
  // A lookaround matches no character; a class and an escape are asked of V8 itself.
  assert.deepEqual(sorted(firstChars('(?<=\\s)(?!x)[\\d.]+', 'u')), codes('.0123456789'));
  // `s` under `iu` also matches the long s, which is not ASCII: the ASCII answer is s and S.
  assert.deepEqual(sorted(firstChars('\u017Fk', 'iu')), codes('Ss'));
  assert.deepEqual(sorted(firstChars('[^a-z]x', 'u'))?.length, 128 - 26);
  // May begin with anything, or with nothing at all: no answer (every position is tried).
  assert.equal(firstChars('x?', 'iu'), null);
  assert.equal(firstChars('(a)\\1', 'iu'), null);
  assert.equal(firstChars('(?:)', 'iu'), null);
});

/** What a global exec loop over the whole registry pattern finds: start, text and the entry of the group that matched. */
function wholePattern(text: string): string[] {
  const re = registryPattern();
  const groups: number[] = [];
  let group = 1;
  for (const entry of PROCESSORS) {
    groups.push(group);
    group += 1 + entry.patterns.reduce((n, source) => n + captureGroups(source), 0);
  }
  const out: string[] = [];
  for (const m of text.matchAll(re)) out.push(`${m.index}:${m[0]}:${PROCESSORS[groups.findIndex((g) => m[g] !== undefined)].name}`);
  return out;
}

const scanned = (text: string): string[] => registryHits(text).map((h) => `${h.start}:${h.text}:${h.entry.name}`);

test('registryHits finds what the whole registry pattern finds, on edge cases of the scan', () => {
  const cases = [
    'We use Google Analytics, Google Tag Manager and Google.',
    'xGoogle Analytics is no service; (Google Analytics) is one, and so is "Mailchimp".',
    'Éditeur: Google Ireland; Über uns: YouTube; ça: Stripe',
    '😀Google Analytics and 😀 Hotjar, 𝐆oogle',
    'GOOGLE ANALYTICS, google analytics, Google\u00a0Analytics, ſtripe, \u212Alaviyo',
    'Amazon Pay Europe; Apple Pay; G Pay; gpay; Sign in with Apple',
    '',
  ];
  for (const text of cases) assert.deepEqual(scanned(text), wholePattern(text), text);
  assert.deepEqual(scanned('We use Google Analytics, Google Tag Manager and Google.').map((h) => h.split(':')[2]), ['Google Analytics', 'Google Tag Manager', 'Google']);
  assert.equal(namesService('Klaviyo'), true);
  assert.equal(namesService('no service named here'), false);
});

test('registryHits finds what the whole registry pattern finds, on real policies of every language', () => {
  const dir = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'train');
  const names = readdirSync(dir).filter((n) => /\.(md|txt|html)$/u.test(n)).sort();
  // One policy of each language, its first 20 paragraphs as written (the whole pattern is slow: that is the point).
  const picked = ['de', 'en', 'fr', 'nl'].map((lang) => names.find((n) => n.startsWith(`${lang}-`))!);
  let found = 0;
  for (const name of picked) {
    for (const paragraph of readFileSync(join(dir, name), 'utf8').split(/\n\s*\n/u).slice(0, 20)) {
      const expected = wholePattern(paragraph);
      found += expected.length;
      assert.deepEqual(scanned(paragraph), expected, `${name}: ${paragraph.slice(0, 80)}`);
    }
  }
  assert.ok(found > 10, `the policies name services (${found})`);
});

test('BranchScanner: capturing groups of a branch, empty matches and a limit', () => {
  const branches = ['(a)(b)?c', 'x*', 'de'];
  const scanner = new BranchScanner(branches, 'iu', captureGroups);
  const whole = new RegExp(anchored(branches.map((b) => `(${b})`).join('|')), 'giu');
  for (const text of ['abc ac de', 'ABC. x xx d', 'Ab', '']) {
    const expected = [...text.matchAll(whole)].map((m) => `${m.index}:${m[0]}`);
    assert.deepEqual(
      scanner.scan(text).map((m) => `${m.start}:${m.text}`),
      expected,
      text,
    );
  }
  assert.deepEqual(scanner.scan('abc ac de')[0].groups, ['a', 'b']);
  assert.deepEqual(scanner.scan('abc ac de')[1].groups, ['a', undefined]);
  assert.equal(scanner.scan('abc ac de', 1).length, 1);
});

test('wordPatternParts: a scanner of the authority pattern (written for `u` alone) tests what the pattern tests', () => {
  const sources = AUTHORITIES.flatMap((a) => a.patterns);
  const parts = wordPatternParts(sources);
  assert.ok(parts, 'the pattern is split into its parts');
  assert.equal(parts.flags, 'gu', 'the rewritten phrases are used (the pattern holds \\p{…})');
  const scanner = new BranchScanner(parts.branches, parts.flags, captureGroups, parts.wrap);
  const texts = [
    'Sie haben das Recht, sich bei der Aufsichtsbehörde zu beschweren: Der Hamburgische Beauftragte für Datenschutz.',
    'You may complain to the ICO (Information Commissioner’s Office) or the Irish Data Protection Commission.',
    'U kunt een klacht indienen bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).',
    'Vous pouvez saisir la CNIL, 3 place de Fontenoy.',
    'xCNIL, Autoriteit-Persoonsgegevens, AUTORITEIT PERSOONSGEGEVENS, ÉCNIL, 😀CNIL',
    'no authority here',
  ];
  const re = wordPattern(sources);
  for (const text of texts) {
    re.lastIndex = 0;
    const expected = [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
    assert.deepEqual(scanner.scan(text).map((m) => `${m.start}:${m.text}`), expected, text);
  }
  assert.equal(scanner.scan(texts[2], 1).length, 1);
  assert.equal(scanner.scan(texts[5]).length, 0);
});

test('BranchScanner plans: a scanner on the plan the build saves scans as one without it, and a plan is used only for its branches', () => {
  // What the build saves (src/cli/build-tools.ts, built into the bundle as PRIVACYLINT_PRECOMPUTED), through JSON.
  const saved = JSON.parse(precomputed()) as { scanners: Record<string, ReturnType<BranchScanner['plan']>> };
  const texts = [
    'We use Google Analytics, Google Tag Manager and Google; Über uns: YouTube; ça: Stripe, ſtripe, \u212Alaviyo, 😀Hotjar.',
    // Texts a narrow scan (`i` without `u`) may take, and texts it must leave to the patterns as written.
    'Google Analytics, GOOGLE FORMS, Microsoft Forms, Sofortüberweisung, Calaméo, Kühne + Nagel, Straße, Bürgel',
    'Google Analytics and Klaviyo, \u212Alaviyo; Ωmega, Ångström, Stripe and ſtripe',
    'Google Analytics 😀 and Mailchimp',
    'Sie haben das Recht, sich bei der Aufsichtsbehörde zu beschweren: Der Hamburgische Beauftragte für Datenschutz.',
    'You may complain to the ICO or the Irish Data Protection Commission; Autoriteit Persoonsgegevens; ÉCNIL, la CNIL.',
    '',
  ];
  for (const [name, make] of [['registry', () => registryScanner(null)], ['authorities', () => makeAuthorityScanner(null)!]] as const) {
    const plain = make();
    const plan = saved.scanners[name];
    assert.ok(plan, `a plan for ${name}`);
    // The plan is exactly what the run-time code works out (the ASCII tables, the first pieces, the group counts).
    const narrow = name === 'registry' ? { flags: 'i', risky: (sources: readonly string[]) => riskyClass(sources), safe: narrowSafe } : undefined;
    assert.deepEqual(plan, JSON.parse(JSON.stringify(plain.plan(narrow))), name);
    const planned = name === 'registry' ? registryScanner(plan) : makeAuthorityScanner(plan)!;
    assert.equal(planned.planned, true, name);
    assert.equal(plain.planned, false, name);
    for (const text of texts) assert.deepEqual(planned.scan(text), plain.scan(text), `${name}: ${text}`);
  }
  // The registry's plan scans most of its patterns without `u`: the same matches on real policies of every language.
  const registry = saved.scanners.registry;
  assert.ok(registry.narrow && registry.narrow.branches.includes('1'), 'the registry is scanned narrow where it can be');
  const planned = registryScanner(registry);
  const plain = registryScanner(null);
  const dir = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'train');
  const names = readdirSync(dir).filter((n) => /\.(md|txt|html)$/u.test(n)).sort();
  let found = 0;
  for (const lang of ['de', 'en', 'fr', 'nl']) {
    for (const name of names.filter((n) => n.startsWith(`${lang}-`)).slice(0, 5)) {
      for (const paragraph of readFileSync(join(dir, name), 'utf8').split(/\n\s*\n/u)) {
        const expected = plain.scan(paragraph);
        found += expected.length;
        assert.deepEqual(planned.scan(paragraph), expected, `${name}: ${paragraph.slice(0, 80)}`);
      }
    }
  }
  assert.ok(found > 50, `the policies name services (${found})`);
  // A plan made for other branches or other flags is not used.
  const branches = ['(a)(b)?c', 'x*', 'de'];
  const plan = new BranchScanner(branches, 'iu', captureGroups).plan();
  assert.equal(plan.key, planKey(branches, 'giu'));
  assert.equal(new BranchScanner(branches, 'iu', captureGroups, undefined, plan).planned, true);
  assert.equal(new BranchScanner(['(a)(b)?c', 'x*', 'df'], 'iu', captureGroups, undefined, plan).planned, false);
  assert.equal(new BranchScanner(branches, 'u', captureGroups, undefined, plan).planned, false);
});

test('narrowSafe and riskyClass: what means the same without `u`, and the characters that keep a text from it', () => {
  assert.equal(narrowSafe('google\\s+analytics'), true);
  assert.equal(narrowSafe('sofort[üu](?:e)?berweisung'), true);
  assert.equal(narrowSafe('(?<=^[\\s*_]*)resend(?=[*_]*\\s*[:(–—-])'), true);
  assert.equal(narrowSafe('canva(?![\\p{L}])'), false);
  assert.equal(narrowSafe('\\w+'), false);
  assert.equal(narrowSafe('(?<name>x)'), false);
  assert.equal(narrowSafe('\\u{1F600}'), false);
  const units = (sources: string[]): RegExp => new RegExp(`[${riskyClass(sources)}]`);
  // Under `iu` an s matches the long s and a k the Kelvin sign; under `i` alone they do not.
  assert.equal(units(['s']).test('\u017f'), true);
  assert.equal(units(['k']).test('\u212a'), true);
  assert.equal(units(['s']).test('\u212a'), false);
  assert.equal(units(['x']).test('\u017f'), false);
  // Every surrogate (a character outside the BMP is two code units without `u`), never a plain letter.
  assert.equal(units(['x']).test('\ud83d'), true);
  assert.equal(units(['s', 'k', '[a-z]']).test('sSkKüß'), false);
});

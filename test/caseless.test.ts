/**
 * Case-insensitive patterns written for the `u` flag alone (src/lexicon/caseless.ts) match exactly what they
 * matched under `iu`: every word list of every language pack, compared match by match on policy text and on text
 * made of every character that has case variants.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';
import { LANGUAGES, PACKS } from '../src/lang/index.js';
import { anchored, wordPattern } from '../src/lexicon/compile.js';
import { caseless, caselessRegExp, caselessSource } from '../src/lexicon/caseless.js';
import { CASE_CLASSES, CASE_CLASSES_UNICODE } from '../src/lexicon/case-classes.js';

const usable = process.versions.unicode === CASE_CLASSES_UNICODE;

/** Every character that has case variants, each between spaces and glued to letters, and some policy text. */
const VARIANTS = CASE_CLASSES.split(',').flatMap((set) => set.split(' ').map((hex) => String.fromCodePoint(parseInt(hex, 16))));
const TEXTS = [
  VARIANTS.join(' '),
  VARIANTS.join(''),
  'ſtore KEEP Kunden ẞTRASSE Straße PERSONAL DATA personenbezogene Daten Données ÉTÉ \u0345 \u1fbe 𝐀bc data😀 da\ud83dta',
  readFileSync(join(ROOT, 'fixtures', 'cloudaware-privacybeleid.md'), 'utf8'),
];

function matches(re: RegExp, text: string): string[] {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  return [...text.matchAll(global)].map((m) => `${m.index}:${m.join('\u0001')}`);
}

/** Every list of phrases in a pack (arrays of strings, however deep). */
function phraseLists(value: unknown, out: string[][] = []): string[][] {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((v) => typeof v === 'string')) out.push(value as string[]);
    else for (const v of value) phraseLists(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) phraseLists(v, out);
  }
  return out;
}

test('every phrase list of every pack matches the same under u alone as under iu', { skip: !usable && 'case sets made under another Unicode version' }, () => {
  let rewritten = 0;
  for (const language of LANGUAGES) {
    for (const list of phraseLists(PACKS[language])) {
      let original: RegExp;
      try {
        original = new RegExp(anchored(list.map((s) => `(?:${s})`).join('|')), 'giu');
      } catch {
        continue; // not a list of regex sources (names, file names)
      }
      const fast = wordPattern(list);
      if (!fast.flags.includes('i')) rewritten++;
      for (const text of TEXTS) assert.deepEqual(matches(fast, text), matches(original, text), `${language}: ${list.slice(0, 3).join(' | ')}`);
    }
  }
  // The lists with \p{…} are written without i (the others compile about as fast under iu as rewriting costs).
  assert.ok(rewritten > 20, `only ${rewritten} lists rewritten`);
});

test('a letter becomes the set of its case variants, Kelvin sign and long s included', { skip: !usable && 'case sets made under another Unicode version' }, () => {
  const { source, flags } = caseless('kas\\p{L}*', 'giu');
  assert.equal(flags, 'gu');
  assert.equal(source, '[Kk\u212A][Aa][Ssſ][\\u{345}\\p{L}]*');
  const re = new RegExp(source, flags);
  assert.deepEqual('KASSE kasse \u212Aaſſe Kasse'.match(re), ['KASSE', 'kasse', '\u212Aaſſe', 'Kasse']);
});

test('classes, negated classes and property escapes get the variants of their members', { skip: !usable && 'case sets made under another Unicode version' }, () => {
  for (const [source, text] of [
    ['[a-z]+', 'ABC \u212A ſ'],
    ['[^a-z\\s]+', 'ABC \u212A ſ 123 é'],
    ['\\p{Lu}+', 'abc ABC ß'],
    ['[\\w-]+', 'a-b ſ \u212A'],
    ['stra(?:ss|ß)e', 'STRASSE straße STRAẞE'],
    ['(?<name>caf\\u{e9})', 'CAFÉ café'],
  ]) {
    const written = caseless(source, 'giu');
    assert.equal(written.flags, 'gu', source);
    const fast = new RegExp(written.source, written.flags);
    const original = new RegExp(source, 'giu');
    assert.deepEqual(matches(fast, text), matches(original, text), source);
  }
});

test('what has no set of variants under i keeps its flags: \\b, \\W, back-references', () => {
  for (const source of ['\\bdata\\p{L}', '\\W\\p{L}', '(a)\\1\\p{L}']) assert.deepEqual(caseless(source, 'giu'), { source, flags: 'giu' });
  assert.equal(caselessSource('\\k<x>'), null);
  // A pattern without \p{…} is compiled as written (rewriting it would cost about what it saves).
  assert.equal(caselessRegExp('data', 'giu').flags, 'giu');
  assert.equal(caselessRegExp('data\\p{L}', 'giu').flags, usable ? 'gu' : 'giu');
  // Flags without i or u: nothing to do.
  assert.deepEqual(caseless('Data', 'gu'), { source: 'Data', flags: 'gu' });
});

test('the case sets agree with this Node version\'s iu matching', { skip: !usable && 'case sets made under another Unicode version' }, () => {
  for (const set of CASE_CLASSES.split(',')) {
    const members = set.split(' ').map((hex) => String.fromCodePoint(parseInt(hex, 16)));
    const re = new RegExp(`^${members[0].replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'iu');
    for (const m of members) assert.ok(re.test(m), `${set}: ${m}`);
  }
});

/**
 * The language-pack design: extractors hold no words (a word in src/extract is a word a new language would miss),
 * and every pack fills the parts the extractors read, the optional second-question parts included.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT } from './helpers.js';
import { LANGUAGES, PACKS } from '../src/lang/index.js';
import { REQUIREMENT_IDS } from '../src/model/types.js';

/**
 * Identifiers that may stand in extractor literals: model ids and kinds, block kinds, topics, regex flags, Unicode
 * normalisation forms, URL parts. None is a word of a policy's language.
 */
const IDENTIFIERS = new Set(
  [
    // model ids and kinds
    ...REQUIREMENT_IDS.flatMap((id) => id.split('_')),
    'statement', 'cue', 'article', 'authority', 'rights', 'complaint', 'processor', 'category', 'service', 'unspecified',
    'derogation', 'none', 'session', 'retention', 'recipients', 'transfers', 'purposes', 'cookies', 'children',
    'interests', 'basis', 'legal', 'special', 'other', 'data', 'security', 'changes', 'adm', 'dpo', 'DPO', 'used',
    'neutral', 'not', 'outside', 'inside', 'eea', 'destination', 'origin', 'source', 'registry', 'public', 'prefix', 'any',
    'name', 'NAME', 'entity', 'acronym', 'social', 'payments',
    // document block kinds
    'heading', 'paragraph', 'listItem', 'tableRow',
    // regex flags, normalisation forms, URL and e-mail syntax
    'giu', 'isu', 'NFD', 'NFKD', 'https', 'www', 'mailto', 'commat',
    // HTML syntax (the <title> and og:title of a page)
    'html', 'title', 'meta', 'property', 'site', 'content', 'amp', 'apos',
    // duration finder token kinds and ISO 8601
    'num', 'dash', 'word', 'punct', 'afterDigits', 'glued', 'max', 'min', 'MIN', 'approx', 'range', 'between',
    'alternative', 'ISO', 'duration', 'Not',
  ],
);

function literalWords(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const words: string[] = [];
  const visit = (node: ts.Node): void => {
    const literal =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isRegularExpressionLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node);
    if (literal && !ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent) && !ts.isLiteralTypeNode(node.parent)) {
      // Regex syntax is not language: escapes (\p{L}, \s), group openers.
      const text = node.getText(sf).replace(/\\[pP]\{[^}]*\}/gu, ' ').replace(/\\[a-zA-Z]/gu, ' ').replace(/\(\?<?[=!:]/gu, ' ');
      for (const w of text.match(/\p{L}{3,}/gu) ?? []) words.push(w);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return words;
}

test('extractors hold no words of a language: every word is in a pack or a registry', () => {
  const dir = join(ROOT, 'src', 'extract');
  const offenders: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    for (const word of new Set(literalWords(join(dir, name)))) if (!IDENTIFIERS.has(word)) offenders.push(`${name}: ${word}`);
  }
  assert.deepEqual(offenders, []);
});

test('the word check sees a word hidden in a regex literal (near miss)', () => {
  const file = join(ROOT, 'test', 'lang-packs.test.ts');
  // This file itself has /\s(?:and|en)\s/ below: its words must be found.
  assert.ok(literalWords(file).includes('and'));
  void /\s(?:and|en)\s/u;
});

test('every pack fills the second-question parts the extractors read', () => {
  for (const language of LANGUAGES) {
    const pack = PACKS[language];
    const requirements = pack.requirements;
    assert.ok(requirements.rightRequests?.length, `${language}: rightRequests`);
    assert.ok(requirements.complaintCues?.length, `${language}: complaintCues`);
    assert.ok(requirements.purposeClauses?.length, `${language}: purposeClauses`);
    for (const id of ['purposes', 'recipients', 'third_country_transfers', 'retention', 'statutory_contractual_requirement', 'automated_decision_making'] as const) {
      assert.ok(requirements.addressed?.[id]?.length, `${language}: addressed.${id}`);
    }
    assert.ok(pack.common.determiners?.length && pack.common.enumerationJoins?.length && pack.common.limitNegations?.length, `${language}: grammar`);
  }
});

test('every pack phrase compiles as a word-anchored pattern', async () => {
  const { wordPattern } = await import('../src/lexicon/compile.js');
  for (const language of LANGUAGES) {
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string') {
        assert.doesNotThrow(() => wordPattern([value]), `${language}.${path}: ${value}`);
      } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    };
    walk(PACKS[language], '');
  }
});

test('no pack phrase ends where the closing word boundary can never hold (a bare \\s, \\S or one letter class)', () => {
  // wordPattern closes every phrase with "not followed by a letter": a phrase ending in "\s" or in one "\p{L}" only
  // matches when the text ends there, so it silently never fires inside a sentence ("include\s+\p{L}" missed
  // "include fraud prevention"). A lookahead at the end ("(?=\s)") is fine.
  const bad: string[] = [];
  for (const language of LANGUAGES) {
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string') {
        if (/(?:\\s\+?|\\S|\\p\{L\})$/u.test(value)) bad.push(`${language}.${path}: ${value}`);
      } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    };
    walk(PACKS[language], '');
  }
  assert.deepEqual(bad, []);
});

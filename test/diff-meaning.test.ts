/**
 * Issue 14, a diff you can trust: a reworded sentence is cosmetic, a sentence that gains or loses content (a list
 * item, a clause, an object) is material; a heading is no statement by itself; a consent A only mentioned beside
 * the basis it named as such is no lost legal basis. Checked on words and on real version pairs
 * (fixtures/diff-pairs, sources in their source.yaml).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { comparePolicies, loadDiffSide, type PolicyDiff } from '../src/diff/index.js';
import { contentShift, contentWords, meaningChanges } from '../src/diff/reword.js';

const PAIRS = fileURLToPath(new URL('../fixtures/diff-pairs/', import.meta.url));

async function pair(id: string): Promise<PolicyDiff> {
  const a = await loadDiffSide(join(PAIRS, id, 'old.md'));
  const b = await loadDiffSide(join(PAIRS, id, 'new.md'));
  return comparePolicies(a, b, { versions: true });
}

describe('reworded or changed in meaning', () => {
  it('content words leave out function words, numbers, link targets and line-break hyphens', () => {
    assert.deepEqual(contentWords('Fragen an die [Gut-achter](https://example.com/a) vom 12. Mai', 'de'), ['fragen', 'gutachter', 'mai']);
    assert.deepEqual(contentWords('We use this information to operate BeePitched', 'en'), ['use', 'information', 'operate', 'beepitched']);
  });

  it('a list item added is material: "verify your identity"', () => {
    const a = 'We collect information you provide to us, such as when you create an account, update your profile.';
    const b = 'We collect information you provide to us, such as when you create an account, verify your identity, update your profile.';
    assert.deepEqual(contentShift(a, b, 'en'), { added: ['verify', 'identity'], removed: [] });
    assert.deepEqual(meaningChanges(a, b, 'en'), ['words added: verify, identity']);
  });

  it('a clause dropped is material: "en de app verwijdert"', () => {
    const a = 'Als u niet langer CoronaCheck wilt gebruiken en de app verwijdert, worden alle gegevens gewist.';
    const b = 'Als u niet langer CoronaCheck wilt gebruiken, worden alle gegevens gewist.';
    assert.deepEqual(meaningChanges(a, b, 'nl'), ['words removed: app, verwijdert']);
  });

  it('spelling, hyphenation, function words and one word for another are a reword', () => {
    assert.deepEqual(meaningChanges('Als je een bewijs wil op basis van herstel', 'Als je een bewijs wilt op basis van herstel', 'nl'), []);
    assert.deepEqual(meaningChanges('an Behörden, Gut-achter und Gerichte', 'an Behörden, Gutachter und Gerichte', 'de'), []);
    assert.deepEqual(meaningChanges('* zijn/haar studievoortgang,', '* zijn studievoortgang;', 'nl'), []);
    assert.deepEqual(meaningChanges('die am Ende dieser Datenschutzhinweise angegebene Kontaktmöglichkeit', 'die am Anfang dieser Datenschutzhinweise angegebene Kontaktmöglichkeit', 'de'), []);
    assert.deepEqual(meaningChanges('Last Updated: October 28, 2020', 'Last Updated: September 16, 2025', 'en'), []);
    // As many words swapped as replaced: a reword, though four go and three come.
    const a = 'CloudAware neemt de bescherming van uw gegevens serieus en neemt passende maatregelen om misbruik tegen te gaan.';
    const b = 'CloudAware vindt de bescherming van uw gegevens belangrijk en treft passende maatregelen tegen misbruik.';
    assert.deepEqual(contentShift(a, b, 'nl'), { added: ['vindt', 'belangrijk', 'treft'], removed: ['neemt', 'serieus', 'neemt', 'gaan'] });
    assert.deepEqual(meaningChanges(a, b, 'nl'), []);
  });

  it('a language without comparison words gets no reading', () => {
    assert.deepEqual(meaningChanges('dati personali', 'dati personali e biometrici raccolti', 'it'), []);
  });
});

describe('real version pairs', () => {
  it('couchsurfing: the sentence that gains "verify your identity" is material, and says why', async () => {
    const diff = await pair('en-couchsurfing-biometric');
    const changed = diff.textChanges!.filter((c) => c.kind === 'changed' && c.b!.line === 26);
    assert.equal(changed.length, 1);
    assert.equal(changed[0]!.label, 'material');
    assert.deepEqual(changed[0]!.reasons, ['words added: verify, identity']);
  });

  it('wording-only pairs (punctuation; spaces, a full stop, lint comments) have no change at all', async () => {
    for (const id of ['nl-han-punctuation', 'en-github-typography']) {
      const diff = await pair(id);
      assert.deepEqual(diff.textChanges, [], id);
      assert.deepEqual(diff.regressions, [], id);
    }
  });

  it('schulit: the headings of an added section are cosmetic, its sentences material', async () => {
    const diff = await pair('de-schulit-comments');
    const label = (text: string): string | undefined => diff.textChanges!.find((c) => c.b?.text === text)?.label;
    assert.equal(label('Speicherung der IP-Adresse'), 'cosmetic');
    assert.equal(label('Kommentarfunktion auf dieser Website'), 'cosmetic');
    assert.equal(label('Mithilfe der IP-Adresse wird eine einfache Spam-Erkennung umgesetzt.'), 'material');
  });

  it('a consent request before using an app, beside the basis named as such, is no lost legal basis', async () => {
    const efgs = await pair('de-coronamelder-efgs');
    assert.deepEqual(efgs.regressions.filter((r) => r.kind === 'legal_basis_removed'), []);
    assert.ok(efgs.parts.legalBases.some((l) => l.key === 'consent' && l.relation === 'only_a'), 'the extractor still reads the consent in A');
  });

  it('a consent that was the only basis, and an interest cited as Art. 6(1)(f), are lost legal bases', async () => {
    const ip = await pair('nl-coronacheck-consent-ip');
    assert.deepEqual(ip.regressions.filter((r) => r.kind === 'legal_basis_removed').map((r) => r.message), ['B no longer mentions the legal basis: consent']);
    const koma = await pair('de-koma-legal-basis');
    assert.deepEqual(koma.regressions.filter((r) => r.kind === 'legal_basis_removed').map((r) => r.message), ['B no longer mentions the legal basis: legitimate interests']);
  });
});

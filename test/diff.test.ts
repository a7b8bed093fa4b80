/**
 * privacylint diff on the two seeds (two companies) in every format, the JSON contract, and the helpers the
 * comparison and the formatters rest on. Golden files under test/golden/ hold the full outputs; the extractors
 * are still improving, so after a deliberate change regenerate them with
 *   UPDATE_GOLDEN=1 node --import tsx --test test/diff.test.ts
 * and read the diff of test/golden/ before committing. The key facts are asserted directly as well.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { comparePolicies, loadDiffSide, score, type DiffSide, type ItemDiff, type PolicyDiff } from '../src/diff/index.js';
import { durationText } from '../src/diff/describe.js';
import { controllerKey, pairLists, similarity } from '../src/diff/match.js';
import { parsePolicyText } from '../src/index.js';
import { escapeHtml, formatDiffHtml } from '../src/report/diff-html.js';
import { formatDiffJson, toDiffJson } from '../src/report/diff-json.js';
import { escapeMarkdownText, formatDiffMarkdown } from '../src/report/diff-markdown.js';
import { displayWidth, formatDiffText, wrap } from '../src/report/diff-text.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const GOLDEN = join(ROOT, 'test', 'golden');
const SEED_A = 'fixtures/cloudaware-privacybeleid.md';
const SEED_B = 'fixtures/cloudbilling-privacy-policy.txt';
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const ESC = '\u001b';

/** A side read from the project folder, named by its path relative to it (so outputs do not depend on the cwd). */
async function side(relative: string): Promise<DiffSide> {
  const loaded = await loadDiffSide(join(ROOT, relative));
  return { ...loaded, path: relative };
}

/** Compares with the golden file, or writes it when UPDATE_GOLDEN=1. */
function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (UPDATE || !existsSync(path)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
    if (!UPDATE) assert.fail(`${name} did not exist and was written; check it and run again`);
    return;
  }
  assert.equal(actual, readFileSync(path, 'utf8'), `${name} differs from the golden file (UPDATE_GOLDEN=1 regenerates it)`);
}

const byKey = <T>(items: ItemDiff<T>[], key: string): ItemDiff<T> | undefined => items.find((i) => i.key === key);

let A: DiffSide;
let B: DiffSide;
let diff: PolicyDiff;

before(async () => {
  A = await side(SEED_A);
  B = await side(SEED_B);
  diff = comparePolicies(A, B);
});

describe('diff of the two seeds: the facts', () => {
  it('compares them as two policies (different controllers)', () => {
    assert.equal(diff.mode, 'policies');
    assert.equal(diff.textChanges, null);
    assert.equal(diff.a.path, SEED_A);
    assert.equal(diff.b.path, SEED_B);
  });

  it('the DPO is only in CloudAware', () => {
    assert.equal(diff.parts.dpo.relation, 'only_a');
    assert.match(diff.parts.dpo.a?.name ?? '', /Jeroen Hermans/u);
    assert.equal(diff.parts.dpo.b, null);
  });

  it('Google Analytics, HubSpot and Eventbrite are only in CloudBilling; inside or outside the EEA by their country', () => {
    // One source of truth: the EEA flag follows the recipient's country (Google and HubSpot contract through Irish
    // entities, Eventbrite through a US one), so "IE · outside the EEA" cannot be shown.
    for (const [key, country, outside] of [['google analytics', 'IE', false], ['hubspot', 'IE', false], ['eventbrite', 'US', true]] as const) {
      const row = byKey(diff.parts.recipients, key);
      assert.ok(row, `no recipient row ${key}: ${diff.parts.recipients.map((r) => r.key).join(', ')}`);
      assert.equal(row.relation, 'only_b', key);
      assert.equal(row.b?.country, country, key);
      assert.equal(row.b?.outsideEea, outside, key);
      assert.ok(row.b.evidence.length > 0, `${key} has evidence`);
    }
  });

  it('retention has rows on both sides, with normalised durations', () => {
    const a = diff.parts.retention.filter((r) => r.a);
    const b = diff.parts.retention.filter((r) => r.b);
    assert.ok(a.length > 0 && b.length > 0, 'rows on both sides');
    const klant = diff.parts.retention.find((r) => r.a?.subject === 'Klant data');
    assert.equal(klant?.a?.duration, 'P7Y');
    assert.equal(klant?.a?.days, 2555);
    const leads = diff.parts.retention.find((r) => /potenti[eë]le klanten/u.test(r.b?.subject ?? ''));
    assert.equal(leads?.b?.duration, 'P2Y');
  });

  it('the Wbp reference is only in CloudBilling, and outdated', () => {
    const wbp = byKey(diff.parts.lawReferences, 'wbp');
    assert.equal(wbp?.relation, 'only_b');
    assert.equal(wbp?.b?.outdated, true);
    assert.ok(diff.regressions.some((r) => r.kind === 'outdated_reference_added' && /Wbp/u.test(r.message)), 'a regression names the Wbp');
  });

  it('both scores count the 18 requirement statuses of each side', () => {
    for (const [s, source] of [
      [diff.a, A],
      [diff.b, B],
    ] as const) {
      assert.deepEqual(s.score, score(source.requirements));
      assert.equal(s.score.met + s.score.partial + s.score.missing + s.score.notApplicable, 18);
    }
    assert.ok(diff.a.score.met > diff.b.score.met, 'CloudAware meets more than CloudBilling');
    assert.equal(diff.requirements.length, 18);
    const dpo = diff.requirements.find((r) => r.id === 'dpo_contact');
    assert.equal(dpo?.a.status, 'met');
    assert.equal(dpo?.b.status, 'missing');
    assert.equal(dpo?.change, 'worse');
  });

  it('is the mirror image with the sides swapped', () => {
    const swapped = comparePolicies(B, A);
    const mirror = { only_a: 'only_b', only_b: 'only_a', same: 'same', different: 'different' } as const;
    assert.equal(swapped.parts.dpo.relation, 'only_b');
    for (const row of diff.parts.recipients) assert.equal(byKey(swapped.parts.recipients, row.key)?.relation, mirror[row.relation], row.key);
    assert.deepEqual(swapped.a.score, diff.b.score);
  });
});

describe('diff of the two seeds: every format', () => {
  it('json: exactly the documented shape, deterministic', async () => {
    const json = formatDiffJson(diff);
    golden('diff-seeds.json', json);
    const parsed = JSON.parse(json) as PolicyDiff;
    assert.deepEqual(Object.keys(parsed), ['version', 'mode', 'a', 'b', 'parts', 'requirements', 'textChanges', 'regressions', 'assessment', 'summary']);
    assert.deepEqual(parsed, JSON.parse(JSON.stringify(toDiffJson(diff))));
    assert.deepEqual(Object.keys(parsed.a), ['path', 'language', 'title', 'updated', 'controller', 'score', 'findings']);
    assert.deepEqual(Object.keys(parsed.a.score), ['met', 'partial', 'missing', 'notApplicable']);
    assert.deepEqual(Object.keys(parsed.parts.dpo), ['key', 'relation', 'changed', 'a', 'b']);
    assert.deepEqual(Object.keys(parsed.parts.retention[0]), ['key', 'relation', 'changed', 'a', 'b', 'comparison']);
    assert.deepEqual(Object.keys(parsed.requirements[0]), ['id', 'article', 'change', 'a', 'b']);
    // Keyed lists are sorted by key.
    for (const part of ['dataCategories', 'purposes', 'retention', 'recipients', 'cookies', 'lawReferences'] as const) {
      const keys = parsed.parts[part].map((i) => i.key);
      assert.deepEqual(keys, [...keys].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)), part);
    }
    // The same input gives the same bytes, read again from disk.
    const again = comparePolicies(await side(SEED_A), await side(SEED_B));
    assert.equal(formatDiffJson(again), json);
  });

  it('text: the facts side by side, fitting the width, plain unless told', () => {
    const text = formatDiffText(diff, { width: 100 });
    golden('diff-seeds.txt', text);
    assert.ok(!text.includes(ESC), 'no escape codes without colour');
    const scores = [diff.a, diff.b].map((x) => `${x.score.met} met, ${x.score.partial} partial, ${x.score.missing} missing, ${x.score.notApplicable} n/a`);
    for (const fact of ['Jeroen Hermans', 'Google Analytics', 'HubSpot', 'Eventbrite', 'Wet bescherming', 'Klant data', ...scores]) {
      assert.ok(text.includes(fact) || text.replace(/\s+/gu, ' ').includes(fact), `text lacks ${fact}`);
    }
    assert.match(text, /^DPO +Jeroen Hermans,.* < —$/mu);
    assert.match(text, /^HubSpot +— +> processor/mu);
    for (const width of [40, 60, 80, 100, 160]) {
      const lines = formatDiffText(diff, { width }).split('\n');
      for (const line of lines) assert.ok(displayWidth(line) <= width, `width ${width}: ${JSON.stringify(line)} is ${displayWidth(line)} wide`);
      assert.ok(lines.every((l) => l === l.trimEnd()), 'no trailing spaces');
    }
    const coloured = formatDiffText(diff, { width: 100, color: true });
    assert.ok(coloured.includes(ESC), 'colour when told');
    assert.equal(coloured.replace(/\u001b\[[0-9;]*m/gu, ''), text, 'colour changes nothing but colour');
  });

  it('markdown: a pull-request comment with both scores and the facts', () => {
    const md = formatDiffMarkdown(diff);
    golden('diff-seeds.md', md);
    assert.match(md, /^## privacylint diff: two policies$/mu);
    assert.ok(md.includes(`| Score | ✅ ${diff.a.score.met} met · ⚠️ ${diff.a.score.partial} partial · ❌ ${diff.a.score.missing} missing · ➖ ${diff.a.score.notApplicable} n/a | ✅ ${diff.b.score.met} met ·`), 'the score row of both sides');
    assert.match(md, /^\| DPO \| Jeroen Hermans, privacy@cloudaware\.eu \| — \| only in A \|$/mu);
    for (const name of ['Google Analytics', 'HubSpot', 'Eventbrite']) assert.match(md, new RegExp(`^\\| ${name} \\| — \\| processor.* \\| only in B \\|$`, 'mu'));
    assert.match(md, /^\| Wet bescherming persoonsgegevens \(Wbp\) \| — \| outdated.* \| only in B \|$/mu);
    assert.match(md, /^\| Klant data \| 7 years .* \| — \| only in A \|$/mu);
  });

  it('html: one self-contained file with the facts, statuses and quotes', () => {
    const html = formatDiffHtml(diff);
    golden('diff-seeds.html', html);
    assert.ok(html.startsWith('<!DOCTYPE html>'), 'starts with the doctype');
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|\ssrc=|@import|url\(/iu, 'no scripts or external resources');
    assert.match(html, /@media print/u);
    for (const fact of ['Jeroen Hermans', 'Google Analytics', 'HubSpot', 'Eventbrite', 'Wet bescherming persoonsgegevens (Wbp)', 'Klant data']) {
      assert.ok(html.includes(fact), `html lacks ${fact}`);
    }
    for (const x of [diff.a, diff.b]) {
      assert.ok(html.includes(`<span class="st met">${x.score.met} met</span><span class="st partial">${x.score.partial} partial</span>`), `score badges of ${x.path}`);
      assert.ok(html.includes(`<span class="st missing">${x.score.missing} missing</span><span class="st not_applicable">${x.score.notApplicable} n/a</span>`), `score badges of ${x.path}`);
    }
    // An evidence quote with its line.
    assert.match(html, /<blockquote class="q"><span class="ln">line 15<\/span>Jeroen Hermans is de Functionaris Gegevensbescherming/u);
  });
});

describe('escaping policy text', () => {
  const nasty = 'Klant <script>alert(1)</script> & <img src=x onerror=alert(2)> "q" \'s\' `code` [link](http://x) *em* | @octocat \u001b[31m';

  it('html: nothing gets through as markup', () => {
    const out = escapeHtml(nasty);
    assert.doesNotMatch(out, /[<>"]|\u001b/u);
    assert.match(out, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &lt;img src=x onerror=alert\(2\)&gt; &quot;q&quot; &#39;s&#39;/u);
  });

  it('markdown: no HTML, links, emphasis, code, table breaks or mentions', () => {
    const out = escapeMarkdownText(nasty);
    assert.doesNotMatch(out, /<|\u001b/u);
    assert.match(out, /\\\[link\\\]\(http:\/\/x\)/u);
    assert.match(out, /\\\*em\\\*/u);
    assert.match(out, /\\`code\\`/u);
    assert.match(out, /\\\|/u);
    assert.match(out, /@\u200boctocat/u);
    assert.equal(escapeMarkdownText('mail info@cloudbilling.nl'), 'mail info@cloudbilling.nl', 'an e-mail address stays as it is');
    assert.equal(escapeMarkdownText('# not a heading'), '\\# not a heading');
  });

  it('text: control characters cannot drive the terminal', async () => {
    const parsed = await parsePolicyText('Privacy Policy\n\nWe keep \u001b[2J\u001b[31mlogs for 1 year.\n', { language: 'en' });
    const other = await parsePolicyText('Privacy Policy\n\nWe keep logs for 2 years.\n', { language: 'en' });
    const sideOf = (p: typeof parsed, path: string): DiffSide => ({ path, model: p.model, requirements: [], findings: [], document: p.document });
    const d = comparePolicies(sideOf(parsed, 'a.txt'), sideOf(other, 'b.txt'), { versions: true });
    for (const out of [formatDiffText(d), formatDiffMarkdown(d), formatDiffHtml(d)]) assert.ok(!out.includes(ESC), 'no escape character');
  });
});

describe('helpers', () => {
  it('durations in words', () => {
    assert.equal(durationText('P7Y'), '7 years');
    assert.equal(durationText('P1Y6M'), '1 year 6 months');
    assert.equal(durationText('P14M'), '14 months');
    assert.equal(durationText('PT24H'), '24 hours');
    assert.equal(durationText('session'), 'session');
  });

  it('controller names without their legal form decide versions', () => {
    assert.equal(controllerKey('Epsys B.V.'), 'epsys');
    assert.equal(controllerKey('Stichting HackNature'), 'hacknature');
    assert.equal(controllerKey('GitHub, Inc.'), 'github');
    assert.notEqual(controllerKey('CloudAware'), controllerKey('CloudBilling B.V.'));
  });

  it('word similarity', () => {
    assert.equal(similarity('a b c', 'a b c'), 1);
    assert.equal(similarity('Klant data', 'Webserver log bestanden'), 0);
    assert.ok(similarity('Gegevens van klanten', 'Gegevens van onze klanten') > 0.8, 'one word inserted');
  });

  it('pairs repeated and reworded items in order', () => {
    const pairs = pairLists(['x', 'y', 'x'], ['x', 'z', 'x'], (s) => s, (p, q) => (p === 'y' && q === 'z' ? 0.9 : 0));
    assert.deepEqual(pairs, [
      { a: 'x', b: 'x' },
      { a: 'x', b: 'x' },
      { a: 'y', b: 'z' },
    ]);
    assert.deepEqual(pairLists(['a'], ['b'], (s) => s), [
      { a: 'a', b: null },
      { a: null, b: 'b' },
    ]);
  });

  it('wraps to a width, counting wide characters twice', () => {
    assert.deepEqual(wrap('een twee drie vier', 9), ['een twee', 'drie vier']);
    assert.deepEqual(wrap('abcdefghij', 4), ['abcd', 'efgh', 'ij']);
    assert.equal(displayWidth('日本'), 4);
    assert.equal(displayWidth('é'), 1);
    assert.equal(displayWidth('e\u0301'), 1);
  });
});

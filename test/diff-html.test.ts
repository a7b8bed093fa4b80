/**
 * The HTML diff report in a real browser: headless Chromium (Debian's `chromium` package at /usr/bin/chromium,
 * installed by .ci/run) driven by playwright-core. The seeds' report must show its key cells, load nothing from
 * outside, and hide the navigation when printed; a policy full of markup must render it as text and run nothing.
 * A screenshot of the seeds' report is kept in test-artifacts/diff-seeds.png (gitignored) for people to look at.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

import { comparePolicies, loadDiffSide, type DiffSide, type PolicyDiff } from '../src/diff/index.js';
import { formatDiffHtml } from '../src/report/diff-html.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test-artifacts');
const SKIP = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium) to run the browser test`;
if (SKIP) console.warn(`diff-html.test.ts skipped: ${SKIP}`);

/** What the page's globals look like to code run in the browser (the project compiles without the DOM library). */
interface BrowserGlobals {
  getComputedStyle(element: unknown): { color: string };
  __pwned?: string;
}

async function side(relative: string): Promise<DiffSide> {
  return { ...(await loadDiffSide(join(ROOT, relative))), path: relative };
}

describe('the HTML diff report in headless Chromium', { skip: SKIP }, () => {
  let context: BrowserContext;
  let profile: string;
  let work: string;

  before(async () => {
    profile = await mkdtemp(join(tmpdir(), 'privacylint-chromium-'));
    work = await mkdtemp(join(tmpdir(), 'privacylint-html-'));
    // A persistent context on a fresh, empty profile: nothing from an earlier run or the user's own browser.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  after(async () => {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  });

  /** Opens a report from a file, recording every request, dialog and page error. */
  async function open(html: string, name: string): Promise<{ page: Page; requests: string[]; dialogs: string[]; errors: string[] }> {
    const file = join(work, name);
    await writeFile(file, html);
    const page = await context.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, requests: requests.filter((u) => u !== pathToFileURL(file).href), dialogs, errors };
  }

  it('the seeds: key cells visible, nothing loaded from outside, a screenshot kept', async () => {
    const diff: PolicyDiff = comparePolicies(await side('fixtures/cloudaware-privacybeleid.md'), await side('fixtures/cloudbilling-privacy-policy.txt'));
    const { page, requests, errors } = await open(formatDiffHtml(diff), 'seeds.html');
    assert.deepEqual(requests, [], 'the report loads nothing else');
    assert.deepEqual(errors, []);

    const row = (section: string, label: string) => page.locator(`#${section} tbody tr`).filter({ has: page.locator('th', { hasText: label }) });
    // The DPO only in CloudAware.
    const dpo = row('controller', 'DPO');
    assert.ok(await dpo.locator('td.a .v').isVisible(), 'the DPO in A');
    assert.match(await dpo.locator('td.a .v').innerText(), /Jeroen Hermans/u);
    assert.equal((await dpo.locator('td.b').innerText()).trim(), '—');
    // Three services only in CloudBilling, each with its quote.
    for (const name of ['Google Analytics', 'HubSpot', 'Eventbrite']) {
      const r = row('recipients', name);
      assert.equal(await r.count(), 1, `one ${name} row`);
      assert.ok(await r.locator('.mark.only_b').isVisible(), `${name} marked only in B`);
      assert.ok(await r.locator('td.b blockquote.q').first().isVisible(), `${name} quoted`);
      assert.equal((await r.locator('td.a').innerText()).trim(), '—');
    }
    // The Wbp only in CloudBilling.
    assert.ok(await row('lawReferences', 'Wet bescherming persoonsgegevens').locator('.mark.only_b').isVisible(), 'Wbp only in B');
    // Retention rows on both sides.
    assert.ok((await page.locator('#retention td.a:not(.absent)').count()) > 0, 'retention in A');
    assert.ok((await page.locator('#retention td.b:not(.absent)').count()) > 0, 'retention in B');
    // Both scores, and a coloured status.
    for (const [name, s] of [
      ['a', diff.a],
      ['b', diff.b],
    ] as const) {
      const badge = (status: string) => page.locator(`.side.${name} .score .st.${status}`);
      assert.equal(await badge('met').innerText(), `${s.score.met} met`);
      assert.equal(await badge('partial').innerText(), `${s.score.partial} partial`);
      assert.equal(await badge('missing').innerText(), `${s.score.missing} missing`);
      assert.equal(await badge('not_applicable').innerText(), `${s.score.notApplicable} n/a`);
      assert.ok(await badge('met').isVisible(), `score of ${name} visible`);
    }
    const dpoStatus = row('requirements', 'Contact details of the data protection officer');
    assert.equal(await dpoStatus.locator('td.b .st').innerText(), 'missing');
    const colour = await dpoStatus.locator('td.b .st').evaluate((el) => (globalThis as unknown as BrowserGlobals).getComputedStyle(el).color);
    assert.equal(colour, 'rgb(180, 35, 24)', 'missing is red');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'diff-seeds.png'), fullPage: true });

    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('nav').isVisible(), false, 'no navigation on paper');
    assert.ok(await row('recipients', 'HubSpot').isVisible(), 'the tables print');
    await page.close();
  });

  it('markup in a policy renders as text and runs nothing', async () => {
    const payload = [
      '<script>window.__pwned = "script"; alert("script")</script>',
      '<img src=x onerror="window.__pwned = \'img\'; alert(\'img\')">',
      '"><svg onload=alert(1)>',
    ];
    const before = 'Privacy policy\n\nExample Ltd, 1 High Street, London. We keep your account data for 1 year.\n';
    const after = `Privacy policy\n\nExample Ltd, 1 High Street, London. We keep your account data for 1 year. Note ${payload.join(' and ')}.\n`;
    const a = join(work, 'old.txt');
    // A file name can hold markup too, and shows in the header and the title.
    const b = join(work, 'new <img src=x onerror=alert(9)>.txt');
    await writeFile(a, before);
    await writeFile(b, after);
    const diff = comparePolicies(await loadDiffSide(a), await loadDiffSide(b), { versions: true });
    assert.ok(diff.textChanges && diff.textChanges.length > 0, 'the payload is in a text change');

    const { page, requests, dialogs, errors } = await open(formatDiffHtml(diff), 'evil.html');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).__pwned), undefined, 'no script ran');
    assert.deepEqual(dialogs, [], 'no dialog opened');
    assert.deepEqual(errors, []);
    assert.deepEqual(requests, [], 'nothing was fetched (no image x)');
    assert.equal(await page.locator('script, img, svg, iframe, object, embed').count(), 0, 'no element came from the policy');
    const text = await page.locator('body').innerText();
    for (const p of payload) assert.ok(text.includes(p), `shown as text: ${p}`);
    assert.ok(text.includes('new <img src=x onerror=alert(9)>.txt'), 'the path shown as text');
    assert.equal(await page.title(), `privacylint diff: ${a} vs ${b}`);
    await page.close();
  });
});

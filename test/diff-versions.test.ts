/**
 * Two versions of one policy: fixtures/versions/ holds a copy of the CloudAware seed (base) and three edits of
 * it: a retention period lengthened, a processor added (Mailchimp, in the US), one sentence reworded. The
 * text changes must be aligned and labelled (material / cosmetic), and `--fail-on regression` must exit 1 for
 * the first two and 0 for the reword, through the command itself and through the built CLI.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';

import { registerDiffCommand } from '../src/cli/diff-command.js';
import { comparePolicies, loadDiffSide, regressions, sameController, type DiffSide, type PolicyDiff } from '../src/diff/index.js';
import { InputError, parsePolicyText } from '../src/index.js';
import type { PolicyModel, TransferMechanism } from '../src/model/types.js';
import { REQUIREMENT_ARTICLES, REQUIREMENT_IDS, type RequirementResult, type RequirementStatus } from '../src/rules/types.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const VERSIONS = 'fixtures/versions';
const BASE = `${VERSIONS}/cloudaware-base.md`;
const LONGER = `${VERSIONS}/cloudaware-retention-longer.md`;
const PROCESSOR = `${VERSIONS}/cloudaware-processor-added.md`;
const REWORDED = `${VERSIONS}/cloudaware-reworded.md`;
const BIN = join(ROOT, 'bin', 'privacylint.js');

async function side(relative: string): Promise<DiffSide> {
  return { ...(await loadDiffSide(join(ROOT, relative))), path: relative };
}

const diffs = new Map<string, PolicyDiff>();
before(async () => {
  const base = await side(BASE);
  for (const edited of [BASE, LONGER, PROCESSOR, REWORDED]) diffs.set(edited, comparePolicies(base, await side(edited)));
});

describe('the version fixtures', () => {
  it('base is the CloudAware seed, and each copy differs from it in one place', () => {
    const base = readFileSync(join(ROOT, BASE), 'utf8');
    assert.equal(base, readFileSync(join(ROOT, 'fixtures/cloudaware-privacybeleid.md'), 'utf8'));
    for (const edited of [LONGER, PROCESSOR, REWORDED]) {
      const lines = readFileSync(join(ROOT, edited), 'utf8').split('\n');
      const changed = base.split('\n').filter((line, i) => line !== lines[i]);
      assert.equal(changed.length, 1, `${edited} changes one line`);
    }
  });
});

describe('versions: text changes, labels and regressions', () => {
  it('the same controller makes two files versions; the same file has no changes', () => {
    const same = diffs.get(BASE)!;
    assert.equal(same.mode, 'versions');
    assert.deepEqual(same.textChanges, []);
    assert.deepEqual(same.regressions, []);
    assert.ok(same.requirements.every((r) => r.change === 'same'), 'no requirement changes');
  });

  it('a lengthened retention period: one material change, a regression', () => {
    const d = diffs.get(LONGER)!;
    assert.equal(d.mode, 'versions');
    assert.equal(d.textChanges?.length, 1);
    const [change] = d.textChanges!;
    assert.equal(change.kind, 'changed');
    assert.equal(change.label, 'material');
    assert.equal(change.section, 'Hoe lang we persoonsgegevens bewaren');
    assert.equal(change.a?.line, 49);
    assert.match(change.a?.text ?? '', /tot 7 jaar/u);
    assert.match(change.b?.text ?? '', /tot 10 jaar/u);
    assert.ok(change.reasons.some((r) => /retention/u.test(r) && /7 years/u.test(r) && /10 years/u.test(r)), change.reasons.join('; '));
    const row = d.parts.retention.find((r) => r.a?.subject === 'Klant data');
    assert.equal(row?.relation, 'different');
    assert.equal(row?.comparison, 'longer');
    assert.deepEqual(d.regressions.map((r) => r.kind), ['retention_longer']);
    assert.equal(d.regressions[0].evidence[0].line, 49);
  });

  it('a processor added: one material change, a regression (outside the EEA, no transfer safeguard)', () => {
    const d = diffs.get(PROCESSOR)!;
    assert.equal(d.textChanges?.length, 1);
    const [change] = d.textChanges!;
    assert.equal(change.kind, 'added');
    assert.equal(change.label, 'material');
    assert.equal(change.a, null);
    assert.match(change.b?.text ?? '', /Mailchimp/u);
    assert.ok(change.reasons.some((r) => /Mailchimp/u.test(r)), change.reasons.join('; '));
    const mailchimp = d.parts.recipients.find((r) => r.key === 'mailchimp');
    assert.equal(mailchimp?.relation, 'only_b');
    assert.ok(d.regressions.some((r) => r.kind === 'recipient_outside_eea_without_transfer' && /Mailchimp/u.test(r.message)), d.regressions.map((r) => r.message).join('; '));
  });

  it('a reworded sentence: one cosmetic change, no regression', () => {
    const d = diffs.get(REWORDED)!;
    assert.equal(d.textChanges?.length, 1);
    const [change] = d.textChanges!;
    assert.equal(change.kind, 'changed', 'the two wordings are paired as one edited sentence');
    assert.equal(change.label, 'cosmetic');
    assert.deepEqual(change.reasons, []);
    assert.equal(change.section, 'Hoe wij persoonsgegevens beveiligen');
    assert.deepEqual(d.regressions, []);
    assert.ok(d.requirements.every((r) => r.change === 'same'), 'no requirement changes');
  });

  it('the seeds compared as versions (--versions) align every sentence, each labelled', async () => {
    const d = comparePolicies(await side('fixtures/cloudaware-privacybeleid.md'), await side('fixtures/cloudbilling-privacy-policy.txt'), { versions: true });
    assert.equal(d.mode, 'versions');
    assert.ok((d.textChanges?.length ?? 0) > 10, 'many sentences differ');
    for (const c of d.textChanges!) {
      assert.ok(c.label === 'material' || c.label === 'cosmetic', c.label);
      assert.equal(c.label === 'material', c.reasons.length > 0);
      assert.equal(c.kind, c.a && c.b ? 'changed' : c.a ? 'removed' : 'added');
    }
  });
});

// ------------------------------------------------------------------ regressions on hand-made models

function emptyModel(): PolicyModel {
  return {
    language: 'en',
    title: null,
    updated: null,
    controller: { name: 'Example Ltd', aliases: [], address: null, email: null, emails: [], phone: null, website: null, registration: null, evidence: [] },
    representative: null,
    dpo: null,
    dataCategories: [],
    purposes: [],
    legalBases: [],
    legitimateInterests: [],
    recipients: [],
    transfers: [],
    retention: [],
    rights: [],
    supervisoryAuthority: null,
    automatedDecisionMaking: null,
    cookies: [],
    children: null,
    lawReferences: [],
    addressed: [],
    statements: [],
  };
}

const requirements = (status: Partial<Record<string, RequirementStatus>> = {}): RequirementResult[] =>
  REQUIREMENT_IDS.map((id) => ({ id, article: REQUIREMENT_ARTICLES[id], status: status[id] ?? 'met', evidence: [] }));

describe('regressions', () => {
  let document: DiffSide['document'];
  before(async () => {
    document = (await parsePolicyText('Privacy policy', { language: 'en' })).document;
  });
  const sides = (a: Partial<PolicyModel>, b: Partial<PolicyModel>, reqB = requirements()): [DiffSide, DiffSide] => [
    { path: 'a', model: { ...emptyModel(), ...a }, requirements: requirements(), findings: [], document },
    { path: 'b', model: { ...emptyModel(), ...b }, requirements: reqB, findings: [], document },
  ];
  const kinds = (pair: [DiffSide, DiffSide]): string[] => comparePolicies(...pair, { versions: false }).regressions.map((r) => r.kind);
  const us = { name: 'Mailchimp', kind: 'processor' as const, service: 'Mailchimp', country: 'US', outsideEea: true, evidence: [] };
  const retention = (duration: string) => ({ subject: 'Logs', duration, anchor: null, vague: false, evidence: [] });

  it('fewer requirements met', () => {
    assert.deepEqual(kinds(sides({}, {}, requirements({ right_access: 'partial' }))), ['fewer_requirements_met']);
    assert.deepEqual(kinds(sides({}, {}, requirements({ legitimate_interests: 'not_applicable' }))), ['fewer_requirements_met'], 'met -> n/a is one fewer met');
    assert.deepEqual(kinds(sides({}, {})), []);
  });

  it('an outdated reference gained, not one already there', () => {
    const wbp = { id: 'wbp', outdated: true, replacement: 'uavg', evidence: [] };
    assert.deepEqual(kinds(sides({}, { lawReferences: [wbp] })), ['outdated_reference_added']);
    assert.deepEqual(kinds(sides({ lawReferences: [wbp] }, { lawReferences: [wbp] })), []);
    assert.deepEqual(kinds(sides({}, { lawReferences: [{ id: 'gdpr', outdated: false, replacement: null, evidence: [] }] })), []);
  });

  it('a recipient outside the EEA without a transfer safeguard for it', () => {
    const recipientKinds = (pair: [DiffSide, DiffSide]): string[] => kinds(pair).filter((k) => k !== 'transfer_destination_added');
    assert.deepEqual(kinds(sides({}, { recipients: [us] })), ['recipient_outside_eea_without_transfer']);
    assert.deepEqual(recipientKinds(sides({}, { recipients: [us], transfers: [{ destination: 'US', mechanism: 'dpf', evidence: [] }] })), []);
    assert.deepEqual(recipientKinds(sides({}, { recipients: [us], transfers: [{ destination: 'outside_eea', mechanism: 'scc', evidence: [] }] })), []);
    assert.deepEqual(recipientKinds(sides({}, { recipients: [us], transfers: [{ destination: 'outside_eea', mechanism: 'unspecified', evidence: [] }] })), ['recipient_outside_eea_without_transfer']);
    assert.deepEqual(kinds(sides({}, { recipients: [us], transfers: [{ destination: null, mechanism: 'none', evidence: [] }] })), ['recipient_outside_eea_without_transfer'], '"data stay in the EEA" does not cover it');
    assert.deepEqual(recipientKinds(sides({}, { recipients: [us], transfers: [{ destination: 'CA', mechanism: 'adequacy', evidence: [] }] })), ['recipient_outside_eea_without_transfer'], 'a safeguard for another country');
    assert.deepEqual(kinds(sides({ recipients: [us] }, { recipients: [us] })), [], 'not added');
    assert.deepEqual(kinds(sides({}, { recipients: [{ ...us, name: 'Mollie', service: 'Mollie', country: 'NL', outsideEea: false }] })), []);
  });

  it('a new destination outside the EEA, with or without a safeguard; not one A named, nor one inside the EEA', () => {
    const t = (destination: string | null, mechanism: TransferMechanism) => ({ destination, mechanism, evidence: [] });
    assert.deepEqual(kinds(sides({ transfers: [t(null, 'none')] }, { transfers: [t('IN', 'unspecified')] })), ['transfer_destination_added'], 'kept in the EU, now India');
    assert.deepEqual(kinds(sides({}, { transfers: [t('US', 'dpf')] })), ['transfer_destination_added'], 'no destination before');
    assert.deepEqual(kinds(sides({}, { transfers: [t('outside_eea', 'scc')] })), ['transfer_destination_added'], 'outside the EEA in general');
    assert.deepEqual(kinds(sides({ transfers: [t('US', 'dpf')] }, { transfers: [t('US', 'scc')] })), [], 'A named it already');
    assert.deepEqual(kinds(sides({ transfers: [t('outside_eea', 'scc')] }, { transfers: [t('US', 'scc')] })), [], 'A named transfers outside the EEA in general');
    assert.deepEqual(kinds(sides({}, { transfers: [t('DE', 'none')] })), [], 'Germany is in the EEA');
  });

  it('a safeguard, right or legal basis no longer mentioned; special-category data newly processed', () => {
    const t = (destination: string | null, mechanism: TransferMechanism) => ({ destination, mechanism, evidence: [] });
    assert.deepEqual(kinds(sides({ transfers: [t('US', 'scc')] }, { transfers: [t('US', 'unspecified')] })), ['safeguard_removed']);
    assert.deepEqual(kinds(sides({ transfers: [t('US', 'scc')] }, { transfers: [t('US', 'dpf')] })), [], 'another safeguard instead');
    const right = { id: 'objection' as const, evidence: [] };
    assert.deepEqual(kinds(sides({ rights: [right] }, {})), ['right_removed']);
    assert.deepEqual(kinds(sides({ rights: [right] }, { rights: [right] })), []);
    const basis = { id: 'legitimate_interests' as const, evidence: [] };
    assert.deepEqual(kinds(sides({ legalBases: [basis] }, {})), ['legal_basis_removed']);
    const health = { id: 'health', label: 'health data', special: true, evidence: [] };
    assert.deepEqual(kinds(sides({}, { dataCategories: [health] })), ['special_category_added']);
    assert.deepEqual(kinds(sides({ dataCategories: [health] }, { dataCategories: [health] })), []);
    assert.deepEqual(kinds(sides({}, { dataCategories: [{ ...health, id: 'contact', special: false }] })), []);
  });

  it('a longer retention period, by length (P12M is P1Y)', () => {
    assert.deepEqual(kinds(sides({ retention: [retention('P1Y')] }, { retention: [retention('P2Y')] })), ['retention_longer']);
    assert.deepEqual(kinds(sides({ retention: [retention('P2Y')] }, { retention: [retention('P1Y')] })), []);
    assert.deepEqual(kinds(sides({ retention: [retention('P1Y')] }, { retention: [retention('P12M')] })), []);
    assert.deepEqual(kinds(sides({ retention: [retention('P1D')] }, { retention: [retention('P2D')] })), ['retention_longer'], 'short periods too');
  });

  it('regressions() is what comparePolicies stores', () => {
    const d = comparePolicies(...sides({ retention: [retention('P1Y')] }, { retention: [retention('P3Y')], recipients: [us] }));
    assert.deepEqual(regressions(d), d.regressions);
    assert.deepEqual(d.regressions.map((r) => r.kind), ['recipient_outside_eea_without_transfer', 'retention_longer']);
  });

  it('versions are decided by the controller name, legal form aside', () => {
    const named = (name: string | null, aliases: string[] = []): PolicyModel => ({ ...emptyModel(), controller: { ...emptyModel().controller, name, aliases } });
    assert.ok(sameController(named('Epsys B.V.', ['CloudAware']), named('Epsys BV')), 'B.V. and BV');
    assert.ok(sameController(named('Epsys B.V.', ['CloudAware']), named(null, ['CloudAware'])), 'an alias');
    assert.ok(!sameController(named('Epsys B.V.'), named('CloudBilling B.V.')), 'two companies');
    assert.ok(!sameController(named(null), named(null)), 'two unnamed controllers are not the same one');
  });
});

// ------------------------------------------------------------------ the command

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `diff …` through registerDiffCommand on a program of our own, with captured streams. */
async function runCommand(args: string[]): Promise<Captured> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  let code = 0;
  const program = new Command().exitOverride();
  registerDiffCommand(program, { stdout, stderr }, (c) => {
    code = c;
  });
  await program.parseAsync(['diff', ...args], { from: 'user' });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

describe('the diff command', () => {
  let cwd: string;
  let temp: string;
  before(async () => {
    cwd = process.cwd();
    process.chdir(ROOT);
    temp = await mkdtemp(join(tmpdir(), 'privacylint-diff-'));
  });
  after(async () => {
    process.chdir(cwd);
    await rm(temp, { recursive: true, force: true });
  });

  it('--fail-on regression: 1 for a longer period and an added processor, 0 for a reword', async () => {
    for (const [file, expected] of [
      [LONGER, 1],
      [PROCESSOR, 1],
      [REWORDED, 0],
    ] as const) {
      const run = await runCommand([BASE, file, '--fail-on', 'regression']);
      assert.equal(run.code, expected, `${file}: ${run.stderr}`);
      if (expected === 1) assert.match(run.stderr, /^privacylint: \d+ regressions? \((?:retention|recipients|transfers)(?:, [a-z-]+)*\) from /u);
      else assert.equal(run.stderr, '');
    }
    assert.equal((await runCommand([BASE, LONGER])).code, 0, 'without --fail-on, a regression is reported, not failed');
  });

  it('prints every format; --output writes the file atomically', async () => {
    const json = JSON.parse((await runCommand([BASE, LONGER, '--format', 'json'])).stdout) as PolicyDiff;
    assert.equal(json.mode, 'versions');
    assert.equal(json.textChanges?.[0].label, 'material');
    assert.match((await runCommand([BASE, REWORDED, '--format', 'markdown'])).stdout, /\*\*cosmetic\*\*/u);
    const text = (await runCommand([BASE, PROCESSOR, '--width', '60'])).stdout;
    assert.ok(text.split('\n').every((l) => l.length <= 60), 'every line fits 60 columns');
    assert.doesNotMatch(text, /\u001b/u, 'no colour in a pipe');
    assert.match((await runCommand([BASE, PROCESSOR, '--color'])).stdout, /\u001b\[/u);

    const target = join(temp, 'report.html');
    const run = await runCommand([BASE, PROCESSOR, '--format', 'html', '--output', target]);
    assert.equal(run.stdout, '');
    const html = await readFile(target, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/u);
    assert.match(html, /Mailchimp/u);
    assert.deepEqual((await readdir(temp)).sort(), ['report.html'], 'no temporary file left behind');
  });

  it('bad input is an InputError (exit 2 through the CLI)', async () => {
    await assert.rejects(runCommand([BASE, 'fixtures/versions/no-such-file.md']), InputError);
    await assert.rejects(runCommand([BASE, LONGER, '--width', '20']), (e: unknown) => e instanceof InputError && /--width '20'/u.test(e.message));
    await assert.rejects(runCommand([BASE, LONGER, '--width', 'wide']), InputError);
    await assert.rejects(runCommand([BASE, LONGER, '--output', BASE]), (e: unknown) => e instanceof InputError && /one of the policies/u.test(e.message));
    await assert.rejects(runCommand(['-', '-']), InputError);
  });
});

// ------------------------------------------------------------------ the built CLI

function runBin(args: string[]): Promise<Captured> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    for (const key of ['FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS']) delete env[key];
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

describe('the built CLI: node bin/privacylint.js diff', () => {
  before(async () => {
    if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
      const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(build.status, 0, `build failed: ${build.stderr}`);
    }
    const help = await runBin(['diff', '--help']);
    // Without the command, `diff --help` is the default command's help (lint), so look for diff's own usage line.
    assert.match(help.stdout, /^Usage: privacylint diff /mu, 'the diff command is not in the built CLI: register it in src/cli/main.ts (registerDiffCommand) and run npm run build');
  });

  it('--fail-on regression exits 1 for a longer period and an added processor, 0 for a reword', async () => {
    for (const [file, expected] of [
      [LONGER, 1],
      [PROCESSOR, 1],
      [REWORDED, 0],
    ] as const) {
      const run = await runBin(['diff', BASE, file, '--fail-on', 'regression']);
      assert.equal(run.code, expected, `${file}: ${run.stderr}`);
      assert.match(run.stdout, expected === 1 ? /material/u : /cosmetic/u);
    }
  });

  it('exits 2 with one line on stderr for a missing file', async () => {
    const run = await runBin(['diff', BASE, 'fixtures/versions/no-such-file.md']);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^privacylint: fixtures\/versions\/no-such-file\.md: .+\n$/u);
  });
});

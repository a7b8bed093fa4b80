/**
 * The diff as a CI gate and as a buyer's comparison, on small real-world-shaped texts: what must be a regression
 * ("instantly deleted" → "within 24 hours", data kept in the EU → sent to India, special-category data newly
 * processed), what must not (a mention the extractor lost while the text kept it, typography, a reflowed table),
 * weakened commitments as material changes, facts a report may state (adequacy only where a decision exists, one
 * source for country and EEA), `--fail-on` kinds and exit codes (2 for a language without a pack), and the summary.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { Command } from 'commander';

import { parseFailOn, registerDiffCommand } from '../src/cli/diff-command.js';
import { comparePolicies, loadDiffSide, plain, squeeze, type PolicyDiff } from '../src/diff/index.js';
import { outsideEeaOf, possibleMechanisms } from '../src/diff/parts.js';
import { commitmentChanges, periodsIn, retentionTopic, saysImmediately } from '../src/diff/text-facts.js';
import { formatDiffJson } from '../src/report/diff-json.js';
import { formatDiffMarkdown } from '../src/report/diff-markdown.js';
import { formatDiffText } from '../src/report/diff-text.js';
import { formatDiffHtml } from '../src/report/diff-html.js';
import { InputError } from '../src/index.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'privacylint-gate-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

let counter = 0;
async function file(text: string, ext = 'md'): Promise<string> {
  const path = join(dir, `p${++counter}.${ext}`);
  await writeFile(path, text);
  return path;
}

async function versions(a: string, b: string): Promise<PolicyDiff> {
  return comparePolicies(await loadDiffSide(await file(a)), await loadDiffSide(await file(b)), { versions: true });
}

const EN_HEAD = `# Privacy policy

Acme Ltd, 1 High Street, Dublin, Ireland, is the controller. Contact us at privacy@acme.example.

## Your rights

You have the right to access, rectify or erase your personal data. You can oppose the processing of your data at any time. You may lodge a complaint with the Data Protection Commission.
`;

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
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
  try {
    await program.parseAsync(['diff', ...args], { from: 'user' });
  } catch (error) {
    if (error instanceof InputError) code = 2;
    else throw error;
  }
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

describe('words read from the lexicons', () => {
  it('"immediately" and its kin are a zero period, in four languages; other words are not', () => {
    assert.ok(saysImmediately('Newsletter data are instantly deleted when you unsubscribe.', 'en'));
    assert.ok(saysImmediately('Wij verwijderen uw gegevens onmiddellijk.', 'nl'));
    assert.ok(saysImmediately('Die Daten werden sofort gelöscht.', 'de'));
    assert.ok(saysImmediately('Les données sont supprimées immédiatement.', 'fr'));
    assert.ok(!saysImmediately('We use direct marketing.', 'nl'), 'nl "direct marketing" is no period');
    assert.ok(!saysImmediately('We delete the data without undue delay.', 'en'), '"without undue delay" is no zero');
    assert.deepEqual(periodsIn('deleted instantly', 'en').map((p) => p.days), [0]);
    assert.deepEqual(periodsIn('deleted within 24 hours', 'en').map((p) => p.iso), ['PT24H']);
  });

  it('weakened commitments, a dropped "always", a condition added, a negation removed', () => {
    assert.deepEqual(commitmentChanges('Acme undertakes to inform you of any change.', 'Acme may inform you of any change.', 'en'), [
      'commitment weakened: an obligation became an option',
    ]);
    assert.deepEqual(commitmentChanges('We always encrypt your data.', 'We encrypt your data where possible.', 'en'), [
      'commitment weakened: an unconditional word dropped',
      'commitment weakened: a condition added ("where possible")',
    ]);
    assert.deepEqual(commitmentChanges('We do not sell your data.', 'We sell your data.', 'en'), ['negation removed']);
    assert.deepEqual(commitmentChanges('Wij zullen u informeren.', 'Wij kunnen u informeren.', 'nl'), ['commitment weakened: an obligation became an option']);
    assert.deepEqual(commitmentChanges('We will inform you by e-mail.', 'We will inform you by email.', 'en'), [], 'same commitment, other wording');
  });

  it('retention topics, from the subject first', () => {
    assert.equal(retentionTopic('Invoices', 'Invoices are kept for 7 years.', 'en'), 'invoices');
    assert.equal(retentionTopic(null, 'Sollicitatiegegevens bewaren we 4 weken.', 'nl'), 'applicants');
    assert.equal(retentionTopic('Talent pool', '', 'en'), 'applicants');
    assert.equal(retentionTopic('Abuse records', 'Abuse records are kept for 10 years.', 'en'), null, 'no topic: matched by wording only');
  });

  it('typography folds: quotes, dashes, spaces, <br>, markup', () => {
    assert.equal(plain('“Data” – kept\u00a0here'), '"Data" - kept here');
    assert.equal(squeeze('Entitled Scaleway Services<br>Entitled'), squeeze('Entitled Scaleway Services Entitled'));
    assert.notEqual(squeeze('we do not sell'), squeeze('we do sell'));
  });
});

describe('facts a report may state', () => {
  it('adequacy only for a country with an adequacy decision', () => {
    assert.deepEqual(possibleMechanisms('IN', ['adequacy']), ['unspecified'], 'India has none');
    assert.deepEqual(possibleMechanisms('US', ['adequacy', 'scc']), ['scc', 'unspecified'], 'the US only through the DPF');
    assert.deepEqual(possibleMechanisms('JP', ['adequacy']), ['adequacy']);
    assert.deepEqual(possibleMechanisms('outside_eea', ['adequacy']), ['adequacy'], 'no country: nothing to check');
  });

  it('EEA membership comes from the country registry', () => {
    assert.equal(outsideEeaOf('NZ'), true, 'Matomo · NZ is outside the EEA (with an adequacy decision)');
    assert.equal(outsideEeaOf('IE'), false);
    assert.equal(outsideEeaOf('NO'), false, 'Norway is EEA, not EU');
    assert.equal(outsideEeaOf('XX'), undefined);
  });
});

describe('regressions a CI gate must catch, and not more', () => {
  it('"instantly deleted" → "deleted within 24 hours" is a longer period', async () => {
    const d = await versions(
      `${EN_HEAD}\n## Retention\n\nWhen you unsubscribe, your newsletter data are instantly deleted.\n`,
      `${EN_HEAD}\n## Retention\n\nWhen you unsubscribe, your newsletter data are deleted within 24 hours.\n`,
    );
    const retention = d.regressions.filter((r) => r.gate === 'retention');
    assert.equal(retention.length, 1, d.regressions.map((r) => r.message).join('; '));
    assert.match(retention[0].message, /immediately → 24 hours/u);
    assert.match(retention[0].a[0].text, /instantly deleted/u);
    assert.match(retention[0].b[0].text, /within 24 hours/u);
    const change = d.textChanges!.find((c) => c.kind === 'changed');
    assert.equal(change?.label, 'material');
  });

  it('Dutch "onmiddellijk" → "binnen 30 dagen" too; and a shorter period is none', async () => {
    const nl = `# Privacyverklaring\n\nAcme B.V. is verantwoordelijk voor de verwerking. U heeft het recht op inzage en verwijdering van uw gegevens.\n\n## Bewaren\n\n`;
    const longer = await versions(`${nl}Wanneer u zich afmeldt, verwijderen wij uw gegevens onmiddellijk.\n`, `${nl}Wanneer u zich afmeldt, verwijderen wij uw gegevens binnen 30 dagen.\n`);
    assert.deepEqual(longer.regressions.map((r) => r.gate), ['retention']);
    const shorter = await versions(`${nl}Wij bewaren uw gegevens 2 jaar.\n`, `${nl}Wij bewaren uw gegevens 1 jaar.\n`);
    assert.deepEqual(shorter.regressions, []);
  });

  it('data kept in the EU, then sent to India: a new destination outside the EEA, and no adequacy claimed for India', async () => {
    const d = await versions(
      `${EN_HEAD}\n## Where we store data\n\nYour data are stored on our servers located within the EU.\n`,
      `${EN_HEAD}\n## Where we store data\n\nWe may need to transfer your information to India or other countries, where it is stored on our servers.\n`,
    );
    const transfers = d.regressions.filter((r) => r.gate === 'transfers');
    assert.ok(transfers.length >= 1, d.regressions.map((r) => r.message).join('; ') || 'no regression');
    assert.ok(transfers.some((r) => /India|IN|outside the EEA/u.test(r.message)), transfers.map((r) => r.message).join('; '));
    for (const t of d.parts.transfers) if (t.b?.destination === 'IN') assert.ok(!t.b.mechanisms.includes('adequacy'));
    assert.ok(!/IN \(adequacy/u.test(formatDiffText(d)), 'no adequacy decision stated for India');
  });

  it('a right the text still gives is no regression, whatever the extractor made of it', async () => {
    // The extractor read the right to object in A (from a table cell) and not in B, but the cell is in B too,
    // only reflowed: the mention is not gone from the text.
    const a = await loadDiffSide(await file(`${EN_HEAD}\n| Topic | Detail |\n| --- | --- |\n| Objection | You can object<br>at any time |\n`));
    const b = await loadDiffSide(await file(`${EN_HEAD}\n| Topic | Detail |\n| --- | --- |\n| Objection | You can object at any time |\n`));
    const quote = { line: 13, column: 1, endLine: 13, endColumn: 40, text: 'Objection | You can object<br>at any time' };
    a.model = { ...a.model, rights: [...a.model.rights.filter((r) => r.id !== 'objection'), { id: 'objection', evidence: [quote] }] };
    b.model = { ...b.model, rights: b.model.rights.filter((r) => r.id !== 'objection') };
    const d = comparePolicies(a, b, { versions: true });
    assert.equal(d.parts.rights.find((r) => r.key === 'objection')?.relation, 'only_a', 'the extractor lost it');
    assert.deepEqual(d.regressions.filter((r) => r.gate === 'rights'), [], d.regressions.map((r) => r.message).join('; '));
  });

  it('a right whose mention is gone from the text is one', async () => {
    const withObjection = EN_HEAD.replace('You can oppose the processing of your data at any time.', 'You have the right to object to the processing of your data at any time.');
    const d = await versions(withObjection, EN_HEAD.replace('You can oppose the processing of your data at any time. ', ''));
    const rights = d.regressions.filter((r) => r.kind === 'right_removed');
    assert.deepEqual(rights.map((r) => r.message), ['B no longer mentions the right: objection']);
    assert.match(rights[0].a[0].text, /right to object/u);
    assert.deepEqual(rights[0].b, []);
  });

  it('special-category data newly processed', async () => {
    const d = await versions(
      `${EN_HEAD}\n## Data we collect\n\nWe collect your name and e-mail address.\n`,
      `${EN_HEAD}\n## Data we collect\n\nWe collect your name and e-mail address. We also collect health data when you book a treatment.\n`,
    );
    assert.ok(d.regressions.some((r) => r.kind === 'special_category_added'), d.regressions.map((r) => r.message).join('; ') || 'none');
  });

  it('typography, <br> and a reflowed table are no change at all', async () => {
    const a = `${EN_HEAD}\n## Processors\n\n| Service | Purpose |\n| --- | --- |\n| Scaleway | Hosting<br>Entitled services |\n\nWe use "cookies" - small files - to remember you.\n`;
    const b = `${EN_HEAD}\n## Processors\n\n| Service | Purpose |\n| --- | --- |\n| Scaleway | Hosting Entitled services |\n\nWe use “cookies” – small files – to remember you.\n`;
    const d = await versions(a, b);
    assert.deepEqual(d.textChanges, []);
    assert.deepEqual(d.regressions, []);
  });

  it('"undertakes to inform" → "may inform" is material', async () => {
    const d = await versions(`${EN_HEAD}\nAcme undertakes to inform you of any change to this policy.\n`, `${EN_HEAD}\nAcme may inform you of any change to this policy.\n`);
    assert.equal(d.textChanges?.length, 1);
    assert.equal(d.textChanges![0].label, 'material');
    assert.deepEqual(d.textChanges![0].reasons, ['commitment weakened: an obligation became an option']);
  });
});

describe('--fail-on', () => {
  it('takes regression or a list of kinds; anything else is a usage error', () => {
    assert.equal(parseFailOn('regression'), 'regression');
    assert.deepEqual(parseFailOn('retention, transfers'), ['retention', 'transfers']);
    assert.throws(() => parseFailOn('retention,nonsense'), InputError);
    assert.throws(() => parseFailOn(''), InputError);
  });

  it('fails only on the kinds asked for', async () => {
    const a = await file(`${EN_HEAD}\n## Retention\n\nYour newsletter data are instantly deleted when you unsubscribe.\n`);
    const b = await file(`${EN_HEAD}\n## Retention\n\nYour newsletter data are deleted within 24 hours after you unsubscribe.\n`);
    assert.equal((await run([a, b, '--fail-on', 'regression'])).code, 1);
    const retention = await run([a, b, '--fail-on', 'retention']);
    assert.equal(retention.code, 1);
    assert.match(retention.stderr, /\(retention\)/u);
    assert.equal((await run([a, b, '--fail-on', 'transfers,outdated'])).code, 0);
    assert.equal((await run([a, b, '--fail-on', 'bogus'])).code, 2);
  });

  it('JSON lists each regression with its kind, gate and evidence from both versions', async () => {
    const a = await file(`${EN_HEAD}\n## Retention\n\nYour newsletter data are instantly deleted when you unsubscribe.\n`);
    const b = await file(`${EN_HEAD}\n## Retention\n\nYour newsletter data are deleted within 24 hours after you unsubscribe.\n`);
    const out = await run([a, b, '--format', 'json', '--fail-on', 'regression']);
    const parsed = JSON.parse(out.stdout) as PolicyDiff;
    const r = parsed.regressions.find((x) => x.gate === 'retention')!;
    assert.equal(r.kind, 'retention_longer');
    assert.ok(r.a[0].line > 0 && r.b[0].line > 0);
    assert.deepEqual(r.evidence, r.b);
    assert.deepEqual(parsed.assessment, { assessed: true, reason: null });
  });

  it('a language without a pack: "not assessed", and --fail-on exits 2 instead of passing', async () => {
    const it_ = (days: string) =>
      `# Informativa sulla privacy\n\nIl titolare del trattamento è Acme S.r.l., Via Roma 1, Milano. Hai il diritto di accesso e di cancellazione dei tuoi dati. Conserviamo i tuoi dati ${days} e non li cediamo a terzi.\n`;
    const a = await file(it_('per un giorno'));
    const b = await file(it_('per 30 giorni'));
    const d = comparePolicies(await loadDiffSide(a), await loadDiffSide(b), { versions: true });
    assert.equal(d.assessment.assessed, false);
    assert.match(d.assessment.reason ?? '', /not assessed/u);
    assert.ok((d.textChanges ?? []).every((c) => c.label === 'not_assessed'));
    assert.deepEqual(d.regressions, []);
    const gate = await run([a, b, '--fail-on', 'regression']);
    assert.equal(gate.code, 2);
    assert.match(gate.stderr, /not assessed/u);
    assert.equal((await run([a, b])).code, 0, 'without --fail-on it only reports');
    assert.match(formatDiffMarkdown(d), /Not assessed/u);
  });
});

describe('company comparison: the buyer\'s four questions', () => {
  let d: PolicyDiff;
  before(async () => {
    const a = await file(`# Privacy policy

Alpha Ltd, 1 Main Street, Dublin, Ireland, is the controller. Our data protection officer is reachable at dpo@alpha.example.

## Rights

You have the right to access, rectify and erase your data, to object, to data portability and to withdraw consent. You may lodge a complaint with the Data Protection Commission.

## Retention

Invoices are kept for 14 years. Applications are kept for 24 months in our talent pool.

## Processors

We use Mailchimp (United States) for newsletters, under standard contractual clauses.
`);
    const b = await file(`# Privacy policy

Beta Ltd, 2 Side Street, Cork, Ireland, is the controller. Contact us at privacy@beta.example.

## Rights

You have the right to access and erase your data. You may lodge a complaint with the Data Protection Commission.

## Retention

Invoices are kept for 10 years. Abuse reports are kept for 10 years.

## Processors

We use Matomo for statistics.
`);
    d = comparePolicies(await loadDiffSide(a), await loadDiffSide(b), { versions: false });
  });

  it('retention matched by topic: invoices with invoices, never applicants with abuse records', () => {
    const invoices = d.summary.retention.find((r) => r.topic === 'invoices');
    assert.deepEqual(invoices, { topic: 'invoices', a: '14 years', b: '10 years', longer: 'a' });
    const applicants = d.summary.retention.find((r) => r.topic === 'applicants');
    assert.equal(applicants?.b ?? null, null, 'B gives no period for applicants');
    assert.match(d.summary.answers.retention, /Alpha Ltd keeps invoices \(14 years vs 10 years\) longer/u);
  });

  it('DPO and rights per company; shortfalls both ways, with both names', () => {
    assert.equal(d.summary.a.dpo.named, true);
    assert.equal(d.summary.b.dpo.named, false);
    assert.ok(d.summary.b.rightsOmitted.includes('portability'));
    assert.ok(d.summary.b.shortfalls.some((s) => /^Beta Ltd .*portability.*\(Alpha Ltd does\)/u.test(s)), d.summary.b.shortfalls.join('; '));
    assert.ok(d.summary.a.shortfalls.every((s) => s.startsWith('Alpha Ltd')));
  });

  it('transfers per recipient with destination and mechanism; an adequate country is no shortfall', () => {
    const mailchimp = d.summary.a.transfers.find((t) => t.recipient === 'Mailchimp');
    assert.deepEqual([mailchimp?.destination, mailchimp?.mechanisms], ['US', ['scc']]);
    const matomo = d.summary.b.transfers.find((t) => t.recipient === 'Matomo');
    assert.equal(matomo?.destination, 'NZ');
    assert.equal(matomo?.adequateCountry, true);
    assert.ok(!d.summary.b.shortfalls.some((s) => /Matomo/u.test(s)), d.summary.b.shortfalls.join('; '));
    assert.ok(!/Matomo · NZ · EEA/u.test(formatDiffText(d)), 'NZ is not in the EEA');
  });

  it('every format answers the four questions; JSON parses back to the same summary', () => {
    for (const out of [formatDiffText(d, { width: 100 }), formatDiffMarkdown(d), formatDiffHtml(d)]) {
      for (const q of ['Who keeps data longer?', 'Who sends data outside the EEA, and how?', 'Who names a DPO?', 'Which rights does each omit?']) {
        assert.ok(out.includes(q), q);
      }
    }
    assert.deepEqual((JSON.parse(formatDiffJson(d)) as PolicyDiff).summary, JSON.parse(JSON.stringify(d.summary)));
  });
});

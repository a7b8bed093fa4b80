import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { parsePolicyText } from '../src/index.js';
import { resolveConfig } from '../src/rules/config.js';
import { lintPolicy } from '../src/rules/engine.js';
import { decodeProtectedEmail, normaliseEmail } from '../src/extract/email.js';
import type { Evidence, Language } from '../src/model/types.js';

type Format = 'markdown' | 'text' | 'html';

async function parse(text: string, language: Language, format: Format = 'markdown') {
  return parsePolicyText(text, { format, language, path: `p.${format === 'markdown' ? 'md' : format === 'html' ? 'html' : 'txt'}` });
}

const at = (e: Evidence): string => `${e.line}:${e.column}-${e.endLine}:${e.endColumn} ${e.text}`;
const NAME = 'Bakkerij Vos B.V. is verantwoordelijk voor de verwerking van uw persoonsgegevens.\n\n';

/** Cloudflare's encoding: a key byte, then every byte of the address XOR-ed with it. */
const cloudflare = (address: string, key = 0x5a): string =>
  key.toString(16).padStart(2, '0') + [...address].map((c) => (c.charCodeAt(0) ^ key).toString(16).padStart(2, '0')).join('');

describe('obfuscated e-mail addresses', () => {
  const cases: [string, string, string][] = [
    ['bracketed at', 'Vragen? Mail naar privacy [at] bakkerijvos.nl.', 'privacy [at] bakkerijvos.nl'],
    ['bracketed at and dot', 'Vragen? Mail naar privacy(at)bakkerijvos(dot)nl.', 'privacy(at)bakkerijvos(dot)nl'],
    ['spelled out', 'Vragen? Mail naar privacy at bakkerijvos dot nl voor meer informatie.', 'privacy at bakkerijvos dot nl'],
    ['bracketed full stop', 'Vragen? Mail naar privacy@bakkerijvos[.]nl of bel ons.', 'privacy@bakkerijvos[.]nl'],
    ['character reference', 'Vragen? Mail naar privacy&#64;bakkerijvos.nl of bel ons.', 'privacy&#64;bakkerijvos.nl'],
    ['"@" and "." set apart by spaces', 'Vragen? Mail naar privacy @ bakkerijvos . nl of bel ons.', 'privacy @ bakkerijvos . nl'],
  ];
  for (const [what, line, written] of cases) {
    it(`reads an address written with ${what}, normalised, with its place in the text`, async () => {
      const { model } = await parse(NAME + line, 'nl', 'text');
      assert.deepEqual(model.controller.emails, ['privacy@bakkerijvos.nl']);
      const column = line.indexOf(written) + 1;
      assert.ok(
        model.controller.evidence.some((e) => at(e) === `3:${column}-3:${column + written.length} ${written}`),
        `evidence of ${written} at 3:${column}: ${model.controller.evidence.map(at).join(' | ')}`,
      );
    });
  }

  it('reads bracketed dots in the name part when the "@" is bracketed too; a bracketed dot between sentences joins nothing', async () => {
    const { model } = await parse(`${NAME}Contact: enrico [dot] troeger [at] uvena [dot] de.`, 'en', 'text');
    assert.deepEqual(model.controller.emails, ['enrico.troeger@uvena.de']);
    assert.ok(model.controller.evidence.some((e) => at(e) === '3:10-3:50 enrico [dot] troeger [at] uvena [dot] de'), model.controller.evidence.map(at).join(' | '));
    // No bracketed "@": the words before a bracketed dot are no part of an address.
    const near = await parse(`${NAME}Mail naar de website (.) of privacy@bakkerijvos.nl.`, 'nl', 'text');
    assert.deepEqual(near.model.controller.emails, ['privacy@bakkerijvos.nl']);
  });

  it('takes an anti-harvesting marker out of the name part, and only at its end', () => {
    assert.equal(normaliseEmail('team.nospam@feuerwehr-beispiel.de'), 'team@feuerwehr-beispiel.de');
    assert.equal(normaliseEmail('info-NOSPAM@bakkerijvos.nl'), 'info@bakkerijvos.nl');
    assert.equal(normaliseEmail('naam_removethis [at] bakkerijvos.nl'), 'naam@bakkerijvos.nl');
    assert.equal(normaliseEmail('nospam@bakkerijvos.nl'), 'nospam@bakkerijvos.nl', 'the whole name is a mailbox');
    assert.equal(normaliseEmail('nospamfilter@bakkerijvos.nl'), 'nospamfilter@bakkerijvos.nl');
    assert.equal(normaliseEmail('team.nospam.desk@bakkerijvos.nl'), 'team.nospam.desk@bakkerijvos.nl');
  });

  it('reads a spelled-out "at" only with a spelled-out dot and a name before it', async () => {
    assert.equal(normaliseEmail('privacy at bakkerijvos dot nl'), 'privacy@bakkerijvos.nl');
    for (const line of ['Mail us at bakkerijvos dot nl for questions.', 'We are at home dot nothing else.', 'We meet at bakkerijvos.nl every week.']) {
      const { model } = await parse(`Bakkerij Vos B.V. is the controller.\n\n${line}`, 'en', 'text');
      assert.deepEqual(model.controller.emails, [], line);
    }
  });

  it('reads spaced signs only when both are spaced, and a typeset hyphen in the domain as "-"', async () => {
    assert.equal(normaliseEmail('office @ geo6 . be'), 'office@geo6.be');
    assert.equal(normaliseEmail('lukas.rieder@uni\u2011hamburg.de'), 'lukas.rieder@uni-hamburg.de');
    const { model } = await parse(`${NAME}Mail naar lukas.rieder@uni\u2011hamburg.de of bel ons.`, 'nl', 'text');
    assert.deepEqual(model.controller.emails, ['lukas.rieder@uni-hamburg.de']);
    for (const line of ['Follow us @ bakkerijvos on Instagram . nl users welcome.', 'Tweet us @ bakkerijvos . We read everything.', 'Prices @ 5 . 50 euro each.']) {
      const { model: m } = await parse(`Bakkerij Vos B.V. is the controller.\n\n${line}`, 'en', 'text');
      assert.deepEqual(m.controller.emails, [], line);
    }
  });

  it("decodes Cloudflare's protected address in HTML, as an attribute or a link", async () => {
    const code = cloudflare('privacy@bakkerijvos.nl');
    assert.equal(decodeProtectedEmail(code), 'privacy@bakkerijvos.nl');
    assert.equal(decodeProtectedEmail('5a2a'), null, 'one byte decodes to no address');
    const span = `<html><body><p>Bakkerij Vos B.V. is verantwoordelijk voor de verwerking.</p>\n<p>Mail ons via <a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="${code}">[email&#160;protected]</a> of bel.</p></body></html>`;
    const link = `<html><body><p>Bakkerij Vos B.V. is verantwoordelijk voor de verwerking.</p>\n<p>Mail ons via <a href="/cdn-cgi/l/email-protection#${code}">[email&#160;protected]</a> of bel.</p></body></html>`;
    for (const html of [span, link]) {
      const { model } = await parse(html, 'nl', 'html');
      assert.deepEqual(model.controller.emails, ['privacy@bakkerijvos.nl']);
      assert.equal(model.controller.emailHidden, undefined);
      const start = html.split('\n')[1].indexOf('[email') + 1;
      assert.ok(model.controller.evidence.some((e) => e.line === 2 && e.column === start), model.controller.evidence.map(at).join(' | '));
    }
  });

  it('counts an address hidden behind "[email protected]" as contact details given, with no value', async () => {
    const text = `${NAME}Vragen? Mail naar [email protected] of schrijf ons.`;
    const parsed = await parse(text, 'nl');
    const c = parsed.model.controller;
    assert.equal(c.email, null);
    assert.deepEqual(c.emails, []);
    assert.equal(c.emailHidden, true);
    assert.ok(c.evidence.some((e) => at(e) === '3:19-3:36 [email protected]'), c.evidence.map(at).join(' | '));
    assert.equal(lintPolicy(parsed, resolveConfig(null)).requirements.find((r) => r.id === 'controller_identity')?.status, 'met');
    // A written address makes the placeholder moot.
    const both = await parse(`${NAME}Mail naar [email protected] of privacy@bakkerijvos.nl.`, 'nl');
    assert.deepEqual(both.model.controller.emails, ['privacy@bakkerijvos.nl']);
    assert.equal(both.model.controller.emailHidden, undefined);
  });
});

describe('no data protection officer', () => {
  const config = resolveConfig(null);
  const dpoFindings = async (text: string, language: Language) => {
    const parsed = await parse(text, language);
    return { dpo: parsed.model.dpo, findings: lintPolicy(parsed, config).findings.filter((f) => f.ruleId === 'consistency/dpo-without-contact') };
  };

  const none: [Language, string][] = [
    ['en', 'Bakkerij Vos B.V. is the controller. We have not appointed a data protection officer. Questions? Email privacy@bakkerijvos.nl.'],
    ['en', "Bakkerij Vos B.V. is the controller. We don't have a DPO; questions go to privacy@bakkerijvos.nl."],
    ['en', 'Bakkerij Vos B.V. is the controller. We are not required to appoint a data protection officer.'],
    ['en', 'Bakkerij Vos B.V. is the controller. A data protection officer has not been appointed.'],
    ['nl', 'Bakkerij Vos B.V. is de verwerkingsverantwoordelijke. Wij hebben geen functionaris gegevensbescherming aangesteld. Vragen? Mail privacy@bakkerijvos.nl.'],
    ['nl', 'Bakkerij Vos B.V. is de verwerkingsverantwoordelijke. Wij zijn niet verplicht een functionaris gegevensbescherming (FG) aan te stellen.'],
    ['nl', 'Bakkerij Vos B.V. is de verwerkingsverantwoordelijke. Een functionaris gegevensbescherming is niet aangesteld.'],
  ];
  for (const [language, text] of none) {
    it(`no DPO and no dpo-without-contact finding: ${text.slice(text.indexOf('.') + 2, text.indexOf('.') + 60)}…`, async () => {
      const { dpo, findings } = await dpoFindings(text, language);
      assert.equal(dpo, null);
      assert.deepEqual(findings, []);
    });
  }

  it('the rule reads the statements in the model, which parse shows: without them there is no finding', async () => {
    const parsed = await parse('Bakkerij Vos B.V. is de verwerkingsverantwoordelijke.\n\nWij hebben een functionaris gegevensbescherming.', 'nl');
    assert.deepEqual(parsed.model.statements.map((s) => [s.id, s.evidence[0]?.line, s.evidence[0]?.column]), [['dpo_title', 3, 1]]);
    assert.equal(lintPolicy(parsed, config).findings.filter((f) => f.ruleId === 'consistency/dpo-without-contact').length, 1);
    const without = { ...parsed, model: { ...parsed.model, statements: [] } };
    assert.deepEqual(lintPolicy(without, config).findings.filter((f) => f.ruleId === 'consistency/dpo-without-contact'), []);
  });

  it('still reports a DPO named without a way to reach them (near miss)', async () => {
    const { findings } = await dpoFindings('Bakkerij Vos B.V. is de verwerkingsverantwoordelijke.\n\nWij hebben een functionaris gegevensbescherming aangesteld.', 'nl');
    assert.deepEqual(findings.map((f) => [f.line, f.column]), [[3, 1]]);
    const en = await dpoFindings('Bakkerij Vos B.V. is the controller.\n\nWe have appointed a data protection officer.', 'en');
    assert.deepEqual(en.findings.map((f) => [f.line, f.column]), [[3, 1]]);
  });

  it('a DPO reached "at the address above" is reached through the contact details the text gives', async () => {
    const en = await dpoFindings('Write to Bakery Fox Ltd at info@bakeryfox.co.uk.\n\nContact our data protection officer at the address above.', 'en');
    assert.equal(en.dpo?.email, 'info@bakeryfox.co.uk');
    assert.deepEqual(en.findings, []);
    const nl = await dpoFindings('Bakkerij Vos B.V., info@bakkerijvos.nl.\n\nOnze functionaris gegevensbescherming is bereikbaar via de hierboven vermelde contactgegevens.', 'nl');
    assert.equal(nl.dpo?.email, 'info@bakkerijvos.nl');
    // A pointer with nothing to point to reaches nobody.
    const none = await dpoFindings('Bakery Fox Ltd is the controller.\n\nContact our data protection officer at the address above.', 'en');
    assert.equal(none.dpo, null);
    assert.equal(none.findings.length, 1);
  });

  it('still reads a DPO with contact details (near miss)', async () => {
    const { dpo, findings } = await dpoFindings('Bakkerij Vos B.V. is de verwerkingsverantwoordelijke.\n\nOnze functionaris gegevensbescherming is bereikbaar via fg@bakkerijvos.nl.', 'nl');
    assert.equal(dpo?.email, 'fg@bakkerijvos.nl');
    assert.deepEqual(findings, []);
  });
});

describe('a DPO introduced by a lead-in ending in a colon', () => {
  it('takes the address card and the "or via" line after "Our Data Protection Officer can be contacted at:"', async () => {
    const text = 'Who we are\n\nOur Data Protection Officer can be contacted at:\n\n    Codejago Ltd.\n    34 Main Street,\n    Dublin 18.\n\nor via dataprotection@codejago.com.\n\nWe keep logs for 30 days.\n';
    const { model } = await parse(text, 'en', 'text');
    assert.equal(model.dpo?.email, 'dataprotection@codejago.com');
  });

  it('a lead-in about the controller after a heading naming both does not make its e-mail the DPO\'s', async () => {
    const text = 'Verwerkingsverantwoordelijke en Functionaris Gegevensbescherming\nDe verwerkingsverantwoordelijke voor de verwerking van uw persoonsgegevens is:\n\nKim Lauwers\nBroekelei 9\n3140 Keerbergen\n\nGsm: 0476/98.38.35\n\ne-mail: privacy@voorbeeldclub.be\n';
    const { model } = await parse(text, 'nl', 'text');
    assert.equal(model.dpo, null);
  });
});

describe('a DPO title that closes the contact card before it', () => {
  it('"E-mail: … Telefoon: … X is de Functionaris Gegevensbescherming" gives the card\'s e-mail and phone', async () => {
    const text = '# Privacy\n\nContactgegevens:\nE-mail: info@bakkerijvos.nl\nTelefoon: +31 6 1234 5678\nKim Vos is namens Bakkerij Vos de ‘Functionaris Gegevensbescherming’.\n';
    const { model } = await parse(text, 'nl');
    assert.equal(model.dpo?.email, 'info@bakkerijvos.nl');
    assert.equal(model.dpo?.phone, '+31 6 1234 5678');
    assert.deepEqual(model.dpo?.evidence.map(at), [
      '6:1-6:70 Kim Vos is namens Bakkerij Vos de ‘Functionaris Gegevensbescherming’.',
      '4:9-4:28 info@bakkerijvos.nl',
      '5:11-5:26 +31 6 1234 5678',
    ]);
  });

  it('"please email X ⏎ who is the Data Protection Officer" gives the e-mail of the block before', async () => {
    const text = '# Contact\n\nIf you have any questions, please email\n\n[**sec@golfclub.ie**](mailto:sec@golfclub.ie)\n\nwho is the Data Protection Officer (DPO) for the purposes of GDPR\n';
    const { model } = await parse(text, 'en');
    assert.equal(model.dpo?.email, 'sec@golfclub.ie');
  });

  it('a title that names no holder does not take an earlier address (near misses)', async () => {
    assert.equal((await parse('# Contact\n\nEmail us at info@example.com.\n\nWe have appointed a Data Protection Officer.\n', 'en')).model.dpo, null);
    // The holder named in a later sentence of its block: the e-mail belongs to another sentence's topic.
    assert.equal((await parse('# Contact\n\nEmail us at info@example.com.\n\nWe are a small club. Jan is our Data Protection Officer.\n', 'en')).model.dpo, null);
  });
});

describe('Austrian addresses', () => {
  it('a house number with staircase and door ("9/25", "25/6.03") is a street address', async () => {
    const { model } = await parse('Die datenverarbeitende Stelle dieses Onlineauftritts ist Forum Informationsfreiheit, Schuhmeierplatz 9/25, 1160 Wien.\n', 'de');
    assert.equal(model.controller.address, 'Schuhmeierplatz 9/25, 1160 Wien');
    const other = await parse('Verantwortlich ist Mag. Erika Muster, Krakauer Straße 25/6.03, 1020 Wien.\n', 'de');
    assert.equal(other.model.controller.address, 'Krakauer Straße 25/6.03, 1020 Wien');
  });
});

describe('a contact form as the way to reach the controller', () => {
  const identity = async (text: string, language: Language): Promise<string | undefined> =>
    lintPolicy(await parse(text, language), resolveConfig(null)).requirements.find((r) => r.id === 'controller_identity')?.status;

  it('"via het contactformulier", "Contact: Contact Form", "über unser Kontaktformular", "via notre formulaire de contact"', async () => {
    const cases: [Language, string, string][] = [
      ['nl', NAME, 'Vragen kunt u stellen via het contactformulier op deze website.'],
      ['en', 'Zebra Labs Ltd is the controller of your personal data.\n\n', 'Contact: [Contact Form](https://zebra.example/contact)'],
      ['de', 'Verantwortlich ist die Zebra Labs GmbH.\n\n', 'Sie erreichen uns über unser Kontaktformular.'],
      ['fr', 'Le responsable du traitement est Zebra Labs SAS.\n\n', 'Vous pouvez nous joindre via notre formulaire de contact.'],
    ];
    for (const [language, name, sentence] of cases) {
      const parsed = await parse(`${name}${sentence}`, language);
      const c = parsed.model.controller;
      assert.equal(c.contactForm, true, sentence);
      assert.ok(c.evidence.some((e) => e.line === 3 && e.column === 1), c.evidence.map(at).join(' | '));
      assert.equal(await identity(`${name}${sentence}`, language), 'met', sentence);
    }
  });

  it('near misses: a form that only collects data, or a form beside an e-mail address', async () => {
    const collects = `${NAME}Wij verwerken de gegevens die u in een contactformulier invult.`;
    assert.equal((await parse(collects, 'nl')).model.controller.contactForm, undefined);
    assert.equal(await identity(collects, 'nl'), 'missing');
    const both = await parse(`${NAME}Mail privacy@bakkerijvos.nl of gebruik het contactformulier.`, 'nl');
    assert.equal(both.model.controller.contactForm, undefined);
  });
});

describe('an issue tracker or help desk as the way to reach the controller (English)', () => {
  const identity = async (text: string): Promise<string | undefined> =>
    lintPolicy(await parse(text, 'en'), resolveConfig(null)).requirements.find((r) => r.id === 'controller_identity')?.status;
  const NAMED = 'Zebra Labs Ltd ("we") runs this app.\n\n';

  it('"contact us via Github Issues", "open an issue on our GitHub repository", "through our support portal"', async () => {
    for (const sentence of [
      'If you have any questions, please contact us via [Github Issues](https://github.com/zebra/app/issues/new).',
      'If you have questions, open an issue on our GitHub repository.',
      'You can contact us through our support portal.',
      'To contact us, please submit a support request through our help desk.',
    ]) assert.equal(await identity(`${NAMED}${sentence}`), 'met', sentence);
  });

  it('near misses: GitHub named for something else, an issue without a channel of the controller', async () => {
    for (const sentence of [
      'Bugs can be reported on GitHub.',
      'We use GitHub to host our code.',
      'Our support team uses Zendesk to answer tickets.',
      'If you have questions, open an issue on GitHub or our forum.',
    ]) assert.equal(await identity(`${NAMED}${sentence}`), 'missing', sentence);
  });
});

describe('dates are no addresses', () => {
  it('"v.1.0 March 2017 Edited" holds no street and postcode', async () => {
    const { model } = await parse('Zebra Labs Ltd runs this site.\n\nv.1.0 March 2017 Edited & customised by: Zebra Labs Ltd.\n', 'en', 'text');
    assert.equal(model.controller.address, null);
  });

  it('near miss: a real address after it is still read', async () => {
    const { model } = await parse('Zebra Labs Ltd runs this site.\n\nWrite to 12 Queen Street, Edinburgh, EH2 1JE.\n', 'en', 'text');
    assert.match(model.controller.address ?? '', /Queen Street/u);
  });
});

describe("a DPO reached by post", () => {
  it('an address in the title\'s block reaches the DPO ("Notre responsable de la protection des données: …, Allée 1a, CH-6210 Sursee")', async () => {
    const text = '# Protection des données\n\nLe responsable du traitement est Agro SA.\n\nNotre délégué à la protection des données : Agro SA, Délégué à la protection des données, Allée 1a, 6210 Sursee\n';
    const parsed = await parse(text, 'fr');
    assert.equal(parsed.model.dpo?.address, 'Allée 1a, 6210 Sursee');
    assert.equal(lintPolicy(parsed, resolveConfig(null)).requirements.find((r) => r.id === 'dpo_contact')?.status, 'met');
  });

  it("near misses: an authority's own DPO, and a heading naming both roles over the controller's address", async () => {
    const cnil = "# Droits\n\nPour les traitements gérés par la CNIL, vous pouvez contacter son délégué à la protection des données (DPO) :\n\nCommission Nationale de l'Informatique et des Libertés\nA l'attention du délégué à la protection des données (DPO)\n3 Place de Fontenoy\n75334 Paris\n";
    assert.equal((await parse(cnil, 'fr')).model.dpo, null);
    const heading = '# Privacy\n\n## Verwerkingsverantwoordelijke en Functionaris Gegevensbescherming\n\nJudoclub Zebra vzw\nBroekelei 9\n3140 Keerbergen\n';
    assert.equal((await parse(heading, 'nl')).model.dpo?.address, undefined);
  });
});

describe('an e-mail label glued to the address by markup', () => {
  it('"<span>E-mail</span>hello@bbmindcoaching.nl" gives hello@…, at its own position', async () => {
    const html = '<html><body><p>BB Mind Coaching B.V. is verantwoordelijk voor de verwerking.</p>\n<p><span class="label">E-mail</span>hello@bbmindcoaching.nl</p></body></html>';
    const { model } = await parse(html, 'nl', 'html');
    assert.deepEqual(model.controller.emails, ['hello@bbmindcoaching.nl']);
    const ev = model.controller.evidence.find((e) => e.text === 'hello@bbmindcoaching.nl');
    assert.ok(ev, model.controller.evidence.map(at).join(' | '));
    assert.equal(ev.column, html.split('\n')[1].indexOf('hello@') + 1);
  });

  it('near miss: an address that starts like a label but is lower case stays whole ("email.team@…")', async () => {
    const { model } = await parse(`${NAME}Mail ons op emailteam@bakkerijvos.nl.`, 'nl');
    assert.deepEqual(model.controller.emails, ['emailteam@bakkerijvos.nl']);
  });
});

describe('an address only in a mailto: link', () => {
  it('"mailto://name@…" (a common slip) gives the address without the slashes', async () => {
    const { model } = await parse(`${NAME}Schrijf ons via [het contactformulier](mailto://privacy@bakkerijvos.nl).`, 'nl');
    assert.deepEqual(model.controller.emails, ['privacy@bakkerijvos.nl']);
    const plain = await parse(`${NAME}Schrijf ons via [het contactformulier](mailto:privacy@bakkerijvos.nl?subject=AVG).`, 'nl');
    assert.deepEqual(plain.model.controller.emails, ['privacy@bakkerijvos.nl']);
  });
});

describe('post office boxes', () => {
  it('"Postfach 111 462, 76064 Karlsruhe", "Postbus 14, 9750 AA Haren", "BP 45, 29000 Quimper" are the controller’s postal address', async () => {
    const cases: [Language, string, string][] = [
      ['de', 'Verantwortlich im Sinne der DSGVO ist Maria Huber, Postfach 111 462, 76064 Karlsruhe.', 'Postfach 111 462, 76064 Karlsruhe'],
      ['nl', 'Verwerkingsverantwoordelijke is Stichting Zonnelicht, Postbus 14, 9750 AA Haren.', 'Postbus 14, 9750 AA Haren'],
      ['fr', 'Le responsable du traitement est l’association Vélo Pour Tous, BP 45, 29000 Quimper.', 'BP 45, 29000 Quimper'],
    ];
    for (const [language, text, address] of cases) assert.equal((await parse(`${text}\n`, language)).model.controller.address, address, text);
  });

  it('near misses: a box word without a number, or a number that is a year, is no address', async () => {
    assert.equal((await parse('Verantwortlich im Sinne der DSGVO ist Maria Huber. Ihr Postfach 2023 wurde geleert.\n', 'de')).model.controller.address, null);
    assert.equal((await parse('Verantwortlich im Sinne der DSGVO ist Maria Huber. Schreiben Sie an unser Postfach.\n', 'de')).model.controller.address, null);
  });
});

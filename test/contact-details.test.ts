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

  it('reads a spelled-out "at" only with a spelled-out dot and a name before it', async () => {
    assert.equal(normaliseEmail('privacy at bakkerijvos dot nl'), 'privacy@bakkerijvos.nl');
    for (const line of ['Mail us at bakkerijvos dot nl for questions.', 'We are at home dot nothing else.', 'We meet at bakkerijvos.nl every week.']) {
      const { model } = await parse(`Bakkerij Vos B.V. is the controller.\n\n${line}`, 'en', 'text');
      assert.deepEqual(model.controller.emails, [], line);
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

  it('still reports a DPO named without a way to reach them (near miss)', async () => {
    const { findings } = await dpoFindings('Bakkerij Vos B.V. is de verwerkingsverantwoordelijke.\n\nWij hebben een functionaris gegevensbescherming aangesteld.', 'nl');
    assert.deepEqual(findings.map((f) => [f.line, f.column]), [[3, 1]]);
    const en = await dpoFindings('Bakkerij Vos B.V. is the controller.\n\nWe have appointed a data protection officer.', 'en');
    assert.deepEqual(en.findings.map((f) => [f.line, f.column]), [[3, 1]]);
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

describe('Austrian addresses', () => {
  it('a house number with staircase and door ("9/25", "25/6.03") is a street address', async () => {
    const { model } = await parse('Die datenverarbeitende Stelle dieses Onlineauftritts ist Forum Informationsfreiheit, Schuhmeierplatz 9/25, 1160 Wien.\n', 'de');
    assert.equal(model.controller.address, 'Schuhmeierplatz 9/25, 1160 Wien');
    const other = await parse('Verantwortlich ist Mag. Erika Muster, Krakauer Straße 25/6.03, 1020 Wien.\n', 'de');
    assert.equal(other.model.controller.address, 'Krakauer Straße 25/6.03, 1020 Wien');
  });
});

/**
 * The document layer on the layouts real policies come in: hard-wrapped lines, a whole policy in one HTML <p> with
 * <br>s and bold headings, Markdown indented by four spaces. Each fact is checked with its place in the file.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';

import { parsePolicyFile, parsePolicyText } from '../src/index.js';
import { unwrapLines } from '../src/document/unwrap.js';
import type { Evidence } from '../src/model/types.js';
import { FIXTURES, evidenceProblem, readOriginal, splitLines } from './helpers.js';

const LAYOUT = join(FIXTURES, 'layout');
const at = (e: Evidence): string => `${e.line}:${e.column}-${e.endLine}:${e.endColumn} ${e.text}`;

describe('unwrapping lines', () => {
  it('joins a sentence wrapped over lines, whatever case the next line starts with', () => {
    assert.equal(unwrapLines('Wij bewaren uw gegevens\nmaximaal drie maanden.'), 'Wij bewaren uw gegevens maximaal drie maanden.');
    assert.equal(unwrapLines('Wij delen uw gegevens met\nGoogle Analytics.'), 'Wij delen uw gegevens met Google Analytics.');
    assert.equal(unwrapLines('We keep your order details\n7 years after delivery.'), 'We keep your order details 7 years after delivery.');
  });

  it('keeps the lines of an address card, a list after a colon and a hard break (near misses)', () => {
    const card = 'Bakkerij Vos B.V.\nDorpsstraat 1\n1234 AB Amsterdam\nprivacy [at] bakkerijvos.nl';
    assert.equal(unwrapLines(card), card);
    const labelled = 'Bakkerij Vos B.V. Amsterdam\ntel. 020 123 4567\ne-mail: privacy@bakkerijvos.nl';
    assert.equal(unwrapLines(labelled), labelled);
    const items = 'Wij verwerken de volgende gegevens:\nvoornaam en achternaam\nadresgegevens\ne-mailadres';
    assert.equal(unwrapLines(items), items);
    assert.equal(unwrapLines('Wij bewaren uw gegevens\nmaximaal drie maanden.', new Set([23])), 'Wij bewaren uw gegevens\nmaximaal drie maanden.');
    assert.equal(unwrapLines('Wij bewaren uw gegevens.\nDaarna verwijderen wij ze.'), 'Wij bewaren uw gegevens.\nDaarna verwijderen wij ze.');
  });

  const base = 'Bakkerij Vos B.V. is verantwoordelijk voor de verwerking van uw persoonsgegevens.\n\n';
  const cases: [string, 'markdown' | 'text' | 'html', string, string][] = [
    ['a Markdown soft break', 'markdown', `${base}Wij bewaren uw gegevens\nmaximaal drie maanden.`, '3:1-4:23'],
    ['hard-wrapped plain text', 'text', `${base}Wij bewaren uw gegevens\nmaximaal drie maanden.`, '3:1-4:23'],
    ['a line end in an HTML <p>', 'html', `<p>${base.trim()}</p>\n<p>Wij bewaren uw gegevens\nmaximaal drie maanden.</p>`, '2:4-3:23'],
  ];
  for (const [what, format, text, where] of cases) {
    it(`reads a retention period across ${what}`, async () => {
      const { model } = await parsePolicyText(text, { format, language: 'nl' });
      assert.deepEqual(
        model.retention.map((r) => [r.duration, ...r.evidence.map(at)]),
        [['P3M', `${where} Wij bewaren uw gegevens maximaal drie maanden.`]],
      );
    });
  }

  it('keeps an HTML <br> as a line end (near miss)', async () => {
    const { document } = await parsePolicyText('<p>Bakkerij Vos B.V.<br>Dorpsstraat 1<br>1234 AB Amsterdam</p>', { format: 'html', language: 'nl' });
    assert.deepEqual(document.blocks.map((b) => b.text), ['Bakkerij Vos B.V.\nDorpsstraat 1\n1234 AB Amsterdam']);
  });
});

describe('fixtures/layout/wrapped-lines.txt: plain text wrapped at 40 columns', () => {
  const path = join(LAYOUT, 'wrapped-lines.txt');

  it('rebuilds the paragraphs and keeps the address card', async () => {
    const { document } = await parsePolicyFile(path);
    assert.deepEqual(
      document.blocks.map((b) => [b.kind, b.sentences.map((s) => s.text)]),
      [
        ['heading', ['PRIVACYVERKLARING BAKKERIJ VOS']],
        ['paragraph', ['Bakkerij Vos B.V., gevestigd aan de Dorpsstraat 1 te Amsterdam, is verantwoordelijk voor de verwerking van persoonsgegevens zoals weergegeven in deze privacyverklaring.']],
        ['paragraph', ['Contactgegevens:', 'Bakkerij Vos B.V.', 'Dorpsstraat 1', '1234 AB Amsterdam', 'privacy [at] bakkerijvos.nl']],
        ['heading', ['Hoe lang wij gegevens bewaren']],
        ['paragraph', ['Wij bewaren uw gegevens maximaal drie maanden na uw laatste bestelling.', 'Facturen bewaren wij zeven jaar, omdat de Belastingdienst dat van ons vraagt.']],
        ['heading', ['Functionaris gegevensbescherming']],
        ['paragraph', ['Wij hebben geen functionaris gegevensbescherming aangesteld.', 'Voor vragen kunt u mailen naar privacy at bakkerijvos dot nl.']],
      ],
    );
  });

  it('finds the retention periods, the contact details and no DPO, each at its place', async () => {
    const { model } = await parsePolicyFile(path);
    assert.deepEqual(
      model.retention.map((r) => [r.subject, r.duration, ...r.evidence.map(at)]),
      [
        ['uw gegevens', 'P3M', '16:1-18:12 Wij bewaren uw gegevens maximaal drie maanden na uw laatste bestelling.'],
        ['Facturen', 'P7Y', '18:13-20:20 Facturen bewaren wij zeven jaar, omdat de Belastingdienst dat van ons vraagt.'],
      ],
    );
    assert.equal(model.controller.name, 'Bakkerij Vos B.V.');
    assert.equal(model.controller.address, 'Dorpsstraat 1, 1234 AB Amsterdam');
    assert.deepEqual(model.controller.emails, ['privacy@bakkerijvos.nl']);
    assert.ok(model.controller.evidence.map(at).includes('12:1-12:28 privacy [at] bakkerijvos.nl'));
    assert.equal(model.dpo, null, '"Wij hebben geen functionaris gegevensbescherming aangesteld" under its own heading');
  });
});

describe('fixtures/layout/one-paragraph.html: a whole policy in one <p>', () => {
  const path = join(LAYOUT, 'one-paragraph.html');

  it('splits paragraphs at <br><br> and takes a bold line standing alone for a heading', async () => {
    const { document } = await parsePolicyFile(path);
    assert.deepEqual(
      document.blocks.map((b) => [b.kind, b.text]),
      [
        ['heading', 'Privacyverklaring'],
        ['paragraph', 'Bakkerij Vos B.V., gevestigd aan de Dorpsstraat 1 te Amsterdam, is verantwoordelijk voor de verwerking van persoonsgegevens.'],
        ['heading', 'Hoe lang wij gegevens bewaren'],
        ['paragraph', 'Wij bewaren uw gegevens maximaal drie maanden na uw laatste bestelling.'],
        ['heading', 'Contact'],
        ['paragraph', 'Bakkerij Vos B.V.\nDorpsstraat 1\n1234 AB Amsterdam\n[email protected]'],
      ],
    );
  });

  it("quotes evidence without tags and reads Cloudflare's protected address", async () => {
    const { model } = await parsePolicyFile(path);
    assert.deepEqual(model.retention.map((r) => [r.duration, ...r.evidence.map(at)]), [['P3M', '9:1-10:48 Wij bewaren uw gegevens maximaal drie maanden na uw laatste bestelling.']]);
    assert.deepEqual(model.controller.emails, ['privacy@bakkerijvos.nl']);
    const evidence = model.controller.evidence.map(at);
    assert.ok(evidence.includes('13:1-14:18 Dorpsstraat 1 1234 AB Amsterdam'), evidence.join(' | '));
    assert.ok(evidence.includes('15:122-15:144 [email protected]'), evidence.join(' | '));
    const lines = splitLines(readOriginal(path));
    for (const e of model.controller.evidence) assert.equal(evidenceProblem(lines, e), null);
  });
});

describe('fixtures/layout/indented.md: prose indented four spaces', () => {
  const path = join(LAYOUT, 'indented.md');

  it('reads indented prose and contact details as text, and code as nothing', async () => {
    const { document } = await parsePolicyFile(path);
    assert.deepEqual(
      document.blocks.map((b) => [b.kind, b.text]),
      [
        ['heading', 'Privacy statement'],
        ['paragraph', 'Bakkerij Vos B.V. is the controller of your personal data and keeps it for no longer than three months after your last order.'],
        ['paragraph', 'We share your data with our payment provider only when you pay online.'],
        ['heading', 'Contact'],
        ['paragraph', 'Bakkerij Vos B.V.\nDorpsstraat 1\n1234 AB Amsterdam\nprivacy(at)bakkerijvos(dot)nl'],
        ['heading', 'Data protection officer'],
        ['paragraph', 'We have not appointed a data protection officer.'],
      ],
    );
  });

  it('quotes evidence without Markdown markup, at its place in the file', async () => {
    const { model } = await parsePolicyFile(path);
    assert.deepEqual(model.controller.emails, ['privacy@bakkerijvos.nl']);
    assert.equal(model.controller.address, 'Dorpsstraat 1, 1234 AB Amsterdam');
    assert.deepEqual(model.controller.evidence.map(at), [
      '3:3-5:59 Bakkerij Vos B.V. is the controller of your personal data and keeps it for no longer than three months after your last order.',
      '13:5-14:22 Dorpsstraat 1 1234 AB Amsterdam',
      '15:5-15:34 privacy(at)bakkerijvos(dot)nl',
    ]);
    assert.deepEqual(model.retention.map((r) => r.duration), ['P3M']);
    assert.equal(model.dpo, null);
    for (const e of model.controller.evidence) assert.doesNotMatch(e.text, /\*\*|<\/?[a-z]|\]\(/u);
  });
});

describe('HTML blocks inside Markdown', () => {
  it('reads the text of <h2>, <p> and <ul> blocks that a page export left in the Markdown, at their places', async () => {
    const md = '# Privacy\n\n<div id="page">\n\n<h2>Bewaartermijn</h2>\n<p>Wij bewaren uw gegevens\nmaximaal <b>drie maanden</b>.</p>\n<ul>\n<li>Naam</li>\n<li>E-mailadres</li>\n</ul>\n</div>\n\nBakkerij Vos B.V. is verantwoordelijk voor de verwerking.\n';
    const { document, model } = await parsePolicyText(md, { format: 'markdown', language: 'nl', path: 'p.md' });
    assert.deepEqual(
      document.blocks.map((b) => [b.kind, b.depth, b.text]),
      [
        ['heading', 1, 'Privacy'],
        ['heading', 2, 'Bewaartermijn'],
        ['paragraph', 0, 'Wij bewaren uw gegevens maximaal drie maanden.'],
        ['listItem', 1, 'Naam'],
        ['listItem', 1, 'E-mailadres'],
        ['paragraph', 0, 'Bakkerij Vos B.V. is verantwoordelijk voor de verwerking.'],
      ],
    );
    assert.deepEqual(model.retention.map((r) => [r.duration, ...r.evidence.map(at)]), [['P3M', '6:4-7:30 Wij bewaren uw gegevens maximaal drie maanden.']]);
  });

  it('reads nothing from an HTML block of tags only, nor from a comment (near miss)', async () => {
    const { document } = await parsePolicyText('# Privacy\n\n<div class="spacer"></div>\n\n<!-- Wij bewaren niets. -->\n\nTekst.\n', { format: 'markdown', language: 'nl', path: 'p.md' });
    assert.deepEqual(document.blocks.map((b) => b.text), ['Privacy', 'Tekst.']);
  });
});

describe('Markdown markup left as text', () => {
  it('a bold line opened and not closed on its line heads the text under it, without the markers', async () => {
    const md = "**5\\. Content of register  \n**Frank's customer register collects the following information about the users of the Service.\n";
    const { document } = await parsePolicyText(md, { format: 'markdown', language: 'en', path: 'p.md' });
    assert.deepEqual(document.blocks.map((b) => [b.kind, b.text]), [
      ['heading', '5. Content of register'],
      ['paragraph', "Frank's customer register collects the following information about the users of the Service."],
    ]);
  });

  it('a bold paragraph the parser closed stays one paragraph, even when its first line breaks inside a sentence (near miss)', async () => {
    const md = '**Wir löschen die Daten nach Ablauf der gesetzlichen Pflichten, (grundsätzlich 4\nJahre). Daten einer Buchung werden nach 120 Tagen\ngelöscht, nach Beendigung des Auftrags.**\n';
    const { document, model } = await parsePolicyText(md, { format: 'markdown', language: 'de', path: 'p.md' });
    assert.deepEqual(document.blocks.map((b) => b.kind), ['paragraph']);
    assert.deepEqual(model.retention.flatMap((r) => (r.duration ? [r.duration] : [])).sort(), ['P120D', 'P4Y']);
  });

  it('a **bold** line in a text file is a heading; a bold word inside a sentence is not (near miss)', async () => {
    const { document } = await parsePolicyText('**Log Data**\n\nWe collect **log data** when you use the app, such as your IP address.\n', { format: 'text', language: 'en', path: 'p.txt' });
    assert.deepEqual(document.blocks.map((b) => [b.kind, b.text]), [
      ['heading', 'Log Data'],
      ['paragraph', 'We collect log data when you use the app, such as your IP address.'],
    ]);
  });
});

describe('<br> in Markdown', () => {
  it('<br><br> ends a paragraph and a bold line before a <br> heads its text', async () => {
    const md = 'Bakkerij Vos B.V. is verantwoordelijk voor de verwerking van persoonsgegevens.<br><br>**Hoe lang wij gegevens bewaren**<br>Wij bewaren uw gegevens maximaal drie maanden na uw laatste bestelling.\n';
    const { document, model } = await parsePolicyText(md, { format: 'markdown', language: 'nl', path: 'p.md' });
    assert.deepEqual(document.blocks.map((b) => [b.kind, b.text]), [
      ['paragraph', 'Bakkerij Vos B.V. is verantwoordelijk voor de verwerking van persoonsgegevens.'],
      ['heading', 'Hoe lang wij gegevens bewaren'],
      ['paragraph', 'Wij bewaren uw gegevens maximaal drie maanden na uw laatste bestelling.'],
    ]);
    assert.deepEqual(model.retention.map((r) => [r.duration, ...r.evidence.map(at)]), [['P3M', '1:124-1:195 Wij bewaren uw gegevens maximaal drie maanden na uw laatste bestelling.']]);
  });

  it('one <br> keeps the lines in one paragraph (near miss)', async () => {
    const { document } = await parsePolicyText('Bakkerij Vos B.V.<br>Dorpsstraat 1<br>1234 AB Amsterdam\n', { format: 'markdown', language: 'nl', path: 'p.md' });
    assert.deepEqual(document.blocks.map((b) => b.text), ['Bakkerij Vos B.V.\nDorpsstraat 1\n1234 AB Amsterdam']);
  });
});

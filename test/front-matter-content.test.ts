import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { blockEvidence } from '../src/document/index.js';
import { docOf } from './helpers.js';

// A Statamic Bard page (the ProseMirror/TipTap node tree a flat-file CMS stores in YAML): the whole policy is in the
// front matter and the body is empty.
const BARD = `---
id: 0b1c
title: 'Privacy Statement'
description: 'Hoe wij met uw gegevens omgaan, kort gezegd: zorgvuldig en volgens de AVG, met respect voor ieders privacy.'
page_builder:
  -
    id: m6jd
    type: hero
    title: 'Privacy statement'
  -
    id: m6je
    article:
      -
        type: heading
        attrs:
          level: 2
        content:
          -
            type: text
            text: 'Bewaartermijn'
      -
        type: paragraph
        content:
          -
            type: text
            text: 'Wij bewaren uw gegevens niet langer dan twee jaar. Vragen? Mail '
          -
            type: text
            marks:
              -
                type: link
                attrs:
                  href: 'mailto:privacy@voorbeeld.nl'
            text: privacy@voorbeeld.nl
      -
        type: bulletList
        content:
          -
            type: listItem
            content:
              -
                type: paragraph
                content:
                  -
                    type: text
                    text: 'facturen: zeven jaar'
---
`;

describe('policy text kept in the front matter', () => {
  it('reads a rich-text (Bard/ProseMirror) tree into headings, paragraphs and list items with exact positions', async () => {
    const doc = await docOf(BARD, 'markdown', undefined, 'bard.md');
    assert.deepEqual(
      doc.blocks.map((b) => [b.kind, b.depth, b.text]),
      [
        ['heading', 2, 'Bewaartermijn'],
        ['paragraph', 0, 'Wij bewaren uw gegevens niet langer dan twee jaar. Vragen? Mail privacy@voorbeeld.nl'],
        ['listItem', 1, 'facturen: zeven jaar'],
      ],
    );
    const paragraph = doc.blocks[1];
    assert.deepEqual(paragraph.links, [{ start: 64, end: 84, url: 'mailto:privacy@voorbeeld.nl' }]);
    // Each block starts where its text stands in the file, inside the YAML scalar.
    const at = (needle: string): string => {
      const lines = BARD.split('\n');
      const line = lines.findIndex((l) => l.includes(needle));
      return `${line + 1}:${lines[line].indexOf(needle) + 1}`;
    };
    const start = (i: number): string => `${blockEvidence(doc, doc.blocks[i]).line}:${blockEvidence(doc, doc.blocks[i]).column}`;
    assert.equal(start(0), at('Bewaartermijn'));
    assert.equal(start(1), at('Wij bewaren'));
    assert.equal(start(2), at('facturen'));
    assert.equal(blockEvidence(doc, doc.blocks[2]).text, 'facturen: zeven jaar');
  });

  it('reads a long prose field (content: |) as paragraphs, but never the description or title', async () => {
    const text = `---\ntitle: Privacy\ndescription: 'Een korte omschrijving van deze pagina, lang genoeg om als tekst te tellen als het een tekstveld was. En nog een zin.'\ncontent: |\n  Wij bewaren uw gegevens niet langer dan nodig is voor de doelen waarvoor wij ze verzamelen, en uiterlijk twee jaar na uw laatste bezoek.\n\n  U kunt ons bereiken via privacy@voorbeeld.nl voor al uw vragen over deze verklaring en over uw rechten.\n---\n`;
    const doc = await docOf(text, 'markdown', undefined, 'prose.md');
    assert.deepEqual(doc.blocks.map((b) => b.text), [
      'Wij bewaren uw gegevens niet langer dan nodig is voor de doelen waarvoor wij ze verzamelen, en uiterlijk twee jaar na uw laatste bezoek.',
      'U kunt ons bereiken via privacy@voorbeeld.nl voor al uw vragen over deze verklaring en over uw rechten.',
    ]);
    const second = blockEvidence(doc, doc.blocks[1]);
    assert.deepEqual([second.line, second.column], [7, 3]);
  });

  it('leaves the front matter alone when the body holds the policy', async () => {
    const body = 'Wij bewaren uw gegevens niet langer dan twee jaar. '.repeat(8);
    const doc = await docOf(`${BARD}\n# Privacy\n\n${body}\n`, 'markdown', undefined, 'both.md');
    assert.deepEqual(doc.blocks.map((b) => b.text), ['Privacy', body.trim()]);
  });

  it('a short field, a non-prose value and a CMS key are no text', async () => {
    const doc = await docOf('---\ntitle: Privacy\nlayout: page\nintro: Kort.\nurl: https://voorbeeld.nl/privacy\n---\n', 'markdown', undefined, 'short.md');
    assert.deepEqual(doc.blocks, []);
  });
});

describe('an address card fenced as code', () => {
  it('reads a fence without a language holding prose as text lines, with positions inside the fence', async () => {
    const text = '# Datenschutz\n\nVerantwortlich ist:\n\n```\nMusterverein Nürnberg e.V.\nHauptstraße 145\n90491 Nürnberg\n```\n';
    const doc = await docOf(text, 'markdown', undefined, 'fence.md');
    const card = doc.blocks.find((b) => b.text.startsWith('Musterverein'));
    assert.ok(card, doc.blocks.map((b) => b.text).join(' / '));
    assert.equal(card.text, 'Musterverein Nürnberg e.V.\nHauptstraße 145\n90491 Nürnberg');
    const e = blockEvidence(doc, card);
    assert.deepEqual([e.line, e.column, e.endLine], [6, 1, 8]);
  });

  it('leaves code alone: a language tag, or code signs', async () => {
    const doc = await docOf('# Privacy\n\n```js\nconst a = 1;\n```\n\n```\nif (x) { y(); }\n```\n', 'markdown', undefined, 'code.md');
    assert.deepEqual(doc.blocks.map((b) => b.text), ['Privacy']);
  });
});

describe('a page-builder component of type "text" that holds the rich text in its "text" field', () => {
  // Statamic's { id, text: [ …nodes ], type: text, enabled: true }: the component is a container, not a text node.
  const page = [
    '---', 'title: Datenschutz', 'components:', '  -', '    id: ldxf76u2', '    text:', '      -', '        type: heading',
    '        attrs:', '          level: 2', '        content:', '          -', '            type: text', "            text: 'Speicherdauer'",
    '      -', '        type: paragraph', '        content:', '          -', '            type: text',
    "            text: 'Wir speichern Ihre Daten zwei Jahre lang.'", '    type: text', '    enabled: true', '---', '',
  ].join('\n');
  it('gives its heading and paragraph, at their places in the file', async () => {
    const doc = await docOf(page, 'markdown', 'de', 'p.md');
    const paragraph = doc.blocks.find((b) => b.text === 'Wir speichern Ihre Daten zwei Jahre lang.');
    assert.ok(paragraph, doc.blocks.map((b) => b.text).join(' | '));
    assert.equal(blockEvidence(doc, paragraph).line, 20);
    assert.ok(doc.blocks.some((b) => b.kind === 'heading' && b.text === 'Speicherdauer'));
  });
});

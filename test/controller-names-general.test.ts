import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { parsePolicyText } from '../src/index.js';
import type { Language } from '../src/model/types.js';

/** The controller's name and aliases privacylint reads from a short policy. */
async function named(text: string, language: Language, format: 'markdown' | 'text' | 'html' = 'markdown'): Promise<{ name: string | null; aliases: string[] }> {
  const { model } = await parsePolicyText(text, { format, language });
  return { name: model.controller.name, aliases: model.controller.aliases };
}

describe('controller names: English template openings', () => {
  it('"At X, accessible from URL, …" names X', async () => {
    const text = '# Privacy Policy\n\nAt Harbour Tea Rooms, accessible from https://harbourtearooms.co.uk, one of our main priorities is the privacy of our visitors.\n';
    assert.equal((await named(text, 'en')).name, 'Harbour Tea Rooms');
  });

  it('near miss: "At any time, accessible from your account, …" names no one', async () => {
    const text = '# Privacy Policy\n\nAt any time, accessible from your account settings, you can change what we store.\n';
    assert.equal((await named(text, 'en')).name, null);
  });

  it('"It is X\'s policy to respect your privacy" names X without the possessive', async () => {
    const text = "# Privacy Policy\n\nYour privacy is important to us. It is Copperleaf Studio's policy to respect your privacy regarding any information we may collect from you.\n";
    assert.equal((await named(text, 'en')).name, 'Copperleaf Studio');
  });

  it('near miss: "It is our policy to respect your privacy" names no one', async () => {
    const text = '# Privacy Policy\n\nIt is our policy to respect your privacy regarding any information we may collect from you.\n';
    assert.equal((await named(text, 'en')).name, null);
  });

  it('the definitions list: "Company (referred to as …) refers to X, address" names X', async () => {
    const text = [
      '# Privacy Policy', '', '## Definitions', '',
      '- **Company** (referred to as either "the Company", "We", "Us" or "Our" in this Agreement) refers to Lumen Health Ltd, 3 Park Row, Leeds LS1 5HD.',
      '- **Country** refers to: United Kingdom',
      '- **Service Providers** means any natural or legal person who processes the data on behalf of the Company.', '',
    ].join('\n');
    assert.equal((await named(text, 'en')).name, 'Lumen Health Ltd');
  });

  it('near miss: "Service Providers" used again and again is a defined term, not the site', async () => {
    const text = '# Privacy Policy\n\nWe may share Your personal information with Service Providers. The Service Providers We use may have access to Your data. We may use Service Providers to analyse our Service.\n';
    assert.equal((await named(text, 'en')).name, null);
  });

  it('"(“we,” “us,” or “our”)": the terms with a comma inside the quotes are no aliases', async () => {
    const text = '# Privacy Policy\n\nPinecrest Consulting LLC ("Company," "we," "our," or "us") is committed to protecting your privacy.\n';
    assert.deepEqual(await named(text, 'en'), { name: 'Pinecrest Consulting LLC', aliases: [] });
  });

  it('a bracket opened by a particle ends the name: "Silverline Books (the “Site”, …)"', async () => {
    const text = '# Privacy Policy\n\nThis Privacy Policy describes how Silverline Books (the "Site", "we", "us", or "our") collects, uses, and discloses your personal information.\n';
    assert.equal((await named(text, 'en')).name, 'Silverline Books');
  });

  it('the old UK template "… is for this website URL and served by X" names X', async () => {
    const text = 'Privacy Policy\n\nThis privacy policy is for this website www.milhouse.uk and served by Milhouse Ltd. and governs the privacy of its users who choose to use it.\n';
    assert.equal((await named(text, 'en', 'text')).name, 'Milhouse Ltd.');
  });

  it('near miss: a law named as "UK Spam Laws" is no organisation', async () => {
    const text = 'Privacy Policy\n\nSubscriptions are taken in compliance with UK Spam Laws. Subscriptions are taken in compliance with UK Spam Laws.\n';
    assert.equal((await named(text, 'en', 'text')).name, null);
  });

  it("an HTML page's title that is a name is the last resort", async () => {
    const page = '<html><head><title>Villa Prenc</title></head><body><h1>Privacy</h1><p>We keep your booking details for one year.</p></body></html>';
    assert.equal((await named(page, 'en', 'html')).name, 'Villa Prenc');
  });

  it('near miss: a title of common words ("Data Protection") names no one', async () => {
    const page = '<html><head><title>Data Protection</title></head><body><h1>Privacy</h1><p>We keep your booking details for one year.</p></body></html>';
    assert.equal((await named(page, 'en', 'html')).name, null);
  });
});

describe('controller names: German cards and openings', () => {
  it('an owner line under the business name: the business, the owner an alias', async () => {
    const text = '# Datenschutzerklärung\n\n### Verantwortlicher\n\nDigitalagentur Pixelwerk  \nInhaber: Tom Schulz  \nKaiserstraße 8  \n60311 Frankfurt am Main\n';
    assert.deepEqual(await named(text, 'de'), { name: 'Digitalagentur Pixelwerk', aliases: ['Tom Schulz'] });
  });

  it('the business name set apart in bold over the owner line', async () => {
    const text = '## Impressum\n\n**Schreinerei Holzmann**  \nInhaber: Peter Holzmann  \nWerkstr. 3  \n93047 Regensburg  \nTel. 0941 12345\n';
    assert.deepEqual(await named(text, 'de'), { name: 'Schreinerei Holzmann', aliases: ['Peter Holzmann'] });
  });

  it('near miss: "Inhaber der Website:" under a heading names the person', async () => {
    const text = '## Impressum\n\nInhaber der Website: Max Lehmann  \nRosenweg 4  \n28195 Bremen\n';
    assert.equal((await named(text, 'de')).name, 'Max Lehmann');
  });

  it('"X legt großen Wert auf den Schutz Ihrer Daten" names X', async () => {
    const text = '# Datenschutzerklärung\n\nDie Brenner Logistik GmbH legt großen Wert auf den Schutz Ihrer personenbezogenen Daten.\n';
    assert.equal((await named(text, 'de')).name, 'Brenner Logistik GmbH');
  });

  it('near miss: "Wir legen großen Wert …" names no one', async () => {
    const text = '# Datenschutzerklärung\n\nWir legen großen Wert auf den Schutz Ihrer personenbezogenen Daten.\n';
    assert.equal((await named(text, 'de')).name, null);
  });

  it('a genitive "des Verantwortlichen ist (…)" names nothing; the statement later does', async () => {
    const text = [
      '# Datenschutzerklärung', '',
      'Ein berechtigtes Interesse kann anzunehmen sein, wenn die betroffene Person ein Kunde des Verantwortlichen ist (Erwägungsgrund 47 Satz 2 DS-GVO).', '',
      'Verantwortlicher ist die Kessler Maschinenbau GmbH, Hafenstraße 3, 47119 Duisburg.', '',
    ].join('\n');
    assert.equal((await named(text, 'de')).name, 'Kessler Maschinenbau GmbH');
  });

  it('a brand of two lower-case words that the e-mail domain spells: "about source GmbH"', async () => {
    const text = '# Impressum\n\nabout source GmbH Klingenstr. 22, 04229 Leipzig\n\nE-Mail: kontakt@aboutsource.net\n';
    assert.equal((await named(text, 'de')).name, 'about source GmbH');
  });

  it('near miss: lower-case words before a legal form that no domain spells are no brand', async () => {
    const text = '# Impressum\n\nEin Angebot von einer anderen GmbH.\n\nE-Mail: kontakt@beispielhaus.de\n';
    assert.notEqual((await named(text, 'de')).name, 'anderen GmbH');
  });
});

describe('controller names: French', () => {
  it('"Le présent site est édité par X" names X', async () => {
    const text = '# Mentions légales\n\nLe présent site est édité par Claire Dubois, photographe, domiciliée à Nantes.\n';
    assert.equal((await named(text, 'fr')).name, 'Claire Dubois');
  });

  it('near miss: "Le présent site est hébergé par OVH" names the host, not the controller', async () => {
    const text = '# Mentions légales\n\nLe présent site est hébergé par OVH SAS, 2 rue Kellermann, 59100 Roubaix.\n';
    assert.notEqual((await named(text, 'fr')).name, 'OVH SAS');
  });

  it('"X attache une grande importance" names X; "Nous attachons" names no one', async () => {
    const yes = '# Politique de confidentialité\n\nLe respect de la vie privée est une valeur à laquelle Géomatique Plus attache une grande importance.\n';
    assert.equal((await named(yes, 'fr')).name, 'Géomatique Plus');
    const no = '# Politique de confidentialité\n\nNous attachons une grande importance à la protection de vos données.\n';
    assert.equal((await named(no, 'fr')).name, null);
  });

  it('a Belgian legal form written first: "SPRL GEO-6" on a card', async () => {
    const text = '# Politique de confidentialité\n\n## Qui est le responsable du traitement ?\n\nLe site est géré par :\n\n> SPRL GEO-6  \n> Avenue Jean de Bologne 35  \n> 1020 Bruxelles\n';
    assert.equal((await named(text, 'fr')).name, 'SPRL GEO-6');
  });
});

describe('controller names: Dutch', () => {
  it('"In deze privacyverklaring leest u hoe X omgaat met …" names X', async () => {
    const text = '# Privacyreglement\n\nIn deze privacyverklaring leest u hoe Tandartspraktijk Janssen omgaat met uw persoonsgegevens.\n';
    assert.equal((await named(text, 'nl')).name, 'Tandartspraktijk Janssen');
  });

  it('near miss: "… leest u hoe wij omgaan met …" names no one', async () => {
    const text = '# Privacyreglement\n\nIn deze privacyverklaring leest u hoe wij omgaan met uw persoonsgegevens.\n';
    assert.equal((await named(text, 'nl')).name, null);
  });

  it('the subject opening a "Wie zijn wij?" section is the name', async () => {
    const text = '# Privacyverklaring\n\n## Wie zijn wij?\n\nFysiotherapie De Linde is een praktijk voor fysiotherapie in Utrecht.\n';
    assert.equal((await named(text, 'nl')).name, 'Fysiotherapie De Linde');
  });

  it('near miss: a section opening with a common noun ("Onze praktijk is …") names no one', async () => {
    const text = '# Privacyverklaring\n\n## Wie zijn wij?\n\nOnze praktijk is gevestigd in Utrecht.\n';
    assert.equal((await named(text, 'nl')).name, null);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';

import { parsePolicyFile, parsePolicyText } from '../src/index.js';
import { fileURLToPath } from 'node:url';
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

  it('"X is developed by Y": the maker of the app named in the title, the app an alias', async () => {
    const text = '# Privacy Policy for Nightjar\n\nNightjar is developed by Hedgehog Labs. This policy explains what data the app collects.\n';
    assert.deepEqual(await named(text, 'en'), { name: 'Hedgehog Labs', aliases: ['Nightjar'] });
  });

  it('the opening sentence "X is run by Y" names Y; a service "operated by" its maker does not', async () => {
    const yes = '# Privacy Policy\n\nSunrise Yoga is run by Laura Kim. This privacy policy explains how I use your data.\n';
    assert.deepEqual(await named(yes, 'en'), { name: 'Laura Kim', aliases: ['Sunrise Yoga'] });
    const no = '# Privacy\n\nGoogle Analytics is operated by Google LLC.\n';
    assert.equal((await named(no, 'en')).name, null);
  });

  it('"X is run by Y" under a "Who is responsible" heading names Y; under a heading of tools it does not', async () => {
    const yes = '# Privacy policy\n\n## Who is responsible for this service\n\nThe Local Hub is run by The Climate Coalition with support from partners.\n';
    assert.deepEqual(await named(yes, 'en'), { name: 'Climate Coalition', aliases: ['Local Hub'] });
    const no = '# Privacy policy\n\n## Tools we use\n\nFormbox is run by Formbox Labs Ltd. We use it for our forms.\n';
    assert.equal((await named(no, 'en')).name, null);
  });

  it('"X takes your privacy seriously" names X; "We take …" names no one', async () => {
    assert.equal((await named('# Privacy\n\nTern Robotics takes your privacy seriously. This policy describes what we collect.\n', 'en')).name, 'Tern Robotics');
    assert.equal((await named('# Privacy\n\nWe take your privacy seriously. This policy describes what we collect.\n', 'en')).name, null);
  });

  it('"Welcome to X!" names X; "Welcome to our website" and "Welcome to the Privacy Policy" do not', async () => {
    assert.equal((await named('# Privacy Policy\n\nWelcome to Bright Minds Tutoring! We respect your privacy.\n', 'en')).name, 'Bright Minds Tutoring');
    assert.equal((await named('# Privacy Policy\n\nWelcome to our website. We respect your privacy.\n', 'en')).name, null);
    assert.equal((await named('# Privacy Policy\n\nWelcome to the Privacy Policy. Please read it carefully.\n', 'en')).name, null);
  });

  it('"the Privacy Policy of X Ltd": the policy words open no name', async () => {
    assert.equal((await named('# Privacy Policy\n\nWelcome to the Privacy Policy of Acme Ltd.\n', 'en')).name, 'Acme Ltd.');
  });

  it('"This privacy policy applies to X" names X; "… applies to Personal Data" (defined terms only) does not', async () => {
    assert.equal((await named('# Privacy policy\n\nThis privacy policy applies to the Open Data Institute (ODI) website.\n', 'en')).name, 'Open Data Institute (ODI)');
    assert.equal((await named('# Privacy Policy\n\nThis privacy policy applies to Personal Data we collect through the Service.\n', 'en')).name, null);
  });

  it('a run the domain spells whole beats its first word ("The Greenway Trust", greenwaytrust.org.uk)', async () => {
    const text = '# Privacy notice\n\nThe Greenway Trust is a registered charity (no. 123456) in England and Wales.\n\n## How to contact us\n\nEmail dataprotection@greenwaytrust.org.uk\n';
    assert.equal((await named(text, 'en')).name, 'Greenway Trust');
  });

  it("WordPress's \"Our website address is: URL\" gives the host when nothing else names the site", async () => {
    const text = '# Privacy Policy\n\n## Who we are\n\nOur website address is: https://brightsidecounselling.co.uk.\n\n## Comments\n\nWhen visitors leave comments on the site we collect the data shown in the comments form.\n';
    assert.equal((await named(text, 'en')).name, 'brightsidecounselling.co.uk');
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

  it('a table row whose first cell is the label: "| Verantwortlicher | Nordlicht Medien GmbH |"', async () => {
    const text = '# Datenschutzerklärung\n\n| | |\n|---|---|\n| Verantwortlicher | Nordlicht Medien GmbH |\n| Anschrift | Hafenstraße 5, 24103 Kiel |\n';
    assert.equal((await named(text, 'de')).name, 'Nordlicht Medien GmbH');
  });

  it('near miss: a table row labelled otherwise ("| Anbieter | Google |") names no controller', async () => {
    const text = '# Datenschutzerklärung\n\n| Dienst | Zweck |\n|---|---|\n| Webanalyse | Reichweitenmessung |\n';
    assert.equal((await named(text, 'de')).name, null);
  });

  it('a label sentence ending in "ist" under a numbered heading, the name in the next block (plain text)', async () => {
    const text = [
      'Die nachfolgende Datenschutzerklärung gilt für die Nutzung unseres Online-Angebots.', '',
      '1 Verantwortlicher',
      'Verantwortlicher für die Erhebung, Verarbeitung und Nutzung Ihrer',
      'personenbezogenen Daten im Sinne von Art. 4 Nr. 7 DSGVO ist', '',
      'Alexander Foremny', 'Auf dem Loh 20', '30167 Hannover', '',
      'Sofern Sie der Verarbeitung widersprechen wollen, wenden Sie sich an den Verantwortlichen.', '',
    ].join('\n');
    assert.equal((await named(text, 'de', 'text')).name, 'Alexander Foremny');
  });

  it('near miss: a numbered label heading over a sentence that names the controller itself', async () => {
    const text = '# Datenschutzerklärung\n\n## 1. Verantwortlicher\n\nVerantwortlich für die Verarbeitung Ihrer personenbezogenen Daten ist die Alpenblick Hotel GmbH, Seestraße 10, 6020 Innsbruck, Österreich (im Folgenden „wir“).\n';
    assert.equal((await named(text, 'de')).name, 'Alpenblick Hotel GmbH');
  });

  it('a name the domain spells with its umlaut written out ("Grünfink Design", gruenfinkdesign.de)', async () => {
    const text = '# Datenschutzerklärung\n\nAuf den Seiten von Grünfink Design finden Sie Informationen über unsere Arbeit. Grünfink Design gestaltet Webseiten.\n\nKontakt: info@gruenfinkdesign.de\n';
    assert.equal((await named(text, 'de')).name, 'Grünfink Design');
    // Without the domain, capitalised words are no sign of a name in German.
    assert.equal((await named(text.replace(/\n\nKontakt: .*\n$/u, '\n'), 'de')).name, null);
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

  it('a cue ending its paragraph ("Le site … est géré par :") names the first line of the next block', async () => {
    const text = '# Politique de confidentialité\n\nLe site internet est géré par :\n\nAtelier Brunet  \n12 rue des Lilas  \n75011 Paris\n';
    assert.equal((await named(text, 'fr')).name, 'Atelier Brunet');
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

describe('controller names: German first person and a role noun before the name; placeholders', () => {
  it('"Verantwortlich … bin ich Felix Muster" names the person', async () => {
    const text = '## Verantwortlicher\n\nVerantwortlich für die Verarbeitung deiner personenbezogenen Daten bin ich Felix Imobersteg. Die Kontaktdaten findest du auf meiner Kontaktseite.\n';
    assert.equal((await named(text, 'de')).name, 'Felix Imobersteg');
  });

  it('"… ist die Webseitenbetreiberin, Carmen Muster" names the person, not the role', async () => {
    const text = '## I. Verantwortlicher\n\nVerantwortlicher für die Datenverarbeitung im Sinne der DS-GVO ist die Webseitenbetreiberin, Carmen Eichelsdörfer.\n\nWagmüllerstraße 18, 80538 München\n';
    assert.equal((await named(text, 'de')).name, 'Carmen Eichelsdörfer');
  });

  it('near miss: "bin ich" elsewhere names no one', async () => {
    const text = '# Datenschutz\n\nFür Rückfragen bin ich gerne erreichbar.\n';
    assert.equal((await named(text, 'de')).name, null);
  });

  it('a template placeholder is no name', async () => {
    // A Django template stored as published (train corpus): its title is "Privacy notice for {{ productName }}".
    const text = readFileSync(new URL('../fixtures/corpus/train/en-dbt-redbox.html', import.meta.url), 'utf8');
    const name = (await named(text, 'en', 'html')).name;
    assert.ok(!/[{}]/u.test(name ?? ''), `a name with template braces: ${name}`);
  });
});

describe('controller names: German openings with the organisation mid-sentence', () => {
  it('"ist dem Tennisclub … e.V. ein wichtiges Anliegen" names the club; "der Geschäftsführung" names no one', async () => {
    assert.equal((await named('# Datenschutzerklärung\n\nDer Schutz Ihrer Daten ist dem Tennisclub Grün-Weiß Musterstadt e.V. ein wichtiges Anliegen.\n', 'de')).name, 'Tennisclub Grün-Weiß Musterstadt e.V.');
    assert.equal((await named('# Datenschutz\n\nDer Schutz Ihrer Daten ist der Geschäftsführung ein wichtiges Anliegen.\n', 'de')).name, null);
  });

  it('"informieren wir, die Stadtwerke … GmbH, über" names the company; "löschen wir, die Daten …" names no one', async () => {
    assert.equal((await named('# Datenschutz\n\nIm Folgenden informieren wir, die Stadtwerke Musterstadt GmbH, über die Verarbeitung Ihrer Daten.\n', 'de')).name, 'Stadtwerke Musterstadt GmbH');
    assert.equal((await named('# Datenschutz\n\nAnschließend löschen wir, die Daten sind dann nicht mehr verfügbar.\n', 'de')).name, null);
  });
});

describe('controller names: a question is a heading, not a name', () => {
  it('a plain-text notice (ISO-8859-1, train corpus) whose question headings stand alone: no question as the name', async () => {
    const { model } = await parsePolicyFile(fileURLToPath(new URL('../fixtures/corpus/train/fr-mandrake-online-2002.txt', import.meta.url)));
    assert.ok(!/\?/u.test(model.controller.name ?? ''), `a question as the name: ${model.controller.name}`);
  });
});

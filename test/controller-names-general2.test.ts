import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { parsePolicyText } from '../src/index.js';
import type { Language } from '../src/model/types.js';

// Structures seen on public policies outside the corpus, reworded with invented names and addresses.

/** The controller's name and aliases privacylint reads from a short policy. */
async function named(text: string, language: Language, format: 'markdown' | 'text' | 'html' = 'markdown'): Promise<{ name: string | null; aliases: string[] }> {
  const { model } = await parsePolicyText(text, { format, language });
  return { name: model.controller.name, aliases: model.controller.aliases };
}

describe('controller names: the label defined is no name', () => {
  it('"Verantwortliche Stelle ist die natürliche oder juristische Person, die …" names no one', async () => {
    const text = [
      '# Datenschutzerklärung', '',
      '## Hinweis zur verantwortlichen Stelle', '',
      'Verantwortliche Stelle ist die natürliche oder juristische Person, die allein oder gemeinsam mit anderen über die Zwecke und Mittel der Verarbeitung entscheidet.', '',
      'Die Angaben zur verantwortlichen Stelle finden Sie im Impressum.', '',
    ].join('\n');
    assert.equal((await named(text, 'de')).name, null);
  });

  it('near miss: the same section with the name under it still names the organisation', async () => {
    const text = [
      '# Datenschutzerklärung', '',
      '## Hinweis zur verantwortlichen Stelle', '',
      'Die verantwortliche Stelle für die Datenverarbeitung auf dieser Website ist:', '',
      'Kletterfreunde Talblick e.V.  ', 'Am Steinbruch 4  ', '79100 Freiburg', '',
      'Verantwortliche Stelle ist die natürliche oder juristische Person, die über die Zwecke und Mittel der Verarbeitung entscheidet.', '',
    ].join('\n');
    assert.equal((await named(text, 'de')).name, 'Kletterfreunde Talblick e.V.');
  });

  it('"Data controller means a person who …" names no one', async () => {
    const text = '# Privacy Policy\n\n## Definitions\n\nData Controller means a person who determines the purposes for which personal data are processed.\n';
    assert.equal((await named(text, 'en')).name, null);
  });
});

describe('controller names: long official names', () => {
  it('a public body of 66 letters under "Verantwortlicher … ist das" is read whole', async () => {
    const text = [
      '# Datenschutzerklärung', '',
      'Verantwortlicher im Sinne der Datenschutz-Grundverordnung ist das  ',
      'Forschungsrechenzentrum der Westfälischen Akademie der Wissenschaften  ',
      'Gelehrtenweg 3  ', '48149 Münster  ', 'E-Mail: leitung@frz-example.de', '',
    ].join('\n');
    assert.equal((await named(text, 'de')).name, 'Forschungsrechenzentrum der Westfälischen Akademie der Wissenschaften');
  });

  it('near miss: a run longer than 80 letters is still no name', async () => {
    const text = [
      '# Datenschutzerklärung', '',
      'Verantwortlicher ist:  ',
      'Forschungsrechenzentrum der Westfälischen Akademie der Wissenschaften und Künste Nordrhein  ',
      'Gelehrtenweg 3  ', '48149 Münster', '',
    ].join('\n');
    assert.notEqual((await named(text, 'de')).name, 'Forschungsrechenzentrum der Westfälischen Akademie der Wissenschaften und Künste Nordrhein');
  });
});

describe('controller names: a number that opens the name', () => {
  it('"This website is operated by 100 Oaks Ltd." keeps the number', async () => {
    const text = '# Privacy Policy\n\nThis website is operated by 100 Oaks Ltd. We believe it is important to protect your personal data.\n';
    assert.match((await named(text, 'en')).name ?? '', /^100 Oaks Ltd\.?$/u);
  });

  it('an ordinal opening a group\'s name: "3rd Harrow Sea Scouts is the data controller"', async () => {
    const text = '# Privacy Policy\n\n3rd Harrow Sea Scouts is the data controller for the personal data we hold about our members.\n';
    assert.equal((await named(text, 'en')).name, '3rd Harrow Sea Scouts');
  });

  it('near miss: an article number before a law is no name ("Art. 6 DSGVO")', async () => {
    const text = '# Datenschutzerklärung\n\nDie Verarbeitung erfolgt nach Art. 6 DSGVO GmbH-intern und wird von uns dokumentiert.\n';
    const { name } = await named(text, 'de');
    assert.ok(name === null || !/^\d/u.test(name), `got ${name}`);
  });

  it('near miss: a year before a name is not taken in ("in 2019 Nordwind GmbH is …")', async () => {
    const text = '# Privacy Policy\n\nSince the merger in 2019 Nordwind GmbH is the data controller for this website.\n';
    assert.equal((await named(text, 'en')).name, 'Nordwind GmbH');
  });
});

describe('controller names: a label paragraph over a card of one-line paragraphs', () => {
  it('"verantwortliche Stelle im Sinne des Datenschutzrechts" over the name, then street and town each apart', async () => {
    const text = [
      '# Datenschutzinformation', '',
      '### 1. Verantwortliche Stelle und Kontaktdaten', '',
      'verantwortliche Stelle im Sinne des Datenschutzrechts', '',
      'Bund der Musterberufe Bundesvorstand', '',
      'Lindenallee 21', '',
      '60311 Frankfurt', '',
      'Kontaktdaten unseres Datenschutzbeauftragten:', '',
      'Kranich Datenschutz Consulting GmbH', '',
      'Am Hang 4', '',
      '35390 Gießen', '',
    ].join('\n');
    assert.equal((await named(text, 'de')).name, 'Bund der Musterberufe Bundesvorstand');
  });

  it('near miss: a label paragraph over a paragraph with no card after it gives no name from it', async () => {
    const text = [
      '# Datenschutzerklärung', '',
      'Verantwortlich im Sinne der DSGVO', '',
      'Wir verarbeiten Ihre Daten nur, soweit es nötig ist.', '',
      'Ihre Rechte', '',
    ].join('\n');
    assert.equal((await named(text, 'de')).name, null);
  });
});

describe('controller names: a template term counted as the site', () => {
  it('an app generator template with its maker left blank names no one, not "Log Data"', async () => {
    const text = [
      '## Privacy Policy', '',
      ' built the Pocket Ledger app as a Free app. This SERVICE is provided at no cost and is intended for use as is.', '',
      '**Log Data**', '',
      'I want to inform you that whenever you use my Service, in a case of an error in the app I collect data and information on your phone called Log Data. This Log Data may include your device IP address and the time and date of your use. Log Data is deleted after a month.', '',
      '**Contact Us**', '',
      'If you have any questions about my Privacy Policy, do not hesitate to contact me at pocketledger.dev@outlook.com.', '',
    ].join('\n');
    assert.equal((await named(text, 'en')).name, null);
  });

  it('near miss: a company named in the text several times is still read', async () => {
    const text = [
      '## Privacy Policy', '',
      'Birchwood Analytics built the Pocket Ledger app. Birchwood Analytics keeps Log Data for a month. Questions go to Birchwood Analytics at hello@birchwoodanalytics.com.', '',
    ].join('\n');
    assert.equal((await named(text, 'en')).name, 'Birchwood Analytics');
  });
});

describe('controller names: a domain in the possessive', () => {
  it('"It is lanternworks.io\'s policy to respect your privacy" names the domain', async () => {
    const text = "## Privacy Policy\n\nYour privacy is important to us. It is lanternworks.io's policy to respect your privacy regarding any information we may collect from you across our website.\n";
    assert.equal((await named(text, 'en')).name, 'lanternworks.io');
  });

  it('near miss: "It is the site\'s policy to respect your privacy" names no one', async () => {
    const text = "## Privacy Policy\n\nIt is the site's policy to respect your privacy regarding any information we may collect from you.\n";
    assert.equal((await named(text, 'en')).name, null);
  });
});

describe('controller names: a name with particles in the page title', () => {
  const page = (title: string): string =>
    `<!doctype html><html lang="fr"><head><title>${title}</title></head><body><main><h1>Politique de confidentialité</h1>` +
    '<h2>Qui sommes-nous ?</h2><p>L’adresse de notre site est : https://cine-toits.example.org</p>' +
    '<h2>Informations de contact</h2><p>Email : bonjour@cine-toits.example.org</p></main></body></html>';

  it('"Politique de confidentialité - Cinéma des toits de la ville": four words and three particles name the site', async () => {
    assert.equal((await named(page('Politique de confidentialité - Cinéma des toits de la ville'), 'fr', 'html')).name, 'Cinéma des toits de la ville');
  });

  it('"Politique de confidentialité du cabinet Lumière Conseil": the word in lower case before the name is dropped', async () => {
    assert.equal((await named(page('Politique de confidentialité du cabinet Lumière Conseil'), 'fr', 'html')).name, 'Lumière Conseil');
  });

  it('near miss: a title that goes on as a sentence is not the name (the site address stated in the text is)', async () => {
    assert.equal((await named(page('Politique de confidentialité - Tout ce que vous devez savoir sur vos données et nos engagements envers vous'), 'fr', 'html')).name, 'cine-toits.example.org');
  });
});

describe('controller names: a template left unfilled', () => {
  const page = (card: string): string =>
    '<!doctype html><html lang="de"><head><title>Datenschutzerklärung | lumaWerk – Fotostudio</title></head><body>' +
    '<main><h1>Datenschutzhinweise fuer deine Website.</h1><h2>Verantwortliche Stelle</h2>' +
    `<p>${card}</p><h2>Hosting</h2><p>Die Website wird bei einem Anbieter in der EU gehostet.</p></main></body></html>`;

  it('"[Unternehmensname / Vor- und Nachname]" under the label is no name; the page title names the site', async () => {
    const { name } = await named(page('[Unternehmensname / Vor- und Nachname]<br>[Strasse und Hausnummer]<br>[PLZ, Ort]'), 'de', 'html');
    assert.equal(name, 'lumaWerk Fotostudio');
  });

  it('near miss: a filled card under the same label is read', async () => {
    const { name } = await named(page('Lumawerk Fotostudio GmbH<br>Blumenstraße 8<br>04109 Leipzig'), 'de', 'html');
    assert.equal(name, 'Lumawerk Fotostudio GmbH');
  });

  it('"Max Mustermann, Musterstraße 1" of a German template names no one', async () => {
    const text = '# Datenschutzerklärung\n\n## 1. Verantwortlicher\n\nMax Mustermann  \nMusterstraße 1  \n12345 Musterstadt  \nE-Mail: kontakt@musterblog.de\n';
    assert.equal((await named(text, 'de')).name, null);
  });

  it('"Your Company Name" of an English template names no one', async () => {
    const text = '# Privacy Policy\n\n## Data controller\n\nYour Company Name  \n1 Example Street  \nLondon SW1A 1AA\n';
    assert.equal((await named(text, 'en')).name, null);
  });

  it('near miss: a real person under the same German heading is read', async () => {
    const text = '# Datenschutzerklärung\n\n## 1. Verantwortlicher\n\nMax Mertens  \nLindenweg 4  \n28790 Schwanewede  \nE-Mail: kontakt@mertens-foto.de\n';
    assert.equal((await named(text, 'de')).name, 'Max Mertens');
  });
});

describe('controller names: English translations of the German templates', () => {
  it('"Responsible for the data processing on this website is the Nordlicht Atelier in Kiel" names it', async () => {
    const text = '# Privacy Policy\n\n1.2) Responsible for the data processing on this website is the Nordlicht Atelier in Kiel, Germany, Tel.: +49 431 000000.\n';
    assert.equal((await named(text, 'en')).name, 'Nordlicht Atelier');
  });

  it('"The responsible body for data processing on this website is:" names the organisation after it', async () => {
    const text = '# Privacy Policy\n\nThe responsible body for data processing on this website is: Hafenblick Design GmbH, Kaistraße 3, 24103 Kiel.\n';
    assert.equal((await named(text, 'en')).name, 'Hafenblick Design GmbH');
  });

  it('"Responsible for data processing within the meaning of the GDPR is …" names it', async () => {
    const text = '# Privacy Policy\n\nResponsible for data processing on this website within the meaning of the GDPR is Glaswerk Consulting UG.\n';
    assert.equal((await named(text, 'en')).name, 'Glaswerk Consulting UG');
  });

  it('near miss: "You are responsible for the processing of your own account data" names no one', async () => {
    const text = '# Privacy Policy\n\nYou are responsible for the processing of your own account data. We only store what you enter.\n';
    assert.equal((await named(text, 'en')).name, null);
  });
});

describe('controller names: placeholders and broken lines under a label', () => {
  it('"[Name, Postadresse, E-Mail-Adresse des Verantwortlichen]" under the label names no one', async () => {
    const text = [
      '# Datenschutzerklärung', '',
      '## 1. Verantwortlicher und Datenschutzbeauftragter', '',
      'Verantwortlich für diese Website ist:  ', '[Name, Postadresse, E-Mail-Adresse des Verantwortlichen]', '',
      'Den Datenschutzbeauftragten erreichen Sie unter: [E-Mail-Adresse]', '',
    ].join('\n');
    assert.equal((await named(text, 'de')).name, null);
  });

  it('a name broken over two card lines with "und" is read whole', async () => {
    const html = '<html lang="de"><body><h1>Datenschutzerklärung</h1><h2>Verantwortlicher</h2>' +
      '<p>Praxis für Ergotherapie<br>und kreative Begleitung<br>Ina Vogt<br>Lindenstraße 22<br>53332 Bornheim</p></body></html>';
    assert.equal((await named(html, 'de', 'html')).name, 'Praxis für Ergotherapie und kreative Begleitung');
  });

  it('near miss: a name line followed by a street is not joined', async () => {
    const html = '<html lang="de"><body><h1>Datenschutzerklärung</h1><h2>Verantwortlicher</h2>' +
      '<p>Praxis für Ergotherapie Vogt<br>Lindenstraße 22<br>53332 Bornheim</p></body></html>';
    assert.equal((await named(html, 'de', 'html')).name, 'Praxis für Ergotherapie Vogt');
  });
});

describe('controller names: a card introduced as the data protection officer’s', () => {
  const policy = (intro: string): string => [
    '# Datenschutzerklärung', '',
    '## 1. Allgemeines', '',
    'Die Datenverarbeitung auf dieser Website erfolgt durch den Websitebetreiber. Dessen Kontaktdaten finden Sie im Impressum.', '',
    '## 2. Ansprechpartner', '',
    intro, '',
    'Kranich Datenschutz GmbH  ', 'Am Hang 4  ', '35390 Gießen  ', 'E-Mail: office@kranich-datenschutz.de', '',
    '## 3. Kontaktformular', '',
    'Wenn Sie uns per Kontaktformular Anfragen zukommen lassen, werden Ihre Angaben gespeichert.', '',
  ].join('\n');

  it('"Wir haben einen Datenschutzbeauftragten benannt:" over a firm\'s card: the firm is not the controller', async () => {
    assert.equal((await named(policy('Wir haben einen Datenschutzbeauftragten benannt:'), 'de')).name, null);
  });

  it('near miss: "Verantwortlich für die Datenverarbeitung ist:" over the same card names the firm', async () => {
    assert.equal((await named(policy('Verantwortlich für die Datenverarbeitung ist:'), 'de')).name, 'Kranich Datenschutz GmbH');
  });
});

describe('controller names: the French templates\' opening', () => {
  it('"Conformément au RGPD, Atelier Lune s\'engage à protéger vos données personnelles" names it', async () => {
    const text = "# Politique de confidentialité\n\nConformément au RGPD, Atelier Lune s'engage à protéger vos données personnelles.\n";
    assert.equal((await named(text, 'fr')).name, 'Atelier Lune');
  });

  it('near miss: "Notre équipe s\'engage à protéger vos données" names no one', async () => {
    const text = "# Politique de confidentialité\n\nNotre équipe s'engage à protéger vos données.\n";
    assert.equal((await named(text, 'fr')).name, null);
  });

  it('near miss: "Vous vous engagez à respecter la confidentialité" names no one', async () => {
    const text = '# Politique de confidentialité\n\nVous vous engagez à respecter la confidentialité de vos identifiants.\n';
    assert.equal((await named(text, 'fr')).name, null);
  });
});

describe('controller names: German details', () => {
  it('a hyphenated domain with a spelled-out umlaut ties the two-word name ("Bäckerei Korn", baeckerei-korn.de)', async () => {
    const text = '# Datenschutzerklärung\n\n## Kontakt\n\nBei Fragen zum Datenschutz wenden Sie sich an: Bäckerei Korn, Marktplatz 2, 34117 Kassel, info@baeckerei-korn.de\n';
    assert.equal((await named(text, 'de')).name, 'Bäckerei Korn');
  });

  it('near miss: a domain that spells only the trade ("baeckerei-online.de") does not make "Bäckerei" a name', async () => {
    const text = '# Datenschutzerklärung\n\n## Kontakt\n\nBei Fragen zum Datenschutz wenden Sie sich an: Bäckerei Korn, Marktplatz 2, 34117 Kassel, info@baeckerei-online.de\n';
    assert.notEqual((await named(text, 'de')).name, 'Bäckerei');
  });

  it('"ist der Betreiber dieser Website, Herr Lukas Frey, …" names the person', async () => {
    const text = '# Datenschutzerklärung\n\nVerantwortlicher für die Datenverarbeitung ist der Betreiber dieser Website, Herr Lukas Frey, Am Ring 4, 79098 Freiburg.\n';
    assert.match((await named(text, 'de')).name ?? '', /^(?:Herr )?Lukas Frey$/u);
  });
});

describe('controller names: a generator text with its maker left blank', () => {
  const text = (maker: string): string => [
    '# Privacy Policy', '',
    `This privacy policy applies to the Tiny Timer app (hereby referred to as "Application") for mobile devices that was created by ${maker}(hereby referred to as "Service Provider") as a Free service.`, '',
    '## Contact Us', '',
    'If you have any questions regarding privacy while using the Application, please contact the Service Provider via email at tinytimer.dev@gmail.com.', '',
  ].join('\n');

  it('"… created by (hereby referred to as “Service Provider”)": the app is no controller, no name is given', async () => {
    assert.equal((await named(text(''), 'en')).name, null);
  });

  it('near miss: with the maker filled in, a name is still given', async () => {
    assert.notEqual((await named(text('Kestrel Apps '), 'en')).name, null);
  });
});

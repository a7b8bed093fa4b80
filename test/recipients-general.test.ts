/**
 * Recipients named the way policies commonly name them, in each language, and the near misses next to them: a
 * category label in Title Case, the controller's own page or address, a canton after a town, a contract abbreviation.
 * Each case is a general wording (reworded from several policies), not one file's text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { buildDocument } from '../src/document/index.js';
import { ExtractContext } from '../src/extract/context.js';
import { extractRecipients } from '../src/extract/recipients.js';
import type { Language, Recipient } from '../src/model/types.js';

async function recipients(text: string, language: Language): Promise<Recipient[]> {
  const doc = await buildDocument({ path: 'policy', text, format: 'markdown', encoding: 'utf-8' }, { language });
  return extractRecipients(new ExtractContext(doc));
}

/** The names of the non-category recipients, as the evaluation scores them. */
async function named(text: string, language: Language): Promise<string[]> {
  return (await recipients(text, language)).filter((r) => r.kind !== 'category').map((r) => r.name);
}

describe('recipients: names with their abbreviation, in lists a lead introduces', () => {
  it('nl: a lead without a colon introduces its list, and "(VJF)" before the legal form stays out of the name', async () => {
    const text = [
      '## Wie verwerkt de gegevens?',
      '',
      'De gegevens worden verwerkt door volgende externe organisaties',
      '',
      '- Bestuursleden van de vereniging',
      '- De Vlaamse Judofederatie (VJF) vzw',
      '',
    ].join('\n');
    const found = await recipients(text, 'nl');
    assert.deepEqual(found.map((r) => r.name), ['De Vlaamse Judofederatie']);
    // The evidence is the list item, on line 6.
    assert.equal(found[0].evidence[0].line, 6);
    assert.equal(found[0].evidence[0].text, 'De Vlaamse Judofederatie (VJF) vzw');
  });

  it('nl: the same list after a lead that introduces no recipients names nobody', async () => {
    const text = ['## Onze werkwijze', '', 'Wij werken met vrijwilligers', '', '- Bestuursleden van de vereniging', '- De Vlaamse Judofederatie (VJF) vzw', ''].join('\n');
    assert.deepEqual(await named(text, 'nl'), []);
  });

  it('nl: a kind of system before the name, and an aside in brackets inside the list of names', async () => {
    assert.deepEqual(await named('Online betalingen worden verwerkt en beveiligd door het betalingssysteem OGONE (www.ogone.nl), Rabobank en ING.', 'nl'), ['OGONE', 'Rabobank', 'ING']);
    // Without a cue the same names are no recipients.
    assert.deepEqual(await named('Het betalingssysteem OGONE (www.ogone.nl) is bekend bij Rabobank en ING.', 'nl'), []);
  });

  it('nl: a form back-end the form is processed through', async () => {
    assert.deepEqual(await named('Het contactformulier wordt verwerkt via FormSubmit, zodat je bericht bij ons aankomt.', 'nl'), ['FormSubmit']);
    assert.deepEqual(await named('Wij gebruiken geen FormSubmit.', 'nl'), []);
  });
});

describe('recipients: English sharing wordings', () => {
  it('where the data are kept, and the kept-in place that is a country', async () => {
    assert.deepEqual(await named('Our Company securely stores your data at OVH Ltd, France.', 'en'), ['OVH']);
    assert.deepEqual(await named('We keep your records with Acme Storage Ltd.', 'en'), ['Acme Storage']);
    assert.deepEqual(await named('We store your data in France.', 'en'), []);
  });

  it('data provided to, shared with (passive) or given to a named body', async () => {
    assert.deepEqual(await named('The club is required to provide limited information to FIFA.', 'en'), ['FIFA']);
    assert.deepEqual(await named('If you have questions about your data when it is shared with England Athletics, please contact us.', 'en'), ['England Athletics']);
    assert.deepEqual(await named('We will provide England Athletics with your personal data which they will use.', 'en'), ['England Athletics']);
    assert.deepEqual(await named('Payments are handled by our payment services providers, Virgin Money.', 'en'), ['Virgin Money']);
  });

  it('the reader giving data, a template pronoun and a possessive are no recipients', async () => {
    assert.deepEqual(await named('You can provide Us with your personal data.', 'en'), []);
    assert.deepEqual(await named("Your information is processed at the Company's operating offices.", 'en'), []);
  });

  it('Title Case labels of kinds of organisation in a recipients list are categories; a brand label is a name', async () => {
    const text = [
      '## Who we share with',
      '',
      'We may share your data with:',
      '',
      '- General Practitioner - we may need to update your GP',
      '- Regulatory Authorities.',
      '- Acme Mail - sends our newsletters',
      '',
    ].join('\n');
    assert.deepEqual(await named(text, 'en'), ['Acme Mail']);
    assert.deepEqual(await named('We share profile data with Research Organisations.', 'en'), []);
  });

  it('another body\'s e-mail address does not make it the controller, and the controller\'s own pages are no recipients', async () => {
    const text = [
      '# CLC Striders privacy notice',
      '',
      'CLC Striders is the data controller for the personal data of its members.',
      '',
      'We will provide England Athletics with your personal data. Questions: dataprotection@englandathletics.org.',
      '',
      'Facebook: CLC Striders Running Club',
      '',
      'Twitter: @CLCStriders',
      '',
    ].join('\n');
    assert.deepEqual(await named(text, 'en'), ['England Athletics']);
  });
});

describe('recipients: French and German', () => {
  it('fr: "en utilisant", "intègre une carte" and a form service', async () => {
    assert.deepEqual(await named('Ce site suit les principes JAMstack en utilisant Git, et [Netlify](https://www.netlify.com) pour la distribution CDN.', 'fr'), ['Netlify']);
    assert.deepEqual(await named('La page Contact intègre une carte Google Maps qui peut déposer des cookies.', 'fr'), ['Google Maps']);
    assert.deepEqual(await named("Le formulaire de contact utilise le service technique Web3Forms pour l'acheminement des messages.", 'fr'), ['Web3Forms']);
    assert.deepEqual(await named("Nous n'intégrons pas de carte Google Maps.", 'fr'), []);
  });

  it('de: a canton after a postcode and town, and the abbreviation of a processing contract, are no recipients', async () => {
    const text = [
      '## Hosting',
      '',
      'Wir setzen folgende(n) Hoster ein:',
      '',
      'Infomaniak Network AG',
      'Rue Eugène-Marziano 25',
      '1227 Les Acacias (GE)',
      '',
      'Wir haben einen Vertrag über Auftragsverarbeitung (AVV) zur Nutzung des oben genannten Dienstes geschlossen.',
      '',
    ].join('\n');
    assert.deepEqual(await named(text, 'de'), ['Infomaniak']);
  });

  it('de: a compound ending in a common noun is no brand, a hyphenated brand is', async () => {
    const text = ['## Empfänger', '', '- E-Mail-Adresse (falls angegeben)', '- Open-Meteo (Wetterdaten-Anbieter): erhält die Koordinaten', ''].join('\n');
    assert.deepEqual(await named(text, 'de'), ['Open-Meteo']);
  });
});

describe('recipients: a request to a known service, and its other spellings', () => {
  it('a request or connection to a known service, in each language; none when denied', async () => {
    assert.deepEqual(await named('Voor de weergave van lettertypen wordt een verzoek gedaan aan Google Fonts.', 'nl'), ['Google Fonts']);
    assert.deepEqual(await named('Er wordt geen verbinding gemaakt met Google Fonts.', 'nl'), []);
    assert.deepEqual(await named('Your browser sends a request to Google Fonts.', 'en'), ['Google Fonts']);
    assert.deepEqual(await named('No connection is made to Google Fonts.', 'en'), []);
    assert.deepEqual(await named('Ihr Browser stellt eine Anfrage an Google Fonts.', 'de'), ['Google Fonts']);
    assert.deepEqual(await named('Une requête est envoyée à Google Fonts.', 'fr'), ['Google Fonts']);
  });

  it('"Pull Requests" replaced with a word is no request to anyone', async () => {
    assert.deepEqual(await named('Your username in Issues, comments and Pull Requests will be replaced with the word “Ghost”.', 'en'), []);
  });

  it('de: "Google-Maps" and "Google Webfonts" are the registry services, under the registry names', async () => {
    assert.deepEqual(await named('Es kann vorkommen, dass Inhalte Dritter, wie zum Beispiel Videos von YouTube, Kartenmaterial von Google-Maps, eingebunden werden.', 'de'), ['YouTube', 'Google Maps']);
    const fonts = ['## Verwendung von Scriptbibliotheken (Google Webfonts)', '', 'Um unsere Inhalte korrekt darzustellen, verwenden wir auf dieser Website Google Webfonts.', ''].join('\n');
    assert.deepEqual(await named(fonts, 'de'), ['Google Fonts']);
  });

  it('de: a heading on a compound of the service ("Google-Play-Formular") makes no section about the service', async () => {
    const text = ['## 10. Google-Play-Formular „Datensicherheit"', '', 'Die Angaben im Google-Play-„Datensicherheit"-Formular entsprechen dieser Erklärung.', ''].join('\n');
    assert.deepEqual(await named(text, 'de'), []);
  });
});

describe('recipients: a service provided by a named party', () => {
  it('"provided by", "bereitgestellt von", "fourni par", "verzorgd door"; a camel-case brand keeps its small first letters', async () => {
    assert.deepEqual(await named('To facilitate activation code services provided by softWORKZ for licensing.', 'en'), ['softWORKZ']);
    assert.deepEqual(await named('Der Dienst wird bereitgestellt von der Firma Acme Systems.', 'de'), ['Acme Systems']);
    assert.deepEqual(await named('Le service est fourni par Acme SAS.', 'fr'), ['Acme']);
    assert.deepEqual(await named('De nieuwsbrief wordt verzorgd door Laposta.', 'nl'), ['Laposta']);
  });

  it('near misses: the reader, the defined terms of a template, a kind of firm, the site\'s own operator', async () => {
    assert.deepEqual(await named('All information provided by You is kept safe.', 'en'), []);
    assert.deepEqual(await named('Services provided by Law Firms.', 'en'), []);
    assert.deepEqual(await named('Les informations fournies par Vous.', 'fr'), []);
    assert.deepEqual(await named("Ce site est proposé par l'association Musique du Val.", 'fr'), []);
    assert.deepEqual(await named('This website is operated by Acme Widgets.', 'en'), []);
  });
});

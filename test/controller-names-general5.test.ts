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

/** A short German app policy with `first` as its opening paragraph. */
const appPolicy = (first: string): string =>
  ['# Datenschutzerklärung', '', first, '', 'Die App erhebt keine personenbezogenen Daten.', '', '## Ihre Rechte', '', 'Sie haben das Recht auf Auskunft, Berichtigung und Löschung.', ''].join('\n');

describe('controller names (de): the provider of this app or site by its role', () => {
  for (const [sentence, expected] of [
    ['Anbieter dieser App ist Jonas Weber, Lindenstraße 4, 80331 München, E-Mail: jonas.weber@example.de.', 'Jonas Weber'],
    ['Die Anbieterin dieser App ist Jana Schulz, Lindenstraße 4, 80331 München.', 'Jana Schulz'],
    ['Entwickler und Anbieter dieser App ist Jonas Weber (jonas.weber@example.de).', 'Jonas Weber'],
    ['Anbieter der App „Wetterfrosch“ ist die Frosch Apps UG (haftungsbeschränkt), Teichweg 1, 12345 Froschhausen.', 'Frosch Apps UG (haftungsbeschränkt)'],
    ['Herausgeberin dieses Blogs im Sinne der DSGVO ist Carla Mertens, Hafenstraße 9, 20457 Hamburg.', 'Carla Mertens'],
    ['Anbieter dieser Website ist Jonas Weber, Lindenstraße 4, 80331 München.', 'Jonas Weber'],
    // Verb last, in the past: the developer of the app.
    ['Die App „Einkaufszettel“ wurde von Lena Hoffmann entwickelt. Kontakt: lena.hoffmann.apps@example.de', 'Lena Hoffmann'],
  ] as const) {
    it(`"${sentence}"`, async () => {
      assert.equal((await named(appPolicy(sentence), 'de')).name, expected);
    });
  }

  it('near miss: the provider of a platform the site embeds ("Anbieterin der Plattform ist Meta Platforms Ireland Ltd.") is no controller', async () => {
    const text = appPolicy('Wir haben eine Seite auf Facebook. Anbieterin der Plattform ist Meta Platforms Ireland Ltd., 4 Grand Canal Square, Dublin 2, Irland.');
    assert.equal((await named(text, 'de')).name, null);
  });

  it('near miss: the provider of a plugin ("Anbieter des Dienstes ist …") is no controller', async () => {
    const text = appPolicy('Wir nutzen Google Maps. Anbieter des Dienstes ist die Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Irland.');
    assert.equal((await named(text, 'de')).name, null);
  });

  it('near miss: "Die App wurde von vielen Nutzern heruntergeladen" names no one', async () => {
    const text = appPolicy('Die App wurde von vielen Nutzern heruntergeladen und bewertet.');
    assert.equal((await named(text, 'de')).name, null);
  });
});

describe('controller names (de): the person a contact sentence sends the reader to', () => {
  const policy = (contact: string, before = 'Wir verarbeiten Ihre Daten nur, soweit dies zur Beantwortung Ihrer Anfrage nötig ist.'): string =>
    ['# Datenschutzerklärung', '', before, '', '## Kontakt', '', contact, ''].join('\n');

  it('"… so wenden Sie sich bitte an Herrn Rechtsanwalt Norman Koczinski, …" when nothing else names the controller', async () => {
    const text = policy('Sollten Sie noch Fragen zum Datenschutz haben, so wenden Sie sich bitte an Herrn Rechtsanwalt Norman Koczinski, Bahnhofstraße 1, 10115 Berlin.');
    assert.equal((await named(text, 'de')).name, 'Rechtsanwalt Norman Koczinski');
  });

  it('the site\'s name is the person\'s family name ("Schmidt" of ra-schmidt.de): the person whole', async () => {
    const text = policy('Bei Fragen zum Datenschutz wenden Sie sich bitte an Herrn Rechtsanwalt Thomas Schmidt, datenschutz@ra-schmidt.de.');
    assert.equal((await named(text, 'de')).name, 'Rechtsanwalt Thomas Schmidt');
  });

  it('near miss: an organisation named as the controller wins over the contact person', async () => {
    const text = policy(
      'Bei Fragen zum Datenschutz wenden Sie sich bitte an unseren Vorsitzenden, Herrn Klaus Richter, unter vorstand@tc-blauweiss.de.',
      'Verantwortlich für die Datenverarbeitung ist der Tennisclub Blau-Weiß e.V., Platzweg 1, 12345 Tennisstadt.',
    );
    assert.equal((await named(text, 'de')).name, 'Tennisclub Blau-Weiß e.V.');
  });

  it('near miss: the data protection officer a contact sentence names is no controller', async () => {
    const text = policy('Bei Fragen wenden Sie sich bitte an unseren Datenschutzbeauftragten Herrn Paul Kern, Ringstraße 3, 12345 Musterhausen.');
    assert.notEqual((await named(text, 'de')).name, 'Paul Kern');
  });

  it('near miss: a family name alone ("wenden Sie sich an Herrn Kern") is too little for a name', async () => {
    const text = policy('Bei Fragen wenden Sie sich bitte an Herrn Kern.');
    assert.equal((await named(text, 'de')).name, null);
  });
});

describe('controller names (de): the maker of an app, as the app generators write it', () => {
  const rest = 'Die App erhebt keine personenbezogenen Daten und speichert alle Einstellungen nur auf Ihrem Gerät. Bei Fragen erreichen Sie mich unter kai.brenner.apps@example.de.';
  for (const [sentence, expected] of [
    ['Kai Brenner hat die App Wasserwächter als kostenlose App entwickelt.', 'Kai Brenner'],
    ['Ich, Kai Brenner, habe die App Wasserwächter als Open-Source-App entwickelt.', 'Kai Brenner'],
    ['Diese Datenschutzrichtlinie gilt für die App Wasserwächter (im Folgenden als „Anwendung“ bezeichnet) für mobile Geräte, die von Kai Brenner (im Folgenden als „Dienstanbieter“ bezeichnet) als kostenloser Dienst erstellt wurde.', 'Kai Brenner'],
    ['Diese Datenschutzerklärung gilt für die App Pilzfinder (nachfolgend „App“) von Kai Brenner.', 'Kai Brenner'],
    ['Dieser Service wird von Kai Brenner kostenlos zur Verfügung gestellt.', 'Kai Brenner'],
  ] as const) {
    it(`"${sentence}"`, async () => {
      const named5 = await named(appPolicy(`${sentence} ${rest}`), 'de');
      assert.equal(named5.name, expected);
      // "Dienstanbieter" is the template's word for the maker, no alias.
      assert.ok(!named5.aliases.includes('Dienstanbieter'));
    });
  }

  it('near miss: "Wir haben die App sorgfältig entwickelt" names no one', async () => {
    assert.equal((await named(appPolicy(`Wir haben die App sorgfältig entwickelt. ${rest}`), 'de')).name, null);
  });

  it('near miss: "Diese Datenschutzerklärung gilt für die App in der Version von 2024" names no one', async () => {
    assert.equal((await named(appPolicy(`Diese Datenschutzerklärung gilt für die App in der Version von 2024. ${rest}`), 'de')).name, null);
  });
});

describe('controller names (de): the name line of an Impressum card', () => {
  const impressum = (card: string): string =>
    ['# Impressum', '', 'Angaben gemäß § 5 DDG', '', card, '', '# Datenschutzerklärung', '', 'Wir verarbeiten Ihre personenbezogenen Daten nur, soweit dies zur Bereitstellung einer funktionsfähigen Website erforderlich ist.', ''].join('\n');

  it('"Christina Oberhuber – Webentwicklung" over the street: the name before the dash', async () => {
    assert.equal((await named(impressum('Christina Oberhuber – Webentwicklung\nMusterstraße 111\n90210 Musterstadt\nE-Mail: christina@oberhuber-web.de'), 'de')).name, 'Christina Oberhuber');
  });

  it('"Dr. med. Susanne Brandt" over her specialty: the person, not "Fachärztin für Allgemeinmedizin"', async () => {
    const { name, aliases } = await named(impressum('Dr. med. Susanne Brandt\nFachärztin für Allgemeinmedizin\nPraxisstraße 4\n12345 Heilstadt'), 'de');
    assert.equal(name, 'Dr. med. Susanne Brandt');
    assert.deepEqual(aliases, ['Fachärztin für Allgemeinmedizin']);
  });

  it('near miss: a dash opening or closing the line is no name line ("– Webentwicklung")', async () => {
    assert.notEqual((await named(impressum('– Webentwicklung\nMusterstraße 111\n90210 Musterstadt'), 'de')).name, '– Webentwicklung');
  });

  it('near miss: the business over its owner keeps the business as the name ("Bäckerei Korn⏎Inhaber: Paul Korn")', async () => {
    assert.equal((await named(impressum('**Bäckerei Korn**\nInhaber: Paul Korn\nMehlweg 3\n12345 Brotstadt'), 'de')).name, 'Bäckerei Korn');
  });
});

describe('controller names (de): the person responsible for a study or research project', () => {
  const study = (first: string): string =>
    ['# Datenschutzhinweise', '', first, '', 'Wir verarbeiten Ihre personenbezogenen Daten nur, soweit dies für die Durchführung der Studie erforderlich ist.', ''].join('\n');

  it('"Verantwortlich für die Studie ist Max Berger, Doktorand am Lehrstuhl für Soziologie …"', async () => {
    assert.equal((await named(study('Verantwortlich für die Studie ist Max Berger, Doktorand am Lehrstuhl für Soziologie der Universität Trier.'), 'de')).name, 'Max Berger');
  });

  it('"Verantwortlich für dieses Forschungsprojekt ist Dr. Julia Wagner, …"', async () => {
    assert.equal((await named(study('Verantwortlich für dieses Forschungsprojekt ist Dr. Julia Wagner, Karl-Liebknecht-Str. 24, 14476 Potsdam.'), 'de')).name, 'Dr. Julia Wagner');
  });

  it('near miss: "Verantwortlich für die Studienergebnisse sind die Teilnehmenden nicht" names no one', async () => {
    assert.equal((await named(study('Verantwortlich für die Studienergebnisse sind die Teilnehmenden nicht.'), 'de')).name, null);
  });
});

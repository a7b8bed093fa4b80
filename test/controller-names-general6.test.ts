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

describe('controller names (de): a label closing a sentence, the name on the next line', () => {
  const card = (lead: string, name: string): string =>
    ['# Datenschutzerklärung', '', '### Kontaktdaten des Verantwortlichen', '', `${lead}<br/>`, `${name}<br/>`, 'Kirchenplatz 6<br/>', '1230 Wien<br/>', 'Vertretungsberechtigt: Thomas Huber<br/>', 'E-Mail: office@example.at', ''].join('\n');
  const lead = 'Sollten Sie Fragen zum Datenschutz oder zur Verarbeitung personenbezogener Daten haben, finden Sie nachfolgend die Kontaktdaten der verantwortlichen Person bzw. Stelle:';

  it('"… finden Sie nachfolgend die Kontaktdaten der verantwortlichen Person bzw. Stelle:⏎Bäckerei Huber KG"', async () => {
    assert.equal((await named(card(lead, 'Bäckerei Huber KG'), 'de')).name, 'Bäckerei Huber KG');
  });

  it('a long association name after it keeps its brand ("Cloud Native Austria - Verein zur Förderung …")', async () => {
    assert.match((await named(card(lead, 'Alpen Code Austria - Verein zur Förderung Offener Software in Österreich'), 'de')).name ?? '', /^Alpen Code Austria/u);
  });

  it('"… die Anschrift der verantwortlichen Stelle:" mid-line', async () => {
    assert.equal((await named(card('Für alle Fragen zum Datenschutz nutzen Sie bitte die Anschrift der verantwortlichen Stelle:', 'Tischlerei Berger OG'), 'de')).name, 'Tischlerei Berger OG');
  });

  it('near miss: "Die Kontaktdaten des Verantwortlichen finden Sie im Impressum:" does not close with the label', async () => {
    const text = ['# Datenschutzerklärung', '', 'Die Kontaktdaten des Verantwortlichen finden Sie im Impressum:', 'Link zum Impressum', '', 'Wir verwenden keine Cookies.', ''].join('\n');
    assert.equal((await named(text, 'de')).name, null);
  });
});

describe('controller names (de): "Verantwortliche Stelle für die Erhebung, Verarbeitung und Nutzung … ist"', () => {
  const policy = (first: string): string =>
    ['# Datenschutzerklärung', '', first, '', 'E-Mail: info@example.at', '', 'Sie haben das Recht auf Auskunft, Berichtigung und Löschung.', ''].join('\n');
  for (const [sentence, expected] of [
    ['Verantwortliche Stelle für die Erhebung, Verarbeitung und Nutzung Ihrer personenbezogenen Daten ist Dr. Anton Gruber MBA', 'Dr. Anton Gruber MBA'],
    ['Verantwortlich für die Erhebung und Verarbeitung Ihrer personenbezogenen Daten ist die Gruber Consulting GmbH, Tulpenweg 10, 4600 Wels.', 'Gruber Consulting GmbH'],
    ['Verantwortliche Stelle für die Datenerhebung, Datenverarbeitung und Nutzung im Sinne des BDSG ist die Gruber Consulting GmbH.', 'Gruber Consulting GmbH'],
  ] as const) {
    it(`"${sentence}"`, async () => {
      assert.equal((await named(policy(sentence), 'de')).name, expected);
    });
  }

  it('near miss: the triad without a role ("Die Erhebung, Verarbeitung und Nutzung Ihrer Daten ist in der DSGVO geregelt") names no one', async () => {
    assert.equal((await named(policy('Die Erhebung, Verarbeitung und Nutzung Ihrer Daten ist in der DSGVO geregelt.'), 'de')).name, null);
  });
});

describe('controller names: an app named by the title only, with no way to reach anyone, names no controller', () => {
  const app = (title: string, contact: string): string =>
    [`# Datenschutzerklärung der ${title}`, '', `Die ${title} speichert alle Einträge ausschließlich lokal auf Ihrem Gerät. Die ${title} überträgt keine personenbezogenen Daten an uns oder an Dritte.`, '', contact, '', '## Ihre Rechte', '', 'Sie haben das Recht auf Auskunft, Berichtigung und Löschung.', ''].join('\n');

  it('"Datenschutzerklärung der Wanderlog App" with no e-mail, address or phone: no name', async () => {
    assert.equal((await named(app('Wanderlog App', 'Die Nutzung der App ist kostenlos.'), 'de')).name, null);
  });

  it('near miss: the same app with an e-mail address to write to keeps the app as its name', async () => {
    assert.match((await named(app('Wanderlog App', 'Bei Fragen schreiben Sie an wanderlog.app@gmail.com.'), 'de')).name ?? '', /Wanderlog/u);
  });

  it('near miss: a site name that is no app ("Gartenfreunde Nord") is kept without contact details', async () => {
    const text = ['# Datenschutzerklärung Gartenfreunde Nord', '', 'Die Gartenfreunde Nord speichern keine personenbezogenen Daten ihrer Besucher. Die Gartenfreunde Nord verwenden keine Cookies.', ''].join('\n');
    assert.notEqual((await named(text, 'de')).name, null);
  });
});

describe('controller names: a registration number in brackets after the subject is no name', () => {
  for (const [text, language, expected] of [
    ['# Privacyverklaring\n\nPixelwerf bv (BTW BE0123456789) is verantwoordelijk voor de verwerking van persoonsgegevens via de website pixelwerf.be.\n\nMail: info@pixelwerf.be\n', 'nl', /^Pixelwerf/u],
    ['# Privacy Policy\n\nBrightmill Ltd (company number 08123456) is the data controller of your personal data.\n\nContact us at hello@brightmill.co.uk.\n', 'en', /^Brightmill/u],
  ] as const) {
    it(text.split('\n')[2], async () => {
      assert.match((await named(text, language)).name ?? '', expected);
    });
  }

  it('no registration number as an alias ("Pixelwerf BV (BTW BE0123456789)")', async () => {
    const { name, aliases } = await named('# Privacyverklaring\n\nPixelwerf BV (BTW BE0123456789) is verantwoordelijk voor de verwerking van persoonsgegevens.\n\nMail: info@pixelwerf.be\n', 'nl');
    assert.equal(name, 'Pixelwerf BV');
    assert.deepEqual(aliases.filter((a) => /\d/u.test(a)), []);
  });

  it('near miss: a short form in brackets is kept ("Stichting Open Tuin (SOT) is verantwoordelijk …")', async () => {
    const { name, aliases } = await named('# Privacyverklaring\n\nStichting Open Tuin (SOT) is verantwoordelijk voor de verwerking van persoonsgegevens.\n\nMail ons via info@opentuin.nl.\n', 'nl');
    assert.match(name ?? '', /^Stichting Open Tuin/u);
    assert.ok(name!.includes('SOT') || aliases.includes('SOT'));
  });
});

describe('controller names: a country alone is no name', () => {
  it('"Alpine Media GmbH, Bergstr. 11-15, 5071 Wals near Salzburg, Austria (hereafter “We”)": the entity, not the country', async () => {
    const text = '# Privacy Policy\n\nAlpine Media GmbH, Bergstr. 11-15, 5071 Wals near Salzburg, Austria (hereafter “We”, “Us” and “Our”) respects Your right to privacy. This Privacy Policy explains how We use Your personal information.\n\nYou have the right to access your data.\n\n© 2012 Alpine Media GmbH\n';
    assert.equal((await named(text, 'en')).name, 'Alpine Media GmbH');
  });

  it('near miss: a name that holds a country ("Austria Trend Hotels GmbH is the controller") is kept', async () => {
    const text = '# Privacy Policy\n\nAustria Trend Hotels GmbH is the controller of your personal data. Contact us at privacy@austria-trend.example.\n';
    assert.equal((await named(text, 'en')).name, 'Austria Trend Hotels GmbH');
  });
});

describe('controller names: a role after an article is no name', () => {
  it('"TU Northfield University⏎The President⏎…": not the head alone', async () => {
    const text = '# Privacy Policy\n\n## Name and Address of the Responsible Person\n\nThe responsible person within the meaning of the General Data Protection Regulation is:\n\nTU Northfield University  \nThe President  \nCollege Road 4  \n44227 Dortmund  \nGermany  \nPhone: +49 (0)231/755-1\n\n## Your rights\n\nYou have the right to access your data.\n';
    assert.notEqual((await named(text, 'en')).name, 'The President');
  });

  it('near miss: a role word opening a name without an article ("President Tours Ltd") is kept', async () => {
    const text = '# Privacy Policy\n\nPresident Tours Ltd is the data controller of your personal data. Contact us at privacy@presidenttours.example.\n';
    assert.equal((await named(text, 'en')).name, 'President Tours Ltd');
  });
});

describe('controller names (fr): a public body whose name holds several particles in a row ("et de la")', () => {
  const policy = (first: string): string =>
    ['# Politique de protection des données', '', first, '', 'Contact : dpo@example.fr', '', 'Vous disposez d’un droit d’accès et de rectification.', ''].join('\n');

  it('"… l’Office de l’Eau et de la Protection des Rivières attache une grande importance …" keeps the whole name', async () => {
    const name = (await named(policy('Le site Rivières Propres est géré par l’Office. L’Office de l’Eau et de la Protection des Rivières attache une grande importance à la protection de vos données.'), 'fr')).name ?? '';
    assert.match(name, /Eau et de la Protection des Rivières$/u);
  });

  it('"Le responsable du traitement est l’Institut de la Mer et des Côtes, dont le siège …" keeps the part after "et des"', async () => {
    const name = (await named(policy('Le responsable du traitement est l’Institut de la Mer et des Côtes, dont le siège est situé 4 rue du Port, 29200 Brest.'), 'fr')).name ?? '';
    assert.match(name, /Institut de la Mer et des Côtes$/u);
  });

  it('near miss: particles followed by a word in lower case do not join it ("Atelier Nord et de la couture")', async () => {
    const name = (await named(policy('Le responsable du traitement est Atelier Nord et de la couture, dont le siège est situé 4 rue du Port, 29200 Brest.'), 'fr')).name ?? '';
    assert.doesNotMatch(name, /couture/u);
  });

  it('near miss: four particles in a row end the name ("… Lune de la et de la Mer")', async () => {
    const name = (await named(policy('Le responsable du traitement est Atelier Lune de la et de la Mer, dont le siège est situé 4 rue du Port, 29200 Brest.'), 'fr')).name ?? '';
    assert.doesNotMatch(name, /Mer/u);
  });
});

describe('controller names (fr): "X en sa qualité de responsable de traitement est amené à …" without commas', () => {
  const policy = (first: string): string =>
    ['# Politique de protection des données', '', first, '', 'Contact : contact@example.fr', ''].join('\n');

  it('"le SLC-CSF en sa qualité de responsable de traitement est amené à collecter …"', async () => {
    assert.equal((await named(policy('Dans le cadre de son activité, le SLC-CSF en sa qualité de responsable de traitement est amené à collecter des données.'), 'fr')).name, 'SLC-CSF');
  });

  it('"la Fédération Nord en tant que responsable du traitement est amenée à traiter …"', async () => {
    assert.equal((await named(policy('Dans le cadre de ses missions, la Fédération Nord en tant que responsable du traitement est amenée à traiter des données.'), 'fr')).name, 'Fédération Nord');
  });

  it('near miss: a common noun before it ("le client en sa qualité de responsable de traitement est amené …") names nobody', async () => {
    assert.equal((await named(policy('Dans le cadre du contrat, le client en sa qualité de responsable de traitement est amené à collecter des données.'), 'fr')).name, null);
  });
});

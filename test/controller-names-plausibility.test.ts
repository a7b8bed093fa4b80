import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { parsePolicyText } from '../src/index.js';
import type { Language, SupportedLanguage } from '../src/model/types.js';
import { implausibleName, madeByLine } from '../src/extract/name-plausibility.js';
import { CONTROLLER_LEXICON } from '../src/lexicon/controller.js';

// Phrases read where the controller's name stands that name no one: a question, a contact phrase, a reference to a
// law, a heading, a role inside the organisation, markup. Invented names and addresses.

async function named(text: string, language: Language): Promise<string | null> {
  const { model } = await parsePolicyText(text, { format: 'markdown', language });
  return model.controller.name;
}

const policy = (title: string, ...lines: string[]): string => [`# ${title}`, '', ...lines.flatMap((l) => [l, '']), ''].join('\n');

describe('controller names: phrases that name no one (unit)', () => {
  const battery = (language: SupportedLanguage, noNames: string[], names: string[]): void => {
    for (const n of noNames) it(`(${language}) "${n}" names no one`, () => assert.equal(implausibleName(n, CONTROLLER_LEXICON[language]), true));
    for (const n of names) it(`(${language}) near miss: "${n}" is a name`, () => assert.equal(implausibleName(n, CONTROLLER_LEXICON[language]), false));
  };
  battery('de',
    ['Wer', 'Wer wir sind', 'Kontaktieren Sie', 'Schreiben Sie uns', 'gem. EU-Datenschutzgrundverordnung', 'Gemäß Art. 4 Nr. 7 DSGVO', 'Im Sinne der DSGVO', 'Informationen zu unserem Verein', 'Informationen zum Verein', 'Vorstand des Vereins', 'der Vorstand des Vereins', 'Geschäftsführung der Gesellschaft', 'target=', 'href="https://x.de"', 'Projektbeteiligten', 'Beteiligten', 'Mitarbeiter der Organisationen'],
    ['Team Weber', 'Mitarbeiter Consulting GmbH', 'Tennisclub Grünweiß Musterstadt e.V.', 'Vorstand des Tennisclub Musterstadt e.V.', 'Bürgermeister der Gemeinde Talheim', 'Werkstatt Wagner', 'Wiesenhof GmbH', 'WAS Consulting GmbH', 'Informatik Huber GmbH']);
  battery('en',
    ['Who we are', 'What we collect', 'Contact us', 'Email Us', 'Under the GDPR', 'Pursuant to Article 4(7)', 'Information about us', 'Details of the controller', 'the Board of the association', 'Board of Directors of the Company', 'TO THE REGULATIONS OF THE WEBSITE', 'Terms and Conditions'],
    ['Rules Of Play Ltd', 'Contact Energy Ltd', 'Visit Highlands Ltd', 'Howard Computing Ltd', 'Board Games Club Ltd', 'The Who Fan Club', 'Whitfield Trust']);
  battery('fr',
    ['Qui sommes-nous', 'Contactez-nous', 'Écrivez-nous', 'Au sens du RGPD', 'Conformément au RGPD', "Informations sur l'association", 'Récolte et stockage de vos', "le Président de l'association", 'Bureau de l’association'],
    ['Chez Nous SARL', 'Bureau 89', 'Direction générale des Finances publiques', 'Quimper Cornouaille Développement', 'Atelier des Lilas']);
  battery('nl',
    ['Wie zijn wij', 'Neem', 'Mail ons', 'Conform de AVG', 'In de zin van de AVG', 'Informatie over de vereniging', 'het bestuur van de vereniging', 'Bestuur van de stichting'],
    ['Bestuur Stichting Zonnelicht', 'Wieland Installatietechniek B.V.', 'Hoeve de Waard', 'Mailbox Vereniging Oost']);
});

describe('controller names: a page of the site or a link to it names no one (unit)', () => {
  const battery = (language: SupportedLanguage, noNames: string[], names: string[]): void => {
    for (const n of noNames) it(`(${language}) "${n}" names no one`, () => assert.equal(implausibleName(n, CONTROLLER_LEXICON[language]), true));
    for (const n of names) it(`(${language}) near miss: "${n}" is a name`, () => assert.equal(implausibleName(n, CONTROLLER_LEXICON[language]), false));
  };
  battery('de',
    ['Impressum', 'Siehe Impressum', 'Zum Impressum', 'Link zum Impressum', 'Impressum & Kontakt', 'Link zur Startseite', 'Kontaktseite', 'Seite Über', 'Hier', 'Angaben'],
    ['Impressum Verlag GmbH', 'Kontakt Energie GmbH', 'Startseite Medien UG', 'Hier & Jetzt e.V.', 'Seitenwind Segelclub']);
  battery('en', ['Imprint', 'See Imprint', 'Legal Notice', 'Link to the homepage', 'Click here'], ['Homepage Heroes Ltd', 'Here We Go CIC', 'Legal & General']);
  battery('fr', ['Mentions légales', 'Voir Mentions légales', "Page d'accueil", 'Cliquez ici'], ['Accueil Paysan', 'Ici Là-bas SARL']);
  battery('nl', ['Colofon', 'Zie colofon', 'Link naar de homepage', 'Klik hier'], ['Hier Klimaatbureau', 'Home Instead Thuiszorg']);
});

describe('controller names (de): a label whose value is a page or a link names no one', () => {
  for (const value of ['Impressum', 'Siehe [Impressum](/impressum)', '[Link zum Impressum](/impressum)', 'Impressum & Kontakt', 'Angaben im Impressum']) {
    it(`"Verantwortlicher: ${value}"`, async () => {
      assert.equal(await named(policy('Datenschutzerklärung', `Verantwortlicher: ${value}`, 'Wir verarbeiten Ihre personenbezogenen Daten nur, soweit dies zur Bereitstellung einer funktionsfähigen Website erforderlich ist.'), 'de'), null);
    });
  }
  it('near miss: "Verantwortlicher: Hier & Jetzt e.V., Feldweg 2, 12345 Ort" is a name', async () => {
    assert.equal(await named(policy('Datenschutzerklärung', 'Verantwortlicher: Hier & Jetzt e.V., Feldweg 2, 12345 Ort', 'Wir verarbeiten Ihre personenbezogenen Daten nur, soweit dies erforderlich ist.'), 'de'), 'Hier & Jetzt e.V.');
  });
});

describe('controller names: the next candidate, or none, after a phrase that names no one', () => {
  it('(de) "Verantwortlich für die Datenverarbeitung: ⏎ Kontaktieren Sie uns unter …" names no one', async () => {
    assert.equal(await named(policy('Datenschutzerklärung', 'Verantwortlich für die Datenverarbeitung:', 'Kontaktieren Sie uns unter info@beispielverein.de', 'Wir speichern Ihre E-Mail-Adresse.'), 'de'), null);
  });

  it('(de) a line "Gem. EU-Datenschutzgrundverordnung" before the name: the name', async () => {
    const text = policy('Datenschutzerklärung', 'Verantwortlich im Sinne der Datenschutzgesetze, insbesondere der EU-Datenschutzgrundverordnung (DSGVO), ist:', 'Gem. EU-Datenschutzgrundverordnung\nMax Huber\nMusterweg 1\n12345 Musterstadt', 'Wir speichern Ihre E-Mail-Adresse.');
    assert.equal(await named(text, 'de'), 'Max Huber');
  });

  it('(de) "Verantwortlich im Sinne der DSGVO ist der Vorstand des Vereins." names no one', async () => {
    assert.equal(await named(policy('Datenschutz', 'Verantwortlich im Sinne der DSGVO ist der Vorstand des Vereins.', 'Wir speichern Ihre E-Mail-Adresse.'), 'de'), null);
  });

  it('(de) "Verantwortlich … sind die Projektbeteiligten, die …", "… sind Mitarbeiter der Organisationen im Trägerkreis" name no one', async () => {
    assert.equal(await named(policy('Datenschutz', 'Verantwortlich für die Datenverarbeitung im Rahmen dieser Umfrage sind die Projektbeteiligten, die im Rahmen eines Seminars handeln.', 'Wir speichern Ihre E-Mail-Adresse.'), 'de'), null);
    assert.equal(await named(policy('Datenschutz', 'Verantwortlich im Sinne der DSGVO sind Mitarbeiter der Organisationen im Trägerkreis, die das Projekt tragen.', 'Wir speichern Ihre E-Mail-Adresse.'), 'de'), null);
  });
  it('(de) near miss: "… ist der Tennisclub Grünweiß Musterstadt e.V., vertreten durch den Vorstand" is the club', async () => {
    const text = policy('Datenschutz', 'Verantwortlich im Sinne der DSGVO ist der Tennisclub Grünweiß Musterstadt e.V., vertreten durch den Vorstand.', 'Wir speichern Ihre E-Mail-Adresse.');
    assert.equal(await named(text, 'de'), 'Tennisclub Grünweiß Musterstadt e.V.');
  });

  it('(de) a card opening "Wer wir sind" names no one', async () => {
    assert.equal(await named(policy('Datenschutzerklärung', 'Verantwortlich:', 'Wer wir sind\nMusterweg 1, 12345 Musterstadt.'), 'de'), null);
  });

  it('(en) "Data controller: ⏎ Contact us ⏎ 12 High Street …" names no one; "Contact Energy Ltd" is a name', async () => {
    assert.equal(await named(policy('Privacy Policy', 'Data controller:', 'Contact us\n12 High Street, London, EC2A 4NE', 'We keep your e-mail address.'), 'en'), null);
    assert.equal(await named(policy('Privacy Policy', 'Data controller: Contact Energy Ltd, 12 High Street, London, EC2A 4NE', 'We keep your e-mail address.'), 'en'), 'Contact Energy Ltd');
  });

  it('(fr) "Responsable du traitement : ⏎ Contactez-nous" names no one; "Chez Nous SARL" is a name', async () => {
    assert.equal(await named(policy('Politique de confidentialité', 'Responsable du traitement :', 'Contactez-nous\n12 rue des Lilas, 75011 Paris'), 'fr'), null);
    assert.equal(await named(policy('Politique de confidentialité', 'Responsable du traitement : Chez Nous SARL, 12 rue des Lilas, 75011 Paris'), 'fr'), 'Chez Nous SARL');
  });

  it('(fr) a heading "Récolte et stockage de vos données personnelles" is not the site\'s name', async () => {
    const text = ['---', 'title: Politique de confidentialité', '---', '', '## Récolte et stockage de vos données personnelles', '', "Afin d'utiliser notre forum, les informations suivantes vous sont demandées.", ''].join('\n');
    assert.equal(await named(text, 'fr'), null);
  });

  it('(nl) "Verwerkingsverantwoordelijke: ⏎ Neem contact met ons op" names no one', async () => {
    assert.equal(await named(policy('Privacyverklaring', 'Verwerkingsverantwoordelijke:', 'Neem contact met ons op\nDorpsstraat 12, 1234 AB Dorp'), 'nl'), null);
  });
});

describe('controller names: the organisation over the person named above it on the card', () => {
  it('(de) "Verantwortlich … ist: ⏎ Hans Meier ⏎ Tennisclub Grünweiß Musterstadt e.V. ⏎ Musterweg 1": the club, the person an alias', async () => {
    const text = policy('Datenschutz', 'Verantwortlicher im Sinne der Datenschutz-Grundverordnung ist:', 'Hans Meier\nTennisclub Grünweiß Musterstadt e.V.\nMusterweg 1, 12345 Musterstadt', 'Wir speichern Ihre E-Mail-Adresse.');
    const { model } = await parsePolicyText(text, { format: 'markdown', language: 'de' });
    assert.equal(model.controller.name, 'Tennisclub Grünweiß Musterstadt e.V.');
    assert.ok(model.controller.aliases.includes('Hans Meier'));
  });

  it('(de) the same with the person on the label\'s line ("Verantwortlich: Hans Meier ⏎ Meier Consulting GmbH")', async () => {
    assert.equal(await named(policy('Datenschutz', 'Verantwortlich: Hans Meier\nMeier Consulting GmbH\nMusterweg 1, 12345 Musterstadt'), 'de'), 'Meier Consulting GmbH');
  });

  it('(de) near miss: a person with an address under the name stays the controller', async () => {
    assert.equal(await named(policy('Datenschutz', 'Verantwortlich:', 'Hans Meier\nMusterweg 1, 12345 Musterstadt'), 'de'), 'Hans Meier');
  });

  it('(en) "Data controller: ⏎ Jane Fowler ⏎ Riverside Rowing Club Ltd": the club', async () => {
    assert.equal(await named(policy('Privacy Policy', 'Data controller:', 'Jane Fowler\nRiverside Rowing Club Ltd\n12 High Street, London, EC2A 4NE'), 'en'), 'Riverside Rowing Club Ltd');
  });
});

describe('controller names: the site\'s maker, host or policy generator is no controller', () => {
  it('(de) "Webdesign: ⏎ Pixelwerk GmbH ⏎ Musterweg 1 …" names no controller', async () => {
    assert.equal(await named(policy('Datenschutzerklärung', 'Wir speichern Ihre E-Mail-Adresse.', 'Webdesign:\nPixelwerk GmbH\nMusterweg 1\n12345 Musterstadt'), 'de'), null);
  });

  it('(de) near miss: the controller named above a web designer\'s credit stays the controller', async () => {
    const text = policy('Datenschutzerklärung', 'Verantwortlich: Sonnental GmbH, Musterweg 1, 12345 Musterstadt', 'Webdesign:\nPixelwerk GmbH\nMusterweg 2\n12345 Musterstadt');
    assert.equal(await named(text, 'de'), 'Sonnental GmbH');
  });

  it('(fr) "Conception et réalisation : ⏎ Pixelweb SARL ⏎ 12 rue des Lilas" names no controller', async () => {
    assert.equal(await named(policy('Mentions légales', 'Nous conservons vos données pendant 3 ans.', 'Conception et réalisation :\nPixelweb SARL\n12 rue des Lilas\n75011 Paris'), 'fr'), null);
  });

  it('(en) "Website by: ⏎ Pixelweb Ltd ⏎ 12 High Street …" names no controller', async () => {
    assert.equal(await named(policy('Privacy Policy', 'We keep your e-mail address for 2 years.', 'Website by:\nPixelweb Ltd\n12 High Street, London, EC2A 4NE'), 'en'), null);
  });

  it('(nl) "Webdesign: ⏎ Pixelweb B.V. ⏎ Dorpsstraat 12" names no controller', async () => {
    assert.equal(await named(policy('Privacyverklaring', 'Wij bewaren uw e-mailadres.', 'Webdesign:\nPixelweb B.V.\nDorpsstraat 12, 1234 AB Dorp'), 'nl'), null);
  });

  it('(unit) maker lines, and lines that are none', () => {
    const lex = CONTROLLER_LEXICON;
    assert.equal(madeByLine('Webdesign: ', lex.de), true);
    assert.equal(madeByLine('Réalisation du site : ', lex.fr), true);
    assert.equal(madeByLine('Website designed and built by ', lex.en), true);
    assert.equal(madeByLine('Website door ', lex.nl), true);
    assert.equal(madeByLine('Verantwortlich: ', lex.de), false);
    assert.equal(madeByLine('Responsable du traitement : ', lex.fr), false);
    assert.equal(madeByLine('This website is operated by ', lex.en), false);
    assert.equal(madeByLine('Designers of the world unite, and we collect your data for ', lex.en), false);
  });
});

describe('controller names: a person, then their role in the organisation named after it', () => {
  it('(fr) "Éditeur du site : Marc Leroy, président de l\'association Vélo Pour Tous": the association, the person an alias', async () => {
    const { model } = await parsePolicyText(policy('Mentions légales', "Éditeur du site : Marc Leroy, président de l'association Vélo Pour Tous", 'Nous conservons vos données pendant 3 ans.'), { format: 'markdown', language: 'fr' });
    assert.equal(model.controller.name, 'Vélo Pour Tous');
    assert.ok(model.controller.aliases.includes('Marc Leroy'));
  });

  it('(en) "Data controller: Jane Fowler, Secretary, Riverside Rowing Club, jane@…": the club', async () => {
    assert.equal(await named(policy('Privacy Policy', 'Data controller: Jane Fowler, Secretary, Riverside Rowing Club, jane@riversiderowing.org'), 'en'), 'Riverside Rowing Club');
  });

  it('(de) "Verantwortlich: Hans Meier, Vorsitzender des Musterverein Sonnental, Musterweg 1 …": the club', async () => {
    assert.equal(await named(policy('Datenschutzerklärung', 'Verantwortlich: Hans Meier, Vorsitzender des Musterverein Sonnental, Musterweg 1, 12345 Musterstadt'), 'de'), 'Musterverein Sonnental');
  });

  it('near misses: a person followed by an address stays the controller', async () => {
    assert.equal(await named(policy('Privacy Policy', 'Data controller: Jane Fowler, 12 High Street, London, EC2A 4NE'), 'en'), 'Jane Fowler');
    assert.equal(await named(policy('Datenschutzerklärung', 'Verantwortlich: Hans Meier, Musterweg 1, 12345 Musterstadt'), 'de'), 'Hans Meier');
  });
});

describe('controller names: a determiner opening a sentence names no one', () => {
  const battery = (language: SupportedLanguage, noNames: string[], names: string[]): void => {
    for (const n of noNames) it(`(${language}) "${n}" names no one`, () => assert.equal(implausibleName(n, CONTROLLER_LEXICON[language]), true));
    for (const n of names) it(`(${language}) near miss: "${n}" is a name`, () => assert.equal(implausibleName(n, CONTROLLER_LEXICON[language]), false));
  };
  battery('fr', ['Tous', 'Toutes', 'Chaque', 'Certaines', 'Aucun'], ['TOUS', 'Tous Ensemble', 'Vélo Pour Tous', 'Chaque Jour SARL', 'Toulouse']);
  battery('de', ['Alle', 'Jede', 'Sämtliche', 'Diese'], ['ALLE', 'Alle Mann e.V.', 'Allegro GmbH', 'Jedermann Verlag']);
  it('(fr) "Responsable du traitement ⏎ Tous les traitements … sous la responsabilité de Claire Moreau" is the person', async () => {
    const text = policy('Politique de confidentialité', '## Responsable du traitement', 'Tous les traitements des informations personnelles communiquées à gite-exemple.fr sont effectués sous la responsabilité de Claire Moreau (contact@gite-exemple.fr).');
    assert.notEqual(await named(text, 'fr'), 'Tous');
  });
});

describe('controller names: a generic noun alone, inflected, names no one', () => {
  const battery = (language: SupportedLanguage, noNames: string[], names: string[]): void => {
    for (const n of noNames) it(`(${language}) "${n}" names no one`, () => assert.equal(implausibleName(n, CONTROLLER_LEXICON[language]), true));
    for (const n of names) it(`(${language}) near miss: "${n}" is a name`, () => assert.equal(implausibleName(n, CONTROLLER_LEXICON[language]), false));
  };
  battery('fr', ['Applications', 'Sociétés', 'Associations'], ['APPLICATIONS', 'Applications Durand SARL', 'Association Morlanaise Langues et Culture', 'Applicatif']);
  battery('de', ['Vereins', 'Unternehmens'], ['Verein für Heimatpflege e.V.', 'Vereinsheim Müller GmbH']);
});

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

describe('controller names: a pronoun in lower case with the name in apposition', () => {
  it('"This Privacy Policy sets out how we, Quillfeather Labs Inc. (“Quillfeather”), use …"', async () => {
    const text = [
      '# Privacy Policy', '',
      'This Privacy Policy sets out how we, Quillfeather Labs Inc. (“Quillfeather”), use and protect your personal data.', '',
      '## Your rights', '',
      'You may ask for a copy of your data at any time.', '',
    ].join('\n');
    assert.equal((await named(text, 'en')).name, 'Quillfeather Labs Inc.');
  });

  it('near miss: "how we, as a small team, use …" names no one', async () => {
    const text = [
      '# Privacy Policy', '',
      'This Privacy Policy explains how we, as a small team, use and protect your personal data.', '',
      '## Your rights', '',
      'You may ask for a copy of your data at any time.', '',
    ].join('\n');
    assert.equal((await named(text, 'en')).name, null);
  });
});

describe('controller names: what the organisation is, as its own subject', () => {
  const policy = (language: Language, first: string, rest: string): string => ['# Privacy', '', first, '', '## Data', '', rest, ''].join('\n');

  it('(fr) "Vélos Solidaires est une association loi 1901 …"', async () => {
    const text = policy('fr', "Vélos Solidaires est une association loi 1901 d'auto-réparation de vélos basée à Lyon.", 'Nous conservons votre adresse e-mail pour vous envoyer notre lettre.');
    assert.equal((await named(text, 'fr')).name, 'Vélos Solidaires');
  });

  it('(fr) "Le Comité des Jeunes Lecteurs est une organisation de jeunesse reconnue par la Fédération …"', async () => {
    const text = policy('fr', 'Le Comité des Jeunes Lecteurs est une organisation de jeunesse reconnue par la Fédération Wallonie-Bruxelles.', 'Nous conservons ton adresse e-mail pour t\'envoyer notre lettre.');
    assert.equal((await named(text, 'fr')).name, 'Comité des Jeunes Lecteurs');
  });

  it('(fr) near miss: "Chiche ! est une application mobile" is no organisation', async () => {
    const text = policy('fr', 'Pioupiou est une application mobile de jeux entre amis.', 'Nous conservons votre pseudonyme.');
    assert.notEqual((await named(text, 'fr')).name, 'Pioupiou');
  });

  it('(fr) near miss: a known service described as a company is no controller', async () => {
    const text = policy('fr', 'Google est une société américaine qui fournit notre outil de mesure d\'audience.', 'Nous conservons votre adresse e-mail.');
    assert.equal((await named(text, 'fr')).name, null);
  });

  it('(en) "Tallow Rights Group is a non-profit company …"', async () => {
    const text = policy('en', 'Tallow Rights Group is a non-profit company campaigning for digital rights.', 'We keep your e-mail address to send you our newsletter.');
    assert.equal((await named(text, 'en')).name, 'Tallow Rights Group');
  });

  it('(en) near miss: "Nightjar is a reading app" names no organisation by that', async () => {
    const text = policy('en', 'Nightjar is a reading app for your phone.', 'We keep your e-mail address to send you our newsletter.');
    assert.notEqual((await named(text, 'en')).name, 'Nightjar');
  });

  it('(nl) "Zonnig Coaching is een eenmanszaak …"', async () => {
    const text = policy('nl', 'Zonnig Coaching is een eenmanszaak gevestigd in Utrecht.', 'Wij bewaren uw e-mailadres om u te kunnen antwoorden.');
    assert.equal((await named(text, 'nl')).name, 'Zonnig Coaching');
  });

  it('(de) "Der Sportverein Talheim ist ein eingetragener Verein …"', async () => {
    const text = policy('de', 'Der Sportverein Talheim ist ein eingetragener Verein mit Sitz in Talheim.', 'Wir speichern Ihre E-Mail-Adresse, um Ihnen zu antworten.');
    assert.equal((await named(text, 'de')).name, 'Sportverein Talheim');
  });
});

describe('controller names: a personal site\'s author and a welcome', () => {
  it('(fr) "Mon nom est Rémi Dupuis."', async () => {
    const text = ['# Vie privée', '', 'Mon nom est Rémi Dupuis. Je suis un particulier et édite ce site sans objectif commercial.', '', 'Je ne conserve aucune donnée.', ''].join('\n');
    assert.equal((await named(text, 'fr')).name, 'Rémi Dupuis');
  });

  it('(en) "My name is Jane Holloway and I run this blog."', async () => {
    const text = ['# Privacy', '', 'My name is Jane Holloway and I run this blog.', '', 'I keep no data about you.', ''].join('\n');
    assert.equal((await named(text, 'en')).name, 'Jane Holloway');
  });

  it('(fr) "Bienvenue sur le site web de Jardin Secret."', async () => {
    const text = ['# Politique de confidentialité', '', 'Bienvenue sur le site web de Jardin Secret. Nous nous engageons à protéger votre vie privée.', '', 'Nous conservons votre adresse e-mail.', ''].join('\n');
    assert.equal((await named(text, 'fr')).name, 'Jardin Secret');
  });

  it('(fr) near miss: "Bienvenue sur notre site." names no one', async () => {
    const text = ['# Politique de confidentialité', '', 'Bienvenue sur notre site. Nous nous engageons à protéger votre vie privée.', '', 'Nous conservons votre adresse e-mail.', ''].join('\n');
    assert.equal((await named(text, 'fr')).name, null);
  });
});

describe('controller names: a title joining the policy to another document', () => {
  const page = (title: string, body: string): string => `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>${body}</p></body></html>`;

  it('(nl) near miss: "Algemene voorwaarden & Privacybeleid" gives no site name "Algemene voorwaarden &"', async () => {
    const text = page('Algemene voorwaarden &amp; Privacybeleid', 'Wij bewaren uw e-mailadres om u te kunnen antwoorden.');
    assert.equal((await named(text, 'nl', 'html')).name, null);
  });

  it('(de) near miss: "Datenschutz & Privatsphäre" gives no site name', async () => {
    const text = ['---', 'title: Datenschutz & Privatsphäre', '---', '', 'Wir speichern Ihre E-Mail-Adresse, um Ihnen zu antworten.', ''].join('\n');
    assert.equal((await named(text, 'de')).name, null);
  });

  it('(nl) "Privacybeleid & Cookiebeleid – Bakkerij De Zoete Inval" still names the site', async () => {
    const text = ['---', 'title: Privacybeleid & Cookiebeleid – Bakkerij De Zoete Inval', '---', '', 'Wij bewaren uw e-mailadres om u te kunnen antwoorden.', ''].join('\n');
    assert.equal((await named(text, 'nl')).name, 'Bakkerij De Zoete Inval');
  });

  it('(en) "Privacy Policy – Smith & Jones" keeps the conjunction inside the name', async () => {
    const text = ['---', 'title: Privacy Policy – Harrow & Finch', '---', '', 'We keep your e-mail address to answer you.', ''].join('\n');
    assert.equal((await named(text, 'en')).name, 'Harrow & Finch');
  });
});

describe('controller names: the elided Dutch article inside a name', () => {
  it('(nl) "Café ’t Hoekje is de verwerkingsverantwoordelijke …"', async () => {
    const text = ['# Privacyverklaring', '', 'Café ’t Hoekje is de verwerkingsverantwoordelijke voor uw persoonsgegevens.', '', 'Wij bewaren uw e-mailadres om u te kunnen antwoorden.', ''].join('\n');
    assert.equal((await named(text, 'nl')).name, 'Café ’t Hoekje');
  });

  it('(nl) "De verwerkingsverantwoordelijke is Dakwerken \'T Noorden, gevestigd te Assen."', async () => {
    const text = ['# Privacyverklaring', '', "De verwerkingsverantwoordelijke is Dakwerken 'T Noorden, gevestigd te Assen.", '', 'Wij bewaren uw e-mailadres om u te kunnen antwoorden.', ''].join('\n');
    assert.equal((await named(text, 'nl')).name, "Dakwerken 'T Noorden");
  });

  it('(nl) near miss: a quoted name is no elided article ("\'Tuinvrienden\' is de verwerkingsverantwoordelijke")', async () => {
    const text = ['# Privacyverklaring', '', "Vereniging 'Tuinvrienden' is de verwerkingsverantwoordelijke voor uw persoonsgegevens.", '', 'Wij bewaren uw e-mailadres om u te kunnen antwoorden.', ''].join('\n');
    assert.equal((await named(text, 'nl')).name, 'Tuinvrienden');
  });
});

describe('controller names: an address card, not prose with an e-mail address', () => {
  it('(de) near miss: a numbered heading over a paragraph that gives an e-mail address is no card name', async () => {
    const text = [
      '1.  **Name und Kontaktdaten des für die Verarbeitung Verantwortlichen**</br>',
      'Diese Datenschutz-Information gilt für die Datenverarbeitung durch:</br>',
      'Lena Berg Beratung – Email: info@lenaberg-beratung.ch – Telefon: +41 71 555 01 58.', '',
      '6. **Widerspruchsrecht**     ',
      'Sofern Ihre personenbezogenen Daten auf Grundlage von berechtigten Interessen verarbeitet werden, haben Sie das Recht, Widerspruch einzulegen. Möchten Sie von Ihrem Widerspruchsrecht Gebrauch machen, genügt eine E-Mail an info@lenaberg-beratung.ch', '',
    ].join('\n');
    assert.notEqual((await named(text, 'de')).name, 'Widerspruchsrecht');
  });

  it('(de) a card with the name over its e-mail line still names the controller', async () => {
    const text = [
      '# Datenschutzerklärung', '',
      'Schreinerei Holzmann',
      'E-Mail: info@schreinerei-holzmann.de', '',
      'Wir speichern Ihre E-Mail-Adresse, um Ihnen zu antworten.', '',
    ].join('\n');
    assert.equal((await named(text, 'de')).name, 'Schreinerei Holzmann');
  });
});

describe('controller names: a public body the domain spells', () => {
  it('(en) "Health and Care" (healthandcare.gov.uk) written out as "the Department for Health and Care"', async () => {
    const text = [
      '# Privacy notice', '',
      'This notice explains how your data is used when you use this service, run by the Department for Health and Care.', '',
      'Your data is shared with analysts within the Department for Health and Care for analysis.', '',
      'Contact data.protection@healthandcare.gov.uk with any questions about Health and Care data.', '',
    ].join('\n');
    assert.equal((await named(text, 'en')).name, 'Department for Health and Care');
  });

  it('(en) near miss: without the body written out, the portfolio the domain spells stays the name', async () => {
    const text = [
      '# Privacy notice', '',
      'Your data is shared with analysts within Health and Care for analysis.', '',
      'Contact data.protection@healthandcare.gov.uk with any questions about Health and Care data.', '',
    ].join('\n');
    assert.equal((await named(text, 'en')).name, 'Health and Care');
  });
});

describe('controller identity: a contact channel named with a verb of contacting', () => {
  const form = async (text: string, language: Language): Promise<boolean> => {
    const { model } = await parsePolicyText(text, { format: 'markdown', language });
    return !!model.controller.contactForm;
  };

  it('(en) "please contact us via [Github Issues](…)"', async () => {
    assert.equal(await form('# Privacy Policy\n\nMira Holt ("we") makes this app.\n\nIf you have any questions, please contact us via [Github Issues](https://github.com/example/app/issues/new).\n', 'en'), true);
  });

  it('(en) near miss: "open an issue on GitHub" and a service the site uses are no contact channel', async () => {
    assert.equal(await form('# Privacy Policy\n\nIf you have questions, open an issue on GitHub.\n\nOur code is hosted on GitHub.\n', 'en'), false);
  });

  it('(fr) "en nous contactant via Atelier.slack.com", "me joindre via l\'espace discussions GitHub"', async () => {
    assert.equal(await form('# Politique de confidentialité\n\nVous pouvez le faire en nous contactant via AtelierLune.slack.com.\n', 'fr'), true);
    assert.equal(await form("# Vie privée\n\nVous pouvez me joindre via l'espace [discussions GitHub](https://github.com/x/y/discussions).\n", 'fr'), true);
  });

  it('(fr) near miss: "notre code est publié sur GitHub" is no contact channel', async () => {
    assert.equal(await form('# Politique de confidentialité\n\nNotre code est publié sur GitHub.\n', 'fr'), false);
  });
});

describe('controller names: a label\'s value line that is a name whole', () => {
  it('(de) "Verantwortliche⏎Karl Berger-Stiftung für die Städtischen Museen⏎…" keeps the name past its legal form', async () => {
    const text = ['# Datenschutz', '', '**Verantwortliche**', '', 'Karl Berger-Stiftung für die Städtischen Museen', 'C 4, 9 · 68159 Mannheim', 'E-Mail: museen@example.de', ''].join('\n');
    assert.equal((await named(text, 'de')).name, 'Karl Berger-Stiftung für die Städtischen Museen');
  });

  it('(de) near miss: a line that runs on into a clause is cut at the name ("Muster GmbH vertreten durch …")', async () => {
    const text = ['# Datenschutz', '', '**Verantwortliche**', '', 'Muster GmbH vertreten durch Max Muster', 'Lindenweg 4, 68159 Mannheim', 'E-Mail: info@muster.de', ''].join('\n');
    assert.equal((await named(text, 'de')).name, 'Muster GmbH');
  });
});

describe('controller names: an address card written as a list', () => {
  const page = (items: string[], before = '<p>Neem gerust contact op!</p>'): string =>
    `<html><body><h1>Privacyverklaring</h1><p>Wij gaan zorgvuldig om met uw gegevens.</p>${before}<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul><h2>Doel</h2><p>Wij bewaren uw e-mailadres om u te antwoorden.</p></body></html>`;

  it('(nl) "<li>60+ Zorgpunt</li><li>Postbus 14</li><li>9750 AA Haren</li>" names the card\'s organisation', async () => {
    const text = page(['60+ Zorgpunt', 'Postbus 14', '9750 AA Haren', 'info@zestigpluszorgpunt.nl']);
    assert.equal((await named(text, 'nl', 'html')).name, '60+ Zorgpunt');
  });

  it('(nl) near miss: the officer\'s card introduced by a sentence about the officer is not the controller', async () => {
    const text = page(['Dhr. Jan de Boer', 'Regiokantoor Assen', 'Stationsweg 7, 9401 KL Assen', 'fg@example.nl'], '<h2>Functionaris gegevensbescherming</h2><p>De functionaris gegevensbescherming is</p>');
    assert.notEqual((await named(text, 'nl', 'html')).name, 'Dhr. Jan de Boer');
  });

  it('(en) near miss: a list of services with no address is no card', async () => {
    const text = '<html><body><h1>Privacy Policy</h1><p>We use these services:</p><ul><li>Plausible Analytics</li><li>Hetzner Online</li><li>Brevo Mail</li></ul></body></html>';
    assert.equal((await named(text, 'en', 'html')).name, null);
  });
});

describe('controller names: iubenda\'s "Owner and Data Controller" and "applies to data processing by"', () => {
  it('(en) "#### Owner and Data Controller⏎Lena Vogt⏎c/o …⏎Hauptstraße 4⏎35410 Hungen"', async () => {
    const text = ['# Privacy Policy of Brewlog', '', 'We use Google Analytics.', '', '### Contact information', '#### Owner and Data Controller', 'Lena Vogt', 'c/o Impressumservice', 'Hauptstraße 4', '35410 Hungen', '', '**Owner contact email:** info@brewlog.example', ''].join('\n');
    assert.equal((await named(text, 'en')).name, 'Lena Vogt');
  });

  it('(en) near miss: the label in a table of contents is followed by the next entry, not a name', async () => {
    const text = ['Privacy Policy of Kale Corner', '', 'Welcome to the privacy policy of Kale Corner.', '', 'Table of contents', '', '    Owner and Data Controller', '    Types of Data collected', '    The purposes of processing', '', 'Owner and Data Controller', '11762 106 Street NW', 'Edmonton, AB, Canada', ''].join('\n');
    assert.equal((await named(text, 'en', 'text')).name, 'Kale Corner');
  });

  it('(en) "This data protection notice applies to data processing by Jonas Brandt, Lindenstr. 7, 10969 Berlin"', async () => {
    const text = ['# Privacy Statement', '', '## Person responsible for data processing', 'This data protection notice applies to data processing by Jonas Brandt, Lindenstr. 7, 10969 Berlin (hereinafter referred to as operator).', ''].join('\n');
    assert.equal((await named(text, 'en')).name, 'Jonas Brandt');
  });
});

describe('controller names: (fr) an adjective in lower case after the name\'s noun', () => {
  const policy = (first: string): string => ['# Politique de confidentialité', '', first, '', '## Vos droits', '', 'Vous pouvez demander l\'accès à vos données.', ''].join('\n');

  it('"La Cour constitutionnelle traite vos données personnelles …" keeps the adjective', async () => {
    assert.equal((await named(policy('La Cour constitutionnelle traite vos données personnelles pour remplir ses missions.'), 'fr')).name, 'Cour constitutionnelle');
  });
  it('"Le responsable du traitement est l\'Assemblée régionale, …" keeps the adjective', async () => {
    assert.equal((await named(policy('Le responsable du traitement est l\'Assemblée régionale, dont le siège est à Lille.'), 'fr')).name, 'Assemblée régionale');
  });
  it('near miss: an adverb after the name is no part of it ("Helioscope désormais traite …")', async () => {
    assert.equal((await named(policy('Le responsable du traitement est Helioscope désormais, dont le siège est à Lille.'), 'fr')).name, 'Helioscope');
  });
  it('"Le responsable du traitement est la Direction générale de la Santé, …" reads on past the link', async () => {
    assert.equal((await named(policy('Le responsable du traitement est la Direction générale de la Santé, dont le siège est à Paris.'), 'fr')).name, 'Direction générale de la Santé');
  });
  it('near miss: a name that goes on in lower case ("la Direction générale de la santé") is not cut after its adjective', async () => {
    assert.notEqual((await named(policy('Le responsable du traitement est la Direction générale de la santé, dont le siège est à Paris.'), 'fr')).name, 'Direction générale');
  });
  it('near miss: "La Cour traite vos données personnelles" reads the name alone', async () => {
    assert.equal((await named(policy('La Cour traite vos données personnelles pour remplir ses missions.'), 'fr')).name, 'Cour');
  });
  it('a public body in capitals goes on after its link to more capitals ("Secrétariat Général du Ministère de l’Agriculture", "Direction Régionale des Affaires Culturelles")', async () => {
    assert.equal((await named(policy('Le responsable de traitement est le Secrétariat Général du Ministère de l’Artisanat, de la Pêche et du Tourisme représenté par sa secrétaire générale.'), 'fr')).name, 'Secrétariat Général du Ministère de l’Artisanat');
    assert.equal((await named(policy('Le responsable du traitement est la Direction Régionale des Affaires Culturelles, dont le siège est à Rennes.'), 'fr')).name, 'Direction Régionale des Affaires Culturelles');
    assert.equal((await named(policy('Le responsable de traitement est le Ministère de l’Intérieur, place Beauvau, Paris.'), 'fr')).name, 'Ministère de l’Intérieur');
  });
  it('near miss: (de) nouns are capitalised, so a public body does not run on past its link ("Gemeinde Talheim für die Verarbeitung")', async () => {
    const text = ['# Datenschutzerklärung', '', 'Verantwortlich ist die Gemeinde Talheim für die Verarbeitung Ihrer Daten.', '', '## Rechte', '', 'Sie haben das Recht auf Auskunft.', ''].join('\n');
    assert.equal((await named(text, 'de')).name, 'Gemeinde Talheim');
  });
});

describe('controller names: "is considered a data controller", "wordt beschouwd als", "gilt als Verantwortlicher"', () => {
  const policy = (title: string, first: string, rest: string): string => [`# ${title}`, '', first, '', '## More', '', rest, ''].join('\n');

  it('(en) "The Kestrel Society is considered a data controller under the GDPR"', async () => {
    assert.equal((await named(policy('Privacy', 'The Kestrel Society is considered a data controller under the terms of the GDPR.', 'You may ask for a copy of your data.'), 'en')).name, 'Kestrel Society');
  });
  it('(en) near miss: "is considered a sensitive category" names no controller', async () => {
    assert.equal((await named(policy('Privacy', 'Your Health Record is considered a sensitive category of data.', 'You may ask for a copy of your data.'), 'en')).name, null);
  });
  it('(nl) "Stichting Zonnebloem Oost wordt beschouwd als verwerkingsverantwoordelijke"', async () => {
    assert.equal((await named(policy('Privacyverklaring', 'Stichting Zonnebloem Oost wordt beschouwd als verwerkingsverantwoordelijke voor uw gegevens.', 'U kunt uw gegevens inzien.'), 'nl')).name, 'Stichting Zonnebloem Oost');
  });
  it('(de) "Der Kulturverein Spielraum e.V. gilt als Verantwortlicher im Sinne der DSGVO"', async () => {
    assert.equal((await named(policy('Datenschutzerklärung', 'Der Kulturverein Spielraum e.V. gilt als Verantwortlicher im Sinne der DSGVO.', 'Sie haben das Recht auf Auskunft.'), 'de')).name, 'Kulturverein Spielraum e.V.');
  });
});

describe('controller names: (en) a name and its place after a comma as the subject', () => {
  const policy = (first: string): string => ['# Privacy Notice', '', first, '', '## Your rights', '', 'You may ask for a copy of your data.', ''].join('\n');

  it('"The PCC of St Anne and All Saints, Farnham is the data controller" names the organisation, not the place', async () => {
    assert.equal((await named(policy('The PCC of St Anne and All Saints, Farnham is the data controller (contact details below).'), 'en')).name, 'PCC of St Anne and All Saints');
  });
  it('near miss: "In the United Kingdom, Larkspur is the data controller" names Larkspur', async () => {
    assert.equal((await named(policy('In the United Kingdom, Larkspur is the data controller for this website.'), 'en')).name, 'Larkspur');
  });
});

describe('controller names: a note in brackets after the name is no part of it', () => {
  const policy = (title: string, first: string, rest: string): string => [`# ${title}`, '', first, '', '## More', '', rest, ''].join('\n');

  it('(de) "Verantwortlich … ist Hans Polster (Impressum), …" drops the page\'s title', async () => {
    const got = await named(policy('Datenschutzerklärung', 'Verantwortlich für die Datenverarbeitung ist Hans Polster (Impressum), Dorfstraße 3, 21521 Aumühle.', 'Sie haben das Recht auf Auskunft.'), 'de');
    assert.equal(got.name, 'Hans Polster');
    assert.deepEqual(got.aliases, []);
  });
  it('(en) "Data controller: Ferncliff Trust (Registered Charity No 123456), …" drops the register note', async () => {
    assert.equal((await named(policy('Privacy Policy', 'Data controller: Ferncliff Trust (Registered Charity No 123456), 4 Mill Lane, Dublin.', 'You may ask for a copy of your data.'), 'en')).name, 'Ferncliff Trust');
  });
  it('near miss: a legal form or a short form in brackets stays ("Muster UG (haftungsbeschränkt)", "(INBO)")', async () => {
    assert.equal((await named(policy('Datenschutzerklärung', 'Verantwortlich für die Datenverarbeitung ist die Muster UG (haftungsbeschränkt), Dorfstraße 3, 21521 Aumühle.', 'Sie haben das Recht auf Auskunft.'), 'de')).name, 'Muster UG (haftungsbeschränkt)');
    assert.deepEqual((await named(policy('Privacy Policy', 'The Institute for Nature Research (INBO) is the data controller.', 'You may ask for a copy of your data.'), 'en')).aliases, ['INBO']);
  });
});

describe('controller names: (fr) "édité par l\'association loi 1901 « X »"', () => {
  const policy = (first: string): string => ['# Politique de confidentialité', '', first, '', '## Vos droits', '', 'Vous pouvez demander l\'accès à vos données.', ''].join('\n');

  it('"Ce site est édité par l\'association « Les Petits Pas », …" reads the name in quotes', async () => {
    assert.equal((await named(policy('Ce site est édité par l\'association « Les Petits Pas », dont le siège est à Lyon.'), 'fr')).name, 'Petits Pas');
  });
  it('"… par l\'association loi 1901 « Les Petits Pas », …" reads past the law', async () => {
    assert.equal((await named(policy('Ce site est édité par l\'association loi 1901 « Les Petits Pas », dont le siège est à Lyon.'), 'fr')).name, 'Petits Pas');
  });
  it('near miss: "édité par l\'association, dont le siège …" with no name names no one', async () => {
    assert.equal((await named(policy('Ce site est édité par l\'association, dont le siège est à Lyon.'), 'fr')).name, null);
  });
});

describe('controller names: a quoted part inside the name is read to its closing quote', () => {
  const policy = (first: string): string => ['# Privacy', '', first, '', '## More', '', 'Contact us by e-mail.', ''].join('\n');
  it('\'vzw K.F. "De Blauwe Vogels" Borgt\', \'Vereniging “Het Anker”\', \'Verein „Freunde der Musik“ e.V.\', \'Comité « Les Amis du Lac »\'', async () => {
    assert.equal((await named(policy('De verwerkingsverantwoordelijke is vzw K.F. "De Blauwe Vogels" Borgt, Kerkstraat 4, 1850 Grimbergen.'), 'nl')).name, 'vzw K.F. "De Blauwe Vogels" Borgt');
    assert.equal((await named(policy('Verwerkingsverantwoordelijke: Vereniging “Het Anker”, Kerkstraat 4, 9750 Haren.'), 'nl')).name, 'Vereniging “Het Anker”');
    assert.equal((await named(policy('Verantwortlich im Sinne der DSGVO ist der Verein „Freunde der Musik“ e.V., Lindenweg 4, 80331 München.'), 'de')).name, 'Verein „Freunde der Musik“ e.V.');
    assert.equal((await named(policy('Le responsable du traitement est le Comité « Les Amis du Lac », 4 rue des Lilas, 35000 Rennes.'), 'fr')).name, 'Comité « Les Amis du Lac »');
  });
  it('near misses: a defined short name in brackets, words in lower case in quotes, a quote never closed', async () => {
    assert.equal((await named(policy('The data controller is Acme Widgets Ltd ("Acme", "we"), 12 Queen Street, Edinburgh.'), 'en')).name, 'Acme Widgets Ltd');
    assert.equal((await named(policy('Verwerkingsverantwoordelijke is Stichting Zonnelicht "voor iedereen", Kerkstraat 4, 9750 Haren.'), 'nl')).name, 'Stichting Zonnelicht');
    assert.equal((await named(policy('The data controller is Harbour Rowing Club “Riverside and more of our friends and family members.'), 'en')).name, 'Harbour Rowing Club “Riverside');
  });
});

describe('controller names: (en) the site "maintained and administered by" its organisation', () => {
  const policy = (first: string): string => ['# Privacy Policy', '', first, '', '## Your rights', '', 'You may ask for a copy of your data.', ''].join('\n');
  it('"This web site is maintained and administered by the Harbour Tourism Board (HTB)", "owned and managed by"', async () => {
    assert.match((await named(policy('This web site is maintained and administered by the Harbour Tourism Board (HTB). We keep your data safe.'), 'en')).name ?? '', /^Harbour Tourism Board/u);
    assert.equal((await named(policy('This website is owned and managed by Harbour Books Ltd, 12 Queen Street, Edinburgh.'), 'en')).name, 'Harbour Books Ltd');
  });
  it('near misses: the site\'s designer or host is no controller', async () => {
    assert.equal((await named(policy('The site is designed and maintained by Pixelweb Ltd.'), 'en')).name, null);
    assert.equal((await named(policy('This website is hosted by Netlify Inc.'), 'en')).name, null);
  });
});

describe('controller names: a card\'s name line with a quoted part', () => {
  it('\'D.S.V. "De Blauwe Vogel"⏎Kerkstraat 4⏎2613 TA Delft\' under "navolgend adres:"', async () => {
    const text = ['# Privacyverklaring', '', 'U kunt ons schriftelijk op de hoogte stellen via navolgend adres:', '', 'D.S.V. "De Blauwe Vogel"  ', 'Kerkstraat 4  ', '2613 TA Delft', ''].join('\n');
    assert.equal((await named(text, 'nl')).name, 'D.S.V. "De Blauwe Vogel"');
  });
  it('near miss: a sentence in quotes over the address is no name line', async () => {
    const text = ['# Privacyverklaring', '', 'U kunt ons schriftelijk op de hoogte stellen via navolgend adres:', '', '"Schrijf ons gerust een brief"  ', 'Kerkstraat 4  ', '2613 TA Delft', ''].join('\n');
    assert.equal((await named(text, 'nl')).name, null);
  });
});

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

describe('controller names: the role stated outranks an earlier weaker cue', () => {
  it('"X is the data controller" further down beats the app named in "This policy explains how Y …"', async () => {
    const text = [
      '# Larkspur Privacy Policy', '',
      'This Privacy Policy explains how Larkspur ("the app", "we", "our") collects and uses personal data when you use the Larkspur mobile application.', '',
      '## 1. Who we are', '',
      'Larkspur is built and run by one person:', '',
      '**Nora Lindqvist**, independent developer. Based in Sweden. Contact: **nora.dev@example.org**', '',
      'Under the General Data Protection Regulation, Nora Lindqvist is the data controller for the personal data processed through Larkspur.', '',
      '## 2. What we collect', '',
      'Larkspur stores your reading lists and the e-mail address you sign in with.', '',
    ].join('\n');
    assert.equal((await named(text, 'en')).name, 'Nora Lindqvist');
  });

  it('near miss: without a statement of the role the app named first stays the name', async () => {
    const text = [
      '# Larkspur Privacy Policy', '',
      'This Privacy Policy explains how Larkspur ("the app", "we", "our") collects and uses personal data when you use the Larkspur mobile application.', '',
      '## 1. Who we are', '',
      'Nora Lindqvist answers questions about the app at nora.dev@example.org.', '',
      '## 2. What we collect', '',
      'Larkspur stores your reading lists and the e-mail address you sign in with.', '',
    ].join('\n');
    assert.equal((await named(text, 'en')).name, 'Larkspur');
  });

  it('near miss: a known service stated to be a controller does not displace the site', async () => {
    const text = [
      '# Privacy Policy', '',
      'This privacy notice explains how Harbour Lane Books Ltd uses your personal data.', '',
      '## Analytics', '',
      'We use Google Analytics. For the data it collects on its own account, Google is the data controller.', '',
    ].join('\n');
    assert.equal((await named(text, 'en')).name, 'Harbour Lane Books Ltd');
  });

  it('near miss (de): a sentence about "der Verantwortliche" opening with an article names no one', async () => {
    const text = [
      '# Datenschutzerklärung', '',
      'Verantwortlich für die Datenverarbeitung auf dieser Website ist die Gärtnerei Sonnblick GmbH, Talweg 2, 6020 Innsbruck.', '',
      '## Rechtsgrundlagen', '',
      'Die Verarbeitung ist zur Erfüllung einer rechtlichen Verpflichtung erforderlich, der der Verantwortliche unterliegt.', '',
    ].join('\n');
    assert.equal((await named(text, 'de')).name, 'Gärtnerei Sonnblick GmbH');
  });
});

describe('controller names: a number opening the name after a cue', () => {
  it('"The Data Controller is 3rd Ashford Sea Scout Group Committee." keeps the ordinal', async () => {
    const text = [
      '# Privacy Notice', '',
      'The 3rd Ashford Sea Scouts take the privacy of our members seriously.', '',
      '## Who controls your data', '',
      'The Data Controller is 3rd Ashford Sea Scout Group Committee.', '',
    ].join('\n');
    assert.equal((await named(text, 'en')).name, '3rd Ashford Sea Scout Group Committee');
  });

  it('"The controller is 42 Harbour Studios Ltd" keeps the number', async () => {
    const text = '# Privacy Policy\n\nThe data controller is 42 Harbour Studios Ltd, 9 Quay Street, Bristol.\n';
    assert.equal((await named(text, 'en')).name, '42 Harbour Studios Ltd');
  });

  it('near miss: a date after the cue is no part of a name', async () => {
    const text = '# Privacy Policy\n\nThe data controller is 12 March Events? No: the data controller is Brightwater Events Ltd.\n';
    const { name } = await named(text, 'en');
    assert.ok(name === null || !/^12\b/u.test(name), `got ${name}`);
  });
});

describe('controller names: the fuller form of a one-word site name', () => {
  it('the domain ties the surname; the full name written in the text is the name', async () => {
    const text = [
      '# Newsletter privacy policy', '',
      'Your data is processed by Tomasz Wierzbicki so that the newsletter can be sent to you.', '',
      'Questions? Write to kontakt@wierzbicki.pl. Tomasz Wierzbicki answers within a week.', '',
      'You may complain to the supervisory authority.', '',
    ].join('\n');
    assert.equal((await named(text, 'en')).name, 'Tomasz Wierzbicki');
  });

  it('a site named "the Lantern Handbook" throughout, "Lantern" and "Handbook" alone never', async () => {
    const text = [
      '---', 'title: Privacy Policy', '---', '',
      'We collect and use information in order to provide you the services of the Lantern Handbook. We do not store your IP address.', '',
      'We don\'t use cookies on the Lantern Handbook.', '',
      'The Lantern Handbook follows accepted industry standards to protect the information in the Lantern Handbook\'s possession.', '',
      'You can choose not to use the Lantern Handbook if you do not want us to use this information.', '',
      'By continuing to use the Lantern Handbook after changes, you agree to the revised policy.', '',
    ].join('\n');
    assert.equal((await named(text, 'en')).name, 'Lantern Handbook');
  });

  it('near miss: a fuller run written once only does not replace the word the domain ties', async () => {
    const text = [
      '# Privacy policy', '',
      'Write to hello@wierzbicki.pl with any question. Wierzbicki replies within a week.', '',
      'Our partner Wierzbicki Logistics delivers the parcels.', '',
    ].join('\n');
    assert.equal((await named(text, 'en')).name, 'Wierzbicki');
  });
});

describe('controller names: the maker in the app generators\' texts', () => {
  it('"… created by Kestrel Apps (hereby referred to as "Service Provider")" names the maker, not the app', async () => {
    const text = [
      '# Privacy Policy', '',
      'This privacy policy applies to the Pocket Abacus app (hereby referred to as "Application") for mobile devices that was created by Moorhen Software (hereby referred to as "Service Provider") as a Free service.', '',
      '## Information Collection and Use', '',
      'The Application collects information when you download and use it.', '',
    ].join('\n');
    assert.equal((await named(text, 'en')).name, 'Moorhen Software');
  });

  it('near miss: with the maker left blank the app still names no one', async () => {
    const text = [
      '# Privacy Policy', '',
      'This privacy policy applies to the Pocket Abacus app (hereby referred to as "Application") for mobile devices that was created by (hereby referred to as "Service Provider") as a Free service.', '',
    ].join('\n');
    assert.equal((await named(text, 'en')).name, null);
  });

  it('(fr) "Ce SERVICE est fourni gratuitement par X" names the developer, not the app', async () => {
    const text = [
      '# Politique de confidentialité', '',
      "Claire Dumoulin a construit l'application Rando Boussole comme une application gratuite. Ce SERVICE est fourni gratuitement par Claire Dumoulin et est destiné à être utilisé tel quel.", '',
      "Les termes utilisés dans la présente Politique de confidentialité ont le même sens que dans nos Termes et Conditions, accessibles sur Rando Boussole.", '',
    ].join('\n');
    assert.equal((await named(text, 'fr')).name, 'Claire Dumoulin');
  });

  it('(fr) near miss: "ce service est fourni par" a known service names that service\'s role only', async () => {
    const text = [
      '# Politique de confidentialité', '',
      "Le site de l'association Les Amis du Vieux Moulin est édité par l'association Les Amis du Vieux Moulin.", '',
      "La mesure d'audience est un service fourni par Google.", '',
    ].join('\n');
    assert.notEqual((await named(text, 'fr')).name, 'Google');
  });
});

describe('controller names: a municipality named by its place', () => {
  it('(fr) "… de la commune de Marchienne" with the place\'s domain gives the commune, not the place', async () => {
    const text = [
      '<h1>Politique de confidentialité</h1>',
      '<h2>Qui sommes-nous ?</h2>',
      '<p>Ce site relève du service environnement de la commune de Marchienne, établi rue des Tilleuls 12, 6030 Marchienne.</p>',
      '<p>Ce service peut être contacté à l\'adresse <a href="mailto:environnement@marchienne.be">environnement@marchienne.be</a>.</p>',
      '<p>Les données de Marchienne sont conservées un an. Écrivez à Marchienne pour toute question.</p>',
    ].join('\n');
    assert.equal((await named(text, 'fr', 'html')).name, 'Commune de Marchienne');
  });

  it('(fr) near miss: the place alone, with no public body written before it, stays the place', async () => {
    const text = [
      '<h1>Politique de confidentialité</h1>',
      '<p>Ce site présente les gîtes de Marchienne. Écrivez à <a href="mailto:info@marchienne.be">info@marchienne.be</a>.</p>',
      '<p>Les données de Marchienne sont conservées un an. Écrivez à Marchienne pour toute question.</p>',
    ].join('\n');
    assert.equal((await named(text, 'fr', 'html')).name, 'Marchienne');
  });

  it('(fr) a domain leaving out the particle still spells "Ville de Montclair-sur-Loue"', async () => {
    const text = [
      '<h1>Masques : inscription</h1>',
      '<p>La Ville de Montclair-sur-Loue collecte vos nom et adresse pour la distribution des masques.</p>',
      '<p>Contact : <a href="mailto:mairie@ville-montclair-sur-loue.fr">mairie@ville-montclair-sur-loue.fr</a></p>',
    ].join('\n');
    assert.equal((await named(text, 'fr', 'html')).name, 'Ville de Montclair-sur-Loue');
  });
});

describe('controller names: a labelled line running on to a legal form', () => {
  it('(de) "Zentrum für bewusstes Atmen (ZBA) - Petra Lindner e.U." under the label is read whole', async () => {
    const text = [
      '# Datenschutzerklärung', '',
      '## Name und Anschrift des für die Verarbeitung Verantwortlichen', '',
      'Verantwortlicher im Sinne der Datenschutz-Grundverordnung ist die:', '',
      'Zentrum für bewusstes Atmen (ZBA) - Petra Lindner e.U.  ', 'Hauptplatz 7  ', '8010 Graz  ', 'E-Mail: office@zba-example.at', '',
    ].join('\n');
    assert.equal((await named(text, 'de')).name, 'Zentrum für bewusstes Atmen (ZBA) - Petra Lindner e.U.');
  });

  it('(de) near miss: a person, a comma, then the firm keeps the firm as the name', async () => {
    const text = [
      '# Datenschutzerklärung', '',
      'Verantwortlicher im Sinne der Datenschutz-Grundverordnung ist:', '',
      'Petra Lindner, Atemschule Lindner GmbH  ', 'Hauptplatz 7  ', '8010 Graz', '',
    ].join('\n');
    assert.equal((await named(text, 'de')).name, 'Atemschule Lindner GmbH');
  });
});

describe('controller names: a label states the role too', () => {
  it('(de) the labelled controller stays the name over a later sentence whose capitalised subject is a noun', async () => {
    const text = [
      '# Datenschutzerklärung', '',
      'Verantwortlich: Funknetz Süd e.V., Gartenweg 3, 24103 Kiel', '',
      '## Server-Logfiles', '',
      'Empfänger der Daten sind nur die verantwortliche Stelle und ggf. Auftragsverarbeiter.', '',
    ].join('\n');
    assert.equal((await named(text, 'de')).name, 'Funknetz Süd e.V.');
  });
});

describe('controller names: a pronoun with the name in apposition', () => {
  it('"describes how I, Mirela Dobos (hereinafter “I”), collect" names the person', async () => {
    const text = [
      '# Games privacy policy', '',
      'This Privacy Policy describes how I, Mirela Dobos (hereinafter “I”) collect, use, and share information about you when you use my games.', '',
      '## Your California privacy rights', '',
      'California residents have rights under the California Consumer Privacy Act. Email me at mdobos.games@example.com.', '',
    ].join('\n');
    assert.equal((await named(text, 'en')).name, 'Mirela Dobos');
  });

  it('near miss: "describes how we collect" names no one by itself', async () => {
    const text = '# Privacy Policy\n\nThis Privacy Policy describes how we, collectively, handle the information you give us.\n';
    assert.notEqual((await named(text, 'en')).name, 'We');
  });
});

describe('controller names: a law is no one', () => {
  it('(nl) "Voor de toepassing van …, waaronder de Algemene Verordening Gegevensbescherming (AVG), is de verwerkingsverantwoordelijke:" names no law', async () => {
    const text = [
      '# Privacybeleid', '',
      '## 2. Wie wij zijn', '',
      'Voor de toepassing van de wetgeving inzake gegevensbescherming, waaronder de Algemene Verordening Gegevensbescherming (AVG), is de verwerkingsverantwoordelijke:', '',
      'Groenvingers BV  ', 'Dorpsstraat 4, 2000 Antwerpen  ', 'E-mail: info@groenvingers.be', '',
    ].join('\n');
    assert.equal((await named(text, 'nl')).name, 'Groenvingers BV');
  });

  it('near miss: a firm whose name holds a law\'s short form is still a name', async () => {
    const text = '# Privacy Policy\n\nThe data controller is GDPR Compliance Partners Ltd, 4 Mill Lane, Leeds.\n';
    assert.equal((await named(text, 'en')).name, 'GDPR Compliance Partners Ltd');
  });
});

describe('controller names: French "responsable de la collecte"', () => {
  it('"Le responsable de la collecte des données est Lucie Marchand, domiciliée …" names her', async () => {
    const text = [
      '# Politique de confidentialité', '',
      '**ARTICLE 1 – Responsable du traitement**', '',
      'Le responsable de la collecte des données est Lucie Marchand, domiciliée au 8 rue des Vignes, 33000 Bordeaux. Tél. : 06 11 22 33 44.', '',
    ].join('\n');
    assert.equal((await named(text, 'fr')).name, 'Lucie Marchand');
  });

  it('near miss: "la collecte des données est limitée" names no one', async () => {
    const text = '# Politique de confidentialité\n\nLa collecte des données est limitée au strict nécessaire.\n';
    assert.equal((await named(text, 'fr')).name, null);
  });
});

describe('controller names: French role in apposition closing the sentence', () => {
  it('"… sont traitées par l\'Association Les Jardins du Coteau, responsable de traitement." names the association', async () => {
    const text = '# Politique de confidentialité\n\nLes données recueillies via ce formulaire sont traitées par l’Association Les Jardins du Coteau, responsable de traitement.\n\nElles sont conservées un an.\n';
    assert.equal((await named(text, 'fr')).name, 'Association Les Jardins du Coteau');
  });

  it('"Vos données sont traitées par la Mairie de Villeneuve-sur-Lot, responsable du traitement." names the mairie', async () => {
    const text = '# Politique de confidentialité\n\nVos données sont traitées par la Mairie de Villeneuve-sur-Lot, responsable du traitement.\n';
    assert.equal((await named(text, 'fr')).name, 'Mairie de Villeneuve-sur-Lot');
  });

  it('near miss: a comma before a role that is not the controller\'s names no one', async () => {
    const text = '# Politique de confidentialité\n\nVos données sont transmises à notre hébergeur, sous-traitant au sens du RGPD.\n';
    assert.equal((await named(text, 'fr')).name, null);
  });
});

describe('controller names: a title that is a sentence', () => {
  it('(fr) "title: Je respecte ta vie privée" gives no site name "Je respecte ta"', async () => {
    const text = [
      '---', 'layout: page', 'title: Je respecte ta vie privée', '---', '',
      'Si si, promis !', '',
      '## Ton e-mail', '',
      'Je ne recueille ton e-mail que lorsque tu me le donnes en remplissant le formulaire d\'inscription.', '',
    ].join('\n');
    assert.equal((await named(text, 'fr')).name, null);
  });

  it('(fr) near miss: "title: Vie privée – Atelier Lune" still names the site', async () => {
    const text = [
      '---', 'title: Vie privée – Atelier Lune', '---', '',
      'Atelier Lune ne recueille votre e-mail que pour répondre à vos messages.', '',
    ].join('\n');
    assert.equal((await named(text, 'fr')).name, 'Atelier Lune');
  });
});

describe('controller names: legal forms in capitals', () => {
  it('(fr, Québec) "Le Club Nautique du Lac Brome, O.S.B.L., INC. s\'engage …": "INC." alone is no name', async () => {
    const text = [
      '---', 'title: Politique de confidentialité', 'description: "Politique de confidentialité du Club Nautique du Lac Brome"', '---', '',
      "Le Club Nautique du Lac Brome, O.S.B.L., INC. s'engage à protéger votre vie privée.", '',
      'Pour toute question, écrivez au Club Nautique du Lac Brome à info@clubnautiquelacbrome.ca.', '',
      '**Club Nautique du Lac Brome, O.S.B.L., INC.**', '',
    ].join('\n');
    assert.equal((await named(text, 'fr')).name, 'Club Nautique du Lac Brome');
  });
});

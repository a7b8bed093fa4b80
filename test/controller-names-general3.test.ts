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

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

/**
 * Hostile inputs of issue 9 (items 7, 8 and 9), built at any size: `npm run bench` times the CLI on each of
 * them at two sizes, and tests use small ones to check that the output is right. Deterministic: the same size
 * gives the same bytes.
 */

export interface Pathological {
  /** Short name, used in the bench table and as the file name. */
  name: string;
  /** What the input is, as the issue describes it. */
  what: string;
  /** File extension, which decides the input format. */
  ext: 'md' | 'txt' | 'html';
  /** The text, about `bytes` long. */
  build(bytes: number): string;
}

/** A fixed pseudo-random sequence (a linear congruential generator), so every build is the same. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `unit` repeated until the text is `bytes` long (the last copy cut). */
function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

/** Units built by `make(i)`, joined by `sep`, until the text is about `bytes` long. */
function listTo(bytes: number, sep: string, make: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const part = make(i);
    parts.push(part);
    length += part.length + sep.length;
  }
  return parts.join(sep);
}

const PROSE_WORDS = [
  'wij', 'verwerken', 'uw', 'persoonsgegevens', 'en', 'delen', 'die', 'met', 'onze', 'partners', 'zoals', 'Google',
  'Mailchimp', 'voor', 'het', 'versturen', 'van', 'nieuwsbrieven', 'bewaren', 'gegevens', 'twee', 'jaar', 'na', 'einde',
  'overeenkomst', 'Stichting', 'Acme', 'we', 'share', 'your', 'data', 'with', 'processors', 'in', 'the', 'United',
  'States', 'retain', 'years', 'after', 'contract', 'toestemming', 'intrekken', 'Autoriteit', 'Persoonsgegevens',
  'cookies', 'analytics', 'contact', 'privacy', 'rechten', 'inzage', 'verwijdering',
];

/** Item 7: inputs that made an extractor quadratic (a look-behind over the whole text before each hit). */
export const QUADRATIC_INPUTS: Pathological[] = [
  {
    name: 'a-run-emails',
    what: '`a`×n, then 60 e-mail addresses',
    ext: 'txt',
    build: (bytes) => {
      const emails = Array.from({ length: 60 }, (_, i) => `info${i}@voorbeeld${i}.nl`).join(' ');
      return `${'a'.repeat(Math.max(1, bytes - emails.length - 1))} ${emails}\n`;
    },
  },
  { name: 'bv-repeated', what: '"B.V. " repeated', ext: 'txt', build: (bytes) => `${repeatTo('B.V. ', bytes)}\n` },
  {
    name: 'prose-no-punctuation',
    what: 'prose without punctuation (one sentence)',
    ext: 'txt',
    build: (bytes) => {
      const next = sequence(9);
      return `${listTo(bytes, ' ', () => PROSE_WORDS[Math.floor(next() * PROSE_WORDS.length)])}\n`;
    },
  },
  { name: 'stichting-van-de', what: '"Stichting Van De " repeated', ext: 'txt', build: (bytes) => `${repeatTo('Stichting Van De ', bytes)}\n` },
  {
    name: 'email-list',
    what: 'an e-mail list (one paragraph)',
    ext: 'txt',
    build: (bytes) => `${listTo(bytes, ', ', (i) => `contact${i}@bedrijf${i % 97}.nl`)}\n`,
  },
  {
    name: 'email-lines',
    what: 'an e-mail list (one address a line)',
    ext: 'md',
    build: (bytes) => `${listTo(bytes, "\n", (i) => `privacy${i}@bedrijf${i % 89}.nl`)}\n`,
  },
  {
    name: 'html-entities',
    what: 'HTML character references in one paragraph',
    ext: 'html',
    build: (bytes) => `<html><body><p>${repeatTo('&amp;&#64;&lt;&#x40;&nbsp;', bytes)}</p></body></html>\n`,
  },
];

/** Item 9: structure that once overflowed the stack or grew memory faster than the input. */
export const STRUCTURE_INPUTS: Pathological[] = [
  { name: 'nested-quotes', what: '4 000 nested `>`', ext: 'md', build: (n) => `# Privacy\n\n${'>'.repeat(n)} Wij bewaren uw gegevens twee jaar.\n` },
  {
    name: 'nested-lists',
    what: '4 000 list levels',
    ext: 'md',
    build: (n) => `# Privacy\n\n${'- '.repeat(n)}Wij bewaren uw gegevens twee jaar.\n`,
  },
  {
    name: 'nested-divs',
    what: '4 000 nested `<div>`',
    ext: 'html',
    build: (n) => `<html><body>${'<div>'.repeat(n)}<p>Wij bewaren uw gegevens twee jaar.</p>${'</div>'.repeat(n)}</body></html>\n`,
  },
  {
    name: 'headings',
    what: '20 000 headings',
    ext: 'md',
    build: (n) => `${Array.from({ length: n }, (_, i) => `## Kop ${i}\n\nWij bewaren gegevens ${i} twee jaar.\n`).join('\n')}`,
  },
  {
    name: 'table-rows',
    what: '20 000-row table',
    ext: 'md',
    build: (n) => `# Bewaartermijnen\n\n| gegevens | termijn |\n|---|---|\n${Array.from({ length: n }, (_, i) => `| gegevens ${i} | ${1 + (i % 9)} jaar |`).join('\n')}\n`,
  },
];

/**
 * Item 8: a policy of about `bytes` bytes whose every section is one long sentence naming 60 retention periods (each
 * a fact whose evidence is that sentence), the shape that once made `parse` print 3 000 times its input.
 */
export function generatedPolicy(bytes: number): string {
  const next = sequence(17);
  const durations = ['twee jaar', 'zeven jaar', 'zes maanden', '30 dagen', '1 jaar'];
  const subjects = ['factuurgegevens', 'contactgegevens', 'sollicitatiegegevens', 'camerabeelden', 'accountgegevens', 'klantgegevens'];
  const sections: string[] = [
    '# Privacyverklaring\n',
    'Acme B.V., gevestigd aan de Hoofdstraat 1, 1234 AB Amsterdam, is verantwoordelijk voor de verwerking van persoonsgegevens. Contact: privacy@acme.nl.\n',
  ];
  let length = sections.join('\n').length;
  for (let i = 0; length < bytes; i++) {
    const parts = Array.from({ length: 60 }, () => `${subjects[Math.floor(next() * subjects.length)]} ${durations[Math.floor(next() * durations.length)]}`);
    const filler = Array.from({ length: 20 }, () => PROSE_WORDS[Math.floor(next() * PROSE_WORDS.length)].toLowerCase()).join(' ');
    const section = `## Bewaren ${i}\n\nWij bewaren ${parts.join(', ')} en daarna verwijderen wij ze, ${filler}, op grond van artikel 6 lid 1 sub b AVG omdat dit nodig is voor de uitvoering van de overeenkomst met Google LLC en Mailchimp.\n`;
    sections.push(section);
    length += section.length + 1;
  }
  return sections.join('\n');
}

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { parsePolicyText } from '../src/index.js';
import type { Cookie, PolicyModel, Retention } from '../src/model/types.js';
import { statedPeriods } from '../src/extract/retention.js';
import { evaluateRequirements } from '../src/rules/requirements.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const aware = readFileSync(`${FIXTURES}cloudaware-privacybeleid.md`, 'utf8');
const billing = readFileSync(`${FIXTURES}cloudbilling-privacy-policy.txt`, 'utf8');

async function model(text: string, language: 'nl' | 'en', format: 'markdown' | 'text' = 'markdown'): Promise<PolicyModel> {
  return (await parsePolicyText(text, { format, language })).model;
}

/** A row without its evidence, for exact comparison (a retention row keeps its `bound`). */
const bare = ({ evidence: _evidence, ...rest }: Retention | Cookie) => rest;
const durations = (m: PolicyModel) => m.retention.map((r) => r.duration);

/** The retention rows of one section "# heading\n\nsentence". */
async function retentionOf(language: 'nl' | 'en', sentence: string, heading = language === 'nl' ? 'Hoe lang bewaren wij uw gegevens?' : 'How long we keep your data'): Promise<Retention[]> {
  return (await model(`# ${heading}\n\n${sentence}\n`, language)).retention;
}

describe('retention: seeds', () => {
  it('CloudAware: the vague sentence, then the four list items with their subjects', async () => {
    const m = await model(aware, 'nl');
    assert.deepEqual(m.retention.map(bare), [
      { subject: 'uw persoonsgegevens', duration: null, anchor: null, vague: true },
      { subject: 'Telecom verkeer', duration: 'P1Y', anchor: null, vague: false, bound: 'max' },
      { subject: 'Klant data', duration: 'P7Y', anchor: 'na het beëindigen van het contract', vague: false, bound: 'max' },
      { subject: 'Webserver log bestanden', duration: 'P1Y', anchor: null, vague: false, bound: 'max' },
      { subject: 'Website statistieken', duration: 'P3M', anchor: null, vague: false, bound: 'max' },
    ]);
    const telecom = m.retention[1]!.evidence[0]!;
    assert.equal(telecom.line, 48);
    assert.equal(telecom.text, 'Telecom verkeer: maximaal 1 jaar of langer indien een forensisch verzoek hier om vraagt');
  });

  it('CloudAware: functional and analytics cookies, no names or lifetimes; children from 16', async () => {
    const m = await model(aware, 'nl');
    assert.deepEqual(m.cookies.map(bare), [
      { kind: 'functional', name: null, lifetime: null },
      { kind: 'analytics', name: null, lifetime: null },
    ]);
    assert.equal(m.children?.minimumAge, 16);
    assert.match(m.children!.evidence[0]!.text, /jonger zijn dan 16 jaar/u);
  });

  it('CloudBilling: form data kept "zolang … nodig is" is vague; leads at most 2 years', async () => {
    const m = await model(billing, 'nl', 'text');
    assert.deepEqual(m.retention.map(bare), [
      { subject: null, duration: null, anchor: null, vague: true },
      { subject: 'Gegevens van potentiele klanten, dan wel leads', duration: 'P2Y', anchor: null, vague: false, bound: 'max' },
    ]);
    assert.match(m.retention[1]!.evidence[0]!.text, /^Gegevens van potentiele klanten, dan wel leads, worden tot een maximum van 2 jaar bewaart/u);
  });

  it('CloudBilling: one Google Analytics cookie of fourteen months, no children', async () => {
    const m = await model(billing, 'nl', 'text');
    assert.deepEqual(m.cookies.map(bare), [{ kind: 'analytics', name: 'Google Analytics', lifetime: 'P14M' }]);
    assert.ok(m.cookies[0]!.evidence.some((e) => e.text === 'Het Analytics cookie blijft veertien maanden geldig.'));
    assert.equal(m.children, null);
  });
});

describe('retention: periods and anchors', () => {
  it('reads a period with its start event after it, and stops the event before the verb', async () => {
    assert.deepEqual((await retentionOf('nl', 'Uw gegevens worden tot 2 jaar na uw laatste bestelling bewaard.')).map(bare), [
      { subject: 'Uw gegevens', duration: 'P2Y', anchor: 'na uw laatste bestelling', vague: false, bound: 'max' },
    ]);
    assert.deepEqual((await retentionOf('en', 'We keep your data for 2 years after your last login.')).map(bare), [
      { subject: 'your data', duration: 'P2Y', anchor: 'after your last login', vague: false, bound: null },
    ]);
  });

  it('reads an event stated before the period', async () => {
    const rows = await retentionOf('nl', 'Voor zover uw gegevens op de backend server zijn opgeslagen, worden de gegevens vanaf het moment van uploaden 14 dagen bewaard.');
    assert.deepEqual(rows.map(bare), [{ subject: 'de gegevens', duration: 'P14D', anchor: 'vanaf het moment van uploaden', vague: false, bound: null }]);
  });

  it('gives both ends of "30 dagen tot maximaal 1 jaar"', async () => {
    const rows = await retentionOf('nl', '- **Technische gegevens (website logs):** Deze gegevens worden doorgaans voor een korte periode bewaard (bijvoorbeeld 30 dagen tot maximaal 1 jaar, afhankelijk van het type gegevens).');
    assert.deepEqual(durations({ retention: rows } as PolicyModel), ['P30D', 'P1Y']);
    assert.equal(rows[0]!.subject, 'Technische gegevens (website logs)');
  });

  it('reads a period anywhere once a sentence says it keeps or deletes data', async () => {
    const rows = (await model('# Logs\n\nSecurity log data are deleted within 6 months from the last incident, unless we need it for longer.\n', 'en')).retention;
    assert.deepEqual(rows.map(bare), [{ subject: 'Security log data', duration: 'P6M', anchor: 'from the last incident', vague: false, bound: 'max' }]);
    const github = (await model('# Deletion\n\nBarring legal requirements, we will delete your full profile (within reason) within 90 days of your request.\n', 'en')).retention;
    assert.deepEqual(github.map(bare), [{ subject: 'your full profile', duration: 'P90D', anchor: 'of your request', vague: false, bound: 'max' }]);
  });

  it('reads data kept on file ("in portefeuille houden", "blijven in onze administratie", "hold … on our database")', async () => {
    assert.deepEqual(durations(await model('# Vacatures\n\nWij zullen de verstrekte gegevens in portefeuille houden voor een periode van 1 jaar.\n', 'nl')), ['P1Y']);
    assert.deepEqual(durations(await model('# Leden\n\nJe gegevens blijven 2 jaar in onze administratie.\n', 'nl')), ['P2Y']);
    assert.deepEqual(durations(await model('# Members\n\nWe hold your details on our database for 2 years.\n', 'en')), ['P2Y']);
    // Years of experience are no period of keeping data.
    assert.deepEqual(durations(await model('# Over ons\n\nWij hebben 2 jaar ervaring in ons vak.\n', 'nl')), []);
  });

  it('reads a "Storage:" line and a retention table column', async () => {
    const noyb = await model('**Purpose:** Membership.  \n**Storage:** If you terminate your membership Austrian accounting provisions require 7 years of bookkeeping.\n', 'en');
    assert.deepEqual(durations(noyb), ['P7Y']);
    const table = await model('# Overzicht\n\n| Doel | Bewaartermijn |\n|---|---|\n| Administratie | Gedurende de looptijd van de overeenkomst en tot 2 jaar daarna |\n', 'nl');
    assert.deepEqual(table.retention.map(bare), [
      { subject: 'Administratie', duration: null, anchor: 'Gedurende de looptijd van de overeenkomst', vague: false },
      { subject: 'Administratie', duration: 'P2Y', anchor: 'daarna', vague: false, bound: 'max' },
    ]);
  });

  it('takes the subject before the verb in Dutch inversion and after a comma in English coordination', async () => {
    assert.equal((await retentionOf('nl', 'Sollicitatiegegevens bewaren wij tot 4 weken na afloop van de procedure.'))[0]!.subject, 'Sollicitatiegegevens');
    const rows = await retentionOf('en', 'Server logs are retained for 30 days, and analytics data for 26 months.');
    assert.deepEqual(rows.map((r) => [r.subject, r.duration]), [['Server logs', 'P30D'], ['analytics data', 'P26M']]);
  });
});

describe('retention: bounds, labels and subjects (generalisation)', () => {
  it('says how the text bounds a period: max, min, or null when stated plainly; absent on a row without a period', async () => {
    const rows = await retentionOf('nl', 'Back-ups worden minimaal 14 dagen en maximaal 3 maanden bewaard. Facturen bewaren wij 7 jaar. Nieuwsbriefgegevens bewaren we totdat u zich afmeldt.');
    assert.deepEqual(rows.map((r) => [r.duration, r.bound]), [['P14D', 'min'], ['P3M', 'max'], ['P7Y', null], [null, undefined]]);
    assert.equal('bound' in rows[3]!, false);
    const range = await retentionOf('en', 'Security logs are kept between 90 days and 1 year, up to 2 years for incidents.');
    assert.deepEqual(range.map((r) => [r.duration, r.bound]), [['P90D', null], ['P1Y', 'max'], ['P2Y', 'max']]);
  });

  it('reads a retention verb after a subject that contains a deadline word, not a deadline governed by one', async () => {
    const rows = await retentionOf('en', 'Trial accounts that do not convert are deleted 30 days after the trial ends.');
    assert.deepEqual(rows.map(bare), [{ subject: 'Trial accounts that do not convert', duration: 'P30D', anchor: 'after the trial ends', vague: false, bound: null }]);
    // The retention verb comes after the period: the deadline word still governs it.
    assert.deepEqual(await retentionOf('en', 'Refund requests are answered within 14 days and then deleted.'), []);
    assert.deepEqual(await retentionOf('en', 'We will respond to deletion requests within one month.'), []);
  });

  it('reads a period of logging as one of keeping ("We log your IP address for 30 days"), not logging in or out', async () => {
    const of = async (language: 'nl' | 'en', sentence: string) => durations(await model(`# Server\n\n${sentence}\n`, language));
    assert.deepEqual(await of('en', 'We log your IP address for 30 days.'), ['P30D']);
    assert.deepEqual(await of('en', 'Requests to the API are logged for 7 days.'), ['P7D']);
    assert.deepEqual(await of('nl', 'Wij loggen je IP-adres 14 dagen.'), ['P14D']);
    assert.deepEqual(await of('en', 'We log you out after 30 minutes of inactivity.'), []);
    assert.deepEqual(await of('en', 'You will be logged out after 30 minutes.'), []);
    assert.deepEqual(await of('nl', 'Je moet binnen 30 dagen inloggen.'), []);
  });

  it('takes a label at the start of a later sentence on the same line as that sentence\'s subject', async () => {
    const rows = await retentionOf('en', '- Application logs: 14 days. Security logs: from 90 days up to a maximum of 1 year, depending on the type of event.');
    assert.deepEqual(rows.map((r) => [r.subject, r.duration, r.anchor]), [
      ['Application logs', 'P14D', null],
      ['Security logs', 'P90D', null],
      ['Security logs', 'P1Y', null], // the range's lower end is no start event
    ]);
    // A later sentence without a label of its own keeps the line's label.
    const nl = await retentionOf('nl', '- Klant data: 7 jaar. Daarna worden ze na 3 maanden uit de back-ups verwijderd.');
    assert.deepEqual(nl.map((r) => [r.subject, r.duration]), [['Klant data', 'P7Y'], ['Klant data', 'P3M']]);
  });

  it('reads an anchor over a wrapped line, and stops it at a line that starts anew', async () => {
    const wrapped = 'Hoe lang bewaren wij gegevens?\n\nGegevens van oud-leden bewaren wij twee jaar na het einde van het\nlidmaatschap, zodat openstaande bedragen nog kunnen worden\nafgehandeld. Daarna worden zij vernietigd.\n';
    assert.equal((await model(wrapped, 'nl', 'text')).retention[0]?.anchor, 'na het einde van het lidmaatschap');
    const fresh = 'How long we keep data\n\nContact requests are deleted 2 years after the last contact with our support team\nMarketing data is deleted when you unsubscribe, or earlier.\n';
    assert.equal((await model(fresh, 'en', 'text')).retention[0]?.anchor, 'after the last contact with our support team');
  });

  it('ends a criterion before "and deleted …", which is a row of its own', async () => {
    const rows = await retentionOf('en', 'Customer accounts are kept for the term of the subscription and deleted within 60 days after it ends.');
    assert.deepEqual(rows.map((r) => [r.duration, r.anchor, r.bound]), [[null, 'for the term of the subscription', undefined], ['P60D', 'after it ends', 'max']]);
    const nl = await retentionOf('nl', 'Klantgegevens bewaren wij zolang het contract loopt en worden daarna binnen 60 dagen verwijderd.');
    assert.deepEqual(nl.map((r) => [r.duration, r.anchor]), [[null, 'zolang het contract loopt'], ['P60D', null]]);
  });

  it('trims a filler after an inverted pronoun ("bewaren wij nog"), so the subject is what came first', async () => {
    const rows = await retentionOf('nl', 'Gegevens van oud-leden bewaren wij nog twee jaar na het einde van het lidmaatschap.');
    assert.deepEqual(rows.map(bare), [{ subject: 'Gegevens van oud-leden', duration: 'P2Y', anchor: 'na het einde van het lidmaatschap', vague: false, bound: null }]);
    assert.equal((await retentionOf('nl', 'Wij bewaren uw gegevens nog 2 jaar.'))[0]!.subject, 'uw gegevens');
  });
});

describe('retention: criteria and vague wording', () => {
  it('gives end points without a number as criteria', async () => {
    const cases: [lang: 'nl' | 'en', sentence: string, anchor: string][] = [
      ['nl', 'Wij bewaren uw gegevens zolang u lid bent.', 'zolang u lid bent'],
      ['nl', 'Nieuwsbriefgegevens bewaren we totdat u zich afmeldt.', 'totdat u zich afmeldt'],
      ['en', 'Generally, GitHub retains User Personal Information for as long as your account is active or as needed to provide you services.', 'for as long as your account is active'],
      ['en', 'If you become a member, your information is kept for the duration of your membership and you can change it at any time.', 'for the duration of your membership'],
      ['en', 'For example, we will retain contact details when you subscribe to our newsletter until you choose to unsubscribe.', 'until you choose to unsubscribe'],
      ['en', 'Your data is removed from the mailing list when you cancel your subscription.', 'when you cancel your subscription'],
      ['en', 'We keep your contact details for the time that you are a member.', 'for the time that you are a member'],
    ];
    for (const [lang, sentence, anchor] of cases) {
      const rows = await retentionOf(lang, sentence);
      assert.equal(rows[0]?.anchor, anchor, sentence);
      assert.equal(rows[0]?.duration, null, sentence);
      assert.equal(rows[0]?.vague, false, sentence);
    }
  });

  it('gives vague wording one vague row', async () => {
    for (const [lang, sentence] of [
      ['nl', 'CloudAware bewaart uw persoonsgegevens niet langer dan strikt nodig is om de doelen te realiseren.'],
      ['nl', 'Wij bewaren uw gegevens zo lang als nodig.'],
      ['en', 'We retain the information collected via our website for as long as required to fulfil the purpose for which the data was collected.'],
      ['en', 'We keep your data no longer than necessary.'],
    ] as const) {
      const rows = await retentionOf(lang, sentence);
      assert.deepEqual(rows.map((r) => [r.duration, r.vague]), [[null, true]], sentence);
    }
  });

  it('keeps a number after "niet langer dan" as a period, not vague wording', async () => {
    assert.deepEqual((await retentionOf('nl', 'Wij bewaren uw gegevens niet langer dan 2 jaar.')).map(bare), [
      { subject: 'uw gegevens', duration: 'P2Y', anchor: null, vague: false, bound: 'max' },
    ]);
  });
});

describe('retention: disposal', () => {
  it('"dispose of" is a deletion: its period counts', async () => {
    assert.deepEqual(durations(await model('# Privacy\n\nWe will dispose of your information within one month of you cancelling your membership.\n', 'en')), ['P1M']);
  });
});

describe('retention: what is not retention', () => {
  it('de: "zur Gewährleistung der Sicherheit" (ensuring) leaves the period a retention period; a warranty ("Die Gewährleistung beträgt 2 Jahre") is none', async () => {
    const of = async (text: string) => durations((await parsePolicyText(`# Speicherdauer\n\n${text}\n`, { format: 'markdown', language: 'de' })).model);
    assert.deepEqual(await of('- **Server-Logfiles:** In der Regel für einen kurzen Zeitraum von 7 bis 14 Tagen zur Gewährleistung der Sicherheit, danach erfolgt eine Löschung.'), ['P7D', 'P14D']);
    assert.deepEqual(await of('Die Gewährleistung beträgt 2 Jahre.'), []);
  });

  it('skips a template\'s example in square brackets and a deadline for requests or complaints; keeps other brackets and kept requests', async () => {
    const none = async (lang: 'en' | 'de' | 'fr' | 'nl', text: string) => durations((await parsePolicyText(`# Retention\n\n${text}\n`, { format: 'markdown', language: lang })).model);
    assert.deepEqual(await none('en', '- Support messages: [e.g., 12 months after last correspondence]\n- Security logs: [e.g., 30–90 days]'), []);
    assert.deepEqual(await none('de', 'Bewerbungen: [z. B. 6 Monate nach Abschluss des Verfahrens]'), []);
    assert.deepEqual(await none('fr', 'Messages : [par exemple 12 mois après le dernier échange]'), []);
    assert.deepEqual(await none('nl', 'Sollicitaties: [bijv. 4 weken na afloop van de procedure]'), []);
    assert.deepEqual(await none('en', 'We will respond to access, deletion, correction and portability requests within 45 days.'), []);
    assert.deepEqual(await none('en', 'We will acknowledge your complaint within thirty days. Complaint files are kept for 3 years.'), ['P3Y']);
    assert.deepEqual(await none('en', 'Logs are kept for 30 days [see section 4] and invoices for 7 years [as required by law].'), ['P30D', 'P7Y']);
    assert.deepEqual(await none('en', 'Records of your requests are kept for 2 years.'), ['P2Y']);
  });

  it('skips a review cycle ("every two years") in every language, and keeps a period the same verb only follows', async () => {
    for (const [lang, text] of [
      ['en', 'We review our retention periods every 2 years.'],
      ['de', 'Wir überprüfen die Erforderlichkeit alle zwei Jahre.'],
      ['de', 'Die Erforderlichkeit überprüfen wir jeweils alle zwei Jahre.'],
      ['fr', 'Nous réexaminons la nécessité de conserver vos données tous les deux ans.'],
      ['nl', 'Wij herzien deze bewaartermijnen elke twee jaar.'],
    ] as const) {
      const m = (await parsePolicyText(`# Retention\n\n${text}\n`, { format: 'markdown', language: lang })).model;
      assert.deepEqual(durations(m), [], text);
    }
    for (const [lang, text, want] of [
      ['en', 'Product reviews are stored for 5 years.', 'P5Y'],
      ['en', 'We keep logs for 30 days, after which they are reviewed and deleted.', 'P30D'],
      ['de', 'Die Daten werden zwei Jahre gespeichert und danach überprüft.', 'P2Y'],
    ] as const) {
      const m = (await parsePolicyText(`# Retention\n\n${text}\n`, { format: 'markdown', language: lang })).model;
      assert.deepEqual(durations(m), [want], text);
    }
  });

  it('skips reply deadlines, notice periods and contract terms, even under a retention heading', async () => {
    for (const [lang, sentence] of [
      ['nl', 'We reageren zo snel mogelijk, maar binnen vier weken, op uw verzoek.'],
      ['nl', 'We reageren binnen 4 weken op uw verzoek tot verwijdering.'],
      ['nl', 'De overeenkomst heeft een looptijd van 12 maanden.'],
      ['en', 'We will respond to deletion requests within one month.'],
      ['en', 'We will respond promptly — within 45 days at the latest.'],
      ['en', 'We will notify you at least 30 days prior to the change taking effect.'],
    ] as const) {
      assert.deepEqual(await retentionOf(lang, sentence), [], sentence);
    }
  });

  it('a request to erase "bij ons" with its handling deadline is no retention; "bewaard tot uw vraag is afgehandeld, met een maximum van 2 jaar" is', async () => {
    const request = 'Wanneer u een verzoek tot inzage, correctie, wijzigen en/of verwijderen bij ons indient, zorgen wij ervoor dat uw verzoek binnen 4 weken is afgehandeld.';
    const m = await model(`# Uw rechten\n\n${request}\n`, 'nl');
    assert.deepEqual(m.retention, []);
    assert.deepEqual(m.addressed.filter((a) => a.requirement === 'retention'), []);
    const kept = await retentionOf('nl', 'Gegevens worden bewaard tot uw vraag is afgehandeld, met een maximum van 2 jaar.');
    assert.deepEqual(kept.map((r) => r.duration), [null, 'P2Y']);
    const ended = await model('# Privacy\n\nUw gegevens worden verwijderd bij beëindiging van het lidmaatschap.\n', 'nl');
    assert.equal(ended.addressed.filter((a) => a.requirement === 'retention').length, 1);
  });

  it('skips ages, look-back windows and periods already stated', async () => {
    assert.deepEqual(await retentionOf('nl', 'Wij verwijderen gegevens van bezoekers die jonger zijn dan 16 jaar.'), []);
    assert.deepEqual(await retentionOf('en', 'We delete accounts of children under the age of 13.'), []);
    const rows = await retentionOf('nl', 'De gegevens worden 14 dagen bewaard. Na deze 14 dagen worden de gegevens verwijderd.');
    assert.deepEqual(durations({ retention: rows } as PolicyModel), ['P14D']);
    assert.deepEqual(statedPeriods('de TEKs die de afgelopen 14 dagen zijn aangemaakt', 'nl'), []);
  });

  it('reads nothing in a sentence without a retention word outside a retention section', async () => {
    const m = await model('# Over ons\n\nWij bestaan al 25 jaar en hebben 12 medewerkers.\n', 'nl');
    assert.deepEqual(m.retention, []);
  });

  it('leaves cookie lifetimes to the cookies, so each period lands once', async () => {
    const m = await model('# Hoe lang bewaren wij uw gegevens?\n\nWij bewaren facturen 7 jaar. Het Analytics cookie blijft 14 maanden bewaard.\n', 'nl');
    assert.deepEqual(durations(m), ['P7Y']);
    assert.deepEqual(m.cookies.map((c) => c.lifetime), ['P14M']);
  });
});

describe('cookies', () => {
  it('reads kinds listed before one noun, compounds and denials', async () => {
    const m = await model('# Cookies\n\nOperationAIR gebruikt functionele, analytische en tracking cookies.\n', 'nl');
    assert.deepEqual(m.cookies.map((c) => c.kind), ['functional', 'analytics', 'marketing']);
    const compound = await model('# Cookies\n\nWij plaatsen marketingcookies alleen met uw toestemming.\n', 'nl');
    assert.deepEqual(compound.cookies.map((c) => c.kind), ['marketing']);
    const denied = await model('# Cookies\n\nWe do not use advertising cookies, only strictly necessary cookies.\n', 'en');
    assert.deepEqual(denied.cookies.map(bare), [{ kind: 'functional', name: null, lifetime: null }]);
    for (const none of ['SandersVerjaardag gebruikt geen cookies of vergelijkbare technieken.', 'Wij gebruiken geen tracking cookies.']) {
      assert.deepEqual((await model(`# Cookies\n\n${none}\n`, 'nl')).cookies, [], none);
    }
  });

  it('gives one row per named cookie with its lifetime, the kind from the heading or the name', async () => {
    const text = [
      '## Cookies',
      '',
      'Onze website gebruikt **Google Analytics cookies** om websitegebruik te analyseren.',
      '',
      '**Analytische cookies (Google Analytics):**',
      '- `_ga` - Gebruikt om gebruikers te onderscheiden (verloopt na 2 jaar)',
      '- `_gid` - Gebruikt om gebruikers te onderscheiden (verloopt na 24 uur)',
      '',
    ].join('\n');
    const m = await model(text, 'nl');
    assert.deepEqual(m.cookies.map(bare), [
      { kind: 'analytics', name: 'Google Analytics', lifetime: null },
      { kind: 'analytics', name: '_ga', lifetime: 'P2Y' },
      { kind: 'analytics', name: '_gid', lifetime: 'PT24H' },
    ]);
    assert.deepEqual(m.retention, []);
  });

  it('reads a cookie table: one row per cookie, "Sessie" as a session lifetime', async () => {
    const text = '# Cookies\n\n| Naam | Doel | Bewaartermijn |\n|---|---|---|\n| _ga | Google Analytics | 2 jaar |\n| PHPSESSID | inloggen | Sessie |\n';
    const m = await model(text, 'nl');
    assert.deepEqual(m.cookies.map(bare), [
      { kind: 'analytics', name: '_ga', lifetime: 'P2Y' },
      { kind: 'functional', name: 'PHPSESSID', lifetime: 'session' },
    ]);
    assert.deepEqual(m.retention, []);
  });

  it('reads a quoted cookie name and a session lifetime, and the pronoun sentence after it', async () => {
    const m = await model('**Cookies:** We use a session cookie (named “session”), to process your application. It is deleted when you close your browser.\n', 'en');
    assert.deepEqual(m.cookies.map(bare), [{ kind: 'unspecified', name: 'session', lifetime: 'session' }]);
    assert.deepEqual(m.retention, []);
  });

  it('reads lines of a cookie list introduced by a cookie lead-in: name, kind word, lifetime; the tool after a name is its provider', async () => {
    const text = [
      'Cookies on example.com:',
      '',
      '  rw_session          strictly necessary   session',
      '  rw_remember         strictly necessary   30 days',
      '  _hjSessionUser_*    Hotjar (consent)     1 year',
      '',
      'Invoices are kept for 7 years.',
      '',
    ].join('\n');
    const m = await model(text, 'en', 'text');
    assert.deepEqual(m.cookies.map(bare), [
      { kind: 'functional', name: 'rw_session', lifetime: null },
      { kind: 'functional', name: 'rw_remember', lifetime: 'P30D' },
      { kind: 'analytics', name: '_hjSessionUser_*', lifetime: 'P1Y' },
      { kind: 'analytics', name: 'Hotjar', lifetime: null },
    ]);
    // The paragraph after the list has no lead-in: it is retention again.
    assert.deepEqual(durations(m), ['P7Y']);
    // A lead-in without a colon introduces nothing.
    const plain = await model('# Privacy\n\nWe use cookies.\n\nInvoices are kept for 7 years.\n', 'en');
    assert.deepEqual(durations(plain), ['P7Y']);
    // A tool named before the cookie is still no provider row with the lifetime: the cookie keeps it.
    const before = await model('# Privacy\n\nGoogle Analytics sets the cookie `_ga`, which expires after 2 years.\n', 'en');
    assert.deepEqual(before.cookies.map(bare), [
      { kind: 'analytics', name: 'Google Analytics', lifetime: null },
      { kind: 'analytics', name: '_ga', lifetime: 'P2Y' },
    ]);
  });

  it('gives one unspecified row for a bare "we use cookies", none for a link or a denial', async () => {
    const used = await model('# Cookies\n\nWe also use cookies to store long-lived authorization data.\n', 'en');
    assert.deepEqual(used.cookies.map(bare), [{ kind: 'unspecified', name: null, lifetime: null }]);
    const denied = await model('**Cookies:** We do not use cookies on noyb.eu.\n', 'en');
    assert.deepEqual(denied.cookies, []);
  });
});

describe('children', () => {
  it('reads the age from several wordings', async () => {
    for (const [lang, sentence, age] of [
      ['nl', 'Onze website heeft niet de intentie gegevens te verzamelen over websitebezoekers die jonger zijn dan 16 jaar.', 16],
      ['nl', 'Onze diensten zijn niet bedoeld voor personen onder de 18 jaar.', 18],
      ['en', 'If you are a child under the age of 13, you may not have an Account on GitHub.', 13],
      ['en', 'With parental permission, a child under age 13 might have a Family Account.', 13],
      ['en', 'If you are under sixteen, you need consent from a parent or guardian.', 16],
    ] as const) {
      assert.equal((await model(`# Privacy\n\n${sentence}\n`, lang)).children?.minimumAge, age, sentence);
    }
  });

  it('addresses minors without an age', async () => {
    const m = await model('# Minderjarigen\n\nIndien u zich als minderjarige wenst te registreren dient u hiertoe expliciete toestemming van uw ouder of voogd te overleggen.\n', 'nl');
    assert.equal(m.children?.minimumAge, null);
    assert.equal(m.children?.evidence.length, 1);
  });

  it('is null when children are not addressed, or only in passing', async () => {
    assert.equal((await model('# Bewaren\n\nWij bewaren uw gegevens 7 jaar.\n', 'nl')).children, null);
    assert.equal((await model('# Changes\n\nMost changes are likely to be minor. We scan content for child exploitation imagery.\n', 'en')).children, null);
  });
});

// ---------------------------------------------------------------- ret11: the requirement in all four languages

/** The retention requirement's status for one sentence, in any language, with no heading to help. */
async function retentionStatus(language: 'nl' | 'en' | 'de' | 'fr', text: string): Promise<string> {
  const { model: m, document } = await parsePolicyText(text, { format: 'markdown', language });
  return evaluateRequirements(m, document).find((r) => r.id === 'retention')!.status;
}

/** Each `met` sentence gives the retention element (`met`); each `missing` one does not (`missing`). */
async function retentionBattery(language: 'nl' | 'en' | 'de' | 'fr', met: string[], missing: string[]): Promise<void> {
  for (const text of met) assert.equal(await retentionStatus(language, text), 'met', `should give retention: ${text}`);
  for (const text of missing) assert.equal(await retentionStatus(language, text), 'missing', `should not give retention: ${text}`);
}

describe('retention requirement (ret11)', () => {
  it('en: "this (privacy) notice" is the document, not a notice period; "preserve"; "while your relationship … remains active"', async () => {
    await retentionBattery('en', [
      'No purpose in this notice will require us keeping your personal information for longer than 1 year.',
      'As explained in our privacy notice, we keep invoices for 7 years.',
      'We are legally required to preserve the invoices for at least 5 years after the conference.',
      'Your personal data will be retained while your relationship with us remains active.',
    ], [
      'We will give you 30 days notice before we delete your account.',
      'We will give you at least 30 days notice of any change to how long we keep your data.',
      'We preserve the confidentiality of your data for 5 years.',
      'We preserve your right to object for 3 months.',
    ]);
  });

  it('de: "bis zur vollständigen Bearbeitung"; "so lange, wie sie … erforderlich sind" is vague; not the withdrawal clause', async () => {
    await retentionBattery('de', [
      'Wir speichern Ihren Namen und Ihre E-Mail-Adresse bis zur vollständigen Bearbeitung Ihrer Anfrage.',
      'Ihre Daten werden bis zur Beantwortung Ihrer Anfrage gespeichert.',
      'Wir speichern Ihre Daten so lange, wie Sie Mitglied sind.',
    ], [
      'Anfragedaten werden grundsätzlich nur so lange gespeichert, wie sie für Bearbeitung, Nachbetreuung und rechtliche Nachweise erforderlich sind.',
      'Die Daten werden so lange gespeichert, wie diese für die Vertragsabwicklung notwendig sind.',
      'Durch den Widerruf der Einwilligung wird die Rechtmäßigkeit der aufgrund der Einwilligung bis zum Widerruf erfolgten Verarbeitung nicht berührt.',
      'Die Rechtmäßigkeit der bis zum Widerruf erfolgten Speicherung bleibt vom Widerruf unberührt.',
    ]);
  });

  it('nl, fr: what a browser can be set to do is no retention statement; cookies deleted when the browser closes are', async () => {
    await retentionBattery('nl', [
      'Deze cookies worden verwijderd bij het afsluiten van uw browser.',
    ], [
      'U kunt uw browser (ook op uw smartphone) zo instellen dat er geen cookies worden opgeslagen, u elke cookie kan toestaan of weigeren of dat alle cookies verwijderd worden bij het afsluiten van uw browser.',
      'Je kunt je browser zo instellen dat cookies worden verwijderd zodra je de browser sluit.',
    ]);
    await retentionBattery('fr', [
      'Les données sont supprimées lorsque vous fermez votre compte.',
    ], [
      'Vous pouvez configurer votre navigateur pour que les cookies soient supprimés lorsque vous le fermez.',
      'Vous pouvez paramétrer votre navigateur afin que les cookies soient effacés dès la fermeture de la session.',
    ]);
  });
});

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { parsePolicyFile, parsePolicyText } from '../src/index.js';
import type { AutomatedDecisionMaking, Right, RightId } from '../src/model/types.js';
import { evaluateRequirements } from '../src/rules/requirements.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

async function rightsOf(text: string, language: 'nl' | 'en' | 'de' | 'fr'): Promise<Right[]> {
  return (await parsePolicyText(text, { format: 'markdown', language })).model.rights;
}

async function idsOf(text: string, language: 'nl' | 'en' | 'de' | 'fr'): Promise<RightId[]> {
  return (await rightsOf(text, language)).map((r) => r.id).sort();
}

async function admOf(text: string, language: 'nl' | 'en'): Promise<AutomatedDecisionMaking | null> {
  return (await parsePolicyText(text, { format: 'markdown', language })).model.automatedDecisionMaking;
}

async function htmlIdsOf(html: string, language: 'nl' | 'en'): Promise<RightId[]> {
  return (await parsePolicyText(html, { format: 'html', language })).model.rights.map((r) => r.id).sort();
}

/** The sentences that meet the statutory/contractual requirement (Art. 13(2)(e)). */
async function statutoryOf(text: string, language: 'nl' | 'en'): Promise<string[]> {
  const { model, document } = await parsePolicyText(text, { format: 'markdown', language });
  const result = evaluateRequirements(model, document).find((r) => r.id === 'statutory_contractual_requirement')!;
  return result.status === 'met' ? result.evidence.map((e) => e.text) : [];
}

describe('rights: seeds', () => {
  it('CloudAware: six rights, no restriction, no complaint; automated decisions not used', async () => {
    const { model } = await parsePolicyFile(join(FIXTURES, 'cloudaware-privacybeleid.md'));
    assert.deepEqual(
      model.rights.map((r) => r.id).sort(),
      ['access', 'erasure', 'objection', 'portability', 'rectification', 'withdraw_consent'],
    );
    assert.equal(model.automatedDecisionMaking?.used, false);
    assert.match(model.automatedDecisionMaking!.evidence[0].text, /maakt geen gebruik van geautomatiseerde verwerkingen/u);
    // Deleting cookies in the browser is not the right to erasure.
    const erasure = model.rights.find((r) => r.id === 'erasure')!;
    assert.ok(erasure.evidence.every((e) => !/browser/u.test(e.text)));
  });

  it('CloudBilling: access, rectification, erasure and "kosteloos verzet"; no withdrawal by an unsubscribe link', async () => {
    const { model } = await parsePolicyFile(join(FIXTURES, 'cloudbilling-privacy-policy.txt'));
    assert.deepEqual(model.rights.map((r) => r.id).sort(), ['access', 'erasure', 'objection', 'rectification']);
    const objection = model.rights.find((r) => r.id === 'objection')!;
    assert.equal(objection.evidence[0].text, 'De betrokkene kan te allen tijde kosteloos verzet aantekenen.');
    assert.equal(model.automatedDecisionMaking, null);
  });
});

describe('rights: Dutch', () => {
  it('reads a list of rights after one grant, with evidence in document order', async () => {
    const text =
      'U heeft het recht om uw persoonsgegevens in te zien, te corrigeren of te verwijderen.\n\n' +
      'U kunt een verzoek tot inzage, correctie, verwijdering, gegevensoverdraging van uw persoonsgegevens of verzoek tot intrekking van uw toestemming of bezwaar op de verwerking van uw persoonsgegevens sturen naar privacy@example.nl.';
    const rights = await rightsOf(text, 'nl');
    assert.deepEqual(
      rights.map((r) => r.id),
      ['access', 'rectification', 'erasure', 'objection', 'portability', 'withdraw_consent'],
    );
    const access = rights.find((r) => r.id === 'access')!;
    assert.equal(access.evidence.length, 2);
    assert.equal(access.evidence[0].line, 1);
    assert.equal(access.evidence[1].line, 3);
  });

  it('knows the old Wbp wording: verzet aantekenen (objection) and afschermen (restriction)', async () => {
    assert.deepEqual(await idsOf('De betrokkene kan te allen tijde kosteloos verzet aantekenen.', 'nl'), ['objection']);
    assert.deepEqual(
      await idsOf('U hebt het recht de vereniging te verzoeken om uw gegevens te laten aanvullen, verwijderen of af te schermen.', 'nl'),
      ['erasure', 'rectification', 'restriction'],
    );
  });

  it('reads nominal rights and headings with text under them', async () => {
    assert.deepEqual(await idsOf('## Recht op dataportabiliteit\n\nJe kunt een kopie van je gegevens opvragen in een gestructureerd, gangbaar formaat.', 'nl'), [
      'access',
      'portability',
    ]);
    assert.deepEqual(await idsOf('## Recht op inzage', 'nl'), [], 'a heading with nothing under it');
  });

  it('counts withdrawal of consent, also when only implied', async () => {
    assert.deepEqual(await idsOf('U kunt uw toestemming altijd intrekken.', 'nl'), ['withdraw_consent']);
    assert.deepEqual(await idsOf('| E-mailadres | Toestemming | Zolang als de toestemming niet is ingetrokken. |\n|---|---|---|', 'nl'), [
      'withdraw_consent',
    ]);
  });

  it('counts a complaint to the supervisory authority, not one to the organisation', async () => {
    assert.deepEqual(await idsOf('U heeft het recht om een klacht in te dienen bij de Autoriteit Persoonsgegevens.', 'nl'), ['complaint']);
    assert.deepEqual(
      await idsOf('U kunt een klacht indienen bij de nationale toezichthouder, de Autoriteit Persoonsgegevens.', 'nl'),
      ['complaint'],
    );
    assert.deepEqual(await idsOf('Natuurlijk helpen wij u ook graag verder als u een klacht heeft over de verwerking van uw persoonsgegevens.', 'nl'), []);
    // A supervisor named by kind: "a national or local regulatory agency", "a supervisory body"; not a service desk.
    assert.deepEqual(await idsOf('You also have a right to file a complaint with a national or local regulatory agency.', 'en'), ['complaint']);
    assert.deepEqual(await idsOf('You have the right to complain to a supervisory body.', 'en'), ['complaint']);
    assert.deepEqual(await idsOf('You can complain to our customer service body.', 'en'), []);
  });

  it('counts a request named even where it cannot be honoured', async () => {
    const text =
      'In deze fase kan dus bijvoorbeeld niet worden voldaan aan een verzoek tot wijziging of verwijdering van gegevens.';
    assert.deepEqual(await idsOf(text, 'nl'), ['erasure', 'rectification']);
  });

  it('near misses: browser cookies, unsubscribing, the organisation deleting, reservations, negations, links', async () => {
    const misses = [
      'Daarnaast kunt u ook alle informatie die eerder is opgeslagen via de instellingen van uw browser verwijderen.',
      'Je kunt cookies op elk moment weigeren of verwijderen via je browserinstellingen.',
      'Mocht u bezwaar hebben tegen het gebruik van cookies, dan bestaat de mogelijkheid deze cookies te blokkeren in uw internetbrowser.',
      'Uw e-mailadres wordt alleen met uw toestemming toegevoegd aan de lijst van abonnees. Iedere nieuwsbrief bevat een link waarmee u zich kunt afmelden.',
      'Heeft u bezwaar tegen het ontvangen van onze nieuwsbrief, dan kunt u zich afmelden via de link.',
      'Na deze periode worden je gegevens veilig verwijderd. Wij verwijderen uw gegevens na twee jaar.',
      'Als u denkt dat wij gegevens over een minderjarige hebben, neem dan contact met ons op, dan verwijderen wij deze informatie.',
      'Stichting HackNature behoudt zich het recht voor om wijzigingen aan te brengen in deze Privacyverklaring.',
      'Vanwege de onmogelijkheid om de gebruiker te identificeren zijn de rechten uit de artikelen 15 tot en met 20 van de AVG niet van toepassing.',
      'U kunt uw gegevens niet verwijderen.',
      'U heeft geen recht op inzage.',
      '[Recht op inzage](https://example.nl/rechten)',
      'Om er zeker van te zijn dat u het bent, vragen wij u een kopie van uw identiteitsbewijs mee te sturen.',
      'U kunt toegang krijgen tot onze website zonder gegevens te verstrekken.',
    ];
    for (const text of misses) assert.deepEqual(await idsOf(text, 'nl'), [], text);
  });
});

describe('rights: English', () => {
  it('reads a list after "You can ask us:"', async () => {
    const text =
      'Subject to local law, you may have certain rights regarding information that we have collected. You can ask us:\n\n' +
      '- to access your personal data;\n- that information we hold about you be updated or rectified;\n- to erase your personal information;\n' +
      '- to provide you or a third party with a copy of certain personal data about you (referred to as the right of “data portability”); and\n' +
      '- to restrict our use of your personal information.';
    assert.deepEqual(await idsOf(text, 'en'), ['access', 'erasure', 'portability', 'rectification', 'restriction']);
  });

  it('reads one sentence naming all eight rights', async () => {
    const text =
      'You have the right to access, to rectify, to erasure, to object, to restrict processing, to data portability, to withdraw your consent and to launch a complaint with your local data protection authority.';
    assert.deepEqual(await idsOf(text, 'en'), [
      'access',
      'complaint',
      'erasure',
      'objection',
      'portability',
      'rectification',
      'restriction',
      'withdraw_consent',
    ]);
  });

  it('reads rights given as things the person can do', async () => {
    assert.deepEqual(await idsOf('You can edit your Yahoo Account Information at any time.', 'en'), ['rectification']);
    assert.deepEqual(await idsOf('You can delete your Yahoo account by visiting our Account Deletion page.', 'en'), ['erasure']);
    assert.deepEqual(
      await idsOf("You may submit a request via email to request an archive of the information we've collected about you.", 'en'),
      ['access'],
    );
    assert.deepEqual(await idsOf('Where we rely on your consent, you can withdraw it at any time.', 'en'), ['withdraw_consent']);
    assert.deepEqual(await idsOf('You have the right to lodge a complaint with a supervisory authority.', 'en'), ['complaint']);
  });

  it('near misses: no rights at all, opting out, complaints to us, someone else acting, duties, links', async () => {
    const misses = [
      'As we do not collect personal information at this time, you do not need to worry about exercising any rights related to your personal data.',
      'You can unsubscribe or opt-out of receiving marketing communications from us by unsubscribing to our newsletters.',
      'If you have questions, suggestions, or wish to make a complaint, please complete a feedback form.',
      'You can see a list of the service providers that access your information.',
      'You are not able to delete this information.',
      'We reserve the right to update this privacy policy.',
      'Legacy users may need to update their email address settings.',
      'Your personal data is consequently deleted within 24 hours.',
      'You can delete cookies in your browser settings.',
      '[See your rights](https://example.com/rights)',
      'We may share files with law enforcement authorities.',
      'You can access our website without providing any information.',
    ];
    for (const text of misses) assert.deepEqual(await idsOf(text, 'en'), [], text);
  });
});

describe('rights: lists, tables and terms', () => {
  it('continues a grant that ends where its list begins, also without a colon', async () => {
    assert.deepEqual(await idsOf('You have the right\n\n- to erasure (Art. 17 GDPR),\n- to restriction of processing (Art. 18 GDPR),', 'en'), [
      'erasure',
      'restriction',
    ]);
    assert.deepEqual(await idsOf('U heeft het recht op\n\n- inzage;\n- wissing;\n- beperking van de verwerking.', 'nl'), ['access', 'erasure', 'restriction']);
    // Near miss: an introduction that grants nothing.
    assert.deepEqual(await idsOf('Wij bewaren de volgende stukken\n\n- inzage door de arts\n- verwijderde berichten', 'nl'), []);
  });

  it('reads the rights named by the entries of a rights section: list items, table rows, terms', async () => {
    assert.deepEqual(await idsOf('## Your rights\n\n- Access\n- Rectification\n- Erasure\n- Objection', 'en'), ['access', 'erasure', 'objection', 'rectification']);
    const table =
      '## Uw rechten\n\n| Recht | Wat het inhoudt |\n|---|---|\n| Inzage | U ziet welke gegevens wij van u hebben |\n' +
      '| Correctie | Onjuiste gegevens passen wij aan |\n| Verwijdering | Wij wissen uw gegevens op verzoek |';
    assert.deepEqual(await idsOf(table, 'nl'), ['access', 'erasure', 'rectification']);
    const dl =
      '<h2>Your rights</h2><dl><dt>Access</dt><dd>Ask for a copy of the data we hold about you.</dd>' +
      '<dt>Restriction</dt><dd>We pause processing while a complaint is looked into.</dd></dl>';
    assert.deepEqual(await htmlIdsOf(dl, 'en'), ['access', 'restriction']);
  });

  it('near misses: entries outside a rights section, about cookies, or too long to be a label', async () => {
    assert.deepEqual(await idsOf('## Bewaartermijnen\n\n| Gegevens | Termijn |\n|---|---|\n| Verwijdering van accounts | 30 dagen |', 'nl'), []);
    assert.deepEqual(await idsOf('## Your rights\n\n- Deleting cookies in your browser', 'en'), []);
    assert.deepEqual(await htmlIdsOf('<h2>Uw rechten</h2><dl><dt>Cookies verwijderen</dt><dd>Dat kan in uw browser.</dd></dl>', 'nl'), []);
    assert.deepEqual(await idsOf('## Your rights\n\n- We review the deletion schedule of our backup systems every year', 'en'), []);
  });
});

describe('rights: more wordings', () => {
  it('reads the person named in the third person, not staff', async () => {
    assert.deepEqual(await idsOf('Ieder lid kan bij de secretaris zijn eigen gegevens inzien.', 'nl'), ['access']);
    assert.deepEqual(await idsOf('Ouders mogen de gegevens van hun kind inzien.', 'nl'), ['access']);
    assert.deepEqual(await idsOf('Members can ask the secretary to see their data.', 'en'), ['access']);
    assert.deepEqual(await idsOf('Alleen medewerkers van de administratie kunnen uw gegevens inzien.', 'nl'), []);
    assert.deepEqual(await idsOf('Only our support staff can access your account data.', 'en'), []);
  });

  it('reads "see the information we hold" and "in te kijken" as access', async () => {
    assert.deepEqual(await idsOf('You may ask to see the personal information we hold about you.', 'en'), ['access']);
    assert.deepEqual(await idsOf('Je hebt het recht om je gegevens in te kijken.', 'nl'), ['access']);
    assert.deepEqual(await idsOf('You can see the information we collect in the table below.', 'en'), []);
  });

  it('lets a negation describe the data without negating the right', async () => {
    assert.deepEqual(await idsOf('Je mag gegevens die niet kloppen laten aanpassen.', 'nl'), ['rectification']);
    assert.deepEqual(await idsOf('You can ask us to correct data that is not accurate.', 'en'), ['rectification']);
    assert.deepEqual(await idsOf('You can have information that is no longer correct updated.', 'en'), ['rectification']);
    // Near miss: the act itself negated.
    assert.deepEqual(await idsOf('U kunt gegevens die niet kloppen niet zelf aanpassen.', 'nl'), []);
  });

  it('counts an objection to direct marketing named so, not unsubscribing', async () => {
    assert.deepEqual(await idsOf('Daarnaast kunt u bezwaar maken tegen het gebruik van uw gegevens voor onze nieuwsbrief.', 'nl'), ['objection']);
    assert.deepEqual(await idsOf('You can object to receiving our newsletter at any time.', 'en'), ['objection']);
    assert.deepEqual(await idsOf('U kunt bezwaar maken tegen de nieuwsbrief door u af te melden.', 'nl'), []);
  });

  it('reads a complaint to an authority named in full, and no complaint where the authority is only a source', async () => {
    assert.deepEqual(
      await idsOf('You also have the right to lodge a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).', 'en'),
      ['complaint'],
    );
    assert.deepEqual(await idsOf('Komt u er samen niet uit, dan kunt u een klacht indienen bij het College bescherming persoonsgegevens.', 'nl'), [
      'complaint',
    ]);
    assert.deepEqual(
      await idsOf('For more information about your privacy rights, please visit the website of the Autoriteit Persoonsgegevens.', 'en'),
      [],
    );
  });

  it('near miss: a copy of contract clauses is not access', async () => {
    assert.deepEqual(await idsOf('You can request a copy of the relevant clauses from privacy@example.com.', 'en'), []);
    assert.deepEqual(await idsOf('U kunt een kopie van de standaardcontractbepalingen opvragen.', 'nl'), []);
  });
});

describe('automated decision-making', () => {
  it('reads denials, in Dutch and English, before or after the term', async () => {
    for (const [text, lang] of [
      ['CloudAware maakt geen gebruik van geautomatiseerde verwerkingen welke besluiten over zaken die (aanzienlijke) gevolgen kunnen hebben voor personen.', 'nl'],
      ['Van geautomatiseerde besluitvorming maken wij geen gebruik.', 'nl'],
      ['Wij maken geen gebruik van profilering.', 'nl'],
      ['We do not use automated decision-making.', 'en'],
      ['Automated decision-making is not used.', 'en'],
      ['We do not make decisions based solely on automated processing that produce legal effects.', 'en'],
    ] as const) {
      const adm = await admOf(text, lang);
      assert.equal(adm?.used, false, text);
      assert.equal(adm?.evidence.length, 1);
    }
  });

  it('reads statements that decisions are made', async () => {
    const github = await admOf('These recommendations are automated decisions, but they have no legal impact on your rights.', 'en');
    assert.equal(github?.used, true);
    const template = await admOf(
      'SandersVerjaardag neemt #responsibility op basis van geautomatiseerde verwerkingen besluiten over zaken die (aanzienlijke) gevolgen kunnen hebben voor personen.',
      'nl',
    );
    assert.equal(template?.used, true);
  });

  it('is null for headings, definitions, the Art. 22 right, conditions and marketing profiling', async () => {
    const nothing: [string, 'nl' | 'en'][] = [
      ['## Geautomatiseerde besluitvorming\n\n## Cookies\n\nWij gebruiken cookies.', 'nl'],
      ['Onder geautomatiseerde besluitvorming verstaan we besluiten die worden genomen zonder menselijke tussenkomst.', 'nl'],
      ['U heeft het recht om niet onderworpen te worden aan een besluit dat uitsluitend gebaseerd is op geautomatiseerde verwerking.', 'nl'],
      ['Indien wij in de toekomst gebruik maken van geautomatiseerde besluitvorming, zullen wij u informeren.', 'nl'],
      ['Wij gebruiken profilering om u gepersonaliseerde advertenties te tonen.', 'nl'],
      ['Yahoo displays targeted advertisements based on personal information and uses profiling for ads.', 'en'],
      ['You have the right not to be subject to a decision based solely on automated processing, including profiling.', 'en'],
    ];
    for (const [text, lang] of nothing) assert.equal(await admOf(text, lang), null, text);
  });

  it('takes the denial when a sentence names the right and then denies use', async () => {
    const text =
      '- **Recht om niet te worden onderworpen aan geautomatiseerde besluitvorming, waaronder profilering (artikel 22 AVG):** MaasISO maakt in principe geen gebruik van geautomatiseerde besluitvorming die rechtsgevolgen voor u heeft.';
    assert.equal((await admOf(text, 'nl'))?.used, false);
  });

  it('reads decisions taken without a person; the main clause decides what a sentence says', async () => {
    const en = await admOf('Roosterwijs does not take decisions about employees without human involvement.', 'en');
    assert.equal(en?.used, false);
    const nl = await admOf(
      'Wij maken geen gebruik van geautomatiseerde besluitvorming of profilering waarbij een computerprogramma zonder tussenkomst van een medewerker besluiten over u neemt.',
      'nl',
    );
    assert.equal(nl?.used, false);
  });

  it('reads automatic processing described in a section about automated decisions', async () => {
    const text =
      '## Automated decisions\n\nStripe scores each transaction automatically. If the score is very high, the payment is declined without anyone looking at it.';
    assert.equal((await admOf(text, 'en'))?.used, true);
    // Near misses: the same outside such a section, and an explanation of what the term means.
    assert.equal(await admOf('## Payments\n\nStripe scores each transaction automatically.', 'en'), null);
    const explained =
      "## Geautomatiseerde besluitvorming\n\nHet gaat hier om besluiten die worden genomen door computerprogramma's, zonder dat daar een mens tussen zit.";
    assert.equal(await admOf(explained, 'nl'), null);
  });

  it('reads a policy in its own language only: German words in a German policy, not English ones', async () => {
    const { model } = await parsePolicyText('Sie haben das Recht auf Auskunft. We do not use automated decision-making.', { format: 'markdown', language: 'de' });
    assert.deepEqual(model.rights.map((r) => r.id), ['access']);
    assert.equal(model.automatedDecisionMaking, null);
  });
});

describe('statutory/contractual requirement', () => {
  it('reads what follows without a piece of data, a duty put on the person, and voluntariness', async () => {
    const met: [string, 'nl' | 'en'][] = [
      ["Some information is needed so we can fulfil your order: without a delivery address we can't post your coffee.", 'en'],
      ['To create an account you must provide your name and an email address.', 'en'],
      ['Providing personal data to us is not a legal requirement.', 'en'],
      ['Zonder BSN kunnen wij de inschrijving niet afronden.', 'nl'],
      ['Het invullen van de medische fiche is verplicht.', 'nl'],
      ['Bij de inschrijving bent u wettelijk verplicht het BSN van uw kind aan ons te verstrekken.', 'nl'],
      ['Je bent niet verplicht om gegevens aan mij te geven.', 'nl'],
    ];
    for (const [text, lang] of met) assert.equal((await statutoryOf(text, lang)).length, 1, text);
  });

  it("near misses: consent and cookies, the organisation's own duties, a decision without a person", async () => {
    const missing: [string, 'nl' | 'en'][] = [
      ['Without your consent we will not place analytics cookies.', 'en'],
      ['Without cookies, you cannot stay logged in.', 'en'],
      ['You must give your consent before we send the newsletter.', 'en'],
      ['We are legally required to keep invoices for seven years.', 'en'],
      ['Zonder uw toestemming kunnen wij geen analytische cookies plaatsen.', 'nl'],
      ['Wij zijn wettelijk verplicht om facturen zeven jaar te bewaren.', 'nl'],
      ['Een computerprogramma neemt zonder tussenkomst van een medewerker geen besluiten over u.', 'nl'],
    ];
    for (const [text, lang] of missing) assert.deepEqual(await statutoryOf(text, lang), [], text);
  });
});

describe('rights: an inline list after the rights are announced', () => {
  const ALL = ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability'];
  const cases: ['nl' | 'en' | 'de' | 'fr', string][] = [
    ['en', 'You have the following rights: access, rectification, erasure, restriction of processing, data portability and objection.'],
    ['en', 'Your rights are: access, rectification, erasure, restriction, portability and objection.'],
    ['nl', 'U heeft de volgende rechten: inzage, correctie, verwijdering, beperking, overdraagbaarheid en bezwaar.'],
    ['de', 'Sie haben folgende Rechte: Auskunft, Berichtigung, Löschung, Einschränkung, Datenübertragbarkeit und Widerspruch.'],
    ['fr', 'Vous disposez des droits suivants : accès, rectification, effacement, limitation, portabilité et opposition.'],
  ];
  for (const [language, text] of cases) {
    it(`${language}: ${text.slice(0, 50)}…`, async () => {
      assert.deepEqual([...(await idsOf(`# Privacy\n\n${text}\n`, language))].sort(), [...ALL].sort());
    });
  }

  it('near miss: the nouns without an announcement of rights are no rights', async () => {
    assert.deepEqual(await idsOf('# Privacy\n\nOur work covers access, rectification, erasure and restriction projects.\n', 'en'), []);
  });

  it('English restriction in other words: blocked (DPA 1998), suspend or pause the processing, limit how we use it', async () => {
    for (const text of [
      'You have the right to have inaccurate personal data rectified, blocked, erased or destroyed.',
      'You have the right to ask us to suspend the processing of your personal data.',
      'You can ask us to pause processing your data.',
      'You have the right to limit how we use your data.',
    ]) assert.ok((await idsOf(`# Your rights\n\n${text}\n`, 'en')).includes('restriction'), text);
    for (const text of ['The data feed a blocklist used to block repeat offenders.', 'You can block cookies in your browser settings.']) {
      assert.ok(!(await idsOf(`# Your rights\n\n${text}\n`, 'en')).includes('restriction'), text);
    }
  });
});

describe('rights: plain-language entries after "You can ask us to:" under a rights heading', () => {
  const LIST = '# Your rights\n\nYou can ask us to:\n\n- Show you what we hold about you, and give you a copy\n- Restrict what we do with it, or object to something we are doing\n';

  it('an entry that opens with the right\'s verb names that right, though it names no data', async () => {
    assert.deepEqual([...(await idsOf(LIST, 'en'))].sort(), ['access', 'objection', 'restriction']);
  });

  it('near misses: the same entries outside a rights section, choices about a profile, account settings', async () => {
    const outside = await idsOf(LIST.replace('# Your rights', '# Our services'), 'en');
    assert.ok(!outside.includes('access') && !outside.includes('restriction'), outside.join());
    assert.deepEqual(await idsOf('# Your rights\n\nYou can:\n\n- Restrict who sees your profile\n', 'en'), []);
    assert.deepEqual(await idsOf('# Your rights\n\nYou can:\n\n- Change your password at any time\n', 'en'), []);
  });
});

describe('rights: the WordPress template\'s export of the data (access and portability) in four languages', () => {
  const cases: ['nl' | 'en' | 'de' | 'fr', string][] = [
    ['en', 'If you have an account on this site, you can request to receive an exported file of the personal data we hold about you, including any data you have provided to us.'],
    ['fr', 'Si vous avez un compte, vous pouvez demander à recevoir un fichier contenant toutes les données personnelles que nous possédons à votre sujet.'],
    ['nl', 'Als je een account hebt op deze site, kan je verzoeken om een exportbestand van je persoonlijke gegevens die we van je hebben.'],
    ['de', 'Wenn du ein Konto auf dieser Website besitzt, kannst du einen Export deiner personenbezogenen Daten bei uns anfordern.'],
  ];
  for (const [language, text] of cases) {
    it(`${language}: ${text.slice(0, 60)}…`, async () => {
      assert.deepEqual(await idsOf(`# Rights\n\n${text}\n`, language), ['access', 'portability']);
    });
  }

  it('near misses: the organisation\'s own exports are no right', async () => {
    const misses: ['nl' | 'en' | 'de' | 'fr', string][] = [
      ['en', 'We export a file of the data to our accountant every month.'],
      ['fr', 'Nous pouvons recevoir un fichier contenant des données de nos partenaires.'],
      ['nl', 'Wij maken elke week een exportbestand voor de boekhouding.'],
      ['de', 'Wir erstellen täglich einen Export der Daten für unsere Buchhaltung.'],
    ];
    for (const [language, text] of misses) assert.deepEqual(await idsOf(`# Rights\n\n${text}\n`, language), [], text);
  });
});

describe('a sentence that extends the right granted in the sentence before it', () => {
  it('grants its rights too, in all four languages', async () => {
    const cases: [string, 'nl' | 'en' | 'de' | 'fr', RightId[]][] = [
      ['Das Mitglied hat das Recht auf Auskunft über seine Daten. Dieses bezieht sich auch auf eine Einschränkung der Datenverarbeitung.', 'de', ['access', 'restriction']],
      ['You have the right of access to your data. This also applies to restricting the processing of your data.', 'en', ['access', 'restriction']],
      ['U heeft recht op inzage in uw gegevens. Dit geldt ook voor het beperken van de verwerking.', 'nl', ['access', 'restriction']],
      ["Vous avez un droit d'accès à vos données. Cela vaut aussi pour la limitation de leur traitement.", 'fr', ['access', 'restriction']],
    ];
    for (const [text, lang, ids] of cases) assert.deepEqual(await idsOf(`# Privacy\n\n${text}\n`, lang), ids, text);
  });
  it('not after a sentence that grants nothing, nor when the sentence opens otherwise', async () => {
    assert.deepEqual(await idsOf('# Privacy\n\nWe keep your data for a year. This also applies to limiting how we process it.\n', 'en'), []);
    assert.deepEqual(await idsOf('# Privacy\n\nYou have the right of access to your data. We may also limit how we process it.\n', 'en'), ['access']);
  });
});

describe('an enumeration of rights under a rights heading or after a grant', () => {
  it('names each right, whatever the label before it ("articles 15 à 22 du RGPD : accès, rectification, …")', async () => {
    const html = '<h1>Confidentialité</h1><p><strong>Vos droits</strong></p><ul><li>articles 15 à 22 du RGPD : accès, rectification, effacement, limitation, portabilité, opposition ;</li><li>demande par e-mail.</li></ul>';
    const ids = (await parsePolicyText(html, { format: 'html', language: 'fr' })).model.rights.map((r) => r.id).sort();
    assert.deepEqual(ids, ['access', 'erasure', 'objection', 'portability', 'rectification', 'restriction']);
  });
  it('not a run of nouns outside a rights context, nor a heading', async () => {
    assert.deepEqual(await idsOf('# Privacy\n\nWe keep access, correction and deletion logs for security.\n', 'en'), []);
    // A heading names a topic: "Inzien, aanpassen, verwijderen of beperken" over text that names no right.
    assert.deepEqual(await idsOf('# Privacy\n\n## Inzien, aanpassen, verwijderen of beperken\n\nNeem daarvoor contact met ons op.\n', 'nl'), []);
  });
});

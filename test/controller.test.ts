import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { parsePolicyFile, parsePolicyText } from '../src/index.js';
import type { Language, PolicyModel } from '../src/model/types.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

async function model(text: string, language: Language, format: 'markdown' | 'text' = 'markdown'): Promise<PolicyModel> {
  return (await parsePolicyText(text, { format, language })).model;
}

const withoutEvidence = <T extends { evidence: unknown }>(x: T): Omit<T, 'evidence'> => {
  const { evidence, ...rest } = x;
  void evidence;
  return rest;
};

describe('seed policies (exact model)', () => {
  it('CloudAware: Epsys B.V. h.o.d.n. CloudAware, with its FG', async () => {
    const { model: m } = await parsePolicyFile(join(FIXTURES, 'cloudaware-privacybeleid.md'));
    assert.deepEqual(withoutEvidence(m.controller), {
      name: 'Epsys B.V.',
      aliases: ['CloudAware'],
      address: 'Bezuidenhoutseweg 98, 2594AZ Den Haag',
      email: 'privacy@cloudaware.eu',
      emails: ['privacy@cloudaware.eu'],
      phone: '+31857828878',
      website: 'https://cloudaware.eu',
      registration: null,
    });
    assert.equal(m.representative, null);
    assert.ok(m.dpo);
    assert.deepEqual(withoutEvidence(m.dpo), { name: 'Jeroen Hermans', email: 'privacy@cloudaware.eu', phone: null });
    assert.equal(m.dpo.evidence[0].text, 'Jeroen Hermans is de Functionaris Gegevensbescherming van CloudAware.');
    assert.deepEqual(
      m.controller.evidence.map((e) => e.text),
      ['Epsys B.V. h.o.d.n. CloudAware', 'Bezuidenhoutseweg 98 2594AZ Den Haag', 'privacy@cloudaware.eu', '+31857828878', 'https://cloudaware.eu'],
    );
    assert.equal(m.controller.evidence[0].line, 10);
    assert.equal(m.supervisoryAuthority, null);
    assert.equal(m.updated, '2023-12-21');
  });

  it('CloudBilling: the brand with its B.V. in brackets, no DPO', async () => {
    const { model: m } = await parsePolicyFile(join(FIXTURES, 'cloudbilling-privacy-policy.txt'));
    assert.deepEqual(withoutEvidence(m.controller), {
      name: 'CloudBilling B.V.',
      aliases: ['CloudBilling'],
      address: 'Gooimeer 1, 1411 DC Naarden',
      email: 'info@cloudbilling.nl',
      emails: ['info@cloudbilling.nl'],
      phone: null,
      website: 'www.cloudbilling.nl',
      registration: null,
    });
    assert.equal(m.dpo, null);
    assert.equal(m.supervisoryAuthority, null);
    assert.equal(m.updated, null);
  });
});

describe('controller name', () => {
  it('takes the subject of "is verantwoordelijk voor de verwerking", past the address clause', async () => {
    const m = await model(
      'OperationAIR, gevestigd aan Mekelweg 2 2628 CD Delft, is verantwoordelijk voor de verwerking van persoonsgegevens zoals weergegeven in deze privacyverklaring.\n\nMail website@operationair.org.',
      'nl',
    );
    assert.equal(m.controller.name, 'OperationAIR');
    assert.equal(m.controller.address, 'Mekelweg 2, 2628 CD Delft');
    assert.deepEqual(m.controller.aliases, []);
  });

  it('names a public body and its other spellings as aliases', async () => {
    const m = await model(
      [
        'De Minister van Volksgezondheid, Welzijn en Sport is verwerkingsverantwoordelijk voor zover persoonsgegevens worden verwerkt bij het beheer van de app.',
        'De Minister van VWS is samen met de autoriteiten van andere landen gezamenlijk verwerkingsverantwoordelijke voor de EFGS.',
        'Voor zover de GGD gegevens gebruikt is de GGD van uw regio verwerkingsverantwoordelijke.',
        'Het is voor VWS technisch niet mogelijk de codes te koppelen.',
        'Contactgegevens van de Functionaris voor Gegevensbescherming van het Ministerie van Volksgezondheid, Welzijn en Sport vindt u op de [website van het ministerie](https://www.rijksoverheid.nl).',
      ].join('\n\n'),
      'nl',
    );
    assert.equal(m.controller.name, 'Minister van Volksgezondheid, Welzijn en Sport');
    assert.deepEqual(m.controller.aliases, ['Minister van VWS', 'Ministerie van Volksgezondheid, Welzijn en Sport', 'VWS']);
    assert.deepEqual(m.controller.emails, []);
    assert.equal(m.dpo, null, 'a link to the DPO page is no contact detail');
  });

  it('prefers the legal entity defined as "we" and keeps its short name', async () => {
    const m = await model(
      'Chayn CIO, a charity registered in the United Kingdom (charity number: 1196098) (hereinafter referred to as “Chayn”, “we”, “us” or “our”) operates https://chayn.co/.\n\nThis Privacy Policy explains how Chayn, as data controller, will process your data. Contact us at team@chayn.co.',
      'en',
    );
    assert.equal(m.controller.name, 'Chayn CIO');
    assert.deepEqual(m.controller.aliases, ['Chayn']);
    assert.equal(m.controller.registration, '1196098');
    assert.equal(m.controller.website, 'https://chayn.co/');
  });

  it('reads an operated-by clause on the site name and a label line', async () => {
    const m = await model(
      'Akkervarken.be, geëxploiteerd door Pilcrow BV, hecht veel waarde aan je privacy.\n\n**Verantwoordelijke voor gegevensverwerking:**\n\nPilcrow BV  \nWolfstede 7  \n1745 Opwijk  \nBelgië\n\n**BTW:** BE0661841094  \n**E-mail:** info@akkervarken.be  \n**Telefoon:** +32 494 18 50 76',
      'nl',
    );
    assert.equal(m.controller.name, 'Pilcrow BV');
    assert.deepEqual(m.controller.aliases, ['Akkervarken.be']);
    assert.equal(m.controller.address, 'Wolfstede 7, 1745 Opwijk');
    assert.equal(m.controller.phone, '+32 494 18 50 76');
    assert.equal(m.controller.registration, 'BE0661841094');
  });

  it('keeps a capital article that belongs to the name, drops a generic "hierna" name', async () => {
    const m = await model(
      '**Verwerkingsverantwoordelijke:** De Groene Tuin B.V., Tuinweg 5, 1000 AA Amsterdam, KvK-nummer 11223344, hierna te noemen: de Onderneming.\n\nE-mail: info@groenetuin.nl',
      'nl',
    );
    assert.equal(m.controller.name, 'De Groene Tuin B.V.');
    assert.deepEqual(m.controller.aliases, []);
    assert.equal(m.controller.registration, '11223344');
  });

  it('does not take a service the site uses for the controller', async () => {
    const m = await model(
      'Wij maken gebruik van Google Analytics. Google is verantwoordelijk voor de verwerking van de gegevens die via Google Analytics worden verzameld.\n\nStichting Vogelwacht Oost verstuurt haar nieuwsbrief met Mailchimp (support@mailchimp.com). Vragen? Mail naar info@vogelwacht.nl.',
      'nl',
    );
    assert.equal(m.controller.name, 'Stichting Vogelwacht Oost');
    assert.deepEqual(m.controller.emails, ['info@vogelwacht.nl']);
  });

  it('falls back to the site name: a word tied to the contact domain, or a frequent brand', async () => {
    const noyb = await model(
      'This privacy policy covers noyb.eu and the noyb.eu newsletters.\n\nWe process the data needed for your noyb membership. You join noyb as a member. The purpose of noyb is enforcement.\n\nOur external support (nycro UG, Hütten 118, 20355 Hamburg, Germany) may have access.\n\nJust send us a message at info@noyb.eu.',
      'en',
    );
    assert.equal(noyb.controller.name, 'noyb');
    assert.equal(noyb.controller.address, null, "the processor's address is not the controller's");
    const site = await model('At activist.org, we value your privacy. activist.org uses Plausible Analytics.\n\nContact us at security[at]activist.org.', 'en', 'text');
    assert.equal(site.controller.name, 'activist.org');
    assert.deepEqual(site.controller.emails, ['security@activist.org'], 'an obfuscated address is read');
  });

  it('finds a mailto-only address and the DPO named after the title', async () => {
    const m = await model(
      'If you have any questions, please reach out to [sr.ht-support](mailto:~sircmpwn/sr.ht-support@lists.sr.ht) via email.\n\nRegardless, use a unique password for your SourceHut account. SourceHut may use backups. The servers are owned by SourceHut.\n\nYou may also reach out to our data protection officer directly: Drew DeVault [drew@ddevault.org](mailto:drew@ddevault.org).',
      'en',
    );
    assert.equal(m.controller.name, 'SourceHut');
    assert.deepEqual(m.controller.emails, ['~sircmpwn/sr.ht-support@lists.sr.ht', 'drew@ddevault.org']);
    assert.deepEqual(m.dpo && withoutEvidence(m.dpo), { name: 'Drew DeVault', email: 'drew@ddevault.org', phone: null });
  });

  it('keeps the authority’s address and phone out of the controller', async () => {
    const m = await model(
      'MaasISO is de verwerkingsverantwoordelijke.\n\n* **E-mailadres:** info@maasiso.nl\n\n## Autoriteit Persoonsgegevens\n\nDe contactgegevens van de Autoriteit Persoonsgegevens zijn:\n\n* **Postadres:** Postbus 93374, 2509 AJ Den Haag\n* **Telefoonnummer:** 088-1805250',
      'nl',
    );
    assert.equal(m.controller.name, 'MaasISO');
    assert.equal(m.controller.address, null);
    assert.equal(m.controller.phone, null);
    assert.deepEqual(m.controller.emails, ['info@maasiso.nl']);
  });

  it('ends a name at the end of its sentence, not at a legal form’s full stop', async () => {
    const m = await model(
      'Onze school valt onder Stichting Openbaar Onderwijs Lingestreek. De stichting is het bevoegd gezag van de school.\n\nStichting Openbaar Onderwijs Lingestreek\nDorpsstraat 21, 4181 AB Waardenburg\nE-mail: bestuur@oolingestreek.nl',
      'nl',
    );
    assert.equal(m.controller.name, 'Stichting Openbaar Onderwijs Lingestreek');
    assert.deepEqual(m.controller.aliases, []);
    const inc = await model('This website is operated by Acme Inc. We are based in Boston. Write to hello@acme.com.', 'en');
    assert.equal(inc.controller.name, 'Acme Inc.', 'the full stop of "Inc." is no sentence end');
    const bv = await model('Deze website wordt beheerd door Jansen Holding B.V. Wij zijn gevestigd in Utrecht. Mail info@jansenholding.nl.', 'nl');
    assert.equal(bv.controller.name, 'Jansen Holding B.V.');
  });

  it('takes the site (school, club) run by a legal entity as its alias', async () => {
    const byDomain = await model(
      'OBS De Vlinderboom valt onder het bestuur van Stichting Openbaar Onderwijs Lingestreek. De stichting is verwerkingsverantwoordelijke.\n\nVragen kunt u stellen aan de directeur via info@obsdevlinderboom.nl.',
      'nl',
    );
    assert.equal(byDomain.controller.name, 'Stichting Openbaar Onderwijs Lingestreek');
    assert.deepEqual(byDomain.controller.aliases, ['OBS De Vlinderboom'], 'the contact domain spells the school');
    const byHeading = await model('# Privacyverklaring OBS De Vlinderboom\n\nOBS De Vlinderboom valt onder het bestuur van Stichting Openbaar Onderwijs Lingestreek.', 'nl');
    assert.deepEqual(byHeading.controller.aliases, ['OBS De Vlinderboom'], 'the top heading names the site');
    const en = await model('# Privacy notice\n\nRiverside Rowing Club is part of Riverside Sports Trust Ltd, which runs our boathouse. Contact us at hello@riversiderowingclub.org.', 'en');
    assert.equal(en.controller.name, 'Riverside Sports Trust Ltd');
    assert.deepEqual(en.controller.aliases, ['Riverside Rowing Club']);
  });

  it('does not take another organisation run by the same body for the site', async () => {
    const m = await model(
      'Stichting Openbaar Onderwijs Lingestreek is verwerkingsverantwoordelijke. Mail bestuur@oolingestreek.nl.\n\nHet Jeugdfonds valt onder de verantwoordelijkheid van de Gemeente Lingewaard.',
      'nl',
    );
    assert.equal(m.controller.name, 'Stichting Openbaar Onderwijs Lingestreek');
    assert.deepEqual(m.controller.aliases, []);
  });

  it('never takes a public body for an alias of a private controller, whatever words they share', async () => {
    const m = await model(
      'Stichting Openbaar Onderwijs Lingestreek is verwerkingsverantwoordelijke. Mail bestuur@oolingestreek.nl.\n\nWij zijn wettelijk verplicht gegevens door te geven aan DUO (Dienst Uitvoering Onderwijs).',
      'nl',
    );
    assert.equal(m.controller.name, 'Stichting Openbaar Onderwijs Lingestreek');
    assert.deepEqual(m.controller.aliases, []);
  });

  it('takes a number before a legal form as a name ("2060 OÜ"), not a legal form alone', async () => {
    const m = await model('# Privacy Policy\n\nThis Privacy Policy describes how **2060 OÜ** ("2060", "we", "us", or "our") collects personal information. Write to privacy@2060.io.\n', 'en');
    assert.equal(m.controller.name, '2060 OÜ');
    const bare = await model('# Privacy Policy\n\nThis Privacy Policy describes how the OÜ ("we") collects personal information. Write to privacy@example.org.\n', 'en');
    assert.notEqual(bare.controller.name, 'OÜ');
  });

  it('reads a name from a free-mail mailbox only when it spells that name whole', async () => {
    const elyan = await model('# Privacybeleid\n\nELYAN is een Belgisch platform dat renovatieprojecten helpt inschatten. Voor vragen kan je terecht op elyan.info@gmail.com.\n', 'nl');
    assert.equal(elyan.controller.name, 'ELYAN');
    // Two names of a person, and a name with letters added ("broomhillcc"), confirm nothing.
    const person = await model('# Privacybeleid\n\nJohan is een fotograaf uit Eindhoven. Voor vragen kan je terecht op johan.oirschot@gmail.com.\n', 'nl');
    assert.equal(person.controller.name, null);
    const council = await model('# Privacy\n\nBroomhill is a district of Glasgow. Contact us at broomhillcc01@gmail.com.\n', 'en');
    assert.equal(council.controller.name, null);
  });

  it('takes the name a template writes into two of its section headings', async () => {
    const text = '# Privacyverklaring\n\n## Persoonsgegevens die Erik Leuning – Begeleiding verwerkt\n\nIk verwerk uw naam.\n\n## Hoe lang Erik Leuning – Begeleiding persoonsgegevens bewaart\n\nZeven jaar. Mail erik@example.nl.\n';
    const m = await model(text, 'nl');
    assert.equal(m.controller.name, 'Erik Leuning – Begeleiding');
    assert.deepEqual(m.controller.evidence[0] && [m.controller.evidence[0].line, m.controller.evidence[0].text], [3, 'Persoonsgegevens die Erik Leuning – Begeleiding verwerkt']);
    // One such heading is not a template: nothing is taken from it.
    const once = await model('# Privacyverklaring\n\n## Persoonsgegevens die Erik Leuning verwerkt\n\nIk verwerk uw naam. Mail erik@example.nl.\n', 'nl');
    assert.equal(once.controller.name, null);
  });

  it('reads the UK templates\' definition "“We”, “Us” and “Our” means X Ltd", not "we mean business"', async () => {
    const m = await model('# Privacy\n\n“We”, “Us” and “Our” means Xcuts Ltd, a company incorporated in England and Wales.\n\nYou may contact C Workshop Ltd by email.\n', 'en');
    assert.equal(m.controller.name, 'Xcuts Ltd');
    assert.equal(m.controller.evidence[0]?.line, 3);
    assert.equal((await model('# Privacy\n\nWe mean business. Acme Ltd is great.\n', 'en')).controller.name, null);
  });

  it('reads the templates\' opening "X is committed to protecting your privacy" / "X hecht veel waarde aan uw privacy"', async () => {
    assert.equal((await model('# Privacy\n\nAcme Widgets Ltd is committed to protecting your privacy. Email info@acmewidgets.co.uk.\n', 'en')).controller.name, 'Acme Widgets Ltd');
    assert.equal((await model('# Privacy\n\nBakkerij Vos hecht veel waarde aan de bescherming van uw privacy.\n', 'nl')).controller.name, 'Bakkerij Vos');
    // "We" is no name, and a service's own promise names no controller.
    assert.equal((await model('# Privacy\n\nWe are committed to protecting your privacy.\n', 'en')).controller.name, null);
    assert.equal((await model('# Privacy\n\nGoogle is committed to protecting your privacy when you use Google Analytics.\n', 'en')).controller.name, null);
    assert.equal((await model('# Privacy\n\nThis privacy notice explains how Acme Widgets Ltd uses your personal data. Email info@acmewidgets.co.uk.\n', 'en')).controller.name, 'Acme Widgets Ltd');
    assert.equal((await model('# Privacy\n\nThis policy explains how we use your data.\n', 'en')).controller.name, null);
    assert.equal((await model('# Privacy\n\nGreenpark Tennis Club ("the Club") is committed to protecting your personal data.\n', 'en')).controller.name, 'Greenpark Tennis Club');
    assert.equal((await model('# Privacy\n\nThe controller of your personal data is the Friends of Greenpark Association.\n', 'en')).controller.name, 'Friends of Greenpark Association');
    assert.equal((await model('# Privacy\n\nDeze privacyverklaring beschrijft hoe Bakkerij Vos omgaat met je gegevens.\n', 'nl')).controller.name, 'Bakkerij Vos');
  });

  it('a name with digits inside a word is no street and house number ("FOSS4G Europe 2024 Conference")', async () => {
    assert.equal((await model('# Privacy\n\nThe FOSS4G Europe 2024 Conference ("we", "our", "us") is committed to protecting your privacy.\n', 'en')).controller.name, 'FOSS4G Europe 2024 Conference');
    // A real address before the definition still stands between the name and it.
    assert.equal((await model('# Privacy\n\nDiese Website wird von Nils Baumgartner, Kreuzstraße 44, 49393 Lohne (nachfolgend „wir“) betrieben.\n', 'de')).controller.name, 'Nils Baumgartner');
  });

  it('a one-word heading the text writes in lower case with either apostrophe is no name ("Foto\'s" over "foto’s")', async () => {
    const text = "# Privacy\n\nFoto's\nBij ons worden regelmatig foto’s gemaakt. Een e-mail aan info@voorbeeldclub.nl volstaat.\n";
    assert.equal((await model(text, 'nl')).controller.name, null);
    assert.equal((await model(text.replace(/Foto's/u, 'Voorbeeldclub'), 'nl')).controller.name, 'Voorbeeldclub');
  });

  it('a site known only by its address: the address beside the contact e-mail, or written again and again', async () => {
    const card = '# Privacy\n\nQuestions? Write to contact@enigmabridge.com.\n\nhttp://enigmabridge.com<br>\n';
    assert.equal((await model(card, 'en')).controller.name, 'enigmabridge.com');
    // Another site's address is no name of this one.
    assert.equal((await model(card.replace('http://enigmabridge.com', 'http://example.org'), 'en')).controller.name, null);
    const visits = 'We collect feedback from visitors to plates.example.gov.uk. Visitors to plates.example.gov.uk may email us. Cookies on plates.example.gov.uk are listed below.';
    assert.equal((await model(`# Privacy\n\n${visits}\n`, 'en')).controller.name, 'plates.example.gov.uk');
    // Twice is not enough, and a file name is no address.
    assert.equal((await model(`# Privacy\n\n${visits.replace(/ Cookies on plates\.example\.gov\.uk are listed below\./u, '')}\n`, 'en')).controller.name, null);
    assert.equal((await model('# Privacy\n\nSee index.html. Open index.html. Read index.html again.\n', 'en')).controller.name, null);
  });

  it('reads the openings "At X, we take your privacy seriously" / "Bij X nemen wij … serieus", and a Dutch place with its elided article', async () => {
    assert.equal((await model('# Privacy\n\nAt Acme Widgets, we take your privacy seriously.\n', 'en')).controller.name, 'Acme Widgets');
    assert.equal((await model('# Privacy\n\nAt any time, we respect your privacy.\n', 'en')).controller.name, null);
    assert.equal((await model('# Privacy\n\nBij ZEK Ondersteuning & Advies nemen wij de bescherming van uw persoonsgegevens serieus.\n', 'nl')).controller.name, 'ZEK Ondersteuning & Advies');
    assert.equal((await model('# Privacy\n\nBij vragen nemen wij graag contact op over uw gegevens.\n', 'nl')).controller.name, null);
    assert.equal((await model('# Privacy\n\nBrassband Eensgezindheid Wormer respecteert uw privacy.\n', 'nl')).controller.name, 'Brassband Eensgezindheid Wormer');
    assert.equal((await model('# Privacy\n\nWij respecteren uw privacy.\n', 'nl')).controller.name, null);
    assert.equal((await model('# Privacy\n\nDeze verklaring gaat over deze website (www.gergememmeloord.nl) van de Gereformeerde Gemeente Emmeloord.\n', 'nl')).controller.name, 'Gereformeerde Gemeente Emmeloord');
    assert.equal((await model('# Privacy\n\nOp deze website van ons vindt u informatie.\n', 'nl')).controller.name, null);
    assert.equal((await model('# Privacy\n\nScouting P&P ‘s-Hertogenbosch is verantwoordelijk voor de verwerking van persoonsgegevens.\n', 'nl')).controller.name, 'Scouting P&P ‘s-Hertogenbosch');
  });

  it('a tool the site uses is not the site ("We use Okay Analytics to collect …")', async () => {
    const text = '# Privacy\n\n## Okay Analytics\n\nWe use Okay Analytics to collect basic data. Okay Analytics is GDPR-compliant.\n';
    assert.equal((await model(text, 'en')).controller.name, null);
    assert.equal((await model(text.replace(/We use Okay Analytics/u, 'Okay Analytics uses'), 'en')).controller.name, 'Okay Analytics');
  });

  it('the copyright holder names the site when nothing else does; an opening word the text writes in lower case is no part of a name', async () => {
    const text = '# Privacy Policy\n\nHello.\n\nAt Vivid Auto Photography, we only collect the minimum personal information necessary. We answer at once.\n\n© 2025 Vivid Auto Photography. All rights reserved.\n';
    assert.equal((await model(text, 'en')).controller.name, 'Vivid Auto Photography');
    // A service's copyright is not the site's.
    assert.equal((await model('# Privacy Policy\n\nHello.\n\n© 2025 Google Analytics.\n', 'en')).controller.name, null);
    // A first name that only an e-mail address writes in lower case stays in the name.
    const person = '# Privacy\n\nJohan van Oirschot verwerkt uw persoonsgegevens. Mail johan.oirschot@gmail.com of johan.oirschot@gmail.com.\n\nJohan van Oirschot bewaart uw gegevens niet.\n';
    assert.equal((await model(person, 'nl')).controller.name, 'Johan van Oirschot');
  });

  it('a term a template capitalises is no name: a run ending in "Cookies", a word in quotes', async () => {
    const flash = '# Privacy\n\nOur site may use Flash Cookies. Flash Cookies store preferences. You can delete Flash Cookies.\n';
    assert.equal((await model(flash, 'en')).controller.name, null);
    assert.equal((await model(flash.replace(/Flash Cookies/gu, 'Flash Bakery'), 'en')).controller.name, 'Flash Bakery');
    const quoted = '# Privacy\n\nCookies can be "Persistent" or "Session" cookies. A "Persistent" cookie stays. Each "Persistent" cookie has an end. We list every "Persistent" cookie.\n';
    assert.equal((await model(quoted, 'en')).controller.name, null);
  });

  it('a noun the organisation calls itself by is no name on its own ("The Foundation strongly supports …")', async () => {
    const text = '# Privacy\n\nThe Foundation strongly supports privacy. The Foundation keeps little data. Ask the Foundation.\n';
    assert.equal((await model(text, 'en')).controller.name, null);
    assert.equal((await model(text.replace(/(?:The|the) Foundation/gu, 'Greenfield Hub'), 'en')).controller.name, 'Greenfield Hub');
  });

  it('a field label alone on its line is followed by its value; a place closed by its country is no name', async () => {
    const card = '# Datenschutz\n\nVerantwortlicher im Sinne der DSGVO ist:\n\nName\n\nUlrich Frey\n\nAnschrift\n\nKronprinzenstraße 18, 89129 Langenau\n';
    assert.equal((await model(card, 'de')).controller.name, 'Ulrich Frey');
    assert.notEqual((await model('# Mentions\n\n## Contact\n\nParis, France  \nEmail : contact@exemple-boutique.fr\n', 'fr')).controller.name, 'Paris, France');
  });

  it('the title gives the site\'s name with its own links ("Le Rucher de BEE BEE"), the policy words and their links stripped', async () => {
    const text = '---\ntitle: "Politique de confidentialité - Le Rucher de BEE BEE"\n---\n\n# Politique de confidentialité\n\nNous protégeons vos données. Le Rucher de BEE BEE vend du miel.\n';
    assert.equal((await model(text, 'fr')).controller.name, 'Le Rucher de BEE BEE');
    const nl = '---\ntitle: "Privacyverklaring van Imkerij De Bij"\n---\n\n# Privacy\n\nImkerij De Bij verkoopt honing.\n';
    assert.equal((await model(nl, 'nl')).controller.name, 'Imkerij De Bij');
  });

  it('a name field holds the whole name, lower-case words and all ("Nom de l’association : Amélie la vie")', async () => {
    const text = '# Mentions légales\n\nNom de l’association : **Amélie la vie**  \nTéléphone : 04 78 22 47 50\n';
    assert.equal((await model(text, 'fr')).controller.name, 'Amélie la vie');
    // A sentence after the label is no name.
    assert.notEqual((await model('# Mentions légales\n\nNom de l’association : Amélie. Elle aide les enfants.  \nTéléphone : 04 78 22 47 50\n', 'fr')).controller.name, 'Amélie. Elle aide les enfants.');
  });

  it('a brand of several words spelled whole by the contact domain is the name, not its first word', async () => {
    assert.equal((await model('# Privacy\n\nBakery Fox Ltd. Email info@bakeryfox.co.uk.\n', 'en')).controller.name, 'Bakery Fox Ltd.');
    assert.equal((await model('# Privacy\n\nThis website is owned by Bakery Fox Ltd. Email info@bakeryfoxes.co.uk.\n', 'en')).controller.name, 'Bakery Fox Ltd.');
  });

  it('an entity defined by the noun it calls itself ("the Company", "hierna: de vereniging") is the policy\'s author', async () => {
    assert.equal((await model('# Privacy\n\nAcme Widgets Ltd ("the Company") processes personal data of its customers.\n', 'en')).controller.name, 'Acme Widgets Ltd');
    assert.equal((await model('# Privacy\n\nTennisvereniging De Lob (hierna: de vereniging) verwerkt persoonsgegevens van haar leden.\n', 'nl')).controller.name, 'Tennisvereniging De Lob');
    // A short name is not such a noun: a service defined by its own name is no author.
    assert.equal((await model('# Privacy\n\nGoogle LLC ("Google") provides analytics.\n', 'en')).controller.name, null);
  });

  it('names an EU representative', async () => {
    const m = await model(
      'The controller is Foo Inc., 1 Main Street, Springfield, IL 62701 (email: hello@foo.com).\n\nOur EU representative is Rep Services Ltd, eu-rep@repservices.ie.',
      'en',
    );
    assert.equal(m.controller.name, 'Foo Inc.');
    assert.equal(m.representative?.name, 'Rep Services Ltd');
    assert.equal(m.representative?.email, 'eu-rep@repservices.ie');
  });
});

describe('data protection officer', () => {
  it('needs a contact next to the title: the table after the sentence counts', async () => {
    const m = await model(
      'You may also contact our Data Protection Officer directly.\n\n| Our United States HQ | Our EU Office |\n| --- | --- |\n| GitHub Data Protection Officer | GitHub BV |\n| privacy@github.com | privacy@github.com |\n',
      'en',
    );
    assert.equal(m.dpo?.email, 'privacy@github.com');
  });

  it('is null for a negated title, a title sold as a service, a privacy team or a contactpersoon', async () => {
    const cases: [string, Language][] = [
      ['Wij hebben geen Functionaris Gegevensbescherming aangesteld. Voor vragen kunt u mailen naar info@x.nl.', 'nl'],
      ['We have not appointed a Data Protection Officer. Contact us at privacy@acme.co.uk.', 'en'],
      ['MaasISO levert diensten als Functionaris Gegevensbescherming (FG) aan klanten. Mail info@maasiso.nl.', 'nl'],
      ['We offer Data Protection Officer services to our clients. Contact: info@privacyco.eu.', 'en'],
      ['Our privacy team can be contacted at privacy@acme.co.uk.', 'en'],
      ['Heeft u vragen, neem contact op met Niels Maas. Contactpersoon: Niels Maas, info@maasiso.nl.', 'nl'],
    ];
    for (const [text, language] of cases) assert.equal((await model(text, language)).dpo, null, text);
  });

  it('counts a DPO service bought in and the "Data Privacy Officer" title', async () => {
    const bought = await model('Our Data Protection Officer service is provided by Judicium Consulting Ltd, who can be contacted at dataservices@judicium.com.', 'en');
    assert.equal(bought.dpo?.email, 'dataservices@judicium.com');
    const privacy = await model('You can contact our Data Privacy Officer at dpo@acme.co.uk.', 'en');
    assert.equal(privacy.dpo?.email, 'dpo@acme.co.uk');
  });

  it('is null for a heading with nothing under it, even when the next section has an address', async () => {
    const m = await model('Stichting Vogelwacht is verantwoordelijk voor de verwerking.\n\n## Functionaris Gegevensbescherming\n\n## Contact\n\nMail naar info@vogelwacht.nl', 'nl');
    assert.equal(m.dpo, null);
  });

  it('does not give the DPO an address meant "for all other questions"', async () => {
    const cases: [string, Language][] = [
      ['Roosterwijs has appointed a Data Protection Officer. You can reach our DPO through the form on our DPO page: https://roosterwijs.eu/privacy/dpo\n\nFor all other privacy questions, email privacy@roosterwijs.eu.', 'en'],
      ['Wij hebben een Functionaris Gegevensbescherming aangesteld. U bereikt de FG via het formulier op onze website.\n\nVoor alle andere privacyvragen kunt u mailen naar privacy@dehoek.nl.', 'nl'],
    ];
    for (const [text, language] of cases) assert.equal((await model(text, language)).dpo, null, text);
  });

  it('keeps the DPO’s own address when another is given for other questions', async () => {
    const en = await model('You can reach our Data Protection Officer at dpo@acme.eu. For all other questions, email info@acme.eu.', 'en');
    assert.equal(en.dpo?.email, 'dpo@acme.eu');
    const nl = await model('## Functionaris Gegevensbescherming\n\nOnze FG is bereikbaar via fg@dehoek.nl. Voor overige vragen kunt u terecht bij info@dehoek.nl.', 'nl');
    assert.equal(nl.dpo?.email, 'fg@dehoek.nl');
  });

  it('reads a heading title with its contact in the block below', async () => {
    const m = await model('## Functionaris Gegevensbescherming\n\nOnze FG is bereikbaar via fg@dehoek.nl of 06-12345678.', 'nl');
    assert.deepEqual(m.dpo && withoutEvidence(m.dpo), { name: null, email: 'fg@dehoek.nl', phone: '06-12345678' });
  });
});

describe('supervisory authority', () => {
  it('returns the name as written', async () => {
    const ico = await model('For example, in the UK individuals have the right to complain to the Information Commissioners Office about the use of your personal data.', 'en');
    assert.equal(ico.supervisoryAuthority?.name, 'Information Commissioners Office');
    const at = await model('We are governed by the Austrian data protection authority (“Datenschutzbehörde”).', 'en');
    assert.equal(at.supervisoryAuthority?.name, 'Datenschutzbehörde');
  });

  it('names a former authority, even as a heading', async () => {
    const m = await model('## College Bescherming Persoonsgegevens\n\nStichting HackNature verwerkt de gegevens conform de Wet bescherming persoonsgegevens.', 'nl');
    assert.equal(m.supervisoryAuthority?.name, 'College Bescherming Persoonsgegevens');
  });

  it('prefers the authority named for complaints over an outdated one cited for something else', async () => {
    const m = await model(
      'Meer uitleg over cookies vind je op de website van de Privacycommissie.\n\nBen je niet tevreden, dan kan je een klacht indienen bij de Gegevensbeschermingsautoriteit, Drukpersstraat 35, 1000 Brussel.',
      'nl',
    );
    assert.equal(m.supervisoryAuthority?.name, 'Gegevensbeschermingsautoriteit');
    const heading = await model('## Klachten\n\nHet adres is: Autoriteit Persoonsgegevens, Postbus 93374.\n\n## Cookies\n\nZie ook de European Data Protection Board over cookies.', 'nl');
    assert.equal(heading.supervisoryAuthority?.name, 'Autoriteit Persoonsgegevens', 'a "Klachten" section counts as complaint context');
  });

  it('still names an outdated authority when it is the only one, or the one named for complaints', async () => {
    const only = await model('Meer uitleg over cookies vind je op de website van de Privacycommissie.', 'nl');
    assert.equal(only.supervisoryAuthority?.name, 'Privacycommissie');
    const both = await model(
      'U kunt een klacht indienen bij het College bescherming persoonsgegevens.\n\nDe Autoriteit Persoonsgegevens publiceert informatie over cookies.',
      'nl',
    );
    assert.equal(both.supervisoryAuthority?.name, 'College bescherming persoonsgegevens');
  });

  it('is null when only generic', async () => {
    assert.equal((await model('U kunt een klacht indienen bij de toezichthouder.', 'nl')).supervisoryAuthority, null);
    assert.equal((await model('You have the right to file a complaint with your local supervisory authority.', 'en')).supervisoryAuthority, null);
  });

  it('is null when the authority is cited only as a source of information', async () => {
    const none = [
      ['You can obtain further information about data protection laws by visiting the Information Commissioner’s website at ICO.', 'en'],
      ["If you would like to know more about the GDPR and data protection generally, please visit the Information Commissioner's website.", 'en'],
      ['Consultez le site de la CNIL pour plus d’informations sur vos droits.', 'fr'],
      ['Inspiratie: Autoriteit Persoonsgegevens', 'nl'],
      ['Weitere Informationen finden Sie auf den Seiten des Bundesbeauftragten für den Datenschutz und die Informationsfreiheit.', 'de'],
    ] as const;
    for (const [text, lang] of none) assert.equal((await model(text, lang)).supervisoryAuthority, null, text);
    // Near misses: a complaint in the same sentence, or the authority also named for complaints.
    const named = [
      ['For more information on how to complain, visit the Information Commissioner’s website.', 'en', 'Information Commissioner'],
      ['You may lodge a complaint with the Information Commissioner. Further information is available by visiting the ICO website.', 'en', 'Information Commissioner'],
      ['Vous pouvez introduire une réclamation auprès de la CNIL.', 'fr', 'CNIL'],
      ['Meer uitleg over cookies vind je op de website van de Privacycommissie.', 'nl', 'Privacycommissie'],
    ] as const;
    for (const [text, lang, name] of named) assert.equal((await model(text, lang)).supervisoryAuthority?.name, name, text);
  });

  it('prefers the authority the policy calls competent over one cited earlier for something else', async () => {
    const de = await model(
      'Die Leitlinien des Bayerischen Landesbeauftragten für den Datenschutz bestätigen dies.\n\nDie für uns zuständige Aufsichtsbehörde ist:  \nDie Landesbeauftragte für den Datenschutz Niedersachsen  \nPrinzenstraße 5',
      'de',
    );
    assert.match(de.supervisoryAuthority?.name ?? '', /^Landesbeauftragte für den Datenschutz/u);
    const en = await model('We follow the guidance of the Information Commissioner.\n\nOur lead supervisory authority is the Data Protection Commission.', 'en');
    assert.equal(en.supervisoryAuthority?.name, 'Data Protection Commission');
    // Near miss: "competent" said of no authority in particular leaves the first mention.
    const none = await model('We follow the guidance of the Information Commissioner.\n\nThe Data Protection Commission publishes a competent overview of cookies.', 'en');
    assert.equal(none.supervisoryAuthority?.name, 'Information Commissioner');
  });

  it('reads a bare abbreviation only as an authority in a complaint context', async () => {
    assert.equal((await model('Wij halen uw adres uit de GBA.', 'nl')).supervisoryAuthority, null);
    assert.equal((await model('U kunt een klacht indienen bij de GBA.', 'nl')).supervisoryAuthority?.name, 'GBA');
  });
});

describe('updated date', () => {
  it('reads a full date after a cue, in Dutch and English', async () => {
    assert.equal((await model('**Laatst bijgewerkt:** 14 november 2025', 'nl')).updated, '2025-11-14');
    assert.equal((await model('Deze privacyverklaring is voor het laatst gewijzigd op 3 april 2022.', 'nl')).updated, '2022-04-03');
    assert.equal((await model('Last updated August 28th, 2023', 'en')).updated, '2023-08-28');
    assert.equal((await model('Effective date: November 16, 2020', 'en')).updated, '2020-11-16');
    assert.equal((await model('Datum: 01-02-2023', 'nl')).updated, '2023-02-01');
  });

  it('is null without a full date or without a cue', async () => {
    assert.equal((await model('versie 1.2, januari 2023', 'nl')).updated, null);
    assert.equal((await model('Last updated: [October 2021].', 'en')).updated, null);
    assert.equal((await model('Last updated: 12/03/2024', 'en')).updated, null, 'day and month cannot be told apart');
    assert.equal((await model('CoronaMelder werkt vanaf 30 november 2020 samen met andere apps.', 'nl')).updated, null);
  });

  it('reads the date under a "Versie" heading', async () => {
    assert.equal((await model('## Versie\n\nPrivacyverklaring Stichting HackNature, 2 februari 2021.', 'nl')).updated, '2021-02-02');
  });
});

describe('plausible controller names', () => {
  const html = (title: string, body: string): Promise<PolicyModel> =>
    parsePolicyText(`<html><head><title>${title}</title></head><body>${body}</body></html>`, { format: 'html', language: 'nl' }).then((r) => r.model);

  it('takes the site name from the page title, also when the h1 is only "Privacybeleid"', async () => {
    const m = await html('Zwolle Bitcoin Stad - Privacybeleid', '<h1>Privacybeleid</h1><p>Wij verwerken je naam en e-mailadres om je aanmelding te verwerken.</p>');
    assert.equal(m.controller.name, 'Zwolle Bitcoin Stad');
    // Near miss: an adjective before the policy word is no name ("Algemene Privacyverklaring").
    const generic = await model('# Algemene Privacyverklaring\n\nDe deelnemende gemeente verwerkt uw gegevens. Hieronder leest u hoe.', 'nl');
    assert.equal(generic.controller.name, null);
  });

  it('takes the name from a "## Privacyverklaring X" heading', async () => {
    const m = await model('## Privacyverklaring NLUUG\n\nIn deze verklaring leest u welke gegevens NLUUG verwerkt wanneer u lid bent.', 'nl');
    assert.equal(m.controller.name, 'NLUUG');
  });

  it('prefers a capitalised multi-word name used throughout over one of its words', async () => {
    const m = await model(
      'Savetz Publishing takes online privacy very seriously. Our lists are seen only by the Savetz Publishing staff.\n\nSavetz Publishing records information about visits to its web servers. Our Privacy Policy applies to the European Economic Area.',
      'en',
    );
    assert.equal(m.controller.name, 'Savetz Publishing');
    // Near miss: common words in capitals ("Privacy Policy", "European Economic Area") are no name.
    const none = await model('This Privacy Policy applies in the European Economic Area. The Privacy Policy may change.', 'en');
    assert.equal(none.controller.name, null);
  });

  it('never takes an article reference, a plural of initials or a street as the name', async () => {
    const m = await model(
      'We process data as defined in Art. 4 GDPR and Art. 6 GDPR. We store IDs of devices and the IDs of sessions.\n\nWrite to 500 Colin P Kelly Jr St, or to 500 Colin P Kelly Jr St again.',
      'en',
    );
    assert.equal(m.controller.name, null);
  });

  it('reads a name the contact domain spells with a word more, but not a free mail domain or an initial', async () => {
    const m = await model('Mullvad keeps no activity logs. Mullvad can not see your traffic. Ask Mullvad at support@mullvadvpn.net.', 'en');
    assert.equal(m.controller.name, 'Mullvad');
    const mail = await model('Stuur ons een mail via zwemlanaken@gmail.com. De mail wordt gelezen door het bestuur.', 'nl');
    assert.notEqual(mail.controller.name, 'mail');
  });

  it('never takes a defined role such as "de Gebruiker" as the controller', async () => {
    const m = await model('De Gebruiker is verantwoordelijk voor de verwerking van de gegevens die hij zelf invoert.', 'nl');
    assert.equal(m.controller.name, null);
  });

  it('accepts a registry service as controller in its own policy, but not in a site that uses it', async () => {
    const own = await model(
      `LinkedIn Ireland Unlimited Company (“LinkedIn Ireland”) will be the controller of your personal data.\n\n${'LinkedIn shows your profile to other members. '.repeat(10)}`,
      'en',
    );
    assert.equal(own.controller.name, 'LinkedIn Ireland Unlimited Company');
    const site = await model('Google Ireland Limited is the controller of the data collected by Google Analytics on this site. Contact us at info@fietsclub.nl.', 'en');
    assert.notEqual(site.controller.name, 'Google Ireland Limited');
  });
});

it('a legal form alone or a label with an empty placeholder is no controller name (near miss: a named GmbH)', async () => {
  const { parsePolicyText } = await import('../src/index.js');
  const bare = await parsePolicyText('# Datenschutz\n\nVerantwortlich: GmbH\n', { format: 'markdown', language: 'de' });
  assert.equal(bare.model.controller.name, null);
  const named = await parsePolicyText('# Datenschutz\n\nVerantwortlich ist die Beispiel GmbH, Hauptstraße 1, 10115 Berlin, info@beispiel-gmbh.de.\n', { format: 'markdown', language: 'de' });
  assert.equal(named.model.controller.name, 'Beispiel GmbH');
});

describe('capitalised words that name no controller', () => {
  it('a run holding a pronoun ("Wenn Sie") is no name, however often sentences open with it', async () => {
    const text = '# Datenschutzerklärung\n\nWenn Sie per E-Mail Kontakt mit uns aufnehmen (info@beispiel-software.com), speichern wir Ihre Daten.\n\nWenn Sie glauben, dass die Verarbeitung gegen das Datenschutzrecht verstößt, können Sie sich beschweren.\n\nWenn Sie Fragen haben, schreiben Sie uns.\n';
    assert.notEqual((await model(text, 'de')).controller.name, 'Wenn Sie');
  });

  it('a word the text also writes in lower case ("Gemeinsam") is no name; the entity after the label is', async () => {
    const text = '# Datenschutz\n\n## Verantwortliche\n\nGemeinsam verantwortlich für diese Seite sind im Sinne der DSGVO:\n\nMusterfirma GmbH, Hauptstraße 1, 10115 Berlin\n\nWir arbeiten gemeinsam mit unserem Hoster.\n';
    assert.equal((await model(text, 'de')).controller.name, 'Musterfirma GmbH');
  });

  it('a "Name:" field of a cookie row is no contact card', async () => {
    const text = '# Datenschutzerklärung\n\n## Cookies\n\nName: CONSENT Wert: WP.282f52 Verwendungszweck: Das Cookie speichert den Status der Zustimmung. Ablaufdatum: nach 18 Jahren\n';
    assert.equal((await model(text, 'de')).controller.name, null);
  });
});

describe('German definitions and verb-last statements', () => {
  it('„wir“ oder „uns“ after an address defines the person before the address; the quoted pronouns are no alias', async () => {
    const m = await model('# Datenschutz\n\nDie App (nachfolgend „App“) wird von Nils Baumgartner, Kreuzstraße 44, 49393 Lohne (nachfolgend „wir“ oder „uns“) als Verantwortlicher im Sinne der DSGVO zur Verfügung gestellt.\n', 'de');
    assert.equal(m.controller.name, 'Nils Baumgartner');
    assert.deepEqual(m.controller.aliases, []);
  });

  it('"wird von X, address, als Verantwortlicher bereitgestellt" names X; "von uns als Verantwortlicher" names no one', async () => {
    assert.equal((await model('# Datenschutz\n\nDie App wird von der Muster GmbH, Kreuzstraße 44, 49393 Lohne, als Verantwortlicher bereitgestellt.\n', 'de')).controller.name, 'Muster GmbH');
    assert.equal((await model('# Datenschutz\n\nDie Daten werden von uns als Verantwortlicher verarbeitet.\n', 'de')).controller.name, null);
  });
});

describe('label values and table cells', () => {
  it('a controller label whose next line is a name field takes the field value ("Raison sociale : …")', async () => {
    const m = await model('# Politique de confidentialité\n\n**Responsable du traitement :**\n**Raison sociale :** Couturier Arthur\n**SIRET :** 930959572 00023\n', 'fr');
    assert.equal(m.controller.name, 'Couturier Arthur');
  });

  it('a word opening table cells ("Legitimate interests") is no site name', async () => {
    const rows = Array.from({ length: 6 }, (_, i) => `| Purpose ${i} | Legitimate interests |`).join('\n');
    const m = await model(`# Privacy\n\n| Purpose | Basis |\n|---|---|\n${rows}\n`, 'en');
    assert.notEqual(m.controller.name, 'Legitimate');
  });
});

describe('possessive phrases', () => {
  it('a phrase opening with a possessive ("Ihrem Browser", "Your Account") is no name; an all-capitals "IT" is no pronoun', async () => {
    const m = await model('# Datenschutz\n\nCookies werden in Ihrem Browser gespeichert. Ihrem Browser können Sie das Speichern verbieten. Ihrem Browser gehört die Entscheidung.\n', 'de');
    assert.notEqual(m.controller.name, 'Ihrem Browser');
    assert.equal((await model('# Privacy\n\nIT Solutions Ltd, 1 Main Street, York YO1 7HH, is the controller of your personal data.\n', 'en')).controller.name, 'IT Solutions Ltd');
  });
});

describe('German runs of capitalised words', () => {
  const policy = (extra: string): string =>
    '# Datenschutzerklärung\n\n' +
    'Im Folgenden informieren wir Sie über die Verarbeitung. Im Folgenden nennen wir die Zwecke.\n\n' +
    '- Gemäß Art. 15 DSGVO Auskunft zu verlangen.\n- Gemäß Art. 16 DSGVO Berichtigung zu verlangen.\n- Gemäß Art. 17 DSGVO Löschung zu verlangen.\n\n' +
    'Nach dem Ende der Sitzung löschen wir die Daten. Zum Ende der Sitzung endet alles.\n\n' +
    'Kontakt: info@beispiel-verein.de\n' +
    extra;

  it('nouns and citations ("Im Folgenden", "Gemäß Art.", "Ende der Sitzung") are no controller name', async () => {
    assert.equal((await model(policy(''), 'de')).controller.name, null);
  });

  it('a run with an inner capital, used often, still is ("Privilegierte Hauptschützen-Gesellschaft Nürnberg")', async () => {
    const name = 'Privilegierte Hauptschützen-Gesellschaft Nürnberg';
    const m = await model(policy(`\nDie ${name} achtet auf Datenschutz. Die ${name} speichert wenig. Die ${name} löscht viel.\n`), 'de');
    assert.equal(m.controller.name, name);
  });
});

describe('names in capitals after a label', () => {
  it('"Company: WOJTEK SAS" names the controller; a line in capitals is still no name', async () => {
    const text = '# Privacy Policy\n\n## Data Controller\n\nThe data controller responsible for the processing of personal data is:\n\nCompany: WOJTEK SAS\n\nAddress: 78, Avenue des Champs-Élysées, 75008 Paris, France\n';
    assert.equal((await model(text, 'en')).controller.name, 'WOJTEK SAS');
    const shouting = '# Privacy Policy\n\nTHE SERVICE IS PROVIDED AS IS WITHOUT WARRANTY OF ANY KIND.\n\nWrite to 78, Avenue des Champs-Élysées, 75008 Paris, France.\n';
    assert.notEqual((await model(shouting, 'en')).controller.name, 'IS');
    assert.ok(!/\bAS\b/u.test((await model(shouting, 'en')).controller.name ?? ''));
  });
});

describe('law names and defined terms are no site names', () => {
  it('"CAN SPAM Act" and "Personally Identifiable Information", used often, name nobody', async () => {
    const text = '# Privacy\n\nWe follow the CAN SPAM Act. The CAN SPAM Act sets rules for e-mail. We respect the CAN SPAM Act.\n\nWe collect Personally Identifiable Information. Personally Identifiable Information is kept safe.\n';
    assert.equal((await model(text, 'en')).controller.name, null);
  });
});

describe('legal forms of Central and Eastern Europe', () => {
  it('"Kood Labs OÜ", "Zebra s.r.o." and "Mala Kft." are legal entities', async () => {
    for (const name of ['Kood Labs OÜ', 'Zebra s.r.o.', 'Mala Kft.']) {
      const m = await model(`# Privacy Policy\n\n${name} is the controller of your personal data. Contact: privacy@example.com.\n`, 'en');
      assert.equal(m.controller.name, name);
    }
  });
});

describe('an address card split into paragraphs', () => {
  it('a lone entity line ("**Zebra Labs GmbH**" or a plain paragraph) with street and postcode lines after it names the controller', async () => {
    const bold = '# Datenschutzerklärung\n\n## Verantwortliche Stelle\n\n**Schulförderverein des KreativCampus Evershagen e.V.**\n\nE-Mail: foerderverein@kreativ-campus.de\n';
    assert.equal((await model(bold, 'de')).controller.name, 'Schulförderverein des KreativCampus Evershagen e.V.');
    const split = '# Datenschutzerklärung\n\nBei Fragen schreib uns.\n\nZebra Labs GmbH\n\nDatenschutz\n\nStresemannstraße 375\n\n22761 Hamburg\n';
    assert.equal((await model(split, 'de')).controller.name, 'Zebra Labs GmbH');
  });

  it('near miss: an entity line followed by running text is no card', async () => {
    const text = '# Datenschutzerklärung\n\nZebra Labs GmbH\n\nWir verwenden Cookies, um die Website zu verbessern, und speichern Daten nur so lange wie nötig.\n';
    assert.equal((await model(text, 'de')).controller.name, null);
  });
});

describe('an authority\'s address card after an introduction that names it', () => {
  it('is not the controller\'s address; a card after the controller\'s own introduction is', async () => {
    const authority = await model('# Privacy\n\nJudoclub Voorbeeld vzw is verantwoordelijk voor je gegevens.\n\nJe hebt het recht een klacht in te dienen bij de Gegevensbeschermingsautoriteit:\n\nDrukpersstraat 35, 1000 Brussel\n', 'nl');
    assert.equal(authority.controller.address, null);
    const own = await model('# Privacy\n\nJudoclub Voorbeeld vzw is verantwoordelijk voor je gegevens. Je kan ons bereiken op:\n\nKerkstraat 12, 9860 Oosterzele\n', 'nl');
    assert.equal(own.controller.address, 'Kerkstraat 12, 9860 Oosterzele');
  });
});

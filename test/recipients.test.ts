/**
 * Recipients, third-country transfers and law references: the seeds, real sentences from the corpus, and the near
 * misses (denials, sources, share buttons, links, history) that keyword search gets wrong.
 *
 * The extractors run on their own document (not the whole model), so these tests do not depend on other parts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { readPolicy, type InputFormat } from '../src/io/read.js';
import { buildDocument, type PolicyDocument } from '../src/document/index.js';
import { ExtractContext } from '../src/extract/context.js';
import { extractRecipients } from '../src/extract/recipients.js';
import { extractTransfers, homeCountries } from '../src/extract/transfers.js';
import { extractSupervisoryAuthority } from '../src/extract/authority.js';
import { extractLawReferences } from '../src/extract/laws.js';
import type { Language, LawReference, Recipient, Transfer } from '../src/model/types.js';
import { SEED_MD, SEED_TXT, evidenceProblem, readOriginal, splitLines } from './helpers.js';

interface Read {
  recipients: Recipient[];
  transfers: Transfer[];
  laws: LawReference[];
}

function readDoc(doc: PolicyDocument): Read {
  const ctx = new ExtractContext(doc);
  const recipients = extractRecipients(ctx);
  const laws = extractLawReferences(ctx);
  return { recipients, transfers: extractTransfers(ctx, recipients, homeCountries(laws, extractSupervisoryAuthority(ctx))), laws };
}

async function read(text: string, language: Language, format: InputFormat = 'markdown'): Promise<Read> {
  return readDoc(await buildDocument({ path: 'policy', text, format, encoding: 'utf-8' }, { language }));
}

async function readFile(path: string): Promise<Read & { lines: string[] }> {
  return { ...readDoc(await buildDocument(await readPolicy(path))), lines: splitLines(readOriginal(path)) };
}

const named = (r: Read): string[] => r.recipients.filter((x) => x.kind !== 'category').map((x) => x.name);
const categories = (r: Read): string[] => r.recipients.filter((x) => x.kind === 'category').map((x) => x.name.toLowerCase());
const transfers = (r: Read): string[] => r.transfers.map((t) => `${t.destination}/${t.mechanism}`);
const outdated = (r: Read): string[] => r.laws.filter((l) => l.outdated).map((l) => l.id);

describe('recipients', () => {
  it('seed cloudbilling: the services used, with registry names and seats, and the engaged third parties', async () => {
    const r = await readFile(SEED_TXT);
    assert.deepEqual(named(r), ['Google Analytics', 'HubSpot', 'Eventbrite']);
    const hubspot = r.recipients.find((x) => x.name === 'HubSpot')!;
    assert.equal(hubspot.service, 'HubSpot');
    assert.equal(hubspot.country, 'IE');
    assert.equal(hubspot.outsideEea, true);
    assert.equal(r.recipients.find((x) => x.name === 'Eventbrite')!.country, 'US');
    assert.ok(categories(r).includes('derde partijen'));
    // "zal uw persoonlijke gegevens niet aan derden verkopen" is a denial, not a recipient.
    for (const x of r.recipients) for (const e of x.evidence) assert.doesNotMatch(e.text, /niet aan derden verkopen/u);
    for (const x of r.recipients) for (const e of x.evidence) assert.equal(evidenceProblem(r.lines, e), null);
  });

  it('seed cloudaware: only the category "derden" of the disclosure for the contract', async () => {
    const r = await readFile(SEED_MD);
    assert.deepEqual(named(r), []);
    assert.deepEqual(categories(r), ['derden']);
    assert.match(r.recipients[0].evidence[0].text, /^CloudAware verstrekt uitsluitend aan derden/u);
  });

  it('a service named only in a denial is no recipient, nor is "we share with nobody" a category', async () => {
    assert.deepEqual(named(await read('Wij gebruiken geen Google Analytics.', 'nl')), []);
    assert.deepEqual(named(await read('Wij delen geen gegevens met Facebook.', 'nl')), []);
    const r = await read('We do not share your personal information with any third parties.', 'en');
    assert.deepEqual(r.recipients, []);
    assert.deepEqual((await read('Stichting HackNature verstrekt geen persoonsgegevens aan derden.', 'nl')).recipients, []);
  });

  it('a source of data is no recipient', async () => {
    assert.deepEqual(named(await read('We may receive information about you from LinkedIn.', 'en')), []);
    const text = [
      '## Wijze van Verzamelen van Persoonsgegevens',
      '',
      '* **Via openbare bronnen:**',
      '    * In sommige gevallen kunnen wij openbaar beschikbare informatie over uw organisatie raadplegen, bijvoorbeeld via de website van uw bedrijf of via LinkedIn.',
    ].join('\n');
    assert.deepEqual(named(await read(text, 'nl')), []);
  });

  it('drops a bare parent when its product is named, and keeps its evidence', async () => {
    const text = [
      '## Websitegebruik',
      '',
      '- We gebruiken **Google Analytics** om te begrijpen hoe bezoekers onze website gebruiken',
      '- Meer info: [policies.google.com/privacy](https://policies.google.com/privacy)',
      '',
      '## Delen we je gegevens met anderen?',
      '',
      '- **Google Analytics:** We delen geanonimiseerde gebruiksgegevens met Google voor analytics doeleinden. Google verwerkt deze gegevens als verwerker conform hun privacybeleid',
    ].join('\n');
    const r = await read(text, 'nl');
    assert.deepEqual(named(r), ['Google Analytics']);
    assert.ok(r.recipients[0].evidence.some((e) => /als verwerker/u.test(e.text)));
    assert.equal(r.recipients[0].kind, 'processor');
  });

  it('takes legal-entity names in a recipients label, short as commonly spelled, with the seat from the address', async () => {
    const text = [
      '**Processors:** We may use trustworthy processors that only process your personal data on our behalf. Some elements that relate to newsletters are hosted by dialog-Mail eMarketing Systems GmbH (details below at 3) on our behalf.',
      '**Other Recipients:** Usually none. The only exception can be our external backend support (nycro UG, Hütten 118, 20355 Hamburg, Germany) that can have unavoidable access to information when solving technical issues.',
      '**Payment Providers:** If you choose to pay via credit card, you will be forwarded to a secure page of SIX Payment Services Austria GmbH and/or your payment provider. You can find the SIX privacy information here. Our bank (Erste Bank der oesterreichischen Sparkassen AG, Am Belvedere 1, 1100 Wien, for SEPA payments) needs to receive the relevant transaction information.',
    ].join('  \n');
    const r = await read(text, 'en');
    assert.deepEqual(named(r), ['dialog-Mail', 'nycro', 'SIX Payment Services', 'Erste Bank']);
    assert.equal(r.recipients.find((x) => x.name === 'nycro')!.country, 'DE');
    assert.equal(r.recipients.find((x) => x.name === 'SIX Payment Services')!.country, 'AT');
  });

  it('share buttons and links to other sites give no recipient', async () => {
    const text = 'If you click on any button that allows you to share our page (e.g. Twitter or Facebook) or follow a link to a third party page, you will be redirected to this other page.';
    assert.deepEqual(named(await read(`## How we share your data\n\n${text}`, 'en')), []);
  });

  it('reads a recipients column: an organisation by name, other lines as categories, "NVT" as nobody', async () => {
    const text = [
      '<table><tr><th>Doel</th><th>Grondslag</th><th>Ontvangers</th></tr>',
      '<tr><td>Administratie</td><td>Uitvoering van de Overeenkomst</td><td>Administratiebestuur<br>Eventuele KNHS bij startkaart houder</td></tr>',
      '<tr><td>Berichten via Whatsapp bij lessend lidmaatschap</td><td>Uitvoering van de Overeenkomst</td><td>NVT</td></tr></table>',
    ].join('\n');
    const r = await read(text, 'nl', 'html');
    assert.deepEqual(named(r), ['KNHS']);
    assert.deepEqual(categories(r), ['administratiebestuur']);
  });

  it('takes the services of a list introduced as the systems the controller uses', async () => {
    const text = 'SandersVerjaardag gebruikt de volgende computerprogramma\'s of -systemen:\n\n* Typeform\n* ActiveCampaign\n* Zapier\n';
    assert.deepEqual(named(await read(text, 'nl')), ['Typeform', 'ActiveCampaign', 'Zapier']);
  });

  it('takes abbreviations where recipients are listed, not a part of the controller nor the operator of a named service', async () => {
    const text = [
      '### 6. Aan wie worden persoonsgegevens verstrekt?',
      '',
      'De backend server wordt beheerd door het CIBG (onderdeel van het Ministerie van volksgezondheid, welzijn en sport) met KPN als onderaannemer (verwerker).',
      '',
      'De GGD verwerkt de validatiecode in het GGD-portaal van de app.',
      '',
      'De DKs worden gedeeld via de Europese Federatieve Gateway Service (EFGS) met andere Europese landen. De EFGS wordt beheerd door de Europese Commissie (verwerker).',
    ].join('\n');
    const r = await read(text, 'nl');
    assert.deepEqual(named(r), ['KPN', 'GGD', 'EFGS']);
    assert.equal(r.recipients[0].kind, 'processor');
  });

  it('does not take the controller itself', async () => {
    const text = [
      'Regardless, you are strongly encouraged to use a unique password for your SourceHut account.',
      '',
      '#### How we share your information with third-parties',
      '',
      'Your data is stored on our servers, which are owned and operated by SourceHut. If you use any of our paid services, we will transmit your payment information to a third-party payment processor, [Stripe](https://stripe.com/).',
    ].join('\n');
    assert.deepEqual(named(await read(text, 'en')), ['Stripe']);
  });

  it('a cue covers a list of names, and a proper name outside the registry after a clear cue', async () => {
    assert.deepEqual(named(await read('Wij werken samen met PostNL en DHL voor de bezorging van uw bestelling.', 'nl')), ['PostNL', 'DHL']);
    assert.deepEqual(named(await read('We use Fathom to count visitors.', 'en')), ['Fathom']);
    assert.deepEqual(named(await read('Wij werken samen met Acme Hosting B.V. en Foo Mail GmbH.', 'nl')), ['Acme Hosting', 'Foo Mail']);
    // A capitalised defined term after a loose verb is not a name.
    assert.deepEqual(named(await read('We use your Payment Information to provide you with the Paid Account.', 'en')), []);
  });

  it('a service said to be a processor, or to keep the reader\'s data, is a recipient', async () => {
    assert.deepEqual(named(await read('Supabase is verwerker, wij zijn verantwoordelijke.', 'nl')), ['Supabase']);
    assert.deepEqual(named(await read('Supabase bewaart je accountgegevens op servers in de EU.', 'nl')), ['Supabase']);
    assert.deepEqual(named(await read('Supabase is our processor.', 'en')), ['Supabase']);
    assert.deepEqual(named(await read('Supabase stores your account data on servers in the EU.', 'en')), ['Supabase']);
    // The reader's own software keeps things too: no recipient.
    assert.deepEqual(named(await read('Je browser bewaart je voorkeuren.', 'nl')), []);
    assert.deepEqual(named(await read('Your Browser stores your preferences.', 'en')), []);
  });

  it('a known service heading a sub-section of the recipients section; not under another section', async () => {
    const text = '# Privacy\n\n## Met wie we gegevens delen\n\nWij verkopen niets.\n\n### Supabase (database + authenticatie)\n\nDe database draait in de EU.\n\n### Apple\n\nDe aankoop verloopt via de winkel.\n';
    const { recipients } = await read(text, 'nl');
    assert.deepEqual(recipients.filter((r) => r.kind !== 'category').map((r) => [r.name, r.evidence[0]?.line]), [['Supabase', 7], ['Apple', 11]]);
    assert.deepEqual(named(await read('# Privacy\n\n## Analytics\n\n### Google Analytics\n\nWe do not use it.\n', 'en')), []);
  });

  it('the legal-form tail of a service\'s entity name is no recipient of its own', async () => {
    const text = 'Our website accepts payments via PayPal. The provider of this service is PayPal (Europe) S.à.r.l & Cie, S.C.A. (22-24 Boulevard Royal, L-2449 Luxembourg).';
    assert.deepEqual(named(await read(text, 'en')), ['PayPal']);
  });

  it('one service under its new and old name is one recipient, under the name written first', async () => {
    assert.deepEqual(named(await read('Our mailing list is managed via [Brevo (formerly Sendinblue)](https://www.brevo.com).', 'en')), ['Brevo']);
    assert.deepEqual(named(await read('Our mailing list is managed via Sendinblue (now Brevo).', 'en')), ['Sendinblue']);
  });

  it('a known service in brackets after "our <tool>" provides that tool; not a social page, nor "your account (Google)"', async () => {
    assert.deepEqual(named(await read('Al je data staat veilig versleuteld in onze Unified Database (Supabase).', 'nl')), ['Supabase']);
    assert.deepEqual(named(await read('We send newsletters with our mailing tool (Mailchimp).', 'en')), ['Mailchimp']);
    assert.deepEqual(named(await read('You can log in with your account (Google).', 'en')), []);
    assert.deepEqual(named(await read('Volg onze pagina (Facebook) voor nieuws.', 'nl')), []);
  });

  it('the public-sector recipients of schools and councils are categories', async () => {
    assert.deepEqual(categories(await read('We routinely share pupil information with schools that pupils attend after leaving us.', 'en')), ['schools']);
    assert.deepEqual(categories(await read('We share your data with our local authority.', 'en')), ['our local authority']);
    assert.deepEqual(categories(await read('Our pupils come from local schools.', 'en')), []);
  });

  it('an address of a service (link, e-mail) is not the service', async () => {
    assert.deepEqual(named(await read('## Ontvangers\n\nMeer info: policies.google.com/privacy of mail psv@gmail.com', 'nl')), []);
  });

  it('a list under a recipients heading: names set off by markup, an apposition or what they do; not roles or common nouns', async () => {
    const nl = [
      '## Met wie deel ik je gegevens?',
      '',
      'Ik verkoop je gegevens nooit. Wel gebruik ik een paar diensten:',
      '',
      '- **Veldhost** host mijn website en mijn e-mail;',
      '- Kasboek, het pakket waarin ik mijn boekhouding doe;',
      '- Zekerhuis, onze verzekeraar, alleen bij schade;',
      '- Penningmeester, voor de contributie;',
      '- Drukkerijen, die onze folders maken;',
      '- de gemeente, voor de subsidie.',
    ].join('\n');
    assert.deepEqual(named(await read(nl, 'nl')), ['Veldhost', 'Kasboek', 'Zekerhuis']);
    const en = [
      '## Who receives your data?',
      '',
      '- **Ledgerly** holds our accounts;',
      '- Parcelforce and Evri deliver your parcels;',
      '- Printers deliver our flyers;',
      '- Newsletter, sent monthly;',
      '- Bookkeeping Software',
      '- WeTransfer, for big files.',
    ].join('\n');
    assert.deepEqual(named(await read(en, 'en')), ['Ledgerly', 'Parcelforce', 'Evri', 'WeTransfer']);
    // The heading alone names nobody.
    assert.deepEqual(named(await read('## Met wie deel ik je gegevens?\n\nIk deel je gegevens met niemand. Soms vraag ik een collega om hulp.', 'nl')), []);
  });

  it('a word never written in lower case is a name; the same word written as a common noun elsewhere is not', async () => {
    const list = '## Wie krijgt je gegevens?\n\nWe geven je gegevens enkel door aan:\n\n- Kwikpost, dat de pakketten bezorgt;\n- Verzekering, die de schade vergoedt.';
    assert.deepEqual(named(await read(list, 'nl')), ['Kwikpost', 'Verzekering']);
    assert.deepEqual(named(await read(`${list}\n\nDe verzekering loopt via de bond.`, 'nl')), ['Kwikpost']);
  });

  it('a list after a lead that hands data on, also with the preposition in the item', async () => {
    const text = '## Bestellingen\n\nDe vereniging verstrekt persoonsgegevens niet aan derden, behalve:\n\n- aan Ledenbaas, het online pakket voor onze ledenadministratie;\n- aan de bond, voor het bondsblad.';
    assert.deepEqual(named(await read(text, 'nl')), ['Ledenbaas']);
    // A list after another kind of lead is not a list of recipients.
    assert.deepEqual(named(await read('## Bestellingen\n\nJe kunt kiezen uit:\n\n- Ledenbaas, het online pakket;\n- Kwikpost, dat bezorgt.', 'nl')), []);
  });

  it('reads a table drawn with pipes in plain text: the processor column names, other columns nothing', async () => {
    const table = [
      'We use the following sub-processors.',
      '',
      '+---------------------+-----------------------+-------------+',
      '| Sub-processor       | Purpose               | Location    |',
      '+---------------------+-----------------------+-------------+',
      '| Nordhost GmbH       | Hosting, backups      | Germany     |',
      '| Ticketly B.V.       | Support inbox         | Netherlands |',
      '+---------------------+-----------------------+-------------+',
    ].join('\n');
    const r = await read(table, 'en', 'text');
    assert.deepEqual(named(r), ['Nordhost', 'Ticketly']);
    assert.ok(r.recipients.every((x) => x.kind === 'processor'));
    const other = ['Retention', '', '| Purpose | Period |', '|---------|--------|', '| Billing | 7 years |', '| Support Desk | 2 years |'].join('\n');
    assert.deepEqual(named(await read(other, 'en', 'text')), []);
    // One line between pipes is no table.
    assert.deepEqual(named(await read('Choose one: | Nordhost GmbH | or | Ticketly |', 'en', 'text')), []);
  });

  it('a column of organisations in a table under a recipients heading; a cookie-name column is not one', async () => {
    const school = '## Met wie delen wij gegevens?\n\n| Organisatie | Waarvoor |\n|---|---|\n| Leerwijzer | Leerlingvolgsysteem |\n| Social Schools | Ouderportaal |\n';
    assert.deepEqual(named(await read(school, 'nl')), ['Leerwijzer', 'Social Schools']);
    const cookies = '## Met wie delen wij gegevens?\n\n| Naam | Doel |\n|---|---|\n| PHPSESSID | sessie |\n| Lang | taalkeuze |\n';
    assert.deepEqual(named(await read(cookies, 'nl')), []);
  });

  it('a service of a named provider ("the platform of", "maps from") and data handed to a proper name', async () => {
    assert.deepEqual(named(await read('We use the consent management platform of Usercentrics to store your consent.', 'en')), ['Usercentrics']);
    assert.deepEqual(named(await read('Our tour pages contain maps from Google Maps.', 'en')), ['Google Maps']);
    assert.deepEqual(named(await read('Wij maken geen gebruik van het platform van Facebook.', 'nl')), []);
    assert.deepEqual(named(await read('After your trip we pass your email address and booking number to Review Hub, which invites you.', 'en')), ['Review Hub']);
    assert.deepEqual(named(await read('You can pass your data to Foo Bar if you like.', 'en')), []);
    assert.deepEqual(named(await read('Voor mijn offertes gebruik ik Offertewerk.', 'nl')), ['Offertewerk']);
  });

  it('a processor agreement "met X" names X', async () => {
    assert.deepEqual(named(await read('Met Ledenbaas is een bewerkersovereenkomst gesloten.', 'nl')), ['Ledenbaas']);
    assert.deepEqual(named(await read('Met de verwerkersovereenkomst leggen wij afspraken vast.', 'nl')), []);
  });

  it('an authority named where the law may compel a disclosure is an example, not a recipient', async () => {
    const conditional = '## Sharing your data\n\nWe may also share information with our accountants, and with HMRC or the police if the law requires us to.';
    const r = await read(conditional, 'en');
    assert.deepEqual(named(r), []);
    assert.ok(categories(r).includes('accountants'));
    assert.deepEqual(named(await read('## Sharing your data\n\nWe send your VAT data to HMRC every quarter.', 'en')), ['HMRC']);
    assert.deepEqual(named(await read('## Met wie delen wij gegevens?\n\nDaarnaast zijn wij wettelijk verplicht gegevens door te geven aan DUO.', 'nl')), ['DUO']);
    assert.deepEqual(named(await read('## Met wie delen wij gegevens?\n\nWij geven gegevens aan de FIOD als de wet dat vereist.', 'nl')), []);
  });

  it('for German and French only registry services in a table are read', async () => {
    const text = '| Sous-traitant | Traitement | Pays |\n| --- | --- | --- |\n| Crisp | Support | Pays Bas |\n| Sendinblue | Emails | UE et hors UE |\n';
    assert.deepEqual(named(await read(text, 'fr')), ['Crisp', 'Sendinblue']);
  });
});

describe('transfers', () => {
  it('the seeds say nothing about transfers', async () => {
    assert.deepEqual((await readFile(SEED_TXT)).transfers, []);
    assert.deepEqual((await readFile(SEED_MD)).transfers, []);
  });

  it('a registry fact is no statement: "we use Google Analytics" gives no transfer', async () => {
    const r = await read('Op de site gebruiken wij Google Analytics om de werking van de site te analyseren.', 'nl');
    assert.equal(r.recipients[0].outsideEea, true);
    assert.deepEqual(r.transfers, []);
  });

  it('transfers outside the EEA with the mechanisms named, not a safeguard named as absent', async () => {
    const text = [
      'Indien het echter noodzakelijk mocht zijn om persoonsgegevens door te geven naar landen buiten de EER, zullen wij ervoor zorgen dat er passende waarborgen zijn getroffen.',
      '',
      '* **Een adequaatheidsbesluit van de Europese Commissie:** Waarbij de Europese Commissie heeft vastgesteld dat het betreffende derde land een passend beschermingsniveau biedt.',
      '* **Passende waarborgen:** Zoals het gebruik van modelcontractbepalingen of bindende bedrijfsvoorschriften (Binding Corporate Rules).',
      '',
      'Indien er sprake is van een doorgifte naar een derde land zonder adequaatheidsbesluit, zullen wij dit alleen doen indien er sprake is van een van de uitzonderingen genoemd in artikel 49 van de AVG.',
    ].join('\n');
    assert.deepEqual(transfers(await read(text, 'nl')), ['outside_eea/adequacy', 'outside_eea/scc', 'outside_eea/bcr', 'outside_eea/derogation']);
  });

  it('a denial is {destination: null, mechanism: none}', async () => {
    const r = await read('**Third Country Transfers:** None. We process your data within the EEA/EU.', 'en');
    assert.deepEqual(r.transfers.map((t) => [t.destination, t.mechanism, t.evidence.length]), [[null, 'none', 2]]);
    assert.deepEqual(transfers(await read('Wij geven geen persoonsgegevens door aan landen buiten de EU.', 'nl')), ['null/none']);
  });

  it('a country is a destination where data are stored or sent, not where a company is registered or data come from', async () => {
    const text = 'Your data is primarily stored and processed on our servers in the Netherlands. Under some circumstances your data may be processed in other countries within the European Union. Some of your personal data is stored in an encrypted form in the United States. It is encrypted such that your personal data cannot be processed in the United States under any circumstances.';
    const r = await read(text, 'en');
    assert.deepEqual(transfers(r), ['US/unspecified']);
    assert.equal(r.transfers[0].evidence.length, 1);
    assert.deepEqual((await read('Chayn CIO, a charity registered in the United Kingdom, operates https://chayn.co/.', 'en')).transfers, []);
    const scc = 'GitHub relies on Standard Contractual Clauses to lawfully transfer data from the European Economic Area, the United Kingdom, and Switzerland to the United States.';
    assert.deepEqual(transfers(await read(scc, 'en')), ['US/scc']);
  });

  it('a country with a mechanism is a destination; people "in" a country are not; the DPF covers the US only', async () => {
    assert.deepEqual(transfers(await read('Shopify is based in Canada, which has been recognised as providing an adequate level of protection for personal data.', 'en')), ['CA/adequacy']);
    assert.deepEqual((await read('Shopify is based in Canada.', 'en')).transfers, []);
    const users = 'Lumenboard is based in the United States, so information about users in the EEA, UK and Switzerland is transferred to the US.';
    assert.deepEqual(transfers(await read(users, 'en')), ['US/unspecified']);
    const section = '## International transfers\n\nKlaviyo stores data in the United States and is certified under the EU-US Data Privacy Framework. Our other suppliers store data in the UK.';
    assert.deepEqual(transfers(await read(section, 'en')), ['US/dpf', 'GB/unspecified']);
  });

  it('Privacy Shield relied on is a mechanism; mentioned as invalidated it is not', async () => {
    assert.deepEqual(transfers(await read('In addition, GitHub is certified to the EU-US and Swiss-US Privacy Shield Frameworks.', 'en')), ['US/privacy_shield']);
    const text = 'The Privacy Shield was invalidated by the CJEU; we now rely on standard contractual clauses.';
    assert.deepEqual(transfers(await read(text, 'en')), ['outside_eea/scc']);
  });

  it('instrument names work without a lexicon (German)', async () => {
    const r = await read('Die Übermittlung erfolgt auf Grundlage der EU-Standardvertragsklauseln.', 'de');
    assert.deepEqual(transfers(r), ['outside_eea/scc']);
  });
});

describe('law references', () => {
  it('seed cloudbilling: the Wbp and "bewerkersovereenkomst" are outdated; "verwerkingsovereenkomst" is not bewerker', async () => {
    const r = await readFile(SEED_TXT);
    assert.deepEqual(outdated(r), ['wbp', 'bewerker']);
    const wbp = r.laws.find((l) => l.id === 'wbp')!;
    assert.equal(wbp.replacement, 'uavg');
    assert.equal(r.laws.find((l) => l.id === 'bewerker')!.evidence.length, 1);
    for (const l of r.laws) for (const e of l.evidence) assert.equal(evidenceProblem(r.lines, e), null);
  });

  it('seed cloudaware cites no outdated law', async () => {
    assert.deepEqual(outdated(await readFile(SEED_MD)), []);
  });

  it('one entry per id with every sentence, in document order; a heading counts', async () => {
    const text = [
      'De verwerking vindt plaats conform de Wet bescherming persoonsgegevens.',
      '',
      '## College Bescherming Persoonsgegevens',
      '',
      'Stichting HackNature verwerkt de Persoonsgegevens conform de Wet bescherming persoonsgegevens.',
    ].join('\n');
    const r = await read(text, 'nl');
    assert.deepEqual(r.laws.map((l) => l.id), ['wbp', 'cbp']);
    assert.equal(r.laws[0].evidence.length, 2);
  });

  it('history is no reference in force: the GDPR title, an invalidated framework, a renamed authority', async () => {
    const gdpr = 'Regulation (EU) 2016/679 on the protection of natural persons with regard to the processing of personal data and repealing Directive 95/46/EC.';
    assert.deepEqual((await read(gdpr, 'en')).laws.map((l) => l.id), ['gdpr']);
    assert.deepEqual(outdated(await read('Privacy Shield was invalidated by the CJEU in July 2020.', 'en')), []);
    assert.deepEqual(outdated(await read('Yahoo participates in the Safe Harbor program developed by the U.S. Department of Commerce.', 'en')), ['safe_harbor']);
    assert.deepEqual(outdated(await read('De Autoriteit Persoonsgegevens, voorheen het CBP, houdt toezicht.', 'nl')), []);
  });

  it('undated model clauses are the current SCCs, not old_scc', async () => {
    const r = await read('Zoals het gebruik van modelcontractbepalingen die zijn goedgekeurd door de Europese Commissie.', 'nl');
    assert.deepEqual(r.laws.map((l) => [l.id, l.outdated]), [['scc', false]]);
    assert.deepEqual(outdated(await read('We use the standard contractual clauses (2010/87/EU).', 'en')), ['old_scc']);
  });

  it('works for French text too (no lexicon needed)', async () => {
    const r = await read('Conformément au Règlement (UE) 2016/679 et à la loi n° 78-17 du 6 janvier 1978 relative à l’informatique.', 'fr');
    assert.deepEqual(r.laws.map((l) => l.id), ['gdpr', 'lil']);
  });
});

describe('recipients: services given as examples or as list labels', () => {
  const named = (r: Read): string[] => r.recipients.filter((x) => x.kind !== 'category').map((x) => x.name);

  it('reads registry services given as examples of a category of recipients', async () => {
    const nl = await read('Wij delen gegevens met:\n\nBetaalproviders (zoals Mollie, PayPal, etc.)\n\nVerzenddiensten (zoals PostNL, DHL, etc.)', 'nl');
    assert.deepEqual(named(nl), ['Mollie', 'PayPal', 'PostNL', 'DHL']);
    const en = await read('Your card details go to payment providers such as Stripe.', 'en');
    assert.deepEqual(named(en), ['Stripe']);
    // Near miss: an example after a word that is no category of recipients.
    const none = await read('Browsers such as Google Chrome show a padlock.', 'en');
    assert.deepEqual(named(none), []);
  });

  it('reads a registry service that opens a list item saying what it gets or does', async () => {
    const r = await read('We keep:\n\n* PayPal: transaction ID, sender name and e-mail address\n* **Amplitude** — provides analytics of our website', 'en');
    assert.deepEqual(named(r), ['PayPal', 'Amplitude']);
    // Near miss: a service mentioned later in an item is not its label; a denial stays a denial.
    const later = await read('Our tips:\n\n* Keep your browser updated, for example Firefox.\n* We do not use Google Analytics: no tracking here.', 'en');
    assert.deepEqual(named(later), []);
  });

  it('reads a label paragraph that is a service name alone', async () => {
    const r = await read('**_Sentry_**:\nFunctional Software, Inc. dba Sentry, 45 Fremont Street, San Francisco.', 'en');
    assert.deepEqual(named(r), ['Sentry']);
    // Near miss: the name opening an ordinary sentence with a colon is no label.
    const sentence = await read('Sentry: we watch our servers closely.', 'en');
    assert.deepEqual(named(sentence), []);
  });

  it('names the product where the text names it (GitHub Pages, Anthropic without its legal form)', async () => {
    const r = await read('Deze website wordt gehost via GitHub Pages. Voor vertalingen gebruiken wij Anthropic, PBC.', 'nl');
    assert.deepEqual(named(r), ['GitHub Pages', 'Anthropic']);
  });
});

describe('recipients: never the controller, a heading, a kind of data or a denied service', () => {
  const named = (r: Read): string[] => r.recipients.filter((x) => x.kind !== 'category').map((x) => x.name);

  it('keeps a denied service out when it is an example in brackets or far after the negation', async () => {
    const brackets = await read('We do not use any third party tracking or analytics services (ex: Google Analytics, Recaptcha, etc).', 'en');
    assert.deepEqual(named(brackets), []);
    const far = await read('Project Gutenberg does NOT use third-party data collection tools such as Google Analytics.', 'en');
    assert.deepEqual(named(far), []);
    // Near miss: an affirmative example is a recipient.
    const yes = await read('We use analytics services (for example Google Analytics) to count visits.', 'en');
    assert.deepEqual(named(yes), ['Google Analytics']);
  });

  it('leaves out the controller, Title Case labels of ordinary words and kinds of data', async () => {
    const nl = await read('Invicto BV is de verwerkingsverantwoordelijke.\n\nWij gebruiken Mollie voor de betalingen. Wij gebruiken Invicto Cloud voor de opslag.', 'nl');
    assert.deepEqual(named(nl), ['Mollie']);
    const en = await read('We share data with Partner Integrations. Our partner integrations are listed online.\n\nWe share PII with Acme Payments Ltd.', 'en');
    assert.deepEqual(named(en), ['Acme Payments']);
  });
});

describe('recipients: a known service after a usage verb with words between', () => {
  const named = (r: Read): string[] => r.recipients.filter((x) => x.kind !== 'category').map((x) => x.name);

  it('reads "we pass … to our newsletter platform MailChimp" and Dutch inverted order', async () => {
    const en = await read('If you opt in, we pass your email address on to our newsletter platform MailChimp.', 'en');
    assert.deepEqual(named(en), ['Mailchimp']);
    const nl = await read('Na toestemming gebruikt de website Google Analytics om bezoek te meten.', 'nl');
    assert.deepEqual(named(nl), ['Google Analytics']);
    // Near miss: the reader's own use of a service, and an unknown capitalised word after the same verb.
    const reader = await read('If you use the browser Google Chrome, you can block cookies.', 'en');
    assert.deepEqual(named(reader), []);
    const unknown = await read('We pass your order on to our warehouse team Northside for packing.', 'en');
    assert.deepEqual(named(unknown), []);
  });
});

describe('registry brands written with their capital inside a sentence', () => {
  it('takes a fenced brand as the service after the sentence has begun', async () => {
    const r = await read('# Sharing your data\n\nWe share data with:\n\n* Educational platforms (e.g. Zoom) where used\n* our notes app, Notion, for meeting minutes\n', 'en');
    assert.deepEqual(named(r), ['Zoom', 'Notion']);
  });

  it('leaves the ordinary word alone: lower case, or opening the sentence', async () => {
    const r = await read('# Sharing your data\n\nWe share data with:\n\n* Zoom in on the map to see our offices\n* a crisp overview of our processors\n', 'en');
    assert.deepEqual(named(r), []);
  });
});

describe('names that are no recipients: state codes, domain parts, ordinary words', () => {
  it('a US state before its ZIP code and the parts of a domain are no organisations', async () => {
    const r = await read('# Empfänger\n\nWir geben Ihre Daten an folgende Empfänger weiter:\n\n* die Domain-Registrierungsstellen DENIC und NIC.AT\n* GitHub Inc., 88 Colin P Kelly Jr St, San Francisco, CA 94107, USA\n', 'de');
    assert.deepEqual(named(r), ['DENIC', 'NIC.AT', 'GitHub']);
  });

  it('one capitalised word the text writes in lower case elsewhere is an ordinary word; a brand stays', async () => {
    const text = '# Sharing\n\nWe supply energy to homes. Where you agree, we may share your information with Energy or Financial support organisations. For financial checks we share your details with Experian.\n';
    const r = await read(text, 'en');
    assert.deepEqual(named(r).filter((n) => n === 'Energy' || n === 'Financial'), []);
    assert.ok(named(r).includes('Experian'), named(r).join());
  });
});

describe('a UK or Swiss organisation at home', () => {
  it('keeping data "within the UK" under the UK GDPR is no third-country transfer', async () => {
    const r = await read('# Privacy\n\nThe UK General Data Protection Regulation and the Data Protection Act 2018 govern how we store your personal information within the UK.\n', 'en');
    assert.deepEqual(r.transfers, []);
  });

  it('an EU policy storing data in the UK still transfers them there', async () => {
    const r = await read('# Privacy\n\nUnder the GDPR, we store your personal information on servers within the UK.\n', 'en');
    assert.deepEqual(r.transfers.map((t) => t.destination), ['GB']);
  });
});

describe('a recipient given with its address abroad', () => {
  it('places the data in that country (mechanism unspecified)', async () => {
    const r = await read('# Hosting\n\nDiese Website wird auf GitHub Pages gehostet. Anbieter ist die GitHub Inc., 88 Colin P Kelly Jr St, San Francisco, CA 94107, USA.\n', 'de');
    assert.deepEqual(r.transfers.map((t) => [t.destination, t.mechanism]), [['US', 'unspecified']]);
  });

  it('also in a later sentence naming the recipient again', async () => {
    const r = await read('# Datenschutzerklärung\n\n## Google Maps\n\nWir nutzen Google Maps, um Karten anzuzeigen.\n\nAuf dieser Website wird der Kartendienst Google Maps der Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA, eingesetzt.\n', 'de');
    assert.deepEqual(r.transfers.map((t) => [t.destination, t.mechanism, t.evidence[0]?.line]), [['US', 'unspecified', 7]]);
  });

  it('an address inside the EEA, or a country named without an address, is none', async () => {
    const eea = await read('# Analyse\n\nWir nutzen Google Analytics. Anbieter ist die Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Irland.\n', 'de');
    assert.deepEqual(eea.transfers, []);
    const plain = await read('# Hosting\n\nDiese Website wird auf GitHub Pages gehostet, einem Dienst der GitHub Inc. aus den USA.\n', 'de');
    assert.deepEqual(plain.transfers, []);
  });
});

describe('categories after a quantifier, and short words before a legal form', () => {
  it('"with other third parties", "met andere derden", "an andere Dritte", "à d’autres tiers" name the category', async () => {
    assert.deepEqual(categories(await read('# Sharing\n\nWe may share your personal information with other third parties.\n', 'en')), ['third parties']);
    assert.ok(categories(await read('# Delen\n\nWij delen uw gegevens met andere derden.\n', 'nl')).length > 0);
    assert.ok(categories(await read('# Weitergabe\n\nWir geben Ihre Daten an andere Dritte weiter.\n', 'de')).length > 0);
  });

  it('"if Oy Frank Students Ab is involved in a merger": "if" is no organisation', async () => {
    const r = await read('# Sharing\n\nWe share data:\n\n* if Oy Frank Students Ab is involved in a merger, you will be notified.\n', 'en');
    assert.ok(!named(r).includes('if'), named(r).join());
  });
});

describe('a system or service named as such', () => {
  it('"a system called X", "een systeem genaamd X", "ein Programm namens X", "une plateforme appelée X"', async () => {
    assert.deepEqual(named(await read('# Your data\n\nAll member data is held on a commercial computer system called Online Scout Manager (OSM).\n', 'en')), ['Online Scout Manager']);
    assert.deepEqual(named(await read('# Gegevens\n\nLedengegevens staan in een administratiesysteem genaamd Sportlink.\n', 'nl')), ['Sportlink']);
    assert.deepEqual(named(await read('# Daten\n\nMitgliederdaten speichern wir in einem Programm namens ClubDesk.\n', 'de')), ['ClubDesk']);
    assert.deepEqual(named(await read('# Données\n\nLes adhésions passent par une plateforme appelée HelloAsso.\n', 'fr')), ['HelloAsso']);
  });

  it('near miss: a thing called by a name that is no organisation ("a cookie called _ga" is a cookie)', async () => {
    assert.deepEqual(named(await read('# Cookies\n\nWe set a small file called Session Cookie on your device.\n', 'en')), []);
  });
});

describe('parts of a postal address', () => {
  it('"Google Ireland Limited, Gordon House, Barrow Street, Dublin 4" names Google only', async () => {
    const r = await read('# YouTube\n\nWir nutzen YouTube. Anbieter ist die Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Irland.\n', 'de');
    assert.ok(!named(r).some((n) => /Gordon|Barrow/u.test(n)), named(r).join());
    const fr = await read('# LinkedIn\n\nNous utilisons LinkedIn. Le fournisseur est LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2, Irlande.\n', 'fr');
    assert.ok(!named(fr).some((n) => /Wilton/u.test(n)), named(fr).join());
  });

  it('near miss: a name ending in such a word, not followed by more of an address, stays ("Mail Tower")', async () => {
    const r = await read('# Newsletter\n\nWe use Mail Tower to send our newsletter.\n', 'en');
    assert.ok(named(r).includes('Mail Tower'), named(r).join());
  });
});

describe('ordinary German nouns and abbreviations', () => {
  it('"Hoster", "Information", "AGB" are no organisations; a brand beside them stays', async () => {
    const r = await read('# Hosting\n\nWir nutzen den Hoster Netcup. Unser Hoster speichert Logdateien. Wir nutzen die Information aus den AGB.\n', 'de');
    assert.ok(!named(r).some((n) => ['Hoster', 'Information', 'AGB'].includes(n)), named(r).join());
    assert.ok(named(r).some((n) => /netcup/iu.test(n)), named(r).join());
  });
});

describe('carriers and more services in the registry', () => {
  it('Royal Mail, Parcelforce, Colissimo, netcup, pretix are named', async () => {
    const en = await read('# Delivery\n\nWe share your address with Royal Mail to deliver your order.\n', 'en');
    assert.deepEqual(named(en), ['Royal Mail']);
    const parcel = await read('# Delivery\n\nLarge parcels are sent with Parcelforce.\n', 'en');
    assert.deepEqual(named(parcel), ['Parcelforce']);
    const fr = await read('# Livraison\n\nNous transmettons votre adresse à Colissimo pour la livraison.\n', 'fr');
    assert.deepEqual(named(fr), ['Colissimo']);
    const de = await read('# Hosting\n\nWir nutzen netcup als Hoster und pretix für Tickets.\n', 'de');
    assert.deepEqual(named(de).sort(), ['netcup', 'pretix']);
  });

  it('carriers named after a shipping verb ("ship … via Royal Mail, Parcelforce and DHL", "verzonden met PostNL")', async () => {
    const en = await read('# Delivery\n\nWe currently ship to individuals via Royal Mail, Parcelforce and DHL.\n', 'en');
    assert.deepEqual(named(en), ['Royal Mail', 'Parcelforce', 'DHL']);
    const nl = await read('# Bezorging\n\nUw bestelling wordt verzonden met PostNL.\n', 'nl');
    assert.deepEqual(named(nl), ['PostNL']);
  });

  it('near miss: "La Poste Suisse" is not the French La Poste', async () => {
    const r = await read('# Livraison\n\nNous transmettons votre adresse à La Poste Suisse.\n', 'fr');
    assert.ok(!named(r).includes('La Poste'), named(r).join());
  });
});

describe('data handed on, in the passive', () => {
  it('"Your details are passed to the Scout Association", "Uw gegevens worden gedeeld met Acme Scouting"', async () => {
    assert.deepEqual(named(await read('# Sharing\n\nYour details are passed to the Scout Association.\n', 'en')), ['Scout Association']);
    assert.deepEqual(named(await read('# Delen\n\nUw gegevens worden gedeeld met Acme Scouting.\n', 'nl')), ['Acme Scouting']);
  });

  it('near misses: a country ("transferred to the U.S."), a subject that is no data ("Members are sent to Acme Camp")', async () => {
    assert.deepEqual(named(await read('# Transfers\n\nYour data may be transferred to the U.S. for processing.\n', 'en')), []);
    assert.deepEqual(named(await read('# Camps\n\nMembers are sent to Acme Camp.\n', 'en')), []);
  });
});

describe('organisations with a country in their name', () => {
  it('"Golf Ireland" and "Scouting Nederland" are organisations; "Ireland" alone is a country', async () => {
    assert.deepEqual(named(await read('# Sharing\n\nWe share your handicap data with Golf Ireland.\n', 'en')), ['Golf Ireland']);
    assert.deepEqual(named(await read('# Sharing\n\nWe share your data with Ireland.\n', 'en')), []);
  });
});

describe('names with small link words', () => {
  it('"the Commission for Regulation of Utilities"; a list with "and" stays two names', async () => {
    assert.deepEqual(named(await read('# Sharing\n\nWe share your data with the Commission for Regulation of Utilities.\n', 'en')), ['Commission for Regulation of Utilities']);
    assert.deepEqual(named(await read('# Sharing\n\nWe share your data with Acme Payroll and Zebra Couriers.\n', 'en')), ['Acme Payroll', 'Zebra Couriers']);
  });
});

describe('a section about one service', () => {
  it('the service named in the heading and again in its body ("## MailChimp Newsletter", "## Mailchimp")', async () => {
    const de = '# Datenschutzerklärung\n\n## MailChimp Newsletter\n\nDie Daten von Newsletter-Abonnenten werden an MailChimp übertragen und dort verarbeitet.\n';
    assert.deepEqual(named(await read(de, 'de')), ['Mailchimp']);
    const fr = '# Confidentialité\n\n## Mailchimp\n\nJe ne partagerai jamais les adresses récoltées. Elles sont gérées par\n[Mailchimp](https://mailchimp.com), une entreprise renommée dont c’est le cœur de métier.\n';
    assert.deepEqual(named(await read(fr, 'fr')), ['Mailchimp']);
  });

  it('near misses: the heading alone, another service in the body, a denial in the body, the parent of the heading service', async () => {
    assert.deepEqual(named(await read('# Datenschutz\n\n## Mailchimp\n\nWir versenden keinen Newsletter.\n', 'de')), []);
    assert.deepEqual(named(await read('# Datenschutz\n\n## Newsletter\n\nUnser Newsletter wurde früher mit MailChimp versandt, heute nicht mehr.\n', 'de')), []);
    assert.deepEqual(named(await read('# Datenschutz\n\n## Mailchimp\n\nWir geben keine Daten an Mailchimp weiter.\n', 'de')), []);
    assert.deepEqual(named(await read('# Datenschutz\n\n## Google Analytics\n\nWeitere Informationen finden Sie bei Google, Einstellungen und Widerspruch.\n', 'de')), []);
  });
});

describe('software the site runs itself', () => {
  it('Matomo said to run on the own server or to be open source is no recipient, in every language', async () => {
    const de = '# Datenschutz\n\n## Matomo (ehemals Piwik)\n\nUnsere Website verwendet den Webanalysedienst Matomo. Matomo ist eine Open Source Lösung.\n\nDie Informationen werden auf unserem Server gespeichert.\n';
    assert.deepEqual(named(await read(de, 'de')), []);
    const fr = '# Confidentialité\n\n## Statistiques\n\nCe site utilise _Matomo_, un logiciel libre et _open source_ de mesure de statistiques web.\n';
    assert.deepEqual(named(await read(fr, 'fr')), []);
    const en = '# Privacy\n\n## Analytics\n\nThe tracking software we use, Matomo, is open-source, self-managed, and set up to respect your privacy.\n';
    assert.deepEqual(named(await read(en, 'en')), []);
  });

  it('near misses: Matomo Cloud stays a recipient; plain Matomo without a word on hosting stays one; open source in another section', async () => {
    assert.deepEqual(named(await read('# Privacy\n\n## Analytics\n\nWe use Matomo Cloud to count visits. Matomo is open source.\n', 'en')), ['Matomo Cloud']);
    assert.deepEqual(named(await read('# Datenschutz\n\n## Analyse\n\nWir verwenden Matomo zur Analyse der Besuche.\n', 'de')), ['Matomo']);
    assert.deepEqual(named(await read('# Datenschutz\n\n## Analyse\n\nWir verwenden Matomo zur Analyse der Besuche.\n\n## Quellcode\n\nDiese Website ist Open Source.\n', 'de')), ['Matomo']);
  });
});

describe('the service the data are kept in', () => {
  it('"This email is stored in a Brevo list"', async () => {
    assert.deepEqual(named(await read('# Privacy\n\n## Newsletter\n\nThis email is stored in a Brevo list (https://brevo.com).\n', 'en')), ['Brevo']);
  });

  it('near misses: stored in a country, stored in the browser', async () => {
    assert.deepEqual(named(await read('# Privacy\n\n## Storage\n\nYour data are stored in Ireland.\n', 'en')), []);
    assert.deepEqual(named(await read('# Privacy\n\n## Cookies\n\nThe preference is stored in your Browser.\n', 'en')), []);
  });
});

describe('a list written as lines', () => {
  const lead = '# Privacy\n\nVerstrekking van gegevens\n\nAnimalium verstrekt uw gegevens aan een beperkte kring van derden die de gegevens voor administratieve doeleinden verwerken:\n\n';
  it('"Name: what for" paragraphs after a lead that ends with a colon name the recipients in their labels', async () => {
    const text = lead + 'Mollie B.V. : voor betalingen middels creditcard en iDEAL.\n\nPayPal Inc.: voor betalingen via PayPal (geen persoonsgegevens).\n';
    assert.deepEqual(named(await read(text, 'nl')), ['Mollie', 'PayPal']);
  });

  it('near misses: a service after the label (iDEAL), lines without a lead, a lead about something else', async () => {
    assert.deepEqual(named(await read(lead + 'Betaling: via creditcard en iDEAL.\n', 'nl')), []);
    assert.deepEqual(named(await read('# Privacy\n\nBetalen\n\nMollie B.V. : voor betalingen middels creditcard.\n', 'nl')), []);
    assert.deepEqual(named(await read('# Privacy\n\nBetalen\n\nU kunt op de volgende manieren betalen:\n\nMollie B.V. : voor betalingen middels creditcard.\n', 'nl')), []);
  });
});

describe('an abbreviation the policy spells out', () => {
  it('"the Commission for Regulation of Utilities (CRU)" ... "with the CRU" is one recipient, written in full where the policy writes it so as often', async () => {
    const text = '# Privacy\n\n## Sharing\n\nIn the event of a direction from the Commission for Regulation of Utilities (CRU) we share your data with the CRU. The Commission for Regulation of Utilities is the energy regulator.\n';
    assert.deepEqual(named(await read(text, 'en')), ['Commission for Regulation of Utilities']);
    assert.deepEqual(named(await read('# Privacy\n\n## Sharing\n\nWe share your meter data with Gas Networks Ireland (GNI). GNI operates the gas network.\n', 'en')), ['Gas Networks Ireland']);
  });

  it('near misses: the abbreviation kept where the policy mostly writes it, or never spells it out', async () => {
    const efgs = '# Privacy\n\n## Sharing\n\nThe European Federation Gateway Service (EFGS) links national apps. The EFGS is run by the Commission. The EFGS keeps keys for 14 days. We share your keys with the EFGS.\n';
    assert.deepEqual(named(await read(efgs, 'en')), ['EFGS']);
    assert.deepEqual(named(await read('# Privacy\n\n## Sharing\n\nWe share your meter data with the CRU.\n', 'en')), ['CRU']);
  });
});

describe('an adverb between the verb and its agent', () => {
  it('"your payment is processed directly by Apple App Store or Google Play Store"', async () => {
    const text = '# Privacy\n\n## Payments\n\nWhen you make an in-app purchase, your payment is processed directly by Apple App Store or Google Play Store.\n';
    assert.deepEqual(named(await read(text, 'en')), ['Apple App Store', 'Google Play Store']);
  });

  it('near miss: "processed directly in your Browser" names nothing', async () => {
    assert.deepEqual(named(await read('# Privacy\n\n## Payments\n\nYour payment is processed directly in your Browser.\n', 'en')), []);
  });
});

describe('Dutch: the means after the act, the kind of company before the name', () => {
  it('"Dit gebeurt met Google Analytics", "verloopt via een iframe van Mijnetickets.nl", "De site staat bij GitHub Pages", "gehost bij internetbureau Praes"', async () => {
    assert.deepEqual(named(await read('# Privacy\n\n## Analytics\n\nDe website verzamelt uw gegevens om de website te verbeteren. Dit gebeurt met Google Analytics.\n', 'nl')), ['Google Analytics']);
    assert.deepEqual(named(await read('# Privacy\n\n## Tickets\n\nDe verkoop van tickets verloopt via een iframe van Mijnetickets.nl.\n', 'nl')), ['Mijnetickets.nl']);
    assert.deepEqual(named(await read('# Privacy\n\n## Hosting\n\nDe site staat bij GitHub Pages.\n', 'nl')), ['GitHub Pages']);
    assert.deepEqual(named(await read('# Privacy\n\n## Ontvangers\n\nDe website van 50+ AdviesCentrum wordt gehost bij internetbureau Praes.\n', 'nl')), ['Praes']);
  });

  it('near misses: "Dit gebeurt met uw toestemming", "staat bij ons", a person after "bij"', async () => {
    assert.deepEqual(named(await read('# Privacy\n\n## Nieuwsbrief\n\nWe sturen u een nieuwsbrief. Dit gebeurt met uw toestemming.\n', 'nl')), []);
    assert.deepEqual(named(await read('# Privacy\n\n## Hosting\n\nDe website staat bij ons op de server.\n', 'nl')), []);
    assert.deepEqual(named(await read('# Privacy\n\n## Contact\n\nDe aanmelding verloopt via het secretariaat.\n', 'nl')), []);
  });
});

describe('the controller under an abbreviation', () => {
  const clc = '# Privacy Policy\n\nCLC Striders is the Data Controller. Contact: secretary@example.org.\n\n## Sharing\n\n';
  it('"CLC" of "CLC Striders", "TCS" of "Thermo Clim Sanitaire" are the controller, not recipients', async () => {
    assert.deepEqual(named(await read(clc + 'Your details are shared with CLC for the membership list.\n', 'en')), []);
    const fr = '# Politique de confidentialité\n\nLa société Thermo Clim Sanitaire est responsable du traitement. Contact : contact@example.fr.\n\n## Destinataires\n\nVos données sont transmises à TCS et à Google Analytics.\n';
    assert.deepEqual(named(await read(fr, 'fr')), ['Google Analytics']);
  });

  it('near miss: another abbreviation beside the same controller stays a recipient', async () => {
    assert.deepEqual(named(await read(clc + 'Your details are shared with UKA for the membership list.\n', 'en')), ['UKA']);
  });
});

describe('the controller under its own domain or one word of its name', () => {
  it('"Kind" of madebykind.com, "The University of Sheffield" of sheffield.ac.uk, "KROK" of "… KROK ASBL" are the controller', async () => {
    const en = '# How we use your data\n\nEmail removemydata@madebykind.com to be removed.\n\n## Sharing\n\nYour data will be processed by Kind and MailChimp for the purposes of sending you updates.\n';
    assert.deepEqual(named(await read(en, 'en')), ['Mailchimp']);
    const uk = '# Privacy\n\nContact dataprotection@sheffield.ac.uk.\n\n## Sharing\n\nYour data are shared with The University of Sheffield and with Google Forms.\n';
    assert.deepEqual(named(await read(uk, 'en')), ['Google Forms']);
    const nl = '# Privacyverklaring\n\nCENTRE DE LA CULTURE POLONAISE KROK ASBL is verantwoordelijk voor de verwerking van persoonsgegevens.\n\n## Ontvangers\n\nUw gegevens worden gedeeld met de bestuursleden van KROK en met Mailchimp.\n';
    assert.deepEqual(named(await read(nl, 'nl')), ['Mailchimp']);
  });

  it('near misses: a name the domain only contains, another organisation beside the controller, a body the name of the controller does not hold', async () => {
    const en = '# Privacy\n\nEmail hello@mykindle-club.org.\n\n## Sharing\n\nYour data will be processed by Kind and MailChimp for the purposes of sending you updates.\n';
    assert.deepEqual(named(await read(en, 'en')).sort(), ['Kind', 'Mailchimp']);
    const nl = '# Privacyverklaring\n\nCENTRE DE LA CULTURE POLONAISE KROK ASBL is verantwoordelijk voor de verwerking van persoonsgegevens.\n\n## Ontvangers\n\nUw gegevens worden gedeeld met de bestuursleden van KROK.\n\nUw gegevens worden gedeeld met POLKA.\n';
    assert.deepEqual(named(await read(nl, 'nl')), ['POLKA']);
    // The same body beside a controller whose name does not hold it.
    const other = nl.replace('POLONAISE KROK ASBL', 'POLONAISE ASBL');
    assert.deepEqual(named(await read(other, 'nl')), ['KROK', 'POLKA']);
  });
});

describe('more services the registry knows', () => {
  it('ad exchanges, Google products and older Adobe names where a policy lists them (two Adobe products are one Adobe)', async () => {
    const text = '# Privacy\n\n## Advertising\n\nWe work with advertising partners such as AppNexus, Index Exchange, the Rubicon Project and Sovrn.\n\nWe use Google Custom Search and Google Search Console.\n\nWe use SiteCatalyst and Test & Target to measure the site.\n';
    assert.deepEqual(named(await read(text, 'en')), ['AppNexus', 'Index Exchange', 'Rubicon Project', 'Sovrn', 'Google Custom Search', 'Google Search Console', 'SiteCatalyst']);
  });

  it('near misses: "index" and "target" as words, a search box of our own', async () => {
    const text = '# Privacy\n\n## Advertising\n\nWe use an index of pages and target our adverts by region. We use a custom search of our own.\n';
    assert.deepEqual(named(await read(text, 'en')), []);
  });
});

describe('a service named by the fuller product name the policy writes, a legal entity by its brand', () => {
  it('"Cloudflare Web Analytics", "Microsoft Teams", "Amazon S3" stay as written; "Hetzner Online GmbH" is Hetzner', async () => {
    const de = '# Datenschutz\n\n## Hosting\n\nUnsere Website wird bei der Hetzner Online GmbH gehostet. Für Statistiken nutzen wir Cloudflare Web Analytics.\n';
    assert.deepEqual(named(await read(de, 'de')), ['Hetzner', 'Cloudflare Web Analytics']);
    const en = '# Privacy\n\n## Processors\n\nWe use Microsoft Teams for calls and store backups on Amazon S3.\n';
    assert.deepEqual(named(await read(en, 'en')), ['Microsoft Teams', 'Amazon S3']);
  });

  it('a later fuller mention names the service: "Cloudflare" then "Cloudflare Web Analytics"', async () => {
    const text = '# Privacy\n\n## Hosting\n\nWe host with Cloudflare. Our statistics are processed by Cloudflare Web Analytics.\n';
    assert.deepEqual(named(await read(text, 'en')), ['Cloudflare Web Analytics']);
  });

  it('near misses: a legal entity or a legal form adds no product ("Google Ireland Limited", "GitHub, Inc."), nor lower case', async () => {
    const text = '# Privacy\n\n## Processors\n\nWe use services of Google Ireland Limited and GitHub, Inc. and Amazon Web Services EMEA SARL. We use hetzner online.\n';
    assert.deepEqual(named(await read(text, 'en')), ['Google', 'GitHub', 'Amazon Web Services', 'Hetzner']);
  });
});

describe('the wider registry of everyday services (processors-more.ts)', () => {
  it('names services of every kind where a policy says they are used', async () => {
    const en = '# Privacy\n\n## Processors\n\nWe use CleverReach for our newsletter, Piwik PRO and etracker for statistics, Trusted Shops for reviews, DATEV for our accounts and Personio for applications. Payments are handled by Unzer and TWINT.\n';
    assert.deepEqual(named(await read(en, 'en')), ['CleverReach', 'Piwik PRO', 'etracker', 'Trusted Shops', 'DATEV', 'Personio', 'Unzer', 'TWINT']);
    const fr = '# Confidentialité\n\n## Destinataires\n\nVos commandes sont expédiées par La Poste Suisse. Nous utilisons Google Sign-In et Google Play Services, ainsi que Yousign pour la signature.\n';
    assert.deepEqual(named(await read(fr, 'fr')), ['La Poste Suisse', 'Google Sign-In', 'Google Play Services', 'Yousign']);
  });

  it('near misses: the ordinary words behind fenced brands name nothing', async () => {
    const text = '# Privacy\n\n## Sharing\n\nWe share data with partners whereby we adjust the settings. Indeed, you can go to meeting rooms or ask a live agent; the full story is in one login with a sage remark.\n';
    assert.deepEqual(named(await read(text, 'en')), []);
  });
});

describe('a known service as the subject of what happens to data, or the means data are measured with', () => {
  it('"Google Analytics sets cookies", "Matomo speichert Ihre IP-Adresse", "Stripe collecte vos données", "via Google Fonts"', async () => {
    assert.deepEqual(named(await read('# Privacy\n\n## Analytics\n\nWhen you visit, Google Analytics sets cookies on your device.\n', 'en')), ['Google Analytics']);
    assert.deepEqual(named(await read('# Datenschutz\n\n## Statistik\n\nZur Statistik: Matomo Cloud speichert Ihre IP-Adresse nur gekürzt.\n', 'de')), ['Matomo Cloud']);
    assert.deepEqual(named(await read('# Confidentialité\n\n## Paiement\n\nLors du paiement, Stripe collecte vos données bancaires.\n', 'fr')), ['Stripe']);
    assert.deepEqual(named(await read('# Privacy\n\n## Website\n\nDaarnaast laden we lettertypes via Google Fonts. Statistieken worden bijgehouden via Matomo Cloud.\n', 'nl')), ['Google Fonts', 'Matomo Cloud']);
  });

  it('near misses: the service denied, or doing nothing with data ("Google Analytics is not used", "Stripe is a company")', async () => {
    assert.deepEqual(named(await read('# Privacy\n\n## Analytics\n\nWe do not use Google Analytics. Stripe is a well-known company.\n', 'en')), []);
    assert.deepEqual(named(await read('# Privacy\n\n## Contact\n\nU kunt contact opnemen via e-mail; Google Fonts is een bekende dienst.\n', 'nl')), []);
  });
});

describe('how policies introduce the services they name', () => {
  it('a role in brackets ("Booqable (ons boekingssysteem)"), a heading "Welche Dienste wir nutzen", a lead "de volgende organisaties"', async () => {
    assert.deepEqual(named(await read('# Privacy\n\n## Cookies\n\nWe gebruiken cookies voor het reserveren via Booqable (ons boekingssysteem).\n', 'nl')), ['Booqable']);
    assert.deepEqual(named(await read('# Datenschutz\n\n## 1. Welche Dienste wir nutzen\n\n- GitHub Pages\n\n## 2. Kontakt\n\nSchreiben Sie uns.\n', 'de')), ['GitHub Pages']);
    const nl = '# Privacy\n\n## Verwerkers\n\nWij beschouwen de volgende organisaties als verwerker:\n\n- Moneybird\n- Nationale Hypotheekbond\n';
    assert.deepEqual(named(await read(nl, 'nl')), ['Moneybird', 'Nationale Hypotheekbond']);
  });

  it('near misses: an apposition after a comma is no second name; "(ons kantoor)" after an ordinary word names nothing', async () => {
    assert.deepEqual(named(await read('# Privacy\n\n## Betalen\n\nU gaat naar Mollie B.V., de Nederlandse betaaldienstverlener die de betaling afhandelt.\n', 'nl')), ['Mollie']);
    assert.deepEqual(named(await read('# Privacy\n\n## Contact\n\nU kunt langskomen op het adres (ons kantoor) in de stad.\n', 'nl')), []);
    assert.deepEqual(named(await read('# Datenschutz\n\n## Kontakt\n\nDienste, die wir nutzen, sind im Text beschrieben.\n', 'de')), []);
  });
});

describe('other controllers and organisations named as examples of a kind', () => {
  it('"the independent data controller ... is Number X Europe OÜ", "co-verwerkingsverantwoordelijke is ook X vzw", "authorities such as the Foreign Office"', async () => {
    const en = '# Privacy\n\n## Payments\n\nFor subscription payments, the independent data controller for billing data is Number X Europe OÜ (Tallinn).\n\nWe may share data with public authorities such as the Foreign Office.\n';
    assert.deepEqual(named(await read(en, 'en')), ['Number X Europe OÜ', 'Foreign Office']);
    const nl = '# Privacy\n\n## Verantwoordelijke\n\nDe co-verwerkingsverantwoordelijke voor de verwerking van uw gegevens is ook de Vlaamse Judofederatie, met zetel in Deurne.\n';
    assert.deepEqual(named(await read(nl, 'nl')), ['Vlaamse Judofederatie']);
  });

  it('near misses: the controller itself, a German pronoun of address, a brand written short stays as written', async () => {
    const en = '# Privacy\n\nAcme Ltd is the controller. Contact: privacy@acme.example.\n\n## Sharing\n\nAcme Ltd and Foo Ltd are joint controllers: Acme Ltd is the main contact.\n';
    assert.deepEqual(named(await read(en, 'en')), []);
    assert.deepEqual(named(await read('# Datenschutz\n\n## Hosting\n\nUnser Hoster ist Empfänger Ihrer personenbezogenen Daten.\n', 'de')), []);
    assert.deepEqual(named(await read('# Confidentialité\n\n## Hébergement\n\nLe site est hébergé par OVH.\n', 'fr')), ['OVH']);
  });
});

describe('names joined by an elided article, and tokens that are no names', () => {
  it('"transmises à la Direction de l’Intérieur" names the whole body', async () => {
    const fr = '# Confidentialité\n\n## Destinataires\n\nVos données sont transmises à la Direction de l’Intérieur pour instruction.\n';
    assert.deepEqual(named(await read(fr, 'fr')), ['Direction de l’Intérieur']);
  });

  it('near misses: a cookie name ("_DS_session"), "via Internet", passenger data ("APIS")', async () => {
    const fr = '# Confidentialité\n\n## Destinataires\n\nLe cookie _DS_session est transmis à notre serveur. Les données sont envoyées via Internet. Nous transmettons les données APIS aux autorités.\n';
    assert.deepEqual(named(await read(fr, 'fr')), []);
  });
});

describe('a service after a lead paragraph, and a product written with its parent brand', () => {
  it('"folgenden Hoster ein:" then "GitHub Inc." and its address; "Dienste von Google Firebase"', async () => {
    const de = '# Datenschutz\n\n## Hosting\n\nWir setzen für die Zurverfügungstellung unserer Website folgenden Hoster ein:\n\nGitHub Inc.\n88 Colin P Kelly Jr St\n\nUnsere App nutzt Dienste von Google Firebase.\n';
    assert.deepEqual(named(await read(de, 'de')), ['GitHub', 'Google Firebase']);
  });

  it('near misses: a paragraph after a lead that introduces no services, a service later in the paragraph', async () => {
    const de = '# Datenschutz\n\n## Kontakt\n\nSie erreichen uns so:\n\nGitHub ist dort nicht gemeint.\n\nWir setzen folgende Dienste ein:\n\nDie Website selbst, wie auf GitHub beschrieben.\n';
    assert.deepEqual(named(await read(de, 'de')), []);
  });
});

describe('a list item labelled by a service and its product word in bold', () => {
  it('"**HubSpot Tracker** — helps us track visitors" names HubSpot', async () => {
    const text = '# Privacy\n\n## Cookies\n\n- **HubSpot Tracker** — helps us track visitors to our website.\n';
    assert.deepEqual(named(await read(text, 'en')), ['HubSpot']);
  });

  it('near miss: a plain "Microsoft Edge: Löschen und Verwalten von Cookies" (a browser, no markup) names nothing', async () => {
    const text = '# Datenschutz\n\n## Cookies\n\n- Microsoft Edge: Löschen und Verwalten von Cookies\n';
    assert.deepEqual(named(await read(text, 'de')), []);
  });
});

describe('a known service as the subject of a Dutch or German subordinate clause (verb last)', () => {
  it('"de gegevens die Google Analytics op de website verzamelt", "die Daten, die Matomo Cloud über Ihre Nutzung erhebt"', async () => {
    assert.deepEqual(named(await read('# Privacy\n\n## Statistieken\n\nDe gegevens die Google Analytics op de website verzamelt, zijn anoniem.\n', 'nl')), ['Google Analytics']);
    assert.deepEqual(named(await read('# Datenschutz\n\n## Statistik\n\nDie Daten, die Matomo Cloud über Ihre Nutzung erhebt, sind anonym.\n', 'de')), ['Matomo Cloud']);
  });

  it('near misses: no processing verb at the end ("die Google Analytics heet", "die Google Analytics ist")', async () => {
    assert.deepEqual(named(await read('# Privacy\n\n## Statistieken\n\nEen dienst die Google Analytics heet, is bekend.\n', 'nl')), []);
    assert.deepEqual(named(await read('# Datenschutz\n\n## Statistik\n\nEin Dienst, der Google Analytics ist, wird hier erklärt.\n', 'de')), []);
  });
});

describe('a known service as the agent of what happens to data', () => {
  it('"information collected by Hotjar", "cookies déposés par Hotjar", "werden an den Apple App Store übermittelt", "geplaatst door Hotjar"', async () => {
    assert.deepEqual(named(await read('# Privacy\n\n## Cookies\n\nThe information collected by Hotjar is anonymous.\n', 'en')), ['Hotjar']);
    assert.deepEqual(named(await read('# Confidentialité\n\n## Cookies\n\nLes cookies déposés par Hotjar mesurent la navigation.\n', 'fr')), ['Hotjar']);
    assert.deepEqual(named(await read('# Datenschutz\n\n## App\n\nBeim Download werden Daten an den Apple App Store übermittelt.\n', 'de')), ['Apple App Store']);
    assert.deepEqual(named(await read('# Privacy\n\n## Cookies\n\nDe cookies worden geplaatst door Hotjar.\n', 'nl')), ['Hotjar']);
  });

  it('near misses: the reader as the agent, a service that is only mentioned', async () => {
    assert.deepEqual(named(await read('# Privacy\n\n## Cookies\n\nThe settings are used by you. Hotjar is a known tool.\n', 'en')), []);
    assert.deepEqual(named(await read('# Datenschutz\n\n## App\n\nDer Apple App Store ist ein Laden für Apps.\n', 'de')), []);
  });
});

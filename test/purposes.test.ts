import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { parsePolicyFile, parsePolicyText } from '../src/index.js';
import type { PolicyModel } from '../src/model/types.js';
import { SEED_MD, SEED_TXT } from './helpers.js';
import { categoryHits } from '../src/extract/data.js';
import { DATA_CATEGORIES, DATA_LEXICON } from '../src/lexicon/data-categories.js';
import { INTEREST_LEXICON, LEGAL_BASIS_LEXICON, PURPOSE_LEXICON } from '../src/lexicon/purposes.js';
import { wordPattern } from '../src/lexicon/compile.js';

async function md(text: string, language: 'nl' | 'en' = 'nl'): Promise<PolicyModel> {
  return (await parsePolicyText(text, { format: 'markdown', language })).model;
}

const ids = (items: { id: string }[]): string[] => items.map((i) => i.id);
const labels = (items: { label: string }[]): string[] => items.map((i) => i.label);

describe('lexicons', () => {
  it('every phrase compiles as a word-anchored pattern', () => {
    const lists: string[][] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) lists.push(value as string[]);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect([DATA_LEXICON, PURPOSE_LEXICON, LEGAL_BASIS_LEXICON, INTEREST_LEXICON]);
    assert.ok(lists.length > 50);
    for (const list of lists) assert.doesNotThrow(() => wordPattern(list), JSON.stringify(list));
    for (const lang of ['nl', 'en'] as const) {
      for (const id of Object.keys(DATA_LEXICON[lang].phrases)) assert.ok(DATA_CATEGORIES.some((c) => c.id === id), `${lang} ${id} is in the taxonomy`);
    }
  });

  it('category phrases: the earliest, longest phrase names the item; near misses stay apart', () => {
    const first = (text: string, lang: 'nl' | 'en' = 'nl'): string | undefined => categoryHits(text, DATA_LEXICON[lang], true)[0]?.id;
    assert.equal(first('E-mailadres'), 'email');
    assert.equal(first('IP-adres'), 'ip_address');
    assert.equal(first('Pseudo MAC-adres'), 'cookies_identifiers');
    assert.equal(first('Factuuradres'), 'address');
    assert.equal(first('Inhoud van e-mails en andere correspondentie'), 'correspondence');
    assert.equal(first('Gebruikersnaam'), 'account_credentials');
    assert.equal(first('Bankrekeningnummer'), 'bank_account');
    assert.equal(first('Burgerservicenummer (BSN)'), 'national_id');
    assert.equal(first('your email address', 'en'), 'email');
    assert.equal(first('username', 'en'), 'account_credentials');
    assert.equal(first('sex life', 'en'), 'sexual');
    assert.equal(first('Bedrijfsnaam'), 'employment');
    assert.equal(categoryHits('Wij gebruiken functionele cookies om de functie van de website te verbeteren.', DATA_LEXICON.nl, false).length, 0, 'item-only words are not read in sentences');
    assert.equal(categoryHits('a child under the age of 13', DATA_LEXICON.en, false).length, 0);
  });
});

describe('data categories', () => {
  it('CloudAware seed: exactly the ten listed items, in order, labelled as written', async () => {
    const { model } = await parsePolicyFile(SEED_MD);
    assert.deepEqual(ids(model.dataCategories), [
      'name', 'address', 'phone', 'email', 'ip_address', 'other_provided', 'location', 'online_behaviour', 'device_browser', 'bank_account',
    ]);
    assert.equal(model.dataCategories[0].label, 'Voor- en achternaam');
    assert.match(model.dataCategories[5].label, /^Overige persoonsgegevens die u actief verstrekt/u);
    assert.equal(model.dataCategories[8].label, 'Internetbrowser en apparaat type');
    assert.ok(model.dataCategories.every((c) => !c.special));
    assert.ok(model.dataCategories.every((c) => c.evidence[0].text === c.label), 'evidence quotes the list item');
  });

  it('a BSN the person is asked to black out is not collected', async () => {
    const { model } = await parsePolicyFile(SEED_MD);
    assert.ok(!model.dataCategories.some((c) => c.id === 'national_id' || c.id === 'identity_document'));
    const m = await md('# Inzage\n\nMaak in deze kopie uw pasfoto, paspoortnummer en Burgerservicenummer (BSN) zwart.\n');
    assert.deepEqual(m.dataCategories, []);
  });

  it('a BSN that is processed is a special category', async () => {
    const m = await md('# Welke gegevens verwerken wij\n\nWij verwerken uw burgerservicenummer (BSN) voor de loonadministratie.\n');
    assert.deepEqual(ids(m.dataCategories), ['national_id']);
    assert.equal(m.dataCategories[0].special, true);
  });

  it('negated mentions give nothing', async () => {
    const nl = await md('# Bijzondere persoonsgegevens\n\nWij verwerken geen bijzondere persoonsgegevens, zoals gegevens over uw gezondheid of religie.\n');
    assert.deepEqual(nl.dataCategories, []);
    const en = await md(
      '# What information we do not collect\n\nWe do not intentionally collect Sensitive Personal Information, such as personal data revealing racial or ethnic origin, political opinions, or data concerning health.\n',
      'en',
    );
    assert.deepEqual(en.dataCategories, []);
  });

  it('sentences that say data are collected name categories where no list does', async () => {
    const m = await md('# Contact\n\nWij verzamelen uw naam en e-mailadres wanneer u het contactformulier invult.\n');
    assert.deepEqual(ids(m.dataCategories), ['name', 'email']);
    assert.deepEqual(labels(m.dataCategories), ['uw naam', 'e-mailadres']);
  });

  it('a retention list and a controller contact list are not lists of data', async () => {
    const m = await md(
      [
        '# Contactgegevens',
        '',
        'De contactgegevens van Voorbeeld B.V. zijn als volgt:',
        '',
        '- Adres: Straat 1, Den Haag',
        '- E-mailadres: info@voorbeeld.nl',
        '',
        '# Hoe lang we persoonsgegevens bewaren',
        '',
        'Wij hanteren de volgende bewaartermijnen voor de volgende (categorieën) van persoonsgegevens:',
        '',
        '- Klant data: tot 7 jaar na het beëindigen van het contract',
        '- Website statistieken: maximaal 3 maanden',
        '',
      ].join('\n'),
    );
    assert.deepEqual(m.dataCategories, []);
  });

  it('grouped lists: items of a group take the group category when they name none', async () => {
    const m = await md(
      [
        '# Categorieën van persoonsgegevens',
        '',
        'Wij kunnen de volgende persoonsgegevens verwerken:',
        '',
        '- Sollicitatiegegevens:',
        '  - CV',
        '  - Referenties',
        '- Overige gegevens:',
        '  - Alle andere persoonsgegevens die u vrijwillig aan ons verstrekt.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(ids(m.dataCategories), ['employment', 'employment', 'other_provided']);
    assert.deepEqual(labels(m.dataCategories), ['CV', 'Referenties', 'Alle andere persoonsgegevens die u vrijwillig aan ons verstrekt']);
  });

  it('bullet lines that Markdown left inside a paragraph are read as a list', async () => {
    const m = await md('**The information we collect includes**:  \n\\-your name and title;  \n\\-phone number and email address;  \n\\- business name (if applicable).\n', 'en');
    assert.deepEqual(ids(m.dataCategories), ['name', 'phone', 'employment']);
    assert.deepEqual(labels(m.dataCategories), ['your name and title', 'phone number and email address', 'business name (if applicable)']);
  });

  it('a table column of data: every line or comma-separated part of a cell is one category, repeated labels merged', async () => {
    const m = await md(
      [
        '| Doel | Welke persoonsgegevens | Grondslag |',
        '|---|---|---|',
        '| Administratie | Voornaam, Bankgegevens | Uitvoering van de overeenkomst |',
        '| Nieuwsbrief | Voornaam, E-mailadres | Toestemming |',
        '',
      ].join('\n'),
    );
    assert.deepEqual(labels(m.dataCategories), ['Voornaam', 'Bankgegevens', 'E-mailadres']);
    assert.deepEqual(ids(m.dataCategories), ['name', 'bank_account', 'email']);
    assert.equal(m.dataCategories[0].evidence.length, 2);
  });
});

describe('purposes', () => {
  it('CloudAware seed: exactly its six listed purposes, in order; only the tax item links a basis', async () => {
    const { model } = await parsePolicyFile(SEED_MD);
    assert.deepEqual(ids(model.purposes), ['payment', 'contact', 'service_delivery', 'service_delivery', 'analytics', 'legal_obligation']);
    assert.equal(model.purposes[0].label, 'Het afhandelen van uw betaling');
    assert.deepEqual(model.purposes.map((p) => p.legalBasis), [null, null, null, null, null, 'legal_obligation']);
  });

  it('CloudBilling seed: marketing, newsletter and events (consent), contact, analytics', async () => {
    const { model } = await parsePolicyFile(SEED_TXT);
    assert.deepEqual(ids(model.purposes), ['marketing', 'newsletter', 'events', 'contact', 'analytics']);
    assert.equal(model.purposes[0].label, 'voor marketing- en sales doeleinden');
    assert.equal(model.purposes.find((p) => p.id === 'newsletter')?.legalBasis, 'consent');
    assert.equal(model.purposes.find((p) => p.id === 'contact')?.label, 'om contact met u op te nemen');
    assert.equal(model.purposes.find((p) => p.id === 'marketing')?.legalBasis, null);
  });

  it('Dutch care and delivery wording: "in het kader van de zorgverlening", "gebruiken we om uw pakket te bezorgen"', async () => {
    const of = async (sentence: string) => ids((await md(`# Privacyverklaring\n\n${sentence}\n`)).purposes);
    assert.deepEqual(await of('Deze gegevens worden verwerkt in het kader van de zorgverlening.'), ['service_delivery']);
    assert.deepEqual(await of('Uw naam en adres gebruiken we om uw pakket te bezorgen.'), ['service_delivery']);
    assert.deepEqual(await of('Deze privacyverklaring is opgesteld in het kader van de wet.'), []);
    assert.deepEqual(await of('Uw naam staat op de website.'), []);
  });

  it('an inline enumeration after "for the following purposes:" gives one purpose per part', async () => {
    const m = await md(
      'We use information for the following general purposes: to customize the advertising and content you see, fulfill your requests for products and services, improve our services, contact you, and conduct research.\n',
      'en',
    );
    assert.deepEqual(ids(m.purposes), ['personalisation', 'service_delivery', 'website_improvement', 'contact', 'research']);
    assert.equal(m.purposes[3].label, 'contact you');
  });

  it('a list item that refers to the purposes instead of stating one is skipped', async () => {
    const m = await md(
      [
        '## How we use your information',
        '',
        '- We may use your information for the following purposes:',
        '- We use User Personal Information to respond to support requests.',
        '- We limit our use of your User Personal Information to the purposes listed in this Privacy Statement.',
        '',
      ].join('\n'),
      'en',
    );
    assert.deepEqual(ids(m.purposes), ['support']);
  });

  it('a table with Doel and Grondslag columns links each row', async () => {
    const m = await md(
      [
        '| Doel | Grondslag |',
        '|---|---|',
        '| Administratie | Uitvoering van de overeenkomst |',
        '| Om onze digitale dienstverlening te verbeteren | Toestemming |',
        '',
      ].join('\n'),
    );
    assert.deepEqual(ids(m.purposes), ['administration', 'website_improvement']);
    assert.deepEqual(m.purposes.map((p) => p.legalBasis), ['contract', 'consent']);
    assert.deepEqual(ids(m.legalBases), ['contract', 'consent']);
  });

  it('fields of a record: a single "Legal basis" links the "Purpose" of the same paragraph', async () => {
    const m = await md('**Purpose:** Sending you our newsletter.  \n**Legal Basis:** Your consent for sending emails.\n', 'en');
    assert.deepEqual(ids(m.purposes), ['newsletter']);
    assert.equal(m.purposes[0].legalBasis, 'consent');
  });

  it('a negated purpose and a sharing sentence give no purpose', async () => {
    const m = await md('Wij delen geen gegevens voor advertentiefuncties of remarketing. Wij verkopen uw gegevens niet aan derden voor marketingdoeleinden.\n');
    assert.deepEqual(m.purposes, []);
  });
});

describe('legal bases', () => {
  const basesOf = async (text: string, language: 'nl' | 'en' = 'nl'): Promise<string[]> => ids((await md(text, language)).legalBases);

  it('CloudAware seed: contract and legal obligation', async () => {
    const { model } = await parsePolicyFile(SEED_MD);
    assert.deepEqual(ids(model.legalBases), ['legal_obligation', 'contract']);
    const contract = model.legalBases.find((b) => b.id === 'contract')!;
    assert.match(contract.evidence[0].text, /uitvoering van onze overeenkomst met u of om te voldoen aan een wettelijke verplichting/u);
  });

  it('CloudBilling seed: consent only (old Wbp "instandhouding van een relatie" and Google\'s legal duty are not bases)', async () => {
    const { model } = await parsePolicyFile(SEED_TXT);
    assert.deepEqual(ids(model.legalBases), ['consent']);
    assert.match(model.legalBases[0].evidence[0].text, /alleen met uw toestemming/u);
  });

  it('Dutch: a named care statute, a membership agreement, an "akkoord" given', async () => {
    const of = async (sentence: string) => ids((await md(`# Privacyverklaring\n\n${sentence}\n`)).legalBases);
    assert.deepEqual(await of('Op grond van de Wet op de geneeskundige behandelingsovereenkomst zijn wij verplicht een dossier bij te houden.'), ['legal_obligation']);
    assert.deepEqual(await of('De verwerking is gebaseerd op de WGBO.'), ['legal_obligation']);
    assert.deepEqual(await of('Dit doen we op basis van de lidmaatschapsovereenkomst.'), ['contract']);
    assert.deepEqual(await of('Wij verwerken uw gegevens alleen als u daarvoor akkoord heeft gegeven.'), ['consent']);
    // A right under the law, agreeing to terms, and the processor agreement are no bases.
    assert.deepEqual(await of('Op grond van de wet heeft u het recht op inzage.'), []);
    assert.deepEqual(await of('U kunt akkoord gaan met de voorwaarden.'), []);
    assert.deepEqual(await of('Wij hebben met hen een verwerkersovereenkomst op basis van de verwerkersovereenkomst.'), []);
  });

  it('reads the six bases in Dutch and English wording', async () => {
    assert.deepEqual(await basesOf('Wij sturen u de nieuwsbrief alleen met uw toestemming.'), ['consent']);
    assert.deepEqual(await basesOf('Dit is noodzakelijk voor de uitvoering van de overeenkomst.'), ['contract']);
    assert.deepEqual(await basesOf('Wij bewaren facturen om te voldoen aan een wettelijke verplichting.'), ['legal_obligation']);
    assert.deepEqual(await basesOf('Wij verwerken deze gegevens op grond van ons gerechtvaardigd belang.'), ['legitimate_interests']);
    assert.deepEqual(await basesOf('De grondslag is de vervulling van een taak van algemeen belang.'), ['public_task']);
    assert.deepEqual(await basesOf('Dit is nodig om uw vitale belangen te beschermen.'), ['vital_interests']);
    assert.deepEqual(await basesOf('We process this data where it is necessary to perform our contract with you.', 'en'), ['contract']);
    assert.deepEqual(await basesOf('We rely on our legitimate interests in preventing fraud.', 'en'), ['legitimate_interests']);
  });

  it('acceptance by use counts as consent', async () => {
    assert.deepEqual(await basesOf('By using activist.org, you agree to the provisions of this Privacy Policy.', 'en'), ['consent']);
  });

  it('reads Art. 6(1) citations, also in a language without lexicons, but not article 6 of another law', async () => {
    assert.deepEqual(await basesOf('Wij verwerken uw gegevens op basis van art. 6 lid 1 sub b AVG.'), ['contract']);
    assert.deepEqual(await basesOf('We process log files under Article 6(1)(f) GDPR.', 'en'), ['legitimate_interests']);
    const fr = (await parsePolicyText('Le traitement est nécessaire à l’exécution d’une mission d’intérêt public au sens de l’article 6-e du règlement (UE) 2016/679.', { language: 'fr' })).model;
    assert.deepEqual(ids(fr.legalBases), ['public_task']);
    assert.deepEqual(await basesOf('De inzet van de app is te vinden in artikel 6d van de Wet publieke gezondheid.'), []);
  });

  it('near misses: a heading that promises bases, withdrawal, parental consent, no consent, a third party\'s duty', async () => {
    assert.deepEqual(await basesOf('# Met welk doel en op basis van welke grondslag wij persoonsgegevens verwerken\n\nWij verwerken uw gegevens voor de volgende doelen:\n\n- Het afhandelen van uw betaling\n'), []);
    assert.deepEqual(await basesOf('# Uw rechten\n\nU heeft het recht om uw eventuele toestemming voor de gegevensverwerking in te trekken.'), []);
    assert.deepEqual(await basesOf('Onze website heeft niet de intentie gegevens te verzamelen over kinderen. Tenzij ze toestemming hebben van ouders of voogd.'), []);
    assert.deepEqual(await basesOf('Als u denkt dat wij zonder die toestemming gegevens hebben verzameld, neem dan contact op.'), []);
    assert.deepEqual(await basesOf('Google kan deze informatie aan derden verschaffen indien Google hiertoe wettelijk wordt verplicht.'), []);
    assert.deepEqual(await basesOf('With parental permission, a child under age 13 might have a Family Account.', 'en'), []);
    assert.deepEqual(await basesOf('Wij vragen niet om uw toestemming.'), []);
    assert.deepEqual(await basesOf('Met deze partijen wordt het afsluiten van een verwerkersovereenkomst geregeld.'), []);
    assert.deepEqual(await basesOf('Derden krijgen alleen toegang indien dit noodzakelijk is voor het uitvoeren van de opdracht of dienst.'), []);
    assert.deepEqual(await basesOf('Wij bewaren uw gegevens niet langer dan nodig.'), []);
  });

  it('a legal duty of the organisation itself counts', async () => {
    assert.deepEqual(await basesOf('Wij verwerken ook persoonsgegevens als wij hier wettelijk toe verplicht zijn.'), ['legal_obligation']);
    assert.deepEqual(await basesOf('We may disclose your data where we are legally required to do so.', 'en'), ['legal_obligation']);
  });
});

describe('legitimate interests', () => {
  it('the interest phrase after the basis, as written', async () => {
    const nl = await md('Wij verwerken uw gegevens op basis van ons gerechtvaardigd belang om onze dienstverlening te verbeteren.');
    assert.deepEqual(labels(nl.legitimateInterests), ['om onze dienstverlening te verbeteren']);
    const en = await md('We process your IP address based on our legitimate interest in preventing fraud.', 'en');
    assert.deepEqual(labels(en.legitimateInterests), ['preventing fraud']);
  });

  it('an entry head followed by the interest, and an interest given by example in the next sentence', async () => {
    const entry = await md('# Rechtsgrond voor verwerking\n\n- Gerechtvaardigd belang - voor klantenservice en administratieve doeleinden\n');
    assert.deepEqual(labels(entry.legitimateInterests), ['voor klantenservice en administratieve doeleinden']);
    const example = await md(
      '- **Gerechtvaardigd belang:** Wij kunnen uw persoonsgegevens verwerken indien wij een gerechtvaardigd belang hebben dat zwaarder weegt dan uw privacybelangen. Dit kan bijvoorbeeld het geval zijn bij het onderhouden van onze klantrelatie.\n',
    );
    assert.deepEqual(labels(example.legitimateInterests), ['het onderhouden van onze klantrelatie']);
  });

  it('a mention without the interest gives the basis but no interest; no basis, no interests', async () => {
    const bare = await md('We process data for our legitimate interests.', 'en');
    assert.deepEqual(ids(bare.legalBases), ['legitimate_interests']);
    assert.deepEqual(bare.legitimateInterests, []);
    const { model } = await parsePolicyFile(SEED_MD);
    assert.deepEqual(model.legitimateInterests, []);
  });
});

describe('determinism', () => {
  it('the same input gives the same purposes, bases and categories', async () => {
    const a = (await parsePolicyFile(SEED_TXT)).model;
    const b = (await parsePolicyFile(SEED_TXT)).model;
    assert.deepEqual([a.dataCategories, a.purposes, a.legalBases, a.legitimateInterests], [b.dataCategories, b.purposes, b.legalBases, b.legitimateInterests]);
  });
});

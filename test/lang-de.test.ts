/**
 * The German pack (src/lang/de): each part read on real-looking sentences of German, Austrian and Swiss policies,
 * with a near miss beside every match, and a small whole policy whose model is pinned by a hand-written gold file.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

import { parsePolicyFile, parsePolicyText } from '../src/index.js';
import type { Evidence, PolicyModel } from '../src/model/types.js';
import { evaluateRequirements } from '../src/rules/requirements.js';
import { LANGUAGES, PACKS } from '../src/lang/index.js';

const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/lang/de/', import.meta.url));

async function modelOf(text: string): Promise<PolicyModel> {
  return (await parsePolicyText(text, { format: 'markdown', language: 'de' })).model;
}

async function statusOf(text: string, id: string): Promise<string> {
  const { model, document } = await parsePolicyText(text, { format: 'markdown', language: 'de' });
  return evaluateRequirements(model, document).find((r) => r.id === id)!.status;
}

const at = (e: Evidence): string => `${e.line}:${e.column}-${e.endLine}:${e.endColumn}`;

describe('German pack: registered', () => {
  it('de is a supported language with every part filled', () => {
    assert.ok(LANGUAGES.includes('de'));
    for (const [part, value] of Object.entries(PACKS.de)) assert.ok(value && typeof value === 'object', part);
    assert.equal(PACKS.de.controller.nounsCapitalised, true);
    assert.equal(PACKS.nl.controller.nounsCapitalised, false);
  });
});

describe('German rights', () => {
  it('a grant before its cue, the verb last: Auskunft, abändern lassen, widersprechen', async () => {
    const m = await modelOf('Sie haben das Recht, von uns Auskunft über die Sie betreffenden personenbezogenen Daten zu verlangen.');
    assert.deepEqual(m.rights.map((r) => [r.id, at(r.evidence[0])]), [['access', '1:1-1:102']]);
    assert.deepEqual((await modelOf('Die über Sie gespeicherten Daten können Sie jederzeit abändern lassen.')).rights.map((r) => r.id), ['rectification']);
    assert.deepEqual((await modelOf('Sie können der Verarbeitung Ihrer Daten jederzeit widersprechen.')).rights.map((r) => r.id), ['objection']);
    // Near misses: information given to the police, the organisation deleting on its own, unsubscribing from a newsletter.
    assert.deepEqual((await modelOf('Wir erteilen der Polizei Auskunft, wenn ein Gericht es anordnet.')).rights, []);
    assert.deepEqual((await modelOf('Wir löschen die Daten, sobald sie nicht mehr erforderlich sind.')).rights, []);
    assert.deepEqual((await modelOf('Sie können sich jederzeit vom Newsletter abmelden und damit der Zusendung widersprechen.')).rights, []);
  });

  it('nominal grants and compounds: Recht auf Löschung, Einschränkung, Datenübertragbarkeit', async () => {
    const m = await modelOf('Ihnen steht ein Recht auf Löschung und auf Einschränkung der Verarbeitung zu. Sie haben das Recht auf Datenübertragbarkeit.');
    assert.deepEqual(m.rights.map((r) => [r.id, at(r.evidence[0])]), [['erasure', '1:1-1:78'], ['restriction', '1:1-1:78'], ['portability', '1:79-1:124']]);
  });

  it('withdrawing consent and complaining to an authority; a complaint about customer service is neither', async () => {
    const m = await modelOf('Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen. Sie haben das Recht, sich bei einer Aufsichtsbehörde zu beschweren.');
    assert.deepEqual(m.rights.map((r) => [r.id, at(r.evidence[0])]), [['withdraw_consent', '1:1-1:79'], ['complaint', '1:80-1:147']]);
    assert.deepEqual((await modelOf('Beschwerden über unseren Kundenservice richten Sie bitte an support@example.de.')).rights, []);
  });
});

describe('German retention', () => {
  it('a period with its subject; a reply deadline and a cookie statement without a period are no retention', async () => {
    const m = await modelOf('Die Server-Logfiles werden nach 14 Tagen gelöscht.');
    assert.deepEqual(m.retention.map((r) => [r.subject, r.duration, at(r.evidence[0])]), [['Die Server-Logfiles', 'P14D', '1:1-1:51']]);
    assert.deepEqual((await modelOf('Wir beantworten Ihre Anfrage innerhalb von 30 Tagen.')).retention, []);
  });

  it('an end point without a number ends before the verb at the end of the clause', async () => {
    const m = await modelOf('Rechnungen werden nach Ablauf der gesetzlichen Aufbewahrungsfristen gelöscht.');
    assert.deepEqual(m.retention.map((r) => [r.subject, r.anchor, r.vague]), [['Rechnungen', 'nach Ablauf der gesetzlichen Aufbewahrungsfristen', false]]);
    const vague = await modelOf('Die Daten werden gelöscht, sobald der Zweck der Speicherung entfällt.');
    assert.deepEqual(vague.retention.map((r) => [r.duration, r.vague]), [[null, true]]);
  });
});

describe('German automated decisions, legal bases, interests', () => {
  it('"findet nicht statt" denies; the Art. 22 right says nothing; a decision taken automatically is used', async () => {
    const denied = await modelOf('Eine automatisierte Entscheidungsfindung einschließlich Profiling findet nicht statt.');
    assert.deepEqual([denied.automatedDecisionMaking?.used, at(denied.automatedDecisionMaking!.evidence[0])], [false, '1:1-1:86']);
    const right = 'Sie haben das Recht, nicht einer ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidung unterworfen zu werden.';
    assert.equal((await modelOf(right)).automatedDecisionMaking, null);
    const used = 'Über Ihren Kreditantrag entscheiden wir mit einer automatisierten Einzelfallentscheidung, die rechtliche Wirkung entfaltet.';
    assert.equal((await modelOf(used)).automatedDecisionMaking?.used, true);
  });

  it('Art. 6 Abs. 1 S. 1 lit. f DSGVO, Vertragserfüllung, berechtigtes Interesse with its interest', async () => {
    assert.deepEqual((await modelOf('Die Verarbeitung erfolgt auf Grundlage von Art. 6 Abs. 1 S. 1 lit. f DSGVO.')).legalBases.map((b) => b.id), ['legitimate_interests']);
    assert.deepEqual((await modelOf('Die Verarbeitung erfolgt zur Erfüllung eines Vertrags mit Ihnen.')).legalBases.map((b) => b.id), ['contract']);
    const li = await modelOf('Wir verarbeiten Ihre Daten auf Grundlage unseres berechtigten Interesses an einer sicheren Website.');
    assert.deepEqual(li.legitimateInterests.map((i) => [i.label, at(i.evidence[0])]), [['einer sicheren Website', '1:1-1:100']]);
    const swiss = await modelOf('Wir bearbeiten Personendaten, um unsere berechtigten Interessen zu wahren. Berechtigte Interessen sind insbesondere die Informationssicherheit und die Durchsetzung eigener Ansprüche.');
    assert.deepEqual(swiss.legitimateInterests.map((i) => i.label), ['die Informationssicherheit und die Durchsetzung eigener Ansprüche']);
    // Withdrawing consent is not consent relied on.
    assert.deepEqual((await modelOf('Sie können Ihre Einwilligung jederzeit widerrufen.')).legalBases, []);
  });

  it('purposes in a purpose clause: "um … zu senden", "zur Abwicklung Ihrer Bestellung"', async () => {
    const m = await modelOf('Wir verarbeiten Ihre E-Mail-Adresse, um Ihnen unseren Newsletter zu senden. Wir verarbeiten Ihre Daten zur Abwicklung Ihrer Bestellung.');
    assert.deepEqual(m.purposes.map((p) => [p.id, p.label]), [['newsletter', 'um Ihnen unseren Newsletter zu senden'], ['service_delivery', 'zur Abwicklung Ihrer Bestellung']]);
  });
});

describe('German statements on providing data (Art. 13(2)(e))', () => {
  it('"weder gesetzlich noch vertraglich vorgeschrieben" and "ohne … können wir … nicht" meet it', async () => {
    assert.equal(await statusOf('Die Bereitstellung Ihrer personenbezogenen Daten ist weder gesetzlich noch vertraglich vorgeschrieben.', 'statutory_contractual_requirement'), 'met');
    assert.equal(await statusOf('Ohne Ihre E-Mail-Adresse können wir Ihre Anfrage nicht beantworten.', 'statutory_contractual_requirement'), 'met');
  });

  it('near misses: the organisation\'s own legal duty, and what happens without consent', async () => {
    assert.equal(await statusOf('Wir sind gesetzlich verpflichtet, Rechnungen zehn Jahre aufzubewahren.', 'statutory_contractual_requirement'), 'missing');
    assert.equal(await statusOf('Ohne Ihre Einwilligung setzen wir keine Analyse-Cookies.', 'statutory_contractual_requirement'), 'missing');
  });
});

describe('German transfers and recipients', () => {
  it('SCCs and the DPF with the USA as destination; a denial at the end of the sentence; data kept inside the EU', async () => {
    const scc = await modelOf('Dabei werden Daten in die USA übermittelt; die Übermittlung stützt sich auf Standardvertragsklauseln der EU-Kommission.');
    assert.deepEqual(scc.transfers.map((t) => [t.destination, t.mechanism]), [['US', 'scc']]);
    assert.deepEqual((await modelOf('Eine Übermittlung in Drittländer findet nicht statt.')).transfers.map((t) => [t.destination, t.mechanism]), [[null, 'none']]);
    assert.deepEqual((await modelOf('Ihre Daten werden ausschließlich innerhalb der EU verarbeitet.')).transfers.map((t) => [t.destination, t.mechanism]), [[null, 'none']]);
  });

  it('a host named before its verb, categories handed data; pronouns of address are no recipients', async () => {
    const host = await modelOf('Unsere Website wird bei der Hetzner Online GmbH gehostet.');
    assert.deepEqual(host.recipients.map((r) => [r.name, r.kind, at(r.evidence[0])]), [['Hetzner', 'processor', '1:1-1:58']]);
    const cats = await modelOf('Wir geben Ihre Daten an unseren Steuerberater und an Paketdienstleister weiter.');
    assert.deepEqual(cats.recipients.map((r) => [r.name, r.kind]), [['Steuerberater', 'category'], ['Paketdienstleister', 'category']]);
    assert.deepEqual((await modelOf('Wir nutzen Ihre Daten nur für die Beantwortung Ihrer Anfrage.')).recipients, []);
    assert.equal(await statusOf('Wir geben Ihre Daten nicht an Dritte weiter.', 'recipients'), 'met');
  });
});

describe('German: no recipients, Swiss wording, controller labels', () => {
  it('"Wir geben keine Daten weiter" and "Es erfolgt keine Weitergabe" say nobody receives data; a denied transfer does not', async () => {
    assert.equal(await statusOf('Wir geben keine Daten weiter.', 'recipients'), 'met');
    assert.equal(await statusOf('Es erfolgt keine Weitergabe der im Matomo-Cookie gespeicherten Informationen über die Benutzung dieser Website.', 'recipients'), 'met');
    assert.equal(await statusOf('Es erfolgt keine Übermittlung Ihrer Daten in Drittländer.', 'recipients'), 'missing');
  });

  it('Swiss "Datenportabilität" and "Widerruf" in a list of rights', async () => {
    const m = await modelOf('Ihnen stehen grundsätzlich die Rechte auf Auskunft, Berichtigung, Löschung, Widerruf und Widerspruch zu. Sie haben ein Recht auf Herausgabe gewisser Personendaten (sog. Datenportabilität).');
    assert.deepEqual(m.rights.map((r) => r.id), ['access', 'rectification', 'erasure', 'objection', 'withdraw_consent', 'portability']);
  });

  it('a line "Die verantwortliche Stelle … ist:" names the controller on the next line, with an academic title', async () => {
    const m = await modelOf('Die verantwortliche Stelle für die Datenverarbeitung auf dieser Website ist:\n\nDr. med. Helene Beispiel  \nMusterstr. 69  \n13507 Berlin\n');
    assert.deepEqual([m.controller.name, m.controller.address], ['Dr. med. Helene Beispiel', 'Musterstr. 69, 13507 Berlin']);
    // A common noun before the colon is no name: "… ist die Rechtsanwaltskanzlei:" introduces it.
    const firm = await modelOf('Verantwortlich für die Datenverarbeitung ist die Rechtsanwaltskanzlei:\n\nRL Rechtsanwälte\nMusterstr. 1\n10999 Berlin\n');
    assert.equal(firm.controller.name, 'RL Rechtsanwälte');
  });

  it('church authorities are supervisory authorities', async () => {
    const m = await modelOf('Sie haben das Recht, sich beim Katholischen Datenschutzzentrum Frankfurt zu beschweren.');
    assert.deepEqual([m.supervisoryAuthority?.name, at(m.supervisoryAuthority!.evidence[0])], ['Katholischen Datenschutzzentrum Frankfurt', '1:32-1:73']);
    assert.deepEqual(m.rights.map((r) => r.id), ['complaint']);
    const ekd = await modelOf('Zuständig ist der Beauftragte für den Datenschutz der EKD in Hannover.');
    assert.equal(ekd.supervisoryAuthority?.name, 'Beauftragte für den Datenschutz der EKD');
  });

  it('a common noun before a service is no part of its name', async () => {
    const m = await modelOf('Wir nutzen den Nachrichtendienst Twitter, um über Veranstaltungen zu informieren.');
    assert.deepEqual(m.recipients.map((r) => r.name), ['Twitter']);
  });
});

describe('German cookies and children', () => {
  it('kinds before the noun, compounds, the session lifetime', async () => {
    const m = await modelOf('Wir verwenden technisch notwendige Cookies und Analyse-Cookies. Session-Cookies werden nach Ende Ihrer Browser-Sitzung gelöscht.');
    assert.deepEqual(m.cookies.map((c) => [c.kind, c.lifetime]), [['functional', 'session'], ['analytics', null]]);
  });

  it('"Kinder unter 16 Jahren" is a minimum age', async () => {
    const m = await modelOf('Unser Angebot richtet sich nicht an Kinder unter 16 Jahren. Wir erheben wissentlich keine Daten von Kindern.');
    assert.equal(m.children?.minimumAge, 16);
  });
});

describe('German fixture policy against its gold file', () => {
  it('datenschutz-baeckerei.md', async () => {
    const gold = parseYaml(readFileSync(join(FIXTURE_DIR, 'datenschutz-baeckerei.gold.yaml'), 'utf8')) as {
      values: Record<string, unknown>;
      requirements: Record<string, boolean>;
    };
    const { model, document } = await parsePolicyFile(join(FIXTURE_DIR, 'datenschutz-baeckerei.md'));
    const v = gold.values;
    assert.equal(model.language, v.language);
    assert.equal(model.updated, v.updated);
    assert.equal(model.controller.name, v.controller_name);
    assert.equal(model.controller.email, (v.controller_emails as string[])[0]);
    assert.equal(model.dpo?.email ?? null, v.dpo_email);
    assert.equal(model.supervisoryAuthority?.name ?? null, v.supervisory_authority);
    assert.deepEqual(model.recipients.filter((r) => r.kind !== 'category').map((r) => r.name).sort(), v.recipients);
    assert.deepEqual([...new Set(model.retention.map((r) => r.duration).filter(Boolean))].sort(), v.retention_periods);
    const given = Object.fromEntries(evaluateRequirements(model, document).map((r) => [r.id, r.status === 'met' || r.status === 'partial']));
    assert.deepEqual(given, gold.requirements);
  });
});

it('de: "keinen Datenschutzbeauftragten bestellt" gives no DPO; a reachable one does (near miss)', async () => {
  const { parsePolicyText } = await import('../src/index.js');
  const none = await parsePolicyText('# Datenschutz\n\nWir haben keinen Datenschutzbeauftragten bestellt.\n', { format: 'markdown', language: 'de' });
  assert.equal(none.model.dpo, null);
  const one = await parsePolicyText('# Datenschutz\n\nUnser Datenschutzbeauftragter ist erreichbar unter dsb@beispielfirma.de.\n', { format: 'markdown', language: 'de' });
  assert.equal(one.model.dpo?.email, 'dsb@beispielfirma.de');
});

describe('German: elements stated in the usual German ways are not reported missing', () => {
  it('a postcode starting with 0 is a postcode; four digits starting with 0 are none', async () => {
    const m = await modelOf('Verantwortlich: Muster & Partner OHG, Wolfgang-Heinze-Straße 14, 04277 Leipzig, Deutschland.');
    assert.deepEqual([m.controller.name, m.controller.address], ['Muster & Partner OHG', 'Wolfgang-Heinze-Straße 14, 04277 Leipzig']);
    assert.equal(m.controller.evidence.map(at).join(' '), '1:1-1:93 1:39-1:79');
    const near = await modelOf('Verantwortlich: Muster & Partner OHG, Wolfgang-Heinze-Straße 14, 0427 Leipzig, Deutschland.');
    assert.equal(near.controller.address, null);
  });

  it('an address card split into one paragraph per line gives the address; a street without a postcode line gives none', async () => {
    const card = '# Datenschutz\n\nBei Fragen schreibst du uns per Post an\n\n**Muster GmbH**\n\nDatenschutz\n\nStresemannstraße 375\n\n22761 Hamburg\n';
    const m = await modelOf(card);
    assert.deepEqual([m.controller.name, m.controller.address], ['Muster GmbH', 'Stresemannstraße 375, 22761 Hamburg']);
    assert.equal(at(m.controller.evidence[1]), '9:1-9:21');
    assert.equal(await statusOf(card, 'controller_identity'), 'met');
    const street = await modelOf('# Datenschutz\n\n**Muster GmbH**\n\nStresemannstraße 375\n\nWir freuen uns auf Ihren Besuch.\n');
    assert.equal(street.controller.address, null);
  });

  it('"per Kontaktformular anschreiben" is a way to reach us; "per Kontaktformular Anfragen zukommen lassen" is a form that collects data', async () => {
    const reach = await modelOf('Verantwortlich ist die Muster GmbH.\n\nBei Fragen kannst du uns jederzeit per Kontaktformular anschreiben.');
    assert.equal(reach.controller.contactForm, true);
    assert.equal(at(reach.controller.evidence[1]), '3:1-3:68');
    const collects = await modelOf('Verantwortlich ist die Muster GmbH. Wenn Sie uns per Kontaktformular Anfragen zukommen lassen, werden Ihre Angaben gespeichert.');
    assert.equal(collects.controller.contactForm, undefined);
  });

  it('objecting to the collection of data that cookies produce is objection; objecting to cookies in the browser is not', async () => {
    const m = await modelOf('Der Erfassung und Speicherung deiner IP-Adresse und der durch Cookies erzeugten Daten kannst du jederzeit mit Wirkung für die Zukunft widersprechen.');
    assert.deepEqual(m.rights.map((r) => [r.id, at(r.evidence[0])]), [['objection', '1:1-1:149']]);
    assert.deepEqual((await modelOf('Sie können die durch das Cookie erzeugten Daten löschen lassen.')).rights.map((r) => r.id), ['erasure']);
    assert.deepEqual((await modelOf('Sie können der Speicherung von Cookies in Ihrem Browser widersprechen.')).rights, []);
    assert.deepEqual((await modelOf('Sie können Cookies jederzeit löschen.')).rights, []);
  });

  it('"zu diesem Zweck" states a purpose', async () => {
    const text = 'Falls wir dir Waren per Post senden, erheben wir zu diesem Zweck eine Lieferanschrift.';
    assert.equal(await statusOf(text, 'purposes'), 'met');
    assert.equal(await statusOf('Wir erheben eine Lieferanschrift.', 'purposes'), 'missing');
  });

  it('retention until a conversation is over, after a vague sentence; "einige Tage bis Wochen" is a period', async () => {
    const conversation =
      'Die Daten werden gelöscht, sobald sie für die Erreichung des Zweckes ihrer Erhebung nicht mehr erforderlich sind. Für die personenbezogenen Daten, die per E-Mail übersandt wurden, ist dies dann der Fall, wenn die jeweilige Konversation mit dem Nutzer beendet ist.';
    const { model, document } = await parsePolicyText(conversation, { format: 'markdown', language: 'de' });
    const retention = evaluateRequirements(model, document).find((r) => r.id === 'retention')!;
    assert.deepEqual([retention.status, retention.evidence.map(at)], ['met', ['1:115-1:264']]);
    // The vague sentence alone is still vague: the purpose served is no period.
    assert.equal(await statusOf('Die Daten werden gelöscht, sobald sie für die Erreichung des Zweckes ihrer Erhebung nicht mehr erforderlich sind.', 'retention'), 'missing');
    assert.equal(await statusOf('Die Logfiles bleiben nur für einige Tage bis Wochen gespeichert und werden anschließend automatisch gelöscht.', 'retention'), 'met');
    assert.equal(await statusOf('Einige Tage nach der Bestellung erhalten Sie die Ware.', 'retention'), 'missing');
  });

  it('consent as a condition ("Wenn Du zustimmst") is a legal basis; working "auch ohne" the data is the requirement, not without cookies', async () => {
    const text = 'Dein Browser fragt, ob die Karte Deinen Standort verwenden darf. Wenn Du zustimmst, springt die Karte zu Deiner Position. Sie funktioniert auch ohne Standort.';
    const { model, document } = await parsePolicyText(text, { format: 'markdown', language: 'de' });
    const byId = Object.fromEntries(evaluateRequirements(model, document).map((r) => [r.id, [r.status, r.evidence.map(at)]]));
    assert.deepEqual(byId.legal_basis, ['met', ['1:66-1:122']]);
    assert.deepEqual(byId.statutory_contractual_requirement, ['met', ['1:123-1:159']]);
    assert.equal(await statusOf('Wenn Sie Fragen haben, stimmen wir gern einen Termin ab.', 'legal_basis'), 'missing');
    assert.equal(await statusOf('Die Website funktioniert auch ohne Cookies.', 'statutory_contractual_requirement'), 'missing');
  });
});

describe('German: the controller named in the usual German ways', () => {
  const nameOf = async (text: string): Promise<string | null> => (await modelOf(text)).controller.name;

  it('a club founded in a year keeps the year in its name; a month and year before a name is a date', async () => {
    assert.equal(await nameOf('Verantwortlich ist der TSV 1860 München e.V., Grünwalder Str. 114, 81547 München.'), 'TSV 1860 München e.V.');
    assert.equal(await nameOf('Verantwortlich ist der SV Blau-Weiß Musterstadt 1920 e.V., Sportplatz 1, 12345 Musterstadt.'), 'SV Blau-Weiß Musterstadt 1920 e.V.');
    assert.equal(await nameOf('Verantwortlich ist die Muster GmbH seit 2019.'), 'Muster GmbH');
  });

  it('"am" inside a name; an owner line between the name and the street of an address card', async () => {
    assert.equal(await nameOf('Verantwortliche Stelle ist der Förderverein der Grundschule am See e.V., vertreten durch den Vorstand, Seeweg 1, 14467 Potsdam.'), 'Förderverein der Grundschule am See e.V.');
    const card = '# Datenschutz\n\n## Kontakt\n\nMusikschule Klangwelt\nInh. Sabine Roth\nMozartstraße 8\n86150 Augsburg\n';
    assert.deepEqual([await nameOf(card), at((await modelOf(card)).controller.evidence[0])], ['Musikschule Klangwelt', '5:1-5:22']);
    // Near miss: the owner line alone under the heading names the owner.
    assert.equal(await nameOf('# Datenschutz\n\n## Kontakt\n\nSabine Roth\nMozartstraße 8\n86150 Augsburg\n'), 'Sabine Roth');
  });

  it('"gelten für die Datenverarbeitung durch:" and an "Inhaber …:" label name the controller', async () => {
    assert.equal(await nameOf('Diese Datenschutzhinweise gelten für die Datenverarbeitung durch: Bäckerei Sonnenschein GmbH, Brotweg 5, 70173 Stuttgart (Verantwortlicher)'), 'Bäckerei Sonnenschein GmbH');
    assert.equal(await nameOf('# Datenschutzerklärung\n\nInhaber und verantwortlich für den Inhalt: Thomas Lehmann\n\nAnschrift: Gartenstraße 9, 08056 Zwickau\n'), 'Thomas Lehmann');
    // Near miss: the rights of the person who holds an account are no label.
    assert.equal(await nameOf('# Datenschutzerklärung\n\nInhaber eines Kontos haben folgende Rechte: Auskunft und Löschung.\n'), null);
  });

  it('a common noun and a particle before an entity are no part of its name ("Website der Beispiel AG"); a name of that shape stays whole', async () => {
    const m = await modelOf('# Datenschutz\n\nDiese Datenschutzerklärung gilt für die Website der Beispiel AG (im Folgenden „wir“).\n\nKontakt: Beispiel AG, Seestrasse 10, 8002 Zürich, info@beispiel.ch\n');
    assert.deepEqual([m.controller.name, m.controller.aliases], ['Beispiel AG', []]);
    const alias = await modelOf('# Datenschutz\n\nSeitenbau ist ein Service der Seitenbau GmbH.\n\nVerantwortlich ist die Seitenbau GmbH, Stresemannstraße 375, 22761 Hamburg.\n');
    assert.deepEqual([alias.controller.name, alias.controller.aliases], ['Seitenbau GmbH', ['Seitenbau']]);
    assert.equal(await nameOf('Verantwortlich ist der Verein der Freunde des Zoos e.V., Zooweg 1, 12345 Musterstadt.'), 'Verein der Freunde des Zoos e.V.');
  });
});

describe('German and Swiss wordings of a contact, a complaint and portability', () => {
  it('an address spelled with "punkt" and "at", the local part too; a sentence about a point in time is none', async () => {
    const m = await modelOf('Betreiber der App: Frederik Beispiel, frederik punkt beispiel at gmail punkt com');
    assert.deepEqual([m.controller.name, m.controller.emails], ['Frederik Beispiel', ['frederik.beispiel@gmail.com']]);
    assert.deepEqual((await modelOf('Betreiber der App: Frederik Beispiel. Wir sind ab Punkt 8 Uhr erreichbar.')).controller.emails, []);
  });

  it('Swiss "eine Meldung einreichen" at the authority is a complaint; "Daten in einem gängigen Dateiformat erhalten" is portability', async () => {
    const m = await modelOf('Sie haben das Recht, Ihre Daten in einem gängigen Dateiformat zu erhalten. Sie haben das Recht, bei der zuständigen Aufsichtsbehörde eine Meldung einzureichen.');
    assert.deepEqual(m.rights.map((r) => [r.id, at(r.evidence[0])]), [['portability', '1:1-1:75'], ['complaint', '1:76-1:160']]);
    // Near misses: a report to the police, an invoice in a common format.
    assert.deepEqual((await modelOf('Eine Meldung an die Polizei erfolgt bei Verdacht auf Betrug. Die Rechnung erhalten Sie in einem gängigen Dateiformat.')).rights, []);
  });
});

describe('German: more controller phrasings', () => {
  const nameOf = async (text: string): Promise<string | null> => (await modelOf(text)).controller.name;

  it('a heading label over a label line: the name is on the line after the second label, not the label itself', async () => {
    const text = '# Datenschutzerklärung\n\n## Verantwortliche Stelle\n\nVerantwortlich für die Datenverarbeitung auf dieser Website ist:\n\nArztpraxis Dr. med. Klaus Weber\nBahnhofstraße 3\n35037 Marburg\n';
    assert.equal(await nameOf(text), 'Arztpraxis Dr. med. Klaus Weber');
  });

  it('"Verantwortlich für diese Website ist", "Betreiberin dieser Website und verantwortlich … ist"', async () => {
    assert.equal(await nameOf('Verantwortlich für diese Website ist die Anwaltskanzlei Schmid & Kollegen, Bahnhofstrasse 10, 8001 Zürich.'), 'Anwaltskanzlei Schmid & Kollegen');
    assert.equal(await nameOf('Betreiberin dieser Website und verantwortlich für die Datenbearbeitung ist die Stiftung Kinderhilfe, Seeweg 2, 6003 Luzern.'), 'Stiftung Kinderhilfe');
  });

  it('"Wir, die X GmbH, …" and "… ist uns, der X, ein Anliegen"; a plain "uns," names nobody', async () => {
    assert.equal(await nameOf('Wir, die Meier Consulting GmbH, nehmen den Schutz Ihrer Daten ernst.'), 'Meier Consulting GmbH');
    assert.equal(await nameOf('Der Schutz Ihrer persönlichen Daten ist uns, der Stadtbibliothek Musterstadt, ein besonderes Anliegen.'), 'Stadtbibliothek Musterstadt');
    assert.equal(await nameOf('Der Schutz Ihrer Daten ist uns, wie Sie wissen, wichtig.'), null);
  });

  it('"zur" inside a name; a bracket the name run opens is closed with it', async () => {
    assert.equal(await nameOf('# Datenschutzerklärung\n\n**Verantwortlich im Sinne der DSGVO**\n\nGasthof zur Post\nKirchplatz 2\n83471 Berchtesgaden\n'), 'Gasthof zur Post');
    assert.equal(await nameOf('Verantwortlicher: Anna Schneider (Fotografie), Lindenallee 5, 01067 Dresden, hallo@anna-schneider-foto.de'), 'Anna Schneider (Fotografie)');
  });
});

describe('German: named services with the usual German cues', () => {
  const named = async (text: string): Promise<string[]> => (await modelOf(text)).recipients.filter((r) => r.kind !== 'category').map((r) => r.name);

  it('"beim Anbieter X", the site as the subject, the service named in the genitive of its kind', async () => {
    const host = await modelOf('Unsere Webseiten liegen auf einem Server beim Anbieter Hetzner in Deutschland.');
    assert.deepEqual(host.recipients.map((r) => [r.name, r.kind, at(r.evidence[0])]), [['Hetzner', 'processor', '1:1-1:79']]);
    assert.deepEqual(await named('Diese Website verwendet Google Analytics, einen Webanalysedienst von Google Inc., 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA.'), ['Google Analytics']);
    assert.deepEqual(await named('Innerhalb unseres Angebotes werden Funktionen und Inhalte des Dienstes pretix, angeboten durch pretix GmbH, eingebunden.'), ['pretix']);
    assert.deepEqual(await named('Diese Seite nutzt über eine API den Kartendienst Google Maps.'), ['Google Maps']);
    // Near misses: the reader's own use, a link to follow.
    assert.deepEqual(await named('Sie können uns auch auf Twitter folgen.'), []);
    assert.deepEqual(await named('Wenn Sie Ihren Browser Google Chrome nutzen, können Sie Cookies löschen.'), []);
  });

  it('"Elemente von X", "Zahlung über X": what a service brings or takes named before it', async () => {
    assert.deepEqual(await named('Wir haben auf dieser Website Elemente von LinkedIn integriert.'), ['LinkedIn']);
    assert.deepEqual(await named('Wir bieten Ihnen die Zahlung über PayPal an.'), ['PayPal']);
    // Near miss: elements of a design, a payment the reader makes elsewhere.
    assert.deepEqual(await named('Es werden keine Elemente von LinkedIn eingebunden.'), []);
  });
});

describe('German: the provider as a label (Betreiber/Anbieter/Inhaber of a site or an app)', () => {
  const nameOf = async (text: string, format: 'markdown' | 'text' = 'markdown'): Promise<string | null> =>
    (await parsePolicyText(text, { format, language: 'de' })).model.controller.name;

  it('"Betreiber der App" alone on its line over the name, in plain text (short lines read as headings) and in a paragraph', async () => {
    const text = 'Datenschutz\n\nDie Daten werden nicht an Dritte weitergereicht.\n\nBetreiber der App\nFrederik Beispiel, frederik punkt beispiel at gmail punkt com\n\nErklaerung der Zugriffsrechte\n';
    const { model } = await parsePolicyText(text, { format: 'text', language: 'de' });
    assert.deepEqual([model.controller.name, at(model.controller.evidence[0])], ['Frederik Beispiel', '5:1-5:18']);
    assert.equal(await nameOf('# Datenschutz\n\nBetreiber der App\nFrederik Beispiel, frederik punkt beispiel at gmail punkt com\n'), 'Frederik Beispiel');
    // Near misses: the label over another heading is no name; a sentence about the operator is no label.
    assert.equal(await nameOf('Datenschutz\n\nBetreiber der App\n\nErklaerung der Zugriffsrechte\n\nDie App speichert nichts.\n', 'text'), null);
    assert.equal(await nameOf('# Datenschutz\n\nDer Betreiber der App speichert keine Daten.\nAlle Daten bleiben auf dem Gerät.\n'), null);
  });

  it('"Anbieter dieser Website und verantwortlich im Sinne der DSGVO:", "Inhaber der Website:"', async () => {
    assert.equal(await nameOf('# Datenschutz\n\nAnbieter dieser Website und verantwortlich im Sinne der DSGVO:\nKita Sonnenschein gGmbH, Am Park 2, 01067 Dresden, kontakt@kita-sonnenschein.de\n'), 'Kita Sonnenschein gGmbH');
    assert.equal(await nameOf('# Datenschutzerklärung\n\nInhaber der Website: Musterfirma GmbH, Industriestraße 5, 70173 Stuttgart\n'), 'Musterfirma GmbH');
    // Near miss: the holder of an account is no label.
    assert.equal(await nameOf('# Datenschutzerklärung\n\nInhaber eines Kontos haben folgende Rechte: Auskunft und Löschung.\n'), null);
  });
});

describe('German: Swiss and verb-last controller sentences, service providers, policy titles', () => {
  const nameOf = async (text: string): Promise<string | null> => (await modelOf(text)).controller.name;

  it('Swiss "Verantwortliche Person für die Bearbeitung von Personendaten ist"; verb last "ist für die Verarbeitung … verantwortlich"', async () => {
    const swiss = await modelOf('Verantwortliche Person für die Bearbeitung von Personendaten ist die Hofer Treuhand AG, Bahnhofplatz 2, 3011 Bern.');
    assert.deepEqual([swiss.controller.name, at(swiss.controller.evidence[0])], ['Hofer Treuhand AG', '1:1-1:115']);
    assert.equal(await nameOf('Der Kulturverein Spielraum (ZVR-Zahl 123456789) ist für die Verarbeitung Ihrer Daten verantwortlich.'), 'Kulturverein Spielraum');
    // Near misses: a person responsible for something else, a duty that is not the controller's.
    assert.equal(await nameOf('Der Nutzer ist für die Richtigkeit seiner Angaben verantwortlich.'), null);
    assert.equal(await nameOf('Jeder Anbieter ist für die Inhalte seiner Seiten selbst verantwortlich.'), null);
  });

  it('"Diensteanbieter:" labels the controller; a policy title before "der …" is no part of the name', async () => {
    assert.equal(await nameOf('# Datenschutz\n\nDiensteanbieter: Weber Consulting GmbH, Ringstraße 4, 10115 Berlin\n'), 'Weber Consulting GmbH');
    const titled = await modelOf('# Datenschutzhinweise der Weber Consulting GmbH\n\nWir verarbeiten Ihre Daten nach der DSGVO.\n');
    assert.deepEqual([titled.controller.name, titled.controller.aliases], ['Weber Consulting GmbH', []]);
    // Near miss: a sentence about providers in general labels nothing.
    assert.equal(await nameOf('# Datenschutz\n\nDiensteanbieter wie Google verarbeiten Daten in den USA.\n'), null);
  });
});

describe('German: the legitimate interest in a sentence of its own kind', () => {
  it('"ergibt sich aus", "dient der …" beside the basis give the interest; the basis alone does not', async () => {
    const text = 'Die Speicherung der Logfiles dient der Gewährleistung der Systemsicherheit; hierin liegt auch unser berechtigtes Interesse nach Art. 6 Abs. 1 lit. f DSGVO.';
    const { model, document } = await parsePolicyText(text, { format: 'markdown', language: 'de' });
    const r = evaluateRequirements(model, document).find((x) => x.id === 'legitimate_interests')!;
    assert.deepEqual([r.status, r.evidence.map(at)], ['met', ['1:1-1:156']]);
    assert.equal(await statusOf('Das berechtigte Interesse ergibt sich aus dem Interesse an einer effektiven Kundenbetreuung.', 'legitimate_interests'), 'met');
    // Near misses: the basis cited with no interest, a right that follows from it.
    assert.equal(await statusOf('Die Verarbeitung erfolgt auf Grundlage unseres berechtigten Interesses gemäß Art. 6 Abs. 1 lit. f DSGVO.', 'legitimate_interests'), 'missing');
    assert.equal(await statusOf('Soweit die Verarbeitung auf einem berechtigten Interesse beruht, besteht ein Widerspruchsrecht.', 'legitimate_interests'), 'missing');
  });
});

describe('German: a service the site uses, described under its own heading, is not the controller', () => {
  it('"## X⏎X ist ein Dienst der Y GmbH" among the services; the address card names the controller', async () => {
    const text = '# Datenschutzerklärung\n\nSicherheit Hübner GmbH\nc/o Ferdinand Hübner\nRougemontweg 2\n3027 Bern\n\n## Generatoren\n\nGeneratoren ist ein Dienst der Seitenbau Solutions GmbH, um Dienste auf einer Website zu erkennen.\n';
    const m = await modelOf(text);
    assert.deepEqual([m.controller.name, at(m.controller.evidence[0])], ['Sicherheit Hübner GmbH', '3:1-4:21']);
    // Near miss: the same clause about the site itself (its name in the title) still names the controller.
    const own = await modelOf('# Datenschutzerklärung von Seitenbau\n\n## Seitenbau\n\nSeitenbau ist ein Dienst der Seitenbau Solutions GmbH.\n');
    assert.equal(own.controller.name, 'Seitenbau Solutions GmbH');
  });
});

describe('German: the organisation limiting a request grants no right', () => {
  it('"Wir können die Auskunft … einschränken oder verweigern" is no right to restriction, even under a rights heading', async () => {
    const text = '# Datenschutz\n\n## Ihre Rechte\n\nWir können die Auskunft bzw. Datenherausgabe einschränken oder verweigern, wenn dies unseren gesetzlichen Verpflichtungen entgegensteht.\n';
    assert.equal(await statusOf(text, 'right_restriction'), 'missing');
    // Near miss: the person's request under the same heading is the right.
    const own = '# Datenschutz\n\n## Ihre Rechte\n\nSie können die Einschränkung der Verarbeitung Ihrer Daten verlangen.\n';
    const { model, document } = await parsePolicyText(own, { format: 'markdown', language: 'de' });
    const r = evaluateRequirements(model, document).find((x) => x.id === 'right_restriction')!;
    assert.deepEqual([r.status, r.evidence.map(at)], ['met', ['5:1-5:69']]);
  });

  it('"wir können" is no request of the person; "Sie können", "können Sie" are', async () => {
    assert.equal(await statusOf('Wir können veraltete Einträge jederzeit löschen.', 'right_erasure'), 'missing');
    assert.equal(await statusOf('Löschen können Sie Ihr Konto in den Einstellungen.', 'right_erasure'), 'met');
  });
});

describe('German retention: "so lange, wie es … erforderlich ist" is necessity, not a criterion', () => {
  it('the comma before "wie" keeps the necessity in the phrase; a real criterion after it stays one', async () => {
    const vague = await modelOf('Wir speichern Ihre Daten so lange, wie es für die Erfüllung des Zwecks notwendig ist.');
    assert.deepEqual(vague.retention.map((r) => [r.anchor, r.vague]), [[null, true]]);
    assert.equal(await statusOf('Wir speichern Ihre Daten so lange, wie es für die Erfüllung des Zwecks notwendig ist.', 'retention'), 'missing');
    // Near miss: as long as the contract lasts is a criterion.
    const criterion = await modelOf('Die Daten werden so lange gespeichert, wie das Vertragsverhältnis besteht.');
    assert.deepEqual([criterion.retention.map((r) => r.vague), at(criterion.retention[0].evidence[0])], [[false], '1:1-1:75']);
    assert.equal(await statusOf('Die Daten werden so lange gespeichert, wie das Vertragsverhältnis besteht.', 'retention'), 'met');
    // The cue between "so lange" and "wie", and "solange dies …": still necessity only.
    assert.equal(await statusOf('Die Daten werden so lange gespeichert, wie dies zur Erfüllung des Zwecks erforderlich ist.', 'retention'), 'missing');
    assert.equal(await statusOf('Wir speichern Ihre Daten, solange dies erforderlich ist.', 'retention'), 'missing');
    assert.equal(await statusOf('Wir speichern die Daten, solange Sie den Newsletter abonniert haben.', 'retention'), 'met');
  });
});

describe('German: a fully automated decision denied', () => {
  it('"Eine vollautomatisierte Entscheidung findet nicht statt" is the statement; fully automated processing is not', async () => {
    assert.equal(await statusOf('Eine vollautomatisierte Entscheidung findet nicht statt.', 'automated_decision_making'), 'met');
    const m = await modelOf('Eine vollautomatisierte Entscheidung findet nicht statt.');
    assert.deepEqual([m.automatedDecisionMaking?.used, at(m.automatedDecisionMaking!.evidence[0])], [false, '1:1-1:57']);
    assert.equal(await statusOf('Die Verarbeitung erfolgt vollautomatisiert auf unseren Servern.', 'automated_decision_making'), 'missing');
  });
});

/**
 * German wording as policies in general write it (e-recht24, Datenschutz-Generator.de and DSGVO-Generator templates,
 * Impressum blocks, small-site policies), not as one corpus file does: for each element a battery of everyday
 * sentences that must address it, and near misses that must not.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { parsePolicyText } from '../src/index.js';
import { evaluateRequirements } from '../src/rules/requirements.js';
import type { RequirementId } from '../src/rules/types.js';

async function statusOf(text: string, id: RequirementId): Promise<string> {
  const { model, document } = await parsePolicyText(text, { format: 'markdown', language: 'de' });
  return evaluateRequirements(model, document).find((r) => r.id === id)!.status;
}

async function battery(id: RequirementId, matches: string[], misses: string[]): Promise<void> {
  for (const text of matches) assert.equal(await statusOf(text, id), 'met', `should address ${id}: ${text}`);
  for (const text of misses) assert.equal(await statusOf(text, id), 'missing', `should not address ${id}: ${text}`);
}

describe('German: whether providing data is required (Art. 13(2)(e))', () => {
  it('required for a contract or request, voluntary, optional, what follows without the data', async () => {
    await battery('statutory_contractual_requirement', [
      'Die Bereitstellung der personenbezogenen Daten ist weder gesetzlich noch vertraglich vorgeschrieben.',
      'Die mit einem Sternchen (*) gekennzeichneten Felder sind Pflichtfelder.',
      'Für den Vertragsabschluss ist die Angabe Ihres Namens und Ihrer Anschrift erforderlich.',
      'Ohne diese Angaben können wir Ihre Bestellung nicht bearbeiten.',
      'Die Angabe weiterer Daten ist freiwillig.',
      'Sie sind nicht verpflichtet, uns Ihre personenbezogenen Daten bereitzustellen.',
      'Eine Nichtbereitstellung hätte zur Folge, dass wir Ihre Anfrage nicht beantworten können.',
      'Die Nutzung unserer Webseite ist in der Regel ohne Angabe personenbezogener Daten möglich.',
      'Die Erhebung dieser Daten ist für die Durchführung des Vertrages erforderlich.',
      'Für die Anmeldung zum Newsletter ist lediglich die Angabe Ihrer E-Mail-Adresse erforderlich.',
      'Wir benötigen Ihre E-Mail-Adresse, um Ihnen den Newsletter zu senden.',
      'Werden die Daten nicht bereitgestellt, kann der Vertrag nicht geschlossen werden.',
      'Die Angaben sind zur Bearbeitung Ihrer Anfrage zwingend notwendig.',
      'Sofern Sie uns diese Daten nicht mitteilen, ist eine Teilnahme nicht möglich.',
      'Die Pflichtangaben sind als solche gekennzeichnet.',
      'Zur Registrierung müssen Sie einen Benutzernamen und ein Passwort angeben.',
      'Alle weiteren Angaben sind optional.',
      'Sie können unsere Website besuchen, ohne Angaben zu Ihrer Person zu machen.',
      'Die Angabe Ihrer Telefonnummer ist nicht zwingend.',
      'Bei Nichtangabe können wir Sie nicht kontaktieren.',
      'Die Daten werden ausschließlich auf freiwilliger Basis erhoben.',
      'Ohne Angabe dieser Daten ist eine Bewerbung nicht möglich.',
      'Die Angabe der E-Mail-Adresse ist für den Versand des Newsletters notwendig.',
    ], [
      'Wir sind gesetzlich verpflichtet, Rechnungen zehn Jahre aufzubewahren.',
      'Ohne Ihre Einwilligung setzen wir keine Cookies ein.',
      'Sie können der Verarbeitung jederzeit widersprechen.',
      'Die Verarbeitung ist zur Erfüllung eines Vertrages erforderlich (Art. 6 Abs. 1 lit. b DSGVO).',
      'Wir sind nicht verpflichtet, einen Datenschutzbeauftragten zu benennen.',
      'Die Erfassung der Daten zur Bereitstellung der Website und die Speicherung der Daten in Logfiles ist für den Betrieb der Internetseite zwingend erforderlich.',
      'Die Verarbeitung Ihrer Daten ist zur Erfüllung eines Vertrages erforderlich.',
      'Eine Angabe von Gründen ist nicht erforderlich.',
      'Sie müssen uns Ihre Gründe nicht nennen.',
      'Die Cookies sind für den Betrieb der Website notwendig.',
      'Diese Daten sind für uns nicht mehr erforderlich und werden gelöscht.',
    ]);
  });
});

describe('German: automated decisions (Art. 13(2)(f))', () => {
  it('denials in every usual form, and a bare denial opening a section headed by the topic', async () => {
    await battery('automated_decision_making', [
      'Eine automatisierte Entscheidungsfindung oder ein Profiling findet nicht statt.',
      'Als verantwortungsbewusstes Unternehmen verzichten wir auf eine automatische Entscheidungsfindung oder ein Profiling.',
      'Eine automatisierte Entscheidung im Einzelfall einschließlich Profiling gemäß Art. 22 DSGVO erfolgt nicht.',
      'Wir setzen keine Verfahren zur automatisierten Entscheidungsfindung ein.',
      'Zu einer automatisierten Entscheidungsfindung kommt es nicht.',
      'Wir treffen keine Entscheidungen, die ausschließlich auf einer automatisierten Verarbeitung beruhen.',
      '## Automatisierte Entscheidungsfindung\n\nFindet nicht statt.',
      '## Automatisierte Entscheidungsfindung\n\nWir verwenden keine.',
      '## Automatisierte Entscheidungsfindung\n\nEntfällt.',
      'Entscheidungen werden bei uns immer von Menschen getroffen.',
    ], [
      'Sie haben das Recht, nicht einer ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidung unterworfen zu werden.',
      '## Automatisierte Entscheidungsfindung\n\nSie haben das Recht, nicht einer automatisierten Entscheidung unterworfen zu werden.',
      'Die Daten werden automatisiert in Logfiles gespeichert.',
      'Die Löschung erfolgt automatisch nach 30 Tagen.',
      'Wir nutzen Google Analytics zur Profilbildung für Werbezwecke.',
      'Entscheidungen werden vom Vorstand getroffen.',
    ]);
  });
});

describe('German: retention criteria (Art. 13(2)(a))', () => {
  it('an end the person can see: the session, the account, the request; "as long as needed" and reply deadlines are none', async () => {
    await battery('retention', [
      'Die Daten werden gelöscht, sobald sie für die Erreichung des Zweckes ihrer Erhebung nicht mehr erforderlich sind. Im Falle der Erfassung der Daten zur Bereitstellung der Website ist dies der Fall, wenn die jeweilige Sitzung beendet ist.',
      'Ihre Kontodaten werden bei Löschung des Kontos entfernt.',
      'Die Daten werden nach Abschluss der Bearbeitung Ihrer Anfrage gelöscht.',
      'Ihre Daten werden für die Dauer der Mitgliedschaft gespeichert.',
      'Die IP-Adressen werden nach sieben Tagen anonymisiert.',
      'Die Bewerbungsunterlagen werden sechs Monate nach Abschluss des Bewerbungsverfahrens gelöscht.',
      'Ihre Daten werden nach Erledigung Ihres Anliegens gelöscht, spätestens jedoch nach 12 Monaten.',
    ], [
      'Die erhobenen Daten werden solange gespeichert, wie dies für die Erbringung unserer Leistungen erforderlich ist.',
      'Wir speichern Ihre personenbezogenen Daten nur so lange, wie dies zur Erfüllung der Zwecke erforderlich ist.',
      'Wir beantworten Ihre Anfrage innerhalb von 30 Tagen.',
      'Sie müssen mindestens 16 Jahre alt sein.',
      'Bei Löschung des Kontos bleiben Ihre Beiträge sichtbar.',
    ]);
  });

  it('a period before its verb, after a purpose naming a request ("zur Bearbeitung … sechs Monate gespeichert"), is retention', async () => {
    await battery('retention', [
      'Ihre Angaben werden zwecks Bearbeitung der Anfrage und für Anschlussfragen sechs Monate bei uns gespeichert.',
      'Ihre Nachricht wird zur Bearbeitung Ihres Anliegens 3 Monate aufbewahrt.',
      'Zur Beantwortung Ihrer Frage wird Ihre E-Mail-Adresse zwölf Monate gespeichert.',
    ], [
      // The request word governs the period; the keeping comes after a conjunction or in another clause.
      'Wir bearbeiten Ihre Anfrage innerhalb von 30 Tagen und löschen danach die Unterlagen.',
      'Die Bearbeitung Ihrer Anfrage dauert bis zu zwei Wochen, gespeichert wird nichts.',
      'Wir beantworten Anfragen innerhalb eines Monats.',
    ]);
  });

  it('a period of logging is one of keeping ("Wir protokollieren … für eine Woche"), logging in is not', async () => {
    await battery('retention', [
      'Wir loggen Ihre Zugriffe auf unserem Server für eine Woche.',
      'Die Zugriffe werden 14 Tage lang protokolliert.',
      'IP-Adressen werden für 30 Tage geloggt.',
    ], [
      'Bitte loggen Sie sich innerhalb von 30 Tagen ein.',
      'Melden Sie sich innerhalb von 14 Tagen an.',
    ]);
  });
});

async function periodsOf(text: string, language: 'de' | 'en' | 'fr' | 'nl' = 'de'): Promise<(string | null)[]> {
  return (await parsePolicyText(text, { format: 'markdown', language })).model.retention.map((r) => r.duration);
}

describe('Retention periods counted from an event that names a request', () => {
  it('a request word inside the event the period counts from is no reply deadline', async () => {
    const cases: [string, 'de' | 'en' | 'fr' | 'nl', (string | null)[]][] = [
      ['Daten werden spätestens 6 Monate nach Bearbeitung der Anfrage gelöscht.', 'de', ['P6M']],
      ['Ihre Nachricht wird zwei Jahre nach Beantwortung Ihrer Frage gelöscht.', 'de', ['P2Y']],
      ['Your data are deleted 6 months after we have answered your request.', 'en', ['P6M']],
      ['Vos données sont supprimées 6 mois après le traitement de votre demande.', 'fr', ['P6M']],
      // Near misses: the request word governs the period from before it; a notice period is no keeping.
      ['Wir bearbeiten Ihre Anfrage innerhalb von 30 Tagen nach Eingang.', 'de', []],
      ['Wir beantworten Anfragen innerhalb eines Monats nach Eingang und löschen sie danach.', 'de', []],
      ['Die Kündigungsfrist beträgt 3 Monate nach Ende der Laufzeit.', 'de', []],
      ['We will respond to your request within 30 days after receipt.', 'en', []],
    ];
    for (const [text, language, periods] of cases) assert.deepEqual(await periodsOf(text, language), periods, text);
  });
});

async function nameOf(text: string): Promise<string | null> {
  return (await parsePolicyText(text, { format: 'markdown', language: 'de' })).model.controller.name;
}

describe('German: the controller’s name', () => {
  it('template openings, labels, verb-last sites, an address closed by its country', async () => {
    const cases: [string, string | null][] = [
      ['Die Stadtwerke Musterstadt GmbH nimmt den Schutz Ihrer personenbezogenen Daten sehr ernst. Sie erreichen uns unter datenschutz@stadtwerke-musterstadt.de.', 'Stadtwerke Musterstadt GmbH'],
      ['Die Meier GmbH freut sich über Ihren Besuch auf unserer Website. Kontakt: info@meier.example', 'Meier GmbH'],
      ['Die Huber Versicherung AG informiert Sie hiermit über die Verarbeitung Ihrer personenbezogenen Daten. E-Mail: datenschutz@huber.example', 'Huber Versicherung AG'],
      ['Kontaktdaten des Verantwortlichen\nTierarztpraxis am Park\nParkstraße 5\n30159 Hannover\ninfo@tierarzt-park.de', 'Tierarztpraxis am Park'],
      ['Datenschutzerklärung für die App „Wanderfreund“\n\nDie App „Wanderfreund“ wird von Tobias Berg, Talweg 2, 87561 Oberstdorf, angeboten. E-Mail: support@wanderfreund.app', 'Tobias Berg'],
      ['Diese Datenschutzerklärung gilt für die Website www.alpenblick.at der Alpenblick Hotelbetriebs GmbH, Dorfplatz 1, 6020 Innsbruck, Österreich (im Folgenden „wir“). E-Mail: info@alpenblick.at', 'Alpenblick Hotelbetriebs GmbH'],
      ['Die Schmitt Bau GmbH, Hauptstraße 1, 12345 Berlin, Deutschland (nachfolgend „wir“) verarbeitet Ihre Daten. Anfragen an info@example.de', 'Schmitt Bau GmbH'],
      // Near misses: the e-recht24 opening names the operators, not anyone; the notice itself informs nobody by name.
      ['Die Betreiber dieser Seiten nehmen den Schutz Ihrer persönlichen Daten sehr ernst. Kontakt: info@example.de', null],
      ['Diese Datenschutzerklärung informiert Sie über die Verarbeitung Ihrer Daten. Kontakt: info@example.de', null],
      ['Google informiert Sie in seinen Hinweisen über die Verarbeitung. Kontakt: info@example.de', null],
    ];
    for (const [text, name] of cases) assert.equal(await nameOf(text), name, text);
  });
});

describe('German: the controller named after the generators’ phrasings', () => {
  it('"Verantwortlicher … bei Besuch dieser Website … ist X", "durch den Websitebetreiber X informieren"; a server’s operator is none', async () => {
    const cases: [string, string | null][] = [
      ['Verantwortlicher für die Verarbeitung deiner personenbezogenen Daten bei Besuch dieser Website im Sinne der DSGVO ist Hans Polster.', 'Hans Polster'],
      ['Verantwortlicher für die Verarbeitung Ihrer personenbezogenen Daten bei Nutzung der App ist Max Muster.', 'Max Muster'],
      ['Diese Datenschutzerklärung soll die Nutzer dieser Website über die Art, den Umfang und den Zweck der Erhebung personenbezogener Daten durch den Websitebetreiber Feel Free Sport GmbH informieren.', 'Feel Free Sport GmbH'],
      // Near misses: an operator of something else, a visit that is no qualifier of the controller.
      ['Die Daten werden durch den Betreiber des Servers gespeichert.', null],
      ['Bei Besuch dieser Website werden Daten gespeichert.', null],
    ];
    for (const [text, name] of cases) assert.equal(await nameOf(text), name, text);
  });
});

async function recipientsOf(text: string): Promise<string[]> {
  const { model } = await parsePolicyText(text, { format: 'markdown', language: 'de' });
  return model.recipients.filter((r) => r.kind !== 'category').map((r) => r.name);
}

describe('German: named recipients', () => {
  it('services of German-speaking small sites, the verb last, label lines, a service named after its kind', async () => {
    const cases: [string, string[]][] = [
      ['Unser Newsletter wird über CleverReach versendet.', ['CleverReach']],
      ['Webanalyse mit etracker', ['etracker']],
      ['Auf dieser Website ist der Kartendienst OpenStreetMap eingebunden.', ['OpenStreetMap']],
      ['Die Zahlung wird über Sofortüberweisung abgewickelt.', ['Sofortüberweisung']],
      ['Wir bieten die Zahlarten PayPal, giropay und Amazon Pay an. Wir nutzen dafür PayPal, giropay und Amazon Pay.', ['PayPal', 'giropay', 'Amazon Pay']],
      ['Wir nutzen Plugins des sozialen Netzwerks Facebook (Meta Platforms Ireland Limited).', ['Facebook']],
      // Near misses: "sofort" is a word; self-hosted software sends nothing to its maker; a mode is no service.
      ['Wir löschen Ihre Daten sofort, wenn Sie es verlangen.', []],
      ['Wir setzen das Tool Matomo ein, das auf unseren eigenen Servern läuft.', []],
      ['Wir haben unsere YouTube-Videos mit dem erweiterten Datenschutzmodus eingebunden.', []],
    ];
    for (const [text, names] of cases) assert.deepEqual(await recipientsOf(text), names, text);
  });
});

describe('German: the legitimate interests pursued (Art. 13(1)(d))', () => {
  it('the interest after a cited article, and the e-recht24 "im Interesse einer …" pointed back to', async () => {
    await battery('legitimate_interests', [
      'Die Verarbeitung erfolgt auf Grundlage unserer berechtigten Interessen gem. Art. 6 Abs. 1 lit. f DSGVO an einer effizienten Kundenverwaltung.',
      'Die Nutzung erfolgt im Interesse einer ansprechenden Darstellung unserer Online-Angebote. Dies stellt ein berechtigtes Interesse im Sinne von Art. 6 Abs. 1 lit. f DSGVO dar.',
      'Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO; unser berechtigtes Interesse liegt in der Sicherheit unserer Systeme.',
    ], [
      'Die Verarbeitung beruht auf unserem berechtigten Interesse nach Art. 6 Abs. 1 lit. f DSGVO.',
      'Die Verarbeitung beruht auf unserem berechtigten Interesse gem. Art. 6 Abs. 1 lit. f DSGVO. Wir informieren Sie im Interesse der Transparenz.',
    ]);
  });
});

describe('German: the interest in the genitive, verb-first, with a reason or in a sentence of its own', () => {
  it('"berechtigter Interessen", "ist unser berechtigtes Interesse die …", ", da …", "Unser Interesse besteht darin", the Swiss "überwiegende private Interessen"', async () => {
    await battery('legitimate_interests', [
      'Verarbeitung aufgrund berechtigter Interessen (Art. 6 Abs. 1 lit. f DSGVO): Reichweitenmessung unserer Website.',
      'Basiert die Verarbeitung personenbezogener Daten auf Artikel 6 I lit. f DS-GVO ist unser berechtigtes Interesse die Durchführung unserer Geschäftstätigkeit.',
      'Unser Anliegen im Sinne der DSGVO (berechtigtes Interesse) ist die Optimierung unseres Online-Angebotes.',
      'Wir haben hieran ein berechtigtes Interesse, da wir so die Qualität unseres Angebots verbessern können.',
      'Die Datenverarbeitung ist gemäß Art. 6 Abs. 1 lit. f DSGVO gerechtfertigt, da wir ein Interesse an der Beantwortung Ihrer Anfrage haben.',
      'Die Rechtsgrundlage ist Art. 6 Abs. 1 S. 1 lit. f DSGVO. Unser Interesse besteht darin, unsere Website sicher zu betreiben.',
      'Die Verarbeitung erfolgt auf Grundlage einer Interessenabwägung. Unser Interesse liegt in der Optimierung unseres Angebots.',
      'Der Einsatz erfolgt aus Gründen der Sicherheit, Art. 6 Abs. 1 lit. f DSGVO.',
      'Die Verarbeitung ist zur Wahrung unserer berechtigten Interessen erforderlich, die in der Verbesserung unserer Dienste liegen.',
      'Die Bearbeitung beruht auf unseren überwiegenden privaten Interessen am Betrieb der Website.',
      'Wir stützen uns auf unser überwiegendes Interesse an der Sicherheit unserer Website.',
      'Die Bearbeitung beruht auf unserem überwiegenden Interesse an einer sicheren Website.',
    ], [
      'Die Verarbeitung beruht auf Art. 6 Abs. 1 lit. f DSGVO, sofern nicht Ihre überwiegenden schutzwürdigen Interessen entgegenstehen.',
      'Die Verarbeitung erfolgt auf Grundlage berechtigter Interessen.',
      'Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO. Sie haben das Recht auf Auskunft.',
      // The person's interest, and "zur Wahrung" / "zur Annahme" serve nothing.
      'Wir geben Ihre Daten nur weiter, wenn die Verarbeitung zur Wahrung berechtigter Interessen erforderlich ist und kein Grund zur Annahme besteht, dass Sie ein überwiegendes schutzwürdiges Interesse an der Nichtweitergabe Ihrer Daten haben.',
      'Die Verarbeitung kann erfolgen, wenn unsere berechtigten Interessen die Interessen der betroffenen Person überwiegen.',
    ]);
  });
});

describe('German: where the data stay, verb last', () => {
  it('"ausschließlich in Österreich gespeichert", where the servers stand, data that do not leave the EU', async () => {
    await battery('third_country_transfers', [
      'Die Daten werden ausschließlich in Österreich gespeichert.',
      'Die Daten werden nur innerhalb der EU verarbeitet.',
      'Die Server befinden sich in Frankfurt am Main.',
      'Die Server unseres Hosters befinden sich in Nürnberg.',
      'Ihre Daten verlassen die EU nicht.',
      'Ihre Daten verlassen niemals den Europäischen Wirtschaftsraum.',
    ], [
      'Die Server befinden sich in einem gesicherten Rechenzentrum.',
      'Die Daten werden ausschließlich in verschlüsselter Form gespeichert.',
      'Wenn Sie unsere Website verlassen, gelten andere Bestimmungen.',
      'Wir haben unseren Sitz in Deutschland.',
    ]);
  });
});

describe('German: giving data, how long they are kept, what they serve (generator and practice wording)', () => {
  it('"nutzen, ohne personenbezogene Daten anzugeben", "Zwingend erforderlich ist … die Angabe", "Die Datenangabe ist … notwendig"', async () => {
    await battery('statutory_contractual_requirement', [
      'Sie können unsere Website grundsätzlich nutzen, ohne personenbezogene Daten anzugeben.',
      'Zwingend erforderlich ist lediglich die Angabe einer gültigen E-Mail-Adresse.',
      'Die Datenangabe ist zur Nutzung des Kontaktformulars notwendig.',
    ], [
      'Wir verarbeiten Ihre Daten, ohne sie an Dritte zu übermitteln.',
      'Zwingend erforderlich ist die Einhaltung der gesetzlichen Vorschriften.',
      'Die Datenübermittlung ist zur Vertragserfüllung erforderlich.',
      'Sie können der Verarbeitung widersprechen, ohne Gründe anzugeben.',
    ]);
  });
  it('"bis zu Ihrer Abmeldung vom Newsletter", "unmittelbar nach Beantwortung Ihrer Anfrage"', async () => {
    await battery('retention', [
      'Die Daten werden bis zu Ihrer Abmeldung vom Newsletter gespeichert.',
      'Wir löschen die Daten unmittelbar nach Beantwortung Ihrer Anfrage.',
      'Wir bewahren die Daten während der Dauer der Mitgliedschaft auf.',
      'Die Daten werden bis auf Widerruf gespeichert.',
      'Die Daten werden für die Dauer Ihres Abonnements gespeichert.',
      'Die Daten werden mit dem Austritt aus dem Verein gelöscht.',
    ], [
      'Wir bewahren Ihre Daten sicher auf.',
      'Wir bewahren Ihre Daten so lange auf, wie es für den Zweck erforderlich ist.',
      'Die Daten werden bis zu einer Höhe von 100 Euro gespeichert.',
      'Sie erhalten nach Bearbeitung Ihrer Anfrage eine Bestätigung.',
      'Wir speichern Ihre Daten nur so lange, wie es für den Zweck erforderlich ist.',
    ]);
  });
  it('"dienen der Durchführung des Vertrages", appointments and care, the Swiss "bearbeiten"', async () => {
    await battery('purposes', [
      'Die erhobenen Daten dienen der Durchführung des Vertrages.',
      'Die Daten werden zur Terminvereinbarung verwendet.',
      'Die Daten verwenden wir ausschließlich für die Patientenversorgung.',
      'Die Daten werden zur Zusendung von Informationsmaterial genutzt.',
      'Wir bearbeiten Ihre Personendaten zur Abwicklung von Bestellungen.',
      'Die Daten werden für die Mitgliederverwaltung bearbeitet.',
      'Ihre Daten werden von uns zur Bearbeitung Ihrer Buchung verwendet.',
      'Wir verarbeiten die Daten, damit wir Ihnen unsere Leistungen anbieten können.',
      'Ihre Daten werden zur Erstellung von Angeboten verwendet.',
      'Die Daten werden für die Durchführung des Kurses verwendet.',
      'Die Daten werden zur Organisation des Trainingsbetriebs genutzt.',
      'Die Daten werden für die Teilnahme am Gewinnspiel verarbeitet.',
    ], [
      'Die Teilnahme am Gewinnspiel ist ab 18 Jahren möglich.',
      'Wir bieten unsere Leistungen in ganz Österreich an.',
      'Die Organisation des Vereins ist in der Satzung geregelt.',
      'Wir bearbeiten Ihre Anfrage so schnell wie möglich.',
      'Wir nehmen den Schutz Ihrer Daten sehr ernst.',
      'Sie können Ihren Termin jederzeit absagen.',
    ]);
  });
});

describe('German: automated decisions in the plural and as compounds', () => {
  it('"Automatisierte Einzelentscheidungen finden nicht statt", "Entscheidungsfindungen werden nicht vorgenommen"', async () => {
    await battery('automated_decision_making', [
      'Automatisierte Einzelentscheidungen finden nicht statt.',
      'Automatisierte Entscheidungsfindungen werden nicht vorgenommen.',
      'Wir nutzen keine automatisierten Entscheidungsverfahren.',
    ], [
      'Sie haben das Recht, nicht einer ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidung unterworfen zu werden.',
      'Wir nutzen automatisierte Tools zur Analyse.',
    ]);
  });
});

describe('German: rights listed under a compound label', () => {
  it('"Betroffenenrechte: Auskunft, Berichtigung, …" grants them; the words without any grant do not', async () => {
    const text = 'Betroffenenrechte: Auskunft, Berichtigung, Löschung, Sperrung, Übertragbarkeit.';
    for (const id of ['right_access', 'right_rectification', 'right_erasure', 'right_restriction', 'right_portability'] as const) assert.equal(await statusOf(text, id), 'met', id);
    assert.equal(await statusOf('Wir löschen Ihre Daten nach der Berichtigung der Rechnung.', 'right_erasure'), 'missing');
    assert.equal(await statusOf('Urheberrechte: Alle Inhalte sind geschützt. Eine Löschung erfolgt nach 30 Tagen.', 'right_erasure'), 'missing');
  });
});

describe('German: fonts served from the site itself', () => {
  it('locally installed Google Fonts send nothing to Google; loaded from Google they do', async () => {
    const local = '# Datenschutzerklärung\n\n## Google Fonts (lokales Hosting)\n\nDiese Seite nutzt zur einheitlichen Darstellung von Schriftarten so genannte Google Fonts, die von Google bereitgestellt werden. Die Google Fonts sind lokal installiert. Eine Verbindung zu Servern von Google findet dabei nicht statt.';
    assert.deepEqual(await recipientsOf(local), []);
    const remote = '# Datenschutzerklärung\n\n## Google Fonts\n\nDiese Seite nutzt zur einheitlichen Darstellung von Schriftarten so genannte Google Fonts, die von Google bereitgestellt werden. Beim Aufruf einer Seite lädt Ihr Browser die benötigten Fonts von fonts.googleapis.com.';
    assert.deepEqual(await recipientsOf(remote), ['Google Fonts']);
    // The Google domain written in a self-hosting section still names the recipient.
    assert.deepEqual(await recipientsOf('# Datenschutzerklärung\n\n## Schriften\n\nDiese Website nutzt Schriftarten von fonts.googleapis.com. Andere Schriften sind lokal installiert.'), ['Google Fonts']);
  });
});

describe('Swiss German wording', () => {
  it('Bekanntgabe to third parties and transfers outside Switzerland address recipients and transfers', async () => {
    assert.notEqual(await statusOf('Die Bekanntgabe von Personendaten an Dritte erfolgt nur, wenn dies zur Vertragserfüllung notwendig ist.', 'recipients'), 'missing');
    assert.equal(await statusOf('Wir können Personendaten auch in Staaten ausserhalb der Schweiz bekannt geben, insbesondere in die USA.', 'third_country_transfers'), 'met');
    assert.equal(await statusOf('Wir bearbeiten Ihre Personendaten in der Schweiz.', 'recipients'), 'missing');
  });
});

describe('German: Impressum cards', () => {
  it('the person over the trade name is the controller, the trade name an alias; Austrian e.U.', async () => {
    const card = '## Impressum\n\nAngaben gemäß § 5 DDG\n\nStefanie Wagner\nFotografie Wagner\nAm Markt 2\n97070 Würzburg\nE-Mail: hallo@stefanie-wagner.de';
    const m = (await parsePolicyText(card, { format: 'markdown', language: 'de' })).model.controller;
    assert.deepEqual([m.name, m.aliases], ['Stefanie Wagner', ['Fotografie Wagner']]);
    assert.equal(await nameOf('Informationspflicht laut § 5 E-Commerce Gesetz.\n\nTischlerei Holzer e.U.\nHauptplatz 4,\n4020 Linz,\nÖsterreich\n\nE-Mail: office@tischlerei-holzer.at'), 'Tischlerei Holzer e.U.');
    // Near miss: a heading word over the name is no person.
    assert.equal(await nameOf('Impressum\nFotografie Wagner\nAm Markt 2\n97070 Würzburg\nE-Mail: hallo@stefanie-wagner.de'), 'Fotografie Wagner');
  });
});

describe('German: recipients named through what is done with them', () => {
  it('"erfolgt über X", accepted payment methods, a product quoted after its kind', async () => {
    const cases: [string, string[]][] = [
      ['Die Terminbuchung erfolgt über Doctolib.', ['Doctolib']],
      ['Wir akzeptieren PayPal und Klarna.', ['PayPal', 'Klarna']],
      ['Die Zahlung per PayPal ist möglich.', ['PayPal']],
      ['Wir nutzen die Software „ClubDesk“ zur Mitgliederverwaltung.', ['ClubDesk']],
      ['Wir nutzen die Software „Vereinsmeister“ zur Mitgliederverwaltung.', ['Vereinsmeister']],
      // Near misses: a plugin the site runs itself names nobody; a form is no organisation.
      ['Unsere Website nutzt das Plugin „Borlabs Cookie“, das ein technisch notwendiges Cookie setzt.', []],
      ['Die Anmeldung erfolgt über ein Formular auf unserer Website.', []],
    ];
    for (const [text, names] of cases) assert.deepEqual(await recipientsOf(text), names, text);
  });
});

describe('German: a person acting for an organisation under the controller label', () => {
  it('the organisation is the controller with its contact details, the person an alias', async () => {
    const { model } = await parsePolicyText('Verantwortliche/r: Bernd Koch (Vorsitzender), Förderverein Grundschule Am See e.V., Seestraße 1, 17033 Neubrandenburg, foerderverein@gs-am-see.de', { format: 'markdown', language: 'de' });
    assert.deepEqual([model.controller.name, model.controller.aliases, model.controller.emails], ['Förderverein Grundschule Am See e.V.', ['Bernd Koch'], ['foerderverein@gs-am-see.de']]);
    assert.equal(await statusOf('Verantwortliche/r: Bernd Koch (Vorsitzender), Förderverein Grundschule Am See e.V., Seestraße 1, 17033 Neubrandenburg, foerderverein@gs-am-see.de', 'controller_identity'), 'met');
    // Near miss: a person with an address only stays the controller.
    assert.equal(await nameOf('Verantwortlich: Bernd Koch, Seestraße 1, 17033 Neubrandenburg, bernd@koch-web.de'), 'Bernd Koch');
  });
});

describe('German: data portability as the generators word it', () => {
  it('"deren Übermittlung an andere Verantwortliche zu fordern"; not a transfer to third parties or other bodies', async () => {
    await battery('right_portability', [
      'Sie haben das Recht zu verlangen, dass die Sie betreffenden Daten, die Sie uns bereitgestellt haben nach Maßgabe der gesetzlichen Vorgaben zu erhalten und deren Übermittlung an andere Verantwortliche zu fordern.',
      'Sie können die Übermittlung der Daten an einen anderen Verantwortlichen verlangen.',
    ], [
      'Eine Übermittlung an Dritte findet nicht statt.',
      'Die Übermittlung an andere Stellen erfolgt nur mit Ihrer Einwilligung.',
    ]);
  });
});

describe('German: whether data are required, in the generators’ sentence for members and contract partners', () => {
  it('"aus dem sich auch die Erforderlichkeit etwaiger Datenangaben ergeben", "weisen wir auf erforderliche Daten hin"; not a review of the processing or a pointer to rights', async () => {
    await battery('statutory_contractual_requirement', [
      'Die hierbei verarbeiteten Daten bestimmen sich nach dem zugrundeliegenden Mitgliedschafts- oder Vertragsverhältnis, aus dem sich auch die Erforderlichkeit etwaiger Datenangaben ergeben.',
      'Im Übrigen weisen wir auf erforderliche Daten hin.',
    ], [
      'Die Erforderlichkeit der Verarbeitung prüfen wir regelmäßig.',
      'Wir weisen Sie auf Ihre Rechte hin.',
    ]);
  });
});

describe('German: a host’s address in the United States (Art. 13(1)(f))', () => {
  it('the address on the lines after the host’s name, a state and ZIP code without the country; a German postcode after DE is none', async () => {
    await battery('third_country_transfers', [
      '## Hosting\n\nUnser Hoster ist die GitHub Inc.  \n88 Colin P Kelly Jr St, San Francisco, CA 94107',
      '## Hosting\n\nUnser Hoster ist die GitHub Inc.  \n88 Colin P Kelly Jr St  \nSan Francisco, CA 94107 — USA',
    ], [
      '## Hosting\n\nDiese Website wird bei Hetzner Online GmbH gehostet.  \nIndustriestr. 25, DE 91710 Gunzenhausen',
      '## Verantwortlicher\n\nMuster Inc.  \n1 Main Street, New York, NY 10001, USA  \nE-Mail: info@muster.example',
    ]);
  });
});

describe('German: a recipient placed in the United States, or data said not to go there (Art. 13(1)(f))', () => {
  it('"mit Sitz in den USA", "US-amerikanisches Unternehmen", "nicht in die USA übermittelt"; the controller’s own seat is none', async () => {
    await battery('third_country_transfers', [
      'Wir nutzen Google Analytics, einen Dienst der Google LLC mit Sitz in den USA.',
      'Wir verwenden Cloudflare, ein US-amerikanisches Unternehmen.',
      'Dieser Dienst wird von der amerikanischen Firma Calendly LLC betrieben.',
      'Ihre Daten werden nicht in die USA übermittelt.',
    ], [
      'Verantwortlich ist die Muster AG mit Sitz in der Schweiz, Bahnhofstrasse 1, 8001 Zürich.',
      'Wir nutzen Google Analytics. Unser Sitz ist in Zürich, Schweiz.',
    ]);
  });
});

describe('German: purposes given through what a tool or the data let the organisation do', () => {
  it('"Die Cookies dienen dazu, …", "Mit Hilfe dieser Cookies können wir …", "Dadurch können wir … verbessern", "Dies hilft uns, … zu"; near misses without a purpose', async () => {
    await battery('purposes', [
      'Die Cookies dienen dazu, unser Angebot nutzerfreundlicher zu machen.',
      'Mit Hilfe dieser Cookies können wir die Nutzung der Website analysieren.',
      'Dadurch können wir unser Angebot verbessern.',
      'Dies hilft uns, unsere Website zu verbessern.',
    ], [
      'Im Sinne dieser Datenschutzerklärung bezeichnet „wir“ den Verein.',
      'Dadurch können wir nicht garantieren, dass die Übertragung sicher ist.',
    ]);
  });
});

describe('German: purposes, transfers and retention in general wordings (reqb10)', () => {
  it('purposes: the processing with what it is for, "zwecks", processed within a relationship', async () => {
    await battery('purposes', [
      'Die Protokollierung erfolgt zur Abwehr von Angriffen auf den Server.',
      'Die Verarbeitung dient der Abwicklung Ihrer Buchung.',
      'Ihre Nachricht wird zwecks Beantwortung bei uns gespeichert.',
      'Wir nutzen Ihre Angaben dazu, die Kursplanung zu organisieren.',
      'Die Angaben der Mitglieder werden im Rahmen der Vereinsverwaltung verarbeitet.',
    ], [
      'Ihre Daten werden vertraulich behandelt.',
      'Im Rahmen dieser Erklärung bezeichnet „wir“ den Verein.',
    ]);
  });
  it('transfers: where the data stay or the processors are', async () => {
    await battery('third_country_transfers', [
      'Alle Ihre Angaben verbleiben in Deutschland.',
      'Unsere Auftragsverarbeiter sitzen ausschließlich innerhalb der EU.',
    ], [
      'Wir bleiben in Deutschland für Sie erreichbar.',
      'Innerhalb der EU gibt es unterschiedliche Regeln für Vereine.',
    ]);
  });
  it('retention: not the withdrawal clause, not a lapsing purpose, not "nach Maßgabe"; a "Speicherdauer:" label', async () => {
    await battery('retention', [
      'Ihre Anmeldung zum Newsletter speichern wir bis zum Widerruf Ihrer Einwilligung.',
      'Cookie „consent“, Speicherdauer: bis zur Löschung im Browser.',
      'Die Bewerbungsunterlagen werden nach Abschluss des Verfahrens gelöscht.',
    ], [
      'Die Rechtmäßigkeit der bis zum Widerruf erfolgten Datenverarbeitung bleibt vom Widerruf unberührt.',
      'Der Widerruf berührt nicht die Rechtmässigkeit der bis zum Widerruf verarbeiteten Daten.',
      'Die Daten werden gelöscht, sobald ihre Einwilligungen widerrufen werden oder sonstige Erlaubnisse entfallen.',
      'Sie haben nach Maßgabe der gesetzlichen Vorgaben das Recht zu verlangen, dass Ihre Daten gelöscht werden.',
    ]);
  });
});

describe('German: the Art. 15(2) clause is no transfer statement; an active "übermitteln … in die USA" is (reqb10)', () => {
  it('transfers', async () => {
    await battery('third_country_transfers', [
      'Wir übermitteln Kontaktdaten in die USA auf Grundlage geeigneter Garantien.',
      'Wir übermitteln keine Daten in die USA.',
    ], [
      'Werden Daten an ein Drittland übermittelt, so haben Sie das Recht, über die geeigneten Garantien im Zusammenhang mit der Übermittlung unterrichtet zu werden.',
      'Werden Daten an ein Drittland übermittelt, so steht Ihnen das Recht zu, Auskunft über die geeigneten Garantien im Zusammenhang mit der Übermittlung zu erhalten.',
      'Wir übermitteln Ihre Daten an unsere Partner in Berlin.',
    ]);
  });
});

describe('German: consent for onward disclosure only is no legal basis (reqb10)', () => {
  it('legal_basis', async () => {
    for (const text of ['Wir verarbeiten Ihre Daten nur mit Ihrer Einwilligung.', 'Ohne Ihre Einwilligung setzen wir keine Analyse-Cookies.']) {
      assert.notEqual(await statusOf(text, 'legal_basis'), 'missing', `should name a basis: ${text}`);
    }
    for (const text of ['Diese Daten geben wir nicht ohne Ihre Einwilligung weiter.', 'Ihre Angaben gebe ich nicht ohne deine Zustimmung an Dritte weiter.']) {
      assert.equal(await statusOf(text, 'legal_basis'), 'missing', `should name no basis: ${text}`);
    }
  });
});

describe('German: where the data are kept, a city before the country; data that may reach the USA (reqb11)', () => {
  it('"werden in Frankfurt, Deutschland gespeichert", "dass Daten in die USA gelangen"; goods and offices are no data', async () => {
    await battery('third_country_transfers', [
      'Die Umfragedaten werden in Wien, Österreich gespeichert.',
      'Es ist nicht auszuschließen, dass Ihre Daten in die USA gelangen.',
    ], [
      'Die Ware wird in Hamburg, Deutschland gelagert.',
      'Unsere Mitarbeiter sind in Deutschland tätig.',
    ]);
  });
});

describe('German: access and rectification in everyday wording; a provider’s own statement and typing errors are none (reqb11)', () => {
  it('access: "ob und welche Daten wir über Sie speichern", "Information über die gespeicherten Daten"; not "laut eigener Auskunft"', async () => {
    await battery('right_access', [
      'Auf Anfrage teilen wir Ihnen mit, ob und welche Daten wir über Sie speichern.',
      'Sie haben ein Recht auf Information über die zu Ihrer Person gespeicherten Daten.',
      'Sie erhalten auf Wunsch eine Übersicht über Ihre gespeicherten Daten.',
    ], [
      'Der Anbieter nutzt laut eigener Auskunft keine Informationen für Werbung.',
      'Welche Daten wir speichern, lesen Sie in Abschnitt 3.',
      'Wir entscheiden, welche Daten wir speichern.',
    ]);
  });
  it('rectification: correcting data, not typing errors or a website’s content', async () => {
    await battery('right_rectification', [
      'Sie können unrichtige Daten jederzeit korrigieren lassen.',
      'Auf Anfrage nehmen wir eine Korrektur Ihrer Angaben vor.',
    ], [
      'Wir korrigieren Rechtschreibfehler umgehend.',
      'Sollten Sie Fehler auf unserer Website finden, bitten wir um Korrektur-Hinweise.',
    ]);
  });
});

describe('German: providing data in running prose, rights in the passive, transfers as compounds (reqde12)', () => {
  it('statutory: the person not obliged in any word order, free to give, given freely, the condition verb first', async () => {
    await battery('statutory_contractual_requirement', [
      'Wir weisen darauf hin, dass Sie nicht verpflichtet sind, uns Daten bereitzustellen.',
      'Sie sind zur Angabe Ihrer Daten nicht verpflichtet.',
      'Sie sind nicht gezwungen, uns Ihre Daten mitzuteilen.',
      'Es steht Ihnen frei, uns Ihre Daten mitzuteilen.',
      'Sie stellen uns diese Daten freiwillig zur Verfügung.',
      'Ihre Daten geben Sie uns freiwillig.',
      'Geben Sie diese Daten nicht an, können wir den Vertrag nicht schließen.',
      'Können Sie uns diese Daten nicht geben, ist eine Mitgliedschaft leider nicht möglich.',
      'Wenn Sie uns diese Daten nicht geben, können wir Sie nicht behandeln.',
      'Ob Sie uns Daten mitteilen, entscheiden Sie selbst.',
      'Diese Daten benötigen wir zur Erfüllung des Vertrages.',
      'Diese Angaben sind erforderlich, damit wir Ihre Anfrage beantworten können.',
      'Um unsere Leistungen erbringen zu können, sind wir auf Ihre Daten angewiesen.',
      'Sie können unsere Website grundsätzlich ohne Mitteilung Ihrer Daten nutzen.',
    ], [
      'Wir sind nicht verpflichtet, einen Datenschutzbeauftragten zu benennen.',
      'Es steht Ihnen frei, der Verarbeitung Ihrer Daten zu widersprechen.',
      'Es steht Ihnen frei, Cookies in Ihrem Browser zu deaktivieren.',
      'Sie geben uns Ihre Einwilligung freiwillig.',
      'Geben Sie Ihre Zugangsdaten nicht an Dritte weiter.',
      'Diese Daten benötigen wir, um die Website korrekt anzuzeigen.',
      'Wenn Sie die Richtigkeit Ihrer bei uns gespeicherten personenbezogenen Daten bestreiten, benötigen wir in der Regel Zeit, um dies zu überprüfen.',
      'Wenn Sie uns Ihre Einwilligung nicht geben, setzen wir keine Cookies.',
    ]);
  });
  it('rectification "richtigstellen", restriction "eingeschränkt wird"; not a correction of facts or a limited website', async () => {
    await battery('right_rectification', [
      'Sie haben das Recht, unrichtige Daten richtigstellen zu lassen.',
      'Sie können verlangen, dass unrichtige Daten richtiggestellt werden.',
    ], [
      'Wir stellen richtig, dass unsere Website keine Cookies verwendet.',
    ]);
    await battery('right_restriction', [
      'Sie können verlangen, dass die Verarbeitung Ihrer Daten eingeschränkt wird.',
    ], [
      'Wenn Sie Cookies deaktivieren, kann die Nutzung der Website eingeschränkt werden.',
      'Die Funktionalität unserer Website kann eingeschränkt sein.',
    ]);
  });
  it('transfers: "Datenübermittlung in die USA"; not an encrypted "Datenübertragung" or users in the USA', async () => {
    await battery('third_country_transfers', [
      'Dabei kann es zu einer Datenübermittlung in die USA kommen.',
      'Die Datenübertragung in die USA erfolgt auf Grundlage von Standardvertragsklauseln.',
    ], [
      'Die Datenübertragung erfolgt verschlüsselt.',
      'Wir bieten Kurse für Nutzer in den USA an.',
    ]);
  });
});

describe('German: purposes and legal bases in plain prose (purp12)', () => {
  const given = async (text: string, id: RequirementId): Promise<boolean> => ['met', 'partial'].includes(await statusOf(text, id));
  it('"um … bereitzustellen", "damit wir … können"', async () => {
    await battery('purposes', [
      'Wir erheben diese Daten, um die App bereitzustellen.',
      'Wir speichern Ihre Angaben, damit wir Sie kontaktieren können.',
    ], ['Um 10 Uhr schließen wir.', 'Wir löschen Ihre Daten.']);
  });
  it('"erklären Sie sich … einverstanden", "vorvertraglicher Maßnahmen", "handels- und steuerrechtlicher Aufbewahrungspflichten"', async () => {
    for (const text of [
      'Mit dem Absenden des Formulars erklären Sie sich mit der Verarbeitung einverstanden.',
      'Die Verarbeitung erfolgt zur Durchführung vorvertraglicher Maßnahmen.',
      'Aufgrund handels- und steuerrechtlicher Aufbewahrungspflichten speichern wir Rechnungen zehn Jahre.',
    ]) assert.ok(await given(text, 'legal_basis'), text);
    for (const text of ['Sie erklären, dass Sie volljährig sind.', 'Die Aufbewahrung endet nach zehn Jahren.']) assert.ok(!(await given(text, 'legal_basis')), text);
  });
});

describe('German: purposes listed as activities under a purposes heading (purp12)', () => {
  it('"Pflege der Mitgliederliste" under "Wofür wir Ihre Daten verwenden"', async () => {
    await battery('purposes', ['## Wofür wir Ihre Daten verwenden\n\n- Pflege der Mitgliederliste\n- Einzug der Beiträge\n- Organisation von Trainings'], [
      '## Über uns\n\n- Pflege der Mitgliederliste\n- Einzug der Beiträge',
      '## Welche Daten wir wofür verwenden\n\n- Anschrift des Wohnorts\n- Nummer des Kontos',
    ]);
  });
});

describe('German: the Italian Datenschutzkodex rights, access by its plural or offered, retention until an event (reqde12)', () => {
  it('erasure and restriction in a short list before "werden"; objection as "widersetzen"', async () => {
    const kodex = 'Die betroffene Person hat das Recht, zu verlangen, dass widerrechtlich verarbeitete Daten gelöscht, anonymisiert oder gesperrt werden.';
    await battery('right_erasure', [kodex], ['Die Daten werden gelöscht, anonymisiert oder gesperrt werden, sobald der Zweck entfällt.']);
    await battery('right_restriction', [kodex], ['Ihr Benutzerkonto kann bei Missbrauch gesperrt werden.']);
    await battery('right_objection', [
      'Die betroffene Person hat das Recht, sich ganz oder teilweise der Verarbeitung personenbezogener Daten, die sie betreffen, aus legitimen Gründen zu widersetzen.',
    ], []);
  });
  it('access: "Auskünfte zu Ihren Daten", "Auskunftsersuchen", "geben wir Ihnen Auskunft über die gespeicherten Daten"', async () => {
    await battery('right_access', [
      'Für Auskünfte zu Ihren Daten wenden Sie sich bitte an uns.',
      'Auskunftsersuchen richten Sie bitte an info@example.de.',
      'Gerne geben wir Ihnen Auskunft über die zu Ihrer Person gespeicherten Daten.',
      'Auf Anfrage erteilen wir Ihnen Auskunft über Ihre gespeicherten Daten.',
    ], [
      'Für Auskünfte und Fragen wenden Sie sich bitte an info@example.de.',
      'Wir erteilen Ihnen gerne Auskünfte zu unseren Öffnungszeiten.',
      'Für Auskünfte zu unseren Produkten stehen wir gerne zur Verfügung.',
    ]);
  });
  it('retention: until the contract is carried out, "bis auf Widerruf", "Die Speicherung endet mit …"; not "noch nicht gespeichert"', async () => {
    await battery('retention', [
      'Die Speicherung erfolgt bis zur vollständigen Abwicklung des Vertrages.',
      'Die Daten werden bis zur Erfüllung des Vertrages gespeichert.',
      'Die Fotos werden bis auf Widerruf auf unserer Website veröffentlicht.',
      'Die Speicherung endet mit der Kündigung Ihres Kontos.',
    ], [
      'Die betroffene Person hat das Recht, Auskunft darüber zu erhalten, ob Daten vorhanden sind, die sie betreffen, auch dann, wenn diese noch nicht gespeichert sind.',
      'Die Rechtmäßigkeit der bis zur Erfüllung des Vertrages erfolgten Verarbeitung bleibt unberührt.',
    ]);
  });
});

describe('German: consent as "einverstanden" or "willigen … ein", the contract as "Vertragsabwicklung", tax law as a duty (reqde12)', () => {
  // A basis not tied to a purpose is "partial": given all the same.
  async function basis(given: string[], none: string[]): Promise<void> {
    for (const text of given) assert.notEqual(await statusOf(text, 'legal_basis'), 'missing', `should give a legal basis: ${text}`);
    for (const text of none) assert.equal(await statusOf(text, 'legal_basis'), 'missing', `should give no legal basis: ${text}`);
  }
  it('legal_basis', async () => {
    await basis([
      'Mit Ihrer Anmeldung erklären Sie sich mit der Verarbeitung einverstanden.',
      'Sie erklären sich damit einverstanden, dass wir Ihre Daten speichern.',
      'Ich bin damit einverstanden, dass meine Daten gespeichert werden.',
      'Mit dem Absenden des Formulars willigen Sie in die Verarbeitung ein.',
      'Die Daten werden im Rahmen der Vertragsabwicklung verarbeitet.',
      'Wir sind aufgrund handels- und steuerrechtlicher Vorschriften zur Aufbewahrung verpflichtet.',
    ], [
      'Wenn Sie mit der Nutzung von Cookies nicht einverstanden sind, deaktivieren Sie diese.',
      'Wir erklären uns bereit, Ihre Fragen zu beantworten.',
      'Die Verarbeitung erfolgt im Einklang mit den gesetzlichen Bestimmungen.',
      'Ich verarbeite deine Daten ausschließlich auf Basis gesetzlicher Vorgaben, insbesondere gemäß dem Schweizer Datenschutzgesetz (DSG).',
    ]);
  });
});

describe('German: the interest as an infinitive clause after it, or as a "…zwecke" compound (reqde12)', () => {
  it('legitimate_interests', async () => {
    await battery('legitimate_interests', [
      'Die Verarbeitung erfolgt aufgrund unseres berechtigten Interesses (Art. 6 Abs. 1 lit. f DSGVO), Ihnen ein gutes Nutzererlebnis zu bieten.',
      'Die Verarbeitung dient unserem berechtigten Interesse, die Website sicher zu betreiben.',
      'Wir verarbeiten diese Daten zu Marketingzwecken; dies ist unser berechtigtes Interesse.',
    ], [
      'Soweit die Verarbeitung auf unserem berechtigten Interesse beruht, haben Sie das Recht, der Verarbeitung zu widersprechen.',
      'Die Verarbeitung beruht auf unserem berechtigten Interesse, sofern keine Einwilligung vorliegt.',
    ]);
  });
});

describe('German: rights named only to say they do not apply are not given (reqde12)', () => {
  it('"… Auskunfts-, Lösch- oder Übertragungsrechte derzeit nicht relevant"', async () => {
    const denied = 'Da wir keine personenbezogenen Daten erheben, sind klassische Auskunfts-, Lösch- oder Übertragungsrechte derzeit nicht relevant.';
    await battery('right_access', ['Sie haben ein Auskunftsrecht.'], [denied]);
    await battery('right_erasure', ['Sie können die Löschung Ihrer Daten verlangen.'], [denied]);
  });
});

describe('German: servers in any country, processing only in Germany, providers seated in the USA (reqde12)', () => {
  it('third_country_transfers', async () => {
    await battery('third_country_transfers', [
      'Die Daten werden auf Servern in Irland gespeichert.',
      'Wir verarbeiten Ihre Daten ausschließlich in Deutschland.',
      'Wir nutzen Dienste von Unternehmen mit Sitz in den USA.',
    ], [
      'Die Daten werden auf Servern in Echtzeit verarbeitet.',
      'Die Daten werden auf Servern in unserem Rechenzentrum gespeichert.',
      'Wir verarbeiten Ihre Daten nur in dem Umfang, der erforderlich ist.',
      'Unser Verein hat seinen Sitz in Berlin.',
    ]);
  });
});

describe('German: more ways to say data are needed or optional (reqde12)', () => {
  it('statutory: no duty of one\'s own, anonymous contact, "werden benötigt", optional additions, an account required', async () => {
    await battery('statutory_contractual_requirement', [
      'Sie haben keine Pflicht, uns Daten zu geben.',
      'Sie können uns auch anonym kontaktieren.',
      'Diese Daten werden benötigt, um Ihre Bestellung abzuwickeln.',
      'Zur Abwicklung Ihrer Bestellung werden diese Daten benötigt.',
      'Die Nutzung der App ist ohne Angabe Ihrer E-Mail-Adresse möglich.',
      'Für die Teilnahme ist die Registrierung mit Name und E-Mail-Adresse notwendig.',
      'Zwingend anzugeben sind Name und E-Mail-Adresse.',
      'Weitere Angaben können Sie freiwillig machen.',
      'Ihre Telefonnummer können Sie optional angeben.',
      'Um die App nutzen zu können, musst du ein Konto anlegen.',
      'Um einen Termin zu vereinbaren, benötigen wir Ihren Namen und Ihre Telefonnummer.',
    ], [
      'Die Daten werden nicht mehr benötigt und daher gelöscht.',
      'Diese Daten werden benötigt, um die Website korrekt darzustellen.',
      'Dafür benötigen wir Ihre Einwilligung.',
      'Sie können freiwillig an Umfragen teilnehmen.',
      'Wir haben keine Pflicht, einen Datenschutzbeauftragten zu benennen.',
      'Die Daten werden anonym ausgewertet.',
    ]);
  });
});

describe('German: access as "was wir über Sie gespeichert haben", "Einblick", "Übersicht Ihrer Daten" (reqde12)', () => {
  it('right_access', async () => {
    await battery('right_access', [
      'Sie können jederzeit nachfragen, was wir über Sie gespeichert haben.',
      'Auf Wunsch teilen wir Ihnen mit, was wir über Sie gespeichert haben.',
      'Sie können Einblick in Ihre gespeicherten Daten erhalten.',
      'Sie können eine Übersicht Ihrer Daten anfordern.',
    ], [
      'Hier erhalten Sie einen Einblick in unsere Arbeit.',
      'Eine Übersicht der eingesetzten Dienste finden Sie unten.',
      'Was wir über Sie wissen, hängt davon ab, wie Sie unsere Website nutzen.',
    ]);
  });
});

describe('German: Art. 6 cited as "Artikel 6 Absatz 1 …" (purp12)', () => {
  it('the long form of the article with or without "Buchstabe"/"lit."', async () => {
    const given = async (text: string): Promise<boolean> => ['met', 'partial'].includes(await statusOf(text, 'legal_basis'));
    for (const text of [
      'Rechtsgrundlage ist die Vereinsmitgliedschaft (Artikel 6 Absatz 1 b) DSGVO).',
      'Die Verarbeitung erfolgt gemäß Artikel 6 Absatz 1 Buchstabe a DSGVO.',
    ]) assert.ok(await given(text), text);
    for (const text of ['Artikel 6 Absatz 4 DSGVO regelt die Zweckänderung.', 'Nach Artikel 6 DSGVO ist die Verarbeitung nur rechtmäßig, wenn eine Bedingung erfüllt ist.']) assert.ok(!(await given(text)), text);
  });
});

describe('German: the contract named as the basis itself (purp12)', () => {
  it('"Rechtsgrundlage ist die Vereinsmitgliedschaft", "… ist der mit Ihnen geschlossene Vertrag"', async () => {
    const given = async (text: string): Promise<boolean> => ['met', 'partial'].includes(await statusOf(text, 'legal_basis'));
    for (const text of [
      'Rechtsgrundlage ist die Vereinsmitgliedschaft.',
      'Rechtsgrundlage ist das Mitgliedschaftsverhältnis.',
      'Rechtsgrundlage für die Verarbeitung ist der mit Ihnen geschlossene Vertrag.',
    ]) assert.ok(await given(text), text);
    for (const text of ['Rechtsgrundlage ist der Auftragsverarbeitungsvertrag.', 'Die Mitgliedschaft endet mit dem Austritt.']) assert.ok(!(await given(text)), text);
  });
});

describe('German: data given freely, "preisgeben" and an aside before the verb (reqde13)', () => {
  it('statutory: "freiwillig an uns preisgibst", "Angaben freiwillig, etwa …, machen"', async () => {
    await battery('statutory_contractual_requirement', [
      'Wir erfassen personenbezogene Daten ausschließlich dann, wenn du diese freiwillig an uns preisgibst.',
      'Wir verarbeiten nur Daten, die Sie uns gegenüber freiwillig preisgeben.',
      'Weitere Daten werden nur erfasst, wenn Sie diese Angaben freiwillig, etwa im Rahmen einer Anfrage oder Registrierung, machen.',
      'Wir speichern Ihre Daten nur, wenn Sie uns diese Angaben freiwillig mitteilen.',
    ], [
      'Wir geben Ihre Daten nicht an Dritte preis.',
      'Die Preisgabe von Daten an Dritte erfolgt nur mit Ihrer Einwilligung.',
      'Die Angaben werden freiwillig, etwa für Statistiken, ausgewertet.',
      'Sie können freiwillig an Umfragen teilnehmen.',
    ]);
  });
});

describe('German: the interest as the use right after the basis, no article (reqde13)', () => {
  it('legitimate_interests: "lit. f DSGVO (berechtigtes Interesse) für anonymisierte Nutzungsanalysen"', async () => {
    await battery('legitimate_interests', [
      '- Artikel 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse) für anonymisierte Nutzungsanalysen',
      'Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse) für statistische Auswertungen.',
    ], [
      'Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse).',
      'Die Verarbeitung beruht auf Art. 6 Abs. 1 lit. f DSGVO, soweit ein berechtigtes Interesse für uns besteht.',
      'Die Verarbeitung beruht auf Art. 6 Abs. 1 lit. f DSGVO, sofern ein berechtigtes Interesse für Sie nicht überwiegt.',
    ]);
  });
});

describe('German: deletion when consent is withdrawn, membership until leaving (reqde14)', () => {
  it('retention: "Die Löschung … erfolgt, wenn Sie Ihre Einwilligung zur Speicherung widerrufen", "bis zum Ausscheiden gespeichert"', async () => {
    await battery('retention', [
      'Die Löschung der gespeicherten personenbezogenen Daten erfolgt, wenn Sie Ihre Einwilligung zur Speicherung widerrufen, wenn ihre Kenntnis zur Erfüllung des mit der Speicherung verfolgten Zwecks nicht mehr erforderlich ist oder wenn ihre Speicherung aus sonstigen gesetzlichen Gründen unzulässig ist.',
      'Deine Daten werden gelöscht, sobald du deine Einwilligung widerrufst.',
      'Im Zuge der Mitgliedschaft werden alle Stammdaten bis zum Ausscheiden gespeichert.',
    ], [
      'Sie haben das Recht, die Löschung Ihrer Daten zu verlangen, wenn Sie Ihre Einwilligung widerrufen.',
      'Wenn Sie Ihre Einwilligung widerrufen, bleibt die Rechtmäßigkeit der bisherigen Verarbeitung unberührt.',
      'Die Daten werden gelöscht, sobald sie für den Zweck nicht mehr erforderlich sind.',
      'Sie können Ihre Einwilligung jederzeit widerrufen, wenn Sie Ihre Meinung ändern.',
    ]);
  });
});

describe('German: rights granted with "Sie sind berechtigt", copies, "Datenauskünfte", Art. 15 as information about one\'s data (reqde14)', () => {
  it('right_access', async () => {
    await battery('right_access', [
      'Sie sind dazu berechtigt - zu überprüfen, ob und welche personenbezogenen Daten über Sie gespeichert sind und Kopien dieser Daten zu erhalten.',
      'Zudem sind Sie berechtigt, Kopien Ihrer Daten zu erhalten.',
      'Sie haben nach Artikel 12 und 15 der DSGVO das Recht auf transparente Information über Ihre Daten.',
      'Infos, Beschwerden, Datenauskünfte unter info@example.at',
    ], [
      'Wir sind berechtigt, Kopien Ihrer Daten zu erstellen.',
      'In dieser Erklärung erhalten Sie Informationen über Ihre Daten.',
      'Sie haben das Recht auf Information über unsere Dienste.',
      'Bitte senden Sie uns keine Kopien Ihres Ausweises.',
      'Sie sind berechtigt, unsere Website zu nutzen.',
    ]);
  });
  it('right_objection', async () => {
    await battery('right_objection', ['Sie sind dazu berechtigt, der Verarbeitung Ihrer Daten zu widersprechen.'], ['Wir sind berechtigt, der Nutzung zu widersprechen.']);
  });
});

describe('German: where data are hosted, without "ausschließlich" (reqde14)', () => {
  it('third_country_transfers: server adjectives, hosting in a country, "innerhalb Deutschlands", US providers, "Serverstandort: …"', async () => {
    await battery('third_country_transfers', [
      'Die Daten werden auf deutschen Servern gespeichert.',
      'Wir nutzen ausschließlich europäische Server.',
      'Die Website wird in Deutschland gehostet.',
      'Der Dienst wird von der Cloudflare Inc. in den USA betrieben.',
      'Das Hosting erfolgt in Deutschland.',
      'Wir speichern alle Daten in der EU.',
      'Die Daten werden innerhalb Deutschlands verarbeitet.',
      'Daten können auch in Länder ohne angemessenes Datenschutzniveau übermittelt werden.',
      'Wir setzen Dienstleister aus den USA ein.',
      'Ein Drittstaatentransfer findet nicht statt.',
      'Die Daten liegen auf einem Server in Nürnberg.',
      'Serverstandort: Deutschland',
      'Der Serverstandort ist Deutschland.',
    ], [
      'Wir verarbeiten Ihre Daten in Übereinstimmung mit der DSGVO.',
      'Die Daten werden in der EU-konformen Cloud gespeichert.',
      'Der Server speichert Ihre IP-Adresse.',
      'Wir speichern Ihre Daten in Europas größter Cloud.',
      'Das Hosting erfolgt bei einem externen Dienstleister.',
      'Die Daten werden in unserem Rechenzentrum gespeichert.',
      'Die Daten liegen auf einem Server in der Regel verschlüsselt vor.',
      'Serverstandort: siehe Anbieter',
      'Innerhalb Deutschlands gelten strenge Gesetze.',
    ]);
  });
});

describe('German: no controller named, only a provider\'s address (reqde14)', () => {
  it('controller_identity: a recipient\'s address is no contact of the controller; the controller\'s own e-mail still is', async () => {
    const provider = '# Datenschutzerklärung\n\nWir nehmen den Schutz Ihrer persönlichen Daten sehr ernst.\n\n## Google Maps\n\nWir verwenden die Landkarten des Dienstes "Google Maps" des Anbieters Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA.';
    assert.equal(await statusOf(provider, 'controller_identity'), 'missing');
    assert.equal(await statusOf(provider.replace(/Wir verwenden.*$/, 'Anbieter der Software Matomo ist die InnoCraft Ltd., 150 Willis St, 6011 Wellington, Neuseeland.'), 'controller_identity'), 'missing');
    const head = '# Datenschutzerklärung\n\nWir nehmen den Schutz Ihrer persönlichen Daten sehr ernst.\n\n## Hosting\n\n';
    const hoster = `${head}Wir setzen für die Zurverfügungstellung unserer Website folgenden Hoster ein:\n\nGitHub Inc.\n88 Colin P Kelly Jr St\nSan Francisco, CA 94107\nUnited States\n\nDieser ist Empfänger Ihrer personenbezogenen Daten.`;
    assert.equal(await statusOf(hoster, 'controller_identity'), 'missing');
    // An address block of its own, not under a provider's name, stays a contact.
    assert.equal(await statusOf(`${head}Wir nutzen GitHub Pages.\n\nMusterstraße 5\n12345 Berlin\n\nTelefon: 030 1234567`, 'controller_identity'), 'partial');
    assert.equal(await statusOf('Bei Fragen zum Datenschutz schreiben Sie uns an info@beispiel-verein.de.', 'controller_identity'), 'partial');
    assert.equal(await statusOf(`Bei Fragen zum Datenschutz schreiben Sie uns an info@beispiel-verein.de.\n\n${provider}`, 'controller_identity'), 'partial');
  });
});

describe('German: the purposes just given as the interest (reqde14)', () => {
  it('legitimate_interests: "da die Zwecke der Verarbeitung unsere berechtigten Interessen abbilden", "Diese Zwecke stellen unser berechtigtes Interesse … dar"', async () => {
    await battery('legitimate_interests', [
      'Die Server-Log-Daten werden auf der Grundlage des Art. 6 Abs. 1 S. 1 lit. f DS-GVO erhoben, da die Zwecke der Verarbeitung unsere berechtigten Interessen abbilden.',
      'Diese Zwecke stellen unser berechtigtes Interesse nach Art. 6 Abs. 1 lit. f DSGVO dar.',
    ], [
      'Die Zwecke stellen sicher, dass unsere berechtigten Interessen nach Art. 6 Abs. 1 lit. f DSGVO gewahrt sind.',
      'Die Verarbeitung erfolgt nach Art. 6 Abs. 1 lit. f DSGVO, sofern die Zwecke nicht unsere berechtigten Interessen überwiegen.',
      'Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO; die Zwecke werden unten beschrieben.',
    ]);
  });
});

describe('German: consent as an "Einverständniserklärung" (reqde14)', () => {
  it('legal_basis', async () => {
    for (const text of [
      'Zu Beginn eines Ateliers füllst du jeweils eine Einverständniserklärung aus.',
      'Die Eltern unterschreiben Einverständniserklärungen zur Veröffentlichung von Fotos.',
    ]) assert.notEqual(await statusOf(text, 'legal_basis'), 'missing', text);
    for (const text of ['Wir sind mit der Regelung nicht einverstanden.', 'Für die Erklärung des Verfahrens kontaktieren Sie uns.']) {
      assert.equal(await statusOf(text, 'legal_basis'), 'missing', text);
    }
  });
});

describe('German: portability by the plain noun "Übertragung" (reqde14)', () => {
  it('right_portability: "Recht auf Übertragung Ihrer Daten", "… Löschung und Datenübertragung", "Korrektur, Übertragung, Widerspruch"', async () => {
    await battery('right_portability', [
      'Sie haben das Recht auf Übertragung Ihrer Daten.',
      'Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Datenübertragung.',
      'Sie haben außerdem das Recht auf Korrektur, Übertragung, Widerspruch, Einschränkung sowie Löschung unrichtiger Daten.',
    ], [
      'Die Datenübertragung erfolgt verschlüsselt.',
      'Die Übertragung in die USA erfolgt auf Grundlage der Standardvertragsklauseln.',
      'Sie haben das Recht auf Auskunft und Berichtigung. Die Übertragung Ihrer Daten erfolgt per SSL.',
      'Sie haben das Recht auf Übertragung in ein Drittland zu widersprechen.',
    ]);
  });
});

/**
 * The second question of the requirement checks: an element the model holds no value for is still addressed by the
 * text (a cue phrase, a right's word beside a request, a GDPR article, a negated statement), so it is not reported
 * missing. Every case has a near miss that must stay missing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicyText } from '../src/index.js';
import { evaluateRequirements } from '../src/rules/requirements.js';
import type { RequirementId } from '../src/rules/types.js';
import type { Language } from '../src/model/types.js';

async function statusOf(text: string, id: RequirementId, language: Language): Promise<{ status: string; line: number | null; text: string | null }> {
  const { model, document } = await parsePolicyText(text, { format: 'markdown', language });
  const result = evaluateRequirements(model, document).find((r) => r.id === id)!;
  return { status: result.status, line: result.evidence[0]?.line ?? null, text: result.evidence[0]?.text ?? null };
}

const given = (status: string): boolean => status === 'met' || status === 'partial';

interface Case {
  id: RequirementId;
  language: Language;
  /** Addresses the element: given, with evidence on line 3. */
  match: string;
  /** A near miss: the element stays missing (or not applicable). */
  miss: string;
}

const CASES: Case[] = [
  // Ordinary sentences of a policy that name no right.
  { id: 'right_erasure', language: 'en', match: 'You can ask us to remove your personal data.', miss: 'We may change or remove features of the service.' },
  { id: 'right_access', language: 'en', match: 'You can request a copy of your personal data.', miss: 'You can request a copy of our terms and conditions.' },
  { id: 'right_objection', language: 'en', match: 'You may object to the processing of your data.', miss: 'We may object to requests that are manifestly unfounded.' },
  { id: 'right_restriction', language: 'de', match: 'Sie können die Einschränkung der Verarbeitung verlangen.', miss: 'Wir können Ihr Konto sperren, wenn Sie gegen die Bedingungen verstoßen.' },
  {
    id: 'right_restriction',
    language: 'en',
    match: 'You can ask us to suspend the processing of your data.',
    miss: 'We may suspend your account if you breach these terms.',
  },
  {
    id: 'right_restriction',
    language: 'en',
    match: 'You may request that we limit the use of your personal information.',
    miss: 'We may limit the use of certain features.',
  },
  {
    id: 'right_restriction',
    language: 'en',
    match: 'You can ask us to stop processing your data while we check its accuracy.',
    // Stopping marketing is the objection right.
    miss: 'You can ask us to stop processing your data for direct marketing.',
  },
  {
    id: 'right_restriction',
    language: 'en',
    match: 'You may ask us to restrict the use of your data.',
    miss: 'We may restrict the use of our services if you breach these terms.',
  },
  {
    id: 'right_access',
    language: 'de',
    match: 'Sie haben das Recht auf Auskunft über Ihre Daten.',
    // A link's words address nothing.
    miss: 'Siehe fortrabbit.com/legal/auskunftsersuchen.',
  },
  {
    id: 'right_complaint',
    language: 'nl',
    match: 'Bent u ontevreden, dan kunt u dit melden bij de Autoriteit Persoonsgegevens.',
    // The organisation reports a breach to the authority: no complaint by the person.
    miss: 'Bij een datalek zullen wij de inbreuk melden bij de Autoriteit Persoonsgegevens.',
  },
  {
    id: 'purposes',
    language: 'en',
    match: 'We have a legitimate interest in ensuring that our website is presented as reliably as possible.',
    miss: 'The processing is based on our legitimate interest.',
  },
  {
    id: 'purposes',
    language: 'de',
    match: 'Wir speichern die Logdateien, um unsere Website anzuzeigen.',
    miss: 'Wir speichern die Logdateien.',
  },
  // No duty on the person to provide data, or the service without data: the Art. 13(2)(e) statement, even negated.
  {
    id: 'statutory_contractual_requirement',
    language: 'en',
    match: 'You have no contractual or legal obligation to provide us with personal data.',
    miss: 'We have a legal obligation to keep invoices for seven years.',
  },
  {
    id: 'statutory_contractual_requirement',
    language: 'en',
    match: 'You can visit our website without providing any personal information.',
    miss: 'You can visit our website at any time.',
  },
  {
    id: 'statutory_contractual_requirement',
    language: 'nl',
    match: 'U bent niet wettelijk of contractueel verplicht uw gegevens te verstrekken.',
    miss: 'Wij zijn wettelijk verplicht uw facturen zeven jaar te bewaren.',
  },
  // The choice stated as the person's, data needed from the person, data the law makes the person give.
  { id: 'statutory_contractual_requirement', language: 'en', match: 'Whenever you give us personal data, you do so voluntarily.', miss: 'Whenever you visit us, you do so at your own risk.' },
  { id: 'statutory_contractual_requirement', language: 'en', match: 'You are free to decide whether to provide your personal information.', miss: 'We are free to decide whether to share data with partners.' },
  { id: 'statutory_contractual_requirement', language: 'en', match: 'If you do not want to provide us with this information, you will not be able to join the club.', miss: 'If you do not want to give your consent, simply close the banner.' },
  { id: 'statutory_contractual_requirement', language: 'en', match: 'We are required by law to collect your National Insurance number.', miss: 'We are required by law to keep your records for six years.' },
  { id: 'statutory_contractual_requirement', language: 'en', match: 'We do not require you to provide any personal information to use our App.', miss: 'We do not require you to create an account.' },
  { id: 'retention', language: 'en', match: 'As no personal data is collected, we do not store or retain any user data.', miss: 'We do not store your card number.' },
  { id: 'statutory_contractual_requirement', language: 'en', match: 'You must provide your name and address to place an order.', miss: 'You must provide proof of identity when you make a request.' },
  { id: 'statutory_contractual_requirement', language: 'en', match: 'Without your email address we cannot reply.', miss: 'Strictly necessary cookies are required to use the site.' },
  { id: 'statutory_contractual_requirement', language: 'nl', match: 'Zonder je e-mailadres kunnen wij je niet antwoorden.', miss: 'Wij vragen je een kopie van je identiteitsbewijs mee te sturen, anders kunnen wij je verzoek niet behandelen.' },
  // Data given to someone, whoever it is, addresses recipients; a reader sharing a page does not.
  { id: 'recipients', language: 'en', match: 'Medication data may be shared with your pharmacy and your specialists.', miss: 'Share this page with your friends.' },
  { id: 'recipients', language: 'en', match: 'We pass your address to the delivery company.', miss: 'We sent you an email to confirm.' },
  { id: 'recipients', language: 'nl', match: 'Ook kunnen er medicatiegegevens gedeeld worden met uw apotheek.', miss: "Je kunt foto's delen met je vrienden via de app." },
  { id: 'recipients', language: 'nl', match: 'Wij wisselen relevante medische gegevens uit met de huisartsenpost.', miss: 'Deel deze pagina met je vrienden.' },
  { id: 'right_restriction', language: 'en', match: 'You can ask us to block the processing of your data.', miss: 'The app can query and write various blockchain data for you.' },
  { id: 'right_objection', language: 'en', match: 'You have the right to challenge processing justified on the basis of our legitimate interests.', miss: 'You have the right to see the processing records.' },
  { id: 'statutory_contractual_requirement', language: 'en', match: 'Any information you provide is given voluntarily.', miss: 'Consent is given voluntarily by ticking the box.' },
  { id: 'statutory_contractual_requirement', language: 'en', match: 'We cannot accept your booking without your name and email.', miss: 'We cannot guarantee security without your help.' },
  { id: 'statutory_contractual_requirement', language: 'en', match: 'You can use the website without registering.', miss: 'If you use the site without logging in, we collect and log some information about your visit.' },
  { id: 'statutory_contractual_requirement', language: 'en', match: 'Your participation in this research is voluntary.', miss: 'Your participation in this research helps us.' },
  { id: 'statutory_contractual_requirement', language: 'en', match: 'Should you not wish to provide your details, we will be unable to process your application.', miss: 'Should you wish to complain, contact us.' },
  { id: 'statutory_contractual_requirement', language: 'en', match: 'We need some information from you to provide the service.', miss: 'We need information from third parties to verify.' },
  { id: 'right_restriction', language: 'en', match: 'You have the right to restrict processing and to object to direct marketing.', miss: 'You can restrict our use of your data for marketing by unsubscribing.' },
  { id: 'statutory_contractual_requirement', language: 'nl', match: 'Daarvoor zijn een paar gegevens van u nodig.', miss: 'Daarvoor is een account nodig.' },
  { id: 'statutory_contractual_requirement', language: 'nl', match: 'Om een account aan te maken heb je een e-mailadres nodig.', miss: 'Heb je hulp nodig?' },
  { id: 'statutory_contractual_requirement', language: 'nl', match: 'Je bent vrij om te kiezen of je je gegevens aan ons geeft.', miss: 'Wij zijn vrij om te kiezen of we gegevens delen.' },
  { id: 'statutory_contractual_requirement', language: 'nl', match: 'Het is jouw keuze of je deze gegevens invult.', miss: "Het is onze keuze of we foto's publiceren." },
  { id: 'statutory_contractual_requirement', language: 'nl', match: 'Als je geen gegevens wilt delen, kun je niet deelnemen aan de activiteit.', miss: 'Als je geen nieuwsbrief wilt ontvangen, kun je je afmelden.' },
  { id: 'statutory_contractual_requirement', language: 'nl', match: 'Voor lidmaatschap is het noodzakelijk dat je je naam en adres opgeeft.', miss: 'Voor lidmaatschap is het noodzakelijk dat je contributie betaalt.' },
  { id: 'statutory_contractual_requirement', language: 'nl', match: 'Wij zijn wettelijk verplicht om uw BSN te vragen.', miss: 'Wij zijn wettelijk verplicht om uw gegevens zeven jaar te bewaren.' },
  {
    id: 'statutory_contractual_requirement',
    language: 'de',
    match: 'Die Nutzung unserer Webseite ist in der Regel ohne Angabe personenbezogener Daten möglich.',
    miss: 'Ohne Angabe von Gründen können Sie jederzeit widersprechen.',
  },
  {
    id: 'statutory_contractual_requirement',
    language: 'de',
    match: 'Sie sind weder gesetzlich noch vertraglich verpflichtet, uns Ihre Daten bereitzustellen.',
    miss: 'Wir sind gesetzlich verpflichtet, Rechnungen zehn Jahre aufzubewahren.',
  },
  {
    id: 'statutory_contractual_requirement',
    language: 'fr',
    match: "Vous n'avez aucune obligation légale ou contractuelle de nous fournir vos données.",
    miss: 'Nous avons une obligation légale de conserver vos factures.',
  },
  // Rights' words about something else: the policy's own changes, staff access, a mailing list, browser settings.
  {
    id: 'right_rectification',
    language: 'en',
    match: 'You have the right to ask us to amend your personal data.',
    miss: 'We reserve the right to amend this statement at any future date.',
  },
  {
    id: 'right_access',
    language: 'en',
    match: 'You have the right to access your personal data.',
    miss: 'Your information is only accessible by a limited number of persons who have special access rights to such systems.',
  },
  {
    id: 'right_erasure',
    language: 'en',
    match: 'You can ask us to delete your personal data.',
    miss: 'Email us and we will promptly remove you from all correspondence.',
  },
  {
    id: 'right_withdraw_consent',
    language: 'en',
    match: 'You can change your cookie settings at any time.',
    miss: 'If you turn off cookies or change your settings, some features may not work correctly.',
  },
  {
    id: 'automated_decision_making',
    language: 'nl',
    match: 'Er vindt geen geautomatiseerde besluitvorming plaats.',
    miss: 'U heeft het recht om niet onderworpen te worden aan profilering.',
  },
  {
    id: 'automated_decision_making',
    language: 'en',
    match: 'Your data are not used for profiling or any automated decision about you.',
    miss: 'You have the right not to be subject to automated decision-making.',
  },
  {
    id: 'automated_decision_making',
    language: 'de',
    match: 'Eine Profilbildung findet nicht statt.',
    miss: 'Sie haben das Recht, nicht einer ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidung unterworfen zu werden (Art. 22 DSGVO).',
  },
  {
    id: 'automated_decision_making',
    language: 'en',
    match: 'We do not use profiling or automated decision-making.',
    // Profiling denied beside marketing: no statement on decisions about a person (ANNOTATION.md).
    miss: 'They are not used for profiling, tracking, or marketing purposes.',
  },
  {
    id: 'automated_decision_making',
    language: 'nl',
    match: 'Wij maken geen gebruik van profilering.',
    miss: 'Wij gebruiken uw gegevens niet voor marketingdoeleinden, nieuwsbrieven of profilering.',
  },
  {
    id: 'automated_decision_making',
    language: 'en',
    match: 'No automated decisions are made about you.',
    // The right itself as a list item, and the bare article: neither says whether decisions are made.
    miss: 'You have the right:\n\n* to access your data\n* not to be subjected to profiling i.e. decisions made about you by others\n\nSee Art. 22 GDPR.',
  },
  {
    id: 'recipients',
    language: 'nl',
    match: 'Bij deze website is geen sprake van ontvangers van persoonsgegevens.',
    miss: 'Wij verwerken uw naam en e-mailadres om uw vraag te beantwoorden.',
  },
  {
    id: 'third_country_transfers',
    language: 'nl',
    match: 'Alle gegevens staan op servers in Nederland.',
    miss: 'Alle gegevens worden zorgvuldig beveiligd.',
  },
  {
    id: 'third_country_transfers',
    language: 'en',
    match: 'All data are stored on servers located within the European Union.',
    miss: 'The UK General Data Protection Regulation is the law that applies in the UK.',
  },
  {
    id: 'retention',
    language: 'en',
    match: 'Collected customer data shall be deleted after completion of the order.',
    miss: 'Your data are deleted when they are no longer necessary.',
  },
  {
    id: 'retention',
    language: 'nl',
    match: 'Nadat wij je opzegging hebben ontvangen, verwijderen we alle persoonsgegevens.',
    miss: 'Gegevens worden niet langer bewaard dan nodig is.',
  },
  {
    id: 'right_access',
    language: 'nl',
    match: 'Je kunt altijd vragen welke gegevens we van je hebben.',
    miss: 'Wij gebruiken je gegevens om je bestelling te versturen.',
  },
  {
    id: 'right_restriction',
    language: 'en',
    match: 'You can ask us to restrict the processing of your data.',
    miss: 'You can set your browser to block the storage of cookies.',
  },
  {
    id: 'right_erasure',
    language: 'nl',
    match: 'Op verzoek wissen wij uw gegevens.',
    miss: 'U kunt cookies verwijderen via de instellingen van uw browser.',
  },
  {
    id: 'right_restriction',
    language: 'en',
    match: 'Per Art. 18 GDPR this applies to you.',
    miss: 'Per Art. 19 GDPR this applies to you.',
  },
  {
    id: 'statutory_contractual_requirement',
    language: 'en',
    match: 'Where we need to collect personal data by law, or under the terms of a contract we have with you, and you fail to provide that data when requested, we may not be able to perform the contract.',
    miss: 'Processing is necessary to enter into a contract with you.',
  },
  {
    id: 'statutory_contractual_requirement',
    language: 'en',
    match: 'The provision of personal data is neither a statutory nor a contractual requirement.',
    miss: 'Our partners may fail to provide the service.',
  },
  {
    id: 'retention',
    language: 'en',
    match: 'With the exception of credit card details, the information you provide is saved indefinitely.',
    miss: 'We keep your information for no longer than necessary.',
  },
  {
    id: 'retention',
    language: 'de',
    match: 'Die Daten werden auf unbestimmte Zeit gespeichert.',
    miss: 'Die Daten werden gelöscht, sobald der Zweck der Verarbeitung entfällt.',
  },
  {
    id: 'statutory_contractual_requirement',
    language: 'en',
    match: 'We cannot submit your tax returns without this data.',
    miss: 'We cannot guarantee security without encryption.',
  },
  {
    id: 'statutory_contractual_requirement',
    language: 'en',
    match: 'Your email address is required to allow us to send your registration confirmation.',
    miss: 'Cookies are required to make the site work.',
  },
  {
    id: 'statutory_contractual_requirement',
    language: 'de',
    match: 'Bitte beachte, dass die Abgabe eines Feedbacks freiwillig ist.',
    miss: 'Bitte beachte, dass die Abgabe eines Feedbacks per E-Mail erfolgt.',
  },
  {
    id: 'statutory_contractual_requirement',
    language: 'nl',
    match: 'Het verstrekken van persoonsgegevens is geen wettelijke of contractuele verplichting.',
    miss: 'Wij hebben een wettelijke verplichting om facturen zeven jaar te bewaren.',
  },
  {
    id: 'recipients',
    language: 'fr',
    match: "Nous garantissons qu'aucune de ces informations ne sera partagée, vendue ou utilisée à des fins non autorisées.",
    miss: 'Vos informations ne seront pas revendues.',
  },
  {
    id: 'recipients',
    language: 'en',
    match: 'None of this information will be shared or sold.',
    miss: 'This information will not be sold.',
  },
  {
    id: 'recipients',
    language: 'nl',
    match: 'Uw gegevens worden met niemand gedeeld.',
    miss: 'Uw gegevens worden niet verkocht.',
  },
  {
    id: 'recipients',
    language: 'de',
    match: 'Keine dieser Daten werden an Dritte oder sonst weitergegeben.',
    miss: 'Diese Daten werden nicht verkauft.',
  },
  {
    id: 'right_access',
    language: 'de',
    match: 'Ihnen stehen die Rechte nach Art. 15 DSGVO zu.',
    miss: 'Ihnen stehen die Rechte nach Art. 15 bis 22 DSGVO zu.',
  },
  {
    id: 'right_access',
    language: 'en',
    match: 'You have the rights under Article 15 GDPR.',
    miss: 'You have the rights under Art. 15 to 22 GDPR.',
  },
  {
    id: 'right_complaint',
    language: 'en',
    match: 'You can also contact the ICO to raise a complaint.',
    miss: 'We are registered with the ICO.',
  },
  {
    id: 'right_complaint',
    language: 'nl',
    match: 'Als wij je gegevens niet correct verwerken heb je het recht een klacht in te dienen bij de Autoriteit Persoonsgegevens.',
    miss: 'De Autoriteit Persoonsgegevens houdt toezicht op de naleving van de AVG.',
  },
  {
    id: 'statutory_contractual_requirement',
    language: 'nl',
    match: 'We hebben bepaalde persoonsgegevens nodig om jouw lidmaatschap te kunnen registreren.',
    miss: 'Wij zijn wettelijk verplicht om facturen zeven jaar te bewaren.',
  },
  {
    id: 'statutory_contractual_requirement',
    language: 'en',
    match: 'Providing such information is strictly voluntary.',
    miss: 'Participation in the certification program is voluntary for companies.',
  },
  {
    id: 'right_withdraw_consent',
    language: 'en',
    match: 'We process it based on your consent, which you can withdraw at any time by contacting us.',
    miss: 'Dedications to the public domain may not be revoked.',
  },
  // Deleted at an end point named first; the bare retention period is no end point, nor "the end of the day".
  { id: 'retention', language: 'en', match: 'At the end of the contract, your data will be deleted.', miss: 'At the end of the retention period, your data will be deleted or anonymised.' },
  { id: 'retention', language: 'en', match: 'On termination of your membership your details are removed from our records.', miss: 'At the end of the day, we care about privacy and your data is deleted.' },
  { id: 'retention', language: 'nl', match: 'Na het einde van de overeenkomst worden uw gegevens verwijderd.', miss: 'Na afloop van de bewaartermijn worden uw gegevens gewist of geanonimiseerd.' },
  // A denial of profiling after an objection says what stops; a law's contents are no statement either.
  { id: 'automated_decision_making', language: 'de', match: 'Profiling findet nicht statt.', miss: 'Wenn Sie widersprechen, dürfen wir Ihre Daten danach nicht mehr für Profiling verwenden.' },
  { id: 'automated_decision_making', language: 'en', match: 'We do not carry out profiling.', miss: 'If you object, we will no longer use your data for profiling.' },
  { id: 'automated_decision_making', language: 'nl', match: 'Wij maken geen gebruik van profilering.', miss: 'Als u bezwaar maakt, gebruiken wij uw gegevens niet meer voor profilering.' },
  {
    id: 'automated_decision_making',
    language: 'de',
    match: 'Eine automatisierte Entscheidungsfindung findet nicht statt.',
    miss: 'Das BDSG enthält insbesondere Spezialregelungen zum Recht auf Auskunft und zur automatisierten Entscheidungsfindung im Einzelfall einschließlich Profiling.',
  },
  // "Within the EU" about data, not about how countries reacted to a directive.
  { id: 'third_country_transfers', language: 'de', match: 'Ihre Daten werden ausschließlich innerhalb der EU verarbeitet.', miss: 'Innerhalb der EU-Länder gibt es allerdings noch sehr unterschiedliche Reaktionen auf diese Richtlinien.' },
  // "Standort" of a server, not of a visitor's device.
  { id: 'third_country_transfers', language: 'de', match: 'Der Serverstandort unseres Providers befindet sich in Bayern.', miss: 'Anhand Ihrer IP-Adresse lässt sich der ungefähre Standort Ihres Geräts und in weiterer Folge Sie als Anschlussinhaber feststellen.' },
  // The law requires the person's data; consent that must be given is no data; deleting data is no duty to provide them.
  { id: 'statutory_contractual_requirement', language: 'en', match: 'We are legally required to collect and transmit fraud prevention data to HMRC.', miss: 'We are legally required to keep records for six years.' },
  { id: 'statutory_contractual_requirement', language: 'en', match: 'You must provide your name and address to place an order.', miss: 'Consent that you have to give in order to be treated would not be freely given, and so would not be real consent.' },
  { id: 'statutory_contractual_requirement', language: 'de', match: 'Die Angaben sind zur Bearbeitung Ihrer Anfrage zwingend notwendig.', miss: 'Die Löschung Ihrer Daten ist zur Erfüllung einer rechtlichen Verpflichtung erforderlich.' },
  { id: 'statutory_contractual_requirement', language: 'de', match: 'Ohne diese Daten können wir Ihre Bestellung nicht bearbeiten.', miss: 'Wir benötigen Ihre personenbezogenen Daten nicht mehr.' },
  { id: 'statutory_contractual_requirement', language: 'fr', match: 'La fourniture de ces données est obligatoire.', miss: "Nous pouvons vous demander une pièce d'identité obligatoire pour vérifier votre identité." },
  // The person unwilling, a "necessity" label, a member who must hand data over; not the organisation's own duties.
  { id: 'statutory_contractual_requirement', language: 'nl', match: 'Als de deelnemer die gegevens niet wil geven, kan de vereniging weigeren een relatie met deze deelnemer aan te gaan.', miss: 'Wij kunnen de gegevens niet geven aan derden.' },
  { id: 'statutory_contractual_requirement', language: 'nl', match: 'Noodzaak gegevensverstrekking: voor deelname aan de cursus is het noodzakelijk dat u zich aanmeldt.', miss: 'Noodzaak van beveiliging: wij beveiligen de website met een certificaat.' },
  { id: 'statutory_contractual_requirement', language: 'nl', match: 'Het lid dient eventuele bijkomende gegevens rechtstreeks aan de verzekeraar te bezorgen.', miss: 'Wij dienen uw gegevens zeven jaar te bewaren.' },
  // Until the purpose lapses is vague; the bare word "Speicherdauer" gives no retention.
  { id: 'retention', language: 'de', match: 'Die Daten verbleiben bei uns, bis Sie uns zur Löschung auffordern.', miss: 'Ihre Daten verbleiben bei uns, bis der Zweck für die Datenverarbeitung entfällt.' },
  { id: 'retention', language: 'de', match: 'Die Speicherdauer beträgt für Kontaktanfragen höchstens ein Jahr.', miss: 'Soweit innerhalb dieser Datenschutzerklärung keine speziellere Speicherdauer genannt wurde, verbleiben Ihre Daten bei uns.' },
  // Details needed for a request to exercise a right are no statement about providing data.
  { id: 'statutory_contractual_requirement', language: 'en', match: 'If you fail to provide the information, we may not be able to perform the contract.', miss: 'If you fail to provide the information, we may not be able to process your request to exercise your rights.' },
  // The operator objecting to spam (the e-recht24 template) is no right of the person; the CCPA's "right to know" is access.
  { id: 'right_objection', language: 'de', match: 'Sie haben das Recht, jederzeit der Verarbeitung Ihrer Daten zu widersprechen.', miss: 'Der Nutzung von im Rahmen der Impressumspflicht veröffentlichten Kontaktdaten zur Übersendung von nicht ausdrücklich angeforderter Werbung wird hiermit widersprochen.' },
  { id: 'right_access', language: 'en', match: 'You have the right to know about the personal information we collect and how it is used and shared.', miss: 'We want you to know about the products we offer.' },
];

for (const c of CASES) {
  test(`${c.language} ${c.id}: addressed by "${c.match}"`, async () => {
    const hit = await statusOf(`# Privacy\n\n${c.match}\n`, c.id, c.language);
    assert.ok(given(hit.status), `expected given, got ${hit.status}`);
    assert.equal(hit.line, 3);
    assert.equal(hit.text, c.match);
  });
  test(`${c.language} ${c.id}: not addressed by "${c.miss}"`, async () => {
    const miss = await statusOf(`# Privacy\n\n${c.miss}\n`, c.id, c.language);
    assert.ok(!given(miss.status), `expected not given, got ${miss.status}`);
  });
}

test('a right named only by its article under a rights heading is addressed', async () => {
  const hit = await statusOf('# Uw rechten\n\nZie art. 20 voor de overdracht.\n', 'right_portability', 'nl');
  assert.equal(hit.status, 'met');
  assert.equal(hit.line, 3);
});

test('legitimate interest given beside the basis in one sentence counts as the interests', async () => {
  const text = '# Privacy\n\nGeaggregeerde bezoekstatistieken gebruiken we om de website te verbeteren, op basis van ons gerechtvaardigd belang.\n';
  const hit = await statusOf(text, 'legitimate_interests', 'nl');
  assert.equal(hit.status, 'met');
  const bare = await statusOf('# Privacy\n\nWij verwerken gegevens op basis van gerechtvaardigd belang.\n', 'legitimate_interests', 'nl');
  assert.equal(bare.status, 'missing');
});

/** The wordings the accuracy issue found unread (reworded there, as here): each must address its element. */
const ISSUE_WORDINGS: [Language, RequirementId, string][] = [
  ['nl', 'recipients', 'Wij delen patiëntgegevens niet met derden.'],
  ['nl', 'recipients', 'Uw gegevens worden niet met derden gedeeld, tenzij dat wettelijk verplicht is.'],
  ['nl', 'automated_decision_making', 'Uw gegevens worden niet gebruikt om automatisch besluiten te nemen.'],
  ['en', 'right_portability', 'You can receive your data, cf. Art. 20 GDPR.'],
  ['nl', 'right_erasure', 'Je mag eisen dat je gegevens gewist worden.'],
  ['nl', 'right_complaint', 'Voor klachten kunt u ook terecht bij de Autoriteit Persoonsgegevens.'],
  ['nl', 'statutory_contractual_requirement', 'U bent niet verplicht om uw gegevens te geven; zonder deze gegevens kunnen wij u niet helpen.'],
  ['nl', 'statutory_contractual_requirement', 'Het verstrekken van uw telefoonnummer is niet noodzakelijk.'],
  ['nl', 'statutory_contractual_requirement', 'Voor het aanmaken van een account zijn accountgegevens nodig.'],
  ['nl', 'legitimate_interests', 'Wij verwerken uw IP-adres op basis van ons gerechtvaardigd belang (fraudepreventie).'],
  ['nl', 'legitimate_interests', 'Wij bewaren facturen op grond van gerechtvaardigd belang: de bescherming van onze rechten.'],
  ['en', 'legitimate_interests', 'We keep access logs based on our legitimate interest (fraud prevention).'],
  ['en', 'right_withdraw_consent', 'You may change or withdraw your cookie choice at any time.'],
  ['en', 'statutory_contractual_requirement', 'Certain data must be provided explicitly, for instance to purchase a product.'],
  ['en', 'recipients', 'We do not pass on any personal information you have given us to any other site.'],
  ['de', 'third_country_transfers', 'Der Serverstandort unseres Website-Providers befindet sich in Bayern.'],
  ['de', 'automated_decision_making', 'Eine automatisierte Entscheidungsfindung findet nicht statt.'],
  ['fr', 'automated_decision_making', "Nous ne prenons aucune décision automatisée à votre sujet."],
  ['en', 'right_restriction', 'In certain circumstances you can ask us to limit what we do with your data.'],
  ['en', 'right_restriction', 'You may ask us to temporarily stop using your personal data.'],
  ['en', 'right_restriction', 'You have the right to ask us to freeze the use of your data.'],
  ['nl', 'right_portability', 'Je hebt het recht om je persoonsgegevens te laten verwijderen, te corrigeren of door te sturen.'],
  ['nl', 'right_rectification', 'Voor vragen omtrent inzage en wijzigingen in (of verwijdering van) uw persoonsgegevens kunt u contact met ons opnemen.'],
  ['fr', 'right_withdraw_consent', "Nous utilisons vos données avec votre consentement. Vous pouvez changer d'avis à tout moment."],
  ['fr', 'right_withdraw_consent', 'La géolocalisation demande votre consentement ; vous pouvez revenir ultérieurement sur votre choix.'],
];
for (const [language, id, text] of ISSUE_WORDINGS) {
  test(`${language} ${id} read from "${text}"`, async () => {
    const hit = await statusOf(`# Privacy\n\n${text}\n`, id, language);
    assert.equal(hit.status, 'met');
    assert.equal(hit.line, 3);
  });
}

/** Where the interests stand apart from the basis: after a colon in a list, or in the sentence beside it. */
const INTEREST_PLACES: { language: Language; text: string; line: number | null; given: boolean }[] = [
  // A basis as the label of what follows: the purpose under it is the interest (line 5: the text under the label).
  { language: 'en', text: '### Legitimate interests\n\nTo meet the aims of the club and ensure your child is safe.', line: 5, given: true },
  { language: 'nl', text: '**Gerechtvaardigd belang**\n\nOm onze website te beveiligen en misbruik te voorkomen.', line: 5, given: true },
  { language: 'en', text: '### Legitimate interests\n\nSome words without an aim here.', line: null, given: false },
  { language: 'fr', text: 'Base légale : Intérêt légitime (amélioration du service).', line: 3, given: true },
  { language: 'fr', text: 'Base légale : intérêt légitime.', line: null, given: false },
  {
    language: 'de',
    text: 'Das ist erforderlich, um unsere Website anzuzeigen. Dies entspricht unserem berechtigten Interesse im Sinne des Art. 6 Abs. 1 lit. f DSGVO.',
    line: 3,
    given: true,
  },
  { language: 'de', text: 'Das ist erforderlich. Dies entspricht unserem berechtigten Interesse im Sinne des Art. 6 Abs. 1 lit. f DSGVO.', line: null, given: false },
  {
    language: 'de',
    text: 'Wir bearbeiten Personendaten auch für folgende Zwecke, an denen wir ein berechtigtes Interesse haben:\n\n- Verbesserung unserer Angebote\n- Schutz vor Missbrauch',
    line: 5,
    given: true,
  },
  { language: 'de', text: 'Wir bearbeiten Personendaten auch für Zwecke, an denen wir ein berechtigtes Interesse haben:\n\nDazu gehört vieles.', line: null, given: false },
  {
    language: 'en',
    text: 'Web server logs are stored under the basis of GDPR 6(1)(f) Legitimate interests. We collect this in order to analyse usage of the site and prevent abuse.',
    line: 3,
    given: true,
  },
  { language: 'en', text: 'Web server logs are stored under the basis of GDPR 6(1)(f) Legitimate interests. You can object to this at any time.', line: null, given: false },
];
for (const c of INTEREST_PLACES) {
  test(`${c.language} legitimate interests ${c.given ? 'given' : 'not given'}: ${JSON.stringify(c.text.slice(0, 70))}`, async () => {
    const { model, document } = await parsePolicyText(`# Privacy\n\n${c.text}\n`, { format: 'markdown', language: c.language });
    const result = evaluateRequirements(model, document).find((r) => r.id === 'legitimate_interests')!;
    assert.equal(given(result.status), c.given, result.status);
    if (c.line !== null) assert.equal(result.evidence[0]?.line, c.line);
  });
}

test('a consent choice changed is its withdrawal; account preferences are not', async () => {
  const hit = await statusOf('# Privacy\n\nWij plaatsen cookies met uw toestemming. Je kan je keuze op elk moment wijzigen via Cookievoorkeuren.\n', 'right_withdraw_consent', 'nl');
  assert.equal(hit.status, 'met');
  const miss = await statusOf('# Privacy\n\nWij plaatsen cookies met uw toestemming. U kunt uw voorkeuren aanpassen in uw account.\n', 'right_withdraw_consent', 'nl');
  assert.ok(!given(miss.status), miss.status);
});

/** Common wordings in each language: each addresses its element (a probe of how policies are written, not of one file). */
const COMMON_WORDINGS: [Language, RequirementId, string][] = [
  ['de', 'right_erasure', 'Auf Wunsch löschen wir Ihre Daten.'],
  ['de', 'statutory_contractual_requirement', 'Die Angabe Ihrer E-Mail-Adresse ist für den Versand des Newsletters erforderlich.'],
  ['fr', 'right_erasure', 'Sur simple demande, nous effaçons vos données.'],
  ['fr', 'statutory_contractual_requirement', 'La fourniture de votre adresse e-mail est nécessaire pour vous envoyer la newsletter.'],
  ['nl', 'statutory_contractual_requirement', 'Velden met een sterretje zijn verplicht.'],
  ['nl', 'statutory_contractual_requirement', 'Wij hebben je naam en adres nodig om je bestelling te bezorgen.'],
  ['nl', 'statutory_contractual_requirement', 'Om je te kunnen helpen hebben we je e-mailadres nodig.'],
  ['en', 'statutory_contractual_requirement', 'Fields marked with an asterisk are required.'],
  ['en', 'right_rectification', 'If any of your details are wrong, let us know and we will put them right.'],
  ['en', 'right_objection', 'You can tell us to stop using your data for marketing.'],
  ['en', 'automated_decision_making', "We don't make any decisions about you using automated processes."],
  ['en', 'recipients', 'We never pass your details to anyone else.'],
  ['en', 'automated_decision_making', 'None of our decisions are made by automated means.'],
  ['en', 'right_access', 'You can ask to see what personal information we hold about you.'],
  ['en', 'right_rectification', 'You can ask us to keep our records up to date.'],
  ['en', 'right_access', 'You have the right to check the data we hold on you.'],
  ['nl', 'right_access', 'U hebt het recht om toegang, rectificatie en verwijdering te vragen.'],
  ['nl', 'right_portability', 'Je hebt het recht om je gegevens in een gangbaar formaat te ontvangen.'],
  ['nl', 'retention', 'Na afloop van het project worden de gegevens vernietigd.'],
  ['en', 'right_portability', 'You can ask us to send your data to another company.'],
  ['en', 'right_restriction', 'You can ask us to stop using your information for a period of time.'],
  ['en', 'right_rectification', 'Users can change your personal information: by emailing us or by sending us a support ticket.'],
  ['en', 'statutory_contractual_requirement', 'We require some of your details to open an account.'],
  ['en', 'statutory_contractual_requirement', 'We only ask for information that is required to create your account.'],
  ['en', 'statutory_contractual_requirement', 'The provision of your personal data is a requirement necessary to enter into a contract.'],
  ['en', 'third_country_transfers', 'Your information will not leave the EEA.'],
  ['en', 'legal_basis', 'We collect and use pupil information under Article 6 and Article 9 of the UK GDPR.'],
  ['nl', 'right_rectification', 'Als uw gegevens veranderen, kunt u dit aan ons doorgeven.'],
  ['nl', 'right_portability', 'Op verzoek sturen wij je gegevens naar een andere organisatie.'],
  ['en', 'right_rectification', 'If your details change, please let us know so we can update our records.'],
  ['en', 'right_objection', 'You can tell us to stop sending you marketing emails and to stop processing your data for this purpose.'],
  ['en', 'third_country_transfers', 'Some of our service providers are located in the USA.'],
  ['en', 'third_country_transfers', 'Data may be transferred to countries that do not offer the same level of protection.'],
  ['nl', 'third_country_transfers', 'Sommige van onze leveranciers zitten in de Verenigde Staten.'],
  ['en', 'statutory_contractual_requirement', 'It is up to you whether you share this information with us.'],
  ['en', 'statutory_contractual_requirement', 'You may refuse to provide this information, but then we will not be able to respond to your enquiry.'],
  ['en', 'statutory_contractual_requirement', 'You can use our website without telling us who you are.'],
  ['en', 'right_restriction', 'You can ask us to restrict the use of your personal information.'],
  ['en', 'right_restriction', 'You have the right to restrict the processing of the data you provided to us.'],
  ['en', 'right_restriction', 'You have rights to access, correct, delete or restrict the processing of your data.'],
  ['en', 'retention', 'We keep your data until you unsubscribe.'],
  ['nl', 'right_withdraw_consent', 'Wij plaatsen marketingcookies met je toestemming. Je kunt deze op elk moment wijzigen via de link "Cookie-instellingen".'],
  ['nl', 'right_withdraw_consent', 'Abonnees kunnen te allen tijde wijzigingen in hun toestemming opgeven.'],
  ['en', 'right_restriction', 'You have the right to ask for limiting the processing of your data.'],
  ['en', 'right_portability', 'You have the right to ask to have your data moved from one system to another.'],
];
for (const [language, id, text] of COMMON_WORDINGS) {
  test(`${language} ${id}: a common wording, "${text}"`, async () => {
    const hit = await statusOf(`# Privacy\n\n${text}\n`, id, language);
    assert.ok(given(hit.status), hit.status);
    assert.equal(hit.line, 3);
  });
}

test('near misses of the Dutch wordings: access to a website, and what we can do', async () => {
  assert.ok(!given((await statusOf('# Privacy\n\nLeden hebben recht op toegang tot de website.\n', 'right_access', 'nl')).status));
  assert.ok(!given((await statusOf('# Privacy\n\nWij kunnen uw account verwijderen als u de voorwaarden schendt.\n', 'right_erasure', 'nl')).status));
  assert.ok(!given((await statusOf('# Privacy\n\nNa afloop van het evenement sturen wij u een enquête.\n', 'retention', 'nl')).status));
  assert.ok(!given((await statusOf('# Privacy\n\nVoor marketingcookies hebben wij je toestemming nodig om ze te plaatsen.\n', 'statutory_contractual_requirement', 'nl')).status));
  assert.ok(!given((await statusOf('# Privacy\n\nAls deze privacyverklaring verandert, laten wij het je weten.\n', 'right_rectification', 'nl')).status));
  assert.ok(!given((await statusOf('# Privacy\n\nWij sturen je gegevens naar een andere afdeling.\n', 'right_portability', 'nl')).status));
});

test('English near misses: a change we make, a use of data we need, a right required', async () => {
  for (const [id, text] of [
    ['right_rectification', 'We will never change your personal information without telling you.'],
    ['statutory_contractual_requirement', 'If we need to use your data outside of normal activities then we will ask for your consent.'],
    ['statutory_contractual_requirement', 'You may require the rectification of your data.'],
    ['right_restriction', 'You may choose to restrict the collection or use of your personal information in the following ways:'],
    ['right_erasure', 'Otherwise please remove the "Further Information" section.'],
    ['retention', 'Under some legislations we may be allowed to process information until you object to such processing by opting out.'],
    ['statutory_contractual_requirement', 'We keep the data that is required for our tax return.'],
    ['right_portability', 'We may send your data to another company in our group.'],
    ['right_restriction', 'We may stop using this software for a while.'],
    ['statutory_contractual_requirement', 'We keep invoices because this is a statutory requirement.'],
    ['statutory_contractual_requirement', 'Users may refuse to accept cookies.'],
    ['third_country_transfers', 'Our founder was born in Canada.'],
    ['legal_basis', 'Under Article 60 of the Act, we cooperate with other authorities.'],
    ['right_rectification', 'If this policy changes, we will let you know.'],
    ['right_rectification', 'We may change the information on this website.'],
    ['right_restriction', 'You can restrict the information you share with us.'],
    ['right_restriction', 'You can restrict who sees your profile in your account settings.'],
    ['right_restriction', 'You can choose to restrict the collection of data by disabling JavaScript.'],
  ] as const) {
    const hit = await statusOf(`# Privacy\n\n${text}\n`, id, 'en');
    assert.ok(!given(hit.status), `${id}: ${hit.status}`);
  }
});

test('a question heading on transfers or automated decisions with a short answer under it addresses the element', async () => {
  const text = '# Privacy notice\n\n### Will the data be used for any automated decision making?\n\nNo\n\n### Is information transferred to a third country?\n\nNo\n';
  const adm = await statusOf(text, 'automated_decision_making', 'en');
  assert.deepEqual([adm.status, adm.line], ['met', 3]);
  const transfers = await statusOf(text, 'third_country_transfers', 'en');
  assert.deepEqual([transfers.status, transfers.line], ['met', 7]);
  const nl = await statusOf('# Privacy\n\n## Worden gegevens doorgegeven aan een derde land?\n\nNee.\n', 'third_country_transfers', 'nl');
  assert.equal(nl.status, 'met');
  // A question with nothing under it, or a long text under it that says nothing, is no answer.
  assert.ok(!given((await statusOf('# Privacy\n\n### Is information transferred to a third country?\n\n### Contact\n\nMail us.\n', 'third_country_transfers', 'en')).status));
  assert.ok(!given((await statusOf('# Privacy\n\n### Will the data be used for any automated decision making?\n\nNobody knows what the future brings.\n', 'automated_decision_making', 'en')).status));
});

test('a section headed by automated decisions with a decision word in it says whether they are made; a profiling heading does not', async () => {
  const hit = await statusOf('# Privacy\n\n### Geautomatiseerde besluitvorming\n\nDe gegevens worden niet gebruikt om studenten te vergelijken. Het systeem neemt ook geen beslissingen.\n', 'automated_decision_making', 'nl');
  assert.deepEqual([hit.status, hit.line], ['met', 5]);
  assert.ok(!given((await statusOf('# Privacy\n\n### Profilering\n\nWij nemen beslissingen over onze marketing.\n', 'automated_decision_making', 'nl')).status));
  assert.ok(!given((await statusOf('# Privacy\n\n## Automated decision-making\n\nSee our website.\n', 'automated_decision_making', 'en')).status));
  assert.ok(!given((await statusOf('# Privacy\n\n## Automated decision making\n\nYou have the right not to be subject to automated individual decision making which produces legal effects.\n', 'automated_decision_making', 'en')).status));
});

test('a purpose tagged with legitimate interest in brackets gives the interest; a bare basis label does not', async () => {
  const nl = await statusOf('# Privacy\n\nWij verwerken je gegevens voor:\n\n- Klantenservice en het beantwoorden van je vragen (gerechtvaardigd belang).\n', 'legitimate_interests', 'nl');
  assert.deepEqual([nl.status, nl.line], ['met', 5]);
  const en = await statusOf('# Privacy\n\nWe process your data for:\n\n- Customer service and answering your questions (legitimate interest).\n', 'legitimate_interests', 'en');
  assert.equal(en.status, 'met');
  assert.ok(!given((await statusOf('# Privacy\n\nLegal basis (legitimate interest).\n', 'legitimate_interests', 'en')).status));
  assert.equal((await statusOf('# Privacy\n\nOur legitimate interests include fraud prevention and network security.\n', 'legitimate_interests', 'en')).status, 'met');
  assert.ok(!given((await statusOf('# Privacy\n\nWe rely on legitimate interests. Your interests are not overridden.\n', 'legitimate_interests', 'en')).status));
});

test('a transfer to another country is not the portability right', async () => {
  const near = await statusOf('# Privacy\n\nWe may transfer your data to another country.\n', 'right_portability', 'en');
  assert.ok(!given(near.status), near.status);
  const hit = await statusOf('# Privacy\n\nYou may ask us to transfer your data to another provider.\n', 'right_portability', 'en');
  assert.ok(given(hit.status), hit.status);
});

test('the complaint right is met by a sentence naming the authority by its short name ("the ICO")', async () => {
  const text = '# Privacy\n\nThe Information Commissioner\'s Office (ICO) regulates data protection in the UK.\n\nIf you have concerns, you can raise them with the ICO.\n';
  const hit = await statusOf(text, 'right_complaint', 'en');
  assert.ok(given(hit.status), hit.status);
  // A sentence that names no authority is no complaint right ("raise them with us").
  const near = await statusOf('# Privacy\n\nIf you have concerns, you can raise them with us.\n', 'right_complaint', 'en');
  assert.ok(!given(near.status), near.status);
});

test('a rights section that states the organisation\'s bases gives them; a condition there does not', async () => {
  // The webshop template: "we note that we are processing your information in order to fulfil contracts …".
  const hit = await statusOf('# Privacy\n\n## Your rights\n\nWe note that we are processing your information in order to fulfil contracts we might have with you, or to pursue our legitimate business interests.\n', 'legal_basis', 'en');
  assert.ok(given(hit.status), hit.status);
  assert.equal(hit.line, 5);
  for (const miss of ['Where we rely on legitimate interests, you may object.', 'If we process your data based on legitimate interests, you may object.']) {
    assert.equal((await statusOf(`# Privacy\n\n## Your rights\n\n${miss}\n`, 'legal_basis', 'en')).status, 'missing', miss);
  }
});

test('third countries named in what the right of access tells are no statement about transfers; elsewhere they are', async () => {
  const item = '- an welche Empfänger die Daten gehen und, wenn die Daten an Drittländer übermittelt werden, wie die Sicherheit garantiert wird.';
  const access = await statusOf(`# Datenschutz\n\n## Ihre Rechte\n\nSie haben das Recht auf Auskunft über folgende Informationen:\n\n${item}\n`, 'third_country_transfers', 'de');
  assert.equal(access.status, 'missing');
  // The same entry after an introduction that is not about access is a statement.
  const other = await statusOf(`# Datenschutz\n\n## Weitergabe\n\nFür die Weitergabe gilt:\n\n${item}\n`, 'third_country_transfers', 'de');
  assert.ok(given(other.status), other.status);
  // A transfer stated under a rights heading still counts.
  const stated = await statusOf('# Privacy\n\n## Your data and your rights\n\nYour information will be transferred outside of Europe, including to the United States.\n', 'third_country_transfers', 'en');
  assert.ok(given(stated.status), stated.status);
});

test('legitimate interests: a purpose clause beside the basis gives the interest, unless it is the basis\'s own wording or the sentence lists several bases', async () => {
  const met = await statusOf('# Privacy\n\nWe rely on our legitimate interests to prevent fraud on our platform.\n', 'legitimate_interests', 'en');
  assert.equal((await statusOf('# Privacy\n\nIt is in our legitimate interests to use it to prevent fraud.\n', 'legitimate_interests', 'en')).status, 'met');
  assert.equal(met.status, 'met');
  assert.equal(met.line, 3);
  for (const miss of [
    'We process your data:\n\n- (a) with your consent\n- (b) to perform a contract with you\n- (e) to pursue our legitimate interests',
    'The bases for processing this information are respectively consent, legitimate interest and to fulfill a contract.',
    'We keep it because it is in our legitimate business interests to use it.',
    'Processing is lawful where (i) you have given your consent; (ii) it is necessary for the performance of a contract; (iii) it is necessary for compliance with a legal obligation; or (iv) it is necessary for the purposes of the legitimate interests pursued by us.',
  ]) {
    assert.equal((await statusOf(`# Privacy\n\n${miss}\n`, 'legitimate_interests', 'en')).status, 'missing', miss);
  }
});

test('an authority\'s address card after an introduction that ends in a colon: the complaint word may stand in the introduction', async () => {
  const card = await statusOf('# Datenschutz\n\nDas Mitglied hat ein Beschwerderecht. Zuständig ist dafür:\n\nDer Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern, Schloss Schwerin\n', 'right_complaint', 'de');
  assert.ok(given(card.status), card.status);
  assert.equal(card.line, 5);
  const nl = await statusOf('# Privacy\n\nBen je het niet eens met hoe wij met je gegevens omgaan, dan kun je een klacht indienen bij:\n\nAutoriteit Persoonsgegevens, Postbus 93374, 2509 AJ Den Haag\n', 'right_complaint', 'nl');
  assert.ok(given(nl.status), nl.status);
  // No complaint word in the introduction, or a breach report: no complaint right.
  for (const [text, lang] of [
    ['# Datenschutz\n\nDie zuständige Aufsichtsbehörde ist:\n\nDer Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern\n', 'de'],
    ['# Privacy\n\nIf a data breach occurs we will report it to:\n\nInformation Commissioner\'s Office, Wycliffe House\n', 'en'],
  ] as const) assert.equal((await statusOf(text, 'right_complaint', lang)).status, 'missing', text);
});

test('a complaint sentence that links to the authority\'s own site addresses the complaint right, without naming an authority in the model', async () => {
  for (const [text, lang] of [
    ['Het indienen van een klacht is mogelijk via de volgende link: https://autoriteitpersoonsgegevens.nl/nl/zelfdoen/privacyrechten/klacht-over-gebruik-persoonsgegevens', 'nl'],
    ['You can lodge a complaint at https://ico.org.uk/make-a-complaint/.', 'en'],
    ['Vous pouvez adresser une réclamation sur https://www.cnil.fr/fr/plaintes.', 'fr'],
  ] as const) {
    const hit = await statusOf(`# Privacy\n\n${text}\n`, 'right_complaint', lang);
    assert.ok(given(hit.status), `${hit.status}: ${text}`);
    assert.equal(hit.line, 3);
  }
  const { model } = await parsePolicyText('# Privacy\n\nYou can lodge a complaint at https://ico.org.uk/make-a-complaint/.\n', { format: 'markdown', language: 'en' });
  assert.equal(model.supervisoryAuthority, null);
  // A link to the authority about something else, or the authority's name in another site's path: no complaint right.
  for (const [text, lang] of [
    ['Meer informatie over cookies vindt u op https://autoriteitpersoonsgegevens.nl/cookies.', 'nl'],
    ['U kunt een klacht indienen via https://www.voorbeeld.nl/autoriteitpersoonsgegevens.', 'nl'],
  ] as const) assert.equal((await statusOf(`# Privacy\n\n${text}\n`, 'right_complaint', lang)).status, 'missing', text);
});

test('providing data: given of the person\'s own accord, collected only when handed over, or the conditional without it', async () => {
  const met: [string, Language][] = [
    ['Wir erheben nur Daten, die Sie uns freiwillig zur Verfügung stellen.', 'de'],
    ['We only collect your e-mail address when you give it to us by filling in the form.', 'en'],
    ["Nous ne collectons votre e-mail que lorsque vous nous le communiquez en remplissant le formulaire.", 'fr'],
    ['Zonder deze verwerking zou de vereniging de gevraagde diensten niet kunnen aanbieden.', 'nl'],
  ];
  for (const [text, lang] of met) assert.ok(given((await statusOf(`# Privacy\n\n${text}\n`, 'statutory_contractual_requirement', lang)).status), text);
  // Consent given voluntarily, collection conditional on consent or on use, cookies a site needs: no statement.
  const missing: [string, Language][] = [
    ['Ihre Einwilligung, die Sie uns freiwillig erteilen, können Sie widerrufen.', 'de'],
    ['We only process your data if you give us your consent.', 'en'],
    ['We only process your data when you use our service.', 'en'],
    ['Nous ne traitons vos données que si vous nous donnez votre consentement.', 'fr'],
    ['Zonder deze cookies zou de website niet goed kunnen werken.', 'nl'],
  ];
  for (const [text, lang] of missing) assert.equal((await statusOf(`# Privacy\n\n${text}\n`, 'statutory_contractual_requirement', lang)).status, 'missing', text);
});

test('recipients (fr): sharing with third parties stated either way, or only with the organisation\'s own people', async () => {
  for (const text of [
    'Vos données personnelles ne sont ni partagées, ni vendues, ni louées à des tiers.',
    "Nous ne partageons aucune information personnelle que nous collectons via l'Application avec des tiers.",
    "Vos données sont partagées avec des tiers uniquement dans le cadre d'une mission nécessitant le dépôt de documents.",
    'Nous partageons des informations vous concernant lorsque cela est nécessaire pour fournir le service.',
    'Elles sont strictement destinées aux services communaux habilités à la gestion de ces opérations.',
  ]) assert.ok(given((await statusOf(`# Confidentialité\n\n${text}\n`, 'recipients', 'fr')).status), text);
  for (const text of ['Elles sont destinées à améliorer nos services.', 'Nous partageons votre enthousiasme pour la musique.', 'Ces offres sont destinées aux personnes majeures.']) {
    assert.equal((await statusOf(`# Confidentialité\n\n${text}\n`, 'recipients', 'fr')).status, 'missing', text);
  }
});

test('retention: "not stored" answers it; "not stored for other purposes" is a purpose limit', async () => {
  for (const [text, lang] of [['Ihre IP-Adresse wird nicht gespeichert.', 'de'], ['Uw IP-adres wordt niet opgeslagen.', 'nl']] as const) {
    assert.ok(given((await statusOf(`# Privacy\n\n${text}\n`, 'retention', lang)).status), text);
  }
  for (const [text, lang] of [
    ['Die Daten werden nur zur Bearbeitung Ihrer Anfrage verwendet und nicht für andere Zwecke gespeichert.', 'de'],
    ['De gegevens worden alleen gebruikt voor uw aanvraag en niet voor andere doeleinden opgeslagen.', 'nl'],
  ] as const) assert.equal((await statusOf(`# Privacy\n\n${text}\n`, 'retention', lang)).status, 'missing', text);
});

test('what the right of access tells, in one sentence, is no statement about automated decisions or transfers', async () => {
  // Art. 15(1) enumerated in one sentence: access or information, and three of its items.
  const enumerations: [string, Language][] = [
    ['Insbesondere können Sie Auskunft über die Verarbeitungszwecke, die Kategorie der personenbezogenen Daten, die Kategorien von Empfängern, die geplante Speicherdauer sowie über das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling verlangen.', 'de'],
    ['In particular, you can request information about the processing purposes, the category of personal data, the categories of recipients, the planned storage period and the existence of automated decision-making including profiling.', 'en'],
    ["Vous pouvez obtenir des informations sur les finalités, les catégories de données, les destinataires, la durée de conservation et l'existence d'une prise de décision automatisée.", 'fr'],
    ['U kunt inzage vragen in de doelen, de categorieën van gegevens, de ontvangers, de bewaartermijn en het bestaan van geautomatiseerde besluitvorming.', 'nl'],
  ];
  for (const [text, lang] of enumerations) assert.equal((await statusOf(`# Ihre Rechte\n\n${text}\n`, 'automated_decision_making', lang)).status, 'missing', text);
  const transfers = 'Insbesondere können Sie Auskunft über die Verarbeitungszwecke, die Kategorien von Empfängern, die geplante Speicherdauer sowie über die Übermittlung in Drittländer verlangen.';
  assert.equal((await statusOf(`# Ihre Rechte\n\n${transfers}\n`, 'third_country_transfers', 'de')).status, 'missing');
  // Near misses: a statement beside the enumeration, and sentences with fewer than three items, still count.
  const statements: [string, RequirementId, Language][] = [
    [`${enumerations[0][0]} Eine automatisierte Entscheidungsfindung findet nicht statt.`, 'automated_decision_making', 'de'],
    ['You can request information about the purposes and recipients; we do not use automated decision-making.', 'automated_decision_making', 'en'],
    ['Wir übermitteln Ihre Daten an Empfänger in Drittländern (USA) auf Grundlage von Standardvertragsklauseln.', 'third_country_transfers', 'de'],
  ];
  for (const [text, id, lang] of statements) assert.ok(given((await statusOf(`# Privacy\n\n${text}\n`, id, lang)).status), text);
});

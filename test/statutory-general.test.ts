/**
 * Art. 13(2)(e) in general wordings (ANNOTATION.md, "Judging presence"): a statement to the person that providing data
 * is required, voluntary, or what follows if they are not given. Sentences that only look like one stay missing: the
 * organisation's own duties, the legal basis ("processing is necessary for …"), consent, refusing cookies, what an
 * embedded service needs from a browser, a promise to tell later, an answer to an access request. Every sentence is
 * reworded, not copied from a policy; each match pins the line of its evidence.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicyText } from '../src/index.js';
import { evaluateRequirements } from '../src/rules/requirements.js';
import type { Language } from '../src/model/types.js';

async function statutory(text: string, language: Language): Promise<{ status: string; line: number | null }> {
  const { model, document } = await parsePolicyText(text, { format: 'markdown', language });
  const result = evaluateRequirements(model, document).find((r) => r.id === 'statutory_contractual_requirement')!;
  return { status: result.status, line: result.evidence[0]?.line ?? null };
}

const HEAD: Partial<Record<Language, string>> = { en: '# Privacy policy', nl: '# Privacyverklaring', de: '# Datenschutzerklärung', fr: '# Politique de confidentialité' };

/** A statement on line 3, after a heading and a neutral sentence. */
const doc = (language: Language, sentence: string): string => `${HEAD[language] ?? ''}\n\n${sentence}\n`;

const MATCHES: [Language, string][] = [
  ['en', 'Creating an account is not required to attend our meetups.'],
  ['en', 'Signing in is required, so we keep your name and e-mail address.'],
  ['en', 'You decide which details you share with us in your profile.'],
  ['en', 'Refusing to provide these answers means you cannot take part in the survey.'],
  ['en', 'The provision of your data for the study is not mandatory.'],
  ['en', 'The app still works without location access, but the map stays empty.'],
  ['en', 'If you are not happy to give your phone number, it will not be possible to provide you with the delivery service.'],
  ['en', 'If you take back your health details, we may not be able to continue with your booking.'],
  ['en', 'Not providing your date of birth may mean we cannot confirm your place.'],
  ['en', 'We ask for your address, without which we cannot send the parcel.'],
  ['en', 'Unless you give us a contact number, the courier cannot reach you.'],
  ['en', 'Where you choose not to share your dietary needs, the kitchen will serve the standard menu.'],
  ['en', 'It is entirely optional to give us your phone number.'],
  ['en', 'Without these details, we may not be able to issue your ticket.'],
  ['en', 'You will not be able to use the portal without the processing of your personal data.'],
  ['en', 'If you decline to give us your postcode, we cannot deliver the order.'],
  ['en', 'To become a member, we need to ask you for your name and date of birth.'],
  ['en', 'If this information is not provided, we cannot open the account.'],
  ['nl', 'Het hangt af van welke gegevens u zelf aan ons wilt geven.'],
  ['nl', 'Alles is optioneel: de app werkt ook zonder.'],
  ['nl', 'Voor deelname aan de cursus is het noodzakelijk dat een deelnemer zich aanmeldt via het portaal.'],
  ['nl', 'Het medische formulier dient vooraf te worden ingevuld door de ouders.'],
  ['nl', 'Wij verzamelen geen persoonsgegevens, tenzij je deze vrijwillig verstrekt.'],
  ['nl', 'Indien deze gegevens niet worden verstrekt, kan uw kind niet mee op kamp.'],
  ['nl', 'U kunt ervoor kiezen geen gegevens te verstrekken.'],
  ['de', 'Sie entscheiden selbst, welche Angaben Sie uns mitteilen.'],
  ['de', 'Die Entscheidung über weitere Angaben trifft jedes Mitglied freiwillig.'],
  ['de', 'Für den Newsletter braucht es weder Namen noch Telefonnummer.'],
  ['de', 'Wir bearbeiten Angaben, die eine Person bei der Anmeldung freiwillig an uns übermittelt.'],
  ['de', 'Eine Registrierung ist für die Nutzung nicht erforderlich.'],
  ['de', 'Die App funktioniert auch ohne Standortfreigabe.'],
  ['de', 'Wenn die erforderlichen Angaben nicht bereitgestellt werden, können wir den Auftrag nicht ausführen.'],
  ['fr', 'La collecte de ces informations est obligatoire pour vous répondre.'],
  ['fr', "Votre accord est exprimé par l'envoi volontaire du formulaire."],
  ['fr', "Il n'est pas nécessaire de s'inscrire pour consulter le site."],
  ['fr', 'Les membres sont tenus de fournir une adresse e-mail pour se connecter.'],
  ['fr', "Cette collecte n'est pas facultative, car elle est nécessaire au fonctionnement du service."],
  ['fr', 'Pour devenir membre, nous devons te demander plusieurs informations : ton nom et ton adresse.'],
  ['fr', 'Si ces informations ne sont pas fournies, votre inscription ne pourra pas être validée.'],
  ['fr', 'Vous décidez des informations que vous nous communiquez.'],
  // Registration and forms: what they require, what may be left out.
  ['en', 'You do not need to create an account to use the app.'],
  ['en', 'Registration requires a valid email address.'],
  ['en', 'To use the forum, you must first register.'],
  ['en', 'Submission of the contact form is voluntary.'],
  ['en', 'It is not mandatory to provide your phone number.'],
  ['en', 'The optional fields can be left empty.'],
  ['en', 'Only your email address is required.'],
  // The general English shapes of the statement: the provision (not) required by law or contract, the person not
  // bound, the data needed for the service asked for, what follows without them, the mandatory data named.
  ['en', 'The provision of your personal data is neither legally nor contractually required.'],
  ['en', 'The provision of personal data is not required by law or contract.'],
  ['en', 'The provision of the data is a precondition for concluding the contract.'],
  ['en', 'You are not legally or contractually obliged to provide your personal data.'],
  ['en', 'You are not obliged to answer all questions.'],
  ['en', 'It is a contractual requirement to provide your bank details.'],
  ['en', 'This information is required by law.'],
  ['en', 'The law requires us to collect your date of birth.'],
  ['en', 'You have the option not to provide the data.'],
  ['en', 'The data you provide is necessary for us to perform the contract.'],
  ['en', 'We will not be able to register you without your date of birth.'],
  ['en', 'You may choose not to disclose your gender.'],
  ['en', 'The only mandatory information is your email address.'],
  ['en', 'Mandatory information: name, email address.'],
  ['en', 'We will only be able to respond to your enquiry if you provide your contact details.'],
  ['en', 'If we do not receive this information, we will be unable to process your application.'],
  ['en', 'The consequence of not providing the data is that we cannot process your application.'],
  ['en', 'We need this information to process your order.'],
  ['en', 'In order to provide you with our services, we require certain personal data.'],
  ['en', 'Your date of birth is required for age verification.'],
  ['en', 'There is no need to provide your real name.'],
  ['en', 'It is not necessary to provide your name.'],
  ['en', 'Participation is voluntary and you may stop at any time.'],
  ['en', 'If you do not supply the requested information, we may be unable to fulfil your order.'],
  ['en', 'If you prefer not to provide your details, you can still use the site anonymously.'],
  ['en', 'Failure to supply this information may result in the cancellation of your booking.'],
  ['en', 'It is impossible for us to deliver your order without your address.'],
  ['en', 'Applications without this information cannot be processed.'],
  ['en', 'If the required information is missing, we cannot process your request.'],
  // The German generators in English, refusal and unwillingness, the choice and a duty to come.
  ['en', 'The processing of the data specified in this section is neither legally nor contractually required.'],
  ['en', 'This processing is neither required by law nor by contract.'],
  ['en', 'The use of our website is usually possible without providing personal data.'],
  ['en', 'If you would like to receive the newsletter, we need an email address from you.'],
  ['en', 'You can of course refuse to provide personal data.'],
  ['en', 'If you are unwilling to provide this information, we cannot help you.'],
  ['en', 'Whether you provide personal data is your choice.'],
  ['en', 'You will be required to provide your name when you register.'],
  ['en', 'The information we ask you for is necessary to perform the contract.'],
  // What is essential, all fields, no account, handed over by choice, questions that may be left, not asked at all.
  ['en', 'We need to know your basic personal data in order to provide you with our services.'],
  ['en', 'Your information is essential for us to process your order.'],
  ['en', 'All fields in the form are mandatory.'],
  ['en', 'No account is required.'],
  ['en', 'Crash logs are only shared if you choose to send them to us.'],
  ['en', 'It is vital that you share any relevant medical information with us.'],
  ['en', 'We do not ask you to provide any personal data.'],
  ['en', 'You are not asked to provide any personal information.'],
  ['en', 'You cannot place an order without providing your address.'],
  ['en', 'Answering these questions is optional.'],
  ['en', "You don't have to answer every question."],
  ['en', 'You can skip any question you do not want to answer.'],
  // A piece of data with its kind, the employee's duty, data to be provided to enter a contract.
  ['en', "We'll need your payment information to process your order."],
  ['en', 'We require your bank details to pay your salary.'],
  ['en', 'You have some obligations under your employment contract to provide the organisation with data.'],
  ['en', 'Certain information, such as contact details, your right to work in the UK and payment details, have to be provided to enable us to enter a contract of employment with you.'],
  ['en', 'Some information, such as your name, is required to book a table.'],
  ['en', 'We can only process your application if we have your full details.'],
  ['en', 'You provide all personal data to us voluntarily.'],
  ['en', 'We will collect this information only if you voluntarily choose to give it to us.'],
  ['en', 'You have an obligation to provide us with accurate information.'],
  ['de', 'Zur Durchführung des Vertrages benötigen wir Ihren Namen und Ihre Anschrift.'],
  ['de', 'Für die Nutzung der App ist kein Benutzerkonto notwendig.'],
  ['de', 'Die Nutzung ist auch anonym möglich.'],
  ['de', 'Sie können uns auch ohne Angabe Ihres Namens schreiben.'],
  // Using the site anonymously, data the organisation must collect from the person; Dutch: voluntary in full, the data
  // needed in a list, the law's list of data, the person who need not give them.
  ['en', 'You may, however, browse the shop anonymously.'],
  ['en', 'You can of course use the forum anonymously.'],
  ['en', 'To meet our licence conditions it is essential that we obtain certain personal details from you when you book.'],
  ['nl', 'De nieuwsbrief en de enquête zijn volledig vrijwillig.'],
  ['nl', 'Voor een bestelling heb je minimaal een naam en e-mailadres nodig.'],
  ['nl', 'Wij zijn wettelijk verplicht het lidnummer, de naam en de geboortedatum en het rijksregisternummer van elk lid op te vragen.'],
  ['nl', 'Je hoeft je telefoonnummer niet op te geven.'],
  ['nl', 'U hoeft geen persoonsgegevens te verstrekken om de site te bekijken.'],
];

const MISSES: [Language, string][] = [
  // The legal basis, not a statement about providing data.
  ['en', 'Processing your personal data is necessary for our legitimate interests in running the service.'],
  ['en', 'We rely on this because the data is necessary for our performance of a contract with you.'],
  // An answer to an access request.
  ['en', 'In most cases we will not be able to provide you with any data, since we keep none.'],
  // Consent and cookies.
  ['en', 'If you do not give it, you can still read every page.'],
  ['en', 'Where you do not give us your consent, we will not send newsletters.'],
  ['en', 'Unless you give us your consent, we will not use analytics.'],
  ['en', 'To use these rights, you need to submit a written request to our office.'],
  ['en', 'If you ask electronically, the information must be provided in a common electronic format.'],
  ['en', 'Some records may be required to be kept for audit purposes.'],
  ['en', 'We may need to ask the authorities for information about the incident.'],
  ['en', 'If you decline, we will not set any analytics cookies.'],
  ['en', 'To exercise these rights, you will need to provide enough information to identify you.'],
  ['en', 'If you disable cookies, some parts of the site may not work as intended.'],
  ['en', 'Giving your consent is entirely voluntary.'],
  // A promise to tell later, and what the organisation must do.
  ['en', 'When we ask for information, we will tell you whether providing it is mandatory.'],
  ['en', 'Authorities where reporting is mandatory under law.'],
  // The Art. 17/18 grounds and a cookie that remembers input.
  ['en', 'We no longer need your personal data, but you require it for the establishment, exercise or defence of legal claims.'],
  ['en', "These cookies remember your answers so you don't have to give the same information again."],
  ['en', 'When we stop using a provider, I require that your data held by them is deleted.'],
  ['en', 'We believe it is necessary to share information in order to investigate fraud.'],
  ['en', 'You do not need to give us your consent for this.'],
  ['en', 'You must register your complaint within 30 days.'],
  ['en', 'Registration requires your consent.'],
  ['en', 'The form requires JavaScript.'],
  ['en', 'Profile: your name and a short bio (optional field).'],
  // The organisation's own duties and what it passes on, worded like the statement.
  ['en', 'We are required by law to keep records for seven years.'],
  ['en', 'Third parties are obliged to keep your data confidential.'],
  ['en', 'Service providers are contractually obliged to process data only on our instructions.'],
  ['en', 'The provision of our services is necessary for the contract.'],
  ['en', 'The provision of information to the authorities is required by law.'],
  ['en', 'The provision of data to our processors is necessary for hosting.'],
  ['en', 'Personal data is required by law to be retained for six years.'],
  ['en', 'The law requires us to keep your records for six years.'],
  ['en', 'We have a legal obligation to provide information to the tax authority.'],
  ['en', 'You have the right not to be subject to automated decision-making.'],
  ['en', 'You are not legally bound by this policy.'],
  ['en', 'We need this data to comply with our legal obligations.'],
  ['en', 'If we do not hold any information about you, we will tell you.'],
  ['en', 'If we do not have any information about you, we cannot answer your request.'],
  ['en', 'The mandatory data retention period is ten years.'],
  ['en', 'We will only be able to send you newsletters if you give us your consent.'],
  ['en', 'The consequences of the processing for you are limited.'],
  ['en', 'To comply with the law, we need certain data from our suppliers.'],
  ['en', 'It is not necessary to provide your data to third parties.'],
  ['en', 'We are not legally or contractually obliged to keep your data.'],
  ['en', 'We may refuse to provide information that would disclose data about other people.'],
  ['en', 'If you are unable to provide consent, a parent must do so.'],
  ['en', 'You may be required to pay a reasonable fee.'],
  ['en', 'Our partners refuse to provide us with data.'],
  ['en', 'The security of your personal data is essential to us.'],
  ['en', 'It is essential that we keep your data secure.'],
  ['en', 'These cookies are for your convenience so that you do not have to fill in your details again.'],
  ['en', 'No fee is required.'],
  ['en', 'All fields are encrypted.'],
  ['en', 'You are not required to accept marketing emails.'],
  ['en', "We'll need your explicit consent to send you marketing."],
  ['en', 'We only send newsletters if we have your consent.'],
  ['en', 'You give us your consent to the transfer entirely voluntarily.'],
  ['en', 'It is necessary that you give your consent before we start.'],
  ['en', 'We will not ask you to provide your password by e-mail.'],
  ['en', 'Members have the obligation to provide support to each other.'],
  ['en', 'This policy is not legally or contractually binding.'],
  ['en', 'You have the right not to give your consent.'],
  ['en', 'If you need to have your personal data corrected, contact us.'],
  ['de', 'Zur Erfüllung des Vertrages benötigen wir die Unterstützung von Dienstleistern.'],
  ['de', 'Ist eine Einwilligung erforderlich, fragen wir Sie.'],
  ['de', 'Die Auswertung erfolgt anonym.'],
  ['de', 'Die Daten werden ohne Angabe Ihres Namens gespeichert.'],
  ['nl', 'Als u ervoor kiest cookies te weigeren, werkt de website mogelijk minder goed.'],
  ['nl', 'Zonder het IP-adres kan de externe dienst de video niet tonen.'],
  ['nl', 'Het geven van toestemming is vrijwillig.'],
  ['nl', 'Alle andere persoonsgegevens die u vrijwillig aan ons verstrekt.'],
  ['de', 'Die Abgabe der Einwilligung ist freiwillig.'],
  ['de', 'Der Anbieter kann die Schriftarten ohne die IP-Adresse nicht an Ihren Browser senden.'],
  ['de', 'Wenn Sie Cookies deaktivieren, können Sie nicht alle Funktionen nutzen.'],
  ['de', 'Wir speichern Daten nur so lange, wie es für die Bereitstellung unserer Dienstleistungen notwendig ist.'],
  ['de', 'Diese Daten sind erforderlich, um die Sicherheit und Stabilität der Website zu gewährleisten.'],
  ['de', 'Die Erhebung dieser Daten ist erforderlich, um einen Missbrauch nachvollziehen zu können.'],
  ['de', 'Wenn Sie mit Daten, die ohne die Verwendung von Cookies erhoben werden, nicht einverstanden sind, können Sie widersprechen.'],
  ['fr', 'Nous sommes tenus de fournir certaines informations aux autorités fiscales.'],
  ['fr', "L'association est obligée de fournir un registre des membres à la fédération."],
  ['fr', 'Nous ne sommes pas tenus de donner suite à une demande manifestement abusive.'],
  ['fr', "Nous ne collectons pas volontairement d'informations auprès d'enfants de moins de 13 ans."],
  ['fr', "Si le traitement des données est nécessaire pour l'exécution d'un contrat, il repose sur cette base."],
  ['fr', 'Vous devez nous fournir une copie de document afin de justifier de votre identité.'],
  ['fr', 'Si vous refusez les cookies, certaines fonctions du site ne pourront pas être utilisées.'],
  ['fr', 'Le consentement est toujours facultatif.'],
  ['en', 'We analyse how visitors use our site anonymously.'],
  ['en', 'We collect information from you when you register on our site.'],
  ['en', 'It is important that we keep your information from you safe.'],
  ['nl', 'Het geven van toestemming is volledig vrijwillig.'],
  ['nl', 'Heb je hulp nodig bij het invullen?'],
  ['nl', 'We zijn wettelijk verplicht uw facturen zeven jaar te bewaren.'],
  ['nl', 'Je hoeft je geen zorgen te maken over je gegevens.'],
  ['nl', 'U hoeft niets te doen.'],
];

for (const [language, sentence] of MATCHES) {
  test(`statutory (${language}) met: ${sentence}`, async () => {
    assert.deepEqual(await statutory(doc(language, sentence), language), { status: 'met', line: 3 });
  });
}

for (const [language, sentence] of MISSES) {
  test(`statutory (${language}) stays missing: ${sentence}`, async () => {
    assert.deepEqual(await statutory(doc(language, sentence), language), { status: 'missing', line: null });
  });
}

test('statutory: the statement is found after an excluded cookie sentence, with its own line', async () => {
  const text = `${HEAD.en}\n\nIf you block cookies, the site may look different.\n\nAn account is not required to read our articles.\n`;
  assert.deepEqual(await statutory(text, 'en'), { status: 'met', line: 5 });
});

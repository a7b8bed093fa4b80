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
  // Which data are needed, said in a template's promise; enough to give an address; members' data needed.
  ['de', 'Welche Angaben für diese Zwecke erforderlich sind, teilen wir Ihnen beim Ausfüllen des Formulars mit.'],
  ['de', 'Wir informieren unsere Kunden bei der Bestellung, welche Daten dafür notwendig sind.'],
  ['de', 'Für die Teilnahme reicht es aus, wenn Sie uns Ihren Vornamen nennen.'],
  ['de', 'Für neue Mitglieder benötigen wir die auf dem Aufnahmeantrag abgefragten persönlichen Daten.'],
  ['fr', "Il est précisé à l'internaute, lors de la saisie, l'obligation ou non de fournir chacune de ces informations."],
  ['de', 'Pflichtangabe ist nur die E-Mail-Adresse.'],
  ['de', 'Lediglich die Telefonnummer ist verpflichtend.'],
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
  ['de', 'Wir erheben die Daten, die für den Vertrag nötig sind, und weisen auf die Erforderlichkeit ihrer Angabe hin.'],
  ['de', 'Du bist gesetzlich oder vertraglich nicht verpflichtet, uns diese Angaben zu machen.'],
  ['de', 'Es besteht keine Verpflichtung, uns Ihre personenbezogenen Daten mitzuteilen.'],
  ['de', 'Eine Pflicht zur Bereitstellung Ihrer Daten besteht nicht.'],
  ['de', 'Erforderliche Angaben sind im Bestellformular als solche gekennzeichnet.'],
  ['de', 'Die Angabe einer Telefonnummer ist Voraussetzung für die Terminbuchung.'],
  ['de', 'Die Datenerhebung ist zur Durchführung der Mitgliedschaft erforderlich.'],
  ['de', 'Für einen Vertragsschluss erforderlich sind Name und Anschrift.'],
  ['fr', "Pour participer au tirage au sort, les informations suivantes vous sont demandées : nom, e-mail."],
  ['fr', 'Sans ces informations, votre inscription ne pourra pas être validée.'],
  ['fr', "L'absence de communication de ces données empêche le traitement de votre candidature."],
  ['fr', 'Les données demandées sont nécessaires pour vous inscrire à l’atelier.'],
  ['de', 'Die im Formular abgefragten Angaben müssen vollständig angegeben werden.'],
  ['de', 'Anderenfalls ist eine Buchung nicht möglich.'],
  ['de', 'Eine Anmeldung zum Kurs ist ohne Angabe der Telefonnummer nicht möglich.'],
  ['de', 'Sollten Sie die erforderlichen Angaben nicht machen, kann die Bestellung nicht ausgeführt werden.'],
  ['de', 'Sie können frei entscheiden, ob Sie uns Ihre Telefonnummer mitteilen.'],
  ['de', 'Sie können unser Forum auch ohne Registrierung nutzen.'],
  ['fr', 'Faute de quoi, votre réservation ne pourra être confirmée.'],
  ['fr', 'Sinon, votre adhésion ne pourra pas être enregistrée.'],
  ['fr', 'Tout dossier incomplet ne pourra être examiné.'],
  ['fr', "Il n'est pas obligatoire de renseigner votre date de naissance."],
  ['fr', 'Vous pouvez consulter le catalogue sans créer de compte.'],
  ['fr', 'Ces informations sont nécessaires pour que nous puissions traiter votre réclamation.'],
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
  // Data items labelled as a form labels them, forms the person must fill in, something that asks for data, the choice
  // left to the person, the verb first, what is impossible without it.
  ['en', '- Comment text (voluntary)'],
  ['en', '- Phone numbers (one mandatory, one optional)'],
  ['en', 'Parents must fill in the medical and consent forms before the trip.'],
  ['en', 'Booking a class online may require you to enter personal information.'],
  ['en', 'You must first log in with your school account to use the planner.'],
  ['de', '- Benutzername (Pflicht), Profilbild (optional)'],
  ['de', 'Welche Angaben Sie im Freitext machen, bleibt Ihnen überlassen.'],
  ['fr', '- Commentaires : prénom, texte (volontaires).'],
  ['fr', "Sont obligatoires dans le bulletin d'adhésion les champs « nom » et « courriel »."],
  ['fr', "Nous avons besoin de l'adresse de livraison pour vous envoyer le colis."],
  ['fr', "Sans cette information, la réservation est impossible."],
  ['fr', "Les membres ne peuvent pas réserver de salle sans avoir, au préalable, créé un compte."],
  ['nl', 'Je hoeft ons niet te voorzien van persoonlijke informatie om de site te bekijken.'],
  ['nl', 'De app vraagt geen account.'],
  ['nl', '- Profielfoto (vrijwillig)'],
  // Wordings the gold evidence counts in policies where another sentence also gave the element.
  ['en', 'Any details sent to us on a voluntary basis are kept for a year.'],
  ['en', 'We keep the answers that members have given us voluntarily.'],
  ['en', 'If you refrain from providing these details, you may not be able to enter the competition.'],
  ['en', 'A phone number is required from you so that the driver can call.'],
  ['en', 'Entering this information is never obligatory.'],
  ['en', 'Sending us documents by e-mail takes place voluntarily.'],
  ['en', 'You can always decide whether or not to provide the optional details.'],
  ['en', 'We cannot send you the letter unless you give me your postal address.'],
  ['de', 'Eine Nutzung der Seiten ist grundsätzlich ohne jede Angabe personenbezogener Daten möglich.'],
  ['de', 'Die Eingabe der Daten erfolgt auf ausdrücklich freiwilliger Basis.'],
  ['de', 'Wir fragen freiwillige Angaben zur Altersgruppe ab.'],
  ['de', 'Die erforderlichen Angaben sind im Formular als solche gekennzeichnet.'],
  ['de', 'Natürlich sind Sie zu keiner Zeit verpflichtet, uns Ihre Daten zu nennen.'],
  ['de', 'Wir können die Buchung nur abschließen, sofern Sie uns Ihre Anschrift mitteilen.'],
  ['de', 'Für die Anmeldung ist die Angabe einer gültigen E-Mail-Adresse notwendig.'],
  ['de', 'Für das Konto sind Ihr Name und Ihre E-Mail-Adresse erforderlich.'],
  ['fr', "Seule l'adresse électronique est nécessaire pour recevoir la lettre d'information."],
  ['nl', 'Het e-mailadres is noodzakelijk om de bevestiging te sturen.'],
  ['nl', 'Het achterlaten van je telefoonnummer is niet verplicht.'],
  ['nl', 'Voor het gebruik van de app is het aanmaken van een persoonlijk gebruikersaccount vereist.'],
  // Accounts, the verb first, a piece of data as the condition.
  ['de', 'Diese Website kann grundsätzlich ohne Registrierung besucht werden.'],
  ['de', 'Ohne Registrierung ist die Nutzung der App nicht möglich.'],
  ['de', 'Für die Lieferung sind folgende Angaben notwendig: Name und Anschrift.'],
  ['nl', 'Je kunt de app gebruiken zonder account.'],
  ['nl', 'Voor het aanmaken van een account is een e-mailadres vereist.'],
  ['nl', 'We kunnen je bestelling niet verwerken zonder je adres.'],
  ['nl', 'Het is niet verplicht om een account aan te maken.'],
  ['nl', 'De overige velden zijn optioneel.'],
  ['nl', 'Zonder inloggen kun je de app niet gebruiken.'],
  ['fr', 'Faute de ces informations, votre commande ne pourra être traitée.'],
  ['en', 'Contact details are collected on an optional basis.'],
  ['en', 'Each applicant will be required to complete and submit an application form and a CV.'],
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
  ['de', 'Es besteht keine Pflicht, einen Datenschutzbeauftragten zu benennen.'],
  ['de', 'Es besteht keine Verpflichtung zur Löschung, solange Aufbewahrungsfristen laufen.'],
  ['de', 'Die Datenerhebung ist zur Wahrung unserer berechtigten Interessen erforderlich.'],
  ['de', 'Die Speicherung ist Voraussetzung für den sicheren Betrieb der Website.'],
  ['de', 'Für den Empfang des Newsletters ist die Angabe einer E-Mail-Adresse ausreichend.'],
  ['fr', 'Les informations qui vous sont demandées par le prestataire de paiement relèvent de sa politique.'],
  ['fr', 'Sans votre consentement, ces traceurs ne seront pas déposés.'],
  ['fr', "En cas d'absence de réponse dans un délai d'un mois, vous pouvez saisir la CNIL."],
  ['de', 'Bitte aktivieren Sie JavaScript. Andernfalls können Sie die Seite nicht richtig nutzen.'],
  ['de', 'Die Rechnungen müssen zehn Jahre aufbewahrt werden.'],
  ['fr', 'Sinon, nous ne pourrons pas vous garantir un affichage correct du site.'],
  ['fr', "Sinon, le site ne pourra pas s'afficher correctement."],
  ['fr', 'Faute de quoi, les traceurs ne seront pas déposés.'],
  ['en', 'We analyse how visitors use our site anonymously.'],
  ['en', 'We collect information from you when you register on our site.'],
  ['en', 'It is important that we keep your information from you safe.'],
  ['nl', 'Het geven van toestemming is volledig vrijwillig.'],
  ['nl', 'Heb je hulp nodig bij het invullen?'],
  ['nl', 'We zijn wettelijk verplicht uw facturen zeven jaar te bewaren.'],
  ['nl', 'Je hoeft je geen zorgen te maken over je gegevens.'],
  ['nl', 'U hoeft niets te doen.'],
  // A site or service provided is no data provided; an embed needs an address from the browser; a click is no handing over.
  ['de', 'Beim Aufruf werden technische Daten verarbeitet, die für den Betrieb und die Bereitstellung der Webseite notwendig sind.'],
  ['de', 'Die Bereitstellung unserer Dienste ist ohne Hosting nicht möglich.'],
  ['de', 'Der Anbieter kann ohne diese IP-Adresse das Video nicht an Ihren Browser senden.'],
  ['de', 'Wir prüfen jährlich, welche Daten nicht mehr erforderlich sind.'],
  ['de', 'Es reicht aus, wenn Sie uns eine kurze Nachricht schicken.'],
  ['de', 'Die Adresse ist im Impressum angegeben.'],
  ['fr', 'Vous quittez notre site si vous cliquez volontairement sur un lien vers Instagram.'],
  ['fr', "Nous sommes soumis à l'obligation de fournir ces informations aux autorités fiscales."],
  // Near misses of the same wordings: a field merely labelled optional, a conditional "(if required)", the label of a
  // cookie or e-mail, training rather than a form, the app template's "for a better experience", a request to exercise a
  // right, no requirement; the organisation refusing to act, consent, its own legal duty; data handed over to the
  // organisation; a copy the organisation need not give.
  ['en', '- Phone number (optional)'],
  ['en', '- Tax authorities (if required)'],
  ['en', '- Analytics cookies (required)'],
  ['en', 'Staff must complete data protection training every year.'],
  ['en', 'For a better experience, while using our Service, we may require you to provide us with certain personally identifiable information.'],
  ['en', 'We may require you to provide further details about your request.'],
  ['en', 'We do not require visitors to log in.'],
  ['de', '- Telefonnummer (optional)'],
  ['de', '- Service-E-Mails (Pflicht)'],
  ['de', 'Bei der Verarbeitung der uns überlassenen Daten beachten wir die Weisungen der Auftraggeber.'],
  ['fr', '- Numéro de téléphone (facultatif)'],
  ['fr', '- E-mails de service (obligatoires)'],
  ['fr', 'Le responsable du traitement peut refuser de donner suite à une demande manifestement infondée.'],
  ['fr', 'Sans votre consentement, la réservation est impossible.'],
  ['fr', 'Nous avons besoin de votre consentement pour ces cookies.'],
  ['nl', '- Telefoonnummer (optioneel)'],
  ['nl', '- Marketing-e-mails (vrijwillig)'],
  ['nl', 'Wij hoeven u niet te voorzien van een tweede kopie.'],
  // Near misses of those wordings: consent, a request not to send data, the organisation deciding, cookies, consent as the
  // condition, a role that is the only one.
  ['en', 'Your consent is given voluntarily and can be withdrawn.'],
  ['en', 'Please refrain from providing sensitive data in your message.'],
  ['en', 'We are free to decide whether to share data with partners.'],
  ['de', 'Technisch erforderliche Cookies sind im Banner gekennzeichnet.'],
  ['de', 'Wir können Ihnen den Newsletter nur senden, wenn Sie uns Ihre Einwilligung geben.'],
  ['fr', 'Seule la direction est habilitée à consulter les dossiers.'],
  // Their near misses: consent, cookies, the organisation's own registration, data it holds, a newsletter unsubscription.
  ['nl', 'Je kunt de website gebruiken zonder toestemming voor cookies.'],
  ['nl', 'Zonder toestemming kun je de kaart niet zien.'],
  ['de', 'Wir sind ohne Registrierung beim Handelsregister tätig.'],
  ['fr', 'Faute de réponse de notre part sous un mois, vous pouvez saisir la CNIL.'],
  ['en', 'Every member must give their consent before photos are published.'],
  ['en', 'Consent is given on an optional basis.'],
  ['en', 'The analytics cookie links each visit to the information voluntarily provided by the visitor.'],
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

test('statutory: a form laid out as a table column or a heading over a list marks data as required', async () => {
  const met: [Language, string][] = [
    ['en', '| Data | Purpose | Mandatory? |\n|---|---|---|\n| Name | Booking | Yes |\n| Phone | Reminders | No |'],
    ['fr', '| Donnée | Pourquoi | Obligatoire ? |\n|---|---|---|\n| Prénom | Accueil | Oui |'],
    ['nl', '| Toegang | Doel | Bij weigering |\n|---|---|---|\n| Camera | Foto maken | Geen foto mogelijk |'],
    ['de', '**2.1 Pflichtangaben**\n\n- E-Mail-Adresse\n- Passwort'],
  ];
  for (const [language, body] of met) {
    assert.deepEqual(await statutory(`${HEAD[language]}\n\n${body}\n`, language), { status: 'met', line: 3 }, body);
  }
  // A cookie table's column, a cookie list under a "Required" heading, the label over a paragraph, the word in a body cell.
  const missing: [Language, string][] = [
    ['en', '| Cookie | Purpose | Required |\n|---|---|---|\n| sid | Session | Yes |'],
    ['en', '## Cookies\n\n### Required\n\n- the session identifier\n- the language setting'],
    ['de', '**Pflichtangaben**\n\nWir nennen sie im Formular.'],
    ['en', '| Data | Purpose |\n|---|---|\n| Name | Mandatory for the booking |'],
  ];
  for (const [language, body] of missing) {
    assert.equal((await statutory(`${HEAD[language]}\n\n${body}\n`, language)).status, 'missing', body);
  }
});

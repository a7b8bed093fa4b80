/**
 * English wording as policies in general write it (policy generators, ICO-style templates, research notices, small
 * sites), not as one corpus file does: for each element a battery of everyday sentences that must address it, and
 * near misses that must not.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { parsePolicyText } from '../src/index.js';
import { evaluateRequirements } from '../src/rules/requirements.js';
import type { RequirementId } from '../src/rules/types.js';

async function statusOf(text: string, id: RequirementId): Promise<string> {
  const { model, document } = await parsePolicyText(text, { format: 'markdown', language: 'en' });
  return evaluateRequirements(model, document).find((r) => r.id === id)!.status;
}

const given = (status: string): boolean => status === 'met' || status === 'partial';

async function battery(id: RequirementId, matches: string[], misses: string[]): Promise<void> {
  for (const text of matches) assert.ok(given(await statusOf(text, id)), `should address ${id}: ${text}`);
  for (const text of misses) assert.equal(await statusOf(text, id), 'missing', `should not address ${id}: ${text}`);
}

describe('English: transfers outside the EU/EEA (Art. 13(1)(f))', () => {
  it('generator wording about the reader’s own country, international organisations, data that stay put', async () => {
    await battery('third_country_transfers', [
      'Your details may be moved to and stored in countries other than your own.',
      'Depending on where you live, we may transfer your data to a country other than their own for some users.',
      'This information may be transferred to, and maintained on, servers located outside of your state, province or country.',
      'Some of our suppliers process data outside your country of residence.',
      'We do not transfer any personal data to international organisations.',
      'Records are never transferred to an international organization.',
      'All records stay on our office computers, in the UK.',
      'Your data remains within the European Economic Area at all times.',
      'Form submissions are forwarded to our mailing provider based in the European Union.',
    ], [
      'You can contact us from any country.',
      'Visitors from other countries are welcome to use the site.',
      'We are a small charity with members across the country.',
      'The United Nations is an international organisation.',
      'Stay in touch with our newsletter.',
      'Our company is registered in England.',
    ]);
  });

  it('"overseas", "abroad", "internationally" with a transfer or data (not parcels or travel)', async () => {
    await battery('third_country_transfers', [
      'We transfer data internationally only with appropriate safeguards.',
      'Where we transfer data overseas we ensure appropriate safeguards are in place.',
      'Your data may be stored abroad by our suppliers.',
    ], [
      'Our staff sometimes travel abroad.',
      'We send parcels overseas.',
      'Our volunteers are based overseas.',
    ]);
  });
});

describe('English: retention (Art. 13(2)(a))', () => {
  it('a vague legal duty is no period; cookies that end with the browser session are no retention of data', async () => {
    await battery('retention', [
      'We keep your enquiry for two years and then delete it.',
      'Your account data are deleted 30 days after you close your account.',
      'Membership records are kept for as long as you are a member.',
    ], [
      'We keep your data as long as the law requires us to, and no longer.',
      'We hold your records for as long as we are legally obliged to.',
      'Session cookies are deleted as soon as you close your web browser.',
      'Temporary cookies are removed when you end your browsing session.',
    ]);
  });
});

describe('English: legal basis (Art. 13(1)(c))', () => {
  it('acceptance by use, said either way, and processing that waits for the reader’s approval', async () => {
    await battery('legal_basis', [
      'If you do not agree with this privacy notice, please do not use our app.',
      'If you do not agree to the terms of this policy, do not access the website.',
      'By continuing to access or use the site after the changes take effect, you agree to the updated policy.',
      'The analytics script only runs if you approve third party cookies.',
      'We load the map only after you have accepted cookies.',
    ], [
      'If you do not agree with a decision we made, you can contact us.',
      'You can approve comments before they are published.',
      'We only use your data to answer your question.',
    ]);
  });

  it('a lawful-bases list item written as a heading that holds sentences (ICO template)', async () => {
    const text = [
      'Under the UK GDPR, the lawful bases we rely on for processing this information are:',
      '',
      '### (a) Your consent. You are able to remove your consent at any time. You can do this by contacting our secretary by e-mail.',
      '',
    ].join('\n');
    assert.ok(given(await statusOf(text, 'legal_basis')));
    const { document } = await parsePolicyText(text, { format: 'markdown', language: 'en' });
    const item = document.blocks.find((b) => b.text.startsWith('(a) Your consent'))!;
    assert.equal(item.kind, 'paragraph');
    assert.deepEqual(item.sentences.map((s) => s.text), [
      '(a) Your consent.',
      'You are able to remove your consent at any time.',
      'You can do this by contacting our secretary by e-mail.',
    ]);
  });

  it('titles stay headings: short ones, questions, and slogans of a few words', async () => {
    const text = [
      '## 5. Will your personal data be transferred to third countries (i.e. countries not part of the EU/EEA) and/or international organisations?',
      '',
      '##### No Tracking. No Third Party Cookies or Analytics',
      '',
      '### Art. 6 GDPR. Legal bases for processing',
      '',
      'We use your e-mail address to send the newsletter.',
      '',
    ].join('\n');
    const { document } = await parsePolicyText(text, { format: 'markdown', language: 'en' });
    assert.deepEqual(document.blocks.map((b) => b.kind), ['heading', 'heading', 'heading', 'paragraph']);
  });
});

describe('English: legitimate interests (Art. 13(1)(d))', () => {
  it('the interest beside the basis counts; template pointers, retention rules and the right to object do not', async () => {
    // The purpose next to the basis is the interest pursued.
    assert.equal(await statusOf('We use your e-mail address to answer your questions. This is in our legitimate interests.', 'legitimate_interests'), 'met');
    // A list of bases ties the purpose beside it to none of them.
    assert.equal(
      await statusOf('We process data because you consented, to perform a contract with you, to comply with a legal obligation, or for our legitimate interests. We use your e-mail address to answer your questions.', 'legitimate_interests'),
      'missing',
    );
    // "to do this" names no interest.
    assert.equal(await statusOf('We share data with third parties only where there is a legitimate interest to do this.', 'legitimate_interests'), 'missing');
    // Not bases relied on: a pointer elsewhere, a retention rule keyed to the basis, the condition of the right to object.
    for (const text of [
      'You can find more information regarding the legitimate interests we pursue in the relevant sections of this notice.',
      'Data collected for the purposes of our legitimate interests will be retained as long as needed to fulfil such purposes.',
      'Where your data are processed for the purposes of legitimate interests pursued by us, you may object to such processing.',
    ]) assert.equal(await statusOf(text, 'legitimate_interests'), 'not_applicable', text);
    // The right beside the basis is no interest; a purpose beside it is.
    for (const text of [
      'Where we rely on legitimate interests, you have the right to object.',
      'Where we rely on legitimate interests, you have a right to object to the processing.',
    ]) assert.ok(!given(await statusOf(text, 'legitimate_interests')), text);
    assert.equal(await statusOf('We rely on legitimate interests to protect our website from attacks.', 'legitimate_interests'), 'met');
  });
});

describe('English: automated decisions and erasure: what they are not', () => {
  it('automated tools as a means of processing are no statement on automated decisions', async () => {
    await battery('automated_decision_making', [
      'We do not use automated decision-making.',
      'Your data are not used for profiling.',
    ], [
      'Your data are processed by authorised staff, with and without the use of automated tools.',
      'Records are kept on paper and without automated equipment.',
    ]);
  });

  it('deleting on one’s own device and a provider’s chores are no right to erasure', async () => {
    await battery('right_erasure', [
      'You can ask us to delete your personal data.',
      'You have the right to have your data erased.',
    ], [
      'Settings are kept on your phone; you can delete them by clearing the app storage or uninstalling the app.',
      'Our contractors handle tasks for us, such as sending e-mail, removing repetitive information from customer lists and analysing data.',
    ]);
  });
});

describe('English: recipients, when the policy says nobody gets the data (Art. 13(1)(e))', () => {
  it('denials joined to another clause, access denied to everyone, lists of verbs with one for disclosing', async () => {
    await battery('recipients', [
      'We do not use your details for advertising, nor do we sell or share them with third parties.',
      'We keep your records private, nor will we pass on your information to anyone.',
      'We will never give anybody else access to your answers.',
      'Your contact details will not be sold, rented or disclosed to any organisations outside our club.',
      'Member data will never be released or sold to third parties.',
    ], [
      'We will not sell your data.',
      'Your details will not be sold or rented to marketing companies.',
      'Nor do we keep your card number after payment.',
      'We never give up on protecting your privacy.',
    ]);
  });
});

describe('English: the GDPR principles restated are no purposes, a duty of security no legal basis', () => {
  it('purposes in data-protection-policy templates', async () => {
    await battery('purposes', [
      'We use your e-mail address to send you the newsletter.',
      'Your phone number is only used to contact you about your booking.',
      'We collect your address for the purposes of delivering your order.',
    ], [
      'Personal data shall be collected only for specified, explicit and legitimate purposes.',
      'We will not process personal data for new, different or incompatible purposes.',
      'Personal data shall be limited to what is necessary in relation to the purposes for which they are processed.',
      'We keep data accurate and relevant to the purpose for which we collected it.',
      'Data are kept no longer than necessary for the purposes for which the data is processed.',
    ]);
  });

  it('a legal duty to protect data is no legal obligation basis', async () => {
    await battery('legal_basis', [
      'We keep invoices because we have a legal obligation to do so under tax law.',
      'We process your data to comply with our legal obligations.',
    ], [
      'Under data protection law, we have a legal duty to protect any information we collect from you.',
      'We have a statutory duty to keep your records secure.',
    ]);
  });
});

describe('English: a recipient’s country in brackets after its name', () => {
  it('places the data there; an EEA country in brackets does not', async () => {
    const parse = (text: string) => parsePolicyText(text, { format: 'markdown', language: 'en' });
    const us = await parse('Our newsletter is sent with Mailchimp, operated by The Rocket Science Group LLC (USA).');
    assert.deepEqual(us.model.transfers.map((t) => t.destination), ['US']);
    const be = await parse('Our newsletter is sent with Mailchimp, operated by a reseller, Example BV (Belgium).');
    assert.deepEqual(be.model.transfers, []);
    // Brackets that hold more than the country are no such label.
    const aside = await parse('Our newsletter is sent with Mailchimp (USA users: see below).');
    assert.deepEqual(aside.model.transfers, []);
  });
});

describe('English translated from German or French: "information" for access, "appeal" for a complaint', () => {
  it('"you will receive information about the data we have stored about you" is the right of access', async () => {
    await battery('right_access', [
      'Upon request, you will receive information free of charge about all personal data that we have stored about you.',
      'You can obtain information on the personal data stored about you at any time.',
    ], [
      'You will receive information about our new products by e-mail.',
      'Upon request, you will receive an invoice for your order.',
    ]);
  });

  it('"a right of appeal to the supervisory authority" is the complaint right; an appeal to us or a court is not', async () => {
    await battery('right_complaint', [
      'There is a right of appeal to the competent supervisory authority.',
      'You can appeal to the Information Commissioner’s Office.',
      'You have a right of recourse to the data protection authority of your country.',
    ], [
      'You can appeal to us if we refuse your request.',
      'The right to appeal to a court remains unaffected.',
      'You may appeal the automated decision.',
    ]);
  });
});

describe('English: security measures are not rights', () => {
  it('"prevent loss and theft, as well as unauthorised access, disclosure, copying, use or modification" grants nothing', async () => {
    const security = [
      'What data we store, we’ll protect within commercially acceptable means to prevent loss and theft, as well as unauthorised access, disclosure, copying, use or modification.',
      'We use appropriate measures to protect your data against unauthorized access or alteration.',
    ];
    await battery('right_access', ['You have the right to access, correct or delete your personal data.', 'You can request access to the personal data we hold about you.'], security);
    await battery('right_rectification', ['You have the right to access, correct or delete your personal data.'], security);
  });
});

describe('English: providing data required or optional (Art. 13(2)(e)), generator and shop wording', () => {
  it('fields required or optional, no obligation, the consequence for those who do not provide, a duty to collect', async () => {
    await battery('statutory_contractual_requirement', [
      'Your name and email address are required, your phone number is optional.',
      'You can always choose not to give us information.',
      'The personal data marked as mandatory are necessary to process your application.',
      'Users who do not provide the mandatory data will not be able to register.',
      'In cases where this Application specifically states that some Data is not mandatory, Users are free not to communicate this Data without consequences to the availability or the functioning of the Service.',
      'Your email address is the only information we need to send you the newsletter.',
      'The information we ask for is necessary to fulfil your order.',
      'We can only answer your enquiry if you give us your email address.',
      'There is no obligation to provide us with personal data.',
      "You're not required to give us any information.",
      'This information is needed so we can complete your booking.',
      'When you visit one of our practices we are required to collect and store some personal identifiable information about you, such as your name and address.',
      'We are legally required to ask for your date of birth.',
      'Your email address is required. Your name is optional.',
    ], [
      'Your consent is required.',
      'Processing of your data is required.',
      'We have no obligation to provide you with a reason.',
      'There is no requirement to give a reason for your objection.',
      'Users who do not give consent will only receive essential cookies.',
      'Visitors who do not provide their consent will see a reduced site.',
      'We can only process your data if you give us your consent.',
      'The information we collect is necessary for our legitimate interests.',
      'Such data is required to be retained by law.',
      'When you make an access request, proof of identity is required.',
      'Cookies marked as necessary cannot be switched off.',
      'We are required to obtain your consent before sending marketing.',
      'We are required to keep some records for six years.',
    ]);
  });
});

describe('English: withdrawing consent in other words (Art. 13(2)(c))', () => {
  it('remove, cancel, retract or take back consent; consent that may be revoked after a longer clause', async () => {
    for (const text of [
      'You are able to remove your consent at any time. You can do this by contacting us.',
      'You may cancel your consent at any time.',
      'You can retract your consent at any time.',
      'If you have given consent, you can take it back at any time.',
      'Please note that any consent given by you is given freely and may be revoked at any time, without any penalties.',
      'You can tell us at any time that you no longer consent.',
      'Where we process data based on your consent, you can ask us to stop at any time.',
    ]) assert.ok(given(await statusOf(text, 'right_withdraw_consent')), text);
    // Not given: `missing`, or `not_applicable` where no consent is read as a basis.
    for (const text of [
      'You can remove the consent banner by clicking accept.',
      'We may cancel your account if you breach these terms.',
      'Consent forms are kept for five years and then destroyed.',
      'We will not cancel your subscription without your consent.',
      'We no longer rely on consent for analytics.',
    ]) assert.ok(!given(await statusOf(text, 'right_withdraw_consent')), text);
  });
});

describe('English: retention end points in everyday wording (Art. 13(2)(a))', () => {
  it('an inactive account, a project that ends, "hold … for as long as"', async () => {
    await battery('retention', [
      'I will retain your personal data for only as long as you are a customer or are using my Services and for no longer than is necessary after that.',
      'Your personal data will be processed for the duration of your consent.',
      'Personal data you disclose to us as users are stored until the completion of the project.',
      'Data will be kept until the study ends.',
      'We will delete all your data if your account becomes inactive.',
      'We will also delete personal data if we detect that an account has been inactive for a significant amount of time.',
      'We will hold your information for as long as you remain subscribed.',
    ], [
      'When you visit our site, you can delete cookies in your browser.',
      'When you browse our website, we remove your IP address from the logs.',
      'When you ask us, we will delete your data.',
      'If your account is inactive, please log in to reactivate it.',
      'We process your data for the purposes of the contract.',
      'We will hold a meeting for all members each year.',
      'We will retain your personal information only for as long as is necessary for the purposes set out in this Privacy Policy.',
      'Data will be deleted when it is no longer needed.',
    ]);
  });
});

describe('English: everyday wording of access, rectification and the basis (Art. 13(1)(c), 13(2)(b))', () => {
  it('"ask us what data we hold", "fix any mistakes", "the basis … is our contract with you", "you agree to our processing"', async () => {
    await battery('right_access', ['You can ask us what personal data we hold about you.'], ['Ask us what cookies we use.']);
    await battery('right_rectification', ['You can ask us to fix any mistakes in your data.'], ['We fix bugs and errors in the app regularly.']);
    await battery('legal_basis', [
      'The basis for processing your data is our contract with you.',
      'You agree to our processing your data when you sign up.',
    ], [
      'These terms form our contract with you.',
      'Our terms of service are the basis of our relationship.',
    ]);
  });
});

describe('English: providing data, more everyday wording (Art. 13(2)(e))', () => {
  it('"not required by law", "on a voluntary basis", "a condition of your employment", "Employees are required to provide", no account needed', async () => {
    await battery('statutory_contractual_requirement', [
      'You are not required by law to provide us with any information.',
      'Information is provided on a voluntary basis.',
      'You give us this information voluntarily.',
      'Submitting personal data is not required to use the website.',
      "You don't need an account to use the app.",
      'Providing this information is a condition of your employment.',
      'Employees are required to provide their bank details for payroll.',
      'Parents are required to provide emergency contact details.',
      'Candidates must provide proof of their right to work in the UK.',
      'We do not require any personal information to use the app.',
      'Sharing your location is optional.',
    ], [
      'You give your consent voluntarily.',
      'Users provide their consent voluntarily by ticking the box.',
      'Users can visit our site anonymously.',
      'Providing our services is our priority.',
      'Users must provide their consent before cookies are set.',
      'Members are required to give notice of resignation in writing.',
      'Users are required to give an explanation of the purposes of their research.',
      'Employees are required to complete data protection training.',
      'We do not require cookies for the site to work.',
      'The app does not require you to create an account.',
      'Children under 13 are not allowed to use the service.',
    ]);
  });
});

describe('English: retention while a relation lasts (Art. 13(2)(a))', () => {
  it('"while you are a customer", "for the period in which you have an account", "until the event has taken place"', async () => {
    await battery('retention', [
      'We retain personal data for the period in which you have an account with us.',
      'We keep your data while you are a customer.',
      'We keep your details on file while you are a member of the club.',
      'Personal data will be kept until the purpose is fulfilled, i.e. until the event has taken place.',
      'We do not keep any copies after the transaction is complete.',
      'We keep your information only while your application is being considered.',
    ], [
      'While you are browsing our site, cookies help us understand your visit.',
      'We do not keep your data secure after you share it with third parties.',
      'While you remain on our website, we use cookies.',
      'We keep your information confidential.',
    ]);
  });
});

describe('English: vague retention that names no end (Art. 13(2)(a))', () => {
  it('deleted once the purpose is served or after an unnamed retention period; a reply deadline is no period', async () => {
    await battery('retention', [
      'We retain your data for as long as your account is active or as needed to provide you services.',
      'Your data will be deleted 30 days after the end of your subscription.',
    ], [
      'Your data will be deleted after the retention period expires.',
      'Your data will be deleted at the end of the retention period.',
      'Data will be deleted when the purpose for storing it no longer applies.',
      'Data is erased once it has served its purpose.',
      'If you ask us to delete your data, we will do so within one month.',
      'We keep your data until the statutory retention periods have expired.',
      'We will delete your data once we no longer need it.',
    ]);
  });
});

describe('English: purposes and no recipients in everyday wording (Art. 13(1)(c), (e))', () => {
  it('"so we can process your order", "helps us improve", "will not pass your details on to anyone else"', async () => {
    await battery('purposes', [
      'We collect this data so we can process your order.',
      'Your data helps us improve our services.',
    ], [
      'Please help us by reporting any bugs.',
      'You can help us by donating.',
      'So we can all enjoy the park, please keep dogs on a lead.',
    ]);
    await battery('recipients', ['We will not pass your details on to anyone else.'], ['We will not pass judgement on your choices.']);
  });
});

describe('English: providing data is up to the person (Art. 13(2)(e))', () => {
  it('"would rather not give", "entirely up to you", "additional information", "optional information such as", "required information is indicated"', async () => {
    await battery('statutory_contractual_requirement', [
      'We ask for your name and email address so that we can reply to you; if you would rather not give them, we cannot reply.',
      'If you would rather not share your details, you can call us instead.',
      'Providing your email address is entirely up to you.',
      'Whether you provide this information is up to you.',
      'You may choose to give us additional information, such as your phone number.',
      'Optional information such as your phone number helps us contact you.',
      'Required information is indicated on the form.',
    ], [
      'If you would rather not give your consent, you can still use the site.',
      'Giving consent is entirely up to you.',
      'Whether you accept cookies is up to you.',
      'You may choose to give us feedback.',
      'Optional cookies such as analytics are only set with consent.',
    ]);
  });
});

describe('English: a complaint by contacting the authority, iubenda’s "claim", export among the rights (Art. 13(2)(b), (d))', () => {
  it('"If you have a complaint, you can contact the supervisory authority", "bring a claim before … authority"', async () => {
    await battery('right_complaint', [
      'Users have the right to bring a claim before their competent data protection authority.',
      'Should you wish to report a complaint or if you feel that we have not addressed your concern in a satisfactory manner, you may contact the appropriate authority.',
      'If you have a complaint, you can contact the supervisory authority.',
      'If you wish to make a complaint, please contact your local data protection authority.',
    ], [
      'If you have a complaint, please contact us.',
      'Complaints are handled by our customer service team.',
      'We may disclose data to public authorities upon request.',
      'Users have the right to bring a claim against us in court.',
    ]);
    await battery('right_portability', [
      'Subject to applicable law, you may request to access, correct, export or delete the account information we hold.',
    ], [
      'Nothing leaves your device unless you choose to export, publish or share it.',
      'Exports can be sealed with standard cryptography.',
      'You can request an export licence from the authorities for goods.',
    ]);
  });
});

describe('English: automated decisions denied with the decision named first (Art. 13(2)(f))', () => {
  it('"not using software of decision making solely based on automated processing"', async () => {
    await battery('automated_decision_making', [
      'We inform you that we are not using software of decision making solely based on automated processing including profiling.',
      'We do not make use of decision-making based solely on automated means.',
    ], [
      'We do not use cookies; decision making about our website is based on automated analytics.',
    ]);
  });
});

describe('English: a recipient placed in the United States, or data said not to go there (Art. 13(1)(f))', () => {
  it('"headquartered in the United States", "an American payment processor", "not transferred to the United States"; a card brand or the controller’s own seat is none', async () => {
    await battery('third_country_transfers', [
      'We use Google Analytics, a service of Google LLC, which is headquartered in the United States.',
      'We use Stripe, an American payment processor.',
      'Some of our providers are U.S.-based companies.',
      'Your data are not transferred to the United States.',
    ], ['We accept American Express cards.', 'We use Google Analytics. Our company is based in London, United Kingdom.']);
  });
});

describe('English: purposes given through what the data let the organisation do', () => {
  it('"With this information we can improve our service"; near misses without a purpose', async () => {
    await battery('purposes', [
      'With this information we can improve our service.',
      'Using these statistics, we are able to understand how visitors use the site.',
    ], ['With this policy we explain your rights.', 'You can contact us to exercise your rights.']);
  });
});

describe('English: consent given by an act (Art. 13(1)(c))', () => {
  it('"you agree that we may store your details", "if you have opted in", "once you have accepted them"; accepting an offer or terms is none', async () => {
    await battery('legal_basis', [
      'By submitting this form, you agree that we may store your details.',
      'We only process your data if you have opted in.',
      'Analytics cookies are only set once you have accepted them.',
    ], ['If you accept our offer, we will deliver your order.', 'When you have accepted the quote, we start the work.', 'You agree that the website is provided as is.']);
  });
});

describe('English: automated decisions left to people or algorithms denied (Art. 13(2)(f))', () => {
  it('"Decisions are always made by a human", "We do not use algorithms to make decisions about you"; the Art. 22 right or a hiring decision by a person is none', async () => {
    await battery('automated_decision_making', [
      'Decisions are always made by a human.',
      'Decisions about you are made by a member of our team.',
      'We do not use algorithms to make decisions about you.',
    ], [
      'You have the right not to be subject to a decision based solely on automated processing.',
      'The hiring decision is made by the head of department.',
      'We use algorithms to recommend articles.',
    ]);
  });
});

describe('English: restriction as the processing to be had limited (Art. 13(2)(b))', () => {
  it('"to have processing of your data limited", "have the use of your information paused"; access limited to staff is a security measure', async () => {
    await battery('right_restriction', [
      '## Your rights\n\n- to have processing of your data limited',
      'You can ask us to have the use of your information paused.',
    ], ['We have the processing of payments handled by Stripe.', 'Access is limited to authorised staff.', 'We restrict access to your data to authorised staff.']);
  });
});

describe('English: retention tied to membership, with a vague alternative (Art. 13(2)(a))', () => {
  it('"as long as you are a member … or for as long as is necessary …, whichever is shortest"; "while you are registered"', async () => {
    await battery('retention', [
      'We only retain this information as long as you are a member of the club or for as long as is necessary to run our events, whichever is shorter.',
      'We will retain your information while you are registered with us.',
      'Your details are kept while you remain enrolled on the course.',
    ], [
      'We keep your data for as long as necessary.',
      'We keep your data while you are logged in.',
      'While you are registered with us, you can change your details at any time.',
    ]);
  });
});

describe('English: restriction beside objection, asked without a determiner, translated "limit your data" (Art. 18)', () => {
  it('reads the right in these shapes, not a limit on collection or a pause of a service', async () => {
    await battery('right_restriction', [
      'You have the right at any time to restrict or object to certain kinds of processing of your personal data.',
      'Ask the club to stop processing data for a period if the data is inaccurate.',
      'You have the right to request the controller to correct, delete, or limit your personal data.',
    ], [
      'We limit the data we collect to what we need.',
      'We limit your personal data we collect to what is necessary.',
      'We restrict the information we collect.',
    ]);
  });
});

describe('English: automated decisions by their means, by the staff, and denied after "nor" (Art. 22)', () => {
  it('reads the statement either way, not the Art. 22 right or processing by automated means', async () => {
    await battery('automated_decision_making', [
      'No decisions are made about you solely by automated means.',
      'All decisions about your application are made by our staff.',
      "We don't use your data to make decisions by computer alone.",
      'We do not sell your data, nor do we carry out automated processing with legal effects on you.',
    ], [
      'We process data by automated means.',
      'Decisions about cookies are made by you.',
      'You have the right not to be subject to a decision based solely on automated processing.',
      'You are entitled to contest decisions taken solely by automated means.',
      'Neither we nor our partners sell data, and the app runs on automated servers.',
    ]);
  });
});

describe('English: the basis named without its usual words, consent given, a law or body that requires it (Art. 6)', () => {
  it('reads these, not the data protection law itself or a mere date', async () => {
    await battery('legal_basis', [
      'The lawful basis for processing is contract.',
      'We will only use your data if you have given us permission.',
      'Where you have opted to receive emails, we send them.',
      'We collect this information under the Education Act 1996.',
      'HMRC requires us to keep payroll records for six years.',
    ], [
      'We process your data in line with the Data Protection Act 2018.',
      'Under the Data Protection Act 2018 you have rights.',
      'Our opening hours are under review since 2020.',
      'You can ask us what data we hold.',
    ]);
  });
});


describe('English: the processing itself is no interest pursued (Art. 13(1)(d))', () => {
  it('reads an interest after "interest in", not "the legitimate interest in processing the data"', async () => {
    await battery('legitimate_interests', [
      'We rely on our legitimate interest in processing your personal data for fraud prevention.',
      'Our legitimate interest lies in the processing of data to secure the website.',
    ], [
      'In the case of contact by e-mail, this also constitutes the necessary legitimate interest in processing the data.',
      'We have a legitimate interest in the processing of your personal data.',
    ]);
  });
});

describe('English: decisions taken automatically or by automatic means (Art. 13(2)(f))', () => {
  it('reads "No decisions are taken automatically", "by automatic means", "based only on automated means", not the Art. 22 right', async () => {
    await battery('automated_decision_making', [
      'Decisions are not made automatically.',
      'No decisions are taken automatically.',
      'We do not take decisions about you by automatic means.',
      'We do not make decisions that have legal effects on you based only on automated means.',
    ], [
      'You have the right not to be subject to decisions made automatically.',
      'You have the right not to be subject to a decision taken by automated means.',
      'Processing means any operation performed on personal data, whether or not by automated means.',
      'We make decisions about your order within two days.',
    ]);
  });
});

describe('English: providing data sent voluntarily, on a voluntary basis, required of the person (Art. 13(2)(e))', () => {
  it('reads "sent voluntarily", "collected on a voluntary basis", "requires that you provide", "the data you provide is required by law"', async () => {
    await battery('statutory_contractual_requirement', [
      'Any personal information you send us is sent voluntarily.',
      'Your information is collected on a voluntary basis.',
      'Membership requires that you provide your name and address.',
      'Some of the data you provide is required by law.',
    ], [
      'Consent is given on a voluntary basis.',
      'The law requires that you give consent before we send marketing.',
      'The information you provide is required to be stored for six years.',
      'We process the data on a voluntary basis.',
    ]);
  });
});

describe('English: consent that can be withdrawn is a (weak) consent basis (Art. 13(1)(c))', () => {
  it('reads a withdrawal right as consent relied on when no basis is named, not an unsubscribe link', async () => {
    await battery('legal_basis', [
      'You can withdraw consent and have your data removed at any time.',
      'Participants may withdraw their consent for data processing at any time by writing to us.',
    ], [
      'You can unsubscribe from our e-mails at any time by clicking the link.',
      'We keep your e-mail address to send you the newsletter.',
    ]);
  });
});

describe('English: deletion at the end of a need, a visit or a browser tab gives no retention (Art. 13(2)(a))', () => {
  it('reads deletion at a real end point, not "when no longer relevant", "after your visit", "once the tab is closed"', async () => {
    await battery('retention', [
      'Your data will be deleted when your membership ends.',
      'Applications are destroyed at the end of the recruitment process.',
      'Your account data are deleted upon closure of your account.',
    ], [
      'Your personal data will be deleted or anonymized when they are no longer relevant to the purposes for which they have been collected.',
      'Your personal data will be deleted when no longer needed, or when stipulated by the archival rules of the university.',
      'The site uses cookies for session management which are removed automatically after your visit.',
      'Entries are stored locally for the current browser session and deleted once the tab is closed.',
    ]);
  });
});

describe('English: the Art. 6(1)(f) wording of a generic list of bases names no interest (Art. 13(1)(d))', () => {
  it('reads neither the party whose interest it is, the basis protecting "a legitimate interest", the objection right, nor a list of bases', async () => {
    await battery('legitimate_interests', [
      'We rely on our legitimate interest of our company or a third party in preventing fraud on the shop.',
      'If processing is necessary to protect the security of our servers, our legitimate interest, Art. 6(1)(f) GDPR is the basis.',
      'We analyse visits to improve the site (legitimate interests).',
      'We collect and process this data under legitimate interest to keep our website secure.',
    ], [
      'If processing is necessary to protect a legitimate interest of my company or a third party and the interests, fundamental rights, and freedoms of the data subject do not outweigh the first-mentioned interest, Article 6(1)(f) GDPR serves as the legal basis for processing.',
      'Processing may rest on the legitimate interests of the controller or a third party, except where such interests are overridden by the rights of the data subject.',
      'We rely on consent, contract and legitimate interests.\n\nYou have the right to object to the processing of your personal data insofar as it is based on Art. 6(1)(f) GDPR (legitimate interests).',
      'We collect and process this data under legitimate interest, the performance of a contract, or legal obligation to provide services you have requested.',
    ]);
  });
});

describe('English: portability as the ICO and research notices word it (Art. 20)', () => {
  it('reads receiving in a structured format, sending or taking the data to another provider, reuse elsewhere', async () => {
    await battery('right_portability', [
      'You have the right to receive your data in a structured format.',
      'You can request a copy of your data in a format you can take to another provider.',
      'You can ask for your data to be sent to another company.',
      'You can obtain and reuse your personal data for your own purposes across different services.',
      'To move, copy or transfer your personal data: we will comply with your request.',
      'You may request a copy in electronic format so that you can transmit the data to third parties.',
    ], [
      'You can request a copy of your data in electronic form.',
      'We may move our servers to another provider.',
      'Your data may be transferred to another company if we are sold.',
      'We transfer your data to our processors.',
      'You can transfer money to our account.',
    ]);
  });
});

describe('English: rights in the words of translated Dutch and German policies (inzage, Sperrung, Datenübertragbarkeit)', () => {
  it('reads inspecting one’s data as access, not inspecting premises or systems', async () => {
    await battery('right_access', [
      'We respect your right to inspect, correct or remove your personal data upon your request.',
      'If you wish to inspect the personal data retained about you, please e-mail us.',
      'You have the right to find out what data of yours we process.',
    ], [
      'Our staff may inspect the premises once a year.',
      'We inspect our systems regularly for vulnerabilities.',
      'Please inspect the goods when they arrive.',
    ]);
  });
  it('reads blocking of data as restriction, not blocking cookies or spam', async () => {
    await battery('right_restriction', [
      'Furthermore, you have the right to request rectification, blocking and deletion of all your personal data.',
      'You can ask for the blocking of your personal data at any time.',
    ], [
      'You can block cookies in your browser settings.',
      'We use a filter for the blocking of spam messages.',
      'You have the right to request rectification and deletion of all your personal data.',
    ]);
  });
  it('reads data transferability as portability, not transfers abroad', async () => {
    await battery('right_portability', [
      'You have the right to data transferability if you have consented to data processing.',
      'You may request the transferability of your data.',
    ], [
      'Your data may be transferred to the United States.',
      'The transferability of our licence is excluded.',
    ]);
  });
});

describe('English: providing data not required, or refused (Art. 13(2)(e))', () => {
  it('reads "we don’t require you to provide your real name", refusing collection, "of your own free will"', async () => {
    await battery('statutory_contractual_requirement', [
      'We don\'t require you to provide your real name.',
      'Our app does not require users to submit any personal data.',
      'If you do not allow us to collect necessary data, we may not be able to fulfil our contractual or legal requirements.',
      'The information you give us is given of your own free will.',
      'Any data you provide on your own initiative will be used only to answer you.',
    ], [
      'We require you to create an account.',
      'We don\'t require you to create a public profile.',
      'If you do not allow us to use cookies, some parts of the site may not work.',
      'If you do not allow us to contact you, we will not send newsletters.',
      'Your data will remain anonymous.',
      'We do not require you to accept our marketing emails.',
      'Our staff do not require you to give consent.',
      'The visitor counts remain anonymous.',
    ]);
  });
});

describe('English: the contract called an agreement, acceptance as a clause (Art. 6(1)(b), (a))', () => {
  it('reads "to fulfil our agreement with you", "performance of the rental agreement", "you accept that we store"', async () => {
    await battery('legal_basis', [
      'We process your data to fulfil our agreement with you.',
      'We use your address for the performance of the rental agreement.',
      'We have entered into an agreement with you for the supply of goods.',
      'By registering, you accept that we store your details.',
    ], [
      'We have concluded a data processing agreement with our host.',
      'We perform a data processing agreement with Google.',
      'You accept that the images may not be reproduced.',
      'You agree that this policy may change.',
      'Our processors have signed an agreement with us.',
    ]);
  });
});

describe('English: access to features, app permissions and pointers are no right of access', () => {
  it('keeps requests for access and information about one’s data; drops "access to functionalities", "photo library access", "for further information"', async () => {
    await battery('right_access', [
      'You can request access to your personal data.',
      'You have the right to request information about the personal data we hold about you.',
      'You have rights over your data. You can ask to see the records we hold about you.',
      'You can ask us for more information about the data we hold.',
    ], [
      'The Personal Data You provide can give You access to different functionalities of the Service that are available to You as a registered user.',
      '## Your rights\n\nPhoto Access: You can revoke photo library access anytime in iOS Settings.',
      'You have rights over your data. The website is hosted by GitHub Pages, which may or may not keep records of visits: see their privacy information.',
      'You have rights over your data. Please contact us for further information on your data and how it is used on this website.',
    ]);
  });
});

describe('English: no statement on automated decisions in the definition of processing or a tracking denial', () => {
  it('reads denials of automated decisions and of profiling; not "whether or not by automated means", not "tracking or profiling functionality"', async () => {
    await battery('automated_decision_making', [
      'We do not use automated decision-making.',
      'No decisions are made about you by automated means only.',
      'We do not carry out profiling.',
      'We don\'t use tracking software to make automated decisions about you.',
    ], [
      'Processing means performing any operation concerning personal data, whether or not by automated means, such as collection, recording or storage.',
      'We do not make use of any tracking or profiling functionality.',
    ]);
  });
});

describe('English: Art. 6 cited in the German form translated', () => {
  it('reads "Art. 6 para. 1 lit. f GDPR", "Article 6 paragraph 1 letter b", "Art. 6 Sec. 1 lit. a"; not "section 6 paragraph 1 of our terms"', async () => {
    await battery('legal_basis', [
      'Technically necessary cookies are set on the basis of § 25 para. 2 no. 2 TTDSG and Art. 6 para. 1 lit. f GDPR.',
      'The legal basis is Art. 6 para. 1 sentence 1 lit. f GDPR.',
      'Article 6 paragraph 1 letter b GDPR applies to orders.',
      'Art. 6 Sec. 1 lit. a GDPR is the basis for the newsletter.',
    ], [
      'See section 6 paragraph 1 of our terms.',
      'Clause 6 paragraph 1 of the rental agreement sets the deposit.',
    ]);
  });
});

describe('English: purposes and legal bases in plain prose (purp12)', () => {
  it('data kept or required to do something', async () => {
    await battery('purposes', [
      'We record your details to administer your membership.',
      'The app stores your settings to remember your choices.',
      'We keep your name on file to be able to contact you about upcoming sessions.',
      'This data is required to run the app.',
    ], ['We keep your data to a minimum.', 'We store your data for 3 years.', 'Your data is not required to use the site.', 'We store your data on servers in Germany.']);
  });
  it('"because you asked us to", "carry out our contract", "by law", "obligations under employment law", "you have agreed to it"', async () => {
    await battery('legal_basis', [
      'We process your data because you asked us to.',
      'We process your data because you have asked us to send you our newsletter.',
      'We need your details to carry out our contract with you.',
      'We process this data because we have to by law.',
      'We process this information to meet our obligations under employment law.',
      'We process your information when you have agreed to it.',
      'We process your data on the basis of the membership contract.',
    ], [
      'We take our obligations under data protection law seriously.',
      'If you have not agreed to this, nothing happens.',
      'We process your data on the basis of a data processing agreement.',
      'You can ask us to delete your data if you asked us to store it.',
    ]);
  });
});

describe('English: purposes listed as activities under a purposes heading (purp12)', () => {
  it('gerund items under "Why we process your data"', async () => {
    await battery('purposes', ['## Why we process your data\n\n- Keeping the member list up to date\n- Collecting fees\n- Organising training sessions'], [
      '## Why we process your data\n\n- Postal address\n- Phone number',
      '## About us\n\n- Keeping the member list up to date\n- Collecting fees',
    ]);
  });
});

describe('English: acceptance by continued use, put passively (purp12)', () => {
  it('"deemed to have accepted", "continued participation implies acceptance"', async () => {
    await battery('legal_basis', [
      'You will be deemed to have accepted any changes if You continue to use the Website after they have been posted.',
      'Continued participation implies acceptance.',
    ], [
      'Your continued use of the site constitutes acceptance of the Terms of Service.',
      'You will not be deemed to have consented to marketing.',
      'You are deemed to have accepted the terms of sale.',
    ]);
  });
});

describe('English: British addresses with a town and county before the postcode (reqen14)', () => {
  it('a street, then up to two place names, then the postcode; a street named by its type word', async () => {
    await battery('controller_identity', [
      'Acme Ltd is the data controller. Our address is 88 Eastfield Lane, Ringwood, Hampshire BH24 1UR.',
      'Acme Ltd is the data controller. Our registered office is at Mill Road, Cambridge, CB1 2AD.',
      'Acme Ltd ("we") is the controller. Our registered address is The Old Barn, Church Lane, Little Snoring, Norfolk, NR21 0AB.',
    ], [
      'Acme Ltd is the data controller. We serve customers in Ringwood, Hampshire and beyond.',
      'Acme Ltd is the data controller. Our members meet in Ringwood, Little Snoring, Norfolk on Sundays.',
      'Acme Ltd is the data controller. We moved from Cambridge, Ely, and Norwich, in 2019.',
    ]);
  });
});

describe('English: a DPO address card, and "at the same address" (reqen14)', () => {
  it('the title on its own line over a card of short lines; a card after the sentence naming the DPO', async () => {
    await battery('dpo_contact', [
      'Data Protection Officer\n\nJane Smith\n\nEmail: jane@acme.com',
      '## Data Protection Officer\n\nJane Smith\n\nAcme Ltd\n\n1 High Street\n\nLondon SW1A 1AA\n\njane@acme.com',
      'If you have any concerns, please contact our Data Protection Officer.\n\nAcme Ltd\n\nEmail: dpo@acme.com',
      '## Contact us\n\nAcme Ltd is the controller. Email: info@acme.com\n\nOur Data Protection Officer can be reached at the same address.',
    ], [
      'Data Protection Officer\n\nWe do not have a DPO.\n\nEmail: info@acme.com',
      'We have not appointed a Data Protection Officer.\n\nAcme Ltd\n\nEmail: info@acme.com',
      'Data Protection Lead\n\nJane Smith\n\nEmail: jane@acme.com',
      'Our privacy team\n\nJane Smith\n\nEmail: jane@acme.com',
      'Our Data Protection Officer oversees this policy.\n\nWe review it every year and publish the changes on this page for all our members to read.\n\nEmail: info@acme.com',
    ]);
  });
});

describe('English: "without undue delay" is a deadline for acting, not a retention period (reqen14)', () => {
  it('the GDPR deadline for a right or a breach gives no retention; a period beside it still does', async () => {
    await battery('retention', [
      'We keep your data for two years.',
      'Newsletter data are kept until you unsubscribe; then we remove your contact without undue delay.',
    ], [
      'We must carry out deletion without undue delay and normally within one month.',
      'We must carry out deletion without an undue delay and normally within one month at the latest.',
      'We will inform the ICO without undue delay and within 72 hours.',
    ]);
  });
});

describe('English: the legitimate-interest basis in its own words names no interest (reqen14)', () => {
  it('"to achieve our legitimate business interests", "to meet the requirements of the legitimate interests", a label over its sentence', async () => {
    await battery('legitimate_interests', [
      'Legitimate interests: we use analytics to improve our website.',
      'We rely on our legitimate interests: fraud prevention and network security.',
      'We process your data on the basis of our legitimate interest (security of our website).',
    ], [
      'Legitimate Interests: We may process your data when it is reasonably necessary to achieve our legitimate business interests.',
      'The controller checks which actions are suitable to meet the requirements of the legitimate interests.',
      'We may process data where it is necessary to fulfil our legitimate interests.',
    ]);
  });
});

describe('English: automated decisions denied by a back-reference under their heading, or by algorithm (reqen14)', () => {
  it('"## Automated decision-making ⏎ We don\'t do this", "based only on an algorithm", "none of the decisions … are automated"', async () => {
    await battery('automated_decision_making', [
      "## Automated decision-making\n\nWe don't do this.",
      '## Automated decision-making and profiling\n\nNone of the data we hold is used for this.',
      'We will never make a decision about you based only on an algorithm.',
      'None of the decisions we make about you are automated.',
    ], [
      '## Automated decision-making\n\nYou have the right not to be subject to a decision based solely on automated processing.',
      'You have the right not to be subject to a decision based only on an algorithm.',
      "## Profiling\n\nWe don't do this.",
      "## Marketing\n\nWe do not use it.",
      'None of the data we hold is used for this.',
      'Our decisions are based only on computer tests.',
    ]);
  });
});

import type { PurposeLexicon, LegalBasisLexicon, InterestLexicon } from '../../lexicon/purposes.js';

export const purposes: PurposeLexicon = {
  phrases: {
    payment: ['(?:process|handle|processing|handling|administer|administering)\\s+(?:your\\s+)?payments?', 'payments?', 'billing', 'bill\\s+(?:you|your)', 'invoic(?:e|es|ing)'],
    contact: [
      '(?:contact|communicate\\s+with|correspond\\s+with|reach)\\s+you', 'respond(?:ing)?\\s+to\\s+(?:your\\s+)?(?:enquir(?:y|ies)|inquir(?:y|ies)|questions?|messages?|e-?mails?)',
      'respond(?:ing)?\\s+to\\s+your\\s+requests?', '(?:answer(?:ing)?|reply(?:ing)?\\s+to)\\s+(?:your\\s+)?(?:enquir(?:y|ies)|inquir(?:y|ies)|questions?|requests?)', 'enquir(?:y|ies)', 'inquir(?:y|ies)',
    ],
    service_delivery: [
      'provid(?:e|ing)\\s+(?:you\\s+)?(?:with\\s+)?(?:the|our|this|these|such)\\s+(?:\\p{L}+\\s+){0,2}(?:services?|products?|page|website|site|content)', 'provide\\s+(?:products|services)',
      'deliver(?:y|ing)?\\s+(?:of\\s+)?(?:your\\s+|the\\s+)?(?:orders?|products?|goods|services?)', 'fulfil(?:l)?(?:ing|ment)?\\s+(?:of\\s+)?(?:your\\s+)?(?:orders?|requests?)',
      '(?:process|processing)\\s+(?:your\\s+)?orders?', 'operate\\s+(?:the|our)\\s+(?:services?|website|site)', 'content\\s+you\\s+(?:have\\s+)?requested', '(?:the\\s+|our\\s+)?(?:website|site)\\s+is\\s+(?:presented|displayed|delivered|available)', '(?:reliab(?:le|ility)|availability|stability)\\s+of\\s+(?:the\\s+|our\\s+)?(?:website|site|services?)', 'display\\s+(?:the|our)\\s+(?:website|site)', '(?:perform|performance\\s+of)\\s+(?:the|our)\\s+services?',
    ],
    account: ['(?:create|set\\s+up|manage|administer|maintain)\\s+(?:your\\s+|an\\s+|the\\s+)?accounts?', 'accounts?\\s+(?:creation|management|registration)', 'registration', 'members?hips?', 'identify\\s+you', 'your\\s+account', 'account\\s+profile'],
    newsletter: ['newsletters?', 'mailing\\s*lists?', 'mailings', '(?:regular\\s+)?updates?\\s+(?:via|by)\\s+e-?mail', 'e-?mail\\s+updates'],
    marketing: [
      '(?:direct\\s+)?marketing', 'promotional\\s+(?:\\p{L}+\\s+)?(?:e-?mails|messages|communications|materials?|purposes|offers)', 'offers',
      '(?:details|information)\\s+(?:of|about)\\s+(?:our\\s+)?(?:new\\s+)?(?:products|services)', 'sales', 'commercial\\s+purposes',
    ],
    analytics: [
      'analy(?:tics|se|ze|sing|zing|sis|tical)\\p{L}*', 'statistic(?:s|al)', 'measur(?:e|ing|ement)\\s+(?:\\p{L}+\\s+){0,3}(?:use|usage|traffic|audience|effectiveness|performance)',
      '(?:anonymous\\s+)?reporting', 'understand\\s+how\\s+(?:our\\s+)?(?:users|visitors|people|you)\\s+use', 'better\\s+(?:idea|understanding)\\s+of',
    ],
    website_improvement: ['improv(?:e|es|ing|ement)\\s+(?:\\p{L}+\\s+){0,3}(?:website|site|services?|products?|platform|experience|app)', 'optimi[sz](?:e|ing|ation)', 'user\\s+experience'],
    legal_obligation: [
      'comply\\s+with\\s+(?:\\p{L}+\\s+){0,3}(?:legal|regulatory|statutory)\\s+obligations?', 'legal\\s+obligations?', '(?:comply|compliance)\\s+with\\s+(?:applicable\\s+)?(?:laws?|regulations?)',
      'legal\\s+compliance', 'compliance\\s+purposes', 'tax\\s+(?:purposes|obligations|returns?)', 'required\\s+by\\s+law',
    ],
    security: ['secur(?:ity|e|ing)', 'fraud(?:ulent)?', 'abuse', '(?:unknown|unauthori[sz]ed|suspicious)\\s+activity', 'integrity'],
    recruitment: ['recruit(?:ment|ing)', 'job\\s+applications?', '(?:applying|apply)\\s+for\\s+(?:a\\s+)?(?:job|position|role)', 'hiring', 'vacanc(?:y|ies)'],
    events: ['(?<!in\\s+the\\s+)events?', 'conferences?', 'invitations?', 'webinars?', 'meetups?'],
    support: ['(?:customer\\s+)?support(?:\\s+(?:requests?|tickets?|matters?))?', 'customer\\s+(?:service|care)', 'help\\s*desk', 'tickets?', 'troubleshoot\\p{L}*'],
    personalisation: ['personali[sz](?:e|ed|ing|ation)\\p{L}*', 'customi[sz](?:e|ed|ing|ation)', 'recommendations?', 'recommend', 'tailor(?:ed)?', 'remember\\s+your\\s+preferences'],
    advertising: ['advertis(?:ing|ements?)', 'ads', 'remarketing', 'retargeting', 'interest-?based'],
    administration: ['administrat(?:ion|ive)\\p{L}*', 'record-?keeping', 'bookkeeping', 'accounting'],
    research: ['research', 'surveys?', 'beta\\s+programs?', 'studies'],
  },
  markers: ['to', 'for', 'in\\s+order\\s+to', 'so\\s+that', 'for\\s+the\\s+purposes?\\s+of'],
  strongMarkers: ['in\\s+order\\s+to', 'to', 'so\\s+that'],
  purposeWords: ['purposes?'],
  clauseEnds: ['and\\s+to', 'or\\s+to', 'and\\s+for', 'but', 'if', 'unless', 'so\\s+that'],
  statementVerbs: [
    'us(?:e|es|ed|ing)', 'process(?:es|ed|ing)?', 'collect(?:s|ed|ing)?', 'send(?:s|ing)?', 'sent', 'stor(?:e|es|ed|ing)', 'rely\\s+on', 'need',
    'share(?:s|d)?', 'analy[sz](?:e|es|ed|ing)', 'display(?:s|ed)?',
  ],
  dataWords: ['data', 'information', 'details', 'e-?mail\\s+address(?:es)?'],
  notPurpose: [
    '(?:technical|organi[sz]ational|appropriate|security)\\s+(?:and\\s+organi[sz]ational\\s+)?(?:measures|safeguards)',
    '(?:does|do)\\s+not\\s+(?:\\p{L}+\\s+)?(?:process|collect)\\s+any', 'no\\s+personal\\s+(?:data|information)\\s+(?:is|are)',
  ],
  activityVerbs: ['send(?:s|ing)?', 'display(?:s|ed|ing)?', 'show(?:s|ing)?', 'serve(?:s|d)?', 'conduct(?:s|ing)?', 'run(?:s|ning)?', 'organi[sz]e(?:s|d)?', 'deliver(?:s|ing)?'],
  statementOpeners: ['(?:the|our)\\s+(?:main\\s+|primary\\s+|sole\\s+)?purposes?\\s+(?!of\\s+(?:this|our)\\s+(?:privacy\\s+)?(?:policy|statement|notice))(?:of\\s+(?:\\p{L}+\\s+){1,4})?(?:is|are)'],
  sharingCues: ['third[-\\s]part(?:y|ies)', 'shar(?:e|es|ed|ing)\\s+(?:\\p{L}+\\s+){0,5}with', 'disclos(?:e|es|ed|ing|ure)', 'service\\s+providers'],
  listIntro: [
    '(?:following|these|below)\\s+(?:\\p{L}+\\s+)?purposes\\s*:', 'purposes?\\s+(?:are|include|is)\\s*:',
    '(?:use|uses|process|processes|collect|collects)\\s+(?:\\S+\\s+){0,8}?(?:to|for)\\s*:', 'in\\s+order\\s+to\\s*:', 'purposes?\\s*:',
  ],
  // "Keeping the member list up to date", "Collecting fees", "to send you the newsletter" (not "Billing address").
  activityItems: ['\\p{L}{3,}ing\\s+(?!(?:address(?:es)?|details|information|data)(?![\\p{L}]))\\p{L}+', 'to\\s+\\p{L}+'],
  metaItems: ['(?:the|these|those)\\s+purposes\\s+(?:listed|described|set\\s+out|mentioned)', 'other\\s+purposes'],
  fieldLabel: ['purposes?'],
  columnHeader: ['purposes?(?:\\s+of\\s+(?:the\\s+)?processing)?', 'why\\s+we', 'what\\s+we\\s+use'],
};

export const legalBases: LegalBasisLexicon = {
  phrases: {
    consent: [
      'consent(?:s|ed|ing)?', '(?:your|with|have|ask(?:\\s+for)?|obtain)\\s+(?:\\p{L}+\\s+)?permission', 'opt-?in',
      'you\\s+agree\\s+to\\s+(?:the\\s+(?:terms|provisions)\\s+of\\s+)?(?:this|our)\\s+(?:privacy\\s+)?(?:policy|statement|notice)',
      // "You agree to our processing your data when you sign up".
      // Agreement given: "We process your information when you have agreed to it" (not "if you have not agreed").
      '(?:you|users?)\\s+(?:have|has)\\s+(?:(?:already|previously|explicitly|expressly)\\s+)?agreed\\s+to(?![\\p{L}])',
      'you\\s+(?:\\S+\\s+)?agree\\s+to\\s+(?:our|us|the)\\s+(?:processing|using|collecting|storing|use|collection|storage)\\s+(?:of\\s+)?(?:your|the|this)\\s+(?:personal\\s+)?(?:data|information|details)',
      // Acceptance put as a clause: "By registering, you accept that we store your details".
      'you\\s+(?:accept|agree)\\s+that\\s+(?:we|us|the\\s+\\S+)\\s+(?:may\\s+|can\\s+|will\\s+)?(?:store|process|use|collect|keep|save|record|retain)(?![\\p{L}])',
      'by\\s+(?:using|accessing|visiting|browsing|continuing\\s+to\\s+(?:use|access|browse|visit)(?:\\s+or\\s+(?:use|access))?)\\s+.{0,80}?you\\s+(?:agree|consent|accept)',
      // Acceptance by continued use, put passively (ANNOTATION.md: a weak consent basis): "You will be deemed to have accepted any
      // changes if You continue to use the Website", "Continued participation implies acceptance" (not acceptance of the terms
      // of service, nor "not be deemed to have consented").
      '(?<!not\\s+(?:be\\s+)?)deemed\\s+to\\s+(?:have\\s+)?(?:accepted|agreed\\s+to|consented\\s+to)(?!\\s+(?:the|our|these|its)\\s+(?:\\S+\\s+)?(?:terms|conditions))',
      '(?:continued|further)\\s+(?:use|participation|access|browsing)\\s+(?:\\S+\\s+){0,6}?(?:implies|constitutes|signifies|indicates|means|will\\s+(?:constitute|signify|mean|imply))\\s+(?:your\\s+)?(?:acceptance|agreement|consent)(?!\\s+(?:of|to|with)\\s+(?:the|our|these|its)\\s+(?:\\S+\\s+)?(?:terms|conditions))',
      // Acceptance by use put the other way round (ANNOTATION.md: a weak consent basis): "If you do not agree with the
      // terms of this Privacy Policy, please do not access the application".
      'if\\s+you\\s+do\\s+not\\s+agree\\s+(?:with|to)\\s+(?:\\S+\\s+){0,6}?(?:policy|statement|notice)\\s*,?\\s+(?:please\\s+)?(?:do\\s+not|don[\'’]t)\\s+(?:use|access|visit|browse|install)',
      // Processing that waits for the person's approval: "happens only if you approve third party cookies and scripts".
      'only\\s+(?:(?:runs?|happens?|loads?|works?|starts?|is\\s+(?:used|loaded|activated|set))\\s+)?(?:if|when|after|once)\\s+you\\s+(?:have\\s+)?(?:approved?|accepted|accept|allowed?|agreed?\\s+to|opted\\s+in\\s+to)',
    ],
    contract: [
      '(?:perform(?:ance|ing)?|fulfil(?:l)?(?:ment|ing|ling)?|execut(?:e|ion|ing)|enter(?:ing)?\\s+into(?:\\s+and\\s+(?:continue\\s+)?perform(?:ing)?)?|conclu(?:de|sion)|carry(?:ing)?\\s+out)\\s+(?:of\\s+)?(?:a|the|that|our|your|this|any)?\\s*contracts?',
      // The basis named as the contract itself: "The basis for processing your data is our contract with you".
      '(?:(?:legal|lawful)\\s+)?bas[ie]s\\s+(?:for|of)\\s+(?:\\S+\\s+){0,5}?(?:is|are)\\s+(?:the|our|your|a)\\s+(?:\\S+\\s+)?contract(?![\\p{L}])',
      // The contract called an agreement: "to fulfil our agreement with you", "the performance of the rental agreement"
      // (not a processor's "data processing agreement").
      '(?:perform(?:ance\\s+of|ing)?|fulfil(?:l)?(?:ment\\s+of|ling|ing)?|execut(?:e|ion\\s+of|ing))\\s+(?:a|an|the|that|our|your|this|any)\\s+(?:(?!(?:data|processing|processor|confidentiality|non-disclosure)(?![\\p{L}]))\\S+\\s+){0,2}?agreements?(?![\\p{L}])',
      '(?:enter(?:ed|ing)?\\s+into|conclu(?:de|ded|ding|sion\\s+of)|under)\\s+(?:a|an|the|our|your)\\s+(?:\\S+\\s+)?agreement\\s+with\\s+you(?![\\p{L}])',
      // The basis named in a prepositional phrase: "We process your data on the basis of the membership contract" (not a
      // processor's "data processing agreement").
      '(?:on|under)\\s+the\\s+basis\\s+of\\s+(?:a|an|the|our|your|this)\\s+(?:(?!(?:data|processing|processor|confidentiality|non-disclosure)(?![\\p{L}]))\\S+\\s+){0,2}?(?:contract|agreement)(?![\\p{L}])',
      'contract(?:ual)?\\s+(?:performance|necessity)', 'pre-?contractual\\s+(?:steps|measures)', 'necessary\\s+(?:for|to)\\s+(?:\\p{L}+\\s+){0,3}contract',
    ],
    legal_obligation: [
      'legal\\s+(?:or\\s+regulatory\\s+)?(?:obligations?|duty|duties|requirements?)', 'statutory\\s+(?:obligations?|duty|duties|requirements?)', 'regulatory\\s+obligations?',
      '(?:comply|compliance)\\s+with\\s+(?:(?:applicable|european|the|our|any|relevant)\\s+)*(?:laws?|legal|regulations?)', 'lawful\\s+(?:order|request)s?', 'court\\s+orders?', 'subpoenas?',
      '(?:legally|lawfully)\\s+(?:required|obliged|obligated|compelled)', 'required\\s+(?:to\\s+do\\s+so\\s+)?by\\s+(?:applicable\\s+)?law',
      // The duty put plainly: "because we have to by law", "our obligations under employment law" (not a duty of security).
      '(?:we|i)\\s+(?:have|need)\\s+to\\s+(?:do\\s+(?:so|this|that)\\s+)?by\\s+law', '(?<!(?:your|their|its)\\s+)obligations?\\s+under\\s+(?!(?:the\\s+|applicable\\s+)?(?:data\\s+protection|privacy|gdpr)(?![\\p{L}]))(?:(?:the|applicable|relevant|\\p{L}+)\\s+){0,2}?(?:law|laws|legislation)(?![\\p{L}])',
    ],
    vital_interests: ['vital\\s+interests?'],
    public_task: ['public\\s+tasks?', '(?:task\\s+carried\\s+out\\s+in\\s+the\\s+)?public\\s+interest', 'official\\s+authority'],
    legitimate_interests: ['legitimate\\s+(?:business\\s+)?interests?', 'balancing\\s+test'],
  },
  cellPhrases: {
    consent: ['consent'],
    contract: ['contract(?:ual)?'],
    legal_obligation: ['legal\\s+\\p{L}+', 'law'],
    vital_interests: ['vital\\s+interests?'],
    public_task: ['public\\s+(?:task|interest)'],
    legitimate_interests: ['legitimate\\s+interests?'],
  },
  notBasis: {
    consent: [
      'parental\\s+(?:consent|permission)', '(?:consent|permission)\\s+(?:\\p{L}+\\s+){0,2}(?:of|from)\\s+(?:(?:a|the|your|their)\\s+)?(?:parents?|guardians?)', "parent(?:'s|s'|s)?\\s+(?:consent|permission)",
      'without\\s+(?:\\p{L}+\\s+){0,2}(?:consent|permission)', '(?:withdraw(?:al|n|ing)?|revok(?:e|ing)|revocation\\s+of)\\s+(?:\\p{L}+\\s+){0,3}(?:consent|permission)',
      '(?:consent|permission)\\s+(?:\\p{L}+\\s+){0,4}(?:withdrawn|revoked)', 'age\\s+for\\s+(?:providing\\s+|giving\\s+)?consent',
    ],
    // A duty of security, not a basis for processing: "Under the Data Protection Act, we have a legal duty to protect
    // any information we collect from you".
    legal_obligation: ['(?:legal|statutory)\\s+(?:duty|duties|obligations?)\\s+to\\s+(?:protect|safeguard|secure|keep\\s+(?:\\S+\\s+){0,3}?(?:safe|secure|confidential))'],
    // A procedure named after the basis: "We also complete Legitimate Interest Assessments (LIAs) to ensure …".
    legitimate_interests: [
      'legitimate\\s+interests?\\s+(?:assessments?|tests?)',
      // A pointer, not a basis relied on: "Users may find specific information regarding the legitimate interests
      // pursued within the relevant sections"; a retention rule keyed to the basis: "Data collected for the purposes of
      // the Owner's legitimate interests shall be retained as long as needed" (generator templates).
      '(?:information|details)\\s+(?:regarding|about|on|concerning)\\s+the\\s+legitimate\\s+interests?',
      '(?:collected|processed)\\s+for\\s+the\\s+purposes?\\s+of\\s+(?:the\\s+)?(?:\\S+\\s+)?legitimate\\s+interests?\\s+(?:\\S+\\s+){0,3}?(?:retained|kept|stored)',
      // The condition of the right to object: "Where data are processed for the purposes of the legitimate interests
      // pursued by the Owner, Users may object to such processing".
      'legitimate\\s+interests?\\s+(?:\\S+\\s+){0,6}?(?:users?|you|data\\s+subjects?)\\s+(?:may|can|have\\s+the\\s+right\\s+to|are\\s+entitled\\s+to)\\s+object',
    ],
  },
  subjectBound: ['(?:legally|lawfully)\\s+(?:required|obliged|obligated|compelled)', 'required\\s+(?:to\\s+do\\s+so\\s+)?by\\s+(?:applicable\\s+)?law'],
  fillerWords: ['to', 'do', 'so', 'is', 'are', 'be', 'been', 'being', 'may', 'might', 'can', 'could', 'would', 'it', 'this', 'that', 'as', 'otherwise', 'also', 'in', 'some', 'certain', 'cases'],
  firstPerson: ['we', 'us', 'our'],
  thirdParties: ['third\\s+part(?:y|ies)', 'partners?', 'they', 'he', 'she'],
  conditions: ['if', 'where', 'when', 'whenever', 'unless', 'insofar\\s+as', 'to\\s+the\\s+extent(?:\\s+that)?'],
  clauseOpeners: ['if', 'where', 'when', 'unless', 'insofar\\s+as', 'because', 'that', 'or'],
  fieldLabel: ['(?:legal|lawful)\\s+(?:basis|bases|grounds?)'],
  columnHeader: ['(?:legal|lawful)\\s+(?:basis|bases|grounds?)', 'basis(?:\\s+for\\s+processing)?'],
};

export const interests: InterestLexicon = {
  // The processing itself is no interest pursued: "the necessary legitimate interest in processing the data".
  emptyInterests: [
    // Whose interest, in the Art. 6(1)(f) wording of a generic list of bases: "a legitimate interest of my company or a
    // third party and the interests … of the data subject do not outweigh …" names a party, not an interest.
    '(?:(?:my|our|the|this)\\s+(?:\\S+\\s+)?(?:company|organi[sz]ation|business|controller|operator|provider)|us|me)\\s+or\\s+(?:of\\s+|by\\s+)?(?:a\\s+|the\\s+)?third\\s+part(?:y|ies)(?:,?\\s+(?:and|except|unless|where|provided|if|insofar|which|when)(?![\\p{L}])[\\s\\S]*)?',
    'to\\s+(?:use|process|handle|keep|store|hold)\\s+(?:it|them|this|that|these|those|such\\s+data)', 'to\\s+do\\s+(?:so|this|that|it)', '(?:the\\s+)?processing\\s+(?:of\\s+)?(?:the\\s+|your\\s+|this\\s+|these\\s+|such\\s+|said\\s+)?(?:personal\\s+)?(?:data|information|details)'],
  fieldLabel: ['legitimate\\s+interests?'],
  leads: [
    'in', 'to', 'of', 'for(?!\\s+(?:example|instance))', 'namely', ',\\s*(?:for\\s+example|for\\s+instance|such\\s+as|e\\.g\\.|namely|including|i\\.e\\.)\\s*,?',
    '(?:is|are|lies|consists?)\\s+(?:in|to|of)', ':', '-', '–', '—',
  ],
  purposeLeads: ['to', 'for'],
  skips: ['(?:or|and)\\s+(?:\\p{L}+\\s+){0,2}\\p{L}+'],
  exampleOpeners: ['(?:for\\s+example|for\\s+instance|e\\.g\\.|such\\s+as)\\s*,?', 'this\\s+(?:may|can|could)\\s+(?:\\p{L}+\\s+){0,2}(?:the\\s+case\\s+)?(?:when|if|for|in)'],
  exampleCues: ['e\\.g\\.', 'for\\s+example', 'for\\s+instance', 'such\\s+as', 'including'],
  statementStarts: ['we', 'our', 'us', 'you', 'the', 'this', 'these', 'when', 'if', 'where'],
  backReferences: ['this', 'that', 'these', 'such\\s+processing', 'doing\\s+so'],
};

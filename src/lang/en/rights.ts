import type { ComplaintLexicon, RightsLexicon } from '../../lexicon/rights.js';
import { AUTHORITY } from '../marks.js';

/** A complaint (or the wish to complain) lodged with a supervisory authority, in either order. */
const COMPLAINT_TO_AUTHORITY: string[] = [
  // Up to seven words between the preposition and the authority's noun ("with the Dutch Data Protection Authority").
  `complain\\S*(?:\\s+\\S+){0,16}?\\s+(?:to|with|at|before)\\s+(?:\\S+\\s+){0,7}?${AUTHORITY}`,
  // Translated from German or French ("Beschwerderecht", "droit de recours"): "a right of appeal to the supervisory authority".
  `(?:appeal|recourse)(?:\\s+\\S+){0,3}?\\s+(?:to|with|before)\\s+(?:\\S+\\s+){0,7}?${AUTHORITY}`,
  // The complaint and then a verb of reaching the authority: "If you have a complaint, you can contact the supervisory
  // authority", "Should you wish to report a complaint …, you may contact the appropriate authority".
  `complain\\S*(?:\\s+\\S+){0,20}?\\s+(?:contact|approach|write\\s+to|reach\\s+out\\s+to|turn\\s+to|notify|inform|refer\\s+(?:it|this|the\\s+matter)\\s+to)\\s+(?:\\S+\\s+){0,5}?${AUTHORITY}`,
  // The iubenda template: "Users have the right to bring a claim before their competent data protection authority".
  `(?:bring|file|lodge|submit|make)\\s+a\\s+claim\\s+(?:\\S+\\s+){0,2}?(?:before|with|to)\\s+(?:\\S+\\s+){0,7}?${AUTHORITY}`,
];

const EN_PERSONS = '(?:members|parents|guardians|customers|clients|participants|visitors|applicants|candidates|patients|pupils|students|donors|subscribers|tenants|(?:a|the)\\s+(?:member|parent|customer|client|participant|visitor|applicant|patient|student|donor|subscriber|tenant))';

const EN_DATA_STATES = '(?:correct|accurate|up[-\\s]to[-\\s]date|complete|needed|necessary|required|relevant)';

const EN_CONSENT = 'consent';

export const complaint: ComplaintLexicon = {
  triggers: ['complain\\p{L}*', 'appeal', 'recourse', 'claim'],
  authorities: [
    'authorit(?:y|ies)', 'regulators?', 'commissioners?(?:[\'’]?s)?(?:\\s+office)?', 'supervisor', 'ico', 'dpa',
    // "a national or local regulatory agency", "a supervisory body".
    '(?:supervisory|regulatory|data\\s+protection)\\s+(?:agenc(?:y|ies)|bod(?:y|ies)|organi[sz]ations?)',
  ],
};

export const rights: RightsLexicon = {
  nominalGrants: [
    'rights?\\s+(?:to|of)',
    // An inline list after the rights are announced: "the following rights: access, rectification, …", "your rights are/include …".
    'following\\s+rights\\s*:?', 'rights\\s+(?:are|include|includes|including|comprise)\\s*:?',
    'request(?:s|ing)?(?:\\s+(?:for|to))?',
    'ask(?:ing)?\\s+(?:us\\s+)?(?:to|for)',
  ],
  grants: [
    // "users may need to update their settings" is a duty, not a right.
    '(?:you|individuals|users|data\\s+subjects)\\s+(?:\\S+\\s+){0,2}?(?:(?:can|may|might|could)(?!\\s+(?:need|have\\s+to|be\\s+required))|are\\s+(?:able|entitled|free)|will\\s+be\\s+able|would\\s+like|wish|want)',
    // The person named in the third person: "Every member may …", "Parents can …" (people whose data these are, not staff).
    '(?:every|each|any)\\s+\\p{L}+\\s+(?:can|may|is\\s+entitled)',
    `${EN_PERSONS}\\s+(?:\\S+\\s+){0,2}?(?:(?:can|may)(?!\\s+(?:need|have\\s+to|be\\s+required))|are\\s+(?:able|entitled))`,
    '(?:can|may|could)\\s+you',
    '(?:for|allows?|enables?|permits?|lets?|encourages?|invites?|entitles?|offer|offers)\\s+you',
    '(?:ability|options?|ways?|methods?|means|choice)\\s+(?:to|of|for)',
    'ask(?:ing)?\\s+us',
  ],
  reservations: ['reserves?', 'reserving'],
  dataObjects: [
    '(?:personal\\s+)?data',
    'information',
    'details',
    'account',
    'profile',
    'records?',
    'e-?mail\\s+address(?:es)?',
    'processing',
    'consent',
  ],
  notAboutData: [
    'browsers?', 'cookies?', 'cookie\\s+settings',
    // The policy's own changes ("reserves the right to amend this statement"), staff access as security ("only accessible by a
    // limited number of persons who have special access rights"), leaving a mailing list ("remove you from all correspondence").
    'reserves?\\s+the\\s+right', '(?:amend|change|update|modify|revise)\\s+(?:this|our|the)\\s+(?:privacy\\s+)?(?:policy|statement|notice)',
    '(?:accessible|available)\\s+(?:only\\s+)?(?:by|to)\\s+(?:a\\s+limited|authori[sz]ed)', 'access\\s+rights\\s+to\\s+(?:such|these|those|the|our)\\s+systems?',
    'remove\\s+(?:you|your\\s+(?:name|e-?mail(?:\\s+address)?))\\s+from\\s+(?:\\S+\\s+){0,2}?(?:correspondence|mailings?|mailing\\s+lists?|lists?|newsletters?)',
    // Deleting what sits on one's own device is no request to the organisation: "It can be deleted by clearing the
    // app's local storage or uninstalling the app".
    '(?:clear(?:ing|s)?|wip(?:e|es|ing))\\s+(?:\\S+\\s+){0,3}?(?:local\\s+storage|cache|app\\s+data|storage)', 'uninstall\\p{L}*',
    // A service provider's chores in a common template: "… sending postal mail and email, removing repetitive
    // information from customer lists, analyzing data …".
    'removing\\s+repetitive\\s+information',
    // Security measures name the same acts: "to prevent loss and theft, as well as unauthorised access, disclosure,
    // copying, use or modification" (the free generators' text).
    'unauthori[sz]ed\\s+(?:access|disclosure|use|modification|alteration)', 'prevent\\s+(?:\\S+\\s+){0,3}?(?:loss|theft|misuse)',
  ],
  notApplicable: ['not\\s+applicable', 'do(?:es)?\\s+not\\s+apply', "don['’]t\\s+apply"],
  otherActors: ['that', 'which', 'who', 'we', 'they'],
  otherActorsAfter: [],
  describingNegations: [
    `(?<=(?<![\\p{L}])(?:that|which)\\s+(?:is|are|was|were|has\\s+been|have\\s+been)\\s+)(?:not|no\\s+longer)(?=\\s+(?:\\S+\\s+)?${EN_DATA_STATES})`,
    `(?<=(?<![\\p{L}])(?:that|which)\\s+)(?:isn['’]t|aren['’]t)(?=\\s+(?:\\S+\\s+)?${EN_DATA_STATES})`,
  ],
  continuations: ['(?:this|that|it)\\s+(?:also\\s+)?(?:applies|extends|includes)(?:\\s+also)?(?:\\s+to)?', 'the\\s+same\\s+(?:applies|goes)\\s+(?:to|for)'],
  accessItems: [
    '(?:processing\\s+)?purposes?(?:\\s+of\\s+(?:the\\s+)?processing)?',
    'categor(?:y|ies)',
    'recipients?',
    '(?:(?:planned|envisaged)\\s+)?(?:storage|retention)\\s+(?:period|duration)|period\\s+for\\s+which|how\\s+long',
    'source|origin',
  ],
  accessInformation: ['information\\s+(?:about|on|regarding|concerning|as\\s+to)'],
  listIntros: ['rights?(?:\\s+(?:to|of))?', 'entitled\\s+to', 'ask\\s+(?:us\\s+)?(?:to|for)', 'request(?:\\s+(?:to|that))?'],
  rights: {
    access: {
      cues: [
        // The WordPress template: "request to receive an exported file of the personal data we hold about you".
        'export(?:ed)?\\s+(?:file\\s+|copy\\s+)?of\\s+(?:the\\s+|your\\s+|all\\s+|any\\s+)?(?:personal\\s+)?(?:data|information)',
  // "access your data", "access, update or delete", a label "Access", not "access our website"
        'access(?:ing)?(?=\\s*[,;/:|()]|\\s*$|\\s+(?:and|or|to|your|the|all|any|this|that|such|certain|personal|information|data|it|them|a\\s+copy)(?![\\p{L}]))',
  // Not a copy of the person's ID sent with a request, nor a copy of contract clauses or safeguards.
        'cop(?:y|ies)(?!\\s+of\\s+(?:your|an?)\\s+(?:id|identity|passport|driving)|\\s+of\\s+(?:the|these|our|such)\\s+(?:\\S+\\s+)?(?:clauses|safeguards|contracts?|agreements?|terms|certificates?|certifications?))',
        'archive',
        'obtain\\s+confirmation',
  // "see what information we have", not "see what information is provided when you sign in"
        '(?:see|know|find\\s+out|learn)\\s+(?:what|which|whether)\\s+(?:personal\\s+)?(?:data|information)\\s+(?:of\\s+yours\\s+)?(?:\\S+\\s+){0,2}?(?:have|has|hold|holds|keep|keeps|store|stores|process|processes|collected)',
  // "see the personal information we hold about you", "inspect their own data"
        '(?:see|view|inspect|review|check|consult)\\s+(?:the|all|any)\\s+(?:personal\\s+)?(?:data|information|details)\\s+(?:(?:that|which)\\s+)?we\\s+(?:hold|have|keep|store|process)',
        '(?:see|view|inspect|review)\\s+(?:your|their|his|her)\\s+(?:own\\s+)?(?:personal\\s+)?(?:data|information|details|records?)',
  // Translated "inzage" / "Einsicht": "your right to inspect, correct or remove your personal data", "If you wish to inspect
  // the personal data retained about you" (not "inspect our premises").
        'inspect(?:ion|ing)?(?=\\s*[,;/]|\\s+(?:and|or|of|your|the|all|any|personal|information|data|it|them)(?![\\p{L}]))(?!\\s+(?:of\\s+)?(?:the|our)\\s+(?:premises|building|site|vehicles?|goods|products|equipment|systems?)(?![\\p{L}]))',
  // The CCPA's "right to know about the personal information we collect and how it is used".
        'know\\s+about\\s+the\\s+(?:personal\\s+)?(?:data|information)\\s+(?:(?:that|which)\\s+)?we\\s+(?:collect|hold|have|process|keep|store)',
  // Plain wording in a list after "You can ask us to:": "show you what we hold about you", "tell you what data we have".
        '(?:show|tell)\\s+you\\s+(?:what|which)\\s+(?:(?:personal\\s+)?(?:data|information|details)\\s+)?we\\s+(?:hold|have|keep|store|process)',
  // Translated "Auskunft": "you will receive information free of charge about all personal data we have stored about you".
        '(?:receive|obtain|get)\\s+information\\s+(?:\\S+\\s+){0,4}?(?:about|on)\\s+(?:all\\s+|the\\s+|your\\s+|any\\s+)?(?:personal\\s+)?(?:data|information)\\s+(?:(?:that|which)\\s+)?(?:we|stored|held|processed)',
      ],
      standalone: ['(?:data\\s+)?subject\\s+access\\s+requests?'],
      // An app's permissions and a building are no data: "does not request access to your contacts, microphone, camera".
      // Nor what an account opens or an app may use: "can give You access to different functionalities of the Service",
      // "Photo Access: You can revoke photo library access anytime".
      unless: [
        'access\\s+to\\s+(?:your\\s+|the\\s+|our\\s+|a\\s+)?(?:device[\'’]?s?\\s+)?(?:contacts|microphone|camera|location|photos?|calendar|premises|building|permissions?)',
        'access\\s+to\\s+(?:\\S+\\s+){0,2}?(?:functionalit(?:y|ies)|features?)(?![\\p{L}])',
        '(?:photo|camera|microphone|location|contacts?|calendar|bluetooth|notification)\\s+(?:library\\s+)?access(?![\\p{L}])',
      ],
      objectFree: false,
    },
    rectification: {
      cues: [
        'rectif(?:y|ied|ying|ication)',
        'correct(?:ed|ing|ion)?',
        'updat(?:e|ed|ing)',
        'amend(?:ed|ing|ment)?',
        'modif(?:y|ied|ying|ication)',
        'edit(?:ed|ing)?',
        'alter(?:ed|ing)?',
        'chang(?:e|ed|ing)',
      ],
      standalone: [],
      // Account settings are no rectification of data held: "change your password".
      unless: ['(?:chang|updat|edit|modif)\\p{L}*\\s+(?:\\S+\\s+){0,2}?passwords?'],
      objectFree: false,
    },
    erasure: {
      cues: [
        'delet(?:e|ed|ing|ion)',
        'eras(?:e|ed|ing|ure)',
        'remov(?:e|ed|ing|al)',
        'forgotten',
      ],
      standalone: ['right\\s+to\\s+be\\s+forgotten'],
      unless: [],
      objectFree: false,
    },
    restriction: {
      cues: [
        'restrict(?:ed|ing|ion)?',
        'limit(?:ation|ing)?\\s+(?:of\\s+)?(?:the\\s+|our\\s+)?(?:processing|use)',
        'limit(?:ed|ing)?\\s+how\\s+we',
        // The Data Protection Act 1998's "rectified, blocked, erased or destroyed", and asking to pause the processing.
        'blocked(?=,?\\s+(?:or\\s+)?(?:erased|deleted|destroyed))',
        // Translated "Sperrung": "the right to request rectification, blocking and deletion", "blocking of your data".
        'blocking(?=,?\\s+(?:and|or)\\s+(?:the\\s+)?(?:deletion|erasure))',
        'block(?:ing)?\\s+of\\s+(?:your\\s+|the\\s+|all\\s+|such\\s+)?(?:personal\\s+)?(?:data|information)',
        '(?:suspen(?:d|ded|ding|sion)|pause|halt)\\s+(?:of\\s+|to\\s+)?(?:the\\s+|our\\s+)?(?:processing|use)',
      ],
      standalone: ['restriction\\s+of\\s+(?:the\\s+)?processing'],
      // The UK template's marketing opt-out: "You may choose to restrict the collection or use of your personal information in the following ways".
      // Choices about what is collected or shown are no restriction of data already held (Art. 18): "restrict the
      // collection of data by disabling JavaScript", "restrict the information you share", "restrict who sees your profile".
      unless: [
        'restrict\\s+the\\s+collection\\s+or\\s+use',
        '(?:restrict|limit)\\s+(?:the\\s+)?(?:collection|sharing|disclosure)\\s+of',
        // …but "restrict what we do with it" is the right itself.
        '(?:restrict|limit)\\s+(?:who|what|which|how\\s+much)(?!\\s+(?:we|us)\\s+(?:do|does|can\\s+do|use|process))',
        // A marketing opt-out: "restrict our use of your data for marketing by unsubscribing".
        '(?:restrict|limit)\\p{L}*\\s+(?:\\S+\\s+){0,6}?(?:for|of|from)\\s+(?:direct\\s+|e-?mail\\s+)?marketing',
        '(?:restrict|limit)\\p{L}*\\s+(?:\\S+\\s+){0,8}?by\\s+unsubscribing',
        '(?:restrict|limit)\\s+(?:the\\s+)?(?:\\S+\\s+)?(?:information|data|details)\\s+(?:(?:that|which)\\s+)?you\\s+(?:share|provide|give|disclose|post|submit|make\\s+public)',
      ],
      objectFree: false,
    },
    objection: {
      cues: ['object(?:s|ed|ing)?\\s+to', 'object', 'objection'],
      standalone: ['right\\s+to\\s+object'],
      // Opting out of marketing mail is not the right to object to processing; an objection to it, named so, is (Art. 21(2)).
      unless: ['unsubscrib\\p{L}*', 'opt(?:ing)?[-\\s]?out'],
      objectFree: true,
    },
    portability: {
      cues: [
        'export(?:ed)?\\s+(?:file|copy)\\s+of\\s+(?:the\\s+|your\\s+|all\\s+|any\\s+)?(?:personal\\s+)?(?:data|information)',
        '(?:data\\s+)?portability',
        'machine[-\\s]readable',
        'structured,?\\s+commonly\\s+used',
        // "have your data moved from one system to another", not a transfer "to another country"
        '(?:transmit|transfer|port|mov(?:e|ed|ing))(?:\\s+\\S+){0,6}?\\s+to\\s+(?:another|a\\s+(?:third|different|new))(?!\\s+(?:countr|jurisdiction|state|territor))',
      ],
      // Translated "Datenübertragbarkeit": "data transferability", "the transferability of your data".
      standalone: ['(?:data\\s+)?portability', 'machine[-\\s]readable', 'structured,?\\s+commonly[-\\s]used', 'data\\s+transferability', 'transferability\\s+of\\s+(?:your\\s+|the\\s+)?(?:personal\\s+)?data'],
      unless: [],
      objectFree: true,
    },
    withdraw_consent: {
      cues: [],
      standalone: [
  `withdraw(?:al|n|ing)?(?:\\s+of)?\\s+(?:\\S+\\s+){0,3}?${EN_CONSENT}`,
  // "any consent given by you is given freely and may be revoked at any time", "consent can be cancelled".
  `${EN_CONSENT}\\S*(?:\\s+\\S+){0,9}?\\s+(?:be\\s+|been\\s+|is\\s+)?(?:withdrawn|revoked|retracted|rescinded|cancell?ed)`,
  `revo(?:ke|king|cation\\s+of)\\s+(?:your\\s+|the\\s+|such\\s+|this\\s+|that\\s+|any\\s+)?${EN_CONSENT}`,
  // Other verbs of taking it back: "You are able to remove your consent at any time", "cancel your consent".
  `(?:remov(?:e|ing|al\\s+of)|cancel(?:l?ing|lation\\s+of)?|retract(?:ing|ion\\s+of)?|rescind(?:ing)?|tak(?:e|ing)\\s+back)\\s+(?:your\\s+|the\\s+|such\\s+|this\\s+|that\\s+|any\\s+|their\\s+|his\\s+|her\\s+)?(?:previously\\s+given\\s+|earlier\\s+)?${EN_CONSENT}(?!\\s+(?:banner|pop-?up|bar|box|tool|manager|form)s?(?![\\p{L}]))`,
  `${EN_CONSENT}\\S*(?:\\s+\\S+){0,12}?\\s+(?:withdraw|revoke|retract|cancel|take\\s+back)\\s+(?:it|this|that)`,
  `${EN_CONSENT}\\S*(?:\\s+\\S+){0,12}?\\s+take\\s+(?:it|this|that)\\s+back`,
  // "You can tell us at any time that you no longer consent"; "Where we process data based on your consent, you can ask
  // us to stop at any time".
  `you\\s+(?:\\S+\\s+){0,1}?no\\s+longer\\s+(?:wish\\s+to\\s+|want\\s+to\\s+)?(?:give\\s+(?:your\\s+|us\\s+)?)?${EN_CONSENT}`,
  `${EN_CONSENT}\\S*(?:\\s+\\S+){0,8}?\\s+(?:ask|tell|request)\\s+us\\s+to\\s+stop(?![\\p{L}])`,
      ],
      unless: [],
      objectFree: true,
    },
    complaint: {
      cues: [],
      // Matched on the sentence with authority mentions replaced by AUTHORITY_MARK.
      standalone: COMPLAINT_TO_AUTHORITY,
      unless: [],
      objectFree: true,
    },
  },
};

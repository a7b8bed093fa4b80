import type { RetentionLexicon } from '../../lexicon/retention.js';

export const retention: RetentionLexicon = {
  cues: [
    'retain\\p{L}*', 'retention', 'keep(?:s|ing)?', 'kept', 'stor(?:e|es|ed|ing|age)', 'delet(?:e|es|ed|ing|ion)', 'eras(?:e|es|ed|ing|ure)',
    'remov(?:e|es|ed|ing|al)', 'destroy(?:s|ed|ing)?', 'anonymi[sz](?:e|es|ed|ing|ation)', 'de-identif(?:y|ies|ied)', 'purg(?:e|es|ed|ing)',
    'archiv(?:e|es|ed|ing)', 'preserv(?:e|es|ed|ing)(?!\\s+(?:the\\s+|your\\s+|our\\s+)?(?:rights?|privacy|confidentiality|integrity|security|availability)(?![\\p{L}]))', 'dispos(?:e|es|ed|ing|al)\\s+of', 'overwrit(?:e|es|ten|ing)', 'held', 'logged(?!\\s+(?:in|out|on|off|into)(?![\\p{L}]))', '(?:we|they)\\s+log(?!\\s+(?:you\\s+|users\\s+)?(?:in|out|on|off|into)(?![\\p{L}]))', // Not taking the "for" of "for as long as …" (a criterion read on its own): "We will hold your information for as long as …".
    'hold(?:s)?(?=\\s+(?:\\p{L}+\\s+){0,4}for(?![\\p{L}]))',
    // "Your personal data will be processed for the duration of your consent".
    'process(?:ed|es|ing)?(?=\\s+(?:\\S+\\s+){0,4}?for\\s+the\\s+(?:duration|term|period)\\s+of(?![\\p{L}]))', 'log(?:s|ged)?\\s+(?:are|is)\\s+kept',
    // "We hold your details on our database for 2 years".
    'hold(?:s|ing)?\\s+(?:\\S+\\s+){0,4}?(?:on|in)\\s+(?:our|the)\\s+(?:files?|records|database|systems?)',
  ],
  deletionCues: ['dispos(?:e|es|ed|ing|al)\\s+of', 'delet(?:e|es|ed|ing|ion)', 'eras(?:e|es|ed|ing|ure)', 'remov(?:e|es|ed|ing|al)', 'destroy(?:s|ed|ing)?', 'anonymi[sz](?:e|es|ed|ing)', 'purg(?:e|es|ed)'],
  labels: ['storage(?:\\s+(?:period|duration|time))?', '(?:data\\s+)?processing\\s+(?:period|duration)', 'period\\s+of\\s+(?:storage|retention|processing)', '(?:data\\s+)?retention(?:\\s+(?:period|time|policy))?', 'how\\s+long', 'kept\\s+for', 'retained\\s+for'],
  criteria: [
    '(?:for\\s+)?(?:as|so)\\s+long\\s+as', 'for\\s+the\\s+(?:duration|term|life(?:time)?|length|period)\\s+of', 'during\\s+the\\s+(?:term|duration|lifetime|life|course)\\s+of',
    'while\\s+your\\s+(?:account|membership|subscription|contract|profile)', 'until\\s+(?:you|your|we|the\\s+end|the\\s+(?:termination|expiry|expiration|closure|deletion|cancellation|completion|conclusion))(?=\\s)',
    // An event that ends: "until the study ends", "until the project is completed".
    'until\\s+(?:the|this|that|your)\\s+(?:\\p{L}+\\s+)?(?:study|project|research|trial|event|course|programme|program|contract|membership|subscription|tenancy|employment|season|competition|campaign)\\s+(?:ends|has\\s+ended|is\\s+(?:over|completed|finished|closed|concluded)|(?:has\\s+)?tak(?:en|es)\\s+place)(?![\\p{L}])',
    'until\\s+such\\s+time\\s+as',
    // "for the period in which you have an account with us", "while you are a customer", "while you remain a member",
    // "while your application is being considered" (not "while you are browsing").
    'for\\s+the\\s+(?:period|time)\\s+(?:in\\s+which|during\\s+which|when)\\s+(?:you|your)(?=\\s)',
    'while\\s+you\\s+(?:are|remain)\\s+(?:an?|our)(?=\\s)', 'while\\s+you\\s+(?:are|remain)\\s+(?:registered|enrolled|subscribed|employed)(?![\\p{L}])', 'while\\s+you\\s+remain(?=\\s)',
    'while\\s+your\\s+(?:\\p{L}+\\s+)?(?:relationship|application|tenancy|employment|enrol?ment|registration|case|claim|enquiry|inquiry|order|booking|treatment|studies|course|placement|contract|membership|subscription|account)(?=\\s)', 'till\\s+(?:you|your)(?=\\s)',
    // "We keep your contact details for the time that you are a member".
    'for\\s+the\\s+time\\s+(?:that\\s+)?(?:you|your)(?=\\s)',
  ],
  deletionTriggers: [
    '(?:when|once|as\\s+soon\\s+as|after)\\s+(?:you|your)',
    // "We will delete all your data if your account becomes inactive", "if we detect that an account has been inactive".
    '(?:if|when|once)\\s+(?:we\\s+(?:detect|notice|see)\\s+that\\s+)?(?:your|an|the)\\s+(?:user\\s+)?account\\s+(?:becomes|is|has\\s+been|remains|goes)\\s+(?:inactive|dormant|unused)',
  ],
  rightsWords: ['rights?', 'request\\p{L}*', 'you\\s+(?:can|may)', 'entitled'],
  vague: [
    'no\\s+longer\\s+than\\s+(?:is\\s+)?(?:strictly\\s+|reasonably\\s+|absolutely\\s+)?(?:necessary|needed|required)',
    'for\\s+a\\s+reasonable\\s+(?:period|time|amount\\s+of\\s+time)', 'for\\s+a\\s+limited\\s+(?:period|time)',
    '(?:as|where)\\s+(?:reasonably\\s+)?(?:necessary|needed|required)\\s+(?:to|for)',
  ],
  // Until the purpose is served or lapses is as vague as "as long as necessary".
  // "as long as the law requires us to" is as vague as "as long as necessary" (ANNOTATION.md: a vague legal duty).
  necessity: ['necessary', 'needed', 'required', 'requires?', 'obliged', 'obligated', 'obliges', 'useful', 'appropriate', 'reasonabl\\p{L}*', 'permitted', 'relevant', 'need', 'purposes?\\s+(?:\\S+\\s+){0,3}?(?:(?:has|have)\\s+been\\s+|is\\s+|are\\s+)?(?:fulfilled|achieved|accomplished)'],
  anchorsAfter: ['after', 'from', 'following', 'since', 'of\\s+(?:your|the|our|their|its|receipt|collection|termination|closure|deletion|cancellation)', 'beginning', 'starting'],
  anchorWords: ['thereafter', 'afterwards', 'afterward'],
  anchorsBefore: ['from', 'after', 'following'],
  phraseEnds: [
    'unless', 'except', 'but', 'or\\s+as', 'or\\s+for\\s+(?:as|so)\\s+long', 'or\\s+longer', 'and\\s+then', 'and\\s+(?:you|we)', 'even\\s+if', 'after\\s+which', 'whichever',
    'if', 'provided', 'subject\\s+to',
    // "for only as long as you are a customer … and for no longer than is necessary after that": two rows.
    'and\\s+for\\s+no\\s+longer',
    // "kept for the term of the subscription and deleted within 60 days after it ends": the deletion is a row of its own.
    'and\\s+(?:are\\s+|is\\s+|will\\s+be\\s+)?(?:deleted|erased|removed|destroyed|anonymi[sz]ed)',
  ],
  examplesInBrackets: ['e\\.\\s?g\\.?', 'for\\s+example', 'for\\s+instance', 'example', 'insert', 'such\\s+as'],
  notRetention: [
    // A deadline for handling a request or a complaint: "We will respond to access and deletion requests within 45 days".
    'requests?(?=\\s+within)', 'acknowledg(?:e|es|ed)\\s+(?:\\S+\\s+){0,2}?complaints?',
    'respond\\p{L}*', 'response', 'repl(?:y|ies|ied)', 'answer\\p{L}*',
    // The GDPR's own deadline for acting on a right or a breach, never how long data are kept: "We must carry out
    // deletion without undue delay and normally within one month", "notify you without undue delay and within 72 hours".
    'without\\s+(?:an\\s+|any\\s+)?undue\\s+delay',
    // A notice period, not the document itself: "No purpose in this notice will require us to keep it longer than 1 year".
    '(?<!(?:this|our|privacy|the\\s+privacy|data\\s+protection|fair\\s+processing|recruitment|applicant)\\s+)notice', 'notif(?:y|ies|ied|ication)', 'prior\\s+to', 'in\\s+advance',
    'before\\s+(?:the|any|such)\\s+change',
    // Acting on a request: "If you ask us to delete your data, we will do so within one month".
    '(?:will|shall|would)\\s+do\\s+so\\s+within', 'extend\\p{L}*', 'trial', 'valid', 'cooling[- ]off', 'refund\\p{L}*', 'warranty',
    // A contract's own term: "the subscription has a term of 12 months".
    'has\\s+a\\s+term', '(?:initial|minimum|subscription|contract)\\s+term', 'term\\s+of\\s+(?:\\d|one|two|three|six|twelve)', 'renew\\p{L}*',
    // A review cycle: "we review our retention periods every two years".
    'review(?:s|ed)?', 're-?assess(?:es|ed)?', 're-?evaluat(?:e|es|ed)',
  ],
  ageBefore: [
    'under(?:\\s+the)?(?:\\s+age(?:\\s+of)?)?', 'over\\s+the\\s+age\\s+of', 'aged', 'age(?:\\s+of)?', 'younger\\s+than', 'older\\s+than'],
  ageAfter: ['-?\\s*old', 'of\\s+age', 'or\\s+older', 'and\\s+older', 'or\\s+younger', 'and\\s+(?:over|above|under)'],
  ageUnits: [],
  ageContext: ['child(?:ren)?', 'minors?', 'kids?', 'age', 'younger', 'older\\s+than', 'parents?', 'guardians?'],
  backReferences: ['these', 'those', 'this', 'that', 'said', 'such'],
  lookbacks: ['past', 'previous', 'preceding', 'prior'],
  passiveAux: ['is', 'are', 'was', 'were', 'be', 'been', 'gets?', 'remains?', 'stays?'],
  activeVerbs: ['retain', 'retains', 'keep', 'keeps', 'store', 'stores', 'hold', 'holds', 'delete', 'deletes', 'archive', 'archives', 'erase', 'erases'],
  objectEnds: [
    'for', 'until', 'till', 'during', 'while', 'within', 'up\\s+to', 'as\\s+long', 'no\\s+longer', 'after', 'from', 'when', 'once',
    'in\\s+(?:accordance|line)', 'according', 'on\\s+our', 'as\\s+(?:necessary|needed|required)', 'where', 'if', 'unless', 'at\\s+most',
  ],
  subordinators: ['if', 'when', 'where', 'once', 'after', 'as', 'because', 'for', 'in', 'while', 'should', 'with', 'without', 'on', 'by', 'until', 'up'],
  pointerSubjects: ['it', 'they', 'this', 'these', 'that', 'those', 'such', 'which', 'what', 'them'],
  pronouns: ['we', 'you', 'us', 'i', 'it', 'they', 'them'],
  invertedSubjects: [],
  clauseOpeners: [',\\s*(?:but|and|or|however)', ';'],
  leadingVerbs: ['and\\s+(?:use|process|share|disclose)'],
  fillers: ['generally', 'usually', 'typically', 'normally', 'also', 'still', 'consequently', 'automatically', 'then', 'only', 'will', 'shall', 'may', 'might', 'can', 'could', 'must', 'would', 'should'],
};

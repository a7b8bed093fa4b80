import type { RequirementLexicon } from '../../lexicon/requirements.js';

export const requirements: RequirementLexicon = {
  statutoryContractual: [
    // The GDPR's own words: "… is a requirement necessary to enter into a contract" (Art. 13(2)(e)).
    'provision\\s+of\\s+(?:\\S+\\s+){0,4}?(?:is|is\\s+not|constitutes)\\s+(?:a\\s+|an\\s+)?(?:\\S+\\s+){0,3}?requirement',
    'requirement\\s+necessary\\s+to\\s+enter\\s+into\\s+a\\s+contract',
    // The choice is the person's: "It is up to you whether you share this information", "you may refuse to provide it".
    'up\\s+to\\s+you\\s+(?:whether|if)\\s+(?:or\\s+not\\s+)?(?:you\\s+)?(?:share|provide|give|tell|supply)',
    '(?:refuse|decline)\\s+to\\s+(?:provide|give|share|supply)\\s+(?:us\\s+(?:with\\s+)?)?(?:this|that|the|your|any|such)',
    'without\\s+telling\\s+us\\s+who\\s+you\\s+are',
    // No duty to provide: "You have no contractual or legal obligation to provide us with personal data".
    'you\\s+(?:have|are\\s+under|bear)\\s+no\\s+(?:\\S+\\s+){0,4}?obligation\\s+to\\s+(?:provide|give|share|submit|supply|disclose)',
    'no\\s+(?:(?:legal|statutory|contractual)\\s+(?:or|and|nor)\\s+)?(?:legal|statutory|contractual)\\s+(?:obligation|requirement)\\s+to\\s+(?:provide|give|share|submit|supply)',
    // Without the adjective, with the data named: "There is no obligation to provide us with personal data" (not "no
    // requirement to provide a reason").
    'no\\s+(?:obligation|requirement)\\s+(?:for\\s+you\\s+)?to\\s+(?:provide|give|share|submit|supply|disclose)\\s+(?:us\\s+(?:with\\s+)?)?(?:any\\s+|your\\s+|the\\s+|this\\s+|these\\s+|such\\s+|certain\\s+)?(?:personal\\s+)?(?:data|information|details)(?![\\p{L}])',
    // Using the site without giving data: "You can visit our website without providing any personal information".
    '(?:visit|use|browse|access)\\s+(?:\\S+\\s+){0,4}?without\\s+(?:providing|giving|revealing|disclosing|entering|telling\\s+us)\\s+(?:us\\s+)?(?:any\\s+)?(?:personal\\s+)?(?:data|information|details)',
    // The site used anonymously: "You may, however, visit our site anonymously" (not "we analyse use anonymously").
    'you\\s+(?:can|may|are\\s+(?:free|able)\\s+to),?\\s+(?:\\S+\\s+){0,2}?(?:visit|use|browse|access)\\s+(?:\\S+\\s+){0,3}?anonymously',
    // Necessary to collect from the person: "it is important that we collect certain personal information from you when you
    // register" (not a bare "we collect information from you").
    '(?:important|necessary|essential|required|vital|need)\\s+(?:\\S+\\s+){0,3}?(?:collect|obtain|ask\\s+for|receive)\\s+(?:certain|some|the\\s+following|this|these|a\\s+few)\\s+(?:\\S+\\s+)?(?:information|data|details)\\s+from\\s+you(?![\\p{L}])',
    // Given by choice: "do so at their own discretion", "if you choose to provide".
    '(?:provide|give|submit|share|supply|do\\s+so)\\s+(?:\\S+\\s+){0,5}?at\\s+(?:your|their)\\s+own\\s+discretion',
    'if\\s+you\\s+(?:choose|decide|wish)\\s+to\\s+(?:provide|give|share|submit|enter|supply)',
    'we\\s+require\\s+(?:this|these|some|the\\s+following|your)\\s+(?:basic\\s+)?(?:information|data|details)',
    'the\\s+only\\s+(?:personal\\s+)?(?:data|information|details)\\s+(?:(?:that|which)\\s+)?we\\s+(?:require|need|ask\\s+(?:you\\s+)?for)',
    '(?:is|are)\\s+required\\s+(?:for\\s+you\\s+)?(?:to|for)\\s+(?:create|open|register|use|enter|sign\\s+up|an?\\s+account|the\\s+contract)',
    '(?:you\\s+(?:are\\s+not|aren[\'’]t|are)|you[\'’]re\\s+not)\\s+(?:obliged|required|obligated|under\\s+(?:no|an)\\s+obligation)\\s+(?:by\\s+law\\s+|legally\\s+|contractually\\s+)?to\\s+(?:provide|give|share|submit)',
    // A duty put on the person: "you must provide your name and an email address" (not a duty to consent).
    // Nor a request to exercise a right: "To exercise these rights, you need to submit a verifiable request".
    'you\\s+(?:must|need\\s+to|have\\s+to|will\\s+(?:need|have)\\s+to)\\s+(?:provide|give|enter|supply|submit)(?!\\s+(?:your\\s+|us\\s+)?(?:consent|permission))(?!\\s+(?:us\\s+(?:with\\s+)?)?(?:a|an|your|the)\\s+(?:\\S+\\s+)?(?:request|complaint)(?![\\p{L}]))',
    // Providing is (not) voluntary, mandatory or a requirement: "Providing personal data to us is not a legal requirement".
    '(?:providing|provision\\s+of|giving\\s+us|supplying)\\s+(?:\\S+\\s+){0,4}?(?:personal\\s+)?(?:data|information|details)\\s+(?:\\S+\\s+){0,2}?(?:is|are)\\s+(?:not\\s+)?(?:entirely\\s+|completely\\s+)?(?:voluntary|optional|mandatory|obligatory|compulsory|an?\\s+(?:legal|statutory|contractual)\\s+(?:requirement|obligation))',
    // Not "If you do not give it (consent), you will still be able to use the page".
    'if\\s+you\\s+(?:do\\s+not|don[\'’]t|decline\\s+to|choose\\s+not\\s+to|refuse\\s+to|fail\\s+to)\\s+(?:provide|give(?!\\s+(?:it|them)(?![\\p{L}]))|share|submit)',
    // Not a cookie banner's choice: "If you decline, we will not set analytics cookies".
    'if\\s+you\\s+decline\\s+to\\s+(?!(?:give\\s+|provide\\s+)?(?:your\\s+|us\\s+)?(?:consent|permission)(?![\\p{L}]))',
    // Not data handed to the person (an access answer): "we will not be able to provide you with any data".
    '(?:unable|not\\s+be\\s+able)\\s+to\\s+provide\\s+you\\s+with(?!\\s+(?:\\S+\\s+){0,2}?(?:data|information|details|cop(?:y|ies))(?![\\p{L}]))',
    // What follows without a piece of data: "without a delivery address we can't post your coffee" (not consent or cookies).
    'without\\s+(?!(?:\\S+\\s+){0,2}?(?:consent|permission|cookies?)(?![\\p{L}]))(?:[\\p{L}\\p{N}\'’-]+\\s+){0,4}?[\\p{L}\\p{N}\'’-]+,?\\s+(?:we|you|i)\\s+(?:cannot|can[\'’]t|can\\s+not|will\\s+not|won[\'’]t|are\\s+unable|am\\s+unable|would\\s+not|wouldn[\'’]t|could\\s+not|couldn[\'’]t|are\\s+not\\s+able|(?:will|would)\\s+(?:not\\s+)?be\\s+unable)',
    'failure\\s+to\\s+(?:provide|supply|give|submit|disclose|furnish)',
    '(?:mandatory|required)\\s+fields?',
    'marked\\s+(?:with\\s+)?(?:an\\s+)?(?:asterisk|\\*)',
    'statutory\\s+or\\s+contractual\\s+requirement',
    // "… neither a statutory nor a contractual requirement".
    '(?:neither\\s+)?an?\\s+(?:statutory|legal)\\s+(?:n?or\\s+)?(?:an?\\s+)?contractual\\s+(?:requirement|obligation)',
    // The UK template: "… and you fail to provide that data when requested, we may not be able to perform the contract".
    'you\\s+(?:fail|refuse|decline|choose\\s+not)\\s+to\\s+(?:provide|give|supply)\\s+(?:that|this|the|your|such)?\\s*(?:personal\\s+)?(?:data|information|details)',
    // "You can choose not to provide personal information, but …"; "the rest is optional".
    'you\\s+(?:can|may)\\s+(?:always\\s+|also\\s+|of\\s+course\\s+)?(?:choose|decide|opt)\\s+not\\s+to\\s+(?:provide|give|share|supply)',
    // More everyday wordings: "Any information you provide is given voluntarily", "You can choose whether or not to
    // give us …", "We cannot accept your booking without your name", "We need some information from you to …", "Your
    // participation in this research is voluntary", "Should you not wish to provide your details, …", "You can use the
    // website without registering".
    '(?<!(?:consent|permission)\\s+(?:is|was|are|must\\s+be)\\s+)(?:given|provided|supplied|submitted|shared|disclosed|sent)\\s+(?:(?:to\\s+)?us\\s+)?(?:entirely\\s+|purely\\s+|completely\\s+)?voluntarily',
    // "Your information is collected on a voluntary basis" (not consent: "Consent is given on a voluntary basis").
    '(?<!(?:consent|permission)\\s+(?:is|was|are|must\\s+be)\\s+)(?:collected|obtained|given|provided|supplied|submitted|shared|sent|transmitted|communicated|disclosed)\\s+(?:to\\s+us\\s+)?on\\s+(?:a\\s+voluntary|an\\s+optional)\\s+basis',
    // "Membership requires that you provide your name and address" (not consent).
    'requires?\\s+that\\s+you\\s+(?:provide|give|supply|submit|enter)(?!\\s+(?:us\\s+)?(?:your\\s+)?(?:consent|permission))(?![\\p{L}])',
    // What the person gives is required: "Some of the data you provide is required by law" (not what is done with it:
    // "The information you provide is required to be stored for six years").
    '(?:data|information|details)\\s+(?:(?:that|which)\\s+)?you\\s+(?:provide|give|supply|submit)\\s+(?:\\S+\\s+){0,4}?(?:is|are)\\s+(?:legally\\s+|contractually\\s+)?(?:required|mandatory|needed|necessary)(?!\\s+(?:to\\s+be\\s+(?:stored|kept|retained|held|processed|deleted|disclosed|shared)|for\\s+(?:our|its|their)\\s+(?:\\S+\\s+)?(?:legitimate|performance))(?![\\p{L}]))',
    'choose\\s+whether\\s+(?:or\\s+not\\s+)?to\\s+(?:give|provide|share|supply|disclose)',
    // The person decides: "you will always be able to decide whether or not to provide us with the information" (not the
    // organisation: "We are free to decide whether to share data with partners").
    '(?:you|users?)\\s+(?:\\S+\\s+){0,4}?decide\\s+whether\\s+(?:or\\s+not\\s+)?to\\s+(?:give|provide|share|supply|disclose)',
    '(?:cannot|can[\'’]t|can\\s+not|unable\\s+to|won[\'’]t\\s+be\\s+able\\s+to|(?:will|would)\\s+not\\s+be\\s+able\\s+to)\\s+(?:\\S+\\s+){0,6}?without\\s+(?:your|this|that|these|such|the)\\s+(?:\\S+\\s+){0,4}?(?:name|e-?mail|address|details|information|data|number)',
    '(?:need|require)\\s+(?:some\\s+|certain\\s+)?(?:personal\\s+)?(?:information|data|details)\\s+from\\s+you',
    '(?:(?:your\\s+participation|participation\\s+in\\s+(?:this|the|our)\\s+(?:research|study|survey|project|trial|questionnaire|interview))\\s+(?:\\S+\\s+){0,4}?|(?<![\\p{L}]\\s+)participation\\s+)(?:is|remains)\\s+(?:entirely\\s+|completely\\s+|purely\\s+)?voluntary',
    'should\\s+you\\s+(?:not\\s+wish|choose\\s+not|decide\\s+not|prefer\\s+not)\\s+to\\s+(?:provide|give|share|supply)',
    '(?:can|may|are\\s+able\\s+to)\\s+(?:also\\s+)?(?:visit|use|browse|access)\\s+(?:\\S+\\s+){0,4}?without\\s+(?:registering|creating\\s+an\\s+account|signing\\s+up|an\\s+account)',
    'voluntar(?:y|ily)\\s+(?:use|contact|send|write)',
    // "We do not require you to provide any personal information to use our App".
    // Contracted, or of users: "We don't require you to provide your real name", "does not require users to submit any data"
    // (not an account alone, which says nothing of data: "The app does not require you to create an account").
    '(?:(?:do|does|will)\\s+not|don[\'’]t|doesn[\'’]t|won[\'’]t|never)\\s+require\\s+(?:you|users|visitors|members|customers)\\s+to\\s+(?:provide|give|share|enter|supply|disclose|submit|use\\s+(?:your|their)\\s+real\\s+name)(?![\\p{L}])(?!\\s+(?:us\\s+)?(?:your\\s+|their\\s+)?(?:consent|permission))',
    // What follows when collection is refused: "If you do not allow us to collect necessary data, we may not be able to …"
    // (not cookies, which the sentence filter drops).
    'if\\s+you\\s+(?:do\\s+not|don[\'’]t|choose\\s+not\\s+to|decide\\s+not\\s+to)\\s+(?:allow|permit|let)\\s+us\\s+to\\s+(?:collect|process|use|obtain|have|store|record)(?![\\p{L}])(?!\\s+(?:\\S+\\s+){0,3}?(?:cookies?|tracking|analytics)(?![\\p{L}]))',
    // "The information you give us is given of your own free will".
    '(?:give|given|provide|provided|share|shared|supply|supplied|submit|submitted)\\s+(?:\\S+\\s+){0,3}?(?:of|on|at)\\s+(?:your|their)\\s+own\\s+(?:free\\s+will|initiative|accord)',

    // The law requires the person's data: "We are required by law to collect your National Insurance number".
    '(?:required|obliged|obligated)\\s+by\\s+law\\s+to\\s+(?:ask|collect|request|obtain|record)\\s+(?:for\\s+)?(?:your|certain|some|this|these)',
    // "We are legally required to collect and transmit fraud prevention data to HMRC".
    '(?:legally|statutorily)\\s+(?:required|obliged|obligated)\\s+to\\s+(?:ask|collect|request|obtain|record)(?:\\s+and\\s+\\p{L}+)?\\s+(?:for\\s+)?(?:your|certain|some|this|these|the\\s+following|\\p{L}+(?:\\s+\\p{L}+)?\\s+(?:data|information|details))',
    // The choice stated as the person's: "Whenever you give us personal data, you do so voluntarily", "You are free to
    // decide whether to provide …", "It is your choice whether to give us …", "If you do not want to provide this …".
    // Data collected only when the person hands them over: "We only collect your e-mail address when you give it to us"
    // (not consent: "only … if you give us your consent").
    '(?:only|solely)\\s+(?:collect|receive|process|store|obtain|hold|get)s?\\s+(?:\\S+\\s+){0,6}?(?:when|if|where)\\s+you\\s+(?:\\S+\\s+){0,2}?(?:give|provide|submit|send|enter|fill\\s+in|share|supply|volunteer)(?!\\s+(?:\\S+\\s+){0,2}?(?:consent|permission|approval))(?![\\p{L}])',
    '(?:you|they)\\s+do\\s+so\\s+(?:entirely\\s+|completely\\s+|purely\\s+)?(?:voluntarily|on\\s+a\\s+voluntary\\s+basis)',
    '(?:you\\s+are|you[\'’]re)\\s+(?:entirely\\s+|completely\\s+)?free\\s+to\\s+(?:decide|choose)\\s+whether\\s+(?:or\\s+not\\s+)?(?:to\\s+|you\\s+)?(?:provide|give|share|supply|disclose)',
    '(?:your|the\\s+user[\'’]s)\\s+(?:own\\s+)?(?:choice|decision)\\s+whether\\s+(?:or\\s+not\\s+)?(?:to\\s+|you\\s+)?(?:provide|give|share|supply|disclose)',
    'if\\s+you\\s+(?:do\\s+not|don[\'’]t)\\s+(?:want|wish)\\s+to\\s+(?:provide|give|share|supply)(?!\\s+(?:your\\s+|us\\s+)?(?:consent|permission))',
    // A piece of data is required for something ("Your email address is required to allow us to send …"), and what
    // cannot be done without the data ("We cannot submit your tax returns without this data").
    // Not the legal basis: "Processing your personal data is necessary for our legitimate interests", "the data is
    // necessary for our performance of a contract"; what is done with the data is no statement about providing them.
    '(?<!(?:processing|storage|retention|use|handling|transfer|sharing|disclosure|deletion|erasure|analysis)\\s+of\\s+(?:\\S+\\s+){0,3}|(?:processing|storing|using|retaining|handling)\\s+(?:\\S+\\s+){0,3})(?:address|name|number|details|information|data|birth)\\s+(?:is|are)\\s+(?:required|mandatory|necessary|needed)\\s+(?:in\\s+order\\s+)?(?:to|for|so\\s+(?:that\\s+)?(?:we|you|i)(?![\\p{L}]))(?!\\s+be\\s+(?:stored|kept|retained|held|processed|deleted|disclosed|shared|reported)(?![\\p{L}]))(?!\\s+(?:our|its|their)\\s+(?:\\S+\\s+)?(?:legitimate|performance))',
    '(?:cannot|can[\'’]t|can\\s+not|are\\s+unable\\s+to|will\\s+not\\s+be\\s+able\\s+to)\\s+(?:\\S+\\s+){1,8}?without\\s+(?:this|these|that|your|such|the)\\s+(?:personal\\s+)?(?:data|information|details)',
    // The data themselves are needed for the contract ("we need this information to enter into a contract with you");
    // "processing is necessary to enter into a contract" is the legal basis, not a statement about providing data.
    'need\\s+(?:this|these|your|the|such)\\s+(?:\\S+\\s+){0,2}?(?:in\\s+order\\s+)?to\\s+enter\\s+into\\s+(?:a|the|this)\\s+contract',
    // Registration (not) required: "Registering via … is not strictly required to take part", "Signing in is required"
    // (not "We do not require you to create an account", which says nothing of data).
    '(?:registration|registering|signing\\s+(?:in|up)|logging\\s+in|an?\\s+(?:user\\s+)?account|creating\\s+an?\\s+account)\\s+(?:\\S+\\s+){0,5}?(?:is|are)\\s+(?:not\\s+)?(?:strictly\\s+|always\\s+|entirely\\s+)?(?:required|necessary|mandatory|needed|compulsory|optional|voluntary)',
    // The person decides what to give: "You decide which information you share with us".
    '(?:you|users?)\\s+(?:\\S+\\s+)?(?:decide|choose|determine|control)s?\\s+(?:yourself\\s+|themselves\\s+)?(?:what|which|whether|how\\s+much)\\s+(?:\\S+\\s+){0,5}?(?:share|provide|give|disclose|submit|enter|tell\\s+us)(?![\\p{L}])',
    // The refusal and its consequence: "The refusal to grant them will not allow you to participate".
    // "… it won't be possible for us to provide you with our Services", "we may not be able to continue with the enquiry".
    '(?:won[\'’]t|will\\s+not|would\\s+not|may\\s+not)\\s+be\\s+possible\\s+(?:for\\s+us\\s+)?to\\s+(?:provide|offer|deliver|register|process)(?!\\s+(?:you\\s+with\\s+)?(?:\\S+\\s+){0,2}?(?:data|information|details|cop(?:y|ies))(?![\\p{L}]))',
    '(?:may|will|would|might)\\s+not\\s+be\\s+able\\s+to\\s+(?:continue|proceed)\\s+with\\s+(?:the|your|this)\\s+(?:enquiry|inquiry|application|booking|order|registration|service|request)',
    // More everyday consequences: "Not providing this information may mean we cannot …", "information without which we
    // cannot process your order", "unless you provide us with …", "Where you choose not to provide it, …".
    '(?:not\\s+providing|non-provision\\s+of|failing\\s+to\\s+provide)\\s+(?:\\S+\\s+){0,5}?(?:may|will|could|would|might|means?|results?|prevents?)(?![\\p{L}])',
    'without\\s+which\\s+(?:we|you|i)\\s+(?:cannot|can[\'’]t|can\\s+not|will\\s+not|won[\'’]t|are\\s+unable|would\\s+not|could\\s+not|may\\s+not|might\\s+not)',
    'unless\\s+you\\s+(?:provide|give|supply|submit)\\s+(?:(?:us|me)\\s+(?:with\\s+)?)?(?!(?:your\\s+|us\\s+)?(?:consent|permission|approval)(?![\\p{L}]))(?:this|that|the|your|these|such|certain|some|an?)(?![\\p{L}])',
    '(?:where|when|in\\s+case|in\\s+the\\s+event\\s+that|should)\\s+you\\s+(?:do\\s+not|don[\'’]t|choose\\s+not\\s+to|decline\\s+to|refuse\\s+to|fail\\s+to)\\s+(?:provide|give(?!\\s+(?:it|them|us\\s+(?:your\\s+)?(?:consent|permission))(?![\\p{L}]))|share|supply|submit)',
    // "It is entirely optional to give us your phone number", "It is your choice whether to share …".
    'it\\s+is\\s+(?:entirely\\s+|completely\\s+|always\\s+)?(?:optional|voluntary|your\\s+(?:choice|decision))\\s+(?:for\\s+you\\s+)?(?:to|whether\\s+(?:or\\s+not\\s+)?(?:to|you))\\s+(?:provide|give|share|supply|disclose|tell)',
    // "Without this information we may not be able to …".
    'without\\s+(?:this|that|these|such|your|the)\\s+(?:\\S+\\s+){0,2}?(?:data|information|details|address|number|name)\\s*,?\\s+(?:we|you)\\s+(?:may|might)\\s+(?:not|be\\s+unable)',
    // Asked of the person: "To become a member, we need to ask you for your name and date of birth".
    '(?:must|need\\s+to|will\\s+(?:need|have)\\s+to|have\\s+to)\\s+ask\\s+(?:you\\s+)?for\\s+(?:your|some|certain|the\\s+following|a\\s+few)\\s+(?:\\S+\\s+){0,2}?(?:information|details|data|name|address|e-?mail|number|date)',
    // The passive: "If this information is not provided, we cannot open the account".
    'if\\s+(?:this|the|that|these|such|your|certain|any|the\\s+requested)\\s+(?:\\S+\\s+)?(?:information|data|details)\\s+(?:is|are)\\s+not\\s+(?:provided|given|supplied|submitted)',
    'refus(?:al|ing)\\s+to\\s+(?:provide|give|grant|supply|disclose|share)',
    // Providing is (not) mandatory, in the GDPR's word order: "the provision of data for the purposes … is not mandatory".
    '(?:provision|providing|supply|disclosure)\\s+of\\s+(?:(?:your|the|this|such|these|certain|some)\\s+)?(?:personal\\s+)?(?:data|information|details)(?!\\s+(?:to|with)\\s+(?!us(?![\\p{L}])))\\s+(?:\\S+\\s+){0,8}?(?:is|are)\\s+(?:not\\s+)?(?:strictly\\s+|entirely\\s+)?(?:mandatory|obligatory|compulsory|voluntary|optional)',
    // No need to register or give anything: "You do not need to create an account to use the app".
    '(?:you|users?)\\s+(?:do\\s+not|don[\'’]t|does\\s+not|doesn[\'’]t)\\s+(?:need|have)\\s+to\\s+(?:create|open|register|sign\\s+up|provide|give|share|enter|supply|disclose)(?![\\p{L}])(?!\\s+(?:us\\s+)?(?:your\\s+)?(?:consent|permission))',
    // What registration asks: "Registration requires a valid email address", "you must register and provide …".
    '(?:registration|registering|signing\\s+up|an?\\s+(?:user\\s+)?account|creating\\s+an?\\s+account)\\s+requires\\s+(?:\\S+\\s+){0,3}?(?:e-?mail|name|address|number|phone|password|details|information|data)',
    'you\\s+(?:must|need\\s+to|have\\s+to|will\\s+(?:need|have)\\s+to)\\s+(?:first\\s+|actively\\s+)?(?:register|sign\\s+(?:up|in)|log\\s+in|create\\s+an?\\s+(?:user\\s+)?account)(?=\\s*(?:[,.;:]|$)|\\s+(?:and|to|for|with|before|first|on|via|using|in\\s+order)(?![\\p{L}]))',
    // A form or its fields (not) required: "Submission of the form is voluntary", "all other fields are optional", "The
    // optional fields can be left blank", "Only your email address is required".
    '(?:submission|submitting|filling\\s+(?:in|out)|completing|completion)\\s+(?:of\\s+)?(?:the|this|our|a|any)\\s+(?:\\S+\\s+)?(?:form|questionnaire|fields?)\\s+(?:is|are)\\s+(?:entirely\\s+|completely\\s+)?(?:voluntary|optional|not\\s+(?:mandatory|required|compulsory))',
    // Not a field merely labelled optional ("bio (optional field)"): ANNOTATION.md does not count that.
    'fields?\\s+(?:is|are)\\s+(?:entirely\\s+|completely\\s+)?(?:optional|voluntary)',
    '(?:left|leave)\\s+(?:\\S+\\s+){0,4}?(?:blank|empty|unanswered)(?![\\p{L}])',
    'only\\s+(?:your\\s+|an?\\s+|the\\s+)?(?:\\S+\\s+){0,2}?(?:e-?mail(?:\\s+address)?|name|address|number|details|information|data)\\s+(?:is|are)\\s+(?:required|mandatory|needed|compulsory)(?![\\p{L}])',
    // "It is not mandatory to provide your phone number".
    // Not the organisation's need: "it is necessary to share information in order to investigate …".
    'it\\s+is\\s+(?:not\\s+)?(?:(?:mandatory|compulsory|obligatory|required)(?:\\s+for\\s+you)?|necessary\\s+for\\s+you)\\s+to\\s+(?:provide|give|share|supply|disclose|enter)',
    // It works without: "our apps will function without it, though some features may be unavailable" (not cookies).
    '(?:app|apps|site|website|service|services|application|platform)\\s+(?:will\\s+|still\\s+|also\\s+|can\\s+)*(?:works?|functions?|be\\s+used)\\s+(?:\\S+\\s+)?without(?!\\s+(?:\\S+\\s+){0,2}?cookies?(?![\\p{L}]))',
    // A piece of data required or optional, said of itself: "Your name and email address are required, your phone
    // number is optional", "some Data is not mandatory" (not processing or storage that is required, nor consent).
    '(?<!(?:processing|storage|retention|use|handling|transfer|sharing|disclosure|deletion|erasure|analysis)\\s+of\\s+(?:\\S+\\s+){0,3})(?:e-?mail(?:\\s+address)?|name|(?:postal\\s+)?address|(?:phone|telephone|mobile)\\s+number|date\\s+of\\s+birth|details|information|data)\\s+(?:is|are)\\s+(?:not\\s+)?(?:strictly\\s+|entirely\\s+|completely\\s+)?(?:required|mandatory|compulsory|optional|voluntary)(?=\\s*[,;:)]|\\s*\\.(?:\\s|$)|\\s+(?:and|but|while|whereas|whilst)\\s)',
    // "The personal data marked as mandatory …", "fields marked as optional".
    'marked\\s+as\\s+(?:mandatory|required|compulsory|obligatory|optional)',
    // "Users who do not provide the mandatory data will not be able to register" (not consent).
    '(?:who|that)\\s+(?:do\\s+not|don[\'’]t|does\\s+not|doesn[\'’]t|choose\\s+not\\s+to|decide\\s+not\\s+to|fail\\s+to|refuse\\s+to)\\s+(?:provide|give|supply|submit|share)(?!\\s+(?:us\\s+)?(?:\\S+\\s+)?(?:consent|permission|approval)(?![\\p{L}]))',
    // The generator wording: "Users are free not to communicate this Data".
    'free\\s+not\\s+to\\s+(?:communicate|provide|give|share|supply|disclose|submit)',
    // What was asked is needed: "The information we ask for is necessary to fulfil your order".
    '(?:information|data|details)\\s+(?:(?:that|which)\\s+)?we\\s+(?:ask\\s+(?:you\\s+)?for|request\\s+(?:from\\s+you)?)\\s*(?:is|are)\\s+(?:strictly\\s+)?(?:necessary|required|needed|mandatory|essential)',
    // Only on giving it: "We can only answer your enquiry if you give us your email address" (not consent).
    'can\\s+only\\s+(?:\\S+\\s+){1,6}?(?:if|when|once)\\s+you\\s+(?:give|provide|supply|send|share)\\s+(?:us\\s+(?:with\\s+)?)?(?!(?:your\\s+)?(?:consent|permission|approval)(?![\\p{L}]))(?:your|this|the|these|such|certain|some|an?)(?![\\p{L}])',
    // A duty to collect from the person: "we are required to collect and store some personal identifiable information
    // about you, such as your name" (not consent; keeping is the organisation's own duty).
    '(?:we\\s+are|we[\'’]re|we\\s+may\\s+be)\\s+(?:legally\\s+)?(?:required|obliged|obligated)\\s+to\\s+(?:collect|ask\\s+(?:you\\s+)?for|obtain|request)(?:\\s+and\\s+\\p{L}+)?\\s+(?:some|certain|your|the\\s+following|this|these|specific)(?!\\s+(?:\\S+\\s+)?(?:consent|permission)(?![\\p{L}]))',
    // More ways of saying it is the person's choice: "Information is provided on a voluntary basis", "You give us this
    // information voluntarily" (not consent given voluntarily). Not "Users can visit our site anonymously": gold does
    // not count a visit without data as a statement about providing them.
    '(?<!(?:consent|permission)\\s+(?:is|was|are|must\\s+be)\\s+)(?:given|provided|supplied|submitted|shared|disclosed)\\s+(?:\\S+\\s+)?on\\s+a\\s+(?:purely\\s+|entirely\\s+)?voluntary\\s+basis',
    '(?:you|users?)\\s+(?:give|provide|supply|submit|share|disclose)\\s+(?!(?:\\S+\\s+){0,3}?(?:consent|permission)(?![\\p{L}]))(?:\\S+\\s+){0,6}?(?:voluntarily|on\\s+a\\s+voluntary\\s+basis)',
    // The person's act (not) required or optional: "Submitting personal data is not required to use the website",
    // "Sharing your location is optional", "Providing this information is a condition of your employment".
    '(?:submitting|providing|giving|entering|sharing|supplying|disclosing)\\s+(?:\\S+\\s+){0,4}?(?:data|information|details|location|address|number|name)\\s+(?:is|are)\\s+(?:not\\s+|never\\s+)?(?:strictly\\s+|entirely\\s+|completely\\s+)?(?:required|necessary|needed|optional|voluntary|mandatory|compulsory|obligatory)(?![\\p{L}])',
    '(?:providing|provision\\s+of|giving|supplying|submitting)\\s+(?:\\S+\\s+){0,5}?(?:is|are)\\s+a\\s+(?:\\S+\\s+)?(?:condition|requirement|prerequisite)\\s+(?:of|for)(?![\\p{L}])',
    // "You don't need an account to use the app", "We do not require any personal information to use the app".
    '(?:you|users?)\\s+(?:do\\s+not|don[\'’]t|does\\s+not|doesn[\'’]t)\\s+need\\s+(?:an?\\s+)?(?:user\\s+)?(?:account|registration|to\\s+(?:register|log\\s+in|sign\\s+(?:in|up)))(?![\\p{L}])',
    // (Not "We do not require you to create an account", which says nothing of data.)
    '(?:do|does|will)\\s+not\\s+require\\s+(?:(?:any|your)\\s+)?(?:personal\\s+)?(?:information|data|details)(?![\\p{L}])',
    // A duty put on a group of persons: "Employees are required to provide their bank details", "Candidates must provide
    // proof of their right to work" (not "required to complete training", "must be 18 or older").
    '(?:employees|staff|parents|guardians|candidates|applicants|members|customers|users|pupils|students|participants|volunteers|tenants|patients|clients|contractors)\\s+(?:are|will\\s+be|must|need\\s+to|have\\s+to|will\\s+need\\s+to)\\s+(?:(?:required|obliged|asked)\\s+to\\s+)?(?:provide|give\\s+us|supply|submit|disclose)(?![\\p{L}])(?!\\s+(?:their\\s+|your\\s+|us\\s+(?:with\\s+)?)?(?:\\S+\\s+)?(?:consent|permission|feedback|notice|reasons?)(?![\\p{L}]))',
    // A form the person must fill in: "Members must complete health screening and waiver forms before participation" (not
    // training or a course: "Staff must complete data protection training").
    '(?:you|employees|staff|parents|guardians|candidates|applicants|members|customers|users|pupils|students|participants|volunteers|tenants|patients|clients|guests)\\s+(?:must|need\\s+to|have\\s+to|will\\s+(?:need|have)\\s+to|(?:are|will\\s+be)\\s+(?:required|asked)\\s+to)\\s+(?:complete|fill\\s+in|fill\\s+out)\\s+(?:\\S+\\s+){0,5}?forms?(?![\\p{L}])',
    // Something that asks for data: "Some features of this site, including forms, may require you to enter personal
    // information", "we require visitors to enter a name and email address" (not consent, nor a request to exercise a right:
    // "we may require you to provide further details about your request"; nor the app template's "For a better experience,
    // while using our Service, we may require you to provide us with certain personally identifiable information").
    '(?<!(?:do|does|will)\\s+not\\s+|(?:don|doesn|won)[\'’]t\\s+|never\\s+|experience[^.;]{0,60})(?![^.;]{0,120}(?:request|complaint|enquiry|inquiry))requires?\\s+(?:you|users|visitors|customers|members|participants)\\s+to\\s+(?:provide|enter|submit|give|supply|share)\\s+(?:us\\s+(?:with\\s+)?)?(?!(?:your\\s+|their\\s+)?(?:consent|permission)(?![\\p{L}]))(?:\\S+\\s+){0,3}?(?:information|data|details|name|e-?mail|address|number)(?![\\p{L}])',
    // A data item labelled mandatory or voluntary, as forms do: "Feedback text (voluntary)", "Email address(es) (one
    // mandatory, two optional)" (ANNOTATION.md: a field merely labelled optional does not count; nor "(where required)").
    '(?<!(?:cookies?|e-?mails?|notifications?|newsletters?|messages)\\s*)\\((?:(?:one|two|\\p{N}+)\\s+)?(?:mandatory|required|compulsory|obligatory|voluntary)\\s*[,;)]',
    // Refraining from giving data: "In the event you refrain from providing such data you may face legal disadvantages" (not a
    // request: "Please refrain from providing sensitive data").
    '(?:you|users?)\\s+(?:\\S+\\s+)?refrain(?:s)?\\s+from\\s+(?:providing|giving|supplying|disclosing|submitting|entering|sharing)(?![\\p{L}])(?!\\s+(?:us\\s+)?(?:your\\s+)?(?:consent|permission)(?![\\p{L}]))',
    // Required of the person: "An e-mail address is required from you so that we can confirm your account".
    '(?:address|name|number|details|information|data)\\s+(?:is|are)\\s+(?:required|needed|necessary|mandatory)\\s+from\\s+(?:you|users|members|customers)(?![\\p{L}])',
    // The German generators' "erfolgt freiwillig" in English: "Providing us with data via e-mail takes place voluntarily" (not
    // consent: "Your consent is given voluntarily").
    '(?<!(?:consent|permission)[^.;]{0,40})(?:takes\\s+place|is\\s+done|happens|occurs|is\\s+made)\\s+(?:entirely\\s+|purely\\s+|completely\\s+|expressly\\s+|strictly\\s+)?(?:voluntarily|on\\s+a\\s+(?:\\S+\\s+)?voluntary\\s+basis)',
    // One person of a group bound to hand something over: "each candidate will be required to complete and submit a covering
    // letter and CV" (not consent, feedback or notice: "Every user must give their consent").
    '(?:each|every|the|any)\\s+(?:candidate|applicant|member|participant|student|pupil|customer|client|user|tenant|patient|volunteer|guest|parent)\\s+(?:must|(?:is|will\\s+be)\\s+(?:required|obliged|asked)\\s+to|has\\s+to|will\\s+(?:need|have)\\s+to|needs\\s+to)\\s+(?:complete\\s+and\\s+)?(?:provide|submit|supply|disclose|give\\s+us)(?![\\p{L}])(?!\\s+(?:their\\s+|his\\s+|her\\s+|us\\s+(?:with\\s+)?)?(?:\\S+\\s+)?(?:consent|permission|feedback|notice|reasons?)(?![\\p{L}]))',
    // "If you would rather not give them, we cannot reply", "Providing your email address is entirely up to you",
    // "You may choose to give us additional information", "Optional information such as your phone number …",
    // "Required information is indicated on the form".
    'if\\s+you\\s+(?:would\\s+)?(?:rather|prefer)\\s+not\\s+(?:to\\s+)?(?:give|provide|share|supply|disclose)(?!\\s+(?:us\\s+)?(?:your\\s+)?(?:consent|permission)(?![\\p{L}]))',
    '(?:(?:providing|giving|sharing|supplying|disclosing)\\s+(?!(?:\\S+\\s+){0,2}?(?:consent|permission)(?![\\p{L}]))(?:\\S+\\s+){0,4}?(?:is|are)|whether\\s+(?:or\\s+not\\s+)?(?:you|to)\\s+(?:provide|give|share|supply|disclose)\\s+(?:\\S+\\s+){0,4}?is)\\s+(?:entirely\\s+|completely\\s+|totally\\s+|always\\s+)?up\\s+to\\s+you',
    'you\\s+(?:may|can)\\s+(?:also\\s+)?(?:choose|decide|wish|opt)\\s+to\\s+(?:give|provide|share|supply)\\s+(?:us\\s+(?:with\\s+)?)?(?:additional|optional|further|more|extra)(?![\\p{L}])',
    'optional\\s+(?:personal\\s+)?(?:information|data|details)\\s+(?:such\\s+as|like|including|\\()',
    '(?:required|mandatory|compulsory|optional)\\s+(?:information|data|details|fields?)\\s+(?:is|are)\\s+(?:clearly\\s+)?(?:indicated|marked|shown|identified|highlighted|flagged)',
    // The provision itself (not) required, by law or contract: "The provision of your personal data is neither legally
    // nor contractually required", "… is not required by law or contract", "… is necessary for the conclusion of the
    // contract" (not "the provision of our services requires …": the data are named).
    'provision\\s+of\\s+(?:\\S+\\s+){0,3}?(?:data|information|details|address|number)(?!\\s+(?:to|with)\\s+(?!us(?![\\p{L}])))(?:\\s+\\S+){0,4}?\\s+(?:is|are)\\s+(?:(?:neither|not|nor|either|also|partly|partially|generally|sometimes|usually|in\\s+part)\\s+)?(?:\\S+\\s+){0,4}?(?:required|prescribed|mandatory|obligatory|compulsory|necessary|needed|voluntary|optional)(?![\\p{L}])(?!\\s+to\\s+be\\s)',
    '(?:providing|provision\\s+of|giving|supplying|submitting)\\s+(?:\\S+\\s+){0,5}?(?:is|are)\\s+a\\s+(?:\\S+\\s+)?precondition\\s+(?:of|for)(?![\\p{L}])',
    // The person not bound, with the kind of duty between: "You are not legally or contractually obliged to provide …".
    '(?:you\\s+(?:are\\s+not|aren[\'’]t)|you[\'’]re\\s+not)\\s+(?:\\S+\\s+){0,4}?(?:obliged|required|obligated|bound)\\s+(?:\\S+\\s+){0,3}?to\\s+(?:provide|give|share|submit|supply|disclose|answer|fill\\s+in|complete)(?![\\p{L}])',
    // A duty named with the act: "It is a contractual requirement to provide your bank details".
    '(?:it\\s+is|it[\'’]s|this\\s+is|there\\s+is)\\s+(?:an?|no)\\s+(?:legal|statutory|contractual)\\s+(?:requirement|obligation|duty)\\s+(?:for\\s+you\\s+)?to\\s+(?:provide|give|supply|share|submit|disclose)(?![\\p{L}])',
    // The data required by law (not data to be kept: "Some data are required by law to be retained").
    '(?:data|information|details|number|address)\\s+(?:is|are)\\s+(?:also\\s+)?(?:required|mandatory|needed|necessary)\\s+(?:by\\s+(?:law|statute)|under\\s+(?:\\S+\\s+){0,3}?(?:law|act|regulations?|legislation))(?![\\p{L}])(?!\\s+to\\s+be\\s)',
    '(?:law|legislation|regulations?)\\s+requires?\\s+us\\s+to\\s+(?:collect|ask\\s+(?:you\\s+)?for|obtain|request|record)\\s+(?:your|certain|some|this|these|the\\s+following)(?![\\p{L}])',
    // "You have the option not to provide the data", "the right not to give us …".
    '(?:option|choice|right)\\s+(?:not\\s+to|to\\s+not|to\\s+decline\\s+to|to\\s+refuse\\s+to)\\s+(?:provide|give|share|supply|disclose|submit)(?![\\p{L}])(?!\\s+(?:us\\s+)?(?:your\\s+)?(?:consent|permission)(?![\\p{L}]))',
    // The data the person gives needed for something: "The data you provide is necessary for us to perform the contract".
    '(?:data|information|details)\\s+(?:(?:that|which)\\s+)?you\\s+(?:provide|give|supply|submit|enter)\\s+(?:\\S+\\s+){0,2}?(?:is|are)\\s+(?:required|mandatory|necessary|needed|essential)\\s+(?:in\\s+order\\s+)?(?:to|for)(?![\\p{L}])(?!\\s+be\\s+(?:stored|kept|retained|held|processed|deleted|disclosed|shared|reported)(?![\\p{L}]))',
    // What cannot be done without one piece of data: "We will not be able to register you without your date of birth".
    '(?:cannot|can[\'’]t|can\\s+not|unable\\s+to|won[\'’]t\\s+be\\s+able\\s+to|(?:will|would)\\s+not\\s+be\\s+able\\s+to)\\s+(?:\\S+\\s+){0,6}?without\\s+(?:your|this|that|these|such|the)\\s+(?:\\S+\\s+){0,4}?(?:birth|phone|telephone|postcode|post\\s+code|zip\\s+code)(?![\\p{L}])',
    // "You may choose not to disclose your gender".
    'you\\s+(?:can|may)\\s+(?:always\\s+|also\\s+|of\\s+course\\s+)?(?:choose|decide|opt)\\s+not\\s+to\\s+(?:disclose|submit|enter|tell\\s+us)(?![\\p{L}])',
    // What is mandatory named: "The only mandatory information is your email address", "Mandatory data: name, e-mail".
    '(?:the\\s+only\\s+(?:mandatory|required|compulsory|obligatory)\\s+(?:personal\\s+)?(?:information|data|details|fields?)|(?:mandatory|compulsory|obligatory)\\s+(?:personal\\s+)?(?:information|data|details)\\s*(?:is|are|includes?|comprises?|consists?\\s+of|such\\s+as|[(:]))',
    // Only on giving it: "We will only be able to respond if you provide your contact details" (not consent).
    '(?:will|would|are|shall)\\s+only\\s+be\\s+able\\s+to\\s+(?:\\S+\\s+){1,6}?(?:if|when|once)\\s+you\\s+(?:give|provide|supply|send|share)\\s+(?:us\\s+(?:with\\s+)?)?(?!(?:your\\s+)?(?:consent|permission|approval)(?![\\p{L}]))(?:your|this|the|these|such|certain|some|an?)(?![\\p{L}])',
    // What follows when the data do not arrive: "If we do not receive this information, we will be unable to …" (not an
    // access answer: "if we do not hold any information about you").
    '(?:if|where|should)\\s+we\\s+(?:do\\s+not|don[\'’]t|cannot|can[\'’]t)\\s+(?:receive|have|get|obtain)\\s+(?:this|the|these|that|such|your|all\\s+(?:the|of\\s+the))\\s+(?:\\S+\\s+){0,3}?(?:data|information|details)(?!\\s+about\\s+you)[^.;]{0,80}?(?<![\\p{L}])(?:cannot|can[\'’]t|unable|not\\s+be\\s+able|may\\s+not|will\\s+not|won[\'’]t)(?![\\p{L}])',
    // The data needed for the service asked for: "We need this information to process your order", "We require certain
    // information to provide our services" (not the organisation's own duty: "we need it for our tax return").
    'we\\s+(?:need|require)\\s+(?:this|these|certain|some|such|the\\s+following)\\s+(?:personal\\s+)?(?:information|data|details)\\s+(?:from\\s+you\\s+)?(?:in\\s+order\\s+)?to\\s+(?:be\\s+able\\s+to\\s+)?(?:provide|process|deliver|fulfil|fulfill|perform|complete|register|create|open|respond|reply|answer|contact|send|enter|administer|manage|carry\\s+out|book|ship|supply|offer|handle)(?![\\p{L}])',
    // No need to give it: "There is no need to provide your real name", "It is not necessary to provide your name" (not
    // data passed on by the organisation: "it is not necessary to provide your data to third parties").
    '(?:there\\s+is\\s+no\\s+need|it\\s+is\\s+not\\s+(?:necessary|required|mandatory|compulsory|obligatory|needed)|it[\'’]s\\s+not\\s+(?:necessary|required|mandatory|compulsory))\\s+(?:for\\s+you\\s+)?to\\s+(?:provide|give|share|supply|submit|enter|disclose|register|sign\\s+up|create\\s+an\\s+account|tell\\s+us)(?![\\p{L}])(?!\\s+(?:\\S+\\s+){0,4}?(?:to|with)\\s+(?:third|other|our|the\\s+(?:authorit|police|tax)))',
    // "If you do not supply the requested information, we may be unable to …".
    'if\\s+you\\s+(?:do\\s+not|don[\'’]t|fail\\s+to|choose\\s+not\\s+to|refuse\\s+to)\\s+(?:supply|disclose|furnish)(?![\\p{L}])',
    // "In order to provide you with our services, we require certain personal data" (the service first; not "To comply
    // with the law, we need …", the organisation's own duty).
    '(?:to|in\\s+order\\s+to)\\s+(?:provide|deliver|process|fulfil|fulfill|offer|perform|register|create|open|complete|use|access|book|join|become)\\s+(?:\\S+\\s+){0,8}?we\\s+(?:need|require)\\s+(?:certain|some|the\\s+following|your|this|these|basic|specific)\\s+(?:\\S+\\s+)?(?:information|data|details)(?![\\p{L}])',
    // "It is impossible for us to deliver your order without your address".
    '(?:impossible|not\\s+(?:be\\s+)?possible)\\s+(?:for\\s+us\\s+)?to\\s+(?:\\S+\\s+){0,6}?without\\s+(?:your|this|that|these|such|the)\\s+(?:\\S+\\s+){0,4}?(?:name|e-?mail|address|details|information|data|number|birth|phone)(?![\\p{L}])',
    // "Applications without this information cannot be processed", "If the required information is missing, we cannot …".
    'without\\s+(?:this|these|that|such|the\\s+(?:required|requested|necessary))\\s+(?:\\S+\\s+)?(?:information|data|details)\\s+(?:cannot|can[\'’]t|will\\s+not|won[\'’]t|may\\s+not)\\s+be(?![\\p{L}])',
    '(?:required|requested|necessary|mandatory)\\s+(?:information|data|details)\\s+(?:is|are)\\s+(?:missing|incomplete|not\\s+(?:provided|given|supplied))(?![\\p{L}])',
    // The German generators in English: "The processing of the data … is neither legally nor contractually required",
    // "… neither required by law nor by contract" (not the organisation's own: "we are not legally or contractually …").
    '(?<!(?:we|i)\\s+(?:are|am)\\s+)(?:neither|not)\\s+(?:(?:(?:legally|statutorily)\\s+(?:or|nor)\\s+contractually|contractually\\s+(?:or|nor)\\s+(?:legally|statutorily))\\s+(?:required|prescribed|mandatory|obligatory|necessary|obliged|obligated)|(?:required|prescribed|mandated)\\s+(?:by\\s+law|legally|by\\s+statute)\\s+(?:or|nor)\\s+(?:by\\s+)?(?:a\\s+|the\\s+|any\\s+)?contract(?:ually)?)(?![\\p{L}])',
    // "The use of our website is usually possible without providing personal data".
    'possible\\s+without\\s+(?:\\S+\\s+){0,2}?(?:providing|entering|giving|disclosing|submitting|supplying)\\s+(?:\\S+\\s+){0,2}?(?:personal\\s+)?(?:data|information|details)(?![\\p{L}])',
    // A piece named: "If you would like to receive the newsletter, we need an email address from you".
    'we\\s+(?:need|require)\\s+an?\\s+(?:valid\\s+)?(?:e-?mail|phone|telephone|postal|delivery)\\s+(?:address|number)',
    // "You may refuse to provide personal data", "If you are unwilling to provide this information, …".
    // (The person refuses, not the organisation: "we may refuse to provide information that names others".)
    'you\\s+(?:\\S+\\s+){0,3}?(?:refuse|decline)\\s+to\\s+(?:provide|give|share|supply|disclose)\\s+(?:us\\s+(?:with\\s+)?)?(?:personal|certain|some|information|data|details)(?![\\p{L}])',
    '(?:if|where|should|when)\\s+you\\s+are\\s+(?:unwilling|not\\s+willing|unable|not\\s+able|reluctant)\\s+to\\s+(?:provide|give|share|supply|disclose)(?![\\p{L}])(?!\\s+(?:us\\s+)?(?:your\\s+)?(?:consent|permission)(?![\\p{L}]))',
    // "Whether you provide personal data is your choice".
    'whether\\s+(?:or\\s+not\\s+)?(?:you|to)\\s+(?:provide|give|share|supply|disclose)\\s+(?:\\S+\\s+){0,4}?is\\s+(?:entirely\\s+|completely\\s+)?(?:your|the\\s+user[\'’]s)\\s+(?:own\\s+)?(?:choice|decision)',
    // "You will be required to provide your name when you register" (proof of identity for a request is excluded).
    'you\\s+(?:will|may|might|shall)\\s+(?:also\\s+)?be\\s+(?:required|obliged|obligated)\\s+to\\s+(?:provide|give|submit|supply|enter|disclose)(?![\\p{L}])',
    // The data asked for needed for the contract: "The information we ask you for is necessary to perform the contract".
    '(?:data|information|details)\\s+(?:(?:that|which)\\s+)?we\\s+(?:request|ask\\s+(?:you\\s+)?for|ask\\s+you\\s+to\\s+(?:provide|give))\\s+(?:\\S+\\s+){0,3}?(?:is|are)\\s+(?:required|necessary|needed|essential|mandatory)\\s+(?:in\\s+order\\s+)?(?:to|for)(?![\\p{L}])(?!\\s+be\\s)(?!\\s+(?:our|its|their)\\s+(?:\\S+\\s+)?(?:legitimate|performance))',
    // "We need to know your basic personal data in order to provide …".
    '(?:need|require)s?\\s+to\\s+(?:know|have|receive|obtain)\\s+(?:some\\s+|certain\\s+)?(?:of\\s+)?your\\s+(?:\\S+\\s+){0,2}?(?:name|address|e-?mail|information|details|data|contact|date\\s+of\\s+birth)(?![\\p{L}])(?!\\s+(?:corrected|deleted|erased|updated|removed|rectified|amended|changed|transferred|restricted)(?![\\p{L}]))',
    // "Some information is essential for us to provide the service" (not the processing: "processing of … is essential",
    // nor what matters to the organisation: "The security of your personal data is essential to us").
    '(?<!(?:processing|storage|retention|use|handling|transfer|sharing|disclosure|deletion|analysis|security|protection|privacy|confidentiality)\\s+of\\s+(?:\\S+\\s+){0,3}|(?:processing|storing|using|retaining|handling|protecting|securing)\\s+(?:\\S+\\s+){0,3})(?:address|name|number|details|information|data|birth)\\s+(?:is|are)\\s+(?:absolutely\\s+)?essential\\s+(?:in\\s+order\\s+)?(?:to|for)(?![\\p{L}])(?!\\s+(?:us|me|our\\s+(?:business|organi[sz]ation|company))(?![\\p{L}])(?!\\s+to\\s))(?!\\s+be\\s)(?!\\s+(?:our|its|their)\\s+(?:\\S+\\s+)?(?:legitimate|performance))',
    // "All fields are required", "All fields in the form are mandatory".
    'all\\s+(?:\\S+\\s+){0,3}?fields\\s+(?:\\S+\\s+){0,3}?(?:are|is)\\s+(?:required|mandatory|compulsory|obligatory)(?![\\p{L}])',
    // "No account is required", "No sign-up is needed".
    'no\\s+(?:user\\s+)?(?:account|registration|sign[\\s-]?up|log[\\s-]?in|login)\\s+(?:is\\s+)?(?:required|needed|necessary)(?![\\p{L}])',
    // Handed over only by choice: "Crash logs are only shared if you choose to send them to us".
    'if\\s+you\\s+(?:choose|decide|opt)\\s+to\\s+(?:send|upload|disclose|fill\\s+in|complete|volunteer)(?![\\p{L}])',
    // "It is vital that you share any relevant medical information with us".
    '(?:vital|essential|imperative|necessary|crucial)\\s+that\\s+you\\s+(?:provide|share|give|supply|tell\\s+us|disclose|inform\\s+us)(?![\\p{L}])(?!\\s+(?:us\\s+)?(?:your\\s+)?(?:\\S+\\s+)?(?:consent|permission)(?![\\p{L}]))',
    // Not asked at all: "We do not ask you to provide any personal data", "You are not asked to provide any …".
    // (Not security advice: "We will not ask you to provide your password by e-mail".)
    '(?:do|does|will)\\s+not\\s+ask\\s+you\\s+to\\s+(?:provide|give|share|enter|supply|disclose)\\s+(?:us\\s+(?:with\\s+)?)?any\\s+(?:personal\\s+)?(?:data|information|details)(?![\\p{L}])',
    '(?:you|users?)\\s+(?:are|will)\\s+(?:not|never)\\s+(?:be\\s+)?(?:asked|required)\\s+to\\s+(?:provide|give|share|enter|supply|disclose)\\s+(?:us\\s+(?:with\\s+)?)?any(?![\\p{L}])',
    // "You cannot place an order without providing your address".
    '(?:cannot|can[\'’]t|can\\s+not|unable\\s+to|won[\'’]t\\s+be\\s+able\\s+to|(?:will|would)\\s+not\\s+be\\s+able\\s+to)\\s+(?:\\S+\\s+){0,6}?without\\s+(?:providing|giving|entering|supplying|submitting|sharing)\\s+(?:us\\s+(?:with\\s+)?)?(?:\\S+\\s+){0,3}?(?:name|e-?mail|address|details|information|data|number|birth|phone)(?![\\p{L}])',
    // Questions that may be left: "Answering these questions is optional", "You don't have to answer every question",
    // "You can skip any question you do not want to answer".
    '(?:answering|responding\\s+to)\\s+(?:\\S+\\s+){0,4}?(?:is|are)\\s+(?:entirely\\s+|completely\\s+|purely\\s+)?(?:voluntary|optional)(?![\\p{L}])',
    'you\\s+(?:do\\s+not|don[\'’]t)\\s+have\\s+to\\s+(?:answer|complete|fill\\s+in)(?![\\p{L}])',
    '(?:skip|leave\\s+out|decline\\s+to\\s+answer)\\s+any\\s+questions?(?![\\p{L}])',
    // A piece of data with its kind: "We'll need your payment information to process your order", "We require your bank
    // details to pay your salary" (not consent, nor the organisation's own duty: "to comply with …").
    'we(?:[\'’]ll|\\s+will)?\\s+(?:need|require)\\s+your\\s+(?!(?:\\S+\\s+){0,2}?(?:consent|permission)(?![\\p{L}]))(?:\\S+\\s+){1,2}?(?:information|details|data|address|number)\\s+(?:in\\s+order\\s+)?(?:to|for|so)(?![\\p{L}])(?!\\s+be\\s)(?!\\s+(?:comply|meet\\s+our|fulfil(?:l)?\\s+our\\s+(?:legal|statutory)|our\\s+(?:tax|accounting|legal|records)))',
    // The employee's duty: "You have some obligations under your employment contract to provide the organisation with data".
    '(?:you|employees?|staff|members?|workers?)\\s+(?:have|has)\\s+(?:some\\s+|certain\\s+|an?\\s+)?(?:\\S+\\s+)?obligations?\\s+(?:\\S+\\s+){0,5}?to\\s+(?:provide|give|supply|disclose)\\s+(?:\\S+\\s+){0,4}?(?:data|information|details|us|the\\s+(?:organi[sz]ation|company|club|school|employer|association))(?![\\p{L}])',
    // "Certain information, such as contact details …, have to be provided to enable us to enter a contract".
    '(?:have|has|need|needs)\\s+to\\s+be\\s+provided\\s+(?:by\\s+you\\s+)?(?:in\\s+order\\s+)?to\\s+(?:enable|allow|be\\s+able|enter|process|register|create|fulfil|perform|complete|conclude|deliver|provide)(?![\\p{L}])',
    // The data named in between: "Some information, such as your name, is required to book a table".
    '(?:information|data|details)\\s*,\\s+(?:such\\s+as|including|like|e\\.g\\.)\\s+[^.;]{1,80}?,\\s+(?:is|are)\\s+(?:required|mandatory|necessary|needed|essential)\\s+(?:in\\s+order\\s+)?(?:to|for)(?![\\p{L}])(?!\\s+be\\s)',
    // Only once the organisation has them: "We can only process your application if we have your full details".
    'only\\s+(?:\\S+\\s+){1,6}?(?:if|when|once)\\s+we\\s+(?:have|receive|get)\\s+(?:your|this|the|these|all)\\s+(?:\\S+\\s+){0,2}?(?:information|details|data|name|address)(?![\\p{L}])',
    // "We will collect this information only if you voluntarily choose to give it to us".
    'voluntarily\\s+(?:choose|decide|opt|elect)\\s+to\\s+(?:give|provide|share|submit|supply|enter|disclose)(?![\\p{L}])',
    // "The consequence of not providing the data is …", "the result of a refusal to provide …".
    '(?:consequences?|results?|effects?)\\s+of\\s+(?:not\\s+(?:providing|giving|supplying|submitting|disclosing)|(?:a\\s+|your\\s+)?(?:failure|refusal)\\s+to\\s+(?:provide|give|supply|submit|disclose))(?![\\p{L}])',
  ],
  // A form's column or heading: "| Data | Purpose | Mandatory? |", "Required information" over a list, "If refused".
  statutoryLabels: [
    '(?:mandatory|required|compulsory|obligatory)(?:\\s+(?:personal\\s+)?(?:data|information|details|fields?))?',
    '(?:if|when)\\s+(?:refused|declined|not\\s+(?:provided|given|granted))', '(?:consequences?\\s+of\\s+)?refusal',
  ],
  notStatutoryContractual: [
    // A request to exercise a right needs details too; that is no statement about providing data.
    '(?:request|requests)\\s+to\\s+exercise\\s+(?:your|these|any|the|such|a|this)\\s+(?:\\S+\\s+)?rights?',
    '(?:proof|evidence|verification|confirmation)\\s+of\\s+(?:your\\s+|their\\s+)?(?:identity|id|address)', '(?:verify|confirm|establish|check)\\s+(?:your|their|the\\s+requester[\'’]s)\\s+identity',
    '(?:copy|copies)\\s+of\\s+(?:your\\s+|a\\s+)?(?:passport|id|identity|driving|photo\\s+id)', 'identification\\s+documents?',
    // "You will need to provide enough information to identify you" (for a rights request).
    '(?:information|details)\\s+(?:\\S+\\s+){0,3}?(?:to|that\\s+(?:allows|enables|helps)\\s+us\\s+to)\\s+(?:identify|locate|verify)\\s+(?:you|who\\s+you\\s+are)(?![\\p{L}])',
    // Consent is no data: "Consent that you have to give in order to be treated would not be freely given".
    '(?:consent|permission)\\s+(?:that\\s+|which\\s+)?you\\s+(?:have\\s+to|must|need\\s+to)\\s+give',
    // Data no longer needed (a ground for erasure).
    '(?:no|not\\s+any)\\s+longer\\s+(?:necessary|needed|required)',
    '(?:strictly\\s+)?(?:necessary|essential)\\s+cookies', 'cookies?\\s+(?:are|is)\\s+(?:strictly\\s+)?(?:required|necessary|needed|essential)',
    // Refusing cookies (ANNOTATION.md: its consequence does not count): "If you disable cookies, some features may not work".
    '(?:disabl|block|refus|reject|declin|delet|deactivat|turn(?:ing)?\\s+off|switch(?:ing)?\\s+off)\\p{L}*\\s+(?:\\S+\\s+){0,3}?cookies', 'cookies?\\s+(?:\\S+\\s+){0,3}?(?:disabled|blocked|refused|rejected|declined|turned\\s+off|switched\\s+off|deactivated)',
    '(?:do\\s+not|don[\'’]t|not\\s+to)\\s+accept\\s+(?:\\S+\\s+){0,2}?cookies',
    // Consent is no data: "Giving your consent is voluntary".
    '(?:giving\\s+(?:your\\s+|us\\s+)?|your\\s+|the\\s+)consent\\s+(?:\\S+\\s+){0,3}?(?:is|remains)\\s+(?:always\\s+|entirely\\s+|completely\\s+)?(?:voluntary|optional)',
    // A promise to tell later: "we will tell you, when we ask you …, if provision of the requested information is necessary",
    // "to inform you in advance … what data that service requires".
    '(?:tell|inform|notify|clarify|let\\s+you\\s+know|indicate\\s+to\\s+you)\\s+(?:\\S+\\s+){0,12}?(?:whether|if|what\\s+(?:data|information))\\s+(?:\\S+\\s+){0,4}?(?:provision|providing|(?:is|are)\\s+(?:mandatory|required|necessary|optional|voluntary)|requires?)(?![\\p{L}])',
    // Data no longer needed and the Art. 17/18 grounds: "we no longer need your personal data …, but it is required by you
    // for the establishment, exercise or defence of legal claims".
    'no\\s+longer\\s+(?:need|require)', '(?:establishment|exercise|defen[cs]e)\\s+of\\s+legal\\s+claims',
    // A cookie remembering what was entered: "so you don't have to give the same information during one task".
    '(?:the\\s+same\\s+(?:information|details|data)|(?:enter|give|provide|type|fill\\s+in)\\s+(?:it|them|this|your\\s+\\S+)\\s+(?:again|each\\s+time|every\\s+time|for\\s+every))',
    // What a service needs from a visitor's browser: "since they could not send the content without the IP address".
    'without\\s+(?:the\\s+|your\\s+|their\\s+|an\\s+)?ip\\s+address',
    // Any sentence about cookies: a cookie table's row ("Marketo's cookie … link each visit to the information voluntarily
    // provided by the visitor") describes what a cookie does, and refusing cookies does not count (ANNOTATION.md).
    'cookies?',
  ],
  noRecipients: [
    '(?:do|will)\\s+not\\s+(?:share|disclose|pass\\s+on|provide|give|transfer)\\s+(?:your\\s+|any\\s+)?(?:personal\\s+)?(?:data|information)\\s+(?:with|to)\\s+(?:any\\s+)?third\\s+parties',
    '(?:don\'t|won\'t|never)\\s+(?:share|disclose|pass\\s+on|provide|give|transfer)\\s+(?:your\\s+|any\\s+)?(?:personal\\s+)?(?:data|information)\\s+(?:with|to)\\s+(?:any\\s+)?third\\s+parties',
    '(?:data|information)\\s+(?:is|are|will)\\s+(?:never|not)\\s+(?:be\\s+)?(?:shared|disclosed|passed\\s+on)\\s+(?:with|to)\\s+(?:any\\s+)?third\\s+parties',
    // Shared with nobody, no one named: "none of this information will be shared", "we do not share your data with anyone".
    'none\\s+of\\s+(?:your|this|the|these|that)\\s+(?:personal\\s+)?(?:data|information|details)\\s+(?:is|are|will)\\s+(?:ever\\s+)?(?:be\\s+)?(?:shared|disclosed|passed\\s+on|given|transferred)',
    '(?:do|will)\\s+not\\s+(?:share|disclose|pass(?:\\s+on)?|give)\\s+(?:your\\s+|any\\s+|this\\s+)?(?:personal\\s+)?(?:data|information|details)\\s+(?:on\\s+)?(?:with|to)\\s+(?:anyone|anybody|any\\s+other\\s+(?:party|organisation|organization|company))',
    // "We never pass your details to anyone else", "we don't give your data to anybody".
    '(?:never|don[\'’]t|won[\'’]t)\\s+(?:share|disclose|pass|give|sell|transfer)\\s+(?:on\\s+)?(?:your\\s+|any\\s+|this\\s+)?(?:personal\\s+)?(?:data|information|details)\\s+(?:on\\s+)?(?:with|to)\\s+(?:anyone|anybody|(?:any\\s+)?others?|any\\s+other\\s+(?:party|organisation|organization|company))',
    // The denial joined to another: "We do not use your data for marketing, nor do we sell or share it with third parties".
    'nor\\s+(?:do|will|shall|would)\\s+we\\s+(?:sell\\s+(?:it\\s+)?(?:or|and)\\s+)?(?:share|disclose|pass\\s+on|give|transfer)\\s+(?:it|them|this|that|any\\s+of\\s+it|your\\s+(?:personal\\s+)?(?:data|information|details))\\s+(?:with|to)\\s+(?:any\\s+)?(?:third\\s+parties|anyone|anybody|others)',
    // Access granted to nobody: "we'll never give anyone access to it unless the law forces us to".
    '(?:never|not|won[\'’]t|don[\'’]t)\\s+(?:give|grant|allow)\\s+(?:anyone|anybody|any\\s+third\\s+part(?:y|ies)|(?:any\\s+)?others)\\s+(?:else\\s+)?access',
    // A list of verbs with one for disclosing: "will not be released, sold, or rented to any entities or individuals".
    '(?:not|never)\\s+be\\s+(?:(?:sold|rented|traded|leased),?\\s+(?:or\\s+)?)*(?:released|shared|disclosed|passed\\s+on|given)(?:,?\\s+(?:or\\s+)?(?:released|sold|rented|shared|disclosed|traded|leased))*,?\\s+(?:to|with)\\s+(?:any\\s+)?(?:other\\s+)?(?:entities|individuals|persons|organi[sz]ations|compan(?:y|ies)|third\\s+parties|anyone|anybody)',
  ],
  genericDataSubjects: ['(?:your|the|all|this|such)?\\s*(?:personal\\s+)?(?:data|information)'],
  vagueRecipientCategories: ['third\\s+parties', 'third-parties', 'partners', 'other\\s+parties', 'external\\s+parties'],
  addressed: {
    // Not the GDPR principles restated: "Personal Data will be collected only for specified, explicit and legitimate
    // purposes", "We will not Process Personal Data for new, different or incompatible purposes", "limited to what
    // is necessary in relation to the purposes for which it is Processed".
    purposes: [
      'purposes?\\s+(?:of|for)(?!\\s+which\\s+(?:(?:it|they|this|these|the\\s+(?:data|information))\\s+(?:is|are|was|were|has\\s+been|have\\s+been)|we\\s+(?:have\\s+)?)\\s*(?:\\S+\\s+)?(?:processed|collected|obtained|gathered)(?![\\p{L}]))',
      'for\\s+the\\s+purposes?(?!\\s+for\\s+which)',
      'in\\s+order\\s+to',
      // "so that we can", "We collect this data so we can process your order" (not a sentence opening "So we can all …").
      'so\\s+that\\s+(?:we|you)\\s+can', '(?<=\\p{L},?\\s)so\\s+(?:we|you)\\s+can',
      'allows?\\s+us\\s+to',
      // "Your data helps us improve our services", "enables us to deliver".
      '(?:helps?|enables?)\\s+us\\s+(?:to\\s+)?(?:improve|provide|deliver|understand|run|manage|process|offer|develop|personali[sz]e|respond|contact|send|keep|make|operate|administer|fulfil)(?![\\p{L}])',
      // What the data or a tool let the organisation do: "With this information we can improve our service".
      '(?:with|through|using)\\s+(?:this|these|that|those|the|such)\\s+(?:\\S+\\s+)?(?:information|data|cookies?|statistics|tools?|services?|insights?)\\s*,?\\s+(?:we|i)\\s+(?:can|are\\s+able\\s+to|am\\s+able\\s+to|could)\\s+(?:\\S+\\s+)?(?:improve|see|understand|measure|analy[sz]e|count|track|learn|find\\s+out|offer|provide|deliver|optimi[sz]e|tailor|personali[sz]e|respond|contact|send)(?![\\p{L}])',
      '(?:use|process|collect|need|ask\\s+for)s?\\s+(?:\\S+\\s+){0,6}?(?:data|information|details|address|name|cookies?|it|this)\\s+(?:\\S+\\s+){0,3}?(?:to|for)(?!\\s+(?:new|different|incompatible|further|other)[\\s,]+(?:\\S+\\s+){0,3}?purposes)',
      '(?:data|information|details|address|cookies?)\\s+(?:\\S+\\s+){0,4}?(?:is|are|will\\s+be)\\s+(?:only\\s+|solely\\s+|strictly\\s+)?(?:used|processed|needed|collected|required|necessary)\\s+(?:\\S+\\s+){0,2}?(?:to|for)(?!\\s+(?:specified|specific|explicit),?\\s+(?:explicit|and|legitimate))',
      // Kept to do something: "We record your details to administer your membership", "The app stores your settings to
      // remember your choices" (not "we keep your data to a minimum", "stored for 3 years").
      '(?:stor(?:e|es)|record(?:s)?|keep(?:s)?|sav(?:e|es)|retain(?:s)?|hold(?:s)?)\\s+(?:\\S+\\s+){0,6}?(?:data|information|details|address|name|settings|preferences|it|this)\\s+(?:\\S+\\s+){0,3}?(?:in\\s+order\\s+to|so\\s+that|to\\s+(?:be\\s+able\\s+to\\s+)?(?!(?:a|an|the|our|your|their|its|this|these|those|any|all|third|other|us|them|you|him|her|servers?|disk|minimum)(?![\\p{L}]))\\p{L}+)(?![\\p{L}])',
    ],
    recipients: [
      '(?:not|never|no)\\s+(?:\\S+\\s+){0,5}?(?:share[ds]?|disclose[ds]?|made\\s+available|sell|sold|pass(?:ed)?(?:\\s+on)?|give|given|sen[dt]|transfer(?:red)?)\\s+(?:\\S+\\s+){0,8}?(?:to|with)\\s+(?:any\\s+)?(?:third\\s+part(?:y|ies)|other\\s+(?:parties|organisations|organizations|companies|sites?|websites?|bodies)|external)',
      '(?:service\\s+providers?|sub-?processors?|processors|hosting\\s+(?:provider|company|partner)s?|payment\\s+(?:providers?|processors?|solution)|suppliers|vendors|contractors)',
      // Data given to someone, whoever: "Medication data may be shared with your pharmacy", "We pass your address to the delivery company".
      '(?:\\p{L}*data|information|details|address(?:es)?|names?|records?)\\s+(?:\\S+\\s+){0,3}?(?:share[ds]?|sharing|disclosed?|pass(?:ed|es|ing)?(?:\\s+on)?|transferred|forwarded|sent|made\\s+available|exchanged)\\s+(?:\\S+\\s+){0,4}?(?:to|with)\\s+(?:your|our|the|an?|other|relevant|external|third|trusted|selected)(?![\\p{L}])',
      '(?:share[ds]?|sharing|disclose[ds]?|disclosing|pass(?:ed|es|ing)?(?:\\s+on)?|transfer(?:s|red)?|forward(?:s|ed)?|sen[dt]s?|exchange[ds]?)\\s+(?:\\S+\\s+){0,3}?(?:\\p{L}*data|information|details|address(?:es)?|names?|records?)\\s+(?:\\S+\\s+){0,4}?(?:to|with)\\s+(?:your|our|the|an?|other|relevant|external|third|trusted|selected)(?![\\p{L}])',
    ],
    third_country_transfers: [
      '(?:servers?|stored|hosted|processed|located|kept|held)\\s+(?:\\S+\\s+){0,6}?(?:in|within|inside)\\s+(?:the\\s+)?(?:eu|eea|european\\s+(?:union|economic\\s+area)|europe|uk|united\\s+kingdom|ireland|germany|netherlands|france|belgium)',
      '(?:outside|inside)\\s+(?:and\\s+outside\\s+)?(?:of\\s+)?(?:the\\s+)?(?:eu|eea|european|uk|united\\s+(?:states|kingdom)|us|usa)',
      '(?:european|eu)[\\s-]based\\s+(?:servers|data\\s*cent(?:er|re)s|hosting)',
      // "will not leave the EEA"; providers "located in the USA"; data "transferred to countries that …".
      '(?:leave|leaves|leaving)\\s+(?:the\\s+)?(?:eu|eea|uk|european\\s+(?:union|economic\\s+area)|united\\s+kingdom)',
      '(?:located|based|established|hosted|stored|processed)\\s+(?:\\S+\\s+){0,3}?in\\s+(?:the\\s+)?(?:usa|u\\.s\\.a?\\.?|united\\s+states|america|canada|india|china|australia|switzerland|japan)',
      'transferr(?:ed|ing)\\s+(?:\\S+\\s+){0,4}?to\\s+(?:other\\s+|third\\s+)?countries',
      // Art. 13(1)(f) names international organisations beside third countries: "There are no personal data
      // transfers to international organisations" (research and public-sector notices).
      'transfer(?:s|red|ring)?\\s+(?:\\S+\\s+){0,4}?to\\s+(?:any\\s+|an\\s+)?international\\s+organi[sz]ations?',
      // Data that stay put: "They stay on our own devices, encrypted, in the UK", "Your data remain within the EEA".
      '(?:stays?|remains?)\\s+(?:\\S+\\s+){0,6}?(?:in|within|inside)\\s+(?:the\\s+)?(?:eu|eea|european\\s+(?:union|economic\\s+area)|uk|united\\s+kingdom)(?![\\p{L}])',
      // A recipient's seat: "transferred to the following service provider based in the European Union".
      '(?:providers?|processors?|sub-?processors?|suppliers?|vendors?|partners?|servers?|data\\s+cent(?:er|re)s?)\\s+(?:\\S+\\s+){0,2}?(?:based|located|established)\\s+(?:in|within)\\s+(?:the\\s+)?(?:eu|eea|european\\s+(?:union|economic\\s+area))(?![\\p{L}])',
    ],
    retention: [
      // Kept for ever is an answer too, however poor: "saved indefinitely".
      'indefinitely', 'for\\s+an\\s+unlimited\\s+(?:period|time)', '(?:stored|kept|retained|held)\\s+permanently',
      // Not a cookie that ends with the browser session: "Session Cookies are deleted as soon as You close Your web browser".
      // Nor the vague end of a purpose or of an unnamed period: "deleted once it has served its purpose", "deleted after
      // the retention period expires".
      // Nor "deleted or anonymised when they are no longer relevant to the purposes", "deleted when no longer needed, or when
      // stipulated by the archival rules", nor the end of a visit or a browser tab ("removed automatically after your visit").
      '(?:deleted|destroyed|erased|removed|anonymi[sz]ed|purged)(?![^.;]{0,60}?no\\s+longer\\s+(?:\\S+\\s+)?(?:necessary|needed|required|relevant|useful)(?![\\p{L}]))\\s+(?:\\S+\\s+){0,5}?(?:after|upon|on|once|when|as\\s+soon\\s+as|following|within|at\\s+the\\s+end)(?!\\s+(?:\\S+\\s+){0,8}?(?:necessary|needed|required|relevant|purposes?|(?:retention|storage)\\s+(?:periods?|obligations?|requirements?))(?![\\p{L}]))(?!\\s+(?:\\S+\\s+){0,5}?(?:browser|browsing\\s+session|session|visit|tab|window)(?![\\p{L}]))',
      // The end point first: "At the end of the contract, your data will be deleted" (not the bare retention period).
      '(?:at|after|upon|on|following)\\s+(?:the\\s+)?(?:end|termination|expiry|expiration|completion|closure|cancellation)\\s+of\\s+(?!(?:the|this|that|our|any)\\s+(?:retention|storage)\\s+period|the\\s+day(?![\\p{L}]))(?:\\S+\\s+){1,12}?(?:deleted|destroyed|erased|removed|anonymi[sz]ed|purged)',
      '(?:deletes|expires)\\s+(?:itself\\s+)?(?:\\S+\\s+){0,3}?(?:after|when|on|upon)',
      '(?:saved|kept|stored|retained|held)\\s+indefinitely',
      '(?:not|never)\\s+(?:be\\s+)?(?:kept|stored|retained|saved)\\s+(?:on\\s+file|after|following)',
      // "We do not keep any copies after the transaction is complete".
      '(?:do|does|will)\\s+not\\s+(?:keep|retain|store|hold)\\s+(?!(?:\\S+\\s+){0,3}?(?:secure|safe|confidential|private)(?![\\p{L}]))(?:\\S+\\s+){0,4}?(?:after|once|beyond|following)(?![\\p{L}])',
      // Nothing kept at all: "we do not store or retain any user data" (not "we do not store your card number").
      '(?:do|does|will)\\s+not\\s+(?:store|retain|keep|save)(?:,?\\s+(?:or|and)\\s+(?:store|retain|keep|save))?\\s+any\\s+(?:\\S+\\s+)?(?:personal\\s+)?(?:data|information)',
      // "process information until you object to such processing" is an opt-out basis, not how long data are kept.
      'until\\s+(?:you(?!\\s+object)|the\\s+end|completion|termination|the\\s+termination|your)',
    ],
    legal_basis: [
      '(?:with|without)\\s+your\\s+(?:\\S+\\s+)?(?:permission|consent|agreement)',
      // Consent given, and the basis named without its usual words: "if you have given us permission", "Where you have
      // opted to receive emails", "The lawful basis for processing is contract".
      '(?:you|they|users?|parents?|guardians?|members?)\\s+(?:have\\s+|has\\s+|had\\s+)?(?:already\\s+|previously\\s+|explicitly\\s+)?(?:given|granted)\\s+(?:us\\s+)?(?:your\\s+)?(?:explicit\\s+|express\\s+|prior\\s+)?(?:permission|consent)(?![\\p{L}])',
      '(?:you|they|users?)\\s+(?:have\\s+|has\\s+)?opted\\s+to\\s+receive',
      '(?:lawful|legal)\\s+(?:bas[ie]s|grounds?)\\s+(?:\\S+\\s+){0,5}?(?:is|are|:)\\s*(?:the\\s+|a\\s+|our\\s+)?(?:contract|consent|legal\\s+obligation|public\\s+task|vital\\s+interests?|legitimate\\s+interests?)(?![\\p{L}])',
      // A law or body that requires it: "We collect this information under the Education Act 1996", "HMRC requires us to keep
      // payroll records" (not the data protection law itself).
      '(?:under|pursuant\\s+to|as\\s+required\\s+by|required\\s+by)\\s+(?!(?:the\\s+)?(?:data\\s+protection|freedom\\s+of\\s+information|privacy|general\\s+data))(?:the\\s+)?(?:\\S+\\s+){1,5}?act(?:\\s+of)?\\s+\\d{4}(?![\\p{N}])',
      '(?:hmrc|irs|tax\\s+(?:office|authorit(?:y|ies))|the\\s+law|legislation|regulations|regulators?|statute)\\s+(?:\\S+\\s+)?requires?\\s+us\\s+to(?![\\p{L}])',
      'you\\s+(?:\\S+\\s+){0,2}?agree\\s+to\\s+the\\s+(?:collection|use|processing)',
      'where\\s+permission\\s+is\\s+given',
      // The ICO's plain wording of consent or contract: "We process your data because you asked us to", "because you have
      // asked us to send you the newsletter" (not "if you asked us to delete it", which is a request, not a basis).
      'because\\s+you\\s+(?:have\\s+)?(?:asked|requested)\\s+us\\s+to(?![\\p{L}])',
      // Consent given by an act, a weak consent basis (ANNOTATION.md): "By submitting this form, you agree that we may store
      // your details", "only if you have opted in", "once you have accepted them" (not accepting terms or a delivery).
      'you\\s+(?:\\S+\\s+){0,2}?agree\\s+that\\s+(?:we|us|\\p{Lu}\\S*)\\s+(?:may|can|will|are\\s+allowed\\s+to)\\s+(?:\\S+\\s+)?(?:store|use|process|collect|keep|save|contact|send|share|record)(?![\\p{L}])',
      '(?:you|they|users?)\\s+(?:have\\s+|has\\s+)?opted[\\s-]+in', 'opt[\\s-]+in\\s+(?:consent|basis)',
      '(?:once|after|if|when|unless|until)\\s+you\\s+(?:have\\s+)?(?:accepted|agreed\\s+to|consented\\s+to)\\s+(?:them|their\\s+use|(?:the\\s+|our\\s+)?(?:\\S+\\s+)?cookies|(?:the\\s+|our\\s+)?(?:use|processing|collection))(?![\\p{L}])',
      // The basis cited by article without its point: "We collect and use pupil information under Article 6 and Article 9 of the UK GDPR".
      '(?:under|in\\s+accordance\\s+with|pursuant\\s+to|on\\s+the\\s+basis\\s+of|based\\s+on)\\s+(?:article|art\\.?)\\s*6(?![\\p{N}])',
    ],
    // Not a pointer: "For further information on your data, contact …", "see their privacy information".
    right_access: ['(?:request|right\\s+(?:of|to))\\s+access(?!\\s+to\\s+(?:your\\s+|the\\s+|our\\s+|a\\s+)?(?:device\\s+)?(?:contacts|microphone|camera|location|photos?|device|storage|calendar|files|account|website|site|app|services?|premises|building|permissions?))', 'access\\s+(?:request|right)s?', '(?:you|users?)\\s+(?:\\S+\\s+){0,3}?access\\s+(?:to\\s+)?(?:\\S+\\s+){0,2}?(?:data|information|records)', 'cop(?:y|ies)\\s+of(?!\\s+(?:our|the|this)\\s+(?:terms|policy|privacy\\s+policy|conditions|contract|agreement|invoices?))', '(?<!(?<!ask\\s+(?:us\\s+)?)for\\s+(?:further|more|additional)\\s+)information\\s+(?:about|on|regarding)\\s+(?:\\S+\\s+){0,3}?(?:data|information)', 'details\\s+of\\s+(?:\\S+\\s+){0,3}?(?:data|information)', 'see\\s+(?!(?:their|its|his|her)\\s)(?:\\S+\\s+){0,3}?(?:records|data|information)', '(?:see|know|find\\s+out|ask\\s+us|ask)\\s+what\\s+(?:personal\\s+)?(?:information\\s+|data\\s+)?we\\s+(?:hold|have|keep|store)', 'rights?\\s+(?:to|of)\\s+(?:\\S+\\s+)?information', 'subject\\s+access'],
    right_rectification: ['fix\\s+(?:any\\s+)?(?:\\S+\\s+)?(?:mistakes|errors|inaccuracies)', '(?:details|data|information)\\s+(?:\\S+\\s+){0,3}?(?:are|is)\\s+(?:wrong|incorrect|inaccurate|out\\s+of\\s+date)', 'put\\s+(?:it|them|this)\\s+right', 'keep\\s+(?:our\\s+|your\\s+)?(?:records|details|information)\\s+(?:up\\s+to\\s+date|accurate)', 'correct\\p{L}*', 'rectif\\p{L}*', 'amend\\p{L}*', '(?:update|complete)\\s+(?:\\S+\\s+){0,3}?(?:data|information|details)', '(?:change|edit)\\s+(?:your|their|his|her)\\s+(?:own\\s+)?(?:personal\\s+)?(?:data|information|details)(?!\\s+(?:with|to)\\s)', '(?:details|data|information|address)\\s+(?:\\S+\\s+){0,2}?(?:change|changes)(?=[\\s,.;])'],
    right_erasure: ['delet\\p{L}*', 'eras\\p{L}*', 'remov\\p{L}*(?!\\s+(?:\\S+\\s+){0,2}?(?:features?|content|posts?|comments?|links?|pages?|products?|items?|sections?|paragraphs?|clauses?|headings?|text)(?![\\p{L}]))', 'forgotten'],
    right_restriction: [
      // "to have processing of your data limited", "have the use of your information paused".
      '(?:have|get)\\s+(?:the\\s+)?(?:processing|use)\\s+(?:of\\s+(?:\\S+\\s+){0,3}?)?(?:limited|paused|suspended|blocked|frozen)(?![\\p{L}])',
      // Not the UK template's marketing opt-out: "You may choose to restrict the collection or use of your personal information in the following ways".
      // Not a marketing opt-out: "You can restrict our use of your data for marketing by unsubscribing".
      '(?![^.;]{0,80}(?:marketing|unsubscrib))restrict\\p{L}*\\s+(?!the\\s+collection\\s+or\\s+use\\b|(?:the\\s+)?(?:collection|sharing|disclosure)\\s+of\\b|(?:who|what|which)\\s|(?:the\\s+)?(?:\\S+\\s+)?(?:information|data|details)\\s+(?:(?:that|which)\\s+)?you\\s+(?:share|provide|give|disclose|post|submit))(?:\\S+\\s+){0,3}?(?:processing|use(?!\\s+of\\s+(?:our|the|this)\\s+(?:services?|site|website|app|platform|account))|data|information)', 'restriction', '(?:block(?:s|ed|ing)?|suspen(?:d|ds|ded|ding|sion))\\s+(?:of\\s+)?(?:\\S+\\s+){0,2}?(?:data|information|processing)', '(?:processing|data|information)\\s+(?:\\S+\\s+){0,3}?(?:blocked|suspended)', 'limit(?:ation)?\\s+(?:of\\s+)?(?:the\\s+)?(?:processing|use\\s+of\\s+(?:your\\s+)?(?:personal\\s+)?(?:data|information))', 'limit\\s+what\\s+we\\s+(?:do|can\\s+do)\\s+with', '(?:freeze|put\\s+a\\s+hold\\s+on)\\s+(?:\\S+\\s+){0,3}?(?:data|information|processing|use)', 'stop\\s+(?:using|processing)\\s+(?:\\S+\\s+){0,3}?temporar\\p{L}*', 'stop\\s+(?:using|processing)\\s+(?:your|their|the)\\s+(?:personal\\s+)?(?:data|information|details)\\s+(?:\\S+\\s+){0,2}?for\\s+a\\s+(?:period|while|time)',
      // Beside the objection: "to restrict or object to certain kinds of processing of your personal data".
      '(?![^.;]{0,80}(?:marketing|unsubscrib))restrict\\s+(?:or|and|and/or)\\s+object\\s+to\\s+(?:\\S+\\s+){0,5}?(?:processing|use)(?![\\p{L}])',
      // Asked for, without a determiner: "Ask Suffolk Libraries to stop processing data for a period if data is inaccurate".
      '(?:ask|request|require)\\p{L}*\\s+(?:\\S+\\s+){0,3}?to\\s+stop\\s+(?:using|processing)\\s+(?:personal\\s+)?(?:data|information|details)\\s+(?:\\S+\\s+){0,2}?for\\s+a\\s+(?:period|while|time)',
      // Translated from Polish or Czech ("ograniczenie", "omezení"): "request … to correct, delete, or limit your personal data"
      // (not "we limit the data we collect").
      'limit(?:ation\\s+of|ing)?\\s+(?:your|his|her|their)\\s+(?:personal\\s+)?(?:data|information)(?!\\s+(?:(?:that|which)\\s+)?(?:we|you|is|are)\\s)', 'temporar\\p{L}*\\s+stop\\s+(?:using|processing)', 'stop\\s+(?:using|processing)\\s+(?:\\S+\\s+){0,3}?(?:while|whilst|until|pending)'],
    right_objection: ['(?<!(?:we|i)\\s+(?:may\\s+|can\\s+|will\\s+|might\\s+)?)object(?:s|ing|ion)?(?!\\s*(?:code|storage|id))', '(?:challenge|prevent)\\s+(?:the\\s+|any\\s+)?processing', 'opposition', 'oppose', 'prohibit\\p{L}*\\s+(?:\\S+\\s+){0,3}?(?:from\\s+)?(?:using|processing)', '(?:ask|request|tell)\\s+us\\s+not\\s+to\\s+(?:process|use)', '(?:ask|request|tell)\\s+us\\s+to\\s+stop\\s+(?:using|processing)', '(?:ask|request|tell)\\s+us\\s+(?:\\S+\\s+){0,12}?to\\s+stop\\s+(?:using|processing)\\s+(?:your|the)\\s+(?:personal\\s+)?(?:data|information|details)'],
    right_portability: ['portab\\p{L}*', 'machine[\\s-]readable',
      // "receive your data in a structured format", "ask for your data to be sent to another company", "a format you can
      // take to another provider", "reuse your data across different services" (not a copy in electronic form: access).
      '(?:receive|obtain|get|request|have)\\s+(?:\\S+\\s+){0,5}?(?:data|information)\\s+(?:\\S+\\s+){0,2}?in\\s+(?:a\\s+)?(?:structured|commonly[\\s-]used|portable|reusable|interoperable)(?![\\p{L}])',
      '(?:data|information)\\s+(?:to\\s+be\\s+)?(?:sent|transferred|transmitted|passed|moved|given|ported)\\s+(?:directly\\s+)?to\\s+(?:another|a\\s+(?:different|new))\\s+(?:company|provider|organi[sz]ation|controller|service|supplier|business)',
      'you\\s+(?:can|could|may)\\s+(?:then\\s+)?(?:take|move|carry)\\s+(?:\\S+\\s+){0,2}?to\\s+(?:another|a\\s+(?:different|new))\\s+(?:provider|company|organi[sz]ation|service|controller|supplier)',
      // The ICO's wording and the person passing the data on: "To move, copy or transfer your personal data", "so that you
      // can transmit the data to third parties".
      'move,?\\s+copy\\s+(?:or|and)\\s+transfer',
      'you\\s+(?:can|could|may)\\s+(?:then\\s+)?(?:transmit|transfer|port)\\s+(?:it|them|(?:the|your|this|that)\\s+(?:personal\\s+)?(?:data|information))\\s+to(?![\\p{L}])',
      're-?use\\s+(?:\\S+\\s+){0,6}?(?:across|elsewhere|with\\s+(?:another|other|different)|for\\s+your\\s+own\\s+purposes)',
      // Export among the rights asked for: "you may request to access, correct, export or delete the account information".
      '(?:request|ask)\\p{L}*\\s+(?:us\\s+)?(?:to\\s+)?(?:\\p{L}+,?\\s+){0,4}?export(?![\\p{L}])(?=(?:\\s+\\S+){0,6}?\\s+(?:data|information|details|records))', '(?:transfer|transmit|move|port)\\s+(?:\\S+\\s+){0,4}?(?:data|information)\\s+(?:\\S+\\s+){0,3}?(?:to\\s+)?(?:another|other|a\\s+third)(?!\\s+(?:countr|jurisdiction|state|territor|third[\\s-]+part(?!\\S*\\s+of\\s+your\\s+choice))|[\\s-]+part(?!\\S*\\s+of\\s+your\\s+choice)|\\s+purpose)', '(?:ask|request|require|instruct)\\s+(?:us\\s+)?(?:to\\s+|that\\s+we\\s+)?(?:send|give|hand\\s+over|pass)\\s+(?:your|the|their)\\s+(?:personal\\s+)?(?:data|information)\\s+(?:directly\\s+)?to\\s+(?:another|a\\s+(?:different|new|third))\\s+(?:company|provider|organi[sz]ation|controller|service)'],
    right_withdraw_consent: ['(?:withdraw\\p{L}*|revok\\p{L}*|revocation)\\s+(?:of\\s+)?(?:\\S+\\s+){0,4}?(?:consent|permission|agreement)', '(?:consent|permission)\\S*\\s+(?:\\S+\\s+){0,8}?(?:withdraw\\p{L}*|revoke[ds]?)', '(?:change|withdraw)\\s+(?:or\\s+withdraw\\s+)?your\\s+(?:\\S+\\s+)?(?:preferences|choices?|mind)', '(?:change|withdraw)\\s+(?:or\\s+withdraw\\s+)?your\\s+(?:cookie|consent|privacy)\\s+settings'],
    statutory_contractual_requirement: [
      '(?:voluntar(?:y|ily)\\s+(?:provid|giv|submit|enter|fill|supply|complet|answer|participat|tak)\\p{L}*|(?:providing|provision|giving|submitting|supplying|information|data|details|survey|questionnaire)\\s+(?:\\S+\\s+){0,6}?(?:is|are)\\s+(?:strictly\\s+|entirely\\s+|completely\\s+|purely\\s+)?(?:voluntary|optional)|information\\s+(?:which|that)\\s+you\\s+volunteer|(?:can|may)\\s+choose\\s+(?:whether\\s+)?to\\s+provide)',
      // Not a use of the data ("if we need to use your data …") nor a right ("require the rectification of your data").
      '(?:need|require)s?(?!\\s+that(?![\\p{L}]))\\s+(?:to\\s+collect\\s+)?(?:(?!(?:to|rectification|erasure|deletion|correction|restriction|portability|access)\\s)\\S+\\s+){0,3}?your\\s+(?:personal\\s+)?(?:name|address|e-?mail|information|details|data|contact)',
      '(?:information|data|details)\\s+required\\s+(?:from\\s+you\\s+)?to\\s+(?:be\\s+able\\s+to\\s+)?(?:fulfil|provide|perform|process|deliver|enter|complete)',
      // "the data that would be required to generate a user account", "information which is required to register".
      '(?:information|data|details)(?:\\s+\\S+){0,6}?\\s+(?:that|which)\\s+(?:is|are|would\\s+be|will\\s+be)\\s+(?:strictly\\s+)?required\\s+(?:from\\s+you\\s+)?(?:to|for)\\s+(?:be\\s+able\\s+to\\s+)?(?:generate|create|set\\s+up|open|register|fulfil|provide|perform|deliver|complete)',
      '(?:cannot|can[\'’]t|can\\s+not|unable\\s+to|not\\s+be\\s+able\\s+to)\\s+(?:\\S+\\s+){0,5}?(?:provide|offer|deliver|process|fulfil|register|complete)\\s+(?:\\S+\\s+){0,20}?(?:unless\\s+we\\s+(?:have|receive|get)|without\\s+(?:your|this|that|such|the|these)\\s+(?:\\S+\\s+)?(?:information|data|details))',
      // Not what the organisation must do: "Government departments where reporting is mandatory under applicable law".
      '(?<!(?:reporting|disclosure|notification|retention|registration\\s+with|audit|filing)\\s+)(?:is|are)\\s+(?:mandatory|obligatory|compulsory)',
      // Not the answer to an access or portability request: "the information must be provided in a standard electronic format".
      '(?:data|information|details|fields?)\\s+(?:\\S+\\s+){0,3}?(?:must|have\\s+to|has\\s+to|need\\s+to)\\s+be\\s+(?:provided|given|entered|filled\\s+in|supplied)(?!\\s+(?:to\\s+you|in\\s+(?:a|an|the|easy|electronic|writing|\\p{L}+\\s+format)))',
      // Not what must be done with the data: "Certain data may be required to be stored for audit purposes".
      '(?:information|data|details|account)\\s+(?:(?:you\\s+provide|about\\s+you)\\s+)?(?:is|are|may\\s+be|will\\s+be)\\s+required\\s+(?:in\\s+order\\s+)?(?:to(?!\\s+be\\s+(?:stored|kept|retained|held|processed|deleted|disclosed|shared|reported))|for)',
      'requires\\s+(?:an?\\s+|your\\s+)(?:user\\s+)?(?:account|registration)',
      'you\\s+(?:do\\s+not|don[\'’]t)\\s+have\\s+to\\s+(?:provide|give|share|tell)',
    ],
    automated_decision_making: [
      // Decided by people: "Decisions are always made by a human", "made by a member of our team".
      'decisions?\\s+(?:about\\s+you\\s+)?(?:are|is|will\\s+be)\\s+(?:always\\s+|only\\s+)?(?:made|taken)\\s+by\\s+(?:a\\s+|an\\s+)?(?:humans?|people|persons?|(?:a\\s+)?(?:real\\s+)?(?:person|member\\s+of\\s+(?:our|the)\\s+(?:team|staff)|staff\\s+members?))(?![\\p{L}])',
      // By the organisation's people: "All decisions about your application are made by our staff".
      'decisions?\\s+(?:\\S+\\s+){0,4}?(?:are|is|will\\s+be)\\s+(?:always\\s+|only\\s+)?(?:made|taken)\\s+by\\s+(?:our|the)\\s+(?:staff|team|employees|people|trustees|committee)(?![\\p{L}])',
      // Automation named as the means, either way: "No decisions are made about you solely by automated means", "We don't
      // make decisions by computer alone".
      // Not the Art. 22 right: "the right not to be subject to a decision based solely on automated processing".
      '(?<!(?:subject|right|entitled|object)[^.;]{0,40})decisions?\\s+(?:\\S+\\s+){0,5}?(?:solely|only|purely|exclusively|entirely|fully|wholly)\\s+(?:by|on|through|using|via|based\\s+on)\\s+(?:the\\s+basis\\s+of\\s+)?(?:\\S+\\s+)?(?:automated|automatic|computeri[sz]ed|algorithmic)(?![\\p{L}])',
      'decisions?\\s+(?:\\S+\\s+){0,3}?(?:by|using)\\s+(?:a\\s+)?(?:computers?|machines?|algorithms?|software)\\s+(?:alone|only)(?![\\p{L}])',
      // "We will never make a decision about you based only on an algorithm", "None of the decisions we make about you are
      // automated".
      '(?<!(?:subject|right|entitled|object)[^.;]{0,40})decisions?\\s+(?:\\S+\\s+){0,4}?(?:based|relying)\\s+(?:solely|only|purely|entirely|exclusively)\\s+on\\s+(?:an?\\s+)?(?:algorithms?|computers?)(?![\\p{L}])(?!\\s+\\p{L})',
      '(?:none|no\\s+part)\\s+of\\s+(?:the\\s+|our\\s+)?decisions?\\s+(?:\\S+\\s+){0,5}?(?:is|are)\\s+(?:\\S+\\s+)?(?:automated|automatic|made\\s+automatically)(?![\\p{L}])',
      // "No decisions are taken automatically", "We do not take decisions about you by automatic means", "decisions that
      // have legal effects on you based only on automated means" (not the Art. 22 right).
      '(?<!(?:subject|right|entitled|object)[^.;]{0,40})decisions?\\s+(?:\\S+\\s+){0,4}?(?:made|taken)\\s+(?:\\S+\\s+){0,2}?(?:automatically|by\\s+(?:automatic|automated)\\s+means)(?![\\p{L}])',
      '(?<!(?:subject|right|entitled|object)[^.;]{0,40})(?:not|never|(?:don|doesn|won)[\'’]t)\\s+(?:\\S+\\s+){0,2}?(?:make|take)\\s+(?:any\\s+)?decisions?\\s+(?:\\S+\\s+){0,8}?(?:based\\s+)?(?:solely|only|purely|exclusively|entirely|wholly)?\\s*(?:by|on|through|using|via)\\s+(?:automatic|automated)\\s+means(?![\\p{L}])',
      // Algorithms denied: "We do not use algorithms to make decisions about you".
      '(?:not|never|(?:don|doesn|won)[\'’]t)\\s+(?:use\\s+)?(?:any\\s+)?algorithms?\\s+(?:\\S+\\s+){0,2}?(?:to\\s+)?(?:make|take)\\s+(?:any\\s+)?decisions?',
      // The decision named first: "we are not using software of decision making solely based on automated processing".
      '(?:not|never)\\s+(?:be\\s+)?(?:use[ds]?|using|make|making|carry(?:ing)?\\s+out|employ(?:ing)?)\\s+(?:\\S+\\s+){0,4}?decision[\\s-]making\\s+(?:\\S+\\s+){0,4}?(?:automated|automatic)(?![\\p{L}])',
      // Not the means of processing: "processed both with and without the use of automated equipment", the definition of
      // processing "any operation …, whether or not by automated means".
      '(?<!whether\\s+or\\s+)(?:no|none|not|nor|never|without|(?:don|doesn|won)[\'’]t)(?!\\s+(?:to\\s+)?be\\s+subject|\\s+(?:any\\s+)?(?:longer|more))\\s+(?:\\S+\\s+){0,6}?(?:profiling|automated(?!\\s+(?:equipment|tools?|instruments?|devices?)(?![\\p{L}]))|automatic\\s+decision\\p{L}*)',
    ],
  },
  // The answer under a question heading ("… third country?" ⏎ "No").
  answers: ['no', 'yes', 'none', 'not\\s+applicable', 'n/a'],
  withdrawalImpliesConsent: true,
  rightRequests: ['rights?', 'request\\p{L}*', 'ask\\p{L}*', 'can', 'may', 'entitled', 'wish', 'want', 'contact', 'email', 'e-mail', 'write'],
  breachCues: ['(?:data|personal\\s+data|security)\\s+breach(?:es)?', 'notify\\s+(?:\\S+\\s+){0,4}?breach'],
  complaintCues: ['complain\\p{L}*', 'concerns?', 'unhappy', 'dissatisfied', 'not\\s+satisfied', 'contact', 'report', 'raise', 'lodge', 'refer'],
  purposeClauses: [
    // "Our legitimate interests include fraud prevention and network security".
    // Not the balancing test of Art. 6(1)(f): "except where such interests are overridden by the rights of the data subject".
    'interests?\\s+(?:include|includes|including|are|is|consist\\s+of)\\s+(?!not\\b)(?!(?:overridden|outweighed|balanced|weighed)(?![\\p{L}]))\\p{L}+',
    // The purpose tagged with the basis: "Klantenservice en het beantwoorden van je vragen (gerechtvaardigd belang)".
    // Not the right to object to it: "You may object to processing based on Art. 6(1)(f) GDPR (legitimate interests)".
    '(?<!(?<![\\p{L}])object\\p{L}*[^.;()]{0,120})(?![^.;:()]{0,120}?(?<![\\p{L}])object)(?!(?:legal|lawful)\\s+bas[ie]s)(?:\\p{L}{3,}\\s+){2}[^.;:()]{0,80}?\\(\\s*(?:based\\s+on\\s+)?(?:our\\s+)?legitimate\\s+interests?',
    // The interest right after the basis: "legitimate interest (fraud prevention)", "legitimate interests: …".
    // Not the basis as a label over its own sentence: "Legitimate Interests: We may process your data when …".
    'interests?(?=\\s*[:(]\\s*\\p{L})(?!\\s*:\\s*(?:we|you|i|our|your|it|this|these|they)(?![\\p{L}]))',
    // Not the basis's own wording: "(e) to pursue our legitimate interests", "for the purposes of the legitimate interests pursued",
    // "reasonably necessary to achieve our legitimate business interests", "to meet the requirements of the legitimate interests".
    // Nor a bare "to use it" or "to do this": "it is in our legitimate business interests to use it" names no interest.
    // Nor the person's right beside the basis: "Where we rely on legitimate interests, you have the right to object".
    'to\\s+(?!(?:object|withdraw|complain|erasure|restrict(?:ion)?|portability|rectification|access\\s+(?:your|the)\\s+(?:personal\\s+)?(?:data|information)|(?:the|such|this|that|it)\\s+processing)(?![\\p{L}]))(?!(?:pursue|protect|safeguard|preserve|achieve|fulfil|fulfill|serve|meet|further|satisfy)\\s+(?:the\\s+requirements\\s+of\\s+)?(?:our|its|their|the|a|an)\\s+(?:\\S+\\s+)?legitimate|(?:use|process|handle|do)\\s+(?:it|them|this|that|these|so)(?![\\p{L}])\\s*(?:[.,;)]|$))\\p{L}+', 'in\\s+order\\s+to', 'so\\s+that', 'for\\s+(?:the\\s+)?(?:purposes?(?!\\s+of\\s+(?:the\\s+)?legitimate)|security|fraud|safety|analytics|statistics|improv\\p{L}*|prevent\\p{L}*|protect\\p{L}*|marketing)', 'such\\s+as', 'namely', 'consist\\p{L}*\\s+of', 'including'],
};

import type { RecipientsLexicon } from '../../lexicon/recipients.js';

export const recipients: RecipientsLexicon = {
  sectionLabels: [
    '(?:other\\s+)?recipients?',
    '(?:sub-?)?processors',
    'third[\\s-]part(?:y|ies)(?!\\s+(?:websites?|sites?|links?|applications?|content))',
    'shar(?:e|ing)\\s+(?:of\\s+)?(?:your\\s+)?(?:personal\\s+)?(?:data|information)',
    'data\\s+sharing',
    'how\\s+(?:we|do\\s+we)\\s+(?:may\\s+)?(?:share|disclose)',
    'who\\s+we\\s+share',
    'disclos(?:e|ure)s?\\s+(?:of\\s+)?(?:your\\s+)?(?:personal\\s+)?(?:data|information)',
    'who\\s+(?:has|have|gets|get)\\s+access',
    'who\\s+(?:receives?|gets?)\\s+(?:your\\s+)?(?:personal\\s+)?(?:data|information)',
    'with\\s+whom',
    'service\\s+providers',
    'payment\\s+(?:providers?|processors?)',
    // "Services we use", "Tools that we use", "External services".
    '(?:services|tools|providers|software)\\s+(?:we|that\\s+we|i)\\s+use',
    '(?:external|third[\\s-]party)\\s+(?:services|tools|providers)',
    'postal\\s+services?',
  ],
  sourceSections: [
    '(?:collect(?:ed)?|obtain(?:ed)?|receive[sd]?|get)\\s+from',
    'sources?\\s+of',
    'other\\s+sources',
    'from\\s+third[\\s-]part(?:y|ies)',
    // "Data provided by third parties:", "Information shared with us by others".
    '(?:data|information)\\s+(?:provided|supplied|shared\\s+with\\s+us|given\\s+to\\s+us)\\s+by\\s+(?:third[\\s-]part(?:y|ies)|others|partners)',
  ],
  columnHeaders: ['recipients?', 'shared\\s+with', 'disclosed\\s+to', '(?:sub-?)?processors?', 'third\\s+parties'],
  serviceHeaders: ['provider', 'vendor', 'service', 'tool', 'processor', 'company', 'cookie'],
  nameColumnHeaders: ['(?:sub-?)?processors?', 'provider', 'vendor', 'company', 'entity', 'organi[sz]ation'],
  useBefore: [
    // The service in brackets after the thing it is: "we use a third-party comment service (Disqus)".
    '(?:used|employed|embedded|integrated)\\s*\\(',
    '(?:use[sd]?|using|utili[sz](?:e|es|ed|ing)|employ(?:s|ed|ing)?|rel(?:y|ies|ied|ying)\\s+on)',
    'make[s]?\\s+use\\s+of',
    'with\\s+the\\s+help\\s+of',
    // Embedded in a page: "This page embeds a Google Maps map", "we integrate YouTube videos".
    '(?:embed(?:s|ding)?|integrat(?:e|es|ing))',
    // Where the controller keeps the data: "securely stores your data at OVH", "we keep our records with Xero".
    '(?:stores?|storing|keeps?|keeping|holds?|holding|hosts?|hosting)\\s+(?:\\S+\\s+){0,3}?(?:data|information|details|records|files|backups)\\s+(?:at|with|on|in)',
    '(?:work|works|working|partner|partners|partnered)\\s+with',
    '(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|transmit(?:s|ted|ting)?|transfer(?:s|red|ring)?|provid(?:e|es|ed|ing)|pass(?:es|ed|ing)?(?:\\s+on)?|sen[dt]s?|sending|forward(?:s|ed|ing)?|giv(?:e|es|en|ing))\\s+[^.;:]{0,80}?\\s*(?:with|to)',
    // An adverb may stand between: "processed directly by", "hosted securely with".
    '(?:hosted|stored|processed|provided|powered|operated|handled|delivered|sent|managed|shipped|dispatched|posted|couriered)\\s+(?:\\p{L}+ly\\s+)?(?:by|with|at|on|via)',
    // Data or cookies handled by a known service: "information collected by Google Analytics", "cookies set by Hotjar".
    '(?:collected|gathered|placed|set|used|analy[sz]ed|measured|tracked|received|recorded|served|loaded|embedded|generated)\\s+(?:\\p{L}+ly\\s+)?by',
    'outsourced\\s+to',
    // A request or connection to a known service: "your browser sends a request to Google Fonts", "connects to Cloudflare".
    '(?:a|the)\\s+request\\s+(?:\\S+\\s+){0,2}?to',
    'connect(?:s|ed|ion|ions)?\\s+(?:\\S+\\s+){0,2}?to',
    // The service the data are kept in: "This email is stored in a Brevo list", "held on Mailchimp".
    '(?:stored|kept|held|saved)\\s+(?:in|on|within)',
    // Carriers: "We currently ship to individuals via Royal Mail, Parcelforce and DHL".
    '(?:ship(?:s|ped|ping)?|deliver(?:s|ed|ing)?|post(?:s|ed|ing)?|dispatch(?:es|ed|ing)?)\\s+(?:\\S+\\s+){0,3}?(?:via|using|through)',
    'forwarded\\s+to\\s+(?:a\\s+)?(?:secure\\s+)?(?:page|site|website)\\s+of',
    'data\\s+processing\\s+(?:agreement|addendum)s?\\s+with',
    '(?:our|a|the)\\s+(?:third[\\s-]party\\s+)?(?:sub-?)?(?:processor|hosting\\s+provider|payment\\s+(?:processor|provider)|service\\s+provider|provider|vendor|partner|bank)s?\\s*,?',
    'services\\s+of',
    // "the consent management platform of Usercentrics", "the content delivery network of Cloudflare", "maps from Google Maps".
    '(?:cookies?|services?|products?|tools?|software|platforms?|networks?|systems?|solutions?|plug-?ins?|widgets?|maps|fonts|servers?|infrastructure)\\s+(?:of|from|by)',
    // A category and its examples: "third-party services such as Google Analytics".
    '(?:third[\\s-]part(?:y|ies)|parties|providers|services|vendors|processors|partners|tools|platforms?|networks)\\s*,?\\s*(?:\\(\\s*)?(?:such\\s+as|like|including|e\\.g\\.,?|for\\s+example)',
  ],
  nameCues: [
    // Another controller named as such: "the joint controller is X", "the independent data controller for billing data is X".
    '(?:joint|independent|separate)\\s+(?:data\\s+)?controllers?\\s+(?:[^.;:]{0,60}?\\s+)?(?:is|are)(?:\\s+also)?\\s*:?',
    // Named as an example of a kind of organisation: "public authorities such as the Foreign Office".
    '(?:authorit(?:y|ies)|bodies|organi[sz]ations|agencies|charities|charitable\\s+services|federations?|associations?|governing\\s+bodies)\\s*,?\\s*(?:such\\s+as|like|including|e\\.g\\.,?)',
    // A system or service the data live in, by name: "held on a commercial computer system called Online Scout Manager".
    '(?:system|platform|software|service|application|app|tool|database|provider|package)\\s+(?:called|named|known\\s+as)',
    '(?:we|i)\\s+(?:also\\s+|currently\\s+|may\\s+|only\\s+)?(?:use|utili[sz]e|employ|rely\\s+on)',
    '(?:hosted|stored|processed)\\s+(?:by|with|at)',
    // A service delivered by a named party: "activation code services provided by softWORKZ", "powered by Acme" (not
    // "operated by": a site is operated by its controller).
    '(?:provided|powered|supplied|delivered|handled)\\s+(?:\\p{L}+ly\\s+)?by',
    '(?:stores?|keeps?|holds?|hosts?)\\s+(?:\\S+\\s+){0,3}?(?:data|information|details|records|files|backups)\\s+(?:at|with)',
    'outsourced\\s+to',
    'data\\s+processing\\s+(?:agreement|addendum)s?\\s+with',
    // "handled by our payment services providers, Virgin Money".
    '(?:our|a|the)\\s+(?:third[\\s-]party\\s+)?(?:sub-?)?(?:processor|hosting\\s+provider|payment\\s+(?:services?\\s+)?(?:processor|provider)|service\\s+provider)s?\\s*,?',
    '(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|transmit(?:s|ted|ting)?|transfer(?:s|red|ring)?|provid(?:e|es|ed|ing)|report(?:s|ed|ing)?)\\s+[^.;:]{0,60}?(?:data|information|details)\\s+(?:with|to)',
    // Shared, in the passive, with no subject word: "when it is shared with England Athletics".
    '(?:is|are|be|been|being)\\s+(?:also\\s+|only\\s+)?(?:shared|disclosed|passed\\s+on|transferred|transmitted|forwarded)\\s+(?:with|to)',
    // The reader's data handed on: "we pass your email address and booking number to".
    '(?:shar(?:e|es|ed)|disclos(?:e|es|ed)|pass(?:es|ed)?(?:\\s+on)?|sen[dt]s?|forward(?:s|ed)?|giv(?:e|es|en)|provid(?:e|es|ed)|transmit(?:s|ted)?|transfer(?:s|red)?)\\s+your\\s+[^.;:]{0,60}?\\s+(?:with|to)',
    // The data handed on, in the passive: "Your details are passed to the Scout Association".
    '(?:data|information|details|address(?:es)?|e-?mail(?:\\s+address)?|names?|numbers?)\\s+(?:\\S+\\s+){0,3}?(?:is|are|will\\s+be|may\\s+be|can\\s+be|might\\s+be)\\s+(?:also\\s+|only\\s+)?(?:shared|disclosed|passed(?:\\s+on)?|sent|forwarded|transferred|transmitted|provided|given|made\\s+available)\\s+(?:with|to)',
  ],
  filler: ['the', 'a', 'an', 'our', '[\\p{L}-]*(?:system|platform|portal)', 'services\\s+of', 'service\\s+of', 'tools?\\s+(?:like|such\\s+as)', 'e\\.g\\.', 'such\\s+as', 'like', 'including', 'for\\s+example', 'also', 'other', 'certain', 'selected', 'some', 'trusted', 'any', 'relevant'],
  readerSubjects: ['you', 'users?', 'visitors?'],
  // The service does something with the reader's data: "Supabase stores your account data".
  ownWords: ['our'],
  handlesAfter: [
    '\\s+(?:stores|processes|hosts|receives|keeps|handles)\\s+(?:all\\s+)?(?:your|the\\s+personal|personal)(?![\\p{L}])',
    // The service as the subject of what happens to data: "Google Analytics sets cookies", "Stripe collects your card details".
    '\\s+(?:(?:also|then|may|will|can|might)\\s+)?(?:collects?|process(?:es)?|stores?|receives?|sets?|places?|uses?|analy[sz]es|tracks?|records?|measures?|gathers?|obtains?|saves?|gets?|has\\s+access\\s+to)\\s+(?:\\S+\\s+){0,4}?(?:data|information|cookies?|details|ip[\\s-]address(?:es)?|e-?mail\\s+address(?:es)?|your|visitors?|users?)(?![\\p{L}])',
  ],
  roleAfter: [
    // "Booqable (our booking system)".
    '\\s*\\(\\s*(?:our|my)\\s+[^()]{1,40}\\)',
    '\\s*\\(\\s*(?:sub-?)?processor\\s*\\)',
    // "Acme, our processor", "Acme is our (data) processor", "Acme acts as a processor".
    // An adjective may stand before the role: "Supabase is our only processor".
    '\\s*,?\\s*(?:(?:is|acts|serves|works)\\s+(?:as\\s+)?)?(?:as|our|a|an)\\s+(?:(?:only|sole|main|primary|current|external)\\s+)?(?:(?:third[\\s-]party|data)\\s+)?(?:sub-?)?(?:processor|service\\s+provider|hosting\\s+provider|payment\\s+(?:processor|provider))',
    '\\s+(?:processes|receives|hosts|stores)\\s+[^.;:]{0,60}?on\\s+our\\s+behalf',
    // Given the reader's data: "We will provide England Athletics with your personal data".
    '\\s+with\\s+(?:your|their|members[\'’]?)\\s+(?:personal\\s+|contact\\s+)?(?:data|information|details)',
    // "With Acme we have a data processing agreement".
    '\\s*,?\\s+(?:we|i)\\s+have\\s+(?:signed\\s+|concluded\\s+|entered\\s+into\\s+)?(?:a\\s+)?data\\s+processing\\s+(?:agreement|addendum)',
  ],
  listLeads: [
    '(?:use|uses|employ|rely\\s+on|work\\s+with)\\s+[^.;]{0,40}?(?:the\\s+)?following',
    'the\\s+following\\s+(?:sub-?)?processors',
    '(?:the\\s+)?following\\s+(?:(?:external|other|types\\s+of|categories\\s+of)\\s+)?(?:third\\s+parties|recipients|service\\s+providers|vendors|organi[sz]ations|companies|parties|services|tools|providers|partners|bodies)',
    // "We use a few services that help us:", "we work with these companies:".
    '(?:use|uses|rely\\s+on|work\\s+with|engage)\\s+[^.;:]{0,60}?(?:services|providers|vendors|tools|partners|companies|(?:sub-?)?processors|suppliers|platforms)',
    // "We pass your data only to:", "we share your information with:".
    '(?:share|shares|disclose|discloses|pass|passes|send|sends|give|gives|provide|provides)\\s+[^.;:]{0,80}?(?:with|to)',
  ],
  nameLinks: ['of', 'for', 'of\\s+the', 'for\\s+the'],
  itemPrepositions: ['to', 'with', 'via', 'by'],
  apposition: ['the', 'a', 'an', 'our', 'my', 'that', 'which', 'who', 'whose'],
  itemVerbs: [
    'hosts|runs|processes|sends|holds|provides|delivers?|stores|manages|handles|receives|powers|keeps|shows|measures|analy[sz]es',
    '(?:we|i)\\s+use',
  ],
  nounEndings: [
    'data', 'information', 'details', 'records', 'providers?', 'services?', 'agenc(?:y|ies)', 'authorit(?:y|ies)', 'compan(?:y|ies)',
    'partners?', 'vendors?', 'suppliers?', 'advis[eo]rs?', 'insurers?', 'staff', 'employees', 'members', 'customers', 'visitors',
    'parents', 'schools?', 'printers?', 'couriers?', 'banks', 'processors?', 'purposes?', 'rights', 'cookies?', 'periods?',
    // Kinds of organisation and of professional: "Financial Institutions", "Research Organisations", "General Practitioner".
    'institutions?', 'organi[sz]ations?', 'professionals?', 'practitioners?', 'bodies', 'firms',
    // The controller's own people and bodies.
    'board', 'team', 'department', 'committee', 'treasurer', 'secretary', 'management', 'officers?', 'trustees',
  ],
  categoryHeads: [
    'institutions?', 'organi[sz]ations?', 'authorit(?:y|ies)', 'agenc(?:y|ies)', 'bodies', 'compan(?:y|ies)', 'providers?', 'partners?',
    'professionals?', 'practitioners?', 'advis[eo]rs?', 'insurers', 'vendors', 'suppliers', 'affiliates', 'recipients', 'firms',
  ],
  lawfulDemand: [
    '(?:if|when|where|as|insofar\\s+as)\\s+(?:[\\p{L}]+\\s+){0,3}?(?:law\\s+requires|required\\s+(?:to\\s+)?by\\s+law|legally\\s+(?:required|obliged|bound|compelled)|(?:required|obliged|compelled)\\s+to\\s+by\\s+law)',
    '(?:if|when|where)\\s+(?:the\\s+)?law\\s+(?:requires|obliges|demands)',
    '(?:under|pursuant\\s+to)\\s+a\\s+(?:legal\\s+obligation|court\\s+order|subpoena)',
  ],
  sourceBefore: [
    '(?:receive[sd]?|receiving|obtain(?:s|ed|ing)?|get|gets|got|import(?:s|ed)?)\\s+[^.;:]{0,80}?\\s*(?:from|via|through)',
    // Collected from a source; but collected "via" a tool is collected by it: "usage statistics collected via Google Analytics".
    '(?:collect(?:s|ed|ing)?|gather(?:s|ed|ing)?)\\s+[^.;:]{0,80}?\\s*from',
    'provided\\s+to\\s+us\\s+by',
  ],
  sourceAfter: ['\\s+is\\s+(?:a|our|one)\\s+(?:of\\s+our\\s+)?sources?'],
  internalAfter: ['\\s*[,(]?\\s*(?:a\\s+)?(?:part|division|department|subsidiary|affiliate)\\s+of'],
  operatorBefore: ['(?:is|are)\\s+(?:run|operated|managed|administered)\\s+by'],
  // The service's name as the title of its data processing terms (written in English in every language).
  documentAfter: ['(?:\\s*/\\s*[\\p{L}\\p{N}]+)?\\s+data\\s+processing\\s+(?:terms|agreement|addendum)(?![\\p{L}])'],
  notReceiving: [
    // The reader's own account or storage at a service, which the reader connects: "to connect your Gmail account", "connect a partner application (for example Spotify)", "your own cloud storage (such as iCloud)".
    '(?:to|you|users?)\\s+(?:\\S+\\s+){0,2}?connect\\s+(?:your|a|an)(?![\\p{L}])',
    'your\\s+own\\s+(?:cloud|storage|account|\\S+\\s+account)',
    '(?:share|like|social(?:\\s+media)?)\\s+buttons?', 'button\\s+that\\s+allows\\s+you', 'share\\s+our\\s+(?:page|content|site)', 'links?\\s+to', 'redirected'],
  disabledAfter: ['\\s+(?:is|are|has\\s+been|have\\s+been)\\s+(?:disabled|turned\\s+off|switched\\s+off|deactivated)'],
  exampleCues: ['such\\s+as', 'like', 'e\\.g\\.?', 'eg', 'including', 'for\\s+example', 'for\\s+instance', 'namely', 'i\\.e\\.?'],
  categories: [
    'third[\\s-]part(?:ies|y\\s+(?:service\\s+providers|providers|vendors|companies|processors?))',
    '(?:our\\s+)?(?:trusted\\s+|selected\\s+)?(?:service\\s+providers|business\\s+partners|partners|vendors|suppliers)',
    '(?:sub-?)?processors',
    'hosting\\s+providers?',
    'it\\s+service\\s+providers?',
    'payment\\s+(?:service\\s+)?(?:providers?|processors?)',
    'postal\\s+services?',
    'delivery\\s+companies',
    'couriers?',
    'carriers',
    'accountants?',
    'auditors?',
    'legal\\s+advisers',
    'lawyers',
    'insurers',
    'marketing\\s+agencies',
    'analytics\\s+providers?',
    'affiliates',
    'group\\s+companies',
    'advertisers',
    'law\\s+enforcement(?:\\s+(?:agencies|authorities))?',
    'government\\s+authorit(?:y|ies)',
    'regulators?',
    'courts?',
    'tax\\s+authorit(?:y|ies)',
    // Public-sector recipients of schools, charities and councils ("our local authority", "other schools", "the NHS").
    '(?:our\\s+|the\\s+|other\\s+)?local\\s+(?:authorit(?:y|ies)|councils?)',
    '(?:other\\s+)?schools',
    'social\\s+services',
    'health\\s+(?:professionals|services|boards?|authorit(?:y|ies))',
    'examination\\s+boards?',
    'external\\s+(?:backend\\s+|technical\\s+)?support',
  ],
  categoryBefore: ['(?:with|to)'],
  shareVerbs: [
    'shar(?:e|es|ed|ing)', 'disclos(?:e|es|ed|ing|ure)', 'transfer(?:s|red|ring)?', 'transmit(?:s|ted|ting)?', 'provid(?:e|es|ed|ing)',
    'pass(?:es|ed|ing)?\\s+on', 'sen[dt]s?', 'sending', 'forward(?:s|ed|ing)?', 'giv(?:e|es|en|ing)', 'sell(?:s|ing)?', 'sold', 'rent(?:s|ed)?',
    'access', 'make\\s+available', 'made\\s+available', 'outsourc(?:e|es|ed|ing)',
  ],
  categoryCue: ['(?:we|i)\\s+(?:may\\s+)?(?:use|engage|employ|rely\\s+on)'],
  categoryAfter: ['\\s+(?:who|that|which)\\s+(?:process|perform|work|act|provide|help)'],
  categoryNotBefore: ['from'],
  noneWords: ['n/?a', 'none', 'nobody', 'no\\s+one', '-'],
  processorWords: ['(?:sub-?)?processors?', 'on\\s+our\\s+behalf', 'service\\s+providers?', 'hosted', 'hosting'],
  controllerStatements: [
    'is\\s+(?:the\\s+)?(?:data\\s+)?controller',
    'are\\s+the\\s+(?:data\\s+)?controllers',
    'as\\s+(?:the\\s+)?(?:data\\s+)?controller',
    'is\\s+responsible\\s+for\\s+(?:the\\s+)?processing',
    'respects\\s+(?:your|the)\\s+privacy',
    'takes\\s+your\\s+privacy\\s+seriously',
  ],
  ownAccount: ['your\\s+(NAME)[\\s-]*(?:account|profile|subscription)'],
  titleWords: ['privacy', 'policy', 'statement', 'notice', 'center', 'centre', 'cookie', 'data', 'protection', 'of', 'the', 'and', 'for'],
  roleLabels: ['(?:[\\p{L}-]+\\s+)?(?:provider|processor|sub-?processor|host|hoster|recipient|vendor)s?'],
  nameOpeners: ['for', 'via', 'by', 'with', 'to', 'from', 'through', 'using', 'see'],
  labelWords: [
    'strictly', 'operationally', 'necessary', 'essential', 'functional(?:ity)?', 'performance', 'related', 'analytic(?:s|al)?', 'advertising', 'targeting',
    'marketing', 'preferences?', 'statistic(?:s|al)?', 'cookies?', 'tracking',
  ],
  dataWords: ['e-?mails?', 'phone', 'information', 'data', 'content', 'details', 'keys?', 'accounts?', 'website', 'site', 'service', 'statement', 'policy', 'terms', 'form', 'page', 'team', 'officer', 'users?', 'program(?:me)?', 'settings'],
  selfHosting: [
    // "We operate the Matomo installation ourselves", "we run it ourselves", "analyses data directly without the help of third parties".
    '(?:operate[sd]?|run|runs|host|hosts|hosted|maintain(?:s|ed)?|manage[sd]?)\\s+(?:\\S+\\s+){0,4}?ourselves',
    'without\\s+the\\s+(?:help|involvement|use)\\s+of\\s+(?:any\\s+)?third[\\s-]part(?:y|ies)',
    'open[\\s-]?source', 'self[\\s-](?:hosted|managed)', 'on\\s+our\\s+(?:own\\s+)?servers?', 'we\\s+host\\s+(?:it\\s+)?ourselves', '(?:hosted|installed|served|loaded)\\s+locally', 'locally\\s+(?:hosted|installed|served)', 'no\\s+connection\\s+(?:is\\s+made\\s+)?to\\s+(?:the\\s+)?(?:\\S+\\s+)?servers'],
};

import type { ControllerLexicon } from '../../lexicon/controller.js';
import { notNames } from './not-names.js';

export const controller: ControllerLexicon = {
  notNames,
  namedAfter: [
    // A personal site's author: "My name is Jane Doe and I run this blog".
    'my\\s+name\\s+is',
    '(?:the\\s+)?(?:data\\s+)?controller\\s+(?:responsible\\s+)?(?:(?:for|of)\\s+(?:the\\s+processing\\s+of\\s+)?(?:your\\s+)?(?:personal\\s+)?(?:data|information)\\s+)?(?:is|are)',
    // Translations of the German templates: "Responsible for the data processing on this website is …", "The party
    // responsible for processing data on this website within the meaning of the GDPR is: …", "The data processing
    // controller on this website is: …".
    '(?:the\\s+)?(?:(?:party|body|person|entity|organi[sz]ation)\\s+)?responsible(?:\\s+(?:party|body|entity))?\\s+for\\s+(?:the\\s+)?(?:processing\\s+(?:of\\s+)?(?:your\\s+)?(?:personal\\s+)?data|(?:data\\s+)?processing)(?:\\s+on\\s+this\\s+(?:website|site|app))?(?:\\s*,?\\s+(?:within\\s+the\\s+meaning\\s+of|in\\s+(?:the\\s+)?(?:sense|terms)\\s+of|under|according\\s+to)\\s+[^:;\\n]{0,120}?)?\\s+(?:is|are)',
    '(?:the\\s+)?data\\s+processing\\s+controller\\s+(?:on|of|for)\\s+this\\s+(?:website|site|app)\\s+(?:is|are)',
    // "This web site is maintained and administered by the Malta Tourism Authority (MTA)": two verbs, the site in two words.
    '(?:this\\s+|our\\s+|the\\s+)?(?:web\\s?site|site|app|application|service)\\s+(?:is\\s+)?(?:owned|operated|run|provided|published|managed|maintained|administered|developed|created|built|made)(?:\\s+and\\s+(?:owned|operated|run|provided|published|managed|maintained|administered|developed|created|built|made))?\\s+by',
    'this\\s+is\\s+the\\s+privacy\\s+(?:policy|statement|notice)\\s+of',
    // The translated German template: "This data protection notice applies to data processing by Sebastian Pekarek, …".
    'applies\\s+to\\s+(?:the\\s+)?(?:processing\\s+of\\s+(?:personal\\s+)?data|(?:personal\\s+)?data\\s+processing)\\s+by',
    // "This privacy notice explains how Acme Ltd uses …" (a pronoun there, "how we use", names nobody).
    '(?:this|our)\\s+(?:privacy\\s+|data\\s+protection\\s+)?(?:policy|notice|statement)\\s+(?:sets\\s+out|explains|describes|tells\\s+you)\\s+how',
    // A definitions clause of the UK templates: "“We”, “Us” and “Our” means Xcuts Ltd, a company incorporated …".
    '[“"‘*]*(?:we|us)[”"’*]*(?:\\s*(?:,|/|and|or)\\s*[“"‘*]*(?:we|us|our)[”"’*]*)*\\s+(?:shall\\s+)?means?',
    // The opening "At Acme Widgets, we take your privacy seriously" / "… we are committed to protecting your data".
    '^at(?=\\s+(?:\\S+\\s+){0,5}?\\S+,?\\s+we\\s+(?:take|value|respect|care|are\\s+committed|believe|understand)\\s+(?:\\S+\\s+){0,6}?(?:privacy|personal\\s+(?:data|information)|data))',
    // "Welcome to Bright Minds Tutoring!", "Welcome to the Tidewater Trust's privacy notice".
    '^welcome\\s+to',
    // "This privacy policy applies to the Open Data Institute (ODI) website".
    'this\\s+(?:privacy\\s+)?(?:policy|notice|statement)\\s+applies\\s+to',
    // The generators' opening "At Harbour Tea Rooms, accessible from https://…, one of our main priorities is the privacy …".
    '^at(?=\\s+(?:\\S+\\s+){0,5}?\\S+,\\s+accessible\\s+(?:from|at|via|on)\\s)',
    // "It is Copperleaf Studio's policy to respect your privacy …".
    '^it\\s+is(?=\\s+(?:\\S+\\s+){0,5}?\\S+[\'’]s?\\s+policy\\s+to\\s+(?:respect|protect))',
    // An old UK template: "This privacy policy is for this website www.milhouse.uk and served by Milhouse Ltd. and governs …".
    'this\\s+privacy\\s+policy\\s+is\\s+for\\s+this\\s+website\\s+\\S+\\s+and\\s+(?:is\\s+)?served\\s+by',
    // The definitions list of a common generator: "Company (referred to as either “the Company”, “We”, “Us” or “Our” in
    // this Agreement) refers to Lumen Health Ltd, 3 Park Row, …".
    '^[*_]*company[*_]*\\s*(?:\\((?:referred\\s+to\\s+as|hereinafter)[^()]{0,120}\\)\\s*)?refers\\s+to',
  ],
  namedBefore: [
    // What the organisation is, as its own subject: "Open Rights Group is a non-profit company …", "Macknowlogist Ltd is a
    // limited company" (not an app or a site: "Nightjar is a reading app").
    '(?:is|are)\\s+(?:a|an)\\s+(?:(?:registered|small|independent|limited|private|uk|not-for-profit|non-?profit)\\s+){0,2}(?:company|charity|association|foundation|organi[sz]ation|non-?profit|social\\s+enterprise|cooperative|co-operative)(?![\\p{L}])',
    '(?:is|are|acts?\\s+as|will\\s+be|remains?)\\s+(?:the\\s+|a\\s+|joint\\s+)*(?:data\\s+)?controllers?',
    '(?:is|are)\\s+responsible\\s+for\\s+(?:the\\s+)?processing',
    // "The EuroPython Society is considered a data controller under the terms of the GDPR".
    '(?:is|are)\\s+(?:considered|deemed|regarded\\s+as)(?:\\s+to\\s+be)?\\s+(?:the\\s+|a\\s+|joint\\s+)*(?:data\\s+)?controllers?(?![\\p{L}])',
    ',\\s+(?:as|acting\\s+as|in\\s+its\\s+capacity\\s+as)\\s+(?:the\\s+|a\\s+)?(?:data\\s+)?controller\\s*,',
    // The templates' opening: "6th Morpeth Scouts are committed to safeguarding the privacy of your information".
    '(?:is|are)\\s+committed\\s+to\\s+(?:protecting|safeguarding|respecting|ensuring)\\s+(?:\\S+\\s+){0,3}?(?:privacy|personal\\s+(?:data|information))',
    '(?:respects|respect|values|value)\\s+(?:the\\s+|your\\s+)privacy',
    // "Ravenhill Consulting Ltd is registered with the Information Commissioner's Office (ICO) as a data controller".
    '(?:is|are)\\s+registered\\s+(?:with\\s+(?:\\S+\\s+){1,8}?)?as\\s+(?:a\\s+)?(?:data\\s+)?controller',
    // "Brookside Garden Centre owns and operates this website".
    '(?:owns|operates|runs|publishes|maintains)(?:\\s+and\\s+(?:operates|runs|maintains|manages|publishes))?\\s+(?:this|our)\\s+(?:\\S+\\s+){0,2}?(?:website|site|app|application|blog|service|platform)(?![\\p{L}])',
    // The app generators' maker: "… the Tiny Timer app … that was created by Kestrel Apps (hereby referred to as
    // “Service Provider”)"; the app named earlier in the sentence is no controller.
    '\\(\\s*(?:hereby|hereinafter)\\s+referred\\s+to\\s+as\\s+[“"‘\'*]*service\\s+provider[”"’\'*]*\\s*\\)',
    // "Tern Robotics takes your privacy seriously".
    '(?:takes|take)\\s+(?:your\\s+|the\\s+|its\\s+users[\'’]\\s+)?(?:privacy|data\\s+protection)\\s+(?:\\S+\\s+){0,2}?seriously',
  ],
  subjectVerbs: ['is', 'are', 'acts', 'act', 'will', 'remains', 'remain'],
  // iubenda's heading "Owner and Data Controller" over the owner's card.
  controllerLabels: ['(?:data\\s+)?controller', 'identity\\s+of\\s+the\\s+controller', 'owner\\s+and\\s+(?:data\\s+)?controller'],
  nameLabels: ['(?:company\\s+|organi[sz]ation\\s+|legal\\s+|registered\\s+)?name', '(?:full\\s+)?name\\s+of\\s+(?:the\\s+)?(?:legal\\s+entity|company|organi[sz]ation)'],
  detailClauses: ['registered', 'incorporated', 'located', 'established', 'based', 'with\\s+(?:its\\s+)?(?:registered\\s+)?(?:office|address)', 'having\\s+its', 'company\\s+(?:number|no)', 'a\\s+(?:company|charity|non-?profit|corporation)'],
  tradingAs: ['trading\\s+as', 't/a', 'doing\\s+business\\s+as', 'd/b/a', 'dba'],
  tradeNameOf: ['(?:is\\s+)?a\\s+trading\\s+(?:name|style)\\s+of', '(?:is\\s+)?a\\s+(?:brand|division|trademark)\\s+of'],
  operatedBy: [
    '(?:is\\s+)?(?:owned\\s+and\\s+)?operated\\s+by', '(?:is\\s+)?(?:run|published|provided)\\s+by',
    // An app's or project's maker: "Nightjar is developed by Hedgehog Labs".
    '(?:is|was)\\s+(?:developed|made|built|created|maintained|owned)(?:\\s+and\\s+(?:maintained|published|operated))?\\s+by', '(?:is\\s+)?(?:a\\s+)?(?:website|service|project)\\s+of',
    '(?:is|are)\\s+(?:governed|managed)\\s+by', '(?:is|are)\\s+(?:a\\s+)?part\\s+of', '(?:falls?|comes?)\\s+under\\s+(?:the\\s+)?(?:responsibility|governance|management)\\s+of',
  ],
  weAre: ['(?:^|:\\s*)we\\s+are', '(?:^|:\\s*)we,'],
  hereafter: ['hereinafter(?:\\s+referred\\s+to\\s+as)?', 'hereafter(?:\\s+referred\\s+to\\s+as)?', 'referred\\s+to\\s+(?:herein\\s+)?as'],
  selfNouns: ['company', 'club', 'charity', 'organi[sz]ation', 'association', 'society', 'practice', 'school', 'trust', 'firm', 'group', 'business', 'foundation', 'council', 'institute', 'partnership', 'church', 'project'],
  firstPerson: ['we', 'us', 'our', 'ours'],
  pronouns: ['i', 'you', 'we', 'they', 'he', 'she', 'it', 'us', 'them', 'me', 'your', 'our', 'my', 'their', 'his', 'her', 'its'],
  policyTitles: ['privacy\\s+(?:policy|statement|notice)', 'data\\s+protection\\s+(?:policy|notice|statement)', 'cookie\\s+policy', 'privacy\\s+and\\s+cookie\\s+policy'],
  titleLinks: ['of', 'for', 'and'],
  articles: ['the', 'a', 'an', 'this'],
  genericNames: [
    'company', 'controller', 'organi[sz]ation', 'charity', 'website', 'site', 'service', 'we', 'us',
    // Roles and pronouns a policy capitalises as defined terms ("the User", "the Owner", "You"): never a name.
    'users?', 'visitors?', 'customers?', 'members?', 'owner', 'application', 'services', 'you', 'your', 'if', 'when',
    // A template's unfilled placeholders ("[Company Name]", "Your Business Name").
    '(?:your\\s+)?(?:company|business|organi[sz]ation)\\s+name', 'your\\s+(?:company|business|name)', 'first\\s+and\\s+last\\s+name', 'john\\s+doe',
  ],
  // Capitalised nouns before a particle that open no name: "Privacy Policy of Acme Ltd", "a Service of Acme Ltd".
  notNameHeads: ['Privacy\\s+(?:Policy|Notice|Statement)', 'Policy', 'Notice', 'Website', 'Site', 'App', 'Application', 'Service', 'Services', 'Terms', 'Subsidiary', 'Division', 'Brand', 'Product', 'Products', 'Part'],
  publicBodies: ['Ministry', 'Department', 'Secretary\\s+of\\s+State'],
  publicBodyLink: ['of', 'for'],
  conjunctions: ['and', '&'],
  addressCues: ['located\\s+at', 'based\\s+at', '(?:postal\\s+|registered\\s+|office\\s+)?address\\s*:'],
  copyright: ['©', '\\(c\\)', 'copyright(?:\\s+©)?'],
  phoneLabels: ['phone', 'telephone', 'tel\\.?', 't\\.', 'call(?:\\s+us)?(?:\\s+(?:on|at))?', 'mobile'],
  representative: ['representative\\s+in\\s+the\\s+(?:eu|european\\s+union|eea)', 'eu\\s+representative', '(?:article|art\\.)\\s+27\\s+representative', 'representative\\s+\\(?(?:article|art\\.)\\s+27'],
  dpoServiceBefore: ['services\\s+as', 'service\\s+as', '(?:offer|provide|supply)(?:s|ing)?\\s+(?:an?\\s+)?(?:external\\s+|outsourced\\s+|virtual\\s+)?'],
  // …but a service bought in is still the organisation's DPO: "Our Data Protection Officer service is provided by X Ltd".
  dpoServiceAfter: ['-?services?(?!\\s+(?:is|are|was)\\s+(?:provided|supplied|delivered|carried\\s+out)\\s+by)', '-as-a-service', 'as\\s+a\\s+service', 'support'],
  otherMatters: [
    'for\\s+(?:all\\s+|any\\s+)?other\\s+(?:\\p{L}+\\s+){0,2}?(?:questions|queries|matters|requests|enquiries|inquiries|issues|concerns)',
    'for\\s+(?:anything|everything)\\s+else', '(?:all\\s+|any\\s+)?other\\s+(?:\\p{L}+\\s+)?(?:questions|queries|enquiries|inquiries)\\s+(?:can|should|may)',
  ],
  detailsElsewhere: [
    '(?:at|to|via|using|through|on)\\s+the\\s+(?:(?:postal|e-?mail|contact)\\s+)?(?:address(?:es)?|contact\\s+details|details|information)\\s+(?:given\\s+|provided\\s+|set\\s+out\\s+|shown\\s+|listed\\s+)?(?:above|below)',
    '(?:at|to|via|using)\\s+the\\s+(?:above|below)[\\s-]+(?:mentioned\\s+|listed\\s+)?(?:address|contact\\s+details|details)',
    // "Our Data Protection Officer can be reached at the same address".
    '(?:at|to|via|using|through|on)\\s+the\\s+same\\s+(?:postal\\s+|e-?mail\\s+)?(?:address(?:es)?|contact\\s+details|details)',
  ],
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  productNouns: ['App', 'Application'],
  months: [
    ['january', 'jan\\.?'], ['february', 'feb\\.?'], ['march', 'mar\\.?'], ['april', 'apr\\.?'], ['may'], ['june', 'jun\\.?'],
    ['july', 'jul\\.?'], ['august', 'aug\\.?'], ['september', 'sep\\.?', 'sept\\.?'], ['october', 'oct\\.?'], ['november', 'nov\\.?'], ['december', 'dec\\.?'],
  ],
  updatedCues: [
    'last\\s+(?:updated|modified|revised|changed|amended|reviewed|update)',
    '(?:updated|revised|modified|amended)(?:\\s+on)?',
    'effective(?:\\s+date|\\s+as\\s+of|\\s+from|\\s+on)?', 'date\\s+of\\s+(?:last\\s+)?(?:revision|update|change)', 'version(?:\\s+date)?', 'in\\s+force\\s+(?:from|since|as\\s+of)',
  ],
  authorityInformationOnly: [
    '(?:further|more)\\s+information\\s+(?:\\S+\\s+){0,6}?(?:by\\s+)?visit\\p{L}*', 'know\\s+more\\s+about\\s+(?:\\S+\\s+){0,8}?(?:please\\s+)?visit',
    '(?:guidance|advice)\\s+(?:\\S+\\s+){0,3}?(?:is\\s+)?(?:available|published)\\s+(?:on|at|from)',
  ],
  authorityCompetent: ['(?:competent|responsible|lead)\\s+supervisory\\s+authority\\s+(?:for\\s+(?:us|\\S+)\\s+)?(?:is|will\\s+be)', 'our\\s+(?:lead\\s+|competent\\s+)?supervisory\\s+authority\\s+is', 'supervisory\\s+authority\\s+(?:responsible|competent)\\s+for\\s+(?:us|our)'],
  genericAuthority: ['(?:local\\s+|competent\\s+|relevant\\s+|national\\s+)?(?:data\\s+protection\\s+|supervisory\\s+)(?:authority|regulator)'],
  // A form on the site as the way to reach the controller (ANNOTATION.md counts it as a contact detail).
  // WordPress's default opening of 'Who we are': "Our website address is: https://…".
  siteAddressCues: ['our\\s+website\\s+address\\s+is\\s*:?'],
  blankMaker: ['(?:created|developed|built|made)\\s+by\\s*\\(\\s*(?:hereby|hereinafter)', '^\\s*built\\s+the\\s+(?:\\S+\\s+){1,4}?app\\s+as\\s+an?'],
  contactForms: [
    // A channel named for contact as a form is: "please contact us via [Github Issues](…)", "reach me on Discord" (not
    // "open an issue on GitHub", nor a service the site uses).
    '(?:contact|reach|message)\\s+(?:us|me)\\s+(?:via|on|through|using)\\s+(?:our\\s+|the\\s+)?(?:github|gitlab|codeberg|slack|discord|matrix|mastodon|forum)(?![\\p{L}])',
    '(?:via|through|using|use|with|on|fill\\s+in|complete)\\s+(?:our|the|this|a)\\s+(?:(?:contact|support|enquiry|inquiry|feedback|web|online)\\s+){1,2}form',
    // A contact label whose value is the form: "Contact: [Contact Form](…)".
    'contact\\s*:\\s*(?:(?:our|the|a|contact|online|web)\\s+){0,2}form',
    '(?:contact|reach|write\\s+to)\\s+(?:us|me)\\s+(?:\\S+\\s+){0,4}?form',
    // An issue tracker or help desk as the way to reach the controller (open-source apps, SaaS): "please contact us via
    // Github Issues", "open an issue on our GitHub repository", "contact us through our support portal", "submit a
    // support request through our help desk" (not "Bugs can be reported on GitHub", "We use GitHub to host our code", nor a bare
    // "If you have questions, open an issue on GitHub or our forum", which names no channel of the controller's own).
    '(?:contact|reach|write\\s+to)\\s+(?:us|me)\\s+(?:via|through|using|on|in|by\\s+(?:opening|creating|filing|raising|submitting))\\s+(?:an?\\s+|our\\s+|the\\s+|my\\s+)?(?:\\S+\\s+)?(?:issues?|issue\\s+tracker|support\\s+(?:portal|ticket|system|desk|page|cent(?:er|re))|help\\s*desk|help\\s+cent(?:er|re)|ticket(?:ing)?\\s+system)(?![\\p{L}])',
    '(?:open|create|file|raise|submit)\\s+(?:an?\\s+)?(?:new\\s+)?(?:issue|support\\s+(?:ticket|request))\\s+(?:\\S+\\s+){0,3}?(?:on|in|at|via|through)\\s+(?:our|the|my)\\s+(?:\\S+\\s+){0,2}?(?:repository|repo|issue\\s+tracker|github|gitlab|codeberg|support\\s+(?:portal|site|page|system)|help\\s*desk)(?![\\p{L}])',
  ],
  nounsCapitalised: false,
};

import type { CookieLexicon, ChildrenLexicon } from '../../lexicon/cookies.js';

export const cookies: CookieLexicon = {
  nouns: ['cookies?'],
  kinds: {
    functional: ['(?:strictly\\s+)?necessary', 'essential', 'functional(?:ity)?', 'technical', 'preferences?', 'required'],
    analytics: ['analytics?', 'analytical', 'statistics?', 'statistical', 'performance', 'measurement'],
    marketing: ['tracking', 'marketing', 'advertising', 'advertisement', 'targeting', 'social\\s*media', 'retargeting'],
  },
  joiners: [',', 'and', 'or', '/', '&'],
  useVerbs: ['use[sd]?', 'using', 'set[s]?', 'place[sd]?', 'employ[s]?', 'rel(?:y|ies)\\s+on', 'make\\s+use\\s+of'],
  session: ['session(?:\\s+|-)cookies?', 'session-only', '(?:when|once|until)\\s+you\\s+close\\s+(?:your|the)\\s+browser', 'end\\s+of\\s+(?:the|your)\\s+(?:browser\\s+|browsing\\s+)?session'],
  sessionCell: ['(?:browser\\s+)?session', 'end\\s+of\\s+(?:the\\s+)?session'],
  absence: ['without', 'no'],
  namedBy: ['named', 'called', 'titled'],
  columns: {
    name: ['name', 'cookie(?:\\s+name)?'],
    lifetime: ['expir\\p{L}*', 'duration', 'lifetime', 'retention', 'max(?:imum)?[- ]age', 'lifespan', 'storage\\s+period', 'valid(?:ity)?'],
    kind: ['type', 'category', 'kind'],
  },
};

export const children: ChildrenLexicon = {
  words: ['children', 'child(?!\\s+(?:exploitation|labou?r|abuse|sexual|pornograph))', "children's", 'minors', 'an?\\s+minor', 'kids', 'parental\\s+(?:consent|permission)', 'parents?\\s+or\\s+(?:legal\\s+)?guardians?'],
  ages: [
    'under\\s+(?:the\\s+)?(?:age\\s+(?:of\\s+)?)?(\\d+|\\p{L}+)', 'younger\\s+than\\s+(\\d+|\\p{L}+)', 'below\\s+(?:the\\s+)?age\\s+(?:of\\s+)?(\\d+|\\p{L}+)',
    '(\\d+|\\p{L}+)\\s+years?\\s+(?:of\\s+age|old)(?:\\s+or\\s+older)?', 'over\\s+(?:the\\s+)?age\\s+(?:of\\s+)?(\\d+|\\p{L}+)', 'aged\\s+(\\d+|\\p{L}+)',
    'at\\s+least\\s+(\\d+|\\p{L}+)\\s+years', '(\\d+)-year-olds?', 'age\\s+of\\s+(\\d+|\\p{L}+)',
  ],
  ageUnits: ['years?', 'year-olds?', 'age', 'aged'],
  dataWords: ['consent', 'permission', 'information', 'data', 'collect\\p{L}*', 'account', 'register\\p{L}*', 'parents?', 'guardians?', 'privacy'],
};

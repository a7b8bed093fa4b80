import type { CommonLexicon } from '../../lexicon/common.js';

export const common: CommonLexicon = {
  negation: ['not', 'no', 'never', 'neither', 'nor', 'none', "don't", "doesn't", "won't", "isn't", "aren't", 'cannot', "can't", 'without'],
  clauseBreaks: ['but', 'however', 'except', 'unless', 'only', 'other\\s+than'],
  topics: {
    controller: ['who\\s+(?:we\\s+are|are\\s+we|is\\s+responsible)', 'about\\s+us', 'controller', 'identity'],
    contact: ['contact(?:ing)?(?:\\s+(?:us|details|information))?', 'questions', 'how\\s+to\\s+reach'],
    dpo: ['data\\s+protection\\s+officer', 'dpo'],
    data: ['(?:what|which)\\s+(?:personal\\s+)?(?:data|information)', '(?:personal\\s+)?(?:data|information)\\s+(?:we|that\\s+we)\\s+(?:collect|process|hold|use|gather)', 'categories\\s+of\\s+(?:personal\\s+)?(?:data|information)', 'information\\s+(?:collection|we\\s+collect)', 'types\\s+of\\s+(?:personal\\s+)?(?:data|information)', 'what\\s+we\\s+collect'],
    special_data: ['special\\s+categor(?:y|ies)', 'sensitive\\s+(?:personal\\s+)?(?:data|information)'],
    purposes: ['purposes?', 'why\\s+we', 'how\\s+(?:we|do\\s+we)\\s+use', 'use\\s+of\\s+(?:your\\s+)?(?:personal\\s+)?(?:data|information)', 'how\\s+\\p{L}+\\s+uses\\s+(?:your\\s+)?(?:personal\\s+)?(?:data|information)'],
    legal_basis: ['legal\\s+bas(?:is|es)', 'lawful\\s+bas(?:is|es)', 'legal\\s+grounds?'],
    retention: ['retention', 'retain', 'how\\s+long', 'storage\\s+(?:period|duration)', 'keep(?:ing)?\\s+(?:your\\s+)?(?:data|information)'],
    recipients: ['third\\s+parties', 'sharing', 'share', 'disclos(?:e|ure)', 'recipients?', 'processors', 'sub-?processors', 'service\\s+providers', 'who\\s+(?:has|gets)\\s+access'],
    transfers: ['international', 'transfers?', 'outside\\s+(?:the\\s+)?(?:eu|eea|european)', 'third\\s+countries', 'cross-border'],
    rights: ['rights', 'your\\s+choices', 'access(?:ing)?', 'control'],
    complaint: ['complaints?', 'supervisory\\s+authority'],
    adm: ['automated\\s+decision', 'profiling'],
    cookies: ['cookies?', 'tracking', 'similar\\s+technologies'],
    children: ['children', 'minors', 'kids'],
    security: ['security', 'secure', 'protect(?:ion|ing)?\\s+(?:of\\s+)?(?:your\\s+)?(?:data|information)'],
    changes: ['changes', 'updates?\\s+to', 'amendments'],
  },
};

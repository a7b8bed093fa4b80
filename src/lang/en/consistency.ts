import type { ConsistencyLexicon } from '../../lexicon/consistency.js';

export const consistency: ConsistencyLexicon = {
  acceptanceByUse: [
    'by\\s+(?:using|accessing|visiting|browsing)\\s+(?:this|our|the)\\s+(?:web\\s*site|site|app|service|platform|[\\p{L}.-]+\\.[a-z]{2,})[^.]{0,80}?(?:you\\s+(?:agree|consent|accept)|you\\s+are\\s+(?:agreeing|consenting|accepting))',
  ],
  onlyFunctionalCookies: ['only\\s+(?:uses?\\s+)?(?:strictly\\s+)?(?:necessary|functional|essential|technical)(?:\\s+(?:and|or)\\s+(?:functional|analytics?|analytical))?\\s+cookies'],
  dpoTitles: ['data\\s+protection\\s+officer', 'DPO'],
  bsnLegalGround: ['required\\s+by\\s+law', 'legal\\s+obligation', 'legally\\s+required'],
};

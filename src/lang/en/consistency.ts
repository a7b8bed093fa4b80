import type { ConsistencyLexicon } from '../../lexicon/consistency.js';

export const consistency: ConsistencyLexicon = {
  acceptanceByUse: [
    'by\\s+(?:using|accessing|visiting|browsing)\\s+(?:this|our|the)\\s+(?:web\\s*site|site|app|service|platform|[\\p{L}.-]+\\.[a-z]{2,})[^.]{0,80}?(?:you\\s+(?:agree|consent|accept)|you\\s+are\\s+(?:agreeing|consenting|accepting))',
  ],
  onlyFunctionalCookies: ['only\\s+(?:uses?\\s+)?(?:strictly\\s+)?(?:necessary|functional|essential|technical)(?:\\s+(?:and|or)\\s+(?:functional|analytics?|analytical))?\\s+cookies'],
  dpoTitles: ['data\\s+protection\\s+officer', 'DPO'],
  noDpo: [
    // "We have not appointed a DPO", "we did not designate a data protection officer", "we do not have a DPO".
    "(?:not|never|(?:haven|hasn|don|doesn|didn)['’]t)\\s+(?:(?:formally|yet)\\s+)?(?:appointed|designated|named|appoint|designate|have)\\s+(?:a|an)\\s+(?:data\\s+protection\\s+officer|DPO)",
    // "We are not required to appoint a DPO", "no obligation to designate a data protection officer".
    '(?:not\\s+(?:required|obliged|obligated)|no\\s+(?:legal\\s+)?(?:obligation|requirement))\\s+(?:for\\s+us\\s+)?to\\s+(?:appoint|designate|have)\\s+(?:a|an)\\s+(?:data\\s+protection\\s+officer|DPO)',
    // "There is no (designated) DPO", "no data protection officer has been appointed".
    'no\\s+(?:designated\\s+|appointed\\s+|formal\\s+)?(?:data\\s+protection\\s+officer|DPO)\\s+(?:has|have|is|was)',
    '(?:is|are)\\s+no\\s+(?:designated\\s+|appointed\\s+|formal\\s+)?(?:data\\s+protection\\s+officer|DPO)',
    // "A data protection officer has not been appointed / is not required".
    '(?:data\\s+protection\\s+officer|DPO)(?:\\s*\\([^)]{1,40}\\))?\\s+(?:has|have|is|was)\\s+not\\s+(?:been\\s+)?(?:appointed|designated|required|needed|mandatory)',
  ],
  bsnLegalGround: ['required\\s+by\\s+law', 'legal\\s+obligation', 'legally\\s+required'],
};

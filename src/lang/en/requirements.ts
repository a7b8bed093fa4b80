import type { RequirementLexicon } from '../../lexicon/requirements.js';

export const requirements: RequirementLexicon = {
  statutoryContractual: [
    'we\\s+require\\s+(?:this|these|some|the\\s+following|your)\\s+(?:basic\\s+)?(?:information|data|details)',
    'the\\s+only\\s+(?:data|information)\\s+we\\s+require',
    '(?:is|are)\\s+required\\s+(?:for\\s+you\\s+)?(?:to|for)\\s+(?:create|open|register|use|enter|sign\\s+up|an?\\s+account|the\\s+contract)',
    'you\\s+(?:are\\s+not|aren[\'’]t|are)\\s+(?:obliged|required|obligated|under\\s+(?:no|an)\\s+obligation)\\s+to\\s+(?:provide|give|share|submit)',
    // A duty put on the person: "you must provide your name and an email address" (not a duty to consent).
    'you\\s+(?:must|need\\s+to|have\\s+to|will\\s+(?:need|have)\\s+to)\\s+(?:provide|give|enter|supply|submit)(?!\\s+(?:your\\s+|us\\s+)?(?:consent|permission))',
    // Providing is (not) voluntary, mandatory or a requirement: "Providing personal data to us is not a legal requirement".
    '(?:providing|provision\\s+of|giving\\s+us|supplying)\\s+(?:\\S+\\s+){0,4}?(?:personal\\s+)?(?:data|information|details)\\s+(?:\\S+\\s+){0,2}?(?:is|are)\\s+(?:not\\s+)?(?:entirely\\s+|completely\\s+)?(?:voluntary|optional|mandatory|obligatory|compulsory|an?\\s+(?:legal|statutory|contractual)\\s+(?:requirement|obligation))',
    'if\\s+you\\s+(?:do\\s+not|don[\'’]t|decline\\s+to|choose\\s+not\\s+to|refuse\\s+to|fail\\s+to)\\s+(?:provide|give|share|submit)',
    'if\\s+you\\s+decline',
    '(?:unable|not\\s+be\\s+able)\\s+to\\s+provide\\s+you\\s+with',
    // What follows without a piece of data: "without a delivery address we can't post your coffee" (not consent or cookies).
    'without\\s+(?!(?:\\S+\\s+){0,2}?(?:consent|permission|cookies?)(?![\\p{L}]))(?:[\\p{L}\\p{N}\'’-]+\\s+){0,4}?[\\p{L}\\p{N}\'’-]+,?\\s+(?:we|you|i)\\s+(?:cannot|can[\'’]t|can\\s+not|will\\s+not|won[\'’]t|are\\s+unable|am\\s+unable|would\\s+not|wouldn[\'’]t|could\\s+not|couldn[\'’]t|are\\s+not\\s+able|(?:will|would)\\s+(?:not\\s+)?be\\s+unable)',
    'failure\\s+to\\s+provide',
    '(?:mandatory|required)\\s+fields?',
    'marked\\s+(?:with\\s+)?(?:an\\s+)?(?:asterisk|\\*)',
    'statutory\\s+or\\s+contractual\\s+requirement',
  ],
  noRecipients: [
    '(?:do|will)\\s+not\\s+(?:share|disclose|pass\\s+on|provide|give|transfer)\\s+(?:your\\s+|any\\s+)?(?:personal\\s+)?(?:data|information)\\s+(?:with|to)\\s+(?:any\\s+)?third\\s+parties',
    '(?:don\'t|won\'t|never)\\s+(?:share|disclose|pass\\s+on|provide|give|transfer)\\s+(?:your\\s+|any\\s+)?(?:personal\\s+)?(?:data|information)\\s+(?:with|to)\\s+(?:any\\s+)?third\\s+parties',
    '(?:data|information)\\s+(?:is|are|will)\\s+(?:never|not)\\s+(?:be\\s+)?(?:shared|disclosed|passed\\s+on)\\s+(?:with|to)\\s+(?:any\\s+)?third\\s+parties',
  ],
  genericDataSubjects: ['(?:your|the|all|this|such)?\\s*(?:personal\\s+)?(?:data|information)'],
  vagueRecipientCategories: ['third\\s+parties', 'third-parties', 'partners', 'other\\s+parties', 'external\\s+parties'],
};

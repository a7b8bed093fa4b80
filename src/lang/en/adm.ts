import type { AdmLexicon } from '../../lexicon/adm.js';

export const adm: AdmLexicon = {
  decisionWords: ['decisions?', 'decides?', 'decided', 'deciding'],
  decisions: [
    '(?:automated|automatic)\\s+(?:individual\\s+)?decisions?(?:[-\\s]making)?',
    'decisions?\\s+(?:\\S+\\s+){0,4}?(?:based\\s+)?(?:solely|exclusively|purely|only|entirely)\\s+on\\s+(?:the\\s+)?automated\\s+(?:processing|means)',
    'decisions?\\s+based\\s+on\\s+automated\\s+processing',
    'automated\\s+(?:processing|means)(?:\\s+\\S+){0,3}?\\s+(?:to\\s+)?(?:make|take|reach)\\s+decisions?',
    // Decisions taken without a person: "does not take decisions about employees without human involvement".
    'decisions?\\s+(?:\\S+\\s+){0,6}?without\\s+(?:any\\s+)?(?:human|manual|personal)\\s+(?:involvement|intervention|review|oversight|input|assessment)',
  ],
  profiling: ['profiling'],
  effects: [
    'legal(?:ly)?\\s+(?:or\\s+(?:similarly|similar)\\s+significant\\s+)?(?:effects?|impacts?|consequences?)',
    'legal\\s+effects?',
    'similarly\\s+significant(?:ly)?',
    'significant(?:ly)?\\s+(?:effects?|affects?|impacts?)',
  ],
  // Tracking is the same use: "We do not make use of any tracking or profiling functionality" (a newsletter's).
  marketing: ['marketing', 'advertis\\p{L}*', 'ads', 'personali[sz]ed', 'tracking'],
  neutralBefore: [
    'rights?',
    // The Art. 22 right in its own words, e.g. as a list item under "You have the right:".
    'not\\s+to\\s+be\\s+subject(?:ed)?\\s+to',
    'if',
    'should\\s+we',
    'in\\s+the\\s+future',
  ],
  definitions: ['means', 'refers\\s+to', 'we\\s+mean', 'is\\s+defined\\s+as', '(?:contains?|includes?)\\s+(?:\\S+\\s+){0,3}?(?:rules|provisions)\\s+(?:on|about|for|regarding)'],
  noLonger: ['no\\s+longer', 'not\\s+any\\s+(?:longer|more)'],
  negatedAfter: [
    '(?:is|are)\\s+(?:\\S+\\s+)?(?:not|never)\\s+(?:used|applied|carried\\s+out|performed|made|taken|undertaken|employed)',
    'do(?:es)?\\s+not\\s+(?:take\\s+place|occur|apply)',
    "(?:doesn['’]t|don['’]t)\\s+(?:take\\s+place|occur|apply)",
    'not\\s+(?:used|applied)',
    // A denial pointing back at the heading or the phrase: "## Automated decision-making ⏎ We don't do this", "None of the
    // data we hold is used for this".
    "(?:we|i)\\s+(?:do\\s+not|don['’]t|never)\\s+(?:do|use|carry\\s+out|undertake|engage\\s+in|perform|practi[sc]e)\\s+(?:this|that|it|any\\s+of\\s+(?:this|that|these|them))(?![\\p{L}])",
    '(?:none|no\\s+part)\\s+of\\s+(?:\\S+\\s+){0,6}?(?:is|are|will\\s+be)\\s+used\\s+(?:for|in)\\s+(?:this|that|it|such)(?![\\p{L}])',
  ],
  sectionHeadings: ['(?:automated|automatic)\\s+(?:individual\\s+)?decisions?(?:[-\\s]making)?'],
  automation: [
    'automatic(?:ally)?',
    'automated',
    'without\\s+(?:any\\s+)?(?:human|manual)\\s+(?:involvement|intervention|review)',
    'without\\s+(?:anyone|any\\s+person|a\\s+person|a\\s+human)',
  ],
};

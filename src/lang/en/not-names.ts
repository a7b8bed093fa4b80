import type { NotNameLexicon } from '../../lexicon/controller.js';

/** What stands where the controller's name is expected but names no one (English). */
export const notNames: NotNameLexicon = {
  // "Who we are", "What data we collect", "How to contact us".
  questionWords: ['who', 'whom', 'whose', 'what', 'which', 'how', 'where', 'when', 'why'],
  // "Contact us", "Email us", "Write to us", "Get in touch", "Click here".
  imperatives: ['contact', 'e-?mail', 'write', 'call', 'phone', 'send', 'visit', 'click', 'read', 'see', 'reach', 'get', 'ask', 'message', 'find', 'follow', 'let', 'tell', 'drop', 'talk', 'speak', 'join'],
  // "under the GDPR", "pursuant to Article 4(7)", "as defined in Art. 4", "according to the Data Protection Act".
  legalReferences: [
    'under\\s+(?:the|art(?:icle|\\.)?|section|s\\.)', 'pursuant\\s+to', 'according\\s+to', 'in\\s+accordance\\s+with', 'as\\s+defined', 'within\\s+the\\s+meaning', 'for\\s+the\\s+purposes?\\s+of',
    'art(?:icle|\\.)?\\s*\\d', 'section\\s+\\d', '§', 'recital\\s+\\d',
  ],
  // "Information about us", "Details of the controller", "Questions about this policy".
  headingOpeners: [
    '(?:information|info|details|questions|notes?|contact\\s+(?:details|information)|general\\s+information)\\s+(?:about|on|for|regarding|concerning|of|to)',
    'overview', 'introduction', 'summary',
  ],
  // "the Board of the association", "Webmaster", "the Committee", "the Owner of this website".
  roleNouns: [
    'board\\s+of\\s+(?:directors|trustees)', 'board', 'committee', 'directors?', 'trustees', 'owners?', 'webmaster', 'administrators?', 'chair(?:man|woman|person)?', 'president',
    'secretary', 'treasurer', 'managers?', 'management', 'team', 'editors?', 'editorial\\s+team', 'founders?', 'members', 'staff', 'operators?', 'proprietors?', 'head',
  ],
  inflections: ['s', "'s", '’s'],
};

import type { CommonLexicon } from '../../lexicon/common.js';

export const common: CommonLexicon = {
  // Single words, compared as written (not patterns).
  negation: ['kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'keinerlei', 'nicht', 'nie', 'niemals', 'weder', 'nichts', 'keinesfalls', 'keineswegs', 'ohne', 'niemand', 'nirgends'],
  clauseBreaks: ['aber', 'jedoch', 'sondern', 'außer', 'ausser', 'es\\s+sei\\s+denn', 'sofern', 'soweit', 'nur', 'lediglich', 'ausschließlich', 'ausschliesslich'],
  determiners: ['ihre?[rsmn]?', 'deine?[rsmn]?', 'die', 'der', 'das', 'den', 'dem', 'des', 'eine?[rsmn]?'],
  conjunctions: ['und', 'oder'],
  enumerationJoins: ['und'],
  leadingConjunctions: ['und', 'oder', 'sowie'],
  limitNegations: ['nicht\\s+(?:l[äa]nger|sp[äa]ter|mehr\\s+als)'],
  topics: {
    controller: [
      '(?:name\\s+und\\s+(?:an|kontakt)\\p{L}*\\s+(?:des|der)\\s+)?verantwortliche[nr]?(?:\\s+stelle)?', 'wer\\s+(?:sind\\s+wir|ist\\s+verantwortlich)', 'über\\s+uns', 'impressum',
      'anbieterkennzeichnung', 'verantwortlich(?:keit)?',
    ],
    contact: ['kontakt(?:daten|aufnahme|möglichkeiten)?', 'fragen', 'ansprechp(?:artner|erson)\\p{L}*'],
    dpo: ['datenschutzbeauftragte[nr]?', '(?:betriebliche[nr]?|externe[nr]?|behördliche[nr]?)\\s+datenschutzbeauftragte[nr]?', 'data\\s+protection\\s+officer'],
    data: [
      '(?:welche\\s+)?(?:personenbezogenen\\s+)?daten\\s+(?:wir\\s+)?(?:verarbeiten|erheben|sammeln|speichern|nutzen)', 'welche\\s+(?:personenbezogenen\\s+)?daten',
      'kategorien\\s+(?:von\\s+|personenbezogener\\s+)?(?:personenbezogenen\\s+)?daten', 'art\\s+und\\s+umfang', 'umfang\\s+der\\s+(?:daten)?verarbeitung', 'erhobene\\s+daten',
      'verarbeitete\\s+daten', 'datenkategorien', 'datenerhebung', 'erhebung\\s+(?:und\\s+speicherung\\s+)?(?:von\\s+|personenbezogener\\s+)?daten',
    ],
    special_data: ['besondere\\s+kategorien\\s+(?:personenbezogener\\s+)?daten', 'sensible\\s+daten', 'gesundheitsdaten'],
    purposes: ['zweck(?:e)?', 'zwecke\\s+der\\s+(?:daten)?verarbeitung', 'verarbeitungszwecke', 'wofür', 'warum', 'wozu', 'nutzung\\s+(?:ihrer\\s+)?(?:personenbezogenen\\s+)?daten', 'verwendung\\s+(?:ihrer\\s+)?(?:personenbezogenen\\s+)?daten'],
    legal_basis: ['rechtsgrundlage(?:n)?', 'rechtliche\\s+grundlage(?:n)?', 'gesetzliche\\s+grundlage(?:n)?'],
    retention: ['speicherdauer', 'dauer\\s+der\\s+speicherung', 'speicherfrist(?:en)?', 'aufbewahrung\\p{L}*', 'wie\\s+lange', 'löschung', 'datenlöschung', 'speicherung'],
    recipients: [
      'empfänger(?:innen)?', 'kategorien\\s+von\\s+empfängern', 'weitergabe', 'datenweitergabe', 'übermittlung', 'dritte(?:n)?', 'drittanbieter', 'auftragsverarbeit\\p{L}*',
      'dienstleister', 'offenlegung', 'wer\\s+(?:erhält|hat\\s+zugriff)',
    ],
    transfers: ['drittl(?:and|änder|ändern)', 'außerhalb\\s+der\\s+(?:eu|europäischen|ewr)', 'ausserhalb\\s+der\\s+(?:eu|europäischen|ewr)', 'internationale', 'übermittlung\\s+in\\s+(?:ein\\s+)?drittl\\p{L}*'],
    rights: ['(?:ihre\\s+|deine\\s+)?rechte', 'betroffenenrechte', 'rechte\\s+(?:der\\s+)?betroffenen', 'auskunft', 'widerspruch'],
    complaint: ['beschwerde(?:recht)?', 'aufsichtsbehörde'],
    adm: ['automatisierte\\s+(?:entscheidungsfindung|einzelfallentscheidung|entscheidung)', 'profiling'],
    cookies: ['cookies?', 'tracking', 'ähnliche\\s+technologien', 'webanalyse', 'analyse-?tools?'],
    children: ['kinder', 'minderjährige', 'jugendliche'],
    security: ['sicherheit', 'datensicherheit', 'ssl', 'tls', 'verschlüsselung'],
    changes: ['änderung(?:en)?', 'aktualisierung(?:en)?', 'aktualität'],
  },
};

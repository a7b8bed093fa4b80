import type { ConsistencyLexicon } from '../../lexicon/consistency.js';

export const consistency: ConsistencyLexicon = {
  noDpo: [
    // "Wir haben keinen Datenschutzbeauftragten bestellt", "Ein Datenschutzbeauftragter ist nicht benannt", "nicht verpflichtet, einen … zu bestellen".
    'keine[nr]?\\s+(?:\\S+\\s+)?datenschutzbeauftragte[nr]?',
    'datenschutzbeauftragte[rn]?\\s+(?:\\S+\\s+){0,3}?(?:nicht|kein\\p{L}*)\\s+(?:\\S+\\s+)?(?:bestellt|benannt|ernannt|erforderlich|vorgeschrieben)',
    'nicht\\s+(?:\\S+\\s+){0,2}?verpflichtet\\s*,?\\s+(?:\\S+\\s+){0,2}?datenschutzbeauftragte[nr]?',
  ],
  acceptanceByUse: [
    '(?:durch|mit)\\s+(?:die\\s+)?(?:nutzung|benutzung|verwendung|besuch)\\s+(?:dieser|unserer|der)\\s+(?:website|webseite|internetseite|seite|app|dienste?)[^.]{0,100}?(?:erkl[äa]ren|stimmen|willigen)\\s+(?:sie|du)\\s+(?:sich\\s+)?(?:\\S+\\s+){0,3}?(?:einverstanden|zu|ein)',
  ],
  onlyFunctionalCookies: [
    '(?:nur|ausschlie(?:ß|ss)lich|lediglich)\\s+(?:technisch\\s+)?(?:notwendige|erforderliche|funktionale|essenzielle|essentielle|technische)(?:\\s+(?:und|oder)\\s+(?:funktionale|analytische|notwendige))?\\s+cookies',
  ],
  dpoTitles: ['datenschutzbeauftragte[nr]?', 'data\\s+protection\\s+officer'],
  bsnLegalGround: ['gesetzlich\\s+(?:verpflichtet|vorgeschrieben)', 'gesetzliche\\s+verpflichtung', 'rechtliche\\s+verpflichtung'],
};

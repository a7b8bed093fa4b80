import type { AdmLexicon } from '../../lexicon/adm.js';

export const adm: AdmLexicon = {
  decisionWords: ['entscheidung(?:en)?', 'entscheidet', 'entscheiden'],
  decisions: [
    // Plurals and compounds: "Automatisierte Einzelentscheidungen finden nicht statt", "Entscheidungsfindungen".
    'automatisierte[nr]?\\s+(?:individuelle[nr]?\\s+)?(?:entscheidungsfindung(?:en)?|einzelfallentscheidung(?:en)?|einzelentscheidung(?:en)?|entscheidung(?:en)?|entscheidungsprozesse?|entscheidungsverfahren)',
    'automatische[nr]?\\s+(?:entscheidungsfindung(?:en)?|einzelfallentscheidung(?:en)?|einzelentscheidung(?:en)?|entscheidung(?:en)?)',
    // "Entscheidungen, die ausschließlich auf einer automatisierten Verarbeitung beruhen"
    'entscheidung(?:en)?(?:\\s+\\S+){0,6}?\\s+(?:ausschlie(?:ß|ss)lich|allein|nur)\\s+auf\\s+(?:einer\\s+)?automatisierte[nr]?\\s+verarbeitung',
    'automatisiert\\s+(?:getroffene|entschieden)\\p{L}*',
    // "Eine vollautomatisierte Entscheidung findet nicht statt".
    '(?:voll|ausschlie(?:ß|ss)lich\\s+)automatisierte[nr]?\\s+(?:einzel)?entscheidung(?:en|sfindung)?',
    'ohne\\s+menschliches?\\s+(?:zutun|eingreifen|einwirken|beteiligung)(?:\\s+\\S+){0,6}?\\s+(?:entscheid\\p{L}*|entschieden)',
  ],
  profiling: ['profiling', 'profilbildung', 'profile\\s+(?:erstellen|bilden|anlegen)', 'nutzungsprofile'],
  effects: [
    'rechtliche[rn]?\\s+wirkung(?:en)?',
    'rechtswirkung(?:en)?',
    '(?:in\\s+)?[äa]hnliche[rn]?\\s+weise\\s+erheblich',
    'erheblich\\s+beeintr[äa]chtig\\p{L}*',
  ],
  marketing: ['marketing\\p{L}*', 'werbung', 'werbe\\p{L}*', 'personalisiert\\p{L}*', 'interessenbasiert\\p{L}*'],
  neutralBefore: ['recht(?:e|s)?', 'falls', 'sofern', 'soweit', 'wenn', 'zuk[üu]nftig', 'in\\s+zukunft'],
  definitions: ['versteht\\s+man', 'verstehen\\s+wir', 'bezeichnet', 'bedeutet', 'handelt\\s+es\\s+sich\\s+um', 'ist\\s+jede\\s+art', '(?:spezial|sonder)regelungen', 'enth[äa]lt\\s+(?:\\S+\\s+){0,3}?regelungen'],
  noLonger: ['nicht\\s+(?:mehr|l[äa]nger)'],
  negatedAfter: [
    '(?:findet|finden)\\s+(?:\\S+\\s+){0,2}?(?:nicht|keine)\\s+(?:\\S+\\s+)?statt',
    '(?:wird|werden)\\s+(?:\\S+\\s+){0,3}?(?:nicht|nie(?:mals)?)\\s+(?:\\S+\\s+)?(?:eingesetzt|verwendet|genutzt|angewendet|angewandt|durchgef[üu]hrt|vorgenommen|getroffen)',
    '(?:ist|sind)\\s+(?:\\S+\\s+)?nicht\\s+(?:vorgesehen|anwendbar)',
    '(?:setzen|nutzen|verwenden)\\s+(?:wir\\s+)?(?:\\S+\\s+)?(?:nicht|keine)',
    'verzichten\\s+wir',
    'erfolgt\\s+(?:\\S+\\s+){0,2}?nicht',
  ],
  sectionHeadings: ['automatisierte[nr]?\\s+(?:entscheidungsfindung(?:en)?|einzelfallentscheidung(?:en)?|einzelentscheidung(?:en)?|entscheidung(?:en)?)'],
  automation: ['automatisch', 'automatisiert\\p{L}*', 'ohne\\s+menschliches?\\s+(?:zutun|eingreifen|einwirken|beteiligung)', 'ohne\\s+dass\\s+(?:ein\\s+)?(?:mensch|mitarbeiter)'],
};

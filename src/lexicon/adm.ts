import type { SupportedLanguage } from '../model/types.js';

/**
 * Phrases for automated individual decision-making (Art. 13(2)(f), Art. 22). Regex SOURCE strings, compiled
 * case-insensitively and word-anchored by `wordPattern`; no capture groups.
 */
export interface AdmLexicon {
  /** Automated decisions ("geautomatiseerde besluitvorming", "decisions based solely on automated processing"). */
  decisions: string[];
  /** Profiling: counts only with an effect (below) in the same sentence, or when denied outright. */
  profiling: string[];
  /** Legal or similarly significant effects ("rechtsgevolgen", "legal effects"). */
  effects: string[];
  /** Marketing and advertising: profiling for these alone is no statement on automated decisions. */
  marketing: string[];
  /** Shortly before a cue: the Art. 22 right is named or a condition set ("indien", "if"); nothing said about use. */
  neutralBefore: string[];
  /** Anywhere in the sentence: a definition ("Onder … verstaan we", "means"). */
  definitions: string[];
  /** After a cue, in its clause: a denial ("… vindt niet plaats", "… is not used"). */
  negatedAfter: string[];
  /** Headings of a section about automated decisions ("Geautomatiseerde besluitvorming", "Automated decisions"). */
  sectionHeadings: string[];
  /**
   * Under such a heading: processing described as automatic or done without a person ("scores each transaction
   * automatically", "declined without anyone looking at it"). The section gives the decision its context.
   */
  automation: string[];
}

export const ADM: Record<SupportedLanguage, AdmLexicon> = {
  nl: {
    decisions: [
      '(?:geautomatiseerde?|automatische?)\\s+(?:individuele\\s+)?(?:besluitvorming|besluiten|besluit|beslissingen|beslissing|beslissingsprocessen)',
      // "geautomatiseerde verwerkingen welke besluiten", "op basis van geautomatiseerde verwerkingen besluiten"
      'geautomatiseerde\\s+(?:verwerking(?:en)?|systemen|processen)(?:\\s+\\S+){0,2}?\\s+(?:besluiten|besluit|beslissingen|besluitvorming)',
      '(?:besluiten|besluit|beslissingen)(?:\\s+\\S+){0,6}?\\s+(?:uitsluitend|enkel|alleen|volledig)?\\s*(?:gebaseerd\\s+)?op\\s+(?:basis\\s+van\\s+)?(?:een\\s+)?geautomatiseerde\\s+verwerking',
      'geautomatiseerd\\s+(?:genomen\\s+)?(?:besluiten|besluit|beslissingen)',
      // Decisions taken without a person: "zonder tussenkomst van een medewerker besluiten over u neemt".
      '(?:besluiten|besluit|beslissingen|beslissing)(?:\\s+\\S+){0,6}?\\s+zonder\\s+(?:menselijke\\s+)?(?:tussenkomst|inmenging|betrokkenheid|beoordeling)',
      'zonder\\s+(?:menselijke\\s+)?(?:tussenkomst|inmenging|betrokkenheid|beoordeling)(?:\\s+\\S+){0,6}?\\s+(?:besluiten|besluit|beslissingen|beslissing|beslist|beslissen)',
    ],
    profiling: ['profilering', 'profileren', 'profielen\\s+opstellen'],
    effects: [
      'rechtsgevolg(?:en)?',
      'juridische\\s+gevolgen',
      '(?:aanzienlijke|aanmerkelijke|significante|wezenlijke|ingrijpende)\\s+(?:mate|gevolgen)',
      'in\\s+aanmerkelijke\\s+mate',
    ],
    marketing: ['marketing\\p{L}*', 'advertenties', 'advertentie\\p{L}*', 'reclame\\p{L}*', 'gepersonaliseerde'],
    neutralBefore: [
      'recht(?:en)?',
      'indien',
      'mocht(?:en)?',
      'in\\s+de\\s+toekomst',
    ],
    definitions: ['verstaan\\s+(?:we|wij)', 'wordt\\s+verstaan', 'houdt\\s+in\\s+dat', 'betekent\\s+dat', 'omvat', 'het\\s+gaat\\s+(?:hier\\s+)?om'],
    negatedAfter: [
      '(?:vindt|vinden)\\s+(?:\\S+\\s+)?niet\\s+plaats',
      '(?:wordt|worden)\\s+(?:\\S+\\s+)?(?:niet|nooit)\\s+(?:gebruikt|toegepast|ingezet|genomen)',
      '(?:is|zijn)\\s+(?:\\S+\\s+)?niet\\s+van\\s+toepassing',
      'passen\\s+(?:we|wij)\\s+(?:\\S+\\s+)?niet\\s+toe',
      '(?:maken|gebruiken)\\s+(?:we|wij)\\s+(?:\\S+\\s+)?(?:geen|niet)',
    ],
    sectionHeadings: [
      '(?:geautomatiseerde?|automatische?)\\s+(?:individuele\\s+)?(?:besluitvorming|besluiten|beslissingen)',
    ],
    automation: [
      'automatisch',
      'geautomatiseerde?',
      'zonder\\s+(?:menselijke\\s+)?(?:tussenkomst|inmenging|beoordeling)',
      'zonder\\s+dat\\s+(?:er\\s+|daar\\s+)?(?:een\\s+)?(?:mens|medewerker|persoon)',
    ],
  },
  en: {
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
    marketing: ['marketing', 'advertis\\p{L}*', 'ads', 'personali[sz]ed'],
    neutralBefore: [
      'rights?',
      'if',
      'should\\s+we',
      'in\\s+the\\s+future',
    ],
    definitions: ['means', 'refers\\s+to', 'we\\s+mean', 'is\\s+defined\\s+as'],
    negatedAfter: [
      '(?:is|are)\\s+(?:\\S+\\s+)?(?:not|never)\\s+(?:used|applied|carried\\s+out|performed|made|taken|undertaken|employed)',
      'do(?:es)?\\s+not\\s+(?:take\\s+place|occur|apply)',
      "(?:doesn['’]t|don['’]t)\\s+(?:take\\s+place|occur|apply)",
      'not\\s+(?:used|applied)',
    ],
    sectionHeadings: ['(?:automated|automatic)\\s+(?:individual\\s+)?decisions?(?:[-\\s]making)?'],
    automation: [
      'automatic(?:ally)?',
      'automated',
      'without\\s+(?:any\\s+)?(?:human|manual)\\s+(?:involvement|intervention|review)',
      'without\\s+(?:anyone|any\\s+person|a\\s+person|a\\s+human)',
    ],
  },
};

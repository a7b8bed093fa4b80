import type { AdmLexicon } from '../../lexicon/adm.js';

export const adm: AdmLexicon = {
  decisionWords: ['beslissing(?:en)?', 'besluit(?:en)?', 'beslist', 'beslissen'],
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
    // Het recht van art. 22 in eigen woorden, bijvoorbeeld als lijstpunt onder "U heeft het recht:".
    'niet\\s+(?:te\\s+)?(?:worden\\s+)?onderworpen\\s+aan',
    'indien',
    'mocht(?:en)?',
    'in\\s+de\\s+toekomst',
  ],
  definitions: ['verstaan\\s+(?:we|wij)', 'wordt\\s+verstaan', 'houdt\\s+in\\s+dat', 'betekent\\s+dat', 'omvat', 'het\\s+gaat\\s+(?:hier\\s+)?om', 'bevat\\s+(?:\\S+\\s+){0,3}?(?:regels|bepalingen)\\s+(?:over|voor|inzake)'],
  noLonger: ['niet\\s+(?:meer|langer)'],
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
};

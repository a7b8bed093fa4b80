import type { SupportedLanguage } from '../model/types.js';

/** What a section of a policy is about, read from its heading. */
export type Topic =
  | 'controller'
  | 'contact'
  | 'dpo'
  | 'data'
  | 'special_data'
  | 'purposes'
  | 'legal_basis'
  | 'retention'
  | 'recipients'
  | 'transfers'
  | 'rights'
  | 'complaint'
  | 'adm'
  | 'cookies'
  | 'children'
  | 'security'
  | 'changes';

export interface CommonLexicon {
  /** Words that deny the statement they stand in ("geen", "not"). */
  negation: string[];
  /** Words that end the reach of a negation within a sentence ("maar", "but"). */
  clauseBreaks: string[];
  /** Heading phrases per topic (regex sources, matched case-insensitively on word boundaries). */
  topics: Record<Topic, string[]>;
}

export const COMMON: Record<SupportedLanguage, CommonLexicon> = {
  nl: {
    negation: ['geen', 'niet', 'nooit', 'noch', 'niets', 'nergens', 'geenszins'],
    clauseBreaks: ['maar', 'echter', 'behalve', 'tenzij', 'wel', 'alleen', 'uitsluitend', 'enkel'],
    topics: {
      controller: ['wie\\s+(?:zijn|is)\\s+(?:wij|we)', 'over\\s+ons', 'verwerkingsverantwoordelijke', 'verantwoordelijke', 'wie\\s+is\\s+(?:er\\s+)?verantwoordelijk', 'identiteit'],
      contact: ['contact(?:gegevens|informatie)?', 'vragen', 'bereikbaarheid'],
      dpo: ['functionaris\\s+(?:voor\\s+de\\s+)?gegevensbescherming', 'privacy\\s*officer', 'data\\s+protection\\s+officer'],
      data: ['(?:welke\\s+)?(?:persoons)?gegevens(?:\\s+die)?\\s+(?:wij|we)\\s+(?:verwerken|verzamelen|gebruiken|vastleggen)', 'welke\\s+(?:persoons)?gegevens', 'categorie(?:ën|en)\\s+(?:van\\s+)?(?:persoons)?gegevens', 'verzamelde\\s+gegevens', 'soorten\\s+gegevens'],
      special_data: ['bijzondere(?:\\s+en/of\\s+gevoelige)?\\s+(?:categorie(?:ën|en)\\s+)?(?:van\\s+)?persoonsgegevens', 'gevoelige\\s+(?:persoons)?gegevens'],
      purposes: ['doel(?:en|einden)?', 'waarvoor', 'waarom', 'gebruik\\s+van\\s+(?:uw\\s+)?(?:persoons)?gegevens', 'wat\\s+(?:doe[nt]|gebeurt)\\s+(?:\\p{L}+\\s+)?met\\s+(?:uw|je|jouw)\\s+(?:persoons)?gegevens'],
      legal_basis: ['grondslag(?:en)?', 'rechtsgrond(?:en)?', 'wettelijke\\s+basis'],
      retention: ['bewaar(?:termijn(?:en)?|periode|tijd)', 'hoe\\s+lang', 'bewaren', 'bewaring'],
      recipients: ['derden', 'delen', 'ontvangers?', 'verstrekking', 'verstrekken', 'verwerkers', 'doorgifte\\s+aan', 'wie\\s+(?:heeft|krijgt)\\s+toegang'],
      transfers: ['buiten\\s+de\\s+(?:eu|eer|europese)', 'doorgifte', 'internationale', 'derde\\s+landen'],
      rights: ['rechten', 'inzien', 'inzage', 'aanpassen', 'verwijderen', 'uw\\s+recht'],
      complaint: ['klacht(?:en)?', 'autoriteit\\s+persoonsgegevens', 'toezichthouder'],
      adm: ['geautomatiseerde\\s+(?:besluitvorming|besluiten)', 'profilering'],
      cookies: ['cookies?', 'vergelijkbare\\s+technieken', 'tracking'],
      children: ['kinderen', 'minderjarigen', 'jongeren'],
      security: ['beveilig(?:ing|en)', 'veiligheid'],
      changes: ['wijzigingen', 'aanpassen\\s+(?:van\\s+)?(?:het|deze|dit)', 'wijzigen'],
    },
  },
  en: {
    negation: ['not', 'no', 'never', 'neither', 'nor', 'none', "don't", "doesn't", "won't", "isn't", "aren't", 'cannot', "can't", 'without'],
    clauseBreaks: ['but', 'however', 'except', 'unless', 'only', 'other\\s+than'],
    topics: {
      controller: ['who\\s+(?:we\\s+are|are\\s+we|is\\s+responsible)', 'about\\s+us', 'controller', 'identity'],
      contact: ['contact(?:ing)?(?:\\s+(?:us|details|information))?', 'questions', 'how\\s+to\\s+reach'],
      dpo: ['data\\s+protection\\s+officer', 'dpo'],
      data: ['(?:what|which)\\s+(?:personal\\s+)?(?:data|information)', '(?:personal\\s+)?(?:data|information)\\s+(?:we|that\\s+we)\\s+(?:collect|process|hold|use|gather)', 'categories\\s+of\\s+(?:personal\\s+)?(?:data|information)', 'information\\s+(?:collection|we\\s+collect)', 'types\\s+of\\s+(?:personal\\s+)?(?:data|information)', 'what\\s+we\\s+collect'],
      special_data: ['special\\s+categor(?:y|ies)', 'sensitive\\s+(?:personal\\s+)?(?:data|information)'],
      purposes: ['purposes?', 'why\\s+we', 'how\\s+(?:we|do\\s+we)\\s+use', 'use\\s+of\\s+(?:your\\s+)?(?:personal\\s+)?(?:data|information)', 'how\\s+\\p{L}+\\s+uses\\s+(?:your\\s+)?(?:personal\\s+)?(?:data|information)'],
      legal_basis: ['legal\\s+bas(?:is|es)', 'lawful\\s+bas(?:is|es)', 'legal\\s+grounds?'],
      retention: ['retention', 'retain', 'how\\s+long', 'storage\\s+(?:period|duration)', 'keep(?:ing)?\\s+(?:your\\s+)?(?:data|information)'],
      recipients: ['third\\s+parties', 'sharing', 'share', 'disclos(?:e|ure)', 'recipients?', 'processors', 'sub-?processors', 'service\\s+providers', 'who\\s+(?:has|gets)\\s+access'],
      transfers: ['international', 'transfers?', 'outside\\s+(?:the\\s+)?(?:eu|eea|european)', 'third\\s+countries', 'cross-border'],
      rights: ['rights', 'your\\s+choices', 'access(?:ing)?', 'control'],
      complaint: ['complaints?', 'supervisory\\s+authority'],
      adm: ['automated\\s+decision', 'profiling'],
      cookies: ['cookies?', 'tracking', 'similar\\s+technologies'],
      children: ['children', 'minors', 'kids'],
      security: ['security', 'secure', 'protect(?:ion|ing)?\\s+(?:of\\s+)?(?:your\\s+)?(?:data|information)'],
      changes: ['changes', 'updates?\\s+to', 'amendments'],
    },
  },
};

import type { SupportedLanguage } from '../model/types.js';

/** Phrases the requirement checks read straight from the text, where no model part holds the answer. */
export interface RequirementLexicon {
  /**
   * Art. 13(2)(e): a statement to the person about providing data — required by law or contract, voluntary,
   * or what follows if not provided. The organisation's own duties ("we are legally required") do not count.
   */
  statutoryContractual: string[];
  /** An explicit statement that nobody receives the data ("we do not share your data with third parties"). */
  noRecipients: string[];
  /** Recipient categories too vague to tell a reader who receives the data. */
  vagueRecipientCategories: string[];
  /** Retention subjects that mean "all personal data" (a general preamble, not one category left vague). */
  genericDataSubjects: string[];
}

export const REQUIREMENT_LEXICON: Record<SupportedLanguage, RequirementLexicon> = {
  nl: {
    statutoryContractual: [
      '(?:bent|is|zijn)\\s+(?:u\\s+|je\\s+)?(?:niet\\s+)?(?:wettelijk\\s+|contractueel\\s+)?verplicht\\s+(?:om\\s+)?(?:deze\\s+|uw\\s+|je\\s+|de\\s+|die\\s+)?(?:persoons)?gegevens\\s+(?:aan\\s+ons\\s+)?(?:te\\s+)?(?:verstrekken|geven|op\\s+te\\s+geven|delen)',
      // The person is (not) obliged, in either word order: "u bent niet verplicht", "bent u wettelijk verplicht".
      '(?:(?:u|je|jij)\\s+(?:bent|is)|(?:bent|ben)\\s+(?:u|je|jij))\\s+(?:\\S+\\s+){0,2}?(?:niet\\s+)?(?:wettelijk\\s+|contractueel\\s+)?verplicht',
      '(?:is|blijft|zijn)\\s+(?:en\\s+blijft\\s+|geheel\\s+|altijd\\s+)?vrijwillig',
      'op\\s+vrijwillige\\s+basis',
      'niemand\\s+(?:mag|kan)\\s+u\\s+(?:dwingen|verplichten)',
      '(?:als|indien|wanneer)\\s+(?:u|je)\\s+(?:deze\\s+|de\\s+|die\\s+|uw\\s+|je\\s+)?(?:persoons)?(?:gegevens|informatie)\\s+niet\\s+(?:verstrekt|geeft|invult|aanlevert)',
      'zonder\\s+(?:deze|uw|die|je|de)\\s+(?:persoons)?(?:gegevens|informatie|e-?mailadres)\\s*,?\\s+(?:kunnen|kan)\\s+(?:wij|we|u|je)',
      // What follows without a piece of data: "Zonder BSN kunnen wij de inschrijving niet afronden" (not consent or cookies).
      'zonder\\s+(?!(?:\\S+\\s+){0,2}?(?:toestemming|cookies?)(?![\\p{L}]))(?:[\\p{L}\\p{N}-]+\\s+){1,5}?(?:kunnen|kan|kunt)\\s+(?:wij|we|ik|u|je|jij)(?:\\s+\\S+){0,8}?\\s+(?:niet|geen)',
      // Providing or filling in is mandatory or voluntary: "Het invullen van de medische fiche is verplicht".
      '(?:invullen|verstrekken|opgeven|aanleveren|doorgeven)\\s+van\\s+(?:\\S+\\s+){1,5}?(?:is|zijn)\\s+(?:\\S+\\s+)?(?:niet\\s+)?(?:verplicht|vrijwillig|optioneel)',
      'verplichte\\s+(?:velden|gegevens)',
      '(?:gemarkeerd|aangeduid)\\s+met\\s+een\\s+(?:sterretje|\\*)',
      'noodzakelijke\\s+voorwaarde\\s+(?:om|voor)',
      'wettelijke\\s+of\\s+contractuele\\s+(?:verplichting|vereiste)',
      'gevolgen\\s+van\\s+het\\s+niet\\s+verstrekken',
    ],
    noRecipients: [
      '(?:verstrekken|verstrekt|delen|deelt|geven|geeft|verkopen\\s+of\\s+verstrekken)\\s+(?:wij\\s+|we\\s+)?(?:uw\\s+|je\\s+|jouw\\s+)?geen\\s+(?:persoons)?gegevens\\s+(?:aan|met)\\s+derden',
      '(?:uw\\s+|je\\s+)?(?:persoons)?gegevens\\s+(?:worden|zullen)\\s+(?:nooit|niet)\\s+(?:worden\\s+)?(?:gedeeld|verstrekt|doorgegeven)\\s+(?:met|aan)\\s+derden',
      '(?:delen|verstrekken|geven)\\s+(?:wij\\s+|we\\s+)?(?:uw\\s+|je\\s+)?(?:persoons)?gegevens\\s+niet\\s+(?:door\\s+)?(?:aan|met)\\s+derden',
    ],
    genericDataSubjects: ['(?:uw|je|jouw|de|alle|deze)?\\s*(?:persoons)?gegevens', '(?:uw|je|jouw|de|alle)?\\s*persoonlijke\\s+(?:gegevens|informatie)'],
    vagueRecipientCategories: ['derden', 'derde\\s+partijen', 'partners', 'andere\\s+partijen', 'externe\\s+partijen'],
  },
  en: {
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
  },
};

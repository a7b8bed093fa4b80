import type { RequirementLexicon } from '../../lexicon/requirements.js';

export const requirements: RequirementLexicon = {
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
};

import type { CookieLexicon, ChildrenLexicon } from '../../lexicon/cookies.js';

export const cookies: CookieLexicon = {
  nouns: ['cookies?'],
  kinds: {
    functional: ['technische', 'technisch', 'functionele', 'functioneel', '(?:strikt\\s+)?noodzakelijke', 'essentiële', 'essentiele', 'functional', 'necessary', 'essential'],
    analytics: ['analytische', 'analytisch', 'statistische', 'statistiek', 'analyse', 'analytics', 'prestatie'],
    marketing: ['tracking', 'marketing', 'advertentie', 'reclame', 'social\\s*media', 'volg', 'targeting', 'advertising', 'profilerings?'],
  },
  joiners: [',', 'en', 'of', '/', '&'],
  useVerbs: ['gebruik(?:en|t)?', 'plaats(?:en|t)?', 'geplaatst', 'maak(?:t|en)\\s+(?:\\p{L}+\\s+){0,4}gebruik', 'gebruik\\s+van', 'zet(?:ten)?', 'inzet(?:ten)?'],
  session: ['sessie-?cookies?', 'sessie\\s+cookies?', 'tot\\s+(?:het\\s+)?(?:af)?sluiten\\s+van\\s+(?:de|uw|je)\\s+browser', '(?:einde|eind)\\s+van\\s+(?:de|uw|je)\\s+(?:browser)?sessie', 'zodra\\s+(?:u|je)\\s+(?:de|uw|je)\\s+browser\\s+(?:af)?sluit'],
  sessionCell: ['(?:browser)?sessie', 'einde\\s+(?:van\\s+de\\s+)?sessie'],
  absence: ['zonder'],
  namedBy: ['genaamd', 'met\\s+de\\s+naam', 'getiteld'],
  columns: {
    name: ['naam', 'cookie(?:naam|s)?', 'name'],
    lifetime: ['bewaartermijn', 'looptijd', 'vervaltijd', 'verloopt', 'vervalt', 'verval(?:datum|termijn)', 'geldigheid', 'duur', 'levensduur', 'bewaarperiode', 'expir\\p{L}*'],
    kind: ['soort', 'type', 'categorie', 'category'],
  },
};

export const children: ChildrenLexicon = {
  words: ['kinderen', 'kind', 'minderjarig\\p{L}*', 'jongeren', 'ouders?\\s+of\\s+voogd', 'ouderlijke\\s+toestemming', 'wettelijke\\s+vertegenwoordiger'],
  ages: [
    'jonger\\s+(?:zijn\\s+|is\\s+)?dan\\s+(\\p{L}+|\\d+)', 'onder\\s+de\\s+(\\p{L}+|\\d+)\\s+jaar', '(\\d+|\\p{L}+)\\s+jaar\\s+(?:of|en)\\s+ouder',
    'vanaf\\s+(\\d+|\\p{L}+)\\s+jaar', 'minimaal\\s+(\\d+|\\p{L}+)\\s+jaar\\s+oud', '(\\d+|\\p{L}+)\\s+jaar\\s+oud', 'leeftijd\\s+van\\s+(\\d+|\\p{L}+)',
    'ouder\\s+(?:zijn\\s+|is\\s+)?dan\\s+(\\d+|\\p{L}+)', '(\\d+)-jarige?n?',
  ],
  ageUnits: ['jaar', 'jarige?n?', 'leeftijd'],
  dataWords: ['toestemming', '(?:persoons)?gegevens', 'informatie', 'verzamel\\p{L}*', 'registr\\p{L}*', 'ouders?', 'voogd', 'account'],
};

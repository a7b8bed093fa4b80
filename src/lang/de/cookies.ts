import type { CookieLexicon, ChildrenLexicon } from '../../lexicon/cookies.js';

export const cookies: CookieLexicon = {
  nouns: ['cookies?'],
  kinds: {
    functional: ['technisch(?:e|en)?', '(?:technisch\\s+|unbedingt\\s+|zwingend\\s+)?notwendige(?:n)?', 'erforderliche(?:n)?', 'funktionale(?:n)?', 'funktionelle(?:n)?', 'essenzielle(?:n)?', 'essentielle(?:n)?', 'session', 'sitzungs', 'necessary', 'functional', 'essential'],
    analytics: ['analyse', 'analytische(?:n)?', 'statistik', 'statistische(?:n)?', 'performance', 'leistungs', 'analytics'],
    marketing: ['marketing', 'werbe', 'tracking', 'targeting', 'drittanbieter', 'social\\s*media', 'advertising'],
  },
  joiners: [',', 'und', 'oder', '/', '&', 'bzw\\.'],
  useVerbs: ['verwende[nt]?', 'nutze[nt]?', 'setze[nt]?', 'eingesetzt', 'gesetzt', 'verwendet', 'genutzt', 'benutze[nt]?', 'setzt\\s+(?:\\p{L}+\\s+){0,4}ein', 'setzen\\s+(?:\\p{L}+\\s+){0,4}ein', 'einsatz\\s+von'],
  session: [
    'session-?cookies?', 'sitzungs-?cookies?', '(?:bis\\s+)?(?:zum|nach)\\s+(?:dem\\s+)?(?:ende|schlie(?:ß|ss)en|beenden)\\s+(?:der|ihrer|deiner|ihres|deines|des)\\s+(?:browser-?)?(?:sitzung|browsers|session)',
    'sobald\\s+(?:sie|du)\\s+(?:ihren|deinen|den)\\s+browser\\s+schlie(?:ß|ss)en', 'nach\\s+ende\\s+der\\s+sitzung',
  ],
  sessionCell: ['(?:browser-?)?sitzung', 'session', 'ende\\s+der\\s+sitzung', 'sitzungsende'],
  absence: ['ohne'],
  namedBy: ['namens', 'mit\\s+dem\\s+namen', 'genannt', 'bezeichnet\\s+als'],
  columns: {
    name: ['name', 'cookie(?:name)?', 'bezeichnung'],
    lifetime: ['speicherdauer', 'laufzeit', 'ablauf', 'g[üu]ltigkeit', 'dauer', 'lebensdauer', 'l[öo]schfrist', 'ablaufdatum', 'verfall\\p{L}*', 'expir\\p{L}*'],
    kind: ['art', 'typ', 'kategorie', 'zweck'],
  },
};

export const children: ChildrenLexicon = {
  words: ['kinder(?:n)?', 'kind(?:es)?', 'minderj[äa]hrige(?:n)?', 'jugendliche(?:n)?', 'erziehungsberechtigte(?:n)?', 'eltern(?:teil)?', 'sorgeberechtigte(?:n)?', 'gesetzliche(?:n)?\\s+vertreter(?:s)?'],
  ages: [
    'unter\\s+(\\d+|\\p{L}+)\\s+jahre', 'unter\\s+(\\d+|\\p{L}+)\\s+jahren', 'j[üu]nger\\s+als\\s+(\\d+|\\p{L}+)', '(\\d+|\\p{L}+)\\s+jahre\\s+(?:oder|und)\\s+[äa]lter',
    'ab\\s+(\\d+|\\p{L}+)\\s+jahren', 'mindestens\\s+(\\d+|\\p{L}+)\\s+jahre\\s+alt', '(\\d+|\\p{L}+)\\s+jahre\\s+alt', 'alter\\s+von\\s+(\\d+|\\p{L}+)',
    '[äa]lter\\s+als\\s+(\\d+|\\p{L}+)', '(\\d+)\\.\\s+lebensjahr', '(\\d+)-j[äa]hrige(?:n)?', 'vollendung\\s+des\\s+(\\d+)\\.',
  ],
  ageUnits: ['jahre', 'jahren', 'lebensjahr\\p{L}*', 'j[äa]hrige\\p{L}*'],
  dataWords: ['einwilligung', 'zustimmung', '\\p{L}*daten', 'informationen', 'angaben', 'erheb\\p{L}*', 'sammeln', 'registrier\\p{L}*', 'eltern', 'erziehungsberechtigte\\p{L}*', 'konto'],
};

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { compareDurations, durationInDays, findDurations, sameDuration } from '../src/extract/duration.js';
import type { Language } from '../src/model/types.js';

type Expect = [iso: string, bound?: 'max' | 'min' | null];

interface Case {
  text: string;
  lang: Language;
  want: Expect[];
  /** The matched texts, when the span itself is the point of the case. */
  texts?: string[];
}

const c = (text: string, lang: Language, want: Expect[], texts?: string[]): Case => ({ text, lang, want, texts });

const POSITIVE: Case[] = [
  // Glued units as policies write them: a capital French "J", a French "h" from 24 up; alternatives with "bzw.".
  c('conservés 2J puis supprimés', 'fr', [['P2D']]),
  c('effacées après 24h, les journaux après 48h', 'fr', [['PT24H'], ['PT48H']]),
  c('6 bzw. 12 Monate', 'de', [['P6M'], ['P12M']]),
  c('then for thirty (30) rolling days to monitor abuse', 'en', [['P30D']]),
  c('sechs beziehungsweise zehn Jahre', 'de', [['P6Y'], ['P10Y']]),
  // Digits and number words.
  c('zeven jaar', 'nl', [['P7Y']]),
  c('veertien maanden', 'nl', [['P14M']]),
  c('één jaar', 'nl', [['P1Y']]),
  c('een jaar', 'nl', [['P1Y']]),
  c('1 jaar', 'nl', [['P1Y']]),
  c('vijfentwintig jaar', 'nl', [['P25Y']]),
  c('tweeëntwintig dagen', 'nl', [['P22D']]),
  c('achttien maanden', 'nl', [['P18M']]),
  c('vierentwintig uur', 'nl', [['PT24H']]),
  c('driehonderdvijfenzestig dagen', 'nl', [['P365D']]),
  c('two years', 'en', [['P2Y']]),
  c('a year', 'en', [['P1Y']]),
  c('an hour', 'en', [['PT1H']]),
  c('one month', 'en', [['P1M']]),
  c('twenty-four hours', 'en', [['PT24H']]),
  c('twenty four months', 'en', [['P24M']]),
  c('one hundred and eighty days', 'en', [['P180D']]),
  c('seven (7) years', 'en', [['P7Y']], ['seven (7) years']),
  c('7 (zeven) jaar', 'nl', [['P7Y']], ['7 (zeven) jaar']),
  c('for (7) years', 'en', [['P7Y']], ['(7) years']),
  c('13 mois', 'fr', [['P13M']]),
  c('vingt-cinq ans', 'fr', [['P25Y']]),
  c('quatre-vingt-dix jours', 'fr', [['P90D']]),
  c('soixante et onze jours', 'fr', [['P71D']]),
  c('pendant une durée d’un an', 'fr', [['P1Y']], ['un an']),
  c('sieben Tage', 'de', [['P7D']]),
  c('fünfundzwanzig Jahre', 'de', [['P25Y']]),
  c('dreißig Tage und dreissig Tage', 'de', [['P30D'], ['P30D']]),
  // Units as written, never converted.
  c('verloopt na 24 uur', 'nl', [['PT24H']]),
  c('12 maanden', 'nl', [['P12M']]),
  c('4 weken', 'nl', [['P4W']]),
  c('30 minuten', 'nl', [['PT30M']]),
  c('10 seconden', 'nl', [['PT10S']]),
  c('5 werkdagen', 'nl', [['P5D']]),
  c('3 mnd', 'nl', [['P3M']]),
  c('2 kwartalen', 'nl', [['P6M']]),
  c('een etmaal', 'nl', [['PT24H']]),
  c('10 business days', 'en', [['P10D']], ['10 business days']),
  c('a fortnight', 'en', [['P14D']]),
  c('a decade', 'en', [['P10Y']]),
  c('2 yrs and 3 hrs', 'en', [['P2Y'], ['PT3H']]),
  c('13 mo', 'en', [['P13M']]),
  c('30d, 24h and 1y', 'en', [['P30D'], ['PT24H'], ['P1Y']]),
  c('30 jours ouvrés', 'fr', [['P30D']]),
  c('2 semestres', 'fr', [['P12M']]),
  // Adjectival forms.
  c('a 90-day period', 'en', [['P90D']], ['90-day']),
  c('the 7-year retention period and 24-hour logs', 'en', [['P7Y'], ['PT24H']]),
  c('a seven-year period', 'en', [['P7Y']], ['seven-year']),
  c('een 7-jarige bewaartermijn', 'nl', [['P7Y']]),
  c('7 full years', 'en', [['P7Y']]),
  c('2 volle jaren', 'nl', [['P2Y']]),
  // Fractions and decimals.
  c('1,5 jaar', 'nl', [['P18M']]),
  c('2.5 years', 'en', [['P30M']]),
  c('half jaar', 'nl', [['P6M']]),
  c('een half jaar', 'nl', [['P6M']], ['een half jaar']),
  c('een halfjaar', 'nl', [['P6M']]),
  c('anderhalf jaar', 'nl', [['P18M']]),
  c('tweeënhalf jaar', 'nl', [['P30M']]),
  c('anderhalf uur', 'nl', [['PT90M']]),
  c('anderhalve maand', 'nl', [['P1.5M']]),
  c('half a year', 'en', [['P6M']]),
  c('half an hour', 'en', [['PT30M']]),
  c('one and a half years', 'en', [['P18M']]),
  c('a year and a half', 'en', [['P18M']], ['a year and a half']),
  c('anderthalb Jahre', 'de', [['P18M']]),
  c('zweieinhalb Jahre', 'de', [['P30M']]),
  c('un an et demi', 'fr', [['P18M']]),
  c('1.000 dagen', 'nl', [['P1000D']]),
  // Hedges.
  c('maximaal 2 jaar', 'nl', [['P2Y', 'max']], ['maximaal 2 jaar']),
  c('max. 3 mnd', 'nl', [['P3M', 'max']], ['max. 3 mnd']),
  c('ten hoogste 5 jaar', 'nl', [['P5Y', 'max']]),
  c('hooguit 14 dagen', 'nl', [['P14D', 'max']]),
  c('uiterlijk 30 dagen', 'nl', [['P30D', 'max']]),
  c('ten minste 10 jaar', 'nl', [['P10Y', 'min']], ['ten minste 10 jaar']),
  c('minimaal 1 jaar', 'nl', [['P1Y', 'min']]),
  c('up to 2 years', 'en', [['P2Y', 'max']], ['up to 2 years']),
  c('at most 30 days', 'en', [['P30D', 'max']]),
  c('a maximum of 6 months', 'en', [['P6M', 'max']], ['a maximum of 6 months']),
  c('no longer than 2 years', 'en', [['P2Y', 'max']]),
  c('not more than 90 days', 'en', [['P90D', 'max']]),
  c('at least 7 years', 'en', [['P7Y', 'min']]),
  c('bis zu 2 Jahre', 'de', [['P2Y', 'max']]),
  c('mindestens 6 Monate', 'de', [['P6M', 'min']]),
  c("jusqu'à 3 ans", 'fr', [['P3Y', 'max']], ["jusqu'à 3 ans"]),
  c('au moins 5 ans', 'fr', [['P5Y', 'min']]),
  // Ranges.
  c('30 dagen tot maximaal 1 jaar', 'nl', [['P30D', null], ['P1Y', 'max']], ['30 dagen', 'tot maximaal 1 jaar']),
  c('between 2 and 5 years', 'en', [['P2Y', null], ['P5Y', 'max']], ['2', '5 years']),
  c('tussen 2 en 5 jaar', 'nl', [['P2Y', null], ['P5Y', 'max']]),
  c('2-5 years', 'en', [['P2Y', null], ['P5Y', 'max']]),
  c('10 tot 20 minuten', 'nl', [['PT10M', null], ['PT20M', 'max']], ['10', '20 minuten']),
  c('30 days to 1 year', 'en', [['P30D', null], ['P1Y', 'max']]),
  c('zwischen 30 und 60 Tagen', 'de', [['P30D', null], ['P60D', 'max']]),
  c('30 bis 60 Tage', 'de', [['P30D', null], ['P60D', 'max']]),
  c('entre 2 et 5 ans', 'fr', [['P2Y', null], ['P5Y', 'max']]),
  c('de 6 mois à 2 ans', 'fr', [['P6M', null], ['P2Y', 'max']]),
  c('2 of 3 jaar', 'nl', [['P2Y', null], ['P3Y', null]]),
  c('one or two years', 'en', [['P1Y', null], ['P2Y', null]]),
  c('2 jaar en 6 maanden', 'nl', [['P2Y', null], ['P6M', null]]),
  // An age is a duration in form; the caller decides what it means.
  c('jonger dan 16 jaar', 'nl', [['P16Y', null]]),
];

/** Sentences as they stand in the dev corpus, with the durations a reader finds in them. */
const CORPUS: Case[] = [
  // nl-cloudaware.md
  c('- Telecom verkeer: maximaal 1 jaar of langer indien een forensisch verzoek hier om vraagt', 'nl', [['P1Y', 'max']]),
  c('- Klant data: tot 7 jaar na het beëindigen van het contract', 'nl', [['P7Y', 'max']], ['tot 7 jaar']),
  c('- Webserver log bestanden: maximaal 1 jaar', 'nl', [['P1Y', 'max']]),
  c('- Website statistieken: maximaal 3 maanden', 'nl', [['P3M', 'max']]),
  c('We reageren zo snel mogelijk, maar binnen vier weken, op uw verzoek.', 'nl', [['P4W', 'max']]),
  // nl-cloudbilling.txt
  c('Gegevens van potentiele klanten, dan wel leads, worden tot een maximum van 2 jaar bewaart indien er geen verdere interactie plaatsvindt.', 'nl', [['P2Y', 'max']], ['tot een maximum van 2 jaar']),
  c(' • Het Analytics cookie blijft veertien maanden geldig.', 'nl', [['P14M', null]]),
  // nl-maasiso.md
  c('Wij bewaren deze gegevens gedurende de looptijd van onze relatie en tot 3 jaar na het beëindigen van de relatie', 'nl', [['P3Y', 'max']]),
  c('(doorgaans 7 jaar na het einde van het boekjaar waarin de dienst is verleend)', 'nl', [['P7Y', null]]),
  c('Deze gegevens worden doorgaans voor een korte periode bewaard voor beveiligings- en analysedoeleinden (bijvoorbeeld 30 dagen tot maximaal 1 jaar, afhankelijk van het type gegevens en het doel).', 'nl', [['P30D', null], ['P1Y', 'max']]),
  c('Wij bewaren sollicitatiegegevens doorgaans gedurende 4 weken na het einde van de sollicitatieprocedure', 'nl', [['P4W', null]]),
  c('binnen de wettelijke termijn van één maand, behandelen.', 'nl', [['P1M', null]]),
  // nl-akkervarken-be.md
  c('- `_gid` - Gebruikt om gebruikers te onderscheiden (verloopt na 24 uur)', 'nl', [['PT24H', null]]),
  c('- **Niet-bevestigde bestellingen:** maximaal 3 maanden na aanvraag', 'nl', [['P3M', 'max']]),
  // nl-coronamelder.md
  c('Deze codes worden iedere 10 tot 20 minuten ververst', 'nl', [['PT10M', null], ['PT20M', 'max']]),
  c('waarbij uiteraard wel geldt dat deze gegevens na maximaal veertien dagen automatisch van de smartphone worden verwijderd.', 'nl', [['P14D', 'max']]),
  c('De publieke taak is te vinden in artikel 6d van de Wet publieke gezondheid.', 'nl', []),
  // nl-psv-westfriesland.html: a line break and indentation inside the expression
  c('Gedurende de looptijd van de overeenkomst en tot 2 jaar daarna, daarna alleen in de financiële administratie voor\n                    7 jaar.</td>', 'nl', [['P2Y', 'max'], ['P7Y', null]]),
  // en-noyb.md
  c('(B) Security log data (e.g. when the software identifies an “incident”) are deleted within 6 months, unless there is a particular reason', 'en', [['P6M', 'max']]),
  c('If you terminate your membership Austrian accounting provisions require 7 years of bookkeeping.', 'en', [['P7Y', null]]),
  c('Your personal data is consequently deleted within 24 hours.', 'en', [['PT24H', 'max']], ['within 24 hours']),
  c('(e.g. the 3D Secure Code form by your issuing bank)', 'en', []),
  // en-chayn.md
  c('For Bloom, chat transcripts are stored for 6 months but booking details are kept for longer.', 'en', [['P6M', null]]),
  // en-sourcehut.md
  c('We will also retain a copy of your billing records (e.g. invoices) for up to 7 years, even if you delete your account', 'en', [['P7Y', 'max']]),
  // de-fortrabbit.md
  c('Im Falle der Speicherung der Daten in Logfiles ist dies nach spätestens sieben Tagen der Fall', 'de', [['P7D', 'max']]),
  // fr-tchap-dinum.md
  c('Les cookies sont conservés jusqu’au retrait du consentement, si applicable, ou dans un délai de 13 mois, conformément aux recommandations de la CNIL.', 'fr', [['P13M', 'max']]),
  c('Les données de connexion sont conservées 1 an, conformément au décret n° 2021-1362 du 20 octobre 2021.', 'fr', [['P1Y', null]]),
];

const NEAR_MISSES: [string, Language][] = [
  ['Nous sommes ouverts de 9h à 18h, le samedi à 14h.', 'fr'],
  ['Paiement 3D Secure', 'fr'],
  ['the rolling stones, a rolling release', 'en'],
  ['Öffnungszeiten: Mo bzw. Di', 'de'],
  ['Het jaarverslag wordt dagelijks bijgewerkt, behalve op maandag en in het weekend.', 'nl'],
  ['Every Tuesday we publish daily and yearly statistics.', 'en'],
  ['Sinds 2018 geldt de AVG.', 'nl'],
  ['op grond van art. 6 lid 1 sub f AVG', 'nl'],
  ['one of our partners', 'en'],
  ['We keep logs for a few days.', 'en'],
  ['for several years, for some years, a couple of days', 'en'],
  ['Wij bewaren dit een aantal jaren, enkele dagen of een paar weken.', 'nl'],
  ['per jaar, per maand, de dag, het uur', 'nl'],
  ['once a year, twice a month, three times a week', 'en'],
  ['a second opinion', 'en'],
  ['three quarters of our users', 'en'],
  ['We zijn bereikbaar om 9 uur en om 12.30 uur', 'nl'],
  ['COVID-19 days, 24/7 days, version 1.2.3 years', 'en'],
  ['Section 2h and art. 6d', 'en'],
  ['plusieurs jours, quelques mois', 'fr'],
  ['einige Tage, mehrere Jahre, am Montag', 'de'],
];

function summary(text: string, lang: Language): Expect[] {
  return findDurations(text, lang).map((m) => [m.iso, m.bound]);
}

describe('findDurations', () => {
  for (const k of [...POSITIVE, ...CORPUS]) {
    it(`${k.lang}: ${k.text.length > 70 ? `${k.text.slice(0, 67)}...` : k.text}`, () => {
      const want = k.want.map(([iso, bound]): Expect => [iso, bound ?? null]);
      assert.deepEqual(summary(k.text, k.lang), want);
      if (k.texts) assert.deepEqual(findDurations(k.text, k.lang).map((m) => m.text), k.texts);
    });
  }

  for (const [text, lang] of NEAR_MISSES) {
    it(`no duration in ${lang}: ${text}`, () => {
      assert.deepEqual(findDurations(text, lang), []);
    });
  }

  it('gives offsets that slice back to the matched text, in order and without overlap', () => {
    for (const k of [...POSITIVE, ...CORPUS]) {
      let last = 0;
      for (const m of findDurations(k.text, k.lang)) {
        assert.equal(k.text.slice(m.start, m.end), m.text);
        assert.ok(m.start >= last, `${k.text}: overlap at ${m.start}`);
        assert.ok(/[\p{L}\p{N}]$/u.test(m.text), `${k.text}: "${m.text}" ends in a letter or digit`);
        last = m.end;
      }
    }
  });

  it('finds durations at their offsets in a longer text', () => {
    const text = 'Wij bewaren uw gegevens maximaal 2 jaar. Facturen bewaren wij 7 jaar.';
    const ms = findDurations(text, 'nl');
    assert.deepEqual(
      ms.map((m) => [m.start, m.end, m.text]),
      [
        [24, 39, 'maximaal 2 jaar'],
        [62, 68, '7 jaar'],
      ],
    );
  });

  it('marks approximate periods', () => {
    const [m] = findDurations('ongeveer 6 maanden', 'nl');
    assert.equal(m?.iso, 'P6M');
    assert.equal(m?.bound, null);
    assert.equal(m?.approx, true);
    const [n] = findDurations('up to approximately 30 days', 'en');
    assert.deepEqual([n?.iso, n?.bound, n?.approx], ['P30D', 'max', true]);
    assert.equal(findDurations('6 maanden', 'nl')[0]?.approx, undefined);
  });

  it('reads frequencies and sums of units correctly next to real durations', () => {
    assert.deepEqual(summary('24 hours a day, 7 days a week', 'en'), [['PT24H', null], ['P7D', null]]);
  });

  it('is linear on large and hostile input', () => {
    const big = 'Wij bewaren dit maximaal 2 jaar, daarna per jaar opnieuw. '.repeat(20_000);
    const hostile = [
      '7' + ' '.repeat(100_000) + 'jaar',
      '1,'.repeat(50_000) + ' jaar',
      'jaar '.repeat(50_000),
      'tot '.repeat(50_000) + '1 jaar',
      '1-'.repeat(50_000) + '1 jaar',
      'een en een '.repeat(30_000) + 'jaar',
    ];
    const t0 = performance.now();
    assert.equal(findDurations(big, 'nl').length, 20_000);
    for (const h of hostile) findDurations(h, 'nl');
    assert.ok(performance.now() - t0 < 5_000, 'took too long');
  });
});

describe('durationInDays / sameDuration / compareDurations', () => {
  it('measures ISO durations in days', () => {
    assert.equal(durationInDays('P1Y'), 365);
    assert.equal(durationInDays('P1M'), 30.44);
    assert.equal(durationInDays('P2W'), 14);
    assert.equal(durationInDays('P30D'), 30);
    assert.equal(durationInDays('PT24H'), 1);
    assert.ok(Math.abs(durationInDays('PT30M') - 30 / 1440) < 1e-12);
    assert.equal(durationInDays('P1Y6M'), 365 + 6 * 30.44);
    assert.equal(durationInDays('P1.5M'), 1.5 * 30.44);
  });

  it('rejects what is not a duration', () => {
    for (const bad of ['', 'P', 'PT', '7 years', 'P1H', 'P1YT', '1Y']) {
      assert.throws(() => durationInDays(bad), RangeError, bad);
    }
  });

  it('treats equal lengths written in other units as the same', () => {
    assert.ok(sameDuration('P12M', 'P1Y'));
    assert.ok(sameDuration('P24M', 'P2Y'));
    assert.ok(sameDuration('P52W', 'P1Y'));
    assert.ok(sameDuration('PT24H', 'P1D'));
    assert.ok(sameDuration('P18M', 'P1.5Y'));
    assert.ok(sameDuration('P7Y', 'P7Y'));
    assert.ok(!sameDuration('P13M', 'P1Y'));
    assert.ok(!sameDuration('P4W', 'P1M')); // 28 vs 30.44 days: 8% apart
    assert.ok(!sameDuration('P6M', 'P1Y'));
  });

  it('sorts by length, shortest first', () => {
    assert.deepEqual(['P2Y', 'PT24H', 'P6M', 'P30D', 'P4W', 'P1Y'].sort(compareDurations), ['PT24H', 'P4W', 'P30D', 'P6M', 'P1Y', 'P2Y']);
    assert.ok(compareDurations('P1Y', 'P2Y') < 0);
    assert.ok(compareDurations('P2Y', 'P1Y') > 0);
    assert.equal(compareDurations('P1Y', 'P1Y'), 0);
  });
});

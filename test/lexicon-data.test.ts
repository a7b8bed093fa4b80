import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { LAWS, lawById, type LawEntry } from '../src/lexicon/laws.js';
import { AUTHORITIES } from '../src/lexicon/authorities.js';
import { COUNTRIES, type CountryEntry } from '../src/lexicon/countries.js';
import { PROCESSORS, PROCESSOR_CATEGORIES, type ProcessorEntry } from '../src/lexicon/processors.js';
import { FENCED_MORE } from '../src/lexicon/processors-more.js';
import { RECIPIENTS } from '../src/lexicon/recipients.js';
import { TRANSFERS } from '../src/lexicon/transfers.js';
import { captureGroups, registryHits } from '../src/extract/recipients.js';

// The same wrapper the extractors use: Unicode-aware word anchors around one source.
function anchored(src: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${src})(?![\\p{L}\\p{N}])`, flags);
}

function anyMatch(sources: readonly string[], text: string, flags = 'iu'): boolean {
  return sources.some((s) => anchored(s, flags).test(text));
}

/** A law match that is a reference in force: a pattern matches and no not-in-force context does. */
function inForce(entry: LawEntry, sentence: string): boolean {
  if (!anyMatch(entry.patterns, sentence)) return false;
  return !(entry.notInForceContexts ?? []).some((c) => new RegExp(c, 'iu').test(sentence));
}

function law(id: string): LawEntry {
  const e = lawById(id);
  assert.ok(e, `law ${id} exists`);
  return e;
}

function processorsIn(text: string): string[] {
  return PROCESSORS.filter((p) => anyMatch(p.patterns, text)).map((p) => p.name);
}

function authoritiesIn(text: string): string[] {
  return AUTHORITIES.filter((a) => anyMatch(a.patterns, text)).map((a) => a.id);
}

function countriesIn(text: string): string[] {
  const found = (c: CountryEntry): boolean =>
    anyMatch([...c.names.nl, ...c.names.en, ...c.names.de, ...c.names.fr], text) ||
    anyMatch(c.caseSensitive ?? [], text, 'u');
  return COUNTRIES.filter(found).map((c) => c.code);
}

function assertUnique(values: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const v of values) {
    assert.ok(!seen.has(v), `duplicate ${what}: ${v}`);
    seen.add(v);
  }
}

function assertCompiles(sources: readonly string[], where: string): void {
  for (const s of sources) {
    assert.doesNotThrow(() => anchored(s), `${where}: ${s}`);
    // They are joined with "|" by the caller: a named group would clash.
    assert.ok(!/\(\?<[A-Za-z]/.test(s), `${where}: named group in ${s}`);
  }
}

describe('lexicon data: shape', () => {
  it('every law pattern and context compiles with iu', () => {
    for (const l of LAWS) {
      assertCompiles(l.patterns, l.id);
      for (const c of l.notInForceContexts ?? []) assert.doesNotThrow(() => new RegExp(c, 'iu'), `${l.id}: ${c}`);
    }
  });

  it('every processor, authority and country pattern compiles with iu', () => {
    for (const p of PROCESSORS) assertCompiles(p.patterns, p.name);
    for (const a of AUTHORITIES) assertCompiles(a.patterns, a.id);
    for (const c of COUNTRIES) {
      assertCompiles([...c.names.nl, ...c.names.en, ...c.names.de, ...c.names.fr], c.code);
      assertCompiles(c.caseSensitive ?? [], c.code);
      for (const s of c.caseSensitive ?? []) assert.doesNotThrow(() => anchored(s, 'u'));
    }
  });

  it('ids and names are unique', () => {
    assertUnique(
      LAWS.map((l) => l.id),
      'law id',
    );
    assertUnique(
      AUTHORITIES.map((a) => a.id),
      'authority id',
    );
    assertUnique(
      COUNTRIES.map((c) => c.code),
      'country code',
    );
    assertUnique(
      PROCESSORS.map((p) => p.name.toLowerCase()),
      'processor name',
    );
  });

  it('every replacement id exists', () => {
    for (const l of LAWS) {
      if (l.outdated) {
        assert.ok(l.replacement && lawById(l.replacement), `${l.id} -> ${l.replacement}`);
        assert.ok(l.replacementName, `${l.id} has a replacement name`);
        assert.match(l.until ?? '', /^\d{4}-\d{2}-\d{2}$/, `${l.id} until`);
        assert.equal(lawById(l.replacement)?.outdated, false, `${l.id} is replaced by a current entry`);
      } else {
        assert.equal(l.replacement, null, l.id);
        assert.equal(l.until, null, l.id);
      }
    }
    const authorityIds = new Set(AUTHORITIES.map((a) => a.id));
    for (const a of AUTHORITIES) {
      if (a.outdated) assert.ok(a.replacement && authorityIds.has(a.replacement), `${a.id} -> ${a.replacement}`);
      else assert.equal(a.replacement, null, a.id);
    }
  });

  it('the outdated law ids are the ANNOTATION.md ids and the German, French and Austrian extras', () => {
    const expected = [
      'wbp',
      'cbp',
      'bewerker',
      'directive_95_46',
      'safe_harbor',
      'privacy_shield',
      'uk_dpa_1998',
      'bdsg_old',
      'old_scc',
      'be_privacy_commission',
      'be_privacy_law_1992',
      // Not scored by the evaluation (gdpr.md §3.3-3.5).
      'tmg_privacy',
      'tmg',
      'ttdsg',
      'cnil_declaration',
      'at_dsg_2000',
    ];
    assert.deepEqual(LAWS.filter((l) => l.outdated).map((l) => l.id).sort(), [...expected].sort());
  });

  it('law fields use the documented vocabularies', () => {
    const jurisdictions = new Set(['eu', 'nl', 'be', 'de', 'at', 'fr', 'uk', 'us', 'ch']);
    for (const l of LAWS) {
      assert.ok(jurisdictions.has(l.jurisdiction), `${l.id} jurisdiction`);
      assert.ok(['law', 'authority', 'term', 'framework'].includes(l.kind), `${l.id} kind`);
      assert.match(l.url, /^https:\/\//, `${l.id} url`);
      assert.ok(l.patterns.length > 0, `${l.id} patterns`);
    }
  });

  it('every substitution source is itself an outdated match', () => {
    for (const l of LAWS) {
      for (const s of l.substitutions ?? []) {
        assert.ok(anyMatch(l.patterns, s.from), `${l.id}: ${s.from}`);
        assert.ok(!anyMatch(l.patterns, s.to), `${l.id}: ${s.to} must not match again`);
      }
    }
  });

  // Bare names that are ordinary words (zoom, ideal, intercom, antagonist, German "sofort"), other abbreviations (DPD) or unrelated
  // products (Adobe Reader, HTML <meta>) need a qualifier, so the bare canonical name alone is not a match.
  const FENCED = new Set(['Adobe', 'Antagonist', 'Crisp', 'DPD', 'iDEAL', 'Intercom', 'Meta', 'Sofort', 'Zoom', ...FENCED_MORE]);

  it('processor fields are consistent', () => {
    const names = new Set(PROCESSORS.map((p) => p.name));
    const categories = new Set<string>(PROCESSOR_CATEGORIES);
    for (const p of PROCESSORS) {
      assert.ok(categories.has(p.category), `${p.name} category ${p.category}`);
      assert.match(p.country, /^[A-Z]{2}$/, `${p.name} country`);
      assert.ok(p.entity.length > 0, `${p.name} entity`);
      assert.ok(p.patterns.length > 0, `${p.name} patterns`);
      if (p.parent !== undefined) assert.ok(names.has(p.parent), `${p.name} parent ${p.parent}`);
      // The canonical name should be found by its own patterns, except where the bare name is deliberately not
      // matched because it is an ordinary word or names an unrelated product.
      if (!FENCED.has(p.name)) assert.ok(anyMatch(p.patterns, p.name), `${p.name} matches its own name`);
    }
  });

  it('countries: EEA membership and adequacy follow the reference', () => {
    const eea = COUNTRIES.filter((c) => c.eea).map((c) => c.code);
    assert.equal(eea.length, 30, 'EU 27 + NO, IS, LI');
    for (const code of ['NO', 'IS', 'LI']) assert.ok(eea.includes(code), code);
    const adequate = COUNTRIES.filter((c) => c.adequacy).map((c) => c.code).sort();
    const expected = ['AD', 'AR', 'BR', 'CA', 'CH', 'FO', 'GB', 'GG', 'IL', 'IM', 'JE', 'JP', 'KR', 'NZ', 'UY'];
    assert.deepEqual(adequate, expected.sort());
    for (const c of COUNTRIES) assert.ok(!(c.eea && c.adequacy), `${c.code}: EEA states need no adequacy decision`);
    assert.equal(COUNTRIES.find((c) => c.code === 'US')?.adequacy, false);
  });
});

describe('lexicon data: outdated laws, matches and near misses', () => {
  const cases: Record<string, { yes: string[]; no: string[] }> = {
    wbp: {
      yes: [
        'De verwerking van persoonsgegevens vindt plaats conform de Wet bescherming persoonsgegevens.',
        'Dit gebeurt in overeenstemming met de eisen die de Wet Bescherming Persoonsgegevens stelt.',
        'U heeft recht op inzage (artikel 35 Wbp).',
      ],
      no: [
        'Op Bonaire geldt de Wet bescherming persoonsgegevens BES.',
        'De Wbp is op 25 mei 2018 vervangen door de AVG.',
        'Wij verwerken uw gegevens volgens de AVG.',
      ],
    },
    cbp: {
      yes: [
        'U kunt een klacht indienen bij het College bescherming persoonsgegevens.',
        'Deze verwerking is gemeld bij het CBP.',
      ],
      no: [
        'U kunt een klacht indienen bij de Autoriteit Persoonsgegevens (voorheen het CBP).',
        'Travellers may be screened by U.S. Customs and Border Protection (CBP).',
      ],
    },
    bewerker: {
      yes: [
        'Er is een bewerkersovereenkomst met Google Analytics afgesloten.',
        'Wij sluiten met elke bewerker een overeenkomst.',
        'Onze subbewerkers zijn gebonden aan geheimhouding.',
      ],
      no: [
        'Er is een verwerkersovereenkomst met Google Analytics afgesloten.',
        'Wij sluiten met elke verwerker een overeenkomst.',
        'U kunt uw gegevens bewerken in uw account.',
        'De bewerker van deze muziekuitgave is onbekend.',
      ],
    },
    directive_95_46: {
      yes: [
        'We process personal data in accordance with Directive 95/46/EC.',
        'Deze verklaring is opgesteld conform Richtlijn 95/46/EG.',
        'Les données personnelles sont protégées par la Directive Européenne du 24 octobre 1995.',
        'Personal data are protected under the European Directive of 24 October 1995.',
      ],
      no: [
        'Regulation (EU) 2016/679 on the protection of natural persons with regard to the processing of personal data and on the free movement of such data, and repealing Directive 95/46/EC.',
        'Verordening (EU) 2016/679 betreffende de bescherming van natuurlijke personen, en tot intrekking van Richtlijn 95/46/EG.',
        'We follow the General Data Protection Regulation.',
        'Les données sont protégées par la directive du 12 juillet 2002.',
        'Der Vertrag vom 24. Oktober 1995 bleibt in Kraft.',
      ],
    },
    safe_harbor: {
      yes: [
        'Yahoo participates in the Safe Harbor program developed by the U.S. Department of Commerce and the European Union.',
        'Wij zijn aangesloten bij het Safe Harbour-programma.',
      ],
      no: [
        'GitHub Bug Bounty Program Legal Safe Harbor',
        'The Safe Harbor framework was declared invalid by the Court of Justice in 2015.',
      ],
    },
    privacy_shield: {
      yes: ['In addition, GitHub is certified to the EU-US and Swiss-US Privacy Shield Frameworks.'],
      no: [
        'The EU-U.S. Privacy Shield was invalidated by the CJEU in Schrems II.',
        'You can look up certified companies at www.privacyshield.gov/list.',
        'We rely on the EU-U.S. Data Privacy Framework.',
      ],
    },
    uk_dpa_1998: {
      yes: [
        'We comply with the Data Protection Act 1998.',
        'Your rights under the DPA 1998 are listed below.',
        // The replace word is about something else.
        'We replace lost cards free of charge under the Data Protection Act 1998.',
      ],
      no: [
        'We comply with the Data Protection Act 2018 and the UK GDPR.',
        'The General Data Protection Regulation (GDPR) replaces the Data Protection Act 1998 from 25th May 2018.',
      ],
    },
    bdsg_old: {
      yes: [
        'Rechtsgrundlage ist § 28 Abs. 1 S. 1 Nr. 2 BDSG.',
        'Die Einwilligung erfolgt nach § 4a BDSG.',
        'Rechtsgrundlage war § 15 BDSG a.F.',
        'Nach dem BDSG (alt) galt Folgendes.',
        'Alle Mitarbeiter sind auf das Datengeheimnis (§5 BDSG) verpflichtet.',
        'Sie haben das Recht auf Berichtigung, Löschung oder Sperrung in den in §35 BDSG genannten Fällen.',
        '§ 35 BDSG (Berichtigung, Löschung und Sperrung von Daten)',
      ],
      no: [
        'Rechtsgrundlage ist § 26 BDSG.',
        'Es gilt das Bundesdatenschutzgesetz.',
        'Art. 6 Abs. 1 lit. f DSGVO',
        // Same numbers without the old subject: the BDSG of 2018.
        'Das Recht auf Löschung ist nach § 35 BDSG eingeschränkt.',
        'Wir haben nach § 5 BDSG einen Datenschutzbeauftragten benannt.',
        'Die DSGVO ersetzt das alte BDSG.',
      ],
    },
    old_scc: {
      yes: [
        'Transfers are based on the standard contractual clauses (Commission Decision 2010/87/EU).',
        'We use the EU model clauses of 2010.',
        'Commission Decision 2004/915/EC applies to these transfers.',
        'Wij gebruiken de EU-modelcontracten van 2010.',
      ],
      no: [
        'Transfers are based on standard contractual clauses.',
        'Zoals het gebruik van modelcontractbepalingen die zijn goedgekeurd door de Europese Commissie.',
        'We use the standard contractual clauses adopted on 4 June 2021 (2021/914).',
        'The new standard contractual clauses replaced the 2010 clauses.',
      ],
    },
    be_privacy_commission: {
      yes: [
        'U kunt klacht indienen bij de Commissie voor de bescherming van de persoonlijke levenssfeer.',
        'Contacteer de Privacycommissie.',
        'Je hebt het recht een klacht in te dienen bij de Gegevensbeschermingsautoriteit ( Privacy Commissie).',
        'Vous pouvez contacter la Commission de la protection de la vie privée.',
      ],
      no: [
        'U kunt klacht indienen bij de Gegevensbeschermingsautoriteit (voorheen Privacycommissie).',
        'U kunt klacht indienen bij de Gegevensbeschermingsautoriteit.',
        'U kunt klacht indienen bij de Gegevensbeschermingsautoriteit (voorheen Privacy Commissie).',
        'Onze privacy officer beantwoordt uw vragen.',
      ],
    },
    be_privacy_law_1992: {
      yes: [
        'Conform de wet van 8 december 1992 tot bescherming van de persoonlijke levenssfeer.',
        'Conformément à la loi du 8 décembre 1992 relative à la protection de la vie privée.',
        // The GDPR's title repeals the directive, not the Belgian law beside it.
        'Wij handelen in overeenstemming met de Belgische Privacywet van 8 december 1992 en de EU Verordening 2016/679 tot intrekking van Richtlijn 95/46/EG.',
      ],
      no: ['Conform de wet van 30 juli 2018.', 'Opgericht op 18 december 1992.'],
    },
    tmg_privacy: {
      yes: [
        'Wir informieren Sie gemäß § 13 TMG über die Verarbeitung Ihrer Daten.',
        'Sie können der Erstellung von Nutzungsprofilen nach § 15 Abs. 3 TMG widersprechen.',
        'Die Datenverarbeitung erfolgt nach §§ 12, 13 TMG.',
        'Rechtsgrundlage ist § 15a Telemediengesetz.',
      ],
      no: ['Angaben gemäß § 5 TMG.', 'Die Haftung richtet sich nach § 7 DDG.', 'Wir informieren Sie gemäß Art. 13 DSGVO.'],
    },
    tmg: {
      yes: ['Angaben gemäß § 5 TMG:', 'Verantwortlich im Sinne des Telemediengesetzes ist die Muster GmbH.'],
      no: ['Angaben gemäß § 5 DDG:', 'Wir informieren Sie gemäß § 13 TMG.', 'Angaben gemäß § 5 TMG bzw. seit Mai 2024 § 5 DDG.', 'Die TMGX-Werte'],
    },
    ttdsg: {
      yes: ['Für Cookies holen wir Ihre Einwilligung nach § 25 Abs. 1 TTDSG ein.', 'gemäß dem Telekommunikation-Telemedien-Datenschutz-Gesetz'],
      no: ['Für Cookies holen wir Ihre Einwilligung nach § 25 Abs. 1 TDDDG ein.', 'Das TTDSG heißt seit dem 14. Mai 2024 TDDDG.'],
    },
    cnil_declaration: {
      yes: [
        "Ce site a fait l'objet d'une déclaration auprès de la CNIL sous le numéro 1234567.",
        'Ce traitement a été déclaré à la CNIL.',
        'Numéro de déclaration CNIL : 1856023.',
        'Ce site est dispensé de déclaration (dispense n° 7).',
        'Récépissé de la CNIL n° 123456.',
      ],
      no: [
        'Depuis le RGPD, les traitements ne sont plus soumis à déclaration auprès de la CNIL.',
        'Vous pouvez introduire une réclamation auprès de la CNIL.',
        'La déclaration de confidentialité décrit nos traitements.',
        'Un récépissé de commande vous est envoyé par e-mail.',
      ],
    },
    at_dsg_2000: {
      yes: ['Wir verarbeiten Ihre Daten gemäß dem DSG 2000.', 'nach dem Datenschutzgesetz 2000'],
      no: ['Wir verarbeiten Ihre Daten gemäß der DSGVO und dem DSG.', 'Das DSG 2000 wurde 2018 aufgehoben.', 'DSG 20001'],
    },
  };

  for (const [id, { yes, no }] of Object.entries(cases)) {
    it(id, () => {
      const entry = law(id);
      assert.equal(entry.outdated, true);
      for (const s of yes) assert.ok(inForce(entry, s), `${id} should match: ${s}`);
      for (const s of no) assert.ok(!inForce(entry, s), `${id} should not match: ${s}`);
    });
  }

  it('every outdated law has test cases', () => {
    for (const l of LAWS.filter((x) => x.outdated)) assert.ok(cases[l.id], l.id);
  });

  it('current law names', () => {
    const gdpr = law('gdpr');
    for (const s of [
      'de Algemene Verordening Gegevensbescherming (AVG)',
      'the General Data Protection Regulation',
      'Regulation (EU) 2016/679',
      'Art. 6 Abs. 1 lit. a EU-Datenschutzgrundverordnung (DSGVO)',
      'le RGPD',
    ]) {
      assert.ok(inForce(gdpr, s), s);
    }
    assert.ok(inForce(law('uavg'), 'artikel 46 Uitvoeringswet AVG'));
    assert.ok(inForce(law('uavg'), 'de UAVG'));
    assert.ok(inForce(law('telecommunicatiewet'), 'artikel 11.7a Telecommunicatiewet'));
    assert.ok(inForce(law('uk_dpa_2018'), 'Data Protection Act 2018'));
    assert.ok(!inForce(law('uk_dpa_2018'), 'Data Protection Act 1998'));
    assert.ok(inForce(law('scc'), 'standard contractual clauses'));
    assert.ok(inForce(law('dpf'), 'EU-U.S. Data Privacy Framework'));
    // The current BDSG entry leaves the old forms to bdsg_old.
    assert.ok(inForce(law('bdsg'), '§ 26 BDSG'));
    assert.ok(!inForce(law('bdsg'), '§ 4a BDSG'));
    assert.ok(!inForce(law('bdsg'), 'BDSG a.F.'));
    // bewerker and verwerker never overlap.
    assert.ok(!inForce(law('verwerker'), 'bewerkersovereenkomst'));
    assert.ok(inForce(law('verwerker'), 'verwerkersovereenkomst'));
  });
});

describe('lexicon data: processors', () => {
  const cases: { text: string; has?: string[]; not?: string[] }[] = [
    { text: 'Er is een bewerkersovereenkomst met Google Analytics afgesloten.', has: ['Google Analytics', 'Google'] },
    { text: 'We use Typeform, ActiveCampaign and Zapier.', has: ['Typeform', 'ActiveCampaign', 'Zapier'] },
    { text: 'Wij gebruiken Hubspot en Eventbrite.', has: ['HubSpot', 'Eventbrite'] },
    { text: '| Sendinblue | Service d’envoi d’emails |', has: ['Brevo'] },
    { text: 'Payments are handled by Stripe.', has: ['Stripe'] },
    { text: 'We use Plausible Analytics for non-invasive statistics.', has: ['Plausible Analytics'] },
    { text: 'That is a plausible explanation.', not: ['Plausible Analytics'] },
    { text: 'We follow all applicable laws.', not: ['Amazon Web Services'] },
    { text: 'Our servers run on AWS in Frankfurt.', has: ['Amazon Web Services'] },
    { text: 'We keep the exact period in our records.', not: ['Exact Online'] },
    { text: 'Onze boekhouding loopt via Exact Online.', has: ['Exact Online'] },
    { text: 'You can zoom in on the map.', not: ['Zoom'] },
    { text: 'Het gesprek vindt plaats via Zoom.', has: ['Zoom'] },
    { text: 'Zoom Video Communications processes the call.', has: ['Zoom'] },
    { text: '<meta charset="UTF-8"> and https://meta.sr.ht/ and Metadaten', not: ['Meta'] },
    { text: 'Meta Platforms Ireland Limited is joint controller.', has: ['Meta'] },
    { text: 'This tool is ideal for small teams.', not: ['iDEAL'] },
    { text: 'U kunt betalen via iDEAL.', has: ['iDEAL'] },
    { text: 'Mail us at shop@gmail.com.', not: ['Google Workspace'] },
    { text: 'Our team uses Gmail and Google Drive.', has: ['Google Workspace'] },
    { text: 'Press the intercom at the entrance.', not: ['Intercom'] },
    { text: 'Le DPD (délégué à la protection des données) est joignable.', not: ['DPD'] },
    { text: 'The letter is valid if the postmark date is before the deadline.', not: ['Postmark'] },
    { text: 'Transactional e-mail is sent through Postmark.', has: ['Postmark'] },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const found = processorsIn(c.text);
      for (const n of c.has ?? []) assert.ok(found.includes(n), `${n} in ${JSON.stringify(found)}`);
      for (const n of c.not ?? []) assert.ok(!found.includes(n), `${n} not in ${JSON.stringify(found)}`);
    });
  }

  // The extractor scans a sentence once with every entry in one pattern, trying entries in registry order: so an entry
  // must come before any other entry that matches a shorter part of its name ("Google Analytics" before "Google").
  it('the combined registry pattern finds every service by its own name, the most specific entry first', () => {
    for (const p of PROCESSORS) {
      if (!anyMatch(p.patterns, p.name)) continue; // fenced names (see above)
      const hits = registryHits(`We use ${p.name} here.`);
      assert.equal(hits.length, 1, `${p.name}: ${JSON.stringify(hits.map((h) => h.entry.name))}`);
      assert.equal(hits[0].entry.name, p.name);
      assert.equal(hits[0].text, p.name);
    }
    assert.deepEqual(registryHits('Google Analytics, Google Tag Manager en Google').map((h) => h.entry.name), ['Google Analytics', 'Google Tag Manager', 'Google']);
    assert.deepEqual(registryHits('no service named here'), []);
  });

  it('counts the plain groups of a pattern, not the non-capturing ones or brackets in a class', () => {
    assert.equal(captureGroups('google\\s+(?:analytics|ads)'), 0);
    assert.equal(captureGroups('(foo)|(bar(?:baz))'), 2);
    assert.equal(captureGroups('[(]x\\(y\\)'), 0);
    assert.equal(captureGroups('(?<=via\\s+)crisp(?!\\.chat)'), 0);
  });

  it('facts the checker relies on', () => {
    const byName = (n: string): ProcessorEntry | undefined => PROCESSORS.find((p) => p.name === n);
    assert.equal(byName('Google Analytics')?.outsideEea, true);
    assert.equal(byName('Google Analytics')?.dpf, true);
    assert.equal(byName('Google Analytics')?.parent, 'Google');
    assert.equal(byName('Mollie')?.outsideEea, false);
    assert.equal(byName('Calendly')?.dpf, true);
    assert.equal(byName('Typeform')?.country, 'ES');
  });
});

describe('lexicon data: authorities', () => {
  const cases: { text: string; has?: string[]; not?: string[] }[] = [
    { text: 'the right to complain to the Information Commissioners Office', has: ['uk_ico'] },
    { text: "the Information Commissioner's Office (ICO)", has: ['uk_ico'] },
    { text: '<link rel="icon" href="/favicon.ico">', not: ['uk_ico'] },
    { text: 'een klacht indienen bij de Autoriteit Persoonsgegevens (AP)', has: ['nl_ap'] },
    { text: 'AP-stijl en het AP-nieuws', not: ['nl_ap'] },
    { text: 'Je kunt een klacht indienen bij de Gegevensbeschermingsautoriteit (GBA):', has: ['be_gba'] },
    { text: 'la Commission nationale informatique et libertés (CNIL)', has: ['fr_cnil'] },
    { text: "la Commission Nationale de l'Informatique et des Libertés", has: ['fr_cnil'] },
    { text: 'the Austrian data protection authority (“Datenschutzbehörde”)', has: ['at_dsb'] },
    { text: 'Beschwerde bei der zuständigen Datenschutzbehörde', not: ['at_dsb'] },
    { text: '## College Bescherming Persoonsgegevens', has: ['nl_cbp'] },
    { text: 'the Irish Data Protection Commission', has: ['ie_dpc'], not: ['ie_dpc_old'] },
    { text: 'the Information and Data Protection Commissioner', has: ['mt_idpc'], not: ['ie_dpc_old'] },
    {
      text: 'Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen',
      has: ['de_nw', 'de_land'],
    },
    { text: 'Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB)', has: ['ch_fdpic'] },
    // German Land commissioners as English policies of German organisations name them.
    { text: 'the State Commissioner for Data Protection and Freedom of Information of Baden-Württemberg', has: ['de_bw', 'de_land'] },
    { text: 'the State Commissioner for Data Protection and Freedom of Information in North Rhine-Westphalia', has: ['de_nw'] },
    { text: 'the Hessian Commissioner for Data Protection and Freedom of Information', has: ['de_he'], not: ['de_land'] },
    { text: 'the Commissioner for Data Protection of Saxony-Anhalt', has: ['de_st'], not: ['de_sn'] },
    { text: 'the Saxon Commissioner for Data Protection', has: ['de_sn'], not: ['de_st'] },
    { text: 'the Federal Commissioner for Data Protection and Freedom of Information', has: ['de_bfdi'], not: ['de_land', 'de_bw'] },
    { text: 'a commissioner for data protection in every member state', not: ['de_land', 'de_be'] },
    // The Belgian body written out in Dutch, not the Dutch one.
    { text: 'een klacht indienen bij de Autoriteit voor de Bescherming van Persoonsgegevens', has: ['be_gba'], not: ['nl_ap'] },
    { text: 'de Autoriteit Persoonsgegevens', has: ['nl_ap'], not: ['be_gba'] },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const found = authoritiesIn(c.text);
      for (const n of c.has ?? []) assert.ok(found.includes(n), `${n} in ${JSON.stringify(found)}`);
      for (const n of c.not ?? []) assert.ok(!found.includes(n), `${n} not in ${JSON.stringify(found)}`);
    });
  }
  it('former names point at their successors', () => {
    assert.equal(AUTHORITIES.find((a) => a.id === 'nl_cbp')?.replacement, 'nl_ap');
    assert.equal(AUTHORITIES.find((a) => a.id === 'be_cbpl')?.replacement, 'be_gba');
  });
});

describe('lexicon data: countries', () => {
  const cases: { text: string; has?: string[]; not?: string[] }[] = [
    { text: 'If you have questions, contact us.', not: ['US'] },
    { text: 'CONTACT US', not: ['US'] },
    { text: 'Data are stored on servers in the US.', has: ['US'] },
    { text: 'transferred to the United States of America', has: ['US'] },
    { text: 'doorgifte naar de Verenigde Staten', has: ['US'] },
    { text: 'servers in de VS', has: ['US'] },
    { text: 'Messi vs Ronaldo', not: ['US'] },
    { text: 'Server in den USA', has: ['US'] },
    { text: 'Daten, Zahlen u.s.w.', not: ['US'] },
    { text: 'our offices in South America', not: ['US'] },
    { text: 'vers les États-Unis', has: ['US'] },
    { text: 'in New Jersey', not: ['JE'] },
    { text: 'buy a club jersey', not: ['JE'] },
    { text: 'hosted in Jersey', has: ['JE'] },
    { text: 'in Northern Ireland', has: ['GB'], not: ['IE'] },
    { text: 'in Ireland', has: ['IE'] },
    { text: 'in North Korea', not: ['KR'] },
    { text: 'in South Korea', has: ['KR'] },
    { text: 'servers in the UK', has: ['GB'] },
    { text: 'e-mail ons via info@example.co.uk', not: ['GB'] },
    { text: 'hosting in Zwitserland', has: ['CH'] },
    { text: 'servers in Nederland en Duitsland', has: ['NL', 'DE'] },
    // Dutch "indien" (if) and English "island" must not become India and Iceland via the German lists.
    { text: 'Indien u vragen heeft, kunt u ons bellen; indien nodig.', not: ['IN'] },
    { text: 'Die Daten werden nach Indien übermittelt.', has: ['IN'] },
    { text: 'a data centre on an island', not: ['IS'] },
    { text: 'Server in Island und Norwegen', has: ['IS', 'NO'] },
    { text: 'offices in New Mexico', not: ['MX'] },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const found = countriesIn(c.text);
      for (const n of c.has ?? []) assert.ok(found.includes(n), `${n} in ${JSON.stringify(found)}`);
      for (const n of c.not ?? []) assert.ok(!found.includes(n), `${n} not in ${JSON.stringify(found)}`);
    });
  }
});

describe('lexicon data: recipients and transfers phrase lists', () => {
  const lists = (lex: object): [string, string[]][] =>
    Object.entries(lex).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((x) => typeof x === 'string'));

  it('every phrase compiles and both languages fill every list', () => {
    for (const [lang, lex] of Object.entries(RECIPIENTS)) {
      for (const [field, sources] of lists(lex)) {
        assertCompiles(sources.map((s) => s.replace('NAME', 'x')), `recipients.${lang}.${field}`);
        assert.ok(sources.length > 0, `recipients.${lang}.${field} is empty`);
      }
    }
    for (const [lang, lex] of Object.entries(TRANSFERS)) for (const [field, sources] of lists(lex)) assertCompiles(sources, `transfers.${lang}.${field}`);
  });

  const matches = (sources: readonly string[], text: string): boolean => anyMatch(sources, text);
  it('a legal compulsion is a condition, a statutory duty stated as fact is not', () => {
    assert.ok(matches(RECIPIENTS.en.lawfulDemand, 'and with HMRC or the police if the law requires us to'));
    assert.ok(matches(RECIPIENTS.en.lawfulDemand, 'with authorities where we are legally required to'));
    assert.ok(matches(RECIPIENTS.nl.lawfulDemand, 'aan de politie als de wet dat vereist'));
    assert.ok(matches(RECIPIENTS.nl.lawfulDemand, 'indien wij daartoe wettelijk verplicht zijn'));
    assert.ok(!matches(RECIPIENTS.nl.lawfulDemand, 'Daarnaast zijn wij wettelijk verplicht gegevens door te geven aan DUO'));
    assert.ok(!matches(RECIPIENTS.en.lawfulDemand, 'We send your VAT data to HMRC every quarter'));
  });

  it('the end of a common noun, not of a name', () => {
    const ending = (lang: 'nl' | 'en', word: string): boolean => new RegExp(`(?:${RECIPIENTS[lang].nounEndings.join('|')})$`, 'iu').test(word);
    for (const w of ['Sollicitatiegegevens', 'Drukkerijen', 'Penningmeester', 'Bestuur']) assert.ok(ending('nl', w), w);
    for (const w of ['Printers', 'Couriers', 'Treasurer', 'Marketing Partners']) assert.ok(ending('en', w), w);
    for (const w of ['Ethias', 'Twizzit', 'Conscribo', 'Antagonist', 'Basispoort']) assert.ok(!ending('nl', w), w);
    for (const w of ['Xero', 'Klaviyo', 'Shopify']) assert.ok(!ending('en', w), w);
  });
});

describe('a bare "Data Protection Act" in a policy that never names the GDPR', () => {
  const outdated = async (text: string): Promise<string[]> => {
    const { parsePolicyText } = await import('../src/index.js');
    const { model } = await parsePolicyText(text, { format: 'markdown', language: 'en' });
    return model.lawReferences.filter((r) => r.outdated).map((r) => r.id);
  };

  it('is the Data Protection Act 1998', async () => {
    assert.deepEqual(await outdated('Under the Data Protection Act, we have a legal duty to protect any information we collect from you.'), ['uk_dpa_1998']);
    assert.deepEqual(await outdated('We are a data controller for the purposes of the Data Protection Act.'), ['uk_dpa_1998']);
  });

  it('is not where the GDPR or a later act is named, nor the Irish Acts', async () => {
    for (const text of [
      'Under the Data Protection Act, we have a legal duty to protect your data. We comply with the GDPR.',
      'We comply with the UK GDPR and the Data Protection Act.',
      'We comply with the Data Protection Act 2018.',
      'We comply with the Data Protection Acts 1988 and 2003.',
      'We comply with the Data Protection Acts.',
      'This policy is based on the Dutch Personal Data Protection Act (Wbp).',
      'We comply with the Personal Data Protection Act.',
      'We process data under the Irish Data Protection Act.',
    ]) assert.deepEqual((await outdated(text)).filter((id) => id === 'uk_dpa_1998'), [], text);
  });
});

describe('a bare "Bundesdatenschutzgesetz" in a policy that never names the DSGVO', () => {
  const outdated = async (text: string): Promise<string[]> => {
    const { parsePolicyText } = await import('../src/index.js');
    const { model } = await parsePolicyText(text, { format: 'markdown', language: 'de' });
    // Only the scored id: the TMG beside it is outdated too.
    return model.lawReferences.filter((r) => r.outdated && r.id === 'bdsg_old').map((r) => r.id);
  };

  it('is the old BDSG', async () => {
    assert.deepEqual(await outdated('Die rechtlichen Grundlagen des Datenschutzes finden sich im Bundesdatenschutzgesetz (BDSG) und dem Telemediengesetz.'), ['bdsg_old']);
    assert.deepEqual(await outdated('Nach dem Bundesdatenschutzgesetz haben Sie ein Recht auf Auskunft.'), ['bdsg_old']);
  });

  it('is not where the DSGVO is named or the act is marked new', async () => {
    for (const text of [
      'Nach dem Bundesdatenschutzgesetz und der DSGVO haben Sie ein Recht auf Auskunft.',
      'Wir verarbeiten Ihre Daten nach dem BDSG neu.',
      'Es gilt das Bundesdatenschutzgesetz 2018.',
    ]) assert.deepEqual(await outdated(text), [], text);
  });
});

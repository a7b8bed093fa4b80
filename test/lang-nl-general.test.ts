/**
 * Dutch wording as policies in general write it (generator templates of Dutch and Belgian small businesses, care
 * practices, associations), not as one corpus file does: for each element a battery of everyday sentences that must
 * address it, and near misses that must not.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { parsePolicyText } from '../src/index.js';
import { evaluateRequirements } from '../src/rules/requirements.js';
import type { RequirementId } from '../src/rules/types.js';

async function statusOf(text: string, id: RequirementId): Promise<string> {
  const { model, document } = await parsePolicyText(text, { format: 'markdown', language: 'nl' });
  return evaluateRequirements(model, document).find((r) => r.id === id)!.status;
}

/** Matches must be given (`met`, or `partial` where the element falls short), near misses not given. */
async function battery(id: RequirementId, matches: string[], misses: string[]): Promise<void> {
  for (const text of matches) assert.ok(['met', 'partial'].includes(await statusOf(text, id)), `should address ${id}: ${text}`);
  for (const text of misses) assert.ok(['missing', 'not_applicable'].includes(await statusOf(text, id)), `should not address ${id}: ${text}`);
}

describe('Dutch: purposes', () => {
  it('"met het doel", "dienen voor het organiseren van activiteiten", "van dienst te kunnen zijn", "in het kader van de hulpverlening"', async () => {
    await battery('purposes', [
      'Wij verzamelen gegevens met het doel onze website te verbeteren.',
      'De gegevens dienen voor het organiseren van activiteiten.',
      'Wij verwerken uw gegevens teneinde u van dienst te kunnen zijn.',
      'Wij verwerken persoonsgegevens van onze cliënten in het kader van de hulpverlening.',
      'Wij gebruiken uw gegevens voor de begeleiding van uw kind.',
    ], [
      'Wij nemen de privacy van onze leden serieus.',
      'Deze website wordt gehost door Vimexx.',
      'U kunt uw gegevens inzien en laten corrigeren.',
    ]);
  });
});

describe('Dutch: purposes as an aim clause or a nominalised verb', () => {
  it('"Om je toegang te geven tot de tool", "…, om misbruik te beperken", "voor het tonen van advertenties"', async () => {
    await battery('purposes', [
      'Om je toegang te geven tot de tool en de limiet bij te houden.',
      'Je IP-adres, maximaal 24 uur, om misbruik te beperken.',
      'Alleen als je het vinkje hebt aangezet: om je af en toe te mailen over de cursus.',
      'Marketing: voor het tonen van relevante advertenties via social media.',
      'De app communiceert met Supabase als verwerker voor het synchroniseren van je gedeelde voorraad.',
    ], [
      'Om uw rechten uit te oefenen, kunt u contact met ons opnemen.',
      'De stichting is verantwoordelijk voor het verwerken van uw persoonsgegevens.',
      'Wij vragen toestemming voor het plaatsen van cookies.',
      'Om een verzoek in te dienen stuurt u een e-mail.',
    ]);
  });
});

describe('Dutch: legal bases', () => {
  it('a contract "in het kader van" or an "opdracht", a statute named after the subject; not a duty denied', async () => {
    await battery('legal_basis', [
      'De verwerking vindt plaats in het kader van de behandelovereenkomst.',
      'Wij verwerken uw gegevens ter uitvoering van de opdracht die u ons hebt gegeven.',
      'Wij zijn op grond van de Wet op de beroepen in de individuele gezondheidszorg verplicht een dossier bij te houden.',
      'Grondslag: Uitvoering overeenkomst',
    ], [
      'Grondslag: uitvoering verwerkersovereenkomst',
      'In het kader van de AVG heeft u een aantal rechten.',
      'U kunt ons een opdracht geven via het formulier.',
      'Wij zijn volgens de wet niet verplicht een functionaris gegevensbescherming aan te stellen, maar doen dit toch.',
      'U kunt uw toestemming altijd intrekken.',
    ]);
  });
});

describe('Dutch: whether giving data is required', () => {
  it('verb first ("zijn de volgende gegevens verplicht"), and what follows without them ("Indien u de gevraagde gegevens niet verstrekt")', async () => {
    await battery('statutory_contractual_requirement', [
      'Voor het lidmaatschap zijn de volgende gegevens verplicht: naam, adres en geboortedatum.',
      'Indien u de gevraagde gegevens niet verstrekt, kunnen wij u niet inschrijven.',
    ], [
      'Wij verstrekken uw gegevens niet aan derden.',
      'Wij zijn wettelijk verplicht om uw gegevens 7 jaar te bewaren.',
    ]);
  });
});

describe('Dutch: no data asked or needed', () => {
  it('"vraagt geen … gegevens", "Er is geen e-mailadres … nodig"', async () => {
    await battery('statutory_contractual_requirement', [
      'De app vraagt geen account, e-mailadres of persoonlijke gegevens van je.',
      'Er is geen e-mailadres, naam of wachtwoord nodig.',
    ], [
      'Wij bewaren geen gegevens langer dan nodig.',
      'Wij verzamelen geen gegevens die niet nodig zijn.',
      'Wij vragen geen kosten voor een inzageverzoek.',
      'Als we je gegevens niet meer nodig hebben, verwijderen we ze.',
    ]);
  });
});

describe('Dutch: acceptance in the subordinate order', () => {
  it('"dat je akkoord gaat met het reglement en deze privacyverklaring", not "als je niet akkoord gaat"', async () => {
    await battery('legal_basis', [
      'Bij een inschrijving gaan we er van uit dat je akkoord gaat met het reglement en deze privacyverklaring.',
      'Wanneer u akkoord gaat met de verwerking, slaan wij uw gegevens op.',
    ], [
      'Als je niet akkoord gaat met deze verklaring, gebruik de website dan niet.',
      'Wij gaan ervan uit dat de gegevens juist zijn.',
    ]);
  });
});

describe('Dutch: whose interest, and where the data stay', () => {
  it('"Het gerechtvaardigde belang van de vereniging is het onderhouden van contact met oud-leden"', async () => {
    await battery('legitimate_interests', [
      'Het gerechtvaardigde belang van de vereniging is het onderhouden van contact met oud-leden.',
    ], [
      'Wij verwerken uw gegevens op grond van het gerechtvaardigd belang van de organisatie.',
      'U kunt bezwaar maken tegen verwerking op basis van gerechtvaardigd belang.',
    ]);
  });
  it('"Uw gegevens verlaten de EU niet", a data centre in Amsterdam, a host in the Netherlands', async () => {
    await battery('third_country_transfers', [
      'Uw gegevens verlaten de EU niet.',
      'De gegevens worden opgeslagen in een datacenter in Amsterdam.',
      'Onze hostingpartij bevindt zich in Nederland.',
    ], [
      'Onze hostingpartij slaat de gegevens op in een beveiligde omgeving.',
      'Wanneer u de website verlaat, gelden andere regels.',
      'Het datacenter is gecertificeerd volgens ISO 27001.',
    ]);
  });
});

describe('Legitimate interests: a basis line of its own under the purpose it covers (nl, de, fr)', () => {
  const statusIn = async (text: string, language: 'nl' | 'de' | 'fr'): Promise<string> => {
    const { model, document } = await parsePolicyText(text, { format: 'markdown', language });
    return evaluateRequirements(model, document).find((r) => r.id === 'legitimate_interests')!.status;
  };
  it('the purpose in the paragraph or list item right before, in the same section', async () => {
    const matches: [string, 'nl' | 'de' | 'fr'][] = [
      ['### Contactformulier\n\nWij gebruiken uw gegevens om uw vraag te beantwoorden.\n\nGrondslag: gerechtvaardigd belang.\n', 'nl'],
      ['- Doel: nieuwsbrief\n- Grondslag: gerechtvaardigd belang\n', 'nl'],
      ['### Google Analytics\n\nWir nutzen Google Analytics, um die Nutzung unserer Website auszuwerten.\n\nRechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO.\n', 'de'],
      ['## Mesure d’audience\n\nNous utilisons Matomo pour mesurer l’audience du site.\n\nBase légale : intérêt légitime.\n', 'fr'],
      ['**Finalité :** gestion des demandes de contact\n\n**Base légale :** intérêt légitime\n', 'fr'],
    ];
    for (const [text, lang] of matches) assert.equal(await statusIn(text, lang), 'met', text);
    const misses: [string, 'nl' | 'de' | 'fr'][] = [
      // A list of bases: the item before names a basis of its own.
      ['Wir geben Ihre Daten nur weiter, wenn:\n\n- Sie Ihre ausdrückliche Einwilligung dazu erteilt haben,\n- die Verarbeitung zur Abwicklung eines Vertrags mit Ihnen erforderlich ist,\n- die Verarbeitung zur Wahrung berechtigter Interessen erforderlich ist.\n', 'de'],
      // Another section, or a paragraph before a list item.
      ['## Newsletter\n\nWir nutzen Ihre E-Mail-Adresse, um Ihnen den Newsletter zu senden.\n\n## Rechtsgrundlagen\n\nRechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO.\n', 'de'],
      ['Nous utilisons vos données pour vous envoyer la newsletter.\n\n- Base légale : intérêt légitime\n', 'fr'],
      ['Wij gebruiken uw gegevens om uw vraag te beantwoorden.\n\n## Grondslagen\n\nGrondslag: gerechtvaardigd belang.\n', 'nl'],
    ];
    for (const [text, lang] of misses) assert.equal(await statusIn(text, lang), 'missing', text);
  });
});

describe('Dutch: a short paragraph under a purposes heading names the purposes as a list would', () => {
  it('"## Doeleinden ⏎ Ledenadministratie, contributie-inning …"; not under another heading, not without a purpose', async () => {
    await battery('purposes', [
      '## Doeleinden\n\nLedenadministratie, contributie-inning en het versturen van de clubkrant.\n',
      '## Waarvoor gebruiken we je gegevens?\n\nVoor het bijhouden van de ledenlijst en het organiseren van trainingen.\n',
    ], [
      '## Doeleinden\n\nWij nemen uw privacy serieus.\n',
      '## Over de vereniging\n\nLedenadministratie, contributie-inning en de clubkrant worden door vrijwilligers gedaan.\n',
    ]);
  });
});

describe('Dutch: purposes given through what a tool or the data let the organisation do', () => {
  it('"Hiermee krijgen we inzicht", "Met deze informatie verbeteren we", "We gebruiken Google Analytics … om … te", "ter uitvoering van"; near misses without a purpose', async () => {
    await battery('purposes', [
      'Deze website gebruikt Google Analytics. Hiermee krijgen we inzicht in het aantal bezoekers.',
      'Met deze informatie verbeteren we onze website.',
      'Met deze cookies kunnen wij het gebruik van de website analyseren.',
      'We gebruiken Google Analytics (geanonimiseerd) om bezoekersstatistieken te bekijken.',
      'Wij gebruiken je gegevens uitsluitend ter uitvoering van de overeenkomst.',
    ], [
      'In dit privacybeleid leest u hoe wij met uw gegevens omgaan.',
      'Hiermee gaat u akkoord met dit privacybeleid.',
      'Wij stellen uw gegevens niet ter beschikking aan derden.',
    ]);
  });
});

describe('Dutch: consent given by an act', () => {
  it('"Door het formulier te verzenden stemt u in met de verwerking", "gaat u akkoord met het gebruik van uw gegevens"; agreeing to terms is none', async () => {
    await battery('legal_basis', [
      'Door het formulier te verzenden stemt u in met de verwerking van uw gegevens.',
      'Door u aan te melden gaat u akkoord met het gebruik van uw e-mailadres voor de nieuwsbrief.',
    ], ['U gaat akkoord met de algemene voorwaarden.', 'Wij stemmen de planning met u af.']);
  });
});

describe('Nederlands: doelen als wat de gegevens nodig zijn voor, "in het kader van", "met uw gegevens kunnen wij"', () => {
  it('leest het doel, niet de wet of toestemming', async () => {
    await battery('purposes', [
      'Uw naam en adres zijn nodig voor het leveren van het product.',
      'Deze gegevens zijn noodzakelijk om de overeenkomst uit te voeren.',
      'Uw gegevens worden uitsluitend verwerkt in het kader van de behandeling.',
      'Met uw gegevens kunnen wij u op de hoogte houden van activiteiten.',
      'Wij ontvangen uw gegevens om u een offerte te kunnen sturen.',
    ], ['Uw gegevens worden beveiligd in het kader van de wet.', 'Met uw toestemming kunnen wij cookies plaatsen.']);
  });
});

describe('Nederlands: de wet als grondslag ("op grond van de wet moeten wij"), instemming nodig', () => {
  it('leest de wettelijke plicht en de toestemming, niet een recht op grond van de wet', async () => {
    await battery('legal_basis', [
      'Op grond van de wet moeten wij uw gegevens bewaren.',
      'Wij zijn hiertoe verplicht op grond van de Wet op de inkomstenbelasting.',
      'De Belastingdienst verplicht ons om facturen zeven jaar te bewaren.',
      'Voor het verwerken is uw instemming nodig.',
    ], ['Op grond van de wet heeft u het recht op inzage.', 'Op grond van deze verklaring mag u ons bellen.', 'Wij hebben uw instemming met de voorwaarden gelezen.']);
  });
});


describe('Nederlands: inzage als "welke data ik heb" en je eigen gegevens bekijken; doelen als "…doeleinden"', () => {
  it('leest het recht en het doel, niet wat de organisatie opvraagt of "andere doeleinden"', async () => {
    await battery('right_access', [
      'Je hebt het recht om te weten welke data ik over je heb.',
      'Je kunt je gegevens bekijken in je account.',
    ], ['Wij kunnen gegevens opvragen bij uw huisarts.', 'Wij bekijken uw gegevens zorgvuldig.']);
    await battery('purposes', [
      'Logbestanden worden bewaard voor beveiligings- en onderhoudsdoeleinden.',
      'De bestanden worden alleen voor statistische doeleinden bewaard.',
    ], ['Wij gebruiken niets voor andere doeleinden.', 'Dit geldt voor alle doelen.']);
  });
});

describe('Dutch: purposes and legal bases in plain prose (purp12)', () => {
  it('"met als doel"; "omdat u klant bent"; "de grondslag is de overeenkomst"', async () => {
    await battery('purposes', [
      'De gegevens worden verwerkt met als doel het afhandelen van uw reservering.',
    ], ['Wij houden ons aan de wet.']);
    await battery('legal_basis', [
      'Wij verwerken uw gegevens omdat u klant bij ons bent.',
      'Wij bewaren uw adres aangezien je lid bent van de vereniging.',
      'De grondslag is de overeenkomst die u met ons sluit.',
    ], ['Als je lid wordt, ontvang je een welkomstmail.', 'Omdat u geen klant bent, bewaren we niets.', 'De grondslag is de verwerkersovereenkomst.']);
  });
});

describe('Dutch: purposes listed as activities under a purposes heading (purp12)', () => {
  it('"het bijhouden van de ledenlijst" under "Waarvoor gebruiken wij uw gegevens?"', async () => {
    await battery('purposes', [
      '## Waarvoor gebruiken wij uw gegevens?\n\n- het bijhouden van de ledenlijst\n- het innen van de contributie\n- het organiseren van trainingen',
      '## Doeleinden\n\n- bijhouden van de ledenlijst\n- innen van de contributie',
    ], [
      '## Welke gegevens verwerken wij en waarvoor?\n\n- het adres van de woning\n- het nummer van uw rekening',
      '## Over ons\n\n- het bijhouden van de ledenlijst\n- het innen van de contributie',
    ]);
  });
});

describe('Dutch: providing data (Art. 13(2)(e)): registration, named data the person must give, the modal choice', () => {
  it('reads "niet aan ons verstrekt", "het is niet verplicht om … op te geven", an account or registration required, "dien je … te verstrekken", "je kunt zelf kiezen welke"', async () => {
    await battery('statutory_contractual_requirement', [
      'Indien u deze gegevens niet aan ons verstrekt, kunnen wij u niet van dienst zijn.',
      'Het is niet verplicht om je telefoonnummer op te geven.',
      'Om gebruik te maken van onze diensten moet u een account aanmaken.',
      'Voor de webshop dien je je eerst te registreren.',
      'Je hoeft geen account aan te maken om de app te gebruiken.',
      'Voor deelname is registratie vereist.',
      'Een account aanmaken is niet verplicht.',
      'Om lid te worden dien je de volgende gegevens te verstrekken.',
      'Je kunt zelf kiezen welke gegevens je met ons deelt.',
    ], [
      'Het is verplicht om gegevens door te geven aan de Belastingdienst.',
      'Het is wettelijk verplicht om gegevens zeven jaar te bewaren.',
      'Inschrijving bij de Kamer van Koophandel is verplicht.',
      'Om uw recht uit te oefenen moet u uw naam en adres opgeven in het verzoek.',
      'Je kunt zelf kiezen welke cookies je accepteert.',
      'Aanmelding van de verwerking is niet meer verplicht.',
    ]);
  });
});

describe('Dutch: retention (Art. 13(2)(a)): a vague end, a browser session, payment details not stored', () => {
  it('reads deletion at a real end point, not "wanneer het doel is bereikt", "na afloop van de bewaartermijn", "bankgegevens niet opgeslagen"', async () => {
    await battery('retention', [
      'Na beëindiging van het lidmaatschap worden je gegevens verwijderd.',
      'De sollicitatiegegevens worden verwijderd na afronding van de procedure.',
      'Uw gegevens worden niet bewaard.',
    ], [
      'Gegevens worden verwijderd wanneer het doel is bereikt.',
      'Wij verwijderen je gegevens na afloop van de bewaartermijn.',
      'De gegevens worden vernietigd wanneer ze niet langer relevant zijn voor het doel.',
      'Gegevens worden verwijderd na het verstrijken van de wettelijke bewaartermijn.',
      'Je kunt je account verwijderen wanneer je wilt.',
      'Uiteraard worden bankgegevens niet opgeslagen en is elke betaalmogelijkheid beveiligd.',
      'Uw creditcardgegevens, zoals het nummer en de vervaldatum, worden uiteraard niet opgeslagen.',
    ]);
  });
});

describe('Dutch: automated decisions (Art. 13(2)(f)): decided by people', () => {
  it('reads "Beslissingen worden altijd door een mens genomen", not a decision about an order', async () => {
    await battery('automated_decision_making', [
      'Beslissingen worden altijd door een mens genomen.',
      'Besluiten over uw aanvraag worden door een medewerker genomen.',
    ], [
      'Wij nemen binnen twee dagen een beslissing over uw bestelling.',
      'Beslissingen over de website worden door het bestuur genomen.',
    ]);
  });
});

describe('Dutch: the legal basis cited in the statutory form (Art. 13(1)(c))', () => {
  it('reads "artikel 6, eerste lid, onder f AVG", "art. 6 lid 1, aanhef en onder b", not another act\'s article 6 or article 16', async () => {
    await battery('legal_basis', [
      'Wij verwerken deze gegevens op grond van artikel 6, eerste lid, onder f AVG.',
      'De grondslag is art. 6 lid 1, aanhef en onder b, AVG.',
    ], [
      'Dit volgt uit artikel 6 van de Wet publieke gezondheid, eerste lid.',
      'Artikel 16, eerste lid, onder a van de Wet.',
    ]);
  });
});

describe('Dutch: a legal obligation as the law or the tax office requiring it (Art. 13(1)(c))', () => {
  it('reads "omdat de wet ons dat voorschrijft", "De Belastingdienst eist dat wij …", not a right the law gives', async () => {
    await battery('legal_basis', [
      'Wij verwerken deze gegevens omdat de wet ons dat voorschrijft.',
      'De Belastingdienst eist dat wij facturen zeven jaar bewaren.',
    ], [
      'Wij schrijven je in voor de nieuwsbrief.',
      'De wet geeft u het recht op inzage.',
      'De overheid eist veel van ondernemers.',
    ]);
  });
});

/**
 * The French language pack (src/lang/fr): each part read on real-looking French sentences, with a near miss for each,
 * and a small French policy read as a whole against a hand-written gold file.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { parsePolicyFile, parsePolicyText } from '../src/index.js';
import { LANGUAGES } from '../src/lang/index.js';
import { evaluateRequirements } from '../src/rules/requirements.js';
import type { RequirementId } from '../src/rules/types.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/lang/fr/', import.meta.url));

async function parse(text: string) {
  return parsePolicyText(text, { format: 'markdown', language: 'fr' });
}

async function statusOf(text: string, id: RequirementId): Promise<string> {
  const { model, document } = await parse(text);
  return evaluateRequirements(model, document).find((r) => r.id === id)!.status;
}

async function rightsOf(text: string): Promise<string[]> {
  return (await parse(text)).model.rights.map((r) => r.id).sort();
}

describe('French pack: registration', () => {
  it('fr is a supported language', () => {
    assert.ok(LANGUAGES.includes('fr'));
  });
});

describe('French pack: rights', () => {
  it('reads the rights listed after "vous disposez d’un droit"', async () => {
    const ids = await rightsOf(
      "Conformément au RGPD, vous disposez d’un droit d’accès, de rectification, d’effacement, de limitation du traitement, d’opposition et de portabilité de vos données. Vous pouvez retirer votre consentement à tout moment. Vous pouvez introduire une réclamation auprès de la CNIL.",
    );
    assert.deepEqual(ids, ['access', 'complaint', 'erasure', 'objection', 'portability', 'rectification', 'restriction', 'withdraw_consent']);
  });

  it('finds the evidence of a right where it is written', async () => {
    const { model } = await parse('Vous pouvez demander la rectification de vos données.');
    const rect = model.rights.find((r) => r.id === 'rectification');
    assert.ok(rect);
    assert.equal(rect.evidence[0].line, 1);
    assert.match(rect.evidence[0].text, /rectification de vos données/u);
  });

  it('a complaint to the organisation itself is no complaint to an authority', async () => {
    assert.deepEqual(await rightsOf('Pour toute réclamation, écrivez à notre service client.'), []);
  });

  it('a complaint "auprès de l’autorité de contrôle" counts, with the elided article', async () => {
    assert.deepEqual(await rightsOf("Vous avez le droit d’introduire une réclamation auprès de l’autorité de contrôle compétente."), ['complaint']);
  });

  it('a complaint to the Québec authority names it', async () => {
    const { model } = await parse('Vous pouvez déposer une plainte auprès de la Commission d’accès à l’information du Québec.');
    assert.deepEqual(model.rights.map((r) => r.id), ['complaint']);
    assert.equal(model.supervisoryAuthority?.name, 'Commission d’accès à l’information du Québec');
  });

  it('contacting the CNIL’s own DPO is no complaint', async () => {
    assert.deepEqual(await rightsOf('Vous pouvez contacter le délégué à la protection des données de la CNIL.'), []);
  });

  it('unsubscribing from the newsletter is no objection', async () => {
    assert.deepEqual(await rightsOf('Vous pouvez vous opposer à recevoir la newsletter en cliquant sur le lien de désinscription.'), []);
  });

  it('the Swiss "arrêt du traitement" is an objection', async () => {
    assert.deepEqual(await rightsOf('Vous pouvez demander l’arrêt du traitement de vos données.'), ['objection']);
  });
});

describe('French pack: legal bases and purposes', () => {
  it('reads an article 6.1 citation and the six bases in words', async () => {
    const { model } = await parse(
      [
        'Nous traitons vos données sur le fondement de votre consentement (article 6, paragraphe 1, point a du RGPD).',
        'Le traitement est nécessaire à l’exécution d’un contrat.',
        'Nous devons respecter nos obligations légales.',
        'Ce traitement répond à une mission d’intérêt public.',
        'Il est fondé sur notre intérêt légitime à assurer la sécurité du site.',
        'Il peut être nécessaire à la sauvegarde des intérêts vitaux de la personne.',
      ].join('\n\n'),
    );
    assert.deepEqual(model.legalBases.map((b) => b.id).sort(), ['consent', 'contract', 'legal_obligation', 'legitimate_interests', 'public_task', 'vital_interests']);
  });

  it('"nécessaire à l’exécution" of a public task is no contract', async () => {
    const { model } = await parse('Le traitement est nécessaire à l’exécution d’une mission d’intérêt public.');
    assert.deepEqual(model.legalBases.map((b) => b.id), ['public_task']);
  });

  it('consent given by a parent is no consent basis', async () => {
    const { model } = await parse('Le consentement des titulaires de l’autorité parentale est requis.');
    assert.deepEqual(model.legalBases.map((b) => b.id), []);
  });

  it('the law a policy complies with ("conformément aux dispositions légales") is no legal-obligation basis', async () => {
    const { model } = await parse('Conformément aux dispositions légales et réglementaires applicables, vous disposez des droits suivants : accès, rectification.');
    assert.deepEqual(model.legalBases.map((b) => b.id), []);
    const kept = await parse('Nous conservons vos factures pour respecter nos obligations légales.');
    assert.deepEqual(kept.model.legalBases.map((b) => b.id), ['legal_obligation']);
  });

  it('"a pour finalité" states a purpose', async () => {
    const { model } = await parse('Le traitement a pour finalité la gestion de votre compte client.');
    assert.deepEqual(model.purposes.map((p) => p.id), ['account']);
  });
});

describe('French pack: retention', () => {
  it('reads "3 ans à compter du dernier contact" and a cookie lifetime of "13 mois"', async () => {
    const { model } = await parse(
      'Vos données sont conservées pendant 3 ans à compter du dernier contact. Les cookies ont une durée de vie de 13 mois.',
    );
    assert.deepEqual(model.retention.map((r) => r.duration), ['P3Y']);
    assert.deepEqual(model.cookies.map((c) => c.lifetime), ['P13M']);
    const three = model.retention.find((r) => r.duration === 'P3Y')!;
    assert.match(three.anchor ?? '', /dernier contact/u);
  });

  it('"pour répondre à nos obligations comptables" does not make a period a reply deadline', async () => {
    const { model } = await parse('Les factures sont conservées pendant 10 ans pour répondre à nos obligations comptables.');
    assert.deepEqual(model.retention.map((r) => r.duration), ['P10Y']);
  });

  it('a reply deadline is no retention period', async () => {
    const { model } = await parse('Nous répondrons à votre demande dans un délai d’un mois.');
    assert.deepEqual(model.retention.map((r) => r.duration), []);
  });
});

describe('French pack: cookies', () => {
  it('reads the kind written after the noun', async () => {
    const { model } = await parse('Nous utilisons des cookies de mesure d’audience et des cookies publicitaires.');
    assert.deepEqual(model.cookies.map((c) => c.kind).sort(), ['analytics', 'marketing']);
  });

  it('a denied kind is no cookie', async () => {
    const { model } = await parse('Nous n’utilisons pas de cookies publicitaires.');
    assert.deepEqual(model.cookies, []);
  });
});

describe('French pack: requirements read from the text', () => {
  it('"les champs marqués d’un astérisque sont obligatoires" and "à défaut" state the requirement', async () => {
    assert.equal(await statusOf('Les champs marqués d’un astérisque sont obligatoires.', 'statutory_contractual_requirement'), 'met');
    assert.equal(await statusOf('À défaut, nous ne pourrons pas traiter votre demande.', 'statutory_contractual_requirement'), 'met');
  });

  it('a processing necessary for a public task is no statement about providing data', async () => {
    assert.equal(await statusOf("Le traitement est nécessaire à l’exécution d’une mission d’intérêt public.", 'statutory_contractual_requirement'), 'missing');
  });

  it('"ne seront jamais transmises à des tiers" says who receives the data (nobody)', async () => {
    assert.equal(await statusOf('Vos données ne seront jamais transmises à des tiers.', 'recipients'), 'met');
  });

  it('resale alone says nothing on who receives the data', async () => {
    assert.equal(await statusOf('Vos données ne seront pas revendues.', 'recipients'), 'missing');
  });

  it('"aucune décision automatisée" is a statement on automated decisions', async () => {
    assert.equal(await statusOf('Nous ne prenons aucune décision automatisée vous concernant.', 'automated_decision_making'), 'met');
    assert.equal(await statusOf('Nous utilisons des outils automatisés pour envoyer la newsletter.', 'automated_decision_making'), 'missing');
  });
});

describe('French pack: negation', () => {
  it('the split "ne … pas" and elided "n’" deny a transfer outside the EU', async () => {
    const { model } = await parse('Vos données ne sont pas transférées hors de l’Union européenne.');
    assert.deepEqual(model.transfers.map((t) => [t.destination, t.mechanism]), [[null, 'none']]);
  });

  it('an elided "d’aucun" denies too', async () => {
    const { model } = await parse('Vos données ne font l’objet d’aucun transfert en dehors de l’Union européenne.');
    assert.deepEqual(model.transfers.map((t) => [t.destination, t.mechanism]), [[null, 'none']]);
  });

  it('a transfer outside the EU with a safeguard is read as one', async () => {
    const { model } = await parse('Certains prestataires sont situés aux États-Unis ; les transferts sont encadrés par le Data Privacy Framework.');
    assert.deepEqual(model.transfers.map((t) => [t.destination, t.mechanism]), [['US', 'dpf']]);
  });

  it('"ne … que" (only) is no negation', async () => {
    const { model } = await parse('Nous ne collectons que votre adresse e-mail afin de vous envoyer notre newsletter.');
    assert.deepEqual(model.purposes.map((p) => p.id), ['newsletter']);
  });
});

describe('French pack: a small policy against its gold file', () => {
  it('fixtures/lang/fr/boulangerie.md', async () => {
    const gold = JSON.parse(readFileSync(join(FIXTURE, 'boulangerie.gold.json'), 'utf8')) as {
      requirements: Record<string, boolean>;
      controller_name: string;
      controller_emails: string[];
      dpo_email: string | null;
      recipients: string[];
      retention_periods: string[];
    };
    const { model, document } = await parsePolicyFile(join(FIXTURE, 'boulangerie.md'));
    assert.equal(model.language, 'fr');
    assert.equal(model.updated, '2025-03-01'); // "Dernière mise à jour : 1er mars 2025"
    assert.equal(model.controller.address, '12 rue des Lilas, 69003 Lyon');
    assert.equal(model.controller.name, gold.controller_name);
    assert.ok(gold.controller_emails.includes(model.controller.email ?? ''));
    assert.equal(model.dpo?.email ?? null, gold.dpo_email);
    const named = model.recipients.filter((r) => r.kind !== 'category').map((r) => r.name).sort();
    assert.deepEqual(named, gold.recipients);
    const periods = [...new Set(model.retention.map((r) => r.duration).filter((d): d is string => !!d))].sort();
    assert.deepEqual(periods, gold.retention_periods);
    const given = (s: string): boolean => s === 'met' || s === 'partial';
    for (const r of evaluateRequirements(model, document)) {
      if (r.id in gold.requirements) assert.equal(given(r.status), gold.requirements[r.id], r.id);
    }
  });
});

describe('French: elements stated in the usual French ways are not reported missing', () => {
  const evidenceOf = async (text: string, id: RequirementId): Promise<[string, string[]]> => {
    const { model, document } = await parse(text);
    const r = evaluateRequirements(model, document).find((x) => x.id === id)!;
    return [r.status, r.evidence.map((e) => `${e.line}:${e.column}-${e.endLine}:${e.endColumn}`)];
  };

  it('consent as the condition of a deposit is a legal basis; a consent banner named alone is not', async () => {
    assert.deepEqual(await evidenceOf('Aucun cookie non essentiel n’est déposé avant votre consentement.', 'legal_basis'), ['met', ['1:1-1:66']]);
    // Here the extractor reads the basis itself, not linked to a purpose: partial, not missing.
    assert.equal(await statusOf('Les cookies de mesure d’audience sont soumis à votre consentement.', 'legal_basis'), 'partial');
    assert.equal(await statusOf('Un bandeau de cookies s’affiche lors de votre première visite.', 'legal_basis'), 'missing');
  });

  it('the interest given in brackets after its holder: "intérêt légitime du responsable du traitement (amélioration du service)"', async () => {
    const text = 'Bases légales :\n\n- L’exécution d’un contrat (commande)\n- L’intérêt légitime du responsable du traitement (amélioration du service)\n';
    assert.deepEqual(await evidenceOf(text, 'legitimate_interests'), ['met', ['4:3-4:76']]);
    // Near miss: the basis named, no interest described.
    assert.equal(await statusOf('Bases légales :\n\n- L’exécution d’un contrat\n- L’intérêt légitime du responsable du traitement\n', 'legitimate_interests'), 'missing');
  });

  it('what follows if data are not given, and data said to be needed for the service, state the requirement', async () => {
    const permission = 'Si vous autorisez la collecte de ces données, vous pouvez revenir sur votre choix. Cependant, ceci limitera votre capacité à utiliser certaines fonctionnalités de nos Services.';
    assert.deepEqual(await evidenceOf(permission, 'statutory_contractual_requirement'), ['met', ['1:84-1:177']]);
    assert.equal(await statusOf('- Exécution du contrat : compte, profil, données de jeu, amis (nécessaires au service).', 'statutory_contractual_requirement'), 'met');
    // Near misses: a limit on what we do, and a bracket that is no requirement.
    assert.equal(await statusOf('Nous limitons la durée de conservation de vos données au strict minimum.', 'statutory_contractual_requirement'), 'missing');
    assert.equal(await statusOf('- Exécution du contrat : compte, profil (voir ci-dessous).', 'statutory_contractual_requirement'), 'missing');
  });

  it('a DPO reached by post: the street is one comma part of the line above the postcode', async () => {
    const text = 'Vous pouvez contacter notre délégué à la protection des données par courrier :\n\nEXEMPLE AIRLINES  \nDÉLÉGUÉ À LA PROTECTION DES DONNÉES  \nAIRPORT BLD 26, GENERAL AVIATION – RINGBAAN  \n1831 MACHELEN\n';
    const { model } = await parse(text);
    assert.equal(model.dpo?.address, 'AIRPORT BLD 26, 1831 MACHELEN');
    assert.equal(await statusOf(text, 'dpo_contact'), 'met');
    // Near miss: no postcode line under it.
    const none = await parse('Vous pouvez contacter notre délégué à la protection des données par courrier :\n\nEXEMPLE AIRLINES  \nAIRPORT BLD 26, GENERAL AVIATION – RINGBAAN\n');
    assert.equal(none.model.dpo, null);
  });

  it('"à cette fin" states a purpose', async () => {
    assert.equal(await statusOf('Si vous passez commande, nous collectons à cette fin votre adresse postale.', 'purposes'), 'met');
    assert.equal(await statusOf('Nous collectons votre adresse postale.', 'purposes'), 'missing');
  });

  it('a French postcode starting with 0 is a postcode', async () => {
    const { model } = await parse('Le responsable du traitement est la société Exemple SARL, 12 rue de France, 06000 Nice.');
    assert.equal(model.controller.address, '12 rue de France, 06000 Nice');
  });

  it('working "aussi sans" the data states the requirement; working without cookies does not', async () => {
    assert.deepEqual(await evidenceOf('L’application fonctionne aussi sans localisation.', 'statutory_contractual_requirement'), ['met', ['1:1-1:50']]);
    assert.equal(await statusOf('Le site fonctionne aussi sans cookies.', 'statutory_contractual_requirement'), 'missing');
  });
});

describe('French: consent and optional data in other persons and forms', () => {
  it('"sans leur consentement", "si vous en avez donné votre accord" address the legal basis; our own agreement does not', async () => {
    assert.equal(await statusOf("Nous ne collectons pas d'informations personnelles auprès de nos visiteurs sans leur consentement.", 'legal_basis'), 'met');
    assert.equal(await statusOf('Les cookies sont déposés uniquement si vous en avez donné votre accord.', 'legal_basis'), 'met');
    assert.equal(await statusOf('Nous avons donné notre accord à ce partenariat.', 'legal_basis'), 'missing');
  });

  it('"Si vous le souhaitez, vous pouvez nous fournir …" offers the data; contacting us if you wish does not', async () => {
    assert.equal(await statusOf('Si vous le souhaitez, vous pouvez nous fournir des informations concernant votre état de santé.', 'statutory_contractual_requirement'), 'met');
    assert.equal(await statusOf('Si vous le souhaitez, vous pouvez nous contacter par téléphone.', 'statutory_contractual_requirement'), 'missing');
  });
});

describe('French: the controller named in the usual French ways', () => {
  const nameOf = async (text: string): Promise<[string | null, string[]]> => {
    const c = (await parse(text)).model.controller;
    return [c.name, c.aliases];
  };

  it('"la société …", "l’association …": the kind of organisation is no part of the name', async () => {
    assert.deepEqual(await nameOf('Le responsable du traitement est la société Dupont SARL, 12 rue des Lilas, 75011 Paris.'), ['Dupont SARL', []]);
    assert.deepEqual(await nameOf("Le responsable de traitement des données est l'association Vélo Pour Tous, association loi 1901."), ['Vélo Pour Tous', []]);
    assert.deepEqual(await nameOf('Le responsable du traitement est l’Université de Lille.'), ['Université de Lille', []]);
    // Near miss: a kind noun with no name after it names nobody.
    assert.deepEqual(await nameOf('Le responsable du traitement est la société éditrice du site.'), [null, []]);
  });

  it('the role after a comma, inside the sentence or at its end; a short form in brackets is an alias', async () => {
    assert.deepEqual(
      await nameOf('La Fédération Française de Randonnée Pédestre (FFRP), 64 rue du Dessous des Berges, 75013 Paris, en tant que responsable de traitement, collecte vos données.'),
      ['Fédération Française de Randonnée Pédestre', ['FFRP']],
    );
    assert.deepEqual(
      await nameOf("Les données sont traitées par l'ASBL Jeunesse et Sport, dont le siège est établi Rue de la Loi 16, 1000 Bruxelles, en qualité de responsable du traitement."),
      ['ASBL Jeunesse et Sport', []],
    );
    // Lower-case words before the brackets: the short form is the name.
    assert.deepEqual(await nameOf('La direction interministérielle du numérique (DINUM) est responsable des traitements.'), ['DINUM', []]);
    // Near miss: a processor in its role, not the controller.
    assert.deepEqual(await nameOf('Nos données sont hébergées par OVH SAS, en qualité de sous-traitant.'), [null, []]);
  });

  it('"Ce site est la propriété de", a label line "Le responsable du traitement des données est :", a public body before its street', async () => {
    assert.deepEqual(await nameOf('Ce site est la propriété de Marie Durand, photographe, 4 rue Victor Hugo, 33000 Bordeaux.'), ['Marie Durand', []]);
    assert.deepEqual(await nameOf('## 1. Responsable du traitement\n\nLe responsable du traitement des données est :\n\n**Fédération des Centres Sociaux de Guadeloupe**\n\ncontact@fcsg.example\n'), ['Fédération des Centres Sociaux de Guadeloupe', []]);
    assert.deepEqual(await nameOf('Mairie de Saint-Malo, Place Chateaubriand, 35400 Saint-Malo, est responsable du traitement.'), ['Mairie de Saint-Malo', []]);
    // The CNIL's model notice names the controller as the one who keeps the file.
    assert.deepEqual(await nameOf("Les informations recueillies sur ce formulaire sont enregistrées dans un fichier informatisé par l'association Sport Ensemble pour la gestion des adhésions."), ['Sport Ensemble', []]);
    assert.deepEqual(await nameOf('Les informations recueillies sur ce formulaire sont enregistrées dans un fichier informatisé.'), [null, []]);
  });
});

describe('French: the controller spelled by its mailbox at a free mail service', () => {
  it('"thermoclimsanitaire@gmail.com" confirms "Thermo Clim Sanitaire", with its short form in brackets as alias', async () => {
    const text = '# Politique de confidentialité\n\nLes données collectées sont destinées exclusivement à **Thermo Clim Sanitaire (TCS Plomberie)** et ne sont jamais revendues.\n\nPour exercer vos droits : thermoclimsanitaire@gmail.com\n';
    const c = (await parse(text)).model.controller;
    assert.deepEqual([c.name, c.aliases, c.email], ['Thermo Clim Sanitaire', ['TCS Plomberie'], 'thermoclimsanitaire@gmail.com']);
    // Near miss: a part of the mailbox is no name ("Thermo Clim" for thermoclimsanitaire@).
    const part = '# Politique de confidentialité\n\nLes données sont destinées à **Thermo Clim** et ne sont jamais revendues.\n\nContact : thermoclimsanitaire@gmail.com\n';
    assert.equal((await parse(part)).model.controller.name, null);
  });
});

describe('French: named services with the usual French cues', () => {
  const named = async (text: string): Promise<string[]> => (await parse(text)).model.recipients.filter((r) => r.kind !== 'category').map((r) => r.name);

  it('an elided "d’" ends a cue ("Plateforme d’envoi de newsletter (Brevo)"); the role in brackets after the name', async () => {
    const { model } = await parse('Plateforme d’envoi de Newsletter (Brevo)');
    assert.deepEqual(model.recipients.map((r) => [r.name, r.kind, `${r.evidence[0].line}:${r.evidence[0].column}-${r.evidence[0].endLine}:${r.evidence[0].endColumn}`]), [['Brevo', 'processor', '1:1-1:41']]);
    assert.deepEqual(await named("Mailjet (fournisseur d'e-mails)"), ['Mailjet']);
    // Near misses: brackets that say no role, a brand named as where the reader goes.
    assert.deepEqual(await named('Mailjet (voir ci-dessous)'), []);
    assert.deepEqual(await named('Vous pouvez nous suivre sur Twitter.'), []);
  });

  it('"afin d’" addresses a purpose now that an elided article ends a pattern', async () => {
    assert.equal(await statusOf('Nous conservons votre adresse afin d’envoyer la lettre d’information.', 'purposes'), 'met');
    assert.equal(await statusOf('Nous conservons votre adresse.', 'purposes'), 'missing');
  });

  it('the data as the subject, shared "avec" a named service; shared with no one named', async () => {
    assert.deepEqual(await named('Les données de réservation sont partagées avec Doctolib.'), ['Doctolib']);
    assert.deepEqual(await named('Vos données sont communiquées à des tiers uniquement avec votre accord.'), []);
  });
});

describe('French: the legitimate interest said after the basis, and whose interest it is', () => {
  const evidenceOf = async (text: string): Promise<[string, string[]]> => {
    const { model, document } = await parse(text);
    const r = evaluateRequirements(model, document).find((x) => x.id === 'legitimate_interests')!;
    return [r.status, r.evidence.map((e) => `${e.line}:${e.column}-${e.endLine}:${e.endColumn}`)];
  };

  it('"Notre intérêt légitime consiste à …", "L\'intérêt légitime poursuivi est …" give the interest', async () => {
    assert.deepEqual(await evidenceOf('Notre intérêt légitime consiste à améliorer nos services.'), ['met', ['1:1-1:58']]);
    assert.deepEqual(await evidenceOf("L'intérêt légitime poursuivi est la prévention de la fraude."), ['met', ['1:1-1:61']]);
    // Near miss: the basis named as such, with no interest.
    assert.equal((await evidenceOf('La base légale du traitement est l\'intérêt légitime.'))[0], 'missing');
  });

  it('the holder ("de l\'éditeur", "du responsable du traitement") is not the interest; an interest after the holder is', async () => {
    assert.equal((await evidenceOf("Le traitement est fondé sur l'intérêt légitime de l'éditeur."))[0], 'missing');
    assert.equal((await evidenceOf('Le traitement est fondé sur l’intérêt légitime de la société.'))[0], 'missing');
    const { model } = await parse("Le traitement est fondé sur l'intérêt légitime de l'éditeur à assurer la sécurité du site.");
    assert.deepEqual(model.legitimateInterests.map((i) => i.label), ['à assurer la sécurité du site']);
    assert.equal((await evidenceOf('Ce traitement repose sur notre intérêt légitime de prévenir la fraude.'))[0], 'met');
  });
});

describe('French: the controller in apposition, and owner or operator labels', () => {
  const nameOf = async (text: string): Promise<string | null> => (await parse(text)).model.controller.name;

  it('"La Mairie de Villeneuve, responsable de traitement, collecte …"', async () => {
    const { model } = await parse('La Mairie de Villeneuve, responsable de traitement, collecte vos données pour gérer les inscriptions.');
    assert.deepEqual([model.controller.name, model.controller.evidence[0].line, model.controller.evidence[0].column], ['Mairie de Villeneuve', 1, 1]);
    // Near miss: a known service in apposition is a third party, not the controller.
    assert.equal(await nameOf('Google, responsable du traitement, utilise ces données pour ses propres fins.'), null);
  });

  it('"Propriétaire du site :", "Exploitant du site :" label the controller; a sentence about the owner does not', async () => {
    assert.equal(await nameOf('# Politique de confidentialité\n\nExploitant du site : Exemple SARL, 1 rue de la Paix, 75002 Paris\n'), 'Exemple SARL');
    assert.equal(await nameOf('# Politique de confidentialité\n\nPropriétaire du site : Marie Durand, 1 rue de la Paix, 75002 Paris\n'), 'Marie Durand');
    assert.equal(await nameOf('# Politique de confidentialité\n\nLe propriétaire du site ne peut être tenu responsable des contenus externes.\n'), null);
  });
});

describe('French: the post-mortem directives are no right to erasure', () => {
  it('"directives sur la conservation, l\'effacement et la communication … après le décès" grants no erasure; the right beside it does', async () => {
    const text = "Vous disposez d'un droit d'accès et de rectification, et d'un droit à définir des directives sur la conservation, l'effacement et la communication de vos données après votre décès.";
    assert.equal(await statusOf(text, 'right_erasure'), 'missing');
    assert.deepEqual(await rightsOf(text), ['access', 'rectification']);
    // Near miss: erasure named before the directives is still the right.
    const both = "Vous disposez d'un droit d'accès, de rectification et d'effacement, et d'un droit à définir des directives relatives au sort de vos données après votre décès.";
    assert.equal(await statusOf(both, 'right_erasure'), 'met');
  });
});

describe('French: "vous êtes libre de ne pas nous communiquer" is the Art. 13(2)(e) statement', () => {
  it('free not to give the data is met; free to contact us is not', async () => {
    assert.equal(await statusOf('Vous êtes libre de ne pas nous communiquer ces informations.', 'statutory_contractual_requirement'), 'met');
    assert.equal(await statusOf('Vous êtes libre de nous contacter par téléphone.', 'statutory_contractual_requirement'), 'missing');
  });
});

/**
 * French wording as policies in general write it (CNIL model notices, generator templates, small-site policies), not
 * as one corpus file does: for each element a battery of everyday sentences that must address it, and near misses
 * that must not.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { parsePolicyText } from '../src/index.js';
import { evaluateRequirements } from '../src/rules/requirements.js';
import type { RequirementId } from '../src/rules/types.js';

async function statusOf(text: string, id: RequirementId): Promise<string> {
  const { model, document } = await parsePolicyText(text, { format: 'markdown', language: 'fr' });
  return evaluateRequirements(model, document).find((r) => r.id === id)!.status;
}

const parse = (text: string) => parsePolicyText(text, { format: 'markdown', language: 'fr' });

async function battery(id: RequirementId, matches: string[], misses: string[]): Promise<void> {
  for (const text of matches) assert.equal(await statusOf(text, id), 'met', `should address ${id}: ${text}`);
  for (const text of misses) assert.equal(await statusOf(text, id), 'missing', `should not address ${id}: ${text}`);
}

describe('French: whether providing data is required (Art. 13(2)(e))', () => {
  it('obligatory or optional fields, what follows without them, data given of one’s own will', async () => {
    await battery('statutory_contractual_requirement', [
      'Les réponses aux questions marquées d’un astérisque sont obligatoires.',
      'Les informations indiquées comme obligatoires dans le formulaire sont nécessaires pour traiter votre demande.',
      'Les données obligatoires sont signalées sur le formulaire.',
      'En l’absence de ces informations, nous ne serons pas en mesure de traiter votre demande.',
      'Si ces données ne sont pas fournies, votre inscription ne pourra pas être finalisée.',
      'Sans ces informations, il ne nous sera pas possible de vous répondre.',
      'Vous devrez obligatoirement renseigner votre nom et votre adresse e-mail.',
      'Certaines données doivent être obligatoirement fournies pour bénéficier du service.',
      'Il est nécessaire de fournir une adresse e-mail valide pour recevoir la lettre d’information.',
      'Vous n’avez pas l’obligation de fournir ces données.',
      'Les données personnelles que vous nous fournissez de votre plein gré sont utilisées pour répondre à vos questions.',
      'Ces données sont collectées sur une base facultative.',
      'Vous pouvez naviguer sur le site sans avoir à vous identifier.',
      'Vous pouvez utiliser notre site sans nous communiquer vos données personnelles.',
      'La fourniture de certaines données est une exigence légale.',
      'Le traitement de ces données conditionne la fourniture du service.',
      'Votre adresse e-mail est indispensable pour vous envoyer la newsletter.',
      'Nous avons besoin de votre adresse électronique pour vous envoyer la lettre d’information.',
    ], [
      'Vous devez avoir au moins 15 ans pour utiliser le service.',
      'Le responsable du traitement est obligé de respecter le RGPD.',
      'Votre consentement est libre et vous pouvez le retirer à tout moment.',
      'Nous avons besoin de votre consentement pour déposer des cookies.',
      'En l’absence de votre consentement, aucun cookie n’est déposé.',
      'Si vos données ne sont pas exactes, vous pouvez demander leur rectification.',
      'Nous devons conserver vos factures pendant 10 ans conformément au Code de commerce.',
      'Si vous refusez les cookies, certaines fonctionnalités du site ne seront pas disponibles.',
      'Les cookies marqués comme nécessaires ne peuvent pas être désactivés.',
    ]);
  });
});

describe('French: automated decisions (Art. 13(2)(f))', () => {
  it('denials, first person too, and a bare answer under the topic’s heading', async () => {
    await battery('automated_decision_making', [
      'Nous ne prenons aucune décision fondée exclusivement sur un traitement automatisé.',
      'Vos données ne font l’objet d’aucune prise de décision automatisée ni d’aucun profilage.',
      'Nous n’avons pas recours à la prise de décision automatisée.',
      'Les données collectées ne sont pas utilisées pour une prise de décision automatisée.',
      '## Prise de décision automatisée\n\nNon.',
      '## Prise de décision automatisée\n\nNous n’utilisons pas ce type de traitement.',
      'Les décisions sont toujours prises par un humain.',
      // The adjective after a coordination.
      'Le traitement des données peut impliquer un processus de prise de décision et de profilage automatisé.',
    ], [
      'Vous avez le droit de ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé.',
      'Les cookies sont déposés automatiquement.',
      'Les décisions sont prises par le bureau.',
      'La décision et le profil sont enregistrés automatiquement.',
      '## Prise de décision automatisée\n\nVous avez le droit de ne pas faire l’objet d’une telle décision.',
    ]);
  });
});

async function recipientsOf(text: string, language: 'fr' | 'de' = 'fr'): Promise<string[]> {
  const { model } = await parsePolicyText(text, { format: 'markdown', language });
  return model.recipients.filter((r) => r.kind !== 'category').map((r) => r.name);
}

describe('French: named recipients', () => {
  it('hosts, mailers, payment and booking services; a hyphenated noun is no reader; a street is no recipient', async () => {
    const cases: [string, string[]][] = [
      ['Les rendez-vous sont effectués via Doctolib.', ['Doctolib']],
      ['Les prises de rendez-vous sont effectuées par Doctolib.', ['Doctolib']],
      ['Hébergeur : o2switch, Chemin des Pardiaux, 63000 Clermont-Ferrand', ['o2switch']],
      ['Prestataire d’hébergement : Gandi SAS', ['Gandi']],
      ['Vos données sont transmises à notre prestataire Sellsy.', ['Sellsy']],
      ['Les paiements sont traités par Stripe.', ['Stripe']],
      // Near misses: the reader’s own use, self-hosted software.
      ['Si vous utilisez Doctolib, leurs conditions s’appliquent.', []],
      ['Nous utilisons l’outil Matomo, installé sur nos propres serveurs.', []],
    ];
    for (const [text, names] of cases) assert.deepEqual(await recipientsOf(text), names, text);
    assert.deepEqual(await recipientsOf('Für das Hosting nutzen wir IONOS (1&1 IONOS SE, Elgendorfer Str. 57, 56410 Montabaur).', 'de'), ['IONOS']);
  });
});

describe('French: transfers and internal-only recipients', () => {
  it('outside Switzerland, abroad; only authorised staff; a resale denial alone names nobody', async () => {
    assert.equal(await statusOf('Vos données ne sont pas transférées en dehors de la Suisse.', 'third_country_transfers'), 'met');
    assert.equal(await statusOf('Vos données peuvent être communiquées à des destinataires situés à l’étranger.', 'third_country_transfers'), 'met');
    assert.equal(await statusOf('Vos données ne sont communiquées qu’aux personnes habilitées de notre association.', 'recipients'), 'met');
    assert.equal(await statusOf('Vos données ne sont ni vendues, ni louées, ni cédées.', 'recipients'), 'missing');
    assert.equal(await statusOf('Nous voyageons souvent à l’étranger.', 'third_country_transfers'), 'missing');
  });

  it('"en-dehors de l’Union européenne", hyphenated as often written, is "en dehors"', async () => {
    assert.equal(await statusOf('L’association ne transfère pas vos données en-dehors de l’Union Européenne.', 'third_country_transfers'), 'met');
    assert.equal(await statusOf('Nos bénévoles habitent en-dehors de la ville.', 'third_country_transfers'), 'missing');
  });
});

describe('French: the host is no controller', () => {
  it('"Le site est hébergé par X" names a recipient; "édité par X" names the controller', async () => {
    const hosted = await parse('Le site est hébergé par Hostarium, 91 rue du Faubourg Saint-Honoré, 75008 Paris.');
    assert.equal(hosted.model.controller.name, null);
    assert.deepEqual(hosted.model.recipients.filter((r) => r.kind !== 'category').map((r) => r.name), ['Hostarium']);
    const edited = await parse('Le site est édité par Atelier Lumière SARL, 12 rue des Lilas, 69003 Lyon. Il est hébergé par Hostarium.');
    assert.equal(edited.model.controller.name, 'Atelier Lumière SARL');
    assert.deepEqual(edited.model.recipients.filter((r) => r.kind !== 'category').map((r) => r.name), ['Hostarium']);
  });
});

describe('French: payment and booking services', () => {
  it('accepted payment methods and "se fait sur / s’effectue via"; a cheque is no recipient', async () => {
    const cases: [string, string[]][] = [
      ['Nous acceptons PayPal et Stripe.', ['PayPal', 'Stripe']],
      ['Le paiement s’effectue via Stripe.', ['Stripe']],
      ['La prise de rendez-vous se fait sur Doctolib.', ['Doctolib']],
      ['Paiement par PayPal possible.', ['PayPal']],
      ['Le paiement par chèque est accepté.', []],
    ];
    for (const [text, names] of cases) assert.deepEqual(await recipientsOf(text), names, text);
  });
});

describe('French: retention given by an event', () => {
  it('"une fois la transaction réalisée", "au-delà de la durée de votre inscription"; not "une fois par an" or the vague "durée nécessaire"', async () => {
    await battery('retention', [
      'Vos données sont supprimées une fois la transaction réalisée.',
      'Les données sont effacées une fois le contrat terminé.',
      'Vos coordonnées sont supprimées une fois que la commande est livrée.',
      'Vos données ne sont pas conservées au-delà de la durée de votre inscription.',
    ], [
      'Une fois inscrit, vous recevez notre lettre d’information.',
      'Une fois par an, nous vérifions nos fichiers.',
    ]);
    assert.notEqual(await statusOf('Vos données ne sont pas conservées au-delà de la durée nécessaire.', 'retention'), 'met');
  });
});

describe('French: contract and book-keeping bases, data that stay, purposes served', () => {
  it('"fondé sur le contrat d’adhésion", "l’exécution des prestations", "obligations comptables et fiscales"', async () => {
    // A basis named but linked to no purpose is "partial": given all the same.
    const given = async (matches: string[], misses: string[]): Promise<void> => {
      for (const t of matches) assert.notEqual(await statusOf(t, 'legal_basis'), 'missing', `should address legal_basis: ${t}`);
      for (const t of misses) assert.equal(await statusOf(t, 'legal_basis'), 'missing', `should not address legal_basis: ${t}`);
    };
    await given([
      'Le traitement est fondé sur le contrat d’adhésion.',
      'Le traitement des données est nécessaire aux fins de l’exécution des prestations que vous avez commandées.',
      'Ce traitement est nécessaire pour répondre à nos obligations comptables et fiscales.',
    ], [
      'Les conditions générales du contrat sont disponibles sur le site.',
      'Vous pouvez résilier votre contrat à tout moment.',
      'Nous sommes soumis à des obligations de confidentialité.',
      'Vous pouvez retirer votre consentement à tout moment.',
    ]);
  });
  it('"ne quittent pas l’Union européenne"', async () => {
    await battery('third_country_transfers', [
      'Les données ne quittent pas l’Union européenne.',
      'Vos données ne quittent jamais le territoire suisse.',
    ], [
      'Vous pouvez quitter le site à tout moment.',
      'Le site est édité par la société Dupont, située à Paris.',
    ]);
  });
  it('"servent à répondre à vos demandes", "à des fins statistiques"', async () => {
    await battery('purposes', [
      'Les données collectées servent à répondre à vos demandes.',
      'Ces données sont exploitées à des fins statistiques.',
    ], [
      'Le site sert à présenter notre association.',
      'Ce site est hébergé par OVH.',
    ]);
  });
});

describe('French: nothing to give to visit the site', () => {
  it('"Aucune donnée personnelle n’est nécessaire pour consulter le site", "ne nécessite aucune inscription"', async () => {
    await battery('statutory_contractual_requirement', [
      'Aucune donnée personnelle n’est nécessaire pour consulter le site.',
      'La consultation du site ne nécessite aucune inscription.',
    ], [
      'Aucune donnée personnelle n’est vendue à des tiers.',
      'L’utilisation du site ne nécessite aucune installation de logiciel.',
      'Vous pouvez refuser les cookies.',
    ]);
  });
});

describe('French: messages sent to the person are not data they must give', () => {
  it('"Emails de service (obligatoires)" states nothing about providing data; required fields still do', async () => {
    await battery('statutory_contractual_requirement', ['Les champs marqués d’un astérisque sont obligatoires.'], ['Emails de service (obligatoires)', 'Les emails de service sont obligatoires.']);
  });
});

describe('French: a host’s address in the United States (Art. 13(1)(f))', () => {
  it('the address on the line after the host’s name, a state and ZIP code without the country; a French host or the publisher is no transfer', async () => {
    await battery('third_country_transfers', [
      '## Hébergement\n\nLe site est hébergé par GitHub, Inc.  \n88 Colin P Kelly Jr St, San Francisco, CA 94107 — États-Unis',
      '## Hébergeur\n\nHébergeur du site : Netlify, 2325 3rd Street, Suite 215, San Francisco, California 94107',
    ], [
      '## Hébergeur\n\nHébergeur du site : OVH SAS, 2 rue Kellermann, 59100 Roubaix, France',
      '## Éditeur\n\nLe site est édité par Dupont SARL, 12 rue de la Paix, 75002 Paris.  \nTéléphone : 01 23 45 67 89',
      '## Éditeur\n\nLe site est édité par Dupont Inc.  \n12 Main Street, Boston, MA 02110, États-Unis',
    ]);
  });
});

describe('French: a recipient placed in the United States, or data said not to go there (Art. 13(1)(f))', () => {
  it('"dont le siège est aux États-Unis", "société américaine", "ne sont pas transférées aux États-Unis"; a card brand is no company abroad', async () => {
    await battery('third_country_transfers', [
      'Nous utilisons Google Analytics, un service de Google LLC, dont le siège est aux États-Unis.',
      'Nous utilisons les services de Mailchimp, société américaine.',
      'Vos données ne sont pas transférées aux États-Unis.',
    ], ['Nous acceptons les cartes American Express.', 'Nous utilisons Google Analytics. Le site est édité par Dupont SAS.']);
  });
});

describe('French: purposes given through what a tool or the data let the organisation do', () => {
  it('"à des fins statistiques", "Grâce à ces cookies, nous pouvons …", "nous aide à", "servent au traitement", "pour cette finalité"; near misses without a purpose', async () => {
    await battery('purposes', [
      'Ce site utilise un seul cookie de mesure d’audience, déposé par Google Analytics, à des fins statistiques uniquement.',
      'Grâce à ces cookies, nous pouvons analyser la fréquentation du site.',
      'L’outil Matomo nous aide à comprendre comment les visiteurs utilisent le site.',
      'Les informations recueillies servent uniquement au traitement de votre demande.',
      'Les données récoltées lors des dons le sont uniquement pour cette finalité.',
    ], [
      'Vous pouvez nous contacter pour exercer vos droits.',
      'Grâce à vous, notre association se développe.',
    ]);
  });
});

describe('French: the controller as the subject of the processing', () => {
  async function nameOf(text: string): Promise<string | null> {
    return (await parsePolicyText(text, { format: 'markdown', language: 'fr' })).model.controller.name;
  }
  it('"X (ABBR) recueille certaines informations personnelles", "L’association X collecte des données personnelles"; a service, the site or a form is no controller', async () => {
    const cases: [string, string | null][] = [
      ["Le Sporting Club d'Epinay-sur-Orge (SCE) recueille certaines informations personnelles auprès de ses membres.", "Sporting Club d'Epinay-sur-Orge"],
      ['L’association Repère collecte des données personnelles pour organiser ses séjours.', 'L’association Repère'],
      ['Google Analytics collecte des données personnelles sur votre navigation.', null],
      ['Le site collecte des données personnelles.', null],
      ['Ce formulaire recueille vos données personnelles.', null],
      ['Atelier Lune collecte des informations sur la météo.', null],
    ];
    for (const [text, name] of cases) assert.equal(await nameOf(text), name, text);
  });
  it('"X s’engage pour la protection / à traiter vos données / à ce que vos données …", verbs listed before the data, "association de type loi 1901"; the user, a service, other promises are no controller', async () => {
    const cases: [string, string | null][] = [
      ['L’association Les Amis du Vieux Moulin s’engage pour la protection de la vie privée de ses adhérents.', 'L’association Les Amis du Vieux Moulin'],
      ["Atelier Lune s'engage à traiter vos données personnelles conformément au RGPD.", 'Atelier Lune'],
      ['La société Dupont Conseil s’engage à ce que la collecte et le traitement de vos données soient conformes au RGPD.', 'Dupont Conseil'],
      ['Ce document définit les conditions dans lesquelles l’association Jardins du Monde collecte, utilise, conserve et protège les données de ses membres.', 'Jardins du Monde'],
      ['Ce site est édité par l’association de type loi 1901 « Randonneurs du Lac ».', 'Randonneurs du Lac'],
      ['L’utilisateur s’engage à protéger la confidentialité de son mot de passe.', null],
      ['Google Analytics collecte, stocke et traite les données personnelles de ses utilisateurs.', null],
      ['Le site collecte, stocke et analyse des données de navigation.', null],
      ["Atelier Lune s'engage à livrer vos commandes dans les meilleurs délais.", null],
      ['Atelier Lune collecte, trie et recycle les papiers de ses clients.', null],
    ];
    for (const [text, name] of cases) assert.equal(await nameOf(text), name, text);
  });
  it('the site’s domain read as the subject gives way to the name that spells it; "Le Propriétaire est : X" (generators’ mentions légales)', async () => {
    const cases: [string, string | null][] = [
      ['Le site www.atelier-lune.fr est édité par la société Atelier Lune, ci-après dénommée le « responsable du traitement ».', 'Atelier Lune'],
      ['Statut du propriétaire : particulier  \nLe Propriétaire est : Jeanne Morel  \nAdresse postale du propriétaire : 4 rue des Lilas 35000 Rennes', 'Jeanne Morel'],
      ['Le propriétaire du site est : Jeanne Morel, 4 rue des Lilas 35000 Rennes.', 'Jeanne Morel'],
      // Near misses: a domain alone stays the name; a cookie's owner is a service.
      ['Le responsable du traitement est atelier-lune.fr.', 'atelier-lune.fr.'],
      ['Le propriétaire du cookie est : Google.', null],
    ];
    for (const [text, name] of cases) assert.equal(await nameOf(`# Mentions légales\n\n${text}\n`), name, text);
  });
});

describe('French: purposes, transfers and a DPO in general wordings (reqb10)', () => {
  it('purposes: "servent à la", "visent à", "a pour objet", "dans le cadre de"', async () => {
    await battery('purposes', [
      'Ces informations servent à la préparation de votre séjour.',
      'Les cookies de session visent à faciliter la navigation.',
      'Ce fichier a pour objet la gestion des adhésions.',
      'Vos coordonnées sont conservées pour les besoins de la livraison.',
      'Les données sont collectées dans le cadre de la relation contractuelle.',
    ], [
      'Vos données sont traitées de manière confidentielle.',
      'Le site est hébergé par OVH.',
    ]);
  });
  it('transfers: where the data stay or the providers are, a register label', async () => {
    await battery('third_country_transfers', [
      'Vos données restent en Europe.',
      'Nous faisons appel à des prestataires, tous au sein de l’Union européenne.',
      'Hébergement : OVH. Pays destinataire : France.',
    ], [
      'Nous restons à votre écoute en France comme ailleurs.',
      'Nos prestataires sont soigneusement choisis.',
    ]);
  });
  it('dpo: a "référent RGPD" with an address', async () => {
    await battery('dpo_contact', [
      'Pour toute question, contactez notre référent RGPD : rgpd@lemoulin-asso.fr.',
      'La référente protection des données est joignable à protection@lemoulin-asso.fr.',
    ], [
      'Pour toute question, contactez notre équipe : contact@lemoulin-asso.fr.',
      'Un référent sécurité veille sur nos serveurs : securite@lemoulin-asso.fr.',
    ]);
  });
});

describe('French: what is no legal basis (reqb10)', () => {
  it('an exception to a promise, someone else’s permission, terms of use accepted, the data-protection law itself', async () => {
    // Met or partial (a basis named, linked to a purpose or not) is "given"; the near misses name no basis at all.
    const given = [
      'Nous conservons vos factures dix ans pour respecter nos obligations légales.',
      'Nous traitons votre adresse avec votre autorisation.',
      'Le traitement est fondé sur l’autorisation de la personne concernée.',
      'Le traitement repose sur le respect des dispositions légales applicables en matière comptable.',
    ];
    const misses = [
      'Vos coordonnées ne sont jamais cédées, sauf obligation légale.',
      'Les illustrations sont reproduites avec l’autorisation de leurs auteurs.',
      'Toute reproduction ne peut se faire que moyennant l’autorisation écrite de la commune.',
      'La consultation du site implique l’acceptation des conditions générales d’utilisation.',
      'Nous respectons les dispositions légales du RGPD.',
    ];
    for (const text of given) assert.notEqual(await statusOf(text, 'legal_basis'), 'missing', `should name a basis: ${text}`);
    for (const text of misses) assert.equal(await statusOf(text, 'legal_basis'), 'missing', `should name no basis: ${text}`);
  });
});

describe('French: retention answers (reqb10)', () => {
  it('kept for ever, a cookie lifetime, the event first and the deletion after', async () => {
    await battery('retention', [
      'Les commentaires et leurs métadonnées sont conservés indéfiniment.',
      'Vos données sont conservées sans limitation de durée.',
      'Ce cookie expire au bout de six mois.',
      'Une fois la réservation terminée, les informations relatives au paiement sont effacées.',
      'Après la clôture du dossier, les pièces transmises sont détruites.',
    ], [
      'Vos données sont conservées aussi longtemps que nécessaire.',
      'Dès réception de votre demande, vos données seront effacées.',
      "Si un enfant nous a transmis des informations personnelles, nous les supprimons aussitôt.",
      'Une fois connecté, vous pouvez supprimer votre compte.',
    ]);
  });
});

describe('French: the Art. 15(2) clause is no transfer statement (reqb10)', () => {
  it('transfers', async () => {
    await battery('third_country_transfers', [
      'Vos données sont transférées vers un pays tiers sur la base de garanties appropriées.',
    ], [
      'Vous avez le droit d’être informé si des données vous concernant sont transférées vers un pays tiers.',
      'Le cas échéant, vous avez le droit d’être informé des garanties appropriées encadrant ce transfert.',
    ]);
  });
});

describe('French: legal basis in everyday wordings (reqb10)', () => {
  it('the form’s consent line, consent as the condition, a legal duty', async () => {
    const given = [
      'En soumettant ce formulaire, j’accepte que les informations saisies soient exploitées pour me recontacter.',
      'En remplissant ce formulaire, vous acceptez que vos données soient utilisées pour répondre à votre demande.',
      'Les traceurs de mesure d’audience ne sont déposés qu’après votre acceptation.',
      'Ces données sont traitées sur la base de votre accord.',
      'Nous sommes tenus par la loi de conserver vos factures.',
    ];
    const misses = [
      'Vous acceptez que nous vous contactions par téléphone.',
      'L’utilisateur accepte que le site soit mis à jour.',
      'Après acceptation de votre candidature, nous vous contacterons.',
    ];
    for (const text of given) assert.notEqual(await statusOf(text, 'legal_basis'), 'missing', `should name a basis: ${text}`);
    for (const text of misses) assert.equal(await statusOf(text, 'legal_basis'), 'missing', `should name no basis: ${text}`);
  });
});

describe('French: CNIL notices, data needed for, Québec officer and transfers, a law quoted by its date (reqb11)', () => {
  it('purposes: "traitement informatique destiné à", "nécessaires au traitement", "indispensables pour"', async () => {
    await battery('purposes', [
      'Les informations recueillies font l’objet d’un traitement informatique destiné à la gestion des adhérents.',
      'Ces données sont nécessaires au suivi de votre dossier.',
      'Ces informations sont indispensables pour l’expédition de votre colis.',
    ], [
      'Le fichier est hébergé chez notre prestataire.',
      'Ce traitement informatique est déclaré.',
    ]);
  });
  it('dpo: Québec’s "responsable de la protection des renseignements personnels" with an address', async () => {
    await battery('dpo_contact', [
      'Notre responsable de la protection des renseignements personnels peut être joint à vieprivee@lerucher-coop.ca.',
    ], [
      'Pour toute question sur vos renseignements personnels, écrivez à info@lerucher-coop.ca.',
    ]);
  });
  it('transfers: data kept outside Québec or Canada; not a delivery area', async () => {
    await battery('third_country_transfers', [
      'Nos sous-traitants peuvent conserver vos renseignements en dehors du Québec.',
      'Certaines données sont hébergées hors du Canada.',
    ], [
      'Nous expédions nos produits en dehors du Canada.',
    ]);
  });
  it('legal basis: the data-protection law quoted with its date is none', async () => {
    assert.equal(await statusOf('Nous respectons les dispositions légales de la loi du 8 décembre 1992 relative à la protection de la vie privée.', 'legal_basis'), 'missing');
  });
});

describe('French: the Swiss access wording, the interest given as an infinitive or what the means allow (reqb11)', () => {
  it('access: "des informations sur les données que nous sauvegardons", "demander si des données vous concernant sont traitées"', async () => {
    await battery('right_access', [
      'Vous avez le droit d’obtenir des informations sur vos données enregistrées.',
      'Vous pouvez demander si des données vous concernant sont traitées et lesquelles.',
    ], [
      'Vous trouverez des informations sur les données traitées au chapitre 3.',
      'Nous indiquons ci-dessous si des données sont conservées à l’étranger.',
    ]);
  });
  it('legitimate interests: "l’intérêt légitime du client à faire valoir ses droits", "d’intérêt légitime, permettent de"', async () => {
    await battery('legitimate_interests', [
      'Le traitement est fondé sur l’intérêt légitime du client à faire valoir ses droits.',
      'Ces cookies, d’intérêt légitime, permettent de maintenir la session utilisateur.',
    ], [
      'Nous pouvons traiter vos données sur la base de notre intérêt légitime.',
    ]);
  });
});

describe('French: erasure as removal of the data, withdrawal as managing cookie preferences (reqb11)', () => {
  it('erasure: "les supprimer sur demande", "un droit de retrait des données", "retirer les informations vous concernant"; not consent withdrawn', async () => {
    await battery('right_erasure', [
      'Nous pouvons les supprimer sur demande.',
      'Vous disposez d’un droit d’accès, de rectification et de retrait des données personnelles communiquées.',
      'Vous pouvez retirer les informations vous concernant.',
    ], [
      'Vous pouvez retirer votre consentement à tout moment.',
      'Nous retirons les produits défectueux de la vente.',
    ]);
  });
  it('withdrawal: "à tout moment gérer vos préférences ou refuser les cookies via le bandeau"; not the browser’s or the site’s own settings', async () => {
    const consent = 'Nous utilisons des cookies avec votre consentement. ';
    assert.equal(await statusOf(`${consent}Vous pouvez à tout moment gérer vos préférences ou refuser les cookies non essentiels via le bandeau.`, 'right_withdraw_consent'), 'met');
    assert.equal(await statusOf(`${consent}Nous gérons les paramètres techniques du site.`, 'right_withdraw_consent'), 'missing');
    assert.equal(await statusOf(`${consent}Vous pouvez gérer vos préférences de cookies dans les paramètres de votre navigateur.`, 'right_withdraw_consent'), 'missing');
  });
});

describe('French: the right of access as Swiss policies word it (art. 25 LPD)', () => {
  it('information about one’s stored data, asking whether data are processed', async () => {
    await battery('right_access', [
      'Vous avez à tout moment le droit d’obtenir des informations sur vos données enregistrées, leur rectification ou leur suppression.',
      'Vous pouvez recevoir des informations écrites sur les données que nous traitons à votre sujet.',
      'Vous avez le droit de demander si des données vous concernant sont traitées et lesquelles.',
    ], [
      'Nous obtenons des informations sur vos données de navigation par nos prestataires.',
      'Vous pouvez obtenir des informations sur nos services en nous écrivant.',
      'Vous pouvez obtenir des informations sur les cookies dans les paramètres de votre navigateur.',
    ]);
  });
});

describe('French: data asked or required in other words, the CNIL file notice, contacting the authority, portability verbs (reqde12)', () => {
  it('statutory: "il vous sera demandé votre nom", "nécessite la fourniture de", "… et sont obligatoires pour", "libre de ne pas répondre"', async () => {
    await battery('statutory_contractual_requirement', [
      'Les données sont communiquées directement par la personne et sont obligatoires pour la gestion des adhésions.',
      'Pour vous inscrire, il vous sera demandé votre nom et votre adresse e-mail.',
      "L'inscription nécessite la fourniture de votre adresse e-mail.",
      'Vous êtes libre de ne pas répondre.',
    ], [
      'Le port du masque est obligatoire pour accéder aux locaux.',
      'Il vous est demandé de respecter la charte.',
      "Le traitement de vos données est nécessaire à l'exécution du contrat.",
    ]);
  });
  it('purposes: "enregistrées dans un fichier informatisé par … pour …", not "pour une durée de"', async () => {
    await battery('purposes', [
      "Les informations recueillies sur ce formulaire sont enregistrées dans un fichier informatisé par l'association pour la gestion de ses membres.",
    ], [
      'Les données sont enregistrées dans un fichier informatisé pour une durée de trois ans.',
    ]);
  });
  it('complaint: told to contact the authority; an "instance de contrôle"; not its address alone or a complaint to us', async () => {
    await battery('right_complaint', [
      'Si vous estimez que vos droits ne sont pas respectés, vous pouvez contacter la CNIL.',
      "En cas de litige, merci de contacter l'autorité de supervision compétente, à savoir la Commission Nationale Informatique et Libertés (CNIL).",
      'Tu as le droit de saisir une instance de contrôle si tu juges que le CEF ne traite pas tes données comme convenu.',
    ], [
      'Pour contacter la CNIL : 3 place de Fontenoy, Paris.',
      'Vous pouvez nous contacter pour toute réclamation.',
    ]);
  });
  it('portability: "récupérer/exporter vos données", "transfert de vos données à un autre prestataire"; not our own transfer', async () => {
    await battery('right_portability', [
      'Vous pouvez récupérer vos données.',
      'Vous pouvez exporter vos données à tout moment.',
      'Vous pouvez demander le transfert de vos données à un autre prestataire.',
    ], [
      'Nous pouvons transférer vos données à un autre prestataire en cas de fusion.',
    ]);
  });
});

describe('French: the moderation clause is no legal basis; a deletion noun with its delay is retention (reqde12)', () => {
  it('legal_basis: "non conforme aux dispositions légales" describes content, not a basis', async () => {
    await battery('legal_basis', [], [
      "Tout contenu émis par l'intermédiaire de l'espace contact et non conforme aux dispositions légales et réglementaires en vigueur pourra être supprimé.",
      'Tout message contraire aux dispositions légales sera retiré.',
    ]);
  });
  it('retention: "l\'effacement automatique de ces données au plus tard après 24h"; not a confirmation', async () => {
    await battery('retention', [
      "Nous veillons à l'effacement automatique de ces données au plus tard après 24h.",
      'La suppression des données intervient dans un délai de 30 jours.',
    ], [
      'La suppression de vos données vous sera confirmée par écrit.',
    ]);
  });
});

describe('French: purposes with the agent between, "dans le seul but de", an active "dans le cadre de" (reqde12)', () => {
  it('purposes', async () => {
    await battery('purposes', [
      "Ces données sont utilisées exclusivement par l'association pour l'organisation des sorties.",
      'Les informations que vous nous communiquez sont utilisées par nos services pour le traitement de votre demande.',
      'Nous recueillons ces informations dans le seul but de traiter votre commande.',
      'Nous utilisons ces informations dans le cadre de la relation commerciale.',
    ], [
      'Les informations sont exclusivement réservées à l\'usage de l\'association.',
      'Les cookies sont déposés sur votre terminal pour une durée de 13 mois.',
    ]);
  });
});

describe('French: anonymous contact, an account required or not, a field required, what not giving prevents (reqde12)', () => {
  it('statutory_contractual_requirement', async () => {
    await battery('statutory_contractual_requirement', [
      'Vous pouvez nous contacter de manière anonyme.',
      'Pour passer commande, vous devez créer un compte.',
      "L'utilisation de l'application ne nécessite pas de créer un compte.",
      'Nous ne vous demandons aucune donnée personnelle pour utiliser le site.',
      "Seuls le nom et l'adresse e-mail sont obligatoires.",
      "Votre nom est requis pour l'inscription.",
      "Ces données sont exigées pour l'inscription.",
      'Le fait de ne pas fournir ces informations peut empêcher le traitement de votre demande.',
      'Vous avez la possibilité de ne pas renseigner certains champs.',
    ], [
      'Les données sont traitées de manière anonyme.',
      "Vous devez respecter les conditions d'utilisation.",
      'La mention du nom est obligatoire.',
      'Nous ne vous demandons pas de justificatif.',
      'Votre consentement est requis pour les cookies.',
    ]);
  });
});

describe('French: a transfer with the verb active, "traiter des données aux États-Unis" (reqde12)', () => {
  it('third_country_transfers', async () => {
    await battery('third_country_transfers', [
      'Ces prestataires sont susceptibles de traiter des données aux États-Unis.',
      'Nous stockons vos données au Canada.',
    ], [
      'Nous traitons les demandes des clients de Suisse et de France.',
      'Nous traitons vos données avec soin.',
    ]);
  });
});

describe('French: purposes as a result clause (purp12)', () => {
  it('"afin que vous puissiez", "pour que nous puissions"', async () => {
    await battery('purposes', [
      "Nous recueillons ces données afin que vous puissiez participer à l'étude.",
      'Nous conservons votre adresse pour que nous puissions vous répondre.',
    ], ['Nous ne vendons pas vos données.', 'Nous respectons la loi.']);
  });
});

describe('French: purposes listed as activities under a purposes heading (purp12)', () => {
  it('"la tenue de la liste des membres", "encaisser les cotisations" under "Pourquoi …"', async () => {
    await battery('purposes', [
      "## À quoi servent vos données ?\n\n- la tenue de la liste des membres\n- l'encaissement des cotisations\n- l'organisation des entraînements",
      '## Pourquoi utilisons-nous vos données ?\n\n- tenir à jour la liste des membres\n- encaisser les cotisations',
    ], ["## Qui sommes-nous ?\n\n- la tenue de la liste des membres\n- l'encaissement des cotisations"]);
  });
});

describe('French: consent by accepting the form line, with the organisation as subject (purp12)', () => {
  it('"vous acceptez par ailleurs que nous utilisions", "vous convenez et acceptez que le projet puisse recueillir", "a accepté … de recevoir"', async () => {
    const given = async (text: string): Promise<boolean> => ['met', 'partial'].includes(await statusOf(text, 'legal_basis'));
    for (const text of [
      'En remplissant le formulaire de contact, vous convenez et acceptez que le projet puisse recueillir, traiter et utiliser les données personnelles transmises.',
      'En soumettant le formulaire, vous acceptez par ailleurs que nous utilisions vos données personnelles pour vous contacter.',
      "Dans l'hypothèse où l'utilisateur a accepté, en remplissant un formulaire, de recevoir par email des informations.",
    ]) assert.ok(await given(text), text);
    for (const text of ["Vous acceptez les conditions générales d'utilisation.", "Si vous n'acceptez pas que nous utilisions vos données, n'utilisez pas le site."]) assert.ok(!(await given(text)), text);
  });
});

describe('French: purposes in further everyday wordings (reqfr14)', () => {
  it('"servent uniquement à vous envoyer", "ne servent qu’au", "le but … est de", "permettent la gestion de", "avons besoin de … pour", "recours à … pour", data kept or analysed for a purpose', async () => {
    await battery('purposes', [
      "Nous utilisons l'adresse e-mail que vous fournissez pour vous envoyer des informations.",
      'Elles servent uniquement à vous envoyer les actualités.',
      "Vos données ne servent qu'au traitement de votre demande.",
      'Votre numéro de téléphone nous sert à vous joindre en cas de besoin.',
      "Nous avons recours à Google Analytics pour mesurer l'audience de notre site.",
      'Le but de la collecte est de vous permettre de vous inscrire.',
      "Le seul but est l'exploitation technique du site.",
      'Ces journaux permettent la gestion technique du site.',
      'Nous conservons votre adresse pour vous livrer.',
      'Nous avons besoin de ces données pour exécuter votre commande.',
      'Vos données de navigation sont analysées pour améliorer le site.',
      'Ces informations sont enregistrées dans notre fichier clients pour le suivi de la relation commerciale.',
      'Pour que nos communications soient ciblées et pertinentes, nous analysons vos préférences.',
      'Nous utilisons Matomo pour nous aider à améliorer le site.',
    ], [
      'Nous conservons vos données pour une durée de trois ans.',
      'Vos données sont conservées pour 3 ans.',
      'Vos données sont enregistrées pour une période de 5 ans.',
      'Nous conservons vos données pour le temps nécessaire à la réalisation de la prestation.',
      'Le but de la présente politique est de vous expliquer comment nous protégeons vos données.',
      "Le RGPD vous permet l'accès à vos données.",
      'Nous avons recours à un hébergeur situé en France.',
      'Les données sont stockées sur des serveurs situés en France.',
      'Nous conservons les données strictement nécessaires à notre activité.',
    ]);
  });
  it('activities joined or about something under a purposes heading: "Traitement et expédition des commandes", "Communication liée à votre commande"', async () => {
    await battery('purposes', [
      '## Finalités\n\n- Traitement et expédition des commandes\n- Communication liée à votre commande\n- Respect des obligations légales et comptables',
      '## Finalités et bases légales\n\n- Traitement et expédition des commandes — Base légale : exécution du contrat\n- Communication liée à votre commande — Base légale : exécution du contrat',
    ], ['## Qui sommes-nous ?\n\n- Traitement et expédition des commandes\n- Communication liée à votre commande']);
  });
});

describe('French: a legal duty given as the reason for a retention period is no legal basis (reqfr14)', () => {
  it('"conservées pendant … ainsi que pour répondre à nos obligations légales", "durées de conservation … obligations légales"; keeping or processing for a legal duty still is', async () => {
    const given = async (text: string): Promise<boolean> => ['met', 'partial'].includes(await statusOf(text, 'legal_basis'));
    for (const text of [
      'Nous traitons vos données pour respecter nos obligations légales.',
      "Le traitement est nécessaire au respect d'une obligation légale.",
      'Vos factures sont traitées afin de satisfaire à nos obligations comptables et fiscales.',
      'Nous conservons vos factures pour respecter nos obligations légales.',
    ]) assert.ok(await given(text), text);
    for (const text of [
      'Vos données sont conservées pendant le temps nécessaire à la gestion de votre demande, ainsi que pour répondre à nos obligations légales (comptabilité).',
      'Les durées de conservation tiennent compte de nos obligations légales et fiscales.',
    ]) assert.ok(!(await given(text)), text);
  });
});

describe('French: a person’s age after the noun is no retention period (reqfr14)', () => {
  it('"des données de personnes de moins de 13 ans … nous les supprimons"; a period for members’ data still is', async () => {
    await battery('retention', ['Les données des membres sont conservées 3 ans après la fin de l’adhésion.', 'Les données des participants sont conservées pendant 5 ans.'], [
      'Si nous avons collecté des données de personnes de moins de 13 ans, nous les supprimons.',
      'Si nous apprenons que nous avons collecté des données d’utilisateurs de moins de 15 ans sans le consentement parental, nous prenons des mesures pour supprimer ces informations.',
    ]);
    const { model } = await parse('Si nous avons collecté des données de personnes de moins de 13 ans, nous les supprimons.');
    assert.deepEqual(model.retention.map((r) => r.duration).filter(Boolean), []);
  });
});

describe('French: transfers in a processors table column and outside the person’s own country (reqfr14)', () => {
  it('"Sous-traitant | Pays destinataire | …", "traitées hors de votre pays de résidence", "ordinateurs situés en dehors de votre état, province, pays"', async () => {
    await battery('third_country_transfers', [
      '## Sous-traitants\n\n| Sous-traitant | Pays destinataire | Traitement réalisé | Garanties |\n|---|---|---|---|\n| Scalingo | France | Hébergeur | lien |',
      '## Sous-traitants\n\n| Sous-traitant | Traitement réalisé | Pays destinataire |\n|---|---|---|\n| Brevo | Envoi d’e-mail | France |',
      'Les données peuvent être traitées hors de votre pays de résidence avec des garanties adaptées.',
      'Cela signifie que ces informations peuvent être transférées à — et maintenues sur — des ordinateurs situés en dehors de votre état, province, pays ou autre juridiction gouvernementale.',
    ], [
      'Le pays destinataire des données est indiqué dans le tableau.',
      'Nous livrons hors de votre pays sur demande.',
      'Vous pouvez exercer vos droits même si vous résidez hors de votre pays d’origine.',
      '## Sous-traitants\n\n| Sous-traitant | Traitement réalisé |\n|---|---|\n| Scalingo | Hébergeur |',
    ]);
  });
});

describe('French: transfers in further wordings (reqfr14)', () => {
  it('"transferts internationaux", "ne sortent pas de l’Union européenne", "sur le territoire français", "à l’international", a country’s protection level', async () => {
    await battery('third_country_transfers', [
      'Les transferts internationaux sont encadrés par des garanties appropriées.',
      'Vos données ne sortent pas de l’Union européenne.',
      'Les données sont hébergées sur le territoire français.',
      'Nous n’effectuons aucun transfert de données à l’international.',
      'Vos données peuvent être transférées à nos sous-traitants situés dans des pays n’offrant pas un niveau de protection équivalent.',
    ], [
      'Les données ne sortent pas du cabinet.',
      'Nous ne transférons pas vos données à des tiers.',
      'Nous envoyons notre lettre d’information à l’international.',
      'Vos données sont stockées sur votre appareil.',
    ]);
  });
});

describe('French: legitimate interests, the holder named at length, the condition of the right to object (reqfr14)', () => {
  it('"l’intérêt légitime du Centre Équestre du Grand Vignoble à gérer …" gives the interest; "lorsque ce traitement est basé sur des intérêts légitimes" relies on none', async () => {
    assert.equal(await statusOf("Le traitement repose sur votre consentement et sur l'intérêt légitime du Centre Équestre du Grand Vignoble à gérer ses relations avec ses clients.", 'legitimate_interests'), 'met');
    assert.equal(await statusOf('Le traitement est fondé sur notre intérêt légitime à assurer la sécurité du site.', 'legitimate_interests'), 'met');
    assert.equal(await statusOf('Le traitement repose sur notre intérêt légitime, votre consentement à recevoir nos offres étant recueilli séparément.', 'legitimate_interests'), 'missing');
    for (const text of [
      '## Vos droits\n\nVous opposer au traitement de vos données : lorsque ce traitement est basé sur des intérêts légitimes.',
      'Vous pouvez vous opposer au traitement lorsque celui-ci est fondé sur notre intérêt légitime.',
    ]) assert.equal(await statusOf(text, 'legitimate_interests'), 'not_applicable', text);
  });
  it('"l’intérêt légitime de notre entreprise" names the holder, not the interest', async () => {
    const { model } = await parse("Nous traitons les catégories suivantes de données lorsque nous pensons que cela favorise l'intérêt légitime de notre entreprise :\n\n- adresse IP\n- identifiants");
    assert.ok(!model.legitimateInterests.some((i) => /entreprise/u.test(i.label)), JSON.stringify(model.legitimateInterests));
  });
});

describe('French: what the legitimate interest is (reqfr14)', () => {
  it('"Notre intérêt légitime est d’assurer …"; not "L’intérêt légitime est une base légale", nor the bare basis', async () => {
    assert.equal(await statusOf("Notre intérêt légitime est d'assurer le bon fonctionnement du site.", 'legitimate_interests'), 'met');
    assert.equal(await statusOf("L'intérêt légitime est une base légale prévue par le RGPD.", 'legitimate_interests'), 'missing');
    assert.equal(await statusOf('Le traitement est fondé sur notre intérêt légitime.', 'legitimate_interests'), 'missing');
  });
});

describe('French: portability as the transmission to another controller, noun or passive (reqfr14)', () => {
  it('"la transmission de vos données à un autre responsable", "soient transférées à un autre responsable"; not our own transfers', async () => {
    await battery('right_portability', [
      'Vous pouvez demander la transmission de vos données à un autre responsable de traitement.',
      'Vous avez le droit de demander que vos données soient transférées à un autre responsable.',
    ], ['Nous pouvons transmettre vos données à un tiers.', 'Le responsable peut procéder au transfert de vos données à un autre responsable en cas de fusion.']);
  });
});

describe('French: kept until the purpose is achieved is vague (reqfr14)', () => {
  it('"jusqu’à la réalisation de la finalité" is as vague as "as long as necessary"; "jusqu’à la fin de votre adhésion" is a criterion', async () => {
    await battery('retention', ["Les données sont conservées jusqu'à la fin de votre adhésion.", "Les données sont conservées jusqu'à la réalisation de la prestation."], [
      "Les données seront conservées jusqu'à la réalisation de la finalité.",
      "Les données seront conservées jusqu'à l'accomplissement des finalités pour lesquelles elles ont été collectées.",
    ]);
  });
});

describe('French: managing orders is a purpose, the contractual relationship’s duration a retention criterion, not a contract basis (reqfr14)', () => {
  it('"la gestion des commandes", "pendant la durée de la relation contractuelle" name no basis; "l’exécution de votre commande", a basis label still do', async () => {
    const given = async (text: string): Promise<boolean> => ['met', 'partial'].includes(await statusOf(text, 'legal_basis'));
    for (const text of [
      'Nous utilisons vos données pour l’exécution de votre commande.',
      'Vos données sont utilisées pour la gestion de la relation contractuelle.',
      '## Finalités et bases légales\n\n- Gestion des commandes — Base légale : exécution du contrat',
    ]) assert.ok(await given(text), text);
    for (const text of [
      'Vos données servent à la gestion des commandes et à la livraison.',
      'Les données sont utilisées pour le suivi et la gestion de votre commande.',
      'Nous conservons vos données pendant la durée de la relation contractuelle.',
    ]) assert.ok(!(await given(text)), text);
  });
});

describe('French: purposes as what audience cookies measure, data useful for a purpose (reqfr14)', () => {
  it('"Ces cookies mesurent l’audience du site", "Les informations collectées nous sont utiles pour traiter votre demande"', async () => {
    await battery('purposes', ["Ces cookies mesurent l'audience du site.", 'Les informations collectées nous sont utiles pour traiter votre demande.'], [
      'Nous prenons des mesures pour protéger vos données.',
      'Les données sont utiles.',
      'Les informations que vous nous transmettez sont destinées exclusivement à l’association.',
    ]);
  });
});

describe('French: a table column of purposes headed otherwise (reqfr14)', () => {
  it('"Utilisation", "But", "Raison de la collecte", a register’s "Traitement" column; not a table without one', async () => {
    await battery('purposes', [
      '## Traitements réalisés\n\n| Traitement | Données | Base légale | Durée |\n|---|---|---|---|\n| Gestion des commandes | Nom, adresse | Contrat | 3 ans |',
      '## Données collectées\n\n| Données | Utilisation | Durée |\n|---|---|---|\n| E-mail | Envoi de la newsletter | 3 ans |',
      '## Données collectées\n\n| Données | But | Durée |\n|---|---|---|\n| E-mail | Envoi de la newsletter | 3 ans |',
      '## Données collectées\n\n| Catégorie | Raison de la collecte |\n|---|---|\n| E-mail | Envoi de la newsletter |',
    ], ['## Données collectées\n\n| Catégorie | Durée |\n|---|---|\n| E-mail | 3 ans |']);
  });
});

describe('French: the legal basis as an item of the right of access, or a question, names none (reqfr14)', () => {
  it('"des informations sur les finalités, la base légale du traitement …", "Quelle est la base légale du traitement ?"; a basis stated still is', async () => {
    const given = async (text: string): Promise<boolean> => ['met', 'partial'].includes(await statusOf(text, 'legal_basis'));
    for (const text of ['La base légale du traitement est votre consentement.', 'La base juridique de ce traitement repose sur notre intérêt légitime.']) assert.ok(await given(text), text);
    for (const text of [
      "Vous avez le droit d'obtenir des informations sur les finalités, la base légale du traitement et les destinataires.",
      "Droit d'accès : vous pouvez obtenir la confirmation que vos données sont traitées, ainsi que les finalités et la base juridique du traitement.",
      'Quelle est la base légale du traitement ?',
    ]) assert.ok(!(await given(text)), text);
  });
});

describe('French: transfers to other countries or a foreign one, a location label (reqfr14)', () => {
  it('"stockées … dans d’autres pays que le vôtre", "situés dans un pays étranger", "Localisation prestataire : États-Unis"; not a delivery or "situés dans un pays."', async () => {
    await battery('third_country_transfers', [
      "Vos informations peuvent être stockées dans des ordinateurs situés dans d'autres pays que le vôtre.",
      "Vos données peuvent être traitées dans d'autres pays.",
      'Nos prestataires peuvent être situés dans un pays étranger.',
      'Localisation prestataire : États-Unis',
    ], [
      "Nous livrons dans d'autres pays.",
      'Nous livrons dans les pays étrangers.',
      'Nos adhérents viennent de plusieurs pays.',
      "Il contient les produits qu'il a ajoutés, produits éventuellement situés dans un pays.",
    ]);
  });
});

describe('French: the withdrawal right with the time between commas (reqfr14)', () => {
  it('"le droit de retirer, à tout moment, votre consentement"', async () => {
    assert.equal(await statusOf('## Vos droits\n\nVous avez le droit de retirer, à tout moment, votre consentement.', 'right_withdraw_consent'), 'met');
  });
});

describe('French: legitimate interests, a purpose clause that only protects the basis, a gerund, a reason given (li15)', () => {
  it('the reason after the basis is the interest; the basis as object of "protéger", the GDPR formula and a manner are not', async () => {
    await battery('legitimate_interests', [
      'Nous collectons ces journaux pour notre intérêt légitime car ces journaux permettent la gestion technique du site.',
      'Le traitement est fondé sur notre intérêt légitime, parce que nous devons sécuriser nos services.',
      'Nous traitons vos données sur la base de notre intérêt légitime à prévenir la fraude.',
      'Les données sont utilisées sur le fondement de l’intérêt légitime de l’association pour assurer la gestion de ses membres.',
      'Le traitement est fondé sur notre intérêt légitime (sécurité du site).',
    ], [
      'Nous pouvons traiter vos données lorsque cela est nécessaire aux fins de nos intérêts légitimes.',
      'Le traitement repose sur notre intérêt légitime. Nous avons évalué ces intérêts légitimes en équilibrant les besoins de notre entreprise contre vos droits.',
      'Le traitement est fondé sur notre intérêt légitime car la loi le permet.',
      'Le traitement repose sur notre intérêt légitime. Nous pouvons divulguer vos données afin de défendre nos droits et intérêts légitimes.',
    ]);
  });
  it('protecting one’s legitimate interests is a purpose, not the basis relied on', async () => {
    for (const text of [
      'Nous conservons vos données pour protéger nos intérêts légitimes.',
      'Nous pouvons divulguer vos données afin de défendre nos droits et intérêts légitimes.',
    ]) assert.equal(await statusOf(text, 'legitimate_interests'), 'not_applicable', text);
  });
});

describe('French: legitimate interests, "qui sont de …" and a pronoun that names nothing (li15)', () => {
  it('the interest after "…, qui est/sont de"; "à le faire" names none', async () => {
    await battery('legitimate_interests', [
      'Nous traitons vos données sur la base de nos intérêts légitimes, qui sont de vous fournir nos services et de les améliorer.',
      'Le traitement repose sur notre intérêt légitime, qui est de garantir la sécurité du site.',
      'Nous avons un intérêt légitime à les informer de nos nouveautés.',
    ], [
      'Nous pouvons traiter vos données personnelles lorsque nous avons un intérêt légitime à le faire.',
      'Nous traitons vos données lorsque nous avons un intérêt légitime de les traiter.',
      'Nos intérêts légitimes, qui sont décrits ci-dessous, justifient ce traitement.',
    ]);
  });
});

describe('French: legitimate interests, a purpose as the head of the sentence before a colon (li15)', () => {
  it('"Prospection commerciale : … intérêt légitime"; not a basis label or a mere "Important :"', async () => {
    await battery('legitimate_interests', [
      'Prospection commerciale : ce traitement est fondé sur notre intérêt légitime.',
      'Gestion de la sécurité du site : intérêt légitime de l’éditeur.',
    ], [
      'Important : nous pouvons traiter vos données sur la base de notre intérêt légitime.',
      'Fondement juridique : intérêt légitime de l’éditeur.',
      'Base légale : intérêt légitime',
    ]);
  });
});

/**
 * Recipients as small-site policies name them, and the near misses beside them: a street cut from its number by the
 * end of a sentence, a cookie category in Title Case, the initials of an organisation in brackets, a British
 * postcode, a compound cut short ("Meta- und …"), a sentence the splitter left whole, a tool a list links to its own
 * site, a service in brackets after the participle that introduces it. Every case is a general wording, reworded.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { buildDocument } from '../src/document/index.js';
import { ExtractContext } from '../src/extract/context.js';
import { extractRecipients } from '../src/extract/recipients.js';
import { detectLanguage } from '../src/document/language.js';
import type { Language } from '../src/model/types.js';

/** The names of the non-category recipients, as the evaluation scores them. */
async function named(text: string, language: Language): Promise<string[]> {
  const doc = await buildDocument({ path: 'policy', text, format: 'markdown', encoding: 'utf-8' }, { language });
  return extractRecipients(new ExtractContext(doc)).filter((r) => r.kind !== 'category').map((r) => r.name);
}

describe('recipients: addresses and postcodes are no names', () => {
  it('de: a street written as one word after the host is no recipient, even where its number falls in the next sentence', async () => {
    const text = ['## Hosting', '', 'Unser Hoster ist die Webhaus Nord GmbH, Lindenstr. 12, 20095 Hamburg.', '', 'Unser Hoster ist die Hetzner Online GmbH, Industriestr.', ''].join('\n');
    assert.deepEqual(await named(text, 'de'), ['Webhaus Nord', 'Hetzner']);
  });

  it('de: a name that merely ends like a street stays a name when no number or stop follows it', async () => {
    const text = ['## Empfänger', '', 'Wir arbeiten mit der Hellweg Logistik GmbH zusammen, die Ihre Bestellungen ausliefert.', ''].join('\n');
    assert.deepEqual(await named(text, 'de'), ['Hellweg Logistik']);
  });

  it('en: a British postcode and the possessive place name before it are part of the address', async () => {
    const text = [
      '## Maps',
      '',
      'When the map loads, your browser connects to the servers of the OpenStreetMap Foundation (OSMF), St Mary’s Business Park, Station Road, Cambridge, CB4 2HY, United Kingdom.',
      '',
      // The initials alone, later: the same organisation, no second recipient.
      'The search box also uses services by OSMF.',
      '',
    ].join('\n');
    assert.deepEqual(await named(text, 'en'), ['OpenStreetMap']);
  });

  it('en: initials in brackets after an organisation the registry does not know are kept as its abbreviation', async () => {
    const text = ['## Who receives your data', '', 'We share your membership number with the Northern Rowing Association (NRA).', ''].join('\n');
    assert.deepEqual(await named(text, 'en'), ['Northern Rowing Association']);
  });
});

describe('recipients: labels and ordinary words are no names', () => {
  it('en: cookie categories in Title Case, hyphenated or not, are labels, and the provider beside them is named', async () => {
    const text = [
      '## Cookies and similar technologies',
      '',
      'We group the technologies we use as follows:',
      '',
      '- **Operationally Necessary.** These let you sign in and keep the site secure.',
      '- **Performance-Related.** These help us see how the site performs; the statistics are provided by Matomo Cloud.',
      '',
    ].join('\n');
    assert.deepEqual(await named(text, 'en'), ['Matomo Cloud']);
  });

  it('nl: a cookie category item set off in bold is a label', async () => {
    const text = ['## Cookies', '', 'Wij gebruiken de volgende cookies:', '', '- **Noodzakelijk** — onthoudt je cookievoorkeuren', '- **Analytisch** — telt bezoeken; hiervoor gebruiken wij Plausible', ''].join('\n');
    assert.deepEqual(await named(text, 'nl'), ['Plausible']);
  });

  it('de: the first half of a compound whose ending follows later is no brand ("Meta- und Kommunikationsdaten")', async () => {
    const text = ['## Hosting', '', 'Unser Hoster verarbeitet Bestandsdaten, Nutzungsdaten, Meta- und Kommunikationsdaten der Besucher.', ''].join('\n');
    assert.deepEqual(await named(text, 'de'), []);
    // Written as the company, it is one.
    const company = ['## Soziale Netzwerke', '', 'Wir geben Ihre Daten an Meta weiter, wenn Sie den Button anklicken.', ''].join('\n');
    assert.deepEqual(await named(company, 'de'), ['Meta']);
  });

  it('en: a capitalised word after a full stop the splitter kept inside the sentence opens a sentence, no name', async () => {
    const text = [
      '## Hosting providers',
      '',
      'Role: processor',
      'The law requires a written agreement with every organisation that processes data for us. Consequently, we have signed a data processing agreement with Amazon Web Services.',
      '',
    ].join('\n');
    assert.deepEqual(await named(text, 'en'), ['Amazon Web Services']);
  });

  it('en: the operator written after the service ("Mailgun Technologies, Inc.") adds no recipient', async () => {
    const text = ['## E-mail', '', 'We send e-mails with Mailgun.', '', 'Mailgun Technologies, Inc. handles the messages for us ([mailgun.com/privacy](https://www.mailgun.com/privacy)).', ''].join('\n');
    assert.deepEqual(await named(text, 'en'), ['Mailgun']);
  });
});

describe('recipients: tools a list links to, and services in brackets', () => {
  it('en: a one-word tool the list links to its own site is named; a plain word in the same list is not', async () => {
    const text = [
      '# Subprocessors',
      '',
      'We use the following subprocessors:',
      '',
      '* [Bugwatch](https://bugwatch.example/privacy). Error monitoring.',
      '* [Leadfinder](https://www.leadfinder.example/legal). Marketing analytics.',
      '* Consultants. Help with our tax return.',
      '',
    ].join('\n');
    assert.deepEqual(await named(text, 'en'), ['Bugwatch', 'Leadfinder']);
  });

  it('en: a one-word item that links elsewhere is not taken', async () => {
    const text = ['# Subprocessors', '', 'We use the following subprocessors:', '', '* [Successors](https://example.org/merger-policy). In case of a merger.', ''].join('\n');
    assert.deepEqual(await named(text, 'en'), []);
  });

  it('de, en, nl, fr: a service in brackets right after the participle that introduces it', async () => {
    assert.deepEqual(await named('Für Kommentare wird ein externer Dienst genutzt ([Disqus](https://disqus.com)).\n', 'de'), ['Disqus']);
    assert.deepEqual(await named('For comments a third-party service is used (Disqus).\n', 'en'), ['Disqus']);
    assert.deepEqual(await named('Voor reacties wordt een externe dienst gebruikt (Disqus).\n', 'nl'), ['Disqus']);
    assert.deepEqual(await named('Pour les commentaires, un service externe est utilisé (Disqus).\n', 'fr'), ['Disqus']);
    // Named as something the reader may use, the bracket names nobody.
    assert.deepEqual(await named('Sie können Ihren Browser (Firefox) so einstellen, dass keine Cookies gespeichert werden.\n', 'de'), []);
  });

  it('de: a font embedded with the separable verb, written in the singular, is the registry service', async () => {
    const text = ['## Schriftarten', '', 'Wir binden eine Schriftart („Google Font“) des Anbieters Google LLC ein.', ''].join('\n');
    assert.deepEqual(await named(text, 'de'), ['Google Fonts']);
  });
});

describe('recipients: French sections and cues', () => {
  it('fr: label lines under "Services que nous utilisons" name each service', async () => {
    const text = ['## Services que nous utilisons', '', '- Paiements : Payplug', '- E-mails : Mailjet', '- Mesure d’audience : Matomo Cloud', ''].join('\n');
    assert.deepEqual(await named(text, 'fr'), ['PayPlug', 'Mailjet', 'Matomo Cloud']);
  });

  it('fr: the same lines under a heading about something else name nobody', async () => {
    const text = ['## Moyens de paiement acceptés en boutique', '', '- Paiements : Payplug', ''].join('\n');
    assert.deepEqual(await named(text, 'fr'), []);
  });

  it('fr: "se fait via", "notre logiciel de gestion" and "l’outil" introduce a name the registry does not know', async () => {
    const text = [
      'La prise de rendez-vous en ligne se fait via Rendivo.',
      '',
      'Vos coordonnées sont enregistrées dans notre logiciel de gestion Kalizea.',
      '',
      'Pour la mesure d’audience, nous utilisons l’outil Statotron.',
      '',
    ].join('\n');
    assert.deepEqual(await named(text, 'fr'), ['Rendivo', 'Kalizea', 'Statotron']);
  });

  it('fr: whoever made the site is no recipient; whoever hosts it or takes payments is', async () => {
    const text = 'Le site a été réalisé par Fabien Dupont. Le site est hébergé par Gandi SAS. Les paiements sont réalisés par Payplug.\n';
    assert.deepEqual(await named(text, 'fr'), ['Gandi', 'PayPlug']);
  });

  it('fr: "recours au prestataire X" and "par le service X" introduce a name', async () => {
    const text = 'Nous avons recours au prestataire Calendovia pour les rendez-vous. Les messages du formulaire transitent par le service Formulo.\n';
    assert.deepEqual(await named(text, 'fr'), ['Calendovia', 'Formulo']);
  });

  it('fr: an app "disponible sur la plateforme X" names no recipient', async () => {
    assert.deepEqual(await named('Nos applications sont disponibles sur la plateforme Google Play.\n', 'fr'), []);
  });

  it('fr: a name in brackets after links to other sites is an example of a link, no recipient', async () => {
    const text = 'Notre site peut contenir des liens vers des sites ou services tiers (par exemple Vimeo, Carto Atelier, réseaux sociaux).\n';
    assert.deepEqual(await named(text, 'fr'), []);
  });
});

describe('recipients: a page of label lines with web addresses', () => {
  it('fr: the domains of the providers vote for no language, so the page reads as French', async () => {
    const text = [
      '### Base de données',
      '- **Fournisseur** : [Neonbase.com](https://neonbase.com)',
      '- **Contact** : [support@neonbase.com](mailto:support@neonbase.com)',
      '### Hébergement du serveur',
      '- **Fournisseur** : [Rendora.com](https://rendora.com)',
      '- **Siège social** : Rendora.com, San Francisco',
      '### Hébergement du site',
      '- **Fournisseur** : [Vercel.com](https://vercel.com)',
      '- **Conditions générales** : [CGU Vercel](https://vercel.com/legal)',
      '',
    ].join('\n');
    assert.equal(detectLanguage(text).language, 'fr');
    // Before, the "com" of each address counted as Portuguese.
    assert.equal(detectLanguage('vercel.com neonbase.com rendora.com et la').language, 'fr');
  });
});

describe('recipients: provider lines with addresses', () => {
  it('fr: "Fournisseur :" lines name the provider, and its contact address does not make it the controller', async () => {
    const text = [
      '# Mentions légales',
      '',
      'Éditeur : Association Les Amis du Vélo, contact@amisduvelo.fr',
      '',
      '### Hébergement du site',
      '- **Fournisseur** : [Vercel.com](https://vercel.com)',
      '- **Contact** : [privacy@vercel.com](mailto:privacy@vercel.com)',
      '',
    ].join('\n');
    assert.deepEqual(await named(text, 'fr'), ['Vercel']);
  });

  it('de: a town after its postcode is no recipient; the host before the address is (registry spelling)', async () => {
    const text = ['## Hosting', '', 'Diese Website wird bei All-Inkl.com (Neue Medien Münnich, Hauptstraße 68, 02742 Friedersdorf) gehostet.', ''].join('\n');
    assert.deepEqual(await named(text, 'de'), ['ALL-INKL.COM']);
  });

  it('de, en: "the owner of this website" in a cookie table\'s provider column is the controller, no recipient', async () => {
    const de = ['## Cookies', '', '| Cookie | Anbieter | Zweck |', '|---|---|---|', '| consent | Eigentümer dieser Website | Einwilligung |', '| _pk_id | Matomo Cloud | Statistik |', ''].join('\n');
    assert.deepEqual(await named(de, 'de'), ['Matomo Cloud']);
    const en = ['## Cookies', '', '| Cookie | Provider | Purpose |', '|---|---|---|', '| consent | Owner of this website | Consent |', ''].join('\n');
    assert.deepEqual(await named(en, 'en'), []);
  });
});

describe('recipients: lines labelled with a role', () => {
  it('en: "Hosting provider:", "Newsletter provider:" and "Payment processor:" lines name who follows', async () => {
    const text = [
      '## Services',
      '',
      'Hosting provider: Krystal',
      '',
      'Newsletter provider: Buttondown',
      '',
      'Payment processor: Square, Inc.',
      '',
    ].join('\n');
    assert.deepEqual(await named(text, 'en'), ['Krystal', 'Buttondown', 'Square']);
  });

  it('en: a role label followed by a sentence, a data word or a category names nobody', async () => {
    const text = ['## Services', '', 'Hosting provider: We host the site ourselves.', '', 'Payment processor: Payment Providers', '', 'Newsletter provider: Email', ''].join('\n');
    assert.deepEqual(await named(text, 'en'), []);
  });

  it('nl, de, fr: the same labels in each language', async () => {
    assert.deepEqual(await named('Hostingpartij: Webreus\n', 'nl'), ['Webreus']);
    const de = ['Verantwortlich ist die Bäckerei Korn GmbH, Mühlenweg 1, 20095 Hamburg.', '', 'Newsletter-Anbieter: Sendbuddy GmbH, Hafenstraße 3, 20457 Hamburg', ''].join('\n');
    assert.deepEqual(await named(de, 'de'), ['Sendbuddy']);
    assert.deepEqual(await named('Prestataire de paiement : Paylibre\n', 'fr'), ['Paylibre']);
  });
});

describe('recipients (de): capitalised common nouns are no names', () => {
  it('de: one word after an article, a word ending like a kind of thing, a capital negation: no name', async () => {
    const text = [
      '## Newsletter',
      '',
      'Die Anmeldung zum Newsletter wird im Double-Opt-In-Verfahren durchgeführt.',
      '',
      'Hierzu analysiert der Dienst das Verhalten des Websitebesuchers anhand verschiedener Merkmale.',
      '',
      'Wir nutzen dafür den Zusatz "anonymizeIp" und verwenden die Schriftart "Inter".',
      '',
      'Für die Bereitstellung nutzen wir Speicherplatz, Rechenkapazität und Software, die wir bei Hetzner mieten.',
      '',
      'Auf dieser Website verwenden wir Elemente des sozialen Netzwerkes Pinterest.',
      '',
      'Ich verwende Nutzerprofile nicht für die Identifizierung einzelner Nutzer.',
      '',
      'Die Schriften werden lokal geladen, NICHT über ein externes Netzwerk.',
      '',
    ].join('\n');
    assert.deepEqual((await named(text, 'de')).sort(), ['Hetzner', 'Pinterest']);
  });

  it('de: a verb at the end cues a name only after its preposition ("über X versendet"), not "ob Profiling durchgeführt wird"', async () => {
    const text = [
      '## Empfänger',
      '',
      'Wir informieren Sie, ob Profiling durchgeführt wird.',
      '',
      'Dadurch kann eine Auswertung des Erfolges oder Misserfolges von Marketing-Kampagnen durchgeführt werden.',
      '',
      'Unser Newsletter wird über Brevoly versendet.',
      '',
      'Die Website wird bei Webhaus Nord gehostet.',
      '',
    ].join('\n');
    assert.deepEqual(await named(text, 'de'), ['Brevoly', 'Webhaus Nord']);
  });

  it('de: a name after an article stays a name with its legal form or its brand spelling', async () => {
    const text = [
      '## Empfänger',
      '',
      'Wir geben Ihre Daten an die Kreidler GmbH weiter.',
      '',
      'Die Zahlungen werden über den Dienst PayFlux abgewickelt, mit dem wir zusammenarbeiten.',
      '',
      'Wir nutzen die WebCloud24 zur Sicherung.',
      '',
    ].join('\n');
    assert.deepEqual(await named(text, 'de'), ['Kreidler', 'PayFlux', 'WebCloud24']);
  });
});

describe('recipients: software the site says it runs itself', () => {
  it('en: a service the policy says it operates itself is no recipient anywhere, a list of tools included', async () => {
    const text = [
      '## Analytics',
      '',
      'We use Matomo to count visits. We operate the Matomo installation ourselves.',
      '',
      '## Tools',
      '',
      'We use the following tools:',
      '',
      '- Matomo',
      '- Mailchimp',
      '',
    ].join('\n');
    assert.deepEqual(await named(text, 'en'), ['Mailchimp']);
  });

  it('en: "without the help of third parties" in the section of the service', async () => {
    const text = ['## Services we use', '', '- Matomo', '- Mailchimp', '', '## Matomo', '', 'Matomo is an analytics software used by this app to analyse data directly without the help of third parties.', ''].join('\n');
    assert.deepEqual(await named(text, 'en'), ['Mailchimp']);
  });

  it('en: running something else ourselves, in a section that does not name the service, leaves it a recipient', async () => {
    const text = [
      '## Analytics',
      '',
      'We use Matomo to count visits.',
      '',
      '## Servers',
      '',
      'We operate our mail server ourselves.',
      '',
    ].join('\n');
    assert.deepEqual(await named(text, 'en'), ['Matomo']);
  });

  it('de, nl, fr: the same in each language', async () => {
    assert.deepEqual(await named('## Statistik\n\nWir verwenden Matomo. Wir betreiben die Matomo-Installation selbst.\n\n## Dienste\n\nWir nutzen Matomo und Mailchimp.\n', 'de'), ['Mailchimp']);
    assert.deepEqual(await named('## Statistieken\n\nWij gebruiken Matomo. Wij draaien Matomo zelf.\n\n## Diensten\n\nWij gebruiken Matomo en Mailchimp.\n', 'nl'), ['Mailchimp']);
    assert.deepEqual(await named('## Statistiques\n\nNous utilisons Matomo, hébergé par nous-mêmes.\n\n## Services\n\nNous utilisons Matomo et Mailchimp.\n', 'fr'), ['Mailchimp']);
  });
});

describe('recipients: a denied enumeration', () => {
  it('en: every name of an enumeration after "do not use ... such as" is denied, not only the first', async () => {
    const text = ['## Analytics', '', 'We do not use third-party analytics SDKs such as Mixpanel, Segment, Amplitude or similar tools.', '', 'We use Plausible for page counts.', ''].join('\n');
    assert.deepEqual(await named(text, 'en'), ['Plausible']);
  });

  it('en: the same enumeration without a negation names every service', async () => {
    const text = ['## Analytics', '', 'We use analytics SDKs such as Mixpanel, Segment, Amplitude and Plausible.', ''].join('\n');
    assert.deepEqual((await named(text, 'en')).sort(), ['Amplitude', 'Mixpanel', 'Plausible', 'Segment']);
  });

  it('fr: "n\'utilise pas d\'outils tels que X" denies X ("tels que" opens no new clause, unlike "ne ... que")', async () => {
    assert.deepEqual(await named("## Analyse\n\nNous n'utilisons pas d'outils d'analyse tels que Google Analytics.\n\nNous utilisons Plausible pour compter les visites.\n", 'fr'), ['Plausible']);
    assert.deepEqual((await named("## Analyse\n\nNous utilisons des outils d'analyse tels que Google Analytics et Plausible.\n", 'fr')).sort(), ['Google Analytics', 'Plausible']);
  });
});

describe('recipients: the reader\'s own account or storage at a service', () => {
  it('en: an account the reader connects or the reader\'s own storage names no recipient', async () => {
    const text = [
      '## Integrations',
      '',
      'We may allow you, at your option, to connect your Gmail account to your account with us.',
      '',
      'When you decide to connect a partner application (for example Spotify), we receive your listening data.',
      '',
      'Your backup is encrypted before it is stored in your own cloud storage (such as iCloud).',
      '',
      'We use Postmark to send e-mails.',
      '',
    ].join('\n');
    assert.deepEqual(await named(text, 'en'), ['Postmark']);
  });

  it('en: the controller connecting to a service, or storing in its own storage at one, still names it', async () => {
    const text = ['## Hosting', '', 'Your browser connects to Cloudflare when you load a page.', '', 'We store backups in our own storage at Backblaze.', ''].join('\n');
    assert.deepEqual(await named(text, 'en'), ['Cloudflare', 'Backblaze']);
  });

  it('nl, de, fr: the reader\'s own cloud storage', async () => {
    assert.deepEqual(await named('## Opslag\n\nDe back-up staat versleuteld in je eigen cloudopslag (zoals iCloud). Wij gebruiken Postmark voor e-mail.\n', 'nl'), ['Postmark']);
    assert.deepEqual(await named('## Speicher\n\nDie Sicherung liegt verschlüsselt in Ihrem eigenen Cloud-Speicher (z. B. iCloud). Wir nutzen Postmark für E-Mails.\n', 'de'), ['Postmark']);
    assert.deepEqual(await named('## Stockage\n\nLa sauvegarde est chiffrée dans votre propre espace de stockage (comme iCloud). Nous utilisons Postmark pour les e-mails.\n', 'fr'), ['Postmark']);
  });
});

describe('recipients: technical terms are no names', () => {
  it('en: security, mail and storage terms in capitals or camel case name nobody, beside the service that does', async () => {
    const text = [
      '## Security',
      '',
      'We use SOC monitoring and CloudFront/WAF logs, and we use Datawell for backups.',
      '',
      'Each service receives only the query (e.g. a film title or ISBN).',
      '',
      'We use SPAM protection by Akismet.',
      '',
      'Settings are stored locally on your device via localStorage.',
      '',
    ].join('\n');
    assert.deepEqual(await named(text, 'en'), ['CloudFront', 'Datawell', 'Akismet']);
  });
});

describe('recipients: more developer, app and publishing services in the registry', () => {
  it('en: services named where they are used', async () => {
    const text = [
      '## Services we use',
      '',
      'We use Clerk, Inc. for sign-in, RevenueCat for in-app purchases, Cloudinary for images and Snyk for security scans.',
      '',
      'Translations are managed on Weblate, shared notes on HackMD, comments run on Giscus and forms are sent to usebasin.com.',
      '',
      'Our feeds are distributed via FeedBurner and Podtrac; ads are served by EthicalAds and Mediavine.',
      '',
      'Our mail is hosted with Posteo and Fastmail, our database with Baserow and our servers with Vultr.',
      '',
    ].join('\n');
    assert.deepEqual((await named(text, 'en')).sort(), ['Baserow', 'Basin', 'Clerk', 'Cloudinary', 'EthicalAds', 'Fastmail', 'FeedBurner', 'Giscus', 'HackMD', 'Mediavine', 'Podtrac', 'Posteo', 'RevenueCat', 'Snyk', 'Vultr', 'Weblate']);
  });

  it('en: the ordinary words among those names name nobody', async () => {
    const text = ['## Services we use', '', 'We share your details with the clerk of the court and the basin authority.', ''].join('\n');
    assert.deepEqual(await named(text, 'en'), []);
  });

  it('nl: a Dutch mail service and a Belgian host', async () => {
    assert.deepEqual((await named('## Verwerkers\n\nWij gebruiken Lettermint voor transactionele e-mail en EasyHost voor de hosting.\n', 'nl')).sort(), ['EasyHost', 'Lettermint']);
  });
});

describe('recipients (en): collected via a tool, collected from a source', () => {
  it('en: data collected via a service are collected by it; data collected from one come from it', async () => {
    assert.deepEqual(await named('## Cookies\n\nOur website uses cookies to collect anonymous usage statistics via Google Analytics.\n', 'en'), ['Google Analytics']);
    assert.deepEqual(await named('## Sources\n\nWe collect your public profile data from LinkedIn when you apply.\n', 'en'), []);
    assert.deepEqual(await named('## Sources\n\nWe receive your booking details via Booking.com.\n', 'en'), []);
  });
});

describe('recipients (nl, de, fr): collected via a tool, collected from a source', () => {
  it('nl, de, fr: "verzameld via", "collectées via" name the tool; "van", "von", "auprès de" a source', async () => {
    assert.deepEqual(await named('## Statistieken\n\nWij verzamelen anonieme statistieken via Matomo Cloud.\n', 'nl'), ['Matomo Cloud']);
    assert.deepEqual(await named('## Bronnen\n\nWij verzamelen uw profielgegevens van LinkedIn.\n', 'nl'), []);
    assert.deepEqual(await named('## Quellen\n\nWir erheben Ihre Profildaten von LinkedIn.\n', 'de'), []);
    assert.deepEqual(await named('## Statistiques\n\nNous collectons des statistiques anonymes via Matomo Cloud.\n', 'fr'), ['Matomo Cloud']);
    assert.deepEqual(await named('## Sources\n\nNous collectons vos données de profil auprès de LinkedIn.\n', 'fr'), []);
  });
});

describe('recipients: a service named only as the title of its data processing terms', () => {
  it('nl, de, en: "Google Ads Data Processing Terms", "Google Cloud / Firebase Data Processing Terms" name no use of the service', async () => {
    assert.deepEqual(await named('## Advertenties\n\nWij gebruiken AdMob. Raadpleeg voor meer informatie de [Google Ads Data Processing Terms](https://example.org/terms).\n', 'nl'), ['Google AdMob']);
    assert.deepEqual(await named('## Hosting\n\nWir nutzen Firebase. Google ist Auftragsverarbeiter auf Grundlage der Google Cloud / Firebase Data Processing Terms.\n', 'de'), ['Firebase']);
    assert.deepEqual(await named('## Hosting\n\nWe use Firebase, under the Google Cloud Data Processing Terms.\n', 'en'), ['Firebase']);
  });

  it('en: a service named as used stays, its terms aside', async () => {
    assert.deepEqual((await named('## Hosting\n\nWe host our data on Google Cloud; see the Google Cloud Data Processing Terms.\n', 'en')), ['Google Cloud']);
  });
});

describe('recipients: the operator in brackets after its service', () => {
  it('nl, fr: "GitHub (Microsoft)", "GitHub Pages (Microsoft/GitHub Inc.)" name the service, not its operator', async () => {
    assert.deepEqual(await named('## Verwerkers\n\nWij gebruiken GitHub (Microsoft) voor de hosting van de website.\n', 'nl'), ['GitHub']);
    assert.deepEqual(await named("## Hébergement\n\nLe site est hébergé par **GitHub Pages** (Microsoft/GitHub Inc.).\n", 'fr'), ['GitHub Pages']);
  });

  it('en, fr: a product in brackets after its maker, or an example in brackets, stays', async () => {
    assert.deepEqual(await named('## Processors\n\n| Processor | Purpose |\n|---|---|\n| Google Ireland Ltd (Google Workspace) | Email |\n', 'en'), ['Google Workspace']);
    assert.deepEqual((await named('## Services\n\nWe use a payment provider (for example Stripe) and Mollie (Stripe) for refunds.\n', 'en')).sort(), ['Mollie', 'Stripe']);
  });
});

describe('recipients (en): a section about data third parties provide is a source', () => {
  it('en: names under "Data provided by third parties" are sources; under "Data we share" recipients', async () => {
    const text = ['**Data provided by third-parties:**', '', '- **Hugging Face.** If you download our models from Hugging Face, we receive your username.', ''].join('\n');
    assert.deepEqual(await named(text, 'en'), []);
    const shared = ['## Data we share with third parties', '', '- **Hugging Face.** We host our models on Hugging Face, which receives your username.', ''].join('\n');
    assert.deepEqual(await named(shared, 'en'), ['Hugging Face']);
  });
});

describe('recipients: products of one brand are recipients each', () => {
  it('nl, en: "Firebase Analytics" and "Firebase Crashlytics" are two recipients; "Firebase" beside one of them is that one', async () => {
    assert.deepEqual(await named('## Diensten van derden\n\nDeze diensten, waaronder Firebase Analytics en Firebase Crashlytics, verwerken gebruikersgegevens.\n', 'nl'), ['Firebase Analytics', 'Firebase Crashlytics']);
    assert.deepEqual(await named('## Processors\n\nWe use Firebase. Firebase Analytics receives usage events.\n', 'en'), ['Firebase Analytics']);
  });

  it('en, de: the old and new name of one product, an abbreviation, or products under a parent brand stay one recipient', async () => {
    assert.deepEqual(await named('## Processors\n\nWe use Google Analytics 4 (GA4). GA4 sets cookies.\n', 'en'), ['Google Analytics 4']);
    assert.deepEqual((await named('## Werbung\n\nWir nutzen Google Ads (früher Google AdWords).\n', 'de')).length, 1);
  });
});

describe('recipients: known services listed after a lead and a colon in the same sentence', () => {
  it('nl, en: "gebruikt de volgende systemen: …", "is transferred to the following service provider …: Hotjar"', async () => {
    assert.deepEqual(await named('## Over ons\n\nDe stichting gebruikt de volgende systemen: Ascend, Salesforce, Google Analytics en Digitaal examineren.\n', 'nl'), ['Salesforce', 'Google Analytics']);
    assert.deepEqual(await named('## About\n\nPersonal data is transferred to the following service provider based in the EU: Hotjar.\n', 'en'), ['Hotjar']);
  });

  it('nl, en: a source, a denial, the reader\'s own use or a bare label before the colon lists no recipient', async () => {
    assert.deepEqual(await named('## Over ons\n\nWij ontvangen gegevens van de volgende partijen: Google Analytics en Mailchimp.\n', 'nl'), []);
    assert.deepEqual(await named('## About\n\nWe do not use the following tools: Google Analytics, Hotjar.\n', 'en'), []);
    assert.deepEqual(await named('## About\n\nYou can use the following services to log in: Google, Facebook.\n', 'en'), []);
    assert.deepEqual(await named('## About\n\nFollow us on: Facebook, Instagram.\n', 'en'), []);
    assert.deepEqual(await named('## About\n\nWe receive information from the following partners: Google, Stripe.\n', 'en'), []);
  });
});

describe('recipients (fr): a known service "à travers" which the site works', () => {
  it('fr: "à travers un outil tiers : Google Analytics", "passent à travers Stripe"', async () => {
    assert.deepEqual(await named('## Cookies\n\nLes cookies nous permettent des mesures d’audience à travers un outil tiers : Google Analytics.\n', 'fr'), ['Google Analytics']);
    assert.deepEqual(await named('## Paiement\n\nLes paiements passent à travers Stripe.\n', 'fr'), ['Stripe']);
  });

  it('fr: a denial, the reader\'s reading or a source "à travers" names no recipient', async () => {
    assert.deepEqual(await named('## Cookies\n\nNous ne mesurons pas l’audience à travers un outil tiers comme Google Analytics.\n', 'fr'), []);
    assert.deepEqual(await named('## Réseaux\n\nVous pouvez vous informer à travers nos pages : Facebook, Instagram.\n', 'fr'), []);
    assert.deepEqual(await named('## Sources\n\nNous recevons des données à travers nos partenaires : Google.\n', 'fr'), []);
  });
});

describe('recipients: a known service after a role and a colon', () => {
  it('nl, en: "Alles staat bij één verwerker: Supabase", "served by our hosting provider: Netlify"', async () => {
    assert.deepEqual(await named('## Opslag\n\nAlles staat bij één verwerker: Supabase, die de database host.\n', 'nl'), ['Supabase']);
    assert.deepEqual(await named('## Website\n\nThe site is served from the platform of our hosting provider: Netlify.\n', 'en'), ['Netlify']);
  });

  it('nl, de: the reader\'s own provider, or a bare label that names the entity behind a service, is no such role', async () => {
    assert.deepEqual(await named('## Over ons\n\nAls u klant bent bij een provider: Google of Microsoft, dan gelden hun voorwaarden.\n', 'nl'), []);
    assert.deepEqual(await named('## Karten\n\nZu den verarbeiteten Daten gehören Standortdaten; Dienstanbieter: Google Cloud EMEA Limited, Dublin, Irland.\n', 'de'), []);
  });
});

describe('recipients: the role after a known service may carry an adjective', () => {
  it('nl, en: "Supabase is onze enige verwerker", "Supabase is our only processor"', async () => {
    assert.deepEqual(await named('## Opslag\n\nWe bewaren alles zorgvuldig. Supabase is onze enige verwerker.\n', 'nl'), ['Supabase']);
    assert.deepEqual(await named('## Storage\n\nWe keep things simple. Supabase is our only processor.\n', 'en'), ['Supabase']);
  });

  it('nl, en: the same adjective before another noun makes no role', async () => {
    assert.deepEqual(await named('## Opslag\n\nGoogle is de enige partij die dat mag.\n', 'nl'), []);
    assert.deepEqual(await named('## Storage\n\nSupabase is our only way to reach you.\n', 'en'), []);
  });
});

describe('recipients: a known service in apposition to the site\'s own tool', () => {
  it('en, nl: "our online chat, Slack, …", "onze chat, Slack, …"', async () => {
    assert.deepEqual(await named('## Chat\n\nIf you sign up for our online chat, Slack, you will be subject to their policy.\n', 'en'), ['Slack']);
    assert.deepEqual(await named('## Chat\n\nAls je je aanmeldt voor onze chat, Slack, gelden hun voorwaarden.\n', 'nl'), ['Slack']);
  });

  it('en: social pages, a denial, or a phrase before a comma with no comma after the name name no tool', async () => {
    assert.deepEqual(await named('## Social\n\nFollow our pages, Facebook, Instagram and X.\n', 'en'), []);
    assert.deepEqual(await named('## Site\n\nOn our website, Google Analytics is not used.\n', 'en'), []);
    assert.deepEqual(await named('## Site\n\nIn our opinion, Google offers good tools.\n', 'en'), []);
  });
});

describe('recipients: a seat after the legal form, a group row of a table of organisations', () => {
  it('de, en: the town after "AG," or "Ltd.," is the seat, no second recipient', async () => {
    assert.deepEqual(await named('## Hosting\n\nDas Backend zur App wird beim deutschen Hoster Strato AG, Berlin gehostet.\n', 'de'), ['Strato']);
    assert.deepEqual(await named('## Hosting\n\nOur servers are hosted by Webhaus Nord Ltd., Belfast, United Kingdom.\n', 'en'), ['Webhaus Nord']);
  });

  it('de: near misses: a second company after the first keeps its name, and so does a brand after the comma', async () => {
    assert.deepEqual(await named('## Empfänger\n\nWir geben Daten an die Acme GmbH, Contoso AG weiter.\n', 'de'), ['Acme', 'Contoso']);
    assert.deepEqual(await named('## Hosting\n\nUnsere Website wird bei der Webhaus Nord GmbH, WebCloud24 gehostet.\n', 'de'), ['Webhaus Nord', 'WebCloud24']);
  });

  it('de: a row with only the provider cell filled is the kind of the rows below it', async () => {
    const table = [
      '## Empfänger',
      '',
      '| Dienstleister & Sitz | Zweck |',
      '| :-- | :-- |',
      '| **Webseiten-Analyse (für unsere Website)** | |',
      '| Zahlenwerk GmbH, Deutschland | Analyse der Nutzung der Website. |',
      '| **Passwort-Management** | |',
      '| Tresorix AG | Speicherung der internen Passwörter. |',
      '',
    ].join('\n');
    assert.deepEqual(await named(table, 'de'), ['Zahlenwerk', 'Tresorix']);
  });

  it('de: near miss: a company with its legal form alone in its row stays', async () => {
    const table = ['## Empfänger', '', '| Dienstleister | Zweck |', '| :-- | :-- |', '| Tresorix AG | |', '| Zahlenwerk GmbH | Analyse. |', ''].join('\n');
    assert.deepEqual(await named(table, 'de'), ['Tresorix', 'Zahlenwerk']);
  });
});

describe('recipients: sentence words, register numbers, section numbers and cookie names are no names', () => {
  it('de, nl: an item opening with an adverb ("2. Hierbei verarbeiten wir …") names nobody', async () => {
    const de = '## Hosting\n\n1. Wir nutzen Hosting-Leistungen.\n2. Hierbei verarbeiten wir bzw. unser Hosting-Anbieter Bestandsdaten.\n';
    assert.deepEqual(await named(de, 'de'), []);
    const nl = '## Verwerkers\n\n- Hierbij verwerken wij uw gegevens.\n';
    assert.deepEqual(await named(nl, 'nl'), []);
  });

  it('de: near miss: a name opening the item before the same verb stays', async () => {
    const de = '## Empfänger\n\n1. Wir geben Daten weiter.\n2. Zahlenwerk verarbeitet Bestandsdaten in unserem Auftrag.\n';
    assert.deepEqual(await named(de, 'de'), ['Zahlenwerk']);
  });

  it('de, en: a register and its number, sections in Roman numerals, a cookie among cookie names', async () => {
    assert.deepEqual(await named('## Hosting\n\nUnser Hoster ist die Cloudflare Germany GmbH, eingetragen beim Amtsgericht München unter HRB 242623.\n', 'de'), ['Cloudflare']);
    assert.deepEqual(await named('## Recipients\n\nFor details on our processors please refer to III above as well as VI and VIII below.\n', 'en'), []);
    const cookies = ['## Cookies', '', '| Provider | Cookies | Purpose |', '| --- | --- | --- |', '| Marketo | _mkto_trk, firstTouchGA, LPVID, _A_source | Tracks visits. |', ''].join('\n');
    assert.deepEqual(await named(cookies, 'en'), ['Marketo']);
  });

  it('en: near misses: abbreviations named as recipients, in a list of carriers, or before a word', async () => {
    assert.deepEqual(await named('## Sharing\n\nWe share your details with the NRA for your membership.\n', 'en'), ['NRA']);
    assert.deepEqual(await named('## Delivery\n\nWe send your address to our carriers, DHL, UPS and GLS, to deliver the parcel.\n', 'en'), ['DHL', 'UPS', 'GLS']);
  });
});

describe('recipients: a section whose heading ends with a service, and a service at the site\'s own address', () => {
  it('nl: a service named at the end of a short heading is the subject of its section', async () => {
    assert.deepEqual(await named('# Privacy\n\n## 8. Cookies en Google Analytics\n\nGoogle Analytics is privacyvriendelijk ingesteld.\n', 'nl'), ['Google Analytics']);
  });

  it('nl: near misses: the same sentence under another heading, or under a long heading that ends with the service', async () => {
    assert.deepEqual(await named('# Privacy\n\n## Cookies\n\nGoogle Analytics is privacyvriendelijk ingesteld.\n', 'nl'), []);
    assert.deepEqual(await named('# Privacy\n\n## Wat wij doen met cookies en met de gegevens uit Google Analytics\n\nGoogle Analytics is privacyvriendelijk ingesteld.\n', 'nl'), []);
  });

  it('nl: a service linked to an address at the controller\'s domain is its own installation; at the maker\'s it stays', async () => {
    const own = '# Privacy van NLUUG\n\nContact: info@nluug.nl.\n\n### Videoconferentie via Jitsi\n\nMet [Jitsi](https://jitsi.nluug.nl) biedt NLUUG een videoconferentiedienst.\n\nJitsi zet geen cookies.\n';
    assert.deepEqual(await named(own, 'nl'), []);
    assert.deepEqual(await named(own.replace('https://jitsi.nluug.nl', 'https://meet.jit.si'), 'nl'), ['Jitsi Meet']);
  });
});

describe('recipients: an organisation named short and in full is one recipient', () => {
  it('en: "Number X" of "Number X Europe OÜ" folds into the full name', async () => {
    const text = '## Payments\n\nFor subscription payments, the independent data controller for billing data is Number X Europe OÜ.\n\nPayments are handled by Number X.\n';
    assert.deepEqual(await named(text, 'en'), ['Number X Europe OÜ']);
  });

  it('en: near miss: a name that only begins like another stays its own', async () => {
    const text = '## Sharing\n\nWe share your details with Acme Logistics Ltd. We may also share them with Acmelog Ltd.\n';
    assert.deepEqual(await named(text, 'en'), ['Acme Logistics', 'Acmelog']);
  });
});

describe('recipients: the product in brackets after its company', () => {
  it('en: "AgileBits Inc. (1Password)" is 1Password, "Celonis Inc. (Make.com)" the known service alone', async () => {
    const text = '## Processors\n\n| Processor | Purpose |\n| --- | --- |\n| AgileBits Inc. (1Password), Canada | Storing our passwords. |\n| Celonis Inc. (Make.com), USA | Automating our workflows. |\n';
    assert.deepEqual(await named(text, 'en'), ['1Password', 'Make.com']);
  });

  it('en: near misses: a town or the company\'s own site in brackets leaves the company', async () => {
    const text = '## Processors\n\n| Processor | Purpose |\n| --- | --- |\n| Webhaus Nord B.V. (Amsterdam) | Hosting. |\n| Krisp Technologies, Inc. (Krisp.ai) | Noise suppression. |\n';
    assert.deepEqual(await named(text, 'en'), ['Webhaus Nord', 'Krisp']);
  });
});

describe('recipients: a list item of known services only, without a cue word', () => {
  it('en: bare items, a short label before a colon, a category with its services in brackets', async () => {
    const text = [
      '## Analytics and marketing',
      '',
      'The website relies on a few technologies, among them:',
      '',
      '- Google Analytics;',
      '- Microsoft Clarity',
      '',
      '## Appendix',
      '',
      'At present our suppliers are:',
      '',
      '- Newsletter: Mailchimp',
      '- Statistics (Hotjar, Matomo Cloud)',
      '',
    ].join('\n');
    assert.deepEqual(await named(text, 'en'), ['Google Analytics', 'Microsoft Clarity', 'Mailchimp', 'Hotjar', 'Matomo Cloud']);
  });

  it('de, fr, nl: the same lists in other languages', async () => {
    assert.deepEqual(await named('## Technik\n\nFür die Website setzen wir ein:\n\n- Newsletter: Brevo\n- Statistik (Matomo Cloud)\n', 'de'), ['Brevo', 'Matomo Cloud']);
    assert.deepEqual(await named('## Cookies\n\n- Statistiques (Google Analytics, Hotjar)\n- Publicité : Google Ads\n', 'fr'), ['Google Analytics', 'Hotjar', 'Google Ads']);
    assert.deepEqual(await named('## Onze leveranciers\n\nOp dit moment zijn dat:\n\n- Mailchimp\n- Hosting: Cloudflare\n', 'nl'), ['Mailchimp', 'Cloudflare']);
  });

  it('near misses: an item that says more than names, a list after a denial, a list of sources', async () => {
    assert.deepEqual(await named('## Cookies\n\nThese are the cookies:\n\n- Google Analytics cookies expire after two years\n- Consent: stored for a year\n', 'en'), []);
    assert.deepEqual(await named('## Tools\n\nWe do not use any of these tools:\n\n- Google Analytics\n- Hotjar\n', 'en'), []);
    assert.deepEqual(await named('## Herkunft\n\nWir erhalten Daten von folgenden Stellen:\n\n- Google Analytics\n', 'de'), []);
  });

  it('near misses: browsers, a contact channel, social profiles and payment methods in a list name no recipient', async () => {
    assert.deepEqual(await named('## Cookies\n\nYou can delete cookies in your browser:\n\n- Apple Safari\n- Microsoft Edge\n', 'en'), []);
    assert.deepEqual(await named('## Contact\n\nYou can reach us through:\n\n- Questions: GitHub Issues\n- Community: Join Discord\n', 'en'), []);
    assert.deepEqual(await named('## Categorieën persoonsgegevens\n\n- Github-account Naam\n- E-mailadres\n', 'nl'), []);
    assert.deepEqual(await named('## Volg ons\n\n- Facebook\n- Instagram\n- YouTube\n', 'nl'), []);
    assert.deepEqual(await named('## Moyens de paiement\n\n- PayPal\n', 'fr'), []);
  });
});

describe('recipients: the product word before the brand', () => {
  it('fr: "Pixel Facebook" is the Facebook Pixel, "pixel Meta" the Meta Pixel', async () => {
    assert.deepEqual(await named('## Cookies\n\nNous utilisons le Pixel Facebook pour mesurer nos campagnes.\n', 'fr'), ['Facebook Pixel']);
    assert.deepEqual(await named('## Cookies\n\nNous utilisons le pixel Meta pour mesurer nos campagnes.\n', 'fr'), ['Meta Pixel']);
  });

  it('fr: near miss: a pixel of no known brand names nobody', async () => {
    assert.deepEqual(await named('## Cookies\n\nNous utilisons un pixel invisible dans nos e-mails.\n', 'fr'), []);
  });
});

describe('recipients: a word inside a known name', () => {
  it('de, en: "Google Web Fonts" is Google Fonts', async () => {
    assert.deepEqual(await named('## Schriftarten\n\nDiese Seite nutzt so genannte Google Web Fonts, die von Google bereitgestellt werden.\n', 'de'), ['Google Fonts']);
    assert.deepEqual(await named('## Fonts\n\nThis site uses Google Web Fonts provided by Google.\n', 'en'), ['Google Fonts']);
  });

  it('en: near miss: a product word after the registry name keeps the fuller name', async () => {
    assert.deepEqual(await named('## Tools\n\nWe use Microsoft Teams for calls.\n', 'en'), ['Microsoft Teams']);
  });
});

describe('recipients: a table cell that holds a known service alone', () => {
  it('en, nl: a cell of the service\'s name alone names it, whatever the headers say', async () => {
    assert.deepEqual(await named('## Overview\n\n| What | Who | Why |\n| --- | --- | --- |\n| Newsletter | **Mailchimp** | to send news |\n| Heatmaps | Hotjar | to improve pages |\n', 'en'), ['Mailchimp', 'Hotjar']);
    assert.deepEqual(await named('## Overzicht\n\n| Onderdeel | Partij |\n| --- | --- |\n| Nieuwsbrief | Mailchimp |\n', 'nl'), ['Mailchimp']);
  });

  it('en: near misses: a cell that says more, a browser, a social profile, a payment method, another column of a recipients table', async () => {
    assert.deepEqual(await named('## Overview\n\n| Item | Note |\n| --- | --- |\n| Cookies | Hotjar heatmaps are switched off |\n| Browser | Google Chrome |\n| Follow us | Facebook |\n| Payment | PayPal |\n', 'en'), []);
    assert.deepEqual(await named('## Overview\n\n| Tool we compared | Recipients |\n| --- | --- |\n| Hotjar | nobody |\n', 'en'), []);
  });
});

describe('recipients: a preposition before a name, a town of an address, a code in a run of codes, a law abbreviation', () => {
  it('en, fr, de, nl: a preposition that opens a list label is no part of the name', async () => {
    const en = '## Recipients\n\nWe share data with these providers:\n\n- For Quillmate Sign-In: identity check.\n- Via Parcelor: delivery of your orders.\n';
    assert.deepEqual(await named(en, 'en'), ['Quillmate Sign-In', 'Parcelor']);
    const fr = '## Destinataires\n\nVos données sont transmises aux prestataires suivants :\n\n- Par Quillmate : envoi des factures.\n- Pour Parcelor : livraison.\n';
    assert.deepEqual(await named(fr, 'fr'), ['Quillmate', 'Parcelor']);
    const de = '## Empfänger\n\nWir geben Daten an folgende Dienstleister weiter:\n\n- Für Quillmate Login: Anmeldung\n- Über Parcelor: Versand.\n';
    assert.deepEqual(await named(de, 'de'), ['Quillmate Login', 'Parcelor']);
    const nl = '## Ontvangers\n\nWij delen gegevens met de volgende partijen:\n\n- Via Quillmate: facturatie.\n- Voor Parcelor: verzending.\n';
    assert.deepEqual(await named(nl, 'nl'), ['Quillmate', 'Parcelor']);
  });

  it('en: near miss: a name that merely starts with such a word in its own right stays whole', async () => {
    assert.deepEqual(await named('## Recipients\n\nWe share data with these providers:\n\n- Quillmate Via: delivery of your orders.\n', 'en'), ['Quillmate Via']);
  });

  it('en: the town before a state and ZIP code, or after a street with its number, is no recipient', async () => {
    const text = [
      '## Recipients',
      '',
      'We use Quillmate (Quillmate Inc., 1 Infinite Loop, Cupertino, CA 95014, USA) to send invoices.',
      '',
      'We use Parcelor (Parcelor Corporation, One Parcel Way, Redmond, WA 98052-6399, USA) for delivery.',
      '',
      'We use Trackwise (Trackwise Ltd, 70 Barrow Street, Dublin, Ireland) for statistics.',
      '',
    ].join('\n');
    assert.deepEqual(await named(text, 'en'), ['Quillmate', 'Parcelor', 'Trackwise']);
  });

  it('en: near miss: a product ending like a street ("Google Drive") before a listed name leaves that name a recipient', async () => {
    assert.deepEqual(await named('## Recipients\n\nWe use free services such as Google Drive, Quillmate, and GitHub.\n', 'en'), ['Google Drive', 'Quillmate', 'GitHub']);
  });

  it('en: one of a run of codes joined by slashes is a feature, not an organisation; near miss: codes standing alone are read', async () => {
    assert.deepEqual(await named('## Recipients\n\nWe use Quillmate for hosting, edge caching (KV/R2/D1) and DNS.\n', 'en'), ['Quillmate']);
    assert.deepEqual(await named('## Recipients\n\nWe share your membership number with KNHS and with the FEI.\n', 'en'), ['KNHS', 'FEI']);
  });

  it('de, en: the abbreviation of a law is no recipient', async () => {
    assert.deepEqual(await named('## Empfänger\n\nDie Verarbeitung erfolgt nach dem DSG und dem LDSG. Wir geben Daten an die Quillmate GmbH weiter.\n', 'de'), ['Quillmate']);
    assert.deepEqual(await named('## Recipients\n\nWe share data with Quillmate as required by the CDPA and COPPA.\n', 'en'), ['Quillmate']);
  });
});

describe('recipients: a freelancer writing in the first person, an elided opening word, a section on who has access', () => {
  it('fr: "J’utilise X", "je fais appel à X", and an elided pronoun or article that opens the sentence', async () => {
    assert.deepEqual(await named('## Outils\n\nJ’utilise Fathom pour les statistiques.\n', 'fr'), ['Fathom']);
    assert.deepEqual(await named("## Outils\n\nJ'utilise également Quillmate et Parcelor.\n", 'fr'), ['Quillmate', 'Parcelor']);
    assert.deepEqual(await named('## Outils\n\nJe fais appel à Quillmate pour la comptabilité.\n', 'fr'), ['Quillmate']);
    assert.deepEqual(await named('## Outils\n\nL’hébergeur du site est Quillmate.\n', 'fr'), ['Quillmate']);
  });

  it('fr: near misses: an ordinary capitalised word or a title after the same verbs, the reader’s own use', async () => {
    assert.deepEqual(await named('## Outils\n\nJ’utilise Internet pour travailler et je lis Le Monde.\n', 'fr'), []);
    assert.deepEqual(await named('## Outils\n\nSi vous utilisez Chrome, vous pouvez bloquer les cookies.\n', 'fr'), []);
  });

  it('fr: a list under "Qui y a accès" names its recipients; a site "servi par" or videos "diffusées via" a service', async () => {
    const text = '## Qui y a accès\n\nVos renseignements sont consultés par nous. Ils peuvent être partagés uniquement dans ces cas:\n\n- **Quillmate**, le service qui achemine les formulaires du site.\n';
    assert.deepEqual(await named(text, 'fr'), ['Quillmate']);
    assert.deepEqual(await named('## Site\n\nLes vidéos sont diffusées via Vimeo.\n', 'fr'), ['Vimeo']);
    assert.deepEqual(await named('## Site\n\nLe site est servi par notre propre serveur à Paris.\n', 'fr'), []);
  });

  it('fr, en: a small word inside a name in capitals is no abbreviation of its own; an abbreviation standing alone is', async () => {
    const text = "## Qui y a accès\n\nIls peuvent être partagés dans ces cas:\n\n- **RE/MAX DU CARTIER INC.**, l'agence à laquelle le courtier est rattaché\n- **Quillmate**, le service qui achemine les formulaires.\n";
    assert.deepEqual(await named(text, 'fr'), ['Quillmate']);
    assert.deepEqual(await named('## Recipients\n\nWe share data with the WHO and the NHS.\n', 'en'), ['WHO', 'NHS']);
  });

  it('en: B2B marketing tools and small-business accounting named in a cookie table or a sentence', async () => {
    assert.deepEqual(await named('## Recipients\n\nWe use Marketo and Salesloft to track visits; our books are kept in FreeAgent and QuickFile.\n', 'en'), ['Marketo', 'Salesloft', 'FreeAgent', 'QuickFile']);
    assert.deepEqual(await named('## Recipients\n\nWe share data with a free agent who files quickly.\n', 'en'), []);
  });
});

describe('recipients: the controller under a joined abbreviation, plural abstract nouns, technical terms in capitals', () => {
  it('fr: the controller\'s abbreviation joined to a second one is the controller, no recipient', async () => {
    const text = "# Politique de confidentialité du SLC\n\nLe responsable du traitement est le SLC, 12 rue de la Paix, 75002 Paris, contact@slc.fr.\n\n## Destinataires\n\nLes traitements de données effectués par le SLC-CSF relèvent ainsi :\n\n- de l'intérêt légitime.\n";
    assert.deepEqual(await named(text, 'fr'), []);
  });

  it('fr: near miss: another joined abbreviation stays a recipient', async () => {
    const text = "# Politique de confidentialité du SLC\n\nLe responsable du traitement est le SLC, 12 rue de la Paix, 75002 Paris, contact@slc.fr.\n\n## Destinataires\n\nVos données sont partagées avec la CNAM-TS et avec Quillmate.\n";
    assert.deepEqual(await named(text, 'fr'), ['CNAM-TS']);
  });

  it('de: a plural abstract noun ("Möglichkeiten") is no name; en: streaming, citation and surveillance terms are no organisations', async () => {
    assert.deepEqual(await named('## Empfänger\n\nWir nutzen Quillmate und Möglichkeiten.\n', 'de'), ['Quillmate']);
    assert.deepEqual(await named('## Recipients\n\nWe stream the talks via RTMP to YouTube and record CCTV footage.\n', 'en'), ['YouTube']);
    assert.deepEqual(await named('## Recipients\n\nWe use DOI and BibTeX from Quillmate.\n', 'en'), []);
  });
});

describe('recipients: a supervisory authority named by its country', () => {
  it('en: "the French data protection authority" gives no recipient "French"', async () => {
    assert.deepEqual(await named('## Your rights\n\n- **Lodge a complaint.** You have the right to lodge a complaint before the competent data protection authority, including the French data protection authority (the CNIL).\n', 'en'), []);
    assert.deepEqual(await named('## Recipients\n\nWe share data with our processors, including the French data protection authority when required.\n', 'en'), []);
  });

  it('en: near miss: a name before other lowercase words stays a recipient', async () => {
    assert.deepEqual(await named('## Recipients\n\nWe share data with our processors, including Quillmate data services.\n', 'en'), ['Quillmate']);
  });
});

describe('recipients: a US state and town before the country', () => {
  it('en: "Springfield, IL, USA" gives neither the town nor the state', async () => {
    assert.deepEqual(await named('## Recipients\n\nWe share your data with Quillmate, Springfield, IL, USA.\n', 'en'), ['Quillmate']);
    assert.deepEqual(await named('## Recipients\n\nWe share your data with Quillmate (Quillmate Inc., 1 Main St, Springfield, IL, USA) and the FA.\n', 'en'), ['Quillmate', 'FA']);
  });

  it('en: near miss: an abbreviation before a name that merely starts with "US" stays a recipient', async () => {
    assert.deepEqual(await named('## Recipients\n\nWe share data with the NRA, USA Swimming and the FA, US Soccer.\n', 'en'), ['NRA', 'FA']);
  });
});

#!/usr/bin/env node
/**
 * Writes fixtures/formats/: the two seed policies in every encoding, line-end style and format
 * the input layer must read, plus broken and non-text inputs for the error paths.
 *
 *   node scripts/make-format-fixtures.mjs
 *
 * Deterministic: the same seeds always give the same bytes (no dates, no Math.random), so the
 * output can be committed and regenerated without noise. Every encoded file is decoded again
 * here and compared with the seed, so a wrong hand mapping fails loudly instead of shipping.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const seedDir = `${root}fixtures/`;
const outDir = `${root}fixtures/formats/`;
mkdirSync(outDir, { recursive: true });

const billing = readFileSync(`${seedDir}cloudbilling-privacy-policy.txt`, 'utf8');
const aware = readFileSync(`${seedDir}cloudaware-privacybeleid.md`, 'utf8');
if (/\r/.test(billing + aware)) throw new Error('seeds are expected to use LF line ends');

/** Writes bytes and, when `decodeAs` is given, checks they decode back to `expected`. */
function write(name, bytes, decodeAs, expected) {
  const buffer = Buffer.from(bytes);
  if (decodeAs) {
    const decoded =
      decodeAs === 'windows-1252' ? decodeWindows1252(buffer) : new TextDecoder(decodeAs, { ignoreBOM: false }).decode(buffer);
    if (decoded !== expected) throw new Error(`${name}: does not decode back to the source text`);
  }
  writeFileSync(`${outDir}${name}`, buffer);
  console.log(`${name.padEnd(32)} ${String(buffer.length).padStart(6)} bytes`);
}

// --- Encodings of the plain-text seed -------------------------------------------------------

const BOM_UTF8 = [0xef, 0xbb, 0xbf];

function utf16le(text) {
  return Buffer.from(text, 'utf16le');
}

function utf16be(text) {
  const bytes = utf16le(text);
  // swap16 works in place, so copy first.
  return Buffer.from(bytes).swap16();
}

/**
 * Node has no windows-1252 encoder (TextEncoder is UTF-8 only, and Buffer's 'latin1' would turn
 * ’ • ‘ into wrong bytes). 0x00–0x7F and 0xA0–0xFF are the same code points as Latin-1; only
 * 0x80–0x9F differ, so map those by hand (table from the WHATWG Encoding Standard; 0x81, 0x8D,
 * 0x8F, 0x90 and 0x9D are unassigned).
 */
const CP1252_HIGH = new Map([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86],
  [0x2021, 0x87], [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c],
  [0x017d, 0x8e], [0x2018, 0x91], [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95],
  [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98], [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b],
  [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
]);

function windows1252(text) {
  const out = [];
  for (const char of text) {
    const code = char.codePointAt(0);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else if (CP1252_HIGH.has(code)) out.push(CP1252_HIGH.get(code));
    else throw new Error(`U+${code.toString(16).toUpperCase().padStart(4, '0')} has no windows-1252 byte`);
  }
  return Uint8Array.from(out);
}

/**
 * The check for the encoder above. Not TextDecoder('windows-1252'): Node 20.18.3+ decodes that as
 * Latin-1 (nodejs/node#60888), which would reject correct bytes.
 */
function decodeWindows1252(bytes) {
  const byByte = new Map([...CP1252_HIGH].map(([code, byte]) => [byte, code]));
  return Array.from(bytes, (byte) => String.fromCodePoint(byByte.get(byte) ?? byte)).join('');
}

write('cloudbilling-utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(billing)]), 'utf-16le', billing);
write('cloudbilling-utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(billing)]), 'utf-16be', billing);
write('cloudbilling-windows1252.txt', windows1252(billing), 'windows-1252', billing);
write('cloudbilling-utf8-bom.txt', Buffer.concat([Buffer.from(BOM_UTF8), Buffer.from(billing, 'utf8')]), 'utf-8', billing);
write('cloudbilling-cr.txt', Buffer.from(billing.replace(/\n/g, '\r'), 'utf8'), 'utf-8', billing.replace(/\n/g, '\r'));

// --- Line ends and front matter of the Markdown seed ----------------------------------------

write('cloudaware-crlf.md', Buffer.from(aware.replace(/\n/g, '\r\n'), 'utf8'), 'utf-8', aware.replace(/\n/g, '\r\n'));

const toml = /^\+\+\+\n[\s\S]*?\n\+\+\+\n/.exec(aware);
if (!toml) throw new Error('cloudaware seed: expected TOML front matter on line 1');
/** The Markdown body after the front matter, byte for byte as in the seed. */
const body = aware.slice(toml[0].length);

// The date is quoted, as in the TOML, so it stays a string under any YAML schema.
const yamlFrontMatter = [
  '---',
  'title: Privacybeleid',
  'description: Privacybeleid CloudAware',
  'date: "2023-12-21"',
  'author: Jeroen Hermans',
  '---',
  '',
].join('\n');
write('cloudaware-yaml.md', Buffer.from(yamlFrontMatter + body, 'utf8'));

// Broken front matter for the document layer. The error is on line 3 of the front matter
// content, which is line 4 of the file: the opening fence shifts parser lines by one.
// `yaml` reports: Nested mappings are not allowed in compact mappings at line 3, column 14.
const brokenYaml = [
  '---',
  'title: Privacybeleid',
  'date: "2023-12-21"',
  'description: Privacybeleid CloudAware: wat wij met uw gegevens doen',
  'author: Jeroen Hermans',
  '---',
  '',
].join('\n');
write('broken-yaml.md', Buffer.from(brokenYaml + body, 'utf8'));

// smol-toml reports: each key-value declaration must be followed by an end-of-line, at line 3,
// column 11 (file line 4).
const brokenToml = [
  '+++',
  'title = "Privacybeleid"',
  'description = "Privacybeleid CloudAware"',
  'date = 21 december 2023',
  'author = "Jeroen Hermans"',
  '+++',
  '',
].join('\n');
write('broken-toml.md', Buffer.from(brokenToml + body, 'utf8'));

// The closing fence is missing; the seed body has no `---` line that could close it by accident.
if (/^---\s*$/m.test(body)) throw new Error('cloudaware body unexpectedly contains a --- line');
const unclosed = ['---', 'title: Privacybeleid', 'description: Privacybeleid CloudAware', 'date: "2023-12-21"', 'author: Jeroen Hermans', ''].join('\n');
write('unclosed-front-matter.md', Buffer.from(`${unclosed}\n${body}`, 'utf8'));

// --- HTML ----------------------------------------------------------------------------------

// Hand-converted from the CloudAware seed with the same wording. Around the article sits what
// a real page has and an extractor must ignore: a <style>, a cookie-consent <script> that
// mentions Google Analytics and a retention period, a <nav>, a cookie banner and a <footer>.
// Inside the article: entities (&nbsp; &euml; &#39;), inline <strong>/<a href="mailto:">,
// soft line breaks kept as in the seed, and the retention list turned into a <table>.
const html = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Privacybeleid &amp; cookies | CloudAware</title>
<meta name="description" content="Privacybeleid CloudAware">
<style>
  /* Cookiebanner: blijft staan tot de bezoeker toestemming geeft voor analytische cookies. */
  .cookie-consent { position: fixed; bottom: 0; left: 0; right: 0; padding: 1em; background: #1d2b3a; color: #fff; }
  .cookie-consent[hidden] { display: none; }
  main table { border-collapse: collapse; }
  main th, main td { border: 1px solid #ccc; padding: .25em .5em; text-align: left; }
</style>
<script>
  // Cookie consent: Google Analytics wordt pas geladen nadat de bezoeker cookies accepteert.
  // Wij verwerken persoonsgegevens (IP-adres) alleen met toestemming & bewaren ze maximaal 14 maanden.
  window.dataLayer = window.dataLayer || [];
  function gtag() { dataLayer.push(arguments); }
  function acceptCookies() {
    if (document.cookie.indexOf('consent=yes') < 0 && window.localStorage) {
      document.cookie = 'consent=yes; max-age=31536000; path=/';
    }
    gtag('consent', 'update', { analytics_storage: 'granted' });
    document.getElementById('cookie-banner').hidden = true;
  }
</script>
</head>
<body>
<header>
  <a class="logo" href="/">CloudAware</a>
  <nav aria-label="Hoofdmenu">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/diensten/">Diensten &amp; prijzen</a></li>
      <li><a href="/over-ons/">Over ons</a></li>
      <li><a href="/contact/">Contact</a></li>
      <li><a href="/privacy/" aria-current="page">Privacy</a></li>
    </ul>
  </nav>
</header>
<div id="cookie-banner" class="cookie-consent" role="dialog" aria-label="Cookies">
  <p>Wij gebruiken functionele en analytische cookies (Google Analytics) om onze website te verbeteren.</p>
  <button type="button" onclick="acceptCookies()">Ja, ik accepteer cookies</button>
  <a href="/privacy/#cookies">Meer over cookies</a>
</div>
<main>
<article>
<h1>Privacybeleid</h1>
<p><a href="https://cloudaware.eu">https://cloudaware.eu</a></p>
<p>Epsys B.V. h.o.d.n. CloudAware<br>
Bezuidenhoutseweg 98<br>
2594AZ&nbsp;Den Haag<br>
+31857828878</p>
<p><strong>Jeroen Hermans</strong> is de Functionaris Gegevensbescherming van CloudAware. Hij is te bereiken via <a href="mailto:privacy@cloudaware.eu">privacy@cloudaware.eu</a></p>

<h2>Persoonsgegevens die wij verwerken</h2>
<p>CloudAware verwerkt uw persoonsgegevens doordat u gebruik maakt van onze diensten en/of omdat u deze zelf aan ons verstrekt. Hieronder vindt u een overzicht van de persoonsgegevens die wij verwerken:</p>
<ul>
  <li>Voor- en achternaam</li>
  <li>Adresgegevens</li>
  <li>Telefoonnummer</li>
  <li>E-mailadres</li>
  <li>IP-adres</li>
  <li>Overige persoonsgegevens die u actief verstrekt bijvoorbeeld door een profiel op deze website aan te maken, in correspondentie en telefonisch</li>
  <li>Locatiegegevens</li>
  <li>Gegevens over uw activiteiten op onze website</li>
  <li>Internetbrowser en apparaat type</li>
  <li>Bankrekeningnummer</li>
</ul>

<h2>Bijzondere en/of gevoelige persoonsgegevens die wij verwerken</h2>
<p>Onze website en/of dienst heeft niet de intentie gegevens te verzamelen over websitebezoekers die jonger zijn dan 16&nbsp;jaar. Tenzij ze toestemming hebben van ouders of voogd. We kunnen echter niet controleren of een bezoeker ouder dan 16 is. Wij raden ouders dan ook aan betrokken te zijn bij de online activiteiten van hun kinderen, om zo te voorkomen dat er gegevens over kinderen verzameld worden zonder ouderlijke toestemming. Als u er van overtuigd bent dat wij zonder die toestemming persoonlijke gegevens hebben verzameld over een minderjarige, neem dan contact met ons op via <a href="mailto:privacy@cloudaware.eu">privacy@cloudaware.eu</a>, dan verwijderen wij deze informatie.</p>

<h2>Met welk doel en op basis van welke grondslag wij persoonsgegevens verwerken</h2>
<p>CloudAware verwerkt uw persoonsgegevens voor de volgende doelen:</p>
<ul>
  <li>Het afhandelen van uw betaling</li>
  <li>U te kunnen bellen of e-mailen indien dit nodig is om onze dienstverlening uit te kunnen voeren</li>
  <li>U te informeren over wijzigingen van onze diensten en producten</li>
  <li>Om goederen en diensten bij u af te leveren</li>
  <li>CloudAware analyseert uw gedrag op de website om daarmee de website te verbeteren en het aanbod van producten en diensten af te stemmen op uw voorkeuren.</li>
  <li>CloudAware verwerkt ook persoonsgegevens als wij hier wettelijk toe verplicht zijn, zoals gegevens die wij nodig hebben voor onze belastingaangifte.</li>
</ul>

<h2>Geautomatiseerde besluitvorming</h2>
<p>CloudAware maakt geen gebruik van geautomatiseerde verwerkingen welke besluiten over zaken die (aanzienlijke) gevolgen kunnen hebben voor personen.
Het gaat hier om besluiten die worden genomen door computerprogramma&#39;s of -systemen, zonder dat daar een mens (bijvoorbeeld een medewerker van
CloudAware) tussen zit.</p>

<h2>Hoe lang we persoonsgegevens bewaren</h2>
<p>CloudAware bewaart uw persoonsgegevens niet langer dan strikt nodig is om de doelen te realiseren waarvoor uw gegevens worden verzameld. Wij hanteren de volgende bewaartermijnen voor de volgende (categorie&euml;n) van persoonsgegevens:</p>
<table>
  <thead>
    <tr><th>Categorie</th><th>Bewaartermijn</th></tr>
  </thead>
  <tbody>
    <tr><td>Telecom verkeer</td><td>maximaal 1&nbsp;jaar of langer indien een forensisch verzoek hier om vraagt</td></tr>
    <tr><td>Klant data</td><td>tot 7 jaar na het beëindigen van het contract</td></tr>
    <tr><td>Webserver log bestanden</td><td>maximaal 1 jaar</td></tr>
    <tr><td>Website statistieken</td><td>maximaal 3 maanden</td></tr>
  </tbody>
</table>

<h2>Delen van persoonsgegevens met derden</h2>
<p>CloudAware verstrekt uitsluitend aan derden en alleen als dit nodig is voor de uitvoering van onze overeenkomst met u of om te voldoen aan een wettelijke verplichting.</p>

<h2 id="cookies">Cookies, of vergelijkbare technieken, die wij gebruiken</h2>
<p>CloudAware gebruikt alleen technische en functionele cookies. En analytische cookies die geen inbreuk maken op uw privacy. Een cookie is een klein tekstbestand dat bij het eerste bezoek aan deze website wordt opgeslagen op uw computer, tablet of smartphone. De cookies die wij gebruiken zijn noodzakelijk voor de technische werking van de website en uw gebruiksgemak. Ze zorgen ervoor dat de website naar behoren werkt en onthouden bijvoorbeeld uw voorkeursinstellingen. Ook kunnen wij hiermee onze website optimaliseren. U kunt zich afmelden voor cookies door uw internetbrowser zo in te stellen dat deze geen cookies meer opslaat. Daarnaast kunt u ook alle informatie die eerder is opgeslagen via de instellingen van uw browser verwijderen.</p>

<h2>Gegevens inzien, aanpassen of verwijderen</h2>
<p>U heeft het recht om uw persoonsgegevens in te zien, te corrigeren of te verwijderen. Daarnaast heeft u het recht om uw eventuele toestemming voor de gegevensverwerking in te trekken of bezwaar te maken tegen de verwerking van uw persoonsgegevens door CloudAware en heeft u het recht op gegevensoverdraagbaarheid. Dat betekent dat u bij ons een verzoek kunt indienen om de persoonsgegevens die wij van u beschikken in een computerbestand naar u of een ander, door u genoemde organisatie, te sturen. U kunt een verzoek tot inzage, correctie, verwijdering, gegevensoverdraging van uw persoonsgegevens of verzoek tot intrekking van uw toestemming of bezwaar op de verwerking van uw persoonsgegevens sturen naar <a href="mailto:privacy@cloudaware.eu">privacy@cloudaware.eu</a>.
Om er zeker van te zijn dat het verzoek tot inzage door u is gedaan, vragen wij u een kopie van uw identiteitsbewijs met het verzoek mee te sturen. Maak in deze kopie uw pasfoto, MRZ (machine readable zone, de strook met nummers onderaan het paspoort), paspoortnummer en Burgerservicenummer (BSN) zwart. Dit ter bescherming van uw privacy. We reageren zo snel mogelijk, maar binnen vier weken, op uw verzoek.</p>

<h2>Hoe wij persoonsgegevens beveiligen</h2>
<p>CloudAware neemt de bescherming van uw gegevens serieus en neemt passende maatregelen om misbruik, verlies, onbevoegde toegang, ongewenste openbaarmaking en ongeoorloofde wijziging tegen te gaan. Als u de indruk heeft dat uw gegevens niet goed beveiligd zijn of er aanwijzingen zijn van misbruik, neem dan contact op met onze klantenservice of via <a href="mailto:privacy@cloudaware.eu">privacy@cloudaware.eu</a></p>
</article>
</main>
<footer>
  <p>&copy; 2023 Epsys B.V. h.o.d.n. CloudAware</p>
  <ul>
    <li><a href="/algemene-voorwaarden/">Algemene voorwaarden</a></li>
    <li><a href="/privacy/">Privacybeleid</a></li>
    <li><a href="/cookies/">Cookie-instellingen</a></li>
  </ul>
  <p>Managed cloud hosting vanaf &euro;&nbsp;49 per maand &ndash; <a href="/contact/">vraag een offerte aan</a></p>
</footer>
</body>
</html>
`;

// Faithfulness check: the words of the article, without the page title (h1) and the table
// header that the conversion added, must be exactly the words of the seed body.
{
  const entities = { '&nbsp;': ' ', '&euml;': 'ë', '&#39;': "'", '&amp;': '&' };
  const article = /<article>([\s\S]*)<\/article>/.exec(html)[1]
    .replace(/<h1>[\s\S]*?<\/h1>/, '')
    .replace(/<thead>[\s\S]*?<\/thead>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[#\w]+;/g, (entity) => {
      if (!(entity in entities)) throw new Error(`cloudaware.html: add ${entity} to the check`);
      return entities[entity];
    });
  const seedText = body.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  const words = (text) => text.match(/[\p{L}\p{N}]+/gu).join(' ');
  if (words(article) !== words(seedText)) throw new Error('cloudaware.html: the article wording differs from the seed');
}
write('cloudaware.html', Buffer.from(html, 'utf8'));

// --- Empty and non-text inputs ----------------------------------------------------------------

write('empty.md', new Uint8Array(0));
write('whitespace.txt', Buffer.from('   \n\n      \n  \n\n', 'utf8'));

// A minimal PDF header and trailer around a "compressed" stream of fixed pseudo-random bytes
// (a 32-bit LCG with a fixed seed) with NUL bytes in it, as real PDFs have.
{
  const head = Buffer.from(
    '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n' +
      '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n' +
      '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
      '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n' +
      '4 0 obj\n<< /Length 256 /Filter /FlateDecode >>\nstream\n',
    'latin1',
  );
  const stream = new Uint8Array(256);
  let state = 0x2f6b1d3a;
  for (let i = 0; i < stream.length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    stream[i] = i % 16 === 7 ? 0 : state >>> 24;
  }
  const tail = Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 5 >>\n%%EOF\n', 'latin1');
  write('binary.pdf', Buffer.concat([head, stream, tail]));
}

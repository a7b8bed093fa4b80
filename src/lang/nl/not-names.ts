import type { NotNameLexicon } from '../../lexicon/controller.js';

/** What stands where the controller's name is expected but names no one (Dutch). */
export const notNames: NotNameLexicon = {
  // "Wie zijn wij?", "Wat doen we met …", "Hoe neemt u contact op".
  questionWords: ['wie', 'wat', 'welke?', 'hoe', 'waar', 'wanneer', 'waarom', 'waarvoor', 'waarmee', 'hoelang'],
  // "Neem contact op", "Mail ons", "Bel ons", "Klik hier".
  imperatives: ['neem', 'mail', 'e-?mail', 'bel', 'stuur', 'schrijf', 'bezoek', 'klik', 'lees', 'bekijk', 'raadpleeg', 'contacteer', 'vraag', 'meld', 'volg', 'kijk'],
  // "conform de AVG", "volgens artikel 4", "in de zin van de AVG", "op grond van de wet".
  legalReferences: [
    'conform', 'volgens\\s+(?:de|het|art(?:ikel|\\.)?)', 'in\\s+de\\s+zin\\s+van', 'op\\s+grond\\s+van', 'ingevolge', 'krachtens', 'overeenkomstig', 'in\\s+het\\s+kader\\s+van',
    'art(?:ikel|\\.)?\\s*\\d', '§', 'lid\\s+\\d',
  ],
  // "Informatie over de vereniging", "Gegevens van de verantwoordelijke", "Vragen over privacy".
  headingOpeners: [
    '(?:informatie|info|gegevens|contactgegevens|vragen|toelichting|details)\\s+(?:over|van|voor|inzake|omtrent|met\\s+betrekking\\s+tot|betreffende)',
    'inleiding', 'overzicht', 'samenvatting',
  ],
  // "het bestuur van de vereniging", "de voorzitter", "de directie".
  roleNouns: [
    'bestuur', 'bestuursleden', 'voorzitter', 'secretaris', 'penningmeester', 'directie', 'directeur', 'eigenaar', 'eigenaresse', 'beheerder', 'webmaster', 'redactie',
    'leiding', 'team', 'leden', 'medewerkers', 'oprichter', 'burgemeester', 'college\\s+van\\s+burgemeester\\s+en\\s+wethouders',
  ],
  inflections: ['s', 'en', 'e'],
  // "Webdesign: Pixelweb B.V.", "Website door …", "Ontwerp en realisatie: …", "Hosting: …".
  makers: [
    '(?:web)?design', 'ontwerp(?:\\s+(?:en|&)\\s+\\p{L}+)?', 'realisatie', 'ontwikkeling', '(?:website|site|webdesign)\\s+(?:door|gemaakt\\s+door|gebouwd\\s+door)', 'gemaakt\\s+door', 'gebouwd\\s+door', 'gerealiseerd\\s+door',
    'hosting', 'gehost\\s+door', 'fotografie', "foto'?s", 'beeldmateriaal', 'gegenereerd\\s+(?:door|met)', '(?:\\S+\\s+){0,3}?(?:generator|sjabloon)\\s+(?:van|door)',
  ],
  // "zie Colofon", "Link naar de homepage", "Klik hier": a page of the site or a link to it.
  pageWords: ['colofon', 'disclaimer', 'home(?:pagina|page)?', 'contact(?:pagina|formulier)?', 'pagina', "pagina's", 'links?', 'zie', 'hier', 'klik', 'website', 'site', 'naar', 'menu', 'boven', 'onder'],
};

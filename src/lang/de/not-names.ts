import type { NotNameLexicon } from '../../lexicon/controller.js';

/** What stands where the controller's name is expected but names no one (German). */
export const notNames: NotNameLexicon = {
  // "Wer ist verantwortlich …?", "Wer wir sind", "Wie erreichen Sie uns".
  questionWords: ['wer', 'wen', 'wem', 'wessen', 'was', 'wie', 'wo', 'wohin', 'woher', 'warum', 'wieso', 'weshalb', 'wann', 'welche[rsmn]?', 'wof[üu]r', 'wozu', 'womit', 'wor[üu]ber'],
  // "Kontaktieren Sie uns", "Schreiben Sie uns", "Rufen Sie an", "Wende dich an".
  imperatives: [
    'kontaktieren', 'kontaktiere', 'schreiben', 'schreibe?', 'rufen', 'rufe?', 'wenden', 'wende', 'senden', 'sende', 'schicken', 'schicke?', 'besuchen', 'besuche?',
    'klicken', 'klicke?', 'lesen', 'lies', 'nutzen', 'nutze', 'beachten', 'beachte', 'finden', 'erfahren', 'melden', 'melde', 'nehmen', 'nimm', 'kontakt\\s+aufnehmen', 'sprechen', 'sprich',
  ],
  // "gem. EU-Datenschutzgrundverordnung", "gemäß Art. 4 Nr. 7 DSGVO", "im Sinne der DSGVO", "nach § 5 TMG", "i.S.d. Art. 4".
  legalReferences: [
    'gem\\.', 'gem[äa](?:ß|ss)', 'nach\\s+(?:art(?:ikel|\\.)?|§|der|dem|den|des)', 'laut\\s+(?:art(?:ikel|\\.)?|§|der|dem|den|des)', 'entsprechend\\s+(?:art(?:ikel|\\.)?|§|der|dem|den|des)',
    'im\\s+sinne', 'i\\.\\s*s\\.\\s*(?:d|v)\\.', 'iSd\\.?', 'art(?:ikel|\\.)?\\s*\\d', '§', 'abs(?:atz|\\.)\\s*\\d',
  ],
  // "Informationen zu unserem Verein", "Hinweise zum Datenschutz", "Angaben über den Verantwortlichen".
  headingOpeners: [
    '(?:informationen?|hinweise?|angaben|erl[äa]uterungen|fragen|details|kontaktdaten|kontaktinformationen|allgemeine\\s+(?:informationen|hinweise|angaben))\\s+(?:zu[mr]?|[üu]ber|f[üu]r|betreffend|bez[üu]glich|zur|an)',
    'allgemeines', '[üu]bersicht', 'einleitung', 'vorbemerkung', 'kontakt(?:aufnahme)?\\s+(?:mit|zu[mr]?)',
  ],
  // "Vorstand des Vereins", "der Vorsitzende", "Geschäftsführung der Gesellschaft", "Inhaber der Praxis".
  roleNouns: [
    'vorstand', 'vorst[äa]nde', 'vorstandsvorsitzende[rn]?', 'vorsitzende[rn]?', 'vorsitz', 'gesch[äa]ftsf[üu]hr(?:er|erin|ung|ende[rn]?)', 'inhaber(?:in)?', 'leiter(?:in)?', 'leitung', 'obmann', 'obfrau',
    'pr[äa]sident(?:in)?', 'pr[äa]sidium', 'kassier(?:er|erin)?', 'schriftf[üu]hrer(?:in)?', 'webmaster', 'administrator(?:in)?', 'ansprechpartner(?:in)?', 'redaktion', 'verwaltung', 'sekretariat',
    'b[üu]rgermeister(?:in)?', 'betreiber(?:in)?', 'gesellschafter(?:in)?', 'vertreter(?:in)?', 'mitglieder', 'team',
    // "Verantwortlich … sind Mitarbeiter der Organisationen im Trägerkreis".
    'mitarbeiter(?:in|innen|n)?',
  ],
  inflections: ['s', 'es', 'n', 'en', 'e', 'er', 'em'],
  // "Webdesign: Pixelwerk GmbH", "Umsetzung und Gestaltung: …", "Realisiert von …", "Erstellt mit dem Datenschutz-Generator von …".
  makers: [
    '(?:web)?design(?:\\s+(?:und|&)\\s+\\p{L}+)?', '(?:technische\\s+)?umsetzung', 'gestaltung', 'realisierung', 'realisiert\\s+(?:von|durch)', 'programmierung', 'entwicklung', 'konzept(?:ion)?',
    '(?:webseite|website|homepage|seite)\\s+(?:erstellt|gestaltet|realisiert|programmiert)\\s+(?:von|durch)', 'erstellt\\s+(?:von|durch|mit)', 'gestaltet\\s+(?:von|durch)', 'hosting', 'hoster', 'webhosting',
    '(?:bildnachweis|bildquellen?|fotos?|fotografie|quelle)', '(?:\\S+\\s+){0,3}?(?:generator|vorlage|muster)\\s+(?:von|der|des)',
  ],
  // "siehe Impressum", "Link zum Impressum", "Impressum & Kontakt", "Über uns", "Hier": a page of the site or a link to it.
  // "Alle Daten …", "Jede Verarbeitung …", "Sämtliche Informationen …", "Diese Website …".
  determiners: ['alle[rsmn]?', 'jede[rsmn]?', 's[äa]mtliche[rsmn]?', 'keine[rsmn]?', 'manche[rsmn]?', 'einige[rsmn]?', 'mehrere', 'viele', 'beide', 'solche[rsmn]?', 'jene[rsmn]?', 'diese[rsmn]?', 'etwaige[rsmn]?', 'weitere[rsmn]?'],
  pageWords: [
    'impressum', 'startseite', 'homepage', 'home', 'kontakt(?:seite|formular|daten)?', 'links?', 'seiten?', 'unterseiten?', 'webseite', 'website', 'internetseite', 'datenschutz\\p{L}*',
    'siehe', 'hier', 'klicken', 'klick', 'zu[mr]?', 'im', 'unter', 'auf', 'angaben', 'über', 'menü', 'navigation', 'oben', 'unten', 'weiter',
  ],
};

/**
 * Supervisory authorities a policy may name for the right to complain (gdpr.md §4, §4.1, §3.5).
 *
 * Patterns are regex SOURCE strings, compiled case-insensitively with `u` and word-anchored by the caller
 * (`(?<![\p{L}\p{N}])(?:…)(?![\p{L}\p{N}])`); they are joined with `|`, so no named groups. Abbreviations that are
 * ordinary words or shared by two bodies (AP, DSB, IP, CEPD, UDZ, bare "Datatilsynet") are left out or fenced in.
 * Domains are included because policies often give only the link.
 */

export interface AuthorityEntry {
  /** e.g. "nl_ap", "be_gba", "uk_ico". */
  id: string;
  /** Official name in its own language. */
  name: string;
  /** ISO 3166-1 alpha-2; "EU" for the EU bodies. */
  country: string;
  /** Regex sources (case-insensitive, `u`, word-anchored by the caller). */
  patterns: string[];
  /** True for a former name or a dissolved body. */
  outdated: boolean;
  /** Id of the current authority, for outdated entries. */
  replacement: string | null;
}

// German Land commissioners share one stem: "Landesbeauftragte(r) für (den) Datenschutz (und (die) Informationsfreiheit)",
// followed by the Land. The grammatical gender changes with the office holder, so both endings are matched.
const LFD =
  'landes(?:datenschutz)?beauftragte[rn]?\\s+f[üu]r\\s+(?:den\\s+)?datenschutz(?:\\s+und\\s+(?:die\\s+|f[üu]r\\s+das\\s+)?(?:informationsfreiheit|recht\\s+auf\\s+akteneinsicht))?';
const land = (name: string): string =>
  `${LFD}\\s+(?:(?:des\\s+landes|der\\s+freien\\s+hansestadt|im\\s+land|in)\\s+)?${name}`;
// The same offices in English policies of German organisations: "the State Commissioner for Data Protection and
// Freedom of Information of Baden-Württemberg", "… in North Rhine-Westphalia", "the Hessian Commissioner for Data
// Protection". `name` is the Land's English name; `adjective` its adjective where policies use one.
const COMMISSIONER_EN = 'commissioner\\s+for\\s+data\\s+protection(?:\\s+and\\s+freedom\\s+of\\s+information)?';
const landEn = (name: string, adjective?: string): string[] => [
  `(?:state\\s+)?${COMMISSIONER_EN}\\s+(?:of|in|for)\\s+(?:the\\s+(?:state|land|free\\s+hanseatic\\s+city)\\s+of\\s+)?${name}`,
  `${adjective ? `(?:${name}|${adjective})` : name}\\s+(?:state\\s+)?${COMMISSIONER_EN}`,
];

const current = (id: string, name: string, country: string, patterns: string[]): AuthorityEntry => ({
  id,
  name,
  country,
  patterns,
  outdated: false,
  replacement: null,
});
const former = (id: string, name: string, country: string, replacement: string, patterns: string[]): AuthorityEntry => ({
  id,
  name,
  country,
  patterns,
  outdated: true,
  replacement,
});

export const AUTHORITIES: readonly AuthorityEntry[] = [
  // ---------------------------------------------------------------- Netherlands, Belgium (most frequent in our corpus)
  current('nl_ap', 'Autoriteit Persoonsgegevens', 'NL', [
    'autoriteit\\s+persoonsgegevens',
    'autoriteitpersoonsgegevens(?:\\.nl)?',
    'dutch\\s+data\\s+protection\\s+authority',
    'dutch\\s+dpa',
    'niederl[äa]ndische\\s+datenschutzbeh[öo]rde',
    'autorit[ée]\\s+n[ée]erlandaise\\s+de\\s+protection\\s+des\\s+donn[ée]es',
  ]),
  // Renamed to Autoriteit Persoonsgegevens on 1 Jan 2016. "CBP" in English text is often US Customs and Border
  // Protection: the caller should want a privacy context for the bare abbreviation.
  former('nl_cbp', 'College bescherming persoonsgegevens', 'NL', 'nl_ap', [
    'college\\s+bescherming\\s+persoonsgegevens',
    'cbp',
  ]),
  // Became the CBP on 1 Sep 2001 (gdpr.md §3.2).
  former('nl_registratiekamer', 'Registratiekamer', 'NL', 'nl_ap', ['registratiekamer']),
  current('be_gba', 'Gegevensbeschermingsautoriteit / Autorité de protection des données / Datenschutzbehörde', 'BE', [
    'gegevensbeschermingsautoriteit(?:\\.be)?',
    // Belgian Dutch also writes the body out: "de Autoriteit voor de Bescherming van Persoonsgegevens".
    'autoriteit\\s+voor\\s+(?:de\\s+)?bescherming\\s+van\\s+(?:de\\s+)?persoonsgegevens',
    // Generic French phrasing ("l'autorité de protection des données compétente") is not the Belgian body.
    'autorit[ée]\\s+de\\s+protection\\s+des\\s+donn[ée]es(?!\\s+(?:comp[ée]tente|de\\s+votre|du\\s+pays|nationale|locale|de\\s+l))',
    'autoriteprotectiondonnees(?:\\.be)?',
    'dataprotectionauthority\\.be',
    'belgian\\s+data\\s+protection\\s+authority',
    'belgische\\s+datenschutzbeh[öo]rde',
    'datenschutzbeh[öo]rde\\s+(?:belgiens|in\\s+belgien)',
    'bdpa',
    'gba',
    'apd',
  ]),
  former('be_cbpl', 'Commissie voor de bescherming van de persoonlijke levenssfeer (Privacycommissie)', 'BE', 'be_gba', [
    'commissie\\s+(?:voor\\s+)?(?:de\\s+)?bescherming\\s+van\\s+de\\s+persoonlijke\\s+levenssfeer',
    'commission\\s+(?:de\\s+la\\s+|pour\\s+la\\s+)?protection\\s+de\\s+la\\s+vie\\s+priv[ée]e',
    'kommission\\s+f[üu]r\\s+den\\s+schutz\\s+des\\s+privatlebens',
    'belgian\\s+privacy\\s+commission',
    'privacy\\s+commission\\s+(?:of|in)\\s+belgium',
    // Also written apart: "Gegevensbeschermingsautoriteit ( Privacy Commissie)".
    'privacy[\\s-]?commissie',
    'cbpl',
    'cpvp',
  ]),

  // ---------------------------------------------------------------- France, Luxembourg, Ireland, UK, Switzerland
  current('fr_cnil', "Commission nationale de l'informatique et des libertés", 'FR', [
    'commission\\s+nationale\\s+(?:de\\s+l[\'’]\\s*)?informatique\\s+et\\s+(?:des\\s+)?libert[ée]s',
    'french\\s+data\\s+protection\\s+authority',
    'cnil',
  ]),
  // "CNPD" is also Portugal's abbreviation; in nl/en/de/fr policies Luxembourg is the likelier reading.
  current('lu_cnpd', 'Commission nationale pour la protection des données', 'LU', [
    'commission\\s+nationale\\s+pour\\s+la\\s+protection\\s+des\\s+donn[ée]es',
    'national\\s+commission\\s+for\\s+data\\s+protection',
    'luxembourg(?:ish)?\\s+data\\s+protection\\s+(?:authority|commission)',
    'cnpd\\.public\\.lu',
    'cnpd(?!\\.pt)',
  ]),
  current('ie_dpc', 'Data Protection Commission / An Coimisiún um Chosaint Sonraí', 'IE', [
    '(?:irish\\s+)?data\\s+protection\\s+commission',
    'an\\s+coimisi[úu]n\\s+um\\s+chosaint\\s+sonra[íi]',
    'dataprotection\\.ie',
    'dpc',
  ]),
  // The Irish authority was the "Data Protection Commissioner" until 25 May 2018. Malta's current "Information and
  // Data Protection Commissioner" is kept out by the look-behind.
  former('ie_dpc_old', 'Data Protection Commissioner (Ireland)', 'IE', 'ie_dpc', [
    '(?<!and\\s)(?:office\\s+of\\s+the\\s+)?(?:irish\\s+)?data\\s+protection\\s+commissioner',
  ]),
  // The Data (Use and Access) Act 2025 turns the ICO into the "Information Commission" once commenced (pending in
  // mid-2026 per gdpr.md §3.5), so the new name is matched here too.
  current('uk_ico', "Information Commissioner's Office", 'GB', [
    'information\\s+commissioner[\'’]?s?\\s+office',
    '(?:uk\\s+)?information\\s+commissioner',
    'information\\s+commission',
    'ico\\.org\\.uk',
    // not the ".ico" file extension (favicon.ico)
    '(?<!\\.)ico',
  ]),
  current('ch_fdpic', 'Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB)', 'CH', [
    'eidgen[öo]ssische[rn]?\\s+datenschutz-?\\s+und\\s+[öo]ffentlichkeitsbeauftragte[rn]?',
    'pr[ée]pos[ée]\\s+f[ée]d[ée]ral\\s+[àa]\\s+la\\s+protection\\s+des\\s+donn[ée]es\\s+et\\s+[àa]\\s+la\\s+transparence',
    'incaricato\\s+federale\\s+della\\s+protezione\\s+dei\\s+dati\\s+e\\s+della\\s+trasparenza',
    'federal\\s+data\\s+protection\\s+and\\s+information\\s+commissioner',
    'edoeb\\.admin\\.ch',
    'ed[öo]b',
    'edoeb',
    'pfpdt',
    'ifpdt',
    'fdpic',
  ]),

  // ---------------------------------------------------------------- Germany (federal + Länder)
  current('de_bfdi', 'Bundesbeauftragte für den Datenschutz und die Informationsfreiheit', 'DE', [
    'bundes(?:datenschutz)?beauftragte[rn]?\\s+f[üu]r\\s+(?:den\\s+)?datenschutz(?:\\s+und\\s+(?:die\\s+)?informationsfreiheit)?',
    'federal\\s+commissioner\\s+for\\s+data\\s+protection(?:\\s+and\\s+freedom\\s+of\\s+information)?',
    'bfdi(?:\\.bund\\.de)?',
  ]),
  current('de_bw', 'Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg', 'DE', [
    ...landEn('baden[\\s-]+w[üu]e?rttemberg'),
    land('baden[\\s-]+w[üu]rttemberg'),
    'lfdi\\s*(?:bw|baden[\\s-]+w[üu]rttemberg)',
    'baden-wuerttemberg\\.datenschutz\\.de',
  ]),
  current('de_by_lda', 'Bayerisches Landesamt für Datenschutzaufsicht', 'DE', [
    'bayerische[sn]?\\s+landesamt(?:es)?\\s+f[üu]r\\s+datenschutzaufsicht',
    'bavarian\\s+(?:state\\s+office\\s+for\\s+data\\s+protection\\s+supervision|data\\s+protection\\s+authority)',
    'lda\\.bayern\\.de',
    'baylda',
  ]),
  current('de_by_lfd', 'Bayerischer Landesbeauftragter für den Datenschutz', 'DE', [
    'bayerische[rn]?\\s+landesbeauftragte[rn]?\\s+f[üu]r\\s+den\\s+datenschutz',
    ...landEn('bavaria', 'bavarian'),
    'datenschutz-bayern\\.de',
    'baylfd',
  ]),
  current('de_be', 'Berliner Beauftragte für Datenschutz und Informationsfreiheit', 'DE', [
    ...landEn('berlin'),
    'berliner\\s+beauftragte[rn]?\\s+f[üu]r\\s+datenschutz(?:\\s+und\\s+informationsfreiheit)?',
    'berliner\\s+datenschutzbeauftragte[rn]?',
    'datenschutz-berlin\\.de',
    'blnbdi',
  ]),
  current('de_bb', 'Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg', 'DE', [
    ...landEn('brandenburg'),
    land('brandenburg'),
    'lda\\s+brandenburg',
    'lda\\.brandenburg\\.de',
  ]),
  current('de_hb', 'Landesbeauftragte für Datenschutz und Informationsfreiheit der Freien Hansestadt Bremen', 'DE', [
    ...landEn('bremen'),
    land('bremen'),
    'lfdi\\s+bremen',
    'datenschutz\\.bremen\\.de',
  ]),
  current('de_hh', 'Hamburgische Beauftragte für Datenschutz und Informationsfreiheit', 'DE', [
    ...landEn('hamburg'),
    'hamburgische[rn]?\\s+beauftragte[rn]?\\s+f[üu]r\\s+datenschutz(?:\\s+und\\s+informationsfreiheit)?',
    'hamburgische[rn]?\\s+datenschutzbeauftragte[rn]?',
    'datenschutz-hamburg\\.de',
    'hmbbfdi',
  ]),
  current('de_he', 'Hessische Beauftragte für Datenschutz und Informationsfreiheit', 'DE', [
    ...landEn('hesse', 'hessian'),
    'hessische[rn]?\\s+beauftragte[rn]?\\s+f[üu]r\\s+datenschutz(?:\\s+und\\s+informationsfreiheit)?',
    'hessische[rn]?\\s+datenschutzbeauftragte[rn]?',
    'datenschutz\\.hessen\\.de',
    'hbdi',
  ]),
  current('de_mv', 'Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern', 'DE', [
    ...landEn('mecklenburg[\\s-]+(?:western\\s+pomerania|vorpommern)'),
    land('mecklenburg[\\s-]+vorpommern'),
    'lfdi\\s+m-?v',
    'datenschutz-mv\\.de',
  ]),
  current('de_ni', 'Landesbeauftragte für den Datenschutz Niedersachsen', 'DE', [
    ...landEn('lower\\s+saxony'),
    land('niedersachsen'),
    'lfd\\s+niedersachsen',
    'lfd\\.niedersachsen\\.de',
  ]),
  current('de_nw', 'Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen', 'DE', [
    ...landEn('north\\s+rhine[\\s-]+westphalia'),
    land('nordrhein[\\s-]+westfalen'),
    'ldi\\s+nrw',
    'ldi\\.nrw\\.de',
  ]),
  current('de_rp', 'Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz', 'DE', [
    ...landEn('rhineland[\\s-]+palatinate'),
    land('rheinland[\\s-]+pfalz'),
    'lfdi\\s+rlp',
    'datenschutz\\.rlp\\.de',
  ]),
  current('de_sl', 'Unabhängiges Datenschutzzentrum Saarland', 'DE', [
    ...landEn('saarland'),
    'unabh[äa]ngiges\\s+datenschutzzentrum(?:\\s+saarland)?',
    land('saarland'),
    'datenschutz\\.saarland\\.de',
  ]),
  current('de_sn', 'Sächsische Datenschutz- und Transparenzbeauftragte', 'DE', [
    ...landEn('saxony(?![\\s-]+anhalt)', 'saxon'),
    's[äa]chsische[rn]?\\s+datenschutz-?\\s+und\\s+transparenzbeauftragte[rn]?',
    's[äa]chsische[rn]?\\s+datenschutzbeauftragte[rn]?',
    'datenschutz\\.sachsen\\.de',
  ]),
  current('de_st', 'Landesbeauftragte für den Datenschutz Sachsen-Anhalt', 'DE', [
    ...landEn('saxony[\\s-]+anhalt'),
    land('sachsen[\\s-]+anhalt'),
    'lfd\\s+lsa',
    'datenschutz\\.sachsen-anhalt\\.de',
  ]),
  current('de_sh', 'Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein', 'DE', [
    ...landEn('schleswig[\\s-]+holstein'),
    'unabh[äa]ngiges\\s+landeszentrum\\s+f[üu]r\\s+datenschutz(?:\\s+schleswig[\\s-]+holstein)?',
    'datenschutzzentrum\\.de',
    'uld',
  ]),
  current('de_th', 'Thüringer Landesbeauftragte für den Datenschutz und die Informationsfreiheit', 'DE', [
    ...landEn('thuringia', 'thuringian'),
    'th[üu]ringer\\s+landesbeauftragte[rn]?\\s+f[üu]r\\s+den\\s+datenschutz(?:\\s+und\\s+die\\s+informationsfreiheit)?',
    'tlfdi(?:\\.de)?',
  ]),
  // Fallback for a Land authority named without its Land. It also matches inside the specific names above, so the
  // caller should drop it when a more specific entry covers the same text.
  current('de_land', 'Landesdatenschutzbehörde (Land nicht genannt)', 'DE', [
    LFD,
    `(?:state|land)\\s+${COMMISSIONER_EN}`,
    'landesamt\\s+f[üu]r\\s+datenschutz(?:aufsicht)?',
    'landesdatenschutzbeh[öo]rde',
  ]),

  // Church authorities (Art. 91 GDPR): the Catholic dioceses' and the Protestant church's own supervisors.
  current('de_kdsz', 'Katholisches Datenschutzzentrum', 'DE', [
    'katholische[sn]?\\s+datenschutzzentrum(?:s)?(?:\\s+(?:frankfurt|dortmund|bayern|k[öo]rperschaft\\s+des\\s+[öo]ffentlichen\\s+rechts))?',
    'kirchliche[rn]?\\s+datenschutzaufsicht',
    'di[öo]zesandatenschutzbeauftragte[rn]?',
    'katholisches-datenschutzzentrum\\.de', 'kdsz\\.de',
  ]),
  current('de_ekd', 'Der Beauftragte für den Datenschutz der EKD', 'DE', [
    'beauftragte[rn]?\\s+f[üu]r\\s+den\\s+datenschutz\\s+der\\s+(?:ekd|evangelischen\\s+kirche\\s+in\\s+deutschland)',
    'datenschutz\\.ekd\\.de',
  ]),

  // ---------------------------------------------------------------- Other EU/EEA states
  // Bare "Datenschutzbehörde" is the Austrian body's name (noyb writes it so) but also generic German for any DPA
  // and the German name of the Belgian GBA; the look-behind drops the generic "zuständige/eine/Ihre ..." forms.
  current('at_dsb', 'Österreichische Datenschutzbehörde', 'AT', [
    '(?:österreichische|austrian)\\s+datenschutzbeh[öo]rde',
    'austrian\\s+data\\s+protection\\s+authority',
    'dsb\\.gv\\.at',
    '(?<!(?:zust[äa]ndige[nr]?|eine[mnr]?|jeweilige[nr]?|lokale[nr]?|nationale[nr]?|ihre[rn]?|andere[nr]?|europ[äa]ische[nr]?|belgische[nr]?|niederl[äa]ndische[nr]?)\\s)datenschutzbeh[öo]rde(?!\\s+(?:belgiens|in\\s+belgien|ihres|ihrem|ihrer|des\\s+(?:landes|mitgliedstaat)))',
  ]),
  current('bg_cpdp', 'Комисия за защита на личните данни', 'BG', [
    'комисия(?:та)?\\s+за\\s+защита\\s+на\\s+личните\\s+данни',
    'commission\\s+for\\s+personal\\s+data\\s+protection',
    'cpdp\\.bg',
    'кзлд',
  ]),
  current('hr_azop', 'Agencija za zaštitu osobnih podataka', 'HR', [
    'agencija\\s+za\\s+za[šs]titu\\s+osobnih\\s+podataka',
    'croatian\\s+personal\\s+data\\s+protection\\s+agency',
    'azop',
  ]),
  current('cy_cpdp', 'Γραφείο Επιτρόπου Προστασίας Δεδομένων Προσωπικού Χαρακτήρα', 'CY', [
    '(?:office\\s+of\\s+the\\s+)?commissioner\\s+for\\s+personal\\s+data\\s+protection',
    'επ[ιί]τροπο[ςυ]\\s+προστασ[ιί]ας\\s+δεδομ[εέ]νων\\s+προσωπικο[υύ]\\s+χαρακτ[ηή]ρα',
    'dataprotection\\.gov\\.cy',
  ]),
  current('cz_uoou', 'Úřad pro ochranu osobních údajů', 'CZ', [
    '[úu][řr]ad\\s+pro\\s+ochranu\\s+osobn[íi]ch\\s+[úu]daj[ůu]',
    'office\\s+for\\s+personal\\s+data\\s+protection(?!\\s+of\\s+the\\s+slovak)',
    'uoou\\.(?:gov\\.)?cz',
    '[úu]oo[úu](?!\\s*sr(?![\\p{L}]))',
  ]),
  current('dk_datatilsynet', 'Datatilsynet (Denmark)', 'DK', [
    'danish\\s+data\\s+protection\\s+agency',
    '(?:danish|danske)\\s+datatilsynet',
    'datatilsynet\\.dk',
  ]),
  current('ee_aki', 'Andmekaitse Inspektsioon', 'EE', [
    'andmekaitse\\s+inspektsioon',
    'estonian\\s+data\\s+protection\\s+inspectorate',
    'aki\\.ee',
  ]),
  current('fi_tsv', 'Tietosuojavaltuutetun toimisto', 'FI', [
    'tietosuojavaltuutetun\\s+toimisto',
    'tietosuojavaltuutettu',
    'dataombudsmannens\\s+byr[åa]',
    '(?:office\\s+of\\s+the\\s+)?data\\s+protection\\s+ombudsman',
    'tietosuoja\\.fi',
  ]),
  current('gr_hdpa', 'Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα', 'GR', [
    'αρχ[ηή]\\s+προστασ[ιί]ας\\s+δεδομ[εέ]νων\\s+προσωπικο[υύ]\\s+χαρακτ[ηή]ρα',
    'hellenic\\s+data\\s+protection\\s+authority',
    'dpa\\.gr',
    'hdpa',
  ]),
  current('hu_naih', 'Nemzeti Adatvédelmi és Információszabadság Hatóság', 'HU', [
    'nemzeti\\s+adatv[ée]delmi\\s+[ée]s\\s+inform[áa]ci[óo]szabads[áa]g\\s+hat[óo]s[áa]g',
    'national\\s+authority\\s+for\\s+data\\s+protection\\s+and\\s+freedom\\s+of\\s+information',
    'naih',
  ]),
  current('is_personuvernd', 'Persónuvernd', 'IS', ['pers[óo]nuvernd', 'icelandic\\s+data\\s+protection\\s+authority']),
  current('it_gpdp', 'Garante per la protezione dei dati personali', 'IT', [
    'garante\\s+per\\s+la\\s+protezione\\s+dei\\s+dati\\s+personali',
    'garante\\s+(?:della\\s+)?privacy',
    'italian\\s+data\\s+protection\\s+authority',
    'garanteprivacy\\.it',
    'gpdp',
  ]),
  current('lv_dvi', 'Datu valsts inspekcija', 'LV', [
    'datu\\s+valsts\\s+inspekcija',
    'data\\s+state\\s+inspectorate',
    'dvi\\.gov\\.lv',
  ]),
  current('li_dss', 'Datenschutzstelle Liechtenstein', 'LI', [
    'datenschutzstelle(?:\\s+(?:des\\s+f[üu]rstentums\\s+)?liechtenstein)?',
    'data\\s+protection\\s+authority\\s+(?:of\\s+)?liechtenstein',
    'datenschutzstelle\\.li',
  ]),
  current('lt_vdai', 'Valstybinė duomenų apsaugos inspekcija', 'LT', [
    'valstybin[ėe]\\s+duomen[ųu]\\s+apsaugos\\s+inspekcija',
    'state\\s+data\\s+protection\\s+inspectorate',
    'vdai',
  ]),
  current('mt_idpc', 'Information and Data Protection Commissioner', 'MT', [
    '(?:office\\s+of\\s+the\\s+)?information\\s+and\\s+data\\s+protection\\s+commissioner',
    'idpc(?:\\.org\\.mt)?',
  ]),
  current('no_datatilsynet', 'Datatilsynet (Norway)', 'NO', [
    'norwegian\\s+data\\s+protection\\s+authority',
    '(?:norwegian|norske)\\s+datatilsynet',
    'datatilsynet\\.no',
  ]),
  current('pl_uodo', 'Urząd Ochrony Danych Osobowych', 'PL', [
    'urz[ąa]d\\s+ochrony\\s+danych\\s+osobowych',
    'prezes(?:a)?\\s+uodo',
    'personal\\s+data\\s+protection\\s+office',
    'polish\\s+data\\s+protection\\s+(?:authority|office)',
    'uodo',
  ]),
  // Replaced by the UODO on 25 May 2018 (gdpr.md §3.5).
  former('pl_giodo', 'Generalny Inspektor Ochrony Danych Osobowych (GIODO)', 'PL', 'pl_uodo', [
    'generalny\\s+inspektor\\s+ochrony\\s+danych\\s+osobowych',
    'giodo',
  ]),
  current('pt_cnpd', 'Comissão Nacional de Proteção de Dados', 'PT', [
    'comiss[ãa]o\\s+nacional\\s+de\\s+prote[çc][ãa]o\\s+de\\s+dados',
    'portuguese\\s+(?:data\\s+protection\\s+(?:authority|commission)|national\\s+data\\s+protection\\s+commission)',
    'cnpd\\.pt',
  ]),
  current('ro_anspdcp', 'Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal', 'RO', [
    'autoritatea\\s+na[țţt]ional[ăa]\\s+de\\s+supraveghere\\s+a\\s+prelucr[ăa]rii\\s+datelor\\s+cu\\s+caracter\\s+personal',
    'national\\s+supervisory\\s+authority\\s+for\\s+personal\\s+data\\s+processing',
    'dataprotection\\.ro',
    'anspdcp',
  ]),
  current('sk_uoou', 'Úrad na ochranu osobných údajov Slovenskej republiky', 'SK', [
    '[úu]rad\\s+na\\s+ochranu\\s+osobn[ýy]ch\\s+[úu]dajov(?:\\s+slovenskej\\s+republiky)?',
    'office\\s+for\\s+personal\\s+data\\s+protection\\s+of\\s+the\\s+slovak\\s+republic',
    'dataprotection\\.gov\\.sk',
    '[úu]oo[úu]\\s*sr',
  ]),
  current('si_ip', 'Informacijski pooblaščenec', 'SI', ['informacijski\\s+poobla[šs][čc]enec', 'ip-rs\\.si']),
  current('es_aepd', 'Agencia Española de Protección de Datos', 'ES', [
    'agencia\\s+espa[ñn]ola\\s+de\\s+protecci[óo]n\\s+de\\s+datos',
    'spanish\\s+data\\s+protection\\s+(?:agency|authority)',
    'aepd',
  ]),
  current('es_apdcat', 'Autoritat Catalana de Protecció de Dades', 'ES', [
    'autoritat\\s+catalana\\s+de\\s+protecci[óo]\\s+de\\s+dades',
    'apdcat',
  ]),
  current('es_avpd', 'Agencia Vasca de Protección de Datos / Datuak Babesteko Euskal Bulegoa', 'ES', [
    'agencia\\s+vasca\\s+de\\s+protecci[óo]n\\s+de\\s+datos',
    'datuak\\s+babesteko\\s+euskal\\s+bulegoa',
    'avpd',
  ]),
  current('es_ctpda', 'Consejo de Transparencia y Protección de Datos de Andalucía', 'ES', [
    'consejo\\s+de\\s+transparencia\\s+y\\s+protecci[óo]n\\s+de\\s+datos\\s+de\\s+andaluc[íi]a',
    'ctpda',
  ]),
  current('se_imy', 'Integritetsskyddsmyndigheten', 'SE', [
    'integritetsskyddsmyndigheten',
    'swedish\\s+authority\\s+for\\s+privacy\\s+protection',
    'imy\\.se',
    'imy',
  ]),
  // Renamed to IMY on 1 Jan 2021 (gdpr.md marks the exact date unverified; the rename itself is not in doubt).
  former('se_datainspektionen', 'Datainspektionen', 'SE', 'se_imy', ['datainspektionen']),

  // ---------------------------------------------------------------- Canada (French-language policies from Québec and Canada)
  current('ca_opc', 'Commissariat à la protection de la vie privée du Canada / Office of the Privacy Commissioner of Canada', 'CA', [
    'commissariat\\s+[àa]\\s+la\\s+protection\\s+de\\s+la\\s+vie\\s+priv[ée]e\\s+du\\s+canada',
    'commissaire\\s+[àa]\\s+la\\s+protection\\s+de\\s+la\\s+vie\\s+priv[ée]e\\s+du\\s+canada',
    'office\\s+of\\s+the\\s+privacy\\s+commissioner\\s+of\\s+canada',
    'privacy\\s+commissioner\\s+of\\s+canada',
    'priv\\.gc\\.ca',
  ]),
  current('ca_qc_cai', "Commission d'accès à l'information du Québec", 'CA', [
    'commission\\s+d[\'’]acc[èe]s\\s+[àa]\\s+l[\'’]information(?:\\s+du\\s+qu[ée]bec)?',
    'cai\\.gouv\\.qc\\.ca',
  ]),

  // ---------------------------------------------------------------- EU bodies (not complaint authorities for websites)
  // "CEPD" is the French abbreviation of both bodies, so it is left out.
  current('eu_edpb', 'European Data Protection Board', 'EU', [
    'european\\s+data\\s+protection\\s+board',
    'europees\\s+comit[ée]\\s+voor\\s+(?:de\\s+)?gegevensbescherming',
    'europ[äa]ische[rn]?\\s+datenschutzausschuss(?:es)?',
    'comit[ée]\\s+europ[ée]en\\s+de\\s+(?:la\\s+)?protection\\s+des\\s+donn[ée]es',
    'edpb',
    'edsa',
  ]),
  current('eu_edps', 'European Data Protection Supervisor', 'EU', [
    'european\\s+data\\s+protection\\s+supervisor',
    'europese\\s+toezichthouder\\s+voor\\s+(?:de\\s+)?gegevensbescherming',
    'europ[äa]ische[rn]?\\s+datenschutzbeauftragte[rn]?',
    'contr[ôo]leur\\s+europ[ée]en\\s+de\\s+(?:la\\s+)?protection\\s+des\\s+donn[ée]es',
    'edps',
    'edsb',
  ]),
];

const BY_ID = new Map(AUTHORITIES.map((a) => [a.id, a]));

export function authorityById(id: string): AuthorityEntry | undefined {
  return BY_ID.get(id);
}


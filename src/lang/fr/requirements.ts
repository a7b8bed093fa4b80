import type { RequirementLexicon } from '../../lexicon/requirements.js';
import { NOT_POST_MORTEM } from './rights.js';

const D = 'donn[ée]es';
const THIRD = '(?:tiers?|tierces?\\s+parties|parties\\s+tierces|quiconque|personne)';
const SHARED = "(?:transmise?s?|communiqu[ée]e?s?|partag[ée]e?s?|divulgu[ée]e?s?|transf[ée]r[ée]e?s?|(?:mise?s?)\\s+[àa]\\s+(?:la\\s+)?disposition)";
const SHARE = "(?:partag(?:e|eons|eront|erai|erons|ent|er)|communiqu(?:e|ons|erons|erai|ent|er)|transmett(?:ons|rons|rai|ent|re)|transmet|divulgu(?:e|ons|erons|er)|transf[ée]r(?:e|ons|erons|er)|donn(?:ons|erons)\\s+acc[èe]s)";
const PROVIDE = '(?:fournir|communiquer|transmettre|renseigner|remplir|saisir|donner|indiquer)';

/**
 * A purpose clause whose object is the basis itself gives no interest: "pour protéger nos intérêts légitimes", "afin de
 * préserver nos droits et intérêts légitimes", "aux fins de nos intérêts légitimes", "aux fins des intérêts légitimes
 * poursuivis par le responsable du traitement" (the Art. 6(1)(f) formula).
 */
const NOT_LI = "(?!\\s*(?:(?:prot[ée]ger|d[ée]fendre|pr[ée]server|sauvegarder|garantir|servir|poursuivre|faire\\s+valoir)\\s+)?(?:s\\s+|nos\\s+|notre\\s+|les\\s+|leurs?\\s+|ses\\s+|son\\s+|l['’]\\s*)?(?:droits\\s+et\\s+)?int[ée]r[êe]ts?\\s+l[ée]gitimes?)";

export const requirements: RequirementLexicon = {
  statutoryContractual: [
    // "Vous n'avez aucune obligation légale ou contractuelle de nous fournir vos données".
    `(?:aucune|pas\\s+d['’])\\s*obligation\\s+(?:l[ée]gale|contractuelle|r[ée]glementaire)?\\s*(?:(?:ou|ni|et)\\s+(?:l[ée]gale|contractuelle|r[ée]glementaire)\\s+)?de\\s+(?:nous\\s+)?${PROVIDE}`,
    // "Vous êtes libre de (ne pas) nous communiquer ces informations".
    `(?:vous\\s+[êe]tes|tu\\s+es)\\s+libres?\\s+de\\s+(?:ne\\s+pas\\s+)?(?:nous\\s+)?(?:${PROVIDE}|r[ée]pondre)`,
    // Anonymous use or contact: "Vous pouvez nous contacter de manière anonyme"; an account required: "Pour passer commande, vous
    // devez créer un compte"; not needed: "L'utilisation de l'application ne nécessite pas de créer un compte", "Nous ne vous
    // demandons aucune donnée personnelle".
    "(?:contacter|utiliser|consulter|naviguer|participer|visiter|commander)\\s+(?:\\S+\\s+){0,4}?(?:de\\s+(?:mani[èe]re|fa[çc]on)\\s+anonyme|anonymement)",
    "(?:vous\\s+devez|vous\\s+devrez|tu\\s+dois|il\\s+(?:vous|te)\\s+faut)\\s+(?:d['’]abord\\s+|obligatoirement\\s+|pr[ée]alablement\\s+)?(?:cr[ée]er\\s+un\\s+compte|ouvrir\\s+un\\s+compte|vous\\s+inscrire|t['’]inscrire|vous\\s+identifier|vous\\s+enregistrer)",
    "ne\\s+(?:n[ée]cessite|requiert|exige)\\s+pas\\s+(?:de\\s+|d['’])\\s*(?:cr[ée]er\\s+(?:de|un)\\s+compte|vous\\s+inscrire|vous\\s+identifier|fournir|communiquer)",
    "ne\\s+(?:vous|te)\\s+demand(?:ons|e|ent)\\s+(?:aucune|pas\\s+de|pas\\s+d['’])\\s*(?:donn[ée]e|information|inscription|compte)",
    // A field required: "L'adresse e-mail est obligatoire", "Seuls le nom et l'adresse e-mail sont obligatoires", "Votre nom est
    // requis pour l'inscription", "Ces données sont exigées pour l'inscription".
    "(?<!(?:mention|affichage|publication)\\s+(?:du|de\\s+l['’]|de\\s+la|des|de\\s+votre|de\\s+son)\\s*)(?:adresse\\s+(?:e-?mail|[ée]lectronique|postale|mail)|e-?mail|nom|pr[ée]nom|num[ée]ro\\s+de\\s+t[ée]l[ée]phone|t[ée]l[ée]phone|date\\s+de\\s+naissance)\\s+(?:est|sont)\\s+(?:strictement\\s+)?(?:obligatoires?|requise?s?|exig[ée]e?s?)(?![\\p{L}])",
    `(?:${D}|informations|renseignements)\\s+(?:\\S+\\s+){0,4}?(?:sont|est)\\s+exig[ée]e?s?\\s+(?:pour|afin|[àa]|au|aux|lors)(?![\\p{L}])`,
    // What follows, or the choice: "Le fait de ne pas fournir ces informations peut empêcher le traitement", "la possibilité de ne
    // pas renseigner certains champs".
    `ne\\s+pas\\s+(?:nous\\s+)?(?:les\\s+|leur\\s+)?${PROVIDE}\\s+(?:\\S+\\s+){0,4}?(?:emp[êe]ch|entra[îi]n|compromet|rend(?:ra|rait)?\\s+impossible)\\p{L}*`,
    `possibilit[ée]\\s+de\\s+ne\\s+pas\\s+(?:nous\\s+)?${PROVIDE}`,
    // Asked of the person: "Pour vous inscrire, il vous sera demandé votre nom"; what a step needs: "L'inscription nécessite la
    // fourniture de votre adresse e-mail".
    // Not a rule to follow: "Il vous est demandé de respecter la charte".
    `il\\s+(?:vous|te)\\s+(?:sera|est|serait)\\s+demand[ée]\\s+(?:de\\s+(?:nous\\s+)?${PROVIDE}|(?:votre|vos|ton|tes|un|une|des|le|la|les|l['’]|certaines|quelques)(?![\\p{L}]))`,
    "(?:n[ée]cessite(?:nt)?|requiert|requi[èe]rent|exige(?:nt)?|suppose(?:nt)?)\\s+(?:obligatoirement\\s+)?(?:la\\s+fourniture|la\\s+communication|la\\s+saisie|la\\s+transmission|le\\s+renseignement|l['’]indication)\\s+d(?:e|u|es|['’])",
    // Required, the data named further back: "Les données sont communiquées directement par la personne et sont obligatoires pour
    // la gestion des adhésions" (not "Le port du masque est obligatoire pour …").
    `(?<=(?:${D}|informations|renseignements|coordonn[ée]es)[^.;]{0,80}?)(?:sont|est)\\s+(?:strictement\\s+)?(?:obligatoires?|facultati(?:f|ve)s?|requises?)\\s+(?:pour|afin|[àa]|au|aux)(?![\\p{L}])`,
    // Nothing needed to visit: "Aucune donnée personnelle n'est nécessaire pour consulter le site", "La consultation du site ne
    // nécessite aucune inscription".
    `aucune\\s+donn[ée]es?\\s+(?:personnelle\\s+|[àa]\\s+caract[èe]re\\s+personnel\\s+)?n['’](?:est|sont)\\s+(?:\\S+\\s+)?(?:n[ée]cessaires?|requises?|obligatoires?|demand[ée]e?s?)\\s+pour\\s+(?:consulter|visiter|utiliser|naviguer|acc[ée]der)`,
    "(?:consultation|visite|utilisation)\\s+(?:du|de\\s+(?:ce|notre|la|l['’]))\\s*(?:site|application|plateforme)\\s+(?:\\S+\\s+){0,2}?ne\\s+(?:n[ée]cessite|requiert|exige|demande)\\s+(?:aucune?|pas\\s+d['’]|pas\\s+de)\\s*(?:inscription|compte|identification|donn[ée]es?|information)",
    // Le site sans données : "consulter le site sans fournir de données personnelles", "de façon entièrement anonyme".
    `(?:consulter|visiter|utiliser|naviguer)\\s+(?:\\S+\\s+){0,4}?sans\\s+(?:avoir\\s+[àa]\\s+)?(?:fournir|communiquer|donner|renseigner|transmettre)\\s+(?:de\\s+|vos\\s+|aucune\\s+)?${D}`,
    "(?:si|lorsque)\\s+vous\\s+(?:choisissez|d[ée]cidez|souhaitez)\\s+de\\s+(?:nous\\s+)?(?:fournir|communiquer|transmettre|renseigner|donner)",
    // The templates' "Il est alors précisé à l'utilisateur … l'obligation ou non de fournir ces informations".
    `obligation\\s+ou\\s+non\\s+de\\s+(?:nous\\s+)?(?:les\\s+)?${PROVIDE}`,
    // "caractère obligatoire ou facultatif", "les champs marqués d'un astérisque sont obligatoires".
    'caract[èe]re\\s+(?:obligatoire|facultatif)', 'champs?\\s+(?:obligatoires?|facultatifs?|requis)',
    // Participles in every gender and number: "marqués", "marquées d'un astérisque".
    '(?:marqu[ée]e?s?|signal[ée]e?s?|identifi[ée]e?s?|indiqu[ée]e?s?|suivi(?:e|s|es)?|d[ée]sign[ée]e?s?|accompagn[ée]e?s?|rep[ée]r[ée]e?s?)\\s+(?:par\\s+|d[\'’]|avec\\s+)?(?:un\\s+|une\\s+)?(?:ast[ée]risque|\\*|[ée]toile)',
    // "Les informations indiquées comme obligatoires", "les données obligatoires sont signalées".
    '(?:indiqu|signal|marqu|mentionn|identifi|d[ée]sign)[ée]e?s?\\s+comme\\s+(?:obligatoires?|facultati(?:f|ve)s?|requises?)',
    `(?:${D}|informations|champs|r[ée]ponses|mentions)\\s+obligatoires\\s+(?:\\S+\\s+){0,2}?(?:sont|est)\\s+(?:signal[ée]e?s|indiqu[ée]e?s|marqu[ée]e?s|identifi[ée]e?s|pr[ée]cis[ée]e?s|mentionn[ée]e?s)`,
    // What follows without the data: "En l'absence de ces informations, …", "Si ces données ne sont pas fournies, …".
    `en\\s+l['’]absence\\s+de\\s+(?:ces|vos|telles|ses|cette|votre|certaines|ces\\s+m[êe]mes)\\s+(?:${D}|informations?|r[ée]ponses?|coordonn[ée]es|adresse|pi[èe]ces|[ée]l[ée]ments)`,
    `l['’]absence\\s+de\\s+r[ée]ponse`,
    `si\\s+(?:ces|vos|les|certaines|ces)\\s+(?:${D}|informations|coordonn[ée]es|champs)\\s+(?:\\S+\\s+){0,2}?ne\\s+(?:sont|sont\\s+pas|seront|peuvent)\\s+(?:pas\\s+|\\S+\\s+pas\\s+)?(?:fourni|communiqu|renseign|transmi|rempli|indiqu|saisi)\\p{L}*`,
    "il\\s+ne\\s+nous\\s+(?:sera|serait|est)\\s+pas\\s+possible",
    // Required: "Vous devrez obligatoirement renseigner …", "doivent être obligatoirement fournies", "Il est nécessaire de fournir …".
    `obligatoirement\\s+(?:\\S+\\s+){0,2}?(?:${PROVIDE}|fourni(?:e|s|es)?|renseign[ée]e?s?|communiqu[ée]e?s?|saisi(?:e|s|es)?|remplie?s?|indiqu[ée]e?s?)`,
    `(?:doivent|doit|devront|devra)\\s+(?:obligatoirement\\s+|imp[ée]rativement\\s+)?[êe]tre\\s+(?:obligatoirement\\s+)?(?:fourni|renseign[ée]|communiqu[ée]|saisi|remplie?|indiqu[ée])(?:e|s|es)?`,
    `il\\s+(?:vous\\s+)?(?:est|sera)\\s+(?:\\S+\\s+)?(?:n[ée]cessaire|indispensable|obligatoire|requis)\\s+de\\s+(?:nous\\s+)?${PROVIDE}`,
    `(?:vous\\s+n['’]avez|tu\\s+n['’]as)\\s+pas\\s+l['’]obligation\\s+de`,
    // Given of one's own will: "que vous nous fournissez de votre plein gré", "sur une base facultative".
    'de\\s+(?:votre|ton|leur|son)\\s+plein\\s+gr[ée]', 'base\\s+facultative',
    // Collected only when the person hands them over: "Je ne recueille ton e-mail que lorsque tu me le donnes" (not consent).
    "(?:ne|n['’])\\s*(?:\\S+\\s+){0,2}?(?:collect|recueill|r[ée]colt|trait|conserv|enregistr|re[çc]oi)\\p{L}*\\s+(?:\\S+\\s+){0,6}?que\\s+(?:lorsque|lorsqu['’]|si|quand|s['’])\\s*(?:vous|tu)\\s+(?:\\S+\\s+){0,3}?(?:fourni|donn|communiqu|transm|saisi|rempli|renseign|envoy)\\p{L}*(?!\\s+(?:\\S+\\s+){0,2}?(?:consentement|accord|autorisation))",
    // The site without identifying oneself: "naviguer sur le site sans avoir à vous identifier".
    `(?:consulter|visiter|utiliser|naviguer|acc[ée]der)\\s+(?:\\S+\\s+){0,4}?sans\\s+(?:avoir\\s+[àa]\\s+|devoir\\s+)?(?:vous\\s+identifier|vous\\s+inscrire|r[ée]v[ée]ler\\s+votre\\s+identit[ée]|(?:nous\\s+)?(?:fournir|communiquer|donner|transmettre|renseigner)\\s+(?:de\\s+|vos\\s+|aucune\\s+|d['’])?(?:${D}|informations))`,
    // "La fourniture de certaines données est une exigence légale", "conditionne la fourniture du service".
    `(?:fourniture|communication|collecte|recueil)\\s+(?:\\S+\\s+){0,4}?(?:est|constitue|r[ée]pond\\s+[àa])\\s+une\\s+(?:exigence|obligation)\\s+(?:l[ée]gale|r[ée]glementaire|contractuelle)`,
    'conditionne(?:nt)?\\s+(?:la\\s+fourniture|l[\'’]acc[èe]s|la\\s+cr[ée]ation|l[\'’]inscription|la\\s+souscription|le\\s+traitement\\s+de\\s+votre)',
    `(?:la\\s+fourniture|la\\s+communication|le\\s+fait\\s+de\\s+${PROVIDE})\\s+(?:de\\s+(?:ces|vos|certaines|votre)\\s+|des\\s+|du\\s+)?(?:${D}|adresse\\s+(?:e-?mail|[ée]lectronique|postale)|informations|coordonn[ée]es|num[ée]ro\\s+de\\s+t[ée]l[ée]phone)\\s+(?:\\S+\\s+){0,3}?(?:est|sont|n['’]est|ne\\s+sont)\\s+(?:pas\\s+)?(?:obligatoire|facultati(?:f|ve)|volontaire|n[ée]cessaire|requise?)`,
    `${D}\\s+(?:\\S+\\s+){0,4}?(?:sont|est)\\s+(?:strictement\\s+)?(?:obligatoires?|facultati(?:f|ve)s?|requises?)\\s+(?:pour|afin|[àa])`,
    `(?:les|ces|certaines)\\s+${D}\\s+(?:\\S+\\s+){0,3}?(?:sont|est)\\s+(?:obligatoires?|facultatives?)`,
    `(?:aucun|aucune)\\s+(?:recueil|collecte|${D}|information)\\s+(?:\\S+\\s+){0,3}?n['’]est\\s+obligatoire`,
    `(?:vous\\s+)?(?:n['’][êe]tes|[êe]tes)\\s+(?:pas\\s+|aucunement\\s+|nullement\\s+)?(?:oblig[ée]e?s?|tenue?s?|contraints?)\\s+de\\s+(?:nous\\s+)?${PROVIDE}`,
    `(?:vous\\s+)?(?:devez|devrez|[êe]tes\\s+tenu(?:e|s)?\\s+de)\\s+(?:nous\\s+)?${PROVIDE}(?!\\s+(?:votre\\s+)?(?:consentement|accord))`,
    // What follows without the data: "à défaut, nous ne pourrons pas traiter votre demande".
    '[àa]\\s+d[ée]faut(?:\\s+de\\s+(?:\\S+\\s+){0,4}?)?,?\\s+(?:nous\\s+ne\\s+(?:pourrons|pouvons|serons|saurons)|votre\\s+(?:demande|commande|inscription)\\s+ne\\s+(?:pourra|peut)|il\\s+(?:ne\\s+sera|sera\\s+impossible)|(?:la|votre)\\s+\\S+\\s+ne\\s+pourra)',
    `si\\s+vous\\s+(?:ne\\s+(?:souhaitez\\s+pas\\s+)?(?:nous\\s+)?(?:les\\s+)?(?:fournissez|communiquez|transmettez|renseignez|remplissez|donnez)|refusez\\s+de|choisissez\\s+de\\s+ne\\s+pas)`,
    `sans\\s+(?!(?:\\S+\\s+){0,2}?(?:consentement|accord|cookies?)(?![\\p{L}]))(?:[\\p{L}\\p{N}'’-]+\\s+){0,4}?[\\p{L}\\p{N}'’-]+,?\\s+(?:nous\\s+ne\\s+(?:pourrons|pouvons|serons|saurons)|nous\\s+(?:serons|sommes)\\s+dans\\s+l['’]impossibilit[ée]|il\\s+(?:nous\\s+)?(?:est|sera)\\s+impossible)`,
    `(?:nous\\s+ne\\s+(?:pourrons|pouvons|serions|saurions)\\s+pas|nous\\s+serons\\s+dans\\s+l['’]impossibilit[ée]\\s+de|impossibilit[ée]\\s+de)\\s+(?:\\S+\\s+){0,4}?(?:traiter|r[ée]pondre|donner\\s+suite|fournir|ex[ée]cuter|valider|cr[ée]er)`,
    'cons[ée]quences?\\s+(?:\\S+\\s+){0,3}?(?:d[\'’]un\\s+)?d[ée]faut\\s+de\\s+r[ée]ponse', 'exigence\\s+(?:r[ée]glementaire|l[ée]gale)\\s+ou\\s+contractuelle',
    'conditionne(?:nt)?\\s+(?:la\\s+conclusion|l[\'’]ex[ée]cution)', '(?:de\\s+mani[èe]re|[àa]\\s+titre)\\s+(?:volontaire|facultati(?:f|ve))',
    // Not the organisation's own act: "Nous ne collectons pas volontairement d'informations auprès d'enfants", "déposées volontairement aux Archives", a click ("si vous cliquez volontairement sur un lien").
    '(?<!(?:collect|recueill|trait|conserv|partage|vend|utilis|cliqu)\\p{L}*\\s+(?:pas\\s+|jamais\\s+)?|d[ée]pos[ée]e?s?\\s+)volontairement',
    // Providing is optional or voluntary: "Cela est entièrement facultatif", "sur une base volontaire", "(obligatoire)".
    '(?:est|sont|reste|restent)\\s+(?:enti[èe]rement\\s+|tout\\s+[àa]\\s+fait\\s+|totalement\\s+)?(?:facultati(?:f|ve)s?|optionnel(?:le)?s?|volontaires?)', 'base\\s+volontaire', '\\(\\s*(?:obligatoires?|volontaires?)\\s*\\)',
    // Not the legal basis: "Si le traitement des données … est nécessaire pour l'exécution d'un contrat".
    `(?<!(?:traitement|conservation|utilisation|collecte|stockage|communication|transfert)\\s+(?:des|de\\s+vos|de\\s+ces|de\\s+ses)\\s+)(?:${D}|informations|champs|coordonn[ée]es|adresses?)\\s+(?:\\S+\\s+){0,4}?(?:sont|est)\\s+(?:\\S+\\s+){0,2}?(?:requises?|n[ée]cessaires?|indispensables?)\\s+(?:pour\\s+que\\s+nous\\s+puissions|pour|afin\\s+de|[àa]|au|aux)\\s+(?:\\S+\\s+){0,2}?(?:vous\\s+)?(?:fournir|traitement|traiter|l['’]ex[ée]cution|ex[ée]cuter|la\\s+conclusion|conclure|cr[ée]er|cr[ée]ation|inscription|s['’]inscrire|inscrire|valider|acc[ée]der|r[ée]pondre|livr|envoyer|recevoir|contacter|b[ée]n[ée]ficier|utiliser|participer|souscrire|g[ée]rer|la\\s+gestion|la\\s+fourniture)`,
    // Not the organisation's own duty: "lorsque nous sommes tenus de fournir des informations", "que nous sommes tenus de leur fournir".
    // The person is bound, not the organisation, a third party or an authority ("nous sommes tenus de fournir", "le CEF est
    // obligé de fournir un registre", "les entreprises américaines sont obligées de transmettre des données").
    `(?<=(?:vous|personne\\s+concern[ée]e|utilisat(?:eur|rice)s?|contribut(?:eur|rice)s?|membres?|clients?|clientes?|candidat(?:e)?s?|adh[ée]rent(?:e)?s?|participant(?:e)?s?|int[ée]ress[ée](?:e)?s?|parents?|[ée]l[èe]ves?|patient(?:e)?s?)[,\\s]+(?:\\S+\\s+){0,5}?)(?:oblig[ée]e?s?|tenue?s?|contraints?)\\s+de\\s+(?:nous\\s+)?(?:les\\s+|leur\\s+)?${PROVIDE}`,
    // Not the organisation refusing to act on a request: "refuser de donner suite à ces demandes".
    `(?:refus(?:er|ez|ant)?|choisi(?:r|ssez))\\s+de\\s+(?:ne\\s+pas\\s+)?(?:nous\\s+)?(?:les\\s+|leur\\s+)?${PROVIDE}(?!\\s+suite(?![\\p{L}]))`,
    // Only one piece needed: "Seule l'adresse électronique est nécessaire pour recevoir la newsletter".
    "seule?s?\\s+(?:l['’]\\s*|le\\s+|la\\s+|les\\s+|votre\\s+|vos\\s+)(?:adresses?|noms?|num[ée]ros?|e-?mails?|courriels?|coordonn[ée]es|pr[ée]noms?)(?:\\s+\\S+){0,3}?\\s+(?:est|sont)\\s+(?:n[ée]cessaires?|obligatoires?|requise?s?|indispensables?|exig[ée]e?s?)(?![\\p{L}])",
    // "Faute de ces informations, votre commande ne pourra être traitée".
    `faute\\s+de\\s+(?:ces|vos|cette|votre|telles)\\s+(?:${D}|informations|coordonn[ée]es|r[ée]ponses|[ée]l[ée]ments|renseignements)(?![\\p{L}])`,
    // The verb first: "Sont obligatoires dans le formulaire d'inscription les champs « prénom », « nom » …".
    `sont\\s+(?:obligatoires|facultatifs|requis)\\s+(?:\\S+\\s+){0,6}?(?:les|ces)\\s+(?:champs|${D}|informations|mentions|rubriques)(?![\\p{L}])`,
    // The data needed from the person: "Nous avons besoin de l'adresse et du numéro de téléphone pour effectuer les
    // livraisons" (not consent, nor the organisation's own duty: "… pour respecter nos obligations légales").
    `nous\\s+avons\\s+besoin\\s+(?:de\\s+(?:votre|vos|la|le|les|certaines|quelques)\\s+|d['’]\\s*|de\\s+l['’]\\s*|du\\s+|des\\s+)(?:\\S+\\s+){0,3}?(?:adresses?|num[ée]ros?|noms?|pr[ée]noms?|coordonn[ée]es|${D}|informations|e-?mails?|courriels?|date\\s+de\\s+naissance)(?![\\p{L}])(?![^.;]{0,100}(?:obligations?\\s+(?:l[ée]gales|fiscales|comptables)|consentement))`,
    // What is impossible without it: "Sans cette case, l'inscription est impossible" (not cookies or consent).
    `sans\\s+(?!(?:\\S+\\s+){0,2}?(?:consentement|accord|cookies?)(?![\\p{L}]))(?:[\\p{L}\\p{N}'’-]+\\s+){0,4}?[\\p{L}\\p{N}'’-]+,?\\s+(?:l['’]\\s*|la\\s+|le\\s+|votre\\s+)(?:inscription|commande|r[ée]servation|adh[ée]sion|cr[ée]ation\\s+(?:du|de\\s+votre|d['’]un)\\s+compte|demande|candidature|livraison)\\s+(?:est|sera|serait|reste)\\s+impossible`,
    // An account needed first: "ils ne peuvent ni publier une annonce ni réserver de place sans avoir, au préalable, créé un compte".
    "sans\\s+avoir\\s*,?\\s*(?:au\\s+pr[ée]alable|pr[ée]alablement|d['’]abord)?\\s*,?\\s*(?:cr[ée][ée]|ouvert)\\s+(?:un|de)\\s+compte",
    `sans\\s+(?:devoir|avoir\\s+[àa]|[êe]tre\\s+oblig[ée]e?\\s+de)\\s+(?:nous\\s+)?${PROVIDE}`,
    'non[-\\s]renseignement',
    // "Cette récolte est obligatoire", "La saisie de ces informations est obligatoire".
    '(?:collecte|r[ée]colte|saisie|fourniture|communication|renseignement)\\s+(?:\\S+\\s+){0,4}?(?:est|sont)\\s+(?:\\S+\\s+)?obligatoire',
    // Le passif : "Si ces informations ne sont pas fournies, …".
    "si\\s+(?:ces|vos|les|certaines|lesdites)\\s+(?:\\S+\\s+)?(?:donn[ée]es|informations|coordonn[ée]es|renseignements)\\s+(?:\\S+\\s+)?ne\\s+(?:nous\\s+)?(?:sont|seront)\\s+pas\\s+(?:fourni|communiqu|transmis|renseign|donn)\\p{L}*",
    // "Cette collecte n'est pas facultative car …".
    "(?:collecte|r[ée]colte|saisie|fourniture|communication|renseignement)\\s+(?:\\S+\\s+){0,4}?n['’](?:est|sont)\\s+pas\\s+(?:facultati(?:f|ve)s?|optionnel(?:le)?s?|obligatoires?)",
    // Asked of the person to become a member: "Pour devenir membre, nous devons te demander plusieurs informations".
    '(?:nous\\s+)?(?:devons|devrons|devrions)\\s+(?:vous|te)\\s+demander\\s+(?:en\\s+plus\\s+)?(?:\\S+\\s+){0,3}?(?:informations|donn[ée]es|renseignements|coordonn[ée]es|num[ée]ro|adresse|nom)',
    // "l'envoi volontaire du formulaire".
    '(?:envoi|transmission|saisie|communication|fourniture|d[ée]p[ôo]t)\\s+volontaire',
    // Une inscription (pas) nécessaire : "Il n'est pas nécessaire de s'identifier pour parcourir le site", "il est nécessaire de s'inscrire".
    "il\\s+(?:n['’])?est\\s+(?:pas\\s+)?(?:n[ée]cessaire|obligatoire|indispensable|requis)\\s+de\\s+(?:s['’]\\s*|vous\\s+)?(?:inscrire|identifier|enregistrer|cr[ée]er\\s+un\\s+compte|connecter)",
    "(?:inscription|cr[ée]ation\\s+(?:d['’]un\\s+)?compte|identification|un\\s+compte)\\s+(?:\\S+\\s+){0,3}?(?:est|n['’]est)\\s+(?:pas\\s+)?(?:obligatoire|n[ée]cessaire|requise?|facultative?|indispensable)",
    // La personne décide : "Vous décidez des informations que vous nous communiquez".
    `vous\\s+(?:d[ée]cidez|choisissez)\\s+(?:vous-m[êe]mes?\\s+)?(?:des|quelles|ce\\s+que|si)\\s+(?:\\S+\\s+){0,5}?(?:${PROVIDE}|partagez|communiquez|fournissez|transmettez|donnez|renseignez)`, 'd[ée]faut\\s+de\\s+(?:renseignement|fourniture|communication)',
    "il\\s+nous\\s+(?:est|sera|serait)\\s+impossible", 'condition\\s+(?:pr[ée]alable|n[ée]cessaire)\\s+(?:pour|[àa])\\s+(?:conclure|la\\s+conclusion)',
    `choisi(?:r|ssez)\\s+de\\s+(?:les\\s+)?(?:remplir|renseigner|fournir)\\s+ou\\s+non`,
    // What follows otherwise: "Faute de quoi, votre demande ne pourra être traitée", "Sinon, votre inscription ne pourra pas …";
    // an incomplete form: "Tout formulaire incomplet ne pourra être traité"; "Il n'est pas obligatoire de renseigner …".
    "(?:faute\\s+de\\s+quoi|sinon|dans\\s+le\\s+cas\\s+contraire)\\s*,?\\s+(?:\\S+\\s+){0,3}?(?:demande|commande|inscription|candidature|dossier|adh[ée]sion|r[ée]servation|contrat|compte)\\s+ne\\s+(?:pourra|pourront|peut|sera|seront)",
    '(?:formulaire|dossier|demande|inscription)s?\\s+incompl[èe]te?s?\\s+ne\\s+(?:pourra|pourront|sera|seront|peut|peuvent)',
    `il\\s+n['’](?:est|sera)\\s+pas\\s+(?:n[ée]cessaire|obligatoire|indispensable|requis)\\s+de\\s+(?:nous\\s+)?${PROVIDE}`,
    // The site without an account: "Vous pouvez utiliser le site sans créer de compte".
    "(?:consulter|visiter|utiliser|naviguer|acc[ée]der)\\s+(?:\\S+\\s+){0,4}?sans\\s+(?:avoir\\s+[àa]\\s+|devoir\\s+)?cr[ée]er\\s+(?:de|un)\\s+compte",
    // Asked of the person: "les informations suivantes vous sont demandées", "les données qui vous seront demandées".
    `(?:${D}|informations|renseignements|coordonn[ée]es|champs)\\s+(?:\\S+\\s+){0,3}?vous\\s+(?:sont|seront|est|sera)\\s+(?:\\S+\\s+)?demand[ée]e?s?(?!\\s+par(?![\\p{L}]))`,
    // Without them, passive: "Sans ces données, votre commande ne pourra pas être traitée".
    `sans\\s+(?:ces|vos|votre|cette|ce|les|lesdites)\\s+(?:\\S+\\s+)?(?:${D}|informations|coordonn[ée]es|renseignements)\\s*,?\\s+(?:\\S+\\s+){0,4}?ne\\s+(?:pourra|pourront|peut|peuvent|pourrait|pourraient|sera|seront)\\s+pas`,
    // "L'absence de fourniture de ces données empêchera …", "le défaut de réponse".
    "(?:absence|d[ée]faut)\\s+de\\s+(?:fourniture|communication|transmission|saisie)\\s+(?:de|des|du|d['’])",
  ],
  // Proof of identity for a request, the cookies a site needs and data no longer needed (grounds for erasure) are no
  // statement about providing data.
  // La colonne ou le titre d'un formulaire : "| Donnée | Pourquoi | Obligatoire ? |", "Données obligatoires" sur une liste.
  statutoryLabels: [
    "(?:(?:caract[èe]re\\s+)?obligatoire|requis)", "(?:donn[ée]es|informations|champs|mentions)\\s+obligatoires",
    "(?:en\\s+cas\\s+de\\s+|si\\s+)refus", "cons[ée]quences?\\s+(?:d['’]un\\s+|du\\s+)refus",
  ],
  notStatutoryContractual: [
    // Messages sent to the person, not data they give: "Emails de service (obligatoires)".
    '(?:e-?mails?|courriels?|messages?|notifications?|communications?)\\s+(?:de\\s+service|transactionnel\\p{L}*|administratifs?)\\s*\\(?\\s*(?:sont\\s+)?obligatoires?',
    'pi[èe]ce\\s+d[\'’]identit[ée]', 'justificatif\\s+d[\'’]identit[ée]', 'v[ée]rifier\\s+(?:votre|son|leur)\\s+identit[ée]', '(?:justifier\\s+de|prouver)\\s+(?:votre|son|leur)\\s+identit[ée]',
    'cookies?\\s+(?:strictement\\s+)?n[ée]cessaires', 'ne\\s+sont\\s+plus\\s+n[ée]cessaires',
    // Refuser les cookies (ANNOTATION.md : la conséquence ne compte pas) : "Si vous désactivez les cookies, …".
    '(?:refus|d[ée]sactiv|bloqu|supprim|rejet|d[ée]sactivation|param[ée]tr)\\p{L}*\\s+(?:\\S+\\s+){0,3}?(?:cookies|traceurs)', '(?:cookies|traceurs)\\s+(?:\\S+\\s+){0,3}?(?:refus|d[ée]sactiv|bloqu|rejet)\\p{L}*',
    // Le consentement n'est pas une donnée : "Le consentement est facultatif".
    'consentement\\s+(?:\\S+\\s+){0,3}?(?:est|reste)\\s+(?:toujours\\s+|enti[èe]rement\\s+)?(?:facultatif|libre|volontaire|optionnel)',
    // Ce qu'un service tiers demande au navigateur : "sans l'adresse IP, ils ne pourraient pas envoyer le contenu".
    "sans\\s+(?:l['’]\\s*|votre\\s+|leur\\s+|une\\s+)?adresse\\s+ip",
  ],
  noRecipients: [
    // "ne seront jamais transmises à des tiers", "ne sont pas communiqués au tiers"; resale alone ("ne seront pas revendues") says nothing on who receives.
    // "… ne sont ni partagées, ni vendues, ni louées à des tiers".
    `(?:ne\\s+(?:sont|seront|sera|est|peuvent|pourront)|n['’](?:est|a))\\s+(?:\\S+\\s+){0,3}?${SHARED},?\\s+(?:\\S+\\s+){0,4}?(?:[àa]|avec|aux?)\\s+(?:des\\s+|d['’]autres\\s+|aucune?\\s+|les\\s+)?${THIRD}`,
    // "Nous ne partageons aucune information personnelle que nous collectons via l'Application avec des tiers".
    `(?:ne|n['’])\\s*(?:\\S+\\s+){0,3}?${SHARE}\\s+(?:\\S+\\s+){0,10}?(?:[àa]|avec|aux?)\\s+(?:des\\s+|d['’]autres\\s+|aucune?\\s+|les\\s+)?${THIRD}`,
    `${SHARED}\\s+[àa]\\s+(?:aucune?|nul)\\s+(?:${THIRD}|tierce|personne|entit[ée]|partenaire|organisme)`,
    `(?:aucune?\\s+(?:${D}|information)|rien)\\s+(?:\\S+\\s+){0,3}?n['’]est\\s+(?:\\S+\\s+){0,2}?${SHARED}`,
    `(?:transmission|communication|partage|cession)\\s+(?:de\\s+(?:vos|ces)\\s+${D}\\s+)?[àa]\\s+des\\s+tiers\\s+(?:\\S+\\s+){0,2}?(?:est\\s+)?(?:express[ée]ment\\s+)?exclue?`,
    `seul(?:e|s|es)?\\s+(?:le|la|les|l['’])\\s*(?:\\S+\\s+){0,4}?(?:a|ont|aura|auront)\\s+acc[èe]s`,
    // Only the organisation's own people: "Vos données ne sont communiquées qu'aux personnes habilitées de l'association".
    `ne\\s+(?:sont|seront|sera|est)\\s+(?:\\S+\\s+)?(?:communiqu[ée]e?s?|transmise?s?|accessibles?|partag[ée]e?s?)\\s+qu['’](?:aux|[àa]|au)\\s+(?:\\S+\\s+){0,2}?(?:personnes?|personnel|membres?|salari[ée]s|collaborateurs|services?|[ée]quipes?|b[ée]n[ée]voles)\\s+(?:\\S+\\s+){0,3}?(?:habilit[ée]e?s?|autoris[ée]e?s?|internes?|de\\s+(?:notre|l['’]|la)|du\\s+)`,
    // Shared with nobody, no one named: "aucune de ces informations ne sera partagée", "vos données ne seront jamais transmises".
    `aucune?\\s+(?:de\\s+(?:ces|vos)\\s+)?(?:${D}|informations?)\\s+(?:\\S+\\s+){0,2}?ne\\s+(?:sera|seront|sont|est)\\s+(?:jamais\\s+|pas\\s+)?${SHARED}`,
    `(?:vos|ces)\\s+(?:${D}|informations)\\s+(?:personnelles\\s+)?ne\\s+(?:seront|sont|sera)\\s+(?:jamais|en\\s+aucun\\s+cas)\\s+${SHARED}`,
    // Meant for the organisation's own people only: "Elles sont strictement destinées aux services communaux habilités".
    "(?:(?:destin[ée]e?s?|r[ée]serv[ée]e?s?)\\s+(?:exclusivement|uniquement|strictement|seulement)|(?:exclusivement|uniquement|strictement|seulement)\\s+(?:destin[ée]e?s?|r[ée]serv[ée]e?s?))\\s+(?:aux?|[àa]\\s+l['’]|[àa]\\s+la)\\s*(?:\\S+\\s+){0,2}?(?:services?|personnes?|personnel|membres?|salari[ée]s|collaborateurs|[ée]quipes?|b[ée]n[ée]voles|agents?)(?![\\p{L}])",
  ],
  addressed: {
    purposes: [
      'finalit[ée]s?\\s+(?:de|du|des|suivantes?)', 'aux\\s+fins\\s+(?:de|d[\'’])', '[àa]\\s+des\\s+fins\\s+(?:de|d[\'’]|statistiques|publicitaires|commerciales|marketing|analytiques|techniques|administratives|comptables|p[ée]dagogiques|scientifiques|de\\s+mesure)', '(?:pour|[àa]|dans)\\s+(?:cette|ces|la\\s+m[êe]me|les\\s+m[êe]mes)\\s+finalit[ée]s?', 'afin\\s+(?:de|d[\'’])', 'dans\\s+le\\s+but\\s+(?:de|d[\'’])', 'en\\s+vue\\s+(?:de|d[\'’])',
      // The purpose as a result clause: "Nous recueillons ces données afin que vous puissiez participer", "pour que nous
      // puissions vous répondre".
      "(?:afin|pour)\\s+qu(?:e|['’])\\s*(?:nous|vous|je|tu|l['’]\\p{L}+|le|la|les|nos|vos|notre|votre|ces|ce|cette|leurs?)\\s+(?:\\S+\\s+){0,2}?(?:puissions|puissiez|puisse|puissent|soyons|soyez|soit|soient|recevions|receviez)(?![\\p{L}])",
      // A purpose named just before: "Si vous commandez, nous collectons à cette fin votre adresse".
      '[àa]\\s+(?:cette|ces)\\s+fins?', 'dans\\s+ce\\s+but',
      'nous\\s+permet(?:tent)?\\s+de', 'permet(?:tent)?\\s+(?:de|d[\'’])',
      // What a tool or the data let the organisation do: "Grâce à ces cookies, nous pouvons analyser la fréquentation",
      // "L'outil nous aide à comprendre …", "Les informations servent uniquement au traitement de votre demande".
      "gr[âa]ce\\s+[àa]\\s+(?:ces|cet|cette|ce|ces|l['’]|les|la|le)\\s*(?:\\S+\\s+)?(?:cookies?|donn[ée]es|informations|outils?|statistiques|services?|traceurs)\\s*,?\\s+(?:nous|je)\\s+(?:pouvons|pourrons|peux|pourrions|savons|mesurons|am[ée]liorons|analysons|connaissons)",
      "(?:nous|m['’]|me)\\s*aid(?:e|ent|era|eront|er)\\s+[àa]",
      // What audience cookies or tools do: "Ces cookies mesurent l'audience du site", "Matomo mesure la fréquentation".
      "mesur(?:e|ent|ons|era|eront)\\s+(?:l['’]audience|la\\s+fr[ée]quentation|le\\s+trafic|les\\s+visites|le\\s+nombre\\s+de\\s+visit)", 'serv(?:e|ent|ira|iront)\\s+(?:uniquement\\s+|exclusivement\\s+|seulement\\s+|notamment\\s+|principalement\\s+)?(?:au|aux|[àa]\\s+(?:la|l[\'’]|\\p{L}+(?:er|ir|re)(?![\\p{L}])))(?![\\p{L}])',
      // The same with a pronoun before the verb or "ne … qu'": "Elles servent uniquement à vous envoyer les actualités", "Votre numéro
      // nous sert à vous joindre", "Vos données ne servent qu'au traitement de votre demande".
      "ser(?:t|vent|vira|viront|vir)\\s+(?:(?:uniquement|exclusivement|seulement|notamment|principalement|essentiellement)\\s+)?(?:qu['’]\\s*(?:au|aux|[àa])(?![\\p{L}])|[àa]\\s+(?:vous|nous|te|les|leur|lui|me|m['’]|t['’])\\s*\\p{L}+(?:er|ir|re)(?![\\p{L}]))",
      // What the organisation's purpose is: "Le but de la collecte est de vous permettre de vous inscrire", "Le seul but est
      // l'exploitation technique" (not the policy's own aim: "L'objectif de cette politique est de vous informer").
      "(?:le|l['’]|notre|leur)\\s*(?:seul\\s+|principal\\s+|unique\\s+)?(?:but|objectif)\\s+(?!(?:\\S+\\s+){0,4}?(?:politique|charte|document|page|notice|pr[ée]sente?s?)(?![\\p{L}]))(?:\\S+\\s+){0,5}?(?:est|sont|consiste)\\s+(?:de|d['’]|la|le|l['’]|les|[àa])",
      // What a tool or a record enables: "Ces journaux permettent la gestion technique du site", "permet l'amélioration de …"
      // (not a right the law grants: "Le RGPD vous permet l'accès …").
      "(?<!vous\\s)permet(?:tent|tra|tront)?\\s+(?:notamment\\s+|uniquement\\s+)?(?:la|le|l['’])\\s*\\p{L}+(?:tion|ment|age|ure|ance)s?\\s+(?:\\p{L}+\\s+)?(?:de|des|du|d['’])",
      // Needed for a purpose: "Nous avons besoin de ces données pour exécuter votre commande".
      `besoin\\s+(?:de|d['’])\\s*(?:\\S+\\s+){0,3}?(?:${D}|informations|coordonn[ée]es|adresse|nom|num[ée]ro|renseignements)\\s+(?:\\S+\\s+){0,4}?(?:pour|afin\\s+de|afin\\s+d['’])(?![\\p{L}])`,
      // A tool used for a purpose: "Nous avons recours à Google Analytics pour mesurer l'audience de notre site".
      "(?:recours|fait\\s+appel)\\s+(?:[àa]|au|aux)\\s+(?:\\S+\\s+){1,6}?(?:pour|afin\\s+de|afin\\s+d['’])\\s*(?:vous\\s+|nous\\s+|les\\s+)?\\p{L}+(?:er|ir|re)(?![\\p{L}])",
      // What the processing is for, in other verbs: "visent à faciliter la navigation", "a pour objet la gestion", "pour les
      // besoins de la commande", "traitées dans le cadre de la gestion des adhésions".
      'vis(?:e|ent)\\s+(?:notamment\\s+|uniquement\\s+)?[àa]\\s+\\p{L}+', '(?:a|ont)\\s+pour\\s+(?:objet|objectif|but|finalit[ée])', 'pour\\s+les?\\s+besoins?\\s+(?:de|du|des|d[\'’])', 'dans\\s+un\\s+but\\s+(?:de|d[\'’]|\\p{L}+)',
      `(?:trait|collect|utilis|recueill|conserv|enregistr|exploit)[ée]e?s?\\s+(?:\\S+\\s+){0,2}?dans\\s+le\\s+cadre\\s+(?:de|du|des|d['’])`,
      // Active: "Nous utilisons ces informations dans le cadre de la relation commerciale"; "dans le seul but de traiter votre commande".
      `(?:utilis|trait|collect|recueill|conserv|exploit)(?:ons|ent|e)\\s+(?:\\S+\\s+){0,4}?dans\\s+le\\s+cadre\\s+(?:de|du|des|d['’])`,
      "dans\\s+(?:le|l['’]|un)\\s*(?:seul\\s+|unique\\s+)?but\\s+(?:exclusif\\s+|unique\\s+)?(?:de|d['’])",
      `(?:utilis|trait|collect|recueill|demand)\\p{L}*\\s+(?:\\S+\\s+){0,6}?(?:${D}|informations|coordonn[ée]es|adresses?|noms?|cookies?|les|elles)\\s+(?:\\S+\\s+){0,3}?pour`,
      // The data kept, recorded or analysed for a purpose, the address elided or described: "Nous utilisons l'adresse e-mail que vous
      // fournissez pour vous envoyer des informations", "Nous conservons votre adresse pour vous livrer", "Vos données de navigation
      // sont analysées pour améliorer le site", "enregistrées dans notre fichier clients pour le suivi" (not "pour une durée de 3 ans").
      `(?:utilis|trait|collect|recueill|demand|conserv|enregistr|analys|stock|exploit)\\p{L}*\\s+(?:\\S+\\s+){0,6}?(?:(?:l['’]|d['’])\\s*)?(?:${D}|informations|coordonn[ée]es|adresses?|noms?|renseignements|num[ée]ros?|cookies?|les|elles)\\s+(?:\\S+\\s+){0,6}?(?:pour|afin\\s+de|afin\\s+d['’])(?!\\s+(?:la|une|toute\\s+la|la\\s+m[êe]me)\\s+(?:dur[ée]e|p[ée]riode)|\\s+le\\s+temps|\\s+un\\s+d[ée]lai|\\s+(?:\\d+|un|une|deux|trois|cinq|dix)\\s+(?:ans?|mois|jours|ann[ée]es|semaines))(?![\\p{L}])`,
      `(?:${D}|informations|coordonn[ée]es|adresses?|renseignements)\\s+(?:\\S+\\s+){0,4}?(?:sont|est|seront|sera)\\s+(?:\\S+\\s+)?(?:analys|enregistr|stock|conserv)[ée]e?s?\\s+(?:\\S+\\s+){0,6}?(?:pour|afin\\s+de|afin\\s+d['’])(?!\\s+(?:la|une|toute\\s+la|la\\s+m[êe]me)\\s+(?:dur[ée]e|p[ée]riode)|\\s+le\\s+temps|\\s+un\\s+d[ée]lai|\\s+(?:\\d+|un|une|deux|trois|cinq|dix)\\s+(?:ans?|mois|jours|ann[ée]es|semaines))(?![\\p{L}])`,
      // What the data are needed for: "Ces données sont nécessaires au traitement de votre commande", "indispensables pour …".
      `(?:${D}|informations|coordonn[ée]es|adresses?|cookies?)\\s+(?:\\S+\\s+){0,4}?(?:sont|est|seront|sera)\\s+(?:nous\\s+)?(?:uniquement\\s+|exclusivement\\s+|seulement\\s+|strictement\\s+)?(?:utilis[ée]e?s?|trait[ée]e?s?|n[ée]cessaires?|indispensables?|utiles?|collect[ée]e?s?)\\s+(?:\\S+\\s+){0,2}?(?:pour|[àa]|au|aux|afin)(?![\\p{L}])`,
      // With its agent between: "Ces données sont utilisées exclusivement par l'association pour l'organisation des sorties".
      `(?:${D}|informations|coordonn[ée]es|adresses?)\\s+(?:\\S+\\s+){0,6}?(?:sont|est|seront|sera)\\s+(?:uniquement\\s+|exclusivement\\s+|seulement\\s+)?(?:utilis|trait|exploit|collect|recueill)[ée]e?s?\\s+(?:uniquement\\s+|exclusivement\\s+|seulement\\s+)?par\\s+(?:\\S+\\s+){1,3}?(?:pour|afin)(?![\\p{L}])`,
      // The CNIL's form notice: "Les informations recueillies font l'objet d'un traitement informatique destiné à la gestion de …".
      '(?:traitement|fichier)\\s+(?:\\S+\\s+){0,2}?destin[ée]e?s?\\s+(?:[àa]|au|aux)(?![\\p{L}])',
      // Its other version: "Les informations recueillies sur ce formulaire sont enregistrées dans un fichier informatisé par
      // [responsable] pour [finalités]" (not "pour une durée de trois ans").
      "(?:enregistr|conserv|stock|consign)[ée]e?s?\\s+dans\\s+un\\s+fichier\\s+(?:\\S+\\s+){0,15}?(?:pour|afin\\s+de|afin\\s+d['’])(?!\\s+(?:la|une|toute\\s+la)\\s+dur[ée]e|\\s+un\\s+d[ée]lai|\\s+une\\s+p[ée]riode)(?![\\p{L}])",
    ],
    recipients: [
      // Shared with third parties, named or not: "partagées avec des tiers uniquement …", "Nous partageons des informations vous concernant".
      `${SHARED},?\\s+(?:\\S+\\s+){0,3}?(?:[àa]|avec|aux?)\\s+(?:des\\s+|d['’]autres\\s+|nos\\s+|certain(?:e?s)?\\s+|les\\s+)?(?:tiers|partenaires|prestataires|soci[ée]t[ée]s|organismes|entreprises|autorit[ée]s)(?![\\p{L}])`,
      `${SHARE}\\s+(?:des|vos|certaines|ces|les)\\s+(?:${D}|informations)`,
      `(?:pas|jamais|aucune?)\\s+(?:\\S+\\s+){0,5}?${SHARED}\\s+(?:\\S+\\s+){0,3}?(?:[àa]|avec|aux?)\\s+(?:des\\s+|d['’]autres\\s+)?(?:tiers|partenaires|soci[ée]t[ée]s|organismes|entreprises)`,
      '(?:prestataires?(?:\\s+de\\s+services?)?|sous[\\s-]traitants?|h[ée]bergeurs?|prestataires?\\s+de\\s+paiement|fournisseurs)',
      'destinataires?',
    ],
    third_country_transfers: [
      // Where the data stay or the providers are: "Vos données restent en Europe", "plusieurs fournisseurs, tous au sein de
      // l'Union européenne", a register's label "Pays destinataire : France".
      '(?:restent|reste|resteront|demeurent|demeure|demeureront)\\s+(?:\\S+\\s+){0,2}?(?:en|dans|au\\s+sein\\s+de|sur\\s+le\\s+territoire\\s+de)\\s+(?:l[\'’])?(?:ue|eee|union\\s+europ[ée]enne|europe|france|belgique|suisse|luxembourg|espace\\s+[ée]conomique\\s+europ[ée]en)(?![\\p{L}])',
      '(?:fournisseurs|prestataires|sous-traitants|h[ée]bergeurs?|centres\\s+de\\s+donn[ée]es|datacenters?)\\s*,?\\s+(?:\\S+\\s+){0,5}?(?:au\\s+sein\\s+de|dans)\\s+(?:l[\'’])?(?:ue|eee|union\\s+europ[ée]enne|espace\\s+[ée]conomique\\s+europ[ée]en)(?![\\p{L}])',
      'pays\\s+(?:destinataires?|de\\s+destination|de\\s+transfert|d[\'’]h[ée]bergement)\\s*:',
      // The same label heading a column of a processors table ("Sous-traitant | Pays destinataire | Traitement réalisé | Garanties").
      '(?:^|\\|)\\s*pays\\s+(?:destinataires?|de\\s+destination|de\\s+transfert|d[\'’]h[ée]bergement|de\\s+stockage|de\\s+localisation)\\s*(?=\\||$)',
      '(?:serveurs?|stock[ée]e?s?|h[ée]berg[ée]e?s?|trait[ée]e?s?|localis[ée]e?s?|conserv[ée]e?s?|situ[ée]e?s?)\\s+(?:\\S+\\s+){0,6}?(?:(?:en|dans|au\\s+sein\\s+de|sur\\s+le\\s+territoire\\s+de)\\s+(?:l[\'’])?(?:ue|eee|union\\s+europ[ée]enne|europe|france|belgique|suisse|luxembourg|allemagne|irlande|pays-bas|espace\\s+[ée]conomique\\s+europ[ée]en)|sur\\s+le\\s+territoire\\s+(?:fran[çc]ais|europ[ée]en|suisse|belge|luxembourgeois|de\\s+l[\'’]union))',
      '(?:hors|en[\\s-]dehors)\\s+(?:de\\s+)?(?:la\\s+|l[\'’])?(?:ue|eee|union|europe|espace\\s+[ée]conomique|suisse)',
      // Outside the country, as a Canadian policy says it, about data: "héberger et traiter des renseignements personnels en
      // dehors du Québec ou du Canada" (not "nous livrons en dehors du Canada").
      "(?<=(?:donn[ée]es|renseignements|informations|h[ée]berg|trait|stock|conserv|transf[ée]r|serveurs?)\\p{L}*[^.;]{0,80}?)(?:hors|en[\\s-]dehors)\\s+(?:du\\s+|de\\s+)?(?:qu[ée]bec|canada)(?![\\p{L}])",
      // Outside the person's own country, as generator templates say it: "peuvent être transférées à — et maintenues sur — des
      // ordinateurs situés en dehors de votre état, province, pays", "traitées hors de votre pays de résidence" (about data only).
      "(?<=(?:donn[ée]es|renseignements|informations|h[ée]berg|trait|stock|conserv|transf[ée]r|serveurs?|ordinateurs?|maintenu)\\p{L}*[^.;]{0,80}?)(?:hors|en[\\s-]dehors)\\s+de\\s+(?:votre|leur|son|ton)\\s+(?:\\S+\\s+){0,2}?(?:pays|[ée]tat|juridiction)(?![\\p{L}])",
      // Other countries, a foreign one, about data: "stockées dans des ordinateurs situés dans d'autres pays que le vôtre", "traitées
      // dans d'autres pays", "prestataires situés dans un pays étranger"; a location label: "Localisation prestataire : États-Unis".
      "(?<=(?:donn[ée]es|renseignements|informations|h[ée]berg|trait|stock|conserv|transf[ée]r|serveurs?|ordinateurs?|situ[ée]|prestataires?|sous-traitants?)\\p{L}*[^.;]{0,80}?)(?:(?:dans|vers|en)\\s+(?:d['’]autres|un\\s+autre|plusieurs)\\s+pays(?:\\s+[ée]trangers?)?(?=\\s+que\\s+le\\s+v[ôo]tre|\\s*[.;,]|\\s*$)|(?:dans|vers|en)\\s+(?:un|des|d['’]autres)\\s+pays\\s+[ée]trangers?)",
      "(?:localisation|lieu|pays)\\s+(?:du\\s+|des\\s+|de\\s+l['’]|d['’])?\\s*(?:prestataires?|sous-traitants?|serveurs?|h[ée]bergement|h[ée]bergeurs?|stockage)\\s*:",
      // "Vos données peuvent être communiquées à des destinataires situés à l'étranger".
      '(?:situ[ée]e?s?|[ée]tablie?s?|transf[ée]r[ée]e?s?|communiqu[ée]e?s?)\\s+(?:\\S+\\s+){0,3}?[àa]\\s+l[\'’][ée]tranger',
      'transferts?\\s+(?:de\\s+(?:vos\\s+)?donn[ée]es\\s+)?(?:vers|hors|en[\\s-]dehors|internationa\\p{L}*)',
      // "Nous n'effectuons aucun transfert de données à l'international", "des pays n'offrant pas un niveau de protection adéquat".
      "(?:transf[ée]r|h[ée]berg|stock)\\p{L}*\\s+(?:\\S+\\s+){0,4}?[àa]\\s+l['’]international",
      // Of a country, not of the organisation's own security ("Nous assurons un niveau de protection adéquat").
      '(?<=(?:pays|juridictions?|[ée]tats?)(?![\\p{L}])[^.;]{0,80}?)niveau\\s+de\\s+protection\\s+(?:\\S+\\s+)?(?:ad[ée]quat|suffisant|[ée]quivalent|comparable)',
      // "Les données ne quittent pas l'Union européenne", "ne quittent jamais le territoire suisse".
      "(?:quitte|quittent|quitter|quitteront|sort|sortent|sortir|sortiront)\\s+(?:pas|jamais|aucunement)\\s+(?:de\\s+)?(?:l['’](?:ue|eee|union\\s+europ[ée]enne|europe|espace\\s+[ée]conomique\\s+europ[ée]en)|la\\s+(?:france|belgique|suisse)|le\\s+(?:luxembourg|territoire))",
    ],
    retention: [
      // Kept for ever is an answer too, however poor: "conservées indéfiniment".
      'ind[ée]finiment', 'sans\\s+limitation\\s+de\\s+dur[ée]e', 'pour\\s+une\\s+dur[ée]e\\s+ind[ée]termin[ée]e', 'dur[ée]e\\s+illimit[ée]e',
      // Not what a browser can be set to do: "Vous pouvez configurer votre navigateur pour que les cookies soient supprimés
      // lorsque vous le fermez".
      '(?<!(?:configur|param[ée]tr|r[ée]gl)\\p{L}*\\s+(?:\\S+\\s+){0,4}?(?:pour\\s+que|afin\\s+que|de\\s+(?:fa[çc]on|mani[èe]re)\\s+[àa]\\s+ce\\s+que)[^.;]{0,200})(?:supprim[ée]e?s?|d[ée]truite?s?|effac[ée]e?s?|anonymis[ée]e?s?|purg[ée]e?s?)\\s+(?:\\S+\\s+){0,5}?(?:apr[èe]s|d[èe]s|lors|[àa]\\s+l[\'’]issue|[àa]\\s+la\\s+fin|au\\s+terme|[àa]\\s+la\\s+cl[ôo]ture|lorsque|quand)',
      "jusqu['’](?:[àa]|au|aux)\\s+(?:votre|la\\s+fin|la\\s+cl[ôo]ture|la\\s+suppression|la\\s+r[ée]siliation|ce\\s+que\\s+vous|l['’]expiration|la\\s+d[ée]sinscription|votre\\s+d[ée]sinscription)",
      '(?:pendant|durant|pour)\\s+(?:toute\\s+)?la\\s+dur[ée]e\\s+(?:de|du|d[\'’])\\s*(?:votre|la|le|l[\'’])?\\s*(?:relation|contrat|abonnement|compte|adh[ée]sion|inscription|utilisation)',
      'ind[ée]finiment', 'conserv[ée]e?s?\\s+(?:\\S+\\s+){0,3}?tant\\s+que',
      // A cookie's lifetime: "Ces cookies expirent au bout d'un an", "expire après 13 mois".
      "expir(?:e|ent|era|eront)\\s+(?:automatiquement\\s+)?(?:apr[èe]s|au\\s+bout\\s+d(?:e|['’]))",
      // The event first, then the deletion: "Une fois votre commande finalisée, ces renseignements sont supprimés", "Après
      // l'expiration de cette période, les données sont supprimées" (not erasure on request: "Dès réception de votre demande, …").
      // The deletion as a noun with its delay: "en veillant à l'effacement automatique de ces données au plus tard après 24h",
      // "La suppression des données intervient dans un délai de 30 jours" (not "dans un délai d'un mois" to answer a request).
      "(?:effacement|suppression|destruction|anonymisation|purge)\\s+(?:[^\\s.;]+\\s+){0,6}?(?:au\\s+plus\\s+tard\\s+)?(?:apr[èe]s|au\\s+bout\\s+d(?:e|['’])|dans\\s+un\\s+d[ée]lai\\s+d(?:e|['’]))\\s*(?:\\d+\\s*\\p{L}*|un|une|deux|trois|six|douze)(?![^.;]{0,40}?(?:demande|requ[êe]te|r[ée]ception))",
    "(?:apr[èe]s|dès|une\\s+fois)(?![^,.;]{0,80}?(?:demande|requ[êe]te))\\s+(?:\\S+\\s+){0,6}?\\S+,\\s+(?:\\S+\\s+){0,10}?(?:supprim[ée]e?s?|effac[ée]e?s?|d[ée]truite?s?|anonymis[ée]e?s?)(?![\\p{L}])",
    ],
    legal_basis: [
      '(?:avec|sans)\\s+(?:votre|leur|son|ton)\\s+(?:\\S+\\s+)?(?:accord|consentement|autorisation)',
      // "uniquement si vous en avez donné votre accord".
      '(?:donn[ée]|exprim[ée]|recueilli)\\s+(?:votre|leur|son|ton)\\s+(?:\\S+\\s+)?(?:accord|consentement)',
      // Consent as the condition: "Aucun cookie non essentiel n'est déposé avant votre consentement".
      '(?:avant|apr[èe]s)\\s+(?:avoir\\s+(?:obtenu|recueilli)\\s+)?(?:votre|son|leur)\\s+(?:\\S+\\s+)?(?:accord|consentement|autorisation)',
      'vous\\s+(?:\\S+\\s+){0,2}?(?:acceptez|consentez)\\s+(?:[àa]\\s+)?(?:la\\s+collecte|l[\'’]utilisation|le\\s+traitement)',
      // Not where the right of access or information lists what it tells ("des informations sur les finalités, la base légale du
      // traitement et les destinataires"), nor a question ("Quelle est la base légale du traitement ?"): no basis is named there.
      '(?<!(?:finalit[ée]s?|informations?\\s+sur|quelles?\\s+(?:est|sont))[^.;:?]{0,60})bases?\\s+(?:l[ée]gales?|juridiques?)\\s+(?:de|du|des|pour)(?![^.;:]{0,60}\\?)', '(?<!(?:finalit[ée]s?|informations?\\s+sur|quels?\\s+(?:est|sont))[^.;:?]{0,60})fondements?\\s+(?:juridiques?|l[ée]gaux?)\\s+(?:de|du|des)(?![^.;:]{0,60}\\?)',
      // The form's consent line (the CNIL's model): "En soumettant ce formulaire, j'accepte que les informations saisies soient
      // exploitées", "vous acceptez que vos données soient utilisées pour …".
      "(?:vous\\s+acceptez|j['’]\\s*accepte|l['’]utilisat(?:eur|rice)\\s+accepte)\\s+que\\s+(?:\\S+\\s+){0,6}?(?:soient|soit|puissent|puisse|seront|sera)\\s+(?:\\S+\\s+)?(?:utilis|trait|exploit|conserv|collect|enregistr|m[ée]moris|transmis|communiqu)\\p{L}*",
      // The same line with the organisation as subject: "vous convenez et acceptez que le projet puisse recueillir, traiter …
      // les données", "vous acceptez par ailleurs que nous utilisions vos données"; acceptance of a mailing: "l'utilisateur a
      // accepté, en remplissant un formulaire, de recevoir par email des informations" (not "vous acceptez les conditions
      // générales d'utilisation", nor "si vous n'acceptez pas").
      "(?:vous\\s+(?:convenez\\s+et\\s+)?acceptez|j['’]\\s*accepte|l['’]utilisat(?:eur|rice)\\s+accepte)\\s+(?:par\\s+ailleurs\\s+|[ée]galement\\s+|express[ée]ment\\s+|aussi\\s+)?que\\s+(?:\\S+\\s+){0,5}?(?:(?:puisse|puissent|pourra|pourront)\\s+)?(?:utilis|trait|exploit|conserv|collect|enregistr|recueill|stock|m[ée]moris|transm|communiqu)\\p{L}*",
      '(?:a|avez|ont|ai|avoir)\\s+accept[ée]e?s?\\s*,?\\s+(?:\\S+\\s+){0,6}?de\\s+recevoir(?![\\p{L}])',
      // Consent as the condition or the basis, in other words: "déposés qu'après votre acceptation", "sur la base de votre accord".
      '(?:avant|apr[èe]s)\\s+(?:votre|son|leur)\\s+acceptation', '(?:sur\\s+la\\s+base|sur\\s+le\\s+fondement)\\s+de\\s+(?:votre|leur|son)\\s+(?:\\S+\\s+)?(?:accord|consentement|autorisation)',
      // A legal duty: "Nous sommes tenus par la loi de conserver vos factures".
      'tenu(?:e|s|es)?\\s+par\\s+la\\s+loi',
    ],
    right_access: ["(?:droit|demande)s?\\s+d['’]acc[èe]s", "acc[ée]d(?:er|ez)\\s+[àa]\\s+(?:\\S+\\s+){0,2}?(?:donn[ée]es|informations)", 'copie\\s+(?:de|des)(?!\\s+(?:nos|notre|la|les|ces|cette)\\s+(?:conditions|politique|contrat|cgu|cgv|factures?))', 'consult(?:er|ez)\\s+(?:\\S+\\s+){0,2}?(?:donn[ée]es|informations)', "droit\\s+d['’]information",
      // The Swiss wording: "des informations sur les données personnelles que nous sauvegardons à votre sujet", "des informations
      // écrites sur vos données stockées", "demander si des données vous concernant sont traitées et lesquelles".
      "informations?\\s+(?:\\S+\\s+)?sur\\s+(?:les|vos|tes)\\s+(?:\\S+\\s+)?donn[ée]es\\s+(?:personnelles\\s+)?(?:\\S+\\s+){0,2}?(?:enregistr|stock|sauvegard|trait|conserv|d[ée]ten|poss[ée]d)\\p{L}*",
      "si\\s+des\\s+donn[ée]es\\s+(?:\\S+\\s+){0,3}?(?:sont|seront)\\s+(?:trait[ée]es|enregistr[ée]es|conserv[ée]es)"],
    right_rectification: ['rectifi\\p{L}*', 'corrig\\p{L}*', 'correction', '(?:mettre|mise)\\s+[àa]\\s+jour\\s+(?:\\S+\\s+){0,3}?(?:donn[ée]es|informations|coordonn[ée]es)', 'modifi\\p{L}*\\s+(?:\\S+\\s+){0,3}?(?:donn[ée]es|informations|coordonn[ée]es)'],
    right_erasure: [`${NOT_POST_MORTEM}effa[cç]\\p{L}*`, "droit\\s+[àa]\\s+l['’]oubli", 'suppression\\s+(?:de\\s+|des\\s+)(?:vos\\s+|ses\\s+|leurs\\s+|ces\\s+)?(?:donn[ée]es|informations|compte)', 'supprim(?:er|ez)\\s+(?:\\S+\\s+){0,2}?(?:donn[ée]es|informations|compte)', '(?:suppression|supprim(?:er|[ée]e?s?)|effac(?:er|[ée]e?s?))\\s+(?:\\S+\\s+){0,3}?(?:sur\\s+(?:simple\\s+)?demande|[àa]\\s+(?:la|votre|sa|leur)\\s+demande)',
      // Removal of the data, not of consent: "un droit de retrait des données personnelles communiquées", "retirer les informations
      // vous concernant".
      "retrait\\s+(?:de\\s+|des\\s+)(?:vos\\s+|tes\\s+|ses\\s+|leurs\\s+|ces\\s+)?(?:donn[ée]es|informations|renseignements)", "retir(?:er|ez)\\s+(?:les|vos|tes|ces|ses|leurs)\\s+(?:donn[ée]es|informations|renseignements)"],
    right_restriction: ['limit(?:er|ation)\\s+(?:\\S+\\s+){0,3}?(?:traitement|utilisation|donn[ée]es)', 'restr(?:eindre|iction)', 'gel\\s+(?:de|du|des)', 'suspen(?:dre|sion)\\s+(?:du|de|des)\\s+(?:traitement|utilisation)'],
    right_objection: ["(?:vous|s['’])\\s*oppos(?:er|ez)", 'opposition', "arr[êe]t(?:er)?\\s+(?:\\S+\\s+){0,2}?traitement", "contest(?:er|ez)\\s+(?:l['’]utilisation|le\\s+traitement)"],
    right_portability: ['portabilit\\p{L}*', 'lisible\\s+par\\s+(?:une\\s+)?machine', 'format\\s+(?:\\S+\\s+)?(?:structur[ée]|courant|couramment)', '(?:transmettre|transf[ée]rer)\\s+(?:\\S+\\s+){0,4}?(?:donn[ée]es|informations)\\s+(?:\\S+\\s+){0,3}?[àa]\\s+(?:un\\s+)?(?:autre|tiers)'],
    right_withdraw_consent: [
      `(?:retir\\p{L}*|retrait|r[ée]voqu\\p{L}*|r[ée]vocation|revenir\\s+sur)\\s+(?:de\\s+)?(?:\\S+\\s+){0,4}?(?:consentement|accord|autorisation)`,
      '(?:consentement|accord|autorisation)\\S*\\s+(?:\\S+\\s+){0,8}?(?:retir\\p{L}*|r[ée]voqu\\p{L}*)',
      // A choice changed where cookies or consent are the subject ("modifier votre choix … Préférences cookies").
      '(?:modifier|changer)\\s+(?:\\S+\\s+){0,2}?choix',
      '(?:modifier|changer)\\s+(?:\\S+\\s+){0,2}?(?:pr[ée]f[ée]rences|param[èe]tres)(?=[^.;]{0,80}(?:cookies?|traceurs|consentement))',
      '(?<=(?:cookies?|traceurs|consentement)[^.;]{0,80})(?:modifier|changer)\\s+(?:\\S+\\s+){0,2}?(?:choix|pr[ée]f[ée]rences|param[èe]tres)',
      // Managed at any time: "Vous pouvez à tout moment gérer vos préférences ou refuser les cookies via le bandeau" (not "gérer vos
      // préférences de cookies dans les paramètres de votre navigateur", the browser's settings).
      '(?<=[àa]\\s+tout\\s+moment\\s+(?:\\S+\\s+){0,2}?)g[ée]rer\\s+(?:\\S+\\s+){0,2}?(?:choix|pr[ée]f[ée]rences|param[èe]tres)(?=[^.;]{0,120}(?:cookies?|traceurs|consentement))',
      // "changer d'avis à tout moment", "revenir ultérieurement sur votre choix".
      "changer\\s+d['’]avis", 'revenir\\s+(?:\\S+\\s+)?sur\\s+(?:votre|vos|ce|cette)\\s+(?:choix|d[ée]cision)',
    ],
    statutory_contractual_requirement: [
      '(?:fourni|communiqu|transmi|donn|saisi|renseign)\\p{L}*\\s+(?:\\S+\\s+){0,3}?(?:volontairement|de\\s+mani[èe]re\\s+volontaire|librement)',
      `(?:${D}|informations|champs|coordonn[ée]es)\\s+(?:\\S+\\s+){0,6}?(?:sont|est)\\s+(?:strictement\\s+|enti[èe]rement\\s+)?(?:obligatoires?|facultati(?:f|ve)s?|optionnel(?:le)?s?|requises?)`,
      '(?:ne\\s+pourrons|ne\\s+pouvons|impossible\\s+de)\\s+(?:pas\\s+)?(?:\\S+\\s+){0,5}?(?:fournir|traiter|r[ée]pondre|livrer|cr[ée]er|ex[ée]cuter)\\s+(?:\\S+\\s+){0,20}?sans\\s+(?:ces|vos|votre|cette|ce|les)\\s+(?:\\S+\\s+)?(?:donn[ée]es|informations|coordonn[ée]es)',
      'n[ée]cessite\\s+(?:un|une|la|votre)\\s+(?:compte|inscription|cr[ée]ation\\s+de\\s+compte)',
      "(?:vous\\s+)?n['’][êe]tes\\s+pas\\s+(?:\\S+\\s+)?(?:oblig[ée]e?s?|tenue?s?)",
      // Offered, not asked: "Si vous le souhaitez, vous pouvez nous fournir des informations concernant votre état de santé".
      'si\\s+vous\\s+le\\s+(?:souhaitez|d[ée]sirez|voulez)\\s*,?\\s+vous\\s+pouvez\\s+(?:nous\\s+)?(?:fournir|communiquer|transmettre|indiquer|donner|renseigner)',
      // It works without the data: "L'application fonctionne aussi sans localisation" (not cookies).
      'fonctionne(?:nt|ra)?\\s+(?:\\S+\\s+){0,2}?(?:aussi|[ée]galement|m[êe]me|parfaitement)\\s+sans(?!\\s+(?:\\S+\\s+){0,2}?cookies?(?![\\p{L}]))',
      // What follows if not given: "ceci limitera votre capacité à utiliser certaines fonctionnalités de nos Services".
      "limit(?:e|era|erait|ent|eront|er)\\s+(?:\\S+\\s+)?(?:votre|la)\\s+(?:capacit[ée]|possibilit[ée])\\s+(?:[àa]|d['’]|de)\\s*(?:utiliser|acc[ée]der|b[ée]n[ée]ficier|profiter)",
      // "Nous avons besoin de votre adresse e-mail pour …" (as "we need your name": not "besoin de vos droits").
      `(?:avons|aurons|aura)\\s+besoin\\s+de\\s+(?:(?:certaines|quelques)\\s+de\\s+)?(?:vos|votre|ces|certaines)\\s+(?:${D}|informations|coordonn[ée]es|adresse|nom|num[ée]ro|identit[ée]|date\\s+de\\s+naissance)`,
      // Data needed for the service, said beside them: "compte, profil, données de jeu (nécessaires au service)".
      '\\(\\s*(?:strictement\\s+)?(?:n[ée]cessaires?|indispensables?|requise?s?)\\s+(?:au|[àa]\\s+la|[àa]\\s+l[\'’]|pour\\s+(?:le|la|l[\'’]))\\s*(?:service|contrat|ex[ée]cution|fonctionnement|commande|inscription|compte|utilisation)',
    ],
    automated_decision_making: [
      // Not the Art. 22 right itself ("le droit de ne pas faire l'objet d'une décision … automatisée").
      '(?:pas|jamais|aucune?|sans)(?!\\s+(?:faire|[êe]tre)\\s+(?:l[\'’]objet|soumis|assujetti))\\s+(?:\\S+\\s+){0,6}?(?:profilage|d[ée]cisions?\\s+(?:\\S+\\s+)?automatis[ée]e?s?|automatis[ée]e?s?)',
      // Decided by people: "les décisions sont toujours prises par un humain".
      'd[ée]cisions?\\s+(?:\\S+\\s+){0,4}?(?:prises?|rendues?)\\s+(?:\\S+\\s+)?par\\s+(?:un\\s+|une\\s+|des\\s+)?(?:humains?|personnes?|[êe]tres?\\s+humains?|membres?\\s+de\\s+notre\\s+[ée]quipe)',
    ],
  },
  // The answer under a question heading ("… third country?" ⏎ "No").
  answers: ['non', 'oui', 'aucun(?:e)?', 'sans\\s+objet', 'non\\s+applicable'],
  // `withdrawalImpliesConsent` is not set: a withdrawal right alone ("Vous pouvez retirer votre consentement à tout moment") is
  // read as no basis, as in Dutch and German (test "what is no legal basis (reqb10)").
  rightRequests: ['droits?', 'demand\\p{L}*', 'pouvez', 'pourrez', 'peut', 'disposez', 'b[ée]n[ée]ficiez', 'souhaitez', 'contact\\p{L}*', 'e-?mail', 'courriel', '[ée]crire', 'adress(?:er|ez)'],
  // Not "contacter": policies copied from the CNIL's own page give its DPO's address ("contacter le délégué de la CNIL").
  breachCues: ['violations?\\s+de\\s+(?:donn[ée]es|s[ée]curit[ée])', 'fuites?\\s+de\\s+donn[ée]es'],
  complaintCues: ['r[ée]clamations?', 'plaintes?', 'saisi\\p{L}*', 'recours', 'insatisfait\\p{L}*', 'adress(?:er|ez)', 'signal\\p{L}*'],
  // L'intérêt juste après la base : "intérêt légitime (amélioration du service)", "intérêt légitime : sécurité".
  purposeClauses: ["(?:int[ée]r[êe]ts?|l[ée]gitimes?)(?=\\s*[:(]\\s*\\p{L})",
    // With its holder between: "L'intérêt légitime du responsable du traitement (amélioration du service)".
    "int[ée]r[êe]ts?\\s+l[ée]gitimes?\\s+(?:du|de\\s+la|de\\s+l['’]|des|de)\\s*[^():;.,]{1,60}?(?=\\s*[:(]\\s*\\p{L})", `afin\\s+(?:de|d['’])${NOT_LI}`, `pour\\s+\\p{L}+(?![\\p{L}])${NOT_LI}`, `dans\\s+le\\s+but\\s+(?:de|d['’])${NOT_LI}`, `en\\s+vue\\s+(?:de|d['’])${NOT_LI}`, `aux\\s+fins\\s+(?:de|d['’])${NOT_LI}`, 'tels?\\s+que', 'telles?\\s+que', 'notamment', '[àa]\\s+savoir', 'consistant\\s+[àa]', 'comme',
    // The reason given for it: "Nous collectons ces journaux pour notre intérêt légitime car ces journaux permettent la gestion technique
    // du site", "… fondé sur notre intérêt légitime, parce que nous devons sécuriser nos services".
    "int[ée]r[êe]ts?\\s+l[ée]gitimes?\\s*,?\\s+(?:car|parce\\s+qu(?:e|['’])|puisqu(?:e|['’]))(?!\\s*(?:la\\s+loi|le\\s+rgpd|la\\s+r[ée]glementation)(?![\\p{L}]))\\s*\\p{L}+",
    // "Notre intérêt légitime consiste à …", "réside dans …", "L'intérêt légitime poursuivi est la prévention de la fraude".
    'consiste(?:nt)?\\s+(?:[àa]|en)', 'r[ée]side(?:nt)?\\s+dans', "int[ée]r[êe]ts?\\s+l[ée]gitimes?\\s+poursuivis?\\s+(?:est|sont|:)",
    // The interest as an infinitive after it: "l'intérêt légitime du client à faire valoir ses droits"; what the means serve:
    // "Ces cookies, d'intérêt légitime, permettent de maintenir la session".
    "int[ée]r[êe]ts?\\s+l[ée]gitimes?\\s+(?:\\S+\\s+){0,3}?[àa]\\s+\\p{L}+(?:er|ir|re)(?![\\p{L}])",
    // What the interest is: "Notre intérêt légitime est d'assurer le bon fonctionnement du site", "… réside dans la prévention de la fraude"
    // (not what it is in law: "L'intérêt légitime est une base légale").
    "int[ée]r[êe]ts?\\s+l[ée]gitimes?\\s+(?:(?!(?:et|ou)\\s)[^\\s,;.:()]+\\s+){0,3}?(?:est|sont|r[ée]side(?:nt)?|consiste(?:nt)?)\\s+(?:de\\s+|d['’]\\s*|dans\\s+|en\\s+|[àa]\\s+)\\p{L}+",
    // Its holder named at length between: "l'intérêt légitime du Centre Équestre du Grand Vignoble à gérer ses relations" (not another
    // basis joined: "notre intérêt légitime et votre consentement à recevoir …").
    "int[ée]r[êe]ts?\\s+l[ée]gitimes?\\s+(?:du|de\\s+la|de\\s+l['’]|de)\\s*(?:(?!(?:et|ou)\\s)[^\\s,;.:()]+\\s+){1,8}?[àa]\\s+\\p{L}+(?:er|ir|re)(?![\\p{L}])", "permet(?:tent)?\\s+(?:de|d['’])"],
  genericDataSubjects: [`(?:vos|les|toutes\\s+les|ces|ses)?\\s*${D}(?:\\s+(?:personnelles|[àa]\\s+caract[èe]re\\s+personnel))?`, '(?:vos|les|ces)?\\s*informations(?:\\s+personnelles)?'],
  vagueRecipientCategories: ['tiers', 'partenaires', 'autres\\s+parties', 'parties\\s+tierces', 'tierces\\s+parties', 'organismes\\s+tiers'],
};

import type { RequirementLexicon } from '../../lexicon/requirements.js';

const D = 'donn[ée]es';
const THIRD = '(?:tiers?|tierces?\\s+parties|parties\\s+tierces|quiconque|personne)';
const SHARED = "(?:transmise?s?|communiqu[ée]e?s?|partag[ée]e?s?|divulgu[ée]e?s?|transf[ée]r[ée]e?s?|(?:mise?s?)\\s+[àa]\\s+(?:la\\s+)?disposition)";
const SHARE = "(?:partag(?:e|eons|eront|erai|erons|ent|er)|communiqu(?:e|ons|erons|erai|ent|er)|transmett(?:ons|rons|rai|ent|re)|transmet|divulgu(?:e|ons|erons|er)|transf[ée]r(?:e|ons|erons|er)|donn(?:ons|erons)\\s+acc[èe]s)";
const PROVIDE = '(?:fournir|communiquer|transmettre|renseigner|remplir|saisir|donner|indiquer)';

export const requirements: RequirementLexicon = {
  statutoryContractual: [
    // "caractère obligatoire ou facultatif", "les champs marqués d'un astérisque sont obligatoires".
    'caract[èe]re\\s+(?:obligatoire|facultatif)', 'champs?\\s+(?:obligatoires?|facultatifs?|requis)',
    '(?:marqu[ée]s?|signal[ée]s?|identifi[ée]s?|indiqu[ée]s?|suivis?|d[ée]sign[ée]s?)\\s+(?:par\\s+|d[\'’]|avec\\s+)?(?:un\\s+|une\\s+)?(?:ast[ée]risque|\\*|[ée]toile)',
    `(?:la\\s+fourniture|la\\s+communication|le\\s+fait\\s+de\\s+${PROVIDE})\\s+(?:de\\s+(?:ces|vos|certaines)\\s+|des\\s+)?${D}\\s+(?:\\S+\\s+){0,3}?(?:est|sont|n['’]est|ne\\s+sont)\\s+(?:pas\\s+)?(?:obligatoire|facultati(?:f|ve)|volontaire|n[ée]cessaire|requise?)`,
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
    'conditionne(?:nt)?\\s+(?:la\\s+conclusion|l[\'’]ex[ée]cution)', '(?:de\\s+mani[èe]re|[àa]\\s+titre)\\s+(?:volontaire|facultati(?:f|ve))', 'volontairement',
    // Providing is optional or voluntary: "Cela est entièrement facultatif", "sur une base volontaire", "(obligatoire)".
    '(?:est|sont|reste|restent)\\s+(?:enti[èe]rement\\s+|tout\\s+[àa]\\s+fait\\s+|totalement\\s+)?(?:facultati(?:f|ve)s?|optionnel(?:le)?s?|volontaires?)', 'base\\s+volontaire', '\\(\\s*obligatoires?\\s*\\)',
    `(?:${D}|informations|champs|coordonn[ée]es|adresses?)\\s+(?:\\S+\\s+){0,4}?(?:sont|est)\\s+(?:\\S+\\s+){0,2}?(?:requises?|n[ée]cessaires?|indispensables?)\\s+(?:pour|afin\\s+de|[àa]|au|aux)\\s+(?:\\S+\\s+){0,2}?(?:vous\\s+)?(?:fournir|traitement|traiter|l['’]ex[ée]cution|ex[ée]cuter|la\\s+conclusion|conclure|cr[ée]er|cr[ée]ation|inscription|s['’]inscrire|valider|acc[ée]der|r[ée]pondre|livr)`,
    `(?:oblig[ée]e?s?|tenue?s?|contraints?)\\s+de\\s+(?:nous\\s+)?(?:les\\s+|leur\\s+)?${PROVIDE}`,
    `(?:refus(?:er|ez|ant)?|choisi(?:r|ssez))\\s+de\\s+(?:ne\\s+pas\\s+)?(?:nous\\s+)?(?:les\\s+|leur\\s+)?${PROVIDE}`,
    `sans\\s+(?:devoir|avoir\\s+[àa]|[êe]tre\\s+oblig[ée]e?\\s+de)\\s+(?:nous\\s+)?${PROVIDE}`,
    'non[-\\s]renseignement', 'd[ée]faut\\s+de\\s+(?:renseignement|fourniture|communication)',
    "il\\s+nous\\s+(?:est|sera|serait)\\s+impossible", 'condition\\s+(?:pr[ée]alable|n[ée]cessaire)\\s+(?:pour|[àa])\\s+(?:conclure|la\\s+conclusion)',
    `choisi(?:r|ssez)\\s+de\\s+(?:les\\s+)?(?:remplir|renseigner|fournir)\\s+ou\\s+non`,
  ],
  noRecipients: [
    // "ne seront jamais transmises à des tiers", "ne sont pas communiqués au tiers"; resale alone ("ne seront pas revendues") says nothing on who receives.
    `(?:ne\\s+(?:sont|seront|sera|est|peuvent|pourront)|n['’](?:est|a))\\s+(?:\\S+\\s+){0,3}?${SHARED}\\s+(?:\\S+\\s+){0,4}?(?:[àa]|avec|aux?)\\s+(?:des\\s+|d['’]autres\\s+|aucune?\\s+|les\\s+)?${THIRD}`,
    `(?:ne|n['’])\\s*(?:\\S+\\s+){0,3}?${SHARE}\\s+(?:\\S+\\s+){0,6}?(?:[àa]|avec|aux?)\\s+(?:des\\s+|d['’]autres\\s+|aucune?\\s+|les\\s+)?${THIRD}`,
    `${SHARED}\\s+[àa]\\s+(?:aucune?|nul)\\s+(?:${THIRD}|tierce|personne|entit[ée]|partenaire|organisme)`,
    `(?:aucune?\\s+(?:${D}|information)|rien)\\s+(?:\\S+\\s+){0,3}?n['’]est\\s+(?:\\S+\\s+){0,2}?${SHARED}`,
    `(?:transmission|communication|partage|cession)\\s+(?:de\\s+(?:vos|ces)\\s+${D}\\s+)?[àa]\\s+des\\s+tiers\\s+(?:\\S+\\s+){0,2}?(?:est\\s+)?(?:express[ée]ment\\s+)?exclue?`,
    `seul(?:e|s|es)?\\s+(?:le|la|les|l['’])\\s*(?:\\S+\\s+){0,4}?(?:a|ont|aura|auront)\\s+acc[èe]s`,
  ],
  genericDataSubjects: [`(?:vos|les|toutes\\s+les|ces|ses)?\\s*${D}(?:\\s+(?:personnelles|[àa]\\s+caract[èe]re\\s+personnel))?`, '(?:vos|les|ces)?\\s*informations(?:\\s+personnelles)?'],
  vagueRecipientCategories: ['tiers', 'partenaires', 'autres\\s+parties', 'parties\\s+tierces', 'tierces\\s+parties', 'organismes\\s+tiers'],
};

import type { RequirementLexicon } from '../../lexicon/requirements.js';

const D = 'donn[ée]es';
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
  ],
  noRecipients: [
    `(?:ne\\s+(?:sont|seront)\\s+(?:jamais\\s+|en\\s+aucun\\s+cas\\s+|pas\\s+)?(?:\\S+\\s+)?(?:transmises?|communiqu[ée]es?|partag[ée]es?|c[ée]d[ée]es?|vendues?|divulgu[ée]es?))\\s+(?:[àa]\\s+(?:des\\s+|aucun\\s+|d['’]autres\\s+)?tiers|[àa]\\s+aucun)`,
    `(?:ne\\s+(?:partageons|communiquons|transmettons|c[ée]dons|vendons|divulguons)\\s+(?:jamais\\s+|pas\\s+|en\\s+aucun\\s+cas\\s+)?(?:vos\\s+|les\\s+|aucune\\s+)?(?:${D}|informations)(?:\\s+personnelles)?\\s+(?:pas\\s+|jamais\\s+)?(?:avec|[àa])\\s+(?:des\\s+|aucun\\s+|d['’]autres\\s+)?tiers)`,
    `(?:transmises?|communiqu[ée]es?|partag[ée]es?)\\s+[àa]\\s+aucun(?:e)?\\s+(?:tiers?|tierce|personne|entit[ée]|partenaire)`,
  ],
  genericDataSubjects: [`(?:vos|les|toutes\\s+les|ces|ses)?\\s*${D}(?:\\s+(?:personnelles|[àa]\\s+caract[èe]re\\s+personnel))?`, '(?:vos|les|ces)?\\s*informations(?:\\s+personnelles)?'],
  vagueRecipientCategories: ['tiers', 'partenaires', 'autres\\s+parties', 'parties\\s+tierces', 'tierces\\s+parties', 'organismes\\s+tiers'],
};

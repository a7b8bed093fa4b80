/**
 * The two seed policies, end to end: the complete model (every field; evidence positions are checked for every
 * fact by evidence.test.ts), the 18 requirement statuses and the exact findings of a default lint run.
 * When an extractor improves, update these by hand after reading the difference: they are the spec.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicyFile } from '../src/index.js';
import { resolveConfig } from '../src/rules/config.js';
import { lintPolicy } from '../src/rules/engine.js';
import type { Evidence } from '../src/model/types.js';

/** The model without its evidence arrays. */
function withoutEvidence(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEvidence);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'evidence').map(([k, v]) => [k, withoutEvidence(v)]));
  }
  return value;
}

const at = (e: Evidence | undefined): string => (e ? `${e.line}:${e.column}` : 'none');

const CLOUDAWARE_MODEL = {
  "language": "nl",
  "title": "Privacybeleid",
  "updated": "2023-12-21",
  "controller": {
    "name": "Epsys B.V.",
    "aliases": [
      "CloudAware"
    ],
    "address": "Bezuidenhoutseweg 98, 2594AZ Den Haag",
    "email": "privacy@cloudaware.eu",
    "emails": [
      "privacy@cloudaware.eu"
    ],
    "phone": "+31857828878",
    "website": "https://cloudaware.eu",
    "registration": null
  },
  "representative": null,
  "dpo": {
    "name": "Jeroen Hermans",
    "email": "privacy@cloudaware.eu",
    "phone": null
  },
  "dataCategories": [
    {
      "id": "name",
      "label": "Voor- en achternaam",
      "special": false
    },
    {
      "id": "address",
      "label": "Adresgegevens",
      "special": false
    },
    {
      "id": "phone",
      "label": "Telefoonnummer",
      "special": false
    },
    {
      "id": "email",
      "label": "E-mailadres",
      "special": false
    },
    {
      "id": "ip_address",
      "label": "IP-adres",
      "special": false
    },
    {
      "id": "other_provided",
      "label": "Overige persoonsgegevens die u actief verstrekt bijvoorbeeld door een profiel op deze website aan te maken, in correspondentie en telefonisch",
      "special": false
    },
    {
      "id": "location",
      "label": "Locatiegegevens",
      "special": false
    },
    {
      "id": "online_behaviour",
      "label": "Gegevens over uw activiteiten op onze website",
      "special": false
    },
    {
      "id": "device_browser",
      "label": "Internetbrowser en apparaat type",
      "special": false
    },
    {
      "id": "bank_account",
      "label": "Bankrekeningnummer",
      "special": false
    }
  ],
  "purposes": [
    {
      "id": "payment",
      "label": "Het afhandelen van uw betaling",
      "legalBasis": null
    },
    {
      "id": "contact",
      "label": "U te kunnen bellen of e-mailen indien dit nodig is om onze dienstverlening uit te kunnen voeren",
      "legalBasis": null
    },
    {
      "id": "service_delivery",
      "label": "U te informeren over wijzigingen van onze diensten en producten",
      "legalBasis": null
    },
    {
      "id": "service_delivery",
      "label": "Om goederen en diensten bij u af te leveren",
      "legalBasis": null
    },
    {
      "id": "analytics",
      "label": "CloudAware analyseert uw gedrag op de website om daarmee de website te verbeteren en het aanbod van producten en diensten af te stemmen op uw voorkeuren",
      "legalBasis": null
    },
    {
      "id": "legal_obligation",
      "label": "CloudAware verwerkt ook persoonsgegevens als wij hier wettelijk toe verplicht zijn, zoals gegevens die wij nodig hebben voor onze belastingaangifte",
      "legalBasis": "legal_obligation"
    }
  ],
  "legalBases": [
    {
      "id": "legal_obligation"
    },
    {
      "id": "contract"
    }
  ],
  "legitimateInterests": [],
  "recipients": [
    {
      "name": "derden",
      "kind": "category",
      "service": null,
      "country": null,
      "outsideEea": null
    }
  ],
  "transfers": [],
  "retention": [
    {
      "subject": "uw persoonsgegevens",
      "duration": null,
      "anchor": null,
      "vague": true
    },
    {
      "subject": "Telecom verkeer",
      "duration": "P1Y",
      "anchor": null,
      "vague": false,
      "bound": "max"
    },
    {
      "subject": "Klant data",
      "duration": "P7Y",
      "anchor": "na het beëindigen van het contract",
      "vague": false,
      "bound": "max"
    },
    {
      "subject": "Webserver log bestanden",
      "duration": "P1Y",
      "anchor": null,
      "vague": false,
      "bound": "max"
    },
    {
      "subject": "Website statistieken",
      "duration": "P3M",
      "anchor": null,
      "vague": false,
      "bound": "max"
    }
  ],
  "rights": [
    {
      "id": "access"
    },
    {
      "id": "rectification"
    },
    {
      "id": "erasure"
    },
    {
      "id": "objection"
    },
    {
      "id": "portability"
    },
    {
      "id": "withdraw_consent"
    }
  ],
  "supervisoryAuthority": null,
  "automatedDecisionMaking": {
    "used": false
  },
  "cookies": [
    {
      "kind": "functional",
      "name": null,
      "lifetime": null
    },
    {
      "kind": "analytics",
      "name": null,
      "lifetime": null
    }
  ],
  "children": {
    "minimumAge": 16
  },
  "lawReferences": [],
  "addressed": [
    {
      "requirement": "purposes",
      "kind": "cue"
    },
    {
      "requirement": "right_access",
      "kind": "cue"
    },
    {
      "requirement": "right_rectification",
      "kind": "cue"
    },
    {
      "requirement": "right_erasure",
      "kind": "cue"
    },
    {
      "requirement": "right_objection",
      "kind": "cue"
    },
    {
      "requirement": "right_withdraw_consent",
      "kind": "cue"
    },
    {
      "requirement": "automated_decision_making",
      "kind": "cue"
    }
  ],
  "statements": [
    {
      "id": "dpo_title"
    },
    {
      "id": "only_functional_cookies"
    },
    {
      "id": "bsn_legal_ground"
    }
  ]
};

const CLOUDAWARE_STATUS = {
  "controller_identity": "met",
  "dpo_contact": "met",
  "purposes": "met",
  "legal_basis": "partial",
  "legitimate_interests": "not_applicable",
  "recipients": "partial",
  "third_country_transfers": "missing",
  "retention": "met",
  "right_access": "met",
  "right_rectification": "met",
  "right_erasure": "met",
  "right_restriction": "missing",
  "right_objection": "met",
  "right_portability": "met",
  "right_withdraw_consent": "met",
  "right_complaint": "missing",
  "statutory_contractual_requirement": "missing",
  "automated_decision_making": "met"
};

const CLOUDAWARE_FINDINGS = [
  "2:1 error gdpr/right-complaint",
  "2:1 error gdpr/right-restriction",
  "2:1 warning gdpr/statutory-contractual-requirement",
  "2:1 warning gdpr/third-country-transfers",
  "40:3 warning gdpr/legal-basis",
  "53:1 warning gdpr/recipients"
];

const CLOUDBILLING_MODEL = {
  "language": "nl",
  "title": "Privacy Policy",
  "updated": null,
  "controller": {
    "name": "CloudBilling B.V.",
    "aliases": [
      "CloudBilling"
    ],
    "address": "Gooimeer 1, 1411 DC Naarden",
    "email": "info@cloudbilling.nl",
    "emails": [
      "info@cloudbilling.nl"
    ],
    "phone": null,
    "website": "www.cloudbilling.nl",
    "registration": null
  },
  "representative": null,
  "dpo": null,
  "dataCategories": [
    {
      "id": "email",
      "label": "e-mailadres",
      "special": false
    },
    {
      "id": "contact_details",
      "label": "contactgegevens",
      "special": false
    }
  ],
  "purposes": [
    {
      "id": "marketing",
      "label": "voor marketing- en sales doeleinden",
      "legalBasis": null
    },
    {
      "id": "newsletter",
      "label": "nieuwsbrieven",
      "legalBasis": "consent"
    },
    {
      "id": "events",
      "label": "uitnodigingen",
      "legalBasis": "consent"
    },
    {
      "id": "contact",
      "label": "om contact met u op te nemen",
      "legalBasis": null
    },
    {
      "id": "analytics",
      "label": "om de werking van de site te kunnen analyseren",
      "legalBasis": null
    }
  ],
  "legalBases": [
    {
      "id": "consent"
    }
  ],
  "legitimateInterests": [],
  "recipients": [
    {
      "name": "derde partijen",
      "kind": "category",
      "service": null,
      "country": null,
      "outsideEea": null
    },
    {
      "name": "Google Analytics",
      "kind": "processor",
      "service": "Google Analytics",
      "country": "IE",
      "outsideEea": true
    },
    {
      "name": "derden",
      "kind": "category",
      "service": null,
      "country": null,
      "outsideEea": null
    },
    {
      "name": "HubSpot",
      "kind": "processor",
      "service": "HubSpot",
      "country": "IE",
      "outsideEea": true
    },
    {
      "name": "Eventbrite",
      "kind": "processor",
      "service": "Eventbrite",
      "country": "US",
      "outsideEea": true
    }
  ],
  "transfers": [],
  "retention": [
    {
      "subject": null,
      "duration": null,
      "anchor": null,
      "vague": true
    },
    {
      "subject": "Gegevens van potentiele klanten, dan wel leads",
      "duration": "P2Y",
      "anchor": null,
      "vague": false,
      "bound": "max"
    }
  ],
  "rights": [
    {
      "id": "objection"
    },
    {
      "id": "access"
    },
    {
      "id": "erasure"
    },
    {
      "id": "rectification"
    }
  ],
  "supervisoryAuthority": null,
  "automatedDecisionMaking": null,
  "cookies": [
    {
      "kind": "analytics",
      "name": "Google Analytics",
      "lifetime": "P14M"
    }
  ],
  "children": null,
  "lawReferences": [
    {
      "id": "wbp",
      "outdated": true,
      "replacement": "uavg"
    },
    {
      "id": "bewerker",
      "outdated": true,
      "replacement": "verwerker"
    }
  ],
  "addressed": [
    {
      "requirement": "purposes",
      "kind": "cue"
    },
    {
      "requirement": "legal_basis",
      "kind": "cue"
    },
    {
      "requirement": "recipients",
      "kind": "cue"
    },
    {
      "requirement": "right_access",
      "kind": "cue"
    },
    {
      "requirement": "right_rectification",
      "kind": "cue"
    },
    {
      "requirement": "right_erasure",
      "kind": "cue"
    },
    {
      "requirement": "right_objection",
      "kind": "cue"
    }
  ],
  "statements": []
};

const CLOUDBILLING_STATUS = {
  "controller_identity": "met",
  "dpo_contact": "missing",
  "purposes": "met",
  "legal_basis": "partial",
  "legitimate_interests": "not_applicable",
  "recipients": "met",
  "third_country_transfers": "missing",
  "retention": "met",
  "right_access": "met",
  "right_rectification": "met",
  "right_erasure": "met",
  "right_restriction": "missing",
  "right_objection": "met",
  "right_portability": "missing",
  "right_withdraw_consent": "missing",
  "right_complaint": "missing",
  "statutory_contractual_requirement": "missing",
  "automated_decision_making": "missing"
};

const CLOUDBILLING_FINDINGS = [
  "1:1 error gdpr/right-complaint",
  "1:1 error gdpr/right-portability",
  "1:1 error gdpr/right-restriction",
  // gdpr/right-withdraw-consent is the same gap as consistency/consent-without-withdrawal (21:184): one finding (src/rules/overlap.ts).
  "1:1 warning gdpr/automated-decision-making",
  "1:1 warning gdpr/statutory-contractual-requirement",
  "1:1 warning gdpr/third-country-transfers",
  "1:1 info gdpr/dpo-contact",
  "3:299 error outdated/wbp",
  "21:184 error consistency/consent-without-withdrawal",
  "21:184 warning gdpr/legal-basis",
  "30:1 warning consistency/outside-eea-without-transfer",
  "33:1 warning consistency/outside-eea-without-transfer",
  "36:1 warning consistency/outside-eea-without-transfer",
  "51:14 warning outdated/bewerker"
];

test('fixtures/cloudaware-privacybeleid.md: the complete model', async () => {
  const { model } = await parsePolicyFile('fixtures/cloudaware-privacybeleid.md');
  assert.deepEqual(withoutEvidence(model), CLOUDAWARE_MODEL);
});

test('fixtures/cloudaware-privacybeleid.md: requirement statuses and findings of a default lint run', async () => {
  const result = lintPolicy(await parsePolicyFile('fixtures/cloudaware-privacybeleid.md'), resolveConfig(null));
  assert.deepEqual(Object.fromEntries(result.requirements.map((r) => [r.id, r.status])), CLOUDAWARE_STATUS);
  assert.deepEqual(result.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`), CLOUDAWARE_FINDINGS);
});

test('fixtures/cloudbilling-privacy-policy.txt: the complete model', async () => {
  const { model } = await parsePolicyFile('fixtures/cloudbilling-privacy-policy.txt');
  assert.deepEqual(withoutEvidence(model), CLOUDBILLING_MODEL);
});

test('fixtures/cloudbilling-privacy-policy.txt: requirement statuses and findings of a default lint run', async () => {
  const result = lintPolicy(await parsePolicyFile('fixtures/cloudbilling-privacy-policy.txt'), resolveConfig(null));
  assert.deepEqual(Object.fromEntries(result.requirements.map((r) => [r.id, r.status])), CLOUDBILLING_STATUS);
  assert.deepEqual(result.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`), CLOUDBILLING_FINDINGS);
});

test('seed evidence points at the facts', async () => {
  const aware = (await parsePolicyFile('fixtures/cloudaware-privacybeleid.md')).model;
  assert.equal(at(aware.dpo?.evidence[0]), '15:1');
  assert.deepEqual(aware.retention.filter((r) => r.duration).map((r) => at(r.evidence[0])), ['48:3', '49:3', '50:3', '51:3']);
  assert.equal(at(aware.automatedDecisionMaking?.evidence[0]), '42:1');
  const billing = (await parsePolicyFile('fixtures/cloudbilling-privacy-policy.txt')).model;
  const wbp = billing.lawReferences.find((r) => r.id === 'wbp');
  assert.ok(wbp && wbp.evidence.some((e) => e.line === 3), 'the Wbp is cited on line 3');
  assert.ok(billing.lawReferences.find((r) => r.id === 'bewerker')?.evidence.some((e) => e.line === 51), 'bewerkersovereenkomst on line 51');
  assert.equal(billing.cookies[0]?.evidence.some((e) => e.line === 56), true, 'the Analytics cookie lifetime on line 56');
});

test('lint findings carry their replacements', async () => {
  const result = lintPolicy(await parsePolicyFile('fixtures/cloudbilling-privacy-policy.txt'), resolveConfig(null));
  const bewerker = result.findings.find((f) => f.ruleId === 'outdated/bewerker');
  assert.equal(bewerker?.fix?.text, 'verwerkersovereenkomst');
  assert.match(bewerker?.message ?? '', /verwerkersovereenkomst/u);
  const wbp = result.findings.find((f) => f.ruleId === 'outdated/wbp');
  assert.match(wbp?.message ?? '', /AVG en de UAVG/u);
  assert.match(wbp?.message ?? '', /2018-05-25/u);
});

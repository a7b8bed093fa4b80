/** The commented config `privacylint init` writes. */
export const CONFIG_TEMPLATE = `# privacylint configuration: https://github.com/privacylint/privacylint#configuration
# yaml-language-server: $schema=./node_modules/privacylint/schema/privacylintrc.schema.json

# Start from a preset: privacylint:recommended (the rules' own severities) or privacylint:strict
# (every info becomes a warning and every warning an error).
extends: privacylint:recommended

# Severity per rule id: off | info | warning | error. \`privacylint rules\` lists the ids. For example:
#   gdpr/dpo-contact: off            # no DPO is designated, and none is required
#   outdated/bewerker: error
rules: {}

# Folders with your own rule packs (YAML, the same format as privacylint's rules/), relative to this file.
# ruleFolders:
#   - privacy-rules

# The national rules to apply: nl, be, de, fr or none (default: from the policy's language and signals).
# jurisdiction: nl

# The policy language, when detection guesses wrong: nl | en | de | fr | it | es | pt | da | sv | pl.
# language: nl

# The language of the messages (default: the policy's language, else English): nl | en | de | fr.
# locale: en

# The policies a bare \`privacylint\` lints, as globs relative to this file (default: files named like a
# policy, such as privacy*.md, privacyverklaring*, datenschutz*, politique-de-confidentialite*).
# files:
#   - content/privacy.md

# Files not to lint (gitignore patterns); .privacylintignore works too.
# ignore:
#   - drafts/**
`;

/**
 * The pre-built rule documents (see rule-catalogue.ts). This source holds none: scripts/bundle-cli.ts
 * replaces this module in the bundle with every rule's document, taken from the validated registry
 * while bundling. Without a bundle the rule modules are read instead.
 */
import type { RuleDocument } from './rule-catalogue.js';

export const RULE_DOCUMENTS: readonly RuleDocument[] | undefined = undefined;

/**
 * Every posture rule's metadata and documents as plain data (no evaluate code): what `mamori rules
 * list` and `rules show` print.
 *
 * Loading the rules themselves costs most of those commands' start-up: a 2 MB module of rule code
 * and the zod schema that validates every rule. So the bundled CLI carries a pre-built catalogue:
 * scripts/bundle-cli.ts validates the registry (a bad rule fails the build) and writes
 * `ruleDocuments(registry)` into rule-catalogue-data.js of the bundle, in the same step that bundles
 * the code, so the two cannot disagree. Unbundled (tests, dist/src), that module holds no
 * catalogue and the rule modules are loaded and validated as before.
 */
import type { PostureRule } from '../model/rule.js';

/** The machine-readable view of a rule: metadata and both documents, no code. */
export function ruleToJson(rule: PostureRule) {
  return {
    id: rule.id,
    kind: rule.kind,
    provider: rule.provider,
    services: rule.services,
    title: rule.title,
    severity: rule.severity,
    urgency: rule.urgency,
    resourceTypes: rule.kind === 'automated' ? rule.resourceTypes : [],
    frameworks: rule.frameworks,
    doc: rule.doc,
    remediation: rule.remediation,
    references: rule.references,
  };
}

export type RuleDocument = ReturnType<typeof ruleToJson>;

/** What `rules list` shows and selects by: a small part of each document. */
export type RuleSummary = Pick<RuleDocument, 'id' | 'kind' | 'provider' | 'severity' | 'title' | 'frameworks'>;

export function ruleSummary(rule: RuleSummary): RuleSummary {
  return { id: rule.id, kind: rule.kind, provider: rule.provider, severity: rule.severity, title: rule.title, frameworks: rule.frameworks };
}

/** The catalogue as the bundle stores it: each rule's JSON view, in registry order. */
export function ruleDocuments(registry: ReadonlyMap<string, PostureRule>): RuleDocument[] {
  return [...registry.values()].map(ruleToJson);
}

const byId = <R extends { id: string }>(rules: readonly R[]): ReadonlyMap<string, R> => new Map(rules.map((r) => [r.id, r]));

async function fromRuleModules(): Promise<ReadonlyMap<string, RuleDocument>> {
  const { postureRules } = await import('../assess/registry.js');
  return byId(ruleDocuments(postureRules()));
}

let documents: Promise<ReadonlyMap<string, RuleDocument>> | undefined;
let summaries: Promise<ReadonlyMap<string, RuleSummary>> | undefined;

/** Rule documents by id, in registry order: from the bundle's catalogue when there is one, else from the rule modules. */
export function ruleCatalogue(): Promise<ReadonlyMap<string, RuleDocument>> {
  documents ??= import('./rule-catalogue-data.js').then(({ RULE_DOCUMENTS }) => (RULE_DOCUMENTS ? byId(RULE_DOCUMENTS) : fromRuleModules()));
  return documents;
}

/**
 * Rule summaries by id, in registry order. The bundle keeps them apart from the documents (a
 * twentieth of the size), because listing rules is the common case.
 */
export function ruleSummaries(): Promise<ReadonlyMap<string, RuleSummary>> {
  summaries ??= import('./rule-summaries-data.js').then(async ({ RULE_SUMMARIES }) =>
    RULE_SUMMARIES ? byId(RULE_SUMMARIES) : new Map([...(await ruleCatalogue())].map(([id, doc]) => [id, ruleSummary(doc)])),
  );
  return summaries;
}

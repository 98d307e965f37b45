/**
 * The one place that knows which providers exist. Each provider plugs in its posture rules and
 * the pseudo resource that stands for a whole scope (AWS account, Google Cloud project, Azure
 * subscription), on which scope-wide results such as MANUAL recommendations are reported. The core
 * (assess, detect, correlate, hub, report) asks this registry and never names a provider itself.
 */
import { AWS_POSTURE_RULES } from '../../rules/posture/aws/index.js';
import { AZURE_POSTURE_RULES } from '../../rules/posture/azure/index.js';
import { GCP_POSTURE_RULES } from '../../rules/posture/gcp/index.js';
import type { GuardrailEvaluator } from '../guardrails/intents.js';
import type { PostureRule } from '../model/rule.js';
import { ResourceSchemas, type ConfigSchema } from '../model/snapshot.js';
import type { LocalizedText, Provider, Resource } from '../model/types.js';
import { AWS_RESOURCE_SCHEMAS } from './aws/model/schemas.js';
import { AUTHORIZATION_TYPES } from './inventory.js';
import { AZURE_TYPES } from './azure/model/index.js';
import { AZURE_RESOURCE_SCHEMAS } from './azure/schemas/index.js';
import { AZURE_SCOPE_PATH_TYPES, azureScopePaths, azureScopeResource } from './azure/scope.js';
import { AWS_SCOPE_PATH_TYPES, awsScopePaths, awsScopeResource } from './aws/scope.js';
import { GCP_TYPES } from './gcp/model.js';
import { GCP_RESOURCE_SCHEMAS } from './gcp/schemas.js';
import { GCP_SCOPE_PATH_TYPES, gcpScopePaths, gcpScopeResource } from './gcp/scope.js';

export interface ScopeResourceRef {
  uid: string;
  type: string;
}

export interface ProviderPlugin {
  id: Provider;
  name: string;
  /** What one scope is called: account, project, subscription. */
  scopeNoun: LocalizedText;
  postureRules: readonly PostureRule[];
  /** What its collector writes in each resource type's config (src/model/snapshot.ts, ResourceSchemas). */
  resourceSchemas: Readonly<Record<string, ConfigSchema>>;
  /** The pseudo resource of a scope (scope id: account id, project id, subscription id). */
  scopeResource(scopeId: string): ScopeResourceRef;
  /** The resource types that tell where each scope sits in its organisation. */
  scopePathTypes: readonly string[];
  /** Each scope's place in its organisation, root first, ending with the scope (Finding.scopePath). */
  scopePaths(resources: Iterable<Resource>): Map<string, string>;
  /** The resource types the guardrail evaluator reads (organisation policies, the tree above the scopes). */
  guardrailTypes: ReadonlySet<string>;
  /** The cross-cloud guardrail intents evaluated per scope (src/guardrails/intents.ts), loaded when asked. */
  guardrails(): Promise<GuardrailEvaluator>;
}

export const PROVIDER_PLUGINS: Partial<Record<Provider, ProviderPlugin>> = {
  aws: {
    id: 'aws',
    name: 'Amazon Web Services',
    scopeNoun: { en: 'account', ja: 'アカウント' },
    postureRules: AWS_POSTURE_RULES,
    resourceSchemas: AWS_RESOURCE_SCHEMAS,
    scopeResource: awsScopeResource,
    scopePathTypes: AWS_SCOPE_PATH_TYPES,
    scopePaths: awsScopePaths,
    // The guardrail audit reads the organisation's tree and policies, all among the authorisation types.
    guardrailTypes: AUTHORIZATION_TYPES,
    guardrails: async () => (await import('./aws/guardrails/intents.js')).awsGuardrails,
  },
  gcp: {
    id: 'gcp',
    name: 'Google Cloud',
    scopeNoun: { en: 'project', ja: 'プロジェクト' },
    postureRules: GCP_POSTURE_RULES,
    resourceSchemas: GCP_RESOURCE_SCHEMAS,
    scopeResource: gcpScopeResource,
    scopePathTypes: GCP_SCOPE_PATH_TYPES,
    scopePaths: gcpScopePaths,
    guardrailTypes: new Set([GCP_TYPES.project, GCP_TYPES.folder, GCP_TYPES.organization, GCP_TYPES.orgPolicy]),
    guardrails: async () => (await import('./gcp/guardrails.js')).gcpGuardrails,
  },
  azure: {
    id: 'azure',
    name: 'Microsoft Azure',
    scopeNoun: { en: 'subscription', ja: 'サブスクリプション' },
    postureRules: AZURE_POSTURE_RULES,
    resourceSchemas: AZURE_RESOURCE_SCHEMAS,
    scopeResource: azureScopeResource,
    scopePathTypes: AZURE_SCOPE_PATH_TYPES,
    scopePaths: azureScopePaths,
    guardrailTypes: new Set([AZURE_TYPES.subscription, AZURE_TYPES.managementGroup, AZURE_TYPES.policyAssignment, AZURE_TYPES.policyExemption]),
    guardrails: async () => (await import('./azure/policy.js')).azureGuardrails,
  },
};

export function providerPlugin(provider: Provider): ProviderPlugin {
  const plugin = PROVIDER_PLUGINS[provider];
  if (!plugin) throw new Error(`provider ${provider} is not available in this version of mamori`);
  return plugin;
}

export function allPostureRules(): PostureRule[] {
  return Object.values(PROVIDER_PLUGINS).flatMap((p) => p!.postureRules);
}

let schemas: ResourceSchemas | undefined;
/** Every provider's resource schemas, compiled once (a type declared by two providers fails here). */
export function resourceSchemas(): ResourceSchemas {
  schemas ??= new ResourceSchemas(Object.values(PROVIDER_PLUGINS).map((p) => p!.resourceSchemas));
  return schemas;
}

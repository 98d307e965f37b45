/**
 * The one place that knows which providers exist. Each provider plugs in its posture rules and
 * the pseudo resource that stands for a whole scope (AWS account, Google Cloud project, Azure
 * subscription), on which scope-wide results such as MANUAL recommendations are reported. The core
 * (assess, detect, correlate, hub, report) asks this registry and never names a provider itself.
 */
import { AWS_POSTURE_RULES } from '../../rules/posture/aws/index.js';
import { GCP_POSTURE_RULES } from '../../rules/posture/gcp/index.js';
import type { PostureRule } from '../model/rule.js';
import type { LocalizedText, Provider } from '../model/types.js';
import { awsScopeResource } from './aws/scope.js';
import { gcpScopeResource } from './gcp/scope.js';

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
  /** The pseudo resource of a scope (scope id: account id, project id, subscription id). */
  scopeResource(scopeId: string): ScopeResourceRef;
}

export const PROVIDER_PLUGINS: Partial<Record<Provider, ProviderPlugin>> = {
  aws: {
    id: 'aws',
    name: 'Amazon Web Services',
    scopeNoun: { en: 'account', ja: 'アカウント' },
    postureRules: AWS_POSTURE_RULES,
    scopeResource: awsScopeResource,
  },
  gcp: {
    id: 'gcp',
    name: 'Google Cloud',
    scopeNoun: { en: 'project', ja: 'プロジェクト' },
    postureRules: GCP_POSTURE_RULES,
    scopeResource: gcpScopeResource,
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

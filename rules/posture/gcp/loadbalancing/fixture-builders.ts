/** Fixture builders for the load balancing rules. */
import type { Resource } from '../../../../src/model/types.js';
import { GCP_TYPES, type BackendServiceConfig, type SslPolicyConfig, type TargetProxyConfig } from '../../../../src/providers/gcp/model.js';
import { gcpResource, PROJECT } from '../testing.js';

const base = (project = PROJECT) => `//compute.googleapis.com/projects/${project}/global`;
export const backendUid = (name: string) => `${base()}/backendServices/${name}`;
export const httpsProxyUid = (name: string) => `${base()}/targetHttpsProxies/${name}`;
export const sslProxyUid = (name: string) => `${base()}/targetSslProxies/${name}`;
export const sslPolicyUrl = (name: string) => `https://www.googleapis.com/compute/v1/projects/${PROJECT}/global/sslPolicies/${name}`;

export function backendService(name: string, config: Partial<BackendServiceConfig> = {}): Resource {
  return gcpResource<BackendServiceConfig>({
    type: GCP_TYPES.backendService,
    uid: backendUid(name),
    config: { name, loadBalancingScheme: 'EXTERNAL_MANAGED', protocol: 'HTTPS', ...config },
  });
}

export function httpsProxy(name: string, sslPolicy?: string): Resource {
  return gcpResource<TargetProxyConfig>({ type: GCP_TYPES.targetHttpsProxy, uid: httpsProxyUid(name), config: { name, ...(sslPolicy ? { sslPolicy } : {}) } });
}

export function sslProxy(name: string, sslPolicy?: string): Resource {
  return gcpResource<TargetProxyConfig>({ type: GCP_TYPES.targetSslProxy, uid: sslProxyUid(name), config: { name, ...(sslPolicy ? { sslPolicy } : {}) } });
}

export function sslPolicy(name: string, config: Partial<SslPolicyConfig>): Resource {
  return gcpResource<SslPolicyConfig>({
    type: GCP_TYPES.sslPolicy,
    uid: `${base()}/sslPolicies/${name}`,
    config: { name, selfLink: sslPolicyUrl(name), ...config },
  });
}

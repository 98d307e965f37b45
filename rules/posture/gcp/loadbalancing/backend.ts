/**
 * Which backend services belong to an Application (HTTP(S)) Load Balancer, shared by the
 * loadbalancing rules. Pure functions.
 */
import { notApplicable, type RuleOutcome } from '../../../../src/model/rule.js';
import type { BackendServiceConfig } from '../../../../src/providers/gcp/model.js';

/** Protocols of Application Load Balancer backends (the API default is HTTP). */
export const HTTP_PROTOCOLS = ['HTTP', 'HTTPS', 'HTTP2', 'H2C'] as const;
/** Load balancing schemes of Application Load Balancers (the API default is EXTERNAL). */
export const APPLICATION_LB_SCHEMES = ['EXTERNAL', 'EXTERNAL_MANAGED', 'INTERNAL_MANAGED'] as const;
export const EXTERNAL_SCHEMES = ['EXTERNAL', 'EXTERNAL_MANAGED'] as const;

export function scheme(backend: BackendServiceConfig): string {
  return backend.loadBalancingScheme ?? 'EXTERNAL';
}

export function protocol(backend: BackendServiceConfig): string {
  return backend.protocol ?? 'HTTP';
}

/**
 * NOT_APPLICABLE unless the backend service serves an Application Load Balancer (external ones
 * only with `externalOnly`): protocol HTTP/HTTPS/HTTP2/H2C and an EXTERNAL, EXTERNAL_MANAGED or
 * INTERNAL_MANAGED scheme. TCP, SSL, UDP and GRPC backends belong to network load balancers or
 * Cloud Service Mesh (INTERNAL_SELF_MANAGED).
 */
export function notApplicationLoadBalancer(backend: BackendServiceConfig, externalOnly = false): RuleOutcome | undefined {
  const s = scheme(backend);
  const p = protocol(backend);
  const schemes: readonly string[] = externalOnly ? EXTERNAL_SCHEMES : APPLICATION_LB_SCHEMES;
  if ((HTTP_PROTOCOLS as readonly string[]).includes(p) && schemes.includes(s)) return undefined;
  return notApplicable({
    en: `Backend service ${backend.name} (scheme ${s}, protocol ${p}) does not serve ${externalOnly ? 'an external' : 'an'} Application Load Balancer.`,
    ja: `バックエンドサービス ${backend.name}（スキーム ${s}、プロトコル ${p}）は${externalOnly ? '外部' : ''}アプリケーションロードバランサのものではありません。`,
  });
}

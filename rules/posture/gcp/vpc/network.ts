/** VPC network helpers shared by the vpc and dns rules. Pure functions over the snapshot. */
import type { EvaluationContext } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
import { GCP_TYPES, type FirewallConfig, type NetworkConfig } from '../../../../src/providers/gcp/model.js';
import { computePath, resourcePath } from './refs.js';

export type NetworkMode = 'auto' | 'custom' | 'legacy';

/** legacy (an IPv4Range and no autoCreateSubnetworks field), auto (autoCreateSubnetworks true) or custom. */
export function networkMode(network: NetworkConfig): NetworkMode {
  if (network.autoCreateSubnetworks === undefined && network.IPv4Range) return 'legacy';
  return network.autoCreateSubnetworks === true ? 'auto' : 'custom';
}

/** Names of the firewall rules of the snapshot that belong to `network`. */
export function firewallNamesOf(ctx: EvaluationContext, network: Resource<NetworkConfig>): string[] {
  const path = resourcePath(network);
  return ctx
    .resources<FirewallConfig>(GCP_TYPES.firewall, { account: network.account })
    .filter((fw) => path !== undefined && computePath(fw.config.network) === path)
    .map((fw) => fw.config.name)
    .sort();
}

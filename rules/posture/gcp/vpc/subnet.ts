/** Subnet classification shared by the vpc subnet rules. Pure functions. */
import type { SubnetworkConfig } from '../../../../src/providers/gcp/model.js';

/**
 * Subnets reserved for Google-managed proxies, Private Service Connect producers or Private NAT:
 * they host no VM, so VPC Flow Logs and Private Google Access do not apply to them.
 */
export const SPECIAL_PURPOSES = [
  'REGIONAL_MANAGED_PROXY',
  'GLOBAL_MANAGED_PROXY',
  'INTERNAL_HTTPS_LOAD_BALANCER',
  'PRIVATE_SERVICE_CONNECT',
  'PRIVATE_NAT',
] as const;

/** The special purpose of a subnet, or undefined for an ordinary (PRIVATE / PRIVATE_RFC_1918 / unset) subnet. */
export function specialPurpose(subnet: SubnetworkConfig): string | undefined {
  return subnet.purpose && (SPECIAL_PURPOSES as readonly string[]).includes(subnet.purpose) ? subnet.purpose : undefined;
}

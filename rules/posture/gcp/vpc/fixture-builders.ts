/** Fixture builders for the vpc (and dns) rules: networks, subnets and firewall rules of the fixture project. */
import type { Resource } from '../../../../src/model/types.js';
import { GCP_TYPES, type FirewallConfig, type NetworkConfig, type SubnetworkConfig } from '../../../../src/providers/gcp/model.js';
import { gcpResource, PROJECT } from '../testing.js';

export const networkUrl = (name: string, project = PROJECT) => `https://www.googleapis.com/compute/v1/projects/${project}/global/networks/${name}`;
export const networkUid = (name: string, project = PROJECT) => `//compute.googleapis.com/projects/${project}/global/networks/${name}`;
export const subnetUid = (name: string, region = 'us-central1', project = PROJECT) => `//compute.googleapis.com/projects/${project}/regions/${region}/subnetworks/${name}`;
export const firewallUid = (name: string, project = PROJECT) => `//compute.googleapis.com/projects/${project}/global/firewalls/${name}`;

export function network(name: string, config: Partial<NetworkConfig> = { autoCreateSubnetworks: false }, project = PROJECT): Resource {
  return gcpResource<NetworkConfig>({
    type: GCP_TYPES.network,
    uid: networkUid(name, project),
    account: project,
    config: { name, selfLink: networkUrl(name, project), ...config },
  });
}

export function subnet(name: string, config: Partial<SubnetworkConfig> = {}, region = 'us-central1'): Resource {
  return gcpResource<SubnetworkConfig>({
    type: GCP_TYPES.subnetwork,
    uid: subnetUid(name, region),
    region,
    config: {
      name,
      region,
      network: networkUrl('prod-vpc'),
      ipCidrRange: '10.10.0.0/24',
      purpose: 'PRIVATE',
      ...config,
    },
  });
}

export function firewall(name: string, config: Partial<FirewallConfig> = {}): Resource {
  return gcpResource<FirewallConfig>({
    type: GCP_TYPES.firewall,
    uid: firewallUid(name),
    config: { name, network: networkUrl('prod-vpc'), direction: 'INGRESS', priority: 1000, disabled: false, ...config },
  });
}

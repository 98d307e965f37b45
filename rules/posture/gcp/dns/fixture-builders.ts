/** Fixture builders for the Cloud DNS rules. */
import type { Resource } from '../../../../src/model/types.js';
import { GCP_TYPES, type DnsManagedZoneConfig, type DnsPolicyConfig } from '../../../../src/providers/gcp/model.js';
import { gcpResource, PROJECT } from '../testing.js';

export const zoneUid = (name: string, project = PROJECT) => `//dns.googleapis.com/projects/${project}/managedZones/${name}`;
export const policyUid = (name: string, project = PROJECT) => `//dns.googleapis.com/projects/${project}/policies/${name}`;

export function zone(name: string, config: Partial<DnsManagedZoneConfig> = {}): Resource {
  return gcpResource<DnsManagedZoneConfig>({ type: GCP_TYPES.dnsManagedZone, uid: zoneUid(name), config: { name, dnsName: 'example.com.', visibility: 'public', ...config } });
}

export function dnsPolicy(name: string, config: Partial<DnsPolicyConfig> = {}, project = PROJECT): Resource {
  return gcpResource<DnsPolicyConfig>({ type: GCP_TYPES.dnsPolicy, uid: policyUid(name, project), account: project, config: { name, ...config } });
}

/** DNSSEC on with the given KSK / ZSK algorithms. */
export function dnssecOn(ksk: string, zsk: string): DnsManagedZoneConfig['dnssecConfig'] {
  return {
    state: 'on',
    defaultKeySpecs: [
      { keyType: 'keySigning', algorithm: ksk, keyLength: 2048 },
      { keyType: 'zoneSigning', algorithm: zsk, keyLength: 1024 },
    ],
  };
}

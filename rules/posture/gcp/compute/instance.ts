/** Compute Engine instance helpers shared by the compute rules. */
import { notApplicable, type RuleOutcome } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
import type { InstanceConfig } from '../../../../src/providers/gcp/model.js';

/** The OAuth scope that lets an instance's service account call every Google Cloud API its IAM roles allow. */
export const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';

/** The last path segment of a Compute Engine URL (`…/zones/us-central1-a` → `us-central1-a`). */
export function lastSegment(urlOrName: string | undefined): string | undefined {
  return urlOrName?.split('/').pop();
}

/**
 * Nodes created by Google Kubernetes Engine: names start with `gke-` and they carry the `goog-gke-node`
 * label. CIS excludes them from several checks because GKE manages them (change them on the node pool).
 */
export function isGkeNode(instance: InstanceConfig): boolean {
  return instance.name.startsWith('gke-') && instance.labels !== undefined && 'goog-gke-node' in instance.labels;
}

/** NOT_APPLICABLE result for a GKE node, when CIS excludes GKE-created instances from a check. */
export function gkeNodeExcluded(instance: Resource<InstanceConfig>): RuleOutcome {
  return notApplicable(
    {
      en: `${instance.name} is a GKE node (name starts with "gke-", label goog-gke-node); CIS excludes GKE-managed instances from this check. Configure the node pool instead.`,
      ja: `${instance.name} は GKE ノード（名前が「gke-」で始まり、goog-gke-node ラベルあり）です。CIS はこの項目で GKE 管理のインスタンスを対象外としています。設定はノードプールで行ってください。`,
    },
    { gkeNode: true },
  );
}

export interface ExternalAddress {
  networkInterface: number;
  kind: 'IPv4' | 'IPv6';
  /** Access config name (IPv4) or undefined. */
  accessConfig?: string;
  /** The address when assigned (absent for a stopped instance with an ephemeral address). */
  address?: string;
}

/**
 * External (internet-routable) addresses configured on an instance: every IPv4 access config (even
 * without natIP, e.g. an ephemeral address of a stopped VM) and every external IPv6 access config.
 */
export function externalAddresses(instance: InstanceConfig): ExternalAddress[] {
  const out: ExternalAddress[] = [];
  (instance.networkInterfaces ?? []).forEach((nic, i) => {
    for (const ac of nic.accessConfigs ?? []) out.push({ networkInterface: i, kind: 'IPv4', accessConfig: ac.name, address: ac.natIP });
    for (const ac of nic.ipv6AccessConfigs ?? []) out.push({ networkInterface: i, kind: 'IPv6', address: ac.externalIpv6 });
  });
  return out;
}

/** `nic0: External NAT (34.1.2.3)` style description of external addresses, for reasons. */
export function describeAddresses(addresses: ExternalAddress[]): string {
  return addresses
    .map((a) => `nic${a.networkInterface}: ${a.kind === 'IPv4' ? (a.accessConfig ?? 'access config') : 'external IPv6'}${a.address ? ` (${a.address})` : ''}`)
    .join(', ');
}

/** The machine family of a machine type URL or name (`…/machineTypes/n2d-standard-4` → `n2d`; `custom-2-4096` → `n1`). */
export function machineFamily(machineType: string | undefined): string | undefined {
  const name = lastSegment(machineType);
  if (!name) return undefined;
  const prefix = name.split('-')[0].toLowerCase();
  return prefix === 'custom' ? 'n1' : prefix;
}

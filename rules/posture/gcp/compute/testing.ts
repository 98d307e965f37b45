/** Fixture builders for the compute rules. */
import type { Resource } from '../../../../src/model/types.js';
import { GCP_TYPES, gcpUid, type ComputeProjectConfig, type DiskConfig, type InstanceConfig } from '../../../../src/providers/gcp/model.js';
import { PROJECT, PROJECT_NUMBER, gcpResource } from '../testing.js';

export const ZONE = 'us-central1-a';
export const DEFAULT_SA = `${PROJECT_NUMBER}-compute@developer.gserviceaccount.com`;
export const APP_SA = `app-runtime@${PROJECT}.iam.gserviceaccount.com`;
export const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';
/** The scopes the console calls "Allow default access". */
export const DEFAULT_SCOPES = [
  'https://www.googleapis.com/auth/devstorage.read_only',
  'https://www.googleapis.com/auth/logging.write',
  'https://www.googleapis.com/auth/monitoring.write',
  'https://www.googleapis.com/auth/service.management.readonly',
  'https://www.googleapis.com/auth/servicecontrol',
  'https://www.googleapis.com/auth/trace.append',
];

export const instanceUid = (name: string, project = PROJECT) => `//compute.googleapis.com/projects/${project}/zones/${ZONE}/instances/${name}`;
export const diskUid = (name: string, project = PROJECT) => `//compute.googleapis.com/projects/${project}/zones/${ZONE}/disks/${name}`;

/** A hardened instance (custom service account, no external IP, Shielded VM on); override what the case needs. */
export function instance(name: string, config: Partial<InstanceConfig> = {}, project = PROJECT): Resource {
  return gcpResource<InstanceConfig>({
    type: GCP_TYPES.instance,
    uid: instanceUid(name, project),
    account: project,
    region: ZONE,
    name,
    config: {
      name,
      zone: `https://www.googleapis.com/compute/v1/projects/${project}/zones/${ZONE}`,
      status: 'RUNNING',
      machineType: `https://www.googleapis.com/compute/v1/projects/${project}/zones/${ZONE}/machineTypes/e2-standard-2`,
      canIpForward: false,
      serviceAccounts: [{ email: APP_SA, scopes: DEFAULT_SCOPES }],
      metadata: { items: [] },
      networkInterfaces: [{ network: 'global/networks/prod', subnetwork: 'regions/us-central1/subnetworks/app', networkIP: '10.0.0.5' }],
      shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true },
      labels: {},
      ...config,
    },
  });
}

/** A GKE node instance (name gke-…, label goog-gke-node). */
export function gkeNode(config: Partial<InstanceConfig> = {}): Resource {
  return instance('gke-prod-default-pool-1a2b3c4d-x9k2', { labels: { 'goog-gke-node': '', 'goog-k8s-cluster-name': 'prod' }, ...config });
}

export const metadata = (items: Record<string, string>) => ({ items: Object.entries(items).map(([key, value]) => ({ key, value })) });

/** The project's Compute Engine settings (project-wide metadata). */
export function computeProject(items: Record<string, string> = {}, project = PROJECT): Resource {
  return gcpResource<ComputeProjectConfig>({
    type: GCP_TYPES.computeProject,
    uid: gcpUid.computeProject(project),
    account: project,
    name: project,
    config: { name: project, commonInstanceMetadata: metadata(items), defaultServiceAccount: DEFAULT_SA },
  });
}

export function disk(name: string, config: Partial<DiskConfig> = {}, project = PROJECT): Resource {
  return gcpResource<DiskConfig>({
    type: GCP_TYPES.disk,
    uid: diskUid(name, project),
    account: project,
    region: ZONE,
    name,
    config: { name, zone: ZONE, sizeGb: '50', users: [`https://www.googleapis.com/compute/v1/projects/${project}/zones/${ZONE}/instances/${name}`], ...config },
  });
}

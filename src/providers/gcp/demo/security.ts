/** Demo service accounts and keys, API keys, Cloud KMS, log sinks, buckets and metrics, and alert policies. */
import {
  GCP_TYPES,
  type AlertPolicyConfig,
  type ApiKeyConfig,
  type CryptoKeyConfig,
  type IamPolicy,
  type KeyRingConfig,
  type LogBucketConfig,
  type LogMetricConfig,
  type LogSinkConfig,
  type ServiceAccountConfig,
  type ServiceAccountKeyConfig,
} from '../model.js';
import type { GcpDemoBuilder } from './builder.js';
import { computeDefaultSa, GCP_DEMO } from './scenario.js';

const { org, prod, dev, names, region } = GCP_DEMO;

interface DemoKey {
  id: string;
  type: 'USER_MANAGED' | 'SYSTEM_MANAGED';
  validAfter: string;
  validBefore: string;
  disabled?: boolean;
}

interface DemoServiceAccount {
  projectId: string;
  email: string;
  uniqueId: string;
  displayName: string;
  policy?: IamPolicy;
  keys: DemoKey[];
}

/** Google-managed keys are valid for about two years and rotated by Google. */
const systemKey = (id: string, validAfter: string): DemoKey => {
  const before = new Date(Date.parse(validAfter) + 2 * 365 * 86_400_000).toISOString().replace('.000Z', 'Z');
  return { id, type: 'SYSTEM_MANAGED', validAfter, validBefore: before };
};
/** User-managed keys never expire unless iam.serviceAccountKeyExpiryHours says otherwise. */
const userKey = (id: string, validAfter: string, disabled?: boolean): DemoKey => ({ id, type: 'USER_MANAGED', validAfter, validBefore: '9999-12-31T23:59:59Z', ...(disabled ? { disabled } : {}) });

const SERVICE_ACCOUNTS: DemoServiceAccount[] = [
  {
    projectId: prod.projectId,
    email: names.ciDeployer,
    uniqueId: '104620089123440051001',
    displayName: 'CI deployer (GitHub Actions)',
    policy: { version: 1, bindings: [] },
    // Created when the pipeline was set up in June and never rotated; it is in the CI secrets.
    keys: [userKey(names.ciKeyId, '2026-06-02T04:21:10Z'), systemKey('9a41c0f3b27d58e6a1c4f0d2e3b5a6c7d8e9f0a1', '2026-10-30T11:02:51Z')],
  },
  {
    projectId: prod.projectId,
    email: names.terraform,
    uniqueId: '104620089123440051002',
    displayName: 'Terraform',
    policy: { version: 1, bindings: [{ role: 'roles/iam.serviceAccountTokenCreator', members: ['group:platform-engineers@example.com'] }] },
    keys: [systemKey('2b7e1c9d0a4f3e5b6c8d7e9f0a1b2c3d4e5f6a7b', '2026-09-14T08:40:02Z')],
  },
  {
    projectId: prod.projectId,
    email: names.web,
    uniqueId: '104620089123440051003',
    displayName: 'Storefront web servers',
    policy: { version: 1, bindings: [{ role: 'roles/iam.serviceAccountUser', members: [`serviceAccount:${names.terraform}`] }] },
    keys: [systemKey('5c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d', '2026-10-02T23:15:44Z')],
  },
  {
    projectId: prod.projectId,
    email: names.backup,
    uniqueId: '104620089123440051004',
    displayName: 'Nightly backup export',
    // The backup contractor impersonates it from a personal account.
    policy: { version: 1, bindings: [{ role: 'roles/iam.serviceAccountTokenCreator', members: ['user:backup.vendor.ops@gmail.com'] }] },
    keys: [userKey('7d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e', '2026-10-15T06:30:00Z'), systemKey('8e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f', '2026-10-15T06:29:12Z')],
  },
  {
    projectId: prod.projectId,
    email: computeDefaultSa(prod.number),
    uniqueId: '104620089123440051005',
    displayName: 'Compute Engine default service account',
    policy: { version: 1, bindings: [] },
    keys: [systemKey('0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6', '2026-11-01T03:12:09Z')],
  },
  {
    projectId: dev.projectId,
    email: names.devRunner,
    uniqueId: '104620089123440052001',
    displayName: 'Dev test runner',
    policy: { version: 1, bindings: [{ role: 'roles/iam.serviceAccountUser', members: ['group:developers@example.com'] }] },
    keys: [systemKey('1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d', '2026-10-21T09:45:33Z')],
  },
  {
    projectId: dev.projectId,
    email: computeDefaultSa(dev.number),
    uniqueId: '104620089123440052002',
    displayName: 'Compute Engine default service account',
    policy: { version: 1, bindings: [] },
    keys: [systemKey('2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d', '2026-11-03T14:20:18Z')],
  },
];

function addServiceAccounts(demo: GcpDemoBuilder): void {
  for (const sa of SERVICE_ACCOUNTS) {
    const name = `projects/${sa.projectId}/serviceAccounts/${sa.email}`;
    const uid = `//iam.googleapis.com/${name}`;
    const config: ServiceAccountConfig = { uniqueId: sa.uniqueId, displayName: sa.displayName, name, email: sa.email, ...(sa.policy ? { iamPolicy: sa.policy } : {}) };
    demo.add({ uid, type: GCP_TYPES.serviceAccount, name: sa.email, account: sa.projectId, config });
    for (const k of sa.keys) {
      const keyName = `${name}/keys/${k.id}`;
      const keyConfig: ServiceAccountKeyConfig = {
        keyOrigin: 'GOOGLE_PROVIDED',
        validAfterTime: k.validAfter,
        validBeforeTime: k.validBefore,
        ...(k.disabled ? { disabled: true } : {}),
        name: keyName,
        keyType: k.type,
        serviceAccountEmail: sa.email,
      };
      demo.add({ uid: `//iam.googleapis.com/${keyName}`, type: GCP_TYPES.serviceAccountKey, name: k.id, account: sa.projectId, config: keyConfig, relationships: [{ type: 'key-of', target: uid }] });
    }
  }
}

function addApiKeys(demo: GcpDemoBuilder): void {
  const keys: ApiKeyConfig[] = [
    {
      // A Maps key for the storefront: restricted to the shop's pages and to the Maps JavaScript API.
      name: `projects/${prod.number}/locations/global/keys/6f1c2b9e-4d3a-4c8b-9e7f-0a1b2c3d4e5f`,
      uid: '6f1c2b9e-4d3a-4c8b-9e7f-0a1b2c3d4e5f',
      displayName: 'storefront-maps',
      createTime: '2026-10-01T02:14:55.108Z',
      updateTime: '2026-10-01T02:16:03.771Z',
      restrictions: { browserKeyRestrictions: { allowedReferrers: ['https://shop.example.com/*'] }, apiTargets: [{ service: 'maps-backend.googleapis.com' }] },
    },
    {
      // Made for the first mobile app in 2025 and never restricted.
      name: `projects/${prod.number}/locations/global/keys/0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d`,
      uid: '0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d',
      displayName: 'legacy-mobile-app',
      createTime: '2025-12-01T08:03:27.441Z',
      updateTime: '2025-12-01T08:03:27.441Z',
    },
  ];
  for (const k of keys) {
    demo.add({ uid: `//apikeys.googleapis.com/${k.name}`, type: GCP_TYPES.apiKey, name: k.displayName!, account: prod.projectId, config: k });
  }
}

function addKms(demo: GcpDemoBuilder): void {
  const ringName = `projects/${prod.projectId}/locations/${region}/keyRings/shop-keys`;
  const ringUid = `//cloudkms.googleapis.com/${ringName}`;
  const ring: KeyRingConfig = { createTime: '2025-03-12T04:00:19.502Z', name: ringName, iamPolicy: { version: 1, bindings: [] } };
  demo.add({ uid: ringUid, type: GCP_TYPES.keyRing, name: 'shop-keys', account: prod.projectId, region, config: ring });
  const keys: CryptoKeyConfig[] = [
    {
      purpose: 'ENCRYPT_DECRYPT',
      rotationPeriod: '7776000s',
      nextRotationTime: '2026-12-10T00:00:00Z',
      createTime: '2025-03-12T04:02:41.018Z',
      primary: { name: `${ringName}/cryptoKeys/orders-data/cryptoKeyVersions/7`, state: 'ENABLED', createTime: '2026-09-11T00:00:02.310Z', protectionLevel: 'SOFTWARE' },
      versionTemplate: { algorithm: 'GOOGLE_SYMMETRIC_ENCRYPTION', protectionLevel: 'SOFTWARE' },
      name: `${ringName}/cryptoKeys/orders-data`,
      iamPolicy: { version: 1, bindings: [{ role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter', members: [`serviceAccount:service-${prod.number}@gcp-sa-cloud-sql.iam.gserviceaccount.com`, `serviceAccount:service-${prod.number}@compute-system.iam.gserviceaccount.com`] }] },
    },
    {
      // Created by hand for an export in 2025: no rotation period.
      purpose: 'ENCRYPT_DECRYPT',
      createTime: '2025-05-20T07:31:12.655Z',
      primary: { name: `${ringName}/cryptoKeys/legacy-backup/cryptoKeyVersions/1`, state: 'ENABLED', createTime: '2025-05-20T07:31:12.655Z', protectionLevel: 'SOFTWARE' },
      versionTemplate: { algorithm: 'GOOGLE_SYMMETRIC_ENCRYPTION', protectionLevel: 'SOFTWARE' },
      name: `${ringName}/cryptoKeys/legacy-backup`,
      iamPolicy: { version: 1, bindings: [{ role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter', members: [`serviceAccount:${names.backup}`] }] },
    },
    {
      purpose: 'ENCRYPT_DECRYPT',
      rotationPeriod: '7776000s',
      nextRotationTime: '2027-01-08T00:00:00Z',
      createTime: '2025-04-09T01:20:00.113Z',
      primary: { name: `${ringName}/cryptoKeys/analytics/cryptoKeyVersions/4`, state: 'ENABLED', createTime: '2026-10-10T00:00:01.884Z', protectionLevel: 'SOFTWARE' },
      versionTemplate: { algorithm: 'GOOGLE_SYMMETRIC_ENCRYPTION', protectionLevel: 'SOFTWARE' },
      name: `${ringName}/cryptoKeys/analytics`,
      iamPolicy: { version: 1, bindings: [{ role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter', members: [`serviceAccount:bq-${prod.number}@bigquery-encryption.iam.gserviceaccount.com`] }] },
    },
  ];
  for (const k of keys) {
    demo.add({ uid: `//cloudkms.googleapis.com/${k.name}`, type: GCP_TYPES.cryptoKey, name: k.name.split('/').pop()!, account: prod.projectId, region, config: k, relationships: [{ type: 'in-key-ring', target: ringUid }] });
  }
}

/** The _Required and _Default sinks and buckets every project has. */
function defaultLogging(demo: GcpDemoBuilder, projectId: string): void {
  const parent = `projects/${projectId}`;
  const required: LogSinkConfig = {
    filter:
      'LOG_ID("cloudaudit.googleapis.com/activity") OR LOG_ID("externalaudit.googleapis.com/activity") OR LOG_ID("cloudaudit.googleapis.com/system_event") OR LOG_ID("externalaudit.googleapis.com/system_event") OR LOG_ID("cloudaudit.googleapis.com/access_transparency") OR LOG_ID("externalaudit.googleapis.com/access_transparency")',
    name: '_Required',
    parent,
    destination: `logging.googleapis.com/projects/${projectId}/locations/global/buckets/_Required`,
  };
  const dflt: LogSinkConfig = {
    filter:
      'NOT LOG_ID("cloudaudit.googleapis.com/activity") AND NOT LOG_ID("externalaudit.googleapis.com/activity") AND NOT LOG_ID("cloudaudit.googleapis.com/system_event") AND NOT LOG_ID("externalaudit.googleapis.com/system_event") AND NOT LOG_ID("cloudaudit.googleapis.com/access_transparency") AND NOT LOG_ID("externalaudit.googleapis.com/access_transparency")',
    name: '_Default',
    parent,
    destination: `logging.googleapis.com/projects/${projectId}/locations/global/buckets/_Default`,
  };
  for (const s of [required, dflt]) addSink(demo, projectId, s);
  addLogBucket(demo, projectId, { retentionDays: 400, locked: true, lifecycleState: 'ACTIVE', name: `projects/${projectId}/locations/global/buckets/_Required` });
  addLogBucket(demo, projectId, { retentionDays: 30, lifecycleState: 'ACTIVE', name: `projects/${projectId}/locations/global/buckets/_Default` });
}

function addSink(demo: GcpDemoBuilder, account: string, s: LogSinkConfig): void {
  demo.add({ uid: `//logging.googleapis.com/${s.parent}/sinks/${s.name}`, type: GCP_TYPES.logSink, name: s.name, account, config: s });
}

function addLogBucket(demo: GcpDemoBuilder, account: string, b: LogBucketConfig): void {
  const location = /\/locations\/([^/]+)\//.exec(b.name)?.[1] ?? 'global';
  demo.add({ uid: `//logging.googleapis.com/${b.name}`, type: GCP_TYPES.logBucket, name: b.name.split('/').pop()!, account, region: location, config: b });
}

/** The CIS GCP 5.0 2.5–2.12 filters, as the security team's Terraform module creates them in production. */
const CIS_METRICS: { name: string; title: string; filter: string }[] = [
  {
    name: 'cis-project-ownership-changes',
    title: 'Project ownership changes',
    filter:
      '(protoPayload.serviceName="cloudresourcemanager.googleapis.com") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="REMOVE" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner") OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner")',
  },
  { name: 'cis-audit-config-changes', title: 'Audit configuration changes', filter: 'protoPayload.methodName="SetIamPolicy" AND protoPayload.serviceData.policyDelta.auditConfigDeltas:*' },
  {
    name: 'cis-custom-role-changes',
    title: 'Custom role changes',
    filter: 'resource.type="iam_role" AND (protoPayload.methodName="google.iam.admin.v1.CreateRole" OR protoPayload.methodName="google.iam.admin.v1.DeleteRole" OR protoPayload.methodName="google.iam.admin.v1.UpdateRole")',
  },
  {
    name: 'cis-vpc-firewall-rule-changes',
    title: 'VPC firewall rule changes',
    filter: 'resource.type="gce_firewall_rule" AND (protoPayload.methodName:"compute.firewalls.patch" OR protoPayload.methodName:"compute.firewalls.insert" OR protoPayload.methodName:"compute.firewalls.delete")',
  },
  {
    name: 'cis-vpc-route-changes',
    title: 'VPC route changes',
    filter: 'resource.type="gce_route" AND (protoPayload.methodName:"compute.routes.delete" OR protoPayload.methodName:"compute.routes.insert")',
  },
  {
    name: 'cis-vpc-network-changes',
    title: 'VPC network changes',
    filter:
      'resource.type="gce_network" AND (protoPayload.methodName:"compute.networks.insert" OR protoPayload.methodName:"compute.networks.patch" OR protoPayload.methodName:"compute.networks.delete" OR protoPayload.methodName:"compute.networks.removePeering" OR protoPayload.methodName:"compute.networks.addPeering")',
  },
  { name: 'cis-storage-iam-changes', title: 'Cloud Storage IAM changes', filter: 'resource.type="gcs_bucket" AND protoPayload.methodName="storage.setIamPermissions"' },
  { name: 'cis-sql-instance-config-changes', title: 'Cloud SQL configuration changes', filter: 'protoPayload.methodName="cloudsql.instances.update"' },
];

function addLogging(demo: GcpDemoBuilder): void {
  // An aggregated organisation sink sends every audit log to the security team's bucket in their own
  // project (sec-tools-4411, not part of this scan). demo/logs/gcp holds a day of that bucket.
  addSink(demo, org, {
    filter: 'logName:"cloudaudit.googleapis.com"',
    includeChildren: true,
    writerIdentity: `serviceAccount:service-org-${GCP_DEMO.orgId}@gcp-sa-logging.iam.gserviceaccount.com`,
    name: 'org-audit-archive',
    parent: org,
    destination: `storage.googleapis.com/${GCP_DEMO.orgAuditBucket}`,
  });

  defaultLogging(demo, prod.projectId);
  // Production archives every log entry to a bucket with a locked one-year retention policy.
  addSink(demo, prod.projectId, {
    writerIdentity: `serviceAccount:service-${prod.number}@gcp-sa-logging.iam.gserviceaccount.com`,
    name: names.archiveSink,
    parent: `projects/${prod.projectId}`,
    destination: `storage.googleapis.com/${names.logArchiveBucket}`,
  });
  addLogBucket(demo, prod.projectId, { retentionDays: 365, locked: true, lifecycleState: 'ACTIVE', name: `projects/${prod.projectId}/locations/${region}/buckets/security-1y` });

  defaultLogging(demo, dev.projectId);
  // Development's export sink was disabled during a cost review, to a bucket without retention.
  addSink(demo, dev.projectId, {
    disabled: true,
    writerIdentity: `serviceAccount:service-${dev.number}@gcp-sa-logging.iam.gserviceaccount.com`,
    name: 'dev-logs-to-gcs',
    parent: `projects/${dev.projectId}`,
    destination: 'storage.googleapis.com/shop-dev-logs',
  });

  // Log-based metrics and alert policies: in production only.
  CIS_METRICS.forEach((m, i) => {
    const metric: LogMetricConfig = {
      description: `CIS 2.${i + 5}: ${m.title}`,
      metricDescriptor: { type: `logging.googleapis.com/user/${m.name}`, metricKind: 'DELTA', valueType: 'INT64' },
      name: m.name,
      filter: m.filter,
    };
    demo.add({ uid: `//logging.googleapis.com/projects/${prod.projectId}/metrics/${m.name}`, type: GCP_TYPES.logMetric, name: m.name, account: prod.projectId, config: metric });
    const id = String(1_540_000_000_000_000_000n + BigInt(i * 7919 + 101));
    const policy: AlertPolicyConfig = {
      displayName: `CIS: ${m.title}`,
      enabled: true,
      // The route-change alert was created before the on-call channel existed and notifies no one.
      notificationChannels: m.name === 'cis-vpc-route-changes' ? [] : [`projects/${prod.projectId}/notificationChannels/4829301177345210001`],
      name: `projects/${prod.projectId}/alertPolicies/${id}`,
      conditions: [
        {
          displayName: `${m.title} > 0`,
          conditionThreshold: { filter: `resource.type = "global" AND metric.type = "logging.googleapis.com/user/${m.name}"`, comparison: 'COMPARISON_GT', thresholdValue: 0, duration: '0s' },
        },
      ],
    };
    demo.add({ uid: `//monitoring.googleapis.com/${policy.name}`, type: GCP_TYPES.alertPolicy, name: policy.displayName!, account: prod.projectId, config: policy, tags: { managed_by: 'terraform' } });
  });
}

export function addSecurity(demo: GcpDemoBuilder): void {
  addServiceAccounts(demo);
  addApiKeys(demo);
  addKms(demo);
  addLogging(demo);
}

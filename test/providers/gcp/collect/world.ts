/**
 * A small Google Cloud estate for the collector tests: organisation 333 → folder 222 → subfolder
 * 444; project mamori-prod (number 111…) under folder 222 and mamori-dev (555…) under subfolder 444.
 * Response bodies follow the REST references of each API.
 */
import { json, paged, type Route } from './fake-gcp.js';

export const ORG = '333333333333';
export const FOLDER = '222222222222';
export const SUBFOLDER = '444444444444';
export const PROD = 'mamori-prod';
export const PROD_NUMBER = '111111111111';
export const DEV = 'mamori-dev';
export const DEV_NUMBER = '555555555555';
const CMP = 'https://www.googleapis.com/compute/v1';

export const ENABLED_SERVICES = [
  'cloudresourcemanager.googleapis.com',
  'iam.googleapis.com',
  'storage.googleapis.com',
  'compute.googleapis.com',
  'cloudkms.googleapis.com',
  'logging.googleapis.com',
  'monitoring.googleapis.com',
  'bigquery.googleapis.com',
  'orgpolicy.googleapis.com',
  'essentialcontacts.googleapis.com',
  'accessapproval.googleapis.com',
  'apikeys.googleapis.com',
  'sqladmin.googleapis.com',
  'dns.googleapis.com',
  // dataproc.googleapis.com is not enabled: the collector must not call it.
];

const project = (projectId: string, number: string, parent: string) => ({
  name: `projects/${number}`,
  parent,
  projectId,
  state: 'ACTIVE',
  displayName: projectId,
  createTime: '2025-01-01T00:00:00.000Z',
  updateTime: '2025-01-01T00:00:00.000Z',
  etag: 'W/"abc"',
  labels: { env: projectId === PROD ? 'prod' : 'dev' },
});

const service = (projectNumber: string, name: string) => ({
  name: `projects/${projectNumber}/services/${name}`,
  config: { name, title: name.split('.')[0] },
  state: 'ENABLED',
  parent: `projects/${projectNumber}`,
});

const serviceAccount = (projectId: string, id: string, n: number) => ({
  name: `projects/${projectId}/serviceAccounts/${id}@${projectId}.iam.gserviceaccount.com`,
  projectId,
  uniqueId: `10000000000000000000${n}`,
  email: `${id}@${projectId}.iam.gserviceaccount.com`,
  displayName: id,
  etag: 'MDEwMjE5MjA=',
  oauth2ClientId: `10000000000000000000${n}`,
});

const bucket = (name: string, location = 'US-CENTRAL1') => ({
  kind: 'storage#bucket',
  selfLink: `https://www.googleapis.com/storage/v1/b/${name}`,
  id: name,
  name,
  projectNumber: PROD_NUMBER,
  metageneration: '1',
  location,
  storageClass: 'STANDARD',
  etag: 'CAE=',
  timeCreated: '2025-01-01T00:00:00.000Z',
  updated: '2025-01-01T00:00:00.000Z',
  iamConfiguration: {
    bucketPolicyOnly: { enabled: true, lockedTime: '2025-04-01T00:00:00.000Z' },
    uniformBucketLevelAccess: { enabled: true, lockedTime: '2025-04-01T00:00:00.000Z' },
    publicAccessPrevention: 'enforced',
  },
  locationType: 'region',
  labels: { team: 'data' },
  versioning: { enabled: true },
  softDeletePolicy: { retentionDurationSeconds: '604800', effectiveTime: '2025-01-01T00:00:00.000Z' },
});

const firewall = (name: string, ports: string[], sourceRanges: string[]) => ({
  kind: 'compute#firewall',
  id: String(1000 + name.length),
  creationTimestamp: '2025-01-01T00:00:00.000-07:00',
  name,
  description: '',
  network: `${CMP}/projects/${PROD}/global/networks/default`,
  priority: 1000,
  sourceRanges,
  allowed: [{ IPProtocol: 'tcp', ports }],
  direction: 'INGRESS',
  logConfig: { enable: false },
  disabled: false,
  selfLink: `${CMP}/projects/${PROD}/global/firewalls/${name}`,
});

const policy = (bindings: { role: string; members: string[] }[], auditConfigs?: unknown[]) => ({
  version: 1,
  etag: 'BwXhqDxQ1j4=',
  bindings,
  ...(auditConfigs ? { auditConfigs } : {}),
});

/** Routes of the whole estate. Tests put their own routes first to override some answers. */
export function worldRoutes(): Route[] {
  return [
    // ── Resource Manager v3 ──
    { method: 'GET', path: new RegExp(`^/v3/projects/(${PROD}|${PROD_NUMBER})$`), reply: () => json(project(PROD, PROD_NUMBER, `folders/${FOLDER}`)) },
    { method: 'GET', path: new RegExp(`^/v3/projects/(${DEV}|${DEV_NUMBER})$`), reply: () => json(project(DEV, DEV_NUMBER, `folders/${SUBFOLDER}`)) },
    { method: 'GET', path: /^\/v3\/projects\/[^/]+$/, reply: (req) => ({ status: 403, body: { error: { code: 403, message: `Permission denied on resource project ${req.path.split('/').pop()}.`, status: 'PERMISSION_DENIED' } } }) },
    {
      method: 'GET',
      path: /^\/v3\/projects$/,
      reply: (req) => {
        const parent = req.query.get('parent');
        if (parent === `folders/${FOLDER}`) return json({ projects: [project(PROD, PROD_NUMBER, `folders/${FOLDER}`)] });
        if (parent === `folders/${SUBFOLDER}`) return json({ projects: [project(DEV, DEV_NUMBER, `folders/${SUBFOLDER}`)] });
        return json({});
      },
    },
    {
      method: 'GET',
      path: /^\/v3\/folders$/,
      reply: (req) => {
        const parent = req.query.get('parent');
        if (parent === `organizations/${ORG}`) return json({ folders: [{ name: `folders/${FOLDER}`, parent, displayName: 'Production', state: 'ACTIVE' }] });
        if (parent === `folders/${FOLDER}`) return json({ folders: [{ name: `folders/${SUBFOLDER}`, parent, displayName: 'Sandboxes', state: 'ACTIVE' }] });
        return json({});
      },
    },
    { method: 'GET', path: new RegExp(`^/v3/folders/${FOLDER}$`), reply: () => json({ name: `folders/${FOLDER}`, parent: `organizations/${ORG}`, displayName: 'Production', state: 'ACTIVE' }) },
    { method: 'GET', path: new RegExp(`^/v3/folders/${SUBFOLDER}$`), reply: () => json({ name: `folders/${SUBFOLDER}`, parent: `folders/${FOLDER}`, displayName: 'Sandboxes', state: 'ACTIVE' }) },
    { method: 'GET', path: new RegExp(`^/v3/organizations/${ORG}$`), reply: () => json({ name: `organizations/${ORG}`, displayName: 'example.com', directoryCustomerId: 'C0abc123', state: 'ACTIVE' }) },
    {
      method: 'POST',
      path: new RegExp(`^/v3/organizations/${ORG}:getIamPolicy$`),
      reply: () =>
        json(
          policy([{ role: 'roles/resourcemanager.organizationAdmin', members: ['group:org-admins@example.com'] }], [
            { service: 'allServices', auditLogConfigs: [{ logType: 'ADMIN_READ' }, { logType: 'DATA_READ' }, { logType: 'DATA_WRITE' }] },
          ]),
        ),
    },
    { method: 'POST', path: new RegExp(`^/v3/folders/${FOLDER}:getIamPolicy$`), reply: () => json(policy([{ role: 'roles/owner', members: ['user:folder-owner@example.com'] }])) },
    { method: 'POST', path: new RegExp(`^/v3/folders/${SUBFOLDER}:getIamPolicy$`), reply: () => json(policy([{ role: 'roles/editor', members: ['group:devs@example.com'] }])) },
    {
      method: 'POST',
      path: new RegExp(`^/v3/projects/(${PROD}|${DEV}):getIamPolicy$`),
      reply: () => json(policy([{ role: 'roles/viewer', members: ['user:alice@example.com'] }, { role: 'roles/iam.serviceAccountUser', members: ['user:bob@example.com'] }])),
    },

    // ── Service Usage (two pages) ──
    paged('GET', new RegExp(`^/v1/projects/(${PROD}|${DEV})/services$`), 'services', [
      ENABLED_SERVICES.slice(0, 7).map((s) => service(PROD_NUMBER, s)),
      ENABLED_SERVICES.slice(7).map((s) => service(PROD_NUMBER, s)),
    ]),

    // ── IAM (two pages of service accounts) ──
    paged('GET', new RegExp(`^/v1/projects/${PROD}/serviceAccounts$`), 'accounts', [[serviceAccount(PROD, 'app', 1)], [serviceAccount(PROD, 'ci', 2)]]),
    {
      method: 'GET',
      path: /^\/v1\/projects\/[^/]+\/serviceAccounts\/([^/]+)\/keys$/,
      reply: (_req, m) =>
        json({
          keys: [
            {
              name: `projects/${PROD}/serviceAccounts/${m[1]}/keys/0123456789abcdef`,
              validAfterTime: '2025-01-01T00:00:00Z',
              validBeforeTime: '9999-12-31T23:59:59Z',
              keyAlgorithm: 'KEY_ALG_RSA_2048',
              keyOrigin: 'GOOGLE_PROVIDED',
              keyType: m[1].startsWith('ci@') ? 'USER_MANAGED' : 'SYSTEM_MANAGED',
            },
          ],
        }),
    },
    { method: 'POST', path: /^\/v1\/projects\/[^/]+\/serviceAccounts\/[^/]+:getIamPolicy$/, reply: () => json({ version: 1, etag: 'ACAB' }) },

    // ── Cloud Storage (two pages) ──
    paged('GET', /^\/storage\/v1\/b$/, 'items', [[bucket('prod-logs'), bucket('prod-data', 'US')], [bucket('prod-backups', 'EU')]], { kind: 'storage#buckets' }),
    {
      method: 'GET',
      path: /^\/storage\/v1\/b\/([^/]+)\/iam$/,
      reply: (_req, m) =>
        json({
          kind: 'storage#policy',
          resourceId: `projects/_/buckets/${m[1]}`,
          version: 1,
          etag: 'CAE=',
          bindings: [
            { role: 'roles/storage.legacyBucketOwner', members: [`projectEditor:${PROD}`, `projectOwner:${PROD}`] },
            ...(m[1] === 'prod-data' ? [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }] : []),
          ],
        }),
    },

    // ── Compute Engine ──
    {
      method: 'GET',
      path: new RegExp(`^/compute/v1/projects/${PROD}$`),
      reply: () =>
        json({
          kind: 'compute#project',
          id: PROD_NUMBER,
          name: PROD,
          commonInstanceMetadata: { kind: 'compute#metadata', fingerprint: 'abc=', items: [{ key: 'enable-oslogin', value: 'TRUE' }] },
          defaultServiceAccount: `${PROD_NUMBER}-compute@developer.gserviceaccount.com`,
          xpnProjectStatus: 'UNSPECIFIED_XPN_PROJECT_STATUS',
          selfLink: `${CMP}/projects/${PROD}`,
        }),
    },
    paged('GET', new RegExp(`^/compute/v1/projects/${PROD}/global/firewalls$`), 'items', [[firewall('default-allow-ssh', ['22'], ['0.0.0.0/0'])], [firewall('allow-https', ['443'], ['10.0.0.0/8'])]], {
      kind: 'compute#firewallList',
      selfLink: `${CMP}/projects/${PROD}/global/firewalls`,
    }),
    {
      method: 'GET',
      path: new RegExp(`^/compute/v1/projects/${PROD}/aggregated/instances$`),
      reply: () =>
        json({
          kind: 'compute#instanceAggregatedList',
          items: {
            'zones/us-central1-a': {
              instances: [
                {
                  kind: 'compute#instance',
                  id: '42',
                  name: 'web-1',
                  zone: `${CMP}/projects/${PROD}/zones/us-central1-a`,
                  status: 'RUNNING',
                  machineType: `${CMP}/projects/${PROD}/zones/us-central1-a/machineTypes/e2-small`,
                  canIpForward: false,
                  networkInterfaces: [
                    {
                      network: `${CMP}/projects/${PROD}/global/networks/default`,
                      networkIP: '10.128.0.2',
                      accessConfigs: [{ kind: 'compute#accessConfig', type: 'ONE_TO_ONE_NAT', name: 'External NAT', natIP: '34.1.2.3', networkTier: 'PREMIUM' }],
                    },
                  ],
                  disks: [{ kind: 'compute#attachedDisk', boot: true, source: `${CMP}/projects/${PROD}/zones/us-central1-a/disks/web-1`, diskEncryptionKey: { sha256: 'abc', rawKey: 'must-not-be-copied' } }],
                  serviceAccounts: [{ email: `${PROD_NUMBER}-compute@developer.gserviceaccount.com`, scopes: ['https://www.googleapis.com/auth/cloud-platform'] }],
                  metadata: { kind: 'compute#metadata', fingerprint: 'x=', items: [{ key: 'startup-script', value: 'export DB_PASSWORD=hunter2-prod-2026' }, { key: 'serial-port-enable', value: '1' }] },
                  shieldedInstanceConfig: { enableSecureBoot: false, enableVtpm: true, enableIntegrityMonitoring: true },
                  labels: { app: 'web' },
                  selfLink: `${CMP}/projects/${PROD}/zones/us-central1-a/instances/web-1`,
                },
              ],
            },
            'zones/europe-west1-b': { warning: { code: 'NO_RESULTS_ON_PAGE', message: 'There are no results for scope zones/europe-west1-b on this page.' } },
          },
          selfLink: `${CMP}/projects/${PROD}/aggregated/instances`,
        }),
    },
    { method: 'GET', path: new RegExp(`^/compute/v1/projects/${PROD}/regions$`), reply: () => json({ kind: 'compute#regionList', items: [{ kind: 'compute#region', name: 'us-central1', status: 'UP' }, { kind: 'compute#region', name: 'europe-west1', status: 'UP' }] }) },

    // ── Cloud KMS ──
    { method: 'GET', path: new RegExp(`^/v1/projects/${PROD}/locations$`), reply: () => json({ locations: [{ name: `projects/${PROD}/locations/us-central1`, locationId: 'us-central1' }, { name: `projects/${PROD}/locations/global`, locationId: 'global' }] }) },
    {
      method: 'GET',
      path: new RegExp(`^/v1/projects/${PROD}/locations/us-central1/keyRings$`),
      reply: () => json({ keyRings: [{ name: `projects/${PROD}/locations/us-central1/keyRings/app`, createTime: '2025-01-01T00:00:00Z' }], totalSize: 1 }),
    },
    {
      method: 'GET',
      path: /^\/v1\/projects\/[^/]+\/locations\/us-central1\/keyRings\/app\/cryptoKeys$/,
      reply: () =>
        json({
          cryptoKeys: [
            {
              name: `projects/${PROD}/locations/us-central1/keyRings/app/cryptoKeys/data`,
              primary: { name: `projects/${PROD}/locations/us-central1/keyRings/app/cryptoKeys/data/cryptoKeyVersions/1`, state: 'ENABLED', protectionLevel: 'SOFTWARE', algorithm: 'GOOGLE_SYMMETRIC_ENCRYPTION' },
              purpose: 'ENCRYPT_DECRYPT',
              createTime: '2025-01-01T00:00:00Z',
              nextRotationTime: '2026-12-01T00:00:00Z',
              rotationPeriod: '7776000s',
              versionTemplate: { protectionLevel: 'SOFTWARE', algorithm: 'GOOGLE_SYMMETRIC_ENCRYPTION' },
            },
          ],
          totalSize: 1,
        }),
    },

    // ── Logging ──
    {
      method: 'GET',
      path: new RegExp(`^/v2/organizations/${ORG}/sinks$`),
      reply: () => json({ sinks: [{ name: 'org-audit', destination: 'storage.googleapis.com/org-audit-logs', filter: '', includeChildren: true, writerIdentity: 'serviceAccount:o123-456@gcp-sa-logging.iam.gserviceaccount.com' }] }),
    },
    { method: 'GET', path: new RegExp(`^/v2/projects/${PROD}/metrics$`), reply: () => json({ metrics: [{ name: 'audit-config-changes', filter: 'protoPayload.methodName="SetIamPolicy" AND protoPayload.serviceData.policyDelta.auditConfigDeltas:*' }] }) },

    // ── Org Policy ──
    {
      method: 'GET',
      path: new RegExp(`^/v2/organizations/${ORG}/policies$`),
      reply: () => json({ policies: [{ name: `organizations/${ORG}/policies/iam.disableServiceAccountKeyCreation`, spec: { etag: 'CLi', updateTime: '2025-01-01T00:00:00Z', rules: [{ enforce: true }] } }] }),
    },

    // ── BigQuery ──
    { method: 'GET', path: new RegExp(`^/bigquery/v2/projects/${PROD}/datasets$`), reply: () => json({ kind: 'bigquery#datasetList', datasets: [{ kind: 'bigquery#dataset', id: `${PROD}:sales`, datasetReference: { datasetId: 'sales', projectId: PROD }, location: 'US' }] }) },
    {
      method: 'GET',
      path: new RegExp(`^/bigquery/v2/projects/${PROD}/datasets/sales$`),
      reply: () =>
        json({
          kind: 'bigquery#dataset',
          id: `${PROD}:sales`,
          datasetReference: { datasetId: 'sales', projectId: PROD },
          access: [{ role: 'OWNER', specialGroup: 'projectOwners' }, { role: 'READER', iamMember: 'allUsers' }],
          location: 'US',
          defaultEncryptionConfiguration: { kmsKeyName: `projects/${PROD}/locations/us/keyRings/bq/cryptoKeys/sales` },
        }),
    },
    {
      method: 'GET',
      path: new RegExp(`^/bigquery/v2/projects/${PROD}/datasets/sales/tables$`),
      reply: () =>
        json({
          kind: 'bigquery#tableList',
          tables: ['orders', 'customers', 'refunds'].map((t) => ({ kind: 'bigquery#table', id: `${PROD}:sales.${t}`, tableReference: { projectId: PROD, datasetId: 'sales', tableId: t }, type: 'TABLE' })),
          totalItems: 3,
        }),
    },
    {
      method: 'GET',
      path: new RegExp(`^/bigquery/v2/projects/${PROD}/datasets/sales/tables/([^/]+)$`),
      reply: (_req, m) => json({ tableReference: { projectId: PROD, datasetId: 'sales', tableId: m[1] }, type: 'TABLE', encryptionConfiguration: { kmsKeyName: `projects/${PROD}/locations/us/keyRings/bq/cryptoKeys/sales` } }),
    },
  ];
}

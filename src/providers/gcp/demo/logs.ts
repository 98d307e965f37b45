/**
 * A day (2026-11-20 UTC) of Cloud Audit Logs of the Google Cloud demo organisation, as the
 * organisation's aggregated sink `org-audit-archive` writes them to Cloud Storage: one object per
 * log and hour (`cloudaudit.googleapis.com/activity/2026/11/20/13:00:00_13:59:59_S0.json`), one
 * `LogEntry` per line. Ordinary work (the storefront, CI deploys, a Terraform run, developers in the
 * console and gcloud, service agents, host maintenance) and, in the afternoon, an attack through the
 * leaked key of `sa-ci-deployer`:
 *
 *   1 13:02–13:08 discovery burst across a dozen APIs from an unknown address (and two denied secret reads)
 *   2 13:09 SetIamPolicy on shop-prod denied (the CI account is only Editor)
 *   3 13:12 CreateServiceAccountKey for sa-terraform (Owner of shop-prod; key creation is allowed in shop-prod)
 *   4 13:15 as sa-terraform: SetIamPolicy adds roles/owner and Token Creator for an outside Gmail account
 *   5 13:21 the Gmail account impersonates sa-backup (GenerateAccessToken) and reads invoices through it
 *   6 13:34 the invoices bucket is made public (allUsers objectViewer)
 *   7 13:36 the project's log sink all-logs-archive is deleted
 *
 * Deterministic: every time and identifier comes from the scenario or a seeded PRNG.
 */
import { Rng } from '../../aws/demo/logs/rng.js';
import { computeDefaultSa, GCP_DEMO } from './scenario.js';

const { prod, dev, names, region } = GCP_DEMO;
const DAY = Date.parse(`${GCP_DEMO.logDay}T00:00:00Z`);
const AUDIT_LOG = 'type.googleapis.com/google.cloud.audit.AuditLog';

export type AuditLogType = 'activity' | 'data_access' | 'system_event';

/** Who did what: the parts of an audit log entry that differ between calls. */
export interface Call {
  /** Milliseconds since the start of the day (UTC). */
  at: number;
  log: AuditLogType;
  project: string;
  principal: string;
  /** User-managed key the service account authenticated with (`//iam.googleapis.com/projects/…/keys/<id>`). */
  keyName?: string;
  /** Impersonation: the principals that delegated to `principal`, original caller first. */
  delegatedBy?: string[];
  ip: string;
  userAgent: string;
  service: string;
  method: string;
  resourceName: string;
  resource: { type: string; labels: Record<string, string> };
  permission: string;
  /** false: PERMISSION_DENIED. */
  granted?: boolean;
  request?: Record<string, unknown>;
  response?: Record<string, unknown>;
  serviceData?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  location?: string;
  /** Marks the attack's calls (for the ground truth in tests). */
  attackStep?: number;
}

const h = (hours: number, minutes = 0, seconds = 0, ms = 0) => ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;

const keyName = (email: string, id: string, project = prod.projectId) => `//iam.googleapis.com/projects/${project}/serviceAccounts/${email}/keys/${id}`;
const saUniqueId: Record<string, string> = {
  [names.ciDeployer]: '104620089123440051001',
  [names.terraform]: '104620089123440051002',
  [names.web]: '104620089123440051003',
  [names.backup]: '104620089123440051004',
  [computeDefaultSa(prod.number)]: '104620089123440051005',
};

// ── Who ────────────────────────────────────────────────────────────────────────────────────

const ATTACKER_IP = '192.0.2.213';
const ATTACKER_KEY = 'e5a1f0c7d3b94a2e8f61c0d4b7a29e3f15d8c6b2';
const gcloudUa = (command: string, invocation: string, os = 'LINUX', kernel = '6.6.15-2kali1-amd64', python = '3.11.8') =>
  `google-cloud-sdk gcloud/502.0.0 command/gcloud.${command} invocation-id/${invocation} environment/None environment-version/None client-os/${os} client-os-ver/${kernel.split('-')[0]} client-pltf-arch/x86_64 interactive/True from-script/False python/${python} term/xterm-256color (Linux ${kernel}),gzip(gfe)`;
const CONSOLE_UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36,gzip(gfe)';
const CI_IPS = ['192.0.2.160', '192.0.2.161'];
const TERRAFORM_UA = 'Terraform/1.9.8 (+https://www.terraform.io) Terraform-Plugin-SDK/2.33.0 terraform-provider-google/6.12.0,gzip(gfe)';
const TERRAFORM_IP = '10.20.0.12';
const WEB_IP = names.webExternalIp;
const LOGGING_AGENT = `service-${prod.number}@gcp-sa-logging.iam.gserviceaccount.com`;

// ── Resources ─────────────────────────────────────────────────────────────────────────────

const projectResource = (project: string) => ({ type: 'project', labels: { project_id: project } });
const bucketResource = (project: string, bucket: string, location = region) => ({ type: 'gcs_bucket', labels: { bucket_name: bucket, location, project_id: project } });
const saResource = (project: string, email: string) => ({ type: 'service_account', labels: { email_id: email, project_id: project, unique_id: saUniqueId[email] ?? '' } });
const instanceResource = (project: string, id: string, zone: string) => ({ type: 'gce_instance', labels: { instance_id: id, project_id: project, zone } });
const audited = (project: string, service: string, method: string) => ({ type: 'audited_resource', labels: { method, project_id: project, service } });

const INSTANCE_IDS: Record<string, { id: string; zone: string; project: string }> = {
  'web-1': { id: '4617305592281940211', zone: `${region}-a`, project: prod.projectId },
  'orders-worker-1': { id: '7702934410558120337', zone: `${region}-b`, project: prod.projectId },
  'dev-sandbox': { id: '2281740938856120554', zone: `${region}-a`, project: dev.projectId },
};

// ── Building entries ───────────────────────────────────────────────────────────────────────

function iso(ms: number, micros: number): string {
  return new Date(DAY + ms).toISOString().replace(/\.(\d{3})Z$/, (_m, frac: string) => `.${frac}${String(micros).padStart(3, '0')}Z`);
}

/** The kind of access the permission checked gives (which audit log type it is logged in). */
function permissionType(call: Call): string {
  if (call.log === 'activity') return 'ADMIN_WRITE';
  if (/storage\.objects\.create|storage\.objects\.delete/.test(call.method)) return 'DATA_WRITE';
  if (/storage\.objects\.(get|list)|AccessSecretVersion|InsertJob/.test(call.method)) return 'DATA_READ';
  return 'ADMIN_READ';
}

const principalSubject = (email: string) => (email.endsWith('.gserviceaccount.com') ? `serviceAccount:${email}` : `user:${email}`);

/** One Cloud Audit Logs LogEntry, field order as the sink writes it. */
export function logEntry(call: Call, rng: Rng): Record<string, unknown> {
  const micros = rng.int(0, 999);
  const time = iso(call.at, micros);
  const denied = call.granted === false;
  const auth: Record<string, unknown> = { principalEmail: call.principal };
  if (call.keyName) auth.serviceAccountKeyName = call.keyName;
  if (call.delegatedBy?.length) auth.serviceAccountDelegationInfo = call.delegatedBy.map((p) => ({ firstPartyPrincipal: { principalEmail: p } }));
  if (!call.principal.startsWith('system@')) auth.principalSubject = principalSubject(call.principal);
  if (call.log === 'system_event') {
    // Google's own actions: no caller, no authorization check.
    return {
      protoPayload: { '@type': AUDIT_LOG, status: { message: 'Instance migrated during Compute Engine maintenance.' }, authenticationInfo: { principalEmail: call.principal }, serviceName: call.service, methodName: call.method, resourceName: call.resourceName, request: { '@type': `type.googleapis.com/${call.method}` } },
      insertId: rng.lower(1) + rng.hex(11),
      resource: call.resource,
      timestamp: time,
      severity: 'INFO',
      logName: `projects/${call.project}/logs/cloudaudit.googleapis.com%2F${call.log}`,
      receiveTimestamp: iso(call.at + rng.int(150, 1400), rng.int(0, 999)),
    };
  }
  const payload: Record<string, unknown> = {
    '@type': AUDIT_LOG,
    status: denied ? { code: 7, message: 'PERMISSION_DENIED' } : {},
    authenticationInfo: auth,
    requestMetadata: {
      callerIp: call.ip,
      ...(call.userAgent ? { callerSuppliedUserAgent: call.userAgent } : {}),
      requestAttributes: { time, auth: {} },
      destinationAttributes: {},
    },
    serviceName: call.service,
    methodName: call.method,
    authorizationInfo: [{ resource: call.resourceName, permission: call.permission, granted: !denied, resourceAttributes: {}, permissionType: permissionType(call) }],
    resourceName: call.resourceName,
  };
  if (call.serviceData) payload.serviceData = call.serviceData;
  if (call.request) payload.request = call.request;
  if (call.response && !denied) payload.response = call.response;
  if (call.metadata) payload.metadata = call.metadata;
  if (call.location) payload.resourceLocation = { currentLocations: [call.location] };
  const receive = iso(call.at + rng.int(150, 1400), rng.int(0, 999));
  const severity = denied ? 'ERROR' : call.log === 'activity' ? 'NOTICE' : 'INFO';
  return {
    protoPayload: payload,
    insertId: rng.lower(1) + rng.hex(11),
    resource: call.resource,
    timestamp: time,
    severity,
    logName: `projects/${call.project}/logs/cloudaudit.googleapis.com%2F${call.log}`,
    receiveTimestamp: receive,
  };
}

// ── Ordinary activity ─────────────────────────────────────────────────────────────────────

function ordinary(rng: Rng): Call[] {
  const calls: Call[] = [];
  const p = prod.projectId;
  const webSa = computeDefaultSa(prod.number);

  // The storefront (web-1, default compute service account) reads product images.
  for (let t = h(0, 3); t < h(24); t += rng.int(7, 13) * 60_000) {
    const object = `products/${rng.pick(['mug', 'tee', 'tote', 'cap', 'poster', 'socks'])}-${rng.int(100, 999)}.webp`;
    calls.push({
      at: t + rng.int(0, 59_000),
      log: 'data_access',
      project: p,
      principal: webSa,
      ip: WEB_IP,
      userAgent: 'gcloud-golang-storage/1.43.0,gzip(gfe)',
      service: 'storage.googleapis.com',
      method: 'storage.objects.get',
      resourceName: `projects/_/buckets/${names.publicBucket}/objects/${object}`,
      resource: bucketResource(p, names.publicBucket),
      permission: 'storage.objects.get',
      location: region,
    });
  }
  // The order worker reads its database password once an hour.
  for (let hour = 0; hour < 24; hour++) {
    calls.push({
      at: h(hour, 17, rng.int(0, 59), rng.int(0, 999)),
      log: 'data_access',
      project: p,
      principal: names.web,
      ip: '10.10.1.5',
      userAgent: 'grpc-java-netty/1.68.1,gzip(gfe)',
      service: 'secretmanager.googleapis.com',
      method: 'google.cloud.secretmanager.v1.SecretManagerService.AccessSecretVersion',
      resourceName: `projects/${prod.number}/secrets/orders-db-password/versions/latest`,
      resource: { type: 'secretmanager.googleapis.com/Secret', labels: { location: 'global', project_id: p, secret_id: 'orders-db-password' } },
      permission: 'secretmanager.versions.access',
      request: { '@type': 'type.googleapis.com/google.cloud.secretmanager.v1.AccessSecretVersionRequest', name: `projects/${prod.number}/secrets/orders-db-password/versions/latest` },
    });
    // The project sink writes its hourly objects to the log archive bucket, until the attacker deletes it at 13:36.
    if (hour <= 13) calls.push({
      at: h(hour, 0, rng.int(20, 50), rng.int(0, 999)),
      log: 'data_access',
      project: p,
      principal: LOGGING_AGENT,
      ip: 'private',
      userAgent: '',
      service: 'storage.googleapis.com',
      method: 'storage.objects.create',
      resourceName: `projects/_/buckets/${names.logArchiveBucket}/objects/cloudaudit.googleapis.com/activity/2026/11/20/${String((hour + 23) % 24).padStart(2, '0')}:00:00_${String((hour + 23) % 24).padStart(2, '0')}:59:59_S0.json`,
      resource: bucketResource(p, names.logArchiveBucket),
      permission: 'storage.objects.create',
      location: region,
    });
  }

  // CI deploys: sa-ci-deployer (its user-managed key, from the CI runners) uploads the new assets
  // and records the release on web-1.
  const ciKey = keyName(names.ciDeployer, names.ciKeyId);
  [h(1, 12), h(3, 47), h(6, 20)].forEach((start, i) => {
    const ip = CI_IPS[i % 2];
    const inv = rng.hex(32);
    for (let n = 0; n < 4; n++) {
      const object = `static/v2026.11.${20 + i}/${['app.js', 'app.css', 'vendor.js', 'index.html'][n]}`;
      calls.push({
        at: start + n * rng.int(800, 2400),
        log: 'data_access',
        project: p,
        principal: names.ciDeployer,
        keyName: ciKey,
        ip,
        userAgent: gcloudUa('storage.cp', inv, 'LINUX', '6.5.0-1025-azure', '3.12.3').replace('interactive/True', 'interactive/False').replace('from-script/False', 'from-script/True'),
        service: 'storage.googleapis.com',
        method: 'storage.objects.create',
        resourceName: `projects/_/buckets/${names.publicBucket}/objects/${object}`,
        resource: bucketResource(p, names.publicBucket),
        permission: 'storage.objects.create',
        location: region,
      });
    }
    const web = INSTANCE_IDS['web-1'];
    calls.push({
      at: start + 15_000 + rng.int(0, 4000),
      log: 'activity',
      project: p,
      principal: names.ciDeployer,
      keyName: ciKey,
      ip,
      userAgent: gcloudUa('compute.instances.add-metadata', rng.hex(32), 'LINUX', '6.5.0-1025-azure', '3.12.3').replace('interactive/True', 'interactive/False').replace('from-script/False', 'from-script/True'),
      service: 'compute.googleapis.com',
      method: 'v1.compute.instances.setMetadata',
      resourceName: `projects/${p}/zones/${web.zone}/instances/web-1`,
      resource: instanceResource(p, web.id, web.zone),
      permission: 'compute.instances.setMetadata',
      request: { '@type': 'type.googleapis.com/compute.instances.setMetadata' },
      response: { '@type': 'type.googleapis.com/operation', name: `operation-${DAY + start}-${rng.hex(12)}`, operationType: 'setMetadata', status: 'RUNNING', progress: '0' },
      metadata: { '@type': 'type.googleapis.com/google.cloud.audit.GceInstanceMetadataDelta', instanceMetadataDelta: { modifiedMetadataKeys: ['app-version'] } },
    });
  });

  // A Terraform run (Cloud Build private pool, sa-terraform attached): plan reads five APIs, apply
  // tightens the health-check firewall rule and labels a bucket.
  const tf = h(10, 30, 12);
  const reads: [string, string, string, string, { type: string; labels: Record<string, string> }][] = [
    ['cloudresourcemanager.googleapis.com', 'GetIamPolicy', `projects/${p}`, 'resourcemanager.projects.getIamPolicy', projectResource(p)],
    ...[names.web, names.backup, names.ciDeployer, names.terraform].map(
      (sa) => ['iam.googleapis.com', 'google.iam.admin.v1.GetServiceAccount', `projects/${p}/serviceAccounts/${sa}`, 'iam.serviceAccounts.get', saResource(p, sa)] as [string, string, string, string, { type: string; labels: Record<string, string> }],
    ),
    ...['allow-lb-health-checks', 'allow-iap-ssh', 'allow-web-public', 'allow-internal'].map(
      (fw, i) => ['compute.googleapis.com', 'v1.compute.firewalls.get', `projects/${p}/global/firewalls/${fw}`, 'compute.firewalls.get', { type: 'gce_firewall_rule', labels: { firewall_rule_id: String(5120000000000000000n + BigInt(i * 7777 + 11)), project_id: p } }] as [string, string, string, string, { type: string; labels: Record<string, string> }],
    ),
    ['compute.googleapis.com', 'v1.compute.networks.get', `projects/${p}/global/networks/shop-vpc`, 'compute.networks.get', { type: 'gce_network', labels: { network_id: '8851002934475510021', project_id: p } }],
    ...[names.publicBucket, names.invoicesBucket, names.logArchiveBucket, 'shop-prod-tfstate'].map(
      (b) => ['storage.googleapis.com', 'storage.buckets.get', `projects/_/buckets/${b}`, 'storage.buckets.get', bucketResource(p, b)] as [string, string, string, string, { type: string; labels: Record<string, string> }],
    ),
    ...[names.database, 'reporting-mysql'].map(
      (db) => ['cloudsql.googleapis.com', 'cloudsql.instances.get', `projects/${p}/instances/${db}`, 'cloudsql.instances.get', { type: 'cloudsql_database', labels: { database_id: `${p}:${db}`, project_id: p, region } }] as [string, string, string, string, { type: string; labels: Record<string, string> }],
    ),
  ];
  reads.forEach(([service, method, resourceName, permission, resource], i) => {
    calls.push({ at: tf + i * rng.int(300, 900), log: 'data_access', project: p, principal: names.terraform, ip: TERRAFORM_IP, userAgent: TERRAFORM_UA, service, method, resourceName, resource, permission });
  });
  calls.push({
    at: tf + h(0, 2, 41),
    log: 'activity',
    project: p,
    principal: names.terraform,
    ip: TERRAFORM_IP,
    userAgent: TERRAFORM_UA,
    service: 'compute.googleapis.com',
    method: 'v1.compute.firewalls.patch',
    resourceName: `projects/${p}/global/firewalls/allow-lb-health-checks`,
    resource: { type: 'gce_firewall_rule', labels: { firewall_rule_id: '5120000000000000011', project_id: p } },
    permission: 'compute.firewalls.update',
    request: {
      '@type': 'type.googleapis.com/compute.firewalls.patch',
      name: 'allow-lb-health-checks',
      direction: 'INGRESS',
      sourceRanges: ['130.211.0.0/22', '35.191.0.0/16'],
      targetTags: ['web'],
      alloweds: [{ IPProtocol: 'tcp', ports: ['443'] }],
      logConfig: { enable: true, metadata: 'INCLUDE_ALL_METADATA' },
    },
    response: { '@type': 'type.googleapis.com/operation', operationType: 'patch', status: 'RUNNING', progress: '0' },
  });
  calls.push({
    at: tf + h(0, 2, 48),
    log: 'activity',
    project: p,
    principal: names.terraform,
    ip: TERRAFORM_IP,
    userAgent: TERRAFORM_UA,
    service: 'storage.googleapis.com',
    method: 'storage.buckets.update',
    resourceName: `projects/_/buckets/${names.publicBucket}`,
    resource: bucketResource(p, names.publicBucket),
    permission: 'storage.buckets.update',
    serviceData: { '@type': 'type.googleapis.com/google.iam.v1.logging.AuditData', policyDelta: {} },
    metadata: { '@type': 'type.googleapis.com/google.cloud.audit.BucketMetadataDelta', labelsDelta: { addedLabels: { cost_center: 'storefront' } } },
    location: region,
  });

  // Developers in the console (kenji, shop-prod) and gcloud (aiko, shop-dev): short sessions on a
  // few pages, at least a quarter of an hour apart.
  const pages: { service: string; calls: [string, string, string, { type: string; labels: Record<string, string> }][] }[] = [
    { service: 'compute', calls: [['compute.googleapis.com', 'v1.compute.instances.aggregatedList', `projects/${p}/global/instances`, { type: 'gce_instance', labels: { instance_id: '', project_id: p, zone: '' } }], ['compute.googleapis.com', 'v1.compute.instances.get', `projects/${p}/zones/${region}-a/instances/web-1`, instanceResource(p, INSTANCE_IDS['web-1'].id, `${region}-a`)]] },
    { service: 'storage', calls: [['storage.googleapis.com', 'storage.buckets.list', `projects/_/buckets`, { type: 'gcs_bucket', labels: { bucket_name: '', location: 'global', project_id: p } }]] },
    { service: 'sql', calls: [['cloudsql.googleapis.com', 'cloudsql.instances.list', `projects/${p}/instances`, { type: 'cloudsql_database', labels: { database_id: '', project_id: p, region: '' } }], ['cloudsql.googleapis.com', 'cloudsql.instances.get', `projects/${p}/instances/${names.database}`, { type: 'cloudsql_database', labels: { database_id: `${p}:${names.database}`, project_id: p, region } }]] },
    { service: 'logging', calls: [['logging.googleapis.com', 'google.logging.v2.ConfigServiceV2.ListBuckets', `projects/${p}/locations/-`, audited(p, 'logging.googleapis.com', 'google.logging.v2.ConfigServiceV2.ListBuckets')]] },
    { service: 'bigquery', calls: [['bigquery.googleapis.com', 'google.cloud.bigquery.v2.DatasetService.ListDatasets', `projects/${p}/datasets`, { type: 'bigquery_project', labels: { location: region, project_id: p } }], ['bigquery.googleapis.com', 'google.cloud.bigquery.v2.TableService.ListTables', `projects/${p}/datasets/storefront_analytics/tables`, { type: 'bigquery_dataset', labels: { dataset_id: 'storefront_analytics', project_id: p } }]] },
  ];
  let t = h(0, 41);
  while (t < h(8, 40)) {
    const page = rng.pick(pages);
    for (const [service, method, resourceName, resource] of page.calls) {
      const perm = method.startsWith('v1.compute.') ? `compute.${method.split('.').slice(2).join('.')}`.replace('aggregatedList', 'list') : method.startsWith('storage.') || method.startsWith('cloudsql.') ? method : method.includes('ListDatasets') ? 'bigquery.datasets.get' : method.includes('ListTables') ? 'bigquery.tables.list' : 'logging.buckets.list';
      calls.push({ at: t + rng.int(0, 40_000), log: 'data_access', project: p, principal: 'kenji.sato@example.com', ip: '198.51.100.30', userAgent: CONSOLE_UA, service, method, resourceName, resource, permission: perm });
    }
    t += rng.int(18, 55) * 60_000;
  }
  // aiko starts her sandbox in the morning and stops it in the evening; a shop admin grants the analysts BigQuery read access in shop-dev.
  const sandbox = INSTANCE_IDS['dev-sandbox'];
  for (const [at, verb] of [[h(0, 55, 9), 'start'], [h(9, 12, 44), 'stop']] as const) {
    calls.push({
      at,
      log: 'activity',
      project: dev.projectId,
      principal: 'aiko.tanaka@example.com',
      ip: '198.51.100.31',
      userAgent: gcloudUa(`compute.instances.${verb}`, rng.hex(32), 'MACOSX', '24.1.0', '3.12.7').replace('(Linux 24.1.0)', '(Macintosh; Intel Mac OS X 24.1.0)'),
      service: 'compute.googleapis.com',
      method: `v1.compute.instances.${verb}`,
      resourceName: `projects/${dev.projectId}/zones/${sandbox.zone}/instances/dev-sandbox`,
      resource: instanceResource(dev.projectId, sandbox.id, sandbox.zone),
      permission: `compute.instances.${verb}`,
      request: { '@type': `type.googleapis.com/compute.instances.${verb}` },
      response: { '@type': 'type.googleapis.com/operation', operationType: verb, status: 'RUNNING', progress: '0' },
    });
  }
  calls.push({
    at: h(2, 26, 3),
    log: 'activity',
    project: dev.projectId,
    principal: 'yuki.mori@example.com',
    ip: '198.51.100.32',
    userAgent: CONSOLE_UA,
    service: 'cloudresourcemanager.googleapis.com',
    method: 'SetIamPolicy',
    resourceName: `projects/${dev.projectId}`,
    resource: projectResource(dev.projectId),
    permission: 'resourcemanager.projects.setIamPolicy',
    request: { '@type': 'type.googleapis.com/google.iam.v1.SetIamPolicyRequest', resource: dev.projectId, policy: { etag: 'BwYkx3n0d9Q=', bindings: [{ role: 'roles/bigquery.dataViewer', members: ['group:analysts@example.com'] }] } },
    response: { '@type': 'type.googleapis.com/google.iam.v1.Policy', etag: 'BwYkyA1b2cE=' },
    serviceData: { '@type': 'type.googleapis.com/google.iam.v1.logging.AuditData', policyDelta: { bindingDeltas: [{ action: 'ADD', role: 'roles/bigquery.dataViewer', member: 'group:analysts@example.com' }] } },
  });
  // Host maintenance: Compute Engine live-migrates web-1 (a system event).
  const web = INSTANCE_IDS['web-1'];
  calls.push({
    at: h(4, 12, 37),
    log: 'system_event',
    project: p,
    principal: 'system@google.com',
    ip: '',
    userAgent: '',
    service: 'compute.googleapis.com',
    method: 'compute.instances.migrateOnHostMaintenance',
    resourceName: `projects/${p}/zones/${web.zone}/instances/web-1`,
    resource: instanceResource(p, web.id, web.zone),
    permission: 'compute.instances.migrateOnHostMaintenance',
  });
  return calls;
}

// ── The attack ─────────────────────────────────────────────────────────────────────────────

function attack(rng: Rng): Call[] {
  const p = prod.projectId;
  const calls: Call[] = [];
  const ciKey = keyName(names.ciDeployer, names.ciKeyId);
  const stolen = { principal: names.ciDeployer, keyName: ciKey, ip: ATTACKER_IP };

  // 1 Discovery: what can this key see? A dozen APIs in six minutes.
  const discovery: [string, string, string, string, { type: string; labels: Record<string, string> }, string][] = [
    ['cloudresourcemanager.googleapis.com', 'GetIamPolicy', `projects/${p}`, 'resourcemanager.projects.getIamPolicy', projectResource(p), 'projects.get-iam-policy'],
    ['serviceusage.googleapis.com', 'google.api.serviceusage.v1.ServiceUsage.ListServices', `projects/${prod.number}`, 'serviceusage.services.list', audited(p, 'serviceusage.googleapis.com', 'google.api.serviceusage.v1.ServiceUsage.ListServices'), 'services.list'],
    ['iam.googleapis.com', 'google.iam.admin.v1.ListServiceAccounts', `projects/${p}`, 'iam.serviceAccounts.list', { type: 'service_account', labels: { email_id: '', project_id: p, unique_id: '' } }, 'iam.service-accounts.list'],
    ['iam.googleapis.com', 'google.iam.admin.v1.ListServiceAccountKeys', `projects/${p}/serviceAccounts/${names.terraform}`, 'iam.serviceAccountKeys.list', saResource(p, names.terraform), 'iam.service-accounts.keys.list'],
    ['compute.googleapis.com', 'v1.compute.instances.aggregatedList', `projects/${p}/global/instances`, 'compute.instances.list', { type: 'gce_instance', labels: { instance_id: '', project_id: p, zone: '' } }, 'compute.instances.list'],
    ['compute.googleapis.com', 'v1.compute.firewalls.list', `projects/${p}/global/firewalls`, 'compute.firewalls.list', { type: 'gce_firewall_rule', labels: { firewall_rule_id: '', project_id: p } }, 'compute.firewall-rules.list'],
    ['storage.googleapis.com', 'storage.buckets.list', 'projects/_/buckets', 'storage.buckets.list', { type: 'gcs_bucket', labels: { bucket_name: '', location: 'global', project_id: p } }, 'storage.buckets.list'],
    ['cloudsql.googleapis.com', 'cloudsql.instances.list', `projects/${p}/instances`, 'cloudsql.instances.list', { type: 'cloudsql_database', labels: { database_id: '', project_id: p, region: '' } }, 'sql.instances.list'],
    ['bigquery.googleapis.com', 'google.cloud.bigquery.v2.DatasetService.ListDatasets', `projects/${p}/datasets`, 'bigquery.datasets.get', { type: 'bigquery_project', labels: { location: region, project_id: p } }, 'alpha.bq.datasets.list'],
    ['cloudkms.googleapis.com', 'ListKeyRings', `projects/${p}/locations/${region}`, 'cloudkms.keyRings.list', { type: 'cloudkms_keyring', labels: { key_ring_id: '', location: region, project_id: p } }, 'kms.keyrings.list'],
    ['secretmanager.googleapis.com', 'google.cloud.secretmanager.v1.SecretManagerService.ListSecrets', `projects/${prod.number}`, 'secretmanager.secrets.list', audited(p, 'secretmanager.googleapis.com', 'google.cloud.secretmanager.v1.SecretManagerService.ListSecrets'), 'secrets.list'],
    ['logging.googleapis.com', 'google.logging.v2.ConfigServiceV2.ListSinks', `projects/${p}`, 'logging.sinks.list', audited(p, 'logging.googleapis.com', 'google.logging.v2.ConfigServiceV2.ListSinks'), 'logging.sinks.list'],
    ['dns.googleapis.com', 'dns.managedZones.list', `projects/${p}/managedZones`, 'dns.managedZones.list', { type: 'dns_managed_zone', labels: { location: 'global', project_id: p, zone_name: '' } }, 'dns.managed-zones.list'],
    ['monitoring.googleapis.com', 'google.monitoring.v3.AlertPolicyService.ListAlertPolicies', `projects/${p}`, 'monitoring.alertPolicies.list', audited(p, 'monitoring.googleapis.com', 'google.monitoring.v3.AlertPolicyService.ListAlertPolicies'), 'alpha.monitoring.policies.list'],
  ];
  let t = h(13, 2, 10);
  for (const [service, method, resourceName, permission, resource, command] of discovery) {
    calls.push({ at: t, log: 'data_access', project: p, ...stolen, userAgent: gcloudUa(command, rng.hex(32)), service, method, resourceName, resource, permission, attackStep: 1 });
    t += rng.int(12_000, 31_000);
  }
  // Two secret reads, denied: Editor cannot read secret values.
  for (const secret of ['orders-db-password', 'stripe-api-key']) {
    calls.push({
      at: t,
      log: 'data_access',
      project: p,
      ...stolen,
      userAgent: gcloudUa('secrets.versions.access', rng.hex(32)),
      service: 'secretmanager.googleapis.com',
      method: 'google.cloud.secretmanager.v1.SecretManagerService.AccessSecretVersion',
      resourceName: `projects/${prod.number}/secrets/${secret}/versions/latest`,
      resource: { type: 'secretmanager.googleapis.com/Secret', labels: { location: 'global', project_id: p, secret_id: secret } },
      permission: 'secretmanager.versions.access',
      granted: false,
      request: { '@type': 'type.googleapis.com/google.cloud.secretmanager.v1.AccessSecretVersionRequest', name: `projects/${prod.number}/secrets/${secret}/versions/latest` },
      attackStep: 1,
    });
    t += rng.int(9_000, 20_000);
  }

  // 2 Make the outside account owner directly: denied (Editor has no setIamPolicy).
  const gmail = `user:${names.attackerGmail}`;
  calls.push({
    at: h(13, 9, 2, 118),
    log: 'activity',
    project: p,
    ...stolen,
    userAgent: gcloudUa('projects.add-iam-policy-binding', rng.hex(32)),
    service: 'cloudresourcemanager.googleapis.com',
    method: 'SetIamPolicy',
    resourceName: `projects/${p}`,
    resource: projectResource(p),
    permission: 'resourcemanager.projects.setIamPolicy',
    granted: false,
    request: { '@type': 'type.googleapis.com/google.iam.v1.SetIamPolicyRequest', resource: p, policy: { etag: 'BwYkx3n0c2I=', bindings: [{ role: 'roles/owner', members: ['group:shop-admins@example.com', `serviceAccount:${names.terraform}`, gmail] }] } },
    attackStep: 2,
  });

  // 3 A key for the Owner service account (key creation is allowed in shop-prod).
  const keyPath = `projects/${p}/serviceAccounts/${names.terraform}/keys/${ATTACKER_KEY}`;
  calls.push({
    at: h(13, 12, 37, 602),
    log: 'activity',
    project: p,
    ...stolen,
    userAgent: gcloudUa('iam.service-accounts.keys.create', rng.hex(32)),
    service: 'iam.googleapis.com',
    method: 'google.iam.admin.v1.CreateServiceAccountKey',
    resourceName: `projects/-/serviceAccounts/${saUniqueId[names.terraform]}`,
    resource: saResource(p, names.terraform),
    permission: 'iam.serviceAccountKeys.create',
    request: { '@type': 'type.googleapis.com/google.iam.admin.v1.CreateServiceAccountKeyRequest', name: `projects/-/serviceAccounts/${names.terraform}`, private_key_type: 2 },
    response: {
      '@type': 'type.googleapis.com/google.iam.admin.v1.ServiceAccountKey',
      name: keyPath,
      valid_after_time: { seconds: Math.floor((DAY + h(13, 12, 37)) / 1000) },
      valid_before_time: { seconds: 253402300799 },
      key_algorithm: 2,
      private_key_type: 2,
      key_origin: 1,
      key_type: 1,
    },
    attackStep: 3,
  });

  // 4 As sa-terraform: Owner and Token Creator for the attacker's Gmail account.
  calls.push({
    at: h(13, 15, 20, 47),
    log: 'activity',
    project: p,
    principal: names.terraform,
    keyName: keyName(names.terraform, ATTACKER_KEY),
    ip: ATTACKER_IP,
    userAgent: gcloudUa('projects.add-iam-policy-binding', rng.hex(32)),
    service: 'cloudresourcemanager.googleapis.com',
    method: 'SetIamPolicy',
    resourceName: `projects/${p}`,
    resource: projectResource(p),
    permission: 'resourcemanager.projects.setIamPolicy',
    request: {
      '@type': 'type.googleapis.com/google.iam.v1.SetIamPolicyRequest',
      resource: p,
      policy: {
        etag: 'BwYkx3n0c2I=',
        bindings: [
          { role: 'roles/owner', members: ['group:shop-admins@example.com', `serviceAccount:${names.terraform}`, gmail] },
          { role: 'roles/iam.serviceAccountTokenCreator', members: [gmail] },
        ],
      },
      updateMask: 'bindings,etag',
    },
    response: { '@type': 'type.googleapis.com/google.iam.v1.Policy', etag: 'BwYkzT9x1aQ=' },
    serviceData: {
      '@type': 'type.googleapis.com/google.iam.v1.logging.AuditData',
      policyDelta: {
        bindingDeltas: [
          { action: 'ADD', role: 'roles/owner', member: gmail },
          { action: 'ADD', role: 'roles/iam.serviceAccountTokenCreator', member: gmail },
        ],
      },
    },
    attackStep: 4,
  });

  // 5 The Gmail account impersonates the backup service account and reads invoices through it.
  const attackerUa = (command: string) => gcloudUa(command, rng.hex(32));
  calls.push({
    at: h(13, 21, 44, 310),
    log: 'data_access',
    project: p,
    principal: names.attackerGmail,
    ip: ATTACKER_IP,
    userAgent: attackerUa('auth.print-access-token'),
    service: 'iamcredentials.googleapis.com',
    method: 'GenerateAccessToken',
    resourceName: `projects/-/serviceAccounts/${saUniqueId[names.backup]}`,
    resource: saResource(p, names.backup),
    permission: 'iam.serviceAccounts.getAccessToken',
    request: {
      '@type': 'type.googleapis.com/google.iam.credentials.v1.GenerateAccessTokenRequest',
      name: `projects/-/serviceAccounts/${names.backup}`,
      scope: ['https://www.googleapis.com/auth/cloud-platform'],
      lifetime: { seconds: 3600 },
    },
    metadata: { identityDelegationChain: [`projects/-/serviceAccounts/${names.backup}`] },
    attackStep: 5,
  });
  const asBackup = { principal: names.backup, delegatedBy: [names.attackerGmail], ip: ATTACKER_IP };
  calls.push({
    at: h(13, 23, 2, 915),
    log: 'data_access',
    project: p,
    ...asBackup,
    userAgent: attackerUa('storage.ls'),
    service: 'storage.googleapis.com',
    method: 'storage.objects.list',
    resourceName: `projects/_/buckets/${names.invoicesBucket}`,
    resource: bucketResource(p, names.invoicesBucket),
    permission: 'storage.objects.list',
    location: region,
    attackStep: 5,
  });
  t = h(13, 24, 10);
  for (let i = 0; i < 12; i++) {
    calls.push({
      at: t,
      log: 'data_access',
      project: p,
      ...asBackup,
      userAgent: attackerUa('storage.cp'),
      service: 'storage.googleapis.com',
      method: 'storage.objects.get',
      resourceName: `projects/_/buckets/${names.invoicesBucket}/objects/2026/${String(i + 1).padStart(2, '0')}/invoices-2026-${String(i + 1).padStart(2, '0')}.csv.gz`,
      resource: bucketResource(p, names.invoicesBucket),
      permission: 'storage.objects.get',
      location: region,
      attackStep: 5,
    });
    t += rng.int(15_000, 45_000);
  }

  // 6 The invoices bucket is made public.
  calls.push({
    at: h(13, 34, 9, 480),
    log: 'activity',
    project: p,
    principal: names.attackerGmail,
    ip: ATTACKER_IP,
    userAgent: attackerUa('storage.buckets.add-iam-policy-binding'),
    service: 'storage.googleapis.com',
    method: 'storage.setIamPermissions',
    resourceName: `projects/_/buckets/${names.invoicesBucket}`,
    resource: bucketResource(p, names.invoicesBucket),
    permission: 'storage.buckets.setIamPolicy',
    serviceData: { '@type': 'type.googleapis.com/google.iam.v1.logging.AuditData', policyDelta: { bindingDeltas: [{ action: 'ADD', role: 'roles/storage.objectViewer', member: 'allUsers' }] } },
    location: region,
    attackStep: 6,
  });

  // 7 The project's log sink is deleted (the organisation sink still sees it).
  calls.push({
    at: h(13, 36, 50, 71),
    log: 'activity',
    project: p,
    principal: names.attackerGmail,
    ip: ATTACKER_IP,
    userAgent: attackerUa('logging.sinks.delete'),
    service: 'logging.googleapis.com',
    method: 'google.logging.v2.ConfigServiceV2.DeleteSink',
    resourceName: `projects/${p}/sinks/${names.archiveSink}`,
    resource: { type: 'logging_sink', labels: { destination: `storage.googleapis.com/${names.logArchiveBucket}`, name: names.archiveSink, project_id: p } },
    permission: 'logging.sinks.delete',
    request: { '@type': 'type.googleapis.com/google.logging.v2.DeleteSinkRequest', sinkName: `projects/${p}/sinks/${names.archiveSink}` },
    attackStep: 7,
  });
  return calls;
}

// ── Files ─────────────────────────────────────────────────────────────────────────────────

export interface GcpDemoLogs {
  /** Relative path (`cloudaudit.googleapis.com/activity/2026/11/20/13:00:00_13:59:59_S0.json`) → JSON lines. */
  files: Map<string, string>;
  /** insertId → attack step (1–7), the ground truth. */
  attack: Map<string, number>;
  entries: number;
}

/** Every call of the day: ordinary ones, then the attack, each with its own PRNG stream. */
export function demoCalls(): Call[] {
  const calls = [...ordinary(new Rng('gcp/ordinary')), ...attack(new Rng('gcp/attack'))];
  // After the sink is deleted the project's own export stops: the organisation sink keeps everything.
  return calls.sort((a, b) => a.at - b.at || a.method.localeCompare(b.method));
}

export function generateGcpDemoLogs(): GcpDemoLogs {
  const rng = new Rng('gcp/entries');
  const byFile = new Map<string, string[]>();
  const attack = new Map<string, number>();
  const calls = demoCalls();
  const [y, m, d] = GCP_DEMO.logDay.split('-');
  for (const call of calls) {
    const entry = logEntry(call, rng);
    if (call.attackStep) attack.set(entry.insertId as string, call.attackStep);
    const hour = String(Math.floor(call.at / 3_600_000)).padStart(2, '0');
    const file = `cloudaudit.googleapis.com/${call.log}/${y}/${m}/${d}/${hour}:00:00_${hour}:59:59_S0.json`;
    const list = byFile.get(file) ?? [];
    list.push(JSON.stringify(entry));
    byFile.set(file, list);
  }
  const files = new Map<string, string>();
  for (const file of [...byFile.keys()].sort()) files.set(file, byFile.get(file)!.join('\n') + '\n');
  return { files, attack, entries: calls.length };
}

/** Demo workloads: Compute Engine and VPC, Cloud Storage, Cloud SQL, BigQuery and Cloud DNS. */
import {
  GCP_TYPES,
  gcpUid,
  type BackendServiceConfig,
  type BucketConfig,
  type ComputeProjectConfig,
  type DatasetConfig,
  type DiskConfig,
  type DnsManagedZoneConfig,
  type DnsPolicyConfig,
  type FirewallConfig,
  type IamPolicy,
  type InstanceConfig,
  type NetworkConfig,
  type RouteConfig,
  type SqlInstanceConfig,
  type SslPolicyConfig,
  type SubnetworkConfig,
  type TableConfig,
  type TargetProxyConfig,
} from '../model.js';
import type { GcpDemoBuilder } from './builder.js';
import { COMPUTE_API, computeDefaultSa, GCP_DEMO } from './scenario.js';

const { prod, dev, names, region } = GCP_DEMO;

const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';
const DEFAULT_SCOPES = [
  'https://www.googleapis.com/auth/devstorage.read_only',
  'https://www.googleapis.com/auth/logging.write',
  'https://www.googleapis.com/auth/monitoring.write',
  'https://www.googleapis.com/auth/servicecontrol',
  'https://www.googleapis.com/auth/service.management.readonly',
  'https://www.googleapis.com/auth/trace.append',
];

/** `projects/p/global/networks/n` → the compute uid, and the selfLink. */
const computePath = (path: string) => ({ uid: `//compute.googleapis.com/${path}`, selfLink: `${COMPUTE_API}/${path}` });

function addCompute(demo: GcpDemoBuilder, projectId: string, type: string, path: string, name: string, config: object, location = 'global', labels?: Record<string, string>): void {
  demo.add({ uid: computePath(path).uid, type, name, account: projectId, region: location, config, tags: labels });
}

function addProjectsCompute(demo: GcpDemoBuilder): void {
  const prodProject: ComputeProjectConfig = {
    defaultServiceAccount: computeDefaultSa(prod.number),
    xpnProjectStatus: 'UNSPECIFIED_XPN_PROJECT_STATUS',
    name: prod.projectId,
    // OS Login on, but without 2-step verification. Metadata values other than settings are never collected.
    commonInstanceMetadata: { items: [{ key: 'enable-oslogin', value: 'TRUE' }, { key: 'google-logging-enabled', value: 'true' }] },
  };
  demo.add({ uid: gcpUid.computeProject(prod.projectId), type: GCP_TYPES.computeProject, name: prod.projectId, account: prod.projectId, config: prodProject });
  const devProject: ComputeProjectConfig = {
    defaultServiceAccount: computeDefaultSa(dev.number),
    xpnProjectStatus: 'UNSPECIFIED_XPN_PROJECT_STATUS',
    name: dev.projectId,
    // Developers keep their own SSH keys in project metadata (only the key name is collected).
    commonInstanceMetadata: { items: [{ key: 'ssh-keys' }] },
  };
  demo.add({ uid: gcpUid.computeProject(dev.projectId), type: GCP_TYPES.computeProject, name: dev.projectId, account: dev.projectId, config: devProject });
}

function addNetworks(demo: GcpDemoBuilder): void {
  const p = prod.projectId;
  const d = dev.projectId;
  const shopVpc = `projects/${p}/global/networks/shop-vpc`;
  const devDefault = `projects/${d}/global/networks/default`;
  const subnets: { project: string; network: string; config: Omit<SubnetworkConfig, 'network'> }[] = [
    {
      project: p,
      network: shopVpc,
      config: {
        name: 'shop-web-an1',
        region,
        ipCidrRange: '10.10.0.0/24',
        privateIpGoogleAccess: true,
        purpose: 'PRIVATE',
        logConfig: { enable: true, aggregationInterval: 'INTERVAL_5_SEC', flowSampling: 1, metadata: 'INCLUDE_ALL_METADATA' },
      },
    },
    // Added later for the database tier, without flow logs.
    { project: p, network: shopVpc, config: { name: 'shop-data-an1', region, ipCidrRange: '10.10.1.0/24', privateIpGoogleAccess: true, purpose: 'PRIVATE' } },
    { project: p, network: shopVpc, config: { name: 'shop-proxy-only-an1', region, ipCidrRange: '10.10.255.0/26', purpose: 'REGIONAL_MANAGED_PROXY' } },
    // The default network of shop-dev, switched to custom mode with one subnet left.
    { project: d, network: devDefault, config: { name: 'default', region, ipCidrRange: '10.146.0.0/20', privateIpGoogleAccess: false, purpose: 'PRIVATE' } },
  ];
  const networks: { project: string; path: string; config: NetworkConfig }[] = [
    { project: p, path: shopVpc, config: { name: 'shop-vpc', autoCreateSubnetworks: false, routingConfig: { routingMode: 'REGIONAL' } } },
    { project: d, path: devDefault, config: { name: 'default', autoCreateSubnetworks: false, routingConfig: { routingMode: 'REGIONAL' } } },
  ];
  for (const n of networks) {
    const own = subnets.filter((s) => s.network === n.path).map((s) => `${COMPUTE_API}/projects/${s.project}/regions/${s.config.region}/subnetworks/${s.config.name}`);
    addCompute(demo, n.project, GCP_TYPES.network, n.path, n.config.name, { ...n.config, selfLink: computePath(n.path).selfLink, subnetworks: own });
  }
  for (const s of subnets) {
    const path = `projects/${s.project}/regions/${s.config.region}/subnetworks/${s.config.name}`;
    addCompute(demo, s.project, GCP_TYPES.subnetwork, path, s.config.name, { ...s.config, network: computePath(s.network).selfLink }, s.config.region);
  }

  const fw = (project: string, network: string, c: Omit<FirewallConfig, 'network'>) =>
    addCompute(demo, project, GCP_TYPES.firewall, `projects/${project}/global/firewalls/${c.name}`, c.name, { ...c, network: computePath(network).selfLink });
  // Production: load balancer health checks and IAP are fine; "allow-ops-admin" opened SSH and RDP to
  // the whole internet for a vendor's support session and was never closed.
  fw(p, shopVpc, { name: 'allow-lb-health-checks', direction: 'INGRESS', priority: 1000, sourceRanges: ['130.211.0.0/22', '35.191.0.0/16'], targetTags: ['web'], allowed: [{ IPProtocol: 'tcp', ports: ['80', '443'] }], disabled: false, logConfig: { enable: true, metadata: 'INCLUDE_ALL_METADATA' } });
  fw(p, shopVpc, { name: 'allow-iap-ssh', direction: 'INGRESS', priority: 1000, sourceRanges: ['35.235.240.0/20'], allowed: [{ IPProtocol: 'tcp', ports: ['22'] }], disabled: false, logConfig: { enable: true, metadata: 'INCLUDE_ALL_METADATA' } });
  fw(p, shopVpc, { name: 'allow-web-public', direction: 'INGRESS', priority: 1000, sourceRanges: ['0.0.0.0/0'], targetTags: ['web'], allowed: [{ IPProtocol: 'tcp', ports: ['80', '443'] }], disabled: false, logConfig: { enable: true, metadata: 'INCLUDE_ALL_METADATA' } });
  fw(p, shopVpc, { name: 'allow-ops-admin', direction: 'INGRESS', priority: 900, sourceRanges: ['0.0.0.0/0'], targetTags: ['web'], allowed: [{ IPProtocol: 'tcp', ports: ['22', '3389'] }], disabled: false });
  fw(p, shopVpc, { name: 'allow-internal', direction: 'INGRESS', priority: 65534, sourceRanges: ['10.10.0.0/16'], allowed: [{ IPProtocol: 'tcp', ports: ['0-65535'] }, { IPProtocol: 'udp', ports: ['0-65535'] }, { IPProtocol: 'icmp' }], disabled: false, logConfig: { enable: false } });
  // Development: the default network's own rules.
  fw(d, devDefault, { name: 'default-allow-internal', direction: 'INGRESS', priority: 65534, sourceRanges: ['10.128.0.0/9'], allowed: [{ IPProtocol: 'tcp', ports: ['0-65535'] }, { IPProtocol: 'udp', ports: ['0-65535'] }, { IPProtocol: 'icmp' }], disabled: false, logConfig: { enable: false } });
  fw(d, devDefault, { name: 'default-allow-ssh', direction: 'INGRESS', priority: 65534, sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['22'] }], disabled: false, logConfig: { enable: false } });
  fw(d, devDefault, { name: 'default-allow-rdp', direction: 'INGRESS', priority: 65534, sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['3389'] }], disabled: false, logConfig: { enable: false } });
  fw(d, devDefault, { name: 'default-allow-icmp', direction: 'INGRESS', priority: 65534, sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'icmp' }], disabled: false, logConfig: { enable: false } });

  const routes: { project: string; config: RouteConfig }[] = [
    { project: p, config: { name: 'default-route-5f0c2a9e1b7d3c48', network: computePath(shopVpc).selfLink, destRange: '0.0.0.0/0', nextHopGateway: `${COMPUTE_API}/projects/${p}/global/gateways/default-internet-gateway`, priority: 1000 } },
    { project: d, config: { name: 'default-route-8a3e6d1f4c0b9e27', network: computePath(devDefault).selfLink, destRange: '0.0.0.0/0', nextHopGateway: `${COMPUTE_API}/projects/${d}/global/gateways/default-internet-gateway`, priority: 1000 } },
  ];
  for (const r of routes) addCompute(demo, r.project, GCP_TYPES.route, `projects/${r.project}/global/routes/${r.config.name}`, r.config.name, r.config);
}

function addInstances(demo: GcpDemoBuilder): void {
  const p = prod.projectId;
  const d = dev.projectId;
  const zoneA = `${region}-a`;
  const zoneB = `${region}-b`;
  const cmek = `projects/${p}/locations/${region}/keyRings/shop-keys/cryptoKeys/orders-data/cryptoKeyVersions/7`;
  const instances: { project: string; zone: string; config: Omit<InstanceConfig, 'zone'> }[] = [
    {
      // The storefront VM: public IP, default compute service account with full API access, serial console on.
      project: p,
      zone: zoneA,
      config: {
        name: names.webInstance,
        status: 'RUNNING',
        machineType: `${COMPUTE_API}/projects/${p}/zones/${zoneA}/machineTypes/e2-standard-2`,
        canIpForward: false,
        labels: { app: 'storefront', environment: 'production' },
        creationTimestamp: '2025-04-02T18:31:07.118-07:00',
        serviceAccounts: [{ email: computeDefaultSa(prod.number), scopes: [CLOUD_PLATFORM] }],
        metadata: { items: [{ key: 'serial-port-enable', value: 'TRUE' }, { key: 'startup-script' }] },
        networkInterfaces: [
          {
            network: `${COMPUTE_API}/projects/${p}/global/networks/shop-vpc`,
            subnetwork: `${COMPUTE_API}/projects/${p}/regions/${region}/subnetworks/shop-web-an1`,
            networkIP: '10.10.0.2',
            accessConfigs: [{ name: 'External NAT', type: 'ONE_TO_ONE_NAT', natIP: names.webExternalIp }],
          },
        ],
        disks: [{ source: `${COMPUTE_API}/projects/${p}/zones/${zoneA}/disks/web-1`, boot: true }],
        shieldedInstanceConfig: { enableSecureBoot: false, enableVtpm: true, enableIntegrityMonitoring: true },
      },
    },
    {
      // The order processing VM: private only, dedicated service account, Confidential VM, CMEK disk.
      project: p,
      zone: zoneB,
      config: {
        name: 'orders-worker-1',
        status: 'RUNNING',
        machineType: `${COMPUTE_API}/projects/${p}/zones/${zoneB}/machineTypes/n2d-standard-4`,
        canIpForward: false,
        labels: { app: 'orders', environment: 'production' },
        creationTimestamp: '2026-02-11T01:04:55.402-08:00',
        serviceAccounts: [{ email: names.web, scopes: [CLOUD_PLATFORM] }],
        metadata: { items: [{ key: 'block-project-ssh-keys', value: 'TRUE' }, { key: 'serial-port-enable', value: 'FALSE' }] },
        networkInterfaces: [{ network: `${COMPUTE_API}/projects/${p}/global/networks/shop-vpc`, subnetwork: `${COMPUTE_API}/projects/${p}/regions/${region}/subnetworks/shop-data-an1`, networkIP: '10.10.1.5' }],
        disks: [{ source: `${COMPUTE_API}/projects/${p}/zones/${zoneB}/disks/orders-worker-1`, boot: true, diskEncryptionKey: { kmsKeyName: cmek } }],
        shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true },
        confidentialInstanceConfig: { enableConfidentialCompute: true, confidentialInstanceType: 'SEV' },
      },
    },
    {
      // A developer sandbox created from an old custom image (no Shielded VM) in the default network.
      project: d,
      zone: zoneA,
      config: {
        name: 'dev-sandbox',
        status: 'RUNNING',
        machineType: `${COMPUTE_API}/projects/${d}/zones/${zoneA}/machineTypes/e2-medium`,
        canIpForward: true,
        labels: { owner: 'kenji-sato', environment: 'development' },
        creationTimestamp: '2026-08-19T20:12:40.771-07:00',
        serviceAccounts: [{ email: names.devRunner, scopes: DEFAULT_SCOPES }],
        metadata: { items: [{ key: 'ssh-keys' }] },
        networkInterfaces: [{ network: `${COMPUTE_API}/projects/${d}/global/networks/default`, subnetwork: `${COMPUTE_API}/projects/${d}/regions/${region}/subnetworks/default`, networkIP: '10.146.0.7' }],
        disks: [{ source: `${COMPUTE_API}/projects/${d}/zones/${zoneA}/disks/dev-sandbox`, boot: true }],
      },
    },
  ];
  for (const i of instances) {
    const path = `projects/${i.project}/zones/${i.zone}/instances/${i.config.name}`;
    addCompute(demo, i.project, GCP_TYPES.instance, path, i.config.name, { ...i.config, zone: `${COMPUTE_API}/projects/${i.project}/zones/${i.zone}` }, i.zone, i.config.labels);
  }
  const disks: { project: string; zone: string; config: DiskConfig; labels?: Record<string, string> }[] = [
    { project: p, zone: zoneA, config: { name: 'web-1', zone: `${COMPUTE_API}/projects/${p}/zones/${zoneA}`, sizeGb: '20', users: [`${COMPUTE_API}/projects/${p}/zones/${zoneA}/instances/web-1`] } },
    {
      project: p,
      zone: zoneB,
      config: { name: 'orders-worker-1', zone: `${COMPUTE_API}/projects/${p}/zones/${zoneB}`, sizeGb: '50', diskEncryptionKey: { kmsKeyName: cmek }, users: [`${COMPUTE_API}/projects/${p}/zones/${zoneB}/instances/orders-worker-1`] },
    },
    { project: d, zone: zoneA, config: { name: 'dev-sandbox', zone: `${COMPUTE_API}/projects/${d}/zones/${zoneA}`, sizeGb: '30', users: [`${COMPUTE_API}/projects/${d}/zones/${zoneA}/instances/dev-sandbox`] } },
  ];
  for (const disk of disks) addCompute(demo, disk.project, GCP_TYPES.disk, `projects/${disk.project}/zones/${disk.zone}/disks/${disk.config.name}`, disk.config.name, disk.config, disk.zone, disk.labels);
}

function addLoadBalancing(demo: GcpDemoBuilder): void {
  const p = prod.projectId;
  const modern = `projects/${p}/global/sslPolicies/shop-modern-tls`;
  const ssl: SslPolicyConfig = { name: 'shop-modern-tls', selfLink: computePath(modern).selfLink, profile: 'MODERN', minTlsVersion: 'TLS_1_2' };
  addCompute(demo, p, GCP_TYPES.sslPolicy, modern, ssl.name, ssl);
  const backends: BackendServiceConfig[] = [
    { name: 'storefront-backend', loadBalancingScheme: 'EXTERNAL_MANAGED', protocol: 'HTTP', securityPolicy: `${COMPUTE_API}/projects/${p}/global/securityPolicies/shop-armor`, logConfig: { enable: true, sampleRate: 1 } },
    // The image CDN backend: no request logs, no Cloud Armor.
    { name: 'static-assets-backend', loadBalancingScheme: 'EXTERNAL_MANAGED', protocol: 'HTTPS', logConfig: { enable: false } },
  ];
  for (const b of backends) addCompute(demo, p, GCP_TYPES.backendService, `projects/${p}/global/backendServices/${b.name}`, b.name, b);
  const proxies: TargetProxyConfig[] = [
    { name: 'storefront-https-proxy', sslPolicy: computePath(modern).selfLink },
    // An old proxy for the legacy domain, on the Google default SSL policy.
    { name: 'legacy-shop-https-proxy' },
  ];
  for (const t of proxies) addCompute(demo, p, GCP_TYPES.targetHttpsProxy, `projects/${p}/global/targetHttpsProxies/${t.name}`, t.name, t);
}

const bucketPolicy = (projectNumber: string, extra: IamPolicy['bindings'] = []): IamPolicy => ({
  version: 1,
  bindings: [
    { role: 'roles/storage.legacyBucketOwner', members: [`projectEditor:${projectNumber}`, `projectOwner:${projectNumber}`] },
    { role: 'roles/storage.legacyBucketReader', members: [`projectViewer:${projectNumber}`] },
    ...(extra ?? []),
  ],
  etag: 'CAE=',
});

function addBuckets(demo: GcpDemoBuilder): void {
  const add = (projectId: string, config: BucketConfig, labels?: Record<string, string>) =>
    demo.add({ uid: gcpUid.bucket(config.name), type: GCP_TYPES.bucket, name: config.name, account: projectId, region: /^[A-Z]+-[A-Z]+\d+$/.test(config.location ?? '') ? config.location!.toLowerCase() : (config.location ?? 'global'), config, tags: labels });
  add(
    prod.projectId,
    {
      location: 'ASIA-NORTHEAST1',
      storageClass: 'STANDARD',
      name: names.publicBucket,
      iamConfiguration: { uniformBucketLevelAccess: { enabled: true, lockedTime: '2025-07-04T02:11:45.102Z' }, publicAccessPrevention: 'inherited' },
      versioning: { enabled: false },
      // Product images for the storefront: public on purpose, but every object in it is readable by anyone.
      iamPolicy: bucketPolicy(prod.number, [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }]),
    },
    { purpose: 'storefront-images' },
  );
  add(
    prod.projectId,
    {
      location: 'ASIA-NORTHEAST1',
      storageClass: 'STANDARD',
      name: names.invoicesBucket,
      // Created in 2023 (before the organisation policy), still on fine-grained object ACLs, and public
      // access prevention left to the organisation (where it is only in dry run).
      iamConfiguration: { uniformBucketLevelAccess: { enabled: false }, publicAccessPrevention: 'inherited' },
      versioning: { enabled: true },
      logging: { logBucket: names.logArchiveBucket, logObjectPrefix: 'access/invoices' },
      encryption: { defaultKmsKeyName: `projects/${prod.projectId}/locations/${region}/keyRings/shop-keys/cryptoKeys/orders-data` },
      iamPolicy: bucketPolicy(prod.number, [{ role: 'roles/storage.objectAdmin', members: [`serviceAccount:${names.web}`] }]),
    },
    { purpose: 'invoices', data: 'confidential' },
  );
  add(prod.projectId, {
    location: 'ASIA-NORTHEAST1',
    storageClass: 'STANDARD',
    name: names.logArchiveBucket,
    iamConfiguration: { uniformBucketLevelAccess: { enabled: true, lockedTime: '2025-05-06T00:00:00.000Z' }, publicAccessPrevention: 'enforced' },
    retentionPolicy: { retentionPeriod: '31536000', isLocked: true, effectiveTime: '2025-05-06T00:00:00.000Z' },
    iamPolicy: bucketPolicy(prod.number, [{ role: 'roles/storage.objectCreator', members: [`serviceAccount:service-${prod.number}@gcp-sa-logging.iam.gserviceaccount.com`] }]),
  });
  add(prod.projectId, {
    location: 'ASIA-NORTHEAST1',
    storageClass: 'STANDARD',
    name: 'shop-prod-tfstate',
    iamConfiguration: { uniformBucketLevelAccess: { enabled: true, lockedTime: '2025-03-13T00:00:00.000Z' }, publicAccessPrevention: 'enforced' },
    versioning: { enabled: true },
    iamPolicy: bucketPolicy(prod.number, [{ role: 'roles/storage.objectAdmin', members: [`serviceAccount:${names.terraform}`, `serviceAccount:${names.ciDeployer}`] }]),
  });
  add(dev.projectId, {
    location: 'ASIA-NORTHEAST1',
    storageClass: 'STANDARD',
    name: 'shop-dev-logs',
    iamConfiguration: { uniformBucketLevelAccess: { enabled: true, lockedTime: '2025-06-01T00:00:00.000Z' }, publicAccessPrevention: 'inherited' },
    iamPolicy: bucketPolicy(dev.number),
  });
  add(dev.projectId, {
    location: 'ASIA',
    storageClass: 'STANDARD',
    name: 'shop-dev-test-fixtures',
    iamConfiguration: { uniformBucketLevelAccess: { enabled: true, lockedTime: '2025-06-01T00:00:00.000Z' }, publicAccessPrevention: 'enforced' },
    iamPolicy: bucketPolicy(dev.number, [{ role: 'roles/storage.objectViewer', members: [`serviceAccount:${names.devRunner}`] }]),
  });
}

function addCloudSql(demo: GcpDemoBuilder): void {
  const instances: SqlInstanceConfig[] = [
    {
      // The orders database: public IP with 0.0.0.0/0 authorised "for the BI tool", unencrypted connections allowed.
      region,
      instanceType: 'CLOUD_SQL_INSTANCE',
      name: names.database,
      databaseVersion: 'POSTGRES_15',
      settings: {
        tier: 'db-custom-2-7680',
        databaseFlags: [
          { name: 'log_disconnections', value: 'on' },
          { name: 'log_statement', value: 'ddl' },
          { name: 'log_min_messages', value: 'warning' },
        ],
        ipConfiguration: { ipv4Enabled: true, requireSsl: false, sslMode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED', authorizedNetworks: [{ value: '0.0.0.0/0', name: 'bi-tool' }] },
        backupConfiguration: { enabled: true, pointInTimeRecoveryEnabled: false },
      },
    },
    {
      // The reporting replica source: private IP only, encrypted connections, CMEK, hardened flags.
      region,
      instanceType: 'CLOUD_SQL_INSTANCE',
      name: 'reporting-mysql',
      databaseVersion: 'MYSQL_8_0',
      settings: {
        tier: 'db-custom-2-7680',
        databaseFlags: [
          { name: 'local_infile', value: 'off' },
          { name: 'skip_show_database', value: 'on' },
        ],
        ipConfiguration: { ipv4Enabled: false, privateNetwork: `projects/${prod.projectId}/global/networks/shop-vpc`, requireSsl: true, sslMode: 'ENCRYPTED_ONLY' },
        backupConfiguration: { enabled: true, binaryLogEnabled: true },
      },
      diskEncryptionConfiguration: { kmsKeyName: `projects/${prod.projectId}/locations/${region}/keyRings/shop-keys/cryptoKeys/orders-data` },
    },
  ];
  for (const i of instances) {
    demo.add({ uid: `//cloudsql.googleapis.com/projects/${prod.projectId}/instances/${i.name}`, type: GCP_TYPES.sqlInstance, name: i.name, account: prod.projectId, region: i.region, config: i, tags: { environment: 'production' } });
  }
}

function addBigQuery(demo: GcpDemoBuilder): void {
  const owners = [
    { role: 'WRITER', specialGroup: 'projectWriters' },
    { role: 'OWNER', specialGroup: 'projectOwners' },
    { role: 'READER', specialGroup: 'projectReaders' },
  ];
  const analyticsKey = `projects/${prod.projectId}/locations/${region}/keyRings/shop-keys/cryptoKeys/analytics`;
  const datasets: { projectId: string; config: DatasetConfig; tables: TableConfig[] }[] = [
    {
      projectId: prod.projectId,
      // Shared with "anyone with a Google account" for a partner's dashboard.
      config: { datasetReference: { projectId: prod.projectId, datasetId: 'storefront_analytics' }, location: region, access: [...owners, { role: 'READER', specialGroup: 'allAuthenticatedUsers' }] },
      tables: [
        { tableReference: { projectId: prod.projectId, datasetId: 'storefront_analytics', tableId: 'page_views' }, type: 'TABLE' },
        { tableReference: { projectId: prod.projectId, datasetId: 'storefront_analytics', tableId: 'daily_sales' }, type: 'VIEW' },
      ],
    },
    {
      projectId: prod.projectId,
      config: {
        datasetReference: { projectId: prod.projectId, datasetId: 'finance' },
        location: region,
        access: [...owners, { role: 'READER', groupByEmail: 'finance@example.com' }],
        defaultEncryptionConfiguration: { kmsKeyName: analyticsKey },
      },
      tables: [{ tableReference: { projectId: prod.projectId, datasetId: 'finance', tableId: 'ledger' }, type: 'TABLE', encryptionConfiguration: { kmsKeyName: analyticsKey } }],
    },
    {
      projectId: dev.projectId,
      // Shared with the whole company domain.
      config: { datasetReference: { projectId: dev.projectId, datasetId: 'sandbox' }, location: region, access: [...owners, { role: 'READER', domain: 'example.com' }] },
      tables: [{ tableReference: { projectId: dev.projectId, datasetId: 'sandbox', tableId: 'orders_sample' }, type: 'TABLE' }],
    },
  ];
  for (const ds of datasets) {
    const { datasetId } = ds.config.datasetReference;
    const uid = `//bigquery.googleapis.com/projects/${ds.projectId}/datasets/${datasetId}`;
    demo.add({ uid, type: GCP_TYPES.dataset, name: datasetId, account: ds.projectId, region: ds.config.location, config: ds.config });
    for (const t of ds.tables) {
      const tableId = t.tableReference.tableId;
      demo.add({ uid: `${uid}/tables/${tableId}`, type: GCP_TYPES.table, name: tableId, account: ds.projectId, region: ds.config.location, config: t, relationships: [{ type: 'in-dataset', target: uid }] });
    }
  }
}

function addDns(demo: GcpDemoBuilder): void {
  const p = prod.projectId;
  const zones: DnsManagedZoneConfig[] = [
    {
      visibility: 'public',
      name: 'shop-example-com',
      dnsName: 'shop.example.com.',
      dnssecConfig: {
        state: 'on',
        defaultKeySpecs: [
          { keyType: 'keySigning', algorithm: 'rsasha256', keyLength: 2048 },
          { keyType: 'zoneSigning', algorithm: 'rsasha256', keyLength: 1024 },
        ],
      },
    },
    // The old campaign domain: DNSSEC never turned on.
    { visibility: 'public', name: 'campaign-example-com', dnsName: 'campaign.example.com.', dnssecConfig: { state: 'off' } },
    { visibility: 'private', name: 'shop-internal', dnsName: 'shop.internal.' },
  ];
  for (const z of zones) demo.add({ uid: `//dns.googleapis.com/projects/${p}/managedZones/${z.name}`, type: GCP_TYPES.dnsManagedZone, name: z.name, account: p, config: z });
  const policy: DnsPolicyConfig = { enableLogging: true, enableInboundForwarding: false, name: 'shop-vpc-query-logging', networks: [{ networkUrl: `${COMPUTE_API}/projects/${p}/global/networks/shop-vpc` }] };
  demo.add({ uid: `//dns.googleapis.com/projects/${p}/policies/${policy.name}`, type: GCP_TYPES.dnsPolicy, name: policy.name, account: p, config: policy });
}

export function addWorkloads(demo: GcpDemoBuilder): void {
  addProjectsCompute(demo);
  addNetworks(demo);
  addInstances(demo);
  addLoadBalancing(demo);
  addBuckets(demo);
  addCloudSql(demo);
  addBigQuery(demo);
  addDns(demo);
}

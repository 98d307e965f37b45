/**
 * Data services: Key Vaults, storage accounts, Azure SQL, PostgreSQL and MySQL flexible servers,
 * Cosmos DB and Databricks. Each misconfigured one has a well-configured neighbour.
 */
import { AZURE_TYPES } from '../model/index.js';
import { armId, type AzureDemoBuilder } from './builder.js';
import { AZURE_DEMO } from './scenario.js';
import { subnetId, VNET } from './network.js';

const { prod, dev, names, region, tenantId } = AZURE_DEMO;
const T = AZURE_TYPES;
const P = prod.subscriptionId;
const D = dev.subscriptionId;

const privateEndpoint = (resource: string, name: string) => [
  {
    id: `${resource}/privateEndpointConnections/${name}`,
    name,
    privateEndpoint: { id: armId(P, 'rg-shop-prod-data', 'Microsoft.Network/privateEndpoints', name) },
    privateLinkServiceConnectionState: { status: 'Approved', description: 'Auto-approved', actionsRequired: 'None' },
    provisioningState: 'Succeeded',
  },
];

function addKeyVaults(demo: AzureDemoBuilder): void {
  demo.arm({
    subscriptionId: P,
    resourceGroup: 'rg-shop-prod-app',
    type: T.keyVault,
    name: 'kv-shop-prod-app',
    region,
    tags: { environment: 'production' },
    config: {
      location: region,
      properties: {
        tenantId,
        enableSoftDelete: true,
        softDeleteRetentionInDays: 90,
        // Access policies, reachable from every network, no purge protection.
        accessPolicies: [
          { tenantId, objectId: '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d', permissions: { keys: ['all'], secrets: ['all'], certificates: ['all'] } },
          { tenantId, objectId: names.pipelineSpObjectId, permissions: { secrets: ['get', 'list', 'set'] } },
        ],
      },
      keys: [{ name: 'order-signing', enabled: true, created: '2024-03-02T01:00:00.000Z', rotationEnabled: false }],
      secrets: [
        { name: 'payment-gateway-api-key', enabled: true, created: '2024-03-02T01:05:00.000Z' },
        { name: 'smtp-password', enabled: true, created: '2024-07-19T08:00:00.000Z' },
      ],
      certificates: [{ name: 'shop-contoso-com', validityInMonths: 24, expires: '2027-01-10T00:00:00.000Z', enabled: true }],
    },
  });
  const secureVault = armId(P, 'rg-shop-prod-data', T.keyVault, 'kv-shop-prod-secure');
  demo.arm({
    subscriptionId: P,
    resourceGroup: 'rg-shop-prod-data',
    type: T.keyVault,
    name: 'kv-shop-prod-secure',
    region,
    tags: { environment: 'production', 'data-classification': 'confidential' },
    config: {
      location: region,
      properties: {
        tenantId,
        enableSoftDelete: true,
        softDeleteRetentionInDays: 90,
        enablePurgeProtection: true,
        enableRbacAuthorization: true,
        publicNetworkAccess: 'Disabled',
        networkAcls: { bypass: 'AzureServices', defaultAction: 'Deny', ipRules: [], virtualNetworkRules: [] },
        privateEndpointConnections: privateEndpoint(secureVault, 'pe-kv-shop-prod-secure'),
      },
      keys: [
        { name: 'cmk-storage', enabled: true, created: '2026-06-01T00:00:00.000Z', expires: '2027-06-01T00:00:00.000Z', rotationEnabled: true },
        { name: 'tde-protector', enabled: true, created: '2026-06-01T00:00:00.000Z', expires: '2027-06-01T00:00:00.000Z', rotationEnabled: true },
      ],
      secrets: [{ name: 'orders-db-readonly', enabled: true, created: '2026-09-01T00:00:00.000Z', expires: '2027-03-01T00:00:00.000Z' }],
      certificates: [{ name: 'api-contoso-com', validityInMonths: 12, expires: '2027-08-15T00:00:00.000Z', enabled: true }],
    },
  });
  demo.arm({
    subscriptionId: D,
    resourceGroup: 'rg-shop-dev',
    type: T.keyVault,
    name: 'kv-shop-dev-01',
    region,
    tags: { environment: 'development' },
    config: {
      location: region,
      properties: {
        tenantId,
        enableSoftDelete: true,
        softDeleteRetentionInDays: 7,
        enableRbacAuthorization: true,
        publicNetworkAccess: 'Enabled',
        networkAcls: { bypass: 'AzureServices', defaultAction: 'Allow', ipRules: [], virtualNetworkRules: [] },
      },
      keys: [{ name: 'dev-signing', enabled: true, created: '2025-12-01T00:00:00.000Z', expires: '2026-12-01T00:00:00.000Z', rotationEnabled: false }],
      secrets: [
        { name: 'test-db-password', enabled: true, created: '2025-12-01T00:00:00.000Z', expires: '2026-12-05T00:00:00.000Z' },
        { name: 'partner-api-token', enabled: true, created: '2026-02-11T00:00:00.000Z' },
      ],
      certificates: [],
    },
  });
}

interface StorageSpec {
  sub: string;
  rg: string;
  name: string;
  tags?: Record<string, string>;
  config: Record<string, unknown>;
}

const blobService = (days: number | undefined, versioning: boolean) => ({
  deleteRetentionPolicy: days ? { enabled: true, days, allowPermanentDelete: false } : { enabled: false, allowPermanentDelete: false },
  containerDeleteRetentionPolicy: days ? { enabled: true, days } : { enabled: false },
  isVersioningEnabled: versioning,
  changeFeed: { enabled: versioning },
});

function addStorage(demo: AzureDemoBuilder): void {
  const dataId = armId(P, 'rg-shop-prod-data', T.storageAccount, names.dataStorage);
  const accounts: StorageSpec[] = [
    {
      // Product images behind the CDN: created in 2021 by a script, never revisited.
      sub: P,
      rg: 'rg-shop-prod-web',
      name: 'stshopprodassets',
      tags: { environment: 'production', workload: 'storefront' },
      config: {
        kind: 'StorageV2',
        sku: { name: 'Standard_LRS', tier: 'Standard' },
        creationTime: '2021-08-30T02:14:55.000Z',
        enableHttpsTrafficOnly: true,
        minimumTlsVersion: 'TLS1_0',
        allowBlobPublicAccess: true,
        allowSharedKeyAccess: true,
        publicNetworkAccess: 'Enabled',
        networkRuleSet: { bypass: 'AzureServices', defaultAction: 'Allow', ipRules: [], virtualNetworkRules: [] },
        encryption: { keySource: 'Microsoft.Storage', services: { blob: { enabled: true, keyType: 'Account' }, file: { enabled: true, keyType: 'Account' } } },
        keyCreationTime: { key1: '2021-08-30T02:14:55.000Z', key2: '2021-08-30T02:14:55.000Z' },
        allowCrossTenantReplication: true,
        blobService: blobService(undefined, false),
        fileService: { shareDeleteRetentionPolicy: { enabled: false }, protocolSettings: { smb: {} } },
        containers: [
          { name: '$web', publicAccess: 'None' },
          { name: 'product-images', publicAccess: 'Blob' },
          { name: 'exports', publicAccess: 'Container' },
        ],
      },
    },
    {
      // Orders and invoices: the hardened account.
      sub: P,
      rg: 'rg-shop-prod-data',
      name: names.dataStorage,
      tags: { environment: 'production', 'data-classification': 'confidential', 'mamori:criticality': 'high' },
      config: {
        kind: 'StorageV2',
        sku: { name: 'Standard_GZRS', tier: 'Standard' },
        creationTime: '2024-03-05T00:40:12.000Z',
        enableHttpsTrafficOnly: true,
        minimumTlsVersion: 'TLS1_2',
        allowBlobPublicAccess: false,
        allowSharedKeyAccess: false,
        defaultToOAuthAuthentication: true,
        publicNetworkAccess: 'Disabled',
        networkRuleSet: { bypass: 'AzureServices', defaultAction: 'Deny', ipRules: [], virtualNetworkRules: [] },
        encryption: {
          keySource: 'Microsoft.Keyvault',
          requireInfrastructureEncryption: true,
          keyvaultproperties: { keyname: 'cmk-storage', keyvaulturi: 'https://kv-shop-prod-secure.vault.azure.net/' },
          services: { blob: { enabled: true, keyType: 'Account' }, file: { enabled: true, keyType: 'Account' } },
        },
        keyPolicy: { keyExpirationPeriodInDays: 90 },
        sasPolicy: { sasExpirationPeriod: '1.00:00:00', expirationAction: 'Log' },
        keyCreationTime: { key1: '2026-10-01T00:00:00.000Z', key2: '2026-10-01T00:00:00.000Z' },
        allowCrossTenantReplication: false,
        privateEndpointConnections: privateEndpoint(dataId, 'pe-stshopproddata-blob'),
        isHnsEnabled: false,
        blobService: blobService(30, true),
        fileService: { shareDeleteRetentionPolicy: { enabled: true, days: 14 }, protocolSettings: { smb: { versions: 'SMB3.1.1', channelEncryption: 'AES-256-GCM', authenticationMethods: 'Kerberos', kerberosTicketEncryption: 'AES-256' } } },
        containers: [
          { name: 'invoices', publicAccess: 'None' },
          { name: 'order-exports', publicAccess: 'None' },
        ],
      },
    },
    {
      // The Activity Log archive (diagnostic settings write insights-activity-logs here).
      sub: P,
      rg: 'rg-contoso-logging',
      name: names.activityLogStorage,
      tags: { environment: 'production', workload: 'security-logging' },
      config: {
        kind: 'StorageV2',
        sku: { name: 'Standard_GRS', tier: 'Standard' },
        creationTime: '2024-01-25T03:00:00.000Z',
        enableHttpsTrafficOnly: true,
        minimumTlsVersion: 'TLS1_2',
        allowBlobPublicAccess: false,
        allowSharedKeyAccess: true,
        publicNetworkAccess: 'Enabled',
        networkRuleSet: { bypass: 'AzureServices', defaultAction: 'Deny', ipRules: [{ value: '203.0.113.0/28', action: 'Allow' }], virtualNetworkRules: [] },
        encryption: { keySource: 'Microsoft.Storage', requireInfrastructureEncryption: true, services: { blob: { enabled: true, keyType: 'Account' } } },
        keyCreationTime: { key1: '2024-01-25T03:00:00.000Z', key2: '2024-01-25T03:00:00.000Z' },
        allowCrossTenantReplication: false,
        immutableStorageWithVersioning: { enabled: true },
        blobService: blobService(30, true),
        fileService: { shareDeleteRetentionPolicy: { enabled: true, days: 7 }, protocolSettings: { smb: {} } },
        containers: [{ name: 'insights-activity-logs', publicAccess: 'None' }],
      },
    },
    {
      // Network Watcher flow logs.
      sub: P,
      rg: 'rg-contoso-logging',
      name: 'stcontosoflowlogs',
      tags: { environment: 'production', workload: 'security-logging' },
      config: {
        kind: 'StorageV2',
        sku: { name: 'Standard_LRS', tier: 'Standard' },
        creationTime: '2024-01-25T03:10:00.000Z',
        enableHttpsTrafficOnly: true,
        minimumTlsVersion: 'TLS1_2',
        allowBlobPublicAccess: false,
        allowSharedKeyAccess: true,
        publicNetworkAccess: 'Enabled',
        networkRuleSet: { bypass: 'AzureServices', defaultAction: 'Deny', ipRules: [], virtualNetworkRules: [] },
        encryption: { keySource: 'Microsoft.Storage', services: { blob: { enabled: true, keyType: 'Account' } } },
        keyCreationTime: { key1: '2026-08-25T03:10:00.000Z', key2: '2026-08-25T03:10:00.000Z' },
        keyPolicy: { keyExpirationPeriodInDays: 180 },
        allowCrossTenantReplication: false,
        blobService: blobService(7, false),
        fileService: { shareDeleteRetentionPolicy: { enabled: true, days: 7 }, protocolSettings: { smb: {} } },
        containers: [{ name: 'insights-logs-flowlogflowevent', publicAccess: 'None' }],
      },
    },
    {
      // Nightly exports of the backup automation (contoso-backup-automation reads its keys every night).
      sub: P,
      rg: 'rg-shop-prod-data',
      name: 'stshopprodbackups',
      tags: { environment: 'production', workload: 'backup', 'data-classification': 'confidential' },
      config: {
        kind: 'StorageV2',
        sku: { name: 'Standard_RAGRS', tier: 'Standard' },
        creationTime: '2024-02-14T01:30:00.000Z',
        enableHttpsTrafficOnly: true,
        minimumTlsVersion: 'TLS1_2',
        allowBlobPublicAccess: false,
        allowSharedKeyAccess: true,
        publicNetworkAccess: 'Enabled',
        networkRuleSet: { bypass: 'AzureServices', defaultAction: 'Allow', ipRules: [], virtualNetworkRules: [] },
        encryption: { keySource: 'Microsoft.Storage', services: { blob: { enabled: true, keyType: 'Account' } } },
        keyCreationTime: { key1: '2024-02-14T01:30:00.000Z', key2: '2024-02-14T01:30:00.000Z' },
        allowCrossTenantReplication: false,
        blobService: blobService(14, true),
        fileService: { shareDeleteRetentionPolicy: { enabled: true, days: 14 }, protocolSettings: { smb: {} } },
        containers: [
          { name: 'sql-exports', publicAccess: 'None' },
          { name: 'vm-snapshots-meta', publicAccess: 'None' },
        ],
      },
    },
    {
      sub: D,
      rg: 'rg-shop-dev',
      name: 'stshopdevscratch',
      tags: { environment: 'development' },
      config: {
        kind: 'StorageV2',
        sku: { name: 'Standard_LRS', tier: 'Standard' },
        creationTime: '2023-07-12T09:00:00.000Z',
        enableHttpsTrafficOnly: false,
        minimumTlsVersion: 'TLS1_1',
        allowBlobPublicAccess: false,
        allowSharedKeyAccess: true,
        publicNetworkAccess: 'Enabled',
        networkRuleSet: { bypass: 'None', defaultAction: 'Allow', ipRules: [], virtualNetworkRules: [] },
        encryption: { keySource: 'Microsoft.Storage', services: { blob: { enabled: true, keyType: 'Account' } } },
        keyCreationTime: { key1: '2026-10-20T00:00:00.000Z', key2: '2023-07-12T09:00:00.000Z' },
        blobService: blobService(7, false),
        fileService: { shareDeleteRetentionPolicy: { enabled: true, days: 7 }, protocolSettings: { smb: { versions: 'SMB2.1;SMB3.0;SMB3.1.1', channelEncryption: 'AES-128-CCM;AES-128-GCM;AES-256-GCM' } } },
        containers: [{ name: 'test-data', publicAccess: 'None' }],
      },
    },
  ];
  for (const a of accounts) demo.arm({ subscriptionId: a.sub, resourceGroup: a.rg, type: T.storageAccount, name: a.name, region, tags: a.tags, config: a.config });
}

const tdeServer = (keyType: 'ServiceManaged' | 'AzureKeyVault') =>
  keyType === 'ServiceManaged'
    ? { serverKeyType: 'ServiceManaged', serverKeyName: 'ServiceManaged' }
    : { serverKeyType: 'AzureKeyVault', serverKeyName: 'kv-shop-prod-secure_tde-protector_0f1e2d3c4b5a69788796a5b4c3d2e1f0', uri: 'https://kv-shop-prod-secure.vault.azure.net/keys/tde-protector/0f1e2d3c4b5a69788796a5b4c3d2e1f0', autoRotationEnabled: true };

function addSql(demo: AzureDemoBuilder): void {
  const reporting = armId(P, 'rg-shop-prod-data', T.sqlServer, 'sql-shop-reporting');
  demo.arm({
    subscriptionId: P,
    resourceGroup: 'rg-shop-prod-data',
    type: T.sqlServer,
    name: 'sql-shop-reporting',
    region,
    tags: { environment: 'production', workload: 'reporting' },
    config: {
      version: '12.0',
      minimalTlsVersion: '1.0',
      publicNetworkAccess: 'Enabled',
      // The BI vendor's tool connects "from anywhere".
      firewallRules: [
        { name: 'AllowAllWindowsAzureIps', startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' },
        { name: 'AllowAll', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' },
        { name: 'office-tokyo', startIpAddress: '203.0.113.0', endIpAddress: '203.0.113.15' },
      ],
      auditing: { state: 'Disabled', retentionDays: 0, isAzureMonitorTargetEnabled: false },
      encryptionProtector: tdeServer('ServiceManaged'),
      securityAlertPolicy: { state: 'Disabled', emailAccountAdmins: false, emailAddresses: [], disabledAlerts: [] },
      vulnerabilityAssessment: {},
      sqlVulnerabilityAssessment: { state: 'Disabled' },
    },
  });
  const orders = armId(P, 'rg-shop-prod-data', T.sqlServer, 'sql-shop-orders');
  demo.arm({
    subscriptionId: P,
    resourceGroup: 'rg-shop-prod-data',
    type: T.sqlServer,
    name: 'sql-shop-orders',
    region,
    tags: { environment: 'production', workload: 'orders', 'data-classification': 'confidential' },
    config: {
      version: '12.0',
      minimalTlsVersion: '1.2',
      publicNetworkAccess: 'Disabled',
      administrators: { administratorType: 'ActiveDirectory', principalType: 'Group', login: 'sg-sql-admins', sid: '3f4a5b6c-7d8e-4f9a-8b0c-1d2e3f4a5b6c', tenantId, azureADOnlyAuthentication: true },
      privateEndpointConnections: [{ id: `${orders}/privateEndpointConnections/pe-sql-shop-orders`, properties: { privateEndpoint: { id: armId(P, 'rg-shop-prod-data', 'Microsoft.Network/privateEndpoints', 'pe-sql-shop-orders') }, privateLinkServiceConnectionState: { status: 'Approved' } } }],
      firewallRules: [],
      auditing: { state: 'Enabled', retentionDays: 0, isAzureMonitorTargetEnabled: true },
      encryptionProtector: tdeServer('AzureKeyVault'),
      entraAdministrator: { administratorType: 'ActiveDirectory', login: 'sg-sql-admins', sid: '3f4a5b6c-7d8e-4f9a-8b0c-1d2e3f4a5b6c', azureADOnlyAuthentication: true },
      securityAlertPolicy: { state: 'Enabled', emailAccountAdmins: true, emailAddresses: ['secops@contoso.com'], disabledAlerts: [] },
      vulnerabilityAssessment: {},
      sqlVulnerabilityAssessment: { state: 'Enabled' },
    },
  });
  const databases: [string, string, string, 'Enabled' | 'Disabled'][] = [
    [reporting, 'sql-shop-reporting', 'reporting', 'Enabled'],
    // Restored from a 2019 backup for a one-off analysis, TDE never turned on.
    [reporting, 'sql-shop-reporting', 'reporting-restore-2019', 'Disabled'],
    [orders, 'sql-shop-orders', 'orders', 'Enabled'],
  ];
  for (const [server, serverName, db, tde] of databases) {
    const id = `${server}/databases/${db}`;
    demo.add({
      uid: id,
      type: T.sqlDatabase,
      name: `${serverName}/${db}`,
      account: P,
      region,
      config: { id, name: db, sku: { name: 'GP_S_Gen5', tier: 'GeneralPurpose', family: 'Gen5', capacity: 2 }, status: 'Online', transparentDataEncryption: { state: tde }, auditing: { state: 'Disabled', retentionDays: 0 } },
    });
  }
}

function addFlexibleServers(demo: AzureDemoBuilder): void {
  demo.arm({
    subscriptionId: P,
    resourceGroup: 'rg-shop-prod-data',
    type: T.postgresqlFlexibleServer,
    name: 'psql-shop-catalog',
    region,
    tags: { environment: 'production', workload: 'catalog' },
    config: {
      version: '16',
      network: { publicNetworkAccess: 'Enabled' },
      authConfig: { activeDirectoryAuth: 'Enabled', passwordAuth: 'Enabled', tenantId },
      dataEncryption: { type: 'SystemManaged' },
      backup: { backupRetentionDays: 14, geoRedundantBackup: 'Enabled' },
      highAvailability: { mode: 'ZoneRedundant', standbyAvailabilityZone: '2' },
      configurations: { require_secure_transport: 'on', ssl_min_protocol_version: 'TLSv1.2', log_connections: 'on', log_disconnections: 'on', connection_throttle_enable: 'on', log_retention_days: '3' },
      firewallRules: [
        { name: 'AllowAllAzureServicesAndResourcesWithinAzureIps_2025-6-12_9-41-2', startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' },
        { name: 'office', startIpAddress: '203.0.113.0', endIpAddress: '203.0.113.15' },
      ],
    },
  });
  demo.arm({
    subscriptionId: P,
    resourceGroup: 'rg-shop-prod-data',
    type: T.mysqlFlexibleServer,
    name: 'mysql-shop-cms',
    region,
    tags: { environment: 'production', workload: 'cms' },
    config: {
      version: '8.0.21',
      network: { publicNetworkAccess: 'Disabled', delegatedSubnetResourceId: subnetId(VNET.prod, 'snet-data') },
      backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' },
      highAvailability: { mode: 'Disabled' },
      configurations: { require_secure_transport: 'ON', tls_version: 'TLSv1.2,TLSv1.3', audit_log_enabled: 'ON', audit_log_events: 'CONNECTION,DDL' },
      firewallRules: [],
    },
  });
  demo.arm({
    subscriptionId: D,
    resourceGroup: 'rg-shop-dev',
    type: T.mysqlFlexibleServer,
    name: 'mysql-shop-dev',
    region,
    tags: { environment: 'development' },
    config: {
      version: '8.0.21',
      network: { publicNetworkAccess: 'Enabled' },
      backup: { backupRetentionDays: 1, geoRedundantBackup: 'Disabled' },
      highAvailability: { mode: 'Disabled' },
      configurations: { require_secure_transport: 'OFF', tls_version: 'TLSv1.2', audit_log_enabled: 'OFF', audit_log_events: 'CONNECTION' },
      firewallRules: [{ name: 'AllowAll_2025-5-20_7-40-11', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' }],
    },
  });
}

function addCosmosAndDatabricks(demo: AzureDemoBuilder): void {
  demo.arm({
    subscriptionId: P,
    resourceGroup: 'rg-shop-prod-data',
    type: T.cosmosDbAccount,
    name: 'cosmos-shop-carts',
    region,
    tags: { environment: 'production', workload: 'carts' },
    config: {
      kind: 'GlobalDocumentDB',
      publicNetworkAccess: 'Enabled',
      isVirtualNetworkFilterEnabled: false,
      ipRules: [],
      virtualNetworkRules: [],
      disableLocalAuth: false,
      minimalTlsVersion: 'Tls12',
      backupPolicy: { type: 'Periodic', periodicModeProperties: { backupIntervalInMinutes: 240, backupRetentionIntervalInHours: 8, backupStorageRedundancy: 'Geo' } },
      disableKeyBasedMetadataWriteAccess: false,
    },
  });
  const sessions = armId(P, 'rg-shop-prod-data', T.cosmosDbAccount, 'cosmos-shop-sessions');
  demo.arm({
    subscriptionId: P,
    resourceGroup: 'rg-shop-prod-data',
    type: T.cosmosDbAccount,
    name: 'cosmos-shop-sessions',
    region,
    tags: { environment: 'production', workload: 'sessions' },
    config: {
      kind: 'GlobalDocumentDB',
      publicNetworkAccess: 'Disabled',
      isVirtualNetworkFilterEnabled: true,
      ipRules: [],
      virtualNetworkRules: [{ id: subnetId(VNET.prod, 'snet-app'), ignoreMissingVNetServiceEndpoint: false }],
      disableLocalAuth: true,
      minimalTlsVersion: 'Tls12',
      privateEndpointConnections: privateEndpoint(sessions, 'pe-cosmos-shop-sessions'),
      backupPolicy: { type: 'Continuous', continuousModeProperties: { tier: 'Continuous30Days' } },
      disableKeyBasedMetadataWriteAccess: true,
    },
  });
  demo.arm({
    subscriptionId: P,
    resourceGroup: 'rg-shop-prod-data',
    type: T.databricksWorkspace,
    name: 'dbw-shop-analytics',
    region,
    tags: { environment: 'production' },
    config: {
      sku: { name: 'premium' },
      parameters: {
        customVirtualNetworkId: { type: 'String', value: VNET.prod },
        customPublicSubnetName: { type: 'String', value: 'snet-databricks-public' },
        customPrivateSubnetName: { type: 'String', value: 'snet-databricks-private' },
        enableNoPublicIp: { type: 'Bool', value: true },
        requireInfrastructureEncryption: { type: 'Bool', value: true },
      },
      publicNetworkAccess: 'Disabled',
      requiredNsgRules: 'NoAzureDatabricksRules',
    },
  });
  demo.arm({
    subscriptionId: D,
    resourceGroup: 'rg-shop-dev',
    type: T.databricksWorkspace,
    name: 'dbw-shop-dev',
    region,
    tags: { environment: 'development' },
    config: {
      sku: { name: 'standard' },
      parameters: { enableNoPublicIp: { type: 'Bool', value: false }, requireInfrastructureEncryption: { type: 'Bool', value: false } },
      publicNetworkAccess: 'Enabled',
      requiredNsgRules: 'AllRules',
    },
  });
}

export function addData(demo: AzureDemoBuilder): void {
  addKeyVaults(demo);
  addStorage(demo);
  addSql(demo);
  addFlexibleServers(demo);
  addCosmosAndDatabricks(demo);
}

/**
 * Azure resources in a mamori snapshot.
 *
 * Types are Azure Resource Manager resource types (`Microsoft.Storage/storageAccounts`), the names
 * ARM templates, Bicep, Azure Policy and Resource Graph use. Entra ID objects, which live in
 * Microsoft Graph rather than ARM, use the `Microsoft.Graph/…` names of the Bicep Graph extension
 * where it has one. Uids are ARM resource ids in lower case (ARM ids are case-insensitive, and the
 * Activity Log writes them in upper case, so one case makes them join); Graph objects use
 * `/tenants/<tenant>/…`.
 *
 * `Resource.account` is the scope id: the subscription id for everything inside a subscription,
 * `managementGroups/<name>` for a management group and what is assigned on it, `tenants/<id>` for
 * Entra ID. `Resource.region` is the ARM location in lower case (`japaneast`), `global` for
 * subscription-, management-group- and tenant-level settings.
 *
 * Configs are what the official SDK returns (`@azure/arm-*`, deserialised: camelCase, `properties`
 * flattened, e.g. `StorageAccount.enableHttpsTrafficOnly`) and, for Entra ID, the Microsoft Graph
 * v1.0 JSON, trimmed to what rules read, plus the fields mamori adds, which are marked below.
 * The SDK types are imported for their shapes only (type imports, nothing loaded at run time).
 * No I/O here.
 */
/**
 * The collector API a resource comes from (one ARM resource provider, or Microsoft Graph);
 * collection errors are recorded per API and scope, and rules name the APIs they read.
 */
export const AZURE_SERVICES = [
  'resources',
  'managementgroups',
  'authorization',
  'policy',
  'graph',
  'security',
  'monitor',
  'operationalinsights',
  'network',
  'keyvault',
  'storage',
  'sql',
  'postgresql',
  'mysql',
  'web',
  'compute',
  'containerservice',
  'cosmosdb',
  'databricks',
  'locks',
] as const;
export type AzureService = (typeof AZURE_SERVICES)[number];

export const AZURE_TYPES = {
  // Hierarchy and access
  managementGroup: 'Microsoft.Management/managementGroups',
  subscription: 'Microsoft.Resources/subscriptions',
  resourceGroup: 'Microsoft.Resources/resourceGroups',
  lock: 'Microsoft.Authorization/locks',
  roleDefinition: 'Microsoft.Authorization/roleDefinitions',
  roleAssignment: 'Microsoft.Authorization/roleAssignments',
  policyAssignment: 'Microsoft.Authorization/policyAssignments',
  policyExemption: 'Microsoft.Authorization/policyExemptions',
  /** mamori pseudo type: a subscription's Azure Policy compliance summary, one per subscription. */
  policyStates: 'Microsoft.PolicyInsights/policyStates',
  // Entra ID (Microsoft Graph)
  /** The tenant with its directory-wide policies (security defaults, authorization policy, group settings). */
  tenant: 'Microsoft.Graph/organization',
  user: 'Microsoft.Graph/users',
  application: 'Microsoft.Graph/applications',
  conditionalAccessPolicy: 'Microsoft.Graph/conditionalAccessPolicies',
  namedLocation: 'Microsoft.Graph/namedLocations',
  directoryRoleAssignment: 'Microsoft.Graph/roleManagement/directory/roleAssignments',
  // Microsoft Defender for Cloud
  pricing: 'Microsoft.Security/pricings',
  securityContact: 'Microsoft.Security/securityContacts',
  autoProvisioningSetting: 'Microsoft.Security/autoProvisioningSettings',
  securitySetting: 'Microsoft.Security/settings',
  /** A Defender for Cloud recommendation's result on one resource (assessment status Healthy / Unhealthy / NotApplicable). */
  securityAssessment: 'Microsoft.Security/assessments',
  // Monitoring
  diagnosticSetting: 'Microsoft.Insights/diagnosticSettings',
  activityLogAlert: 'Microsoft.Insights/activityLogAlerts',
  applicationInsights: 'Microsoft.Insights/components',
  logAnalyticsWorkspace: 'Microsoft.OperationalInsights/workspaces',
  // Networking
  networkSecurityGroup: 'Microsoft.Network/networkSecurityGroups',
  networkWatcher: 'Microsoft.Network/networkWatchers',
  flowLog: 'Microsoft.Network/networkWatchers/flowLogs',
  publicIpAddress: 'Microsoft.Network/publicIPAddresses',
  virtualNetwork: 'Microsoft.Network/virtualNetworks',
  applicationGateway: 'Microsoft.Network/applicationGateways',
  wafPolicy: 'Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies',
  bastionHost: 'Microsoft.Network/bastionHosts',
  virtualNetworkGateway: 'Microsoft.Network/virtualNetworkGateways',
  // Data
  keyVault: 'Microsoft.KeyVault/vaults',
  storageAccount: 'Microsoft.Storage/storageAccounts',
  sqlServer: 'Microsoft.Sql/servers',
  sqlDatabase: 'Microsoft.Sql/servers/databases',
  postgresqlFlexibleServer: 'Microsoft.DBforPostgreSQL/flexibleServers',
  mysqlFlexibleServer: 'Microsoft.DBforMySQL/flexibleServers',
  cosmosDbAccount: 'Microsoft.DocumentDB/databaseAccounts',
  databricksWorkspace: 'Microsoft.Databricks/workspaces',
  // Compute
  webApp: 'Microsoft.Web/sites',
  virtualMachine: 'Microsoft.Compute/virtualMachines',
  disk: 'Microsoft.Compute/disks',
  aksCluster: 'Microsoft.ContainerService/managedClusters',
} as const;
export type AzureType = (typeof AZURE_TYPES)[keyof typeof AZURE_TYPES];

/** An ARM id in the one case mamori keys on (lower case, no trailing slash). */
export function azureUid(armId: string): string {
  return armId.toLowerCase().replace(/\/+$/, '');
}

export const azureScope = {
  subscription: (subscriptionId: string) => subscriptionId.toLowerCase(),
  managementGroup: (name: string) => `managementGroups/${name}`,
  tenant: (tenantId: string) => `tenants/${tenantId.toLowerCase()}`,
};

export const azureIds = {
  subscription: (subscriptionId: string) => `/subscriptions/${subscriptionId.toLowerCase()}`,
  managementGroup: (name: string) => `/providers/microsoft.management/managementgroups/${name.toLowerCase()}`,
  tenant: (tenantId: string) => `/tenants/${tenantId.toLowerCase()}`,
  /** Graph objects: `/tenants/<tenant>/<collection>/<object id>`. */
  graphObject: (tenantId: string, collection: string, id: string) => `/tenants/${tenantId.toLowerCase()}/${collection}/${id.toLowerCase()}`,
  policyStates: (subscriptionId: string) => `/subscriptions/${subscriptionId.toLowerCase()}/providers/microsoft.policyinsights/policystates/latest`,
};

/** Parts of an ARM id: subscription, resource group, provider type, name. */
export function parseArmId(armId: string): { subscriptionId?: string; resourceGroup?: string; name: string } {
  const parts = armId.split('/').filter(Boolean);
  const at = (key: string) => {
    const i = parts.findIndex((p) => p.toLowerCase() === key);
    return i >= 0 ? parts[i + 1] : undefined;
  };
  return { subscriptionId: at('subscriptions')?.toLowerCase(), resourceGroup: at('resourcegroups'), name: parts[parts.length - 1] ?? '' };
}

export * from './hierarchy.js';
export * from './entra.js';
export * from './defender.js';
export * from './monitor.js';
export * from './network.js';
export * from './keyvault.js';
export * from './storage.js';
export * from './databases.js';
export * from './compute.js';

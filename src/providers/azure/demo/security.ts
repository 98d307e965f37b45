/**
 * Microsoft Defender for Cloud (plans, security contacts, integrations, system-update assessments)
 * and Azure Monitor (Activity Log export, resource diagnostic settings, Activity Log alerts, Log
 * Analytics and Application Insights). Production is watched; development much less.
 */
import { AZURE_TYPES, SYSTEM_UPDATE_ASSESSMENTS } from '../model/index.js';
import { armId, type AzureDemoBuilder } from './builder.js';
import { AZURE_DEMO } from './scenario.js';

const { prod, dev, names, region } = AZURE_DEMO;
const T = AZURE_TYPES;

type Plan = [name: string, tier: 'Standard' | 'Free', subPlan?: string, extensions?: [string, boolean][]];

const PLANS: Record<string, Plan[]> = {
  [prod.subscriptionId]: [
    ['CloudPosture', 'Standard', undefined, [['AgentlessVmScanning', true], ['AgentlessDiscoveryForKubernetes', true], ['SensitiveDataDiscovery', true], ['ContainerRegistriesVulnerabilityAssessments', true], ['EntraPermissionsManagement', false]]],
    ['VirtualMachines', 'Standard', 'P2', [['AgentlessVmScanning', true], ['MdeDesignatedSubscription', false], ['FileIntegrityMonitoring', false]]],
    ['SqlServers', 'Standard'],
    ['SqlServerVirtualMachines', 'Free'],
    ['OpenSourceRelationalDatabases', 'Free'],
    ['CosmosDbs', 'Free'],
    ['StorageAccounts', 'Standard', 'DefenderForStorageV2', [['OnUploadMalwareScanning', true], ['SensitiveDataDiscovery', true]]],
    ['AppServices', 'Standard'],
    ['KeyVaults', 'Standard', 'PerKeyVault'],
    ['Arm', 'Standard', 'PerSubscription'],
    ['Containers', 'Standard', undefined, [['ContainerRegistriesVulnerabilityAssessments', true], ['AgentlessDiscoveryForKubernetes', true], ['AgentlessVmScanning', true], ['ContainerSensor', false]]],
    ['Api', 'Free'],
  ],
  // Development: only the free foundational CSPM.
  [dev.subscriptionId]: [
    ['CloudPosture', 'Free'],
    ['VirtualMachines', 'Free'],
    ['SqlServers', 'Free'],
    ['SqlServerVirtualMachines', 'Free'],
    ['OpenSourceRelationalDatabases', 'Free'],
    ['CosmosDbs', 'Free'],
    ['StorageAccounts', 'Free'],
    ['AppServices', 'Free'],
    ['KeyVaults', 'Free'],
    ['Arm', 'Free'],
    ['Containers', 'Free'],
    ['Api', 'Free'],
  ],
};

function addDefender(demo: AzureDemoBuilder): void {
  for (const [sub, plans] of Object.entries(PLANS)) {
    for (const [name, tier, subPlan, extensions] of plans) {
      const id = `/subscriptions/${sub}/providers/Microsoft.Security/pricings/${name}`;
      demo.add({
        uid: id,
        type: T.pricing,
        name,
        account: sub,
        config: { name, pricingTier: tier, ...(subPlan ? { subPlan } : {}), ...(extensions ? { extensions: extensions.map(([n, on]) => ({ name: n, isEnabled: on ? 'True' : 'False' })) } : {}) },
      });
    }
    const contactId = `/subscriptions/${sub}/providers/Microsoft.Security/securityContacts/default`;
    demo.add({
      uid: contactId,
      type: T.securityContact,
      name: 'default',
      account: sub,
      config:
        sub === prod.subscriptionId
          ? {
              name: 'default',
              emails: 'secops@contoso.com;yuki.tanaka@contoso.com',
              phone: '+81-3-5555-0100',
              isEnabled: true,
              notificationsByRole: { state: 'On', roles: ['Owner', 'ServiceAdmin'] },
              notificationsSources: [
                { sourceType: 'Alert', minimalSeverity: 'Medium' },
                { sourceType: 'AttackPath', minimalRiskLevel: 'High' },
              ],
            }
          : { name: 'default', emails: '', isEnabled: false, notificationsByRole: { state: 'Off', roles: [] }, notificationsSources: [] },
    });
    for (const [name, kind, enabled] of [
      ['MCAS', 'DataExportSettings', sub === prod.subscriptionId],
      ['WDATP', 'DataExportSettings', sub === prod.subscriptionId],
      ['Sentinel', 'AlertSyncSettings', false],
    ] as const) {
      demo.add({ uid: `/subscriptions/${sub}/providers/Microsoft.Security/settings/${name}`, type: T.securitySetting, name, account: sub, config: { name, kind, enabled } });
    }
    demo.add({ uid: `/subscriptions/${sub}/providers/Microsoft.Security/autoProvisioningSettings/default`, type: T.autoProvisioningSetting, name: 'default', account: sub, config: { name: 'default', autoProvision: 'Off' } });
  }
  // System updates (Azure Update Manager) per machine.
  const machines: [string, string, string, string, 'Healthy' | 'Unhealthy'][] = [
    [prod.subscriptionId, 'rg-shop-prod-web', 'vm-shop-web-01', 'Healthy', 'Healthy'],
    [prod.subscriptionId, 'rg-shop-prod-app', names.batchVm, 'Healthy', 'Unhealthy'],
    [dev.subscriptionId, 'rg-shop-dev', 'vm-shop-jump-01', 'Unhealthy', 'Unhealthy'],
  ];
  for (const [sub, rg, vm, periodic, installed] of machines) {
    const vmId = armId(sub, rg, 'Microsoft.Compute/virtualMachines', vm);
    for (const [key, displayName, code] of [
      [SYSTEM_UPDATE_ASSESSMENTS.periodicAssessment, 'Machines should be configured to periodically check for missing system updates', periodic],
      [SYSTEM_UPDATE_ASSESSMENTS.updatesInstalled, 'System updates should be installed on your machines (powered by Azure Update Manager)', installed],
    ] as const) {
      const id = `${vmId}/providers/Microsoft.Security/assessments/${key}`;
      demo.add({ uid: id, type: T.securityAssessment, name: key, account: sub, config: { name: key, displayName, status: { code }, resourceDetails: { source: 'Azure', id: vmId } } });
    }
  }
}

export const WORKSPACES = {
  prod: armId(prod.subscriptionId, 'rg-contoso-logging', 'Microsoft.OperationalInsights/workspaces', names.workspace),
  dev: armId(dev.subscriptionId, 'rg-shop-dev', 'Microsoft.OperationalInsights/workspaces', 'law-shop-dev'),
  /** Deleted in 2025; a diagnostic setting in development still points at it. */
  devDeleted: armId(dev.subscriptionId, 'rg-shop-dev-sandbox', 'Microsoft.OperationalInsights/workspaces', 'law-sandbox-old'),
};
export const ACTIVITY_LOG_STORAGE = armId(prod.subscriptionId, 'rg-contoso-logging', 'Microsoft.Storage/storageAccounts', names.activityLogStorage);
const ACTION_GROUP = armId(prod.subscriptionId, 'rg-contoso-logging', 'microsoft.insights/actionGroups', 'ag-secops');

function diagnosticSetting(demo: AzureDemoBuilder, account: string, target: string, name: string, config: Record<string, unknown>): void {
  const id = `${target}/providers/microsoft.insights/diagnosticSettings/${name}`;
  demo.add({ uid: id, type: T.diagnosticSetting, name, account, config: { id, name, ...config, targetResourceId: target.toLowerCase() } });
}

const logs = (...categories: string[]) => categories.map((category) => ({ category, enabled: true }));

function addMonitor(demo: AzureDemoBuilder): void {
  // The production Activity Log goes to the security workspace and to the archive storage account; development has no export.
  // Two settings: one feeds the security team's workspace (Microsoft Sentinel), one the seven-year archive (where the demo Activity Log comes from).
  diagnosticSetting(demo, prod.subscriptionId, `/subscriptions/${prod.subscriptionId}`, names.activityLogSetting, {
    workspaceId: WORKSPACES.prod,
    logs: logs('Administrative', 'Security', 'ServiceHealth', 'Alert', 'Recommendation', 'Policy', 'Autoscale', 'ResourceHealth'),
  });
  diagnosticSetting(demo, prod.subscriptionId, `/subscriptions/${prod.subscriptionId}`, names.activityLogArchive, {
    storageAccountId: ACTIVITY_LOG_STORAGE,
    logs: logs('Administrative', 'Security', 'Alert', 'Policy'),
  });
  // Key Vault audit logs: the secure vault logs, the application vault does not.
  diagnosticSetting(demo, prod.subscriptionId, armId(prod.subscriptionId, 'rg-shop-prod-data', 'Microsoft.KeyVault/vaults', 'kv-shop-prod-secure'), 'audit-to-law', {
    workspaceId: WORKSPACES.prod,
    logs: [{ categoryGroup: 'audit', enabled: true }, { categoryGroup: 'allLogs', enabled: false }],
    metrics: [{ category: 'AllMetrics', enabled: true }],
  });
  diagnosticSetting(demo, prod.subscriptionId, armId(prod.subscriptionId, 'rg-shop-prod-network', 'Microsoft.Network/applicationGateways', 'agw-shop-prod'), 'waf-to-law', {
    workspaceId: WORKSPACES.prod,
    logs: logs('ApplicationGatewayAccessLog', 'ApplicationGatewayFirewallLog'),
  });
  // The development vault still sends to a workspace deleted last year.
  diagnosticSetting(demo, dev.subscriptionId, armId(dev.subscriptionId, 'rg-shop-dev', 'Microsoft.KeyVault/vaults', 'kv-shop-dev-01'), 'audit-to-sandbox', {
    workspaceId: WORKSPACES.devDeleted,
    logs: logs('AuditEvent'),
  });

  // Activity Log alerts (CIS 6.1.2.x): production has most of them, development none.
  const alerts: [string, string][] = [
    ['alert-policy-assignment-write', 'Microsoft.Authorization/policyAssignments/write'],
    ['alert-policy-assignment-delete', 'Microsoft.Authorization/policyAssignments/delete'],
    ['alert-nsg-write', 'Microsoft.Network/networkSecurityGroups/write'],
    ['alert-nsg-delete', 'Microsoft.Network/networkSecurityGroups/delete'],
    ['alert-security-solution-write', 'Microsoft.Security/securitySolutions/write'],
    ['alert-sql-firewall-write', 'Microsoft.Sql/servers/firewallRules/write'],
    ['alert-public-ip-write', 'Microsoft.Network/publicIPAddresses/write'],
  ];
  for (const [name, operation] of alerts) {
    const id = armId(prod.subscriptionId, 'rg-contoso-logging', 'microsoft.insights/activityLogAlerts', name);
    demo.add({
      uid: id,
      type: T.activityLogAlert,
      name,
      account: prod.subscriptionId,
      region: 'global',
      config: {
        id,
        name,
        location: 'Global',
        scopes: [`/subscriptions/${prod.subscriptionId}`],
        condition: { allOf: [{ field: 'category', equals: 'Administrative' }, { field: 'operationName', equals: operation }] },
        actions: { actionGroups: [{ actionGroupId: ACTION_GROUP, webhookProperties: {} }] },
        enabled: true,
        description: `CIS: ${operation}`,
      },
    });
  }
  // The public IP delete alert was narrowed to one resource group during an incident and never widened again.
  const narrowed = armId(prod.subscriptionId, 'rg-contoso-logging', 'microsoft.insights/activityLogAlerts', 'alert-public-ip-delete');
  demo.add({
    uid: narrowed,
    type: T.activityLogAlert,
    name: 'alert-public-ip-delete',
    account: prod.subscriptionId,
    region: 'global',
    config: {
      id: narrowed,
      name: 'alert-public-ip-delete',
      location: 'Global',
      scopes: [`/subscriptions/${prod.subscriptionId}/resourceGroups/rg-shop-prod-network`],
      condition: { allOf: [{ field: 'category', equals: 'Administrative' }, { field: 'operationName', equals: 'Microsoft.Network/publicIPAddresses/delete' }] },
      actions: { actionGroups: [{ actionGroupId: ACTION_GROUP, webhookProperties: {} }] },
      enabled: true,
    },
  });
  const health = armId(prod.subscriptionId, 'rg-contoso-logging', 'microsoft.insights/activityLogAlerts', 'alert-service-health');
  demo.add({
    uid: health,
    type: T.activityLogAlert,
    name: 'alert-service-health',
    account: prod.subscriptionId,
    region: 'global',
    config: {
      id: health,
      name: 'alert-service-health',
      location: 'Global',
      scopes: [`/subscriptions/${prod.subscriptionId}`],
      condition: { allOf: [{ field: 'category', equals: 'ServiceHealth' }, { anyOf: [{ field: 'properties.impactedServices[*].ImpactedRegions[*].RegionName', containsAny: ['Japan East', 'Japan West'] }] }] },
      actions: { actionGroups: [{ actionGroupId: ACTION_GROUP, webhookProperties: {} }] },
      enabled: true,
    },
  });

  // Log Analytics workspaces and Application Insights.
  demo.arm({ subscriptionId: prod.subscriptionId, resourceGroup: 'rg-contoso-logging', type: T.logAnalyticsWorkspace, name: names.workspace, region, config: { retentionInDays: 365, sku: { name: 'PerGB2018' }, publicNetworkAccessForIngestion: 'Enabled', publicNetworkAccessForQuery: 'Enabled', features: { enableLogAccessUsingOnlyResourcePermissions: true } } });
  demo.arm({ subscriptionId: dev.subscriptionId, resourceGroup: 'rg-shop-dev', type: T.logAnalyticsWorkspace, name: 'law-shop-dev', region, config: { retentionInDays: 30, sku: { name: 'PerGB2018' }, publicNetworkAccessForIngestion: 'Enabled', publicNetworkAccessForQuery: 'Enabled', features: { enableLogAccessUsingOnlyResourcePermissions: true } } });
  demo.arm({
    subscriptionId: prod.subscriptionId,
    resourceGroup: 'rg-shop-prod-web',
    type: T.applicationInsights,
    name: 'appi-shop-storefront',
    region,
    config: { kind: 'web', workspaceResourceId: WORKSPACES.prod, ingestionMode: 'LogAnalytics', publicNetworkAccessForIngestion: 'Enabled', publicNetworkAccessForQuery: 'Enabled', disableLocalAuth: true },
  });
}

export function addSecurity(demo: AzureDemoBuilder): void {
  addDefender(demo);
  addMonitor(demo);
}

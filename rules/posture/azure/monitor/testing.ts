/** Fixture builders for the monitor rules. */
import type { RuleFixture } from '../../../../src/model/rule.js';
import type { CollectionError, Resource } from '../../../../src/model/types.js';
import {
  AZURE_TYPES,
  azureIds,
  type ActivityLogAlertAnyOfOrLeafCondition,
  type ActivityLogAlertConfig,
  type ApplicationInsightsConfig,
  type DiagnosticSettingConfig,
  type KeyVaultConfig,
  type LogAnalyticsWorkspaceConfig,
  type StorageAccountConfig,
} from '../../../../src/providers/azure/model/index.js';
import { armId, armResource, azureResource, LOCATION, subscription, SUBSCRIPTION, TENANT } from '../testing.js';

export const MONITORING_RG = 'rg-monitoring';
export const SUBSCRIPTION_UID = azureIds.subscription(SUBSCRIPTION);
/** The subscription as alert scopes and diagnostic settings write it. */
export const SUBSCRIPTION_PATH = `/subscriptions/${SUBSCRIPTION}`;
export const ACTION_GROUP_ID = armId('Microsoft.Insights/actionGroups', 'ag-secops', { resourceGroup: MONITORING_RG });
export const WORKSPACE_ID = armId(AZURE_TYPES.logAnalyticsWorkspace, 'law-security', { resourceGroup: MONITORING_RG });
export const LOG_STORAGE_ID = armId(AZURE_TYPES.storageAccount, 'stactivitylogs01', { resourceGroup: MONITORING_RG });
export const EVENT_HUB_RULE_ID = armId('Microsoft.EventHub/namespaces', 'evhns-siem/authorizationrules/RootManageSharedAccessKey', { resourceGroup: MONITORING_RG });

/** An Activity Log alert rule in rg-monitoring, scoped to the subscription, enabled, with an action group. */
export function activityLogAlert(name: string, allOf: ActivityLogAlertAnyOfOrLeafCondition[], config: Partial<ActivityLogAlertConfig> = {}, extra: { subscription?: string } = {}): Resource {
  return armResource<ActivityLogAlertConfig>(
    AZURE_TYPES.activityLogAlert,
    name,
    {
      location: 'Global',
      scopes: [`/subscriptions/${extra.subscription ?? SUBSCRIPTION}`],
      enabled: true,
      condition: { allOf },
      actions: { actionGroups: [{ actionGroupId: ACTION_GROUP_ID, webhookProperties: {} }] },
      ...config,
    },
    { resourceGroup: MONITORING_RG, region: 'global', subscription: extra.subscription },
  );
}

/** The alert the portal creates for one Administrative operation. */
export const operationAlert = (name: string, operation: string, config: Partial<ActivityLogAlertConfig> = {}) =>
  activityLogAlert(name, [{ field: 'category', equals: 'Administrative' }, { field: 'operationName', equals: operation }], config);

/** A diagnostic setting on `target` (an ARM id or `/subscriptions/<id>`). */
export function diagnosticSetting(target: string, name: string, config: Partial<DiagnosticSettingConfig>, extra: { account?: string } = {}): Resource {
  const id = `${target}/providers/microsoft.insights/diagnosticSettings/${name}`;
  return azureResource<DiagnosticSettingConfig>({
    type: AZURE_TYPES.diagnosticSetting,
    uid: id,
    name,
    account: extra.account ?? SUBSCRIPTION,
    region: 'global',
    config: { id, name, targetResourceId: target.toLowerCase(), ...config },
  });
}

/** Every Activity Log category, enabled. */
export const ALL_ACTIVITY_LOGS = ['Administrative', 'Security', 'ServiceHealth', 'Alert', 'Recommendation', 'Policy', 'Autoscale', 'ResourceHealth'].map((category) => ({ category, enabled: true }));
export const activityLogs = (enabled: string[]) => ALL_ACTIVITY_LOGS.map((l) => ({ ...l, enabled: enabled.includes(l.category) }));

/** The subscription's Activity Log export. */
export const activityLogSetting = (name: string, config: Partial<DiagnosticSettingConfig>) => diagnosticSetting(SUBSCRIPTION_PATH, name, config);

export function workspace(name: string, config: Partial<LogAnalyticsWorkspaceConfig> = {}, extra: { subscription?: string } = {}): Resource {
  return armResource<LogAnalyticsWorkspaceConfig>(
    AZURE_TYPES.logAnalyticsWorkspace,
    name,
    { sku: { name: 'PerGB2018' }, retentionInDays: 90, publicNetworkAccessForIngestion: 'Enabled', publicNetworkAccessForQuery: 'Enabled', ...config },
    { resourceGroup: MONITORING_RG, subscription: extra.subscription },
  );
}

export function appInsights(name: string, config: Partial<ApplicationInsightsConfig> = {}): Resource {
  return armResource<ApplicationInsightsConfig>(AZURE_TYPES.applicationInsights, name, { kind: 'web', workspaceResourceId: WORKSPACE_ID, ingestionMode: 'LogAnalytics', ...config });
}

export function keyVault(name: string, config: Partial<KeyVaultConfig> = {}): Resource {
  return armResource<KeyVaultConfig>(AZURE_TYPES.keyVault, name, {
    location: LOCATION,
    properties: { tenantId: TENANT, enableSoftDelete: true, softDeleteRetentionInDays: 90, enablePurgeProtection: true, enableRbacAuthorization: true, publicNetworkAccess: 'Disabled' } as KeyVaultConfig['properties'],
    ...config,
  });
}

export function storageAccount(name: string, config: Partial<StorageAccountConfig> = {}, extra: { subscription?: string } = {}): Resource {
  return armResource<StorageAccountConfig>(
    AZURE_TYPES.storageAccount,
    name,
    { kind: 'StorageV2', sku: { name: 'Standard_GRS' }, enableHttpsTrafficOnly: true, minimumTlsVersion: 'TLS1_2', allowBlobPublicAccess: false, encryption: { keySource: 'Microsoft.Storage', services: { blob: { enabled: true, keyType: 'Account' } } }, ...config } as Partial<StorageAccountConfig>,
    { resourceGroup: MONITORING_RG, subscription: extra.subscription },
  );
}

/** A failed listing of a monitor type in the home subscription. */
export function monitorListingError(type: string, operation: string): CollectionError {
  return { provider: 'azure', account: SUBSCRIPTION, region: 'global', service: 'monitor', operation, code: 'AccessDenied', message: 'The client does not have authorization to perform action microsoft.insights/*/read', resourceTypes: [type] };
}

export { subscription, SUBSCRIPTION };

/**
 * The fixtures every "alert for <operation>" rule shares: the portal's alert passes, and each way an
 * alert can fall short fails. `other` is a different operation of the same resource type.
 */
export function operationAlertFixtures(operation: string, other: string): RuleFixture[] {
  const resourceType = operation.split('/').slice(0, -1).join('/');
  const base = (name: string, expect: RuleFixture['expect'], resources: Resource[], errors?: CollectionError[]): RuleFixture => ({
    name,
    expect,
    target: SUBSCRIPTION_UID,
    resources: [subscription(), ...resources],
    errors,
  });
  return [
    base('no activity log alert at all', 'FAIL', []),
    base('the portal alert: category Administrative and the operation, subscription scope, action group', 'PASS', [operationAlert('alert-op', operation)]),
    base('operation name in another case, in an anyOf with another operation', 'PASS', [
      activityLogAlert('alert-ops', [{ field: 'category', equals: 'administrative' }, { anyOf: [{ field: 'operationName', equals: other }, { field: 'operationName', equals: operation.toLowerCase() }] }]),
    ]),
    base('every operation on the resource type (resourceType filter only)', 'PASS', [activityLogAlert('alert-type', [{ field: 'category', equals: 'Administrative' }, { field: 'resourceType', equals: resourceType }])]),
    base('a level filter that keeps every level does not narrow', 'PASS', [
      activityLogAlert('alert-levels', [
        { field: 'category', equals: 'Administrative' },
        { field: 'operationName', equals: operation },
        { field: 'level', containsAny: ['Critical', 'Error', 'Warning', 'Informational', 'Verbose'] },
      ]),
    ]),
    base('alert disabled', 'FAIL', [operationAlert('alert-off', operation, { enabled: false })]),
    base('alert scoped to one resource group only', 'FAIL', [operationAlert('alert-rg', operation, { scopes: [`/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-app`] })]),
    base('alert without an action group', 'FAIL', [operationAlert('alert-silent', operation, { actions: { actionGroups: [] } })]),
    base('alert narrowed to level Critical', 'FAIL', [
      activityLogAlert('alert-critical', [{ field: 'category', equals: 'Administrative' }, { field: 'operationName', equals: operation }, { field: 'level', equals: 'Critical' }]),
    ]),
    base('alert narrowed to one resource group and successful calls', 'FAIL', [
      activityLogAlert('alert-narrow', [
        { field: 'category', equals: 'Administrative' },
        { field: 'operationName', equals: operation },
        { field: 'resourceGroup', equals: 'rg-app' },
        { field: 'status', equals: 'Succeeded' },
      ]),
    ]),
    base('alert for another operation only', 'FAIL', [operationAlert('alert-other', other)]),
    base('a condition member the collector could not read (an anyOf an older API version dropped)', 'FAIL', [
      activityLogAlert('alert-unreadable', [{ field: 'category', equals: 'Administrative' }, { field: 'operationName', equals: operation }, {}]),
    ]),
    base('a wildcard in the operation name is compared literally', 'FAIL', [operationAlert('alert-wildcard', `${resourceType}/*`)]),
    base('alert of another subscription', 'FAIL', [activityLogAlert('alert-elsewhere', [{ field: 'category', equals: 'Administrative' }, { field: 'operationName', equals: operation }], {}, { subscription: '66666666-7777-4888-8999-000000000000' })]),
    base('activity log alerts could not be listed', 'NOT_ASSESSED', [], [monitorListingError(AZURE_TYPES.activityLogAlert, 'ActivityLogAlerts_ListBySubscriptionId')]),
  ];
}

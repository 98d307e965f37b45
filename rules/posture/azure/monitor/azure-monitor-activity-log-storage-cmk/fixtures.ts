import type { RuleFixture } from '../../../../../src/model/rule.js';
import { AZURE_TYPES } from '../../../../../src/providers/azure/model/index.js';
import { armId, OTHER_SUBSCRIPTION, subscription } from '../../testing.js';
import { ALL_ACTIVITY_LOGS, activityLogSetting, LOG_STORAGE_ID, MONITORING_RG, monitorListingError, storageAccount, SUBSCRIPTION_UID, WORKSPACE_ID } from '../testing.js';

const CMK = {
  keySource: 'Microsoft.Keyvault',
  keyVaultProperties: { keyName: 'activity-log-cmk', keyVaultUri: 'https://kv-logs-keys.vault.azure.net/' },
  services: { blob: { enabled: true, keyType: 'Account' } },
} as const;
const CENTRAL_ID = armId(AZURE_TYPES.storageAccount, 'stcentrallogs', { subscription: OTHER_SUBSCRIPTION, resourceGroup: MONITORING_RG });
const archive = (storageAccountId: string) => activityLogSetting('activity-log-archive', { storageAccountId, logs: ALL_ACTIVITY_LOGS });

export const fixtures: RuleFixture[] = [
  { name: 'archived to a storage account with Microsoft-managed keys', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription(), archive(LOG_STORAGE_ID), storageAccount('stactivitylogs01')] },
  {
    name: 'key source left out (the default, Microsoft-managed)',
    expect: 'FAIL',
    target: SUBSCRIPTION_UID,
    resources: [subscription(), archive(LOG_STORAGE_ID), storageAccount('stactivitylogs01', { encryption: { services: { blob: { enabled: true } } } })],
  },
  { name: 'archived to a storage account with a customer-managed key', expect: 'PASS', target: SUBSCRIPTION_UID, resources: [subscription(), archive(LOG_STORAGE_ID), storageAccount('stactivitylogs01', { encryption: CMK })] },
  {
    name: 'central log account in another scanned subscription, customer-managed key',
    expect: 'PASS',
    target: SUBSCRIPTION_UID,
    resources: [subscription(), subscription({}, OTHER_SUBSCRIPTION), archive(CENTRAL_ID), storageAccount('stcentrallogs', { encryption: CMK }, { subscription: OTHER_SUBSCRIPTION })],
  },
  { name: 'exported to Log Analytics only', expect: 'NOT_APPLICABLE', target: SUBSCRIPTION_UID, resources: [subscription(), activityLogSetting('activity-log-to-law', { workspaceId: WORKSPACE_ID, logs: ALL_ACTIVITY_LOGS })] },
  { name: 'central log account not in the snapshot', expect: 'NOT_ASSESSED', target: SUBSCRIPTION_UID, resources: [subscription(), archive(CENTRAL_ID)] },
  { name: 'diagnostic settings could not be listed', expect: 'NOT_ASSESSED', target: SUBSCRIPTION_UID, resources: [subscription()], errors: [monitorListingError(AZURE_TYPES.diagnosticSetting, 'SubscriptionDiagnosticSettings_List')] },
];

import type { RuleFixture } from '../../../../../src/model/rule.js';
import { AZURE_TYPES } from '../../../../../src/providers/azure/model/index.js';
import { ALL_ACTIVITY_LOGS, activityLogs, activityLogSetting, diagnosticSetting, EVENT_HUB_RULE_ID, keyVault, LOG_STORAGE_ID, monitorListingError, subscription, SUBSCRIPTION_UID, WORKSPACE_ID } from '../testing.js';
import { armId } from '../../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'no diagnostic setting on the subscription', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription()] },
  {
    name: 'only a resource (Key Vault) has a diagnostic setting',
    expect: 'FAIL',
    target: SUBSCRIPTION_UID,
    resources: [subscription(), keyVault('kv-app'), diagnosticSetting(armId(AZURE_TYPES.keyVault, 'kv-app'), 'kv-audit', { workspaceId: WORKSPACE_ID, logs: [{ categoryGroup: 'audit', enabled: true }] })],
  },
  { name: 'a setting with every category turned off', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription(), activityLogSetting('activity-log', { workspaceId: WORKSPACE_ID, logs: activityLogs([]) })] },
  { name: 'exported to Log Analytics', expect: 'PASS', target: SUBSCRIPTION_UID, resources: [subscription(), activityLogSetting('activity-log-to-law', { workspaceId: WORKSPACE_ID, logs: ALL_ACTIVITY_LOGS })] },
  {
    name: 'exported to a storage account and an event hub, some categories',
    expect: 'PASS',
    target: SUBSCRIPTION_UID,
    resources: [subscription(), activityLogSetting('activity-log-archive', { storageAccountId: LOG_STORAGE_ID, eventHubAuthorizationRuleId: EVENT_HUB_RULE_ID, eventHubName: 'activity-log', logs: activityLogs(['Administrative', 'Security']) })],
  },
  { name: 'diagnostic settings could not be listed', expect: 'NOT_ASSESSED', target: SUBSCRIPTION_UID, resources: [subscription()], errors: [monitorListingError(AZURE_TYPES.diagnosticSetting, 'SubscriptionDiagnosticSettings_List')] },
];

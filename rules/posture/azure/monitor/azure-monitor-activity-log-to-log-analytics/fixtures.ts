import type { RuleFixture } from '../../../../../src/model/rule.js';
import { AZURE_TYPES } from '../../../../../src/providers/azure/model/index.js';
import { ALL_ACTIVITY_LOGS, activityLogs, activityLogSetting, LOG_STORAGE_ID, monitorListingError, subscription, SUBSCRIPTION_UID, WORKSPACE_ID } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'no export', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription()] },
  { name: 'storage archive only', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription(), activityLogSetting('activity-log-archive', { storageAccountId: LOG_STORAGE_ID, logs: ALL_ACTIVITY_LOGS })] },
  {
    name: 'to Log Analytics without Security',
    expect: 'FAIL',
    target: SUBSCRIPTION_UID,
    resources: [subscription(), activityLogSetting('activity-log-to-law', { workspaceId: WORKSPACE_ID, logs: activityLogs(['Administrative', 'Policy']) })],
  },
  {
    name: 'archive plus every category to Log Analytics',
    expect: 'PASS',
    target: SUBSCRIPTION_UID,
    resources: [
      subscription(),
      activityLogSetting('activity-log-archive', { storageAccountId: LOG_STORAGE_ID, logs: ALL_ACTIVITY_LOGS }),
      activityLogSetting('activity-log-to-law', { workspaceId: WORKSPACE_ID, logs: ALL_ACTIVITY_LOGS }),
    ],
  },
  { name: 'diagnostic settings could not be listed', expect: 'NOT_ASSESSED', target: SUBSCRIPTION_UID, resources: [subscription()], errors: [monitorListingError(AZURE_TYPES.diagnosticSetting, 'SubscriptionDiagnosticSettings_List')] },
];

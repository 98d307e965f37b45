import type { RuleFixture } from '../../../../../src/model/rule.js';
import { AZURE_TYPES } from '../../../../../src/providers/azure/model/index.js';
import { ALL_ACTIVITY_LOGS, activityLogs, activityLogSetting, LOG_STORAGE_ID, monitorListingError, subscription, SUBSCRIPTION_UID, WORKSPACE_ID } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'no Activity Log export', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription()] },
  {
    name: 'Administrative and Security only (Policy and Alert missing)',
    expect: 'FAIL',
    target: SUBSCRIPTION_UID,
    resources: [subscription(), activityLogSetting('activity-log', { workspaceId: WORKSPACE_ID, logs: activityLogs(['Administrative', 'Security', 'ServiceHealth']) })],
  },
  {
    name: 'all four categories listed but Policy disabled',
    expect: 'FAIL',
    target: SUBSCRIPTION_UID,
    resources: [subscription(), activityLogSetting('activity-log', { workspaceId: WORKSPACE_ID, logs: activityLogs(['Administrative', 'Security', 'Alert']) })],
  },
  { name: 'every category to Log Analytics', expect: 'PASS', target: SUBSCRIPTION_UID, resources: [subscription(), activityLogSetting('activity-log-to-law', { workspaceId: WORKSPACE_ID, logs: ALL_ACTIVITY_LOGS })] },
  {
    name: 'the four categories split over two settings',
    expect: 'PASS',
    target: SUBSCRIPTION_UID,
    resources: [
      subscription(),
      activityLogSetting('activity-log-to-law', { workspaceId: WORKSPACE_ID, logs: activityLogs(['Administrative', 'Security']) }),
      activityLogSetting('activity-log-archive', { storageAccountId: LOG_STORAGE_ID, logs: activityLogs(['Alert', 'Policy']) }),
    ],
  },
  { name: 'diagnostic settings could not be listed', expect: 'NOT_ASSESSED', target: SUBSCRIPTION_UID, resources: [subscription()], errors: [monitorListingError(AZURE_TYPES.diagnosticSetting, 'SubscriptionDiagnosticSettings_List')] },
];

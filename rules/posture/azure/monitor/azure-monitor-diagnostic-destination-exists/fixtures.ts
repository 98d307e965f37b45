import type { RuleFixture } from '../../../../../src/model/rule.js';
import type { Resource } from '../../../../../src/model/types.js';
import { AZURE_TYPES } from '../../../../../src/providers/azure/model/index.js';
import { armId, OTHER_SUBSCRIPTION, subscription } from '../../testing.js';
import { ALL_ACTIVITY_LOGS, activityLogSetting, diagnosticSetting, EVENT_HUB_RULE_ID, keyVault, LOG_STORAGE_ID, MONITORING_RG, storageAccount, SUBSCRIPTION_PATH, WORKSPACE_ID, workspace } from '../testing.js';

const settingUid = (target: string, name: string) => `${target}/providers/microsoft.insights/diagnosticSettings/${name}`.toLowerCase();
const VAULT_ID = armId(AZURE_TYPES.keyVault, 'kv-payments');
const CENTRAL_WORKSPACE_ID = armId(AZURE_TYPES.logAnalyticsWorkspace, 'law-central', { subscription: OTHER_SUBSCRIPTION, resourceGroup: MONITORING_RG });
const fixture = (name: string, expect: RuleFixture['expect'], target: string, resources: Resource[], errors?: RuleFixture['errors']): RuleFixture => ({ name, expect, target, resources, errors });

export const fixtures: RuleFixture[] = [
  fixture('Activity Log sent to a deleted workspace', 'FAIL', settingUid(SUBSCRIPTION_PATH, 'activity-log-to-law'), [
    subscription(),
    activityLogSetting('activity-log-to-law', { workspaceId: WORKSPACE_ID, logs: ALL_ACTIVITY_LOGS }),
  ]),
  fixture('Key Vault audit archived to a deleted storage account', 'FAIL', settingUid(VAULT_ID, 'kv-archive'), [
    subscription(),
    keyVault('kv-payments'),
    diagnosticSetting(VAULT_ID, 'kv-archive', { storageAccountId: LOG_STORAGE_ID, logs: [{ categoryGroup: 'audit', enabled: true }] }),
  ]),
  fixture('workspace and storage account exist (ids in another case)', 'PASS', settingUid(SUBSCRIPTION_PATH, 'activity-log'), [
    subscription(),
    workspace('law-security'),
    storageAccount('stactivitylogs01'),
    activityLogSetting('activity-log', { workspaceId: WORKSPACE_ID.toUpperCase(), storageAccountId: LOG_STORAGE_ID, logs: ALL_ACTIVITY_LOGS }),
  ]),
  fixture('central workspace in another scanned subscription', 'PASS', settingUid(SUBSCRIPTION_PATH, 'activity-log'), [
    subscription(),
    subscription({}, OTHER_SUBSCRIPTION),
    workspace('law-central', {}, { subscription: OTHER_SUBSCRIPTION }),
    activityLogSetting('activity-log', { workspaceId: CENTRAL_WORKSPACE_ID, logs: ALL_ACTIVITY_LOGS }),
  ]),
  fixture('central workspace in a subscription that was not scanned', 'NOT_ASSESSED', settingUid(SUBSCRIPTION_PATH, 'activity-log'), [
    subscription(),
    activityLogSetting('activity-log', { workspaceId: CENTRAL_WORKSPACE_ID, logs: ALL_ACTIVITY_LOGS }),
  ]),
  fixture('event hub only', 'NOT_APPLICABLE', settingUid(SUBSCRIPTION_PATH, 'activity-log-siem'), [
    subscription(),
    activityLogSetting('activity-log-siem', { eventHubAuthorizationRuleId: EVENT_HUB_RULE_ID, eventHubName: 'activity-log', logs: ALL_ACTIVITY_LOGS }),
  ]),
  fixture(
    'workspaces could not be listed',
    'NOT_ASSESSED',
    settingUid(SUBSCRIPTION_PATH, 'activity-log-to-law'),
    [subscription(), activityLogSetting('activity-log-to-law', { workspaceId: WORKSPACE_ID, logs: ALL_ACTIVITY_LOGS })],
    [{ provider: 'azure', account: '11111111-2222-4333-8444-555555555555', region: 'global', service: 'operationalinsights', operation: 'Workspaces_List', code: 'AccessDenied', message: 'denied', resourceTypes: [AZURE_TYPES.logAnalyticsWorkspace] }],
  ),
];

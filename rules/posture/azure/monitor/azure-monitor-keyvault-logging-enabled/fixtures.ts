import type { RuleFixture } from '../../../../../src/model/rule.js';
import { AZURE_TYPES } from '../../../../../src/providers/azure/model/index.js';
import { armId } from '../../testing.js';
import { activityLogSetting, ALL_ACTIVITY_LOGS, diagnosticSetting, EVENT_HUB_RULE_ID, keyVault, LOG_STORAGE_ID, monitorListingError, WORKSPACE_ID } from '../testing.js';

const VAULT_ID = armId(AZURE_TYPES.keyVault, 'kv-payments');
const VAULT_UID = VAULT_ID.toLowerCase();
const vault = keyVault('kv-payments');

export const fixtures: RuleFixture[] = [
  { name: 'no diagnostic setting on the vault', expect: 'FAIL', target: VAULT_UID, resources: [vault, activityLogSetting('activity-log', { workspaceId: WORKSPACE_ID, logs: ALL_ACTIVITY_LOGS })] },
  {
    name: 'metrics only, audit logs off',
    expect: 'FAIL',
    target: VAULT_UID,
    resources: [
      vault,
      diagnosticSetting(VAULT_ID, 'kv-metrics', {
        workspaceId: WORKSPACE_ID,
        logs: [
          { categoryGroup: 'audit', enabled: false },
          { category: 'AzurePolicyEvaluationDetails', enabled: true },
        ],
        metrics: [{ category: 'AllMetrics', enabled: true }],
      }),
    ],
  },
  {
    name: 'another vault is logged, not this one',
    expect: 'FAIL',
    target: VAULT_UID,
    resources: [vault, keyVault('kv-other'), diagnosticSetting(armId(AZURE_TYPES.keyVault, 'kv-other'), 'kv-audit', { workspaceId: WORKSPACE_ID, logs: [{ categoryGroup: 'audit', enabled: true }] })],
  },
  { name: 'audit category group to Log Analytics', expect: 'PASS', target: VAULT_UID, resources: [vault, diagnosticSetting(VAULT_ID, 'kv-audit', { workspaceId: WORKSPACE_ID, logs: [{ categoryGroup: 'audit', enabled: true }] })] },
  {
    name: 'AuditEvent category to a storage account (setting id in another case)',
    expect: 'PASS',
    target: VAULT_UID,
    resources: [vault, diagnosticSetting(VAULT_ID.toUpperCase(), 'kv-archive', { storageAccountId: LOG_STORAGE_ID, logs: [{ category: 'AuditEvent', enabled: true }] })],
  },
  { name: 'allLogs to an event hub', expect: 'PASS', target: VAULT_UID, resources: [vault, diagnosticSetting(VAULT_ID, 'kv-siem', { eventHubAuthorizationRuleId: EVENT_HUB_RULE_ID, logs: [{ categoryGroup: 'allLogs', enabled: true }] })] },
  { name: 'diagnostic settings could not be listed', expect: 'NOT_ASSESSED', target: VAULT_UID, resources: [vault], errors: [monitorListingError(AZURE_TYPES.diagnosticSetting, 'DiagnosticSettings_List')] },
];

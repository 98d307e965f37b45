import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as auditLogsAllServices } from './gcp-logging-audit-logs-all-services/rule.js';
import { rule as workspaceAuditLogSharing } from './gcp-logging-workspace-audit-log-sharing/rule.js';
import { rule as sinkAllEntries } from './gcp-logging-sink-all-entries/rule.js';
import { rule as sinkBucketRetentionLocked } from './gcp-logging-sink-bucket-retention-locked/rule.js';
import { rule as metricAlertProjectOwnership } from './gcp-logging-metric-alert-project-ownership/rule.js';
import { rule as metricAlertAuditConfig } from './gcp-logging-metric-alert-audit-config/rule.js';
import { rule as metricAlertCustomRole } from './gcp-logging-metric-alert-custom-role/rule.js';
import { rule as metricAlertFirewall } from './gcp-logging-metric-alert-firewall/rule.js';
import { rule as metricAlertRoute } from './gcp-logging-metric-alert-route/rule.js';
import { rule as metricAlertNetwork } from './gcp-logging-metric-alert-network/rule.js';
import { rule as metricAlertStorageIam } from './gcp-logging-metric-alert-storage-iam/rule.js';
import { rule as metricAlertSqlConfig } from './gcp-logging-metric-alert-sql-config/rule.js';
import { rule as accessTransparencyEnabled } from './gcp-logging-access-transparency-enabled/rule.js';
import { rule as bucketRetentionOneYear } from './gcp-logging-bucket-retention-one-year/rule.js';
import { rule as sinkEnabled } from './gcp-logging-sink-enabled/rule.js';

export const rules: PostureRule[] = [
  auditLogsAllServices,
  workspaceAuditLogSharing,
  sinkAllEntries,
  sinkBucketRetentionLocked,
  metricAlertProjectOwnership,
  metricAlertAuditConfig,
  metricAlertCustomRole,
  metricAlertFirewall,
  metricAlertRoute,
  metricAlertNetwork,
  metricAlertStorageIam,
  metricAlertSqlConfig,
  accessTransparencyEnabled,
  bucketRetentionOneYear,
  sinkEnabled,
];

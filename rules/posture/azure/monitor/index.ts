import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as activityLogExported } from './azure-monitor-activity-log-exported/rule.js';
import { rule as activityLogCategories } from './azure-monitor-activity-log-categories/rule.js';
import { rule as activityLogStorageCmk } from './azure-monitor-activity-log-storage-cmk/rule.js';
import { rule as keyvaultLoggingEnabled } from './azure-monitor-keyvault-logging-enabled/rule.js';
import { rule as nsgFlowLogsToLogAnalytics } from './azure-monitor-nsg-flow-logs-to-log-analytics/rule.js';
import { rule as vnetFlowLogsToLogAnalytics } from './azure-monitor-vnet-flow-logs-to-log-analytics/rule.js';
import { rule as entraGraphActivityLogsExported } from './azure-monitor-entra-graph-activity-logs-exported/rule.js';
import { rule as entraActivityLogsExported } from './azure-monitor-entra-activity-logs-exported/rule.js';
import { rule as intuneLogsToLogAnalytics } from './azure-monitor-intune-logs-to-log-analytics/rule.js';
import { rule as alertPolicyAssignmentCreate } from './azure-monitor-alert-policy-assignment-create/rule.js';
import { rule as alertPolicyAssignmentDelete } from './azure-monitor-alert-policy-assignment-delete/rule.js';
import { rule as alertNsgCreateUpdate } from './azure-monitor-alert-nsg-create-update/rule.js';
import { rule as alertNsgDelete } from './azure-monitor-alert-nsg-delete/rule.js';
import { rule as alertSecuritySolutionCreateUpdate } from './azure-monitor-alert-security-solution-create-update/rule.js';
import { rule as alertSecuritySolutionDelete } from './azure-monitor-alert-security-solution-delete/rule.js';
import { rule as alertSqlFirewallRuleCreateUpdate } from './azure-monitor-alert-sql-firewall-rule-create-update/rule.js';
import { rule as alertSqlFirewallRuleDelete } from './azure-monitor-alert-sql-firewall-rule-delete/rule.js';
import { rule as alertPublicIpCreateUpdate } from './azure-monitor-alert-public-ip-create-update/rule.js';
import { rule as alertPublicIpDelete } from './azure-monitor-alert-public-ip-delete/rule.js';
import { rule as alertServiceHealth } from './azure-monitor-alert-service-health/rule.js';
import { rule as applicationInsightsConfigured } from './azure-monitor-application-insights-configured/rule.js';
import { rule as resourceLoggingEnabled } from './azure-monitor-resource-logging-enabled/rule.js';
import { rule as productionSkusWithSla } from './azure-monitor-production-skus-with-sla/rule.js';
import { rule as activityLogToLogAnalytics } from './azure-monitor-activity-log-to-log-analytics/rule.js';
import { rule as logAnalyticsRetention } from './azure-monitor-log-analytics-retention/rule.js';
import { rule as diagnosticDestinationExists } from './azure-monitor-diagnostic-destination-exists/rule.js';

/** Azure Monitor: Activity Log export, resource logs, Activity Log alerts, Application Insights, Log Analytics (CIS 6.1). */
export const rules: PostureRule[] = [
  activityLogExported,
  activityLogCategories,
  activityLogStorageCmk,
  keyvaultLoggingEnabled,
  nsgFlowLogsToLogAnalytics,
  vnetFlowLogsToLogAnalytics,
  entraGraphActivityLogsExported,
  entraActivityLogsExported,
  intuneLogsToLogAnalytics,
  alertPolicyAssignmentCreate,
  alertPolicyAssignmentDelete,
  alertNsgCreateUpdate,
  alertNsgDelete,
  alertSecuritySolutionCreateUpdate,
  alertSecuritySolutionDelete,
  alertSqlFirewallRuleCreateUpdate,
  alertSqlFirewallRuleDelete,
  alertPublicIpCreateUpdate,
  alertPublicIpDelete,
  alertServiceHealth,
  applicationInsightsConfigured,
  resourceLoggingEnabled,
  productionSkusWithSla,
  activityLogToLogAnalytics,
  logAnalyticsRetention,
  diagnosticDestinationExists,
];

/** Azure Monitor: diagnostic settings, Activity Log alerts, Application Insights, Log Analytics. Conventions: ./index.ts. */
import type { ActivityLogAlertResource, DiagnosticSettingsResource } from '@azure/arm-monitor';
import type { Workspace as LogAnalyticsWorkspace } from '@azure/arm-operationalinsights';

export type DiagnosticSettingConfig = Pick<DiagnosticSettingsResource, 'id' | 'name' | 'storageAccountId' | 'workspaceId' | 'eventHubAuthorizationRuleId' | 'eventHubName' | 'logs' | 'metrics'> & {
  /** mamori: the id of what the setting is on (a subscription for the Activity Log, or a resource), lower case. */
  targetResourceId: string;
};
export type ActivityLogAlertConfig = Pick<ActivityLogAlertResource, 'id' | 'name' | 'scopes' | 'condition' | 'actions' | 'enabled' | 'location'>;
export interface ApplicationInsightsConfig {
  id: string;
  name: string;
  workspaceResourceId?: string;
  publicNetworkAccessForIngestion?: string;
}
export type LogAnalyticsWorkspaceConfig = Pick<LogAnalyticsWorkspace, 'id' | 'name' | 'retentionInDays' | 'publicNetworkAccessForIngestion' | 'publicNetworkAccessForQuery' | 'features' | 'sku'>;

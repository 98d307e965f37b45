/** Azure Monitor: diagnostic settings, Activity Log alerts, Application Insights, Log Analytics. Conventions: ./index.ts. */
import type { ActivityLogAlertResource, DiagnosticSettingsResource, LogSettings } from '@azure/arm-monitor';
import type { Workspace as LogAnalyticsWorkspace } from '@azure/arm-operationalinsights';

/**
 * One `logs[]` entry of a diagnostic setting: a category (`AuditEvent`, `Administrative`) or, from
 * API version 2021-05-01-preview on, a category group (`allLogs`, `audit`) instead.
 */
export type DiagnosticLogSettings = LogSettings & {
  /** `allLogs` or `audit` (API 2021-05-01-preview and later; @azure/arm-monitor 7 does not type it yet). */
  categoryGroup?: string;
};

/**
 * A diagnostic setting, on a subscription (the Activity Log export: `GET
 * /subscriptions/{id}/providers/Microsoft.Insights/diagnosticSettings`) or on a resource (`GET
 * {resourceId}/providers/Microsoft.Insights/diagnosticSettings`). The collector lists them at least
 * for the subscription and for every Key Vault, and should use API 2021-05-01-preview or later so
 * `categoryGroup` and `marketplacePartnerId` are returned.
 */
export type DiagnosticSettingConfig = Pick<DiagnosticSettingsResource, 'id' | 'name' | 'storageAccountId' | 'workspaceId' | 'eventHubAuthorizationRuleId' | 'eventHubName' | 'metrics'> & {
  logs?: DiagnosticLogSettings[];
  /** A partner solution destination (API 2021-05-01-preview and later). */
  marketplacePartnerId?: string;
  /** mamori: the id of what the setting is on (`/subscriptions/<id>` for the Activity Log, or a resource's id), lower case. */
  targetResourceId: string;
};

/**
 * A leaf of an Activity Log alert condition (API 2020-10-01 and later): `field` compared
 * case-insensitively with `equals`, or with any of `containsAny`.
 */
export interface ActivityLogAlertLeafCondition {
  field?: string;
  equals?: string;
  containsAny?: string[];
}
/** A member of `condition.allOf`: a leaf, or `anyOf` leaves of which one must match. */
export interface ActivityLogAlertAnyOfOrLeafCondition extends ActivityLogAlertLeafCondition {
  anyOf?: ActivityLogAlertLeafCondition[];
}
/**
 * An Activity Log alert rule (`Microsoft.Insights/activityLogAlerts`, API 2020-10-01 or later; the
 * older 2017-04-01 shape typed by @azure/arm-monitor 7 is the same without `anyOf`/`containsAny`).
 * `enabled` defaults to true when ARM leaves it out.
 */
export type ActivityLogAlertConfig = Pick<ActivityLogAlertResource, 'id' | 'name' | 'scopes' | 'actions' | 'enabled' | 'location' | 'description'> & {
  condition?: { allOf?: ActivityLogAlertAnyOfOrLeafCondition[] };
};

/** An Application Insights component (`Microsoft.Insights/components`, API 2020-02-02). */
export interface ApplicationInsightsConfig {
  id: string;
  name: string;
  /** `web`, `ios`, `other`, … */
  kind?: string;
  /** The Log Analytics workspace of a workspace-based component; absent on a classic one. */
  workspaceResourceId?: string;
  /** `ApplicationInsights`, `ApplicationInsightsWithDiagnosticSettings` or `LogAnalytics` (workspace-based). */
  ingestionMode?: string;
  publicNetworkAccessForIngestion?: string;
  publicNetworkAccessForQuery?: string;
  /** Whether local (instrumentation key) authentication is turned off. */
  disableLocalAuth?: boolean;
}

export type LogAnalyticsWorkspaceConfig = Pick<LogAnalyticsWorkspace, 'id' | 'name' | 'retentionInDays' | 'publicNetworkAccessForIngestion' | 'publicNetworkAccessForQuery' | 'features' | 'sku'>;

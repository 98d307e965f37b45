/** Config schemas of the monitor types (model/monitor.ts). Conventions: ./index.ts. */
import type { ConfigSchema } from '../../../model/snapshot.js';

export const MONITOR_SCHEMAS: Readonly<Record<string, ConfigSchema>> = {
  'Microsoft.Insights/diagnosticSettings': {
    id: 'string',
    name: 'string',
    targetResourceId: 'string',
    // Each destination is left out (or null) when the setting does not send there; ARM requires one at least.
    storageAccountId: 'string|null?',
    workspaceId: 'string|null?',
    eventHubAuthorizationRuleId: 'string|null?',
    eventHubName: 'string|null?',
    marketplacePartnerId: 'string|null?',
    logs: 'array?',
    metrics: 'array?',
  },
  'Microsoft.Insights/activityLogAlerts': {
    id: 'string',
    name: 'string',
    // Required properties of the resource: ARM always returns them.
    scopes: 'array',
    condition: 'object',
    actions: 'object',
    enabled: 'boolean?',
    location: 'string?',
    description: 'string|null?',
  },
  'Microsoft.Insights/components': {
    id: 'string',
    name: 'string',
    kind: 'string?',
    workspaceResourceId: 'string|null?',
    ingestionMode: 'string?',
    publicNetworkAccessForIngestion: 'string?',
    publicNetworkAccessForQuery: 'string?',
    disableLocalAuth: 'boolean?',
  },
  'Microsoft.OperationalInsights/workspaces': {
    id: 'string',
    name: 'string',
    retentionInDays: 'number|null?',
    sku: 'object?',
    publicNetworkAccessForIngestion: 'string?',
    publicNetworkAccessForQuery: 'string?',
    features: 'object|null?',
  },
};

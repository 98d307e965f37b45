import type { RuleFixture } from '../../../../../src/model/rule.js';
import type { Resource } from '../../../../../src/model/types.js';
import { AZURE_TYPES } from '../../../../../src/providers/azure/model/index.js';
import { activityLogAlert, monitorListingError, subscription, SUBSCRIPTION, SUBSCRIPTION_UID } from '../testing.js';

const fixture = (name: string, expect: RuleFixture['expect'], resources: Resource[], errors?: RuleFixture['errors']): RuleFixture => ({
  name,
  expect,
  target: SUBSCRIPTION_UID,
  resources: [subscription(), ...resources],
  errors,
});
const category = { field: 'category', equals: 'ServiceHealth' };
const ALL_TYPES = ['Incident', 'Maintenance', 'Informational', 'ActionRequired', 'Security'];

export const fixtures: RuleFixture[] = [
  fixture('no activity log alert', 'FAIL', []),
  fixture('Service Health alert on every service and event type', 'PASS', [activityLogAlert('alert-service-health', [category])]),
  fixture('every event type selected in the portal, regions narrowed to the ones in use', 'PASS', [
    activityLogAlert('alert-sh-regions', [
      category,
      { anyOf: ALL_TYPES.map((t) => ({ field: 'properties.incidentType', equals: t })) },
      { field: 'properties.impactedServices[*].ImpactedRegions[*].RegionName', containsAny: ['Japan East', 'Japan West', 'Global'] },
    ]),
  ]),
  fixture('service issues only (incidentType Incident)', 'FAIL', [activityLogAlert('alert-sh-incidents', [category, { field: 'properties.incidentType', equals: 'Incident' }])]),
  fixture('limited to two services', 'FAIL', [
    activityLogAlert('alert-sh-two', [category, { field: 'properties.impactedServices[*].ServiceName', containsAny: ['Virtual Machines', 'SQL Database'] }]),
  ]),
  fixture('disabled', 'FAIL', [activityLogAlert('alert-sh-off', [category], { enabled: false })]),
  fixture('no action group', 'FAIL', [activityLogAlert('alert-sh-silent', [category], { actions: { actionGroups: [] } })]),
  fixture('scoped to a resource group', 'FAIL', [activityLogAlert('alert-sh-rg', [category], { scopes: [`/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-app`] })]),
  fixture('a Resource Health alert is not a Service Health alert', 'FAIL', [activityLogAlert('alert-rh', [{ field: 'category', equals: 'ResourceHealth' }])]),
  fixture('alerts could not be listed', 'NOT_ASSESSED', [], [monitorListingError(AZURE_TYPES.activityLogAlert, 'ActivityLogAlerts_ListBySubscriptionId')]),
];

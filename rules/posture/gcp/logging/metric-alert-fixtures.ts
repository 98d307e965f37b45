/** Fixture builder shared by the CIS GCP 2.5–2.12 rules: project → log-based metric → alert policy, and its breakages. */
import type { RuleFixture } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
import { GCP_TYPES, gcpUid, type AlertPolicyConfig, type LogMetricConfig } from '../../../../src/providers/gcp/model.js';
import { OTHER_PROJECT, PROJECT, gcpResource, project } from '../testing.js';

const METRIC = 'cis-monitored-changes';

export const metricUid = (projectId: string, name: string) => `//logging.googleapis.com/projects/${projectId}/metrics/${name}`;
export const alertPolicyUid = (projectId: string, id: string) => `//monitoring.googleapis.com/projects/${projectId}/alertPolicies/${id}`;

export function logMetric(filter: string, extra: Partial<LogMetricConfig> = {}, projectId = PROJECT): Resource {
  const name = extra.name ?? METRIC;
  return gcpResource<LogMetricConfig>({ type: GCP_TYPES.logMetric, uid: metricUid(projectId, name), account: projectId, config: { name, filter, ...extra } });
}

export function alertPolicy(extra: Partial<AlertPolicyConfig> = {}, projectId = PROJECT): Resource {
  return gcpResource<AlertPolicyConfig>({
    type: GCP_TYPES.alertPolicy,
    uid: alertPolicyUid(projectId, '1001'),
    account: projectId,
    name: 'CIS alert',
    config: {
      name: `projects/${projectId}/alertPolicies/1001`,
      displayName: 'CIS alert',
      enabled: true,
      conditions: [
        {
          displayName: 'changes',
          conditionThreshold: { filter: `resource.type = "global" AND metric.type = "logging.googleapis.com/user/${METRIC}"`, comparison: 'COMPARISON_GT', thresholdValue: 0 },
        },
      ],
      notificationChannels: [`projects/${projectId}/notificationChannels/42`],
      ...extra,
    },
  });
}

/**
 * Standard fixtures: the CIS filter (and an equivalent `variant`, laid out differently) must pass,
 * `nearMiss` (the CIS filter with one condition missing or changed) must fail.
 */
export function metricAlertFixtures(p: { cisFilter: string; variant: string; nearMiss: string }): RuleFixture[] {
  const target = gcpUid.project(PROJECT);
  return [
    { name: 'metric with the CIS filter and an enabled alert policy', expect: 'PASS', target, resources: [project(), logMetric(p.cisFilter), alertPolicy()] },
    {
      name: 'equivalent filter laid out differently, policy with enabled unset (enabled by default)',
      expect: 'PASS',
      target,
      resources: [project(), logMetric(p.variant), alertPolicy({ enabled: undefined })],
    },
    {
      name: 'alert policy written in MQL',
      expect: 'PASS',
      target,
      resources: [
        project(),
        logMetric(p.cisFilter),
        alertPolicy({ conditions: [{ conditionMonitoringQueryLanguage: { query: `fetch global | metric 'logging.googleapis.com/user/${METRIC}' | align delta(5m) | condition val() > 0` } }] }),
      ],
    },
    { name: 'metric filter misses or changes a CIS condition', expect: 'FAIL', target, resources: [project(), logMetric(p.nearMiss), alertPolicy()] },
    { name: 'no log-based metric at all', expect: 'FAIL', target, resources: [project()] },
    { name: 'metric without an alert policy', expect: 'FAIL', target, resources: [project(), logMetric(p.cisFilter)] },
    {
      name: 'alert policy watches another metric',
      expect: 'FAIL',
      target,
      resources: [project(), logMetric(p.cisFilter), alertPolicy({ conditions: [{ conditionThreshold: { filter: 'metric.type="logging.googleapis.com/user/other-metric"' } }] })],
    },
    { name: 'alert policy disabled', expect: 'FAIL', target, resources: [project(), logMetric(p.cisFilter), alertPolicy({ enabled: false })] },
    { name: 'metric disabled', expect: 'FAIL', target, resources: [project(), logMetric(p.cisFilter, { disabled: true }), alertPolicy()] },
    {
      name: 'metric and policy only in another project',
      expect: 'FAIL',
      target,
      resources: [project(), project({}, OTHER_PROJECT), logMetric(p.cisFilter, {}, OTHER_PROJECT), alertPolicy({}, OTHER_PROJECT)],
    },
    {
      name: 'log-based metrics could not be listed',
      expect: 'NOT_ASSESSED',
      target,
      resources: [project(), alertPolicy()],
      errors: [
        {
          provider: 'gcp',
          account: PROJECT,
          region: 'global',
          service: 'logging',
          operation: 'projects.metrics.list',
          code: 'AccessDenied',
          message: 'Permission logging.logMetrics.list denied',
          resourceTypes: [GCP_TYPES.logMetric],
        },
      ],
    },
  ];
}

/** Cloud Monitoring: alert policies (CIS 2.4–2.11 pair them with log-based metrics). */
import { GCP_TYPES, type AlertPolicyConfig } from '../../model.js';
import type { GcpServiceCollector } from '../types.js';
import { pick } from '../util.js';

type Condition = AlertPolicyConfig['conditions'][number];

/** A condition trimmed to what rules read (filters, queries, thresholds). */
function condition(raw: object): Condition {
  const c = raw as Record<string, object | undefined>;
  const out: Condition = pick(raw, ['displayName']);
  if (c.conditionThreshold) out.conditionThreshold = pick(c.conditionThreshold, ['filter', 'comparison', 'thresholdValue', 'duration']);
  if (c.conditionAbsent) out.conditionAbsent = pick(c.conditionAbsent, ['filter', 'duration']);
  if (c.conditionMatchedLog) out.conditionMatchedLog = pick(c.conditionMatchedLog, ['filter']);
  if (c.conditionMonitoringQueryLanguage) out.conditionMonitoringQueryLanguage = pick(c.conditionMonitoringQueryLanguage, ['query']);
  if (c.conditionPrometheusQueryLanguage) out.conditionPrometheusQueryLanguage = pick(c.conditionPrometheusQueryLanguage, ['query']);
  return out;
}

export const collector: GcpServiceCollector = {
  service: 'monitoring',
  apis: ['monitoring.googleapis.com'],
  scopes: ['project'],
  resourceTypes: [GCP_TYPES.alertPolicy],
  async collect(ctx) {
    const monitoring = await ctx.api('monitoring');
    await ctx.pages(
      'monitoring.projects.alertPolicies.list',
      [GCP_TYPES.alertPolicy],
      (pageToken) => monitoring.projects.alertPolicies.list({ name: ctx.scope.name, pageSize: 1000, pageToken }),
      (page) => {
        for (const p of page.alertPolicies ?? []) {
          if (!p.name) continue;
          const config: AlertPolicyConfig = {
            ...pick<AlertPolicyConfig>(p, ['displayName', 'enabled', 'notificationChannels']),
            name: p.name,
            conditions: (p.conditions ?? []).map(condition),
          };
          ctx.emit({ uid: `//monitoring.googleapis.com/${p.name}`, type: GCP_TYPES.alertPolicy, name: p.displayName || p.name.split('/').pop()!, config, tags: p.userLabels });
        }
      },
    );
  },
};

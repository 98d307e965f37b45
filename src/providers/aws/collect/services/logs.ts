import { CloudWatchLogsClient, paginateDescribeLogGroups, paginateDescribeMetricFilters } from '@aws-sdk/client-cloudwatch-logs';
import {
  LOG_GROUP_TYPE,
  METRIC_FILTER_TYPE,
  metricFilterUid,
  normalizeLogGroupArn,
  type LogGroupConfig,
  type MetricFilterConfig,
} from '../../model/logs.js';
import type { ServiceCollector } from '../types.js';

/** CloudWatch Logs log groups (retention, encryption) and every metric filter of the region. */
export const collector: ServiceCollector = {
  service: 'logs',
  global: false,
  async collect(ctx) {
    const client = ctx.client(CloudWatchLogsClient);
    const groupArn = (name: string) => `arn:${ctx.partition}:logs:${ctx.region}:${ctx.account}:log-group:${name}`;

    await ctx.list('logs:DescribeLogGroups', [LOG_GROUP_TYPE], async () => {
      for await (const page of paginateDescribeLogGroups({ client }, {})) {
        for (const g of page.logGroups ?? []) {
          if (!g.logGroupName) continue;
          const uid = g.logGroupArn ?? (g.arn ? normalizeLogGroupArn(g.arn) : groupArn(g.logGroupName));
          const config: LogGroupConfig = {
            logGroupName: g.logGroupName,
            retentionInDays: g.retentionInDays,
            kmsKeyId: g.kmsKeyId,
            logGroupClass: g.logGroupClass,
            storedBytes: g.storedBytes,
            creationTime: g.creationTime !== undefined ? new Date(g.creationTime).toISOString() : undefined,
          };
          ctx.emit({
            uid,
            account: ctx.account,
            region: ctx.region,
            type: LOG_GROUP_TYPE,
            name: g.logGroupName,
            tags: {},
            config: config as unknown as Record<string, unknown>,
            relationships: g.kmsKeyId ? [{ type: 'encrypted-by', target: g.kmsKeyId }] : undefined,
          });
        }
      }
    });

    await ctx.list('logs:DescribeMetricFilters', [METRIC_FILTER_TYPE], async () => {
      for await (const page of paginateDescribeMetricFilters({ client }, {})) {
        for (const f of page.metricFilters ?? []) {
          if (!f.filterName || !f.logGroupName) continue;
          const group = groupArn(f.logGroupName);
          const config: MetricFilterConfig = {
            filterName: f.filterName,
            logGroupName: f.logGroupName,
            filterPattern: f.filterPattern ?? '',
            metricTransformations: (f.metricTransformations ?? []).map((t) => ({
              metricName: t.metricName ?? '',
              metricNamespace: t.metricNamespace ?? '',
              metricValue: t.metricValue ?? '',
              defaultValue: t.defaultValue,
            })),
          };
          ctx.emit({
            uid: metricFilterUid(group, f.filterName),
            account: ctx.account,
            region: ctx.region,
            type: METRIC_FILTER_TYPE,
            name: f.filterName,
            tags: {},
            config: config as unknown as Record<string, unknown>,
            relationships: [{ type: 'in-log-group', target: group }],
          });
        }
      }
    });
  },
};

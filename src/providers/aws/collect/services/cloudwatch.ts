import { CloudWatchClient, paginateDescribeAlarms } from '@aws-sdk/client-cloudwatch';
import { ALARM_TYPE, type AlarmConfig } from '../../model/cloudwatch.js';
import type { ServiceCollector } from '../types.js';

/** CloudWatch metric alarms of the region (metric, actions) for the CIS 4.x monitoring chain. */
export const collector: ServiceCollector = {
  service: 'cloudwatch',
  global: false,
  async collect(ctx) {
    const client = ctx.client(CloudWatchClient);
    await ctx.list('cloudwatch:DescribeAlarms', [ALARM_TYPE], async () => {
      for await (const page of paginateDescribeAlarms({ client }, { AlarmTypes: ['MetricAlarm'] })) {
        for (const a of page.MetricAlarms ?? []) {
          if (!a.AlarmArn || !a.AlarmName) continue;
          const metrics = (a.Metrics ?? [])
            .map((q) => q.MetricStat?.Metric)
            .filter((m): m is { MetricName: string; Namespace: string } => !!m?.MetricName && !!m.Namespace)
            .map((m) => ({ metricName: m.MetricName, namespace: m.Namespace }));
          const config: AlarmConfig = {
            alarmName: a.AlarmName,
            metricName: a.MetricName,
            namespace: a.Namespace,
            metrics: metrics.length ? metrics : undefined,
            statistic: a.Statistic ?? a.ExtendedStatistic,
            comparisonOperator: a.ComparisonOperator,
            threshold: a.Threshold,
            evaluationPeriods: a.EvaluationPeriods,
            period: a.Period,
            actionsEnabled: a.ActionsEnabled ?? true,
            alarmActions: a.AlarmActions ?? [],
            okActions: a.OKActions ?? [],
            insufficientDataActions: a.InsufficientDataActions ?? [],
            stateValue: a.StateValue,
          };
          const relationships = config.alarmActions
            .filter((arn) => arn.split(':')[2] === 'sns')
            .map((target) => ({ type: 'notifies', target }));
          ctx.emit({
            uid: a.AlarmArn,
            account: ctx.account,
            region: ctx.region,
            type: ALARM_TYPE,
            name: a.AlarmName,
            tags: {},
            config: config as unknown as Record<string, unknown>,
            relationships: relationships.length ? relationships : undefined,
          });
        }
      }
    });
  },
};

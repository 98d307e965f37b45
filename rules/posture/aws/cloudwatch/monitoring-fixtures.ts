/** Fixture builder shared by the CIS 4.x monitoring rules: the full trail → filter → alarm → topic chain and its breakages. */
import { ALARM_TYPE, type AlarmConfig } from '../../../../src/providers/aws/model/cloudwatch.js';
import { LOG_GROUP_TYPE, METRIC_FILTER_TYPE, type MetricFilterConfig } from '../../../../src/providers/aws/model/logs.js';
import { TOPIC_TYPE, type TopicConfig } from '../../../../src/providers/aws/model/sns.js';
import { accountUid } from '../../../../src/model/pseudo.js';
import type { RuleFixture } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
import { ACCOUNT, REGION, resource } from '../../testing.js';
import { account, trail } from '../cloudtrail/fixture-helpers.js';

const GROUP = 'cloudtrail/main';
const GROUP_ARN = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${GROUP}`;
const TOPIC_ARN = `arn:aws:sns:${REGION}:${ACCOUNT}:security-alerts`;

interface ChainOptions {
  pattern: string;
  trail?: Resource;
  alarm?: Partial<AlarmConfig> | null;
  subscriptions?: TopicConfig['subscriptions'];
  topicErrors?: Record<string, string>;
}

export function chain(o: ChainOptions): Resource[] {
  const out: Resource[] = [
    account(),
    o.trail ?? trail('main', { cloudWatchLogsLogGroupArn: `${GROUP_ARN}:*` }),
    resource({ type: LOG_GROUP_TYPE, uid: GROUP_ARN, config: { logGroupName: GROUP, retentionInDays: 365 } }),
    resource({
      type: METRIC_FILTER_TYPE,
      uid: `${GROUP_ARN}:metric-filter/cis`,
      config: {
        filterName: 'cis',
        logGroupName: GROUP,
        filterPattern: o.pattern,
        metricTransformations: [{ metricName: 'CisMetric', metricNamespace: 'CISBenchmark', metricValue: '1' }],
      } satisfies MetricFilterConfig,
    }),
    resource({
      type: TOPIC_TYPE,
      uid: TOPIC_ARN,
      config: {
        topicName: 'security-alerts',
        subscriptions: 'subscriptions' in o ? o.subscriptions : [{ protocol: 'email', confirmed: true }],
      } satisfies TopicConfig,
      errors: o.topicErrors,
    }),
  ];
  if (o.alarm !== null) {
    out.push(
      resource({
        type: ALARM_TYPE,
        uid: `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:cis`,
        config: {
          alarmName: 'cis',
          metricName: 'CisMetric',
          namespace: 'CISBenchmark',
          actionsEnabled: true,
          alarmActions: [TOPIC_ARN],
          okActions: [],
          insufficientDataActions: [],
          ...o.alarm,
        } satisfies AlarmConfig,
      }),
    );
  }
  return out;
}

/**
 * Standard fixtures: `cisPattern` (and an equivalent `variant`, written differently) must pass,
 * `nearMiss` (the CIS pattern with one required condition missing or changed) must fail.
 */
export function monitoringFixtures(p: { cisPattern: string; variant: string; nearMiss: string }): RuleFixture[] {
  const target = accountUid(ACCOUNT);
  return [
    { name: 'full chain with the CIS pattern', expect: 'PASS', target, resources: chain({ pattern: p.cisPattern }) },
    { name: 'equivalent pattern written differently', expect: 'PASS', target, resources: chain({ pattern: p.variant }) },
    { name: 'filter misses a required condition', expect: 'FAIL', target, resources: chain({ pattern: p.nearMiss }) },
    { name: 'filter without alarm', expect: 'FAIL', target, resources: chain({ pattern: p.cisPattern, alarm: null }) },
    { name: 'alarm actions disabled', expect: 'FAIL', target, resources: chain({ pattern: p.cisPattern, alarm: { actionsEnabled: false } }) },
    {
      name: 'topic subscription still pending confirmation',
      expect: 'FAIL',
      target,
      resources: chain({ pattern: p.cisPattern, subscriptions: [{ protocol: 'email', confirmed: false }] }),
    },
    {
      name: 'trail sending to the log group is single-Region',
      expect: 'FAIL',
      target,
      resources: chain({ pattern: p.cisPattern, trail: trail('main', { isMultiRegionTrail: false, cloudWatchLogsLogGroupArn: `${GROUP_ARN}:*` }) }),
    },
    {
      name: 'topic subscriptions not collectable',
      expect: 'NOT_ASSESSED',
      target,
      resources: chain({ pattern: p.cisPattern, subscriptions: undefined, topicErrors: { subscriptions: 'AccessDenied' } }),
    },
  ];
}

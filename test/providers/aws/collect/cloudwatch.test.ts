import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/cloudwatch.js';
import type { AlarmConfig } from '../../../../src/providers/aws/model/cloudwatch.js';
import { awsError, runCollector } from './harness.js';

const cw = mockClient(CloudWatchClient);
const ACCOUNT = '111111111111';
const TOPIC = `arn:aws:sns:us-east-1:${ACCOUNT}:security-alerts`;

describe('cloudwatch collector', () => {
  afterEach(() => cw.reset());

  it('paginates metric alarms and keeps metric + actions', async () => {
    cw.on(DescribeAlarmsCommand).resolvesOnce({
      MetricAlarms: [
        {
          AlarmName: 'cis-root-usage',
          AlarmArn: `arn:aws:cloudwatch:us-east-1:${ACCOUNT}:alarm:cis-root-usage`,
          ActionsEnabled: true,
          OKActions: [],
          AlarmActions: [TOPIC],
          InsufficientDataActions: [],
          StateValue: 'OK',
          MetricName: 'RootUsage',
          Namespace: 'CISBenchmark',
          Statistic: 'Sum',
          Dimensions: [],
          Period: 300,
          EvaluationPeriods: 1,
          Threshold: 1,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        },
      ],
      NextToken: 'n2',
    });
    cw.on(DescribeAlarmsCommand, { AlarmTypes: ['MetricAlarm'], NextToken: 'n2' }).resolves({
      MetricAlarms: [
        {
          AlarmName: 'math',
          AlarmArn: `arn:aws:cloudwatch:us-east-1:${ACCOUNT}:alarm:math`,
          ActionsEnabled: false,
          AlarmActions: ['arn:aws:autoscaling:us-east-1:111111111111:scalingPolicy:x'],
          Metrics: [
            { Id: 'm1', MetricStat: { Metric: { Namespace: 'CISBenchmark', MetricName: 'UnauthorizedAPICalls' }, Period: 300, Stat: 'Sum' }, ReturnData: false },
            { Id: 'e1', Expression: 'm1 * 2', ReturnData: true },
          ],
        },
      ],
    });
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.deepEqual(errors, []);
    assert.equal(resources.length, 2);
    const root = resources[0]!.config as unknown as AlarmConfig;
    assert.equal(root.metricName, 'RootUsage');
    assert.deepEqual(root.alarmActions, [TOPIC]);
    assert.deepEqual(resources[0]!.relationships, [{ type: 'notifies', target: TOPIC }]);
    const math = resources[1]!.config as unknown as AlarmConfig;
    assert.deepEqual(math.metrics, [{ metricName: 'UnauthorizedAPICalls', namespace: 'CISBenchmark' }]);
    assert.equal(math.actionsEnabled, false);
    assert.equal(resources[1]!.relationships, undefined, 'non-SNS actions are not notification edges');
  });

  it('AccessDenied on DescribeAlarms is recorded as a scope error without throwing', async () => {
    cw.on(DescribeAlarmsCommand).rejects(awsError('AccessDenied', 'User is not authorized', 403));
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.deepEqual(resources, []);
    assert.deepEqual(errors[0]!.resourceTypes, ['AWS::CloudWatch::Alarm']);
    assert.equal(errors[0]!.code, 'AccessDenied');
  });
});

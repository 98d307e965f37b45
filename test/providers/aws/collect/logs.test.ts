import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { CloudWatchLogsClient, DescribeLogGroupsCommand, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/logs.js';
import type { LogGroupConfig, MetricFilterConfig } from '../../../../src/providers/aws/model/logs.js';
import { awsError, runCollector } from './harness.js';

const logs = mockClient(CloudWatchLogsClient);
const ACCOUNT = '111111111111';
const group = (name: string, extra: Record<string, unknown> = {}) => ({
  logGroupName: name,
  creationTime: 1767225600000,
  metricFilterCount: 0,
  arn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:${name}:*`,
  logGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:${name}`,
  storedBytes: 1024,
  logGroupClass: 'STANDARD' as const,
  ...extra,
});

describe('logs collector', () => {
  afterEach(() => logs.reset());

  it('paginates log groups and metric filters', async () => {
    logs.on(DescribeLogGroupsCommand).resolvesOnce({ logGroups: [group('cloudtrail/main', { retentionInDays: 400, kmsKeyId: 'arn:aws:kms:us-east-1:111111111111:key/k1' })], nextToken: 't2' });
    logs.on(DescribeLogGroupsCommand, { nextToken: 't2' }).resolves({ logGroups: [group('/aws/lambda/app')] });
    logs.on(DescribeMetricFiltersCommand).resolvesOnce({
      metricFilters: [
        {
          filterName: 'RootUsage',
          filterPattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
          metricTransformations: [{ metricName: 'RootUsage', metricNamespace: 'CISBenchmark', metricValue: '1' }],
          creationTime: 1767225600000,
          logGroupName: 'cloudtrail/main',
        },
      ],
      nextToken: 'f2',
    });
    logs.on(DescribeMetricFiltersCommand, { nextToken: 'f2' }).resolves({
      metricFilters: [
        {
          filterName: 'Unauthorized',
          filterPattern: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }',
          metricTransformations: [{ metricName: 'UnauthorizedAPICalls', metricNamespace: 'CISBenchmark', metricValue: '1', defaultValue: 0 }],
          logGroupName: 'cloudtrail/main',
        },
      ],
    });

    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.deepEqual(errors, []);
    const groups = resources.filter((r) => r.type === 'AWS::Logs::LogGroup');
    assert.deepEqual(groups.map((g) => g.uid), [
      `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:cloudtrail/main`,
      `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/app`,
    ]);
    assert.equal((groups[0]!.config as unknown as LogGroupConfig).retentionInDays, 400);
    assert.equal((groups[1]!.config as unknown as LogGroupConfig).retentionInDays, undefined, 'never expire');
    const filters = resources.filter((r) => r.type === 'AWS::Logs::MetricFilter');
    assert.equal(filters.length, 2);
    assert.equal(filters[1]!.uid, `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:cloudtrail/main:metric-filter/Unauthorized`);
    assert.deepEqual((filters[1]!.config as unknown as MetricFilterConfig).metricTransformations, [
      { metricName: 'UnauthorizedAPICalls', metricNamespace: 'CISBenchmark', metricValue: '1', defaultValue: 0 },
    ]);
    assert.deepEqual(filters[0]!.relationships, [{ type: 'in-log-group', target: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:cloudtrail/main` }]);
  });

  it('AccessDenied on metric filters is a scope error; log groups are still emitted', async () => {
    logs.on(DescribeLogGroupsCommand).resolves({ logGroups: [group('cloudtrail/main')] });
    logs.on(DescribeMetricFiltersCommand).rejects(awsError('AccessDeniedException', 'denied', 400));
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.equal(resources.length, 1);
    assert.equal(errors.length, 1);
    assert.deepEqual(errors[0]!.resourceTypes, ['AWS::Logs::MetricFilter']);
    assert.equal(errors[0]!.code, 'AccessDenied');
  });
});

import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  ListTagsCommand,
} from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/cloudtrail.js';
import type { TrailConfig } from '../../../../src/providers/aws/model/cloudtrail.js';
import { awsError, runCollector } from './harness.js';

const ct = mockClient(CloudTrailClient);
const ACCOUNT = '111111111111';
const MAIN = `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/main`;
const DATA = `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/data-events`;
const ORG_FROM_MGMT = 'arn:aws:cloudtrail:us-east-1:999999999999:trail/org-trail';

const trail = (arn: string, extra: Record<string, unknown> = {}) => ({
  Name: arn.split('/').pop(),
  S3BucketName: 'central-trail-logs',
  IncludeGlobalServiceEvents: true,
  IsMultiRegionTrail: true,
  HomeRegion: 'us-east-1',
  TrailARN: arn,
  LogFileValidationEnabled: true,
  HasCustomEventSelectors: true,
  HasInsightSelectors: false,
  IsOrganizationTrail: false,
  ...extra,
});

describe('cloudtrail collector', () => {
  afterEach(() => ct.reset());

  it('emits owned trails in their home region with status, selectors and paginated tags', async () => {
    ct.on(DescribeTrailsCommand, { includeShadowTrails: false }).resolves({
      trailList: [
        trail(MAIN, {
          KmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
          CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:cloudtrail/main:*`,
          CloudWatchLogsRoleArn: `arn:aws:iam::${ACCOUNT}:role/CloudTrailToLogs`,
        }),
        trail(DATA, { IsMultiRegionTrail: false, LogFileValidationEnabled: false }),
        trail(ORG_FROM_MGMT, { IsOrganizationTrail: true }),
      ],
    });
    ct.on(GetTrailStatusCommand).resolves({ IsLogging: true, LatestDeliveryTime: new Date('2026-10-31T23:55:00Z'), LatestDeliveryError: '' });
    ct.on(GetEventSelectorsCommand, { TrailName: MAIN }).resolves({
      TrailARN: MAIN,
      EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }],
    });
    ct.on(GetEventSelectorsCommand, { TrailName: DATA }).resolves({
      TrailARN: DATA,
      AdvancedEventSelectors: [
        {
          Name: 'S3 writes',
          FieldSelectors: [
            { Field: 'eventCategory', Equals: ['Data'] },
            { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
            { Field: 'readOnly', Equals: ['false'] },
          ],
        },
      ],
    });
    ct.on(ListTagsCommand, { ResourceIdList: [MAIN] }).resolves({
      ResourceTagList: [{ ResourceId: MAIN, TagsList: [{ Key: 'team', Value: 'security' }] }],
      NextToken: 'page2',
    });
    ct.on(ListTagsCommand, { ResourceIdList: [MAIN], NextToken: 'page2' }).resolves({
      ResourceTagList: [{ ResourceId: MAIN, TagsList: [{ Key: 'env', Value: 'prod' }] }],
    });
    ct.on(ListTagsCommand, { ResourceIdList: [DATA] }).resolves({ ResourceTagList: [] });

    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.deepEqual(errors, []);
    assert.deepEqual(
      resources.map((r) => r.uid),
      [MAIN, DATA],
      'the organization trail owned by another account is left to that account',
    );
    const main = resources[0]!;
    const cfg = main.config as unknown as TrailConfig;
    assert.equal(main.type, 'AWS::CloudTrail::Trail');
    assert.equal(main.region, 'us-east-1');
    assert.deepEqual(main.tags, { team: 'security', env: 'prod' });
    assert.equal(cfg.isMultiRegionTrail, true);
    assert.equal(cfg.status?.isLogging, true);
    assert.equal(cfg.status?.latestDeliveryError, undefined, 'empty error string is dropped');
    assert.deepEqual(cfg.eventSelectors?.classic, [
      { readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: undefined, dataResources: undefined },
    ]);
    assert.ok(main.relationships?.some((r) => r.type === 'logs-to' && r.target === `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:cloudtrail/main`));
    assert.ok(main.relationships?.some((r) => r.type === 'delivers-to-bucket' && r.target === 'arn:aws:s3:::central-trail-logs'));
    const data = resources[1]!.config as unknown as TrailConfig;
    assert.equal(data.eventSelectors?.advanced[0]?.fieldSelectors[2]?.field, 'readOnly');
    assert.equal(data.logFileValidationEnabled, false);
  });

  it('records AccessDenied on GetEventSelectors for one trail and keeps going', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail(MAIN), trail(DATA)] });
    ct.on(GetTrailStatusCommand).resolves({ IsLogging: false });
    ct.on(GetEventSelectorsCommand, { TrailName: MAIN }).rejects(awsError('AccessDeniedException', 'not authorized', 403));
    ct.on(GetEventSelectorsCommand, { TrailName: DATA }).resolves({ EventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }] });
    ct.on(ListTagsCommand).resolves({ ResourceTagList: [] });

    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.equal(resources.length, 2);
    assert.deepEqual(resources[0]!.errors, { eventSelectors: 'AccessDenied' });
    assert.equal((resources[0]!.config as unknown as TrailConfig).eventSelectors, undefined);
    assert.equal((resources[1]!.config as unknown as TrailConfig).eventSelectors?.classic[0]?.readWriteType, 'WriteOnly');
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.resourceUid, MAIN);
    assert.equal(errors[0]!.operation, 'cloudtrail:GetEventSelectors');
  });

  it('skips shadow copies of multi-region trails homed elsewhere', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail(MAIN)] });
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT, region: 'ap-northeast-1' });
    assert.deepEqual(resources, []);
    assert.deepEqual(errors, []);
  });

  it('a failed DescribeTrails is a scope error for AWS::CloudTrail::Trail', async () => {
    ct.on(DescribeTrailsCommand).rejects(awsError('AccessDeniedException', 'denied', 403));
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.deepEqual(resources, []);
    assert.deepEqual(errors[0]!.resourceTypes, ['AWS::CloudTrail::Trail']);
    assert.equal(errors[0]!.code, 'AccessDenied');
  });
});

import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeDeliveryChannelsCommand,
} from '@aws-sdk/client-config-service';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/config.js';
import type { ConfigDeliveryChannelConfig, ConfigRecorderConfig } from '../../../../src/providers/aws/model/config.js';
import { awsError, runCollector } from './harness.js';

const cfg = mockClient(ConfigServiceClient);
const ACCOUNT = '111111111111';

describe('config collector', () => {
  afterEach(() => cfg.reset());

  it('emits the recorder with its status and the delivery channel', async () => {
    cfg.on(DescribeConfigurationRecordersCommand).resolves({
      ConfigurationRecorders: [
        {
          name: 'default',
          roleARN: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
          recordingGroup: { allSupported: true, includeGlobalResourceTypes: true, resourceTypes: [], exclusionByResourceTypes: { resourceTypes: [] }, recordingStrategy: { useOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' } },
          recordingMode: { recordingFrequency: 'CONTINUOUS', recordingModeOverrides: [] },
        },
      ],
    });
    cfg.on(DescribeConfigurationRecorderStatusCommand, { ConfigurationRecorderNames: ['default'] }).resolves({
      ConfigurationRecordersStatus: [
        { name: 'default', lastStartTime: new Date('2026-01-01T00:00:00Z'), recording: true, lastStatus: 'Success', lastStatusChangeTime: new Date('2026-10-31T12:00:00Z') },
      ],
    });
    cfg.on(DescribeDeliveryChannelsCommand).resolves({
      DeliveryChannels: [{ name: 'default', s3BucketName: 'config-bucket-111111111111', configSnapshotDeliveryProperties: { deliveryFrequency: 'TwentyFour_Hours' } }],
    });

    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.deepEqual(errors, []);
    const recorder = resources.find((r) => r.type === 'AWS::Config::ConfigurationRecorder')!;
    assert.equal(recorder.uid, `arn:aws:config:us-east-1:${ACCOUNT}:configuration-recorder/default`);
    const rc = recorder.config as unknown as ConfigRecorderConfig;
    assert.deepEqual(rc.recordingGroup, {
      allSupported: true,
      includeGlobalResourceTypes: true,
      resourceTypes: undefined,
      exclusionByResourceTypes: undefined,
      recordingStrategy: 'ALL_SUPPORTED_RESOURCE_TYPES',
    });
    assert.deepEqual(rc.status, { recording: true, lastStatus: 'Success', lastErrorCode: undefined, lastStatusChangeTime: '2026-10-31T12:00:00.000Z' });
    const channel = resources.find((r) => r.type === 'AWS::Config::DeliveryChannel')!;
    assert.equal((channel.config as unknown as ConfigDeliveryChannelConfig).deliveryFrequency, 'TwentyFour_Hours');
    assert.deepEqual(channel.relationships, [{ type: 'delivers-to-bucket', target: 'arn:aws:s3:::config-bucket-111111111111' }]);
  });

  it('a recorder whose status vanished (NoSuchConfigurationRecorder) is "not recording", not an error', async () => {
    cfg.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported: true } }] });
    cfg.on(DescribeConfigurationRecorderStatusCommand).rejects(awsError('NoSuchConfigurationRecorderException'));
    cfg.on(DescribeDeliveryChannelsCommand).resolves({ DeliveryChannels: [] });
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.deepEqual(errors, []);
    assert.deepEqual((resources[0]!.config as unknown as ConfigRecorderConfig).status, { recording: false });
    assert.equal(resources[0]!.errors, undefined);
  });

  it('AccessDenied on the status call is recorded on the recorder; the channel listing still runs', async () => {
    cfg.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported: true } }] });
    cfg.on(DescribeConfigurationRecorderStatusCommand).rejects(awsError('AccessDeniedException', 'denied', 400));
    cfg.on(DescribeDeliveryChannelsCommand).resolves({ DeliveryChannels: [{ name: 'default', s3BucketName: 'b' }] });
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.equal(resources.length, 2);
    assert.deepEqual(resources[0]!.errors, { status: 'AccessDenied' });
    assert.equal((resources[0]!.config as unknown as ConfigRecorderConfig).status, undefined);
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.operation, 'config:DescribeConfigurationRecorderStatus');
  });

  it('a region without AWS Config emits nothing; a denied listing is a scope error', async () => {
    cfg.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [] });
    cfg.on(DescribeDeliveryChannelsCommand).rejects(awsError('AccessDeniedException', 'denied', 400));
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.deepEqual(resources, []);
    assert.deepEqual(errors[0]!.resourceTypes, ['AWS::Config::DeliveryChannel']);
  });
});

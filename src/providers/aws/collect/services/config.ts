import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeDeliveryChannelsCommand,
} from '@aws-sdk/client-config-service';
import {
  CONFIG_DELIVERY_CHANNEL_TYPE,
  CONFIG_RECORDER_TYPE,
  type ConfigDeliveryChannelConfig,
  type ConfigRecorderConfig,
} from '../../model/config.js';
import type { ServiceCollector } from '../types.js';

/**
 * AWS Config recorders (with their status) and delivery channels of one region. Neither
 * DescribeConfigurationRecorders nor DescribeDeliveryChannels is paginated: a region holds at
 * most one customer recorder and one delivery channel (plus service-linked recorders).
 */
export const collector: ServiceCollector = {
  service: 'config',
  global: false,
  async collect(ctx) {
    const client = ctx.client(ConfigServiceClient);
    const base = `arn:${ctx.partition}:config:${ctx.region}:${ctx.account}`;

    const recorders = await ctx.list('config:DescribeConfigurationRecorders', [CONFIG_RECORDER_TYPE], () =>
      client.send(new DescribeConfigurationRecordersCommand({})),
    );
    for (const r of recorders?.ConfigurationRecorders ?? []) {
      const name = r.name ?? 'default';
      const uid = r.arn ?? `${base}:configuration-recorder/${name}`;
      const errors: Record<string, string> = {};
      const status = await ctx.detail(
        errors,
        uid,
        'status',
        'config:DescribeConfigurationRecorderStatus',
        () => client.send(new DescribeConfigurationRecorderStatusCommand({ ConfigurationRecorderNames: [name] })),
        ['NoSuchConfigurationRecorderException'],
      );
      const s = status?.ConfigurationRecordersStatus?.[0];
      const group = r.recordingGroup;
      const config: ConfigRecorderConfig = {
        name,
        roleARN: r.roleARN,
        recordingGroup: {
          allSupported: group?.allSupported ?? false,
          includeGlobalResourceTypes: group?.includeGlobalResourceTypes ?? false,
          resourceTypes: group?.resourceTypes?.length ? group.resourceTypes : undefined,
          exclusionByResourceTypes: group?.exclusionByResourceTypes?.resourceTypes?.length
            ? group.exclusionByResourceTypes.resourceTypes
            : undefined,
          recordingStrategy: group?.recordingStrategy?.useOnly,
        },
        recordingFrequency: r.recordingMode?.recordingFrequency,
        status: s
          ? {
              recording: s.recording ?? false,
              lastStatus: s.lastStatus,
              lastErrorCode: s.lastErrorCode,
              lastStatusChangeTime: s.lastStatusChangeTime?.toISOString(),
            }
          : status === null
            ? { recording: false }
            : undefined,
      };
      ctx.emit({
        uid,
        account: ctx.account,
        region: ctx.region,
        type: CONFIG_RECORDER_TYPE,
        name,
        tags: {},
        config: config as unknown as Record<string, unknown>,
        relationships: r.roleARN ? [{ type: 'uses-role', target: r.roleARN }] : undefined,
        errors: Object.keys(errors).length ? errors : undefined,
      });
    }

    const channels = await ctx.list('config:DescribeDeliveryChannels', [CONFIG_DELIVERY_CHANNEL_TYPE], () =>
      client.send(new DescribeDeliveryChannelsCommand({})),
    );
    for (const c of channels?.DeliveryChannels ?? []) {
      const name = c.name ?? 'default';
      const config: ConfigDeliveryChannelConfig = {
        name,
        s3BucketName: c.s3BucketName,
        s3KeyPrefix: c.s3KeyPrefix,
        s3KmsKeyArn: c.s3KmsKeyArn,
        snsTopicARN: c.snsTopicARN,
        deliveryFrequency: c.configSnapshotDeliveryProperties?.deliveryFrequency,
      };
      const relationships = [
        ...(c.s3BucketName ? [{ type: 'delivers-to-bucket', target: `arn:${ctx.partition}:s3:::${c.s3BucketName}` }] : []),
        ...(c.snsTopicARN ? [{ type: 'notifies', target: c.snsTopicARN }] : []),
      ];
      ctx.emit({
        uid: `${base}:delivery-channel/${name}`,
        account: ctx.account,
        region: ctx.region,
        type: CONFIG_DELIVERY_CHANNEL_TYPE,
        name,
        tags: {},
        config: config as unknown as Record<string, unknown>,
        relationships: relationships.length ? relationships : undefined,
      });
    }
  },
};

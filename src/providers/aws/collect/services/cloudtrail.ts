import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  paginateListTags,
  type AdvancedEventSelector,
  type EventSelector,
  type Trail,
} from '@aws-sdk/client-cloudtrail';
import {
  TRAIL_TYPE,
  type TrailAdvancedEventSelector,
  type TrailConfig,
  type TrailEventSelector,
  type TrailStatus,
} from '../../model/cloudtrail.js';
import type { Relationship } from '../../../../model/types.js';
import type { CollectContext, ServiceCollector } from '../types.js';

const iso = (d: Date | undefined) => (d ? d.toISOString() : undefined);
const arnAccount = (arn: string) => arn.split(':')[4];

function classicSelectors(selectors: EventSelector[] | undefined): TrailEventSelector[] {
  return (selectors ?? []).map((s) => ({
    readWriteType: s.ReadWriteType,
    includeManagementEvents: s.IncludeManagementEvents,
    excludeManagementEventSources: s.ExcludeManagementEventSources?.length ? s.ExcludeManagementEventSources : undefined,
    dataResources: s.DataResources?.length
      ? s.DataResources.map((d) => ({ type: d.Type ?? '', values: d.Values ?? [] }))
      : undefined,
  }));
}

function advancedSelectors(selectors: AdvancedEventSelector[] | undefined): TrailAdvancedEventSelector[] {
  return (selectors ?? []).map((s) => ({
    name: s.Name,
    fieldSelectors: (s.FieldSelectors ?? []).map((f) => ({
      field: f.Field ?? '',
      equals: f.Equals,
      startsWith: f.StartsWith,
      endsWith: f.EndsWith,
      notEquals: f.NotEquals,
      notStartsWith: f.NotStartsWith,
      notEndsWith: f.NotEndsWith,
    })),
  }));
}

function relationships(trail: Trail, partition: string): Relationship[] {
  const rels: Relationship[] = [];
  if (trail.S3BucketName) rels.push({ type: 'delivers-to-bucket', target: `arn:${partition}:s3:::${trail.S3BucketName}` });
  if (trail.KmsKeyId) rels.push({ type: 'encrypted-by', target: trail.KmsKeyId });
  if (trail.CloudWatchLogsLogGroupArn) rels.push({ type: 'logs-to', target: trail.CloudWatchLogsLogGroupArn.replace(/:\*$/, '') });
  if (trail.CloudWatchLogsRoleArn) rels.push({ type: 'uses-role', target: trail.CloudWatchLogsRoleArn });
  if (trail.SnsTopicARN) rels.push({ type: 'notifies', target: trail.SnsTopicARN });
  return rels;
}

async function collectTrail(ctx: CollectContext, client: CloudTrailClient, trail: Trail & { TrailARN: string }) {
  const uid = trail.TrailARN;
  const errors: Record<string, string> = {};

  const status = await ctx.detail(errors, uid, 'status', 'cloudtrail:GetTrailStatus', () =>
    client.send(new GetTrailStatusCommand({ Name: uid })),
  );
  const selectors = await ctx.detail(errors, uid, 'eventSelectors', 'cloudtrail:GetEventSelectors', () =>
    client.send(new GetEventSelectorsCommand({ TrailName: uid })),
  );
  const tags = await ctx.detail(errors, uid, 'tags', 'cloudtrail:ListTags', async () => {
    const out: Record<string, string> = {};
    for await (const page of paginateListTags({ client }, { ResourceIdList: [uid] })) {
      for (const r of page.ResourceTagList ?? []) for (const t of r.TagsList ?? []) if (t.Key) out[t.Key] = t.Value ?? '';
    }
    return out;
  });

  const trailStatus: TrailStatus | undefined = status
    ? {
        isLogging: status.IsLogging ?? false,
        latestDeliveryError: status.LatestDeliveryError || undefined,
        latestDeliveryTime: iso(status.LatestDeliveryTime),
        latestCloudWatchLogsDeliveryError: status.LatestCloudWatchLogsDeliveryError || undefined,
        latestCloudWatchLogsDeliveryTime: iso(status.LatestCloudWatchLogsDeliveryTime),
      }
    : undefined;

  const config: TrailConfig = {
    name: trail.Name ?? uid.split('/').pop() ?? uid,
    homeRegion: trail.HomeRegion ?? ctx.region,
    isMultiRegionTrail: trail.IsMultiRegionTrail ?? false,
    isOrganizationTrail: trail.IsOrganizationTrail ?? false,
    includeGlobalServiceEvents: trail.IncludeGlobalServiceEvents ?? false,
    logFileValidationEnabled: trail.LogFileValidationEnabled ?? false,
    kmsKeyId: trail.KmsKeyId,
    s3BucketName: trail.S3BucketName,
    s3KeyPrefix: trail.S3KeyPrefix,
    cloudWatchLogsLogGroupArn: trail.CloudWatchLogsLogGroupArn,
    cloudWatchLogsRoleArn: trail.CloudWatchLogsRoleArn,
    snsTopicArn: trail.SnsTopicARN,
    status: trailStatus,
    eventSelectors: selectors
      ? { classic: classicSelectors(selectors.EventSelectors), advanced: advancedSelectors(selectors.AdvancedEventSelectors) }
      : undefined,
  };

  ctx.emit({
    uid,
    account: ctx.account,
    region: config.homeRegion,
    type: TRAIL_TYPE,
    name: config.name,
    tags: tags ?? {},
    config: config as unknown as Record<string, unknown>,
    relationships: relationships(trail, ctx.partition),
    errors: Object.keys(errors).length ? errors : undefined,
  });
}

/**
 * CloudTrail trails, collected in their home region (includeShadowTrails=false) by the account that
 * owns them. An organization trail seen from a member account belongs to the management account and
 * is emitted by that account's scan only, so uids never collide.
 */
export const collector: ServiceCollector = {
  service: 'cloudtrail',
  global: false,
  async collect(ctx) {
    const client = ctx.client(CloudTrailClient);
    const out = await ctx.list('cloudtrail:DescribeTrails', [TRAIL_TYPE], () =>
      client.send(new DescribeTrailsCommand({ includeShadowTrails: false })),
    );
    for (const trail of out?.trailList ?? []) {
      if (!trail.TrailARN) continue;
      if (trail.HomeRegion && trail.HomeRegion !== ctx.region) continue;
      if (arnAccount(trail.TrailARN) !== ctx.account) continue;
      await collectTrail(ctx, client, trail as Trail & { TrailARN: string });
    }
  },
};

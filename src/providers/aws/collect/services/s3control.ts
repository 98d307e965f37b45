import {
  GetAccessPointCommand,
  GetAccessPointPolicyCommand,
  paginateListAccessPoints,
  S3ControlClient,
  type AccessPoint,
} from '@aws-sdk/client-s3-control';
import { parsePolicyText } from '../policy.js';
import { ACCESS_POINT_TYPE, bucketArn, type AccessPointConfig, type PolicyDocument } from '../../model/s3.js';
import { mapPool } from '../pool.js';
import type { CollectContext, ServiceCollector } from '../types.js';

/** A deleted access point, or one without a policy. */
const NO_ACCESS_POINT = ['NoSuchAccessPoint'];
const NO_POLICY = ['NoSuchAccessPointPolicy', 'NoSuchAccessPoint'];

/**
 * S3 access points of general purpose buckets, per region (S3 Control lists the access points of the
 * region it is asked in): network origin, the access point's own Block Public Access and its policy,
 * for external-access analysis. Account-level Block Public Access is read by the s3 collector.
 */
export const collector: ServiceCollector = {
  service: 's3control',
  global: false,
  async collect(ctx) {
    const client = ctx.client(S3ControlClient);
    const points = await ctx.list('ListAccessPoints', [ACCESS_POINT_TYPE], async () => {
      const out: AccessPoint[] = [];
      for await (const page of paginateListAccessPoints({ client, pageSize: 1000 }, { AccountId: ctx.account })) out.push(...(page.AccessPointList ?? []));
      return out;
    });
    await mapPool(points ?? [], 4, (p) => collectAccessPoint(ctx, client, p));
  },
};

async function collectAccessPoint(ctx: CollectContext, client: S3ControlClient, p: AccessPoint) {
  if (!p.Name) return;
  const uid = p.AccessPointArn ?? `arn:${ctx.partition}:s3:${ctx.region}:${ctx.account}:accesspoint/${p.Name}`;
  const errors: Record<string, string> = {};
  const ids = { AccountId: ctx.account, Name: p.Name };
  const described = await ctx.detail(errors, uid, 'publicAccessBlock', 'GetAccessPoint', () => client.send(new GetAccessPointCommand(ids)), NO_ACCESS_POINT);
  if (described === null) return; // deleted since the listing
  const policy = await ctx.detail(
    errors,
    uid,
    'policy',
    'GetAccessPointPolicy',
    async () => (await client.send(new GetAccessPointPolicyCommand(ids))).Policy ?? null,
    NO_POLICY,
  );
  const pab = described?.PublicAccessBlockConfiguration;
  const config: AccessPointConfig = {
    name: p.Name,
    bucket: p.Bucket ?? '',
    bucketAccountId: p.BucketAccountId || undefined,
    networkOrigin: p.NetworkOrigin ?? described?.NetworkOrigin ?? 'Internet',
    vpcId: p.VpcConfiguration?.VpcId || undefined,
    alias: p.Alias || undefined,
    publicAccessBlock:
      described === undefined
        ? undefined
        : pab
          ? {
              BlockPublicAcls: pab.BlockPublicAcls === true,
              IgnorePublicAcls: pab.IgnorePublicAcls === true,
              BlockPublicPolicy: pab.BlockPublicPolicy === true,
              RestrictPublicBuckets: pab.RestrictPublicBuckets === true,
            }
          : null,
    policy: policy === undefined ? undefined : parsePolicyText<PolicyDocument>(policy ?? undefined, errors),
  };
  ctx.emit({
    uid,
    account: ctx.account,
    region: ctx.region,
    type: ACCESS_POINT_TYPE,
    name: p.Name,
    tags: {},
    config: config as unknown as Record<string, unknown>,
    relationships: config.bucket ? [{ type: 'access-point-of', target: bucketArn(config.bucket, ctx.partition) }] : undefined,
    errors: Object.keys(errors).length ? errors : undefined,
  });
}

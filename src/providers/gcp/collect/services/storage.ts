/** Cloud Storage: buckets (projection full) with their IAM policy. Object ACLs are not read. */
import { mapPool } from '../../../aws/collect/pool.js';
import { GCP_TYPES, gcpUid, type BucketConfig } from '../../model.js';
import type { GcpServiceCollector } from '../types.js';
import { pick, toIamPolicy } from '../util.js';

/** `US-CENTRAL1` → `us-central1`; multi- and dual-regions (`US`, `EU`, `NAM4`) stay as Google writes them. */
export function bucketRegion(location: string | null | undefined): string {
  if (!location) return 'global';
  return /^[A-Z]+-[A-Z]+\d+$/.test(location) ? location.toLowerCase() : location;
}

export const collector: GcpServiceCollector = {
  service: 'storage',
  apis: ['storage.googleapis.com', 'storage-api.googleapis.com', 'storage-component.googleapis.com'],
  scopes: ['project'],
  resourceTypes: [GCP_TYPES.bucket],
  async collect(ctx) {
    const storage = await ctx.api('storage');
    const buckets: { config: BucketConfig; labels?: Record<string, string> | null }[] = [];
    const listed = await ctx.pages(
      'storage.buckets.list',
      [GCP_TYPES.bucket],
      (pageToken) => storage.buckets.list({ project: ctx.scope.projectId!, projection: 'full', maxResults: 1000, pageToken }),
      (page) => {
        for (const b of page.items ?? []) {
          if (!b.name) continue;
          const config: BucketConfig = { ...pick<BucketConfig>(b, ['location', 'storageClass']), name: b.name };
          if (b.iamConfiguration) {
            config.iamConfiguration = {};
            if (b.iamConfiguration.uniformBucketLevelAccess) config.iamConfiguration.uniformBucketLevelAccess = pick(b.iamConfiguration.uniformBucketLevelAccess, ['enabled', 'lockedTime']);
            if (b.iamConfiguration.publicAccessPrevention) config.iamConfiguration.publicAccessPrevention = b.iamConfiguration.publicAccessPrevention as 'enforced' | 'inherited';
          }
          if (b.retentionPolicy) config.retentionPolicy = pick(b.retentionPolicy, ['retentionPeriod', 'isLocked', 'effectiveTime']);
          if (b.versioning) config.versioning = pick(b.versioning, ['enabled']);
          if (b.logging) config.logging = pick(b.logging, ['logBucket', 'logObjectPrefix']);
          if (b.encryption) config.encryption = pick(b.encryption, ['defaultKmsKeyName']);
          buckets.push({ config, labels: b.labels });
        }
      },
    );
    if (!listed) return;
    await mapPool(buckets, 4, async ({ config, labels }) => {
      const uid = gcpUid.bucket(config.name);
      const errors: Record<string, string> = {};
      const policy = await ctx.detail(errors, uid, 'iamPolicy', 'storage.buckets.getIamPolicy', () =>
        storage.buckets.getIamPolicy({ bucket: config.name, optionsRequestedPolicyVersion: 3 }),
      );
      if (policy) config.iamPolicy = toIamPolicy(policy);
      ctx.emit({ uid, type: GCP_TYPES.bucket, name: config.name, config, tags: labels, errors, region: bucketRegion(config.location) });
    });
  },
};

/** Fixture builders for the storage rules. */
import { GCP_TYPES, gcpUid, type BucketConfig, type IamBinding } from '../../../../src/providers/gcp/model.js';
import type { Resource } from '../../../../src/model/types.js';
import { gcpResource, PROJECT } from '../testing.js';

export const bucketUid = (name: string) => gcpUid.bucket(name);

/** A bucket of the fixture project with uniform access on, prevention inherited and the given bindings. */
export function bucket(name: string, config: Partial<BucketConfig> = {}, bindings: IamBinding[] = [], errors?: Record<string, string>): Resource {
  return gcpResource<BucketConfig>({
    type: GCP_TYPES.bucket,
    uid: bucketUid(name),
    account: PROJECT,
    region: 'US',
    config: {
      name,
      location: 'US',
      storageClass: 'STANDARD',
      iamConfiguration: { uniformBucketLevelAccess: { enabled: true }, publicAccessPrevention: 'inherited' },
      iamPolicy: { version: 1, bindings: [{ role: 'roles/storage.legacyBucketOwner', members: [`projectOwner:${PROJECT}`] }, ...bindings] },
      ...config,
    },
    errors,
  });
}

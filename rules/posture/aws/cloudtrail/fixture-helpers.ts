/** Fixture builders shared by the CloudTrail, Config and CloudWatch monitoring rules. */
import type { TrailConfig } from '../../../../src/providers/aws/model/cloudtrail.js';
import { TRAIL_TYPE } from '../../../../src/providers/aws/model/cloudtrail.js';
import { ACCOUNT_TYPE, accountUid, REGION_TYPE, regionUid } from '../../../../src/model/pseudo.js';
import type { Resource } from '../../../../src/model/types.js';
import { ACCOUNT, REGION, resource } from '../../testing.js';

export const account = (id = ACCOUNT): Resource =>
  resource({ type: ACCOUNT_TYPE, uid: accountUid(id), account: id, region: 'global', config: { accountId: id, partition: 'aws' } });

export const regionResource = (region: string, id = ACCOUNT): Resource =>
  resource({ type: REGION_TYPE, uid: regionUid(id, region), account: id, region, config: {} });

export const trailArn = (name: string, region = REGION, id = ACCOUNT) => `arn:aws:cloudtrail:${region}:${id}:trail/${name}`;

/** A well-configured multi-Region trail; override any field to break it. */
export function trail(name: string, overrides: Partial<TrailConfig> = {}, opts: { region?: string; account?: string } = {}): Resource {
  const region = opts.region ?? REGION;
  const id = opts.account ?? ACCOUNT;
  const config: TrailConfig = {
    name,
    homeRegion: region,
    isMultiRegionTrail: true,
    isOrganizationTrail: false,
    includeGlobalServiceEvents: true,
    logFileValidationEnabled: true,
    kmsKeyId: `arn:aws:kms:${region}:${id}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
    s3BucketName: 'trail-logs-bucket',
    cloudWatchLogsLogGroupArn: `arn:aws:logs:${region}:${id}:log-group:cloudtrail/${name}:*`,
    status: { isLogging: true },
    eventSelectors: { classic: [{ readWriteType: 'All', includeManagementEvents: true }], advanced: [] },
    ...overrides,
  };
  return resource({ type: TRAIL_TYPE, uid: trailArn(name, region, id), account: id, region, config });
}

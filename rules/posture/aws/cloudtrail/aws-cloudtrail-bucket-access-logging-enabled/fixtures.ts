import { BUCKET_TYPE } from '../../../../../src/providers/aws/model/s3.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { resource } from '../../../testing.js';
import { trail, trailArn } from '../fixture-helpers.js';

const bucket = (logging: { targetBucket: string } | null | undefined, errors?: Record<string, string>) =>
  resource({
    type: BUCKET_TYPE,
    uid: 'arn:aws:s3:::trail-logs-bucket',
    config: { name: 'trail-logs-bucket', bucketRegion: 'us-east-1', logging },
    errors,
  });

export const fixtures: RuleFixture[] = [
  { name: 'trail bucket without access logging', expect: 'FAIL', target: trailArn('main'), resources: [trail('main'), bucket(null)] },
  {
    name: 'trail bucket logs to a separate bucket',
    expect: 'PASS',
    target: trailArn('main'),
    resources: [trail('main'), bucket({ targetBucket: 'access-logs-bucket' })],
  },
  {
    name: 'bucket logging not collectable',
    expect: 'NOT_ASSESSED',
    target: trailArn('main'),
    resources: [trail('main'), bucket(undefined, { logging: 'AccessDenied' })],
  },
  { name: 'bucket owned by an account outside the scan', expect: 'NOT_ASSESSED', target: trailArn('main'), resources: [trail('main')] },
];

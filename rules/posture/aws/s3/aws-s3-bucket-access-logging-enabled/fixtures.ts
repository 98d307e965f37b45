import type { RuleFixture } from '../../../../../src/model/rule.js';
import { bucket, bucketUid } from '../testing.js';

const uid = bucketUid('cloudtrail-logs');

export const fixtures: RuleFixture[] = [
  { name: 'logging disabled', expect: 'FAIL', target: uid, resources: [bucket('cloudtrail-logs', { logging: null })] },
  { name: 'logging to a log bucket', expect: 'PASS', target: uid, resources: [bucket('cloudtrail-logs')] },
  {
    name: 'the access-log target bucket itself',
    expect: 'NOT_APPLICABLE',
    target: bucketUid('central-access-logs'),
    resources: [bucket('cloudtrail-logs'), bucket('central-access-logs', { logging: null })],
  },
  {
    name: 'logging not collectable',
    expect: 'NOT_ASSESSED',
    target: uid,
    resources: [bucket('cloudtrail-logs', { logging: undefined }, { errors: { logging: 'AccessDenied' } })],
  },
];

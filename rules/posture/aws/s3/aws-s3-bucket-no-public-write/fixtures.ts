import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountPab, ALL_BLOCKED, bucket, bucketUid, NOTHING_BLOCKED } from '../testing.js';

const name = 'pipeline-artifacts';
const uid = bucketUid(name);
const publicPut = { Sid: 'AnyoneUpload', Effect: 'Allow' as const, Principal: { AWS: '*' }, Action: ['s3:Put*'], Resource: `${uid}/*` };
const publicGet = { Sid: 'PublicRead', Effect: 'Allow' as const, Principal: '*' as const, Action: 's3:GetObject', Resource: `${uid}/*` };

export const fixtures: RuleFixture[] = [
  {
    name: 'policy allows s3:Put* to {"AWS": "*"}',
    expect: 'FAIL',
    target: uid,
    resources: [bucket(name, { publicAccessBlock: null, policy: { Statement: [publicPut] } }), accountPab(null)],
  },
  {
    name: 'ACL grants WRITE to AuthenticatedUsers',
    expect: 'FAIL',
    target: uid,
    resources: [
      bucket(name, {
        publicAccessBlock: NOTHING_BLOCKED,
        ownershipControls: { objectOwnership: 'BucketOwnerPreferred' },
        acl: { grants: [{ grantee: 'AuthenticatedUsers', permission: 'WRITE' }] },
      }),
      accountPab(null),
    ],
  },
  {
    name: 'public read only (no write)',
    expect: 'PASS',
    target: uid,
    resources: [bucket(name, { publicAccessBlock: null, policy: { Statement: [publicGet] } }), accountPab(null)],
  },
  {
    name: 'public write grant neutralised by bucket-level Block Public Access',
    expect: 'PASS',
    target: uid,
    resources: [bucket(name, { publicAccessBlock: ALL_BLOCKED, policy: { Statement: [publicPut] } }), accountPab(null)],
  },
  {
    name: 'ACL not collectable',
    expect: 'NOT_ASSESSED',
    target: uid,
    resources: [bucket(name, { acl: undefined }, { errors: { acl: 'AccessDenied' } })],
  },
];

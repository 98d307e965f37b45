import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountPab, ALL_BLOCKED, bucket, bucketUid, denyHttp, NOTHING_BLOCKED } from '../testing.js';

const name = 'public-assets';
const uid = bucketUid(name);
const publicGet = {
  Sid: 'PublicRead',
  Effect: 'Allow' as const,
  Principal: '*' as const,
  Action: 's3:GetObject',
  Resource: `${uid}/*`,
};
const policy = (...s: object[]) => ({ Version: '2012-10-17', Statement: [denyHttp(name), ...s] }) as never;

export const fixtures: RuleFixture[] = [
  {
    name: 'policy allows s3:GetObject to "*" and Block Public Access is off',
    expect: 'FAIL',
    target: uid,
    resources: [bucket(name, { publicAccessBlock: null, policy: policy(publicGet) }), accountPab(null)],
  },
  {
    name: 'ACL grants READ to AllUsers with ACLs enabled and IgnorePublicAcls off',
    expect: 'FAIL',
    target: uid,
    resources: [
      bucket(name, {
        publicAccessBlock: NOTHING_BLOCKED,
        ownershipControls: { objectOwnership: 'ObjectWriter' },
        acl: { grants: [{ grantee: 'AllUsers', permission: 'READ' }] },
      }),
      accountPab(NOTHING_BLOCKED),
    ],
  },
  {
    name: 'public statement restricted by aws:SourceVpce is not public',
    expect: 'PASS',
    target: uid,
    resources: [
      bucket(name, {
        publicAccessBlock: null,
        policy: policy({ ...publicGet, Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d' } } }),
      }),
      accountPab(null),
    ],
  },
  {
    name: 'public policy neutralised by account-level RestrictPublicBuckets',
    expect: 'PASS',
    target: uid,
    resources: [bucket(name, { publicAccessBlock: null, policy: policy(publicGet) }), accountPab(ALL_BLOCKED)],
  },
  { name: 'private bucket', expect: 'PASS', target: uid, resources: [bucket(name)] },
  {
    name: 'public policy, account-level setting unreadable',
    expect: 'NOT_ASSESSED',
    target: uid,
    resources: [bucket(name, { publicAccessBlock: null, policy: policy(publicGet) }), accountPab(undefined, { errors: { publicAccessBlock: 'AccessDenied' } })],
  },
  {
    name: 'bucket policy not collectable',
    expect: 'NOT_ASSESSED',
    target: uid,
    resources: [bucket(name, { policy: undefined }, { errors: { policy: 'AccessDenied' } })],
  },
];

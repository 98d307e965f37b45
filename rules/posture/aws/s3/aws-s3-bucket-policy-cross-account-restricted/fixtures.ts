import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, OTHER_ACCOUNT } from '../../../testing.js';
import { bucket, bucketUid, denyHttp } from '../testing.js';

const name = 'shared-exports';
const uid = bucketUid(name);
const grant = (principal: string, action: string | string[]) => ({
  Sid: 'Partner',
  Effect: 'Allow' as const,
  Principal: { AWS: principal },
  Action: action,
  Resource: [uid, `${uid}/*`],
});

export const fixtures: RuleFixture[] = [
  {
    name: 'other account can s3:Put* (includes PutBucketPolicy)',
    expect: 'FAIL',
    target: uid,
    resources: [bucket(name, { policy: { Statement: [denyHttp(name), grant(`arn:aws:iam::${OTHER_ACCOUNT}:root`, 's3:Put*')] } })],
  },
  {
    name: 'other account id granted s3:PutObjectAcl',
    expect: 'FAIL',
    target: uid,
    resources: [bucket(name, { policy: { Statement: [grant(OTHER_ACCOUNT, ['s3:GetObject', 's3:PutObjectAcl'])] } })],
  },
  {
    name: 'other account gets read-only access',
    expect: 'PASS',
    target: uid,
    resources: [bucket(name, { policy: { Statement: [denyHttp(name), grant(`arn:aws:iam::${OTHER_ACCOUNT}:role/reader`, 's3:GetObject')] } })],
  },
  {
    name: 'own account role may administer the bucket',
    expect: 'PASS',
    target: uid,
    resources: [bucket(name, { policy: { Statement: [grant(`arn:aws:iam::${ACCOUNT}:role/admin`, 's3:*')] } })],
  },
  { name: 'policy not collectable', expect: 'NOT_ASSESSED', target: uid, resources: [bucket(name, { policy: undefined }, { errors: { policy: 'AccessDenied' } })] },
];

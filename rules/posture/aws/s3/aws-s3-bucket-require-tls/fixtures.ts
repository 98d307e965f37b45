import type { RuleFixture } from '../../../../../src/model/rule.js';
import { bucket, bucketUid, denyHttp } from '../testing.js';

const name = 'orders-data';
const uid = bucketUid(name);

export const fixtures: RuleFixture[] = [
  { name: 'no bucket policy', expect: 'FAIL', target: uid, resources: [bucket(name, { policy: null, policyStatus: null })] },
  {
    name: 'policy allows HTTP (no SecureTransport deny)',
    expect: 'FAIL',
    target: uid,
    resources: [
      bucket(name, {
        policy: { Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:role/app' }, Action: 's3:GetObject', Resource: `${uid}/*` }] },
      }),
    ],
  },
  {
    name: 'deny covers only GetObject on objects',
    expect: 'FAIL',
    target: uid,
    resources: [bucket(name, { policy: { Statement: [{ ...denyHttp(name), Action: 's3:GetObject', Resource: `${uid}/*` }] } })],
  },
  { name: 'deny s3:* when aws:SecureTransport is false', expect: 'PASS', target: uid, resources: [bucket(name)] },
  {
    name: 'deny with {"AWS": "*"}, action "*", resource wildcard and boolean false',
    expect: 'PASS',
    target: uid,
    resources: [
      bucket(name, {
        policy: {
          Statement: [{ Effect: 'Deny', Principal: { AWS: '*' }, Action: '*', Resource: `${uid}*`, Condition: { Bool: { 'aws:SecureTransport': false } } }],
        } as never,
      }),
    ],
  },
  { name: 'policy not collectable', expect: 'NOT_ASSESSED', target: uid, resources: [bucket(name, { policy: undefined }, { errors: { policy: 'AccessDenied' } })] },
];

import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT } from '../../../testing.js';
import { defaultKeyPolicy, key, keyArn } from '../testing.js';

const id = 'aaaabbbb-cccc-dddd-eeee-ffff00001111';
const uid = keyArn(id);
const everyone = {
  Sid: 'AllowUseOfTheKey',
  Effect: 'Allow' as const,
  Principal: { AWS: '*' },
  Action: ['kms:Decrypt', 'kms:DescribeKey'],
  Resource: '*',
};
const withStatement = (s: object) => ({ ...defaultKeyPolicy, Statement: [...defaultKeyPolicy.Statement, s] }) as never;

export const fixtures: RuleFixture[] = [
  { name: 'kms:Decrypt allowed to {"AWS": "*"}', expect: 'FAIL', target: uid, resources: [key(id, { config: { policy: withStatement(everyone) } })] },
  {
    name: 'Principal "*" with a wildcard org condition is still public',
    expect: 'FAIL',
    target: uid,
    resources: [key(id, { config: { policy: withStatement({ ...everyone, Condition: { StringLike: { 'aws:PrincipalOrgID': 'o-*' } } }) } })],
  },
  { name: 'default key policy (account root only)', expect: 'PASS', target: uid, resources: [key(id)] },
  {
    name: 'Principal "*" pinned with kms:CallerAccount and kms:ViaService',
    expect: 'PASS',
    target: uid,
    resources: [
      key(id, {
        config: {
          policy: withStatement({ ...everyone, Condition: { StringEquals: { 'kms:CallerAccount': ACCOUNT, 'kms:ViaService': 'rds.us-east-1.amazonaws.com' } } }),
        },
      }),
    ],
  },
  { name: 'AWS managed key', expect: 'NOT_APPLICABLE', target: uid, resources: [key(id, { metadata: { keyManager: 'AWS' }, config: { policy: null } })] },
  { name: 'policy not collectable', expect: 'NOT_ASSESSED', target: uid, resources: [key(id, { config: { policy: undefined } }, { errors: { policy: 'AccessDenied' } })] },
];

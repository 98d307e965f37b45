import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT } from '../../../testing.js';
import { arn, instance } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'IMDSv1 allowed on an instance with a role',
    expect: 'FAIL',
    target: arn('instance', 'i-0web'),
    resources: [
      instance('i-0web', {
        metadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 },
        iamInstanceProfileArn: `arn:aws:iam::${ACCOUNT}:instance-profile/web-server-profile`,
      }),
    ],
  },
  { name: 'IMDSv2 required', expect: 'PASS', target: arn('instance', 'i-0app'), resources: [instance('i-0app')] },
  {
    name: 'metadata endpoint disabled',
    expect: 'PASS',
    target: arn('instance', 'i-0off'),
    resources: [instance('i-0off', { metadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'disabled' } })],
  },
];

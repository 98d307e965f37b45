import type { RuleFixture } from '../../../../../src/model/rule.js';
import { REPO_UID as target, repoFixture } from '../fixture-helpers.js';

const PULL = ['ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage', 'ecr:BatchCheckLayerAvailability'];
const policy = (...Statement: Record<string, unknown>[]) => ({ Version: '2012-10-17', Statement });

export const fixtures: RuleFixture[] = [
  {
    name: 'public pull with Principal "*"',
    expect: 'FAIL',
    target,
    resources: [repoFixture({ policy: policy({ Sid: 'PublicPull', Effect: 'Allow', Principal: '*', Action: PULL }) })],
  },
  {
    name: 'public push with Principal {"AWS": "*"} and a non-restricting condition',
    expect: 'FAIL',
    target,
    resources: [
      repoFixture({
        policy: policy({
          Sid: 'AnyonePush',
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: 'ecr:*',
          Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } },
        }),
      }),
    ],
  },
  {
    name: 'Principal "*" limited to the organization',
    expect: 'PASS',
    target,
    resources: [
      repoFixture({
        policy: policy({ Sid: 'OrgPull', Effect: 'Allow', Principal: '*', Action: PULL, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }),
      }),
    ],
  },
  {
    name: 'specific account principal',
    expect: 'PASS',
    target,
    resources: [repoFixture({ policy: policy({ Sid: 'ProdPull', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::222222222222:root' }, Action: PULL }) })],
  },
  { name: 'no repository policy', expect: 'PASS', target, resources: [repoFixture({ policy: null })] },
  { name: 'policy not collectable', expect: 'NOT_ASSESSED', target, resources: [repoFixture({ policy: undefined }, { policy: 'AccessDenied' })] },
];

import { ROLE_TYPE, type PolicyDocument } from '../../../../../src/providers/aws/model/iam.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';

const uid = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
const role = (name: string, assumeRolePolicy: PolicyDocument | null) =>
  resource({
    type: ROLE_TYPE,
    uid: uid(name),
    region: 'global',
    name,
    config: { roleName: name, roleId: 'AROA1', path: '/', createDate: null, assumeRolePolicy, attachedPolicies: [], inlinePolicies: [], instanceProfiles: [], permissionsBoundaryArn: null, roleLastUsed: null, serviceLinked: false },
  });
const gh = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;

export const fixtures: RuleFixture[] = [
  {
    name: 'Principal AWS "*" without condition',
    expect: 'FAIL',
    target: uid('partner-access'),
    resources: [role('partner-access', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }] })],
  },
  {
    name: '"*" with only an ExternalId condition',
    expect: 'FAIL',
    target: uid('vendor'),
    resources: [role('vendor', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'abc123' } } }] })],
  },
  {
    name: 'GitHub OIDC without sub condition',
    expect: 'FAIL',
    target: uid('github-deploy'),
    resources: [
      role('github-deploy', {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Federated: gh }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } } }],
      }),
    ],
  },
  {
    name: '"*" restricted to the organization',
    expect: 'PASS',
    target: uid('org-reader'),
    resources: [role('org-reader', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } } }] })],
  },
  {
    name: 'EC2 service and GitHub OIDC pinned to a repository',
    expect: 'PASS',
    target: uid('web-server-role'),
    resources: [
      role('web-server-role', {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
          { Effect: 'Allow', Principal: { Federated: gh }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:mamori-demo/web:ref:refs/heads/main' } } },
        ],
      }),
    ],
  },
];

import { MANAGED_POLICY_TYPE, ROLE_TYPE } from '../../../../../src/providers/aws/model/iam.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';
import { user, userUid } from '../fixture-helpers.js';

const roleUid = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
const role = (name: string, extra: object) =>
  resource({
    type: ROLE_TYPE,
    uid: roleUid(name),
    region: 'global',
    name,
    config: { roleName: name, roleId: 'AROA1', path: '/', createDate: null, assumeRolePolicy: null, attachedPolicies: [], inlinePolicies: [], instanceProfiles: [], permissionsBoundaryArn: null, roleLastUsed: null, serviceLinked: false, ...extra },
  });
const customArn = `arn:aws:iam::${ACCOUNT}:policy/everything`;
const customPolicy = resource({
  type: MANAGED_POLICY_TYPE,
  uid: customArn,
  region: 'global',
  config: { arn: customArn, policyName: 'everything', path: '/', awsManaged: false, defaultVersionId: 'v1', attachmentCount: 1, permissionsBoundaryUsageCount: 0, createDate: null, updateDate: null, document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } },
});

export const fixtures: RuleFixture[] = [
  {
    name: 'user with AdministratorAccess attached',
    expect: 'FAIL',
    target: userUid('ops-admin'),
    resources: [user('ops-admin', { attachedPolicies: [{ policyName: 'AdministratorAccess', policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }] })],
  },
  {
    name: 'role with an inline *:* policy',
    expect: 'FAIL',
    target: roleUid('lambda-exec'),
    resources: [role('lambda-exec', { inlinePolicies: [{ policyName: 'all', document: { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*:*', Resource: '*' } } }] })],
  },
  {
    name: 'role with a customer managed *:* policy',
    expect: 'FAIL',
    target: roleUid('deployer'),
    resources: [customPolicy, role('deployer', { attachedPolicies: [{ policyName: 'everything', policyArn: customArn }] })],
  },
  {
    name: 'role with ReadOnlyAccess and a scoped inline policy',
    expect: 'PASS',
    target: roleUid('web-server-role'),
    resources: [
      role('web-server-role', {
        attachedPolicies: [{ policyName: 'ReadOnlyAccess', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
        inlinePolicies: [{ policyName: 's3', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::bucket/*' }] } }],
      }),
    ],
  },
  {
    name: 'service-linked role',
    expect: 'NOT_APPLICABLE',
    target: roleUid('AWSServiceRoleForSupport'),
    resources: [role('AWSServiceRoleForSupport', { path: '/aws-service-role/support.amazonaws.com/', serviceLinked: true })],
  },
  { name: 'user policies denied', expect: 'NOT_ASSESSED', target: userUid('x'), resources: [user('x', { attachedPolicies: undefined, inlinePolicies: undefined }, { policies: 'AccessDenied' })] },
];

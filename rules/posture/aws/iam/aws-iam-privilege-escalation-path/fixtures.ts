import { INSTANCE_PROFILE_TYPE, MANAGED_POLICY_TYPE, managedPolicyUid, ROLE_TYPE, type PolicyDocument, type PolicyStatement } from '../../../../../src/providers/aws/model/iam.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import type { Resource } from '../../../../../src/model/types.js';
import { ACCOUNT, resource } from '../../../testing.js';
import { user, userUid } from '../fixture-helpers.js';

const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
const roleUid = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
const policyArn = (name: string) => `arn:aws:iam::${ACCOUNT}:policy/${name}`;
const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';

/** A user with no groups (the shared helper's default group is not in these snapshots). */
const iamUser = (name: string, extra: Parameters<typeof user>[1] = {}, errors?: Record<string, string>) => user(name, { groups: [], ...extra }, errors);

function customerPolicy(name: string, document: PolicyDocument, versionCount = 1): Resource {
  const arn = policyArn(name);
  return resource({
    type: MANAGED_POLICY_TYPE,
    uid: arn,
    region: 'global',
    name,
    config: { arn, policyName: name, path: '/', awsManaged: false, defaultVersionId: `v${versionCount}`, attachmentCount: 1, permissionsBoundaryUsageCount: 0, createDate: null, updateDate: null, document, versionCount },
  });
}

const administratorAccess = resource({
  type: MANAGED_POLICY_TYPE,
  uid: managedPolicyUid(ACCOUNT, ADMIN_ARN),
  region: 'global',
  name: 'AdministratorAccess',
  config: { arn: ADMIN_ARN, policyName: 'AdministratorAccess', path: '/', awsManaged: true, defaultVersionId: 'v1', attachmentCount: 1, permissionsBoundaryUsageCount: 0, createDate: null, updateDate: null, document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) },
});

function role(name: string, extra: Record<string, unknown>): Resource {
  return resource({
    type: ROLE_TYPE,
    uid: roleUid(name),
    region: 'global',
    name,
    config: { roleName: name, roleId: `AROA${name.toUpperCase()}`, path: '/', createDate: null, assumeRolePolicy: null, attachedPolicies: [], inlinePolicies: [], instanceProfiles: [], permissionsBoundaryArn: null, roleLastUsed: null, serviceLinked: false, ...extra },
  });
}

/** An administrator role that EC2 may assume, in an instance profile: the PassRole target. */
const adminInstanceRole = [
  administratorAccess,
  role('admin-instance-role', {
    assumeRolePolicy: doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }),
    attachedPolicies: [{ policyName: 'AdministratorAccess', policyArn: ADMIN_ARN }],
    instanceProfiles: [`arn:aws:iam::${ACCOUNT}:instance-profile/admin-profile`],
  }),
  resource({
    type: INSTANCE_PROFILE_TYPE,
    uid: `arn:aws:iam::${ACCOUNT}:instance-profile/admin-profile`,
    region: 'global',
    config: { instanceProfileName: 'admin-profile', instanceProfileId: 'AIPAADMIN', path: '/', roles: [roleUid('admin-instance-role')] },
  }),
];

const passRoleAndRun = (extra: PolicyStatement[] = []) =>
  doc(
    { Sid: 'PassTheAdminRole', Effect: 'Allow', Action: 'iam:PassRole', Resource: roleUid('admin-instance-role') },
    { Sid: 'Launch', Effect: 'Allow', Action: ['ec2:RunInstances', 'ec2:Describe*'], Resource: '*' },
    ...extra,
  );

export const fixtures: RuleFixture[] = [
  {
    name: 'user allowed iam:CreatePolicyVersion on the policy attached to itself (iam-vulnerable IAM-CreateNewPolicyVersion)',
    expect: 'FAIL',
    target: userUid('policy-editor'),
    resources: [
      customerPolicy('policy-editor-policy', doc({ Effect: 'Allow', Action: ['iam:CreatePolicyVersion', 'iam:GetPolicy*', 'iam:ListPolicyVersions'], Resource: policyArn('policy-editor-policy') })),
      iamUser('policy-editor', { attachedPolicies: [{ policyName: 'policy-editor-policy', policyArn: policyArn('policy-editor-policy') }] }),
    ],
  },
  {
    name: 'user allowed iam:PassRole on an administrator instance role and ec2:RunInstances (iam-vulnerable EC2-CreateInstanceWithExistingProfile)',
    expect: 'FAIL',
    target: userUid('launcher'),
    resources: [...adminInstanceRole, iamUser('launcher', { inlinePolicies: [{ policyName: 'launch', document: passRoleAndRun() }] })],
  },
  {
    name: 'read-only user in an account with an administrator instance role',
    expect: 'PASS',
    target: userUid('auditor'),
    resources: [
      ...adminInstanceRole,
      iamUser('auditor', { inlinePolicies: [{ policyName: 'read', document: doc({ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*', 'ec2:Describe*', 's3:Get*', 's3:List*'], Resource: '*' }) }] }),
    ],
  },
  {
    name: 'iam:PassRole + ec2:RunInstances allowed but iam:PassRole explicitly denied (an Allow+Deny pair is no path)',
    expect: 'PASS',
    target: userUid('launcher'),
    resources: [
      ...adminInstanceRole,
      iamUser('launcher', { inlinePolicies: [{ policyName: 'launch', document: passRoleAndRun([{ Sid: 'NoPassRole', Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' }]) }] }),
    ],
  },
  {
    name: 'administrator user itself',
    expect: 'NOT_APPLICABLE',
    target: userUid('ops-admin'),
    resources: [administratorAccess, iamUser('ops-admin', { attachedPolicies: [{ policyName: 'AdministratorAccess', policyArn: ADMIN_ARN }] })],
  },
  {
    name: 'service-linked role',
    expect: 'NOT_APPLICABLE',
    target: roleUid('AWSServiceRoleForSupport'),
    resources: [role('AWSServiceRoleForSupport', { path: '/aws-service-role/support.amazonaws.com/', serviceLinked: true, assumeRolePolicy: doc({ Effect: 'Allow', Principal: { Service: 'support.amazonaws.com' }, Action: 'sts:AssumeRole' }) })],
  },
  {
    name: "user whose attached customer managed policy is not in the snapshot",
    expect: 'NOT_ASSESSED',
    target: userUid('unknown'),
    resources: [...adminInstanceRole, iamUser('unknown', { attachedPolicies: [{ policyName: 'gone', policyArn: policyArn('gone') }] })],
  },
  {
    name: 'user policies denied',
    expect: 'NOT_ASSESSED',
    target: userUid('x'),
    resources: [iamUser('x', { attachedPolicies: undefined, inlinePolicies: undefined }, { policies: 'AccessDenied' })],
  },
];

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { AccountClient, GetAlternateContactCommand } from '@aws-sdk/client-account';
import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListDelegatedAdministratorsCommand,
  ListDelegatedServicesForAccountCommand,
  ListOrganizationalUnitsForParentCommand,
  ListPoliciesCommand,
  ListRootsCommand,
  ListTargetsForPolicyCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { IAMClient, ListOrganizationsFeaturesCommand } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { collector as accountCollector } from '../../../../src/providers/aws/collect/services/account.js';
import { collector } from '../../../../src/providers/aws/collect/services/organizations.js';
import type { AlternateContactsConfig, MembershipConfig, OrganizationConfig, OrgPolicyConfig, OrgRootConfig, OrgUnitConfig } from '../../../../src/providers/aws/model/organizations.js';
import { awsError, runCollector } from './harness.js';

const MGMT = '210987654321';
const MEMBER = '123456789012';
const ORG_ARN = `arn:aws:organizations::${MGMT}:organization/o-abc123def4`;
const MEMBER2 = '123456789013';
const AUDIT = '345678901234';
const ROOT = 'r-ab12';
const ROOT_ARN = `arn:aws:organizations::${MGMT}:root/o-abc123def4/${ROOT}`;
const OU_WORKLOADS = 'ou-ab12-11111111';
const OU_SECURITY = 'ou-ab12-22222222';
const OU_PROD = 'ou-ab12-33333333';
const ouArn = (id: string) => `arn:aws:organizations::${MGMT}:ou/o-abc123def4/${id}`;
const account = (id: string, name: string, joined: 'INVITED' | 'CREATED') => ({
  Id: id,
  Arn: `arn:aws:organizations::${MGMT}:account/o-abc123def4/${id}`,
  Email: `${name}@example.com`,
  Name: name,
  Status: 'ACTIVE' as const,
  State: 'ACTIVE' as const,
  JoinedMethod: joined,
  JoinedTimestamp: new Date('2021-01-01T00:00:00Z'),
});
const org = mockClient(OrganizationsClient);
const acct = mockClient(AccountClient);
const iam = mockClient(IAMClient);

const organization = { Id: 'o-abc123def4', Arn: ORG_ARN, FeatureSet: 'ALL' as const, MasterAccountId: MGMT, MasterAccountArn: `arn:aws:organizations::${MGMT}:account/o-abc123def4/${MGMT}`, MasterAccountEmail: 'aws-root@example.com' };

describe('organizations collector', () => {
  // Centralised root access off, as in an organisation that never turned it on.
  beforeEach(() => iam.on(ListOrganizationsFeaturesCommand).resolves({ OrganizationId: 'o-abc123def4', EnabledFeatures: [] }));
  afterEach(() => {
    org.reset();
    acct.reset();
    iam.reset();
  });

  // AWS Organizations User Guide › SCP evaluation / RCP evaluation: a policy applies to an account
  // when it is attached to the root, to an OU on the account's path or to the account itself, so
  // the snapshot must carry each account's path and every policy's targets.
  it('management account: OU tree over pages, account paths, every policy type with content and targets, no ListAccounts', async () => {
    org.on(DescribeOrganizationCommand).resolves({ Organization: organization });
    org.on(ListRootsCommand).resolves({
      Roots: [{ Id: ROOT, Arn: ROOT_ARN, Name: 'Root', PolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }, { Type: 'RESOURCE_CONTROL_POLICY', Status: 'ENABLED' }] }],
    });
    org.on(ListOrganizationalUnitsForParentCommand).resolves({ OrganizationalUnits: [] });
    org.on(ListOrganizationalUnitsForParentCommand, { ParentId: ROOT }).resolves({ NextToken: 'ou-page-2', OrganizationalUnits: [{ Id: OU_WORKLOADS, Arn: ouArn(OU_WORKLOADS), Name: 'Workloads' }] });
    org.on(ListOrganizationalUnitsForParentCommand, { ParentId: ROOT, NextToken: 'ou-page-2' }).resolves({ OrganizationalUnits: [{ Id: OU_SECURITY, Arn: ouArn(OU_SECURITY), Name: 'Security' }] });
    org.on(ListOrganizationalUnitsForParentCommand, { ParentId: OU_WORKLOADS }).resolves({ OrganizationalUnits: [{ Id: OU_PROD, Arn: ouArn(OU_PROD), Name: 'Prod' }] });
    org.on(ListAccountsForParentCommand).resolves({ Accounts: [] });
    org.on(ListAccountsForParentCommand, { ParentId: ROOT }).resolves({ Accounts: [account(MGMT, 'management', 'INVITED')] });
    org.on(ListAccountsForParentCommand, { ParentId: OU_PROD }).resolves({ NextToken: 'acct-page-2', Accounts: [account(MEMBER, 'prod', 'CREATED')] });
    org.on(ListAccountsForParentCommand, { ParentId: OU_PROD, NextToken: 'acct-page-2' }).resolves({ Accounts: [account(MEMBER2, 'prod-data', 'CREATED')] });
    org.on(ListAccountsForParentCommand, { ParentId: OU_SECURITY }).resolves({ Accounts: [account(AUDIT, 'audit', 'CREATED')] });
    org.on(ListPoliciesCommand).resolves({ Policies: [] });
    org.on(ListPoliciesCommand, { Filter: 'SERVICE_CONTROL_POLICY' }).resolves({
      NextToken: 'p2',
      Policies: [{ Id: 'p-FullAWSAccess', Arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess', Name: 'FullAWSAccess', Type: 'SERVICE_CONTROL_POLICY', AwsManaged: true }],
    });
    org.on(ListPoliciesCommand, { Filter: 'SERVICE_CONTROL_POLICY', NextToken: 'p2' }).resolves({
      Policies: [{ Id: 'p-deny1234', Arn: `arn:aws:organizations::${MGMT}:policy/o-abc123def4/service_control_policy/p-deny1234`, Name: 'deny-leave-org', Type: 'SERVICE_CONTROL_POLICY', AwsManaged: false }],
    });
    org.on(ListPoliciesCommand, { Filter: 'RESOURCE_CONTROL_POLICY' }).resolves({
      Policies: [{ Id: 'p-rcp1111', Arn: `arn:aws:organizations::${MGMT}:policy/o-abc123def4/resource_control_policy/p-rcp1111`, Name: 'org-only-s3', Type: 'RESOURCE_CONTROL_POLICY', AwsManaged: false }],
    });
    org.on(ListPoliciesCommand, { Filter: 'DECLARATIVE_POLICY_EC2' }).resolves({
      Policies: [{ Id: 'p-decl2222', Arn: `arn:aws:organizations::${MGMT}:policy/o-abc123def4/declarative_policy_ec2/p-decl2222`, Name: 'imdsv2-only', Type: 'DECLARATIVE_POLICY_EC2', AwsManaged: false }],
    });
    org.on(DescribePolicyCommand).resolves({ Policy: { Content: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) } });
    org.on(DescribePolicyCommand, { PolicyId: 'p-deny1234' }).resolves({ Policy: { Content: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }] }) } });
    org.on(DescribePolicyCommand, { PolicyId: 'p-decl2222' }).resolves({
      Policy: { Content: JSON.stringify({ ec2_attributes: { instance_metadata_defaults: { http_tokens: { '@@assign': 'required' } } } }) },
    });
    org.on(ListTargetsForPolicyCommand).resolves({ Targets: [{ TargetId: ROOT, Arn: ROOT_ARN, Name: 'Root', Type: 'ROOT' }] });
    org.on(ListTargetsForPolicyCommand, { PolicyId: 'p-deny1234' }).resolves({ Targets: [{ TargetId: OU_WORKLOADS, Arn: ouArn(OU_WORKLOADS), Name: 'Workloads', Type: 'ORGANIZATIONAL_UNIT' }] });
    org.on(ListDelegatedAdministratorsCommand).resolves({
      DelegatedAdministrators: [
        { Id: AUDIT, Arn: `arn:aws:organizations::${MGMT}:account/o-abc123def4/${AUDIT}`, Email: 'audit@example.com', Name: 'audit', Status: 'ACTIVE', JoinedMethod: 'CREATED', JoinedTimestamp: new Date('2021-03-01T00:00:00Z'), DelegationEnabledDate: new Date('2022-05-01T00:00:00Z') },
      ],
    });
    org.on(ListDelegatedServicesForAccountCommand, { AccountId: AUDIT }).resolves({
      DelegatedServices: [
        { ServicePrincipal: 'guardduty.amazonaws.com', DelegationEnabledDate: new Date('2022-05-01T00:00:00Z') },
        { ServicePrincipal: 'securityhub.amazonaws.com', DelegationEnabledDate: new Date('2022-05-02T00:00:00Z') },
      ],
    });

    const { resources, errors } = await runCollector(collector, { account: MGMT });
    assert.deepEqual(errors, []);
    const membership = resources.find((r) => r.type === 'AWS::Organizations::Membership')!.config as MembershipConfig;
    assert.equal(membership.isManagementAccount, true);
    const o = resources.find((r) => r.uid === ORG_ARN)!;
    assert.equal(o.errors, undefined);
    const oc = o.config as unknown as OrganizationConfig;
    assert.deepEqual(
      oc.accounts?.map((a) => [a.id, a.parentId, a.path]),
      [
        [AUDIT, OU_SECURITY, [ROOT, OU_SECURITY]],
        [MEMBER, OU_PROD, [ROOT, OU_WORKLOADS, OU_PROD]],
        [MEMBER2, OU_PROD, [ROOT, OU_WORKLOADS, OU_PROD]],
        [MGMT, ROOT, [ROOT]],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    assert.equal(org.commandCalls(ListAccountsCommand).length, 0, 'the tree walk already listed every account');
    assert.ok(!JSON.stringify(resources).includes('@example.com'), 'account e-mails are not stored');
    assert.deepEqual(oc.rootIds, [ROOT]);
    assert.deepEqual(oc.delegatedAdministrators, [
      {
        accountId: AUDIT,
        name: 'audit',
        status: 'ACTIVE',
        delegationEnabledDate: '2022-05-01T00:00:00.000Z',
        services: [
          { servicePrincipal: 'guardduty.amazonaws.com', delegationEnabledDate: '2022-05-01T00:00:00.000Z' },
          { servicePrincipal: 'securityhub.amazonaws.com', delegationEnabledDate: '2022-05-02T00:00:00.000Z' },
        ],
      },
    ]);

    const root = resources.find((r) => r.type === 'AWS::Organizations::Root')!;
    assert.equal(root.uid, ROOT_ARN);
    assert.deepEqual((root.config as unknown as OrgRootConfig).policyTypes.map((t) => t.type), ['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY']);
    const ous = resources.filter((r) => r.type === 'AWS::Organizations::OrganizationalUnit');
    assert.deepEqual(
      ous.map((r) => [r.uid, (r.config as unknown as OrgUnitConfig).parentId, (r.config as unknown as OrgUnitConfig).path]).sort(),
      [
        [ouArn(OU_PROD), OU_WORKLOADS, [ROOT, OU_WORKLOADS]],
        [ouArn(OU_SECURITY), ROOT, [ROOT]],
        [ouArn(OU_WORKLOADS), ROOT, [ROOT]],
      ].sort(),
    );
    assert.ok(ous.find((r) => r.uid === ouArn(OU_PROD))!.relationships?.some((x) => x.type === 'child-of' && x.target === ouArn(OU_WORKLOADS)));

    const policies = resources.filter((r) => r.type === 'AWS::Organizations::Policy').map((r) => r.config as unknown as OrgPolicyConfig);
    assert.deepEqual(policies.map((p) => [p.type, p.name]).sort(), [
      ['DECLARATIVE_POLICY_EC2', 'imdsv2-only'],
      ['RESOURCE_CONTROL_POLICY', 'org-only-s3'],
      ['SERVICE_CONTROL_POLICY', 'FullAWSAccess'],
      ['SERVICE_CONTROL_POLICY', 'deny-leave-org'],
    ]);
    const deny = policies.find((p) => p.name === 'deny-leave-org')!;
    assert.equal((deny.content as { Statement: { Effect: string }[] }).Statement[0].Effect, 'Deny');
    assert.deepEqual(deny.targets, [{ targetId: OU_WORKLOADS, type: 'ORGANIZATIONAL_UNIT', name: 'Workloads' }]);
    const decl = policies.find((p) => p.type === 'DECLARATIVE_POLICY_EC2')!;
    assert.equal((decl.content as { ec2_attributes: { instance_metadata_defaults: { http_tokens: Record<string, string> } } }).ec2_attributes.instance_metadata_defaults.http_tokens['@@assign'], 'required');
  });

  it('a denied ListAccountsForParent marks organizationalUnits only; ListAccounts fills in the accounts', async () => {
    org.on(DescribeOrganizationCommand).resolves({ Organization: organization });
    org.on(ListRootsCommand).resolves({ Roots: [{ Id: ROOT, Arn: ROOT_ARN, Name: 'Root', PolicyTypes: [] }] });
    org.on(ListOrganizationalUnitsForParentCommand).resolves({ OrganizationalUnits: [] });
    org.on(ListOrganizationalUnitsForParentCommand, { ParentId: ROOT }).resolves({ OrganizationalUnits: [{ Id: OU_SECURITY, Arn: ouArn(OU_SECURITY), Name: 'Security' }] });
    org.on(ListAccountsForParentCommand, { ParentId: ROOT }).resolves({ Accounts: [account(MGMT, 'management', 'INVITED')] });
    org.on(ListAccountsForParentCommand, { ParentId: OU_SECURITY }).rejects(awsError('AccessDeniedException', 'You don\'t have permissions to access this resource.', 400));
    org.on(ListAccountsCommand).resolves({ Accounts: [account(MGMT, 'management', 'INVITED'), account(AUDIT, 'audit', 'CREATED')] });
    org.on(ListPoliciesCommand).resolves({ Policies: [] });
    org.on(ListDelegatedAdministratorsCommand).resolves({ DelegatedAdministrators: [] });
    const { resources, errors } = await runCollector(collector, { account: MGMT });
    assert.deepEqual(errors.map((e) => e.operation), ['ListAccountsForParent']);
    const o = resources.find((r) => r.uid === ORG_ARN)!;
    assert.deepEqual(o.errors, { organizationalUnits: 'AccessDenied' });
    const accounts = (o.config as unknown as OrganizationConfig).accounts!;
    assert.deepEqual(accounts.map((a) => [a.id, a.parentId ?? null]), [[MGMT, ROOT], [AUDIT, null]].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
    assert.deepEqual((o.config as unknown as OrganizationConfig).delegatedAdministrators, []);
  });

  it('AccessDenied on ListDelegatedServicesForAccount marks delegatedAdministrators only', async () => {
    org.on(DescribeOrganizationCommand).resolves({ Organization: organization });
    org.on(ListRootsCommand).resolves({ Roots: [{ Id: ROOT, Arn: ROOT_ARN, Name: 'Root', PolicyTypes: [] }] });
    org.on(ListOrganizationalUnitsForParentCommand).resolves({ OrganizationalUnits: [] });
    org.on(ListAccountsForParentCommand).resolves({ Accounts: [account(MGMT, 'management', 'INVITED')] });
    org.on(ListPoliciesCommand).resolves({ Policies: [] });
    org.on(ListDelegatedAdministratorsCommand).resolves({ DelegatedAdministrators: [{ Id: AUDIT, Name: 'audit', Status: 'ACTIVE' }] });
    org.on(ListDelegatedServicesForAccountCommand).rejects(awsError('AccessDeniedException', 'denied', 400));
    const { resources, errors } = await runCollector(collector, { account: MGMT });
    assert.deepEqual(errors.map((e) => e.operation), ['ListDelegatedServicesForAccount']);
    const o = resources.find((r) => r.uid === ORG_ARN)!;
    assert.deepEqual(o.errors, { delegatedAdministrators: 'AccessDenied' });
    const oc = o.config as unknown as OrganizationConfig;
    assert.equal(oc.delegatedAdministrators?.[0].services, undefined);
    assert.deepEqual(oc.accounts?.map((a) => a.path), [[ROOT]]);
  });

  it('delegated administrator member account: reads the organization (its ListRoots succeeds)', async () => {
    org.on(DescribeOrganizationCommand).resolves({ Organization: organization });
    org.on(ListRootsCommand).resolves({ Roots: [{ Id: ROOT, Arn: ROOT_ARN, Name: 'Root', PolicyTypes: [] }] });
    org.on(ListOrganizationalUnitsForParentCommand).resolves({ OrganizationalUnits: [] });
    org.on(ListAccountsForParentCommand).resolves({ Accounts: [account(MGMT, 'management', 'INVITED'), account(AUDIT, 'audit', 'CREATED')] });
    org.on(ListPoliciesCommand).resolves({ Policies: [] });
    org.on(ListDelegatedAdministratorsCommand).resolves({ DelegatedAdministrators: [] });
    const { resources, errors } = await runCollector(collector, { account: AUDIT });
    assert.deepEqual(errors, []);
    assert.equal((resources.find((r) => r.type === 'AWS::Organizations::Membership')!.config as MembershipConfig).isManagementAccount, false);
    assert.deepEqual((resources.find((r) => r.uid === ORG_ARN)!.config as unknown as OrganizationConfig).accounts?.map((a) => a.id), [AUDIT, MGMT].sort());
  });

  it('member account: membership only, no organization-wide listings', async () => {
    org.on(DescribeOrganizationCommand).resolves({ Organization: organization });
    org.on(ListRootsCommand).rejects(awsError('AccessDeniedException', "You don't have permissions to access this resource.", 400));
    const { resources, errors } = await runCollector(collector, { account: MEMBER });
    assert.deepEqual(errors, []);
    assert.deepEqual(resources.map((r) => r.type), ['AWS::Organizations::Membership']);
    assert.equal((resources[0].config as MembershipConfig).isManagementAccount, false);
    assert.equal(org.commandCalls(ListAccountsCommand).length, 0);
  });

  it('AWSOrganizationsNotInUseException means not in an organization, not an error', async () => {
    org.on(DescribeOrganizationCommand).rejects(awsError('AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.'));
    const { resources, errors } = await runCollector(collector, { account: MEMBER });
    assert.deepEqual(errors, []);
    assert.equal((resources[0].config as MembershipConfig).inOrganization, false);
  });

  it('AccessDenied on DescribeOrganization is recorded on the membership resource', async () => {
    org.on(DescribeOrganizationCommand).rejects(awsError('AccessDeniedException', 'denied', 403));
    const { resources, errors } = await runCollector(collector, { account: MEMBER });
    assert.equal(errors.length, 1);
    assert.deepEqual(resources[0].errors, { inOrganization: 'AccessDenied' });
  });

  it('ListRoots denied in the management account: recorded, accounts from ListAccounts, policies still collected', async () => {
    org.on(DescribeOrganizationCommand).resolves({ Organization: organization });
    org.on(ListRootsCommand).rejects(awsError('AccessDeniedException', 'denied', 400));
    org.on(ListAccountsCommand).resolves({ Accounts: [account(MGMT, 'management', 'INVITED')] });
    org.on(ListPoliciesCommand).resolves({ Policies: [] });
    org.on(ListPoliciesCommand, { Filter: 'SERVICE_CONTROL_POLICY' }).resolves({
      Policies: [{ Id: 'p-1', Arn: 'arn:aws:organizations::210987654321:policy/o-abc123def4/service_control_policy/p-1', Name: 'x', Type: 'SERVICE_CONTROL_POLICY', AwsManaged: false }],
    });
    org.on(DescribePolicyCommand).resolves({ Policy: { Content: '{"Version":"2012-10-17","Statement":[]}' } });
    org.on(ListTargetsForPolicyCommand).resolves({ Targets: [] });
    org.on(ListDelegatedAdministratorsCommand).resolves({ DelegatedAdministrators: [] });
    const { resources, errors } = await runCollector(collector, { account: MGMT });
    assert.deepEqual(errors.map((e) => e.operation), ['ListRoots']);
    assert.deepEqual(resources.find((r) => r.uid === ORG_ARN)!.errors, { rootPolicyTypes: 'AccessDenied', organizationalUnits: 'AccessDenied' });
    assert.deepEqual((resources.find((r) => r.uid === ORG_ARN)!.config as unknown as OrganizationConfig).accounts?.map((a) => [a.id, a.path]), [[MGMT, undefined]]);
    assert.equal(resources.filter((r) => r.type === 'AWS::Organizations::Policy').length, 1);
    assert.equal(resources.filter((r) => r.type === 'AWS::Organizations::OrganizationalUnit').length, 0);
  });
});

describe('organizations collector: centralised root access (iam:ListOrganizationsFeatures)', () => {
  // IAM API Reference › ListOrganizationsFeatures: answered by the management account and IAM's
  // delegated administrator; ServiceAccessNotEnabled when trusted access for IAM is off.
  const smallOrg = () => {
    org.on(DescribeOrganizationCommand).resolves({ Organization: organization });
    org.on(ListRootsCommand).resolves({ Roots: [{ Id: ROOT, Arn: ROOT_ARN, Name: 'Root', PolicyTypes: [] }] });
    org.on(ListOrganizationalUnitsForParentCommand).resolves({ OrganizationalUnits: [] });
    org.on(ListAccountsForParentCommand).resolves({ Accounts: [account(MGMT, 'management', 'INVITED'), account(AUDIT, 'audit', 'CREATED')] });
    org.on(ListPoliciesCommand).resolves({ Policies: [] });
    org.on(ListDelegatedAdministratorsCommand).resolves({ DelegatedAdministrators: [] });
  };
  const orgOf = (resources: { uid: string; config: unknown; errors?: Record<string, string> }[]) => resources.find((r) => r.uid === ORG_ARN)!;
  afterEach(() => {
    org.reset();
    iam.reset();
  });

  it('management account: the enabled features land on the organization', async () => {
    smallOrg();
    iam.on(ListOrganizationsFeaturesCommand).resolves({ OrganizationId: 'o-abc123def4', EnabledFeatures: ['RootSessions', 'RootCredentialsManagement'] });
    const { resources, errors } = await runCollector(collector, { account: MGMT });
    assert.deepEqual(errors, []);
    const o = orgOf(resources);
    assert.deepEqual((o.config as OrganizationConfig).rootAccessFeatures, ['RootCredentialsManagement', 'RootSessions']);
    assert.equal(o.errors, undefined);
    assert.equal(iam.commandCalls(ListOrganizationsFeaturesCommand).length, 1);
  });

  it('trusted access for IAM not enabled: null (no feature can be on), not an error', async () => {
    smallOrg();
    iam.on(ListOrganizationsFeaturesCommand).rejects(awsError('ServiceAccessNotEnabledException', 'Trusted access is not enabled for IAM in AWS Organizations.'));
    const { resources, errors } = await runCollector(collector, { account: MGMT });
    assert.deepEqual(errors, []);
    assert.equal((orgOf(resources).config as OrganizationConfig).rootAccessFeatures, null);
  });

  it('AccessDenied marks rootAccessFeatures only; the rest of the organization is intact', async () => {
    smallOrg();
    iam.on(ListOrganizationsFeaturesCommand).rejects(awsError('AccessDenied', 'User is not authorized to perform: iam:ListOrganizationsFeatures', 403));
    const { resources, errors } = await runCollector(collector, { account: MGMT });
    assert.deepEqual(errors.map((e) => [e.operation, e.code]), [['ListOrganizationsFeatures', 'AccessDenied']]);
    const o = orgOf(resources);
    assert.deepEqual(o.errors, { rootAccessFeatures: 'AccessDenied' });
    assert.ok(!('rootAccessFeatures' in (o.config as object)));
    assert.equal((o.config as OrganizationConfig).accounts?.length, 2);
  });

  it('an Organizations delegated administrator that is not IAM\'s: marked, no collection error', async () => {
    smallOrg();
    iam.on(ListOrganizationsFeaturesCommand).rejects(awsError('AccountNotManagementOrDelegatedAdministratorException', 'The request was rejected because the account making the request is not the management account or delegated administrator account for centralized root access.'));
    const { resources, errors } = await runCollector(collector, { account: AUDIT });
    assert.deepEqual(errors, []);
    const o = orgOf(resources);
    assert.deepEqual(o.errors, { rootAccessFeatures: 'NotIamAdministrator' });
    assert.equal((o.config as OrganizationConfig).rootAccessFeatures, undefined);
  });

  it('a plain member account never asks IAM', async () => {
    org.on(DescribeOrganizationCommand).resolves({ Organization: organization });
    org.on(ListRootsCommand).rejects(awsError('AccessDeniedException', "You don't have permissions to access this resource.", 400));
    await runCollector(collector, { account: MEMBER });
    assert.equal(iam.commandCalls(ListOrganizationsFeaturesCommand).length, 0);
  });
});

describe('account collector (alternate contacts)', () => {
  afterEach(() => acct.reset());

  it('security contact set, billing absent (ResourceNotFoundException → null), operations denied', async () => {
    acct.on(GetAlternateContactCommand, { AlternateContactType: 'SECURITY' }).resolves({
      AlternateContact: { AlternateContactType: 'SECURITY', Name: 'Security Team', Title: 'CISO', EmailAddress: 'security@example.com', PhoneNumber: '+81-3-0000-0000' },
    });
    acct.on(GetAlternateContactCommand, { AlternateContactType: 'BILLING' }).rejects(awsError('ResourceNotFoundException', 'No contact of the inputted alternate contact type found.', 404));
    acct.on(GetAlternateContactCommand, { AlternateContactType: 'OPERATIONS' }).rejects(awsError('AccessDeniedException', 'denied', 403));
    const { resources, errors } = await runCollector(accountCollector, { account: MEMBER });
    assert.equal(resources.length, 1);
    const c = resources[0].config as AlternateContactsConfig;
    assert.equal(c.security?.emailAddress, 'security@example.com');
    assert.equal(c.billing, null);
    assert.equal(c.operations, undefined);
    assert.deepEqual(resources[0].errors, { operations: 'AccessDenied' });
    assert.equal(errors.length, 1);
    assert.ok(!JSON.stringify(resources).includes('+81'), 'phone numbers are not stored');
  });
});

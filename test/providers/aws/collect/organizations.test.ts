import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { AccountClient, GetAlternateContactCommand } from '@aws-sdk/client-account';
import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  ListAccountsCommand,
  ListPoliciesCommand,
  ListRootsCommand,
  ListTargetsForPolicyCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { collector as accountCollector } from '../../../../src/providers/aws/collect/services/account.js';
import { collector } from '../../../../src/providers/aws/collect/services/organizations.js';
import type { AlternateContactsConfig, MembershipConfig, OrganizationConfig, OrgPolicyConfig } from '../../../../src/providers/aws/model/organizations.js';
import { awsError, runCollector } from './harness.js';

const MGMT = '210987654321';
const MEMBER = '123456789012';
const ORG_ARN = `arn:aws:organizations::${MGMT}:organization/o-abc123def4`;
const org = mockClient(OrganizationsClient);
const acct = mockClient(AccountClient);

const organization = { Id: 'o-abc123def4', Arn: ORG_ARN, FeatureSet: 'ALL' as const, MasterAccountId: MGMT, MasterAccountArn: `arn:aws:organizations::${MGMT}:account/o-abc123def4/${MGMT}`, MasterAccountEmail: 'aws-root@example.com' };

describe('organizations collector', () => {
  afterEach(() => {
    org.reset();
    acct.reset();
  });

  it('management account: organization, accounts over two pages, SCPs with content and targets', async () => {
    org.on(DescribeOrganizationCommand).resolves({ Organization: organization });
    org.on(ListAccountsCommand).resolves({
      NextToken: 'a2',
      Accounts: [{ Id: MGMT, Arn: 'x', Name: 'management', Email: 'aws-root@example.com', Status: 'ACTIVE', JoinedMethod: 'INVITED', JoinedTimestamp: new Date('2020-01-01T00:00:00Z') }],
    });
    org.on(ListAccountsCommand, { NextToken: 'a2' }).resolves({
      Accounts: [{ Id: MEMBER, Arn: 'y', Name: 'prod', Email: 'prod@example.com', Status: 'ACTIVE', JoinedMethod: 'CREATED', JoinedTimestamp: new Date('2021-01-01T00:00:00Z') }],
    });
    org.on(ListRootsCommand).resolves({ Roots: [{ Id: 'r-ab12', Arn: 'r', Name: 'Root', PolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }] }] });
    org.on(ListPoliciesCommand).resolves({
      NextToken: 'p2',
      Policies: [{ Id: 'p-FullAWSAccess', Arn: `arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess`, Name: 'FullAWSAccess', Type: 'SERVICE_CONTROL_POLICY', AwsManaged: true }],
    });
    org.on(ListPoliciesCommand, { NextToken: 'p2' }).resolves({
      Policies: [{ Id: 'p-deny1234', Arn: `arn:aws:organizations::${MGMT}:policy/o-abc123def4/service_control_policy/p-deny1234`, Name: 'deny-leave-org', Type: 'SERVICE_CONTROL_POLICY', AwsManaged: false }],
    });
    org.on(DescribePolicyCommand).resolves({ Policy: { Content: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) } });
    org.on(DescribePolicyCommand, { PolicyId: 'p-deny1234' }).resolves({ Policy: { Content: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }] }) } });
    org.on(ListTargetsForPolicyCommand).resolves({ Targets: [{ TargetId: 'r-ab12', Arn: 't', Name: 'Root', Type: 'ROOT' }] });

    const { resources, errors } = await runCollector(collector, { account: MGMT });
    assert.deepEqual(errors, []);
    const membership = resources.find((r) => r.type === 'AWS::Organizations::Membership')!.config as MembershipConfig;
    assert.equal(membership.inOrganization, true);
    assert.equal(membership.isManagementAccount, true);
    const o = resources.find((r) => r.uid === ORG_ARN)!.config as unknown as OrganizationConfig;
    assert.deepEqual(o.accounts?.map((a) => a.id), [MGMT, MEMBER]);
    assert.ok(!JSON.stringify(o).includes('@example.com'), 'account e-mails are not stored');
    assert.deepEqual(o.rootPolicyTypes, [{ type: 'SERVICE_CONTROL_POLICY', status: 'ENABLED' }]);
    const scps = resources.filter((r) => r.type === 'AWS::Organizations::Policy');
    assert.equal(scps.length, 2);
    const deny = scps.find((r) => r.name === 'deny-leave-org')!.config as unknown as OrgPolicyConfig;
    assert.deepEqual((deny.content as { Statement: { Effect: string }[] }).Statement[0].Effect, 'Deny');
    assert.deepEqual(deny.targets, [{ targetId: 'r-ab12', type: 'ROOT', name: 'Root' }]);
  });

  it('member account: membership only, no organization-wide listings', async () => {
    org.on(DescribeOrganizationCommand).resolves({ Organization: organization });
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

  it('ListAccounts denied in the management account: recorded, policies still collected', async () => {
    org.on(DescribeOrganizationCommand).resolves({ Organization: organization });
    org.on(ListAccountsCommand).rejects(awsError('AccessDeniedException', 'denied', 403));
    org.on(ListRootsCommand).resolves({ Roots: [] });
    org.on(ListPoliciesCommand).resolves({ Policies: [{ Id: 'p-1', Arn: 'arn:aws:organizations::210987654321:policy/o-abc123def4/service_control_policy/p-1', Name: 'x', Type: 'SERVICE_CONTROL_POLICY', AwsManaged: false }] });
    org.on(DescribePolicyCommand).resolves({ Policy: { Content: '{"Version":"2012-10-17","Statement":[]}' } });
    org.on(ListTargetsForPolicyCommand).resolves({ Targets: [] });
    const { resources, errors } = await runCollector(collector, { account: MGMT });
    assert.deepEqual(errors.map((e) => e.operation), ['ListAccounts']);
    assert.deepEqual(resources.find((r) => r.uid === ORG_ARN)!.errors, { accounts: 'AccessDenied' });
    assert.equal(resources.filter((r) => r.type === 'AWS::Organizations::Policy').length, 1);
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

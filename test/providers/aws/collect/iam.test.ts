import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import {
  GenerateCredentialReportCommand,
  GetAccessKeyLastUsedCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  GetLoginProfileCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListEntitiesForPolicyCommand,
  ListMFADevicesCommand,
  ListPoliciesCommand,
  ListServerCertificatesCommand,
  ListUsersCommand,
  ListVirtualMFADevicesCommand,
} from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { collector, credentialReportPolling, parseCredentialReport } from '../../../../src/providers/aws/collect/services/iam.js';
import type {
  IamRoleConfig,
  IamUserConfig,
  ManagedPolicyConfig,
  PasswordPolicyConfig,
  RootUserConfig,
} from '../../../../src/providers/aws/model/iam.js';
import { awsError, runCollector } from './harness.js';

const ACCT = '111111111111';
const iam = mockClient(IAMClient);
credentialReportPolling.delayMs = 1;

const enc = (doc: unknown) => encodeURIComponent(JSON.stringify(doc));
const REPORT = [
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated',
  `<root_account>,arn:aws:iam::${ACCT}:root,2020-01-01T00:00:00+00:00,not_supported,2026-10-30T10:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
  `alice,arn:aws:iam::${ACCT}:user/alice,2024-01-01T00:00:00+00:00,true,2026-10-31T08:00:00+00:00,2024-01-01T00:00:00+00:00,N/A,false,true,2026-04-01T00:00:00+00:00,2026-10-30T00:00:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
  `bob,arn:aws:iam::${ACCT}:user/bob,2025-01-01T00:00:00+00:00,false,N/A,N/A,N/A,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
].join('\n');

function baseMocks() {
  iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 2 } });
  iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
  iam.on(GetCredentialReportCommand).resolves({ Content: new TextEncoder().encode(REPORT), ReportFormat: 'text/csv' });
  iam.on(ListVirtualMFADevicesCommand).resolves({
    VirtualMFADevices: [
      { SerialNumber: `arn:aws:iam::${ACCT}:mfa/root-account-mfa-device`, User: { Arn: `arn:aws:iam::${ACCT}:root`, UserName: '', UserId: ACCT, Path: '/', CreateDate: new Date() } },
    ],
  });
  iam.on(GetAccountPasswordPolicyCommand).resolves({
    PasswordPolicy: { MinimumPasswordLength: 8, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, AllowUsersToChangePassword: true, ExpirePasswords: false },
  });
  iam.on(ListUsersCommand).resolves({
    IsTruncated: true,
    Marker: 'u2',
    Users: [{ UserName: 'alice', UserId: 'AIDAALICE', Arn: `arn:aws:iam::${ACCT}:user/alice`, Path: '/', CreateDate: new Date('2024-01-01T00:00:00Z'), PasswordLastUsed: new Date('2026-10-31T08:00:00Z') }],
  });
  iam.on(ListUsersCommand, { Marker: 'u2' }).resolves({
    IsTruncated: false,
    Users: [{ UserName: 'bob', UserId: 'AIDABOB', Arn: `arn:aws:iam::${ACCT}:user/bob`, Path: '/', CreateDate: new Date('2025-01-01T00:00:00Z') }],
  });
  iam.on(GetAccountAuthorizationDetailsCommand).resolves({
    IsTruncated: true,
    Marker: 'g2',
    UserDetailList: [
      {
        UserName: 'alice',
        Arn: `arn:aws:iam::${ACCT}:user/alice`,
        GroupList: ['admins'],
        AttachedManagedPolicies: [{ PolicyName: 'AdministratorAccess', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }],
        UserPolicyList: [{ PolicyName: 'inline-s3', PolicyDocument: enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }) }],
        Tags: [{ Key: 'team', Value: 'ops' }],
      },
      { UserName: 'bob', Arn: `arn:aws:iam::${ACCT}:user/bob`, GroupList: [], AttachedManagedPolicies: [], UserPolicyList: [] },
    ],
    GroupDetailList: [{ GroupName: 'admins', GroupId: 'AGPA1', Arn: `arn:aws:iam::${ACCT}:group/admins`, Path: '/', AttachedManagedPolicies: [], GroupPolicyList: [] }],
  });
  iam.on(GetAccountAuthorizationDetailsCommand, { Marker: 'g2' }).resolves({
    IsTruncated: false,
    RoleDetailList: [
      {
        RoleName: 'web-server-role',
        RoleId: 'AROAWEB',
        Arn: `arn:aws:iam::${ACCT}:role/web-server-role`,
        Path: '/',
        AssumeRolePolicyDocument: enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
        InstanceProfileList: [
          { InstanceProfileName: 'web-server-profile', InstanceProfileId: 'AIPAWEB', Path: '/', Arn: `arn:aws:iam::${ACCT}:instance-profile/web-server-profile`, CreateDate: new Date(), Roles: [{ RoleName: 'web-server-role', Arn: `arn:aws:iam::${ACCT}:role/web-server-role`, RoleId: 'AROAWEB', Path: '/', CreateDate: new Date() }] },
        ],
        RolePolicyList: [{ PolicyName: 'artifacts', PolicyDocument: enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:PutObject'], Resource: 'arn:aws:s3:::bucket/*' }] }) }],
        AttachedManagedPolicies: [],
        RoleLastUsed: { LastUsedDate: new Date('2026-10-31T00:00:00Z'), Region: 'ap-northeast-1' },
      },
    ],
    Policies: [
      {
        PolicyName: 'everything',
        Arn: `arn:aws:iam::${ACCT}:policy/everything`,
        Path: '/',
        DefaultVersionId: 'v2',
        AttachmentCount: 1,
        PermissionsBoundaryUsageCount: 0,
        PolicyVersionList: [
          { VersionId: 'v1', IsDefaultVersion: false, Document: enc({ Version: '2012-10-17', Statement: [] }) },
          { VersionId: 'v2', IsDefaultVersion: true, Document: enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) },
        ],
      },
    ],
  });
  iam.on(GetLoginProfileCommand, { UserName: 'alice' }).resolves({ LoginProfile: { UserName: 'alice', CreateDate: new Date('2024-01-01T00:00:00Z'), PasswordResetRequired: false } });
  iam.on(GetLoginProfileCommand, { UserName: 'bob' }).rejects(awsError('NoSuchEntity', 'Login Profile for User bob cannot be found.', 404));
  iam.on(ListMFADevicesCommand).resolves({ MFADevices: [] });
  iam.on(ListMFADevicesCommand, { UserName: 'bob' }).resolves({ MFADevices: [{ UserName: 'bob', SerialNumber: `arn:aws:iam::${ACCT}:mfa/bob-phone`, EnableDate: new Date('2025-01-02T00:00:00Z') }] });
  iam.on(ListAccessKeysCommand).resolves({ AccessKeyMetadata: [] });
  iam.on(ListAccessKeysCommand, { UserName: 'alice' }).resolves({
    AccessKeyMetadata: [{ UserName: 'alice', AccessKeyId: 'AKIAALICEEXAMPLE0001', Status: 'Active', CreateDate: new Date('2026-04-01T00:00:00Z') }],
  });
  iam.on(GetAccessKeyLastUsedCommand).resolves({ UserName: 'alice', AccessKeyLastUsed: { LastUsedDate: new Date('2026-10-30T00:00:00Z'), ServiceName: 's3', Region: 'us-east-1' } });
  iam.on(ListPoliciesCommand).resolves({
    Policies: [{ PolicyName: 'AdministratorAccess', Arn: 'arn:aws:iam::aws:policy/AdministratorAccess', Path: '/', DefaultVersionId: 'v1', AttachmentCount: 1 }],
  });
  iam.on(ListEntitiesForPolicyCommand).resolves({ PolicyUsers: [], PolicyGroups: [], PolicyRoles: [] });
  iam.on(ListEntitiesForPolicyCommand, { PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }).resolves({ PolicyUsers: [{ UserName: 'alice', UserId: 'AIDAALICE' }] });
  iam.on(GetPolicyVersionCommand).resolves({ PolicyVersion: { VersionId: 'v1', IsDefaultVersion: true, Document: enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) } });
  iam.on(ListServerCertificatesCommand).resolves({
    ServerCertificateMetadataList: [{ ServerCertificateName: 'old-cert', ServerCertificateId: 'ASCA1', Path: '/', Arn: `arn:aws:iam::${ACCT}:server-certificate/old-cert`, Expiration: new Date('2025-01-01T00:00:00Z'), UploadDate: new Date('2024-01-01T00:00:00Z') }],
  });
}

describe('iam collector', () => {
  afterEach(() => iam.reset());

  it('collects root, password policy, users over two pages, roles, policies and certificates', async () => {
    baseMocks();
    const { resources, errors } = await runCollector(collector, { account: ACCT });
    assert.deepEqual(errors, []);
    const byUid = new Map(resources.map((r) => [r.uid, r]));

    const root = byUid.get(`arn:aws:iam::${ACCT}:root`)!.config as RootUserConfig;
    assert.equal(root.summary?.AccountMFAEnabled, 1);
    assert.equal(root.virtualMfa, true);
    assert.equal(root.credentialReport?.passwordEnabled, null);
    assert.equal(root.credentialReport?.passwordLastUsed, '2026-10-30T10:00:00.000Z');
    assert.equal(root.credentialReport?.accessKeys[0].active, false);

    const pp = byUid.get(`arn:aws:mamori::${ACCT}:iam-password-policy`)!.config as PasswordPolicyConfig;
    assert.equal(pp.policy?.MinimumPasswordLength, 8);

    const alice = byUid.get(`arn:aws:iam::${ACCT}:user/alice`)!;
    const a = alice.config as unknown as IamUserConfig;
    assert.equal(alice.region, 'global');
    assert.deepEqual(alice.tags, { team: 'ops' });
    assert.ok(a.loginProfile);
    assert.deepEqual(a.mfaDevices, []);
    assert.equal(a.accessKeys?.[0].accessKeyId, 'AKIAALICEEXAMPLE0001');
    assert.equal(a.accessKeys?.[0].lastUsedDate, '2026-10-30T00:00:00.000Z');
    assert.equal(a.attachedPolicies?.[0].policyName, 'AdministratorAccess');
    assert.equal(a.inlinePolicies?.[0].document?.Statement && (a.inlinePolicies[0].document.Statement as { Action: string }[])[0].Action, 's3:GetObject');
    assert.deepEqual(a.groups, ['admins']);
    assert.equal(a.credentialReport?.accessKeys[0].lastUsedService, 's3');
    assert.ok(alice.relationships?.some((r) => r.type === 'member-of' && r.target === `arn:aws:iam::${ACCT}:group/admins`));
    assert.ok(alice.relationships?.some((r) => r.target === `arn:aws:mamori::${ACCT}:aws-managed-policy/AdministratorAccess`));

    const bob = byUid.get(`arn:aws:iam::${ACCT}:user/bob`)!.config as unknown as IamUserConfig;
    assert.equal(bob.loginProfile, null, 'NoSuchEntity = no console password');
    assert.equal(bob.mfaDevices?.[0].virtual, true);

    const role = byUid.get(`arn:aws:iam::${ACCT}:role/web-server-role`)!.config as unknown as IamRoleConfig;
    assert.deepEqual(role.assumeRolePolicy?.Statement, [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]);
    assert.deepEqual(role.instanceProfiles, [`arn:aws:iam::${ACCT}:instance-profile/web-server-profile`]);
    const profile = byUid.get(`arn:aws:iam::${ACCT}:instance-profile/web-server-profile`)!;
    assert.deepEqual(profile.relationships, [{ type: 'has-role', target: `arn:aws:iam::${ACCT}:role/web-server-role` }]);

    const custom = byUid.get(`arn:aws:iam::${ACCT}:policy/everything`)!.config as unknown as ManagedPolicyConfig;
    assert.deepEqual(custom.document?.Statement, [{ Effect: 'Allow', Action: '*', Resource: '*' }], 'default version document');
    const admin = byUid.get(`arn:aws:mamori::${ACCT}:aws-managed-policy/AdministratorAccess`)!.config as unknown as ManagedPolicyConfig;
    assert.deepEqual(admin.attachments, { users: ['alice'], groups: [], roles: [] });
    const support = byUid.get(`arn:aws:mamori::${ACCT}:aws-managed-policy/AWSSupportAccess`)!.config as unknown as ManagedPolicyConfig;
    assert.deepEqual(support.attachments, { users: [], groups: [], roles: [] }, 'watched policy emitted even when unattached');

    assert.ok(byUid.get(`arn:aws:iam::${ACCT}:server-certificate/old-cert`));
    assert.ok(!JSON.stringify(resources).match(/SecretAccessKey|Base32StringSeed|QRCodePNG/), 'no secrets in the snapshot');
  });

  it('records AccessDenied on one user call and keeps going; no password policy gives null', async () => {
    baseMocks();
    iam.on(GetLoginProfileCommand, { UserName: 'alice' }).rejects(awsError('AccessDenied', 'not authorized to perform iam:GetLoginProfile', 403));
    iam.on(GetAccountPasswordPolicyCommand).rejects(awsError('NoSuchEntity', 'The Password Policy with domain name 111111111111 cannot be found.', 404));
    const { resources, errors } = await runCollector(collector, { account: ACCT });
    const alice = resources.find((r) => r.uid.endsWith(':user/alice'))!;
    assert.deepEqual(alice.errors, { loginProfile: 'AccessDenied' });
    assert.equal((alice.config as unknown as IamUserConfig).loginProfile, undefined);
    assert.ok(resources.find((r) => r.uid.endsWith(':user/bob')), 'other users still emitted');
    assert.equal(errors.length, 1);
    assert.equal(errors[0].operation, 'GetLoginProfile');
    assert.equal(errors[0].resourceUid, alice.uid);
    const pp = resources.find((r) => r.type === 'AWS::IAM::PasswordPolicy')!;
    assert.equal((pp.config as PasswordPolicyConfig).policy, null);
    assert.equal(pp.errors, undefined);
  });

  it('authorization details denied: roles/policies scope error, users flagged, rest still collected', async () => {
    baseMocks();
    iam.on(GetAccountAuthorizationDetailsCommand).rejects(awsError('AccessDenied', 'denied', 403));
    iam.on(GetCredentialReportCommand).rejects(awsError('AccessDenied', 'denied', 403));
    const { resources, errors } = await runCollector(collector, { account: ACCT });
    const scope = errors.find((e) => e.operation === 'GetAccountAuthorizationDetails')!;
    assert.deepEqual(scope.resourceTypes, ['AWS::IAM::Group', 'AWS::IAM::Role', 'AWS::IAM::InstanceProfile', 'AWS::IAM::ManagedPolicy']);
    const alice = resources.find((r) => r.uid.endsWith(':user/alice'))!;
    assert.equal(alice.errors?.policies, 'AccessDenied');
    assert.equal(alice.errors?.credentialReport, 'AccessDenied');
    assert.equal(resources.find((r) => r.type === 'AWS::IAM::RootUser')!.errors?.credentialReport, 'AccessDenied');
    assert.ok(resources.find((r) => r.type === 'AWS::IAM::ServerCertificate'));
  });

  it('polls the credential report until it is complete', async () => {
    baseMocks();
    iam.on(GenerateCredentialReportCommand).resolvesOnce({ State: 'STARTED' }).resolvesOnce({ State: 'INPROGRESS' }).resolves({ State: 'COMPLETE' });
    const { resources } = await runCollector(collector, { account: ACCT });
    const root = resources.find((r) => r.type === 'AWS::IAM::RootUser')!.config as RootUserConfig;
    assert.equal(root.credentialReport?.mfaActive, true);
    assert.equal(iam.commandCalls(GenerateCredentialReportCommand).length, 3);
  });

  it('reads every attached AWS managed policy document from one filtered authorization-details listing', async () => {
    baseMocks();
    const readOnly = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
    const boundary = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
    // The role also carries an AWS managed permissions boundary that nothing attaches as a permission.
    iam.on(GetAccountAuthorizationDetailsCommand, { Marker: 'g2' }).resolves({
      IsTruncated: false,
      RoleDetailList: [
        {
          RoleName: 'builder',
          RoleId: 'AROABUILDER',
          Arn: `arn:aws:iam::${ACCT}:role/builder`,
          Path: '/',
          AssumeRolePolicyDocument: enc({ Version: '2012-10-17', Statement: [] }),
          RolePolicyList: [],
          AttachedManagedPolicies: [{ PolicyName: 'ReadOnlyAccess', PolicyArn: readOnly }],
          PermissionsBoundary: { PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: boundary },
        },
      ],
    });
    iam.on(GetAccountAuthorizationDetailsCommand, { Filter: ['AWSManagedPolicy'] }).resolves({
      IsTruncated: true,
      Marker: 'aws2',
      Policies: [
        {
          PolicyName: 'AdministratorAccess',
          Arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
          Path: '/',
          DefaultVersionId: 'v1',
          AttachmentCount: 1,
          PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) }],
        },
      ],
    });
    iam.on(GetAccountAuthorizationDetailsCommand, { Filter: ['AWSManagedPolicy'], Marker: 'aws2' }).resolves({
      IsTruncated: false,
      Policies: [
        {
          PolicyName: 'ReadOnlyAccess',
          Arn: readOnly,
          Path: '/',
          DefaultVersionId: 'v119',
          AttachmentCount: 1,
          PolicyVersionList: [{ VersionId: 'v119', IsDefaultVersion: true, Document: enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }] }) }],
        },
      ],
    });
    iam.on(ListPoliciesCommand).resolves({
      Policies: [
        { PolicyName: 'AdministratorAccess', Arn: 'arn:aws:iam::aws:policy/AdministratorAccess', Path: '/', DefaultVersionId: 'v1', AttachmentCount: 1 },
        { PolicyName: 'ReadOnlyAccess', Arn: readOnly, Path: '/', DefaultVersionId: 'v119', AttachmentCount: 1 },
      ],
    });
    iam.on(GetPolicyCommand, { PolicyArn: boundary }).resolves({ Policy: { PolicyName: 'AWSLambdaBasicExecutionRole', Arn: boundary, DefaultVersionId: 'v2' } });
    iam.on(GetPolicyVersionCommand, { PolicyArn: boundary, VersionId: 'v2' }).resolves({
      PolicyVersion: { VersionId: 'v2', IsDefaultVersion: true, Document: enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:PutLogEvents'], Resource: '*' }] }) },
    });
    const { resources, errors } = await runCollector(collector, { account: ACCT });
    assert.deepEqual(errors, []);
    const policy = (name: string) => resources.find((r) => r.uid === `arn:aws:mamori::${ACCT}:aws-managed-policy/${name}`)?.config as unknown as ManagedPolicyConfig;
    assert.deepEqual(policy('ReadOnlyAccess').document?.Statement, [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }]);
    assert.deepEqual(policy('AdministratorAccess').document?.Statement, [{ Effect: 'Allow', Action: '*', Resource: '*' }]);
    const b = policy('service-role/AWSLambdaBasicExecutionRole');
    assert.equal(b.path, '/service-role/');
    assert.equal(b.defaultVersionId, 'v2');
    assert.deepEqual(b.document?.Statement, [{ Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:PutLogEvents'], Resource: '*' }]);
    // Documents that came with the listing are not fetched again, one call per policy.
    const fetched = iam.commandCalls(GetPolicyVersionCommand).map((c) => c.args[0].input.PolicyArn);
    assert.deepEqual(fetched, [boundary]);
  });

  it('an AWS managed policy document that cannot be read is an error on the policy, never an empty document', async () => {
    baseMocks();
    iam.on(GetAccountAuthorizationDetailsCommand, { Filter: ['AWSManagedPolicy'] }).rejects(awsError('AccessDenied', 'denied', 403));
    iam.on(GetPolicyVersionCommand).rejects(awsError('AccessDenied', 'not authorized to perform iam:GetPolicyVersion', 403));
    const { resources, errors } = await runCollector(collector, { account: ACCT });
    const admin = resources.find((r) => r.uid === `arn:aws:mamori::${ACCT}:aws-managed-policy/AdministratorAccess`)!;
    assert.equal((admin.config as unknown as ManagedPolicyConfig).document, undefined);
    assert.deepEqual(admin.errors, { document: 'AccessDenied' });
    assert.ok(errors.some((e) => e.operation === 'GetPolicyVersion' && e.resourceUid === admin.uid));
    assert.ok(resources.some((r) => r.uid.endsWith(':user/alice')), 'users and roles are still collected');
  });

  it('parses credential report rows', () => {
    const rows = parseCredentialReport(REPORT);
    assert.equal(rows.get('bob')?.passwordEnabled, false);
    assert.equal(rows.get('bob')?.mfaActive, true);
    assert.equal(rows.get('alice')?.accessKeys[0].lastRotated, '2026-04-01T00:00:00.000Z');
    assert.equal(rows.get('alice')?.accessKeys[1].active, false);
  });
});

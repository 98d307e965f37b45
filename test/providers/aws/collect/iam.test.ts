import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import {
  GenerateCredentialReportCommand,
  GenerateServiceLastAccessedDetailsCommand,
  GetAccessKeyLastUsedCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  GetLoginProfileCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetServiceLastAccessedDetailsCommand,
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
import { collector, credentialReportPolling, lastAccessedLimits, parseCredentialReport } from '../../../../src/providers/aws/collect/services/iam.js';
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
lastAccessedLimits.pollDelayMs = 1;
lastAccessedLimits.maxPollDelayMs = 2;
const LIMITS = { ...lastAccessedLimits };

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
  // Last-accessed reports: one job per principal; alice's report has action-level data for IAM.
  iam.on(GenerateServiceLastAccessedDetailsCommand).resolves({ JobId: 'job-other' });
  iam.on(GetServiceLastAccessedDetailsCommand).resolves({ JobStatus: 'COMPLETED', JobCreationDate: new Date(), JobCompletionDate: new Date(), ServicesLastAccessed: [] });
  iam.on(GenerateServiceLastAccessedDetailsCommand, { Arn: `arn:aws:iam::${ACCT}:user/alice` }).resolves({ JobId: 'job-alice' });
  iam.on(GenerateServiceLastAccessedDetailsCommand, { Arn: `arn:aws:iam::${ACCT}:role/web-server-role` }).resolves({ JobId: 'job-web' });
  iam.on(GetServiceLastAccessedDetailsCommand, { JobId: 'job-alice' }).resolves({
    JobStatus: 'COMPLETED',
    JobType: 'ACTION_LEVEL',
    JobCreationDate: new Date('2026-11-01T00:00:00Z'),
    JobCompletionDate: new Date('2026-11-01T00:00:05Z'),
    IsTruncated: false,
    ServicesLastAccessed: [
      {
        ServiceName: 'AWS Identity and Access Management',
        ServiceNamespace: 'iam',
        LastAuthenticated: new Date('2026-10-20T00:00:00Z'),
        TotalAuthenticatedEntities: 1,
        TrackedActionsLastAccessed: [
          { ActionName: 'ListUsers', LastAccessedTime: new Date('2026-10-20T00:00:00Z'), LastAccessedRegion: 'us-east-1' },
          { ActionName: 'CreateUser' },
        ],
      },
      { ServiceName: 'Amazon S3', ServiceNamespace: 's3', LastAuthenticated: new Date('2026-10-30T00:00:00Z'), TotalAuthenticatedEntities: 1 },
    ],
  });
  iam.on(GetServiceLastAccessedDetailsCommand, { JobId: 'job-web' }).resolves({
    JobStatus: 'COMPLETED',
    JobCreationDate: new Date('2026-11-01T00:00:00Z'),
    JobCompletionDate: new Date('2026-11-01T00:00:03Z'),
    ServicesLastAccessed: [{ ServiceName: 'Amazon S3', ServiceNamespace: 's3', LastAuthenticated: new Date('2026-10-31T00:00:00Z') }],
  });
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
    assert.equal(custom.versionCount, 2, 'versions kept (for iam:SetDefaultPolicyVersion)');
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
  describe('last-accessed reports', () => {
    afterEach(() => Object.assign(lastAccessedLimits, LIMITS));
    const ALICE = `arn:aws:iam::${ACCT}:user/alice`;
    const WEB = `arn:aws:iam::${ACCT}:role/web-server-role`;

    it('generates one ACTION_LEVEL report per principal holding policies, waits while IN_PROGRESS and reads every page', async () => {
      baseMocks();
      iam.on(GetServiceLastAccessedDetailsCommand, { JobId: 'job-web' })
        .resolvesOnce({ JobStatus: 'IN_PROGRESS', JobCreationDate: new Date(), ServicesLastAccessed: undefined, JobCompletionDate: undefined })
        .resolvesOnce({
          JobStatus: 'COMPLETED',
          JobCreationDate: new Date('2026-11-01T00:00:00Z'),
          JobCompletionDate: new Date('2026-11-01T00:00:03Z'),
          IsTruncated: true,
          Marker: 'p2',
          ServicesLastAccessed: [{ ServiceName: 'Amazon S3', ServiceNamespace: 's3', LastAuthenticated: new Date('2026-10-31T00:00:00Z') }],
        });
      iam.on(GetServiceLastAccessedDetailsCommand, { JobId: 'job-web', Marker: 'p2' }).resolves({
        JobStatus: 'COMPLETED',
        JobCreationDate: new Date('2026-11-01T00:00:00Z'),
        JobCompletionDate: new Date('2026-11-01T00:00:03Z'),
        IsTruncated: false,
        ServicesLastAccessed: [{ ServiceName: 'AWS Systems Manager', ServiceNamespace: 'ssm' }],
      });
      const { resources, errors } = await runCollector(collector, { account: ACCT });
      assert.deepEqual(errors, []);
      const config = (uid: string) => resources.find((r) => r.uid === uid)!.config as unknown as IamUserConfig & IamRoleConfig;
      assert.deepEqual(config(ALICE).lastAccessed, [
        {
          service: 'iam',
          lastAuthenticated: '2026-10-20T00:00:00.000Z',
          actions: [
            { action: 'iam:ListUsers', lastAccessedTime: '2026-10-20T00:00:00.000Z' },
            { action: 'iam:CreateUser', lastAccessedTime: null },
          ],
        },
        { service: 's3', lastAuthenticated: '2026-10-30T00:00:00.000Z' },
      ]);
      assert.equal(config(ALICE).lastAccessedAsOf, '2026-11-01T00:00:05.000Z');
      assert.deepEqual(config(WEB).lastAccessed, [
        { service: 's3', lastAuthenticated: '2026-10-31T00:00:00.000Z' },
        { service: 'ssm', lastAuthenticated: null },
      ]);
      // bob holds no policy: an empty report, no call.
      assert.deepEqual(config(`arn:aws:iam::${ACCT}:user/bob`).lastAccessed, []);
      const generated = iam.commandCalls(GenerateServiceLastAccessedDetailsCommand).map((c) => c.args[0].input);
      assert.deepEqual(generated.map((i) => i.Arn).sort(), [WEB, ALICE].sort());
      assert.ok(generated.every((i) => i.Granularity === 'ACTION_LEVEL'));
      assert.equal(iam.commandCalls(GetServiceLastAccessedDetailsCommand, { JobId: 'job-web' }).length, 3, 'one IN_PROGRESS poll, then two pages');
    });

    it('AccessDenied marks only lastAccessed, and principals after it are not asked', async () => {
      baseMocks();
      lastAccessedLimits.jobs = 1; // one at a time, so the second principal comes after the denial
      iam.on(GenerateServiceLastAccessedDetailsCommand).rejects(awsError('AccessDenied', 'not authorized to perform iam:GenerateServiceLastAccessedDetails', 403));
      const { resources, errors } = await runCollector(collector, { account: ACCT });
      const alice = resources.find((r) => r.uid === ALICE)!;
      const web = resources.find((r) => r.uid === WEB)!;
      assert.deepEqual(alice.errors, { lastAccessed: 'AccessDenied' });
      assert.deepEqual(web.errors, { lastAccessed: 'AccessDenied' });
      assert.equal((alice.config as unknown as IamUserConfig).lastAccessed, undefined);
      assert.ok((alice.config as unknown as IamUserConfig).attachedPolicies?.length, 'the rest of the user is collected');
      assert.equal(iam.commandCalls(GenerateServiceLastAccessedDetailsCommand).length, 1);
      assert.deepEqual(errors.map((e) => [e.operation, e.code, e.resourceUid]), [
        ['GenerateServiceLastAccessedDetails', 'AccessDenied', ALICE],
        ['GenerateServiceLastAccessedDetails', 'AccessDenied', undefined],
      ]);
      assert.match(errors[1].message, /1 after GenerateServiceLastAccessedDetails was denied/);
    });

    it('a job that stays IN_PROGRESS is abandoned after its wait, with a bounded number of polls', async () => {
      baseMocks();
      lastAccessedLimits.jobWaitMs = 30;
      lastAccessedLimits.pollDelayMs = 5;
      lastAccessedLimits.maxPollDelayMs = 5;
      iam.on(GetServiceLastAccessedDetailsCommand, { JobId: 'job-web' }).resolves({ JobStatus: 'IN_PROGRESS', JobCreationDate: new Date(), ServicesLastAccessed: undefined, JobCompletionDate: undefined });
      const { resources, errors } = await runCollector(collector, { account: ACCT });
      assert.deepEqual(resources.find((r) => r.uid === WEB)!.errors, { lastAccessed: 'ServiceUnavailable' });
      assert.ok((resources.find((r) => r.uid === ALICE)!.config as unknown as IamUserConfig).lastAccessed?.length, 'the other report is kept');
      const polls = iam.commandCalls(GetServiceLastAccessedDetailsCommand, { JobId: 'job-web' }).length;
      assert.ok(polls >= 2 && polls <= 8, `polls: ${polls}`);
      assert.deepEqual(errors.map((e) => [e.operation, e.resourceUid]), [['GetServiceLastAccessedDetails', WEB]]);
    });

    it('caps the principals per account and the whole phase by its budget; a FAILED job is an error on that principal', async () => {
      baseMocks();
      lastAccessedLimits.maxPrincipals = 1;
      const capped = await runCollector(collector, { account: ACCT });
      assert.equal(iam.commandCalls(GenerateServiceLastAccessedDetailsCommand).length, 1, 'users first, then the cap');
      assert.ok((capped.resources.find((r) => r.uid === ALICE)!.config as unknown as IamUserConfig).lastAccessed);
      assert.deepEqual(capped.resources.find((r) => r.uid === WEB)!.errors, { lastAccessed: 'ServiceUnavailable' });
      assert.match(capped.errors.find((e) => e.operation === 'GenerateServiceLastAccessedDetails')!.message, /1 over the limit of 1 principals/);

      iam.reset();
      baseMocks();
      Object.assign(lastAccessedLimits, LIMITS, { budgetMs: 1 });
      iam.on(GenerateServiceLastAccessedDetailsCommand).callsFake(async (input: { Arn: string }) => {
        await new Promise((r) => setTimeout(r, 5));
        return { JobId: input.Arn === ALICE ? 'job-alice' : 'job-web' };
      });
      lastAccessedLimits.jobs = 1;
      const late = await runCollector(collector, { account: ACCT });
      assert.equal(iam.commandCalls(GenerateServiceLastAccessedDetailsCommand).length, 1, 'nothing is started once the budget is spent');
      assert.equal(late.resources.find((r) => r.uid === WEB)!.errors?.lastAccessed, 'ServiceUnavailable');

      iam.reset();
      baseMocks();
      Object.assign(lastAccessedLimits, LIMITS);
      iam.on(GetServiceLastAccessedDetailsCommand, { JobId: 'job-web' }).resolves({ JobStatus: 'FAILED', JobCreationDate: new Date(), ServicesLastAccessed: [], JobCompletionDate: new Date(), Error: { Code: 'InternalFailure', Message: 'report failed' } });
      const failed = await runCollector(collector, { account: ACCT });
      assert.deepEqual(failed.resources.find((r) => r.uid === WEB)!.errors, { lastAccessed: 'ServiceUnavailable' });
      assert.deepEqual(failed.errors.map((e) => [e.operation, e.resourceUid]), [['GetServiceLastAccessedDetails', WEB]]);
    });

    it('skips service-linked roles', async () => {
      baseMocks();
      iam.on(GetAccountAuthorizationDetailsCommand, { Marker: 'g2' }).resolves({
        IsTruncated: false,
        RoleDetailList: [
          {
            RoleName: 'AWSServiceRoleForConfig',
            RoleId: 'AROACONFIG',
            Arn: `arn:aws:iam::${ACCT}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
            Path: '/aws-service-role/config.amazonaws.com/',
            AssumeRolePolicyDocument: enc({ Version: '2012-10-17', Statement: [] }),
            RolePolicyList: [],
            AttachedManagedPolicies: [{ PolicyName: 'AWSConfigServiceRolePolicy', PolicyArn: 'arn:aws:iam::aws:policy/aws-service-role/AWSConfigServiceRolePolicy' }],
          },
        ],
      });
      const { resources } = await runCollector(collector, { account: ACCT });
      const slr = resources.find((r) => r.name === 'AWSServiceRoleForConfig')!;
      assert.equal((slr.config as unknown as IamRoleConfig).lastAccessed, undefined);
      assert.equal(slr.errors, undefined);
      assert.deepEqual(iam.commandCalls(GenerateServiceLastAccessedDetailsCommand).map((c) => c.args[0].input.Arn), [ALICE]);
    });
  });
});

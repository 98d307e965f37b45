/**
 * A small, realistic two-account organisation as the collectors write it (shared by snapshot.test.ts
 * and access.test.ts):
 *
 *   o-exampleorg / r-ex12 (SCP FullAWSAccess, DenyLeaveOrganization)
 *   ├── 111111111111 management account: user alice (group admins → AdministratorAccess), role ci-deployer
 *   └── ou-ex12-prod (SCP FullAWSAccess, DenyObjectDeletion; RCP RequireTls)
 *       └── 222222222222 workload account: role web-server-role, user bob (boundary), user carol (group readers),
 *           user dave (AdministratorAccess), role reporting (AWS managed policy whose document is missing),
 *           bucket artifacts-222 (policy grants ci-deployer cross-account), queue, secret, topic.
 */
import type { Resource } from '../../../../src/model/types.js';

export const MGMT = '111111111111';
export const WORK = '222222222222';
export const ORG = 'o-exampleorg';
export const ROOT = 'r-ex12';
export const PROD_OU = 'ou-ex12-prod';
export const BUCKET = 'arn:aws:s3:::artifacts-222';
export const QUEUE = `arn:aws:sqs:ap-northeast-1:${WORK}:jobs`;
export const SECRET = `arn:aws:secretsmanager:ap-northeast-1:${WORK}:secret:db-AbCdEf`;
export const TOPIC = `arn:aws:sns:ap-northeast-1:${WORK}:alerts`;

export const arn = {
  alice: `arn:aws:iam::${MGMT}:user/alice`,
  ci: `arn:aws:iam::${MGMT}:role/ci-deployer`,
  web: `arn:aws:iam::${WORK}:role/web-server-role`,
  bob: `arn:aws:iam::${WORK}:user/bob`,
  carol: `arn:aws:iam::${WORK}:user/carol`,
  dave: `arn:aws:iam::${WORK}:user/dave`,
  reporting: `arn:aws:iam::${WORK}:role/reporting`,
  slr: `arn:aws:iam::${WORK}:role/aws-service-role/ops.apigateway.amazonaws.com/AWSServiceRoleForAPIGateway`,
};

const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const ADMIN_DOC = doc({ Effect: 'Allow', Action: '*', Resource: '*' });
const FULL_ACCESS = doc({ Effect: 'Allow', Action: '*', Resource: '*' });

function res(type: string, uid: string, account: string, name: string, config: Record<string, unknown>, extra: Partial<Resource> = {}): Resource {
  return { uid, provider: 'aws', account, region: 'global', type, name, tags: {}, config, ...extra };
}

const user = (account: string, name: string, c: Record<string, unknown>, extra: Partial<Resource> = {}) =>
  res('AWS::IAM::User', `arn:aws:iam::${account}:user/${name}`, account, name, {
    userName: name,
    userId: `AIDA${name.toUpperCase()}`,
    path: '/',
    createDate: '2025-01-01T00:00:00.000Z',
    passwordLastUsed: null,
    groups: [],
    attachedPolicies: [],
    inlinePolicies: [],
    permissionsBoundaryArn: null,
    ...c,
  }, extra);

const role = (account: string, name: string, c: Record<string, unknown>, extra: Partial<Resource> = {}) =>
  res('AWS::IAM::Role', `arn:aws:iam::${account}:role/${(c.path as string | undefined)?.slice(1) ?? ''}${name}`, account, name, {
    roleName: name,
    roleId: `AROA${name.toUpperCase().replace(/[^A-Z]/g, '')}`,
    path: '/',
    createDate: '2025-01-01T00:00:00.000Z',
    assumeRolePolicy: doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }),
    attachedPolicies: [],
    inlinePolicies: [],
    instanceProfiles: [],
    permissionsBoundaryArn: null,
    roleLastUsed: null,
    serviceLinked: false,
    ...c,
  }, extra);

const managed = (account: string, policyArn: string, document: unknown, awsManaged: boolean, extra: Partial<Resource> = {}) => {
  const name = policyArn.split('/').pop()!;
  const uid = awsManaged ? `arn:aws:mamori::${account}:aws-managed-policy/${name}` : policyArn;
  const config: Record<string, unknown> = {
    arn: policyArn, policyName: name, path: '/', awsManaged, defaultVersionId: 'v1', attachmentCount: 1,
    permissionsBoundaryUsageCount: 0, createDate: null, updateDate: null,
  };
  if (document !== undefined) config.document = document;
  return res('AWS::IAM::ManagedPolicy', uid, account, name, config, extra);
};

const orgPolicy = (id: string, name: string, type: string, content: unknown, targets: string[], awsManaged = false) =>
  res('AWS::Organizations::Policy', `arn:aws:organizations::${MGMT}:policy/${ORG}/${type.toLowerCase()}/${id}`, MGMT, name, {
    id, name, description: null, type, awsManaged, content,
    targets: targets.map((t) => ({ targetId: t, type: t.startsWith('r-') ? 'ROOT' : t.startsWith('ou-') ? 'ORGANIZATIONAL_UNIT' : 'ACCOUNT', name: null })),
  });

export interface FixtureOptions {
  /** Leave the OU's DenyObjectDeletion SCP out. */
  withoutDeletionScp?: boolean;
  /** Leave the organisation's path information out (as an older collector wrote it). */
  withoutPaths?: boolean;
}

export function orgSnapshot(opts: FixtureOptions = {}): Resource[] {
  const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
  const READONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
  const out: Resource[] = [
    // ---------------------------------------------------------------- organisation
    res('AWS::Organizations::Organization', `arn:aws:organizations::${MGMT}:organization/${ORG}`, MGMT, ORG, {
      id: ORG, arn: `arn:aws:organizations::${MGMT}:organization/${ORG}`, featureSet: 'ALL', managementAccountId: MGMT,
      accounts: [
        { id: MGMT, name: 'management', status: 'ACTIVE', joinedMethod: 'CREATED', joinedTimestamp: null, ...(opts.withoutPaths ? {} : { parentId: ROOT, path: [ROOT] }) },
        { id: WORK, name: 'workload', status: 'ACTIVE', joinedMethod: 'CREATED', joinedTimestamp: null, ...(opts.withoutPaths ? {} : { parentId: PROD_OU, path: [ROOT, PROD_OU] }) },
      ],
      rootPolicyTypes: [{ type: 'SERVICE_CONTROL_POLICY', status: 'ENABLED' }, { type: 'RESOURCE_CONTROL_POLICY', status: 'ENABLED' }],
      rootIds: [ROOT],
    }),
    res('AWS::Organizations::Membership', `arn:aws:mamori::${MGMT}:organizations-membership`, MGMT, 'membership', {
      inOrganization: true, organizationId: ORG, organizationArn: null, managementAccountId: MGMT, featureSet: 'ALL', isManagementAccount: true,
    }),
    res('AWS::Organizations::Membership', `arn:aws:mamori::${WORK}:organizations-membership`, WORK, 'membership', {
      inOrganization: true, organizationId: ORG, organizationArn: null, managementAccountId: MGMT, featureSet: 'ALL', isManagementAccount: false,
    }),
    orgPolicy('p-FullAWSAccess', 'FullAWSAccess', 'SERVICE_CONTROL_POLICY', FULL_ACCESS, [ROOT, PROD_OU, MGMT, WORK], true),
    orgPolicy('p-denyleave', 'DenyLeaveOrganization', 'SERVICE_CONTROL_POLICY',
      doc({ Sid: 'DenyLeave', Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }), [ROOT]),
    orgPolicy('p-requiretls', 'RequireTls', 'RESOURCE_CONTROL_POLICY',
      doc({ Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: ['s3:*', 'sqs:*'], Resource: '*', Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } } }), [PROD_OU]),
    // ---------------------------------------------------------------- management account
    managed(MGMT, ADMIN, ADMIN_DOC, true),
    res('AWS::IAM::Group', `arn:aws:iam::${MGMT}:group/admins`, MGMT, 'admins', {
      groupName: 'admins', groupId: 'AGPAADMINS', path: '/', createDate: null,
      attachedPolicies: [{ policyName: 'AdministratorAccess', policyArn: ADMIN }], inlinePolicies: [],
    }),
    user(MGMT, 'alice', { groups: ['admins'] }, { relationships: [{ type: 'member-of', target: `arn:aws:iam::${MGMT}:group/admins` }] }),
    role(MGMT, 'ci-deployer', {
      inlinePolicies: [{ policyName: 'publish-artifacts', document: doc({ Sid: 'PublishArtifacts', Effect: 'Allow', Action: 's3:PutObject', Resource: `${BUCKET}/*` }) }],
    }),
    // ---------------------------------------------------------------- workload account
    managed(WORK, ADMIN, ADMIN_DOC, true),
    managed(WORK, READONLY, undefined, true, { errors: { document: 'AccessDenied' } }),
    managed(WORK, `arn:aws:iam::${WORK}:policy/DeveloperAccess`, doc({ Sid: 'AllS3', Effect: 'Allow', Action: 's3:*', Resource: '*' }), false),
    managed(WORK, `arn:aws:iam::${WORK}:policy/DevBoundary`, doc({ Sid: 'ReadOnlyS3', Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' }), false),
    role(WORK, 'web-server-role', {
      inlinePolicies: [{
        policyName: 'artifacts',
        document: doc({ Sid: 'ArtifactsReadWrite', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], Resource: `${BUCKET}/*` }),
      }],
      instanceProfiles: [`arn:aws:iam::${WORK}:instance-profile/web-server-profile`],
    }, { tags: { app: 'web' } }),
    user(WORK, 'bob', {
      attachedPolicies: [{ policyName: 'DeveloperAccess', policyArn: `arn:aws:iam::${WORK}:policy/DeveloperAccess` }],
      permissionsBoundaryArn: `arn:aws:iam::${WORK}:policy/DevBoundary`,
    }),
    res('AWS::IAM::Group', `arn:aws:iam::${WORK}:group/readers`, WORK, 'readers', {
      groupName: 'readers', groupId: 'AGPAREADERS', path: '/', createDate: null, attachedPolicies: [],
      inlinePolicies: [{ policyName: 'read-artifacts', document: doc({ Sid: 'ReadArtifacts', Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*` }) }],
    }),
    user(WORK, 'carol', { groups: ['readers'] }),
    user(WORK, 'dave', { attachedPolicies: [{ policyName: 'AdministratorAccess', policyArn: ADMIN }] }),
    role(WORK, 'reporting', { attachedPolicies: [{ policyName: 'ReadOnlyAccess', policyArn: READONLY }] }),
    role(WORK, 'AWSServiceRoleForAPIGateway', {
      path: '/aws-service-role/ops.apigateway.amazonaws.com/', serviceLinked: true,
      inlinePolicies: [{ policyName: 'slr', document: doc({ Effect: 'Allow', Action: 'organizations:LeaveOrganization', Resource: '*' }) }],
    }),
    res('AWS::S3::Bucket', BUCKET, WORK, 'artifacts-222', {
      name: 'artifacts-222', bucketRegion: 'ap-northeast-1',
      policy: doc({ Sid: 'CiPublishes', Effect: 'Allow', Principal: { AWS: arn.ci }, Action: 's3:PutObject', Resource: `${BUCKET}/*` }),
    }, { region: 'ap-northeast-1', tags: { purpose: 'codepipeline-artifacts' } }),
    res('AWS::SQS::Queue', QUEUE, WORK, 'jobs', { queueName: 'jobs', queueUrl: `https://sqs.ap-northeast-1.amazonaws.com/${WORK}/jobs`, fifoQueue: false, policy: null }, { region: 'ap-northeast-1' }),
    res('AWS::SecretsManager::Secret', SECRET, WORK, 'db', { name: 'db', kmsKeyId: null, rotationEnabled: false }, { region: 'ap-northeast-1', errors: { policy: 'AccessDenied' } }),
    res('AWS::SNS::Topic', TOPIC, WORK, 'alerts', { topicName: 'alerts' }, { region: 'ap-northeast-1' }),
  ];
  return opts.withoutDeletionScp ? out : [
    ...out,
    orgPolicy('p-denydelete', 'DenyObjectDeletion', 'SERVICE_CONTROL_POLICY',
      doc({ Sid: 'DenyObjectDeletion', Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' }), [PROD_OU]),
  ];
}

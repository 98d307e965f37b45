/**
 * External access analysis (src/providers/aws/iam/external.ts) over realistic policies, most of
 * them the examples of the AWS documentation. Each candidate grant is decided by the engine; these
 * tests check who is reported, for which actions, and which conditions keep outsiders out.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PolicyDocument } from '../../../../src/providers/aws/model/iam.js';
import { analyseResourcePolicy, analyseShares, isPrivateCidr, trustZone, type ExternalAnalysis, type ResourcePolicyInput } from '../../../../src/providers/aws/iam/external.js';

const OWNER = '111122223333';
const SIBLING = '444455556666'; // another account of the owner's organisation
const OUTSIDER = '777788889999';
const ORG = 'o-a1b2c3d4e5';
const zone = trustZone(OWNER, { organizationId: ORG, accounts: [SIBLING], membershipKnown: true });
const NOW = new Date('2026-06-01T00:00:00Z');

const BUCKET = 'arn:aws:s3:::amzn-s3-demo-bucket';
const QUEUE = `arn:aws:sqs:us-east-1:${OWNER}:orders`;
const TOPIC = `arn:aws:sns:us-east-1:${OWNER}:alerts`;
const KEY = `arn:aws:kms:us-east-1:${OWNER}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const FUNCTION = `arn:aws:lambda:us-east-1:${OWNER}:function:thumbnailer`;
const REPO = `arn:aws:ecr:us-east-1:${OWNER}:repository/app`;
const SECRET = `arn:aws:secretsmanager:us-east-1:${OWNER}:secret:db-AbCdEf`;
const ROLE = `arn:aws:iam::${OWNER}:role/vendor-integration`;
const ACCESS_POINT = `arn:aws:s3:us-east-1:${OWNER}:accesspoint/reports`;

const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement }) as unknown as PolicyDocument;
const analyse = (type: string, arn: string, policy: ResourcePolicyInput['policy'], options = {}) => analyseResourcePolicy({ arn, type, account: OWNER, policy }, zone, { now: NOW, ...options });
function grantsOf(a: ExternalAnalysis) {
  assert.equal(a.status, 'analysed');
  return a.status === 'analysed' ? a.grants : [];
}
const summary = (a: ExternalAnalysis) => grantsOf(a).map((g) => `${g.kind} ${g.principal}`).sort();

describe('external access of resource policies', () => {
  it('public read of a bucket: anyone, object reads only (S3 User Guide › Bucket policy examples › Granting read-only permission to public anonymous users)', () => {
    const a = analyse('AWS::S3::Bucket', BUCKET, doc({ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: ['s3:GetObject', 's3:GetObjectVersion'], Resource: `${BUCKET}/*` }));
    const [g] = grantsOf(a);
    assert.equal(g.kind, 'public');
    assert.deepEqual(g.actions.sort(), ['s3:GetObject', 's3:GetObjectVersion']);
    assert.deepEqual(g.via, ['PublicRead']);
    assert.equal(grantsOf(a).length, 1, 'the any-account grant is folded into the public one');
  });

  it('a grant to an account outside the organisation names the account, the actions and the statement (IAM User Guide › Cross-account policy evaluation logic)', () => {
    const a = analyse('AWS::S3::Bucket', BUCKET, doc({ Sid: 'Partner', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OUTSIDER}:root` }, Action: ['s3:GetObject', 's3:ListBucket'], Resource: [BUCKET, `${BUCKET}/partner/*`] }));
    const [g] = grantsOf(a);
    assert.deepEqual([g.kind, g.account, g.outsideOrganization], ['account', OUTSIDER, true]);
    assert.deepEqual(g.actions.sort(), ['s3:GetObject', 's3:ListBucket']);
  });

  it("the Elastic Load Balancing log-delivery account of a Region is AWS, not an outsider (ELB User Guide › Enable access logs › bucket policy)", () => {
    const elb = analyse('AWS::S3::Bucket', BUCKET, doc({ Sid: 'AllowELBAccessLogs', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::582318560864:root' }, Action: 's3:PutObject', Resource: `${BUCKET}/AWSLogs/*` }));
    assert.deepEqual(grantsOf(elb), []);
    // The same statement naming any other account is a grant to that account.
    const other = analyse('AWS::S3::Bucket', BUCKET, doc({ Sid: 'AllowELBAccessLogs', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OUTSIDER}:root` }, Action: 's3:PutObject', Resource: `${BUCKET}/AWSLogs/*` }));
    assert.equal(grantsOf(other).length, 1);
  });

  it('the object resource comes from the statement: a grant on a prefix is still found', () => {
    const a = analyse('AWS::S3::Bucket', BUCKET, doc({ Effect: 'Allow', Principal: { AWS: OUTSIDER }, Action: 's3:PutObject', Resource: `${BUCKET}/uploads/${OUTSIDER}/*` }));
    assert.deepEqual(summary(a), [`account ${OUTSIDER}`]);
    assert.deepEqual(grantsOf(a)[0].via, ['#0']);
  });

  it('accounts of the organisation and the owner itself are not external', () => {
    const a = analyse('AWS::S3::Bucket', BUCKET, doc(
      { Effect: 'Allow', Principal: { AWS: [`arn:aws:iam::${SIBLING}:root`, `arn:aws:iam::${OWNER}:role/app`] }, Action: 's3:*', Resource: [BUCKET, `${BUCKET}/*`] },
    ));
    assert.deepEqual(summary(a), []);
  });

  it('"*" restricted by aws:PrincipalOrgID to the own organisation is not external; to another organisation it is (IAM User Guide › aws:PrincipalOrgID)', () => {
    const own = analyse('AWS::S3::Bucket', BUCKET, doc({ Sid: 'Org', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${BUCKET}/*`, Condition: { StringEquals: { 'aws:PrincipalOrgID': ORG } } }));
    assert.deepEqual(summary(own), []);
    assert.equal(own.status === 'analysed' && own.restricted[0]?.conditions[0].key, 'aws:PrincipalOrgID');
    const other = analyse('AWS::S3::Bucket', BUCKET, doc({ Sid: 'Org', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${BUCKET}/*`, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-zzzzzzzzzz' } } }));
    assert.deepEqual(summary(other), ['any-account *']);
  });

  it('aws:PrincipalOrgPaths under the own organisation restricts (IAM User Guide › aws:PrincipalOrgPaths)', () => {
    const a = analyse('AWS::SQS::Queue', QUEUE, doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sqs:SendMessage', Resource: QUEUE, Condition: { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': [`${ORG}/r-ab12/ou-ab12-11111111/*`] } } }));
    assert.deepEqual(summary(a), []);
  });

  it('VPC endpoint and private source IP conditions restrict; a public IP range does not', () => {
    // S3 User Guide › Controlling access from VPC endpoints with bucket policies.
    const vpce = analyse('AWS::S3::Bucket', BUCKET, doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${BUCKET}/*`, Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } }));
    assert.deepEqual(summary(vpce), []);
    const privateIp = analyse('AWS::S3::Bucket', BUCKET, doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${BUCKET}/*`, Condition: { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '172.16.0.0/12'] } } }));
    assert.deepEqual(summary(privateIp), []);
    const publicIp = analyse('AWS::S3::Bucket', BUCKET, doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${BUCKET}/*`, Condition: { IpAddress: { 'aws:SourceIp': '192.0.2.0/24' } } }));
    assert.deepEqual(summary(publicIp), ['public *']);
    assert.deepEqual(grantsOf(publicIp)[0].conditions, [{ operator: 'IpAddress', key: 'aws:SourceIp', values: ['192.0.2.0/24'] }]);
  });

  it('a Deny for principals outside the organisation cancels a grant to an outside account (IAM User Guide › Policy evaluation logic: an explicit deny overrides any allow)', () => {
    const a = analyse('AWS::S3::Bucket', BUCKET, doc(
      { Sid: 'Partner', Effect: 'Allow', Principal: { AWS: OUTSIDER }, Action: 's3:GetObject', Resource: `${BUCKET}/*` },
      { Sid: 'DenyOutsideOrg', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [BUCKET, `${BUCKET}/*`], Condition: { StringNotEquals: { 'aws:PrincipalOrgID': ORG } } },
    ));
    assert.deepEqual(summary(a), []);
    assert.equal(a.status, 'analysed');
    if (a.status === 'analysed') assert.deepEqual(a.restricted[0].deniedBy, ['DenyOutsideOrg']);
  });

  it('a Deny the outsider can avoid (TLS only) does not cancel the grant (S3 User Guide › Enforce encryption in transit)', () => {
    const a = analyse('AWS::S3::Bucket', BUCKET, doc(
      { Sid: 'Partner', Effect: 'Allow', Principal: { AWS: OUTSIDER }, Action: 's3:GetObject', Resource: `${BUCKET}/*` },
      { Sid: 'TlsOnly', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [BUCKET, `${BUCKET}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
    ));
    assert.deepEqual(summary(a), [`account ${OUTSIDER}`]);
  });

  it('SNS default topic policy (AWS:SourceOwner = owner) is not external; "*" for Publish is public', () => {
    const base = { Sid: '__default_statement_ID', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['SNS:GetTopicAttributes', 'SNS:Subscribe', 'SNS:Publish'], Resource: TOPIC };
    assert.deepEqual(summary(analyse('AWS::SNS::Topic', TOPIC, doc({ ...base, Condition: { StringEquals: { 'AWS:SourceOwner': OWNER } } }))), []);
    const open = analyse('AWS::SNS::Topic', TOPIC, doc({ ...base, Action: 'SNS:Publish' }));
    assert.deepEqual(summary(open), ['public *']);
    assert.deepEqual(grantsOf(open)[0].actions, ['sns:Publish']);
  });

  it('a service principal without aws:SourceArn / SourceAccount is a confused deputy; with them it is not (IAM User Guide › The confused deputy problem)', () => {
    const open = analyse('AWS::Lambda::Function', FUNCTION, doc({ Sid: 's3invoke', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: FUNCTION }));
    assert.deepEqual(summary(open), ['service s3.amazonaws.com']);
    // Lambda Developer Guide › Granting function access to AWS services (the AddPermission example).
    const scoped = analyse('AWS::Lambda::Function', FUNCTION, doc({
      Sid: 's3invoke', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: FUNCTION,
      Condition: { StringEquals: { 'AWS:SourceAccount': OWNER }, ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::amzn-s3-demo-bucket' } },
    }));
    assert.deepEqual(summary(scoped), []);
    const otherAccount = analyse('AWS::SQS::Queue', QUEUE, doc({ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: QUEUE, Condition: { ArnEquals: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${OUTSIDER}:feed` } } }));
    assert.deepEqual(summary(otherAccount), ['service sns.amazonaws.com'], 'a topic of an outside account may deliver');
  });

  it('KMS key policy: the default statement is internal, the cross-account statement is external with its actions (KMS Developer Guide › Allowing users in other accounts to use a KMS key)', () => {
    const a = analyse('AWS::KMS::Key', KEY, doc(
      { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OWNER}:root` }, Action: 'kms:*', Resource: '*' },
      { Sid: 'Allow use of the key', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OUTSIDER}:root` }, Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'], Resource: '*' },
    ));
    const [g] = grantsOf(a);
    assert.deepEqual(g.actions.sort(), ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:ReEncryptFrom']);
    assert.deepEqual(g.via, ['Allow use of the key']);
  });

  it('kms:CallerAccount = owner with kms:ViaService (AWS managed key style) is not external', () => {
    const a = analyse('AWS::KMS::Key', KEY, doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': OWNER, 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' } } }));
    assert.deepEqual(summary(a), []);
  });

  it('"*" tied by aws:PrincipalAccount to an outside account is reported as that account', () => {
    const a = analyse('AWS::SecretsManager::Secret', SECRET, doc({ Effect: 'Allow', Principal: '*', Action: 'secretsmanager:GetSecretValue', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalAccount': OUTSIDER } } }));
    assert.deepEqual(summary(a), [`account ${OUTSIDER}`]);
  });

  it('ECR cross-account pull (ECR User Guide › Repository policy examples) names the puller role and only pull actions', () => {
    const a = analyse('AWS::ECR::Repository', REPO, doc({ Sid: 'AllowPull', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OUTSIDER}:role/ci` }, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }));
    const [g] = grantsOf(a);
    assert.deepEqual([g.kind, g.principal], ['principal', `arn:aws:iam::${OUTSIDER}:role/ci`]);
    assert.deepEqual(g.actions.sort(), ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer']);
  });

  it('NotAction grants everything but the listed actions', () => {
    const a = analyse('AWS::SQS::Queue', QUEUE, doc({ Effect: 'Allow', Principal: { AWS: OUTSIDER }, NotAction: 'sqs:PurgeQueue', Resource: QUEUE }));
    const actions = grantsOf(a)[0].actions;
    assert.ok(actions.includes('sqs:ReceiveMessage') && !actions.includes('sqs:PurgeQueue'));
  });

  it('access point policy: object ARNs under the access point (S3 User Guide › Configuring IAM policies for using access points)', () => {
    const a = analyse('AWS::S3::AccessPoint', ACCESS_POINT, doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OUTSIDER}:user/Jane` }, Action: ['s3:GetObject', 's3:PutObject'], Resource: `${ACCESS_POINT}/object/Jane/*` }));
    assert.deepEqual(grantsOf(a)[0].actions.sort(), ['s3:GetObject', 's3:PutObject']);
  });

  it('a policy that was not collected, none, and an invalid one', () => {
    assert.equal(analyse('AWS::SQS::Queue', QUEUE, undefined).status, 'not-collected');
    assert.deepEqual(summary(analyse('AWS::SQS::Queue', QUEUE, null)), []);
    const bad = analyse('AWS::SQS::Queue', QUEUE, doc({ Effect: 'Permit', Principal: '*', Action: 'sqs:*', Resource: QUEUE }));
    assert.equal(bad.status, 'invalid');
  });
});

describe('role trust policies', () => {
  const withhold = { withhold: ['sts:ExternalId', 'aws:MultiFactorAuthPresent'], actions: ['sts:AssumeRole'] };
  const trust = (condition?: unknown) => doc({ Sid: 'Vendor', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OUTSIDER}:root` }, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) });

  it('a whole outside account is external access, ExternalId or not (IAM Access Analyzer reports both)', () => {
    assert.deepEqual(summary(analyse('AWS::IAM::Role', ROLE, trust())), [`account arn:aws:iam::${OUTSIDER}:root`]);
    assert.deepEqual(summary(analyse('AWS::IAM::Role', ROLE, trust({ StringEquals: { 'sts:ExternalId': 'Unique-1234' } }))), [`account arn:aws:iam::${OUTSIDER}:root`]);
  });

  it('withholding sts:ExternalId and MFA: ExternalId and Bool MFA protect, BoolIfExists does not (IAM User Guide › Condition operators › ...IfExists)', () => {
    assert.deepEqual(summary(analyse('AWS::IAM::Role', ROLE, trust(), withhold)).length, 1);
    assert.deepEqual(summary(analyse('AWS::IAM::Role', ROLE, trust({ StringEquals: { 'sts:ExternalId': 'Unique-1234' } }), withhold)), []);
    assert.deepEqual(summary(analyse('AWS::IAM::Role', ROLE, trust({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }), withhold)), []);
    assert.deepEqual(summary(analyse('AWS::IAM::Role', ROLE, trust({ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' } }), withhold)).length, 1);
  });

  it('service principals of trust policies are not external; OIDC providers are listed as federated', () => {
    const a = analyse('AWS::IAM::Role', ROLE, doc(
      { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
      { Effect: 'Allow', Principal: { Federated: `arn:aws:iam::${OWNER}:oidc-provider/token.actions.githubusercontent.com` }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:example/app:*' } } },
    ));
    assert.deepEqual(summary(a), [`federated arn:aws:iam::${OWNER}:oidc-provider/token.actions.githubusercontent.com`]);
  });
});

describe('zone of trust without an organisation', () => {
  it('accounts scanned with the owner are inside; others are outside with membership unknown', () => {
    const scanned = trustZone(OWNER, { accounts: [SIBLING] });
    const a = analyseResourcePolicy({ arn: QUEUE, type: 'AWS::SQS::Queue', account: OWNER, policy: doc({ Effect: 'Allow', Principal: { AWS: [SIBLING, OUTSIDER] }, Action: 'sqs:SendMessage', Resource: QUEUE }) }, scanned, { now: NOW });
    const grants = grantsOf(a);
    assert.deepEqual(grants.map((g) => [g.account, g.outsideOrganization]), [[OUTSIDER, false]]);
  });
});

describe('snapshot and AMI shares', () => {
  it('accounts and organisations outside the zone; public shares are marked public', () => {
    assert.deepEqual(analyseShares([SIBLING, OUTSIDER, 'all'], zone).map((s) => `${s.kind} ${s.principal}`), [`account ${OUTSIDER}`, 'public all']);
    const ami = analyseShares([{ UserId: OWNER }, { OrganizationArn: `arn:aws:organizations::${OWNER}:organization/${ORG}` }, { OrganizationalUnitArn: 'arn:aws:organizations::999999999999:ou/o-zzzzzzzzzz/ou-zz-11111111' }, { Group: 'all' }], zone);
    assert.deepEqual(ami.map((s) => s.kind), ['organizational-unit', 'public']);
  });
});

describe('private ranges', () => {
  it('RFC 1918, shared address space, loopback and IPv6 ULA are private; others are not', () => {
    for (const c of ['10.1.0.0/16', '172.31.0.0/16', '192.168.1.0/24', '100.64.0.0/10', '127.0.0.1/32', 'fd00::/8']) assert.ok(isPrivateCidr(c), c);
    for (const c of ['172.32.0.0/16', '8.8.8.8/32', '0.0.0.0/0', '10.0.0.0/7', '2001:db8::/32']) assert.ok(!isPrivateCidr(c), c);
  });
});

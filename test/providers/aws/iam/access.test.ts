import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { whatCan, whoCan } from '../../../../src/providers/aws/iam/access.js';
import { buildAuthorizationModel } from '../../../../src/providers/aws/iam/snapshot.js';
import { BUCKET, PROD_OU, WORK, arn, orgSnapshot } from './snapshot-fixture.js';

const OBJECT = `${BUCKET}/builds/app.zip`;
const who = (r: ReturnType<typeof whoCan>) => r.allowed.map((g) => g.principal).sort();
const sorted = (...xs: string[]) => xs.sort();

describe('who can / what can over a snapshot', () => {
  const model = buildAuthorizationModel(orgSnapshot());

  it('s3:PutObject on the artifact bucket: the web role (same account) and the CI role (cross-account, named by the bucket policy)', () => {
    // IAM User Guide › Cross-account policy evaluation logic: both the identity policy and the
    // bucket policy must allow; within one account the identity policy alone suffices.
    const r = whoCan(model, 's3:PutObject', OBJECT);
    assert.deepEqual(who(r), sorted(arn.ci, arn.web, arn.dave), 'dave is an administrator of the bucket\'s account');
    const ci = r.allowed.find((g) => g.principal === arn.ci)!;
    assert.deepEqual(ci.deciding.map((s) => [s.layer, s.statement]).sort(), [['identity', 'PublishArtifacts'], ['resource', 'CiPublishes']]);
    const web = r.allowed.find((g) => g.principal === arn.web)!;
    assert.ok(web.deciding.some((s) => s.layer === 'identity' && s.statement === 'ArtifactsReadWrite'));
    // alice is an administrator, but in another account that the bucket policy does not name.
    assert.ok(!who(r).includes(arn.alice));
    // The reporting role's ReadOnlyAccess document is missing: it is undetermined, not denied.
    assert.deepEqual(r.undetermined.map((u) => u.principal), [arn.reporting]);
    assert.equal(r.resourceAccount, WORK);
  });

  it('a permissions boundary intersects the identity policy (IAM User Guide › Permissions boundaries)', () => {
    assert.ok(!who(whoCan(model, 's3:PutObject', OBJECT)).includes(arn.bob), 'bob has s3:* but his boundary allows only reads');
    const get = who(whoCan(model, 's3:GetObject', OBJECT));
    assert.deepEqual(get, sorted(arn.bob, arn.carol, arn.dave, arn.web), 'carol through her group; ci-deployer cannot read');
  });

  it('an SCP Deny at the OU removes the permission (Organizations User Guide › SCP evaluation)', () => {
    const withScp = who(whoCan(model, 's3:DeleteObject', OBJECT));
    assert.ok(!withScp.includes(arn.web));
    assert.ok(!withScp.includes(arn.dave));
    const without = who(whoCan(buildAuthorizationModel(orgSnapshot({ withoutDeletionScp: true })), 's3:DeleteObject', OBJECT));
    assert.deepEqual(without, sorted(arn.dave, arn.web), 'the same request is allowed once the SCP is gone');
  });

  it('the management account and service-linked roles are outside SCPs (IAM User Guide › Policy evaluation logic)', () => {
    const r = whoCan(model, 'organizations:LeaveOrganization', '*');
    assert.ok(who(r).includes(arn.alice), 'management account: the root SCP does not apply');
    assert.ok(who(r).includes(arn.slr), 'service-linked role');
    assert.ok(!who(r).includes(arn.dave), 'member-account administrator: denied by the root SCP');
  });

  it('an RCP on the resource account denies requests without TLS, whatever the identity grants', () => {
    const insecure = whoCan(model, 's3:GetObject', OBJECT, { context: { 'aws:SecureTransport': false } });
    assert.deepEqual(who(insecure), []);
    assert.ok(who(whoCan(model, 's3:GetObject', OBJECT)).length > 0);
  });

  it('reports resource-side inputs that were not collected', () => {
    const r = whoCan(model, 'secretsmanager:GetSecretValue', `arn:aws:secretsmanager:ap-northeast-1:${WORK}:secret:db-AbCdEf`);
    assert.deepEqual(r.incomplete.map((i) => i.code), ['resource-policy-not-collected']);
    assert.ok(who(r).includes(arn.dave));
  });

  it('prefilters principals whose policies cannot mention the service', () => {
    const r = whoCan(model, 'sqs:SendMessage', `arn:aws:sqs:ap-northeast-1:${WORK}:jobs`);
    // Only the administrators (Action "*") and the incomplete role are evaluated.
    assert.equal(r.evaluated, 3);
    assert.deepEqual(who(r), [arn.dave]);
    assert.equal(r.allowed[0].reason.en.length > 0 && r.allowed[0].reason.ja.length > 0, true);
  });

  it('what can bob do in S3: only what both his policy and his boundary allow, expanded from s3:*', async () => {
    const r = await whatCan(model, arn.bob, { service: 's3' });
    assert.deepEqual(r.actions.map((a) => a.action), ['s3:GetObject', 's3:ListBucket']);
    assert.deepEqual(r.actions[0].resources.map((g) => g.resource), ['*']);
    assert.deepEqual(r.services, ['s3']);
  });

  it('what can the web role do: read and write artifacts, but not delete them (SCP)', async () => {
    const r = await whatCan(model, arn.web);
    assert.deepEqual(r.actions.map((a) => a.action), ['s3:GetObject', 's3:PutObject']);
    assert.deepEqual(r.actions[1].resources.map((g) => g.resource), [`${BUCKET}/*`]);
    assert.ok(r.actions[1].resources[0].deciding.some((s) => s.statement === 'ArtifactsReadWrite'));
  });

  it('what can the CI role do: put objects in the other account\'s bucket that names it', async () => {
    const r = await whatCan(model, arn.ci);
    assert.deepEqual(r.actions.map((a) => [a.action, a.resources.map((g) => g.resource)]), [['s3:PutObject', [`${BUCKET}/*`]]]);
  });

  it('what can an incomplete principal do: says what is missing', async () => {
    const r = await whatCan(model, arn.reporting);
    assert.deepEqual(r.actions, []);
    assert.deepEqual(r.incomplete.map((i) => i.code), ['policy-document-missing']);
    await assert.rejects(whatCan(model, `arn:aws:iam::${WORK}:role/nobody`), /not in the snapshot/);
  });

  it('the OU of the fixture is where the deletion SCP sits', () => {
    assert.ok(model.accounts.get(WORK)!.scps!.some((l) => l.target === PROD_OU && l.policies.some((p) => p.name === 'DenyObjectDeletion')));
  });
});

describe('who can, with a Deny the caller can avoid', () => {
  // CodePipeline's default artifact bucket policy denies uploads without SSE-KMS. The Deny stops a
  // careless upload, not an intruder: whoever sets x-amz-server-side-encryption: aws:kms uploads.
  const withSseDeny = (condition: Record<string, unknown>) =>
    orgSnapshot().map((r) =>
      r.uid === BUCKET
        ? {
            ...r,
            config: {
              ...(r.config as Record<string, unknown>),
              policy: {
                Version: '2012-10-17',
                Statement: [
                  { Sid: 'CiPublishes', Effect: 'Allow', Principal: { AWS: arn.ci }, Action: 's3:PutObject', Resource: `${BUCKET}/*` },
                  { Sid: 'DenyUnEncryptedObjectUploads', Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: `${BUCKET}/*`, Condition: condition },
                ],
              },
            },
          }
        : r,
    );

  it('names the web role, with the request keys it must set', () => {
    const r = whoCan(buildAuthorizationModel(withSseDeny({ StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } })), 's3:PutObject', OBJECT);
    const web = r.allowed.find((g) => g.principal === arn.web);
    assert.ok(web, 'the web role can still write the artifact bucket');
    assert.deepEqual(web.requires, { 's3:x-amz-server-side-encryption': 'aws:kms' });
    // Without any caller-set key the same request is denied: the Deny does apply to plain uploads.
    const plain = whoCan(buildAuthorizationModel(withSseDeny({ StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } })), 's3:PutObject', OBJECT, { context: {} });
    assert.ok(plain.allowed.every((g) => g.requires), 'every grant needs the header');
  });

  it('does not avoid a Deny on what the caller cannot choose (its network, its organisation)', () => {
    const r = whoCan(buildAuthorizationModel(withSseDeny({ NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } })), 's3:PutObject', OBJECT);
    assert.ok(!r.allowed.some((g) => g.principal === arn.web), 'a source-address Deny holds');
    const org = whoCan(buildAuthorizationModel(withSseDeny({ StringNotEquals: { 'aws:PrincipalOrgID': 'o-nobody' } })), 's3:PutObject', OBJECT);
    assert.ok(!org.allowed.some((g) => g.principal === arn.web));
  });
});

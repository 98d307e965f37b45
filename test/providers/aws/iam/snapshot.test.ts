import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildAuthorizationModel, resourceAccountOf, resourcePolicyFor } from '../../../../src/providers/aws/iam/snapshot.js';
import { BUCKET, MGMT, ORG, PROD_OU, QUEUE, ROOT, SECRET, TOPIC, WORK, arn, orgSnapshot } from './snapshot-fixture.js';

const names = (list: { name: string }[]) => list.map((p) => p.name).sort();

describe('authorization model from a snapshot', () => {
  it('gives a user its own and its groups\' policies, resolving AWS managed policies per account', () => {
    const model = buildAuthorizationModel(orgSnapshot());
    const alice = model.principals.get(arn.alice)!;
    assert.equal(alice.kind, 'user');
    assert.deepEqual(names(alice.identity), ['arn:aws:iam::aws:policy/AdministratorAccess']);
    assert.deepEqual(alice.groups, [`arn:aws:iam::${MGMT}:group/admins`]);
    assert.deepEqual(alice.incomplete, []);
    const carol = model.principals.get(arn.carol)!;
    assert.deepEqual(names(carol.identity), ['group/readers:read-artifacts']);
    // One managed policy is one object for all its holders in the account (compiled once).
    const frank = { ...orgSnapshot().find((r) => r.uid === arn.dave)!, uid: `arn:aws:iam::${WORK}:user/frank`, name: 'frank' };
    const shared = buildAuthorizationModel([...orgSnapshot(), frank]);
    assert.equal(shared.principals.get(frank.uid)!.identity[0], shared.principals.get(arn.dave)!.identity[0]);
    assert.notEqual(shared.principals.get(arn.dave)!.identity[0], shared.principals.get(arn.alice)!.identity[0], 'per account');
  });

  it('attaches the permissions boundary and the request context that describes the principal', () => {
    const model = buildAuthorizationModel(orgSnapshot());
    const bob = model.principals.get(arn.bob)!;
    assert.equal(bob.boundary?.name, `arn:aws:iam::${WORK}:policy/DevBoundary`);
    assert.equal(bob.context['aws:username'], 'bob');
    assert.equal(bob.context['aws:PrincipalOrgID'], ORG);
    assert.deepEqual(bob.context['aws:PrincipalOrgPaths'], [`${ORG}/${ROOT}/${PROD_OU}/`]);
    const web = model.principals.get(arn.web)!;
    assert.equal(web.requestPrincipal, `arn:aws:sts::${WORK}:assumed-role/web-server-role/mamori-session`);
    assert.equal(web.context['aws:PrincipalArn'], arn.web);
    assert.equal(web.context['aws:PrincipalTag/app'], 'web');
    assert.equal(web.trustPolicy?.name, 'role/web-server-role trust policy');
    assert.equal(model.principals.get(arn.slr)!.serviceLinked, true);
  });

  it('marks a principal whose managed policy document was not collected as incomplete, never as having no permission', () => {
    const model = buildAuthorizationModel(orgSnapshot());
    const reporting = model.principals.get(arn.reporting)!;
    assert.deepEqual(reporting.identity, []);
    assert.deepEqual(reporting.incomplete.map((r) => [r.code, r.subject]), [['policy-document-missing', 'arn:aws:iam::aws:policy/ReadOnlyAccess']]);
    assert.ok(reporting.incomplete[0].message.ja.length > 0);
    // A user whose policies were not collected at all, and a group that is not in the snapshot.
    const broken = buildAuthorizationModel([
      ...orgSnapshot().filter((r) => r.uid !== arn.carol && !r.uid.endsWith(':group/readers')),
      { uid: arn.carol, provider: 'aws', account: WORK, region: 'global', type: 'AWS::IAM::User', name: 'carol', tags: {}, config: { userName: 'carol', userId: 'AIDAC', path: '/', groups: ['readers'], attachedPolicies: [], inlinePolicies: [] } },
      { uid: `arn:aws:iam::${WORK}:user/erin`, provider: 'aws', account: WORK, region: 'global', type: 'AWS::IAM::User', name: 'erin', tags: {}, config: { userName: 'erin', userId: 'AIDAE', path: '/' }, errors: { policies: 'AccessDenied' } },
    ]);
    assert.deepEqual(broken.principals.get(arn.carol)!.incomplete.map((r) => r.code), ['group-missing']);
    assert.deepEqual(broken.principals.get(`arn:aws:iam::${WORK}:user/erin`)!.incomplete.map((r) => r.code), ['policies-not-collected']);
  });

  it('indexes resource policies by ARN, with the bucket policy governing its objects', () => {
    const model = buildAuthorizationModel(orgSnapshot());
    assert.equal(resourcePolicyFor(model, `${BUCKET}/builds/app.zip`)?.arn, BUCKET);
    assert.equal(resourceAccountOf(model, `${BUCKET}/builds/app.zip`), WORK, 'S3 ARNs carry no account: the snapshot knows it');
    assert.equal(resourcePolicyFor(model, BUCKET)?.policy?.name, `${BUCKET} resource policy`);
    assert.equal(resourcePolicyFor(model, QUEUE)?.policy, null, 'no queue policy');
    assert.deepEqual(resourcePolicyFor(model, QUEUE)?.incomplete, []);
    assert.deepEqual(resourcePolicyFor(model, SECRET)?.incomplete.map((r) => r.code), ['resource-policy-not-collected']);
    assert.deepEqual(resourcePolicyFor(model, TOPIC)?.incomplete.map((r) => r.code), ['resource-policy-not-collected'], 'SNS topic policies are not collected yet');
    assert.equal(resourcePolicyFor(model, arn.web)?.policy?.name, 'role/web-server-role trust policy');
    assert.equal(resourcePolicyFor(model, 'arn:aws:s3:::unknown-bucket/x'), undefined);
  });

  it('builds the SCP and RCP path of each account from the policies\' targets and the account paths', () => {
    // Organizations User Guide › SCP evaluation: policies attached to the root, each OU and the account.
    const model = buildAuthorizationModel(orgSnapshot());
    const work = model.accounts.get(WORK)!;
    assert.deepEqual(work.scps!.map((l) => [l.target, names(l.policies)]), [
      [ROOT, ['DenyLeaveOrganization', 'FullAWSAccess']],
      [PROD_OU, ['DenyObjectDeletion', 'FullAWSAccess']],
      [WORK, ['FullAWSAccess']],
    ]);
    assert.deepEqual(work.rcps!.map((l) => [l.target, names(l.policies)]), [[ROOT, []], [PROD_OU, ['RequireTls']], [WORK, []]]);
    assert.equal(work.isManagement, false);
    assert.deepEqual(work.incomplete, []);
    const mgmt = model.accounts.get(MGMT)!;
    assert.equal(mgmt.isManagement, true);
    assert.deepEqual(mgmt.scps!.map((l) => l.target), [ROOT, MGMT]);
    assert.deepEqual([...model.managementAccountIds], [MGMT]);
  });

  it('without the OU path the SCPs are unknown, and that is said, not taken for "no SCPs"', () => {
    const model = buildAuthorizationModel(orgSnapshot({ withoutPaths: true }));
    const work = model.accounts.get(WORK)!;
    assert.equal(work.scps, null);
    assert.deepEqual(work.incomplete.map((r) => r.code), ['org-policies-unknown']);
  });
});

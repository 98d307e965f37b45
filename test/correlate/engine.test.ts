/**
 * The correlator: multi-stage sequences without a template, the window, streaming, entity
 * resolution, lineage through S3 objects, stable ids, the member cap, and hub findings as input.
 * Rule ids, severities and ATT&CK ids come from the built-in rules; actors and addresses are
 * those of the demo (demo/logs/README.md).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Correlator, correlate, DEFAULT_WINDOW_MS, MAX_MEMBERS, sequenceId, stageChain } from '../../src/correlate/engine.js';
import { EntityResolver, fromHubFinding, type CorrelationSignal } from '../../src/correlate/entities.js';
import type { HubFinding } from '../../src/hub/model.js';
import type { EipConfig, InstanceConfig } from '../../src/providers/aws/model/ec2.js';
import type { LambdaFunctionConfig } from '../../src/providers/aws/model/lambda.js';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../../src/model/snapshot.js';
import type { Resource } from '../../src/model/types.js';
import { ACCOUNT, HOUR, MIN, REGION, signalFactory, type Actor, WEB1_ARN, WEB1, STOLEN, PIPELINE, CI_DEPLOYER, OPS_ADMIN, ALICE } from './factory.js';

const T0 = Date.parse('2026-11-19T12:00:00Z');
const { sig, gd, next } = signalFactory(T0);

const WEB1_HOST = `host:${ACCOUNT}:${WEB1}`;
const ROOT: Actor = { type: 'Root', arn: `arn:aws:iam::${ACCOUNT}:root` };
const ORDER_ROLE = `arn:aws:iam::${ACCOUNT}:role/order-processor-role`;
const ORDER_FN = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:order-processor`;
const ORDER_SESSION: Actor = { type: 'AssumedRole', arn: `arn:aws:sts::${ACCOUNT}:assumed-role/order-processor-role/order-processor`, accessKeyId: 'ASIAZDEMOORDERPR0C55', roleArn: ORDER_ROLE };

const ATTACKER_IP = '198.51.100.77';
const BUCKET = 'arn:aws:s3:::mamori-demo-pipeline-artifacts';
const APPSPEC = `${BUCKET}/web-app/SourceArti/appspec.yml`;
const BUNDLE = `${BUCKET}/web-app/SourceArti/Wd7Qm2P.zip`;

/** Logging stopped, then a KMS key scheduled for deletion: the smallest template (defense-evasion-then-impact). */
const evasion = (at: number, actor: Actor = OPS_ADMIN) => sig('aws-ct-cloudtrail-logging-stopped', at, actor);
const impact = (at: number, actor: Actor = OPS_ADMIN) => sig('aws-ct-kms-key-deletion-scheduled', at, actor);

const resource = (type: string, uid: string, name: string, config: object): Resource => ({
  uid,
  provider: 'aws',
  account: ACCOUNT,
  region: REGION,
  type,
  name,
  tags: name ? { Name: name } : {},
  config: config as Record<string, unknown>,
});

/** The part of the demo inventory correlation reads: web-1 with its addresses, and one Lambda function. */
function demoSnapshot(): Snapshot {
  const web1: InstanceConfig = {
    instanceId: WEB1,
    state: 'running',
    stoppedAt: null,
    publicIpAddress: null,
    privateIpAddress: '10.0.1.25',
    securityGroupIds: ['sg-0a1b2c3d4e5f60200'],
    iamInstanceProfileArn: `arn:aws:iam::${ACCOUNT}:instance-profile/web-server-profile`,
    networkInterfaceCount: 1,
  };
  const app1: InstanceConfig = { ...web1, instanceId: 'i-0a1b2c3d4e5f60002', privateIpAddress: '10.0.11.40', publicIpAddress: '203.0.113.30' };
  const eip: EipConfig = { allocationId: 'eipalloc-0a1b2c3d4e5f60450', publicIp: '203.0.113.10', domain: 'vpc', instanceId: WEB1 };
  const fn: LambdaFunctionConfig = {
    FunctionName: 'order-processor',
    Runtime: 'nodejs20.x',
    PackageType: 'Zip',
    Handler: 'index.handler',
    Role: ORDER_ROLE,
    Architectures: ['arm64'],
    VpcConfig: null,
    environmentVariableNames: ['TABLE_NAME'],
  };
  return {
    schema: SNAPSHOT_SCHEMA,
    version: SNAPSHOT_VERSION,
    id: '00000000-0000-4000-8000-00000000de30',
    collectedAt: '2026-11-20T09:00:00.000Z',
    tool: { name: 'mamori', version: 'test' },
    scope: { provider: 'aws', accounts: [ACCOUNT], regions: [REGION], services: ['ec2', 'lambda'] },
    resources: [
      resource('AWS::EC2::Instance', WEB1_ARN, 'web-1', web1),
      resource('AWS::EC2::Instance', `arn:aws:ec2:${REGION}:${ACCOUNT}:instance/i-0a1b2c3d4e5f60002`, 'app-1', app1),
      resource('AWS::EC2::EIP', `arn:aws:ec2:${REGION}:${ACCOUNT}:elastic-ip/eipalloc-0a1b2c3d4e5f60450`, 'web-1-eip (203.0.113.10)', eip),
      resource('AWS::Lambda::Function', ORDER_FN, 'order-processor', fn),
    ],
    errors: [],
  };
}

const templates = (signals: CorrelationSignal[], options?: Parameters<typeof correlate>[1]) => correlate(signals, options).map((s) => s.template);

describe('multi-stage sequences (no template)', () => {
  // Console login without MFA (initial access, stage 1) → admin policy attached (stage 3) → snapshot shared (exfiltration, stage 4).
  const chain = (actor: Actor = OPS_ADMIN) => [
    sig('aws-ct-console-login-without-mfa', 0, actor, { sourceIps: ['198.51.100.21'] }),
    sig('aws-ct-iam-admin-policy-attached', 30 * MIN, actor, { resources: [`arn:aws:iam::${ACCOUNT}:user/ops-admin`] }),
    sig('aws-ct-ebs-snapshot-shared-with-account', 2 * HOUR, actor, { resources: [`arn:aws:ec2:${REGION}:${ACCOUNT}:snapshot/snap-0a1b2c3d4e5f60900`] }),
  ];

  it('three rules climbing three stages, the worst MEDIUM → multi-stage, raised to HIGH', () => {
    const signals = chain();
    const [seq, ...rest] = correlate(signals);
    assert.deepEqual(rest, []);
    assert.equal(seq.template, 'multi-stage');
    assert.equal(seq.templateInfo, undefined);
    assert.equal(seq.severity, 'HIGH');
    assert.deepEqual(seq.steps, []);
    assert.deepEqual(seq.members.map((m) => m.id), signals.map((s) => s.id));
    assert.deepEqual(seq.tactics, ['TA0001', 'TA0003', 'TA0004', 'TA0010']);
    assert.equal(stageChain(seq.members), 3);
  });

  it('a HIGH member raises it to CRITICAL', () => {
    const [login, admin] = chain();
    const snapshotPublic = sig('aws-ct-ec2-snapshot-made-public', 3 * HOUR, OPS_ADMIN);
    assert.deepEqual(correlate([login, admin, snapshotPublic]).map((s) => [s.template, s.severity]), [['multi-stage', 'CRITICAL']]);
  });

  it('only LOW signals: none, although the stages climb', () => {
    // SSH brute force on an instance (stage 1) → Lambda configuration changed (stage 3) → bucket shared cross-account (stage 4): all LOW.
    const signals = [
      sig('aws-flow-ssh-rdp-brute-force', 0, ROOT),
      sig('aws-ct-lambda-function-configuration-updated', HOUR, ROOT, { resources: [ORDER_FN] }),
      sig('aws-ct-s3-bucket-policy-cross-account', 2 * HOUR, ROOT, { resources: ['arn:aws:s3:::mamori-demo-orders-export'] }),
    ];
    assert.deepEqual(signals.map((s) => s.severity), ['LOW', 'LOW', 'LOW']);
    assert.equal(stageChain(signals), 3);
    assert.deepEqual(correlate(signals), []);
  });

  it('stages out of order: none', () => {
    const [login, admin, shared] = chain();
    const reversed = [shared, admin, login].map((s, i) => ({ ...s, firstMs: T0 + i * HOUR, lastMs: T0 + i * HOUR }));
    assert.equal(stageChain(reversed), 1);
    assert.deepEqual(correlate(reversed), []);
  });

  it('three rising stages from only two rules: none', () => {
    // Root sign-in stands for stage 1 (initial access) and 3 (privilege escalation); user data modified for 2 and 3.
    const signals = [
      sig('aws-ct-root-credential-use', 0, ROOT),
      sig('aws-ct-ec2-user-data-modified', HOUR, ROOT, { resources: [WEB1_ARN] }),
      sig('aws-ct-root-credential-use', 2 * HOUR, ROOT),
    ];
    assert.equal(stageChain(signals), 3);
    assert.deepEqual(correlate(signals), []);
  });

  it('the same three rules by two actors: none', () => {
    const [login, admin] = chain(OPS_ADMIN);
    const [, , shared] = chain(ALICE);
    assert.deepEqual(correlate([login, admin, shared]), []);
  });
});

describe('stageChain', () => {
  const at = (ruleId: string, i: number) => sig(ruleId, i * MIN, undefined);

  it('counts the longest strictly rising run of stages in time order', () => {
    assert.equal(stageChain([]), 0);
    assert.equal(stageChain([at('aws-ct-cicd-artifact-tampering', 0)]), 1, 'one signal is one step, whatever its tactics');
    assert.equal(
      stageChain([
        at('aws-flow-port-scan', 0), // reconnaissance (0)
        at('aws-ct-console-login-failure-burst', 1), // credential access (1)
        at('aws-ct-discovery-burst', 2), // discovery (2)
        at('aws-ct-iam-access-key-for-other-user', 3), // persistence (3)
        at('aws-ct-kms-key-disabled', 4), // impact (4)
      ]),
      5,
    );
    assert.equal(stageChain([at('aws-ct-discovery-burst', 0), at('aws-ct-access-denied-burst', 1)]), 1, 'the same stage twice does not rise');
    assert.equal(stageChain([at('aws-ct-kms-key-disabled', 0), at('aws-ct-iam-access-key-for-other-user', 1), at('aws-ct-discovery-burst', 2)]), 1);
    assert.equal(stageChain([{ ...at('aws-ct-discovery-burst', 0), tactics: [] }]), 0, 'no known tactic: no stage');
  });
});

describe('window', () => {
  it('signals of one actor exactly one window apart join; one millisecond more and they do not', () => {
    assert.deepEqual(templates([evasion(0), impact(DEFAULT_WINDOW_MS)]), ['defense-evasion-then-impact']);
    assert.deepEqual(templates([evasion(0), impact(DEFAULT_WINDOW_MS + 1)]), []);
  });

  it('a group stays open while activity continues: it slides', () => {
    const signals = [evasion(0), sig('aws-ct-discovery-burst', 20 * HOUR, OPS_ADMIN), impact(40 * HOUR)];
    const [seq, ...rest] = correlate(signals);
    assert.deepEqual(rest, []);
    assert.deepEqual(seq.members.map((m) => m.id), signals.map((s) => s.id));
    assert.equal(seq.firstMs, T0);
    assert.equal(seq.lastMs, T0 + 40 * HOUR);
  });

  it('the window counts from the last time a signal was seen, not the first', () => {
    const long = { ...evasion(0), lastMs: T0 + 10 * HOUR, count: 40 };
    assert.deepEqual(templates([long, impact(33 * HOUR)]), ['defense-evasion-then-impact']);
    assert.deepEqual(templates([long, impact(35 * HOUR)]), []);
  });

  it('takes windowMs, at most 14 days', () => {
    assert.deepEqual(templates([evasion(0), impact(3 * HOUR)], { windowMs: 2 * HOUR }), []);
    assert.deepEqual(templates([evasion(0), impact(90 * MIN)], { windowMs: 2 * HOUR }), ['defense-evasion-then-impact']);
    assert.deepEqual(templates([evasion(0), impact(13 * 24 * HOUR)], { windowMs: 30 * 24 * HOUR }), ['defense-evasion-then-impact']);
    assert.deepEqual(templates([evasion(0), impact(15 * 24 * HOUR)], { windowMs: 30 * 24 * HOUR }), []);
  });
});

describe('Correlator (streaming)', () => {
  it('returns a sequence from add() once a later signal closes its window, and the rest at finish()', () => {
    const c = new Correlator();
    const stop = evasion(0);
    const kms = impact(HOUR);
    assert.deepEqual(c.add(stop), []);
    assert.deepEqual(c.add(kms), []);
    assert.deepEqual(c.add(evasion(2 * HOUR, ALICE)), [], 'still inside the window');
    const closed = c.add(impact(HOUR + DEFAULT_WINDOW_MS + 1, ALICE));
    assert.deepEqual(closed.map((s) => [s.template, s.open, s.members.map((m) => m.id)]), [['defense-evasion-then-impact', false, [stop.id, kms.id]]]);
    const all = c.finish();
    assert.deepEqual(all.map((s) => [s.template, s.open, s.primary.key]), [
      ['defense-evasion-then-impact', false, `user:${OPS_ADMIN.arn}`],
      ['defense-evasion-then-impact', true, `user:${ALICE.arn}`],
    ]);
    assert.equal(c.signals, 4);
    assert.equal(c.unattributed, 0);
  });

  it('a quiet group closes on time even behind a group that a long signal keeps open', () => {
    const c = new Correlator();
    // Alice's access-denied burst was seen over 30 hours (an aggregated or recurring finding).
    c.add({ ...sig('aws-ct-access-denied-burst', 0, ALICE), lastMs: T0 + 30 * HOUR, count: 212 });
    const stop = evasion(HOUR);
    const kms = impact(2 * HOUR);
    assert.deepEqual(c.add(stop), []);
    assert.deepEqual(c.add(kms), []);
    const closed = c.add(sig('aws-ct-discovery-burst', 27 * HOUR, CI_DEPLOYER));
    assert.deepEqual(closed.map((s) => [s.template, s.open, s.members.map((m) => m.id)]), [['defense-evasion-then-impact', false, [stop.id, kms.id]]]);
    assert.deepEqual(c.finish().map((s) => s.open), [false]);
  });

  it('a signal with two keys merges the groups of each', () => {
    // web-1's first session key, then GuardDuty with only the next key, then a signal naming both the host and that key.
    const outside = sig('aws-ct-instance-credentials-used-outside', 0, STOLEN, { sourceIps: [ATTACKER_IP] });
    const stealth: CorrelationSignal = {
      ...sig('aws-ct-cloudtrail-logging-stopped', HOUR, { accessKeyId: 'ASIAZDEMOWEBSRV9R2M8' }),
      source: 'guardduty',
      ruleId: 'Stealth:IAMUser/CloudTrailLoggingDisabled',
      techniques: [],
    };
    const kms = impact(2 * HOUR, { ...STOLEN, accessKeyId: 'ASIAZDEMOWEBSRV9R2M8' });
    const [seq, ...rest] = correlate([outside, stealth, kms]);
    assert.deepEqual(rest, []);
    assert.equal(seq.template, 'defense-evasion-then-impact');
    assert.deepEqual(seq.members.map((m) => m.id), [outside.id, stealth.id, kms.id]);
    assert.deepEqual(seq.entities, ['akid:ASIAZDEMOWEBSRV7Q4K2', 'akid:ASIAZDEMOWEBSRV9R2M8', WEB1_HOST]);
    assert.deepEqual(seq.accessKeyIds, ['ASIAZDEMOWEBSRV7Q4K2', 'ASIAZDEMOWEBSRV9R2M8']);
  });
});

describe('entity resolution', () => {
  const plain = new EntityResolver();
  const withSnapshot = EntityResolver.fromSnapshot(demoSnapshot());
  const flow = (ips: string[], account = ACCOUNT) => sig('aws-flow-port-scan', 0, undefined, { sourceIps: ips, account, resources: ['eni-0a1b2c3d4e5f60460'] });

  it('an instance role session (named after the instance) is the host, with its key', () => {
    assert.deepEqual(plain.keys(sig('aws-ct-instance-role-discovery-denied', 0, STOLEN)), ['akid:ASIAZDEMOWEBSRV7Q4K2', WEB1_HOST]);
  });

  it('users, other sessions and root have their own keys', () => {
    assert.deepEqual(plain.keys(sig('aws-ct-discovery-burst', 0, CI_DEPLOYER)), ['akid:AKIAZDEMOCIDEPLOY001', `user:${CI_DEPLOYER.arn}`]);
    assert.deepEqual(plain.keys(sig('aws-ct-root-credential-use', 0, ROOT)), [`root:${ACCOUNT}`]);
    const bob = `arn:aws:sts::${ACCOUNT}:assumed-role/data-analyst/bob@example.com`;
    assert.deepEqual(plain.keys(sig('aws-ct-discovery-burst', 0, { type: 'AssumedRole', arn: bob })), [`session:${bob}`]);
  });

  it('two sessions of the same role are different entities and do not join', () => {
    const a: Actor = { type: 'AssumedRole', arn: `arn:aws:sts::${ACCOUNT}:assumed-role/admin/alice`, accessKeyId: 'ASIAZDEMOADMINALICE1', roleArn: `arn:aws:iam::${ACCOUNT}:role/admin` };
    const b: Actor = { ...a, arn: `arn:aws:sts::${ACCOUNT}:assumed-role/admin/bob`, accessKeyId: 'ASIAZDEMOADMINBOB001' };
    assert.notDeepEqual(plain.keys(evasion(0, a)), plain.keys(evasion(0, b)));
    assert.deepEqual(templates([evasion(0, a), impact(HOUR, b)]), []);
    assert.deepEqual(templates([evasion(0, a), impact(HOUR, a)]), ['defense-evasion-then-impact']);
  });

  it('calls AWS services make with a role (invokedBy, AWSService) give no actor key', () => {
    assert.deepEqual(plain.keys(sig('aws-ct-codedeploy-deployment-from-s3', 0, PIPELINE)), []);
    assert.deepEqual(plain.keys(sig('aws-ct-kms-key-disabled', 0, { type: 'AWSService', invokedBy: 'kms.amazonaws.com' })), []);
  });

  it('flow signals: a private address is the workload (ip:, or host: with a snapshot); external addresses are nobody', () => {
    assert.deepEqual(plain.keys(flow(['192.0.2.44', '10.0.1.25'])), [`ip:${ACCOUNT}:10.0.1.25`]);
    assert.deepEqual(withSnapshot.keys(flow(['192.0.2.44', '10.0.1.25'])), [WEB1_HOST]);
    assert.deepEqual(withSnapshot.keys(flow(['10.0.1.25', '10.0.11.40'])), [WEB1_HOST, `host:${ACCOUNT}:i-0a1b2c3d4e5f60002`], 'web-1 → app-1 names both');
    assert.deepEqual(withSnapshot.keys(flow(['10.0.1.25'], '210987654321')), ['ip:210987654321:10.0.1.25'], "a private address is only the instance's in its own account");
    assert.deepEqual(withSnapshot.keys(flow(['203.0.113.10'])), [WEB1_HOST], 'the Elastic IP of web-1');
    assert.deepEqual(withSnapshot.keys(flow(['203.0.113.30'])), [`host:${ACCOUNT}:i-0a1b2c3d4e5f60002`], 'the public address of app-1');
    assert.deepEqual(plain.keys(flow(['198.51.100.77', '203.0.113.200'])), []);
    assert.deepEqual(plain.keys(flow(['172.16.0.9', '192.168.1.4', '100.64.0.1', 'fd00::1'])), [
      `ip:${ACCOUNT}:172.16.0.9`,
      `ip:${ACCOUNT}:192.168.1.4`,
      `ip:${ACCOUNT}:100.64.0.1`,
      `ip:${ACCOUNT}:fd00::1`,
    ]);
    assert.deepEqual(plain.keys(flow(['172.32.0.9', '100.128.0.1'])), [], 'just outside the private ranges');
  });

  it('external addresses do not join two actors; a signal with no key is counted as unattributed', () => {
    const scan = flow(['192.0.2.44', '198.51.100.77']);
    const c = new Correlator();
    c.add(evasion(0, { ...OPS_ADMIN }));
    c.add({ ...scan, firstMs: T0 + MIN, lastMs: T0 + MIN });
    c.add(impact(HOUR, ALICE));
    assert.deepEqual(c.finish(), []);
    assert.equal(c.unattributed, 1);
  });

  it('a network signal naming an instance (GuardDuty EC2 finding) is that host', () => {
    assert.deepEqual(plain.keys(sig('aws-dns-crypto-mining-pool', 0, undefined, { resources: [WEB1_ARN] })), [WEB1_HOST]);
  });

  it('a Lambda role session named after a function of the snapshot is that function', () => {
    const s = sig('aws-ct-s3-getobject-volume', 0, ORDER_SESSION);
    assert.deepEqual(withSnapshot.keys(s), ['akid:ASIAZDEMOORDERPR0C55', `fn:${ORDER_FN}`]);
    assert.deepEqual(plain.keys(s), ['akid:ASIAZDEMOORDERPR0C55', `session:${ORDER_SESSION.arn}`]);
    const other = { ...ORDER_SESSION, arn: `arn:aws:sts::${ACCOUNT}:assumed-role/order-processor-role/debug-session` };
    assert.deepEqual(withSnapshot.keys(sig('aws-ct-s3-getobject-volume', 0, other)), ['akid:ASIAZDEMOORDERPR0C55', `session:${other.arn}`], 'another session of the role');
    assert.equal(withSnapshot.names.get(`fn:${ORDER_FN}`), 'order-processor');
  });

  it('a finding about a function with no principal (GuardDuty Lambda Protection) is that function and joins its role sessions', () => {
    const type = 'CryptoCurrency:Lambda/BitcoinTool.B';
    const mining = gd(type, 2 * HOUR, undefined, 'HIGH', { title: 'Lambda function querying a Bitcoin domain', resources: [`${ORDER_FN}:$LATEST`] });
    assert.deepEqual(plain.keys(mining), [`fn:${ORDER_FN}`], 'the qualifier is not part of the function');
    // Someone changing the function is not the function: the resources of a signal with an actor give no workload key.
    assert.deepEqual(withSnapshot.keys(sig('aws-ct-lambda-function-code-updated', 0, ALICE, { resources: [ORDER_FN] })), [`akid:${ALICE.accessKeyId}`, `user:${ALICE.arn}`]);

    const recon = sig('aws-ct-discovery-burst', 0, ORDER_SESSION);
    const escalate = sig('aws-ct-iam-admin-policy-attached', HOUR, ORDER_SESSION, { resources: [ORDER_ROLE] });
    const [seq, ...rest] = correlate([recon, escalate, mining], { resolver: withSnapshot });
    assert.deepEqual(rest, []);
    assert.deepEqual(seq.members.map((m) => m.id), [recon.id, escalate.id, mining.id]);
    assert.deepEqual(seq.primary, { key: `fn:${ORDER_FN}`, uid: ORDER_FN, name: 'order-processor' });
    assert.deepEqual(correlate([recon, escalate, mining], { resolver: plain }), [], 'without the inventory the session is not known to be the function');
  });

  it('with a snapshot, flow, DNS and CloudTrail signals of one instance join, named after it', () => {
    const scan = sig('aws-flow-port-scan', 0, undefined, { sourceIps: ['192.0.2.44', '10.0.1.25'], resources: ['eni-0a1b2c3d4e5f60460'] });
    const outside = sig('aws-ct-instance-credentials-used-outside', 40 * MIN, STOLEN, { sourceIps: ['203.0.113.10', ATTACKER_IP], resources: [WEB1_ARN] });
    const pool = sig('aws-dns-crypto-mining-pool', 2 * HOUR, undefined, { sourceIps: ['10.0.1.25'], resources: ['vpc-0a1b2c3d4e5f60100'] });
    const [seq, ...rest] = correlate([scan, outside, pool], { resolver: withSnapshot });
    assert.deepEqual(rest, []);
    assert.equal(seq.template, 'multi-stage');
    assert.equal(seq.severity, 'CRITICAL');
    assert.deepEqual(seq.members.map((m) => m.id), [scan.id, outside.id, pool.id]);
    assert.deepEqual(seq.entities, ['akid:ASIAZDEMOWEBSRV7Q4K2', WEB1_HOST]);
    assert.deepEqual(seq.primary, { key: WEB1_HOST, uid: WEB1_ARN, name: `web-1 (${WEB1})` });
    assert.deepEqual(correlate([scan, outside, pool]), [], 'without the inventory, 10.0.1.25 is not known to be web-1');
  });
});

describe('lineage through S3 objects', () => {
  const outside = () => sig('aws-ct-instance-credentials-used-outside', 0, STOLEN, { sourceIps: [ATTACKER_IP] });
  const discovery = () => sig('aws-ct-instance-role-discovery-denied', 5 * MIN, STOLEN, { sourceIps: [ATTACKER_IP], resources: [BUCKET] });
  const write = (at: number, actor: Actor, object = APPSPEC) => sig('aws-ct-cicd-artifact-tampering', at, actor, { resources: [object, BUCKET] });
  const deploy = (at: number, object = APPSPEC) => sig('aws-ct-codedeploy-deployment-from-s3', at, PIPELINE, { consumes: [object] });

  it('a deployment joins the group of the last signal that named the object it deploys', () => {
    const [o, d, w, dep] = [outside(), discovery(), write(30 * MIN, STOLEN), deploy(40 * MIN)];
    const [seq, ...rest] = correlate([o, d, w, dep]);
    assert.deepEqual(rest, []);
    assert.equal(seq.template, 'cicd-supply-chain');
    assert.deepEqual(seq.members.map((m) => m.id), [o.id, d.id, w.id, dep.id]);
  });

  it('a write-write on the same object does not join the writers; the deployment follows the last one', () => {
    const legit = write(-11 * HOUR, CI_DEPLOYER);
    const [o, d, w] = [outside(), discovery(), write(30 * MIN, STOLEN)];
    const dep = deploy(40 * MIN);
    const [seq, ...rest] = correlate([legit, o, d, w, dep]);
    assert.deepEqual(rest, []);
    assert.equal(seq.template, 'cicd-supply-chain');
    assert.deepEqual(seq.members.map((m) => m.id), [o.id, d.id, w.id, dep.id], "ci-deployer's earlier upload stays out");
    assert.deepEqual(seq.principals, [STOLEN.arn]);

    // ci-deployer overwrites the attacker's file before the deployment: the pipeline deploys ci-deployer's upload.
    const fix = write(35 * MIN, CI_DEPLOYER);
    const after = correlate([o, d, w, fix, dep]);
    assert.deepEqual(after.map((s) => [s.template, s.members.map((m) => m.id)]), [['compromised-credentials', [o.id, d.id, w.id]]]);
  });

  it('a deployment whose object nobody named within the window joins nothing', () => {
    const c = new Correlator();
    c.add(write(0, STOLEN));
    c.add(deploy(DEFAULT_WINDOW_MS + MIN));
    assert.equal(c.unattributed, 1);
    c.add(deploy(DEFAULT_WINDOW_MS + 2 * MIN, BUNDLE));
    assert.equal(c.unattributed, 2);
    assert.deepEqual(c.finish(), []);
  });
});

describe('sequence ids', () => {
  it('are named after the first member, whatever order the signals come in', () => {
    const signals = [evasion(0), sig('aws-ct-discovery-burst', HOUR, OPS_ADMIN), impact(2 * HOUR)];
    const [a] = correlate(signals);
    const [b] = correlate([...signals].reverse());
    assert.equal(a.id, b.id);
    assert.equal(a.id, sequenceId(signals[0].id));
    assert.match(a.id, /^mamori-seq-[0-9a-f]{32}$/);
    assert.notEqual(sequenceId('mamori-sig-a'), sequenceId('mamori-sig-b'));
  });

  it('do not change between versions (the hub keeps extending a sequence by its id)', () => {
    assert.equal(sequenceId('mamori-sig-3a23ed73aabc56bfca0afc8e17027ec2'), 'mamori-seq-ecba5e66f96ced0929afe66a1812560d');
  });

  it('signals of the same instant are ordered by id', () => {
    const x = { ...evasion(0), id: 'mamori-sig-b' };
    const y = { ...sig('aws-ct-guardduty-disabled', 0, OPS_ADMIN), id: 'mamori-sig-a' };
    const z = impact(HOUR);
    for (const order of [[x, y, z], [z, y, x], [y, z, x]]) {
      const [seq] = correlate(order);
      assert.deepEqual(seq.members.map((m) => m.id), ['mamori-sig-a', 'mamori-sig-b', z.id]);
      assert.equal(seq.id, sequenceId('mamori-sig-a'));
    }
  });
});

describe('member cap', () => {
  it(`keeps the first ${MAX_MEMBERS} members and counts the rest as truncated`, () => {
    const signals = [evasion(0), ...Array.from({ length: MAX_MEMBERS + 20 }, (_, i) => sig('aws-ct-kms-key-disabled', (i + 1) * MIN, OPS_ADMIN))];
    const [seq, ...rest] = correlate(signals);
    assert.deepEqual(rest, []);
    assert.equal(seq.template, 'defense-evasion-then-impact');
    assert.equal(seq.members.length, MAX_MEMBERS);
    assert.equal(seq.truncated, 21);
    assert.equal(seq.members[0].id, signals[0].id);
    assert.equal(seq.members.at(-1)!.id, signals[MAX_MEMBERS - 1].id);
    assert.equal(seq.lastMs, T0 + (MAX_MEMBERS + 20) * MIN, 'truncated members still extend the sequence');
  });

  it('does not count a signal seen twice', () => {
    const stop = evasion(0);
    const kms = impact(HOUR);
    const [seq] = correlate([stop, kms, { ...kms }]);
    assert.equal(seq.members.length, 2);
    assert.equal(seq.truncated, 0);
  });
});

describe('hub findings as correlation input', () => {
  const hubFinding = (f: Partial<HubFinding>): HubFinding => ({
    id: 'guardduty-0001',
    kind: 'threat',
    source: 'guardduty',
    ruleId: 'Recon:IAMUser/MaliciousIPCaller',
    title: 'finding',
    severity: 'HIGH',
    originalSeverity: 'HIGH',
    complianceStatus: null,
    workflowStatus: 'NEW',
    provider: 'aws',
    account: ACCOUNT,
    region: REGION,
    resourceUid: `arn:aws:iam::${ACCOUNT}:role/web-server-role`,
    resourceType: 'AWS::IAM::Role',
    resourceName: 'web-server-role',
    resourceTags: {},
    frameworks: {},
    reason: 'finding',
    risk: { level: 'HIGH', likelihood: 'HIGH', impact: 'HIGH', factors: [] },
    firstSeen: '2026-11-19T13:21:36.000Z',
    lastSeen: '2026-11-19T13:51:36.000Z',
    timesSeen: 3,
    updatedAt: '2026-11-19T14:00:00.000Z',
    userFields: {},
    ...f,
  });

  const exfiltration = () =>
    hubFinding({
      id: 'guardduty-4ec6a1e0b2f1d9c3a5e7f8091a2b3c4d',
      ruleId: 'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS',
      title: 'Credentials for the EC2 instance role web-server-role were used from a remote AWS account.',
      evidence: { accessKeyId: 'ASIAZDEMOWEBSRV7Q4K2', principalId: `AROAZDEMOWEBSERVER01:${WEB1}`, remoteIp: ATTACKER_IP, api: 'GetCallerIdentity', count: 2 },
    });

  it('a GuardDuty finding about a role session: tactics from the type, the access key and the host', () => {
    const s = fromHubFinding(exfiltration());
    assert.equal(s.source, 'guardduty');
    assert.deepEqual(s.tactics, ['TA0006', 'TA0001']);
    assert.deepEqual(s.actor, { accessKeyId: 'ASIAZDEMOWEBSRV7Q4K2', type: 'AssumedRole', roleArn: `arn:aws:iam::${ACCOUNT}:role/web-server-role`, arn: STOLEN.arn });
    assert.deepEqual(s.sourceIps, [ATTACKER_IP]);
    assert.deepEqual(s.resources, [`arn:aws:iam::${ACCOUNT}:role/web-server-role`]);
    assert.equal(s.firstMs, Date.parse('2026-11-19T13:21:36.000Z'));
    assert.equal(s.lastMs, Date.parse('2026-11-19T13:51:36.000Z'));
    assert.equal(s.count, 2);
    assert.deepEqual(new EntityResolver().keys(s), ['akid:ASIAZDEMOWEBSRV7Q4K2', WEB1_HOST]);
  });

  it('without a principal id only the access key identifies it', () => {
    const s = fromHubFinding(hubFinding({ evidence: { accessKeyId: 'ASIAZDEMOWEBSRV7Q4K2' } }));
    assert.equal(s.actor?.arn, undefined);
    assert.deepEqual(new EntityResolver().keys(s), ['akid:ASIAZDEMOWEBSRV7Q4K2']);
    assert.deepEqual(s.tactics, ['TA0043']);
  });

  it('a GuardDuty EC2 finding is its instance; it joins the mamori signals of the stolen session', () => {
    const miner = fromHubFinding(
      hubFinding({
        id: 'guardduty-7d1e0c5b9a8f7e6d5c4b3a2918070605',
        ruleId: 'CryptoCurrency:EC2/BitcoinTool.B!DNS',
        resourceUid: WEB1_ARN,
        resourceType: 'AWS::EC2::Instance',
        resourceName: 'web-1',
        firstSeen: '2026-11-19T14:00:49.000Z',
        lastSeen: '2026-11-19T23:55:00.000Z',
        evidence: { domain: 'pool.supportxmr.com' },
      }),
    );
    assert.deepEqual(miner.tactics, ['TA0040', 'TA0011']);
    assert.equal(miner.actor, undefined);
    assert.deepEqual(new EntityResolver().keys(miner), [WEB1_HOST]);
    const disabled = sig('aws-ct-guardduty-disabled', 90 * MIN, STOLEN);
    const [seq, ...rest] = correlate([fromHubFinding(exfiltration()), disabled, miner]);
    assert.deepEqual(rest, []);
    assert.equal(seq.template, 'defense-evasion-then-impact');
    assert.deepEqual(seq.steps, [
      { step: 'evasion', signalId: disabled.id },
      { step: 'impact', signalId: miner.id },
    ]);
    assert.deepEqual(seq.members.map((m) => m.source), ['guardduty', 'mamori', 'guardduty']);
  });

  it("mamori's own threat findings keep actor, ATT&CK ids and the deployed object", () => {
    const s = fromHubFinding(
      hubFinding({
        id: 'mamori-sig-fd610d114d69e2dec239c8d28ce23639',
        source: 'mamori',
        ruleId: 'aws-ct-codedeploy-deployment-from-s3',
        resourceUid: `arn:aws:codedeploy:${REGION}:${ACCOUNT}:deploymentgroup:web-app/web-prod`,
        evidence: {
          actor: PIPELINE,
          tactics: ['TA0002'],
          techniques: ['T1072'],
          sourceIps: [],
          resources: [],
          count: 1,
          dedupKey: {
            'requestParameters.revision.s3Location.bucket': 'mamori-demo-pipeline-artifacts',
            'requestParameters.revision.s3Location.key': 'web-app/SourceArti/Wd7Qm2P.zip',
            'requestParameters.deploymentGroupName': 'web-prod',
          },
        },
      }),
    );
    assert.deepEqual(s.actor, PIPELINE);
    assert.deepEqual(s.tactics, ['TA0002']);
    assert.deepEqual(s.techniques, ['T1072']);
    assert.deepEqual(s.resources, [`arn:aws:codedeploy:${REGION}:${ACCOUNT}:deploymentgroup:web-app/web-prod`], 'no resources in the evidence: the finding resource');
    assert.deepEqual(s.consumes, [BUNDLE]);
    assert.equal(s.count, 1);
  });
});

/**
 * The attack-sequence templates, each with signals of one actor that must make it and nearby
 * cases that must not. Rule ids, severities and ATT&CK ids come from the built-in rules
 * (rules/detection/aws), GuardDuty tactics from its finding types; actors and resources are those
 * of the demo logs (demo/logs/README.md).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { correlate } from '../../src/correlate/engine.js';
import type { CorrelationSignal } from '../../src/correlate/entities.js';
import { matchTemplate, TEMPLATES } from '../../src/correlate/templates.js';
import { sequenceToObserved } from '../../src/correlate/sequence.js';
import { ACCOUNT, HOUR, MIN, REGION, signalFactory, type Actor, WEB1_ARN, WEB1, STOLEN, PIPELINE, CI_DEPLOYER, OPS_ADMIN, ALICE } from './factory.js';

const T0 = Date.parse('2026-11-19T13:00:00Z');
const { sig, gd } = signalFactory(T0);

/** A data-analytics role session (GuardDuty S3 protection findings name its access key and session). */
const ANALYST: Actor = {
  type: 'AssumedRole',
  arn: `arn:aws:sts::${ACCOUNT}:assumed-role/data-analyst/alice@example.com`,
  accessKeyId: 'ASIAZDEMOANALYST3B9E',
  roleArn: `arn:aws:iam::${ACCOUNT}:role/data-analyst`,
};

const ATTACKER_IP = '198.51.100.77';
const BUCKET = 'arn:aws:s3:::mamori-demo-pipeline-artifacts';
const BUNDLE = `${BUCKET}/web-app/SourceArti/Wd7Qm2P.zip`;
const LEGIT_BUNDLE = `${BUCKET}/web-app/SourceArti/1yqSDzL.zip`;
const DEPLOYMENT_GROUP = `arn:aws:codedeploy:${REGION}:${ACCOUNT}:deploymentgroup:web-app/web-prod`;

const summary = (signals: CorrelationSignal[]) =>
  correlate(signals).map((s) => ({ template: s.template, severity: s.severity, steps: s.steps.map((x) => `${x.step}=${x.signalId}`), members: s.members.map((m) => m.id) }));

/** The supply-chain attack of the demo: credentials used outside, S3 looked at, bundle written and deployed. */
function supplyChain() {
  const credentials = sig('aws-ct-instance-credentials-used-outside', 17 * MIN, STOLEN, { sourceIps: ['203.0.113.10', ATTACKER_IP], resources: [WEB1_ARN] });
  const discovery = sig('aws-ct-instance-role-discovery-denied', 23 * MIN, STOLEN, { sourceIps: [ATTACKER_IP], resources: [BUCKET] });
  const artifact = sig('aws-ct-cicd-artifact-tampering', 57 * MIN, STOLEN, { sourceIps: [ATTACKER_IP], resources: [BUNDLE, BUCKET] });
  const deployment = sig('aws-ct-codedeploy-deployment-from-s3', 58 * MIN, PIPELINE, { resources: [DEPLOYMENT_GROUP], consumes: [BUNDLE] });
  return { credentials, discovery, artifact, deployment };
}

describe('template cicd-supply-chain', () => {
  it('credentials used outside → discovery → artifact written → deployment of it, through the artifact', () => {
    const { credentials, discovery, artifact, deployment } = supplyChain();
    const [seq, ...rest] = correlate([deployment, artifact, discovery, credentials]);
    assert.deepEqual(rest, []);
    assert.equal(seq.template, 'cicd-supply-chain');
    assert.equal(seq.templateInfo?.id, 'cicd-supply-chain');
    assert.equal(seq.severity, 'CRITICAL');
    assert.deepEqual(seq.steps, [
      { step: 'credentials', signalId: credentials.id },
      { step: 'discovery', signalId: discovery.id },
      { step: 'artifact', signalId: artifact.id },
      { step: 'deployment', signalId: deployment.id },
    ]);
    assert.deepEqual(seq.members.map((m) => m.id), [credentials.id, discovery.id, artifact.id, deployment.id]);
    assert.deepEqual(seq.entities, ['akid:ASIAZDEMOWEBSRV7Q4K2', `host:${ACCOUNT}:${WEB1}`], 'the pipeline gives no key of its own');
    assert.deepEqual(seq.primary, { key: `host:${ACCOUNT}:${WEB1}`, uid: WEB1_ARN, name: `${ACCOUNT}:${WEB1}` });
    assert.deepEqual(seq.principals, [STOLEN.arn], "the pipeline's service session is not a principal of the attack");
    assert.deepEqual(seq.accessKeyIds, ['ASIAZDEMOWEBSRV7Q4K2']);
    assert.deepEqual(seq.sourceIps, ['198.51.100.77', '203.0.113.10']);
    assert.deepEqual(seq.tactics, ['TA0001', 'TA0006', 'TA0007', 'TA0002', 'TA0040']);
    assert.deepEqual(seq.techniques, ['T1072', 'T1078.004', 'T1195.002', 'T1552.005', 'T1565.001', 'T1580', 'T1619']);
    assert.equal(seq.firstMs, T0 + 17 * MIN);
    assert.equal(seq.lastMs, T0 + 58 * MIN);
    assert.equal(seq.open, true, 'nothing came after it: still open at the end of the input');
  });

  it('the discovery step is optional; a GuardDuty credential-exfiltration finding counts as the credentials step', () => {
    const { artifact, deployment } = supplyChain();
    const exfiltration = gd('UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS', 21 * MIN, STOLEN, 'HIGH', { sourceIps: [ATTACKER_IP] });
    assert.deepEqual(summary([exfiltration, artifact, deployment]), [
      {
        template: 'cicd-supply-chain',
        severity: 'CRITICAL',
        steps: [`credentials=${exfiltration.id}`, `artifact=${artifact.id}`, `deployment=${deployment.id}`],
        members: [exfiltration.id, artifact.id, deployment.id],
      },
    ]);
  });

  it('negative: no deployment of the artifact — not a supply chain, but still compromised credentials (misuse, discovery, an object overwritten)', () => {
    const { credentials, discovery, artifact } = supplyChain();
    assert.deepEqual(summary([credentials, discovery, artifact]), [
      {
        template: 'compromised-credentials',
        severity: 'CRITICAL',
        steps: [`access=${credentials.id}`, `discovery=${discovery.id}`, `objective=${artifact.id}`],
        members: [credentials.id, discovery.id, artifact.id],
      },
    ]);
  });

  it('negative: wrong order — the artifact was written and deployed before the credentials were misused', () => {
    const { credentials, artifact, deployment } = supplyChain();
    const early = { ...artifact, firstMs: T0 - 3 * HOUR, lastMs: T0 - 3 * HOUR };
    const deployed = { ...deployment, firstMs: T0 - 3 * HOUR + MIN, lastMs: T0 - 3 * HOUR + MIN };
    assert.deepEqual(summary([early, deployed, credentials]), []);
  });

  it('negative: the deployed artifact was written by someone else (ci-deployer), not by the stolen session', () => {
    const { credentials, discovery, deployment } = supplyChain();
    const legit = sig('aws-ct-cicd-artifact-tampering', 40 * MIN, CI_DEPLOYER, { sourceIps: ['192.0.2.151'], resources: [BUNDLE, BUCKET] });
    assert.deepEqual(summary([credentials, discovery, legit, deployment]), [], 'two groups of two signals each, neither a sequence');
  });

  it('negative: the deployment consumed a different object than the one the attacker wrote', () => {
    const { credentials, discovery, artifact, deployment } = supplyChain();
    const other = { ...deployment, consumes: [LEGIT_BUNDLE] };
    assert.deepEqual(
      summary([credentials, discovery, artifact, other]).map((s) => s.template),
      ['compromised-credentials'],
      'the deployment stays outside (no writer of its object): no supply chain, but the stolen session still climbed',
    );
  });
});

describe('template defense-evasion-then-impact', () => {
  it('CloudTrail stopped, then a KMS key scheduled for deletion by the same user', () => {
    const stop = sig('aws-ct-cloudtrail-logging-stopped', 2 * HOUR, OPS_ADMIN, { sourceIps: [ATTACKER_IP], resources: [`arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/prod-app-trail`] });
    const kms = sig('aws-ct-kms-key-deletion-scheduled', 2 * HOUR + 12 * MIN, OPS_ADMIN, { sourceIps: [ATTACKER_IP] });
    const [seq, ...rest] = correlate([kms, stop]);
    assert.deepEqual(rest, []);
    assert.equal(seq.template, 'defense-evasion-then-impact');
    assert.equal(seq.severity, 'CRITICAL', 'two MEDIUM signals; the template makes it critical');
    assert.deepEqual(seq.steps, [
      { step: 'evasion', signalId: stop.id },
      { step: 'impact', signalId: kms.id },
    ]);
    assert.deepEqual(seq.entities, ['akid:ASIAZDEMOOPSADMIN0C1', `user:${OPS_ADMIN.arn}`]);
    assert.deepEqual(seq.primary, { key: `user:${OPS_ADMIN.arn}`, uid: OPS_ADMIN.arn, name: OPS_ADMIN.arn });
    // Stopping CloudTrail is defence impairment (TA0112, ATT&CK v19's split of defence evasion).
    assert.deepEqual(seq.tactics, ['TA0112', 'TA0040']);
    assert.deepEqual(seq.techniques, ['T1485', 'T1486', 'T1562', 'T1562.008'], "the template's techniques and the members'");
  });

  it('GuardDuty: CloudTrail logging disabled, then anomalous S3 deletes', () => {
    const stealth = gd('Stealth:IAMUser/CloudTrailLoggingDisabled', HOUR, OPS_ADMIN, 'LOW');
    const deletes = gd('Impact:S3/AnomalousBehavior.Delete', 3 * HOUR, OPS_ADMIN, 'HIGH', { resources: [BUCKET] });
    assert.deepEqual(summary([stealth, deletes]), [
      { template: 'defense-evasion-then-impact', severity: 'CRITICAL', steps: [`evasion=${stealth.id}`, `impact=${deletes.id}`], members: [stealth.id, deletes.id] },
    ]);
  });

  it('negative: destruction first, logging stopped afterwards', () => {
    const kms = sig('aws-ct-kms-key-deletion-scheduled', HOUR, OPS_ADMIN);
    const stop = sig('aws-ct-cloudtrail-logging-stopped', 2 * HOUR, OPS_ADMIN);
    assert.deepEqual(summary([kms, stop]), []);
  });

  it('negative: two users from the same external address (an office NAT) are two actors', () => {
    const stop = sig('aws-ct-cloudtrail-logging-stopped', HOUR, OPS_ADMIN, { sourceIps: ['198.51.100.20'] });
    const kms = sig('aws-ct-kms-key-deletion-scheduled', 2 * HOUR, ALICE, { sourceIps: ['198.51.100.20'] });
    assert.deepEqual(summary([stop, kms]), []);
  });

  it('negative: one rule firing many times is one behaviour', () => {
    const stops = [0, 1, 2, 3].map((i) => sig('aws-ct-cloudtrail-logging-stopped', i * HOUR, OPS_ADMIN));
    assert.deepEqual(summary(stops), []);
  });
});

describe('template compromised-s3-data', () => {
  it('GuardDuty: anomalous S3 discovery, then anomalous S3 exfiltration by the same session', () => {
    const discovery = gd('Discovery:S3/AnomalousBehavior', HOUR, ANALYST, 'LOW', { sourceIps: ['192.0.2.200'] });
    const exfiltration = gd('Exfiltration:S3/AnomalousBehavior', 90 * MIN, ANALYST, 'HIGH', { sourceIps: ['192.0.2.200'] });
    const [seq, ...rest] = correlate([exfiltration, discovery]);
    assert.deepEqual(rest, []);
    assert.equal(seq.template, 'compromised-s3-data');
    assert.equal(seq.severity, 'CRITICAL');
    assert.deepEqual(seq.steps, [
      { step: 'discovery', signalId: discovery.id },
      { step: 'data', signalId: exfiltration.id },
    ]);
    assert.deepEqual(seq.entities, ['akid:ASIAZDEMOANALYST3B9E', `session:${ANALYST.arn}`]);
    assert.equal(seq.primary.key, `session:${ANALYST.arn}`);
    assert.deepEqual(seq.tactics, ['TA0007', 'TA0010']);
    assert.deepEqual(seq.techniques, ['T1485', 'T1530', 'T1619']);
  });

  it('mamori rules: denied bucket listing from an instance session, then a burst of GetObject on the bucket', () => {
    const discovery = sig('aws-ct-instance-role-discovery-denied', 10 * MIN, STOLEN, { resources: [BUCKET] });
    const volume = sig('aws-ct-s3-getobject-volume', 40 * MIN, STOLEN, { resources: [BUCKET, LEGIT_BUNDLE] });
    assert.deepEqual(summary([discovery, volume]), [
      { template: 'compromised-s3-data', severity: 'CRITICAL', steps: [`discovery=${discovery.id}`, `data=${volume.id}`], members: [discovery.id, volume.id] },
    ]);
  });

  it('negative: the discovery was not about S3', () => {
    const discovery = sig('aws-ct-discovery-burst', 10 * MIN, ALICE, { resources: [`arn:aws:iam::${ACCOUNT}:role/web-server-role`] });
    const volume = sig('aws-ct-s3-getobject-volume', 40 * MIN, ALICE, { resources: [BUCKET] });
    assert.deepEqual(summary([discovery, volume]), []);
  });

  it('negative: the mass read came before the discovery', () => {
    const exfiltration = gd('Exfiltration:S3/AnomalousBehavior', HOUR, ANALYST, 'HIGH');
    const discovery = gd('Discovery:S3/AnomalousBehavior', 2 * HOUR, ANALYST, 'LOW');
    assert.deepEqual(summary([exfiltration, discovery]), []);
  });

  it('negative: two sessions of the same role are two actors', () => {
    const other: Actor = { ...ANALYST, arn: `arn:aws:sts::${ACCOUNT}:assumed-role/data-analyst/bob@example.com`, accessKeyId: 'ASIAZDEMOANALYSTB0B1' };
    const discovery = gd('Discovery:S3/AnomalousBehavior', HOUR, ANALYST, 'LOW');
    const exfiltration = gd('Exfiltration:S3/AnomalousBehavior', 2 * HOUR, other, 'HIGH');
    assert.deepEqual(summary([discovery, exfiltration]), []);
  });

  const DATA = 'arn:aws:s3:::mamori-demo-customer-exports';
  const bob: Actor = { ...ANALYST, arn: `arn:aws:sts::${ACCOUNT}:assumed-role/data-analyst/bob@example.com`, accessKeyId: 'ASIAZDEMOANALYSTB0B1' };

  it('per bucket: one identity enumerates a bucket, another reads it out — one sequence about the bucket', () => {
    const discovery = gd('Discovery:S3/AnomalousBehavior', HOUR, ANALYST, 'LOW', { resources: [DATA] });
    const exfiltration = gd('Exfiltration:S3/AnomalousBehavior', 2 * HOUR, bob, 'HIGH', { resources: [`${DATA}/exports/2026-11.csv`] });
    const [seq, ...rest] = correlate([exfiltration, discovery]);
    assert.deepEqual(rest, []);
    assert.equal(seq.template, 'compromised-s3-data');
    assert.equal(seq.primary.key, 'bucket:mamori-demo-customer-exports');
    assert.equal(seq.primary.uid, DATA);
    assert.deepEqual(seq.principals, [ANALYST.arn, bob.arn].sort());
    assert.equal(sequenceToObserved(seq).resourceType, 'AWS::S3::Bucket');
  });

  it('per bucket, negative: different buckets, or a deployment-artifact write instead of a data read', () => {
    const discovery = gd('Discovery:S3/AnomalousBehavior', HOUR, ANALYST, 'LOW', { resources: [DATA] });
    const elsewhere = gd('Exfiltration:S3/AnomalousBehavior', 2 * HOUR, bob, 'HIGH', { resources: ['arn:aws:s3:::another-bucket'] });
    assert.deepEqual(summary([discovery, elsewhere]), []);
    const upload = sig('aws-ct-cicd-artifact-tampering', 2 * HOUR, CI_DEPLOYER, { resources: [`${DATA}/appspec.yml`, DATA] });
    assert.deepEqual(summary([discovery, upload]), [], 'writing an object is not data leaving');
  });

  it('per bucket: signals already in an actor’s sequence are not used again', () => {
    const { credentials, discovery, artifact, deployment } = supplyChain();
    const other = gd('Exfiltration:S3/AnomalousBehavior', 3 * HOUR, bob, 'HIGH', { resources: [BUCKET] });
    const sequences = correlate([credentials, discovery, artifact, deployment, other]);
    assert.deepEqual(sequences.map((q) => q.template), ['cicd-supply-chain'], 'bob’s read alone (its discovery is taken) is no bucket sequence');
  });
});

describe('template compromised-credentials', () => {
  const access = () => sig('aws-ct-intel-source-ip', 0, CI_DEPLOYER, { sourceIps: [ATTACKER_IP] });
  const discovery = () => sig('aws-ct-discovery-burst', 20 * MIN, CI_DEPLOYER, { sourceIps: [ATTACKER_IP] });
  const persistence = () => sig('aws-ct-iam-access-key-for-other-user', 50 * MIN, CI_DEPLOYER, { sourceIps: [ATTACKER_IP], resources: [`arn:aws:iam::${ACCOUNT}:user/ops-admin`] });

  it('known-bad source address → discovery → access key for another user', () => {
    const [a, d, p] = [access(), discovery(), persistence()];
    const [seq, ...rest] = correlate([p, d, a]);
    assert.deepEqual(rest, []);
    assert.equal(seq.template, 'compromised-credentials');
    assert.equal(seq.severity, 'CRITICAL');
    assert.deepEqual(seq.steps, [
      { step: 'access', signalId: a.id },
      { step: 'discovery', signalId: d.id },
      { step: 'objective', signalId: p.id },
    ]);
    assert.deepEqual(seq.entities, ['akid:AKIAZDEMOCIDEPLOY001', `user:${CI_DEPLOYER.arn}`]);
    assert.deepEqual(seq.tactics, ['TA0001', 'TA0007', 'TA0003']);
    assert.deepEqual(seq.resources, [`arn:aws:iam::${ACCOUNT}:user/ops-admin`]);
  });

  it('negative: no discovery between the access and the objective', () => {
    assert.deepEqual(summary([access(), persistence()]), []);
  });

  it('negative: discovery before the suspicious access (and only two rising stages)', () => {
    const d = { ...discovery(), firstMs: T0 - HOUR, lastMs: T0 - HOUR };
    assert.deepEqual(summary([d, access(), persistence()]), []);
  });

  it('negative: the three steps spread over two users', () => {
    const p = { ...persistence(), actor: ALICE };
    assert.deepEqual(summary([access(), discovery(), p]), []);
  });
});

describe('matchTemplate', () => {
  const byId = (id: string) => TEMPLATES.find((t) => t.id === id)!;

  it('templates are checked most specific first: their ids in order', () => {
    assert.deepEqual(
      TEMPLATES.map((t) => t.id),
      ['cicd-supply-chain', 'defense-evasion-then-impact', 'compromised-s3-data', 'compromised-credentials'],
    );
  });

  it('takes the earliest match of each step, later than the previous step', () => {
    const stop1 = sig('aws-ct-cloudtrail-logging-stopped', 0, OPS_ADMIN);
    const kms1 = sig('aws-ct-kms-key-disabled', MIN, OPS_ADMIN);
    const stop2 = sig('aws-ct-guardduty-disabled', 2 * MIN, OPS_ADMIN);
    const kms2 = sig('aws-ct-kms-key-deletion-scheduled', 3 * MIN, OPS_ADMIN);
    const steps = matchTemplate(byId('defense-evasion-then-impact'), [stop1, kms1, stop2, kms2]);
    assert.deepEqual(steps?.map((s) => [s.step, s.signal.id]), [
      ['evasion', stop1.id],
      ['impact', kms1.id],
    ]);
  });

  it('a Sigma rule tagged with ATT&CK v19 Defense Impairment (TA0112, T1685) is an evasion step', () => {
    const stop = sig('aws-ct-cloudtrail-logging-stopped', 0, OPS_ADMIN);
    const kms = sig('aws-ct-kms-key-disabled', MIN, OPS_ADMIN);
    const v19 = { ...stop, tactics: ['TA0112'], techniques: ['T1685'] };
    assert.deepEqual(matchTemplate(byId('defense-evasion-then-impact'), [v19, kms])?.map((s) => s.step), ['evasion', 'impact']);
    const unrelated = { ...stop, tactics: ['TA0007'], techniques: ['T1526'] };
    assert.equal(matchTemplate(byId('defense-evasion-then-impact'), [unrelated, kms]), undefined, 'discovery is no evasion step');
  });

  it('one signal never stands for two steps', () => {
    // A console session used programmatically is both credential access (access step) and evasion (objective step).
    const session = sig('aws-ct-console-session-used-programmatically', 0, STOLEN);
    const discovery = sig('aws-ct-instance-role-discovery-denied', MIN, STOLEN);
    const creds = byId('compromised-credentials');
    assert.equal(matchTemplate(creds, [session, discovery]), undefined);
    assert.deepEqual(matchTemplate(creds, [session, discovery, { ...session, id: 'mamori-sig-again', firstMs: T0 + 2 * MIN }])?.map((s) => s.signal.id), [session.id, discovery.id, 'mamori-sig-again']);
  });

  it('a required step without a match fails the template; a missing optional step is left out', () => {
    const { credentials, discovery, artifact, deployment } = supplyChain();
    const cicd = byId('cicd-supply-chain');
    assert.equal(matchTemplate(cicd, [credentials, discovery, artifact]), undefined);
    assert.deepEqual(matchTemplate(cicd, [credentials, artifact, deployment])?.map((s) => s.step), ['credentials', 'artifact', 'deployment']);
    assert.deepEqual(matchTemplate(cicd, [credentials, discovery, artifact, deployment])?.map((s) => s.step), ['credentials', 'discovery', 'artifact', 'deployment']);
  });

  it('an optional step found after a required one does not hide the template', () => {
    const { credentials, discovery, artifact, deployment } = supplyChain();
    const late = { ...discovery, firstMs: artifact.firstMs + MIN, lastMs: artifact.firstMs + MIN };
    assert.deepEqual(matchTemplate(byId('cicd-supply-chain'), [credentials, artifact, late, deployment])?.map((s) => s.step), ['credentials', 'artifact', 'deployment']);
  });
});

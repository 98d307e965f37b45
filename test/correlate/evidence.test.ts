/**
 * Sequences need evidence of compromise (templates.ts compromiseKind), the per-bucket pass joins
 * only one incident's identities, every sequence carries its type, and a re-correlation never
 * replaces a stored sequence with a poorer one (hub.ts poorerReplacements).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { correlate, HOUR_MS } from '../../src/correlate/engine.js';
import { poorerReplacements } from '../../src/correlate/hub.js';
import { sequenceToObserved, type SequenceEvidence } from '../../src/correlate/sequence.js';
import { compromiseKind, TEMPLATES } from '../../src/correlate/templates.js';
import { ACCOUNT, CI_DEPLOYER, HOUR, MIN, PIPELINE, STOLEN, signalFactory, type Actor } from './factory.js';

const T0 = Date.parse('2026-11-19T01:00:00Z');
const BUCKET = 'arn:aws:s3:::customer-analytics-123456789012';
const ARTIFACTS = 'arn:aws:s3:::mamori-demo-pipeline-artifacts';
const DEV: Actor = { type: 'AssumedRole', arn: `arn:aws:sts::${ACCOUNT}:assumed-role/AWSReservedSSO_Developer_9a8b/yui@example.com`, accessKeyId: 'ASIAZDEMOYUI0000001', roleArn: `arn:aws:iam::${ACCOUNT}:role/AWSReservedSSO_Developer_9a8b` };
const ANALYST: Actor = { type: 'AssumedRole', arn: `arn:aws:sts::${ACCOUNT}:assumed-role/data-analyst/nana@example.com`, accessKeyId: 'ASIAZDEMOANALYST0001', roleArn: `arn:aws:iam::${ACCOUNT}:role/data-analyst` };
const THIEF: Actor = { type: 'IAMUser', arn: `arn:aws:iam::${ACCOUNT}:user/bi-export`, accessKeyId: 'AKIAZDEMOBIEXPORT001', userName: 'bi-export' };
const SECOND: Actor = { type: 'IAMUser', arn: `arn:aws:iam::${ACCOUNT}:user/etl-loader`, accessKeyId: 'AKIAZDEMOETLLOAD0001', userName: 'etl-loader' };
const OFFICE = '198.18.7.20';

describe('evidence of compromise', () => {
  it('a routine actor at its usual address: artifact uploads, a discovery burst, a Lambda update — no sequence', () => {
    const { sig } = signalFactory(T0);
    const signals = [
      sig('aws-ct-cicd-artifact-tampering', 0, CI_DEPLOYER, { sourceIps: [OFFICE], resources: [`${ARTIFACTS}/web-app/SourceArti/jOoXjHc.zip`, ARTIFACTS] }),
      sig('aws-ct-discovery-burst', 2 * HOUR, CI_DEPLOYER, { sourceIps: [OFFICE] }),
      sig('aws-ct-cicd-artifact-tampering', 4 * HOUR, CI_DEPLOYER, { sourceIps: [OFFICE], resources: [`${ARTIFACTS}/web-app/SourceArti/grnvDkv.zip`, ARTIFACTS] }),
      sig('aws-ct-lambda-function-code-updated', 5 * HOUR, CI_DEPLOYER, { sourceIps: [OFFICE] }),
      sig('aws-ct-codedeploy-deployment-from-s3', 4 * HOUR + MIN, PIPELINE, { consumes: [`${ARTIFACTS}/web-app/SourceArti/grnvDkv.zip`] }),
    ];
    assert.deepEqual(correlate(signals).map((s) => `${s.type} ${s.primary.key}`), []);
  });

  it('the same actor with a credential-theft signal first: a compromised-credentials sequence naming its evidence', () => {
    const { sig } = signalFactory(T0);
    const pentest = sig('aws-ct-pentest-user-agent', 0, DEV, { sourceIps: ['185.220.101.44'] });
    const signals = [pentest, sig('aws-ct-discovery-burst', 10 * MIN, DEV), sig('aws-ct-iam-admin-policy-attached', 20 * MIN, DEV)];
    const [seq, ...rest] = correlate(signals);
    assert.deepEqual(rest, []);
    assert.equal(seq.type, 'credentials');
    assert.deepEqual(seq.compromise, [{ signalId: pentest.id, kind: 'suspicious-source' }]);
  });

  it('kinds: supply-chain writes and firewall openings are not evidence; logging stopped, Tor, high exfiltration and GuardDuty are', () => {
    const { sig, gd } = signalFactory(T0);
    assert.equal(compromiseKind(sig('aws-ct-cicd-artifact-tampering', 0, DEV)), undefined);
    assert.equal(compromiseKind(sig('aws-ct-discovery-burst', 0, DEV)), undefined);
    assert.equal(compromiseKind(sig('aws-ct-ec2-security-group-open-to-world', 0, DEV)), undefined);
    assert.equal(compromiseKind(sig('aws-ct-cloudtrail-logging-stopped', 0, DEV)), 'defence-impairment');
    assert.equal(compromiseKind(sig('aws-ct-instance-credentials-used-outside', 0, STOLEN)), 'credential-theft');
    assert.equal(compromiseKind(sig('aws-ct-intel-source-ip', 0, DEV)), 'suspicious-source');
    assert.equal(compromiseKind(sig('aws-ct-ec2-snapshot-made-public', 0, DEV)), 'exfiltration');
    assert.equal(compromiseKind(sig('aws-ct-instance-role-discovery-denied', 0, STOLEN)), 'workload-probing');
    assert.equal(compromiseKind(gd('UnauthorizedAccess:IAMUser/TorIPCaller', 0, DEV, 'MEDIUM')), 'suspicious-source');
    assert.equal(compromiseKind(gd('Discovery:S3/AnomalousBehavior', 0, DEV, 'LOW')), undefined);
    assert.equal(compromiseKind({ ...sig('aws-ct-discovery-burst', 0, DEV), ruleId: 'mamori-baseline-new-network', tactics: ['TA0001'], techniques: ['T1078.004'] }), 'suspicious-source');
  });

  it('every template has a type, and every sequence carries it into its finding', () => {
    assert.deepEqual(TEMPLATES.map((t) => t.type), ['cicd-supply-chain', 'defense-evasion-impact', 's3-data', 'credentials']);
    const { sig } = signalFactory(T0);
    const [seq] = correlate([sig('aws-ct-cloudtrail-logging-stopped', 0, DEV), sig('aws-ct-kms-key-deletion-scheduled', 5 * MIN, DEV)]);
    const evidence = sequenceToObserved(seq).evidence as unknown as SequenceEvidence;
    assert.equal(evidence.type, 'defense-evasion-impact');
    assert.equal(evidence.compromise?.[0].kind, 'defence-impairment');
  });
});

describe('per-bucket pass: one incident', () => {
  /** S3 discovery by a thief (from Tor), the mass read by a second stolen identity; an analyst read the bucket before. */
  function theft(analystAt: number) {
    const { sig, gd } = signalFactory(T0);
    const analyst = sig('aws-ct-s3-getobject-volume', analystAt, ANALYST, { sourceIps: [OFFICE], resources: [BUCKET] });
    const discovery = gd('Discovery:S3/TorIPCaller', 20 * HOUR, THIEF, 'MEDIUM', { resources: [BUCKET] });
    const read = sig('aws-ct-s3-getobject-volume', 20 * HOUR + 30 * MIN, SECOND, { sourceIps: ['203.0.113.66'], resources: [BUCKET] });
    return { analyst, discovery, read, sequences: correlate([analyst, discovery, read]) };
  }

  it('the analyst’s reading the day before (20 h earlier) stays out', () => {
    const { discovery, read, sequences } = theft(0);
    assert.equal(sequences.length, 1);
    assert.equal(sequences[0].type, 's3-data');
    assert.deepEqual(sequences[0].members.map((m) => m.id), [discovery.id, read.id]);
    assert.ok(!sequences[0].principals.includes(ANALYST.arn!));
  });

  it('within the incident (from its first step on) another identity’s activity on the bucket joins', () => {
    const { sig, gd } = signalFactory(T0);
    const discovery = gd('Discovery:S3/TorIPCaller', 0, THIEF, 'MEDIUM', { resources: [BUCKET] });
    const during = sig('aws-ct-s3-public-access-block-removed', 10 * MIN, ANALYST, { resources: [BUCKET] });
    const read = sig('aws-ct-s3-getobject-volume', 30 * MIN, SECOND, { resources: [BUCKET] });
    const [seq] = correlate([discovery, during, read]);
    assert.deepEqual(seq.members.map((m) => m.id), [discovery.id, during.id, read.id]);
  });

  it(`identities more than ${3} hours apart are separate incidents`, () => {
    const { sig, gd } = signalFactory(T0);
    const discovery = gd('Discovery:S3/TorIPCaller', 0, THIEF, 'MEDIUM', { resources: [BUCKET] });
    const read = sig('aws-ct-s3-getobject-volume', 3 * HOUR_MS + MIN, SECOND, { resources: [BUCKET] });
    assert.deepEqual(correlate([discovery, read]), []);
  });
});

describe('re-correlation never replaces a stored sequence with a poorer one', () => {
  const { sig } = signalFactory(T0);
  const a = sig('aws-ct-instance-credentials-used-outside', 0, STOLEN);
  const b = sig('aws-ct-discovery-burst', 10 * MIN, STOLEN);
  const c = sig('aws-ct-iam-admin-policy-attached', 20 * MIN, STOLEN);
  const [whole] = correlate([a, b, c]);

  it('the same or a larger sequence replaces it', () => {
    const r = poorerReplacements([{ id: whole.id, members: [a.id, b.id, c.id], steps: 3 }], [whole], () => true);
    assert.deepEqual([...r.kept, ...r.dropped], []);
  });

  it('a sequence holding only some of its members (the rest split off) is dropped and the stored one kept', () => {
    const [part] = correlate([a, b, c]);
    const poorer = { ...part, id: 'mamori-seq-poorer', members: part.members.slice(0, 2), steps: part.steps.slice(0, 2) };
    const r = poorerReplacements([{ id: whole.id, members: [a.id, b.id, c.id], steps: 3 }], [poorer], () => true);
    assert.deepEqual([...r.kept], [whole.id]);
    assert.deepEqual([...r.dropped], ['mamori-seq-poorer']);
  });

  it('members suppressed since (no longer available) do not count against the new sequence', () => {
    const poorer = { ...whole, members: whole.members.slice(0, 2) };
    const r = poorerReplacements([{ id: whole.id, members: [a.id, b.id, c.id], steps: 3 }], [poorer], (id) => id !== c.id);
    assert.deepEqual([...r.kept], [], 'all its available members are there');
  });

  it('stored groupings keep members together even when the keys would not join them', () => {
    const other: Actor = { ...STOLEN, arn: `arn:aws:sts::${ACCOUNT}:assumed-role/web-server-role/attacker-session`, accessKeyId: 'ASIAZDEMOOTHERKEY001' };
    const c2 = { ...c, actor: other };
    assert.equal(correlate([a, b, c2]).find((s) => s.members.some((m) => m.id === c2.id)), undefined, 'without the grouping c2 joins nothing');
    const [seq] = correlate([a, b, c2], { stored: [{ id: whole.id, members: [a.id, b.id, c2.id], perBucket: false }] });
    assert.deepEqual(seq.members.map((m) => m.id), [a.id, b.id, c2.id]);
    assert.ok(!seq.entities.some((k) => k.startsWith('seq:')), 'the grouping names nobody');
  });
});

/**
 * Correlation on the bundled day of demo logs (the nine-step attack mixed into ordinary activity,
 * ground truth in demo/logs/attack.json): exactly one attack sequence covering the steps in
 * order, nothing from ordinary activity, the same result from hourly runs through the hub as from
 * one run, and imported GuardDuty findings joining the sequence. Runs on every hub backend.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { EntityResolver, fromSignal, inventoryEntities, type InventoryEntities } from '../../src/correlate/entities.js';
import { correlate, type AttackSequence } from '../../src/correlate/engine.js';
import { correlateHub } from '../../src/correlate/hub.js';
import { sequenceEvidence } from '../../src/correlate/sequence.js';
import { loadDemoSnapshot } from '../../src/providers/aws/demo/index.js';
import { detect } from '../../src/detect/pipeline.js';
import { signalToObserved } from '../../src/detect/signals.js';
import { parseFindings } from '../../src/hub/import/index.js';
import type { FindingStore } from '../../src/hub/store/store.js';
import type { Signal } from '../../src/model/signal.js';
import { BACKENDS } from '../hub/backends.js';
import { repoUrl } from '../paths.js';

const logs = repoUrl('demo/logs/').pathname;
const inputs = ['cloudtrail', 'vpcflow', 'dns'].map((d) => join(logs, d));
const intel = [join(logs, 'intel', 'demo-intel.txt')];
const truth = JSON.parse(readFileSync(join(logs, 'attack.json'), 'utf8')) as {
  indicators: { stolenSession: string; stolenAccessKeyId: string; instance: { id: string } };
  steps: { step: number; start: string; end: string }[];
};
const DAY_START = Date.parse('2026-11-19T00:00:00Z');
const HOUR = 3_600_000;

let resolver: EntityResolver;
let signals: Signal[];

before(async () => {
  resolver = EntityResolver.fromSnapshot(await loadDemoSnapshot());
  signals = (await detect({ inputs, intel })).signals;
});

/** Actors an attack-sequence member may have: the stolen session, or AWS services acting for the pipeline. */
function memberIsAttack(m: AttackSequence['members'][number]): boolean {
  if (!m.actor) return true; // network and DNS signals: joined through web-1's addresses
  if (m.actor.arn === truth.indicators.stolenSession) return true;
  return !!m.actor.invokedBy; // the pipeline deploying the attacker's bundle
}

describe('correlation of the demo attack (one run, in memory)', () => {
  it('finds exactly one sequence: the CI/CD supply-chain template on web-1, critical', () => {
    const sequences = correlate(signals.map(fromSignal), { resolver });
    assert.equal(sequences.length, 1, sequences.map((s) => `${s.template} ${s.primary.key}`).join('; '));
    const [seq] = sequences;
    assert.equal(seq.template, 'cicd-supply-chain');
    assert.equal(seq.severity, 'CRITICAL');
    assert.equal(seq.primary.key, `host:123456789012:${truth.indicators.instance.id}`);
    assert.equal(seq.primary.name, `web-1 (${truth.indicators.instance.id})`);
    assert.deepEqual(
      seq.steps.map((s) => s.step),
      ['credentials', 'discovery', 'artifact', 'deployment'],
    );
    assert.ok(seq.accessKeyIds.includes(truth.indicators.stolenAccessKeyId));
    assert.ok(seq.sourceIps.includes('198.51.100.77'));
    assert.ok(seq.userAgents.some((ua) => ua.includes('kali')), 'the attacker’s Kali user agent is named');
  });

  it('covers every logged attack step (0–9), in order, and nothing of the ordinary activity', () => {
    const [seq] = correlate(signals.map(fromSignal), { resolver });
    const times = seq.members.map((m) => m.firstMs);
    assert.deepEqual(times, [...times].sort((a, b) => a - b), 'the timeline is in time order');
    let previous = -1;
    for (const step of truth.steps) {
      const from = Date.parse(step.start);
      const to = Date.parse(step.end);
      const index = seq.members.findIndex((m) => m.firstMs >= from && m.firstMs <= to);
      assert.ok(index >= 0, `step ${step.step} (${step.start}–${step.end}) has a member signal`);
      assert.ok(index >= previous, `step ${step.step} comes after step ${step.step - 1} in the timeline`);
      previous = index;
    }
    const strangers = seq.members.filter((m) => !memberIsAttack(m));
    assert.deepEqual(
      strangers.map((m) => `${m.ruleId} ${m.actor?.arn}`),
      [],
    );
  });

  it('the ordinary activity alone (every signal outside the sequence) forms no sequence', () => {
    const [seq] = correlate(signals.map(fromSignal), { resolver });
    const inSequence = new Set(seq.members.map((m) => m.id));
    const ordinary = signals.filter((s) => !inSequence.has(s.id));
    assert.ok(ordinary.length >= 5, `the demo has ordinary signals too (${ordinary.length})`);
    assert.deepEqual(correlate(ordinary.map(fromSignal), { resolver }), []);
  });

  it('without the inventory the network half cannot be tied to web-1 but the credential chain still is', () => {
    const sequences = correlate(signals.map(fromSignal), {});
    assert.equal(sequences.length, 1);
    assert.equal(sequences[0].template, 'cicd-supply-chain');
    assert.ok(!sequences[0].members.some((m) => m.ruleId === 'aws-dns-crypto-mining-pool'));
  });
});

async function activeSequences(store: FindingStore) {
  const found = await store.list({ kind: ['sequence'], status: ['NEW', 'NOTIFIED', 'SUPPRESSED'] }, { limit: 100 });
  return found
    .map((f) => ({ id: f.id, rule: f.ruleId, severity: f.severity, members: [...(sequenceEvidence(f)?.members ?? [])].sort() }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

for (const backend of BACKENDS) {
  describe(`correlation through the hub (${backend.name})`, { skip: backend.skip }, () => {
    it('hourly detection runs give the same sequences as one run, and extend one sequence instead of repeating it', async () => {
      const one = await backend.fresh();
      const hourly = await backend.fresh();
      try {
        await one.store.ingest(signals.map(signalToObserved), { actor: 'test' });
        const single = await correlateHub(one.store, { resolver });
        assert.equal(single.sequences.length, 1);

        const seen = new Set<string>();
        for (let h = 0; h < 24; h++) {
          const result = await detect({ inputs, intel, since: new Date(DAY_START + h * HOUR), until: new Date(DAY_START + (h + 1) * HOUR) });
          await hourly.store.ingest(result.signals.map(signalToObserved), { actor: 'test', at: new Date(DAY_START + (h + 1) * HOUR).toISOString() });
          const r = await correlateHub(hourly.store, { resolver });
          for (const s of r.sequences) seen.add(s.id);
        }
        const expected = await activeSequences(one.store);
        const actual = await activeSequences(hourly.store);
        assert.deepEqual(actual, expected);
        // The sequence was open from the hour it first qualified and kept its id while it grew.
        assert.deepEqual([...seen], [expected[0].id]);
        const stored = await hourly.store.get(expected[0].id);
        assert.ok(stored && stored.finding.timesSeen > 1, 'extended by later runs');
      } finally {
        await one.store.close();
        await hourly.store.close();
      }
    });

    it('keeps the newest inventory entities per account and resolves from them', async () => {
      const { store } = await backend.fresh();
      try {
        const snapshot = await loadDemoSnapshot();
        await store.saveInventoryEntities(inventoryEntities(snapshot), snapshot.collectedAt);
        // An older snapshot replayed later does not overwrite the newer one.
        const older = new Map([['123456789012', { hosts: [], functions: [], names: [], uids: [] }]]);
        await store.saveInventoryEntities(older, '2020-01-01T00:00:00.000Z');
        const stored = await store.inventoryEntities();
        assert.deepEqual(stored.map((i) => i.account).sort(), [...snapshot.scope.accounts].sort());
        const fromHub = EntityResolver.fromInventories(stored.map((i) => i.entities as InventoryEntities));
        const sequences = correlate(signals.map(fromSignal), { resolver: fromHub });
        assert.equal(sequences.length, 1);
        assert.equal(sequences[0].primary.name, 'web-1 (i-0a1b2c3d4e5f60001)');
        assert.ok(sequences[0].members.some((m) => m.ruleId === 'aws-dns-crypto-mining-pool'));
      } finally {
        await store.close();
      }
    });

    it('an imported GuardDuty finding about the stolen key joins the sequence', async () => {
      const { store } = await backend.fresh();
      try {
        await store.ingest(signals.map(signalToObserved), { actor: 'test' });
        const guardDuty = {
          Findings: [
            {
              AccountId: '123456789012',
              Arn: 'arn:aws:guardduty:ap-northeast-1:123456789012:detector/12abc34d567e8fa901bc2d34e56789f0/finding/90c8a4e1b2f34d5e6a7b8c9d0e1f2a3b',
              CreatedAt: '2026-11-19T13:22:10.000Z',
              Description: 'Credentials for the EC2 instance role web-server-role were used from a remote AWS account or from outside AWS.',
              Id: '90c8a4e1b2f34d5e6a7b8c9d0e1f2a3b',
              Partition: 'aws',
              Region: 'ap-northeast-1',
              Resource: {
                AccessKeyDetails: {
                  AccessKeyId: truth.indicators.stolenAccessKeyId,
                  PrincipalId: `AROAWEBSERVERROLEXXXX:${truth.indicators.instance.id}`,
                  UserName: 'web-server-role',
                  UserType: 'AssumedRole',
                },
                ResourceType: 'AccessKey',
              },
              SchemaVersion: '2.0',
              Service: {
                Action: {
                  ActionType: 'AWS_API_CALL',
                  AwsApiCallAction: { Api: 'ListBuckets', CallerType: 'Remote IP', RemoteIpDetails: { IpAddressV4: '198.51.100.77' }, ServiceName: 's3.amazonaws.com' },
                },
                Archived: false,
                Count: 4,
                DetectorId: '12abc34d567e8fa901bc2d34e56789f0',
                EventFirstSeen: '2026-11-19T13:21:36.000Z',
                EventLastSeen: '2026-11-19T13:33:20.000Z',
                ServiceName: 'guardduty',
              },
              Severity: 8,
              Title: 'Credentials for instance role web-server-role used from external IP address.',
              Type: 'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS',
              UpdatedAt: '2026-11-19T13:35:00.000Z',
            },
          ],
        };
        const counts = await store.ingest(parseFindings(JSON.stringify(guardDuty), 'guardduty.json'), { actor: 'test' });
        assert.equal(counts.new, 1);
        const r = await correlateHub(store, { resolver });
        assert.equal(r.sequences.length, 1);
        const members = r.sequences[0].members;
        const gd = members.find((m) => m.source === 'guardduty');
        assert.ok(gd, 'the GuardDuty finding is a member');
        assert.deepEqual(gd.tactics, ['TA0006', 'TA0001']);
      } finally {
        await store.close();
      }
    });
  });
}

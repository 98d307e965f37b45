/**
 * The README's two lines, run as a user runs them (the built CLI, a temporary hub): `mamori detect
 * <logs> --snapshot <inventory>` then `mamori sequences` give the same sequence as detect alone.
 * Before, detect did not keep the snapshot's inventory, so `sequences` re-correlated without it and
 * replaced the 20-step sequence with a poorer one. A later detect without --snapshot (the next
 * hour's logs, here the same ones) uses the stored inventory too.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot, runMamori } from '../support/mamori-process.js';

const logs = join(repoRoot, 'demo', 'logs');
const snapshot = join(repoRoot, 'demo', 'demo-snapshot.json.gz');
const inputs = ['cloudtrail', 'vpcflow', 'dns'].map((d) => join(logs, d));

interface SequenceJson {
  id: string;
  template: string;
  type: string;
  workflowStatus: string;
  timeline: { signalId: string }[];
  steps: { step: string }[];
}

async function sequences(db: string, home: string, extra: string[] = []): Promise<SequenceJson[]> {
  const r = await runMamori(['sequences', '--output', 'json', ...extra], { db, home, deadlineMs: 120_000 });
  assert.equal(r.code, 0, r.stderr);
  return (JSON.parse(r.stdout) as { sequences: SequenceJson[] }).sequences;
}

const shape = (s: SequenceJson) => ({ id: s.id, template: s.template, type: s.type, status: s.workflowStatus, steps: s.steps.map((x) => x.step), members: s.timeline.map((t) => t.signalId) });

describe('README: detect --snapshot, then sequences', () => {
  const home = mkdtempSync(join(tmpdir(), 'mamori-readme-seq-'));
  const db = join(home, 'hub.db');

  it('detect alone stores one CI/CD supply-chain sequence', async () => {
    const r = await runMamori(['detect', ...inputs, '--snapshot', snapshot], { db, home, deadlineMs: 180_000 });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.match(r.stderr, /correlation: 1 attack sequence\(s\) \(1 new\)/);
  });

  let alone: SequenceJson[];
  it('`sequences --no-correlate` shows it as detect stored it', async () => {
    alone = await sequences(db, home, ['--no-correlate', '--all']);
    assert.equal(alone.length, 1);
    assert.equal(alone[0].template, 'cicd-supply-chain');
    assert.equal(alone[0].type, 'cicd-supply-chain');
    assert.ok(alone[0].timeline.length >= 10, `${alone[0].timeline.length} steps`);
  });

  it('`mamori sequences` (re-correlation over the hub, no --snapshot) gives the same sequence, nothing resolved', async () => {
    const again = await sequences(db, home);
    assert.deepEqual(again.map(shape), alone.map(shape));
    const all = await sequences(db, home, ['--no-correlate', '--all']);
    assert.deepEqual(all.map(shape), alone.map(shape), 'no sequence was replaced or resolved');
  });

  it('a later detect without --snapshot uses the stored inventory: the same sequence again', async () => {
    const r = await runMamori(['detect', ...inputs], { db, home, deadlineMs: 180_000 });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.match(r.stderr, /correlation: 1 attack sequence\(s\) \(0 new\)/);
    const all = await sequences(db, home, ['--no-correlate', '--all']);
    assert.deepEqual(all.map(shape), alone.map(shape));
  });
});

/** src/app/correlate.ts on a temporary SQLite hub holding the demo attack's signals. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { correlateSequences } from '../../src/app/correlate.js';
import { loadDemoSnapshot } from '../../src/providers/aws/demo/index.js';
import { detect } from '../../src/detect/pipeline.js';
import { signalToObserved } from '../../src/detect/signals.js';
import { repoUrl } from '../paths.js';
import { ocsfLines } from '../../src/report/ocsf.js';
import { tempHub } from './helpers.js';

const logs = repoUrl('demo/logs/').pathname;

describe('correlate application function', () => {
  it('correlates stored signals into one sequence, extends it on the next run, and lists what is stored', async () => {
    const hub = await tempHub();
    try {
      const { signals } = await detect({ inputs: ['cloudtrail', 'vpcflow', 'dns'].map((d) => join(logs, d)), intel: [join(logs, 'intel', 'demo-intel.txt')] });
      await hub.store.ingest(signals.map(signalToObserved), { actor: 'test' });
      const snapshot = await loadDemoSnapshot();

      const notes: string[] = [];
      const first = await correlateSequences(hub, { snapshot, onNote: (l) => notes.push(l) });
      assert.equal(first.sequences.length, 1);
      assert.equal(first.sequences[0].severity, 'CRITICAL');
      assert.equal(first.sequences[0].evidence.template, 'cicd-supply-chain');
      assert.equal(first.correlation?.counts.new, 1);
      assert.equal(first.notifications, undefined, 'no targets configured');
      assert.deepEqual(notes, [`correlated ${first.correlation!.signals} threat finding(s): 1 sequence(s), 1 new`]);
      // The sequence as a finding of the one model: Japanese title, ATT&CK in OCSF through the shared writer.
      assert.deepEqual(first.findings.map((f) => f.id), first.sequences.map((s) => s.id));
      assert.match(first.findings[0].localized?.title?.ja ?? '', /サプライチェーン侵害/);
      const ocsf = JSON.parse([...ocsfLines(first.findings, 'ja')].join(''));
      assert.equal(ocsf.class_uid, 2004);
      assert.match(ocsf.finding_info.title, /サプライチェーン侵害/);
      assert.ok(ocsf.finding_info.attacks.length > 0 && ocsf.finding_info.related_events.length > 0);

      const again = await correlateSequences(hub, { snapshot });
      assert.equal(again.correlation?.counts.new, 0, 'extended, not repeated');
      assert.deepEqual(again.sequences.map((s) => s.id), first.sequences.map((s) => s.id));

      const stored = await correlateSequences(hub, { correlate: false });
      assert.equal(stored.correlation, undefined);
      assert.deepEqual(stored.sequences.map((s) => s.id), first.sequences.map((s) => s.id));
      assert.deepEqual((await correlateSequences(hub, { correlate: false, since: '2099-01-01T00:00:00.000Z' })).sequences, [], 'none active since');

      await hub.store.update([first.sequences[0].id], { workflowStatus: 'RESOLVED' }, 'alice');
      assert.deepEqual((await correlateSequences(hub, { correlate: false })).sequences, [], 'resolved ones are hidden');
      assert.equal((await correlateSequences(hub, { correlate: false, includeResolved: true })).sequences[0].workflowStatus, 'RESOLVED');
    } finally {
      await hub.store.close();
    }
  });

  it('finds nothing in an empty hub', async () => {
    const hub = await tempHub();
    try {
      const r = await correlateSequences(hub);
      assert.deepEqual(r.sequences, []);
      assert.equal(r.correlation?.signals, 0);
    } finally {
      await hub.store.close();
    }
  });
});

/**
 * Sequence accuracy on the generated multi-day corpus (bench/corpus/multiday.ts): three days of
 * ordinary developers, CI/CD and analysts — whose routine work fires weak signals (artifact
 * uploads, discovery bursts, Lambda updates, mass reads) — with four planted attacks. Detection and
 * correlation over all of it: every planted attack is exactly one sequence of its type, and there
 * is no other sequence.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { generateMultiDay, type MultiDayCorpus } from '../../bench/corpus/multiday.js';
import { fromSignal } from '../../src/correlate/entities.js';
import { correlate, type AttackSequence } from '../../src/correlate/engine.js';
import { detect } from '../../src/detect/pipeline.js';
import type { Signal } from '../../src/model/signal.js';

let corpus: MultiDayCorpus;
let signals: Signal[];
let sequences: AttackSequence[];

before(async () => {
  corpus = generateMultiDay({ seed: 12, days: 3 });
  const dir = mkdtempSync(join(tmpdir(), 'mamori-multiday-'));
  const file = join(dir, 'cloudtrail.json');
  writeFileSync(file, JSON.stringify({ Records: corpus.events }));
  signals = (await detect({ inputs: [file] })).signals;
  sequences = correlate(signals.map(fromSignal));
});

const describeSeq = (s: AttackSequence) => `${s.type} ${s.primary.key} [${s.members.map((m) => m.ruleId).join(', ')}]`;
const about = (s: AttackSequence, a: MultiDayCorpus['attacks'][number]) => s.principals.some((p) => a.principals.includes(p)) || s.accessKeyIds.some((k) => a.accessKeyIds.includes(k));

describe('multi-day corpus: sequences', () => {
  it('ordinary work fires weak signals (so the test means something)', () => {
    const rules = new Set(signals.filter((s) => !corpus.attacks.some((a) => a.principals.includes(s.actor?.arn ?? ''))).map((s) => s.ruleId));
    for (const r of ['aws-ct-cicd-artifact-tampering', 'aws-ct-discovery-burst', 'aws-ct-s3-getobject-volume']) assert.ok(rules.has(r), `${r} fires on ordinary work (${[...rules].join(', ')})`);
  });

  it('every planted attack is exactly one sequence, of the right type', () => {
    for (const a of corpus.attacks) {
      const mine = sequences.filter((s) => about(s, a));
      assert.equal(mine.length, 1, `${a.id}: ${mine.map(describeSeq).join('; ') || 'no sequence'}`);
      assert.equal(mine[0].type, a.type, `${a.id}: ${describeSeq(mine[0])}`);
      assert.ok(mine[0].compromise.length > 0, `${a.id} names its evidence of compromise`);
    }
  });

  it('no other sequence: none on developers, CI/CD or analysts', () => {
    const extra = sequences.filter((s) => !corpus.attacks.some((a) => about(s, a)));
    assert.deepEqual(extra.map(describeSeq), []);
    assert.equal(sequences.length, corpus.attacks.length);
  });

  it('no sequence takes a routine actor’s signal', () => {
    for (const s of sequences) {
      const a = corpus.attacks.find((x) => about(s, x))!;
      const strangers = s.members.filter((m) => m.actor && !m.actor.invokedBy && !a.principals.includes(m.actor.arn ?? ''));
      assert.deepEqual(strangers.map((m) => `${m.ruleId} ${m.actor?.arn}`), [], a.id);
    }
  });
});

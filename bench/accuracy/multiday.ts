/**
 * The generated multi-day corpus (bench/corpus/multiday.ts) through detection and correlation, as
 * `mamori detect` runs them: ordinary developers, CI/CD and analysts for several days with planted
 * attacks. Counts every planted attack found as exactly one sequence of its type, sequences of the
 * wrong type, and false sequences (about no planted attack). Several seeds, so one lucky draw
 * proves nothing. BENCH_MULTIDAY_DAYS (default 5) and BENCH_MULTIDAY_SEEDS (default 3).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateMultiDay, type MultiDayCorpus } from '../corpus/multiday.js';
import { fromSignal } from '../../src/correlate/entities.js';
import { correlate, type AttackSequence } from '../../src/correlate/engine.js';
import { detect } from '../../src/detect/pipeline.js';

const about = (s: AttackSequence, a: MultiDayCorpus['attacks'][number]) => s.principals.some((p) => a.principals.includes(p)) || s.accessKeyIds.some((k) => a.accessKeyIds.includes(k));

export async function runMultiday(): Promise<{ lines: string[]; passed: boolean }> {
  const days = Number(process.env.BENCH_MULTIDAY_DAYS ?? 5);
  const seeds = Number(process.env.BENCH_MULTIDAY_SEEDS ?? 3);
  const dir = mkdtempSync(join(tmpdir(), 'mamori-accuracy-'));
  let planted = 0;
  let exact = 0;
  let wrongType = 0;
  let duplicated = 0;
  let missed = 0;
  let falseSeqs = 0;
  let events = 0;
  let signals = 0;
  const detail: string[] = [];
  try {
    for (let seed = 1; seed <= seeds; seed++) {
      const corpus = generateMultiDay({ seed, days });
      const file = join(dir, `cloudtrail-${seed}.json`);
      writeFileSync(file, JSON.stringify({ Records: corpus.events }));
      const result = await detect({ inputs: [file], intel: [] });
      events += result.events;
      signals += result.signals.length;
      const sequences = correlate(result.signals.map(fromSignal));
      for (const a of corpus.attacks) {
        planted++;
        const mine = sequences.filter((s) => about(s, a));
        if (mine.length === 0) {
          missed++;
          detail.push(`    seed ${seed}: ${a.id} (${a.type}) found as no sequence`);
        } else if (mine.length > 1) {
          duplicated++;
          detail.push(`    seed ${seed}: ${a.id} (${a.type}) split into ${mine.length} sequences`);
        } else if (mine[0].type !== a.type) {
          wrongType++;
          detail.push(`    seed ${seed}: ${a.id} found as ${mine[0].type}, expected ${a.type}`);
        } else exact++;
      }
      for (const s of sequences.filter((q) => !corpus.attacks.some((a) => about(q, a)))) {
        falseSeqs++;
        detail.push(`    seed ${seed}: false sequence ${s.type} on ${s.primary.key} [${s.members.map((m) => m.ruleId).join(', ')}]`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const passed = exact === planted && falseSeqs === 0;
  return {
    passed,
    lines: [
      `multi-day corpus: ${seeds} seeds × ${days} days, ${events.toLocaleString('en')} events, ${signals.toLocaleString('en')} signals`,
      `  planted attacks: ${planted}; found as exactly one sequence of the right type: ${exact}; wrong type: ${wrongType}; split: ${duplicated}; missed: ${missed}`,
      `  false sequences (about no planted attack): ${falseSeqs}`,
      ...detail,
    ],
  };
}

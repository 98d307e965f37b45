/**
 * One crash trial, shared by test/hub/crash.e2e.test.ts and `npm run bench:chaos`: copy a hub in
 * a known state, start a command on it, `kill -9` it at a chosen point, then check that the hub
 * is sound and either as it was or as a clean run leaves it, and that running the command again
 * leaves it exactly as a clean run does (no lost signal, no half-written run).
 */
import { join } from 'node:path';
import { copyHub, runMamori, type MamoriRun } from './mamori-process.js';
import { digestDifference, hubDigest, integrityCheck, signalIds, type HubDigest } from './hub-digest.js';

export interface CrashScenario {
  name: string;
  args: string[];
  /** The hub before the command (copied for every trial, never written). */
  before: string;
  /** MAMORI_CONFIG for every run (notification targets). */
  config?: string;
}

export interface CleanRun {
  digest: HubDigest;
  beforeDigest: HubDigest;
  ms: number;
  /** How many findings the clean run reported new (the "N new" of its hub line). */
  reportedNew: number;
}

export interface TrialResult {
  /** Where the kill was aimed (ms after start, or the stderr line it waited for). */
  at: string;
  /** Whether the kill reached a running process (false: the run had already finished). */
  killed: boolean;
  /** What the killed run left: the hub as before, as after a clean run, or neither. */
  left: 'unchanged' | 'complete' | 'inconsistent';
  integrity: string;
  /** How the hub left by the kill differs from both (when inconsistent). */
  difference?: string;
  /** After the rerun: how the hub differs from a clean run's (undefined when equal). */
  rerunDifference?: string;
  /** Threat findings a clean run stores that the killed run plus its rerun do not. */
  lostSignals: number;
  /** Outbox rows (target, finding, event) a clean run queues that the killed run plus its rerun do not. */
  lostNotifications: number;
  /** The rerun's "N new" (equal to the clean run's when the kill left the hub unchanged). */
  rerunNew: number;
  rerun: MamoriRun;
}

const reportedNew = (stderr: string) => [...stderr.matchAll(/(\d+) new\b/g)].reduce((n, m) => n + Number(m[1]), 0);

/** Runs the scenario once without a kill, on a fresh copy of its hub. */
export async function cleanRun(scenario: CrashScenario, work: string): Promise<CleanRun> {
  const db = join(work, `${scenario.name}-clean.db`);
  copyHub(scenario.before, db);
  const run = await runMamori(scenario.args, { db, home: work, config: scenario.config });
  if (run.code !== 0) throw new Error(`clean ${scenario.name} run failed (${run.code}): ${run.stderr}`);
  return { digest: await hubDigest(db), beforeDigest: await hubDigest(scenario.before), ms: run.ms, reportedNew: reportedNew(run.stderr) };
}

/** One killed run and its rerun, on a fresh copy of the scenario's hub. */
export async function crashTrial(
  scenario: CrashScenario,
  clean: CleanRun,
  kill: { afterMs: number } | { onStderr: RegExp },
  work: string,
  trial: number,
): Promise<TrialResult> {
  const db = join(work, `${scenario.name}-trial-${trial}.db`);
  copyHub(scenario.before, db);
  const killed = await runMamori(scenario.args, {
    db, home: work, config: scenario.config,
    ...('afterMs' in kill ? { killAfterMs: kill.afterMs } : { killOnStderr: kill.onStderr }),
  });
  if (!killed.killed && killed.code !== 0) throw new Error(`${scenario.name} run failed before it was killed (${killed.code}): ${killed.stderr}`);
  const integrity = await integrityCheck(db);
  const left = await hubDigest(db);
  const fromBefore = digestDifference(left, clean.beforeDigest);
  const fromComplete = digestDifference(left, clean.digest);
  const state = !fromBefore ? 'unchanged' : !fromComplete ? 'complete' : 'inconsistent';

  const rerun = await runMamori(scenario.args, { db, home: work, config: scenario.config });
  if (rerun.code !== 0) throw new Error(`${scenario.name} rerun failed (${rerun.code}): ${rerun.stderr}`);
  const after = await hubDigest(db);
  const expected = signalIds(clean.digest);
  const present = signalIds(after);
  let lost = 0;
  for (const id of expected) if (!present.has(id)) lost++;
  const queued = new Set(after.outbox);
  let lostNotifications = 0;
  for (const row of clean.digest.outbox) if (!queued.has(row)) lostNotifications++;
  return {
    at: 'afterMs' in kill ? `${kill.afterMs} ms` : `stderr ${kill.onStderr.source}`,
    killed: killed.killed,
    left: state,
    integrity,
    difference: state === 'inconsistent' ? `vs before: ${fromBefore}; vs complete: ${fromComplete}` : undefined,
    rerunDifference: digestDifference(after, clean.digest),
    lostSignals: lost,
    lostNotifications,
    rerunNew: reportedNew(rerun.stderr),
    rerun,
  };
}

/**
 * kill -9 at random points (issue 11): an assessment, a detection, an import and a correlation are
 * killed with SIGKILL at seeded random points spread over a clean run's duration, on a hub that
 * already holds findings. The hub must then be sound (`PRAGMA integrity_check`), either as it was
 * or as a clean run leaves it (never half a run), and running the command again must leave it
 * exactly as a clean run does: no signal lost, none counted twice. The detection has a
 * notification target (a local webhook that fails): its outbox rows are part of the hub compared,
 * so a kill between the signals' commit and the queuing of their notifications (which lost them
 * for good before they shared one transaction) fails the test. `npm run bench:chaos` runs the same
 * trials many more times.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cleanRun, crashTrial, type CleanRun, type CrashScenario, type TrialResult } from '../support/crash.js';
import { killDelays, repoRoot, runMamori, seededRandom } from '../support/mamori-process.js';
import { receiver } from './notify/helpers.js';

const seed = Number(process.env.MAMORI_CRASH_SEED) || 11;
const random = seededRandom(seed);
const work = mkdtempSync(join(tmpdir(), 'mamori-crash-'));
const base = join(work, 'base.db');
const withSignals = join(work, 'signals.db');
const demoSnapshot = join(repoRoot, 'demo', 'demo-snapshot.json.gz');
// CloudTrail alone: 22 signals and an attack sequence in half the time of all the demo logs.
const demoTrail = join(repoRoot, 'demo', 'logs', 'cloudtrail');
// A webhook that answers 503 to everything: rows stay queued (a failing send changes no finding).
const notifyConfig = join(work, 'notify.yaml');
let webhook: Awaited<ReturnType<typeof receiver>> | undefined;

const scenarios: CrashScenario[] = [
  { name: 'assess', before: base, args: ['assess', demoSnapshot, '--output', 'json', '--out', join(work, 'assess.json')] },
  { name: 'detect', before: base, args: ['detect', demoTrail, '--output', 'json'], config: notifyConfig },
  { name: 'import', before: base, args: ['findings', 'import', join(repoRoot, 'test', 'fixtures', 'import', 'prowler-ocsf.json')] },
  { name: 'sequences', before: withSignals, args: ['sequences', '--output', 'json'] },
];

/** Kills per scenario; the commit point of a detection is also aimed at directly (see below). */
const KILLS = 3;

function check(scenario: string, clean: CleanRun, t: TrialResult) {
  const where = `${scenario} killed at ${t.at} (seed ${seed})`;
  assert.equal(t.integrity, 'ok', `${where}: integrity_check`);
  assert.notEqual(t.left, 'inconsistent', `${where}: the hub is neither as it was nor complete: ${t.difference}`);
  assert.equal(t.rerunDifference, undefined, `${where}: after the rerun the hub differs from a clean run's: ${t.rerunDifference}`);
  assert.equal(t.lostSignals, 0, `${where}: signals lost`);
  assert.equal(t.lostNotifications, 0, `${where}: notifications lost`);
  // A run that left nothing reruns as the first run: it reports the same new findings.
  if (t.left === 'unchanged') assert.equal(t.rerunNew, clean.reportedNew, `${where}: the rerun reports what a clean run reports`);
}

describe('kill -9 at random points: the hub is unchanged or complete, and the rerun completes it', { timeout: 150_000 }, () => {
  before(async () => {
    webhook = await receiver(() => 503);
    writeFileSync(notifyConfig, ['notifications:', '  - name: soc', '    type: webhook', `    url: ${webhook.url}`, ''].join('\n'));
    // The known state every trial starts from: imported GuardDuty findings (threats correlation can use).
    const imported = await runMamori(['findings', 'import', join(repoRoot, 'test', 'fixtures', 'import', 'guardduty-get-findings.json')], { db: base, home: work });
    assert.equal(imported.code, 0, imported.stderr);
    // Signals stored without their correlation, for `sequences` to correlate.
    const detected = await runMamori(['findings', 'import', join(repoRoot, 'test', 'fixtures', 'import', 'guardduty-get-findings.json')], { db: withSignals, home: work });
    assert.equal(detected.code, 0, detected.stderr);
    const signals = await runMamori(['detect', demoTrail, '--no-correlate', '--output', 'json'], { db: withSignals, home: work });
    assert.equal(signals.code, 0, signals.stderr);
  });

  after(() => webhook?.close());

  for (const scenario of scenarios) {
    it(`${scenario.name}: killed ${KILLS} times over a clean run's duration`, async (t) => {
      const clean = await cleanRun(scenario, work);
      assert.ok(clean.reportedNew > 0, `a clean ${scenario.name} changes the hub (else the test could not tell)`);
      assert.notDeepEqual(clean.digest, clean.beforeDigest);
      if (scenario.config) assert.ok(clean.digest.outbox.length > 0, `a clean ${scenario.name} queues notifications (else the test could not tell)`);
      const outcomes: string[] = [];
      for (const [i, delay] of killDelays(clean.ms, KILLS, random).entries()) {
        const trial = await crashTrial(scenario, clean, { afterMs: delay }, work, i);
        outcomes.push(`${trial.at}: ${trial.killed ? trial.left : 'finished'}`);
        check(scenario.name, clean, trial);
      }
      // Which states the kills found (unchanged, complete) on this machine.
      t.diagnostic(`${scenario.name}: clean ${Math.round(clean.ms)} ms; ${outcomes.join(', ')}`);
    });
  }

  it('detect: killed right after its signals were committed, before their notifications were sent', async () => {
    const scenario = scenarios[1];
    const clean = await cleanRun(scenario, work);
    const sends = webhook!.requests.length;
    // The hub line is written once the run's transaction has committed (signals, sequences and
    // their outbox rows); delivery comes after the report. Before, the notifications were queued
    // only after this line, in a transaction of their own, and this kill lost them for good.
    const t = await crashTrial(scenario, clean, { onStderr: /hub .*: \d+ new/ }, work, 99);
    check(scenario.name, clean, t);
    assert.equal(t.left, 'complete', 'the kill came after the commit: the signals and their notifications are stored');
    assert.ok(webhook!.requests.length > sends, 'the queued rows were sent (to a failing receiver) after all');
  });
});

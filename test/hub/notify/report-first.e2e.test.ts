/**
 * Delivery outside the assessment path (issue 11): the built CLI prints its report first and only
 * then delivers the notifications its run queued. Before, `assess` and `detect` delivered inside
 * the app function, so with a webhook that never answers the report came out only when the
 * delivery deadline ended the wait.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repoRoot, runMamori } from '../../support/mamori-process.js';
import { silentReceiver } from './helpers.js';

const DEADLINE_MS = 3000;
const work = mkdtempSync(join(tmpdir(), 'mamori-report-first-'));
const config = join(work, 'config.yaml');
let silent: Awaited<ReturnType<typeof silentReceiver>>;

describe('the report is printed before the notifications are delivered', { timeout: 120_000 }, () => {
  before(async () => {
    silent = await silentReceiver();
    writeFileSync(config, ['notifications:', '  - name: soc', '    type: webhook', `    url: ${silent.url}`, ''].join('\n'));
  });
  after(() => silent.close());

  const cases = [
    { command: 'assess', args: ['assess', join(repoRoot, 'demo', 'demo-snapshot.json.gz')], firstLine: /\S/ },
    { command: 'detect', args: ['detect', join(repoRoot, 'demo', 'logs', 'cloudtrail')], firstLine: /^mamori detection$/ },
  ];
  for (const c of cases) {
    it(`${c.command}: the report reaches stdout well before a webhook that never answers is given up on`, async (t) => {
      const received = silent.received();
      const run = await runMamori(c.args, {
        db: join(work, `${c.command}.db`), home: work, config,
        env: { MAMORI_NOTIFY_DEADLINE_MS: String(DEADLINE_MS) },
        deadlineMs: 90_000,
      });
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout.split('\n')[0], c.firstLine, 'the report is on stdout');
      assert.ok(run.firstStdoutMs !== undefined);
      const afterReport = run.ms - run.firstStdoutMs;
      t.diagnostic(`${c.command}: report after ${Math.round(run.firstStdoutMs)} ms, exit after ${Math.round(run.ms)} ms`);
      // Delivery starts after the report and waits out the whole deadline on a receiver that never answers.
      assert.ok(afterReport >= DEADLINE_MS - 300, `the process ended ${Math.round(afterReport)} ms after the report's first line (delivery deadline ${DEADLINE_MS} ms)`);
      assert.ok(silent.received() > received, 'delivery was tried');
      const notes = run.stderr.split('\n');
      const hubLine = notes.findIndex((l) => /^mamori: hub .*: \d+ new/.test(l));
      const notifyLine = notes.findIndex((l) => /^mamori: notifications: \d+ queued, 0 sent, \d+ left in the outbox \(delivery deadline 3 s reached/.test(l));
      assert.ok(hubLine >= 0 && notifyLine > hubLine, `the notification note comes last, after delivery:\n${run.stderr}`);
    });
  }
});

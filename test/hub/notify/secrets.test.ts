/**
 * Webhook URLs are secrets as a whole: a receiver that echoes only a part of its URL (the last path
 * segment, the `token=` value) must not get that part printed by `notify` or stored in
 * notification_outbox.last_error.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { notificationNote, runNotify } from '../../../src/app/notify.js';
import { parseConfig } from '../../../src/config/parse.js';
import { enqueue, listOutbox, redact, type NotifyTarget } from '../../../src/hub/notify/index.js';
import { BACKENDS } from '../backends.js';
import { obs, scan, T1, T2 } from './helpers.js';

const SEGMENT = 'xoxLastSegmentSecret0042';
const TOKEN = 'tok-QueryValueSecret-77';
const SIG = 'c2lnbmF0dXJlLXNlY3JldA==';

/** A receiver that answers 500 and echoes the parts of its URL, decoded, as a careless one would. */
async function echoingReceiver() {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const url = new URL(req.url!, 'http://x');
      const last = url.pathname.split('/').pop();
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`unknown hook ${last}; token ${url.searchParams.get('token')} (sig ${url.searchParams.get('sig')}) refused; see ${url.pathname.split('/').slice(-2).join('/')}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: `${origin}/hooks/T0/${SEGMENT}?token=${TOKEN}&sig=${encodeURIComponent(SIG)}`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

const leaks = (text: string) => [SEGMENT, TOKEN, SIG, encodeURIComponent(SIG)].filter((s) => text.includes(s));

describe('webhook URL parts in errors (pure)', () => {
  it('replaces the URL, each path segment and each query value, in any encoding, and keeps the host readable', () => {
    const target: NotifyTarget = { name: 'w', type: 'webhook', url: `https://hooks.example.com/hooks/T0/${SEGMENT}?token=${TOKEN}&sig=${encodeURIComponent(SIG)}` };
    const msg = redact(`HTTP 500 from https://hooks.example.com: unknown hook ${SEGMENT}; token ${TOKEN}; sig ${SIG} / ${encodeURIComponent(SIG)}`, target);
    assert.deepEqual(leaks(msg), [], msg);
    assert.match(msg, /^HTTP 500 from https:\/\/hooks\.example\.com: /, 'the host is kept even though a path segment (hooks) is part of it');
  });
});

for (const backend of BACKENDS) {
  describe(`notify never prints or stores webhook URL parts (${backend.name})`, { skip: backend.skip }, () => {
    it('a receiver echoing its last path segment and token= value: neither in notify output nor in the outbox row', async () => {
      const { store, setting } = await backend.fresh();
      const rx = await echoingReceiver();
      try {
        await store.ingest([obs('a', 'FAIL', T1)], { actor: 'scan', scan: scan('s1', T1) });
        const config = parseConfig(`notifications:\n  - name: hook\n    type: webhook\n    url: "${rx.url}"\n`);
        const targets = config.notifications as unknown as NotifyTarget[];
        await enqueue(store, await store.list({}, { limit: 10 }), targets, { now: T1 });

        const report = await runNotify({ store, config }, { delivery: { now: T2, maxAttempts: 1 } });
        assert.equal(report.result?.dead, 1, 'the receiver refused it');
        const error = report.result!.errors[0].error;
        assert.match(error, /^HTTP 500 from http:\/\/127\.0\.0\.1:\d+: unknown hook \*\*\*; token \*\*\* \(sig \*\*\*\) refused/, error);
        const printed = JSON.stringify(report) + notificationNote({ queued: { enqueued: 1, duplicates: 0, byTarget: {} }, delivery: report.result! });
        assert.deepEqual(leaks(printed), [], printed);

        const rows = await listOutbox(store, { status: ['dead'] });
        assert.equal(rows.length, 1);
        assert.deepEqual(leaks(rows[0].lastError ?? ''), [], rows[0].lastError);
        if (backend.name === 'sqlite') {
          await store.close();
          const bytes = readdirSync(dirname(setting)).map((f) => readFileSync(join(dirname(setting), f)).toString('latin1')).join('\n');
          assert.ok(bytes.includes('unknown hook ***'), 'the redacted error is what the file holds');
          assert.deepEqual(leaks(bytes), [], 'no part of the URL anywhere in the SQLite file');
        }
      } finally {
        await rx.close();
        await store.close().catch(() => {});
      }
    });
  });
}

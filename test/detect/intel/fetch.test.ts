/**
 * `mamori intel update --from URL` is bounded (issue 11): the whole download ends within
 * MAMORI_REQUEST_TIMEOUT_MS (the setting every remote call reads), a body without a length is cut
 * at the size limit as it arrives, and messages never show the feed's query (API keys live there).
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { updateIntel } from '../../../src/detect/intel/index.js';
import { MamoriError } from '../../../src/model/errors.js';

const KEY = 'feed-api-key-0123456789';
const dir = mkdtempSync(join(tmpdir(), 'mamori-intel-fetch-'));

describe('intel downloads are bounded', () => {
  let server: Server;
  let base: string;
  const held: ServerResponse[] = [];
  before(async () => {
    server = createServer((req, res) => {
      held.push(res);
      if (req.url?.startsWith('/silent')) return; // never answers
      if (req.url?.startsWith('/stall')) {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('203.0.113.5\n'); // then nothing more
        return;
      }
      if (req.url?.startsWith('/endless')) {
        // No content-length: chunked, and it never stops by itself.
        res.writeHead(200, { 'content-type': 'text/plain' });
        const line = Buffer.from('198.51.100.7\n'.repeat(1000));
        const pump = () => {
          while (!res.destroyed && res.write(line));
          if (!res.destroyed) res.once('drain', pump);
        };
        pump();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    for (const res of held) res.destroy();
    server.closeAllConnections();
    server.close();
  });
  afterEach(() => {
    delete process.env.MAMORI_REQUEST_TIMEOUT_MS;
  });

  const refused = (pattern: RegExp) => (e: unknown) => {
    assert.ok(e instanceof MamoriError, String(e));
    assert.equal(e.code, 'INTEL_FETCH');
    assert.match(e.message, pattern);
    assert.ok(!e.message.includes(KEY), e.message);
    return true;
  };

  it('a server that never answers fails within MAMORI_REQUEST_TIMEOUT_MS, in one line without the query', { timeout: 10_000 }, async () => {
    process.env.MAMORI_REQUEST_TIMEOUT_MS = '400';
    const started = performance.now();
    await assert.rejects(
      updateIntel(`${base}/silent/list.txt?apikey=${KEY}`, dir),
      refused(/^cannot download http:\/\/127\.0\.0\.1:\d+\/silent\/list\.txt \(no answer within 400 ms; raise MAMORI_REQUEST_TIMEOUT_MS for a slow feed\)$/),
    );
    assert.ok(performance.now() - started < 3_000);
  });

  it('a body that stalls after the headers is cut by the same timeout', { timeout: 10_000 }, async () => {
    const started = performance.now();
    await assert.rejects(updateIntel(`${base}/stall/list.txt?apikey=${KEY}`, dir, { timeoutMs: 400 }), refused(/no answer within 400 ms/));
    assert.ok(performance.now() - started < 3_000);
  });

  it('a body without a length is refused once it passes the size limit', { timeout: 10_000 }, async () => {
    await assert.rejects(updateIntel(`${base}/endless/list.txt?apikey=${KEY}`, dir, { maxBytes: 64 * 1024 }), refused(/^http:\/\/127\.0\.0\.1:\d+\/endless\/list\.txt is too large \(\d+ bytes or more, limit 65536\)$/));
  });
});

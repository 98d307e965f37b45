/** The dashboard's file server (src/server/static.ts): types, caching, client routes, never /api, never outside its folder. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Hono } from 'hono';
import { serveWeb } from '../../src/server/static.js';

function app(root: string): Hono {
  const a = new Hono();
  a.get('/api/v1/health', (c) => c.json({ status: 'ok' }));
  a.use('*', serveWeb(root));
  a.notFound((c) => c.json({ error: { code: 'NOT_FOUND', message: 'no route' } }, 404));
  return a;
}

describe('serveWeb', () => {
  const root = mkdtempSync(join(tmpdir(), 'mamori-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>mamori</title>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(join(tmpdir(), 'mamori-outside-web.txt'), 'secret');
  const a = app(root);

  test('hashed assets with their type, cached for a year', async () => {
    const js = await a.request('/assets/index-abc123.js');
    assert.equal(js.status, 200);
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(js.headers.get('cache-control') ?? '', /max-age=31536000, immutable/);
    const css = await a.request('/assets/index-abc123.css');
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
  });

  test('index.html for the app and its page paths, revalidated', async () => {
    for (const path of ['/', '/findings', '/findings/mamori-0123.abc', '/resources/arn%3Aaws%3As3%3A%3A%3Ab', '/scopes/123456789012']) {
      const r = await a.request(path);
      assert.equal(r.status, 200, path);
      assert.equal(r.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.equal(r.headers.get('cache-control'), 'no-cache');
      assert.match(await r.text(), /<title>mamori/);
    }
  });

  test('never for /api: an unknown API route stays a JSON 404', async () => {
    const r = await a.request('/api/v1/nothing-here');
    assert.equal(r.status, 404);
    assert.match(r.headers.get('content-type') ?? '', /application\/json/);
    assert.equal((await a.request('/api/v1/health')).status, 200);
  });

  test('a missing asset is a 404, and nothing outside the folder is served', async () => {
    assert.equal((await a.request('/assets/missing.js')).status, 404);
    for (const path of ['/../mamori-outside-web.txt', '/%2e%2e/mamori-outside-web.txt', '/assets/..%2f..%2fmamori-outside-web.txt']) {
      const r = await a.request(path);
      assert.doesNotMatch(await r.text(), /secret/, path);
    }
  });

  test('writes are not served', async () => {
    assert.equal((await a.request('/', { method: 'POST' })).status, 404);
  });

  test('an unbuilt dashboard says how to build it', async () => {
    const r = await app(join(root, 'missing')).request('/');
    assert.equal(r.status, 503);
    assert.match(await r.text(), /npm run build:web/);
  });
});

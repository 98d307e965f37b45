import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDemoSnapshot } from '../src/demo/build.js';
import { loadDemoSnapshot } from '../src/demo/index.js';
import { parseSnapshot } from '../src/model/snapshot.js';

describe('bundled demo snapshot', () => {
  it('is valid and up to date with src/demo (run `npm run build:demo` after changing it)', async () => {
    const built = parseSnapshot(JSON.parse(JSON.stringify(buildDemoSnapshot())), 'demo');
    const bundled = await loadDemoSnapshot();
    assert.deepEqual(bundled, built);
  });

  it('holds no secrets', async () => {
    const text = JSON.stringify(await loadDemoSnapshot());
    assert.ok(!/"(SecretAccessKey|Password|SessionToken|UserData)"\s*:/i.test(text), 'no secret fields');
  });
});

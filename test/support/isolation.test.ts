/** The preload (test/support/isolate.ts) is in force: no test can reach the user's hub or config. */
import assert from 'node:assert/strict';
import { homedir, tmpdir } from 'node:os';
import { it } from 'node:test';

it('tests run without MAMORI_DB / MAMORI_CONFIG and with a temporary home', () => {
  assert.equal(process.env.MAMORI_DB, undefined);
  assert.equal(process.env.MAMORI_CONFIG, undefined);
  assert.ok(homedir().startsWith(tmpdir()), `home is ${homedir()}, not a temporary folder`);
});

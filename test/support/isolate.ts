/**
 * Preloaded into every test process (`node --import`, see package.json): a test must never read or
 * write the hub or config of the person running it. The variables that name them are dropped and
 * HOME points at an empty temporary folder, so `~/.mamori` is a fresh one too. Child processes the
 * tests spawn inherit this environment.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

for (const name of Object.keys(process.env)) {
  if (name.startsWith('MAMORI_') && name !== 'MAMORI_TEST_PG_URL') delete process.env[name];
}
process.env.HOME = mkdtempSync(join(tmpdir(), 'mamori-test-home-'));

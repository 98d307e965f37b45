/**
 * Preloaded into every test process (`node --import`, see package.json): a test must never read or
 * write the hub or config of the person running it. The variables that name them are dropped and
 * HOME points at an empty temporary folder, so `~/.mamori` is a fresh one too. Child processes the
 * tests spawn inherit this environment.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Kept: the PostgreSQL test URL, the property tests' run count and seed (test/property/arbitraries.ts), and
// the browser test's switch that writes docs/screenshots (test/e2e).
const KEEP = new Set(['MAMORI_TEST_PG_URL', 'MAMORI_PROPERTY_RUNS', 'MAMORI_PROPERTY_SEED', 'MAMORI_SCREENSHOTS']);
for (const name of Object.keys(process.env)) {
  if (name.startsWith('MAMORI_') && !KEEP.has(name)) delete process.env[name];
}
process.env.HOME = mkdtempSync(join(tmpdir(), 'mamori-test-home-'));

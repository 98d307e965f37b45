/** A temporary embedded hub for the application-layer tests: never MAMORI_DB, never ~/.mamori. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HubContext } from '../../src/app/context.js';
import { parseConfig } from '../../src/config/parse.js';
import { policyFromConfig, riskFromConfig } from '../../src/hub/policy.js';
import { FindingStore } from '../../src/hub/store/store.js';

export const NOW = '2026-11-20T00:00:00.000Z';

/** A fresh SQLite hub opened with the config given as YAML text (empty: defaults). */
export async function tempHub(configYaml = ''): Promise<HubContext> {
  const config = parseConfig(configYaml);
  const store = await FindingStore.open(join(mkdtempSync(join(tmpdir(), 'mamori-app-')), 'hub.db'));
  return { store, config, policy: policyFromConfig(config, () => NOW), risk: riskFromConfig(config) };
}

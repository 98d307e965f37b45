/**
 * The bundled Azure demo tenant (regenerate demo/azure/ with `npx tsc -p tsconfig.json && node
 * dist/scripts/build-azure-demo.js && node dist/scripts/build-azure-demo-logs.js`). Deterministic:
 * the same snapshot every time, as `mamori collect --provider azure --management-group mg-contoso`
 * would have written it.
 */
import { join } from 'node:path';
import { readSnapshot, SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../../../model/snapshot.js';
import { GLOBAL_REGION } from '../../../model/types.js';
import { packageRoot } from '../../../version.js';
import { AZURE_SERVICES } from '../model/index.js';
import { AzureDemoBuilder } from './builder.js';
import { addCompute } from './compute.js';
import { addData } from './data.js';
import { addHierarchy } from './hierarchy.js';
import { addIdentity } from './identity.js';
import { addNetwork } from './network.js';
import { AZURE_DEMO } from './scenario.js';
import { addSecurity } from './security.js';

export { AZURE_DEMO } from './scenario.js';

export const AZURE_DEMO_DIR = join(packageRoot(), 'demo', 'azure');
/** The bundled Azure demo snapshot. */
export const AZURE_DEMO_SNAPSHOT_PATH = join(AZURE_DEMO_DIR, 'azure-demo-snapshot.json.gz');
/** The Azure demo Activity Log, as diagnostic settings export it to a storage account (regenerate with `node dist/scripts/build-azure-demo-logs.js`). */
export const AZURE_DEMO_LOGS_DIR = join(AZURE_DEMO_DIR, 'logs');

export function loadAzureDemoSnapshot(): Promise<Snapshot> {
  return readSnapshot(AZURE_DEMO_SNAPSHOT_PATH);
}

/** Builds the Azure demo tenant's snapshot. */
export function buildAzureDemoSnapshot(): Snapshot {
  const demo = new AzureDemoBuilder();
  addHierarchy(demo);
  addIdentity(demo);
  addSecurity(demo);
  addNetwork(demo);
  addData(demo);
  addCompute(demo);
  const regions = new Set<string>([GLOBAL_REGION]);
  for (const r of demo.resources) regions.add(r.region);
  for (const e of demo.errors) regions.add(e.region);
  return {
    schema: SNAPSHOT_SCHEMA,
    version: SNAPSHOT_VERSION,
    id: '00000000-0000-4000-8000-00000000ae01',
    collectedAt: AZURE_DEMO.collectedAt,
    tool: { name: 'mamori', version: 'demo' },
    scope: {
      provider: 'azure',
      accounts: [AZURE_DEMO.prod.subscriptionId, AZURE_DEMO.dev.subscriptionId],
      regions: [...regions].sort(),
      // Every collector, in the order the collector runs them (collect/services/index.ts).
      services: [...AZURE_SERVICES],
    },
    resources: demo.resources,
    errors: demo.errors,
  };
}

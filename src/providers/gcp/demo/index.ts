/**
 * The bundled Google Cloud demo organisation (regenerate demo/gcp-demo-snapshot.json.gz with
 * `npx tsc -p tsconfig.json && node dist/scripts/build-gcp-demo.js`). Deterministic: the same
 * snapshot every time, exactly as `mamori collect --provider gcp --organization 123456789012` would
 * have written it.
 */
import { join } from 'node:path';
import { readSnapshot, SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../../../model/snapshot.js';
import { GLOBAL_REGION } from '../../../model/types.js';
import { packageRoot } from '../../../version.js';
import { GCP_SERVICES } from '../model.js';
import { GcpDemoBuilder } from './builder.js';
import { addHierarchy } from './hierarchy.js';
import { GCP_DEMO } from './scenario.js';
import { addSecurity } from './security.js';
import { addWorkloads } from './workloads.js';

export { GCP_DEMO } from './scenario.js';

/** The bundled Google Cloud demo snapshot. */
export const GCP_DEMO_SNAPSHOT_PATH = join(packageRoot(), 'demo', 'gcp-demo-snapshot.json.gz');
/** The Google Cloud demo audit logs (regenerate with `node dist/scripts/build-gcp-demo-logs.js`). */
export const GCP_DEMO_LOGS_DIR = join(packageRoot(), 'demo', 'logs', 'gcp');

export function loadGcpDemoSnapshot(): Promise<Snapshot> {
  return readSnapshot(GCP_DEMO_SNAPSHOT_PATH);
}

/** A full collection: every API the collector reads. */
const COLLECTED_SERVICES = GCP_SERVICES;

/** Builds the Google Cloud demo organisation's snapshot. */
export function buildGcpDemoSnapshot(): Snapshot {
  const demo = new GcpDemoBuilder();
  addHierarchy(demo);
  addSecurity(demo);
  addWorkloads(demo);
  const regions = new Set<string>([GLOBAL_REGION]);
  for (const r of demo.resources) regions.add(r.region);
  for (const e of demo.errors) regions.add(e.region);
  return {
    schema: SNAPSHOT_SCHEMA,
    version: SNAPSHOT_VERSION,
    id: '00000000-0000-4000-8000-00000000ac01',
    collectedAt: GCP_DEMO.collectedAt,
    tool: { name: 'mamori', version: 'demo' },
    scope: {
      provider: 'gcp',
      accounts: [GCP_DEMO.prod.projectId, GCP_DEMO.dev.projectId],
      regions: [...regions].sort(),
      // Every collector, in the order the collector runs them (collect/services/index.ts).
      services: [...COLLECTED_SERVICES],
    },
    resources: demo.resources,
    errors: demo.errors,
  };
}

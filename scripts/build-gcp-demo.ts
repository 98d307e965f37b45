/** Regenerates demo/gcp-demo-snapshot.json.gz from src/providers/gcp/demo/** (npx tsc -p tsconfig.json && node dist/scripts/build-gcp-demo.js). */
import { parseSnapshot, writeSnapshot } from '../src/model/snapshot.js';
import { buildGcpDemoSnapshot, GCP_DEMO_SNAPSHOT_PATH } from '../src/providers/gcp/demo/index.js';

const snapshot = parseSnapshot(buildGcpDemoSnapshot(), 'gcp demo');
await writeSnapshot(GCP_DEMO_SNAPSHOT_PATH, snapshot);
console.log(`wrote ${GCP_DEMO_SNAPSHOT_PATH}: ${snapshot.resources.length} resources, ${snapshot.errors.length} collection errors`);

/** Regenerates demo/azure/azure-demo-snapshot.json.gz from src/providers/azure/demo/** (npx tsc -p tsconfig.json && node dist/scripts/build-azure-demo.js). */
import { mkdirSync } from 'node:fs';
import { parseSnapshot, writeSnapshot } from '../src/model/snapshot.js';
import { AZURE_DEMO_DIR, AZURE_DEMO_SNAPSHOT_PATH, buildAzureDemoSnapshot } from '../src/providers/azure/demo/index.js';

const snapshot = parseSnapshot(buildAzureDemoSnapshot(), 'azure demo');
mkdirSync(AZURE_DEMO_DIR, { recursive: true });
await writeSnapshot(AZURE_DEMO_SNAPSHOT_PATH, snapshot);
console.log(`wrote ${AZURE_DEMO_SNAPSHOT_PATH}: ${snapshot.resources.length} resources, ${snapshot.errors.length} collection errors`);

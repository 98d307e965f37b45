/** npm run build:demo — regenerates demo/demo-snapshot.json.gz from src/providers/aws/demo/**. */
import { join } from 'node:path';
import { buildDemoSnapshot } from '../src/providers/aws/demo/build.js';
import { parseSnapshot, writeSnapshot } from '../src/model/snapshot.js';
import { packageRoot } from '../src/version.js';

const snapshot = parseSnapshot(buildDemoSnapshot(), 'demo');
const file = join(packageRoot(), 'demo', 'demo-snapshot.json.gz');
await writeSnapshot(file, snapshot);
console.log(`wrote ${file}: ${snapshot.resources.length} resources, ${snapshot.errors.length} collection errors`);

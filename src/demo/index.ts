import { join } from 'node:path';
import { readSnapshot, type Snapshot } from '../model/snapshot.js';
import { packageRoot } from '../version.js';

/** The bundled demo organisation (regenerate with `npm run build:demo`). */
export const DEMO_SNAPSHOT_PATH = join(packageRoot(), 'demo', 'demo-snapshot.json.gz');

export function loadDemoSnapshot(): Promise<Snapshot> {
  return readSnapshot(DEMO_SNAPSHOT_PATH);
}

import { join } from 'node:path';
import { readSnapshot, type Snapshot } from '../../../model/snapshot.js';
import { packageRoot } from '../../../version.js';

/** The bundled demo organisation (regenerate with `npm run build:demo`). */
export const DEMO_SNAPSHOT_PATH = join(packageRoot(), 'demo', 'demo-snapshot.json.gz');

/** A day of the demo organisation's logs with the attack chain in it (regenerate with `npm run build:demo-logs`). */
export const DEMO_LOGS_DIR = join(packageRoot(), 'demo', 'logs');
export const DEMO_INTEL = join(DEMO_LOGS_DIR, 'intel', 'demo-intel.txt');
/** The demo organisation's own detection tuning (Sigma filters), loaded next to the built-in rules. */
export const DEMO_TUNING_DIR = join(packageRoot(), 'demo', 'tuning');

export function loadDemoSnapshot(): Promise<Snapshot> {
  return readSnapshot(DEMO_SNAPSHOT_PATH);
}

/** Regenerates demo/logs/gcp/ from src/providers/gcp/demo/logs.ts (npx tsc -p tsconfig.json && node dist/scripts/build-gcp-demo-logs.js). */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GCP_DEMO_LOGS_DIR } from '../src/providers/gcp/demo/index.js';
import { generateGcpDemoLogs } from '../src/providers/gcp/demo/logs.js';

const logs = generateGcpDemoLogs();
// Only the generated log folder is replaced: everything under it is written here.
rmSync(join(GCP_DEMO_LOGS_DIR, 'cloudaudit.googleapis.com'), { recursive: true, force: true });
for (const [file, text] of logs.files) {
  const path = join(GCP_DEMO_LOGS_DIR, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
console.log(`wrote ${GCP_DEMO_LOGS_DIR}: ${logs.files.size} files, ${logs.entries} log entries (${logs.attack.size} of them the attack)`);

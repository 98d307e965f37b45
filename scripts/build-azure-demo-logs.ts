/** Regenerates demo/azure/logs/ from src/providers/azure/demo/logs.ts (npx tsc -p tsconfig.json && node dist/scripts/build-azure-demo-logs.js). */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AZURE_DEMO_LOGS_DIR } from '../src/providers/azure/demo/index.js';
import { generateAzureDemoLogs } from '../src/providers/azure/demo/logs.js';

const logs = generateAzureDemoLogs();
// Only the generated log folder is replaced: everything under it is written here.
rmSync(join(AZURE_DEMO_LOGS_DIR, 'insights-activity-logs'), { recursive: true, force: true });
for (const [file, text] of logs.files) {
  const path = join(AZURE_DEMO_LOGS_DIR, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
console.log(`wrote ${AZURE_DEMO_LOGS_DIR}: ${logs.files.size} files, ${logs.records} Activity Log records (${logs.attack.size} of them the attack)`);

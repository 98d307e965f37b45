#!/usr/bin/env node
// Entry point of the `mamori` command: runs the compiled CLI (npm ci / npm run build produce dist/).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('mamori: not built yet: run "npm ci" (or "npm run build") in the mamori folder first\n');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);

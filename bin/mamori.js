#!/usr/bin/env node
// Entry point of the `mamori` command: runs the compiled CLI (npm ci / npm run build produce dist/).
import { existsSync } from 'node:fs';

// The bundled CLI (scripts/bundle-cli.ts) starts several times faster than the module tree it is built from.
const bundle = new URL('../dist/cli/mamori.js', import.meta.url);
const entry = existsSync(bundle) ? bundle : new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('mamori: not built yet: run "npm ci" (or "npm run build") in the mamori folder first\n');
  process.exit(2);
}
// The SDK warns on every start that releases after January 2027 need Node 22; our lockfile pins
// working versions, so the warning only adds noise to a security tool's output.
const emitWarning = process.emitWarning;
process.emitWarning = function (warning, ...rest) {
  // The warning's type comes as its name, or as the second argument (a string or { type }).
  const type = typeof rest[0] === 'string' ? rest[0] : rest[0]?.type;
  const text = `${type ?? ''} ${typeof warning === 'string' ? warning : `${warning?.name}: ${warning?.message}`}`;
  if (text.includes('NodeVersionSupportWarning')) return;
  // google-auth-library warns when it probes for the Google Cloud metadata server and finds none;
  // mamori reports missing credentials itself, in one line.
  if (text.includes('MetadataLookupWarning')) return;
  return emitWarning.call(process, warning, ...rest);
};
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);

/**
 * Bundles the compiled CLI (dist/src/cli/main.js) into dist/cli/ with code splitting: one file per
 * lazily loaded command group instead of hundreds of small modules. Node resolves and reads every
 * ES module separately, and that, not running code, was most of the start-up time (kysely alone is
 * ~300 files). Packages with native code or large cloud SDKs stay external: they load from
 * node_modules only when a command needs them. bin/mamori.js runs the bundle when it exists.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/version.js';

const root = packageRoot();
const outdir = join(root, 'dist', 'cli');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { mamori: join(root, 'dist', 'src', 'cli', 'main.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  external: ['better-sqlite3', 'pg', 'pg-native', '@aws-sdk/*', '@smithy/*', 'googleapis', 'googleapis/*', 'google-auth-library'],
  // Bundled CommonJS dependencies (commander, yaml, cli-table3) may call require() for Node built-ins.
  banner: { js: "import { createRequire as __mamoriCreateRequire } from 'node:module'; const require = __mamoriCreateRequire(import.meta.url);" },
});
process.stdout.write(`bundled the CLI into ${outdir}\n`);

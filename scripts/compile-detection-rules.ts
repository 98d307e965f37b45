/**
 * Build step: the built-in detection rules as one JSON file without their test events, so
 * `mamori detect` starts without parsing 46 YAML files (their `tests:` blocks are most of the
 * text). `mamori rules test` always reads the YAML. A rule problem fails the build.
 */
import { writeFileSync } from 'node:fs';
import { BUILTIN_RULES_DIR, COMPILED_RULES_PATH } from '../src/detect/pipeline.js';
import { loadDetectionRules } from '../src/detect/rules/index.js';

const { rules, issues } = await loadDetectionRules([BUILTIN_RULES_DIR]);
if (issues.length) {
  for (const i of issues) console.error(`${i.file}${i.line ? `:${i.line}` : ''}: ${i.kind}: ${i.message}`);
  process.exit(1);
}
writeFileSync(COMPILED_RULES_PATH, JSON.stringify({ version: 1, rules: rules.map((r) => ({ ...r, tests: [] })) }));
console.log(`compiled ${rules.length} built-in detection rules into ${COMPILED_RULES_PATH}`);

/** docs/detection-rules-catalog.md is generated from the rules (scripts/detection-catalog.ts): it must be current. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { CATALOG_PATH, renderCatalog } from '../../../scripts/detection-catalog.js';

it('the rule catalogue lists every built-in rule as it is (run node dist/scripts/detection-catalog.js after changing rules)', async () => {
  const current = readFileSync(CATALOG_PATH, 'utf8');
  assert.equal(await renderCatalog(current), current);
});

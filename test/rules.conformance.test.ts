/**
 * Guards the rule conventions for every posture rule: the id is the folder, metadata is valid,
 * en + ja documents exist, every rule maps to a framework, and every automated rule ships
 * fixtures that make it FAIL and PASS (and those fixtures really produce those results).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assess } from '../src/assess/engine.js';
import { postureRules } from '../src/assess/registry.js';
import { CIS_AWS_3_0 } from '../src/frameworks/cis-aws-3.0.js';
import type { PostureRule, RuleFixture } from '../src/model/rule.js';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../src/model/snapshot.js';

const rulesDir = new URL('../rules/posture/aws/', import.meta.url);
const registry = postureRules();

function ruleFolders(): { service: string; id: string; dir: URL }[] {
  const out = [];
  for (const service of readdirSync(rulesDir, { withFileTypes: true })) {
    if (!service.isDirectory()) continue;
    for (const entry of readdirSync(new URL(`${service.name}/`, rulesDir), { withFileTypes: true })) {
      if (entry.isDirectory()) out.push({ service: service.name, id: entry.name, dir: new URL(`${service.name}/${entry.name}/`, rulesDir) });
    }
  }
  return out;
}

export function fixtureSnapshot(fixture: RuleFixture): Snapshot {
  const accounts = [...new Set(fixture.resources.map((r) => r.account))];
  return {
    schema: SNAPSHOT_SCHEMA,
    version: SNAPSHOT_VERSION,
    id: `fixture-${fixture.name}`,
    collectedAt: fixture.collectedAt ?? '2026-11-01T00:00:00.000Z',
    tool: { name: 'mamori', version: 'test' },
    scope: { provider: 'aws', accounts, regions: [...new Set(fixture.resources.map((r) => r.region))], services: [] },
    resources: fixture.resources,
    errors: fixture.errors ?? [],
  };
}

describe('posture rule conventions', () => {
  const folders = ruleFolders();

  it('every rule folder holds a registered rule whose id is the folder name', async () => {
    for (const folder of folders) {
      const file = new URL('rule.js', folder.dir);
      const mod = (await import(existsSync(fileURLToPath(file)) ? file.href : new URL('rule.ts', folder.dir).href)) as { rule: PostureRule };
      assert.equal(mod.rule.id, folder.id, `${folder.service}/${folder.id}: rule id differs from folder name`);
      assert.equal(registry.get(folder.id), mod.rule, `${folder.id} is not registered in rules/posture/aws/${folder.service}/index.ts`);
    }
    assert.equal(folders.length, registry.size, 'every registered rule lives in its own folder');
  });

  it('has at least 100 automated rules', () => {
    const automated = [...registry.values()].filter((r) => r.kind === 'automated');
    assert.ok(automated.length >= 100, `only ${automated.length} automated rules`);
  });

  it('covers every CIS AWS Foundations v3.0.0 recommendation', () => {
    const covered = new Set([...registry.values()].flatMap((r) => r.frameworks['cis-aws-3.0'] ?? []));
    const known = new Set(CIS_AWS_3_0.map((c) => c.id));
    const missing = CIS_AWS_3_0.filter((c) => !covered.has(c.id)).map((c) => c.id);
    assert.deepEqual(missing, [], `CIS recommendations without a rule: ${missing.join(', ')}`);
    const unknown = [...covered].filter((id) => !known.has(id));
    assert.deepEqual(unknown, [], `rules map to CIS ids that do not exist in v3.0.0: ${unknown.join(', ')}`);
  });

  for (const folder of folders) {
    const rule = registry.get(folder.id);
    if (!rule || rule.kind !== 'automated') continue;
    it(`${folder.id}: fixtures FAIL and PASS as declared`, async () => {
      const jsFile = new URL('fixtures.js', folder.dir);
      const mod = (await import(existsSync(fileURLToPath(jsFile)) ? jsFile.href : new URL('fixtures.ts', folder.dir).href)) as {
        fixtures: RuleFixture[];
      };
      const expects = new Set(mod.fixtures.map((f) => f.expect));
      assert.ok(expects.has('FAIL') && expects.has('PASS'), `${folder.id}: needs at least one FAIL and one PASS fixture`);
      for (const fixture of mod.fixtures) {
        const findings = assess(fixtureSnapshot(fixture), { rules: [rule] });
        const target = findings.find((f) => f.resource.uid === fixture.target);
        assert.ok(target, `${folder.id} / ${fixture.name}: no result for target ${fixture.target}`);
        assert.equal(target.status, fixture.expect, `${folder.id} / ${fixture.name}: ${JSON.stringify(target.reason)}`);
        assert.ok(typeof target.reason === 'string' ? target.reason : target.reason.en, 'a result always has a reason');
      }
    });
  }
});

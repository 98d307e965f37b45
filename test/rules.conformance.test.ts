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
import { assessSource } from '../src/assess/stream.js';
import type { PostureFinding } from '../src/model/finding.js';
import { inMemorySource } from '../src/snapshot/sharded.js';
import { postureRules } from '../src/assess/registry.js';
import { FRAMEWORK_IDS, FRAMEWORKS } from '../src/frameworks/index.js';
import type { PostureRule, RuleFixture } from '../src/model/rule.js';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../src/model/snapshot.js';

const postureDir = new URL('../rules/posture/', import.meta.url);
const registry = postureRules();

/** Every rule folder of every provider: rules/posture/<provider>/<service>/<rule-id>/. */
function ruleFolders(): { provider: string; service: string; id: string; dir: URL }[] {
  const out = [];
  for (const provider of readdirSync(postureDir, { withFileTypes: true })) {
    if (!provider.isDirectory()) continue;
    const providerDir = new URL(`${provider.name}/`, postureDir);
    for (const service of readdirSync(providerDir, { withFileTypes: true })) {
      if (!service.isDirectory()) continue;
      for (const entry of readdirSync(new URL(`${service.name}/`, providerDir), { withFileTypes: true })) {
        if (entry.isDirectory()) out.push({ provider: provider.name, service: service.name, id: entry.name, dir: new URL(`${service.name}/${entry.name}/`, providerDir) });
      }
    }
  }
  return out;
}

export function fixtureSnapshot(fixture: RuleFixture): Snapshot {
  // As a collector writes it: the assessed scopes are accounts and projects; Google Cloud
  // organisation and folder nodes hold resources but are not scopes of their own.
  const accounts = [...new Set(fixture.resources.map((r) => r.account))].filter((a) => !/^(organizations|folders)\//.test(a));
  return {
    schema: SNAPSHOT_SCHEMA,
    version: SNAPSHOT_VERSION,
    id: `fixture-${fixture.name}`,
    collectedAt: fixture.collectedAt ?? '2026-11-01T00:00:00.000Z',
    tool: { name: 'mamori', version: 'test' },
    scope: { provider: fixture.resources[0]?.provider ?? 'aws', accounts, regions: [...new Set(fixture.resources.map((r) => r.region))], services: [] },
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
      assert.equal(mod.rule.provider, folder.provider, `${folder.id}: lives under rules/posture/${folder.provider} but is a ${mod.rule.provider} rule`);
      assert.equal(registry.get(folder.id), mod.rule, `${folder.id} is not registered in rules/posture/${folder.provider}/${folder.service}/index.ts`);
    }
    assert.equal(folders.length, registry.size, 'every registered rule lives in its own folder');
  });

  it('has at least 100 automated AWS rules', () => {
    const automated = [...registry.values()].filter((r) => r.provider === 'aws' && r.kind === 'automated');
    assert.ok(automated.length >= 100, `only ${automated.length} automated rules`);
  });

  /** Automated in the benchmark, but the data a rule would need cannot be collected: a manual rule, with the reason. */
  const manualByDesign: Record<string, Record<string, string>> = {
    'cis-aws-3.0': { '1.18': 'whether access keys are stored on a host cannot be seen from the AWS APIs' },
  };

  // Every framework that lists its requirements is covered both ways: each requirement has a rule,
  // and no rule maps to a requirement the framework does not have.
  for (const id of FRAMEWORK_IDS) {
    const requirements = FRAMEWORKS[id].requirements;
    if (!requirements) continue;
    it(`covers every requirement of ${FRAMEWORKS[id].name}`, () => {
      const covered = new Set([...registry.values()].flatMap((r) => r.frameworks[id] ?? []));
      const known = new Set(requirements.map((c) => c.id));
      const missing = requirements.filter((c) => !covered.has(c.id)).map((c) => c.id);
      assert.deepEqual(missing, [], `${id} requirements without a rule: ${missing.join(', ')}`);
      const unknown = [...covered].filter((r) => !known.has(r));
      assert.deepEqual(unknown, [], `rules map to ${id} ids that do not exist: ${unknown.join(', ')}`);
    });
    it(`${id}: automated requirements have automated rules`, () => {
      for (const req of requirements) {
        if (!req.assessment) continue;
        const rules = [...registry.values()].filter((r) => r.frameworks[id]?.includes(req.id));
        if (req.assessment === 'automated' && !manualByDesign[id]?.[req.id]) {
          assert.ok(rules.some((r) => r.kind === 'automated'), `${id} ${req.id} is automated but only manual rules cover it`);
        }
      }
    });
  }

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
        // Shard by shard (snapshot version 2), the rule must see what it looks up: the same result.
        const streamed: PostureFinding[] = [];
        await assessSource(inMemorySource(fixtureSnapshot(fixture)), { rules: [rule], onFindings: (f) => void streamed.push(...f) });
        const streamedTarget = streamed.find((f) => f.resource.uid === fixture.target);
        assert.equal(streamedTarget?.status, target.status, `${folder.id} / ${fixture.name}: shard by shard gave ${streamedTarget?.status} (a type it reads is missing from \`reads\`?)`);
      }
    });
  }
});

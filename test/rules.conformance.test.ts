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
import { SnapshotIndex } from '../src/assess/context.js';
import type { PostureFinding } from '../src/model/finding.js';
import { inMemorySource } from '../src/snapshot/sharded.js';
import { postureRules } from '../src/assess/registry.js';
import { FRAMEWORK_IDS, FRAMEWORKS } from '../src/frameworks/index.js';
import type { PostureRule, RuleFixture } from '../src/model/rule.js';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../src/model/snapshot.js';
import type { Resource } from '../src/model/types.js';
import type { AutomatedRule } from '../src/model/rule.js';
import { loadDemos } from '../src/providers/demo.js';
import { resourceSchemas } from '../src/providers/index.js';
import fc from 'fast-check';

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
  // As a collector writes it: the assessed scopes are accounts, projects and subscriptions; Google
  // Cloud organisation and folder nodes, Azure management groups and the Entra ID tenant hold
  // resources but are not scopes of their own.
  const accounts = [...new Set(fixture.resources.map((r) => r.account))].filter((a) => !/^(organizations|folders|managementGroups|tenants)\//.test(a));
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

  // The compliance page shows each control with its title and description in both languages:
  // every control a rule maps to has them, whether the framework lists all its requirements or not.
  for (const id of FRAMEWORK_IDS) {
    const described = FRAMEWORKS[id].requirements ?? FRAMEWORKS[id].controls;
    if (!described) continue;
    it(`${id}: every mapped control has a title and a description in English and Japanese`, () => {
      const byId = new Map(described.map((c) => [c.id, c]));
      assert.equal(byId.size, described.length, `${id}: a control is listed twice`);
      const mapped = new Set([...registry.values()].flatMap((r) => r.frameworks[id] ?? []));
      const undocumented = [...mapped].filter((c) => !byId.get(c)?.description?.en || !byId.get(c)?.description?.ja || !byId.get(c)?.titleJa);
      assert.deepEqual(undocumented, [], `${id}: controls without title / description: ${undocumented.join(', ')}`);
      for (const c of described) assert.ok(c.title.trim() && (!c.description || /[\u3040-\u30ff\u4e00-\u9fff]/.test(c.description.ja)), `${id} ${c.id}: a title, and Japanese text in description.ja`);
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

/**
 * A failure never looks like a pass (issue #11): a config that lost fields reads as "not
 * configured" to a rule, so an S3 bucket whose config is `{}` used to PASS every public-access
 * rule. The resource schemas (src/providers/<provider>/model) and each rule's `requires` turn
 * that into NOT_ASSESSED; these tests keep both complete for every rule.
 */
describe('a config missing fields never turns a result into PASS', () => {
  const schemas = resourceSchemas();
  const automated = [...registry.values()].filter((r): r is AutomatedRule => r.kind === 'automated');
  const folderOf = new Map(ruleFolders().map((f) => [f.id, f.dir]));
  const fixturesOf = async (rule: AutomatedRule): Promise<RuleFixture[]> => {
    const dir = folderOf.get(rule.id)!;
    const js = new URL('fixtures.js', dir);
    return ((await import(existsSync(fileURLToPath(js)) ? js.href : new URL('fixtures.ts', dir).href)) as { fixtures: RuleFixture[] }).fixtures;
  };
  /**
   * Fields whose absence is itself the collected answer: deleting them changes what the resource
   * says, and a PASS is then right. Each carries its reason.
   */
  const absenceIsAValue: Record<string, Record<string, string>> = {
    'AWS::Logs::LogGroup': { retentionInDays: 'DescribeLogGroups leaves it out when events never expire' },
    'compute.googleapis.com/Instance': { serviceAccounts: 'left out for an instance that runs without a service account' },
    'logging.googleapis.com/LogSink': { disabled: 'the API leaves false out: absent means the sink is enabled' },
    'compute.googleapis.com/Firewall': {
      // A field spec cannot say "one of": the API always returns a source (sourceRanges, sourceTags
      // or sourceServiceAccounts) and allowed or denied, each of which is absent in some rules.
      sourceRanges: 'absent in rules that select their sources by tag or service account',
      allowed: 'absent in deny rules (denied instead)',
    },
    'compute.googleapis.com/Network': { IPv4Range: 'only legacy networks have it; VPC networks have autoCreateSubnetworks instead' },
  };
  const deletable = (r: Resource) => Object.keys(r.config).filter((k) => !absenceIsAValue[r.type]?.[k]);
  const resultOn = (snapshot: Snapshot, rule: AutomatedRule, uid: string) => assess(snapshot, { rules: [rule], schemas }).find((f) => f.resource.uid === uid);

  it('every resource type a rule assesses has a schema', () => {
    const missing = automated.flatMap((rule) => rule.resourceTypes.filter((t) => !schemas.fields(t)).map((t) => `${rule.id}: ${t}`));
    assert.deepEqual(missing, []);
  });

  it('every config field a rule reads (in its fixtures and the demos) is in its requires and declared in the schema', async () => {
    const demos = await loadDemos();
    const problems = new Set<string>();
    for (const rule of automated) {
      const read = new Set<string>();
      const evaluate = (r: Resource, ctx: SnapshotIndex) => {
        // Every top-level field the rule touches, however it reads it.
        const config = new Proxy(r.config, {
          get: (t, k) => (typeof k === 'string' && read.add(k), Reflect.get(t, k)),
          has: (t, k) => (typeof k === 'string' && read.add(k), Reflect.has(t, k)),
          ownKeys: (t) => (read.add('*'), Reflect.ownKeys(t)),
        });
        try {
          rule.evaluate({ ...r, config }, ctx);
        } catch {
          // A throwing rule is reported by the engine; here only what it read matters.
        }
      };
      const snapshots = [...(await fixturesOf(rule)).map(fixtureSnapshot), ...demos.map((d) => d.snapshot)];
      for (const snapshot of snapshots) {
        const ctx = new SnapshotIndex(snapshot);
        for (const type of rule.resourceTypes) for (const r of ctx.ofType(type)) evaluate(r, ctx);
      }
      read.delete('toJSON');
      for (const field of read) {
        if (!rule.requires?.includes(field)) problems.add(`${rule.id} reads config.${field} but does not list it in requires`);
        // A rule over several types may try a field of one on the others (Encrypted ?? StorageEncrypted).
        if (!rule.resourceTypes.some((t) => schemas.fields(t)?.has(field))) problems.add(`${rule.id} reads config.${field}, which no schema of ${rule.resourceTypes.join(', ')} declares`);
      }
    }
    assert.deepEqual([...problems], []);
  });

  it('demo resources conform to their schemas', async () => {
    const problems = (await loadDemos()).flatMap((d) => d.snapshot.resources.flatMap((r) => schemas.problems(r).map((p) => `${r.type}: ${p}`)));
    assert.deepEqual(problems, []);
  });

  it('a resource whose config is {} is never PASS, and NOT_ASSESSED by every rule that reads its config', () => {
    const wrong: string[] = [];
    for (const rule of automated) {
      for (const type of rule.resourceTypes) {
        const resource: Resource = { uid: `urn:test:${type}/empty`, provider: rule.provider, account: rule.provider === 'gcp' ? 'p-test' : '111111111111', region: 'global', type, name: 'empty', tags: {}, config: {} };
        const result = resultOn(fixtureSnapshot({ name: 'empty', expect: 'NOT_ASSESSED', target: resource.uid, resources: [resource] }), rule, resource.uid);
        // Rules over scope resources (an account, a region) read other resources, not this config.
        const readsConfig = rule.requires?.some((f) => schemas.fields(type)?.has(f));
        if (result?.status === 'PASS' || (readsConfig && result?.status !== 'NOT_ASSESSED')) wrong.push(`${rule.id} on ${type}: ${result?.status} (${JSON.stringify(result?.reason)})`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('deleting config fields of a FAIL (demo or fixture) never gives PASS', async () => {
    // Every resource a rule FAILs in the demos and in its FAIL fixtures, with the snapshot around it.
    const cases: { rule: AutomatedRule; snapshot: Snapshot; at: number }[] = [];
    const demos = (await loadDemos()).map((d) => d.snapshot);
    for (const rule of automated) {
      const snapshots = [...demos, ...(await fixturesOf(rule)).filter((f) => f.expect === 'FAIL').map(fixtureSnapshot)];
      for (const snapshot of snapshots) {
        for (const f of assess(snapshot, { rules: [rule], schemas })) {
          if (f.status !== 'FAIL') continue;
          const at = snapshot.resources.findIndex((r) => r.uid === f.resource.uid);
          if (at >= 0) cases.push({ rule, snapshot, at });
        }
      }
    }
    assert.ok(cases.length > 200, `only ${cases.length} failing resources to start from`);
    const without = (c: (typeof cases)[number], drop: readonly string[]) => {
      const r = c.snapshot.resources[c.at];
      const config: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(r.config)) if (!drop.includes(k)) config[k] = v;
      const resources = c.snapshot.resources.slice();
      resources[c.at] = { ...r, config };
      return resultOn({ ...c.snapshot, resources }, c.rule, r.uid);
    };
    // Each field alone, for every case: the cheap exhaustive part.
    const flipped: string[] = [];
    for (const c of cases) {
      const r = c.snapshot.resources[c.at];
      for (const field of deletable(r)) {
        const result = without(c, [field]);
        if (result?.status === 'PASS') flipped.push(`${c.rule.id} on ${r.name} without config.${field}: PASS`);
      }
    }
    assert.deepEqual(flipped, []);
    // Any subset of the fields: random, shrunk to the smallest subset when it finds one.
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: cases.length - 1 }).chain((i) => fc.tuple(fc.constant(i), fc.subarray(deletable(cases[i].snapshot.resources[cases[i].at])))),
        ([i, drop]) => {
          const result = without(cases[i], drop);
          assert.notEqual(result?.status, 'PASS', `${cases[i].rule.id} on ${cases[i].snapshot.resources[cases[i].at].name} without ${drop.join(', ')}: ${JSON.stringify(result?.reason)}`);
        },
      ),
      { numRuns: 300 },
    );
  });
});

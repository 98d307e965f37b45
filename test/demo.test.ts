import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDemoSnapshot } from '../src/providers/aws/demo/build.js';
import { loadDemoSnapshot } from '../src/providers/aws/demo/index.js';
import { parseSnapshot } from '../src/model/snapshot.js';

describe('bundled demo snapshot', () => {
  it('is valid and up to date with src/providers/aws/demo (run `npm run build:demo` after changing it)', async () => {
    const built = parseSnapshot(JSON.parse(JSON.stringify(buildDemoSnapshot())), 'demo');
    const bundled = await loadDemoSnapshot();
    assert.deepEqual(bundled, built);
  });

  it('every relationship target of a collected type exists in the demo snapshot', async () => {
    const snapshot = await loadDemoSnapshot();
    const uids = new Set(snapshot.resources.map((r) => r.uid));
    // Services whose resources mamori collects as targets: subnets / security groups / VPCs, roles, keys, log groups, buckets.
    const collected = new Set(['ec2', 'iam', 'kms', 'logs', 's3']);
    const dangling: string[] = [];
    for (const r of snapshot.resources) {
      for (const rel of r.relationships ?? []) {
        const [prefix, , service, , , resource = ''] = rel.target.split(':');
        if (prefix !== 'arn' || !collected.has(service)) continue;
        // KMS aliases (alias/aws/ebs) are not resources, and AWS managed aws/* keys may be referred to by alias only.
        if (service === 'kms' && (resource.startsWith('alias/') || resource.startsWith('aws/'))) continue;
        if (!uids.has(rel.target)) dangling.push(`${r.type} ${r.name} -${rel.type}-> ${rel.target}`);
      }
    }
    assert.deepEqual(dangling, [], `relationships point at resources missing from the demo:\n${dangling.join('\n')}`);
  });

  it('holds no secrets', async () => {
    const text = JSON.stringify(await loadDemoSnapshot());
    assert.ok(!/"(SecretAccessKey|Password|SessionToken|UserData)"\s*:/i.test(text), 'no secret fields');
  });
});

describe('the AWS demo covers every AWS posture rule', () => {
  it("lists every service an AWS rule needs, so that no rule is left out of the demo's assessment", async () => {
    const { AWS_POSTURE_RULES } = await import('../rules/posture/aws/index.js');
    const demo = await loadDemoSnapshot();
    const have = new Set(demo.scope.services);
    const missing = AWS_POSTURE_RULES.filter((r) => r.kind === 'automated' && !r.services.every((s) => have.has(s))).map((r) => `${r.id} (${r.services.filter((s) => !have.has(s)).join(', ')})`);
    assert.deepEqual(missing, [], 'add the services to src/providers/aws/demo/build.ts');
  });
});

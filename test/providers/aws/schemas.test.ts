/** The AWS resource schemas cover every type the collector writes and compile; the demo organisation conforms to them. */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ACCOUNT_TYPE, REGION_TYPE } from '../../../src/model/pseudo.js';
import { ResourceSchemas } from '../../../src/model/snapshot.js';
import { loadDemoSnapshot } from '../../../src/providers/aws/demo/index.js';
import { AWS_RESOURCE_SCHEMAS } from '../../../src/providers/aws/model/schemas.js';
import { providerPlugin } from '../../../src/providers/index.js';

/** Type constants that name no resource of their own, with the reason. */
const NOT_RESOURCES: Record<string, string> = {
  'AWS::KMS::Alias': 'aliases are stored on their key; the type names ListAliases collection errors only',
};

describe('AWS resource schemas', () => {
  it('declare every resource type of the model (the *_TYPE constants)', async () => {
    const modelDir = new URL('../../../src/providers/aws/model/', import.meta.url);
    const types = new Set([ACCOUNT_TYPE, REGION_TYPE]);
    // Sources under tsx, compiled modules under dist/ (where npm test runs).
    for (const file of readdirSync(modelDir).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts') && !/^schemas\./.test(f))) {
      const mod = (await import(new URL(file, modelDir).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) if (name.endsWith('_TYPE') && typeof value === 'string') types.add(value);
    }
    assert.ok(types.size > 50, `only ${types.size} types found`);
    const missing = [...types].filter((t) => !AWS_RESOURCE_SCHEMAS[t] && !NOT_RESOURCES[t]);
    assert.deepEqual(missing, []);
  });

  it('are registered by the provider and compile', () => {
    assert.equal(providerPlugin('aws').resourceSchemas, AWS_RESOURCE_SCHEMAS);
    const schemas = new ResourceSchemas([AWS_RESOURCE_SCHEMAS]);
    assert.equal(schemas.fields('AWS::S3::Bucket')?.get('acl')?.optional, false, 'GetBucketAcl is always asked: a bucket without acl lost it');
    for (const type of Object.keys(AWS_RESOURCE_SCHEMAS)) {
      assert.ok([...schemas.fields(type)!.values()].some((f) => !f.optional), `${type}: at least one field always written, so that an empty config is never read as "nothing set"`);
    }
  });

  it('hold for the demo organisation', async () => {
    const schemas = new ResourceSchemas([AWS_RESOURCE_SCHEMAS]);
    const demo = await loadDemoSnapshot();
    assert.deepEqual(demo.resources.flatMap((r) => schemas.problems(r)), []);
    const untyped = [...new Set(demo.resources.map((r) => r.type))].filter((t) => !AWS_RESOURCE_SCHEMAS[t]);
    assert.deepEqual(untyped, []);
  });
});

/** The Google Cloud resource schemas cover every type the collector writes and compile; the demo organisation conforms to them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ResourceSchemas } from '../../../src/model/snapshot.js';
import { GCP_COLLECTORS } from '../../../src/providers/gcp/collect/services/index.js';
import { loadGcpDemoSnapshot } from '../../../src/providers/gcp/demo/index.js';
import { GCP_TYPES } from '../../../src/providers/gcp/model.js';
import { GCP_RESOURCE_SCHEMAS } from '../../../src/providers/gcp/schemas.js';
import { providerPlugin } from '../../../src/providers/index.js';

describe('Google Cloud resource schemas', () => {
  it('declare every type of the model and of every collector', () => {
    const types = new Set<string>(Object.values(GCP_TYPES));
    for (const c of GCP_COLLECTORS.values()) for (const t of c.resourceTypes) types.add(t);
    const missing = [...types].filter((t) => !GCP_RESOURCE_SCHEMAS[t]);
    assert.deepEqual(missing, []);
    const unknown = Object.keys(GCP_RESOURCE_SCHEMAS).filter((t) => !types.has(t));
    assert.deepEqual(unknown, [], 'a schema for a type nothing writes');
  });

  it('are registered by the provider, compile, and declare for each type a field Google always returns', () => {
    assert.equal(providerPlugin('gcp').resourceSchemas, GCP_RESOURCE_SCHEMAS);
    const schemas = new ResourceSchemas([GCP_RESOURCE_SCHEMAS]);
    for (const type of Object.keys(GCP_RESOURCE_SCHEMAS)) {
      const required = [...schemas.fields(type)!.values()].filter((f) => !f.optional);
      assert.ok(required.length, `${type}: at least one field Google always returns, so that an empty config is never read as "nothing set"`);
    }
  });

  it('hold for the demo organisation', async () => {
    const schemas = new ResourceSchemas([GCP_RESOURCE_SCHEMAS]);
    const demo = await loadGcpDemoSnapshot();
    assert.deepEqual(demo.resources.flatMap((r) => schemas.problems(r)), []);
  });
});

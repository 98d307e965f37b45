import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guardrailsOf, runGuardrailsView } from '../../src/app/guardrails.js';
import { writeSnapshot } from '../../src/model/snapshot.js';
import { writeShardedSnapshot } from '../../src/snapshot/sharded.js';
import { GUARDRAIL_INTENTS, INTENT_IDS } from '../../src/guardrails/intents.js';
import { loadDemos } from '../../src/providers/demo.js';
import { AZURE_INTENT_DEFINITIONS } from '../../src/providers/azure/policy.js';
import { GCP_INTENT_CONSTRAINTS } from '../../src/providers/gcp/guardrails.js';
import { AWS_INTENT_GUARDRAILS } from '../../src/providers/aws/guardrails/intents.js';
import { GUARDRAILS } from '../../src/providers/aws/guardrails/catalogue.js';

describe('guardrail intents across clouds', () => {
  it('every intent has a title, a description and an implementation per cloud in English and Japanese', () => {
    for (const intent of GUARDRAIL_INTENTS) {
      for (const text of [intent.title, intent.description, ...Object.values(intent.implementations)]) {
        assert.ok(text.en.trim() && /[\u3040-\u30ff\u4e00-\u9fff]/.test(text.ja), `${intent.id}: ${JSON.stringify(text)}`);
      }
      assert.deepEqual(Object.keys(intent.implementations).sort(), ['aws', 'azure', 'gcp']);
    }
  });

  it('each provider maps exactly the catalogue of intents, to controls that exist', () => {
    for (const map of [AZURE_INTENT_DEFINITIONS, GCP_INTENT_CONSTRAINTS, AWS_INTENT_GUARDRAILS]) assert.deepEqual(Object.keys(map).sort(), [...INTENT_IDS].sort());
    const awsIds = new Set(GUARDRAILS.map((g) => g.id));
    for (const ids of Object.values(AWS_INTENT_GUARDRAILS)) for (const id of ids) assert.ok(awsIds.has(id), `unknown AWS guardrail ${id}`);
    for (const defs of Object.values(AZURE_INTENT_DEFINITIONS)) for (const d of defs) assert.match(d.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('on the demo, every scope of every cloud answers every intent, with enforced, audit-only and missing among them', async () => {
    const all = (await Promise.all((await loadDemos()).map((d) => guardrailsOf(d.snapshot)))).flat();
    const providers = new Set(all.map((s) => s.provider));
    for (const p of ['aws', 'gcp', 'azure']) assert.ok(providers.has(p as never), `no ${p} scope`);
    for (const s of all) assert.deepEqual(s.checks.map((c) => c.intent).sort(), [...INTENT_IDS].sort(), `${s.provider} ${s.scope}`);
    const statuses = new Set(all.flatMap((s) => s.checks.map((c) => c.status)));
    for (const st of ['enforced', 'audit-only', 'missing']) assert.ok(statuses.has(st as never), `no ${st} case on the demo`);
    // Google Cloud: the demo organisation enforces resource locations and has public access prevention only in dry run.
    const prod = all.find((s) => s.provider === 'gcp' && s.scope === 'shop-prod')!;
    assert.equal(prod.checks.find((c) => c.intent === 'restrict-locations')!.status, 'enforced');
    assert.equal(prod.checks.find((c) => c.intent === 'block-public-storage')!.status, 'audit-only');
    assert.match(prod.scopePath ?? '', /shop-prod$/);
    // Azure: Allowed locations denied at the tenant's management group reaches both subscriptions; the dev one is exempted from secure transfer.
    const azure = all.filter((s) => s.provider === 'azure');
    assert.equal(azure.length, 2);
    for (const s of azure) {
      assert.equal(s.checks.find((c) => c.intent === 'restrict-locations')!.status, 'enforced', s.scope);
      assert.match(s.scopePath ?? '', /^managementGroups\/.+\/subscriptions\/[0-9a-f-]{36}$/);
    }
    assert.deepEqual(azure.map((s) => s.checks.find((c) => c.intent === 'enforce-secure-transport')!.status).sort(), ['enforced', 'missing']);
  });

  it('reads snapshot files and sharded folders alike, clouds in a fixed order', async () => {
    const demos = await loadDemos();
    const dir = mkdtempSync(join(tmpdir(), 'mamori-guardrails-'));
    try {
      const files: string[] = [];
      for (const [i, d] of demos.entries()) {
        const path = i % 2 ? join(dir, `s${i}`) : join(dir, `s${i}.json.gz`);
        if (i % 2) await writeShardedSnapshot(path, d.snapshot);
        else await writeSnapshot(path, d.snapshot);
        files.push(path);
      }
      const view = await runGuardrailsView({ snapshots: files.reverse() });
      const direct = (await Promise.all(demos.map((d) => guardrailsOf(d.snapshot)))).flat();
      assert.equal(view.scopes.length, direct.length);
      const order = view.scopes.map((s) => s.provider);
      assert.deepEqual(order, [...order].sort((a, b) => ['aws', 'gcp', 'azure'].indexOf(a) - ['aws', 'gcp', 'azure'].indexOf(b)));
      for (const s of direct) assert.deepEqual(view.scopes.find((v) => v.scope === s.scope)?.checks, s.checks, `${s.provider} ${s.scope}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

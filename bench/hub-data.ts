/**
 * A large hub for the benchmarks: the demo's failing findings cloned across synthetic accounts
 * (realistic rules, resources, tags and frameworks), written through FindingStore.ingest.
 */
import { assess } from '../src/assess/engine.js';
import { selectRules } from '../src/assess/registry.js';
import { postureToObserved } from '../src/assess/finding.js';
import { randomUUID } from 'node:crypto';
import type { HubFinding, ObservedFinding } from '../src/hub/model.js';
import { controlResults } from '../src/hub/posture.js';
import { loadDemoSnapshot } from '../src/providers/aws/demo/index.js';
import type { FindingStore } from '../src/hub/store/store.js';

const CHUNK = 50_000;

export async function demoSeed() {
  const demo = await loadDemoSnapshot();
  const seed = assess(demo, { rules: selectRules() }).filter((f) => f.status === 'FAIL').map((f) => postureToObserved(f));
  return { demo, seed };
}

/** `total` observations in chunks, one synthetic account per copy of the seed. */
export function* clonedObservations(seed: readonly ObservedFinding[], total: number): Generator<ObservedFinding[]> {
  let made = 0;
  for (let copy = 0; made < total; copy++) {
    const account = String(100000000000 + copy);
    const chunk: ObservedFinding[] = [];
    for (const f of seed) {
      if (made >= total) break;
      chunk.push({ ...f, id: `${f.id}-${copy}`, account, resourceUid: f.resourceUid.replace(/\d{12}/, account) });
      made++;
    }
    yield chunk;
  }
}

/**
 * Ingests `total` cloned findings in batches, each batch as a posture scan of its accounts with
 * the control results an assessment stores (so the dashboard's scores read as they would after
 * `mamori assess`); returns how many were new.
 */
export async function fillHub(store: FindingStore, seed: readonly ObservedFinding[], total: number, at: string): Promise<number> {
  let batch: ObservedFinding[] = [];
  let ingested = 0;
  const ruleIds = [...new Set(seed.map((f) => f.ruleId))];
  const flush = async () => {
    const accounts = [...new Set(batch.map((f) => f.account))];
    const scan = {
      id: randomUUID(),
      at,
      scope: { source: 'mamori', kind: 'posture' as const, accounts, regions: [...new Set(batch.map((f) => f.region))], ruleIds },
      controls: controlResults(batch as unknown as HubFinding[]),
    };
    ingested += (await store.ingest(batch, { actor: 'bench', at, scan })).new;
    batch = [];
  };
  for (const chunk of clonedObservations(seed, total)) {
    batch.push(...chunk);
    if (batch.length >= CHUNK) await flush();
  }
  if (batch.length) await flush();
  return ingested;
}

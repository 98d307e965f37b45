/**
 * The cross-cloud guardrail view: per scope of every cloud, which guardrail intents are enforced,
 * audited only, or missing (src/guardrails/intents.ts). Computed from a snapshot by the provider's
 * evaluator; an assessment stores the result in the hub (inventory documents of kind `guardrails`,
 * one per scope), so `mamori guardrails` answers for every cloud assessed into the hub.
 */
import { compareScopes, GUARDRAIL_INTENTS, type ScopeGuardrails } from '../guardrails/intents.js';
import { MamoriError } from '../model/errors.js';
import { readSnapshot, type Snapshot } from '../model/snapshot.js';
import type { Resource } from '../model/types.js';
import { providerPlugin } from '../providers/index.js';
import { openSnapshot } from '../snapshot/sharded.js';
import { openHub, type HubOptions } from './hub.js';
import { stat } from 'node:fs/promises';

export const GUARDRAILS_DOCUMENT = 'guardrails';

/** The guardrail intents of every scope of a snapshot (its resources may be only the provider's guardrail types). */
export async function guardrailsOf(snapshot: Pick<Snapshot, 'scope' | 'resources' | 'errors' | 'collectedAt'>, resources: readonly Resource[] = snapshot.resources): Promise<ScopeGuardrails[]> {
  const plugin = providerPlugin(snapshot.scope.provider);
  const evaluate = await plugin.guardrails();
  const scopePaths = plugin.scopePaths(resources);
  const scopes = snapshot.scope.accounts ?? [];
  return evaluate({ resources, scopes, errors: snapshot.errors ?? [] }, new Date(snapshot.collectedAt))
    .filter((s) => !scopes.length || scopes.some((a) => a.toLowerCase() === s.scope.toLowerCase()))
    .map((s) => ({ ...s, ...(scopePaths.get(s.scope) ? { scopePath: scopePaths.get(s.scope) } : {}) }));
}

/** A snapshot file, or a sharded folder (only the shards holding the provider's guardrail types are read). */
async function guardrailsOfFile(path: string): Promise<ScopeGuardrails[]> {
  let folder = false;
  try {
    folder = (await stat(path)).isDirectory();
  } catch {
    // readSnapshot says what is wrong with the path.
  }
  if (!folder) return guardrailsOf(await readSnapshot(path));
  const source = await openSnapshot(path);
  const { manifest } = source;
  const types = providerPlugin(manifest.scope.provider).guardrailTypes;
  const resources: Resource[] = [];
  for (const shard of manifest.shards) {
    if (!Object.keys(shard.types).some((t) => types.has(t))) continue;
    for (const r of await source.readShard(shard)) if (types.has(r.type)) resources.push(r);
  }
  return guardrailsOf({ scope: manifest.scope, collectedAt: manifest.collectedAt, errors: source.errors, resources });
}

/** Per scope, for RunWriter.saveInventoryDocuments. */
export function guardrailDocuments(scopes: readonly ScopeGuardrails[]): Map<string, ScopeGuardrails> {
  return new Map(scopes.map((s) => [s.scope, s]));
}

export interface GuardrailsViewRequest {
  /** Snapshot files (one per cloud, say); otherwise what the last assessments stored in the hub. */
  snapshots?: string[];
  store?: HubOptions;
}

export interface GuardrailsView {
  from: string;
  intents: typeof GUARDRAIL_INTENTS;
  scopes: ScopeGuardrails[];
}

/** `mamori guardrails`: every intent for every scope, clouds in a fixed order, then by scope path. */
export async function runGuardrailsView(request: GuardrailsViewRequest): Promise<GuardrailsView> {
  let scopes: ScopeGuardrails[] = [];
  let from: string;
  if (request.snapshots?.length) {
    for (const file of request.snapshots) scopes.push(...(await guardrailsOfFile(file)));
    from = `snapshot${request.snapshots.length > 1 ? 's' : ''} ${request.snapshots.join(', ')}`;
  } else {
    const { store } = await openHub(request.store ?? {}, { readOnly: true });
    try {
      const docs = await store.inventoryDocuments(GUARDRAILS_DOCUMENT);
      if (!docs.length) throw new MamoriError('NO_INVENTORY', `the hub ${store.location} holds no assessed scope yet: run "mamori assess SNAPSHOT" (or "mamori demo"), or give --snapshot FILE`);
      scopes = docs.map((d) => d.document as ScopeGuardrails);
      from = `hub ${store.location}`;
    } finally {
      await store.close();
    }
  }
  scopes.sort(compareScopes);
  return { from, intents: GUARDRAIL_INTENTS, scopes };
}

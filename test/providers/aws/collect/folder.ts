import type { Resource } from '../../../../src/model/types.js';
import type { SnapshotSource } from '../../../../src/snapshot/sharded.js';

/**
 * Everything a snapshot folder holds, in a stable order: header (without the run's id and time),
 * resources, errors, and the manifest's per-shard summary merged by (provider, scope, region,
 * service), since two jobs may write shards with the same key (`…-2.json.gz`).
 */
export async function readBack(source: SnapshotSource) {
  const resources: Resource[] = [];
  const byKey = new Map<string, { types: Record<string, number>; errors: string[] }>();
  for (const shard of source.manifest.shards) {
    for (const r of await source.readShard(shard)) resources.push(r);
    const key = `${shard.provider}|${shard.scope}|${shard.region}|${shard.service}`;
    const entry = byKey.get(key) ?? { types: {}, errors: [] };
    for (const [t, n] of Object.entries(shard.types)) entry.types[t] = (entry.types[t] ?? 0) + n;
    for (const e of shard.errors) entry.errors.push(JSON.stringify(e));
    entry.errors.sort();
    byKey.set(key, entry);
  }
  const { id: _id, collectedAt: _at, shards: _shards, ...header } = source.manifest;
  return {
    header,
    resources: resources.sort((a, b) => a.uid.localeCompare(b.uid)),
    errors: source.errors.map((e) => JSON.stringify(e)).sort(),
    shards: Object.fromEntries([...byKey].sort(([a], [b]) => a.localeCompare(b))),
  };
}

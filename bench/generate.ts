import type { Snapshot } from '../src/model/snapshot.js';
import { inMemorySource, ShardedSnapshotWriter, type SnapshotManifest } from '../src/snapshot/sharded.js';
import type { CollectionError, Resource } from '../src/model/types.js';

/**
 * Grows a seed snapshot (the demo organisation) to `target` resources by cloning its accounts
 * under new account ids. Every clone keeps the seed's realistic mix of types, configs, failures
 * and relationships, so all rules have work to do at scale.
 */
/** The n-th generated AWS account id (12 digits). */
export const awsAccountId = (n: number) => String(100000000000 + n);
/** The n-th generated Azure subscription id (a lower-case GUID, as ARM ids carry them). */
export const azureSubscriptionId = (n: number) => `${n.toString(16).padStart(8, '0')}-0000-4000-8000-${'0'.repeat(12)}`;

export function generateSnapshot(seed: Snapshot, target: number, scopeId: (n: number) => string = awsAccountId): Snapshot {
  const resources: Resource[] = [];
  const errors: CollectionError[] = [];
  const accounts: string[] = [];
  for (let copy = 0; resources.length < target; copy++) {
    const map = new Map(seed.scope.accounts.map((a, i) => [a, scopeId(copy * seed.scope.accounts.length + i)]));
    const rewrite = (s: string) => {
      let out = s;
      for (const [from, to] of map) if (out.includes(from)) out = out.split(from).join(to);
      return out;
    };
    accounts.push(...map.values());
    for (const r of seed.resources) {
      if (resources.length >= target) break;
      // Organization-wide resources (e.g. the AWS managed FullAWSAccess SCP) have no account in their uid: keep one.
      if (copy > 0 && rewrite(r.uid) === r.uid) continue;
      resources.push(JSON.parse(rewrite(JSON.stringify(r))) as Resource);
    }
    for (const e of seed.errors) errors.push(JSON.parse(rewrite(JSON.stringify(e))) as CollectionError);
  }
  return {
    ...seed,
    id: `bench-${target}`,
    scope: { ...seed.scope, accounts },
    resources,
    errors,
  };
}

/**
 * The same growth written as a version 2 folder, one cloned account set at a time, so a million
 * resources never sit in memory together (neither here nor in the reader).
 */
export async function generateShardedSnapshot(seed: Snapshot, target: number, dir: string): Promise<SnapshotManifest> {
  const writer = new ShardedSnapshotWriter(dir);
  const shards = inMemorySource(seed);
  const accounts: string[] = [];
  let written = 0;
  for (let copy = 0; written < target; copy++) {
    const map = new Map(seed.scope.accounts.map((a, i) => [a, String(100000000000 + copy * seed.scope.accounts.length + i)]));
    const rewrite = (text: string) => {
      let out = text;
      for (const [from, to] of map) out = out.split(from).join(to);
      return out;
    };
    accounts.push(...map.values());
    for (const info of shards.manifest.shards) {
      if (written >= target) break;
      let resources = (await shards.readShard(info)).slice(0, target - written);
      // Organisation-wide resources (no account in their uid) exist once.
      if (copy > 0) resources = resources.filter((r) => rewrite(r.uid) !== r.uid);
      if (!resources.length) continue;
      const cloned = JSON.parse(rewrite(JSON.stringify(resources))) as Resource[];
      written += cloned.length;
      await writer.addShard({ shard: { provider: info.provider, scope: map.get(info.scope) ?? info.scope, region: info.region, service: info.service, collector: seed.tool }, resources: cloned, errors: [] });
    }
    const errors = JSON.parse(rewrite(JSON.stringify(seed.errors))) as CollectionError[];
    if (errors.length) await writer.addShard({ shard: { provider: seed.scope.provider, scope: map.values().next().value!, region: 'global', service: 'errors', collector: seed.tool }, resources: [], errors });
  }
  return writer.finish({ id: `bench-sharded-${target}`, collectedAt: seed.collectedAt, tool: seed.tool, scope: { ...seed.scope, accounts } });
}

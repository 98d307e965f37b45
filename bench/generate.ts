import type { Snapshot } from '../src/model/snapshot.js';
import type { CollectionError, Resource } from '../src/model/types.js';

/**
 * Grows a seed snapshot (the demo organisation) to `target` resources by cloning its accounts
 * under new account ids. Every clone keeps the seed's realistic mix of types, configs, failures
 * and relationships, so all rules have work to do at scale.
 */
export function generateSnapshot(seed: Snapshot, target: number): Snapshot {
  const resources: Resource[] = [];
  const errors: CollectionError[] = [];
  const accounts: string[] = [];
  for (let copy = 0; resources.length < target; copy++) {
    const map = new Map(seed.scope.accounts.map((a, i) => [a, String(100000000000 + copy * seed.scope.accounts.length + i)]));
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

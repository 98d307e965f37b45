/**
 * Aggregates (overview, scopes, compliance, insights) computed once per hub version: the store's
 * version rises with every write transaction of any process (an assessment run from the CLI, a
 * triage through the API), so an answer is reused only while nothing has changed. A version read
 * before computing and a write during it only make the next request compute again.
 */
import type { FindingStore } from '../../hub/store/store.js';

export type Cached = <T>(key: string, compute: () => Promise<T>) => Promise<T>;

export function versionedCache(store: Pick<FindingStore, 'version'>, max = 200): Cached {
  const entries = new Map<string, { version: string; value: unknown }>();
  return async <T>(key: string, compute: () => Promise<T>): Promise<T> => {
    const version = await store.version();
    const hit = entries.get(key);
    if (hit && hit.version === version) {
      // Most recently used last: the oldest is the one dropped.
      entries.delete(key);
      entries.set(key, hit);
      return hit.value as T;
    }
    const value = await compute();
    entries.set(key, { version, value });
    if (entries.size > max) entries.delete(entries.keys().next().value!);
    return value;
  };
}

import { loadConfig } from '../config/index.js';
import { inventoryEntities } from '../correlate/entities.js';
import type { MamoriConfig } from '../config/schema.js';
import { policyFromConfig, riskFromConfig } from '../hub/policy.js';
import { recordAssessment } from '../hub/posture.js';
import { checkTargets, deliver, enqueue, type NotifyTarget } from '../hub/notify/index.js';
import { FindingStore } from '../hub/store/store.js';
import type { PostureFinding } from '../model/finding.js';
import type { PostureRule } from '../model/rule.js';
import type { Snapshot } from '../model/snapshot.js';

/** The user running the command, for the audit history. */
export function actor(): string {
  return process.env.MAMORI_ACTOR || process.env.USER || process.env.USERNAME || 'mamori';
}

/** --config, else MAMORI_CONFIG, else ~/.mamori/config.yaml (absent = defaults). */
export function cliConfig(path?: string): Promise<MamoriConfig> {
  return loadConfig(path);
}

/** --db, else MAMORI_DB, else the config file's db, else ~/.mamori/mamori.db. */
export function dbSetting(flag: string | undefined, config: MamoriConfig): string | undefined {
  return flag ?? process.env.MAMORI_DB ?? config.db;
}

/** Where the hub is and which config applies (absent: MAMORI_DB / MAMORI_CONFIG / ~/.mamori). */
export interface HubOptions {
  db?: string;
  config?: string;
}

export async function openHub(flags: HubOptions) {
  const config = await cliConfig(flags.config);
  const store = await FindingStore.open(dbSetting(flags.db, config));
  return { store, config, policy: policyFromConfig(config, () => new Date().toISOString()), risk: riskFromConfig(config) };
}

/**
 * After an ingest: queue notifications for the findings that became new, reopened or resolved and
 * deliver them (with retry; failures stay in the outbox for `mamori notify --retry`).
 */
export async function notifyChanged(store: FindingStore, config: MamoriConfig, changedIds: string[]): Promise<void> {
  if (!config.notifications.length || !changedIds.length) return;
  const targets = config.notifications as unknown as NotifyTarget[];
  checkTargets(targets);
  const findings = [];
  for (let i = 0; i < changedIds.length; i += 500) findings.push(...(await store.list({ ids: changedIds.slice(i, i + 500) }, { limit: 500 })));
  const queued = await enqueue(store, findings, targets);
  const result = await deliver(store, targets);
  process.stderr.write(
    `mamori: notifications: ${queued.enqueued} queued, ${result.sent} sent, ${result.failed} to retry, ${result.dead} failed for good` +
      (result.errors.length ? ` (first error: ${result.errors[0].target}: ${result.errors[0].error})` : '') +
      '\n',
  );
}

/** Writes an assessment to the hub and says what changed, on stderr (stdout is for results). */
export async function storeAssessment(
  flags: HubOptions,
  snapshot: Snapshot,
  rules: readonly PostureRule[],
  findings: readonly PostureFinding[],
  /** What the inventory says about workloads (default: from the snapshot's resources). */
  entities = inventoryEntities(snapshot),
): Promise<void> {
  const { store, policy, risk, config } = await openHub(flags);
  try {
    const changed: string[] = [];
    const counts = await recordAssessment(store, snapshot, rules, findings, { actor: 'mamori-scan', policy, risk, onChange: (id) => changed.push(id) });
    // What the inventory says about workloads, so later detection runs can tie signals to instances and functions.
    await store.saveInventoryEntities(entities, snapshot.collectedAt);
    process.stderr.write(
      `mamori: hub ${store.location}: ${counts.new} new, ${counts.reopened} reopened, ${counts.resolved} resolved, ` +
        `${counts.updated + counts.unchanged} seen again\n`,
    );
    await notifyChanged(store, config, changed);
  } finally {
    await store.close();
  }
}

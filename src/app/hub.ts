import { loadConfig } from '../config/index.js';
import { inventoryEntities } from '../correlate/entities.js';
import { authorizationDocuments } from '../providers/inventory.js';
import type { ScopeGuardrails } from '../guardrails/intents.js';
import { GUARDRAILS_DOCUMENT, guardrailDocuments, guardrailsOf } from './guardrails.js';
import type { MamoriConfig } from '../config/schema.js';
import { riskFromConfig } from '../hub/risk.js';
import { recordAssessment } from '../hub/posture.js';
import { FindingStore, type IngestCounts } from '../hub/store/store.js';
import { deliverQueued, queueRunChanges, type QueuedNotifications } from './notify.js';
import type { EnqueueResult } from '../hub/notify/index.js';
import type { Finding } from '../model/finding.js';
import type { PostureRule } from '../model/rule.js';
import type { Snapshot } from '../model/snapshot.js';
import type { Resource } from '../model/types.js';

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

/**
 * Opens the hub with the config's risk settings and policy (automation rules, suppressions). A
 * reader (list, show, insights, export) asks `readOnly`: it changes no finding, so the policy and
 * its rule compiler are not even loaded.
 */
export async function openHub(flags: HubOptions, options: { readOnly?: boolean } = {}) {
  const config = await cliConfig(flags.config);
  const store = await FindingStore.open(dbSetting(flags.db, config));
  const risk = riskFromConfig(config);
  if (options.readOnly) return { store, config, risk, policy: undefined };
  const { policyFromConfig } = await import('../hub/policy.js');
  return { store, config, policy: policyFromConfig(config, () => new Date().toISOString()), risk };
}

/**
 * Gives an assessment's failing findings the workflow status the hub holds for them (suppressed or
 * resolved by a person, notified…), so a report written after storing shows the team's triage and
 * leaves triaged findings out of its counts. Returns how many changed.
 */
export async function applyHubTriage(flags: HubOptions, findings: readonly Finding[]): Promise<number> {
  const byId = new Map(findings.filter((f) => f.complianceStatus === 'FAIL').map((f) => [f.id, f]));
  if (!byId.size) return 0;
  const { store } = await openHub(flags, { readOnly: true });
  try {
    const ids = [...byId.keys()];
    let changed = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const slice = ids.slice(i, i + 500);
      for (const stored of await store.list({ ids: slice }, { limit: slice.length })) {
        const f = byId.get(stored.id);
        if (f && f.workflowStatus !== stored.workflowStatus) {
          (f as { workflowStatus: Finding['workflowStatus'] }).workflowStatus = stored.workflowStatus;
          changed++;
        }
      }
    }
    return changed;
  } finally {
    await store.close();
  }
}

/** What storing one assessment did: where, the lifecycle counts and the notifications it queued. */
export interface StoredAssessment {
  location: string;
  counts: IngestCounts;
  /** Committed with the findings; delivered by `deliver()` once the report is out. */
  notifications?: QueuedNotifications;
}

/** The operator's line about a stored assessment (the CLI prints it on stderr). */
export function storedAssessmentNote({ location, counts }: StoredAssessment): string {
  return `hub ${location}: ${counts.new} new, ${counts.reopened} reopened, ${counts.resolved} resolved, ${counts.updated + counts.unchanged} seen again`;
}

/**
 * Writes an assessment to the hub in one transaction: findings, lifecycle, history, score point,
 * workloads and the notifications for what changed. A run killed at any point leaves all of it
 * or none (before, the workloads and the notifications had transactions of their own, and a kill
 * between them lost them for good: the rerun saw nothing change).
 */
export async function storeAssessment(
  flags: HubOptions,
  snapshot: Snapshot,
  rules: readonly PostureRule[],
  findings: readonly Finding[],
  /** What the inventory says about workloads (default: from the snapshot's resources). */
  entities = inventoryEntities(snapshot),
  /** The resources that decide who can do what, per account (default: from the snapshot's resources). */
  authorization = authorizationDocuments(snapshot),
  /** Every resource for the inventory (default: the snapshot's; configs are not read). */
  inventory: readonly Resource[] = snapshot.resources,
  /** The guardrail intents per scope (default: evaluated on the snapshot's resources). */
  guardrails?: readonly ScopeGuardrails[],
): Promise<StoredAssessment> {
  const intents = guardrails ?? (await guardrailsOf(snapshot));
  const { store, policy, risk, config } = await openHub(flags);
  try {
    const { counts, queued } = await store.commitRun(async (run) => {
      const counts = await recordAssessment(run, snapshot, rules, findings, { actor: 'mamori-scan', policy, risk });
      // What the inventory says about workloads, so later detection runs can tie signals to instances and functions.
      await run.saveInventoryEntities(entities, snapshot.collectedAt);
      // And who can do what, for `mamori iam who-can / what-can` after the assessment.
      await run.saveInventoryDocuments('authorization', authorization, snapshot.collectedAt);
      // And which guardrail intents each scope has, for `mamori guardrails` across clouds.
      await run.saveInventoryDocuments(GUARDRAILS_DOCUMENT, guardrailDocuments(intents), snapshot.collectedAt);
      // And every resource with its relationships, for the dashboard's inventory search and resource pages.
      await run.saveInventoryResources(inventory, snapshot.scope?.accounts ?? [], snapshot.collectedAt);
      return { counts, queued: await queueRunChanges(run, config) };
    });
    return { location: store.location, counts, ...(queued ? { notifications: deliveredLater(flags, config, queued) } : {}) };
  } finally {
    await store.close();
  }
}

/**
 * Queued notifications of a run whose hub is closed when it returns: `deliver()` opens the same hub
 * again (a few milliseconds; the policy is not loaded) for as long as the delivery takes.
 */
export function deliveredLater(flags: HubOptions, config: MamoriConfig, queued: EnqueueResult): QueuedNotifications {
  return {
    queued,
    deliver: async (options) => {
      const store = await FindingStore.open(dbSetting(flags.db, config));
      try {
        return await deliverQueued({ store, config }, queued, options);
      } finally {
        await store.close();
      }
    },
  };
}

/**
 * Application layer for posture: collect, assess and scan as library functions with typed inputs
 * and results. The CLI, the coming web server and workers call these; none of them repeats the
 * workflow. Provider collectors (and their cloud SDKs) are loaded only when a collection runs.
 */
import { assess } from '../assess/engine.js';
import { selectRules, type RuleSelection } from '../assess/registry.js';
import type { CollectOptions as AwsCollectOptions, CollectProgress } from '../collect/aws/collector.js';
import type { GcpCollectOptions } from '../providers/gcp/collect/index.js';
import type { PostureFinding } from '../model/finding.js';
import { MamoriError } from '../model/errors.js';
import type { PostureRule } from '../model/rule.js';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../model/snapshot.js';
import { assessSource } from '../assess/stream.js';
import { INVENTORY_TYPES, inventoryEntities } from '../correlate/entities.js';
import type { SnapshotSource } from '../snapshot/sharded.js';
import type { Provider } from '../model/types.js';
import { buildReport } from '../report/report.js';
import type { AssessmentReport } from '../report/report.js';
import { storeAssessment, type HubOptions } from './hub.js';

export type { CollectProgress };

/** Google Cloud collection options (the scope: projects, folders or the organisation). */
export type GcpCollectRequest = GcpCollectOptions;

export type CollectRequest = { provider: 'aws'; aws: AwsCollectOptions } | { provider: 'gcp'; gcp: GcpCollectRequest };

/** Collects an inventory snapshot from one provider through its official SDK. */
export async function collect(request: CollectRequest): Promise<Snapshot> {
  switch (request.provider) {
    case 'aws': {
      const { collectAws } = await import('../collect/aws/collector.js');
      return collectAws(request.aws);
    }
    case 'gcp': {
      const { collectGcp } = await import('../providers/gcp/collect/index.js');
      return collectGcp(request.gcp);
    }
  }
}

export interface AssessRequest {
  snapshot: Snapshot;
  /** Which rules (default: every rule of the snapshot's provider). */
  selection?: RuleSelection;
  /** Write the results to the findings hub (absent: do not store). */
  store?: HubOptions;
}

export interface AssessResult {
  rules: PostureRule[];
  findings: PostureFinding[];
  report: AssessmentReport;
}

/** Rules for a snapshot: the selection, narrowed to the snapshot's provider. */
export function rulesFor(provider: Provider, selection: RuleSelection = {}, allowNone = false): PostureRule[] {
  const rules = selectRules({ ...selection, providers: [provider] });
  if (!allowNone && !rules.length && (selection.ruleIds?.length || selection.frameworks?.length)) {
    throw new MamoriError('NO_RULES', `none of the selected rules or frameworks apply to a ${provider} snapshot`);
  }
  return rules;
}

/**
 * Assesses a sharded (version 2) snapshot scope by scope (src/assess/stream.ts). The results are
 * gathered for the report; memory holds one scope's resources at a time, not the snapshot.
 */
export async function assessSnapshotSource(source: SnapshotSource, request: Omit<AssessRequest, 'snapshot'>): Promise<AssessResult> {
  const { manifest } = source;
  const rules = rulesFor(manifest.scope.provider, request.selection);
  const findings: PostureFinding[] = [];
  const stats = await assessSource(source, { rules, onFindings: (f) => void findings.push(...f) });
  // The report and the hub need the snapshot's header and errors; the workloads correlation ties
  // signals to come from the few types it knows (instances, addresses, functions), read here.
  const header: Snapshot = { schema: SNAPSHOT_SCHEMA, version: SNAPSHOT_VERSION, id: manifest.id, collectedAt: manifest.collectedAt, tool: manifest.tool, scope: manifest.scope, resources: [], errors: source.errors };
  const report = buildReport(header, findings);
  report.snapshot.resourceCount = stats.resources;
  if (request.store) {
    const workloads: Snapshot = { ...header, resources: [] };
    for (const shard of manifest.shards) {
      if (!Object.keys(shard.types).some((t) => INVENTORY_TYPES.has(t))) continue;
      for (const r of await source.readShard(shard)) if (INVENTORY_TYPES.has(r.type)) workloads.resources.push(r);
    }
    await storeAssessment(request.store, header, rules, findings, inventoryEntities(workloads));
  }
  return { rules, findings, report };
}

/** Assesses a snapshot with the posture rules and, when asked, records the results in the hub. */
export async function assessSnapshot(request: AssessRequest): Promise<AssessResult> {
  const rules = rulesFor(request.snapshot.scope.provider, request.selection);
  const findings = assess(request.snapshot, { rules });
  const report = buildReport(request.snapshot, findings);
  if (request.store) await storeAssessment(request.store, request.snapshot, rules, findings);
  return { rules, findings, report };
}

/**
 * Application layer for posture: collect, assess and scan as library functions with typed inputs
 * and results. The CLI, the coming web server and workers call these; none of them repeats the
 * workflow. Provider collectors (and their cloud SDKs) are loaded only when a collection runs.
 */
import { assess } from '../assess/engine.js';
import { selectRules, type RuleSelection } from '../assess/registry.js';
import { collectFrom, type CollectProgress, type CollectRequest, type GcpCollectRequest } from '../providers/collect.js';
import type { Finding, PostureFinding } from '../model/finding.js';
import { postureToObserved } from '../assess/finding.js';
import { firstObservation } from '../hub/lifecycle.js';
import type { RiskSettings } from '../hub/risk.js';
import { MamoriError } from '../model/errors.js';
import type { PostureRule } from '../model/rule.js';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../model/snapshot.js';
import { assessSource } from '../assess/stream.js';
import { summarizeResults } from '../assess/summary.js';
import { INVENTORY_TYPES, inventoryEntities } from '../correlate/entities.js';
import { AUTHORIZATION_TYPES, authorizationDocuments } from '../providers/inventory.js';
import { guardrailsOf } from './guardrails.js';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE, serviceOfType, ShardedSnapshotWriter, type SnapshotManifest, type SnapshotSource } from '../snapshot/sharded.js';
import { VERSION } from '../version.js';
import { providerPlugin, resourceSchemas } from '../providers/index.js';
import type { CollectionError, Provider, Resource } from '../model/types.js';
import { buildReport } from '../report/report.js';
import type { AssessmentReport } from '../report/report.js';
import { applyHubTriage, storeAssessment, type HubOptions, type StoredAssessment } from './hub.js';

export type { CollectProgress, CollectRequest, GcpCollectRequest };

/** Collects an inventory snapshot from one provider through its official SDK. */
export function collect(request: CollectRequest): Promise<Snapshot> {
  return collectFrom(request);
}

/** What a collection streamed into a snapshot folder wrote. */
export interface CollectToFolderResult {
  manifest: SnapshotManifest;
  resources: number;
  errors: number;
}

/**
 * Collects into a version 2 snapshot folder as the jobs finish: each job's resources and errors
 * go to their shards (per provider, scope, region and service, as `writeShardedSnapshot` would
 * group them) and leave memory, so a collection holds only the jobs in flight, never the
 * inventory. The manifest, written last, lists the same shards' content as writing the collected
 * snapshot afterwards would; a failed run leaves no manifest, so readers refuse the folder.
 */
export async function collectToFolder(request: CollectRequest, dir: string): Promise<CollectToFolderResult> {
  // Made at the first shard: a collection refused up front (credentials, scope) leaves no folder.
  let writer: ShardedSnapshotWriter | undefined;
  const folder = () => {
    if (writer) return writer;
    try {
      // A previous run's manifest would vouch for a folder now being rewritten: the folder is
      // unfinished (and refused by readers) until this run's manifest is written.
      rmSync(join(dir, MANIFEST_FILE), { force: true });
      return (writer = new ShardedSnapshotWriter(dir));
    } catch (err) {
      throw new MamoriError('SNAPSHOT_WRITE', `${dir}: cannot write a snapshot folder here (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
    }
  };
  const tool = { name: 'mamori', version: VERSION };
  let resources = 0;
  let errors = 0;
  const snapshot = await collectFrom(request, {
    onJobResult: async (result) => {
      resources += result.resources.length;
      errors += result.errors.length;
      await writeShards(folder(), dir, tool, result.resources, result.errors);
    },
  });
  // What belongs to no job (account and region pseudo resources, errors of the scope walk): few.
  resources += snapshot.resources.length;
  errors += snapshot.errors.length;
  await writeShards(folder(), dir, snapshot.tool, snapshot.resources, snapshot.errors);
  const manifest = await folder().finish({ id: snapshot.id, collectedAt: snapshot.collectedAt, tool: snapshot.tool, scope: snapshot.scope });
  return { manifest, resources, errors };
}

/** Adds one shard per (provider, scope, region, service) of what one job produced. */
async function writeShards(writer: ShardedSnapshotWriter, dir: string, tool: { name: string; version: string }, resources: Resource[], errors: CollectionError[]): Promise<void> {
  const groups = new Map<string, { provider: Provider; scope: string; region: string; service: string; resources: Resource[]; errors: CollectionError[] }>();
  const group = (provider: Provider, scope: string, region: string, service: string) => {
    const key = `${provider}|${scope}|${region}|${service}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { provider, scope, region, service, resources: [], errors: [] }));
    return g;
  };
  // The same keys as writeShardedSnapshot: a resource's own account and region, its type's service.
  for (const r of resources) group(r.provider, r.account, r.region, serviceOfType(r.type)).resources.push(r);
  for (const e of errors) group(e.provider, e.account, e.region, e.service).errors.push(e);
  for (const g of groups.values()) {
    try {
      await writer.addShard({ shard: { provider: g.provider, scope: g.scope, region: g.region, service: g.service, collector: tool }, resources: g.resources, errors: g.errors });
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      throw new MamoriError('SNAPSHOT_WRITE', `${dir}: cannot write the ${g.provider} ${g.scope} ${g.region} ${g.service} shard (${reason})`, { cause: err });
    }
  }
}

export interface AssessRequest {
  snapshot: Snapshot;
  /** Which rules (default: every rule of the snapshot's provider). */
  selection?: RuleSelection;
  /** Write the results to the findings hub (absent: do not store). */
  store?: HubOptions;
  /** What matters to the team, for the findings' risk (default: the built-in settings). */
  risk?: RiskSettings;
  /** Warnings for the operator, one line each (resources that lack fields their rules need). */
  onNote?: (line: string) => void;
}

export interface AssessResult {
  rules: PostureRule[];
  /** What storing did, when the request asked for the hub. */
  stored?: StoredAssessment;
  /** Every result as a finding (the one model), also in `report.findings`. */
  findings: Finding[];
  report: AssessmentReport;
}

/**
 * Turns the engine's evaluation records into findings as one assessment sees them: each carries
 * its rule's title, reason and improvement document (shared per rule), a first-sight lifecycle and
 * a risk when it fails.
 */
export function findingsOf(results: readonly PostureFinding[], rules: readonly PostureRule[], options: FindingsOptions): Finding[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const { at, risk, scopePaths } = options;
  return results.map((r) => {
    const observed = postureToObserved(r, byId.get(r.ruleId));
    const scopePath = scopePaths?.get(observed.account);
    return firstObservation(scopePath ? { ...observed, scopePath } : observed, { at, risk });
  });
}

export interface FindingsOptions {
  /** When the assessment ran. */
  at: string;
  risk?: RiskSettings;
  /** Each scope's place in its organisation (providerPlugin(p).scopePaths). */
  scopePaths?: ReadonlyMap<string, string>;
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
  // The engine's compact records are kept; findings are made from them when something asks.
  const results: PostureFinding[] = [];
  const plugin = providerPlugin(manifest.scope.provider);
  // Where each scope sits, from the few shards holding the scope's own resources (projects, memberships).
  const scoped: Resource[] = [];
  for (const shard of manifest.shards) {
    if (!Object.keys(shard.types).some((t) => plugin.scopePathTypes.includes(t))) continue;
    for (const r of await source.readShard(shard)) if (plugin.scopePathTypes.includes(r.type)) scoped.push(r);
  }
  const options: FindingsOptions = { at: new Date().toISOString(), risk: request.risk, scopePaths: plugin.scopePaths(scoped) };
  const stats = await assessSource(source, {
    rules,
    schemas: resourceSchemas(),
    onNote: request.onNote,
    onFindings: (f) => {
      for (const r of f) results.push(r);
    },
  });
  // The report and the hub need the snapshot's header and errors; the workloads correlation ties
  // signals to come from the few types it knows (instances, addresses, functions), read here.
  const header: Snapshot = { schema: SNAPSHOT_SCHEMA, version: SNAPSHOT_VERSION, id: manifest.id, collectedAt: manifest.collectedAt, tool: manifest.tool, scope: manifest.scope, resources: [], errors: source.errors };
  const report = buildReport(header, () => findingsOf(results, rules, options), undefined, summarizeResults(results));
  report.snapshot.resourceCount = stats.resources;
  if (request.store) {
    const workloads: Snapshot = { ...header, resources: [] };
    const authorization: Snapshot = { ...header, resources: [] };
    const guardrailInput: Resource[] = [];
    // The dashboard's inventory: every resource without its config (a few hundred bytes each).
    const inventory: Resource[] = [];
    for (const shard of manifest.shards) {
      for (const r of await source.readShard(shard)) {
        if (INVENTORY_TYPES.has(r.type)) workloads.resources.push(r);
        if (AUTHORIZATION_TYPES.has(r.type)) authorization.resources.push(r);
        if (plugin.guardrailTypes.has(r.type)) guardrailInput.push(r);
        inventory.push({ uid: r.uid, provider: r.provider, account: r.account, region: r.region, type: r.type, name: r.name, tags: r.tags, config: {}, ...(r.relationships?.length ? { relationships: r.relationships } : {}) });
      }
    }
    const guardrails = await guardrailsOf(header, guardrailInput);
    const stored = await storeAssessment(request.store, header, rules, report.findings, inventoryEntities(workloads), authorizationDocuments(authorization), inventory, guardrails);
    return { rules, findings: report.findings, report, stored };
  }
  return {
    rules,
    get findings() {
      return report.findings;
    },
    report,
  };
}

/** Assesses a snapshot with the posture rules and, when asked, records the results in the hub. */
export async function assessSnapshot(request: AssessRequest): Promise<AssessResult> {
  const rules = rulesFor(request.snapshot.scope.provider, request.selection);
  const scopePaths = providerPlugin(request.snapshot.scope.provider).scopePaths(request.snapshot.resources);
  const results = assess(request.snapshot, { rules, schemas: resourceSchemas(), onNote: request.onNote });
  const options: FindingsOptions = { at: new Date().toISOString(), risk: request.risk, scopePaths };
  // The summary comes from the evaluation records; the findings are made when something needs them.
  const report = buildReport(request.snapshot, () => findingsOf(results, rules, options), undefined, summarizeResults(results));
  const stored = request.store ? await storeAssessment(request.store, request.snapshot, rules, report.findings) : undefined;
  // The report shows the team's triage: a finding suppressed in the hub is not reported as failing.
  if (request.store) await applyHubTriage(request.store, report.findings);
  return {
    rules,
    get findings() {
      return report.findings;
    },
    report,
    ...(stored ? { stored } : {}),
  };
}

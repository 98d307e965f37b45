/**
 * The Google Cloud collector: resolves the scope (projects, folders, organisation), then runs one
 * job per (hierarchy node × API × location) in a bounded pool and returns a snapshot. Collection
 * failures never abort the scan: each is recorded as a CollectionError (and on Resource.errors for
 * a single resource's detail), so rules report NOT_ASSESSED rather than judging missing data.
 */
import { randomUUID } from 'node:crypto';
import type { AuthClient } from 'google-auth-library';
import type { CollectProgress } from '../../aws/collect/collector.js';
import { MamoriError } from '../../../model/errors.js';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../../../model/snapshot.js';
import { GLOBAL_REGION, type CollectionError, type Resource } from '../../../model/types.js';
import { VERSION } from '../../../version.js';
import { GCP_SERVICES, GCP_TYPES, type GcpService } from '../model.js';
import { resolveAuth } from './auth.js';
import { GcpClients } from './clients.js';
import { createGcpContext } from './context.js';
import { classifyGcpError, gcpErrorMessage } from './errors.js';
import { normaliseNode, normaliseProject, resolveHierarchy } from './hierarchy.js';
import { runPool, type PoolJob } from './pool.js';
import { defaultRetryPolicy, type RetryPolicy } from './retry.js';
import { DEFAULT_MAX_TABLES_PER_DATASET } from './services/bigquery.js';
import { GCP_COLLECTORS } from './services/index.js';
import { SERVICES_LIST } from './services/serviceusage.js';
import type { GcpServiceCollector, Hierarchy, JobResult, ScopeNode } from './types.js';

export type { GcpCollectContext, GcpServiceCollector, JobResult } from './types.js';
export { GCP_COLLECTORS } from './services/index.js';

export interface GcpCollectOptions {
  /** Project ids (or numbers) to scan. */
  projects?: string[];
  /** Folders (`123` or `folders/123`): every project below them, recursively. */
  folders?: string[];
  /** Organisation (`123` or `organizations/123`): every project under it. */
  organization?: string;
  /** Service account to impersonate (the caller needs roles/iam.serviceAccountTokenCreator on it). */
  impersonateServiceAccount?: string;
  /** Collector APIs to run (GCP_SERVICES names); default all. */
  services?: string[];
  /** Concurrent jobs (default 8). */
  concurrency?: number;
  /** Attempts per API call on throttling / unavailability (default 5, or MAMORI_MAX_ATTEMPTS). */
  maxAttempts?: number;
  /** Tables per BigQuery dataset read in detail (default 200, or MAMORI_GCP_MAX_TABLES_PER_DATASET). */
  maxTablesPerDataset?: number;
  /** An auth client to use instead of Application Default Credentials (tests, library users). */
  authClient?: AuthClient;
  /** Use these collectors instead of the built-in ones (tests). */
  collectors?: GcpServiceCollector[];
  /** Retry tuning (tests): backoff base and cap, sleep function. */
  retry?: Partial<RetryPolicy>;
  onProgress?: (progress: CollectProgress) => void;
  /**
   * Called with each finished job's own resources and errors (e.g. to write one snapshot shard per
   * job); a resource another job already emitted is left out. The job waits for the returned
   * promise, so a slow writer holds collection back rather than letting results pile up. The
   * snapshot also carries what belongs to no job: errors of the scope walk and the gaps of
   * organisation/folder data copied onto the projects below.
   */
  onJobResult?: (job: { account: string; region: string; service: string }, result: JobResult) => void | Promise<void>;
  /**
   * Keep every job's resources and errors in the returned snapshot (default true). False, with
   * `onJobResult`, is for streamed collection: memory then holds the jobs in flight (plus the uids
   * seen, to drop duplicates), and the snapshot carries only what belongs to no job.
   */
  keepJobResults?: boolean;
}

export const DEFAULT_CONCURRENCY = 8;

/** Collectors whose data set on an organisation or folder applies to every project below it. */
const INHERITED_SERVICES = new Set<string>(['orgpolicy', 'logging', 'essentialcontacts']);
const INHERITED_TYPES = [GCP_TYPES.orgPolicy, GCP_TYPES.logSink, GCP_TYPES.essentialContact];

export function selectGcpCollectors(services?: string[]): GcpServiceCollector[] {
  if (!services?.length) return [...GCP_COLLECTORS.values()];
  return services.map((s) => {
    const c = GCP_COLLECTORS.get(s);
    if (!c) throw new MamoriError('UNKNOWN_SERVICE', `unknown Google Cloud service "${s}" (known: ${GCP_SERVICES.join(', ')})`);
    return c;
  });
}

function positiveInt(value: unknown): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Collects a Google Cloud inventory snapshot through the official REST clients (googleapis). */
export async function collectGcp(options: GcpCollectOptions = {}): Promise<Snapshot> {
  // Cheap checks first: a typo must not wait for credentials.
  const request = {
    projects: options.projects?.map(normaliseProject),
    folders: options.folders?.map((f) => normaliseNode('folders', f)),
    organization: options.organization ? normaliseNode('organizations', options.organization) : undefined,
  };
  const collectors = options.collectors ?? selectGcpCollectors(options.services);
  const concurrency = positiveInt(options.concurrency) ?? DEFAULT_CONCURRENCY;
  const retry: RetryPolicy = { ...defaultRetryPolicy(options.maxAttempts), ...options.retry };
  const limits = {
    maxTablesPerDataset: positiveInt(options.maxTablesPerDataset) ?? positiveInt(process.env.MAMORI_GCP_MAX_TABLES_PER_DATASET) ?? DEFAULT_MAX_TABLES_PER_DATASET,
  };

  const auth = await resolveAuth({ authClient: options.authClient, impersonateServiceAccount: options.impersonateServiceAccount });
  if (!request.projects?.length && !request.folders?.length && !request.organization) {
    const project = await auth.defaultProject?.();
    if (!project) {
      throw new MamoriError(
        'GCP_NO_SCOPE',
        'no Google Cloud project to scan: pass --project <id>, --folder <id> or --organization <id> (or set GOOGLE_CLOUD_PROJECT)',
      );
    }
    request.projects = [normaliseProject(project)];
  }

  const clients = new GcpClients(auth.client);
  const now = new Date();
  const { hierarchy, errors: scopeErrors } = await resolveHierarchy(request, clients, retry, concurrency);

  const serviceusage = GCP_COLLECTORS.get('serviceusage')!;
  const selected = new Set(collectors.map((c) => c.service));
  let done = 0;
  let errorCount = scopeErrors.length;
  const locations = new Set<string>();

  const contextFor = (scope: ScopeNode, service: GcpService, location: string, sink: JobResult) =>
    createGcpContext({ scope, service, location, now, clients, retry, hierarchy, limits, sink });

  const progress = (scope: ScopeNode, location: string, service: string, result: JobResult, total: number) => {
    done++;
    errorCount += result.errors.length;
    options.onProgress?.({ done, total, account: scope.account, region: location, service, errors: errorCount });
  };
  const keep = options.keepJobResults ?? true;
  // Streamed: duplicates are dropped as jobs finish (the first to finish wins), and the few errors
  // that organisation and folder data pass down to projects are kept for inheritedErrors.
  const seen = new Set<string>();
  const nodeErrors: CollectionError[] = [];
  const EMPTY: JobResult = { resources: [], errors: [] };
  let total = 0;
  const job = (fn: () => Promise<{ result: JobResult; next?: PoolJob<JobResult>[] }>, meta: { scope: ScopeNode; location: string; service: string }): PoolJob<JobResult> => {
    total++;
    return {
      async run() {
        const out = await fn();
        if (!keep) {
          const fresh: JobResult = { resources: [], errors: out.result.errors };
          for (const r of out.result.resources) {
            if (seen.has(r.uid)) continue;
            seen.add(r.uid);
            locations.add(r.region);
            fresh.resources.push(r);
          }
          for (const e of out.result.errors) if (passesDown(e)) nodeErrors.push(e);
          await options.onJobResult?.({ account: meta.scope.account, region: meta.location, service: meta.service }, fresh);
          progress(meta.scope, meta.location, meta.service, fresh, total);
          // Nothing stays with the pool: the results now live wherever onJobResult put them.
          return { result: EMPTY, next: out.next };
        }
        await options.onJobResult?.({ account: meta.scope.account, region: meta.location, service: meta.service }, out.result);
        progress(meta.scope, meta.location, meta.service, out.result, total);
        return out;
      },
    };
  };

  /** One collector on one scope and location; unexpected failures become a job-wide error. */
  const collectJob = (scope: ScopeNode, collector: GcpServiceCollector, location: string) =>
    job(
      async () => {
        locations.add(location);
        const sink: JobResult = { resources: [], errors: [] };
        try {
          await collector.collect(contextFor(scope, collector.service, location, sink));
        } catch (err) {
          sink.errors.push(jobError(scope, collector, location, `${collector.service}.collect`, err));
        }
        return { result: sink };
      },
      { scope, location, service: collector.service },
    );

  /** Regional collectors first list their locations, then run once per location. */
  const planJob = (scope: ScopeNode, collector: GcpServiceCollector) => {
    if (!collector.locations) return collectJob(scope, collector, GLOBAL_REGION);
    return job(
      async () => {
        const sink: JobResult = { resources: [], errors: [] };
        let regions: string[] | undefined;
        try {
          regions = await collector.locations!(contextFor(scope, collector.service, GLOBAL_REGION, sink));
        } catch (err) {
          sink.errors.push(jobError(scope, collector, GLOBAL_REGION, `${collector.service}.locations`, err));
        }
        return { result: sink, next: (regions ?? []).map((r) => collectJob(scope, collector, r)) };
      },
      { scope, location: GLOBAL_REGION, service: collector.service },
    );
  };

  const jobs: PoolJob<JobResult>[] = [];
  for (const node of hierarchy.nodes.values()) {
    const scope: ScopeNode = { kind: node.kind, account: node.name, name: node.name };
    for (const c of collectors) if (c.scopes.includes(node.kind)) jobs.push(planJob(scope, c));
  }
  for (const project of hierarchy.projects) {
    const scope: ScopeNode = { kind: 'project', account: project.projectId, name: `projects/${project.projectId}`, projectId: project.projectId, projectNumber: project.projectNumber };
    const gated = collectors.filter((c) => c.scopes.includes('project') && c.service !== 'serviceusage');
    // Resource Manager does not depend on Service Usage: start it at once.
    for (const c of gated.filter((c) => !c.apis)) jobs.push(planJob(scope, c));
    const dependent = gated.filter((c) => c.apis);
    // Service Usage first: an API it reports disabled is not called (its types get ApiNotEnabled).
    jobs.push(
      job(
        async () => {
          const sink: JobResult = { resources: [], errors: [] };
          try {
            await serviceusage.collect(contextFor(scope, 'serviceusage', GLOBAL_REGION, sink));
          } catch (err) {
            sink.errors.push(jobError(scope, serviceusage, GLOBAL_REGION, 'serviceusage.collect', err));
          }
          const known = !sink.errors.some((e) => e.operation === SERVICES_LIST || e.operation === 'serviceusage.collect');
          const enabled = new Set(sink.resources.filter((r) => r.type === GCP_TYPES.service).map((r) => r.name));
          const next = dependent.map((c) => {
            if (!known || c.apis!.some((a) => enabled.has(a))) return planJob(scope, c);
            return job(async () => ({ result: { resources: [], errors: [apiNotEnabled(scope, c)] } }), { scope, location: GLOBAL_REGION, service: c.service });
          });
          // Asked for gating only: the caller did not select Service Usage itself.
          const result = selected.has('serviceusage') ? sink : { resources: [], errors: [] };
          return { result, next };
        },
        { scope, location: GLOBAL_REGION, service: 'serviceusage' },
      ),
    );
  }

  const results = await runPool(jobs, concurrency);
  const resources: Resource[] = [];
  const errors: CollectionError[] = [...scopeErrors];
  // Kept results are merged in job order (not finish order), so the snapshot is stable.
  for (const r of results) {
    for (const res of r.resources) {
      if (seen.has(res.uid)) continue;
      seen.add(res.uid);
      resources.push(res);
      locations.add(res.region);
    }
    for (const e of r.errors) errors.push(e);
  }
  for (const e of inheritedErrors(keep ? errors : [...scopeErrors, ...nodeErrors], hierarchy, selected)) errors.push(e);

  return {
    schema: SNAPSHOT_SCHEMA,
    version: SNAPSHOT_VERSION,
    id: randomUUID(),
    collectedAt: new Date().toISOString(),
    tool: { name: 'mamori', version: VERSION },
    scope: {
      provider: 'gcp',
      accounts: hierarchy.projects.map((p) => p.projectId),
      regions: [...locations].sort(),
      services: collectors.map((c) => c.service),
    },
    resources,
    errors,
  };
}

function jobError(scope: ScopeNode, collector: GcpServiceCollector, location: string, operation: string, err: unknown): CollectionError {
  return {
    provider: 'gcp',
    account: scope.account,
    region: location,
    service: collector.service,
    operation,
    code: classifyGcpError(err),
    message: gcpErrorMessage(err),
    resourceTypes: [...collector.resourceTypes],
  };
}

function apiNotEnabled(scope: ScopeNode, c: GcpServiceCollector): CollectionError {
  return {
    provider: 'gcp',
    account: scope.account,
    region: GLOBAL_REGION,
    service: c.service,
    operation: SERVICES_LIST,
    code: 'ApiNotEnabled',
    message: `${c.apis![0]} is not enabled in project ${scope.projectId}: not collected`,
    resourceTypes: [...c.resourceTypes],
  };
}

/**
 * Org policies, log sinks and essential contacts set on an organisation or folder apply to the
 * projects below it. When they could not be collected there (or a project's ancestry is unknown),
 * the gap is recorded on each project too, so rules judging a project on them are NOT_ASSESSED.
 */
/** An organisation's or folder's gap that projects below inherit (see inheritedErrors). */
const passesDown = (e: CollectionError) => !e.resourceUid && INHERITED_SERVICES.has(e.service) && /^(organizations|folders)\//.test(e.account);

function inheritedErrors(errors: CollectionError[], hierarchy: Hierarchy, selected: Set<string>): CollectionError[] {
  const out: CollectionError[] = [];
  const nodeErrors = errors.filter(passesDown);
  for (const project of hierarchy.projects) {
    for (const e of nodeErrors) {
      if (!project.ancestors.includes(e.account)) continue;
      const types = e.resourceTypes?.filter((t) => INHERITED_TYPES.includes(t as (typeof INHERITED_TYPES)[number]));
      if (e.resourceTypes && !types?.length) continue;
      out.push({ ...e, account: project.projectId, message: `inherited from ${e.account}: ${e.message}`.slice(0, 300), ...(types ? { resourceTypes: types } : {}) });
    }
    if (project.ancestryError && [...INHERITED_SERVICES].some((s) => selected.has(s))) {
      out.push({
        provider: 'gcp',
        account: project.projectId,
        region: GLOBAL_REGION,
        service: 'cloudresourcemanager',
        operation: 'cloudresourcemanager.folders.get',
        code: project.ancestryError,
        message: `the folders and organisation above project ${project.projectId} could not be read: policies, sinks and contacts set there were not collected`,
        resourceTypes: [...INHERITED_TYPES],
      });
    }
  }
  return out;
}

import type { CollectionError, Resource } from '../../../model/types.js';
import type { GcpService } from '../model.js';
import type { GcpClients } from './clients.js';
import { apiErrorInfo, classifyGcpError, gcpErrorMessage } from './errors.js';
import { OperationDeadlineError, withRetry, type RetryPolicy } from './retry.js';
import type { GcpCollectContext, Hierarchy, JobResult, ScopeNode } from './types.js';

export interface ContextOptions {
  scope: ScopeNode;
  service: GcpService;
  location: string;
  now: Date;
  clients: GcpClients;
  retry: RetryPolicy;
  hierarchy: Hierarchy;
  limits: { maxTablesPerDataset: number };
  sink: JobResult;
}

/** The GCP label map as tags (labels are the Google Cloud equivalent of AWS tags). */
export function labelsToTags(labels: Record<string, string> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels ?? {})) if (typeof v === 'string') out[k] = v;
  return out;
}

/** Cap on pages per listing: a server that always answers with a token must not loop forever. */
const MAX_PAGES = 10_000;

export function createGcpContext(opts: ContextOptions): GcpCollectContext {
  const { scope, service, location, sink } = opts;
  const record: GcpCollectContext['record'] = (e) => {
    sink.errors.push({ provider: 'gcp', account: scope.account, region: location, service, ...e } as CollectionError);
  };
  const fail = (operation: string, err: unknown, extra: Partial<CollectionError>) =>
    record({ operation, code: classifyGcpError(err), message: gcpErrorMessage(err), ...extra });
  // Once a call of this job ran out of time, the API is not answering here: the job's other calls
  // are recorded at once instead of each waiting out its own deadline (compute makes a dozen).
  let stalled: OperationDeadlineError | undefined;
  const call = async <T>(fn: () => Promise<{ data: T }>): Promise<T> => {
    if (stalled) throw stalled.skipped(service);
    try {
      return (await withRetry(opts.retry, fn)).data;
    } catch (err) {
      if (err instanceof OperationDeadlineError) stalled = err;
      throw err;
    }
  };

  return {
    scope,
    account: scope.account,
    location,
    service,
    now: opts.now,
    limits: opts.limits,
    hierarchy: opts.hierarchy,
    api: (api) => opts.clients.get(api),
    emit(r) {
      const resource: Resource = {
        uid: r.uid,
        provider: 'gcp',
        account: r.account ?? scope.account,
        region: r.region ?? location,
        type: r.type,
        name: r.name,
        tags: labelsToTags(r.tags),
        config: r.config as unknown as Record<string, unknown>,
      };
      if (r.relationships?.length) resource.relationships = r.relationships;
      if (r.errors && Object.keys(r.errors).length) resource.errors = r.errors;
      sink.resources.push(resource);
    },
    call,
    async pages(operation, resourceTypes, fetch, onPage, region) {
      let token: string | undefined;
      try {
        for (let i = 0; i < MAX_PAGES; i++) {
          const page = await call(() => fetch(token));
          await onPage(page);
          token = page?.nextPageToken || undefined;
          if (!token) return true;
        }
        throw new Error(`more than ${MAX_PAGES} pages`);
      } catch (err) {
        fail(operation, err, { resourceTypes: [...resourceTypes], ...(region ? { region } : {}) });
        return false;
      }
    },
    async list(operation, resourceTypes, fetch, region) {
      try {
        return await call(fetch);
      } catch (err) {
        fail(operation, err, { resourceTypes: [...resourceTypes], ...(region ? { region } : {}) });
        return undefined;
      }
    },
    async detail(errors, resourceUid, field, operation, fetch, absent) {
      try {
        return await call(fetch);
      } catch (err) {
        if (absent?.(apiErrorInfo(err).status)) return null;
        errors[field] = classifyGcpError(err);
        fail(operation, err, { resourceUid });
        return undefined;
      }
    },
    record,
  };
}

import { scrubValue } from '../../../model/scrub.js';
import { formatMs, OPERATION_DEADLINE_ENV, withDeadline } from '../../../model/timeouts.js';
import { GLOBAL_REGION, type CollectionError, type Resource } from '../../../model/types.js';
import type { AzureService } from '../model/index.js';
import type { AzureClients } from './clients.js';
import { azureErrorMessage, classifyAzureError } from './errors.js';
import type { RetryPolicy } from './retry.js';
import type { AzureCollectContext, AzureScope, JobResult, Listing, RunState, SubscriptionInventory } from './types.js';
import { clean, region as toRegion, tagsOf } from './util.js';

export interface ContextOptions {
  scope: AzureScope;
  service: AzureService;
  now: Date;
  clients: AzureClients;
  retry: RetryPolicy;
  run: RunState;
  inventory?: SubscriptionInventory;
  sink: JobResult;
}

/** Cap on pages per listing: a server that always answers with a nextLink must not loop forever. */
const MAX_PAGES = 10_000;

/** An operation that ran out of time (recorded as ServiceUnavailable). */
export class OperationDeadlineError extends Error {
  readonly code = 'DEADLINE_EXCEEDED';
  constructor(readonly deadlineMs: number) {
    super(`no answer within the operation deadline of ${formatMs(deadlineMs)} (${OPERATION_DEADLINE_ENV})`);
    this.name = 'OperationDeadlineError';
  }
}

/** Every item of a listing, page by page (bounded), within the operation deadline. */
export async function drain<T>(listing: Listing<T>, deadlineMs?: number): Promise<T[]> {
  const work = (async () => {
    const out: T[] = [];
    if (listing.byPage) {
      let pages = 0;
      for await (const page of listing.byPage()) {
        if (++pages > MAX_PAGES) throw new Error(`more than ${MAX_PAGES} pages`);
        out.push(...page);
      }
    } else {
      for await (const item of listing) out.push(item);
    }
    return out;
  })();
  return deadlineMs === undefined ? work : withDeadline(work, deadlineMs, () => new OperationDeadlineError(deadlineMs));
}

export function createAzureContext(opts: ContextOptions): AzureCollectContext {
  const { scope, service, sink } = opts;
  const deadline = opts.retry.deadlineMs;
  const timed = <T>(p: Promise<T>) => (deadline === undefined ? p : withDeadline(p, deadline, () => new OperationDeadlineError(deadline)));
  const record: AzureCollectContext['record'] = (e) => {
    sink.errors.push({ provider: 'azure', account: scope.account, region: GLOBAL_REGION, service, ...e } as CollectionError);
  };
  const fail = (operation: string, err: unknown, extra: Partial<CollectionError>) => record({ operation, code: classifyAzureError(err), message: azureErrorMessage(err), ...extra });
  const lowerTypes = (types: string[]) => types.map((t) => t.toLowerCase());

  return {
    scope,
    account: scope.account,
    service,
    now: opts.now,
    clients: opts.clients,
    run: opts.run,
    inventory: opts.inventory,
    emit(r) {
      const resource: Resource = {
        uid: r.uid,
        provider: 'azure',
        account: r.account ?? scope.account,
        region: r.region === undefined || r.region === null ? GLOBAL_REGION : toRegion(r.region),
        type: r.type,
        name: r.name,
        tags: tagsOf(r.tags),
        // JSON-ready (no Dates) and without anything that reads as a credential.
        config: scrubValue(clean<Record<string, unknown>>(r.config)),
      };
      if (r.relationships?.length) resource.relationships = r.relationships;
      if (r.errors && Object.keys(r.errors).length) resource.errors = r.errors;
      sink.resources.push(resource);
    },
    async list(operation, resourceTypes, listing) {
      try {
        return await drain(listing(), deadline);
      } catch (err) {
        fail(operation, err, { resourceTypes: [...resourceTypes] });
        return undefined;
      }
    },
    async get(operation, resourceTypes, fetch) {
      try {
        return await timed(fetch());
      } catch (err) {
        fail(operation, err, { resourceTypes: [...resourceTypes] });
        return undefined;
      }
    },
    async detail(errors, resourceUid, field, operation, fetch, absent) {
      try {
        return await timed(fetch());
      } catch (err) {
        if (absent?.(err)) return null;
        errors[field] = classifyAzureError(err);
        fail(operation, err, { resourceUid });
        return undefined;
      }
    },
    async detailList(errors, resourceUid, field, operation, listing, absent) {
      try {
        return await drain(listing(), deadline);
      } catch (err) {
        if (absent?.(err)) return null;
        errors[field] = classifyAzureError(err);
        fail(operation, err, { resourceUid });
        return undefined;
      }
    },
    record,
    idsOf(type) {
      if (!opts.inventory) return undefined;
      const t = type.toLowerCase();
      return opts.inventory.items.filter((i) => i.type === t);
    },
    has(...types) {
      if (!opts.inventory) return true;
      return lowerTypes(types).some((t) => opts.inventory!.types.has(t));
    },
  };
}

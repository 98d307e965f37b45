/**
 * One retry implementation for every Azure call. The SDK pipelines' own retry policies are removed
 * (see clients.ts) and this policy takes the Retry phase, so ARM listings (each `nextLink` page),
 * raw REST calls through the pipeline and Resource Graph queries share it; Microsoft Graph gets the
 * same logic as a middleware. It retries throttling (429) and transient failures (408, 5xx,
 * connection errors) up to `maxAttempts`, waiting what the service asks for (`Retry-After`,
 * `retry-after-ms`, `x-ms-retry-after-ms`, Resource Graph's `x-ms-user-quota-resets-after`), else
 * exponential backoff with full jitter; and it slows down before ARM throttles when the
 * `x-ms-ratelimit-remaining-*` headers say the caller's read budget is almost spent.
 */
import type { PipelinePolicy, PipelineRequest, PipelineResponse } from '@azure/core-rest-pipeline';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { maxAttemptsFromEnv, operationDeadlineMs, requestTimeoutMs } from '../../../model/timeouts.js';
import { azureErrorInfo, errorBodies, isRetryableStatus } from './errors.js';

export interface RetryPolicy {
  /** Attempts per request, the first included (default 5; MAMORI_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** First backoff step in ms (doubles each attempt, full jitter). */
  baseDelayMs: number;
  /** Longest wait between two attempts, Retry-After included. */
  maxDelayMs: number;
  /** One operation (a listing with all its pages, or one call), every attempt and wait included (MAMORI_OPERATION_DEADLINE_MS). */
  deadlineMs?: number;
  /** One HTTP request (MAMORI_REQUEST_TIMEOUT_MS). */
  requestTimeoutMs?: number;
  /** Remaining reads (x-ms-ratelimit-remaining-*) at or below which the next request waits `baseDelayMs × 4`. */
  lowBudget?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

export function defaultRetryPolicy(maxAttempts?: number): RetryPolicy {
  const attempts = maxAttempts ?? maxAttemptsFromEnv() ?? DEFAULT_MAX_ATTEMPTS;
  return { maxAttempts: Math.max(1, attempts), baseDelayMs: 500, maxDelayMs: 60_000, deadlineMs: operationDeadlineMs(), requestTimeoutMs: requestTimeoutMs(), lowBudget: 5 };
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface HeaderSource {
  get(name: string): string | null | undefined;
}

/** `Retry-After` in milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** `hh:mm:ss` (Resource Graph's x-ms-user-quota-resets-after) in milliseconds. */
function parseTimeSpan(value: string | null | undefined): number | undefined {
  const m = value ? /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(value.trim()) : null;
  return m ? Math.round((Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])) * 1000) : undefined;
}

/** What the service asked us to wait, if anything. */
export function serverDelay(headers: HeaderSource | undefined): number | undefined {
  if (!headers) return undefined;
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const v = headers.get(name);
    if (v && /^\d+(\.\d+)?$/.test(v.trim())) return Math.round(Number(v));
  }
  return parseRetryAfter(headers.get('retry-after')) ?? parseTimeSpan(headers.get('x-ms-user-quota-resets-after'));
}

/**
 * The smallest remaining budget ARM reports: `x-ms-ratelimit-remaining-subscription-reads: 11999`,
 * `x-ms-ratelimit-remaining-tenant-reads`, and resource-provider budgets such as
 * `x-ms-ratelimit-remaining-resource: Microsoft.Compute/HighCostGet3Min;138,…`; Resource Graph's
 * `x-ms-user-quota-remaining`.
 */
export function remainingBudget(headers: { toJSON?(): Record<string, string> } & HeaderSource): number | undefined {
  let min: number | undefined;
  const all = headers.toJSON?.() ?? {};
  for (const [name, value] of Object.entries(all)) {
    const n = name.toLowerCase();
    if (!n.startsWith('x-ms-ratelimit-remaining-') && n !== 'x-ms-user-quota-remaining') continue;
    for (const part of String(value).split(',')) {
      const num = Number(part.includes(';') ? part.slice(part.lastIndexOf(';') + 1) : part);
      if (Number.isFinite(num)) min = min === undefined ? num : Math.min(min, num);
    }
  }
  return min;
}

/** The wait before attempt `attempt + 1`: the server's delay if given, else exponential backoff with full jitter. */
export function backoffDelay(policy: RetryPolicy, attempt: number, serverMs: number | undefined): number {
  if (serverMs !== undefined) return Math.min(serverMs, policy.maxDelayMs);
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round((policy.random ?? Math.random)() * cap);
}

/** Network failures worth repeating (no response came back). */
function retryableNetworkError(err: unknown): boolean {
  const info = azureErrorInfo(err);
  if (info.status || info.credential) return false;
  const e = err as { name?: string };
  if (e?.name === 'AbortError' && !(err as { code?: string }).code) return false;
  return Boolean(info.network);
}

/**
 * The pipeline policy (phase Retry, so every attempt is signed again). A 429 or 5xx answer after the
 * last attempt is returned as it is, and the SDK turns it into its RestError.
 */
export function azureRetryPolicy(policy: RetryPolicy): PipelinePolicy {
  const sleep = policy.sleep ?? defaultSleep;
  return {
    name: 'mamoriAzureRetryPolicy',
    async sendRequest(request: PipelineRequest, next): Promise<PipelineResponse> {
      if (!request.timeout && policy.requestTimeoutMs) request.timeout = policy.requestTimeoutMs;
      for (let attempt = 1; ; attempt++) {
        let response: PipelineResponse;
        try {
          response = await next(request);
        } catch (err) {
          if (attempt >= policy.maxAttempts || !retryableNetworkError(err)) throw err;
          await sleep(backoffDelay(policy, attempt, undefined));
          continue;
        }
        if (isRetryableStatus(response.status) && attempt < policy.maxAttempts) {
          // Drain the body so the socket goes back to the pool.
          await response.readableStreamBody?.resume?.();
          await sleep(backoffDelay(policy, attempt, serverDelay(response.headers)));
          continue;
        }
        if (response.status >= 400 && response.bodyAsText) errorBodies.set(request, response.bodyAsText);
        const budget = remainingBudget(response.headers);
        if (budget !== undefined && policy.lowBudget !== undefined && budget <= policy.lowBudget) {
          await sleep(serverDelay(response.headers) ?? policy.baseDelayMs * 4);
        }
        return response;
      }
    },
  };
}

/** The same retry for Microsoft Graph (a middleware between authentication and the HTTP handler). */
export class GraphRetryMiddleware implements Middleware {
  private next?: Middleware;
  constructor(private readonly policy: RetryPolicy) {}
  setNext(next: Middleware): void {
    this.next = next;
  }
  async execute(context: Context): Promise<void> {
    const sleep = this.policy.sleep ?? defaultSleep;
    for (let attempt = 1; ; attempt++) {
      if (this.policy.requestTimeoutMs && context.options && !context.options.signal) {
        (context.options as { signal?: AbortSignal }).signal = AbortSignal.timeout(this.policy.requestTimeoutMs);
      }
      try {
        await this.next!.execute(context);
      } catch (err) {
        if (attempt >= this.policy.maxAttempts || !retryableNetworkError(err)) throw err;
        if (context.options) delete (context.options as { signal?: AbortSignal }).signal;
        await sleep(backoffDelay(this.policy, attempt, undefined));
        continue;
      }
      const response = context.response;
      if (response && isRetryableStatus(response.status) && attempt < this.policy.maxAttempts) {
        await response.body?.cancel().catch(() => undefined);
        if (context.options) delete (context.options as { signal?: AbortSignal }).signal;
        await sleep(backoffDelay(this.policy, attempt, serverDelay(response.headers)));
        continue;
      }
      return;
    }
  }
}

import { formatMs, maxAttemptsFromEnv, OPERATION_DEADLINE_ENV, operationDeadlineMs, withDeadline } from '../../../model/timeouts.js';
import { apiErrorInfo, isRetryable } from './errors.js';

export interface RetryPolicy {
  /** Attempts per call, the first included (default 5; MAMORI_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** First backoff step in ms (doubles each attempt, full jitter). */
  baseDelayMs: number;
  /** Longest wait between two attempts, Retry-After included. */
  maxDelayMs: number;
  /**
   * One operation, every attempt and wait included, ends after this (default 5 min;
   * MAMORI_OPERATION_DEADLINE_MS): an API that accepts connections and never answers costs the
   * scan one recorded error per operation, never a hang.
   */
  deadlineMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

export function defaultRetryPolicy(maxAttempts?: number): RetryPolicy {
  const attempts = maxAttempts ?? maxAttemptsFromEnv() ?? DEFAULT_MAX_ATTEMPTS;
  return { maxAttempts: Math.max(1, attempts), baseDelayMs: 500, maxDelayMs: 60_000, deadlineMs: operationDeadlineMs() };
}

/**
 * An operation that ran out of time. Its `code` reads as a network failure in errors.ts: recorded
 * as ServiceUnavailable (the service did not answer), and not retried.
 */
export class OperationDeadlineError extends Error {
  readonly code = 'DEADLINE_EXCEEDED';
  constructor(
    readonly deadlineMs: number,
    message = `no answer within the operation deadline of ${formatMs(deadlineMs)} (${OPERATION_DEADLINE_ENV})`,
  ) {
    super(message);
    this.name = 'OperationDeadlineError';
  }

  /** For the calls a job no longer makes once one of its calls ran out of time. */
  skipped(service: string): OperationDeadlineError {
    return new OperationDeadlineError(this.deadlineMs, `not called: an earlier ${service} call got no answer within the operation deadline of ${formatMs(this.deadlineMs)} (${OPERATION_DEADLINE_ENV})`);
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The wait before attempt `attempt + 1`: the server's Retry-After if given, else exponential backoff with full jitter. */
export function backoffDelay(policy: RetryPolicy, attempt: number, retryAfterMs: number | undefined): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxDelayMs);
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round((policy.random ?? Math.random)() * cap);
}

/**
 * Runs `call`, repeating it on throttling (429, RESOURCE_EXHAUSTED, 403 rateLimitExceeded) and
 * transient unavailability (5xx, connection resets) up to `maxAttempts`, all within
 * `deadlineMs`. The last error is thrown; an attempt still waiting at the deadline throws an
 * OperationDeadlineError, and a retry whose wait would pass the deadline is not made.
 */
export async function withRetry<T>(policy: RetryPolicy, call: () => Promise<T>): Promise<T> {
  const sleep = policy.sleep ?? defaultSleep;
  const deadlineMs = policy.deadlineMs;
  // Real elapsed time: tests replace `sleep`, not the clock the deadline is measured on.
  const deadlineAt = deadlineMs === undefined ? Infinity : performance.now() + deadlineMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await withDeadline(call(), deadlineAt - performance.now(), () => new OperationDeadlineError(deadlineMs!));
    } catch (err) {
      if (err instanceof OperationDeadlineError) throw err;
      const info = apiErrorInfo(err);
      if (attempt >= policy.maxAttempts || !isRetryable(info)) throw err;
      const delay = backoffDelay(policy, attempt, info.retryAfterMs);
      if (performance.now() + delay >= deadlineAt) throw err;
      await sleep(delay);
    }
  }
}

import { apiErrorInfo, isRetryable } from './errors.js';

export interface RetryPolicy {
  /** Attempts per call, the first included (default 5; MAMORI_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** First backoff step in ms (doubles each attempt, full jitter). */
  baseDelayMs: number;
  /** Longest wait between two attempts, Retry-After included. */
  maxDelayMs: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

export function defaultRetryPolicy(maxAttempts?: number): RetryPolicy {
  const fromEnv = Number(process.env.MAMORI_MAX_ATTEMPTS);
  const attempts = maxAttempts ?? (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_MAX_ATTEMPTS);
  return { maxAttempts: Math.max(1, attempts), baseDelayMs: 500, maxDelayMs: 60_000 };
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
 * transient unavailability (5xx, connection resets) up to `maxAttempts`. The last error is thrown.
 */
export async function withRetry<T>(policy: RetryPolicy, call: () => Promise<T>): Promise<T> {
  const sleep = policy.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const info = apiErrorInfo(err);
      if (attempt >= policy.maxAttempts || !isRetryable(info)) throw err;
      await sleep(backoffDelay(policy, attempt, info.retryAfterMs));
    }
  }
}

/**
 * How long mamori waits for the network. One set of environment variables covers every remote
 * call (AWS and Google Cloud APIs, webhook deliveries, intel downloads), so an operator behind a
 * slow proxy raises one value for all of them. Values are whole milliseconds above zero; anything
 * else falls back to the default. Every reader of these variables goes through this module.
 */

/** Opening a connection (AWS SDK clients). */
export const CONNECT_TIMEOUT_ENV = 'MAMORI_CONNECT_TIMEOUT_MS';
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
/** One request: connection, answer and body. */
export const REQUEST_TIMEOUT_ENV = 'MAMORI_REQUEST_TIMEOUT_MS';
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
/** One API operation with all its retries and backoff: after it, the operation is a collection error. */
export const OPERATION_DEADLINE_ENV = 'MAMORI_OPERATION_DEADLINE_MS';
export const DEFAULT_OPERATION_DEADLINE_MS = 300_000;
/** Notification delivery inside assess, detect, import and correlate; the rest waits in the outbox for `mamori notify`. */
export const NOTIFY_DEADLINE_ENV = 'MAMORI_NOTIFY_DEADLINE_MS';
export const DEFAULT_NOTIFY_DEADLINE_MS = 15_000;

/** A whole number of milliseconds above zero from `env[name]`, else `fallback`. */
export function envMs(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const v = env[name];
  return v !== undefined && /^\d+$/.test(v) && Number(v) > 0 && Number.isSafeInteger(Number(v)) ? Number(v) : fallback;
}

export const requestTimeoutMs = (env: NodeJS.ProcessEnv = process.env) => envMs(REQUEST_TIMEOUT_ENV, DEFAULT_REQUEST_TIMEOUT_MS, env);
export const operationDeadlineMs = (env: NodeJS.ProcessEnv = process.env) => envMs(OPERATION_DEADLINE_ENV, DEFAULT_OPERATION_DEADLINE_MS, env);
export const notifyDeadlineMs = (env: NodeJS.ProcessEnv = process.env) => envMs(NOTIFY_DEADLINE_ENV, DEFAULT_NOTIFY_DEADLINE_MS, env);
export const connectTimeoutMs = (env: NodeJS.ProcessEnv = process.env) => envMs(CONNECT_TIMEOUT_ENV, DEFAULT_CONNECT_TIMEOUT_MS, env);

/** Attempts per cloud API call from MAMORI_MAX_ATTEMPTS (a whole number above zero), else undefined: each provider has its default. */
export function maxAttemptsFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const n = Number(env.MAMORI_MAX_ATTEMPTS);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** `12 s`, `1.5 s`, `300 ms`: how a limit is named in a message. */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/**
 * `work`, or `onTimeout()` thrown once `ms` have passed, whichever comes first. The timer is
 * cleared as soon as the race is decided. The work is not cancelled (the caller's own request
 * timeout ends it); its late failure is swallowed so it cannot surface as an unhandled rejection.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  if (!Number.isFinite(ms)) return work;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), Math.max(0, ms));
  });
  work.catch(() => undefined);
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

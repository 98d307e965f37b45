/**
 * Google API errors → mamori collection error codes, retry decisions and safe one-line messages.
 * Works on gaxios errors (what googleapis throws) and plain objects shaped like them.
 */
import { scrubText } from '../../../model/scrub.js';
import type { CollectionErrorCode } from '../../../model/types.js';

/** The parts of a Google API error mamori reads (AIP-193 JSON error body). */
export interface ApiErrorInfo {
  /** HTTP status, when there was a response. */
  status?: number;
  /** Canonical status (`PERMISSION_DENIED`, `RESOURCE_EXHAUSTED`, …) from the body. */
  apiStatus?: string;
  /** Reasons from `error.errors[].reason` (legacy APIs) and `error.details[].reason` (ErrorInfo). */
  reasons: string[];
  message: string;
  /** Node network error code (`ECONNRESET`, `ECONNREFUSED`, …). */
  network?: string;
  retryAfterMs?: number;
}

interface ErrorBody {
  error?: { code?: number; message?: string; status?: string; errors?: { reason?: string; message?: string }[]; details?: { reason?: string }[] };
}

function header(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const h = headers as { get?: (n: string) => string | null } & Record<string, unknown>;
  if (typeof h.get === 'function') return h.get(name) ?? undefined;
  const key = Object.keys(h).find((k) => k.toLowerCase() === name);
  const v = key ? h[key] : undefined;
  return Array.isArray(v) ? String(v[0]) : typeof v === 'string' ? v : undefined;
}

/** `Retry-After` in milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function apiErrorInfo(err: unknown): ApiErrorInfo {
  const e = (err ?? {}) as {
    status?: number;
    code?: unknown;
    message?: string;
    response?: { status?: number; data?: unknown; headers?: unknown };
  };
  const status = e.response?.status ?? (typeof e.status === 'number' ? e.status : undefined);
  let data = e.response?.data as ErrorBody | string | undefined;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data) as ErrorBody;
    } catch {
      data = undefined;
    }
  }
  const body = (data as ErrorBody | undefined)?.error;
  const reasons = [...(body?.errors ?? []).map((x) => x.reason), ...(body?.details ?? []).map((x) => x.reason)].filter(
    (r): r is string => typeof r === 'string',
  );
  const network = typeof e.code === 'string' && !status ? e.code : undefined;
  return {
    status,
    apiStatus: body?.status,
    reasons,
    message: body?.message ?? (err instanceof Error ? err.message : String(err)),
    network,
    retryAfterMs: parseRetryAfter(header(e.response?.headers, 'retry-after')),
  };
}

const RATE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded', 'RATE_LIMIT_EXCEEDED']);
const DISABLED_REASONS = new Set(['SERVICE_DISABLED', 'accessNotConfigured', 'API_DISABLED']);
const RETRYABLE_NETWORK = new Set(['ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'EPIPE', 'UND_ERR_SOCKET', 'TimeoutError', 'AbortError']);

/** True when the call may succeed if repeated later (throttling, transient unavailability). */
export function isRetryable(info: ApiErrorInfo): boolean {
  if (info.network) return RETRYABLE_NETWORK.has(info.network);
  if (info.status === 429 || info.status === 503 || info.status === 502 || info.status === 504 || info.status === 500) return true;
  if (info.apiStatus === 'RESOURCE_EXHAUSTED' || info.apiStatus === 'UNAVAILABLE') return true;
  // Storage, Compute and BigQuery report per-user rate limits as 403 rateLimitExceeded.
  return info.status === 403 && info.reasons.some((r) => RATE_REASONS.has(r));
}

export function isApiNotEnabled(info: ApiErrorInfo): boolean {
  return info.reasons.some((r) => DISABLED_REASONS.has(r)) || /has not been used in project .* before or it is disabled/i.test(info.message);
}

export function classifyGcpError(err: unknown): CollectionErrorCode {
  const info = apiErrorInfo(err);
  if (isApiNotEnabled(info)) return 'ApiNotEnabled';
  if (info.status === 429 || info.apiStatus === 'RESOURCE_EXHAUSTED' || info.reasons.some((r) => RATE_REASONS.has(r))) return 'Throttled';
  if (info.status === 401 || info.apiStatus === 'UNAUTHENTICATED') return 'InvalidCredentials';
  if (info.status === 403 || info.apiStatus === 'PERMISSION_DENIED') return 'AccessDenied';
  if (info.network || (info.status !== undefined && info.status >= 500) || info.apiStatus === 'UNAVAILABLE') return 'ServiceUnavailable';
  return 'Unknown';
}

const TOKEN = /\bya29\.[\w.-]+/g;
const BEARER = /(bearer\s+)[\w.~+/=-]+/gi;
const SECRET_FIELD = /("?(?:access_token|refresh_token|id_token|private_key|client_secret|assertion)"?\s*[=:]\s*)("[^"]*"|\S+)/gi;
const KEY_PARAM = /([?&]key=)[^&\s]+/g;

/** The Google-specific forms first (their markers are kept), then the scrubber every remote error line passes. */
export function redactSecrets(text: string): string {
  return scrubText(text.replace(TOKEN, 'ya29.<redacted>').replace(BEARER, '$1<redacted>').replace(SECRET_FIELD, '$1<redacted>').replace(KEY_PARAM, '$1<redacted>'));
}

/** One line for the snapshot: HTTP status, canonical status and the API's message; never tokens. */
export function gcpErrorMessage(err: unknown): string {
  const info = apiErrorInfo(err);
  const parts: string[] = [];
  if (info.status) parts.push(String(info.status));
  if (info.apiStatus) parts.push(info.apiStatus);
  else if (info.network) parts.push(info.network);
  const head = parts.length ? `${parts.join(' ')}: ` : '';
  return redactSecrets(`${head}${info.message}`).replace(/\s+/g, ' ').trim().slice(0, 300);
}

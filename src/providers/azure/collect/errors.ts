/**
 * Azure errors → mamori collection error codes, retry decisions and safe one-line messages. Works on
 * what the SDKs throw: core-rest-pipeline `RestError` (ARM: `{ error: { code, message } }` bodies,
 * `code` such as `AuthorizationFailed`), Microsoft Graph `GraphError` (`Authorization_RequestDenied`),
 * `@azure/identity` credential errors and Node network errors.
 */
import { scrubText } from '../../../model/scrub.js';
import type { CollectionErrorCode } from '../../../model/types.js';

export interface AzureErrorInfo {
  /** HTTP status, when there was a response. */
  status?: number;
  /** The service's error code (`AuthorizationFailed`, `MissingSubscriptionRegistration`, `Authorization_RequestDenied`). */
  code?: string;
  message: string;
  /** A transport failure (`REQUEST_SEND_ERROR`, `ECONNRESET`, …) with no response. */
  network?: string;
  /** `@azure/identity` could not get a token. */
  credential?: boolean;
}

interface ArmErrorBody {
  error?: { code?: string; message?: string; details?: { code?: string; message?: string }[] };
  code?: string;
  message?: string;
}

function parseBody(text: unknown): ArmErrorBody | undefined {
  if (!text) return undefined;
  if (typeof text === 'object') return text as ArmErrorBody;
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text) as ArmErrorBody;
  } catch {
    return undefined;
  }
}

/**
 * Error bodies by request, kept by the retry policy (retry.ts) for failed answers: the TypeSpec
 * clients' paging helper throws "Pagination failed with unexpected statusCode 403" and drops the
 * ARM error body, whose code and message are what the snapshot should say.
 */
export const errorBodies = new WeakMap<object, string>();

const CREDENTIAL_ERRORS = new Set(['CredentialUnavailableError', 'AuthenticationRequiredError', 'AuthenticationError', 'AggregateAuthenticationError']);

export function azureErrorInfo(err: unknown): AzureErrorInfo {
  const e = (err ?? {}) as {
    name?: string;
    statusCode?: number;
    status?: number;
    code?: unknown;
    message?: string;
    body?: unknown;
    response?: { status?: number; bodyAsText?: string | null; body?: unknown };
    details?: unknown;
    request?: object;
  };
  if (e.name && CREDENTIAL_ERRORS.has(e.name)) return { message: e.message ?? e.name, credential: true, code: e.name };
  const status = typeof e.statusCode === 'number' ? e.statusCode : typeof e.status === 'number' ? e.status : e.response?.status;
  // RestError: the ARM error body is in the response text; GraphError: `body` is the raw JSON text.
  // The modular (TypeSpec) clients' paging errors carry the parsed body on `response.body`.
  const body = parseBody(e.response?.bodyAsText) ?? parseBody(e.response?.body) ?? parseBody(e.body) ?? parseBody(e.request ? errorBodies.get(e.request) : undefined);
  const inner = body?.error ?? (body?.code ? { code: body.code, message: body.message } : undefined);
  const codeField = typeof e.code === 'string' ? e.code : undefined;
  const networkCodes = /^(REQUEST_SEND_ERROR|ECONNRESET|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|ENOTFOUND|EPIPE|UND_ERR_\w+|TimeoutError|AbortError|DEADLINE_EXCEEDED)$/;
  const network = !status && codeField && networkCodes.test(codeField) ? codeField : !status && e.name === 'TypeError' && /fetch failed/i.test(e.message ?? '') ? 'FETCH_FAILED' : undefined;
  const code = inner?.code ?? (codeField && !network ? codeField : undefined);
  return { status: status || undefined, code: code ?? undefined, message: inner?.message ?? e.message ?? String(err), network };
}

/** Resource provider not registered in the subscription: its resources cannot exist there. */
const NOT_REGISTERED = new Set(['MissingSubscriptionRegistration', 'SubscriptionNotRegistered', 'NoRegisteredProviderFound']);
const DENIED = new Set(['AuthorizationFailed', 'LinkedAuthorizationFailed', 'Authorization_RequestDenied', 'Forbidden', 'AccessDenied', 'InsufficientPermissions', 'Request_Forbidden']);
const INVALID_CREDENTIALS = new Set(['InvalidAuthenticationToken', 'InvalidAuthenticationTokenTenant', 'ExpiredAuthenticationToken', 'InvalidAuthenticationTokenAudience', 'InvalidAuthenticationToken_Audience', 'AuthenticationFailed']);
const THROTTLED = new Set(['TooManyRequests', 'RateLimiting', 'ThrottlingException', 'RequestThrottled', 'activityLimitReached']);

export function isNotRegistered(info: AzureErrorInfo): boolean {
  return info.code !== undefined && NOT_REGISTERED.has(info.code);
}

/** True when the call may succeed if repeated later (throttling, transient unavailability). */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}

export function classifyAzureError(err: unknown): CollectionErrorCode {
  const info = azureErrorInfo(err);
  if (info.credential) return 'InvalidCredentials';
  if (isNotRegistered(info)) return 'ApiNotEnabled';
  if (info.status === 429 || (info.code && THROTTLED.has(info.code))) return 'Throttled';
  if (info.status === 401 || (info.code && INVALID_CREDENTIALS.has(info.code))) return 'InvalidCredentials';
  if (info.status === 403 || (info.code && DENIED.has(info.code))) return 'AccessDenied';
  if (info.network || (info.status !== undefined && info.status >= 500)) return 'ServiceUnavailable';
  return 'Unknown';
}

const BEARER = /(bearer\s+)[\w.~+/=-]+/gi;
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]*/g;
const SIG = /([?&](?:sig|se|sv|skoid|sktid|code|client_secret)=)[^&\s"]+/gi;

/** Azure-specific forms first (access tokens, SAS parameters), then the scrubber every remote error line passes. */
export function redactSecrets(text: string): string {
  return scrubText(text.replace(BEARER, '$1<redacted>').replace(JWT, '<redacted-jwt>').replace(SIG, '$1<redacted>'));
}

/** One line for the snapshot: HTTP status, the service's error code and message; never tokens. */
export function azureErrorMessage(err: unknown): string {
  const info = azureErrorInfo(err);
  const parts: string[] = [];
  if (info.status) parts.push(String(info.status));
  if (info.code) parts.push(info.code);
  else if (info.network) parts.push(info.network);
  const head = parts.length ? `${parts.join(' ')}: ` : '';
  return redactSecrets(`${head}${info.message}`).replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** A non-2xx answer of a raw pipeline request (what `sendRequest` returns rather than throws), as an error the classifier reads. */
export class AzureHttpError extends Error {
  readonly statusCode: number;
  readonly code?: string;
  readonly response: { status: number; bodyAsText?: string | null };
  constructor(status: number, bodyAsText: string | null | undefined, url: string) {
    const body = parseBody(bodyAsText ?? undefined);
    const inner = body?.error ?? (body?.code ? { code: body.code, message: body.message } : undefined);
    super(inner?.message ?? `HTTP ${status} from ${new URL(url).pathname}`);
    this.name = 'AzureHttpError';
    this.statusCode = status;
    this.code = inner?.code;
    this.response = { status, bodyAsText };
  }
}

import { scrubText } from '../../../model/scrub.js';
import type { CollectionErrorCode } from '../../../model/types.js';

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedAccess',
  'AuthorizationError',
  'AuthorizationErrorException',
  'Forbidden',
  'AWSOrganizationsNotInUseException',
]);
const REGION_DISABLED = new Set(['OptInRequired', 'InvalidClientTokenId', 'UnrecognizedClientException', 'AuthFailure']);
const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown',
  'RequestThrottled',
  'RequestThrottledException',
  'ProvisionedThroughputExceededException',
]);
const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalError',
  'InternalFailure',
  'UnknownEndpoint',
  'SubscriptionRequiredException',
  'UnsupportedOperation',
  'InvalidAction',
  'ENOTFOUND',
  'ECONNREFUSED',
  'EAI_AGAIN',
  'TimeoutError',
]);
const BAD_CREDENTIALS = new Set(['ExpiredToken', 'ExpiredTokenException', 'CredentialsProviderError', 'SignatureDoesNotMatch']);

/** The AWS error code of an SDK v3 error (service exception name or Node network code). */
export function errorName(err: unknown): string {
  if (typeof err !== 'object' || err === null) return 'Unknown';
  const e = err as { name?: string; Code?: string; code?: string };
  return e.Code ?? (e.name && e.name !== 'Error' ? e.name : undefined) ?? e.code ?? 'Unknown';
}

export function classifyError(err: unknown): CollectionErrorCode {
  const name = errorName(err);
  const status = (err as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
  if (ACCESS_DENIED.has(name)) return 'AccessDenied';
  if (REGION_DISABLED.has(name)) return 'RegionDisabled';
  if (THROTTLED.has(name)) return 'Throttled';
  if (BAD_CREDENTIALS.has(name)) return 'InvalidCredentials';
  if (UNAVAILABLE.has(name)) return 'ServiceUnavailable';
  if (status === 403) return 'AccessDenied';
  if (status === 429) return 'Throttled';
  if (status !== undefined && status >= 500) return 'ServiceUnavailable';
  return 'Unknown';
}

/**
 * A one-line message that never includes request signatures or credentials. The message comes from
 * the endpoint (a proxy, LocalStack or a hostile endpoint may echo the session token it was sent), so
 * it passes the shared scrubber, with the credentials of the environment as known secrets, before
 * it is cut to one line (a cut token would no longer be recognised).
 */
export function errorMessage(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  return redactSecrets(raw).split('\n')[0].slice(0, 300);
}

const ACCESS_KEY = /\b(AKIA|ASIA)[A-Z0-9]{16}\b/g;
const SECRET_LIKE = /(aws_secret_access_key|secretaccesskey|x-amz-security-token|signature)\s*[=:]\s*\S+/gi;

export function redactSecrets(text: string): string {
  const scrubbed = scrubText(text, { secrets: [process.env.AWS_SECRET_ACCESS_KEY, process.env.AWS_SESSION_TOKEN, process.env.AWS_SECURITY_TOKEN] });
  return scrubbed.replace(ACCESS_KEY, '$1****************').replace(SECRET_LIKE, '$1=<redacted>');
}

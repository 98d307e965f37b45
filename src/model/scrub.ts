/**
 * Credential scrubbing: what mamori keeps (raw events of carried aggregation windows, evidence)
 * and what it prints or stores from a remote endpoint (error lines) must never hold a credential.
 *
 * Two layers, because neither is enough alone:
 * - a denylist of field names that carry credentials in AWS, Google Cloud and Azure responses and
 *   requests (STS/IAM `secretAccessKey`, `sessionToken`; EC2 `keyMaterial`, `passwordData`;
 *   Secrets Manager `secretString`; GCP `ServiceAccountKey.privateKeyData`, API keys' `keyString`,
 *   OAuth `access_token`/`refresh_token`; Azure `listKeys` results, connection strings, SAS tokens,
 *   Graph `secretText`, …): the value goes whatever it looks like;
 * - value patterns for credentials that turn up in free text or under an innocent field name: PEM
 *   private key blocks, JWTs, `Bearer …`, `password=…`/`"token": "…"` pairs, secret URL query
 *   values (`sig=`, `token=`, `X-Amz-Signature=`, …) and URL passwords, well-known token prefixes
 *   (`ya29.`, `AIza`, `xox?-`, `ghp_`), and an AWS secret key written after its access key id.
 *
 * Access key ids (AKIA…/ASIA…) are identifiers, not secrets: correlation and baselines key on them,
 * so they are kept. Nothing here mutates its input: a scrubbed value is a copy where it differs.
 */

/** What a credential is replaced with. */
export const REDACTED = '[redacted]';
/** Replaces a reference back to an object being scrubbed (the result stays JSON-safe). */
export const CYCLE = '[cycle]';
/** Replaces what is nested deeper than the scrubber goes (it cannot vouch for it). */
export const TOO_DEEP = '[too deep]';

/** `secret_access_key`, `Secret-Access-Key` and `secretAccessKey` are one name. */
const norm = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Field names whose value is a credential, as they appear in provider responses, requests and files (normalised). */
const SECRET_FIELDS = new Set(
  [
    // Generic
    'password', 'passwd', 'pwd', 'passphrase', 'secret', 'token', 'credentials', 'authorization', 'proxy-authorization', 'cookie', 'set-cookie',
    'api_key', 'apikey', 'x-api-key', 'private_key', 'privatekey', 'client_secret', 'access_token', 'refresh_token', 'id_token', 'auth_token',
    // AWS: STS/SSO/Cognito credentials, IAM access keys and service-specific credentials, EC2 key pairs
    // and Windows passwords, Secrets Manager, KMS plaintext data keys, ECR/CodeArtifact tokens,
    // SSE-C customer keys, RDS/Redshift/ElastiCache passwords and auth tokens, IAM MFA codes.
    'secretAccessKey', 'aws_secret_access_key', 'sessionToken', 'aws_session_token', 'securityToken', 'x-amz-security-token', 'secretKey',
    'keyMaterial', 'passwordData', 'secretString', 'secretBinary', 'plaintext', 'authorizationToken', 'authToken',
    'SSECustomerKey', 'x-amz-server-side-encryption-customer-key', 'copySourceSSECustomerKey', 'authenticationCode1', 'authenticationCode2',
    // Google Cloud: service account keys, API key strings, HMAC key secrets, signed JWTs, OAuth tokens.
    'privateKeyData', 'keyString', 'signedJwt', 'accessToken', 'refreshToken', 'idToken',
    // Azure: storage/Cosmos/Event Hubs/Service Bus/Redis keys, connection strings, SAS, app secrets.
    'primaryKey', 'secondaryKey', 'accountKey', 'sharedKey', 'sharedAccessKey', 'sasToken', 'sharedAccessSignature', 'secretText', 'clientSecret',
  ].map(norm),
);

/** Name endings that mark a credential whatever comes before (`masterUserPassword`, `primaryConnectionString`). */
const SECRET_SUFFIXES = [
  'password', 'passwd', 'passphrase', 'secret', 'secretaccesskey', 'sessiontoken', 'securitytoken', 'privatekey', 'privatekeydata', 'privatekeypem',
  'accesstoken', 'refreshtoken', 'idtoken', 'authtoken', 'bearertoken', 'sastoken', 'apikey', 'secretkey', 'connectionstring', 'sharedkey',
  'accountkey', 'masterkey', 'accesskey',
];

// Field names repeat across events (a CloudTrail record has a few dozen kinds): answers are cached.
const fieldCache = new Map<string, boolean>();

/** Whether a field of this name holds a credential (case and separators ignored). */
export function isSecretField(name: string): boolean {
  let known = fieldCache.get(name);
  if (known === undefined) {
    known = secretName(name);
    if (fieldCache.size >= 10_000) fieldCache.clear();
    fieldCache.set(name, known);
  }
  return known;
}

function secretName(name: string): boolean {
  const n = norm(name);
  if (!n) return false;
  if (SECRET_FIELDS.has(n)) return true;
  for (const s of SECRET_SUFFIXES) if (n.endsWith(s)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Value patterns (every one linear-time: no nested quantifiers over the same characters)

const PEM = /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY( BLOCK)?-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|$)/g;
// A JSON-escaped PEM (`"private_key": "-----BEGIN PRIVATE KEY-----\n…"` echoed in a message) ends at a quote.
const JWT = /\beyJ[A-Za-z0-9_-]{6,}\.eyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]*/g;
const AUTH_SCHEME = /\b(bearer|basic)(\s+)(?=[A-Za-z._~+/-]*[0-9])[A-Za-z0-9._~+/-]{8,}=*/gi;
const KNOWN_TOKENS = /\b(?:ya29\.[\w.-]{10,}|AIza[0-9A-Za-z_-]{35}|xox[abposr]-[A-Za-z0-9-]{10,}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g;
// An AWS secret access key right after its access key id (`AKIA…:secret`, `AKIA… / secret`).
const AWS_PAIR = /\b((?:AKIA|ASIA)[A-Z0-9]{16})([^A-Za-z0-9/+=]{1,5})[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
// Query parameters whose value is a credential: SAS `sig`, presigned `X-Amz-Signature` and
// `X-Amz-Security-Token`, `X-Goog-Signature`, OAuth and API-key parameters, webhook `token`/`code`.
const QUERY_SECRET =
  /([?&;](?:sig|signature|x-amz-signature|x-amz-security-token|x-goog-signature|x-goog-credential-token|token|access_token|refresh_token|id_token|key|api_key|apikey|code|client_secret|password|secret|auth|sv_token)=)[^&#\s"'<>]+/gi;
// `scheme://user:password@host`
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s/:@'"<>]*:)[^\s/@'"<>]+@/gi;
// `password=…`, `"secretAccessKey": "…"`, `token: …` in free text. The name may carry a prefix
// (`dbPassword=`); a bare `name:value` with no space or quote is not taken (it is how ARNs read:
// `arn:aws:secretsmanager:…:secret:prod-db`).
const KV_NAMES =
  'password|passwd|pwd|passphrase|secret|token|api[_-]?key|private[_-]?key|secret[_-]?access[_-]?key|secret[_-]?key|session[_-]?token|security[_-]?token|access[_-]?token|refresh[_-]?token|id[_-]?token|auth[_-]?token|client[_-]?secret|account[_-]?key|shared[_-]?access[_-]?key|sas[_-]?token|connection[_-]?string|privateKeyData|keyMaterial|passwordData|secretString|x-amz-security-token';
const KV = new RegExp(`\\b([A-Za-z0-9_-]{0,40}?(?:${KV_NAMES}))(["']?)(\\s*[=:]\\s*)("[^"]*"|'[^']*'|[^\\s,;&"'}<>\\])]+)`, 'gi');

// The AWS CLI and config-file forms: `aws configure set aws_secret_access_key <key>`.
const AWS_NAMED = /\b((?:aws_)?secret_access_key|(?:aws_)?session_token|secretAccessKey|sessionToken)(\s+)[A-Za-z0-9/+=]{16,}/gi;

/** Cheap test before the patterns: most strings (names, ids, times) have none of these. */
// Every pattern below needs one of these (names in KV all contain pass, pwd, secret, token, key or connection).
const MAYBE = /=|:\/\/|pass|pwd|secret|token|key|connection|bearer|basic|-----BEGIN|eyJ|AIza|ya29\.|xox|gh[pousr]_|github_pat_|AKIA|ASIA/i;

function kvReplace(match: string, name: string, quote: string, sep: string, value: string): string {
  // `secret:prod-db` (an ARN) or `token:` followed by nothing secret-looking: keep.
  if (!sep.includes('=') && !quote && !/\s/.test(sep) && !value.startsWith('"') && !value.startsWith("'")) return match;
  // Already replaced by an earlier pattern (a query value, a bearer token).
  if (/^["']?\[redacted/.test(value)) return match;
  const q = value.startsWith('"') ? '"' : value.startsWith("'") ? "'" : '';
  return `${name}${quote}${sep}${q}${REDACTED}${q}`;
}

/**
 * Replaces credentials found by pattern in one string (a field value, a message). Values under a
 * denylisted name are replaced whole by scrubValue; this is for those that are not.
 */
export function scrubString(text: string): string {
  if (!MAYBE.test(text)) return text;
  return text
    .replace(PEM, REDACTED)
    .replace(JWT, REDACTED)
    .replace(KNOWN_TOKENS, REDACTED)
    .replace(AWS_PAIR, `$1$2${REDACTED}`)
    .replace(AWS_NAMED, `$1$2${REDACTED}`)
    .replace(URL_PASSWORD, `$1${REDACTED}@`)
    .replace(QUERY_SECRET, `$1${REDACTED}`)
    .replace(AUTH_SCHEME, `$1$2${REDACTED}`)
    .replace(KV, kvReplace);
}

// ---------------------------------------------------------------------------------------------
// JSON values

export interface ScrubOptions {
  /** Nesting depth scrubbed; deeper values are replaced by TOO_DEEP. Default 64. */
  maxDepth?: number;
}

const isPlainObject = (v: object): v is Record<string, unknown> => {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** Azure `listKeys` and ACR `listCredentials` give `{ keyName: 'key1', value: '…' }` / `{ name: 'password', value: '…' }`. */
const NAMED_KEY = /^(?:key\d*|password\d*|primary|secondary|kerb\d*|primary(?:read(?:only)?)?key|secondary(?:read(?:only)?)?key)$/i;
function isNamedKeyPair(o: Record<string, unknown>): boolean {
  if (!('value' in o)) return false;
  if (typeof o.keyName === 'string' || typeof o.KeyName === 'string') return true;
  return typeof o.name === 'string' && NAMED_KEY.test(o.name);
}

/** Sets a property even when its name is `__proto__` (a JSON document may carry one as data). */
function put(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/**
 * A copy of a JSON-like value with every credential replaced by REDACTED: values of denylisted
 * fields (strings and numbers; objects under such a name are scrubbed field by field, so the AWS
 * `accessKey: { accessKeyId, secretAccessKey }` keeps its id), and credentials found by pattern in
 * any string. Unchanged parts are shared with the input, not copied. Cycles become CYCLE and values
 * deeper than `maxDepth` TOO_DEEP, so the result is always JSON-safe. A class instance with
 * `toJSON` is scrubbed as what it serialises to; other objects that are not plain (Date, Map) are
 * kept as they are.
 */
export function scrubValue<T>(value: T, options: ScrubOptions = {}): T {
  const maxDepth = options.maxDepth ?? 64;
  const path = new Set<object>();

  const walk = (v: unknown, depth: number, secret: boolean): unknown => {
    if (typeof v === 'string') return secret ? (v ? REDACTED : v) : scrubString(v);
    if (typeof v === 'number' || typeof v === 'bigint') return secret ? REDACTED : v;
    if (v === null || typeof v !== 'object') return v;
    if (depth >= maxDepth) return TOO_DEEP;
    if (path.has(v)) return CYCLE;
    if (Array.isArray(v)) {
      path.add(v);
      let out: unknown[] | undefined;
      for (let i = 0; i < v.length; i++) {
        const next = walk(v[i], depth + 1, secret);
        if (next !== v[i]) (out ??= v.slice())[i] = next;
      }
      path.delete(v);
      return out ?? v;
    }
    if (!isPlainObject(v)) {
      // A class with toJSON (the lazy CloudTrail and audit-log events) is stored as what toJSON
      // gives: scrub that, and keep the instance itself when it holds nothing to remove.
      const toJSON = (v as { toJSON?: unknown }).toJSON;
      if (v instanceof Date || typeof toJSON !== 'function') return v;
      const plain = (toJSON as () => unknown).call(v);
      if (plain === v || plain === null || typeof plain !== 'object') return v;
      path.add(v);
      const scrubbed = walk(plain, depth, secret);
      path.delete(v);
      return scrubbed === plain ? v : scrubbed;
    }
    path.add(v);
    const pair = isNamedKeyPair(v);
    let out: Record<string, unknown> | undefined;
    const keys = Object.keys(v);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const before = v[k];
      const after = walk(before, depth + 1, isSecretField(k) || (pair && k === 'value'));
      if (after !== before && !out) {
        out = Object.getPrototypeOf(v) === null ? Object.create(null) : {};
        for (let j = 0; j < i; j++) put(out!, keys[j], v[keys[j]]);
      }
      if (out) put(out, k, after);
    }
    path.delete(v);
    return out ?? v;
  };

  return walk(value, 0, false) as T;
}

// ---------------------------------------------------------------------------------------------
// Lines from remote endpoints

/** A run of base64/base64url characters long enough to be a key or token. */
const LONG_RUN = /[A-Za-z0-9+/=_-]{40,}/g;

/** Bits per character: random keys and tokens are near 5-6, names and paths well under 4.5. */
function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** 0 upper, 1 lower, 2 digit, 3 other (`+/=_-`). */
function charClass(c: number): number {
  if (c >= 65 && c <= 90) return 0;
  if (c >= 97 && c <= 122) return 1;
  if (c >= 48 && c <= 57) return 2;
  return 3;
}

/**
 * Whether a long run looks like key material rather than a name or a path. Random base64 changes
 * character class (upper, lower, digit, symbol) between about two neighbours in three; words,
 * CamelCase names, ARN paths, dates and hex digests change far less often, or lack a case.
 */
function looksLikeKey(run: string): boolean {
  const seen = [0, 0, 0, 0];
  let changes = 0;
  let prev = -1;
  for (let i = 0; i < run.length; i++) {
    const k = charClass(run.charCodeAt(i));
    seen[k]++;
    if (prev !== -1 && k !== prev) changes++;
    prev = k;
  }
  return seen[0] >= 2 && seen[1] >= 2 && seen[2] + seen[3] >= 1 && changes / (run.length - 1) >= 0.45 && entropy(run) >= 4;
}

export interface ScrubTextOptions {
  /** Values known to be secret here (the credentials in use, a webhook URL's parts): replaced wherever they appear. */
  secrets?: readonly (string | undefined)[];
}

/**
 * One message from a remote endpoint (an API error, an HTTP body echoed back), made safe to print
 * and store: known secrets replaced, then the value patterns of scrubString, then any long run of
 * key-like characters (an endpoint may echo a session token or signature with no name beside it;
 * in an error line nothing that looks like key material is worth keeping).
 */
export function scrubText(text: string, options: ScrubTextOptions = {}): string {
  let out = text;
  const known = [...new Set((options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 8))].sort((a, b) => b.length - a.length);
  for (const s of known) out = out.split(s).join(REDACTED);
  out = scrubString(out);
  return out.replace(LONG_RUN, (run) => (looksLikeKey(run) ? REDACTED : run));
}

/**
 * Azure Activity Log: the subscription's (and tenant's, management groups') control-plane record of
 * Azure Resource Manager operations, in every form it is exported, normalised into CloudEvents.
 *
 *   diagnostic settings → storage      `insights-activity-logs/…/PT1H.json`: one record per line
 *                                      (older exports: `{"records":[…]}` documents)
 *   diagnostic settings → Event Hubs   message bodies `{"records":[…]}` of the same records
 *   Log Analytics `AzureActivity`      rows as JSON (query results, exports) or CSV (the portal's
 *                                      "Export to CSV"): TimeGenerated, OperationNameValue, …
 *   `az monitor activity-log list`     a JSON array of EventData objects (eventTimestamp,
 *                                      operationName {value}, status {value}, …; also the REST API)
 *
 * Every form becomes a record of the first form (the storage / Event Hubs schema: `time`,
 * `resourceId`, `operationName`, `category`, `resultType`, `resultSignature`, `callerIpAddress`,
 * `correlationId`, `identity.authorization`, `identity.claims`, `level`, `location`, `properties`),
 * so one rule matches them all: rules match on that record (`raw`), as Sigma's azure/activitylogs
 * rules do. Storage records are kept as they are; Log Analytics rows and EventData objects are
 * rewritten into that schema (their status vocabulary too: Started → Start, Succeeded → Success,
 * Accepted → Accept, Failed → Failure) and keep `caller`.
 *
 * Phases. A write or action is logged as several records that share a `correlationId`: a begin
 * record (resultType Start, with the request body), for asynchronous operations an Accept record
 * (HTTP 202), and the outcome (Success or Failure, with the response body). Each is read and counted
 * as an event, but only the outcome is the operation: begin and Accept records get `phase`
 * ('begin' / 'accepted') and rules do not run on them (src/detect/rules/ruleset.ts), so a Start and
 * a Success of one write never fire a rule twice. The request body of a begin record is remembered
 * (of the last 4,096 correlation ids, by operation and resource) for the outcome record that carries
 * none: `mamori.azure.request` reads it there. An outcome that is never logged (a file cut between
 * the records, an operation still running) leaves its operation undetected.
 *
 * Secrets: request and response bodies can carry VM and SQL administrator passwords, extension
 * `protectedSettings`, VM `customData`, Key Vault secret values. They are scrubbed when the record is
 * read (src/model/scrub.ts, plus those names), before anything keeps the record.
 *
 *   account   the subscription id of the resource (`/subscriptions/<id>/…`), else the record's
 *             subscription, else `managementGroups/<name>` or `tenants/<id>`
 *   region    location, else "global"
 *   actor     identity.claims: users by UPN (`email`, `arn`) and object id (`principalId`); service
 *             principals by app id (`arn`); managed identities by their resource id (`xms_mirid`,
 *             lower-cased); Azure acting on its own (no claims, a caller that names no principal)
 *   src       callerIpAddress
 *   api       service = the resource provider (Microsoft.Compute), operation = operationName,
 *             errorCode from a Failure's status code, readOnly for …/read operations
 *   resources the resource id, lower-cased (ARM ids are case-insensitive and logs mix cases)
 */
import type { ActorType, CloudEvent, EventActor, EventSource } from '../../../model/event.js';
import { REDACTED, scrubString, scrubValue } from '../../../model/scrub.js';
import { capped, field, isoTime, parseTime, sha1 } from '../../../detect/read/values.js';
import { quoteForError } from '../../../model/errors.js';

type Json = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const obj = (v: unknown): Json | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);

/** The categories of the Activity Log (storage / Event Hubs `category`; older exports: Write, Delete, Action). */
const CATEGORIES = new Set(['administrative', 'security', 'servicehealth', 'alert', 'recommendation', 'policy', 'autoscale', 'resourcehealth', 'write', 'delete', 'action']);
/** The same as written by diagnostic settings, looked up first (no lower-casing for every record). */
const CATEGORIES_AS_WRITTEN = new Set(['Administrative', 'Security', 'ServiceHealth', 'Alert', 'Recommendation', 'Policy', 'Autoscale', 'ResourceHealth', 'Write', 'Delete', 'Action']);

// ---------------------------------------------------------------------------------------------
// What a parsed value is

/** The form an Activity Log record arrived in, or undefined for a value that is not one. */
export type AzureActivityForm = 'record' | 'row' | 'eventdata';

/**
 * Whether a JSON object is an Activity Log record, in which form: 'record' (storage / Event Hubs),
 * 'row' (Log Analytics AzureActivity), 'eventdata' (az CLI, REST, PowerShell); 'other' for another
 * Azure resource log (same top-level schema, another category: Key Vault AuditEvent, …); undefined
 * for anything else.
 */
export function azureActivityForm(v: Json): AzureActivityForm | 'other' | undefined {
  const op = v.operationName;
  if (typeof op === 'string') {
    if (typeof v.time !== 'string' || typeof v.resourceId !== 'string') return undefined;
    const c = v.category;
    return typeof c === 'string' && (CATEGORIES_AS_WRITTEN.has(c) || CATEGORIES.has(c.toLowerCase())) ? 'record' : 'other';
  }
  if (op !== null && typeof op === 'object' && typeof v.eventTimestamp === 'string') return 'eventdata';
  if (typeof v.OperationNameValue === 'string' && (typeof v.TimeGenerated === 'string' || typeof v['TimeGenerated [UTC]'] === 'string')) return 'row';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Other forms → the storage record

/** Status words of Log Analytics and EventData → the storage schema's resultType. */
const RESULT_TYPES: Readonly<Record<string, string>> = { started: 'Start', start: 'Start', accepted: 'Accept', accept: 'Accept', succeeded: 'Success', success: 'Success', failed: 'Failure', failure: 'Failure' };

function resultTypeOf(v: unknown): string | undefined {
  const s = str(v);
  return s ? (RESULT_TYPES[s.toLowerCase()] ?? s) : undefined;
}

/** A dynamic column: an object in JSON exports, its JSON text in CSV; undefined when neither. */
function dynamic(v: unknown): unknown {
  if (typeof v !== 'string') return v === null ? undefined : v;
  const t = v.trim();
  if (t === '' || (t[0] !== '{' && t[0] !== '[')) return undefined;
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
  }
}

function put(out: Json, key: string, v: unknown): void {
  if (v !== undefined && v !== null && v !== '') out[key] = v;
}

/**
 * The portal's CSV export writes times as "11/20/2026, 3:14:15.412 AM" (UTC, per the column's
 * " [UTC]"); JSON exports and the API ISO 8601. ISO text for either, the input otherwise.
 */
export function isoFromExport(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),? (\d{1,2}):(\d{2}):(\d{2})(\.\d+)? ?(AM|PM)?$/i.exec(v.trim());
  if (!m) return v;
  let h = Number(m[4]);
  if (m[8]) h = (h % 12) + (m[8].toUpperCase() === 'PM' ? 12 : 0);
  const ms = Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), h, Number(m[5]), Number(m[6]), m[7] ? Math.floor(Number(m[7]) * 1000) : 0);
  return Number.isNaN(ms) ? v : new Date(ms).toISOString();
}

/** A Log Analytics AzureActivity row as a storage record. */
export function recordFromRow(row: Json): Json {
  const out: Json = {};
  put(out, 'time', isoFromExport(row.TimeGenerated ?? row['TimeGenerated [UTC]'] ?? row.EventSubmissionTimestamp));
  put(out, 'resourceId', str(row._ResourceId) ?? str(row.ResourceId) ?? (str(row.SubscriptionId) ? `/subscriptions/${row.SubscriptionId as string}` : undefined));
  put(out, 'operationName', row.OperationNameValue);
  put(out, 'category', str(row.CategoryValue) ?? str(row.Category));
  put(out, 'resultType', resultTypeOf(row.ActivityStatusValue ?? row.ActivityStatus));
  put(out, 'resultSignature', str(row.ActivitySubstatusValue) ?? str(row.ActivitySubstatus));
  const http = obj(dynamic(row.HTTPRequest));
  put(out, 'callerIpAddress', str(row.CallerIpAddress) ?? str(http?.clientIpAddress));
  put(out, 'correlationId', row.CorrelationId);
  const identity: Json = {};
  put(identity, 'authorization', obj(dynamic(row.Authorization_d)) ?? obj(dynamic(row.Authorization)));
  put(identity, 'claims', obj(dynamic(row.Claims_d)) ?? obj(dynamic(row.Claims)));
  if (Object.keys(identity).length) out.identity = identity;
  put(out, 'level', row.Level);
  put(out, 'properties', obj(dynamic(row.Properties_d)) ?? obj(dynamic(row.Properties)));
  put(out, 'caller', row.Caller);
  put(out, 'eventDataId', row.EventDataId);
  put(out, 'subscriptionId', row.SubscriptionId);
  put(out, 'tenantId', row.TenantId);
  put(out, 'operationId', row.OperationId);
  return out;
}

/** An EventData object (`az monitor activity-log list`, the REST API) as a storage record. */
export function recordFromEventData(e: Json): Json {
  const out: Json = {};
  const value = (v: unknown) => str(obj(v)?.value) ?? str(v);
  put(out, 'time', e.eventTimestamp);
  put(out, 'resourceId', str(e.resourceId) ?? (str(e.subscriptionId) ? `/subscriptions/${e.subscriptionId as string}` : undefined));
  put(out, 'operationName', value(e.operationName));
  put(out, 'category', value(e.category));
  put(out, 'resultType', resultTypeOf(value(e.status)));
  const status = value(e.status);
  const sub = value(e.subStatus);
  if (status) out.resultSignature = `${status}.${sub ?? ''}`;
  put(out, 'callerIpAddress', obj(e.httpRequest)?.clientIpAddress);
  put(out, 'correlationId', e.correlationId);
  const auth = obj(e.authorization);
  const identity: Json = {};
  if (auth) {
    const a: Json = {};
    put(a, 'action', auth.action);
    put(a, 'scope', auth.scope);
    if (str(auth.role)) a.evidence = { role: auth.role };
    identity.authorization = a;
  }
  put(identity, 'claims', obj(e.claims));
  if (Object.keys(identity).length) out.identity = identity;
  const level = str(e.level);
  put(out, 'level', level === 'Informational' ? 'Information' : level);
  put(out, 'properties', obj(e.properties));
  put(out, 'caller', e.caller);
  put(out, 'eventDataId', e.eventDataId);
  put(out, 'subscriptionId', e.subscriptionId);
  put(out, 'tenantId', e.tenantId);
  put(out, 'operationId', e.operationId);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Secrets in request and response bodies

/** A body that may hold a credential: looked at further only then. */
const SECRETISH = /pass|secret|key|token|protectedsettings|customdata|connectionstring|credential|"value"/i;
/** Names whose whole value goes, beside scrub.ts's list: extension protected settings, VM custom data (scripts with secrets). */
const REDACT_WHOLE = new Set(['protectedsettings', 'customdata', 'protectedsettingsfromkeyvault', 'userdata']);

/** `v` with those values redacted; `v` itself when it holds none. */
function redactWhole(v: unknown, secretsOp: boolean, depth: number): unknown {
  if (depth > 32 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const x = redactWhole(v[i], secretsOp, depth + 1);
      if (x !== v[i]) (out ??= v.slice())[i] = x;
    }
    return out ?? v;
  }
  let out: Json | undefined;
  for (const [k, x] of Object.entries(v as Json)) {
    const name = k.toLowerCase();
    let y: unknown;
    if (REDACT_WHOLE.has(name) && x !== null && x !== '') y = REDACTED;
    // Key Vault secrets (…/vaults/secrets/write): properties.value is the secret.
    else if (secretsOp && name === 'value' && typeof x === 'string' && x) y = REDACTED;
    else y = redactWhole(x, secretsOp, depth + 1);
    if (y !== x) (out ??= { ...(v as Json) })[k] = y;
  }
  return out ?? v;
}

/** A request or response body (JSON text, or an object in some exports) without credentials. */
export function scrubBody(body: unknown, operationName: string): unknown {
  const secretsOp = /\/secrets\//i.test(operationName);
  if (typeof body === 'string') {
    if (!SECRETISH.test(body)) return body;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return scrubString(body);
    }
    // scrubValue and redactWhole give back their input when there is nothing to remove.
    const clean = scrubValue(redactWhole(parsed, secretsOp, 0));
    return clean === parsed ? body : JSON.stringify(clean);
  }
  if (body !== null && typeof body === 'object') return scrubValue(redactWhole(body, secretsOp, 0));
  return body;
}

/** Scrubs the bodies of a record's properties in place (the record is the reader's own parse). */
function scrubRecord(record: Json): void {
  const p = obj(record.properties);
  if (!p) return;
  const op = typeof record.operationName === 'string' ? record.operationName : '';
  for (let i = 0; i < BODY_KEYS.length; i++) {
    const k = BODY_KEYS[i];
    const b = p[k];
    if (b === undefined || b === null || b === '') continue;
    const clean = scrubBody(b, op);
    if (clean !== b) p[k] = clean;
  }
}

const BODY_KEYS = ['requestbody', 'requestBody', 'responseBody', 'responsebody'];

// ---------------------------------------------------------------------------------------------
// Phases: the request body of a begin record, kept for the outcome record

/**
 * The request bodies of the last JOIN_LIMIT begin records, in a ring: remembering costs four array
 * writes and no allocation (most are never asked for); a lookup, made only when a rule reads the
 * request of an outcome record that has none, walks the ring from the newest.
 */
const JOIN_LIMIT = 4096;
const ringCorrelation: (string | undefined)[] = new Array(JOIN_LIMIT).fill(undefined);
const ringOperation: unknown[] = new Array(JOIN_LIMIT).fill(undefined);
const ringResource: unknown[] = new Array(JOIN_LIMIT).fill(undefined);
const ringBody: unknown[] = new Array(JOIN_LIMIT).fill(undefined);
let ringNext = 0;

function remember(record: Json): void {
  const p = record.properties as Json;
  const body = p.requestbody ?? p.requestBody;
  const id = record.correlationId;
  if (body === undefined || body === null || body === '' || typeof id !== 'string') return;
  const i = ringNext;
  ringNext = (i + 1) % JOIN_LIMIT;
  ringCorrelation[i] = id;
  ringOperation[i] = record.operationName;
  ringResource[i] = record.resourceId;
  ringBody[i] = body;
}

/** The request body a begin record of the same operation on the same resource carried (undefined when none was seen). */
function joinedRequest(record: Json): unknown {
  const id = record.correlationId;
  if (typeof id !== 'string') return undefined;
  let op: string | undefined;
  let rid: string | undefined;
  for (let n = 1; n <= JOIN_LIMIT; n++) {
    const i = (ringNext - n + JOIN_LIMIT) % JOIN_LIMIT;
    if (ringCorrelation[i] !== id) continue;
    // One deployment shares its correlation id across many resources: the operation and resource must match too.
    op ??= String(record.operationName).toLowerCase();
    rid ??= String(record.resourceId).toLowerCase();
    if (String(ringOperation[i]).toLowerCase() === op && String(ringResource[i]).toLowerCase() === rid) return ringBody[i];
  }
  return undefined;
}

/** Forgets the remembered request bodies (tests). */
export function resetActivityJoin(): void {
  ringCorrelation.fill(undefined);
  ringOperation.fill(undefined);
  ringResource.fill(undefined);
  ringBody.fill(undefined);
  ringNext = 0;
}

/** The phase of a record that is not an operation's outcome: 'begin' (Start) or 'accepted' (Accept, HTTP 202). */
export function phaseOf(resultType: unknown): 'begin' | 'accepted' | undefined {
  if (typeof resultType !== 'string') return undefined;
  switch (resultType) {
    case 'Start':
    case 'Started':
      return 'begin';
    case 'Accept':
    case 'Accepted':
      return 'accepted';
    default: {
      const t = resultType.toLowerCase();
      return t === 'start' || t === 'started' ? 'begin' : t === 'accept' || t === 'accepted' ? 'accepted' : undefined;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Normalised fields

const CLAIM_UPN = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn';
const CLAIM_NAME = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name';
const CLAIM_OID = 'http://schemas.microsoft.com/identity/claims/objectidentifier';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The subscription (or management group, tenant) a record belongs to. */
export function azureAccountOf(record: Json): string {
  const rid = str(record.resourceId);
  if (rid) {
    const lower = rid.toLowerCase();
    if (lower.startsWith('/subscriptions/')) {
      const end = lower.indexOf('/', 15);
      return capped(lower.slice(15, end < 0 ? undefined : end));
    }
  }
  const sub = str(record.subscriptionId);
  if (sub) return capped(sub.toLowerCase());
  if (rid) {
    const mg = /^\/providers\/microsoft\.management\/managementgroups\/([^/]+)/i.exec(rid);
    if (mg) return capped(`managementGroups/${mg[1]}`);
  }
  const tenant = str(record.tenantId) ?? str(obj(obj(record.identity)?.claims)?.['http://schemas.microsoft.com/identity/claims/tenantid']);
  return tenant ? capped(`tenants/${tenant}`) : '';
}

export function azureActorOf(record: Json): EventActor | undefined {
  const identity = obj(record.identity);
  const claims = obj(identity?.claims);
  const evidence = obj(obj(identity?.authorization)?.evidence);
  const caller = field(record.caller);
  if (!claims) {
    if (!caller) return undefined;
    // Log Analytics and EventData name the caller even without claims: a UPN, an object id, or
    // Azure itself ("Microsoft.Advisor", "Azure Backup").
    if (caller.includes('@')) return { type: 'AzureUser', arn: caller.toLowerCase(), email: caller, userName: caller };
    if (GUID.test(caller)) return { type: evidence?.principalType === 'User' ? 'AzureUser' : 'AzureServicePrincipal', arn: caller.toLowerCase(), principalId: caller.toLowerCase() };
    return { type: 'AzurePlatform', arn: caller, userName: caller };
  }
  const upn = field(claims[CLAIM_UPN]) ?? field(claims.upn) ?? field(claims.unique_name);
  const name = field(claims[CLAIM_NAME]) ?? field(claims.name);
  const oid = field(claims[CLAIM_OID]) ?? field(claims.oid);
  const appid = field(claims.appid) ?? field(claims.azp);
  const mirid = field(claims.xms_mirid);
  const idtyp = str(claims.idtyp);
  const principalType = str(evidence?.principalType);
  const actor: EventActor = { type: 'Unknown' };
  if (oid) actor.principalId = oid.toLowerCase();
  if (mirid) {
    actor.type = 'AzureManagedIdentity';
    actor.arn = mirid.toLowerCase();
    actor.userName = mirid.slice(mirid.lastIndexOf('/') + 1);
  } else if (upn || idtyp === 'user' || principalType === 'User' || (name && name.includes('@'))) {
    // Guests have no upn claim: their name is "live.com#someone@example.com" or the e-mail itself.
    const who = upn ?? (name && name.includes('@') ? name.slice(name.lastIndexOf('#') + 1) : undefined) ?? (caller?.includes('@') ? caller : undefined);
    actor.type = 'AzureUser';
    if (who) {
      actor.email = who;
      actor.userName = who;
    }
    actor.arn = (who ?? oid ?? caller)?.toLowerCase();
  } else if (appid || idtyp === 'app' || principalType === 'ServicePrincipal') {
    actor.type = 'AzureServicePrincipal';
    actor.arn = (appid ?? oid ?? caller)?.toLowerCase();
    if (appid) actor.userName = appid;
  } else if (oid || caller) {
    actor.arn = (oid ?? caller)!.toLowerCase();
  }
  if (actor.arn) actor.arn = capped(actor.arn);
  return actor;
}

/** `Microsoft.Compute` of `Microsoft.Compute/virtualMachines/write`. */
function providerOf(op: string): string {
  const slash = op.indexOf('/');
  return slash < 0 ? op : op.slice(0, slash);
}

export function azureApiOf(record: Json): NonNullable<CloudEvent['api']> {
  const op = typeof record.operationName === 'string' ? record.operationName : '';
  const api: NonNullable<CloudEvent['api']> = { service: capped(providerOf(op)), operation: capped(op), readOnly: /\/read$/i.test(op) };
  const result = str(record.resultType);
  if (result && /^fail/i.test(result)) {
    const p = obj(record.properties);
    const sig = str(record.resultSignature);
    api.errorCode = capped(String(p?.statusCode ?? (sig ? sig.slice(sig.indexOf('.') + 1) : '') ?? 'Failure') || 'Failure');
    const message = field(p?.statusMessage);
    if (message) api.errorMessage = message;
  }
  return api;
}

type Resource = CloudEvent['resources'][number];

/** The resource type of an ARM id: `microsoft.compute/virtualmachines` (nested types joined: `…/virtualmachines/extensions`). */
export function resourceTypeOf(lowerId: string): string | undefined {
  const at = lowerId.lastIndexOf('/providers/');
  if (at < 0) return lowerId.startsWith('/subscriptions/') ? (lowerId.includes('/resourcegroups/') ? 'microsoft.resources/resourcegroups' : 'microsoft.resources/subscriptions') : undefined;
  const parts = lowerId.slice(at + 11).split('/');
  const types = [parts[0]];
  for (let i = 1; i < parts.length; i += 2) types.push(parts[i]);
  return types.join('/');
}

export function azureResourcesOf(record: Json): Resource[] {
  const rid = str(record.resourceId);
  if (!rid) return [];
  const uid = capped(rid.toLowerCase());
  const r: Resource = { uid, name: capped(rid.slice(rid.lastIndexOf('/') + 1)) };
  const type = resourceTypeOf(uid);
  if (type) r.type = type;
  return [r];
}

// ---------------------------------------------------------------------------------------------
// `mamori.azure.*`: what the rules read beyond the record

/** Built-in role definitions by id (the GUID at the end of roleDefinitionId). */
const BUILTIN_ROLES: Readonly<Record<string, string>> = {
  '8e3af657-a8ff-443c-a75c-2fe8c4bcb635': 'Owner',
  'b24988ac-6180-42a0-ab88-20f7382dd24c': 'Contributor',
  'acdd72a7-3385-48ef-bd42-f606fba81ae7': 'Reader',
  '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9': 'User Access Administrator',
  'f58310d9-a9f6-439a-9e8d-f62e7b41a168': 'Role Based Access Control Administrator',
  '00482a5a-887f-4fb3-b363-3b7fe8e74483': 'Key Vault Administrator',
};

/** The level of a scope: root, managementGroup, subscription, resourceGroup or resource. */
export function scopeLevel(scope: string): string {
  const s = scope.toLowerCase().replace(/\/+$/, '');
  if (s === '' || s === '/') return 'root';
  if (/^\/providers\/microsoft\.management\/managementgroups\/[^/]+$/.test(s)) return 'managementGroup';
  if (/^\/subscriptions\/[^/]+$/.test(s)) return 'subscription';
  if (/^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+$/.test(s)) return 'resourceGroup';
  return 'resource';
}

const OPEN_SOURCES = new Set(['*', 'internet', 'any', '0.0.0.0', '0.0.0.0/0', '::/0', '0.0.0.0/0,::/0']);
/** Ports attackers look for: SSH, Telnet, RPC, SMB, RDP, VNC, WinRM. */
const ADMIN_PORTS = [22, 23, 135, 445, 3389, 5900, 5985, 5986];

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null || v === '' ? [] : [v];
}

function coversAdminPort(range: string): boolean {
  const r = range.trim();
  if (r === '*' || r.toLowerCase() === 'any') return true;
  const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(r);
  if (!m) return false;
  const lo = Number(m[1]);
  const hi = m[2] ? Number(m[2]) : lo;
  return ADMIN_PORTS.some((p) => p >= lo && p <= hi);
}

/** The inbound allow rules open to the internet in an NSG or security rule body: their port ranges. */
export function openSecurityRules(body: unknown, operationName: string): { ports: string[]; admin: boolean } | undefined {
  const b = obj(body);
  if (!b) return undefined;
  const op = operationName.toLowerCase();
  let rules: unknown[];
  if (op.startsWith('microsoft.network/networksecuritygroups/securityrules/')) rules = [b];
  else if (op.startsWith('microsoft.network/networksecuritygroups/')) rules = asList(obj(b.properties)?.securityRules);
  else return undefined;
  const ports: string[] = [];
  let admin = false;
  for (const rule of rules) {
    const p = obj(obj(rule)?.properties);
    if (!p) continue;
    if (String(p.access ?? '').toLowerCase() !== 'allow' || String(p.direction ?? '').toLowerCase() !== 'inbound') continue;
    const sources = [...asList(p.sourceAddressPrefix), ...asList(p.sourceAddressPrefixes)];
    if (!sources.some((s) => typeof s === 'string' && OPEN_SOURCES.has(s.trim().toLowerCase()))) continue;
    const ranges = [...asList(p.destinationPortRange), ...asList(p.destinationPortRanges)].filter((x): x is string | number => typeof x === 'string' || typeof x === 'number').map(String);
    for (const r of ranges.length ? ranges : ['*']) {
      if (!ports.includes(r)) ports.push(r);
      if (coversAdminPort(r)) admin = true;
    }
  }
  return ports.length ? { ports, admin } : { ports: [], admin: false };
}

/**
 * A body as an object whose property names start lower-case: ARM reads names case-insensitively and
 * clients differ (the portal and az send role assignments as `{"Properties":{"RoleDefinitionId":…}}`),
 * so rules can name `properties.roleDefinitionId` whatever the client wrote.
 */
function camelKeys(v: unknown, depth: number): unknown {
  if (v === null || typeof v !== 'object' || depth > 32) return v;
  if (Array.isArray(v)) return v.map((x) => camelKeys(x, depth + 1));
  const out: Json = {};
  for (const [k, x] of Object.entries(v as Json)) {
    const c = k.charCodeAt(0);
    const name = c >= 65 && c <= 90 ? k[0].toLowerCase() + k.slice(1) : k;
    if (name === '__proto__') continue;
    if (!(name in out) || name === k) out[name] = camelKeys(x, depth + 1);
  }
  return out;
}

function parsedBody(v: unknown): Json | undefined {
  let parsed: unknown = v;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t[0] !== '{') return undefined;
    try {
      parsed = JSON.parse(t);
    } catch {
      return undefined;
    }
  }
  return obj(camelKeys(obj(parsed), 0));
}

/**
 * The `mamori.azure` enrichment of an event, worked out on first read: the bodies are parsed only
 * for the events a rule looks at.
 */
export class AzureFields {
  private readonly record: Json;
  private readonly event: { readonly actor: EventActor | undefined } | undefined;
  private _request: Json | undefined | null = null;
  private _response: Json | undefined | null = null;
  private _nsg: { ports: string[]; admin: boolean } | undefined | null = null;

  /** `event`: where the actor comes from (worked out only when a rule reads a caller field). */
  constructor(record: Json, event?: { readonly actor: EventActor | undefined }) {
    this.record = record;
    this.event = event;
  }

  private get actor(): EventActor | undefined {
    return this.event ? this.event.actor : azureActorOf(this.record);
  }

  /** Who called: the UPN for users, the app id for service principals, the resource id for managed identities. */
  get caller(): string | undefined {
    return this.actor?.arn;
  }
  get caller_type(): string | undefined {
    return this.actor?.type;
  }
  /** The caller's object id. */
  get caller_object_id(): string | undefined {
    return this.actor?.principalId;
  }
  /** A guest (B2B) user: `#EXT#` in the UPN, or a home tenant other than the resource's. */
  get caller_guest(): boolean {
    const claims = obj(obj(this.record.identity)?.claims);
    const upn = String(claims?.[CLAIM_UPN] ?? claims?.upn ?? this.actor?.email ?? '');
    if (upn.toUpperCase().includes('#EXT#')) return true;
    const name = String(claims?.[CLAIM_NAME] ?? '');
    return /^[a-z0-9.-]+#/i.test(name) && this.actor?.type === 'AzureUser';
  }
  /** The resource id, lower-cased. */
  get resource(): string | undefined {
    const rid = str(this.record.resourceId);
    return rid ? rid.toLowerCase() : undefined;
  }
  get resource_type(): string | undefined {
    const r = this.resource;
    return r ? resourceTypeOf(r) : undefined;
  }
  /** The request body (parsed; names start lower-case), from this record or the begin record of its operation. */
  get request(): Json | undefined {
    if (this._request === null) {
      const p = obj(this.record.properties);
      const own = p?.requestbody ?? p?.requestBody;
      this._request = parsedBody(own !== undefined && own !== '' ? own : joinedRequest(this.record));
    }
    return this._request;
  }
  /** The response body (parsed). */
  get response(): Json | undefined {
    if (this._response === null) {
      const p = obj(this.record.properties);
      this._response = parsedBody(p?.responseBody ?? p?.responsebody);
    }
    return this._response;
  }
  /**
   * What was written: the request body (what the caller asked for: a PATCH holds only what it
   * changes), else the response body when the request was not logged.
   */
  get body(): Json | undefined {
    return this.request ?? this.response;
  }
  /** Role assignments: the role granted (a built-in role's name, else the role definition's id). */
  get role(): string | undefined {
    const id = this.role_id;
    if (!id) return undefined;
    return BUILTIN_ROLES[id.slice(id.lastIndexOf('/') + 1).toLowerCase()] ?? id;
  }
  get role_id(): string | undefined {
    return this.assignment('roleDefinitionId');
  }
  /** Role assignments: who got the role (object id) and what it is (User, Group, ServicePrincipal, ForeignGroup). */
  get principal_id(): string | undefined {
    return this.assignment('principalId')?.toLowerCase();
  }
  get principal_type(): string | undefined {
    return this.assignment('principalType');
  }
  /** A property of the request's `properties`, else the response's. */
  private assignment(name: string): string | undefined {
    return str(obj(this.request?.properties)?.[name]) ?? str(obj(this.response?.properties)?.[name]);
  }
  /** Role assignments, locks, policy objects: the scope they apply to (the resource id up to /providers/Microsoft.Authorization/). */
  get scope(): string | undefined {
    const s = this.assignment('scope');
    if (s) return s;
    const rid = str(this.record.resourceId);
    if (!rid) return undefined;
    const at = rid.toLowerCase().lastIndexOf('/providers/microsoft.authorization/');
    return at < 0 ? rid : rid.slice(0, at) || '/';
  }
  /** root, managementGroup, subscription, resourceGroup or resource. */
  get scope_level(): string | undefined {
    const s = this.scope;
    return s === undefined ? undefined : scopeLevel(s);
  }
  /** moveResources: whether the target resource group is in another subscription. */
  get move_to_other_subscription(): boolean | undefined {
    const target = str(this.request?.targetResourceGroup);
    const m = target ? /^\/subscriptions\/([^/]+)/i.exec(target) : null;
    return m ? m[1].toLowerCase() !== azureAccountOf(this.record) : undefined;
  }
  /** NSG and security rule writes: the port ranges of inbound allow rules open to the internet (undefined when none). */
  get nsg_open_ports(): string[] | undefined {
    return this.nsg?.ports.length ? this.nsg.ports : undefined;
  }
  /** … those other than the web's 80 and 443 (undefined when none). */
  get nsg_open_nonweb_ports(): string[] | undefined {
    const other = this.nsg?.ports.filter((p) => p !== '80' && p !== '443');
    return other?.length ? other : undefined;
  }
  /** … and whether one of them reaches an administration port (SSH, RDP, WinRM, SMB, …) or all ports. */
  get nsg_open_admin(): boolean | undefined {
    return this.nsg?.admin;
  }
  private get nsg(): { ports: string[]; admin: boolean } | undefined {
    if (this._nsg === null) this._nsg = openSecurityRules(this.body, String(this.record.operationName ?? ''));
    return this._nsg;
  }
  /** The whole enrichment as plain data (evidence, tests). */
  toJSON(): Json {
    const out: Json = {};
    for (const k of ['caller', 'caller_type', 'caller_object_id', 'caller_guest', 'resource', 'resource_type', 'role', 'principal_id', 'principal_type', 'scope', 'scope_level', 'move_to_other_subscription', 'nsg_open_ports', 'nsg_open_nonweb_ports', 'nsg_open_admin'] as const) {
      const v = this[k];
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// The event

const TIME = 1;
const ACTOR = 2;
const SRC = 4;
const API = 8;
const RESOURCES = 16;
const ID = 32;
const ACCOUNT = 64;
const EMPTY_RESOURCES: Resource[] = [];

/** An Activity Log record as a CloudEvent whose derived fields are worked out on first read (see GcpAuditEvent). */
export class AzureActivityEvent implements CloudEvent {
  source: EventSource = 'azureactivity';
  timeMs: number;
  raw: Json;
  /** 'begin' / 'accepted': not the operation's outcome; rules skip it (see the module comment). */
  phase: 'begin' | 'accepted' | undefined;
  origin?: { file: string; line?: number } = undefined;
  private ready = 0;
  private _id = '';
  private _time = '';
  private _account = '';
  private _region: string | undefined = undefined;
  private _actor: EventActor | undefined = undefined;
  private _src: CloudEvent['src'] = undefined;
  private _api: CloudEvent['api'] = undefined;
  private _resources: Resource[] = EMPTY_RESOURCES;
  private _fields: { azure: AzureFields } | undefined = undefined;

  constructor(timeMs: number, raw: Json, phase: 'begin' | 'accepted' | undefined) {
    this.timeMs = timeMs;
    this.raw = raw;
    this.phase = phase;
  }

  get id(): string {
    if (!(this.ready & ID)) {
      const r = this.raw;
      // Storage records carry no event id: the operation, its phase and time name the record.
      this.id = field(r.eventDataId) ?? sha1(`${String(r.correlationId)}|${String(r.operationName)}|${String(r.resultType)}|${String(r.time)}|${String(r.resourceId)}|${String(obj(r.properties)?.serviceRequestId)}`);
    }
    return this._id;
  }
  set id(v: string) {
    this._id = v;
    this.ready |= ID;
  }

  get time(): string {
    if (!(this.ready & TIME)) this.time = isoTime(this.raw.time, this.timeMs);
    return this._time;
  }
  set time(v: string) {
    this._time = v;
    this.ready |= TIME;
  }

  get account(): string {
    if (!(this.ready & ACCOUNT)) this.account = azureAccountOf(this.raw);
    return this._account;
  }
  set account(v: string) {
    this._account = v;
    this.ready |= ACCOUNT;
  }

  get region(): string {
    return this._region ?? field(this.raw.location) ?? 'global';
  }
  set region(v: string) {
    this._region = v;
  }

  get actor(): EventActor | undefined {
    if (!(this.ready & ACTOR)) this.actor = azureActorOf(this.raw);
    return this._actor;
  }
  set actor(v: EventActor | undefined) {
    this._actor = v;
    this.ready |= ACTOR;
  }

  get src(): CloudEvent['src'] {
    if (!(this.ready & SRC)) {
      const ip = field(this.raw.callerIpAddress);
      this.src = ip ? { ip } : undefined;
    }
    return this._src;
  }
  set src(v: CloudEvent['src']) {
    this._src = v;
    this.ready |= SRC;
  }

  get api(): CloudEvent['api'] {
    if (!(this.ready & API)) this.api = azureApiOf(this.raw);
    return this._api;
  }
  set api(v: CloudEvent['api']) {
    this._api = v;
    this.ready |= API;
  }

  get resources(): Resource[] {
    if (!(this.ready & RESOURCES)) this.resources = azureResourcesOf(this.raw);
    return this._resources;
  }
  set resources(v: Resource[]) {
    this._resources = v;
    this.ready |= RESOURCES;
  }

  /** `{azure: AzureFields}`, the enrichment rules read as `mamori.azure.*` (made once per event). */
  get enrichment(): { azure: AzureFields } {
    return (this._fields ??= { azure: new AzureFields(this.raw, this) });
  }

  toJSON(): CloudEvent {
    const out: CloudEvent = { id: this.id, source: this.source, time: this.time, timeMs: this.timeMs, account: this.account, region: this.region, api: this.api, resources: this.resources, raw: this.raw };
    if (this.actor) out.actor = this.actor;
    if (this.src) out.src = this.src;
    if (this.origin) out.origin = this.origin;
    if (this.phase) out.phase = this.phase;
    return out;
  }
}

/**
 * An Activity Log record in any of its forms (see azureActivityForm) as a CloudEvent, or a reason
 * it can't be one. The record's bodies are scrubbed of credentials first; a begin record's request
 * body is remembered for the outcome record.
 */
export function fromAzureActivity(value: Json, form: AzureActivityForm = typeof value.operationName === 'string' ? 'record' : (azureActivityForm(value) as AzureActivityForm)): CloudEvent | string {
  const record = form === 'row' ? recordFromRow(value) : form === 'eventdata' ? recordFromEventData(value) : value;
  const timeMs = parseTime(record.time);
  if (Number.isNaN(timeMs)) return `time ${quoteForError(record.time)} is not a time`;
  if (typeof record.operationName !== 'string' || record.operationName === '') return 'an Activity Log record without an operationName';
  const hasProperties = record.properties !== null && typeof record.properties === 'object';
  if (hasProperties) scrubRecord(record);
  const phase = phaseOf(record.resultType);
  if (phase === 'begin' && hasProperties) remember(record);
  return new AzureActivityEvent(timeMs, record, phase);
}

/** The `mamori.azure` enrichment of an Activity Log event joined to `extra` (other events: `extra` as it is). */
export function withAzureFields(event: CloudEvent, extra: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!(event instanceof AzureActivityEvent)) return extra;
  const own = event.enrichment;
  return extra === undefined ? own : { ...extra, azure: own.azure };
}

// ---------------------------------------------------------------------------------------------
// Log Analytics CSV exports

/**
 * The columns of a Log Analytics AzureActivity CSV export, from its header line (the portal writes
 * datetime columns as "TimeGenerated [UTC]"); undefined when the line is not one.
 */
export function azureCsvColumns(headerLine: string): string[] | undefined {
  const line = headerLine.charCodeAt(0) === 0xfeff ? headerLine.slice(1) : headerLine;
  if (!line.includes('OperationNameValue') || !line.includes('TimeGenerated')) return undefined;
  const cols = splitCsv(line);
  if (!cols) return undefined;
  return cols.map((c) => c.replace(/ \[UTC\]$/, '').trim());
}

/** One CSV record's fields; undefined while a quoted field is still open at the end of `text`. */
export function splitCsv(text: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    if (text.charCodeAt(i) === 34) {
      let v = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return undefined;
        if (text.charCodeAt(q + 1) === 34) {
          v += text.slice(j, q + 1);
          j = q + 2;
          continue;
        }
        v += text.slice(j, q);
        i = q + 1;
        break;
      }
      out.push(v);
      // Anything between the closing quote and the comma is kept as written.
      const comma = text.indexOf(',', i);
      if (comma < 0) return out;
      i = comma + 1;
    } else {
      const comma = text.indexOf(',', i);
      if (comma < 0) {
        out.push(text.slice(i));
        return out;
      }
      out.push(text.slice(i, comma));
      i = comma + 1;
    }
    if (i > n) return out;
  }
}

/** Joins the physical lines of one CSV record (a quoted field may hold line breaks). */
export class CsvRecords {
  private pending = '';
  private startLine = 0;
  /** The fields of the record that ends with this line, or undefined while it goes on. */
  push(text: string, line: number): { fields: string[]; line: number } | undefined {
    const whole = this.pending ? `${this.pending}\n${text}` : text;
    if (!this.pending) this.startLine = line;
    const fields = splitCsv(whole);
    if (!fields) {
      // A record may not go on for ever: 1 MiB of open quote is a damaged file.
      if (whole.length > 1024 * 1024) {
        this.pending = '';
        return { fields: [], line: this.startLine };
      }
      this.pending = whole;
      return undefined;
    }
    this.pending = '';
    return { fields, line: this.startLine };
  }
  /** A record still open at the end of the file (its quote never closed). */
  end(): { line: number } | undefined {
    return this.pending ? { line: this.startLine } : undefined;
  }
}

/** A CSV record as a Log Analytics row (column → text), or a reason it can't be one. */
export function rowFromCsv(columns: readonly string[], fields: readonly string[]): Json | string {
  if (fields.length !== columns.length) return `expected ${columns.length} CSV fields, found ${fields.length}`;
  const row: Json = {};
  for (let i = 0; i < columns.length; i++) if (fields[i] !== '') row[columns[i]] = fields[i];
  return row;
}

/** Actor types of the Azure Activity Log (for the ActorType union, src/model/event.ts). */
export const AZURE_ACTOR_TYPES: readonly ActorType[] = ['AzureUser', 'AzureServicePrincipal', 'AzureManagedIdentity', 'AzurePlatform'];

/**
 * CloudTrail as SIEMs and data lakes hand it back: Logstash / OpenSearch / Elasticsearch exports,
 * Splunk JSON exports, CloudTrail Lake query results and Amazon Security Lake OCSF records. Each is
 * turned back into a CloudTrail record (the shape the rules match on), so detection is the same
 * whatever the log went through. Wrappers (a search response, `_source`, `result`, `_raw`) are
 * unwrapped into the values they hold; the reader (index.ts) reads those as it reads any value.
 *
 * What is read (docs/detection-rules.md, "Inputs from SIEMs and data lakes"):
 *  - Elasticsearch / OpenSearch: `_source` documents (elasticdump lines, search hits) and search
 *    responses (`hits.hits`); Logstash's `@timestamp` in place of `eventTime`; the Elastic AWS
 *    integration's ECS documents, by `event.original` when kept, else by its `aws.cloudtrail.*` fields;
 *  - Splunk: `{"result":{…}}` export lines, `{"results":[…]}`, rows with `_raw` (the record as text)
 *    or with the fields flattened (`userIdentity.arn`);
 *  - CloudTrail Lake: GetQueryResults responses (`QueryResultRows`) and single rows;
 *  - Security Lake: OCSF API Activity (and the Account Change / Authentication classes Security Lake
 *    2.0 writes for CloudTrail) as JSON; Parquet, which Security Lake stores, is not read.
 */
import { obj, type Json } from './values.js';

/** What a wrapper or export record gives: values to read in its place, a CloudTrail record, nothing, or a reason. */
export type Unwrapped =
  | { values: unknown[]; /** each value is an element of an array (named by its index) */ listed: boolean; /** longest text the values came from, when parsed here */ size?: number }
  | { record: Json }
  | { skip: true }
  | { error: string; kind: 'malformed' | 'unknown-format' };

/** The export kinds classify.ts tells apart (after every plain log format). */
export type ExportKind = 'elastic' | 'splunk' | 'lake' | 'ocsf' | 'ecs';

/** Which export a JSON object is, or undefined. Only called for objects that are no other known log format. */
export function exportKind(v: Json): ExportKind | undefined {
  if (typeof v.class_uid === 'number' && obj(v.metadata) && obj(v.api)) return 'ocsf';
  if (obj(v._source)) return 'elastic';
  const hits = obj(v.hits);
  if (hits && Array.isArray(hits.hits)) return 'elastic';
  if (typeof v._raw === 'string' || (obj(v.result) && 'preview' in v) || Array.isArray(v.results)) return 'splunk';
  // A Splunk export's messages-only line ({"preview":false,"messages":[…]}).
  if (typeof v.preview === 'boolean' && ('messages' in v || 'lastrow' in v || 'offset' in v)) return 'splunk';
  if (Array.isArray(v.QueryResultRows)) return 'lake';
  const event = obj(v.event);
  if (event && (typeof event.original === 'string' || (typeof event.provider === 'string' && typeof event.action === 'string' && obj(obj(v.aws)?.cloudtrail)))) return 'ecs';
  return undefined;
}

export function unwrapExport(kind: ExportKind, v: Json): Unwrapped {
  switch (kind) {
    case 'elastic':
      return fromElastic(v);
    case 'splunk':
      return fromSplunk(v);
    case 'lake':
      return { values: v.QueryResultRows as unknown[], listed: true };
    case 'ocsf':
      return fromOcsf(v);
    case 'ecs':
      return fromEcs(v);
  }
}

// ---------------------------------------------------------------------------------------------
// Elasticsearch / OpenSearch / Logstash

function fromElastic(v: Json): Unwrapped {
  const source = obj(v._source);
  if (source) return { values: [source], listed: false };
  return { values: (obj(v.hits)!.hits as unknown[]), listed: true };
}

/**
 * A record that names eventSource and eventName but has no eventTime: Logstash's CloudTrail codec
 * moves eventTime to `@timestamp`, and a SIEM export may keep only that (or Splunk's `_time`).
 * Returns whether a time was found and set.
 */
export function restoreEventTime(record: Json): boolean {
  if (record.eventTime !== undefined && record.eventTime !== null && record.eventTime !== '') return false;
  const t = record['@timestamp'] ?? record._time;
  if (typeof t !== 'string' && typeof t !== 'number') return false;
  record.eventTime = typeof t === 'number' ? new Date(epochMs(t)).toISOString() : t;
  return true;
}

/** Epoch seconds (Splunk's _time) or milliseconds (OCSF's time), told apart by size. */
function epochMs(n: number): number {
  return n < 1e11 ? n * 1000 : n;
}

/**
 * The Elastic AWS integration keeps the original record in `event.original` only when asked to
 * (preserve_original_event); otherwise the record is spread over ECS and `aws.cloudtrail.*` fields,
 * which map back well enough for the fields the rules use.
 */
function fromEcs(v: Json): Unwrapped {
  const event = obj(v.event)!;
  if (typeof event.original === 'string') {
    const parsed = parseJson(event.original);
    if (parsed === undefined) return { error: 'event.original is not JSON', kind: 'malformed' };
    return { values: [parsed], listed: false, size: event.original.length };
  }
  const ct = obj(obj(v.aws)?.cloudtrail) ?? {};
  const ui = obj(ct.user_identity) ?? {};
  const sc = obj(ui.session_context) ?? {};
  const issuer = obj(sc.session_issuer);
  const cloud = obj(v.cloud) ?? {};
  const user = obj(v.user) ?? {};
  const userIdentity: Json = {};
  put(userIdentity, 'type', ui.type);
  put(userIdentity, 'principalId', user.id);
  put(userIdentity, 'arn', ui.arn);
  put(userIdentity, 'accountId', obj(cloud.account)?.id);
  put(userIdentity, 'accessKeyId', ui.access_key_id);
  if (ui.type === 'IAMUser' || ui.type === 'Root') put(userIdentity, 'userName', user.name);
  put(userIdentity, 'invokedBy', ui.invoked_by);
  if (Object.keys(sc).length) {
    const sessionContext: Json = {};
    const attributes: Json = {};
    put(attributes, 'mfaAuthenticated', sc.mfa_authenticated === undefined ? undefined : String(sc.mfa_authenticated));
    put(attributes, 'creationDate', sc.creation_date);
    if (Object.keys(attributes).length) sessionContext.attributes = attributes;
    if (issuer) {
      const i: Json = {};
      put(i, 'type', issuer.type);
      put(i, 'principalId', issuer.principal_id);
      put(i, 'arn', issuer.arn);
      put(i, 'accountId', issuer.account_id);
      if (Object.keys(i).length) sessionContext.sessionIssuer = i;
    }
    userIdentity.sessionContext = sessionContext;
  }
  const record: Json = {};
  put(record, 'eventVersion', ct.event_version);
  record.userIdentity = userIdentity;
  put(record, 'eventTime', v['@timestamp']);
  put(record, 'eventSource', event.provider);
  put(record, 'eventName', event.action);
  put(record, 'awsRegion', cloud.region);
  put(record, 'sourceIPAddress', obj(v.source)?.address ?? obj(v.source)?.ip);
  put(record, 'userAgent', obj(v.user_agent)?.original);
  put(record, 'errorCode', ct.error_code);
  put(record, 'errorMessage', ct.error_message);
  const flat = obj(ct.flattened);
  put(record, 'requestParameters', jsonOrValue(ct.request_parameters) ?? flat?.request_parameters);
  put(record, 'responseElements', jsonOrValue(ct.response_elements) ?? flat?.response_elements);
  put(record, 'additionalEventData', jsonOrValue(ct.additional_eventdata) ?? flat?.additional_eventdata);
  put(record, 'requestID', ct.request_id);
  put(record, 'eventID', event.id);
  put(record, 'eventType', ct.event_type);
  put(record, 'eventCategory', ct.event_category);
  put(record, 'managementEvent', ct.management_event);
  put(record, 'readOnly', ct.read_only);
  put(record, 'recipientAccountId', ct.recipient_account_id ?? obj(cloud.account)?.id);
  return { record };
}

// ---------------------------------------------------------------------------------------------
// Splunk

/** Fields Splunk adds to every result; they are no part of the record. */
const SPLUNK_FIELDS = new Set(['host', 'source', 'sourcetype', 'index', 'splunk_server', 'linecount', 'punct', 'eventtype', 'timestartpos', 'timeendpos', 'tag', 'tag::eventtype']);

function fromSplunk(v: Json): Unwrapped {
  if (Array.isArray(v.results)) return { values: v.results, listed: true };
  const result = obj(v.result);
  if (result) {
    // Preview rows of a transforming search are replaced by the final rows that follow them.
    if (v.preview === true) return { skip: true };
    return { values: [result], listed: false };
  }
  if (typeof v._raw !== 'string') return { skip: true }; // {"preview":false,"messages":[…]}: no result
  const raw = v._raw;
  const parsed = parseJson(raw);
  if (parsed === undefined) {
    const note = raw.length >= 9_999 ? ` (Splunk cuts events at TRUNCATE, 10000 bytes by default: ${raw.length} characters here)` : '';
    return { error: `Splunk _raw is not JSON${note}`, kind: 'malformed' };
  }
  const record = obj(parsed);
  if (record && record.eventTime === undefined && v._time !== undefined) record._time = v._time;
  return { values: [parsed], listed: false, size: raw.length };
}

/**
 * A Splunk result with the record's fields flattened (`userIdentity.arn`, `resources{}.ARN`), as
 * search-time JSON extraction names them, put back together. Splunk's own fields are dropped.
 */
export function unflattenSplunk(row: Json): Json {
  const out: Json = {};
  for (const key of Object.keys(row)) {
    const value = row[key];
    if (key.startsWith('_') || key.startsWith('date_') || SPLUNK_FIELDS.has(key)) continue;
    if (!key.includes('.') && !key.includes('{}')) {
      out[key] = value;
      continue;
    }
    const parts = key.split('.');
    let at = out;
    for (let i = 0; i < parts.length; i++) {
      const list = parts[i].endsWith('{}');
      const name = list ? parts[i].slice(0, -2) : parts[i];
      if (i === parts.length - 1) {
        at[name] = list && !Array.isArray(value) ? [value] : value;
        break;
      }
      if (list) {
        // resources{}.ARN with resources{}.type: elements rebuilt by position.
        const values = Array.isArray(value) ? value : [value];
        const arr = (Array.isArray(at[name]) ? at[name] : (at[name] = [])) as Json[];
        const rest = parts.slice(i + 1).join('.');
        values.forEach((x, n) => {
          arr[n] ??= {};
          Object.assign(arr[n], unflattenSplunk({ [rest]: x }));
        });
        break;
      }
      const next = obj(at[name]);
      at = next ?? (at[name] = {}) as Json;
    }
  }
  if (out.eventTime === undefined && row._time !== undefined) out._time = row._time;
  return out;
}

/** Whether a record's userIdentity (or other nested field) arrived flattened into dotted names. */
export function isFlattened(record: Json): boolean {
  if (record.userIdentity !== undefined) return false;
  for (const key in record) if (key.includes('.') || key.includes('{}')) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// CloudTrail Lake

/** Whether an array is a CloudTrail Lake result row: single-key objects, one per selected column. */
export function isLakeRow(a: unknown[]): boolean {
  if (a.length === 0) return false;
  for (const cell of a) {
    const o = obj(cell);
    if (!o) return false;
    let n = 0;
    for (const _ in o) if (++n > 1) return false;
    if (n !== 1) return false;
  }
  return true;
}

/** CloudTrail's top-level field names by their lower-case form (Lake column names may come either way). */
const TOP_FIELDS = new Map(
  [
    'eventVersion', 'userIdentity', 'eventTime', 'eventSource', 'eventName', 'awsRegion', 'sourceIPAddress', 'userAgent', 'errorCode',
    'errorMessage', 'requestParameters', 'responseElements', 'additionalEventData', 'requestID', 'eventID', 'readOnly', 'resources',
    'eventType', 'apiVersion', 'managementEvent', 'recipientAccountId', 'sharedEventID', 'annotation', 'vpcEndpointId', 'serviceEventDetails',
    'addendum', 'edgeDeviceDetails', 'insightDetails', 'eventCategory', 'tlsDetails', 'sessionCredentialFromConsole', 'eventJson',
  ].map((k) => [k.toLowerCase(), k]),
);

/** Lake's struct fields are lower case; CloudTrail's are camel case. */
const STRUCT_FIELDS = new Map(
  [
    'type', 'principalId', 'arn', 'accountId', 'accessKeyId', 'userName', 'sessionContext', 'attributes', 'creationDate', 'mfaAuthenticated',
    'sessionIssuer', 'webIdFederationData', 'federatedProvider', 'sourceIdentity', 'ec2RoleDelivery', 'ec2IssuedInVPC', 'invokedBy',
    'identityProvider', 'credentialId', 'onBehalfOf', 'userId', 'identityStoreArn', 'tlsVersion', 'cipherSuite', 'clientProvidedHostHeader',
  ].map((k) => [k.toLowerCase(), k]),
);

/** A CloudTrail Lake row as a record: the selected columns, nested ones parsed from their text. */
export function fromLakeRow(row: unknown[]): Json | string {
  const record: Json = {};
  for (const cell of row) {
    const [key, value] = Object.entries(cell as Json)[0];
    // `SELECT eventJson` (an event data store that keeps the whole event): the record itself.
    if (key.toLowerCase() === 'eventjson' && typeof value === 'string') {
      const whole = obj(parseJson(value));
      if (whole) return whole;
    }
    const name = TOP_FIELDS.get(key.toLowerCase()) ?? key;
    record[name] = lakeValue(name, value);
  }
  if (typeof record.eventSource !== 'string' || typeof record.eventName !== 'string' || record.eventTime === undefined) {
    return 'a CloudTrail Lake row without eventTime, eventSource and eventName: select them (or *) in the query';
  }
  return record;
}

function lakeValue(name: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (value === '' || value === 'null') return name === 'errorCode' || name === 'errorMessage' ? undefined : null;
  if (name === 'readOnly' || name === 'managementEvent') return value === 'true' ? true : value === 'false' ? false : value;
  const c = value.charCodeAt(0);
  if (c !== 0x7b && c !== 0x5b) return value;
  const json = parseJson(value);
  if (json !== undefined) return json;
  const parsed = parseStruct(value);
  if (parsed === undefined) return value;
  // Map keys (requestParameters, additionalEventData) are the service's own names; struct fields
  // (userIdentity, resources, tlsDetails) are Lake's lower-case ones.
  return name === 'requestParameters' || name === 'responseElements' || name === 'additionalEventData' ? parsed : camel(parsed);
}

function camel(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(camel);
  const o = obj(v);
  if (!o) return v;
  const out: Json = {};
  for (const [k, x] of Object.entries(o)) out[k === 'arn' && 'accountid' in o && !('principalid' in o) ? 'ARN' : (STRUCT_FIELDS.get(k) ?? k)] = camel(x);
  return out;
}

/**
 * Presto/Trino text of a struct, map or array (`{type=IAMUser, arn=arn:aws:…, sessioncontext={…}}`,
 * `[{…}, {…}]`), as CloudTrail Lake returns nested columns. Values are not quoted, so a value holding
 * ", name=" is split there; a value that is JSON text (`{"items":[…]}`) is parsed as JSON.
 * Undefined when the text is not of that form.
 */
export function parseStruct(text: string): unknown {
  let i = 0;
  const fail = Symbol('fail');
  const value = (end: string): unknown => {
    const c = text[i];
    if (c === '{' && text[i + 1] !== '"') return struct();
    if (c === '[' && text[i + 1] !== '"') return list();
    // A scalar (or JSON text) up to the next ", key=" / ", " / closing bracket at this level.
    const start = i;
    let depth = 0;
    let inString = false;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (inString) {
        if (ch === '\\') i++;
        else if (ch === '"') inString = false;
        continue;
      }
      if (ch === '"' && depth > 0) inString = true;
      else if (ch === '{' || ch === '[') depth++;
      else if ((ch === '}' || ch === ']') && depth > 0) depth--;
      else if (depth === 0 && (ch === end || (ch === ',' && text[i + 1] === ' ' && (end === ']' || /^[\w$@:.-]+=/.test(text.slice(i + 2, i + 130)))))) break;
    }
    const s = text.slice(start, i);
    if (s === 'null') return null;
    const c0 = s.charCodeAt(0);
    if (c0 === 0x7b || c0 === 0x5b) {
      const j = parseJson(s);
      if (j !== undefined) return j;
    }
    return s;
  };
  const struct = (): unknown => {
    i++; // {
    const out: Json = {};
    if (text[i] === '}') {
      i++;
      return out;
    }
    for (;;) {
      const eq = text.indexOf('=', i);
      if (eq < 0) throw fail;
      const key = text.slice(i, eq);
      if (!/^[^{}[\],=]+$/.test(key)) throw fail;
      i = eq + 1;
      out[key] = value('}');
      if (text[i] === '}') {
        i++;
        return out;
      }
      if (text[i] !== ',' || text[i + 1] !== ' ') throw fail;
      i += 2;
    }
  };
  const list = (): unknown => {
    i++; // [
    const out: unknown[] = [];
    if (text[i] === ']') {
      i++;
      return out;
    }
    for (;;) {
      out.push(value(']'));
      if (text[i] === ']') {
        i++;
        return out;
      }
      if (text[i] !== ',' || text[i + 1] !== ' ') throw fail;
      i += 2;
    }
  };
  try {
    const v = value('');
    return i === text.length && typeof v === 'object' ? v : undefined;
  } catch (e) {
    if (e === fail) return undefined;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Amazon Security Lake (OCSF)

/**
 * OCSF classes Security Lake writes CloudTrail management events into: API Activity (6003), Account
 * Change (3001) and Authentication (3002) from OCSF 1.1 (Security Lake 2.0); API Activity as class
 * 3005 in OCSF 1.0.0-rc.2 (Security Lake 1.0).
 */
const OCSF_CLOUDTRAIL_CLASSES = new Set([6003, 3001, 3002, 3005]);

/** An OCSF record from CloudTrail (Security Lake) as the CloudTrail record it was made from. */
function fromOcsf(v: Json): Unwrapped {
  const api = obj(v.api)!;
  const service = obj(api.service)?.name;
  if (!OCSF_CLOUDTRAIL_CLASSES.has(v.class_uid as number) || typeof api.operation !== 'string' || typeof service !== 'string') {
    return { error: `an OCSF ${typeof v.class_name === 'string' ? v.class_name : `class ${String(v.class_uid)}`} record that is not CloudTrail API activity`, kind: 'unknown-format' };
  }
  const meta = obj(v.metadata) ?? {};
  const actor = obj(v.actor) ?? {};
  const user = obj(actor.user) ?? {};
  const session = obj(actor.session);
  const cloud = obj(v.cloud) ?? {};
  const request = obj(api.request) ?? {};
  const response = obj(api.response) ?? {};
  const src = obj(v.src_endpoint) ?? {};
  // Fields OCSF has no place for keep their CloudTrail path in `unmapped` (flat "a.b.c" keys, or nested).
  const record: Json = {};
  const unmapped = obj(v.unmapped);
  if (unmapped) for (const [k, x] of Object.entries(unmapped)) setPath(record, k, x);
  put(record, 'eventVersion', obj(meta.product)?.version);
  const ui = obj(record.userIdentity) ?? {};
  put(ui, 'type', user.type);
  // OCSF 1.1: uid is the ARN, uid_alt the principal id; 1.0.0-rc.2: uuid is the ARN, uid the principal id.
  const rc2 = typeof user.uuid === 'string' && user.uuid.startsWith('arn:');
  put(ui, 'principalId', rc2 ? user.uid : user.uid_alt);
  put(ui, 'arn', rc2 ? user.uuid : user.uid);
  put(ui, 'accountId', obj(user.account)?.uid ?? user.account_uid);
  put(ui, 'accessKeyId', user.credential_uid);
  put(ui, 'userName', user.name);
  put(ui, 'invokedBy', actor.invoked_by);
  if (session) {
    const sc = obj(ui.sessionContext) ?? {};
    const attributes = obj(sc.attributes) ?? {};
    if (typeof session.is_mfa === 'boolean') attributes.mfaAuthenticated = String(session.is_mfa);
    put(attributes, 'creationDate', session.created_time_dt ?? (typeof session.created_time === 'number' ? new Date(session.created_time).toISOString() : undefined));
    if (Object.keys(attributes).length) sc.attributes = attributes;
    if (typeof session.issuer === 'string') sc.sessionIssuer = { ...obj(sc.sessionIssuer), arn: session.issuer };
    if (Object.keys(sc).length) ui.sessionContext = sc;
  }
  if (Object.keys(ui).length) record.userIdentity = ui;
  const time = typeof v.time === 'number' ? new Date(epochMs(v.time)).toISOString() : v.time_dt;
  put(record, 'eventTime', time);
  record.eventSource = service;
  record.eventName = api.operation;
  put(record, 'awsRegion', cloud.region);
  put(record, 'sourceIPAddress', src.ip ?? src.domain ?? src.svc_name);
  put(record, 'userAgent', obj(v.http_request)?.user_agent);
  put(record, 'errorCode', response.error);
  put(record, 'errorMessage', response.message);
  put(record, 'requestParameters', jsonOrValue(request.data));
  put(record, 'responseElements', jsonOrValue(response.data));
  put(record, 'requestID', request.uid);
  put(record, 'eventID', meta.uid);
  put(record, 'eventType', meta.event_code);
  put(record, 'recipientAccountId', obj(cloud.account)?.uid ?? cloud.account_uid);
  if (Array.isArray(v.resources)) {
    const resources = v.resources.map((r) => {
      const o = obj(r) ?? {};
      const out: Json = {};
      put(out, 'accountId', obj(obj(o.owner)?.account)?.uid);
      put(out, 'type', o.type);
      put(out, 'ARN', o.uid);
      return out;
    });
    if (resources.length) record.resources = resources;
  }
  // A console sign-in's MFA: Authentication records carry it on the record.
  if (api.operation === 'ConsoleLogin' && typeof v.is_mfa === 'boolean') {
    record.additionalEventData = { ...obj(record.additionalEventData), MFAUsed: v.is_mfa ? 'Yes' : 'No' };
  }
  return { record };
}

// ---------------------------------------------------------------------------------------------

function put(o: Json, key: string, v: unknown): void {
  if (v !== undefined && v !== null && v !== '') o[key] = v;
}

/** Sets `a.b.c` in `o` (creating objects on the way); a value already there as an object is merged into. */
function setPath(o: Json, path: string, v: unknown): void {
  const parts = path.split('.');
  let at = o;
  for (let i = 0; i < parts.length - 1; i++) {
    const next = obj(at[parts[i]]);
    at = next ?? (at[parts[i]] = {}) as Json;
  }
  const last = parts[parts.length - 1];
  const both = obj(at[last]);
  at[last] = both && obj(v) ? { ...both, ...obj(v) } : v;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A JSON text (OCSF's api.request.data, ECS's request_parameters) as its value; other values as they are. */
function jsonOrValue(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const c = v.charCodeAt(0);
  if (c !== 0x7b && c !== 0x5b) return v;
  return parseJson(v) ?? v;
}

/**
 * What a parsed JSON value is (a CloudTrail record, an EventBridge envelope, a Route 53 Resolver
 * query, a Cloud Logging entry, a Pub/Sub message…), so the reader hands it to the right provider's
 * normaliser. The shapes come from the providers' log modules (src/providers/logs.ts).
 */
import { azureActivityForm, isAuditLogEntry, isLogEntry } from '../../providers/logs.js';
import { exportKind, type ExportKind } from './exports.js';
import { obj, type Json } from './values.js';

/** What a parsed JSON value is, so the reader knows how to normalise it. */
export type JsonKind = 'cloudtrail' | 'envelope' | 'dns' | 'records' | 'digest' | 'gcpaudit' | 'gcplog' | 'pubsub' | 'azureactivity' | 'azurerecords' | 'azurelog' | ExportKind | 'unknown';

export function classifyJson(v: Json): JsonKind {
  if (typeof v.eventSource === 'string' && typeof v.eventName === 'string') return 'cloudtrail';
  if (typeof v.logName === 'string' && obj(v.protoPayload) && isAuditLogEntry(v)) return 'gcpaudit';
  if (isLogEntry(v)) return 'gcplog';
  if (obj(v.message) && typeof (v.message as Json).data === 'string') return 'pubsub';
  if (typeof v['detail-type'] === 'string' && obj(v.detail)) return 'envelope';
  if (typeof v.query_name === 'string' && 'query_timestamp' in v) return 'dns';
  if (Array.isArray(v.Records)) return 'records';
  // Azure Activity Log: a storage / Event Hubs record, a Log Analytics row, an EventData object;
  // `{"records":[…]}` around storage and Event Hubs records; other Azure resource logs are skipped.
  const azure = azureActivityForm(v);
  if (azure) return azure === 'other' ? 'azurelog' : 'azureactivity';
  if (Array.isArray(v.records)) return 'azurerecords';
  if ('digestStartTime' in v && 'digestEndTime' in v) return 'digest';
  // SIEM and data-lake exports (exports.ts) last: plain logs never pay for the checks.
  return exportKind(v) ?? 'unknown';
}

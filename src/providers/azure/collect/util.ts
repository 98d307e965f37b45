/** Small helpers shared by the Azure service collectors. */
import { azureUid } from '../model/index.js';

/**
 * A JSON-ready copy: null/undefined fields dropped, Dates as ISO strings, recursively (the SDKs
 * deserialise timestamps to Date; the snapshot stores strings).
 */
export function clean<T>(value: unknown): T {
  if (value instanceof Date) return (Number.isNaN(value.getTime()) ? undefined : value.toISOString()) as T;
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined).map((v) => clean(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = clean(v);
    return out as T;
  }
  return value as T;
}

/** The named fields of `source` (null/undefined dropped, nested values cleaned). */
export function pick<T>(source: object | null | undefined, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  const s = (source ?? {}) as Record<string, unknown>;
  for (const k of keys) if (s[k] !== null && s[k] !== undefined) out[k] = clean(s[k]);
  return out as T;
}

/** An ARM location as a region: lower case, spaces removed (`Japan East` → `japaneast`); `global` when absent. */
export function region(location: string | null | undefined): string {
  if (!location) return 'global';
  return location.toLowerCase().replace(/\s+/g, '');
}

/** The resource group of an ARM id. */
export function resourceGroupOf(id: string): string {
  const m = /\/resourceGroups\/([^/]+)/i.exec(id);
  if (!m) throw new Error(`not a resource group scoped id: ${id}`);
  return m[1];
}

/** The last segment of an ARM id (the resource's name). */
export function nameOf(id: string): string {
  const parts = id.split('/').filter(Boolean);
  return parts[parts.length - 1] ?? id;
}

/** Resource-level tags as a plain string map. */
export function tagsOf(tags: Record<string, string> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tags ?? {})) if (typeof v === 'string') out[k] = v;
  return out;
}

/** `resourceGroup` and `name` of an ARM resource (for the SDK's per-resource calls). */
export function armParts(id: string): { resourceGroup: string; name: string; uid: string } {
  return { resourceGroup: resourceGroupOf(id), name: nameOf(id), uid: azureUid(id) };
}

/** 404 (and ARM's `ResourceNotFound` / feature-not-supported answers): the thing is not there, which is a value, not a failure. */
export function notFound(err: unknown): boolean {
  const e = err as { statusCode?: number; code?: string };
  return e?.statusCode === 404 || e?.code === 'ResourceNotFound' || e?.code === 'NotFound';
}

/** A feature the resource's kind or SKU does not have (e.g. file service properties of a BlobStorage account). */
export function unsupported(err: unknown): boolean {
  const e = err as { statusCode?: number; code?: string };
  return notFound(err) || (e?.statusCode === 400 && /FeatureNotSupported|NotSupported|OperationNotSupported|BadRequest/i.test(e.code ?? ''));
}

import { AZURE_RESOURCE_SCHEMAS } from '../schemas/index.js';

/**
 * The config fields of a type: what its schema declares (what rules may read) plus the model's own
 * list. Reading the schema keeps the collector in step when a rule adds a field there.
 */
export function fieldsFor(type: string, model: readonly string[]): string[] {
  return [...new Set([...model, ...Object.keys(AZURE_RESOURCE_SCHEMAS[type] ?? {})])];
}

import type { AuditConfig, IamBinding, IamPolicy } from '../model.js';
import { secretKinds } from '../secrets.js';
import type { MetadataItems } from '../model.js';

type Nullable<T> = T | null | undefined;

/**
 * Drops null/undefined fields (googleapis types every field as `T | null | undefined`; the model has
 * optional fields) recursively; arrays and plain objects are copied.
 */
export function clean<T>(value: unknown): T {
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

interface RawPolicy {
  version?: Nullable<number>;
  etag?: Nullable<string>;
  bindings?: Nullable<{ role?: Nullable<string>; members?: Nullable<string[]>; condition?: Nullable<{ expression?: Nullable<string>; title?: Nullable<string>; description?: Nullable<string> }> }[]>;
  auditConfigs?: Nullable<{ service?: Nullable<string>; auditLogConfigs?: Nullable<{ logType?: Nullable<string>; exemptedMembers?: Nullable<string[]> }[]> }[]>;
}

/** getIamPolicy's answer in the model's shape (bindings always present, possibly empty). */
export function toIamPolicy(raw: RawPolicy | null | undefined): IamPolicy {
  const policy: IamPolicy = {
    bindings: (raw?.bindings ?? []).map((b) => {
      const binding: IamBinding = { role: b.role ?? '', members: [...(b.members ?? [])] };
      if (b.condition?.expression) binding.condition = pick(b.condition, ['expression', 'title', 'description']);
      return binding;
    }),
  };
  if (raw?.version != null) policy.version = raw.version;
  if (raw?.auditConfigs?.length) {
    policy.auditConfigs = raw.auditConfigs.map(
      (a): AuditConfig => ({
        service: a.service ?? '',
        auditLogConfigs: (a.auditLogConfigs ?? []).map((c) => {
          const out: AuditConfig['auditLogConfigs'][number] = { logType: (c.logType ?? 'LOG_TYPE_UNSPECIFIED') as AuditConfig['auditLogConfigs'][number]['logType'] };
          if (c.exemptedMembers?.length) out.exemptedMembers = [...c.exemptedMembers];
          return out;
        }),
      }),
    );
  }
  if (raw?.etag) policy.etag = raw.etag;
  return policy;
}

/** The last path segment of a URL or resource name (`…/zones/us-central1-a` → `us-central1-a`). */
export function lastSegment(value: Nullable<string>): string {
  if (!value) return '';
  const parts = value.split('/');
  return parts[parts.length - 1];
}

/** A Compute Engine selfLink as a Cloud Asset Inventory name: `//compute.googleapis.com/projects/p/…`. */
export function computeUid(selfLink: Nullable<string>, fallback: string): string {
  const m = selfLink ? /\/compute\/(?:v1|beta|alpha)\/(projects\/.+)$/.exec(selfLink) : null;
  return `//compute.googleapis.com/${m ? m[1] : fallback}`;
}

/** Zone or region from an aggregatedList key (`zones/us-central1-a`, `regions/us-central1`, `global`). */
export function scopeLocation(key: string): string {
  const i = key.indexOf('/');
  return i < 0 ? key : key.slice(i + 1);
}

/** A zone's region: `us-central1-a` → `us-central1`. */
export function zoneRegion(zone: string): string {
  return /^[a-z]+-[a-z]+\d+-[a-z]$/.test(zone) ? zone.slice(0, zone.lastIndexOf('-')) : zone;
}

export const requestedPolicyVersion3 = { options: { requestedPolicyVersion: 3 } };

/**
 * Metadata keys whose values are settings rules read (OS Login, project SSH keys, serial port …).
 * Other values (startup scripts, ssh-keys, user data) may hold secrets: only their key is kept.
 */
const METADATA_SETTINGS = /^(block-project-ssh-keys|enable-oslogin(-2fa|-sk)?|serial-port-enable|serial-port-logging-enable|enable-guest-attributes|enable-windows-ssh|enable-osconfig|disable-legacy-endpoints|google-logging-enabled|google-monitoring-enabled)$/i;

export function safeMetadata(raw: { items?: { key?: string | null; value?: string | null }[] | null } | null | undefined): MetadataItems {
  if (!raw?.items) return {};
  return {
    items: raw.items
      .filter((i) => i.key)
      .map((i) => {
        if (METADATA_SETTINGS.test(i.key!) && typeof i.value === 'string') return { key: i.key!, value: i.value };
        // The value is dropped; what it appeared to hold is kept by kind only.
        const kinds = typeof i.value === 'string' ? secretKinds(i.value) : [];
        return kinds.length ? { key: i.key!, secretKinds: kinds } : { key: i.key! };
      }),
  };
}

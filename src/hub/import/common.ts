/** Shared pieces of the importers: ids, severities, framework ids, field access, errors. */
import { FRAMEWORKS, type FrameworkId } from '../../frameworks/index.js';
import { MamoriError } from '../../model/errors.js';
import { hexDigest } from '../../model/hash.js';
import { scrubValue } from '../../model/scrub.js';
import type { FrameworkMappings } from '../../model/rule.js';
import type { FindingDocument } from '../../model/finding.js';
import { SEVERITIES, type Severity } from '../../model/types.js';

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Stable hub id of an imported finding: same source finding → same id; other source → other id. */
export function importId(source: string, sourceId: string): string {
  return 'import-' + hexDigest('sha256', `${source}\0${sourceId}`).slice(0, 32);
}

/** `file: where: message`, as a user-facing error. */
export function invalidFinding(file: string, where: string, message: string): MamoriError {
  return new MamoriError('IMPORT_INVALID', `${file}: ${where}: ${message}`);
}

/** A field in PascalCase (AWS CLI, GetFindings) or camelCase (EventBridge, console export). */
export function field(o: unknown, name: string): unknown {
  if (!isObject(o)) return undefined;
  if (o[name] !== undefined) return o[name];
  return o[name[0].toLowerCase() + name.slice(1)];
}

/** A nested field: path of PascalCase names, each looked up in either case. */
export function at(o: unknown, ...path: (string | number)[]): unknown {
  let v: unknown = o;
  for (const p of path) {
    if (typeof p === 'number') v = Array.isArray(v) ? v[p] : undefined;
    else v = field(v, p);
    if (v === undefined || v === null) return undefined;
  }
  return v;
}

export const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;

/** A required, non-empty string field. */
export function required(o: unknown, where: string, file: string, ...path: string[]): string {
  const v = str(at(o, ...path));
  if (v === undefined || v.trim() === '') throw invalidFinding(file, where, `missing ${path.join('.')}`);
  return v;
}

/** An ISO time from a string or epoch (seconds or milliseconds); undefined when unreadable. */
export function isoTime(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return new Date(v < 1e12 ? v * 1000 : v).toISOString();
  if (typeof v !== 'string' || !v.trim()) return undefined;
  // Prowler writes "2024-08-01 10:00:00.123456" (no zone; UTC) and microseconds.
  const s = /^\d{4}-\d\d-\d\d \d/.test(v) ? v.replace(' ', 'T') : v;
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(s) || !/T/.test(s) ? s : s + 'Z');
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

export function severityLabel(v: unknown): Severity | undefined {
  const s = str(v)?.trim().toUpperCase();
  if (!s) return undefined;
  if ((SEVERITIES as readonly string[]).includes(s)) return s as Severity;
  if (s === 'INFO') return 'INFORMATIONAL';
  if (s === 'UNKNOWN' || s === 'NONE') return 'INFORMATIONAL';
  if (s === 'FATAL') return 'CRITICAL';
  return undefined;
}

/** ASFF Severity.Normalized (0–100) as Security Hub documents it. */
export function severityFromNormalized(n: number): Severity {
  if (n <= 0) return 'INFORMATIONAL';
  if (n < 40) return 'LOW';
  if (n < 70) return 'MEDIUM';
  if (n < 90) return 'HIGH';
  return 'CRITICAL';
}

/** GuardDuty's numeric severity: <4 LOW, <7 MEDIUM, <9 HIGH, ≥9 CRITICAL. */
export function severityFromGuardDuty(n: number): Severity {
  if (n < 4) return 'LOW';
  if (n < 7) return 'MEDIUM';
  if (n < 9) return 'HIGH';
  return 'CRITICAL';
}

/** Adds ids to a framework's list, without duplicates. */
export function addFramework(into: FrameworkMappings, fw: FrameworkId, ...ids: string[]): void {
  const list = (into[fw] ??= []);
  for (const id of ids) if (id && !list.includes(id)) list.push(id);
}

const BY_NAME = new Map<string, FrameworkId>(
  (Object.entries(FRAMEWORKS) as [FrameworkId, { name: string }][]).map(([id, fw]) => [fw.name, id]),
);

/**
 * One ASFF Compliance.RelatedRequirements entry as a mamori framework id and requirement, or
 * undefined for frameworks mamori does not track. Understands Security Hub's spellings
 * ("CIS AWS Foundations Benchmark v3.0.0/1.5", "NIST.800-53.r5 AC-4(21)", "PCI DSS v3.2.1/2.4",
 * "PCI DSS 10.5.2") and mamori's own (`<framework name>/<id>`).
 */
export function requirementFramework(requirement: string): [FrameworkId, string] | undefined {
  const r = requirement.trim();
  const slash = r.indexOf('/');
  if (slash > 0) {
    const fw = BY_NAME.get(r.slice(0, slash));
    if (fw) return [fw, r.slice(slash + 1)];
  }
  let m: RegExpExecArray | null;
  if ((m = /^CIS AWS Foundations Benchmark v3\.0\.0\/(\S+)$/.exec(r))) return ['cis-aws-3.0', m[1]];
  if ((m = /^NIST\.800-53\.r5 (\S+)$/.exec(r))) return ['nist-800-53-r5', m[1]];
  if ((m = /^PCI DSS v3\.2\.1\/(\S+)$/.exec(r))) return ['pci-dss-3.2.1', m[1]];
  if ((m = /^PCI DSS v4\.0(?:\.1)?\/(\S+)$/.exec(r))) return ['pci-dss-4.0', m[1]];
  // The PCI DSS v3.2.1 standard in Security Hub writes "PCI DSS 10.5.2".
  if ((m = /^PCI DSS (\d+(?:\.\d+)*)$/.exec(r))) return ['pci-dss-3.2.1', m[1]];
  if ((m = /^AWS Foundational Security Best Practices(?: v1\.0\.0)?\/(\S+)$/.exec(r))) return ['fsbp', m[1]];
  return undefined;
}

/** A Security Hub control id such as S3.5 or EC2.19. */
export const isControlId = (s: string) => /^[A-Za-z][A-Za-z0-9]*\.\d+$/.test(s);

/** Tags from `[{Key, Value}]`, `[{key, value}]` or a plain map, as a map of strings. */
export function tagMap(v: unknown): Record<string, string> {
  const tags: Record<string, string> = {};
  if (Array.isArray(v)) {
    for (const t of v) {
      const k = str(field(t, 'Key'));
      if (k !== undefined) tags[k] = str(field(t, 'Value')) ?? '';
    }
  } else if (isObject(v)) {
    for (const [k, value] of Object.entries(v)) {
      const s = str(value);
      if (s !== undefined) tags[k] = s;
    }
  }
  return tags;
}

/** The last segment of an ARN or path, as a readable resource name. */
export function nameFromUid(uid: string): string {
  const ecrImage = /^arn:[^:]+:ecr:[^:]*:\d*:repository\/(.+)\/(sha256:[0-9a-f]+)$/.exec(uid);
  if (ecrImage) return `${ecrImage[1]}@${ecrImage[2]}`;
  const resource = uid.startsWith('arn:') ? uid.split(':').slice(5).join(':') : uid;
  const tail = resource.split('/').filter(Boolean).pop() ?? resource;
  return tail.includes(':') && !uid.startsWith('arn:') ? (tail.split(':').pop() ?? tail) : tail;
}

/** A more precise type for resources a source files under a generic one (the root user as "Other"). */
export function refineType(uid: string, type: string): string {
  if (/^arn:[^:]+:iam::\d{12}:root$/.test(uid)) return 'AWS::IAM::RootUser';
  return type;
}

/** The region field of an ARN ('' for global services). */
export const arnRegion = (arn: string): string | undefined => (arn.startsWith('arn:') ? arn.split(':')[3] : undefined);
export const arnPartition = (arn: string): string => (arn.startsWith('arn:') ? arn.split(':')[1] || 'aws' : 'aws');

/**
 * Only plain scalar evidence values, without empty ones, and without credentials: the sources are
 * other tools' output, whose URLs or messages may carry a token or a key (see model/scrub.ts).
 */
export function compact(o: Record<string, unknown>): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null && v !== '') out[k] = v;
  return Object.keys(out).length ? scrubValue(out) : undefined;
}

/**
 * The improvement document an imported finding carries, from what its source gives (English only:
 * `ja` stays empty and every view falls back to English). Undefined when the source gives nothing.
 */
export function importedDocument(parts: { description?: string; remediation?: string; references?: (string | undefined)[] }): FindingDocument | undefined {
  const english = (text: string | undefined) => (text ? { en: text, ja: '' } : undefined);
  const references = [...new Set((parts.references ?? []).filter((u): u is string => !!u && /^https?:\/\//.test(u)))];
  const doc: FindingDocument = {
    ...(parts.description ? { description: english(parts.description) } : {}),
    ...(parts.remediation ? { remediation: english(parts.remediation) } : {}),
    ...(references.length ? { references } : {}),
  };
  return Object.keys(doc).length ? doc : undefined;
}

/**
 * Imports other tools' findings into the hub's model: Security Hub / ASFF, GuardDuty, Prowler
 * OCSF and Trivy JSON. Pure mapping — the store ingests what this returns. Only mapped fields are
 * kept, so credentials or user data in odd source fields never reach the hub.
 */
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { MamoriError } from '../../model/errors.js';
import type { ObservedFinding } from '../model.js';
import { fromAsff } from './asff.js';
import { at, field, isObject, str } from './common.js';
import { fromGuardDuty } from './guardduty.js';
import { parseJsonDocuments } from './json.js';
import { fromProwler } from './prowler.js';
import { fromTrivy } from './trivy.js';

export const IMPORT_FORMATS = ['asff', 'guardduty', 'prowler-ocsf', 'trivy'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportOptions {
  /** Skip detection and read the file as this format. */
  format?: ImportFormat;
}

export interface ParseOptions {
  /** Observation time for sources that carry none (Trivy before 0.49). Defaults to now. */
  now?: string;
}

const FORMAT_NAMES: Record<ImportFormat, string> = {
  asff: 'ASFF',
  guardduty: 'GuardDuty',
  'prowler-ocsf': 'Prowler OCSF',
  trivy: 'Trivy JSON',
};

/** Which format one finding object is in, if any. */
function findingFormat(f: unknown): ImportFormat | undefined {
  if (!isObject(f)) return undefined;
  if (typeof f.ProductArn === 'string' && ('AwsAccountId' in f || 'SchemaVersion' in f)) return 'asff';
  const type = str(field(f, 'Type'));
  const arn = str(field(f, 'Arn')) ?? '';
  if (type && (str(at(f, 'Service', 'ServiceName')) === 'guardduty' || arn.includes(':guardduty:') || (field(f, 'AccountId') && field(f, 'SchemaVersion'))))
    return 'guardduty';
  if (typeof f.class_uid === 'number' && /prowler/i.test(str(at(f, 'metadata', 'product', 'name')) ?? '')) return 'prowler-ocsf';
  return undefined;
}

interface Extracted {
  format: ImportFormat | undefined;
  items: { value: unknown; where: string }[];
}

const list = (values: unknown[], prefix: string) => values.map((value, i) => ({ value, where: `${prefix}[${i}]` }));

/** The findings of one JSON document and their format; undefined when the shape is not one we read. */
function extract(doc: unknown): Extracted | undefined {
  if (Array.isArray(doc)) {
    if (doc.length === 0) return { format: undefined, items: [] };
    const format = findingFormat(doc.find(isObject));
    return format ? { format, items: list(doc, '') } : undefined;
  }
  if (!isObject(doc)) return undefined;
  if (Array.isArray(doc.Findings)) {
    // Security Hub GetFindings, GuardDuty GetFindings, or one line of mamori's ASFF output.
    if (doc.Findings.length === 0) return { format: undefined, items: [] };
    const format = findingFormat(doc.Findings.find(isObject));
    return format === 'asff' || format === 'guardduty' ? { format, items: list(doc.Findings, 'Findings') } : undefined;
  }
  if (typeof doc['detail-type'] === 'string' && isObject(doc.detail)) {
    // EventBridge events: "Security Hub Findings - Imported" or "GuardDuty Finding".
    if (Array.isArray(doc.detail.findings)) return { format: 'asff', items: list(doc.detail.findings, 'detail.findings') };
    return findingFormat(doc.detail) === 'guardduty' ? { format: 'guardduty', items: [{ value: doc.detail, where: 'detail' }] } : undefined;
  }
  if (typeof doc.SchemaVersion === 'number' && (Array.isArray(doc.Results) || typeof doc.ArtifactName === 'string'))
    return { format: 'trivy', items: [{ value: doc, where: '' }] };
  const format = findingFormat(doc);
  return format ? { format, items: [{ value: doc, where: 'finding' }] } : undefined;
}

/** Detects the format of already-read text (first document decides). */
export function detectFormat(text: string, source = 'input'): ImportFormat | undefined {
  for (const { value } of parseJsonDocuments(text, source)) {
    const e = extract(value);
    if (e?.format) return e.format;
  }
  return undefined;
}

/**
 * Maps the findings in `text` (the content of `source`, named in errors). Throws MamoriError for
 * invalid JSON (with line:column), an unknown format, or a finding without a required field;
 * never returns part of a file.
 */
export function parseFindings(text: string, source: string, format?: ImportFormat, options: ParseOptions = {}): ObservedFinding[] {
  if (format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(format))
    throw new MamoriError('IMPORT_UNKNOWN_FORMAT', `unknown import format "${format}" (expected ${IMPORT_FORMATS.join(', ')})`);
  const now = options.now ?? new Date().toISOString();
  const byId = new Map<string, ObservedFinding>();
  for (const { value, line } of parseJsonDocuments(text, source)) {
    const file = line ? `${source}:${line}` : source;
    const e = extract(value);
    if (!e) {
      throw new MamoriError(
        'IMPORT_UNKNOWN_FORMAT',
        format
          ? `${file}: not a recognised ${FORMAT_NAMES[format]} file`
          : `${file}: not a recognised findings file (expected ASFF, GuardDuty, Prowler OCSF or Trivy JSON)`,
      );
    }
    if (format && e.format && e.format !== format)
      throw new MamoriError('IMPORT_UNKNOWN_FORMAT', `${file}: not a recognised ${FORMAT_NAMES[format]} file (it looks like ${FORMAT_NAMES[e.format]})`);
    const as = format ?? e.format;
    const found: ObservedFinding[] = [];
    for (const { value: item, where } of e.items) {
      if (as === 'asff') found.push(fromAsff(item, where, file));
      else if (as === 'guardduty') found.push(fromGuardDuty(item, where, file));
      else if (as === 'prowler-ocsf') found.push(fromProwler(item, where, file));
      else if (as === 'trivy') found.push(...fromTrivy(item, where ? where + '.' : '', file, { now }));
    }
    // One finding listed twice (paged exports overlap): keep the latest observation.
    for (const f of found) {
      const prev = byId.get(f.id);
      if (!prev || prev.observedAt <= f.observedAt) byId.set(f.id, f);
    }
  }
  return [...byId.values()];
}

/** Reads and maps a findings file. Sources without observation times use the file's modification time. */
export async function importFindings(path: string, options: ImportOptions = {}): Promise<ObservedFinding[]> {
  return (await readFindingsFile(path, options)).findings;
}

/** As importFindings, and says which format the file was read as (undefined: it held no findings). */
export async function readFindingsFile(path: string, options: ImportOptions = {}): Promise<{ format: ImportFormat | undefined; findings: ObservedFinding[] }> {
  let bytes: Buffer;
  let mtime: Date;
  try {
    [bytes, mtime] = await Promise.all([readFile(path), stat(path).then((s) => s.mtime)]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : String(code ?? error);
    throw new MamoriError('IMPORT_READ', `${path}: cannot read (${why})`, { cause: error });
  }
  // Exports are often kept gzipped (aws s3 cp of a Security Hub export, a Prowler .json.gz).
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw new MamoriError('IMPORT_READ', `${path}: not a readable gzip file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error });
    }
  }
  const text = bytes.toString('utf8');
  if (!text.trim()) throw new MamoriError('IMPORT_EMPTY', `${path}: the file is empty (no findings to import)`);
  const findings = parseFindings(text, path, options.format, { now: mtime.toISOString() });
  // Detected after a successful parse, so a bad file fails with parseFindings' message.
  return { format: options.format ?? detectFormat(text, path), findings };
}

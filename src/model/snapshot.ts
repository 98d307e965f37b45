import { readFile, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { MamoriError } from './errors.js';
import { COLLECTION_ERROR_CODES, isProvider, PROVIDERS, type CollectionError, type Provider, type Resource } from './types.js';

/** Bump on any incompatible change of the snapshot shape; docs/snapshot.md describes each version. */
export const SNAPSHOT_SCHEMA = 'mamori.snapshot';
export const SNAPSHOT_VERSION = 1;

export interface SnapshotScope {
  provider: Provider;
  accounts: string[];
  regions: string[];
  services: string[];
}

export interface Snapshot {
  schema: typeof SNAPSHOT_SCHEMA;
  version: typeof SNAPSHOT_VERSION;
  id: string;
  /** ISO-8601 time the collection finished; rules measure ages (key age, last use) from it. */
  collectedAt: string;
  tool: { name: string; version: string };
  scope: SnapshotScope;
  resources: Resource[];
  errors: CollectionError[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const allStrings = (v: Record<string, unknown>) => Object.values(v).every((x) => typeof x === 'string');

/**
 * Checks one resource's shape; returns "<field>: <problem>" or undefined. Hand-written rather than
 * zod because it runs for every resource of snapshots with hundreds of thousands of them.
 */
export function checkResource(r: unknown): string | undefined {
  if (!isObject(r)) return '(root): expected an object';
  for (const field of ['uid', 'type'] as const) {
    if (typeof r[field] !== 'string' || !(r[field] as string).length) return `${field}: expected a non-empty string`;
  }
  if (!isProvider(r.provider)) return `provider: expected one of ${PROVIDERS.join(', ')}`;
  for (const field of ['account', 'region', 'name'] as const) if (typeof r[field] !== 'string') return `${field}: expected a string`;
  if (!isObject(r.tags) || !allStrings(r.tags)) return 'tags: expected an object of strings';
  if (!isObject(r.config)) return 'config: expected an object';
  if (r.errors !== undefined && (!isObject(r.errors) || !allStrings(r.errors))) return 'errors: expected an object of strings';
  if (r.relationships !== undefined) {
    if (!Array.isArray(r.relationships)) return 'relationships: expected an array';
    for (const rel of r.relationships) {
      if (!isObject(rel) || typeof rel.type !== 'string' || typeof rel.target !== 'string') return 'relationships: expected { type, target } strings';
    }
  }
  return undefined;
}

/**
 * Per-type schemas of resource configs. `checkResource` checks only the envelope every resource
 * shares; what a type's config holds is the contract between its collector and its rules, declared
 * next to the provider's model (src/providers/<provider>/model) and registered by the provider. A
 * config that lost a field its rules read must not read as "not configured": the engine reports
 * those results NOT_ASSESSED (src/assess/engine.ts). The core never names a type: the app layer
 * hands the providers' schemas to the engine.
 *
 * A field is declared as a kind, `kind|kind` when it may be either, `|null` when null is a value
 * the collector writes ("not configured"), and a trailing `?` when the collector may leave it out
 * (an attribute AWS or Google Cloud returns only when it is set).
 */
export const FIELD_KINDS = ['string', 'boolean', 'number', 'object', 'array'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];
type FieldKinds = FieldKind | `${FieldKind}|${FieldKind}`;
export type FieldSpec = FieldKinds | `${FieldKinds}|null` | `${FieldKinds}?` | `${FieldKinds}|null?`;
/** A type's config fields; fields it does not list are not checked. */
export type ConfigSchema = Readonly<Record<string, FieldSpec>>;

const KIND_BITS: Readonly<Record<FieldKind | 'null', number>> = { string: 1, boolean: 2, number: 4, object: 8, array: 16, null: 32 };

/** The kind bit of a JSON value (0 for what JSON cannot hold). */
function kindBit(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return 1;
    case 'boolean':
      return 2;
    case 'number':
      return 4;
    case 'object':
      return value === null ? 32 : Array.isArray(value) ? 16 : 8;
    default:
      return 0;
  }
}

const kindName = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`);

/** One declared field, compiled: checked with one property read and a bit test. */
export interface SchemaField {
  readonly name: string;
  readonly mask: number;
  readonly optional: boolean;
  /** For messages: `object or null`. */
  readonly expected: string;
}

/** The first declared field a config lacks or holds with the wrong kind; `undefined` (no allocation) when it conforms. */
export type ConfigChecker = (config: Record<string, unknown>, errors: Record<string, string> | undefined) => SchemaField | undefined;

export function compileField(name: string, spec: string, where = name): SchemaField {
  const optional = spec.endsWith('?');
  const kinds = (optional ? spec.slice(0, -1) : spec).split('|');
  let mask = 0;
  for (const kind of kinds) {
    const bit = KIND_BITS[kind as FieldKind | 'null'];
    if (!bit || mask & bit || (kind === 'null' && kinds.length === 1)) throw new Error(`${where}: "${spec}" is not a field spec (kinds: ${FIELD_KINDS.join(', ')}, then |null and ? as needed)`);
    mask |= bit;
  }
  return Object.freeze({ name, mask, optional, expected: kinds.join(' or ') });
}

/**
 * The providers' schemas, compiled. Checkers are made per set of fields (the fields one rule
 * requires) and cached, so checking a resource is a loop over a few fields with no allocation.
 */
export class ResourceSchemas {
  private readonly types = new Map<string, Map<string, SchemaField>>();
  private readonly checkers = new Map<string, ConfigChecker | null>();

  /** Refuses a malformed spec, and a type declared twice, when the providers register them. */
  constructor(sets: Iterable<Readonly<Record<string, ConfigSchema>>>) {
    for (const set of sets) {
      for (const [type, schema] of Object.entries(set)) {
        if (this.types.has(type)) throw new Error(`resource schema of ${type} is declared twice`);
        const fields = new Map<string, SchemaField>();
        for (const [name, spec] of Object.entries(schema)) fields.set(name, compileField(name, spec, `schema of ${type}: ${name}`));
        this.types.set(type, fields);
      }
    }
  }

  /** The declared fields of a type (undefined: no schema, the type is accepted as it is). */
  fields(type: string): ReadonlyMap<string, SchemaField> | undefined {
    return this.types.get(type);
  }

  /** A checker for those of `names` the type declares; null when it declares none of them (or has no schema). */
  checker(type: string, names: readonly string[]): ConfigChecker | null {
    const key = `${type}\0${names.join('\0')}`;
    let checker = this.checkers.get(key);
    if (checker === undefined) {
      const declared = this.types.get(type);
      const fields = declared ? names.flatMap((n) => declared.get(n) ?? []) : [];
      checker = fields.length ? configChecker(fields, [...declared!.values()].filter((f) => !f.optional)) : null;
      this.checkers.set(key, checker);
    }
    return checker;
  }

  /** Every problem of a resource's config against its type's schema (empty when it conforms), for tests and tools. */
  problems(resource: Pick<Resource, 'type' | 'name' | 'config' | 'errors'>): string[] {
    const declared = this.types.get(resource.type);
    if (!declared) return [];
    const out: string[] = [];
    for (const field of declared.values()) if (configChecker([field], [])(resource.config, resource.errors)) out.push(schemaProblem(resource, field));
    return out;
  }
}

/**
 * Checks `fields` of a config. An optional field that is absent counts as "not set" only in a config
 * that holds its type's required fields (`anchors`): in one that lost them (`{}`, a truncated
 * resource) the absence says nothing, and the missing required field is reported instead. A field
 * named in Resource.errors could not be collected and is reported as such by the engine.
 * (Generating one function per field set with constant property names measured no faster.)
 */
function configChecker(fields: readonly SchemaField[], anchors: readonly SchemaField[]): ConfigChecker {
  const missingAnchor: ConfigChecker = (config, errors) => {
    for (let i = 0; i < anchors.length; i++) {
      const name = anchors[i].name;
      if (config[name] === undefined && (errors === undefined || errors[name] === undefined)) return anchors[i];
    }
    return undefined;
  };
  return (config, errors) => {
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      const value = config[field.name];
      if (value === undefined) {
        if (field.optional) {
          const anchor = missingAnchor(config, errors);
          if (anchor) return anchor;
          continue;
        }
      } else if ((kindBit(value) & field.mask) !== 0) continue;
      if (errors !== undefined && errors[field.name] !== undefined) continue;
      return field;
    }
    return undefined;
  };
}

/** "config.policy of my-bucket is missing from the snapshot (expected object or null)". */
export function schemaProblem(resource: Pick<Resource, 'name' | 'config'>, field: SchemaField): string {
  const value = resource.config[field.name];
  const what = value === undefined ? 'is missing from the snapshot' : `is ${kindName(value)} in the snapshot`;
  return `config.${field.name} of ${resource.name} ${what} (expected ${field.expected})`;
}

export const errorSchema = z.object({
  provider: z.enum(PROVIDERS),
  account: z.string(),
  region: z.string(),
  service: z.string(),
  operation: z.string(),
  code: z.enum(COLLECTION_ERROR_CODES),
  message: z.string(),
  resourceUid: z.string().optional(),
  resourceTypes: z.array(z.string()).optional(),
});

const envelopeSchema = z.object({
  schema: z.literal(SNAPSHOT_SCHEMA),
  version: z.number(),
  id: z.string(),
  collectedAt: z.iso.datetime({ offset: true }),
  tool: z.object({ name: z.string(), version: z.string() }),
  scope: z.object({
    provider: z.enum(PROVIDERS),
    accounts: z.array(z.string()),
    regions: z.array(z.string()),
    services: z.array(z.string()),
  }),
  resources: z.array(z.unknown()),
  errors: z.array(errorSchema),
});

/** Validates a parsed snapshot; `source` names the file in error messages. */
export function parseSnapshot(data: unknown, source = 'snapshot'): Snapshot {
  if (typeof data !== 'object' || data === null || (data as { schema?: unknown }).schema !== SNAPSHOT_SCHEMA) {
    throw new MamoriError('SNAPSHOT_INVALID', `${source}: not a mamori snapshot (missing "schema": "${SNAPSHOT_SCHEMA}")`);
  }
  const version = (data as { version?: unknown }).version;
  if (version === 2) {
    throw new MamoriError('SNAPSHOT_VERSION', `${source}: a version 2 snapshot is a folder with a manifest.json; open the folder, not a file in it`);
  }
  if (version !== SNAPSHOT_VERSION) {
    throw new MamoriError(
      'SNAPSHOT_VERSION',
      `${source}: snapshot version ${JSON.stringify(version)} is not supported (this mamori reads version ${SNAPSHOT_VERSION})`,
    );
  }
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) throw invalid(source, envelope.error.issues[0]);
  const resources = envelope.data.resources;
  const seen = new Set<string>();
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i] as Record<string, unknown>;
    const problem = checkResource(r);
    if (problem) throw new MamoriError('SNAPSHOT_INVALID', `${source}: invalid snapshot at resources.${i}.${problem}`);
    const uid = r.uid as string;
    if (seen.has(uid)) throw new MamoriError('SNAPSHOT_INVALID', `${source}: resources[${i}]: duplicate uid ${uid}`);
    seen.add(uid);
  }
  return data as Snapshot;
}

function invalid(source: string, issue: z.core.$ZodIssue | undefined): MamoriError {
  const where = issue?.path.length ? issue.path.join('.') : '(root)';
  return new MamoriError('SNAPSHOT_INVALID', `${source}: invalid snapshot at ${where}: ${issue?.message ?? 'unknown problem'}`);
}

/** Reads a snapshot file, gzip-compressed (by content, not by name) or plain JSON. */
export async function readSnapshot(path: string): Promise<Snapshot> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new MamoriError('SNAPSHOT_READ', `${path}: cannot read snapshot (${code ?? String(err)})`);
  }
  let text: string;
  try {
    text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch {
    throw new MamoriError('SNAPSHOT_CORRUPT', `${path}: corrupt snapshot (gzip data could not be decompressed)`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new MamoriError('SNAPSHOT_CORRUPT', `${path}: corrupt snapshot (not valid JSON: ${(err as Error).message.replace(/\s+/g, " ")})`);
  }
  return parseSnapshot(data, path);
}

export function serializeSnapshot(snapshot: Snapshot, gzip: boolean): Buffer {
  const json = Buffer.from(JSON.stringify(snapshot));
  return gzip ? gzipSync(json) : json;
}

/** Writes gzip when the path ends in .gz, plain JSON otherwise. */
export async function writeSnapshot(path: string, snapshot: Snapshot): Promise<void> {
  await writeFile(path, serializeSnapshot(snapshot, path.endsWith('.gz')));
}

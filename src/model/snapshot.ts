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

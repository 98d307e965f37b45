import { readFile, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { MamoriError } from './errors.js';
import { COLLECTION_ERROR_CODES, type CollectionError, type Resource } from './types.js';

/** Bump on any incompatible change of the snapshot shape; docs/snapshot.md describes each version. */
export const SNAPSHOT_SCHEMA = 'mamori.snapshot';
export const SNAPSHOT_VERSION = 1;

export interface SnapshotScope {
  provider: 'aws';
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

const resourceSchema = z.object({
  uid: z.string().min(1),
  provider: z.literal('aws'),
  account: z.string(),
  region: z.string(),
  type: z.string().min(1),
  name: z.string(),
  tags: z.record(z.string(), z.string()),
  config: z.record(z.string(), z.unknown()),
  relationships: z.array(z.object({ type: z.string(), target: z.string() })).optional(),
  errors: z.record(z.string(), z.string()).optional(),
});

const errorSchema = z.object({
  provider: z.literal('aws'),
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
    provider: z.literal('aws'),
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
    const parsed = resourceSchema.safeParse(resources[i]);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw invalid(source, { ...issue, path: ['resources', i, ...(issue?.path ?? [])] } as z.core.$ZodIssue);
    }
    if (seen.has(parsed.data.uid)) {
      throw new MamoriError('SNAPSHOT_INVALID', `${source}: resources[${i}]: duplicate uid ${parsed.data.uid}`);
    }
    seen.add(parsed.data.uid);
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

/**
 * Snapshot version 2: a folder with one gzip JSON shard per (provider, scope, region, service) and a
 * manifest. Collectors write a shard as each job finishes, so a collection never holds the whole
 * inventory; readers take shards one at a time. Version 1 files (one JSON document) still open,
 * through the same `SnapshotSource` interface, and assess to the same results. See docs/snapshot.md.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { MamoriError } from '../model/errors.js';
import { checkResource, errorSchema, readSnapshot, SNAPSHOT_SCHEMA, type Snapshot, type SnapshotScope } from '../model/snapshot.js';
import { PROVIDERS, type CollectionError, type Provider, type Resource } from '../model/types.js';

export const SHARDED_SNAPSHOT_VERSION = 2;
export const MANIFEST_FILE = 'manifest.json';

/** One shard as listed in the manifest. */
export interface ShardInfo {
  /** File name inside the snapshot folder. */
  file: string;
  provider: Provider;
  /** The scope id: AWS account, Google Cloud project (or `folders/…`, `organizations/…`), Azure subscription. */
  scope: string;
  region: string;
  service: string;
  collector: { name: string; version: string };
  /** Resources per type, so readers can tell what a shard holds without opening it. */
  types: Record<string, number>;
  /** The shard's collection errors (also in the shard file; small, so repeated here for readers). */
  errors: CollectionError[];
}

export interface SnapshotManifest {
  schema: typeof SNAPSHOT_SCHEMA;
  version: typeof SHARDED_SNAPSHOT_VERSION;
  id: string;
  collectedAt: string;
  tool: { name: string; version: string };
  scope: SnapshotScope;
  shards: ShardInfo[];
}

/** What one shard file holds. */
export interface Shard {
  shard: Omit<ShardInfo, 'file' | 'types' | 'errors'>;
  resources: Resource[];
  errors: CollectionError[];
}

/** A snapshot read shard by shard, whichever version it was written in. */
export interface SnapshotSource {
  readonly manifest: SnapshotManifest;
  /** Every collection error of the snapshot. */
  readonly errors: CollectionError[];
  readShard(info: ShardInfo): Promise<Resource[]>;
}

const shardSchema = z.object({
  file: z.string().regex(/^[A-Za-z0-9._-]+$/, 'a plain file name inside the snapshot folder'),
  provider: z.enum(PROVIDERS),
  scope: z.string(),
  region: z.string(),
  service: z.string(),
  collector: z.object({ name: z.string(), version: z.string() }),
  types: z.record(z.string(), z.number().int().nonnegative()),
  errors: z.array(errorSchema),
});

/** The manifest without its shards, which are checked one by one (see `readShards`). */
const manifestSchema = z.object({
  schema: z.literal(SNAPSHOT_SCHEMA),
  version: z.literal(SHARDED_SNAPSHOT_VERSION),
  id: z.string(),
  collectedAt: z.iso.datetime({ offset: true }),
  tool: z.object({ name: z.string(), version: z.string() }),
  scope: z.object({ provider: z.enum(PROVIDERS), accounts: z.array(z.string()), regions: z.array(z.string()), services: z.array(z.string()) }),
  shards: z.array(z.unknown()),
});

/** Whether a path is a version 2 snapshot folder (as opposed to a version 1 file). */
export const isDirectory = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** Opens a snapshot: a version 2 folder (manifest + shards) or a version 1 file. */
export async function openSnapshot(path: string): Promise<SnapshotSource> {
  if (!isDirectory(path)) return inMemorySource(await readSnapshot(path));
  let text: string;
  try {
    text = readFileSync(join(path, MANIFEST_FILE), 'utf8');
  } catch (err) {
    throw new MamoriError('SNAPSHOT_READ', `${path}: not a mamori snapshot folder (cannot read ${MANIFEST_FILE}: ${(err as NodeJS.ErrnoException).code ?? err})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new MamoriError('SNAPSHOT_CORRUPT', `${join(path, MANIFEST_FILE)}: not valid JSON (${(err as Error).message.replace(/\s+/g, ' ')})`);
  }
  const version = (data as { version?: unknown })?.version;
  if (version !== SHARDED_SNAPSHOT_VERSION) {
    throw new MamoriError('SNAPSHOT_VERSION', `${path}: snapshot folder version ${JSON.stringify(version)} is not supported (this mamori reads version ${SHARDED_SNAPSHOT_VERSION})`);
  }
  const invalid = (issue: z.core.$ZodIssue, prefix: PropertyKey[] = []) =>
    new MamoriError('SNAPSHOT_INVALID', `${join(path, MANIFEST_FILE)}: invalid manifest at ${[...prefix, ...issue.path].map(String).join('.') || '(root)'}: ${issue.message}`);
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) throw invalid(parsed.error.issues[0]);
  const shards = readShards((data as { shards: unknown[] }).shards, (issue, i) => invalid(issue, ['shards', i]));
  const manifest: SnapshotManifest = { ...parsed.data, shards };
  return {
    manifest,
    errors: manifest.shards.flatMap((s) => s.errors),
    readShard: (info) => readShardFile(path, info),
  };
}

/**
 * The manifest's shards, checked one by one and held compactly: a million-resource snapshot lists
 * hundreds of thousands of shards, and as parsed they were the second largest thing in memory after
 * the resources. Repeated values (scopes, regions, services, collectors, type counts, empty error
 * lists) become one shared string or object, and each raw entry is dropped as soon as it is read.
 * The shared objects are frozen: shard infos are read-only.
 */
function readShards(raw: unknown[], invalid: (issue: z.core.$ZodIssue, index: number) => Error): ShardInfo[] {
  const strings = new Map<string, string>();
  const intern = (s: string) => {
    const seen = strings.get(s);
    if (seen !== undefined) return seen;
    strings.set(s, s);
    return s;
  };
  const collectors = new Map<string, ShardInfo['collector']>();
  const typeCounts = new Map<string, ShardInfo['types']>();
  const shards: ShardInfo[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const parsed = shardSchema.safeParse(raw[i]);
    if (!parsed.success) throw invalid(parsed.error.issues[0], i);
    raw[i] = undefined;
    const { file, provider, scope, region, service, collector, types, errors } = parsed.data;
    const collectorKey = `${collector.name}\0${collector.version}`;
    let sharedCollector = collectors.get(collectorKey);
    if (!sharedCollector) collectors.set(collectorKey, (sharedCollector = Object.freeze({ name: collector.name, version: collector.version })));
    const typesKey = JSON.stringify(types);
    let sharedTypes = typeCounts.get(typesKey);
    if (!sharedTypes) typeCounts.set(typesKey, (sharedTypes = Object.freeze(Object.fromEntries(Object.entries(types).map(([t, n]) => [intern(t), n])))));
    shards[i] = {
      file,
      provider: intern(provider) as Provider,
      scope: intern(scope),
      region: intern(region),
      service: intern(service),
      collector: sharedCollector,
      types: sharedTypes,
      errors: errors.length ? (errors as CollectionError[]) : NO_ERRORS,
    };
  }
  return shards;
}

const NO_ERRORS = Object.freeze([]) as unknown as CollectionError[];

async function readShardFile(dir: string, info: ShardInfo): Promise<Resource[]> {
  const file = join(dir, info.file);
  let data: Shard;
  try {
    data = JSON.parse(gunzipSync(await readFile(file)).toString('utf8')) as Shard;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new MamoriError('SNAPSHOT_CORRUPT', `${file}: cannot read shard (${code ?? (err as Error).message.replace(/\s+/g, ' ')})`);
  }
  if (!Array.isArray(data?.resources)) throw new MamoriError('SNAPSHOT_INVALID', `${file}: invalid shard (no resources array)`);
  for (let i = 0; i < data.resources.length; i++) {
    const problem = checkResource(data.resources[i]);
    if (problem) throw new MamoriError('SNAPSHOT_INVALID', `${file}: invalid shard at resources.${i}.${problem}`);
  }
  return data.resources;
}

/** A version 1 snapshot (already in memory) seen as shards: one per (provider, scope, region, service). */
export function inMemorySource(snapshot: Snapshot): SnapshotSource {
  const groups = new Map<string, { info: ShardInfo; resources: Resource[] }>();
  for (const r of snapshot.resources) {
    const service = serviceOfType(r.type);
    const key = `${r.provider}|${r.account}|${r.region}|${service}`;
    let group = groups.get(key);
    if (!group) {
      group = { info: { file: key, provider: r.provider, scope: r.account, region: r.region, service, collector: snapshot.tool, types: {}, errors: [] }, resources: [] };
      groups.set(key, group);
    }
    group.info.types[r.type] = (group.info.types[r.type] ?? 0) + 1;
    group.resources.push(r);
  }
  const byInfo = new Map([...groups.values()].map((g) => [g.info, g.resources]));
  return {
    manifest: { schema: SNAPSHOT_SCHEMA, version: SHARDED_SNAPSHOT_VERSION, id: snapshot.id, collectedAt: snapshot.collectedAt, tool: snapshot.tool, scope: snapshot.scope, shards: [...byInfo.keys()] },
    errors: snapshot.errors,
    readShard: async (info) => byInfo.get(info) ?? [],
  };
}

/**
 * The service a resource type belongs to, for shards of snapshots that were not written by a
 * collector job: `AWS::S3::Bucket` → `s3`, `storage.googleapis.com/Bucket` → `storage`.
 */
export function serviceOfType(type: string): string {
  if (type.includes('.googleapis.com/')) return type.slice(0, type.indexOf('.'));
  // Azure: the resource provider namespace (`Microsoft.Storage/storageAccounts` → storage).
  if (/^Microsoft\.[A-Za-z]+\//.test(type)) return type.slice('Microsoft.'.length, type.indexOf('/')).toLowerCase();
  const parts = type.split('::');
  return (parts.length >= 3 ? parts[1] : parts.length === 2 ? 'account' : type).toLowerCase();
}

/**
 * Writes a version 2 snapshot folder: `addShard` as each collection job finishes (the shard goes to
 * disk at once and leaves memory), `finish` writes the manifest last, so a folder without a
 * manifest is an unfinished collection and is refused by readers.
 */
export class ShardedSnapshotWriter {
  private readonly shards: ShardInfo[] = [];
  private readonly names = new Set<string>();

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  async addShard(shard: Shard): Promise<ShardInfo> {
    const { provider, scope, region, service } = shard.shard;
    const base = `${provider}_${scope}_${region}_${service}`.replace(/[^A-Za-z0-9._-]+/g, '-');
    let file = `${base}.json.gz`;
    for (let n = 2; this.names.has(file); n++) file = `${base}-${n}.json.gz`;
    this.names.add(file);
    const types: Record<string, number> = {};
    for (const r of shard.resources) types[r.type] = (types[r.type] ?? 0) + 1;
    await writeFile(join(this.dir, file), gzipSync(JSON.stringify(shard), { level: 6 }));
    const info: ShardInfo = { file, ...shard.shard, types, errors: shard.errors };
    this.shards.push(info);
    return info;
  }

  async finish(header: Omit<SnapshotManifest, 'schema' | 'version' | 'shards'>): Promise<SnapshotManifest> {
    const manifest: SnapshotManifest = { schema: SNAPSHOT_SCHEMA, version: SHARDED_SNAPSHOT_VERSION, ...header, shards: this.shards };
    // Written beside and renamed, so a reader never sees half a manifest. One shard per line: still
    // readable and greppable, and a third the size of indented JSON, which matters to the reader's
    // peak memory at hundreds of thousands of shards.
    const tmp = join(this.dir, `${MANIFEST_FILE}.tmp`);
    await writeFile(tmp, manifestText(manifest));
    await rename(tmp, join(this.dir, MANIFEST_FILE));
    return manifest;
  }
}

/** The manifest as JSON: the header fields first, then one shard per line. */
export function manifestText(manifest: SnapshotManifest): string {
  const { shards, ...header } = manifest;
  const head = JSON.stringify(header, null, 1);
  const lines = shards.map((s) => JSON.stringify(s));
  return `${head.slice(0, -2)},\n "shards": [${lines.length ? `\n${lines.join(',\n')}\n` : ''}]\n}\n`;
}

/** Writes an in-memory snapshot as a version 2 folder (one shard per provider, scope, region and service). */
export async function writeShardedSnapshot(dir: string, snapshot: Snapshot): Promise<SnapshotManifest> {
  const source = inMemorySource(snapshot);
  const writer = new ShardedSnapshotWriter(dir);
  const errorsByShard = new Map<string, CollectionError[]>();
  for (const e of snapshot.errors) {
    const key = `${e.provider}|${e.account}|${e.region}|${e.service}`;
    errorsByShard.set(key, [...(errorsByShard.get(key) ?? []), e]);
  }
  const written = new Set<string>();
  for (const info of source.manifest.shards) {
    const key = `${info.provider}|${info.scope}|${info.region}|${info.service}`;
    written.add(key);
    await writer.addShard({ shard: { provider: info.provider, scope: info.scope, region: info.region, service: info.service, collector: snapshot.tool }, resources: await source.readShard(info), errors: errorsByShard.get(key) ?? [] });
  }
  // Errors of jobs that returned no resources still need a shard to live in.
  for (const [key, errors] of errorsByShard) {
    if (written.has(key)) continue;
    const [provider, scope, region, service] = key.split('|');
    await writer.addShard({ shard: { provider: provider as Provider, scope, region, service, collector: snapshot.tool }, resources: [], errors });
  }
  return writer.finish({ id: snapshot.id, collectedAt: snapshot.collectedAt, tool: snapshot.tool, scope: snapshot.scope });
}

/** Whether a path names a version 2 folder to write (no .json / .json.gz / .gz ending). */
export function isShardedPath(path: string): boolean {
  return !/\.(json|json\.gz|gz)$/i.test(path);
}


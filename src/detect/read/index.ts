/**
 * Log readers: local files and directories, s3:// prefixes and stdin, gzip or plain, in the
 * formats threat detection reads (CloudTrail, VPC Flow Logs, Route 53 Resolver query logs, Google
 * Cloud Audit Logs as sinks, Pub/Sub and `gcloud logging read --format=json` deliver them),
 * normalised into CloudEvents one at a time.
 *
 * Memory is bounded by the largest single record (or, for JSON lines and flow logs, the longest
 * line), never by a file or the input set: bytes are streamed through gunzip and a text decoder,
 * and `{"Records":[…]}` documents are split element by element without parsing the whole document.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isAscii } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, gunzipSync } from 'node:zlib';
import { pipeline, Readable } from 'node:stream';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { CloudEvent } from '../../model/event.js';
import { MamoriError, quoteForError } from '../../model/errors.js';
import { boundStringsInPlace, RAW_STRING_LIMIT } from '../../model/limits.js';
import { awsClientConfig as clientConfig, awsOperationDeadline } from '../../providers/logs.js';
import { detectFlowFormat, flowPathContext, fromCloudTrail, fromDns, fromEnvelope, fromFlowLine, fromGcpAudit, pubsubData, sinkObjectTime, type FlowFormat } from '../../providers/logs.js';
import { azureCsvColumns, CsvRecords, fromAzureActivity, rowFromCsv } from '../../providers/logs.js';
import { classifyJson } from './classify.js';
import { fromLakeRow, isFlattened, isLakeRow, restoreEventTime, unflattenSplunk, unwrapExport } from './exports.js';
import { scanJsonValues } from './json-scan.js';
import { binaryKind, BINARY_SAMPLE, isJsonLines } from './sniff.js';

export interface ReadIssue {
  /** Path, s3:// URL or "-" (stdin). */
  file: string;
  line?: number;
  /**
   * For an element of a `{"Records":[…]}` document or a JSON array: its index there, from 0 (the
   * message starts with `record <index>:` too). A CloudTrail delivery file is one line, so the line
   * alone does not say which of its records is meant.
   */
  record?: number;
  /** `empty`: the file holds nothing (or only blank space), so it gave no events. */
  kind: 'malformed' | 'truncated' | 'unknown-format' | 'unreadable' | 'empty';
  message: string;
}

export interface ReadOptions {
  /** Events before this instant are skipped (inclusive bound). */
  since?: Date;
  /** Events at or after this instant are skipped (exclusive bound). */
  until?: Date;
  /** Called for each bad file or record; reading carries on. */
  onIssue?: (issue: ReadIssue) => void;
  s3?: { client?: S3Client };
  /**
   * Follow symbolic links met inside a folder (default: no; the inputs named on the command line
   * are always followed). Either way a folder or file is read once: loops and a second path to the
   * same file are skipped.
   */
  followSymlinks?: boolean;
  /** @internal What "-" reads instead of process.stdin (tests). */
  stdin?: AsyncIterable<Buffer | string>;
}

type Chunk = Buffer | Uint8Array | string;
type Bytes = AsyncIterable<Chunk> | Iterable<Chunk>;

interface Source {
  name: string;
  open(): Promise<Bytes>;
}

type Input = { kind: 'stdin' } | { kind: 'path'; path: string; dir: boolean } | { kind: 's3'; bucket: string; prefix: string };

const PEEK_LIMIT = 64 * 1024;
/** How much of a JSON text may be read to tell JSON lines from a document spanning lines (sniff.ts). */
const SAMPLE_LIMIT = 1024 * 1024;

/**
 * Reads every event in `inputs`: the local files and folders together, in the order of the delivery
 * times in their file names (then as given); then S3 prefixes in key order and stdin. Throws MamoriError only for bad arguments (a path that does not exist, an
 * unlistable bucket); bad files and records go to `onIssue` and are skipped.
 */
export async function* readEvents(inputs: string[], options: ReadOptions = {}): AsyncGenerator<CloudEvent> {
  for await (const batch of readEventBatches(inputs, options)) for (const e of batch) yield e;
}

/**
 * @internal readEvents in batches (a file's worth, or a chunk's for big files and streams), same
 * order and errors. The pipeline uses it: one async step per batch instead of one per event,
 * which matters at a hundred thousand events a second.
 */
export async function* readEventBatches(inputs: string[], options: ReadOptions = {}): AsyncGenerator<CloudEvent[]> {
  if (inputs.length === 0) throw new MamoriError('NO_INPUT', 'No log input given: pass files, directories, s3://bucket/prefix or - for stdin.');
  const resolved: Input[] = [];
  for (const input of inputs) resolved.push(await resolveInput(input));
  // Local files and folders first, all together in the order of the delivery time in their names
  // (AWSLogs names carry it: …_20261119T1235Z_…): otherwise one account's or region's folder, or
  // the flow logs after the CloudTrail folder, would replay a whole day each and the aggregation
  // windows, which follow event time, would see time jump back. Only the names are held.
  const local: { source: Source; time: string; n: number }[] = [];
  // Every folder and file once, by device and inode: a symlink loop or a second path to the same
  // log would replay its events (a burst counted twice, a root login counted 41 times).
  const seen = new Set<string>();
  for (const input of resolved) {
    if (input.kind !== 'path') continue;
    for await (const source of sourcesOf(input, options, seen)) local.push({ source, time: deliveryTime(source.name), n: local.length });
  }
  local.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.n - b.n));
  for (const { source } of local) yield* readSource(source, options);
  // S3 prefixes (listed lazily, in key order) and stdin after them, as given.
  for (const input of resolved) {
    if (input.kind === 'path') continue;
    for await (const source of sourcesOf(input, options)) yield* readSource(source, options);
  }
}

/**
 * The delivery time in an AWS log file name ("20261119T1235Z", as CloudTrail, VPC Flow Logs and
 * Route 53 Resolver name their S3 objects), or "" (sorts first, keeping the given order) when none.
 */
export function deliveryTime(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const aws = /_(\d{8}T\d{4}(?:\d{2})?Z)(?:[_.]|$)/.exec(name)?.[1];
  if (aws) return aws;
  // A Cloud Logging sink's Cloud Storage objects: …/YYYY/MM/DD/HH:MM:SS_HH:MM:SS_S0.json (the hour they cover).
  return name.includes(':') ? (sinkObjectTime(path) ?? '') : '';
}

/**
 * Reads one already-open stream (the internal API under readEvents; also handy for tests and for
 * callers that have their own bytes). `name` is used in issues and origins.
 */
export async function* readStream(bytes: Bytes, name: string, options: ReadOptions = {}): AsyncGenerator<CloudEvent> {
  for await (const batch of readSource({ name, open: async () => bytes }, options)) for (const e of batch) yield e;
}

async function resolveInput(input: string): Promise<Input> {
  if (input === '-') return { kind: 'stdin' };
  if (input.startsWith('s3://')) {
    const rest = input.slice(5);
    const slash = rest.indexOf('/');
    const bucket = slash < 0 ? rest : rest.slice(0, slash);
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
      throw new MamoriError('BAD_INPUT', `${quoteForError(input)} is not an S3 location: expected s3://bucket/prefix.`);
    }
    return { kind: 's3', bucket, prefix: slash < 0 ? '' : rest.slice(slash + 1) };
  }
  try {
    const st = await stat(input);
    if (!st.isDirectory() && !st.isFile()) throw new MamoriError('BAD_INPUT', `${input} is neither a file nor a directory.`);
    return { kind: 'path', path: input, dir: st.isDirectory() };
  } catch (err) {
    if (err instanceof MamoriError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new MamoriError('INPUT_NOT_FOUND', `Log input not found: ${input}`, { cause: err });
    throw new MamoriError('INPUT_UNREADABLE', `Cannot read log input ${input}: ${(err as Error).message}`, { cause: err });
  }
}

async function* sourcesOf(input: Input, options: ReadOptions, seen = new Set<string>()): AsyncGenerator<Source> {
  if (input.kind === 'stdin') {
    yield { name: '-', open: async () => options.stdin ?? process.stdin };
  } else if (input.kind === 'path') {
    if (!(await firstVisit(input.path, seen))) return;
    if (!input.dir) yield fileSource(input.path);
    else yield* walk(input.path, options, seen);
  } else {
    yield* s3Sources(input.bucket, input.prefix, options);
  }
}

/** Files up to this size are read in one call (CloudTrail delivers many small files). */
const SMALL_FILE = 8 * 1024 * 1024;

function fileSource(path: string): Source {
  return {
    name: path,
    open: async () => {
      // Synchronous for small files: a handful of thread-pool round trips per file left the
      // thread idle for about 5% of a run, and parsing the file blocks for longer anyway.
      const { size } = statSync(path);
      if (size <= SMALL_FILE) return [readFileSync(path)];
      return new Promise<Bytes>((resolve, reject) => {
        const s = createReadStream(path, { highWaterMark: 64 * 1024 });
        s.once('open', () => resolve(s));
        s.once('error', reject);
      });
    },
  };
}

/** Digest files prove integrity; they hold no events. */
function skipByName(path: string): boolean {
  return /(^|\/)CloudTrail-Digest(\/|$)/.test(path) || /(^|\/)\.[^/]*$/.test(path);
}

/**
 * False when the path's …/YYYY/MM/DD/… day (AWSLogs layout) cannot hold events in [since, until).
 * Delivery lags the events, so a day folder may hold events from the day before; the margins allow it.
 */
function dayMayMatch(path: string, options: ReadOptions): boolean {
  if (!options.since && !options.until) return true;
  const m = /\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(path);
  if (!m) return true;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const DAY = 86_400_000;
  if (options.since && day + DAY <= options.since.getTime() - DAY) return false;
  if (options.until && day - DAY >= options.until.getTime()) return false;
  return true;
}

/** True the first time this file or folder (by device and inode, whatever the path) is met. */
async function firstVisit(path: string, seen: Set<string>): Promise<boolean> {
  const st = await stat(path, { bigint: true });
  const key = `${st.dev}:${st.ino}`;
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

async function* walk(dir: string, options: ReadOptions, seen: Set<string>): AsyncGenerator<Source> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    issue(options, { file: dir, kind: 'unreadable', message: (err as Error).message });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (skipByName(path)) continue;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      if (!options.followSymlinks) continue;
      try {
        const st = await stat(path);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        issue(options, { file: path, kind: 'unreadable', message: (err as Error).message });
        continue;
      }
    }
    if (!isDir && !(isFile && dayMayMatch(path, options))) continue;
    try {
      if (!(await firstVisit(path, seen))) continue;
    } catch (err) {
      issue(options, { file: path, kind: 'unreadable', message: (err as Error).message });
      continue;
    }
    if (isDir) yield* walk(path, options, seen);
    else yield fileSource(path);
  }
}

async function defaultS3Client(): Promise<S3Client> {
  // The credential chain is loaded only when no client is given.
  const { fromNodeProviderChain } = await import('@aws-sdk/credential-providers');
  const region = process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  // Buckets live in one region; the client follows S3's redirect to it.
  return awsOperationDeadline(new S3Client({ ...clientConfig(S3Client, region, fromNodeProviderChain()), followRegionRedirects: true }));
}

async function* s3Sources(bucket: string, prefix: string, options: ReadOptions): AsyncGenerator<Source> {
  const own = !options.s3?.client;
  const client = options.s3?.client ?? (await defaultS3Client());
  const location = `s3://${bucket}/${prefix}`;
  try {
    let token: string | undefined;
    let first = true;
    do {
      let page;
      try {
        page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix || undefined, ContinuationToken: token }));
      } catch (err) {
        const e = err as Error;
        if (first) throw new MamoriError('S3_LIST_FAILED', `Cannot list ${location}: ${e.name}: ${e.message}`, { cause: err });
        issue(options, { file: location, kind: 'unreadable', message: `listing stopped: ${e.name}: ${e.message}` });
        return;
      }
      first = false;
      for (const object of page.Contents ?? []) {
        const key = object.Key;
        if (!key || key.endsWith('/') || skipByName(key) || !dayMayMatch(`/${key}`, options)) continue;
        yield {
          name: `s3://${bucket}/${key}`,
          open: async () => bodyBytes((await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body),
        };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  } finally {
    if (own) client.destroy();
  }
}

function bodyBytes(body: unknown): Bytes {
  if (body && typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') return body as Bytes;
  if (body instanceof Uint8Array || typeof body === 'string') return (async function* () { yield body; })();
  const withBytes = body as { transformToByteArray?: () => Promise<Uint8Array> } | undefined;
  if (withBytes?.transformToByteArray) return (async function* () { yield await withBytes.transformToByteArray!(); })();
  throw new Error('GetObject returned no body');
}

function issue(options: ReadOptions, i: ReadIssue) {
  options.onIssue?.(i);
}

async function* prepend<T>(head: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  for (const h of head) yield h;
  for (;;) {
    const r = await rest.next();
    if (r.done) return;
    yield r.value;
  }
}

function toBuffer(chunk: Buffer | Uint8Array | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * An output buffer size for gunzipping `gz` whole: its gzip trailer's size (exact for the usual
 * single-member file), so the output comes out in one buffer instead of being copied together
 * from 16 KiB pieces. Bounded, since the trailer of a concatenated or hostile file can say anything.
 */
function outputChunkSize(gz: Buffer): number {
  const size = gz.length >= 18 ? gz.readUInt32LE(gz.length - 4) : 0;
  return Math.min(Math.max(size + 1, 64 * 1024), 64 * 1024 * 1024);
}

/** The bytes, gunzipped when they start with the gzip magic (any name, concatenated members too). */
async function* decompressed(bytes: Bytes): AsyncGenerator<Buffer> {
  // A whole small file: decompress in one call; a damaged one takes the streaming path below,
  // which yields what precedes the damage.
  if (Array.isArray(bytes) && bytes.length === 1 && Buffer.isBuffer(bytes[0]) && bytes[0][0] === 0x1f && bytes[0][1] === 0x8b) {
    let whole: Buffer | undefined;
    try {
      whole = gunzipSync(bytes[0], { chunkSize: outputChunkSize(bytes[0]) });
    } catch {
      whole = undefined;
    }
    if (whole) {
      yield whole;
      return;
    }
  }
  const it = Symbol.asyncIterator in bytes ? bytes[Symbol.asyncIterator]() : (async function* () { yield* bytes; })();
  const head: Buffer[] = [];
  let size = 0;
  while (size < 2) {
    const r = await it.next();
    if (r.done) break;
    const b = toBuffer(r.value);
    head.push(b);
    size += b.length;
  }
  if (size === 0) return;
  const first = head.length === 1 ? head[0] : Buffer.concat(head);
  const all = prepend([first], (async function* () {
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield toBuffer(r.value);
    }
  })());
  if (first[0] !== 0x1f || first[1] !== 0x8b) {
    yield* all;
    return;
  }
  const gunzip = createGunzip();
  pipeline(Readable.from(all), gunzip, () => {
    /* errors surface through the iteration of gunzip */
  });
  yield* gunzip as AsyncIterable<Buffer>;
}

async function* decoded(bytes: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let first = true;
  // Logs are nearly always ASCII, which decodes as Latin-1 byte for byte, faster than as UTF-8
  // (and JSON.parse reads the result faster too). Until a chunk that is not ASCII, the decoder
  // holds nothing, so skipping it changes nothing; from then on every chunk goes through it.
  let ascii = true;
  for await (const b of bytes) {
    if (ascii && isAscii(b)) {
      first = false;
      if (b.length) yield b.toString('latin1');
      continue;
    }
    ascii = false;
    let s = decoder.write(b);
    if (first && s.length) {
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      first = false;
    }
    if (s) yield s;
  }
  const end = decoder.end();
  if (end) yield end;
}

/** Lines in batches (one per chunk), numbered from 1, without their line ends. */
async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<{ text: string; line: number }[]> {
  let carry = '';
  let line = 0;
  for await (const chunk of chunks) {
    let start = 0;
    let nl = chunk.indexOf('\n');
    if (nl < 0) {
      carry += chunk;
      continue;
    }
    const out: { text: string; line: number }[] = [];
    while (nl >= 0) {
      let text = carry + chunk.slice(start, nl);
      carry = '';
      if (text.endsWith('\r')) text = text.slice(0, -1);
      out.push({ text, line: ++line });
      start = nl + 1;
      nl = chunk.indexOf('\n', start);
    }
    carry = chunk.slice(start);
    yield out;
  }
  if (carry) yield [{ text: carry.endsWith('\r') ? carry.slice(0, -1) : carry, line: ++line }];
}

function readError(err: unknown): Pick<ReadIssue, 'kind' | 'message'> {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(String(e?.message))) {
    return { kind: 'truncated', message: 'gzip stream ends early (truncated file)' };
  }
  if (typeof e?.code === 'string' && e.code.startsWith('Z_')) return { kind: 'malformed', message: `corrupt gzip data: ${e.message}` };
  return { kind: 'unreadable', message: e?.message ?? String(err) };
}

/** The events of one file or object, in batches. */
/** Decompressed size up to which a `{"Records":[…]}` file is parsed in one go. */
const WHOLE_FILE_LIMIT = 8 * 1024 * 1024;
/** Records per batch from a file parsed in one go. */
const RECORDS_SLICE = 256;

/** Reads text until `limit` characters; keeps the rest (and a read error) for the caller. */
async function readUpTo(stream: AsyncIterable<string>, limit: number): Promise<{ text: string; parts: string[]; complete: boolean; rest: AsyncIterator<string>; error?: unknown }> {
  const it = stream[Symbol.asyncIterator]();
  const parts: string[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const r = await it.next();
      if (r.done) return { text: parts.join(''), parts, complete: true, rest: it };
      parts.push(r.value);
      size += r.value.length;
    }
  } catch (error) {
    return { text: '', parts, complete: false, rest: it, error };
  }
  return { text: '', parts, complete: false, rest: it };
}

/**
 * Whether a JSON text may hold a string (or property name) longer than `limit`, tested on the text
 * without walking what it parses to (walking every record cost a fifth of JSON.parse; this costs
 * about a hundredth). A literal longer than `limit` holds no unescaped quote, so when the text has
 * no escaped quote (`\"`) at all, the literal covers some aligned window of `limit / 2` characters
 * that holds no quote: one indexOf per window finds it. Anything else (an escaped quote anywhere,
 * a long stretch of numbers) answers "may" and the records are walked.
 */
function mayHoldLongString(text: string, limit: number): boolean {
  if (text.length <= limit) return false;
  if (text.includes('\\"')) return true;
  const half = limit >> 1;
  for (let at = 0; at < text.length; at += half) {
    const quote = text.indexOf('"', at);
    if (quote < 0 ? text.length - at >= half : quote - at >= half) return true;
  }
  return false;
}

async function* throwAfter(source: AsyncIterable<string>, error: unknown): AsyncGenerator<string> {
  for await (const chunk of source) yield chunk;
  throw error;
}

async function* readSource(source: Source, options: ReadOptions): AsyncGenerator<CloudEvent[]> {
  const file = source.name;
  const since = options.since?.getTime() ?? -Infinity;
  const until = options.until?.getTime() ?? Infinity;
  const report = (i: Omit<ReadIssue, 'file'>) => issue(options, { file, ...i });
  let bytes: Bytes;
  try {
    bytes = await source.open();
  } catch (err) {
    const e = err as Error;
    report({ kind: 'unreadable', message: e.name && e.name !== 'Error' ? `${e.name}: ${e.message}` : e.message });
    return;
  }
  const keep = (e: CloudEvent) => e.timeMs >= since && e.timeMs < until;
  try {
    const raw = decompressed(bytes);
    const sniff = { binary: false };
    const text = decoded(sniffBinary(raw, sniff, report));
    // Peek at the start of the text: enough for the first line and for something that is not
    // blank (a stream may start with a chunk of blank lines), or 64 KiB.
    const it = text[Symbol.asyncIterator]();
    const head: string[] = [];
    let peek = '';
    let ended = false;
    while (peek.length < PEEK_LIMIT && (!peek.includes('\n') || peek.trim() === '')) {
      const r = await it.next();
      if (r.done) {
        ended = true;
        break;
      }
      head.push(r.value);
      peek += r.value;
    }
    if (sniff.binary) return;
    // `head` may grow below, before `stream` is first read.
    const stream = prepend(head, it);
    const start = peek.trimStart();
    if (start === '') {
      // Said, not skipped silently: an empty file among the logs usually means an export went wrong.
      if (ended) report({ kind: 'empty', message: 'empty file, no events' });
      else report({ kind: 'unknown-format', line: 1, message: `starts with ${PEEK_LIMIT} characters of blank space` });
      return;
    }
    const jsonStart = start[0] === '{' || start[0] === '[';
    // A text that starts a Records document is never JSON lines: its first line either is that
    // document's start or does not parse. Knowing it saves a scan of a whole file for a '\n'.
    const records = jsonStart && /^\{\s*"Records"\s*:/.test(start);
    const firstLine = jsonStart ? '' : peek.split('\n', 1)[0];
    const format = jsonStart ? undefined : detectFlowFormat(firstLine);
    // A Log Analytics AzureActivity table exported as CSV (the Azure Activity Log).
    const azureCsv = jsonStart || format ? undefined : azureCsvColumns(firstLine);
    let jsonLines: boolean | undefined = false;
    if (!records && !format && !azureCsv) {
      // Whether it is JSON lines: the first line alone usually tells. When it does not (a document
      // spanning lines, or JSON lines whose first record is damaged), read on until the lines
      // after it do (sniff.ts).
      jsonLines = isJsonLines(peek, ended, false);
      while (jsonLines === undefined) {
        const r = await it.next();
        if (r.done) ended = true;
        else {
          head.push(r.value);
          peek += r.value;
        }
        jsonLines = isJsonLines(peek, ended, peek.length >= SAMPLE_LIMIT);
      }
      peek = ''; // a copy of up to SAMPLE_LIMIT characters, not needed any more
    }
    if (jsonStart || jsonLines) {
      if (jsonLines) {
        for await (const batch of lines(stream)) {
          const out: CloudEvent[] = [];
          for (const { text: lineText, line } of batch) {
            if (lineText.trim() === '') continue;
            let value: unknown;
            try {
              value = JSON.parse(lineText);
            } catch (err) {
              report({ kind: 'malformed', line, message: `invalid JSON: ${(err as Error).message}` });
              continue;
            }
            toEvents(value, { file, line }, report, keep, out, lineText.length, -1);
          }
          if (out.length) yield out;
        }
      } else {
        let source: AsyncIterable<string> = stream;
        if (records) {
          // CloudTrail delivery files are small: one native JSON.parse per file is several times
          // faster than splitting in JavaScript, and memory stays bounded by the largest file.
          // Bigger, malformed or cut-off files go through the streaming splitter below.
          const whole = await readUpTo(stream, WHOLE_FILE_LIMIT);
          if (whole.complete && !whole.error) {
            let parsed: unknown;
            try {
              parsed = JSON.parse(whole.text);
            } catch {
              parsed = undefined;
            }
            if (parsed !== undefined) {
              const origin = { file, line: 1 };
              // Records are walked for long strings only when the text may hold one.
              const size = mayHoldLongString(whole.text, RAW_STRING_LIMIT) ? whole.text.length : 0;
              const list = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) && classifyJson(parsed as Record<string, unknown>) === 'records' ? ((parsed as { Records: unknown[] }).Records) : undefined;
              if (!list) {
                const out: CloudEvent[] = [];
                toEvents(parsed, origin, report, keep, out, size, -1);
                if (out.length) yield out;
                return;
              }
              parsed = undefined;
              // In slices, letting go of each record as it is taken: the consumer is done with a
              // slice when it asks for the next, so only the file's unread records stay live, and
              // the garbage collector copies less of the file each time it runs meanwhile.
              for (let i = 0; i < list.length; ) {
                const out: CloudEvent[] = [];
                const end = Math.min(list.length, i + RECORDS_SLICE);
                for (; i < end; i++) {
                  const v = list[i];
                  list[i] = undefined;
                  toEvents(v, origin, report, keep, out, size, i);
                }
                if (out.length) yield out;
              }
              return;
            }
          }
          // Hand the splitter the pieces as they came (not one big string) so its batches stay small.
          source = prepend(whole.parts, whole.rest);
          if (whole.error) source = throwAfter(source, whole.error);
        }
        const scanned = scanJsonValues(source, (p) => report({ kind: p.kind, line: p.line, message: p.message }));
        for await (const batch of scanned) {
          const out: CloudEvent[] = [];
          for (const { text: valueText, line, index } of batch) {
            let value: unknown;
            try {
              value = JSON.parse(valueText);
            } catch (err) {
              report(recordIssue('malformed', line, index, `invalid JSON: ${(err as Error).message}`));
              continue;
            }
            toEvents(value, { file, line }, report, keep, out, valueText.length, index);
          }
          if (out.length) yield out;
        }
      }
      return;
    }
    if (azureCsv) {
      yield* azureCsvEvents(stream, azureCsv, file, report, keep);
      return;
    }
    if (!format) {
      report({ kind: 'unknown-format', line: 1, message: `not CloudTrail, VPC Flow Logs, Route 53 query logs, Cloud Audit Logs or the Azure Activity Log: ${JSON.stringify(firstLine.slice(0, 80))}` });
      return;
    }
    yield* flowEvents(stream, format, file, report, keep);
  } catch (err) {
    report(readError(err));
  }
}

async function* flowEvents(
  stream: AsyncIterable<string>,
  format: FlowFormat,
  file: string,
  report: (i: Omit<ReadIssue, 'file'>) => void,
  keep: (e: CloudEvent) => boolean,
): AsyncGenerator<CloudEvent[]> {
  const context = flowPathContext(file);
  for await (const batch of lines(stream)) {
    const out: CloudEvent[] = [];
    for (const { text, line } of batch) {
      if (line === 1 && format.header) continue;
      if (text.trim() === '') continue;
      const e = fromFlowLine(text, format, file, context);
      if (e === null) continue;
      if (typeof e === 'string') {
        report({ kind: 'malformed', line, message: e });
        continue;
      }
      e.origin = { file, line };
      if (keep(e)) out.push(e);
    }
    if (out.length) yield out;
  }
}

/** A Log Analytics AzureActivity CSV export: a header line, then one row per record (quoted fields may span lines). */
async function* azureCsvEvents(
  stream: AsyncIterable<string>,
  columns: string[],
  file: string,
  report: (i: Omit<ReadIssue, 'file'>) => void,
  keep: (e: CloudEvent) => boolean,
): AsyncGenerator<CloudEvent[]> {
  const rows = new CsvRecords();
  for await (const batch of lines(stream)) {
    const out: CloudEvent[] = [];
    for (const { text, line } of batch) {
      if (line === 1) continue;
      const rec = rows.push(text, line);
      if (!rec) continue;
      if (rec.fields.length === 0) {
        report({ kind: 'malformed', line: rec.line, message: 'a quoted CSV field that does not end within 1 MiB' });
        continue;
      }
      if (rec.fields.length === 1 && rec.fields[0].trim() === '') continue;
      const row = rowFromCsv(columns, rec.fields);
      if (typeof row === 'string') {
        report({ kind: 'malformed', line: rec.line, message: row });
        continue;
      }
      toEvents(row, { file, line: rec.line }, report, keep, out, text.length, -1);
    }
    if (out.length) yield out;
  }
  const open = rows.end();
  if (open) report({ kind: 'truncated', line: open.line, message: 'the file ends inside a quoted CSV field' });
}

/** Passes bytes through; flags binary content at the start of the first chunk (images, archives) as not a log. */
async function* sniffBinary(
  bytes: AsyncIterable<Buffer>,
  state: { binary: boolean },
  report: (i: Omit<ReadIssue, 'file'>) => void): AsyncGenerator<Buffer> {
  let first = true;
  for await (const b of bytes) {
    if (first) {
      first = false;
      const kind = binaryKind(b.subarray(0, BINARY_SAMPLE));
      if (kind) {
        state.binary = true;
        report({ kind: 'unknown-format', message: kind === 'png' ? 'a PNG image, not a log' : 'binary content, not a log' });
        return;
      }
    }
    yield b;
  }
}

/** An issue of one parsed value; an element of a Records document or array is named by its index. */
function recordIssue(kind: ReadIssue['kind'], line: number, index: number, message: string): Omit<ReadIssue, 'file'> {
  return index < 0 ? { kind, line, message } : { kind, line, record: index, message: `record ${index}: ${message}` };
}

/**
 * Appends the events one parsed JSON value holds (none, one, or a Records array's worth) that
 * `keep` accepts to `out`. Appending rather than returning arrays saves an array per record, and
 * the events of one value share their `origin` (same file and line) rather than each having one.
 * `size` is the length of the JSON text the value came from: no string in it is longer, so a
 * record from a text within RAW_STRING_LIMIT is not walked for long strings. `index` is the
 * value's place in the Records array or JSON array holding it (-1: none).
 */
function toEvents(
  value: unknown,
  origin: { file: string; line: number },
  report: (i: Omit<ReadIssue, 'file'>) => void,
  keep: (e: CloudEvent) => boolean,
  out: CloudEvent[],
  size: number,
  index: number,
): void {
  const { line } = origin;
  if (Array.isArray(value)) {
    if (isLakeRow(value)) {
      // A CloudTrail Lake result row: single-key cells, one per selected column.
      const record = fromLakeRow(value);
      if (typeof record === 'string') report(recordIssue('malformed', line, index, record));
      else toEvents(record, origin, report, keep, out, size, index);
      return;
    }
    for (let i = 0; i < value.length; i++) toEvents(value[i], origin, report, keep, out, size, i);
    return;
  }
  if (value === null || typeof value !== 'object') {
    report(recordIssue('malformed', line, index, 'expected a JSON object'));
    return;
  }
  const record = value as Record<string, unknown>;
  const kind = classifyJson(record);
  // Log fields are attacker-controlled: a string over the limit is cut (with a marker) before
  // anything keeps it, since carried windows and evidence store the record (src/model/limits.ts).
  if (size > RAW_STRING_LIMIT && (kind === 'cloudtrail' || kind === 'gcpaudit' || kind === 'azureactivity' || kind === 'envelope' || kind === 'dns')) boundStringsInPlace(record, RAW_STRING_LIMIT);
  let event: CloudEvent | string;
  switch (kind) {
    case 'cloudtrail':
      event = fromCloudTrail(record);
      // Only when the record does not read as it is (nothing changes for plain CloudTrail): a
      // SIEM's copy with eventTime moved to @timestamp (Logstash) or _time (Splunk), or with its
      // nested fields flattened into dotted names (a Splunk result without _raw).
      if (typeof event === 'string' || record.userIdentity === undefined) {
        const flat = isFlattened(record);
        if (flat || restoreEventTime(record)) {
          const again = flat ? unflattenSplunk(record) : record;
          restoreEventTime(again);
          if (size > RAW_STRING_LIMIT) boundStringsInPlace(again, RAW_STRING_LIMIT);
          event = fromCloudTrail(again);
        }
      }
      break;
    case 'elastic':
    case 'splunk':
    case 'lake':
    case 'ocsf':
    case 'ecs': {
      const r = unwrapExport(kind, record);
      if ('skip' in r) return;
      if ('error' in r) {
        report(recordIssue(r.kind, line, index, r.error));
        return;
      }
      if ('values' in r) {
        const inner = r.size ?? size;
        for (let i = 0; i < r.values.length; i++) toEvents(r.values[i], origin, report, keep, out, inner, r.listed ? i : index);
        return;
      }
      if (size > RAW_STRING_LIMIT) boundStringsInPlace(r.record, RAW_STRING_LIMIT);
      event = fromCloudTrail(r.record);
      break;
    }
    case 'envelope':
      event = fromEnvelope(record);
      break;
    case 'dns':
      event = fromDns(record);
      break;
    case 'records': {
      const list = record.Records as unknown[];
      for (let i = 0; i < list.length; i++) toEvents(list[i], origin, report, keep, out, size, i);
      return;
    }
    case 'gcpaudit':
      event = fromGcpAudit(record);
      break;
    case 'gcplog':
      // Other Cloud Logging entries (a sink that exports more than the audit logs): nothing to detect.
      return;
    case 'azureactivity':
      event = fromAzureActivity(record);
      break;
    case 'azurerecords': {
      // Azure diagnostic settings' `{"records":[…]}` (Event Hubs message bodies, older storage exports).
      const list = record.records as unknown[];
      for (let i = 0; i < list.length; i++) toEvents(list[i], origin, report, keep, out, size, i);
      return;
    }
    case 'azurelog':
      // Other Azure resource logs (same top-level schema, another category): nothing to detect.
      return;
    case 'pubsub': {
      const data = pubsubData(record);
      if (data === undefined) {
        report(recordIssue('unknown-format', line, index, 'a JSON object with a message.data that is not a Pub/Sub message'));
        return;
      }
      let inner: unknown;
      try {
        inner = JSON.parse(data);
      } catch (err) {
        report(recordIssue('malformed', line, index, `Pub/Sub message data is not JSON: ${(err as Error).message}`));
        return;
      }
      if (inner === null || typeof inner !== 'object' || Array.isArray(inner) || classifyJson(inner as Record<string, unknown>) === 'pubsub') {
        report(recordIssue('malformed', line, index, 'Pub/Sub message data is not a log entry'));
        return;
      }
      toEvents(inner, origin, report, keep, out, data.length, index);
      return;
    }
    case 'digest':
      return;
    default:
      report(recordIssue('unknown-format', line, index, 'a JSON object that is not a CloudTrail record (plain or from a SIEM or data-lake export), EventBridge event, Route 53 query log, Cloud Audit Log entry or Azure Activity Log record'));
      return;
  }
  if (typeof event === 'string') {
    report(recordIssue('malformed', line, index, event));
    return;
  }
  event.origin = origin;
  if (keep(event)) out.push(event);
}

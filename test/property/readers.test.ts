/**
 * Properties of the log readers (src/detect/read, with the providers' normalisers): whatever the
 * bytes, reading ends, throws nothing and reports problems as issues with the file (and line);
 * valid CloudTrail, Route 53 Resolver, Cloud Audit Log and VPC Flow Logs files give each record
 * once; damaged ones give every undamaged record once and account for each damaged one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { readStream, type ReadIssue } from '../../src/detect/read/index.js';
import type { CloudEvent } from '../../src/model/event.js';
import { assertOneLine, chunked, cloudTrailRecord, dnsRecord, flowLine, gcpAuditEntry, runs } from './arbitraries.js';

const FILE = 'prop.log';
/** A reader that does not finish in this time has hung (every input here is small). */
const TIMEOUT = { plugins: [fc.timeout(10_000)] };

async function read(chunks: Buffer[]): Promise<{ events: CloudEvent[]; issues: ReadIssue[] }> {
  const events: CloudEvent[] = [];
  const issues: ReadIssue[] = [];
  for await (const e of readStream(chunks, FILE, { onIssue: (i) => issues.push(i) })) events.push(e);
  for (const i of issues) {
    assert.equal(i.file, FILE);
    assert.equal(typeof i.kind, 'string');
    assertOneLine(i.message);
    if (i.line !== undefined) assert.ok(Number.isInteger(i.line) && i.line >= 1, `line ${i.line}`);
  }
  return { events, issues };
}

/** The bytes as a file delivers them: in chunks, gzipped or not. */
const delivery = (bytes: Buffer) => fc.tuple(fc.boolean(), fc.array(fc.nat(), { maxLength: 4 })).map(([gzip, cuts]) => chunked(gzip ? gzipSync(bytes) : bytes, cuts));

/** One record of each JSON-lines format, with a unique id (eventID, insertId, query name). */
const jsonRecord = fc.oneof(
  cloudTrailRecord.map((r) => ({ kind: 'cloudtrail' as const, record: r as Record<string, unknown> })),
  dnsRecord.map((r) => ({ kind: 'dns' as const, record: r as Record<string, unknown> })),
  gcpAuditEntry.map((r) => ({ kind: 'gcp' as const, record: r as Record<string, unknown> })),
);

function withIds(list: { kind: 'cloudtrail' | 'dns' | 'gcp'; record: Record<string, unknown> }[]) {
  return list.map(({ kind, record }, i) => {
    const id = `id-${i}`;
    if (kind === 'cloudtrail') return { kind, id, record: { ...record, eventID: id } };
    if (kind === 'gcp') return { kind, id, record: { ...record, insertId: id } };
    // A query log's id is a hash of the record: a unique query name makes it unique.
    return { kind, id, record: { ...record, query_name: `${id}.${String(record.query_name)}` } };
  });
}

/** The id a record's event carries back to the test. */
function idOf(e: CloudEvent): string {
  if (e.source === 'dns') return String(e.raw.query_name).split('.', 1)[0];
  return e.id;
}

function assertNoDuplicates(events: CloudEvent[]) {
  const seen = new Set<string>();
  for (const e of events) {
    const key = `${e.source}:${e.id}:${e.origin?.line}`;
    assert.ok(!seen.has(key), `event ${key} read twice`);
    seen.add(key);
  }
}

describe('property: the readers end, throw nothing, and report problems as issues', () => {
  it('arbitrary bytes, plain or gzipped, in any chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }).chain((b) => delivery(Buffer.from(b))), async (chunks) => {
        await read(chunks);
      }),
      runs(120, TIMEOUT),
    );
  });

  it('arbitrary JSON: one document, JSON lines, a Records document or an array', async () => {
    const value = fc.jsonValue({ maxDepth: 4 });
    const text = fc.oneof(
      value.map((v) => JSON.stringify(v)),
      fc.array(value, { maxLength: 5 }).map((vs) => vs.map((v) => JSON.stringify(v)).join('\n')),
      fc.array(value, { maxLength: 5 }).map((vs) => JSON.stringify({ Records: vs })),
      fc.array(fc.oneof(value, cloudTrailRecord, gcpAuditEntry, dnsRecord), { maxLength: 5 }).map((vs) => JSON.stringify(vs, null, 1)),
    );
    await fc.assert(
      fc.asyncProperty(text.chain((t) => delivery(Buffer.from(t))), async (chunks) => {
        await read(chunks);
      }),
      runs(120, TIMEOUT),
    );
  });
});

describe('property: valid files give every record once', () => {
  it('JSON lines of CloudTrail, Route 53 Resolver and Cloud Audit Log records', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(jsonRecord, { minLength: 1, maxLength: 12 }).map(withIds).chain((records) => fc.tuple(fc.constant(records), delivery(Buffer.from(records.map((r) => JSON.stringify(r.record)).join('\n') + '\n')))),
        async ([records, chunks]) => {
          const { events, issues } = await read(chunks);
          assert.deepEqual(issues, []);
          assert.deepEqual(events.map(idOf), records.map((r) => r.id));
          assert.deepEqual(events.map((e) => e.origin?.line), records.map((_, i) => i + 1));
        },
      ),
      runs(100, TIMEOUT),
    );
  });

  it('CloudTrail delivery files ({"Records":[…]}) and gcloud arrays, with huge strings and deep nesting', async () => {
    const nested = fc.integer({ min: 1, max: 1000 }).map((depth) => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`));
    await fc.assert(
      fc.asyncProperty(
        fc.array(cloudTrailRecord, { minLength: 0, maxLength: 10 }),
        fc.option(fc.record({ at: fc.nat(), huge: fc.integer({ min: 10_000, max: 100_000 }), nested }), { nil: undefined }),
        fc.constantFrom('records', 'array'),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.boolean(),
        async (list, odd, shape, cuts, gzip) => {
          const records = list.map((r, i) => ({ ...r, eventID: `id-${i}` }) as Record<string, unknown>);
          if (odd && records.length) {
            const r = records[odd.at % records.length];
            r.userAgent = 'x'.repeat(odd.huge);
            r.requestParameters = { deep: odd.nested };
          }
          const text = shape === 'records' ? JSON.stringify({ Records: records }) : JSON.stringify(records, null, 2);
          const bytes = Buffer.from(text);
          const { events, issues } = await read(chunked(gzip ? gzipSync(bytes) : bytes, cuts));
          assert.deepEqual(issues, []);
          assert.deepEqual(events.map((e) => e.id), records.map((r) => r.eventID));
        },
      ),
      runs(60, TIMEOUT),
    );
  });

  it('VPC Flow Logs, default format with or without a header', async () => {
    const HEADER = 'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status';
    await fc.assert(
      fc.asyncProperty(fc.array(flowLine, { minLength: 1, maxLength: 20 }), fc.boolean(), fc.constantFrom('\n', '\r\n'), fc.array(fc.nat(), { maxLength: 4 }), async (lines, header, eol, cuts) => {
        const all = header ? [HEADER, ...lines] : lines;
        const { events, issues } = await read(chunked(Buffer.from(all.join(eol) + eol), cuts));
        assert.deepEqual(issues, []);
        assert.equal(events.length, lines.length);
        assert.deepEqual(events.map((e) => e.origin?.line), lines.map((_, i) => i + 1 + (header ? 1 : 0)));
        assert.deepEqual(events.map((e) => e.raw.srcaddr), lines.map((l) => l.split(' ')[3]));
        assertNoDuplicates(events);
      }),
      runs(120, TIMEOUT),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Damage

type Mutation = 'truncate' | 'flip' | 'nul' | 'invalid-utf8' | 'huge';

/** One line damaged: cut short, a byte changed (never into a line break), a NUL or invalid UTF-8 inserted, or a huge string added. */
function damage(line: Buffer, how: Mutation, at: number, byte: number): Buffer {
  const i = line.length ? at % line.length : 0;
  switch (how) {
    case 'truncate':
      return line.subarray(0, Math.max(1, i));
    case 'flip': {
      let b = line[i] ^ (byte || 1);
      if (b === 0x0a || b === 0x0d) b ^= 0x40;
      const out = Buffer.from(line);
      out[i] = b;
      return out;
    }
    case 'nul':
      return Buffer.concat([line.subarray(0, i), Buffer.from([0]), line.subarray(i)]);
    case 'invalid-utf8':
      return Buffer.concat([line.subarray(0, i), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), line.subarray(i)]);
    case 'huge':
      return Buffer.concat([line.subarray(0, i), Buffer.alloc(200_000, 'y'), line.subarray(i)]);
  }
}

const mutation = fc.record({ how: fc.constantFrom<Mutation>('truncate', 'flip', 'nul', 'invalid-utf8', 'huge'), at: fc.nat(), byte: fc.integer({ min: 1, max: 255 }) });

/**
 * Whether a damaged line may be skipped without an issue: it is still a Cloud Logging entry, but
 * its `@type` is no longer the audit log's (other logs' entries are skipped by design).
 */
function otherLogEntry(line: Buffer): boolean {
  try {
    const v = JSON.parse(line.toString('utf8'));
    const type = v?.protoPayload?.['@type'];
    return typeof v?.logName === 'string' && type !== undefined && type !== 'type.googleapis.com/google.cloud.audit.AuditLog';
  } catch {
    return false;
  }
}

/**
 * For each line: an undamaged record gives exactly one event and no issue; a damaged one at most one
 * event, and if none an issue with its line (unless `silentOk` says the damage made it a record
 * that is skipped by design).
 */
function accountFor(records: unknown[], damaged: Map<number, Mutation>, events: CloudEvent[], issues: ReadIssue[], silentOk: (index: number) => boolean = () => false, lineOffset = 0) {
  const eventsAt = new Map<number, number>();
  for (const e of events) eventsAt.set(e.origin!.line!, (eventsAt.get(e.origin!.line!) ?? 0) + 1);
  const issueLines = new Set(issues.map((i) => i.line));
  records.forEach((_, i) => {
    const line = i + 1 + lineOffset;
    const n = eventsAt.get(line) ?? 0;
    const how = damaged.get(i);
    if (how === undefined) {
      assert.equal(n, 1, `undamaged record on line ${line}: ${n} events (issues: ${JSON.stringify(issues.slice(0, 3))})`);
      assert.ok(!issueLines.has(line), `undamaged record on line ${line} has an issue: ${JSON.stringify(issues.filter((x) => x.line === line))}`);
    } else {
      assert.ok(n <= 1, `damaged (${how}) line ${line} gave ${n} events`);
      if (n === 0 && !silentOk(i)) assert.ok(issueLines.has(line), `damaged (${how}) line ${line} vanished without an issue`);
    }
  });
  assert.equal(events.length, [...eventsAt.values()].reduce((a, b) => a + b, 0));
  assert.ok([...eventsAt.keys()].every((l) => l >= 1 + lineOffset && l <= records.length + lineOffset), 'an event from no record line');
}

describe('property: damaged files give every undamaged record once, and account for the rest', () => {
  const damagedJsonLines = (firstLine: boolean) =>
    fc
      .array(jsonRecord, { minLength: 2, maxLength: 10 })
      .map(withIds)
      .chain((records) =>
        fc.tuple(
          fc.constant(records),
          fc.uniqueArray(fc.tuple(fc.integer({ min: firstLine ? 0 : 1, max: records.length - 1 }), mutation), { minLength: firstLine ? 1 : 0, maxLength: 3, selector: ([i]) => i }),
          fc.array(fc.nat(), { maxLength: 4 }),
          fc.boolean(),
        ),
      )
      .filter(([, muts]) => !firstLine || muts.some(([i]) => i === 0));

  async function checkJsonLines([records, muts, cuts, gzip]: [ReturnType<typeof withIds>, [number, { how: Mutation; at: number; byte: number }][], number[], boolean]) {
    const damaged = new Map(muts.map(([i, m]) => [i, m.how]));
    const lines = records.map((r, i) => {
      const line = Buffer.from(JSON.stringify(r.record));
      const m = muts.find(([j]) => j === i)?.[1];
      return m ? damage(line, m.how, m.at, m.byte) : line;
    });
    const body = Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')]));
    const { events, issues } = await read(chunked(gzip ? gzipSync(body) : body, cuts));
    accountFor(records, damaged, events, issues, (i) => otherLogEntry(lines[i]));
    assertNoDuplicates(events);
  }

  it('JSON lines with damaged lines after the first', async () => {
    await fc.assert(fc.asyncProperty(damagedJsonLines(false), checkJsonLines), runs(120, TIMEOUT));
  });

  it('JSON lines whose first line is damaged', async () => {
    await fc.assert(fc.asyncProperty(damagedJsonLines(true), checkJsonLines), runs(60, TIMEOUT));
  });

  it('a NUL byte in the first record does not drop the whole file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cloudTrailRecord, { minLength: 2, maxLength: 5 }), fc.nat(), async (list, at) => {
        const records = list.map((r, i) => ({ ...r, eventID: `id-${i}` }));
        const first = damage(Buffer.from(JSON.stringify(records[0])), 'nul', at, 0);
        const body = Buffer.concat([first, ...records.slice(1).map((r) => Buffer.from(`\n${JSON.stringify(r)}`)), Buffer.from('\n')]);
        const { events, issues } = await read([body]);
        accountFor(records, new Map([[0, 'nul']]), events, issues);
      }),
      runs(20, TIMEOUT),
    );
  });

  it('VPC Flow Logs with damaged lines after the first', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(flowLine, { minLength: 2, maxLength: 20 }).chain((lines) => fc.tuple(fc.constant(lines), fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: lines.length - 1 }), mutation), { maxLength: 4, selector: ([i]) => i }), fc.array(fc.nat(), { maxLength: 4 }))),
        async ([lines, muts, cuts]) => {
          const damaged = new Map(muts.map(([i, m]) => [i, m.how]));
          const body = Buffer.concat(lines.flatMap((l, i) => {
            const m = muts.find(([j]) => j === i)?.[1];
            return [m ? damage(Buffer.from(l), m.how, m.at, m.byte) : Buffer.from(l), Buffer.from('\n')];
          }));
          const { events, issues } = await read(chunked(body, cuts));
          accountFor(lines, damaged, events, issues);
          assertNoDuplicates(events);
        },
      ),
      runs(120, TIMEOUT),
    );
  });

  it('a cut-off CloudTrail delivery file gives the records before the cut and says it is cut off', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cloudTrailRecord, { minLength: 1, maxLength: 8 }), fc.nat(), fc.array(fc.nat(), { maxLength: 3 }), async (list, cutAt, cuts) => {
        const records = list.map((r, i) => ({ ...r, eventID: `id-${i}` }));
        const head = '{"Records":[';
        const parts = records.map((r) => JSON.stringify(r));
        const text = `${head}${parts.join(',')}]}`;
        const cut = cutAt % text.length; // strictly shorter than the whole file
        const ends: number[] = [];
        let at = head.length;
        for (const p of parts) {
          at += p.length;
          ends.push(at);
          at += 1; // the comma
        }
        const complete = ends.filter((end) => end <= cut).length;
        const { events, issues } = await read(chunked(Buffer.from(text.slice(0, cut)), cuts));
        assert.deepEqual(events.map((e) => e.id), records.slice(0, complete).map((r) => r.eventID), `cut at ${cut} of ${text.length}`);
        if (cut > 0) assert.ok(issues.some((i) => i.kind === 'truncated' || i.kind === 'malformed'), `a cut-off file without an issue (cut at ${cut}): ${JSON.stringify(issues)}`);
      }),
      runs(120, TIMEOUT),
    );
  });

  it('a cut-off gzip file gives a prefix of its records, each once, and says it is cut off', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cloudTrailRecord, { minLength: 1, maxLength: 8 }), fc.constantFrom('records', 'lines'), fc.nat(), fc.array(fc.nat(), { maxLength: 3 }), async (list, shape, cutAt, cuts) => {
        const records = list.map((r, i) => ({ ...r, eventID: `id-${i}` }));
        const text = shape === 'records' ? JSON.stringify({ Records: records }) : records.map((r) => JSON.stringify(r)).join('\n');
        const gz = gzipSync(text);
        const cut = cutAt % gz.length;
        const { events, issues } = await read(chunked(gz.subarray(0, cut), cuts));
        const ids = events.map((e) => e.id);
        assert.deepEqual(ids, records.slice(0, ids.length).map((r) => r.eventID), 'a prefix of the records, in order, each once');
        if (cut > 0) assert.ok(issues.length > 0, `a cut-off gzip file without an issue (cut at ${cut} of ${gz.length})`);
      }),
      runs(80, TIMEOUT),
    );
  });
});

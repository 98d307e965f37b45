/**
 * How the reader tells formats apart at the start of a file (src/detect/read/sniff.ts), and that a
 * damaged start costs only the damaged record: a JSON-lines file whose first line is cut short or
 * holds a NUL still gives every other record, on its own line, while pretty-printed documents,
 * arrays and real binary files are read (or refused) as before.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { readStream, type ReadIssue } from '../../../src/detect/read/index.js';
import { binaryKind, isJsonLines, jsonTextError, SAMPLE_LINES } from '../../../src/detect/read/sniff.js';
import type { CloudEvent } from '../../../src/model/event.js';

function record(i: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    eventVersion: '1.09',
    userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::111122223333:user/dev', accountId: '111122223333', userName: 'dev' },
    eventTime: `2026-11-20T03:00:0${i}Z`,
    eventSource: 's3.amazonaws.com',
    eventName: 'GetObject',
    awsRegion: 'us-east-1',
    sourceIPAddress: '203.0.113.10',
    requestParameters: { bucketName: 'logs', key: `k/${i}` },
    eventID: `e-${i}`,
    recipientAccountId: '111122223333',
  };
}

const line = (i: number) => JSON.stringify(record(i));

/** Reads `body` as one file, in the chunks given (one chunk by default). */
async function read(body: string | Buffer | (string | Buffer)[]) {
  const events: CloudEvent[] = [];
  const issues: ReadIssue[] = [];
  const chunks = Array.isArray(body) ? body.map((c) => Buffer.from(c)) : [Buffer.from(body)];
  for await (const e of readStream(chunks, 'f.log', { onIssue: (i) => issues.push(i) })) events.push(e);
  return { events, issues, ids: events.map((e) => e.id), lines: events.map((e) => e.origin?.line), where: issues.map((i) => [i.kind, i.line]) };
}

describe('JSON lines whose first line is damaged', () => {
  const rest = `${line(1)}\n${line(2)}\n${line(3)}\n`;

  it('a first record cut short gives the three records after it, and one issue on line 1', async () => {
    const r = await read(`{"eventTime":"2024-0\n${rest}`);
    assert.deepEqual(r.ids, ['e-1', 'e-2', 'e-3']);
    assert.deepEqual(r.lines, [2, 3, 4]);
    assert.deepEqual(r.where, [['malformed', 1]]);
  });

  it('a first line of only "{" is reported on line 1, not at the end of the file', async () => {
    const r = await read(`{\n${rest}`);
    assert.deepEqual(r.ids, ['e-1', 'e-2', 'e-3']);
    assert.deepEqual(r.where, [['malformed', 1]]);
  });

  it('cut outside a string, after a colon or inside a nested object', async () => {
    for (const first of ['{"eventTime":', '{"userIdentity":{"type":"IAMUser"', '{"requestParameters":[']) {
      const r = await read(`${first}\n${rest}`);
      assert.deepEqual(r.ids, ['e-1', 'e-2', 'e-3'], first);
      assert.deepEqual(r.where, [['malformed', 1]], first);
    }
    // Two lines: a cut after a colon followed by one record would join into the start of a document.
    const two = await read(`{"eventTime":\n${line(1)}\n`);
    assert.deepEqual(two.ids, ['e-1']);
    assert.deepEqual(two.where, [['malformed', 1]]);
  });

  it('a first line that does not start a JSON value, or is longer than the first chunk of text', async () => {
    const garbage = await read(`${'y'.repeat(100_000)}${line(0)}\n${rest}`);
    assert.deepEqual(garbage.ids, ['e-1', 'e-2', 'e-3']);
    assert.deepEqual(garbage.where, [['malformed', 1]]);
    // A long first record is read whole, and a damaged record after it costs only itself.
    const long = await read(`${JSON.stringify(record(0, { userAgent: 'a'.repeat(200_000) }))}\n{"eventTime":"2024-0\n${line(2)}\n`);
    assert.deepEqual(long.ids, ['e-0', 'e-2']);
    assert.deepEqual(long.where, [['malformed', 2]]);
  });

  it('the second and third records damaged too: each damaged line has its issue, the fourth is read', async () => {
    const r = await read(`{"eventTime":\n{"eventVersion":"1.0\n${line(2).slice(0, 40)}\n${line(3)}\n`);
    assert.deepEqual(r.ids, ['e-3']);
    assert.deepEqual(r.where, [['malformed', 1], ['malformed', 2], ['malformed', 3]]);
    const braces = await read('{\n{\n');
    assert.deepEqual(braces.where, [['malformed', 1], ['malformed', 2]], 'two records cut to their first character');
  });

  it('blank lines first, and the text in small chunks', async () => {
    const text = `\n\n{"eventTime":"2024-0\n${rest}`;
    const r = await read([...text.match(/[^]{1,7}/g)!]);
    assert.deepEqual(r.ids, ['e-1', 'e-2', 'e-3']);
    assert.deepEqual(r.lines, [4, 5, 6]);
    assert.deepEqual(r.where, [['malformed', 3]]);
  });

  it('gzipped', async () => {
    const r = await read(gzipSync(`{"eventTime":"2024-0\n${rest}`));
    assert.deepEqual(r.ids, ['e-1', 'e-2', 'e-3']);
    assert.deepEqual(r.where, [['malformed', 1]]);
  });
});

describe('documents that span lines are still read as one document', () => {
  const records = [record(0), record(1), record(2)];
  const ids = ['e-0', 'e-1', 'e-2'];
  const shapes: [string, string][] = [
    ['a pretty-printed Records document', JSON.stringify({ Records: records }, null, 2)],
    ['a pretty-printed Records document with "{" alone on line 1', `{\n"Records": [\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n}\n`],
    ['a pretty-printed array (gcloud --format=json)', JSON.stringify(records, null, 2)],
    ['an array with one compact record per line', `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`],
    ['an array with one compact record', `[\n${JSON.stringify(records[0])}\n]\n`],
    ['an array whose first line holds a record', `[${records.map((r) => JSON.stringify(r)).join(',\n')}]`],
    ['pretty-printed records one after another (jq .)', records.map((r) => JSON.stringify(r, null, 2)).join('\n')],
    ['records each followed by a comma', records.map((r) => JSON.stringify(r) + ',').join('\n')],
  ];
  for (const [name, text] of shapes) {
    it(name, async () => {
      const r = await read(text);
      assert.deepEqual(r.issues, []);
      assert.deepEqual(r.ids, name === 'an array with one compact record' ? ['e-0'] : ids);
    });
  }

  it('a pretty-printed document damaged on a later line keeps the splitter (records before the damage are read)', async () => {
    const text = JSON.stringify(records, null, 2);
    const cut = text.indexOf('"eventID": "e-2"');
    const r = await read(text.slice(0, cut + 12) + '\n' + text.slice(cut + 12));
    assert.deepEqual(r.ids.slice(0, 2), ['e-0', 'e-1']);
    assert.ok(r.issues.length > 0);
  });
});

describe('a NUL byte and binary files', () => {
  it('a NUL in the first record costs that record only, reported on its line', async () => {
    const first = line(0);
    const body = Buffer.concat([Buffer.from(first.slice(0, 30)), Buffer.from([0]), Buffer.from(`${first.slice(30)}\n${line(1)}\n${line(2)}\n`)]);
    const r = await read(body);
    assert.deepEqual(r.ids, ['e-1', 'e-2']);
    assert.deepEqual(r.where, [['malformed', 1]]);
  });

  it('a NUL outside a string in the first record, and invalid UTF-8, likewise', async () => {
    const first = line(0);
    for (const bad of [Buffer.from([0]), Buffer.from([0xc3, 0x28, 0xff, 0xfe])]) {
      const body = Buffer.concat([bad, Buffer.from(`${first}\n${line(1)}\n`)]);
      const r = await read(body);
      assert.deepEqual(r.ids, ['e-1'], bad.toString('hex'));
      assert.deepEqual(r.where, [['malformed', 1]], bad.toString('hex'));
    }
  });

  it('binary files are still refused as a whole', async () => {
    const elf = Buffer.alloc(4096);
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]).copy(elf);
    elf.write('{"eventVersion"', 64);
    // Compressed data: no more NULs than any other byte, and not UTF-8.
    const noise = gzipSync(Buffer.from(Array.from({ length: 4000 }, (_, i) => `${(i * 7919) % 1000}`).join(',')));
    for (const [name, bytes] of [['an executable', elf], ['compressed data', noise.subarray(10)]] as const) {
      const r = await read(bytes);
      assert.deepEqual(r.events, [], name);
      assert.deepEqual(r.issues.map((i) => [i.kind, i.line, i.message]), [['unknown-format', undefined, 'binary content, not a log']], name);
    }
  });

  it('binaryKind: control bytes or broken UTF-8 as a share of the sample, never a single byte', () => {
    const text = Buffer.from(line(0).repeat(3));
    assert.equal(binaryKind(text), undefined);
    const oneNul = Buffer.from(text);
    oneNul[10] = 0;
    assert.equal(binaryKind(oneNul), undefined);
    assert.equal(binaryKind(Buffer.from([0, 0, 0])), undefined, 'a few bytes are not judged on their own');
    assert.equal(binaryKind(Buffer.alloc(512)), 'binary');
    const tabs = Buffer.alloc(512, '\t\r\n\x1b[31m');
    assert.equal(binaryKind(tabs), undefined, 'white space and terminal colours are text');
    assert.equal(binaryKind(Buffer.from('日本語のログ'.repeat(40))), undefined, 'UTF-8 text outside ASCII');
    assert.equal(binaryKind(Buffer.alloc(512, 0xe9)), 'binary', 'bytes that are not UTF-8');
    assert.equal(binaryKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])), 'png');
  });
});

describe('isJsonLines and isJsonText', () => {
  it('the first line decides when it is JSON on its own', () => {
    assert.equal(isJsonLines(`${line(0)}\n{`, false, false), true);
    assert.equal(isJsonLines('"a string"\n{"a":1}\n', false, false), false);
    assert.equal(isJsonLines(line(0), false, false), undefined, 'the first line is not whole yet');
    assert.equal(isJsonLines(line(0), true, false), true, 'the whole text is one line');
  });

  it('otherwise the lines after it decide, and it asks for more until they can', () => {
    assert.equal(isJsonLines(`{"a":\n`, false, false), undefined);
    assert.equal(isJsonLines(`{"a":\n${line(1)}\n`, false, false), undefined, 'line 2 still continues line 1 as a value');
    assert.equal(isJsonLines(`{"a":\n${line(1)}\n`, true, false), true, 'but the text ends there, inside the value');
    assert.equal(isJsonLines(`{"a":\n${line(1)}\n${line(2)}\n`, false, false), true);
    assert.equal(isJsonLines(`{"a":"x\n${line(1)}\n`, false, false), true, 'a line break inside a string');
    const pretty = JSON.stringify([record(0), record(1)], null, 2);
    assert.equal(isJsonLines(pretty.slice(0, 40), false, false), undefined);
    assert.equal(isJsonLines(pretty, true, false), false);
    assert.equal(isJsonLines(pretty.slice(0, pretty.lastIndexOf('\n')), false, true), false, 'no more is coming');
    const manyLines = `{\n${'"k": 1,\n'.repeat(SAMPLE_LINES + 1)}`;
    assert.equal(isJsonLines(manyLines, false, false), false, `${SAMPLE_LINES} lines without a record of their own are enough`);
  });

  it('two lines of only "{" are JSON lines: a pretty printer never puts "{" at column 0 where a key belongs', () => {
    assert.equal(isJsonLines('{\n{\n', true, false), true);
    assert.equal(isJsonLines('{\n  {\n', true, false), false, 'indented: a damaged document');
    assert.equal(isJsonLines('{"a":1,\n\u0000{"b":2}\n', true, false), true, 'a damaged record at column 0 after a damaged first one');
  });

  it('a first line that is not JSON: records after it must start with "{"', () => {
    assert.equal(isJsonLines('yyy{"a":1}\n{"b":2}\n', true, false), true);
    assert.equal(isJsonLines('name,size\nlogs,12\nkeys,3\n', true, false), false, 'a CSV file stays an unknown format');
  });

  it('jsonTextError: where values one after another stop being JSON', () => {
    const valid = ['{}', '[]', '{"a":[1,-2.5e3,true,false,null,"x\\"\\u00e9"]}', '{"a":1}\n{"b":2}', '{"a":1},\n{"b":2},', '1 2 "x"', ' [ {} , [ ] ] '];
    for (const t of valid) assert.equal(jsonTextError(t, true), -1, t);
    const invalid: [string, number][] = [['{"a":1,}', 7], ['{"a" 1}', 5], ['[1 2]', 3], ['{"a":01}', 6], ['{"a":"x\ny"}', 7], ['{"a":"\\q"}', 6], ['{a:1}', 1], ['{"a":1]', 6], ['}', 0], ['[1,]', 3], ['{"a":tru}', 5], ['{"a":"x\u0000"}', 7], ['{\n{', 2]];
    for (const [t, at] of invalid) assert.equal(jsonTextError(t, true), at, t);
    for (const t of ['{', '[\n{"a":1},\n', '{"a":\n']) {
      assert.equal(jsonTextError(t, false), -1, `${t} starts a text`);
      assert.equal(jsonTextError(t, true), t.length, `${t} is not a whole one`);
    }
  });
});

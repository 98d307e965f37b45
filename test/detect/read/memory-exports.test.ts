import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readEvents } from '../../../src/detect/read/index.js';

const RECORDS = 200_000;
const T0 = Date.UTC(2024, 2, 4);

/**
 * An OpenSearch search response of 200k hits (~90 MB), pretty-printed the way a scroll dump is
 * saved, with the hits list after other keys: the splitter must find `hits.hits` and unwrap it.
 */
function writeSearchResponse(path: string) {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, '{\n  "took": 812,\n  "timed_out": false,\n  "_shards": {"total": 3, "successful": 3, "skipped": 0, "failed": 0},\n  "hits": {\n    "total": {"value": 200000, "relation": "eq"},\n    "max_score": 1.0,\n    "hits": [\n');
    let batch: string[] = [];
    for (let i = 0; i < RECORDS; i++) {
      const time = new Date(T0 + i * 1000).toISOString();
      batch.push(
        `      {"_index":"cloudtrail-2024.03.04","_id":"h${i}","_score":1.0,"_source":{"eventVersion":"1.09","userIdentity":{"type":"AssumedRole","arn":"arn:aws:sts::111122223333:assumed-role/r${i % 7}/s${i % 13}"},` +
          `"@timestamp":"${time}","eventSource":"s3.amazonaws.com","eventName":"${i % 5 ? 'GetObject' : 'PutObject'}","awsRegion":"eu-west-1",` +
          `"sourceIPAddress":"10.0.${i % 250}.${i % 200}","userAgent":"aws-cli/2.15.30","requestParameters":{"bucketName":"b${i % 11}","key":"k/${i}"},` +
          `"eventID":"e-${i}","recipientAccountId":"111122223333","@version":"1"}}`,
      );
      if (batch.length === 2000) {
        writeSync(fd, (i < batch.length ? '' : ',\n') + batch.join(',\n'));
        batch = [];
      }
    }
    if (batch.length) writeSync(fd, ',\n' + batch.join(',\n'));
    writeSync(fd, '\n    ]\n  }\n}\n');
  } finally {
    closeSync(fd);
  }
}

function collector(): () => void {
  setFlagsFromString('--expose_gc');
  return runInNewContext('gc') as () => void;
}

test('a 200k-hit search response is read hit by hit with flat memory', async () => {
  const gc = collector();
  const dir = mkdtempSync(join(tmpdir(), 'mamori-read-mem-hits-'));
  try {
    const path = join(dir, 'search.json');
    writeSearchResponse(path);
    const size = statSync(path).size;
    gc();
    const base = process.memoryUsage().heapUsed;
    let peak = base;
    let n = 0;
    let last = '';
    for await (const e of readEvents([path], { onIssue: (i) => assert.fail(JSON.stringify(i)) })) {
      n++;
      last = e.id;
      if (n % 20_000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    }
    assert.equal(n, RECORDS);
    assert.equal(last, `e-${RECORDS - 1}`);
    const grew = (peak - base) / 2 ** 20;
    assert.ok(grew < 32, `heap grew by ${grew.toFixed(1)} MiB reading ${(size / 2 ** 20).toFixed(0)} MiB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

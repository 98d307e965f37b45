import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, openSync, rmSync, writeSync, closeSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readEvents } from '../../../src/detect/read/index.js';

const RECORDS = 200_000;
const T0 = Date.UTC(2024, 2, 4);

/** One {"Records":[…]} document of 200k records (~70 MB), written in batches so the writer stays small too. */
function writeBigDelivery(path: string) {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, '{"Records":[');
    let batch: string[] = [];
    for (let i = 0; i < RECORDS; i++) {
      const time = new Date(T0 + i * 1000).toISOString();
      batch.push(
        `{"eventVersion":"1.09","userIdentity":{"type":"AssumedRole","arn":"arn:aws:sts::111122223333:assumed-role/r${i % 7}/s${i % 13}",` +
          `"sessionContext":{"sessionIssuer":{"arn":"arn:aws:iam::111122223333:role/r${i % 7}"},"attributes":{"mfaAuthenticated":"false"}}},` +
          `"eventTime":"${time}","eventSource":"s3.amazonaws.com","eventName":"${i % 5 ? 'GetObject' : 'PutObject'}","awsRegion":"eu-west-1",` +
          `"sourceIPAddress":"10.0.${i % 250}.${i % 200}","userAgent":"aws-cli/2.15.30","requestParameters":{"bucketName":"b${i % 11}","key":"k/${i}"},` +
          `"eventID":"e-${i}","recipientAccountId":"111122223333"}`,
      );
      if (batch.length === 2000) {
        writeSync(fd, (i < batch.length ? '' : ',') + batch.join(','));
        batch = [];
      }
    }
    if (batch.length) writeSync(fd, ',' + batch.join(','));
    writeSync(fd, ']}');
  } finally {
    closeSync(fd);
  }
}

/**
 * A collector, so the samples measure what the reader keeps rather than garbage not yet
 * collected (heapUsed alone swings by tens of MiB with GC timing on a busy machine).
 */
function collector(): () => void {
  setFlagsFromString('--expose_gc');
  return runInNewContext('gc') as () => void;
}

test('a 200k-record CloudTrail document is read with flat memory', async () => {
  const gc = collector();
  const dir = mkdtempSync(join(tmpdir(), 'mamori-read-mem-'));
  try {
    const path = join(dir, 'big.json');
    writeBigDelivery(path);
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
    // Holding the document (or its parsed records) would take several times the file size;
    // what is live at any point is one chunk and the records of the current batch.
    assert.ok(grew < 32, `heap grew by ${grew.toFixed(1)} MiB reading ${(size / 2 ** 20).toFixed(0)} MiB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

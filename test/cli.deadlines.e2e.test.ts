/**
 * Dead endpoints (issue #11): against a server that accepts every connection and never answers,
 * `collect` (AWS and Google Cloud) and `detect s3://` used to run past 300 s. Each must now end
 * within its time limits with one clear line. `npm run bench:chaos` measures the same with more
 * commands; this is the part that runs in CI, with short limits.
 */
import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runMamori } from './support/mamori-process.js';

describe('commands against an endpoint that never answers end within their limits', () => {
  const work = mkdtempSync(join(tmpdir(), 'mamori-deadlines-'));
  const held: ServerResponse[] = [];
  let silent: Server;
  let url: string;
  before(async () => {
    silent = createServer((req, res) => {
      req.resume();
      held.push(res);
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  });
  after(() => {
    for (const res of held) res.destroy();
    silent.closeAllConnections();
    silent.close();
  });

  // Short limits: the bound is then seconds. The margin covers start-up on a loaded 2-core machine.
  const limits = { MAMORI_CONNECT_TIMEOUT_MS: '1000', MAMORI_REQUEST_TIMEOUT_MS: '1000', MAMORI_MAX_ATTEMPTS: '1', MAMORI_OPERATION_DEADLINE_MS: '3000' };
  const BOUND_MS = 25_000;
  const aws = () => ({ AWS_ENDPOINT_URL: url, AWS_ACCESS_KEY_ID: 'AKIAEXAMPLEDEADLINE', AWS_SECRET_ACCESS_KEY: 'deadline-secret-value', AWS_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true' });

  async function ends(args: string[], env: Record<string, string>) {
    const r = await runMamori(args, { db: join(work, 'hub.db'), home: work, env, deadlineMs: BOUND_MS * 2 });
    assert.equal(r.killed, false, `still running after ${BOUND_MS * 2} ms`);
    assert.ok(r.ms < BOUND_MS, `ended after ${r.ms} ms`);
    assert.equal(r.code, 2, r.stderr);
    assert.doesNotMatch(r.stderr, /unexpected error/);
    assert.doesNotMatch(r.stderr + r.stdout, /deadline-secret-value/, 'no credential in the output');
    return r;
  }

  it('collect (AWS)', { timeout: BOUND_MS * 3 }, async () => {
    const r = await ends(['collect', '--snapshot', join(work, 'aws.json.gz'), '--regions', 'us-east-1'], { ...limits, ...aws() });
    assert.match(r.stderr, /mamori: error: .*(time|answer)/i);
  });

  it('detect s3://', { timeout: BOUND_MS * 3 }, async () => {
    const r = await ends(['detect', 's3://silent-bucket/AWSLogs/', '--output', 'json'], { ...limits, ...aws() });
    assert.match(r.stderr, /mamori: error: /);
  });

  it('collect (Google Cloud) with a metadata server that never answers', { timeout: BOUND_MS * 3 }, async () => {
    const host = url.replace('http://', '');
    const r = await ends(['collect', '--provider', 'gcp', '--project', 'silent-project', '--snapshot', join(work, 'gcp.json.gz')], {
      ...limits,
      MAMORI_GCP_ENDPOINT: `${url}/`,
      GCE_METADATA_HOST: host,
      GCE_METADATA_IP: host,
    });
    assert.match(r.stderr, /mamori: error: /);
  });
});

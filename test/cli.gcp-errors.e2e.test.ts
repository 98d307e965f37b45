/**
 * End-to-end: the real `mamori` command (bin/mamori.js → dist) against a local Google Cloud
 * (MAMORI_GCP_ENDPOINT), with Application Default Credentials from a local metadata server
 * (GCE_METADATA_HOST): what a user sees for projects that do not exist, and a streamed folder.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openSnapshot } from '../src/snapshot/sharded.js';
import { startFakeGcp, TEST_TOKEN, type FakeGcp } from './providers/gcp/collect/fake-gcp.js';
import { PROD, worldRoutes } from './providers/gcp/collect/world.js';

const root = fileURLToPath(new URL('../', import.meta.url)).replace(/\/dist\/$/, '/');
const mamoriBin = join(root, 'bin', 'mamori.js');
const work = mkdtempSync(join(tmpdir(), 'mamori-gcp-e2e-'));
let server: FakeGcp;

const METADATA = { 'Metadata-Flavor': 'Google' };

before(async () => {
  server = await startFakeGcp([
    // The GCE metadata server: the credentials the collector finds when nothing else is configured.
    { path: /^\/computeMetadata\/v1\/instance\/service-accounts\/default\/token$/, reply: () => ({ headers: METADATA, body: { access_token: TEST_TOKEN, expires_in: 3599, token_type: 'Bearer' } }) },
    { path: /^\/computeMetadata\//, reply: () => ({ headers: METADATA, body: {} }) },
    ...worldRoutes(),
  ]);
});
after(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

/** Runs the CLI asynchronously: the fake Google Cloud answers from this process meanwhile. */
function mamori(args: string[], extra: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const host = new URL(server.url).host;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: work,
    NO_COLOR: '1',
    MAMORI_DB: join(work, 'hub.db'),
    MAMORI_CONFIG: join(work, 'config.yaml'),
    CLOUDSDK_CONFIG: join(work, 'no-gcloud'),
    MAMORI_GCP_ENDPOINT: server.url,
    GCE_METADATA_HOST: host,
    METADATA_SERVER_DETECTION: 'assume-present',
    ...extra,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [mamoriBin, ...args], { cwd: work, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function assertOneLine(r: { code: number | null; stderr: string }, pattern: RegExp) {
  assert.equal(r.code, 2, r.stderr);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line: ${r.stderr}`);
  assert.match(lines[0], pattern);
  assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
}

describe('mamori collect --provider gcp: errors a user can act on', () => {
  it('an unknown project is one clear line with the exit code of the other scope errors', async () => {
    for (const out of ['unknown.json.gz', 'unknown-folder']) {
      const r = await mamori(['collect', '--provider', 'gcp', '--project', 'does-not-exist', '-o', out]);
      assertOneLine(r, /^mamori: error: project "does-not-exist" does not exist or the credentials cannot see it \(403 PERMISSION_DENIED: .*\); check the id/);
      assert.ok(!readdirSync(work).includes(out), `nothing written to ${out}`);
    }
  });

  it('no credentials at all is one clear line too', async () => {
    const r = await mamori(['collect', '--provider', 'gcp', '--project', PROD], { GCE_METADATA_HOST: '127.0.0.1:9', METADATA_SERVER_DETECTION: 'none' });
    assertOneLine(r, /^mamori: error: no Google Cloud credentials found/);
  });

  it('known and unknown projects together: the known one is collected, streamed into a folder; the unknown one is one collection error', async () => {
    const r = await mamori(['collect', '--provider', 'gcp', '--project', `${PROD},does-not-exist`, '-o', 'snap']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /mamori: wrote snap: \d+ resources from 1 project\(s\)/);
    const source = await openSnapshot(join(work, 'snap'));
    assert.deepEqual(source.manifest.scope.accounts, [PROD]);
    const unknown = source.errors.filter((e) => e.account === 'does-not-exist');
    assert.equal(unknown.length, 1);
    assert.match(unknown[0].message, /does not exist or the credentials cannot see it/);
    // Buckets sit in their locations' shards (US, EU, us-central1).
    const buckets = source.manifest.shards.filter((s) => s.scope === PROD && s.service === 'storage').map((s) => `${s.region} ${s.types['storage.googleapis.com/Bucket']}`);
    assert.deepEqual(buckets.sort(), ['EU 1', 'US 1', 'us-central1 1']);
  });

  it('scan --snapshot-out FOLDER streams the collection into shards and assesses them scope by scope', async () => {
    const r = await mamori(['scan', '--provider', 'gcp', '--project', PROD, '--snapshot-out', 'scanned', '--output', 'json', '--no-store']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /mamori: wrote scanned: \d+ resources from 1 project\(s\)/);
    const report = JSON.parse(r.stdout) as { findings: { account: string; complianceStatus: string; ruleId: string }[] };
    // The project's findings (and its organisation's and folders', which the scope walk reads).
    assert.ok(report.findings.some((f) => f.account === PROD));
    assert.deepEqual(report.findings.filter((f) => f.account !== PROD && !/^(organizations|folders)\//.test(f.account)).map((f) => f.account), []);
    assert.ok(report.findings.some((f) => f.ruleId.startsWith('gcp-storage-')), 'the buckets of the shards were assessed');
    const source = await openSnapshot(join(work, 'scanned'));
    assert.deepEqual(source.manifest.scope.accounts, [PROD]);
  });
});

/**
 * `mamori iam simulate` through the built CLI: one document, a JSON array, JSON lines with a bad
 * line in the middle (its answer stays in place, the reason goes to stderr, exit 2), and the
 * explanation with --output json.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runMamori } from '../support/mamori-process.js';

const home = mkdtempSync(join(tmpdir(), 'mamori-iam-sim-'));
const db = join(home, 'hub.db');
const run = (args: string[]) => runMamori(args, { db, home, deadlineMs: 60_000 });

const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const readReports = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::reports/*' }] };
const denyS3 = { Version: '2012-10-17', Statement: [{ Sid: 'NoS3', Effect: 'Deny', Action: 's3:*', Resource: '*' }] };

/** alice (111122223333) reads reports/q3.csv; `scpOnAccount` is attached to her account below FullAWSAccess at the root. */
function doc(scpOnAccount: object | null, object = 'reports/q3.csv') {
  return {
    request: { principal: 'arn:aws:iam::111122223333:user/alice', action: 's3:GetObject', resource: `arn:aws:s3:::${object}`, resourceAccount: '111122223333', context: { 'aws:SecureTransport': true } },
    policies: {
      identity: [{ name: 'read-reports', policy: readReports }],
      scps: [
        { target: 'r-abcd', policies: [{ name: 'FullAWSAccess', policy: allowAll }] },
        { target: '111122223333', policies: scpOnAccount ? [{ name: 'account-scp', policy: scpOnAccount }] : [] },
      ],
    },
  };
}

function file(name: string, text: string): string {
  const path = join(home, name);
  writeFileSync(path, text);
  return path;
}

describe('mamori iam simulate', () => {
  it('prints one decision per request, for one pretty-printed document and for a JSON array', async () => {
    const one = await run(['iam', 'simulate', '--input', file('one.json', JSON.stringify(doc(allowAll), null, 2))]);
    assert.equal(one.code, 0, one.stderr);
    assert.equal(one.stdout, 'Allow\n');
    const list = await run(['iam', 'simulate', '--input', file('list.json', JSON.stringify([doc(allowAll), doc(denyS3), doc(null), doc(allowAll, 'payroll/2026.csv')]))]);
    assert.equal(list.code, 0, list.stderr);
    // An empty account level leaves nothing allowed there (IAM User Guide › SCP evaluation: every level must allow).
    assert.deepEqual(list.stdout.trim().split('\n'), ['Allow', 'ExplicitDeny', 'ImplicitDeny', 'ImplicitDeny']);
  });

  it('streams JSON lines; a bad request answers "Error" in its place, says why on stderr and exits 2', async () => {
    const lines = [JSON.stringify(doc(allowAll)), JSON.stringify({ request: { principal: 'arn:aws:iam::111122223333:user/alice', action: 'GetObject', resource: '*' } }), '{not json', JSON.stringify(doc(denyS3))];
    const r = await run(['iam', 'simulate', '--input', file('many.jsonl', lines.join('\n') + '\n')]);
    assert.equal(r.code, 2);
    assert.deepEqual(r.stdout.trim().split('\n'), ['Allow', 'Error', 'Error', 'ExplicitDeny']);
    assert.match(r.stderr, /request 2 \(line 2\): "request\.action: expected service:Action/);
    assert.match(r.stderr, /request 3 \(line 3\): "not JSON/);
  });

  it('--output json explains: the deciding statement with its SCP target, and every layer in English and Japanese', async () => {
    const r = await run(['iam', 'simulate', '--input', file('deny.json', JSON.stringify(doc(denyS3))), '--output', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const result = JSON.parse(r.stdout);
    assert.equal(result.decision, 'ExplicitDeny');
    assert.deepEqual(result.deciding, [{ layer: 'scp', policy: 'account-scp', statement: 'NoS3', effect: 'Deny', target: '111122223333' }]);
    const scp = result.layers.find((l: { layer: string }) => l.layer === 'scp');
    assert.equal(scp.outcome, 'deny');
    assert.ok(scp.reason.en && scp.reason.ja);
  });

  it('refuses a missing file and a malformed policy with one clear line', async () => {
    const missing = await run(['iam', 'simulate', '--input', join(home, 'nope.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^mamori: error: .*nope\.json.*no such file\n$/);
    const bad = doc(allowAll) as { policies: { identity: { name: string; policy: unknown }[] } };
    bad.policies.identity[0].policy = { Version: '2012-10-17', Statement: [{ Effect: 'Permit', Action: 's3:*', Resource: '*' }] };
    const r = await run(['iam', 'simulate', '--input', file('bad.json', JSON.stringify(bad))]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, 'Error\n');
    assert.match(r.stderr, /read-reports/);
  });
});

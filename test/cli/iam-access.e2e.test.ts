/**
 * `mamori iam who-can / what-can` through the built CLI on the demo: from the snapshot file, and
 * from what an assessment stored in the hub (the same answer).
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot, runMamori } from '../support/mamori-process.js';

const home = mkdtempSync(join(tmpdir(), 'mamori-iam-access-'));
const db = join(home, 'hub.db');
const run = (args: string[]) => runMamori(args, { db, home, deadlineMs: 120_000 });
const SNAPSHOT = join(repoRoot, 'demo', 'demo-snapshot.json.gz');
const ARTIFACT = 'arn:aws:s3:::mamori-demo-pipeline-artifacts/web-app/appspec.yaml';
const WEB_ROLE = 'arn:aws:iam::123456789012:role/web-server-role';

describe('mamori iam who-can / what-can', () => {
  it("who can write the demo's pipeline artifacts: the web server's role, with the statement that allows it", async () => {
    const r = await run(['iam', 'who-can', 's3:PutObject', ARTIFACT, '--snapshot', SNAPSHOT, '--output', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const result = JSON.parse(r.stdout);
    const web = result.allowed.find((g: { principal: string }) => g.principal === WEB_ROLE);
    assert.ok(web, `the web server's role is named: ${result.allowed.map((g: { principal: string }) => g.principal).join(', ')}`);
    assert.ok(web.deciding.some((s: { layer: string; policy: string }) => s.layer === 'identity' && s.policy.includes('pipeline-artifacts-access')));
    const text = await run(['iam', 'who-can', 's3:PutObject', ARTIFACT, '--snapshot', SNAPSHOT]);
    assert.match(text.stdout, /role\/web-server-role .*via identity:/);
  });

  it('answers from the hub after an assessment, as from the snapshot; before one, says what to run', async () => {
    const before = await run(['iam', 'who-can', 's3:PutObject', ARTIFACT]);
    assert.equal(before.code, 2);
    assert.match(before.stderr, /holds no assessed AWS account yet: run "mamori assess SNAPSHOT"/);
    const assess = await run(['assess', SNAPSHOT, '--output', 'json', '--out', join(home, 'a.json')]);
    assert.equal(assess.code, 0, assess.stderr);
    const fromHub = await run(['iam', 'who-can', 's3:PutObject', ARTIFACT, '--output', 'json']);
    assert.equal(fromHub.code, 0, fromHub.stderr);
    const fromFile = await run(['iam', 'who-can', 's3:PutObject', ARTIFACT, '--snapshot', SNAPSHOT, '--output', 'json']);
    const names = (out: string) => JSON.parse(out).allowed.map((g: { principal: string }) => g.principal);
    assert.deepEqual(names(fromHub.stdout), names(fromFile.stdout));
    assert.match(JSON.parse(fromHub.stdout).from, /^hub /);
  });

  it('what the web server role can do in S3, by name; an unknown principal is one clear line', async () => {
    const r = await run(['iam', 'what-can', 'web-server-role', '--service', 's3', '--snapshot', SNAPSHOT, '--output', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const actions = JSON.parse(r.stdout).actions.map((a: { action: string }) => a.action);
    assert.ok(actions.includes('s3:GetObject'), actions.join(', '));
    assert.ok(actions.every((a: string) => a.startsWith('s3:')));
    const unknown = await run(['iam', 'what-can', 'nobody-here', '--snapshot', SNAPSHOT]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^mamori: error: "nobody-here" is not an IAM user or role of snapshot/);
  });
});

describe('mamori iam least-privilege', () => {
  it("tightens the demo's admin-without-MFA user from its last-accessed data and its CloudTrail calls, and says what it removes", async () => {
    const r = await run(['iam', 'least-privilege', 'ops-admin', '--snapshot', SNAPSHOT, '--logs', join(repoRoot, 'demo', 'logs'), '--output', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const s = JSON.parse(r.stdout);
    assert.equal(s.principal, 'arn:aws:iam::123456789012:user/ops-admin');
    assert.ok(s.cloudTrailCalls > 0, 'its calls were read from the demo logs');
    assert.ok(s.counts.after > 0 && s.counts.after < s.counts.before / 10, `${s.counts.before} → ${s.counts.after}`);
    // AdministratorAccess is "*": the suggestion keeps services it used and removes the rest.
    const kept = s.kept.map((k: { service: string }) => k.service);
    assert.ok(kept.includes('s3') && kept.includes('ec2'), kept.join(', '));
    assert.ok(s.removed.services.some((r: { service: string }) => r.service === 'iam') || s.removed.actions.some((a: { action: string }) => a.action.startsWith('iam:')), 'unused IAM administration is removed');
    assert.doesNotMatch(JSON.stringify(s.policy), /"Action":"\*"/, 'no full wildcard is left');
    const text = await run(['iam', 'least-privilege', 'ops-admin', '--snapshot', SNAPSHOT]);
    assert.match(text.stdout, /^Least privilege for arn:aws:iam::123456789012:user\/ops-admin/);
    assert.match(text.stdout, /suggested policy:\n\{/);
  });
});

describe('mamori iam guardrails', () => {
  it("audits the demo organisation per account: the SCP that keeps prod in the organisation, what is missing, and the baseline", async () => {
    const r = await run(['iam', 'guardrails', '--snapshot', SNAPSHOT, '--output', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const { accounts } = JSON.parse(r.stdout);
    const prod = accounts.find((a: { account: string }) => a.account === '123456789012');
    const check = (id: string) => prod.guardrails.checks.find((c: { id: string }) => c.id === id);
    assert.equal(check('scp-deny-leave-organization').status, 'in-place');
    assert.deepEqual(check('scp-deny-leave-organization').providedBy.map((p: { policy: string; targetName: string }) => `${p.policy} @ ${p.targetName}`), ['protect-security-baseline @ Root']);
    assert.equal(check('scp-require-imdsv2').status, 'missing');
    assert.equal(check('rcp-enforce-secure-transport').status, 'missing');
    const mgmt = accounts.find((a: { account: string }) => a.account === '210987654321');
    assert.equal(mgmt.guardrails.checks.find((c: { id: string }) => c.id === 'scp-deny-leave-organization').status, 'not-applicable');
    const item = (id: string) => prod.baseline.items.find((i: { id: string }) => i.id === id);
    assert.equal(item('organization-member').status, 'pass');
    assert.equal(item('guardduty').status, 'fail');
  });

  it('prints a ready-to-apply policy with the organisation id, and refuses an unknown guardrail', async () => {
    const r = await run(['iam', 'guardrails', '--snapshot', SNAPSHOT, '--account', '123456789012', '--policy', 'rcp-organization-only-access']);
    assert.equal(r.code, 0, r.stderr);
    const policy = JSON.parse(r.stdout);
    assert.equal(policy.Version, '2012-10-17');
    assert.match(JSON.stringify(policy), /o-k7m2p9x4qz/);
    const bad = await run(['iam', 'guardrails', '--snapshot', SNAPSHOT, '--policy', 'nope']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown guardrail "nope" \(known: scp-deny-leave-organization/);
  });
});

describe('mamori iam guardrails by organisational unit', () => {
  it('sums the audit per root and OU of the demo organisation', async () => {
    const r = await run(['iam', 'guardrails', '--snapshot', SNAPSHOT, '--output', 'json']);
    const { units } = JSON.parse(r.stdout);
    const workloads = units.find((u: { name: string }) => u.name === 'Workloads');
    assert.deepEqual(workloads.accounts, ['123456789012']);
    assert.deepEqual(workloads.guardrails.find((g: { id: string }) => g.id === 'scp-deny-leave-organization').counts, { 'in-place': 1 });
    const root = units.find((u: { id: string }) => u.id === 'r-k7m2');
    assert.deepEqual(root.accounts, ['210987654321']);
    const text = await run(['iam', 'guardrails', '--snapshot', SNAPSHOT]);
    assert.match(text.stdout, /Workloads \[ou-k7m2-wkld3q8v\] \(1\): scp-deny-leave-organization 1\/1/);
  });
});

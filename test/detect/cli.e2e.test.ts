/**
 * Detection through the real `mamori` command: the bundled attack logs, rule tests, Sigma
 * rules with unsupported features, and bad input that is reported and skipped.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { repoUrl } from '../paths.js';

const run = promisify(execFile);
const root = repoUrl('').pathname;
const bin = join(root, 'bin', 'mamori.js');
const logs = join(root, 'demo', 'logs');
const work = mkdtempSync(join(tmpdir(), 'mamori-detect-e2e-'));

async function mamori(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: work, env: { ...process.env, NO_COLOR: '1', HOME: work, MAMORI_DB: join(work, 'hub.db'), ...env }, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const attack = JSON.parse(readFileSync(join(logs, 'attack.json'), 'utf8'));

describe('mamori detect', () => {
  it('finds the attack in the bundled logs, stores the signals in the hub and keeps ordinary activity quiet', async () => {
    const r = await mamori(['detect', join(logs, 'cloudtrail'), join(logs, 'vpcflow'), join(logs, 'dns'), '--intel', join(logs, 'intel', 'demo-intel.txt'), '--output', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const result = JSON.parse(r.stdout);
    assert.ok(result.events > 20_000);
    assert.deepEqual(result.readIssues, []);
    const rules = new Set(result.signals.map((s: { ruleId: string }) => s.ruleId));
    for (const expected of ['aws-ct-instance-credentials-used-outside', 'aws-ct-pentest-user-agent', 'aws-ct-cicd-artifact-tampering', 'aws-ct-intel-source-ip', 'aws-dns-crypto-mining-pool', 'aws-flow-port-scan', 'aws-flow-intel-match']) {
      assert.ok(rules.has(expected), `${expected} fires on the attack`);
    }
    const attacker = attack.attacker?.ip ?? '198.51.100.77';
    const stolen = result.signals.find((s: { ruleId: string }) => s.ruleId === 'aws-ct-instance-credentials-used-outside');
    assert.ok(stolen.sourceIps.includes(attacker));
    assert.ok(stolen.techniques.includes('T1552.005'));
    assert.ok(!rules.has('aws-ct-root-credential-use'), 'nobody used root that day');
    const list = JSON.parse((await mamori(['findings', 'list', '--source', 'mamori', '--output', 'json', '--limit', '200'])).stdout);
    const threats = list.findings.filter((f: { kind: string }) => f.kind === 'threat');
    assert.equal(threats.length, result.signals.length, 'every signal is a threat finding in the hub');
    assert.ok(threats.every((f: { evidence: { techniques: string[] } }) => Array.isArray(f.evidence.techniques)));

    const again = await mamori(['detect', join(logs, 'cloudtrail'), join(logs, 'vpcflow'), join(logs, 'dns'), '--intel', join(logs, 'intel', 'demo-intel.txt')]);
    assert.match(again.stderr, /0 new/, 'the same logs again add no new findings');
  });

  it('counts a burst split between two runs, carrying the open windows in the hub', async () => {
    // Ten failed console sign-ins from one address in five minutes: six in the first hour's file, four in the next.
    const failure = (i: number) => ({
      eventVersion: '1.09', userIdentity: { type: 'IAMUser', accountId: '111122223333', accessKeyId: '', userName: `user${i}` },
      eventTime: new Date(Date.parse('2026-11-20T03:00:00Z') + i * 30_000).toISOString().replace('.000Z', 'Z'),
      eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin', awsRegion: 'us-east-1', sourceIPAddress: '192.0.2.45',
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', errorMessage: 'Failed authentication', requestParameters: null,
      responseElements: { ConsoleLogin: 'Failure' }, additionalEventData: { MFAUsed: 'No' }, eventID: `00000000-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`,
      readOnly: false, eventType: 'AwsConsoleSignIn', managementEvent: true, recipientAccountId: '111122223333', eventCategory: 'Management',
    });
    const dir = join(work, 'split');
    mkdirSync(dir, { recursive: true });
    const first = join(dir, '111122223333_CloudTrail_us-east-1_20261120T0305Z_a.json.gz');
    const second = join(dir, '111122223333_CloudTrail_us-east-1_20261120T0310Z_b.json.gz');
    writeFileSync(first, gzipSync(JSON.stringify({ Records: [0, 1, 2, 3, 4, 5].map(failure) })));
    writeFileSync(second, gzipSync(JSON.stringify({ Records: [6, 7, 8, 9].map(failure) })));
    const db = join(work, 'split.db');
    const burst = (out: string) => (JSON.parse(out) as { signals: { ruleId: string; count: number }[] }).signals.filter((s) => s.ruleId === 'aws-ct-console-login-failure-burst');

    const one = await mamori(['detect', first, '--db', db, '--no-correlate', '--output', 'json']);
    assert.equal(one.code, 0, one.stderr);
    assert.deepEqual(burst(one.stdout), [], 'six failures are no burst yet');
    const two = await mamori(['detect', second, '--db', db, '--no-correlate', '--output', 'json']);
    assert.equal(two.code, 0, two.stderr);
    assert.deepEqual(burst(two.stdout).map((s) => s.count), [10], 'the next run goes on with the open window');
    assert.equal(JSON.parse(two.stdout).state, undefined, 'the windows are kept in the hub, not printed');

    const alone = await mamori(['detect', second, '--db', join(work, 'split-fresh.db'), '--no-correlate', '--output', 'json']);
    assert.deepEqual(burst(alone.stdout), [], 'without the first run, four failures are no burst');
    const unstored = await mamori(['detect', second, '--db', db, '--no-store', '--no-correlate', '--output', 'json']);
    assert.deepEqual(burst(unstored.stdout), [], '--no-store neither reads nor writes the windows');
  });

  it('rules test: every built-in rule passes its own test events', async () => {
    const r = await mamori(['rules', 'test']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /(\d+) rules, (\d+) test cases: \2 passed, 0 failed/);
  });

  it('loads a folder of Sigma rules and names the unsupported ones', async () => {
    const r = await mamori(['rules', 'test', '--no-builtin', '--rules', join(root, 'test', 'fixtures', 'sigma'), '--output', 'json']);
    const out = JSON.parse(r.stdout);
    assert.ok(out.rules >= 5);
    assert.ok(out.issues.some((i: { kind: string; message: string }) => i.kind === 'unsupported' && /expand/.test(i.message)));
    assert.equal(r.code, 4, 'exit code bit 4: something was skipped');
  });

  it('bad input is counted and reported with file and line; the rest is processed; the exit code says so', async () => {
    const dir = join(work, 'bad');
    mkdirSync(dir, { recursive: true });
    const good = { Records: [{ eventVersion: '1.09', eventID: 'e-1', eventTime: '2026-11-19T10:00:00Z', eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin', awsRegion: 'us-east-1', recipientAccountId: '111111111111', sourceIPAddress: '203.0.113.9', userAgent: 'Mozilla/5.0', userIdentity: { type: 'Root', principalId: '111111111111', arn: 'arn:aws:iam::111111111111:root', accountId: '111111111111' }, responseElements: { ConsoleLogin: 'Success' }, additionalEventData: { MFAUsed: 'No' } }] };
    const gz = gzipSync(JSON.stringify(good));
    writeFileSync(join(dir, 'a-good.json.gz'), gz);
    writeFileSync(join(dir, 'b-truncated.json.gz'), gz.subarray(0, Math.floor(gz.length / 2)));
    writeFileSync(join(dir, 'c-lines.jsonl'), `${JSON.stringify(good.Records[0])}\n{"eventName": oops}\n`);
    writeFileSync(join(dir, 'd-unknown.csv'), 'name,colour\nmamori,blue\n');
    writeFileSync(join(work, 'broken-rule.yml'), 'title: broken\ndetection:\n  selection:\n    eventName: [unclosed\n');
    copyFileSync(join(dir, 'c-lines.jsonl'), join(dir, 'c-lines-copy.jsonl'));
    const r = await mamori(['detect', dir, '--rules', join(work, 'broken-rule.yml'), '--no-store', '--output', 'json']);
    assert.equal(r.code, 4, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.ok(out.signals.some((s: { ruleId: string }) => s.ruleId === 'aws-ct-root-credential-use'), 'good records were processed');
    const kinds = out.readIssues.map((i: { file: string; line?: number; kind: string }) => `${i.file.split('/').pop()}:${i.line ?? ''}:${i.kind}`);
    assert.ok(kinds.some((k: string) => k.startsWith('b-truncated.json.gz') && k.endsWith('truncated')), kinds.join());
    assert.ok(kinds.includes('c-lines.jsonl:2:malformed'), kinds.join());
    assert.ok(kinds.some((k: string) => k.startsWith('d-unknown.csv') && k.endsWith('unknown-format')), kinds.join());
    assert.ok(out.ruleIssues.some((i: { file: string; line?: number }) => i.file.endsWith('broken-rule.yml') && i.line), JSON.stringify(out.ruleIssues));
  });

  it('Azure Activity Log as exported to a storage account: the attack hour detected, a damaged line reported with file and line, the rest read', async () => {
    const dir = join(work, 'azure', 'insights-activity-logs');
    mkdirSync(dir, { recursive: true });
    const hour = join(root, 'demo/azure/logs/insights-activity-logs/resourceId=/SUBSCRIPTIONS/6A1F0C3E-8D2B-4B7A-9E15-3C4D5E6F7A80/y=2026/m=11/d=20/h=14/m=00/PT1H.json');
    const lines = readFileSync(hour, 'utf8').trim().split('\n');
    lines.splice(2, 0, '{"time": "2026-11-20T14:00:00Z", "operationName": oops}');
    writeFileSync(join(dir, 'PT1H.json'), lines.join('\n') + '\n');
    const r = await mamori(['detect', dir, '--no-store', '--output', 'json']);
    assert.equal(r.code & 4, 4, r.stderr);
    const out = JSON.parse(r.stdout);
    const rules = new Set(out.signals.map((s: { ruleId: string }) => s.ruleId));
    for (const id of ['azure-activity-privileged-role-assigned-broad-scope', 'azure-activity-diagnostic-setting-deleted', 'azure-activity-nsg-admin-port-open-to-internet']) assert.ok(rules.has(id), `${id}: ${[...rules].join(', ')}`);
    assert.ok(out.signals.every((s: { provider?: string }) => !s.provider || s.provider === 'azure'));
    const kinds = out.readIssues.map((i: { file: string; line?: number; kind: string }) => `${i.file.split('/').pop()}:${i.line ?? ''}:${i.kind}`);
    assert.deepEqual(kinds, ['PT1H.json:3:malformed']);
  });

  it('an empty file gets a note and a bad record of a one-line CloudTrail file a skipped line naming file, line and record', async () => {
    const dir = join(work, 'empty-and-one-line');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'empty.json'), '');
    const record = (i: number) => ({
      eventVersion: '1.09', eventID: `e-${i}`, eventTime: `2026-11-19T10:00:0${i}Z`, eventSource: 's3.amazonaws.com', eventName: 'GetObject', awsRegion: 'us-east-1',
      recipientAccountId: '111111111111', sourceIPAddress: '203.0.113.9', userAgent: 'aws-cli/2.15.30', userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::111111111111:user/dev', accountId: '111111111111' },
    });
    const records: Record<string, unknown>[] = [0, 1, 2, 3, 4].map(record);
    records[3].eventTime = 'T'.repeat(100_000);
    writeFileSync(join(dir, 'trail.json'), JSON.stringify({ Records: records }));
    const r = await mamori(['detect', dir, '--no-store', '--no-correlate']);
    assert.equal(r.code, 4, r.stderr);
    assert.match(r.stdout, /^4 events · /m, 'the other records are read');
    assert.match(r.stdout, /skipped 1 item\(s\):/, 'the bad record is skipped; the empty file lost nothing');
    const lines = r.stdout.split('\n');
    const empty = lines.filter((l) => l.includes('empty.json'));
    assert.deepEqual(empty.map((l) => l.trim().replace(dir + '/', '')), ['note: empty.json: empty file, no events']);
    const bad = lines.filter((l) => l.includes('trail.json'));
    assert.equal(bad.length, 1, bad.join('\n'));
    assert.match(bad[0].trim().replace(dir + '/', ''), /^trail\.json:1: malformed: record 3: eventTime "T{120}"…\(100000 characters\) is not a time$/);
  });

  it('an empty log file alone is said in one line and is not a skipped input (exit 0)', async () => {
    const dir = join(work, 'only-empty');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'empty.json'), '\n\n');
    const r = await mamori(['detect', dir, '--no-store', '--no-correlate']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /note: .*empty\.json: empty file, no events/);
    assert.doesNotMatch(r.stdout, /skipped/);
  });
});

/**
 * Correlation through the real `mamori` command: detect stores signals and correlates them with
 * the inventory snapshot; `mamori sequences` shows them as a table, JSON and an HTML timeline;
 * a second run of the same logs extends the same sequence; bad options are one-line errors.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { repoUrl } from '../paths.js';

const run = promisify(execFile);
const root = repoUrl('').pathname;
const bin = join(root, 'bin', 'mamori.js');
const logs = join(root, 'demo', 'logs');
const snapshot = join(root, 'demo', 'demo-snapshot.json.gz');
const work = mkdtempSync(join(tmpdir(), 'mamori-seq-e2e-'));

async function mamori(args: string[], db = join(work, 'hub.db')) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: work, env: { ...process.env, NO_COLOR: '1', HOME: work, MAMORI_DB: db }, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const detectArgs = ['detect', join(logs, 'cloudtrail'), join(logs, 'vpcflow'), join(logs, 'dns'), '--intel', join(logs, 'intel', 'demo-intel.txt'), '--snapshot', snapshot];

describe('mamori detect + mamori sequences', () => {
  it('detect correlates into one stored sequence; a second run extends it instead of adding one', async () => {
    const first = await mamori(detectArgs);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /correlation: 1 attack sequence\(s\) \(1 new\)/);
    assert.match(first.stdout, /CI\/CD supply-chain compromise with stolen instance credentials — web-1 \(i-0a1b2c3d4e5f60001\)/);
    const again = await mamori(detectArgs);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /correlation: 1 attack sequence\(s\) \(0 new\)/);
  });

  it('sequences --output json lists the sequence with its ordered timeline', async () => {
    const r = await mamori(['sequences', '--output', 'json', '--snapshot', snapshot]);
    assert.equal(r.code, 0, r.stderr);
    const data = JSON.parse(r.stdout) as { schema: string; sequences: { template: string; severity: string; workflowStatus: string; timeline: { time: string; ruleId: string }[]; accessKeyIds: string[] }[] };
    assert.equal(data.schema, 'mamori.sequences');
    assert.equal(data.sequences.length, 1);
    const [seq] = data.sequences;
    assert.equal(seq.template, 'cicd-supply-chain');
    assert.equal(seq.severity, 'CRITICAL');
    assert.equal(seq.workflowStatus, 'NEW');
    assert.deepEqual(seq.accessKeyIds, ['ASIAZDEMOWEBSRV7Q4K2']);
    const times = seq.timeline.map((t) => t.time);
    assert.deepEqual(times, [...times].sort());
    assert.equal(seq.timeline[0].ruleId, 'aws-flow-port-scan');
    assert.ok(seq.timeline.some((t) => t.ruleId === 'aws-ct-codedeploy-deployment-from-s3'));
  });

  it('sequences --output html writes a self-contained timeline page, in Japanese too', async () => {
    const out = join(work, 'seq-ja.html');
    const r = await mamori(['sequences', '--no-correlate', '--output', 'html', '--lang', 'ja', '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /<svg viewBox=/);
    assert.match(html, /窃取されたインスタンス認証情報による CI\/CD サプライチェーン侵害/);
    assert.match(html, /認証情報アクセス/);
    assert.doesNotMatch(html, /<script src=|<link /);
  });

  it('findings list shows the sequence as a finding of its own kind, with critical risk', async () => {
    const r = await mamori(['findings', 'list', '--kind', 'sequence', '--output', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const found = JSON.parse(r.stdout) as { kind: string; risk: { level: string } }[] | { findings: { kind: string; risk: { level: string } }[] };
    const list = Array.isArray(found) ? found : found.findings;
    assert.equal(list.length, 1);
    assert.equal(list[0].kind, 'sequence');
    assert.equal(list[0].risk.level, 'CRITICAL');
  });

  it('exports the sequence as an OCSF Detection Finding with ATT&CK pairs and its signals as related events', async () => {
    const out = join(work, 'export.jsonl');
    const r = await mamori(['findings', 'export', '--format', 'ocsf', '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    const seq = lines.find((l) => String(l.finding_info.uid).startsWith('mamori-seq-'));
    assert.ok(seq);
    assert.equal(seq.class_uid, 2004);
    assert.equal(seq.severity, 'Critical');
    const attacks = seq.finding_info.attacks as { technique?: { uid: string }; tactic?: { uid: string }; tactics?: { uid: string }[] }[];
    const stolen = attacks.find((a) => a.technique?.uid === 'T1552.005');
    assert.deepEqual(stolen?.tactics?.map((t) => t.uid), ['TA0001', 'TA0006']);
    assert.ok(attacks.some((a) => a.technique?.uid === 'T1072' && a.tactic?.uid === 'TA0002'));
    const related = seq.finding_info.related_events as { uid: string; product_uid: string }[];
    assert.equal(related[0].product_uid, 'aws-flow-port-scan');
    assert.ok(related.every((e) => e.uid.startsWith('mamori-sig-')));
    const signalIds = new Set(lines.map((l) => l.finding_info.uid));
    assert.ok(related.every((e) => signalIds.has(e.uid)), 'every related event is an exported signal');
  });

  it('without --snapshot, detect uses the inventory the last assessment left in the hub', async () => {
    const db = join(work, 'inventory.db');
    const logsOnly = detectArgs.slice(0, detectArgs.indexOf('--snapshot'));
    const before = await mamori([...logsOnly, '--output', 'json', '--no-store'], db);
    const blind = JSON.parse(before.stdout) as { sequences: { timeline: { ruleId: string }[] }[] };
    assert.equal(blind.sequences.length, 1);
    assert.ok(!blind.sequences[0].timeline.some((t) => t.ruleId === 'aws-dns-crypto-mining-pool'), 'no inventory: DNS stays on its address');

    const assessed = await mamori(['assess', snapshot, '--output', 'json'], db);
    assert.ok(assessed.code === 0 || assessed.code === 1, assessed.stderr);
    const after = await mamori([...logsOnly, '--output', 'json'], db);
    assert.equal(after.code, 0, after.stderr);
    const seen = JSON.parse(after.stdout) as { sequences: { resourceName: string; timeline: { ruleId: string }[] }[] };
    assert.equal(seen.sequences.length, 1);
    assert.equal(seen.sequences[0].resourceName, 'web-1 (i-0a1b2c3d4e5f60001)');
    assert.ok(seen.sequences[0].timeline.some((t) => t.ruleId === 'aws-dns-crypto-mining-pool'), 'the mining DNS queries of 10.0.1.25 are web-1’s');
  });

  it('detect --output ocsf prints the signals and the sequence as OCSF Detection Findings without a hub', async () => {
    const r = await mamori([...detectArgs, '--no-store', '--output', 'ocsf']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { class_uid: number; finding_info: { uid: string; analytic: { uid: string } } });
    assert.ok(lines.length > 10);
    assert.deepEqual([...new Set(lines.map((l) => l.class_uid))], [2004]);
    const sequences = lines.filter((l) => l.finding_info.uid.startsWith('mamori-seq-'));
    assert.deepEqual(sequences.map((l) => l.finding_info.analytic.uid), ['mamori-sequence-cicd-supply-chain']);
  });

  it('a bad window is a one-line error with exit code 2', async () => {
    const r = await mamori(['sequences', '--window', '15d']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^mamori: error: .*--window 15d: at most 14d/m);
    assert.doesNotMatch(r.stderr, /at .*\.js:\d+/);
    const bad = await mamori(['sequences', '--window', 'soon']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /give a duration such as 24h/);
  });
});

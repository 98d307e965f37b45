/**
 * The hub through the real `mamori` command: demo → hub, automation from a config file,
 * notifications to a local webhook receiver, import/export, and clear errors for bad input.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { repoUrl } from '../paths.js';

const run = promisify(execFile);
const bin = new URL('bin/mamori.js', repoUrl('')).pathname;
const fixtures = new URL('test/fixtures/import/', repoUrl('')).pathname;
const work = mkdtempSync(join(tmpdir(), 'mamori-hub-e2e-'));

async function mamori(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: work, env: { ...process.env, NO_COLOR: '1', HOME: work, ...env }, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let server: Server;
const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];

before(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
});
after(() => new Promise((r) => server.close(r)));

describe('hub CLI', () => {
  it('demo writes the hub; automation from the config raises severity; a webhook gets signed notifications', async () => {
    const port = (server.address() as AddressInfo).port;
    const config = join(work, 'mamori.yaml');
    writeFileSync(
      config,
      [
        `db: ${join(work, 'hub.db')}`,
        'risk:',
        '  productionAccounts: ["123456789012"]',
        'automation:',
        '  - name: production storage is critical',
        '    criteria:',
        '      accounts: ["123456789012"]',
        '      resourceType: AWS::S3::Bucket',
        '    actions:',
        '      setSeverity: CRITICAL',
        'notifications:',
        '  - name: soc-webhook',
        '    type: webhook',
        `    url: http://127.0.0.1:${port}/mamori`,
        '    secret: ${env:HOOK_SECRET}',
        '    minRisk: CRITICAL',
        '',
      ].join('\n'),
    );
    const env = { MAMORI_CONFIG: config, HOOK_SECRET: 's3cr3t-value' };
    const demo = await mamori(['demo', '--html', join(work, 'r.html')], env);
    assert.equal(demo.code, 0, demo.stderr);
    assert.match(demo.stderr, /hub .*hub\.db: \d+ new/);
    assert.match(demo.stderr, /notifications: \d+ queued, \d+ sent/);
    assert.ok(!demo.stderr.includes('s3cr3t-value'));

    const list = JSON.parse((await mamori(['findings', 'list', '--account', '123456789012', '--output', 'json', '--limit', '500'], env)).stdout);
    const buckets = list.findings.filter((f: { resourceType: string }) => f.resourceType === 'AWS::S3::Bucket');
    assert.ok(buckets.length > 0 && buckets.every((f: { severity: string }) => f.severity === 'CRITICAL'), 'automation raised production bucket findings');
    assert.ok(list.findings.every((f: { risk: { factors: string[] } }) => f.risk.factors.some((x) => x.includes('production account'))));

    assert.ok(received.length > 0, 'the webhook received notifications');
    for (const r of received) {
      const expected = 'sha256=' + createHmac('sha256', 's3cr3t-value').update(r.body).digest('hex');
      assert.equal(r.headers['x-mamori-signature'], expected);
      assert.equal(JSON.parse(r.body).finding.risk.level, 'CRITICAL');
    }
    const deliveries = new Set(received.map((r) => r.headers['x-mamori-delivery']));
    assert.equal(deliveries.size, received.length, 'one delivery per finding state');

    const again = await mamori(['demo', '--html', join(work, 'r.html')], env);
    assert.equal(again.code, 0, again.stderr);
    // Nothing new to say. (Deliveries the first run could not finish within its deadline on a busy
    // machine are retried now, at least once each, so what the server receives may still grow.)
    assert.doesNotMatch(again.stderr, /notifications: [1-9]\d* queued/, 'the same scan again notifies nobody');

    const dry = await mamori(['automation', 'test', '--output', 'json'], env);
    assert.equal(dry.code, 0, dry.stderr);
    assert.deepEqual(JSON.parse(dry.stdout).changes, [], 'nothing left to change after ingest applied the rules');

    const insights = JSON.parse((await mamori(['findings', 'insights', '--group-by', 'severity', '--output', 'json'], env)).stdout);
    assert.ok(insights.groups.some((g: { key: string }) => g.key === 'CRITICAL'));
    assert.ok(insights.scores.length >= 2, 'a score point per scan and framework');
  });

  it('imports other tools, exports OCSF, and updates with an audit trail', async () => {
    const env = { MAMORI_DB: join(work, 'import.db') };
    const imp = await mamori(['findings', 'import', join(fixtures, 'guardduty-get-findings.json'), join(fixtures, 'trivy-image.json')], env);
    assert.equal(imp.code, 0, imp.stderr);
    const list = JSON.parse((await mamori(['findings', 'list', '--output', 'json'], env)).stdout);
    assert.equal(list.total, 4);
    const threat = list.findings.find((f: { kind: string }) => f.kind === 'threat');
    const upd = await mamori(['findings', 'update', threat.id.slice(0, 16), '--status', 'resolved', '--note', 'false positive: pentest'], { ...env, MAMORI_ACTOR: 'soc-analyst' });
    assert.equal(upd.code, 0, upd.stderr);
    const shown = JSON.parse((await mamori(['findings', 'show', threat.id, '--output', 'json'], env)).stdout);
    assert.equal(shown.finding.workflowStatus, 'RESOLVED');
    assert.deepEqual(shown.history.at(-1), { findingId: threat.id, at: shown.history.at(-1).at, actor: 'soc-analyst', field: 'workflowStatus', from: 'NEW', to: 'RESOLVED', note: 'false positive: pentest' });
    const exp = await mamori(['findings', 'export', '--format', 'ocsf', '--out', join(work, 'out.jsonl')], env);
    assert.equal(exp.code, 0, exp.stderr);
    const lines = readFileSync(join(work, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 4);
    assert.deepEqual(new Set(lines.map((l) => l.class_uid)), new Set([2004, 2002]));
  });

  it('bad input: clear errors naming the file, line or setting; nothing half-written', async () => {
    const env = { MAMORI_DB: join(work, 'bad.db') };
    writeFileSync(join(work, 'broken.json'), '{\n  "Findings": [\n    { "SchemaVersion": "2018-10-08",, }\n  ]\n}\n');
    const bad = await mamori(['findings', 'import', join(fixtures, 'trivy-image.json'), join(work, 'broken.json')], env);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /broken\.json:3:\d+/);
    assert.equal(JSON.parse((await mamori(['findings', 'list', '--output', 'json'], env)).stdout).total, 0, 'the good file was not imported either');

    writeFileSync(join(work, 'typo.yaml'), 'automation:\n  - name: x\n    criteria:\n      severty: HIGH\n    actions:\n      setSeverity: LOW\n');
    const typo = await mamori(['findings', 'list', '--config', join(work, 'typo.yaml')], env);
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /typo\.yaml:4:7: .*severty/);

    const unreachable = await mamori(['findings', 'list', '--db', 'postgres://mamori:pw-not-shown@127.0.0.1:1/hub']);
    assert.equal(unreachable.code, 2);
    assert.match(unreachable.stderr, /cannot use the findings database postgres:\/\/mamori:\*\*\*@127\.0\.0\.1:1\/hub/);
    assert.ok(!unreachable.stderr.includes('pw-not-shown'));
  });
});

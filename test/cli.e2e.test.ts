/** End-to-end: the real `mamori` command (bin/mamori.js → dist) on the bundled demo snapshot. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CIS_AWS_3_0 } from '../src/providers/aws/frameworks/cis-aws-3.0.js';

const root = fileURLToPath(new URL('../', import.meta.url)).replace(/\/dist\/$/, '/');
const mamoriBin = join(root, 'bin', 'mamori.js');
const demoSnapshot = join(root, 'demo', 'demo-snapshot.json.gz');
const work = mkdtempSync(join(tmpdir(), 'mamori-e2e-'));

function mamori(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, [mamoriBin, ...args], { cwd: work, encoding: 'utf8', env: { ...env, NO_COLOR: '1', MAMORI_DB: join(work, 'hub.db') }, maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function assertCleanError(r: { code: number | null; stderr: string }, pattern: RegExp) {
  assert.equal(r.code, 2, r.stderr);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line: ${r.stderr}`);
  assert.match(lines[0], /^mamori: error: /);
  assert.match(lines[0], pattern);
  assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
}

describe('mamori CLI', () => {
  it('demo: prints the summary and writes a self-contained HTML report', () => {
    const r = mamori(['demo', '--html', 'demo.html']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /CIS AWS Foundations Benchmark v3\.0\.0/);
    assert.match(r.stdout, /Worst rules/);
    assert.match(r.stdout, /Collection errors/);
    const html = readFileSync(join(work, 'demo.html'), 'utf8');
    assert.ok(html.startsWith('<!doctype html>'));
    for (const name of ['ops-admin', 'mamori-demo-public-assets', 'i-0a1b2c3d4e5f60001', 'snap-0a1b2c3d4e5f60300']) {
      assert.ok(html.includes(name), `the report shows ${name}`);
    }
    // One report over the three clouds: the Google Cloud organisation and the Azure tenant are in it, each with its own benchmark.
    assert.match(r.stdout, /AWS accounts: 123456789012, 210987654321 +Google Cloud projects: shop-prod, shop-dev +Azure subscriptions: [0-9a-f-]{36}, [0-9a-f-]{36}/);
    assert.match(r.stdout, /CIS Google Cloud Platform Foundation Benchmark v5\.0\.0/);
    assert.match(r.stdout, /CIS Microsoft Azure Foundations Benchmark v6\.0\.0/);
    assert.ok(html.includes('azure-storage-blob-anonymous-access-disabled') && html.includes('sub-shop-prod'), 'the HTML report shows the Azure findings');
    assert.ok(html.includes('shop-prod') && html.includes('gcp-storage-bucket-not-public'), 'the HTML report shows the Google Cloud findings');
    // The attacks are found: the AWS CI/CD chain and the Google Cloud stolen key that escalates to owner.
    assert.match(r.stdout, /CI\/CD supply-chain compromise/);
    assert.match(r.stdout, /Multi-stage attack activity — dev\.helper\.7731@gmail\.com/);
    // And the Azure one: a service principal's leaked secret used to take the subscription, its logs cut first.
    assert.match(r.stdout, /3 attack sequence\(s\)/);
    assert.match(r.stdout, /Logging or detection disabled, then destructive action/);
  });

  it('guardrails: every intent for every scope of the three clouds, enforced, audit-only and missing among them, in the terminal, JSON and the HTML report', () => {
    const json = mamori(['guardrails', '--output', 'json']);
    assert.equal(json.code, 0, json.stderr);
    const view = JSON.parse(json.stdout) as { intents: { id: string }[]; scopes: { provider: string; scope: string; checks: { intent: string; status: string }[] }[] };
    assert.deepEqual([...new Set(view.scopes.map((s) => s.provider))].sort(), ['aws', 'azure', 'gcp']);
    for (const s of view.scopes) assert.deepEqual(s.checks.map((c) => c.intent).sort(), view.intents.map((i) => i.id).sort(), `${s.provider} ${s.scope}`);
    const statuses = new Set(view.scopes.flatMap((s) => s.checks.map((c) => c.status)));
    for (const st of ['enforced', 'audit-only', 'missing']) assert.ok(statuses.has(st), `no ${st} intent on the demo`);
    // Azure Policy on the demo tenant: at least one intent enforced and one only audited.
    const azure = view.scopes.filter((s) => s.provider === 'azure').flatMap((s) => s.checks.map((c) => c.status));
    assert.ok(azure.includes('enforced') && azure.includes('audit-only') && azure.includes('missing'), `azure: ${[...new Set(azure)].join(', ')}`);
    const text = mamori(['guardrails', '--lang', 'ja']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /リージョンとロケーションを制限する/);
    assert.match(text.stdout, /AWS[\s\S]*Google Cloud[\s\S]*Azure/);
    assert.match(text.stdout, /監査のみ/);
    const detail = mamori(['guardrails', '--detail', '--scope', view.scopes.find((s) => s.provider === 'azure')!.scope]);
    assert.equal(detail.code, 0, detail.stderr);
    assert.match(detail.stdout, /\[restrict-locations\]/);
    assertCleanError(mamori(['guardrails', '--scope', 'no-such-scope']), /no-such-scope/);
    const report = mamori(['report', '--out', 'guardrails-report.html']);
    assert.equal(report.code, 0, report.stderr);
    const html = readFileSync(join(work, 'guardrails-report.html'), 'utf8');
    assert.match(html, /<section id="guardrails">/);
    assert.ok(html.includes('gr-enforced') && html.includes('gr-audit-only') && html.includes('gr-missing'));
  });

  it('findings of both clouds in the hub: filter by provider and scope, show in Japanese', () => {
    const list = JSON.parse(mamori(['findings', 'list', '--provider', 'gcp', '--scope', 'shop-prod', '--limit', '500', '--output', 'json']).stdout) as { total: number; findings: { id: string; provider: string; account: string; ruleId: string }[] };
    assert.ok(list.total > 10);
    assert.ok(list.findings.every((f) => f.provider === 'gcp' && f.account === 'shop-prod'));
    const bucket = list.findings.find((f) => f.ruleId === 'gcp-storage-bucket-uniform-access-enabled')!;
    const ja = mamori(['findings', 'show', bucket.id, '--lang', 'ja']);
    assert.equal(ja.code, 0, ja.stderr);
    assert.match(ja.stdout.split('\n')[0], /バケット/);
    // The finding carries its improvement document through the hub: the fix in Japanese, with references.
    assert.match(ja.stdout, /推奨対応/);
    assert.match(ja.stdout, /https:\/\/cloud\.google\.com\//);
    // A folder selects the projects under it (the production folder holds shop-prod only).
    const folder = JSON.parse(mamori(['findings', 'list', '--scope', 'folders/305419896101', '--limit', '2000', '--output', 'json']).stdout) as typeof list;
    assert.ok(folder.total > 10 && folder.findings.every((f) => f.account === 'shop-prod'), 'the production folder: shop-prod only');
    const org = JSON.parse(mamori(['findings', 'list', '--scope', 'organizations/123456789012', '--provider', 'gcp', '--limit', '2000', '--output', 'json']).stdout) as typeof list;
    assert.deepEqual([...new Set(org.findings.map((f) => f.account))].sort(), ['shop-dev', 'shop-prod']);
    // Exports speak the finding's language through the same writer as reports.
    const ocsf = mamori(['findings', 'export', '--format', 'ocsf', '--provider', 'gcp', '--scope', 'shop-prod', '--lang', 'ja']);
    assert.equal(ocsf.code, 0, ocsf.stderr);
    const exported = ocsf.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(exported.some((f) => /バケット/.test(f.finding_info.title) && f.remediation?.desc));
  });

  it('demo --lang ja writes Japanese documents; --fail-on critical fails the pipeline', () => {
    const r = mamori(['demo', '--lang', 'ja', '--html', 'demo-ja.html', '--fail-on', 'critical']);
    assert.equal(r.code, 1, 'the demo has failing CRITICAL checks');
    assert.equal(mamori(['assess', demoSnapshot, '--no-store', '--fail-on-risk', 'critical']).code, 1, 'and CRITICAL risks');
    assert.match(r.stdout, /フレームワーク別の準拠状況/);
    const html = readFileSync(join(work, 'demo-ja.html'), 'utf8');
    assert.ok(html.includes('緊急度') && html.includes('リスク') && html.includes('推奨対応') && html.includes('参考URL'));
  });

  it('assess: demo findings, deliberate failures and stable ids across runs', () => {
    const a = mamori(['assess', demoSnapshot, '--output', 'json']);
    assert.equal(a.code, 0, a.stderr);
    const report = JSON.parse(a.stdout);
    const failed = report.findings.filter((f: { complianceStatus: string }) => f.complianceStatus === 'FAIL');
    const failing = new Set<string>(failed.map((f: { ruleId: string; resourceName: string; resourceUid: string }) => `${f.ruleId} ${f.resourceName} ${f.resourceUid}`));
    const has = (re: RegExp) => [...failing].some((x) => re.test(x));
    assert.ok(has(/^aws-ec2-instance-imdsv2-required .*i-0a1b2c3d4e5f60001/), 'web server with IMDSv1 fails');
    assert.ok(has(/mamori-demo-public-assets/), 'public bucket fails');
    assert.ok(has(/ops-admin/), 'admin user without MFA fails');
    assert.ok(has(/snap-0a1b2c3d4e5f60300/), 'public snapshot fails');
    assert.ok(has(/org-trail/), 'trail without validation fails');
    assert.ok(report.findings.some((f: { complianceStatus: string }) => f.complianceStatus === 'PASS'), 'compliant resources pass');
    assert.ok(report.findings.some((f: { complianceStatus: string }) => f.complianceStatus === 'MANUAL'));
    const b = JSON.parse(mamori(['assess', demoSnapshot, '--output', 'json']).stdout);
    assert.deepEqual(b.findings.map((f: { id: string }) => f.id), report.findings.map((f: { id: string }) => f.id));
  });

  it('assess --framework and every output format', () => {
    for (const output of ['ocsf', 'asff', 'csv']) {
      const r = mamori(['assess', demoSnapshot, '--framework', 'cis-aws-3.0', '--output', output, '--out', `out.${output}`]);
      assert.equal(r.code, 0, r.stderr);
      assert.ok(readFileSync(join(work, `out.${output}`), 'utf8').length > 100);
    }
  });

  it('rules list --output json: ≥100 automated rules, en+ja documents, framework mappings, complete CIS v3.0.0', () => {
    const r = mamori(['rules', 'list', '--output', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const rules = JSON.parse(r.stdout);
    assert.ok(rules.filter((x: { kind: string }) => x.kind === 'automated').length >= 100);
    for (const rule of rules) {
      assert.ok(rule.doc.en.risk && rule.doc.ja.risk && rule.doc.ja.urgency && rule.doc.en.recommendation, rule.id);
      assert.ok(Object.keys(rule.frameworks).length >= 1, rule.id);
    }
    const cis = new Set(rules.flatMap((x: { frameworks: Record<string, string[]> }) => x.frameworks['cis-aws-3.0'] ?? []));
    assert.deepEqual(CIS_AWS_3_0.filter((c) => !cis.has(c.id)).map((c) => c.id), []);
    const onlyCis = JSON.parse(mamori(['rules', 'list', '--framework', 'cis-aws-3.0', '--output', 'json']).stdout);
    assert.ok(onlyCis.every((x: { frameworks: Record<string, string[]> }) => x.frameworks['cis-aws-3.0']));
  });

  it('rules show prints the improvement document in Japanese', () => {
    const r = mamori(['rules', 'show', 'aws-iam-root-mfa-enabled', '--lang', 'ja']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /緊急度/);
    assert.match(r.stdout, /aws iam get-account-summary/);
  });

  it('bad input: one clear error line, non-zero exit, no stack trace', () => {
    writeFileSync(join(work, 'corrupt.json.gz'), Buffer.from([0x1f, 0x8b, 0, 1, 2]));
    assertCleanError(mamori(['assess', 'corrupt.json.gz']), /corrupt snapshot/);
    writeFileSync(join(work, 'v9.json.gz'), gzipSync(JSON.stringify({ schema: 'mamori.snapshot', version: 9 })));
    assertCleanError(mamori(['assess', 'v9.json.gz']), /version 9 is not supported/);
    assertCleanError(mamori(['assess', demoSnapshot, '--rule', 'aws-no-such-rule']), /unknown rule id "aws-no-such-rule"/);
    assertCleanError(mamori(['rules', 'show', 'aws-no-such-rule']), /unknown rule id/);
    assertCleanError(mamori(['collect', '--regions', 'us-east-1,moon-base-1']), /unknown region "moon-base-1"/);
    assertCleanError(mamori(['assess', demoSnapshot, '--fail-on', 'severe']), /unknown severity "severe"/);
    assertCleanError(mamori(['assess', demoSnapshot, '--fail-on-risk', 'extreme']), /unknown risk level "extreme"/);
    const noCreds: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: work, AWS_EC2_METADATA_DISABLED: 'true', AWS_CONFIG_FILE: join(work, 'none'), AWS_SHARED_CREDENTIALS_FILE: join(work, 'none') };
    assertCleanError(mamori(['collect', '--regions', 'us-east-1'], noCreds), /no AWS credentials found/);
    // Google Cloud: no Application Default Credentials (and no metadata server) is one line too.
    const noGcpCreds: NodeJS.ProcessEnv = { ...noCreds, GCE_METADATA_HOST: '127.0.0.1:9', CLOUDSDK_CONFIG: join(work, 'no-gcloud') };
    assertCleanError(mamori(['scan', '--provider', 'gcp', '--project', 'shop-prod', '--no-store'], noGcpCreds), /no Google Cloud credentials found/);
    assertCleanError(mamori(['scan', '--provider', 'gcp']), /Google Cloud needs a scope/);
    assertCleanError(mamori(['collect', '--provider', 'gcp', '--project', 'p', '--org-role', 'Audit']), /--org-role cannot be used with --provider gcp/);
    assertCleanError(mamori(['rules', 'list', '--provider', 'oracle']), /unknown provider "oracle"/);
  });

  it('rules list --provider gcp: the 93 CIS GCP v5.0 recommendations (≥ 71 automated), each with en and ja documents', () => {
    const rules = JSON.parse(mamori(['rules', 'list', '--provider', 'gcp', '--output', 'json']).stdout) as {
      id: string; kind: string; provider: string; frameworks: Record<string, string[]>; doc: Record<'en' | 'ja', { risk: string; recommendation: string }>;
    }[];
    assert.ok(rules.every((r) => r.provider === 'gcp' && r.id.startsWith('gcp-')));
    const cis = rules.filter((r) => r.frameworks['cis-gcp-5.0']);
    const ids = new Set(cis.flatMap((r) => r.frameworks['cis-gcp-5.0']));
    assert.equal(ids.size, 93);
    const automated = new Set(cis.filter((r) => r.kind === 'automated').flatMap((r) => r.frameworks['cis-gcp-5.0']));
    assert.ok(automated.size >= 71, `${automated.size} CIS ids with an automated rule`);
    for (const r of rules) assert.ok(r.doc.en.risk && r.doc.ja.risk && r.doc.ja.recommendation, r.id);
    const onlyCis = JSON.parse(mamori(['rules', 'list', '--framework', 'cis-gcp-5.0', '--output', 'json']).stdout) as { id: string }[];
    assert.equal(onlyCis.length, cis.length);
  });

  it('rules list --provider azure: the 127 CIS Azure v6.0 recommendations (≥ 89 automated), each with en and ja documents and Bicep for automated rules', () => {
    const rules = JSON.parse(mamori(['rules', 'list', '--provider', 'azure', '--output', 'json']).stdout) as {
      id: string; kind: string; provider: string; frameworks: Record<string, string[]>; doc: Record<'en' | 'ja', { risk: string; recommendation: string }>; remediation?: { bicep?: string; cli: string; terraform: string };
    }[];
    assert.ok(rules.every((r) => r.provider === 'azure' && r.id.startsWith('azure-')));
    const cis = rules.filter((r) => r.frameworks['cis-azure-6.0']);
    const ids = new Set(cis.flatMap((r) => r.frameworks['cis-azure-6.0']));
    assert.equal(ids.size, 127);
    const automated = new Set(cis.filter((r) => r.kind === 'automated').flatMap((r) => r.frameworks['cis-azure-6.0']));
    assert.ok(automated.size >= 89, `${automated.size} CIS ids with an automated rule`);
    for (const r of rules) assert.ok(r.doc.en.risk && r.doc.ja.risk && r.doc.ja.recommendation, r.id);
    for (const r of rules.filter((x) => x.kind === 'automated')) assert.ok(r.remediation?.bicep && r.remediation.cli.includes('az ') && r.remediation.terraform, r.id);
    const onlyCis = JSON.parse(mamori(['rules', 'list', '--framework', 'cis-azure-6.0', '--output', 'json']).stdout) as { id: string }[];
    assert.equal(onlyCis.length, cis.length);
  });
});

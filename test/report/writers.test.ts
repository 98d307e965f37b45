/** One conformance suite for every output writer. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assess } from '../../src/assess/engine.js';
import { postureRules } from '../../src/assess/registry.js';
import { SNAPSHOT_SCHEMA, type Snapshot } from '../../src/model/snapshot.js';
import type { Resource } from '../../src/model/types.js';
import { WRITERS } from '../../src/report/index.js';
import { buildReport } from '../../src/report/report.js';
import { findingsOf } from '../../src/app/posture.js';

const root = (account: string, mfa: number, name = 'root'): Resource => ({
  uid: `arn:aws:iam::${account}:root`, provider: 'aws', account, region: 'global', type: 'AWS::IAM::RootUser', name, tags: { owner: '=cmd|calc' }, config: { summary: { AccountMFAEnabled: mfa } },
});
const snapshot: Snapshot = {
  schema: SNAPSHOT_SCHEMA, version: 1, id: 'snap', collectedAt: '2026-11-01T00:00:00.000Z', tool: { name: 'mamori', version: 't' },
  scope: { provider: 'aws', accounts: ['111111111111', '222222222222'], regions: ['us-east-1'], services: ['iam'] },
  resources: [root('111111111111', 0, '<script>alert(1)</script>'), root('222222222222', 1)],
  errors: [{ provider: 'aws', account: '222222222222', region: 'us-east-1', service: 'ec2', operation: 'DescribeInstances', code: 'AccessDenied', message: 'denied' }],
};
const rules = [postureRules().get('aws-iam-root-mfa-enabled')!];
const report = buildReport(snapshot, findingsOf(assess(snapshot, { rules }), rules, { at: snapshot.collectedAt }));
const failed = report.findings.find((f) => f.complianceStatus === 'FAIL')!;

describe('report writers', () => {
  for (const writer of Object.values(WRITERS)) {
    for (const lang of ['en', 'ja'] as const) {
      it(`${writer.format} (${lang}) mentions the failed finding and is deterministic`, () => {
        const out = writer.write(report, { lang });
        assert.ok(out.length > 0);
        assert.equal(writer.write(report, { lang }), out);
        if (writer.format !== 'table') assert.ok(out.includes(failed.ruleId), 'names the rule');
      });
    }
  }

  it('json is the whole report', () => {
    const parsed = JSON.parse(WRITERS.json.write(report, { lang: 'en' }));
    assert.equal(parsed.schema, 'mamori.assessment');
    assert.equal(parsed.findings.length, 2);
    assert.equal(parsed.collectionErrors.length, 1);
  });

  it('ocsf gives Compliance Findings (class 2003) with compliance status', () => {
    const items = JSON.parse(WRITERS.ocsf.write(report, { lang: 'en' }));
    assert.equal(items.length, 2);
    for (const item of items) {
      assert.equal(item.class_uid, 2003);
      assert.equal(item.type_uid, 200301);
      assert.equal(item.metadata.version, '1.1.0');
    }
    const fail = items.find((i: { status_code: string }) => i.status_code === 'FAIL');
    assert.equal(fail.compliance.status_id, 3);
    assert.equal(fail.severity_id, 5);
    assert.ok(fail.compliance.requirements.includes('CIS AWS 3.0 1.5'));
    assert.equal(fail.cloud.account.uid, '111111111111');
  });

  it('asff lines are BatchImportFindings requests with the required fields', () => {
    const lines = WRITERS.asff.write(report, { lang: 'en' }).trim().split('\n');
    const findings = lines.flatMap((l) => JSON.parse(l).Findings);
    assert.equal(findings.length, 2);
    for (const f of findings) {
      for (const field of ['SchemaVersion', 'Id', 'ProductArn', 'GeneratorId', 'AwsAccountId', 'Types', 'CreatedAt', 'UpdatedAt', 'Severity', 'Title', 'Description', 'Resources']) {
        assert.ok(f[field] !== undefined, `ASFF field ${field}`);
      }
      assert.match(f.ProductArn, /^arn:aws:securityhub:us-east-1:\d{12}:product\/\d{12}\/default$/);
      assert.ok(f.Title.length <= 256 && f.Description.length <= 1024);
    }
    const fail = findings.find((f: { Compliance: { Status: string } }) => f.Compliance.Status === 'FAILED');
    assert.equal(fail.Severity.Label, 'CRITICAL');
    assert.equal(fail.Compliance.SecurityControlId, 'IAM.9');
  });

  it('asff batches hold at most 100 findings', () => {
    const many = { ...report, findings: Array.from({ length: 250 }, (_, i) => ({ ...failed, id: `${failed.id}-${i}` })) };
    const sizes = WRITERS.asff.write(many, { lang: 'en' }).trim().split('\n').map((l) => JSON.parse(l).Findings.length);
    assert.deepEqual(sizes, [100, 100, 50]);
  });

  it('csv quotes safely and neutralises spreadsheet formulas', () => {
    const rows = WRITERS.csv.write(report, { lang: 'en' }).trim().split('\r\n');
    assert.equal(rows.length, 3);
    assert.ok(rows[0].startsWith('finding_id,kind,source,workflow_status,compliance_status'));
    const csv = WRITERS.csv.write({ ...report, findings: [{ ...failed, reason: '=HYPERLINK("x")', localized: { title: failed.localized?.title } }] }, { lang: 'en' });
    assert.ok(csv.includes(`"'=HYPERLINK(""x"")"`));
  });

  it('html is self-contained, escapes resource data and speaks Japanese', () => {
    const html = WRITERS.html.write(report, { lang: 'ja' });
    assert.ok(!/<script[^>]+src=|<link[^>]+href=|@import|url\(http/i.test(html), 'no external resources');
    assert.ok(!html.includes('<script>alert(1)</script>'));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('緊急度') && html.includes('推奨対応') && html.includes('<html lang="ja">'));
    assert.ok(html.includes('AccessDenied'), 'collection errors are shown');
  });
});

describe('one finding model: writers need no rule list', () => {
  // A finding of a rule no registry knows (an imported check, a rule from a later version): all a
  // writer shows comes from the finding itself.
  const unknownRule = {
    ...failed,
    id: 'mamori-elsewhere-1',
    ruleId: 'acme-bucket-check',
    title: 'Bucket is private',
    localized: { title: { en: 'Bucket is private', ja: 'バケットが非公開である' }, reason: { en: 'Anyone can read it.', ja: '誰でも読み取れます。' } },
    document: {
      description: { en: 'Checks bucket access.', ja: 'バケットのアクセスを確認します。' },
      risk: { en: 'Data leaks.', ja: 'データが漏えいします。' },
      remediation: { en: 'Block public access.', ja: 'パブリックアクセスをブロックします。' },
      references: ['https://example.com/bucket'],
    },
  };
  const single = buildReport(snapshot, [unknownRule]);

  it('ocsf, asff, csv and html speak Japanese from the finding', () => {
    const [ocsf] = JSON.parse(WRITERS.ocsf.write(single, { lang: 'ja' }));
    assert.equal(ocsf.finding_info.title, 'バケットが非公開である');
    assert.equal(ocsf.finding_info.desc, 'バケットのアクセスを確認します。');
    assert.deepEqual(ocsf.remediation, { desc: 'パブリックアクセスをブロックします。', references: ['https://example.com/bucket'] });
    assert.equal(ocsf.status_detail, '誰でも読み取れます。');
    const asff = JSON.parse(WRITERS.asff.write(single, { lang: 'ja' })).Findings[0];
    assert.equal(asff.Title, 'バケットが非公開である');
    assert.equal(asff.Remediation.Recommendation.Text, 'パブリックアクセスをブロックします。');
    assert.equal(asff.Remediation.Recommendation.Url, 'https://example.com/bucket');
    assert.ok(asff.Description.includes('データが漏えいします。'));
    assert.ok(WRITERS.csv.write(single, { lang: 'ja' }).includes('誰でも読み取れます。'));
    const html = WRITERS.html.write(single, { lang: 'ja' });
    assert.ok(html.includes('パブリックアクセスをブロックします。') && html.includes('https://example.com/bucket'));
    // English stays English.
    assert.equal(JSON.parse(WRITERS.ocsf.write(single, { lang: 'en' }))[0].finding_info.title, 'Bucket is private');
  });

  it('json writes each rule document once, not on every finding', () => {
    const twice = { ...report, findings: [unknownRule, { ...unknownRule, id: 'mamori-elsewhere-2' }] };
    const parsed = JSON.parse(WRITERS.json.write(twice, { lang: 'en' }));
    assert.equal(parsed.version, 2);
    assert.deepEqual(Object.keys(parsed.documents), ['acme-bucket-check']);
    assert.equal(parsed.findings.length, 2);
    assert.ok(parsed.findings.every((f: { document?: unknown }) => f.document === undefined));
  });

  it("a mamori rule's findings carry its whole improvement document in both languages", () => {
    const doc = failed.document!;
    assert.ok(doc.description?.ja && doc.risk?.ja && doc.remediation?.ja && doc.console?.ja.length && doc.code?.cli && doc.references?.length);
    assert.equal(doc.urgency?.level, rules[0].urgency);
    // One shared object per rule, not a copy per finding.
    assert.equal(report.findings[0].document, report.findings[1].document);
  });

  it('asff refuses findings of other clouds and leaves manual checks out', () => {
    assert.throws(() => WRITERS.asff.write({ ...report, findings: [{ ...failed, provider: 'gcp' }] }, { lang: 'en' }), /ASFF is the AWS Security Hub format/);
    assert.equal(WRITERS.asff.write({ ...report, findings: [{ ...failed, complianceStatus: 'MANUAL' }] }, { lang: 'en' }), '');
  });
});

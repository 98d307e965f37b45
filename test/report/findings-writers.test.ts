import { repoUrl } from '../paths.js';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { asffBatches } from '../../src/report/asff.js';
import { ASFF_RESOURCE_TYPES, toAsffType } from '../../src/report/asff-types.js';
import { csv, CSV_COLUMNS } from '../../src/report/csv.js';
import { ocsfLines as ocsfJsonl, riskScore } from '../../src/report/ocsf.js';
import { parseFindings } from '../../src/hub/import/index.js';
import type { HubFinding, ObservedFinding } from '../../src/hub/model.js';
import { findingId, type PostureFinding } from '../../src/model/finding.js';
import { toAsffFinding } from '../../src/report/asff.js';
import { postureToObserved } from '../../src/assess/finding.js';
import { firstObservation } from '../../src/hub/lifecycle.js';

const FIXTURES = repoUrl('test/fixtures/import/');
const imported = ['securityhub-get-findings.json', 'guardduty-get-findings.json', 'prowler-ocsf.json', 'trivy-image.json'].flatMap((f) =>
  parseFindings(readFileSync(new URL(f, FIXTURES), 'utf8'), f),
);

/** What the store would make of an observation (the store is not under test here). */
function hub(o: ObservedFinding, over: Partial<HubFinding> = {}): HubFinding {
  const { observedAt, firstObservedAt, sourceWorkflowStatus, active, ...rest } = o;
  void active;
  return {
    ...rest,
    originalSeverity: o.severity,
    workflowStatus: sourceWorkflowStatus ?? 'NEW',
    risk: { level: 'HIGH', likelihood: 'MEDIUM', impact: 'HIGH', factors: ['internet-facing', 'production tag'] },
    firstSeen: firstObservedAt ?? observedAt,
    lastSeen: observedAt,
    timesSeen: 2,
    updatedAt: observedAt,
    userFields: { owner: 'team-a' },
    ...over,
  };
}

const mamoriPosture: HubFinding = hub(
  {
    id: findingId('aws-iam-root-mfa-enabled', 'arn:aws:iam::222222222222:root'),
    kind: 'posture',
    source: 'mamori',
    ruleId: 'aws-iam-root-mfa-enabled',
    title: 'Root user has MFA',
    severity: 'CRITICAL',
    complianceStatus: 'FAIL',
    provider: 'aws',
    account: '222222222222',
    region: 'global',
    resourceUid: 'arn:aws:iam::222222222222:root',
    resourceType: 'AWS::IAM::RootUser',
    resourceName: 'root',
    resourceTags: { owner: '=cmd|calc' },
    frameworks: { 'cis-aws-3.0': ['1.5'], fsbp: ['IAM.9'], 'nist-800-53-r5': ['IA-2(1)'] },
    reason: 'The root user has no MFA device, "really", none',
    observedAt: '2026-11-01T00:00:00.000Z',
  },
  { severity: 'HIGH', workflowStatus: 'SUPPRESSED', userFields: { note: 'line1\nline2' } },
);
const findings: HubFinding[] = [...imported.map((o) => hub(o)), mamoriPosture];
const byKind = (kind: HubFinding['kind']) => findings.find((f) => f.kind === kind)!;

describe('export: OCSF JSON lines', () => {
  const lines = [...ocsfJsonl(findings)];
  const parsed = lines.map((l) => JSON.parse(l));

  it('is one object per line', () => {
    assert.equal(lines.length, findings.length);
    for (const l of lines) assert.ok(l.endsWith('\n') && !l.slice(0, -1).includes('\n'));
  });

  it('uses the OCSF class of each kind', () => {
    const classes = Object.fromEntries(findings.map((f, i) => [f.kind, parsed[i].class_uid]));
    assert.deepEqual(classes, { posture: 2003, threat: 2004, vulnerability: 2002 });
    for (const o of parsed) assert.equal(o.type_uid, o.class_uid * 100 + o.activity_id);
  });

  it('carries status, severity, finding_info, resources, account, risk and mamori fields', () => {
    const i = findings.indexOf(mamoriPosture);
    const o = parsed[i];
    assert.equal(o.status_id, 3);
    assert.equal(o.status, 'Suppressed');
    assert.equal(o.severity_id, 4);
    assert.deepEqual(
      { uid: o.finding_info.uid, title: o.finding_info.title, first: o.finding_info.first_seen_time_dt, last: o.finding_info.last_seen_time_dt },
      { uid: mamoriPosture.id, title: 'Root user has MFA', first: mamoriPosture.firstSeen, last: mamoriPosture.lastSeen },
    );
    assert.equal(o.finding_info.desc, mamoriPosture.reason);
    assert.equal(o.resources[0].uid, 'arn:aws:iam::222222222222:root');
    assert.equal(o.cloud.account.uid, '222222222222');
    assert.equal(o.risk_level, 'High');
    assert.equal(o.risk_level_id, 3);
    assert.equal(o.risk_score, riskScore(mamoriPosture));
    assert.equal(o.risk_score, 38); // MEDIUM(2) × HIGH(3) of 16
    assert.deepEqual(o.unmapped.mamori.userFields, { note: 'line1\nline2' });
    assert.equal(o.unmapped.mamori.timesSeen, 2);
    assert.equal(o.compliance.status, 'Fail');
    assert.deepEqual(o.compliance.requirements, ['CIS AWS 3.0 1.5', 'FSBP IAM.9', 'NIST 800-53 IA-2(1)']);
  });

  it('adds compliance to posture only and vulnerabilities to vulnerability findings', () => {
    const threat = parsed[findings.indexOf(byKind('threat'))];
    assert.equal(threat.compliance, undefined);
    const vuln = parsed[findings.indexOf(byKind('vulnerability'))];
    assert.equal(vuln.vulnerabilities[0].cve.uid, 'CVE-2023-1255');
    assert.deepEqual(vuln.vulnerabilities[0].affected_packages, [{ name: 'openssl', version: '3.0.8', fixed_in_version: '0:3.0.8-r4' }]);
  });
});

describe('export: ASFF batches', () => {
  it('writes at most 100 findings per line', () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ ...mamoriPosture, id: `mamori-${i.toString(16).padStart(32, '0')}` }));
    const lines = [...asffBatches(many)];
    assert.deepEqual(lines.map((l) => JSON.parse(l).Findings.length), [100, 100, 50]);
    assert.deepEqual([...asffBatches([])], []);
  });

  it('sets workflow, compliance, product ARN and the region of global findings', () => {
    const [line] = [...asffBatches([mamoriPosture, hub(imported[0])])];
    const [root, control] = JSON.parse(line).Findings;
    assert.equal(root.Workflow.Status, 'SUPPRESSED');
    assert.equal(root.Compliance.Status, 'FAILED');
    assert.equal(root.Compliance.SecurityControlId, 'IAM.9');
    assert.equal(root.Region, 'us-east-1');
    assert.equal(root.ProductArn, 'arn:aws:securityhub:us-east-1:222222222222:product/222222222222/default');
    assert.equal(root.Resources[0].Type, 'AwsAccount');
    assert.deepEqual(root.Severity, { Label: 'HIGH', Original: 'CRITICAL' });
    assert.deepEqual(root.UserDefinedFields, { note: 'line1\nline2' });
    assert.equal(control.Workflow.Status, 'NOTIFIED');
    assert.equal(control.Resources[0].Type, 'AwsS3Bucket');
    assert.ok(control.Compliance.RelatedRequirements.includes('NIST SP 800-53 Rev. 5/AC-4'));
    for (const f of [root, control]) assert.equal(f.RecordState, 'ACTIVE');
  });

  it('round-trips: importing the export gives the same hub findings back', () => {
    const back = parseFindings([...asffBatches(findings)].join(''), 'hub.asff.jsonl');
    assert.equal(back.length, findings.length);
    for (const [i, f] of findings.entries()) {
      const b = back[i];
      assert.deepEqual(
        [b.id, b.source, b.kind, b.ruleId, b.complianceStatus, b.severity, b.account, b.region, b.resourceUid, b.resourceType, b.resourceName],
        [f.id, f.source, f.kind, f.ruleId, f.complianceStatus, f.originalSeverity, f.account, f.region, f.resourceUid, f.resourceType, f.resourceName],
        f.id,
      );
      assert.deepEqual(b.resourceTags, f.resourceTags);
      assert.equal(b.sourceWorkflowStatus, f.workflowStatus);
      assert.deepEqual(b.frameworks, f.frameworks);
    }
  });

  it("imports a scan report's ASFF under the scan's finding id", () => {
    const posture: PostureFinding = {
      id: mamoriPosture.id,
      kind: 'posture',
      provider: 'aws',
      ruleId: 'aws-iam-root-mfa-enabled',
      status: 'FAIL',
      severity: 'CRITICAL',
      title: { en: 'Root user has MFA', ja: 'ルートユーザーの MFA' },
      reason: 'no MFA',
      resource: { uid: 'arn:aws:iam::222222222222:root', type: 'AWS::IAM::RootUser', name: 'root', account: '222222222222', region: 'global', tags: {} },
      frameworks: { 'cis-aws-3.0': ['1.5'] },
      snapshotId: 's',
      observedAt: '2026-11-01T00:00:00.000Z',
    };
    const [back] = parseFindings(JSON.stringify({ Findings: [toAsffFinding(firstObservation(postureToObserved(posture), { at: posture.observedAt }))] }), 'scan.asff.jsonl');
    assert.equal(back.id, posture.id);
    assert.equal(back.source, 'mamori');
    assert.equal(back.ruleId, 'aws-iam-root-mfa-enabled');
    assert.equal(back.complianceStatus, 'FAIL');
    assert.equal(back.severity, 'CRITICAL');
    assert.deepEqual(back.frameworks, { 'cis-aws-3.0': ['1.5'] });
  });

});

describe('export: CSV', () => {
  const text = [...csv(findings)].join('');
  const rows = text.split('\r\n');

  it('has a header and one row per finding', () => {
    assert.equal(rows[0], CSV_COLUMNS.join(','));
    // Embedded newlines are quoted, so count records by finding id at line start.
    assert.equal(findings.filter((f) => text.includes(`\r\n${f.id},`)).length, findings.length);
  });

  it('quotes per RFC 4180 and neutralises formulas', () => {
    const row = text.slice(text.indexOf(`\r\n${mamoriPosture.id},`) + 2);
    assert.ok(row.includes('"The root user has no MFA device, ""really"", none"'));
    assert.ok(row.includes('"note=line1\nline2"'));
    assert.ok(row.includes('cis-aws-3.0:1.5 fsbp:IAM.9 nist-800-53-r5:IA-2(1)'));
    const hostile = { ...mamoriPosture, title: '=HYPERLINK("http://x")', resourceName: '+1', reason: '@SUM(A1)' };
    const line = [...csv([hostile])][1];
    assert.ok(line.includes(`"'=HYPERLINK(""http://x"")"`));
    assert.ok(line.includes(`,'+1,`));
    assert.ok(line.includes(`,'@SUM(A1),`));
  });
});

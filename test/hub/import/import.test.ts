import { repoUrl } from '../../paths.js';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { MamoriError } from '../../../src/model/errors.js';
import { detectFormat, importFindings, parseFindings } from '../../../src/hub/import/index.js';
import { jsonErrorOffset } from '../../../src/hub/import/json.js';
import { docText } from '../../../src/model/finding.js';

const FIXTURES = repoUrl('test/fixtures/import/');
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const fixturePath = (name: string) => new URL(name, FIXTURES).pathname;

/** Asserts a MamoriError whose message equals or matches `message`. */
function throwsMamori(fn: () => unknown, message: string | RegExp) {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof MamoriError, `MamoriError expected, got ${String(e)}`);
    if (typeof message === 'string') assert.equal(e.message, message);
    else assert.match(e.message, message);
    return true;
  });
}

describe('import: Security Hub ASFF (GetFindings)', async () => {
  const findings = await importFindings(fixturePath('securityhub-get-findings.json'));
  const [control, guardduty, inspector] = findings;

  it('reads all three findings', () => assert.equal(findings.length, 3));

  it('maps an FSBP control finding field by field', () => {
    assert.deepEqual(control, {
      id: control.id,
      kind: 'posture',
      source: 'securityhub',
      ruleId: 'S3.5',
      title: 'S3 general purpose buckets should require requests to use SSL',
      description:
        "This control checks whether an Amazon S3 general purpose bucket has a policy that requires requests to use SSL. The control fails if the bucket policy doesn't require requests to use SSL.",
      document: {
        description: { en: control.description!, ja: '' },
        remediation: { en: 'For information on how to correct this issue, consult the AWS Security Hub controls documentation.', ja: '' },
        references: ['https://docs.aws.amazon.com/console/securityhub/S3.5/remediation'],
      },
      severity: 'MEDIUM',
      complianceStatus: 'FAIL',
      provider: 'aws',
      account: '111111111111',
      region: 'us-east-1',
      resourceUid: 'arn:aws:s3:::example-logs-111111111111',
      resourceType: 'AWS::S3::Bucket',
      resourceName: 'example-logs-111111111111',
      resourceTags: { team: 'platform', env: 'prod' },
      frameworks: {
        fsbp: ['S3.5'],
        'nist-800-53-r5': ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'],
        'pci-dss-4.0': ['4.2.1'],
        'cis-aws-3.0': ['2.1.1'], // the CIS v1.4.0 requirement is dropped
      },
      reason: control.description,
      observedAt: '2024-05-14T06:40:26.220Z',
      firstObservedAt: '2024-03-02T11:14:09.512Z',
      sourceWorkflowStatus: 'NOTIFIED',
      active: true,
    });
    assert.match(control.id, /^import-[0-9a-f]{32}$/);
  });

  it('maps a GuardDuty finding from Security Hub to a threat under its native type', () => {
    assert.equal(guardduty.kind, 'threat');
    assert.equal(guardduty.source, 'guardduty');
    assert.equal(guardduty.ruleId, 'Stealth:IAMUser/CloudTrailLoggingDisabled');
    assert.equal(guardduty.severity, 'LOW');
    assert.equal(guardduty.complianceStatus, null);
    assert.equal(guardduty.region, 'us-east-2');
    assert.equal(guardduty.resourceUid, 'arn:aws:iam::111111111111:role/Admin');
    assert.equal(guardduty.resourceType, 'AWS::IAM::Role');
    assert.deepEqual(guardduty.evidence, {
      action: 'AWS_API_CALL',
      api: 'DeleteTrail',
      serviceName: 'cloudtrail.amazonaws.com',
      remoteIp: '52.94.133.131',
      remoteCountry: 'United States',
      accessKeyId: 'ASIATMJPC7EXAMPLE',
      principalId: 'AROATMJPC7YEXAMPLE:example',
      count: 1,
    });
    assert.equal(guardduty.firstObservedAt, '2023-09-19T14:55:09.000Z');
  });

  it('maps an Inspector finding to a vulnerability', () => {
    assert.equal(inspector.kind, 'vulnerability');
    assert.equal(inspector.source, 'inspector');
    assert.equal(inspector.ruleId, 'CVE-2023-1255');
    assert.equal(inspector.severity, 'MEDIUM');
    assert.equal(inspector.resourceType, 'AwsEcrContainerImage');
    assert.equal(inspector.resourceName, 'browserhostingstack-EXAMPLE-btb1o54yh1jr@sha256:e9e2afad74f4e80511a5cff33d3d989b9797a718425f27e549f5b1f862c058a8');
    assert.deepEqual(inspector.evidence, {
      vulnerabilityId: 'CVE-2023-1255',
      package: 'openssl',
      installedVersion: '3.0.8',
      fixedVersion: '0:3.0.8-r4',
      cvssScore: 5.9,
      exploitAvailable: 'YES',
      fixAvailable: 'YES',
    });
  });

  it('keeps only mapped fields: notes, user-defined fields and raw details stay behind', () => {
    const all = JSON.stringify(findings);
    for (const secret of ['Hunter2', 'ghp_', 'ProductFields', 'OwnerId', 'PrincipalId']) assert.ok(!all.includes(secret), secret);
    // The access key's session principal id is kept (as evidence.principalId): correlation ties the key to its instance by it.
    assert.equal(findings.filter((f) => f.evidence?.principalId).map((f) => f.evidence?.principalId).join(), 'AROATMJPC7YEXAMPLE:example');
  });

  it('maps compliance statuses, record state and the legacy PCI requirement spelling', () => {
    const raw = JSON.parse(fixture('securityhub-get-findings.json'));
    const base = raw.Findings[0];
    const variant = (over: Record<string, unknown>, compliance: Record<string, unknown> = {}) =>
      parseFindings(JSON.stringify({ Findings: [{ ...base, ...over, Compliance: { ...base.Compliance, ...compliance } }] }), 'x.json')[0];
    assert.equal(variant({}, { Status: 'PASSED' }).complianceStatus, 'PASS');
    assert.equal(variant({}, { Status: 'NOT_AVAILABLE' }).complianceStatus, 'NOT_ASSESSED');
    assert.equal(variant({}, { Status: 'WARNING' }).complianceStatus, 'FAIL');
    assert.equal(variant({ RecordState: 'ARCHIVED' }).active, false);
    assert.deepEqual(variant({}, { RelatedRequirements: ['PCI DSS 10.5.2', 'PCI DSS v3.2.1/2.4', 'ISO 27001 A.1'] }).frameworks['pci-dss-3.2.1'], ['10.5.2', '2.4']);
    assert.equal(variant({ Severity: { Normalized: 95 } }).severity, 'CRITICAL');
    // Account-level findings name mamori's account pseudo resource.
    const account = variant({ Resources: [{ Type: 'AwsAccount', Id: 'AWS::::Account:111111111111', Partition: 'aws', Region: 'us-east-1' }] });
    assert.equal(account.resourceUid, 'arn:aws:mamori::111111111111:account');
    assert.equal(account.resourceType, 'AWS::Account');
  });
});

describe('import: GuardDuty (GetFindings)', async () => {
  const findings = await importFindings(fixturePath('guardduty-get-findings.json'));
  const [exfil, probe] = findings;

  it('maps credential exfiltration field by field', () => {
    assert.deepEqual(exfil, {
      id: exfil.id,
      kind: 'threat',
      source: 'guardduty',
      ruleId: 'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS',
      title: 'Credentials for instance role EC2-S3-Reader used from external IP address.',
      description:
        'Credentials created exclusively for an EC2 instance using instance role EC2-S3-Reader have been used from external IP address 198.51.100.23.',
      severity: 'HIGH',
      complianceStatus: null,
      provider: 'aws',
      account: '111111111111',
      region: 'us-east-1',
      resourceUid: 'arn:aws:iam::111111111111:role/EC2-S3-Reader',
      resourceType: 'AWS::IAM::Role',
      resourceName: 'EC2-S3-Reader',
      resourceTags: {},
      frameworks: {},
      reason: exfil.description,
      evidence: {
        action: 'AWS_API_CALL',
        api: 'ListBuckets',
        serviceName: 's3.amazonaws.com',
        remoteIp: '198.51.100.23',
        remoteCountry: 'Exampleland',
        accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
        principalId: 'AROAIOSFODNN7EXAMPLE:i-0a1b2c3d4e5f67890',
        count: 3,
      },
      observedAt: '2024-05-14T09:02:11.118Z',
      firstObservedAt: '2024-05-14T08:21:37.402Z',
      active: true,
    });
  });

  it('maps a port probe to the instance ARN with its tags', () => {
    assert.equal(probe.ruleId, 'Recon:EC2/PortProbeUnprotectedPort');
    assert.equal(probe.severity, 'LOW');
    assert.equal(probe.resourceUid, 'arn:aws:ec2:us-east-1:111111111111:instance/i-0a1b2c3d4e5f67890');
    assert.equal(probe.resourceType, 'AWS::EC2::Instance');
    assert.equal(probe.resourceName, 'bastion');
    assert.deepEqual(probe.resourceTags, { Name: 'bastion', env: 'prod' });
    assert.deepEqual(probe.evidence, { action: 'PORT_PROBE', remoteIp: '203.0.113.77', remoteCountry: 'Exampleland', localPort: 22, count: 12 });
  });

  it('never copies session tokens or instance profile details', () => {
    const all = JSON.stringify(findings);
    for (const secret of ['IQoJb3JpZ2lu', 'sessionToken', 'instance-profile', 'PrincipalId', '10.0.1.25']) assert.ok(!all.includes(secret), secret);
  });

  it('maps the numeric severity scale at its boundaries', () => {
    const raw = JSON.parse(fixture('guardduty-get-findings.json')).Findings[1];
    const at = (severity: number) => parseFindings(JSON.stringify({ ...raw, Severity: severity }), 'gd.json')[0].severity;
    assert.deepEqual([1, 3.9, 4, 6.9, 7, 8.9, 9, 10].map(at), ['LOW', 'LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'HIGH', 'CRITICAL', 'CRITICAL']);
  });

  it('reads a single camelCase finding (EventBridge detail) and archived findings as inactive', () => {
    const event = {
      version: '0',
      'detail-type': 'GuardDuty Finding',
      source: 'aws.guardduty',
      detail: {
        schemaVersion: '2.0', accountId: '111111111111', region: 'us-east-1', partition: 'aws', id: 'abc123', type: 'Recon:EC2/PortProbeUnprotectedPort',
        arn: 'arn:aws:guardduty:us-east-1:111111111111:detector/d/finding/abc123', severity: 5, title: 'probe', updatedAt: '2024-05-14T07:40:12.884Z', createdAt: '2024-05-14T07:00:00.000Z',
        resource: { resourceType: 'Instance', instanceDetails: { instanceId: 'i-1', tags: [{ key: 'Name', value: 'web' }] } },
        service: { serviceName: 'guardduty', archived: true, count: 2 },
      },
    };
    const [f] = parseFindings(JSON.stringify(event), 'event.json');
    assert.equal(f.source, 'guardduty');
    assert.equal(f.severity, 'MEDIUM');
    assert.equal(f.resourceUid, 'arn:aws:ec2:us-east-1:111111111111:instance/i-1');
    assert.equal(f.resourceName, 'web');
    assert.equal(f.active, false);
  });
});

describe('import: Prowler OCSF', async () => {
  const findings = await importFindings(fixturePath('prowler-ocsf.json'));
  const [s3, root, sg] = findings;

  it('maps a FAIL finding field by field', () => {
    assert.deepEqual(s3, {
      id: s3.id,
      kind: 'posture',
      source: 'prowler',
      ruleId: 's3_bucket_secure_transport_policy',
      title: 'Ensure S3 buckets have secure transport policy.',
      description: 'Check if S3 buckets have secure transport policy.',
      document: {
        description: { en: 'Check if S3 buckets have secure transport policy.', ja: '' },
        remediation: { en: 'See the referenced documentation.', ja: '' },
        references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html'],
      },
      severity: 'MEDIUM',
      complianceStatus: 'FAIL',
      provider: 'aws',
      account: '111111111111',
      region: 'us-east-1',
      resourceUid: 'arn:aws:s3:::example-logs-111111111111',
      resourceType: 'AWS::S3::Bucket',
      resourceName: 'example-logs-111111111111',
      resourceTags: { team: 'platform', 'aws:cloudformation:stack-name': 'logging-stack' },
      // FSBP and PCI list the service ("s3") rather than a control: dropped; NIST ids rewritten.
      frameworks: { 'cis-aws-3.0': ['2.1.1'], 'nist-800-53-r5': ['AC-17(2)', 'AC-4', 'SC-8(1)', 'CM-6'] },
      reason: 'S3 Bucket example-logs-111111111111 does not have a bucket policy, thus it allows HTTP requests.',
      observedAt: '2024-05-14T08:40:31.512Z',
    });
  });

  it('maps PASS, the root user and muted findings', () => {
    assert.equal(root.complianceStatus, 'PASS');
    assert.equal(root.severity, 'CRITICAL');
    assert.equal(root.resourceType, 'AWS::IAM::RootUser');
    assert.deepEqual(root.frameworks['pci-dss-4.0'], ['8.4.1']);
    assert.equal(sg.complianceStatus, 'FAIL');
    assert.equal(sg.sourceWorkflowStatus, 'SUPPRESSED');
    assert.equal(sg.resourceType, 'AWS::EC2::SecurityGroup');
  });

  it('also reads class 2003 Compliance Findings', () => {
    const raw = JSON.parse(fixture('prowler-ocsf.json'));
    raw[0].class_uid = 2003;
    assert.equal(detectFormat(JSON.stringify(raw)), 'prowler-ocsf');
    assert.equal(parseFindings(JSON.stringify(raw), 'p.json')[0].id, s3.id);
  });
});

describe('import: Trivy', async () => {
  const findings = await importFindings(fixturePath('trivy-image.json'));

  it('maps a vulnerability field by field', () => {
    const [v] = findings;
    assert.equal(findings.length, 2);
    assert.deepEqual(v, {
      id: v.id,
      kind: 'vulnerability',
      source: 'trivy',
      ruleId: 'CVE-2023-5363',
      title: 'CVE-2023-5363 - libcrypto3',
      description:
        'Issue summary: A bug has been identified in the processing of key and initialisation vector (IV) lengths. This can lead to potential truncation or overruns during the initialisation of some symmetric ciphers.',
      severity: 'HIGH',
      complianceStatus: null,
      provider: 'aws',
      account: '111111111111',
      region: 'us-east-1',
      resourceUid: 'arn:aws:ecr:us-east-1:111111111111:repository/web-frontend/sha256:e9e2afad74f4e80511a5cff33d3d989b9797a718425f27e549f5b1f862c058a8',
      resourceType: 'AwsEcrContainerImage',
      resourceName: 'web-frontend:1.4.2',
      resourceTags: {},
      frameworks: {},
      reason: 'libcrypto3 3.0.8-r3 in 111111111111.dkr.ecr.us-east-1.amazonaws.com/web-frontend:1.4.2 (alpine 3.17.3) is affected; fixed in 3.0.12-r0.',
      evidence: {
        target: '111111111111.dkr.ecr.us-east-1.amazonaws.com/web-frontend:1.4.2 (alpine 3.17.3)',
        package: 'libcrypto3',
        installedVersion: '3.0.8-r3',
        fixedVersion: '3.0.12-r0',
        status: 'fixed',
        cvssScore: 7.5,
        primaryUrl: 'https://avd.aquasec.com/nvd/cve-2023-5363',
      },
      observedAt: '2024-05-14T10:03:17.448Z',
    });
    assert.ok(!JSON.stringify(findings).includes('DB_PASSWORD'));
  });

  it('uses the given time when the report has no CreatedAt', () => {
    const raw = JSON.parse(fixture('trivy-image.json'));
    delete raw.CreatedAt;
    assert.equal(parseFindings(JSON.stringify(raw), 't.json', undefined, { now: '2024-06-01T00:00:00.000Z' })[0].observedAt, '2024-06-01T00:00:00.000Z');
  });
});

describe('import: ids', () => {
  const all = ['securityhub-get-findings.json', 'guardduty-get-findings.json', 'prowler-ocsf.json', 'trivy-image.json'];

  it('are stable across two parses and unique across sources', () => {
    const first = all.flatMap((f) => parseFindings(fixture(f), f).map((x) => x.id));
    const second = all.flatMap((f) => parseFindings(fixture(f), f).map((x) => x.id));
    assert.deepEqual(first, second);
    assert.equal(new Set(first).size, first.length);
  });

  it('differ when the same source id comes from another source', () => {
    const gd = JSON.parse(fixture('guardduty-get-findings.json')).Findings[1];
    const prowler = JSON.parse(fixture('prowler-ocsf.json'))[0];
    prowler.finding_info.uid = gd.Id; // same raw id, different tool
    assert.notEqual(parseFindings(JSON.stringify(prowler), 'p.json')[0].id, parseFindings(JSON.stringify(gd), 'g.json')[0].id);
  });

  it('match for one GuardDuty finding read natively and through Security Hub', () => {
    const native = JSON.parse(fixture('guardduty-get-findings.json')).Findings[0];
    const asff = JSON.parse(fixture('securityhub-get-findings.json')).Findings[1];
    asff.Id = native.Arn;
    asff.ProductFields = {};
    assert.equal(parseFindings(JSON.stringify({ Findings: [asff] }), 'a.json')[0].id, parseFindings(JSON.stringify(native), 'g.json')[0].id);
  });
});

describe('import: format detection', () => {
  it('detects each fixture', () => {
    assert.equal(detectFormat(fixture('securityhub-get-findings.json')), 'asff');
    assert.equal(detectFormat(fixture('guardduty-get-findings.json')), 'guardduty');
    assert.equal(detectFormat(fixture('prowler-ocsf.json')), 'prowler-ocsf');
    assert.equal(detectFormat(fixture('trivy-image.json')), 'trivy');
  });

  it('reads an array of ASFF findings, a GuardDuty array, and ASFF JSON lines', () => {
    const asff = JSON.parse(fixture('securityhub-get-findings.json')).Findings;
    assert.equal(parseFindings(JSON.stringify(asff), 'a.json').length, 3);
    const gd = JSON.parse(fixture('guardduty-get-findings.json')).Findings;
    assert.equal(parseFindings(JSON.stringify(gd), 'g.json').length, 2);
    const lines = `${JSON.stringify({ Findings: asff.slice(0, 2) })}\n${JSON.stringify({ Findings: asff.slice(2) })}\n`;
    assert.equal(detectFormat(lines), 'asff');
    assert.equal(parseFindings(lines, 'a.jsonl').length, 3);
  });

  it('accepts an explicit format and refuses a file of another one', () => {
    assert.equal(parseFindings(fixture('trivy-image.json'), 't.json', 'trivy').length, 2);
    throwsMamori(() => parseFindings(fixture('trivy-image.json'), 'scan.json', 'asff'), 'scan.json: not a recognised ASFF file (it looks like Trivy JSON)');
    throwsMamori(() => parseFindings(fixture('prowler-ocsf.json'), 'p.json', 'guardduty'), 'p.json: not a recognised GuardDuty file (it looks like Prowler OCSF)');
  });

  it('returns nothing for an empty Findings list', () => {
    assert.deepEqual(parseFindings('{"Findings": []}', 'empty.json'), []);
  });
});

describe('import: errors', () => {
  it('names file:line:column for malformed JSON', () => {
    const text = '{\n  "Findings": [\n    {"Id": "a",\n     "Title": x}\n  ]\n}\n';
    throwsMamori(() => parseFindings(text, 'findings.json'), "findings.json:4:15: not valid JSON (Unexpected token 'x')");
    throwsMamori(() => parseFindings('{\n  "Findings": [\n', 'findings.json'), /^findings\.json:3:1: not valid JSON \(Unexpected end of JSON input\)$/);
    throwsMamori(() => parseFindings('{"a": 1,\n "b": 2 "c": 3}', 'f.json'), /^f\.json:2:9: not valid JSON \(Expected ',' or '}' after property value\)$/);
  });

  it('names the line of a bad JSON line', () => {
    const good = JSON.stringify({ Findings: JSON.parse(fixture('securityhub-get-findings.json')).Findings.slice(0, 1) });
    throwsMamori(() => parseFindings(`${good}\n${good}\n{"Findings": [}\n`, 'out.asff.jsonl'), "out.asff.jsonl:3:15: not valid JSON (Unexpected token '}')");
  });

  it('does not echo file content in the message', () => {
    throwsMamori(() => parseFindings('{"SecretAccessKey": wJalrXUtnFEMI}', 'k.json'), /^k\.json:1:21: not valid JSON \(Unexpected token 'w'\)$/);
  });

  it('rejects an unknown format', () => {
    throwsMamori(
      () => parseFindings('{"hello": "world"}', 'findings.json'),
      'findings.json: not a recognised findings file (expected ASFF, GuardDuty, Prowler OCSF or Trivy JSON)',
    );
    throwsMamori(() => parseFindings('42', 'n.json'), /not a recognised findings file/);
  });

  it('names the finding and the missing field, and returns nothing', () => {
    const raw = JSON.parse(fixture('securityhub-get-findings.json'));
    raw.Findings.push(structuredClone(raw.Findings[0]));
    delete raw.Findings[3].AwsAccountId;
    throwsMamori(() => parseFindings(JSON.stringify(raw), 'findings.json'), 'findings.json: Findings[3]: missing AwsAccountId');
    const gd = JSON.parse(fixture('guardduty-get-findings.json'));
    delete gd.Findings[1].Type;
    throwsMamori(() => parseFindings(JSON.stringify(gd), 'gd.json'), 'gd.json: Findings[1]: missing Type');
    const prowler = JSON.parse(fixture('prowler-ocsf.json'));
    delete prowler[2].cloud;
    throwsMamori(() => parseFindings(JSON.stringify(prowler), 'p.json'), 'p.json: [2]: missing cloud.account.uid');
    const trivy = JSON.parse(fixture('trivy-image.json'));
    delete trivy.Results[0].Vulnerabilities[1].VulnerabilityID;
    throwsMamori(() => parseFindings(JSON.stringify(trivy), 't.json'), 't.json: Results[0].Vulnerabilities[1]: missing VulnerabilityID');
  });

  it('reports unreadable files', async () => {
    await assert.rejects(importFindings(fixturePath('does-not-exist.json')), (e: unknown) => e instanceof MamoriError && /does-not-exist\.json: cannot read \(no such file\)$/.test(e.message));
  });

  it('finds the error offset the way JSON.parse would', () => {
    for (const bad of ['{"a":1 "b"}', '[1,2,]', '{"a": tru}', '{"a":"\\q"}', '{"a":1}}', '{"a":', '']) {
      assert.throws(() => JSON.parse(bad));
      const at = jsonErrorOffset(bad);
      assert.ok(at >= 0 && at <= bad.length, bad);
    }
    assert.equal(jsonErrorOffset('{"a":1 "b"}'), 7);
    assert.equal(jsonErrorOffset('{"a":1}}'), 7);
  });
});

describe('imported findings carry what their source says about fixing them', () => {
  it('ASFF Remediation and Prowler remediation become the finding document (English; Japanese falls back)', () => {
    const hub = parseFindings(readFileSync(new URL('securityhub-get-findings.json', FIXTURES), 'utf8'), 'securityhub-get-findings.json');
    const s3 = hub.find((f) => f.document?.references?.includes('https://docs.aws.amazon.com/console/securityhub/S3.5/remediation'));
    assert.ok(s3, 'the Security Hub control finding keeps its remediation URL');
    assert.ok(s3.document?.remediation?.en);
    assert.equal(docText(s3.document?.remediation, 'ja'), s3.document?.remediation?.en, 'no Japanese: English is shown');
    const prowler = parseFindings(readFileSync(new URL('prowler-ocsf.json', FIXTURES), 'utf8'), 'prowler-ocsf.json');
    assert.ok(prowler.some((f) => f.document?.remediation?.en && f.document.references?.length));
  });
});

describe('import: compressed and empty files', () => {
  it('reads a gzipped export as the file it holds, and an empty file is one clear error', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { gzipSync } = await import('node:zlib');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'mamori-import-'));
    const gz = join(dir, 'securityhub.json.gz');
    writeFileSync(gz, gzipSync(fixture('securityhub-get-findings.json')));
    assert.equal((await importFindings(gz)).length, (await importFindings(fixturePath('securityhub-get-findings.json'))).length);
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '\n');
    await assert.rejects(importFindings(empty), { code: 'IMPORT_EMPTY', message: /empty\.json: the file is empty/ });
    const broken = join(dir, 'broken.json.gz');
    writeFileSync(broken, Buffer.from([0x1f, 0x8b, 0, 1, 2]));
    await assert.rejects(importFindings(broken), { code: 'IMPORT_READ', message: /not a readable gzip file/ });
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_RULES_DIR, BUILTIN_RULES_DIRS, detect } from '../../../src/detect/pipeline.js';
import { fromGcpAudit } from '../../../src/providers/gcp/read/audit.js';
import { compileRuleSet, loadDetectionRules, parseRuleText, resolveRules, testRules } from '../../../src/detect/rules/index.js';
import { gcpFieldPath } from '../../../src/detect/rules/load.js';
import type { CloudEvent } from '../../../src/model/event.js';
import { auditEntry, listCall } from '../read/gcp-entries.js';

const ev = (e: Record<string, unknown>) => fromGcpAudit(e) as CloudEvent;

// SigmaHQ rules/cloud/gcp/audit, as published (ids and texts unchanged but for the description).
const SIGMA_KEY_CREATED = `title: Google Cloud Service Account Key Created
id: 5a454dc4-a1bb-4e1d-a735-7e65d5110c4a
status: experimental
description: Detects creation of new service account keys in Google Cloud.
tags:
    - attack.persistence
    - attack.privilege-escalation
    - attack.t1098.001
logsource:
    product: gcp
    service: gcp.audit
detection:
    selection:
        gcp.audit.method_name|endswith: '.serviceAccounts.keys.create'
    condition: selection
level: high
`;
const SIGMA_FIREWALL_SSH = `title: Google Cloud Compute Firewall Ingress Allow All SSH
id: d45e2231-1e8c-4fcc-8b2c-6ab7870a4445
status: experimental
tags:
    - attack.initial-access
    - attack.t1090
logsource:
    product: gcp
    service: gcp.audit
detection:
    selection_method:
        gcp.audit.method_name|endswith:
            - '.firewalls.insert'
            - '.firewalls.patch'
            - '.firewalls.update'
    selection_config:
        gcp.audit.request.source_ranges: '0.0.0.0/0'
        gcp.audit.request.alloweds.ports: 22
        gcp.audit.request.direction: 'INGRESS'
    condition: all of selection_*
level: medium
`;
const SIGMA_SINK = `title: Google Cloud Log Sink Disabled or Deleted
id: f5891a32-9d8c-4fcc-8b2c-6ab7870a3334
status: experimental
tags:
    - attack.stealth
    - attack.defense-impairment
    - attack.t1685
logsource:
    product: gcp
    service: gcp.audit
detection:
    selection_delete:
        gcp.audit.method_name|endswith: '.DeleteSink'
    selection_disable:
        gcp.audit.method_name|endswith: '.UpdateSink'
        gcp.audit.request.sink.disabled: true
    condition: 1 of selection_*
level: medium
`;
const SIGMA_ACCESS_POLICY = `title: GCP Access Policy Deleted
id: 32438676-1dba-4ac7-bf69-b86cba995e05
status: experimental
logsource:
    product: gcp
    service: gcp.audit
detection:
    selection:
        data.protoPayload.authorizationInfo.permission:
            - 'accesscontextmanager.accessPolicies.delete'
        data.protoPayload.authorizationInfo.granted: 'true'
        data.protoPayload.serviceName: 'accesscontextmanager.googleapis.com'
    condition: selection
level: medium
`;
const SIGMA_BREAKGLASS = `title: GCP Break-glass Container Workload Deployed
id: 76737c19-66ee-4c07-b65a-a03301d1573d
logsource:
    product: gcp
    service: gcp.audit
detection:
    selection:
        data.protoPayload.resource.type: 'k8s_cluster'
        data.protoPayload.methodName: 'io.k8s.core.v1.pods.create'
    keywords:
        - 'image-policy.k8s.io/break-glass'
    condition: selection and keywords
level: medium
`;

function load(text: string) {
  const parsed = parseRuleText(text, 'sigma.yml');
  return { rules: resolveRules(parsed.rules).rules, issues: parsed.issues };
}

describe('Google Cloud rules: loading', () => {
  it('maps Sigma gcp.audit field names onto LogEntry paths', () => {
    assert.equal(gcpFieldPath('gcp.audit.method_name'), 'protoPayload.methodName');
    assert.equal(gcpFieldPath('gcp.audit.request.source_ranges'), 'protoPayload.request.sourceRanges');
    assert.equal(gcpFieldPath('gcp.audit.authentication_info.principal_email'), 'protoPayload.authenticationInfo.principalEmail');
    assert.equal(gcpFieldPath('gcp.audit.request_metadata.caller_ip'), 'protoPayload.requestMetadata.callerIp');
    assert.equal(gcpFieldPath('gcp.audit.request.proto_name'), 'protoPayload.request.@type');
    assert.equal(gcpFieldPath('gcp.audit.logentry_operation.id'), 'operation.id');
    assert.equal(gcpFieldPath('data.protoPayload.serviceName'), 'protoPayload.serviceName');
    assert.equal(gcpFieldPath('protoPayload.methodName'), 'protoPayload.methodName');
    assert.equal(gcpFieldPath('resource.labels.project_id'), 'resource.labels.project_id');
    assert.equal(gcpFieldPath('mamori.gcp.external_roles'), 'mamori.gcp.external_roles');
    assert.equal(gcpFieldPath('eventName'), undefined);
  });

  it('loads public Sigma GCP rules as they are, and they match real entries', () => {
    const { rules, issues } = load([SIGMA_KEY_CREATED, SIGMA_FIREWALL_SSH, SIGMA_SINK, SIGMA_ACCESS_POLICY].join('---\n'));
    assert.deepEqual(issues, []);
    assert.equal(rules.length, 4);
    assert.deepEqual(rules[0].logsource, { product: 'gcp', service: 'gcpaudit' });
    assert.deepEqual(rules[0].techniques, ['T1098.001']);
    const set = compileRuleSet(rules);
    const names = (e: Record<string, unknown>) => set.process(ev(e)).map((h) => h.rule.title);
    // The IAM API's v1 REST method name for key creation (as the audit log of a REST call names it).
    assert.deepEqual(names(auditEntry({}, { methodName: 'google.iam.admin.v1.projects.serviceAccounts.keys.create' })), ['Google Cloud Service Account Key Created']);
    const fw = auditEntry({}, {
      serviceName: 'compute.googleapis.com',
      methodName: 'v1.compute.firewalls.insert',
      request: { name: 'ssh', direction: 'INGRESS', alloweds: [{ IPProtocol: 'tcp', ports: ['22'] }], sourceRanges: ['0.0.0.0/0'], '@type': 'type.googleapis.com/compute.firewalls.insert' },
    });
    assert.deepEqual(names(fw), ['Google Cloud Compute Firewall Ingress Allow All SSH']);
    const fw443 = auditEntry({}, { serviceName: 'compute.googleapis.com', methodName: 'v1.compute.firewalls.insert', request: { direction: 'INGRESS', alloweds: [{ IPProtocol: 'tcp', ports: ['443'] }], sourceRanges: ['0.0.0.0/0'] } });
    assert.deepEqual(names(fw443), []);
    const disabled = auditEntry({}, { serviceName: 'logging.googleapis.com', methodName: 'google.logging.v2.ConfigServiceV2.UpdateSink', request: { sink: { name: 's', disabled: true } } });
    assert.deepEqual(names(disabled), ['Google Cloud Log Sink Disabled or Deleted']);
    const acm = auditEntry({}, { serviceName: 'accesscontextmanager.googleapis.com', methodName: 'google.identity.accesscontextmanager.v1.AccessContextManager.DeleteAccessPolicy', authorizationInfo: [{ permission: 'accesscontextmanager.accessPolicies.delete', granted: true }] });
    assert.deepEqual(names(acm), ['GCP Access Policy Deleted']);
  });

  it('runs Sigma keyword searches over the whole entry', () => {
    const breakglass = load(SIGMA_BREAKGLASS);
    assert.deepEqual(breakglass.issues, []);
    const set = compileRuleSet(breakglass.rules);
    const pod = (annotations: Record<string, string>) =>
      ev(auditEntry({ resource: { type: 'k8s_cluster', labels: { project_id: 'prod-app-7', cluster_name: 'prod', location: 'us-central1' } } }, {
        serviceName: 'k8s.io',
        methodName: 'io.k8s.core.v1.pods.create',
        resource: { type: 'k8s_cluster' },
        request: { kind: 'Pod', apiVersion: 'v1', metadata: { name: 'debug', annotations } },
      }));
    // Keywords are searched in values, not property names: the annotation's name alone is not enough.
    assert.equal(set.process(pod({ 'image-policy.k8s.io/break-glass': 'true' })).length, 0);
    assert.equal(set.process(pod({ 'image-policy.k8s.io/break-glass': 'true', note: 'image-policy.k8s.io/break-glass used by on-call' })).length, 1);
    assert.equal(set.process(pod({ team: 'web' })).length, 0);
  });

  it('reports what it cannot run: fields that are not in a LogEntry, other Google logs', () => {
    const unknown = load(SIGMA_KEY_CREATED.replace('gcp.audit.method_name|endswith', 'winlog.event_id|endswith'));
    assert.equal(unknown.issues[0].kind, 'unsupported');
    assert.match(unknown.issues[0].message, /field "winlog.event_id" is not a Cloud Audit Log field/);
    assert.equal(unknown.issues[0].line, 14);
    const workspace = load(SIGMA_KEY_CREATED.replace('service: gcp.audit', 'service: google_workspace.admin'));
    assert.match(workspace.issues[0].message, /gcp\/google_workspace.admin is not a supported Google Cloud log/);
  });

  it('a Sigma correlation over a GCP rule groups by Sigma field names', () => {
    const correlation = `title: Many keys
id: 0b6c1a5e-5a59-4a43-9d0e-3f1d2c7b9a10
correlation:
    type: event_count
    rules: [5a454dc4-a1bb-4e1d-a735-7e65d5110c4a]
    group-by: [gcp.audit.authentication_info.principal_email]
    timespan: 10m
    condition: {gte: 3}
level: high
`;
    const { rules, issues } = load([SIGMA_KEY_CREATED, correlation].join('---\n'));
    assert.deepEqual(issues, []);
    const corr = rules.find((r) => r.correlation)!;
    assert.deepEqual(corr.logsource, { product: 'gcp', service: 'gcpaudit' });
    assert.deepEqual(corr.aggregation?.groupBy, ['protoPayload.authenticationInfo.principalEmail']);
    const set = compileRuleSet(rules);
    const key = (t: string, who: string) => ev(auditEntry({ timestamp: t }, { methodName: 'google.iam.admin.v1.projects.serviceAccounts.keys.create', authenticationInfo: { principalEmail: who } }));
    for (const [t, who] of [['2026-11-20T03:00:00Z', 'a@example.com'], ['2026-11-20T03:01:00Z', 'b@example.com'], ['2026-11-20T03:02:00Z', 'a@example.com'], ['2026-11-20T03:03:00Z', 'a@example.com']]) set.process(key(t, who));
    const hits = set.flush();
    assert.equal(hits.length, 1);
    assert.deepEqual(hits[0].dedupKey, { 'protoPayload.authenticationInfo.principalEmail': 'a@example.com' });
  });

  it('indexes Google Cloud rules by methodName and serviceName: an event meets only its candidates', async () => {
    const { rules, issues } = await loadDetectionRules([BUILTIN_RULES_DIRS.gcp]);
    assert.deepEqual(issues, []);
    const set = compileRuleSet(rules);
    const names = (e: Record<string, unknown>) => set.candidates(ev(e)).map((r) => r.name);
    const keyCreated = names(auditEntry());
    assert.ok(keyCreated.includes('gcp-audit-sa-key-created'));
    assert.ok(!keyCreated.includes('gcp-audit-firewall-open-to-world'));
    assert.ok(!keyCreated.includes('gcp-audit-kms-key-version-destroyed'));
    const kms = names(auditEntry({}, { serviceName: 'cloudkms.googleapis.com', methodName: 'google.cloud.kms.v1.KeyManagementService.DestroyCryptoKeyVersion' }));
    assert.ok(kms.includes('gcp-audit-kms-key-version-destroyed'));
    assert.ok(!kms.includes('gcp-audit-sa-key-created'));
    // A CloudTrail event never meets a Google Cloud rule.
    const ct = { id: 'x', source: 'cloudtrail' as const, time: '', timeMs: 0, account: '', region: '', resources: [], raw: { eventSource: 'iam.amazonaws.com', eventName: 'CreateAccessKey' } };
    assert.deepEqual(set.candidates(ct), []);
  });

  it('the built-in rules cover every provider folder, and their tests pass', async () => {
    const { rules, issues } = await loadDetectionRules([BUILTIN_RULES_DIR]);
    assert.deepEqual(issues, []);
    const gcp = rules.filter((r) => r.logsource.product === 'gcp');
    assert.ok(gcp.length >= 22, `${gcp.length} Google Cloud rules`);
    assert.ok(rules.some((r) => r.logsource.product === 'aws'));
    for (const r of gcp) {
      assert.ok(r.title_ja && r.description_ja, `${r.name}: ja`);
      assert.ok(r.techniques.length && r.tactics.length, `${r.name}: ATT&CK`);
      assert.ok(r.falsepositives.length && r.references.length && r.dedup.length, `${r.name}: falsepositives, references, dedup`);
      assert.ok(r.tests.some((t) => t.match) && r.tests.some((t) => !t.match && /look-alike/.test(t.name)), `${r.name}: positive and look-alike tests`);
    }
    const failed = testRules(gcp).filter((t) => !t.passed);
    assert.deepEqual(failed, []);
  });

  it('orgDomains: the rule set option, and a case\'s own enrichment', async () => {
    const { rules } = await loadDetectionRules([join(BUILTIN_RULES_DIRS.gcp, 'audit', 'gcp-audit-iam-privileged-role-external.yml')]);
    const grant = auditEntry({}, { methodName: 'SetIamPolicy', serviceName: 'cloudresourcemanager.googleapis.com', authenticationInfo: { principalEmail: 'terraform-ci@prod-app-7.iam.gserviceaccount.com' }, serviceData: { policyDelta: { bindingDeltas: [{ action: 'ADD', role: 'roles/editor', member: 'user:ops@contoso.net' }] } } });
    assert.equal(compileRuleSet(rules).process(ev(grant)).length, 0);
    assert.equal(compileRuleSet(rules, { orgDomains: ['example.com'] }).process(ev(grant)).length, 1);
    assert.equal(compileRuleSet(rules, { orgDomains: ['example.com'] }).process(ev(grant), { orgDomains: ['contoso.net'] }).length, 0);
  });
});

describe('Google Cloud detection end to end', () => {
  it('a sink folder through detect(): signals carry the project, principal, key and provider', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mamori-gcp-detect-'));
    try {
      const hour = join(dir, 'cloudaudit.googleapis.com', 'data_access', '2026', '11', '20');
      mkdirSync(hour, { recursive: true });
      const denied = Array.from({ length: 25 }, (_, i) => listCall(`2026-11-20T03:00:${String(i * 2).padStart(2, '0')}Z`, undefined, { status: { code: 7, message: 'Permission denied' } }));
      writeFileSync(join(hour, '03:00:00_03:59:59_S0.json'), denied.map((e) => JSON.stringify(e)).join('\n') + '\n');
      const r = await detect({ inputs: [dir], intel: [] });
      assert.deepEqual(r.readIssues, []);
      assert.equal(r.events, 25);
      const s = r.signals.find((x) => x.ruleId === 'gcp-audit-permission-denied-burst');
      assert.ok(s, JSON.stringify(r.byRule));
      assert.equal(s.provider, 'gcp');
      assert.equal(s.account, 'prod-app-7');
      assert.equal(s.actor?.email, 'backup-runner@prod-app-7.iam.gserviceaccount.com');
      assert.match(s.actor?.accessKeyId ?? '', /keys\/9a8b7c6d/);
      assert.deepEqual(s.sourceIps, ['203.0.113.24']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

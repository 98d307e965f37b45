/**
 * The guardrail audit over small organisations: an OU-level SCP counts for the accounts under the
 * OU only (Organizations User Guide › SCP evaluation: inheritance down the path), a missing RCP is
 * missing, the management account is outside SCPs and RCPs, a member-account scan is unknown, and
 * declarative policies follow their inheritance rules.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { auditGuardrails, baselineChecklist, policyJson, BASELINE_ITEMS, GUARDRAILS_BY_ID, type AuthorizationGuardrail, type GuardrailStatus } from '../../../../src/providers/aws/guardrails/index.js';
import type { Resource } from '../../../../src/model/types.js';
import { MGMT, OU, ROOT, SANDBOX, WORKLOAD, doc, membership, organization, type OrgPolicySpec } from '../../../../rules/posture/aws/guardrails/fixture-helpers.js';

const statusOf = (resources: Resource[], account: string, id: string): GuardrailStatus | undefined =>
  auditGuardrails(resources).account(account).checks.find((c) => c.id === id)?.status;

// The organisation's own wording, not the catalogue's: a wildcard action at the OU.
const ouDenyLeave: OrgPolicySpec = { id: 'p-ou1', name: 'NoLeaving', type: 'SERVICE_CONTROL_POLICY', content: doc({ Sid: 'Stay', Effect: 'Deny', Action: ['organizations:Leave*'], Resource: '*' }), targets: [OU] };
const rootImds: OrgPolicySpec = {
  id: 'p-dp1', name: 'ImdsV2', type: 'DECLARATIVE_POLICY_EC2',
  content: { ec2_attributes: { instance_metadata_defaults: { http_tokens: { '@@assign': 'required' } } } }, targets: [ROOT],
};

describe('guardrail audit', () => {
  const snapshot = organization([ouDenyLeave, rootImds]);
  const audit = auditGuardrails(snapshot);

  it('an OU-level SCP is in place for the accounts under the OU, naming the policy and the OU', () => {
    const check = audit.account(WORKLOAD).checks.find((c) => c.id === 'scp-deny-leave-organization')!;
    assert.equal(check.status, 'in-place');
    assert.deepEqual(check.providedBy, [{ policy: 'NoLeaving', target: OU, targetName: 'Workloads', detail: 'Stay' }]);
    assert.match(check.reason.en, /NoLeaving @ Workloads/);
  });

  it('the same SCP does not protect an account outside the OU', () => {
    const check = audit.account(SANDBOX).checks.find((c) => c.id === 'scp-deny-leave-organization')!;
    assert.equal(check.status, 'missing');
    assert.deepEqual(check.gaps.map((g) => g.en), ['leave the organisation']);
  });

  it('RCPs enabled but none attached: every RCP guardrail is missing', () => {
    for (const id of ['rcp-organization-only-access', 'rcp-enforce-secure-transport', 'rcp-confused-deputy-protection']) {
      assert.equal(statusOf(snapshot, WORKLOAD, id), 'missing', id);
    }
  });

  it('the catalogue RCP attached at the root puts the guardrail in place for every member account', () => {
    const g = GUARDRAILS_BY_ID.get('rcp-organization-only-access') as AuthorizationGuardrail;
    const rcp: OrgPolicySpec = { id: 'p-rcp1', name: 'Perimeter', type: 'RESOURCE_CONTROL_POLICY', content: JSON.parse(policyJson(g, { ...audit.account(WORKLOAD).params })), targets: [ROOT] };
    const withRcp = organization([ouDenyLeave, rcp]);
    assert.equal(statusOf(withRcp, WORKLOAD, 'rcp-organization-only-access'), 'in-place');
    assert.equal(statusOf(withRcp, SANDBOX, 'rcp-organization-only-access'), 'in-place');
    // Rendered with another organisation's id, the member's own principals would be denied too: not this guardrail.
    const wrongOrg: OrgPolicySpec = { ...rcp, content: JSON.parse(policyJson(g, { ...audit.account(WORKLOAD).params, organizationId: 'o-someoneelse' })) };
    assert.equal(statusOf(organization([wrongOrg]), WORKLOAD, 'rcp-organization-only-access'), 'missing');
  });

  it('SCPs and RCPs never restrict the management account: not applicable there', () => {
    assert.equal(statusOf(snapshot, MGMT, 'scp-deny-leave-organization'), 'not-applicable');
    assert.equal(statusOf(snapshot, MGMT, 'rcp-enforce-secure-transport'), 'not-applicable');
  });

  it('a blanket deny (quarantine SCP) is not mistaken for a specific guardrail', () => {
    const quarantine: OrgPolicySpec = { id: 'p-q', name: 'Quarantine', type: 'SERVICE_CONTROL_POLICY', content: doc({ Effect: 'Deny', Action: '*', Resource: '*' }), targets: [SANDBOX] };
    const s = organization([quarantine]);
    assert.equal(statusOf(s, SANDBOX, 'scp-deny-leave-organization'), 'missing');
    assert.equal(statusOf(s, SANDBOX, 'scp-region-restriction'), 'missing');
  });

  it('a region restriction written for other Regions still counts; some security services protected is partial', () => {
    const regions: OrgPolicySpec = {
      id: 'p-r', name: 'EuOnly', type: 'SERVICE_CONTROL_POLICY', targets: [ROOT],
      content: doc({ Effect: 'Deny', NotAction: ['iam:*', 'sts:*', 'organizations:*'], Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } } }),
    };
    const trailOnly: OrgPolicySpec = { id: 'p-t', name: 'KeepTrail', type: 'SERVICE_CONTROL_POLICY', targets: [ROOT], content: doc({ Effect: 'Deny', Action: ['cloudtrail:StopLogging', 'cloudtrail:DeleteTrail'], Resource: '*' }) };
    const s = organization([regions, trailOnly]);
    assert.equal(statusOf(s, SANDBOX, 'scp-region-restriction'), 'in-place');
    const sec = auditGuardrails(s).account(SANDBOX).checks.find((c) => c.id === 'scp-protect-security-services')!;
    assert.equal(sec.status, 'partial');
    assert.deepEqual(sec.gaps.map((g) => g.en), ['delete the GuardDuty detector', 'stop the AWS Config recorder', 'disable Security Hub']);
  });

  it('declarative policies: the root\'s IMDSv2 default is in place everywhere, an account-level override breaks it', () => {
    assert.equal(statusOf(snapshot, WORKLOAD, 'declarative-imds-v2-default'), 'in-place');
    assert.equal(statusOf(snapshot, WORKLOAD, 'declarative-serial-console-disabled'), 'missing');
    const override: OrgPolicySpec = { id: 'p-dp2', name: 'LegacyImds', type: 'DECLARATIVE_POLICY_EC2', targets: [SANDBOX], content: { ec2_attributes: { instance_metadata_defaults: { http_tokens: { '@@assign': 'optional' } } } } };
    const s = organization([rootImds, override]);
    assert.equal(statusOf(s, SANDBOX, 'declarative-imds-v2-default'), 'missing');
    assert.equal(statusOf(s, WORKLOAD, 'declarative-imds-v2-default'), 'in-place');
  });

  it('declarative policies not enabled on the root: missing', () => {
    assert.equal(statusOf(organization([rootImds], { policyTypes: ['SERVICE_CONTROL_POLICY'] }), WORKLOAD, 'declarative-imds-v2-default'), 'missing');
  });

  it('a member-account scan (organisation policies not collected) is unknown, never in place or missing', () => {
    const memberScan = [membership(WORKLOAD)];
    const checks = auditGuardrails(memberScan).account(WORKLOAD).checks;
    for (const c of checks) assert.equal(c.status, 'unknown', c.id);
  });

  it('an SCP whose content could not be read makes an unproven guardrail unknown, not missing', () => {
    const unreadable: OrgPolicySpec = { id: 'p-x', name: 'Unreadable', type: 'SERVICE_CONTROL_POLICY', content: undefined, targets: [ROOT] };
    const s = organization([ouDenyLeave, unreadable]);
    assert.equal(statusOf(s, SANDBOX, 'scp-deny-leave-organization'), 'unknown');
    assert.equal(statusOf(s, WORKLOAD, 'scp-deny-leave-organization'), 'in-place');
  });

  it('a standalone account has every guardrail missing', () => {
    const checks = auditGuardrails([membership(SANDBOX, false)]).account(SANDBOX).checks;
    for (const c of checks) assert.equal(c.status, 'missing', c.id);
  });
});

// IAM User Guide › Centrally manage root access for member accounts: two organisation-wide
// features (RootCredentialsManagement, RootSessions), listed by iam:ListOrganizationsFeatures from
// the management account; they need trusted access for IAM in Organizations.
describe('guardrail audit: centralised root access', () => {
  const withFeatures = (features: string[] | null | undefined, errors?: Record<string, string>): Resource[] =>
    organization([]).map((r) => {
      if (r.type !== 'AWS::Organizations::Organization') return r;
      const config = { ...r.config };
      if (features !== undefined) config.rootAccessFeatures = features;
      return { ...r, config, ...(errors ? { errors } : {}) };
    });
  const rootCheck = (resources: Resource[], account: string) => auditGuardrails(resources).account(account).checks.find((c) => c.id === 'centralized-root-access')!;

  it('both features enabled: in place for every member account, provided at the root', () => {
    const c = rootCheck(withFeatures(['RootCredentialsManagement', 'RootSessions']), WORKLOAD);
    assert.equal(c.status, 'in-place');
    assert.deepEqual(c.providedBy, [{ policy: 'IAM centralised root access', target: ROOT, targetName: 'Root', detail: 'RootCredentialsManagement, RootSessions' }]);
    assert.equal(rootCheck(withFeatures(['RootCredentialsManagement', 'RootSessions']), SANDBOX).status, 'in-place');
  });

  it('one feature only: partial, with the other as the gap', () => {
    const c = rootCheck(withFeatures(['RootCredentialsManagement']), WORKLOAD);
    assert.equal(c.status, 'partial');
    assert.equal(c.gaps.length, 1);
    assert.match(c.gaps[0].en, /root-only tasks/);
    assert.match(c.reason.en, /RootSessions not enabled/);
  });

  it('none enabled, or trusted access for IAM off: missing, with both gaps', () => {
    for (const features of [[], null]) {
      const c = rootCheck(withFeatures(features), WORKLOAD);
      assert.equal(c.status, 'missing', JSON.stringify(features));
      assert.equal(c.gaps.length, 2);
    }
    assert.match(rootCheck(withFeatures(null), WORKLOAD).reason.en, /trusted access for IAM/);
  });

  it('the management account keeps its own root user: not applicable', () => {
    assert.equal(rootCheck(withFeatures([]), MGMT).status, 'not-applicable');
  });

  it('not readable, read by the wrong delegated administrator, or never collected: unknown with the reason', () => {
    const denied = rootCheck(withFeatures(undefined, { rootAccessFeatures: 'AccessDenied' }), WORKLOAD);
    assert.equal(denied.status, 'unknown');
    assert.match(denied.reason.en, /AccessDenied/);
    const delegated = rootCheck(withFeatures(undefined, { rootAccessFeatures: 'NotIamAdministrator' }), WORKLOAD);
    assert.equal(delegated.status, 'unknown');
    assert.match(delegated.reason.en, /scan the management account/);
    const old = rootCheck(withFeatures(undefined), WORKLOAD);
    assert.equal(old.status, 'unknown');
    assert.match(old.reason.en, /collect again/);
  });

  it('a member-account scan without the organisation is unknown; a standalone account is missing', () => {
    assert.equal(rootCheck([membership(WORKLOAD)], WORKLOAD).status, 'unknown');
    assert.equal(rootCheck([membership(SANDBOX, false)], SANDBOX).status, 'missing');
  });
});

describe('baseline checklist', () => {
  const f = (ruleId: string, status: 'PASS' | 'FAIL' | 'NOT_ASSESSED' | 'MANUAL', account: string, uid = `${ruleId}/${account}/${Math.random()}`) => ({ ruleId, status, resource: { account, uid } });

  it('combines a regional rule\'s results per account and names the rule that decides each item', () => {
    const [a] = baselineChecklist([
      f('aws-guardduty-enabled', 'PASS', WORKLOAD),
      f('aws-guardduty-enabled', 'FAIL', WORKLOAD, 'region/eu-west-1'),
      f('aws-securityhub-enabled', 'PASS', WORKLOAD),
      f('aws-config-recorder-enabled-all-regions', 'NOT_ASSESSED', WORKLOAD, 'region/us-east-1'),
      f('aws-organizations-central-identity', 'MANUAL', WORKLOAD),
      f('aws-s3-bucket-not-public', 'FAIL', WORKLOAD),
    ]);
    const item = (id: string) => a.items.find((i) => i.id === id)!;
    assert.equal(a.account, WORKLOAD);
    assert.deepEqual({ status: item('guardduty').status, resources: item('guardduty').resources, rule: item('guardduty').ruleId }, { status: 'fail', resources: ['region/eu-west-1'], rule: 'aws-guardduty-enabled' });
    assert.equal(item('securityhub').status, 'pass');
    assert.equal(item('config').status, 'not-assessed');
    assert.equal(item('identity-center').status, 'manual');
    assert.equal(item('cloudtrail').status, 'not-run');
    assert.equal(item('budget-alerts').status, 'not-run');
  });

  it('budget alerts are decided by aws-budgets-cost-alert-configured, per account', () => {
    const list = baselineChecklist([f('aws-budgets-cost-alert-configured', 'PASS', MGMT), f('aws-budgets-cost-alert-configured', 'FAIL', WORKLOAD, `arn:aws:mamori::${WORKLOAD}:account`)]);
    const budget = (account: string) => list.find((a) => a.account === account)!.items.find((i) => i.id === 'budget-alerts')!;
    assert.equal(budget(MGMT).ruleId, 'aws-budgets-cost-alert-configured');
    assert.equal(budget(MGMT).status, 'pass');
    assert.deepEqual([budget(WORKLOAD).status, budget(WORKLOAD).resources], ['fail', [`arn:aws:mamori::${WORKLOAD}:account`]]);
  });

  it('every item names an existing posture rule', async () => {
    const { postureRules } = await import('../../../../src/assess/registry.js');
    const registry = postureRules();
    for (const item of BASELINE_ITEMS) assert.ok(item.ruleId && registry.has(item.ruleId), `${item.id}: ${item.ruleId}`);
  });

  it('lists requested accounts without findings, every item not run', () => {
    const [a] = baselineChecklist([], [SANDBOX]);
    assert.ok(a.items.every((i) => i.status === 'not-run'));
  });
});

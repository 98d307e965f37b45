/**
 * The guardrail catalogue against its own policies, through the policy evaluation engine: each
 * SCP / RCP denies its probe and leaves the compliant neighbour alone (AWS Organizations User Guide
 * › SCP evaluation, RCP evaluation; IAM User Guide › Policy evaluation logic › explicit deny).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_PARAMS,
  GUARDRAILS,
  GUARDRAILS_BY_ID,
  familyPolicy,
  policyJson,
  type AuthorizationGuardrail,
  type DeclarativeGuardrail,
  type ProbeTarget,
} from '../../../../src/providers/aws/guardrails/index.js';
import { effectiveAttribute } from '../../../../src/providers/aws/guardrails/declarative.js';
import { evaluate, type EvaluationRequest, type NamedPolicy, type PolicySet } from '../../../../src/providers/aws/iam/index.js';

const ACCOUNT = '222222222222';
const target: ProbeTarget = { account: ACCOUNT, partition: 'aws', organizationId: DEFAULT_PARAMS.organizationId, orgPath: `${DEFAULT_PARAMS.organizationId}/r-ab12/ou-ab12-work/` };
const admin: NamedPolicy = { name: 'Admin', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } };
const fullAccess: NamedPolicy = { name: 'FullAWSAccess', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } };

const authorization = GUARDRAILS.filter((g): g is AuthorizationGuardrail => g.kind === 'scp' || g.kind === 'rcp');
const declarative = GUARDRAILS.filter((g): g is DeclarativeGuardrail => g.kind === 'declarative');

/** The guardrail's policy (as the JSON a user would paste) attached at an OU of the right path. */
function policiesWith(g: AuthorizationGuardrail, params = DEFAULT_PARAMS): PolicySet {
  const named: NamedPolicy = { name: g.policyName, policy: policyJson(g, params) };
  return g.kind === 'scp'
    ? { identity: [admin], scps: [{ target: 'r-ab12', policies: [fullAccess] }, { target: 'ou-ab12-work', policies: [fullAccess, named] }, { target: ACCOUNT, policies: [fullAccess] }] }
    : { identity: [admin], rcps: [{ target: 'r-ab12', policies: [] }, { target: 'ou-ab12-work', policies: [named] }] };
}

const decide = (g: AuthorizationGuardrail, r: EvaluationRequest, params = DEFAULT_PARAMS) => evaluate(r, policiesWith(g, params));

describe('guardrail catalogue', () => {
  it('has every guardrail issue #13 asks for, each id once, with en and ja texts', () => {
    for (const id of [
      'scp-deny-leave-organization', 'scp-protect-security-services', 'scp-deny-root-user', 'scp-region-restriction', 'scp-require-imdsv2', 'scp-protect-ebs-encryption',
      'rcp-organization-only-access', 'rcp-enforce-secure-transport', 'rcp-confused-deputy-protection',
      'declarative-imds-v2-default', 'declarative-snapshot-block-public-access', 'declarative-ami-block-public-access', 'declarative-serial-console-disabled', 'declarative-vpc-block-public-access',
      'centralized-root-access',
    ]) assert.ok(GUARDRAILS_BY_ID.has(id), id);
    assert.equal(GUARDRAILS_BY_ID.size, GUARDRAILS.length);
    for (const g of GUARDRAILS) for (const t of [g.title, g.description, g.blocks]) assert.ok(t.en && /[ぁ-んァ-ヶ一-龠]/.test(t.ja), `${g.id}: ${t.en}`);
  });

  for (const g of authorization) {
    it(`${g.id}: the ${g.kind.toUpperCase()} turns every probe into an explicit deny, by its own statement`, () => {
      const probes = g.probes(target);
      assert.ok(probes.length > 0);
      for (const p of probes) {
        const denied = p.variants ? p.variants.filter((v) => decide(g, v).decision === 'ExplicitDeny') : [p.request];
        assert.ok(denied.length > 0, `${g.id}: ${p.what.en}: nothing denied`);
        for (const req of denied) {
          const r = decide(g, req);
          assert.equal(r.decision, 'ExplicitDeny', `${g.id}: ${p.what.en}: ${r.reason.en}`);
          assert.ok(r.deciding.every((s) => s.layer === g.kind && s.policy === g.policyName), JSON.stringify(r.deciding));
        }
      }
    });

    it(`${g.id}: the compliant neighbour of each probe is not denied`, () => {
      for (const p of g.probes(target)) {
        const spared = p.variants ? p.variants.filter((v) => decide(g, v).decision !== 'ExplicitDeny') : p.compliant ? [p.compliant] : [];
        assert.ok(spared.length > 0, `${g.id}: ${p.what.en}: no request is spared`);
        for (const req of spared) assert.notEqual(decide(g, req).decision, 'ExplicitDeny', `${g.id}: ${req.action}`);
      }
    });
  }

  it('without the guardrail the same probes are allowed (the probes test the policy, not the harness)', () => {
    for (const g of authorization) {
      for (const p of g.probes(target)) {
        const r = evaluate(p.request, g.kind === 'scp' ? { identity: [admin], scps: [{ target: 'r-ab12', policies: [fullAccess] }] } : { identity: [admin], rcps: [{ target: 'r-ab12', policies: [] }] });
        assert.notEqual(r.decision, 'ExplicitDeny', `${g.id}: ${p.what.en}`);
      }
    }
  });

  describe('region restriction (Organizations User Guide › Example SCPs › Deny access to AWS based on the requested AWS Region)', () => {
    const g = GUARDRAILS_BY_ID.get('scp-region-restriction') as AuthorizationGuardrail;
    const params = { ...DEFAULT_PARAMS, allowedRegions: ['eu-central-1'] };
    const call = (action: string, region: string, principal = `arn:aws:sts::${ACCOUNT}:assumed-role/app/s`): EvaluationRequest => ({
      principal,
      action,
      resource: '*',
      resourceAccount: ACCOUNT,
      context: { 'aws:RequestedRegion': region, 'aws:PrincipalArn': principal.replace(/^arn:aws:sts::(\d+):assumed-role\/([^/]+)\/.*$/, 'arn:aws:iam::$1:role/$2') },
    });

    it('denies Regional services outside the allowed Regions and allows them inside', () => {
      assert.equal(decide(g, call('ec2:RunInstances', 'us-east-1'), params).decision, 'ExplicitDeny');
      assert.equal(decide(g, call('ec2:RunInstances', 'eu-central-1'), params).decision, 'Allow');
    });

    it('exempts global services (NotAction) whose endpoint is us-east-1', () => {
      for (const action of ['iam:CreateRole', 'sts:GetCallerIdentity', 'cloudfront:CreateDistribution', 'route53:ChangeResourceRecordSets', 'organizations:DescribeOrganization', 'support:CreateCase', 's3:ListAllMyBuckets']) {
        assert.equal(decide(g, call(action, 'us-east-1'), params).decision, 'Allow', action);
      }
      assert.equal(decide(g, call('s3:GetObject', 'us-east-1'), params).decision, 'ExplicitDeny', 'only the listed S3 account-level operations are exempt');
    });

    it('exempts the break-glass role (ArnNotLike aws:PrincipalArn)', () => {
      assert.equal(decide(g, call('ec2:RunInstances', 'us-east-1', `arn:aws:sts::${ACCOUNT}:assumed-role/SecurityBreakGlass/s`), params).decision, 'Allow');
    });
  });

  it('the root-user SCP denies the member root user but not roles (aws:PrincipalArn StringLike arn:aws:iam::*:root)', () => {
    const g = GUARDRAILS_BY_ID.get('scp-deny-root-user') as AuthorizationGuardrail;
    const [p] = g.probes(target);
    assert.equal(decide(g, { ...p.request, action: 's3:ListAllMyBuckets', resource: '*' }).decision, 'ExplicitDeny');
    assert.equal(decide(g, p.compliant!).decision, 'Allow');
  });

  it('organisation-only RCP: AWS service principals and the organisation\'s own principals pass (aws:PrincipalIsAWSService, aws:PrincipalOrgID)', () => {
    const g = GUARDRAILS_BY_ID.get('rcp-organization-only-access') as AuthorizationGuardrail;
    const bucket = `arn:aws:s3:::mamori-probe-${ACCOUNT}/x`;
    const service: EvaluationRequest = { principal: 'cloudtrail.amazonaws.com', action: 's3:PutObject', resource: bucket, resourceAccount: ACCOUNT, context: { 'aws:PrincipalIsAWSService': true } };
    assert.notEqual(decide(g, service).decision, 'ExplicitDeny');
    // A resource tagged for exclusion is outside the perimeter check (StringNotEqualsIfExists on aws:ResourceTag).
    const [s3] = g.probes(target);
    assert.equal(decide(g, s3.request).decision, 'ExplicitDeny');
    assert.notEqual(decide(g, { ...s3.request, context: { ...s3.request.context, 'aws:ResourceTag/dp:exclude:identity': 'true' } }).decision, 'ExplicitDeny');
  });

  it('the policy JSON is rendered with the account\'s organisation id', () => {
    const g = GUARDRAILS_BY_ID.get('rcp-organization-only-access') as AuthorizationGuardrail;
    const json = policyJson(g, { ...DEFAULT_PARAMS, organizationId: 'o-abcdef1234' });
    assert.match(json, /o-abcdef1234/);
    assert.doesNotMatch(json, new RegExp(DEFAULT_PARAMS.organizationId));
  });

  it('a family policy combines its guardrails and denies every probe of each', () => {
    const scp = familyPolicy('scp');
    const combined: NamedPolicy = { name: 'Baseline', policy: JSON.stringify(scp) };
    for (const g of authorization.filter((x) => x.kind === 'scp')) {
      for (const p of g.probes(target)) {
        const req = p.variants ? p.variants.find((v) => (v.context?.['aws:RequestedRegion'] as string) === 'sa-east-1')! : p.request;
        assert.equal(evaluate(req, { identity: [admin], scps: [{ target: 'r-ab12', policies: [fullAccess, combined] }] }).decision, 'ExplicitDeny', `${g.id}: ${p.what.en}`);
      }
    }
    const declarativeFamily = familyPolicy('declarative-ec2') as { ec2_attributes: Record<string, unknown> };
    for (const g of declarative) {
      const eff = effectiveAttribute([{ target: 'r-ab12', policies: [{ name: 'Baseline', arn: 'p', content: declarativeFamily }] }], g.attribute);
      assert.ok(eff && g.accepted.includes(String(eff.value)), g.id);
    }
  });

  it('each declarative guardrail\'s own content sets an accepted value', () => {
    for (const g of declarative) {
      const eff = effectiveAttribute([{ target: 'r-ab12', policies: [{ name: g.policyName, arn: 'p', content: JSON.parse(policyJson(g)) }] }], g.attribute);
      assert.ok(eff, g.id);
      assert.ok(g.accepted.includes(String(eff.value)), `${g.id}: ${String(eff.value)}`);
    }
  });
});

describe('effective declarative policy (Organizations User Guide › Understanding declarative policy inheritance › Inheritance operators)', () => {
  const imds = (tokens: string, extra: Record<string, unknown> = {}) => ({ ec2_attributes: { instance_metadata_defaults: { http_tokens: { '@@assign': tokens, ...extra } } } });
  const at = (target: string, name: string, content: unknown) => ({ target, policies: [{ name, arn: `arn:${name}`, content }] });
  const path = ['instance_metadata_defaults', 'http_tokens'];

  it('a child @@assign replaces the inherited value', () => {
    const eff = effectiveAttribute([at('r-1', 'RootImds', imds('required')), at('ou-1', 'OuImds', imds('optional'))], path);
    assert.deepEqual(eff, { value: 'optional', policy: 'OuImds', target: 'ou-1' });
  });

  it('@@operators_allowed_for_child_policies ["@@none"] freezes the value for the levels below', () => {
    const eff = effectiveAttribute([at('r-1', 'RootImds', imds('required', { '@@operators_allowed_for_child_policies': ['@@none'] })), at('ou-1', 'OuImds', imds('optional'))], path);
    assert.deepEqual(eff, { value: 'required', policy: 'RootImds', target: 'r-1' });
  });

  it('a freeze on an ancestor node covers the attributes under it', () => {
    const root = { ec2_attributes: { instance_metadata_defaults: { '@@operators_allowed_for_child_policies': ['@@none'], http_tokens: { '@@assign': 'required' } } } };
    assert.equal(effectiveAttribute([at('r-1', 'Root', root), at('222222222222', 'Acct', imds('optional'))], path)?.value, 'required');
  });

  it('no policy setting the attribute: no effective value', () => {
    assert.equal(effectiveAttribute([at('r-1', 'Other', { ec2_attributes: { serial_console_access: { status: { '@@assign': 'disabled' } } } })], path), null);
  });
});

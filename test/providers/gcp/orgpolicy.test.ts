import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OrgPolicyConfig, OrgPolicySpec, ProjectConfig } from '../../../src/providers/gcp/model.js';
import { allowListOnly, constraintId, effectiveOrgPolicy, restricts, type NodePolicy } from '../../../src/providers/gcp/orgpolicy.js';

const PROJECT_ID = 'p1';
const FOLDER = 'folders/2';
const ORG = 'organizations/1';
const project: ProjectConfig = { projectId: PROJECT_ID, projectNumber: '123', parent: FOLDER, ancestors: [FOLDER, ORG] };

/** A policy set on `node` (the project id, `folders/…` or `organizations/…`). */
function policy(node: string, constraint: string, spec?: OrgPolicySpec, dryRunSpec?: OrgPolicySpec): NodePolicy {
  const parent = node.includes('/') ? node : `projects/${node}`;
  const config: OrgPolicyConfig = { name: `${parent}/policies/${constraintId(constraint)}`, constraint: constraintId(constraint), parent, spec, dryRunSpec };
  return { account: node, config };
}

const BOOL = 'iam.disableServiceAccountKeyCreation';
const LIST = 'gcp.resourceLocations';

describe('effectiveOrgPolicy: boolean constraints', () => {
  it('no policy anywhere: the constraint default (not enforced)', () => {
    const e = effectiveOrgPolicy(project, [], BOOL);
    assert.equal(e.type, 'boolean');
    assert.equal(e.status, 'NOT_ENFORCED');
    assert.equal(e.enforced, false);
    assert.equal(e.decidedBy, undefined);
    assert.deepEqual(e.hierarchy, ['projects/p1', FOLDER, ORG]);
    assert.deepEqual(e.dependsOn, ['projects/p1', FOLDER, ORG]);
    assert.equal(e.dryRun, undefined);
    assert.equal(e.dryRunOnly, false);
  });

  it('no policy anywhere on a constraint that Google enforces by default', () => {
    const e = effectiveOrgPolicy(project, [], 'constraints/iam.disableCrossProjectServiceAccountUsage');
    assert.equal(e.status, 'ENFORCED');
    assert.equal(e.default, 'DENY');
  });

  it('the organisation enforces: inherited by the project', () => {
    const e = effectiveOrgPolicy(project, [policy(ORG, BOOL, { rules: [{ enforce: true }] })], BOOL);
    assert.equal(e.status, 'ENFORCED');
    assert.equal(e.decidedBy, ORG);
    assert.deepEqual(e.dependsOn, ['projects/p1', FOLDER, ORG]);
  });

  it('the organisation enforces, the project overrides with enforce: false', () => {
    const e = effectiveOrgPolicy(project, [policy(ORG, BOOL, { rules: [{ enforce: true }] }), policy(PROJECT_ID, BOOL, { rules: [{ enforce: false }] })], BOOL);
    assert.equal(e.status, 'NOT_ENFORCED');
    assert.equal(e.decidedBy, 'projects/p1');
    assert.deepEqual(e.overridden, [ORG]);
    assert.deepEqual(e.dependsOn, ['projects/p1']);
  });

  it('the organisation does not enforce, the project enforces', () => {
    const e = effectiveOrgPolicy(project, [policy(ORG, BOOL, { rules: [{ enforce: false }] }), policy(PROJECT_ID, BOOL, { rules: [{ enforce: true }] })], `constraints/${BOOL}`);
    assert.equal(e.status, 'ENFORCED');
    assert.equal(e.decidedBy, 'projects/p1');
  });

  it('reset at the folder restores the default and ignores the organisation', () => {
    const e = effectiveOrgPolicy(project, [policy(ORG, BOOL, { rules: [{ enforce: true }] }), policy(FOLDER, BOOL, { reset: true })], BOOL);
    assert.equal(e.status, 'NOT_ENFORCED');
    assert.equal(e.resetAt, FOLDER);
    assert.equal(e.decidedBy, FOLDER);
    assert.deepEqual(e.overridden, [ORG]);
  });

  it('a node with an empty spec is transparent', () => {
    const e = effectiveOrgPolicy(project, [policy(ORG, BOOL, { rules: [{ enforce: true }] }), policy(FOLDER, BOOL, {})], BOOL);
    assert.equal(e.status, 'ENFORCED');
    assert.equal(e.decidedBy, ORG);
  });

  it('conditional exemption: enforced, except for tagged resources', () => {
    const condition = { expression: "resource.matchTag('1/env', 'sandbox')" };
    const e = effectiveOrgPolicy(project, [policy(ORG, BOOL, { rules: [{ enforce: true }, { enforce: false, condition }] })], BOOL);
    assert.equal(e.status, 'CONDITIONAL');
    assert.equal(e.enforced, true);
    assert.deepEqual(e.conditionalRules, [{ node: ORG, rule: { enforce: false, condition } }]);
  });

  it('conditional enforcement: enforced only for tagged resources', () => {
    const condition = { expression: "resource.matchTagId('tagKeys/1', 'tagValues/2')" };
    const e = effectiveOrgPolicy(project, [policy(ORG, BOOL, { rules: [{ enforce: false }, { enforce: true, condition }] })], BOOL);
    assert.equal(e.status, 'CONDITIONAL');
    assert.equal(e.enforced, false);
  });

  it('dry run only: a dry-run spec enforces, the live policy does not', () => {
    const e = effectiveOrgPolicy(project, [policy(ORG, BOOL, undefined, { rules: [{ enforce: true }] })], BOOL);
    assert.equal(e.status, 'NOT_ENFORCED');
    assert.equal(e.dryRun?.status, 'ENFORCED');
    assert.deepEqual(e.dryRunNodes, [ORG]);
    assert.equal(e.dryRunOnly, true);
  });

  it('a dry-run spec next to an enforced live policy is not "dry run only"', () => {
    const e = effectiveOrgPolicy(project, [policy(ORG, BOOL, { rules: [{ enforce: true }] }, { rules: [{ enforce: true }] })], BOOL);
    assert.equal(e.status, 'ENFORCED');
    assert.equal(e.dryRunOnly, false);
  });

  it('dry-run evaluation uses live specs of nodes without a dry-run spec', () => {
    // The project overrides live; the organisation dry-runs enforcement: the project override still wins.
    const e = effectiveOrgPolicy(project, [policy(PROJECT_ID, BOOL, { rules: [{ enforce: false }] }), policy(ORG, BOOL, undefined, { rules: [{ enforce: true }] })], BOOL);
    assert.equal(e.dryRun?.status, 'NOT_ENFORCED');
    assert.equal(e.dryRunOnly, false);
  });

  it('ignores policies of other constraints, other projects and nodes outside the hierarchy', () => {
    const e = effectiveOrgPolicy(
      project,
      [policy(ORG, 'compute.requireOsLogin', { rules: [{ enforce: true }] }), policy('p2', BOOL, { rules: [{ enforce: true }] }), policy('folders/9', BOOL, { rules: [{ enforce: true }] })],
      BOOL,
    );
    assert.equal(e.status, 'NOT_ENFORCED');
  });

  it('a project without an organisation has only its own node', () => {
    const lone: ProjectConfig = { projectId: 'solo', projectNumber: '9', ancestors: [] };
    const e = effectiveOrgPolicy(lone, [policy('solo', BOOL, { rules: [{ enforce: true }] })], BOOL);
    assert.equal(e.status, 'ENFORCED');
    assert.deepEqual(e.hierarchy, ['projects/solo']);
  });
});

describe('effectiveOrgPolicy: list constraints', () => {
  const orgAllows = policy(ORG, LIST, { rules: [{ values: { allowedValues: ['in:eu-locations'] } }] });

  it('no policy anywhere: every value allowed', () => {
    const e = effectiveOrgPolicy(project, [], LIST);
    assert.equal(e.type, 'list');
    assert.equal(e.status, 'NOT_ENFORCED');
    assert.deepEqual(e.values, { allowAll: false, denyAll: false, allowedValues: [], deniedValues: [] });
  });

  it('allowed values merged with inheritFromParent: true', () => {
    const e = effectiveOrgPolicy(project, [orgAllows, policy(PROJECT_ID, LIST, { inheritFromParent: true, rules: [{ values: { allowedValues: ['in:us-locations'] } }] })], LIST);
    assert.equal(e.status, 'ENFORCED');
    assert.deepEqual(e.values?.allowedValues.sort(), ['in:eu-locations', 'in:us-locations']);
    assert.deepEqual(e.contributors, ['projects/p1', ORG]);
    assert.equal(e.decidedBy, ORG);
  });

  it('allowed values replaced with inheritFromParent: false', () => {
    const e = effectiveOrgPolicy(project, [orgAllows, policy(PROJECT_ID, LIST, { inheritFromParent: false, rules: [{ values: { allowedValues: ['in:us-locations'] } }] })], LIST);
    assert.deepEqual(e.values?.allowedValues, ['in:us-locations']);
    assert.deepEqual(e.contributors, ['projects/p1']);
    assert.deepEqual(e.overridden, [ORG]);
    assert.deepEqual(e.dependsOn, ['projects/p1']);
  });

  it('denied values merge and take precedence over allowed values', () => {
    const e = effectiveOrgPolicy(
      project,
      [policy(FOLDER, 'compute.restrictVpcPeering', { rules: [{ values: { deniedValues: ['projects/123'] } }] }), policy(PROJECT_ID, 'compute.restrictVpcPeering', { inheritFromParent: true, rules: [{ values: { allowedValues: ['projects/123'], deniedValues: ['projects/456'] } }] })],
      'compute.restrictVpcPeering',
    );
    assert.deepEqual(e.values?.deniedValues.sort(), ['projects/123', 'projects/456']);
    assert.deepEqual(e.values?.allowedValues, ['projects/123']);
    assert.equal(restricts(e.values!), true);
  });

  it('reset at the folder restores the default (all values allowed)', () => {
    const e = effectiveOrgPolicy(project, [orgAllows, policy(FOLDER, LIST, { reset: true })], LIST);
    assert.equal(e.status, 'NOT_ENFORCED');
    assert.equal(e.resetAt, FOLDER);
    assert.deepEqual(e.overridden, [ORG]);
    assert.deepEqual(e.dependsOn, ['projects/p1', FOLDER]);
  });

  it('a project inheriting from a folder reset gets the default plus its own values', () => {
    const e = effectiveOrgPolicy(project, [orgAllows, policy(FOLDER, LIST, { reset: true }), policy(PROJECT_ID, LIST, { inheritFromParent: true, rules: [{ values: { allowedValues: ['in:asia-locations'] } }] })], LIST);
    assert.deepEqual(e.values?.allowedValues, ['in:asia-locations']);
    assert.equal(e.resetAt, FOLDER);
  });

  it('denyAll at the organisation, allowAll at the project (no inheritance): all allowed', () => {
    const e = effectiveOrgPolicy(project, [policy(ORG, 'compute.vmExternalIpAccess', { rules: [{ denyAll: true }] }), policy(PROJECT_ID, 'compute.vmExternalIpAccess', { rules: [{ allowAll: true }] })], 'compute.vmExternalIpAccess');
    assert.equal(e.status, 'NOT_ENFORCED');
    assert.equal(e.values?.allowAll, true);
    assert.equal(e.decidedBy, 'projects/p1');
    assert.deepEqual(e.overridden, [ORG]);
  });

  it('denyAll at the organisation, allowAll at the project inheriting: deny wins', () => {
    const e = effectiveOrgPolicy(project, [policy(ORG, 'compute.vmExternalIpAccess', { rules: [{ denyAll: true }] }), policy(PROJECT_ID, 'compute.vmExternalIpAccess', { inheritFromParent: true, rules: [{ allowAll: true }] })], 'compute.vmExternalIpAccess');
    assert.equal(e.status, 'ENFORCED');
    assert.equal(e.values?.denyAll, true);
    assert.equal(allowListOnly(e.values!), true);
  });

  it('denyAll at the organisation is inherited by the project', () => {
    const e = effectiveOrgPolicy(project, [policy(ORG, 'compute.vmExternalIpAccess', { rules: [{ denyAll: true }] })], 'compute.vmExternalIpAccess');
    assert.equal(e.status, 'ENFORCED');
    assert.equal(e.decidedBy, ORG);
  });

  it('allowAll at the organisation with denied values inherited below: all but the denied values', () => {
    const e = effectiveOrgPolicy(project, [policy(ORG, 'gcp.restrictServiceUsage', { rules: [{ allowAll: true }] }), policy(FOLDER, 'gcp.restrictServiceUsage', { inheritFromParent: true, rules: [{ values: { deniedValues: ['bigquery.googleapis.com'] } }] })], 'gcp.restrictServiceUsage');
    assert.equal(e.values?.allowAll, true);
    assert.deepEqual(e.values?.deniedValues, ['bigquery.googleapis.com']);
    assert.equal(restricts(e.values!), true);
    assert.equal(allowListOnly(e.values!), false);
  });

  it('an allow list inheriting a parent that only denies restricts to the allow list', () => {
    const e = effectiveOrgPolicy(project, [policy(ORG, LIST, { rules: [{ values: { deniedValues: ['in:asia-locations'] } }] }), policy(PROJECT_ID, LIST, { inheritFromParent: true, rules: [{ values: { allowedValues: ['in:eu-locations'] } }] })], LIST);
    assert.equal(allowListOnly(e.values!), true);
    assert.deepEqual(e.values?.deniedValues, ['in:asia-locations']);
  });

  it('conditional rules are reported apart and make the outcome conditional', () => {
    const condition = { expression: "resource.matchTag('1/env', 'dev')" };
    const e = effectiveOrgPolicy(project, [policy(ORG, LIST, { rules: [{ values: { allowedValues: ['in:eu-locations'] } }, { allowAll: true, condition }] })], LIST);
    assert.equal(e.status, 'CONDITIONAL');
    assert.deepEqual(e.values?.allowedValues, ['in:eu-locations']);
    assert.equal(e.conditionalRules.length, 1);
  });

  it('conditional rules of nodes above a non-inheriting node are ignored', () => {
    const condition = { expression: "resource.matchTag('1/env', 'dev')" };
    const e = effectiveOrgPolicy(project, [policy(ORG, LIST, { rules: [{ allowAll: true, condition }, { values: { allowedValues: ['in:eu-locations'] } }] }), policy(PROJECT_ID, LIST, { rules: [{ values: { allowedValues: ['in:us-locations'] } }] })], LIST);
    assert.equal(e.status, 'ENFORCED');
    assert.deepEqual(e.conditionalRules, []);
  });

  it('dry run only for a list constraint', () => {
    const e = effectiveOrgPolicy(project, [policy(FOLDER, LIST, undefined, { rules: [{ values: { allowedValues: ['in:eu-locations'] } }] })], LIST);
    assert.equal(e.status, 'NOT_ENFORCED');
    assert.equal(e.dryRun?.status, 'ENFORCED');
    assert.equal(e.dryRunOnly, true);
  });

  it('infers a list constraint from its rules when the constraint is unknown', () => {
    const e = effectiveOrgPolicy(project, [policy(ORG, 'custom.listThing', { rules: [{ values: { allowedValues: ['a'] } }] })], 'custom.listThing');
    assert.equal(e.type, 'list');
    assert.equal(e.status, 'ENFORCED');
  });

  it('accepts the constraint with or without the constraints/ prefix on either side', () => {
    const p = policy(ORG, BOOL, { rules: [{ enforce: true }] });
    p.config.constraint = `constraints/${BOOL}`;
    assert.equal(effectiveOrgPolicy(project, [p], BOOL).status, 'ENFORCED');
    assert.equal(effectiveOrgPolicy(project, [p], `constraints/${BOOL}`).status, 'ENFORCED');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CollectionError, Resource } from '../../../src/model/types.js';
import { AZURE_TYPES, azureIds, type PolicyAssignmentConfig, type PolicyExemptionConfig, type SubscriptionConfig } from '../../../src/providers/azure/model/index.js';
import { azureGuardrails, effectiveDefinitions } from '../../../src/providers/azure/policy.js';

const TENANT = '8f1c2d3e-4a5b-4c6d-8e7f-901234567890';
const SUB = '11111111-2222-4333-8444-555555555555';
const OTHER = '66666666-7777-4888-8999-000000000000';
const NOW = new Date('2026-11-01T00:00:00Z');
const MG = (name: string) => `/providers/Microsoft.Management/managementGroups/${name}`;
const BUILTIN = (guid: string) => `/providers/Microsoft.Authorization/policyDefinitions/${guid}`;
const ALLOWED_LOCATIONS = 'e56962a6-4747-49cd-b67b-bf8b01975c4c';
const STORAGE_PUBLIC = '4fa4b6c0-31ca-4c0d-b10d-24b96f62a751';
const SECURE_TRANSFER = '404c3081-a854-4457-ae30-26a93ef643f9';

const subscription = (id = SUB, ancestors = ['mg-landing-zones', TENANT]): Resource => ({
  uid: azureIds.subscription(id),
  provider: 'azure',
  account: id,
  region: 'global',
  type: AZURE_TYPES.subscription,
  name: `sub-${id.slice(0, 4)}`,
  tags: {},
  config: { subscriptionId: id, displayName: `sub-${id.slice(0, 4)}`, managementGroupAncestors: ancestors } satisfies SubscriptionConfig as unknown as Record<string, unknown>,
});

function assignment(name: string, scope: string, definitions: PolicyAssignmentConfig['definitions'], extra: Partial<PolicyAssignmentConfig> = {}): Resource {
  const id = `${scope}/providers/Microsoft.Authorization/policyAssignments/${name}`;
  const config: PolicyAssignmentConfig = { id, name, displayName: name, scope, policyDefinitionId: definitions?.[0]?.id, enforcementMode: 'Default', definitions, ...extra };
  return { uid: id.toLowerCase(), provider: 'azure', account: scope.startsWith('/providers') ? `managementGroups/${scope.split('/').pop()}` : SUB, region: 'global', type: AZURE_TYPES.policyAssignment, name, tags: {}, config: config as unknown as Record<string, unknown> };
}

function exemption(name: string, scope: string, assignmentId: string, extra: Partial<PolicyExemptionConfig> = {}): Resource {
  const config: PolicyExemptionConfig = { id: `${scope}/providers/Microsoft.Authorization/policyExemptions/${name}`, name, scope, policyAssignmentId: assignmentId, exemptionCategory: 'Waiver', ...extra };
  return { uid: config.id.toLowerCase(), provider: 'azure', account: SUB, region: 'global', type: AZURE_TYPES.policyExemption, name, tags: {}, config: config as unknown as Record<string, unknown> };
}

const statusOf = (resources: Resource[], intent: string, sub = SUB, errors: CollectionError[] = []) =>
  azureGuardrails({ resources, scopes: [sub], errors }, NOW).find((s) => s.scope === sub)!.checks.find((c) => c.intent === intent)!;

describe('Azure Policy guardrails', () => {
  it('an assignment on a management group above the subscription applies (inheritance); Deny is enforced', () => {
    const r = statusOf([subscription(), assignment('allowed-locations', MG('mg-landing-zones'), [{ id: BUILTIN(ALLOWED_LOCATIONS), effect: 'deny' }])], 'restrict-locations');
    assert.equal(r.status, 'enforced');
    assert.deepEqual(r.controls, ['allowed-locations']);
  });

  it('an assignment on another management group or subscription does not apply', () => {
    const r = statusOf(
      [subscription(), assignment('elsewhere', MG('mg-sandbox'), [{ id: BUILTIN(ALLOWED_LOCATIONS), effect: 'deny' }]), assignment('other-sub', `/subscriptions/${OTHER}`, [{ id: BUILTIN(ALLOWED_LOCATIONS), effect: 'deny' }])],
      'restrict-locations',
    );
    assert.equal(r.status, 'missing');
  });

  it('Audit effect, and DoNotEnforce on a Deny, are audit-only', () => {
    assert.equal(statusOf([subscription(), assignment('audit', `/subscriptions/${SUB}`, [{ id: BUILTIN(STORAGE_PUBLIC), effect: 'audit' }])], 'block-public-storage').status, 'audit-only');
    const dne = statusOf([subscription(), assignment('dne', `/subscriptions/${SUB}`, [{ id: BUILTIN(STORAGE_PUBLIC), effect: 'deny' }], { enforcementMode: 'DoNotEnforce' })], 'block-public-storage');
    assert.equal(dne.status, 'audit-only');
    assert.match(dne.reason.en, /DoNotEnforce/);
  });

  it('the strongest assignment wins; Disabled counts as not assigned', () => {
    const resources = [
      subscription(),
      assignment('audit', `/subscriptions/${SUB}`, [{ id: BUILTIN(SECURE_TRANSFER), effect: 'audit' }]),
      assignment('deny', MG(TENANT), [{ id: BUILTIN(SECURE_TRANSFER), effect: 'Deny' }]),
    ];
    assert.equal(statusOf(resources, 'enforce-secure-transport').status, 'enforced');
    assert.equal(statusOf([subscription(), assignment('off', `/subscriptions/${SUB}`, [{ id: BUILTIN(SECURE_TRANSFER), effect: 'Disabled' }])], 'enforce-secure-transport').status, 'missing');
  });

  it('members of an initiative count, with their own effects', () => {
    const initiative = assignment('security-baseline', MG('mg-landing-zones'), [
      { id: BUILTIN(SECURE_TRANSFER), effect: 'deny', referenceId: 'secureTransfer' },
      { id: BUILTIN(STORAGE_PUBLIC), effect: 'audit', referenceId: 'publicBlob' },
    ], { isInitiative: true, policyDefinitionId: '/providers/Microsoft.Authorization/policySetDefinitions/baseline' });
    assert.equal(statusOf([subscription(), initiative], 'enforce-secure-transport').status, 'enforced');
    assert.equal(statusOf([subscription(), initiative], 'block-public-storage').status, 'audit-only');
  });

  it('notScopes: the subscription excluded removes it; a resource group excluded makes it partial', () => {
    const scope = MG('mg-landing-zones');
    const def = [{ id: BUILTIN(ALLOWED_LOCATIONS), effect: 'deny' }];
    assert.equal(statusOf([subscription(), assignment('a', scope, def, { notScopes: [`/subscriptions/${SUB}`] })], 'restrict-locations').status, 'missing');
    assert.equal(statusOf([subscription(), assignment('a', scope, def, { notScopes: [`/subscriptions/${SUB}/resourceGroups/legacy`] })], 'restrict-locations').status, 'partial');
    assert.equal(statusOf([subscription(), assignment('a', `/subscriptions/${SUB}/resourceGroups/app`, def)], 'restrict-locations').status, 'partial');
  });

  it('exemptions: at the subscription they remove it, below it they make it partial, expired ones are ignored, reference ids are honoured', () => {
    const a = assignment('baseline', MG('mg-landing-zones'), [
      { id: BUILTIN(ALLOWED_LOCATIONS), effect: 'deny', referenceId: 'locations' },
      { id: BUILTIN(SECURE_TRANSFER), effect: 'deny', referenceId: 'secureTransfer' },
    ], { isInitiative: true });
    const aid = (a.config as { id: string }).id;
    assert.equal(statusOf([subscription(), a, exemption('x', `/subscriptions/${SUB}`, aid)], 'restrict-locations').status, 'missing');
    assert.equal(statusOf([subscription(), a, exemption('x', `/subscriptions/${SUB}/resourceGroups/legacy`, aid)], 'restrict-locations').status, 'partial');
    assert.equal(statusOf([subscription(), a, exemption('x', `/subscriptions/${SUB}`, aid, { expiresOn: '2026-10-01T00:00:00Z' })], 'restrict-locations').status, 'enforced');
    const onlyTransfer = exemption('x', `/subscriptions/${SUB}`, aid.toUpperCase(), { policyDefinitionReferenceIds: ['secureTransfer'] });
    assert.equal(statusOf([subscription(), a, onlyTransfer], 'restrict-locations').status, 'enforced');
    assert.equal(statusOf([subscription(), a, onlyTransfer], 'enforce-secure-transport').status, 'missing');
  });

  it('policy listings that failed on the subscription or a group above make missing intents unknown, never missing', () => {
    const err: CollectionError = { provider: 'azure', account: 'managementGroups/mg-landing-zones', region: 'global', service: 'policy', operation: 'policyAssignments.listForManagementGroup', code: 'AccessDenied', message: 'AuthorizationFailed' };
    const r = statusOf([subscription()], 'restrict-locations', SUB, [err]);
    assert.equal(r.status, 'unknown');
    // What was read still counts.
    const seen = statusOf([subscription(), assignment('deny', `/subscriptions/${SUB}`, [{ id: BUILTIN(ALLOWED_LOCATIONS), effect: 'deny' }])], 'restrict-locations', SUB, [err]);
    assert.equal(seen.status, 'enforced');
  });

  it('every intent of the catalogue has an answer for every subscription', () => {
    const out = azureGuardrails({ resources: [subscription(), subscription(OTHER, [TENANT])], scopes: [SUB, OTHER], errors: [] }, NOW);
    assert.equal(out.length, 2);
    for (const s of out) assert.ok(s.checks.every((c) => c.status === 'missing'));
  });

  it('effectiveDefinitions matches ids case-insensitively', () => {
    const a = assignment('X', MG('MG-Landing-Zones').toUpperCase(), [{ id: BUILTIN(ALLOWED_LOCATIONS).toUpperCase(), effect: 'DENY' }]);
    const eff = effectiveDefinitions({ subscriptionId: SUB.toUpperCase(), managementGroupAncestors: ['mg-landing-zones'] }, [a.config as unknown as PolicyAssignmentConfig], [], NOW);
    assert.equal(eff.length, 1);
    assert.equal(eff[0].status, 'enforced');
  });
});

/** Fixture builders for the Azure Policy rules: management groups, assignments, exemptions, compliance summaries, and the standard guardrail fixtures. */
import type { RuleFixture } from '../../../../src/model/rule.js';
import type { CollectionError, Resource } from '../../../../src/model/types.js';
import {
  AZURE_TYPES,
  azureIds,
  azureScope,
  type ManagementGroupConfig,
  type PolicyAssignmentConfig,
  type PolicyExemptionConfig,
  type PolicyStatesConfig,
  type ResolvedPolicyDefinition,
} from '../../../../src/providers/azure/model/index.js';
import { azureResource, MANAGEMENT_GROUP, RESOURCE_GROUP, subscription, SUBSCRIPTION, TENANT } from '../testing.js';

/** Where an assignment or exemption is: a management group (by name), the home subscription, or one of its resource groups. */
export type PolicyScope = { mg: string } | { sub: string } | { rg: string };

export const SUB_UID = azureIds.subscription(SUBSCRIPTION);
/** The tenant root group (named after the tenant) and the landing-zones group below it: the fixture subscription's ancestors. */
export const ROOT_GROUP = TENANT;

export function scopeId(at: PolicyScope): string {
  if ('mg' in at) return `/providers/Microsoft.Management/managementGroups/${at.mg}`;
  if ('sub' in at) return `/subscriptions/${at.sub}`;
  return `/subscriptions/${SUBSCRIPTION}/resourceGroups/${at.rg}`;
}

const accountOf = (at: PolicyScope) => ('mg' in at ? azureScope.managementGroup(at.mg) : azureScope.subscription('sub' in at ? at.sub : SUBSCRIPTION));

/** A built-in definition's id as the collector writes it (lower case). */
export const builtIn = (guid: string) => `/providers/microsoft.authorization/policydefinitions/${guid}`;

/** A management group as the collector writes it (`ancestors` nearest first). */
export function managementGroup(name: string, ancestors: string[] = []): Resource {
  return azureResource<ManagementGroupConfig>({
    type: AZURE_TYPES.managementGroup,
    uid: azureIds.managementGroup(name),
    account: azureScope.managementGroup(name),
    region: 'global',
    name: name === ROOT_GROUP ? 'Tenant Root Group' : name,
    config: { name, displayName: name === ROOT_GROUP ? 'Tenant Root Group' : name, tenantId: TENANT, ...(ancestors[0] ? { parent: ancestors[0] } : {}), ancestors },
  });
}

/** The fixture subscription's management groups: mg-landing-zones under the tenant root group. */
export const hierarchy = (): Resource[] => [managementGroup(ROOT_GROUP), managementGroup(MANAGEMENT_GROUP, [ROOT_GROUP])];

/** A policy assignment with its definitions' effects resolved (as the collector writes them). */
export function assignment(name: string, at: PolicyScope, definitions: ResolvedPolicyDefinition[] | undefined, extra: Partial<PolicyAssignmentConfig> = {}, errors?: Record<string, string>): Resource {
  const scope = scopeId(at);
  const id = `${scope}/providers/Microsoft.Authorization/policyAssignments/${name}`;
  const isInitiative = extra.isInitiative ?? false;
  return azureResource<PolicyAssignmentConfig>({
    type: AZURE_TYPES.policyAssignment,
    uid: id,
    account: accountOf(at),
    region: 'global',
    name,
    config: {
      id,
      name,
      displayName: name,
      scope,
      policyDefinitionId: isInitiative ? `/providers/Microsoft.Authorization/policySetDefinitions/${name}` : definitions?.[0]?.id,
      enforcementMode: 'Default',
      ...(definitions ? { definitions } : {}),
      isInitiative,
      ...extra,
    },
    errors,
  });
}

export const assignmentId = (name: string, at: PolicyScope) => `${scopeId(at)}/providers/Microsoft.Authorization/policyAssignments/${name}`;

/** A policy exemption (scope lower case, as the collector writes it). */
export function exemption(name: string, at: PolicyScope, policyAssignmentId: string, extra: Partial<PolicyExemptionConfig> = {}): Resource {
  const scope = scopeId(at);
  const id = `${scope}/providers/Microsoft.Authorization/policyExemptions/${name}`;
  return azureResource<PolicyExemptionConfig>({
    type: AZURE_TYPES.policyExemption,
    uid: id,
    account: accountOf(at),
    region: 'global',
    name,
    config: { id, name, scope: scope.toLowerCase(), policyAssignmentId, exemptionCategory: 'Waiver', displayName: name, ...extra },
  });
}

/** A subscription's Azure Policy compliance summary. */
export function policyStates(assignments: PolicyStatesConfig['assignments'], subscriptionId = SUBSCRIPTION): Resource {
  return azureResource<PolicyStatesConfig>({
    type: AZURE_TYPES.policyStates,
    uid: azureIds.policyStates(subscriptionId),
    account: azureScope.subscription(subscriptionId),
    region: 'global',
    name: 'latest',
    config: { subscriptionId, assignments },
  });
}

/** A failed policy listing at a scope. */
export function policyListingFailed(account: string, operation = 'policy.policyAssignments.list'): CollectionError {
  return {
    provider: 'azure',
    account,
    region: 'global',
    service: 'policy',
    operation,
    code: 'AccessDenied',
    message: 'AuthorizationFailed: the client does not have authorization to perform action Microsoft.Authorization/policyAssignments/read',
    resourceTypes: [AZURE_TYPES.policyAssignment],
  };
}

/** A built-in definition no guardrail intent uses ("Audit VMs that do not use managed disks"). */
const UNRELATED = { guid: '06a78e20-9358-41c9-923c-fb736d382a4d', effect: 'audit', name: 'Audit VMs that do not use managed disks' };

export interface GuardrailFixtureOptions {
  /** The built-in definition that enforces the intent, and the effect that enforces it (as resolved: `deny`, `deployIfNotExists`, …). */
  enforcing: { guid: string; effect: string; name: string };
  /** A weaker assignment of the intent's definitions (Audit, AuditIfNotExists), when the definition allows one. */
  audit?: { guid: string; effect: string; name: string };
  /** The definition is audit-only by design: audited is the best it gets (PASS), and a DoNotEnforce assignment still audits. */
  auditIsBest?: boolean;
}

/**
 * The fixtures every guardrail rule shares: nothing assigned, only audited (effect or DoNotEnforce),
 * enforced at an ancestor management group, enforced through an initiative member, exempted
 * (whole subscription, a resource group, expired), notScopes, and the blind spots (a management
 * group above not collected, a policy listing that failed, definitions not resolved).
 */
export function guardrailFixtures({ enforcing, audit, auditIsBest }: GuardrailFixtureOptions): RuleFixture[] {
  const root = { mg: ROOT_GROUP };
  const lz = { mg: MANAGEMENT_GROUP };
  const def = (d: { guid: string; effect: string; name: string }, referenceId?: string): ResolvedPolicyDefinition => ({
    id: builtIn(d.guid),
    displayName: d.name,
    policyType: 'BuiltIn',
    effect: d.effect,
    ...(referenceId ? { referenceId } : {}),
  });
  const enforced = assignment('corp-guardrail', root, [def(enforcing)]);
  const enforcedId = assignmentId('corp-guardrail', root);
  const pass = auditIsBest ? 'PASS' : 'FAIL';
  const fixtures: RuleFixture[] = [
    { name: 'nothing assigned at the subscription or above', expect: 'FAIL', target: SUB_UID, resources: [subscription(), ...hierarchy()] },
    {
      name: 'assigned with effect Disabled',
      expect: 'FAIL',
      target: SUB_UID,
      resources: [subscription(), ...hierarchy(), assignment('corp-guardrail-off', lz, [{ ...def(enforcing), effect: 'disabled' }])],
    },
    { name: `${enforcing.effect} at the tenant root group (inherited)`, expect: 'PASS', target: SUB_UID, resources: [subscription(), ...hierarchy(), enforced] },
    {
      name: `${enforcing.effect} as a member of an initiative at the landing-zones group`,
      expect: 'PASS',
      target: SUB_UID,
      resources: [
        subscription(),
        ...hierarchy(),
        assignment('security-baseline', lz, [def(UNRELATED, 'managedDisks'), def(enforcing, 'guardrail')], { isInitiative: true }),
      ],
    },
    {
      name: 'assigned at the root group, but with enforcement mode DoNotEnforce',
      expect: pass,
      target: SUB_UID,
      resources: [subscription(), ...hierarchy(), assignment('corp-guardrail', root, [def(enforcing)], { enforcementMode: 'DoNotEnforce' })],
    },
    {
      name: 'assigned at a sibling management group only',
      expect: 'FAIL',
      target: SUB_UID,
      resources: [subscription(), ...hierarchy(), managementGroup('mg-sandbox', [ROOT_GROUP]), assignment('sandbox-guardrail', { mg: 'mg-sandbox' }, [def(enforcing)])],
    },
    {
      name: 'assigned at the root group, with this subscription in notScopes',
      expect: 'FAIL',
      target: SUB_UID,
      resources: [subscription(), ...hierarchy(), assignment('corp-guardrail', root, [def(enforcing)], { notScopes: [scopeId({ sub: SUBSCRIPTION })] })],
    },
    {
      name: 'assigned at the root group, with a waiver for this subscription',
      expect: 'FAIL',
      target: SUB_UID,
      resources: [subscription(), ...hierarchy(), enforced, exemption('legacy-waiver', { sub: SUBSCRIPTION }, enforcedId, { expiresOn: '2027-03-31T00:00:00Z' })],
    },
    {
      name: 'assigned at the root group, with a waiver that expired',
      expect: 'PASS',
      target: SUB_UID,
      resources: [subscription(), ...hierarchy(), enforced, exemption('legacy-waiver', { sub: SUBSCRIPTION }, enforcedId, { expiresOn: '2026-09-30T00:00:00Z' })],
    },
    {
      // An audit-only definition is not made partial by an exemption below the subscription (the MFA one evaluates the subscription itself).
      name: 'assigned at the root group, with an exemption for one resource group (partial)',
      expect: pass,
      target: SUB_UID,
      resources: [subscription(), ...hierarchy(), enforced, exemption('rg-legacy-waiver', { rg: RESOURCE_GROUP }, enforcedId, { exemptionCategory: 'Mitigated' })],
    },
    {
      name: 'assigned on one resource group only (partial)',
      expect: 'FAIL',
      target: SUB_UID,
      resources: [subscription(), ...hierarchy(), assignment('rg-guardrail', { rg: RESOURCE_GROUP }, [def(enforcing)])],
    },
    {
      name: 'the landing-zones management group was not collected',
      expect: 'NOT_ASSESSED',
      target: SUB_UID,
      resources: [subscription(), managementGroup(ROOT_GROUP)],
    },
    {
      name: 'enforced at the subscription itself, while a group above was not collected',
      expect: 'PASS',
      target: SUB_UID,
      resources: [subscription(), managementGroup(ROOT_GROUP), assignment('sub-guardrail', { sub: SUBSCRIPTION }, [def(enforcing)])],
    },
    {
      name: 'the policy listing of the subscription failed',
      expect: 'NOT_ASSESSED',
      target: SUB_UID,
      resources: [subscription(), ...hierarchy()],
      errors: [policyListingFailed(SUBSCRIPTION)],
    },
    {
      // Shard by shard too: the management group's listing error reaches the subscription's scope (src/assess/stream.ts).
      name: 'the policy listing of the landing-zones management group failed',
      expect: 'NOT_ASSESSED',
      target: SUB_UID,
      resources: [subscription(), ...hierarchy()],
      errors: [policyListingFailed(`managementGroups/${MANAGEMENT_GROUP}`)],
    },
    {
      name: 'an initiative at the landing-zones group whose definitions could not be resolved',
      expect: 'NOT_ASSESSED',
      target: SUB_UID,
      resources: [subscription(), ...hierarchy(), assignment('security-baseline', lz, undefined, { isInitiative: true }, { definitions: 'AccessDenied' })],
    },
  ];
  if (audit) {
    const weak = assignment('corp-guardrail-audit', lz, [def(audit)]);
    fixtures.push({ name: `assigned at the landing-zones group with effect ${audit.effect}`, expect: pass, target: SUB_UID, resources: [subscription(), ...hierarchy(), weak] });
    if (!auditIsBest) {
      fixtures.push({ name: `${audit.effect} at the landing-zones group and ${enforcing.effect} at the root group: the stronger wins`, expect: 'PASS', target: SUB_UID, resources: [subscription(), ...hierarchy(), weak, enforced] });
    }
  }
  return fixtures;
}

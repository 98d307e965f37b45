/**
 * Azure Policy (SDK `@azure/arm-policy`): assignments that apply to each subscription (its own,
 * its resource groups' and resources', and those inherited from management groups), and each
 * management group's own, with the assigned definition — or every member of an initiative —
 * resolved to its effect (assignment parameter, else the definition's default). Exemptions through
 * the SDK pipeline (`@azure/arm-policy` 6 has no exemptions API), and each subscription's
 * compliance summary (`@azure/arm-policyinsights`).
 */
import { mapPool } from '../../../aws/collect/pool.js';
import { AZURE_TYPES, azureIds, azureUid, type PolicyAssignmentConfig, type PolicyExemptionConfig, type PolicyStatesConfig, type ResolvedPolicyDefinition } from '../../model/index.js';
import { classifyAzureError } from '../errors.js';
import type { AzureCollectContext, AzureServiceCollector } from '../types.js';
import { pick } from '../util.js';
import { accountOfScope } from './authorization.js';

export const EXEMPTIONS_API = '2022-07-01-preview';

type PolicyClientT = InstanceType<typeof import('@azure/arm-policy').PolicyClient>;
type Definition = { id?: string; displayName?: string; policyType?: string; policyRule?: unknown; parameters?: Record<string, { defaultValue?: unknown }> };
type SetDefinition = Definition & { policyDefinitions?: { policyDefinitionId?: string; policyDefinitionReferenceId?: string; parameters?: Record<string, { value?: unknown }> }[] };
type Assignment = Awaited<ReturnType<PolicyClientT['policyAssignments']['get']>>;

const EFFECTS = ['deny', 'audit', 'auditIfNotExists', 'deployIfNotExists', 'modify', 'append', 'disabled', 'denyAction', 'manual', 'addToNetworkGroup', 'mutate'];
const EFFECT = new Map(EFFECTS.map((e) => [e.toLowerCase(), e]));

/** A parameter by name, case-insensitively (Azure Policy parameter names are). */
function param<T>(map: Record<string, T> | undefined, name: string): T | undefined {
  if (!map) return undefined;
  if (name in map) return map[name];
  const key = Object.keys(map).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : map[key];
}

const PARAM_REF = /^\[parameters\('([^']+)'\)\]$/i;

/** A value that may be `[parameters('x')]`, resolved against `values` then the `defaults`. */
function resolveValue(raw: unknown, values: Record<string, unknown>, defaults: Record<string, { defaultValue?: unknown }> | undefined): unknown {
  if (typeof raw !== 'string') return raw;
  const m = PARAM_REF.exec(raw.trim());
  if (!m) return raw;
  const v = param(values, m[1]);
  return v !== undefined ? v : param(defaults, m[1])?.defaultValue;
}

/** The effect a definition takes with these parameter values (undefined for expressions mamori does not evaluate). */
export function effectOf(def: Definition, values: Record<string, unknown>): string | undefined {
  const rule = def.policyRule as { then?: { effect?: unknown } } | undefined;
  const raw = resolveValue(rule?.then?.effect, values, def.parameters);
  if (typeof raw !== 'string' || raw.startsWith('[')) return undefined;
  return EFFECT.get(raw.toLowerCase()) ?? raw.toLowerCase();
}

/** `/providers/Microsoft.Management/managementGroups/mg/providers/Microsoft.Authorization/policyDefinitions/x` → which SDK call reads it. */
async function loadDefinition(ctx: AzureCollectContext, client: PolicyClientT, id: string, set: boolean): Promise<Definition | SetDefinition> {
  return ctx.run.memo(`policy:${id.toLowerCase()}`, async () => {
    const name = id.split('/').pop()!;
    const ops = set ? client.policySetDefinitions : client.policyDefinitions;
    const mg = /^\/providers\/microsoft\.management\/managementgroups\/([^/]+)\//i.exec(id);
    const sub = /^\/subscriptions\/([^/]+)\//i.exec(id);
    if (mg) return ops.getAtManagementGroup(mg[1], name);
    if (sub) {
      if (sub[1].toLowerCase() === ctx.scope.subscriptionId?.toLowerCase()) return ops.get(name);
      const { PolicyClient } = await import('@azure/arm-policy');
      const other = ctx.clients.arm(PolicyClient, sub[1]);
      return (set ? other.policySetDefinitions : other.policyDefinitions).get(name);
    }
    return ops.getBuiltIn(name);
  });
}

function assignmentValues(a: Assignment): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a.parameters ?? {})) out[k] = (v as { value?: unknown })?.value;
  return out;
}

async function resolve(ctx: AzureCollectContext, client: PolicyClientT, a: Assignment, errors: Record<string, string>): Promise<{ definitions?: ResolvedPolicyDefinition[]; isInitiative: boolean }> {
  const id = a.policyDefinitionId ?? '';
  const isInitiative = /\/policySetDefinitions\//i.test(id);
  const values = assignmentValues(a);
  try {
    if (!isInitiative) {
      const def = await loadDefinition(ctx, client, id, false);
      return { isInitiative, definitions: [resolved(id, def, effectOf(def, values))] };
    }
    const set = (await loadDefinition(ctx, client, id, true)) as SetDefinition;
    const definitions = await mapPool(set.policyDefinitions ?? [], 8, async (member) => {
      const memberId = member.policyDefinitionId ?? '';
      const memberValues: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(member.parameters ?? {})) memberValues[k] = resolveValue(v?.value, values, set.parameters);
      try {
        const def = await loadDefinition(ctx, client, memberId, false);
        return { ...resolved(memberId, def, effectOf(def, memberValues)), ...(member.policyDefinitionReferenceId ? { referenceId: member.policyDefinitionReferenceId } : {}) };
      } catch (err) {
        errors.definitions ??= classifyAzureError(err);
        return { id: memberId.toLowerCase(), ...(member.policyDefinitionReferenceId ? { referenceId: member.policyDefinitionReferenceId } : {}) };
      }
    });
    return { isInitiative, definitions };
  } catch (err) {
    errors.definitions = classifyAzureError(err);
    return { isInitiative };
  }
}

function resolved(id: string, def: Definition, effect: string | undefined): ResolvedPolicyDefinition {
  return { id: id.toLowerCase(), ...(def.displayName ? { displayName: def.displayName } : {}), ...(def.policyType ? { policyType: def.policyType } : {}), ...(effect ? { effect } : {}) };
}

async function emitAssignments(ctx: AzureCollectContext, client: PolicyClientT, assignments: Assignment[], keep: (a: Assignment) => boolean) {
  await mapPool(assignments.filter((a) => a.id && a.name && keep(a)), 4, async (a) => {
    const errors: Record<string, string> = {};
    const config: PolicyAssignmentConfig = pick<PolicyAssignmentConfig>(a, ['id', 'name', 'displayName', 'description', 'scope', 'notScopes', 'policyDefinitionId', 'enforcementMode', 'parameters']);
    const { definitions, isInitiative } = await resolve(ctx, client, a, errors);
    config.isInitiative = isInitiative;
    if (definitions) config.definitions = definitions;
    ctx.emit({ uid: azureUid(a.id!), type: AZURE_TYPES.policyAssignment, name: a.name!, region: a.location, account: accountOfScope(a.scope, ctx.account), config, errors });
  });
}

interface RawExemption {
  id?: string;
  name?: string;
  properties?: { policyAssignmentId?: string; policyDefinitionReferenceIds?: string[]; exemptionCategory?: string; expiresOn?: string; displayName?: string };
}

async function exemptions(ctx: AzureCollectContext, path: string) {
  const items: RawExemption[] = [];
  const ok = await ctx.get('policy.policyExemptions.list', [AZURE_TYPES.policyExemption], () => ctx.clients.restList<RawExemption>(path, (page) => void items.push(...page)).then(() => true));
  if (!ok) return;
  for (const e of items) {
    if (!e.id || !e.name) continue;
    const scope = azureUid(e.id.replace(/\/providers\/Microsoft\.Authorization\/policyExemptions\/[^/]+$/i, ''));
    const p = e.properties ?? {};
    const config: PolicyExemptionConfig = {
      id: e.id,
      name: e.name,
      scope,
      policyAssignmentId: p.policyAssignmentId ?? '',
      exemptionCategory: p.exemptionCategory ?? '',
      ...(p.policyDefinitionReferenceIds?.length ? { policyDefinitionReferenceIds: p.policyDefinitionReferenceIds } : {}),
      ...(p.expiresOn ? { expiresOn: p.expiresOn } : {}),
      ...(p.displayName ? { displayName: p.displayName } : {}),
    };
    ctx.emit({ uid: azureUid(e.id), type: AZURE_TYPES.policyExemption, name: e.name, account: accountOfScope(scope, ctx.account), config });
  }
}

export const collector: AzureServiceCollector = {
  service: 'policy',
  scopes: ['subscription', 'managementGroup'],
  resourceTypes: [AZURE_TYPES.policyAssignment, AZURE_TYPES.policyExemption, AZURE_TYPES.policyStates],
  async collect(ctx) {
    const { PolicyClient } = await import('@azure/arm-policy');
    if (ctx.scope.kind === 'managementGroup') {
      // Definitions at management groups and built-ins need no subscription: any id binds the client.
      const client = ctx.clients.arm(PolicyClient, ctx.run.subscriptions[0]?.subscriptionId ?? '00000000-0000-0000-0000-000000000000');
      const mg = ctx.scope.managementGroup!;
      const assignments = await ctx.list('policy.policyAssignments.listForManagementGroup', [AZURE_TYPES.policyAssignment], () => client.policyAssignments.listForManagementGroup(mg, { filter: 'atExactScope()' }));
      await emitAssignments(ctx, client, assignments ?? [], () => true);
      await exemptions(ctx, `${azureIds.managementGroup(mg).replace('microsoft.management/managementgroups', 'Microsoft.Management/managementGroups')}/providers/Microsoft.Authorization/policyExemptions?api-version=${EXEMPTIONS_API}&$filter=atExactScope()`);
      return;
    }
    const sub = ctx.scope.subscriptionId!;
    const client = ctx.clients.arm(PolicyClient, sub);
    // Unfiltered: the subscription's own, those of its resource groups and resources, and those inherited from management groups.
    const assignments = await ctx.list('policy.policyAssignments.list', [AZURE_TYPES.policyAssignment], () => client.policyAssignments.list());
    await emitAssignments(ctx, client, assignments ?? [], () => true);
    await exemptions(ctx, `/subscriptions/${sub}/providers/Microsoft.Authorization/policyExemptions?api-version=${EXEMPTIONS_API}`);

    const { PolicyInsightsClient } = await import('@azure/arm-policyinsights');
    const insights = ctx.clients.arm(PolicyInsightsClient, sub);
    const summary = await ctx.get('policyinsights.policyStates.summarizeForSubscription', [AZURE_TYPES.policyStates], () => insights.policyStates.summarizeForSubscription('latest', sub));
    if (summary) {
      const config: PolicyStatesConfig = {
        subscriptionId: sub,
        assignments: (summary.value?.[0]?.policyAssignments ?? [])
          .filter((p) => p.policyAssignmentId)
          .map((p) => ({ policyAssignmentId: azureUid(p.policyAssignmentId!), nonCompliantResources: p.results?.nonCompliantResources ?? 0, nonCompliantPolicies: p.results?.nonCompliantPolicies ?? 0 })),
      };
      ctx.emit({ uid: azureIds.policyStates(sub), type: AZURE_TYPES.policyStates, name: 'latest', config });
    }
  },
};

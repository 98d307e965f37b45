/**
 * Azure Policy as guardrails: which policy definitions are in effect for a subscription, with what
 * effect, following Azure Policy's own rules. Pure: no I/O, the clock is a parameter.
 *
 * - An assignment applies to a subscription when its scope is the subscription or a management
 *   group above it (inheritance), and neither the subscription nor an ancestor is in `notScopes`.
 *   An assignment on one resource group, or a `notScopes` entry below the subscription, covers
 *   only part of it: `partial`.
 * - The effect of each definition (alone or inside an initiative) is resolved by the collector from
 *   the assignment's parameters or the definition's defaults (PolicyAssignmentConfig.definitions).
 *   Deny, DenyAction, DeployIfNotExists, Modify and Append prevent or remediate: `enforced`.
 *   Audit and AuditIfNotExists only report: `audit-only`. Disabled: as if not assigned.
 * - `enforcementMode: DoNotEnforce` turns every effect into reporting only: `audit-only`.
 * - An exemption (not expired) on the assignment, at the subscription or above, and for the
 *   definition's reference id when it lists some, removes the definition for the subscription;
 *   below the subscription it makes it `partial`. Both categories count (`Waiver` and `Mitigated`:
 *   mitigated elsewhere is not enforced here).
 */
import type { LocalizedText, Resource } from '../../model/types.js';
import type { GuardrailInput, IntentCheck, IntentStatus, ScopeGuardrails } from '../../guardrails/intents.js';
import {
  AZURE_TYPES,
  azureIds,
  azureUid,
  type PolicyAssignmentConfig,
  type PolicyExemptionConfig,
  type ResolvedPolicyDefinition,
  type SubscriptionConfig,
} from './model/index.js';

/** Built-in policy definition GUIDs (the same in every tenant) that implement each guardrail intent. */
export const AZURE_INTENT_DEFINITIONS: Readonly<Record<string, readonly { id: string; name: string }[]>> = {
  'restrict-locations': [
    { id: 'e56962a6-4747-49cd-b67b-bf8b01975c4c', name: 'Allowed locations' },
    { id: 'e765b5de-1225-4ba3-bd56-1ac6695af988', name: 'Allowed locations for resource groups' },
  ],
  'restrict-services': [
    { id: 'a08ec900-254a-4555-9bf5-e42af04b5c5c', name: 'Allowed resource types' },
    { id: '6c112d4e-5bc7-47ae-a041-ea2d9dccd749', name: 'Not allowed resource types' },
  ],
  'block-public-storage': [
    { id: '4fa4b6c0-31ca-4c0d-b10d-24b96f62a751', name: 'Storage account public access should be disallowed' },
    { id: 'b2982f36-99f2-4db5-8eff-283140c09693', name: 'Storage accounts should disable public network access' },
  ],
  'protect-audit-logging': [{ id: '2465583e-4e78-4c15-b6be-a36cbc7c8b0f', name: 'Configure Azure Activity logs to stream to specified Log Analytics workspace' }],
  'threat-detection-on': [
    { id: '4da35fc9-c9e7-4960-aec9-797fe7d9051d', name: 'Azure Defender for servers should be enabled' },
    { id: '8e86a5b6-b9bd-49d1-8e21-4bb8a0862222', name: 'Configure Azure Defender for servers to be enabled' },
  ],
  'deny-long-lived-keys': [{ id: '8c6a50c6-9ffd-4ae7-986f-5fa6111f9a54', name: 'Storage accounts should prevent shared key access' }],
  'enforce-encryption': [{ id: '4733ea7b-a883-42fe-8cac-97454c2a9e4a', name: 'Storage accounts should have infrastructure encryption' }],
  'enforce-secure-transport': [{ id: '404c3081-a854-4457-ae30-26a93ef643f9', name: 'Secure transfer to storage accounts should be enabled' }],
  'restrict-public-ips': [{ id: '83a86a26-fd1f-447c-b59d-e51f44264114', name: 'Network interfaces should not have public IPs' }],
  'require-mfa-admins': [{ id: 'e3e008c3-56b9-4133-8fd7-d3347377402a', name: 'Accounts with owner permissions on Azure resources should be MFA enabled' }],
  'require-tags': [
    { id: '871b6d14-10aa-478d-b590-94f262ecfa99', name: 'Require a tag on resources' },
    { id: '96670d01-0a4d-4649-9c89-2d3abc0a5025', name: 'Require a tag on resource groups' },
  ],
};

const PREVENTIVE = new Set(['deny', 'denyaction', 'deployifnotexists', 'modify', 'append']);
const REPORTING = new Set(['audit', 'auditifnotexists', 'manual']);

/** How much of the subscription an assignment or exemption scope covers. */
type Coverage = 'all' | 'part' | 'none';

/** One definition in effect (or exempted) for a subscription, with why. */
export interface EffectiveDefinition {
  assignment: Pick<PolicyAssignmentConfig, 'id' | 'name' | 'displayName' | 'scope' | 'enforcementMode'>;
  definition: ResolvedPolicyDefinition;
  status: Exclude<IntentStatus, 'unknown' | 'not-applicable'>;
  reason: LocalizedText;
}

/** Lower-cased definition GUID of a definition id (`…/policyDefinitions/<guid>`). */
const definitionGuid = (id: string) => id.toLowerCase().split('/').pop() ?? '';

function coverage(scope: string | undefined, subscriptionId: string, ancestors: readonly string[]): Coverage {
  if (!scope) return 'none';
  const s = azureUid(scope);
  const sub = azureIds.subscription(subscriptionId);
  if (s === sub || ancestors.some((mg) => s === azureIds.managementGroup(mg))) return 'all';
  if (s.startsWith(`${sub}/`)) return 'part';
  return 'none';
}

/** The assignments that reach a subscription and how much of it they cover (notScopes applied). */
function assignmentCoverage(a: PolicyAssignmentConfig, subscriptionId: string, ancestors: readonly string[]): Coverage {
  const own = coverage(a.scope, subscriptionId, ancestors);
  if (own === 'none') return 'none';
  let result: Coverage = own;
  for (const ns of a.notScopes ?? []) {
    const c = coverage(ns, subscriptionId, ancestors);
    if (c === 'all') return 'none';
    if (c === 'part') result = 'part';
  }
  return result;
}

/** Every definition that applies to the subscription, through assignments at it or above, with its status. */
export function effectiveDefinitions(
  subscription: Pick<SubscriptionConfig, 'subscriptionId' | 'managementGroupAncestors'>,
  assignments: readonly PolicyAssignmentConfig[],
  exemptions: readonly PolicyExemptionConfig[],
  now: Date,
): EffectiveDefinition[] {
  const subId = subscription.subscriptionId.toLowerCase();
  const ancestors = (subscription.managementGroupAncestors ?? []).map((g) => g.toLowerCase());
  const live = exemptions.filter((e) => !e.expiresOn || Date.parse(e.expiresOn) > now.getTime());
  const out: EffectiveDefinition[] = [];
  for (const a of assignments) {
    const cover = assignmentCoverage(a, subId, ancestors);
    if (cover === 'none') continue;
    const doNotEnforce = (a.enforcementMode ?? 'Default').toLowerCase() === 'donotenforce';
    const assignmentExemptions = live.filter((e) => azureUid(e.policyAssignmentId) === azureUid(a.id ?? ''));
    for (const d of a.definitions ?? []) {
      const effect = d.effect?.toLowerCase();
      if (effect === 'disabled') continue;
      const exempted = assignmentExemptions
        .filter((e) => !e.policyDefinitionReferenceIds?.length || (d.referenceId && e.policyDefinitionReferenceIds.some((r) => r.toLowerCase() === d.referenceId!.toLowerCase())))
        .map((e) => ({ e, c: coverage(e.scope, subId, ancestors) }))
        .filter((x) => x.c !== 'none');
      const whole = exempted.find((x) => x.c === 'all');
      if (whole) continue;
      const name = a.displayName ?? a.name ?? a.id ?? '';
      let status: EffectiveDefinition['status'];
      let reason: LocalizedText;
      if (doNotEnforce) {
        status = 'audit-only';
        reason = { en: `assignment "${name}" has enforcement mode DoNotEnforce: it reports but does not deny`, ja: `割り当て「${name}」の適用モードが DoNotEnforce のため、報告のみで拒否しません` };
      } else if (effect && PREVENTIVE.has(effect)) {
        status = 'enforced';
        reason = { en: `assignment "${name}" applies it with effect ${d.effect}`, ja: `割り当て「${name}」が効果 ${d.effect} で適用しています` };
      } else if (effect && REPORTING.has(effect)) {
        status = 'audit-only';
        reason = { en: `assignment "${name}" applies it with effect ${d.effect}: it reports but does not deny`, ja: `割り当て「${name}」は効果 ${d.effect} のため、報告のみで拒否しません` };
      } else {
        status = 'audit-only';
        reason = { en: `assignment "${name}" applies it, but its effect could not be resolved`, ja: `割り当て「${name}」が適用していますが、効果を特定できませんでした` };
      }
      if (status === 'enforced' && (cover === 'part' || exempted.length)) {
        status = 'partial';
        reason =
          cover === 'part'
            ? { en: `${reason.en}, but only on part of the subscription (resource group scope or excluded scopes)`, ja: `${reason.ja}。ただしサブスクリプションの一部（リソース グループのスコープまたは除外スコープ）のみです` }
            : { en: `${reason.en}, but exemptions remove part of the subscription`, ja: `${reason.ja}。ただし適用除外によりサブスクリプションの一部が外れています` };
      }
      out.push({ assignment: { id: a.id, name: a.name, displayName: a.displayName, scope: a.scope, enforcementMode: a.enforcementMode }, definition: d, status, reason });
    }
  }
  return out;
}

const RANK: Record<EffectiveDefinition['status'], number> = { enforced: 3, partial: 2, 'audit-only': 1, missing: 0 };

/** Per subscription of the snapshot, every guardrail intent's status from the Azure Policy assignments. */
export function azureGuardrails({ resources, errors }: GuardrailInput, now: Date): ScopeGuardrails[] {
  const subscriptions: Resource<SubscriptionConfig>[] = [];
  const assignments: PolicyAssignmentConfig[] = [];
  const exemptions: PolicyExemptionConfig[] = [];
  for (const r of resources) {
    if (r.type === AZURE_TYPES.subscription) subscriptions.push(r as unknown as Resource<SubscriptionConfig>);
    else if (r.type === AZURE_TYPES.policyAssignment) assignments.push(r.config as unknown as PolicyAssignmentConfig);
    else if (r.type === AZURE_TYPES.policyExemption) exemptions.push(r.config as unknown as PolicyExemptionConfig);
  }
  const policyFailed = (scope: string) => errors.some((e) => e.provider === 'azure' && e.service === 'policy' && !e.resourceUid && e.account.toLowerCase() === scope.toLowerCase());
  return subscriptions.map((sub) => {
    const subId = sub.config.subscriptionId.toLowerCase();
    const effective = effectiveDefinitions(sub.config, assignments, exemptions, now);
    // Assignments above the subscription are read per management group: a group whose listing failed leaves the answer open.
    const blind = policyFailed(subId) || (sub.config.managementGroupAncestors ?? []).some((g) => policyFailed(`managementGroups/${g}`));
    const checks: IntentCheck[] = Object.entries(AZURE_INTENT_DEFINITIONS).map(([intent, defs]) => {
      const guids = new Set(defs.map((d) => d.id));
      const matching = effective.filter((e) => guids.has(definitionGuid(e.definition.id)));
      const best = matching.sort((a, b) => RANK[b.status] - RANK[a.status])[0];
      const controls = [...new Set(matching.map((m) => m.assignment.displayName ?? m.assignment.name ?? ''))].filter(Boolean);
      if (best) return { intent, status: best.status, reason: best.reason, controls };
      const names = defs.map((d) => `"${d.name}"`).join(', ');
      if (blind) {
        return {
          intent,
          status: 'unknown',
          reason: { en: `The policy assignments of this subscription or a management group above it could not be read; looked for ${names}.`, ja: `このサブスクリプションまたは上位の管理グループのポリシー割り当てを読み取れませんでした。確認対象: ${names}` },
          controls: [],
        };
      }
      return {
        intent,
        status: 'missing',
        reason: { en: `No assignment at this subscription or a management group above it applies ${names}.`, ja: `このサブスクリプションにも上位の管理グループにも、${names} を適用する割り当てがありません。` },
        controls: [],
      };
    });
    return { provider: 'azure' as const, scope: subId, name: sub.config.displayName ?? sub.name, checks };
  });
}

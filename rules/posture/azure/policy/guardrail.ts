/**
 * Azure Policy guardrails as posture rules: one rule per guardrail intent that Azure Policy
 * implements (src/providers/azure/policy.ts › AZURE_INTENT_DEFINITIONS), assessed per subscription.
 *
 * The rule reads the policy assignments and exemptions of the subscription's own scope and of every
 * management group above it (management-group inheritance), and lets the Azure Policy evaluator
 * (`effectiveDefinitions`) decide, for the intent's built-in definitions, what is in effect:
 * enforced (Deny, DeployIfNotExists, Modify, …), only audited (Audit, AuditIfNotExists or
 * DoNotEnforce), enforced on part of the subscription (resource-group scope, notScopes, exemptions
 * below the subscription), or nothing.
 *
 * What mamori could not see leaves the answer open rather than failing it: a management group above
 * the subscription that was not collected, or whose policy listing failed, may hold an assignment
 * (or an exemption that removes one); an assignment whose definitions could not be resolved may be
 * the one. A match that such a gap cannot undo (enforced at the subscription, or at a group below
 * every blind one: exemptions sit at or below their assignment) still passes.
 */
import { defineRule, fail, notAssessed, pass, type AutomatedRule, type FrameworkMappings, type ImprovementDoc, type RuleRemediationCode, type Urgency } from '../../../../src/model/rule.js';
import type { LocalizedText, Resource, Severity } from '../../../../src/model/types.js';
import {
  AZURE_TYPES,
  azureIds,
  azureScope,
  azureUid,
  type PolicyAssignmentConfig,
  type PolicyExemptionConfig,
  type SubscriptionConfig,
} from '../../../../src/providers/azure/model/index.js';
import { AZURE_INTENT_DEFINITIONS, effectiveDefinitions, type EffectiveDefinition } from '../../../../src/providers/azure/policy.js';

/** What `effectiveDefinitions` can say of one definition. */
export type GuardrailStatus = EffectiveDefinition['status'];

export interface AzurePolicyGuardrailOptions {
  /** `azure-policy-<intent>` */
  id: string;
  /** A key of AZURE_INTENT_DEFINITIONS. */
  intent: string;
  title: LocalizedText;
  severity: Severity;
  urgency: Urgency;
  frameworks: FrameworkMappings;
  doc: { en: ImprovementDoc; ja: ImprovementDoc };
  remediation: RuleRemediationCode;
  references: string[];
  /**
   * The statuses that satisfy the intent (default: `enforced` only). A definition that can only
   * audit by design (AuditIfNotExists with no other effect) is at its best when audited: list
   * `audit-only` too, and say so in the document.
   */
  satisfiedBy?: readonly Exclude<GuardrailStatus, 'missing'>[];
}

const POLICY_TYPES: string[] = [AZURE_TYPES.policyAssignment, AZURE_TYPES.policyExemption];
const RANK: Record<GuardrailStatus, number> = { enforced: 3, partial: 2, 'audit-only': 1, missing: 0 };
const EVIDENCE_CAP = 10;

/** Lower-cased GUID of a definition id (`…/policyDefinitions/<guid>`). */
const guidOf = (id: string | undefined) => (id ?? '').toLowerCase().split('/').pop() ?? '';

/** A policy scope in words: this subscription, a resource group of it, a management group. */
function describeScope(scope: string | undefined, subscriptionId: string, groupLabel: (name: string) => string = (n) => n): LocalizedText {
  const s = azureUid(scope ?? '');
  const mg = /^\/providers\/microsoft\.management\/managementgroups\/([^/]+)$/.exec(s);
  if (mg) return { en: `management group ${groupLabel(mg[1])}`, ja: `管理グループ ${groupLabel(mg[1])}` };
  if (s === azureIds.subscription(subscriptionId)) return { en: 'this subscription', ja: 'このサブスクリプション' };
  const rg = /^\/subscriptions\/[^/]+\/resourcegroups\/([^/]+)/.exec(s);
  if (rg) return { en: `resource group ${rg[1]}`, ja: `リソース グループ ${rg[1]}` };
  return { en: scope ?? 'an unknown scope', ja: scope ?? '不明なスコープ' };
}

const EFFECT_NAMES = new Map(['Deny', 'DenyAction', 'Audit', 'AuditIfNotExists', 'DeployIfNotExists', 'Modify', 'Append', 'Disabled', 'Manual'].map((e) => [e.toLowerCase(), e]));
/** An effect as Azure Policy writes it (`deployIfNotExists` → `DeployIfNotExists`). */
const effectName = (effect: string | undefined) => (effect ? (EFFECT_NAMES.get(effect.toLowerCase()) ?? effect) : 'unresolved');

const assignmentName = (a: Pick<PolicyAssignmentConfig, 'displayName' | 'name' | 'id'>) => a.displayName ?? a.name ?? a.id ?? '';

/** Whether the assignment cannot be read for this intent: its definitions were not resolved (`errors.definitions`, or absent). */
function unresolved(r: Resource<PolicyAssignmentConfig>, guids: ReadonlySet<string>): boolean {
  const c = r.config;
  // A member of an initiative that could not be loaded still has its id: only its effect is unknown (handled by the caller).
  if (c.definitions) return false;
  // A single definition names itself; an initiative's members are unknown.
  const initiative = c.isInitiative ?? /\/policysetdefinitions\//i.test(c.policyDefinitionId ?? '');
  return initiative || guids.has(guidOf(c.policyDefinitionId));
}

/** Creates the rule of one guardrail intent (see the file comment). */
export function defineAzurePolicyGuardrail(options: AzurePolicyGuardrailOptions): AutomatedRule<SubscriptionConfig> {
  const definitions = AZURE_INTENT_DEFINITIONS[options.intent];
  if (!definitions?.length) throw new Error(`${options.id}: no Azure Policy definitions for intent ${options.intent}`);
  const guids = new Set(definitions.map((d) => d.id.toLowerCase()));
  const namesEn = definitions.map((d) => `"${d.name}" (${d.id})`).join(' or ');
  const namesJa = definitions.map((d) => `「${d.name}」（${d.id}）`).join('または');
  const satisfiedBy = new Set<GuardrailStatus>(options.satisfiedBy ?? ['enforced']);
  const assignHint: LocalizedText = satisfiedBy.has('audit-only')
    ? { en: 'Assign it at the management group that holds the subscriptions.', ja: 'サブスクリプションを含む管理グループで割り当ててください。' }
    : { en: 'Assign it at the management group that holds the subscriptions, with an effect that denies or remediates (not Audit).', ja: 'サブスクリプションを含む管理グループで、拒否または修復する効果（Audit 以外）を指定して割り当ててください。' };

  return defineRule<SubscriptionConfig>({
    id: options.id,
    services: ['policy'],
    title: options.title,
    severity: options.severity,
    urgency: options.urgency,
    resourceTypes: [AZURE_TYPES.subscription],
    reads: [...POLICY_TYPES, AZURE_TYPES.managementGroup],
    readsAcrossScopes: [...POLICY_TYPES, AZURE_TYPES.managementGroup],
    requires: ['subscriptionId', 'managementGroupAncestors'],
    frameworks: options.frameworks,
    doc: options.doc,
    remediation: options.remediation,
    references: options.references,
    evaluate(sub, ctx) {
      const { subscriptionId, managementGroupAncestors } = sub.config;
      if (typeof subscriptionId !== 'string' || !Array.isArray(managementGroupAncestors)) {
        return notAssessed({ en: `The subscription id or its management groups were not collected for ${sub.name}.`, ja: `${sub.name} のサブスクリプション ID または管理グループが収集されていません。` });
      }
      const subId = subscriptionId.toLowerCase();
      const ancestors = managementGroupAncestors;
      const ofScope = <C>(type: string, account: string): Resource<C>[] => {
        const found = ctx.resources<C>(type, { account });
        const lower = account.toLowerCase();
        return found.length || lower === account ? found : ctx.resources<C>(type, { account: lower });
      };
      const policyFailed = (account: string) =>
        (ctx.listingErrors?.(account) ?? []).some((e) => e.service === 'policy' && (!e.resourceTypes || e.resourceTypes.some((t) => POLICY_TYPES.includes(t))));

      // The subscription's own policy listing failed: nothing can be said (the engine usually reports this first).
      if (policyFailed(azureScope.subscription(subId)) || (sub.account !== azureScope.subscription(subId) && policyFailed(sub.account))) {
        return notAssessed({ en: `The policy assignments or exemptions of subscription ${sub.name} could not be listed.`, ja: `サブスクリプション ${sub.name} のポリシー割り当てまたは適用除外を一覧できませんでした。` });
      }

      // Read the subscription's scope and every management group above it; note the groups mamori is blind to.
      const assignmentResources = new Map<string, Resource<PolicyAssignmentConfig>>();
      const exemptions = new Map<string, PolicyExemptionConfig>();
      const blind: { group: string; index: number; why: 'not-collected' | 'listing-failed' }[] = [];
      const scopes = [{ account: azureScope.subscription(subId), group: undefined as string | undefined, index: -1 }, ...ancestors.map((g, index) => ({ account: azureScope.managementGroup(g), group: g, index }))];
      for (const { account, group, index } of scopes) {
        const assigned = ofScope<PolicyAssignmentConfig>(AZURE_TYPES.policyAssignment, account);
        const exempted = ofScope<PolicyExemptionConfig>(AZURE_TYPES.policyExemption, account);
        for (const r of assigned) assignmentResources.set(r.uid, r);
        for (const r of exempted) exemptions.set(r.uid, r.config);
        if (group === undefined) continue;
        if (policyFailed(account)) blind.push({ group, index, why: 'listing-failed' });
        else if (!ctx.byUid(azureIds.managementGroup(group)) && assigned.length === 0) blind.push({ group, index, why: 'not-collected' });
      }
      const assignments = [...assignmentResources.values()].map((r) => r.config);
      const exemptionList = [...exemptions.values()];
      const firstBlind = blind.length ? Math.min(...blind.map((b) => b.index)) : Infinity;

      const subject = { subscriptionId: subId, managementGroupAncestors: ancestors };
      const matching = effectiveDefinitions(subject, assignments, exemptionList, ctx.now).filter((e) => guids.has(guidOf(e.definition.id)));
      const dne = (e: EffectiveDefinition) => (e.assignment.enforcementMode ?? 'Default').toLowerCase() === 'donotenforce';
      // An effect mamori could not resolve (definition not loaded, an expression): not known to enforce, nor to be weaker.
      const undetermined = (e: EffectiveDefinition) => !e.definition.effect && !dne(e);
      const levelOf = (scope: string | undefined) => {
        const s = azureUid(scope ?? '');
        const i = ancestors.findIndex((g) => s === azureIds.managementGroup(g));
        return i >= 0 ? i : -1;
      };
      const groupLabel = (name: string) => {
        const display = ctx.byUid(azureIds.managementGroup(name))?.name;
        return display && display !== name ? `${name} ("${display}")` : name;
      };
      const where = (e: Pick<EffectiveDefinition, 'assignment'>) => describeScope(e.assignment.scope, subId, groupLabel);
      const ranked = (list: EffectiveDefinition[]) => [...list].sort((a, b) => RANK[b.status] - RANK[a.status] || levelOf(a.assignment.scope) - levelOf(b.assignment.scope));
      const describe = (e: EffectiveDefinition) => ({
        assignment: assignmentName(e.assignment),
        assignmentId: e.assignment.id,
        scope: where(e).en,
        definition: e.definition.displayName ?? definitions.find((d) => d.id === guidOf(e.definition.id))?.name ?? e.definition.id,
        ...(e.definition.referenceId ? { referenceId: e.definition.referenceId } : {}),
        effect: effectName(e.definition.effect),
        enforcementMode: e.assignment.enforcementMode ?? 'Default',
        status: undetermined(e) ? 'undetermined' : e.status,
      });
      const evidence = (list: EffectiveDefinition[], extra: Record<string, unknown> = {}) => ({
        assignments: ranked(list).slice(0, EVIDENCE_CAP).map(describe),
        ...(list.length > EVIDENCE_CAP ? { moreAssignments: list.length - EVIDENCE_CAP } : {}),
        ...extra,
      });
      const blindEvidence = blind.length ? { blindManagementGroups: blind.map((b) => ({ managementGroup: b.group, reason: b.why })) } : {};

      // PASS: a satisfying match that no blind spot can undo.
      // An audit that counts must cover the whole subscription (the evaluator marks only enforced matches partial).
      const whole = (e: EffectiveDefinition) => e.status !== 'audit-only' || !azureUid(e.assignment.scope ?? '').startsWith(`${azureIds.subscription(subId)}/`);
      const satisfying = ranked(matching.filter((e) => satisfiedBy.has(e.status) && !undetermined(e) && whole(e)));
      const safe = satisfying.filter((e) => levelOf(e.assignment.scope) < firstBlind);
      if (safe.length) {
        const best = safe[0];
        const at = where(best);
        const effect = effectName(best.definition.effect);
        const note: LocalizedText =
          best.status !== 'audit-only'
            ? { en: '', ja: '' }
            : dne(best)
              ? { en: ' in enforcement mode DoNotEnforce, which still evaluates and reports compliance; this definition can only audit by design', ja: '（適用モード DoNotEnforce ですが、準拠状況の評価と報告は行われます。この定義は設計上、監査のみ可能です）' }
              : { en: '; this definition can only audit by design', ja: '（この定義は設計上、監査のみ可能です）' };
        return pass(
          {
            en: `Assignment "${assignmentName(best.assignment)}" at ${at.en} applies "${describe(best).definition}" to this subscription with effect ${effect}${note.en}.`,
            ja: `割り当て「${assignmentName(best.assignment)}」（${at.ja}）が、このサブスクリプションに「${describe(best).definition}」を効果 ${effect} で適用しています${note.ja}。`,
          },
          evidence(matching),
        );
      }

      // NOT_ASSESSED: what mamori could not see may hold (or exempt) the guardrail.
      if (blind.length) {
        const groups = blind.map((b) => `${b.group} (${b.why === 'listing-failed' ? 'policy listing failed' : 'not collected'})`).join(', ');
        const groupsJa = blind.map((b) => `${b.group}（${b.why === 'listing-failed' ? 'ポリシーの一覧取得に失敗' : '未収集'}）`).join('、');
        return notAssessed(
          {
            en: `The policy assignments and exemptions of management group(s) above this subscription could not be read: ${groups}. They may assign ${namesEn}, or exempt this subscription from it.`,
            ja: `このサブスクリプションの上位にある管理グループのポリシー割り当てと適用除外を読み取れませんでした: ${groupsJa}。そこで ${namesJa} が割り当てられている、またはこのサブスクリプションが適用除外されている可能性があります。`,
          },
          evidence(matching, blindEvidence),
        );
      }
      const unreadable = [...assignmentResources.values()].filter((r) => unresolved(r, guids) && reaches(r.config));
      const unknownEffect = matching.filter(undetermined);
      if (unreadable.length || unknownEffect.length) {
        const names = [...new Set([...unreadable.map((r) => assignmentName(r.config)), ...unknownEffect.map((e) => assignmentName(e.assignment))])];
        return notAssessed(
          {
            en: `The definitions or effects of assignment(s) ${names.map((n) => `"${n}"`).join(', ')}, which apply to this subscription, could not be resolved: they may enforce ${namesEn}.`,
            ja: `このサブスクリプションに適用される割り当て${names.map((n) => `「${n}」`).join('、')}の定義または効果を解決できませんでした。${namesJa} を強制している可能性があります。`,
          },
          evidence(matching, { unresolvedAssignments: unreadable.slice(0, EVIDENCE_CAP).map((r) => r.config.id ?? r.uid) }),
        );
      }

      // FAIL: partial, audit-only, or nothing.
      const best = ranked(matching)[0];
      if (best?.status === 'partial') {
        const left = leftOut(best, assignments, exemptionList, subId, ctx.now);
        return fail(
          {
            en: `"${describe(best).definition}" is enforced on only part of this subscription: ${best.reason.en} (assigned at ${where(best).en}).${left.length ? ` Left out: ${left.map((l) => l.en).join('; ')}.` : ''}`,
            ja: `「${describe(best).definition}」はこのサブスクリプションの一部にしか強制されていません: ${best.reason.ja}（${where(best).ja} で割り当て）。${left.length ? `対象外: ${left.map((l) => l.ja).join('、')}。` : ''}`,
          },
          evidence(matching, { leftOut: left.map((l) => l.en) }),
        );
      }
      if (best && satisfiedBy.has(best.status)) {
        return fail(
          {
            en: `"${describe(best).definition}" is assigned only at ${where(best).en} (assignment "${assignmentName(best.assignment)}"), which does not cover the whole subscription.`,
            ja: `「${describe(best).definition}」は ${where(best).ja} にのみ割り当てられており（割り当て「${assignmentName(best.assignment)}」）、サブスクリプション全体を対象としていません。`,
          },
          evidence(matching),
        );
      }
      if (best) {
        return fail(
          {
            en: `"${describe(best).definition}" is only audited here, not enforced: ${best.reason.en} (assigned at ${where(best).en}). Non-compliant resources are reported, but nothing stops or fixes them.`,
            ja: `「${describe(best).definition}」はここでは監査のみで、強制されていません: ${best.reason.ja}（${where(best).ja} で割り当て）。非準拠のリソースは報告されますが、作成を止めることも修正することもありません。`,
          },
          evidence(matching),
        );
      }
      // Nothing applies: say why an assignment that names the definition does not count here.
      const unexempted = effectiveDefinitions(subject, assignments, [], ctx.now).filter((e) => guids.has(guidOf(e.definition.id)));
      if (unexempted.length) {
        const e = ranked(unexempted)[0];
        const waivers = exemptionList.filter((x) => azureUid(x.policyAssignmentId ?? '') === azureUid(e.assignment.id ?? '') && (!x.expiresOn || Date.parse(x.expiresOn) > ctx.now.getTime()));
        const names = waivers.map((x) => `"${x.displayName ?? x.name}" (${x.exemptionCategory}${x.expiresOn ? `, expires ${x.expiresOn}` : ', no expiry'})`).join(', ');
        const namesJaW = waivers.map((x) => `「${x.displayName ?? x.name}」（${x.exemptionCategory}、${x.expiresOn ? `期限 ${x.expiresOn}` : '期限なし'}）`).join('、');
        return fail(
          {
            en: `Assignment "${assignmentName(e.assignment)}" at ${where(e).en} applies "${describe(e).definition}", but exemption ${names || '(unnamed)'} removes this subscription from it.`,
            ja: `割り当て「${assignmentName(e.assignment)}」（${where(e).ja}）が「${describe(e).definition}」を適用していますが、適用除外${namesJaW || '（名前なし）'}によりこのサブスクリプションは対象外です。`,
          },
          {
            ...evidence(unexempted),
            exemptions: waivers.slice(0, EVIDENCE_CAP).map((x) => ({ id: x.id, scope: x.scope, category: x.exemptionCategory, ...(x.expiresOn ? { expiresOn: x.expiresOn } : {}) })),
          },
        );
      }
      const inert = assignments.flatMap((a) =>
        (a.definitions ?? []).filter((d) => guids.has(guidOf(d.id))).map((d) => ({ assignment: assignmentName(a), scope: describeScope(a.scope, subId, groupLabel).en, effect: effectName(d.effect), notScopes: a.notScopes ?? [] })),
      );
      const whyInert = inert.length
        ? {
            en: ` Assignment(s) ${[...new Set(inert.map((i) => `"${i.assignment}"`))].join(', ')} name it but do not apply here (effect Disabled, or this subscription is in their notScopes).`,
            ja: `割り当て${[...new Set(inert.map((i) => `「${i.assignment}」`))].join('、')}はこの定義を含みますが、ここには適用されていません（効果が Disabled、またはこのサブスクリプションが notScopes に含まれています）。`,
          }
        : { en: '', ja: '' };
      return fail(
        {
          en: `No policy assignment at this subscription or at the management groups above it (${ancestors.map(groupLabel).join(' > ') || 'none known'}) applies ${namesEn}. ${assignHint.en}${whyInert.en}`,
          ja: `このサブスクリプションにも上位の管理グループ（${ancestors.map(groupLabel).join(' > ') || '不明'}）にも、${namesJa} を適用するポリシー割り当てがありません。${assignHint.ja}${whyInert.ja}`,
        },
        { assignments: [], builtInDefinitions: definitions.map((d) => ({ id: d.id, name: d.name })), ...(inert.length ? { notApplying: inert.slice(0, EVIDENCE_CAP) } : {}) },
      );

      /** Whether an assignment reaches the subscription (its scope and notScopes), whatever it assigns. */
      function reaches(a: PolicyAssignmentConfig): boolean {
        const probe = { ...a, definitions: [{ id: '/providers/microsoft.authorization/policydefinitions/mamori-probe', effect: 'deny' }] };
        return effectiveDefinitions(subject, [probe], exemptionList, ctx.now).length > 0;
      }
    },
  });
}

/** What a partial match leaves out: the assignment's resource-group scope, its notScopes and exemptions inside the subscription. */
function leftOut(e: EffectiveDefinition, assignments: readonly PolicyAssignmentConfig[], exemptions: readonly PolicyExemptionConfig[], subId: string, now: Date): LocalizedText[] {
  const sub = azureIds.subscription(subId);
  const out: LocalizedText[] = [];
  const scope = azureUid(e.assignment.scope ?? '');
  if (scope.startsWith(`${sub}/`)) out.push({ en: `everything outside ${e.assignment.scope} (the assignment's own scope)`, ja: `${e.assignment.scope} 以外のすべて（割り当て自体のスコープ）` });
  const a = assignments.find((x) => azureUid(x.id ?? '') === azureUid(e.assignment.id ?? ''));
  for (const ns of a?.notScopes ?? []) if (azureUid(ns).startsWith(`${sub}/`)) out.push({ en: `${ns} (notScopes)`, ja: `${ns}（notScopes）` });
  for (const x of exemptions) {
    if (azureUid(x.policyAssignmentId ?? '') !== azureUid(e.assignment.id ?? '')) continue;
    if (x.expiresOn && Date.parse(x.expiresOn) <= now.getTime()) continue;
    if (x.policyDefinitionReferenceIds?.length && !(e.definition.referenceId && x.policyDefinitionReferenceIds.some((r) => r.toLowerCase() === e.definition.referenceId!.toLowerCase()))) continue;
    if (azureUid(x.scope ?? '').startsWith(`${sub}/`)) {
      const name = x.displayName ?? x.name;
      out.push({ en: `${x.scope} (exemption "${name}", ${x.exemptionCategory})`, ja: `${x.scope}（適用除外「${name}」、${x.exemptionCategory}）` });
    }
  }
  return out.slice(0, EVIDENCE_CAP);
}

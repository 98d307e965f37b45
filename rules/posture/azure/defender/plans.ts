/**
 * Defender for Cloud plans (`Microsoft.Security/pricings`), read from the subscription: one factory
 * for the "plan X is on" rules, and the look-ups the component rules share.
 *
 * The rules are evaluated on the subscription resource, not on the pricing resources: a plan the
 * pricings API did not return is not a plan that is off (it is not offered in this subscription or
 * cloud, or the list was not collected), so it gives NOT_ASSESSED, never FAIL or PASS.
 */
import { defineRule, fail, notAssessed, pass, type AutomatedRule, type EvaluationContext, type FrameworkMappings, type Urgency } from '../../../../src/model/rule.js';
import type { LocalizedText, Resource, Severity } from '../../../../src/model/types.js';
import { AZURE_TYPES, type PricingConfig, type SubscriptionConfig } from '../../../../src/providers/azure/model/index.js';

export type PlanLookup =
  /** The subscription's pricings were not collected at all. */
  | { kind: 'uncollected' }
  /** Collected, but this plan is not among them. */
  | { kind: 'missing'; collected: string[] }
  | { kind: 'found'; pricing: Resource<PricingConfig> };

/** The subscription's pricing for a plan (names compare case-insensitively, as ARM does). */
export function lookupPlan(ctx: EvaluationContext, account: string, plan: string): PlanLookup {
  const pricings = ctx.resources<PricingConfig>(AZURE_TYPES.pricing, { account });
  if (pricings.length === 0) return { kind: 'uncollected' };
  const wanted = plan.toLowerCase();
  const pricing = pricings.find((p) => (p.config.name ?? p.name).toLowerCase() === wanted);
  return pricing ? { kind: 'found', pricing } : { kind: 'missing', collected: pricings.map((p) => p.config.name ?? p.name) };
}

/** `true` / `false` for a component the plan lists, `undefined` when it does not list it. */
export function componentEnabled(pricing: PricingConfig, component: string): boolean | undefined {
  const ext = pricing.extensions?.find((e) => e.name?.toLowerCase() === component.toLowerCase());
  if (!ext) return undefined;
  return String(ext.isEnabled).toLowerCase() === 'true';
}

/** `Standard` is on (ARM writes `Standard` / `Free`; compare without case). */
export const isStandard = (pricing: PricingConfig) => pricing.pricingTier?.toLowerCase() === 'standard';

/** The NOT_ASSESSED outcome for a plan that could not be read, or `undefined` when it was found. */
export function planNotReadable(lookup: PlanLookup, plan: string, label: LocalizedText, subscription: string) {
  if (lookup.kind === 'uncollected') {
    return notAssessed(
      { en: `The Defender for Cloud plans of subscription ${subscription} were not collected.`, ja: `サブスクリプション ${subscription} の Defender for Cloud プランが収集されていません。` },
      { plan },
    );
  }
  if (lookup.kind === 'missing') {
    return notAssessed(
      {
        en: `The pricings API returned no ${label.en} plan (${plan}) for subscription ${subscription}; it may not be offered in this subscription or cloud.`,
        ja: `サブスクリプション ${subscription} について、価格 API が ${label.ja} プラン (${plan}) を返しませんでした。このサブスクリプションまたはクラウドでは提供されていない可能性があります。`,
      },
      { plan, plansReturned: lookup.collected },
    );
  }
  return undefined;
}

interface PlanDocText {
  description: string;
  urgency: string;
  risk: string;
  recommendation: string;
}

export interface PlanRuleSpec {
  id: string;
  /** The pricing name, e.g. `VirtualMachines`. */
  plan: string;
  /** The plan as the portal's "Defender plans" page names it. */
  label: LocalizedText;
  /** Sub-plan to write in the remediation (`P2`, `DefenderForStorageV2`, …), when the plan has sub-plans. */
  subPlan?: string;
  /** Components (pricing extensions) that must also be on for the plan to count as fully on. */
  components?: string[];
  title: LocalizedText;
  severity: Severity;
  urgency: Urgency;
  frameworks: FrameworkMappings;
  references: string[];
  doc: { en: PlanDocText; ja: PlanDocText };
}

/** A rule that the Defender plan `spec.plan` is on (`Standard`) for every subscription. */
export function defenderPlanRule(spec: PlanRuleSpec): AutomatedRule<SubscriptionConfig> {
  const { plan, label, subPlan, components = [] } = spec;
  const subPlanArg = subPlan ? ` --subplan ${subPlan}` : '';
  const extensionArgs = components.map((c) => ` --extensions name=${c} isEnabled=True`).join('');
  const bicepProps = [
    `    pricingTier: 'Standard'`,
    ...(subPlan ? [`    subPlan: '${subPlan}'`] : []),
    ...(components.length ? ['    extensions: [', ...components.map((c) => `      { name: '${c}', isEnabled: 'True' }`), '    ]'] : []),
  ];
  return defineRule<SubscriptionConfig>({
    id: spec.id,
    services: ['security'],
    title: spec.title,
    severity: spec.severity,
    urgency: spec.urgency,
    resourceTypes: [AZURE_TYPES.subscription],
    reads: [AZURE_TYPES.pricing],
    requires: ['subscriptionId'],
    frameworks: spec.frameworks,
    doc: {
      en: {
        ...spec.doc.en,
        console: [
          'In the Azure portal, open Microsoft Defender for Cloud > Management > Environment settings and select the subscription.',
          'Select "Defender plans".',
          `Set the Status of "${label.en}" to On${subPlan ? ' and choose the plan' : ''}.`,
          ...(components.length ? [`Under "Settings" (Monitoring coverage) of "${label.en}", turn on every component (${components.join(', ')}) and click "Continue".`] : []),
          'Click "Save". Repeat for every subscription, or assign the Defender plan policy at a management group.',
        ],
      },
      ja: {
        ...spec.doc.ja,
        console: [
          'Azure portal で Microsoft Defender for Cloud >「管理」>「環境設定」を開き、対象のサブスクリプションを選択します。',
          '「Defender プラン」を選択します。',
          `「${label.ja}」の状態を「オン」にします${subPlan ? '（プランも選択します）' : ''}。`,
          ...(components.length ? [`「${label.ja}」の「設定」（監視範囲）で、すべてのコンポーネント（${components.join('、')}）をオンにして「続行」をクリックします。`] : []),
          '「保存」をクリックします。すべてのサブスクリプションで繰り返すか、管理グループに Defender プランを有効化するポリシーを割り当てます。',
        ],
      },
    },
    remediation: {
      cli: `az security pricing create --name ${plan} --tier Standard${subPlanArg}${extensionArgs}`,
      terraform: [
        `resource "azurerm_security_center_subscription_pricing" "${plan.toLowerCase()}" {`,
        '  tier          = "Standard"',
        `  resource_type = "${plan}"`,
        ...(subPlan ? [`  subplan       = "${subPlan}"`] : []),
        ...components.flatMap((c) => ['', '  extension {', `    name = "${c}"`, '  }']),
        '}',
      ].join('\n'),
      bicep: [`targetScope = 'subscription'`, '', `resource ${plan.charAt(0).toLowerCase() + plan.slice(1)}Plan 'Microsoft.Security/pricings@2024-01-01' = {`, `  name: '${plan}'`, '  properties: {', ...bicepProps, '  }', '}'].join('\n'),
    },
    references: spec.references,
    evaluate(subscription, ctx) {
      const lookup = lookupPlan(ctx, subscription.account, plan);
      const unreadable = planNotReadable(lookup, plan, label, subscription.name);
      if (unreadable || lookup.kind !== 'found') return unreadable!;
      const pricing = lookup.pricing.config;
      if (!pricing.pricingTier) {
        return notAssessed({ en: `The pricing tier of the ${label.en} plan was not collected.`, ja: `${label.ja} プランの価格レベルが収集されていません。` }, { plan });
      }
      const evidence = { plan, pricingTier: pricing.pricingTier, ...(pricing.subPlan ? { subPlan: pricing.subPlan } : {}) };
      if (!isStandard(pricing)) {
        return fail(
          { en: `Microsoft Defender for Cloud's ${label.en} plan is off (${pricing.pricingTier}) in subscription ${subscription.name}.`, ja: `サブスクリプション ${subscription.name} で Microsoft Defender for Cloud の ${label.ja} プランがオフ (${pricing.pricingTier}) です。` },
          evidence,
        );
      }
      if (components.length) {
        const states = components.map((c) => ({ component: c, enabled: componentEnabled(pricing, c) }));
        const off = states.filter((s) => s.enabled === false).map((s) => s.component);
        const unknown = states.filter((s) => s.enabled === undefined).map((s) => s.component);
        if (off.length) {
          return fail(
            { en: `The ${label.en} plan is on in subscription ${subscription.name}, but these components are off: ${off.join(', ')}.`, ja: `サブスクリプション ${subscription.name} で ${label.ja} プランはオンですが、次のコンポーネントがオフです: ${off.join('、')}。` },
            { ...evidence, componentsOff: off },
          );
        }
        if (unknown.length) {
          return notAssessed(
            { en: `The ${label.en} plan is on in subscription ${subscription.name}, but the state of these components was not returned: ${unknown.join(', ')}.`, ja: `サブスクリプション ${subscription.name} で ${label.ja} プランはオンですが、次のコンポーネントの状態が返されませんでした: ${unknown.join('、')}。` },
            { ...evidence, componentsUnknown: unknown },
          );
        }
      }
      return pass(
        { en: `Microsoft Defender for Cloud's ${label.en} plan is on in subscription ${subscription.name}.`, ja: `サブスクリプション ${subscription.name} で Microsoft Defender for Cloud の ${label.ja} プランがオンです。` },
        evidence,
      );
    },
  });
}

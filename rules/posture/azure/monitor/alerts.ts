/**
 * Activity Log alert coverage, shared by the alert rules (CIS 6.1.2.x): does an alert rule of the
 * subscription fire on every event of a kind and notify someone?
 *
 * An alert fires when every member of `condition.allOf` matches the event (a member with `anyOf`
 * matches when one of its leaves does); a leaf compares the event's field case-insensitively with
 * `equals` or with each value of `containsAny`. The comparison is literal: a `*` in a value is not a
 * wildcard. So for the events a rule is about, each condition either always matches (it names the
 * operation, its category, resource type or provider), never matches (another operation), or
 * matches only some of them (level, status, caller, resource group, resource id, properties.*):
 * such an alert is narrowed and does not count, as the CIS audit says (no filter on Level, Status
 * or Caller). An alert without an operationName condition (category Administrative alone, or a
 * resource type) fires on the operation too and counts.
 */
import { defineRule, fail, notAssessed, pass, type AutomatedRule, type EvaluationContext, type FrameworkMappings, type RuleOutcome, type Urgency } from '../../../../src/model/rule.js';
import type { LocalizedText, Resource, Severity } from '../../../../src/model/types.js';
import {
  AZURE_TYPES,
  azureIds,
  azureUid,
  type ActivityLogAlertAnyOfOrLeafCondition,
  type ActivityLogAlertConfig,
  type ActivityLogAlertLeafCondition,
  type SubscriptionConfig,
} from '../../../../src/providers/azure/model/index.js';

/** What the events a rule is about hold in one field (field names lower case). */
export type FieldExpectation =
  /** Every such event has this value. */
  | { is: string }
  /** Events take each of these values: a condition must accept all of them. */
  | { oneOf: readonly string[] }
  /** A filter on this field is acceptable whatever it selects (a region filter on Service Health). */
  | { free: true };

export type EventExpectations = Readonly<Record<string, FieldExpectation>>;

/** Activity Log levels: a level filter that accepts all of them does not narrow. */
const LEVELS = ['Critical', 'Error', 'Warning', 'Informational', 'Verbose'];

/** Stands for an `allOf` member without a field in `narrowedBy`. */
const UNREADABLE = '?';

type Verdict = { match: true } | { match: false; never: true } | { match: false; never: false; narrowedBy: string[] };
const MATCH: Verdict = { match: true };

const valuesOf = (leaf: ActivityLogAlertLeafCondition): string[] =>
  typeof leaf.equals === 'string' ? [leaf.equals] : Array.isArray(leaf.containsAny) ? leaf.containsAny.filter((v): v is string => typeof v === 'string') : [];
const lower = (s: string) => s.toLowerCase();

/** The verdict of one field's accepted values against what the events hold there. */
function fieldVerdict(field: string, values: string[], expect: EventExpectations): Verdict {
  const accepted = new Set(values.map(lower));
  const e = expect[field] ?? (field === 'level' ? { oneOf: LEVELS } : undefined);
  if (!e) return { match: false, never: false, narrowedBy: [field] };
  if ('free' in e) return MATCH;
  if ('is' in e) return accepted.has(lower(e.is)) ? MATCH : { match: false, never: true };
  const hit = e.oneOf.filter((v) => accepted.has(lower(v)));
  if (hit.length === e.oneOf.length) return MATCH;
  return hit.length === 0 ? { match: false, never: true } : { match: false, never: false, narrowedBy: [field] };
}

/** The verdict of one `allOf` member (a leaf, or `anyOf` leaves grouped by field). */
function memberVerdict(member: ActivityLogAlertAnyOfOrLeafCondition, expect: EventExpectations): Verdict {
  const leaves = Array.isArray(member.anyOf) && member.anyOf.length ? member.anyOf : [member];
  const byField = new Map<string, string[]>();
  for (const leaf of leaves) {
    if (typeof leaf?.field !== 'string') continue;
    const f = lower(leaf.field);
    byField.set(f, [...(byField.get(f) ?? []), ...valuesOf(leaf)]);
  }
  // A member with no field the collector kept (an `anyOf` an older SDK dropped, say) may narrow the alert: never assume it does not.
  if (byField.size === 0) return { match: false, never: false, narrowedBy: [UNREADABLE] };
  const verdicts = [...byField].map(([f, v]) => fieldVerdict(f, v, expect));
  if (verdicts.some((v) => v.match)) return MATCH;
  if (verdicts.every((v) => !v.match && v.never)) return { match: false, never: true };
  return { match: false, never: false, narrowedBy: verdicts.flatMap((v) => (!v.match && !v.never ? v.narrowedBy : [])) };
}

/** Whether an alert's condition fires on every event described by `expect`, on none, or on some only. */
export function conditionVerdict(config: ActivityLogAlertConfig, expect: EventExpectations): Verdict {
  const allOf = config.condition?.allOf;
  if (!Array.isArray(allOf) || allOf.length === 0) return { match: false, never: true };
  const narrowedBy: string[] = [];
  for (const member of allOf) {
    const v = memberVerdict(member ?? {}, expect);
    if (v.match) continue;
    if (v.never) return v;
    narrowedBy.push(...v.narrowedBy);
  }
  return narrowedBy.length ? { match: false, never: false, narrowedBy: [...new Set(narrowedBy)] } : MATCH;
}

/** Why an alert that matches the events does not count, in both languages. */
interface Shortfall {
  en: string;
  ja: string;
}

export interface AlertAssessment {
  name: string;
  shortfalls: Shortfall[];
}

/** The alerts of the subscription relevant to the events (their condition can fire on them), each with what keeps it from counting. */
export function assessAlerts(ctx: EvaluationContext, account: string, subscriptionId: string, expect: EventExpectations): AlertAssessment[] {
  const scope = azureIds.subscription(subscriptionId);
  const out: AlertAssessment[] = [];
  for (const alert of ctx.resources<ActivityLogAlertConfig>(AZURE_TYPES.activityLogAlert, { account })) {
    const c = alert.config;
    const verdict = conditionVerdict(c, expect);
    if (!verdict.match && verdict.never) continue;
    const scopes = (Array.isArray(c.scopes) ? c.scopes : []).filter((s): s is string => typeof s === 'string');
    const shortfalls: Shortfall[] = [];
    // ARM's default for `enabled` is true.
    if (c.enabled === false) shortfalls.push({ en: 'disabled', ja: '無効' });
    if (!scopes.some((s) => azureUid(s) === scope)) {
      shortfalls.push({ en: `scoped to ${scopes.join(', ') || 'nothing'} rather than the whole subscription`, ja: `サブスクリプション全体ではなく ${scopes.join(', ') || '(なし)'} がスコープ` });
    }
    const groups = (Array.isArray(c.actions?.actionGroups) ? c.actions.actionGroups : []).filter((g) => typeof g?.actionGroupId === 'string' && g.actionGroupId.trim() !== '');
    if (groups.length === 0) shortfalls.push({ en: 'no action group to notify', ja: '通知先のアクション グループなし' });
    if (!verdict.match) {
      const fields = (unreadable: string, sep: string) => verdict.narrowedBy.map((f) => (f === UNREADABLE ? unreadable : f)).join(sep);
      shortfalls.push({
        en: `condition also filters on ${fields('an unreadable condition', ', ')}, so it misses some of these events`,
        ja: `条件が ${fields('読み取れない条件', '、')} でも絞り込んでおり、一部のイベントを検知しない`,
      });
    }
    out.push({ name: alert.name, shortfalls });
  }
  return out;
}

/** PASS when a qualifying alert exists, FAIL otherwise with the near misses; `what` names the events. */
export function alertOutcome(subscription: Resource<SubscriptionConfig>, ctx: EvaluationContext, expect: EventExpectations, what: LocalizedText): RuleOutcome {
  const subscriptionId = subscription.config.subscriptionId;
  if (typeof subscriptionId !== 'string' || !subscriptionId) {
    return notAssessed({ en: `The id of subscription ${subscription.name} was not collected.`, ja: `サブスクリプション ${subscription.name} の ID が収集されていません。` });
  }
  const assessed = assessAlerts(ctx, subscription.account, subscriptionId, expect);
  const qualifying = assessed.filter((a) => a.shortfalls.length === 0).map((a) => a.name);
  if (qualifying.length) {
    return pass(
      {
        en: `Subscription ${subscription.name} has an enabled activity log alert for ${what.en} that covers the whole subscription and notifies an action group: ${qualifying.join(', ')}.`,
        ja: `サブスクリプション ${subscription.name} には、サブスクリプション全体を対象としアクション グループに通知する、${what.ja}に対する有効なアクティビティ ログ アラートがあります: ${qualifying.join(', ')}。`,
      },
      { alertRules: qualifying },
    );
  }
  const nearMisses = assessed.map((a) => ({ alertRule: a.name, problems: a.shortfalls.map((s) => s.en) }));
  const detail = {
    en: assessed.length ? ` Alert rules that match these events but do not count: ${assessed.map((a) => `${a.name} (${a.shortfalls.map((s) => s.en).join('; ')})`).join(', ')}.` : '',
    ja: assessed.length ? `該当イベントに一致するものの要件を満たさないアラート ルール: ${assessed.map((a) => `${a.name}（${a.shortfalls.map((s) => s.ja).join('、')}）`).join('、')}。` : '',
  };
  return fail(
    {
      en: `No enabled activity log alert on subscription ${subscription.name} covers the whole subscription for ${what.en} and notifies an action group.${detail.en}`,
      ja: `サブスクリプション ${subscription.name} には、サブスクリプション全体を対象としアクション グループに通知する、${what.ja}に対する有効なアクティビティ ログ アラートがありません。${detail.ja}`,
    },
    { nearMisses },
  );
}

/** What the events of one Administrative operation hold: its category, name, resource type and provider. */
export function operationEvents(operation: string): EventExpectations {
  const parts = operation.split('/');
  return {
    category: { is: 'Administrative' },
    operationname: { is: operation },
    resourcetype: { is: parts.slice(0, -1).join('/') },
    resourceprovider: { is: parts[0] },
  };
}

export interface OperationAlertSpec {
  id: string;
  /** CIS Microsoft Azure Foundations Benchmark v6.0 id. */
  cis: string;
  /** `Microsoft.Network/networkSecurityGroups/write` */
  operation: string;
  /** The operation as the portal names it (the signal): `Create or Update Network Security Group`. */
  signal: string;
  /** What the operation does, for titles and reasons: `creating or updating a network security group`. */
  label: LocalizedText;
  severity: Severity;
  urgency: Urgency;
  /** Why this urgency. */
  urgencyText: LocalizedText;
  /** What goes unnoticed without the alert, concretely. */
  risk: LocalizedText;
  frameworks?: FrameworkMappings;
}

const ALERT_REFERENCES = [
  'https://learn.microsoft.com/en-us/azure/azure-monitor/alerts/activity-log-alerts',
  'https://learn.microsoft.com/en-us/azure/azure-monitor/alerts/alerts-create-activity-log-alert-rule',
  'https://learn.microsoft.com/en-us/cli/azure/monitor/activity-log/alert',
];

/** One of the ten "an activity log alert exists for <operation>" rules, evaluated on each subscription. */
export function defineOperationAlertRule(spec: OperationAlertSpec): AutomatedRule<SubscriptionConfig> {
  const op = spec.operation;
  const expect = operationEvents(op);
  const name = op.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
  return defineRule<SubscriptionConfig>({
    id: spec.id,
    services: ['monitor'],
    title: {
      en: `An activity log alert notifies on ${spec.label.en} (${op})`,
      ja: `${spec.label.ja}（${op}）をアクティビティ ログ アラートで通知している`,
    },
    severity: spec.severity,
    urgency: spec.urgency,
    resourceTypes: [AZURE_TYPES.subscription],
    reads: [AZURE_TYPES.activityLogAlert],
    requires: ['subscriptionId'],
    frameworks: {
      'cis-azure-6.0': [spec.cis],
      'mcsb-1.0': ['LT-3'],
      'nist-800-53-r5': ['AU-6', 'SI-4', 'CA-7'],
      'pci-dss-4.0': ['10.4.1.1'],
      ...spec.frameworks,
    },
    doc: {
      en: {
        description: `Checks that the subscription has an activity log alert rule that fires on every ${spec.label.en} event (category Administrative, operation ${op}) and notifies at least one action group. The rule must be enabled and scoped to the whole subscription; a rule scoped to a resource group, without an action group, or whose condition also filters on level, status, caller, resource group or resource only sees part of these events and does not count.`,
        urgency: spec.urgencyText.en,
        risk: spec.risk.en,
        recommendation: `Create an activity log alert rule in the subscription with the condition category = Administrative and operationName = ${op}, no other filter, the subscription as its scope, and an action group that reaches the people who respond (security operations mailbox, on-call, ticketing or SIEM webhook). Deploy it through Azure Policy or your landing-zone templates so that every new subscription gets it too.`,
        console: [
          'In the Azure portal, open "Monitor" > "Alerts" and select "+ Create" > "Alert rule".',
          'Under "Scope", select the subscription itself (not a resource group) and click "Apply".',
          `On the "Condition" tab, click "See all signals", select "${spec.signal}" and keep "Event level", "Status" and "Event initiated by" set to all.`,
          'On the "Actions" tab, select an existing action group or create one that notifies the security team.',
          'On the "Details" tab, choose a resource group and a name, keep "Enable upon creation" checked, then click "Review + create" > "Create".',
        ],
      },
      ja: {
        description: `サブスクリプションに、${spec.label.ja}のイベント（カテゴリ Administrative、操作 ${op}）すべてで発報し、1 つ以上のアクション グループに通知するアクティビティ ログ アラート ルールがあることを確認します。ルールは有効で、スコープがサブスクリプション全体である必要があります。スコープがリソース グループのもの、アクション グループがないもの、条件でレベル、状態、呼び出し元、リソース グループ、リソースによる絞り込みも行っているものは、対象イベントの一部しか捉えないため対象外です。`,
        urgency: spec.urgencyText.ja,
        risk: spec.risk.ja,
        recommendation: `サブスクリプションに、条件を category = Administrative かつ operationName = ${op}（他の絞り込みなし）、スコープをサブスクリプション、アクション グループを対応担当者（セキュリティ運用のメールボックス、オンコール、チケット管理や SIEM の Webhook）に届くものとしたアクティビティ ログ アラート ルールを作成してください。新しいサブスクリプションにも自動で展開されるよう、Azure Policy やランディング ゾーンのテンプレートで配布することを推奨します。`,
        console: [
          'Azure portal で「モニター」>「アラート」を開き、「+ 作成」>「アラート ルール」を選択します。',
          '「スコープ」でリソース グループではなくサブスクリプション自体を選択し、「適用」をクリックします。',
          `「条件」タブで「すべてのシグナルを表示」をクリックし、「${spec.signal}」を選択します。「イベント レベル」「状態」「イベントの開始者」はすべて（絞り込みなし）のままにします。`,
          '「アクション」タブで、セキュリティ チームに通知する既存のアクション グループを選択するか、新しく作成します。',
          '「詳細」タブでリソース グループと名前を指定し、「作成時に有効にする」をオンのまま「確認および作成」>「作成」をクリックします。',
        ],
      },
    },
    remediation: {
      cli: [
        'az monitor activity-log alert create \\',
        `  --name alert-${name} \\`,
        '  --resource-group rg-monitoring \\',
        '  --scope /subscriptions/<subscription-id> \\',
        `  --condition category=Administrative and operationName=${op} \\`,
        '  --action-group /subscriptions/<subscription-id>/resourceGroups/rg-monitoring/providers/Microsoft.Insights/actionGroups/ag-secops',
      ].join('\n'),
      terraform: [
        `resource "azurerm_monitor_activity_log_alert" "${name.replace(/-/g, '_')}" {`,
        `  name                = "alert-${name}"`,
        '  resource_group_name = azurerm_resource_group.monitoring.name',
        '  location            = "global"',
        '  scopes              = [data.azurerm_subscription.current.id]',
        '',
        '  criteria {',
        '    category       = "Administrative"',
        `    operation_name = "${op}"`,
        '  }',
        '',
        '  action {',
        '    action_group_id = azurerm_monitor_action_group.secops.id',
        '  }',
        '}',
      ].join('\n'),
      bicep: [
        'param actionGroupId string',
        '',
        `resource alert 'Microsoft.Insights/activityLogAlerts@2020-10-01' = {`,
        `  name: 'alert-${name}'`,
        `  location: 'global'`,
        '  properties: {',
        '    enabled: true',
        '    scopes: [ subscription().id ]',
        '    condition: {',
        '      allOf: [',
        `        { field: 'category', equals: 'Administrative' }`,
        `        { field: 'operationName', equals: '${op}' }`,
        '      ]',
        '    }',
        '    actions: { actionGroups: [ { actionGroupId: actionGroupId } ] }',
        '  }',
        '}',
      ].join('\n'),
    },
    references: ALERT_REFERENCES,
    evaluate(subscription, ctx) {
      return alertOutcome(subscription, ctx, expect, { en: `${spec.label.en} (${op})`, ja: `${spec.label.ja}（${op}）` });
    },
  });
}

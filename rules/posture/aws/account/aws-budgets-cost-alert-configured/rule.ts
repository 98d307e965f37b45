import type { AccountConfig } from '../../../../../src/providers/aws/model/account.js';
import { ACCOUNT_TYPE } from '../../../../../src/model/pseudo.js';
import { BUDGET_TYPE, budgetActive, isOverspendAlert, type BudgetConfig, type BudgetNotification } from '../../../../../src/providers/aws/model/budgets.js';
import { defineRule, fail, notAssessed, pass, type EvaluationContext } from '../../../../../src/model/rule.js';
import type { Resource } from '../../../../../src/model/types.js';

/** An alert someone receives: subscribers unknown (not read) still count, zero subscribers do not. */
const delivered = (n: BudgetNotification) => !n.subscribers || n.subscribers.email + n.subscribers.sns > 0;
const describe = (n: BudgetNotification) => `${n.notificationType} ${n.comparisonOperator === 'EQUAL_TO' ? '=' : '>'} ${n.threshold}${n.thresholdType === 'ABSOLUTE_VALUE' ? '' : '%'}`;

/**
 * Budgets of other accounts (the management account, typically) filtered to a member's costs, by
 * member: indexed once per assessment, so each account's look-up is O(1).
 */
const linked = new WeakMap<EvaluationContext, Map<string, Resource<BudgetConfig>[]>>();
function centralBudgets(ctx: EvaluationContext, account: string): Resource<BudgetConfig>[] {
  let index = linked.get(ctx);
  if (!index) {
    index = new Map();
    for (const b of ctx.resources<BudgetConfig>(BUDGET_TYPE)) {
      for (const member of b.config.costFilters?.LinkedAccount ?? []) {
        if (member === b.account) continue;
        const list = index.get(member) ?? [];
        list.push(b);
        index.set(member, list);
      }
    }
    linked.set(ctx, index);
  }
  return index.get(account) ?? [];
}

export const rule = defineRule<AccountConfig>({
  id: 'aws-budgets-cost-alert-configured',
  services: ['budgets'],
  title: {
    en: 'A cost budget with an alert watches the account\'s spend',
    ja: 'アラート付きのコスト予算でアカウントの支出を監視している',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [ACCOUNT_TYPE],
  reads: [BUDGET_TYPE],
  readsAcrossScopes: [BUDGET_TYPE],
  frameworks: {
    'nist-800-53-r5': ['SI-4'],
  },
  doc: {
    en: {
      description:
        'Checks that the account has an active AWS Budgets budget of type COST with at least one alert that fires when actual or forecasted spend goes over a threshold (GREATER_THAN or EQUAL_TO) and has a subscriber. A cost budget in another account (the management account) whose LinkedAccount filter names this account also counts. Usage, reservation and Savings Plans budgets, under-spend alerts and budgets whose period has ended do not. When the budgets could not be read the result is NOT_ASSESSED.',
      urgency:
        'Low urgency, but a five-minute fix: a cost alert is often the first sign of stolen credentials used for crypto-mining or of a runaway resource, days before the invoice.',
      risk:
        'Without a cost alert, an intruder launching GPU instances in an unwatched Region, a leaked access key abused for mining, or a misconfigured autoscaling group or data transfer runs up charges for the whole billing period before anyone notices; the bill is the alarm.',
      recommendation:
        'Create a monthly COST budget with an ACTUAL alert at 80% and a FORECASTED alert at 100% of the limit, sent to a monitored team address or an SNS topic wired to chat. In an organisation, create per-account budgets from the management account (filtered on LinkedAccount) or in each account, and turn on Cost Anomaly Detection as well.',
      console: [
        'Open the Billing and Cost Management console → Budgets → "Create budget".',
        'Choose "Customize (advanced)" → "Cost budget", set the period to Monthly and a fixed budgeted amount.',
        'Under "Configure alerts", add an alert on Actual cost at 80% of the budget and one on Forecasted cost at 100%, each with the team\'s e-mail address or an SNS topic.',
        'Review and choose "Create budget".',
      ],
    },
    ja: {
      description:
        'アカウントに、COST タイプの有効な AWS Budgets の予算があり、実績または予測の支出がしきい値を超えたとき（GREATER_THAN または EQUAL_TO）に通知され、受信者が設定されたアラートが少なくとも 1 つあるかを確認します。別のアカウント（通常は管理アカウント）にあり、LinkedAccount フィルターでこのアカウントを指定しているコスト予算も対象とします。使用量・リザーブド・Savings Plans の予算、下回りアラート、期間が終了した予算は対象外です。予算を読み取れなかった場合は NOT_ASSESSED になります。',
      urgency:
        '緊急度は低いものの、5 分で設定できます。コストアラートは、盗まれた認証情報による暗号資産マイニングや暴走したリソースに、請求書が届く何日も前に気付ける最初の兆候になることがよくあります。',
      risk:
        'コストアラートがないと、監視していないリージョンで攻撃者が GPU インスタンスを起動した場合や、漏えいしたアクセスキーがマイニングに悪用された場合、設定を誤った Auto Scaling グループやデータ転送があった場合でも、請求期間が終わるまで誰も気付かず料金が膨らみ続けます。請求書が唯一のアラームになってしまいます。',
      recommendation:
        '月次の COST 予算を作成し、予算額の 80% で実績（ACTUAL）アラート、100% で予測（FORECASTED）アラートを設定して、監視されているチームのメールアドレスやチャットに連携した SNS トピックに通知してください。組織では、管理アカウントから LinkedAccount で絞り込んだアカウントごとの予算を作成するか各アカウントに予算を作成し、あわせて Cost Anomaly Detection も有効にしてください。',
      console: [
        'Billing and Cost Management コンソール →「予算」→「予算を作成」を開きます。',
        '「カスタマイズ（アドバンスト）」→「コスト予算」を選び、期間を「月次」、予算額を固定額で設定します。',
        '「アラートを設定」で、予算額の 80% の実際のコストに対するアラートと、100% の予測コストに対するアラートを追加し、それぞれチームのメールアドレスまたは SNS トピックを通知先にします。',
        '内容を確認して「予算を作成」を選びます。',
      ],
    },
  },
  remediation: {
    cli:
      'aws budgets create-budget --account-id 123456789012 \\\n' +
      '  --budget \'{"BudgetName":"monthly-cost","BudgetType":"COST","TimeUnit":"MONTHLY","BudgetLimit":{"Amount":"1000","Unit":"USD"}}\' \\\n' +
      '  --notifications-with-subscribers \'[\n' +
      '    {"Notification":{"NotificationType":"ACTUAL","ComparisonOperator":"GREATER_THAN","Threshold":80,"ThresholdType":"PERCENTAGE"},\n' +
      '     "Subscribers":[{"SubscriptionType":"EMAIL","Address":"cloud-cost@example.com"}]},\n' +
      '    {"Notification":{"NotificationType":"FORECASTED","ComparisonOperator":"GREATER_THAN","Threshold":100,"ThresholdType":"PERCENTAGE"},\n' +
      '     "Subscribers":[{"SubscriptionType":"EMAIL","Address":"cloud-cost@example.com"}]}]\'',
    terraform:
      'resource "aws_budgets_budget" "monthly_cost" {\n' +
      '  name         = "monthly-cost"\n' +
      '  budget_type  = "COST"\n' +
      '  limit_amount = "1000"\n' +
      '  limit_unit   = "USD"\n' +
      '  time_unit    = "MONTHLY"\n\n' +
      '  notification {\n' +
      '    comparison_operator        = "GREATER_THAN"\n' +
      '    threshold                  = 80\n' +
      '    threshold_type             = "PERCENTAGE"\n' +
      '    notification_type          = "ACTUAL"\n' +
      '    subscriber_email_addresses = ["cloud-cost@example.com"]\n' +
      '  }\n\n' +
      '  notification {\n' +
      '    comparison_operator        = "GREATER_THAN"\n' +
      '    threshold                  = 100\n' +
      '    threshold_type             = "PERCENTAGE"\n' +
      '    notification_type          = "FORECASTED"\n' +
      '    subscriber_email_addresses = ["cloud-cost@example.com"]\n' +
      '  }\n' +
      '}',
    cloudformation:
      'MonthlyCostBudget:\n' +
      '  Type: AWS::Budgets::Budget\n' +
      '  Properties:\n' +
      '    Budget:\n' +
      '      BudgetName: monthly-cost\n' +
      '      BudgetType: COST\n' +
      '      TimeUnit: MONTHLY\n' +
      '      BudgetLimit:\n' +
      '        Amount: 1000\n' +
      '        Unit: USD\n' +
      '    NotificationsWithSubscribers:\n' +
      '      - Notification:\n' +
      '          NotificationType: ACTUAL\n' +
      '          ComparisonOperator: GREATER_THAN\n' +
      '          Threshold: 80\n' +
      '          ThresholdType: PERCENTAGE\n' +
      '        Subscribers:\n' +
      '          - SubscriptionType: EMAIL\n' +
      '            Address: cloud-cost@example.com\n' +
      '      - Notification:\n' +
      '          NotificationType: FORECASTED\n' +
      '          ComparisonOperator: GREATER_THAN\n' +
      '          Threshold: 100\n' +
      '          ThresholdType: PERCENTAGE\n' +
      '        Subscribers:\n' +
      '          - SubscriptionType: EMAIL\n' +
      '            Address: cloud-cost@example.com',
  },
  references: [
    'https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-create.html',
    'https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-best-practices.html',
  ],
  evaluate(account, ctx) {
    const own = ctx.resources<BudgetConfig>(BUDGET_TYPE, { account: account.account });
    const central = centralBudgets(ctx, account.account);
    const cost = [...own, ...central].filter((b) => b.config.budgetType === 'COST' && budgetActive(b.config, ctx.now));
    const alerting = cost
      .map((b) => ({ b, alerts: (b.config.notifications ?? []).filter((n) => isOverspendAlert(n) && delivered(n)) }))
      .filter((x) => x.alerts.length);
    const evidence = { budgets: [...own, ...central].map((b) => ({ name: b.name, account: b.account, type: b.config.budgetType, notifications: b.config.notifications?.map(describe) ?? null })) };
    if (alerting.length) {
      const list = alerting.map(({ b, alerts }) => `${b.name}${b.account !== account.account ? ` (${b.account})` : ''}: ${alerts.map(describe).join(', ')}`).join('; ');
      return pass({ en: `Cost budget alerts: ${list}.`, ja: `コスト予算のアラート: ${list}。` }, evidence);
    }
    const unread = cost.filter((b) => b.config.notifications === undefined);
    if (unread.length) {
      const names = unread.map((b) => b.name).join(', ');
      return notAssessed({ en: `The alerts of cost budget ${names} could not be read.`, ja: `コスト予算 ${names} のアラートを読み取れませんでした。` }, evidence);
    }
    if (cost.length) {
      const names = cost.map((b) => b.name).join(', ');
      return fail(
        { en: `Cost budget ${names} has no alert that fires on overspending with a subscriber.`, ja: `コスト予算 ${names} には、支出超過時に通知され受信者が設定されたアラートがありません。` },
        evidence,
      );
    }
    if (own.length) {
      return fail(
        { en: `No active COST budget: the account's budgets (${own.map((b) => `${b.name}: ${b.config.budgetType}`).join(', ')}) do not watch its spend.`, ja: `有効な COST 予算がありません。アカウントの予算（${own.map((b) => `${b.name}: ${b.config.budgetType}`).join('、')}）は支出を監視していません。` },
        evidence,
      );
    }
    return fail({ en: 'The account has no AWS Budgets cost budget.', ja: 'アカウントに AWS Budgets のコスト予算がありません。' }, evidence);
  },
});

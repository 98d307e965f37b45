import {
  BudgetsClient,
  paginateDescribeBudgets,
  paginateDescribeNotificationsForBudget,
  paginateDescribeSubscribersForNotification,
  type Budget,
  type Notification,
} from '@aws-sdk/client-budgets';
import { BUDGET_TYPE, budgetArn, type BudgetConfig, type BudgetNotification, type SubscriberCounts } from '../../model/budgets.js';
import { GLOBAL_REGION } from '../../../../model/types.js';
import { errorName } from '../errors.js';
import { mapPool } from '../pool.js';
import type { CollectContext, ServiceCollector } from '../types.js';

const iso = (d: Date | undefined) => (d ? new Date(d).toISOString() : null);

/** Budgets answers a few requests a second; budgets are few per account. */
const CONCURRENCY = 2;

/**
 * AWS Budgets of the scanned account (a global service: the SDK's endpoint rules send every Region
 * to budgets.amazonaws.com, signed for us-east-1). Per budget: type, limit, period, filters and its
 * alerts with their subscriber counts. DescribeBudgets answers NotFoundException when the account
 * has no budget (an answer, not an error); the same code on a budget's notifications or a
 * notification's subscribers means none (the budget or the alert went away in between).
 */
export const collector: ServiceCollector = {
  service: 'budgets',
  global: true,
  async collect(ctx) {
    const client = ctx.client(BudgetsClient);
    const budgets = await ctx.list('DescribeBudgets', [BUDGET_TYPE], async () => {
      const out: Budget[] = [];
      try {
        for await (const page of paginateDescribeBudgets({ client }, { AccountId: ctx.account })) out.push(...(page.Budgets ?? []));
      } catch (err) {
        if (errorName(err) !== 'NotFoundException') throw err;
      }
      return out;
    });
    await mapPool(budgets ?? [], CONCURRENCY, (b) => collectBudget(ctx, client, b));
  },
};

async function collectBudget(ctx: CollectContext, client: BudgetsClient, b: Budget) {
  if (!b.BudgetName) return;
  const name = b.BudgetName;
  const uid = budgetArn(ctx.account, name, ctx.partition);
  const errors: Record<string, string> = {};
  const notifications = await ctx.detail(
    errors,
    uid,
    'notifications',
    'DescribeNotificationsForBudget',
    async () => {
      const out: Notification[] = [];
      for await (const page of paginateDescribeNotificationsForBudget({ client }, { AccountId: ctx.account, BudgetName: name })) out.push(...(page.Notifications ?? []));
      return out;
    },
    ['NotFoundException'],
  );
  let alerts: BudgetNotification[] | undefined;
  if (notifications !== undefined) {
    alerts = [];
    for (const n of notifications ?? []) {
      const subscribers = await ctx.detail(errors, uid, 'notifications', 'DescribeSubscribersForNotification', () => countSubscribers(ctx, client, name, n), ['NotFoundException']);
      alerts.push({
        notificationType: n.NotificationType ?? '',
        comparisonOperator: n.ComparisonOperator ?? '',
        threshold: n.Threshold ?? 0,
        thresholdType: n.ThresholdType ?? 'PERCENTAGE',
        state: n.NotificationState ?? null,
        ...(subscribers === undefined ? {} : { subscribers: subscribers ?? { email: 0, sns: 0 } }),
      });
    }
  }
  const config: BudgetConfig = {
    budgetName: name,
    budgetType: b.BudgetType ?? '',
    timeUnit: b.TimeUnit ?? '',
    limit: b.BudgetLimit?.Amount !== undefined ? { amount: b.BudgetLimit.Amount, unit: b.BudgetLimit.Unit ?? '' } : null,
    plannedLimits: Object.keys(b.PlannedBudgetLimits ?? {}).length > 0,
    autoAdjust: b.AutoAdjustData?.AutoAdjustType ?? null,
    timePeriod: { start: iso(b.TimePeriod?.Start), end: iso(b.TimePeriod?.End) },
    costFilters: b.CostFilters ?? {},
    ...(b.HealthStatus?.Status ? { healthStatus: b.HealthStatus.Status } : {}),
    ...(b.LastUpdatedTime ? { lastUpdatedTime: iso(b.LastUpdatedTime)! } : {}),
    ...(alerts ? { notifications: alerts } : {}),
  };
  ctx.emit({
    uid,
    account: ctx.account,
    region: GLOBAL_REGION,
    type: BUDGET_TYPE,
    name,
    tags: {},
    config,
    errors: Object.keys(errors).length ? errors : undefined,
  });
}

/** Counts a notification's subscribers by kind; the addresses themselves are dropped here. */
async function countSubscribers(ctx: CollectContext, client: BudgetsClient, budgetName: string, n: Notification): Promise<SubscriberCounts> {
  const counts: SubscriberCounts = { email: 0, sns: 0 };
  const Notification = { NotificationType: n.NotificationType, ComparisonOperator: n.ComparisonOperator, Threshold: n.Threshold, ThresholdType: n.ThresholdType };
  for await (const page of paginateDescribeSubscribersForNotification({ client }, { AccountId: ctx.account, BudgetName: budgetName, Notification: Notification as Notification })) {
    for (const s of page.Subscribers ?? []) {
      if (s.SubscriptionType === 'SNS') counts.sns++;
      else counts.email++;
    }
  }
  return counts;
}

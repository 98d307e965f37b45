/**
 * Config shapes of AWS Budgets in the snapshot (contract between the budgets collector and the
 * rules / the account baseline).
 *
 * - AWS::Budgets::Budget (region global) uid: the budget ARN arn:<p>:budgets::<account>:budget/<name>.
 *   One per budget of the scanned account (DescribeBudgets), with its alert notifications
 *   (DescribeNotificationsForBudget) and, per notification, how many subscribers of each kind it
 *   has (DescribeSubscribersForNotification). Subscriber addresses (e-mail addresses, SNS topics)
 *   are never stored: only their count.
 *
 * A failed DescribeBudgets is a collection error for AWS::Budgets::Budget in the account (rules
 * reading budgets are then NOT_ASSESSED); a failed notification or subscriber read marks only
 * that budget's field (errors.notifications).
 */

export const BUDGET_TYPE = 'AWS::Budgets::Budget';

export const budgetArn = (account: string, name: string, partition = 'aws') => `arn:${partition}:budgets::${account}:budget/${name}`;

/** COST, USAGE, RI_UTILIZATION, RI_COVERAGE, SAVINGS_PLANS_UTILIZATION, SAVINGS_PLANS_COVERAGE. */
export type BudgetType = string;

export interface BudgetAmount {
  /** A decimal string, as AWS returns it ("100.0"). */
  amount: string;
  /** USD, GB, … */
  unit: string;
}

/** Subscribers of a notification, counted by kind (addresses are not stored). */
export interface SubscriberCounts {
  email: number;
  sns: number;
}

export interface BudgetNotification {
  /** ACTUAL or FORECASTED. */
  notificationType: string;
  /** GREATER_THAN, LESS_THAN or EQUAL_TO. */
  comparisonOperator: string;
  threshold: number;
  /** PERCENTAGE (of the limit, the default) or ABSOLUTE_VALUE. */
  thresholdType: string;
  /** OK or ALARM; null when AWS does not say. */
  state: string | null;
  /** Absent when DescribeSubscribersForNotification failed (the budget's errors.notifications). */
  subscribers?: SubscriberCounts;
}

export interface BudgetConfig {
  budgetName: string;
  budgetType: BudgetType;
  /** DAILY, MONTHLY, QUARTERLY, ANNUALLY or CUSTOM. */
  timeUnit: string;
  /** The fixed limit; null for a budget without one (planned limits only). */
  limit: BudgetAmount | null;
  /** Planned budget limits exist (the limit then changes per period). */
  plannedLimits: boolean;
  /** HISTORICAL or FORECAST when the limit adjusts itself; null for a fixed limit. */
  autoAdjust: string | null;
  /** The period the budget covers (ISO dates); end is far in the future for a recurring budget. */
  timePeriod: { start: string | null; end: string | null };
  /** Cost filters (dimension → values, e.g. Service, LinkedAccount); {} when the budget watches everything. */
  costFilters: Record<string, string[]>;
  /** HEALTHY / UNHEALTHY (a budget whose billing view or filters broke); absent when AWS does not report it. */
  healthStatus?: string;
  lastUpdatedTime?: string;
  /** The alerts (DescribeNotificationsForBudget); [] when there are none; absent when not collected (errors.notifications). */
  notifications?: BudgetNotification[];
}

/** An alert that fires when spend goes up to or over a threshold (a LESS_THAN alert watches under-spending). */
export const isOverspendAlert = (n: BudgetNotification): boolean => n.comparisonOperator === 'GREATER_THAN' || n.comparisonOperator === 'EQUAL_TO';

/** Whether the budget's period includes `now` (an expired CUSTOM or ANNUALLY budget watches nothing). */
export function budgetActive(b: BudgetConfig, now: Date): boolean {
  const t = now.getTime();
  const start = b.timePeriod.start ? Date.parse(b.timePeriod.start) : NaN;
  const end = b.timePeriod.end ? Date.parse(b.timePeriod.end) : NaN;
  if (!Number.isNaN(end) && end < t) return false;
  if (!Number.isNaN(start) && start > t) return false;
  return true;
}

import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import {
  BudgetsClient,
  DescribeBudgetsCommand,
  DescribeNotificationsForBudgetCommand,
  DescribeSubscribersForNotificationCommand,
} from '@aws-sdk/client-budgets';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/budgets.js';
import type { BudgetConfig } from '../../../../src/providers/aws/model/budgets.js';
import { awsError, runCollector } from './harness.js';

const budgets = mockClient(BudgetsClient);
const ACCOUNT = '111111111111';
const arn = (name: string) => `arn:aws:budgets::${ACCOUNT}:budget/${name}`;

// AWS Budgets API Reference › DescribeBudgets / DescribeNotificationsForBudget /
// DescribeSubscribersForNotification: response shapes as the service returns them.
const monthly = {
  BudgetName: 'monthly-cost',
  BudgetLimit: { Amount: '1000.0', Unit: 'USD' },
  CostTypes: { IncludeTax: true, IncludeSubscription: true, UseBlended: false },
  TimeUnit: 'MONTHLY' as const,
  TimePeriod: { Start: new Date('2024-01-01T00:00:00Z'), End: new Date('2087-06-15T00:00:00Z') },
  CalculatedSpend: { ActualSpend: { Amount: '412.33', Unit: 'USD' }, ForecastedSpend: { Amount: '905.1', Unit: 'USD' } },
  BudgetType: 'COST' as const,
  LastUpdatedTime: new Date('2026-10-02T08:00:00Z'),
  HealthStatus: { Status: 'HEALTHY' as const },
};
const ec2Hours = {
  BudgetName: 'ec2-hours',
  BudgetLimit: { Amount: '5000.0', Unit: 'Hrs' },
  CostFilters: { Service: ['Amazon Elastic Compute Cloud - Compute'] },
  TimeUnit: 'MONTHLY' as const,
  TimePeriod: { Start: new Date('2024-01-01T00:00:00Z'), End: new Date('2087-06-15T00:00:00Z') },
  BudgetType: 'USAGE' as const,
};
const at80 = { NotificationType: 'ACTUAL' as const, ComparisonOperator: 'GREATER_THAN' as const, Threshold: 80, ThresholdType: 'PERCENTAGE' as const, NotificationState: 'OK' as const };
const forecast100 = { NotificationType: 'FORECASTED' as const, ComparisonOperator: 'GREATER_THAN' as const, Threshold: 100, ThresholdType: 'PERCENTAGE' as const, NotificationState: 'ALARM' as const };
/** The notification as DescribeSubscribersForNotification is asked about it (its state is not part of it). */
const askedAbout = ({ NotificationState: _state, ...n }: typeof at80 | typeof forecast100) => n;

describe('budgets collector', () => {
  afterEach(() => budgets.reset());

  it('pages budgets and notifications; counts subscribers by kind and never stores their addresses', async () => {
    budgets.on(DescribeBudgetsCommand, { AccountId: ACCOUNT }).resolves({ Budgets: [monthly], NextToken: 'b2' });
    budgets.on(DescribeBudgetsCommand, { AccountId: ACCOUNT, NextToken: 'b2' }).resolves({ Budgets: [ec2Hours] });
    budgets.on(DescribeNotificationsForBudgetCommand).resolves({ Notifications: [] });
    budgets.on(DescribeNotificationsForBudgetCommand, { BudgetName: 'monthly-cost' }).resolves({ Notifications: [at80], NextToken: 'n2' });
    budgets.on(DescribeNotificationsForBudgetCommand, { BudgetName: 'monthly-cost', NextToken: 'n2' }).resolves({ Notifications: [forecast100] });
    budgets.on(DescribeSubscribersForNotificationCommand, { BudgetName: 'monthly-cost', Notification: askedAbout(at80) }).resolves({
      Subscribers: [
        { SubscriptionType: 'EMAIL', Address: 'finance@example.com' },
        { SubscriptionType: 'EMAIL', Address: 'cloud-team@example.com' },
        { SubscriptionType: 'SNS', Address: `arn:aws:sns:us-east-1:${ACCOUNT}:budget-alerts` },
      ],
    });
    budgets.on(DescribeSubscribersForNotificationCommand, { BudgetName: 'monthly-cost', Notification: askedAbout(forecast100) }).resolves({ Subscribers: [{ SubscriptionType: 'SNS', Address: `arn:aws:sns:us-east-1:${ACCOUNT}:budget-alerts` }] });

    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.deepEqual(errors, []);
    assert.deepEqual(resources.map((r) => [r.uid, r.type, r.region]).sort(), [
      [arn('ec2-hours'), 'AWS::Budgets::Budget', 'global'],
      [arn('monthly-cost'), 'AWS::Budgets::Budget', 'global'],
    ]);
    const cost = resources.find((r) => r.uid === arn('monthly-cost'))!.config as unknown as BudgetConfig;
    assert.deepEqual(cost, {
      budgetName: 'monthly-cost',
      budgetType: 'COST',
      timeUnit: 'MONTHLY',
      limit: { amount: '1000.0', unit: 'USD' },
      plannedLimits: false,
      autoAdjust: null,
      timePeriod: { start: '2024-01-01T00:00:00.000Z', end: '2087-06-15T00:00:00.000Z' },
      costFilters: {},
      healthStatus: 'HEALTHY',
      lastUpdatedTime: '2026-10-02T08:00:00.000Z',
      notifications: [
        { notificationType: 'ACTUAL', comparisonOperator: 'GREATER_THAN', threshold: 80, thresholdType: 'PERCENTAGE', state: 'OK', subscribers: { email: 2, sns: 1 } },
        { notificationType: 'FORECASTED', comparisonOperator: 'GREATER_THAN', threshold: 100, thresholdType: 'PERCENTAGE', state: 'ALARM', subscribers: { email: 0, sns: 1 } },
      ],
    });
    const usage = resources.find((r) => r.uid === arn('ec2-hours'))!.config as unknown as BudgetConfig;
    assert.deepEqual([usage.budgetType, usage.costFilters, usage.notifications], ['USAGE', { Service: ['Amazon Elastic Compute Cloud - Compute'] }, []]);
    const text = JSON.stringify(resources);
    assert.ok(!text.includes('@example.com') && !text.includes(':budget-alerts'), 'subscriber addresses are not stored');
    // The subscriber call names the notification it asks about.
    const asked = budgets.commandCalls(DescribeSubscribersForNotificationCommand).map((c) => c.args[0].input.Notification?.Threshold).sort();
    assert.deepEqual(asked, [100, 80].sort());
  });

  it('NotFoundException from DescribeBudgets means no budget, not an error', async () => {
    budgets.on(DescribeBudgetsCommand).rejects(awsError('NotFoundException', `Unable to get budgets for account ${ACCOUNT}`));
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.deepEqual(errors, []);
    assert.deepEqual(resources, []);
  });

  it('AccessDenied on DescribeBudgets is a collection error for the budget type', async () => {
    budgets.on(DescribeBudgetsCommand).rejects(awsError('AccessDeniedException', 'User is not authorized to perform: budgets:ViewBudget', 400));
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.deepEqual(resources, []);
    assert.deepEqual(errors.map((e) => [e.service, e.operation, e.code, e.resourceTypes]), [['budgets', 'DescribeBudgets', 'AccessDenied', ['AWS::Budgets::Budget']]]);
  });

  it('AccessDenied on a budget\'s notifications marks that field of that budget only', async () => {
    budgets.on(DescribeBudgetsCommand).resolves({ Budgets: [monthly, ec2Hours] });
    budgets.on(DescribeNotificationsForBudgetCommand, { BudgetName: 'monthly-cost' }).rejects(awsError('AccessDeniedException', 'denied', 400));
    budgets.on(DescribeNotificationsForBudgetCommand, { BudgetName: 'ec2-hours' }).resolves({ Notifications: [at80] });
    budgets.on(DescribeSubscribersForNotificationCommand).resolves({ Subscribers: [{ SubscriptionType: 'EMAIL', Address: 'ops@example.com' }] });
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.deepEqual(errors.map((e) => [e.operation, e.resourceUid]), [['DescribeNotificationsForBudget', arn('monthly-cost')]]);
    const cost = resources.find((r) => r.uid === arn('monthly-cost'))!;
    assert.deepEqual(cost.errors, { notifications: 'AccessDenied' });
    assert.ok(!('notifications' in cost.config));
    assert.equal((cost.config as unknown as BudgetConfig).limit?.amount, '1000.0');
    const usage = resources.find((r) => r.uid === arn('ec2-hours'))!;
    assert.equal(usage.errors, undefined);
    assert.deepEqual((usage.config as unknown as BudgetConfig).notifications?.map((n) => n.subscribers), [{ email: 1, sns: 0 }]);
  });

  it('a denied subscriber listing keeps the notification, without a count, and marks the budget', async () => {
    budgets.on(DescribeBudgetsCommand).resolves({ Budgets: [monthly] });
    budgets.on(DescribeNotificationsForBudgetCommand).resolves({ Notifications: [at80] });
    budgets.on(DescribeSubscribersForNotificationCommand).rejects(awsError('AccessDeniedException', 'denied', 400));
    const { resources } = await runCollector(collector, { account: ACCOUNT });
    const n = (resources[0].config as unknown as BudgetConfig).notifications!;
    assert.equal(n.length, 1);
    assert.equal(n[0].subscribers, undefined);
    assert.deepEqual(resources[0].errors, { notifications: 'AccessDenied' });
  });
});

import { ACCOUNT_TYPE, accountUid } from '../../../../../src/model/pseudo.js';
import { BUDGET_TYPE, budgetArn, type BudgetConfig, type BudgetNotification } from '../../../../../src/providers/aws/model/budgets.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import type { Resource } from '../../../../../src/model/types.js';
import { ACCOUNT, OTHER_ACCOUNT, resource } from '../../../testing.js';

const target = accountUid(ACCOUNT);
const account = (id = ACCOUNT) => resource({ type: ACCOUNT_TYPE, uid: accountUid(id), account: id, region: 'global', config: { accountId: id, partition: 'aws' } });

const alert = (over: Partial<BudgetNotification> = {}): BudgetNotification => ({
  notificationType: 'ACTUAL', comparisonOperator: 'GREATER_THAN', threshold: 80, thresholdType: 'PERCENTAGE', state: 'OK', subscribers: { email: 1, sns: 0 }, ...over,
});
const budget = (name: string, over: Partial<BudgetConfig> = {}, extra: Partial<Resource> = {}, owner = ACCOUNT): Resource => {
  const config: BudgetConfig = {
    budgetName: name, budgetType: 'COST', timeUnit: 'MONTHLY', limit: { amount: '1000.0', unit: 'USD' }, plannedLimits: false, autoAdjust: null,
    timePeriod: { start: '2024-01-01T00:00:00.000Z', end: '2087-06-15T00:00:00.000Z' }, costFilters: {}, notifications: [alert()], ...over,
  };
  if (over.notifications === undefined && 'notifications' in over) delete config.notifications;
  return resource({ type: BUDGET_TYPE, uid: budgetArn(owner, name), account: owner, region: 'global', config, ...extra });
};

export const fixtures: RuleFixture[] = [
  { name: 'no budget at all', expect: 'FAIL', target, resources: [account()] },
  { name: 'only a usage budget', expect: 'FAIL', target, resources: [account(), budget('ec2-hours', { budgetType: 'USAGE', limit: { amount: '5000.0', unit: 'Hrs' } })] },
  { name: 'cost budget without alerts', expect: 'FAIL', target, resources: [account(), budget('monthly-cost', { notifications: [] })] },
  { name: 'cost budget with an under-spend alert only', expect: 'FAIL', target, resources: [account(), budget('monthly-cost', { notifications: [alert({ comparisonOperator: 'LESS_THAN', threshold: 10 })] })] },
  {
    name: 'a cost budget whose period ended',
    expect: 'FAIL',
    target,
    resources: [account(), budget('launch-2025', { timeUnit: 'CUSTOM', timePeriod: { start: '2025-01-01T00:00:00.000Z', end: '2025-12-31T00:00:00.000Z' } })],
  },
  { name: 'cost budget with an 80% actual-spend alert', expect: 'PASS', target, resources: [account(), budget('monthly-cost')] },
  { name: 'forecasted alert at 100% to an SNS topic', expect: 'PASS', target, resources: [account(), budget('monthly-cost', { notifications: [alert({ notificationType: 'FORECASTED', threshold: 100, subscribers: { email: 0, sns: 1 } })] })] },
  {
    name: 'a management-account budget filtered on this account',
    expect: 'PASS',
    target,
    resources: [account(), account(OTHER_ACCOUNT), budget('member-111111111111', { costFilters: { LinkedAccount: [ACCOUNT] } }, {}, OTHER_ACCOUNT)],
  },
  {
    name: 'a management-account budget for another member does not count',
    expect: 'FAIL',
    target,
    resources: [account(), account(OTHER_ACCOUNT), budget('member-333333333333', { costFilters: { LinkedAccount: ['333333333333'] } }, {}, OTHER_ACCOUNT)],
  },
  { name: 'the alerts of the cost budget could not be read', expect: 'NOT_ASSESSED', target, resources: [account(), budget('monthly-cost', { notifications: undefined }, { errors: { notifications: 'AccessDenied' } })] },
  {
    name: 'budgets could not be listed',
    expect: 'NOT_ASSESSED',
    target,
    resources: [account()],
    errors: [{ provider: 'aws', account: ACCOUNT, region: 'global', service: 'budgets', operation: 'DescribeBudgets', code: 'AccessDenied', message: 'User is not authorized to perform: budgets:ViewBudget', resourceTypes: [BUDGET_TYPE] }],
  },
];

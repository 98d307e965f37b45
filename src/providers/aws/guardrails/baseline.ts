/**
 * The account security baseline as one checklist per account. Each item is decided by an existing
 * posture rule's results (the rule id is part of the item), never re-implemented here: the caller
 * passes the findings of an assessment and gets, per account, the status of every item. An item no
 * rule decides (ruleId null; none today) is reported as not collected, never as passing.
 */
import type { LocalizedText } from '../../../model/types.js';
import type { ResultStatus } from '../../../model/rule.js';

export type BaselineStatus = 'pass' | 'fail' | 'not-assessed' | 'manual' | 'not-applicable' | 'not-run' | 'not-collected';

export interface BaselineItemDefinition {
  id: string;
  title: LocalizedText;
  /** The posture rule whose results decide the item; null when mamori does not check it yet. */
  ruleId: string | null;
}

export const BASELINE_ITEMS: readonly BaselineItemDefinition[] = [
  { id: 'organization-member', title: { en: 'The account is in the organisation', ja: 'アカウントが組織に属している' }, ruleId: 'aws-organizations-account-member' },
  { id: 'cloudtrail', title: { en: 'CloudTrail: a multi-Region trail (or the organisation trail) records all management events', ja: 'CloudTrail: マルチリージョン証跡（または組織の証跡）がすべての管理イベントを記録している' }, ruleId: 'aws-cloudtrail-multi-region-trail-enabled' },
  { id: 'guardduty', title: { en: 'GuardDuty is enabled in every Region', ja: 'すべてのリージョンで GuardDuty が有効' }, ruleId: 'aws-guardduty-enabled' },
  { id: 'securityhub', title: { en: 'Security Hub is enabled in every Region', ja: 'すべてのリージョンで Security Hub が有効' }, ruleId: 'aws-securityhub-enabled' },
  { id: 'config', title: { en: 'AWS Config records in every Region', ja: 'すべてのリージョンで AWS Config が記録している' }, ruleId: 'aws-config-recorder-enabled-all-regions' },
  { id: 'access-analyzer', title: { en: 'IAM Access Analyzer (external access) is enabled in every Region', ja: 'すべてのリージョンで IAM Access Analyzer（外部アクセス）が有効' }, ruleId: 'aws-accessanalyzer-enabled-all-regions' },
  { id: 'identity-center', title: { en: 'People sign in through IAM Identity Center (or federation), not per-account IAM users', ja: '人のサインインは IAM Identity Center（またはフェデレーション）経由で、アカウントごとの IAM ユーザーではない' }, ruleId: 'aws-organizations-central-identity' },
  { id: 'budget-alerts', title: { en: 'A budget with alerts watches the account\'s spend', ja: 'アラート付きの予算でアカウントの支出を監視している' }, ruleId: 'aws-budgets-cost-alert-configured' },
  { id: 'security-contact', title: { en: 'The security alternate contact is set', ja: 'セキュリティの代替連絡先が設定されている' }, ruleId: 'aws-account-security-contact' },
];

/** The part of a finding the checklist reads. */
export interface BaselineFinding {
  ruleId: string;
  status: ResultStatus;
  resource: { account: string; uid: string };
}

export interface BaselineItem {
  id: string;
  title: LocalizedText;
  ruleId: string | null;
  status: BaselineStatus;
  /** Resources (regions, trails…) whose result is FAIL or NOT_ASSESSED, for the details. */
  resources: string[];
}

export interface AccountBaseline {
  account: string;
  items: BaselineItem[];
}

/**
 * Per account, the baseline items from the findings of an assessment. A regional rule's results
 * combine: any FAIL fails the item, else any NOT_ASSESSED leaves it not assessed; PASS needs every
 * result to pass. `accounts` lists accounts to report even when no finding names them.
 */
export function baselineChecklist(findings: Iterable<BaselineFinding>, accounts: Iterable<string> = []): AccountBaseline[] {
  const wanted = new Set(BASELINE_ITEMS.map((i) => i.ruleId).filter((r): r is string => r !== null));
  const byAccount = new Map<string, Map<string, BaselineFinding[]>>();
  for (const a of accounts) byAccount.set(a, new Map());
  for (const f of findings) {
    let rules = byAccount.get(f.resource.account);
    if (!rules) byAccount.set(f.resource.account, (rules = new Map()));
    if (!wanted.has(f.ruleId)) continue;
    const list = rules.get(f.ruleId) ?? [];
    list.push(f);
    rules.set(f.ruleId, list);
  }
  return [...byAccount].sort(([a], [b]) => a.localeCompare(b)).map(([account, rules]) => ({
    account,
    items: BASELINE_ITEMS.map((def) => {
      if (!def.ruleId) return { ...def, status: 'not-collected' as const, resources: [] };
      const results = rules.get(def.ruleId) ?? [];
      return { ...def, status: combine(results.map((r) => r.status)), resources: results.filter((r) => r.status === 'FAIL' || r.status === 'NOT_ASSESSED').map((r) => r.resource.uid) };
    }),
  }));
}

function combine(statuses: ResultStatus[]): BaselineStatus {
  if (!statuses.length) return 'not-run';
  if (statuses.includes('FAIL')) return 'fail';
  if (statuses.includes('NOT_ASSESSED')) return 'not-assessed';
  if (statuses.includes('MANUAL')) return 'manual';
  if (statuses.every((s) => s === 'NOT_APPLICABLE')) return 'not-applicable';
  return 'pass';
}

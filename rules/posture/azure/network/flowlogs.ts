/** Flow log helpers shared by the retention rules. Pure functions. */
import { fail, notApplicable, pass, type RuleOutcome } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
import type { FlowLogConfig } from '../../../../src/providers/azure/model/index.js';

export const MIN_RETENTION_DAYS = 90;

/** What a flow log records: an NSG (NSG flow logs) or a virtual network, subnet or network interface (VNet flow logs). */
export function flowLogTarget(targetResourceId: string): 'nsg' | 'vnet' | 'other' {
  const id = targetResourceId.toLowerCase();
  if (id.includes('/providers/microsoft.network/networksecuritygroups/')) return 'nsg';
  if (id.includes('/providers/microsoft.network/virtualnetworks/') || id.includes('/providers/microsoft.network/networkinterfaces/')) return 'vnet';
  return 'other';
}

/**
 * PASS when the flow log is enabled and keeps records at least 90 days: a retention policy of 90 or
 * more days, days 0 (keep forever), or no retention policy (Network Watcher then deletes nothing).
 */
export function retentionOutcome(resource: Resource<FlowLogConfig>, kind: 'nsg' | 'vnet'): RuleOutcome {
  const log = resource.config;
  const target = log.targetResourceId!;
  const targetName = target.split('/').pop() ?? target;
  const actual = flowLogTarget(target);
  const label = kind === 'nsg' ? { en: 'NSG flow log', ja: 'NSG フロー ログ' } : { en: 'virtual network flow log', ja: '仮想ネットワーク フロー ログ' };
  if (actual !== kind) {
    return notApplicable({ en: `Flow log ${resource.name} is not a ${label.en}.`, ja: `フロー ログ ${resource.name} は${label.ja}ではありません。` }, { targetResourceId: target });
  }
  const policy = log.retentionPolicy!;
  const evidence = { target: targetName, enabled: log.enabled, retentionPolicy: { enabled: policy.enabled ?? false, days: policy.days ?? 0 } };
  if (log.enabled !== true) {
    return fail(
      { en: `${label.en} ${resource.name} (for ${targetName}) is disabled, so no traffic is recorded.`, ja: `${label.ja} ${resource.name}（${targetName} 対象）は無効になっており、通信が記録されていません。` },
      evidence,
    );
  }
  const days = policy.days ?? 0;
  if (policy.enabled !== true || days === 0) {
    return pass(
      { en: `${label.en} ${resource.name} (for ${targetName}) keeps its records indefinitely (no retention limit).`, ja: `${label.ja} ${resource.name}（${targetName} 対象）は記録を無期限に保持します（保持期限なし）。` },
      evidence,
    );
  }
  if (days >= MIN_RETENTION_DAYS) {
    return pass({ en: `${label.en} ${resource.name} (for ${targetName}) keeps its records for ${days} days.`, ja: `${label.ja} ${resource.name}（${targetName} 対象）は記録を ${days} 日間保持します。` }, evidence);
  }
  return fail(
    {
      en: `${label.en} ${resource.name} (for ${targetName}) deletes its records after ${days} days; at least ${MIN_RETENTION_DAYS} are needed.`,
      ja: `${label.ja} ${resource.name}（${targetName} 対象）は記録を ${days} 日後に削除します。${MIN_RETENTION_DAYS} 日以上が必要です。`,
    },
    evidence,
  );
}

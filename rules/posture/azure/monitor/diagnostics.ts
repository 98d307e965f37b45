/** Diagnostic settings lookups shared by the monitor rules (Activity Log export, resource logs). */
import type { EvaluationContext } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
import { AZURE_TYPES, azureIds, azureUid, type DiagnosticLogSettings, type DiagnosticSettingConfig } from '../../../../src/providers/azure/model/index.js';

export type DiagnosticSetting = Resource<DiagnosticSettingConfig>;

/** The Activity Log categories a subscription diagnostic setting can export. */
export const ACTIVITY_LOG_CATEGORIES = ['Administrative', 'Security', 'ServiceHealth', 'Alert', 'Recommendation', 'Policy', 'Autoscale', 'ResourceHealth'] as const;

const byTarget = new WeakMap<EvaluationContext, Map<string, Map<string, DiagnosticSetting[]>>>();

/** The diagnostic settings on a target (a subscription id path or a resource's ARM id), looked up in `account`. */
export function settingsOn(ctx: EvaluationContext, account: string, target: string): DiagnosticSetting[] {
  let accounts = byTarget.get(ctx);
  if (!accounts) byTarget.set(ctx, (accounts = new Map()));
  let index = accounts.get(account);
  if (!index) {
    index = new Map();
    for (const s of ctx.resources<DiagnosticSettingConfig>(AZURE_TYPES.diagnosticSetting, { account })) {
      if (typeof s.config.targetResourceId !== 'string') continue;
      const key = azureUid(s.config.targetResourceId);
      const list = index.get(key);
      if (list) list.push(s);
      else index.set(key, [s]);
    }
    accounts.set(account, index);
  }
  return index.get(azureUid(target)) ?? [];
}

/** The subscription's Activity Log diagnostic settings. */
export function activityLogSettings(ctx: EvaluationContext, account: string, subscriptionId: string): DiagnosticSetting[] {
  return settingsOn(ctx, account, azureIds.subscription(subscriptionId));
}

export type DestinationKind = 'workspace' | 'storageAccount' | 'eventHub' | 'partner';
export interface Destination {
  kind: DestinationKind;
  id: string;
}

const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Where a setting sends its data (ARM requires one destination at least). */
export function destinationsOf(config: DiagnosticSettingConfig): Destination[] {
  const out: Destination[] = [];
  if (nonEmpty(config.workspaceId)) out.push({ kind: 'workspace', id: config.workspaceId });
  if (nonEmpty(config.storageAccountId)) out.push({ kind: 'storageAccount', id: config.storageAccountId });
  if (nonEmpty(config.eventHubAuthorizationRuleId)) out.push({ kind: 'eventHub', id: config.eventHubAuthorizationRuleId });
  if (nonEmpty(config.marketplacePartnerId)) out.push({ kind: 'partner', id: config.marketplacePartnerId });
  return out;
}

const same = (a: string | undefined, b: string) => typeof a === 'string' && a.toLowerCase() === b.toLowerCase();

/** The log entries a setting has turned on (an entry without `enabled: true` exports nothing). */
export function enabledLogs(config: DiagnosticSettingConfig): DiagnosticLogSettings[] {
  return (Array.isArray(config.logs) ? config.logs : []).filter((l) => l && l.enabled === true);
}

/** Whether the setting exports `category`, by name or through one of the category `groups` (`allLogs`, `audit`). */
export function capturesCategory(config: DiagnosticSettingConfig, category: string, groups: readonly string[] = ['allLogs']): boolean {
  return enabledLogs(config).some((l) => same(l.category, category) || groups.some((g) => same(l.categoryGroup, g)));
}

/** The names of what a setting exports (categories and category groups), for evidence. */
export function exportedLogNames(config: DiagnosticSettingConfig): string[] {
  return enabledLogs(config).map((l) => l.category ?? `categoryGroup:${l.categoryGroup ?? '?'}`);
}

/** A setting that sends at least one enabled log somewhere. */
export const exportsLogs = (config: DiagnosticSettingConfig) => destinationsOf(config).length > 0 && enabledLogs(config).length > 0;

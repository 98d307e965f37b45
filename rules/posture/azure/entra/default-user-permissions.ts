/** The three "users can create …" switches of the default user role, read the same way. */
import { fail, notAssessed, pass, type RuleOutcome } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
import type { TenantConfig } from '../../../../src/providers/azure/model/index.js';

export type CreateSwitch = 'allowedToCreateApps' | 'allowedToCreateTenants' | 'allowedToCreateSecurityGroups';

/**
 * PASS when the switch is false. Each defaults to true (users can register apps, create tenants and
 * security groups), so a value Graph left out is read as true.
 */
export function evaluateSwitch(tenant: Resource<TenantConfig>, key: CreateSwitch, what: { en: string; ja: string }): RuleOutcome {
  const policy = tenant.config.authorizationPolicy;
  if (!policy) return notAssessed({ en: 'The tenant authorization policy was not collected.', ja: 'テナントの承認ポリシーが収集されていません。' });
  const value = policy.defaultUserRolePermissions?.[key] ?? true;
  if (value === false) return pass({ en: `Non-admin users cannot ${what.en}.`, ja: `管理者以外のユーザーは${what.ja}ことができません。` }, { [key]: false });
  return fail({ en: `Any non-admin user can ${what.en} (${key}: true).`, ja: `管理者以外のすべてのユーザーが${what.ja}ことができます（${key}: true）。` }, { [key]: true });
}

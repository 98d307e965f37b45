/** Helpers shared by the IAM rules (pure functions over collected config). */
import {
  daysSince,
  fullAdminStatements,
  isAwsManagedPolicyArn,
  managedPolicyUid,
  policyNameFromArn,
  type IamUserConfig,
  type ManagedPolicyConfig,
  type PolicyHolderConfig,
} from '../../../../src/providers/aws/model/iam.js';
import type { EvaluationContext } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';

export interface StaleCredential {
  credential: string;
  /** Days since last use, or since creation when never used. */
  days: number;
  neverUsed: boolean;
}

/**
 * Console password and active access keys not used for `maxDays` or more. A credential never
 * used counts from its creation date (a fresh, not yet used credential is not stale).
 */
export function staleCredentials(user: IamUserConfig, now: Date, maxDays: number): StaleCredential[] {
  const out: StaleCredential[] = [];
  if (user.loginProfile) {
    const used = daysSince(user.passwordLastUsed, now);
    const created = daysSince(user.loginProfile.createDate ?? user.createDate, now);
    const days = used ?? created;
    if (days !== null && days >= maxDays) out.push({ credential: 'console password', days, neverUsed: used === null });
  }
  for (const key of user.accessKeys ?? []) {
    if (key.status !== 'Active') continue;
    const used = daysSince(key.lastUsedDate, now);
    const created = daysSince(key.createDate, now);
    const days = used ?? created;
    if (days !== null && days >= maxDays) out.push({ credential: `access key ${key.accessKeyId}`, days, neverUsed: used === null });
  }
  return out;
}

export const describeStale = (s: StaleCredential[], lang: 'en' | 'ja') =>
  s
    .map((c) =>
      lang === 'en'
        ? `${c.credential} ${c.neverUsed ? `never used, created ${c.days} days ago` : `last used ${c.days} days ago`}`
        : `${c.credential.replace('console password', 'コンソールパスワード').replace('access key', 'アクセスキー')}（${c.neverUsed ? `作成から ${c.days} 日間未使用` : `最終使用は ${c.days} 日前`}）`,
    )
    .join(lang === 'en' ? '; ' : '、');

/** Policies on a user/role/group that allow "*" on "*": attached (AWS managed AdministratorAccess or a customer policy) or inline. */
export function fullAdminGrants(r: Resource<PolicyHolderConfig>, ctx: EvaluationContext): string[] {
  const out: string[] = [];
  for (const p of r.config.attachedPolicies ?? []) {
    if (isAwsManagedPolicyArn(p.policyArn)) {
      const watched = ctx.byUid<ManagedPolicyConfig>(managedPolicyUid(r.account, p.policyArn));
      const admin = watched?.config.document ? fullAdminStatements(watched.config.document).length > 0 : policyNameFromArn(p.policyArn) === 'AdministratorAccess';
      if (admin) out.push(`${p.policyName} (AWS managed)`);
    } else {
      const policy = ctx.byUid<ManagedPolicyConfig>(p.policyArn);
      if (policy && fullAdminStatements(policy.config.document).length) out.push(`${p.policyName} (customer managed)`);
    }
  }
  for (const p of r.config.inlinePolicies ?? []) if (fullAdminStatements(p.document).length) out.push(`${p.policyName} (inline)`);
  return out;
}

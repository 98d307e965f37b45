import type { Resource } from '../../model/types.js';
import { ACCOUNT_TYPE, accountUid } from '../../model/pseudo.js';

/** An AWS account's scope-wide results live on its AWS::Account pseudo resource. */
export const awsScopeResource = (account: string) => ({ uid: accountUid(account), type: ACCOUNT_TYPE });

/** The resource types `awsScopePaths` reads (the organisation membership of each account). */
export const AWS_SCOPE_PATH_TYPES = ['AWS::Organizations::Membership'];

/**
 * Where each account sits: `organizations/o-abc/accounts/111122223333` for a member of an
 * organisation (the OU path is not collected), nothing for a standalone account.
 */
export function awsScopePaths(resources: Iterable<Resource>): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of resources) {
    if (r.type !== 'AWS::Organizations::Membership') continue;
    const org = (r.config as { organizationId?: string | null }).organizationId;
    if (org) out.set(r.account, `organizations/${org}/accounts/${r.account}`);
  }
  return out;
}

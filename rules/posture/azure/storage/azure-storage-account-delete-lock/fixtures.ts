import type { RuleFixture } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, azureIds, type LockConfig } from '../../../../../src/providers/azure/model/index.js';
import { armId, azureResource, SUBSCRIPTION } from '../../testing.js';
import { accountUid, storageAccount } from '../testing.js';

function lock(name: string, lockedScope: string, level: LockConfig['level']) {
  const id = `${lockedScope}/providers/Microsoft.Authorization/locks/${name}`;
  return azureResource<LockConfig>({ type: AZURE_TYPES.lock, uid: id, region: 'global', config: { id, name, level, lockedScope: lockedScope.toLowerCase() } });
}

const rgScope = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-app`;

export const fixtures: RuleFixture[] = [
  { name: 'no lock anywhere', expect: 'FAIL', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod')] },
  {
    name: 'a lock on another account of the group does not count',
    expect: 'FAIL',
    target: accountUid('stinvoicesprod'),
    resources: [storageAccount('stinvoicesprod'), lock('keep', armId(AZURE_TYPES.storageAccount, 'stinvoicesprod2'), 'CanNotDelete')],
  },
  { name: 'CanNotDelete on the account', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod'), lock('do-not-delete', armId(AZURE_TYPES.storageAccount, 'stinvoicesprod'), 'CanNotDelete')] },
  { name: 'ReadOnly inherited from the resource group', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod'), lock('rg-readonly', rgScope, 'ReadOnly')] },
  { name: 'CanNotDelete on the subscription', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod'), lock('sub-lock', azureIds.subscription(SUBSCRIPTION), 'CanNotDelete')] },
  {
    name: 'lock listing failed',
    expect: 'NOT_ASSESSED',
    target: accountUid('stinvoicesprod'),
    resources: [storageAccount('stinvoicesprod')],
    errors: [{ provider: 'azure', account: SUBSCRIPTION, region: 'global', service: 'locks', operation: 'managementLocks.listAtSubscriptionLevel', code: 'AccessDenied', message: 'AuthorizationFailed', resourceTypes: [AZURE_TYPES.lock] }],
  },
];

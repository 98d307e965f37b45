/** Management locks: every lock in the subscription (on it, its resource groups and resources). */
import { AZURE_TYPES, azureUid, type LockConfig } from '../../model/index.js';
import type { AzureServiceCollector } from '../types.js';
import { pick } from '../util.js';

export const collector: AzureServiceCollector = {
  service: 'locks',
  scopes: ['subscription'],
  resourceTypes: [AZURE_TYPES.lock],
  async collect(ctx) {
    const { ManagementLockClient } = await import('@azure/arm-locks');
    const client = ctx.clients.arm(ManagementLockClient, ctx.scope.subscriptionId!);
    const locks = await ctx.list('locks.managementLocks.listAtSubscriptionLevel', [AZURE_TYPES.lock], () => client.managementLocks.listAtSubscriptionLevel());
    for (const l of locks ?? []) {
      if (!l.id || !l.name) continue;
      const lockedScope = azureUid(l.id.replace(/\/providers\/Microsoft\.Authorization\/locks\/[^/]+$/i, '')) || azureUid(`/subscriptions/${ctx.scope.subscriptionId}`);
      const config: LockConfig = { ...pick<LockConfig>(l, ['id', 'name', 'level', 'notes']), lockedScope };
      ctx.emit({ uid: azureUid(l.id), type: AZURE_TYPES.lock, name: l.name, config });
    }
  },
};

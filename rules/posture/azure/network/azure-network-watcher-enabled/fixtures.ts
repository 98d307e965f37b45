import type { RuleFixture } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, azureIds } from '../../../../../src/providers/azure/model/index.js';
import { subscription, SUBSCRIPTION } from '../../testing.js';
import { vnet, watcher } from '../testing.js';

const target = azureIds.subscription(SUBSCRIPTION);

export const fixtures: RuleFixture[] = [
  {
    name: 'virtual network in japanwest without a watcher there',
    expect: 'FAIL',
    target,
    resources: [subscription(), vnet('vnet-east'), vnet('vnet-west', [], {}, { region: 'japanwest' }), watcher('japaneast')],
  },
  {
    name: 'watcher failed to provision',
    expect: 'FAIL',
    target,
    resources: [subscription(), vnet('vnet-east'), watcher('japaneast', { provisioningState: 'Failed' })],
  },
  {
    name: 'a watcher in every region with virtual networks (and one more)',
    expect: 'PASS',
    target,
    resources: [subscription(), vnet('vnet-east'), vnet('vnet-west', [], {}, { region: 'japanwest' }), watcher('japaneast'), watcher('japanwest'), watcher('eastus')],
  },
  { name: 'no virtual networks', expect: 'NOT_APPLICABLE', target, resources: [subscription(), watcher('japaneast')] },
  {
    name: 'network watchers could not be listed',
    expect: 'NOT_ASSESSED',
    target,
    resources: [subscription(), vnet('vnet-east')],
    errors: [
      {
        provider: 'azure',
        account: SUBSCRIPTION,
        region: 'global',
        service: 'network',
        operation: 'networkWatchers.listAll',
        code: 'AccessDenied',
        message: 'The client does not have authorization to perform action Microsoft.Network/networkWatchers/read',
        resourceTypes: [AZURE_TYPES.networkWatcher],
      },
    ],
  },
];

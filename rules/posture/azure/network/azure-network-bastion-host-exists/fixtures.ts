import type { RuleFixture } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, azureIds } from '../../../../../src/providers/azure/model/index.js';
import { OTHER_SUBSCRIPTION, subscription, SUBSCRIPTION } from '../../testing.js';
import { bastion, vnet, vnetId } from '../testing.js';

const target = azureIds.subscription(SUBSCRIPTION);
const hubId = vnetId('vnet-hub', OTHER_SUBSCRIPTION, 'rg-connectivity');

export const fixtures: RuleFixture[] = [
  { name: 'virtual networks, no Bastion anywhere', expect: 'FAIL', target, resources: [subscription(), vnet('vnet-app')] },
  {
    name: 'peering to a hub without Bastion',
    expect: 'FAIL',
    target,
    resources: [
      subscription(),
      subscription({}, OTHER_SUBSCRIPTION),
      vnet('vnet-app', [], { virtualNetworkPeerings: [{ name: 'to-hub', peeringState: 'Connected', remoteVirtualNetwork: { id: hubId } }] }),
      vnet('vnet-hub', [], {}, { subscription: OTHER_SUBSCRIPTION, resourceGroup: 'rg-connectivity' }),
    ],
  },
  { name: 'Bastion in the subscription', expect: 'PASS', target, resources: [subscription(), vnet('vnet-app', [{ name: 'AzureBastionSubnet' }]), bastion('bas-app', 'vnet-app')] },
  {
    name: 'spoke peered with a hub in another subscription that hosts Bastion',
    expect: 'PASS',
    target,
    resources: [
      subscription(),
      subscription({}, OTHER_SUBSCRIPTION),
      vnet('vnet-app', [], { virtualNetworkPeerings: [{ name: 'to-hub', peeringState: 'Connected', remoteVirtualNetwork: { id: hubId } }] }),
      vnet('vnet-hub', [{ name: 'AzureBastionSubnet' }], {}, { subscription: OTHER_SUBSCRIPTION, resourceGroup: 'rg-connectivity' }),
      bastion('bas-hub', 'vnet-hub', { subscription: OTHER_SUBSCRIPTION, resourceGroup: 'rg-connectivity' }),
    ],
  },
  { name: 'no virtual networks', expect: 'NOT_APPLICABLE', target, resources: [subscription()] },
  {
    name: 'Bastion hosts could not be listed',
    expect: 'NOT_ASSESSED',
    target,
    resources: [subscription(), vnet('vnet-app')],
    errors: [
      {
        provider: 'azure',
        account: SUBSCRIPTION,
        region: 'global',
        service: 'network',
        operation: 'bastionHosts.list',
        code: 'AccessDenied',
        message: 'The client does not have authorization to perform action Microsoft.Network/bastionHosts/read',
        resourceTypes: [AZURE_TYPES.bastionHost],
      },
    ],
  },
];

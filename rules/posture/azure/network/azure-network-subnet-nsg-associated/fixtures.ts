import type { RuleFixture } from '../../../../../src/model/rule.js';
import { uidOf, vnet, vnetId } from '../testing.js';

const target = (name: string) => uidOf(vnetId(name));

export const fixtures: RuleFixture[] = [
  {
    name: 'an app subnet without an NSG',
    expect: 'FAIL',
    target: target('vnet-app'),
    resources: [vnet('vnet-app', [{ name: 'snet-web', nsg: 'nsg-web' }, { name: 'snet-app' }, { name: 'GatewaySubnet' }])],
  },
  {
    name: 'every subnet has an NSG; gateway and firewall subnets are exempt',
    expect: 'PASS',
    target: target('vnet-hub'),
    resources: [
      vnet('vnet-hub', [{ name: 'snet-shared', nsg: 'nsg-shared' }, { name: 'AzureBastionSubnet', nsg: 'nsg-bastion' }, { name: 'GatewaySubnet' }, { name: 'AzureFirewallSubnet' }, { name: 'RouteServerSubnet' }]),
    ],
  },
  { name: 'only a GatewaySubnet', expect: 'NOT_APPLICABLE', target: target('vnet-transit'), resources: [vnet('vnet-transit', [{ name: 'GatewaySubnet' }])] },
];

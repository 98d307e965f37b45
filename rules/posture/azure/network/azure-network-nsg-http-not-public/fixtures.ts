import type { RuleFixture } from '../../../../../src/model/rule.js';
import { inbound, nsg, nsgId, uidOf } from '../testing.js';

const target = (name: string) => uidOf(nsgId(name));

export const fixtures: RuleFixture[] = [
  { name: 'HTTPS from the Internet tag', expect: 'FAIL', target: target('nsg-web'), resources: [nsg('nsg-web', [inbound('AllowHttps', 300, { sourceAddressPrefix: 'Internet', destinationPortRange: '443' })])] },
  { name: 'port range 1-1024 from any source', expect: 'FAIL', target: target('nsg-low'), resources: [nsg('nsg-low', [inbound('AllowLowPorts', 300, { destinationPortRange: '1-1024' })])] },
  {
    name: 'web ports only from Azure Front Door and the gateway subnet',
    expect: 'PASS',
    target: target('nsg-ok'),
    resources: [
      nsg('nsg-ok', [
        inbound('AllowFrontDoor', 300, { sourceAddressPrefix: 'AzureFrontDoor.Backend', destinationPortRanges: ['80', '443'] }),
        inbound('AllowAppGw', 310, { sourceAddressPrefix: '10.10.1.0/24', destinationPortRange: '443' }),
        inbound('AllowProbe', 320, { sourceAddressPrefix: 'AzureLoadBalancer', destinationPortRange: '*' }),
      ]),
    ],
  },
];

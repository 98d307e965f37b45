import type { RuleFixture } from '../../../../../src/model/rule.js';
import { inbound, nsg, nsgId, uidOf } from '../testing.js';

const target = (name: string) => uidOf(nsgId(name));

export const fixtures: RuleFixture[] = [
  { name: 'any protocol, any port, from any source', expect: 'FAIL', target: target('nsg-open'), resources: [nsg('nsg-open', [inbound('AllowAnyCustomAnyInbound', 100, { protocol: '*', destinationPortRange: '*' })])] },
  {
    name: 'TCP 0-65535 from the Internet; a Deny of port 22 leaves the rest open',
    expect: 'FAIL',
    target: target('nsg-tcp'),
    resources: [
      nsg('nsg-tcp', [
        inbound('DenySsh', 100, { access: 'Deny', sourceAddressPrefix: 'Internet', destinationPortRange: '22' }),
        inbound('AllowTcp', 200, { sourceAddressPrefix: 'Internet', destinationPortRange: '0-65535' }),
      ]),
    ],
  },
  {
    name: 'all ports only from the virtual network; web ports from the internet',
    expect: 'PASS',
    target: target('nsg-ok'),
    resources: [
      nsg('nsg-ok', [
        inbound('AllowVnet', 100, { protocol: '*', sourceAddressPrefix: 'VirtualNetwork', destinationPortRange: '*' }),
        inbound('AllowWeb', 110, { sourceAddressPrefix: 'Internet', destinationPortRanges: ['80', '443'] }),
      ]),
    ],
  },
  {
    name: 'allow-all masked by a Deny of everything from the internet',
    expect: 'PASS',
    target: target('nsg-masked'),
    resources: [
      nsg('nsg-masked', [
        inbound('DenyInternet', 100, { access: 'Deny', protocol: '*', sourceAddressPrefix: 'Internet', destinationPortRange: '*' }),
        inbound('AllowAll', 4096, { protocol: '*', destinationPortRange: '*' }),
      ]),
    ],
  },
];

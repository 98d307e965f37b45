import type { RuleFixture } from '../../../../../src/model/rule.js';
import { inbound, nsg, nsgId, uidOf } from '../testing.js';

const target = (name: string) => uidOf(nsgId(name));

export const fixtures: RuleFixture[] = [
  { name: 'DNS and NTP over UDP from the Internet', expect: 'FAIL', target: target('nsg-udp'), resources: [nsg('nsg-udp', [inbound('AllowDnsNtp', 300, { protocol: 'Udp', sourceAddressPrefix: 'Internet', destinationPortRanges: ['53', '123'] })])] },
  { name: 'any protocol on any port from 0.0.0.0/0', expect: 'FAIL', target: target('nsg-any'), resources: [nsg('nsg-any', [inbound('AllowAll', 4000, { protocol: '*', sourceAddressPrefix: '0.0.0.0/0', destinationPortRange: '*' })])] },
  {
    name: 'TCP only from the internet, UDP only from the virtual network',
    expect: 'PASS',
    target: target('nsg-ok'),
    resources: [
      nsg('nsg-ok', [
        inbound('AllowHttps', 300, { sourceAddressPrefix: 'Internet', destinationPortRange: '443' }),
        inbound('AllowDnsVnet', 310, { protocol: 'Udp', sourceAddressPrefix: 'VirtualNetwork', destinationPortRange: '53' }),
      ]),
    ],
  },
  {
    name: 'UDP from anywhere masked by a Deny of all UDP from the internet',
    expect: 'PASS',
    target: target('nsg-masked'),
    resources: [
      nsg('nsg-masked', [
        inbound('DenyUdpInternet', 100, { access: 'Deny', protocol: 'Udp', sourceAddressPrefix: 'Internet', destinationPortRange: '*' }),
        inbound('AllowUdp', 200, { protocol: 'Udp', sourceAddressPrefix: '*', destinationPortRange: '500-4500' }),
      ]),
    ],
  },
];

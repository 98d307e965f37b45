import type { RuleFixture } from '../../../../../src/model/rule.js';
import { inbound, nsg, nsgId, uidOf } from '../testing.js';

const target = (name: string) => uidOf(nsgId(name));

export const fixtures: RuleFixture[] = [
  {
    name: 'RDP allowed from the Internet service tag',
    expect: 'FAIL',
    target: target('nsg-rdp'),
    resources: [nsg('nsg-rdp', [inbound('AllowRDP', 300, { sourceAddressPrefix: 'Internet', destinationPortRange: '3389' })])],
  },
  {
    name: 'any protocol, a port range with 3389 from 0.0.0.0/0; a narrow deny does not mask it',
    expect: 'FAIL',
    target: target('nsg-range'),
    resources: [
      nsg('nsg-range', [
        inbound('DenyRdpFromPartner', 100, { access: 'Deny', sourceAddressPrefix: '198.51.100.0/24', destinationPortRange: '3389' }),
        inbound('AllowHighPorts', 200, { protocol: '*', sourceAddressPrefix: '0.0.0.0/0', destinationPortRange: '3000-4000' }),
      ]),
    ],
  },
  {
    name: 'port list with 3389 from two /1 prefixes covering the internet (NSG not associated)',
    expect: 'FAIL',
    target: target('nsg-split'),
    resources: [
      nsg('nsg-split', [inbound('AllowMgmt', 310, { sourceAddressPrefix: undefined, sourceAddressPrefixes: ['0.0.0.0/1', '128.0.0.0/1'], destinationPortRanges: ['22', '3389'] })], {
        subnets: undefined,
      }),
    ],
  },
  {
    name: 'a higher-priority Deny from the Internet on all ports masks the Allow *',
    expect: 'PASS',
    target: target('nsg-masked'),
    resources: [
      nsg('nsg-masked', [
        inbound('DenyInternetInbound', 100, { access: 'Deny', protocol: '*', sourceAddressPrefix: 'Internet', destinationPortRange: '*' }),
        inbound('AllowRDP', 200, { sourceAddressPrefix: '*', destinationPortRange: '3389' }),
      ]),
    ],
  },
  {
    name: 'RDP only from an office range and the virtual network; HTTPS open; outbound RDP',
    expect: 'PASS',
    target: target('nsg-ok'),
    resources: [
      nsg('nsg-ok', [
        inbound('AllowRdpOffice', 300, { sourceAddressPrefix: '203.0.113.0/24', destinationPortRange: '3389' }),
        inbound('AllowRdpVnet', 310, { sourceAddressPrefix: 'VirtualNetwork', destinationPortRange: '3389' }),
        inbound('AllowHttps', 320, { sourceAddressPrefix: 'Internet', destinationPortRange: '443' }),
        inbound('AllowRdpOut', 330, { direction: 'Outbound', destinationAddressPrefix: 'Internet', destinationPortRange: '3389' }),
      ]),
    ],
  },
  {
    name: 'security rules could not be read',
    expect: 'NOT_ASSESSED',
    target: target('nsg-denied'),
    resources: [nsg('nsg-denied', [], { securityRules: undefined }, { securityRules: 'AccessDenied' })],
  },
];

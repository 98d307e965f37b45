import type { RuleFixture } from '../../../../../src/model/rule.js';
import { inbound, nsg, nsgId, uidOf } from '../testing.js';

const target = (name: string) => uidOf(nsgId(name));

export const fixtures: RuleFixture[] = [
  { name: 'SSH allowed from any source', expect: 'FAIL', target: target('nsg-ssh'), resources: [nsg('nsg-ssh', [inbound('SSH', 300, { sourceAddressPrefix: '*', destinationPortRange: '22' })])] },
  {
    name: 'SSH in a port range from ::/0 (IPv6 internet)',
    expect: 'FAIL',
    target: target('nsg-v6'),
    resources: [nsg('nsg-v6', [inbound('AllowMgmtV6', 400, { sourceAddressPrefix: '::/0', destinationPortRange: '20-25' })])],
  },
  {
    name: 'a higher-priority Deny of SSH from the internet; the Allow comes later',
    expect: 'PASS',
    target: target('nsg-deny'),
    resources: [
      nsg('nsg-deny', [
        inbound('AllowSsh', 500, { sourceAddressPrefix: 'Internet', destinationPortRange: '22' }),
        inbound('DenySshInternet', 110, { access: 'Deny', sourceAddressPrefix: '*', destinationPortRange: '22' }),
      ]),
    ],
  },
  {
    name: 'SSH from a partner range and an application security group only',
    expect: 'PASS',
    target: target('nsg-ok'),
    resources: [
      nsg('nsg-ok', [
        inbound('AllowSshPartner', 300, { sourceAddressPrefixes: ['198.51.100.0/24', '203.0.113.10'], sourceAddressPrefix: undefined, destinationPortRange: '22' }),
        inbound('AllowSshJump', 310, { sourceAddressPrefix: undefined, sourceApplicationSecurityGroups: [{ id: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/applicationSecurityGroups/asg-jump' }], destinationPortRange: '22' }),
      ]),
    ],
  },
];

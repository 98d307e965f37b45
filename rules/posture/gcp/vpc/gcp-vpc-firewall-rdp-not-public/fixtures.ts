import type { RuleFixture } from '../../../../../src/model/rule.js';
import { firewall, firewallUid } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'tcp:3389 from 0.0.0.0/0',
    expect: 'FAIL',
    target: firewallUid('allow-rdp'),
    resources: [firewall('allow-rdp', { sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['3389'] }] })],
  },
  {
    name: 'port range 3000-4000 from ::/0',
    expect: 'FAIL',
    target: firewallUid('allow-range'),
    resources: [firewall('allow-range', { sourceRanges: ['::/0'], allowed: [{ IPProtocol: 'tcp', ports: ['443', '3000-4000'] }] })],
  },
  {
    name: 'tcp without ports from the internet',
    expect: 'FAIL',
    target: firewallUid('allow-tcp'),
    resources: [firewall('allow-tcp', { sourceRanges: ['10.0.0.0/8', '0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp' }] })],
  },
  {
    name: 'protocol all from the internet',
    expect: 'FAIL',
    target: firewallUid('allow-all'),
    resources: [firewall('allow-all', { sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'all' }] })],
  },
  {
    name: 'RDP only from the IAP range',
    expect: 'PASS',
    target: firewallUid('rdp-from-iap'),
    resources: [firewall('rdp-from-iap', { sourceRanges: ['35.235.240.0/20'], allowed: [{ IPProtocol: 'tcp', ports: ['3389'] }] })],
  },
  {
    name: 'HTTPS from the internet, udp 3389 is not RDP over TCP',
    expect: 'PASS',
    target: firewallUid('web'),
    resources: [firewall('web', { sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['80', '443'] }, { IPProtocol: 'udp', ports: ['3389'] }] })],
  },
  {
    name: 'disabled rule',
    expect: 'PASS',
    target: firewallUid('allow-rdp-disabled'),
    resources: [firewall('allow-rdp-disabled', { disabled: true, sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['3389'] }] })],
  },
  {
    name: 'deny rule from the internet',
    expect: 'PASS',
    target: firewallUid('deny-rdp'),
    resources: [firewall('deny-rdp', { sourceRanges: ['0.0.0.0/0'], denied: [{ IPProtocol: 'tcp', ports: ['3389'] }] })],
  },
  {
    name: 'egress rule',
    expect: 'NOT_APPLICABLE',
    target: firewallUid('egress-rdp'),
    resources: [firewall('egress-rdp', { direction: 'EGRESS', destinationRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['3389'] }] })],
  },
];

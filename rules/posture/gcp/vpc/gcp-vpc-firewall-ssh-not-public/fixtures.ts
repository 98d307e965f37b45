import type { RuleFixture } from '../../../../../src/model/rule.js';
import { firewall, firewallUid } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'tcp:22 from 0.0.0.0/0',
    expect: 'FAIL',
    target: firewallUid('allow-ssh'),
    resources: [firewall('allow-ssh', { sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['22'] }] })],
  },
  {
    name: 'port range 20-30 from ::/0',
    expect: 'FAIL',
    target: firewallUid('allow-range'),
    resources: [firewall('allow-range', { sourceRanges: ['::/0'], allowed: [{ IPProtocol: 'tcp', ports: ['443', '20-30'] }] })],
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
    name: 'SSH only from the IAP range',
    expect: 'PASS',
    target: firewallUid('ssh-from-iap'),
    resources: [firewall('ssh-from-iap', { sourceRanges: ['35.235.240.0/20'], allowed: [{ IPProtocol: 'tcp', ports: ['22'] }] })],
  },
  {
    name: 'HTTPS from the internet, SSH over udp is not SSH',
    expect: 'PASS',
    target: firewallUid('web'),
    resources: [firewall('web', { sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['80', '443'] }, { IPProtocol: 'udp', ports: ['22'] }] })],
  },
  {
    name: 'disabled rule',
    expect: 'PASS',
    target: firewallUid('allow-ssh-disabled'),
    resources: [firewall('allow-ssh-disabled', { disabled: true, sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['22'] }] })],
  },
  {
    name: 'deny rule from the internet',
    expect: 'PASS',
    target: firewallUid('deny-ssh'),
    resources: [firewall('deny-ssh', { sourceRanges: ['0.0.0.0/0'], denied: [{ IPProtocol: 'tcp', ports: ['22'] }] })],
  },
  {
    name: 'egress rule',
    expect: 'NOT_APPLICABLE',
    target: firewallUid('egress-ssh'),
    resources: [firewall('egress-ssh', { direction: 'EGRESS', destinationRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['22'] }] })],
  },
];

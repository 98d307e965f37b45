import type { RuleFixture } from '../../../../../src/model/rule.js';
import { arn, perm, securityGroup } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'RDP open to ::/0',
    expect: 'FAIL',
    target: arn('security-group', 'sg-0win'),
    resources: [securityGroup('sg-0win', [perm('tcp', 3389, 3389, [], ['::/0'])])],
  },
  {
    name: 'UDP range covering 22 open to ::/0',
    expect: 'FAIL',
    target: arn('security-group', 'sg-0udp'),
    resources: [securityGroup('sg-0udp', [perm('udp', 0, 1024, [], ['::/0'])])],
  },
  {
    name: 'SSH from a specific IPv6 prefix only; IPv4 world SSH is out of scope here',
    expect: 'PASS',
    target: arn('security-group', 'sg-0ok'),
    resources: [securityGroup('sg-0ok', [perm('tcp', 22, 22, ['0.0.0.0/0'], ['2001:db8::/32']), perm('tcp', 443, 443, [], ['::/0'])])],
  },
];

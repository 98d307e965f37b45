import type { RuleFixture } from '../../../../../src/model/rule.js';
import { arn, perm, securityGroup } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  { name: 'RDP open to 0.0.0.0/0', expect: 'FAIL', target: arn('security-group', 'sg-0a'), resources: [securityGroup('sg-0a', [perm('tcp', 3389, 3389, ['0.0.0.0/0'])])] },
  { name: 'all traffic open to ::/0', expect: 'FAIL', target: arn('security-group', 'sg-0b'), resources: [securityGroup('sg-0b', [perm('-1', undefined, undefined, [], ['::/0'])])] },
  {
    name: 'RDP from the VPN range only',
    expect: 'PASS',
    target: arn('security-group', 'sg-0c'),
    resources: [securityGroup('sg-0c', [perm('tcp', 3389, 3389, ['10.20.0.0/16']), perm('udp', 3389, 3389, ['10.20.0.0/16'])])],
  },
];

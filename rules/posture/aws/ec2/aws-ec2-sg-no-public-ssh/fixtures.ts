import type { RuleFixture } from '../../../../../src/model/rule.js';
import { arn, perm, securityGroup } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  { name: 'SSH open to ::/0', expect: 'FAIL', target: arn('security-group', 'sg-0a'), resources: [securityGroup('sg-0a', [perm('tcp', 22, 22, [], ['::/0'])])] },
  { name: 'SSH open to 0.0.0.0/0', expect: 'FAIL', target: arn('security-group', 'sg-0b'), resources: [securityGroup('sg-0b', [perm('tcp', 0, 65535, ['0.0.0.0/0'])])] },
  {
    name: 'SSH from a bastion group, HTTPS from the world',
    expect: 'PASS',
    target: arn('security-group', 'sg-0c'),
    resources: [securityGroup('sg-0c', [perm('tcp', 22, 22, [], [], ['sg-0bastion']), perm('tcp', 443, 443, ['0.0.0.0/0'])])],
  },
];

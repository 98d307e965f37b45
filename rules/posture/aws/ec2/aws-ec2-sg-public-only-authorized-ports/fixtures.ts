import type { RuleFixture } from '../../../../../src/model/rule.js';
import { arn, perm, securityGroup } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'MySQL open to ::/0 next to HTTP/HTTPS',
    expect: 'FAIL',
    target: arn('security-group', 'sg-0web'),
    resources: [securityGroup('sg-0web', [perm('tcp', 80, 80, ['0.0.0.0/0']), perm('tcp', 443, 443, ['0.0.0.0/0']), perm('tcp', 3306, 3306, [], ['::/0'])])],
  },
  {
    name: 'range 80-443 open to the world',
    expect: 'FAIL',
    target: arn('security-group', 'sg-0range'),
    resources: [securityGroup('sg-0range', [perm('tcp', 80, 443, ['0.0.0.0/0'])])],
  },
  {
    name: 'only 80 and 443 public, app port from a group',
    expect: 'PASS',
    target: arn('security-group', 'sg-0alb'),
    resources: [securityGroup('sg-0alb', [perm('tcp', 80, 80, ['0.0.0.0/0'], ['::/0']), perm('tcp', 443, 443, ['0.0.0.0/0']), perm('tcp', 8080, 8080, [], [], ['sg-0app'])])],
  },
];

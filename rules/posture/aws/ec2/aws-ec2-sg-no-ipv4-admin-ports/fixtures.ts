import type { RuleFixture } from '../../../../../src/model/rule.js';
import { arn, perm, securityGroup } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'SSH open to 0.0.0.0/0',
    expect: 'FAIL',
    target: arn('security-group', 'sg-0web'),
    resources: [securityGroup('sg-0web', [perm('tcp', 22, 22, ['0.0.0.0/0']), perm('tcp', 443, 443, ['0.0.0.0/0'])])],
  },
  {
    name: 'wide TCP range covering 3389 open to 0.0.0.0/0',
    expect: 'FAIL',
    target: arn('security-group', 'sg-0range'),
    resources: [securityGroup('sg-0range', [perm('tcp', 3000, 4000, ['0.0.0.0/0'])])],
  },
  {
    name: 'all traffic open to 0.0.0.0/0',
    expect: 'FAIL',
    target: arn('security-group', 'sg-0all'),
    resources: [securityGroup('sg-0all', [perm('-1', undefined, undefined, ['0.0.0.0/0'])])],
  },
  {
    name: 'SSH only from a private CIDR, HTTPS from the world',
    expect: 'PASS',
    target: arn('security-group', 'sg-0ok'),
    resources: [securityGroup('sg-0ok', [perm('tcp', 22, 22, ['10.0.0.0/8']), perm('tcp', 443, 443, ['0.0.0.0/0'])])],
  },
  {
    name: 'SSH open only to ::/0 is out of scope for the IPv4 check',
    expect: 'PASS',
    target: arn('security-group', 'sg-0v6'),
    resources: [securityGroup('sg-0v6', [perm('tcp', 22, 22, [], ['::/0'])])],
  },
];
